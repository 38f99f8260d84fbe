//! The list's first frame and the return to it, by number of filings: `scripts/bench-list.sh`
//! runs it. `cargo run --release --example bench_list -- 10 10000`
//!
//! For each N, a temporary profile holds N copies of `tests/data/valid_enterprise.toml`
//! (title and domain varied; writing them is not timed). Then, RUNS times, in this process:
//!
//! - **first frame**: what `icp-tui` does from opening the profile to its first frame —
//!   `Profile::open_leaving_files` (lock, the folders' permissions; the files' permissions
//!   are the reader's, and `applications/`'s leftovers of interrupted saves are removed
//!   after the frame), the runtime's `begin` (the profile's store, the reader started on its
//!   own thread) and one frame drawn at 80x24 (a TestBackend: the terminal's own time is the
//!   start-up script's);
//! - **notice**: until the reader's first batch, which carries the profile's notice (the
//!   profile's `applications/` is made 0755 for it), is folded in;
//! - **all read**: until the reader's last batch is folded in (the list complete);
//! - **back to the list**: Enter on the selected filing, then Esc: the first frame after Esc,
//!   and until the list's fresh look at the folder is complete (unchanged files are not read);
//! - **new day**: a tick a day later (midnight in China passed): its frame, and until the
//!   day's read has made every summary again;
//! - **before** (for comparison): `Profile::open` (every file's permissions looked at),
//!   every file read and summarized on the UI thread, then the frame — what icp-tui did
//!   before the reader; and a tick a day later, which summarized every file again on the
//!   UI thread before its frame.
//!
//! Prints medians in milliseconds. The rules and messages are loaded once, outside the timing
//! (the start-up script measures them).

use std::sync::Arc;
use std::time::Instant as Clock;

use icp_tui::app::action::{Action, Command};
use icp_tui::app::resume::Resume;
use icp_tui::app::run::{Store, begin, now, perform};
use icp_tui::app::state::State;
use icp_tui::app::update::{start, update};
use icp_tui::app::view;
use icp_tui::cli::tui::ProfileStore;
use icp_tui::i18n::{Lang, Localizer};
use icp_tui::model::Application;
use icp_tui::profile::{Mode, Profile};
use icp_tui::rules::Rules;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const ENTERPRISE: &str = include_str!("../tests/data/valid_enterprise.toml");
/// Runs per figure; `BENCH_RUNS` changes it.
const RUNS: usize = 7;
/// The columns after the number of filings.
const FIGURES: usize = 10;

fn main() {
    let counts: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("numbers of filings, such as 10 10000"))
        .collect();
    let counts = if counts.is_empty() {
        vec![10, 10_000]
    } else {
        counts
    };
    let tr = Localizer::new(Lang::EnUs);
    let rules = Arc::new(Rules::builtin().clone());
    println!(
        "| filings | first frame | notice | all read | back: first frame | back: all read \
         | new day: frame | new day: all made | before: first frame | before: new day frame \
         | a key: frame |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for n in counts {
        let dir = profile_of(n);
        let mut figures = vec![Vec::new(); FIGURES];
        let runs = std::env::var("BENCH_RUNS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(RUNS);
        for _ in 0..runs {
            for (i, ms) in measure(&dir, &tr, &rules).into_iter().enumerate() {
                figures[i].push(ms);
            }
        }
        let cells: Vec<String> = figures
            .iter_mut()
            .map(|f| format!("{:.1} ms", median(f)))
            .collect();
        println!("| {n} | {} |", cells.join(" | "));
    }
}

fn profile_of(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let profile = Profile::open(dir.path().join("p"), Mode::ReadWrite).expect("a profile");
    let base = Application::from_toml_str(ENTERPRISE).expect("the test data parses");
    for i in 0..n {
        let mut app = base.clone();
        app.meta.title = Some(format!("Client {i:05}"));
        app.websites[0].domain = Some(format!("client{i:05}.cn"));
        profile
            .save(&format!("20261120-{i:05}"), &app)
            .expect("a file written");
    }
    // A folder others may enter (as after a `cp -r`): the notice the reader tells.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let apps = dir.path().join("p/applications");
        std::fs::set_permissions(apps, std::fs::Permissions::from_mode(0o755))
            .expect("permissions set");
    }
    dir
}

