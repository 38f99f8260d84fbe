//! The looks from outside: `--color` for check and status, TERM=dumb and pipes refused, the
//! app in a pseudo-terminal with `--theme`, `--color`, `--symbols`, NO_COLOR, and F3 saved.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::pty::{CTRL_C, Session};

const BIN: &str = env!("CARGO_BIN_EXE_icp-tui");
const INDIVIDUAL: &str = include_str!("data/valid_individual.toml");

/// A filing whose leader's mobile is not a mainland number: one error finding.
fn with_an_error(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("a.toml");
    std::fs::write(&path, INDIVIDUAL.replacen("13800138000", "12345678901", 1)).unwrap();
    path
}

fn check(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(BIN);
    command
        .arg("check")
        .args(args)
        .arg(with_an_error(dir))
        .args(["--lang", "en-US", "--today", "2026-11-22"])
        .env_clear()
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"));
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().unwrap()
}

#[test]
fn check_colours_severity_words_only_when_asked_on_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let always = check(dir.path(), &["--color", "always"], &[("NO_COLOR", "1")]);
    let text = String::from_utf8(always.stdout).unwrap();
    assert!(text.contains("\x1b[1;31merror\x1b[0m"), "{text}");
    // The nearest cases: a pipe with auto, and never, are plain.
    for args in [&[][..], &["--color", "never"][..], &["--color", "auto"][..]] {
        let plain = check(dir.path(), args, &[]);
        let text = String::from_utf8(plain.stdout).unwrap();
        assert!(
            text.contains("error") && !text.contains('\x1b'),
            "{args:?}: {text}"
        );
        assert_eq!(plain.status.code(), Some(1));
    }
}

#[test]
fn a_json_report_is_never_coloured() {
    let dir = tempfile::tempdir().unwrap();
    let out = check(dir.path(), &["--json", "--color", "always"], &[]);
    assert!(!String::from_utf8(out.stdout).unwrap().contains('\x1b'));
}

#[test]
fn an_unknown_colour_word_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let out = check(dir.path(), &["--color", "sometimes"], &[]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("--color") && stderr.contains("never"),
        "{stderr}"
    );
}

#[test]
fn the_app_on_a_pipe_is_refused_with_what_to_use_instead() {
    let profile = tempfile::tempdir().unwrap();
    for (lang, expected) in [("en-US", "icp-tui check"), ("zh-CN", "icp-tui status")] {
        let out = Command::new(BIN)
            .args(["--lang", lang, "--profile"])
            .arg(profile.path())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty(), "nothing is drawn");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(expected), "{stderr}");
    }
}

#[test]
fn a_dumb_terminal_is_refused_and_nothing_is_drawn() {
    let profile = tempfile::tempdir().unwrap();
    let mut session =
        Session::start_with_env(&["--lang", "en-US"], profile.path(), &[("TERM", "dumb")]);
    assert_eq!(session.wait_exit_code(), 2);
    // The exit can be seen before the pty's reader thread has taken the last bytes.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let mut raw = String::new();
    while std::time::Instant::now() < deadline {
        raw = String::from_utf8_lossy(&session.raw()).to_string();
        if raw.contains("icp-tui check") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    assert!(
        raw.contains("TERM=dumb") && raw.contains("icp-tui check"),
        "{raw}"
    );
    assert!(!raw.contains("\x1b["), "no escape sequence: {raw:?}");
}

#[test]
fn the_same_app_in_a_real_terminal_is_the_nearest_case_that_runs() {
    let profile = tempfile::tempdir().unwrap();
    let mut session = Session::start(&["--lang", "en-US"], profile.path());
    session.wait_for("ICP filing assistant");
    assert!(session.in_alternate_screen());
    session.send(CTRL_C);
    assert!(session.wait_exit());
}

/// The app's first screen, its raw bytes, after it quit.
fn first_screen(args: &[&str], env: &[(&str, &str)]) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let mut all = vec!["--lang", "en-US"];
    all.extend_from_slice(args);
    let mut session = Session::start_with_env(&all, profile.path(), env);
    session.wait_for("ICP filing assistant");
    let screen = session.contents();
    session.send(CTRL_C);
    assert!(session.wait_exit());
    (screen, String::from_utf8_lossy(&session.raw()).to_string())
}

