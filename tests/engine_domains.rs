//! The Domains step's list (`domain_checks`) and the domain findings of `check`, for the
//! inputs people actually type: Chinese domains and their punycode, full-width dots and
//! brackets, letter case, URLs, second-level suffixes, refused suffixes, dates close to the
//! limits, and organisations whose domain is held by their legal representative.
//!
//! Bases are tests/data/valid_*.toml (Beijing), checked as of Sunday 2026-11-22 12:00
//! China time.

use icp_tui::engine::{self, DomainCheck, DomainItem, Finding, Outcome, Report, domain_checks};
use icp_tui::model::{Application, Date, Instant};
use icp_tui::rules::{Flag, Rules};

const INDIVIDUAL: &str = include_str!("data/valid_individual.toml");
const ENTERPRISE: &str = include_str!("data/valid_enterprise.toml");

fn now() -> Instant {
    Instant::parse("2026-11-22T12:00:00+08:00").unwrap()
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn individual() -> Application {
    Application::from_toml_str(INDIVIDUAL).unwrap()
}

fn enterprise() -> Application {
    Application::from_toml_str(ENTERPRISE).unwrap()
}

/// The enterprise base with its two websites' domains replaced (homepages cleared so that
/// they do not point elsewhere).
fn two_sites(first: &str, second: &str) -> Application {
    let mut a = enterprise();
    a.websites[0].domain = s(first);
    a.websites[1].domain = s(second);
    for w in &mut a.websites {
        w.homepage = None;
    }
    a
}

fn one_site(domain: &str) -> Application {
    let mut a = individual();
    a.websites[0].domain = s(domain);
    a.websites[0].homepage = None;
    a
}

fn checks(app: &Application, index: usize) -> Vec<DomainCheck> {
    domain_checks(app, index, Rules::builtin(), &now())
}

fn outcome(app: &Application, index: usize, item: DomainItem) -> Outcome {
    checks(app, index)
        .into_iter()
        .find(|c| c.item == item)
        .map(|c| c.outcome)
        .expect("every item is listed")
}

/// The failed item's finding, or a panic naming what came out instead.
#[track_caller]
fn failed(app: &Application, index: usize, item: DomainItem) -> Finding {
    match outcome(app, index, item) {
        Outcome::Failed(f) => f,
        other => panic!("{item:?} of websites[{index}]: expected a failure, got {other:?}"),
    }
}

#[track_caller]
fn assert_passed(app: &Application, index: usize, item: DomainItem) {
    assert_eq!(
        outcome(app, index, item),
        Outcome::Passed,
        "{item:?} of websites[{index}]"
    );
}

fn arg<'f>(f: &'f Finding, name: &str) -> Option<&'f str> {
    f.args
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.as_str())
}

fn report(app: &Application) -> Report {
    engine::check(app, Rules::builtin(), &now())
}

fn codes_for<'r>(r: &'r Report, field: &'r str) -> Vec<&'static str> {
    r.for_field(field).map(|f| f.code).collect()
}

// --- The list itself -------------------------------------------------------------------

#[test]
fn every_item_in_order_and_all_passed_on_a_valid_filing() {
    let a = enterprise();
    for i in 0..2 {
        let list = checks(&a, i);
        let items: Vec<DomainItem> = list.iter().map(|c| c.item).collect();
        assert_eq!(items, DomainItem::ALL);
        for c in &list {
            assert_eq!(c.outcome, Outcome::Passed, "{:?} of websites[{i}]", c.item);
        }
    }
    assert!(checks(&a, 2).is_empty());
    assert!(
        !report(&a)
            .findings
            .iter()
            .any(|f| f.field.contains("registration") || f.field.ends_with(".domain"))
    );
}

#[test]
fn unanswered_items_are_unknown_not_failed() {
    let mut a = individual();
    a.websites[0].domain = None;
    a.websites[0].registration = Default::default();
    for c in checks(&a, 0) {
        assert_eq!(c.outcome, Outcome::Unknown, "{:?}", c.item);
    }
    assert!(codes_for(&report(&a), "websites[0]").is_empty());
}

// --- Internationalised domains ---------------------------------------------------------

