//! `icp-tui check [--json] [--today DATE] [--complete] FILE...`: the engine over application
//! files, for scripts; `--complete` makes what Review calls "not ready" (missing required
//! answers, required documents not ticked) an error. Exit 0 without
//! errors, 1 with an error finding, 2 when a file (or the rules override) cannot be read or
//! parsed. Files are only ever read.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ArgMatches;
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use crate::engine::{self, Deadline, Report, Severity};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::input::ReadError;
use crate::model::{Application, Date, Instant, ParseError, china_offset};
use crate::online::OnlineReport;
use crate::report;
use crate::rules::{Rules, RulesOrigin};

use super::ordered_pool::Next;
use super::{Common, EXIT_INPUT, out};

const EXIT_ERRORS: u8 = 1;

/// One file's outcome.
enum Checked {
    Report(Box<Report>),
    Unreadable(ReadError),
    Unparseable(ParseError),
}

/// How each file is reported: `--json`, `--summary` (one line a file), `--errors-only`.
#[derive(Clone, Copy)]
struct View {
    json: bool,
    summary: bool,
    errors_only: bool,
    /// Severity words in colour (`--color`, a terminal, `NO_COLOR`).
    colour: bool,
}

/// Results queued beyond the one being written, per worker: enough to keep every core busy
/// when one file takes longer, few enough that memory does not grow with the file count.
const WINDOW_PER_THREAD: usize = 32;

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
    let view = View {
        json: matches.get_flag("json"),
        summary: matches.get_flag("summary"),
        errors_only: matches.get_flag("errors-only"),
        colour: super::looks::colour(
            common.looks.color,
            common.env.no_color,
            std::io::IsTerminal::is_terminal(&io::stdout()),
        ),
    };

    // Each file is checked and rendered on a worker, and written here in input order as soon
    // as its turn comes: nothing grows with the number of files.
    let mut writer = Writer::new(&tr, view);
    let threads = super::ordered_pool::default_threads();
    super::ordered_pool::map_ordered(
        &files,
        threads,
        threads * WINDOW_PER_THREAD,
        || Localizer::new(lang),
        |tr, path| {
            let (mut checked, online) = check_file(path, &rules, &now, online.as_ref());
            if let (true, Checked::Report(report)) = (complete, &mut checked) {
                engine::require_complete(report);
            }
            Outcome::of(path, &checked, online.as_ref(), &rules, tr, view)
        },
        |outcome| writer.file(outcome),
    );
    let code = writer.exit_code();
    let written = writer.finish(&rules, &now);
    out::finish(written, code, &tr)
}

/// One file, checked and rendered: what it adds to stdout, stderr and the totals.
struct Outcome {
    stdout: String,
    diag: Option<String>,
    counts: [usize; 3],
    broken: bool,
    errors: bool,
}

impl Outcome {
    fn of(
        path: &Path,
        checked: &Checked,
        online: Option<&OnlineReport>,
        rules: &Rules,
        tr: &Localizer,
        view: View,
    ) -> Outcome {
        let (counts, errors) = match checked {
            Checked::Report(r) => (
                [
                    r.count(Severity::Error),
                    r.count(Severity::Warning),
                    r.count(Severity::Info),
                ],
                r.has_errors(),
            ),
            _ => ([0; 3], false),
        };
        let broken = !matches!(checked, Checked::Report(_));
        // --errors-only: a file without an error (or a failure to read it) is left out.
        let shown = !view.errors_only || errors || broken;
        let stdout = match (shown, view.json, view.summary) {
            (false, ..) => String::new(),
            (true, true, false) => file_json(path, checked, online, rules, tr, view).to_string(),
            (true, true, true) => summary_json(path, checked, tr).to_string(),
            (true, false, false) => file_text(path, checked, online, rules, tr, view),
            (true, false, true) => summary_line(path, checked, tr),
        };
        Outcome {
            stdout,
            diag: failure_message(path, checked, tr),
            counts,
            broken,
            errors,
        }
    }
}

/// Writes the outcomes in order: the JSON document's opening, each file, its closing; or the
/// readable report and its summary. Remembers the first write failure and stops there.
struct Writer<'a> {
    tr: &'a Localizer,
    view: View,
    out: BufWriter<io::StdoutLock<'static>>,
    failed: Option<io::Error>,
    closed: bool,
    files: usize,
    json_items: usize,
    unreadable: usize,
    totals: [usize; 3],
    errors: bool,
}

