//! Review's per-step gauges: answered of required (the engine's `required_answers`, the same
//! list Review's "missing answer" rows come from) and the step's errors and warnings, so the
//! eye finds the step to fix. A count that is not known shows "?", never a full gauge.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::form::view::{pad, severity_mark};
use crate::app::view::{gauge, symbols, theme};
use crate::engine::{self, Report, Severity};
use crate::i18n::{Localizer, arg_num};
use crate::model::{Application, Step};

use super::step_of;

/// Width of a gauge, brackets included.
pub const GAUGE_WIDTH: usize = 12;

/// What Review knows about one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepCount {
    pub step: Step,
    /// `(answered, required)`; `None` when the number of required answers is not known
    /// (the websites step before any website is added).
    pub answers: Option<(usize, usize)>,
    pub errors: usize,
    pub warnings: usize,
}

/// Steps with required answers always; any other step when it has errors or warnings.
pub fn step_counts(app: &Application, report: &Report) -> Vec<StepCount> {
    let required = engine::required_answers(app);
    let of = |step: Step, severity: Severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == severity && step_of(&f.field) == step)
            .count()
    };
    Step::ALL
        .iter()
        .filter_map(|&step| {
            let mine: Vec<bool> = required
                .iter()
                .filter(|(path, _)| step_of(path) == step)
                .map(|(_, answered)| *answered)
                .collect();
            let asks = matches!(
                step,
                Step::Province | Step::Subject | Step::Websites | Step::Access
            );
            let answers = if step == Step::Websites && app.websites.is_empty() {
                None
            } else {
                Some((mine.iter().filter(|a| **a).count(), mine.len()))
            };
            let count = StepCount {
                step,
                answers,
                errors: of(step, Severity::Error),
                warnings: of(step, Severity::Warning),
            };
            (asks || count.errors + count.warnings > 0).then_some(count)
        })
        .collect()
}

/// `[#####-----]`, or `[   ?    ]` when the count is not known; a step that asks nothing
/// shows no gauge at all.
fn gauge_text(count: &StepCount) -> String {
    match count.answers {
        Some((_, 0)) => " ".repeat(GAUGE_WIDTH),
        Some((done, all)) => gauge::bar(gauge::ratio(done, all), GAUGE_WIDTH),
        None => {
            let inner = GAUGE_WIDTH - 2;
            format!("[{:^inner$}]", "?")
        }
    }
}

/// One summary row: mark, step, gauge, "13 of 14 answered", errors and warnings.
pub fn summary_line(count: &StepCount, app: &Application, tr: &Localizer) -> Line<'static> {
    let (mark, style) = if count.errors > 0 {
        severity_mark(Severity::Error)
    } else if count.warnings > 0 {
        severity_mark(Severity::Warning)
    } else {
        match count.answers {
            Some((done, all)) if all > 0 && done == all => (symbols::current().tick, theme::ok()),
            None => ("?", theme::warning()),
            _ => (" ", Style::new()),
        }
    };
    let answered = match count.answers {
        None => tr.t("fit-review-no-website"),
        Some((_, 0)) => tr.t("fit-review-nothing-asked"),
        Some((done, all)) if count.step == Step::Websites => tr.ta(
            "review-websites-answered",
            &[
                ("sites", arg_num(app.websites.len() as i64)),
                ("done", arg_num(done as i64)),
                ("all", arg_num(all as i64)),
            ],
        ),
        Some((done, all)) => tr.ta(
            "review-answered",
            &[("done", arg_num(done as i64)), ("all", arg_num(all as i64))],
        ),
    };
    let mut parts = Vec::new();
    if count.errors > 0 {
        let n = arg_num(count.errors as i64);
        parts.push(tr.ta("review-errors", &[("errors", n)]));
    }
    if count.warnings > 0 {
        let n = arg_num(count.warnings as i64);
        parts.push(tr.ta("review-warnings", &[("warnings", n)]));
    }
    // The gauge takes the colour of the step's worst: errors, then anything open.
    let gauge_style = match count.answers {
        _ if count.errors > 0 => theme::error(),
        None => theme::warning(),
        Some((done, all)) if done < all || count.warnings > 0 => theme::warning(),
        _ => theme::ok(),
    };
    Line::from(vec![
        Span::styled(format!("{mark} "), style),
        Span::styled(
            pad(&tr.t(&format!("step-{}", count.step.as_str())), 12),
            theme::label(),
        ),
        Span::styled(gauge_text(count), gauge_style),
        Span::raw(format!(" {answered}  ")),
        Span::styled(parts.join(" "), style),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Finding;
    use crate::model::Website;

    fn counts(app: &Application, report: &Report) -> Vec<(Step, Option<(usize, usize)>)> {
        step_counts(app, report)
            .into_iter()
            .map(|c| (c.step, c.answers))
            .collect()
    }

    #[test]
    fn counts_agree_with_the_missing_answers_review_lists() {
        let mut app = Application::default();
        app.websites.push(Website::default());
        let report = Report::default();
        let missing = engine::missing_answers(&app);
        let total: usize = step_counts(&app, &report)
            .iter()
            .filter_map(|c| c.answers.map(|(done, all)| all - done))
            .sum();
        assert_eq!(total, missing.len());
    }

    #[test]
    fn without_a_website_the_websites_count_is_unknown_not_full() {
        let app = Application::default();
        let c = step_counts(&app, &Report::default());
        let sites = c.iter().find(|c| c.step == Step::Websites).unwrap();
        assert_eq!(sites.answers, None);
        assert_eq!(gauge_text(sites), "[    ?     ]");
        let mut app = Application::default();
        app.websites.push(Website::default());
        let c = counts(&app, &Report::default());
        let (_, answers) = c.iter().find(|(s, _)| *s == Step::Websites).unwrap();
        assert!(
            matches!(answers, Some((done, all)) if done < all),
            "{answers:?}"
        );
    }

    #[test]
    fn a_step_without_required_answers_appears_only_with_findings() {
        let app = Application::default();
        let quiet = counts(&app, &Report::default());
        assert!(!quiet.iter().any(|(s, _)| *s == Step::Documents));
        let mut report = Report::default();
        report.findings.push(Finding::new(
            "CHECKLIST_INCOMPLETE",
            Severity::Warning,
            "checklist",
        ));
        let c = step_counts(&app, &report);
        let docs = c.iter().find(|c| c.step == Step::Documents).unwrap();
        assert_eq!((docs.answers, docs.warnings), (Some((0, 0)), 1));
        assert_eq!(gauge_text(docs), " ".repeat(GAUGE_WIDTH));
    }
}
