//! `icp-tui check` as a script runs it: the real binary, exit codes, JSON, languages,
//! unparseable files among good ones, the rules override, and files left untouched.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_icp-tui");
const INDIVIDUAL: &str = include_str!("data/valid_individual.toml");
const ENTERPRISE: &str = include_str!("data/valid_enterprise.toml");
const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F'];

struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    /// A folder holding the scans the fixtures attach (`scans/id.jpg`, `scans/licence.jpg`),
    /// where `check` runs: their relative paths resolve here.
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("scans")).unwrap();
        for scan in ["id.jpg", "licence.jpg"] {
            std::fs::write(dir.path().join("scans").join(scan), JPEG).unwrap();
        }
        Sandbox { dir }
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// Runs the binary with a private config folder and no locale from the environment.
    fn check(&self, args: &[&str], files: &[&Path]) -> Output {
        let mut cmd = Command::new(BIN);
        cmd.arg("check")
            .args(args)
            .args(files)
            .env_clear()
            .current_dir(self.dir.path())
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.config());
        cmd.output().unwrap()
    }
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn with_error(text: &str) -> String {
    text.replace("domain = \"example.cn\"", "domain = \"example.io\"")
}

#[test]
fn exit_0_without_errors() {
    let s = Sandbox::new();
    let a = s.file("a.toml", INDIVIDUAL);
    let b = s.file("b.toml", ENTERPRISE);
    let o = s.check(&["--today", "2026-11-22"], &[&a, &b]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    assert!(stdout(&o).contains("No findings."));
    assert!(stdout(&o).contains("Rules in force: built-in"));
}

/// `check` judges attached scans as the Documents step does: a ticked document whose scan is
/// gone is not ready (`--complete` fails); the same filing with the scan there passes.
#[test]
fn a_ticked_document_whose_scan_is_gone_is_not_ready() {
    let s = Sandbox::new();
    let a = s.file("a.toml", INDIVIDUAL);
    std::fs::remove_file(s.dir.path().join("scans/id.jpg")).unwrap();
    let o = s.check(&["--complete", "--today", "2026-11-22"], &[&a]);
    assert_eq!(code(&o), 1, "{}", stdout(&o));
    let out = stdout(&o);
    assert!(
        out.contains("is ticked, but its attached file was not found"),
        "{out}"
    );
    assert!(out.contains("(checklist.\"subject.id_card\")"), "{out}");
    assert!(out.contains("required document is not ready yet"), "{out}");

    std::fs::write(s.dir.path().join("scans/id.jpg"), JPEG).unwrap();
    let o = s.check(&["--complete", "--today", "2026-11-22"], &[&a]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    assert!(stdout(&o).contains("No findings."), "{}", stdout(&o));
}

#[test]
fn exit_1_with_an_error_finding() {
    let s = Sandbox::new();
    let a = s.file("a.toml", INDIVIDUAL);
    let bad = s.file("bad.toml", &with_error(INDIVIDUAL));
    let o = s.check(&["--today", "2026-11-22"], &[&a, &bad]);
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert!(
        out.contains("DOMAIN_TLD_NOT_APPROVED") || out.contains(".io is not approved"),
        "{out}"
    );
    assert!(out.contains("What to do:"));
}

#[test]
fn json_has_the_spec_shape() {
    let s = Sandbox::new();
    let bad = s.file("bad.toml", &with_error(INDIVIDUAL));
    let o = s.check(&["--json", "--today", "2026-11-22"], &[&bad]);
    assert_eq!(code(&o), 1);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let file = &v["files"][0];
    assert_eq!(file["file"], bad.display().to_string());
    let finding = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "DOMAIN_TLD_NOT_APPROVED")
        .unwrap();
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["field"], "websites[0].domain");
    assert!(finding["message"].as_str().unwrap().contains(".io"));
    let deadline = &file["deadlines"][0];
    assert!(deadline["kind"].is_string());
    assert!(deadline["due"].as_str().unwrap().len() == 10);
    assert!(deadline["days_left"].is_i64());
    assert_eq!(v["rules"]["origin"], "builtin");
}

