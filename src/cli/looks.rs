//! `--theme`, `--color` and `--symbols`: how the TUI and the readable reports look, and what
//! the terminal is asked about itself (its background, the width of ambiguous symbols) to
//! decide `auto`. The questions are asked only of a terminal, with short timeouts.

use std::io::IsTerminal;
use std::time::Duration;

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgMatches, Command};

use crate::app::state::Flash;
use crate::app::view::looks::Looks;
use crate::app::view::symbols::SymbolSet;
use crate::app::view::theme::Theme;
use crate::i18n::{Lang, Localizer};
use crate::profile::Settings;

/// How long the terminal has to say what its background is. Terminals that cannot answer are
/// told apart at once (the crate asks for their device attributes too), so this is the wait
/// of a slow link only.
const BACKGROUND_TIMEOUT: Duration = Duration::from_millis(200);
/// How long the terminal has to report the cursor after the ambiguous-width probe.
const WIDTH_TIMEOUT: Duration = Duration::from_millis(200);

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// `auto` or a fixed value, for the theme and the symbols.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice<T> {
    Auto,
    Fixed(T),
}

/// What the command line asked for; `None` leaves it to the settings (then `auto`).
#[derive(Clone, Copy, Debug, Default)]
pub struct LooksArgs {
    pub theme: Option<Choice<Theme>>,
    pub color: ColorChoice,
    pub symbols: Option<Choice<SymbolSet>>,
}

/// The three options, on every command (only `--color` matters to the headless ones).
pub fn args(command: Command, tr: &Localizer) -> Command {
    command
        .arg(
            Arg::new("theme")
                .long("theme")
                .value_name("THEME")
                .global(true)
                .value_parser(PossibleValuesParser::new(["auto", "light", "dark"]))
                // The help text names them, in the language of the help.
                .hide_possible_values(true)
                .help(tr.t("looks-cli-theme")),
        )
        .arg(
            Arg::new("color")
                .long("color")
                .value_name("WHEN")
                .global(true)
                .value_parser(PossibleValuesParser::new(["auto", "always", "never"]))
                // The help text names them, in the language of the help.
                .hide_possible_values(true)
                .help(tr.t("looks-cli-color")),
        )
        .arg(
            Arg::new("symbols")
                .long("symbols")
                .value_name("SET")
                .global(true)
                .value_parser(PossibleValuesParser::new(["auto", "unicode", "ascii"]))
                // The help text names them, in the language of the help.
                .hide_possible_values(true)
                .help(tr.t("looks-cli-symbols")),
        )
}

impl LooksArgs {
    pub fn from_matches(matches: &ArgMatches) -> LooksArgs {
        let value = |id: &str| matches.get_one::<String>(id).map(String::as_str);
        LooksArgs {
            theme: value("theme").and_then(theme_choice),
            color: match value("color") {
                Some("always") => ColorChoice::Always,
                Some("never") => ColorChoice::Never,
                _ => ColorChoice::Auto,
            },
            symbols: value("symbols").and_then(symbols_choice),
        }
    }
}

/// `auto`, `light`, `dark` (the command line's and the settings' words).
pub fn theme_choice(word: &str) -> Option<Choice<Theme>> {
    match word {
        "auto" => Some(Choice::Auto),
        "light" => Some(Choice::Fixed(Theme::Light)),
        "dark" => Some(Choice::Fixed(Theme::Dark)),
        _ => None,
    }
}

/// `auto`, `unicode`, `ascii`.
pub fn symbols_choice(word: &str) -> Option<Choice<SymbolSet>> {
    match word {
        "auto" => Some(Choice::Auto),
        "unicode" => Some(Choice::Fixed(SymbolSet::Unicode)),
        "ascii" => Some(Choice::Fixed(SymbolSet::Ascii)),
        _ => None,
    }
}

/// Whether colours are drawn: `always` and `never` say so; `auto` colours a terminal unless
/// `NO_COLOR` is set (to anything but the empty string, as no-color.org asks).
pub fn colour(choice: ColorChoice, no_color: bool, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && !no_color,
    }
}

/// Why the interactive app cannot run here (the Fluent id of the message), if it cannot: a
/// terminal that says it is dumb, or input or output that is not a terminal.
pub fn refusal(
    term: Option<&str>,
    stdin_terminal: bool,
    stdout_terminal: bool,
) -> Option<&'static str> {
    if term == Some("dumb") {
        Some("looks-refused-dumb")
    } else if !stdin_terminal || !stdout_terminal {
        Some("looks-refused-not-a-terminal")
    } else {
        None
    }
}

