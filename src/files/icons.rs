//! Looks at the icon files an application names, for the engine's icon checks (the engine
//! never touches the disk; the TUI's runtime and `icp-tui check` call this).

use std::path::Path;

use super::scans::{self, FileKind};
use crate::engine::{IconFact, IconFacts};
use crate::model::Application;

/// What the file system says about one icon path (resolved as a checklist scan's).
pub fn icon_fact(path: &str, home: Option<&Path>) -> IconFact {
    let probe = scans::probe(&scans::resolve(path, home));
    if !probe.exists {
        IconFact::Missing
    } else if !probe.is_file {
        IconFact::NotAFile
    } else if !probe.readable {
        IconFact::Unreadable
    } else {
        let image = FileKind::sniff(&probe.head)
            .filter(|k| *k != FileKind::Pdf)
            .map(FileKind::as_str);
        IconFact::Found {
            len: probe.len,
            image,
        }
    }
}

/// Facts for every icon of the application that `known` does not hold yet.
pub fn refresh(app: &Application, known: &mut IconFacts) -> bool {
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    let mut changed = false;
    for icon in app.apps.iter().filter_map(|a| a.icon.as_deref()) {
        let icon = icon.trim();
        if !icon.is_empty() && !known.contains_key(icon) {
            known.insert(icon.to_string(), icon_fact(icon, home.as_deref()));
            changed = true;
        }
    }
    changed
}

/// Facts for every icon of the application.
pub fn icon_facts(app: &Application) -> IconFacts {
    let mut facts = IconFacts::new();
    refresh(app, &mut facts);
    facts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_from_the_disk() {
        let dir = tempfile::tempdir().unwrap();
        let png = dir.path().join("icon.png");
        std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR....").unwrap();
        let txt = dir.path().join("icon.txt");
        std::fs::write(&txt, b"hello").unwrap();
        let fact = |p: &Path| icon_fact(p.to_str().unwrap(), None);
        assert_eq!(
            fact(&png),
            IconFact::Found {
                len: 20,
                image: Some("png")
            }
        );
        assert_eq!(
            fact(&txt),
            IconFact::Found {
                len: 5,
                image: None
            }
        );
        assert_eq!(fact(&dir.path().join("gone.png")), IconFact::Missing);
        assert_eq!(fact(dir.path()), IconFact::NotAFile);
    }
}
