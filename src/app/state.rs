//! UI state: what is on screen, focus, selection, overlays. Never saved (the application
//! files and settings are the saved state).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::i18n::Lang;
use crate::model::{Application, Instant, ParseError, Step};
use crate::ui::text_input::TextInput;

use super::steps::access::AccessState;
use super::steps::apps::AppsState;
use super::steps::countdown::CountdownState;
use super::steps::documents::DocumentsState;
use super::steps::domains::DomainsState;
use super::steps::province::ProvinceState;
use super::steps::review::ReviewState;
use super::steps::subject::SubjectState;
use super::steps::websites::WebsitesState;
use crate::engine::Report;
use crate::report::summary::{SortKey, Summary};
use crate::rules::{Rules, SharedRules};

/// One file of the profile as the list shows it.
#[derive(Clone, Debug)]
pub struct Entry {
    pub id: String,
    pub file: PathBuf,
    pub app: Result<Application, Unreadable>,
}

/// Why a file of the profile cannot be opened; it is shown, never touched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    Parse(ParseError),
    /// Not read at all: the kind says which sentence to show, the message is the system's.
    Io {
        kind: std::io::ErrorKind,
        message: String,
    },
    /// Larger than icp-tui reads (bytes, limit): not read at all.
    TooLarge {
        bytes: u64,
        limit: u64,
    },
}

#[derive(Debug)]
pub enum Screen {
    List(ListState),
    Wizard(Box<Wizard>),
}

#[derive(Debug, Default)]
pub struct ListState {
    /// Index into `State::entries` (which are kept in the order shown).
    pub selected: usize,
    /// What `/` typed: only filings that match are shown.
    pub filter: TextInput,
    /// The filter has the keyboard (typing goes into it).
    pub filtering: bool,
    /// Where the table is scrolled, in rows of the filings shown (it moves only to keep the
    /// selection in view; never saved).
    pub scroll: crate::app::view::scroll::RowScroll,
}

impl ListState {
    pub fn at(selected: usize) -> ListState {
        ListState {
            selected,
            ..ListState::default()
        }
    }
}

/// An application open in the wizard.
#[derive(Debug)]
pub struct Wizard {
    pub id: String,
    pub app: Application,
    pub step: Step,
    pub province: ProvinceState,
    pub subject: SubjectState,
    pub websites: WebsitesState,
    pub apps: AppsState,
    pub access: AccessState,
    pub review: ReviewState,
    /// What the engine says about `app`, refreshed after every action (views only read it).
    pub report: Report,
    pub documents: DocumentsState,
    pub domains: DomainsState,
    pub countdown: CountdownState,
    pub watch: super::steps::watch::WatchState,
    /// The moment of the last action, for views that count days and hours.
    pub clock: Option<Instant>,
    /// The rules in force (the state's), which every step checks and shows by.
    pub rules: Arc<Rules>,
    /// A change not yet written: set with every save asked for, cleared when it succeeded.
    pub unsaved: bool,
}

impl Wizard {
    pub fn new(id: String, app: Application, rules: Arc<Rules>) -> Wizard {
        let step = super::steps::resume_step(&app);
        Wizard {
            id,
            step,
            province: ProvinceState::new(&app, &rules),
            subject: SubjectState::new(&app, &rules),
            websites: WebsitesState::default(),
            apps: AppsState::default(),
            access: AccessState::new(&app, &rules),
            review: ReviewState::default(),
            report: Report::default(),
            documents: DocumentsState::default(),
            domains: DomainsState::default(),
            countdown: CountdownState::default(),
            watch: Default::default(),
            clock: None,
            unsaved: false,
            app,
            rules,
        }
    }

    /// Checks the application again as of `now`.
    pub fn recheck(&mut self, now: &Instant) {
        let files = crate::engine::FileFacts {
            icons: self.apps.extra.icons.clone(),
            scans: self.documents.verdicts.clone(),
        };
        self.report = crate::engine::check_with_files(&self.app, &self.rules, now, &files);
        self.clock = Some(now.clone());
    }
}

