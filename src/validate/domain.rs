//! Domain names as entered for a website (备案域名).
//!
//! Order of rules: trim → empty → URL instead of a domain (scheme, path, port,
//! user; the host is offered) → full-width dots `。．｡` become `.`, one trailing
//! root dot goes → empty labels → UTS-46 mapping (lower-case, width folding) and
//! label syntax (STD3 letters/digits/hyphen, no hyphen first or last, 1–63 octets,
//! ≤ 253 in total) → at least two labels → suffix: refused or unknown is
//! `tld_not_approved` → a bare suffix is `not_registrable` → more than one label
//! before the suffix is `subdomain`. Suffixes come from `assets/domains.toml`;
//! comparison is on A-labels. Sources: rules.md §5.

use std::sync::OnceLock;

use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};
use serde::{Deserialize, Deserializer};

use crate::model::{Date, ParseError, from_toml_with_path};

use super::sourced::Confidence;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DomainError {
    Empty,
    /// A URL was given; `suggestion` is its host, when one could be found.
    NotADomain {
        suggestion: Option<String>,
    },
    /// `label` is the offending label (empty for an empty label), or the whole
    /// name when the fault is its total length.
    LabelSyntax {
        label: String,
    },
    /// No label in front of the suffix (`example`, `com.cn`).
    NotRegistrable,
    /// The suffix is refused or on no approved list; `suffix` is its Unicode form.
    TldNotApproved {
        suffix: String,
    },
    /// Filing is for the registrable domain, which is given in Unicode form.
    Subdomain {
        registrable: String,
    },
}

impl DomainError {
    pub fn as_code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::NotADomain { .. } => "not_a_domain",
            Self::LabelSyntax { .. } => "label_syntax",
            Self::NotRegistrable => "not_registrable",
            Self::TldNotApproved { .. } => "tld_not_approved",
            Self::Subdomain { .. } => "subdomain",
        }
    }
}

/// What the rule data says about a suffix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TldStatus {
    Approved,
    /// Only on lists of lower confidence: accept, but warn.
    ProbablyApproved,
    Refused,
    /// On no list at all.
    Unknown,
}

/// A syntactically valid domain and what the suffix lists say about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainAnalysis {
    /// Normalized Unicode form (what to show and store): `例子.中国`.
    pub unicode: String,
    /// A-label form (what to compare): `xn--fsqu00a.xn--fiqs8s`.
    pub ascii: String,
    /// The longest known suffix, else the last label; A-label form.
    pub suffix_ascii: String,
    /// One label plus the suffix, A-label form; `None` when there is no such label.
    pub registrable_ascii: Option<String>,
    /// Unicode form of `registrable_ascii`.
    pub registrable: Option<String>,
    /// More labels than the registrable domain has.
    pub is_subdomain: bool,
    pub tld_status: TldStatus,
}

/// One suffix as written in the data file, with its A-label form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suffix {
    pub unicode: String,
    pub ascii: String,
}

impl<'de> Deserialize<'de> for Suffix {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let ascii = to_ascii(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a domain suffix")))?;
        Ok(Suffix {
            unicode: to_unicode(&ascii),
            ascii,
        })
    }
}

/// One sourced list of suffixes.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuffixList {
    pub name: String,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    /// Two-digit province code when the list applies to one province only.
    #[serde(default)]
    pub province: Option<String>,
    pub suffixes: Vec<Suffix>,
    /// What a person calls the source, and where to read it (shown instead of `source`).
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

impl SuffixList {
    /// "title — link" when the list has them, else its source citation.
    pub fn title_and_link(&self) -> String {
        match (&self.title, &self.url) {
            (Some(t), Some(u)) => format!("{t} — {u}"),
            (Some(t), None) => t.clone(),
            _ => self.source.clone(),
        }
    }

    fn contains(&self, ascii: &str) -> bool {
        self.suffixes.iter().any(|s| s.ascii == ascii)
    }

    fn applies_in(&self, province: Option<&str>) -> bool {
        self.province.is_none() || self.province.as_deref() == province
    }
}

/// The suffix data of `assets/domains.toml`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainRules {
    pub approved: Vec<SuffixList>,
    pub probably_approved: Vec<SuffixList>,
    pub refused: Vec<SuffixList>,
}

const BUILTIN: &str = include_str!("../../assets/domains.toml");
/// The same file converted to JSON by build.rs.
pub(crate) const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/domains.json"));

impl DomainRules {
    pub fn from_toml_str(text: &str) -> Result<Self, ParseError> {
        from_toml_with_path(text)
    }

