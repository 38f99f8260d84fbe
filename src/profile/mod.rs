//! The local profile: a private directory holding the user's applications and settings.
//!
//! ```text
//! DIR/                      0700
//!   profile.lock            0600, locked while a writer has the profile open
//!   settings.toml           0600
//!   applications/           0700
//!     20261122-001.toml     0600, one application in the spec's format
//! ```
//!
//! These files hold ID and phone numbers. Every write is atomic and private; a file that
//! cannot be read is reported and never written over, renamed or deleted. See docs/profile.md.

pub mod atomic;
pub mod catalogue;
mod dirs;
mod error;
mod ids;
pub mod lock;
pub mod new_files;
mod settings;
mod stamp;

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::model::{Application, Date, Instant, china_offset};

use atomic::{remove_leftovers, write_atomic, write_new_atomic};
use lock::{LockError, ProfileLock};

pub use dirs::create_private_dir;
pub use error::{
    LoadError, LoadErrorReason, ProfileError, ProfileErrorKind, ProfileWarning, loose_fix_command,
};
pub use ids::is_valid_id;
pub use settings::{Resume, SETTINGS_FILE, Settings};
pub use stamp::Stamp;

/// Files above this size are refused when read: no application comes near it (a filing with
/// a hundred websites is some 100 kB), and reading one would make every keystroke slow.
pub const MAX_FILE_BYTES: u64 = crate::input::MAX_FILE_BYTES;

pub const APPLICATIONS_DIR: &str = "applications";
const EXTENSION: &str = ".toml";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Creates the directory if needed and takes the lock: one writer at a time.
    ReadWrite,
    /// Reads only, takes no lock and creates nothing; every write is refused.
    ReadOnly,
}

/// Where the profile lives: `--profile`, else `ICP_TUI_PROFILE` (if not empty), else the
/// platform's data directory for icp-tui. `None` only when no home directory is known.
pub fn resolve_dir(cli: Option<PathBuf>, env: Option<OsString>) -> Option<PathBuf> {
    cli.or_else(|| env.filter(|v| !v.is_empty()).map(PathBuf::from))
        .or_else(|| {
            directories::ProjectDirs::from("", "", "icp-tui").map(|d| d.data_dir().to_path_buf())
        })
}

/// One file of `applications/`, readable or not.
#[derive(Clone, Debug)]
pub struct Entry {
    pub id: String,
    pub path: PathBuf,
    /// The file's modification time.
    pub modified: Option<Timestamp>,
    pub state: EntryState,
    /// The bytes as read, to notice a change by someone else before writing (readable
    /// files only).
    pub stamp: Option<Stamp>,
}

#[derive(Clone, Debug)]
pub enum EntryState {
    Ok(Box<Application>),
    /// Shown in the list with its reason; left exactly as it is on disk.
    Unreadable(LoadError),
}

impl Entry {
    /// What the list sorts by: `meta.updated`, else the file's modification time.
    pub fn last_change(&self) -> Option<Timestamp> {
        match &self.state {
            EntryState::Ok(app) => app.meta.updated.as_ref().map(|u| u.timestamp),
            EntryState::Unreadable(_) => None,
        }
        .or(self.modified)
    }
}

#[derive(Debug)]
pub struct Profile {
    dir: PathBuf,
    mode: Mode,
    lock: Option<ProfileLock>,
    warnings: Vec<ProfileWarning>,
    /// Whether `warnings` covers the permissions of the application files (see
    /// [`Profile::open_leaving_files`]).
    files_looked_at: bool,
}

impl Profile {
    pub fn open(dir: PathBuf, mode: Mode) -> Result<Profile, ProfileError> {
        Profile::open_looking(dir, mode, true)
    }

