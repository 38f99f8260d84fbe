//! Step: after approval. Open rectification and verification notices and planned changes,
//! each with its countdown (the engine's deadlines and findings), the deadlines that keep the
//! filing alive, and the footer the homepage must carry with a key that copies it.
//! Two lists (Tab switches); Enter edits an item in a form, Space marks it done (or filed)
//! today, n adds, d removes after y/n, c copies the footer.

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::action::{Action, Command};
use crate::app::effect::Effect;
use crate::app::form::view::{Form, finding_message, render_step, severity_mark};
use crate::app::form::{Field, FormState, Named, bind, covers, options};
use crate::app::keys::{Binding, Key};
use crate::app::view::{self, scroll, theme};
use crate::engine::{Deadline, DeadlineKind, Report};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::{Application, Change, Instant, Notice, NoticeFrom};
use crate::report::footer::{FooterError, PsbPart, footer};
use crate::rules::Rules;

use super::countdown::urgency_style;
use super::items::{CONFIRM, answer_removal, index_in};
use super::{StepContext, StepOutcome, move_selection};
use crate::engine::urgency::{Timed, by_urgency, timed};
use crate::report::deadline::{deadline_label, time_left};

impl Named for NoticeFrom {
    const VALUES: &'static [Self] = NoticeFrom::ALL;
    fn name(self) -> &'static str {
        self.as_str()
    }
    fn parse(name: &str) -> Option<Self> {
        NoticeFrom::from_name(name)
    }
}

/// Which list has the focus.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    Notices,
    Changes,
}

impl Pane {
    /// The list's key in the file.
    fn key(self) -> &'static str {
        match self {
            Pane::Notices => "notices",
            Pane::Changes => "changes",
        }
    }

    fn other(self) -> Pane {
        match self {
            Pane::Notices => Pane::Changes,
            Pane::Changes => Pane::Notices,
        }
    }

    /// The pane of `Action::SelectIn` and `Action::Scroll`.
    fn from_index(pane: usize) -> Option<Pane> {
        match pane {
            NOTICES => Some(Pane::Notices),
            CHANGES => Some(Pane::Changes),
            _ => None,
        }
    }
}

#[derive(Debug, Default)]
pub struct WatchState {
    pub pane: Pane,
    pub notice: usize,
    pub change: usize,
    /// The item open in the form.
    pub editing: Option<(Pane, usize)>,
    /// A removal waiting for y/n.
    pub confirm_remove: Option<(Pane, usize)>,
    pub form: FormState,
}

impl WatchState {
    /// The highlighted item of `pane`.
    fn selected_mut(&mut self, pane: Pane) -> &mut usize {
        match pane {
            Pane::Notices => &mut self.notice,
            Pane::Changes => &mut self.change,
        }
    }

    fn selected(&self, pane: Pane) -> usize {
        match pane {
            Pane::Notices => self.notice,
            Pane::Changes => self.change,
        }
    }

    fn edit(&mut self, app: &Application, pane: Pane, index: usize) {
        self.editing = Some((pane, index));
        self.form = FormState::new(&fields(app, pane, index), app);
    }

    /// Opens the notice or change a finding is about, at its field (`notices[1].deadline`).
    pub fn focus(&mut self, app: &Application, path: &str) -> bool {
        let Some((pane, i)) = item_of(path).filter(|(p, i)| *i < count(app, *p)) else {
            self.editing = None;
            return false;
        };
        self.pane = pane;
        *self.selected_mut(pane) = i;
        self.edit(app, pane, i);
        self.form.focus_path(&fields(app, pane, i), app, path);
        true
    }
}

/// `changes[2].filed` -> (Changes, 2).
pub fn item_of(path: &str) -> Option<(Pane, usize)> {
    [Pane::Notices, Pane::Changes]
        .into_iter()
        .find_map(|pane| Some((pane, index_in(pane.key(), path)?)))
}

