//! The wizard's steps: one module each, all with the same shape (state, bindings, update,
//! view). Only steps that work are listed in `WORKING`; the step bar shows exactly those.

pub mod access;
pub mod apps;
pub mod countdown;
pub mod documents;
pub mod domains;
pub mod items;
pub mod name_diff;
pub mod online;
pub mod province;
pub mod review;
pub mod subject;
pub mod watch;
pub mod websites;

// Terminal-free logic and wording the steps share with the command line, at their new homes.
pub use crate::engine::{tracker, urgency};
pub use crate::report::finding_text;

use crate::model::{Application, Instant, Step};

use super::action::{Action, Command};
use super::keys::Binding;
use super::state::Wizard;

/// The steps a user can enter, in order.
pub const WORKING: &[Step] = &[
    Step::Province,
    Step::Subject,
    Step::Websites,
    Step::Apps,
    Step::Access,
    Step::Documents,
    Step::Domains,
    Step::Countdown,
    Step::Watch,
    Step::Review,
];

/// What a step needs besides the application and its own UI state.
pub struct StepContext<'a> {
    pub now: &'a Instant,
    /// The rules in force.
    pub rules: &'a crate::rules::Rules,
}

/// What a step did with an action.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct StepOutcome {
    /// The step used the action (the wizard must not treat it as navigation).
    pub handled: bool,
    /// The application changed and must be saved.
    pub changed: bool,
    /// The step asks the wizard to move on.
    pub go_to: Option<Step>,
    /// With `go_to`: the field (a finding's dotted path) to focus there.
    pub focus: Option<String>,
    /// What the runtime must do besides saving (copying to the clipboard, reading a file the
    /// user named, the online checks).
    pub effects: Vec<super::effect::Effect>,
}

impl StepOutcome {
    pub fn handled() -> Self {
        StepOutcome {
            handled: true,
            ..Self::default()
        }
    }

    pub fn changed() -> Self {
        StepOutcome {
            handled: true,
            changed: true,
            ..Self::default()
        }
    }
}

/// Where an application opens: its saved step if that step works, else the first.
pub fn resume_step(app: &Application) -> Step {
    let saved = app.step();
    if WORKING.contains(&saved) {
        saved
    } else {
        WORKING[0]
    }
}

pub fn next(step: Step) -> Option<Step> {
    let i = WORKING.iter().position(|s| *s == step)?;
    WORKING.get(i + 1).copied()
}

pub fn prev(step: Step) -> Option<Step> {
    let i = WORKING.iter().position(|s| *s == step)?;
    i.checked_sub(1).map(|i| WORKING[i])
}

/// The arrow key the wheel stands for: down or up.
pub fn arrow(down: bool) -> Command {
    if down { Command::Down } else { Command::Up }
}

/// Moves a selection in a list of `count` items.
pub fn move_selection(selected: usize, count: usize, command: Command) -> usize {
    if count == 0 {
        return 0;
    }
    let last = count - 1;
    match command {
        Command::Up => selected.saturating_sub(1),
        Command::Down => (selected + 1).min(last),
        Command::PageUp => selected.saturating_sub(10),
        Command::PageDown => (selected + 10).min(last),
        Command::First => 0,
        Command::Last => last,
        _ => selected.min(last),
    }
}

/// The current step's key bindings (after the wizard's own).
pub fn bindings(wizard: &Wizard) -> Vec<&'static [Binding]> {
    let step: &'static [Binding] = match wizard.step {
        Step::Province => province::bindings(&wizard.province),
        Step::Subject => subject::bindings(&wizard.app, &wizard.subject, &wizard.rules),
        Step::Websites => websites::bindings(&wizard.app, &wizard.websites, &wizard.rules),
        Step::Access => access::bindings(&wizard.app, &wizard.access, &wizard.rules),
        Step::Review => review::bindings(&wizard.review),
        Step::Documents => documents::bindings(&wizard.documents),
        Step::Domains => domains::bindings(&wizard.domains),
        Step::Countdown => countdown::bindings(&wizard.countdown),
        Step::Watch => watch::bindings(&wizard.app, &wizard.watch),
        Step::Apps => {
            let mut all = apps::bindings(&wizard.app, &wizard.apps, &wizard.rules);
            all.push(WIZARD);
            return all;
        }
    };
    let mut tables = if wizard.step == Step::Domains {
        vec![online::bindings(&wizard.domains.online), step, WIZARD]
    } else {
        vec![step, WIZARD]
    };
    // Single-letter keys (?, q, j/k) only while nothing is being typed.
    if !text_focus(wizard) {
        tables.push(WIZARD_IDLE);
    }
    tables
}

/// Whether a text field of the current step has focus (letters type instead of commanding).
pub fn text_focus(wizard: &Wizard) -> bool {
    match wizard.step {
        Step::Province => !wizard.province.facts_focused,
        Step::Subject => subject::text_focus(&wizard.app, &wizard.subject, &wizard.rules),
        Step::Websites => websites::text_focus(&wizard.app, &wizard.websites, &wizard.rules),
        Step::Apps => apps::text_focus(&wizard.app, &wizard.apps, &wizard.rules),
        Step::Access => access::text_focus(&wizard.app, &wizard.access, &wizard.rules),
        Step::Documents => wizard.documents.editing(),
        Step::Countdown => wizard.countdown.editing,
        Step::Watch => watch::text_focus(&wizard.app, &wizard.watch),
        _ => false,
    }
}

