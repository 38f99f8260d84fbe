//! The profile as the app uses it: round trips, kept keys, safe writes, corrupt files,
//! permissions, the lock, and clear errors.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use icp_tui::model::{Application, Instant, ParseErrorKind};
use icp_tui::profile::atomic::write_atomic_with;
use icp_tui::profile::{
    EntryState, LoadErrorReason, Mode, Profile, ProfileErrorKind, ProfileWarning, Saved, Settings,
};

const SPEC_EXAMPLE: &str = include_str!("data/spec_example.toml");

fn open(dir: &Path) -> Profile {
    Profile::open(dir.to_path_buf(), Mode::ReadWrite).unwrap()
}

fn example() -> Application {
    Application::from_toml_str(SPEC_EXAMPLE).unwrap()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Whether this process ignores directory permissions (root in a container).
fn permissions_are_enforced(scratch: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let probe = scratch.join("probe");
        fs::create_dir(&probe).unwrap();
        fs::set_permissions(&probe, fs::Permissions::from_mode(0o500)).unwrap();
        let enforced = fs::write(probe.join("x"), "x").is_err();
        fs::set_permissions(&probe, fs::Permissions::from_mode(0o700)).unwrap();
        fs::remove_dir_all(&probe).unwrap();
        enforced
    }
    #[cfg(not(unix))]
    {
        let _ = scratch;
        false
    }
}

#[test]
fn save_and_load_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let app = example();
    let id = profile.create(&app).unwrap();
    assert_eq!(profile.load(&id).unwrap(), app);

    let mut changed = profile.load(&id).unwrap();
    changed.subject.leader.mobile = Some("13900139000".into());
    profile.save(&id, &changed).unwrap();
    assert_eq!(profile.load(&id).unwrap(), changed);

    // Reopening sees the same data.
    drop(profile);
    let again = open(dir.path());
    assert_eq!(again.load(&id).unwrap(), changed);
    assert_eq!(again.list().unwrap().len(), 1);
}

#[test]
fn unknown_keys_and_tables_survive_a_save() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let text = format!(
        "{SPEC_EXAMPLE}\n[future_table]\nanswer = 42\n\n[future_table.nested]\nx = \"y\"\n"
    )
    .replace(
        "[subject.leader]",
        "wechat = \"zhangsan\"\n\n[subject.leader]",
    );
    fs::write(profile.applications_dir().join("mine.toml"), &text).unwrap();

    let mut app = profile.load("mine").unwrap();
    app.meta.title = Some("renamed".into());
    profile.save("mine", &app).unwrap();

    let saved = fs::read_to_string(profile.applications_dir().join("mine.toml")).unwrap();
    let raw: toml::Table = saved.parse().unwrap();
    assert_eq!(raw["future_table"]["answer"].as_integer(), Some(42));
    assert_eq!(raw["future_table"]["nested"]["x"].as_str(), Some("y"));
    assert_eq!(raw["subject"]["wechat"].as_str(), Some("zhangsan"));
    assert_eq!(raw["meta"]["title"].as_str(), Some("renamed"));
}

#[test]
fn a_write_that_fails_midway_leaves_the_old_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let id = profile.create(&example()).unwrap();
    let path = profile.application_path(&id).unwrap();
    let before = fs::read(&path).unwrap();

    let new_text = example().to_toml_string();
    let result = write_atomic_with(&path, |file| {
        file.write_all(&new_text.as_bytes()[..new_text.len() / 2])?;
        Err(std::io::Error::other("injected: device full"))
    });
    assert!(result.is_err());

    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(
        names_in(&profile.applications_dir()),
        [format!("{id}.toml")]
    );
    assert_eq!(profile.load(&id).unwrap(), example());
}