    /// Like [`Profile::open`], but without going through every application file (the TUI's
    /// first frame does not wait for 10,000 of them): their permissions are not looked at —
    /// `warnings` then covers the folders, the settings and the lock only, and
    /// [`Profile::files_looked_at`] says so; [`with_application_looseness`] completes them,
    /// on any thread — and the leftovers of interrupted saves in `applications/` stay until
    /// [`Profile::remove_application_leftovers`] (hidden, never listed meanwhile).
    pub fn open_leaving_files(dir: PathBuf, mode: Mode) -> Result<Profile, ProfileError> {
        Profile::open_looking(dir, mode, false)
    }

    fn open_looking(dir: PathBuf, mode: Mode, files: bool) -> Result<Profile, ProfileError> {
        let looseness = |dir: &Path| match files {
            true => collect_looseness(dir),
            false => folder_looseness(dir),
        };
        match mode {
            Mode::ReadOnly => {
                check_existing_dir(&dir)?;
                Ok(Profile {
                    warnings: looseness(&dir),
                    dir,
                    mode,
                    lock: None,
                    files_looked_at: files,
                })
            }
            Mode::ReadWrite => {
                ensure_dir(&dir)?;
                let lock = ProfileLock::acquire(&dir).map_err(|e| match e {
                    LockError::Held => ProfileError::new(ProfileErrorKind::Locked, &dir),
                    LockError::Io(e) => ProfileError::write_failed(&dir, e),
                })?;
                ensure_dir(&dir.join(APPLICATIONS_DIR))?;
                // Only the lock holder may do this: no save of another icp-tui is under way.
                // A file that cannot be removed stays hidden and is never listed.
                let _ = remove_leftovers(&dir);
                if files {
                    let _ = remove_leftovers(&dir.join(APPLICATIONS_DIR));
                }
                let mut warnings = looseness(&dir);
                if lock.is_unsupported() {
                    warnings.push(ProfileWarning::LockUnsupported {
                        path: lock.path().to_path_buf(),
                    });
                }
                Ok(Profile {
                    dir,
                    mode,
                    lock: Some(lock),
                    warnings,
                    files_looked_at: files,
                })
            }
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Things to tell the user that did not stop the profile from opening.
    pub fn warnings(&self) -> &[ProfileWarning] {
        &self.warnings
    }

    /// Removes the temporary files interrupted saves left in `applications/` (what
    /// [`Profile::open`] does on opening). Only from the thread that saves: a save under way
    /// has one of its own there. Nothing in read-only mode (no lock held).
    pub fn remove_application_leftovers(&self) {
        if self.is_writer() {
            let _ = remove_leftovers(&self.applications_dir());
        }
    }

    /// Opened read-write: the lock is held (or the filesystem has none).
    fn is_writer(&self) -> bool {
        self.mode == Mode::ReadWrite && self.lock.is_some()
    }

    /// Whether [`Profile::warnings`] covers the application files: false when opened with
    /// [`Profile::open_leaving_files`] (their permissions are not known yet).
    pub fn files_looked_at(&self) -> bool {
        self.files_looked_at
    }

    /// Whether this profile holds a real lock (false in read-only mode or on a filesystem
    /// without locks).
    pub fn is_locked(&self) -> bool {
        self.lock.as_ref().is_some_and(|l| !l.is_unsupported())
    }

    pub fn applications_dir(&self) -> PathBuf {
        self.dir.join(APPLICATIONS_DIR)
    }

    /// The file of application `id` (which need not exist).
    pub fn application_path(&self, id: &str) -> Result<PathBuf, ProfileError> {
        if !is_valid_id(id) {
            return Err(ProfileError::new(
                ProfileErrorKind::InvalidId,
                &self.applications_dir().join(id),
            ));
        }
        Ok(self.applications_dir().join(format!("{id}{EXTENSION}")))
    }

    /// Every application file, readable or not, most recently changed first.
    pub fn list(&self) -> Result<Vec<Entry>, ProfileError> {
        let mut entries: Vec<Entry> = self
            .application_files()?
            .into_iter()
            .map(|(id, path)| {
                let modified = fs::metadata(&path)
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| Timestamp::try_from(t).ok());
                let (state, stamp) = match read_application_stamped(&path) {
                    Ok((app, stamp)) => (EntryState::Ok(Box::new(app)), Some(stamp)),
                    Err(e) => (EntryState::Unreadable(e), None),
                };
                Entry {
                    id,
                    path,
                    modified,
                    state,
                    stamp,
                }
            })
            .collect();
        entries.sort_by(|a, b| {
            b.last_change()
                .cmp(&a.last_change())
                .then_with(|| b.id.cmp(&a.id))
        });
        Ok(entries)
    }

    pub fn load(&self, id: &str) -> Result<Application, ProfileError> {
        self.load_stamped(id).map(|(app, _)| app)
    }

    /// The application and the stamp of the bytes it was read from.
    pub fn load_stamped(&self, id: &str) -> Result<(Application, Stamp), ProfileError> {
        let path = self.application_path(id)?;
        if !path.is_file() {
            return Err(ProfileError::new(ProfileErrorKind::Missing, &path));
        }
        read_application_stamped(&path).map_err(ProfileError::unreadable)
    }

    /// `Ok(None)` while application `id` still holds what `stamp` describes; the file as it
    /// is now when someone else changed it. A file that is gone counts as unchanged: the next
    /// save writes it again.
    pub fn changed_since(
        &self,
        id: &str,
        stamp: &Stamp,
    ) -> Result<Option<(Application, Stamp)>, ProfileError> {
        let path = self.application_path(id)?;
        match stamp.still_matches(&path) {
            Ok(true) => Ok(None),
            Ok(false) if !path.exists() => Ok(None),
            Ok(false) => self.load_stamped(id).map(Some),
            Err(e) => Err(ProfileError::io(ProfileErrorKind::Io, &path, e)),
        }
    }

    /// Stores `app` under a new id and returns the id. The id's day is the day of
    /// `meta.created` in China, else today's.
    pub fn create(&self, app: &Application) -> Result<String, ProfileError> {
        let mut batch = self.new_files()?;
        let id = batch.create(app)?;
        batch.finish()?;
        Ok(id)
    }

    /// Writes application `id` over its file, atomically, whatever is there now. Refused
    /// when the file there cannot be read: it may hold data this version does not understand.
    pub fn save(&self, id: &str, app: &Application) -> Result<(), ProfileError> {
        self.save_checked(id, app, None).map(drop)
    }

    /// Writes application `id` over its file, keeping the file's comments, order and
    /// unknown keys (only changed values change), and writes nothing when nothing changed.
    ///
    /// With `expected`, the stamp of what this caller last read or wrote: when the file now
    /// holds something else, someone changed it meanwhile. It is then left as it is, and
    /// `app` goes to a new file beside it (`<id>.conflict-YYYYMMDD-HHMMSS.toml`).
    pub fn save_checked(
        &self,
        id: &str,
        app: &Application,
        expected: Option<&Stamp>,
    ) -> Result<Saved, ProfileError> {
        self.require_writable()?;
        let path = self.application_path(id)?;
        self.ensure_applications_dir()?;
        let current = match read_text_stamped(&path) {
            Ok((text, stamp)) => {
                // Refuse to write over what this version cannot read.
                Application::from_toml_str(&text).map_err(|e| {
                    ProfileError::unreadable(LoadError {
                        path: path.clone(),
                        reason: LoadErrorReason::Parse(e),
                    })
                })?;
                Some((text, stamp))
            }
            Err(LoadError {
                reason:
                    LoadErrorReason::Io {
                        kind: io::ErrorKind::NotFound,
                        ..
                    },
                ..
            }) => None,
            Err(e) => return Err(ProfileError::unreadable(e)),
        };
        if let (Some(expected), Some((text, stamp))) = (expected, &current)
            && !expected.same_content(stamp)
        {
            let copy = self.write_conflict_copy(id, app)?;
            let theirs = Application::from_toml_str(text).expect("parsed just above");
            return Ok(Saved::Conflict {
                copy,
                theirs: Box::new(theirs),
                stamp: stamp.clone(),
            });
        }
        let text = match &current {
            Some((original, _)) => app.to_toml_string_over(original),
            None => app.to_toml_string(),
        };
        if let Some((original, stamp)) = &current
            && *original == text
        {
            return Ok(Saved::Unchanged(stamp.clone()));
        }
        write_atomic(&path, text.as_bytes()).map_err(|e| ProfileError::write_failed(&path, e))?;
        let meta = fs::metadata(&path).ok();
        Ok(Saved::Written(Stamp::of(text.as_bytes(), meta.as_ref())))
    }

    fn write_conflict_copy(&self, id: &str, app: &Application) -> Result<PathBuf, ProfileError> {
        let now = Instant::new(Timestamp::now(), china_offset()).to_zoned();
        let base = format!("{id}.conflict-{}", now.strftime("%Y%m%d-%H%M%S"));
        let text = app.to_toml_string();
        for n in 1.. {
            let name = match n {
                1 => format!("{base}{EXTENSION}"),
                n => format!("{base}-{n}{EXTENSION}"),
            };
            let path = self.applications_dir().join(name);
            match write_new_atomic(&path, text.as_bytes()) {
                Ok(()) => return Ok(path),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(ProfileError::write_failed(&path, e)),
            }
        }
        unreachable!("some suffix is free")
    }

    /// Sets the title of application `id`. `meta.updated` is left to the caller, who owns
    /// the clock.
    pub fn rename(&self, id: &str, title: &str) -> Result<(), ProfileError> {
        self.require_writable()?;
        let mut app = self.load(id)?;
        app.meta.title = Some(title.to_string());
        self.save(id, &app)
    }

    /// Removes application `id`. Refused for a file that cannot be read.
    pub fn delete(&self, id: &str) -> Result<(), ProfileError> {
        self.require_writable()?;
        self.load(id)?;
        let path = self.application_path(id)?;
        fs::remove_file(&path).map_err(|e| ProfileError::write_failed(&path, e))?;
        sync_dir(&self.applications_dir()).map_err(|e| ProfileError::write_failed(&path, e))
    }

    /// The settings; defaults when `settings.toml` does not exist.
    pub fn settings(&self) -> Result<Settings, ProfileError> {
        let path = self.dir.join(SETTINGS_FILE);
        match read_settings(&path) {
            Ok(settings) => Ok(settings.unwrap_or_default()),
            Err(e) => Err(ProfileError::unreadable(e)),
        }
    }

    /// Writes `settings.toml` atomically over what is there, keeping its comments and
    /// order, and not at all when nothing changed; refused while the file cannot be read.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), ProfileError> {
        self.require_writable()?;
        let path = self.dir.join(SETTINGS_FILE);
        refuse_unreadable(&path, |p| read_settings(p).map(drop))?;
        let fresh = settings.to_toml_string();
        let text = match read_text(&path) {
            Ok(original) => {
                let text = crate::model::write_over(&original, &fresh);
                if text == original {
                    return Ok(());
                }
                text
            }
            Err(_) => fresh,
        };
        write_atomic(&path, text.as_bytes()).map_err(|e| ProfileError::write_failed(&path, e))
    }

