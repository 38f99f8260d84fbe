//! Step: every deadline by urgency, with a gauge and a colour, beside the filing tracker where
//! the user records what happened (`[progress]`); a timeline of the filing's stages on top.
//! The screen ticks every second while it is shown (the SMS window counts hours).

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::app::action::{Action, Command};
use crate::app::keys::{Binding, Key};
use crate::app::state::Unsaved;
use crate::app::update::apply_edit;
use crate::app::view::{self, scroll, theme};
use crate::engine::{DeadlineKind, Report, Severity};
use crate::i18n::{Localizer, arg_str};
use crate::model::{Application, Instant};
use crate::rules::Rules;
use crate::ui::text_input::TextInput;
use crate::ui::wrap;

use super::finding_text;
use super::tracker::{Field, Invalid, Stage, current_stage};
use super::urgency::{Urgency, by_urgency};
use super::{StepContext, StepOutcome, move_selection};
pub use crate::report::deadline::{deadline_label, time_left};

pub mod chart;

/// From this width the two panes stand side by side.
pub const SIDE_BY_SIDE_WIDTH: u16 = 140;
/// From this height (of the step's area) they stand one above the other.
pub const TALL_HEIGHT: u16 = 30;
/// The tracker's nine fields, three lines of notes and a border.
const TRACKER_HEIGHT: u16 = 14;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    Deadlines,
    Tracker,
}

#[derive(Debug, Default)]
pub struct CountdownState {
    pub pane: Pane,
    /// Index into `tracker::Field::ALL`.
    pub field: usize,
    pub editing: bool,
    pub input: TextInput,
    /// Why the value typed last was not written.
    pub invalid: Option<Invalid>,
    /// What Enter records in a field left empty: now, or today.
    pub suggestion: Option<String>,
    pub scroll: u16,
    /// How far `scroll` can go, as last drawn.
    pub scroll_limit: scroll::ScrollLimit,
}

impl CountdownState {
    pub fn selected_field(&self) -> Field {
        Field::ALL[self.field.min(Field::ALL.len() - 1)]
    }
}

const DEADLINE_BINDINGS: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Tab), Key::plain(KeyCode::BackTab)],
        Command::NextField,
        "countdown-key-tracker",
    ),
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-scroll"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-scroll"),
];

const TRACKER_BINDINGS: &[Binding] = &[
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-move"),
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Command::Confirm,
        "countdown-key-record",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Tab), Key::plain(KeyCode::BackTab)],
        Command::NextField,
        "countdown-key-deadlines",
    ),
];

const EDIT_BINDINGS: &[Binding] = &[Binding::new(
    &[Key::plain(KeyCode::Enter)],
    Command::Confirm,
    "countdown-key-save",
)];

pub fn bindings(state: &CountdownState) -> &'static [Binding] {
    match (state.editing, state.pane) {
        (true, _) => EDIT_BINDINGS,
        (false, Pane::Deadlines) => DEADLINE_BINDINGS,
        (false, Pane::Tracker) => TRACKER_BINDINGS,
    }
}

