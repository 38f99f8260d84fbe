//! The last step: the required answers still missing and every finding of the application
//! in one list, grouped by step, with a summary of what is ready and what is not. A click or
//! the arrows select a row, Enter jumps to its field. "Ready to submit" only when nothing
//! required is missing and no error remains.

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::action::{Action, Command};
use crate::app::form::covers;
use crate::app::form::view::{finding_message, label_for, severity_mark};
use crate::app::keys::{Binding, Key};
use crate::app::view::{scroll, theme};
use crate::engine::{self, Finding, Report, Verdict};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::{Application, Step};
use crate::rules::Rules;
use crate::ui::wrap;

use super::{StepContext, StepOutcome, access, apps, move_selection, subject, websites};

pub mod gauges;

#[derive(Debug, Default)]
pub struct ReviewState {
    /// Index into `rows(…)`.
    pub selected: usize,
    /// Where the list is scrolled (it moves only to keep the selection in view).
    pub list_scroll: scroll::ListScroll,
}

/// The step whose screen holds a field. Website fields, the domain's registration included,
/// are edited on the websites step.
pub fn step_of(path: &str) -> Step {
    if covers("subject.province", path) {
        Step::Province
    } else if covers("subject", path) {
        Step::Subject
    } else if covers("websites", path) {
        Step::Websites
    } else if covers("apps", path) {
        Step::Apps
    } else if covers("access", path) {
        Step::Access
    } else if covers("checklist", path) {
        Step::Documents
    } else if covers("progress", path) {
        Step::Countdown
    } else if super::watch::owns(path) {
        Step::Watch
    } else {
        Step::Review
    }
}

/// Findings in the order the review lists them: by step (spec order), then as the engine
/// sorted them. APPLICATION_INCOMPLETE is left out: its missing answers are rows of their own.
pub fn ordered(report: &Report) -> Vec<&Finding> {
    let mut findings: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.code != "APPLICATION_INCOMPLETE")
        .collect();
    findings.sort_by_key(|f| step_of(&f.field));
    findings
}

/// One row of the review's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row<'a> {
    /// A required answer not given yet (its dotted path).
    Missing(&'a str),
    Finding(&'a Finding),
}

impl Row<'_> {
    pub fn field(&self) -> &str {
        match self {
            Row::Missing(path) => path,
            Row::Finding(f) => &f.field,
        }
    }
}

/// Missing answers and findings, by step; within a step the missing answers come first.
pub fn rows<'a>(missing: &'a [String], report: &'a Report) -> Vec<Row<'a>> {
    let mut rows: Vec<Row<'a>> = missing.iter().map(|m| Row::Missing(m.as_str())).collect();
    rows.extend(ordered(report).into_iter().map(Row::Finding));
    // Stable: the engine's order is kept inside each step.
    rows.sort_by_key(|r| step_of(r.field()));
    rows
}

/// The label of a finding's field as the step that holds it names it.
pub fn field_label(app: &Application, path: &str, rules: &Rules, tr: &Localizer) -> String {
    let fields = match step_of(path) {
        // The leader's name is "Name" on the form, under its heading: say whose.
        Step::Subject if covers("subject.leader", path) => {
            let label = label_for(&subject::fields(app, rules), path, tr);
            return format!("{} / {label}", tr.t("subject-leader-heading"));
        }
        Step::Subject => subject::fields(app, rules),
        Step::Access => access::fields(app, rules),
        Step::Websites => match websites::index_of(path).filter(|i| *i < app.websites.len()) {
            Some(i) => {
                let site = crate::report::site_title(&app.websites[i], i, tr);
                let label = label_for(&websites::fields(app, rules, i), path, tr);
                return format!("{site} / {label}");
            }
            None => Vec::new(),
        },
        Step::Apps => match apps::index_of(path).filter(|i| *i < app.apps.len()) {
            Some(i) => {
                let name = crate::report::app_title(&app.apps[i], i, tr);
                let label = label_for(&apps::fields(app, i), path, tr);
                return format!("{name} / {label}");
            }
            None => Vec::new(),
        },
        Step::Province => return tr.t("step-province"),
        _ => Vec::new(),
    };
    let label = label_for(&fields, path, tr);
    // A path no form names (a removed website, the tracker as a whole) is never shown raw:
    // the step that holds it names it.
    if label == path {
        tr.t(&format!("step-{}", step_of(path).as_str()))
    } else {
        label
    }
}

const BINDINGS: &[Binding] = &[
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-move"),
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Command::Confirm,
        "key-go-to-field",
    ),
    Binding::new(&[Key::plain(KeyCode::PageUp)], Command::PageUp, "key-move").help_only(),
    Binding::new(
        &[Key::plain(KeyCode::PageDown)],
        Command::PageDown,
        "key-move",
    )
    .help_only(),
];

pub fn bindings(_: &ReviewState) -> &'static [Binding] {
    BINDINGS
}

