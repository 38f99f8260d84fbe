//! The wording list of issue 13: one day is "1 day", one term for the subject leader and for
//! e-commerce, no "All 5 codes … (5)", no registrar said twice.

use icp_tui::i18n::{Lang, Localizer, arg_num, arg_str};

fn en() -> Localizer {
    Localizer::new(Lang::EnUs)
}

#[test]
fn one_day_is_singular_and_two_are_plural() {
    let tr = en();
    for id in [
        "finding-DOMAIN_REALNAME_TOO_RECENT",
        "finding-NOTICE_DUE",
        "finding-PSB_FILING_DUE",
        "finding-ACCESS_EXPIRES_SOON",
        "finding-DOMAIN_EXPIRES_SOON",
        "finding-ID_EXPIRES_SOON",
        "finding-CHANGE_FILING_DUE",
        "status-due-none",
    ] {
        let with = |days| {
            tr.ta(
                id,
                &[
                    ("days", arg_num(days)),
                    ("date", arg_str("2026-12-01")),
                    ("min", arg_num(30)),
                    ("about", arg_str("x")),
                    ("what", arg_str("x")),
                    ("profile", arg_str("p")),
                ],
            )
        };
        let one = with(1);
        assert!(
            one.contains("1 day") && !one.contains("1 days"),
            "{id}: {one}"
        );
        let two = with(2);
        assert!(two.contains("2 days"), "{id}: {two}");
    }
}

#[test]
fn one_term_each() {
    for lang in Lang::ALL {
        let tr = Localizer::new(lang);
        assert_eq!(
            tr.t("content-e_commerce").to_lowercase(),
            tr.t("arg-content-e_commerce").to_lowercase()
        );
    }
    let tr = en();
    let leader = tr.ta(
        "finding-LEADER_NOT_LEGAL_REP",
        &[("province", arg_str("Jiangsu"))],
    );
    assert!(leader.contains("subject leader"), "{leader}");
    assert_eq!(tr.t("subject-leader-heading"), "Subject leader");
}

#[test]
fn no_count_said_twice_and_no_registrar_twice() {
    let tr = en();
    let codes = tr.ta(
        "finding-ACCESS_CODES_EXHAUSTED",
        &[("max", arg_num(5)), ("used", arg_num(5))],
    );
    assert!(
        !codes.contains("All 5") && !codes.contains("(5)"),
        "{codes}"
    );
    let zh = Localizer::new(Lang::ZhCn);
    let fix = zh.t("finding-DOMAIN_NOT_VERIFIED-fix");
    assert!(!format!("{}{fix}", zh.t("domains-fix")).contains("在注册商处：请在注册商处"));
}
