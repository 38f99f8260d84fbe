//! Reading a file the user names: only a regular file (a FIFO or a device would block or
//! never end), of a sane size, as UTF-8 — a bad byte is reported with its line and column.

use std::io::Read;
use std::path::Path;

/// Larger files are refused: an application or override file is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Why a file could not be read as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The system's reason (not found, permission denied, …).
    Io(String),
    /// A folder, FIFO, socket or device.
    NotAFile,
    TooLarge {
        bytes: u64,
    },
    /// Not UTF-8: the first bad byte, 1-based.
    NotUtf8 {
        line: usize,
        column: usize,
    },
}

impl ReadError {
    /// The line the problem is on, when there is one.
    pub fn line(&self) -> Option<usize> {
        match self {
            ReadError::NotUtf8 { line, .. } => Some(*line),
            _ => None,
        }
    }
}

/// The text of the regular file at `path` (symbolic links followed).
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    decode(read_bytes(path)?)
}

/// The bytes of the regular file at `path`, within the size limit (a spreadsheet is read
/// this way: it need not be UTF-8).
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, ReadError> {
    // Looked at before opening: opening a FIFO for reading waits for a writer.
    check_metadata(&std::fs::metadata(path).map_err(io)?)?;
    let file = std::fs::File::open(path).map_err(io)?;
    // And again on what was opened, in case the path changed in between.
    let opened = file.metadata().map_err(io)?;
    check_metadata(&opened)?;
    // Sized from the file: `take` hides the size from `read_to_end`, which would otherwise
    // start small and read a 4 KB file in nine calls.
    let mut bytes = Vec::with_capacity(opened.len() as usize + 1);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

fn check_metadata(m: &std::fs::Metadata) -> Result<(), ReadError> {
    if !m.is_file() {
        return Err(ReadError::NotAFile);
    }
    if m.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: m.len() });
    }
    Ok(())
}

fn io(e: std::io::Error) -> ReadError {
    ReadError::Io(e.to_string())
}

/// UTF-8 text, or where the first invalid byte is (lines and columns count characters).
pub fn decode(bytes: Vec<u8>) -> Result<String, ReadError> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let before = String::from_utf8_lossy(&e.as_bytes()[..valid]);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        ReadError::NotUtf8 { line, column }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invalid_byte_is_located_by_line_and_column() {
        let bytes = b"format = \"icp-tui/application\"\nname = \"\xe5\xbc\xa0\xff\"\n".to_vec();
        assert_eq!(
            decode(bytes),
            Err(ReadError::NotUtf8 {
                line: 2,
                column: 10
            })
        );
        assert_eq!(decode(b"\xff".to_vec()).unwrap_err().line(), Some(1));
        assert_eq!(decode("张三\n".as_bytes().to_vec()).unwrap(), "张三\n");
    }

    #[test]
    fn only_regular_files_are_read() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_text(dir.path()), Err(ReadError::NotAFile));
        let file = dir.path().join("a.toml");
        std::fs::write(&file, "x = 1\n").unwrap();
        assert_eq!(read_text(&file).unwrap(), "x = 1\n");
        assert!(matches!(
            read_text(&dir.path().join("missing.toml")),
            Err(ReadError::Io(_))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_without_reading_it() {
        // /dev/zero never ends; reading it would hang or exhaust memory.
        assert_eq!(read_text(Path::new("/dev/zero")), Err(ReadError::NotAFile));
    }

    #[test]
    fn a_file_above_the_limit_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("big.toml");
        let f = std::fs::File::create(&file).unwrap();
        f.set_len(MAX_FILE_BYTES + 1).unwrap();
        assert_eq!(
            read_text(&file),
            Err(ReadError::TooLarge {
                bytes: MAX_FILE_BYTES + 1
            })
        );
    }
}
