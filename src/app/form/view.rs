//! Draws a form: a label column, values, the focused field's findings under it, a picker
//! when one is open, and scrolling that keeps the focused field in view at 80x24.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::app::view::{self, theme};
use crate::engine::{Finding, Report, Severity};
use crate::i18n::{Localizer, arg_num};
use crate::model::Application;
use crate::rules::Rules;

use super::{Field, FormState, Invalid, Kind, covers, mask};

/// What a form view reads.
pub struct Form<'a> {
    pub fields: &'a [Field],
    pub state: &'a FormState,
    pub app: &'a Application,
    pub report: &'a Report,
    pub rules: &'a Rules,
}

pub use crate::app::steps::finding_text::message as finding_message;

/// How to fix it.
pub fn finding_fix(finding: &Finding, rules: &Rules, tr: &Localizer) -> String {
    crate::app::steps::finding_text::fix(finding, rules, tr).unwrap_or_default()
}

/// The mark of a severity: symbols that are one column wide in every terminal.
pub fn severity_mark(severity: Severity) -> (&'static str, Style) {
    match severity {
        Severity::Error => (crate::app::view::symbols::current().cross, theme::error()),
        Severity::Warning => ("!", theme::warning()),
        Severity::Info => ("i", theme::muted()),
    }
}

/// Cuts `text` to at most `width` columns, whole graphemes only.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = g.width();
        if used + w > width {
            break;
        }
        used += w;
        out.push_str(g);
    }
    out
}

/// `text` padded with spaces to exactly `width` columns.
pub fn pad(text: &str, width: usize) -> String {
    let text = fit(text, width);
    let gap = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(gap))
}

/// The worst severity among findings about a field.
fn worst<'a>(findings: impl Iterator<Item = &'a Finding>) -> Option<Severity> {
    findings.map(|f| f.severity).min()
}

fn findings_for<'a>(report: &'a Report, path: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
    report
        .findings
        .iter()
        .filter(move |f| covers(path, &f.field))
}

/// One rendered row: a field and the lines under it.
struct Row {
    field: usize,
    extra: Vec<Line<'static>>,
}

/// Where a form's parts go in `area`: the labels and their column, the rows (a field and the
/// lines under it) with their heights, and how far the form is scrolled.
struct Geometry {
    labels: Vec<String>,
    label_width: usize,
    value_x: u16,
    value_width: usize,
    note_width: usize,
    rows: Vec<Row>,
    heights: Vec<u16>,
    total: u16,
    scroll: u16,
}

/// Whether the form's offset is looked up for a click or kept by the drawing.
enum Use {
    Click,
    Draw,
}

fn geometry(area: Rect, form: &Form<'_>, tr: &Localizer, used: Use) -> Geometry {
    let labels: Vec<String> = form.fields.iter().map(|f| tr.t(&f.label)).collect();
    let label_width = form
        .fields
        .iter()
        .zip(&labels)
        .filter(|(f, _)| f.focusable())
        .map(|(_, l)| l.width())
        .max()
        .unwrap_or(0)
        .min((area.width as usize).saturating_sub(4) / 2)
        .min(28);
    // Two columns of marks (focus, severity), the label, a space, the value.
    let value_x = 2 + label_width as u16 + 1;
    let value_width = area.width.saturating_sub(value_x + 1) as usize;
    let note_width = (area.width.saturating_sub(value_x + 1)) as usize;

    let rows: Vec<Row> = form
        .fields
        .iter()
        .enumerate()
        .map(|(i, field)| Row {
            field: i,
            extra: extra_lines(form, i, field, tr, note_width),
        })
        .collect();
    let heights: Vec<u16> = rows.iter().map(|r| 1 + r.extra.len() as u16).collect();
    let total: u16 = heights.iter().sum();
    let tops: Vec<u16> = heights
        .iter()
        .scan(0, |top, h| {
            let at = *top;
            *top += h;
            Some(at)
        })
        .collect();
    let (focus, height) = (form.state.focus, area.height);
    let focus_height = heights.get(focus).copied().unwrap_or(1);
    // The kept window, moved only as far as the focused field needs (`form::scroll`).
    let scroll = match used {
        Use::Click => form
            .state
            .scroll
            .shown(total, height, &tops, focus, focus_height),
        Use::Draw => form
            .state
            .scroll
            .drawn(total, height, tops, focus, focus_height),
    };
    Geometry {
        labels,
        label_width,
        value_x,
        value_width,
        note_width,
        rows,
        heights,
        total,
        scroll,
    }
}

