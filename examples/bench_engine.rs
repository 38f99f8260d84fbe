//! What the engine's check of one application costs by number of websites (and apps), the
//! work the TUI does after every key: `scripts/bench-engine.sh` runs it.
//!
//! The specification's example with N websites, each with its own domain, and N/10 apps;
//! prints the median of 3 checks for each N and the time per website, whose growth shows a
//! cost that is not linear.

use std::time::{Duration, Instant as Clock};

use icp_tui::model::Application;

const SPEC_EXAMPLE: &str = include_str!("../tests/data/spec_example.toml");
const RUNS: usize = 3;

fn main() {
    let counts: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("numbers of websites, such as 100 200 400"))
        .collect();
    let counts = if counts.is_empty() {
        vec![100, 200, 400, 800]
    } else {
        counts
    };
    println!("| websites | apps | engine check (median of {RUNS}) | per website |");
    println!("| ---: | ---: | ---: | ---: |");
    let now = icp_tui::model::Instant::parse("2026-11-22T18:00:00+08:00").unwrap();
    let rules = icp_tui::rules::Rules::builtin();
    for n in counts {
        let app = application(n);
        let mut times: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let start = Clock::now();
                std::hint::black_box(icp_tui::engine::check(&app, rules, &now));
                start.elapsed()
            })
            .collect();
        times.sort();
        let median = times[RUNS / 2].as_secs_f64() * 1000.0;
        println!(
            "| {n} | {} | {median:.1} ms | {:.3} ms |",
            app.apps.len(),
            median / n as f64
        );
    }
}

fn application(n: usize) -> Application {
    let mut app = Application::from_toml_str(SPEC_EXAMPLE).expect("the spec's example parses");
    let site = app.websites[0].clone();
    app.websites = (0..n)
        .map(|i| {
            let mut s = site.clone();
            s.domain = Some(format!("example-{i}.cn"));
            s
        })
        .collect();
    // Apps whose back-end domains are the websites' (each app compares with every website).
    app.apps = (0..n / 10)
        .map(|i| icp_tui::model::App {
            name: Some(format!("App {i}")),
            domains: vec![format!("example-{i}.cn")],
            ..Default::default()
        })
        .collect();
    app
}