#[test]
fn today_as_a_date_means_noon_in_china_and_rfc3339_counts_hours() {
    let s = Sandbox::new();
    let text = INDIVIDUAL.replace(
        "[checklist]",
        "[progress]\nsms_requested = 2026-11-21T13:00:00+08:00\n\n[checklist]",
    );
    let f = s.file("sms.toml", &text);
    // At 12:00 on the 22nd, one hour of the 24-hour window is left.
    let o = s.check(&["--json", "--today", "2026-11-22"], &[&f]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    assert!(stdout(&o).contains("SMS_VERIFICATION_DUE"));
    // At 13:00:01 it has closed.
    let o = s.check(&["--json", "--today", "2026-11-22T05:00:01Z"], &[&f]);
    assert_eq!(code(&o), 1);
    assert!(stdout(&o).contains("SMS_VERIFICATION_EXPIRED"));
    let o = s.check(&["--today", "22/11/2026"], &[&f]);
    assert_eq!(code(&o), 2);
}

#[test]
fn unparseable_files_are_named_and_the_others_still_checked() {
    let s = Sandbox::new();
    let good = s.file("good.toml", INDIVIDUAL);
    let broken = s.file(
        "broken.toml",
        "format = \"icp-tui/application\"\nversion = 1\n\n[subject]\nkind = \"robot\"\n",
    );
    let missing = s.dir.path().join("missing.toml");
    let bad = s.file("bad.toml", &with_error(INDIVIDUAL));
    let o = s.check(
        &["--json", "--today", "2026-11-22"],
        &[&good, &broken, &missing, &bad],
    );
    assert_eq!(code(&o), 2);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 4);
    assert_eq!(files[1]["error"]["line"], 5);
    assert_eq!(files[1]["error"]["field"], "subject.kind");
    assert!(files[2]["error"]["message"].is_string());
    assert!(!files[3]["findings"].as_array().unwrap().is_empty());
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(
        stderr.contains("broken.toml") && stderr.contains('5'),
        "{stderr}"
    );

    // Text mode: the diagnostic on stderr, the report and a summary that counts it on stdout.
    let o = s.check(&["--today", "2026-11-22"], &[&good, &broken, &missing]);
    assert_eq!(code(&o), 2);
    let stderr = String::from_utf8(o.stderr.clone()).unwrap();
    assert!(
        stderr.contains("broken.toml") && stderr.contains("subject.kind"),
        "{stderr}"
    );
    assert!(stderr.contains("missing.toml"), "{stderr}");
    let out = stdout(&o);
    assert!(
        !out.contains("broken.toml") && !out.contains("subject.kind"),
        "{out}"
    );
    assert!(
        out.contains("3 files: 2 could not be read, 0 errors"),
        "{out}"
    );
    let o = s.check(
        &["--lang", "zh-CN", "--today", "2026-11-22"],
        &[&good, &broken],
    );
    assert!(
        stdout(&o).contains("共 2 个文件：1 个无法读取"),
        "{}",
        stdout(&o)
    );
    // The nearest case: every file read, the plain summary with its plural forms.
    let o = s.check(&["--today", "2026-11-22"], &[&good]);
    assert!(
        stdout(&o).contains("1 file checked: 0 errors"),
        "{}",
        stdout(&o)
    );
    assert!(o.stderr.is_empty());
}

#[cfg(unix)]
#[test]
fn a_reader_that_stops_early_is_the_normal_end() {
    use std::io::Read;
    use std::process::Stdio;
    let s = Sandbox::new();
    let bad = s.file("bad.toml", &with_error(INDIVIDUAL));
    let files: Vec<&Path> = std::iter::repeat_n(bad.as_path(), 400).collect();
    let mut child = Command::new(BIN)
        .arg("check")
        .args(["--today", "2026-11-22"])
        .args(&files)
        .env_clear()
        .env("HOME", s.dir.path())
        .env("XDG_CONFIG_HOME", s.config())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line as `head -1` does, then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    // Exit 1 as after the full report (the file has an error finding), never a panic (101).
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_said_and_exit_2() {
    let s = Sandbox::new();
    let good = s.file("good.toml", INDIVIDUAL);
    let full = std::fs::File::create("/dev/full").unwrap();
    let o = Command::new(BIN)
        .args(["check", "--today", "2026-11-22"])
        .arg(&good)
        .env_clear()
        .env("HOME", s.dir.path())
        .env("XDG_CONFIG_HOME", s.config())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains("could not be written"), "{stderr}");
}

#[test]
fn reports_in_chinese() {
    let s = Sandbox::new();
    let bad = s.file("bad.toml", &with_error(INDIVIDUAL));
    let o = s.check(&["--lang", "zh-CN", "--today", "2026-11-22"], &[&bad]);
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert!(out.contains("错误") && out.contains("怎么办"), "{out}");
    assert!(out.contains("不在工信部批准可备案的范围内"), "{out}");
    assert!(out.contains("使用的规则"));
}

#[test]
fn checked_files_are_left_byte_identical() {
    let s = Sandbox::new();
    let text = format!(
        "{}\n# a trailing comment\n[future_table]\nkey = 1\n",
        with_error(ENTERPRISE)
    );
    let f = s.file("e.toml", &text);
    let before = std::fs::read(&f).unwrap();
    let modified = std::fs::metadata(&f).unwrap().modified().unwrap();
    s.check(&["--today", "2026-11-22"], &[&f]);
    s.check(&["--json"], &[&f]);
    assert_eq!(std::fs::read(&f).unwrap(), before);
    assert_eq!(std::fs::metadata(&f).unwrap().modified().unwrap(), modified);
}

