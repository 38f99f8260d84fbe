//! From what the network said to verdicts: one result per check, and the findings.
//! An answer we did not get is "could not run", with the reason; a finding needs an answer.

use std::net::IpAddr;

use super::dns::{self, DnsError, Resolution};
use super::html::{self, Scan};
use super::http::{self, Attempt, Page};
use super::whois::{self, Field, Record, WhoisError};
use super::{CheckKind, CheckResult, Detail, LookedUp, OnlineReport, Options, Outcome};
use crate::engine::registrant;
use crate::engine::{Finding, Severity};
use crate::model::{Application, Website};

/// Hosts of the MIIT filing system a footer may link to (research-delta-2026-12 §3.1).
const MIIT_HOSTS: [&str; 2] = ["beian.miit.gov.cn", "www.beian.miit.gov.cn"];
/// The retired address older guides still give.
const MIIT_RETIRED: &str = "miibeian.gov.cn";

/// What the three probes of one website brought back.
#[derive(Debug, Default)]
pub struct Probes {
    index: usize,
    /// The domain as recorded and in ASCII (punycode).
    domain: Option<(String, String)>,
    site: Option<Result<Page, Vec<Attempt>>>,
    dns: Option<Result<Resolution, DnsError>>,
    whois: Option<Result<Record, WhoisError>>,
    panicked: bool,
}

impl Probes {
    pub fn failed_thread(index: usize) -> Probes {
        Probes {
            index,
            panicked: true,
            ..Probes::default()
        }
    }

    /// Whether any server answered anything (a status, a DNS reply, a WHOIS record).
    pub fn heard_anything(&self) -> bool {
        let site = match &self.site {
            Some(Ok(_)) => true,
            Some(Err(attempts)) => attempts.iter().any(|a| a.answered),
            None => false,
        };
        let dns = matches!(
            &self.dns,
            Some(Ok(_) | Err(DnsError::NotFound | DnsError::NoAddress | DnsError::ServerError(_)))
        );
        let whois = matches!(&self.whois, Some(Ok(_)));
        site || dns || whois
    }
}

/// The URLs to try: `footer.url` when given, else https://<domain>/ then http://<domain>/.
pub fn homepage_urls(website: &Website, ascii_domain: Option<&str>) -> Vec<String> {
    if let Some(url) = website
        .footer
        .url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
    {
        return vec![url.to_string()];
    }
    match ascii_domain {
        Some(d) => vec![format!("https://{d}/"), format!("http://{d}/")],
        None => Vec::new(),
    }
}

/// The domain as recorded (lower case, no final dot) and in ASCII.
fn domain_of(website: &Website) -> Option<(String, String)> {
    website
        .domain
        .as_deref()
        .map(|d| d.trim().trim_end_matches('.').to_lowercase())
        .filter(|d| !d.is_empty())
        .and_then(|d| {
            let ascii = idna::domain_to_ascii(&d).ok()?;
            Some((d, ascii))
        })
}

/// How many probes `probe` will run for a website (for progress).
pub fn planned(website: &Website) -> usize {
    let domain = domain_of(website);
    let site = !homepage_urls(website, domain.as_ref().map(|(_, a)| a.as_str())).is_empty();
    usize::from(site) + if domain.is_some() { 2 } else { 0 }
}

/// Runs one website's probes, each on its own thread; `tick` after each answer.
pub fn probe(
    index: usize,
    website: &Website,
    options: &Options,
    tick: &(dyn Fn() + Sync),
) -> Probes {
    let domain = domain_of(website);
    let ascii = domain.as_ref().map(|(_, a)| a.clone());
    let urls = homepage_urls(website, ascii.as_deref());
    let servers = match options.dns_server {
        Some(server) => vec![server],
        None => dns::system_servers(),
    };
    let (site, dns, whois, panicked) = std::thread::scope(|scope| {
        let site = (!urls.is_empty()).then(|| {
            scope.spawn(|| {
                let r = http::fetch_first(&urls, &options.pins, options.timeout);
                tick();
                r
            })
        });
        let dns = ascii.as_deref().map(|d| {
            scope.spawn(move || {
                let r = dns::resolve(d, &servers, options.timeout);
                tick();
                r
            })
        });
        let whois = ascii.as_deref().map(|d| {
            scope.spawn(move || {
                let r = whois::lookup(
                    d,
                    options.whois_server.as_ref(),
                    &options.pins,
                    options.timeout,
                );
                tick();
                r
            })
        });
        let mut panicked = false;
        let (site, dns, whois) = (
            join_probe(site, &mut panicked),
            join_probe(dns, &mut panicked),
            join_probe(whois, &mut panicked),
        );
        (site, dns, whois, panicked)
    });
    Probes {
        index,
        domain,
        site,
        dns,
        whois,
        panicked,
    }
}