pub fn update(
    app: &mut Application,
    state: &mut CountdownState,
    action: &Action,
    context: &StepContext<'_>,
) -> StepOutcome {
    if matches!(action, Action::Tick) {
        // The dispatcher has recorded the new moment; the next frame shows it.
        return StepOutcome::handled();
    }
    if state.editing {
        return update_editing(app, state, action);
    }
    let command = match *action {
        Action::SelectIn {
            pane: TRACKER,
            index,
        } if index < Field::ALL.len() => {
            state.pane = Pane::Tracker;
            state.field = index;
            return StepOutcome::handled();
        }
        Action::SelectIn { pane: TABS, index } => {
            state.pane = if index == 0 {
                Pane::Deadlines
            } else {
                Pane::Tracker
            };
            return StepOutcome::handled();
        }
        // The wheel gives the pane under it the keys, then moves as an arrow there.
        Action::Scroll { pane, down } if pane == DEADLINES || pane == TRACKER => {
            state.pane = if pane == TRACKER {
                Pane::Tracker
            } else {
                Pane::Deadlines
            };
            &super::arrow(down)
        }
        Action::Command(ref command) => command,
        _ => return StepOutcome::default(),
    };
    match (state.pane, command) {
        (_, Command::NextField | Command::PrevField) => {
            state.pane = match state.pane {
                Pane::Deadlines => Pane::Tracker,
                Pane::Tracker => Pane::Deadlines,
            };
        }
        (Pane::Deadlines, Command::Up) => state.scroll = state.scroll_limit.moved(state.scroll, -1),
        (Pane::Deadlines, Command::Down) => {
            state.scroll = state.scroll_limit.moved(state.scroll, 1)
        }
        (Pane::Deadlines, Command::PageUp) => {
            state.scroll = state.scroll_limit.moved(state.scroll, -8)
        }
        (Pane::Deadlines, Command::PageDown) => {
            state.scroll = state.scroll_limit.moved(state.scroll, 8)
        }
        (
            Pane::Tracker,
            Command::Up
            | Command::Down
            | Command::PageUp
            | Command::PageDown
            | Command::First
            | Command::Last,
        ) => state.field = move_selection(state.field, Field::ALL.len(), *command),
        (Pane::Tracker, Command::Confirm) => {
            let field = state.selected_field();
            let current = field.get(&app.progress);
            // An empty field offers now (or today): Enter twice records the moment, typing
            // writes something else.
            let suggestion = field.suggestion(context.now);
            state.suggestion = (current.is_empty() && !suggestion.is_empty()).then_some(suggestion);
            state.input = TextInput::new(current);
            state.editing = true;
            state.invalid = None;
        }
        _ => return StepOutcome::default(),
    }
    StepOutcome::handled()
}

/// What the field holds: the typed text, or the suggestion while nothing is typed.
fn typed(state: &CountdownState) -> String {
    match (&state.suggestion, state.input.is_empty()) {
        (Some(suggestion), true) => suggestion.clone(),
        _ => state.input.value().to_string(),
    }
}

fn update_editing(
    app: &mut Application,
    state: &mut CountdownState,
    action: &Action,
) -> StepOutcome {
    let field = state.selected_field();
    match action {
        Action::Edit(edit) => {
            apply_edit(&mut state.input, edit.clone());
            state.invalid = None;
            StepOutcome::handled()
        }
        Action::Command(Command::Confirm) => {
            match field.set(&mut app.progress, &typed(state)) {
                Ok(changed) => {
                    state.editing = false;
                    StepOutcome {
                        handled: true,
                        changed,
                        go_to: None,
                        ..StepOutcome::default()
                    }
                }
                // Strict: the typed text stays in the field with a message; nothing is written.
                Err(invalid) => {
                    state.invalid = Some(invalid);
                    StepOutcome::handled()
                }
            }
        }
        Action::Command(Command::Back) => {
            state.editing = false;
            state.invalid = None;
            StepOutcome::handled()
        }
        // Leaving the step writes a valid value and drops an invalid one.
        Action::Command(Command::NextStep | Command::PrevStep) => {
            let changed = field.set(&mut app.progress, &typed(state)).unwrap_or(false);
            state.editing = false;
            state.invalid = None;
            StepOutcome {
                handled: false,
                changed,
                go_to: None,
                ..StepOutcome::default()
            }
        }
        _ => StepOutcome::handled(),
    }
}

/// Writes a half-typed tracker value when the app quits (Ctrl+C or a signal). A value that
/// does not parse cannot be written; it is returned so the user is told after the app closes.
pub fn commit_pending(app: &mut Application, state: &mut CountdownState) -> Option<Unsaved> {
    if !state.editing {
        return None;
    }
    let field = state.selected_field();
    let typed = typed(state);
    state.editing = false;
    match field.set(&mut app.progress, &typed) {
        Ok(_) => None,
        Err(invalid) => Some(Unsaved {
            field: format!("tracker-field-{}", field.key()),
            typed: typed.trim().to_string(),
            why: invalid.message_id().to_string(),
        }),
    }
}

