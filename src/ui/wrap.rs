//! Line wrapping that is right for Chinese: break between ideographs, at spaces between Latin
//! words, never inside a wide character, and never start a line with closing punctuation.
//!
//! ratatui's own word wrapper treats a run of ideographs as one word, which leaves long
//! Chinese sentences overflowing their box; views wrap with this first.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Punctuation that must not start a line.
const NO_LINE_START: &str = "，。、；：？！）》」』】〕〉”’,.;:?!)]}%";
/// Punctuation that must not end a line.
const NO_LINE_END: &str = "（《「『【〔〈“‘([{";

/// Wraps `text` into lines of at most `width` display columns. Existing line breaks are kept.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, width, &mut lines);
    }
    lines
}

/// Wraps so that every line after the first is indented by `indent` columns.
pub fn wrap_indented(text: &str, width: usize, indent: usize) -> Vec<String> {
    let width = width.max(indent + 2);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let first = lines.len();
        wrap_paragraph_with(
            paragraph,
            &|i| if i == 0 { width } else { width - indent },
            &mut lines,
        );
        for line in lines.iter_mut().skip(first + 1) {
            *line = format!("{}{line}", " ".repeat(indent));
        }
    }
    lines
}

/// Wraps with a first-line prefix ("- ") and a hanging indent of the prefix's width.
pub fn wrap_with_prefix(prefix: &str, text: &str, width: usize) -> Vec<String> {
    let indent = prefix.width();
    wrap(text, width.saturating_sub(indent).max(2))
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 {
                format!("{prefix}{line}")
            } else {
                format!("{}{line}", " ".repeat(indent))
            }
        })
        .collect()
}

fn wrap_paragraph(text: &str, width: usize, lines: &mut Vec<String>) {
    wrap_paragraph_with(text, &|_| width, lines);
}

/// Wraps one paragraph; `width_of(n)` is the width of its n-th line.
fn wrap_paragraph_with(text: &str, width_of: &dyn Fn(usize) -> usize, lines: &mut Vec<String>) {
    let graphemes: Vec<&str> = text.graphemes(true).collect();
    for (start, end) in line_ranges(&graphemes, width_of) {
        lines.push(graphemes[start..end].concat());
    }
}

/// Cuts a paragraph into lines: `(start, end)` grapheme ranges, spaces at the cuts left out.
/// An empty paragraph is one empty line.
fn line_ranges(graphemes: &[&str], width_of: &dyn Fn(usize) -> usize) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut start = 0;
    while start < graphemes.len() {
        // A continuation line does not start with the space it was cut at.
        while !ranges.is_empty() && start < graphemes.len() && graphemes[start] == " " {
            start += 1;
        }
        if start >= graphemes.len() {
            break;
        }
        let width = width_of(ranges.len()).max(2);
        let mut used = 0;
        let mut end = start;
        while end < graphemes.len() && used + graphemes[end].width() <= width {
            used += graphemes[end].width();
            end += 1;
        }
        if end == graphemes.len() {
            ranges.push((start, end));
            break;
        }
        let cut = (start + 1..=end)
            .rev()
            .find(|&i| can_break(graphemes, i))
            .unwrap_or(end);
        let mut line_end = cut;
        while line_end > start && graphemes[line_end - 1] == " " {
            line_end -= 1;
        }
        ranges.push((start, line_end));
        start = cut;
    }
    if ranges.is_empty() {
        ranges.push((0, 0));
    }
    ranges
}

/// Marks that open an item ("✓ done", "! warning"): its continuation lines align after them.
const ITEM_MARKS: &[&str] = &["✓", "✗", "!", "?", "i", "-", "*", ">", "+"];

/// How far the continuation lines of a line are indented: as far as its own leading spaces,
/// plus an item mark and its space, so that a wrapped item never restarts at column 1. No
/// indent when it would leave less than half the width.
fn hanging_indent(graphemes: &[&str], width: usize) -> usize {
    let spaces = graphemes.iter().take_while(|g| **g == " ").count();
    let rest = &graphemes[spaces..];
    let mark = match rest {
        [mark, " ", ..] if ITEM_MARKS.contains(mark) => mark.width() + 1,
        // A check box: "[x] " or "[ ] ".
        ["[", " " | "x", "]", " ", ..] => 4,
        _ => 0,
    };
    let indent = spaces + mark;
    if indent * 2 > width { 0 } else { indent }
}

