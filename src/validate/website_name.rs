//! Website names (网站名称), judged by the subject kind.
//!
//! Unlike the other validators this one reports every rule a name breaks, errors
//! first, so the UI can explain them all. Order: domain-like → forbidden symbols →
//! too short → only digits → only Latin letters → national words (non-state
//! subjects) → sensitive words → words forbidden to individuals → warn-only words
//! (individuals). Full-width ASCII forms are read as ASCII first. A Chinese
//! character, Latin letter or digit counts 1; `(` `)` `-` are allowed and not
//! counted; anything else is a forbidden symbol. Sources: rules.md §6; word lists
//! in `assets/naming.toml`.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::{Date, ParseError, SubjectKind, from_toml_with_path};

use super::sourced::Confidence;
use super::text::{fold_full_width_ascii, is_han};

/// Fewest counted characters in a name.
pub const MIN_COUNTED_CHARS: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameRule {
    DomainLike,
    ForbiddenSymbol,
    TooShort,
    PureDigits,
    PureLatin,
    NationalWord,
    SensitiveWord,
    IndividualForbiddenWord,
    /// Reported to draw rejections; a warning only.
    WarnWord,
}

impl NameRule {
    pub fn as_code(self) -> &'static str {
        match self {
            Self::DomainLike => "domain_like",
            Self::ForbiddenSymbol => "forbidden_symbol",
            Self::TooShort => "too_short",
            Self::PureDigits => "pure_digits",
            Self::PureLatin => "pure_latin",
            Self::NationalWord => "national_word",
            Self::SensitiveWord => "sensitive_word",
            Self::IndividualForbiddenWord => "individual_forbidden_word",
            Self::WarnWord => "warn_word",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Self::WarnWord => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One broken rule; `word` is the offending word, or the forbidden symbols.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    pub rule: NameRule,
    pub word: Option<String>,
}

impl Violation {
    pub fn severity(&self) -> Severity {
        self.rule.severity()
    }

    fn plain(rule: NameRule) -> Self {
        Violation { rule, word: None }
    }
}

/// One sourced word list.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordList {
    /// Identifies the list (an override replaces the list of the same kind and name).
    pub name: String,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    pub words: Vec<String>,
}

/// The word lists of `assets/naming.toml`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamingRules {
    pub national_words: Vec<WordList>,
    pub sensitive_words: Vec<WordList>,
    pub individual_forbidden_words: Vec<WordList>,
    pub individual_warn_words: Vec<WordList>,
}

const BUILTIN: &str = include_str!("../../assets/naming.toml");
/// The same file converted to JSON by build.rs.
pub(crate) const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/naming.json"));

impl NamingRules {
    pub fn from_toml_str(text: &str) -> Result<Self, ParseError> {
        from_toml_with_path(text)
    }

    /// The lists shipped with icp-tui, parsed on first use.
    pub fn builtin() -> &'static NamingRules {
        static RULES: OnceLock<NamingRules> = OnceLock::new();
        RULES.get_or_init(|| {
            crate::model::from_builtin(BUILTIN_JSON, BUILTIN)
                .expect("assets/naming.toml is checked by the tests")
        })
    }
}

/// Every rule `raw` breaks for a subject of `kind`: errors first, then warnings.
/// An empty list means the name passes the offline checks.
pub fn check(raw: &str, kind: SubjectKind, rules: &NamingRules) -> Vec<Violation> {
    let name = fold_full_width(raw.trim());
    let mut found = Vec::new();

    let domain_like = is_domain_like(&name);
    if domain_like {
        found.push(Violation::plain(NameRule::DomainLike));
    } else {
        let symbols: BTreeSet<char> = name.chars().filter(|c| !is_allowed(*c)).collect();
        if !symbols.is_empty() {
            found.push(Violation {
                rule: NameRule::ForbiddenSymbol,
                word: Some(symbols.into_iter().collect()),
            });
        }
    }

    let counted: Vec<char> = name.chars().filter(|c| counts(*c)).collect();
    if counted.len() < MIN_COUNTED_CHARS {
        found.push(Violation::plain(NameRule::TooShort));
    }
    if !counted.is_empty() && counted.iter().all(char::is_ascii_digit) {
        found.push(Violation::plain(NameRule::PureDigits));
    }
    if !counted.is_empty() && counted.iter().all(char::is_ascii_alphabetic) {
        found.push(Violation::plain(NameRule::PureLatin));
    }

    let mut words = |lists: &[WordList], rule: NameRule| {
        for word in lists.iter().flat_map(|l| &l.words) {
            if name.contains(word.as_str()) {
                found.push(Violation {
                    rule,
                    word: Some(word.clone()),
                });
            }
        }
    };
    if !kind.is_state_body() {
        words(&rules.national_words, NameRule::NationalWord);
    }
    words(&rules.sensitive_words, NameRule::SensitiveWord);
    if kind == SubjectKind::Individual {
        words(
            &rules.individual_forbidden_words,
            NameRule::IndividualForbiddenWord,
        );
        words(&rules.individual_warn_words, NameRule::WarnWord);
    }
    // Stable sort: errors first, each group in rule order.
    found.sort_by_key(Violation::severity);
    found
}

