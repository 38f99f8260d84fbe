//! One set of rules for every command and the TUI: the override in the configuration folder,
//! `--rules FILE` instead, or `--no-rules-override`; each says which rules it used.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use icp_tui::app::state::{Screen, State};
use icp_tui::app::update::start;
use icp_tui::app::view;
use icp_tui::i18n::{Lang, Localizer};
use icp_tui::model::Application;
use icp_tui::rules::{Rules, RulesChoice, RulesOrigin};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const BIN: &str = env!("CARGO_BIN_EXE_icp-tui");
const INDIVIDUAL: &str = include_str!("data/valid_individual.toml");
/// A longer minimum ID validity turns the valid base into an ID_EXPIRES_SOON warning.
const LONGER_ID_VALIDITY: &str = "format = \"icp-tui/rules-override\"\nversion = 1\n\n[sources]\n\"TEST\" = { cite = \"test\", date = 2027-01-01 }\n\n[figures.id_min_validity_days]\nvalue = 4000\nsource = [\"TEST\"]\nas_of = 2027-01-01\n";

struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    /// A profile with the valid base as its one application, and the override in the
    /// configuration folder.
    fn new() -> Sandbox {
        let s = Sandbox {
            dir: tempfile::tempdir().unwrap(),
        };
        let config = s.dir.path().join("config/icp-tui");
        std::fs::create_dir_all(&config).unwrap();
        std::fs::write(config.join("rules-override.toml"), LONGER_ID_VALIDITY).unwrap();
        let apps = s.profile().join("applications");
        std::fs::create_dir_all(&apps).unwrap();
        std::fs::write(apps.join("20261120-093000.toml"), INDIVIDUAL).unwrap();
        // The base's attached scan, where the commands run (its path is relative).
        std::fs::create_dir(s.dir.path().join("scans")).unwrap();
        std::fs::write(s.dir.path().join("scans/id.jpg"), [0xFF, 0xD8, 0xFF, 0xE0]).unwrap();
        s
    }

    fn profile(&self) -> PathBuf {
        self.dir.path().join("profile")
    }

    fn app_file(&self) -> PathBuf {
        self.profile().join("applications/20261120-093000.toml")
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .args(["--today", "2026-11-22", "--lang", "en-US"])
            .env_clear()
            .current_dir(self.dir.path())
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("ICP_TUI_PROFILE", self.profile())
            .output()
            .unwrap()
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_str(&stdout(o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

#[test]
fn check_status_and_export_follow_the_override() {
    let s = Sandbox::new();
    let file = s.app_file();
    let file = file.to_str().unwrap();
    let check = json(&s.run(&["check", "--json", file]));
    assert_eq!(check["rules"]["origin"], "override");
    assert!(check.to_string().contains("ID_EXPIRES_SOON"));

    let status = json(&s.run(&["status", "--json"]));
    assert_eq!(status["rules"]["origin"], "override");
    assert_eq!(status["applications"][0]["warnings"], 1, "{status}");

    let export = stdout(&s.run(&["export", file]));
    let plain = stdout(&s.run(&["export", "--no-rules-override", file]));
    assert_ne!(export, plain, "export ignores the override");
}

#[test]
fn no_rules_override_means_the_builtin_rules() {
    let s = Sandbox::new();
    let file = s.app_file();
    let check = json(&s.run(&[
        "check",
        "--json",
        "--no-rules-override",
        file.to_str().unwrap(),
    ]));
    assert_eq!(check["rules"]["origin"], "builtin");
    assert!(!check.to_string().contains("ID_EXPIRES_SOON"));
    let status = json(&s.run(&["--no-rules-override", "status", "--json"]));
    assert_eq!(status["rules"]["origin"], "builtin");
    assert_eq!(status["applications"][0]["warnings"], 0, "{status}");
    let text = stdout(&s.run(&["status", "--no-rules-override"]));
    assert!(
        text.contains("Rules in force: built-in, sources up to"),
        "{text}"
    );
}

#[test]
fn rules_names_another_file_which_must_exist() {
    let s = Sandbox::new();
    let other = s.dir.path().join("other.toml");
    let file = s.app_file();
    let file = file.to_str().unwrap();
    let o = s.run(&["check", "--rules", other.to_str().unwrap(), file]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains("other.toml"), "{stderr}");
    assert!(o.stdout.is_empty());

    std::fs::write(&other, "format = \"icp-tui/rules-override\"\nversion = 1\n").unwrap();
    let check = json(&s.run(&["check", "--json", "--rules", other.to_str().unwrap(), file]));
    assert_eq!(check["rules"]["origin"], "override");
    assert_eq!(check["rules"]["path"], other.to_str().unwrap());
    assert!(!check.to_string().contains("ID_EXPIRES_SOON"));
}

#[test]
fn the_two_switches_exclude_each_other() {
    let s = Sandbox::new();
    let o = s.run(&[
        "check",
        "--rules",
        "x.toml",
        "--no-rules-override",
        "a.toml",
    ]);
    assert_eq!(o.status.code(), Some(2));
}

fn override_rules(dir: &Path) -> Arc<Rules> {
    let path = dir.join("rules-override.toml");
    std::fs::write(&path, LONGER_ID_VALIDITY).unwrap();
    Arc::new(icp_tui::rules::load(&RulesChoice::File(path), None).unwrap())
}

fn screen(state: &State, lang: Lang) -> String {
    let tr = Localizer::new(lang);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| view::draw(f, state, &tr)).unwrap();
    let buffer = terminal.backend().buffer();
    buffer
        .content
        .chunks(80)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
        // Wide characters leave an empty cell behind them; compare without spaces.
        .replace(' ', "")
}

#[test]
fn the_tui_checks_by_the_rules_it_was_given_and_says_which() {
    let dir = tempfile::tempdir().unwrap();
    let rules = override_rules(dir.path());
    assert!(matches!(rules.source(), RulesOrigin::Override { .. }));
    let app = Application::from_toml_str(INDIVIDUAL).unwrap();
    for lang in [Lang::EnUs, Lang::ZhCn] {
        let entries = vec![common::entry("a", app.clone())];
        let state = State::with_rules(lang, entries, false, rules.clone());
        let text = screen(&state, lang);
        let said = [
            "built-in + override, sources up to 2027-01-01",
            "内置加覆盖文件，资料截至 2027-01-01",
        ];
        assert!(
            said.iter().any(|s| text.contains(&s.replace(' ', ""))),
            "{text}"
        );

        let mut builtin = State::new(lang, vec![common::entry("a", app.clone())], false);
        let text = screen(&builtin, lang);
        let said = ["Rules: built-in, sources up to", "规则：内置，资料截至"];
        assert!(
            said.iter().any(|s| text.contains(&s.replace(' ', ""))),
            "{text}"
        );
        start(&mut builtin, Some("a"), &common::now());
        let Screen::Wizard(w) = &builtin.screen else {
            panic!("opens the last application")
        };
        assert!(
            !w.report
                .findings
                .iter()
                .any(|f| f.code == "ID_EXPIRES_SOON")
        );

        let mut state = State::with_rules(
            lang,
            vec![common::entry("a", app.clone())],
            false,
            rules.clone(),
        );
        start(&mut state, Some("a"), &common::now());
        let Screen::Wizard(w) = &state.screen else {
            panic!("opens the last application")
        };
        assert!(
            w.report
                .findings
                .iter()
                .any(|f| f.code == "ID_EXPIRES_SOON")
        );
    }
}

#[test]
fn a_broken_override_says_what_is_wrong_in_the_users_language() {
    let s = Sandbox::new();
    let config = s.dir.path().join("config/icp-tui/rules-override.toml");
    std::fs::write(&config, "format = \"wrong\"\nversion = 1\n").unwrap();
    let file = s.app_file();
    for (lang, expected) in [
        ("en-US", "format = \"icp-tui/rules-override\""),
        ("zh-CN", "第一行必须是"),
    ] {
        let o = Command::new(BIN)
            .args(["check", "--lang", lang])
            .arg(&file)
            .env_clear()
            .env("HOME", s.dir.path())
            .env("XDG_CONFIG_HOME", s.dir.path().join("config"))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2));
        let stderr = String::from_utf8(o.stderr).unwrap();
        assert!(stderr.contains(expected), "{stderr}");
        assert!(stderr.contains("rules-override.toml"), "{stderr}");
        assert!(!stderr.contains("WrongFormat"), "{stderr}");
    }
    // The TUI refuses to start on it too, before taking the screen.
    let o = Command::new(BIN)
        .args(["--lang", "en-US"])
        .env_clear()
        .env("HOME", s.dir.path())
        .env("XDG_CONFIG_HOME", s.dir.path().join("config"))
        .env("ICP_TUI_PROFILE", s.profile())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8(o.stderr)
            .unwrap()
            .contains("rules-override.toml")
    );
}