/// The focusable field drawn at screen row `row` (its line or the notes under it) by
/// `render(area, form)`, if any: what a click there focuses.
pub fn field_at(area: Rect, form: &Form<'_>, tr: &Localizer, row: u16) -> Option<usize> {
    if area.height == 0 || area.width < 10 || row < area.y || row >= area.y + area.height {
        return None;
    }
    let g = geometry(area, form, tr, Use::Click);
    let at = row - area.y + g.scroll;
    let mut top = 0u16;
    for (r, height) in g.rows.iter().zip(&g.heights) {
        if (top..top + height).contains(&at) {
            return form.fields[r.field].focusable().then_some(r.field);
        }
        top += height;
    }
    None
}

/// Like `field_at`, for a form drawn by `render_step`.
pub fn step_field_at(
    area: Rect,
    form: &Form<'_>,
    belongs: &dyn Fn(&str) -> bool,
    tr: &Localizer,
    row: u16,
) -> Option<usize> {
    let count = form
        .report
        .findings
        .iter()
        .filter(|f| belongs(&f.field))
        .count();
    let [_, form_area, _] = step_areas(area, count);
    field_at(form_area, form, tr, row)
}

/// The title line, the form and the findings panel of a data step.
fn step_areas(area: Rect, findings: usize) -> [Rect; 3] {
    let panel = findings_panel_height(findings).min(area.height / 3);
    ratatui::layout::Layout::vertical([
        ratatui::layout::Constraint::Length(1),
        ratatui::layout::Constraint::Fill(1),
        ratatui::layout::Constraint::Length(panel),
    ])
    .areas(area)
}

/// Draws the form into `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, form: &Form<'_>, tr: &Localizer) {
    if area.height == 0 || area.width < 10 {
        return;
    }
    let Geometry {
        labels,
        label_width,
        value_x,
        value_width,
        note_width,
        rows,
        heights,
        total,
        scroll,
    } = geometry(area, form, tr, Use::Draw);

    let mut y = 0u16;
    let mut focus_row_y = None;
    for (row, height) in rows.iter().zip(&heights) {
        let top = y;
        y += height;
        if top < scroll || top - scroll >= area.height {
            continue;
        }
        let screen_y = area.y + top - scroll;
        let field = &form.fields[row.field];
        let focused = row.field == form.state.focus;
        let line_area = Rect {
            x: area.x,
            y: screen_y,
            width: area.width.saturating_sub(1),
            height: 1,
        };
        if matches!(field.kind, Kind::Heading) {
            frame.render_widget(
                Paragraph::new(labels[row.field].clone()).style(theme::title()),
                line_area,
            );
            continue;
        }
        if focused {
            focus_row_y = Some(screen_y);
        }
        let severity = worst(findings_for(form.report, &field.path));
        let (mark, mark_style) = severity.map_or((" ", Style::new()), severity_mark);
        let label_style = if focused {
            theme::label()
        } else {
            Style::new()
        };
        let head = Line::from(vec![
            Span::styled(if focused { ">" } else { " " }, theme::label()),
            Span::styled(mark, mark_style),
            Span::styled(pad(&labels[row.field], label_width), label_style),
            Span::raw(" "),
        ]);
        frame.render_widget(Paragraph::new(head), line_area);
        let value_area = Rect {
            x: area.x + value_x,
            width: value_width as u16,
            ..line_area
        };
        render_value(frame, value_area, form, field, focused, tr);
        let below = (area.y + area.height).saturating_sub(screen_y + 1);
        if !row.extra.is_empty() && below > 0 {
            let extra_area = Rect {
                x: area.x + value_x,
                y: screen_y + 1,
                width: note_width as u16,
                height: (row.extra.len() as u16).min(below),
            };
            frame.render_widget(Paragraph::new(row.extra.clone()), extra_area);
        }
    }
    // Where more of the form is hidden, say so in the last column.
    let edge = area.x + area.width - 1;
    if scroll > 0 {
        frame.render_widget(
            Paragraph::new("^").style(theme::muted()),
            Rect::new(edge, area.y, 1, 1),
        );
    }
    if total.saturating_sub(scroll) > area.height {
        frame.render_widget(
            Paragraph::new("v").style(theme::muted()),
            Rect::new(edge, area.y + area.height - 1, 1, 1),
        );
    }
    if let (Some(row_y), Some(_)) = (focus_row_y, form.state.picker) {
        render_picker(frame, area, value_x, row_y, form, tr);
    }
}

