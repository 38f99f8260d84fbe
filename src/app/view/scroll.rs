//! Text taller than its area: wrapped (`ui/wrap`), scrolled, and marked. When lines are hidden
//! above or below, the first or last row says how many, so nothing is cut without a sign.

use std::cell::{Cell, RefCell};

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::i18n::{Localizer, arg_num};
use crate::ui::wrap;

use super::theme;

/// Which rows of `total` are shown in `height` rows from `offset` on, with a marker row at the
/// top when some are hidden above and at the bottom when some are hidden below.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub start: usize,
    pub end: usize,
    pub above: bool,
    pub below: bool,
}

impl Window {
    pub fn new(total: usize, height: usize, offset: usize) -> Window {
        if total <= height || height < 3 {
            let end = total.min(height);
            let below = end < total;
            // Too short for markers: the last row gives way to the sign that more is below.
            let end = if below { end.saturating_sub(1) } else { end };
            return Window {
                start: 0,
                end,
                above: false,
                below,
            };
        }
        // At the end only the top marker is needed; elsewhere both may be.
        let last_start = total - (height - 1);
        let start = offset.min(last_start);
        let above = start > 0;
        let rows = height - usize::from(above);
        let below = start + rows < total;
        let rows = rows - usize::from(below);
        Window {
            start,
            end: start + rows,
            above,
            below,
        }
    }

    /// The largest offset that still moves the window: from it on, the last row is in view.
    pub fn max_offset(total: usize, height: usize) -> usize {
        if total <= height || height < 3 {
            0
        } else {
            total - (height - 1)
        }
    }

    /// The offset nearest to `offset` from which rows `first..last` are in view: `offset`
    /// itself (clamped) when they are; else the window moves down until their last row is
    /// shown, or up until their first row is the top one (a taller item shows its start).
    pub fn keep_in_view(
        total: usize,
        height: usize,
        offset: usize,
        first: usize,
        last: usize,
    ) -> usize {
        let max = Window::max_offset(total, height);
        let mut offset = offset.min(max);
        let window = Window::new(total, height, offset);
        if first < window.start {
            return first.min(max);
        }
        let last = last.min(total);
        while offset < first.min(max) && Window::new(total, height, offset).end < last {
            offset += 1;
        }
        offset
    }

    /// Whether any of rows `first..last` is in view from `offset` on.
    pub fn shows_any(
        total: usize,
        height: usize,
        offset: usize,
        first: usize,
        last: usize,
    ) -> bool {
        let window = Window::new(total, height, offset);
        first < window.end && last > window.start
    }
}

