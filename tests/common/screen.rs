//! The screen as the snapshots hold it.

use icp_tui::app::state::State;
use icp_tui::app::view;
use icp_tui::i18n::Localizer;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// `state` drawn into a `width` x `height` TestBackend, as text: the backend's own display
/// (each row quoted, wide characters noted), the text insta compares.
pub fn drawn(state: &State, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let tr = Localizer::new(state.lang);
    terminal
        .draw(|frame| view::draw(frame, state, &tr))
        .unwrap();
    terminal.backend().to_string()
}
