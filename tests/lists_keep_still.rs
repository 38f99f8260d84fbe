//! Lists keep still: the list of filings, the Province step's list and a long form keep
//! their window where it is. A click under the top edge of a scrolled list selects without
//! moving it; ↑ through it scrolls only at the top edge; the filter or a heading above a
//! list selects nothing; a list made shorter by its filter clamps the window. At 80x24, in
//! both languages.

mod common;

use common::*;
use icp_tui::app::action::{Action, Command};
use icp_tui::app::state::{Screen, State};
use icp_tui::app::update::start;
use icp_tui::i18n::Lang;
use icp_tui::model::Step;
/// Keys pressed one by one, a frame drawn after each (as the terminal does).
fn keys(state: &mut State, command: Command, times: usize) {
    for _ in 0..times {
        run(state, [cmd(command)]);
        screen_rows(state);
    }
}

fn long_app() -> icp_tui::model::Application {
    use icp_tui::model::{App, AppKind, Platform, Website};
    let mut a = app("", Some("beijing"));
    a.websites.push(Website {
        name: Some("星河笔记官网".into()),
        domain: Some("xinghe.cn".into()),
        ..Website::default()
    });
    let mut x = App {
        kind: Some(AppKind::App),
        name: Some("星河笔记".into()),
        platforms: vec![Platform::Android, Platform::Ios, Platform::Harmonyos],
        ..App::default()
    };
    x.android.package = Some("cn.xinghe.notes".into());
    x.ios.bundle_id = Some("cn.xinghe.notes".into());
    x.ios.signature_sha1 = Some("A1B2C3D4E5F60718293A4B5C6D7E8F90".into());
    a.apps.push(x);
    a.meta.step = Some(Step::Apps);
    a
}

/// Screen rows `rows` with the selection's `>` taken out: what a click that only selects
/// leaves as it was.
fn unmarked(state: &State, rows: std::ops::Range<usize>) -> Vec<String> {
    screen_rows(state)[rows]
        .iter()
        .map(|r| left(r).replacen(" >", "  ", 1))
        .collect()
}

/// The first 40 columns of a row: the list, not the Province step's facts beside it.
fn left(row: &str) -> String {
    let mut width = 0;
    row.chars()
        .take_while(|c| {
            width += unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
            width <= 40
        })
        .collect()
}

/// The list of `rows` (screen rows, the first under the top edge) scrolled: a click on its
/// top row selects that row's item and nothing moves; ↓ inside moves only the selection; ↑
/// twice, past the top edge, scrolls by one row.
fn a_click_on_the_top_row_keeps_the_list(state: &mut State, rows: std::ops::Range<usize>) {
    let lang = state.lang;
    let before = unmarked(state, rows.clone());
    let top = rows.start as u16;
    assert!(click(state, 20, top).is_some(), "{lang:?}");
    assert!(screen_rows(state)[rows.start].starts_with(" >"), "{lang:?}");
    assert_eq!(
        unmarked(state, rows.clone()),
        before,
        "{lang:?}: the list moved"
    );
    keys(state, Command::Down, 1);
    assert!(screen_rows(state)[rows.start + 1].starts_with(" >"));
    assert_eq!(unmarked(state, rows.clone()), before, "{lang:?}");
    keys(state, Command::Up, 2);
    let after = unmarked(state, rows.clone());
    assert!(screen_rows(state)[rows.start].starts_with(" >"), "{lang:?}");
    assert_ne!(after[0], before[0], "{lang:?}");
    assert_eq!(after[1..], before[..before.len() - 1], "{lang:?}");
}

/// The list of `rows` scrolled, the selection on its last row: ↑ moves only the selection
/// until it is on the top row; one more scrolls by one row.
fn up_scrolls_only_at_the_top_edge(state: &mut State, rows: std::ops::Range<usize>) {
    let lang = state.lang;
    let before = unmarked(state, rows.clone());
    assert!(
        screen_rows(state)[rows.end - 1].starts_with(" >"),
        "{lang:?}"
    );
    for row in (rows.start..rows.end - 1).rev() {
        keys(state, Command::Up, 1);
        assert!(
            screen_rows(state)[row].starts_with(" >"),
            "{lang:?}: row {row}"
        );
        assert_eq!(
            unmarked(state, rows.clone()),
            before,
            "{lang:?}: the list moved"
        );
    }
    keys(state, Command::Up, 1);
    let after = unmarked(state, rows.clone());
    assert!(screen_rows(state)[rows.start].starts_with(" >"), "{lang:?}");
    assert_eq!(after[1..], before[..before.len() - 1], "{lang:?}");
}

