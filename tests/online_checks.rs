//! The online checks against real protocols on the loopback interface only: a homepage
//! server (footer with and without the number, unlinked, with the PSB number, redirects),
//! a WHOIS server in CNNIC's format and a redacted gTLD record, a UDP name server with A and
//! CNAME answers, and the offline case. For every rule: the case that fires and the
//! nearest case that does not.

mod online_support;

use std::time::Duration;

use icp_tui::model::Application;
use icp_tui::online::{self, CheckKind, OnlineReport, Options, Outcome, Pin, Pins, ServerAddr};
use online_support::{
    Answer, Dns, Http, Reply, Whois, closed_port, closed_udp, cnnic_record, page,
};

const SUBJECT: &str = "北京星河科技有限公司";
const NUMBER: &str = "京ICP备2026012345号-1";
const LINKED: &str = "<a href=\"https://beian.miit.gov.cn/\">京ICP备2026012345号-1</a>";

/// An application with one website whose footer is read at `url`.
fn app(domain: &str, url: &str, extra_progress: &str) -> Application {
    let text = format!(
        r#"format = "icp-tui/application"
version = 1

[subject]
kind = "enterprise"
name = "{SUBJECT}"

[[websites]]
name = "星河科技官网"
domain = "{domain}"

[websites.registration]
registrant = "{SUBJECT}"
expires = 2028-10-01

[websites.footer]
url = "{url}"

[access]
public_ip_address = "47.96.1.2"

[progress]
icp_number = "{NUMBER}"
{extra_progress}
"#
    );
    Application::from_toml_str(&text).unwrap()
}

/// Servers that pass every check unless a test changes one of them.
struct World {
    http: Http,
    whois: Whois,
    dns: Dns,
}

impl World {
    fn new(footer: &str) -> World {
        World::with(
            vec![("/", Reply::Page("text/html; charset=utf-8", page(footer)))],
            cnnic_record("xinghe.cn", SUBJECT, "2028-10-01"),
            vec![Answer::A("47.96.1.2")],
        )
    }

    fn with(routes: Vec<(&str, Reply)>, whois: String, dns: Vec<Answer>) -> World {
        World {
            http: Http::start(routes),
            whois: Whois::start(vec![("xinghe.cn", whois)]),
            dns: Dns::start(vec![
                ("xinghe.cn", dns),
                (
                    "xinghe.cn.cdn.example-cdn.com",
                    vec![Answer::A("203.0.113.9")],
                ),
            ]),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://www.xinghe.cn:{}{path}", self.http.port)
    }

    fn options(&self) -> Options {
        Options {
            pins: Pins(vec![Pin::parse("www.xinghe.cn:127.0.0.1").unwrap()]),
            whois_server: Some(
                ServerAddr::parse(&format!("127.0.0.1:{}", self.whois.port)).unwrap(),
            ),
            dns_server: Some(self.dns.addr),
            timeout: Duration::from_secs(5),
        }
    }

    fn run(&self, app: &Application) -> OnlineReport {
        online::run(app, &self.options())
    }
}

fn outcome(r: &OnlineReport, kind: CheckKind) -> Outcome {
    r.checks.iter().find(|c| c.kind == kind).unwrap().outcome
}

fn detail(r: &OnlineReport, kind: CheckKind) -> &'static str {
    r.checks.iter().find(|c| c.kind == kind).unwrap().detail.id
}

fn codes(r: &OnlineReport) -> Vec<&'static str> {
    r.findings.iter().map(|f| f.code).collect()
}

