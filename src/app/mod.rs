//! The interactive terminal app: state, actions, a plain `update`, read-only views, and the
//! runtime that connects them to the terminal and the profile.

pub mod action;
pub mod dashboard;
pub mod effect;
pub mod form;
pub mod keys;
pub mod reading;
pub mod resume;
pub mod run;
pub mod state;
pub mod steps;
pub mod update;
pub mod view;

use crossterm::event::{Event, KeyCode, KeyEventKind, MouseEventKind};

use action::{Action, Command, Edit};
use keys::{Binding, Key};
use state::{Overlay, Screen, State};

const LIST: &[Binding] = &[
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Enter)], Command::Confirm, "key-open"),
    Binding::new(&[Key::ch('n')], Command::New, "key-new"),
    Binding::new(&[Key::ch('/')], Command::Filter, "key-list-filter"),
    Binding::new(&[Key::ch('s')], Command::Sort, "key-list-sort"),
    Binding::new(&[Key::ch('r')], Command::Rename, "key-rename"),
    Binding::new(
        &[Key::ch('d'), Key::plain(KeyCode::Delete)],
        Command::Delete,
        "key-delete",
    ),
    Binding::new(&[Key::ch('x')], Command::Export, "key-export").help_only(),
    Binding::new(&[Key::ctrl('x')], Command::ExportAll, "key-export-all").help_only(),
    Binding::new(&[Key::ch('?')], Command::ToggleHelp, "key-help").help_only(),
    Binding::new(&[Key::ch('q')], Command::Quit, "key-quit").help_only(),
    Binding::new(&[Key::plain(KeyCode::Home)], Command::First, "key-move").help_only(),
    Binding::new(&[Key::plain(KeyCode::End)], Command::Last, "key-move").help_only(),
    Binding::new(&[Key::plain(KeyCode::PageUp)], Command::PageUp, "key-move").help_only(),
    Binding::new(
        &[Key::plain(KeyCode::PageDown)],
        Command::PageDown,
        "key-move",
    )
    .help_only(),
    Binding::new(&[Key::ch('k')], Command::Up, "session-key-move-vi").help_only(),
    Binding::new(&[Key::ch('j')], Command::Down, "session-key-move-vi").help_only(),
    Binding::new(&[Key::plain(KeyCode::Esc)], Command::Back, "key-list-clear").help_only(),
];

/// The list while `/` has the keyboard: letters go into the filter.
const LIST_FILTER: &[Binding] = &[
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-move"),
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Command::Confirm,
        "key-list-filter-done",
    ),
    Binding::new(&[Key::plain(KeyCode::Esc)], Command::Back, "key-list-clear"),
];

const HELP: &[Binding] = &[Binding::new(
    &[Key::plain(KeyCode::Esc), Key::ch('?')],
    Command::Back,
    "key-close",
)];

const RENAME: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Command::Confirm,
        "key-confirm",
    ),
    Binding::new(&[Key::plain(KeyCode::Esc)], Command::Back, "key-cancel"),
];

const CONFIRM: &[Binding] = &[
    Binding::new(&[Key::ch('y')], Command::Yes, "key-delete"),
    Binding::new(
        &[Key::ch('n'), Key::plain(KeyCode::Esc)],
        Command::No,
        "key-cancel",
    ),
];

const CONFIRM_LEAVE: &[Binding] = &[
    Binding::new(&[Key::ch('y')], Command::Yes, "habits-key-leave"),
    Binding::new(
        &[Key::ch('n'), Key::plain(KeyCode::Esc)],
        Command::No,
        "habits-key-stay",
    ),
];

/// The binding tables in force, most specific first (the global table is added by callers).
pub fn bindings_for(state: &State) -> Vec<&'static [Binding]> {
    match &state.overlay {
        Some(Overlay::Help) => vec![HELP],
        Some(Overlay::Rename { .. }) => vec![RENAME],
        Some(Overlay::ConfirmDelete { .. }) => vec![CONFIRM],
        Some(Overlay::ConfirmLeave) => vec![CONFIRM_LEAVE],
        None => screen_bindings(state),
    }
}

/// The bindings of the screen itself, whatever overlay is open.
pub fn screen_bindings(state: &State) -> Vec<&'static [Binding]> {
    match &state.screen {
        Screen::List(list) if list.filtering => vec![LIST_FILTER],
        Screen::List(_) => vec![LIST],
        Screen::Wizard(w) => steps::bindings(w),
    }
}

/// Whether typed characters go into a text field.
pub fn text_focus(state: &State) -> bool {
    match &state.overlay {
        Some(Overlay::Rename { .. }) => true,
        Some(_) => false,
        None => match &state.screen {
            Screen::List(list) => list.filtering,
            Screen::Wizard(w) => steps::text_focus(w),
        },
    }
}

/// Turns a terminal event into an action for the current state.
pub fn action_for_event(state: &State, event: &Event) -> Option<Action> {
    match event {
        // Windows reports key releases too; only presses act.
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            keys::action_for(key, &bindings_for(state), text_focus(state))
        }
        Event::Paste(text) if text_focus(state) => Some(Edit::Paste(text.clone()).into()),
        // The wheel moves as the arrow keys do: the list's selection, a form's field, a
        // pane's lines. Clicks need the screen's layout: `view::click`.
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollUp => Some(Command::Up.into()),
            MouseEventKind::ScrollDown => Some(Command::Down.into()),
            _ => None,
        },
        _ => None,
    }
}
