//! Replacing a file so that a reader sees either the old bytes or the new ones, never a mix.
//!
//! The new content goes to a private temporary file in the same folder, is flushed to disk,
//! then renamed over the target; finally the folder itself is synced so the rename survives a
//! power cut. Any failure before the rename drops the temporary file and leaves the target alone.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

use tempfile::{Builder, NamedTempFile};

/// Writes `bytes` to `path` atomically, as a file only its owner can read (0600 on unix).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |file| file.write_all(bytes))
}

/// Like [`write_atomic`], but never replaces an existing file: fails with `AlreadyExists`.
pub fn write_new_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = filled_temp_file(path, |file| file.write_all(bytes))?;
    temp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_parent(path)
}

/// The general form: `body` fills the temporary file. If `body` (or anything after it)
/// fails before the rename, `path` is untouched and the temporary file is removed.
/// Tests use it to inject a failure halfway through a write.
pub fn write_atomic_with<F>(path: &Path, body: F) -> io::Result<()>
where
    F: FnOnce(&mut File) -> io::Result<()>,
{
    let temp = filled_temp_file(path, body)?;
    temp.persist(path).map_err(|e| e.error)?;
    sync_parent(path)
}

fn filled_temp_file<F>(path: &Path, body: F) -> io::Result<NamedTempFile>
where
    F: FnOnce(&mut File) -> io::Result<()>,
{
    let folder = parent_of(path);
    let mut builder = Builder::new();
    // A leading dot and no `.toml` suffix: a left-over temp file is never listed as an application.
    builder.prefix(".icp-tui-").suffix(".tmp");
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
    #[cfg(unix)]
    {
        File::open(parent_of(path))?.sync_all()?;
    }
    #[cfg(not(unix))]
    {
        let _ = path;
    }
    Ok(())
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
