//! The symbols of the chrome, in one table: borders, arrows, ticks, separators. Box drawing,
//! arrows and the middle dot are East-Asian-ambiguous (one column in most terminals, two in
//! some set up for Chinese), and CJK fonts often draw ✓ and ✗ wide, so an ASCII set stands in
//! where they would be.

use std::cell::Cell;

use ratatui::symbols::border;

/// Which set of symbols is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SymbolSet {
    #[default]
    Unicode,
    Ascii,
}

impl SymbolSet {
    pub fn tag(self) -> &'static str {
        match self {
            SymbolSet::Unicode => "unicode",
            SymbolSet::Ascii => "ascii",
        }
    }

    pub fn symbols(self) -> &'static Symbols {
        match self {
            SymbolSet::Unicode => &UNICODE,
            SymbolSet::Ascii => &ASCII,
        }
    }
}

/// One set of symbols; every entry is one column wide in the terminals it is meant for.
#[derive(Debug)]
pub struct Symbols {
    pub border: border::Set<'static>,
    pub up: &'static str,
    pub down: &'static str,
    pub left: &'static str,
    pub right: &'static str,
    /// A check passed, a value accepted.
    pub tick: &'static str,
    /// A check failed, an error.
    pub cross: &'static str,
    /// Between two parts of a title ("icp-tui · …").
    pub separator: &'static str,
}

pub const UNICODE: Symbols = Symbols {
    border: border::PLAIN,
    up: "↑",
    down: "↓",
    left: "←",
    right: "→",
    tick: "✓",
    cross: "✗",
    separator: "·",
};

/// ASCII only: the same width in every terminal and font.
pub const ASCII: Symbols = Symbols {
    border: border::Set {
        top_left: "+",
        top_right: "+",
        bottom_left: "+",
        bottom_right: "+",
        vertical_left: "|",
        vertical_right: "|",
        horizontal_top: "-",
        horizontal_bottom: "-",
    },
    up: "^",
    down: "v",
    left: "<",
    right: ">",
    tick: "+",
    cross: "x",
    separator: "-",
};

thread_local! {
    /// The set of the frame being drawn (`view::draw` sets it from the state).
    static CURRENT: Cell<SymbolSet> = const { Cell::new(SymbolSet::Unicode) };
}

/// Runs `draw` with `set` in force, then puts the previous one back.
pub fn with<R>(set: SymbolSet, draw: impl FnOnce() -> R) -> R {
    let previous = CURRENT.with(|c| c.replace(set));
    let result = draw();
    CURRENT.with(|c| c.set(previous));
    result
}

/// The symbols in force.
pub fn current() -> &'static Symbols {
    CURRENT.with(Cell::get).symbols()
}

/// An online check's mark in the set in force: passed, failed, or "?" (could not run).
pub fn outcome(outcome: crate::online::Outcome) -> &'static str {
    match outcome {
        crate::online::Outcome::Passed => current().tick,
        crate::online::Outcome::Failed => current().cross,
        crate::online::Outcome::CouldNotRun => "?",
    }
}

/// A message that carries ✓ or ✗ ("scan ✓"), with the marks of the set in force.
pub fn in_text(text: &str) -> String {
    let set = current();
    text.replace('✓', set.tick).replace('✗', set.cross)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    fn all(s: &Symbols) -> Vec<&'static str> {
        let b = s.border;
        vec![
            b.top_left,
            b.top_right,
            b.bottom_left,
            b.bottom_right,
            b.vertical_left,
            b.vertical_right,
            b.horizontal_top,
            b.horizontal_bottom,
            s.up,
            s.down,
            s.left,
            s.right,
            s.tick,
            s.cross,
            s.separator,
        ]
    }

    #[test]
    fn ascii_is_ascii_and_every_symbol_is_one_column() {
        for symbol in all(&ASCII) {
            assert!(symbol.is_ascii() && symbol.width() == 1, "{symbol:?}");
        }
        for symbol in all(&UNICODE) {
            assert_eq!(symbol.width(), 1, "{symbol:?}");
        }
    }

    #[test]
    fn the_unicode_set_is_the_ambiguous_one() {
        // What the ASCII set is for: these measure two columns where ambiguous is wide.
        // ✓ and ✗ are "neutral" in Unicode's table, yet CJK fonts often draw them wide, so
        // the ASCII set replaces them too.
        for symbol in all(&UNICODE) {
            let neutral = [UNICODE.tick, UNICODE.cross].contains(&symbol);
            assert_eq!(
                symbol.width_cjk(),
                if neutral { 1 } else { 2 },
                "{symbol:?}"
            );
        }
    }

    #[test]
    fn marks_in_messages_and_outcomes_follow_the_set() {
        assert_eq!(in_text("scan ✓"), "scan ✓");
        assert_eq!(with(SymbolSet::Ascii, || in_text("扫描件 ✗")), "扫描件 x");
        let failed = crate::online::Outcome::Failed;
        assert_eq!(with(SymbolSet::Ascii, || outcome(failed)), "x");
        assert_eq!(outcome(crate::online::Outcome::CouldNotRun), "?");
    }

    #[test]
    fn with_puts_the_set_back() {
        assert_eq!(with(SymbolSet::Ascii, || current().tick), "+");
        assert_eq!(current().tick, "✓");
    }
}
