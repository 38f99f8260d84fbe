//! The seed facts of this round's rules as one table each: (seed, fact, code), run through
//! `engine::check` as `icp-tui check --json` does. Base: tests/data/valid_individual.toml
//! (Beijing, Alibaba), checked as of 2026-11-22 12:00 China time.

use icp_tui::engine::{self, DeadlineKind, Report};
use icp_tui::model::{Application, Date, Instant};
use icp_tui::rules::Rules;

const INDIVIDUAL: &str = include_str!("data/valid_individual.toml");

fn now() -> Instant {
    Instant::parse("2026-11-22T12:00:00+08:00").unwrap()
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn run(edit: impl Fn(&mut Application)) -> Report {
    let mut a = Application::from_toml_str(INDIVIDUAL).unwrap();
    edit(&mut a);
    engine::check(&a, Rules::builtin(), &now())
}

fn registrar_codes(r: &Report) -> Vec<&'static str> {
    r.findings
        .iter()
        .filter(|f| f.code.starts_with("REGISTRAR"))
        .map(|f| f.code)
        .collect()
}

#[test]
fn registrars_as_typed_in_whois_and_consoles() {
    let table: &[(&str, &str, Option<&str>)] = &[
        // (seed, fact, code)
        (
            "Alibaba Cloud Computing Ltd. d/b/a HiChina (www.net.cn)",
            "licensed",
            None,
        ),
        ("阿里云计算有限公司（万网）", "licensed", None),
        (
            "Tencent Cloud Computing (Beijing) Limited Liability Company",
            "licensed",
            None,
        ),
        ("DNSPod, Inc.", "licensed", None),
        ("华为云计算技术有限公司", "licensed", None),
        (
            "Chengdu West Dimension Digital Technology Co., Ltd.",
            "licensed",
            None,
        ),
        (
            "Beijing Innovative Linkage Technology Ltd. dba dns.com.cn",
            "licensed",
            None,
        ),
        ("厦门易名科技股份有限公司", "licensed", None),
        (
            "GoDaddy.com, LLC",
            "overseas",
            Some("REGISTRAR_NOT_APPROVED"),
        ),
        (
            "NameCheap, Inc.",
            "overseas",
            Some("REGISTRAR_NOT_APPROVED"),
        ),
        (
            "Squarespace Domains II LLC",
            "overseas",
            Some("REGISTRAR_NOT_APPROVED"),
        ),
        ("Google LLC", "overseas", Some("REGISTRAR_NOT_APPROVED")),
        ("Gandi SAS", "overseas", Some("REGISTRAR_NOT_APPROVED")),
        ("Name.com, Inc.", "overseas", Some("REGISTRAR_NOT_APPROVED")),
        (
            "Tucows Domains Inc.",
            "overseas",
            Some("REGISTRAR_NOT_APPROVED"),
        ),
        (
            "Network Solutions, LLC",
            "overseas",
            Some("REGISTRAR_NOT_APPROVED"),
        ),
        ("eNom, LLC", "overseas", Some("REGISTRAR_NOT_APPROVED")),
        (
            "Amazon Registrar, Inc.",
            "overseas",
            Some("REGISTRAR_NOT_APPROVED"),
        ),
        (
            "Registrar of Nowhere",
            "not in the list",
            Some("REGISTRAR_UNKNOWN"),
        ),
    ];
    for (seed, fact, code) in table {
        let r = run(|a| a.websites[0].registration.registrar = Some(seed.to_string()));
        assert_eq!(
            registrar_codes(&r),
            code.iter().copied().collect::<Vec<_>>(),
            "{seed}: {fact}"
        );
    }
}

#[test]
fn suffixes_alibaba_refuses_since_2026_07() {
    let table: &[(&str, &str, Option<&str>)] = &[
        (
            "example.dev",
            "refused (Alibaba 2026-07)",
            Some("DOMAIN_TLD_NOT_APPROVED"),
        ),
        (
            "example.app",
            "refused (Alibaba 2026-07)",
            Some("DOMAIN_TLD_NOT_APPROVED"),
        ),
        ("example.io", "refused", Some("DOMAIN_TLD_NOT_APPROVED")),
        ("example.me", "refused", Some("DOMAIN_TLD_NOT_APPROVED")),
        ("example.cn", "approved", None),
        ("example.com", "approved", None),
    ];
    for (seed, fact, code) in table {
        let r = run(|a| {
            a.websites[0].domain = Some(seed.to_string());
            a.websites[0].homepage = None;
        });
        let got: Vec<&str> = r
            .findings
            .iter()
            .filter(|f| f.code.starts_with("DOMAIN_TLD"))
            .map(|f| f.code)
            .collect();
        assert_eq!(
            got,
            code.iter().copied().collect::<Vec<_>>(),
            "{seed}: {fact}"
        );
    }
}

#[test]
fn review_deadlines_over_the_holiday_calendar() {
    // (provider approval, fact, due: Beijing reviews in 20 working days, estimate year)
    let table: &[(&str, &str, &str, Option<i16>)] = &[
        ("2026-09-28", "across National Day 2026", "2026-10-30", None),
        (
            "2026-02-09",
            "across the 2026 Spring Festival, 14 and 28 Feb worked",
            "2026-03-13",
            None,
        ),
        ("2026-11-02", "no holiday", "2026-11-30", None),
        (
            "2026-12-21",
            "into 2027, not published",
            "2027-01-18",
            Some(2027),
        ),
    ];
    for (approved, fact, due, estimate) in table {
        let r = run(|a| a.progress.provider_approved = Some(d(approved)));
        let review = r
            .deadlines
            .iter()
            .find(|x| x.kind == DeadlineKind::AdministrationReview)
            .unwrap();
        assert_eq!(
            (review.due, review.assumed_year),
            (d(due), *estimate),
            "{approved}: {fact}"
        );
    }
}
