//! The app rules of `assets/apps.toml`: icon limit, hex lengths of the feature values,
//! name word lists, filing-number suffixes, identifier and mini-program AppID shapes.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::types::{Fact, SourceEntry, SourceRef, Sourced};
use crate::model::{AppKind, MiniProgramPlatform};

pub(crate) const APPS_TOML: &str = include_str!("../../assets/apps.toml");
/// The same file converted to JSON by build.rs.
pub(crate) const APPS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/apps.json"));

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppRules {
    pub icon_max_bytes: Fact<u64>,
    pub hex: HexRules,
    pub names: NameRules,
    pub number_suffix: BTreeMap<AppKind, Fact<String>>,
    pub identifier: IdentifierRules,
    #[serde(default)]
    pub mini_program_app_id: BTreeMap<MiniProgramPlatform, Fact<AppIdShape>>,
}

/// Accepted counts of hex digits.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HexRules {
    pub android_signature_md5: Fact<Vec<usize>>,
    pub ios_signature_sha1: Fact<Vec<usize>>,
    pub harmonyos_fingerprint: Fact<Vec<usize>>,
    /// The first value is the minimum.
    pub public_key_min: Fact<Vec<usize>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameRules {
    pub generic: Fact<Vec<String>>,
    pub placeholder: Fact<Vec<String>>,
    pub marketing: Fact<Vec<String>>,
    pub popular: Fact<Vec<String>>,
    pub platform: Fact<Vec<String>>,
}

/// How an identifier is shaped: `segments` (Android package) or `bundle` (iOS bundle id).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentifierShape {
    Segments,
    Bundle,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentifierRules {
    pub android_package: Fact<IdentifierShape>,
    pub ios_bundle_id: Fact<IdentifierShape>,
    pub harmonyos_bundle_name: Fact<IdentifierShape>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppIdChars {
    Hex,
    Digits,
    Alphanumeric,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppIdShape {
    pub prefix: String,
    pub length: usize,
    pub chars: AppIdChars,
}

impl AppIdShape {
    pub fn matches(&self, app_id: &str) -> bool {
        let Some(rest) = app_id.strip_prefix(self.prefix.as_str()) else {
            return false;
        };
        rest.chars().count() == self.length
            && rest.chars().all(|c| match self.chars {
                AppIdChars::Hex => c.is_ascii_hexdigit(),
                AppIdChars::Digits => c.is_ascii_digit(),
                AppIdChars::Alphanumeric => c.is_ascii_alphanumeric(),
            })
    }
}

/// An override's `[apps]` table: each entry given replaces the built-in one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppRulesPatch {
    pub icon_max_bytes: Option<Fact<u64>>,
    pub hex: Option<HexRules>,
    pub names: Option<NameRules>,
    #[serde(default)]
    pub number_suffix: BTreeMap<AppKind, Fact<String>>,
    pub identifier: Option<IdentifierRules>,
    #[serde(default)]
    pub mini_program_app_id: BTreeMap<MiniProgramPlatform, Fact<AppIdShape>>,
}

impl AppRules {
    pub(crate) fn apply(&mut self, patch: AppRulesPatch) {
        if let Some(v) = patch.icon_max_bytes {
            self.icon_max_bytes = v;
        }
        if let Some(v) = patch.hex {
            self.hex = v;
        }
        if let Some(v) = patch.names {
            self.names = v;
        }
        self.number_suffix.extend(patch.number_suffix);
        if let Some(v) = patch.identifier {
            self.identifier = v;
        }
        self.mini_program_app_id.extend(patch.mini_program_app_id);
    }

    /// Which kind a number's suffix letter stands for (`None`: a website number).
    pub fn kind_of_suffix(&self, letter: char) -> Option<AppKind> {
        self.number_suffix
            .iter()
            .find(|(_, f)| f.value.eq_ignore_ascii_case(&letter.to_string()))
            .map(|(k, _)| *k)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AppsFile {
    #[allow(dead_code)]
    pub format: String,
    #[allow(dead_code)]
    pub version: i64,
    pub icon_max_bytes: Fact<u64>,
    pub hex: HexRules,
    pub names: NameRules,
    pub number_suffix: BTreeMap<AppKind, Fact<String>>,
    pub identifier: IdentifierRules,
    #[serde(default)]
    pub mini_program_app_id: BTreeMap<MiniProgramPlatform, Fact<AppIdShape>>,
    pub sources: BTreeMap<String, SourceEntry>,
}

impl AppsFile {
    pub fn split(self) -> (AppRules, BTreeMap<String, SourceEntry>) {
        let rules = AppRules {
            icon_max_bytes: self.icon_max_bytes,
            hex: self.hex,
            names: self.names,
            number_suffix: self.number_suffix,
            identifier: self.identifier,
            mini_program_app_id: self.mini_program_app_id,
        };
        (rules, self.sources)
    }
}

pub(crate) fn parse_builtin() -> Result<AppsFile, String> {
    crate::model::from_builtin(APPS_JSON, APPS_TOML).map_err(|e| format!("apps.toml: {e}"))
}

impl Sourced for HexRules {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        self.android_signature_md5
            .refs(&format!("{path}.android_signature_md5"), out);
        self.ios_signature_sha1
            .refs(&format!("{path}.ios_signature_sha1"), out);
        self.harmonyos_fingerprint
            .refs(&format!("{path}.harmonyos_fingerprint"), out);
        self.public_key_min
            .refs(&format!("{path}.public_key_min"), out);
    }
}

impl Sourced for NameRules {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        self.generic.refs(&format!("{path}.generic"), out);
        self.placeholder.refs(&format!("{path}.placeholder"), out);
        self.marketing.refs(&format!("{path}.marketing"), out);
        self.popular.refs(&format!("{path}.popular"), out);
        self.platform.refs(&format!("{path}.platform"), out);
    }
}

impl Sourced for IdentifierRules {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        self.android_package
            .refs(&format!("{path}.android_package"), out);
        self.ios_bundle_id
            .refs(&format!("{path}.ios_bundle_id"), out);
        self.harmonyos_bundle_name
            .refs(&format!("{path}.harmonyos_bundle_name"), out);
    }
}

