//! Many new application files in one go (the import of a spreadsheet): the folder is listed
//! once, not once a file, and synced once at the end.
//!
//! Each file keeps the guarantees of `Profile::create`: written under the profile's lock
//! (the caller's `Profile` holds it), to a private temporary file whose data is fsynced,
//! then renamed to a name nobody has (never over an existing file), the temporary file
//! removed on failure. What is spared is the folder's fsync after every rename: that sync
//! only makes the *name* durable, and the data was already on disk before the rename, so
//! a power cut in the middle can lose some of the new names, never leave a partial file.
//! [`NewFiles::finish`] syncs the folder once, before the caller reports the batch written.

use std::collections::{BTreeSet, HashMap};
use std::io;
use std::path::PathBuf;

use super::atomic::{sync_folder, write_new_unsynced_folder};
use super::{EXTENSION, Profile, ProfileError, application_files_in, ids, today_in_china};
use crate::model::{Application, Date};

pub struct NewFiles<'p> {
    profile: &'p Profile,
    apps: PathBuf,
    /// The ids of the folder when listed, and those written since.
    taken: BTreeSet<String>,
    /// Per creation day, the counter to try next (so the n-th file of a day does not try
    /// the n-1 ids before it again).
    next: HashMap<Date, u32>,
    written: usize,
}

impl Profile {
    /// Starts a batch of new files: lists `applications/` once.
    pub fn new_files(&self) -> Result<NewFiles<'_>, ProfileError> {
        self.require_writable()?;
        let apps = self.ensure_applications_dir()?;
        // Every name counts as taken, a folder or a link as well as a file: only the names
        // are needed, so nothing is looked at one by one.
        let taken = application_files_in(&apps, false)?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        Ok(NewFiles {
            profile: self,
            apps,
            taken,
            next: HashMap::new(),
            written: 0,
        })
    }
}

impl NewFiles<'_> {
    /// Writes `app` to a new file and returns its id (`YYYYMMDD-NNN`, its creation day).
    pub fn create(&mut self, app: &Application) -> Result<String, ProfileError> {
        // The folder may have gone since the batch began (the lock keeps icp-tui out, not
        // the user's file manager).
        self.profile.ensure_applications_dir()?;
        let day = match &app.meta.created {
            Some(created) => created.china_date(),
            None => today_in_china(),
        };
        let text = app.to_toml_string();
        let n = self.next.entry(day).or_insert(1);
        loop {
            let id = ids::id_for(day, *n);
            *n += 1;
            if self.taken.contains(&id) {
                continue;
            }
            let path = self.apps.join(format!("{id}{EXTENSION}"));
            match write_new_unsynced_folder(&path, text.as_bytes()) {
                Ok(()) => {
                    self.taken.insert(id.clone());
                    self.written += 1;
                    return Ok(id);
                }
                // Someone made the same file by hand meanwhile: try the next number.
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(ProfileError::write_failed(&path, e)),
            }
        }
    }

    /// Makes the batch's new names durable. Call it before saying the files are written,
    /// after a failed `create` as well (the files before it are there).
    pub fn finish(self) -> Result<(), ProfileError> {
        if self.written == 0 {
            return Ok(());
        }
        sync_folder(&self.apps).map_err(|e| ProfileError::write_failed(&self.apps, e))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Application, Instant};
    use crate::profile::{Mode, Profile};

    fn app(title: &str) -> Application {
        Application::new(title, Instant::parse("2026-12-01T10:00:00+08:00").unwrap())
    }

    fn names(profile: &Profile) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(profile.applications_dir())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_batch_numbers_past_the_files_already_there_and_writes_over_none() {
        let dir = tempfile::tempdir().unwrap();
        let profile = Profile::open(dir.path().to_path_buf(), Mode::ReadWrite).unwrap();
        let first = profile.create(&app("before")).unwrap();
        assert_eq!(first, "20261201-001");
        // A file dropped in by hand with the number the batch would take next.
        std::fs::write(profile.applications_dir().join("20261201-003.toml"), "x").unwrap();
        let mut batch = profile.new_files().unwrap();
        let ids: Vec<String> = ["a", "b", "c"]
            .iter()
            .map(|t| batch.create(&app(t)).unwrap())
            .collect();
        batch.finish().unwrap();
        assert_eq!(ids, ["20261201-002", "20261201-004", "20261201-005"]);
        assert_eq!(
            std::fs::read_to_string(profile.applications_dir().join("20261201-003.toml")).unwrap(),
            "x"
        );
        assert_eq!(
            names(&profile),
            [
                "20261201-001.toml",
                "20261201-002.toml",
                "20261201-003.toml",
                "20261201-004.toml",
                "20261201-005.toml"
            ],
            "no temporary file is left"
        );
        let loaded = profile.load("20261201-004").unwrap();
        assert_eq!(loaded.meta.title.as_deref(), Some("b"));
    }

    #[test]
    fn a_name_made_after_the_listing_is_not_written_over() {
        let dir = tempfile::tempdir().unwrap();
        let profile = Profile::open(dir.path().to_path_buf(), Mode::ReadWrite).unwrap();
        let mut batch = profile.new_files().unwrap();
        std::fs::write(profile.applications_dir().join("20261201-001.toml"), "mine").unwrap();
        assert_eq!(batch.create(&app("a")).unwrap(), "20261201-002");
        batch.finish().unwrap();
        assert_eq!(
            std::fs::read_to_string(profile.applications_dir().join("20261201-001.toml")).unwrap(),
            "mine"
        );
    }

    #[cfg(unix)]
    #[test]
    fn batch_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let profile = Profile::open(dir.path().to_path_buf(), Mode::ReadWrite).unwrap();
        let mut batch = profile.new_files().unwrap();
        let id = batch.create(&app("a")).unwrap();
        batch.finish().unwrap();
        let path = profile.application_path(&id).unwrap();
        let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn a_read_only_profile_starts_no_batch() {
        let dir = tempfile::tempdir().unwrap();
        drop(Profile::open(dir.path().to_path_buf(), Mode::ReadWrite).unwrap());
        let profile = Profile::open(dir.path().to_path_buf(), Mode::ReadOnly).unwrap();
        assert!(profile.new_files().is_err());
    }
}
