//! The runtime: terminal events in, `update`, effects out to the profile, frames drawn.

use std::io;
use std::time::Duration;

use crossterm::event;

use crate::i18n::{Lang, Localizer, Messages};
use crate::model::{Application, Instant, china_offset};

use super::action::Action;
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
    fn save_settings(&mut self, lang: Lang, last_application: Option<&str>) -> Result<(), String>;
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
                store.save_settings(state.lang, last_application(state).as_deref())
            }
            // Started by the loop (`start_online`), which owns the channel.
            Effect::CheckOnline => Ok(()),
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

/// Runs the interactive app until the user quits.
pub fn run(
    terminal: &mut crate::terminal::Tui,
    store: &mut dyn Store,
    messages: std::thread::JoinHandle<Messages>,
    read_only: bool,
    last_application: Option<&str>,
) -> io::Result<()> {
    // The messages are parsed on another core while this one reads the profile.
    let entries = store.list();
    let mut tr = Localizer::from_messages(
        messages
            .join()
            .expect("parsing embedded messages never fails (tested)"),
    );
    let mut state = State::new(tr.lang(), entries, read_only);
    let effects = start(&mut state, last_application, &now());
    perform(&mut state, store, effects);
    let (online_tx, online_rx) = std::sync::mpsc::channel::<Action>();
    loop {
        terminal.draw(|frame| view::draw(frame, &state, &tr))?;
        if state.quit {
            return Ok(());
        }
        let action = if online_running(&state) {
            // Keys stay live while the checks run; their answer is looked for between keys.
            if event::poll(Duration::from_millis(200))? {
                action_for_event(&state, &event::read()?)
            } else {
                online_rx.try_recv().ok()
            }
        } else if needs_tick(&state) {
            if event::poll(Duration::from_secs(1))? {
                action_for_event(&state, &event::read()?)
            } else {
                Some(Action::Tick)
            }
        } else {
            action_for_event(&state, &event::read()?)
        };
        let Some(action) = action else { continue };
        let effects = update(&mut state, action, &now());
        start_online(&state, &effects, &online_tx);
        perform(&mut state, store, effects);
        if tr.lang() != state.lang {
            tr = Localizer::new(state.lang);
        }
    }
}

/// Whether the open application's online checks are running.
fn online_running(state: &State) -> bool {
    state
        .wizard()
        .is_some_and(|w| steps::online::running(&w.domains.online))
}

/// Runs the online checks the user confirmed on their own thread (the only place the TUI
/// touches the network); the report comes back through the channel as an action.
fn start_online(state: &State, effects: &[Effect], tx: &std::sync::mpsc::Sender<Action>) {
    if !effects.contains(&Effect::CheckOnline) {
        return;
    }
    let Some(w) = state.wizard() else { return };
    let (id, app) = (w.id.clone(), w.app.clone());
    let tx = tx.clone();
    std::thread::spawn(move || {
        let progress = |done, total| {
            let id = id.clone();
            let _ = tx.send(Action::OnlineProgress { id, done, total });
        };
        let options = crate::online::Options::default();
        let report = crate::online::run_with_progress(&app, &options, &progress);
        let _ = tx.send(Action::OnlineDone {
            id,
            report: Box::new(report),
        });
    });
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