#[test]
fn corrupt_files_are_left_untouched_and_reported_with_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let good = profile.create(&example()).unwrap();

    let cases: [(&str, String, usize, &str); 4] = [
        (
            "bad-toml",
            // The header comment is dropped: the model's syntax-error field reader does not
            // strip comments after `[table]` yet.
            SPEC_EXAMPLE
                .replace("city = \"Beijing\"", "city = \"Beijing")
                .replace(
                    "[subject]                        # the filing",
                    "[subject]\n# the",
                ),
            17,
            "subject.city",
        ),
        (
            "wrong-type",
            SPEC_EXAMPLE.replace("service_codes_used = 1", "service_codes_used = \"one\""),
            70,
            "access.service_codes_used",
        ),
        (
            "unknown-enum",
            SPEC_EXAMPLE.replace("kind = \"individual\"", "kind = \"robot\""),
            12,
            "subject.kind",
        ),
        (
            "newer-version",
            SPEC_EXAMPLE.replace("version = 1 ", "version = 7 "),
            2,
            "version",
        ),
    ];
    let apps = profile.applications_dir();
    for (id, text, _, _) in &cases {
        fs::write(apps.join(format!("{id}.toml")), text).unwrap();
    }

    let entries = profile.list().unwrap();
    assert_eq!(entries.len(), 5);
    let readable: Vec<&str> = entries
        .iter()
        .filter(|e| matches!(e.state, EntryState::Ok(_)))
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(readable, [good.as_str()]);

    for (id, text, line, field) in &cases {
        let entry = entries.iter().find(|e| e.id == *id).unwrap();
        let EntryState::Unreadable(load) = &entry.state else {
            panic!("{id} should be unreadable")
        };
        assert_eq!(load.path, apps.join(format!("{id}.toml")));
        let LoadErrorReason::Parse(parse) = &load.reason else {
            panic!("{id}: {load:?}")
        };
        assert_eq!(parse.line, Some(*line), "{id}: {parse}");
        assert_eq!(parse.field.as_deref(), Some(*field), "{id}: {parse}");
        if *id == "newer-version" {
            assert_eq!(parse.kind, ParseErrorKind::NewerVersion(7));
        }

        // Neither saved over, renamed nor deleted.
        let err = profile.save(id, &example()).unwrap_err();
        assert!(matches!(err.kind, ProfileErrorKind::Unreadable(_)), "{id}");
        assert!(profile.rename(id, "x").is_err());
        assert!(profile.delete(id).is_err());
        assert_eq!(
            &fs::read_to_string(apps.join(format!("{id}.toml"))).unwrap(),
            text
        );
    }
    assert_eq!(names_in(&apps).len(), 5);
}

#[test]
fn a_file_that_is_not_utf8_names_its_line_and_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let path = profile.applications_dir().join("latin1.toml");
    let bytes = b"format = \"icp-tui/application\"\nversion = 1\n[meta]\ntitle = \"caf\xe9\"\n";
    fs::write(&path, bytes).unwrap();
    let entries = profile.list().unwrap();
    let EntryState::Unreadable(load) = &entries[0].state else {
        panic!()
    };
    let LoadErrorReason::Parse(e) = &load.reason else {
        panic!("{:?}", load.reason)
    };
    assert_eq!(e.line, Some(4));
    assert_eq!(
        e.kind,
        icp_tui::model::ParseErrorKind::NotUtf8 { column: 13 }
    );
    assert!(profile.save("latin1", &example()).is_err());
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[cfg(unix)]
#[test]
fn directories_are_0700_and_files_0600() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("deep/profile");
    let profile = open(&dir);
    let id = profile.create(&example()).unwrap();
    profile
        .save_settings(&Settings {
            language: Some("zh-CN".into()),
            ..Settings::default()
        })
        .unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&profile.applications_dir()), 0o700);
    assert_eq!(mode(&profile.application_path(&id).unwrap()), 0o600);
    assert_eq!(mode(&dir.join("settings.toml")), 0o600);
    assert_eq!(mode(&dir.join("profile.lock")), 0o600);
    assert!(profile.warnings().is_empty());
}

