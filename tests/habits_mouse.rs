//! The mouse through the Action path: the wheel moves as the arrows do, a click on a row of
//! the list selects that filing, a click on the step bar opens that step; a click elsewhere
//! does nothing.

mod common;

use common::*;
use crossterm::event::{Event, KeyModifiers, MouseEvent, MouseEventKind};
use icp_tui::app::action::Action;
use icp_tui::app::action_for_event;
use icp_tui::app::state::{Screen, State};
use icp_tui::app::update::start;
use icp_tui::app::view;
use icp_tui::i18n::{Lang, Localizer};
use icp_tui::model::Step;
use ratatui::layout::Rect;

const SCREEN: Rect = Rect::new(0, 0, 80, 24);

fn list_of(n: usize, lang: Lang) -> State {
    let entries = (0..n)
        .map(|i| entry(&format!("a{i:02}"), app(&format!("A{i}"), None)))
        .collect();
    state_with(entries, lang)
}

fn selected(state: &State) -> usize {
    match &state.screen {
        Screen::List(list) => list.selected,
        Screen::Wizard(_) => panic!("not the list"),
    }
}

fn wheel(state: &mut State, kind: MouseEventKind) {
    let event = Event::Mouse(MouseEvent {
        kind,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    });
    let action = action_for_event(state, &event).expect("the wheel does something");
    run(state, [action]);
}

fn click(state: &mut State, column: u16, row: u16) -> Option<Action> {
    let tr = Localizer::new(state.lang);
    let action = view::click(state, &tr, SCREEN, column, row);
    if let Some(action) = action.clone() {
        run(state, [action]);
    }
    action
}

#[test]
fn the_wheel_moves_the_selection() {
    let mut state = list_of(5, Lang::EnUs);
    wheel(&mut state, MouseEventKind::ScrollDown);
    wheel(&mut state, MouseEventKind::ScrollDown);
    assert_eq!(selected(&state), 2);
    wheel(&mut state, MouseEventKind::ScrollUp);
    assert_eq!(selected(&state), 1);
}

#[test]
fn a_click_on_a_row_selects_that_filing() {
    for lang in Lang::ALL {
        let mut state = list_of(5, lang);
        // Title bar, two heading lines, the filter line, the column titles: rows 0 to 4.
        let first_row = 5;
        click(&mut state, 20, first_row + 3);
        assert_eq!(selected(&state), 3, "{lang:?}");
        click(&mut state, 20, first_row);
        assert_eq!(selected(&state), 0, "{lang:?}");
        // The nearest cases: the column titles and the empty rows below select nothing.
        assert_eq!(click(&mut state, 20, first_row - 1), None);
        assert_eq!(click(&mut state, 20, first_row + 5), None);
        assert_eq!(selected(&state), 0);
    }
}

#[test]
fn a_click_follows_the_scrolled_table() {
    let mut state = list_of(40, Lang::EnUs);
    for _ in 0..30 {
        wheel(&mut state, MouseEventKind::ScrollDown);
    }
    assert_eq!(selected(&state), 30);
    // The table scrolled to show row 30 at its bottom: a click on its first row is not 0.
    let first_row = 5;
    click(&mut state, 20, first_row);
    let top = selected(&state);
    assert!(top > 0 && top < 30, "{top}");
}

#[test]
fn a_click_on_the_step_bar_opens_that_step() {
    for lang in Lang::ALL {
        let mut a = app("", Some("beijing"));
        a.meta.step = Some(Step::Subject);
        let mut state = state_with(vec![entry("a", a)], lang);
        start(&mut state, Some("a"), &now());
        // " 1 Prov 2 Subject 3 Sites …": column 1 is step 1's label.
        assert_eq!(
            click(&mut state, 1, 1),
            Some(Action::GoToStep(Step::Province))
        );
        assert_eq!(state.wizard().unwrap().step, Step::Province);
        // The blank row under the bar opens nothing.
        assert_eq!(click(&mut state, 1, 2), None);
        assert_eq!(state.wizard().unwrap().step, Step::Province);
    }
}

#[test]
fn a_click_on_a_field_focuses_it_and_reads_a_typed_date() {
    for lang in Lang::ALL {
        let mut a = app("", Some("beijing"));
        a.meta.step = Some(Step::Subject);
        let mut state = state_with(vec![entry("a", a)], lang);
        start(&mut state, Some("a"), &now());
        // Title bar, step bar and its blank line, the step's title: the form starts at row 4
        // (kind, name, document type, number, expiry date …).
        assert_eq!(click(&mut state, 30, 8), Some(Action::FocusField(4)));
        let focus = |s: &State| s.wizard().unwrap().subject.form.focus;
        assert_eq!(focus(&state), 4, "{lang:?}");
        run(&mut state, typed("2030/2/3"));
        // Clicking the name leaves the date field: the date is read.
        assert_eq!(click(&mut state, 30, 5), Some(Action::FocusField(1)));
        assert_eq!(focus(&state), 1);
        assert_eq!(
            state.wizard().unwrap().app.subject.certificate_expires,
            icp_tui::model::Date::new(2030, 2, 3)
        );
        // The nearest case: the step's title is no field.
        assert_eq!(click(&mut state, 30, 3), None);
        assert_eq!(focus(&state), 1);
    }
}
