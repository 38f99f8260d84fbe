//! Views: read the state, draw a frame. Nothing here changes state or does I/O.

pub mod chrome;
pub mod gauge;
pub mod list;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::i18n::Localizer;
use crate::ui::text_input::TextInput;

use super::state::{Screen, State};
use super::steps;

/// Draws the whole screen for the current state.
pub fn draw(frame: &mut Frame<'_>, state: &State, tr: &Localizer) {
    let layout = chrome::layout(frame.area(), state);
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
    let label = format!("{label}: ");
    let label_width = label.width() as u16;
    let field_width = area.width.saturating_sub(label_width) as usize;
    let (visible, cursor) = input.visible(field_width);
    let value = if input.is_empty() && !placeholder.is_empty() {
        Span::styled(placeholder.to_string(), theme::muted())
    } else {
        Span::raw(visible)
    };
    let label_style = if focused {
        theme::label()
    } else {
        Style::new()
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![Span::styled(label, label_style), value])),
        area,
    );
    if focused {
        let x = area.x + label_width + cursor as u16;
        frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
    }
}
