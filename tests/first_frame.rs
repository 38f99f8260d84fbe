//! The list's first frame and the day change (issue 12, section 3): the application files'
//! permissions are looked at on the reader's thread and their notice comes just after the
//! first frame, in the same words as before; a new day in China re-makes the summaries on
//! the reader's thread, and until a row is re-made its day-dependent figures show "?".

mod common;

use std::fs;
use std::path::Path;
use std::sync::Arc;

use common::*;
use icp_tui::app::action::{Action, Command};
use icp_tui::app::reading::ListBatch;
use icp_tui::app::resume::Resume;
use icp_tui::app::run::{Store, begin};
use icp_tui::app::state::{Flash, State};
use icp_tui::app::update::update;
use icp_tui::cli::tui::ProfileStore;
use icp_tui::i18n::Lang;
use icp_tui::model::Application;
use icp_tui::profile::{Mode, Profile, with_application_looseness};
use icp_tui::rules::Rules;

fn enterprise(title: &str) -> Application {
    let mut app = Application::from_toml_str(include_str!("data/valid_enterprise.toml")).unwrap();
    app.meta.title = Some(title.into());
    app
}

/// A profile of `n` filings; with `loose`, its `applications/` is 0755 and the first file
/// 0644 (as after a `cp`), and a hidden `.copy.toml` 0644 lies beside them.
fn profile_with(n: usize, loose: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let profile = Profile::open(dir.path().join("p"), Mode::ReadWrite).unwrap();
    for i in 0..n {
        profile
            .save(
                &format!("20261120-{i:03}"),
                &enterprise(&format!("Client {i}")),
            )
            .unwrap();
    }
    drop(profile);
    #[cfg(unix)]
    if loose {
        use std::os::unix::fs::PermissionsExt;
        let apps = dir.path().join("p/applications");
        let mode = |m| fs::Permissions::from_mode(m);
        fs::set_permissions(&apps, mode(0o755)).unwrap();
        fs::set_permissions(apps.join("20261120-000.toml"), mode(0o644)).unwrap();
        fs::write(apps.join(".copy.toml"), "x").unwrap();
        fs::set_permissions(apps.join(".copy.toml"), mode(0o644)).unwrap();
    }
    dir
}

fn store(dir: &Path, mode: Mode, leaving_files: bool) -> ProfileStore {
    let open = match leaving_files {
        true => Profile::open_leaving_files,
        false => Profile::open,
    };
    let profile = open(dir.join("p"), mode).unwrap();
    let settings = profile.settings().unwrap();
    ProfileStore::new(profile, settings, Lang::EnUs)
}

fn rules() -> Arc<Rules> {
    Arc::new(Rules::builtin().clone())
}

/// The state of the first frame and the reads under way (the runtime's `begin`).
fn first_frame(store: &mut ProfileStore) -> (State, icp_tui::app::run::Lists) {
    begin(store, Lang::EnUs, rules(), false, &Resume::default())
}

/// The batches of one read of the store's reader.
fn one_read(store: &mut ProfileStore) -> Vec<ListBatch> {
    let reader = store.reader().unwrap();
    let mut batches = Vec::new();
    reader.read(now(), rules(), &mut |b| batches.push(b));
    batches
}

// ---- the permissions, after the first frame ----

#[cfg(unix)]
#[test]
fn leaving_the_files_and_completing_them_later_gives_what_open_gives() {
    let dir = profile_with(3, true);
    let p = dir.path().join("p");
    let full = Profile::open(p.clone(), Mode::ReadOnly).unwrap();
    let quick = Profile::open_leaving_files(p.clone(), Mode::ReadOnly).unwrap();
    assert!(full.files_looked_at() && !quick.files_looked_at());
    assert_eq!(
        full.warnings().len(),
        3,
        "the folder, the 0644 file, the hidden copy"
    );
    assert_eq!(
        quick.warnings().len(),
        1,
        "only the folder: no file looked at"
    );
    assert_eq!(
        with_application_looseness(&p, quick.warnings()),
        full.warnings()
    );
}

#[cfg(unix)]
#[test]
fn the_notice_comes_after_the_first_frame_in_the_words_open_gave() {
    let dir = profile_with(3, true);
    let before = store(dir.path(), Mode::ReadWrite, false).notice();
    let told = before.clone().expect("a loose profile has a notice");
    assert_eq!(told.id, "profile-loose-many");

    let mut store = store(dir.path(), Mode::ReadWrite, true);
    assert_eq!(
        store.notice(),
        None,
        "not known at opening: nothing said yet"
    );
    let (mut state, lists) = first_frame(&mut store);
    assert_eq!(state.flash, None);
    assert!(
        state.reading.is_some(),
        "the heading says the list is still read"
    );
    lists.finish(&mut state, &mut store);
    assert_eq!(state.flash, before, "the same message, in the same place");
}

#[cfg(unix)]
#[test]
fn the_notice_is_in_the_first_batch_and_only_in_the_first_read() {
    let dir = profile_with(3, true);
    let mut store = store(dir.path(), Mode::ReadWrite, true);
    let first = one_read(&mut store);
    assert!(first[0].notice.is_some(), "before any count");
    assert_eq!(first[0].total, Some(3));
    assert!(first[1..].iter().all(|b| b.notice.is_none()));
    let again = one_read(&mut store);
    assert!(again.iter().all(|b| b.notice.is_none()), "told once");
}

#[test]
fn a_private_profile_and_a_read_only_session_have_no_notice() {
    let dir = profile_with(3, false);
    let mut tight = store(dir.path(), Mode::ReadWrite, true);
    let (mut state, lists) = first_frame(&mut tight);
    lists.finish(&mut state, &mut tight);
    assert_eq!(state.flash, None);

    // A second icp-tui reads only and says so; it never looks at the files' modes.
    let loose = profile_with(3, true);
    let mut read_only = store(loose.path(), Mode::ReadOnly, true);
    assert!(one_read(&mut read_only).iter().all(|b| b.notice.is_none()));
}

#[cfg(unix)]
#[test]
fn a_notice_that_finds_a_message_shown_waits_for_the_next_action() {
    let dir = profile_with(3, true);
    let mut store = store(dir.path(), Mode::ReadWrite, true);
    let (mut state, lists) = first_frame(&mut store);
    let other = Flash::info("lang-switched");
    state.flash = Some(other.clone());
    lists.finish(&mut state, &mut store);
    assert_eq!(state.flash, Some(other), "not written over");
    update(&mut state, Action::Command(Command::Down), &now());
    let shown = state.flash.expect("shown once the line is free");
    assert_eq!(shown.id, "profile-loose-many");
}
