//! Every finding code fires on one application and stays silent on its nearest valid
//! neighbour. Each case starts from a fully valid base fixture (tests/data/valid_*.toml,
//! checked as of 2026-11-22 12:00 China time) and changes as little as possible.

use icp_tui::engine::{self, CODES, DeadlineKind, Report, Severity};
use icp_tui::model::{Application, ChecklistEntry, Content, Date, Instant, Platform};
use icp_tui::rules::Rules;

const INDIVIDUAL: &str = include_str!("data/valid_individual.toml");
const ENTERPRISE: &str = include_str!("data/valid_enterprise.toml");

fn now() -> Instant {
    Instant::parse("2026-11-22T12:00:00+08:00").unwrap()
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

/// What "the file system" says about the icon paths the cases use.
fn icon_facts() -> engine::IconFacts {
    use engine::IconFact::{Found, Missing};
    let png = Some("png");
    [
        (
            "icon.png",
            Found {
                len: 50_000,
                image: png,
            },
        ),
        (
            "icon-big.png",
            Found {
                len: 102_401,
                image: png,
            },
        ),
        (
            "icon-edge.png",
            Found {
                len: 102_400,
                image: png,
            },
        ),
        (
            "icon.txt",
            Found {
                len: 10,
                image: None,
            },
        ),
        ("gone.png", Missing),
    ]
    .into_iter()
    .map(|(p, f)| (p.to_string(), f))
    .collect()
}

fn run(app: &Application) -> Report {
    use engine::scans::{FileKind, ScanVerdict};
    let files = engine::FileFacts {
        icons: icon_facts(),
        // The base's ID card scan is there; "scans/gone.jpg" is not.
        scans: [
            ("scans/id.jpg", ScanVerdict::Usable(FileKind::Jpeg)),
            ("scans/gone.jpg", ScanVerdict::Missing),
        ]
        .into_iter()
        .map(|(p, v)| (p.to_string(), v))
        .collect(),
    };
    engine::check_with_files(app, Rules::builtin(), &now(), &files)
}

const APP: &str = include_str!("data/valid_app.toml");

/// Adds the valid app of tests/data/valid_app.toml, its back-end on the first website's domain.
fn with_app(a: &mut Application) -> &mut icp_tui::model::App {
    let mut app = Application::from_toml_str(APP).unwrap().apps.remove(0);
    let domain = a.websites[0].domain.clone().unwrap();
    app.domains = vec![format!("api.{domain}")];
    if a.subject.kind == Some(icp_tui::model::SubjectKind::Individual) {
        app.leader = Default::default();
    }
    a.apps.push(app);
    a.apps.last_mut().unwrap()
}

fn app_number(a: &mut Application, number: &str) {
    with_app(a);
    a.progress.app_numbers = vec![number.to_string()];
}

#[derive(Clone, Copy)]
enum Base {
    I,
    E,
}

type Edit = fn(&mut Application);

struct Case {
    code: &'static str,
    base: Base,
    bad: Edit,
    good: Edit,
}

fn base(b: Base) -> Application {
    Application::from_toml_str(match b {
        Base::I => INDIVIDUAL,
        Base::E => ENTERPRISE,
    })
    .unwrap()
}

fn no_edit(_: &mut Application) {}

macro_rules! case {
    ($code:literal, $base:ident, |$a:ident| $bad:expr, |$b:ident| $good:expr) => {
        Case {
            code: $code,
            base: Base::$base,
            bad: |$a: &mut Application| {
                $bad;
            },
            good: |$b: &mut Application| {
                $good;
            },
        }
    };
}

#[path = "engine_findings/people.rs"]
mod people;

fn cases() -> Vec<Case> {
    let mut cases = own_cases();
    cases.extend(people::cases());
    cases
}

fn own_cases() -> Vec<Case> {
    vec![
        // subject.rs
        case!(
            "PROVINCE_UNKNOWN",
            I,
            |a| a.subject.province = s("hong_kong"),
            |a| a.subject.province = s("11")
        ),
        case!(
            "CERTIFICATE_TYPE_MISMATCH",
            E,
            |a| a.subject.certificate_type = Some(icp_tui::model::CertificateType::Passport),
            |a| a.subject.certificate_type = Some(icp_tui::model::CertificateType::BusinessLicense)
        ),
        case!(
            "ID_FORMAT",
            E,
            |a| a.websites[1].leader.id_number = s("12011019921201007"),
            |a| no_edit(a)
        ),
        case!(
            "ID_CHECKSUM",
            E,
            |a| a.websites[1].leader.id_number = s("120110199212010073"),
            |a| no_edit(a)
        ),
        case!(
            "ID_BIRTHDATE",
            E,
            |a| a.websites[1].leader.id_number = s("110105209901010012"),
            |a| no_edit(a)
        ),
        case!(
            "ID_PROVINCE",
            E,
            |a| a.websites[1].leader.id_number = s("990426199112010074"),
            |a| no_edit(a)
        ),
        case!(
            "ID_LEGACY_15",
            E,
            |a| a.websites[1].leader.id_number = s("110105491231002"),
            |a| a.websites[1].leader.id_number = s("11010519491231002X")
        ),
        case!(
            "ID_EXPIRED",
            E,
            |a| a.websites[1].leader.id_expires = Some(d("2026-11-21")),
            |a| a.websites[1].leader.id_expires = Some(d("2027-02-20"))
        ),
        case!(
            "ID_EXPIRES_SOON",
            E,
            |a| a.websites[1].leader.id_expires = Some(d("2027-02-19")),
            |a| a.websites[1].leader.id_expires = Some(d("2027-02-20"))
        ),
        case!(
            "USCC_FORMAT",
            E,
            |a| a.subject.certificate_number = s("9111000060003734"),
            |a| no_edit(a)
        ),
        case!(
            "USCC_CHECKSUM",
            E,
            |a| a.subject.certificate_number = s("91110000600037341N"),
            |a| no_edit(a)
        ),
        case!(
            "SUBJECT_PROVINCE_MISMATCH",
            E,
            |a| a.subject.certificate_number = s("91310115MA1K3BTP2B"),
            |a| {
                a.subject.certificate_number = s("91310115MA1K3BTP2B");
                relocate(a, "shanghai")
            }
        ),
        case!("SUBJECT_NONLOCAL", I, |a| relocate(a, "shanghai"), |a| {
            relocate(a, "shanghai");
            a.subject.residence_permit = Some(true)
        }),
        case!(
            "NONLOCAL_REFUSED",
            I,
            |a| {
                relocate(a, "shanxi");
                a.subject.residence_permit = Some(true)
            },
            |a| {
                relocate(a, "shanghai");
                a.subject.residence_permit = Some(true)
            }
        ),
        case!(
            "LEADER_UNDERAGE",
            I,
            |a| set_individual_id(a, "guangdong", "44011320141005001X"),
            |a| set_individual_id(a, "guangdong", "440308199901101512")
        ),
        case!(
            "LEADER_NOT_LEGAL_REP",
            E,
            |a| a.subject.leader.is_legal_representative = Some(false),
            |a| no_edit(a)
        ),
        case!(
            "INDIVIDUAL_LEADER_NOT_SELF",
            I,
            |a| a.subject.leader.name = s("李四"),
            |a| a.subject.leader.name = s("张 三")
        ),
        // contacts.rs
        case!(
            "MOBILE_FORMAT",
            I,
            |a| a.subject.leader.mobile = s("12345678901"),
            |a| a.subject.leader.mobile = s("+86 138 0013 8000")
        ),
        case!(
            "EMAIL_FORMAT",
            I,
            |a| a.subject.leader.email = s("zhang@@example.cn"),
            |a| a.subject.leader.email = s("Zhang@Example.cn")
        ),
        case!(
            "PHONE_FORMAT",
            E,
            |a| a.websites[1].leader.phone = s("12345"),
            |a| a.websites[1].leader.phone = s("010 1234 5678")
        ),
        case!(
            "MOBILE_SHARED",
            E,
            |a| a.websites[1].leader.mobile = s("+8613912345678"),
            |a| no_edit(a)
        ),
        case!(
            "EMAIL_SHARED",
            E,
            |a| a.websites[1].leader.email = s("LI@xinghe.cn"),
            |a| no_edit(a)
        ),
        // websites.rs
        case!(
            "WEBSITE_NAME_RULE",
            I,
            |a| a.websites[0].name = s("12345678"),
            |a| a.websites[0].name = s("山间随笔集2")
        ),
        case!(
            "WEBSITE_NAME_ADVICE",
            I,
            |a| a.websites[0].name = s("山间随笔网站"),
            |a| a.websites[0].name = s("山间随笔集")
        ),
        case!(
            "CONTENT_PRE_APPROVAL",
            E,
            |a| a.websites[0].content.push(icp_tui::model::Content::News),
            |a| {
                a.websites[0].content.push(icp_tui::model::Content::News);
                a.websites[0]
                    .pre_approvals
                    .push(icp_tui::model::Content::News)
            }
        ),
        case!(
            "INDIVIDUAL_NOT_ALLOWED_CONTENT",
            I,
            |a| a.websites[0].content = vec![icp_tui::model::Content::Forum],
            |a| no_edit(a)
        ),
        // domains.rs
        case!(
            "DOMAIN_SYNTAX",
            I,
            |a| a.websites[0].domain = s("exa_mple.cn"),
            |a| a.websites[0].domain = s("EXAMPLE.cn.")
        ),
        case!(
            "DOMAIN_URL_GIVEN",
            I,
            |a| a.websites[0].domain = s("https://example.cn/"),
            |a| no_edit(a)
        ),
        case!(
            "DOMAIN_SUBDOMAIN",
            I,
            |a| a.websites[0].domain = s("www.example.cn"),
            |a| no_edit(a)
        ),
        case!(
            "DOMAIN_TLD_NOT_APPROVED",
            I,
            |a| set_domain(a, "example.io"),
            |a| set_domain(a, "example.top")
        ),
        case!(
            "DOMAIN_TLD_UNCONFIRMED",
            I,
            |a| set_domain(a, "example.gs.cn"),
            |a| set_domain(a, "example.gd.cn")
        ),
        case!(
            "DOMAIN_NOT_VERIFIED",
            I,
            |a| a.websites[0].registration.real_name_verified = Some(false),
            |a| no_edit(a)
        ),
        case!(
            "DOMAIN_REGISTRANT_MISMATCH",
            I,
            |a| a.websites[0].registration.registrant = s("李四"),
            |a| no_edit(a)
        ),
        case!(
            "DOMAIN_REGISTRANT_LEGAL_REP_REFUSED",
            E,
            |a| legal_rep_holds_domain(a, "ningxia"),
            |a| legal_rep_holds_domain(a, "beijing")
        ),
        case!(
            "DOMAIN_REGISTRANT_LEGAL_REP_UNCONFIRMED",
            E,
            |a| legal_rep_holds_domain(a, "shanxi"),
            |a| legal_rep_holds_domain(a, "beijing")
        ),
        case!(
            "DOMAIN_REGISTRANT_FORM",
            E,
            |a| a.websites[0].registration.registrant = s("北京星河科技 有限公司"),
            |a| no_edit(a)
        ),
        case!(
            "DOMAIN_EXPIRED",
            I,
            |a| a.websites[0].registration.expires = Some(d("2026-11-21")),
            |a| a.websites[0].registration.expires = Some(d("2027-02-20"))
        ),
        case!(
            "DOMAIN_EXPIRES_SOON",
            I,
            |a| a.websites[0].registration.expires = Some(d("2027-02-19")),
            |a| a.websites[0].registration.expires = Some(d("2027-02-20"))
        ),
        case!(
            "DOMAIN_SEVERAL",
            I,
            |a| a.websites[0].domain = s("example.cn, example.com.cn"),
            |a| no_edit(a)
        ),
        case!(
            "HOMEPAGE_OTHER_DOMAIN",
            I,
            |a| a.websites[0].homepage = s("https://www.other.cn/"),
            |a| a.websites[0].homepage = s("https://blog.example.cn/index.html")
        ),
        case!(
            "DOMAIN_DUPLICATE",
            E,
            |a| a.websites[1].domain = s("XINGHE.com.cn"),
            |a| no_edit(a)
        ),
        case!(
            "DOMAIN_REALNAME_TOO_RECENT",
            I,
            |a| a.websites[0].registration.verified_on = Some(d("2026-11-20")),
            |a| a.websites[0].registration.verified_on = Some(d("2026-11-17"))
        ),
        case!(
            "REGISTRAR_NOT_APPROVED",
            I,
            |a| a.websites[0].registration.registrar = s("GoDaddy.com, LLC"),
            |a| a.websites[0].registration.registrar = s("阿里云计算有限公司（万网）")
        ),
        case!(
            "REGISTRAR_UNKNOWN",
            I,
            |a| a.websites[0].registration.registrar = s("Example Registrar Co."),
            |a| a.websites[0].registration.registrar = s("West.cn")
        ),
        // readiness.rs
        case!(
            "APPLICATION_INCOMPLETE",
            E,
            |a| a.websites[1].leader.email = None,
            |a| a.websites[1].leader.phone = None
        ),
        // access.rs
        case!(
            "ACCESS_REGION_NOT_MAINLAND",
            I,
            |a| a.access.region = s("cn-hongkong"),
            |a| a.access.region = s("CN-Beijing")
        ),
        case!(
            "ACCESS_REGION_UNKNOWN",
            I,
            |a| a.access.region = s("cn-atlantis"),
            |a| no_edit(a)
        ),
        case!(
            "ACCESS_SERVICE_UNKNOWN",
            I,
            |a| a.access.service_type = Some(icp_tui::model::ServiceType::Cvm),
            |a| no_edit(a)
        ),
        case!(
            "ACCESS_SERVICE_NOT_ELIGIBLE",
            I,
            |a| a.access.service_type = Some(icp_tui::model::ServiceType::Oss),
            |a| a.access.service_type = Some(icp_tui::model::ServiceType::SimpleApplicationServer)
        ),
        case!(
            "ACCESS_PAY_AS_YOU_GO",
            I,
            |a| a.access.billing = Some(icp_tui::model::Billing::PayAsYouGo),
            |a| no_edit(a)
        ),
        case!(
            "ACCESS_SUBSCRIPTION_TOO_SHORT",
            I,
            |a| a.access.subscription_end = Some(d("2027-01-31")),
            |a| a.access.subscription_end = Some(d("2027-02-01"))
        ),
        case!(
            "ACCESS_REMAINING_TOO_SHORT",
            E,
            |a| set_term(a, "2026-09-01", "2026-12-21"),
            |a| set_term(a, "2026-09-01", "2026-12-22")
        ),
        case!(
            "ACCESS_CODES_EXHAUSTED",
            I,
            |a| a.access.service_codes_used = Some(5),
            |a| a.access.service_codes_used = Some(4)
        ),
        case!("ACCESS_ORDER_TOO_SMALL", I, |a| iot_order(a, 99), |a| {
            iot_order(a, 100)
        }),
        case!(
            "ACCESS_EXPIRED",
            I,
            |a| set_term(a, "2026-08-01", "2026-11-21"),
            |a| set_term(a, "2026-08-01", "2026-12-22")
        ),
        case!(
            "ACCESS_EXPIRES_SOON",
            I,
            |a| set_term(a, "2026-09-01", "2026-12-21"),
            |a| set_term(a, "2026-09-01", "2026-12-22")
        ),
        // progress.rs
        case!(
            "SMS_VERIFICATION_DUE",
            I,
            |a| a.progress.sms_requested = Instant::parse("2026-11-22T08:00:00+08:00"),
            |a| {
                a.progress.sms_requested = Instant::parse("2026-11-22T08:00:00+08:00");
                a.progress.sms_verified = Instant::parse("2026-11-22T09:00:00+08:00")
            }
        ),
        case!(
            "SMS_VERIFICATION_EXPIRED",
            I,
            |a| a.progress.sms_requested = Instant::parse("2026-11-21T11:59:59+08:00"),
            |a| a.progress.sms_requested = Instant::parse("2026-11-21T04:00:01Z")
        ),
        case!(
            "PSB_FILING_DUE",
            I,
            |a| a.progress.site_opened = Some(d("2026-11-01")),
            |a| {
                a.progress.site_opened = Some(d("2026-11-01"));
                a.progress.psb_filed = Some(d("2026-11-10"))
            }
        ),
        case!(
            "PSB_FILING_OVERDUE",
            I,
            |a| a.progress.site_opened = Some(d("2026-10-22")),
            |a| a.progress.site_opened = Some(d("2026-10-23"))
        ),
        case!(
            "PROGRESS_ORDER",
            I,
            |a| {
                a.progress.submitted = Instant::parse("2026-11-10T10:00:00+08:00");
                a.progress.provider_approved = Some(d("2026-11-09"))
            },
            |a| {
                a.progress.submitted = Instant::parse("2026-11-10T10:00:00+08:00");
                a.progress.provider_approved = Some(d("2026-11-10"))
            }
        ),
        case!(
            "SITE_OPENED_BEFORE_APPROVAL",
            I,
            |a| {
                a.progress.approved = Some(d("2026-11-12"));
                a.progress.site_opened = Some(d("2026-11-11"))
            },
            |a| {
                a.progress.approved = Some(d("2026-11-12"));
                a.progress.site_opened = Some(d("2026-11-12"))
            }
        ),
        case!(
            "ICP_NUMBER_FORMAT",
            I,
            |a| a.progress.icp_number = s("京ICP2026012345号"),
            |a| a.progress.icp_number = s("京ICP备2026012345号-1")
        ),
        case!(
            "ICP_NUMBER_PROVINCE",
            I,
            |a| a.progress.icp_number = s("沪ICP备2026012345号"),
            |a| a.progress.icp_number = s("京ICP备2026012345号")
        ),
        case!(
            "PSB_NUMBER_FORMAT",
            I,
            |a| a.progress.psb_number = s("京公网安备1101050203号"),
            |a| a.progress.psb_number = s("京公网安备11010502030143号")
        ),
        case!(
            "PSB_NUMBER_PROVINCE",
            I,
            |a| a.progress.psb_number = s("沪公网安备31010502030143号"),
            |a| a.progress.psb_number = s("京公网安备11010502030143号")
        ),
        // apps.rs
        case!(
            "APP_NAME_INCONSISTENT",
            E,
            |a| with_app(a).name = s("星河笔记 安卓版"),
            |a| with_app(a).name = s("星河笔记")
        ),
        case!(
            "APP_NAME_RULE",
            E,
            |a| with_app(a).name = s("免费星河笔记"),
            |a| with_app(a).name = s("星河笔记本")
        ),
        case!(
            "APP_SIGNATURE_FORMAT",
            E,
            |a| with_app(a).android.signature_md5 = s(SHA1),
            |a| with_app(a).android.signature_md5 = s(MD5)
        ),
        case!(
            "APP_IOS_MD5_GIVEN",
            E,
            |a| with_app(a).ios.signature_sha1 = s(MD5),
            |a| with_app(a).ios.signature_sha1 = s(SHA1)
        ),
        case!(
            "APP_PACKAGE_FORMAT",
            E,
            |a| with_app(a).android.package = s("notes"),
            |a| with_app(a).android.package = s("cn.xinghe.notes2")
        ),
        case!(
            "APP_PLATFORM_DATA_MISSING",
            E,
            |a| with_app(a).android.public_key = None,
            |a| with_app(a)
        ),
        case!(
            "APP_PLATFORM_NOT_LISTED",
            E,
            |a| with_app(a).platforms.retain(|p| *p == Platform::Android),
            |a| {
                let app = with_app(a);
                app.platforms.retain(|p| *p == Platform::Android);
                app.ios = Default::default();
            }
        ),
        case!(
            "APP_MINI_PROGRAM_ID_FORMAT",
            E,
            |a| mini_program(a, "gh_0123456789ab"),
            |a| mini_program(a, "wx1234567890abcdef")
        ),
        case!(
            "APP_ICON_TOO_LARGE",
            E,
            |a| with_app(a).icon = s("icon-big.png"),
            |a| with_app(a).icon = s("icon-edge.png")
        ),
        case!(
            "APP_ICON_NOT_IMAGE",
            E,
            |a| with_app(a).icon = s("icon.txt"),
            |a| with_app(a).icon = s("icon.png")
        ),
        case!(
            "APP_ICON_UNCHECKED",
            E,
            |a| with_app(a).icon = s("gone.png"),
            |a| with_app(a).icon = s("icon.png")
        ),
        case!(
            "APP_CONTENT_PRE_APPROVAL",
            E,
            |a| with_app(a).content = vec![Content::News],
            |a| {
                let app = with_app(a);
                app.content = vec![Content::News];
                app.pre_approvals = vec![Content::News];
            }
        ),
        case!(
            "APP_INDIVIDUAL_NOT_ALLOWED_CONTENT",
            I,
            |a| with_app(a).content = vec![Content::News],
            |a| with_app(a).content = vec![Content::General]
        ),
        case!(
            "APP_DOMAIN_SYNTAX",
            E,
            |a| with_app(a).domains = vec!["https://api.xinghe.cn/v1".into()],
            |a| with_app(a).domains = vec!["api.xinghe.cn".into()]
        ),
        case!(
            "APP_DOMAIN_NOT_FILED",
            E,
            |a| with_app(a).domains = vec!["api.partner.cn".into()],
            |a| {
                let app = with_app(a);
                app.domains = vec!["api.partner.cn".into()];
                app.domain_numbers
                    .insert("partner.cn".into(), "京ICP备2026012345号-3".into());
            }
        ),
        case!(
            "APP_NUMBER_FORMAT",
            E,
            |a| app_number(a, "京ICP备2026号-2A"),
            |a| app_number(a, "京ICP备2026012345号-2A")
        ),
        case!(
            "APP_NUMBER_NOT_APP",
            E,
            |a| app_number(a, "京ICP备2026012345号-2"),
            |a| app_number(a, "京ICP备2026012345号-2K")
        ),
        case!(
            "APP_NUMBER_PROVINCE",
            E,
            |a| app_number(a, "沪ICP备2026012345号-2A"),
            |a| app_number(a, "京ICP备2026012345号-2A")
        ),
        case!(
            "APP_NUMBER_SUBJECT",
            E,
            |a| {
                a.progress.icp_number = s("京ICP备2026012345号");
                app_number(a, "京ICP备2026099999号-2A")
            },
            |a| {
                a.progress.icp_number = s("京ICP备2026012345号");
                app_number(a, "京ICP备2026012345号-2A")
            }
        ),
        case!(
            "APP_NUMBER_DISPLAY",
            E,
            |a| app_number(a, "京ICP备2026012345号-2X"),
            |a| with_app(a)
        ),
        // checklist.rs
        case!(
            "CHECKLIST_INCOMPLETE",
            I,
            |a| a.checklist.remove("authenticity_statement"),
            |a| no_edit(a)
        ),
        // notices.rs and changes.rs (now is 2026-11-22)
        case!(
            "NOTICE_DUE",
            I,
            |a| a
                .notices
                .push(notice("2026-11-20", Some("2026-11-29"), None)),
            |a| a
                .notices
                .push(notice("2026-11-20", Some("2026-11-30"), None))
        ),
        case!(
            "NOTICE_OVERDUE",
            I,
            |a| a
                .notices
                .push(notice("2026-11-14", Some("2026-11-21"), None)),
            |a| a
                .notices
                .push(notice("2026-11-14", Some("2026-11-21"), Some("2026-11-20")))
        ),
        case!(
            "NOTICE_NO_DEADLINE",
            I,
            |a| a.notices.push(notice("2026-11-20", None, None)),
            |a| a
                .notices
                .push(notice("2026-11-20", None, Some("2026-11-21")))
        ),
        case!(
            "NOTICE_DATES_ORDER",
            I,
            |a| a
                .notices
                .push(notice("2026-11-20", Some("2026-11-19"), Some("2026-11-21"))),
            |a| a
                .notices
                .push(notice("2026-11-20", Some("2026-11-20"), Some("2026-11-20")))
        ),
        case!(
            "CHANGE_FILING_DUE",
            I,
            |a| a.changes.push(change("2026-12-21", None)),
            |a| a.changes.push(change("2026-12-22", None))
        ),
        case!(
            "CHANGE_NOT_FILED",
            I,
            |a| a.changes.push(change("2026-11-21", None)),
            |a| a.changes.push(change("2026-11-21", Some("2026-10-20")))
        ),
        case!(
            "CHECKLIST_NOT_REQUIRED",
            I,
            |a| tick(a, "subject.business_license"),
            |a| no_edit(a)
        ),
        case!(
            "CHECKLIST_FILE_UNUSABLE",
            I,
            |a| attach(a, "subject.id_card", "scans/gone.jpg"),
            |a| attach(a, "subject.id_card", "scans/id.jpg")
        ),
        case!(
            "CHECKLIST_UNKNOWN_ENTRY",
            I,
            |a| tick(a, "province.mars.visa"),
            |a| no_edit(a)
        ),
    ]
}

fn notice(received: &str, deadline: Option<&str>, done: Option<&str>) -> icp_tui::model::Notice {
    icp_tui::model::Notice {
        received: Some(d(received)),
        deadline: deadline.map(d),
        about: s("footer number missing"),
        done: done.map(d),
        ..Default::default()
    }
}

fn change(planned: &str, filed: Option<&str>) -> icp_tui::model::Change {
    icp_tui::model::Change {
        what: s("subject.address"),
        planned: Some(d(planned)),
        filed: filed.map(d),
        ..Default::default()
    }
}

const MD5: &str = "A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90";
const SHA1: &str = "0123456789abcdef0123456789abcdef01234567";

fn mini_program(a: &mut Application, app_id: &str) {
    let app = with_app(a);
    app.kind = Some(icp_tui::model::AppKind::MiniProgram);
    app.platforms.clear();
    app.android = Default::default();
    app.ios = Default::default();
    app.mini_program.platform = Some(icp_tui::model::MiniProgramPlatform::Wechat);
    app.mini_program.app_id = s(app_id);
}

fn set_individual_id(a: &mut Application, province: &str, id: &str) {
    relocate(a, province);
    a.subject.certificate_number = s(id);
    a.subject.leader.id_number = s(id);
    a.websites[0].leader.id_number = s(id);
}

/// Files in another province, with a mailing address there.
fn relocate(a: &mut Application, province: &str) {
    a.subject.province = s(province);
    if let Some(p) = Rules::builtin().province(province) {
        a.subject.address = Some(format!("{}某某路1号", p.name_zh));
    }
}

fn set_domain(a: &mut Application, domain: &str) {
    a.websites[0].domain = s(domain);
    a.websites[0].homepage = None;
}

fn set_term(a: &mut Application, start: &str, end: &str) {
    a.access.subscription_start = Some(d(start));
    a.access.subscription_end = Some(d(end));
}

fn iot_order(a: &mut Application, amount: i64) {
    a.access.service_type = Some(icp_tui::model::ServiceType::IotStudio);
    a.access.order_amount_cny = Some(amount);
    a.access.edition = Some("enterprise".to_string());
    // An IoT Studio package gives one service number: none used yet.
    a.access.service_codes_used = Some(0);
}

/// The organization's first domain is registered to its legal representative.
fn legal_rep_holds_domain(a: &mut Application, province: &str) {
    relocate(a, province);
    // The credit code names the province of registration; left unanswered here.
    a.subject.certificate_number = None;
    a.websites[0].registration.registrant = s("李四");
}

/// Ticks `id` with `file` attached.
fn attach(a: &mut Application, id: &str, file: &str) {
    tick(a, id);
    a.checklist.get_mut(id).unwrap().file = Some(file.to_string());
}

fn tick(a: &mut Application, id: &str) {
    a.checklist.insert(
        id.to_string(),
        ChecklistEntry {
            done: true,
            ..ChecklistEntry::default()
        },
    );
}

fn describe(r: &Report) -> Vec<String> {
    r.findings
        .iter()
        .map(|f| format!("{} {:?} {}", f.code, f.severity, f.field))
        .collect()
}

#[test]
fn the_base_fixtures_have_no_findings() {
    for b in [Base::I, Base::E] {
        let r = run(&base(b));
        assert!(r.findings.is_empty(), "{:?}", describe(&r));
    }
}

#[test]
fn every_code_fires_and_its_nearest_valid_neighbour_does_not() {
    let cases = cases();
    for (code, severity) in CODES {
        let case = cases
            .iter()
            .find(|c| c.code == *code)
            .unwrap_or_else(|| panic!("no case for {code}"));
        let mut bad = base(case.base);
        (case.bad)(&mut bad);
        let r = run(&bad);
        let hit = r.findings.iter().find(|f| f.code == *code);
        let hit = hit.unwrap_or_else(|| panic!("{code} did not fire: {:?}", describe(&r)));
        assert_eq!(hit.severity, *severity, "{code}");

        let mut good = base(case.base);
        (case.good)(&mut good);
        let r = run(&good);
        assert!(
            !r.has(code),
            "{code} fired on the valid neighbour: {:?}",
            describe(&r)
        );
        assert_eq!(
            r.count(Severity::Error),
            0,
            "{code}: the valid neighbour has errors: {:?}",
            describe(&r)
        );
    }
    for c in &cases {
        assert!(
            CODES.iter().any(|(code, _)| *code == c.code),
            "case for unlisted code {}",
            c.code
        );
    }
}

#[test]
fn findings_are_sorted_by_severity_then_field() {
    let mut a = base(Base::E);
    a.websites[1].leader.email = s("x@@y");
    a.subject.leader.mobile = s("123");
    a.access.subscription_end = Some(d("2026-12-01"));
    a.checklist.clear();
    let r = run(&a);
    let keys: Vec<_> = r
        .findings
        .iter()
        .map(|f| (f.severity, f.field.clone()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert!(r.findings.len() >= 4);
}

#[test]
fn duplicates_compare_unicode_and_punycode_domains() {
    let mut a = base(Base::E);
    a.websites[0].domain = s("例子.中国");
    a.websites[0].homepage = None;
    a.websites[1].domain = s("XN--fsqu00a.xn--fiqs8s");
    let r = run(&a);
    let dup = r
        .findings
        .iter()
        .find(|f| f.code == "DOMAIN_DUPLICATE")
        .unwrap();
    assert_eq!(dup.field, "websites[1].domain");
}

#[test]
fn unanswered_fields_are_not_findings() {
    let mut a = base(Base::E);
    a.subject.leader = Default::default();
    a.websites[1] = Default::default();
    a.access = Default::default();
    let r = run(&a);
    // Only the readiness finding says that something is missing; no rule is "broken".
    let codes: Vec<&str> = r.findings.iter().map(|f| f.code).collect();
    assert_eq!(codes, ["APPLICATION_INCOMPLETE"], "{:?}", describe(&r));
}

#[test]
fn deadlines_sort_by_due_date_across_a_month_end_and_a_leap_day() {
    let now = Instant::parse("2028-02-28T12:00:00+08:00").unwrap();
    let mut a = base(Base::I);
    a.access.subscription_start = Some(d("2027-12-01"));
    a.access.subscription_end = Some(d("2028-03-01"));
    a.websites[0].registration.expires = Some(d("2028-02-29"));
    a.websites[0].registration.verified_on = Some(d("2028-02-25"));
    a.subject.certificate_expires = Some(d("2028-03-31"));
    a.subject.leader.id_expires = Some(d("2028-03-31"));
    a.websites[0].leader.id_expires = Some(d("2030-01-01"));
    a.progress.sms_requested = Instant::parse("2028-02-28T08:00:00+08:00");
    a.progress.provider_approved = Some(d("2028-02-25"));
    a.progress.site_opened = Some(d("2028-01-31"));
    let r = engine::check(&a, Rules::builtin(), &now);
    let got: Vec<_> = r
        .deadlines
        .iter()
        .map(|x| (x.kind, x.due.to_string(), x.days_left))
        .collect();
    use DeadlineKind::*;
    assert_eq!(
        got,
        vec![
            // Same day: dates without a time first, then by kind.
            (DomainExpiry, "2028-02-29".into(), 1),
            (SmsVerification, "2028-02-29".into(), 1),
            (AccessSubscription, "2028-03-01".into(), 2),
            (PsbFiling, "2028-03-01".into(), 2),
            // 2028-02-25 is a Friday: Mon 28, Tue 29 (leap day), Wed 1 March.
            (RealNameSync, "2028-03-01".into(), 2),
            (AdministrationReview, "2028-03-24".into(), 25),
            (CertificateExpiry, "2028-03-31".into(), 32),
            (LeaderIdExpiry, "2030-01-01".into(), 673),
        ]
    );
    let sms = &r.deadlines[1];
    assert_eq!(
        sms.due_at.as_ref().unwrap().to_string(),
        "2028-02-29T08:00:00+08:00"
    );
}

#[test]
fn past_deadlines_have_negative_days() {
    let mut a = base(Base::I);
    a.access.subscription_end = Some(d("2026-11-20"));
    let r = run(&a);
    let sub = r
        .deadlines
        .iter()
        .find(|x| x.kind == DeadlineKind::AccessSubscription)
        .unwrap();
    assert_eq!(sub.days_left, -2);
}

#[test]
fn open_notices_and_unfiled_changes_are_deadlines_until_closed() {
    let mut a = base(Base::I);
    a.notices
        .push(notice("2026-11-20", Some("2026-11-27"), None));
    a.notices
        .push(notice("2026-11-20", Some("2026-11-25"), Some("2026-11-21")));
    a.changes.push(change("2027-03-01", None));
    a.changes.push(change("2027-04-01", Some("2027-02-01")));
    a.progress.psb_filed = Some(d("2026-11-10"));
    let r = run(&a);
    let got: Vec<_> = r
        .deadlines
        .iter()
        .filter(|x| {
            matches!(
                x.kind,
                DeadlineKind::Notice | DeadlineKind::ChangeFiling | DeadlineKind::PsbBadge
            )
        })
        .map(|x| (x.kind, x.field.as_str(), x.due.to_string(), x.days_left))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                DeadlineKind::Notice,
                "notices[0].deadline",
                "2026-11-27".into(),
                5
            ),
            (
                DeadlineKind::PsbBadge,
                "progress.psb_number",
                "2026-12-10".into(),
                18
            ),
            // 30 days before the planned 2027-03-01.
            (
                DeadlineKind::ChangeFiling,
                "changes[0].filed",
                "2027-01-30".into(),
                69
            ),
        ]
    );
    // The notice's finding names it by what it is about.
    let due = r.findings.iter().find(|f| f.code == "NOTICE_DUE").unwrap();
    assert!(
        due.args
            .contains(&("about", "footer number missing".into()))
    );
}

