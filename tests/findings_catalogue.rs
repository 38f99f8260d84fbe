//! Every finding code is documented and has its message and fix in every language.

use icp_tui::engine::{CODES, DeadlineKind, ONLINE_CODES};
use icp_tui::i18n::{Lang, Localizer};

#[test]
fn every_code_is_in_docs_findings_md() {
    let docs = include_str!("../docs/findings.md");
    for (code, severity) in CODES.iter().chain(ONLINE_CODES) {
        let row = docs
            .lines()
            .find(|l| l.starts_with(&format!("| `{code}` |")))
            .unwrap_or_else(|| panic!("docs/findings.md lacks {code}"));
        assert!(row.contains(severity.as_str()), "{code}: severity in docs");
    }
}

#[test]
fn every_code_and_deadline_has_messages() {
    for lang in Lang::ALL {
        let tr = Localizer::new(lang);
        for (code, severity) in CODES.iter().chain(ONLINE_CODES) {
            for id in [format!("finding-{code}"), format!("finding-{code}-fix")] {
                assert!(tr.has(&id), "{}: {id}", lang.tag());
            }
            assert!(tr.has(&format!("severity-{}", severity.as_str())));
        }
        for kind in DeadlineKind::ALL.iter().copied() {
            assert!(tr.has(&format!("deadline-{}", kind.as_str())), "{kind:?}");
        }
    }
}
