//! Resume exactly where the user was: a real profile on disk, an edit of website 2's
//! registrar, a quit, and a fresh state read back from the files lands on that field; a place
//! that is gone falls back to the nearest one; the list is resumed as the list.

mod common;

use common::*;
use icp_tui::app::action::{Action, Command, Edit};
use icp_tui::app::resume::Position;
use icp_tui::app::run::{Store, perform};
use icp_tui::app::state::{Screen, State};
use icp_tui::app::steps::websites;
use icp_tui::app::update::{start_at, update};
use icp_tui::cli::tui::{ProfileStore, position_of};
use icp_tui::i18n::Lang;
use icp_tui::model::{Application, Step};
use icp_tui::profile::{Mode, Profile};

const REGISTRAR: &str = "websites[1].registration.registrar";

/// A profile holding the two-website enterprise filing, left on its Websites step.
fn profile_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let profile = Profile::open(dir.path().join("p"), Mode::ReadWrite).unwrap();
    let mut app = Application::from_toml_str(include_str!("data/valid_enterprise.toml")).unwrap();
    app.meta.step = Some(Step::Websites);
    profile.save("20261120-001", &app).unwrap();
    dir
}

/// What `icp-tui` does at start: open the profile, read the settings and the files, start
/// where the settings say.
fn started(dir: &tempfile::TempDir, lang: Lang) -> (State, ProfileStore) {
    let profile = Profile::open(dir.path().join("p"), Mode::ReadWrite).unwrap();
    let settings = profile.settings().unwrap();
    let last = settings.last_application.clone();
    let position: Option<Position> = settings.resume.as_ref().map(position_of);
    let store = ProfileStore::new(profile, settings, icp_tui::i18n::Lang::EnUs);
    let mut state = State::new(lang, store.list(), false);
    let effects = start_at(&mut state, last.as_deref(), position.as_ref(), &now());
    assert!(effects.is_empty());
    (state, store)
}

fn act(state: &mut State, store: &mut ProfileStore, action: Action) {
    let effects = update(state, action, &now());
    perform(state, store, effects);
}

fn focused(state: &State) -> Option<String> {
    let w = state.wizard()?;
    let i = w.websites.editing?;
    w.websites
        .form
        .focused_path(&websites::fields(&w.app, &w.rules, i))
}

/// Opens the filing from the list, edits website 2's registrar and quits.
fn edit_second_registrar(dir: &tempfile::TempDir) {
    let (mut state, mut store) = started(dir, Lang::EnUs);
    assert!(
        matches!(state.screen, Screen::List(_)),
        "nothing to resume yet"
    );
    act(&mut state, &mut store, Command::Confirm.into());
    assert_eq!(state.wizard().unwrap().step, Step::Websites);
    act(&mut state, &mut store, Command::Down.into());
    act(&mut state, &mut store, Command::Confirm.into());
    for _ in 0..40 {
        if focused(&state).as_deref() == Some(REGISTRAR) {
            break;
        }
        act(&mut state, &mut store, Command::NextField.into());
    }
    assert_eq!(focused(&state).as_deref(), Some(REGISTRAR));
    act(&mut state, &mut store, Edit::DeleteToStart.into());
    act(&mut state, &mut store, Edit::End.into());
    act(&mut state, &mut store, Edit::DeleteToStart.into());
    for action in typed("Alibaba Cloud") {
        act(&mut state, &mut store, action);
    }
    act(&mut state, &mut store, Command::Quit.into());
    assert!(state.quit);
}

fn snapshot(name: &str, state: &State) {
    insta::assert_snapshot!(format!("{name}_{}", state.lang.tag()), drawn(state, 80, 24));
}

#[test]
fn a_restart_lands_on_the_field_that_was_edited() {
    let dir = profile_dir();
    edit_second_registrar(&dir);
    let settings = std::fs::read_to_string(dir.path().join("p/settings.toml")).unwrap();
    assert!(settings.contains(REGISTRAR), "{settings}");
    let file =
        std::fs::read_to_string(dir.path().join("p/applications/20261120-001.toml")).unwrap();
    assert!(file.contains("Alibaba Cloud"));
    assert!(
        !file.contains("registration.registrar"),
        "the place is UI state, never in the application file"
    );
    for lang in [Lang::EnUs, Lang::ZhCn] {
        let (state, _store) = started(&dir, lang);
        let w = state.wizard().expect("the filing is open again");
        assert_eq!(w.step, Step::Websites);
        assert_eq!(w.websites.editing, Some(1));
        assert_eq!(focused(&state).as_deref(), Some(REGISTRAR));
        assert_eq!(w.websites.form.input.value(), "Alibaba Cloud");
        snapshot("resume_registrar", &state);
    }
}

#[test]
fn a_removed_website_falls_back_to_the_nearest_one() {
    let dir = profile_dir();
    edit_second_registrar(&dir);
    let profile = Profile::open(dir.path().join("p"), Mode::ReadWrite).unwrap();
    let mut app = profile.load("20261120-001").unwrap();
    app.websites.truncate(1);
    profile.save("20261120-001", &app).unwrap();
    drop(profile);
    let (state, store) = started(&dir, Lang::EnUs);
    let w = state.wizard().unwrap();
    assert_eq!(w.websites.editing, Some(0));
    assert_eq!(
        focused(&state).as_deref(),
        Some("websites[0].registration.registrar")
    );
    drop(store);

    // No website at all: the step's (empty) list.
    let profile = Profile::open(dir.path().join("p"), Mode::ReadWrite).unwrap();
    app.websites.clear();
    profile.save("20261120-001", &app).unwrap();
    drop(profile);
    let (state, _store) = started(&dir, Lang::EnUs);
    let w = state.wizard().unwrap();
    assert_eq!((w.step, w.websites.editing), (Step::Websites, None));
}

#[test]
fn a_place_saved_on_another_step_is_not_used() {
    let dir = profile_dir();
    edit_second_registrar(&dir);
    let profile = Profile::open(dir.path().join("p"), Mode::ReadWrite).unwrap();
    let mut app = profile.load("20261120-001").unwrap();
    app.meta.step = Some(Step::Review);
    profile.save("20261120-001", &app).unwrap();
    drop(profile);
    let (state, _store) = started(&dir, Lang::EnUs);
    let w = state.wizard().unwrap();
    assert_eq!(w.step, Step::Review, "the file's step wins");
    assert_eq!(w.websites.editing, None);
}

#[test]
fn quitting_on_the_list_resumes_the_list_at_that_filing() {
    let dir = profile_dir();
    edit_second_registrar(&dir);
    let (mut state, mut store) = started(&dir, Lang::EnUs);
    act(&mut state, &mut store, Command::Back.into());
    act(&mut state, &mut store, Command::Back.into());
    assert!(matches!(state.screen, Screen::List(_)));
    act(&mut state, &mut store, Command::Quit.into());
    drop(store);
    let (state, _store) = started(&dir, Lang::EnUs);
    let Screen::List(list) = &state.screen else {
        panic!("the list was where the user left");
    };
    assert_eq!(state.entries[list.selected].id, "20261120-001");
}

#[test]
fn settings_of_an_older_version_still_open_the_last_filing() {
    let dir = profile_dir();
    std::fs::write(
        dir.path().join("p/settings.toml"),
        "last_application = \"20261120-001\"\n",
    )
    .unwrap();
    let (state, _store) = started(&dir, Lang::EnUs);
    let w = state.wizard().unwrap();
    assert_eq!((w.step, w.websites.editing), (Step::Websites, None));
}
