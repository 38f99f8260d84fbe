//! Hosting providers: which services carry a filing, on what terms, and where.

use serde::Deserialize;

use super::types::{Conflict, Fact, SourceRef, Sourced, Text, push_refs};
use crate::model::{Billing, Date, Provider, ServiceType};

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderRules {
    pub id: Provider,
    pub name: Text,
    /// What the provider calls the per-instance code (备案服务号 / 备案授权码).
    pub code_name: Text,
    #[serde(default)]
    pub one_subject_per_account: Option<Fact<bool>>,
    pub regions: Regions,
    #[serde(default, rename = "service")]
    pub services: Vec<ServiceRule>,
}

/// Explicit region lists: no prefix rule works (Tencent's mainland ids start with `ap-`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regions {
    pub source: Vec<String>,
    pub as_of: Date,
    #[serde(default)]
    pub mainland: Vec<Region>,
    /// Known regions outside the mainland (Hong Kong included): they cannot carry a filing.
    #[serde(default)]
    pub other: Vec<Region>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub en: String,
    pub zh: String,
}

/// One service type of one provider, with the facts that decide whether it can carry a filing.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceRule {
    #[serde(rename = "type")]
    pub service_type: ServiceType,
    pub name: Text,
    pub eligible: bool,
    /// Why an ineligible service cannot carry a filing.
    #[serde(default)]
    pub why_not: Option<Text>,
    /// Billing modes that may carry a filing.
    #[serde(default)]
    pub billing: Vec<Billing>,
    #[serde(default)]
    pub min_subscription_months: Option<u32>,
    /// Service identification numbers / authorization codes one instance gives.
    #[serde(default)]
    pub codes_per_instance: Option<u32>,
    /// Days the subscription must still run when filing.
    #[serde(default)]
    pub min_remaining_days: Option<u32>,
    #[serde(default)]
    pub min_order_cny: Option<u32>,
    /// Editions that may carry a filing (`enterprise`, `ultimate`); empty = any.
    #[serde(default)]
    pub editions: Vec<String>,
    /// Only a weaker source says it can carry a filing (the provider's own product table
    /// does not list it): the check says "?" instead of passing it.
    #[serde(default)]
    pub eligibility_unconfirmed: bool,
    /// The instance needs a public IP address (most do; the access check says so).
    #[serde(default)]
    pub public_ip_required: Option<bool>,
    #[serde(default)]
    pub note: Option<Text>,
    pub source: Vec<String>,
    pub as_of: Date,
    #[serde(default)]
    pub conflict: Option<Conflict>,
}

impl ProviderRules {
    pub fn service(&self, service_type: ServiceType) -> Option<&ServiceRule> {
        self.services
            .iter()
            .find(|s| s.service_type == service_type)
    }

    /// `Some(true)` mainland, `Some(false)` known non-mainland, `None` a region we do not know.
    pub fn is_mainland_region(&self, region: &str) -> Option<bool> {
        let region = region.trim().to_ascii_lowercase();
        let has = |list: &[Region]| list.iter().any(|r| r.id == region);
        if has(&self.regions.mainland) {
            Some(true)
        } else if has(&self.regions.other) {
            Some(false)
        } else {
            None
        }
    }

    pub fn region(&self, region: &str) -> Option<&Region> {
        let region = region.trim().to_ascii_lowercase();
        self.regions
            .mainland
            .iter()
            .chain(&self.regions.other)
            .find(|r| r.id == region)
    }
}

impl Sourced for ProviderRules {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        self.one_subject_per_account
            .refs(&format!("{path}.one_subject_per_account"), out);
        push_refs(
            out,
            &format!("{path}.regions"),
            &self.regions.source,
            self.regions.as_of,
        );
        for (i, s) in self.services.iter().enumerate() {
            let p = format!("{path}.service[{i}]");
            push_refs(out, &p, &s.source, s.as_of);
            s.conflict.refs(&format!("{p}.conflict"), out);
        }
    }
}