/// 40 filings, "Filing 00" to "Filing 39", the selection taken down to the 31st (drawn
/// after each key): the table scrolled.
fn filings(lang: Lang) -> State {
    let entries = (0..40)
        .map(|i| entry(&format!("a{i:02}"), app(&format!("Filing {i:02}"), None)))
        .collect();
    let mut state = state_with(entries, lang);
    screen_rows(&state);
    keys(&mut state, Command::Down, 30);
    state
}

fn selected(state: &State) -> String {
    match &state.screen {
        Screen::List(list) => state.entries[list.selected]
            .app
            .as_ref()
            .unwrap()
            .title()
            .to_string(),
        Screen::Wizard(_) => panic!("not the list"),
    }
}

/// The table's rows at 80x24: under the heading, the filter line and the column titles.
const FILINGS: std::ops::Range<usize> = 5..20;

#[test]
fn a_click_on_the_top_row_of_the_scrolled_filings_keeps_the_list() {
    for lang in Lang::ALL {
        let mut state = filings(lang);
        assert!(screen_rows(&state)[FILINGS.start].contains("Filing 16"));
        a_click_on_the_top_row_keeps_the_list(&mut state, FILINGS);
    }
}

#[test]
fn up_through_the_filings_scrolls_only_at_the_top_edge() {
    for lang in Lang::ALL {
        let mut state = filings(lang);
        up_scrolls_only_at_the_top_edge(&mut state, FILINGS);
    }
}

#[test]
fn a_filter_keeps_a_shown_selection_and_clamps_the_window() {
    for lang in Lang::ALL {
        let mut state = filings(lang);
        assert_eq!(selected(&state), "Filing 30");
        // "3": Filing 03, 13, 23 and 30 to 39, thirteen rows, fewer than fit: the window
        // (from Filing 16) comes back to the top, the selection still on Filing 30.
        run(&mut state, [cmd(Command::Filter)]);
        run(&mut state, typed("3"));
        let rows = screen_rows(&state);
        let all = rows.join("\n");
        assert!(rows[FILINGS.start].contains("Filing 03"), "{lang:?}\n{all}");
        assert!(
            rows[FILINGS.start + 3].starts_with(" > Filing 30"),
            "{lang:?}\n{all}"
        );
        assert!(
            rows[FILINGS.start + 12].contains("Filing 39"),
            "{lang:?}\n{all}"
        );
        assert_eq!(selected(&state), "Filing 30");
        // The nearest cases: a click on the filter line or the column titles selects nothing.
        assert_eq!(click(&mut state, 20, 3), None, "{lang:?}");
        assert_eq!(click(&mut state, 20, 4), None, "{lang:?}");
        assert_eq!(selected(&state), "Filing 30");
        // A filter that hides the selection: the first filing shown is selected.
        run(&mut state, typed("9"));
        assert_eq!(selected(&state), "Filing 39");
        assert!(screen_rows(&state)[FILINGS.start].starts_with(" > Filing 39"));
    }
}

#[test]
fn a_filter_that_leaves_a_longer_list_clamps_the_window_where_it_was() {
    for lang in Lang::ALL {
        // 30 "Alpha" and 10 "Beta" filings; the window from Alpha 20, selected on its top row.
        let entries = (0..40)
            .map(|i| {
                let title = match i {
                    0..30 => format!("Alpha {i:02}"),
                    _ => format!("Beta {:02}", i - 30),
                };
                entry(&format!("a{i:02}"), app(&title, None))
            })
            .collect();
        let mut state = state_with(entries, lang);
        screen_rows(&state);
        keys(&mut state, Command::Last, 1);
        keys(&mut state, Command::Up, 19);
        assert!(
            screen_rows(&state)[FILINGS.start].starts_with(" > Alpha 20"),
            "{lang:?}"
        );
        // "Alpha": 30 rows. The window can start no later than Alpha 15: it stops there, the
        // selection kept and still shown (on the sixth row), not moved to the bottom edge.
        run(&mut state, [cmd(Command::Filter)]);
        run(&mut state, typed("Alpha"));
        let rows = screen_rows(&state);
        let all = rows.join("\n");
        assert!(rows[FILINGS.start].contains("Alpha 15"), "{lang:?}\n{all}");
        assert!(
            rows[FILINGS.start + 5].starts_with(" > Alpha 20"),
            "{lang:?}\n{all}"
        );
        assert!(
            rows[FILINGS.end - 1].contains("Alpha 29"),
            "{lang:?}\n{all}"
        );
        assert_eq!(selected(&state), "Alpha 20");
        // The nearest case: ↓ inside the clamped window moves only the selection.
        keys(&mut state, Command::Down, 1);
        assert!(
            screen_rows(&state)[FILINGS.start].contains("Alpha 15"),
            "{lang:?}"
        );
    }
}