#[test]
fn the_psb_badge_reminder_ends_when_it_falls_due() {
    let mut a = base(Base::I);
    a.progress.psb_filed = Some(d("2026-10-23"));
    assert!(
        run(&a)
            .deadlines
            .iter()
            .any(|x| x.kind == DeadlineKind::PsbBadge)
    );
    a.progress.psb_filed = Some(d("2026-10-22"));
    assert!(
        !run(&a)
            .deadlines
            .iter()
            .any(|x| x.kind == DeadlineKind::PsbBadge)
    );
}

#[test]
fn the_thresholds_are_data_an_override_can_change() {
    let f = Rules::builtin().figures();
    assert_eq!(f.notice_warning_days.value, 7);
    assert_eq!(f.change_filing_days_ahead.value, 30);
    assert_eq!(f.psb_display_days.value, 30);
    let rules = Rules::with_override(
        "format = \"icp-tui/rules-override\"\nversion = 1\n\
         [figures.notice_warning_days]\nvalue = 10\nsource = [\"MIIT33\"]\nas_of = 2027-01-01\n",
    )
    .unwrap();
    let mut a = base(Base::I);
    a.notices
        .push(notice("2026-11-20", Some("2026-11-30"), None));
    assert!(!run(&a).has("NOTICE_DUE"));
    assert!(engine::check(&a, &rules, &now()).has("NOTICE_DUE"));
}

