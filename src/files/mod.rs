//! What the disk says about the files an application names: the scans attached to its
//! checklist and its apps' icons. The engine judges these facts and never touches the disk;
//! the CLI, the list and the TUI's runtime gather them here.

pub mod icons;
pub mod scans;

pub use scans::{FileKind, Verdict, Verdicts, absolute, probe, refresh, resolve};

use crate::engine::FileFacts;
use crate::model::Application;

/// The scans attached to the checklist, as typed.
pub fn attached_paths(app: &Application) -> impl Iterator<Item = &str> {
    app.checklist.values().filter_map(|e| e.file.as_deref())
}

/// What the disk says about every file the application names (app icons and attached
/// scans), for the engine.
pub fn file_facts(app: &Application) -> FileFacts {
    let mut facts = FileFacts {
        icons: icons::icon_facts(app),
        ..Default::default()
    };
    refresh(attached_paths(app), &mut facts.scans);
    facts
}