#[test]
fn chinese_domain_and_its_punycode_are_both_approved() {
    for domain in [
        "例子.中国",
        "xn--fsqu00a.xn--fiqs8s",
        "例子。中国",
        "例子．中国",
    ] {
        let a = one_site(domain);
        assert_passed(&a, 0, DomainItem::WellFormed);
        assert_passed(&a, 0, DomainItem::ApprovedTld);
        assert_passed(&a, 0, DomainItem::NotDuplicate);
        let r = report(&a);
        assert!(
            !r.for_field("websites[0].domain").any(|_| true),
            "{domain}: {:?}",
            r.findings
        );
    }
}

#[test]
fn chinese_domain_and_its_punycode_on_two_websites_are_a_duplicate() {
    let a = two_sites("例子.中国", "xn--fsqu00a.xn--fiqs8s");
    assert_passed(&a, 0, DomainItem::NotDuplicate);
    let f = failed(&a, 1, DomainItem::NotDuplicate);
    assert_eq!(f.code, "DOMAIN_DUPLICATE");
    assert_eq!(f.field, "websites[1].domain");
    assert_eq!(arg(&f, "other"), Some("1"));
    assert_eq!(arg(&f, "domain"), Some("xn--fsqu00a.xn--fiqs8s"));
    // Reported once, on the later website.
    let r = report(&a);
    let dups: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.code == "DOMAIN_DUPLICATE")
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(dups, ["websites[1].domain"]);
}

#[test]
fn full_width_dot_is_the_same_domain() {
    let a = two_sites("例子.中国", "例子。中国");
    assert_passed(&a, 1, DomainItem::WellFormed);
    assert_eq!(
        failed(&a, 1, DomainItem::NotDuplicate).code,
        "DOMAIN_DUPLICATE"
    );
}

#[test]
fn letter_case_does_not_make_another_domain() {
    let a = two_sites("Example.CN", "example.cn");
    assert_passed(&a, 0, DomainItem::WellFormed);
    assert_passed(&a, 0, DomainItem::ApprovedTld);
    assert_eq!(
        failed(&a, 1, DomainItem::NotDuplicate).code,
        "DOMAIN_DUPLICATE"
    );
    // Different domains are not.
    let b = two_sites("example.cn", "example.com.cn");
    assert_passed(&b, 1, DomainItem::NotDuplicate);
}

// --- Shape of what was typed -----------------------------------------------------------

#[test]
fn second_level_cn_is_registrable_and_www_under_it_is_a_subdomain() {
    let a = one_site("example.com.cn");
    assert_passed(&a, 0, DomainItem::WellFormed);
    assert_passed(&a, 0, DomainItem::ApprovedTld);

    let b = one_site("www.example.com.cn");
    let f = failed(&b, 0, DomainItem::WellFormed);
    assert_eq!(f.code, "DOMAIN_SUBDOMAIN");
    assert_eq!(f.field, "websites[0].domain");
    assert_eq!(arg(&f, "registrable"), Some("example.com.cn"));
    // The suffix is fine; only the shape is wrong.
    assert_passed(&b, 0, DomainItem::ApprovedTld);
    assert!(report(&b).has("DOMAIN_SUBDOMAIN"));
}

#[test]
fn url_instead_of_a_domain_offers_the_host() {
    let a = one_site("https://example.cn/path");
    let f = failed(&a, 0, DomainItem::WellFormed);
    assert_eq!(f.code, "DOMAIN_URL_GIVEN");
    assert_eq!(arg(&f, "suggestion"), Some("example.cn"));
    // Nothing else is judged on a URL.
    assert_eq!(outcome(&a, 0, DomainItem::ApprovedTld), Outcome::Unknown);
    let r = report(&a);
    assert_eq!(codes_for(&r, "websites[0].domain"), ["DOMAIN_URL_GIVEN"]);
}

#[test]
fn refused_suffix_is_not_approved() {
    let a = one_site("example.io");
    assert_passed(&a, 0, DomainItem::WellFormed);
    let f = failed(&a, 0, DomainItem::ApprovedTld);
    assert_eq!(f.code, "DOMAIN_TLD_NOT_APPROVED");
    assert_eq!(arg(&f, "suffix"), Some("io"));
    assert!(report(&a).has("DOMAIN_TLD_NOT_APPROVED"));
    // .cn in the same place passes.
    assert_passed(&one_site("example.cn"), 0, DomainItem::ApprovedTld);
}

#[test]
fn several_domains_in_one_field() {
    let a = one_site("example.cn, example.com.cn");
    let f = failed(&a, 0, DomainItem::OneDomainPerSite);
    assert_eq!(f.code, "DOMAIN_SEVERAL");
    assert_eq!(arg(&f, "count"), Some("2"));
}

