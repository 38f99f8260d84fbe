//! `icp-tui check [--json] [--today DATE] [--complete] FILE...`: the engine over application
//! files, for scripts; `--complete` makes missing required answers an error. Exit 0 without
//! errors, 1 with an error finding, 2 when a file (or the rules override) cannot be read or
//! parsed. Files are only ever read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ArgMatches;
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use crate::engine::{self, Report, Severity};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::input::ReadError;
use crate::model::{Application, Date, Instant, ParseError, china_offset};
use crate::online::OnlineReport;
use crate::report;
use crate::rules::{Rules, RulesOrigin};

use super::{Common, EXIT_INPUT, out};

const EXIT_ERRORS: u8 = 1;

/// One file's outcome.
enum Checked {
    Report(Box<Report>),
    Unreadable(ReadError),
    Unparseable(ParseError),
}

pub fn run(common: &Common, matches: &ArgMatches) -> ExitCode {
    let lang = match common.language() {
        Ok(lang) => lang,
        Err(code) => return code,
    };
    let tr = Localizer::new(lang);
    let now = match matches.get_one::<String>("today") {
        Some(text) => match parse_today(text) {
            Some(now) => now,
            None => {
                eprintln!("{}", tr.ta("check-bad-today", &[("value", arg_str(text))]));
                return ExitCode::from(EXIT_INPUT);
            }
        },
        None => super::now(),
    };
    let rules = match common.load_rules(&tr) {
        Ok(rules) => rules,
        Err(code) => return code,
    };
    let online = match super::online::options(matches, &tr) {
        Ok(online) => online,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let files: Vec<PathBuf> = matches
        .get_many::<PathBuf>("files")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let complete = matches.get_flag("complete");
    let (results, onlines): (Vec<(PathBuf, Checked)>, Vec<Option<OnlineReport>>) = files
        .into_iter()
        .map(|path| {
            let (mut checked, online) = check_file(&path, &rules, &now, online.as_ref());
            if let (true, Checked::Report(report)) = (complete, &mut checked) {
                engine::require_complete(report);
            }
            ((path, checked), online)
        })
        .unzip();

    // Diagnostics go to stderr in both modes; stdout carries the report alone.
    for (path, checked) in &results {
        if let Some(message) = failure_message(path, checked, &tr) {
            out::diag(&message);
        }
    }
    let report = if matches.get_flag("json") {
        format!("{}\n", to_json(&results, &onlines, &rules, &now, &tr))
    } else {
        to_text(&results, &onlines, &rules, &tr)
    };
    out::finish(out::stdout(&report), exit_code(&results), &tr)
}

/// `2026-11-22` means that day at 12:00 in China; otherwise an RFC 3339 date-time.
pub fn parse_today(text: &str) -> Option<Instant> {
    if let Some(date) = Date::parse(text) {
        let zoned = date
            .0
            .at(12, 0, 0, 0)
            .to_zoned(TimeZone::fixed(china_offset()))
            .ok()?;
        return Some(Instant::new(zoned.timestamp(), china_offset()));
    }
    Instant::parse(text)
}

/// The engine's report, with the online findings merged in when `online` is given.
fn check_file(
    path: &Path,
    rules: &Rules,
    now: &Instant,
    online: Option<&crate::online::Options>,
) -> (Checked, Option<OnlineReport>) {
    let text = match crate::input::read_text(path) {
        Ok(t) => t,
        Err(e) => return (Checked::Unreadable(e), None),
    };
    match Application::from_toml_str(&text) {
        Ok(app) => {
            let icons = crate::appinfo::icon_facts(&app);
            let mut report = engine::check_with_files(&app, rules, now, &icons);
            let online = online.map(|options| crate::online::run(&app, options));
            if let Some(o) = &online {
                o.merge_into(&mut report);
            }
            (Checked::Report(Box::new(report)), online)
        }
        Err(e) => (Checked::Unparseable(e), None),
    }
}

fn exit_code(results: &[(PathBuf, Checked)]) -> ExitCode {
    let broken = results
        .iter()
        .any(|(_, c)| !matches!(c, Checked::Report(_)));
    let errors = results
        .iter()
        .any(|(_, c)| matches!(c, Checked::Report(r) if r.has_errors()));
    ExitCode::from(if broken {
        EXIT_INPUT
    } else if errors {
        EXIT_ERRORS
    } else {
        0
    })
}

fn failure_message(path: &Path, checked: &Checked, tr: &Localizer) -> Option<String> {
    let reason = match checked {
        Checked::Report(_) => return None,
        Checked::Unreadable(e) => report::read_error(e, tr),
        Checked::Unparseable(e) => report::parse_error(e, tr),
    };
    Some(tr.ta(
        "check-unreadable",
        &[
            ("file", arg_str(&path.display().to_string())),
            ("reason", arg_str(&reason)),
        ],
    ))
}

/// The rules in force for `--json`: `{ "origin": "builtin" | "override", "path"?, "as_of" }`.
pub fn rules_json(rules: &Rules) -> Value {
    let mut out = match rules.source() {
        RulesOrigin::Builtin => json!({ "origin": "builtin" }),
        RulesOrigin::Override { path } => json!({
            "origin": "override",
            "path": path.as_ref().map(|p| p.display().to_string()),
        }),
    };
    out["as_of"] = json!(rules.as_of().to_string());
    out
}

fn to_json(
    results: &[(PathBuf, Checked)],
    onlines: &[Option<OnlineReport>],
    rules: &Rules,
    now: &Instant,
    tr: &Localizer,
) -> Value {
    let files: Vec<Value> = results
        .iter()
        .zip(onlines)
        .map(|((path, checked), online)| {
            let file = path.display().to_string();
            let mut value = match checked {
                Checked::Report(r) => json!({
                    "file": file,
                    "findings": r.findings.iter().map(|f| json!({
                        "code": f.code,
                        "severity": f.severity.as_str(),
                        "field": f.field,
                        "message": report::finding_message(f, rules, tr),
                        "fix": report::finding_fix(f, rules, tr),
                    })).collect::<Vec<_>>(),
                    "deadlines": r.deadlines.iter().map(|d| json!({
                        "kind": d.kind.as_str(),
                        "field": d.field,
                        "due": d.due.to_string(),
                        "due_at": d.due_at.as_ref().map(ToString::to_string),
                        "days_left": d.days_left,
                        "estimate_beyond_calendar": d.assumed_year,
                    })).collect::<Vec<_>>(),
                }),
                Checked::Unreadable(e) => json!({
                    "file": file,
                    "error": { "line": e.line(), "field": null, "message": report::read_error(e, tr) },
                    "findings": [],
                    "deadlines": [],
                }),
                Checked::Unparseable(e) => json!({
                    "file": file,
                    "error": {
                        "line": e.line,
                        "field": e.field,
                        "message": report::parse_error(e, tr),
                    },
                    "findings": [],
                    "deadlines": [],
                }),
            };
            if let Some(o) = online {
                value["online"] = crate::online::report::json(o, tr);
            }
            value
        })
        .collect();
    json!({ "files": files, "now": now.to_string(), "rules": rules_json(rules) })
}

fn to_text(
    results: &[(PathBuf, Checked)],
    onlines: &[Option<OnlineReport>],
    rules: &Rules,
    tr: &Localizer,
) -> String {
    let mut out = String::new();
    let mut totals = [0usize; 3];
    let mut unreadable = 0usize;
    for ((path, checked), online) in results.iter().zip(onlines) {
        // Files that could not be read are reported on stderr and counted in the summary.
        let Checked::Report(report) = checked else {
            unreadable += 1;
            continue;
        };
        let file = path.display().to_string();
        out.push_str(&tr.ta("check-file", &[("file", arg_str(&file))]));
        out.push('\n');
        if report.findings.is_empty() {
            out.push_str(&format!("  {}\n", tr.t("check-no-findings")));
        }
        for (i, severity) in [Severity::Error, Severity::Warning, Severity::Info]
            .into_iter()
            .enumerate()
        {
            let group: Vec<_> = report
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .collect();
            totals[i] += group.len();
            if group.is_empty() {
                continue;
            }
            out.push_str(&format!(
                "  {}\n",
                tr.ta(
                    &format!("check-group-{}", severity.as_str()),
                    &[("count", arg_num(group.len() as i64))]
                )
            ));
            for f in group {
                // A finding about the whole application has no field to name.
                let field = if f.field.is_empty() {
                    String::new()
                } else {
                    format!("  ({})", f.field)
                };
                out.push_str(&format!(
                    "    [{}] {}{}\n      {}{}\n",
                    report::severity(f.severity, tr),
                    report::finding_message(f, rules, tr),
                    field,
                    report::label(tr, &tr.t("check-fix")),
                    report::finding_fix(f, rules, tr),
                ));
            }
        }
        if let Some(o) = online {
            out.push_str(&crate::online::report::text(o, tr));
        }
        if !report.deadlines.is_empty() {
            out.push_str(&format!("  {}\n", tr.t("check-deadlines")));
            for d in &report.deadlines {
                let when = match &d.due_at {
                    Some(at) => at.to_string(),
                    None => d.due.to_string(),
                };
                out.push_str(&format!(
                    "    {}  {}  {}  ({})\n",
                    when,
                    report::deadline_kind(d.kind, tr),
                    report::days_left(d.days_left, tr),
                    d.field,
                ));
                if let Some(year) = d.assumed_year {
                    let note = tr.ta("deadline-estimate", &[("year", arg_str(&year.to_string()))]);
                    out.push_str(&format!("      {note}\n"));
                }
            }
        }
        out.push('\n');
    }
    let summary = if unreadable == 0 {
        "check-summary"
    } else {
        "check-summary-unreadable"
    };
    out.push_str(&tr.ta(
        summary,
        &[
            ("files", arg_num(results.len() as i64)),
            ("unreadable", arg_num(unreadable as i64)),
            ("errors", arg_num(totals[0] as i64)),
            ("warnings", arg_num(totals[1] as i64)),
            ("infos", arg_num(totals[2] as i64)),
        ],
    ));
    out.push('\n');
    out.push_str(&report::rules_in_force(rules, tr));
    out.push('\n');
    out
}