#[cfg(unix)]
#[test]
fn a_loose_existing_dir_is_reported_not_changed() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    fs::set_permissions(root.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let profile = open(root.path());
    assert_eq!(
        profile.warnings(),
        [ProfileWarning::LoosePermissions {
            path: root.path().to_path_buf(),
            mode: 0o755
        }]
    );
    let mode = fs::metadata(root.path()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o755);
}

#[test]
fn the_lock_refuses_a_second_writer_until_the_first_closes() {
    let dir = tempfile::tempdir().unwrap();
    let first = open(dir.path());
    assert!(first.is_locked());
    let err = Profile::open(dir.path().to_path_buf(), Mode::ReadWrite).unwrap_err();
    assert!(matches!(err.kind, ProfileErrorKind::Locked));
    assert_eq!(err.path, dir.path());
    drop(first);
    open(dir.path());
}

#[test]
fn a_dir_under_a_file_cannot_be_created_and_nothing_is_left() {
    let root = tempfile::tempdir().unwrap();
    fs::write(root.path().join("plain-file"), "x").unwrap();
    let wanted: PathBuf = root.path().join("plain-file/a/profile");
    let err = Profile::open(wanted.clone(), Mode::ReadWrite).unwrap_err();
    assert!(
        matches!(err.kind, ProfileErrorKind::CannotCreate),
        "{err:?}"
    );
    assert_eq!(err.path, wanted);
    assert!(err.source.is_some());
    assert_eq!(names_in(root.path()), ["plain-file"]);
}

#[test]
fn a_dir_under_a_read_only_dir_cannot_be_created() {
    let root = tempfile::tempdir().unwrap();
    if !permissions_are_enforced(root.path()) {
        eprintln!("skipped: this process ignores directory permissions (root)");
        return;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = root.path().join("ro");
        fs::create_dir(&locked).unwrap();
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o500)).unwrap();
        let wanted = locked.join("a/profile");
        let err = Profile::open(wanted.clone(), Mode::ReadWrite).unwrap_err();
        assert!(matches!(err.kind, ProfileErrorKind::CannotCreate));
        assert_eq!(err.path, wanted);
        assert!(names_in(&locked).is_empty());

        // An existing profile in a read-only directory: not writable.
        let err = Profile::open(locked.clone(), Mode::ReadWrite).unwrap_err();
        assert!(matches!(err.kind, ProfileErrorKind::NotWritable), "{err:?}");
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o700)).unwrap();
    }
}

#[test]
fn settings_round_trip_and_keep_unknown_keys() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    assert_eq!(profile.settings().unwrap(), Settings::default());

    fs::write(
        dir.path().join("settings.toml"),
        "language = \"en-US\"\ntheme = \"dark\"\n\n[keys]\nquit = \"q\"\n",
    )
    .unwrap();
    let mut settings = profile.settings().unwrap();
    assert_eq!(settings.language.as_deref(), Some("en-US"));
    settings.language = Some("zh-CN".into());
    settings.last_application = Some("20261122-001".into());
    profile.save_settings(&settings).unwrap();

    let again = profile.settings().unwrap();
    assert_eq!(again, settings);
    let raw: toml::Table = fs::read_to_string(dir.path().join("settings.toml"))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(raw["theme"].as_str(), Some("dark"));
    assert_eq!(raw["keys"]["quit"].as_str(), Some("q"));
}

#[test]
fn new_applications_get_distinct_sortable_ids() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let now = Instant::parse("2026-11-22T09:00:00+08:00").unwrap();
    let ids: Vec<String> = (0..3)
        .map(|i| {
            profile
                .create(&Application::new(format!("n{i}"), now.clone()))
                .unwrap()
        })
        .collect();
    assert_eq!(ids, ["20261122-001", "20261122-002", "20261122-003"]);
}

// ---- Saving: standard TOML, the user's file kept, edges of the profile (issue 8) ----