// --- Dates -----------------------------------------------------------------------------

#[test]
fn expiry_sooner_than_the_province_minimum() {
    // 60 days left: under Beijing's 90, over Jilin's 30.
    let mut a = individual();
    a.websites[0].registration.expires = Some(d("2027-01-21"));
    let f = failed(&a, 0, DomainItem::Validity);
    assert_eq!(f.code, "DOMAIN_EXPIRES_SOON");
    assert_eq!(f.field, "websites[0].registration.expires");
    assert_eq!(arg(&f, "days"), Some("60"));
    assert_eq!(arg(&f, "min"), Some("90"));

    let mut jilin = enterprise();
    jilin.subject.province = s("jilin");
    jilin.websites[0].registration.expires = Some(d("2027-01-21"));
    assert_passed(&jilin, 0, DomainItem::Validity);

    // Exactly the minimum passes; one day less does not.
    a.websites[0].registration.expires = Some(d("2027-02-20"));
    assert_passed(&a, 0, DomainItem::Validity);
    a.websites[0].registration.expires = Some(d("2027-02-19"));
    assert_eq!(
        failed(&a, 0, DomainItem::Validity).code,
        "DOMAIN_EXPIRES_SOON"
    );

    // Already past is another finding.
    a.websites[0].registration.expires = Some(d("2026-11-21"));
    assert_eq!(failed(&a, 0, DomainItem::Validity).code, "DOMAIN_EXPIRED");
}

#[test]
fn real_name_verification_too_recent() {
    // Verified Thursday 2026-11-19: three working days later is Tuesday 2026-11-24.
    let mut a = individual();
    a.websites[0].registration.verified_on = Some(d("2026-11-19"));
    let f = failed(&a, 0, DomainItem::VerificationSettled);
    assert_eq!(f.code, "DOMAIN_REALNAME_TOO_RECENT");
    assert_eq!(f.field, "websites[0].registration.verified_on");
    assert_eq!(arg(&f, "date"), Some("2026-11-24"));
    assert_eq!(arg(&f, "days"), Some("2"));
    assert!(report(&a).has("DOMAIN_REALNAME_TOO_RECENT"));

    // Monday 2026-11-16 + 3 working days = Thursday 2026-11-19: settled.
    a.websites[0].registration.verified_on = Some(d("2026-11-16"));
    assert_passed(&a, 0, DomainItem::VerificationSettled);

    // Once submitted, the warning has no use.
    a.websites[0].registration.verified_on = Some(d("2026-11-19"));
    a.progress.submitted = Some(now());
    assert_passed(&a, 0, DomainItem::VerificationSettled);
}

// --- Who holds the domain --------------------------------------------------------------

#[test]
fn registrant_with_other_brackets_passes_after_normalizing() {
    let mut a = enterprise();
    a.subject.name = s("北京星河科技(北京)有限公司");
    a.websites[0].registration.registrant = s("北京星河科技（北京）有限公司");
    a.websites[1].registration.registrant = s("北京星河科技(北京)有限公司");
    assert_eq!(
        outcome(&a, 0, DomainItem::RegistrantMatches),
        Outcome::PassedAfterNormalizing
    );
    assert_passed(&a, 1, DomainItem::RegistrantMatches);
    let r = report(&a);
    assert!(!r.has("DOMAIN_REGISTRANT_MISMATCH"));
    let forms: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.code == "DOMAIN_REGISTRANT_FORM")
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(forms, ["websites[0].registration.registrant"]);
}

#[test]
fn registrant_that_really_differs_is_a_mismatch() {
    let mut a = enterprise();
    a.subject.name = s("北京星河科技(北京)有限公司");
    a.websites[0].registration.registrant = s("北京星云科技（北京）有限公司");
    let f = failed(&a, 0, DomainItem::RegistrantMatches);
    assert_eq!(f.code, "DOMAIN_REGISTRANT_MISMATCH");
    assert_eq!(f.field, "websites[0].registration.registrant");
    assert_eq!(arg(&f, "registrant"), Some("北京星云科技（北京）有限公司"));
    assert_eq!(arg(&f, "subject"), Some("北京星河科技(北京)有限公司"));
    assert!(!report(&a).has("DOMAIN_REGISTRANT_FORM"));

    // An individual's domain held by someone else.
    let mut b = individual();
    b.websites[0].registration.registrant = s("李四");
    assert_eq!(
        failed(&b, 0, DomainItem::RegistrantMatches).code,
        "DOMAIN_REGISTRANT_MISMATCH"
    );
}