/// Whether a foreground or background colour was set (SGR 30–49, 90–107, 38;5, 48;5, …).
fn has_colour(raw: &str) -> bool {
    raw.split("\x1b[").skip(1).any(|seq| {
        let Some(end) = seq.find(|c: char| c.is_ascii_alphabetic()) else {
            return false;
        };
        seq[end..].starts_with('m')
            && seq[..end].split(';').any(|p| {
                matches!(
                    p.parse::<u16>(),
                    Ok(30..=37 | 38 | 40..=47 | 48 | 90..=97 | 100..=107)
                )
            })
    })
}

#[test]
fn light_and_ascii_are_drawn_as_asked() {
    let (screen, raw) = first_screen(&["--theme", "light", "--symbols", "ascii"], &[]);
    assert!(
        screen.contains("icp-tui - ICP filing assistant"),
        "{screen}"
    );
    // The light theme's accent, colour 24 of the 256.
    assert!(raw.contains("5;24m") || raw.contains(";24;"), "{raw:?}");
    let (screen, raw) = first_screen(&["--theme", "dark", "--symbols", "unicode"], &[]);
    assert!(
        screen.contains("icp-tui · ICP filing assistant"),
        "{screen}"
    );
    assert!(has_colour(&raw));
}

#[test]
fn never_and_no_color_draw_without_colour_and_always_beats_no_color() {
    let (_, raw) = first_screen(&["--color", "never"], &[]);
    assert!(!has_colour(&raw), "{raw:?}");
    let (_, raw) = first_screen(&[], &[("NO_COLOR", "1")]);
    assert!(!has_colour(&raw), "{raw:?}");
    let (_, raw) = first_screen(&["--color", "always"], &[("NO_COLOR", "1")]);
    assert!(has_colour(&raw), "{raw:?}");
}

#[test]
fn f3_is_saved_and_used_next_time() {
    let profile = tempfile::tempdir().unwrap();
    let mut session = Session::start(&["--lang", "en-US"], profile.path());
    session.wait_for("ICP filing assistant");
    session.send("\x1bOR");
    session.wait_for("Light theme");
    session.send(CTRL_C);
    assert!(session.wait_exit());
    let settings = std::fs::read_to_string(profile.path().join("settings.toml")).unwrap();
    assert!(settings.contains("theme = \"light\""), "{settings}");
}

#[test]
fn an_unknown_theme_in_the_settings_is_said_not_guessed() {
    let profile = tempfile::tempdir().unwrap();
    let settings = profile.path().join("settings.toml");
    std::fs::write(&settings, "theme = \"blue\"\n").unwrap();
    // Private, as icp-tui writes it: else the profile's own warning comes first.
    #[cfg(unix)]
    for (path, mode) in [(profile.path(), 0o700), (settings.as_path(), 0o600)] {
        let mode = std::os::unix::fs::PermissionsExt::from_mode(mode);
        std::fs::set_permissions(path, mode).unwrap();
    }
    let mut session = Session::start(&["--lang", "en-US"], profile.path());
    session.wait_for("theme = \"blue\"");
    session.send(CTRL_C);
    assert!(session.wait_exit());
}

/// The app in Chinese whose terminal answers the width probe with the cursor at `column`
/// (the answer is typed ahead: it waits in the terminal's input until the probe reads it).
fn title_after_probe(column: u16) -> String {
    let profile = tempfile::tempdir().unwrap();
    // A fixed theme: the background question would read the typed-ahead answer first.
    let mut session = Session::start(&["--lang", "zh-CN", "--theme", "dark"], profile.path());
    session.send(&format!("\x1b[1;{column}R"));
    session.wait_for("ICP 备案助手");
    let screen = session.contents();
    session.send(CTRL_C);
    assert!(session.wait_exit());
    screen.lines().next().unwrap_or_default().to_string()
}

#[test]
fn a_terminal_that_draws_ambiguous_symbols_wide_gets_ascii() {
    assert!(title_after_probe(5).contains("icp-tui - ICP"));
    // The nearest case: one column each, Unicode.
    assert!(title_after_probe(3).contains("icp-tui · ICP"));
}
