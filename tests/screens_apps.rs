//! The Apps step at 80x24 in both languages: empty, a list with findings, the editor with a
//! finding under a field, the fill-from-file prompt and what a fill did; and the step's
//! behaviour (add, fill through the runtime's effect, remove).

mod common;

use common::*;
use icp_tui::app::action::{Action, Command};
use icp_tui::app::effect::Effect;
use icp_tui::app::state::{Screen, State};
use icp_tui::app::update::start;
use icp_tui::i18n::Lang;
use icp_tui::model::{App, AppKind, Application, Platform, Step, Website};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/appinfo");

fn both(name: &str, build: impl Fn(Lang) -> State) {
    for lang in Lang::ALL {
        snapshot_80x24!(name, &build(lang));
    }
}

fn open(app: Application, lang: Lang) -> State {
    let mut app = app;
    app.meta.step = Some(Step::Apps);
    let mut state = state_with(vec![entry("a", app)], lang);
    start(&mut state, Some("a"), &now());
    state
}

/// A Beijing filing with a website and an app whose iOS value is an MD5 and whose back-end
/// domain is filed nowhere.
fn with_app() -> Application {
    let mut a = app("Xinghe", Some("beijing"));
    a.websites.push(Website {
        name: Some("星河笔记官网".into()),
        domain: Some("xinghe.cn".into()),
        ..Website::default()
    });
    let mut x = App {
        kind: Some(AppKind::App),
        name: Some("星河笔记".into()),
        platforms: vec![Platform::Android, Platform::Ios],
        domains: vec!["api.xinghe.cn".into(), "cdn.partner.com".into()],
        ..App::default()
    };
    x.android.package = Some("cn.xinghe.notes".into());
    x.ios.bundle_id = Some("cn.xinghe.notes".into());
    x.ios.signature_sha1 = Some("A1B2C3D4E5F60718293A4B5C6D7E8F90".into());
    a.apps.push(x);
    a
}

fn wizard(state: &State) -> &icp_tui::app::state::Wizard {
    match &state.screen {
        Screen::Wizard(w) => w,
        Screen::List(_) => panic!("not in the wizard"),
    }
}

#[test]
fn apps_step_screens() {
    both("apps_empty", |lang| open(app("", Some("beijing")), lang));
    both("apps_list", |lang| open(with_app(), lang));
    both("app_editor_ios_md5", |lang| {
        let mut state = open(with_app(), lang);
        run(&mut state, [cmd(Command::Confirm)]);
        // Kind, name, platforms, content, pre-approvals, domains, icon, package, key, MD5,
        // bundle id, key: then the iOS signature.
        run(&mut state, vec![cmd(Command::NextField); 12]);
        state
    });
    both("app_fill_prompt", |lang| {
        let mut state = open(with_app(), lang);
        run(&mut state, [cmd(Command::Confirm), cmd(Command::Open)]);
        run(&mut state, typed("~/build/notes-release.apk"));
        state
    });
    both("app_filled_from_debug_certificate", |lang| {
        let mut state = open(with_app(), lang);
        run(&mut state, [cmd(Command::Confirm)]);
        let path = format!("{DIR}/debug.der");
        let result = Box::new(icp_tui::appinfo::read_path(std::path::Path::new(&path)));
        run(
            &mut state,
            [Action::AppInfo {
                path: "debug.der".into(),
                result,
            }],
        );
        state
    });
}

