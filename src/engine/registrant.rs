//! Comparing a domain's registrant with the filing subject the way reviewers read names:
//! full-width and half-width forms, （）and (), 【】and [], spaces and letter case are the
//! same name. We still say when the two were equal only after this folding, because the
//! provider's form may compare the raw text.

/// How two names compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameMatch {
    /// Identical as typed (surrounding spaces aside).
    Equal,
    /// Equal only after folding width, brackets, spaces and case.
    EqualAfterNormalizing,
    Different,
}

impl NameMatch {
    pub fn is_match(self) -> bool {
        self != NameMatch::Different
    }
}

/// Folds a name into the form used for comparison.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter_map(|c| {
            let c = match c {
                '（' => '(',
                '）' => ')',
                '【' | '〔' => '[',
                '】' | '〕' => ']',
                // Full-width ASCII forms (U+FF01..U+FF5E) map to ASCII by a fixed offset.
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                other => other,
            };
            (!c.is_whitespace()).then_some(c)
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Compares two names; empty names never match.
pub fn compare(a: &str, b: &str) -> NameMatch {
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() || b.is_empty() {
        return NameMatch::Different;
    }
    if a == b {
        NameMatch::Equal
    } else if normalize(a) == normalize(b) {
        NameMatch::EqualAfterNormalizing
    } else {
        NameMatch::Different
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_names_are_equal() {
        assert_eq!(compare("张三", " 张三 "), NameMatch::Equal);
    }

    #[test]
    fn width_brackets_spaces_and_case_fold() {
        for (a, b) in [
            (
                "北京某某科技有限公司（分公司）",
                "北京某某科技有限公司(分公司)",
            ),
            ("【测试】公司", "[测试]公司"),
            ("ＡＢＣ科技", "abc科技"),
            ("Acme  Ltd", "acmeltd"),
            ("张\u{3000}三", "张三"),
        ] {
            assert_eq!(compare(a, b), NameMatch::EqualAfterNormalizing, "{a} / {b}");
        }
    }

    #[test]
    fn different_names_differ() {
        assert_eq!(compare("张三", "李四"), NameMatch::Different);
        assert_eq!(compare("", ""), NameMatch::Different);
        assert!(!compare("张三", "张三丰").is_match());
    }
}
