//! The list drawn before every file is read: batches fold in, counts not known show "?",
//! never 0; a read replaced by a newer one is dropped; the open filing keeps its copy; an
//! empty profile starts a first filing only once it is known to be empty; coming back to the
//! list reads only the files that changed. Snapshots of the list while it is still reading,
//! in both languages at 80x24.

mod common;

use std::sync::Arc;

use common::*;
use icp_tui::app::action::{Action, Command};
use icp_tui::app::reading::{ListBatch, Reading, summarize};
use icp_tui::app::resume::Resume;
use icp_tui::app::run::{Store, begin};
use icp_tui::app::state::{Screen, State};
use icp_tui::app::update::{start, update};
use icp_tui::cli::tui::ProfileStore;
use icp_tui::i18n::Lang;
use icp_tui::profile::{Mode, Profile};
use icp_tui::rules::{Rules, SharedRules};

fn snapshot(name: &str, state: &State) {
    insta::assert_snapshot!(format!("{name}_{}", state.lang.tag()), drawn(state, 80, 24));
}

/// A state reading at start, nothing read yet.
fn reading(lang: Lang) -> State {
    let mut state = state_with(Vec::new(), lang);
    state.reading = Some(Reading::at_start(None));
    start(&mut state, None, &now());
    state
}

fn batch(entries: Vec<icp_tui::app::state::Entry>, done: usize, total: usize) -> ListBatch {
    let summaries = summarize(&entries, Rules::builtin(), &now());
    ListBatch {
        total: Some(total),
        done,
        entries,
        summaries,
        ..ListBatch::default()
    }
}

fn read(state: &mut State, batch: ListBatch) {
    update(state, Action::ListRead(Box::new(batch)), &now());
}

#[test]
fn the_first_frame_comes_before_the_folder_is_read() {
    for lang in [Lang::EnUs, Lang::ZhCn] {
        let state = reading(lang);
        assert!(matches!(state.screen, Screen::List(_)), "no new filing yet");
        snapshot("reading_folder", &state);
    }
}

/// The first frame parses no message file of its own: those it shows are parsed before it,
/// while the terminal is asked about its background (`FIRST_FRAME_TEXTS`). A text moved to
/// another file, or a new one on the first screen, fails this until the list says so.
#[test]
fn the_first_frame_needs_only_the_message_files_parsed_before_it() {
    use icp_tui::app::view::{self, list::FIRST_FRAME_TEXTS};
    use icp_tui::i18n::Localizer;
    use ratatui::{Terminal, backend::TestBackend};
    for lang in [Lang::EnUs, Lang::ZhCn] {
        let tr = Localizer::new(lang);
        tr.prepare(&FIRST_FRAME_TEXTS);
        let prepared = tr.parsed_files();
        let state = reading(lang);
        for (width, height) in [(80, 24), (120, 40)] {
            let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
            terminal
                .draw(|frame| view::draw(frame, &state, &tr))
                .unwrap();
        }
        assert_eq!(tr.parsed_files(), prepared, "{lang:?}");
        assert_eq!(prepared.len(), FIRST_FRAME_TEXTS.len(), "one text a file");
    }
}

#[test]
fn rows_fill_in_and_the_count_says_how_many_of_how_many() {
    for lang in [Lang::EnUs, Lang::ZhCn] {
        let mut state = reading(lang);
        read(
            &mut state,
            ListBatch {
                total: Some(10_000),
                ..ListBatch::default()
            },
        );
        let mut entries = vec![
            entry("20261120-00001", enterprise("Client 00001")),
            entry("20261120-00002", enterprise("Client 00002")),
        ];
        entries.push(unreadable("20261120-00003"));
        read(&mut state, batch(entries, 3, 10_000));
        // A file read but not summarized yet (another day's summary was dropped): "?".
        state
            .entries
            .push(entry("20261120-00004", enterprise("Client 00004")));
        assert_eq!(state.reading.as_ref().unwrap().done, 3);
        snapshot("reading_rows", &state);
    }
}

#[test]
fn the_last_batch_ends_the_reading_and_drops_files_that_are_gone() {
    let mut state = reading(Lang::EnUs);
    read(
        &mut state,
        batch(
            vec![entry("a", enterprise("A")), entry("b", enterprise("B"))],
            2,
            2,
        ),
    );
    let mut last = batch(Vec::new(), 2, 2);
    last.complete = Some(vec!["a".into()]);
    read(&mut state, last);
    assert!(state.reading.is_none());
    let ids: Vec<&str> = state.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["a"]);
}

#[test]
fn a_batch_of_a_replaced_read_is_dropped() {
    let mut state = reading(Lang::EnUs);
    state.reading.as_mut().unwrap().generation = 2;
    let mut old = batch(vec![entry("a", enterprise("A"))], 1, 1);
    old.generation = 1;
    read(&mut state, old);
    assert!(state.entries.is_empty());
    let mut new = batch(vec![entry("b", enterprise("B"))], 1, 1);
    new.generation = 2;
    read(&mut state, new);
    assert_eq!(state.entries.len(), 1);
}

#[test]
fn an_empty_profile_starts_a_first_filing_only_when_known_to_be_empty() {
    let mut state = reading(Lang::EnUs);
    assert!(matches!(state.screen, Screen::List(_)));
    let mut last = batch(Vec::new(), 0, 0);
    last.complete = Some(Vec::new());
    read(&mut state, last);
    assert!(matches!(state.screen, Screen::Wizard(_)));

    // Read-only: nothing is started.
    let mut state = State::new(Lang::EnUs, Vec::new(), true);
    state.reading = Some(Reading::at_start(None));
    start(&mut state, None, &now());
    let mut last = batch(Vec::new(), 0, 0);
    last.complete = Some(Vec::new());
    read(&mut state, last);
    assert!(matches!(state.screen, Screen::List(_)));
}