/// Wraps a styled line to `width` columns; span styles and the line's style are kept.
/// Continuation lines keep the line's indent (`hanging_indent`).
pub fn wrap_line(line: &Line<'_>, width: usize) -> Vec<Line<'static>> {
    let cells: Vec<(&str, Style)> = line
        .spans
        .iter()
        .flat_map(|span| span.content.graphemes(true).map(move |g| (g, span.style)))
        .collect();
    let graphemes: Vec<&str> = cells.iter().map(|(g, _)| *g).collect();
    let indent = hanging_indent(&graphemes, width);
    line_ranges(&graphemes, &|i| if i == 0 { width } else { width - indent })
        .into_iter()
        .enumerate()
        .map(|(i, (start, end))| {
            let mut spans: Vec<Span<'static>> = Vec::new();
            if i > 0 && indent > 0 {
                spans.push(Span::raw(" ".repeat(indent)));
            }
            for (g, style) in &cells[start..end] {
                match spans.last_mut() {
                    Some(last) if last.style == *style => last.content.to_mut().push_str(g),
                    _ => spans.push(Span::styled(g.to_string(), *style)),
                }
            }
            Line::from(spans).style(line.style)
        })
        .collect()
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

/// Whether a line may break before `graphemes[i]`.
fn can_break(graphemes: &[&str], i: usize) -> bool {
    let (before, after) = (graphemes[i - 1], graphemes[i]);
    if NO_LINE_START.contains(after) || NO_LINE_END.contains(before) {
        return false;
    }
    // ASCII quotes open or close: they stay with the word they touch.
    if matches!(before, "\"" | "'") || matches!(after, "\"" | "'") {
        return before == " " || after == " ";
    }
    before == " " || after == " " || before.width() > 1 || after.width() > 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn chinese_breaks_between_characters_within_the_width() {
        let lines = wrap(
            "《互联网信息服务备案承诺书》（广东专用，黑色签字笔签署）",
            35,
        );
        assert!(lines.iter().all(|l| l.width() <= 35), "{lines:?}");
        assert_eq!(
            lines.concat(),
            "《互联网信息服务备案承诺书》（广东专用，黑色签字笔签署）"
        );
        assert!(
            !lines[1].starts_with('，') && !lines[1].starts_with('）'),
            "{lines:?}"
        );
    }

    #[test]
    fn an_indented_line_continues_under_its_indentation() {
        let line = Line::raw("    请在注册商处完成实名认证，再等几个工作日让信息同步到管局。");
        let lines: Vec<String> = wrap_line(&line, 30)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(lines.len() > 1, "{lines:?}");
        for line in &lines {
            assert!(
                line.starts_with("    ") && !line.starts_with("     "),
                "{lines:?}"
            );
            assert!(line.width() <= 30, "{lines:?}");
        }
        // The nearest case: a line without indentation wraps at column 1.
        let flat = wrap_line(&Line::raw("the registrant must equal the subject"), 15);
        assert_eq!(flat[1].to_string(), "must equal the");
    }

    #[test]
    fn latin_breaks_at_spaces() {
        assert_eq!(
            wrap("the registrant must equal the subject", 15),
            vec!["the registrant", "must equal the", "subject"]
        );
    }

    #[test]
    fn mixed_text_and_hanging_indent() {
        let lines = wrap_with_prefix("- ", "外省个人需提供广东居住证 or a lease", 12);
        assert_eq!(lines[0], "- 外省个人需");
        assert!(lines[1].starts_with("  "));
        assert!(lines.iter().all(|l| l.width() <= 12), "{lines:?}");
    }

    #[test]
    fn indented_continuation_lines() {
        let lines = wrap_indented("Label: one two three four", 12, 2);
        assert_eq!(lines, vec!["Label: one", "  two three", "  four"]);
    }

    #[test]
    fn styled_lines_keep_their_styles_across_the_cut() {
        use ratatui::style::Stylize;
        let line = Line::from(vec![
            Span::raw("域名持有者："),
            "李四".red(),
            Span::raw(" is not the subject"),
        ]);
        let lines = wrap_line(&line, 12);
        assert!(lines.iter().all(|l| l.width() <= 12), "{lines:?}");
        let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(
            text.concat().replace(' ', ""),
            "域名持有者：李四isnotthesubject"
        );
        assert!(
            lines
                .iter()
                .flat_map(|l| &l.spans)
                .any(|s| s.content == "李四" && s.style.fg.is_some())
        );
    }

    #[test]
    fn wrapped_items_keep_their_indent() {
        let texts = |lines: Vec<Line<'static>>| -> Vec<String> {
            lines.iter().map(|l| l.to_string()).collect()
        };
        let line = Line::raw("  Source: one two three four");
        assert_eq!(
            texts(wrap_line(&line, 14)),
            vec!["  Source: one", "  two three", "  four"]
        );
        let line = Line::raw("✓ 顶级域名已获工信部批准");
        assert_eq!(
            texts(wrap_line(&line, 12)),
            vec!["✓ 顶级域名已", "  获工信部批", "  准"]
        );
        let line = Line::raw("[x] 营业执照 Business licence");
        assert_eq!(
            texts(wrap_line(&line, 16)),
            vec!["[x] 营业执照", "    Business", "    licence"]
        );
        // Plain text, and a word that merely starts with a mark letter, start at column 1.
        let line = Line::raw("information about it");
        assert_eq!(texts(wrap_line(&line, 12)), vec!["information", "about it"]);
    }

    #[test]
    fn ascii_quotes_stay_with_the_chinese_they_quote() {
        let lines = wrap("registered to \"李四\", not to \"张三\".", 23);
        assert_eq!(lines, vec!["registered to \"李四\",", "not to \"张三\"."]);
    }

    #[test]
    fn overlong_words_are_cut_hard() {
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn odd_widths_never_split_a_wide_character() {
        for width in 2..12 {
            for line in wrap("一二三四五六七八九十", width) {
                assert!(line.width() <= width);
            }
        }
    }
}
