//! The list as a dashboard: one summary per filing, kept while the file's `meta.updated` and
//! the day stay the same; the entries kept in the chosen order; `/` narrowing what is shown.
//! Pure (the moment is passed in), called by `update` and the runtime.
//!
//! A new day in China: with a reader (`State::summaries_off_thread`) the summaries of the day
//! before are kept, shown as not known ("?"), until the reader has made them again
//! (`new_day`); without one they are made here, as before.

use std::cmp::Ordering;
use std::time::Duration;

use crate::model::{Date, Instant};
use crate::report::summary::{self, Summary};

use super::action::Command;
use super::state::{Entry, ListState, State};

/// Brings the summaries up to date as of `now` and puts the entries in the list's order; the
/// selection stays on the same filing.
pub fn refresh(state: &mut State, now: &Instant) {
    let day = now.china_date();
    let rules = state.rules.clone();
    // A set, not a search of the entries per summary: 10,000 filings are 10^8 comparisons.
    let ids: std::collections::HashSet<&str> =
        state.entries.iter().map(|e| e.id.as_str()).collect();
    state.summaries.retain(|id, _| ids.contains(id.as_str()));
    for entry in &state.entries {
        let Ok(app) = &entry.app else {
            state.summaries.remove(&entry.id);
            continue;
        };
        // Of an earlier day, with a reader: its new one is the reader's to make (not 10,000
        // runs of the engine on this thread); until then it shows as not known.
        let fresh = state
            .summaries
            .get(&entry.id)
            .is_some_and(|(updated, at, _)| {
                *updated == app.meta.updated && (*at == day || state.summaries_off_thread)
            });
        if !fresh {
            let icons = crate::files::file_facts(app);
            let made = summary::summarize(app, &rules, now, &icons);
            state
                .summaries
                .insert(entry.id.clone(), (app.meta.updated.clone(), day, made));
        }
    }
    state.clock = Some(now.clone());
    sort(state);
}

/// The summary of `entry`, when it is readable and summarized (perhaps on an earlier day:
/// for the order and `/`, which do not depend on the day).
pub fn summary_of<'a>(state: &'a State, entry: &Entry) -> Option<&'a Summary> {
    state.summaries.get(&entry.id).map(|(_, _, s)| s)
}

/// The summary of `entry` made on the list's day (`State::clock`): the one whose counts and
/// days left may be shown. `None` while it is not read, or being made again for a new day.
pub fn summary_today<'a>(state: &'a State, entry: &Entry) -> Option<&'a Summary> {
    let today = state.clock.as_ref()?.china_date();
    state
        .summaries
        .get(&entry.id)
        .filter(|(_, at, _)| *at == today)
        .map(|(_, _, s)| s)
}

/// The day whose summaries the reader is to make, when some are of another day (midnight in
/// China has passed, or a read begun before it sent yesterday's) and no read of that day is
/// under way already.
pub fn new_day(state: &State, now: &Instant) -> Option<Date> {
    if !state.summaries_off_thread {
        return None;
    }
    let day = now.china_date();
    if state.reading.as_ref().is_some_and(|r| r.day == Some(day)) {
        return None;
    }
    state
        .summaries
        .values()
        .any(|(_, at, _)| *at != day)
        .then_some(day)
}

/// How long from `now` until the next midnight in China, when the days left change.
pub fn until_next_day(now: &Instant) -> Duration {
    let zone = jiff::tz::TimeZone::fixed(crate::model::china_offset());
    let next = now
        .china_date()
        .add_days(1)
        .0
        .to_zoned(zone)
        .map(|z| z.timestamp());
    match next {
        Ok(next) => Duration::try_from(next.duration_since(now.timestamp)).unwrap_or_default(),
        // The end of jiff's calendar: no next day to wait for.
        Err(_) => Duration::MAX,
    }
}

/// Puts the entries in `state.sort`'s order. Unreadable files come first: they need a hand.
pub fn sort(state: &mut State) {
    let selected_id = match &state.screen {
        super::state::Screen::List(list) => state.entries.get(list.selected).map(|e| e.id.clone()),
        _ => None,
    };
    let key = state.sort;
    // Each summary looked up and each title lowercased once, not twice a comparison: at
    // 10,000 filings that was 280,000 strings made on every key press.
    let mut order: Vec<(Option<&Summary>, String, usize)> = state
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let summary = summary_of(state, e);
            (
                summary,
                summary.map(summary::sort_title).unwrap_or_default(),
                i,
            )
        })
        .collect();
    order.sort_by(|(x, x_title, a), (y, y_title, b)| {
        match (x, y) {
            (Some(x), Some(y)) => {
                summary::compare_before_title(x, y, key).then_with(|| x_title.cmp(y_title))
            }
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
        .then_with(|| state.entries[*a].id.cmp(&state.entries[*b].id))
    });
    let order: Vec<usize> = order.into_iter().map(|(_, _, i)| i).collect();
    // Usually nothing moved (a key press): the entries, a filing each, stay where they are
    // rather than being moved out and back (at 10,000 that is most of a key's frame).
    if order.iter().enumerate().all(|(at, i)| at == *i) {
        return;
    }
    let mut slots: Vec<Option<Entry>> = std::mem::take(&mut state.entries)
        .into_iter()
        .map(Some)
        .collect();
    state.entries = order.into_iter().filter_map(|i| slots[i].take()).collect();
    if let (Some(id), super::state::Screen::List(list)) = (selected_id, &mut state.screen)
        && let Some(index) = state.entries.iter().position(|e| e.id == id)
    {
        list.selected = index;
    }
}

/// The indices of the entries the filter lets through, in order.
pub fn visible(state: &State, list: &ListState) -> Vec<usize> {
    let query = list.filter.value();
    state
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| shown(state, e, query))
        .map(|(i, _)| i)
        .collect()
}

fn shown(state: &State, entry: &Entry, query: &str) -> bool {
    if query.trim().is_empty() {
        return true;
    }
    match (&entry.app, summary_of(state, entry)) {
        (Ok(_), Some(s)) => summary::matches(s, query, &state.rules),
        // Not summarized yet: the title is all there is to match.
        (Ok(app), None) => app.title().to_lowercase().contains(&query.to_lowercase()),
        // An unreadable file is found by its name.
        (Err(_), _) => entry
            .file
            .to_string_lossy()
            .to_lowercase()
            .contains(&query.trim().to_lowercase()),
    }
}

/// The entry index the selection moves to among the visible ones.
pub fn move_among(visible: &[usize], selected: usize, command: Command) -> usize {
    if visible.is_empty() {
        return selected;
    }
    let at = visible.iter().position(|i| *i == selected).unwrap_or(0);
    visible[super::steps::move_selection(at, visible.len(), command)]
}
