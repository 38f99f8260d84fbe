//! The files of `applications/` as last read, keyed by (path, modification time, length):
//! coming back to the list re-reads only the files that changed. Reads nothing it is not asked
//! to and writes nothing; it can run on a thread of its own (it needs no `Profile`).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use jiff::Timestamp;

use super::{Entry, EntryState, ProfileError, read_application_stamped};

/// What tells a changed file without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileKey {
    pub modified: Option<SystemTime>,
    pub len: u64,
}

impl FileKey {
    /// The key of the file at `path` as it is now; `None` when it is gone.
    pub fn of(path: &Path) -> Option<FileKey> {
        let meta = fs::metadata(path).ok()?;
        Some(FileKey {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

#[derive(Debug, Default)]
pub struct Catalogue {
    known: HashMap<PathBuf, (FileKey, Entry)>,
}

/// One file as [`Catalogue::entry`] gives it.
#[derive(Debug)]
pub struct Found {
    pub entry: Entry,
    /// Read now (new or changed), not taken from what was read before.
    pub read: bool,
}

impl Catalogue {
    pub fn new() -> Catalogue {
        Catalogue::default()
    }

    /// `(id, path)` of every application file in `apps` (see `Profile::list`), without reading
    /// or even looking at one: only the folder is read.
    pub fn scan(apps: &Path) -> Result<Vec<(String, PathBuf)>, ProfileError> {
        super::application_files_in(apps, false)
    }

    /// The entry of the file at `path`: the one read before while its modification time and
    /// length are the same, else read now. `None` when it is not a regular file (any more).
    pub fn entry(&mut self, id: &str, path: &Path) -> Option<Found> {
        let meta = fs::metadata(path).ok().filter(|m| m.is_file())?;
        let key = FileKey {
            modified: meta.modified().ok(),
            len: meta.len(),
        };
        if let Some((known, entry)) = self.known.get(path)
            && *known == key
            && entry.id == id
        {
            return Some(Found {
                entry: entry.clone(),
                read: false,
            });
        }
        let (state, stamp) = match read_application_stamped(path) {
            Ok((app, stamp)) => (EntryState::Ok(Box::new(app)), Some(stamp)),
            Err(e) => (EntryState::Unreadable(e), None),
        };
        let entry = Entry {
            id: id.to_string(),
            path: path.to_path_buf(),
            modified: key.modified.and_then(|t| Timestamp::try_from(t).ok()),
            state,
            stamp,
        };
        self.known.insert(path.to_path_buf(), (key, entry.clone()));
        Some(Found { entry, read: true })
    }

    /// Forgets files that are no longer among `paths`.
    pub fn keep_only(&mut self, paths: &[PathBuf]) {
        let keep: std::collections::HashSet<&PathBuf> = paths.iter().collect();
        self.known.retain(|path, _| keep.contains(path));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, title: &str) {
        let app = crate::model::Application::new(
            title,
            crate::model::Instant::parse("2026-11-20T09:30:00+08:00").unwrap(),
        );
        fs::write(path, app.to_toml_string()).unwrap();
    }

    #[test]
    fn an_unchanged_file_is_not_read_again_and_a_changed_one_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        write(&path, "First");
        let mut catalogue = Catalogue::new();
        assert!(catalogue.entry("a", &path).unwrap().read);
        assert!(!catalogue.entry("a", &path).unwrap().read);
        write(&path, "Second, longer");
        let found = catalogue.entry("a", &path).unwrap();
        assert!(found.read);
        let EntryState::Ok(app) = found.entry.state else {
            panic!("readable");
        };
        assert_eq!(app.meta.title.as_deref(), Some("Second, longer"));
    }

    #[test]
    fn scan_lists_without_reading_and_a_gone_file_has_no_entry() {
        let dir = tempfile::tempdir().unwrap();
        write(&dir.path().join("20261122-001.toml"), "A");
        fs::write(dir.path().join(".hidden.toml"), "x").unwrap();
        fs::write(dir.path().join("notes.txt"), "x").unwrap();
        let files = Catalogue::scan(dir.path()).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, "20261122-001");
        let mut catalogue = Catalogue::new();
        assert!(
            catalogue
                .entry("gone", &dir.path().join("gone.toml"))
                .is_none()
        );
        assert!(catalogue.entry("dir", dir.path()).is_none());
    }
}
