//! The first screen: every application of the profile.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use crate::app::dashboard;
use crate::app::state::{Entry, ListState, State, Unreadable};
use crate::app::steps::countdown::urgency_style;
use crate::i18n::{Lang, Localizer, arg_num, arg_str};
use crate::model::Application;
use crate::report::summary::{Summary, days_left};
use crate::rules::Rules;

use super::theme;

pub use crate::report::display_title;

/// A text of each message file the list's first frame shows (the title bar's, the list's): the
/// TUI parses them before the frame, while the terminal is asked about its background. A test
/// holds that the first frame, in either language, needs no other file.
pub const FIRST_FRAME_TEXTS: [&str; 2] = ["app-name", "list-reading-folder"];

pub fn province_name(app: &Application, rules: &Rules, tr: &Localizer) -> String {
    match app
        .subject
        .province
        .as_deref()
        .and_then(|p| rules.province(p))
    {
        Some(p) if tr.lang() == Lang::ZhCn => p.name_zh.clone(),
        Some(p) => p.name_en.clone(),
        None => tr.t("list-no-province"),
    }
}

/// "line 5, field websites[0].registration.expires: invalid type …" in the UI language.
pub fn unreadable_reason(reason: &Unreadable, tr: &Localizer) -> String {
    match reason {
        Unreadable::Parse(e) => crate::report::parse_error(e, tr),
        Unreadable::Io { kind, message } => crate::report::io_reason(*kind, message, tr),
        Unreadable::TooLarge { bytes, limit } => crate::report::too_large(*bytes, *limit, tr),
    }
}

pub fn view(frame: &mut Frame<'_>, area: Rect, state: &State, list: &ListState, tr: &Localizer) {
    let visible = dashboard::visible(state, list);
    // An unreadable file's message says where and what to do: it gets the lines it needs
    // (up to a third of the screen), the table the rest.
    let detail_lines = unreadable_detail(state, list, area.width, tr);
    let [heading, filter_area, table_area, detail] = areas(area, detail_lines.len());
    let total = state.entries.len();
    // While files are read, how many of how many: the count of filings is not known yet.
    let count = if let Some(reading) = &state.reading {
        // A new day's read says so: the rows with "?" are being counted again.
        let (id, folder) = match reading.day {
            Some(_) => ("list-new-day", "list-new-day-folder"),
            None => ("list-reading", "list-reading-folder"),
        };
        match reading.total {
            Some(of) => tr.ta(
                id,
                &[
                    ("done", arg_num(reading.done as i64)),
                    ("total", arg_num(of as i64)),
                ],
            ),
            None => tr.t(folder),
        }
    } else if visible.len() == total {
        tr.ta("list-count", &[("count", arg_num(total as i64))])
    } else {
        tr.ta(
            "list-count-shown",
            &[
                ("shown", arg_num(visible.len() as i64)),
                ("count", arg_num(total as i64)),
            ],
        )
    };
    let heading_line = Line::from(vec![
        Span::styled(tr.t("list-title"), theme::title()),
        Span::styled(format!("  {count}"), theme::muted()),
        Span::styled(
            format!(
                "  {}",
                tr.t(&format!("list-sorted-{}", state.sort.as_str()))
            ),
            theme::muted(),
        ),
    ]);
    // Which rules every verdict is made by: the override or --rules changes them.
    let rules_line = Line::styled(
        crate::report::rules_in_force_short(state.rules.as_of(), state.rules.source(), tr),
        theme::muted(),
    );
    frame.render_widget(Paragraph::new(vec![heading_line, rules_line]), heading);
    if list.filtering || !list.filter.is_empty() {
        super::text_field(
            frame,
            filter_area,
            &super::label(tr, &tr.t("list-filter")),
            &list.filter,
            &tr.t("list-filter-placeholder"),
            list.filtering,
        );
    }

    if visible.is_empty() && state.reading.is_some() {
        frame.render_widget(
            Paragraph::new(tr.t("list-reading-wait")).style(theme::muted()),
            table_area,
        );
        return;
    }
    if state.entries.is_empty() {
        let text = [Line::styled(tr.t("list-empty"), theme::muted())];
        super::scroll::render(frame, table_area, &text, 0, tr);
        return;
    }
    if visible.is_empty() {
        let text = [Line::styled(tr.t("list-filter-none"), theme::muted())];
        super::scroll::render(frame, table_area, &text, 0, tr);
        return;
    }
    let wide = table_area.width >= 110;
    // Only the rows on screen are made (10,000 filings would cost every frame), from where
    // the list is kept scrolled (the table is given no more than fit, so it does not scroll).
    let shown_selected = visible.iter().position(|i| *i == list.selected);
    let height = usize::from(table_area.height.saturating_sub(1)).max(1);
    let first = list
        .scroll
        .drawn(visible.len(), height, shown_selected.map(|s| (s, s + 1)));
    let window = &visible[first..visible.len().min(first + height)];
    let rows = window
        .iter()
        .map(|i| row(&state.entries[*i], state, wide, tr));
    let mut titles = vec![tr.t("list-col-title"), tr.t("list-col-reference")];
    let mut widths = vec![Constraint::Fill(2), Constraint::Length(8)];
    if wide {
        titles.push(tr.t("list-col-subject"));
        widths.push(Constraint::Fill(2));
    }
    titles.extend([
        tr.t("list-col-province"),
        tr.t("list-col-step"),
        tr.t("list-col-errors"),
        tr.t("list-col-warnings"),
        tr.t("list-col-deadline"),
    ]);
    widths.extend([
        Constraint::Length(if wide { 14 } else { 10 }),
        Constraint::Length(if wide { 14 } else { 10 }),
        Constraint::Length(4),
        Constraint::Length(4),
        Constraint::Length(if wide { 22 } else { 12 }),
    ]);
    let header = Row::new(titles).style(theme::label());
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(theme::selected())
        .highlight_symbol("> ")
        .block(Block::new());
    let mut table_state = TableState::default().with_selected(
        shown_selected
            .filter(|s| (first..first + window.len()).contains(s))
            .map(|s| s - first),
    );
    frame.render_stateful_widget(table, table_area, &mut table_state);

    // Longer than a third of the screen: the last row says how much more there is.
    super::scroll::render(frame, detail, &detail_lines, 0, tr);
}