    fn require_writable(&self) -> Result<(), ProfileError> {
        match self.mode {
            Mode::ReadWrite => Ok(()),
            Mode::ReadOnly => Err(ProfileError::new(ProfileErrorKind::ReadOnly, &self.dir)),
        }
    }

    /// `applications/` again, in case it was removed while the profile was open.
    fn ensure_applications_dir(&self) -> Result<PathBuf, ProfileError> {
        let apps = self.applications_dir();
        ensure_dir(&apps)?;
        Ok(apps)
    }

    /// `(id, path)` of every `*.toml` file in `applications/`. Hidden files (such as an
    /// interrupted write's temporary file) and names that are not valid UTF-8 are skipped.
    fn application_files(&self) -> Result<Vec<(String, PathBuf)>, ProfileError> {
        application_files_in(&self.applications_dir(), true)
    }
}

/// `(id, path)` of every `*.toml` file in `apps`. With `look`, each is looked at (links
/// followed) and only regular files are kept; without, only the folder is read and folders
/// are skipped (a link is kept, to be looked at when it is read).
fn application_files_in(apps: &Path, look: bool) -> Result<Vec<(String, PathBuf)>, ProfileError> {
    let read = match fs::read_dir(apps) {
        Ok(read) => read,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(ProfileError::io(ProfileErrorKind::Io, apps, e)),
    };
    let mut files = Vec::new();
    for item in read {
        let item = item.map_err(|e| ProfileError::io(ProfileErrorKind::Io, apps, e))?;
        let name = item.file_name();
        let Some(id) = name.to_str().and_then(|n| n.strip_suffix(EXTENSION)) else {
            continue;
        };
        if !is_valid_id(id) {
            continue;
        }
        let path = item.path();
        let keep = if look {
            path.is_file()
        } else {
            item.file_type().is_ok_and(|t| !t.is_dir())
        };
        if keep {
            files.push((id.to_string(), path));
        }
    }
    Ok(files)
}