/// Draws `lines` wrapped to `area` from row `offset` on (clamped), with markers.
pub fn render(
    frame: &mut Frame<'_>,
    area: Rect,
    lines: &[Line<'_>],
    offset: usize,
    tr: &Localizer,
) {
    let wrapped = wrap::wrap_lines(lines, area.width as usize);
    render_wrapped(frame, area, wrapped, offset, tr);
}

/// As [`render`], telling `limit` the largest offset that still moves the text, so that
/// `update` clamps a scroll offset to what was drawn (Down past the end is not counted).
pub fn render_limited(
    frame: &mut Frame<'_>,
    area: Rect,
    lines: &[Line<'_>],
    offset: usize,
    limit: &ScrollLimit,
    tr: &Localizer,
) {
    let wrapped = wrap::wrap_lines(lines, area.width as usize);
    limit.0.set(Some(Window::max_offset(
        wrapped.len(),
        area.height as usize,
    )));
    render_wrapped(frame, area, wrapped, offset, tr);
}

/// The largest useful scroll offset of a pane as last drawn (`None` before the first frame).
/// UI state, written only by the drawing of the pane it belongs to (a `Cell`: views take
/// the state read-only), read by `update` to clamp.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScrollLimit(std::cell::Cell<Option<usize>>);

impl ScrollLimit {
    /// `offset` moved by `delta` rows, kept within 0 and the last drawn limit.
    pub fn moved(&self, offset: u16, delta: i32) -> u16 {
        let moved = (i32::from(offset) + delta).clamp(0, i32::from(u16::MAX)) as u16;
        match self.0.get() {
            Some(max) => moved.min(u16::try_from(max).unwrap_or(u16::MAX)),
            None => moved,
        }
    }

    /// The limit as last drawn.
    pub fn get(&self) -> Option<usize> {
        self.0.get()
    }
}

/// Draws lines already wrapped to `area`'s width from row `offset` on, with markers.
pub fn render_wrapped(
    frame: &mut Frame<'_>,
    area: Rect,
    wrapped: Vec<Line<'static>>,
    offset: usize,
    tr: &Localizer,
) {
    let total = wrapped.len();
    let window = Window::new(total, area.height as usize, offset);
    let mut shown: Vec<Line<'static>> = Vec::with_capacity(area.height as usize);
    if window.above {
        let n = window.start as i64;
        shown.push(Line::styled(
            tr.ta("fit-more-above", &[("count", arg_num(n))]),
            theme::muted(),
        ));
    }
    shown.extend(wrapped[window.start..window.end].iter().cloned());
    if window.below {
        let n = (total - window.end) as i64;
        shown.push(Line::styled(
            tr.ta("fit-more-below", &[("count", arg_num(n))]),
            theme::muted(),
        ));
    }
    frame.render_widget(Paragraph::new(shown), area);
}

/// Draws a list whose items may be longer than a row: each item wrapped under its own text,
/// `>` and `highlight` on the selected one, from the offset `scroll` keeps (the selection
/// brought into view if a resize or a shorter list hid it), with markers.
pub fn render_items(
    frame: &mut Frame<'_>,
    area: Rect,
    items: &[Line<'_>],
    selected: Option<usize>,
    highlight: ratatui::style::Style,
    scroll: &ListScroll,
    tr: &Localizer,
) {
    let layout = items_layout(area, items, selected, highlight);
    let offset = scroll.shown(&layout.drawn, selected);
    scroll.record(offset, layout.drawn);
    render_wrapped(frame, area, layout.lines, offset, tr);
}

/// The item `render_items(area, items, selected, …, scroll)` shows at screen row `row` (a
/// click), if any: not a marker row, not an empty row below the last item. It reads the
/// offset the drawing kept, so what a click hits is what was drawn.
pub fn item_at(
    area: Rect,
    items: &[Line<'_>],
    selected: Option<usize>,
    scroll: &ListScroll,
    row: u16,
) -> Option<usize> {
    if row < area.y || row >= area.bottom() {
        return None;
    }
    let layout = items_layout(area, items, selected, Default::default());
    let offset = scroll.shown(&layout.drawn, selected);
    let window = Window::new(layout.drawn.total, usize::from(area.height), offset);
    let at = usize::from(row - area.y);
    if window.above && at == 0 {
        return None;
    }
    let line = window.start + at - usize::from(window.above);
    (line < window.end).then(|| layout.owners[line])
}

/// How `render_items` lays items out: the wrapped lines, the item each line belongs to, and
/// where each item starts.
struct ItemsLayout {
    lines: Vec<Line<'static>>,
    owners: Vec<usize>,
    drawn: Drawn,
}

fn items_layout(
    area: Rect,
    items: &[Line<'_>],
    selected: Option<usize>,
    highlight: ratatui::style::Style,
) -> ItemsLayout {
    let width = usize::from(area.width.saturating_sub(1)).max(2);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut owners = Vec::new();
    let mut starts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        starts.push(lines.len());
        let is_selected = selected == Some(i);
        // The marker is put in front after wrapping: the lines do not depend on the selection.
        for (k, mut part) in wrap::wrap_line(item, width).into_iter().enumerate() {
            let marker = if is_selected && k == 0 { ">" } else { " " };
            part.spans.insert(0, ratatui::text::Span::raw(marker));
            if is_selected {
                part = part.patch_style(highlight);
            }
            lines.push(part);
            owners.push(i);
        }
    }
    let drawn = Drawn {
        height: usize::from(area.height),
        total: lines.len(),
        starts,
    };
    ItemsLayout {
        lines,
        owners,
        drawn,
    }
}

/// A list's lines as drawn: the height of its area, how many lines, where each item starts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Drawn {
    height: usize,
    total: usize,
    starts: Vec<usize>,
}

impl Drawn {
    /// The lines of item `index` (none past the last item).
    fn lines_of(&self, index: usize) -> Option<(usize, usize)> {
        let first = *self.starts.get(index)?;
        let last = self.starts.get(index + 1).copied().unwrap_or(self.total);
        Some((first, last))
    }
}

/// Where a list drawn by `render_items` is scrolled: UI state of one list (never saved).
/// The window stays where it is and moves only as far as the selection needs: `update`
/// moves it when a key moves the selection (`follow`, `page`), from the list as last drawn;
/// a click leaves it. The drawing keeps the offset it used (`Cell`s: views take the state
/// read-only), clamped to the list and moved only if the selection would be out of view
/// (the terminal resized, the list shorter); `item_at` reads the same offset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListScroll {
    offset: Cell<usize>,
    drawn: RefCell<Drawn>,
}

impl ListScroll {
    /// The first line shown, as last drawn (or as `update` moved it since).
    pub fn offset(&self) -> usize {
        self.offset.get()
    }

    /// After a key moved the selection to `selected`: the window moves as little as shows
    /// all of it (down past the bottom edge by as much as it needs, up past the top edge to
    /// its first line), and not at all while it is in view.
    pub fn follow(&mut self, selected: usize) {
        self.follow_items(selected, selected);
    }

    /// As `follow`, keeping items `first..=selected` in view (the heading above a row).
    pub fn follow_items(&mut self, first: usize, selected: usize) {
        let drawn = self.drawn.get_mut();
        if let (Some((top, _)), Some((_, bottom))) =
            (drawn.lines_of(first), drawn.lines_of(selected))
        {
            let offset =
                Window::keep_in_view(drawn.total, drawn.height, self.offset.get(), top, bottom);
            self.offset.set(offset);
        }
    }

    /// After a page or jump key moved the selection from `from` to `to`: the window moves
    /// as far as the selection did, so it stays on its row where the list allows.
    pub fn page(&mut self, from: usize, to: usize) {
        let drawn = self.drawn.get_mut();
        if let (Some((a, _)), Some((b, _))) = (drawn.lines_of(from), drawn.lines_of(to)) {
            let moved = (self.offset.get() + b).saturating_sub(a);
            let max = Window::max_offset(drawn.total, drawn.height);
            self.offset.set(moved.min(max));
        }
        self.follow(to);
    }

    /// Back to the top (a list opened afresh, such as a picker).
    pub fn reset(&mut self) {
        self.offset.set(0);
    }

    /// The offset to draw `drawn` at with `selected` chosen: the kept one, clamped to the
    /// list, unless no line of the selection would be in view.
    fn shown(&self, drawn: &Drawn, selected: Option<usize>) -> usize {
        let offset = self
            .offset
            .get()
            .min(Window::max_offset(drawn.total, drawn.height));
        match selected.and_then(|s| drawn.lines_of(s)) {
            Some((first, last))
                if !Window::shows_any(drawn.total, drawn.height, offset, first, last) =>
            {
                Window::keep_in_view(drawn.total, drawn.height, offset, first, last)
            }
            _ => offset,
        }
    }

    fn record(&self, offset: usize, drawn: Drawn) {
        self.offset.set(offset);
        self.drawn.replace(drawn);
    }
}

/// Where a list drawn without marker rows is scrolled (the list of filings, whose table has
/// a header; the Province step's list; a form's lines): UI state, the rule of `ListScroll`
/// for rows counted one by one. `update` moves the offset when a key moves the selection
/// (`follow`, `page`), from the list as last drawn; a click leaves it; the drawing (`drawn`)
/// clamps it to a shorter list or a resized area and brings a hidden selection back into
/// view; a click's row is looked up with `shown`, the same offset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowScroll {
    offset: Cell<usize>,
    /// How many rows, and how many fit, as last drawn.
    drawn: Cell<(usize, usize)>,
}

impl RowScroll {
    /// The first row shown, as last drawn (or as `update` moved it since).
    pub fn offset(&self) -> usize {
        self.offset.get()
    }

    /// After a key moved the selection to row `selected`: the window moves as little as
    /// shows it, and not at all while it is in view.
    pub fn follow(&mut self, selected: usize) {
        self.follow_rows(selected, selected + 1);
    }

    /// As `follow`, keeping rows `first..last` in view (a form's field and the lines under it).
    pub fn follow_rows(&mut self, first: usize, last: usize) {
        let (total, height) = self.drawn.get();
        if height > 0 {
            let offset = rows_in_view(total, height, self.offset.get(), first, last);
            self.offset.set(offset);
        }
    }

    /// After a page or jump key moved the selection from row `from` to `to`: the window
    /// moves as far as the selection did, so it stays on its screen row where the list allows.
    pub fn page(&mut self, from: usize, to: usize) {
        let (total, height) = self.drawn.get();
        if height > 0 {
            let moved = (self.offset.get() + to).saturating_sub(from);
            self.offset.set(moved.min(total.saturating_sub(height)));
        }
        self.follow(to);
    }

    /// Back to the top (a list opened afresh).
    pub fn reset(&mut self) {
        self.offset.set(0);
    }

    /// The offset `total` rows in `height` are drawn at with rows `selected` (`first..last`)
    /// chosen: the kept one, clamped to the list, unless no row of the selection would be in
    /// view. What a click reads; nothing is kept.
    pub fn shown(&self, total: usize, height: usize, selected: Option<(usize, usize)>) -> usize {
        let offset = self.offset.get().min(total.saturating_sub(height));
        match selected {
            Some((first, last)) if !(first < offset + height && last > offset) => {
                rows_in_view(total, height, offset, first, last)
            }
            _ => offset,
        }
    }

    /// As `shown`, for the drawing: the offset and the list's size are kept for `update`.
    pub fn drawn(&self, total: usize, height: usize, selected: Option<(usize, usize)>) -> usize {
        let offset = self.shown(total, height, selected);
        self.offset.set(offset);
        self.drawn.set((total, height));
        offset
    }
}

/// The offset nearest to `offset` from which rows `first..last` of `total` are in view in
/// `height` rows (no marker rows): `offset` itself (clamped) when they are; else down until
/// their last row is shown, or up until their first is the top one (a taller item shows its
/// start).
pub fn rows_in_view(
    total: usize,
    height: usize,
    offset: usize,
    first: usize,
    last: usize,
) -> usize {
    let max = total.saturating_sub(height);
    let offset = offset.min(max);
    if first < offset {
        return first.min(max);
    }
    if last > offset + height {
        return (last - height).min(first).min(max);
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_fits_without_markers() {
        assert_eq!(
            Window::new(5, 5, 3),
            Window {
                start: 0,
                end: 5,
                above: false,
                below: false
            }
        );
    }

    #[test]
    fn one_row_too_many_shows_a_marker_below() {
        assert_eq!(
            Window::new(6, 5, 0),
            Window {
                start: 0,
                end: 4,
                above: false,
                below: true
            }
        );
    }

    #[test]
    fn in_the_middle_both_markers_and_at_the_end_only_the_top_one() {
        let middle = Window::new(20, 5, 4);
        assert_eq!(
            (middle.start, middle.end, middle.above, middle.below),
            (4, 7, true, true)
        );
        let end = Window::new(20, 5, 99);
        assert_eq!(
            (end.start, end.end, end.above, end.below),
            (16, 20, true, false)
        );
    }

    #[test]
    fn tiny_areas_still_say_that_more_is_below() {
        let w = Window::new(9, 2, 0);
        assert_eq!((w.end, w.below), (1, true));
    }

    #[test]
    fn the_offset_keeps_a_selected_row_in_view() {
        assert_eq!(Window::keep_in_view(20, 5, 0, 2, 3), 0);
        let offset = Window::keep_in_view(20, 5, 0, 10, 12);
        let w = Window::new(20, 5, offset);
        assert!(w.start <= 10 && w.end >= 12, "{w:?}");
    }

    /// `items` items of `lines` lines each, drawn `height` rows high from `offset` on.
    fn list(items: usize, lines: usize, height: usize, offset: usize) -> ListScroll {
        let scroll = ListScroll::default();
        scroll.record(offset, drawn(items, lines, height));
        scroll
    }

    fn drawn(items: usize, lines: usize, height: usize) -> Drawn {
        Drawn {
            height,
            total: items * lines,
            starts: (0..items).map(|i| i * lines).collect(),
        }
    }

    /// The rows shown from `scroll`'s offset (7 rows: a marker above and below in between).
    fn window(scroll: &ListScroll, total: usize, height: usize) -> (usize, usize) {
        let w = Window::new(total, height, scroll.offset());
        (w.start, w.end)
    }

    #[test]
    fn down_past_the_bottom_edge_scrolls_by_one_and_inside_not_at_all() {
        // Rows 2..7 are shown between the markers.
        let mut scroll = list(20, 1, 7, 2);
        scroll.follow(5);
        assert_eq!(window(&scroll, 20, 7), (2, 7));
        scroll.follow(6);
        assert_eq!(window(&scroll, 20, 7), (2, 7));
        scroll.follow(7);
        assert_eq!(window(&scroll, 20, 7), (3, 8));
        // From the top, the first step down also makes room for the marker above.
        let mut scroll = list(20, 1, 7, 0);
        scroll.follow(5);
        assert_eq!(scroll.offset(), 0);
        scroll.follow(6);
        assert_eq!(window(&scroll, 20, 7), (2, 7));
    }

    #[test]
    fn up_past_the_top_edge_scrolls_by_one_and_inside_not_at_all() {
        let mut scroll = list(20, 1, 7, 5);
        assert_eq!(window(&scroll, 20, 7), (5, 10));
        scroll.follow(6);
        scroll.follow(5);
        assert_eq!(scroll.offset(), 5);
        scroll.follow(4);
        assert_eq!(window(&scroll, 20, 7), (4, 9));
    }

    #[test]
    fn a_wrapped_item_comes_into_view_whole_when_a_key_reaches_it() {
        // Two lines an item; the window shows lines 3..8, item 1 (lines 2 and 3) only half.
        let mut scroll = list(10, 2, 7, 3);
        assert_eq!(window(&scroll, 20, 7), (3, 8));
        scroll.follow(1);
        assert_eq!(scroll.offset(), 2);
        // Down to item 4 (lines 8 and 9): both of its lines.
        scroll.follow(4);
        assert_eq!(window(&scroll, 20, 7), (5, 10));
    }

    #[test]
    fn a_click_never_scrolls_and_a_selection_out_of_view_is_brought_in() {
        // A click selects the row under the top marker, or the half-shown item there: the
        // drawing keeps the offset (no `follow`).
        let scroll = list(20, 1, 7, 5);
        assert_eq!(scroll.shown(&drawn(20, 1, 7), Some(5)), 5);
        let scroll = list(10, 2, 7, 3);
        assert_eq!(scroll.shown(&drawn(10, 2, 7), Some(1)), 3);
        // The nearest case: a selection no line of which is in view (changed elsewhere)
        // is brought in, as far as it needs.
        let scroll = list(20, 1, 7, 5);
        let offset = scroll.shown(&drawn(20, 1, 7), Some(12));
        assert_eq!((offset, Window::new(20, 7, offset).end), (8, 13));
    }

    #[test]
    fn a_shorter_list_clamps_the_offset() {
        // At the end of 20 rows; the list loses 8 (fixed findings), the selection with it.
        let scroll = list(20, 1, 7, 14);
        assert_eq!(Window::max_offset(20, 7), 14);
        let offset = scroll.shown(&drawn(12, 1, 7), Some(11));
        assert_eq!(offset, Window::max_offset(12, 7));
        assert_eq!(Window::new(12, 7, offset).end, 12);
        // The nearest case: two rows fewer, the window still fits: it stays.
        let scroll = list(20, 1, 7, 5);
        assert_eq!(scroll.shown(&drawn(18, 1, 7), Some(7)), 5);
    }

    #[test]
    fn a_resize_keeps_the_selection_in_view() {
        // Rows 5..10 shown; one row less hides row 9: the window moves by one.
        let scroll = list(20, 1, 7, 5);
        let offset = scroll.shown(&drawn(20, 1, 6), Some(9));
        assert_eq!(offset, 6);
        assert!(Window::new(20, 6, offset).end > 9);
        // The nearest case: a selection still in view keeps the window, smaller or larger.
        assert_eq!(scroll.shown(&drawn(20, 1, 6), Some(7)), 5);
        assert_eq!(scroll.shown(&drawn(20, 1, 12), Some(7)), 5);
        // So large that everything fits: from the top.
        assert_eq!(scroll.shown(&drawn(20, 1, 30), Some(7)), 0);
    }

    #[test]
    fn a_page_key_moves_the_window_with_the_selection() {
        let mut scroll = list(40, 1, 7, 5);
        scroll.page(6, 16);
        assert_eq!(scroll.offset(), 15);
        scroll.page(16, 6);
        assert_eq!(scroll.offset(), 5);
        // At the end the window stops and the selection moves on to the last row.
        let mut scroll = list(40, 1, 7, 33);
        scroll.page(35, 39);
        assert_eq!(window(&scroll, 40, 7), (34, 40));
        // Before any drawing there is nothing to follow: the drawing brings it in.
        let mut scroll = ListScroll::default();
        scroll.page(0, 10);
        assert_eq!(scroll.offset(), 0);
    }

    /// `total` one-line rows drawn `height` high from `offset` on.
    fn rows(total: usize, height: usize, offset: usize) -> RowScroll {
        let scroll = RowScroll::default();
        scroll.offset.set(offset);
        scroll.drawn(total, height, None);
        scroll
    }

    #[test]
    fn rows_scroll_only_past_an_edge() {
        // Rows 5..12 shown: ↑ to 5 stays, ↑ to 4 moves by one; ↓ to 11 stays, to 12 by one.
        let mut scroll = rows(40, 7, 5);
        scroll.follow(5);
        assert_eq!(scroll.offset(), 5);
        scroll.follow(4);
        assert_eq!(scroll.offset(), 4);
        let mut scroll = rows(40, 7, 5);
        scroll.follow(11);
        assert_eq!(scroll.offset(), 5);
        scroll.follow(12);
        assert_eq!(scroll.offset(), 6);
        // Rows taller than the area show their start.
        let mut scroll = rows(40, 7, 0);
        scroll.follow_rows(10, 20);
        assert_eq!(scroll.offset(), 10);
    }

    #[test]
    fn rows_a_click_keeps_the_window_and_a_shorter_list_clamps_it() {
        // A click on the top row selects it: the offset stays.
        let scroll = rows(40, 7, 5);
        assert_eq!(scroll.shown(40, 7, Some((5, 6))), 5);
        // The list shrinks (a filter): the window clamps, the selection in view stays put.
        assert_eq!(scroll.shown(9, 7, Some((6, 7))), 2);
        // The nearest case: still long enough, the window stays.
        assert_eq!(scroll.shown(12, 7, Some((6, 7))), 5);
        // A selection out of view (moved elsewhere) is brought in, as far as it needs.
        assert_eq!(scroll.shown(40, 7, Some((20, 21))), 14);
        // Everything fits: from the top.
        assert_eq!(scroll.shown(6, 7, Some((3, 4))), 0);
    }

    #[test]
    fn rows_a_page_key_moves_the_window_with_the_selection() {
        let mut scroll = rows(40, 7, 5);
        scroll.page(6, 16);
        assert_eq!(scroll.offset(), 15);
        let mut scroll = rows(40, 7, 30);
        scroll.page(35, 39);
        assert_eq!(scroll.offset(), 33);
        // Before any drawing there is nothing to follow.
        let mut scroll = RowScroll::default();
        scroll.page(0, 10);
        assert_eq!(scroll.offset(), 0);
    }
}