/// The heading, the filter, the table and the detail below it.
fn areas(area: Rect, detail_lines: usize) -> [Rect; 4] {
    let detail_height = (detail_lines as u16).clamp(3, (area.height / 3).max(3));
    Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(detail_height),
    ])
    .areas(area)
}

/// The filing shown at screen row `row` of the list drawn in `area` (a click), if any.
pub fn entry_at(
    area: Rect,
    state: &State,
    list: &ListState,
    tr: &Localizer,
    row: u16,
) -> Option<usize> {
    let detail_lines = unreadable_detail(state, list, area.width, tr);
    let [_, _, table, _] = areas(area, detail_lines.len());
    // One line of column titles, then one line a filing.
    let first = table.y + 1;
    if row < first || row >= table.y + table.height {
        return None;
    }
    let visible = dashboard::visible(state, list);
    let shown = usize::from(table.height - 1).max(1);
    // Where the drawing keeps the table scrolled: what is clicked is what was drawn.
    let selected = visible.iter().position(|i| *i == list.selected);
    let offset = list
        .scroll
        .shown(visible.len(), shown, selected.map(|s| (s, s + 1)));
    visible.get(offset + usize::from(row - first)).copied()
}

/// The selected file's reason for being unreadable, wrapped to `width`; none when it reads.
fn unreadable_detail(
    state: &State,
    list: &ListState,
    width: u16,
    tr: &Localizer,
) -> Vec<Line<'static>> {
    let Some(Entry {
        file,
        app: Err(reason),
        ..
    }) = state.entries.get(list.selected)
    else {
        return Vec::new();
    };
    let text = tr.ta(
        "list-unreadable-detail",
        &[
            ("file", arg_str(&file.display().to_string())),
            (
                "reason",
                arg_str(crate::report::clause(&unreadable_reason(reason, tr))),
            ),
        ],
    );
    super::wrapped_lines("", &text, width, theme::error())
}

fn row<'a>(entry: &'a Entry, state: &State, wide: bool, tr: &Localizer) -> Row<'a> {
    let rules = &state.rules;
    match &entry.app {
        Ok(app) => {
            // Not summarized yet, or made on an earlier day (being made again): the counts
            // and days left are not known today.
            let summary = dashboard::summary_today(state, entry);
            let unknown = || Cell::from("?").style(theme::muted());
            let count = |n: Option<usize>, style: ratatui::style::Style| match n {
                Some(0) => Cell::from("0").style(theme::muted()),
                Some(n) => Cell::from(n.to_string()).style(style),
                None => unknown(),
            };
            let deadline = match summary {
                Some(Summary {
                    next_deadline: Some(d),
                    urgency: Some(u),
                    ..
                }) => Cell::from(days_left(d, wide, tr)).style(urgency_style(*u)),
                Some(_) => Cell::from(tr.t("list-due-none")).style(theme::muted()),
                None => unknown(),
            };
            let mut cells = vec![
                Cell::from(display_title(app, tr)),
                Cell::from(app.meta.reference.clone().unwrap_or_default()),
            ];
            if wide {
                cells.push(Cell::from(app.subject.name.clone().unwrap_or_default()));
            }
            cells.extend([
                Cell::from(province_name(app, rules, tr)),
                Cell::from(tr.t(&format!("step-{}", app.step().as_str()))),
                count(summary.map(|s| s.errors), theme::error()),
                count(summary.map(|s| s.warnings), theme::warning()),
                deadline,
            ]);
            Row::new(cells)
        }
        Err(_) => {
            let name = entry
                .file
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let mut cells = vec![Cell::from(format!("! {name}")), Cell::from("")];
            if wide {
                cells.push(Cell::from(""));
            }
            cells.extend([Cell::from(""), Cell::from(tr.t("list-unreadable"))]);
            Row::new(cells).style(theme::error())
        }
    }
}
