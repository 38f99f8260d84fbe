//! Small text helpers shared by the validators.

/// Removes every whitespace character (inner spaces are typing artefacts in numbers).
pub(crate) fn strip_whitespace(raw: &str) -> String {
    raw.chars().filter(|c| !c.is_whitespace()).collect()
}

/// `true` for a CJK unified ideograph (basic block, extensions A–F and the
/// compatibility block): the characters that count as "Chinese" in names.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2EBEF}'
        | '\u{30000}'..='\u{3134F}')
}

/// Full-width ASCII forms (U+FF01–FF5E) read as their ASCII counterparts
/// (`（` → `(`, `１` → `1`, `ＩＣＰ` → `ICP`), as Chinese input methods produce them.
pub(crate) fn fold_full_width_ascii(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Parses `YYYYMMDD` (ASCII digits) into a calendar date, `None` when not a real day.
pub(crate) fn parse_compact_date(digits: &str) -> Option<crate::model::Date> {
    if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i16 = digits[0..4].parse().ok()?;
    let month: i8 = digits[4..6].parse().ok()?;
    let day: i8 = digits[6..8].parse().ok()?;
    crate::model::Date::new(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_dates() {
        assert!(parse_compact_date("19491231").is_some());
        assert!(parse_compact_date("19490229").is_none());
        assert!(parse_compact_date("20000229").is_some());
        assert!(parse_compact_date("19491301").is_none());
        assert!(parse_compact_date("1949123").is_none());
    }

    #[test]
    fn han_and_whitespace() {
        assert!(is_han('中') && !is_han('a') && !is_han('。'));
        assert_eq!(strip_whitespace(" 1 2\t3 "), "123");
    }
}
