//! A small reusable form layer for the data steps: fields are data (`field.rs`), the
//! form's UI state and editing live here, and `view.rs` draws a form with its findings.
//!
//! A field's value is written to the application as the user types, so the saved file
//! always holds what is on screen; a date or number that does not parse yet stays in the
//! field as a draft with a message, and the saved value is left as it was.

mod field;
pub mod scroll;
pub mod view;

use std::collections::BTreeMap;

use crossterm::event::KeyCode;

pub use field::{
    Caption, Choice, Field, Getter, Invalid, Kind, Named, Place, Setter, bind, mask, options,
    write_text,
};

use crate::app::action::{Action, Command};
use crate::app::keys::{Binding, Key};
use crate::app::steps::StepOutcome;
use crate::app::update::apply_edit;
use crate::model::Application;
use crate::ui::text_input::TextInput;

/// The UI state of one form: focus, the text being edited, drafts, masking, picker.
#[derive(Debug, Default)]
pub struct FormState {
    /// Index of the focused field among the form's fields.
    pub focus: usize,
    /// The focused text field's editing buffer.
    pub input: TextInput,
    /// The path whose value `input` holds.
    loaded: Option<String>,
    /// Typed dates and numbers that do not parse yet, by path: shown, never saved.
    pub drafts: BTreeMap<String, (String, Invalid)>,
    /// Show ID and mobile numbers in full in fields without focus.
    pub reveal: bool,
    /// The open picker's highlighted option.
    pub picker: Option<usize>,
    /// Where the open picker's options are scrolled (from the top when it opens).
    pub picker_scroll: crate::app::view::scroll::ListScroll,
    /// Where the form is scrolled (it moves only to keep the focused field in view).
    pub scroll: scroll::FormScroll,
    /// The focused field's last non-empty valid text: what the file keeps while a draft is
    /// invalid.
    last_good: Option<String>,
}

impl FormState {
    pub fn new(fields: &[Field], app: &Application) -> FormState {
        let mut state = FormState::default();
        state.sync(fields, app);
        state
    }