// ---- View ----

/// Why a typed value was refused; a day the month lacks says how many days it has.
fn invalid_message(invalid: Invalid, tr: &Localizer) -> String {
    match invalid {
        Invalid::NoSuchDay { month, days } => tr.ta(
            "habits-date-no-such-day",
            &[
                ("month", crate::i18n::arg_num(i64::from(month))),
                ("days", crate::i18n::arg_num(i64::from(days))),
            ],
        ),
        _ => tr.t(invalid.message_id()),
    }
}

#[allow(clippy::too_many_arguments)]
pub fn view(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &CountdownState,
    report: &Report,
    now: &Instant,
    rules: &Rules,
    tr: &Localizer,
) {
    // The wizard's report is checked as of `now` after every action and every tick.
    render(frame, area, app, report, state, now, rules, tr);
}

/// Draws the countdown for a given report (so tests can draw constructed deadlines).
#[allow(clippy::too_many_arguments)]
pub fn render(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    report: &Report,
    state: &CountdownState,
    now: &Instant,
    rules: &Rules,
    tr: &Localizer,
) {
    let (tall, wide, [title, timeline, tabs, _]) = rows(area);
    frame.render_widget(
        Paragraph::new(tr.t("countdown-title")).style(theme::title()),
        title,
    );
    render_timeline(frame, timeline, app, tr);
    if !wide && !tall {
        render_pane_tabs(frame, tabs, state, tr);
    }
    let (deadlines, tracker) = pane_areas(area, state);
    if let Some(pane) = deadlines {
        render_deadlines(frame, pane, app, report, state, now, rules, tr);
    }
    if let Some(pane) = tracker {
        render_tracker(frame, pane, app, report, state, rules, tr);
    }
}

/// Tall: both panes one above the other. Wide: side by side. Otherwise Tab switches. Whether
/// tall and wide, and the rows: title, timeline, tabs (when neither), panes.
fn rows(area: Rect) -> (bool, bool, [Rect; 4]) {
    let tall = area.height >= TALL_HEIGHT;
    let wide = !tall && area.width >= SIDE_BY_SIDE_WIDTH;
    let rows = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(u16::from(!wide && !tall)),
        Constraint::Fill(1),
    ])
    .areas(area);
    (tall, wide, rows)
}

/// Where `render` draws the deadlines and the tracker (a pane not shown has none).
fn pane_areas(area: Rect, state: &CountdownState) -> (Option<Rect>, Option<Rect>) {
    let (tall, wide, [_, _, _, panes]) = rows(area);
    if tall {
        let [top, bottom] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(TRACKER_HEIGHT)])
                .areas(panes);
        (Some(top), Some(bottom))
    } else if wide {
        let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(60)])
            .spacing(1)
            .areas(panes);
        (Some(left), Some(right))
    } else {
        match state.pane {
            Pane::Deadlines => (Some(panes), None),
            Pane::Tracker => (None, Some(panes)),
        }
    }
}

/// The panes of `Action::SelectIn` and `Action::Scroll`.
const DEADLINES: usize = 0;
const TRACKER: usize = 1;
const TABS: usize = 2;

/// The pane under (`column`, `row`) of `view`'s `area` (the wheel), unless a date is typed.
pub fn pane_at(area: Rect, state: &CountdownState, column: u16, row: u16) -> Option<usize> {
    if state.editing {
        return None;
    }
    let at = ratatui::layout::Position::new(column, row);
    let (deadlines, tracker) = pane_areas(area, state);
    if deadlines.is_some_and(|r| r.contains(at)) {
        Some(DEADLINES)
    } else if tracker.is_some_and(|r| r.contains(at)) {
        Some(TRACKER)
    } else {
        None
    }
}

