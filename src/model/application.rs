//! The saved model: one application file, exactly as the spec describes it.
//!
//! Every field is optional while an application is prepared. Keys icp-tui does not know
//! are kept in `extra` and written back on save.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::dates::{Date, Instant};
use super::kinds::*;

pub const FORMAT: &str = "icp-tui/application";
pub const VERSION: i64 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Application {
    pub format: String,
    pub version: i64,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default)]
    pub subject: Subject,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub websites: Vec<Website>,
    #[serde(default)]
    pub access: Access,
    #[serde(default)]
    pub progress: Progress,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub checklist: BTreeMap<String, ChecklistEntry>,
    /// Rectification and verification notices (additions of 2026-12).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<Notice>,
    /// Planned changes of filed data (Order 33 Art. 14: filed 30 days ahead).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    /// Apps, mini-programs and quick apps of the same subject.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub apps: Vec<App>,
    #[serde(skip)]
    pub extra: toml::Table,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// An agency's own reference for the client (docs/application-format.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<Instant>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Instant>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<Step>,
    #[serde(skip)]
    pub extra: toml::Table,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Subject {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SubjectKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A province slug (`beijing`) or its two-digit code (`11`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_type: Option<CertificateType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_number: Option<String>,
    /// Absent means long-term (长期) once the certificate number is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_expires: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residence_permit: Option<bool>,
    /// The user's answer: the mailing address is in the city of the identity document,
    /// where the province requires it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_in_document_city: Option<bool>,
    #[serde(default)]
    pub leader: Leader,
    #[serde(skip)]
    pub extra: toml::Table,
}

/// 主体负责人 or 网站负责人.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Leader {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_legal_representative: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_type: Option<CertificateType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_expires: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The user's answer: the mobile is registered in the filing province (no reliable
    /// prefix table can tell; docs/application-format.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile_local: Option<bool>,
    #[serde(skip)]
    pub extra: toml::Table,
}

impl Leader {
    pub fn is_empty(&self) -> bool {
        *self == Leader::default()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Website {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content: Vec<Content>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pre_approvals: Vec<Content>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Leader::is_empty")]
    pub leader: Leader,
    #[serde(default, skip_serializing_if = "Registration::is_empty")]
    pub registration: Registration,
    #[serde(default, skip_serializing_if = "Footer::is_empty")]
    pub footer: Footer,
    #[serde(skip)]
    pub extra: toml::Table,
}

/// What the live homepage must show (Order 33 Art. 13).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Footer {
    /// Where to look; default `https://<domain>/`, then `http://`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip)]
    pub extra: toml::Table,
}

impl Footer {
    pub fn is_empty(&self) -> bool {
        *self == Footer::default()
    }
}

/// What the domain's registrar shows.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Registration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrant: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrar: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub real_name_verified: Option<bool>,
    /// When real-name verification completed: the data needs days to reach the administration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<Date>,
    #[serde(skip)]
    pub extra: toml::Table,
}

impl Registration {
    pub fn is_empty(&self) -> bool {
        *self == Registration::default()
    }
}

/// 接入信息: where the websites are hosted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Access {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<Provider>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_type: Option<ServiceType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<Billing>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_start: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_end: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip: Option<bool>,
    /// The instance's public IP, compared with the domain's DNS by the online checks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_codes_used: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_amount_cny: Option<i64>,
    /// The service as the provider names it, for providers icp-tui has no rules for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(skip)]
    pub extra: toml::Table,
}

/// What has happened, for countdowns and the tracker.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted: Option<Instant>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_approved: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_requested: Option<Instant>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_verified: Option<Instant>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icp_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_opened: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub psb_filed: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub psb_number: Option<String>,
    /// Numbers issued for apps (`-nA`), mini-programs (`-nX`) and quick apps (`-nK`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub app_numbers: Vec<String>,
    #[serde(skip)]
    pub extra: toml::Table,
}

/// A rectification or verification notice (整改通知 / 核查通知).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NoticeFrom>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    /// Absent while the notice is open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Date>,
    #[serde(skip)]
    pub extra: toml::Table,
}

/// A planned change of filed data.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// The dotted field, or free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<Date>,
    /// When the change filing was submitted; absent while not yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filed: Option<Date>,
    #[serde(skip)]
    pub extra: toml::Table,
}

/// A mobile app, mini-program or quick app of the filing subject.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct App {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<AppKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<Platform>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content: Vec<Content>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pre_approvals: Vec<Content>,
    /// Back-end domains the app uses; each needs a filing of this subject.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
    /// ICP numbers of back-end domains filed outside this filing's websites (docs/application-format.md).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub domain_numbers: BTreeMap<String, String>,
    /// Path of the icon file; checked like a scan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    #[serde(default, skip_serializing_if = "AndroidApp::is_empty")]
    pub android: AndroidApp,
    #[serde(default, skip_serializing_if = "IosApp::is_empty")]
    pub ios: IosApp,
    #[serde(default, skip_serializing_if = "HarmonyApp::is_empty")]
    pub harmonyos: HarmonyApp,
    #[serde(default, skip_serializing_if = "MiniProgram::is_empty")]
    pub mini_program: MiniProgram,
    #[serde(default, skip_serializing_if = "Leader::is_empty")]
    pub leader: Leader,
    #[serde(skip)]
    pub extra: toml::Table,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AndroidApp {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
    /// Hex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// MD5 of the signing certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_md5: Option<String>,
    #[serde(skip)]
    pub extra: toml::Table,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IosApp {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// iOS asks for the certificate's SHA-1 in the field titled MD5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_sha1: Option<String>,
    #[serde(skip)]
    pub extra: toml::Table,
}

/// HarmonyOS feature data (docs/application-format.md).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HarmonyApp {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// The signing certificate's fingerprint, hex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    #[serde(skip)]
    pub extra: toml::Table,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MiniProgram {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<MiniProgramPlatform>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    #[serde(skip)]
    pub extra: toml::Table,
}

macro_rules! emptiness {
    ($($t:ty),+) => {$(
        impl $t {
            pub fn is_empty(&self) -> bool {
                *self == <$t>::default()
            }
        }
    )+};
}
emptiness!(AndroidApp, IosApp, HarmonyApp, MiniProgram);

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChecklistEntry {
    #[serde(default)]
    pub done: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip)]
    pub extra: toml::Table,
}

impl Application {
    /// A new, empty application as the TUI creates it.
    pub fn new(title: impl Into<String>, now: Instant) -> Self {
        Application {
            format: FORMAT.to_string(),
            version: VERSION,
            meta: Meta {
                title: Some(title.into()),
                created: Some(now.clone()),
                updated: Some(now),
                step: Some(Step::Province),
                ..Meta::default()
            },
            ..Application::default()
        }
    }

    pub fn title(&self) -> &str {
        self.meta.title.as_deref().unwrap_or_default()
    }

    pub fn step(&self) -> Step {
        self.meta.step.unwrap_or(Step::Province)
    }
}