#[test]
fn check_and_export_speak_the_profiles_saved_language() {
    let s = Sandbox::new();
    std::fs::write(s.profile().join("settings.toml"), "language = \"zh-CN\"\n").unwrap();
    let file = s.app_file();
    let run = |args: &[&str], profile: &Path| {
        Command::new(BIN)
            .args(args)
            .arg(&file)
            .args(["--profile".as_ref(), profile.as_os_str()])
            .env_clear()
            .env("HOME", s.dir.path())
            .env("XDG_CONFIG_HOME", s.dir.path().join("config"))
            .output()
            .unwrap()
    };
    let check = stdout(&run(&["check", "--today", "2026-11-22"], &s.profile()));
    assert!(check.contains("使用的规则"), "{check}");
    let export = stdout(&run(&["export", "--today", "2026-11-22"], &s.profile()));
    assert!(export.contains("材料"), "{export}");
    // --lang still wins.
    let check = stdout(&run(&["check", "--lang", "en-US"], &s.profile()));
    assert!(check.contains("Rules in force"), "{check}");
    // A profile named on the command line that does not exist is an error, not ignored.
    let o = run(&["check"], &s.dir.path().join("nowhere"));
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8(o.stderr).unwrap().contains("nowhere"));
}

#[test]
fn export_takes_a_filing_id_of_the_profile() {
    let s = Sandbox::new();
    let o = s.run(&["export", "20261120-093000"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(stdout(&o).contains("Zhang San"), "{}", stdout(&o));
    // The nearest case: an id the profile does not have is a file that cannot be read.
    let o = s.run(&["export", "20991231-000000"]);
    assert_eq!(o.status.code(), Some(2));
}

/// One `[[province]]` block of the built-in provinces.toml, with `from` replaced by `to`.
fn province_override(slug: &str, from: &str, to: &str) -> String {
    let text = include_str!("../assets/provinces.toml");
    let start = text.find(&format!("slug = \"{slug}\"")).unwrap();
    let start = text[..start].rfind("[[province]]").unwrap();
    let end = text[start + 1..]
        .find("\n[[")
        .map_or(text.len(), |e| start + 1 + e);
    let block = &text[start..end];
    assert!(block.contains(from), "{from} not in {slug}");
    format!(
        "format = \"icp-tui/rules-override\"\nversion = 1\n\n{}\n",
        block.replace(from, to)
    )
}

fn labels(fields: &[icp_tui::app::form::Field]) -> Vec<&str> {
    fields.iter().map(|f| f.label.as_str()).collect()
}

#[test]
fn a_province_override_changes_the_fields_the_forms_ask() {
    let mut app = Application::new("t", common::now());
    app.subject.province = Some("beijing".into());
    app.websites.push(Default::default());
    let builtin = Rules::builtin();
    // Beijing: a local mobile is not known to be required, and the address may be anywhere.
    let site = icp_tui::app::steps::websites::fields(&app, builtin, 0);
    assert!(!labels(&site).contains(&"leader-mobile-local"));
    let subject = icp_tui::app::steps::subject::fields(&app, builtin);
    assert!(!labels(&subject).contains(&"subject-address-in-document-city"));

    let mobile = province_override(
        "beijing",
        "local_mobile_required = { value = \"unknown\"",
        "local_mobile_required = { value = true",
    );
    let rules = Rules::with_override(&mobile).unwrap();
    let site = icp_tui::app::steps::websites::fields(&app, &rules, 0);
    assert!(labels(&site).contains(&"leader-mobile-local"));

    let address = province_override(
        "beijing",
        "accepts_legal_rep_as_registrant",
        "address_in_document_city = { value = true, source = [\"HW-GJ\"], as_of = 2025-12-31 }\naccepts_legal_rep_as_registrant",
    );
    let rules = Rules::with_override(&address).unwrap();
    let subject = icp_tui::app::steps::subject::fields(&app, &rules);
    assert!(labels(&subject).contains(&"subject-address-in-document-city"));
}

#[test]
fn the_wizard_asks_what_the_rules_in_force_ask() {
    let mut app = Application::new("t", common::now());
    app.subject.province = Some("beijing".into());
    app.websites.push(Default::default());
    let mobile = province_override(
        "beijing",
        "local_mobile_required = { value = \"unknown\"",
        "local_mobile_required = { value = true",
    );
    let rules = Arc::new(Rules::with_override(&mobile).unwrap());
    let mut wizard = icp_tui::app::state::Wizard::new("t".into(), app, rules);
    wizard.websites.edit(&wizard.app, &wizard.rules, 0);
    let fields = icp_tui::app::steps::websites::fields(&wizard.app, &wizard.rules, 0);
    assert!(labels(&fields).contains(&"leader-mobile-local"));
    // The form's state was made from the same fields: every one of them can take the focus.
    assert!(wizard.websites.form.focus_path(
        &fields,
        &wizard.app,
        "websites[0].leader.mobile_local"
    ));
}

const LISTS_HEADER: &str = "format = \"icp-tui/rules-override\"\nversion = 1\n\n";

#[test]
fn a_naming_list_of_the_override_changes_the_name_verdict() {
    let app = Application::from_toml_str(INDIVIDUAL).unwrap();
    let now = common::now();
    assert!(!icp_tui::engine::check(&app, Rules::builtin(), &now).has("WEBSITE_NAME_RULE"));
    let text = format!(
        "{LISTS_HEADER}[[naming.national_words]]\nname = \"national\"\nsource = \"a bureau notice of 2027\"\nas_of = 2027-01-01\nconfidence = \"H\"\nwords = [\"中国\", \"山间\"]\n"
    );
    let rules = Rules::with_override(&text).unwrap();
    let report = icp_tui::engine::check(&app, &rules, &now);
    assert!(report.has("WEBSITE_NAME_RULE"), "{:?}", report.findings);
    // The list replaced the built-in one of the same name: its other words are gone.
    let national = &rules.naming().national_words;
    assert_eq!(national.len(), 1);
    assert!(!national[0].words.contains(&"中华".to_string()));
}

#[test]
fn a_suffix_list_of_the_override_changes_the_domain_verdict() {
    let mut app = Application::from_toml_str(INDIVIDUAL).unwrap();
    app.websites[0].domain = Some("example.moe".into());
    let now = common::now();
    let builtin = icp_tui::engine::check(&app, Rules::builtin(), &now);
    assert!(builtin.has("DOMAIN_TLD_NOT_APPROVED"));
    let text = format!(
        "{LISTS_HEADER}[[domains.approved]]\nname = \"my_provider_2027\"\nsource = \"my provider's list of 2027-01-01\"\nas_of = 2027-01-01\nconfidence = \"M\"\nsuffixes = [\"moe\"]\n"
    );
    let rules = Rules::with_override(&text).unwrap();
    let report = icp_tui::engine::check(&app, &rules, &now);
    assert!(
        !report.has("DOMAIN_TLD_NOT_APPROVED"),
        "{:?}",
        report.findings
    );
    // The built-in lists are still there beside the added one.
    assert!(
        rules
            .domains()
            .approved
            .iter()
            .any(|l| l.name == "tencent_2020")
    );
}

#[test]
fn a_list_without_a_source_is_refused_with_its_line() {
    let text = format!(
        "{LISTS_HEADER}[[domains.refused]]\nname = \"x\"\nsource = \"\"\nas_of = 2027-01-01\nconfidence = \"M\"\nsuffixes = [\"moe\"]\n"
    );
    match Rules::with_override(&text) {
        Err(icp_tui::rules::RulesError::Invalid {
            line,
            field,
            problem,
        }) => {
            assert_eq!(field, "domains.refused[0].source");
            assert_eq!(line, Some(6));
            assert_eq!(problem, icp_tui::rules::RulesProblem::NoSource);
        }
        other => panic!("{other:?}"),
    }
}