// --- The tracker's order, the PSB clock, one deadline per document ----------------------

#[test]
fn progress_order_table() {
    // (what, edit, fires)
    let cases: Vec<(&str, Edit, bool)> = vec![
        (
            "approved before submitted",
            |a| {
                a.progress.submitted = Instant::parse("2026-11-20T12:00:00+08:00");
                a.progress.approved = Some(d("2026-11-19"));
            },
            true,
        ),
        (
            "same day",
            |a| {
                a.progress.submitted = Instant::parse("2026-11-20T23:00:00+08:00");
                a.progress.approved = Some(d("2026-11-20"));
            },
            false,
        ),
        (
            "sms answered before it came",
            |a| {
                a.progress.sms_requested = Instant::parse("2026-11-20T16:00:00+08:00");
                a.progress.sms_verified = Instant::parse("2026-11-19T17:00:00+08:00");
            },
            true,
        ),
        (
            "psb before approval",
            |a| {
                a.progress.approved = Some(d("2026-11-20"));
                a.progress.psb_filed = Some(d("2026-11-18"));
            },
            true,
        ),
        (
            "in order",
            |a| {
                a.progress.submitted = Instant::parse("2026-11-01T10:00:00+08:00");
                a.progress.provider_approved = Some(d("2026-11-02"));
                a.progress.sms_requested = Instant::parse("2026-11-02T16:00:00+08:00");
                a.progress.sms_verified = Instant::parse("2026-11-02T17:00:00+08:00");
                a.progress.approved = Some(d("2026-11-15"));
                a.progress.site_opened = Some(d("2026-11-16"));
                a.progress.psb_filed = Some(d("2026-11-18"));
            },
            false,
        ),
    ];
    for (what, edit, fires) in cases {
        let mut a = base(Base::I);
        edit(&mut a);
        assert_eq!(
            run(&a).has("PROGRESS_ORDER"),
            fires,
            "{what}: {:?}",
            describe(&run(&a))
        );
    }
    // Reported at the later field.
    let mut a = base(Base::I);
    a.progress.submitted = Instant::parse("2026-11-20T12:00:00+08:00");
    a.progress.approved = Some(d("2026-11-19"));
    let r = run(&a);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == "PROGRESS_ORDER")
        .unwrap();
    assert_eq!(f.field, "progress.approved");
}

