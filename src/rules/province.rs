//! Provinces: identity (codes, names, abbreviations) and their filing rules.

use serde::Deserialize;

use super::types::{Fact, Note, Provenance, SourceRef, Sourced, Tri, push_refs};
use crate::model::Date;

/// How a province treats individuals whose resident ID is from another province.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Nonlocal {
    NotAccepted,
    ResidencePermit,
    ProofOfResidence,
    Supported,
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Province {
    /// GB/T 2260 two-digit code, e.g. "44".
    pub code: String,
    pub slug: String,
    pub name_en: String,
    pub name_zh: String,
    /// Full pinyin without tones, lower case ("guangdong", "neimenggu").
    pub pinyin: String,
    /// Pinyin initials for search ("gd", "nmg").
    pub initials: String,
    /// Prefix of current ICP numbers (粤ICP备…).
    pub icp_abbr: String,
    /// Other prefixes seen in valid numbers (川 for Sichuan, 贵, 甘).
    #[serde(default)]
    pub icp_abbr_alt: Vec<String>,
    /// Prefix of PSB numbers (川公网安备…).
    pub psb_abbr: String,
    /// Sources of the fields above.
    pub identity: Provenance,
    pub individual_allowed: Fact<bool>,
    pub review_working_days: Fact<u32>,
    #[serde(default)]
    pub domain_min_validity_days: Option<Fact<u32>>,
    #[serde(default)]
    pub id_min_validity_days: Option<Fact<u32>>,
    pub local_mobile_required: Fact<Tri>,
    /// Whether an organisation's domain may be registered to its legal representative.
    pub accepts_legal_rep_as_registrant: Fact<Tri>,
    #[serde(default)]
    pub extra_documents: Vec<ExtraDocument>,
    #[serde(default)]
    pub notes: Vec<Note>,
    pub nonlocal_individual: Fact<Nonlocal>,
    pub leader_must_be_legal_rep: Fact<Tri>,
    #[serde(default)]
    pub min_age: Option<Fact<u32>>,
}

/// A province-specific document; `id` is a document of documents.toml.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraDocument {
    pub id: String,
    pub en: String,
    pub zh: String,
    pub source: Vec<String>,
    pub as_of: Date,
}

/// A GB/T 2260 province-level division without a filing administration (71, 81, 82).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Division {
    pub code: String,
    pub slug: String,
    pub name_en: String,
    pub name_zh: String,
    pub source: Vec<String>,
    pub as_of: Date,
}

impl Province {
    /// The ICP prefixes this province's numbers may carry, current first.
    pub fn icp_abbrs(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.icp_abbr.as_str()).chain(self.icp_abbr_alt.iter().map(String::as_str))
    }

    /// Minimum remaining domain validity at submission, falling back to the nationwide figure.
    pub fn domain_min_validity_days_or(&self, nationwide: u32) -> u32 {
        self.domain_min_validity_days
            .as_ref()
            .map_or(nationwide, |f| f.value)
    }
}

impl Sourced for Province {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        self.identity.refs(&format!("{path}.identity"), out);
        self.individual_allowed
            .refs(&format!("{path}.individual_allowed"), out);
        self.review_working_days
            .refs(&format!("{path}.review_working_days"), out);
        self.domain_min_validity_days
            .refs(&format!("{path}.domain_min_validity_days"), out);
        self.id_min_validity_days
            .refs(&format!("{path}.id_min_validity_days"), out);
        self.local_mobile_required
            .refs(&format!("{path}.local_mobile_required"), out);
        self.accepts_legal_rep_as_registrant
            .refs(&format!("{path}.accepts_legal_rep_as_registrant"), out);
        for (i, d) in self.extra_documents.iter().enumerate() {
            push_refs(
                out,
                &format!("{path}.extra_documents[{i}]"),
                &d.source,
                d.as_of,
            );
        }
        for (i, n) in self.notes.iter().enumerate() {
            n.refs(&format!("{path}.notes[{i}]"), out);
        }
        self.nonlocal_individual
            .refs(&format!("{path}.nonlocal_individual"), out);
        self.leader_must_be_legal_rep
            .refs(&format!("{path}.leader_must_be_legal_rep"), out);
        self.min_age.refs(&format!("{path}.min_age"), out);
    }
}

impl Sourced for Division {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        push_refs(out, path, &self.source, self.as_of);
    }
}

impl super::types::Bilingual for ExtraDocument {
    fn en(&self) -> &str {
        &self.en
    }
    fn zh(&self) -> &str {
        &self.zh
    }
}

impl Nonlocal {
    pub fn as_str(self) -> &'static str {
        match self {
            Nonlocal::NotAccepted => "not_accepted",
            Nonlocal::ResidencePermit => "residence_permit",
            Nonlocal::ProofOfResidence => "proof_of_residence",
            Nonlocal::Supported => "supported",
            Nonlocal::Unknown => "unknown",
        }
    }
}
