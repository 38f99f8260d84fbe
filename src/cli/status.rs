//! `icp-tui status`: every application of the profile at a glance. Opens the profile
//! read-only (no lock, no writes), so it works while the TUI is running.

use std::path::Path;
use std::process::ExitCode;

use serde_json::{Value, json};

use crate::engine::{Deadline, Severity};
use crate::i18n::{self, Localizer, arg_num, arg_str};
use crate::model::{Application, Date, Instant, ParseError, Step, china_offset};
use crate::profile::{self, EntryState, LoadErrorReason, Mode, Profile};
use crate::report::summary::{self, SortKey, Summary};
use crate::rules::Rules;

use super::{Common, EXIT_INPUT, profile_error_message};

/// One readable application, as the status shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppStatus {
    pub id: String,
    pub file: String,
    /// `meta.title`, else the subject's name, else the first website's domain.
    pub title: Option<String>,
    /// The province's slug when the rules know it, else the value as written.
    pub province: Option<String>,
    pub step: Step,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// The most urgent deadline.
    pub next_deadline: Option<Deadline>,
    /// Every deadline, most urgent first (for `--due`).
    pub deadlines: Vec<Deadline>,
    /// Its apps, mini-programs and quick apps: name (or `None`) and kind.
    pub apps: Vec<(Option<String>, Option<crate::model::AppKind>)>,
    /// The list's line for this filing (reference, subject, urgency …).
    pub summary: Box<Summary>,
}

/// A file of the profile that cannot be read, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableStatus {
    pub id: String,
    pub file: String,
    /// Why: a parse error with line and field, an I/O error by kind, or the size limit.
    pub reason: LoadErrorReason,
}