#[test]
fn a_good_site_passes_every_check_it_can_make() {
    let w = World::new(LINKED);
    let r = w.run(&app("xinghe.cn", &w.url("/"), ""));
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    for kind in [
        CheckKind::Site,
        CheckKind::FooterIcp,
        CheckKind::Dns,
        CheckKind::WhoisRegistrant,
        CheckKind::WhoisExpiry,
    ] {
        assert_eq!(
            outcome(&r, kind),
            Outcome::Passed,
            "{kind:?}: {:?}",
            r.checks
        );
    }
    // No PSB number recorded: said so, not passed.
    assert_eq!(outcome(&r, CheckKind::FooterPsb), Outcome::CouldNotRun);
    assert_eq!(detail(&r, CheckKind::FooterPsb), "footer-no-psb-number");
    assert_eq!(w.whois.queries.lock().unwrap().as_slice(), ["xinghe.cn"]);
    // The WHOIS values are there to offer.
    assert_eq!(r.looked_up[0].registrant.as_deref(), Some(SUBJECT));
}

#[test]
fn footer_without_the_number_fires_icp_missing() {
    let w = World::new("<p>© 2026 星河科技</p>");
    let r = w.run(&app("xinghe.cn", &w.url("/"), ""));
    assert_eq!(codes(&r), ["FOOTER_ICP_MISSING"]);
    assert_eq!(outcome(&r, CheckKind::FooterIcp), Outcome::Failed);
}

#[test]
fn another_websites_number_is_not_ours() {
    let w = World::new("<a href=\"https://beian.miit.gov.cn/\">京ICP备2026012345号-2</a>");
    let r = w.run(&app("xinghe.cn", &w.url("/"), ""));
    assert_eq!(codes(&r), ["FOOTER_ICP_MISSING"]);
    assert_eq!(detail(&r, CheckKind::FooterIcp), "footer-icp-other");
    // The nearest case: the subject number without -n is accepted.
    let w = World::new("<a href=\"https://beian.miit.gov.cn/\">京ICP备 2026012345号</a>");
    assert!(
        w.run(&app("xinghe.cn", &w.url("/"), ""))
            .findings
            .is_empty()
    );
}

#[test]
fn number_without_the_link_fires_not_linked() {
    let w = World::new("<span>京ICP备2026012345号-1</span>");
    let r = w.run(&app("xinghe.cn", &w.url("/"), ""));
    assert_eq!(codes(&r), ["FOOTER_ICP_NOT_LINKED"]);
    let w = World::new("<a href=\"http://www.miibeian.gov.cn/\">京ICP备2026012345号-1</a>");
    let r = w.run(&app("xinghe.cn", &w.url("/"), ""));
    assert_eq!(codes(&r), ["FOOTER_ICP_NOT_LINKED"]);
    assert_eq!(detail(&r, CheckKind::FooterIcp), "footer-icp-old-link");
}

#[test]
fn a_number_only_in_a_script_is_not_shown() {
    let w = World::new("<script>document.write('京ICP备2026012345号-1')</script><p>©</p>");
    let r = w.run(&app("xinghe.cn", &w.url("/"), ""));
    assert_eq!(codes(&r), ["FOOTER_ICP_MISSING"]);
}

#[test]
fn psb_number_recorded_and_shown_or_not() {
    let psb = "psb_number = \"京公网安备11010502030143号\"";
    let shown = format!(
        "{LINKED}<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143\">京公网安备 11010502030143号</a>"
    );
    let w = World::new(&shown);
    let r = w.run(&app("xinghe.cn", &w.url("/"), psb));
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    assert_eq!(outcome(&r, CheckKind::FooterPsb), Outcome::Passed);

    let w = World::new(LINKED);
    let r = w.run(&app("xinghe.cn", &w.url("/"), psb));
    assert_eq!(codes(&r), ["FOOTER_PSB_MISSING"]);
}

#[test]
fn redirects_are_followed_to_the_footer() {
    let w = World::with(
        vec![
            ("/", Reply::Redirect(301, "/home/".into())),
            ("/home/", Reply::Page("text/html", page(LINKED))),
        ],
        cnnic_record("xinghe.cn", SUBJECT, "2028-10-01"),
        vec![Answer::A("47.96.1.2")],
    );
    let r = w.run(&app("xinghe.cn", &w.url("/"), ""));
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    let site = r.checks.iter().find(|c| c.kind == CheckKind::Site).unwrap();
    assert!(
        site.detail.args.iter().any(|(_, v)| v.ends_with("/home/")),
        "{site:?}"
    );
}

