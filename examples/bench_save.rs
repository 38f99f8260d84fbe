//! What one keystroke's save costs, by file size: `scripts/bench-save.sh` runs it.
//!
//! For each size, an application of the specification's example with enough websites to
//! reach that size is created in a temporary profile; then one field is changed and saved
//! (`Profile::save_checked`, the TUI's save: read and check the file on disk, write the model
//! over it keeping its layout, atomic write with fsync) `RUNS` times. Prints the median, and
//! beside it the median of the engine's check of the same application (the other work the
//! TUI does for a keystroke), for comparison.

use std::time::{Duration, Instant as Clock};

use icp_tui::model::Application;
use icp_tui::profile::{Mode, Profile};

const SPEC_EXAMPLE: &str = include_str!("../tests/data/spec_example.toml");
const RUNS: usize = 11;
/// The engine's check is slower; three runs and only up to this size keep the script short.
const CHECK_RUNS: usize = 3;
const CHECK_UP_TO_MB: f64 = 1.0;

fn main() {
    let sizes: Vec<f64> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("sizes in MB, such as 0.25 1 4"))
        .collect();
    let sizes = if sizes.is_empty() { vec![1.0] } else { sizes };
    println!(
        "| file | websites | save per keystroke (median of {RUNS}) | MB/s | engine check (median of {CHECK_RUNS}) |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: |");
    for mb in sizes {
        let (bytes, sites, save, check) = measure(mb);
        let mib = bytes as f64 / (1024.0 * 1024.0);
        let check = check.map_or("not measured".to_string(), |c| {
            format!("{:.1} ms", c.as_secs_f64() * 1000.0)
        });
        println!(
            "| {mib:.2} MB | {sites} | {:.1} ms | {:.1} | {check} |",
            save.as_secs_f64() * 1000.0,
            mib / save.as_secs_f64(),
        );
    }
}

fn measure(mb: f64) -> (usize, usize, Duration, Option<Duration>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let profile = Profile::open(dir.path().to_path_buf(), Mode::ReadWrite).expect("a profile");
    let mut app = Application::from_toml_str(SPEC_EXAMPLE).expect("the spec's example parses");
    let site = app.websites[0].clone();
    let one_site = site_bytes(&app);
    let target = (mb * 1024.0 * 1024.0) as usize;
    let count = (target / one_site).max(1);
    app.websites = (0..count)
        .map(|i| {
            let mut s = site.clone();
            s.domain = Some(format!("example-{i}.cn"));
            s
        })
        .collect();
    let id = profile.create(&app).expect("created");
    let (mut app, mut stamp) = profile.load_stamped(&id).expect("read back");
    let bytes = std::fs::metadata(profile.application_path(&id).unwrap())
        .unwrap()
        .len() as usize;
    let mut times = Vec::with_capacity(RUNS);
    for run in 0..RUNS {
        // One keystroke: the city gains a letter.
        app.subject.city = Some(format!("Beijing{}", "x".repeat(run + 1)));
        let start = Clock::now();
        let saved = profile
            .save_checked(&id, &app, Some(&stamp))
            .expect("saved");
        times.push(start.elapsed());
        stamp = saved.stamp().clone();
    }
    times.sort();
    let now = icp_tui::model::Instant::parse("2026-11-22T18:00:00+08:00").unwrap();
    if mb > CHECK_UP_TO_MB {
        return (bytes, count, times[RUNS / 2], None);
    }
    let mut checks: Vec<Duration> = (0..CHECK_RUNS)
        .map(|_| {
            let start = Clock::now();
            let report = icp_tui::engine::check(&app, icp_tui::rules::Rules::builtin(), &now);
            std::hint::black_box(report);
            start.elapsed()
        })
        .collect();
    checks.sort();
    (bytes, count, times[RUNS / 2], Some(checks[CHECK_RUNS / 2]))
}

/// Bytes one more website adds to the file.
fn site_bytes(app: &Application) -> usize {
    let mut two = app.clone();
    two.websites.push(app.websites[0].clone());
    two.to_toml_string().len() - app.to_toml_string().len()
}
