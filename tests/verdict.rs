//! One readiness verdict: what Review calls "not ready" fails `check --complete`, and what
//! it calls ready passes.

mod common;

use std::process::Command;

use icp_tui::engine::{self, Verdict};
use icp_tui::model::Application;
use icp_tui::rules::Rules;

const INDIVIDUAL: &str = include_str!("data/valid_individual.toml");

fn check_complete(text: &str) -> i32 {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.toml");
    std::fs::write(&file, text).unwrap();
    // The base's attached scan, where `check` runs (its path is relative).
    std::fs::create_dir(dir.path().join("scans")).unwrap();
    std::fs::write(dir.path().join("scans/id.jpg"), [0xFF, 0xD8, 0xFF, 0xE0]).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_icp-tui"))
        .args([
            "check",
            "--complete",
            "--no-rules-override",
            "--lang",
            "en-US",
        ])
        .args(["--today", "2026-11-22"])
        .arg(&file)
        .current_dir(dir.path())
        .env("HOME", dir.path())
        .env_remove("ICP_TUI_PROFILE")
        .output()
        .unwrap();
    o.status.code().unwrap()
}

fn verdict(text: &str) -> Verdict {
    let app = Application::from_toml_str(text).unwrap();
    engine::verdict(&engine::check(&app, Rules::builtin(), &common::now()))
}

#[test]
fn documents_not_ticked_are_not_ready_on_review_and_under_check_complete() {
    let unticked = INDIVIDUAL.replace(
        "\"subject.id_card\" = { done = true",
        "\"subject.id_card\" = { done = false",
    );
    assert_ne!(unticked, INDIVIDUAL);
    assert_eq!(verdict(&unticked), Verdict::DocumentsMissing);
    assert!(!engine::is_ready(&engine::check(
        &Application::from_toml_str(&unticked).unwrap(),
        Rules::builtin(),
        &common::now()
    )));
    assert_eq!(check_complete(&unticked), 1);

    // The nearest case: every document ticked is ready on both.
    assert!(verdict(INDIVIDUAL).is_ready(), "{:?}", verdict(INDIVIDUAL));
    assert_eq!(check_complete(INDIVIDUAL), 0);
}