pub fn update(
    app: &mut Application,
    state: &mut ReviewState,
    action: &Action,
    report: &Report,
    _: &StepContext<'_>,
) -> StepOutcome {
    let missing = engine::missing_answers(app);
    let rows = rows(&missing, report);
    // A click on a row of the list (`row_at`): the selection the arrow keys move.
    if let Action::SelectIn { pane: LIST, index } = *action
        && index < rows.len()
    {
        state.selected = index;
        return StepOutcome::handled();
    }
    let Action::Command(command) = action else {
        return StepOutcome::default();
    };
    match command {
        Command::Up | Command::Down | Command::PageUp | Command::PageDown => {
            let from = state.selected.min(rows.len().saturating_sub(1));
            state.selected = move_selection(state.selected, rows.len(), *command);
            let (from, to) = (line_of(&rows, from), line_of(&rows, state.selected));
            if matches!(command, Command::PageUp | Command::PageDown) {
                state.list_scroll.page(from, to);
            }
            // The first row of a group brings its heading into view with it.
            let top = if first_of_group(&rows, state.selected) {
                to.saturating_sub(1)
            } else {
                to
            };
            state.list_scroll.follow_items(top, to);
            StepOutcome::handled()
        }
        Command::Confirm => match rows.get(state.selected) {
            Some(row) => StepOutcome {
                handled: true,
                go_to: Some(step_of(row.field())),
                focus: Some(row.field().to_string()),
                ..StepOutcome::default()
            },
            None => StepOutcome::handled(),
        },
        _ => StepOutcome::default(),
    }
}

pub fn view(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &ReviewState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
) {
    let screen = layout(area, app, report, tr);
    frame.render_widget(
        Paragraph::new(tr.t("review-title")).style(theme::title()),
        screen.title,
    );
    frame.render_widget(Paragraph::new(screen.summary), screen.summary_area);
    frame.render_widget(Paragraph::new(screen.verdict), screen.verdict_area);
    let missing = engine::missing_answers(app);
    let rows = rows(&missing, report);
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new(tr.t("review-no-findings")).style(theme::muted()),
            screen.list_area,
        );
        return;
    }
    let list = list_lines(app, state, &rows, rules, tr);
    scroll::render_items(
        frame,
        screen.list_area,
        &list.lines,
        Some(list.selected),
        theme::selected(),
        &state.list_scroll,
        tr,
    );
}

/// The pane of `Action::SelectIn`: the list of missing answers and findings.
const LIST: usize = 0;

/// The row of the list (in pane `LIST`) a click at screen row `row` of `view`'s `area`
/// selects: not a group heading, a gauge, the verdict, a marker or the blank below the list.
/// The gauges are no selection of the keys either: a click on one does nothing.
pub fn row_at(
    area: Rect,
    app: &Application,
    state: &ReviewState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
    row: u16,
) -> Option<(usize, usize)> {
    let missing = engine::missing_answers(app);
    let rows = rows(&missing, report);
    if rows.is_empty() {
        return None;
    }
    let list_area = layout(area, app, report, tr).list_area;
    let list = list_lines(app, state, &rows, rules, tr);
    let line = scroll::item_at(
        list_area,
        &list.lines,
        Some(list.selected),
        &state.list_scroll,
        row,
    )?;
    list.rows[line].map(|index| (LIST, index))
}

/// Where `view` puts the title, the gauges, the verdict and the list, with the gauge and
/// verdict lines already wrapped (under their own text, rather than cut) to the width.
struct ScreenLayout {
    title: Rect,
    summary: Vec<Line<'static>>,
    summary_area: Rect,
    verdict: Vec<Line<'static>>,
    verdict_area: Rect,
    list_area: Rect,
}

fn layout(area: Rect, app: &Application, report: &Report, tr: &Localizer) -> ScreenLayout {
    let width = usize::from(area.width);
    let summary: Vec<Line<'static>> = gauges::step_counts(app, report)
        .iter()
        .flat_map(|count| wrap::wrap_line(&gauges::summary_line(count, app, tr), width))
        .collect();
    // The one verdict (`check --complete` fails on the same "not ready").
    let (text, style) = match engine::verdict(report) {
        Verdict::Errors(n) => (
            tr.ta("review-not-ready", &[("errors", arg_num(n as i64))]),
            theme::error(),
        ),
        Verdict::MissingAnswers(n) => (
            tr.ta("review-missing", &[("count", arg_num(n as i64))]),
            theme::warning(),
        ),
        Verdict::DocumentsMissing => (tr.t("review-documents-missing"), theme::warning()),
        // Warnings include every check that could not be made ("?"): no plain "ready" then.
        Verdict::Unconfirmed(n) => (
            tr.ta("review-ready-but-open", &[("count", arg_num(n as i64))]),
            theme::warning(),
        ),
        Verdict::Ready => (tr.t("review-ready-to-submit"), theme::ok()),
    };
    let mut verdict = wrap::wrap_line(&Line::styled(text, style), width);
    verdict.push(Line::raw(""));
    let [title, summary_area, verdict_area, list_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(summary.len() as u16),
        Constraint::Length(verdict.len() as u16),
        Constraint::Fill(1),
    ])
    .areas(area);
    ScreenLayout {
        title,
        summary,
        summary_area,
        verdict,
        verdict_area,
        list_area,
    }
}

