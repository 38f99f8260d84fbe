//! A user-supplied override file: replaces or adds provinces, providers, figures, content
//! rules, documents, registrars and holiday years on top of the built-in rules (shape in
//! docs/rules.md).

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use super::apps::AppRulesPatch;
use super::documents::DocumentRule;
use super::filing::{ContentRule, FiguresPatch};
use super::holidays::HolidayYear;
use super::lists::{DomainsPatch, NamingPatch};
use super::provider::ProviderRules;
use super::province::Province;
use super::registrars::Registrar;
use super::types::{Fact, SourceEntry, SourceRef, Sourced};
use super::validate::{Problem, check_provinces, check_refs, locate};
use super::{Rules, RulesOrigin};
use crate::model::{ParseError, Provider, from_toml_with_path};

pub const OVERRIDE_FORMAT: &str = "icp-tui/rules-override";
pub const OVERRIDE_VERSION: i64 = 1;

/// What is wrong with an override's content (beyond TOML types, which `Parse` reports).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RulesProblem {
    /// `format` is not `icp-tui/rules-override`.
    WrongFormat,
    /// `version` is newer than this icp-tui reads (or not positive).
    UnsupportedVersion(i64),
    /// A fact cites no source.
    NoSource,
    /// A fact cites a key that is neither built in nor in the override's `[sources]`.
    UnknownSource(String),
    /// A province code is not two digits, or is 71/81/82.
    BadCode(String),
    DuplicateCode(String),
    DuplicateSlug(String),
    DuplicateAbbr(String),
    /// A province lists an extra document that no `[[document]]` defines.
    UnknownDocument(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RulesError {
    /// Not TOML, or a field of the wrong type or unknown name (line and field inside).
    Parse(ParseError),
    Invalid {
        line: Option<usize>,
        field: String,
        problem: RulesProblem,
    },
}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RulesError::Parse(e) => e.fmt(f),
            RulesError::Invalid {
                line,
                field,
                problem,
            } => {
                if let Some(line) = line {
                    write!(f, "line {line}: ")?;
                }
                write!(f, "{field}: {problem:?}")
            }
        }
    }
}

impl std::error::Error for RulesError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OverrideFile {
    format: String,
    version: i64,
    #[serde(default)]
    sources: BTreeMap<String, SourceEntry>,
    #[serde(default)]
    province: Vec<Province>,
    #[serde(default)]
    provider: Vec<ProviderRules>,
    #[serde(default)]
    figures: FiguresPatch,
    #[serde(default)]
    provider_review_working_days: BTreeMap<Provider, Fact<u32>>,
    #[serde(default)]
    psb_clock_from_approval: BTreeMap<Provider, Fact<bool>>,
    #[serde(default)]
    content: Vec<ContentRule>,
    #[serde(default)]
    document: Vec<DocumentRule>,
    /// Registrars added, or replacing the built-in entry with the same `id`.
    #[serde(default)]
    registrar: Vec<Registrar>,
    /// Whole years of the holiday calendar, added or replacing the built-in year.
    #[serde(default)]
    holiday_year: Vec<HolidayYear>,
    #[serde(default)]
    apps: AppRulesPatch,
    /// Word lists for website names, each replacing the built-in list of its kind and name.
    #[serde(default)]
    naming: NamingPatch,
    /// Domain suffix lists, each replacing the built-in list of its kind and name.
    #[serde(default)]
    domains: DomainsPatch,
}

impl OverrideFile {
    fn refs(&self) -> Vec<SourceRef> {
        let mut out = Vec::new();
        for (i, p) in self.province.iter().enumerate() {
            p.refs(&format!("province[{i}]"), &mut out);
        }
        for (i, p) in self.provider.iter().enumerate() {
            p.refs(&format!("provider[{i}]"), &mut out);
        }
        self.figures.refs("figures", &mut out);
        for (provider, fact) in &self.provider_review_working_days {
            fact.refs(
                &format!("provider_review_working_days.{provider}"),
                &mut out,
            );
        }
        for (provider, fact) in &self.psb_clock_from_approval {
            fact.refs(&format!("psb_clock_from_approval.{provider}"), &mut out);
        }
        for (i, c) in self.content.iter().enumerate() {
            c.refs(&format!("content[{i}]"), &mut out);
        }
        for (i, d) in self.document.iter().enumerate() {
            d.refs(&format!("document[{i}]"), &mut out);
        }
        for (i, r) in self.registrar.iter().enumerate() {
            r.refs(&format!("registrar[{i}]"), &mut out);
        }
        for (i, y) in self.holiday_year.iter().enumerate() {
            y.refs(&format!("holiday_year[{i}]"), &mut out);
        }
        self.apps.refs("apps", &mut out);
        out
    }
}