const HAND_WRITTEN: &str = include_str!("data/hand_written.toml");
const HAND_WRITTEN_EDITED: &str = include_str!("data/hand_written.edited.toml");

/// Every application fixture of tests/data.
const FIXTURES: [(&str, &str); 5] = [
    ("spec_example", SPEC_EXAMPLE),
    (
        "valid_individual",
        include_str!("data/valid_individual.toml"),
    ),
    (
        "valid_enterprise",
        include_str!("data/valid_enterprise.toml"),
    ),
    (
        "additions_2026_12",
        include_str!("data/additions_2026_12.toml"),
    ),
    ("hand_written", HAND_WRITTEN),
];

/// Reads a file with Python's `tomllib`, an independent TOML reader, and returns the type
/// of every leaf by dotted path (`date`, `datetime`, `str`, …). `None` when python3 with
/// tomllib is not installed.
fn types_by_tomllib(path: &Path) -> Option<std::collections::BTreeMap<String, String>> {
    const SCRIPT: &str = r#"
import datetime, json, sys, tomllib
with open(sys.argv[1], "rb") as f:
    doc = tomllib.load(f)
out = {}
def walk(v, path):
    if isinstance(v, dict):
        for k, x in v.items():
            walk(x, f"{path}.{k}" if path else k)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            walk(x, f"{path}[{i}]")
    elif isinstance(v, datetime.datetime):
        out[path] = "datetime"
    elif isinstance(v, datetime.date):
        out[path] = "date"
    else:
        out[path] = type(v).__name__
walk(doc, "")
print(json.dumps(out))
"#;
    let output = std::process::Command::new("python3")
        .arg("-c")
        .arg(SCRIPT)
        .arg(path)
        .output()
        .ok()?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("No module named 'tomllib'"),
            "tomllib could not read {}: {stderr}",
            path.display()
        );
        return None;
    }
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

#[test]
fn saved_fixtures_read_back_with_tomllib_have_dates_as_dates() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    for (name, text) in FIXTURES {
        let fixture = dir.path().join(format!("{name}.fixture.toml"));
        fs::write(&fixture, text).unwrap();
        let Some(expected) = types_by_tomllib(&fixture) else {
            eprintln!("SKIPPED: python3 with tomllib is not installed; no independent reader");
            return;
        };
        assert!(expected.values().any(|t| t == "date"), "{name} has dates");
        let mut app = Application::from_toml_str(text).unwrap();
        app.meta.title = Some("edited".into());
        // A new file (the spec's layout) and a save over the fixture (its own layout).
        let new_id = profile.create(&app).unwrap();
        let over_id = format!("{name}-over");
        fs::write(profile.application_path(&over_id).unwrap(), text).unwrap();
        profile.save(&over_id, &app).unwrap();
        for id in [new_id, over_id] {
            let path = profile.application_path(&id).unwrap();
            let saved = types_by_tomllib(&path).unwrap();
            for (field, kind) in &expected {
                if kind == "date" || kind == "datetime" {
                    assert_eq!(saved.get(field), Some(kind), "{name} ({id}): {field}");
                }
            }
            assert!(
                !saved.keys().any(|k| k.contains("$__toml")),
                "{name} ({id}): a date written as a table"
            );
            // The same, structurally, with toml_edit.
            let doc: toml_edit::DocumentMut = fs::read_to_string(&path).unwrap().parse().unwrap();
            let mut structural = std::collections::BTreeMap::new();
            date_values(doc.as_item(), String::new(), &mut structural);
            for (field, kind) in &expected {
                if kind == "date" || kind == "datetime" {
                    assert_eq!(structural.get(field), Some(kind), "{name} ({id}): {field}");
                }
            }
        }
    }
}

