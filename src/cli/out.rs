//! Writing a command's output: a reader that stops early (`icp-tui check … | head -1`) is the
//! normal end, as in ripgrep; any other write failure (a full disk) is said on stderr.

use std::io::{self, Write};
use std::process::ExitCode;

use crate::i18n::{Localizer, arg_str};

use super::EXIT_INPUT;

/// Writes `text` to stdout and flushes it. `Ok` also when the reader went away.
pub fn stdout(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    closed_is_fine(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

/// A closed pipe ends the output as if it had all been read.
pub fn closed_is_fine(result: io::Result<()>) -> io::Result<()> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// A diagnostic line on stderr; a closed stderr is not worth a panic.
pub fn diag(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

/// `code` after a successful write; exit 2 with a localized message when the output could
/// not be written.
pub fn finish(written: io::Result<()>, code: ExitCode, tr: &Localizer) -> ExitCode {
    match written {
        Ok(()) => code,
        Err(e) => {
            diag(&tr.ta("cli-output-failed", &[("reason", arg_str(&e.to_string()))]));
            ExitCode::from(EXIT_INPUT)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_pipe_is_the_normal_end_and_a_full_disk_is_not() {
        let closed = io::Error::from(io::ErrorKind::BrokenPipe);
        assert!(closed_is_fine(Err(closed)).is_ok());
        let full = io::Error::from(io::ErrorKind::StorageFull);
        assert!(closed_is_fine(Err(full)).is_err());
    }
}
