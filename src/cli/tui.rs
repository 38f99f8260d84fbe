//! `icp-tui` with no subcommand: open the profile and run the interactive app.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use crate::app::reading::{ListBatch, ListReader};
use crate::app::resume::{Position, Resume};
use crate::profile::catalogue::Catalogue;
use crate::rules::SharedRules;
use std::sync::Mutex;

use super::tui_reader::ProfileReader;
use crate::app::run::{self as app_run, SaveOutcome, Store};
use crate::app::state::{Entry, Flash, Unreadable};
use crate::i18n::{self, Lang, Localizer};
use crate::model::{Application, Step};
use crate::profile::{
    self, EntryState, LoadErrorReason, Mode, Profile, ProfileErrorKind, ProfileWarning, Saved,
    Settings, Stamp,
};
use crate::signals::{self, Signals};
use crate::terminal;

use super::{Common, EXIT_INPUT, profile_error_message};

pub fn run(common: &Common, message_lang: Lang) -> ExitCode {
    // In the command line's language, for what goes wrong before the profile says its own.
    let tr = &Localizer::new(message_lang);
    // The built-in rules are being read on another core since the arguments were parsed; the
    // first frame (the list, still being read) is drawn without them. An override is read on
    // a core of its own while this one opens the profile, and waited for before the full
    // screen, so that a broken one is reported in the terminal.
    let default_override = crate::rules::default_override_path();
    let overriding = crate::rules::override_in_force(&common.rules, default_override.as_deref())
        .map(|path| {
            let path = path.to_path_buf();
            std::thread::spawn(move || crate::rules::read_override(&path))
        });
    let Some(dir) = profile::resolve_dir(common.profile.clone(), common.env.profile.clone()) else {
        eprintln!("{}", tr.t("cli-profile-none"));
        return ExitCode::from(EXIT_INPUT);
    };
    // A second icp-tui on the same profile opens it read-only and says so on screen.
    // Nothing a file before the first frame: the application files' permissions are looked
    // at on the list's reader thread (`tui_reader`), their leftovers removed after the frame
    // (`after_first_frame`).
    let opened = match Profile::open_leaving_files(dir.clone(), Mode::ReadWrite) {
        Err(e) if matches!(e.kind, ProfileErrorKind::Locked) => {
            Profile::open_leaving_files(dir, Mode::ReadOnly)
        }
        other => other,
    };
    let profile = match opened {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}", profile_error_message(&e, tr));
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let settings = profile.settings().unwrap_or_default();
    let lang = i18n::choose(
        common.lang,
        settings.language.as_deref(),
        common.env.locale().as_deref(),
    );
    // Each message file is parsed when the app first shows one of its texts.
    let messages = Localizer::new(lang);
    // Asked while the rules and messages are read (never of a terminal refused below); joined
    // before raw mode (and on any early return).
    let mut looks = super::looks::Resolve::start(common, &settings, lang);
    // The title bar's and the list's texts, parsed while the terminal is asked about its
    // background (joined below).
    messages.prepare(&crate::app::view::list::FIRST_FRAME_TEXTS);
    let loaded = overriding.map(|reading| reading.join().expect("reading rules does not panic"));
    let rules = match loaded.transpose() {
        Ok(Some(rules)) => SharedRules::from(Arc::new(rules)),
        Ok(None) => SharedRules::builtin(),
        Err(e) => {
            // The terminal back from the background question first.
            drop(looks);
            // Before the full screen, so the message stays readable in the terminal; in the
            // language the app would have used.
            let tr = Localizer::new(lang);
            eprintln!("{}", crate::report::rules_load_error(&e, &tr));
            return ExitCode::from(EXIT_INPUT);
        }
    };
    // Nothing is drawn into a terminal that cannot show it: say what to use instead.
    if let Some(id) = super::looks::refusal_here(common.env.term.as_deref()) {
        eprintln!("{}", Localizer::new(lang).t(id));
        return ExitCode::from(EXIT_INPUT);
    }
    let read_only = profile.mode() == Mode::ReadOnly;
    let resume = Resume {
        application: settings.last_application.clone(),
        position: settings.resume.as_ref().map(position_of),
    };
    let mut store = ProfileStore::new(profile, settings, lang);

    // Installed before the terminal changes: from then on a signal saves, restores the
    // terminal and ends the app with 128 + its number.
    let signals = match Signals::register() {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "{}",
                tr.ta(
                    "cli-terminal-error",
                    &[("reason", i18n::arg_str(&e.to_string()))]
                )
            );
            return ExitCode::FAILURE;
        }
    };
    looks.join_background();
    let mut guard = match terminal::init() {
        Ok(g) => g,
        Err(e) => {
            eprintln!(
                "{}",
                tr.ta(
                    "cli-terminal-error",
                    &[("reason", i18n::arg_str(&e.to_string()))]
                )
            );
            return ExitCode::FAILURE;
        }
    };
    let (looks, looks_notice) = looks.finish(&mut guard.terminal);
    let result = app_run::run(
        &mut guard.terminal,
        looks,
        looks_notice,
        &mut store,
        messages,
        rules,
        read_only,
        &resume,
        &signals,
    );
    drop(guard);
    match result {
        Ok(ending) => {
            // After a hang-up there may be no terminal to write to: never panic over it.
            let mut stderr = std::io::stderr();
            for note in &ending.notes {
                let _ = writeln!(stderr, "{note}");
            }
            match ending.signal {
                Some(signal) => ExitCode::from(signals::exit_code(signal)),
                None => ExitCode::SUCCESS,
            }
        }
        Err(e) => {
            eprintln!(
                "{}",
                tr.ta(
                    "cli-terminal-error",
                    &[("reason", i18n::arg_str(&e.to_string()))]
                )
            );
            ExitCode::FAILURE
        }
    }
}

