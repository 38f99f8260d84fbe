//! `icp-tui export --format ics [--output PATH|-] [FILE... | --profile DIR]`: every deadline
//! of the named filings, or of every filing of the profile, as one iCalendar file.
//!
//! Exit 0: written; 2: a file or the profile could not be read (named on the standard error;
//! nothing is written, so a calendar is never silently short of a filing).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ArgMatches;

use crate::engine;
use crate::i18n::{Localizer, arg_str};
use crate::model::{Application, Instant};
use crate::profile::{self, EntryState, Mode, Profile};
use crate::report::ics::{CalendarEvent, calendar};
use crate::rules::Rules;

use super::{Common, EXIT_INPUT, profile_error_message};

/// A filing to put in the calendar: its id, where it came from, and its content.
pub struct Filing {
    pub id: String,
    pub file: PathBuf,
    pub app: Application,
}

pub fn run(common: &Common, matches: &ArgMatches, tr: &Localizer, now: &Instant) -> ExitCode {
    let rules = match common.load_rules(tr) {
        Ok(rules) => rules,
        Err(code) => return code,
    };
    let files: Vec<PathBuf> = matches
        .get_many::<PathBuf>("file")
        .map(|f| f.cloned().collect())
        .unwrap_or_default();
    let filings = if files.is_empty() {
        from_profile(matches, common, tr)
    } else {
        files.iter().map(|f| from_file(f, tr)).collect()
    };
    let filings = match filings {
        Ok(f) => f,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let text = render(&filings, &rules, tr, now);
    let output = matches
        .get_one::<PathBuf>("output")
        .filter(|p| p.as_os_str() != "-");
    let written = match output {
        Some(path) => crate::profile::atomic::write_atomic(path, text.as_bytes())
            .map_err(|e| (path.display().to_string(), e)),
        None => std::io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|e| ("-".to_string(), e)),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err((path, e)) => {
            eprintln!(
                "{}",
                tr.ta(
                    "cli-export-write-failed",
                    &[
                        ("path", arg_str(&path)),
                        ("reason", arg_str(&e.to_string()))
                    ]
                )
            );
            ExitCode::FAILURE
        }
    }
}

/// The calendar of these filings as of `now`. Pure.
pub fn render(filings: &[Filing], rules: &Rules, tr: &Localizer, now: &Instant) -> String {
    let reports: Vec<_> = filings
        .iter()
        .map(|f| {
            let title = super::status::app_status(&f.id, &f.file, &f.app, rules, now)
                .title
                .unwrap_or_else(|| tr.t("list-untitled"));
            (f, title, engine::check(&f.app, rules, now))
        })
        .collect();
    let mut events = Vec::new();
    for (filing, title, report) in &reports {
        for d in &report.deadlines {
            let what = tr.t(&format!("deadline-{}", d.kind.as_str()));
            events.push(CalendarEvent {
                filing_id: &filing.id,
                deadline: d,
                summary: tr.ta(
                    "ics-summary",
                    &[("what", arg_str(&what)), ("filing", arg_str(title))],
                ),
                description: tr.ta(
                    "ics-description",
                    &[
                        ("what", arg_str(&what)),
                        ("filing", arg_str(title)),
                        ("file", arg_str(&filing.file.display().to_string())),
                        ("field", arg_str(&d.field)),
                        ("due", arg_str(&d.due.to_string())),
                    ],
                ),
            });
        }
    }
    calendar(&tr.t("ics-calendar-name"), &events, now)
}

fn from_file(file: &Path, tr: &Localizer) -> Result<Filing, String> {
    let unreadable = |reason: String| {
        tr.ta(
            "cli-export-unreadable",
            &[
                ("file", arg_str(&file.display().to_string())),
                ("reason", arg_str(&reason)),
            ],
        )
    };
    let text = std::fs::read_to_string(file).map_err(|e| unreadable(e.to_string()))?;
    let app = Application::from_toml_str(&text)
        .map_err(|e| unreadable(crate::report::parse_error(&e, tr)))?;
    let id = file
        .file_stem()
        .map_or_else(|| "filing".into(), |s| s.to_string_lossy().into_owned());
    Ok(Filing {
        id,
        file: file.to_path_buf(),
        app,
    })
}

/// Every filing of the profile, read-only (works while the TUI has it open).
fn from_profile(
    matches: &ArgMatches,
    common: &Common,
    tr: &Localizer,
) -> Result<Vec<Filing>, String> {
    let cli = matches
        .get_one::<PathBuf>("profile")
        .cloned()
        .or_else(|| common.profile.clone());
    let env = &common.env;
    let dir =
        profile::resolve_dir(cli, env.profile.clone()).ok_or_else(|| tr.t("cli-profile-none"))?;
    let profile = Profile::open(dir, Mode::ReadOnly).map_err(|e| profile_error_message(&e, tr))?;
    let entries = profile.list().map_err(|e| profile_error_message(&e, tr))?;
    let mut filings = Vec::new();
    for e in entries {
        match e.state {
            EntryState::Ok(app) => filings.push(Filing {
                id: e.id,
                file: e.path,
                app: *app,
            }),
            EntryState::Unreadable(load) => {
                let reason = crate::report::load_reason(&load.reason, tr);
                return Err(tr.ta(
                    "cli-export-unreadable",
                    &[
                        ("file", arg_str(&e.path.display().to_string())),
                        ("reason", arg_str(&reason)),
                    ],
                ));
            }
        }
    }
    Ok(filings)
}
