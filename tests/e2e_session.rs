//! The real binary in a pseudo-terminal, ended from outside: each of SIGTERM, SIGHUP, SIGINT
//! and SIGQUIT saves the half-typed scan path, restores the terminal (alternate screen left,
//! echo back on) and exits with 128 + the signal's number. And the language: only F2 saves one.

#![cfg(unix)]

mod common;

use std::path::Path;

use common::pty::{CTRL_C, CTRL_N, ENTER, Session};

/// F2 as xterm sends it.
const F2: &str = "\x1bOQ";

/// Types a scan path on the documents step without confirming it.
fn half_typed_scan_path(profile: &Path, cwd: &Path) -> Session {
    let cwd = cwd.to_str().unwrap();
    let mut session = Session::start_with_env(&["--lang", "en-US"], profile, &[("CWD", cwd)]);
    session.wait_for("Where is the filing made?");
    session.send("gd");
    session.wait_for("Guangdong");
    session.send(ENTER);
    session.wait_for("Who files");
    // Subject → Websites → Apps → Hosting → Documents.
    session.send(&CTRL_N.repeat(4));
    session.wait_for("Documents");
    session.send(ENTER);
    session.send("scans/id.jpg");
    session.wait_for("Scan: scans/id.jpg");
    session
}

fn saved_application(profile: &Path) -> String {
    let files: Vec<_> = std::fs::read_dir(profile.join("applications"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    std::fs::read_to_string(&files[0]).unwrap()
}

#[test]
fn each_ending_signal_saves_restores_the_terminal_and_exits_128_plus_n() {
    for (name, number) in [("TERM", 15), ("HUP", 1), ("INT", 2), ("QUIT", 3)] {
        let profile = tempfile::tempdir().unwrap();
        let cwd = tempfile::tempdir().unwrap();
        let mut session = half_typed_scan_path(profile.path(), cwd.path());
        assert!(
            session.in_alternate_screen(),
            "SIG{name}: started full screen"
        );
        assert_eq!(
            session.echo(),
            Some(false),
            "SIG{name}: raw mode while running"
        );

        session.signal(name);
        assert_eq!(session.wait_exit_code(), 128 + number, "SIG{name}");

        // The last bytes may still be on their way from the pseudo-terminal.
        assert!(
            eventually(|| left_alternate_screen(&session.raw())),
            "SIG{name}: the alternate screen was left"
        );
        assert!(!session.in_alternate_screen(), "SIG{name}");
        assert_eq!(session.echo(), Some(true), "SIG{name}: echo is back on");

        let saved = saved_application(profile.path());
        let expected = cwd.path().join("scans/id.jpg");
        assert!(
            saved.contains(&format!("file = \"{}\"", expected.display())),
            "SIG{name}: the half-typed path was saved, absolute:\n{saved}"
        );
    }
}

#[test]
fn ctrl_c_saves_the_half_typed_scan_path_too() {
    let profile = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let mut session = half_typed_scan_path(profile.path(), cwd.path());
    session.send(CTRL_C);
    assert_eq!(session.wait_exit_code(), 0);
    let expected = cwd.path().join("scans/id.jpg");
    assert!(saved_application(profile.path()).contains(&expected.display().to_string()));
}

/// Whether the last entry into the alternate screen was followed by leaving it.
fn left_alternate_screen(raw: &[u8]) -> bool {
    let enter = find_last(raw, b"\x1b[?1049h");
    let leave = find_last(raw, b"\x1b[?1049l");
    matches!((enter, leave), (Some(e), Some(l)) if l > e)
}

/// Polls `condition` for up to 10 s.
fn eventually(condition: impl Fn() -> bool) -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::time::Instant::now() < deadline {
        if condition() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    false
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

fn saved_language(profile: &Path) -> Option<String> {
    let text = std::fs::read_to_string(profile.join("settings.toml")).unwrap_or_default();
    let table: toml::Table = text.parse().unwrap();
    table
        .get("language")
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

#[test]
fn the_environment_chooses_the_language_each_start_and_is_never_saved() {
    let profile = tempfile::tempdir().unwrap();
    let mut zh = Session::start_with_env(&[], profile.path(), &[("LANG", "zh_CN.UTF-8")]);
    zh.wait_for("简体中文");
    zh.send(CTRL_C);
    assert!(zh.wait_exit());
    assert_eq!(saved_language(profile.path()), None, "LANG is not a choice");

    let mut en = Session::start_with_env(&[], profile.path(), &[("LANG", "en_US.UTF-8")]);
    en.wait_for("ICP filing assistant");
    en.send(CTRL_C);
    assert!(en.wait_exit());
    assert_eq!(saved_language(profile.path()), None);
}

#[test]
fn f2_saves_the_language_and_it_outlives_the_environment() {
    let profile = tempfile::tempdir().unwrap();
    let mut zh = Session::start_with_env(&[], profile.path(), &[("LANG", "zh_CN.UTF-8")]);
    zh.wait_for("简体中文");
    zh.send(F2);
    zh.wait_for("ICP filing assistant");
    zh.send(CTRL_C);
    assert!(zh.wait_exit());
    assert_eq!(saved_language(profile.path()).as_deref(), Some("en-US"));

    let mut again = Session::start_with_env(&[], profile.path(), &[("LANG", "zh_CN.UTF-8")]);
    again.wait_for("ICP filing assistant");
    again.send(CTRL_C);
    assert!(again.wait_exit());
}

#[test]
fn a_command_line_language_is_used_and_not_saved() {
    let profile = tempfile::tempdir().unwrap();
    let mut zh = Session::start_with_env(&["--lang", "zh-CN"], profile.path(), &[]);
    zh.wait_for("简体中文");
    zh.send(CTRL_C);
    assert!(zh.wait_exit());
    assert_eq!(saved_language(profile.path()), None);
}
