//! The runtime's side of saving: failed saves never silent, quits that do not lose the last
//! edit, files changed by someone else, the profile's notice — and how each looks, in both
//! languages at 80x24.

mod common;

use common::*;
use icp_tui::app::action::Command;
use icp_tui::app::run::{SaveOutcome, Store, perform, sync_from_disk};
use icp_tui::app::state::{Entry, Flash, State, Unreadable};
use icp_tui::app::update::{start, update};
use icp_tui::i18n::Lang;
use icp_tui::model::{Application, Step};

/// An in-memory store whose saves can be made to fail or to find someone else's change.
#[derive(Default)]
struct Disk {
    files: Vec<(String, Application)>,
    failing: Option<String>,
    conflict: Option<Application>,
    changed_elsewhere: Option<Application>,
    saves: usize,
}

impl Store for Disk {
    fn list(&self) -> Vec<Entry> {
        self.files
            .iter()
            .map(|(id, app)| entry(id, app.clone()))
            .collect()
    }
    fn save(&mut self, id: &str, app: &Application) -> Result<(), String> {
        self.saves += 1;
        if let Some(reason) = &self.failing {
            return Err(reason.clone());
        }
        self.files.retain(|(i, _)| i != id);
        self.files.push((id.to_string(), app.clone()));
        Ok(())
    }
    fn save_app(&mut self, id: &str, app: &Application) -> Result<SaveOutcome, String> {
        if let Some(theirs) = self.conflict.take() {
            self.saves += 1;
            return Ok(SaveOutcome::Conflict {
                copy: format!("/p/applications/{id}.conflict-20261122-180211.toml"),
                theirs: Box::new(theirs),
            });
        }
        self.save(id, app).map(|()| SaveOutcome::Saved)
    }
    fn reload_if_changed(&mut self, _: &str) -> Option<Application> {
        self.changed_elsewhere.take()
    }
    fn delete(&mut self, _: &str) -> Result<(), String> {
        Ok(())
    }
    fn save_settings(&mut self, _: Option<Lang>, _: Option<&str>) -> Result<(), String> {
        Ok(())
    }
    fn notice(&self) -> Option<Flash> {
        None
    }
}

fn act(state: &mut State, disk: &mut Disk, command: Command) {
    let effects = update(state, cmd(command), &now());
    perform(state, disk, effects);
}

fn opened(disk: &Disk, lang: Lang) -> State {
    let mut state = state_with(disk.list(), lang);
    start(&mut state, Some("a"), &now());
    state
}

fn disk_with_a() -> Disk {
    Disk {
        files: vec![("a".into(), app("A", Some("beijing")))],
        ..Disk::default()
    }
}

const DISK_FULL: &str = "No space left on device (os error 28)";

#[test]
fn a_quit_whose_save_fails_keeps_the_app_open_until_asked_twice() {
    let mut disk = disk_with_a();
    let mut state = opened(&disk, Lang::EnUs);
    disk.failing = Some(DISK_FULL.into());
    act(&mut state, &mut disk, Command::NextStep);
    assert!(state.wizard().unwrap().unsaved);
    assert_eq!(state.flash.as_ref().unwrap().id, "save-failed");

    act(&mut state, &mut disk, Command::Quit);
    assert!(!state.quit, "the last edit would be lost");
    assert_eq!(state.flash.as_ref().unwrap().id, "quit-save-failed");
    act(&mut state, &mut disk, Command::Quit);
    assert!(!state.quit);
    assert_eq!(state.flash.as_ref().unwrap().id, "quit-save-failed-last");
    let saves = disk.saves;
    act(&mut state, &mut disk, Command::Quit);
    assert!(state.quit, "asked a third time, after two warnings");
    assert_eq!(disk.saves, saves, "no third attempt");
}

#[test]
fn a_retried_quit_that_saves_quits() {
    let mut disk = disk_with_a();
    let mut state = opened(&disk, Lang::EnUs);
    disk.failing = Some(DISK_FULL.into());
    act(&mut state, &mut disk, Command::NextStep);
    act(&mut state, &mut disk, Command::Quit);
    assert!(!state.quit);
    disk.failing = None;
    act(&mut state, &mut disk, Command::Quit);
    assert!(state.quit);
    assert_eq!(
        disk.files[0].1.meta.step,
        state.wizard().unwrap().app.meta.step
    );
}

