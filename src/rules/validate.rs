//! Consistency checks over rules data, shared by the built-in tests and override loading.

use std::collections::{BTreeMap, HashMap};

use super::documents::DocumentRule;
use super::overrides::RulesProblem;
use super::province::{Division, Province};
use super::types::{SourceEntry, SourceRef};

/// A problem found in the data, with the dotted field and the text to look for in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    pub field: String,
    pub needle: Option<String>,
    pub problem: RulesProblem,
}

/// Every reference names a source of the table, and every fact names at least one.
pub(crate) fn check_refs(
    refs: &[SourceRef],
    sources: &BTreeMap<String, SourceEntry>,
) -> Vec<Problem> {
    refs.iter()
        .filter_map(|r| match &r.key {
            None => Some(Problem {
                field: r.field.clone(),
                needle: None,
                problem: RulesProblem::NoSource,
            }),
            Some(key) if !sources.contains_key(key) => Some(Problem {
                field: r.field.clone(),
                needle: Some(format!("\"{key}\"")),
                problem: RulesProblem::UnknownSource(key.clone()),
            }),
            Some(_) => None,
        })
        .collect()
}

/// Codes are two digits and unique across all 34 divisions; slugs and ICP prefixes are
/// unique; extra documents exist. Returns the index of the province at fault (for a
/// duplicate: both indices, so a caller can blame the one it added).
pub(crate) fn check_provinces(
    provinces: &[Province],
    divisions: &[Division],
    documents: &[DocumentRule],
) -> Vec<(Vec<usize>, Problem)> {
    let mut out = Vec::new();
    let mut codes: HashMap<&str, usize> = HashMap::new();
    let mut slugs: HashMap<&str, usize> = HashMap::new();
    let mut abbrs: HashMap<&str, usize> = HashMap::new();
    for (i, p) in provinces.iter().enumerate() {
        let at = |field: &str, needle: &str, problem| Problem {
            field: format!("province[{i}].{field}"),
            needle: Some(format!("\"{needle}\"")),
            problem,
        };
        let two_digits = p.code.len() == 2 && p.code.bytes().all(|b| b.is_ascii_digit());
        if !two_digits || divisions.iter().any(|d| d.code == p.code) {
            out.push((
                vec![i],
                at("code", &p.code, RulesProblem::BadCode(p.code.clone())),
            ));
        }
        if let Some(&j) = codes.get(p.code.as_str()) {
            out.push((
                vec![j, i],
                at("code", &p.code, RulesProblem::DuplicateCode(p.code.clone())),
            ));
        }
        codes.insert(&p.code, i);
        if let Some(&j) = slugs.get(p.slug.as_str()) {
            out.push((
                vec![j, i],
                at("slug", &p.slug, RulesProblem::DuplicateSlug(p.slug.clone())),
            ));
        }
        slugs.insert(&p.slug, i);
        for abbr in p.icp_abbrs() {
            if let Some(&j) = abbrs.get(abbr) {
                out.push((
                    vec![j, i],
                    at(
                        "icp_abbr",
                        abbr,
                        RulesProblem::DuplicateAbbr(abbr.to_string()),
                    ),
                ));
            }
            abbrs.insert(abbr, i);
        }
        for (k, extra) in p.extra_documents.iter().enumerate() {
            if !documents.iter().any(|d| d.id == extra.id) {
                out.push((
                    vec![i],
                    Problem {
                        field: format!("province[{i}].extra_documents[{k}].id"),
                        needle: Some(format!("\"{}\"", extra.id)),
                        problem: RulesProblem::UnknownDocument(extra.id.clone()),
                    },
                ));
            }
        }
    }
    out
}

/// The 1-based line where `needle` appears inside the `index`-th `[[table]]` entry the
/// field path starts with (`province[2].code`), or anywhere when the path has no index.
pub(crate) fn locate(text: &str, field: &str, needle: Option<&str>) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let span = entry_span(&lines, field);
    let (start, end) = span.unwrap_or((0, lines.len()));
    if let Some(needle) = needle
        && let Some(found) = (start..end).find(|&n| lines[n].contains(needle))
    {
        return Some(found + 1);
    }
    // Not found: point at the entry's header when there is one.
    span.map(|(start, _)| start + 1)
}

fn entry_span(lines: &[&str], field: &str) -> Option<(usize, usize)> {
    // `province[2].slug` is the third `[[province]]`; `naming.national_words[0].words` the
    // first `[[naming.national_words]]`.
    let (table, rest) = field.split_once('[')?;
    let index: usize = rest[..rest.find(']')?].parse().ok()?;
    let header = format!("[[{table}]]");
    let starts: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.trim() == header)
        .map(|(n, _)| n)
        .collect();
    let start = *starts.get(index)?;
    let end = starts.get(index + 1).copied().unwrap_or(lines.len());
    Some((start, end))
}
