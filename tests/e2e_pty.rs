//! The real binary in a pseudo-terminal: start with an empty profile, pick a province, quit,
//! start again and find the same application at the same step.

mod common;

use common::pty::{CTRL_C, CTRL_P, ENTER, Session};

#[test]
fn pick_a_province_quit_and_resume() {
    let profile = tempfile::tempdir().unwrap();
    let mut session = Session::start(&["--lang", "en-US"], profile.path());
    session.wait_for("Where is the filing made?");
    session.send("gd");
    session.wait_for("Guangdong");
    session.send(ENTER);
    session.send(CTRL_C);
    assert!(session.wait_exit(), "icp-tui exits cleanly after Ctrl+C");

    let files: Vec<_> = std::fs::read_dir(profile.path().join("applications"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "one application was saved: {files:?}");
    let saved = std::fs::read_to_string(&files[0]).unwrap();
    assert!(saved.contains("province = \"guangdong\""), "{saved}");
    // Choosing a province moves the wizard on to the subject step, and that is saved.
    assert!(saved.contains("step = \"subject\""), "{saved}");

    let mut again = Session::start(&[], profile.path());
    // English again (LANG=C says English; `--lang` is never saved); the wizard resumes at
    // the subject step.
    again.wait_for("Who files");
    again.send(CTRL_P);
    again.wait_for("Rules of Guangdong");
    // The chosen province is marked (waited for: the frame may still be arriving).
    again.wait_for("✓ 44 粤 Guangdong");
    again.send(CTRL_C);
    assert!(again.wait_exit());
    let saved_again = std::fs::read_to_string(&files[0]).unwrap();
    assert!(
        saved_again.contains("step = \"province\""),
        "the step moved back is saved:\n{saved_again}"
    );
}

#[test]
fn a_second_instance_opens_read_only() {
    let profile = tempfile::tempdir().unwrap();
    let mut first = Session::start(&["--lang", "en-US"], profile.path());
    first.wait_for("Where is the filing made?");
    let mut second = Session::start(&["--lang", "en-US"], profile.path());
    second.wait_for("Read-only");
    second.send(CTRL_C);
    assert!(second.wait_exit());
    first.send(CTRL_C);
    assert!(first.wait_exit());
}

#[test]
fn an_unusable_profile_folder_exits_with_code_2_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_icp-tui"))
        .args(["--lang", "en-US", "--profile"])
        .arg(file.join("profile"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains(&file.display().to_string()), "{message}");
}

#[test]
fn an_unknown_language_lists_the_available_ones() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_icp-tui"))
        .args(["--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("en-US") && message.contains("zh-CN"),
        "{message}"
    );
}

#[test]
fn help_is_localized() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_icp-tui"))
        .args(["--lang", "zh-CN", "--help"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("用法") && text.contains("zh-TW"), "{text}");
}

#[test]
fn every_command_has_its_help_in_both_languages() {
    for lang in ["en-US", "zh-CN"] {
        for command in [
            &[][..],
            &["check"][..],
            &["status"][..],
            &["export"][..],
            &["footer"][..],
            &["app-info"][..],
        ] {
            let output = std::process::Command::new(env!("CARGO_BIN_EXE_icp-tui"))
                .args(["--lang", lang])
                .args(command)
                .arg("--help")
                .output()
                .unwrap();
            assert!(output.status.success(), "{lang} {command:?}");
            let text = String::from_utf8_lossy(&output.stdout);
            // A message id instead of its text means the help misses a message file.
            assert!(!text.contains("cli-"), "{lang} {command:?}:\n{text}");
        }
    }
}
