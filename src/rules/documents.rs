//! The document checklist rules, with conditions a pure function can evaluate.

use serde::Deserialize;

use super::types::{SourceRef, Sourced, Text, push_refs};
use crate::model::{Content, Date, SubjectKind};

/// Facts about an application that a condition may ask for, beyond kind, province and content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// An individual whose resident ID is from another province.
    Nonlocal,
    /// The entity leader is not the legal representative.
    LeaderNotLegalRep,
    /// A website leader is not the legal representative.
    WebsiteLeaderNotLegalRep,
    /// The filer or a leader is under 18.
    Minor,
    /// An organisation's domain is registered to its legal representative.
    DomainHeldByLegalRep,
    /// The subject already has filed websites.
    HasFiledSites,
    /// A pre-approval document is recorded.
    PreApprovalHeld,
    /// A website's content belongs to a category that needs a pre-approval.
    PreApprovalContent,
    /// The filing province requires the entity leader to be the legal representative, so
    /// no authorisation can stand in for it.
    LegalRepLeaderRequired,
    /// The individual files with a passport.
    PassportHolder,
    /// The individual files with a foreign permanent residence ID card.
    ForeignPermanentResident,
    /// The individual files with a Hong Kong / Macao travel permit (港澳居民来往内地通行证).
    HkMacaoPermitHolder,
    /// The individual files with a Taiwan travel permit (台湾居民来往大陆通行证).
    TaiwanPermitHolder,
    /// The individual files with a Hong Kong, Macao or Taiwan residence permit (港澳台居民居住证).
    HmtResidencePermitHolder,
    /// The filing has an app, mini-program or quick app (`[[apps]]`).
    HasApp,
    /// One of them is an app or quick app (kind answered).
    HasNativeApp,
    /// One of them is a mini-program.
    HasMiniProgram,
}

/// Whether an item is always needed when its condition holds, or only in cases the text explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Required,
    IfApplicable,
}

/// When a document applies. Each non-empty list must match one of its values;
/// `flags` must all hold and `not_flags` must all be absent. Empty means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    #[serde(default)]
    pub subject: Vec<SubjectKind>,
    #[serde(default)]
    pub provinces: Vec<String>,
    #[serde(default)]
    pub content: Vec<Content>,
    #[serde(default)]
    pub flags: Vec<Flag>,
    #[serde(default)]
    pub not_flags: Vec<Flag>,
}

/// What the evaluator knows about an application. `None` = not answered yet.
#[derive(Clone, Copy, Debug, Default)]
pub struct ConditionInput<'a> {
    pub subject: Option<SubjectKind>,
    /// Province slug.
    pub province: Option<&'a str>,
    /// Content of all websites together.
    pub content: &'a [Content],
    pub flags: &'a [Flag],
}

impl Condition {
    /// True when every part of the condition holds. An unanswered kind or province
    /// matches only a condition that does not ask for one.
    pub fn matches(&self, input: &ConditionInput<'_>) -> bool {
        let subject_ok =
            self.subject.is_empty() || input.subject.is_some_and(|s| self.subject.contains(&s));
        let province_ok = self.provinces.is_empty()
            || input
                .province
                .is_some_and(|p| self.provinces.iter().any(|q| q == p));
        let content_ok =
            self.content.is_empty() || input.content.iter().any(|c| self.content.contains(c));
        let flags_ok = self.flags.iter().all(|f| input.flags.contains(f));
        let not_flags_ok = !self.not_flags.iter().any(|f| input.flags.contains(f));
        subject_ok && province_ok && content_ok && flags_ok && not_flags_ok
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentRule {
    /// Stable id, also the key of `[checklist]` in application files.
    pub id: String,
    /// Official Chinese name.
    pub name_zh: String,
    pub name_en: String,
    pub need: Need,
    pub explain: Text,
    pub why: Text,
    pub how: Text,
    pub source: Vec<String>,
    pub as_of: Date,
    #[serde(default)]
    pub when: Condition,
}

impl Sourced for DocumentRule {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        push_refs(out, path, &self.source, self.as_of);
    }
}
