//! One writer per profile: an exclusive advisory lock on `DIR/profile.lock`.
//!
//! The lock belongs to the open file, so it is released when the [`ProfileLock`] is dropped
//! or the process dies; the lock file itself stays (removing it would race with the next
//! writer). On Linux std uses `flock`, which is per open file description: a second
//! `acquire` in the same process conflicts too.
//!
//! The profile folder itself is locked as well (unix), so that deleting `profile.lock`
//! while an icp-tui runs does not let a second one in: the new lock file is free, the folder
//! is not.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

pub const LOCK_FILE: &str = "profile.lock";

#[derive(Debug)]
pub struct ProfileLock {
    // Held only for their locks; never read or written.
    _file: File,
    _dir: Option<File>,
    path: PathBuf,
    unsupported: bool,
}

#[derive(Debug)]
pub enum LockError {
    /// Another icp-tui (or another handle in this process) holds the lock.
    Held,
    /// The lock file could not be opened or created.
    Io(io::Error),
}

impl ProfileLock {
    /// Takes the lock of the profile in `dir` without waiting.
    ///
    /// On a filesystem that cannot lock (some network mounts) the profile is still opened,
    /// and [`ProfileLock::is_unsupported`] says so, for the caller to warn.
    pub fn acquire(dir: &Path) -> Result<ProfileLock, LockError> {
        let path = dir.join(LOCK_FILE);
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(&path).map_err(LockError::Io)?;
        let unsupported = match file.try_lock() {
            Ok(()) => false,
            Err(TryLockError::WouldBlock) => return Err(LockError::Held),
            Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => true,
            Err(TryLockError::Error(e)) => return Err(LockError::Io(e)),
        };
        let dir_lock = if unsupported { None } else { lock_dir(dir)? };
        Ok(ProfileLock {
            _file: file,
            _dir: dir_lock,
            path,
            unsupported,
        })
    }

    /// The lock could not be taken because the filesystem does not support it.
    pub fn is_unsupported(&self) -> bool {
        self.unsupported
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Locks the folder's own descriptor. `None` where folders cannot be opened as files or
/// locked (not unix, some network mounts): the lock file alone then guards the profile.
fn lock_dir(dir: &Path) -> Result<Option<File>, LockError> {
    #[cfg(unix)]
    {
        let Ok(handle) = File::open(dir) else {
            return Ok(None);
        };
        match handle.try_lock() {
            Ok(()) => Ok(Some(handle)),
            Err(TryLockError::WouldBlock) => Err(LockError::Held),
            Err(TryLockError::Error(_)) => Ok(None),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_acquire_in_the_same_process_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let first = ProfileLock::acquire(dir.path()).unwrap();
        assert!(!first.is_unsupported());
        assert!(matches!(
            ProfileLock::acquire(dir.path()),
            Err(LockError::Held)
        ));
        drop(first);
        ProfileLock::acquire(dir.path()).expect("released on drop");
    }

    #[cfg(unix)]
    #[test]
    fn deleting_the_lock_file_does_not_free_the_profile() {
        let dir = tempfile::tempdir().unwrap();
        let first = ProfileLock::acquire(dir.path()).unwrap();
        std::fs::remove_file(first.path()).unwrap();
        assert!(matches!(
            ProfileLock::acquire(dir.path()),
            Err(LockError::Held)
        ));
        drop(first);
        ProfileLock::acquire(dir.path()).expect("released on drop");
    }

    #[test]
    fn two_plain_opens_conflict() {
        // The property the profile relies on: locks are per open file, not per process.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.lock");
        let a = File::create(&path).unwrap();
        let b = File::open(&path).unwrap();
        a.try_lock().unwrap();
        assert!(matches!(b.try_lock(), Err(TryLockError::WouldBlock)));
    }

    #[test]
    fn missing_dir_is_an_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("nope");
        match ProfileLock::acquire(&gone) {
            Err(LockError::Io(e)) => assert_eq!(e.kind(), io::ErrorKind::NotFound),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[cfg(unix)]
    #[test]
    fn lock_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let lock = ProfileLock::acquire(dir.path()).unwrap();
        let mode = std::fs::metadata(lock.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