/// `path → "date" | "datetime"` of every TOML date value under `item`.
fn date_values(
    item: &toml_edit::Item,
    path: String,
    out: &mut std::collections::BTreeMap<String, String>,
) {
    use toml_edit::{Item, Value};
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match item {
        Item::Table(t) => t.iter().for_each(|(k, v)| date_values(v, join(k), out)),
        Item::ArrayOfTables(a) => {
            for (i, t) in a.iter().enumerate() {
                let at = format!("{path}[{i}]");
                t.iter()
                    .for_each(|(k, v)| date_values(v, format!("{at}.{k}"), out));
            }
        }
        Item::Value(Value::InlineTable(t)) => t
            .iter()
            .for_each(|(k, v)| date_values(&Item::Value(v.clone()), join(k), out)),
        Item::Value(Value::Array(a)) => {
            for (i, v) in a.iter().enumerate() {
                date_values(&Item::Value(v.clone()), format!("{path}[{i}]"), out);
            }
        }
        Item::Value(Value::Datetime(d)) => {
            let kind = if d.value().time.is_some() {
                "datetime"
            } else {
                "date"
            };
            out.insert(path, kind.to_string());
        }
        Item::Value(_) | Item::None => {}
    }
}

#[test]
fn a_hand_written_file_keeps_everything_but_the_edit() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let path = profile.application_path("agency").unwrap();
    fs::write(&path, HAND_WRITTEN).unwrap();
    let mut app = profile.load("agency").unwrap();
    app.meta.updated = Instant::parse("2026-11-23T08:00:00+08:00");
    app.subject.certificate_expires = icp_tui::model::Date::parse("2036-01-31");
    app.subject.leader.mobile = Some("13900139000".into());
    app.subject.city = Some("Shanghai".into());
    profile.save("agency", &app).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), HAND_WRITTEN_EDITED);
    assert_eq!(profile.load("agency").unwrap(), app);
}

#[test]
fn a_website_removed_in_the_app_leaves_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let path = profile.application_path("agency").unwrap();
    fs::write(&path, HAND_WRITTEN).unwrap();
    let mut app = profile.load("agency").unwrap();
    app.websites.clear();
    profile.save("agency", &app).unwrap();
    let saved = fs::read_to_string(&path).unwrap();
    assert!(!saved.contains("[[websites]]"), "{saved}");
    assert!(!saved.contains("example.cn\"\nname"), "{saved}");
    assert!(
        saved.contains("[agency]\ninvoice = \"2026-117\""),
        "{saved}"
    );
    assert_eq!(profile.load("agency").unwrap(), app);
}

#[test]
fn saving_what_is_already_there_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let path = profile.application_path("agency").unwrap();
    fs::write(&path, HAND_WRITTEN).unwrap();
    let (app, stamp) = profile.load_stamped("agency").unwrap();
    let inode_before = file_id(&path);
    let saved = profile.save_checked("agency", &app, Some(&stamp)).unwrap();
    assert!(matches!(saved, Saved::Unchanged(_)), "{saved:?}");
    assert_eq!(fs::read_to_string(&path).unwrap(), HAND_WRITTEN);
    assert_eq!(
        file_id(&path),
        inode_before,
        "not even replaced by the same bytes"
    );
}

/// Which file a path names (unix: the inode; an atomic save makes a new one).
fn file_id(path: &Path) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(path).unwrap().ino()
    }
    #[cfg(not(unix))]
    {
        fs::metadata(path).unwrap().len()
    }
}