    pub fn focused<'f>(&self, fields: &'f [Field]) -> Option<&'f Field> {
        fields.get(self.focus).filter(|f| f.focusable())
    }

    pub fn focused_path(&self, fields: &[Field]) -> Option<String> {
        self.focused(fields).map(|f| f.path.clone())
    }

    /// Letters type into the focused field (no picker open).
    pub fn text_focus(&self, fields: &[Field]) -> bool {
        self.picker.is_none() && self.focused(fields).is_some_and(Field::takes_text)
    }

    /// The editing buffer of `field` if it is the one loaded.
    pub fn input_for(&self, field: &Field) -> Option<&TextInput> {
        (self.loaded.as_deref() == Some(field.path.as_str())).then_some(&self.input)
    }

    /// Puts the focus on a focusable field and loads the editing buffer from the application
    /// (or from the field's draft) when the focus moved or the value changed elsewhere.
    pub fn sync(&mut self, fields: &[Field], app: &Application) {
        if !fields.get(self.focus).is_some_and(Field::focusable) {
            self.focus = next_focusable(fields, self.focus, true)
                .or_else(|| next_focusable(fields, self.focus, false))
                .unwrap_or(0);
        }
        let Some(field) = self.focused(fields).filter(|f| f.takes_text()) else {
            self.loaded = None;
            return;
        };
        let stored = field.text_value(app);
        let same_field = self.loaded.as_deref() == Some(field.path.as_str());
        if !same_field {
            self.last_good = (!stored.is_empty()).then(|| stored.clone());
        }
        if let Some((draft, _)) = self.drafts.get(&field.path) {
            if !same_field {
                self.input = TextInput::new(draft.clone());
            }
        } else if !same_field || !self.input.value().trim().eq_ignore_ascii_case(&stored) {
            self.input = TextInput::new(stored);
        }
        self.loaded = Some(field.path.clone());
    }

    /// Focuses the field at `path`, or the one whose path is the longest prefix of it
    /// (a finding on `subject.leader` focuses the leader's first field). False if none fits.
    pub fn focus_path(&mut self, fields: &[Field], app: &Application, path: &str) -> bool {
        let best = fields
            .iter()
            .enumerate()
            .filter(|(_, f)| f.focusable() && covers(&f.path, path))
            .max_by_key(|(_, f)| f.path.len())
            .or_else(|| {
                fields
                    .iter()
                    .enumerate()
                    .find(|(_, f)| f.focusable() && covers(path, &f.path))
            });
        let Some((index, _)) = best else {
            return false;
        };
        self.focus = index;
        self.picker = None;
        self.sync(fields, app);
        true
    }

    /// The key table for the focused field.
    pub fn bindings(&self, fields: &[Field]) -> &'static [Binding] {
        let Some(field) = self.focused(fields) else {
            return MOVE;
        };
        match (&field.kind, self.picker.is_some()) {
            (Kind::Multi { .. }, true) => MULTI_PICKER,
            (_, true) => PICKER,
            (Kind::Text { masked: true, .. }, _) => MASKED,
            (
                Kind::Choice {
                    free_text: true, ..
                },
                _,
            ) => SUGGEST,
            (k, _) if field.takes_text() && !matches!(k, Kind::Heading) => TEXT,
            (Kind::Toggle { .. }, _) => TOGGLE,
            (Kind::Choice { .. } | Kind::Multi { .. }, _) => CHOICE,
            (Kind::Button { .. }, _) => BUTTON,
            _ => MOVE,
        }
    }

    /// Applies an action to the form built by `build`. The form is rebuilt after a change
    /// (fields appear or go with the answers) and the focus follows its field.
    pub fn update(
        &mut self,
        app: &mut Application,
        action: &Action,
        build: impl Fn(&Application) -> Vec<Field>,
    ) -> StepOutcome {
        let fields = build(app);
        self.sync(&fields, app);
        let before = app.clone();
        // A typed date is read as the user leaves or confirms the field (any command but the
        // Esc that drops it), never while the keys come in.
        let settling = matches!(
            action,
            Action::Settle | Action::GoToStep(_) | Action::FocusField(_)
        ) || matches!(action, Action::Command(c) if *c != Command::Back);
        if settling {
            self.settle(&fields, app);
        }
        let handled = self.apply(&fields, app, action) || matches!(action, Action::Settle);
        // The field the action left focused (a Tab that read a date has moved on).
        let path = self.focused_path(&fields);
        let changed = *app != before;
        if changed {
            // Fields may have appeared or gone: keep the focus on the same field.
            let fields = build(app);
            let moved = fields.get(self.focus).map(|f| &f.path) != path.as_ref();
            if moved && let Some(path) = path {
                self.focus_path(&fields, app, &path);
            }
            self.sync(&fields, app);
        } else {
            self.sync(&fields, app);
        }
        StepOutcome {
            handled: handled || changed,
            changed,
            ..StepOutcome::default()
        }
    }

    fn apply(&mut self, fields: &[Field], app: &mut Application, action: &Action) -> bool {
        let Some(field) = self.focused(fields) else {
            return false;
        };
        if let Some(selected) = self.picker {
            return self.apply_picker(field, app, action, selected);
        }
        match action {
            Action::FocusField(index) if fields.get(*index).is_some_and(Field::focusable) => {
                self.focus = *index;
                self.picker = None;
                self.scroll.clicked(*index);
                true
            }
            Action::Edit(edit) if field.takes_text() => {
                apply_edit(&mut self.input, edit.clone());
                self.write_input(field, app);
                true
            }
            Action::Command(command) => self.command(fields, app, *command),
            _ => false,
        }
    }

    /// Reads the focused field's typed date, if one waits: written in the format's form
    /// (the text is shown normalized from then on), or kept as a draft that says why not.
    fn settle(&mut self, fields: &[Field], app: &mut Application) {
        let Some(field) = self.focused(fields) else {
            return;
        };
        if !matches!(self.drafts.get(&field.path), Some((_, Invalid::Incomplete))) {
            return;
        }
        let typed = self.input.value().to_string();
        match write_text(field, app, &typed) {
            Ok(()) => {
                self.drafts.remove(&field.path);
                self.last_good = Some(field.text_value(app));
                // Reload the buffer from the saved, normalized value.
                self.loaded = None;
            }
            Err(invalid) => {
                self.drafts.insert(field.path.clone(), (typed, invalid));
            }
        }
    }

    fn write_input(&mut self, field: &Field, app: &mut Application) {
        // While a date is typed only its own form (`2030-02-03`) is taken at once: any other
        // text waits, untouched, for the field to be left (a half-typed `2035-06-3` is not
        // 3 June).
        if matches!(field.kind, Kind::Date { .. })
            && !self.input.value().trim().is_empty()
            && crate::model::Date::parse(self.input.value()).is_none()
        {
            self.drafts.insert(
                field.path.clone(),
                (self.input.value().to_string(), Invalid::Incomplete),
            );
            if let Some(good) = &self.last_good {
                let _ = write_text(field, app, good);
            }
            return;
        }
        match write_text(field, app, self.input.value()) {
            Ok(()) => {
                self.drafts.remove(&field.path);
                let text = self.input.value().trim();
                if !text.is_empty() {
                    self.last_good = Some(text.to_string());
                }
            }
            Err(invalid) => {
                self.drafts.insert(
                    field.path.clone(),
                    (self.input.value().to_string(), invalid),
                );
                // Retyping a date passes through an empty field; the file keeps the last
                // real value rather than "long-term" or nothing.
                if let Some(good) = &self.last_good {
                    let _ = write_text(field, app, good);
                }
            }
        }
    }

    fn command(&mut self, fields: &[Field], app: &mut Application, command: Command) -> bool {
        let field = &fields[self.focus];
        match command {
            Command::NextField | Command::Down => self.step_focus(fields, true, 1),
            Command::PrevField | Command::Up => self.step_focus(fields, false, 1),
            Command::PageDown => self.step_focus(fields, true, 8),
            Command::PageUp => self.step_focus(fields, false, 8),
            Command::Reveal => self.reveal = !self.reveal,
            Command::Back if self.drafts.contains_key(&field.path) => {
                // Esc drops a draft that never became a value.
                self.drafts.remove(&field.path);
                self.loaded = None;
            }
            Command::Confirm | Command::Toggle => match &field.kind {
                Kind::Toggle { value } => {
                    let next = match (value.get)(app) {
                        None => Some(true),
                        Some(true) => Some(false),
                        Some(false) => None,
                    };
                    (value.set)(app, next);
                }
                Kind::Choice { options, .. } | Kind::Multi { options, .. } => {
                    let current = field.text_value(app);
                    self.picker =
                        Some(options.iter().position(|o| o.value == current).unwrap_or(0));
                    self.picker_scroll.reset();
                }
                Kind::Button { press } => press(app),
                _ if command == Command::Confirm => self.step_focus(fields, true, 1),
                _ => return false,
            },
            _ => return false,
        }
        true
    }

    fn apply_picker(
        &mut self,
        field: &Field,
        app: &mut Application,
        action: &Action,
        selected: usize,
    ) -> bool {
        let (options, multi) = match &field.kind {
            Kind::Choice { options, .. } => (options, false),
            Kind::Multi { options, .. } => (options, true),
            _ => {
                self.picker = None;
                return false;
            }
        };
        let Action::Command(command) = action else {
            return true;
        };
        match command {
            Command::Up
            | Command::Down
            | Command::PageUp
            | Command::PageDown
            | Command::First
            | Command::Last => {
                let moved = crate::app::steps::move_selection(selected, options.len(), *command);
                self.picker = Some(moved);
                if matches!(command, Command::PageUp | Command::PageDown) {
                    self.picker_scroll.page(selected, moved);
                } else {
                    self.picker_scroll.follow(moved);
                }
            }
            Command::Back => self.picker = None,
            Command::Confirm if multi => self.picker = None,
            Command::Toggle if multi => {
                if let (Kind::Multi { value, .. }, Some(option)) =
                    (&field.kind, options.get(selected))
                {
                    let mut values = (value.get)(app);
                    if let Some(i) = values.iter().position(|v| *v == option.value) {
                        values.remove(i);
                    } else {
                        // Keep the picker's order so files do not depend on click order.
                        values.push(option.value.clone());
                        values.sort_by_key(|v| options.iter().position(|o| o.value == *v));
                    }
                    (value.set)(app, values);
                }
            }
            Command::Confirm | Command::Toggle => {
                if let (Kind::Choice { value, .. }, Some(option)) =
                    (&field.kind, options.get(selected))
                {
                    (value.set)(app, Some(option.value.clone()));
                    self.drafts.remove(&field.path);
                }
                self.picker = None;
            }
            _ => return false,
        }
        true
    }

    fn step_focus(&mut self, fields: &[Field], forward: bool, times: usize) {
        for _ in 0..times {
            match next_focusable(fields, self.focus, forward) {
                Some(i) => self.focus = i,
                None => break,
            }
        }
        self.picker = None;
    }
}

