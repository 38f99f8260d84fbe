//! What the user asked for, independent of the key that asked.

/// Commands a key can be bound to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    Quit,
    ToggleHelp,
    ToggleLanguage,
    /// F3: the light theme or the dark one, saved in the settings.
    ToggleTheme,
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
    /// Read a file into the current form (the Apps step's Ctrl+O).
    Open,
    /// Run the online checks (after saying that it goes online).
    CheckOnline,
    /// Offer the registry's values for empty registration fields.
    FillFromRegistry,
    /// The list: the next order (urgency, title, province, last change).
    Sort,
    /// The list: type to narrow what is shown.
    Filter,
    /// Write the Markdown export of the selected (list) or open (wizard) filing into the
    /// profile's `exports/` folder.
    Export,
    /// The list: the same for every filing shown.
    ExportAll,
    /// Ctrl+Z: suspend to the shell.
    Suspend,
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
    /// Ctrl+K.
    DeleteToEnd,
    /// Alt+B and Alt+F, as in shells.
    WordLeft,
    WordRight,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Command(Command),
    Edit(Edit),
    /// The clock moved on (countdowns redraw).
    Tick,
    /// A click on a row of the list: that filing is selected (`view::click` finds it).
    Select {
        index: usize,
    },
    /// A click on a field of a form: focus it (`view::click` finds its index).
    FocusField(usize),
    /// A click on row `index` of pane `pane` of a step (Websites, Apps, Documents, Domains,
    /// Countdown, Watch, Review: each step's `row_at` numbers its panes): select it.
    SelectIn {
        pane: usize,
        index: usize,
    },
    /// The wheel over pane `pane` of a step (its `pane_at`): that pane scrolls or moves its
    /// selection, as the arrow keys do there, and gets the keys.
    Scroll {
        pane: usize,
        down: bool,
    },
    /// A click on a step in the step bar: go there.
    GoToStep(crate::model::Step),
    /// Read what a field holds half-typed (a date) before the app quits or the wizard is
    /// left; sent by `update`, never bound to a key.
    Settle,
    /// The runtime read the file the Apps step asked for (`Effect::ReadAppInfo`).
    AppInfo {
        path: String,
        result: Box<Result<crate::appinfo::AppInfo, crate::appinfo::AppInfoError>>,
    },
    /// `done` of `total` probes of application `id` have their answer (sent by the runtime).
    OnlineProgress {
        id: String,
        done: usize,
        total: usize,
    },
    /// Files of the profile read off the UI thread (sent by the runtime).
    ListRead(Box<super::reading::ListBatch>),
    /// The online checks of application `id` are over (sent by the runtime).
    OnlineDone {
        id: String,
        report: Box<crate::online::OnlineReport>,
    },
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
