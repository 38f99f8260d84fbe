//! Unit tests of the engine as a whole; per-code tests live in tests/engine_findings.rs.

use super::*;
use crate::model::{Application, Instant};

fn now() -> Instant {
    Instant::parse("2026-11-22T12:00:00+08:00").unwrap()
}

#[test]
fn an_empty_application_only_lacks_answers_and_the_documents_every_filing_needs() {
    let app = Application::new("empty", now());
    let report = check(&app, Rules::builtin(), &now());
    let codes: Vec<_> = report.findings.iter().map(|f| f.code).collect();
    assert_eq!(codes, ["APPLICATION_INCOMPLETE", "CHECKLIST_INCOMPLETE"]);
    assert!(report.deadlines.is_empty());
}

#[test]
fn codes_are_unique_and_upper_snake_case() {
    let mut seen = std::collections::BTreeSet::new();
    for (code, _) in CODES {
        assert!(seen.insert(*code), "{code} listed twice");
        assert!(
            code.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'),
            "{code}"
        );
    }
}

#[test]
fn domain_checks_of_a_missing_website_are_empty() {
    let app = Application::new("empty", now());
    assert!(domain_checks(&app, 3, Rules::builtin(), &now()).is_empty());
}

#[test]
fn domain_checks_list_every_item_once_unknown_when_unanswered() {
    let mut app = Application::new("x", now());
    app.websites.push(Default::default());
    let checks = domain_checks(&app, 0, Rules::builtin(), &now());
    let items: Vec<_> = checks.iter().map(|c| c.item).collect();
    assert_eq!(items, DomainItem::ALL);
    assert!(checks.iter().all(|c| c.outcome == Outcome::Unknown));
}