#[test]
fn https_falls_back_to_http() {
    let http = Http::start(vec![("/", Reply::Page("text/html", page(LINKED)))]);
    let pins = Pins(vec![Pin::parse("www.xinghe.cn:127.0.0.1").unwrap()]);
    // The HTTPS leg meets a plain HTTP server (no TLS), the HTTP leg gets the page.
    let urls = [
        format!("https://www.xinghe.cn:{}/", http.port),
        format!("http://www.xinghe.cn:{}/", http.port),
    ];
    let page = online::http::fetch_first(&urls, &pins, Duration::from_secs(5)).unwrap();
    assert_eq!(page.url, urls[1]);
    // The nearest case: HTTPS alone gives no page.
    assert!(online::http::fetch_first(&urls[..1], &pins, Duration::from_secs(5)).is_err());
}

#[test]
fn an_unreachable_site_while_online_fires_site_unreachable() {
    let w = World::new(LINKED);
    let url = format!("http://www.xinghe.cn:{}/", closed_port());
    let r = w.run(&app("xinghe.cn", &url, ""));
    assert_eq!(codes(&r), ["SITE_UNREACHABLE"]);
    assert_eq!(outcome(&r, CheckKind::Site), Outcome::Failed);
    // The footer could not be read: not a footer finding.
    assert_eq!(outcome(&r, CheckKind::FooterIcp), Outcome::CouldNotRun);
}

#[test]
fn dns_to_another_address_fires_not_instance() {
    let w = World::with(
        vec![("/", Reply::Page("text/html", page(LINKED)))],
        cnnic_record("xinghe.cn", SUBJECT, "2028-10-01"),
        vec![Answer::A("198.51.100.7")],
    );
    let r = w.run(&app("xinghe.cn", &w.url("/"), ""));
    assert_eq!(codes(&r), ["DNS_NOT_INSTANCE"]);
}

#[test]
fn a_cname_to_a_cdn_is_reported_as_such() {
    let w = World::with(
        vec![("/", Reply::Page("text/html", page(LINKED)))],
        cnnic_record("xinghe.cn", SUBJECT, "2028-10-01"),
        vec![Answer::Cname("xinghe.cn.cdn.example-cdn.com")],
    );
    let r = w.run(&app("xinghe.cn", &w.url("/"), ""));
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    assert_eq!(outcome(&r, CheckKind::Dns), Outcome::CouldNotRun);
    assert_eq!(detail(&r, CheckKind::Dns), "dns-cname");
}

#[test]
fn a_domain_that_does_not_exist_fires_not_resolving() {
    let w = World::new(LINKED);
    let mut a = app("xinghe.cn", &w.url("/"), "");
    a.websites[0].domain = Some("nowhere.cn".into());
    let r = w.run(&a);
    assert!(codes(&r).contains(&"DNS_NOT_RESOLVING"), "{:?}", r.findings);
    assert_eq!(detail(&r, CheckKind::Dns), "dns-not-found");
}

#[test]
fn whois_registrant_other_than_the_subject_fires_mismatch() {
    let w = World::with(
        vec![("/", Reply::Page("text/html", page(LINKED)))],
        cnnic_record("xinghe.cn", "上海某某网络有限公司", "2028-10-01"),
        vec![Answer::A("47.96.1.2")],
    );
    let r = w.run(&app("xinghe.cn", &w.url("/"), ""));
    assert_eq!(codes(&r), ["WHOIS_REGISTRANT_MISMATCH"]);
    // The nearest case: the same name with full-width brackets folds equal.
    let w = World::with(
        vec![("/", Reply::Page("text/html", page(LINKED)))],
        cnnic_record("xinghe.cn", "北京星河科技有限公司", "2028-10-01"),
        vec![Answer::A("47.96.1.2")],
    );
    let mut a = app("xinghe.cn", &w.url("/"), "");
    a.subject.name = Some("北京星河科技有限公司 ".into());
    assert!(w.run(&a).findings.is_empty());
}