impl<'a> Writer<'a> {
    fn new(tr: &'a Localizer, view: View) -> Writer<'a> {
        let mut writer = Writer {
            tr,
            view,
            out: BufWriter::with_capacity(64 * 1024, io::stdout().lock()),
            failed: None,
            closed: false,
            files: 0,
            json_items: 0,
            unreadable: 0,
            totals: [0; 3],
            errors: false,
        };
        if view.json {
            writer.write(&format!("{{\"version\":{JSON_VERSION},\"files\":["));
        }
        writer
    }

    fn write(&mut self, text: &str) {
        if self.failed.is_some() || self.closed {
            return;
        }
        match self.out.write_all(text.as_bytes()) {
            Ok(()) => {}
            // A reader that stopped early is the normal end: stop checking, say nothing.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => self.closed = true,
            Err(e) => self.failed = Some(e),
        }
    }

    fn file(&mut self, outcome: Outcome) -> Next {
        self.files += 1;
        self.unreadable += usize::from(outcome.broken);
        self.errors |= outcome.errors;
        for (total, n) in self.totals.iter_mut().zip(outcome.counts) {
            *total += n;
        }
        if let Some(message) = &outcome.diag {
            out::diag(message);
        }
        if !outcome.stdout.is_empty() {
            if self.view.json {
                if self.json_items > 0 {
                    self.write(",");
                }
                self.json_items += 1;
            }
            self.write(&outcome.stdout);
        }
        if self.failed.is_some() || self.closed {
            Next::Stop
        } else {
            Next::Continue
        }
    }

    /// Exit 2 when a file could not be read, else 1 with an error finding, else 0; the same
    /// whatever `--summary` or `--errors-only` leave out.
    fn exit_code(&self) -> ExitCode {
        ExitCode::from(if self.unreadable > 0 {
            EXIT_INPUT
        } else if self.errors {
            EXIT_ERRORS
        } else {
            0
        })
    }

    fn finish(mut self, rules: &Rules, now: &Instant) -> io::Result<()> {
        let closing = if self.view.json {
            format!(
                "],\"now\":{},\"rules\":{}}}\n",
                json!(now.to_string()),
                rules_json(rules)
            )
        } else {
            self.text_summary(rules)
        };
        self.write(&closing);
        if self.failed.is_none()
            && !self.closed
            && let Err(e) = out::closed_is_fine(self.out.flush())
        {
            self.failed = Some(e);
        }
        match self.failed {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn text_summary(&self, rules: &Rules) -> String {
        let tr = self.tr;
        let summary = if self.unreadable == 0 {
            "check-summary"
        } else {
            "check-summary-unreadable"
        };
        // A blank line after the one-line-a-file list, as after each file's block.
        let gap = if self.view.summary && self.files > 0 {
            "\n"
        } else {
            ""
        };
        let line = tr.ta(
            summary,
            &[
                ("files", arg_num(self.files as i64)),
                ("unreadable", arg_num(self.unreadable as i64)),
                ("errors", arg_num(self.totals[0] as i64)),
                ("warnings", arg_num(self.totals[1] as i64)),
                ("infos", arg_num(self.totals[2] as i64)),
            ],
        );
        format!("{gap}{line}\n{}\n", report::rules_in_force(rules, tr))
    }
}

/// The `version` of `check --json`'s document; raised only when a field changes meaning or
/// goes away (additions keep it).
pub const JSON_VERSION: u32 = 1;

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
            let icons = crate::files::file_facts(&app);
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

fn file_json(
    path: &Path,
    checked: &Checked,
    online: Option<&OnlineReport>,
    rules: &Rules,
    tr: &Localizer,
    view: View,
) -> Value {
    let file = path.display().to_string();
    match checked {
        Checked::Report(r) => {
            let mut object = json!({
                "file": file,
                "findings": r.findings.iter()
                    .filter(|f| !view.errors_only || f.severity == Severity::Error)
                    .map(|f| json!({
                        "code": f.code,
                        "severity": f.severity.as_str(),
                        "field": f.field,
                        "message": report::finding_message(f, rules, tr),
                        "fix": report::finding_fix(f, rules, tr),
                    })).collect::<Vec<_>>(),
            });
            // --errors-only leaves the deadlines out altogether rather than say there are none.
            if !view.errors_only {
                object["deadlines"] = r
                    .deadlines
                    .iter()
                    .map(|d| {
                        json!({
                            "kind": d.kind.as_str(),
                            "field": d.field,
                            "due": d.due.to_string(),
                            "due_at": d.due_at.as_ref().map(ToString::to_string),
                            "days_left": d.days_left,
                            "estimate_beyond_calendar": d.assumed_year,
                        })
                    })
                    .collect::<Value>();
            }
            if let Some(o) = online {
                object["online"] = crate::online::report::json(o, tr);
            }
            object
        }
        _ => {
            let mut object = json!({
                "file": file,
                "error": error_json(checked, tr),
                "findings": [],
            });
            if !view.errors_only {
                object["deadlines"] = json!([]);
            }
            object
        }
    }
}

/// `{ line, field, message }` of a file that could not be read or parsed.
fn error_json(checked: &Checked, tr: &Localizer) -> Value {
    match checked {
        Checked::Report(_) => Value::Null,
        Checked::Unreadable(e) => {
            json!({ "line": e.line(), "field": null, "message": report::read_error(e, tr) })
        }
        Checked::Unparseable(e) => json!({
            "line": e.line,
            "field": e.field,
            "message": report::parse_error(e, tr),
        }),
    }
}

/// `--summary --json`: the counts and the most urgent deadline; `null` counts for a file
/// that could not be checked (never zeros).
fn summary_json(path: &Path, checked: &Checked, tr: &Localizer) -> Value {
    let file = path.display().to_string();
    match checked {
        Checked::Report(r) => json!({
            "file": file,
            "errors": r.count(Severity::Error),
            "warnings": r.count(Severity::Warning),
            "infos": r.count(Severity::Info),
            "next_deadline": r.deadlines.first().map(|d| json!({
                "kind": d.kind.as_str(),
                "field": d.field,
                "due": d.due.to_string(),
                "days_left": d.days_left,
            })),
        }),
        _ => json!({
            "file": file,
            "error": error_json(checked, tr),
            "errors": null,
            "warnings": null,
            "infos": null,
            "next_deadline": null,
        }),
    }
}

/// One file's block of the readable report; nothing for a file that could not be read (its
/// reason is on stderr and the summary counts it).
fn file_text(
    path: &Path,
    checked: &Checked,
    online: Option<&OnlineReport>,
    rules: &Rules,
    tr: &Localizer,
    view: View,
) -> String {
    let Checked::Report(report) = checked else {
        return String::new();
    };
    let mut out = String::new();
    let file = path.display().to_string();
    out.push_str(&tr.ta("check-file", &[("file", arg_str(&file))]));
    out.push('\n');
    if report.findings.is_empty() {
        out.push_str(&format!("  {}\n", tr.t("check-no-findings")));
    }
    let severities: &[Severity] = if view.errors_only {
        &[Severity::Error]
    } else {
        &[Severity::Error, Severity::Warning, Severity::Info]
    };
    for &severity in severities {
        let group: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .collect();
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
                super::looks::paint(&report::severity(f.severity, tr), f.severity, view.colour),
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
    if !report.deadlines.is_empty() && !view.errors_only {
        out.push_str(&format!("  {}\n", tr.t("check-deadlines")));
        for d in &report.deadlines {
            out.push_str(&format!(
                "    {}  {}  {}  ({})\n",
                deadline_when(d),
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
    out
}

fn deadline_when(d: &Deadline) -> String {
    match &d.due_at {
        Some(at) => at.to_string(),
        None => d.due.to_string(),
    }
}

/// `--summary`: one line a file with its counts and most urgent deadline; "?" for a file
/// that could not be checked.
fn summary_line(path: &Path, checked: &Checked, tr: &Localizer) -> String {
    let file = arg_str(&path.display().to_string());
    let Checked::Report(r) = checked else {
        return format!("{}\n", tr.ta("check-line-unreadable", &[("file", file)]));
    };
    report_line(path, r, tr)
}

/// The `--summary` line of a report (also what `import` says of each file it writes).
pub(super) fn report_line(path: &Path, r: &Report, tr: &Localizer) -> String {
    let file = arg_str(&path.display().to_string());
    let deadline = match r.deadlines.first() {
        Some(d) => {
            let mut text = tr.ta(
                "check-line-deadline",
                &[
                    ("date", arg_str(&deadline_when(d))),
                    ("kind", arg_str(&report::deadline_kind(d.kind, tr))),
                    ("left", arg_str(&report::days_left(d.days_left, tr))),
                ],
            );
            if let Some(year) = d.assumed_year {
                let note = tr.ta("deadline-estimate", &[("year", arg_str(&year.to_string()))]);
                text = format!("{text} {note}");
            }
            text
        }
        None => tr.t("check-line-no-deadline"),
    };
    let line = tr.ta(
        "check-line",
        &[
            ("file", file),
            ("errors", arg_num(r.count(Severity::Error) as i64)),
            ("warnings", arg_num(r.count(Severity::Warning) as i64)),
            ("infos", arg_num(r.count(Severity::Info) as i64)),
            ("deadline", arg_str(&deadline)),
        ],
    );
    format!("{line}\n")
}