    /// The rules shipped with icp-tui, parsed on first use.
    pub fn builtin() -> &'static DomainRules {
        static RULES: OnceLock<DomainRules> = OnceLock::new();
        RULES.get_or_init(|| {
            crate::model::from_builtin(BUILTIN_JSON, BUILTIN)
                .expect("assets/domains.toml is checked by the tests")
        })
    }

    fn all_lists(&self) -> impl Iterator<Item = &SuffixList> {
        self.approved
            .iter()
            .chain(&self.probably_approved)
            .chain(&self.refused)
    }

    fn is_known_suffix(&self, ascii: &str) -> bool {
        self.all_lists().any(|l| l.contains(ascii))
    }

    /// Status of a suffix (A-label form) for a filing in `province` (two-digit
    /// code) or nationwide (`None`). A province's own refusal wins over a
    /// national approval; otherwise approval wins over refusal.
    pub fn status_of(&self, suffix_ascii: &str, province: Option<&str>) -> TldStatus {
        let found = |lists: &[SuffixList]| {
            lists
                .iter()
                .any(|l| l.applies_in(province) && l.contains(suffix_ascii))
        };
        let refused_locally = province.is_some()
            && self
                .refused
                .iter()
                .any(|l| l.province.as_deref() == province && l.contains(suffix_ascii));
        if refused_locally {
            TldStatus::Refused
        } else if found(&self.approved) {
            TldStatus::Approved
        } else if found(&self.probably_approved) {
            TldStatus::ProbablyApproved
        } else if found(&self.refused) {
            TldStatus::Refused
        } else {
            TldStatus::Unknown
        }
    }
}

impl DomainRules {
    /// The list that decides `status_of` for this suffix, to say where the verdict comes from.
    pub fn deciding_list<'a>(
        &'a self,
        suffix_ascii: &str,
        province: Option<&str>,
    ) -> Option<&'a SuffixList> {
        let local_refusal = self.refused.iter().find(|l| {
            province.is_some() && l.province.as_deref() == province && l.contains(suffix_ascii)
        });
        let first = |lists: &'a [SuffixList]| {
            lists
                .iter()
                .find(|l| l.applies_in(province) && l.contains(suffix_ascii))
        };
        local_refusal
            .or_else(|| first(&self.approved))
            .or_else(|| first(&self.probably_approved))
            .or_else(|| first(&self.refused))
    }
}

/// Normalizes and analyses a domain; errors only for input that is not a domain
/// name at all (empty, URL, label syntax).
pub fn analyze(
    raw: &str,
    rules: &DomainRules,
    province: Option<&str>,
) -> Result<DomainAnalysis, DomainError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(DomainError::Empty);
    }
    if looks_like_url(trimmed) {
        return Err(DomainError::NotADomain {
            suggestion: host_of_url(trimmed),
        });
    }
    let dotted = fold_dots(trimmed);
    let name = dotted.strip_suffix('.').unwrap_or(&dotted);
    if let Some(label) = name.split('.').find(|l| l.is_empty()) {
        return Err(DomainError::LabelSyntax {
            label: label.to_owned(),
        });
    }
    let ascii = to_ascii(name).ok_or_else(|| DomainError::LabelSyntax {
        label: offending_label(name),
    })?;
    let labels: Vec<&str> = ascii.split('.').collect();
    let suffix_len = (0..labels.len())
        .map(|i| labels.len() - i)
        .find(|&n| rules.is_known_suffix(&labels[labels.len() - n..].join(".")))
        .unwrap_or(1);
    let suffix_ascii = labels[labels.len() - suffix_len..].join(".");
    let registrable_ascii =
        (labels.len() > suffix_len).then(|| labels[labels.len() - suffix_len - 1..].join("."));
    Ok(DomainAnalysis {
        unicode: to_unicode(&ascii),
        tld_status: rules.status_of(&suffix_ascii, province),
        is_subdomain: labels.len() > suffix_len + 1,
        registrable: registrable_ascii.as_deref().map(to_unicode),
        registrable_ascii,
        suffix_ascii,
        ascii,
    })
}

/// Analyses and refuses what cannot be filed as it stands. `ProbablyApproved`
/// passes: the caller may warn from `tld_status`.
pub fn validate(
    raw: &str,
    rules: &DomainRules,
    province: Option<&str>,
) -> Result<DomainAnalysis, DomainError> {
    let analysis = analyze(raw, rules, province)?;
    if !analysis.ascii.contains('.') {
        return Err(DomainError::NotRegistrable);
    }
    if matches!(analysis.tld_status, TldStatus::Refused | TldStatus::Unknown) {
        return Err(DomainError::TldNotApproved {
            suffix: to_unicode(&analysis.suffix_ascii),
        });
    }
    match (&analysis.registrable, analysis.is_subdomain) {
        (None, _) => Err(DomainError::NotRegistrable),
        (Some(registrable), true) => Err(DomainError::Subdomain {
            registrable: registrable.clone(),
        }),
        (Some(_), false) => Ok(analysis),
    }
}

