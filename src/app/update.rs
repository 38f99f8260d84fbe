//! The one place state changes: `update(state, action, now) -> effects`. No I/O, no clock.

use crate::model::{Application, Instant};

use super::action::{Action, Command, Edit};
use super::dashboard;
use super::effect::Effect;
use super::state::{Entry, Flash, ListState, Overlay, Screen, State, Wizard};
use super::steps::{self, StepContext};
use crate::ui::text_input::TextInput;

/// Applies one action. `now` stamps changes (`meta.updated`) and drives countdowns.
pub fn update(state: &mut State, action: Action, now: &Instant) -> Vec<Effect> {
    // A batch of files is folded in and sorted by `reading::apply` itself.
    let batch = matches!(action, Action::ListRead(_));
    let list_kept = matches!(state.screen, Screen::List(_)) && changes_no_filing(&action);
    let mut effects = apply(state, action, now);
    if let Screen::List(_) = state.screen {
        let same_day = state
            .clock
            .as_ref()
            .is_some_and(|clock| clock.china_date() == now.china_date());
        let made_already = batch || (list_kept && same_day);
        if !made_already {
            super::dashboard::refresh(state, now);
        }
        if let Some(day) = dashboard::new_day(state, now) {
            effects.push(Effect::SummarizeDay { day });
        }
    }
    // The profile's notice that came while a message was shown, once the line is free.
    if state.flash.is_none() {
        state.flash = state.waiting_notice.take();
    }
    effects
}

fn apply(state: &mut State, action: Action, now: &Instant) -> Vec<Effect> {
    // A message stays until the user acts; ticks, batches of the list being read and the
    // online checks' progress are not the user.
    let background = matches!(
        action,
        Action::Tick | Action::ListRead(_) | Action::OnlineProgress { .. }
    );
    if !background {
        state.flash = None;
    }
    // Quitting without a save is offered only to Ctrl+C pressed again and again.
    if !matches!(action, Action::Tick | Action::Command(Command::Quit)) {
        state.failed_quits = 0;
    }
    if let Action::Command(command) = &action {
        match command {
            Command::Quit => return quit(state, now),
            Command::Suspend => return vec![Effect::Suspend],
            Command::ToggleLanguage => {
                state.lang = state.lang.other();
                state.lang_chosen = true;
                state.flash = Some(Flash::info("lang-switched"));
                return vec![Effect::SaveSettings];
            }
            Command::ToggleTheme => {
                state.looks.theme = state.looks.theme.other();
                // Without colours the choice is kept for later; say so rather than nothing.
                let id = if state.read_only {
                    "looks-theme-switched-read-only"
                } else if state.looks.colour {
                    "looks-theme-switched"
                } else {
                    "looks-theme-switched-no-colour"
                };
                let theme = state.looks.theme.tag().to_string();
                state.flash = Some(Flash::info_with(id, vec![("theme", theme)]));
                return vec![Effect::SaveTheme];
            }
            Command::ToggleHelp => {
                state.overlay = match state.overlay {
                    Some(Overlay::Help) => None,
                    _ => Some(Overlay::Help),
                };
                return Vec::new();
            }
            _ => {}
        }
    }
    if let Action::OnlineDone { id, report } = action {
        // The result lands where it was asked for, whatever step is open now; a late answer
        // for a panel no longer waiting is dropped.
        if let Screen::Wizard(w) = &mut state.screen
            && w.id == id
            && steps::online::running(&w.domains.online)
        {
            steps::online::finished(&mut w.domains.online, *report);
        }
        return Vec::new();
    }
    if let Action::ListRead(batch) = action {
        return super::reading::apply(state, *batch, now);
    }
    if let Action::OnlineProgress { id, done, total } = action {
        if let Screen::Wizard(w) = &mut state.screen
            && w.id == id
        {
            steps::online::progressed(&mut w.domains.online, done, total);
        }
        return Vec::new();
    }
    if state.read_only && would_edit(state, &action) {
        return refuse_read_only(state);
    }
    if state.overlay.is_some() {
        return update_overlay(state, action, now);
    }
    if let (Screen::Wizard(w), Action::Command(Command::Export)) = (&state.screen, &action) {
        return vec![Effect::Export {
            ids: vec![w.id.clone()],
        }];
    }
    match &mut state.screen {
        Screen::List(_) => update_list(state, action, now),
        Screen::Wizard(_) => update_wizard(state, action, now),
    }
}

