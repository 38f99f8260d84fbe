//! The profile's reader for the TUI's list: looks at every file of `applications/` on a
//! thread of its own, reads only those that are new or changed since the last look (the
//! catalogue), summarizes them and sends them in batches.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant as Clock};

use crate::app::reading::{self, ListBatch, ListReader};
use crate::model::Instant;
use crate::profile::catalogue::Catalogue;
use crate::profile::{ProfileWarning, with_application_looseness};
use crate::rules::SharedRules;

/// A batch goes out after this many files, or this long, whichever comes first; each batch
/// may be twice as large and twice as long as the one before: the first rows appear at once,
/// and 10,000 files make about ten batches, not a hundred (the UI sorts the list after each).
const FIRST_BATCH_FILES: usize = 100;
const BATCH_TIME: Duration = Duration::from_millis(50);

pub struct ProfileReader {
    pub applications: PathBuf,
    pub catalogue: Arc<Mutex<Catalogue>>,
    /// The profile's folder and the warnings known from opening it, when the application
    /// files' permissions are still to be looked at: the first batch then carries the notice
    /// `Profile::open` would have given (before any count, so the list is still "reading").
    pub looseness: Option<(PathBuf, Vec<ProfileWarning>)>,
    /// Summarize every file, not only those read now (a new day in China).
    pub every: bool,
}

impl ListReader for ProfileReader {
    fn read(self: Box<Self>, now: Instant, rules: SharedRules, send: &mut dyn FnMut(ListBatch)) {
        // One read at a time: a second waits here and then finds the files read.
        let mut catalogue = self.catalogue.lock().unwrap_or_else(|e| e.into_inner());
        let notice = self.looseness.as_ref().and_then(|(dir, known)| {
            super::tui::loose_notice(&with_application_looseness(dir, known))
        });
        let files = match Catalogue::scan(&self.applications) {
            Ok(files) => files,
            // The folder cannot be read now: the list keeps what it shows, and says why.
            Err(e) => {
                send(ListBatch {
                    folder_error: Some((self.applications.display().to_string(), e.to_string())),
                    notice,
                    ..ListBatch::default()
                });
                return;
            }
        };
        let total = files.len();
        send(ListBatch {
            total: Some(total),
            notice,
            ..ListBatch::default()
        });
        let mut batch = ListBatch {
            total: Some(total),
            ..ListBatch::default()
        };
        let mut since = Clock::now();
        let mut batch_files = FIRST_BATCH_FILES;
        let mut batch_time = BATCH_TIME;
        let mut ids = Vec::with_capacity(total);
        let mut paths = Vec::with_capacity(total);
        for (done, (id, path)) in files.into_iter().enumerate() {
            if let Some(found) = catalogue.entry(&id, &path) {
                let stamp = found.entry.stamp.clone();
                let entry = super::tui::entry(found.entry);
                if found.read || self.every {
                    let one = std::slice::from_ref(&entry);
                    batch
                        .summaries
                        .extend(reading::summarize(one, &rules, &now));
                    batch.stamps.push((id.clone(), stamp));
                }
                batch.entries.push(entry);
                ids.push(id);
            }
            paths.push(path);
            batch.done = done + 1;
            if batch.entries.len() >= batch_files || since.elapsed() >= batch_time {
                batch_files *= 2;
                batch_time *= 2;
                let next = ListBatch {
                    total: Some(total),
                    done: batch.done,
                    ..ListBatch::default()
                };
                send(std::mem::replace(&mut batch, next));
                since = Clock::now();
            }
        }
        catalogue.keep_only(&paths);
        batch.complete = Some(ids);
        send(batch);
    }
}
