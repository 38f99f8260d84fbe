//! The frame around every screen: title bar, step bar, status line, footer and overlays.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::app::keys::{self, Binding};
use crate::app::state::{Overlay, Screen, State};
use crate::app::{bindings_for, screen_bindings, steps};
use crate::i18n::{Localizer, arg_str};
use crate::model::Step;

use super::{text_field, theme};

pub struct Areas {
    pub title: Rect,
    pub steps: Option<Rect>,
    pub body: Rect,
    pub status: Option<Rect>,
    pub footer: Rect,
}

/// A long status (a path, the command that fixes something) wraps to at least this many
/// lines, or a third of the screen when that is more; beyond, its last row says how many more.
const MAX_STATUS_LINES: usize = 4;

/// The areas with a one-line status line (for callers without the messages).
pub fn layout(area: Rect, state: &State) -> Areas {
    let status = state.flash.is_some() || state.read_only;
    layout_with_status(area, state, usize::from(status))
}

/// The areas with the status line as tall as its wrapped message.
pub fn layout_for(area: Rect, state: &State, tr: &Localizer) -> Areas {
    let status_lines = status_text(state, tr).map_or(0, |(text, _)| {
        let most = MAX_STATUS_LINES.max(usize::from(area.height / 3));
        status_wrapped(&text, area.width).len().min(most)
    });
    layout_with_status(area, state, status_lines)
}

fn layout_with_status(area: Rect, state: &State, status_lines: usize) -> Areas {
    let wizard = matches!(state.screen, Screen::Wizard(_));
    let status = status_lines > 0;
    let [title, steps, body, status_area, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(wizard) * 2),
        Constraint::Fill(1),
        Constraint::Length(status_lines as u16),
        Constraint::Length(1),
    ])
    .areas(area);
    Areas {
        title,
        steps: wizard.then_some(steps),
        body: body.inner(ratatui::layout::Margin::new(1, 0)),
        status: status.then_some(status_area),
        footer,
    }
}

pub fn title_bar(frame: &mut Frame<'_>, area: Rect, state: &State, tr: &Localizer) {
    let left = format!(
        " {} {} {}",
        tr.t("app-name"),
        super::symbols::current().separator,
        tr.t("app-tagline")
    );
    let mut right = tr.t("lang-name");
    if let Some(w) = state.wizard() {
        right = format!("{}  {right}", super::list::display_title(&w.app, tr));
    }
    let right = format!("{right} ");
    let gap = (area.width as usize).saturating_sub(left.width() + right.width());
    let line = if gap > 0 {
        format!("{left}{}{right}", " ".repeat(gap))
    } else {
        left
    };
    frame.render_widget(Paragraph::new(line).style(theme::title_bar()), area);
}

pub fn step_bar(frame: &mut Frame<'_>, area: Rect, current: Step, tr: &Localizer) {
    let (labels, separator) = step_labels(area, current, tr);
    draw_steps(frame, area, current, labels, separator);
}

/// The step under column `column` of the step bar drawn in `area` (a click), if any.
pub fn step_at(area: Rect, current: Step, tr: &Localizer, column: u16) -> Option<Step> {
    let (labels, separator) = step_labels(area, current, tr);
    let mut x = usize::from(area.x) + 1;
    for (i, (step, label)) in steps::WORKING.iter().zip(&labels).enumerate() {
        if i > 0 {
            x += separator.width();
        }
        let end = x + label.width();
        if (x..end).contains(&usize::from(column)) {
            return Some(*step);
        }
        x = end;
    }
    None
}

/// Each step's label in the bar and what goes between them, for the width of `area`.
fn step_labels(area: Rect, current: Step, tr: &Localizer) -> (Vec<String>, &'static str) {
    let names: Vec<String> = steps::WORKING
        .iter()
        .map(|s| tr.t(&format!("step-{}", s.as_str())))
        .collect();
    let full = |i: usize| format!(" {} {} ", i + 1, names[i]);
    let width =
        |labels: &[String]| labels.iter().map(|l| l.width()).sum::<usize>() + 3 * labels.len() + 1;
    let mut labels: Vec<String> = (0..names.len()).map(full).collect();
    let mut separator = " > ";
    // When every name does not fit, the steps show the locale's short names (the current
    // one in full if there is room), one space apart; only below that their numbers.
    if width(&labels) > area.width as usize {
        separator = " ";
        let short = |i: usize, s: &Step| {
            format!(
                "{} {}",
                i + 1,
                tr.t(&format!("habits-step-short-{}", s.as_str()))
            )
        };
        let compact = |current_full: bool| -> Vec<String> {
            steps::WORKING
                .iter()
                .enumerate()
                .map(|(i, s)| match (*s == current, current_full) {
                    (true, true) => format!("{} {}", i + 1, names[i]),
                    _ => short(i, s),
                })
                .collect()
        };
        let compact_width =
            |labels: &[String]| labels.iter().map(|l| l.width() + 1).sum::<usize>() + 1;
        labels = compact(true);
        if compact_width(&labels) > area.width as usize {
            labels = compact(false);
        }
        if compact_width(&labels) <= area.width as usize {
            return (labels, separator);
        }
        separator = " > ";
        labels = steps::WORKING
            .iter()
            .enumerate()
            .map(|(i, s)| {
                if *s == current {
                    full(i)
                } else {
                    format!(" {} ", i + 1)
                }
            })
            .collect();
    }
    (labels, separator)
}