/// Lines under a field: the draft's problem, and for the focused field its findings and fixes.
fn extra_lines(
    form: &Form<'_>,
    index: usize,
    field: &Field,
    tr: &Localizer,
    width: usize,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some((_, invalid)) = form.state.drafts.get(&field.path) {
        // A date still being typed is no error yet: only a quiet hint, the text untouched.
        let (text, style) = match invalid {
            Invalid::Incomplete => (invalid.message(tr), theme::muted()),
            _ => (
                format!(
                    "{} {}",
                    crate::app::view::symbols::current().cross,
                    invalid.message(tr)
                ),
                theme::error(),
            ),
        };
        lines.extend(wrapped(&text, width, style));
    }
    if index != form.state.focus || !field.focusable() {
        return lines;
    }
    for finding in findings_for(form.report, &field.path) {
        let (mark, style) = severity_mark(finding.severity);
        let message = finding_message(finding, form.rules, tr);
        lines.extend(view::wrapped_lines(
            &format!("{mark} "),
            &message,
            width as u16,
            style,
        ));
        let fix = finding_fix(finding, form.rules, tr);
        lines.extend(view::wrapped_lines(
            "  ",
            &fix,
            width as u16,
            theme::muted(),
        ));
    }
    lines
}

/// Splits text into lines of at most `width` columns (by grapheme; Chinese has no spaces).
pub fn wrapped(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    crate::ui::wrap::wrap(text, width)
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect()
}

fn render_value(
    frame: &mut Frame<'_>,
    area: Rect,
    form: &Form<'_>,
    field: &Field,
    focused: bool,
    tr: &Localizer,
) {
    let hint = field.hint.as_deref().map(|h| tr.t(h)).unwrap_or_default();
    let picker_open = focused && form.state.picker.is_some();
    if focused
        && field.takes_text()
        && !picker_open
        && let Some(input) = form.state.input_for(field)
    {
        view::input_line(frame, area, input, &hint, true);
        return;
    }
    let width = area.width as usize;
    let selected = if focused {
        theme::selected()
    } else {
        Style::new()
    };
    let span = match &field.kind {
        Kind::Text { masked, .. } => {
            let text = field.text_value(form.app);
            let shown = if *masked && !form.state.reveal && !focused {
                mask(&text)
            } else {
                text
            };
            text_or_hint(shown, &hint, Style::new())
        }
        Kind::Date { .. } | Kind::Number { .. } => match form.state.drafts.get(&field.path) {
            Some((draft, _)) => Span::styled(draft.clone(), theme::error()),
            None => text_or_hint(field.text_value(form.app), &hint, Style::new()),
        },
        Kind::Toggle { value } => {
            let (text, style) = match (value.get)(form.app) {
                Some(true) => (format!("[x] {}", tr.t("form-yes")), Style::new()),
                Some(false) => (format!("[ ] {}", tr.t("form-no")), Style::new()),
                None => (format!("[?] {}", tr.t("form-unanswered")), theme::muted()),
            };
            Span::styled(text, style.patch(selected))
        }
        Kind::Choice { options, .. } => {
            let value = field.text_value(form.app);
            let caption = options
                .iter()
                .find(|o| o.value == value)
                .map(|o| o.caption.text(tr))
                .unwrap_or(value);
            if caption.is_empty() {
                Span::styled(
                    format!("< {} >", tr.t("form-choose")),
                    theme::muted().patch(selected),
                )
            } else {
                Span::styled(format!("< {caption} >"), selected)
            }
        }
        Kind::Multi { options, value } => {
            let chosen = (value.get)(form.app);
            let captions: Vec<String> = options
                .iter()
                .filter(|o| chosen.contains(&o.value))
                .map(|o| o.caption.text(tr))
                .collect();
            if captions.is_empty() {
                Span::styled(
                    format!("< {} >", tr.t("form-none")),
                    theme::muted().patch(selected),
                )
            } else {
                Span::styled(format!("< {} >", captions.join(", ")), selected)
            }
        }
        Kind::Button { .. } => Span::styled(
            format!("[ {} ]", tr.t(field.hint.as_deref().unwrap_or("key-press"))),
            if focused {
                theme::selected()
            } else {
                theme::label()
            },
        ),
        Kind::Heading => Span::raw(""),
    };
    let content = span.content.to_string();
    let fitted = if content.width() > width {
        format!("{}>", fit(&content, width.saturating_sub(1)))
    } else {
        content
    };
    frame.render_widget(Paragraph::new(Span::styled(fitted, span.style)), area);
}

