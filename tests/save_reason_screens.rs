//! A save the system refused, on screen: the status line after a failed save and the quit
//! message give the reason in the user's language (report::save_reason), at 80x24.

mod common;

use common::*;
use icp_tui::app::state::{Flash, State};
use icp_tui::app::update::start;
use icp_tui::app::view;
use icp_tui::i18n::{Lang, Localizer};
use icp_tui::profile::{ProfileError, ProfileErrorKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn denied() -> ProfileError {
    ProfileError {
        kind: ProfileErrorKind::NotWritable,
        path: "/profile/applications/a.toml".into(),
        source: Some(std::io::Error::from(std::io::ErrorKind::PermissionDenied)),
    }
}

fn screen(state: &State) -> (String, TestBackend) {
    let tr = Localizer::new(state.lang);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| view::draw(frame, state, &tr))
        .unwrap();
    let backend = terminal.backend().clone();
    (format!("{backend}"), backend)
}

#[test]
fn a_refused_save_says_why_in_the_users_language() {
    for lang in Lang::ALL {
        for id in ["save-failed", "quit-save-failed"] {
            let mut state = state_with(vec![entry("a", app("A", None))], lang);
            start(&mut state, Some("a"), &now());
            let reason = icp_tui::report::save_reason(&denied(), &Localizer::new(lang));
            state.flash = Some(Flash::error(
                id,
                vec![("file", "a.toml".into()), ("reason", reason)],
            ));
            let (text, backend) = screen(&state);
            assert!(text.contains("chmod"), "{text}");
            assert!(!text.contains("os error"), "{text}");
            if lang == Lang::ZhCn {
                assert!(text.contains("权限"), "{text}");
            }
            insta::assert_snapshot!(
                format!("{id}_permission_denied_{}_80x24", lang.tag()),
                backend
            );
        }
    }
}
