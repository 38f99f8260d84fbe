//! The list drawn before every file is read: a reader (the store's, on a thread of its own)
//! sends the files in batches, already summarized; `apply` folds each batch into the state
//! (pure). Until the last batch the list says how many files it has read of how many, and
//! counts it does not know yet show "?", never 0.

use std::collections::{HashMap, HashSet};

use crate::model::{Date, Instant};
use crate::profile::Stamp;
use crate::report::summary::{self, Summary};
use crate::rules::{Rules, SharedRules};

use super::effect::Effect;
use super::state::{Entry, Flash, Screen, State};

/// A list still being read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reading {
    /// Which read this is: batches of a read that was replaced by a newer one are dropped.
    pub generation: u64,
    /// Files read so far.
    pub done: usize,
    /// Files in the folder, once it is read.
    pub total: Option<usize>,
    /// The filing to select when it arrives (where the user left the list), until the user
    /// moves the selection; else the top of the list stays selected.
    pub select: Option<String>,
    /// The user moved the selection meanwhile: leave it where they put it.
    pub touched: bool,
    /// Reading at start: an empty profile then starts a first filing, as `start` does.
    pub at_start: bool,
    /// A new day's read: every file summarized again as of this day in China (see
    /// `dashboard::new_day`), the list saying so.
    pub day: Option<Date>,
}

impl Reading {
    pub fn at_start(select: Option<String>) -> Reading {
        Reading {
            select,
            at_start: true,
            ..Reading::default()
        }
    }

    pub fn again() -> Reading {
        Reading::default()
    }
}

/// A summary with what it was made from: `meta.updated` and the day in China.
pub type Made = (String, Option<Instant>, Date, Summary);

/// Some files of the profile, read off the UI thread.
#[derive(Clone, Debug, Default)]
pub struct ListBatch {
    /// The read it belongs to (see `Reading::generation`).
    pub generation: u64,
    /// Files in the folder (in the first batch, and in every one after).
    pub total: Option<usize>,
    /// Files read so far, this batch's included.
    pub done: usize,
    /// The files of this batch.
    pub entries: Vec<Entry>,
    /// The summaries of the files that were read now (others keep theirs).
    pub summaries: Vec<Made>,
    /// What the store needs to notice later changes by someone else (it takes them).
    pub stamps: Vec<(String, Option<Stamp>)>,
    /// In the last batch: every id there is; entries not among them are gone.
    pub complete: Option<Vec<String>>,
    /// The last batch when the folder could not be read: (folder, reason). The list keeps
    /// what it has.
    pub folder_error: Option<(String, String)>,
    /// The profile's notice (files others can read), once the reader has looked at the
    /// permissions; told whatever read it came with (see `Lists::next`).
    pub notice: Option<Flash>,
}

impl ListBatch {
    /// Adds a later batch to this one (batches that queued up are applied in one go).
    pub fn merge(&mut self, later: ListBatch) {
        // A notice carried over from an older read is generation 0 (see `Lists::next`).
        self.generation = self.generation.max(later.generation);
        self.total = later.total.or(self.total);
        self.done = later.done.max(self.done);
        self.entries.extend(later.entries);
        self.summaries.extend(later.summaries);
        self.stamps.extend(later.stamps);
        if later.complete.is_some() {
            self.complete = later.complete;
        }
        if later.folder_error.is_some() {
            self.folder_error = later.folder_error;
        }
        if later.notice.is_some() {
            self.notice = later.notice;
        }
    }
}

/// Batches compare by what they say, not by every field of every file (actions compare).
impl PartialEq for ListBatch {
    fn eq(&self, other: &Self) -> bool {
        let ids = |b: &ListBatch| b.entries.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        self.generation == other.generation
            && self.total == other.total
            && self.done == other.done
            && ids(self) == ids(other)
            && self.complete == other.complete
            && self.folder_error == other.folder_error
            && self.notice == other.notice
    }
}