#[derive(Debug)]
pub enum Overlay {
    Help,
    Rename {
        id: String,
        input: TextInput,
    },
    ConfirmDelete {
        id: String,
    },
    /// A stray Esc in the wizard with something half-typed (it would be lost; an unsaved
    /// change is saved first instead): leave for the list only on y.
    ConfirmLeave,
}

/// A short message in the status line, with the Fluent id and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flash {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub error: bool,
}

impl Flash {
    pub fn info(id: &'static str) -> Flash {
        Flash {
            id,
            args: Vec::new(),
            error: false,
        }
    }

    pub fn info_with(id: &'static str, args: Vec<(&'static str, String)>) -> Flash {
        Flash {
            id,
            args,
            error: false,
        }
    }

    pub fn error(id: &'static str, args: Vec<(&'static str, String)>) -> Flash {
        Flash {
            id,
            args,
            error: true,
        }
    }
}

/// A value typed but not written when the app quit (it does not parse): told on the way out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsaved {
    /// Fluent id of the field's label.
    pub field: String,
    pub typed: String,
    /// Fluent id of why it was not written.
    pub why: String,
}

#[derive(Debug)]
pub struct State {
    pub lang: Lang,
    /// The user chose `lang` with F2 in this session: only then is the language saved (a
    /// language from `--lang` or the environment is used, never written).
    pub lang_chosen: bool,
    /// Another icp-tui holds the profile: show everything, write nothing.
    pub read_only: bool,
    pub entries: Vec<Entry>,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub flash: Option<Flash>,
    pub quit: bool,
    /// The rules in force, as the command line loaded them (built-in, override, `--rules`).
    pub rules: SharedRules,
    /// Quits in a row whose save failed (see `update::quit`).
    pub failed_quits: u8,
    /// Set on quitting when half-typed text could not be written.
    pub unsaved: Option<Unsaved>,
    /// The folder icp-tui was started in: relative scan paths are taken from it when typed.
    pub working_dir: Option<PathBuf>,
    /// The list's one-line summaries by application id, with the `meta.updated` they were
    /// made from and the day in China they count from (see `app::dashboard`).
    pub summaries: HashMap<String, (Option<Instant>, crate::model::Date, Summary)>,
    /// The order of the list.
    pub sort: SortKey,
    /// The moment of the last action (the list's days left count from it).
    pub clock: Option<Instant>,
    /// Theme, colour and symbols, as the command line chose them (F3 switches the theme).
    pub looks: super::view::looks::Looks,
    /// The profile's files are still being read (see `app::reading`).
    pub reading: Option<super::reading::Reading>,
    /// A reader makes the summaries off this thread, those of a new day too (set by the
    /// runtime's `begin`); without one `dashboard::refresh` makes them.
    pub summaries_off_thread: bool,
    /// The profile's notice, come while another message held the status line: shown once
    /// the line is free (see `reading::apply`).
    pub waiting_notice: Option<Flash>,
}

impl State {
    /// A state with the built-in rules (tests; the app passes its own to `with_rules`).
    pub fn new(lang: Lang, entries: Vec<Entry>, read_only: bool) -> State {
        State::with_rules(lang, entries, read_only, Arc::new(Rules::builtin().clone()))
    }

    pub fn with_rules(
        lang: Lang,
        entries: Vec<Entry>,
        read_only: bool,
        rules: impl Into<SharedRules>,
    ) -> State {
        State {
            rules: rules.into(),
            lang,
            lang_chosen: false,
            read_only,
            entries,
            screen: Screen::List(ListState::default()),
            overlay: None,
            flash: None,
            quit: false,
            failed_quits: 0,
            unsaved: None,
            working_dir: None,
            summaries: HashMap::new(),
            sort: SortKey::default(),
            clock: None,
            looks: Default::default(),
            reading: None,
            summaries_off_thread: false,
            waiting_notice: None,
        }
    }

    pub fn wizard(&self) -> Option<&Wizard> {
        match &self.screen {
            Screen::Wizard(w) => Some(w),
            Screen::List(_) => None,
        }
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}