fn read_application_stamped(path: &Path) -> Result<(Application, Stamp), LoadError> {
    let (text, stamp) = read_text_stamped(path)?;
    let app = Application::from_toml_str(&text).map_err(|e| LoadError {
        path: path.to_path_buf(),
        reason: LoadErrorReason::Parse(e),
    })?;
    Ok((app, stamp))
}

/// `Ok(None)` when the file does not exist.
fn read_settings(path: &Path) -> Result<Option<Settings>, LoadError> {
    let text = match read_text(path) {
        Ok(text) => text,
        Err(LoadError {
            reason:
                LoadErrorReason::Io {
                    kind: io::ErrorKind::NotFound,
                    ..
                },
            ..
        }) => return Ok(None),
        Err(e) => return Err(e),
    };
    Settings::from_toml_str(&text)
        .map(Some)
        .map_err(|e| LoadError {
            path: path.to_path_buf(),
            reason: LoadErrorReason::Parse(e),
        })
}

fn read_text(path: &Path) -> Result<String, LoadError> {
    read_text_stamped(path).map(|(text, _)| text)
}

/// The file's text, refused above [`MAX_FILE_BYTES`] before it is read.
fn read_text_stamped(path: &Path) -> Result<(String, Stamp), LoadError> {
    use std::io::Read;
    let io_error = |e: io::Error| LoadError {
        path: path.to_path_buf(),
        reason: LoadErrorReason::Io {
            kind: e.kind(),
            message: e.to_string(),
        },
    };
    // Opening a FIFO waits for a writer and a device never ends: only regular files are read.
    if let Ok(meta) = fs::metadata(path)
        && !meta.is_file()
    {
        let kind = if meta.is_dir() {
            io::ErrorKind::IsADirectory
        } else {
            io::ErrorKind::InvalidInput
        };
        return Err(io_error(io::Error::new(kind, "not a regular file")));
    }
    let too_large = |bytes: u64| LoadError {
        path: path.to_path_buf(),
        reason: LoadErrorReason::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        },
    };
    let file = fs::File::open(path).map_err(io_error)?;
    let meta = file.metadata().map_err(io_error)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // One byte past the limit tells a file that grew since the check.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let stamp = Stamp::of(&bytes, Some(&meta));
    let text = crate::input::decode(bytes).map_err(|e| LoadError {
        path: path.to_path_buf(),
        reason: LoadErrorReason::Parse(crate::model::ParseError {
            line: e.line(),
            field: None,
            kind: match e {
                crate::input::ReadError::NotUtf8 { column, .. } => {
                    crate::model::ParseErrorKind::NotUtf8 { column }
                }
                other => crate::model::ParseErrorKind::Syntax(format!("{other:?}")),
            },
        }),
    })?;
    Ok((text, stamp))
}