/// The line of `list_lines` that row `index` of `rows` is: after its own and every earlier
/// group's heading (rows come sorted by step).
fn line_of(rows: &[Row<'_>], index: usize) -> usize {
    let mut headings = 0;
    let mut current = None;
    for row in rows.iter().take(index + 1) {
        let step = step_of(row.field());
        if current != Some(step) {
            current = Some(step);
            headings += 1;
        }
    }
    index + headings
}

/// Whether row `index` is the first of its group (the line above it is a heading).
fn first_of_group(rows: &[Row<'_>], index: usize) -> bool {
    let step = |i: usize| rows.get(i).map(|r| step_of(r.field()));
    index == 0 || step(index - 1) != step(index)
}

/// The list as `scroll::render_items` draws it: one line for each group heading and row,
/// the row each line is (`None` for a heading), and the line of the selected row.
struct ListLines {
    lines: Vec<Line<'static>>,
    rows: Vec<Option<usize>>,
    selected: usize,
}

fn list_lines(
    app: &Application,
    state: &ReviewState,
    rows: &[Row<'_>],
    rules: &Rules,
    tr: &Localizer,
) -> ListLines {
    // Group headings are lines too; the selection skips them. Long rows wrap under their
    // own text; the window moves only as far as keeps the selection in view (`list_scroll`).
    let mut list = ListLines {
        lines: Vec::new(),
        rows: Vec::new(),
        selected: 0,
    };
    let mut current: Option<Step> = None;
    for (i, row) in rows.iter().enumerate() {
        let step = step_of(row.field());
        if current != Some(step) {
            current = Some(step);
            let in_step = rows.iter().filter(|r| step_of(r.field()) == step).count();
            let heading = tr.ta(
                "review-group",
                &[
                    ("step", arg_str(&tr.t(&format!("step-{}", step.as_str())))),
                    ("count", arg_num(in_step as i64)),
                ],
            );
            list.lines.push(Line::styled(heading, theme::title()));
            list.rows.push(None);
        }
        if i == state.selected.min(rows.len() - 1) {
            list.selected = list.lines.len();
        }
        let line = match row {
            Row::Missing(path) => Line::from(vec![
                Span::styled("? ", theme::warning()),
                Span::styled(
                    crate::app::view::label(tr, &field_label(app, path, rules, tr)),
                    theme::muted(),
                ),
                Span::raw(tr.t("review-missing-answer")),
            ]),
            Row::Finding(finding) => {
                let (mark, style) = severity_mark(finding.severity);
                Line::from(vec![
                    Span::styled(format!("{mark} "), style),
                    Span::styled(
                        crate::app::view::label(tr, &field_label(app, &finding.field, rules, tr)),
                        theme::muted(),
                    ),
                    Span::raw(finding_message(finding, rules, tr)),
                ])
            }
        };
        list.lines.push(line);
        list.rows.push(Some(i));
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_belong_to_the_step_that_edits_them() {
        assert_eq!(step_of("subject.province"), Step::Province);
        assert_eq!(step_of("subject.leader.mobile"), Step::Subject);
        assert_eq!(
            step_of("websites[0].registration.registrant"),
            Step::Websites
        );
        assert_eq!(step_of("access.region"), Step::Access);
        assert_eq!(step_of("checklist"), Step::Documents);
        assert_eq!(step_of("subjects"), Step::Review);
    }

    #[test]
    fn a_click_selects_a_row_that_is_there() {
        // A blank application: its missing answers are the rows.
        let mut app = Application::default();
        let rows = engine::missing_answers(&app).len();
        assert!(rows > 2, "{rows}");
        let (report, mut state) = (Report::default(), ReviewState::default());
        let now = crate::model::Instant::parse("2026-11-22T18:02:11+08:00").unwrap();
        let context = StepContext {
            now: &now,
            rules: Rules::builtin(),
        };
        let mut click = |pane, index| {
            let action = Action::SelectIn { pane, index };
            update(&mut app, &mut state, &action, &report, &context).handled
        };
        assert!(click(LIST, rows - 1));
        // The nearest cases: a row past the last, and another pane.
        assert!(!click(LIST, rows));
        assert!(!click(LIST + 1, 0));
        assert_eq!(state.selected, rows - 1);
    }

    #[test]
    fn the_line_of_a_row_counts_the_headings_above_it() {
        // A blank application: missing answers in several steps, each under its heading.
        let app = Application::default();
        let missing = engine::missing_answers(&app);
        let report = Report::default();
        let rows = rows(&missing, &report);
        let tr = Localizer::new(crate::i18n::Lang::EnUs);
        let mut state = ReviewState::default();
        for i in 0..rows.len() {
            state.selected = i;
            let list = list_lines(&app, &state, &rows, Rules::builtin(), &tr);
            assert_eq!(line_of(&rows, i), list.selected, "row {i}");
        }
        assert!(
            line_of(&rows, rows.len() - 1) > rows.len(),
            "one heading at least"
        );
    }
}
