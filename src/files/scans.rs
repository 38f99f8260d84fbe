//! Is the scan attached to a checklist item usable? It must exist, be readable, and be an
//! image or a PDF both by its extension and by its first bytes.
//!
//! The verdict is a pure function of what the file system said (`engine::scans::judge`). Asking the file
//! system is the caller's job (`probe`, `refresh`; in the TUI, `run::perform`): `update`
//! never touches the disk, it only forgets a verdict when the user changes a path.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

// The verdict itself is the engine's (so `check` and every screen judge a scan alike).
pub use crate::engine::scans::{FileKind, HEAD_LEN, Probe, ScanVerdict as Verdict, judge};

/// Where a path the user typed points: `~/` is the home folder, a relative path is taken
/// from the folder icp-tui was started in.
pub fn resolve(path: &str, home: Option<&Path>) -> PathBuf {
    match (path.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(path),
    }
}

/// The path to store for one the user typed: a relative path is taken from the folder
/// icp-tui was started in, so the saved file works wherever icp-tui starts next. Absolute
/// paths, `~/` paths (the home folder, wherever one starts) and paths typed without a known
/// folder stay as typed; `.` parts are dropped, `..` kept (a symbolic link may sit before it).
pub fn absolute(typed: &str, working_dir: Option<&Path>) -> String {
    let path = Path::new(typed);
    if typed.is_empty() || typed.starts_with("~/") || path.is_absolute() {
        return typed.to_string();
    }
    let Some(base) = working_dir else {
        return typed.to_string();
    };
    let mut joined = base.to_path_buf();
    for part in path.components() {
        if part != std::path::Component::CurDir {
            joined.push(part);
        }
    }
    joined.display().to_string()
}

/// Asks the file system about a path (the runtime's half of the check).
pub fn probe(path: &Path) -> Probe {
    let Ok(meta) = std::fs::metadata(path) else {
        // Not there, or inside a folder we may not look into: either way the path must change.
        return Probe::default();
    };
    let mut probe = Probe {
        exists: true,
        is_file: meta.is_file(),
        len: meta.len(),
        ..Probe::default()
    };
    if !probe.is_file {
        return probe;
    }
    if let Ok(file) = std::fs::File::open(path) {
        let mut head = Vec::with_capacity(HEAD_LEN);
        if file.take(HEAD_LEN as u64).read_to_end(&mut head).is_ok() {
            probe.readable = true;
            probe.head = head;
        }
    }
    probe
}

/// Checks every attached path that has no verdict yet. Called by the runtime after each
/// update, so a newly typed path is judged before the next frame. Returns whether it judged
/// any.
pub fn refresh<'a>(paths: impl IntoIterator<Item = &'a str>, verdicts: &mut Verdicts) -> bool {
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    let mut judged = false;
    for path in paths {
        if !verdicts.contains_key(path) {
            let probe = probe(&resolve(path, home.as_deref()));
            verdicts.insert(path.to_string(), judge(path, &probe));
            judged = true;
        }
    }
    judged
}

/// Verdicts by the path as the user typed it.
pub type Verdicts = BTreeMap<String, Verdict>;

#[cfg(test)]
mod tests {
    use super::*;

    fn found(head: &[u8]) -> Probe {
        Probe {
            exists: true,
            is_file: true,
            readable: true,
            len: head.len() as u64,
            head: head.to_vec(),
        }
    }

    const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F'];
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn images_and_pdfs_whose_names_and_bytes_agree_are_usable() {
        assert_eq!(
            judge("id.JPG", &found(JPEG)),
            Verdict::Usable(FileKind::Jpeg)
        );
        assert_eq!(
            judge("id.jpeg", &found(JPEG)),
            Verdict::Usable(FileKind::Jpeg)
        );
        assert_eq!(
            judge("licence.png", &found(PNG)),
            Verdict::Usable(FileKind::Png)
        );
        assert_eq!(
            judge("a.pdf", &found(b"%PDF-1.7\n")),
            Verdict::Usable(FileKind::Pdf)
        );
        assert_eq!(
            judge("a.webp", &found(b"RIFF\x10\0\0\0WEBPVP8 ")),
            Verdict::Usable(FileKind::Webp)
        );
        assert_eq!(
            judge("a.gif", &found(b"GIF89a..")),
            Verdict::Usable(FileKind::Gif)
        );
        assert_eq!(
            judge("a.tif", &found(b"II*\0....")),
            Verdict::Usable(FileKind::Tiff)
        );
        assert_eq!(
            judge("a.bmp", &found(b"BM......")),
            Verdict::Usable(FileKind::Bmp)
        );
    }