/// The tracker's field a click at (`column`, `row`) selects (pane `TRACKER`): its rows
/// inside the border; or, where one pane shows at a time, the pane whose tab it is (pane
/// `TABS`, 0 the deadlines, 1 the tracker). Nothing while a date is typed.
pub fn row_at(
    area: Rect,
    state: &CountdownState,
    tr: &Localizer,
    column: u16,
    row: u16,
) -> Option<(usize, usize)> {
    if state.editing {
        return None;
    }
    let (tall, wide, [_, _, tabs, _]) = rows(area);
    if !tall && !wide && row == tabs.y {
        let mut x = tabs.x;
        for (index, id) in ["countdown-deadlines", "countdown-tracker"]
            .iter()
            .enumerate()
        {
            // As `render_pane_tabs` draws them: " name ", a space between.
            let width = tr.t(id).width() as u16 + 2;
            if (x..x + width).contains(&column) {
                return Some((TABS, index));
            }
            x += width + 1;
        }
        return None;
    }
    let inner = pane_areas(area, state)
        .1?
        .inner(ratatui::layout::Margin::new(1, 1));
    let at = ratatui::layout::Position::new(column, row);
    let index = usize::from(row.checked_sub(inner.y)?);
    (inner.contains(at) && index < Field::ALL.len()).then_some((TRACKER, index))
}

/// Cuts `text` to `width` columns (never splitting a character) and pads it to exactly that.
fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = g.width();
        if used + w > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push_str(&" ".repeat(width - used));
    out
}

fn render_timeline(frame: &mut Frame<'_>, area: Rect, app: &Application, tr: &Localizer) {
    let current = current_stage(&app.progress);
    let cell = (area.width as usize / Stage::ALL.len()).max(4);
    let mut labels = Vec::new();
    let mut dates = Vec::new();
    let tick = format!("{} ", crate::app::view::symbols::current().tick);
    for stage in Stage::ALL {
        let done = stage.done_on(&app.progress);
        let (mark, style) = match done {
            Some(_) => (tick.as_str(), theme::ok()),
            None if Some(stage) == current => ("> ", theme::step_current()),
            None => ("  ", theme::step_other()),
        };
        let label = format!(
            "{mark}{} ",
            tr.t(&format!("countdown-stage-{}", stage.key()))
        );
        let label = fit(&label, cell - 1).trim_end().to_string() + " ";
        // The bar after a stage shows whether the filing has moved past it.
        let fill = if done.is_some() { "=" } else { "-" };
        let rest = (cell - 1).saturating_sub(label.width());
        labels.push(Span::styled(label, style));
        labels.push(Span::styled(fill.repeat(rest), theme::muted()));
        labels.push(Span::raw(" "));
        let date = done.map(|d| d.to_string()).unwrap_or_default();
        dates.push(Span::styled(
            fit(&format!("  {date}"), cell),
            theme::muted(),
        ));
    }
    frame.render_widget(
        Paragraph::new(vec![Line::from(labels), Line::from(dates)]),
        area,
    );
}

fn render_pane_tabs(frame: &mut Frame<'_>, area: Rect, state: &CountdownState, tr: &Localizer) {
    let tab = |pane: Pane, id: &str| {
        let style = if state.pane == pane {
            theme::step_current()
        } else {
            theme::step_other()
        };
        Span::styled(format!(" {} ", tr.t(id)), style)
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            tab(Pane::Deadlines, "countdown-deadlines"),
            Span::raw(" "),
            tab(Pane::Tracker, "countdown-tracker"),
            Span::styled(format!("  {}", tr.t("countdown-tab-hint")), theme::muted()),
        ])),
        area,
    );
}

pub fn urgency_style(urgency: Urgency) -> Style {
    match urgency {
        Urgency::Overdue => theme::error().add_modifier(Modifier::BOLD | Modifier::REVERSED),
        Urgency::Week => theme::error(),
        Urgency::Month => theme::warning(),
        Urgency::Later => theme::ok(),
    }
}