/// The profile as the app's store.
pub struct ProfileStore {
    profile: Profile,
    settings: Settings,
    /// The settings as last read or written: nothing is written while they are the same.
    on_disk: Settings,
    /// What each file held when last read or written here, to notice someone else's change.
    stamps: RefCell<HashMap<String, Stamp>>,
    /// The files as last read, shared with the list's reader (see `tui_reader`).
    catalogue: Arc<Mutex<Catalogue>>,
    /// The language of the reasons it gives (the app's; F2 changes it through the settings).
    lang: Lang,
    /// The application files' permissions were handed to a reader to look at (once).
    looseness_handed: bool,
}

impl ProfileStore {
    /// The store of an open profile with the settings read from it.
    pub fn new(profile: Profile, settings: Settings, lang: Lang) -> ProfileStore {
        ProfileStore {
            profile,
            on_disk: settings.clone(),
            settings,
            stamps: RefCell::default(),
            catalogue: Arc::default(),
            lang,
            looseness_handed: false,
        }
    }

    /// Why a write failed, in the user's language.
    fn reason(&self, error: &crate::profile::ProfileError) -> String {
        crate::report::save_reason(error, &Localizer::new(self.lang))
    }

    fn io_reason(&self, error: &std::io::Error) -> String {
        let tr = Localizer::new(self.lang);
        crate::report::write_reason(error.kind(), &error.to_string(), &tr)
    }

    fn remember_stamp(&self, id: &str, stamp: Option<&Stamp>) {
        let mut stamps = self.stamps.borrow_mut();
        match stamp {
            Some(stamp) => stamps.insert(id.to_string(), stamp.clone()),
            None => stamps.remove(id),
        };
    }
}

/// The app's position from the settings' `[resume]` (an unknown step is no step).
pub fn position_of(resume: &profile::Resume) -> Position {
    Position {
        list: resume.screen.as_deref() == Some("list"),
        step: resume.step.as_deref().and_then(Step::from_name),
        at: resume.at.clone(),
    }
}

/// `[resume]` for the settings, keeping the keys of the old one this version does not know.
fn resume_of(position: &Position, old: Option<&profile::Resume>) -> profile::Resume {
    profile::Resume {
        screen: Some(if position.list { "list" } else { "wizard" }.to_string()),
        step: position.step.map(|s| s.as_str().to_string()),
        at: position.at.clone(),
        extra: old.map(|r| r.extra.clone()).unwrap_or_default(),
    }
}

