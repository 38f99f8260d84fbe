//! The list as a dashboard: columns, orders, the `/` filter and the count of shown / all, in
//! both languages at 80x24 and 120x40.

mod common;

use common::*;
use icp_tui::app::action::{Action, Command, Edit};
use icp_tui::app::state::{Screen, State};
use icp_tui::app::update::start;
use icp_tui::i18n::Lang;
use icp_tui::model::Application;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snapshot(name: &str, state: &State) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(
            format!("{name}_{}_{w}x{h}", state.lang.tag()),
            drawn(state, w, h)
        );
    }
}

fn parsed(text: &str) -> Application {
    Application::from_toml_str(text).unwrap()
}

/// Three readable filings (one with a deadline 4 days off and a reference, one in Guangdong)
/// and an unreadable file.
fn entries() -> Vec<icp_tui::app::state::Entry> {
    let mut countdown = parsed(include_str!("data/after_approval.toml"));
    countdown.meta.reference = Some("C-0042".into());
    let enterprise = parsed(include_str!("data/valid_enterprise.toml"));
    let mut shop = app("Pearl River shop", Some("guangdong"));
    shop.subject.name = Some("广州珠江贸易有限公司".into());
    shop.meta.reference = Some("C-0007".into());
    vec![
        entry("20261120-001", enterprise),
        entry("20261121-001", shop),
        entry("20261122-001", countdown),
        unreadable("20261101-003"),
    ]
}

fn dashboard(lang: Lang) -> State {
    let mut state = state_with(entries(), lang);
    start(&mut state, None, &now());
    state
}

fn titles(state: &State) -> Vec<String> {
    state
        .entries
        .iter()
        .map(|e| match &e.app {
            Ok(app) => app.meta.title.clone().unwrap_or_default(),
            Err(_) => format!("! {}", e.id),
        })
        .collect()
}

fn typed_filter(state: &mut State, text: &str) {
    run(state, [cmd(Command::Filter)]);
    run(state, text.chars().map(|c| Action::Edit(Edit::Char(c))));
}

#[test]
fn most_urgent_first_by_default() {
    let state = dashboard(Lang::EnUs);
    let order = titles(&state);
    // The unreadable file first (it needs a hand), then the deadline 4 days off.
    assert!(order[0].starts_with('!'), "{order:?}");
    assert_eq!(order[1], "小明的博客", "{order:?}");
    for lang in Lang::ALL {
        snapshot("dashboard", &dashboard(lang));
    }
}

#[test]
fn sorted_by_title() {
    for lang in Lang::ALL {
        let mut state = dashboard(lang);
        run(&mut state, [cmd(Command::Sort)]);
        let order = titles(&state);
        assert_eq!(
            order[1..],
            ["Pearl River shop", "Xinghe Technology", "小明的博客"]
        );
        snapshot("dashboard_by_title", &state);
    }
}

#[test]
fn the_selection_follows_the_filing_when_the_order_changes() {
    let mut state = dashboard(Lang::EnUs);
    run(&mut state, [cmd(Command::Down)]);
    let Screen::List(list) = &state.screen else {
        panic!()
    };
    let chosen = state.entries[list.selected].id.clone();
    run(&mut state, [cmd(Command::Sort)]);
    let Screen::List(list) = &state.screen else {
        panic!()
    };
    assert_eq!(state.entries[list.selected].id, chosen);
}

#[test]
fn filtered_by_a_province_in_chinese() {
    for lang in Lang::ALL {
        let mut state = dashboard(lang);
        typed_filter(&mut state, "广东");
        let Screen::List(list) = &state.screen else {
            panic!()
        };
        let shown = icp_tui::app::dashboard::visible(&state, list);
        assert_eq!(shown.len(), 1);
        assert_eq!(state.entries[shown[0]].id, "20261121-001");
        assert_eq!(
            list.selected, shown[0],
            "the selection moves to what is shown"
        );
        snapshot("dashboard_filtered", &state);
    }
}

#[test]
fn the_filter_finds_a_reference_and_a_domain_and_esc_clears_it() {
    let mut state = dashboard(Lang::EnUs);
    typed_filter(&mut state, "c-0042");
    let Screen::List(list) = &state.screen else {
        panic!()
    };
    assert_eq!(icp_tui::app::dashboard::visible(&state, list).len(), 1);
    run(&mut state, [cmd(Command::Back)]);
    let Screen::List(list) = &state.screen else {
        panic!()
    };
    assert!(list.filter.is_empty() && !list.filtering);
    assert_eq!(icp_tui::app::dashboard::visible(&state, list).len(), 4);
}

#[test]
fn a_filter_that_matches_nothing_says_so() {
    for lang in Lang::ALL {
        let mut state = dashboard(lang);
        typed_filter(&mut state, "zzz");
        // Enter keeps the filter and gives the keys back to the list.
        run(&mut state, [cmd(Command::Confirm)]);
        let Screen::List(list) = &state.screen else {
            panic!()
        };
        assert!(!list.filtering && list.filter.value() == "zzz");
        snapshot("dashboard_no_match", &state);
    }
}
