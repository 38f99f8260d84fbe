//! Entering and leaving the full-screen terminal, on every path: normal exit, error, panic.

use std::io::{self, BufWriter, Stdout, Write, stdout};
use std::panic;

use crossterm::cursor::Show;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
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

/// Raw mode, alternate screen, bracketed paste (a pasted name arrives whole), the mouse
/// (wheel and clicks; Shift+drag still selects text in most terminals), and a panic hook
/// that restores the terminal before the panic message is printed.
pub fn init() -> io::Result<TerminalGuard> {
    install_panic_hook();
    if let Err(e) = enter() {
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

fn enter() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableMouseCapture
    )
}

/// Leaves the alternate screen and raw mode. Safe to call more than once.
pub fn restore() {
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        Show
    );
    let _ = disable_raw_mode();
}

/// Ctrl+Z: gives the terminal back to the shell, stops the process as the shell's job, and
/// on `fg` takes the terminal again and redraws everything.
pub fn suspend(terminal: &mut Tui) -> io::Result<()> {
    let _ = terminal.backend_mut().flush();
    restore();
    #[cfg(unix)]
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    // Here again after SIGCONT. The screen is cleared and both of ratatui's buffers emptied,
    // so the next frame is drawn whole (`Terminal::clear` would ask the terminal where its
    // cursor is, which not every terminal answers).
    enter()?;
    execute!(stdout(), Clear(ClearType::All))?;
    terminal.swap_buffers();
    terminal.swap_buffers();
    Ok(())
}

fn install_panic_hook() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