#[allow(clippy::too_many_arguments)]
fn render_deadlines(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    report: &Report,
    state: &CountdownState,
    now: &Instant,
    rules: &Rules,
    tr: &Localizer,
) {
    let focused = state.pane == Pane::Deadlines && !state.editing;
    let block = view::pane(&tr.t("countdown-deadlines"), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let timed = by_urgency(&report.deadlines, now);
    let width = inner.width as usize;
    let sms_hours = i64::from(rules.figures().sms_window_hours.value);
    let rows: Vec<(String, String, String, chart::Fill)> = timed
        .iter()
        .enumerate()
        .map(|(i, t)| {
            (
                format!(
                    "{} {}",
                    chart::marker(i),
                    deadline_label(app, t.deadline.kind, &t.deadline.field, tr)
                ),
                t.deadline.due.to_string(),
                time_left(t, tr),
                chart::fill(t, now, sms_hours),
            )
        })
        .collect();
    let left_width = rows.iter().map(|r| r.2.width()).max().unwrap_or(0);
    let spans: Vec<String> = rows.iter().map(|r| chart::span_text(r.3, tr)).collect();
    let span_width = spans.iter().map(|s| s.width()).max().unwrap_or(0);
    // Label, date (10), time left, bar, span: the label gives way first.
    let gauge_width = 12.min(width / 6).max(4);
    let label_width = rows
        .iter()
        .map(|r| r.0.width())
        .max()
        .unwrap_or(0)
        .min(width.saturating_sub(10 + left_width + gauge_width + span_width + 4));
    let mut lines: Vec<Line<'_>> = Vec::new();
    if rows.is_empty() {
        lines.push(Line::styled(tr.t("countdown-none"), theme::muted()));
    }
    for ((label, due, left, fill), (t, span)) in rows.iter().zip(timed.iter().zip(&spans)) {
        let style = urgency_style(t.urgency);
        // A label too long for its column wraps inside it, under its own text.
        let label_lines = wrap::wrap_indented(label, label_width.max(4), 2);
        lines.push(Line::from(vec![
            Span::styled(fit(&label_lines[0], label_width), style),
            Span::raw(" "),
            Span::raw(due.clone()),
            Span::raw(" "),
            Span::styled(fit(left, left_width), style),
            Span::raw(" "),
            Span::styled(chart::bar(*fill, gauge_width), style),
            Span::styled(format!(" {span}"), theme::muted()),
        ]));
        for more in &label_lines[1..] {
            lines.push(Line::styled(more.clone(), style));
        }
        for basis in crate::engine::deadline_basis(app, rules, t.deadline) {
            let line = tr.ta(
                "domains-source-line",
                &[
                    ("what", arg_str(&basis.what)),
                    ("date", arg_str(&basis.as_of.to_string())),
                ],
            );
            let label = view::label(tr, &tr.t("domains-source"));
            lines.push(Line::styled(format!("  {label}{line}"), theme::muted()));
        }
        if let Some(year) = t.deadline.assumed_year {
            let note = tr.ta("deadline-estimate", &[("year", arg_str(&year.to_string()))]);
            lines.push(Line::styled(format!("  {note}"), theme::muted()));
        }
        if t.deadline.kind == DeadlineKind::AccessSubscription {
            lines.push(Line::styled(
                format!("  {}", tr.t("countdown-instance-warning")),
                theme::warning(),
            ));
        }
    }
    if app.access.subscription_end.is_none() {
        lines.push(Line::styled(
            tr.t("countdown-instance-missing"),
            theme::warning(),
        ));
    }
    // The axis on top, the rows scrolled under it, the legend at the bottom.
    let axis = chart::axis(&timed, now.china_date(), width, tr);
    let legend = wrap::wrap_line(&chart::legend(tr), width);
    let chart_rows = if rows.is_empty() {
        0
    } else {
        axis.len() as u16
    };
    let legend_rows = if rows.is_empty() {
        0
    } else {
        legend.len() as u16
    };
    let [axis_area, list_area, legend_area] = Layout::vertical([
        Constraint::Length(chart_rows),
        Constraint::Fill(1),
        Constraint::Length(legend_rows),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(axis), axis_area);
    scroll::render_limited(
        frame,
        list_area,
        &lines,
        usize::from(state.scroll),
        &state.scroll_limit,
        tr,
    );
    frame.render_widget(Paragraph::new(legend), legend_area);
}

fn render_tracker(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    report: &Report,
    state: &CountdownState,
    rules: &Rules,
    tr: &Localizer,
) {
    let focused = state.pane == Pane::Tracker;
    let block = view::pane(&tr.t("countdown-tracker"), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let labels: Vec<String> = Field::ALL
        .iter()
        .map(|f| tr.t(&format!("tracker-field-{}", f.key())))
        .collect();
    let label_width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let selected = state.selected_field();
    for (i, (field, label)) in Field::ALL.iter().zip(&labels).enumerate() {
        if i as u16 >= inner.height {
            return;
        }
        let row = Rect {
            y: inner.y + i as u16,
            height: 1,
            ..inner
        };
        let is_selected = focused && *field == selected;
        if is_selected && state.editing {
            let label = format!("> {} ", fit(label, label_width + 1).trim_end());
            let hint = match &state.suggestion {
                Some(value) => tr.ta("tracker-suggestion", &[("value", arg_str(value))]),
                None => tr.t(&format!("tracker-hint-{}", format_key(*field))),
            };
            view::text_field(frame, row, &label, &state.input, &hint, true);
            continue;
        }
        let value = field.get(&app.progress);
        let value = if value.is_empty() {
            Span::styled("-", theme::muted())
        } else {
            Span::raw(value)
        };
        let marker = if is_selected { ">" } else { " " };
        let line = Line::from(vec![
            Span::raw(format!(
                "{marker} {} ",
                fit(
                    view::label(tr, label).trim_end(),
                    label_width + view::label(tr, "").trim_end().width()
                )
            )),
            value,
        ]);
        let line = if is_selected {
            line.style(theme::selected())
        } else {
            line
        };
        frame.render_widget(Paragraph::new(line), row);
    }
    // Below the fields: why a value was refused, then what the engine says about progress.
    let mut notes: Vec<Line<'_>> = Vec::new();
    if let (true, Some(invalid)) = (state.editing, state.invalid) {
        notes.push(Line::styled(
            format!(
                "{sym} {}",
                invalid_message(invalid, tr),
                sym = crate::app::view::symbols::current().cross
            ),
            theme::error(),
        ));
    } else if state.editing {
        notes.push(Line::styled(tr.t("tracker-edit-hint"), theme::muted()));
    }
    for finding in report.for_field("progress") {
        let (mark, style) = match finding.severity {
            Severity::Error => (crate::app::view::symbols::current().cross, theme::error()),
            Severity::Warning => ("!", theme::warning()),
            Severity::Info => ("i", theme::muted()),
        };
        notes.push(Line::styled(
            format!("{mark} {}", finding_text::message(finding, rules, tr)),
            style,
        ));
    }
    let used = Field::ALL.len() as u16;
    if inner.height > used {
        let rest = Rect {
            y: inner.y + used,
            height: inner.height - used,
            ..inner
        };
        scroll::render(frame, rest, &notes, 0, tr);
    }
}

fn format_key(field: Field) -> &'static str {
    match field.format() {
        super::tracker::Format::Date => "date",
        super::tracker::Format::Instant => "instant",
        super::tracker::Format::Text => "text",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_and_pads_by_display_width() {
        assert_eq!(fit("管局审核", 5), "管局 ");
        assert_eq!(fit("SMS", 5), "SMS  ");
        assert_eq!(fit("abcdef", 3), "abc");
    }
}