/// The nearest focusable field after (or before) `from`.
fn next_focusable(fields: &[Field], from: usize, forward: bool) -> Option<usize> {
    if forward {
        (from + 1..fields.len()).find(|&i| fields[i].focusable())
    } else {
        (0..from.min(fields.len()))
            .rev()
            .find(|&i| fields[i].focusable())
    }
}

/// Whether `path` is `prefix` or lies below it (`websites[0]` covers `websites[0].domain`).
pub fn covers(prefix: &str, path: &str) -> bool {
    !prefix.is_empty()
        && (path == prefix
            || path
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('[')))
}

const TAB: Binding = Binding::new(
    &[Key::plain(KeyCode::Tab)],
    Command::NextField,
    "key-fields",
);
const BACKTAB: Binding = Binding::new(
    &[Key::plain(KeyCode::BackTab)],
    Command::PrevField,
    "key-fields",
);

const ARROWS: [Binding; 2] = [
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-fields").help_only(),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-fields").help_only(),
];

const REVEAL: Binding = Binding::new(&[Key::ctrl('r')], Command::Reveal, "key-reveal");

const MOVE: &[Binding] = &[TAB, BACKTAB, ARROWS[0], ARROWS[1], REVEAL.help_only()];

const TEXT: &[Binding] = &[
    TAB,
    BACKTAB,
    ARROWS[0],
    ARROWS[1],
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Command::Confirm,
        "key-next-field",
    )
    .help_only(),
    REVEAL.help_only(),
];

