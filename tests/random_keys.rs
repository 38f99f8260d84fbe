//! Random key sequences through the whole app in-process: keys become actions as in the
//! terminal (`action_for_event`), `update` and the runtime's `perform` run, and every frame
//! is drawn into a TestBackend, at 20 terminal sizes from 1x1 to 250x70. Nothing may panic.
//!
//! `cargo test` runs a small count. `ICP_TUI_RANDOM_KEYS=10000` (scripts/fuzz-keys.sh) runs
//! more; `ICP_TUI_RANDOM_SEED` starts from another seed, and with `ICP_TUI_RANDOM_SIZE=WxH`
//! and a count of 1 it replays one sequence. The figures are in docs/robustness.md.

mod common;

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use common::*;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use icp_tui::app::action::{Action, Command};
use icp_tui::app::run::{Store, perform};
use icp_tui::app::state::{Entry, State};
use icp_tui::app::update::{start, update};
use icp_tui::app::{action_for_event, view};
use icp_tui::i18n::{Lang, Localizer};
use icp_tui::model::Application;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZES: [(u16, u16); 20] = [
    (1, 1),
    (10, 5),
    (20, 10),
    (30, 8),
    (40, 12),
    (40, 24),
    (50, 15),
    (60, 20),
    (70, 22),
    (79, 23),
    (80, 24),
    (81, 25),
    (90, 30),
    (100, 32),
    (120, 40),
    (139, 29),
    (140, 30),
    (160, 45),
    (200, 60),
    (250, 70),
];

/// Keys per sequence.
const LENGTH: usize = 120;

/// A small, fixed pseudo-random generator: the same seed gives the same keys.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const TYPED: &[char] = &[
    'a', 'g', 'd', 'n', 'q', 'r', 'y', 'Z', '0', '4', '9', '-', '.', '/', '~', ' ', '?', ':', '张',
    '三', '广', '东', '号', '【', '】', '，', 'é', '\u{301}',
];

fn random_event(rng: &mut XorShift) -> Event {
    let plain = |code| Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let ctrl = |c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    match rng.below(20) {
        0..=7 => plain(KeyCode::Char(TYPED[rng.below(TYPED.len())])),
        8 => plain(KeyCode::Enter),
        9 => plain(KeyCode::Esc),
        10 => plain([KeyCode::Tab, KeyCode::BackTab][rng.below(2)]),
        11 => plain([KeyCode::Up, KeyCode::Down, KeyCode::Left, KeyCode::Right][rng.below(4)]),
        12 => plain(
            [
                KeyCode::PageUp,
                KeyCode::PageDown,
                KeyCode::Home,
                KeyCode::End,
            ][rng.below(4)],
        ),
        13 => plain([KeyCode::Backspace, KeyCode::Delete][rng.below(2)]),
        14 => plain(KeyCode::F([1, 2][rng.below(2)])),
        15 | 16 => ctrl(['n', 'p', 'w', 'u', 'a', 'e'][rng.below(6)]),
        17 => Event::Paste(
            ["scans/id.jpg", "2026-11-24", "京ICP备2026012345号", "\n\t"][rng.below(4)].to_string(),
        ),
        // Ctrl+C quits; the sequence goes on in a fresh session.
        18 => ctrl('c'),
        _ => Event::Resize(80, 24),
    }
}

/// The profile in memory: saves are kept so the list and reloads see them.
#[derive(Default)]
struct Memory {
    apps: BTreeMap<String, Application>,
}

impl Store for Memory {
    fn list(&self) -> Vec<Entry> {
        self.apps
            .iter()
            .rev()
            .map(|(id, app)| entry(id, app.clone()))
            .chain([unreadable("20261101-003")])
            .collect()
    }
    fn save(&mut self, id: &str, app: &Application) -> Result<(), String> {
        self.apps.insert(id.to_string(), app.clone());
        Ok(())
    }
    fn delete(&mut self, id: &str) -> Result<(), String> {
        self.apps.remove(id);
        Ok(())
    }
    fn save_settings(&mut self, _: Option<Lang>, _: Option<&str>) -> Result<(), String> {
        Ok(())
    }
}

fn session(store: &mut Memory, lang: Lang, read_only: bool) -> State {
    let mut state = State::new(lang, store.list(), read_only);
    state.working_dir = Some("/home/z/filing".into());
    let effects = start(&mut state, None, &now());
    perform(&mut state, store, effects);
    state
}

/// One sequence: keys, updates and a frame after each, at one size.
fn sequence(seed: u64, (width, height): (u16, u16)) {
    let mut rng = XorShift(seed | 1);
    let lang = Lang::ALL[rng.below(Lang::ALL.len())];
    let read_only = rng.below(8) == 0;
    let mut store = Memory::default();
    let mut state = session(&mut store, lang, read_only);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut tr = Localizer::new(lang);
    for _ in 0..LENGTH {
        let event = random_event(&mut rng);
        // The countdown's second passes now and then.
        let action = if rng.below(30) == 0 {
            Some(Action::Tick)
        } else {
            action_for_event(&state, &event)
        };
        if let Some(action) = action {
            let effects = update(&mut state, action, &now());
            perform(&mut state, &mut store, effects);
        }
        if tr.lang() != state.lang {
            tr = Localizer::new(state.lang);
        }
        terminal
            .draw(|frame| view::draw(frame, &state, &tr))
            .unwrap();
        if state.quit {
            state = session(&mut store, state.lang, read_only);
        }
    }
    // Quitting at the end writes whatever is pending, as Ctrl+C and signals do.
    let effects = update(&mut state, Command::Quit.into(), &now());
    perform(&mut state, &mut store, effects);
}

fn replay_size() -> Option<(u16, u16)> {
    let text = std::env::var("ICP_TUI_RANDOM_SIZE").ok()?;
    let (w, h) = text.split_once('x')?;
    Some((w.parse().ok()?, h.parse().ok()?))
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn random_keys_at_twenty_sizes_never_panic() {
    let count = env_number("ICP_TUI_RANDOM_KEYS", 20);
    let first_seed = env_number("ICP_TUI_RANDOM_SEED", 0x1C9_7E1);
    // The panic hook would print every panic; one line per failing seed says enough.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut failed = Vec::new();
    for i in 0..count {
        let seed = first_seed.wrapping_add(i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let size = replay_size().unwrap_or(SIZES[(i % SIZES.len() as u64) as usize]);
        if catch_unwind(AssertUnwindSafe(|| sequence(seed, size))).is_err() {
            failed.push((seed, size));
        }
    }
    std::panic::set_hook(hook);
    println!(
        "random keys: {count} sequences of {LENGTH} keys at {} sizes, {} panicked",
        SIZES.len(),
        failed.len()
    );
    assert!(
        failed.is_empty(),
        "sequences that panicked (seed, size): {failed:?}; replay one with \
         ICP_TUI_RANDOM_KEYS=1 ICP_TUI_RANDOM_SEED=<seed> ICP_TUI_RANDOM_SIZE=<w>x<h>"
    );
}
