//! The countdown's pictures: a bar per deadline that fills as its due date nears (empty = the
//! whole span left, full = due today, "!" = overdue), and one time axis with every deadline as
//! a marker, today at the left. Pure: the moment comes in, lines go out.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::view::{gauge, theme};
use crate::engine::DeadlineKind;
use crate::engine::urgency::{Timed, Urgency};
use crate::i18n::{Localizer, arg_num};
use crate::model::{Date, Instant};
use unicode_width::UnicodeWidthStr;

/// Without a start date a bar measures the last 30 days before the due day.
pub const DEFAULT_SPAN_DAYS: i64 = 30;

/// How far a deadline's bar is filled, and over which span.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fill {
    /// `ratio` of the span used (0 = the whole span left, 1 = due today).
    Part { ratio: f64, span: SpanOf },
    /// The due moment has passed: never drawn as a full bar.
    Overdue,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanOf {
    Days(i64),
    Hours(i64),
}

/// The bar of one deadline as of `now`. The SMS window (counted in hours, `due_at`) fills by
/// the second over `window_hours`; the others by day from their start date (or over 30 days).
pub fn fill(t: &Timed<'_>, now: &Instant, window_hours: i64) -> Fill {
    if t.urgency == Urgency::Overdue {
        return Fill::Overdue;
    }
    let hour_window = t.deadline.kind == DeadlineKind::SmsVerification && window_hours > 0;
    if let (Some(at), true) = (&t.deadline.due_at, hour_window) {
        let span = window_hours * 3600;
        let left = at.timestamp.as_second() - now.timestamp.as_second();
        let ratio = (span - left) as f64 / span as f64;
        return Fill::Part {
            ratio: ratio.clamp(0.0, 1.0),
            span: SpanOf::Hours(window_hours),
        };
    }
    let span = t
        .deadline
        .started
        .map(|s| s.days_until(t.deadline.due))
        .filter(|d| *d > 0)
        .unwrap_or(DEFAULT_SPAN_DAYS);
    let ratio = (span - t.days_left) as f64 / span as f64;
    Fill::Part {
        ratio: ratio.clamp(0.0, 1.0),
        span: SpanOf::Days(span),
    }
}

/// The bar `width` columns wide: `[###---]`, or `[!!!!!!]` when overdue.
pub fn bar(fill: Fill, width: usize) -> String {
    match fill {
        Fill::Part { ratio, .. } => gauge::bar(ratio, width),
        Fill::Overdue => format!("[{}]", "!".repeat(width.saturating_sub(2))),
    }
}

/// "of 30 d", "共 48 小时": the span the bar measures; nothing for an overdue one.
pub fn span_text(fill: Fill, tr: &Localizer) -> String {
    match fill {
        Fill::Part {
            span: SpanOf::Days(d),
            ..
        } => tr.ta("fit-span-days", &[("days", arg_num(d))]),
        Fill::Part {
            span: SpanOf::Hours(h),
            ..
        } => tr.ta("fit-span-hours", &[("hours", arg_num(h))]),
        Fill::Overdue => String::new(),
    }
}

/// The marker of the `i`-th deadline on the axis and in front of its row: 1-9, then a-z.
pub fn marker(i: usize) -> char {
    const MARKERS: &[u8] = b"123456789abcdefghijklmnopqrstuvwxyz";
    MARKERS.get(i).map_or('*', |b| char::from(*b))
}

/// Where a deadline sits on the axis: days from today (negative when overdue).
fn days_from_today(t: &Timed<'_>) -> i64 {
    match t.seconds_left {
        Some(s) if s < 0 => -1,
        Some(s) => s.div_euclid(86_400),
        None => t.days_left,
    }
}

