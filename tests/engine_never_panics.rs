//! The engine never panics, whatever strings an application holds.

use icp_tui::engine;
use icp_tui::model::{Application, Instant, Leader, Registration, Website};
use icp_tui::rules::Rules;
use proptest::prelude::*;

/// Arbitrary text, biased towards shapes the validators look at.
fn text() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        any::<String>().prop_map(Some),
        "[0-9Xx]{0,20}".prop_map(Some),
        "[a-z0-9.-]{0,12}\\.(cn|com|io|中国)".prop_map(Some),
        "(https?://)?[a-z。．.]{0,10}(/[a-z]*)?".prop_map(Some),
        "[京沪粤蜀]ICP备[0-9]{0,12}号(-[0-9]{0,3})?".prop_map(Some),
        "[京沪]公网安备[0-9]{0,16}号".prop_map(Some),
        "(北京|张三|（）【】 ＡＢ)*".prop_map(Some),
    ]
}

fn leader() -> impl Strategy<Value = Leader> {
    (text(), text(), text(), text(), any::<Option<bool>>()).prop_map(
        |(name, id, mobile, email, rep)| Leader {
            name,
            id_number: id,
            mobile,
            email,
            is_legal_representative: rep,
            ..Leader::default()
        },
    )
}

fn website() -> impl Strategy<Value = Website> {
    (
        text(),
        text(),
        text(),
        leader(),
        text(),
        any::<Option<bool>>(),
    )
        .prop_map(
            |(name, domain, homepage, leader, registrant, verified)| Website {
                name,
                domain,
                homepage,
                leader,
                registration: Registration {
                    registrant,
                    real_name_verified: verified,
                    ..Registration::default()
                },
                ..Website::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn engine_never_panics(
        kind in prop::sample::select(icp_tui::model::SubjectKind::ALL),
        province in text(),
        name in text(),
        number in text(),
        region in text(),
        icp in text(),
        psb in text(),
        subject_leader in leader(),
        websites in prop::collection::vec(website(), 0..4),
        codes in any::<Option<i64>>(),
    ) {
        let now = Instant::parse("2026-11-22T12:00:00+08:00").unwrap();
        let mut app = Application::new("x", now.clone());
        app.subject.kind = Some(kind);
        app.subject.province = province;
        app.subject.name = name;
        app.subject.certificate_number = number;
        app.subject.leader = subject_leader;
        app.websites = websites;
        app.access.region = region;
        app.access.provider = Some(icp_tui::model::Provider::Tencent);
        app.access.service_codes_used = codes;
        app.progress.icp_number = icp;
        app.progress.psb_number = psb;
        let report = engine::check(&app, Rules::builtin(), &now);
        for f in &report.findings {
            prop_assert!(engine::severity_of(f.code).is_some(), "{} is not listed", f.code);
        }
        for i in 0..app.websites.len() {
            engine::domain_checks(&app, i, Rules::builtin(), &now);
        }
        engine::checklist(&app, Rules::builtin());
    }
}
