//! What the user asked for, independent of the key that asked.

/// Commands a key can be bound to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    Quit,
    ToggleHelp,
    ToggleLanguage,
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    Confirm,
    NextStep,
    PrevStep,
    NextField,
    PrevField,
    New,
    Rename,
    Delete,
    Yes,
    No,
    ClearInput,
    /// Flip a yes/no answer or an item of a multi-select.
    Toggle,
    /// Show masked ID and mobile numbers in full, or mask them again.
    Reveal,
    /// Copy what the screen offers (the footer snippet after approval).
    Copy,
    /// The list: the next order (urgency, title, province, last change).
    Sort,
    /// The list: type to narrow what is shown.
    Filter,
}

/// An edit of the focused text field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Char(char),
    Paste(String),
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    DeleteWord,
    DeleteToStart,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Command(Command),
    Edit(Edit),
    /// The clock moved on (countdowns redraw).
    Tick,
}

impl From<Command> for Action {
    fn from(c: Command) -> Self {
        Action::Command(c)
    }
}

impl From<Edit> for Action {
    fn from(e: Edit) -> Self {
        Action::Edit(e)
    }
}