/// The Province step with the selection taken down to Tibet, the 26th (drawn after each
/// key): the list scrolled.
fn provinces(lang: Lang) -> State {
    let mut a = app("", None);
    a.meta.step = Some(Step::Province);
    let mut state = state_with(vec![entry("a", a)], lang);
    start(&mut state, Some("a"), &now());
    screen_rows(&state);
    keys(&mut state, Command::Down, 25);
    state
}

/// The province list's rows at 80x24, under its filter line.
const PROVINCES: std::ops::Range<usize> = 7..23;

fn province_selected(state: &State) -> usize {
    state.wizard().unwrap().province.selected
}

#[test]
fn a_click_on_the_top_row_of_the_scrolled_provinces_keeps_the_list() {
    for lang in Lang::ALL {
        let mut state = provinces(lang);
        assert_eq!(province_selected(&state), 25);
        a_click_on_the_top_row_keeps_the_list(&mut state, PROVINCES);
        // The nearest case: the filter line above the list selects nothing.
        let selected = province_selected(&state);
        assert_eq!(click(&mut state, 20, PROVINCES.start as u16 - 1), None);
        assert_eq!(province_selected(&state), selected);
    }
}

#[test]
fn up_through_the_provinces_scrolls_only_at_the_top_edge() {
    for lang in Lang::ALL {
        let mut state = provinces(lang);
        up_scrolls_only_at_the_top_edge(&mut state, PROVINCES);
    }
}

#[test]
fn a_filter_on_the_provinces_shows_its_shorter_list_from_the_top() {
    for lang in Lang::ALL {
        let mut state = provinces(lang);
        // Shanxi, Shanghai, Shandong and Shaanxi, from the top, the first selected.
        run(&mut state, typed("shan"));
        let rows = screen_rows(&state);
        let codes: Vec<String> = rows[PROVINCES.start..PROVINCES.start + 5]
            .iter()
            .map(|r| left(r).trim().to_string())
            .collect();
        assert!(codes[0].starts_with(">  14 "), "{lang:?}: {codes:?}");
        assert!(
            codes[1].starts_with("31 ") && codes[3].starts_with("61 "),
            "{codes:?}"
        );
        assert_eq!(codes[4], "", "{lang:?}");
        assert_eq!(province_selected(&state), 0);
    }
}

/// The Apps step's editor of an app for Android, iOS and HarmonyOS whose iOS signature is an
/// MD5 (an error with its fix under the field when it has the focus), focused on the field
/// `tabs` Tabs down, drawn after each key.
fn app_editor(lang: Lang, tabs: usize) -> State {
    let mut state = state_with(vec![entry("a", long_app())], lang);
    start(&mut state, Some("a"), &now());
    run(&mut state, [cmd(Command::Confirm)]);
    screen_rows(&state);
    keys(&mut state, Command::NextField, tabs);
    state
}

/// The editor's rows at 80x24: under its title, above the findings panel.
const FORM: std::ops::Range<usize> = 4..18;

/// The focused field's screen row.
fn focus_row(state: &State) -> usize {
    let rows = screen_rows(state);
    FORM.clone()
        .find(|r| rows[*r].starts_with(" >"))
        .unwrap_or_else(|| panic!("no focus:\n{}", rows.join("\n")))
}

