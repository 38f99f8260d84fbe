//! Text taller than its area: wrapped (`ui/wrap`), scrolled, and marked. When lines are hidden
//! above or below, the first or last row says how many, so nothing is cut without a sign.

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

    /// The smallest offset from which rows `first..last` are visible (they may not all fit).
    pub fn offset_showing(total: usize, height: usize, first: usize, last: usize) -> usize {
        let mut offset = 0;
        while offset < first && Window::new(total, height, offset).end < last.min(total) {
            offset += 1;
        }
        offset
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
/// `>` and `highlight` on the selected one, scrolled so that it is in view, with markers.
pub fn render_items(
    frame: &mut Frame<'_>,
    area: Rect,
    items: &[Line<'_>],
    selected: Option<usize>,
    highlight: ratatui::style::Style,
    tr: &Localizer,
) {
    let (lines, _, offset) = items_layout(area, items, selected, highlight);
    render_wrapped(frame, area, lines, offset, tr);
}

/// The item `render_items(area, items, selected, …)` shows at screen row `row` (a click),
/// if any: not a marker row, not an empty row below the last item.
pub fn item_at(area: Rect, items: &[Line<'_>], selected: Option<usize>, row: u16) -> Option<usize> {
    if row < area.y || row >= area.bottom() {
        return None;
    }
    let (lines, owners, offset) = items_layout(area, items, selected, Default::default());
    let window = Window::new(lines.len(), usize::from(area.height), offset);
    let at = usize::from(row - area.y);
    if window.above && at == 0 {
        return None;
    }
    let line = window.start + at - usize::from(window.above);
    (line < window.end).then(|| owners[line])
}

/// How `render_items` lays items out: the wrapped lines, the item each line belongs to, and
/// the offset that keeps the selected item in view.
fn items_layout(
    area: Rect,
    items: &[Line<'_>],
    selected: Option<usize>,
    highlight: ratatui::style::Style,
) -> (Vec<Line<'static>>, Vec<usize>, usize) {
    let width = usize::from(area.width.saturating_sub(1)).max(2);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut owners = Vec::new();
    let mut shown = (0, 0);
    for (i, item) in items.iter().enumerate() {
        let first = lines.len();
        let is_selected = selected == Some(i);
        for (k, mut part) in wrap::wrap_line(item, width).into_iter().enumerate() {
            let marker = if is_selected && k == 0 { ">" } else { " " };
            part.spans.insert(0, ratatui::text::Span::raw(marker));
            if is_selected {
                part = part.patch_style(highlight);
            }
            lines.push(part);
            owners.push(i);
        }
        if is_selected {
            shown = (first, lines.len());
        }
    }
    let offset = Window::offset_showing(lines.len(), usize::from(area.height), shown.0, shown.1);
    (lines, owners, offset)
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
        assert_eq!(Window::offset_showing(20, 5, 2, 3), 0);
        let offset = Window::offset_showing(20, 5, 10, 12);
        let w = Window::new(20, 5, offset);
        assert!(w.start <= 10 && w.end >= 12, "{w:?}");
    }
}
