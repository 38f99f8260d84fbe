//! The word lists for website names (`assets/naming.toml`) and the domain suffix lists
//! (`assets/domains.toml`) as part of the rules, and how an override changes them: a list
//! replaces the built-in list of the same kind and `name`, or is added.

use serde::Deserialize;

use super::RulesProblem;
use super::validate::Problem;
use crate::validate::domain::{DomainRules, SuffixList};
use crate::validate::website_name::{NamingRules, WordList};

/// `[[naming.<kind>]]` lists of an override file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NamingPatch {
    #[serde(default)]
    national_words: Vec<WordList>,
    #[serde(default)]
    sensitive_words: Vec<WordList>,
    #[serde(default)]
    individual_forbidden_words: Vec<WordList>,
    #[serde(default)]
    individual_warn_words: Vec<WordList>,
}

/// `[[domains.<kind>]]` lists of an override file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DomainsPatch {
    #[serde(default)]
    approved: Vec<SuffixList>,
    #[serde(default)]
    probably_approved: Vec<SuffixList>,
    #[serde(default)]
    refused: Vec<SuffixList>,
}

/// A list whose `name` keys it and whose `source` must say where it comes from.
trait Named {
    fn name(&self) -> &str;
    fn source(&self) -> &str;
}

impl Named for WordList {
    fn name(&self) -> &str {
        &self.name
    }
    fn source(&self) -> &str {
        &self.source
    }
}

impl Named for SuffixList {
    fn name(&self) -> &str {
        &self.name
    }
    fn source(&self) -> &str {
        &self.source
    }
}

fn merge<T: Named>(into: &mut Vec<T>, patch: Vec<T>) {
    for list in patch {
        match into.iter_mut().find(|l| l.name() == list.name()) {
            Some(slot) => *slot = list,
            None => into.push(list),
        }
    }
}

/// Lists that cite no source (an empty or blank `source`).
fn unsourced<T: Named>(kind: &str, lists: &[T], out: &mut Vec<Problem>) {
    for (i, l) in lists.iter().enumerate() {
        if l.source().trim().is_empty() {
            out.push(Problem {
                field: format!("{kind}[{i}].source"),
                needle: Some("source".into()),
                problem: RulesProblem::NoSource,
            });
        }
    }
}

impl NamingPatch {
    pub(crate) fn problems(&self, out: &mut Vec<Problem>) {
        unsourced("naming.national_words", &self.national_words, out);
        unsourced("naming.sensitive_words", &self.sensitive_words, out);
        let forbidden = &self.individual_forbidden_words;
        unsourced("naming.individual_forbidden_words", forbidden, out);
        unsourced(
            "naming.individual_warn_words",
            &self.individual_warn_words,
            out,
        );
    }

    pub(crate) fn apply(self, to: &mut NamingRules) {
        merge(&mut to.national_words, self.national_words);
        merge(&mut to.sensitive_words, self.sensitive_words);
        merge(
            &mut to.individual_forbidden_words,
            self.individual_forbidden_words,
        );
        merge(&mut to.individual_warn_words, self.individual_warn_words);
    }
}

impl DomainsPatch {
    pub(crate) fn problems(&self, out: &mut Vec<Problem>) {
        unsourced("domains.approved", &self.approved, out);
        unsourced("domains.probably_approved", &self.probably_approved, out);
        unsourced("domains.refused", &self.refused, out);
    }

    pub(crate) fn apply(self, to: &mut DomainRules) {
        merge(&mut to.approved, self.approved);
        merge(&mut to.probably_approved, self.probably_approved);
        merge(&mut to.refused, self.refused);
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::super::Rules;

    /// Each list has a source, an as-of date (the type requires it) and a name of its own.
    #[test]
    fn every_builtin_list_is_named_and_sourced() {
        let rules = Rules::builtin();
        let n = rules.naming();
        let d = rules.domains();
        let kinds: Vec<Vec<(&str, &str)>> = vec![
            n.national_words
                .iter()
                .map(|l| (&*l.name, &*l.source))
                .collect(),
            n.sensitive_words
                .iter()
                .map(|l| (&*l.name, &*l.source))
                .collect(),
            (n.individual_forbidden_words.iter())
                .map(|l| (&*l.name, &*l.source))
                .collect(),
            (n.individual_warn_words.iter())
                .map(|l| (&*l.name, &*l.source))
                .collect(),
            d.approved.iter().map(|l| (&*l.name, &*l.source)).collect(),
            (d.probably_approved.iter())
                .map(|l| (&*l.name, &*l.source))
                .collect(),
            d.refused.iter().map(|l| (&*l.name, &*l.source)).collect(),
        ];
        for lists in kinds {
            assert!(!lists.is_empty());
            let names: BTreeSet<&str> = lists.iter().map(|(name, _)| *name).collect();
            assert_eq!(names.len(), lists.len(), "names repeat: {lists:?}");
            assert!(lists.iter().all(|(_, s)| !s.trim().is_empty()));
        }
    }

    #[test]
    fn an_override_list_replaces_the_same_name_and_adds_a_new_one() {
        let text = "format = \"icp-tui/rules-override\"\nversion = 1\n\n\
            [[naming.sensitive_words]]\nname = \"sensitive\"\nsource = \"s\"\nas_of = 2027-01-01\nconfidence = \"M\"\nwords = [\"甲\"]\n\n\
            [[naming.sensitive_words]]\nname = \"more\"\nsource = \"s\"\nas_of = 2027-01-01\nconfidence = \"L\"\nwords = [\"乙\"]\n";
        let rules = Rules::with_override(text).unwrap();
        let words: Vec<&str> = (rules.naming().sensitive_words.iter())
            .flat_map(|l| l.words.iter().map(String::as_str))
            .collect();
        assert_eq!(words, ["甲", "乙"]);
        // The built-in rules are unchanged.
        assert!(
            Rules::builtin().naming().sensitive_words[0]
                .words
                .contains(&"赌博".to_string())
        );
    }
}
