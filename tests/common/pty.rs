//! Runs the real binary in a pseudo-terminal and reads its screen through a terminal emulator.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub struct Session {
    _master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, for escape sequences the screen does not keep.
    raw: Arc<Mutex<Vec<u8>>>,
}

impl Session {
    /// Starts `icp-tui` with `args` in an 80x24 terminal.
    pub fn start(args: &[&str], profile: &Path) -> Session {
        Session::start_with_env(args, profile, &[])
    }

    /// Like `start`, with more environment variables (a `LANG`, a working folder …).
    pub fn start_with_env(args: &[&str], profile: &Path, env: &[(&str, &str)]) -> Session {
        Session::start_program(env!("CARGO_BIN_EXE_icp-tui"), args, profile, env)
    }

    /// Like `start_with_env`, with another program (a shell that runs icp-tui as a job).
    pub fn start_program(
        program: &str,
        args: &[&str],
        profile: &Path,
        env: &[(&str, &str)],
    ) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env("ICP_TUI_PROFILE", profile);
        command.env_remove("LC_ALL");
        command.env_remove("LC_MESSAGES");
        command.env("LANG", "C.UTF-8");
        for (key, value) in env {
            if *key == "CWD" {
                command.cwd(value);
            } else {
                command.env(key, value);
            }
        }
        let child = pty.slave.spawn_command(command).expect("icp-tui starts");
        drop(pty.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(24).unwrap(),
            NonZeroU16::new(80).unwrap(),
            0,
        )));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&screen);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let raw_sink = Arc::clone(&raw);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
                raw_sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().unwrap();
        Session {
            _master: pty.master,
            writer,
            child,
            screen,
            raw,
        }
    }

    /// Everything the program wrote so far.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Whether the terminal emulator is in the alternate screen now.
    pub fn in_alternate_screen(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen()
    }

    /// Whether the terminal echoes typed keys (off in raw mode), if the system says.
    #[cfg(unix)]
    pub fn echo(&self) -> Option<bool> {
        let termios = self._master.get_termios()?;
        Some(
            termios
                .local_flags
                .contains(nix::sys::termios::LocalFlags::ECHO),
        )
    }

    /// Sends a signal (`TERM`, `HUP`, `INT`, `QUIT`) to the program, as `kill` does.
    pub fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("the program runs");
        let status = std::process::Command::new("kill")
            .arg(format!("-{name}"))
            .arg(pid.to_string())
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill -{name} {pid}");
    }

    /// Waits for the process to end and returns its exit code.
    pub fn wait_exit_code(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            thread::sleep(Duration::from_millis(25));
        }
        let _ = self.child.kill();
        panic!(
            "icp-tui did not exit; the screen shows:\n{}",
            self.contents()
        );
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text` (10 s at most; the screen is printed on failure).
    pub fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.contents().contains(text) {
                return;
            }
            thread::sleep(Duration::from_millis(25));
        }
        panic!(
            "the screen never showed {text:?}; it shows:\n{}",
            self.contents()
        );
    }

    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Let the app read keys one batch at a time, as a person types.
        thread::sleep(Duration::from_millis(60));
    }

    /// Waits for the process to end and returns whether it exited successfully.
    pub fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.success();
            }
            thread::sleep(Duration::from_millis(25));
        }
        let _ = self.child.kill();
        panic!(
            "icp-tui did not exit; the screen shows:\n{}",
            self.contents()
        );
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const CTRL_C: &str = "\x03";
pub const CTRL_N: &str = "\x0e";
pub const CTRL_P: &str = "\x10";
pub const TAB: &str = "\t";
pub const DOWN: &str = "\x1b[B";
pub const UP: &str = "\x1b[A";
