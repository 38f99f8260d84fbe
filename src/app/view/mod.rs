//! Views: read the state, draw a frame. Nothing here changes state or does I/O.

pub mod chrome;
pub mod gauge;
pub mod list;
pub mod looks;
pub mod scroll;
pub mod symbols;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::i18n::Localizer;
use crate::model::Step;
use crate::ui::text_input::TextInput;

use super::state::{Screen, State};
use super::steps;

/// Draws the whole screen for the current state.
pub fn draw(frame: &mut Frame<'_>, state: &State, tr: &Localizer) {
    state.looks.apply(|| draw_screen(frame, state, tr));
}

fn draw_screen(frame: &mut Frame<'_>, state: &State, tr: &Localizer) {
    let layout = chrome::layout_for(frame.area(), state, tr);
    chrome::title_bar(frame, layout.title, state, tr);
    match &state.screen {
        Screen::List(list) => list::view(frame, layout.body, state, list, tr),
        Screen::Wizard(wizard) => {
            if let Some(bar) = layout.steps {
                chrome::step_bar(frame, bar, wizard.step, tr);
            }
            steps::view(frame, layout.body, wizard, tr);
        }
    }
    if let Some(status) = layout.status {
        chrome::status_line(frame, status, state, tr);
    }
    chrome::footer(frame, layout.footer, state, tr);
    chrome::overlay(frame, state, tr);
}

/// What a left click at (`column`, `row`) of a `screen`-sized terminal asks for, as `draw`
/// lays the screen out: a filing of the list selected, a step of the step bar opened, a row
/// of a step's list selected, a field of a form focused.
pub fn click(
    state: &State,
    tr: &Localizer,
    screen: ratatui::layout::Rect,
    column: u16,
    row: u16,
) -> Option<crate::app::action::Action> {
    use crate::app::action::Action;
    if state.overlay.is_some() {
        return None;
    }
    let layout = chrome::layout_for(screen, state, tr);
    match &state.screen {
        Screen::List(list) => {
            list::entry_at(layout.body, state, list, tr, row).map(|index| Action::Select { index })
        }
        Screen::Wizard(wizard) => {
            if let Some(bar) = layout.steps.filter(|bar| row == bar.y) {
                return chrome::step_at(bar, wizard.step, tr, column).map(Action::GoToStep);
            }
            let (app, report, rules) = (&wizard.app, &wizard.report, &*wizard.rules);
            let body = layout.body;
            let select_in = |(pane, index)| Action::SelectIn { pane, index };
            let row_in = match wizard.step {
                Step::Province => {
                    steps::province::row_at(body, &wizard.province, rules, column, row)
                }
                Step::Websites => steps::items::View::new(app, &wizard.websites, report, rules, tr)
                    .row_at(body, row),
                Step::Apps => {
                    steps::items::View::new(app, &wizard.apps, report, rules, tr).row_at(body, row)
                }
                Step::Documents => {
                    steps::documents::row_at(body, app, &wizard.documents, rules, tr, row)
                }
                Step::Domains => {
                    steps::domains::row_at(body, app, &wizard.domains, tr, column, row)
                }
                Step::Countdown => {
                    steps::countdown::row_at(body, &wizard.countdown, tr, column, row)
                }
                Step::Watch => {
                    steps::watch::row_at(body, app, &wizard.watch, report, rules, tr, column, row)
                }
                Step::Review => {
                    steps::review::row_at(body, app, &wizard.review, report, rules, tr, row)
                }
                _ => None,
            };
            if let Some(row_in) = row_in {
                return Some(select_in(row_in));
            }
            let field = match wizard.step {
                Step::Subject => {
                    steps::subject::field_at(body, app, &wizard.subject, report, rules, tr, row)
                }
                Step::Access => {
                    steps::access::field_at(body, app, &wizard.access, report, rules, tr, row)
                }
                Step::Websites => {
                    steps::websites::field_at(body, app, &wizard.websites, report, rules, tr, row)
                }
                Step::Apps => {
                    steps::apps::field_at(body, app, &wizard.apps, report, rules, tr, row)
                }
                Step::Watch => {
                    steps::watch::field_at(body, app, &wizard.watch, report, rules, tr, row)
                }
                _ => None,
            };
            field.map(Action::FocusField)
        }
    }
}

