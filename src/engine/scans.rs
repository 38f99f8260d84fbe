//! Is a scan attached to a checklist item usable? It must exist, be readable, and be an image
//! or a PDF both by its extension and by its first bytes. The verdict is a pure function of
//! what the file system said (`judge`); asking the file system is the caller's job
//! (`files::scans::probe`), as for app icons.

use std::collections::BTreeMap;
use std::path::Path;

/// What kind of file the first bytes say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Jpeg,
    Png,
    Gif,
    Bmp,
    Webp,
    Tiff,
    Pdf,
}

impl FileKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Jpeg => "jpeg",
            FileKind::Png => "png",
            FileKind::Gif => "gif",
            FileKind::Bmp => "bmp",
            FileKind::Webp => "webp",
            FileKind::Tiff => "tiff",
            FileKind::Pdf => "pdf",
        }
    }

    /// By the first bytes of the file.
    pub fn sniff(head: &[u8]) -> Option<FileKind> {
        let starts = |magic: &[u8]| head.starts_with(magic);
        Some(if starts(&[0xFF, 0xD8, 0xFF]) {
            FileKind::Jpeg
        } else if starts(b"\x89PNG\r\n\x1a\n") {
            FileKind::Png
        } else if starts(b"GIF87a") || starts(b"GIF89a") {
            FileKind::Gif
        } else if starts(b"BM") {
            FileKind::Bmp
        } else if starts(b"RIFF") && head.get(8..12) == Some(b"WEBP") {
            FileKind::Webp
        } else if starts(b"II*\0") || starts(b"MM\0*") {
            FileKind::Tiff
        } else if starts(b"%PDF-") {
            FileKind::Pdf
        } else {
            return None;
        })
    }

    /// By the file name's extension (any case).
    pub fn from_extension(path: &str) -> Option<FileKind> {
        let ext = Path::new(path).extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "jpg" | "jpeg" => FileKind::Jpeg,
            "png" => FileKind::Png,
            "gif" => FileKind::Gif,
            "bmp" => FileKind::Bmp,
            "webp" => FileKind::Webp,
            "tif" | "tiff" => FileKind::Tiff,
            "pdf" => FileKind::Pdf,
            _ => return None,
        })
    }
}

/// What the file system said about a path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Probe {
    pub exists: bool,
    pub is_file: bool,
    /// Opening and reading it worked.
    pub readable: bool,
    pub len: u64,
    /// Its first bytes (up to `HEAD_LEN`).
    pub head: Vec<u8>,
}

pub const HEAD_LEN: usize = 16;

/// The verdict on an attached file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScanVerdict {
    Usable(FileKind),
    /// Usable, but the name says one kind and the content another (`scan.jpg` holding a PNG).
    Renamed {
        named: FileKind,
        actual: FileKind,
    },
    Missing,
    NotAFile,
    Unreadable,
    Empty,
    /// The extension is not one of an image or a PDF.
    WrongExtension,
    /// Named like an image or PDF, but the content is something else.
    NotImageOrPdf,
}

impl ScanVerdict {
    pub fn is_usable(&self) -> bool {
        matches!(self, ScanVerdict::Usable(_) | ScanVerdict::Renamed { .. })
    }

    /// The Fluent id of its description (`documents-file-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            ScanVerdict::Usable(_) => "usable",
            ScanVerdict::Renamed { .. } => "renamed",
            ScanVerdict::Missing => "missing",
            ScanVerdict::NotAFile => "not-a-file",
            ScanVerdict::Unreadable => "unreadable",
            ScanVerdict::Empty => "empty",
            ScanVerdict::WrongExtension => "wrong-extension",
            ScanVerdict::NotImageOrPdf => "not-image-or-pdf",
        }
    }
}

/// Judges a file from its name and what the file system said. Pure.
pub fn judge(path: &str, probe: &Probe) -> ScanVerdict {
    if !probe.exists {
        return ScanVerdict::Missing;
    }
    if !probe.is_file {
        return ScanVerdict::NotAFile;
    }
    if !probe.readable {
        return ScanVerdict::Unreadable;
    }
    let Some(named) = FileKind::from_extension(path) else {
        return ScanVerdict::WrongExtension;
    };
    if probe.len == 0 {
        return ScanVerdict::Empty;
    }
    match FileKind::sniff(&probe.head) {
        None => ScanVerdict::NotImageOrPdf,
        Some(actual) if actual == named => ScanVerdict::Usable(actual),
        Some(actual) => ScanVerdict::Renamed { named, actual },
    }
}

/// Verdicts on attached scans by the path as stored; a path not in it was not checked.
pub type ScanFacts = BTreeMap<String, ScanVerdict>;
