//! The runtime: terminal events in, `update`, effects out to the profile, frames drawn.

use std::io;
use std::time::Duration;

use crossterm::event;

use crate::i18n::{Lang, Localizer, arg_str};
use crate::model::{Application, Date, Instant, china_offset};
use crate::signals::{POLL, Signals};

use super::action::{Action, Command};
use super::effect::Effect;
use super::reading::{ListBatch, ListReader, Reading};
use super::state::{Entry, Flash, Screen, State};
use super::update::{MAX_FAILED_QUITS, adopt_from_disk, start_at, update};
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

    /// Asks the terminal to put `text` on its clipboard; whether the request was sent (never
    /// whether it arrived: terminals ignore what they do not support).
    fn clipboard(&mut self, _text: &str) -> bool {
        false
    }
    /// Writes `text` to `<profile>/exports/<name>` (0600); the path written.
    fn save_export(&mut self, _name: &str, _text: &str) -> Result<std::path::PathBuf, String> {
        Err("this store keeps no files".into())
    }

    /// Writes the theme chosen with F3 (`"light"` or `"dark"`) to the settings.
    fn save_theme(&mut self, _theme: &str) -> Result<(), String> {
        Ok(())
    }

    /// A reader of every file that runs on another thread, for a list drawn before all are
    /// read; `None` (the default): `list` is used, on this thread.
    fn reader(&mut self) -> Option<Box<dyn ListReader>> {
        None
    }

    /// A reader like `reader`'s that summarizes every file again, read before or not (a new
    /// day in China changes the days left of all); `None` (the default): none.
    fn day_reader(&mut self) -> Option<Box<dyn ListReader>> {
        None
    }

    /// Application `id` alone, read now (the filing to resume, before the list is read).
    fn load_one(&mut self, _id: &str) -> Option<Entry> {
        None
    }

    /// Takes what a batch carries for the store (its stamps) before the state sees it; the
    /// open filing's is left alone (its copy here may be newer than the one read).
    fn adopt(&mut self, _batch: &mut ListBatch, _open: Option<&str>) {}

    /// Where the user is, to be written with the next `save_settings` (UI state: kept with
    /// the settings, never in an application file).
    fn remember(&mut self, _position: &super::resume::Position) {}

    /// Something to tell the user when the app starts (a profile others can read).
    fn notice(&self) -> Option<Flash> {
        None
    }

    /// Once, after the first frame is drawn: work opening left so as not to delay it.
    fn after_first_frame(&mut self) {}
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
                let chosen = state.lang_chosen.then_some(state.lang);
                store.remember(&super::resume::position(state));
                store.save_settings(chosen, last_application(state).as_deref())
            }
            Effect::CopyFooter => {
                copy_footer(state, store);
                Ok(())
            }
            Effect::Export { ids } => {
                export(state, store, ids, &now());
                Ok(())
            }
            Effect::SaveTheme if state.read_only => Ok(()),
            Effect::SaveTheme => store.save_theme(state.looks.theme.tag()),
            // Started by the loop (`start_online`), which owns the channel.
            Effect::CheckOnline | Effect::Suspend => Ok(()),
            Effect::LeaveIfSaved => {
                leave_if_saved(state, store);
                Ok(())
            }
            // Taken by the loop (`Lists::take_reload`) when the store has a reader; else
            // the summaries are made here, now and from now on.
            Effect::SummarizeDay { .. } => {
                state.summaries_off_thread = false;
                super::dashboard::refresh(state, &now());
                Ok(())
            }
            Effect::Reload => {
                state.entries = store.list();
                if let Screen::List(list) = &mut state.screen {
                    list.selected = list.selected.min(state.entries.len().saturating_sub(1));
                }
                Ok(())
            }
            Effect::ReadAppInfo { path } => {
                let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
                let file = crate::files::resolve(path, home.as_deref());
                let result = Box::new(crate::appinfo::read_path(&file));
                let action = Action::AppInfo {
                    path: path.clone(),
                    result,
                };
                let more = update(state, action, &now());
                perform(state, store, more);
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
    check_icons(state);
}