/// A probe's result; a probe that panicked is remembered, not taken for "not asked".
fn join_probe<T>(
    handle: Option<std::thread::ScopedJoinHandle<'_, T>>,
    panicked: &mut bool,
) -> Option<T> {
    let result = handle?.join();
    *panicked |= result.is_err();
    result.ok()
}

/// Turns one website's probes into results and findings.
pub fn judge(app: &Application, p: &Probes, online: bool, out: &mut OnlineReport) {
    let i = p.index;
    let website = &app.websites[i];
    let shown_domain = p
        .domain
        .as_ref()
        .map(|(d, _)| d.clone())
        .unwrap_or_default();
    let mut push = |kind: CheckKind, outcome: Outcome, detail: Detail| {
        out.checks.push(CheckResult {
            kind,
            website: i,
            domain: shown_domain.clone(),
            outcome,
            detail,
        });
    };
    if p.panicked {
        for kind in CheckKind::ALL {
            push(kind, Outcome::CouldNotRun, Detail::new("internal"));
        }
        return;
    }
    let mut findings = Vec::new();

    // The homepage and its footer.
    let page = match &p.site {
        None => {
            push(
                CheckKind::Site,
                Outcome::CouldNotRun,
                Detail::new("no-domain"),
            );
            None
        }
        Some(Ok(page)) => {
            push(
                CheckKind::Site,
                Outcome::Passed,
                Detail::new("site-fetched")
                    .arg("url", &page.final_url)
                    .arg("status", page.status),
            );
            Some(page)
        }
        Some(Err(attempts)) => {
            let reason = attempts
                .iter()
                .map(|a| format!("{}: {}", a.url, a.reason))
                .collect::<Vec<_>>()
                .join("; ");
            if online {
                findings.push(
                    Finding::new(
                        "SITE_UNREACHABLE",
                        Severity::Warning,
                        format!("websites[{i}].domain"),
                    )
                    .arg("domain", &shown_domain)
                    .arg("reason", &reason),
                );
                push(
                    CheckKind::Site,
                    Outcome::Failed,
                    Detail::new("site-unreachable").arg("reason", &reason),
                );
            } else {
                push(CheckKind::Site, Outcome::CouldNotRun, offline(&reason));
            }
            None
        }
    };
    let scan = page.map(|page| {
        (
            page,
            page.body
                .as_deref()
                .map(|b| html::scan(b, page.content_type.as_deref())),
        )
    });
    let footer_blocked = |number_missing: Option<&'static str>| -> Option<Detail> {
        // Nothing recorded to look for is the first reason: it holds online or not.
        if let Some(id) = number_missing {
            return Some(Detail::new(id));
        }
        let Some((_, scan)) = &scan else {
            return Some(match &p.site {
                None => Detail::new("no-domain"),
                Some(_) if !online => Detail::new("offline-footer"),
                Some(_) => Detail::new("footer-no-page"),
            });
        };
        match scan {
            None => Some(Detail::new("footer-too-large").arg("limit", http::MAX_PAGE >> 20)),
            Some(s) if s.text.is_empty() && s.has_scripts => {
                Some(Detail::new("footer-script-only"))
            }
            Some(_) => None,
        }
    };
    let url = page.map(|p| p.final_url.clone()).unwrap_or_default();
    let icp = app
        .progress
        .icp_number
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    match footer_blocked(icp.is_none().then_some("footer-no-icp-number")) {
        Some(detail) => push(CheckKind::FooterIcp, Outcome::CouldNotRun, detail),
        None => {
            let scan = scan_of(&scan);
            let number = icp.unwrap_or_default();
            let (outcome, detail) = footer_icp(i, number, &url, scan, &mut findings);
            push(CheckKind::FooterIcp, outcome, detail);
        }
    }
    let psb = app
        .progress
        .psb_number
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    match footer_blocked(psb.is_none().then_some("footer-no-psb-number")) {
        Some(detail) => push(CheckKind::FooterPsb, Outcome::CouldNotRun, detail),
        None => {
            let scan = scan_of(&scan);
            let number = psb.unwrap_or_default();
            if scan
                .text
                .to_lowercase()
                .contains(&html::squeeze(number).to_lowercase())
            {
                push(
                    CheckKind::FooterPsb,
                    Outcome::Passed,
                    Detail::new("footer-psb-ok").arg("number", number),
                );
            } else {
                findings.push(
                    Finding::new(
                        "FOOTER_PSB_MISSING",
                        Severity::Warning,
                        format!("websites[{i}].footer"),
                    )
                    .arg("number", number)
                    .arg("url", &url),
                );
                push(
                    CheckKind::FooterPsb,
                    Outcome::Failed,
                    Detail::new("footer-psb-missing").arg("number", number),
                );
            }
        }
    }

    // DNS.
    let (outcome, detail) = match &p.dns {
        None => (Outcome::CouldNotRun, Detail::new("no-domain")),
        Some(result) => dns_verdict(i, app, &shown_domain, result, online, &mut findings),
    };
    push(CheckKind::Dns, outcome, detail);

    // WHOIS.
    match &p.whois {
        None => {
            push(
                CheckKind::WhoisRegistrant,
                Outcome::CouldNotRun,
                Detail::new("no-domain"),
            );
            push(
                CheckKind::WhoisExpiry,
                Outcome::CouldNotRun,
                Detail::new("no-domain"),
            );
        }
        Some(Err(e)) => {
            let detail = match e {
                WhoisError::Unreachable { server, reason } if online => {
                    Detail::new("whois-unreachable")
                        .arg("server", server)
                        .arg("reason", reason)
                }
                WhoisError::Unreachable { server, reason } => {
                    offline(&format!("{server}: {reason}"))
                }
                WhoisError::NoServer { tld } => Detail::new("whois-no-server").arg("tld", tld),
            };
            push(
                CheckKind::WhoisRegistrant,
                Outcome::CouldNotRun,
                detail.clone(),
            );
            push(CheckKind::WhoisExpiry, Outcome::CouldNotRun, detail);
        }
        Some(Ok(record)) => {
            let (o, d) = whois_registrant(i, app, record, &mut findings);
            push(CheckKind::WhoisRegistrant, o, d);
            let (o, d) = whois_expiry(i, website, record, &mut findings);
            push(CheckKind::WhoisExpiry, o, d);
            out.looked_up.push(LookedUp {
                website: i,
                registrant: match &record.registrant {
                    Field::Given(r) => Some(r.clone()),
                    _ => None,
                },
                expires: match &record.expires {
                    Field::Given(d) => Some(*d),
                    _ => None,
                },
            });
        }
    }
    out.findings.extend(findings);
}