impl Rules {
    /// The built-in rules with an override file applied. Entries replace built-in ones
    /// with the same key (province slug, provider id, figure name, content, document id)
    /// or are added. Errors name the line and field.
    pub fn with_override(text: &str) -> Result<Rules, RulesError> {
        Rules::builtin().clone().apply_override(text, None)
    }

    /// As `with_override`, remembering the file's path for reports.
    pub fn with_override_file(text: &str, path: &Path) -> Result<Rules, RulesError> {
        Rules::builtin().clone().apply_override(text, Some(path))
    }

    fn apply_override(mut self, text: &str, path: Option<&Path>) -> Result<Rules, RulesError> {
        let file: OverrideFile = from_toml_with_path(text).map_err(RulesError::Parse)?;
        let invalid = |field: &str, needle: Option<&str>, problem| RulesError::Invalid {
            line: locate(text, field, needle),
            field: field.to_string(),
            problem,
        };
        if file.format != OVERRIDE_FORMAT {
            let needle = format!("\"{}\"", file.format);
            return Err(invalid("format", Some(&needle), RulesProblem::WrongFormat));
        }
        if !(1..=OVERRIDE_VERSION).contains(&file.version) {
            let needle = file.version.to_string();
            return Err(invalid(
                "version",
                Some(&needle),
                RulesProblem::UnsupportedVersion(file.version),
            ));
        }

        for (key, entry) in &file.sources {
            self.sources.insert(key.clone(), entry.clone());
        }
        let mut problems = check_refs(&file.refs(), &self.sources);
        file.naming.problems(&mut problems);
        file.domains.problems(&mut problems);
        if let Some(p) = problems.into_iter().next() {
            return Err(to_error(text, p));
        }

        let added_slugs: Vec<String> = file.province.iter().map(|p| p.slug.clone()).collect();
        for p in file.province {
            match self.provinces.iter_mut().find(|q| q.slug == p.slug) {
                Some(slot) => *slot = p,
                None => self.provinces.push(p),
            }
        }
        for p in file.provider {
            match self.providers.iter_mut().find(|q| q.id == p.id) {
                Some(slot) => *slot = p,
                None => self.providers.push(p),
            }
        }
        self.filing.figures.apply(file.figures);
        self.filing
            .provider_review_working_days
            .extend(file.provider_review_working_days);
        self.filing
            .psb_clock_from_approval
            .extend(file.psb_clock_from_approval);
        for c in file.content {
            match self
                .filing
                .contents
                .iter_mut()
                .find(|q| q.content == c.content)
            {
                Some(slot) => *slot = c,
                None => self.filing.contents.push(c),
            }
        }
        for d in file.document {
            match self.documents.iter_mut().find(|q| q.id == d.id) {
                Some(slot) => *slot = d,
                None => self.documents.push(d),
            }
        }

        for r in file.registrar {
            match self.registrars.iter_mut().find(|q| q.id == r.id) {
                Some(slot) => *slot = r,
                None => self.registrars.push(r),
            }
        }
        self.calendar.merge(file.holiday_year);
        self.apps.apply(file.apps);
        file.naming.apply(&mut self.naming);
        file.domains.apply(&mut self.domains);

        let problems = check_provinces(&self.provinces, &self.other_divisions, &self.documents);
        for (indices, problem) in problems {
            // Blame the entry the override brought in, with its index in the override file.
            let own = indices.iter().rev().find_map(|&i| {
                added_slugs
                    .iter()
                    .position(|s| *s == self.provinces[i].slug)
            });
            if let Some(own) = own {
                let rest = problem.field.split_once('.').map_or("", |(_, rest)| rest);
                let field = format!("province[{own}].{rest}");
                return Err(to_error(text, Problem { field, ..problem }));
            }
        }

        self.origin = RulesOrigin::Override {
            path: path.map(Path::to_path_buf),
        };
        Ok(self)
    }
}

fn to_error(text: &str, p: Problem) -> RulesError {
    RulesError::Invalid {
        line: locate(text, &p.field, p.needle.as_deref()),
        field: p.field,
        problem: p.problem,
    }
}