#[test]
fn tencent_counts_the_psb_days_from_approval_others_from_opening() {
    let due = |r: &Report| {
        r.deadlines
            .iter()
            .find(|d| d.kind == DeadlineKind::PsbFiling)
            .map(|d| d.due)
    };
    // Enterprise base: Tencent.
    let mut a = base(Base::E);
    a.progress.approved = Some(d("2026-11-01"));
    a.progress.site_opened = Some(d("2026-11-10"));
    assert_eq!(due(&run(&a)), Some(d("2026-12-01")));
    assert!(run(&a).has("PSB_FILING_DUE"));
    // Approved but not opened: Tencent's clock runs all the same.
    a.progress.site_opened = None;
    assert_eq!(due(&run(&a)), Some(d("2026-12-01")));
    // Individual base: Alibaba, from the opening day; nothing before the site opens.
    let mut a = base(Base::I);
    a.progress.approved = Some(d("2026-11-01"));
    assert_eq!(due(&run(&a)), None);
    a.progress.site_opened = Some(d("2026-11-10"));
    assert_eq!(due(&run(&a)), Some(d("2026-12-10")));
}

#[test]
fn one_identity_document_is_one_deadline() {
    let count = |r: &Report| {
        r.deadlines
            .iter()
            .filter(|d| {
                matches!(
                    d.kind,
                    DeadlineKind::CertificateExpiry | DeadlineKind::LeaderIdExpiry
                )
            })
            .count()
    };
    // An individual: certificate, leader and website leader are one ID card.
    let a = base(Base::I);
    assert_eq!(count(&run(&a)), 1);
    // The nearest case: the website leader is another person.
    let mut b = base(Base::I);
    b.websites[0].leader.name = s("李四");
    b.websites[0].leader.id_number = s("110102199101010078");
    assert_eq!(count(&run(&b)), 2);
    // An enterprise: the licence has no expiry here; 李四 leads the subject and website 1
    // (one card), 王五 website 2.
    let e = base(Base::E);
    assert_eq!(count(&run(&e)), 2);
    // Same number, another date: two readings of the card, both kept.
    let mut c = base(Base::E);
    c.websites[0].leader.id_expires = Some(d("2036-02-01"));
    assert_eq!(count(&run(&c)), 3);
}
