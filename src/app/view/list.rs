//! The first screen: every application of the profile.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use crate::app::state::{Entry, ListState, State, Unreadable};
use crate::i18n::{Lang, Localizer, arg_num, arg_str};
use crate::model::Application;
use crate::rules::Rules;

use super::theme;

pub use crate::report::display_title;

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
        Unreadable::Io(message) => message.clone(),
        Unreadable::TooLarge { bytes, limit } => crate::report::too_large(*bytes, *limit, tr),
    }
}

pub fn view(frame: &mut Frame<'_>, area: Rect, state: &State, list: &ListState, tr: &Localizer) {
    let count = state.entries.len();
    // An unreadable file's message says where and what to do: it gets the lines it needs
    // (up to a third of the screen), the table the rest.
    let detail_lines = unreadable_detail(state, list, area.width, tr);
    let detail_height = (detail_lines.len() as u16).clamp(3, (area.height / 3).max(3));
    let [heading, table_area, detail] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(detail_height),
    ])
    .areas(area);
    let heading_line = Line::from(vec![
        Span::styled(tr.t("list-title"), theme::title()),
        Span::styled(
            format!(
                "  {}",
                tr.ta("list-count", &[("count", arg_num(count as i64))])
            ),
            theme::muted(),
        ),
    ]);
    // Which rules every verdict is made by: the override or --rules changes them.
    let rules_line = Line::styled(
        crate::report::rules_in_force_short(&state.rules, tr),
        theme::muted(),
    );
    frame.render_widget(Paragraph::new(vec![heading_line, rules_line]), heading);

    if state.entries.is_empty() {
        frame.render_widget(
            Paragraph::new(tr.t("list-empty")).style(theme::muted()),
            table_area,
        );
        return;
    }
    let rows = state
        .entries
        .iter()
        .map(|entry| row(entry, &state.rules, tr));
    let header = Row::new([
        tr.t("list-col-title"),
        tr.t("list-col-province"),
        tr.t("list-col-step"),
        tr.t("list-col-updated"),
    ])
    .style(theme::label());
    let table = Table::new(
        rows,
        [
            Constraint::Fill(1),
            Constraint::Length(16),
            Constraint::Length(12),
            Constraint::Length(16),
        ],
    )
    .header(header)
    .row_highlight_style(theme::selected())
    .highlight_symbol("> ")
    .block(Block::new());
    let mut table_state = TableState::default().with_selected(Some(list.selected));
    frame.render_stateful_widget(table, table_area, &mut table_state);

    frame.render_widget(Paragraph::new(detail_lines), detail);
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

fn row<'a>(entry: &'a Entry, rules: &Rules, tr: &Localizer) -> Row<'a> {
    match &entry.app {
        Ok(app) => Row::new([
            Cell::from(display_title(app, tr)),
            Cell::from(province_name(app, rules, tr)),
            Cell::from(tr.t(&format!("step-{}", app.step().as_str()))),
            Cell::from(
                app.meta
                    .updated
                    .as_ref()
                    .map(|u| u.to_zoned().strftime("%Y-%m-%d %H:%M").to_string())
                    .unwrap_or_default(),
            ),
        ]),
        Err(_) => {
            let name = entry
                .file
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            Row::new([
                Cell::from(format!("! {name}")),
                Cell::from(""),
                Cell::from(tr.t("list-unreadable")),
                Cell::from(""),
            ])
            .style(theme::error())
        }
    }
}
