//! `icp-tui` with no subcommand: open the profile and run the interactive app.

use std::io::Write;
use std::process::ExitCode;

use crate::app::run::{self as app_run, Store};
use crate::app::state::{Entry, Unreadable};
use crate::i18n::{self, Lang, Localizer, Messages};
use crate::model::Application;
use crate::profile::{
    self, EntryState, LoadErrorReason, Mode, Profile, ProfileErrorKind, Settings,
};
use crate::signals::{self, Signals};
use crate::terminal;

use super::{Common, EXIT_INPUT, profile_error_message};

pub fn run(common: &Common, tr: &Localizer) -> ExitCode {
    // The first frame needs the rules (province names); read them on the second core while
    // this one opens the profile and the terminal.
    std::thread::spawn(|| {
        crate::rules::Rules::builtin();
    });
    let Some(dir) = profile::resolve_dir(common.profile.clone(), common.env.profile.clone()) else {
        eprintln!("{}", tr.t("cli-profile-none"));
        return ExitCode::from(EXIT_INPUT);
    };
    // A second icp-tui on the same profile opens it read-only and says so on screen.
    let opened = match Profile::open(dir.clone(), Mode::ReadWrite) {
        Err(e) if matches!(e.kind, ProfileErrorKind::Locked) => Profile::open(dir, Mode::ReadOnly),
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
    let messages = std::thread::spawn(move || Messages::parse(lang));
    let read_only = profile.mode() == Mode::ReadOnly;
    let last = settings.last_application.clone();
    let mut store = ProfileStore { profile, settings };

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
    let result = app_run::run(
        &mut guard.terminal,
        &mut store,
        messages,
        read_only,
        last.as_deref(),
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
struct ProfileStore {
    profile: Profile,
    settings: Settings,
}

impl Store for ProfileStore {
    fn list(&self) -> Vec<Entry> {
        let entries = self.profile.list().unwrap_or_default();
        entries.into_iter().map(entry).collect()
    }

    fn save(&mut self, id: &str, app: &Application) -> Result<(), String> {
        self.profile.save(id, app).map_err(|e| e.to_string())
    }

    fn delete(&mut self, id: &str) -> Result<(), String> {
        self.profile.delete(id).map_err(|e| e.to_string())
    }

    fn save_settings(
        &mut self,
        lang: Option<Lang>,
        last_application: Option<&str>,
    ) -> Result<(), String> {
        if self.profile.mode() == Mode::ReadOnly {
            return Ok(());
        }
        let before = self.settings.clone();
        if let Some(lang) = lang {
            self.settings.language = Some(lang.tag().to_string());
        }
        if let Some(id) = last_application {
            self.settings.last_application = Some(id.to_string());
        }
        // The user's file stays untouched when nothing changed.
        if self.settings == before {
            return Ok(());
        }
        self.profile
            .save_settings(&self.settings)
            .map_err(|e| e.to_string())
    }
}

fn entry(e: profile::Entry) -> Entry {
    let app = match e.state {
        EntryState::Ok(app) => Ok(*app),
        EntryState::Unreadable(load) => Err(match load.reason {
            LoadErrorReason::Parse(p) => Unreadable::Parse(p),
            LoadErrorReason::Io { message, .. } => Unreadable::Io(message),
        }),
    };
    Entry {
        id: e.id,
        file: e.path,
        app,
    }
}
