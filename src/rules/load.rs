//! The one place that decides which rules are in force, for every command and the TUI: the
//! built-in rules with the user's override file when it exists, with a file named on the
//! command line, or the built-in rules alone.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Rules, RulesError};

/// The override file's name inside the configuration folder (docs/rules.md).
pub const OVERRIDE_FILE: &str = "rules-override.toml";

/// Which rules the user asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum RulesChoice {
    /// The built-in rules, with `rules-override.toml` of the configuration folder if it exists.
    #[default]
    Default,
    /// The built-in rules with this override file (`--rules FILE`); it must exist.
    File(PathBuf),
    /// The built-in rules alone (`--no-rules-override`).
    BuiltinOnly,
}

/// An override that cannot be used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub path: PathBuf,
    pub reason: LoadReason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadReason {
    /// Missing, not a regular file, or unreadable (the system's reason).
    Io(crate::input::ReadError),
    /// Read, but not a valid override.
    Rules(RulesError),
}

/// `rules-override.toml` in the platform's configuration folder.
pub fn default_override_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "icp-tui").map(|d| d.config_dir().join(OVERRIDE_FILE))
}

/// The rules in force for `choice`; `default_path` is where the override lives by default
/// (passed in so tests need no configuration folder). The result says where it came from
/// (`Rules::source`).
pub fn load(choice: &RulesChoice, default_path: Option<&Path>) -> Result<Rules, LoadError> {
    load_shared(choice, default_path).map(Arc::unwrap_or_clone)
}

/// As `load`, shared: without an override this is the built-in rules themselves, not a copy
/// (a copy of every province, provider and document costs the TUI's first frame 0.6 ms).
pub fn load_shared(
    choice: &RulesChoice,
    default_path: Option<&Path>,
) -> Result<Arc<Rules>, LoadError> {
    match override_in_force(choice, default_path) {
        None => Ok(Rules::builtin_shared()),
        Some(path) => read_override(path).map(Arc::new),
    }
}

/// The override file `choice` puts in force, if any; `None` means the built-in rules alone.
pub fn override_in_force<'a>(
    choice: &'a RulesChoice,
    default_path: Option<&'a Path>,
) -> Option<&'a Path> {
    match choice {
        RulesChoice::BuiltinOnly => None,
        RulesChoice::File(path) => Some(path.as_path()),
        // A missing default override is the usual case, not an error; anything else at that
        // path (a folder, a FIFO, an unreadable file) is reported.
        RulesChoice::Default => default_path.filter(|path| path.symlink_metadata().is_ok()),
    }
}

/// The built-in rules with the override file at `path` applied.
pub fn read_override(path: &Path) -> Result<Rules, LoadError> {
    let fail = |reason| LoadError {
        path: path.to_path_buf(),
        reason,
    };
    let text = crate::input::read_text(path).map_err(|e| fail(LoadReason::Io(e)))?;
    Rules::with_override_file(&text, path).map_err(|e| fail(LoadReason::Rules(e)))
}

/// Starts parsing the built-in rules on another core, so that they are ready by the time a
/// command needs them (every command but help, version, completions and man does).
pub fn prepare_builtin() {
    std::thread::spawn(|| {
        Rules::builtin();
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RulesOrigin;

    const OVERRIDE: &str = "format = \"icp-tui/rules-override\"\nversion = 1\n";

    fn dir() -> tempfile::TempDir {
        tempfile::tempdir().unwrap()
    }

    #[test]
    fn without_an_override_file_the_builtin_rules_are_in_force() {
        let d = dir();
        let missing = d.path().join(OVERRIDE_FILE);
        let rules = load(&RulesChoice::Default, Some(&missing)).unwrap();
        assert_eq!(rules.source(), &RulesOrigin::Builtin);
        let rules = load(&RulesChoice::Default, None).unwrap();
        assert_eq!(rules.source(), &RulesOrigin::Builtin);
    }

    #[test]
    fn the_default_override_applies_unless_switched_off() {
        let d = dir();
        let path = d.path().join(OVERRIDE_FILE);
        std::fs::write(&path, OVERRIDE).unwrap();
        let rules = load(&RulesChoice::Default, Some(&path)).unwrap();
        assert_eq!(
            rules.source(),
            &RulesOrigin::Override {
                path: Some(path.clone())
            }
        );
        let rules = load(&RulesChoice::BuiltinOnly, Some(&path)).unwrap();
        assert_eq!(rules.source(), &RulesOrigin::Builtin);
    }

    #[test]
    fn a_named_file_must_exist_and_replaces_the_default() {
        let d = dir();
        let default = d.path().join(OVERRIDE_FILE);
        std::fs::write(&default, "not toml [").unwrap();
        let named = d.path().join("other.toml");
        let e = load(&RulesChoice::File(named.clone()), Some(&default)).unwrap_err();
        assert_eq!(e.path, named);
        assert!(matches!(e.reason, LoadReason::Io(_)), "{e:?}");
        std::fs::write(&named, OVERRIDE).unwrap();
        let rules = load(&RulesChoice::File(named.clone()), Some(&default)).unwrap();
        assert_eq!(rules.source(), &RulesOrigin::Override { path: Some(named) });
    }

    #[test]
    fn a_broken_or_odd_default_override_is_an_error_not_a_silent_builtin() {
        let d = dir();
        let path = d.path().join(OVERRIDE_FILE);
        std::fs::write(&path, "format = 1\n").unwrap();
        let e = load(&RulesChoice::Default, Some(&path)).unwrap_err();
        assert!(matches!(e.reason, LoadReason::Rules(_)), "{e:?}");
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
        let e = load(&RulesChoice::Default, Some(&path)).unwrap_err();
        assert!(matches!(e.reason, LoadReason::Io(_)), "{e:?}");
    }
}
