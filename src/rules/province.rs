//! Provinces: identity (codes, names, abbreviations) and their filing rules.

use serde::Deserialize;

use super::types::{Fact, Note, Provenance, SourceRef, Sourced, Tri, push_refs};
use crate::model::{CertificateType, Date};

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
    /// Prefecture-level cities (地级行政区), without the 市 suffix: for addresses and names.
    #[serde(default)]
    pub cities: Vec<String>,
    // Typed rules the engine checks; absent = no such rule is known for the province.
    /// An entity leader who is not the legal representative must also lead every website.
    #[serde(default)]
    pub leader_also_site_leader: Option<Fact<bool>>,
    /// Website leaders must be different people from the entity leader.
    #[serde(default)]
    pub site_leader_differs: Option<Fact<bool>>,
    /// Days an organisation's licence must still be valid at submission.
    #[serde(default)]
    pub licence_min_validity_days: Option<Fact<u32>>,
    /// Domain suffixes individuals may not file (`tv`).
    #[serde(default)]
    pub individual_refused_suffixes: Option<Fact<Vec<String>>>,
    /// The domain suffixes public institutions must use (`cn`, `公益`).
    #[serde(default)]
    pub public_institution_suffixes: Option<Fact<Vec<String>>>,
    /// The domain suffixes party and government bodies must use (`gov.cn`, `政务`).
    #[serde(default)]
    pub government_suffixes: Option<Fact<Vec<String>>>,
    /// Whether foreigners may file as individuals.
    #[serde(default)]
    pub foreign_individual_allowed: Option<Fact<bool>>,
    /// Personal documents the province refuses for filers and leaders.
    #[serde(default)]
    pub refused_personal_documents: Option<Fact<Vec<CertificateType>>>,
    /// Websites (each with its domain) one first filing or new-site order may carry.
    #[serde(default)]
    pub max_websites_per_order: Option<Fact<u32>>,
    /// The same for individuals, where it differs.
    #[serde(default)]
    pub max_websites_per_order_individual: Option<Fact<u32>>,
    /// Individuals' website names may not contain place names.
    #[serde(default)]
    pub personal_names_no_place_names: Option<Fact<bool>>,
    /// The mailing address must be in the city of the identity document.
    #[serde(default)]
    pub address_in_document_city: Option<Fact<bool>>,
    /// An organisation's entity leader must hold a mainland resident ID: a foreign, Hong
    /// Kong, Macao or Taiwan legal representative authorises a mainland citizen.
    #[serde(default)]
    pub leader_mainland_id_required: Option<Fact<bool>>,
    /// Every leader must give a second contact number besides the mobile.
    #[serde(default)]
    pub second_contact_required: Option<Fact<bool>>,
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
    /// The Chinese name without its administrative suffix: 河北省 → 河北, 广西壮族自治区 → 广西.
    pub fn short_name_zh(&self) -> &str {
        const SUFFIXES: [&str; 6] = [
            "壮族自治区",
            "回族自治区",
            "维吾尔自治区",
            "自治区",
            "省",
            "市",
        ];
        SUFFIXES
            .iter()
            .find_map(|s| self.name_zh.strip_suffix(s))
            .unwrap_or(&self.name_zh)
    }

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
        self.check_refs(path, out);
    }
}

impl Province {
    /// Source references of the typed rules.
    fn check_refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        let c = self;
        let bools = [
            ("leader_also_site_leader", &c.leader_also_site_leader),
            ("site_leader_differs", &c.site_leader_differs),
            ("foreign_individual_allowed", &c.foreign_individual_allowed),
            (
                "personal_names_no_place_names",
                &c.personal_names_no_place_names,
            ),
            ("address_in_document_city", &c.address_in_document_city),
            ("second_contact_required", &c.second_contact_required),
            (
                "leader_mainland_id_required",
                &c.leader_mainland_id_required,
            ),
        ];
        for (name, fact) in bools {
            fact.refs(&format!("{path}.{name}"), out);
        }
        let numbers = [
            ("licence_min_validity_days", &c.licence_min_validity_days),
            ("max_websites_per_order", &c.max_websites_per_order),
            (
                "max_websites_per_order_individual",
                &c.max_websites_per_order_individual,
            ),
        ];
        for (name, fact) in numbers {
            fact.refs(&format!("{path}.{name}"), out);
        }
        let lists = [
            (
                "individual_refused_suffixes",
                &c.individual_refused_suffixes,
            ),
            (
                "public_institution_suffixes",
                &c.public_institution_suffixes,
            ),
            ("government_suffixes", &c.government_suffixes),
        ];
        for (name, fact) in lists {
            fact.refs(&format!("{path}.{name}"), out);
        }
        c.refused_personal_documents
            .refs(&format!("{path}.refused_personal_documents"), out);
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
