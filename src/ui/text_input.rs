//! A one-line text field that is right for Chinese: grapheme editing, display-width cursor.
//!
//! The text is a `String`; the cursor is a byte index that always sits on a grapheme
//! boundary. The screen position of the cursor is the display width of the text before it,
//! so a wide character moves it two columns (the terminal's input method needs the real
//! cursor there to place its candidate window).

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextInput {
    value: String,
    cursor: usize,
}

impl TextInput {
    pub fn new(value: impl Into<String>) -> Self {
        let value: String = value.into();
        let cursor = value.len();
        TextInput { value, cursor }
    }

    pub fn value(&self) -> &str {
        &self.value
    }

    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    /// The cursor as a byte index into `value()`.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn set(&mut self, value: impl Into<String>) {
        self.value = value.into();
        self.cursor = self.value.len();
    }

    pub fn clear(&mut self) {
        self.set("");
    }

    pub fn insert_char(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        self.value.insert(self.cursor, c);
        self.cursor += c.len_utf8();
        self.snap_to_grapheme();
    }

    /// Inserts pasted text as one edit. Line breaks and tabs become spaces (a one-line field),
    /// other control characters are dropped.
    pub fn insert_str(&mut self, text: &str) {
        let clean: String = text
            .trim_end_matches(['\r', '\n'])
            .chars()
            .filter_map(|c| match c {
                '\r' | '\n' | '\t' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect();
        self.value.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
        self.snap_to_grapheme();
    }

    /// Deletes the grapheme before the cursor.
    pub fn backspace(&mut self) {
        if let Some(start) = self.prev_boundary() {
            self.value.replace_range(start..self.cursor, "");
            self.cursor = start;
        }
    }

    /// Deletes the grapheme after the cursor.
    pub fn delete(&mut self) {
        if let Some(end) = self.next_boundary() {
            self.value.replace_range(self.cursor..end, "");
        }
    }

    pub fn left(&mut self) {
        if let Some(start) = self.prev_boundary() {
            self.cursor = start;
        }
    }

    pub fn right(&mut self) {
        if let Some(end) = self.next_boundary() {
            self.cursor = end;
        }
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.value.len();
    }

    /// Deletes from the start to the cursor (Ctrl+U in shells).
    pub fn delete_to_start(&mut self) {
        self.value.replace_range(..self.cursor, "");
        self.cursor = 0;
    }

    /// Deletes from the cursor to the end (Ctrl+K in shells).
    pub fn delete_to_end(&mut self) {
        self.value.truncate(self.cursor);
    }

    /// Moves to the start of the word before the cursor (Alt+B in shells).
    pub fn word_left(&mut self) {
        self.cursor = self.value[..self.cursor]
            .split_word_bound_indices()
            .rev()
            .find(|(_, w)| !w.trim().is_empty())
            .map_or(0, |(i, _)| i);
    }

    /// Moves to the end of the word after the cursor (Alt+F in shells).
    pub fn word_right(&mut self) {
        let after = &self.value[self.cursor..];
        self.cursor += after
            .split_word_bound_indices()
            .find(|(_, w)| !w.trim().is_empty())
            .map_or(after.len(), |(i, w)| i + w.len());
    }

    /// Deletes the word before the cursor (Ctrl+W in shells).
    pub fn delete_word(&mut self) {
        let before = &self.value[..self.cursor];
        let start = before
            .split_word_bound_indices()
            .rev()
            .find(|(_, w)| !w.trim().is_empty())
            .map_or(0, |(i, _)| i);
        self.value.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Display columns of the text before the cursor.
    pub fn cursor_column(&self) -> usize {
        self.value[..self.cursor].width()
    }

    /// What fits in `width` columns, scrolled so the cursor stays visible, and the cursor's
    /// column within that window.
    pub fn visible(&self, width: usize) -> (String, usize) {
        if width == 0 {
            return (String::new(), 0);
        }
        // Keep one column free after the text for the cursor itself.
        let budget = width.saturating_sub(1).max(1);
        let graphemes: Vec<(usize, &str)> = self.value.grapheme_indices(true).collect();
        let cursor_index = graphemes
            .iter()
            .position(|(i, _)| *i >= self.cursor)
            .unwrap_or(graphemes.len());
        // Walk left from the cursor until the budget is used.
        let mut start = cursor_index;
        let mut used = 0;
        while start > 0 {
            let w = graphemes[start - 1].1.width();
            if used + w > budget {
                break;
            }
            used += w;
            start -= 1;
        }
        let cursor_col = used;
        // Then fill to the right.
        let mut end = cursor_index;
        while end < graphemes.len() {
            let w = graphemes[end].1.width();
            if used + w > width {
                break;
            }
            used += w;
            end += 1;
        }
        let text: String = graphemes[start..end].iter().map(|(_, g)| *g).collect();
        (text, cursor_col)
    }

    fn prev_boundary(&self) -> Option<usize> {
        self.value[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map(|(i, _)| i)
    }

    fn next_boundary(&self) -> Option<usize> {
        self.value[self.cursor..]
            .graphemes(true)
            .next()
            .map(|g| self.cursor + g.len())
    }

    /// After an insertion that joins a combining mark, keep the cursor after the whole grapheme.
    fn snap_to_grapheme(&mut self) {
        let mut position = 0;
        for g in self.value.graphemes(true) {
            if position >= self.cursor {
                break;
            }
            position += g.len();
        }
        self.cursor = position;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> TextInput {
        let mut input = TextInput::default();
        for c in text.chars() {
            input.insert_char(c);
        }
        input
    }

    #[test]
    fn chinese_moves_the_cursor_two_columns_per_character() {
        let input = typed("张伟");
        assert_eq!(input.value(), "张伟");
        assert_eq!(input.cursor_column(), 4);
    }

    #[test]
    fn editing_is_by_grapheme() {
        let mut input = typed("张𠮷e\u{301}");
        assert_eq!(input.cursor_column(), 5);
        input.backspace();
        assert_eq!(input.value(), "张𠮷");
        input.left();
        assert_eq!(input.cursor_column(), 2);
        input.insert_char('三');
        assert_eq!(input.value(), "张三𠮷");
        input.delete();
        assert_eq!(input.value(), "张三");
    }

    #[test]
    fn astral_characters_stay_whole() {
        let mut input = typed("𠮷野家");
        input.home();
        input.right();
        assert_eq!(input.cursor(), "𠮷".len());
        input.backspace();
        assert_eq!(input.value(), "野家");
    }

    #[test]
    fn paste_is_one_line_without_controls() {
        let mut input = typed("A");
        input.insert_str("北京星河\n科技\u{7}有限公司\n");
        assert_eq!(input.value(), "A北京星河 科技有限公司");
        assert_eq!(input.cursor(), input.value().len());
    }

    #[test]
    fn visible_window_keeps_the_cursor_in_view() {
        let input = typed("一二三四五六七八九十");
        let (text, col) = input.visible(9);
        assert_eq!(text, "七八九十");
        assert_eq!(col, 8);
        let mut input = input;
        input.home();
        let (text, col) = input.visible(9);
        assert_eq!(text, "一二三四");
        assert_eq!(col, 0);
    }

    #[test]
    fn word_and_line_deletion() {
        let mut input = typed("hello big world");
        input.delete_word();
        assert_eq!(input.value(), "hello big ");
        input.delete_to_start();
        assert_eq!(input.value(), "");
    }

    #[test]
    fn word_moves_and_kill_to_end() {
        let mut input = typed("hello big world");
        input.word_left();
        assert_eq!(input.cursor(), "hello big ".len());
        input.word_left();
        assert_eq!(input.cursor(), "hello ".len());
        input.word_right();
        assert_eq!(input.cursor(), "hello big".len());
        input.delete_to_end();
        assert_eq!(input.value(), "hello big");
        // At the ends nothing moves.
        input.word_right();
        assert_eq!(input.cursor(), "hello big".len());
        input.home();
        input.word_left();
        assert_eq!(input.cursor(), 0);
        input.delete_to_end();
        assert_eq!(input.value(), "");
    }

    #[test]
    fn word_moves_over_chinese_stay_on_grapheme_boundaries() {
        let mut input = typed("北京 星河");
        input.word_left();
        assert!(input.value().is_char_boundary(input.cursor()));
        assert!(input.cursor() < input.value().len());
        input.word_right();
        assert_eq!(input.cursor(), input.value().len());
    }
}
