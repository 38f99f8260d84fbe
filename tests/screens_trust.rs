//! Screens of the trust work: a file the system would not let icp-tui read, in both
//! languages at 80x24.

mod common;

use common::*;
use icp_tui::app::state::{Entry, State, Unreadable};
use icp_tui::app::update::start;
use icp_tui::app::view;
use icp_tui::i18n::{Lang, Localizer};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn screen(state: &State) -> (String, TestBackend) {
    let tr = Localizer::new(state.lang);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| view::draw(frame, state, &tr))
        .unwrap();
    let backend = terminal.backend().clone();
    let text = format!("{backend}");
    (text, backend)
}

#[test]
fn a_file_that_may_not_be_read_says_what_to_do_in_the_users_language() {
    for lang in [Lang::EnUs, Lang::ZhCn] {
        let denied = Entry {
            id: "20261101-003".into(),
            file: "/profile/applications/20261101-003.toml".into(),
            app: Err(Unreadable::Io {
                kind: std::io::ErrorKind::PermissionDenied,
                message: "Permission denied (os error 13)".into(),
            }),
        };
        let mut state = state_with(vec![denied], lang);
        start(&mut state, None, &now());
        let (text, backend) = screen(&state);
        assert!(!text.contains("os error"), "{text}");
        assert!(text.contains("chmod"), "{text}");
        insta::assert_snapshot!(
            format!("list_permission_denied_{}_80x24", lang.tag()),
            backend
        );
    }
}
