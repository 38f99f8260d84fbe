//! One filing in a line: what the TUI list and `icp-tui status` show for each file, how they
//! are sorted and how `/` finds them. Pure: the moment is a parameter.

use crate::engine::urgency::Urgency;
use crate::engine::{self, Deadline, FileFacts, Severity};
use crate::i18n::{Localizer, arg_num};
use crate::model::{Application, Instant, Step};
use crate::rules::Rules;

/// What the dashboard knows about one readable application as of a moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// `meta.title`, else the subject's name, else the first website's domain.
    pub title: Option<String>,
    pub reference: Option<String>,
    pub subject: Option<String>,
    /// The province's slug when the rules know it, else the value as written.
    pub province: Option<String>,
    pub step: Step,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// The most urgent deadline and its urgency as of the moment.
    pub next_deadline: Option<Deadline>,
    pub urgency: Option<Urgency>,
    /// The second the next deadline falls due (for sorting).
    pub due_second: Option<i64>,
    /// `meta.updated` in Unix seconds.
    pub updated: Option<i64>,
    pub domains: Vec<String>,
}

fn non_empty(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

/// The summary of `app` as of `now` (one run of the engine). `files` are the facts about the
/// files it names (app icons), so that the list gives the verdict `check` gives.
pub fn summarize(app: &Application, rules: &Rules, now: &Instant, files: &FileFacts) -> Summary {
    summarize_with_report(app, rules, now, files).0
}

/// The summary and the engine's whole report it was made from.
pub fn summarize_with_report(
    app: &Application,
    rules: &Rules,
    now: &Instant,
    files: &FileFacts,
) -> (Summary, engine::Report) {
    let report = engine::check_with_files(app, rules, now, files);
    let timed = engine::urgency::by_urgency(&report.deadlines, now);
    let next = timed.first();
    let title = non_empty(app.meta.title.as_deref())
        .or_else(|| non_empty(app.subject.name.as_deref()))
        .or_else(|| non_empty(app.websites.first().and_then(|w| w.domain.as_deref())));
    let summary = Summary {
        title,
        reference: non_empty(app.meta.reference.as_deref()),
        subject: non_empty(app.subject.name.as_deref()),
        province: app.subject.province.as_deref().map(|p| {
            rules
                .province(p)
                .map_or_else(|| p.to_string(), |known| known.slug.clone())
        }),
        step: app.step(),
        errors: report.count(Severity::Error),
        warnings: report.count(Severity::Warning),
        infos: report.count(Severity::Info),
        next_deadline: next.map(|t| t.deadline.clone()),
        urgency: next.map(|t| t.urgency),
        due_second: next.map(|t| t.due_second),
        updated: app.meta.updated.as_ref().map(|u| u.timestamp.as_second()),
        domains: app
            .websites
            .iter()
            .filter_map(|w| non_empty(w.domain.as_deref()))
            .collect(),
    };
    (summary, report)
}

/// The orders the list offers; the first is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Urgency,
    Title,
    Province,
    Updated,
}

impl SortKey {
    pub const ALL: [SortKey; 4] = [
        SortKey::Urgency,
        SortKey::Title,
        SortKey::Province,
        SortKey::Updated,
    ];

    pub fn next(self) -> SortKey {
        let i = SortKey::ALL.iter().position(|k| *k == self).unwrap_or(0);
        SortKey::ALL[(i + 1) % SortKey::ALL.len()]
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Urgency => "urgency",
            SortKey::Title => "title",
            SortKey::Province => "province",
            SortKey::Updated => "updated",
        }
    }
}

/// The order of two summaries under `key`. Most urgent: the deadline due first (the longest
/// overdue first), then more errors, then more warnings; filings with no deadline after those
/// with one. Ties fall back to the title, so the order is stable.
pub fn compare(a: &Summary, b: &Summary, key: SortKey) -> std::cmp::Ordering {
    compare_before_title(a, b, key).then_with(|| sort_title(a).cmp(&sort_title(b)))
}

