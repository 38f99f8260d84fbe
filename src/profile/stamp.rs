//! What a file was when icp-tui last read or wrote it, to notice when someone else changed it.

use std::fs::{self, Metadata};
use std::hash::{DefaultHasher, Hasher};
use std::io;
use std::path::Path;
use std::time::SystemTime;

/// Length, modification time and a hash of the bytes. Two stamps name the same content when
/// length and hash agree; the time only spares a read when nothing was touched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    hash: u64,
}

impl Stamp {
    pub fn of(bytes: &[u8], meta: Option<&Metadata>) -> Stamp {
        let mut hasher = DefaultHasher::new();
        hasher.write(bytes);
        Stamp {
            len: bytes.len() as u64,
            modified: meta.and_then(|m| m.modified().ok()),
            hash: hasher.finish(),
        }
    }

    /// Same bytes (the modification time may differ).
    pub fn same_content(&self, other: &Stamp) -> bool {
        self.len == other.len && self.hash == other.hash
    }

    /// Whether the file at `path` still holds what this stamp describes. A missing file has
    /// changed. Reads the file only when its length and time leave a doubt.
    pub fn still_matches(&self, path: &Path) -> io::Result<bool> {
        let meta = match fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(e),
        };
        if meta.len() != self.len {
            return Ok(false);
        }
        if self.modified.is_some() && meta.modified().ok() == self.modified {
            return Ok(true);
        }
        Ok(Stamp::of(&fs::read(path)?, Some(&meta)).same_content(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_bytes_same_content_other_bytes_not() {
        let a = Stamp::of(b"one", None);
        assert!(a.same_content(&Stamp::of(b"one", None)));
        assert!(!a.same_content(&Stamp::of(b"two", None)));
        assert!(!a.same_content(&Stamp::of(b"one ", None)));
    }

    #[test]
    fn a_rewritten_file_no_longer_matches_and_a_touched_one_does() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        fs::write(&path, b"one").unwrap();
        let stamp = Stamp::of(b"one", Some(&fs::metadata(&path).unwrap()));
        assert!(stamp.still_matches(&path).unwrap());
        fs::write(&path, b"two").unwrap();
        assert!(!stamp.still_matches(&path).unwrap());
        fs::write(&path, b"one").unwrap();
        assert!(stamp.still_matches(&path).unwrap(), "same bytes again");
        fs::remove_file(&path).unwrap();
        assert!(!stamp.still_matches(&path).unwrap());
    }
}