#[test]
fn whois_expiry_other_than_recorded_fires_differs() {
    let w = World::with(
        vec![("/", Reply::Page("text/html", page(LINKED)))],
        cnnic_record("xinghe.cn", SUBJECT, "2029-10-01"),
        vec![Answer::A("47.96.1.2")],
    );
    let r = w.run(&app("xinghe.cn", &w.url("/"), ""));
    assert_eq!(codes(&r), ["WHOIS_EXPIRY_DIFFERS"]);
    // Nothing recorded: nothing to compare, but the value is offered.
    let mut a = app("xinghe.cn", &w.url("/"), "");
    a.websites[0].registration.expires = None;
    let r = w.run(&a);
    assert!(r.findings.is_empty());
    assert_eq!(
        detail(&r, CheckKind::WhoisExpiry),
        "whois-expiry-not-recorded"
    );
    assert_eq!(r.looked_up[0].expires.unwrap().to_string(), "2029-10-01");
}

#[test]
fn a_redacted_gtld_record_could_not_be_checked() {
    let w = World::new(LINKED);
    let whois = Whois::start(vec![(
        "xinghe.com",
        online_support::redacted_gtld_record("xinghe.com"),
    )]);
    let dns = Dns::start(vec![("xinghe.com", vec![Answer::A("47.96.1.2")])]);
    let mut options = w.options();
    options.whois_server = Some(ServerAddr::parse(&format!("127.0.0.1:{}", whois.port)).unwrap());
    options.dns_server = Some(dns.addr);
    let mut a = app("xinghe.com", &w.url("/"), "");
    a.websites[0].registration.expires = online_support_date("2028-01-05");
    let r = online::run(&a, &options);
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    assert_eq!(
        outcome(&r, CheckKind::WhoisRegistrant),
        Outcome::CouldNotRun
    );
    assert_eq!(detail(&r, CheckKind::WhoisRegistrant), "whois-redacted");
    // The expiry is not redacted and is compared (UTC 08:00 is the same day in China).
    assert_eq!(outcome(&r, CheckKind::WhoisExpiry), Outcome::Passed);
}

fn online_support_date(s: &str) -> Option<icp_tui::model::Date> {
    icp_tui::model::Date::parse(s)
}

#[test]
fn offline_every_check_could_not_run_and_nothing_fires() {
    let options = Options {
        pins: Pins(vec![Pin::parse("www.xinghe.cn:127.0.0.1").unwrap()]),
        whois_server: Some(ServerAddr::parse(&format!("127.0.0.1:{}", closed_port())).unwrap()),
        dns_server: Some(closed_udp()),
        timeout: Duration::from_secs(2),
    };
    let url = format!("http://www.xinghe.cn:{}/", closed_port());
    let psb = "psb_number = \"京公网安备11010502030143号\"";
    let r = online::run(&app("xinghe.cn", &url, psb), &options);
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    assert_eq!(r.checks.len(), CheckKind::ALL.len());
    for c in &r.checks {
        assert_eq!(c.outcome, Outcome::CouldNotRun, "{c:?}");
        assert!(c.detail.id.starts_with("offline"), "{c:?}");
    }
}

#[test]
fn progress_is_told_for_every_probe() {
    let w = World::new(LINKED);
    let seen = std::sync::Mutex::new(Vec::new());
    let progress = |done: usize, total: usize| seen.lock().unwrap().push((done, total));
    online::run_with_progress(&app("xinghe.cn", &w.url("/"), ""), &w.options(), &progress);
    let mut seen = seen.into_inner().unwrap();
    seen.sort();
    assert_eq!(seen, [(1, 3), (2, 3), (3, 3)]);
}
