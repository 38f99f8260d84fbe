//! The closed value sets of the application format (see docs/application-format.md).
//!
//! Every enum serializes as the snake_case names of the spec. The format may grow new
//! values; it never renames or removes one.

use serde::{Deserialize, Serialize};

macro_rules! value_set {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in files, assets and message ids.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn from_name(name: &str) -> Option<Self> {
                match name { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

value_set!(
    /// Where the wizard resumes.
    Step {
        Province = "province",
        Subject = "subject",
        Websites = "websites",
        Apps = "apps",
        Access = "access",
        Documents = "documents",
        Domains = "domains",
        Countdown = "countdown",
        Watch = "watch",
        Review = "review",
    }
);

value_set!(
    /// The kind of filing subject (主办单位性质).
    SubjectKind {
        Individual = "individual",
        Enterprise = "enterprise",
        Government = "government",
        PublicInstitution = "public_institution",
        SocialOrganization = "social_organization",
        OtherOrganization = "other_organization",
    }
);

impl SubjectKind {
    pub fn is_organization(self) -> bool {
        self != SubjectKind::Individual
    }

    /// State bodies may use national words such as 中国 in website names.
    pub fn is_state_body(self) -> bool {
        matches!(
            self,
            SubjectKind::Government | SubjectKind::PublicInstitution
        )
    }
}

value_set!(
    /// Identity and registration documents.
    CertificateType {
        ResidentId = "resident_id",
        Uscc = "uscc",
        BusinessLicense = "business_license",
        HkMacaoPermit = "hk_macao_permit",
        TaiwanPermit = "taiwan_permit",
        ForeignPermanentResidence = "foreign_permanent_residence",
        Passport = "passport",
        ResidencePermit = "residence_permit",
        Other = "other",
    }
);

value_set!(
    /// Website content categories; several need a pre-approval (前置审批).
    Content {
        General = "general",
        News = "news",
        Publishing = "publishing",
        Education = "education",
        Medical = "medical",
        DrugsDevices = "drugs_devices",
        Culture = "culture",
        RadioTv = "radio_tv",
        Finance = "finance",
        Religion = "religion",
        Games = "games",
        Forum = "forum",
        ECommerce = "e_commerce",
    }
);

value_set!(
    /// Hosting providers icp-tui knows the rules of.
    Provider {
        Alibaba = "alibaba",
        Huawei = "huawei",
        Tencent = "tencent",
        Other = "other",
    }
);

value_set!(
    /// Service types across providers; which ones carry a filing is data in assets/providers.toml.
    ServiceType {
        Ecs = "ecs",
        SimpleApplicationServer = "simple_application_server",
        CloudWebHosting = "cloud_web_hosting",
        Ens = "ens",
        Mall = "mall",
        IotStudio = "iot_studio",
        FlexusX = "flexus_x",
        FlexusL = "flexus_l",
        EnterpriseWebPortal = "enterprise_web_portal",
        Dec = "dec",
        NatGateway = "nat_gateway",
        Cvm = "cvm",
        Lighthouse = "lighthouse",
        Clb = "clb",
        Serverless = "serverless",
        Slb = "slb",
        Oss = "oss",
        Cdn = "cdn",
        Eip = "eip",
        Other = "other",
    }
);

value_set!(
    Billing {
        Subscription = "subscription",
        PayAsYouGo = "pay_as_you_go",
    }
);

value_set!(
    /// Who sent a notice.
    NoticeFrom {
        Provider = "provider",
        Administration = "administration",
    }
);

value_set!(
    /// What kind of app a `[[apps]]` entry is.
    AppKind {
        App = "app",
        MiniProgram = "mini_program",
        QuickApp = "quick_app",
    }
);

value_set!(
    /// The platforms an app is published on.
    Platform {
        Android = "android",
        Ios = "ios",
        Harmonyos = "harmonyos",
        Other = "other",
    }
);

value_set!(
    /// Where a mini-program runs.
    MiniProgramPlatform {
        Wechat = "wechat",
        Alipay = "alipay",
        Douyin = "douyin",
        Baidu = "baidu",
        Other = "other",
    }
);