#[test]
fn a_rules_override_is_used_and_a_broken_one_is_exit_2() {
    let s = Sandbox::new();
    let dir = s.config().join("icp-tui");
    std::fs::create_dir_all(&dir).unwrap();
    let f = s.file("a.toml", INDIVIDUAL);
    // A longer minimum ID validity (Beijing has no figure of its own) turns the valid base
    // into a warning.
    std::fs::write(
        dir.join("rules-override.toml"),
        "format = \"icp-tui/rules-override\"\nversion = 1\n\n[sources]\n\"TEST\" = { cite = \"test\", date = 2027-01-01 }\n\n[figures.id_min_validity_days]\nvalue = 4000\nsource = [\"TEST\"]\nas_of = 2027-01-01\n",
    )
    .unwrap();
    let o = s.check(&["--json", "--today", "2026-11-22"], &[&f]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["rules"]["origin"], "override");
    assert_eq!(v["rules"]["as_of"], "2027-01-01");
    assert!(stdout(&o).contains("ID_EXPIRES_SOON"));
    let o = s.check(&["--today", "2026-11-22"], &[&f]);
    assert!(stdout(&o).contains("override"), "{}", stdout(&o));

    std::fs::write(
        dir.join("rules-override.toml"),
        "format = \"wrong\"\nversion = 1\n",
    )
    .unwrap();
    let o = s.check(&["--today", "2026-11-22"], &[&f]);
    assert_eq!(code(&o), 2);
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains("rules-override.toml"), "{stderr}");
}

/// A filing with nothing but a website name: no rule is broken, many answers are missing.
const NAME_ONLY: &str =
    "format = \"icp-tui/application\"\nversion = 1\n\n[[websites]]\nname = \"山间随笔集\"\n";

#[test]
fn a_filing_with_missing_answers_is_info_and_an_error_under_complete() {
    let s = Sandbox::new();
    let sparse = s.file("sparse.toml", NAME_ONLY);
    let full = s.file("full.toml", INDIVIDUAL);

    let o = s.check(&["--json", "--today", "2026-11-22"], &[&sparse]);
    assert_eq!(code(&o), 0, "missing answers alone are not an error");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let f = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "APPLICATION_INCOMPLETE")
        .expect("APPLICATION_INCOMPLETE");
    assert_eq!(f["severity"], "info");
    let message = f["message"].as_str().unwrap();
    assert!(message.contains("subject.province"), "{message}");

    let o = s.check(
        &["--json", "--complete", "--today", "2026-11-22"],
        &[&sparse],
    );
    assert_eq!(code(&o), 1);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let f = &v["files"][0]["findings"][0];
    assert_eq!(
        (f["code"].as_str(), f["severity"].as_str()),
        (Some("APPLICATION_INCOMPLETE"), Some("error"))
    );

    // The nearest case that passes: a complete filing under --complete.
    let o = s.check(&["--complete", "--today", "2026-11-22"], &[&full]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    assert!(!stdout(&o).contains("APPLICATION_INCOMPLETE"));
}

