//! Findings and deadlines: what the engine says about an application.

use serde::Serialize;

use crate::model::{Date, Instant};

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Blocks the filing.
    Error,
    /// Risks a rejection.
    Warning,
    /// Advice.
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One thing the engine found. The message is built from `code` and `args` in the UI
/// language (Fluent ids `finding-<CODE>` and `finding-<CODE>-fix`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Stable code such as `DOMAIN_REGISTRANT_MISMATCH` (docs/findings.md lists them all).
    pub code: &'static str,
    pub severity: Severity,
    /// Dotted path of the field it concerns: `websites[0].registration.registrant`.
    pub field: String,
    /// Values for the message: (Fluent variable, value).
    pub args: Vec<(&'static str, String)>,
}

impl Finding {
    pub fn new(code: &'static str, severity: Severity, field: impl Into<String>) -> Finding {
        Finding {
            code,
            severity,
            field: field.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Finding {
        self.args.push((name, value.to_string()));
        self
    }
}

/// Something with a date that must not be missed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// The instance's subscription ends: a lapsed instance gets the filing cancelled.
    AccessSubscription,
    /// A website's domain registration ends.
    DomainExpiry,
    /// The subject's certificate (ID card, licence) expires.
    CertificateExpiry,
    /// A leader's ID document expires.
    LeaderIdExpiry,
    /// The MIIT verification text message must be answered within its window.
    SmsVerification,
    /// The administration's review should be over (working days, holidays excluded).
    AdministrationReview,
    /// Public-security filing is due 30 days after the site opens.
    PsbFiling,
    /// Real-name data needs working days to reach the administration before submitting.
    RealNameSync,
    /// An open rectification or verification notice's deadline.
    Notice,
    /// The last day to file a planned change (Order 33 Art. 14: 30 days ahead).
    ChangeFiling,
    /// The PSB number and badge go on the homepage within 30 days of the PSB filing.
    PsbBadge,
}

impl DeadlineKind {
    pub const ALL: &'static [DeadlineKind] = &[
        DeadlineKind::AccessSubscription,
        DeadlineKind::DomainExpiry,
        DeadlineKind::CertificateExpiry,
        DeadlineKind::LeaderIdExpiry,
        DeadlineKind::SmsVerification,
        DeadlineKind::AdministrationReview,
        DeadlineKind::PsbFiling,
        DeadlineKind::RealNameSync,
        DeadlineKind::Notice,
        DeadlineKind::ChangeFiling,
        DeadlineKind::PsbBadge,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineKind::AccessSubscription => "access_subscription",
            DeadlineKind::DomainExpiry => "domain_expiry",
            DeadlineKind::CertificateExpiry => "certificate_expiry",
            DeadlineKind::LeaderIdExpiry => "leader_id_expiry",
            DeadlineKind::SmsVerification => "sms_verification",
            DeadlineKind::AdministrationReview => "administration_review",
            DeadlineKind::PsbFiling => "psb_filing",
            DeadlineKind::RealNameSync => "real_name_sync",
            DeadlineKind::Notice => "notice",
            DeadlineKind::ChangeFiling => "change_filing",
            DeadlineKind::PsbBadge => "psb_badge",
        }
    }
}

/// A dated obligation, for the countdown and `icp-tui check`'s `deadlines`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub kind: DeadlineKind,
    /// The field the date comes from (`access.subscription_end`, `websites[1].registration.expires`).
    pub field: String,
    /// The day it falls due (in China).
    pub due: Date,
    /// For windows counted in hours (the SMS window): the exact moment.
    pub due_at: Option<Instant>,
    /// Whole days from today to `due` (negative when past).
    pub days_left: i64,
    /// When the clock started, for progress gauges.
    pub started: Option<Date>,
    /// A working-day count ran through this year, whose holidays are not published yet:
    /// the date is an estimate (weekends only skipped there).
    pub assumed_year: Option<i16>,
}