/// The profile as `icp-tui` opens it now (the files' permissions left to the reader), or,
/// for "before", as it did (every file's permissions looked at first).
fn store(dir: &tempfile::TempDir, now_as_icp_tui: bool) -> ProfileStore {
    let open = match now_as_icp_tui {
        true => Profile::open_leaving_files,
        false => Profile::open,
    };
    let profile = open(dir.path().join("p"), Mode::ReadWrite).expect("the profile");
    let settings = profile.settings().expect("settings");
    ProfileStore::new(profile, settings, icp_tui::i18n::Lang::EnUs)
}

fn draw(state: &State, tr: &Localizer) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a test terminal");
    terminal
        .draw(|frame| view::draw(frame, state, tr))
        .expect("drawn");
}

fn ms(since: Clock) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

/// [first frame, notice, all read, back: first frame, back: all read, new day: frame,
/// new day: all made, before: first frame, before: new day frame, a key: frame].
fn measure(dir: &tempfile::TempDir, tr: &Localizer, rules: &Arc<Rules>) -> [f64; FIGURES] {
    // From opening the profile (its lock, leftovers, the folders' permissions) on.
    let started = Clock::now();
    let mut store = store(dir, true);
    let (mut state, lists) = begin(
        &mut store,
        Lang::EnUs,
        rules.clone(),
        false,
        &Resume::default(),
    );
    draw(&state, tr);
    let first = ms(started);
    store.after_first_frame();
    // The profile's `applications/` is 0755: the reader's first batch carries the notice.
    while state.flash.is_none() && state.reading.is_some() {
        match lists.next() {
            Some(mut batch) => {
                store.adopt(&mut batch, None);
                let effects = update(&mut state, Action::ListRead(Box::new(batch)), &now());
                perform(&mut state, &mut store, effects);
            }
            None => std::thread::sleep(std::time::Duration::from_micros(200)),
        }
    }
    let notice = ms(started);
    assert!(state.flash.is_some(), "the loose folder's notice was told");
    lists.finish(&mut state, &mut store);
    let all = ms(started);

    let effects = update(&mut state, Action::Command(Command::Confirm), &now());
    perform(&mut state, &mut store, effects);
    let back = Clock::now();
    let mut effects = update(&mut state, Action::Command(Command::Back), &now());
    lists.take_reload(&mut state, &mut store, &mut effects);
    perform(&mut state, &mut store, effects);
    draw(&state, tr);
    let back_first = ms(back);
    lists.finish(&mut state, &mut store);
    let back_all = ms(back);

    // Midnight in China: the tick of the next day, its frame, and until every row is made
    // again (the reader summarizes with the real clock: the same work).
    let tomorrow = tomorrow();
    let day = Clock::now();
    let mut effects = update(&mut state, Action::Tick, &tomorrow);
    lists.take_reload(&mut state, &mut store, &mut effects);
    perform(&mut state, &mut store, effects);
    draw(&state, tr);
    let day_first = ms(day);
    lists.finish(&mut state, &mut store);
    let day_all = ms(day);

    // One key on the read list (↓): its update and its frame.
    let key = Clock::now();
    let effects = update(&mut state, Action::Command(Command::Down), &tomorrow);
    perform(&mut state, &mut store, effects);
    draw(&state, tr);
    let key_frame = ms(key);
    drop(store);

    let started = Clock::now();
    let store = self::store(dir, false);
    let mut before = State::with_rules(Lang::EnUs, store.list(), false, rules.clone());
    start(&mut before, None, &now());
    draw(&before, tr);
    let before_first = ms(started);
    // Before the reader made them, the new day's summaries were made on this thread.
    let day = Clock::now();
    update(&mut before, Action::Tick, &tomorrow);
    draw(&before, tr);
    let before_day = ms(day);
    [
        first,
        notice,
        all,
        back_first,
        back_all,
        day_first,
        day_all,
        before_first,
        before_day,
        key_frame,
    ]
}

/// This moment a day later.
fn tomorrow() -> icp_tui::model::Instant {
    let now = now();
    icp_tui::model::Instant::new(
        now.timestamp + jiff::SignedDuration::from_hours(24),
        now.offset,
    )
}

fn median(figures: &mut [f64]) -> f64 {
    figures.sort_by(f64::total_cmp);
    figures[figures.len() / 2]
}