    #[test]
    fn a_png_named_jpg_is_usable_but_said_so() {
        let verdict = judge("scan.jpg", &found(PNG));
        assert_eq!(
            verdict,
            Verdict::Renamed {
                named: FileKind::Jpeg,
                actual: FileKind::Png
            }
        );
        assert!(verdict.is_usable());
    }

    #[test]
    fn problems_are_told_apart_in_the_order_a_user_fixes_them() {
        assert_eq!(judge("a.jpg", &Probe::default()), Verdict::Missing);
        let folder = Probe {
            exists: true,
            ..Probe::default()
        };
        assert_eq!(judge("scans.pdf", &folder), Verdict::NotAFile);
        let locked = Probe {
            exists: true,
            is_file: true,
            len: 10,
            ..Probe::default()
        };
        assert_eq!(judge("a.pdf", &locked), Verdict::Unreadable);
        assert_eq!(
            judge("a.docx", &found(b"PK\x03\x04")),
            Verdict::WrongExtension
        );
        assert_eq!(judge("noext", &found(JPEG)), Verdict::WrongExtension);
        assert_eq!(judge("a.pdf", &found(b"")), Verdict::Empty);
        assert_eq!(
            judge("a.pdf", &found(b"hello world")),
            Verdict::NotImageOrPdf
        );
        assert!(!Verdict::Missing.is_usable());
    }

    #[test]
    fn home_and_relative_paths_resolve() {
        let home = Path::new("/home/z");
        assert_eq!(
            resolve("~/scans/a.jpg", Some(home)),
            home.join("scans/a.jpg")
        );
        assert_eq!(
            resolve("scans/a.jpg", Some(home)),
            PathBuf::from("scans/a.jpg")
        );
        assert_eq!(resolve("~/a.jpg", None), PathBuf::from("~/a.jpg"));
    }

    #[test]
    fn relative_paths_are_stored_from_the_working_folder() {
        let here = Path::new("/home/z/filing");
        assert_eq!(
            absolute("scans/./id.jpg", Some(here)),
            "/home/z/filing/scans/id.jpg"
        );
        assert_eq!(absolute("./id.jpg", Some(here)), "/home/z/filing/id.jpg");
        assert_eq!(
            absolute("../id.jpg", Some(here)),
            "/home/z/filing/../id.jpg"
        );
        // The nearest cases that stay as typed.
        assert_eq!(absolute("/srv/id.jpg", Some(here)), "/srv/id.jpg");
        assert_eq!(absolute("~/id.jpg", Some(here)), "~/id.jpg");
        assert_eq!(absolute("scans/id.jpg", None), "scans/id.jpg");
        assert_eq!(absolute("", Some(here)), "");
    }

    #[test]
    fn probing_real_files() {
        let dir = tempfile::tempdir().unwrap();
        let jpg = dir.path().join("id.jpg");
        std::fs::write(&jpg, JPEG).unwrap();
        let text = dir.path().join("id.pdf");
        std::fs::write(&text, b"not a pdf").unwrap();
        let missing = dir.path().join("gone.png");
        let jpg_s = jpg.display().to_string();
        let text_s = text.display().to_string();
        let dir_s = dir.path().display().to_string();
        assert_eq!(judge(&jpg_s, &probe(&jpg)), Verdict::Usable(FileKind::Jpeg));
        assert_eq!(judge(&text_s, &probe(&text)), Verdict::NotImageOrPdf);
        assert_eq!(
            judge(&missing.display().to_string(), &probe(&missing)),
            Verdict::Missing
        );
        assert_eq!(judge(&dir_s, &probe(dir.path())), Verdict::NotAFile);

        let mut verdicts = Verdicts::new();
        refresh([jpg_s.as_str(), jpg_s.as_str()], &mut verdicts);
        assert_eq!(verdicts.len(), 1);
        assert_eq!(verdicts[&jpg_s], Verdict::Usable(FileKind::Jpeg));
    }

    #[cfg(unix)]
    #[test]
    fn an_unreadable_file_is_said_so() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("id.jpg");
        std::fs::write(&path, JPEG).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
        // Root reads anything; the check is only meaningful for ordinary users.
        if std::fs::read(&path).is_err() {
            assert_eq!(
                judge(&path.display().to_string(), &probe(&path)),
                Verdict::Unreadable
            );
        }
    }
}