impl UnreadableStatus {
    pub fn parse(&self) -> Option<&ParseError> {
        match &self.reason {
            LoadErrorReason::Parse(p) => Some(p),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Ok(AppStatus),
    Unreadable(UnreadableStatus),
}

/// `--today`: a date means that day at 12:00 in China; an RFC 3339 date-time is taken as is.
pub fn parse_today(text: &str) -> Option<Instant> {
    if let Some(date) = Date::parse(text) {
        let noon = date.0.at(12, 0, 0, 0);
        let zoned = noon
            .to_zoned(jiff::tz::TimeZone::fixed(china_offset()))
            .ok()?;
        return Some(Instant::new(zoned.timestamp(), china_offset()));
    }
    Instant::parse(text)
}

/// What the status says about one application as of `now`: the list's summary (one verdict
/// on every screen) and every deadline. Reads only the app icons it names.
pub fn app_status(
    id: &str,
    file: &Path,
    app: &Application,
    rules: &Rules,
    now: &Instant,
) -> AppStatus {
    let icons = crate::files::file_facts(app);
    let (summary, report) = summary::summarize_with_report(app, rules, now, &icons);
    AppStatus {
        id: id.to_string(),
        file: file.display().to_string(),
        title: summary.title.clone(),
        province: summary.province.clone(),
        step: summary.step,
        errors: summary.errors,
        warnings: summary.warnings,
        infos: summary.infos,
        next_deadline: summary.next_deadline.clone(),
        deadlines: report.deadlines,
        apps: app
            .apps
            .iter()
            .map(|x| (x.name.clone().filter(|n| !n.trim().is_empty()), x.kind))
            .collect(),
        summary: Box::new(summary),
    }
}

/// Every file of the profile, in the profile's order (most recently changed first).
pub fn collect(entries: Vec<profile::Entry>, rules: &Rules, now: &Instant) -> Vec<Status> {
    entries
        .into_iter()
        .map(|e| match e.state {
            EntryState::Ok(app) => Status::Ok(app_status(&e.id, &e.path, &app, rules, now)),
            EntryState::Unreadable(load) => Status::Unreadable(UnreadableStatus {
                id: e.id,
                file: e.path.display().to_string(),
                reason: load.reason,
            }),
        })
        .collect()
}

/// The same words as the list's (`report::load_reason`).
pub(super) fn reason(u: &UnreadableStatus, tr: &Localizer) -> String {
    crate::report::load_reason(&u.reason, tr)
}

pub(super) fn deadline_json(d: &Deadline) -> Value {
    json!({
        "kind": d.kind.as_str(),
        "field": d.field,
        "due": d.due.to_string(),
        "days_left": d.days_left,
    })
}

/// The `--json` document (its shape is documented in docs/cli.md).
pub fn to_json(
    profile: &Path,
    today: &Instant,
    statuses: &[Status],
    rules: &Rules,
    tr: &Localizer,
) -> Value {
    let mut applications = Vec::new();
    let mut unreadable = Vec::new();
    for status in statuses {
        match status {
            Status::Ok(a) => applications.push(json!({
                "id": a.id,
                "file": a.file,
                "title": a.title,
                "province": a.province,
                "step": a.step.as_str(),
                "errors": a.errors,
                "warnings": a.warnings,
                "infos": a.infos,
                "next_deadline": a.next_deadline.as_ref().map(deadline_json),
                "reference": a.summary.reference,
                "subject": a.summary.subject,
                "urgency": a.summary.urgency.map(|u| u.as_str()),
                "apps": a.apps.iter().map(|(name, kind)| json!({
                    "name": name,
                    "kind": kind.map(|k| k.as_str()),
                })).collect::<Vec<_>>(),
            })),
            Status::Unreadable(u) => unreadable.push(json!({
                "id": u.id,
                "file": u.file,
                "reason": reason(u, tr),
                "line": u.parse().and_then(|p| p.line),
                "field": u.parse().and_then(|p| p.field.clone()),
            })),
        }
    }
    json!({
        "profile": profile.display().to_string(),
        "today": today.china_date().to_string(),
        "applications": applications,
        "unreadable": unreadable,
        "rules": super::check::rules_json(rules),
    })
}

/// The readable, localized report: a header, then one line a filing with the list's columns,
/// most urgent first (unreadable files first of all: they need a hand).
/// `colour`: the errors and warnings counts (when not zero) and unreadable files in colour.
pub fn to_text(
    profile: &Path,
    statuses: &[Status],
    rules: &Rules,
    tr: &Localizer,
    colour: bool,
) -> String {
    let mut out = Vec::new();
    let readable = statuses
        .iter()
        .filter(|s| matches!(s, Status::Ok(_)))
        .count();
    out.push(tr.ta(
        "status-heading",
        &[
            ("profile", arg_str(&profile.display().to_string())),
            ("count", arg_num(readable as i64)),
        ],
    ));
    if statuses.is_empty() {
        out.push(tr.t("status-empty"));
    }
    for status in statuses {
        if let Status::Unreadable(u) = status {
            let line = tr.ta(
                "status-unreadable",
                &[
                    ("file", arg_str(&u.file)),
                    ("reason", arg_str(&reason(u, tr))),
                ],
            );
            out.push(super::looks::paint(&line, Severity::Error, colour));
        }
    }
    let mut apps: Vec<&AppStatus> = statuses
        .iter()
        .filter_map(|s| match s {
            Status::Ok(a) => Some(a),
            Status::Unreadable(_) => None,
        })
        .collect();
    apps.sort_by(|a, b| {
        summary::compare(&a.summary, &b.summary, SortKey::Urgency).then_with(|| a.id.cmp(&b.id))
    });
    if !apps.is_empty() {
        let mut rows = vec![
            [
                "list-col-title",
                "list-col-reference",
                "list-col-subject",
                "list-col-province",
                "list-col-step",
                "list-col-errors",
                "list-col-warnings",
                "list-col-deadline",
            ]
            .map(|id| tr.t(id)),
        ];
        rows.extend(apps.iter().map(|a| app_cells(a, rules, tr)));
        out.push(String::new());
        out.extend(columns(&rows, colour));
    }
    out.push(String::new());
    out.push(crate::report::rules_in_force(rules, tr));
    out.join("\n") + "\n"
}

/// The cells of one filing's line, as the list shows them.
fn app_cells(a: &AppStatus, rules: &Rules, tr: &Localizer) -> [String; 8] {
    let s = &a.summary;
    let title = s.title.clone().unwrap_or_else(|| tr.t("list-untitled"));
    let province = match a.province.as_deref() {
        None => tr.t("list-no-province"),
        Some(p) => match rules.province(p) {
            Some(known) if tr.lang() == i18n::Lang::ZhCn => known.name_zh.clone(),
            Some(known) => known.name_en.clone(),
            None => p.to_string(),
        },
    };
    let next = match &a.next_deadline {
        Some(d) => tr.ta(
            "status-line-deadline",
            &[
                ("when", arg_str(&summary::days_left(d, true, tr))),
                (
                    "what",
                    arg_str(&tr.t(&format!("status-deadline-{}", d.kind.as_str()))),
                ),
            ],
        ),
        None => tr.t("list-due-none"),
    };
    [
        title,
        s.reference.clone().unwrap_or_else(|| "-".into()),
        s.subject.clone().unwrap_or_else(|| "-".into()),
        province,
        tr.t(&format!("step-{}", a.step.as_str())),
        a.errors.to_string(),
        a.warnings.to_string(),
        next,
    ]
}

/// Rows padded to aligned columns by display width (Chinese counts two); the last column is
/// not padded.
fn columns(rows: &[[String; 8]], colour: bool) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut widths = [0usize; 8];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    rows.iter()
        .enumerate()
        .map(|(r, row)| {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                // The errors and warnings columns (5, 6) below the header, when not zero.
                let severity = match i {
                    5 => Severity::Error,
                    6 => Severity::Warning,
                    _ => Severity::Info,
                };
                let paint = colour && r > 0 && cell != "0";
                line.push_str(&super::looks::paint(cell, severity, paint));
                if i + 1 < row.len() {
                    line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
                }
            }
            line.trim_end().to_string()
        })
        .collect()
}

