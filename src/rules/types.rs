//! Building blocks shared by every rules file: bilingual text, sourced facts, sources.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use crate::model::Date;

/// Text shown to users, in both languages the app speaks.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub en: String,
    pub zh: String,
}

/// One entry of a `[sources]` table: what was read and how old it is.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub cite: String,
    pub date: Date,
    /// The source carries no date; `date` is our estimate.
    #[serde(default)]
    pub estimated: bool,
    /// What a person calls the source (a notice's or page's title), for display.
    #[serde(default)]
    pub title: Option<String>,
    /// Where a person can read it.
    #[serde(default)]
    pub url: Option<String>,
}

impl SourceEntry {
    /// "title — link" for people: the source's own title and URL where the file gives them,
    /// else the citation's words before its first parenthesis (which hold repository paths
    /// and notes) and the first web address the citation contains.
    pub fn title_and_link(&self) -> String {
        let title = self.title.clone().unwrap_or_else(|| {
            let head = self.cite.split(" (").next().unwrap_or(&self.cite);
            head.trim().trim_end_matches([',', ';']).to_string()
        });
        let url = self.url.clone().or_else(|| first_url(&self.cite));
        match url {
            Some(u) => format!("{title} — {u}"),
            None => title,
        }
    }
}

/// The first http(s) address in a text, without trailing punctuation.
fn first_url(text: &str) -> Option<String> {
    let start = text.find("https://").or_else(|| text.find("http://"))?;
    let url: String = text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, ')' | '（' | '）' | ',' | ';'))
        .collect();
    Some(url.trim_end_matches(['.', ',']).to_string())
}

#[cfg(test)]
mod source_tests {
    use super::*;

    fn entry(cite: &str) -> SourceEntry {
        SourceEntry {
            cite: cite.into(),
            date: Date::parse("2026-01-01").unwrap(),
            estimated: false,
            title: None,
            url: None,
        }
    }

    #[test]
    fn a_citation_without_title_shows_its_words_and_link_not_its_repository_path() {
        let e = entry("Alibaba Cloud SMS check (https://help.aliyun.com/en/icp-filing/sms-check)");
        assert_eq!(
            e.title_and_link(),
            "Alibaba Cloud SMS check — https://help.aliyun.com/en/icp-filing/sms-check"
        );
        let e = entry(
            "Tencent Cloud 公安备案 FAQ (tencentyun/intlcloud-documents 常见问题/公安备案_intl_cn.md)",
        );
        assert_eq!(e.title_and_link(), "Tencent Cloud 公安备案 FAQ");
        let mut e = entry("anything (a/b/c.md)");
        e.title = Some("Title".into());
        e.url = Some("https://example.org/".into());
        assert_eq!(e.title_and_link(), "Title — https://example.org/");
    }
}

/// Where a group of facts (names, codes, region lists) comes from.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    pub source: Vec<String>,
    pub as_of: Date,
}

/// A reading that an older or weaker source gives, kept beside the value in force.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub en: String,
    pub zh: String,
    pub source: Vec<String>,
    pub as_of: Date,
}

/// A value with its sources and the date of the newest one.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact<T> {
    pub value: T,
    #[serde(default)]
    pub detail: Option<Text>,
    pub source: Vec<String>,
    pub as_of: Date,
    #[serde(default)]
    pub conflict: Option<Conflict>,
}

/// A short bilingual statement with its sources (province notes).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub en: String,
    pub zh: String,
    pub source: Vec<String>,
    pub as_of: Date,
}

/// Yes, no, or not known: several provincial rules are simply not documented.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tri {
    Yes,
    No,
    Unknown,
}

impl Tri {
    pub fn known(self) -> Option<bool> {
        match self {
            Tri::Yes => Some(true),
            Tri::No => Some(false),
            Tri::Unknown => None,
        }
    }
}

/// Written as `true`, `false` or `"unknown"` in the data files.
impl<'de> Deserialize<'de> for Tri {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TriVisitor;
        impl Visitor<'_> for TriVisitor {
            type Value = Tri;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("true, false or \"unknown\"")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Tri, E> {
                Ok(if v { Tri::Yes } else { Tri::No })
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Tri, E> {
                match v {
                    "unknown" => Ok(Tri::Unknown),
                    other => Err(E::invalid_value(de::Unexpected::Str(other), &self)),
                }
            }
        }
        deserializer.deserialize_any(TriVisitor)
    }
}

/// Collects every source reference with the dotted path of the field that makes it.
pub(crate) trait Sourced {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>);
}

/// One use of a source key, for checks that every fact is sourced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SourceRef {
    pub field: String,
    /// `None` when the fact cites nothing at all.
    pub key: Option<String>,
    pub as_of: Date,
}

pub(crate) fn push_refs(out: &mut Vec<SourceRef>, path: &str, keys: &[String], as_of: Date) {
    let field = format!("{path}.source");
    if keys.is_empty() {
        out.push(SourceRef {
            field: field.clone(),
            key: None,
            as_of,
        });
    }
    for key in keys {
        out.push(SourceRef {
            field: field.clone(),
            key: Some(key.clone()),
            as_of,
        });
    }
}

impl<T> Sourced for Fact<T> {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        push_refs(out, path, &self.source, self.as_of);
        if let Some(c) = &self.conflict {
            c.refs(&format!("{path}.conflict"), out);
        }
    }
}

impl Sourced for Conflict {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        push_refs(out, path, &self.source, self.as_of);
    }
}

impl Sourced for Note {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        push_refs(out, path, &self.source, self.as_of);
    }
}

impl Sourced for Provenance {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        push_refs(out, path, &self.source, self.as_of);
    }
}

impl<T: Sourced> Sourced for Option<T> {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        if let Some(inner) = self {
            inner.refs(path, out);
        }
    }
}

/// Data text written in both UI languages.
pub trait Bilingual {
    fn en(&self) -> &str;
    fn zh(&self) -> &str;

    /// The text in the UI language.
    fn text(&self, lang: crate::i18n::Lang) -> &str {
        match lang {
            crate::i18n::Lang::EnUs => self.en(),
            crate::i18n::Lang::ZhCn => self.zh(),
        }
    }
}

macro_rules! bilingual {
    ($($t:ty),+) => {
        $(impl Bilingual for $t {
            fn en(&self) -> &str { &self.en }
            fn zh(&self) -> &str { &self.zh }
        })+
    };
}

bilingual!(Text, Conflict, Note);