fn text_or_hint(text: String, hint: &str, style: Style) -> Span<'static> {
    if text.is_empty() {
        Span::styled(hint.to_string(), theme::muted())
    } else {
        Span::styled(text, style)
    }
}

fn render_picker(
    frame: &mut Frame<'_>,
    area: Rect,
    value_x: u16,
    row_y: u16,
    form: &Form<'_>,
    tr: &Localizer,
) {
    let Some(field) = form.state.focused(form.fields) else {
        return;
    };
    let Some(selected) = form.state.picker else {
        return;
    };
    let (options, chosen): (_, Vec<String>) = match &field.kind {
        Kind::Choice { options, value, .. } => {
            (options, (value.get)(form.app).into_iter().collect())
        }
        Kind::Multi { options, value } => (options, (value.get)(form.app)),
        _ => return,
    };
    let multi = matches!(field.kind, Kind::Multi { .. });
    let x = area.x + value_x;
    let width = area.right().saturating_sub(x);
    let wanted = options.len().max(1) as u16 + 2;
    let below = area.bottom().saturating_sub(row_y + 1);
    let above = row_y.saturating_sub(area.y);
    let (y, height) = if below >= wanted.min(8) || below >= above {
        (row_y + 1, wanted.min(below))
    } else {
        let h = wanted.min(above);
        (row_y - h, h)
    };
    if height < 3 {
        return;
    }
    let popup = Rect::new(x, y, width, height);
    // A wide character just left of the popup would cover its border (ratatui#2526).
    if x > 0 {
        let buffer = frame.buffer_mut();
        for row in popup.top()..popup.bottom() {
            let cell = &mut buffer[(x - 1, row)];
            if cell.symbol().width() > 1 {
                cell.set_symbol(" ");
            }
        }
    }
    frame.render_widget(Clear, popup);
    // Long entries wrap under their own text; a marker says how many are out of view.
    let items: Vec<Line<'_>> = if options.is_empty() {
        vec![Line::styled(tr.t("form-no-options"), theme::muted())]
    } else {
        options
            .iter()
            .map(|o| {
                let on = chosen.contains(&o.value);
                let tick = format!("{} ", crate::app::view::symbols::current().tick);
                let mark = match (multi, on) {
                    (true, true) => "[x] ",
                    (true, false) => "[ ] ",
                    (false, true) => tick.as_str(),
                    (false, false) => "  ",
                };
                let mut text = format!("{mark}{}", o.caption.text(tr));
                if let Some(note) = &o.note {
                    text = format!("{text} ({})", note.text(tr));
                }
                Line::raw(text)
            })
            .collect()
    };
    let title = tr.t(&field.label);
    let block = view::pane(&title, true);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let selected = (!options.is_empty()).then_some(selected);
    view::scroll::render_items(
        frame,
        inner,
        &items,
        selected,
        theme::selected(),
        &form.state.picker_scroll,
        tr,
    );
}

