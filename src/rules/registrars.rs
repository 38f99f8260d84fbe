//! Domain registrars (assets/registrars.toml): which are licensed in the Chinese mainland,
//! which are overseas, matched on the spellings people type. A name in neither group is
//! unknown, never a pass.

use serde::Deserialize;

use super::types::{SourceRef, Sourced, push_refs};
use crate::model::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegistrarStatus {
    /// Holds the MIIT licence for domain registration services.
    Accredited,
    /// Outside the Chinese mainland, without the licence: transfer before filing.
    Overseas,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registrar {
    pub id: String,
    pub status: RegistrarStatus,
    pub name_en: String,
    pub name_zh: String,
    /// Spellings that name this registrar (matched after `fold`).
    pub names: Vec<String>,
    /// H, M or L, as in the research's confidence marks.
    pub confidence: String,
    pub source: Vec<String>,
    pub as_of: Date,
    /// `names` folded, made on the first lookup: `check` looks a registrar up for every
    /// website of every file, and folding every spelling each time was a quarter of its work.
    #[serde(skip)]
    folded: FoldedNames,
}

impl Registrar {
    /// `names`, each through `fold`.
    pub fn folded_names(&self) -> &[String] {
        self.folded
            .0
            .get_or_init(|| self.names.iter().map(|n| fold(n)).collect())
    }
}

/// A cache of what the data says, not data: registrars compare equal whether or not it is
/// filled, and a copy starts empty (an override may change the copy's names).
#[derive(Debug, Default)]
struct FoldedNames(std::sync::OnceLock<Vec<String>>);

impl Clone for FoldedNames {
    fn clone(&self) -> Self {
        FoldedNames::default()
    }
}

impl PartialEq for FoldedNames {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for FoldedNames {}

impl Sourced for Registrar {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        push_refs(out, path, &self.source, self.as_of);
    }
}

/// Company-form words dropped from the end of a Latin name.
const LATIN_FORMS: &[&str] = &[
    "inc",
    "incorporated",
    "llc",
    "ltd",
    "limited",
    "co",
    "corp",
    "corporation",
    "company",
    "gmbh",
    "sas",
    "sa",
    "plc",
    "pty",
];

/// Company forms dropped from the end of a Chinese name, longest first.
const CHINESE_FORMS: &[&str] = &["股份有限公司", "有限责任公司", "有限公司", "公司"];

/// The comparison form of a registrar's name: lower case, half-width, without spaces,
/// punctuation or company-form words ("GoDaddy.com, LLC" → "godaddycom").
pub fn fold(name: &str) -> String {
    let half: String = name
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect();
    // Words, split at anything that is neither a letter nor a digit (CJK is alphabetic).
    let mut words: Vec<&str> = half
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1 && words.last().is_some_and(|w| LATIN_FORMS.contains(w)) {
        words.pop();
    }
    let mut joined = words.concat();
    loop {
        let before = joined.len();
        for form in CHINESE_FORMS {
            if joined.len() > form.len()
                && let Some(rest) = joined.strip_suffix(form)
            {
                joined = rest.to_string();
                break;
            }
        }
        if joined.len() == before {
            break;
        }
    }
    joined
}

/// Names shorter than this (in characters, after folding) only match a whole name.
const MIN_PREFIX_CHARS: usize = 3;

/// The registrar a typed name refers to: the same folded name, else the longest known name
/// the typed one starts with ("Alibaba Cloud Computing Ltd. d/b/a HiChina" → Alibaba).
pub fn find<'a>(registrars: &'a [Registrar], typed: &str) -> Option<&'a Registrar> {
    let typed = fold(typed);
    if typed.is_empty() {
        return None;
    }
    let mut best: Option<(&Registrar, usize)> = None;
    for r in registrars {
        for name in r.folded_names() {
            if name.is_empty() {
                continue;
            }
            let hit = typed == *name
                || (name.chars().count() >= MIN_PREFIX_CHARS && typed.starts_with(name.as_str()));
            if hit && best.is_none_or(|(_, len)| name.len() > len) {
                best = Some((r, name.len()));
            }
        }
    }
    best.map(|(r, _)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_width_punctuation_and_company_forms() {
        assert_eq!(fold("GoDaddy.com, LLC"), "godaddycom");
        assert_eq!(fold("ＧｏＤａｄｄｙ"), "godaddy");
        assert_eq!(fold("Namecheap, Inc."), "namecheap");
        assert_eq!(fold("阿里云计算有限公司（万网）"), "阿里云计算有限公司万网");
        assert_eq!(fold("北京新网数码信息技术有限公司"), "北京新网数码信息技术");
        assert_eq!(fold("厦门易名科技股份有限公司"), "厦门易名科技");
        assert_eq!(fold(" Tencent  Cloud "), "tencentcloud");
        // A name that is only a company form keeps it.
        assert_eq!(fold("Co"), "co");
    }

    /// The folded names are made once, and a copy makes its own: an override that changes
    /// a copy's names is matched on the new ones, not on the ones folded before.
    #[test]
    fn a_copy_matches_its_own_names_not_the_folded_ones_of_the_original() {
        let original = crate::rules::Rules::builtin()
            .registrar("GoDaddy.com, LLC")
            .expect("a known registrar")
            .clone();
        let old_name = original.names[0].clone();
        assert!(find(std::slice::from_ref(&original), &old_name).is_some());
        let mut changed = original.clone();
        changed.names = vec!["Example Registrar Ltd".to_string()];
        let changed = [changed];
        assert!(find(&changed, "example registrar").is_some());
        assert!(find(&changed, &old_name).is_none(), "the nearest case");
        assert_eq!(
            original.clone(),
            original,
            "a filled cache and an empty one compare equal"
        );
    }
}
