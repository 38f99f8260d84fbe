//! The list's first frame and the day change (issue 12, section 3): the application files'
//! permissions are looked at on the reader's thread and their notice comes just after the
//! first frame, in the same words as before, and `applications/`'s leftovers of interrupted
//! saves go after that frame; a new day in China re-makes the summaries on the reader's
//! thread, and until a row is re-made its day-dependent figures show "?". Snapshots of the
//! list mid-way through a new day's read, in both languages at 80x24.

mod common;

use std::fs;
use std::path::Path;
use std::sync::Arc;

use common::*;
use icp_tui::app::action::{Action, Command};
use icp_tui::app::dashboard::{summary_today, until_next_day};
use icp_tui::app::effect::Effect;
use icp_tui::app::reading::{ListBatch, Reading, summarize};
use icp_tui::app::resume::Resume;
use icp_tui::app::run::{Store, begin};
use icp_tui::app::state::{Flash, State};
use icp_tui::app::update::update;
use icp_tui::cli::tui::ProfileStore;
use icp_tui::i18n::Lang;
use icp_tui::model::{Date, Instant};
use icp_tui::profile::{Mode, Profile, with_application_looseness};
use icp_tui::rules::{Rules, SharedRules};

/// A profile of `n` filings; with `loose`, its `applications/` is 0755 and the first file
/// 0644 (as after a `cp`), and a hidden `.copy.toml` 0644 lies beside them.
fn profile_with(n: usize, loose: bool) -> tempfile::TempDir {
    let dir = profile_of(n);
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

fn rules() -> SharedRules {
    Arc::new(Rules::builtin().clone()).into()
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

// ---- the day change ----

fn at(text: &str) -> Instant {
    Instant::parse(text).unwrap()
}

/// One second before midnight in China, and five after.
fn evening() -> Instant {
    at("2026-11-22T23:59:59+08:00")
}

fn after_midnight() -> Instant {
    at("2026-11-23T00:00:05+08:00")
}

fn three_filings(lang: Lang) -> State {
    let entries = (0..3)
        .map(|i| {
            entry(
                &format!("20261120-00{i}"),
                enterprise(&format!("Client {i}")),
            )
        })
        .collect();
    let mut state = state_with(entries, lang);
    // As the runtime's `begin` sets it for a store with a reader.
    state.summaries_off_thread = true;
    icp_tui::app::update::start(&mut state, None, &evening());
    state
}

fn day_effect(effects: &[Effect]) -> Option<Date> {
    effects.iter().find_map(|e| match e {
        Effect::SummarizeDay { day } => Some(*day),
        _ => None,
    })
}

fn shown_today(state: &State) -> usize {
    state
        .entries
        .iter()
        .filter(|e| summary_today(state, e).is_some())
        .count()
}

/// The batch of a new day's read (generation `generation`) that re-made `ids`, of 3.
fn remade(state: &State, ids: &[&str], done: usize, generation: u64) -> ListBatch {
    let entries: Vec<_> = ids
        .iter()
        .map(|id| state.entry(id).unwrap().clone())
        .collect();
    ListBatch {
        generation,
        total: Some(3),
        done,
        summaries: summarize(&entries, Rules::builtin(), &after_midnight()),
        entries,
        complete: (done == 3).then(|| state.entries.iter().map(|e| e.id.clone()).collect()),
        ..ListBatch::default()
    }
}

/// The list as the day's read begins (what `Lists::start` does for `Effect::SummarizeDay`).
fn begin_day_read(state: &mut State, day: Date) {
    state.reading = Some(Reading {
        generation: 1,
        day: Some(day),
        ..Reading::again()
    });
}

#[test]
fn midnight_asks_the_reader_for_the_new_day_and_shows_no_old_figure_meanwhile() {
    let mut state = three_filings(Lang::EnUs);
    assert_eq!(shown_today(&state), 3);
    // The nearest case that does not fire: a second before midnight.
    let effects = update(&mut state, Action::Tick, &evening());
    assert_eq!(day_effect(&effects), None);
    assert_eq!(shown_today(&state), 3);

    let effects = update(&mut state, Action::Tick, &after_midnight());
    let day = day_effect(&effects).expect("the new day's read is asked for");
    assert_eq!(day, after_midnight().china_date());
    assert_eq!(
        shown_today(&state),
        0,
        "yesterday's figures are not today's"
    );
    assert!(
        state
            .summaries
            .values()
            .all(|(_, at, _)| *at == evening().china_date()),
        "nothing summarized again on this thread"
    );

    begin_day_read(&mut state, day);
    let effects = update(
        &mut state,
        Action::Command(Command::Down),
        &after_midnight(),
    );
    assert_eq!(day_effect(&effects), None, "asked once while its read runs");

    let batch = remade(&state, &["20261120-001"], 1, 1);
    update(
        &mut state,
        Action::ListRead(Box::new(batch)),
        &after_midnight(),
    );
    assert_eq!(shown_today(&state), 1);
    let one = state.entry("20261120-001").unwrap().clone();
    assert!(
        summary_today(&state, &one).is_some(),
        "the re-made row shows"
    );

    let batch = remade(&state, &["20261120-000", "20261120-002"], 3, 1);
    let effects = update(
        &mut state,
        Action::ListRead(Box::new(batch)),
        &after_midnight(),
    );
    assert_eq!(day_effect(&effects), None);
    assert!(state.reading.is_none());
    assert_eq!(shown_today(&state), 3);
}

#[test]
fn without_a_reader_the_new_day_is_summarized_at_once_as_before() {
    let mut state = three_filings(Lang::EnUs);
    state.summaries_off_thread = false;
    let effects = update(&mut state, Action::Tick, &after_midnight());
    assert_eq!(day_effect(&effects), None);
    assert_eq!(shown_today(&state), 3);
}

#[test]
fn a_read_begun_before_midnight_is_followed_by_the_new_days() {
    let mut state = three_filings(Lang::EnUs);
    state.reading = Some(Reading {
        generation: 1,
        ..Reading::again()
    });
    // Yesterday's summaries of a read that began before midnight arrive after it.
    let mut batch = remade(&state, &["20261120-000"], 1, 1);
    batch.summaries = summarize(&batch.entries, Rules::builtin(), &evening());
    let effects = update(
        &mut state,
        Action::ListRead(Box::new(batch)),
        &after_midnight(),
    );
    assert_eq!(day_effect(&effects), Some(after_midnight().china_date()));
    assert_eq!(shown_today(&state), 0);
}

#[test]
fn screens_of_the_list_mid_way_through_a_new_days_read() {
    for lang in Lang::ALL {
        let mut state = three_filings(lang);
        let effects = update(&mut state, Action::Tick, &after_midnight());
        begin_day_read(&mut state, day_effect(&effects).unwrap());
        snapshot("new_day_folder", &state);
        let batch = remade(&state, &["20261120-001"], 1, 1);
        update(
            &mut state,
            Action::ListRead(Box::new(batch)),
            &after_midnight(),
        );
        snapshot("new_day_mid_read", &state);
        // The widest heading: the longest order's name, five-digit counts; nothing is cut.
        state.sort = icp_tui::report::summary::SortKey::Updated;
        if let Some(reading) = &mut state.reading {
            (reading.done, reading.total) = (10_000, Some(10_000));
        }
        snapshot("new_day_widest_heading", &state);
    }
}

#[test]
fn the_days_reader_summarizes_every_file_read_before_or_not() {
    let dir = profile_with(3, false);
    let mut store = store(dir.path(), Mode::ReadWrite, true);
    let first = one_read(&mut store);
    assert_eq!(first.iter().map(|b| b.summaries.len()).sum::<usize>(), 3);
    // The nearest case: the plain reader summarizes nothing unchanged.
    assert_eq!(
        one_read(&mut store)
            .iter()
            .map(|b| b.summaries.len())
            .sum::<usize>(),
        0
    );
    let reader = store.day_reader().unwrap();
    let mut batches = Vec::new();
    reader.read(after_midnight(), rules(), &mut |b| batches.push(b));
    let days: Vec<Date> = batches
        .iter()
        .flat_map(|b| b.summaries.iter().map(|s| s.2))
        .collect();
    assert_eq!(days, vec![after_midnight().china_date(); 3]);
}

#[test]
fn the_runtime_starts_the_days_read_in_place_of_a_reload() {
    let dir = profile_with(3, false);
    let mut store = store(dir.path(), Mode::ReadWrite, true);
    let (mut state, lists) = first_frame(&mut store);
    lists.finish(&mut state, &mut store);
    let day = after_midnight().china_date();
    let mut effects = vec![Effect::Reload, Effect::SummarizeDay { day }];
    lists.take_reload(&mut state, &mut store, &mut effects);
    assert_eq!(
        effects,
        Vec::new(),
        "both taken: the day's read does a reload's work"
    );
    assert_eq!(state.reading.as_ref().and_then(|r| r.day), Some(day));
    lists.finish(&mut state, &mut store);
    assert_eq!(state.entries.len(), 3);
}

#[test]
fn the_wait_for_midnight_is_counted_in_china_time() {
    let secs = |t: &str| until_next_day(&at(t)).as_secs();
    assert_eq!(secs("2026-11-22T23:59:30+08:00"), 30);
    assert_eq!(
        secs("2026-11-22T15:59:59Z"),
        1,
        "midnight +08:00 is 16:00 UTC"
    );
    assert_eq!(secs("2026-11-22T16:00:00Z"), 86_400);
    assert_eq!(secs("2026-11-23T00:00:00+08:00"), 86_400);
}

fn snapshot(name: &str, state: &State) {
    insta::assert_snapshot!(format!("{name}_{}", state.lang.tag()), drawn(state, 80, 24));
}

// ---- the leftovers of interrupted saves, after the first frame ----

#[test]
fn leftovers_in_applications_wait_for_the_first_frame_then_go() {
    let dir = profile_with(2, false);
    let apps = dir.path().join("p/applications");
    let leftover = apps.join(".icp-tui-interrupted.tmp");
    fs::write(&leftover, "half a save").unwrap();

    // Read-only: no lock, nothing removed.
    let mut read_only = store(dir.path(), Mode::ReadOnly, true);
    read_only.after_first_frame();
    assert!(leftover.exists());
    drop(read_only);

    let mut quick = store(dir.path(), Mode::ReadWrite, true);
    assert!(
        leftover.exists(),
        "opening did not go through applications/"
    );
    let (mut state, lists) = first_frame(&mut quick);
    lists.finish(&mut state, &mut quick);
    assert_eq!(state.entries.len(), 2, "never listed meanwhile");
    quick.after_first_frame();
    assert!(!leftover.exists());
    drop(quick);

    // `Profile::open` (the headless commands) removes them on opening, as before.
    fs::write(&leftover, "half a save").unwrap();
    let _full = store(dir.path(), Mode::ReadWrite, false);
    assert!(!leftover.exists());
}
