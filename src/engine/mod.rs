//! The check engine: application + rules + now → findings and deadlines. Pure: no terminal,
//! no files, no clock of its own. The TUI steps and `icp-tui check` show the same results.

mod finding;

pub use finding::{Deadline, DeadlineKind, Finding, Severity};

use crate::model::{Application, Instant};
use crate::rules::{DocumentRule, Rules};

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

    /// Findings about one field or anything below it (`websites[0]` covers its domain).
    pub fn for_field<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings.iter().filter(move |f| {
            f.field == prefix
                || f.field.starts_with(&format!("{prefix}."))
                || f.field.starts_with(&format!("{prefix}["))
        })
    }
}

/// Checks an application against the rules as of `now`.
pub fn check(app: &Application, rules: &Rules, now: &Instant) -> Report {
    let _ = (app, rules, now);
    Report::default()
}

/// One document of the checklist for this application.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistItem<'r> {
    pub rule: &'r DocumentRule,
    /// Required by the current answers. `false` for a ticked item that the answers no longer
    /// require: it is shown as such, never dropped.
    pub required: bool,
    pub done: bool,
    pub file: Option<String>,
    pub note: Option<String>,
}

/// The document checklist: what this subject, in this province, with this content, needs.
pub fn checklist<'r>(app: &Application, rules: &'r Rules) -> Vec<ChecklistItem<'r>> {
    let _ = (app, rules);
    Vec::new()
}

/// The real-name consistency items of one website's domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DomainItem {
    ApprovedTld,
    Registrar,
    RealNameVerified,
    RegistrantMatches,
    Validity,
    OneDomainPerSite,
    NotDuplicate,
    VerificationSettled,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    /// Passed only after treating full-width/half-width forms, brackets, spaces or case as equal.
    PassedAfterNormalizing,
    Failed(Finding),
    /// Not answered yet.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainCheck {
    pub item: DomainItem,
    pub outcome: Outcome,
}

/// The domain step's list for `websites[index]`.
pub fn domain_checks(
    app: &Application,
    index: usize,
    rules: &Rules,
    now: &Instant,
) -> Vec<DomainCheck> {
    let _ = (app, index, rules, now);
    Vec::new()
}
