//! What can go wrong with a profile, as codes the UI localizes.
//!
//! `Display` is for logs and developers; the CLI and TUI build their message from
//! [`ProfileErrorKind::code`], the path and the io reason.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::model::ParseError;

#[derive(Debug)]
pub struct ProfileError {
    pub kind: ProfileErrorKind,
    /// The file or directory concerned.
    pub path: PathBuf,
    /// The operating system's reason, when there is one.
    pub source: Option<io::Error>,
}

#[derive(Debug)]
pub enum ProfileErrorKind {
    /// The profile directory (or `applications/`) could not be created.
    CannotCreate,
    /// The path exists but is not a directory.
    NotADirectory,
    /// Read-only mode and the profile directory does not exist; or no such application.
    Missing,
    /// The profile directory cannot be written (permissions, read-only filesystem).
    NotWritable,
    /// Another icp-tui holds the profile's lock.
    Locked,
    /// The profile was opened read-only and a write was asked for.
    ReadOnly,
    /// An application id that cannot name a file in the profile.
    InvalidId,
    /// The file cannot be read as an application (or as settings): it is left as it is,
    /// and icp-tui refuses to write over or delete it.
    Unreadable(Box<LoadError>),
    /// Any other read or write failure.
    Io,
}

impl ProfileErrorKind {
    /// A stable code, for Fluent message ids and `--json`.
    pub fn code(&self) -> &'static str {
        match self {
            ProfileErrorKind::CannotCreate => "cannot_create",
            ProfileErrorKind::NotADirectory => "not_a_directory",
            ProfileErrorKind::Missing => "missing",
            ProfileErrorKind::NotWritable => "not_writable",
            ProfileErrorKind::Locked => "locked",
            ProfileErrorKind::ReadOnly => "read_only",
            ProfileErrorKind::InvalidId => "invalid_id",
            ProfileErrorKind::Unreadable(_) => "unreadable",
            ProfileErrorKind::Io => "io",
        }
    }
}

impl ProfileError {
    pub(crate) fn new(kind: ProfileErrorKind, path: &Path) -> Self {
        ProfileError {
            kind,
            path: path.to_path_buf(),
            source: None,
        }
    }

    pub(crate) fn io(kind: ProfileErrorKind, path: &Path, source: io::Error) -> Self {
        ProfileError {
            kind,
            path: path.to_path_buf(),
            source: Some(source),
        }
    }

    /// Sorts a failed write into "cannot write here" or a plain io failure.
    pub(crate) fn write_failed(path: &Path, source: io::Error) -> Self {
        let kind = if is_not_writable(&source) {
            ProfileErrorKind::NotWritable
        } else {
            ProfileErrorKind::Io
        };
        ProfileError::io(kind, path, source)
    }

    pub(crate) fn unreadable(error: LoadError) -> Self {
        let path = error.path.clone();
        ProfileError {
            kind: ProfileErrorKind::Unreadable(Box::new(error)),
            path,
            source: None,
        }
    }
}

pub(crate) fn is_not_writable(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.code(), self.path.display())?;
        if let ProfileErrorKind::Unreadable(load) = &self.kind {
            write!(f, ": {}", load.reason)?;
        }
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ProfileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Why one file of the profile could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub path: PathBuf,
    pub reason: LoadErrorReason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadErrorReason {
    /// The file could not be read (permissions, not UTF-8, …): the io error kind and text.
    Io {
        kind: io::ErrorKind,
        message: String,
    },
    /// The file was read but is not a valid application: line, field and kind.
    Parse(ParseError),
    /// The file is larger than icp-tui reads (`limit`, bytes); it was not read.
    TooLarge { bytes: u64, limit: u64 },
}

impl fmt::Display for LoadErrorReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadErrorReason::Io { message, .. } => f.write_str(message),
            LoadErrorReason::Parse(e) => write!(f, "{e}"),
            LoadErrorReason::TooLarge { bytes, limit } => {
                write!(f, "{bytes} bytes, more than the {limit} icp-tui reads")
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for LoadError {}

/// Something the user should know that does not stop the profile from opening.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileWarning {
    /// The filesystem cannot lock files: two icp-tui could write at once.
    LockUnsupported { path: PathBuf },
    /// A profile directory others can read or enter. icp-tui does not change the mode of a
    /// directory it did not create; the files inside are still 0600.
    LoosePermissions { path: PathBuf, mode: u32 },
}

/// The shell command that takes group and other access away from every loose path of
/// `warnings` (`chmod go= '…' '…'`), or `None` when there is none.
pub fn loose_fix_command(warnings: &[ProfileWarning]) -> Option<String> {
    let paths: Vec<String> = warnings
        .iter()
        .filter_map(|w| match w {
            ProfileWarning::LoosePermissions { path, .. } => Some(shell_quote(path)),
            ProfileWarning::LockUnsupported { .. } => None,
        })
        .collect();
    (!paths.is_empty()).then(|| format!("chmod go= {}", paths.join(" ")))
}

fn shell_quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "'\\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fix_command_names_every_loose_path_quoted() {
        let warnings = [
            ProfileWarning::LoosePermissions {
                path: "/p/applications/a b.toml".into(),
                mode: 0o644,
            },
            ProfileWarning::LockUnsupported {
                path: "/p/profile.lock".into(),
            },
            ProfileWarning::LoosePermissions {
                path: "/p/it's".into(),
                mode: 0o755,
            },
        ];
        assert_eq!(
            loose_fix_command(&warnings).as_deref(),
            Some("chmod go= '/p/applications/a b.toml' '/p/it'\\''s'")
        );
        assert_eq!(loose_fix_command(&warnings[1..2]), None);
    }
}