fn scan_of<'a>(scan: &'a Option<(&Page, Option<Scan>)>) -> &'a Scan {
    static EMPTY: std::sync::OnceLock<Scan> = std::sync::OnceLock::new();
    match scan {
        Some((_, Some(s))) => s,
        _ => EMPTY.get_or_init(Scan::default),
    }
}

fn offline(reason: &str) -> Detail {
    Detail::new("offline").arg("reason", reason)
}

/// The number is shown (the subject number, or this website's `-n`) and a link goes to MIIT.
fn footer_icp(
    i: usize,
    number: &str,
    url: &str,
    scan: &Scan,
    findings: &mut Vec<Finding>,
) -> (Outcome, Detail) {
    let field = format!("websites[{i}].footer");
    match find_icp(&scan.text, number) {
        IcpShown::Ours => {}
        IcpShown::Other(shown) => {
            findings.push(
                Finding::new("FOOTER_ICP_MISSING", Severity::Error, field)
                    .arg("number", number)
                    .arg("url", url),
            );
            return (
                Outcome::Failed,
                Detail::new("footer-icp-other")
                    .arg("number", number)
                    .arg("shown", shown),
            );
        }
        IcpShown::Nothing => {
            findings.push(
                Finding::new("FOOTER_ICP_MISSING", Severity::Error, field)
                    .arg("number", number)
                    .arg("url", url),
            );
            return (
                Outcome::Failed,
                Detail::new("footer-icp-missing").arg("number", number),
            );
        }
    }
    let hosts: Vec<String> = scan
        .links
        .iter()
        .filter_map(|(href, _)| html::link_host(href))
        .collect();
    if hosts.iter().any(|h| MIIT_HOSTS.contains(&h.as_str())) {
        return (
            Outcome::Passed,
            Detail::new("footer-icp-ok").arg("number", number),
        );
    }
    findings.push(
        Finding::new("FOOTER_ICP_NOT_LINKED", Severity::Error, field)
            .arg("number", number)
            .arg("url", url),
    );
    let detail = match hosts.iter().find(|h| h.ends_with(MIIT_RETIRED)) {
        Some(old) => Detail::new("footer-icp-old-link")
            .arg("number", number)
            .arg("link", old),
        None => Detail::new("footer-icp-not-linked").arg("number", number),
    };
    (Outcome::Failed, detail)
}

