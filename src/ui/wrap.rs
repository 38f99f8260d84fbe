//! Wrapping styled lines by display width, for text that mixes Chinese and Latin script.
//!
//! ratatui's own word wrapper lets a line run one column past its area when a wide character
//! would end exactly one column too far (it then overwrites a border). This wrapper measures
//! every character with `unicode-width`, breaks at spaces and on either side of a wide
//! character (Chinese has no spaces between words), and never exceeds the width.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Wraps one line to `width` columns; styles of spans and of the line are kept.
pub fn wrap_line(line: &Line<'_>, width: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut current: Vec<(String, Style)> = Vec::new();
    let mut used = 0;
    // Index in `current` where the line may be split (the rest moves down).
    let mut split_at: Option<usize> = None;
    let finish = |parts: Vec<(String, Style)>, out: &mut Vec<Line<'static>>| {
        let mut parts = parts;
        while parts.last().is_some_and(|(g, _)| g == " ") {
            parts.pop();
        }
        out.push(to_line(parts, line.style));
    };
    for span in &line.spans {
        for g in span.content.graphemes(true) {
            let w = g.width();
            let space = g == " ";
            if used + w > width {
                if space {
                    // A space at the end of a line disappears.
                    finish(std::mem::take(&mut current), &mut out);
                    used = 0;
                    split_at = None;
                    continue;
                }
                match split_at.filter(|&i| i > 0) {
                    Some(i) => {
                        let mut rest = current.split_off(i);
                        while rest.first().is_some_and(|(g, _)| g == " ") {
                            rest.remove(0);
                        }
                        finish(std::mem::replace(&mut current, rest), &mut out);
                    }
                    None => finish(std::mem::take(&mut current), &mut out),
                }
                used = current.iter().map(|(g, _)| g.width()).sum();
                split_at = None;
            }
            if w > 1 && !current.is_empty() {
                split_at = Some(current.len());
            }
            current.push((g.to_string(), span.style));
            used += w;
            if space || w > 1 {
                split_at = Some(current.len());
            }
        }
    }
    if !current.is_empty() || out.is_empty() {
        finish(current, &mut out);
    }
    out
}

/// Wraps every line.
pub fn wrap_lines(lines: &[Line<'_>], width: usize) -> Vec<Line<'static>> {
    lines.iter().flat_map(|l| wrap_line(l, width)).collect()
}

/// The lines wrapped to `area`, scrolled by `scroll` rows but never past the last line.
pub fn scrolled(lines: &[Line<'_>], area: Rect, scroll: u16) -> Paragraph<'static> {
    let wrapped = wrap_lines(lines, area.width as usize);
    let total = u16::try_from(wrapped.len()).unwrap_or(u16::MAX);
    let scroll = scroll.min(total.saturating_sub(area.height));
    Paragraph::new(wrapped).scroll((scroll, 0))
}

fn to_line(parts: Vec<(String, Style)>, style: Style) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    for (g, s) in parts {
        match spans.last_mut() {
            Some(last) if last.style == s => last.content.to_mut().push_str(&g),
            _ => spans.push(Span::styled(g, s)),
        }
    }
    Line::from(spans).style(style)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: Line<'_>, width: usize) -> Vec<String> {
        wrap_line(&line, width)
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn a_wide_character_never_runs_past_the_edge() {
        let text = "abc def 单位备案";
        // "abc def " is 8 columns; the Chinese word needs 8 more.
        let lines = texts(Line::raw(text), 15);
        assert_eq!(lines, ["abc def 单位备", "案"]);
        for l in &lines {
            assert!(l.width() <= 15);
        }
    }

    #[test]
    fn latin_words_move_down_whole() {
        assert_eq!(
            texts(Line::raw("the quick brown fox"), 10),
            ["the quick", "brown fox"]
        );
        assert_eq!(
            texts(Line::raw("abcdefghijkl"), 5),
            ["abcde", "fghij", "kl"]
        );
    }

    #[test]
    fn chinese_breaks_between_characters() {
        assert_eq!(
            texts(Line::raw("载有统一社会信用代码的现行营业执照。"), 10),
            ["载有统一社", "会信用代码", "的现行营业", "执照。"]
        );
    }

    #[test]
    fn styles_survive_the_break() {
        let line = Line::from(vec![
            Span::styled("Why: ", Style::new().bold()),
            Span::raw("an individual files"),
        ]);
        let wrapped = wrap_line(&line, 12);
        assert_eq!(wrapped[0].spans[0].content, "Why: ");
        assert_eq!(wrapped[0].spans[0].style, Style::new().bold());
        assert_eq!(wrapped[0].spans[1].content, "an");
        assert_eq!(wrapped.len(), 3);
    }

    #[test]
    fn an_empty_line_stays_one_line() {
        assert_eq!(texts(Line::raw(""), 10), [""]);
    }
}
