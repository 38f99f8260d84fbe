//! The list's first frame and the return to it, by number of filings: `scripts/bench-list.sh`
//! runs it. `cargo run --release --example bench_list -- 10 10000`
//!
//! For each N, a temporary profile holds N copies of `tests/data/valid_enterprise.toml`
//! (title and domain varied; writing them is not timed). Then, RUNS times, in this process:
//!
//! - **first frame**: what `icp-tui` does from opening the profile to its first frame —
//!   `Profile::open` (lock, leftovers, the permissions of every file), the runtime's `begin` (the profile's store, the reader started on its own thread) and one
//!   frame drawn at 80x24 (a TestBackend: the terminal's own time is the start-up script's);
//! - **all read**: until the reader's last batch is folded in (the list complete);
//! - **back to the list**: Enter on the selected filing, then Esc: the first frame after Esc,
//!   and until the list's fresh look at the folder is complete (unchanged files are not read);
//! - **before** (for comparison): every file read and summarized on the UI thread, then the
//!   frame — what icp-tui did before the reader.
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
        "| filings | first frame | all read | back: first frame | back: all read | before: first frame |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: | ---: |");
    for n in counts {
        let dir = profile_of(n);
        let mut figures = vec![Vec::new(); 5];
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

/// [first frame, all read, back: first frame, back: all read, before: first frame].
fn measure(dir: &tempfile::TempDir, tr: &Localizer, rules: &Arc<Rules>) -> [f64; 5] {
    // From opening the profile (its lock, leftovers, permissions of every file) on.
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
    drop(store);

    let started = Clock::now();
    let store = self::store(dir, false);
    let mut before = State::with_rules(Lang::EnUs, store.list(), false, rules.clone());
    start(&mut before, None, &now());
    draw(&before, tr);
    let before_first = ms(started);
    [first, all, back_first, back_all, before_first]
}

fn median(figures: &mut [f64]) -> f64 {
    figures.sort_by(f64::total_cmp);
    figures[figures.len() / 2]
}