#[derive(Debug, PartialEq, Eq)]
enum IcpShown {
    Ours,
    /// The subject number with another website's `-n`.
    Other(String),
    Nothing,
}

/// Looks for the subject number (`京ICP备2026012345号`) in the text; after it, no `-n` or
/// this website's `-n` is ours, another `-n` belongs to another website.
fn find_icp(text: &str, number: &str) -> IcpShown {
    let number = html::squeeze(number).to_lowercase();
    let text = text.to_lowercase();
    let (subject, ours) = match number.rsplit_once('-') {
        Some((s, n)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => {
            (s.to_string(), Some(n.to_string()))
        }
        _ => (number.clone(), None),
    };
    if subject.is_empty() {
        return IcpShown::Nothing;
    }
    let mut other = None;
    for (at, _) in text.match_indices(&subject) {
        let after = &text[at + subject.len()..];
        let suffix: String = after
            .strip_prefix('-')
            .map(|s| s.chars().take_while(char::is_ascii_digit).collect())
            .unwrap_or_default();
        if suffix.is_empty() || ours.is_none() || ours.as_deref() == Some(suffix.as_str()) {
            return IcpShown::Ours;
        }
        other.get_or_insert(format!("{subject}-{suffix}"));
    }
    other.map_or(IcpShown::Nothing, IcpShown::Other)
}

fn dns_verdict(
    i: usize,
    app: &Application,
    domain: &str,
    result: &Result<Resolution, DnsError>,
    online: bool,
    findings: &mut Vec<Finding>,
) -> (Outcome, Detail) {
    let field = format!("websites[{i}].domain");
    let resolution = match result {
        Ok(r) => r,
        Err(DnsError::NotFound | DnsError::NoAddress) => {
            let id = if matches!(result, Err(DnsError::NotFound)) {
                "dns-not-found"
            } else {
                "dns-no-address"
            };
            findings.push(
                Finding::new("DNS_NOT_RESOLVING", Severity::Warning, field).arg("domain", domain),
            );
            return (Outcome::Failed, Detail::new(id));
        }
        Err(DnsError::ServerError(code)) => {
            return (
                Outcome::CouldNotRun,
                Detail::new("dns-server-error").arg("code", code),
            );
        }
        Err(DnsError::NoServer) => return (Outcome::CouldNotRun, Detail::new("dns-no-server")),
        Err(DnsError::Unreachable { server, reason }) if online => {
            return (
                Outcome::CouldNotRun,
                Detail::new("dns-unreachable")
                    .arg("server", server)
                    .arg("reason", reason),
            );
        }
        Err(DnsError::Unreachable { server, reason }) => {
            return (
                Outcome::CouldNotRun,
                offline(&format!("{server}: {reason}")),
            );
        }
    };
    let addrs = join(&resolution.addrs);
    let recorded: Vec<IpAddr> = app
        .access
        .public_ip_address
        .as_deref()
        .unwrap_or_default()
        .split([',', ' '])
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    if recorded.is_empty() {
        return (Outcome::Passed, Detail::new("dns-ok").arg("addrs", addrs));
    }
    let ip = join(&recorded);
    if resolution.addrs.iter().any(|a| recorded.contains(a)) {
        return (
            Outcome::Passed,
            Detail::new("dns-instance")
                .arg("addrs", addrs)
                .arg("ip", ip),
        );
    }
    if !resolution.cnames.is_empty() {
        // A CDN or WAF answers with its own addresses; the origin behind it cannot be seen.
        return (
            Outcome::CouldNotRun,
            Detail::new("dns-cname")
                .arg("cnames", resolution.cnames.join(", "))
                .arg("addrs", addrs)
                .arg("ip", ip),
        );
    }
    findings.push(
        Finding::new("DNS_NOT_INSTANCE", Severity::Warning, field)
            .arg("domain", domain)
            .arg("addrs", &addrs)
            .arg("ip", &ip),
    );
    (
        Outcome::Failed,
        Detail::new("dns-not-instance")
            .arg("addrs", addrs)
            .arg("ip", ip),
    )
}

fn join(addrs: &[IpAddr]) -> String {
    addrs
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A record without the value: why it could not be checked.
fn missing(record: &Record, value_redacted: bool) -> Detail {
    let server = record.server.clone();
    if value_redacted {
        Detail::new("whois-redacted").arg("server", server)
    } else if record.not_found {
        Detail::new("whois-not-found").arg("server", server)
    } else {
        Detail::new("whois-absent").arg("server", server)
    }
}

fn whois_registrant(
    i: usize,
    app: &Application,
    record: &Record,
    findings: &mut Vec<Finding>,
) -> (Outcome, Detail) {
    let name = match &record.registrant {
        Field::Given(name) => name,
        other => {
            return (
                Outcome::CouldNotRun,
                missing(record, *other == Field::Redacted),
            );
        }
    };
    let Some(subject) = app.subject.name.as_deref().filter(|s| !s.trim().is_empty()) else {
        return (
            Outcome::CouldNotRun,
            Detail::new("whois-no-subject").arg("registrant", name),
        );
    };
    if registrant::compare(name, subject).is_match() {
        return (
            Outcome::Passed,
            Detail::new("whois-registrant-ok")
                .arg("registrant", name)
                .arg("server", &record.server),
        );
    }
    findings.push(
        Finding::new(
            "WHOIS_REGISTRANT_MISMATCH",
            Severity::Error,
            format!("websites[{i}].registration.registrant"),
        )
        .arg("registrant", name)
        .arg("subject", subject),
    );
    (
        Outcome::Failed,
        Detail::new("whois-registrant-differs")
            .arg("registrant", name)
            .arg("subject", subject)
            .arg("server", &record.server),
    )
}

fn whois_expiry(
    i: usize,
    website: &Website,
    record: &Record,
    findings: &mut Vec<Finding>,
) -> (Outcome, Detail) {
    let registry = match &record.expires {
        Field::Given(date) => *date,
        other => {
            return (
                Outcome::CouldNotRun,
                missing(record, *other == Field::Redacted),
            );
        }
    };
    let Some(recorded) = website.registration.expires else {
        return (
            Outcome::CouldNotRun,
            Detail::new("whois-expiry-not-recorded")
                .arg("registry", registry)
                .arg("server", &record.server),
        );
    };
    if recorded == registry {
        return (
            Outcome::Passed,
            Detail::new("whois-expiry-ok")
                .arg("registry", registry)
                .arg("server", &record.server),
        );
    }
    findings.push(
        Finding::new(
            "WHOIS_EXPIRY_DIFFERS",
            Severity::Warning,
            format!("websites[{i}].registration.expires"),
        )
        .arg("registry", registry)
        .arg("recorded", recorded),
    );
    (
        Outcome::Failed,
        Detail::new("whois-expiry-differs")
            .arg("registry", registry)
            .arg("recorded", recorded)
            .arg("server", &record.server),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subject_number_or_our_website_number_counts() {
        let n = "京ICP备2026012345号-1";
        assert_eq!(find_icp("©2026京ICP备2026012345号-1", n), IcpShown::Ours);
        assert_eq!(find_icp("京ICP备2026012345号", n), IcpShown::Ours);
        assert_eq!(find_icp("京icp备2026012345号-1", n), IcpShown::Ours);
        assert_eq!(
            find_icp("京ICP备2026012345号-12", n),
            IcpShown::Other("京icp备2026012345号-12".into())
        );
        assert_eq!(find_icp("京ICP备2026054321号-1", n), IcpShown::Nothing);
        // A subject number recorded alone accepts any website number of it.
        assert_eq!(
            find_icp("京ICP备2026012345号-3", "京ICP备2026012345号"),
            IcpShown::Ours
        );
    }

    #[test]
    fn urls_come_from_the_footer_url_or_the_domain() {
        let mut w = Website::default();
        assert!(homepage_urls(&w, None).is_empty());
        assert_eq!(
            homepage_urls(&w, Some("example.cn")),
            vec![
                "https://example.cn/".to_string(),
                "http://example.cn/".to_string()
            ]
        );
        w.footer.url = Some("http://www.example.cn/index.html".into());
        assert_eq!(
            homepage_urls(&w, Some("example.cn")),
            vec!["http://www.example.cn/index.html".to_string()]
        );
    }
}