/// Errs when `path` exists but `read` cannot make sense of it.
fn refuse_unreadable(
    path: &Path,
    read: impl Fn(&Path) -> Result<(), LoadError>,
) -> Result<(), ProfileError> {
    match read(path) {
        Ok(()) => Ok(()),
        Err(LoadError {
            reason:
                LoadErrorReason::Io {
                    kind: io::ErrorKind::NotFound,
                    ..
                },
            ..
        }) => Ok(()),
        Err(e) => Err(ProfileError::unreadable(e)),
    }
}

/// What [`Profile::save_checked`] did.
#[derive(Clone, Debug)]
pub enum Saved {
    Written(Stamp),
    /// The file already held exactly this; nothing was written.
    Unchanged(Stamp),
    /// Someone else changed the file: it was kept, and `app` went to `copy`. `theirs` is
    /// the file as it is now.
    Conflict {
        copy: PathBuf,
        theirs: Box<Application>,
        stamp: Stamp,
    },
}

impl Saved {
    /// The stamp of the application's own file after the save.
    pub fn stamp(&self) -> &Stamp {
        match self {
            Saved::Written(s) | Saved::Unchanged(s) | Saved::Conflict { stamp: s, .. } => s,
        }
    }
}

/// Creates `dir` (0700) if missing; errs when it cannot be made or is not a directory.
fn ensure_dir(dir: &Path) -> Result<(), ProfileError> {
    match fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(ProfileError::new(ProfileErrorKind::NotADirectory, dir)),
        Err(_) => dirs::create_private_dir(dir)
            .map_err(|e| ProfileError::io(ProfileErrorKind::CannotCreate, dir, e)),
    }
}