fn draw_steps(
    frame: &mut Frame<'_>,
    area: Rect,
    current: Step,
    labels: Vec<String>,
    separator: &str,
) {
    let mut spans = vec![Span::raw(" ")];
    for (i, (step, label)) in steps::WORKING.iter().zip(labels).enumerate() {
        if i > 0 {
            spans.push(Span::styled(separator.to_string(), theme::muted()));
        }
        let style = if *step == current {
            theme::step_current()
        } else {
            theme::step_other()
        };
        spans.push(Span::styled(label, style));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)),
        Rect { height: 1, ..area },
    );
}

pub fn status_line(frame: &mut Frame<'_>, area: Rect, state: &State, tr: &Localizer) {
    let Some((text, style)) = status_text(state, tr) else {
        return;
    };
    let lines: Vec<Line<'static>> = status_wrapped(&text, area.width)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect();
    super::scroll::render_wrapped(frame, area, lines, 0, tr);
}

/// The message of the status line, if any, and its style.
fn status_text(state: &State, tr: &Localizer) -> Option<(String, Style)> {
    match &state.flash {
        Some(flash) => {
            let args: Vec<_> = flash.args.iter().map(|(k, v)| (*k, arg_str(v))).collect();
            let style = if flash.error {
                theme::error()
            } else {
                theme::ok()
            };
            Some((tr.ta(flash.id, &args), style))
        }
        None if state.read_only => Some((tr.t("read-only-banner"), theme::warning())),
        None => None,
    }
}

/// The status text wrapped below a one-column margin.
fn status_wrapped(text: &str, width: u16) -> Vec<String> {
    let lines = crate::ui::wrap::wrap(text, usize::from(width).saturating_sub(2));
    lines.into_iter().map(|l| format!(" {l}")).collect()
}

/// Footer entries: consecutive bindings with the same label share one entry ("↑/↓ Move").
fn footer_entries(tables: &[&[Binding]], tr: &Localizer, all: bool) -> Vec<(String, String)> {
    let mut entries: Vec<(String, String, &str)> = Vec::new();
    for binding in tables.iter().flat_map(|t| t.iter()) {
        if !all && !binding.footer {
            continue;
        }
        match entries.last_mut() {
            Some((keys, _, label)) if *label == binding.label => {
                keys.push('/');
                keys.push_str(&binding.keys_label());
            }
            _ => entries.push((binding.keys_label(), tr.t(binding.label), binding.label)),
        }
    }
    entries.into_iter().map(|(k, l, _)| (k, l)).collect()
}