#[test]
fn a_file_changed_by_someone_else_is_kept_and_ours_goes_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let id = profile.create(&example()).unwrap();
    let path = profile.application_path(&id).unwrap();
    let (mut ours, stamp) = profile.load_stamped(&id).unwrap();
    // Someone else edits the file while we have it open.
    let theirs_text = fs::read_to_string(&path)
        .unwrap()
        .replace("Zhang San's notes", "edited elsewhere");
    fs::write(&path, &theirs_text).unwrap();
    assert!(profile.changed_since(&id, &stamp).unwrap().is_some());

    ours.subject.city = Some("Haidian".into());
    let saved = profile.save_checked(&id, &ours, Some(&stamp)).unwrap();
    let Saved::Conflict { copy, theirs, .. } = saved else {
        panic!("{saved:?}");
    };
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        theirs_text,
        "theirs kept"
    );
    assert_eq!(theirs.meta.title.as_deref(), Some("edited elsewhere"));
    let copy_name = copy.file_name().unwrap().to_str().unwrap();
    assert!(
        copy_name.starts_with(&format!("{id}.conflict-")) && copy_name.ends_with(".toml"),
        "{copy_name}"
    );
    let copy_text = fs::read_to_string(&copy).unwrap();
    assert_eq!(Application::from_toml_str(&copy_text).unwrap(), ours);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&copy).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn a_file_nobody_else_touched_is_saved_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let id = profile.create(&example()).unwrap();
    let (mut ours, stamp) = profile.load_stamped(&id).unwrap();
    assert!(profile.changed_since(&id, &stamp).unwrap().is_none());
    ours.subject.city = Some("Haidian".into());
    let saved = profile.save_checked(&id, &ours, Some(&stamp)).unwrap();
    assert!(matches!(saved, Saved::Written(_)), "{saved:?}");
    assert_eq!(profile.load(&id).unwrap(), ours);
    assert_eq!(
        names_in(&profile.applications_dir()),
        [format!("{id}.toml")]
    );
    // The stamp of our own write is what the file holds now.
    assert!(profile.changed_since(&id, saved.stamp()).unwrap().is_none());
}

#[cfg(unix)]
#[test]
fn symlinked_application_and_settings_are_written_through() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let real_app = elsewhere.path().join("client.toml");
    fs::write(&real_app, SPEC_EXAMPLE).unwrap();
    let link = profile.application_path("client").unwrap();
    symlink(&real_app, &link).unwrap();
    let real_settings = elsewhere.path().join("settings.toml");
    fs::write(&real_settings, "# mine\nlanguage = \"en-US\"\n").unwrap();
    symlink(&real_settings, dir.path().join("settings.toml")).unwrap();

    let mut app = profile.load("client").unwrap();
    app.subject.city = Some("Haidian".into());
    profile.save("client", &app).unwrap();
    let mut settings = profile.settings().unwrap();
    settings.language = Some("zh-CN".into());
    profile.save_settings(&settings).unwrap();

    for (link, real) in [
        (link, &real_app),
        (dir.path().join("settings.toml"), &real_settings),
    ] {
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(&fs::read_link(&link).unwrap(), real);
    }
    assert_eq!(profile.load("client").unwrap(), app);
    assert_eq!(
        fs::read_to_string(&real_settings).unwrap(),
        "# mine\nlanguage = \"zh-CN\"\n"
    );
    // The temporary file was made beside the target, and is gone.
    assert_eq!(names_in(elsewhere.path()), ["client.toml", "settings.toml"]);
}

#[test]
fn leftover_temp_files_are_removed_at_start_and_never_listed() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let id = profile.create(&example()).unwrap();
    let apps = profile.applications_dir();
    drop(profile);
    // What a save killed before its rename leaves: a full copy under a hidden name.
    fs::write(apps.join(".icp-tui-Ab12Cd.tmp"), SPEC_EXAMPLE).unwrap();
    fs::write(dir.path().join(".icp-tui-Ef34Gh.tmp"), "language = 'zh-CN'").unwrap();
    fs::write(apps.join(".mine.tmp"), "not icp-tui's").unwrap();

    let read_only = Profile::open(dir.path().to_path_buf(), Mode::ReadOnly).unwrap();
    assert_eq!(read_only.list().unwrap().len(), 1, "never listed");
    assert!(
        apps.join(".icp-tui-Ab12Cd.tmp").exists(),
        "a reader removes nothing"
    );

    let profile = open(dir.path());
    assert_eq!(
        names_in(&apps),
        [".mine.tmp".to_string(), format!("{id}.toml")]
    );
    assert!(!dir.path().join(".icp-tui-Ef34Gh.tmp").exists());
    assert_eq!(profile.list().unwrap().len(), 1);
}

