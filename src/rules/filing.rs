//! Nationwide figures and the rules of each content category.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::types::{Fact, SourceRef, Sourced, Text, push_refs};
use crate::model::{Content, Date, Provider};

/// Declares the nationwide figures once, and the all-optional patch an override file uses.
macro_rules! figures {
    ($($(#[$doc:meta])* $name:ident),+ $(,)?) => {
        /// Nationwide numbers; province and provider exceptions live with them.
        #[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Figures {
            $($(#[$doc])* pub $name: Fact<u32>,)+
        }

        /// Any subset of the figures, as an override file gives them.
        #[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct FiguresPatch {
            $(#[serde(default)] pub $name: Option<Fact<u32>>,)+
        }

        impl Figures {
            pub(crate) fn apply(&mut self, patch: FiguresPatch) {
                $(if let Some(f) = patch.$name { self.$name = f; })+
            }
        }

        impl Sourced for Figures {
            fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
                $(self.$name.refs(&format!("{path}.{}", stringify!($name)), out);)+
            }
        }

        impl Sourced for FiguresPatch {
            fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
                $(self.$name.refs(&format!("{path}.{}", stringify!($name)), out);)+
            }
        }
    };
}

figures!(
    /// Hours to answer the MIIT verification text message.
    sms_window_hours,
    /// Wrong entries before the order is returned.
    sms_max_attempts,
    /// Days after the site opens to complete the PSB filing.
    psb_filing_days,
    /// Administration review, working days (province exceptions in provinces.toml).
    admin_review_working_days,
    /// Working days for domain real-name data to reach the MIIT.
    realname_sync_working_days,
    /// Minimum remaining validity of identity documents, days.
    id_min_validity_days,
    /// Minimum remaining domain validity where a province gives no figure, days.
    domain_min_validity_days,
    /// Minimum subscription term of the hosting instance, months.
    min_subscription_months,
    /// Warn when the hosting subscription ends within this many days.
    access_warning_days,
    /// Warn when an open rectification notice falls due within this many days.
    notice_warning_days,
    /// Days before a change of filed data that the change filing is due (Order 33 Art. 14).
    change_filing_days_ahead,
    /// Days after the PSB filing to show its number and badge on the homepage.
    psb_display_days,
);

/// What a content category needs.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentRule {
    pub content: Content,
    pub pre_approval: bool,
    #[serde(default)]
    pub approving_body: Option<Text>,
    /// Whether an individual's filing may carry this content.
    pub individual_allowed: bool,
    #[serde(default)]
    pub note: Option<Text>,
    pub source: Vec<String>,
    pub as_of: Date,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Filing {
    pub figures: Figures,
    /// Typical provider review times, working days.
    #[serde(default)]
    pub provider_review_working_days: BTreeMap<Provider, Fact<u32>>,
    /// Providers that count the PSB filing's 30 days from the ICP approval date (which they
    /// treat as the site's opening date) rather than from the day the site opens.
    #[serde(default)]
    pub psb_clock_from_approval: BTreeMap<Provider, Fact<bool>>,
    #[serde(default, rename = "content")]
    pub contents: Vec<ContentRule>,
}

impl Filing {
    pub fn content(&self, content: Content) -> Option<&ContentRule> {
        self.contents.iter().find(|c| c.content == content)
    }
}

impl Sourced for ContentRule {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        push_refs(out, path, &self.source, self.as_of);
    }
}

impl Sourced for Filing {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        let prefix = |p: &str| {
            if path.is_empty() {
                p.to_string()
            } else {
                format!("{path}.{p}")
            }
        };
        self.figures.refs(&prefix("figures"), out);
        for (provider, fact) in &self.provider_review_working_days {
            fact.refs(
                &prefix(&format!("provider_review_working_days.{provider}")),
                out,
            );
        }
        for (provider, fact) in &self.psb_clock_from_approval {
            fact.refs(&prefix(&format!("psb_clock_from_approval.{provider}")), out);
        }
        for (i, c) in self.contents.iter().enumerate() {
            c.refs(&prefix(&format!("content[{i}]")), out);
        }
    }
}