#[test]
fn the_selection_stays_on_top_until_the_user_moves_it() {
    let mut state = reading(Lang::EnUs);
    read(&mut state, batch(vec![entry("a", enterprise("A"))], 1, 3));
    update(&mut state, Command::Down.into(), &now());
    read(&mut state, batch(vec![entry("b", enterprise("B"))], 2, 3));
    update(&mut state, Command::Down.into(), &now());
    let Screen::List(list) = &state.screen else {
        panic!()
    };
    let moved_to = state.entries[list.selected].id.clone();
    read(&mut state, batch(vec![entry("c", enterprise("C"))], 3, 3));
    let Screen::List(list) = &state.screen else {
        panic!()
    };
    assert_eq!(
        state.entries[list.selected].id, moved_to,
        "left where the user put it"
    );

    // Untouched: the top (the most urgent) stays selected as rows arrive.
    let mut state = reading(Lang::EnUs);
    read(&mut state, batch(vec![entry("z", enterprise("Z"))], 1, 2));
    read(&mut state, batch(vec![entry("y", enterprise("Y"))], 2, 2));
    let Screen::List(list) = &state.screen else {
        panic!()
    };
    assert_eq!(list.selected, 0);
}

#[test]
fn the_open_filing_keeps_its_copy() {
    let mut state = state_with(vec![entry("a", enterprise("A"))], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    state.reading = Some(Reading::again());
    read(
        &mut state,
        batch(vec![entry("a", enterprise("Changed on disk"))], 1, 1),
    );
    assert_eq!(state.entry("a").unwrap().app.as_ref().unwrap().title(), "A");
}

fn store_of(dir: &tempfile::TempDir) -> ProfileStore {
    let profile = Profile::open(dir.path().join("p"), Mode::ReadWrite).unwrap();
    let settings = profile.settings().unwrap();
    ProfileStore::new(profile, settings, icp_tui::i18n::Lang::EnUs)
}

/// The batches of one read of the store's reader.
fn one_read(store: &mut ProfileStore) -> Vec<ListBatch> {
    let reader = store.reader().unwrap();
    let mut batches = Vec::new();
    reader.read(now(), SharedRules::builtin(), &mut |b| batches.push(b));
    batches
}

#[test]
fn coming_back_reads_only_the_files_that_changed() {
    let dir = profile_of(5);
    let mut store = store_of(&dir);
    let first = one_read(&mut store);
    assert_eq!(first[0].total, Some(5), "the count comes first");
    let summarized: usize = first.iter().map(|b| b.summaries.len()).sum();
    assert_eq!(summarized, 5);

    let again = one_read(&mut store);
    let summarized: usize = again.iter().map(|b| b.summaries.len()).sum();
    let listed: usize = again.iter().map(|b| b.entries.len()).sum();
    assert_eq!((summarized, listed), (0, 5), "nothing read again");

    // One file changed (another length), one removed, one added.
    let apps = dir.path().join("p/applications");
    let changed = enterprise("Client 1, renamed by hand");
    std::fs::write(apps.join("20261120-001.toml"), changed.to_toml_string()).unwrap();
    std::fs::remove_file(apps.join("20261120-002.toml")).unwrap();
    std::fs::write(
        apps.join("20261120-009.toml"),
        enterprise("New").to_toml_string(),
    )
    .unwrap();
    let third = one_read(&mut store);
    let mut read_ids: Vec<String> = third
        .iter()
        .flat_map(|b| b.summaries.iter().map(|s| s.0.clone()))
        .collect();
    read_ids.sort();
    assert_eq!(read_ids, ["20261120-001", "20261120-009"]);
    let mut all = third.last().unwrap().complete.clone().unwrap();
    all.sort();
    assert_eq!(all.len(), 5);
    assert!(!all.contains(&"20261120-002".to_string()));
}

#[test]
fn the_runtime_start_shows_the_list_then_fills_it() {
    let dir = profile_of(3);
    let mut store = store_of(&dir);
    let (mut state, lists) = begin(
        &mut store,
        Lang::EnUs,
        Arc::new(Rules::builtin().clone()),
        false,
        &Resume::default(),
    );
    assert!(state.reading.is_some());
    assert!(matches!(state.screen, Screen::List(_)));
    lists.finish(&mut state, &mut store);
    assert!(state.reading.is_none());
    assert_eq!(state.entries.len(), 3);
    assert_eq!(state.summaries.len(), 3);
}

#[test]
fn back_on_the_list_the_first_frame_waits_for_nothing_and_the_selection_comes_back() {
    let dir = profile_of(3);
    let mut store = store_of(&dir);
    let resume = Resume {
        application: Some("20261120-001".into()),
        position: Some(icp_tui::app::resume::Position {
            list: true,
            ..Default::default()
        }),
    };
    let (mut state, lists) = begin(
        &mut store,
        Lang::EnUs,
        SharedRules::builtin(),
        false,
        &resume,
    );
    // Nothing read or summarized on this thread before the first frame: the list is being
    // read, so the built-in rules need not be ready for it.
    assert!(state.entries.is_empty());
    assert!(state.summaries.is_empty());
    assert!(state.reading.is_some());
    lists.finish(&mut state, &mut store);
    let Screen::List(list) = &state.screen else {
        panic!("the list, not {:?}", state.screen)
    };
    assert_eq!(state.entries[list.selected].id, "20261120-001");
    assert_eq!(state.summaries.len(), 3);
}