#[cfg(unix)]
#[test]
fn deleting_profile_lock_does_not_let_a_second_writer_in() {
    let dir = tempfile::tempdir().unwrap();
    let first = open(dir.path());
    fs::remove_file(dir.path().join("profile.lock")).unwrap();
    let err = Profile::open(dir.path().to_path_buf(), Mode::ReadWrite).unwrap_err();
    assert!(matches!(err.kind, ProfileErrorKind::Locked), "{err}");
    drop(first);
    open(dir.path());
}

#[test]
fn files_above_the_size_limit_are_refused_and_listed_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let path = profile.application_path("huge").unwrap();
    let mut text = SPEC_EXAMPLE.to_string();
    text.push_str(
        &"# padding padding padding padding padding padding padding padding\n"
            .repeat((icp_tui::profile::MAX_FILE_BYTES as usize / 64) + 1),
    );
    fs::write(&path, &text).unwrap();
    let entries = profile.list().unwrap();
    let EntryState::Unreadable(load) = &entries[0].state else {
        panic!("a file above the limit is not read");
    };
    assert!(
        matches!(load.reason, LoadErrorReason::TooLarge { bytes, limit }
            if bytes == text.len() as u64 && limit == icp_tui::profile::MAX_FILE_BYTES),
        "{:?}",
        load.reason
    );
    assert!(matches!(
        profile.save("huge", &example()).unwrap_err().kind,
        ProfileErrorKind::Unreadable(_)
    ));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        text,
        "never written over"
    );

    // The nearest case that does not fire: exactly at the limit is read.
    let mut at_limit = SPEC_EXAMPLE.to_string();
    let room = icp_tui::profile::MAX_FILE_BYTES as usize - at_limit.len();
    at_limit.push_str(&"#".repeat(room - 1));
    at_limit.push('\n');
    assert_eq!(at_limit.len() as u64, icp_tui::profile::MAX_FILE_BYTES);
    fs::write(&path, &at_limit).unwrap();
    assert_eq!(profile.load("huge").unwrap(), example());
}

#[cfg(unix)]
#[test]
fn loose_application_files_are_reported_with_the_command_that_fixes_them() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
    let profile = open(dir.path());
    let id = profile.create(&example()).unwrap();
    let tight = profile.create(&example()).unwrap();
    let path = profile.application_path(&id).unwrap();
    drop(profile);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    let apps = dir.path().join("applications");
    fs::set_permissions(&apps, fs::Permissions::from_mode(0o755)).unwrap();

    let profile = open(dir.path());
    assert_eq!(
        profile.warnings(),
        [
            ProfileWarning::LoosePermissions {
                path: apps.clone(),
                mode: 0o755
            },
            ProfileWarning::LoosePermissions {
                path: path.clone(),
                mode: 0o644
            },
        ],
        "{tight}.toml is 0600 and not reported"
    );
    assert_eq!(
        icp_tui::profile::loose_fix_command(profile.warnings()).unwrap(),
        format!("chmod go= '{}' '{}'", apps.display(), path.display())
    );
}

#[test]
fn a_save_that_fails_creates_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let apps = profile.applications_dir();
    if !permissions_are_enforced(dir.path()) {
        eprintln!("SKIPPED: this process ignores directory permissions (root)");
        return;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&apps, fs::Permissions::from_mode(0o500)).unwrap();
        let err = profile.save("new", &example()).unwrap_err();
        fs::set_permissions(&apps, fs::Permissions::from_mode(0o700)).unwrap();
        assert!(matches!(err.kind, ProfileErrorKind::NotWritable), "{err}");
        assert!(profile.list().unwrap().is_empty());
        assert!(names_in(&apps).is_empty());
    }
}