impl Sourced for AppRules {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        self.icon_max_bytes
            .refs(&format!("{path}icon_max_bytes"), out);
        self.hex.refs(&format!("{path}hex"), out);
        self.names.refs(&format!("{path}names"), out);
        for (kind, fact) in &self.number_suffix {
            fact.refs(&format!("{path}number_suffix.{kind}"), out);
        }
        self.identifier.refs(&format!("{path}identifier"), out);
        for (platform, fact) in &self.mini_program_app_id {
            fact.refs(&format!("{path}mini_program_app_id.{platform}"), out);
        }
    }
}

impl Sourced for AppRulesPatch {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        self.icon_max_bytes
            .refs(&format!("{path}.icon_max_bytes"), out);
        self.hex.refs(&format!("{path}.hex"), out);
        self.names.refs(&format!("{path}.names"), out);
        for (kind, fact) in &self.number_suffix {
            fact.refs(&format!("{path}.number_suffix.{kind}"), out);
        }
        self.identifier.refs(&format!("{path}.identifier"), out);
        for (platform, fact) in &self.mini_program_app_id {
            fact.refs(&format!("{path}.mini_program_app_id.{platform}"), out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::validate::check_refs;
    use super::*;

    #[test]
    fn every_app_fact_cites_a_source_of_the_file_dated_no_later_than_it() {
        let (rules, sources) = parse_builtin().unwrap().split();
        let mut refs = Vec::new();
        rules.refs("", &mut refs);
        assert!(refs.len() > 10);
        assert_eq!(check_refs(&refs, &sources), vec![]);
        for r in &refs {
            let key = r.key.as_deref().unwrap();
            let newest = refs
                .iter()
                .filter(|s| s.field == r.field)
                .filter_map(|s| sources.get(s.key.as_deref()?))
                .map(|s| s.date)
                .max()
                .unwrap();
            assert_eq!(r.as_of, newest, "{} ({key})", r.field);
        }
    }

    #[test]
    fn suffix_letters_name_their_kinds() {
        let rules = parse_builtin().unwrap().split().0;
        assert_eq!(rules.kind_of_suffix('A'), Some(AppKind::App));
        assert_eq!(rules.kind_of_suffix('x'), Some(AppKind::MiniProgram));
        assert_eq!(rules.kind_of_suffix('K'), Some(AppKind::QuickApp));
        assert_eq!(rules.kind_of_suffix('B'), None);
    }

    #[test]
    fn wechat_app_id_shape() {
        let rules = parse_builtin().unwrap().split().0;
        let shape = &rules.mini_program_app_id[&MiniProgramPlatform::Wechat].value;
        assert!(shape.matches("wx1234567890abcdef"));
        assert!(!shape.matches("wx1234567890abcde"));
        assert!(!shape.matches("gh_1234567890ab"));
        assert!(!shape.matches("wx1234567890abcdeg"));
    }

    #[test]
    fn an_override_changes_the_icon_limit_and_adds_an_app_id_shape() {
        let text = r#"
format = "icp-tui/rules-override"
version = 1
[sources]
"MINE" = { cite = "our provider's letter", date = 2026-12-01 }
[apps.icon_max_bytes]
value = 51200
source = ["MINE"]
as_of = 2026-12-01
[apps.mini_program_app_id.alipay]
value = { prefix = "20", length = 14, chars = "digits" }
source = ["MINE"]
as_of = 2026-12-01
"#;
        let rules = crate::rules::Rules::with_override(text).unwrap();
        assert_eq!(rules.apps().icon_max_bytes.value, 51200);
        let alipay = &rules.apps().mini_program_app_id[&MiniProgramPlatform::Alipay].value;
        assert!(alipay.matches("2021001234567890"));
        assert!(crate::rules::Rules::builtin().apps().icon_max_bytes.value == 102400);
        let unsourced = text.replace(
            "source = [\"MINE\"]\nas_of = 2026-12-01\n[apps.mini",
            "source = []\nas_of = 2026-12-01\n[apps.mini",
        );
        assert!(crate::rules::Rules::with_override(&unsourced).is_err());
    }
}
