//! Private directories: created 0700; an existing looser one is reported, not changed.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::error::ProfileWarning;

/// Creates `path` and any missing parents as owner-only directories.
///
/// If creation fails partway, the directories this call made are removed again (only if
/// still empty), so a failed open leaves nothing behind.
pub fn create_private_dir(path: &Path) -> io::Result<()> {
    let missing = missing_ancestors(path);
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path).inspect_err(|_| {
        for dir in &missing {
            // Deepest first; `remove_dir` refuses anything non-empty, so nothing is lost.
            let _ = fs::remove_dir(dir);
        }
    })
}

/// `path` and its parents that do not exist yet, deepest first.
fn missing_ancestors(path: &Path) -> Vec<PathBuf> {
    path.ancestors()
        .filter(|p| !p.as_os_str().is_empty())
        .take_while(|p| fs::symlink_metadata(p).is_err())
        .map(Path::to_path_buf)
        .collect()
}

/// A warning when group or others may read, write or enter `path` (unix); none when it
/// does not exist.
pub fn looseness(path: &Path) -> Option<ProfileWarning> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path).ok()?.permissions().mode() & 0o7777;
        (mode & 0o077 != 0).then(|| ProfileWarning::LoosePermissions {
            path: path.to_path_buf(),
            mode,
        })
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn creates_owner_only_dirs_all_the_way_down() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().unwrap();
        let deep = root.path().join("a/b/c");
        create_private_dir(&deep).unwrap();
        for dir in ["a", "a/b", "a/b/c"] {
            let mode = fs::metadata(root.path().join(dir))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o700, "{dir}");
        }
        assert_eq!(looseness(&deep), None);
    }

    #[test]
    fn failure_under_a_file_leaves_nothing() {
        let root = tempfile::tempdir().unwrap();
        fs::write(root.path().join("file"), b"x").unwrap();
        let err = create_private_dir(&root.path().join("file/sub/dir")).unwrap_err();
        assert_ne!(err.kind(), io::ErrorKind::NotFound);
        let names: Vec<_> = fs::read_dir(root.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn reports_a_loose_dir_without_changing_it() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().unwrap();
        fs::set_permissions(root.path(), fs::Permissions::from_mode(0o755)).unwrap();
        create_private_dir(root.path()).unwrap();
        assert_eq!(
            looseness(root.path()),
            Some(ProfileWarning::LoosePermissions {
                path: root.path().to_path_buf(),
                mode: 0o755
            })
        );
        let mode = fs::metadata(root.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o755);
    }
}
