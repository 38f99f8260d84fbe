//! Entering and leaving the full-screen terminal, on every path: normal exit, error, panic.

use std::io::{self, BufWriter, Stdout, Write, stdout};
use std::panic;

use crossterm::cursor::Show;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// Frames go out in one write each (a buffered stdout): fewer syscalls, no torn frames.
pub type Tui = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Restores the terminal when dropped, whatever way the scope is left.
pub struct TerminalGuard {
    pub terminal: Tui,
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = self.terminal.backend_mut().flush();
        restore();
    }
}

/// Raw mode, alternate screen, bracketed paste (a pasted name arrives whole), and a panic
/// hook that restores the terminal before the panic message is printed.
pub fn init() -> io::Result<TerminalGuard> {
    install_panic_hook();
    enable_raw_mode()?;
    if let Err(e) = execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste) {
        restore();
        return Err(e);
    }
    match Terminal::new(CrosstermBackend::new(BufWriter::with_capacity(
        1 << 16,
        stdout(),
    ))) {
        Ok(terminal) => Ok(TerminalGuard { terminal }),
        Err(e) => {
            restore();
            Err(e)
        }
    }
}

/// Leaves the alternate screen and raw mode. Safe to call more than once.
pub fn restore() {
    let _ = execute!(stdout(), DisableBracketedPaste, LeaveAlternateScreen, Show);
    let _ = disable_raw_mode();
}

fn install_panic_hook() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