/// "in 3 days", "today", "2 days ago".
pub(super) fn relative_days(days: i64, tr: &Localizer) -> String {
    if days >= 0 {
        tr.ta("status-in-days", &[("days", arg_num(days))])
    } else {
        tr.ta("status-days-ago", &[("days", arg_num(-days))])
    }
}

/// Runs `icp-tui status`; with `due`, exits 1 when something falls due within that many days.
pub fn run(
    common: &Common,
    tr: &Localizer,
    json: bool,
    today: Option<&str>,
    due: Option<i64>,
) -> ExitCode {
    let now = match today {
        None => super::now(),
        Some(text) => match parse_today(text) {
            Some(now) => now,
            None => {
                eprintln!("{}", tr.ta("cli-bad-today", &[("value", arg_str(text))]));
                return ExitCode::from(EXIT_INPUT);
            }
        },
    };
    let Some(dir) = profile::resolve_dir(common.profile.clone(), common.env.profile.clone()) else {
        eprintln!("{}", tr.t("cli-profile-none"));
        return ExitCode::from(EXIT_INPUT);
    };
    let profile = match Profile::open(dir, Mode::ReadOnly) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}", profile_error_message(&e, tr));
            return ExitCode::from(EXIT_INPUT);
        }
    };
    // The saved language applies as in the TUI, unless --lang says otherwise.
    let saved = profile.settings().ok().and_then(|s| s.language);
    let lang = i18n::choose(
        common.lang,
        saved.as_deref(),
        common.env.locale().as_deref(),
    );
    let tr = Localizer::new(lang);
    let entries = match profile.list() {
        Ok(entries) => entries,
        Err(e) => {
            eprintln!("{}", profile_error_message(&e, &tr));
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let rules = match common.load_rules(&tr) {
        Ok(rules) => rules,
        Err(code) => return code,
    };
    let statuses = collect(entries, &rules, &now);
    if let Some(days) = due {
        return super::status_due::run(profile.dir(), &now, &statuses, days, json, &tr);
    }
    let text = if json {
        let document = to_json(profile.dir(), &now, &statuses, &rules, &tr);
        serde_json::to_string_pretty(&document).expect("JSON values serialize") + "\n"
    } else {
        let colour = super::looks::colour(
            common.looks.color,
            common.env.no_color,
            std::io::IsTerminal::is_terminal(&std::io::stdout()),
        );
        to_text(profile.dir(), &statuses, &rules, &tr, colour)
    };
    super::out::finish(super::out::stdout(&text), ExitCode::SUCCESS, &tr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_noon_in_china() {
        let now = parse_today("2026-11-22").unwrap();
        assert_eq!(now.to_string(), "2026-11-22T12:00:00+08:00");
        assert!(parse_today("2026-11-31").is_none());
        assert_eq!(
            parse_today("2026-11-24T16:00:00+08:00")
                .unwrap()
                .to_string(),
            "2026-11-24T16:00:00+08:00"
        );
    }

    #[test]
    fn the_status_of_an_application() {
        let now = parse_today("2026-11-22").unwrap();
        let mut app = Application::new("", now.clone());
        app.meta.title = None;
        app.subject.province = Some("44".into());
        app.subject.name = Some("张三".into());
        let status = app_status("a", Path::new("/p/a.toml"), &app, Rules::builtin(), &now);
        assert_eq!(status.title.as_deref(), Some("张三"));
        assert_eq!(status.province.as_deref(), Some("guangdong"));
        assert_eq!(status.step, Step::Province);
    }

    #[test]
    fn one_line_a_filing_most_urgent_first() {
        let now = parse_today("2026-11-22").unwrap();
        let calm = Application::new("Calm", now.clone());
        let mut soon = Application::new("Soon", now.clone());
        soon.access.subscription_end = crate::model::Date::parse("2026-11-25");
        let statuses = [("a", &calm), ("b", &soon)].map(|(id, app)| {
            Status::Ok(app_status(id, Path::new(id), app, Rules::builtin(), &now))
        });
        let tr = Localizer::new(i18n::Lang::EnUs);
        let text = to_text(Path::new("/p"), &statuses, Rules::builtin(), &tr, false);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[2].starts_with("Title"), "{text}");
        assert!(
            lines[3].starts_with("Soon") && lines[3].contains("3 d left"),
            "{text}"
        );
        assert!(lines[4].starts_with("Calm"), "{text}");
    }

    #[test]
    fn an_unreadable_file_has_the_lists_localized_words_not_the_systems() {
        use crate::app::state::Unreadable;
        use crate::app::view::list::unreadable_reason;
        let os = "Permission denied (os error 13)";
        for lang in [i18n::Lang::EnUs, i18n::Lang::ZhCn] {
            let tr = Localizer::new(lang);
            let u = UnreadableStatus {
                id: "20261120-093000".into(),
                file: "/p/applications/20261120-093000.toml".into(),
                reason: LoadErrorReason::Io {
                    kind: std::io::ErrorKind::PermissionDenied,
                    message: os.into(),
                },
            };
            let listed = unreadable_reason(
                &Unreadable::Io {
                    kind: std::io::ErrorKind::PermissionDenied,
                    message: os.into(),
                },
                &tr,
            );
            assert_eq!(reason(&u, &tr), listed);
            assert!(!listed.contains(os), "{listed}");
            let text = to_text(
                Path::new("/p"),
                &[Status::Unreadable(u)],
                Rules::builtin(),
                &tr,
                false,
            );
            assert!(text.contains(&listed), "{text}");
            assert!(text.contains("chmod u+rw"), "{text}");
        }
    }

    #[test]
    fn colour_paints_the_counts_and_keeps_the_columns() {
        let now = parse_today("2026-11-22").unwrap();
        let mut app = Application::new("", now.clone());
        app.subject.leader.mobile = Some("12345678901".into());
        let statuses = [Status::Ok(app_status(
            "a",
            Path::new("a"),
            &app,
            Rules::builtin(),
            &now,
        ))];
        let tr = Localizer::new(i18n::Lang::EnUs);
        let plain = to_text(Path::new("/p"), &statuses, Rules::builtin(), &tr, false);
        let coloured = to_text(Path::new("/p"), &statuses, Rules::builtin(), &tr, true);
        assert!(!plain.contains('\x1b'));
        // A mobile number that is not mainland is an error: its count is red.
        assert!(coloured.contains("\x1b[1;31m"), "{coloured}");
        let stripped = coloured
            .replace("\x1b[1;31m", "")
            .replace("\x1b[1;33m", "")
            .replace("\x1b[0m", "");
        assert_eq!(stripped, plain);
    }
}
