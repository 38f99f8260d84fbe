//! Colours and emphasis, in one place so every screen looks alike. Views ask for a role
//! (`title()`, `muted()`, …); the palette in force (dark, light or monochrome) answers. No
//! `Color::` outside this file.

use std::cell::Cell;

use ratatui::style::{Color, Modifier, Style};

/// The background a theme is made for: the terminal's dark or light one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Dark,
    Light,
}

impl Theme {
    pub fn other(self) -> Theme {
        match self {
            Theme::Dark => Theme::Light,
            Theme::Light => Theme::Dark,
        }
    }

    /// The word of the command line and of `settings.toml`.
    pub fn tag(self) -> &'static str {
        match self {
            Theme::Dark => "dark",
            Theme::Light => "light",
        }
    }
}

/// What the screen is drawn with: a theme's colours, or none at all (`--color never`,
/// `NO_COLOR`), where bold and reverse video carry the emphasis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Palette {
    Dark,
    Light,
    Mono,
}

impl Palette {
    pub fn of(theme: Theme, colour: bool) -> Palette {
        match (colour, theme) {
            (false, _) => Palette::Mono,
            (true, Theme::Dark) => Palette::Dark,
            (true, Theme::Light) => Palette::Light,
        }
    }
}

/// The colours of one palette, by role.
struct Colours {
    accent: Color,
    /// Text drawn on the accent (title bar, selection, current step).
    on_accent: Color,
    muted: Color,
    border: Color,
    error: Color,
    warning: Color,
    ok: Color,
    key_fg: Color,
    key_bg: Color,
}

/// The dark theme: the terminal's named colours, as before there were themes.
const DARK: Colours = Colours {
    accent: Color::Cyan,
    on_accent: Color::Black,
    muted: Color::Gray,
    border: Color::DarkGray,
    error: Color::LightRed,
    warning: Color::Yellow,
    ok: Color::Green,
    key_fg: Color::Black,
    key_bg: Color::Gray,
};

/// The light theme: colours of the 256-colour palette, whose RGB values are the same in
/// every terminal (the 16 named ones are themed by the user), dark enough for white.
const LIGHT: Colours = Colours {
    // #005f87
    accent: Color::Indexed(24),
    // #ffffff
    on_accent: Color::Indexed(231),
    // #585858
    muted: Color::Indexed(240),
    // #949494
    border: Color::Indexed(246),
    // #af0000
    error: Color::Indexed(124),
    // #875f00
    warning: Color::Indexed(94),
    // #008700
    ok: Color::Indexed(28),
    // #000000 on #d0d0d0
    key_fg: Color::Indexed(16),
    key_bg: Color::Indexed(252),
};

thread_local! {
    /// The palette of the frame being drawn (`view::draw` sets it from the state).
    static CURRENT: Cell<Palette> = const { Cell::new(Palette::Dark) };
}

/// Runs `draw` with `palette` in force, then puts the previous one back.
pub fn with<R>(palette: Palette, draw: impl FnOnce() -> R) -> R {
    let previous = CURRENT.with(|c| c.replace(palette));
    let result = draw();
    CURRENT.with(|c| c.set(previous));
    result
}

pub fn current() -> Palette {
    CURRENT.with(Cell::get)
}

fn colours(palette: Palette) -> Option<&'static Colours> {
    match palette {
        Palette::Dark => Some(&DARK),
        Palette::Light => Some(&LIGHT),
        Palette::Mono => None,
    }
}

/// A foreground colour, or in monochrome the emphasis that stands in for it.
fn fg(pick: fn(&Colours) -> Color, mono: Modifier) -> Style {
    match colours(current()) {
        Some(c) => Style::new().fg(pick(c)),
        None => Style::new().add_modifier(mono),
    }
}

/// Text on the accent colour, or reverse video in monochrome.
fn on_accent() -> Style {
    match colours(current()) {
        Some(c) => Style::new().fg(c.on_accent).bg(c.accent),
        None => Style::new().add_modifier(Modifier::REVERSED),
    }
}

pub fn title() -> Style {
    fg(|c| c.accent, Modifier::empty()).add_modifier(Modifier::BOLD)
}

pub fn title_bar() -> Style {
    on_accent()
}

pub fn border() -> Style {
    fg(|c| c.border, Modifier::empty())
}

pub fn label() -> Style {
    fg(|c| c.accent, Modifier::BOLD)
}

pub fn muted() -> Style {
    fg(|c| c.muted, Modifier::empty())
}

pub fn selected() -> Style {
    on_accent().add_modifier(Modifier::BOLD)
}

pub fn key() -> Style {
    match colours(current()) {
        Some(c) => Style::new().fg(c.key_fg).bg(c.key_bg),
        None => Style::new().add_modifier(Modifier::REVERSED),
    }
}

pub fn error() -> Style {
    fg(|c| c.error, Modifier::BOLD)
}

