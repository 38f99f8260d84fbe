//! What the user sees: every screen rendered into a TestBackend in both languages, at
//! 80x24 (the smallest supported terminal) and 120x40.

mod common;

use common::*;
use icp_tui::app::action::Command;
use icp_tui::app::state::State;
use icp_tui::app::update::start;
use icp_tui::app::view;
use icp_tui::i18n::{Lang, Localizer};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Position;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn render(state: &State, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let tr = Localizer::new(state.lang);
    terminal
        .draw(|frame| view::draw(frame, state, &tr))
        .unwrap();
    terminal
}

fn snapshot(name: &str, state: &State) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(
            format!("{name}_{}_{w}x{h}", state.lang.tag()),
            drawn(state, w, h)
        );
    }
}

fn both_languages(build: impl Fn(Lang) -> State, name: &str) {
    for lang in Lang::ALL {
        snapshot(name, &build(lang));
    }
}

fn sample_entries() -> Vec<icp_tui::app::state::Entry> {
    let mut notes = app("张三的技术笔记", Some("beijing"));
    notes.subject.name = Some("张三".into());
    let mut shop = app("", Some("44"));
    shop.meta.title = None;
    shop.subject.name = Some("北京星河科技有限公司".into());
    vec![
        entry("20261120-001", notes),
        entry("20261121-001", shop),
        unreadable("20261101-003"),
    ]
}

#[test]
fn application_list() {
    both_languages(|lang| state_with(sample_entries(), lang), "list");
}

#[test]
fn application_list_with_an_unreadable_file_selected() {
    both_languages(
        |lang| {
            let mut state = state_with(sample_entries(), lang);
            run(&mut state, [cmd(Command::Last)]);
            state
        },
        "list_unreadable",
    );
}

#[test]
fn application_list_empty() {
    both_languages(|lang| State::new(lang, vec![], true), "list_empty");
}

#[test]
fn province_step_unfiltered() {
    both_languages(
        |lang| {
            let mut state = state_with(sample_entries(), lang);
            start(&mut state, Some("20261120-001"), &now());
            state
        },
        "province",
    );
}

#[test]
fn province_step_filtered_in_chinese() {
    both_languages(
        |lang| {
            let mut state = state_with(sample_entries(), lang);
            start(&mut state, Some("20261121-001"), &now());
            run(&mut state, typed("广"));
            state
        },
        "province_filtered",
    );
}

#[test]
fn province_step_without_match() {
    both_languages(
        |lang| {
            let mut state = state_with(sample_entries(), lang);
            start(&mut state, Some("20261121-001"), &now());
            run(&mut state, typed("xyz"));
            state
        },
        "province_no_match",
    );
}

#[test]
fn help_overlay() {
    both_languages(
        |lang| {
            let mut state = state_with(sample_entries(), lang);
            start(&mut state, Some("20261120-001"), &now());
            run(&mut state, [cmd(Command::ToggleHelp)]);
            state
        },
        "help",
    );
}

#[test]
fn delete_confirmation() {
    both_languages(
        |lang| {
            let mut state = state_with(sample_entries(), lang);
            run(&mut state, [cmd(Command::Delete)]);
            state
        },
        "delete",
    );
}

#[test]
fn the_real_cursor_sits_after_typed_chinese() {
    let mut state = state_with(sample_entries(), Lang::EnUs);
    start(&mut state, Some("20261121-001"), &now());
    run(&mut state, typed("广东"));
    let mut terminal = render(&state, 80, 24);
    let _ = &mut terminal;
    // The filter line is the first body line after the title, step bar and intro.
    let label = Localizer::new(Lang::EnUs).t("province-filter");
    let x = 1 + unicode_width::UnicodeWidthStr::width(format!("{label}: ").as_str()) as u16 + 4;
    let position = terminal.get_cursor_position().unwrap();
    assert_eq!(position, Position::new(x, position.y));
    let buffer = terminal.backend().buffer();
    let mut row = String::new();
    let mut col = 0;
    while col < 80 {
        let symbol = buffer[(col, position.y)].symbol();
        row.push_str(symbol);
        // A wide character covers the next cell too.
        col += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
    }
    assert!(row.contains("广东"), "{row}");
}

#[test]
fn rename_prompt() {
    both_languages(
        |lang| {
            let mut state = state_with(sample_entries(), lang);
            run(&mut state, [cmd(Command::Rename)]);
            run(&mut state, typed("（草稿）"));
            state
        },
        "rename",
    );
}

#[test]
fn read_only_refuses_an_edit_in_the_status_line() {
    both_languages(
        |lang| {
            let mut state = State::new(lang, sample_entries(), true);
            run(&mut state, [cmd(Command::New)]);
            state
        },
        "read_only_refused",
    );
}