/// The form of a notice or a change.
pub fn fields(_: &Application, pane: Pane, i: usize) -> Vec<Field> {
    macro_rules! notice {
        ($name:ident) => {
            bind(
                move |a: &Application| a.notices.get(i).map(|n| &n.$name),
                move |a: &mut Application| a.notices.get_mut(i).map(|n| &mut n.$name),
            )
        };
    }
    macro_rules! change {
        ($name:ident) => {
            bind(
                move |a: &Application| a.changes.get(i).map(|c| &c.$name),
                move |a: &mut Application| a.changes.get_mut(i).map(|c| &mut c.$name),
            )
        };
    }
    let at = |list: &str, name: &str| format!("{list}[{i}].{name}");
    match pane {
        Pane::Notices => vec![
            Field::text("notice-about", at("notices", "about"), notice!(about))
                .hint("notice-about-hint"),
            Field::choice(
                "notice-from",
                at("notices", "from"),
                options::<NoticeFrom>("notice-from"),
                notice!(from),
            ),
            Field::date(
                "notice-received",
                at("notices", "received"),
                notice!(received),
            ),
            Field::date(
                "notice-deadline",
                at("notices", "deadline"),
                notice!(deadline),
            )
            .hint("notice-deadline-hint"),
            Field::date("notice-done", at("notices", "done"), notice!(done))
                .hint("notice-done-hint"),
        ],
        Pane::Changes => vec![
            Field::text("change-what", at("changes", "what"), change!(what))
                .hint("change-what-hint"),
            Field::date("change-planned", at("changes", "planned"), change!(planned)),
            Field::date("change-filed", at("changes", "filed"), change!(filed))
                .hint("change-filed-hint"),
        ],
    }
}

/// Whether a finding's field belongs to this step.
pub fn owns(path: &str) -> bool {
    covers("notices", path) || covers("changes", path)
}

const LIST: &[Binding] = &[
    // The footer shows the first that fit: adding, copying and closing come first.
    Binding::new(&[Key::ch('n')], Command::New, "key-add"),
    Binding::new(&[Key::ch('c')], Command::Copy, "watch-key-copy"),
    Binding::new(&[Key::ch(' ')], Command::Toggle, "watch-key-done"),
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-move"),
    Binding::new(
        &[Key::plain(KeyCode::Tab), Key::plain(KeyCode::BackTab)],
        Command::NextField,
        "watch-key-pane",
    ),
    Binding::new(&[Key::plain(KeyCode::Enter)], Command::Confirm, "key-edit"),
    Binding::new(
        &[Key::ch('d'), Key::plain(KeyCode::Delete)],
        Command::Delete,
        "key-remove",
    ),
];

pub fn bindings(app: &Application, state: &WatchState) -> &'static [Binding] {
    match (state.confirm_remove, state.editing) {
        (Some(_), _) => CONFIRM,
        (None, Some((pane, i))) => state.form.bindings(&fields(app, pane, i)),
        (None, None) => LIST,
    }
}

pub fn text_focus(app: &Application, state: &WatchState) -> bool {
    match (state.confirm_remove, state.editing) {
        (None, Some((pane, i))) => state.form.text_focus(&fields(app, pane, i)),
        _ => false,
    }
}

fn count(app: &Application, pane: Pane) -> usize {
    match pane {
        Pane::Notices => app.notices.len(),
        Pane::Changes => app.changes.len(),
    }
}

