//! Registrant against subject, character by character, for the domain step's side-by-side view.
//!
//! Characters are folded as the engine folds names (full-width and half-width forms, （）and (),
//! 【】and [], spaces, letter case); such characters are marked as "equal after normalizing" rather
//! than as differences. Only for display: whether the registrant matches is the engine's call.

use unicode_segmentation::UnicodeSegmentation;

use crate::engine::registrant::{self, NameMatch};
use unicode_width::UnicodeWidthStr;

/// How one character of a name compares with the other name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Same,
    /// Equal only after normalizing (width, case) or a space the other name lacks.
    Normalized,
    Differs,
}

/// The whole comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Same,
    SameAfterNormalizing,
    Differs,
}

/// One name split into characters (grapheme clusters) with their marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    pub parts: Vec<(String, Mark)>,
}

impl Marked {
    /// A marker line to print under the name: `^` under differences, `~` under characters equal
    /// after normalizing, spaces elsewhere (each as wide as the character above it).
    pub fn marker_line(&self) -> String {
        let mut line = String::new();
        for (text, mark) in &self.parts {
            let symbol = match mark {
                Mark::Same => ' ',
                Mark::Normalized => '~',
                Mark::Differs => '^',
            };
            line.extend(std::iter::repeat_n(symbol, text.width().max(1)));
        }
        line.trim_end().to_string()
    }
}

/// The comparable form of one character, folded exactly as the engine folds names; `None` for
/// characters the comparison ignores (spaces).
fn normalize(grapheme: &str) -> Option<String> {
    let folded = registrant::normalize(grapheme);
    (!folded.is_empty()).then_some(folded)
}

/// Compares two names and marks each character of both.
pub fn compare(left: &str, right: &str) -> (Marked, Marked, Verdict) {
    let a: Vec<&str> = left.graphemes(true).collect();
    let b: Vec<&str> = right.graphemes(true).collect();
    let na: Vec<Option<String>> = a.iter().map(|g| normalize(g)).collect();
    let nb: Vec<Option<String>> = b.iter().map(|g| normalize(g)).collect();
    // Longest common subsequence of the comparable characters (names are short).
    let (ka, kb): (Vec<usize>, Vec<usize>) = (
        (0..a.len()).filter(|&i| na[i].is_some()).collect(),
        (0..b.len()).filter(|&j| nb[j].is_some()).collect(),
    );
    let mut table = vec![vec![0u16; kb.len() + 1]; ka.len() + 1];
    for i in (0..ka.len()).rev() {
        for j in (0..kb.len()).rev() {
            table[i][j] = if na[ka[i]] == nb[kb[j]] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let mut marks_a = vec![Mark::Differs; a.len()];
    let mut marks_b = vec![Mark::Differs; b.len()];
    for (i, g) in a.iter().enumerate() {
        if na[i].is_none() {
            marks_a[i] = if g.chars().all(|c| c == ' ') && b.contains(g) {
                Mark::Same
            } else {
                Mark::Normalized
            };
        }
    }
    for (j, g) in b.iter().enumerate() {
        if nb[j].is_none() {
            marks_b[j] = if g.chars().all(|c| c == ' ') && a.contains(g) {
                Mark::Same
            } else {
                Mark::Normalized
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < ka.len() && j < kb.len() {
        if na[ka[i]] == nb[kb[j]] {
            let mark = if a[ka[i]] == b[kb[j]] {
                Mark::Same
            } else {
                Mark::Normalized
            };
            marks_a[ka[i]] = mark;
            marks_b[kb[j]] = mark;
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    // The verdict is the engine's, so the screen never disagrees with the findings.
    let verdict = match registrant::compare(left, right) {
        NameMatch::Equal => Verdict::Same,
        NameMatch::EqualAfterNormalizing => Verdict::SameAfterNormalizing,
        NameMatch::Different => Verdict::Differs,
    };
    let marked = |g: &[&str], m: Vec<Mark>| Marked {
        parts: g.iter().map(|s| s.to_string()).zip(m).collect(),
    };
    (marked(&a, marks_a), marked(&b, marks_b), verdict)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_brackets_fold_as_the_engine_folds_them() {
        let (_, _, verdict) = compare("星河【北京】科技", "星河[北京]科技");
        assert_eq!(verdict, Verdict::SameAfterNormalizing);
    }

    #[test]
    fn identical_names_have_no_marks() {
        let (a, b, v) = compare("张三", "张三");
        assert_eq!(v, Verdict::Same);
        assert_eq!(a.marker_line(), "");
        assert_eq!(b.marker_line(), "");
    }

    #[test]
    fn full_width_brackets_are_equal_after_normalizing() {
        let (a, b, v) = compare("北京星河科技（北京）有限公司", "北京星河科技(北京)有限公司");
        assert_eq!(v, Verdict::SameAfterNormalizing);
        // Under the registrant the full-width brackets are two columns wide.
        assert_eq!(
            a.marker_line(),
            format!("{}~~{}~~", " ".repeat(12), " ".repeat(4))
        );
        assert_eq!(
            b.marker_line(),
            format!("{}~{}~", " ".repeat(12), " ".repeat(4))
        );
    }

    #[test]
    fn case_width_and_spaces_are_normalized() {
        let (_, _, v) = compare("ＡＢＣ Tech Ltd", "abc tech　ltd");
        assert_eq!(v, Verdict::SameAfterNormalizing);
        let (_, _, v) = compare("abctech", "abc tech");
        assert_eq!(v, Verdict::SameAfterNormalizing);
    }

    #[test]
    fn real_differences_are_marked_in_both_names() {
        let (a, b, v) = compare("北京星河科技有限公司", "北京星海科技有限公司");
        assert_eq!(v, Verdict::Differs);
        assert_eq!(a.marker_line(), "      ^^");
        assert_eq!(b.marker_line(), "      ^^");
        let (a, b, v) = compare("张三", "张三丰");
        assert_eq!(v, Verdict::Differs);
        assert_eq!(a.marker_line(), "");
        assert_eq!(b.marker_line(), "    ^^");
    }

    #[test]
    fn an_empty_name_differs_entirely() {
        let (a, b, v) = compare("", "张三");
        assert_eq!(v, Verdict::Differs);
        assert!(a.parts.is_empty());
        assert_eq!(b.marker_line(), "^^^^");
    }
}
