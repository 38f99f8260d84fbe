//! The wizard's steps: one module each, all with the same shape (state, bindings, update,
//! view). Only steps that work are listed in `WORKING`; the step bar shows exactly those.

pub mod attachment;
pub mod countdown;
pub mod documents;
pub mod domains;
pub mod finding_text;
pub mod name_diff;
pub mod province;
pub mod tracker;
pub mod urgency;

use crate::model::{Application, Instant, Step};

use super::action::{Action, Command};
use super::keys::Binding;
use super::state::Wizard;

/// The steps a user can enter, in order.
pub const WORKING: &[Step] = &[
    Step::Province,
    Step::Documents,
    Step::Domains,
    Step::Countdown,
];

/// What a step needs besides the application and its own UI state.
pub struct StepContext<'a> {
    pub now: &'a Instant,
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
            go_to: None,
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
        Step::Documents => documents::bindings(&wizard.documents),
        Step::Domains => domains::bindings(&wizard.domains),
        Step::Countdown => countdown::bindings(&wizard.countdown),
        _ => &[],
    };
    vec![step, WIZARD]
}

/// Whether a text field of the current step has focus (letters type instead of commanding).
pub fn text_focus(wizard: &Wizard) -> bool {
    match wizard.step {
        Step::Province => !wizard.province.facts_focused,
        Step::Documents => wizard.documents.editing(),
        Step::Countdown => wizard.countdown.editing,
        _ => false,
    }
}

pub fn update(wizard: &mut Wizard, action: &Action, context: &StepContext<'_>) -> StepOutcome {
    // Views have no clock: they count days from the moment of the last action.
    wizard.clock = Some(context.now.clone());
    match wizard.step {
        Step::Province => province::update(&mut wizard.app, &mut wizard.province, action, context),
        Step::Documents => {
            documents::update(&mut wizard.app, &mut wizard.documents, action, context)
        }
        Step::Domains => domains::update(&mut wizard.app, &mut wizard.domains, action, context),
        Step::Countdown => {
            countdown::update(&mut wizard.app, &mut wizard.countdown, action, context)
        }
        _ => StepOutcome::default(),
    }
}

use crossterm::event::KeyCode;

use super::keys::Key;

/// Bindings every step shares.
pub const WIZARD: &[Binding] = &[
    Binding::new(&[Key::ctrl('n')], Command::NextStep, "key-next-step"),
    Binding::new(&[Key::ctrl('p')], Command::PrevStep, "key-prev-step"),
    Binding::new(&[Key::plain(KeyCode::Esc)], Command::Back, "key-back"),
];

/// Draws the current step into the body area.
pub fn view(
    frame: &mut ratatui::Frame<'_>,
    area: ratatui::layout::Rect,
    wizard: &Wizard,
    tr: &crate::i18n::Localizer,
) {
    // Each working step draws itself; `WORKING` never lets the wizard stand on another.
    // Before the first action the clock is the application's last change.
    let now = wizard.clock.as_ref().or(wizard.app.meta.updated.as_ref());
    match (wizard.step, now) {
        (Step::Province, _) => province::view(frame, area, &wizard.app, &wizard.province, tr),
        (Step::Documents, _) => documents::view(frame, area, &wizard.app, &wizard.documents, tr),
        (Step::Domains, Some(now)) => {
            domains::view(frame, area, &wizard.app, &wizard.domains, now, tr)
        }
        (Step::Countdown, Some(now)) => {
            countdown::view(frame, area, &wizard.app, &wizard.countdown, now, tr)
        }
        _ => {}
    }
}