#[test]
fn add_fill_and_remove() {
    let mut state = open(app("", Some("beijing")), Lang::EnUs);
    let effects = run(&mut state, [cmd(Command::New)]);
    assert!(effects.contains(&Effect::Save { id: "a".into() }));
    assert_eq!(wizard(&state).app.apps.len(), 1);

    // Ctrl+O, a path, Enter: the step asks the runtime to read the file; nothing changes yet.
    run(&mut state, [cmd(Command::Open)]);
    run(&mut state, typed("release.pem"));
    let effects = run(&mut state, [cmd(Command::Confirm)]);
    assert_eq!(
        effects,
        vec![Effect::ReadAppInfo {
            path: "release.pem".into()
        }]
    );
    // A certificate with no platform listed fills nothing and says why.
    let result = Box::new(icp_tui::appinfo::read_path(std::path::Path::new(&format!(
        "{DIR}/release.pem"
    ))));
    let effects = run(
        &mut state,
        [Action::AppInfo {
            path: "release.pem".into(),
            result: result.clone(),
        }],
    );
    assert!(effects.is_empty());
    assert!(wizard(&state).app.apps[0].android.is_empty());

    // With Android listed, the MD5 and the public key go in.
    if let Screen::Wizard(w) = &mut state.screen {
        w.app.apps[0].platforms = vec![Platform::Android];
    }
    let effects = run(
        &mut state,
        [Action::AppInfo {
            path: "release.pem".into(),
            result,
        }],
    );
    assert!(effects.contains(&Effect::Save { id: "a".into() }));
    let android = &wizard(&state).app.apps[0].android;
    assert_eq!(
        android.signature_md5.as_deref(),
        Some("80:19:08:00:8B:E7:C0:A3:59:1D:D5:B0:73:87:99:59")
    );
    assert!(
        android
            .public_key
            .as_deref()
            .unwrap()
            .starts_with("30820122")
    );

    // Esc to the list, d, y: removed.
    run(&mut state, [cmd(Command::Back), cmd(Command::Delete)]);
    run(&mut state, [cmd(Command::Yes)]);
    assert!(wizard(&state).app.apps.is_empty());
}

#[test]
fn the_apps_step_comes_after_websites() {
    let mut state = open(app("", Some("beijing")), Lang::EnUs);
    if let Screen::Wizard(w) = &mut state.screen {
        w.step = Step::Websites;
    }
    run(&mut state, [cmd(Command::NextStep)]);
    assert_eq!(wizard(&state).step, Step::Apps);
    run(&mut state, [cmd(Command::NextStep)]);
    assert_eq!(wizard(&state).step, Step::Access);
}

/// The enterprise fixture with the valid app and an app number.
fn enterprise_with_app() -> String {
    let base = include_str!("data/valid_enterprise.toml");
    let app = include_str!("data/valid_app.toml");
    let apps = &app[app.find("[[apps]]").unwrap()..];
    format!("{base}\n{apps}\n[progress]\napp_numbers = [\"京ICP备2026012345号-2A\"]\n")
}

#[test]
fn export_and_status_show_the_apps() {
    let bin = env!("CARGO_BIN_EXE_icp-tui");
    let dir = tempfile::tempdir().unwrap();
    let apps = dir.path().join("applications");
    std::fs::create_dir_all(&apps).unwrap();
    let file = apps.join("20261122-100000.toml");
    std::fs::write(&file, enterprise_with_app()).unwrap();

    let out = std::process::Command::new(bin)
        .args(["--lang", "en-US", "export"])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("## Apps, mini-programs and quick apps"),
        "{text}"
    );
    assert!(
        text.contains("- **星河笔记** (App; Android, iOS)"),
        "{text}"
    );
    assert!(
        text.contains("Signature SHA-1: `0123456789ABCDEF"),
        "{text}"
    );
    assert!(
        text.contains("App filing number: 京ICP备2026012345号-2A"),
        "{text}"
    );

    let out = std::process::Command::new(bin)
        .args(["--lang", "zh-CN", "status", "--json", "--profile"])
        .arg(dir.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &json["applications"][0];
    assert_eq!(first["apps"][0]["name"], "星河笔记");
    assert_eq!(first["apps"][0]["kind"], "app");

    // check: the icon is not there, so it says "?" and never passes it.
    let out = std::process::Command::new(bin)
        .args(["--lang", "en-US", "check", "--json"])
        .arg(&file)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["files"][0]["findings"].as_array().unwrap();
    assert!(
        findings.iter().any(|f| f["code"] == "APP_ICON_UNCHECKED"),
        "{findings:?}"
    );
}