/// Actions that change neither the filings of the list nor their summaries or order: a move
/// of the selection, a click on a row, the wheel, the clock's second. After them the list is
/// not made again on the same day (at 10,000 filings that was 10 ms of every key).
fn changes_no_filing(action: &Action) -> bool {
    matches!(
        action,
        Action::Command(
            Command::Up
                | Command::Down
                | Command::PageUp
                | Command::PageDown
                | Command::First
                | Command::Last
        ) | Action::Select { .. }
            | Action::Scroll { .. }
            | Action::Tick
    )
}

/// Opens what the user left, or starts a first application in an empty profile.
pub fn start(state: &mut State, last_application: Option<&str>, now: &Instant) -> Vec<Effect> {
    start_at(state, last_application, None, now)
}

/// Like `start`, back at `position` (the screen, step and place saved with the settings).
pub fn start_at(
    state: &mut State,
    last_application: Option<&str>,
    position: Option<&super::resume::Position>,
    now: &Instant,
) -> Vec<Effect> {
    super::dashboard::refresh(state, now);
    // The first frame shows the top of the list (the most urgent).
    if let Screen::List(list) = &mut state.screen {
        list.selected = 0;
    }
    // While the files are read, an empty profile is known only at the end (`reading`).
    if state.entries.is_empty() && !state.read_only && state.reading.is_none() {
        return new_application(state, now);
    }
    if let Some(id) = last_application
        && let Some(index) = state
            .entries
            .iter()
            .position(|e| e.id == id && e.app.is_ok())
    {
        state.screen = Screen::List(ListState::at(index));
        if position.is_some_and(|p| p.list) {
            return Vec::new();
        }
        open_selected(state, index, now);
        if let (Some(position), Screen::Wizard(w)) = (position, &mut state.screen) {
            super::resume::restore(w, position);
        }
    }
    Vec::new()
}

/// Whether an action would change an application (a second, read-only instance refuses it
/// up front, so nothing is typed that would be thrown away).
fn would_edit(state: &State, action: &Action) -> bool {
    let typing = matches!(
        action,
        Action::Edit(
            Edit::Char(_)
                | Edit::Paste(_)
                | Edit::Backspace
                | Edit::Delete
                | Edit::DeleteWord
                | Edit::DeleteToStart
                | Edit::DeleteToEnd
        )
    );
    match (&state.overlay, &state.screen) {
        (Some(_), _) => false,
        (None, Screen::List(_)) => matches!(
            action,
            Action::Command(Command::New | Command::Rename | Command::Delete)
        ),
        // The province step's text is a search, not a field of the file.
        (None, Screen::Wizard(w)) => {
            typing && steps::text_focus(w) && w.step != crate::model::Step::Province
        }
    }
}

fn refuse_read_only(state: &mut State) -> Vec<Effect> {
    state.flash = Some(Flash::error("session-read-only-refused", Vec::new()));
    Vec::new()
}

/// Every change and step move is saved as it happens, so quitting writes the application
/// only when its last save failed (and an untouched file stays byte for byte as it was).
/// After two failed attempts the next quit gives up on it: the user was told twice.
fn quit(state: &mut State, now: &Instant) -> Vec<Effect> {
    state.quit = true;
    let mut effects = Vec::new();
    if let Screen::Wizard(w) = &mut state.screen
        && !state.read_only
    {
        // Half-typed text in the tracker, scan and note editors is kept like any field's; a
        // typed date is read as if the field were left.
        let before = w.app.clone();
        let rules = w.rules.clone();
        steps::update(w, &Action::Settle, &StepContext { now, rules: &rules });
        state.unsaved = steps::commit_pending(w);
        if w.app != before {
            w.app.meta.step = Some(w.step);
            w.app.meta.updated = Some(now.clone());
            w.unsaved = true;
        }
        if w.unsaved && state.failed_quits < MAX_FAILED_QUITS {
            effects.push(Effect::Save { id: w.id.clone() });
        }
    }
    effects.push(Effect::SaveSettings);
    effects
}

/// Failed saves on quit after which the next quit leaves without saving.
pub const MAX_FAILED_QUITS: u8 = 2;

