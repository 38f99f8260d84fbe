//! The check engine: application + rules + now → findings and deadlines. Pure: no terminal,
//! no files, no clock of its own. The TUI steps and `icp-tui check` show the same results.
//!
//! One file per area; each pushes findings for what is answered and stays silent about
//! what is not (a missing field is "not answered yet", never a broken rule).

mod access;
mod address;
mod answers;
mod apps;
mod changes;
mod checklist;
mod codes;
mod contacts;
mod context;
mod deadlines;
mod domains;
mod finding;
mod leaders;
mod notices;
mod progress;
pub mod readiness;
pub mod registrant;
pub mod scans;
mod subject;
pub mod tracker;
pub mod urgency;
mod verdict;
mod websites;
pub mod workdays;

pub use answers::{is_ready, missing_answers, require_complete, required_answers};
pub use apps::{FileFacts, IconFact, IconFacts};
pub use checklist::{
    ChecklistItem, ChecklistReason, checklist, checklist_on, checklist_with_scans, flags,
};
pub use codes::{CODES, ONLINE_CODES, severity_of};
pub use deadlines::deadline_basis;
pub use domains::{Basis, DomainCheck, DomainItem, Outcome, domain_checks};
pub use finding::{Deadline, DeadlineKind, Finding, Severity};
pub use verdict::{Verdict, verdict};

use crate::model::{Application, Instant};
use crate::rules::Rules;

use context::Ctx;

/// Everything the engine says about one application.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Sorted by severity, then field.
    pub findings: Vec<Finding>,
    /// Sorted by due date (most urgent first).
    pub deadlines: Vec<Deadline>,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// Findings about one field or anything below it (`websites[0]` covers its domain).
    pub fn for_field<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings.iter().filter(move |f| {
            f.field == prefix
                || f.field.starts_with(&format!("{prefix}."))
                || f.field.starts_with(&format!("{prefix}["))
        })
    }

    /// Whether some finding has this code.
    pub fn has(&self, code: &str) -> bool {
        self.findings.iter().any(|f| f.code == code)
    }
}

/// Checks an application against the rules as of `now`. File facts (app icons, scans) are not
/// known here: such checks say they could not be made (see [`check_with_files`]).
pub fn check(app: &Application, rules: &Rules, now: &Instant) -> Report {
    check_with_files(app, rules, now, &FileFacts::new())
}

/// As [`check`], with what the caller found on disk about the files the application names.
pub fn check_with_files(
    app: &Application,
    rules: &Rules,
    now: &Instant,
    files: &FileFacts,
) -> Report {
    let ctx = Ctx::new(app, rules, now);
    let mut findings = Vec::new();
    subject::check(&ctx, &mut findings);
    contacts::check(&ctx, &mut findings);
    address::check(&ctx, &mut findings);
    leaders::check(&ctx, &mut findings);
    websites::check(&ctx, &mut findings);
    domains::check(&ctx, &mut findings);
    access::check(&ctx, &mut findings);
    progress::check(&ctx, &mut findings);
    notices::check(&ctx, &mut findings);
    changes::check(&ctx, &mut findings);
    apps::check(&ctx, files, &mut findings);
    checklist::check(app, rules, ctx.today, &files.scans, &mut findings);
    answers::check(app, &mut findings);
    findings.sort_by(|a, b| (a.severity, &a.field, a.code).cmp(&(b.severity, &b.field, b.code)));
    findings.dedup();
    Report {
        findings,
        deadlines: deadlines::collect(&ctx),
    }
}

#[cfg(test)]
mod tests;
