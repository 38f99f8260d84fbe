//! The step bar names every step at 80 columns in both languages, and a stray Esc asks
//! before it drops half-typed or unsaved work (y leaves, n or Esc stays).

mod common;

use common::*;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use icp_tui::app::action::{Action, Command};
use icp_tui::app::action_for_event;
use icp_tui::app::state::{Overlay, Screen, State};
use icp_tui::app::update::start;
use icp_tui::app::view;
use icp_tui::i18n::{Lang, Localizer};
use icp_tui::model::Step;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn at(step: Step, lang: Lang) -> State {
    let mut a = app("", Some("beijing"));
    a.meta.step = Some(step);
    let mut state = state_with(vec![entry("a", a)], lang);
    start(&mut state, Some("a"), &now());
    state
}

fn top_rows(state: &State, width: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, 24)).unwrap();
    let tr = Localizer::new(state.lang);
    terminal
        .draw(|frame| view::draw(frame, state, &tr))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..3 {
        let mut x = 0;
        while x < width {
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
        }
        out.push('\n');
    }
    out
}

fn press(state: &mut State, code: KeyCode) {
    let action = action_for_event(state, &Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
        .unwrap_or_else(|| panic!("{code:?} does nothing"));
    run(state, [action]);
}

fn on_list(state: &State) -> bool {
    matches!(state.screen, Screen::List(_))
}

#[test]
fn every_step_has_a_name_at_80_columns() {
    let short = [
        (
            Lang::EnUs,
            [
                "Prov", "Subject", "Sites", "Apps", "Host", "Docs", "Dom", "Due", "After", "Rev",
            ],
        ),
        (
            Lang::ZhCn,
            [
                "省份",
                "主体",
                "网站",
                "应用",
                "接入",
                "材料",
                "域名",
                "期限",
                "备案后",
                "检查",
            ],
        ),
    ];
    for (lang, names) in short {
        let bar = top_rows(&at(Step::Subject, lang), 80);
        for (i, name) in names.iter().enumerate() {
            let label = format!("{} {name}", i + 1);
            assert!(bar.contains(&label), "{lang:?}: {label} in\n{bar}");
        }
    }
    // The nearest case: wide enough for the full names, they are shown in full.
    let bar = top_rows(&at(Step::Subject, Lang::EnUs), 160);
    assert!(
        bar.contains(" 1 Province ") && bar.contains(" 9 After approval "),
        "{bar}"
    );
}

#[test]
fn esc_with_nothing_pending_goes_back_at_once() {
    let mut state = at(Step::Subject, Lang::EnUs);
    // The runtime saves after every change; here nothing was changed.
    press(&mut state, KeyCode::Esc);
    assert!(on_list(&state));
}

#[test]
fn esc_with_a_value_left_invalid_asks_and_esc_again_stays() {
    let mut state = at(Step::Subject, Lang::EnUs);
    run(&mut state, vec![cmd(Command::NextField); 4]);
    run(&mut state, typed("2035-02-30"));
    run(&mut state, [cmd(Command::NextField)]);
    // The date stays as a draft ("February has 28 days"): Esc asks.
    press(&mut state, KeyCode::Esc);
    assert!(matches!(state.overlay, Some(Overlay::ConfirmLeave)));
    press(&mut state, KeyCode::Esc);
    assert!(state.overlay.is_none());
    assert!(!on_list(&state));
    press(&mut state, KeyCode::Esc);
    press(&mut state, KeyCode::Char('n'));
    assert!(!on_list(&state));
    press(&mut state, KeyCode::Esc);
    press(&mut state, KeyCode::Char('y'));
    assert!(on_list(&state));
}

#[test]
fn esc_after_a_save_that_did_not_happen_saves_first_without_asking() {
    let mut state = at(Step::Subject, Lang::ZhCn);
    run(&mut state, [cmd(Command::NextField)]);
    run(&mut state, typed("张三"));
    // No runtime saved it: the wizard still counts it as unsaved.
    assert!(state.wizard().unwrap().unsaved);
    run(&mut state, [Action::Command(Command::NextField)]);
    // Nothing half-typed is lost, so no question: the change is saved and the runtime leaves
    // only once that worked (tests/saving.rs).
    let effects = run(&mut state, [cmd(Command::Back)]);
    assert!(state.overlay.is_none());
    assert_eq!(
        effects.last(),
        Some(&icp_tui::app::effect::Effect::LeaveIfSaved)
    );
}
