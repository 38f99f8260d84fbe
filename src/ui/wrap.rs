//! Line wrapping that is right for Chinese: break between ideographs, at spaces between Latin
//! words, never inside a wide character, and never start a line with closing punctuation.
//!
//! ratatui's own word wrapper treats a run of ideographs as one word, which leaves long
//! Chinese sentences overflowing their box; views wrap with this first.

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
    if graphemes.is_empty() {
        lines.push(String::new());
        return;
    }
    let mut start = 0;
    let mut line_index = 0;
    while start < graphemes.len() {
        let width = width_of(line_index).max(2);
        line_index += 1;
        // Skip spaces at the start of a continuation line.
        while start > 0 && start < graphemes.len() && graphemes[start] == " " {
            start += 1;
        }
        if start >= graphemes.len() {
            break;
        }
        let mut used = 0;
        let mut end = start;
        while end < graphemes.len() && used + graphemes[end].width() <= width {
            used += graphemes[end].width();
            end += 1;
        }
        if end == graphemes.len() {
            lines.push(graphemes[start..end].concat());
            break;
        }
        let cut = (start + 1..=end)
            .rev()
            .find(|&i| can_break(&graphemes, i))
            .unwrap_or(end);
        lines.push(graphemes[start..cut].concat().trim_end().to_string());
        start = cut;
    }
}

/// Whether a line may break before `graphemes[i]`.
fn can_break(graphemes: &[&str], i: usize) -> bool {
    let (before, after) = (graphemes[i - 1], graphemes[i]);
    if NO_LINE_START.contains(after) || NO_LINE_END.contains(before) {
        return false;
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
