//! How far the document checklist is: each item's status and the readiness counts. Pure;
//! shown by the Documents step and written by `icp-tui export`.

use crate::engine::ChecklistItem;
use crate::rules::Need;

/// How an item is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Open,
    Done,
    /// Ticked (or annotated) earlier; the current answers no longer require it. Shown, never
    /// dropped, until the user unticks it.
    NoLongerRequired,
}

pub fn status(item: &ChecklistItem<'_>) -> Status {
    match (item.required, item.is_done()) {
        (false, _) => Status::NoLongerRequired,
        (true, true) => Status::Done,
        (true, false) => Status::Open,
    }
}

/// Readiness: required items done, required items, and items kept though no longer required.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Readiness {
    pub done: usize,
    pub required: usize,
    pub no_longer_required: usize,
}

pub fn readiness(items: &[ChecklistItem<'_>]) -> Readiness {
    // "If applicable" items are not counted: the gauge agrees with CHECKLIST_INCOMPLETE.
    let always = |i: &&ChecklistItem<'_>| i.required && i.rule.need == Need::Required;
    Readiness {
        done: items.iter().filter(always).filter(|i| i.is_done()).count(),
        required: items.iter().filter(always).count(),
        no_longer_required: items.iter().filter(|i| !i.required).count(),
    }
}
