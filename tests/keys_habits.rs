//! The habits of the terminal, as key events go in: `?` and `q` where nothing is typed, j/k
//! and PgUp/PgDn in the list; and the nearest cases, where a field takes the letters.

mod common;

use common::*;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use icp_tui::app::action::{Action, Command, Edit};
use icp_tui::app::action_for_event;
use icp_tui::app::state::{Overlay, Screen, State};
use icp_tui::app::update::start;
use icp_tui::i18n::Lang;
use icp_tui::model::Step;

fn press(state: &State, code: KeyCode) -> Option<Action> {
    action_for_event(state, &Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn list_of(n: usize) -> State {
    let entries = (0..n)
        .map(|i| entry(&format!("a{i:02}"), app(&format!("A{i}"), None)))
        .collect();
    state_with(entries, Lang::EnUs)
}

fn selected(state: &State) -> usize {
    match &state.screen {
        Screen::List(list) => list.selected,
        Screen::Wizard(_) => panic!("not the list"),
    }
}

fn key_run(state: &mut State, code: KeyCode) {
    let action = press(state, code).unwrap_or_else(|| panic!("{code:?} does nothing"));
    run(state, [action]);
}

#[test]
fn j_k_and_pages_move_in_the_list() {
    let mut state = list_of(30);
    key_run(&mut state, KeyCode::Char('j'));
    key_run(&mut state, KeyCode::Char('j'));
    assert_eq!(selected(&state), 2);
    key_run(&mut state, KeyCode::Char('k'));
    assert_eq!(selected(&state), 1);
    key_run(&mut state, KeyCode::PageDown);
    let paged = selected(&state);
    assert!(paged > 1, "{paged}");
    key_run(&mut state, KeyCode::PageUp);
    assert_eq!(selected(&state), 1);
}

#[test]
fn question_mark_opens_help_and_q_quits_in_the_wizard_when_nothing_is_typed() {
    let mut state = list_of(1);
    start(&mut state, Some("a00"), &now());
    while state.wizard().unwrap().step != Step::Review {
        run(&mut state, [cmd(Command::NextStep)]);
    }
    assert_eq!(
        press(&state, KeyCode::Char('?')),
        Some(cmd(Command::ToggleHelp))
    );
    key_run(&mut state, KeyCode::Char('?'));
    assert!(matches!(state.overlay, Some(Overlay::Help)));
    key_run(&mut state, KeyCode::Char('?'));
    assert!(state.overlay.is_none());
    assert_eq!(press(&state, KeyCode::Char('q')), Some(cmd(Command::Quit)));
}

#[test]
fn in_a_text_field_the_letters_are_typed() {
    let mut state = list_of(1);
    start(&mut state, Some("a00"), &now());
    // The province step opens with its search field focused.
    assert_eq!(state.wizard().unwrap().step, Step::Province);
    for c in ['?', 'q', 'j', 'k'] {
        assert_eq!(
            press(&state, KeyCode::Char(c)),
            Some(Edit::Char(c).into()),
            "{c}"
        );
    }
}