/// The enterprise base in `province` with its first domain registered to its leader 李四,
/// who is the legal representative.
fn held_by_legal_rep(province: &str) -> Application {
    let mut a = enterprise();
    a.subject.province = s(province);
    a.websites[0].registration.registrant = s("李四");
    a
}

#[test]
fn domain_held_by_the_legal_representative_where_the_province_accepts_it() {
    let a = held_by_legal_rep("beijing");
    assert_passed(&a, 0, DomainItem::RegistrantMatches);
    let r = report(&a);
    assert!(!r.has("DOMAIN_REGISTRANT_MISMATCH"));
    assert!(!r.has("DOMAIN_REGISTRANT_LEGAL_REP_REFUSED"));
    let flags = engine::flags(&a, Rules::builtin(), Some(now().china_date()));
    assert!(flags.contains(&Flag::DomainHeldByLegalRep));
    // Chongqing accepts it with an authorisation letter.
    let cq = held_by_legal_rep("chongqing");
    let list = engine::checklist_on(&cq, Rules::builtin(), Some(now().china_date()));
    assert!(
        list.iter()
            .any(|i| i.id() == "province.chongqing.registrant_authorization" && i.required)
    );
}

#[test]
fn domain_held_by_the_legal_representative_where_the_province_refuses_it() {
    for province in ["ningxia", "xinjiang"] {
        let a = held_by_legal_rep(province);
        let f = failed(&a, 0, DomainItem::RegistrantMatches);
        assert_eq!(f.code, "DOMAIN_REGISTRANT_LEGAL_REP_REFUSED", "{province}");
        assert_eq!(f.field, "websites[0].registration.registrant");
        assert_eq!(arg(&f, "registrant"), Some("李四"));
        // The second website, held by the company, is fine.
        assert_passed(&a, 1, DomainItem::RegistrantMatches);
        assert!(report(&a).has("DOMAIN_REGISTRANT_LEGAL_REP_REFUSED"));
    }
}

#[test]
fn domain_held_by_the_legal_representative_where_the_rule_is_unknown() {
    // Henan states no rule: a warning to ask, not an error.
    let a = held_by_legal_rep("henan");
    let f = failed(&a, 0, DomainItem::RegistrantMatches);
    assert_eq!(f.code, "DOMAIN_REGISTRANT_LEGAL_REP_UNCONFIRMED");
}

#[test]
fn domain_held_by_a_leader_who_is_not_the_legal_representative() {
    let mut a = held_by_legal_rep("beijing");
    a.subject.leader.is_legal_representative = Some(false);
    assert_eq!(
        failed(&a, 0, DomainItem::RegistrantMatches).code,
        "DOMAIN_REGISTRANT_MISMATCH"
    );
    // Not answered yet: nothing to say.
    a.subject.leader.is_legal_representative = None;
    assert_eq!(
        outcome(&a, 0, DomainItem::RegistrantMatches),
        Outcome::Unknown
    );
}

#[test]
fn individual_cannot_use_the_legal_representative_route() {
    // An individual's leader is themself; a domain held by another person never matches.
    let mut a = individual();
    a.subject.leader.is_legal_representative = Some(true);
    a.subject.leader.name = s("李四");
    a.websites[0].registration.registrant = s("李四");
    assert_eq!(
        failed(&a, 0, DomainItem::RegistrantMatches).code,
        "DOMAIN_REGISTRANT_MISMATCH"
    );
}

// --- Registrars (assets/registrars.toml) ------------------------------------------------

fn with_registrar(name: &str) -> Application {
    let mut a = individual();
    a.websites[0].registration.registrar = s(name);
    a
}