pub fn warning() -> Style {
    fg(|c| c.warning, Modifier::BOLD)
}

pub fn ok() -> Style {
    fg(|c| c.ok, Modifier::empty())
}

pub fn step_current() -> Style {
    on_accent().add_modifier(Modifier::BOLD)
}

pub fn step_other() -> Style {
    fg(|c| c.muted, Modifier::empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The background each theme is made for: xterm's default black, and white.
    fn background(palette: Palette) -> (u8, u8, u8) {
        match palette {
            Palette::Dark | Palette::Mono => (0, 0, 0),
            Palette::Light => (255, 255, 255),
        }
    }

    /// RGB of a colour. The 16 named colours have no fixed value (the user's terminal themes
    /// them); xterm's default palette stands in for them. Indexed colours 16–255 are xterm's
    /// 6x6x6 cube and grey ramp, which terminals share.
    fn rgb(colour: Color) -> (u8, u8, u8) {
        const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];
        match colour {
            Color::Black => (0, 0, 0),
            Color::Red => (205, 0, 0),
            Color::Green => (0, 205, 0),
            Color::Yellow => (205, 205, 0),
            Color::Blue => (0, 0, 238),
            Color::Magenta => (205, 0, 205),
            Color::Cyan => (0, 205, 205),
            Color::Gray => (229, 229, 229),
            Color::DarkGray => (127, 127, 127),
            Color::LightRed => (255, 0, 0),
            Color::LightGreen => (0, 255, 0),
            Color::LightYellow => (255, 255, 0),
            Color::LightBlue => (92, 92, 255),
            Color::LightMagenta => (255, 0, 255),
            Color::LightCyan => (0, 255, 255),
            Color::White => (255, 255, 255),
            Color::Rgb(r, g, b) => (r, g, b),
            Color::Indexed(n @ 16..=231) => {
                let n = n - 16;
                (
                    CUBE[usize::from(n / 36)],
                    CUBE[usize::from(n / 6 % 6)],
                    CUBE[usize::from(n % 6)],
                )
            }
            Color::Indexed(n @ 232..=255) => {
                let v = 8 + 10 * (n - 232);
                (v, v, v)
            }
            other => panic!("no fixed RGB for {other:?}: use the cube or the grey ramp"),
        }
    }

    /// WCAG 2 relative luminance.
    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// Every role that draws text, by name.
    fn text_roles() -> [(&'static str, Style); 11] {
        [
            ("title", title()),
            ("title_bar", title_bar()),
            ("label", label()),
            ("muted", muted()),
            ("selected", selected()),
            ("key", key()),
            ("error", error()),
            ("warning", warning()),
            ("ok", ok()),
            ("step_current", step_current()),
            ("step_other", step_other()),
        ]
    }

    #[test]
    fn every_text_role_has_contrast_4_5_on_its_background() {
        for palette in [Palette::Dark, Palette::Light] {
            let bg = background(palette);
            with(palette, || {
                for (name, style) in text_roles() {
                    let fg = style.fg.map(rgb).expect("a coloured role has a colour");
                    let on = style.bg.map(rgb).unwrap_or(bg);
                    let ratio = contrast(fg, on);
                    assert!(ratio >= 4.5, "{palette:?} {name}: {ratio:.2}");
                    // Reverse video (the countdown's overdue mark) swaps the two.
                    assert!(contrast(on, fg) >= 4.5, "{palette:?} {name} reversed");
                }
            });
        }
    }

    #[test]
    fn the_light_theme_has_no_gray_or_yellow_text() {
        with(Palette::Light, || {
            for (name, style) in text_roles() {
                for colour in [style.fg, style.bg].into_iter().flatten() {
                    assert!(
                        !matches!(
                            colour,
                            Color::Gray | Color::Yellow | Color::LightYellow | Color::White
                        ),
                        "{name}: {colour:?}"
                    );
                }
            }
        });
    }

    #[test]
    fn a_dull_colour_would_fail_the_contrast_test() {
        // The test's nearest miss: the dark theme's yellow on white.
        assert!(contrast(rgb(Color::Yellow), (255, 255, 255)) < 4.5);
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn monochrome_has_no_colour_and_keeps_emphasis() {
        with(Palette::Mono, || {
            for (name, style) in text_roles() {
                assert_eq!((style.fg, style.bg), (None, None), "{name}");
            }
            assert!(selected().add_modifier.contains(Modifier::REVERSED));
            assert!(error().add_modifier.contains(Modifier::BOLD));
            assert_eq!(border(), Style::new());
        });
        assert_eq!(current(), Palette::Dark, "the palette is put back");
    }

    #[test]
    fn palette_follows_theme_and_colour() {
        assert_eq!(Palette::of(Theme::Light, true), Palette::Light);
        assert_eq!(Palette::of(Theme::Light, false), Palette::Mono);
        assert_eq!(Theme::Dark.other(), Theme::Light);
    }
}