impl Store for ProfileStore {
    fn list(&self) -> Vec<Entry> {
        // Through the catalogue: files unchanged since the last look are not read again.
        let mut catalogue = self.catalogue.lock().unwrap_or_else(|e| e.into_inner());
        let files = Catalogue::scan(&self.profile.applications_dir()).unwrap_or_default();
        let mut entries = Vec::with_capacity(files.len());
        for (id, path) in &files {
            if let Some(found) = catalogue.entry(id, path) {
                self.remember_stamp(id, found.entry.stamp.as_ref());
                entries.push(entry(found.entry));
            }
        }
        let paths: Vec<_> = files.into_iter().map(|(_, path)| path).collect();
        catalogue.keep_only(&paths);
        entries
    }

    fn reader(&mut self) -> Option<Box<dyn ListReader>> {
        // The first read looks at what opening the profile left (a writer's notice only, as
        // `notice` and `begin` have it).
        let looseness = (!self.looseness_handed
            && !self.profile.files_looked_at()
            && self.profile.mode() == Mode::ReadWrite)
            .then(|| {
                (
                    self.profile.dir().to_path_buf(),
                    self.profile.warnings().to_vec(),
                )
            });
        self.looseness_handed = true;
        Some(Box::new(ProfileReader {
            applications: self.profile.applications_dir(),
            catalogue: self.catalogue.clone(),
            looseness,
            every: false,
        }))
    }

    fn day_reader(&mut self) -> Option<Box<dyn ListReader>> {
        Some(Box::new(ProfileReader {
            applications: self.profile.applications_dir(),
            catalogue: self.catalogue.clone(),
            looseness: None,
            every: true,
        }))
    }

    fn load_one(&mut self, id: &str) -> Option<Entry> {
        let path = self.profile.application_path(id).ok()?;
        let found = Catalogue::new().entry(id, &path)?;
        self.remember_stamp(id, found.entry.stamp.as_ref());
        Some(entry(found.entry))
    }

    fn adopt(&mut self, batch: &mut ListBatch, open: Option<&str>) {
        for (id, stamp) in std::mem::take(&mut batch.stamps) {
            if open != Some(id.as_str()) {
                self.remember_stamp(&id, stamp.as_ref());
            }
        }
    }

    fn save(&mut self, id: &str, app: &Application) -> Result<(), String> {
        self.save_app(id, app).map(drop)
    }

    fn save_app(&mut self, id: &str, app: &Application) -> Result<SaveOutcome, String> {
        let expected = self.stamps.borrow().get(id).cloned();
        let saved = self
            .profile
            .save_checked(id, app, expected.as_ref())
            .map_err(|e| self.reason(&e))?;
        let stamp = saved.stamp().clone();
        self.stamps.borrow_mut().insert(id.to_string(), stamp);
        Ok(match saved {
            Saved::Written(_) | Saved::Unchanged(_) => SaveOutcome::Saved,
            Saved::Conflict { copy, theirs, .. } => SaveOutcome::Conflict {
                copy: copy.display().to_string(),
                theirs,
            },
        })
    }

    fn reload_if_changed(&mut self, id: &str) -> Option<Application> {
        let stamp = self.stamps.borrow().get(id).cloned()?;
        // A file that became unreadable is left to the next save, which refuses and says so.
        let (app, stamp) = self.profile.changed_since(id, &stamp).ok()??;
        self.stamps.borrow_mut().insert(id.to_string(), stamp);
        Some(app)
    }

    fn remember(&mut self, position: &Position) {
        self.settings.resume = Some(resume_of(position, self.settings.resume.as_ref()));
    }

    /// Only when opening looked at every file; else the reader's first batch tells it.
    fn notice(&self) -> Option<Flash> {
        if !self.profile.files_looked_at() {
            return None;
        }
        loose_notice(self.profile.warnings())
    }

