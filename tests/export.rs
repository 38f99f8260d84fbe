//! `icp-tui export --format markdown`: the document against golden files, and the command
//! (stdout, --output, --today, errors) through the real binary.
//!
//! The golden files are tests/data/export_<lang>.md (a filing in Beijing) and
//! export_jiangsu_<lang>.md (the same in Jiangsu, where some documents apply). `ICP_TUI_REGENERATE=1 cargo test --test
//! export` rewrites them (read the diff before committing); CI compares.

use std::path::{Path, PathBuf};
use std::process::Command;

use icp_tui::engine;
use icp_tui::i18n::{Lang, Localizer};
use icp_tui::model::{
    Application, ChecklistEntry, Date, Instant, Registration, SubjectKind, Website,
};
use icp_tui::report::markdown::{Export, render};
use icp_tui::rules::Rules;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn instant(text: &str) -> Instant {
    Instant::parse(text).unwrap()
}

fn application() -> Application {
    let mut a = Application::new("星河官网 *beta*", instant("2026-11-20T09:30:00+08:00"));
    a.subject.kind = Some(SubjectKind::Enterprise);
    a.subject.name = Some("北京星河科技（北京）有限公司".into());
    a.subject.province = Some("beijing".into());
    a.websites = vec![Website {
        name: Some("星河科技官网".into()),
        domain: Some("xinghe-tech.cn".into()),
        registration: Registration {
            registrant: Some("北京星河科技(北京)有限公司".into()),
            expires: Some(date("2027-05-01")),
            ..Registration::default()
        },
        ..Website::default()
    }];
    a.access.subscription_end = Some(date("2026-12-05"));
    a.progress.submitted = Some(instant("2026-11-20T10:00:00+08:00"));
    a.progress.provider_approved = Some(date("2026-11-21"));
    a.checklist.insert(
        "subject.business_license".into(),
        ChecklistEntry {
            done: true,
            file: Some("scans/licence.png".into()),
            note: Some("副本 | 彩色".into()),
            ..ChecklistEntry::default()
        },
    );
    a.checklist.insert(
        "subject.id_card".into(),
        ChecklistEntry {
            done: true,
            ..ChecklistEntry::default()
        },
    );
    a
}

fn golden_path(name: &str, lang: Lang) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(format!("{name}_{}.md", lang.tag()))
}

/// The same filing made in Jiangsu: documents only some provinces ask for (the domain
/// certificate) are on its checklist, and the document names those provinces.
fn application_in_jiangsu() -> Application {
    let mut a = application();
    a.subject.province = Some("jiangsu".into());
    a
}

#[test]
fn the_document_matches_the_golden_files() {
    for (name, app) in [
        ("export", application()),
        ("export_jiangsu", application_in_jiangsu()),
    ] {
        matches_golden(name, &app);
    }
}

fn matches_golden(name: &str, app: &Application) {
    let now = instant("2026-11-22T12:00:00+08:00");
    // The engine's own findings, deadlines and checklist for this application.
    let items = engine::checklist(app, Rules::builtin());
    let report = engine::check(app, Rules::builtin(), &now);
    for lang in Lang::ALL {
        let text = render(
            &Export {
                app,
                file: "applications/20261120-093000.toml",
                now: &now,
                items: &items,
                report: &report,
                rules: Rules::builtin(),
            },
            &Localizer::new(lang),
        );
        let path = golden_path(name, lang);
        if std::env::var_os("ICP_TUI_REGENERATE").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        let golden = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (ICP_TUI_REGENERATE=1 writes it)", path.display()));
        assert_eq!(
            text,
            golden,
            "{} differs; ICP_TUI_REGENERATE=1 rewrites it",
            path.display()
        );
    }
}

fn icp_tui(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_icp-tui"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn example() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/spec_example.toml")
        .display()
        .to_string()
}

#[test]
fn export_writes_to_stdout_or_atomically_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("filing.md");
    let out_s = out.display().to_string();
    let file = example();
    let args = [
        "export",
        "--format",
        "markdown",
        "--today",
        "2026-11-22",
        "--lang",
        "en-US",
    ];
    let printed = icp_tui(&[&args[..], &[file.as_str()]].concat());
    assert!(printed.status.success(), "{printed:?}");
    let stdout = String::from_utf8(printed.stdout).unwrap();
    assert!(stdout.starts_with("# ICP filing: "), "{stdout}");
    assert!(stdout.contains("as of 2026-11-22"), "{stdout}");
    let written = icp_tui(&[&args[..], &["--output", out_s.as_str(), file.as_str()]].concat());
    assert!(written.status.success(), "{written:?}");
    assert!(written.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), stdout);
    // Only the file remains: the temporary file was renamed over it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn export_speaks_chinese() {
    let file = example();
    let output = icp_tui(&["export", "--lang", "zh-CN", "--today", "2026-11-22", &file]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.starts_with("# ICP 备案："), "{stdout}");
    assert!(stdout.contains("## 备案材料"), "{stdout}");
}

#[test]
fn export_refuses_bad_input_with_exit_2() {
    let file = example();
    for args in [
        vec!["export", "--today", "2026-02-30", file.as_str()],
        vec!["export", "--format", "html", file.as_str()],
        vec!["export", "/nonexistent/application.toml"],
    ] {
        let output = icp_tui(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        assert!(output.stdout.is_empty());
        assert!(!output.stderr.is_empty());
    }
    let output = icp_tui(&["export", "--lang", "zh-CN", "--today", "soon", &file]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("不是日期"), "{stderr}");
}

#[test]
fn export_of_an_unparsable_file_names_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "format = \"icp-tui/application\"\nversion = 1\n[access]\nsubscription_end = \"soon\"\n",
    )
    .unwrap();
    let output = icp_tui(&["export", "--lang", "en-US", &bad.display().to_string()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("line 4"), "{stderr}");
    assert!(stderr.contains("access.subscription_end"), "{stderr}");
}
