//! Where a form is scrolled: UI state (never saved), the rule of the lists
//! (`view::scroll::rows_in_view`) for a form's lines. The drawing keeps the offset and moves
//! it only as far as shows the focused field and the lines under it (Tab or ↓ past the
//! bottom edge moves the window by as little as needed); a click keeps the clicked field on
//! its screen row, though the lines under the field that had the focus go. A form drawn for
//! the first time shows its focused field a third of the way down.

use std::cell::{Cell, RefCell};

use crate::app::view::scroll::rows_in_view;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormScroll {
    /// The first line shown, as last drawn.
    offset: Cell<u16>,
    /// Where each field's line was, as last drawn (lines from the form's top).
    tops: RefCell<Vec<u16>>,
    /// A field clicked since: its screen row, to be kept.
    clicked: Cell<Option<(usize, u16)>>,
}

impl FormScroll {
    /// The first line shown, as last drawn.
    pub fn offset(&self) -> u16 {
        self.offset.get()
    }

    /// A click focused `field`: the next drawing keeps it on the screen row it was drawn at.
    pub fn clicked(&mut self, field: usize) {
        let top = self.tops.get_mut().get(field).copied();
        let offset = self.offset.get();
        let row = top.and_then(|top| top.checked_sub(offset));
        self.clicked.set(row.map(|row| (field, row)));
    }

    /// The offset to draw a form of `total` lines in `height` at, with field `focus` at
    /// line `tops[focus]` and `focus_height` lines high (its notes under it): after a key,
    /// the kept one moved as little as shows all of it; after a click, the one that keeps the
    /// clicked field on its row (moved only if that row is gone). Nothing is kept (a click
    /// reads it).
    pub fn shown(
        &self,
        total: u16,
        height: u16,
        tops: &[u16],
        focus: usize,
        focus_height: u16,
    ) -> u16 {
        let top = tops.get(focus).copied().unwrap_or(0);
        let fresh = self.tops.borrow().is_empty();
        let (offset, needed) = match self.clicked.get() {
            Some((field, row)) if field == focus => (top.saturating_sub(row), 1),
            // A form drawn for the first time (opened, resumed): the focused field a third of
            // the way down, with what comes before it in sight, as a window that had been
            // moving would not show it.
            _ if fresh => (top.saturating_sub(height / 3), focus_height),
            _ => (self.offset.get(), focus_height),
        };
        let at = rows_in_view(
            usize::from(total),
            usize::from(height),
            usize::from(offset),
            usize::from(top),
            usize::from(top + needed),
        );
        u16::try_from(at).unwrap_or(u16::MAX)
    }

    /// As `shown`, for the drawing: the offset and the fields' lines are kept.
    pub fn drawn(
        &self,
        total: u16,
        height: u16,
        tops: Vec<u16>,
        focus: usize,
        focus_height: u16,
    ) -> u16 {
        let offset = self.shown(total, height, &tops, focus, focus_height);
        self.offset.set(offset);
        self.tops.replace(tops);
        self.clicked.set(None);
        offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of twenty one-line fields, field `notes` (if any) with three lines of
    /// findings under it.
    fn tops(notes: Option<usize>) -> Vec<u16> {
        (0..20u16)
            .map(|i| {
                i + if notes.is_some_and(|n| usize::from(i) > n) {
                    3
                } else {
                    0
                }
            })
            .collect()
    }

    /// A form's scroll as after a drawing at `offset` (not the form's first).
    fn kept_at(offset: u16) -> FormScroll {
        let scroll = FormScroll::default();
        scroll.offset.set(offset);
        scroll.tops.replace(tops(None));
        scroll
    }

    #[test]
    fn a_form_drawn_first_shows_its_focus_a_third_of_the_way_down() {
        // 20 lines in 9: field 12, drawn first, on row 3 (a third of 9): from line 9.
        assert_eq!(FormScroll::default().drawn(20, 9, tops(None), 12, 1), 9);
        // Near the top there is nothing to scroll.
        assert_eq!(FormScroll::default().drawn(20, 9, tops(None), 2, 1), 0);
        // The nearest case, drawn before: the window moves only as far as the focus needs.
        assert_eq!(kept_at(0).drawn(20, 9, tops(None), 12, 1), 4);
    }

    #[test]
    fn the_focus_moves_the_window_only_past_an_edge() {
        let scroll = kept_at(0);
        // 20 lines in 6: field 4 is on screen and stays; field 6 moves the window by one.
        assert_eq!(scroll.drawn(20, 6, tops(None), 4, 1), 0);
        assert_eq!(scroll.drawn(20, 6, tops(None), 6, 1), 1);
        // Back up inside the window: it stays; past the top edge: one line.
        assert_eq!(scroll.drawn(20, 6, tops(None), 1, 1), 1);
        assert_eq!(scroll.drawn(20, 6, tops(None), 0, 1), 0);
        // A field with notes under it comes into view whole: down as far as they end.
        assert_eq!(scroll.drawn(23, 6, tops(Some(5)), 5, 4), 3);
        // A shorter form (notes gone) clamps the window.
        let scroll = kept_at(17);
        assert_eq!(scroll.drawn(20, 6, tops(None), 19, 1), 14);
    }

    #[test]
    fn a_click_keeps_the_clicked_field_on_its_row() {
        // Field 5 has the focus and its notes, lines 4..14 are shown: field 9 is on line 12,
        // screen row 8.
        let mut scroll = kept_at(4);
        assert_eq!(scroll.drawn(23, 10, tops(Some(5)), 5, 4), 4);
        scroll.clicked(9);
        // Its notes now, field 5's gone: field 9 on line 9, the window from line 1.
        let offset = scroll.drawn(23, 10, tops(Some(9)), 9, 4);
        assert_eq!((offset, 9 - offset), (1, 8));
        // The nearest case: the focus moved there by keys keeps the window's top instead.
        assert_eq!(kept_at(4).drawn(23, 10, tops(Some(9)), 9, 4), 4);
    }
}