/// The open application was changed on disk by someone else: show theirs, on the same step.
/// The runtime calls this only when nothing here is unsaved.
pub fn adopt_from_disk(state: &mut State, id: &str, app: Application, now: &Instant) {
    if let Screen::Wizard(w) = &mut state.screen
        && w.id == id
    {
        let step = w.step;
        let mut wizard = Wizard::new(id.to_string(), app.clone(), state.rules.shared());
        wizard.step = step;
        wizard.recheck(now);
        **w = wizard;
    }
    if let Some(entry) = state.entries.iter_mut().find(|e| e.id == id) {
        entry.app = Ok(app);
    }
}

fn update_overlay(state: &mut State, action: Action, now: &Instant) -> Vec<Effect> {
    let Some(overlay) = state.overlay.as_mut() else {
        return Vec::new();
    };
    match overlay {
        Overlay::Help => {
            if matches!(action, Action::Command(Command::Back | Command::Confirm)) {
                state.overlay = None;
            }
            Vec::new()
        }
        Overlay::Rename { id, input } => match action {
            Action::Edit(edit) => {
                apply_edit(input, edit);
                Vec::new()
            }
            Action::Command(Command::Confirm) => {
                let (id, title) = (id.clone(), input.value().trim().to_string());
                state.overlay = None;
                rename(state, &id, title, now)
            }
            Action::Command(Command::Back) => {
                state.overlay = None;
                Vec::new()
            }
            _ => Vec::new(),
        },
        Overlay::ConfirmLeave => match action {
            Action::Command(Command::Yes) => {
                state.overlay = None;
                back_to_list(state)
            }
            Action::Command(Command::No | Command::Back) => {
                state.overlay = None;
                Vec::new()
            }
            _ => Vec::new(),
        },
        Overlay::ConfirmDelete { id } => match action {
            Action::Command(Command::Yes) => {
                let id = id.clone();
                state.overlay = None;
                state.entries.retain(|e| e.id != id);
                if let Screen::List(list) = &mut state.screen {
                    list.selected = list.selected.min(state.entries.len().saturating_sub(1));
                }
                vec![Effect::Delete { id }]
            }
            Action::Command(Command::No | Command::Back) => {
                state.overlay = None;
                Vec::new()
            }
            _ => Vec::new(),
        },
    }
}

fn rename(state: &mut State, id: &str, title: String, now: &Instant) -> Vec<Effect> {
    let Some(entry) = state.entries.iter_mut().find(|e| e.id == id) else {
        return Vec::new();
    };
    let Ok(app) = entry.app.as_mut() else {
        return Vec::new();
    };
    app.meta.title = (!title.is_empty()).then_some(title);
    app.meta.updated = Some(now.clone());
    save(state, id)
}

fn save(state: &State, id: &str) -> Vec<Effect> {
    if state.read_only {
        Vec::new()
    } else {
        vec![Effect::Save { id: id.to_string() }]
    }
}

/// The filings the export key writes: the selected one, or every readable one shown.
fn export_from_list(state: &mut State, command: Command) -> Vec<Effect> {
    let Screen::List(list) = &state.screen else {
        return Vec::new();
    };
    let visible = dashboard::visible(state, list);
    let chosen: Vec<&Entry> = if command == Command::ExportAll {
        visible
            .iter()
            .filter_map(|i| state.entries.get(*i))
            .collect()
    } else {
        visible
            .contains(&list.selected)
            .then(|| state.entries.get(list.selected))
            .flatten()
            .into_iter()
            .collect()
    };
    let ids: Vec<String> = chosen
        .iter()
        .filter(|e| e.app.is_ok())
        .map(|e| e.id.clone())
        .collect();
    if ids.is_empty() {
        state.flash = Some(match chosen.first() {
            Some(e) => Flash::error(
                "export-tui-unreadable",
                vec![("file", e.file.display().to_string())],
            ),
            None => Flash::error("export-tui-nothing", Vec::new()),
        });
        return Vec::new();
    }
    vec![Effect::Export { ids }]
}