pub fn update(
    app: &mut Application,
    state: &mut WatchState,
    action: &Action,
    context: &StepContext<'_>,
) -> StepOutcome {
    if state.confirm_remove.is_some() {
        return confirm_remove(app, state, action);
    }
    if let Some((pane, index)) = state.editing {
        if index >= count(app, pane) {
            state.editing = None;
        } else {
            let outcome = state.form.update(app, action, |a| fields(a, pane, index));
            if !outcome.handled && *action == Action::Command(Command::Back) {
                // Esc leaves the form for the lists, not the wizard.
                state.editing = None;
                return StepOutcome::handled();
            }
            return outcome;
        }
    }
    let command = match *action {
        Action::SelectIn { pane, index } => {
            let Some(pane) = Pane::from_index(pane).filter(|p| index < count(app, *p)) else {
                return StepOutcome::default();
            };
            *state.selected_mut(pane) = index;
            state.pane = pane;
            return StepOutcome::handled();
        }
        // The wheel gives the list under it the keys, then moves its selection.
        Action::Scroll { pane, down } => {
            let Some(pane) = Pane::from_index(pane) else {
                return StepOutcome::default();
            };
            state.pane = pane;
            &super::arrow(down)
        }
        Action::Command(ref command) => command,
        _ => return StepOutcome::default(),
    };
    let pane = state.pane;
    let n = count(app, pane);
    let selected = state.selected_mut(pane);
    *selected = (*selected).min(n.saturating_sub(1));
    let index = *selected;
    match command {
        Command::Up | Command::Down | Command::PageUp | Command::PageDown => {
            *selected = move_selection(index, n, *command);
            StepOutcome::handled()
        }
        Command::NextField | Command::PrevField => {
            state.pane = pane.other();
            StepOutcome::handled()
        }
        Command::Confirm if n > 0 => {
            state.edit(app, pane, index);
            StepOutcome::handled()
        }
        Command::New => {
            let today = context.now.china_date();
            match pane {
                // A notice arrives today unless the user says otherwise.
                Pane::Notices => app.notices.push(Notice {
                    received: Some(today),
                    ..Notice::default()
                }),
                Pane::Changes => app.changes.push(Change::default()),
            }
            let last = count(app, pane) - 1;
            *state.selected_mut(pane) = last;
            state.edit(app, pane, last);
            StepOutcome::changed()
        }
        Command::Toggle if n > 0 => {
            // Done (or filed) today; again to reopen.
            let today = Some(context.now.china_date());
            let slot = match pane {
                Pane::Notices => &mut app.notices[index].done,
                Pane::Changes => &mut app.changes[index].filed,
            };
            *slot = if slot.is_some() { None } else { today };
            StepOutcome::changed()
        }
        Command::Delete if n > 0 => {
            state.confirm_remove = Some((pane, index));
            StepOutcome::handled()
        }
        Command::Copy => StepOutcome {
            handled: true,
            effects: vec![Effect::CopyFooter],
            ..StepOutcome::default()
        },
        _ => StepOutcome::default(),
    }
}

fn confirm_remove(app: &mut Application, state: &mut WatchState, action: &Action) -> StepOutcome {
    answer_removal(&mut state.confirm_remove, action, |(pane, index)| {
        if index >= count(app, pane) {
            return false;
        }
        match pane {
            Pane::Notices => drop(app.notices.remove(index)),
            Pane::Changes => drop(app.changes.remove(index)),
        }
        true
    })
}

/// The footer's HTML, or why there is none: what the copy key copies.
pub fn footer_html(app: &Application) -> Result<String, FooterError> {
    footer(app).map(|f| f.html())
}

/// The deadlines that keep an approved filing alive, besides notices and changes.
const KEEP_ALIVE: &[DeadlineKind] = &[
    DeadlineKind::AccessSubscription,
    DeadlineKind::DomainExpiry,
    DeadlineKind::PsbFiling,
    DeadlineKind::PsbBadge,
    DeadlineKind::CertificateExpiry,
    DeadlineKind::LeaderIdExpiry,
];

/// The field a click at screen row `row` of `view`'s `area` focuses, while a notice or a
/// change is being edited.
pub fn field_at(
    area: Rect,
    app: &Application,
    state: &WatchState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
    row: u16,
) -> Option<usize> {
    let (pane, i) = state.editing.filter(|(p, i)| *i < count(app, *p))?;
    let fields = fields(app, pane, i);
    let form = Form {
        fields: &fields,
        state: &state.form,
        app,
        report,
        rules,
    };
    let prefix = format!("{}[{i}]", pane.key());
    crate::app::form::view::step_field_at(area, &form, &|p| covers(&prefix, p), tr, row)
}

/// How `view` lays out the lists (not editing): the selected item's verdict, the text of
/// an empty changes pane, and the rows: title, notices, changes, verdict, keep-alive,
/// footer, the removal question.
fn areas(
    area: Rect,
    app: &Application,
    state: &WatchState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
) -> (Vec<Line<'static>>, String, [Rect; 7]) {
    // An empty pane is as tall as its (wrapped) message.
    let inner_width = usize::from(area.width.saturating_sub(2));
    let rows_for = |count: usize, empty: &str| {
        if count == 0 {
            crate::ui::wrap::wrap(empty, inner_width).len() as u16
        } else {
            count as u16
        }
    };
    let changes_empty = tr.ta(
        "watch-changes-empty",
        &[(
            "ahead",
            arg_num(i64::from(rules.figures().change_filing_days_ahead.value)),
        )],
    );
    let notices = rows_for(app.notices.len(), &tr.t("watch-notices-empty"));
    let changes = rows_for(app.changes.len(), &changes_empty);
    let confirm = u16::from(state.confirm_remove.is_some());
    let verdict = selected_verdict(app, state, report, area.width, rules, tr);
    let areas = Layout::vertical([
        Constraint::Length(1),
        Constraint::Max(notices + 2),
        Constraint::Max(changes + 2),
        Constraint::Length(verdict.len().min(VERDICT_ROWS) as u16),
        Constraint::Fill(1),
        Constraint::Length(4),
        Constraint::Length(confirm),
    ])
    .areas(area);
    (verdict, changes_empty, areas)
}