#[test]
fn a_click_on_the_top_row_of_a_scrolled_form_focuses_it_and_the_form_stays() {
    for lang in Lang::ALL {
        // On "Same as subject leader", the form's last row: the Android signature on top.
        let mut state = app_editor(lang, 18);
        assert_eq!(focus_row(&state), FORM.end - 1, "{lang:?}");
        assert!(screen_rows(&state)[FORM.start].ends_with("^ "), "{lang:?}");
        let before = unmarked(&state, FORM);
        let Some(Action::FocusField(_)) = click(&mut state, 20, FORM.start as u16) else {
            panic!("{lang:?}: the top row focuses nothing");
        };
        assert_eq!(focus_row(&state), FORM.start, "{lang:?}");
        assert_eq!(unmarked(&state, FORM), before, "{lang:?}: the form moved");
        // The nearest case: a heading (iOS, the row under it) focuses nothing.
        assert_eq!(
            click(&mut state, 20, FORM.start as u16 + 1),
            None,
            "{lang:?}"
        );
        assert_eq!(focus_row(&state), FORM.start, "{lang:?}");
    }
}

#[test]
fn up_through_a_scrolled_form_scrolls_only_at_the_top_edge() {
    for lang in Lang::ALL {
        let mut state = app_editor(lang, 18);
        let top = unmarked(&state, FORM)[0].clone();
        // ↑ inside the window: the top row stays (the iOS signature's fix opens under it on
        // the way, below the top), until the focus is on it.
        while focus_row(&state) > FORM.start {
            keys(&mut state, Command::Up, 1);
            assert_eq!(unmarked(&state, FORM)[0], top, "{lang:?}: the form moved");
        }
        // One more: the window moves up by the one field above.
        keys(&mut state, Command::Up, 1);
        assert_eq!(focus_row(&state), FORM.start, "{lang:?}");
        assert_eq!(unmarked(&state, FORM)[1], top, "{lang:?}");
    }
}

#[test]
fn a_click_keeps_the_clicked_field_on_its_row_though_the_fix_above_it_closes() {
    for lang in Lang::ALL {
        let mut state = app_editor(lang, 18);
        // Up to the iOS signature: its error and fix open under it.
        while !screen_rows(&state)[focus_row(&state)].contains("SHA-1") {
            keys(&mut state, Command::Up, 1);
        }
        let rows = screen_rows(&state);
        let harmony = if lang == Lang::ZhCn {
            "鸿蒙"
        } else {
            "HarmonyOS"
        };
        let heading = FORM.clone().find(|r| rows[*r].contains(harmony)).unwrap();
        let clicked = left(&rows[heading + 1]);
        let Some(Action::FocusField(_)) = click(&mut state, 20, heading as u16 + 1) else {
            panic!("{lang:?}: no field under the heading");
        };
        // The fix above is gone, the clicked field is where it was clicked.
        assert_eq!(focus_row(&state), heading + 1, "{lang:?}");
        assert_eq!(
            left(&screen_rows(&state)[heading + 1]).replacen(" >", "  ", 1),
            clicked,
            "{lang:?}"
        );
        // The nearest case: Tab there from the signature keeps the window's top instead,
        // and the field moves up under the closed fix.
        let mut state = app_editor(lang, 18);
        while !screen_rows(&state)[focus_row(&state)].contains("SHA-1") {
            keys(&mut state, Command::Up, 1);
        }
        let top = unmarked(&state, FORM)[0].clone();
        keys(&mut state, Command::NextField, 1);
        assert_eq!(unmarked(&state, FORM)[0], top, "{lang:?}");
        assert!(focus_row(&state) < heading + 1, "{lang:?}");
    }
}

/// After ↓ far down and a few ↑ (a frame drawn after each key), each list shows the window
/// ↓ left, the selection moved up inside it.
#[test]
fn lists_stay_put_when_the_selection_moves_back_up() {
    for lang in Lang::ALL {
        let mut state = filings(lang);
        keys(&mut state, Command::Up, 5);
        snapshot_80x24!("filings_up", &state);
        let mut state = provinces(lang);
        keys(&mut state, Command::Up, 5);
        snapshot_80x24!("provinces_up", &state);
        let mut state = app_editor(lang, 18);
        keys(&mut state, Command::Up, 4);
        snapshot_80x24!("app_editor_up", &state);
    }
}
