//! Whether a filing is ready to submit: one verdict, from the engine's report, for Review,
//! `check --complete` and anything else that says "ready".

use super::{Report, Severity};

/// The verdict, with the first reason that holds (errors before missing answers before
/// documents before points that could not be confirmed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Not ready: this many errors.
    Errors(usize),
    /// Not ready: this many required answers are missing (APPLICATION_INCOMPLETE).
    MissingAnswers(usize),
    /// Not ready: required documents are not ticked (CHECKLIST_INCOMPLETE).
    DocumentsMissing,
    /// Nothing required is missing and no error remains, but this many points could not be
    /// confirmed: every warning (each "?" check among them) and an unknown registrar.
    Unconfirmed(usize),
    Ready,
}

impl Verdict {
    /// Nothing stops the submission (points to read first may remain).
    pub fn is_ready(self) -> bool {
        matches!(self, Verdict::Ready | Verdict::Unconfirmed(_))
    }
}

/// The verdict of a checked filing. The engine reports APPLICATION_INCOMPLETE exactly when
/// `missing_answers` is not empty, with their count, so the report alone decides.
pub fn verdict(report: &Report) -> Verdict {
    let errors = report.count(Severity::Error);
    if errors > 0 {
        return Verdict::Errors(errors);
    }
    if let Some(f) = report
        .findings
        .iter()
        .find(|f| f.code == "APPLICATION_INCOMPLETE")
    {
        let count = f
            .args
            .iter()
            .find(|(name, _)| *name == "count")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(1);
        return Verdict::MissingAnswers(count);
    }
    if report.has("CHECKLIST_INCOMPLETE") {
        return Verdict::DocumentsMissing;
    }
    let open = report.count(Severity::Warning) + usize::from(report.has("REGISTRAR_UNKNOWN"));
    if open > 0 {
        Verdict::Unconfirmed(open)
    } else {
        Verdict::Ready
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Finding;

    fn report(findings: &[(&'static str, Severity)]) -> Report {
        Report {
            findings: findings
                .iter()
                .map(|(code, s)| Finding::new(code, *s, "").arg("count", 4))
                .collect(),
            deadlines: Vec::new(),
        }
    }

    #[test]
    fn the_first_reason_that_holds_decides() {
        use Severity::*;
        assert_eq!(verdict(&report(&[])), Verdict::Ready);
        assert_eq!(
            verdict(&report(&[("REGISTRAR_UNKNOWN", Info)])),
            Verdict::Unconfirmed(1)
        );
        // An info that is not about confirmation leaves the filing ready.
        assert_eq!(
            verdict(&report(&[("ICP_NOT_ISSUED", Info)])),
            Verdict::Ready
        );
        assert_eq!(
            verdict(&report(&[("X", Warning), ("CHECKLIST_INCOMPLETE", Info)])),
            Verdict::DocumentsMissing
        );
        assert_eq!(
            verdict(&report(&[
                ("APPLICATION_INCOMPLETE", Info),
                ("CHECKLIST_INCOMPLETE", Info)
            ])),
            Verdict::MissingAnswers(4)
        );
        assert_eq!(
            verdict(&report(&[("X", Error), ("APPLICATION_INCOMPLETE", Info)])),
            Verdict::Errors(1)
        );
        assert!(Verdict::Unconfirmed(2).is_ready());
        assert!(!Verdict::DocumentsMissing.is_ready());
    }
}