const MASKED: &[Binding] = &[
    TAB,
    BACKTAB,
    ARROWS[0],
    ARROWS[1],
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Command::Confirm,
        "key-next-field",
    )
    .help_only(),
    REVEAL,
];

const SUGGEST: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Command::Confirm,
        "key-choose",
    ),
    TAB,
    BACKTAB,
    ARROWS[0],
    ARROWS[1],
    REVEAL.help_only(),
];

const TOGGLE: &[Binding] = &[
    Binding::new(
        &[Key::ch(' '), Key::plain(KeyCode::Enter)],
        Command::Toggle,
        "key-toggle",
    ),
    TAB,
    BACKTAB,
    ARROWS[0],
    ARROWS[1],
    REVEAL.help_only(),
];

const CHOICE: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter), Key::ch(' ')],
        Command::Confirm,
        "key-choose",
    ),
    TAB,
    BACKTAB,
    ARROWS[0],
    ARROWS[1],
    REVEAL.help_only(),
];

const BUTTON: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter), Key::ch(' ')],
        Command::Confirm,
        "key-press",
    ),
    TAB,
    BACKTAB,
    ARROWS[0],
    ARROWS[1],
    REVEAL.help_only(),
];

const PICKER: &[Binding] = &[
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-move"),
    Binding::new(
        &[Key::plain(KeyCode::Enter), Key::ch(' ')],
        Command::Confirm,
        "key-select",
    ),
    Binding::new(&[Key::plain(KeyCode::Esc)], Command::Back, "key-cancel"),
    Binding::new(&[Key::plain(KeyCode::PageUp)], Command::PageUp, "key-move").help_only(),
    Binding::new(
        &[Key::plain(KeyCode::PageDown)],
        Command::PageDown,
        "key-move",
    )
    .help_only(),
];

const MULTI_PICKER: &[Binding] = &[
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-move"),
    Binding::new(&[Key::ch(' ')], Command::Toggle, "key-toggle"),
    Binding::new(
        &[Key::plain(KeyCode::Enter), Key::plain(KeyCode::Esc)],
        Command::Confirm,
        "key-done",
    ),
    Binding::new(&[Key::plain(KeyCode::PageUp)], Command::PageUp, "key-move").help_only(),
    Binding::new(
        &[Key::plain(KeyCode::PageDown)],
        Command::PageDown,
        "key-move",
    )
    .help_only(),
];
