//! The runtime: terminal events in, `update`, effects out to the profile, frames drawn.

use std::io;
use std::time::Duration;

use crossterm::event;

use crate::i18n::{Lang, Localizer, Messages, arg_str};
use crate::model::{Application, Instant, china_offset};
use crate::signals::{POLL, Signals};

use super::action::{Action, Command};
use super::effect::Effect;
use super::state::{Entry, Flash, Screen, State};
use super::update::{start, update};
use super::{action_for_event, steps, view};

/// Where the runtime keeps applications and settings. The profile implements it; tests use
/// an in-memory one.
pub trait Store {
    fn list(&self) -> Vec<Entry>;
    fn save(&mut self, id: &str, app: &Application) -> Result<(), String>;
    fn delete(&mut self, id: &str) -> Result<(), String>;
    /// `lang` is `None` unless the user chose a language (F2): the saved one is then kept.
    fn save_settings(
        &mut self,
        lang: Option<Lang>,
        last_application: Option<&str>,
    ) -> Result<(), String>;
}

/// The current moment, in China time (the time zone of every filing deadline).
pub fn now() -> Instant {
    Instant::new(jiff::Timestamp::now(), china_offset())
}

/// Performs effects and folds their failures back into the state as messages.
pub fn perform(state: &mut State, store: &mut dyn Store, effects: Vec<Effect>) {
    for effect in effects {
        let result = match &effect {
            Effect::Save { id } => match app_of(state, id) {
                Some(app) => store.save(id, &app),
                None => Ok(()),
            },
            Effect::Delete { id } => store.delete(id),
            Effect::SaveSettings => {
                let chosen = state.lang_chosen.then_some(state.lang);
                store.save_settings(chosen, last_application(state).as_deref())
            }
            Effect::Reload => {
                state.entries = store.list();
                if let Screen::List(list) = &mut state.screen {
                    list.selected = list.selected.min(state.entries.len().saturating_sub(1));
                }
                Ok(())
            }
        };
        if let Err(reason) = result {
            let file = match &effect {
                Effect::Save { id } | Effect::Delete { id } => format!("{id}.toml"),
                _ => "settings.toml".to_string(),
            };
            state.flash = Some(Flash::error(
                "save-failed",
                vec![("file", file), ("reason", reason)],
            ));
        }
    }
    check_attachments(state);
}

fn app_of(state: &State, id: &str) -> Option<Application> {
    if let Screen::Wizard(w) = &state.screen
        && w.id == id
    {
        return Some(w.app.clone());
    }
    state.entry(id).and_then(|e| e.app.as_ref().ok()).cloned()
}

fn last_application(state: &State) -> Option<String> {
    match &state.screen {
        Screen::Wizard(w) => Some(w.id.clone()),
        Screen::List(_) => None,
    }
}

/// How the interactive app ended.
#[derive(Debug, Default)]
pub struct Ending {
    /// A signal from outside ended it (the exit code is 128 + this).
    pub signal: Option<i32>,
    /// What to tell the user once the terminal is back (typed text that could not be saved).
    pub notes: Vec<String>,
}

/// Runs the interactive app until the user quits or a signal arrives.
pub fn run(
    terminal: &mut crate::terminal::Tui,
    store: &mut dyn Store,
    messages: std::thread::JoinHandle<Messages>,
    read_only: bool,
    last_application: Option<&str>,
    signals: &Signals,
) -> io::Result<Ending> {
    // The messages are parsed on another core while this one reads the profile.
    let entries = store.list();
    let mut tr = Localizer::from_messages(
        messages
            .join()
            .expect("parsing embedded messages never fails (tested)"),
    );
    let mut state = State::new(tr.lang(), entries, read_only);
    state.working_dir = std::env::current_dir().ok();
    let effects = start(&mut state, last_application, &now());
    perform(&mut state, store, effects);
    let result = event_loop(terminal, store, &mut state, &mut tr, signals);
    // Whatever ended the loop (a signal, a terminal that went away), what is pending is saved
    // as Ctrl+C saves it. A hang-up can show as a read error before its SIGHUP arrives.
    if !state.quit {
        let effects = update(&mut state, Command::Quit.into(), &now());
        perform(&mut state, store, effects);
    }
    match (result, signals.received()) {
        (_, Some(signal)) => Ok(ending(&state, &tr, Some(signal))),
        (Ok(()), None) => Ok(ending(&state, &tr, None)),
        (Err(e), None) => Err(e),
    }
}

/// Draws, reads a key, updates, performs; until the user quits or a signal arrives.
fn event_loop(
    terminal: &mut crate::terminal::Tui,
    store: &mut dyn Store,
    state: &mut State,
    tr: &mut Localizer,
    signals: &Signals,
) -> io::Result<()> {
    loop {
        // No frame after a signal: the terminal may be gone (SIGHUP).
        if signals.received().is_some() {
            return Ok(());
        }
        terminal.draw(|frame| view::draw(frame, state, tr))?;
        if state.quit {
            return Ok(());
        }
        let Some(action) = next_action(state, signals)? else {
            continue;
        };
        let effects = update(state, action, &now());
        perform(state, store, effects);
        if tr.lang() != state.lang {
            *tr = Localizer::new(state.lang);
        }
    }
}

/// Waits for a key (or a countdown's second), looking for signals every `signals::POLL`.
/// `None`: a signal arrived, or an event that means nothing here.
fn next_action(state: &State, signals: &Signals) -> io::Result<Option<Action>> {
    let tick = needs_tick(state).then(|| std::time::Instant::now() + Duration::from_secs(1));
    loop {
        if signals.received().is_some() {
            return Ok(None);
        }
        let wait = match tick {
            Some(at) => at
                .saturating_duration_since(std::time::Instant::now())
                .min(POLL),
            None => POLL,
        };
        if event::poll(wait)? {
            return Ok(action_for_event(state, &event::read()?));
        }
        if tick.is_some_and(|at| std::time::Instant::now() >= at) {
            return Ok(Some(Action::Tick));
        }
    }
}

fn ending(state: &State, tr: &Localizer, signal: Option<i32>) -> Ending {
    let notes = state
        .unsaved
        .iter()
        .map(|u| {
            tr.ta(
                "session-unsaved",
                &[
                    ("field", arg_str(&tr.t(&u.field))),
                    ("typed", arg_str(&u.typed)),
                    ("why", arg_str(&tr.t(&u.why))),
                ],
            )
        })
        .collect();
    Ending { signal, notes }
}

/// Screens with a running countdown redraw every second; the rest wait for input.
pub fn needs_tick(state: &State) -> bool {
    state
        .wizard()
        .is_some_and(|w| w.step == crate::model::Step::Countdown)
}

/// Judges attached scans that have no verdict yet: the file system is the runtime's business,
/// never `update`'s (see `steps::attachment`).
fn check_attachments(state: &mut State) {
    if let Screen::Wizard(w) = &mut state.screen
        && w.step == crate::model::Step::Documents
    {
        let paths = steps::documents::attached_paths(&w.app);
        steps::attachment::refresh(paths, &mut w.documents.verdicts);
    }
}