/// A name built from `raw` that breaks no rule for `kind`: the offending words (and
/// `avoid`, such as the person's own name or place names) and symbols taken out, a
/// neutral ending added when too little is left. `None` when `raw` already passes or no
/// candidate does.
pub fn suggest(
    raw: &str,
    kind: SubjectKind,
    rules: &NamingRules,
    avoid: &[&str],
) -> Option<String> {
    let violations = check(raw, kind, rules);
    let avoided = |name: &str| avoid.iter().any(|w| !w.is_empty() && name.contains(w));
    if passes(&violations) && !avoided(raw) {
        return None;
    }
    let mut base = fold_full_width(raw.trim());
    if is_domain_like(&base) {
        let host = base.to_ascii_lowercase();
        let host = host.split("://").last().unwrap_or_default();
        let host = host.strip_prefix("www.").unwrap_or(host);
        base = host.split('.').next().unwrap_or_default().to_string();
    }
    let words = violations
        .iter()
        .filter(|v| v.rule != NameRule::ForbiddenSymbol)
        .filter_map(|v| v.word.clone())
        .chain(avoid.iter().map(|w| w.to_string()))
        .filter(|w| !w.is_empty());
    for w in words {
        base = base.replace(&w, "");
    }
    let base: String = base.chars().filter(|c| is_allowed(*c)).collect();
    // What was joined to a removed word ("张三的…") is left dangling.
    let base = base.trim_matches(|c| matches!(c, '的' | '-' | '之'));
    let clean = |name: &str| check(name, kind, rules).is_empty() && !avoided(name);
    if clean(base) {
        return Some(base.to_string());
    }
    ["随笔", "笔记", "随笔集", "学习笔记"]
        .iter()
        .map(|ending| format!("{base}{ending}"))
        .find(|name| clean(name))
}

/// `true` when no error-severity rule is broken.
pub fn passes(violations: &[Violation]) -> bool {
    violations.iter().all(|v| v.severity() == Severity::Warning)
}

/// A Chinese character, a Latin letter or a digit: counts towards the length.
fn counts(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_han(c)
}

fn is_allowed(c: char) -> bool {
    counts(c) || matches!(c, '(' | ')' | '-')
}

/// Full-width ASCII forms read as ASCII (`（` counts as `(`, `！` stays a symbol);
/// ideographic full stops read as dots so `例子。中国` is seen as a domain.
fn fold_full_width(s: &str) -> String {
    fold_full_width_ascii(s).replace(['。', '｡'], ".")
}

/// A name that reads as a domain or URL: `example.com`, `例子.中国`, `www.x.cn`,
/// `http://…`.
fn is_domain_like(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.contains("://") || lower.starts_with("www.") {
        return true;
    }
    let parts: Vec<&str> = lower.split('.').collect();
    let label_ok = |p: &&str| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || is_han(c))
    };
    let top_ok = |p: &str| {
        (p.len() >= 2 && p.chars().all(|c| c.is_ascii_alphabetic())) || p.chars().all(is_han)
    };
    parts.len() >= 2 && parts.iter().all(label_ok) && parts.last().is_some_and(|p| top_ok(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(name: &str, kind: SubjectKind) -> Vec<&'static str> {
        check(name, kind, NamingRules::builtin())
            .iter()
            .map(|v| v.rule.as_code())
            .collect()
    }

    #[test]
    fn builtin_lists_parse() {
        let r = NamingRules::builtin();
        assert!(
            r.national_words
                .iter()
                .any(|l| l.words.contains(&"中国".to_owned()))
        );
    }

    #[test]
    fn state_bodies_may_use_national_words() {
        assert!(codes("中国气象数据", SubjectKind::Government).is_empty());
        assert_eq!(
            codes("中国气象数据", SubjectKind::Enterprise),
            ["national_word"]
        );
    }

    #[test]
    fn warnings_come_last_and_do_not_fail() {
        let v = check(
            "小明的网站!",
            SubjectKind::Individual,
            NamingRules::builtin(),
        );
        assert_eq!(v[0].rule, NameRule::ForbiddenSymbol);
        assert_eq!(v[0].word.as_deref(), Some("!"));
        assert_eq!(v.last().unwrap().rule, NameRule::WarnWord);
        let only_warning = check(
            "小明的技术笔记",
            SubjectKind::Individual,
            NamingRules::builtin(),
        );
        assert_eq!(only_warning.len(), 1);
        assert!(passes(&only_warning));
    }

    #[test]
    fn brackets_and_hyphens_do_not_count() {
        assert_eq!(codes("（笔记）-", SubjectKind::Individual), ["too_short"]);
        assert!(codes("山间(随笔)-集", SubjectKind::Individual).is_empty());
        assert_eq!(
            codes("山间 随笔", SubjectKind::Individual),
            ["forbidden_symbol"]
        );
    }

    #[test]
    fn suggestions_keep_what_was_typed() {
        let r = NamingRules::builtin();
        let i = SubjectKind::Individual;
        assert_eq!(suggest("山间随笔集", i, r, &[]), None);
        assert_eq!(
            suggest("张三的摄影俱乐部", i, r, &["张三"]).as_deref(),
            Some("摄影随笔")
        );
        assert_eq!(
            suggest("中国旅行手记", i, r, &[]).as_deref(),
            Some("旅行手记")
        );
        assert_eq!(
            suggest("blog.example.com", i, r, &[]).as_deref(),
            Some("blog随笔")
        );
        assert_eq!(
            suggest("星河科技官网", SubjectKind::Enterprise, r, &[]),
            None
        );
    }

    #[test]
    fn domain_like_names() {
        assert!(is_domain_like("例子.中国"));
        assert!(is_domain_like("www.example"));
        assert!(!is_domain_like("v1.0笔记"));
        assert!(!is_domain_like("随笔"));
    }
}