/// The process's own answer to `refusal`.
pub fn refusal_here(term: Option<&str>) -> Option<&'static str> {
    refusal(
        term,
        std::io::stdin().is_terminal(),
        std::io::stdout().is_terminal(),
    )
}

/// `COLORFGBG` ("15;0", "0;default;15"): the last field is the background, one of the 16
/// ANSI colours; 7 and 9–15 are light (rxvt's and Konsole's convention).
pub fn theme_from_colorfgbg(value: &str) -> Option<Theme> {
    let bg: u8 = value.rsplit(';').next()?.trim().parse().ok()?;
    match bg {
        7 | 9..=15 => Some(Theme::Light),
        0..=6 | 8 => Some(Theme::Dark),
        _ => None,
    }
}

/// The theme for `auto`: the terminal's answer, else `COLORFGBG`, else dark.
pub fn auto_theme(asked: Option<Theme>, colorfgbg: Option<&str>) -> Theme {
    asked
        .or_else(|| colorfgbg.and_then(theme_from_colorfgbg))
        .unwrap_or(Theme::Dark)
}

/// Asks the terminal whether its background is light or dark (OSC 10/11). `None` when it
/// does not answer in time or cannot be asked.
pub fn ask_background() -> Option<Theme> {
    let mut options = terminal_colorsaurus::QueryOptions::default();
    options.timeout = BACKGROUND_TIMEOUT;
    match terminal_colorsaurus::theme_mode(options).ok()? {
        terminal_colorsaurus::ThemeMode::Dark => Some(Theme::Dark),
        terminal_colorsaurus::ThemeMode::Light => Some(Theme::Light),
    }
}

/// Whether the user reads a CJK language here: the app's language, or the locale's.
pub fn cjk(lang: Lang, locale: Option<&str>) -> bool {
    lang == Lang::ZhCn
        || locale.is_some_and(|l| {
            let l = l.to_ascii_lowercase();
            ["zh", "ja", "ko"].iter().any(|p| l.starts_with(p))
        })
}

/// The symbol set for `auto`: ASCII when a CJK reader's terminal measured an ambiguous symbol
/// two columns wide (`wide`; `None` when it was not measured or did not answer).
pub fn auto_symbols(cjk: bool, wide: Option<bool>) -> SymbolSet {
    if cjk && wide == Some(true) {
        SymbolSet::Ascii
    } else {
        SymbolSet::Unicode
    }
}

/// The probe: home, two ambiguous symbols ("─·"), then "where is the cursor?" (DSR 6).
pub const WIDTH_PROBE: &[u8] = "\x1b[H─·\x1b[6n".as_bytes();

/// The column of a cursor report `ESC [ row ; col R` in `answer` (other bytes around it, such
/// as a key typed meanwhile, are skipped).
pub fn cursor_column(answer: &[u8]) -> Option<u16> {
    let text = String::from_utf8_lossy(answer);
    let start = text.rfind("\x1b[")?;
    let report = &text[start + 2..];
    let end = report.find('R')?;
    let (_, col) = report[..end].split_once(';')?;
    col.parse().ok()
}

/// Whether the two probe symbols took more than two columns: the cursor started at column 1.
pub fn probe_was_wide(column: u16) -> bool {
    column > 3
}

/// Prints the probe on the terminal (raw mode, alternate screen: the caller clears it) and
/// reads the cursor's answer. `None` when the terminal does not answer in time.
#[cfg(unix)]
pub fn measure_ambiguous_width() -> Option<bool> {
    use std::io::{Read, Write};
    use std::time::Instant;

    use rustix::event::{PollFd, PollFlags, Timespec, poll};

    let mut tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .ok()?;
    tty.write_all(WIDTH_PROBE).ok()?;
    tty.flush().ok()?;
    let deadline = Instant::now() + WIDTH_TIMEOUT;
    let mut answer = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || answer.len() > 256 {
            return None;
        }
        let timeout = Timespec {
            tv_sec: left.as_secs() as i64,
            tv_nsec: i64::from(left.subsec_nanos()),
        };
        let mut fds = [PollFd::new(&tty, PollFlags::IN)];
        match poll(&mut fds, Some(&timeout)) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => continue,
            Err(_) => return None,
        }
        let mut buf = [0u8; 64];
        let n = tty.read(&mut buf).ok()?;
        if n == 0 {
            return None;
        }
        answer.extend_from_slice(&buf[..n]);
        if let Some(column) = cursor_column(&answer) {
            return Some(probe_was_wide(column));
        }
    }
}