#[test]
fn another_key_between_failed_quits_starts_the_count_again() {
    let mut disk = disk_with_a();
    let mut state = opened(&disk, Lang::EnUs);
    disk.failing = Some(DISK_FULL.into());
    act(&mut state, &mut disk, Command::NextStep);
    act(&mut state, &mut disk, Command::Quit);
    act(&mut state, &mut disk, Command::Quit);
    act(&mut state, &mut disk, Command::Down);
    act(&mut state, &mut disk, Command::Quit);
    assert!(!state.quit);
    assert_eq!(state.flash.as_ref().unwrap().id, "quit-save-failed");
}

#[test]
fn a_new_filing_whose_first_save_fails_is_not_listed() {
    let mut disk = Disk {
        failing: Some(DISK_FULL.into()),
        ..Disk::default()
    };
    let mut state = state_with(Vec::new(), Lang::EnUs);
    let effects = start(&mut state, None, &now());
    perform(&mut state, &mut disk, effects);
    assert_eq!(disk.saves, 0, "nothing written before the first change");
    act(&mut state, &mut disk, Command::NextStep);
    assert_eq!(state.flash.as_ref().unwrap().id, "save-failed");
    assert!(state.entries.is_empty(), "it does not exist");
    act(&mut state, &mut disk, Command::Back);
    assert!(state.entries.is_empty());
}

#[test]
fn a_conflict_shows_their_file_and_names_the_copy() {
    let mut disk = disk_with_a();
    let mut state = opened(&disk, Lang::EnUs);
    let mut theirs = app("Theirs", Some("shanghai"));
    theirs.subject.name = Some("李四".into());
    disk.conflict = Some(theirs.clone());
    act(&mut state, &mut disk, Command::NextStep);
    let w = state.wizard().unwrap();
    assert_eq!(w.app, theirs);
    assert_eq!(w.step, Step::Subject, "theirs is shown where the user is");
    assert!(!w.unsaved);
    let flash = state.flash.as_ref().unwrap();
    assert_eq!(flash.id, "file-conflict");
    assert!(
        flash
            .args
            .iter()
            .any(|(k, v)| *k == "copy" && v.contains(".conflict-"))
    );
}

#[test]
fn a_file_changed_elsewhere_is_reloaded_when_nothing_is_unsaved() {
    let mut disk = disk_with_a();
    let mut state = opened(&disk, Lang::EnUs);
    let theirs = app("Theirs", Some("shanghai"));
    disk.changed_elsewhere = Some(theirs.clone());
    let flash = sync_from_disk(&mut state, &mut disk).expect("reloaded");
    assert_eq!(flash.id, "file-reloaded");
    assert_eq!(state.wizard().unwrap().app, theirs);
    assert_eq!(state.entries[0].app.as_ref().unwrap(), &theirs);
}

#[test]
fn a_file_changed_elsewhere_is_not_reloaded_over_unsaved_changes() {
    let mut disk = disk_with_a();
    let mut state = opened(&disk, Lang::EnUs);
    disk.failing = Some(DISK_FULL.into());
    act(&mut state, &mut disk, Command::NextStep);
    let ours = state.wizard().unwrap().app.clone();
    disk.changed_elsewhere = Some(app("Theirs", None));
    assert!(sync_from_disk(&mut state, &mut disk).is_none());
    assert_eq!(state.wizard().unwrap().app, ours);
}

// ---- How it looks ----

#[test]
fn screens_of_a_quit_whose_save_failed() {
    for lang in Lang::ALL {
        let mut disk = disk_with_a();
        let mut state = opened(&disk, lang);
        disk.failing = Some(DISK_FULL.into());
        act(&mut state, &mut disk, Command::NextStep);
        act(&mut state, &mut disk, Command::Quit);
        snapshot_80x24!("quit_save_failed", &state);
        act(&mut state, &mut disk, Command::Quit);
        snapshot_80x24!("quit_save_failed_last", &state);
    }
}

#[test]
fn screens_of_a_conflict() {
    for lang in Lang::ALL {
        let mut disk = disk_with_a();
        let mut state = opened(&disk, lang);
        disk.conflict = Some(app("Theirs", Some("shanghai")));
        act(&mut state, &mut disk, Command::NextStep);
        snapshot_80x24!("conflict", &state);
    }
}