    /// The leftovers of interrupted saves in `applications/`, when opening left them: on
    /// this thread, the one that saves (a save under way has a temporary file there).
    fn after_first_frame(&mut self) {
        if !self.profile.files_looked_at() {
            self.profile.remove_application_leftovers();
        }
    }

    fn delete(&mut self, id: &str) -> Result<(), String> {
        self.profile.delete(id).map_err(|e| self.reason(&e))?;
        self.stamps.borrow_mut().remove(id);
        Ok(())
    }

    fn save_settings(
        &mut self,
        lang: Option<Lang>,
        last_application: Option<&str>,
    ) -> Result<(), String> {
        if self.profile.mode() == Mode::ReadOnly {
            return Ok(());
        }
        if let Some(lang) = lang {
            self.lang = lang;
            self.settings.language = Some(lang.tag().to_string());
        }
        if let Some(id) = last_application {
            self.settings.last_application = Some(id.to_string());
        }
        // The user's file stays untouched when nothing changed.
        if self.settings == self.on_disk {
            return Ok(());
        }
        self.profile
            .save_settings(&self.settings)
            .map_err(|e| self.reason(&e))?;
        self.on_disk = self.settings.clone();
        Ok(())
    }

    fn save_theme(&mut self, theme: &str) -> Result<(), String> {
        if self.profile.mode() == Mode::ReadOnly || self.settings.theme.as_deref() == Some(theme) {
            return Ok(());
        }
        self.settings.theme = Some(theme.to_string());
        self.profile
            .save_settings(&self.settings)
            .map_err(|e| self.reason(&e))
    }

    fn clipboard(&mut self, text: &str) -> bool {
        use std::io::Write;
        // Between two frames: the sequence draws nothing.
        let mut out = std::io::stdout().lock();
        out.write_all(crate::ui::clipboard::osc52(text).as_bytes())
            .is_ok()
            && out.flush().is_ok()
    }

    fn save_export(&mut self, name: &str, text: &str) -> Result<std::path::PathBuf, String> {
        if self.profile.mode() == Mode::ReadOnly {
            return Err(Localizer::new(self.lang).t("save-read-only"));
        }
        let dir = self.profile.dir().join("exports");
        private_dir(&dir).map_err(|e| self.io_reason(&e))?;
        let path = dir.join(name);
        crate::profile::atomic::write_atomic(&path, text.as_bytes())
            .map_err(|e| self.io_reason(&e))?;
        Ok(path)
    }
}

/// A folder only its owner can enter (0700 on unix), like the profile's own.
fn private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// "… can be read by other users of this machine …: chmod go= '…'", when the profile is loose.
pub(super) fn loose_notice(warnings: &[ProfileWarning]) -> Option<Flash> {
    let command = profile::loose_fix_command(warnings)?;
    let loose: Vec<(&std::path::Path, u32)> = warnings
        .iter()
        .filter_map(|w| match w {
            ProfileWarning::LoosePermissions { path, mode } => Some((path.as_path(), *mode)),
            ProfileWarning::LockUnsupported { .. } => None,
        })
        .collect();
    let (path, mode) = loose[0];
    let mut args = vec![
        ("path", path.display().to_string()),
        ("mode", format!("{mode:04o}")),
        ("command", command),
    ];
    let id = if loose.len() == 1 {
        "profile-loose"
    } else {
        args.push(("count", loose.len().to_string()));
        "profile-loose-many"
    };
    Some(Flash::error(id, args))
}

pub(super) fn entry(e: profile::Entry) -> Entry {
    let app = match e.state {
        EntryState::Ok(app) => Ok(*app),
        EntryState::Unreadable(load) => Err(match load.reason {
            LoadErrorReason::Parse(p) => Unreadable::Parse(p),
            LoadErrorReason::Io { kind, message } => Unreadable::Io { kind, message },
            LoadErrorReason::TooLarge { bytes, limit } => Unreadable::TooLarge { bytes, limit },
        }),
    };
    Entry {
        id: e.id,
        file: e.path,
        app,
    }
}