/// The time axis, `width` columns: overdue markers left of `|` (today), then every deadline
/// at its day on a linear scale to the last one (at least 30 days); under it the dates.
pub fn axis(timed: &[Timed<'_>], today: Date, width: usize, tr: &Localizer) -> Vec<Line<'static>> {
    let overdue: Vec<usize> = (0..timed.len())
        .filter(|i| timed[*i].urgency == Urgency::Overdue)
        .collect();
    let origin = overdue.len();
    if width < origin + 8 {
        return Vec::new();
    }
    let last_day = timed
        .iter()
        .map(days_from_today)
        .max()
        .unwrap_or(0)
        .max(DEFAULT_SPAN_DAYS);
    let cols = width - origin - 1;
    let column = |days: i64| origin + 1 + ((days.max(0) * (cols as i64 - 1)) / last_day) as usize;
    let mut cells: Vec<(char, Style)> = vec![('-', theme::muted()); width];
    for (n, i) in overdue.iter().enumerate() {
        cells[n] = (marker(*i), theme::error());
    }
    cells[origin] = ('|', Style::new());
    // Ticks where the dates below are written.
    let ticks = tick_columns(origin, width);
    for &c in &ticks[1..] {
        cells[c] = ('+', theme::muted());
    }
    for (i, t) in timed.iter().enumerate() {
        if t.urgency == Urgency::Overdue {
            continue;
        }
        let wanted = column(days_from_today(t)).min(width - 1);
        // Two deadlines on one column: the later one moves right (or left at the end).
        let free = (wanted..width)
            .chain((origin + 1..wanted).rev())
            .find(|c| !cells[*c].0.is_ascii_alphanumeric());
        if let Some(c) = free {
            cells[c] = (marker(i), super::urgency_style(t.urgency));
        }
    }
    let axis_line = Line::from(
        cells
            .into_iter()
            .map(|(c, style)| Span::styled(c.to_string(), style))
            .collect::<Vec<_>>(),
    );
    // Dates stand right of their tick (or end on it near the right edge); one that would
    // touch the one before is left out.
    let mut labels = vec![(origin, tr.t("fit-axis-today"))];
    for &c in &ticks[1..] {
        let days = ((c - origin - 1) as i64 * last_day) / (cols as i64 - 1).max(1);
        let text = today.add_days(days).to_string();
        let at = if c + text.width() <= width {
            c
        } else {
            (c + 1).saturating_sub(text.width())
        };
        labels.push((at, text));
    }
    let mut dates = String::new();
    let mut used = 0;
    for (at, text) in labels {
        if at < used + usize::from(used > 0) || at + text.width() > width {
            continue;
        }
        dates.push_str(&" ".repeat(at - used));
        used = at + text.width();
        dates.push_str(&text);
    }
    vec![axis_line, Line::styled(dates, theme::muted())]
}

/// Columns of the ticks: today and about every 19 columns, so that dates do not touch.
fn tick_columns(origin: usize, width: usize) -> Vec<usize> {
    let mut ticks = vec![origin];
    let mut c = origin + 19;
    while c + 1 < width {
        ticks.push(c);
        c += 19;
    }
    ticks
}

/// The one-line legend under the chart.
pub fn legend(tr: &Localizer) -> Line<'static> {
    Line::styled(tr.t("fit-countdown-legend"), theme::muted())
}

/// The legend in the help of the countdown step: short enough for the help at 80x24.
pub fn help_lines(tr: &Localizer) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(
        tr.t("fit-countdown-help-title"),
        theme::title(),
    )];
    for id in [
        "fit-countdown-help-bar",
        "fit-countdown-help-span",
        "fit-countdown-help-axis",
    ] {
        lines.push(Line::raw(format!(" {}", tr.t(id))));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Deadline;
    use crate::engine::urgency::timed;
    use crate::i18n::{Lang, Localizer};

    fn at(text: &str) -> Instant {
        Instant::parse(text).unwrap()
    }

    fn deadline(due: &str, started: Option<&str>) -> Deadline {
        Deadline {
            kind: DeadlineKind::DomainExpiry,
            field: "websites[0].registration.expires".into(),
            due: Date::parse(due).unwrap(),
            due_at: None,
            days_left: 0,
            started: started.map(|s| Date::parse(s).unwrap()),
            assumed_year: None,
        }
    }

    #[test]
    fn a_bar_is_full_on_the_due_day_and_empty_with_the_whole_span_left() {
        let d = deadline("2026-12-31", Some("2026-12-01"));
        let due_day = fill(
            &timed(&d, &at("2026-12-31T08:00:00+08:00")),
            &at("2026-12-31T08:00:00+08:00"),
            48,
        );
        assert_eq!(
            due_day,
            Fill::Part {
                ratio: 1.0,
                span: SpanOf::Days(30)
            }
        );
        let start = at("2026-12-01T08:00:00+08:00");
        assert_eq!(
            fill(&timed(&d, &start), &start, 48),
            Fill::Part {
                ratio: 0.0,
                span: SpanOf::Days(30)
            }
        );
        // The day before: nearly full, never full.
        let eve = at("2026-12-30T08:00:00+08:00");
        let Fill::Part { ratio, .. } = fill(&timed(&d, &eve), &eve, 48) else {
            panic!("not overdue yet");
        };
        assert!(ratio < 1.0 && bar(fill(&timed(&d, &eve), &eve, 48), 12) == "[#########-]");
    }

    #[test]
    fn a_deadline_past_is_overdue_never_a_full_bar() {
        let d = deadline("2026-12-31", Some("2026-12-01"));
        let after = at("2027-01-01T00:00:01+08:00");
        let f = fill(&timed(&d, &after), &after, 48);
        assert_eq!(f, Fill::Overdue);
        assert_eq!(bar(f, 8), "[!!!!!!]");
    }

    #[test]
    fn without_a_start_the_span_is_thirty_days() {
        let d = deadline("2026-12-31", None);
        let now = at("2026-12-16T08:00:00+08:00");
        assert_eq!(
            fill(&timed(&d, &now), &now, 48),
            Fill::Part {
                ratio: 0.5,
                span: SpanOf::Days(30)
            }
        );
        let far = at("2026-10-01T08:00:00+08:00");
        assert_eq!(
            fill(&timed(&d, &far), &far, 48),
            Fill::Part {
                ratio: 0.0,
                span: SpanOf::Days(30)
            }
        );
    }

    #[test]
    fn an_hour_window_fills_by_the_second() {
        let mut d = deadline("2026-11-25", None);
        d.kind = DeadlineKind::SmsVerification;
        d.due_at = Some(at("2026-11-25T16:00:00+08:00"));
        let now = at("2026-11-24T16:00:00+08:00");
        assert_eq!(
            fill(&timed(&d, &now), &now, 48),
            Fill::Part {
                ratio: 0.5,
                span: SpanOf::Hours(48)
            }
        );
        let late = at("2026-11-25T16:00:01+08:00");
        assert_eq!(fill(&timed(&d, &late), &late, 48), Fill::Overdue);
    }

    #[test]
    fn the_axis_puts_today_left_overdue_before_it_and_each_deadline_at_its_day() {
        let tr = Localizer::new(Lang::EnUs);
        let now = at("2026-12-01T08:00:00+08:00");
        let list = [
            deadline("2026-11-30", None),
            deadline("2026-12-01", None),
            deadline("2026-12-31", None),
        ];
        let timed: Vec<_> = list.iter().map(|d| timed(d, &now)).collect();
        let lines = axis(&timed, now.china_date(), 40, &tr);
        let axis_text = lines[0].to_string();
        assert_eq!(axis_text.chars().count(), 40);
        assert!(axis_text.starts_with("1|2"), "{axis_text}");
        assert!(axis_text.ends_with('3'), "{axis_text}");
        let dates = lines[1].to_string();
        assert!(dates.starts_with(" today"), "{dates}");
        assert!(dates.contains("2026-12-"), "{dates}");
    }
}