#[test]
fn screens_of_the_profile_notice_and_a_file_too_large() {
    for lang in Lang::ALL {
        let mut entries = vec![entry(
            "20261120-001",
            app("张三的技术笔记", Some("beijing")),
        )];
        entries.push(Entry {
            id: "huge".into(),
            file: "/home/me/.local/share/icp-tui/applications/huge.toml".into(),
            app: Err(Unreadable::TooLarge {
                bytes: 38_797_312,
                limit: 10 * 1024 * 1024,
            }),
        });
        let mut state = state_with(entries, lang);
        state.screen = icp_tui::app::state::Screen::List(icp_tui::app::state::ListState::at(1));
        state.flash = Some(Flash::error(
            "profile-loose-many",
            vec![
                ("path", "/home/me/.local/share/icp-tui/applications".into()),
                ("mode", "0755".into()),
                (
                    "command",
                    "chmod go= '/home/me/.local/share/icp-tui/applications' \
                     '/home/me/.local/share/icp-tui/applications/huge.toml'"
                        .into(),
                ),
                ("count", "2".into()),
            ],
        ));
        snapshot_80x24!("profile_notice", &state);
    }
}

// ---- `icp-tui check` and the size limit ----

#[test]
fn check_refuses_a_file_above_the_limit_and_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let limit = icp_tui::profile::MAX_FILE_BYTES as usize;
    let base = include_str!("data/valid_individual.toml");
    let huge = dir.path().join("huge.toml");
    let mut text = base.to_string();
    text.push_str(&"#".repeat(limit + 1 - text.len()));
    std::fs::write(&huge, &text).unwrap();
    let at_limit = dir.path().join("at-limit.toml");
    std::fs::write(&at_limit, &text[..limit]).unwrap();
    let check = |file: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_icp-tui"))
            .args(["--lang", "en-US", "check", "--today", "2026-11-22"])
            .arg(file)
            .env_clear()
            .env("HOME", dir.path())
            .output()
            .unwrap()
    };
    let o = check(&huge);
    assert_eq!(o.status.code(), Some(2));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        said.contains("huge.toml") && said.contains("10 MB") && said.contains("right file"),
        "{said}"
    );
    // The nearest case that does not fire: exactly at the limit is checked.
    let o = check(&at_limit);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn esc_after_a_failed_save_keeps_the_change_and_leaves_once_it_is_saved() {
    let mut disk = disk_with_a();
    let mut state = opened(&disk, Lang::EnUs);
    disk.failing = Some(DISK_FULL.into());
    act(&mut state, &mut disk, Command::NextStep);
    let ours = state.wizard().unwrap().app.clone();
    let saves = disk.saves;

    act(&mut state, &mut disk, Command::Back);
    assert_eq!(disk.saves, saves + 1, "Esc tries the save again");
    let w = state.wizard().expect("the filing stays open");
    assert!(w.unsaved);
    assert_eq!(w.app, ours, "the change is kept");
    let flash = state.flash.as_ref().unwrap();
    assert_eq!(flash.id, "leave-save-failed");
    assert!(flash.args.iter().any(|(_, v)| v == DISK_FULL));

    disk.failing = None;
    act(&mut state, &mut disk, Command::Back);
    assert!(state.wizard().is_none(), "saved, so Esc leaves");
    assert_eq!(disk.files[0].1, ours);
    assert_eq!(state.entries[0].app.as_ref().unwrap(), &ours);
}

#[test]
fn esc_with_everything_saved_leaves_without_saving_again() {
    let mut disk = disk_with_a();
    let mut state = opened(&disk, Lang::EnUs);
    act(&mut state, &mut disk, Command::NextStep);
    let saves = disk.saves;
    act(&mut state, &mut disk, Command::Back);
    assert!(state.wizard().is_none());
    assert_eq!(disk.saves, saves);
}

#[test]
fn screens_of_esc_after_a_failed_save() {
    for lang in Lang::ALL {
        let mut disk = disk_with_a();
        let mut state = opened(&disk, lang);
        disk.failing = Some(DISK_FULL.into());
        act(&mut state, &mut disk, Command::NextStep);
        act(&mut state, &mut disk, Command::Back);
        snapshot_80x24!("leave_save_failed", &state);
    }
}
