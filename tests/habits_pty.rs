//! Ctrl+Z in a real terminal, with a shell that runs icp-tui as a job (a process stopped
//! outside job control would not stop at all): the terminal is given back, the shell sees the
//! job stopped, `fg` brings the app back with raw mode and a full redraw, and keys work again.

#![cfg(unix)]

mod common;

use std::thread;
use std::time::{Duration, Instant};

use common::pty::{CTRL_C, Session};

const CTRL_Z: &str = "\x1a";

fn wait_until(session: &Session, what: &str, done: impl Fn(&Session) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if done(session) {
            return;
        }
        thread::sleep(Duration::from_millis(25));
    }
    panic!("never {what}; the screen shows:\n{}", session.contents());
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_resumes() {
    let profile = tempfile::tempdir().unwrap();
    let mut session = Session::start_program(
        "bash",
        &["--norc", "--noprofile", "-i"],
        profile.path(),
        &[("PS1", "$ ")],
    );
    session.send(&format!("{} --lang en-US\n", env!("CARGO_BIN_EXE_icp-tui")));
    session.wait_for("Where is the filing made?");
    assert!(session.in_alternate_screen());

    session.send(CTRL_Z);
    wait_until(&session, "back at the shell with the job stopped", |s| {
        !s.in_alternate_screen() && s.contents().contains("Stopped")
    });
    let raw = String::from_utf8_lossy(&session.raw()).to_string();
    assert!(raw.contains("\x1b[?1049l"), "the alternate screen was left");
    assert!(raw.contains("\x1b[?1000l"), "the mouse was given back");

    session.send("fg\n");
    wait_until(&session, "the app drawn again", |s| {
        s.in_alternate_screen() && s.contents().contains("Where is the filing made?")
    });
    // Raw mode again: letters go to the app's search, not the shell's line.
    session.send("gd");
    session.wait_for("Guangdong");

    session.send(CTRL_C);
    wait_until(&session, "back at the shell after quitting", |s| {
        !s.in_alternate_screen()
    });
    session.send("exit\n");
    assert!(session.wait_exit(), "the shell ends cleanly");
}
