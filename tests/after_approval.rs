//! After approval through the real binary: the calendar (`export --format ics`) read back by
//! an independent parser and against its golden file, `status --due` for cron, and `footer`.
//! Everything is offline and as of a fixed `--today`.
//!
//! The golden file is tests/data/after_approval.ics; `ICP_TUI_REGENERATE=1 cargo test --test
//! after_approval` rewrites it (read the diff before committing).

use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FILE: &str = "tests/data/after_approval.toml";

fn icp_tui(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_icp-tui"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("ICP_TUI_PROFILE")
        .env("LANG", "en_US.UTF-8")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn prop<'a>(props: &'a [ical::property::Property], name: &str) -> Option<&'a str> {
    props
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
}

fn parse(text: &str) -> ical::parser::ical::component::IcalCalendar {
    let mut calendars = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = calendars.next().expect("one calendar").expect("it parses");
    assert!(calendars.next().is_none());
    calendar
}

/// A private profile folder holding `files`, removed on drop.
struct TempProfile(PathBuf);

impl TempProfile {
    fn new(name: &str, files: &[(&str, &str)]) -> TempProfile {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("icp-tui-aa-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let apps = dir.join("applications");
        std::fs::create_dir_all(&apps).unwrap();
        for d in [&dir, &apps] {
            std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o700)).unwrap();
        }
        for (id, text) in files {
            let path = apps.join(format!("{id}.toml"));
            std::fs::write(&path, text).unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        TempProfile(dir)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempProfile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_calendar_reads_back_with_every_deadline_and_two_alarms_each() {
    let out = icp_tui(&["export", "--format", "ics", "--today", "2026-12-01", FILE]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    // RFC 5545 §3.1: CRLF only, no line over 75 octets.
    assert!(!text.replace("\r\n", "").contains('\n'));
    assert!(text.split("\r\n").all(|l| l.len() <= 75));
    let calendar = parse(&text);
    assert_eq!(prop(&calendar.properties, "VERSION"), Some("2.0"));
    let events: Vec<_> = calendar
        .events
        .iter()
        .map(|e| {
            (
                prop(&e.properties, "UID").unwrap().to_string(),
                prop(&e.properties, "DTSTART").unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        events,
        [
            (
                "after_approval.notice.notices%5B0%5D.deadline@icp-tui",
                "20261205"
            ),
            (
                "after_approval.change_filing.changes%5B0%5D.filed@icp-tui",
                "20261216"
            ),
            (
                "after_approval.psb_badge.progress.psb_number@icp-tui",
                "20261220"
            ),
            (
                "after_approval.domain_expiry.websites%5B0%5D.registration.expires@icp-tui",
                "20270501"
            ),
            (
                "after_approval.access_subscription.access.subscription_end@icp-tui",
                "20271101"
            ),
        ]
        .map(|(u, d)| (u.to_string(), d.to_string()))
    );
    for e in &calendar.events {
        let triggers: Vec<_> = e
            .alarms
            .iter()
            .map(|a| prop(&a.properties, "TRIGGER").unwrap())
            .collect();
        assert_eq!(triggers, ["-P7D", "-P1D"]);
        assert_eq!(prop(&e.properties, "DTSTAMP"), Some("20261201T040000Z"));
    }
    // The closed notice is no event; the open one's text survives folding and escaping.
    let summary = prop(&calendar.events[0].properties, "DESCRIPTION").unwrap();
    assert!(summary.contains("小明的博客"), "{summary}");
}

#[test]
fn the_calendar_speaks_chinese() {
    let out = icp_tui(&[
        "--lang",
        "zh-CN",
        "export",
        "--format",
        "ics",
        "--today",
        "2026-12-01",
        FILE,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let calendar = parse(&stdout(&out));
    assert_eq!(
        prop(&calendar.properties, "X-WR-CALNAME"),
        Some("ICP 备案期限")
    );
    assert_eq!(
        prop(&calendar.events[0].properties, "SUMMARY"),
        Some("整改通知处理期限：小明的博客")
    );
}

#[test]
fn the_calendar_matches_its_golden_file() {
    let out = icp_tui(&["export", "--format", "ics", "--today", "2026-12-01", FILE]);
    assert!(out.status.success(), "{}", stderr(&out));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/after_approval.ics");
    if std::env::var_os("ICP_TUI_REGENERATE").is_some() {
        std::fs::write(&path, &out.stdout).unwrap();
    }
    let golden = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (ICP_TUI_REGENERATE=1 writes it)", path.display()));
    assert!(
        golden == out.stdout,
        "{} differs; ICP_TUI_REGENERATE=1 rewrites it",
        path.display()
    );
}

#[test]
fn a_later_export_keeps_the_uids_so_a_reimport_updates() {
    let uids = |today: &str| {
        let out = icp_tui(&["export", "--format", "ics", "--today", today, FILE]);
        let calendar = parse(&stdout(&out));
        calendar
            .events
            .iter()
            .map(|e| prop(&e.properties, "UID").unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let first = uids("2026-12-01");
    let later = uids("2026-12-03");
    assert_eq!(first, later);
}

#[test]
fn the_profile_calendar_has_every_filing_and_refuses_an_unreadable_one() {
    let app = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE)).unwrap();
    let profile = TempProfile::new("ics", &[("a1", &app), ("b2", &app)]);
    let ics = Path::new(profile.path()).join("out.ics");
    let out = icp_tui(&[
        "export",
        "--format",
        "ics",
        "--today",
        "2026-12-01",
        "--profile",
        profile.path(),
        "--output",
        ics.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let calendar = parse(&std::fs::read_to_string(&ics).unwrap());
    assert_eq!(calendar.events.len(), 10);
    for id in ["a1.", "b2."] {
        assert_eq!(
            calendar
                .events
                .iter()
                .filter(|e| prop(&e.properties, "UID").unwrap().starts_with(id))
                .count(),
            5
        );
    }

    let broken = TempProfile::new("ics-broken", &[("a1", &app), ("c3", "format = 1\n")]);
    let out = icp_tui(&["export", "--format", "ics", "--profile", broken.path()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("c3.toml"), "{}", stderr(&out));
}

#[test]
fn status_due_exits_1_and_names_what_falls_due_for_cron() {
    let app = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE)).unwrap();
    let profile = TempProfile::new("due", &[("a1", &app)]);
    let due = |days: &str| {
        icp_tui(&[
            "status",
            "--profile",
            profile.path(),
            "--today",
            "2026-12-01",
            "--due",
            days,
        ])
    };
    // The notice is due on 2026-12-05: 4 days ahead.
    let out = due("4");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("2026-12-05"), "{text}");
    assert!(text.contains("rectification notice"), "{text}");
    assert!(text.contains("notices[0].deadline"), "{text}");
    assert!(!text.contains("2026-12-16"), "{text}");
    // The nearest case that does not fire: one day less.
    let out = due("3");
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("Nothing falls due within 3 days"));
    // JSON for scripts.
    let out = icp_tui(&[
        "status",
        "--json",
        "--profile",
        profile.path(),
        "--today",
        "2026-12-01",
        "--due",
        "30",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kinds: Vec<_> = v["due"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["notice", "change_filing", "psb_badge"]);
    // A file that cannot be read could hide a deadline: exit 2, never 0.
    let broken = TempProfile::new("due-broken", &[("c3", "format = 1\n")]);
    let out = icp_tui(&[
        "status",
        "--profile",
        broken.path(),
        "--today",
        "2026-12-01",
        "--due",
        "30",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_footer_command_prints_the_snippet_or_says_no_number_is_issued() {
    let out = icp_tui(&["footer", FILE]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = stdout(&out);
    assert!(html.contains(
        "<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener\">京ICP备2026012345号-1</a>"
    ), "{html}");
    assert!(html.contains("https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143"));
    assert!(stderr(&out).contains("psb-badge.png"));

    let out = icp_tui(&[
        "--lang",
        "zh-CN",
        "footer",
        "--format",
        "text",
        "--domain",
        "Example.CN",
        FILE,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("网站：example.cn"),
        "{}",
        stdout(&out)
    );

    let out = icp_tui(&["footer", "--website", "2", FILE]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no website 2"));

    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE)).unwrap();
    let dir = TempProfile::new("footer", &[]);
    let unissued = Path::new(dir.path()).join("unissued.toml");
    std::fs::write(
        &unissued,
        text.replace("icp_number = \"京ICP备2026012345号-1\"\n", ""),
    )
    .unwrap();
    let out = icp_tui(&["footer", unissued.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("not issued yet"), "{}", stderr(&out));
}
