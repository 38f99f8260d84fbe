//! Replacing a file so that a reader sees either the old bytes or the new ones, never a mix.
//!
//! The new content goes to a private temporary file in the same folder, is flushed to disk,
//! then renamed over the target; finally the folder itself is synced so the rename survives a
//! power cut. Any failure before the rename drops the temporary file and leaves the target alone.
//! A symbolic link is written through: its target is replaced, in the target's folder, and
//! the link stays a link.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::{Builder, NamedTempFile};

/// Writes `bytes` to `path` atomically, as a file only its owner can read (0600 on unix).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |file| file.write_all(bytes))
}

/// Like [`write_atomic`], but never replaces an existing file: fails with `AlreadyExists`.
pub fn write_new_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_new_unsynced_folder(path, bytes)?;
    sync_parent(path)
}

/// [`write_new_atomic`] without the folder's sync: the data is on disk before the rename,
/// so after a power cut the name holds all of it or is not there. A batch of new files
/// calls [`sync_folder`] once after the last (the import).
pub fn write_new_unsynced_folder(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = filled_temp_file(path, |file| file.write_all(bytes))?;
    temp.persist_noclobber(path).map(drop).map_err(|e| e.error)
}

/// Makes every rename into `dir` so far durable (unix: fsync the folder).
pub fn sync_folder(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
    Ok(())
}

/// The general form: `body` fills the temporary file. If `body` (or anything after it)
/// fails before the rename, `path` is untouched and the temporary file is removed.
/// Tests use it to inject a failure halfway through a write.
pub fn write_atomic_with<F>(path: &Path, body: F) -> io::Result<()>
where
    F: FnOnce(&mut File) -> io::Result<()>,
{
    let path = &through_links(path)?;
    let temp = filled_temp_file(path, body)?;
    temp.persist(path).map_err(|e| e.error)?;
    sync_parent(path)
}

/// The file a chain of symbolic links at `path` ends at (`path` itself when it is no link).
/// The last target need not exist yet.
fn through_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    // Linux gives up after 40 links; so does this.
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = parent_of(&current).join(target);
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(format!(
        "{}: too many levels of symbolic links",
        path.display()
    )))
}

const TEMP_PREFIX: &str = ".icp-tui-";
const TEMP_SUFFIX: &str = ".tmp";

/// Removes the temporary files an interrupted save left in `dir` (only icp-tui's own:
/// `.icp-tui-*.tmp`, regular files). Call it only while holding the profile's lock, so no
/// save of another icp-tui is under way. Returns how many were removed.
pub fn remove_leftovers(dir: &Path) -> io::Result<usize> {
    let mut removed = 0;
    for item in fs::read_dir(dir)? {
        let item = item?;
        let name = item.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with(TEMP_PREFIX)
            && name.ends_with(TEMP_SUFFIX)
            && item.file_type()?.is_file()
        {
            fs::remove_file(item.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

fn filled_temp_file<F>(path: &Path, body: F) -> io::Result<NamedTempFile>
where
    F: FnOnce(&mut File) -> io::Result<()>,
{
    let folder = parent_of(path);
    let mut builder = Builder::new();
    // A leading dot and no `.toml` suffix: a left-over temp file is never listed as an application.
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o600));
    }
    let mut temp = builder.tempfile_in(folder)?;
    body(temp.as_file_mut())?;
    temp.as_file().sync_all()?;
    Ok(temp)
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Makes the rename itself durable (unix: fsync the directory entry).
fn sync_parent(path: &Path) -> io::Result<()> {
    sync_folder(parent_of(path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(names_in(dir.path()), ["a.toml"]);
    }

    #[test]
    fn failure_midway_keeps_the_old_file_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        write_atomic(&path, b"old content").unwrap();
        let result = write_atomic_with(&path, |file| {
            file.write_all(b"half of the new")?;
            Err(io::Error::other("disk full"))
        });
        assert_eq!(result.unwrap_err().to_string(), "disk full");
        assert_eq!(fs::read(&path).unwrap(), b"old content");
        assert_eq!(names_in(dir.path()), ["a.toml"]);
    }

    #[test]
    fn new_file_does_not_clobber() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        write_new_atomic(&path, b"first").unwrap();
        let err = write_new_atomic(&path, b"second").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"first");
        assert_eq!(names_in(dir.path()), ["a.toml"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_written_through_to_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("elsewhere");
        fs::create_dir(&elsewhere).unwrap();
        let target = elsewhere.join("real.toml");
        fs::write(&target, b"old").unwrap();
        let link = dir.path().join("a.toml");
        std::os::unix::fs::symlink("elsewhere/real.toml", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&target).unwrap(), b"new");
        assert_eq!(names_in(dir.path()), ["a.toml", "elsewhere"]);
        assert_eq!(names_in(&elsewhere), ["real.toml"]);
    }

    #[test]
    fn leftovers_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            ".icp-tui-abc.tmp",
            ".icp-tui-x.tmp",
            "a.toml",
            ".other.tmp",
            "b.tmp",
        ] {
            fs::write(dir.path().join(name), b"x").unwrap();
        }
        fs::create_dir(dir.path().join(".icp-tui-dir.tmp")).unwrap();
        assert_eq!(remove_leftovers(dir.path()).unwrap(), 2);
        assert_eq!(
            names_in(dir.path()),
            [".icp-tui-dir.tmp", ".other.tmp", "a.toml", "b.tmp"]
        );
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        fs::write(&path, b"loose").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        write_atomic(&path, b"tight").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