/// After Esc's retried save: to the list when it worked; else the filing stays open with
/// its change, and the message says so (the failed save's file and reason kept).
fn leave_if_saved(state: &mut State, store: &mut dyn Store) {
    if state.wizard().is_some_and(|w| w.unsaved) {
        if let Some(flash) = state.flash.as_mut()
            && flash.id == "save-failed"
        {
            flash.id = "leave-save-failed";
        }
        return;
    }
    let more = super::update::leave_to_list(state);
    perform(state, store, more);
}

/// Looks at app icons the engine has no facts about yet, and checks again with them.
fn check_icons(state: &mut State) {
    if let Screen::Wizard(w) = &mut state.screen
        && crate::files::icons::refresh(&w.app, &mut w.apps.extra.icons)
        && let Some(now) = w.clock.clone()
    {
        w.recheck(&now);
    }
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

/// Copies the open application's footer and says where it went: the clipboard request, the
/// file in the profile, or why neither.
fn copy_footer(state: &mut State, store: &mut dyn Store) {
    let Screen::Wizard(w) = &state.screen else {
        return;
    };
    let html = match steps::watch::footer_html(&w.app) {
        Ok(html) => html,
        Err(_) => {
            state.flash = Some(Flash::error("watch-copy-no-number", Vec::new()));
            return;
        }
    };
    let sent = store.clipboard(&html);
    let saved = if state.read_only {
        Err("read-only".to_string())
    } else {
        store.save_export(&format!("footer-{}.html", w.id), &html)
    };
    state.flash = Some(match (sent, saved) {
        (true, Ok(path)) => Flash::info_with(
            "watch-copied-both",
            vec![("path", path.display().to_string())],
        ),
        (false, Ok(path)) => Flash::info_with(
            "watch-copied-file",
            vec![("path", path.display().to_string())],
        ),
        (true, Err(_)) => Flash::info("watch-copied-clipboard"),
        (false, Err(reason)) => Flash::error("watch-copy-failed", vec![("reason", reason)]),
    });
}

/// The Markdown export of `ids` into `<profile>/exports/`, and where it went in the status
/// line (or why not: a read-only session writes nothing).
pub fn export(state: &mut State, store: &mut dyn Store, ids: &[String], now: &Instant) {
    if state.read_only {
        state.flash = Some(Flash::error("session-read-only-refused", Vec::new()));
        return;
    }
    let tr = Localizer::new(state.lang);
    let mut written = Vec::new();
    for id in ids {
        let Some(app) = app_of(state, id) else {
            continue;
        };
        let file = state
            .entry(id)
            .map_or_else(|| format!("{id}.toml"), |e| e.file.display().to_string());
        let text = crate::report::markdown::document(
            &app,
            &file,
            &state.rules,
            now,
            &crate::files::file_facts(&app),
            &tr,
        );
        match store.save_export(&crate::transfer::documents::file_name(id), &text) {
            Ok(path) => written.push(path),
            Err(reason) => {
                state.flash = Some(Flash::error("export-tui-failed", vec![("reason", reason)]));
                return;
            }
        }
    }
    state.flash = Some(match &written[..] {
        [] => Flash::error("export-tui-nothing", Vec::new()),
        [one] => Flash::info_with("export-tui-done", vec![("path", one.display().to_string())]),
        [first, ..] => Flash::info_with(
            "export-tui-done-many",
            vec![
                ("count", written.len().to_string()),
                (
                    "dir",
                    first
                        .parent()
                        .map_or_else(String::new, |d| d.display().to_string()),
                ),
            ],
        ),
    });
}

fn app_of(state: &State, id: &str) -> Option<Application> {
    if let Screen::Wizard(w) = &state.screen
        && w.id == id
    {
        return Some(w.app.clone());
    }
    state.entry(id).and_then(|e| e.app.as_ref().ok()).cloned()
}

/// The filing open in the wizard, or the one selected in the list.
fn last_application(state: &State) -> Option<String> {
    match &state.screen {
        Screen::Wizard(w) => Some(w.id.clone()),
        Screen::List(list) => state.entries.get(list.selected).map(|e| e.id.clone()),
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
#[allow(clippy::too_many_arguments)]
pub fn run(
    terminal: &mut crate::terminal::Tui,
    looks: super::view::looks::Looks,
    looks_notice: Option<Flash>,
    store: &mut dyn Store,
    messages: Localizer,
    rules: crate::rules::SharedRules,
    read_only: bool,
    resume: &super::resume::Resume,
    signals: &Signals,
) -> io::Result<Ending> {
    let mut tr = messages;
    let (mut state, lists) = begin(store, tr.lang(), rules, read_only, resume);
    state.looks = looks;
    if state.flash.is_none() {
        state.flash = looks_notice;
    }
    let result = event_loop(terminal, store, &mut state, &mut tr, signals, &lists);
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

/// The state of the first frame: the filing to resume read now, and (a store with a reader)
/// every other file read on another thread from here on, the list filling in; without a
/// reader, every file read before. Public for `examples/bench_list.rs`, which times it.
pub fn begin(
    store: &mut dyn Store,
    lang: Lang,
    rules: impl Into<crate::rules::SharedRules>,
    read_only: bool,
    resume: &super::resume::Resume,
) -> (State, Lists) {
    let reader = store.reader();
    let on_list = resume.position.as_ref().is_some_and(|p| p.list);
    let entries = match &reader {
        // Back on the list, the reader brings that filing with the others and the selection
        // goes to it; the first frame (the list being read) needs no rules.
        Some(_) if on_list => Vec::new(),
        Some(_) => resume
            .application
            .as_deref()
            .and_then(|id| store.load_one(id))
            .into_iter()
            .collect(),
        None => store.list(),
    };
    let mut state = State::with_rules(lang, entries, read_only, rules);
    state.working_dir = std::env::current_dir().ok();
    state.summaries_off_thread = reader.is_some();
    let lists = Lists::new();
    if reader.is_some() {
        state.reading = Some(Reading::at_start(
            resume.application.clone().filter(|_| on_list),
        ));
    }
    let effects = start_at(
        &mut state,
        resume.application.as_deref(),
        resume.position.as_ref(),
        &now(),
    );
    perform(&mut state, store, effects);
    // A read-only instance says so first; the writer tells about the profile.
    if state.flash.is_none() && !read_only {
        state.flash = store.notice();
    }
    if let Some(reader) = reader {
        lists.start(&mut state, reader, None);
    }
    (state, lists)
}

/// Draws, reads a key, updates, performs; until the user quits or a signal arrives.
fn event_loop(
    terminal: &mut crate::terminal::Tui,
    store: &mut dyn Store,
    state: &mut State,
    tr: &mut Localizer,
    signals: &Signals,
    lists: &Lists,
) -> io::Result<()> {
    let (online_tx, online_rx) = std::sync::mpsc::channel::<Action>();
    let mut first_frame = true;
    loop {
        // No frame after a signal: the terminal may be gone (SIGHUP).
        if signals.received().is_some() {
            return Ok(());
        }
        terminal.draw(|frame| view::draw(frame, state, tr))?;
        if std::mem::take(&mut first_frame) {
            store.after_first_frame();
        }
        if state.quit {
            return Ok(());
        }
        let size = terminal.size()?;
        let screen = ratatui::layout::Rect::new(0, 0, size.width, size.height);
        let Some(mut action) = next_action(state, tr, screen, signals, &online_rx, lists)? else {
            continue;
        };
        if let Action::ListRead(batch) = &mut action {
            store.adopt(batch, state.wizard().map(|w| w.id.as_str()));
        }
        let reloaded = sync_from_disk(state, store);
        let mut effects = update(state, action, &now());
        lists.take_reload(state, store, &mut effects);
        if let Some(flash) = reloaded
            && state.flash.is_none()
        {
            state.flash = Some(flash);
        }
        start_online(state, &effects, &online_tx);
        let suspend = effects.contains(&Effect::Suspend);
        perform(state, store, effects);
        if suspend {
            crate::terminal::suspend(terminal)?;
        }
        if tr.lang() != state.lang {
            *tr = Localizer::new(state.lang);
        }
    }
}

/// Waits for a key (or a countdown's second), looking for signals every `signals::POLL`.
/// `None`: a signal arrived, or an event that means nothing here.
/// While online checks run, their answers are looked for between keys.
fn next_action(
    state: &State,
    tr: &Localizer,
    screen: ratatui::layout::Rect,
    signals: &Signals,
    online: &std::sync::mpsc::Receiver<Action>,
    lists: &Lists,
) -> io::Result<Option<Action>> {
    let countdown = needs_tick(state).then(|| std::time::Instant::now() + Duration::from_secs(1));
    // On the list, midnight in China changes every row's days left: wake up for it.
    let midnight = matches!(state.screen, Screen::List(_)).then(|| {
        let wait = super::dashboard::until_next_day(&now());
        std::time::Instant::now()
            .checked_add(wait)
            .unwrap_or_else(|| std::time::Instant::now() + Duration::from_secs(86_400))
    });
    let tick = countdown.into_iter().chain(midnight).min();
    let waiting = online_running(state);
    // While files are read, their batches are looked for often: the rows fill in.
    let poll = if state.reading.is_some() {
        READING_POLL
    } else {
        POLL
    };
    loop {
        if signals.received().is_some() {
            return Ok(None);
        }
        let wait = match tick {
            Some(at) => at
                .saturating_duration_since(std::time::Instant::now())
                .min(poll),
            None => poll,
        };
        if event::poll(wait)? {
            return Ok(match event::read()? {
                // A click is read against the layout of the frame the user clicked on.
                event::Event::Mouse(mouse)
                    if mouse.kind == event::MouseEventKind::Down(event::MouseButton::Left) =>
                {
                    view::click(state, tr, screen, mouse.column, mouse.row)
                }
                // The wheel scrolls the pane under the pointer.
                event::Event::Mouse(mouse)
                    if matches!(
                        mouse.kind,
                        event::MouseEventKind::ScrollUp | event::MouseEventKind::ScrollDown
                    ) =>
                {
                    let down = mouse.kind == event::MouseEventKind::ScrollDown;
                    Some(view::wheel(
                        state,
                        tr,
                        screen,
                        mouse.column,
                        mouse.row,
                        down,
                    ))
                }
                other => action_for_event(state, &other),
            });
        }
        if waiting && let Ok(action) = online.try_recv() {
            return Ok(Some(action));
        }
        if let Some(batch) = lists.next() {
            return Ok(Some(Action::ListRead(Box::new(batch))));
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

/// How often batches of files are looked for while the list is read: the rows appear within
/// 4 ms of being read (each wake-up costs a look at the channel).
const READING_POLL: Duration = Duration::from_millis(4);

/// The reads of the profile's files: each on a thread of its own, sending batches here.
pub struct Lists {
    tx: std::sync::mpsc::Sender<ListBatch>,
    rx: std::sync::mpsc::Receiver<ListBatch>,
    generation: std::cell::Cell<u64>,
}

impl Default for Lists {
    fn default() -> Self {
        Lists::new()
    }
}

impl Lists {
    pub fn new() -> Lists {
        let (tx, rx) = std::sync::mpsc::channel();
        Lists {
            tx,
            rx,
            generation: std::cell::Cell::new(0),
        }
    }

    /// Starts a read (with `day`, a new day's: see `Reading::day`); the batches of reads
    /// started before are dropped from now on.
    pub fn start(&self, state: &mut State, reader: Box<dyn ListReader>, day: Option<Date>) {
        let generation = self.generation.get() + 1;
        self.generation.set(generation);
        let mut reading = state.reading.take().unwrap_or_else(|| {
            // Coming back to the list: the selection stays on the filing it is on.
            let select = match &state.screen {
                Screen::List(list) => state.entries.get(list.selected).map(|e| e.id.clone()),
                Screen::Wizard(w) => Some(w.id.clone()),
            };
            Reading {
                select,
                ..Reading::again()
            }
        });
        reading.generation = generation;
        reading.day = day;
        state.reading = Some(reading);
        let tx = self.tx.clone();
        let rules = state.rules.clone();
        std::thread::spawn(move || {
            reader.read(now(), rules, &mut |mut batch| {
                batch.generation = generation;
                let _ = tx.send(batch);
            });
        });
    }

    /// Back on the list: the files are looked at again off this thread (unchanged ones are
    /// not read again) while the list shows what it has; `Effect::Reload` is then done.
    /// A new day (`Effect::SummarizeDay`), or a reload while a new day's read is under way:
    /// a read that also summarizes every unchanged file again, which does a reload's work too.
    pub fn take_reload(&self, state: &mut State, store: &mut dyn Store, effects: &mut Vec<Effect>) {
        let reload = effects.contains(&Effect::Reload);
        let day = effects
            .iter()
            .find_map(|e| match e {
                Effect::SummarizeDay { day } => Some(*day),
                _ => None,
            })
            .or_else(|| {
                let under_way = state.reading.as_ref().and_then(|r| r.day);
                under_way.filter(|_| reload)
            });
        if let Some(day) = day
            && let Some(reader) = store.day_reader()
        {
            effects.retain(|e| !matches!(e, Effect::Reload | Effect::SummarizeDay { .. }));
            self.start(state, reader, Some(day));
            return;
        }
        if reload && let Some(reader) = store.reader() {
            effects.retain(|e| *e != Effect::Reload);
            self.start(state, reader, None);
        }
    }

    /// Every batch that arrived since the last call, as one; `None` when none did.
    pub fn next(&self) -> Option<ListBatch> {
        let current = self.generation.get();
        let mut merged: Option<ListBatch> = None;
        while let Ok(batch) = self.rx.try_recv() {
            let Some(batch) = current_or_notice(batch, current) else {
                continue;
            };
            match &mut merged {
                Some(m) => m.merge(batch),
                None => merged = Some(batch),
            }
        }
        merged
    }

    /// Waits until the read under way is over and applies its batches (benchmarks, tests).
    pub fn finish(&self, state: &mut State, store: &mut dyn Store) {
        while state.reading.is_some() {
            let Ok(batch) = self.rx.recv() else {
                return;
            };
            let Some(mut batch) = current_or_notice(batch, self.generation.get()) else {
                continue;
            };
            if let Some(later) = self.next() {
                batch.merge(later);
            }
            store.adopt(&mut batch, state.wizard().map(|w| w.id.as_str()));
            let effects = update(state, Action::ListRead(Box::new(batch)), &now());
            perform(state, store, effects);
        }
    }
}

/// The batch when it belongs to the read under way; of an older read only the profile's
/// notice it carries (generation 0: it folds in nothing else), since no later read tells it.
fn current_or_notice(batch: ListBatch, current: u64) -> Option<ListBatch> {
    if batch.generation == current {
        return Some(batch);
    }
    batch.notice.map(|notice| ListBatch {
        notice: Some(notice),
        ..ListBatch::default()
    })
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
/// never `update`'s (see `files::scans`). On every step, since Review's verdict counts
/// them; a new verdict checks the filing again.
fn check_attachments(state: &mut State) {
    if let Screen::Wizard(w) = &mut state.screen {
        let paths = crate::files::attached_paths(&w.app);
        if crate::files::refresh(paths, &mut w.documents.verdicts)
            && let Some(now) = w.clock.clone()
        {
            w.recheck(&now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replaced_read_keeps_only_its_notice() {
        let notice = Flash::error("profile-loose", Vec::new());
        let old = ListBatch {
            generation: 1,
            done: 7,
            notice: Some(notice.clone()),
            ..ListBatch::default()
        };
        let kept = current_or_notice(old, 2).expect("the notice is kept");
        assert_eq!((kept.generation, kept.done), (0, 0), "nothing else of it");
        assert_eq!(kept.notice, Some(notice));
        // The nearest case: an older batch without a notice is dropped whole.
        let plain = ListBatch {
            generation: 1,
            ..ListBatch::default()
        };
        assert_eq!(current_or_notice(plain, 2), None);
        let current = ListBatch {
            generation: 2,
            done: 3,
            ..ListBatch::default()
        };
        assert_eq!(current_or_notice(current, 2).map(|b| b.done), Some(3));
    }
}
