//! Online checks, only when asked (`icp-tui check --online`): the live homepage's footer,
//! the domain's DNS and the registry's WHOIS record, compared with the application.
//!
//! The engine does not depend on this module; it produces findings of the engine's
//! `Finding` type plus one outcome per check (passed / failed / could not run, and why).
//! Nothing here runs, resolves or connects unless `run` is called. Every socket has a
//! timeout. When nothing on the network answered at all, every check says it could not
//! run; an unanswered question never becomes a pass or a finding.

mod compare;
pub mod dns;
pub mod html;
pub mod http;
mod options;
pub mod report;
pub mod whois;

use crate::engine::Finding;
use crate::model::{Application, Date};

pub use options::{Options, OptionsError, Pin, Pins, ServerAddr, parse_dns_server, parse_timeout};

/// Which online check a result is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CheckKind {
    /// The homepage answers (HTTPS, then HTTP).
    Site,
    /// The homepage shows the ICP number, linked to beian.miit.gov.cn.
    FooterIcp,
    /// The homepage shows the recorded PSB number.
    FooterPsb,
    /// The domain resolves, to the recorded instance address when one is given.
    Dns,
    /// The registry's registrant equals the filing subject.
    WhoisRegistrant,
    /// The registry's expiry date equals `registration.expires`.
    WhoisExpiry,
}

impl CheckKind {
    pub const ALL: [CheckKind; 6] = [
        CheckKind::Site,
        CheckKind::FooterIcp,
        CheckKind::FooterPsb,
        CheckKind::Dns,
        CheckKind::WhoisRegistrant,
        CheckKind::WhoisExpiry,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CheckKind::Site => "site",
            CheckKind::FooterIcp => "footer_icp",
            CheckKind::FooterPsb => "footer_psb",
            CheckKind::Dns => "dns",
            CheckKind::WhoisRegistrant => "whois_registrant",
            CheckKind::WhoisExpiry => "whois_expiry",
        }
    }
}

/// How one check ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    Failed,
    /// Not made: offline, no answer, a redacted record, nothing recorded to compare with.
    CouldNotRun,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Failed => "failed",
            Outcome::CouldNotRun => "could_not_run",
        }
    }

    /// ✓, ✗ or ? (none of them East-Asian ambiguous).
    pub fn symbol(self) -> &'static str {
        match self {
            Outcome::Passed => "✓",
            Outcome::Failed => "✗",
            Outcome::CouldNotRun => "?",
        }
    }
}

/// What a result says, as a Fluent message `online-<id>` with its variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detail {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Detail {
    pub fn new(id: &'static str) -> Detail {
        Detail {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Detail {
        self.args.push((name, value.to_string()));
        self
    }
}

/// One check of one website.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckResult {
    pub kind: CheckKind,
    /// Index into `websites`.
    pub website: usize,
    /// The domain as recorded (empty when none is).
    pub domain: String,
    pub outcome: Outcome,
    pub detail: Detail,
}

/// What the registry says about a website's domain, for offering it to the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LookedUp {
    pub website: usize,
    pub registrant: Option<String>,
    pub expires: Option<Date>,
}

/// Everything the online checks found for one application.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OnlineReport {
    /// Findings of the FOOTER_/DNS_/SITE_/WHOIS_ codes (`engine::ONLINE_CODES`).
    pub findings: Vec<Finding>,
    /// One result per check and website, in website order, then `CheckKind` order.
    pub checks: Vec<CheckResult>,
    /// Values read from WHOIS that the user may copy into the application.
    pub looked_up: Vec<LookedUp>,
}

impl OnlineReport {
    /// Adds the findings to an engine report, keeping the engine's order.
    pub fn merge_into(&self, report: &mut crate::engine::Report) {
        report.findings.extend(self.findings.iter().cloned());
        report
            .findings
            .sort_by(|a, b| (a.severity, &a.field, a.code).cmp(&(b.severity, &b.field, b.code)));
        report.findings.dedup();
    }
}

/// Runs every online check of an application. Blocking; each website's three probes run on
/// their own threads. Only called when the user asked for it.
pub fn run(app: &Application, options: &Options) -> OnlineReport {
    run_with_progress(app, options, &|_, _| {})
}

/// How many probes `run` makes (one per homepage, DNS and WHOIS question).
pub fn planned(app: &Application) -> usize {
    app.websites.iter().map(compare::planned).sum()
}

/// `run`, calling `progress(done, total)` each time a probe (homepage, DNS, WHOIS of one
/// website) has its answer.
pub fn run_with_progress(
    app: &Application,
    options: &Options,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> OnlineReport {
    let total = planned(app);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let tick = || {
        let n = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        progress(n, total);
    };
    let tick: &(dyn Fn() + Sync) = &tick;
    let probes: Vec<compare::Probes> = std::thread::scope(|scope| {
        let handles: Vec<_> = app
            .websites
            .iter()
            .enumerate()
            .map(|(index, website)| {
                scope.spawn(move || compare::probe(index, website, options, tick))
            })
            .collect();
        handles
            .into_iter()
            .enumerate()
            .map(|(index, h)| {
                h.join()
                    .unwrap_or_else(|_| compare::Probes::failed_thread(index))
            })
            .collect()
    });
    // "Every connection refused" is offline: without one answer from anything, nothing
    // we saw says anything about the site.
    let online = probes.iter().any(compare::Probes::heard_anything);
    let mut report = OnlineReport::default();
    for p in &probes {
        compare::judge(app, p, online, &mut report);
    }
    report
}
