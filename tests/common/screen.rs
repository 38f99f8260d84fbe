//! The screen as the snapshots hold it.

use icp_tui::app::action::Action;
use icp_tui::app::state::State;
use icp_tui::app::view;
use icp_tui::i18n::Localizer;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

/// `state` drawn into a `width` x `height` TestBackend, as text: the backend's own display
/// (each row quoted, wide characters noted), the text insta compares.
pub fn drawn(state: &State, width: u16, height: u16) -> String {
    terminal_with(state, width, height).backend().to_string()
}

/// A left click at `column`, `row` of an 80x24 screen, and the action it made done.
pub fn click(state: &mut State, column: u16, row: u16) -> Option<Action> {
    let tr = Localizer::new(state.lang);
    let action = view::click(state, &tr, Rect::new(0, 0, 80, 24), column, row);
    if let Some(action) = action.clone() {
        super::run(state, [action]);
    }
    action
}

/// insta's snapshot `{name}_{language}_80x24` of a state drawn at 80x24. A macro, so that the
/// snapshot file keeps the calling test file's name.
#[allow(unused_macros)]
macro_rules! snapshot_80x24 {
    ($name:expr, $state:expr) => {
        insta::assert_snapshot!(
            format!("{}_{}_80x24", $name, $state.lang.tag()),
            drawn($state, 80, 24)
        )
    };
}
#[allow(unused_imports)]
pub(crate) use snapshot_80x24;

/// The rows of `state` drawn at 80x24, as a user reads them (a wide character once).
pub fn screen_rows(state: &State) -> Vec<String> {
    let terminal = terminal_with(state, 80, 24);
    let buffer = terminal.backend().buffer();
    (0..24)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < 80 {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
            }
            row
        })
        .collect()
}

/// A `width` x `height` TestBackend with `state` drawn on it once.
fn terminal_with(state: &State, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let tr = Localizer::new(state.lang);
    terminal
        .draw(|frame| view::draw(frame, state, &tr))
        .unwrap();
    terminal
}
