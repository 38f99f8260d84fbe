//! Markdown documents into a folder, one `<id>.md` a filing (the export of many filings and
//! the TUI's export key). A document of the same filing from an earlier export is replaced.

use std::io;
use std::path::{Path, PathBuf};

/// The folder of the profile the TUI exports into.
pub const EXPORTS_DIR: &str = "exports";

/// Why a document could not be written: the path, and the system's reason.
#[derive(Debug)]
pub struct WriteError {
    pub path: PathBuf,
    pub error: io::Error,
}

/// The file name of filing `id`'s document (an id cannot leave the folder: see
/// `profile::ids::is_valid_id`; anything else is replaced by `_`).
pub fn file_name(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let safe = safe.trim_start_matches('.');
    format!("{}.md", if safe.is_empty() { "filing" } else { safe })
}

/// Makes `dir` (owner-only) when missing, then writes each `(id, text)` atomically as a
/// private file. Stops at the first failure; returns the paths written.
pub fn write(dir: &Path, documents: &[(String, String)]) -> Result<Vec<PathBuf>, WriteError> {
    if !dir.is_dir() {
        crate::profile::create_private_dir(dir).map_err(|error| WriteError {
            path: dir.to_path_buf(),
            error,
        })?;
    }
    let mut written = Vec::new();
    for (id, text) in documents {
        let path = dir.join(file_name(id));
        crate::profile::atomic::write_atomic(&path, text.as_bytes()).map_err(|error| {
            WriteError {
                path: path.clone(),
                error,
            }
        })?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stay_inside_the_folder() {
        assert_eq!(file_name("20261201-001"), "20261201-001.md");
        assert_eq!(file_name("../x"), "_x.md");
        assert_eq!(file_name(".."), "filing.md");
        assert_eq!(file_name("张三"), "张三.md");
    }

    #[test]
    fn documents_go_into_a_new_private_folder_and_replace_older_ones() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("exports");
        let docs = vec![("a".to_string(), "# A\n".to_string())];
        assert_eq!(write(&dir, &docs).unwrap(), [dir.join("a.md")]);
        let docs = vec![("a".to_string(), "# A2\n".to_string())];
        write(&dir, &docs).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("a.md")).unwrap(), "# A2\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&dir).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700);
        }
        let file = root.path().join("file");
        std::fs::write(&file, "x").unwrap();
        assert!(write(&file, &docs).is_err());
    }
}
