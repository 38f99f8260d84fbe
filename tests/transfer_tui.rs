//! The TUI's export key: what the list and the wizard ask for (update), what the runtime
//! writes and says (perform with a store that records), and the status line at 80x24 in both
//! languages (TestBackend snapshots).

mod common;

use common::*;
use icp_tui::app::action::Command;
use icp_tui::app::effect::Effect;
use icp_tui::app::run::{export, perform};
use icp_tui::app::state::State;
use icp_tui::app::update::start;
use icp_tui::i18n::Lang;

fn three() -> State {
    let mut state = state_with(
        vec![
            entry("20261120-001", app("张三的博客", Some("11"))),
            entry("20261120-002", app("Li Si", Some("44"))),
            unreadable("broken"),
        ],
        Lang::EnUs,
    );
    start(&mut state, None, &now());
    state
}

fn export_ids(effects: &[Effect]) -> Vec<String> {
    match effects {
        [Effect::Export { ids }] => ids.clone(),
        other => panic!("{other:?}"),
    }
}

fn selected_id(state: &State) -> String {
    let icp_tui::app::state::Screen::List(list) = &state.screen else {
        panic!("the list");
    };
    state.entries[list.selected].id.clone()
}

#[test]
fn the_list_exports_the_selected_filing_or_every_readable_one_shown() {
    let mut state = three();
    // Unreadable files come first in the list: the next one down is a filing.
    assert_eq!(selected_id(&state), "broken");
    run(&mut state, [cmd(Command::Down)]);
    let selected = selected_id(&state);
    let ids = export_ids(&run(&mut state, [cmd(Command::Export)]));
    assert_eq!(ids, [selected]);
    let mut all = export_ids(&run(&mut state, [cmd(Command::ExportAll)]));
    all.sort();
    assert_eq!(
        all,
        ["20261120-001", "20261120-002"],
        "the unreadable file is left out"
    );
}

#[test]
fn all_shown_follows_the_filter() {
    let mut state = three();
    run(&mut state, [cmd(Command::Filter)]);
    run(&mut state, typed("li si"));
    run(&mut state, [cmd(Command::Confirm)]);
    let ids = export_ids(&run(&mut state, [cmd(Command::ExportAll)]));
    assert_eq!(ids, ["20261120-002"]);
}

#[test]
fn an_unreadable_selection_says_why_nothing_is_exported() {
    let mut state = state_with(vec![unreadable("broken")], Lang::EnUs);
    start(&mut state, None, &now());
    assert!(run(&mut state, [cmd(Command::Export)]).is_empty());
    let flash = state.flash.clone().unwrap();
    assert_eq!((flash.id, flash.error), ("export-tui-unreadable", true));
}

#[test]
fn the_wizard_exports_the_open_filing() {
    let mut state = state_with(vec![entry("a", app("张三的博客", Some("11")))], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    assert!(state.wizard().is_some());
    assert_eq!(export_ids(&run(&mut state, [cmd(Command::Export)])), ["a"]);
}

#[test]
fn the_runtime_writes_each_document_and_says_where() {
    let mut state = three();
    let mut store = Recorder::default();
    export(&mut state, &mut store, &["20261120-001".into()], &now());
    assert_eq!(store.exported.len(), 1);
    let (name, text) = &store.exported[0];
    assert_eq!(name, "20261120-001.md");
    assert!(text.starts_with("# ICP filing: 张三的博客"), "{text}");
    assert!(
        text.contains("/profile/applications/20261120-001.toml"),
        "{text}"
    );
    let flash = state.flash.clone().unwrap();
    assert_eq!(flash.id, "export-tui-done");
    assert_eq!(
        flash.args,
        [("path", "/profile/exports/20261120-001.md".to_string())]
    );
    // Through perform as the loop calls it.
    let mut store = Recorder::default();
    perform(
        &mut state,
        &mut store,
        vec![Effect::Export {
            ids: vec!["20261120-001".into(), "20261120-002".into()],
        }],
    );
    assert_eq!(store.exported.len(), 2);
    let flash = state.flash.clone().unwrap();
    assert_eq!(flash.id, "export-tui-done-many");
}

#[test]
fn a_failed_write_says_why_and_read_only_writes_nothing() {
    let mut state = three();
    let mut store = Recorder {
        fails: Some("No space left on device".into()),
        ..Recorder::default()
    };
    export(&mut state, &mut store, &["20261120-001".into()], &now());
    let flash = state.flash.clone().unwrap();
    assert_eq!((flash.id, flash.error), ("export-tui-failed", true));
    assert_eq!(
        flash.args,
        [("reason", "No space left on device".to_string())]
    );

    state.read_only = true;
    let mut store = Recorder::default();
    export(&mut state, &mut store, &["20261120-001".into()], &now());
    assert!(store.exported.is_empty());
    assert!(state.flash.as_ref().unwrap().error);
}

#[test]
fn the_status_line_after_an_export() {
    for lang in Lang::ALL {
        let mut state = three();
        state.lang = lang;
        let mut store = Recorder::default();
        export(&mut state, &mut store, &["20261120-001".into()], &now());
        snapshot_80x24!("export_done", &state);
        export(
            &mut state,
            &mut store,
            &["20261120-001".into(), "20261120-002".into()],
            &now(),
        );
        snapshot_80x24!("export_done_many", &state);
        let mut failing = Recorder {
            fails: Some("Permission denied (os error 13)".into()),
            ..Recorder::default()
        };
        export(&mut state, &mut failing, &["20261120-001".into()], &now());
        snapshot_80x24!("export_failed", &state);
    }
}
