//! How the screen looks: the theme, whether colours are drawn at all, the symbol set. UI
//! state, chosen at the command line (and by F3 in the app); views read it through
//! `theme` and `symbols`.

use super::symbols::{self, SymbolSet};
use super::theme::{self, Palette, Theme};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Looks {
    pub theme: Theme,
    /// False with `--color never` or `NO_COLOR`: bold and reverse video only.
    pub colour: bool,
    pub symbols: SymbolSet,
}

impl Default for Looks {
    fn default() -> Looks {
        Looks {
            theme: Theme::Dark,
            colour: true,
            symbols: SymbolSet::Unicode,
        }
    }
}

impl Looks {
    pub fn palette(self) -> Palette {
        Palette::of(self.theme, self.colour)
    }

    /// Runs `draw` with these looks in force.
    pub fn apply<R>(self, draw: impl FnOnce() -> R) -> R {
        theme::with(self.palette(), || symbols::with(self.symbols, draw))
    }
}