fn update_list(state: &mut State, action: Action, now: &Instant) -> Vec<Effect> {
    let Screen::List(list) = &mut state.screen else {
        return Vec::new();
    };
    // The user takes over the selection from the list that is still filling in.
    if let Some(reading) = &mut state.reading
        && matches!(action, Action::Edit(_) | Action::Command(_))
    {
        reading.touched = true;
    }
    if list.filtering {
        match action {
            Action::Edit(edit) => {
                apply_edit(&mut list.filter, edit);
                return follow_filter(state);
            }
            Action::Command(Command::Confirm) => {
                list.filtering = false;
                return Vec::new();
            }
            Action::Command(Command::Back) => {
                list.filtering = false;
                list.filter.clear();
                return Vec::new();
            }
            _ => {}
        }
    }
    if let Action::Select { index } = action {
        let Screen::List(list) = &state.screen else {
            return Vec::new();
        };
        let shown = dashboard::visible(state, list).contains(&index);
        if let Screen::List(list) = &mut state.screen
            && shown
        {
            list.selected = index;
        }
        return Vec::new();
    }
    let Action::Command(command) = action else {
        return Vec::new();
    };
    match command {
        Command::Up
        | Command::Down
        | Command::PageUp
        | Command::PageDown
        | Command::First
        | Command::Last => {
            let selected = list.selected;
            let Screen::List(list) = &state.screen else {
                return Vec::new();
            };
            let visible = dashboard::visible(state, list);
            let moved = dashboard::move_among(&visible, selected, command);
            // The window moves only as far as the selection needs (rows of the filings shown).
            let from = visible.iter().position(|i| *i == selected).unwrap_or(0);
            let to = visible.iter().position(|i| *i == moved).unwrap_or(0);
            if let Screen::List(list) = &mut state.screen {
                list.selected = moved;
                match command {
                    Command::Up | Command::Down => list.scroll.follow(to),
                    _ => list.scroll.page(from, to),
                }
            }
            Vec::new()
        }
        Command::Filter => {
            list.filtering = true;
            Vec::new()
        }
        Command::Back => {
            list.filter.clear();
            Vec::new()
        }
        Command::Sort => {
            state.sort = state.sort.next();
            dashboard::sort(state);
            Vec::new()
        }
        Command::Export | Command::ExportAll => export_from_list(state, command),
        Command::Confirm => {
            let index = list.selected;
            open_selected(state, index, now);
            vec![Effect::SaveSettings]
        }
        Command::New => new_application(state, now),
        Command::Rename => {
            if let Some(Entry {
                id, app: Ok(app), ..
            }) = state.entries.get(list.selected)
            {
                let input = TextInput::new(app.title());
                state.overlay = Some(Overlay::Rename {
                    id: id.clone(),
                    input,
                });
            }
            Vec::new()
        }
        Command::Delete => {
            match state.entries.get(list.selected) {
                Some(Entry { id, app: Ok(_), .. }) => {
                    state.overlay = Some(Overlay::ConfirmDelete { id: id.clone() });
                }
                Some(Entry {
                    file, app: Err(_), ..
                }) => {
                    let file = file.display().to_string();
                    state.flash = Some(Flash::error("delete-unreadable", vec![("file", file)]));
                }
                _ => {}
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// The filter changed: the selection moves to the first filing still shown.
fn follow_filter(state: &mut State) -> Vec<Effect> {
    let Screen::List(list) = &state.screen else {
        return Vec::new();
    };
    let visible = dashboard::visible(state, list);
    if let Screen::List(list) = &mut state.screen
        && !visible.contains(&list.selected)
        && let Some(first) = visible.first()
    {
        list.selected = *first;
    }
    Vec::new()
}

fn open_selected(state: &mut State, index: usize, now: &Instant) {
    if let Some(Entry {
        id, app: Ok(app), ..
    }) = state.entries.get(index)
    {
        let mut wizard = Wizard::new(id.clone(), app.clone(), state.rules.shared());
        wizard.recheck(now);
        state.screen = Screen::Wizard(Box::new(wizard));
    }
}

pub(super) fn new_application(state: &mut State, now: &Instant) -> Vec<Effect> {
    let id = new_id(now, &state.entries);
    let app = Application::new("", now.clone());
    let mut app = app;
    app.meta.title = None;
    app.meta.step = Some(steps::resume_step(&app));
    state.entries.insert(
        0,
        Entry {
            id: id.clone(),
            file: format!("applications/{id}.toml").into(),
            app: Ok(app.clone()),
        },
    );
    let mut wizard = Wizard::new(id.clone(), app, state.rules.shared());
    wizard.recheck(now);
    state.screen = Screen::Wizard(Box::new(wizard));
    // The file is created by the first change: an untouched new filing leaves nothing.
    vec![Effect::SaveSettings]
}

/// A file-name-safe id that sorts by creation time: `20261122-183005`, then `-2`, `-3` …
pub fn new_id(now: &Instant, entries: &[Entry]) -> String {
    let base = now.to_zoned().strftime("%Y%m%d-%H%M%S").to_string();
    let taken = |id: &str| entries.iter().any(|e| e.id == id);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("some suffix is free")
}

fn update_wizard(state: &mut State, action: Action, now: &Instant) -> Vec<Effect> {
    let read_only = state.read_only;
    let Screen::Wizard(wizard) = &mut state.screen else {
        return Vec::new();
    };
    wizard.documents.working_dir.clone_from(&state.working_dir);
    let rules = wizard.rules.clone();
    let context = StepContext { now, rules: &rules };
    // Read-only: a change the step makes (a tick, a choice, a recorded date) is undone and
    // refused visibly; moving around still works.
    let before = read_only.then(|| wizard.app.clone());
    let mut outcome = steps::update(wizard, &action, &context);
    if let Some(before) = before
        && outcome.changed
    {
        wizard.app = before;
        wizard.recheck(now);
        outcome.changed = false;
        state.flash = Some(Flash::error("session-read-only-refused", Vec::new()));
    }
    let mut effects = std::mem::take(&mut outcome.effects);
    if outcome.changed {
        wizard.app.meta.updated = Some(now.clone());
    }
    let mut target = outcome.go_to;
    if let Action::GoToStep(step) = action
        && steps::WORKING.contains(&step)
    {
        target = Some(step);
    }
    if !outcome.handled
        && let Action::Command(command) = action
    {
        match command {
            Command::NextStep => target = steps::next(wizard.step),
            Command::PrevStep => target = steps::prev(wizard.step),
            Command::Back => return back_or_ask(state),
            _ => {}
        }
    }
    let mut moved = false;
    if let Some(step) = target
        && step != wizard.step
    {
        wizard.step = step;
        wizard.app.meta.step = Some(step);
        wizard.app.meta.updated = Some(now.clone());
        moved = true;
    }
    if (outcome.changed || moved) && !read_only {
        wizard.unsaved = true;
        effects.push(Effect::Save {
            id: wizard.id.clone(),
        });
    }
    // Keep the list's copy current so going back shows what was just typed.
    let (id, app) = (wizard.id.clone(), wizard.app.clone());
    if let Some(entry) = state.entries.iter_mut().find(|e| e.id == id) {
        entry.app = Ok(app);
    }
    effects
}

/// Esc out of the wizard: after a y/n question when a field holds text that would be lost
/// (half-typed); an unsaved change is not lost (`back_to_list` saves it first).
fn back_or_ask(state: &mut State) -> Vec<Effect> {
    let Screen::Wizard(wizard) = &state.screen else {
        return Vec::new();
    };
    if steps::half_typed(wizard) {
        state.overlay = Some(Overlay::ConfirmLeave);
        return Vec::new();
    }
    back_to_list(state)
}

/// Esc from a filing. Every change and step move is saved as it happens; one whose save
/// failed is tried again first, and the filing stays open unless that works (the runtime
/// decides, `Effect::LeaveIfSaved`), so leaving never drops it.
fn back_to_list(state: &mut State) -> Vec<Effect> {
    let Screen::Wizard(wizard) = &state.screen else {
        return Vec::new();
    };
    if wizard.unsaved && !state.read_only {
        return vec![
            Effect::Save {
                id: wizard.id.clone(),
            },
            Effect::LeaveIfSaved,
        ];
    }
    leave_to_list(state)
}

/// Back to the list, on the open filing's row (the list only needs a fresh read).
pub fn leave_to_list(state: &mut State) -> Vec<Effect> {
    let Screen::Wizard(wizard) = &state.screen else {
        return Vec::new();
    };
    let selected = state
        .entries
        .iter()
        .position(|e| e.id == wizard.id)
        .unwrap_or(0);
    state.screen = Screen::List(ListState::at(selected));
    vec![Effect::Reload]
}

/// Applies an edit to a text field.
pub fn apply_edit(input: &mut TextInput, edit: Edit) {
    match edit {
        Edit::Char(c) => input.insert_char(c),
        Edit::Paste(text) => input.insert_str(&text),
        Edit::Backspace => input.backspace(),
        Edit::Delete => input.delete(),
        Edit::Left => input.left(),
        Edit::Right => input.right(),
        Edit::Home => input.home(),
        Edit::End => input.end(),
        Edit::DeleteWord => input.delete_word(),
        Edit::DeleteToStart => input.delete_to_start(),
        Edit::DeleteToEnd => input.delete_to_end(),
        Edit::WordLeft => input.word_left(),
        Edit::WordRight => input.word_right(),
    }
}