/// The lines of a step's findings panel: a count line, then one line per finding (as many
/// as fit in `height`), each named by the field's label. `answered`: whether the step holds
/// any answer; without one, nothing was checked and the panel does not claim a pass.
pub fn findings_panel(
    frame: &mut Frame<'_>,
    area: Rect,
    findings: &[(String, &Finding)],
    answered: bool,
    rules: &Rules,
    tr: &Localizer,
) {
    if area.height == 0 {
        return;
    }
    let mut lines = Vec::new();
    if findings.is_empty() && !answered {
        lines.push(Line::styled(tr.t("form-nothing-checked"), theme::muted()));
    } else if findings.is_empty() {
        lines.push(Line::styled(
            format!(
                "{} {}",
                crate::app::view::symbols::current().tick,
                tr.t("form-no-findings")
            ),
            theme::ok(),
        ));
    } else {
        let count = |s: Severity| findings.iter().filter(|(_, f)| f.severity == s).count() as i64;
        lines.push(Line::styled(
            tr.ta(
                "form-findings-count",
                &[
                    ("errors", arg_num(count(Severity::Error))),
                    ("warnings", arg_num(count(Severity::Warning))),
                    ("infos", arg_num(count(Severity::Info))),
                ],
            ),
            theme::label(),
        ));
        for (label, finding) in findings {
            let (mark, style) = severity_mark(finding.severity);
            lines.push(Line::from(vec![
                Span::styled(format!("{mark} "), style),
                Span::styled(view::label(tr, label), theme::muted()),
                Span::raw(finding_message(finding, rules, tr)),
            ]));
        }
    }
    let block = Block::new()
        .borders(ratatui::widgets::Borders::TOP)
        .border_set(crate::app::view::symbols::current().border)
        .border_style(theme::border());
    // More findings than rows: the last row says how many more (Review lists them all).
    let inner = block.inner(area);
    frame.render_widget(block, area);
    crate::app::view::scroll::render(frame, inner, &lines, 0, tr);
}

/// Rows a findings panel needs for `count` findings (at most a few; the review lists all).
pub fn findings_panel_height(count: usize) -> u16 {
    // A border line, the count line, then up to three findings.
    2 + count.min(3) as u16
}

/// The label of the field a finding is about: the field with the longest path that covers
/// it, else the path itself.
pub fn label_for(fields: &[Field], path: &str, tr: &Localizer) -> String {
    fields
        .iter()
        .filter(|f| f.focusable() && covers(&f.path, path))
        .max_by_key(|f| f.path.len())
        .map_or_else(
            // Paths no form edits (the checklist) have a name of their own.
            || {
                let id = format!("field-{path}");
                if tr.has(&id) {
                    tr.t(&id)
                } else {
                    path.to_string()
                }
            },
            |f| tr.t(&f.label),
        )
}

/// A data step: its title, the form, and the panel of the step's findings at the bottom.
/// `belongs` says which finding paths the panel shows.
pub fn render_step(
    frame: &mut Frame<'_>,
    area: Rect,
    title: &str,
    form: &Form<'_>,
    belongs: &dyn Fn(&str) -> bool,
    tr: &Localizer,
) {
    let findings: Vec<(String, &Finding)> = form
        .report
        .findings
        .iter()
        .filter(|f| belongs(&f.field))
        .map(|f| (label_for(form.fields, &f.field, tr), f))
        .collect();
    let [title_area, form_area, panel_area] = step_areas(area, findings.len());
    frame.render_widget(
        Paragraph::new(title.to_string()).style(theme::title()),
        title_area,
    );
    render(frame, form_area, form, tr);
    let answered = any_answered(form.fields, form.app);
    findings_panel(frame, panel_area, &findings, answered, form.rules, tr);
}

/// Whether any field that counts holds an answer.
pub fn any_answered(fields: &[Field], app: &Application) -> bool {
    fields.iter().any(|f| f.counts() && f.answered(app))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_and_fitting_count_columns() {
        assert_eq!(fit("张三丰", 5), "张三");
        assert_eq!(pad("张三", 6), "张三  ");
        let lines = wrapped("一二三四五", 4, Style::new());
        assert_eq!(lines.len(), 3);
    }
}
