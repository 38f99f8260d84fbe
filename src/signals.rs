//! Signals from outside (SIGTERM, SIGHUP, SIGINT, SIGQUIT) end the interactive app the way
//! Ctrl+C does: the handler only records the signal; the loop sees it within `POLL`, saves
//! what is pending, restores the terminal and exits with 128 + the signal's number.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// How long the loop waits for input before it looks for a signal again.
pub const POLL: Duration = Duration::from_millis(100);

/// The signals that end the app.
#[cfg(unix)]
pub const ENDING: [i32; 4] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGQUIT,
];

/// The last ending signal received (0: none).
#[derive(Clone, Debug, Default)]
pub struct Signals {
    received: Arc<AtomicUsize>,
}

impl Signals {
    /// Installs the handlers (they replace the default "die at once").
    pub fn register() -> io::Result<Signals> {
        let signals = Signals::default();
        #[cfg(unix)]
        for signal in ENDING {
            signal_hook::flag::register_usize(
                signal,
                Arc::clone(&signals.received),
                signal as usize,
            )?;
        }
        Ok(signals)
    }

    /// The signal received, if any.
    pub fn received(&self) -> Option<i32> {
        match self.received.load(Ordering::SeqCst) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
    }

    /// Records a signal as the handler does (tests).
    pub fn raise(&self, signal: i32) {
        self.received
            .store(usize::try_from(signal).unwrap_or(0), Ordering::SeqCst);
    }
}

/// The exit code of a process ended by `signal`, as shells report it.
pub fn exit_code(signal: i32) -> u8 {
    u8::try_from(128 + signal).unwrap_or(u8::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_received_until_raised() {
        let signals = Signals::default();
        assert_eq!(signals.received(), None);
        signals.raise(15);
        assert_eq!(signals.received(), Some(15));
        assert_eq!(exit_code(15), 143);
        assert_eq!(exit_code(1), 129);
    }
}