#[cfg(not(unix))]
pub fn measure_ambiguous_width() -> Option<bool> {
    None
}

/// A word of the readable reports in the colour of its severity (error red, warning yellow,
/// info plain), or as it is without colour.
pub fn paint(text: &str, severity: crate::engine::Severity, colour: bool) -> String {
    use crate::engine::Severity;
    let code = match severity {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => return text.to_string(),
    };
    if colour {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// The looks of the interactive app being worked out. Started before the terminal is taken
/// (the background question runs on its own thread meanwhile), its answer joined before raw
/// mode (the crate sets and restores the terminal's mode itself), finished in the full screen
/// (the width probe needs raw mode).
pub struct Resolve {
    theme: Choice<Theme>,
    asked: Option<std::thread::JoinHandle<Option<Theme>>>,
    answer: Option<Theme>,
    colorfgbg: Option<String>,
    colour: bool,
    symbols: Choice<SymbolSet>,
    cjk: bool,
    notice: Option<Flash>,
}

impl Resolve {
    /// The command line first, then the settings, then `auto`.
    pub fn start(common: &super::Common, settings: &Settings, lang: Lang) -> Resolve {
        let args = common.looks;
        let mut notice = None;
        let theme = args.theme.unwrap_or_else(|| {
            setting(
                settings.theme.as_deref(),
                "theme",
                theme_choice,
                &mut notice,
            )
        });
        let symbols = args.symbols.unwrap_or_else(|| {
            setting(
                settings.symbols.as_deref(),
                "symbols",
                symbols_choice,
                &mut notice,
            )
        });
        if args.color == ColorChoice::Always {
            // crossterm leaves colours out under NO_COLOR; `always` puts them back.
            crossterm::style::force_color_output(true);
        }
        let colour = colour(args.color, common.env.no_color, true);
        // Without colours the background does not matter; never ask a non-terminal.
        let ask =
            theme == Choice::Auto && colour && refusal_here(common.env.term.as_deref()).is_none();
        Resolve {
            theme,
            asked: ask.then(|| std::thread::spawn(ask_background)),
            answer: None,
            colorfgbg: common.env.colorfgbg.clone(),
            colour,
            symbols,
            cjk: cjk(lang, common.env.locale().as_deref()),
            notice,
        }
    }

    /// Waits for the terminal's answer about its background (at most the query's timeout).
    pub fn join_background(&mut self) {
        if let Some(handle) = self.asked.take() {
            self.answer = handle.join().ok().flatten();
        }
    }

    /// The looks, and a message about a setting that could not be used.
    pub fn finish(&mut self, terminal: &mut crate::terminal::Tui) -> (Looks, Option<Flash>) {
        self.join_background();
        let theme = match self.theme {
            Choice::Fixed(theme) => theme,
            Choice::Auto => auto_theme(self.answer, self.colorfgbg.as_deref()),
        };
        let symbols = match self.symbols {
            Choice::Fixed(set) => set,
            Choice::Auto if self.cjk => {
                let wide = measure_ambiguous_width();
                // The probe's two symbols are not part of any frame.
                let _ = terminal.clear();
                auto_symbols(true, wide)
            }
            Choice::Auto => SymbolSet::Unicode,
        };
        let looks = Looks {
            theme,
            colour: self.colour,
            symbols,
        };
        (looks, self.notice.take())
    }
}

/// The question may have the terminal in raw mode: never leave before it is answered.
impl Drop for Resolve {
    fn drop(&mut self) {
        self.join_background();
    }
}

/// A choice from `settings.toml`; a word this version does not know is reported (and `auto`
/// used), never silently taken for something else.
fn setting<T>(
    word: Option<&str>,
    key: &'static str,
    parse: fn(&str) -> Option<Choice<T>>,
    notice: &mut Option<Flash>,
) -> Choice<T> {
    let Some(word) = word else {
        return Choice::Auto;
    };
    parse(word).unwrap_or_else(|| {
        let allowed = match key {
            "theme" => "auto, light, dark",
            _ => "auto, unicode, ascii",
        };
        *notice = Some(Flash::error(
            "looks-setting-unknown",
            vec![
                ("file", crate::profile::SETTINGS_FILE.to_string()),
                ("key", key.to_string()),
                ("value", word.to_string()),
                ("allowed", allowed.to_string()),
            ],
        ));
        Choice::Auto
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Severity;

    #[test]
    fn colour_follows_the_choice_no_color_and_the_terminal() {
        assert!(colour(ColorChoice::Auto, false, true));
        assert!(!colour(ColorChoice::Auto, true, true), "NO_COLOR");
        assert!(!colour(ColorChoice::Auto, false, false), "a pipe");
        assert!(
            colour(ColorChoice::Always, true, false),
            "always beats NO_COLOR"
        );
        assert!(!colour(ColorChoice::Never, false, true));
    }

    #[test]
    fn a_dumb_terminal_or_a_pipe_is_refused() {
        assert_eq!(
            refusal(Some("dumb"), true, true),
            Some("looks-refused-dumb")
        );
        assert_eq!(
            refusal(Some("xterm-256color"), true, false),
            Some("looks-refused-not-a-terminal")
        );
        assert_eq!(
            refusal(None, false, true),
            Some("looks-refused-not-a-terminal")
        );
        assert_eq!(refusal(Some("xterm-256color"), true, true), None);
        // No TERM at all (Windows, a bare environment) is not a dumb terminal.
        assert_eq!(refusal(None, true, true), None);
        assert_eq!(refusal(Some("dumb-but-not"), true, true), None);
    }

    #[test]
    fn colorfgbg_names_the_background() {
        assert_eq!(theme_from_colorfgbg("0;15"), Some(Theme::Light));
        assert_eq!(theme_from_colorfgbg("0;default;7"), Some(Theme::Light));
        assert_eq!(theme_from_colorfgbg("15;0"), Some(Theme::Dark));
        assert_eq!(theme_from_colorfgbg("7;8"), Some(Theme::Dark));
        assert_eq!(theme_from_colorfgbg("15;default"), None);
        assert_eq!(theme_from_colorfgbg(""), None);
    }

    #[test]
    fn auto_theme_prefers_the_terminals_answer_then_colorfgbg_then_dark() {
        assert_eq!(auto_theme(Some(Theme::Light), Some("15;0")), Theme::Light);
        assert_eq!(auto_theme(None, Some("0;15")), Theme::Light);
        assert_eq!(auto_theme(None, Some("junk")), Theme::Dark);
        assert_eq!(auto_theme(None, None), Theme::Dark);
    }

    #[test]
    fn choices_are_the_documented_words() {
        assert_eq!(theme_choice("light"), Some(Choice::Fixed(Theme::Light)));
        assert_eq!(theme_choice("auto"), Some(Choice::Auto));
        assert_eq!(theme_choice("Light"), None);
        assert_eq!(
            symbols_choice("ascii"),
            Some(Choice::Fixed(SymbolSet::Ascii))
        );
        assert_eq!(symbols_choice("box"), None);
    }

    #[test]
    fn cursor_reports_are_read_among_other_bytes() {
        assert_eq!(cursor_column(b"\x1b[1;3R"), Some(3));
        assert_eq!(cursor_column(b"a\x1b[12;5R"), Some(5));
        assert_eq!(cursor_column(b"\x1b[1;"), None);
        assert_eq!(cursor_column(b"\x1b[AR"), None);
        assert!(!probe_was_wide(3));
        assert!(probe_was_wide(5));
    }

    #[test]
    fn ascii_only_for_a_cjk_reader_whose_terminal_measured_wide() {
        assert_eq!(auto_symbols(true, Some(true)), SymbolSet::Ascii);
        assert_eq!(auto_symbols(true, Some(false)), SymbolSet::Unicode);
        assert_eq!(auto_symbols(true, None), SymbolSet::Unicode);
        assert_eq!(auto_symbols(false, Some(true)), SymbolSet::Unicode);
        assert!(cjk(Lang::ZhCn, None));
        assert!(cjk(Lang::EnUs, Some("ja_JP.UTF-8")));
        assert!(!cjk(Lang::EnUs, Some("en_US.UTF-8")));
    }

    #[test]
    fn paint_colours_errors_and_warnings_only_when_asked() {
        assert_eq!(
            paint("error", Severity::Error, true),
            "\x1b[1;31merror\x1b[0m"
        );
        assert_eq!(paint("warning", Severity::Warning, false), "warning");
        assert_eq!(paint("info", Severity::Info, true), "info");
    }
}