/// The panes of `Action::SelectIn` and `Action::Scroll`.
const NOTICES: usize = 0;
const CHANGES: usize = 1;

/// The list under screen row `row` of `view`'s `area` (the wheel), while no item is open.
pub fn pane_at(
    area: Rect,
    app: &Application,
    state: &WatchState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
    row: u16,
) -> Option<usize> {
    if state.editing.is_some() || state.confirm_remove.is_some() {
        return None;
    }
    let (_, _, [_, notices, changes, ..]) = areas(area, app, state, report, rules, tr);
    let inside = |r: Rect| (r.y..r.bottom()).contains(&row);
    if inside(notices) {
        Some(NOTICES)
    } else if inside(changes) {
        Some(CHANGES)
    } else {
        None
    }
}

/// The notice or change a click at (`column`, `row`) of `view`'s `area` selects: a row
/// inside a list's border (the list scrolled as `list_pane` scrolls it).
#[allow(clippy::too_many_arguments)]
pub fn row_at(
    area: Rect,
    app: &Application,
    state: &WatchState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
    column: u16,
    row: u16,
) -> Option<(usize, usize)> {
    let number = pane_at(area, app, state, report, rules, tr, row)?;
    let pane = Pane::from_index(number)?;
    let (_, _, [_, notices, changes, ..]) = areas(area, app, state, report, rules, tr);
    let list = match pane {
        Pane::Notices => notices,
        Pane::Changes => changes,
    };
    let count = count(app, pane);
    let inner = list.inner(ratatui::layout::Margin::new(1, 1));
    if !inner.contains(ratatui::layout::Position::new(column, row)) {
        return None;
    }
    let skip = if state.pane == pane {
        list_skip(
            inner.height,
            state.selected(pane).min(count.saturating_sub(1)),
        )
    } else {
        0
    };
    let index = skip + usize::from(row - inner.y);
    (index < count).then_some((number, index))
}

/// The rows a list of `height` rows inside its border skips to keep `selected` in view.
fn list_skip(height: u16, selected: usize) -> usize {
    (selected + 1).saturating_sub(usize::from(height).max(1))
}

#[allow(clippy::too_many_arguments)]
pub fn view(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &WatchState,
    report: &Report,
    now: &Instant,
    rules: &Rules,
    tr: &Localizer,
) {
    if let Some((pane, i)) = state.editing.filter(|(p, i)| *i < count(app, *p)) {
        let fields = fields(app, pane, i);
        let form = Form {
            fields: &fields,
            state: &state.form,
            app,
            report,
            rules,
        };
        let id = match pane {
            Pane::Notices => "watch-notice-title",
            Pane::Changes => "watch-change-title",
        };
        let prefix = format!("{}[{i}]", pane.key());
        let title = tr.ta(id, &[("n", arg_num(i as i64 + 1))]);
        render_step(frame, area, &title, &form, &|p| covers(&prefix, p), tr);
        return;
    }
    let keep: Vec<Timed<'_>> = by_urgency(&report.deadlines, now)
        .into_iter()
        .filter(|t| KEEP_ALIVE.contains(&t.deadline.kind))
        .collect();
    let (verdict, changes_empty, areas) = areas(area, app, state, report, rules, tr);
    let [
        title,
        notices_area,
        changes_area,
        verdict_area,
        keep_area,
        footer_area,
        confirm_area,
    ] = areas;
    frame.render_widget(
        Paragraph::new(tr.t("watch-title")).style(theme::title()),
        title,
    );
    scroll::render_wrapped(frame, verdict_area, verdict, 0, tr);
    let width = usize::from(area.width.saturating_sub(3));
    let notice_lines = app.notices.iter().enumerate();
    let notice_lines = notice_lines.map(|(i, n)| notice_line(n, i, report, now, tr, width));
    let change_lines = app.changes.iter().enumerate();
    let change_lines = change_lines.map(|(i, c)| change_line(c, i, report, now, tr, width));
    for (pane, pane_area, title, lines, empty) in [
        (
            Pane::Notices,
            notices_area,
            "watch-notices",
            notice_lines.collect(),
            tr.t("watch-notices-empty"),
        ),
        (
            Pane::Changes,
            changes_area,
            "watch-changes",
            change_lines.collect(),
            changes_empty,
        ),
    ] {
        let title = tr.ta(title, &[("count", arg_num(count(app, pane) as i64))]);
        let selected = (state.pane == pane).then_some(state.selected(pane));
        list_pane(frame, pane_area, &title, lines, selected, &empty, tr);
    }
    let keep_lines: Vec<Line<'static>> = if keep.is_empty() {
        vec![Line::styled(tr.t("watch-keep-empty"), theme::muted())]
    } else {
        keep.iter()
            .map(|t| {
                let label = deadline_label(app, t.deadline.kind, &t.deadline.field, tr);
                Line::from(vec![
                    Span::raw(format!(" {}  ", t.deadline.due)),
                    Span::styled(view_fit(&time_left(t, tr), 16), urgency_style(t.urgency)),
                    Span::raw(format!("  {label}")),
                ])
            })
            .collect()
    };
    // Wrapped, with a marker when the pane is too short for all of it.
    for (lines, title, pane_area) in [
        (keep_lines, "watch-keep", keep_area),
        (footer_lines(app, tr), "watch-footer", footer_area),
    ] {
        let block = view::pane(&tr.t(title), false);
        let inner = block.inner(pane_area);
        frame.render_widget(block, pane_area);
        scroll::render(frame, inner, &lines, 0, tr);
    }
    if let Some((pane, _)) = state.confirm_remove {
        let id = match pane {
            Pane::Notices => "watch-remove-notice",
            Pane::Changes => "watch-remove-change",
        };
        frame.render_widget(
            Paragraph::new(tr.t(id)).style(theme::warning()),
            confirm_area,
        );
    }
}