pub fn footer(frame: &mut Frame<'_>, area: Rect, state: &State, tr: &Localizer) {
    let mut tables = bindings_for(state);
    tables.push(keys::GLOBAL);
    let entries = footer_entries(&tables, tr, false);
    // The global keys go last and must stay visible: drop context entries that do not fit.
    let global_count = keys::GLOBAL.iter().filter(|b| b.footer).count();
    let width = area.width as usize;
    let cost = |(k, l): &(String, String)| k.width() + l.width() + 4;
    let global_width: usize = entries.iter().rev().take(global_count).map(cost).sum();
    let mut used = global_width + 1;
    let mut spans = vec![Span::raw(" ")];
    let context = entries.len().saturating_sub(global_count);
    for (i, entry) in entries.iter().enumerate() {
        if i < context {
            if used + cost(entry) > width {
                continue;
            }
            used += cost(entry);
        }
        spans.push(Span::styled(format!(" {} ", entry.0), theme::key()));
        spans.push(Span::raw(format!(" {} ", entry.1)));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub fn overlay(frame: &mut Frame<'_>, state: &State, tr: &Localizer) {
    let Some(overlay) = &state.overlay else {
        return;
    };
    let area = frame.area();
    match overlay {
        Overlay::Help => help(frame, area, state, tr),
        Overlay::Rename { input, .. } => {
            // Its keys (Enter, Esc) are in the footer, from the same table as every screen's.
            let popup = centered(area, 60, 3);
            let inner = popup_frame(frame, popup, &tr.t("rename-title"));
            let label = super::label(tr, &tr.t("rename-prompt"));
            text_field(frame, inner, &label, input, "", true);
        }
        Overlay::ConfirmLeave => {
            let popup = centered(area, 60, 6);
            let inner = popup_frame(frame, popup, &tr.t("habits-leave-title"));
            let text = tr.t("habits-leave-confirm");
            frame.render_widget(
                Paragraph::new(super::wrapped_lines("", &text, inner.width, Style::new())),
                inner,
            );
        }
        Overlay::ConfirmDelete { id } => {
            let title = state
                .entry(id)
                .and_then(|e| e.app.as_ref().ok())
                .map(|a| super::list::display_title(a, tr))
                .unwrap_or_default();
            let popup = centered(area, 60, 6);
            let inner = popup_frame(frame, popup, &tr.t("delete-title"));
            let text = tr.ta("delete-confirm", &[("title", arg_str(&title))]);
            frame.render_widget(
                Paragraph::new(super::wrapped_lines("", &text, inner.width, Style::new())),
                inner,
            );
        }
    }
}

fn help(frame: &mut Frame<'_>, area: Rect, state: &State, tr: &Localizer) {
    // The keys of the screen under the help, not of the help itself.
    let screen = footer_entries(&screen_bindings(state), tr, true);
    let global = footer_entries(&[keys::GLOBAL], tr, true);
    let mut lines = vec![Line::styled(tr.t("help-this-screen"), theme::title())];
    let key_width = screen
        .iter()
        .chain(&global)
        .map(|(k, _)| k.width())
        .max()
        .unwrap_or(0);
    let row = |(k, l): &(String, String)| {
        Line::from(vec![
            Span::styled(format!(" {k:<key_width$} "), theme::key()),
            Span::raw(format!("  {l}")),
        ])
    };
    lines.extend(screen.iter().map(row));
    // What the screen's pictures mean, where it has some (in a wider popup).
    let legend =
        matches!(&state.screen, Screen::Wizard(w) if w.step == crate::model::Step::Countdown);
    if legend {
        lines.push(Line::raw(""));
        lines.extend(crate::app::steps::countdown::chart::help_lines(tr));
    }
    let popup_width: u16 = if legend { 76 } else { 56 };
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr.t("help-global"), theme::title()));
    let width = usize::from(popup_width.min(area.width)).saturating_sub(4);
    let with_global = |global_lines: Vec<Line<'static>>| {
        let mut all = lines.clone();
        all.extend(global_lines);
        all.push(Line::raw(""));
        all.push(Line::raw(tr.t("habits-help-mouse")));
        all.push(Line::styled(tr.t("help-close-hint"), theme::muted()));
        // Wrapped before it is measured, so that a long line does not push the last ones out.
        crate::ui::wrap::wrap_lines(&all, width)
    };
    let mut lines = with_global(global.iter().map(row).collect());
    // Too tall for the screen: the keys that work everywhere go on shared lines instead.
    if lines.len() + 2 > usize::from(area.height) {
        // As many whole entries a line as fit; an entry is never split between lines.
        let mut packed: Vec<Vec<Span<'static>>> = Vec::new();
        let mut used = 0;
        for (k, l) in &global {
            let entry = 3 + k.width() + 1 + l.width();
            if packed.is_empty() || used + entry > width {
                packed.push(vec![Span::raw(" ")]);
                used = 1;
            } else {
                packed
                    .last_mut()
                    .expect("pushed above")
                    .push(Span::raw("  "));
                used += 2;
            }
            let spans = packed.last_mut().expect("pushed above");
            spans.push(Span::styled(k.clone(), theme::key()));
            spans.push(Span::raw(format!(" {l}")));
            used += entry - 3;
        }
        lines = with_global(packed.into_iter().map(Line::from).collect());
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = centered(area, popup_width, height);
    let inner = popup_frame(frame, popup, &tr.t("help-title"));
    super::scroll::render_wrapped(frame, inner, lines, 0, tr);
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Clears a popup's area (including wide characters cut by its edges) and draws its border.
fn popup_frame(frame: &mut Frame<'_>, popup: Rect, title: &str) -> Rect {
    clear_wide_edges(frame.buffer_mut(), popup);
    frame.render_widget(Clear, popup);
    let block = super::pane(title, true);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    inner.inner(ratatui::layout::Margin::new(1, 0))
}

/// A wide character that straddles a popup's edge would leave half a glyph on screen
/// (ratatui#2526); blank such characters just outside the edges.
fn clear_wide_edges(buffer: &mut Buffer, popup: Rect) {
    for y in popup.top()..popup.bottom() {
        if popup.x > buffer.area.x {
            let cell = &mut buffer[(popup.x - 1, y)];
            if cell.symbol().width() > 1 {
                cell.set_symbol(" ");
            }
        }
        let right = popup.right();
        if right < buffer.area.right() {
            // The last column inside may start a wide glyph whose second half is outside.
            let inside = &mut buffer[(right - 1, y)];
            if inside.symbol().width() > 1 {
                inside.set_symbol(" ");
                buffer[(right, y)].set_symbol(" ");
            }
        }
    }
}