impl Eq for ListBatch {}

/// Reads every file of a profile, on whatever thread runs it, sending batches to `send`.
/// The built-in rules may still be being read: the first summary waits for them, the folder's
/// listing does not.
pub trait ListReader: Send {
    fn read(self: Box<Self>, now: Instant, rules: SharedRules, send: &mut dyn FnMut(ListBatch));
}

/// The summaries of `entries` as of `now` (what the list would make of them on the UI thread).
pub fn summarize(entries: &[Entry], rules: &Rules, now: &Instant) -> Vec<Made> {
    let day = now.china_date();
    entries
        .iter()
        .filter_map(|entry| {
            let app = entry.app.as_ref().ok()?;
            let icons = crate::files::file_facts(app);
            let made = summary::summarize(app, rules, now, &icons);
            Some((entry.id.clone(), app.meta.updated.clone(), day, made))
        })
        .collect()
}

/// Folds a batch into the state. The filing open in the wizard keeps its own copy (it may
/// hold what is not saved yet). Returns what an empty profile asks for at start.
pub fn apply(state: &mut State, mut batch: ListBatch, now: &Instant) -> Vec<Effect> {
    if let Some(notice) = batch.notice.take() {
        tell(state, notice);
    }
    let Some(mut reading) = state.reading.take_if(|r| r.generation == batch.generation) else {
        // Not this read's (one that was replaced, or is over): nothing to fold in.
        return Vec::new();
    };
    let open = state.wizard().map(|w| w.id.clone());
    let mut index: HashMap<String, usize> = state
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect();
    for entry in batch.entries {
        if open.as_deref() == Some(entry.id.as_str()) {
            continue;
        }
        match index.get(&entry.id) {
            Some(&i) => state.entries[i] = entry,
            None => {
                index.insert(entry.id.clone(), state.entries.len());
                state.entries.push(entry);
            }
        }
    }
    for (id, updated, day, made) in batch.summaries {
        if open.as_deref() != Some(id.as_str()) {
            state.summaries.insert(id, (updated, day, made));
        }
    }
    if let Some((folder, reason)) = batch.folder_error {
        state.flash = Some(super::state::Flash::error(
            "list-folder-error",
            vec![("folder", folder), ("reason", reason)],
        ));
        return Vec::new();
    }
    reading.done = batch.done;
    reading.total = batch.total.or(reading.total);
    let complete = batch.complete.is_some();
    if let Some(ids) = batch.complete {
        let there: HashSet<&str> = ids.iter().map(String::as_str).collect();
        state
            .entries
            .retain(|e| there.contains(e.id.as_str()) || open.as_deref() == Some(&e.id));
    }
    super::dashboard::refresh(state, now);
    follow_selection(state, &reading);
    if !complete {
        state.reading = Some(reading);
        return Vec::new();
    }
    if let Screen::List(list) = &mut state.screen {
        list.selected = list.selected.min(state.entries.len().saturating_sub(1));
    }
    if reading.at_start && state.entries.is_empty() && !state.read_only && open.is_none() {
        return super::update::new_application(state, now);
    }
    Vec::new()
}

/// The profile's notice goes to the status line when it is free, else it waits there for
/// the first moment it is (`update` shows it then): never dropped, never over another message.
fn tell(state: &mut State, notice: Flash) {
    if state.read_only {
        return;
    }
    match state.flash {
        None => state.flash = Some(notice),
        Some(_) => state.waiting_notice = Some(notice),
    }
}

/// While the user has not moved it, the selection stays on the top of the list, or on the
/// filing where they left the list.
fn follow_selection(state: &mut State, reading: &Reading) {
    if reading.touched {
        return;
    }
    let wanted = reading
        .select
        .as_deref()
        .and_then(|id| state.entries.iter().position(|e| e.id == id))
        .unwrap_or(0);
    if let Screen::List(list) = &mut state.screen {
        list.selected = wanted;
    }
}