/// Rows for the selected item's verdict; a longer one says how much more there is (Review
/// lists it in full).
const VERDICT_ROWS: usize = 3;

/// What the engine says about the selected item, most severe first, wrapped:
/// the colour of a row says how urgent, this says why.
fn selected_verdict(
    app: &Application,
    state: &WatchState,
    report: &Report,
    width: u16,
    rules: &Rules,
    tr: &Localizer,
) -> Vec<Line<'static>> {
    if count(app, state.pane) == 0 {
        return Vec::new();
    }
    let prefix = format!("{}[{}]", state.pane.key(), state.selected(state.pane));
    let Some(finding) = report.findings.iter().find(|f| covers(&prefix, &f.field)) else {
        return Vec::new();
    };
    let (mark, style) = severity_mark(finding.severity);
    let line = Line::from(vec![
        Span::styled(format!(" {mark} "), style),
        Span::raw(finding_message(finding, rules, tr)),
    ]);
    crate::ui::wrap::wrap_lines(&[line], usize::from(width))
}

fn list_pane(
    frame: &mut Frame<'_>,
    area: Rect,
    title: &str,
    mut lines: Vec<Line<'static>>,
    selected: Option<usize>,
    empty: &str,
    tr: &Localizer,
) {
    if lines.is_empty() {
        let block = view::pane(title, selected.is_some());
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let text = [Line::styled(empty.to_string(), theme::muted())];
        scroll::render(frame, inner, &text, 0, tr);
        return;
    } else {
        let current = selected.map(|i| i.min(lines.len() - 1));
        for (i, line) in lines.iter_mut().enumerate() {
            // A marker besides the colour, so the selection shows on any terminal.
            let marker = if Some(i) == current { ">" } else { " " };
            line.spans.insert(0, Span::raw(marker));
            if Some(i) == current {
                *line = std::mem::take(line).style(theme::selected());
            }
        }
    }
    // Keep the selection in view in a short pane.
    let skip = selected.map_or(0, |s| list_skip(area.height.saturating_sub(2), s));
    let lines: Vec<_> = lines.into_iter().skip(skip).collect();
    frame.render_widget(
        Paragraph::new(lines).block(view::pane(title, selected.is_some())),
        area,
    );
}

fn view_fit(text: &str, width: usize) -> String {
    crate::app::form::view::pad(&crate::app::form::view::fit(text, width), width)
}

