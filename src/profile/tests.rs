use super::*;

fn instant(text: &str) -> Instant {
    Instant::parse(text).unwrap()
}

fn app(title: &str, updated: &str) -> Application {
    let mut app = Application::new(title, instant("2026-11-20T09:30:00+08:00"));
    app.meta.updated = Some(instant(updated));
    app
}

fn open_rw(dir: &Path) -> Profile {
    Profile::open(dir.to_path_buf(), Mode::ReadWrite).unwrap()
}

#[test]
fn resolve_dir_prefers_flag_then_env_then_data_dir() {
    let flag = Some(PathBuf::from("/flag"));
    let env = Some(OsString::from("/env"));
    assert_eq!(resolve_dir(flag, env.clone()), Some(PathBuf::from("/flag")));
    assert_eq!(resolve_dir(None, env), Some(PathBuf::from("/env")));
    let fallback = resolve_dir(None, Some(OsString::new()));
    assert_eq!(fallback, resolve_dir(None, None));
    if let Some(dir) = fallback {
        assert!(dir.ends_with("icp-tui"), "{dir:?}");
    }
}

#[test]
fn create_numbers_ids_per_creation_day() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open_rw(dir.path());
    let a = app("a", "2026-11-20T10:00:00+08:00");
    assert_eq!(profile.create(&a).unwrap(), "20261120-001");
    assert_eq!(profile.create(&a).unwrap(), "20261120-002");
    // A hand-made file with the next id is skipped, not overwritten.
    fs::write(profile.applications_dir().join("20261120-003.toml"), "x").unwrap();
    assert_eq!(profile.create(&a).unwrap(), "20261120-004");
    assert_eq!(
        fs::read_to_string(profile.applications_dir().join("20261120-003.toml")).unwrap(),
        "x"
    );
}

#[test]
fn created_late_evening_utc_is_the_next_day_in_china() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open_rw(dir.path());
    let mut a = app("a", "2026-11-20T10:00:00+08:00");
    a.meta.created = Some(instant("2026-11-20T20:00:00Z"));
    assert_eq!(profile.create(&a).unwrap(), "20261121-001");
}

#[test]
fn list_sorts_newest_first_by_updated() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open_rw(dir.path());
    let old = profile
        .create(&app("old", "2026-11-20T10:00:00+08:00"))
        .unwrap();
    let new = profile
        .create(&app("new", "2026-11-22T10:00:00+08:00"))
        .unwrap();
    let mid = profile
        .create(&app("mid", "2026-11-21T10:00:00+08:00"))
        .unwrap();
    let ids: Vec<String> = profile.list().unwrap().into_iter().map(|e| e.id).collect();
    assert_eq!(ids, [new, mid, old]);
}

#[test]
fn list_skips_hidden_and_foreign_files() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open_rw(dir.path());
    let apps = profile.applications_dir();
    fs::write(apps.join(".icp-tui-abc.tmp"), "half").unwrap();
    fs::write(apps.join(".hidden.toml"), "x").unwrap();
    fs::write(apps.join("notes.txt"), "x").unwrap();
    fs::create_dir(apps.join("sub.toml")).unwrap();
    assert!(profile.list().unwrap().is_empty());
}

#[test]
fn invalid_ids_are_refused_before_touching_disk() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open_rw(dir.path());
    let a = app("a", "2026-11-20T10:00:00+08:00");
    for bad in ["../settings", "", ".x"] {
        let err = profile.save(bad, &a).unwrap_err();
        assert!(matches!(err.kind, ProfileErrorKind::InvalidId), "{bad:?}");
    }
    assert!(!dir.path().join("settings.toml").exists());
}

#[test]
fn load_of_an_unknown_id_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open_rw(dir.path());
    let err = profile.load("20260101-001").unwrap_err();
    assert!(matches!(err.kind, ProfileErrorKind::Missing));
    assert!(err.path.ends_with("applications/20260101-001.toml"));
}

#[test]
fn rename_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open_rw(dir.path());
    let id = profile
        .create(&app("a", "2026-11-20T10:00:00+08:00"))
        .unwrap();
    profile.rename(&id, "张三的备案").unwrap();
    assert_eq!(profile.load(&id).unwrap().title(), "张三的备案");
    profile.delete(&id).unwrap();
    assert!(profile.list().unwrap().is_empty());
    assert!(matches!(
        profile.delete(&id).unwrap_err().kind,
        ProfileErrorKind::Missing
    ));
}

#[test]
fn unreadable_files_are_not_renamed_or_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open_rw(dir.path());
    let path = profile.applications_dir().join("bad.toml");
    fs::write(&path, "format = \"icp-tui/application\"\nversion = 9\n").unwrap();
    for err in [
        profile.rename("bad", "x").unwrap_err(),
        profile.delete("bad").unwrap_err(),
    ] {
        assert!(matches!(err.kind, ProfileErrorKind::Unreadable(_)));
    }
    assert!(path.exists());
}

#[test]
fn read_only_mode_creates_nothing_and_refuses_writes() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none");
    let err = Profile::open(missing.clone(), Mode::ReadOnly).unwrap_err();
    assert!(matches!(err.kind, ProfileErrorKind::Missing));
    assert!(!missing.exists());

    let id = open_rw(dir.path())
        .create(&app("a", "2026-11-20T10:00:00+08:00"))
        .unwrap();
    // Readers take no lock, so they can open next to a writer.
    let _writer = open_rw(dir.path());
    let reader = Profile::open(dir.path().to_path_buf(), Mode::ReadOnly).unwrap();
    assert!(!reader.is_locked());
    assert_eq!(reader.load(&id).unwrap().title(), "a");
    let a = app("b", "2026-11-20T10:00:00+08:00");
    let errors = [
        reader.create(&a).unwrap_err(),
        reader.save(&id, &a).unwrap_err(),
        reader.rename(&id, "b").unwrap_err(),
        reader.delete(&id).unwrap_err(),
        reader.save_settings(&Settings::default()).unwrap_err(),
    ];
    for err in errors {
        assert!(matches!(err.kind, ProfileErrorKind::ReadOnly));
        assert_eq!(err.path, dir.path());
    }
    assert_eq!(reader.load(&id).unwrap().title(), "a");
}

#[test]
fn a_file_path_is_not_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("f");
    fs::write(&file, "x").unwrap();
    for mode in [Mode::ReadWrite, Mode::ReadOnly] {
        let err = Profile::open(file.clone(), mode).unwrap_err();
        assert!(matches!(err.kind, ProfileErrorKind::NotADirectory));
        assert_eq!(err.path, file);
    }
}

#[test]
fn corrupt_settings_are_reported_and_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open_rw(dir.path());
    let path = dir.path().join(SETTINGS_FILE);
    fs::write(&path, "language = [\n").unwrap();
    let err = profile.settings().unwrap_err();
    let ProfileErrorKind::Unreadable(load) = &err.kind else {
        panic!("{err:?}")
    };
    assert!(matches!(load.reason, LoadErrorReason::Parse(_)));
    assert!(profile.save_settings(&Settings::default()).is_err());
    assert_eq!(fs::read_to_string(&path).unwrap(), "language = [\n");
}

#[test]
fn error_display_names_code_and_path() {
    let err = ProfileError::io(
        ProfileErrorKind::CannotCreate,
        Path::new("/x/y"),
        io::Error::from(io::ErrorKind::NotADirectory),
    );
    assert!(err.to_string().starts_with("cannot_create: /x/y: "));
}