fn looks_like_url(s: &str) -> bool {
    s.contains("://") || s.contains(['/', '?', '#', '@', ':', '\\'])
}

/// The host of a URL-ish input: scheme, user, path, query and port removed.
fn host_of_url(s: &str) -> Option<String> {
    let rest = s.split_once("://").map_or(s, |(_, r)| r);
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = match host_port.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host_port,
    };
    let host = fold_dots(host);
    let host = host.trim_end_matches('.').to_lowercase();
    (!host.is_empty() && !host.contains(':')).then_some(host)
}

fn fold_dots(s: &str) -> String {
    s.chars()
        .map(|c| {
            if matches!(c, '。' | '．' | '｡') {
                '.'
            } else {
                c
            }
        })
        .collect()
}

/// UTS-46 ToASCII with STD3 rules and DNS lengths; `None` when invalid.
fn to_ascii(name: &str) -> Option<String> {
    let ascii = Uts46::new()
        .to_ascii(
            name.as_bytes(),
            AsciiDenyList::STD3,
            Hyphens::CheckFirstLast,
            DnsLength::Verify,
        )
        .ok()?;
    // Belt and braces: every A-label must be plain LDH.
    let ldh = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    ascii.split('.').all(ldh).then(|| ascii.into_owned())
}

fn to_unicode(ascii: &str) -> String {
    let (unicode, _) = Uts46::new().to_unicode(
        ascii.as_bytes(),
        AsciiDenyList::STD3,
        Hyphens::CheckFirstLast,
    );
    unicode.into_owned()
}

fn offending_label(name: &str) -> String {
    name.split('.')
        .find(|label| to_ascii(label).is_none())
        .unwrap_or(name)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> &'static DomainRules {
        DomainRules::builtin()
    }

    #[test]
    fn builtin_lists_parse_and_carry_sources() {
        let r = rules();
        assert!(
            r.all_lists()
                .all(|l| !l.source.is_empty() && !l.suffixes.is_empty())
        );
        assert!(r.approved[0].contains("xn--fiqs8s")); // 中国
        assert!(r.approved[0].contains("xn--55qx5d")); // 公司
        assert!(r.approved[0].contains("xn--io0a7i")); // 网络
    }

    #[test]
    fn analysis_of_a_chinese_subdomain() {
        let a = analyze("WWW.例子。中国。", rules(), None).unwrap();
        assert_eq!(a.unicode, "www.例子.中国");
        assert_eq!(a.ascii, "www.xn--fsqu00a.xn--fiqs8s");
        assert_eq!(a.registrable.as_deref(), Some("例子.中国"));
        assert!(a.is_subdomain);
        assert_eq!(a.tld_status, TldStatus::Approved);
    }

    #[test]
    fn second_level_suffixes_are_registrable_parents() {
        let a = validate("example.gd.cn", rules(), None).unwrap();
        assert_eq!(a.suffix_ascii, "gd.cn");
        let b = validate("example.gs.cn", rules(), None).unwrap();
        assert_eq!(b.tld_status, TldStatus::ProbablyApproved);
        assert_eq!(
            validate("www.example.com.cn", rules(), None),
            Err(DomainError::Subdomain {
                registrable: "example.com.cn".into()
            })
        );
    }

    #[test]
    fn province_lists() {
        assert_eq!(rules().status_of("tel", None), TldStatus::Unknown);
        assert_eq!(rules().status_of("tel", Some("11")), TldStatus::Approved);
        assert_eq!(rules().status_of("asia", None), TldStatus::Approved);
        assert_eq!(rules().status_of("asia", Some("11")), TldStatus::Refused);
        assert_eq!(rules().status_of("ai", Some("44")), TldStatus::Unknown);
        // Alibaba (2026-07): .app cannot be filed.
        assert_eq!(rules().status_of("app", Some("44")), TldStatus::Refused);
    }

    #[test]
    fn url_hosts_are_suggested() {
        let host = |s: &str| match validate(s, rules(), None) {
            Err(DomainError::NotADomain { suggestion }) => suggestion,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            host("https://user@Example.com:8080/a?b").as_deref(),
            Some("example.com")
        );
        assert_eq!(host("example.com/path").as_deref(), Some("example.com"));
        assert_eq!(host("http://").as_deref(), None);
    }

    #[test]
    fn offending_label_is_named() {
        assert_eq!(
            validate("ok.exa_mple.com", rules(), None),
            Err(DomainError::LabelSyntax {
                label: "exa_mple".into()
            })
        );
        assert_eq!(
            validate("example.app", rules(), None),
            Err(DomainError::TldNotApproved {
                suffix: "app".into()
            })
        );
    }
}