#[test]
fn a_deadline_counted_into_an_unpublished_holiday_year_says_it_is_an_estimate() {
    let s = Sandbox::new();
    let text = INDIVIDUAL.replace(
        "[checklist]",
        "[progress]\nsubmitted = 2026-12-10T10:00:00+08:00\nprovider_approved = 2026-12-14\n\n[checklist]",
    );
    let a = s.file("a.toml", &text);
    let o = s.check(&["--json", "--today", "2026-12-15"], &[&a]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let review = v["files"][0]["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == "administration_review")
        .expect("review deadline")
        .clone();
    assert_eq!(review["estimate_beyond_calendar"], 2027);
    let o = s.check(&["--today", "2026-12-15"], &[&a]);
    assert!(
        stdout(&o).contains("2027 holiday calendar is not published"),
        "{}",
        stdout(&o)
    );

    // Approved by the provider in early November: the count stays inside 2026.
    let text = text
        .replace("2026-12-14", "2026-11-02")
        .replace("2026-12-10T", "2026-10-30T");
    let a = s.file("b.toml", &text);
    let o = s.check(&["--json", "--today", "2026-11-03"], &[&a]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let review = v["files"][0]["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == "administration_review")
        .unwrap()
        .clone();
    assert_eq!(review["estimate_beyond_calendar"], serde_json::Value::Null);
}

/// 240 files, every third with an error and one unreadable in the middle, in a known order.
fn many_files(s: &Sandbox) -> Vec<PathBuf> {
    (0..240)
        .map(|i| {
            let name = format!("f{i:03}.toml");
            match i {
                120 => s.file(&name, "this is = = not toml"),
                i if i % 3 == 0 => s.file(&name, &with_error(INDIVIDUAL)),
                _ => s.file(&name, ENTERPRISE),
            }
        })
        .collect()
}

#[test]
fn json_streams_every_file_in_input_order_with_a_version_and_an_unreadable_one_inside() {
    let s = Sandbox::new();
    let files = many_files(&s);
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let o = s.check(&["--json", "--today", "2026-11-22"], &refs);
    assert_eq!(code(&o), 2);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("one valid document");
    assert_eq!(v["version"], 1);
    assert_eq!(v["rules"]["origin"], "builtin");
    let listed: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    assert_eq!(listed, expected);
    assert_eq!(v["files"][120]["error"]["line"], 1);
    assert!(v["files"][121]["error"].is_null());
    assert_eq!(v["files"][3]["findings"][0]["severity"], "error");
    // The reason is on stderr too, once.
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.matches("f120.toml").count(), 1, "{err}");
}

#[test]
fn the_readable_report_keeps_input_order_with_many_files() {
    let s = Sandbox::new();
    let files = many_files(&s);
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let out = stdout(&s.check(&["--today", "2026-11-22"], &refs));
    let headers: Vec<&str> = out.lines().filter(|l| l.starts_with("== ")).collect();
    let expected: Vec<String> = files
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != 120)
        .map(|(_, p)| format!("== {} ==", p.display()))
        .collect();
    assert_eq!(headers, expected);
    assert!(
        out.contains("240 files: 1 could not be read, 158 errors"),
        "{out}"
    );
}

#[test]
fn summary_is_one_line_a_file_with_counts_and_the_next_deadline() {
    let s = Sandbox::new();
    let good = s.file("good.toml", ENTERPRISE);
    let bad = s.file("bad.toml", &with_error(INDIVIDUAL));
    let broken = s.file("broken.toml", "not = = toml");
    let o = s.check(
        &["--summary", "--today", "2026-11-22"],
        &[&good, &bad, &broken],
    );
    assert_eq!(code(&o), 2);
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with(&format!("{}: 0 errors, 0 warnings", good.display())),
        "{out}"
    );
    assert!(lines[0].contains("next deadline 2027-10-01"), "{out}");
    assert!(
        lines[1].starts_with(&format!("{}: 2 errors", bad.display())),
        "{out}"
    );
    assert!(lines[2].contains("? not checked"), "{out}");
    assert!(!out.contains("What to do"), "{out}");
    assert!(
        out.contains("3 files: 1 could not be read, 2 errors"),
        "{out}"
    );

    let o = s.check(
        &["--summary", "--json", "--today", "2026-11-22"],
        &[&good, &broken],
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["files"][0]["errors"], 0);
    assert_eq!(v["files"][0]["next_deadline"]["due"], "2027-10-01");
    assert!(v["files"][0].get("findings").is_none());
    // A file that could not be checked has no counts, not zeros.
    assert!(v["files"][1]["errors"].is_null());
    assert_eq!(v["files"][1]["error"]["line"], 1);
}

#[test]
fn summary_in_chinese() {
    let s = Sandbox::new();
    let bad = s.file("bad.toml", &with_error(INDIVIDUAL));
    let o = s.check(
        &["--summary", "--lang", "zh-CN", "--today", "2026-11-22"],
        &[&bad],
    );
    assert!(
        stdout(&o).contains("：2 个错误，0 个警告"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn errors_only_shows_files_and_findings_with_errors_and_keeps_the_exit_code() {
    let s = Sandbox::new();
    let good = s.file("good.toml", ENTERPRISE);
    let bad = s.file("bad.toml", &with_error(INDIVIDUAL));
    let o = s.check(&["--errors-only", "--today", "2026-11-22"], &[&good, &bad]);
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert!(!out.contains("good.toml"), "{out}");
    assert!(out.contains("bad.toml"), "{out}");
    assert!(!out.contains("Deadlines"), "{out}");
    assert!(
        !out.contains("[warning]") && !out.contains("[advice]"),
        "{out}"
    );

    // The nearest case: no file has an error, so nothing is listed, and exit 0.
    let o = s.check(
        &["--errors-only", "--json", "--today", "2026-11-22"],
        &[&good],
    );
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 0);

    let o = s.check(
        &["--errors-only", "--json", "--today", "2026-11-22"],
        &[&good, &bad],
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    assert!(
        files[0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["severity"] == "error")
    );
    assert!(files[0].get("deadlines").is_none());
}
