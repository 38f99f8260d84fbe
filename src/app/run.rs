//! The runtime: terminal events in, `update`, effects out to the profile, frames drawn.

use std::io;
use std::time::Duration;

use crossterm::event;

use crate::i18n::{Lang, Localizer, Messages};
use crate::model::{Application, Instant, china_offset};

use super::action::Action;
use super::effect::Effect;
use super::state::{Entry, Flash, Screen, State};
use super::update::{MAX_FAILED_QUITS, adopt_from_disk, start, update};
use super::{action_for_event, steps, view};

/// Where the runtime keeps applications and settings. The profile implements it; tests use
/// an in-memory one.
pub trait Store {
    fn list(&self) -> Vec<Entry>;
    fn save(&mut self, id: &str, app: &Application) -> Result<(), String>;
    fn delete(&mut self, id: &str) -> Result<(), String>;
    fn save_settings(&mut self, lang: Lang, last_application: Option<&str>) -> Result<(), String>;

    /// Like `save`, but a store that notices files changed by someone else says so.
    fn save_app(&mut self, id: &str, app: &Application) -> Result<SaveOutcome, String> {
        self.save(id, app).map(|()| SaveOutcome::Saved)
    }

    /// The application as it is on disk now, when someone else changed it since this store
    /// last read or wrote it.
    fn reload_if_changed(&mut self, id: &str) -> Option<Application> {
        let _ = id;
        None
    }

    /// Something to tell the user when the app starts (a profile others can read).
    fn notice(&self) -> Option<Flash> {
        None
    }
}

/// What a save did.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveOutcome {
    Saved,
    /// The file had been changed by someone else: it was kept, and ours went to `copy`.
    /// `theirs` is the file as it is now.
    Conflict {
        copy: String,
        theirs: Box<Application>,
    },
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
                Some(app) => save(state, store, id, &app),
                None => Ok(()),
            },
            Effect::Delete { id } => store.delete(id),
            Effect::SaveSettings => {
                store.save_settings(state.lang, last_application(state).as_deref())
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
            let mut id = "save-failed";
            if let Effect::Save { .. } = &effect {
                // Never the last word: a new filing that never reached the disk leaves the
                // list, and a quit whose save failed does not happen.
                state.entries = store.list();
                if let Screen::List(list) = &mut state.screen {
                    list.selected = list.selected.min(state.entries.len().saturating_sub(1));
                }
                if state.quit {
                    state.quit = false;
                    state.failed_quits += 1;
                    id = if state.failed_quits >= MAX_FAILED_QUITS {
                        "quit-save-failed-last"
                    } else {
                        "quit-save-failed"
                    };
                }
            }
            state.flash = Some(Flash::error(id, vec![("file", file), ("reason", reason)]));
            if id != "save-failed" {
                // The settings are not worth a quit; the application was.
                break;
            }
        }
    }
    check_attachments(state);
}

fn save(
    state: &mut State,
    store: &mut dyn Store,
    id: &str,
    app: &Application,
) -> Result<(), String> {
    match store.save_app(id, app)? {
        SaveOutcome::Saved => {}
        SaveOutcome::Conflict { copy, theirs } => {
            adopt_from_disk(state, id, *theirs, &now());
            state.flash = Some(Flash::error(
                "file-conflict",
                vec![("file", format!("{id}.toml")), ("copy", copy)],
            ));
        }
    }
    if let Screen::Wizard(w) = &mut state.screen
        && w.id == id
    {
        w.unsaved = false;
    }
    Ok(())
}

/// Shows what someone else wrote to the open application, when nothing here is unsaved
/// (with unsaved changes the next save keeps both files instead). Returns the message to
/// show once the action at hand is applied.
pub fn sync_from_disk(state: &mut State, store: &mut dyn Store) -> Option<Flash> {
    let w = state.wizard()?;
    if w.unsaved {
        return None;
    }
    let id = w.id.clone();
    let app = store.reload_if_changed(&id)?;
    adopt_from_disk(state, &id, app, &now());
    Some(Flash::info_with(
        "file-reloaded",
        vec![("file", format!("{id}.toml"))],
    ))
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
    // A read-only instance says so first; the writer tells about the profile.
    if state.flash.is_none() && !read_only {
        state.flash = store.notice();
    }
    loop {
        terminal.draw(|frame| view::draw(frame, &state, &tr))?;
        if state.quit {
            return Ok(());
        }
        let action = if needs_tick(&state) {
            if event::poll(Duration::from_secs(1))? {
                action_for_event(&state, &event::read()?)
            } else {
                Some(Action::Tick)
            }
        } else {
            action_for_event(&state, &event::read()?)
        };
        let Some(action) = action else { continue };
        let reloaded = sync_from_disk(&mut state, store);
        let effects = update(&mut state, action, &now());
        if let Some(flash) = reloaded
            && state.flash.is_none()
        {
            state.flash = Some(flash);
        }
        perform(&mut state, store, effects);
        if tr.lang() != state.lang {
            tr = Localizer::new(state.lang);
        }
    }
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