fn check_existing_dir(dir: &Path) -> Result<(), ProfileError> {
    match fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(ProfileError::new(ProfileErrorKind::NotADirectory, dir)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            Err(ProfileError::io(ProfileErrorKind::Missing, dir, e))
        }
        Err(e) => Err(ProfileError::io(ProfileErrorKind::Io, dir, e)),
    }
}

/// The profile's folders, `settings.toml` and every application file that group or others
/// may read or enter (files icp-tui did not write, or copied in with `cp`).
fn collect_looseness(dir: &Path) -> Vec<ProfileWarning> {
    let mut warnings = folder_looseness(dir);
    warnings.extend(application_looseness(dir));
    warnings
}

/// The profile's folders and `settings.toml`, when group or others may read or enter them.
fn folder_looseness(dir: &Path) -> Vec<ProfileWarning> {
    [
        dir.to_path_buf(),
        dir.join(APPLICATIONS_DIR),
        dir.join(SETTINGS_FILE),
    ]
    .iter()
    .filter_map(|p| dirs::looseness(p))
    .collect()
}

/// The application files of the profile in `dir` that group or others may read, by name.
fn application_looseness(dir: &Path) -> Vec<ProfileWarning> {
    let Ok(read) = fs::read_dir(dir.join(APPLICATIONS_DIR)) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = read
        .filter_map(Result::ok)
        .map(|item| item.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
        .collect();
    files.sort();
    files.iter().filter_map(|p| dirs::looseness(p)).collect()
}

/// The warnings of a profile opened with [`Profile::open_leaving_files`] (`known`), with the
/// application files looked at now: what [`Profile::open`] would have given, in its order
/// (folders, files, then the lock). Needs no `Profile`: the TUI runs it on its reader's thread.
pub fn with_application_looseness(dir: &Path, known: &[ProfileWarning]) -> Vec<ProfileWarning> {
    let (loose, other): (Vec<_>, Vec<_>) = known
        .iter()
        .cloned()
        .partition(|w| matches!(w, ProfileWarning::LoosePermissions { .. }));
    let mut warnings = loose;
    warnings.extend(application_looseness(dir));
    warnings.extend(other);
    warnings
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        fs::File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
    Ok(())
}

/// Only for naming a new file when the application carries no creation time.
fn today_in_china() -> Date {
    Instant::new(Timestamp::now(), china_offset()).china_date()
}

#[cfg(test)]
mod tests;