#[test]
fn registrar_table() {
    // (typed, outcome kind, code): the seed facts of registrars.toml.
    for (typed, want, code) in [
        ("Alibaba Cloud", "passed", None),
        ("阿里云", "passed", None),
        ("阿里云计算有限公司（万网）", "passed", None),
        ("腾讯云", "passed", None),
        ("Tencent Cloud (DNSPod)", "passed", None),
        ("华为云", "passed", None),
        ("西部数码", "passed", None),
        ("新网", "passed", None),
        ("GoDaddy", "failed", Some("REGISTRAR_NOT_APPROVED")),
        ("GoDaddy.com, LLC", "failed", Some("REGISTRAR_NOT_APPROVED")),
        ("Namecheap, Inc.", "failed", Some("REGISTRAR_NOT_APPROVED")),
        ("Cloudflare", "failed", Some("REGISTRAR_NOT_APPROVED")),
        ("Porkbun", "failed", Some("REGISTRAR_NOT_APPROVED")),
        (
            "Some Registrar Ltd",
            "not_checked",
            Some("REGISTRAR_UNKNOWN"),
        ),
        ("某某域名公司", "not_checked", Some("REGISTRAR_UNKNOWN")),
    ] {
        let a = with_registrar(typed);
        let got = outcome(&a, 0, DomainItem::Registrar);
        let (kind, finding) = match &got {
            Outcome::Passed => ("passed", None),
            Outcome::Failed(f) => ("failed", Some(f.code)),
            Outcome::NotChecked(f) => ("not_checked", Some(f.code)),
            other => panic!("{typed}: {other:?}"),
        };
        assert_eq!((kind, finding), (want, code), "{typed}");
        let r = report(&a);
        let field = "websites[0].registration.registrar";
        assert_eq!(
            codes_for(&r, field),
            code.into_iter().collect::<Vec<_>>(),
            "{typed}"
        );
    }
}

#[test]
fn an_overseas_registrar_is_an_error_and_an_unknown_one_only_info() {
    let r = report(&with_registrar("GoDaddy"));
    let f = r
        .findings
        .iter()
        .find(|f| f.code == "REGISTRAR_NOT_APPROVED")
        .unwrap();
    assert_eq!(f.severity, engine::Severity::Error);
    assert_eq!(arg(f, "registrar"), Some("GoDaddy"));
    assert!(r.has_errors());
    let r = report(&with_registrar("Some Registrar"));
    let f = r
        .findings
        .iter()
        .find(|f| f.code == "REGISTRAR_UNKNOWN")
        .unwrap();
    assert_eq!(f.severity, engine::Severity::Info);
}

#[test]
fn no_registrar_entered_is_unanswered_not_unknown() {
    let mut a = individual();
    a.websites[0].registration.registrar = None;
    assert_eq!(outcome(&a, 0, DomainItem::Registrar), Outcome::Unknown);
    a.websites[0].registration.registrar = s("  ");
    assert_eq!(outcome(&a, 0, DomainItem::Registrar), Outcome::Unknown);
    assert!(!report(&a).has("REGISTRAR_UNKNOWN"));
}

#[test]
fn items_say_where_their_rule_comes_from() {
    let a = with_registrar("GoDaddy");
    let list = checks(&a, 0);
    let basis = |item| &list.iter().find(|c| c.item == item).unwrap().basis;
    assert!(!basis(DomainItem::Registrar).is_empty());
    assert!(basis(DomainItem::Registrar)[0].what.contains("http"));
    assert!(!basis(DomainItem::ApprovedTld).is_empty());
    assert!(!basis(DomainItem::Validity).is_empty());
    assert!(basis(DomainItem::WellFormed).is_empty());
    // An unknown registrar has no source to show: nothing was checked.
    let a = with_registrar("Some Registrar");
    let list = checks(&a, 0);
    assert!(
        list.iter()
            .find(|c| c.item == DomainItem::Registrar)
            .unwrap()
            .basis
            .is_empty()
    );
}

#[test]
fn alibaba_2026_refusals_dev_app_io_me_and_the_nearest_approved_suffix() {
    for suffix in ["dev", "app", "io", "me"] {
        let a = one_site(&format!("example.{suffix}"));
        let f = failed(&a, 0, DomainItem::ApprovedTld);
        assert_eq!(f.code, "DOMAIN_TLD_NOT_APPROVED", "{suffix}");
        let list = checks(&a, 0);
        let basis = &list
            .iter()
            .find(|c| c.item == DomainItem::ApprovedTld)
            .unwrap()
            .basis;
        // Beijing's own list refuses .io and .me and decides first there.
        let decided_by = if matches!(suffix, "dev" | "app") {
            "Alibaba"
        } else {
            "Beijing"
        };
        assert!(basis[0].what.contains(decided_by), "{suffix}: {basis:?}");
    }
    assert_passed(&one_site("example.com"), 0, DomainItem::ApprovedTld);
}