pub fn update(wizard: &mut Wizard, action: &Action, context: &StepContext<'_>) -> StepOutcome {
    // Views have no clock: they count days from the moment of the last action.
    wizard.clock = Some(context.now.clone());
    let app = &mut wizard.app;
    let outcome = match wizard.step {
        Step::Province => province::update(app, &mut wizard.province, action, context),
        Step::Subject => subject::update(app, &mut wizard.subject, action, context),
        Step::Websites => websites::update(app, &mut wizard.websites, action, context),
        Step::Apps => apps::update(app, &mut wizard.apps, action, context),
        Step::Access => access::update(app, &mut wizard.access, action, context),
        Step::Documents => documents::update(app, &mut wizard.documents, action, context),
        Step::Domains => domains::update(app, &mut wizard.domains, action, context),
        Step::Countdown => countdown::update(app, &mut wizard.countdown, action, context),
        Step::Watch => watch::update(app, &mut wizard.watch, action, context),
        Step::Review => review::update(app, &mut wizard.review, action, &wizard.report, context),
    };
    if let (Some(step), Some(path)) = (outcome.go_to, outcome.focus.as_deref()) {
        focus(wizard, step, path);
    }
    wizard.recheck(context.now);
    outcome
}

/// Writes what a step's own editor holds but has not written yet (the tracker's value, a scan
/// path, a note), as the app quits. Returns a value that could not be written.
pub fn commit_pending(wizard: &mut Wizard) -> Option<super::state::Unsaved> {
    match wizard.step {
        Step::Countdown => countdown::commit_pending(&mut wizard.app, &mut wizard.countdown),
        Step::Documents => {
            documents::commit_pending(&mut wizard.app, &mut wizard.documents, &wizard.rules);
            None
        }
        _ => None,
    }
}

/// Whether a form holds typed text that was not written (a date that is not one, a number
/// that is not a number): leaving the wizard would drop it.
pub fn half_typed(wizard: &Wizard) -> bool {
    [
        &wizard.subject.form,
        &wizard.websites.form,
        &wizard.apps.form,
        &wizard.access.form,
        &wizard.watch.form,
    ]
    .iter()
    .any(|form| !form.drafts.is_empty())
}

/// Puts the focus of `step` on the field at `path` (the review's jump to a finding).
pub fn focus(wizard: &mut Wizard, step: Step, path: &str) {
    let app = &wizard.app;
    match step {
        Step::Subject => {
            wizard.subject.focus(app, &wizard.rules, path);
        }
        Step::Websites => {
            wizard.websites.focus(app, &wizard.rules, path);
        }
        Step::Apps => {
            wizard.apps.focus(app, &wizard.rules, path);
        }
        Step::Access => {
            wizard.access.focus(app, &wizard.rules, path);
        }
        Step::Watch => {
            wizard.watch.focus(app, path);
        }
        _ => {}
    }
}

use crossterm::event::KeyCode;

use super::keys::Key;

/// Bindings every step shares.
pub const WIZARD: &[Binding] = &[
    Binding::new(&[Key::ctrl('n')], Command::NextStep, "key-next-step"),
    Binding::new(&[Key::ctrl('p')], Command::PrevStep, "key-prev-step"),
    Binding::new(&[Key::plain(KeyCode::Esc)], Command::Back, "key-back"),
    Binding::new(&[Key::ctrl('x')], Command::Export, "key-export").help_only(),
];

/// Bindings of every step while nothing is being typed (so the help lists them only then).
const WIZARD_IDLE: &[Binding] = &[
    Binding::new(&[Key::ch('?')], Command::ToggleHelp, "key-help").help_only(),
    Binding::new(&[Key::ch('q')], Command::Quit, "key-quit").help_only(),
];

/// Draws the current step into the body area.
pub fn view(
    frame: &mut ratatui::Frame<'_>,
    area: ratatui::layout::Rect,
    wizard: &Wizard,
    tr: &crate::i18n::Localizer,
) {
    let (app, report, rules) = (&wizard.app, &wizard.report, &*wizard.rules);
    // The moment of the last check (the wizard is checked when it opens and after every
    // action); a file never checked falls back to its last change.
    let now = wizard.clock.as_ref().or(app.meta.updated.as_ref());
    match (wizard.step, now) {
        (Step::Province, _) => province::view(frame, area, app, &wizard.province, rules, tr),
        (Step::Subject, _) => subject::view(frame, area, app, &wizard.subject, report, rules, tr),
        (Step::Apps, _) => apps::view(frame, area, app, &wizard.apps, report, rules, tr),
        (Step::Websites, _) => {
            websites::view(frame, area, app, &wizard.websites, report, rules, tr)
        }
        (Step::Access, _) => access::view(frame, area, app, &wizard.access, report, rules, tr),
        (Step::Documents, _) => documents::view(frame, area, app, &wizard.documents, rules, tr),
        (Step::Domains, Some(now)) => {
            domains::view(frame, area, app, &wizard.domains, now, rules, tr)
        }
        (Step::Countdown, Some(now)) => {
            countdown::view(frame, area, app, &wizard.countdown, report, now, rules, tr)
        }
        (Step::Watch, Some(now)) => {
            watch::view(frame, area, app, &wizard.watch, report, now, rules, tr)
        }
        (Step::Review, _) => review::view(frame, area, app, &wizard.review, report, rules, tr),
        _ => {}
    }
}
