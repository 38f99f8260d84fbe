//! Colours and emphasis, in one place so every screen looks alike.

use ratatui::style::{Color, Modifier, Style};

pub const ACCENT: Color = Color::Cyan;

pub fn title() -> Style {
    Style::new().fg(ACCENT).add_modifier(Modifier::BOLD)
}

pub fn title_bar() -> Style {
    Style::new().fg(Color::Black).bg(ACCENT)
}

pub fn border() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub fn label() -> Style {
    Style::new().fg(ACCENT)
}

pub fn muted() -> Style {
    Style::new().fg(Color::Gray)
}

pub fn selected() -> Style {
    Style::new()
        .fg(Color::Black)
        .bg(ACCENT)
        .add_modifier(Modifier::BOLD)
}

pub fn key() -> Style {
    Style::new().fg(Color::Black).bg(Color::Gray)
}

pub fn error() -> Style {
    Style::new().fg(Color::LightRed)
}

pub fn warning() -> Style {
    Style::new().fg(Color::Yellow)
}

pub fn ok() -> Style {
    Style::new().fg(Color::Green)
}

pub fn step_current() -> Style {
    Style::new()
        .fg(Color::Black)
        .bg(ACCENT)
        .add_modifier(Modifier::BOLD)
}

pub fn step_other() -> Style {
    Style::new().fg(Color::Gray)
}