/// "due 2026-12-05  4 days left  provider  footer number missing", coloured by urgency.
fn notice_line(
    n: &Notice,
    i: usize,
    report: &Report,
    now: &Instant,
    tr: &Localizer,
    width: usize,
) -> Line<'static> {
    let from = n
        .from
        .map(|f| tr.t(&format!("notice-from-{}", f.as_str())))
        .unwrap_or_default();
    let done = n
        .done
        .map(|d| tr.ta("watch-done-on", &[("date", arg_str(&d.to_string()))]));
    let deadline = deadline_of(report, &format!("notices[{i}].deadline"));
    // Open without a deadline: cannot be counted down, and the screen says so.
    let unset = (tr.t("watch-no-deadline"), theme::warning());
    let (when, style) = when(done, deadline, unset, now, tr);
    let about = item_name(n.about.as_deref(), i, tr);
    item_line(&when, style, &format!("  {from}  {about}"), width)
}

fn change_line(
    c: &Change,
    i: usize,
    report: &Report,
    now: &Instant,
    tr: &Localizer,
    width: usize,
) -> Line<'static> {
    let filed = c
        .filed
        .map(|d| tr.ta("watch-filed-on", &[("date", arg_str(&d.to_string()))]));
    let deadline = deadline_of(report, &format!("changes[{i}].filed"));
    let unset = (tr.t("watch-no-planned"), theme::muted());
    let (when, style) = when(filed, deadline, unset, now, tr);
    let planned = c
        .planned
        .map(|p| tr.ta("watch-planned", &[("date", arg_str(&p.to_string()))]))
        .unwrap_or_default();
    let what = item_name(c.what.as_deref(), i, tr);
    item_line(&when, style, &format!("  {what}  {planned}"), width)
}

/// What the user wrote about item `i`, else "Item n".
fn item_name(text: Option<&str>, i: usize, tr: &Localizer) -> String {
    text.map(str::trim).filter(|s| !s.is_empty()).map_or_else(
        || tr.ta("watch-item", &[("n", arg_num(i as i64 + 1))]),
        str::to_string,
    )
}

/// The engine's deadline of `field`.
fn deadline_of<'a>(report: &'a Report, field: &str) -> Option<&'a Deadline> {
    report.deadlines.iter().find(|d| d.field == field)
}

/// What a row says of when: the day the item was closed (`closed`, muted), else its due date
/// and time left coloured by urgency, else `unset`.
fn when(
    closed: Option<String>,
    deadline: Option<&Deadline>,
    unset: (String, Style),
    now: &Instant,
    tr: &Localizer,
) -> (String, Style) {
    match (closed, deadline) {
        (Some(closed), _) => (closed, theme::muted()),
        (None, Some(d)) => {
            let t = timed(d, now);
            (
                format!("{}  {}", d.due, time_left(&t, tr)),
                urgency_style(t.urgency),
            )
        }
        (None, None) => unset,
    }
}

/// A list row: when (28 columns, in its style), then the rest as far as it fits.
fn item_line(when: &str, style: Style, rest: &str, width: usize) -> Line<'static> {
    Line::from(vec![
        Span::styled(view_fit(when, 28), style),
        Span::raw(crate::app::form::view::fit(rest, width.saturating_sub(28))),
    ])
}

/// The footer in words (the HTML is what `c` copies and `icp-tui footer` prints).
fn footer_lines(app: &Application, tr: &Localizer) -> Vec<Line<'static>> {
    let label = |id: &str| view::label(tr, &tr.t(id));
    match footer(app) {
        Err(FooterError::NotIssued) => {
            vec![Line::styled(
                tr.t("watch-footer-not-issued"),
                theme::muted(),
            )]
        }
        Err(FooterError::Invalid(_)) => {
            vec![Line::styled(tr.t("watch-footer-invalid"), theme::error())]
        }
        Ok(f) => {
            let mut lines = vec![Line::from(vec![
                Span::styled(label("watch-footer-icp"), theme::label()),
                Span::raw(format!("{}  (beian.miit.gov.cn)", f.icp_number)),
            ])];
            lines.push(match &f.psb {
                PsbPart::Given(p) => Line::from(vec![
                    Span::styled(label("watch-footer-psb"), theme::label()),
                    Span::raw(format!("{}  (beian.mps.gov.cn)", p.normalized())),
                ]),
                PsbPart::None => Line::styled(tr.t("watch-footer-psb-none"), theme::muted()),
                PsbPart::Invalid(_) => {
                    Line::styled(tr.t("watch-footer-psb-invalid"), theme::error())
                }
            });
            lines
        }
    }
}