/// What the wheel at (`column`, `row`) asks for, as `draw` lays the screen out: the pane
/// under the pointer scrolls (Documents, Domains, Countdown, Watch); elsewhere it moves as the
/// arrow keys do.
pub fn wheel(
    state: &State,
    tr: &Localizer,
    screen: Rect,
    column: u16,
    row: u16,
    down: bool,
) -> crate::app::action::Action {
    use crate::app::action::Action;
    let arrow = Action::Command(steps::arrow(down));
    let Screen::Wizard(wizard) = &state.screen else {
        return arrow;
    };
    if state.overlay.is_some() {
        return arrow;
    }
    let body = chrome::layout_for(screen, state, tr).body;
    let (app, report, rules) = (&wizard.app, &wizard.report, &*wizard.rules);
    let pane = match wizard.step {
        Step::Documents => steps::documents::pane_at(body, app, &wizard.documents, rules, tr, row),
        Step::Domains => steps::domains::pane_at(body, app, row),
        Step::Countdown => steps::countdown::pane_at(body, &wizard.countdown, column, row),
        Step::Watch => steps::watch::pane_at(body, app, &wizard.watch, report, rules, tr, row),
        _ => None,
    };
    pane.map_or(arrow, |pane| Action::Scroll { pane, down })
}

/// A one-line labelled text field. With focus, the terminal's own cursor is placed at the
/// insertion point so input methods open their candidate window there.
pub fn text_field(
    frame: &mut Frame<'_>,
    area: Rect,
    label: &str,
    input: &TextInput,
    placeholder: &str,
    focused: bool,
) {
    // `label` comes with its separator (`view::label`): "Filter: " or "筛选：".
    let label = label.to_string();
    let label_width = label.width() as u16;
    let label_style = if focused {
        theme::label()
    } else {
        Style::new()
    };
    frame.render_widget(Paragraph::new(Span::styled(label, label_style)), area);
    let rest = Rect {
        x: area.x + label_width.min(area.width),
        width: area.width.saturating_sub(label_width),
        ..area
    };
    input_line(frame, rest, input, placeholder, focused);
}

/// The editable part of a text field: the text scrolled to keep the cursor in view, and,
/// with focus, the real terminal cursor at the insertion point.
pub fn input_line(
    frame: &mut Frame<'_>,
    area: Rect,
    input: &TextInput,
    placeholder: &str,
    focused: bool,
) {
    let (visible, cursor) = input.visible(area.width as usize);
    let value = if input.is_empty() && !placeholder.is_empty() {
        Span::styled(placeholder.to_string(), theme::muted())
    } else {
        Span::raw(visible)
    };
    frame.render_widget(Paragraph::new(Line::from(value)), area);
    if focused && area.width > 0 {
        let x = area.x + cursor as u16;
        frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
    }
}

pub use crate::report::label;

/// A labelled value wrapped to `width`; continuation lines are indented two columns.
pub fn fact_lines(label: &str, value: &str, width: u16) -> Vec<Line<'static>> {
    let text = format!("{label}{value}");
    let wrapped = crate::ui::wrap::wrap_indented(&text, width as usize, 2);
    wrapped
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 && line.starts_with(label) {
                let rest = line[label.len()..].to_string();
                Line::from(vec![
                    Span::styled(label.to_string(), theme::label()),
                    Span::raw(rest),
                ])
            } else {
                Line::raw(line)
            }
        })
        .collect()
}

/// Text wrapped to `width`, every line in one style; `prefix` starts the first line.
pub fn wrapped_lines(prefix: &str, text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    crate::ui::wrap::wrap_with_prefix(prefix, text, width as usize)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// A bordered pane with a title; its border is highlighted while it has focus.
pub fn pane(title: &str, focused: bool) -> ratatui::widgets::Block<'static> {
    let border = if focused {
        theme::label()
    } else {
        theme::border()
    };
    ratatui::widgets::Block::bordered()
        .border_set(symbols::current().border)
        .title(Span::styled(format!(" {title} "), theme::title()))
        .border_style(border)
}