/// The order of `key` alone; the title (`sort_title`) breaks its ties.
pub fn compare_before_title(a: &Summary, b: &Summary, key: SortKey) -> std::cmp::Ordering {
    match key {
        SortKey::Urgency => {
            let due = |s: &Summary| s.due_second.unwrap_or(i64::MAX);
            due(a)
                .cmp(&due(b))
                .then(b.errors.cmp(&a.errors))
                .then(b.warnings.cmp(&a.warnings))
        }
        SortKey::Title => std::cmp::Ordering::Equal,
        // No province last.
        SortKey::Province => a
            .province
            .is_none()
            .cmp(&b.province.is_none())
            .then(a.province.cmp(&b.province)),
        SortKey::Updated => b.updated.cmp(&a.updated),
    }
}

/// The title as the list orders it (case does not matter).
pub fn sort_title(summary: &Summary) -> String {
    summary.title.as_deref().unwrap_or("").to_lowercase()
}

/// Whether `query` (case-insensitive, any part) is in the title, subject, a domain, the
/// reference or the province's name in either language or its code.
pub fn matches(summary: &Summary, query: &str, rules: &Rules) -> bool {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return true;
    }
    let has = |text: &str| text.to_lowercase().contains(&query);
    let province = summary.province.as_deref().is_some_and(|p| {
        has(p)
            || rules
                .province(p)
                .is_some_and(|known| has(&known.name_en) || has(&known.name_zh))
    });
    province
        || [&summary.title, &summary.subject, &summary.reference]
            .into_iter()
            .flatten()
            .any(|t| has(t))
        || summary.domains.iter().any(|d| has(d))
}

/// "12 d", "today", "3 d late" (with the date before it when `wide`).
pub fn days_left(deadline: &Deadline, wide: bool, tr: &Localizer) -> String {
    let days = match deadline.days_left {
        0 => tr.t("list-due-today"),
        d if d > 0 => tr.ta("list-due-in", &[("days", arg_num(d))]),
        d => tr.ta("list-due-late", &[("days", arg_num(-d))]),
    };
    if wide {
        format!("{} {days}", deadline.due)
    } else {
        days
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Instant {
        Instant::parse("2026-11-22T12:00:00+08:00").unwrap()
    }

    fn app(title: &str, province: Option<&str>) -> Application {
        let mut app = Application::new(title, now());
        app.subject.province = province.map(str::to_string);
        app
    }

    #[test]
    fn a_summary_names_the_filing() {
        let mut a = app("Shop", Some("44"));
        a.meta.reference = Some(" C-17 ".into());
        let s = summarize(&a, Rules::builtin(), &now(), &FileFacts::new());
        assert_eq!(s.title.as_deref(), Some("Shop"));
        assert_eq!(s.reference.as_deref(), Some("C-17"));
        assert_eq!(s.province.as_deref(), Some("guangdong"));
    }

    #[test]
    fn the_filter_finds_a_province_in_either_language() {
        let s = summarize(
            &app("Shop", Some("44")),
            Rules::builtin(),
            &now(),
            &FileFacts::new(),
        );
        assert!(matches(&s, "广东", Rules::builtin()));
        assert!(matches(&s, "guangdong", Rules::builtin()));
        assert!(matches(&s, "SHO", Rules::builtin()));
        // The nearest miss: another province.
        assert!(!matches(&s, "北京", Rules::builtin()));
    }

    #[test]
    fn a_deadline_comes_before_none_and_sooner_before_later() {
        let base = summarize(&app("b", None), Rules::builtin(), &now(), &FileFacts::new());
        let soon = Summary {
            due_second: Some(10),
            title: Some("z".into()),
            ..base.clone()
        };
        let later = Summary {
            due_second: Some(20),
            title: Some("a".into()),
            ..base.clone()
        };
        let none = Summary {
            due_second: None,
            title: Some("a".into()),
            ..base
        };
        let mut all = [none.clone(), later.clone(), soon.clone()];
        all.sort_by(|a, b| compare(a, b, SortKey::Urgency));
        assert_eq!(all, [soon.clone(), later.clone(), none.clone()]);
        all.sort_by(|a, b| compare(a, b, SortKey::Title));
        assert_eq!(all[2], soon);
    }
}
