//! The facts of the seeds and the dossier (issue 9, part 2) as a table: seed, fact, code.
//! Each row is a case that fires and its nearest case that does not, run through the
//! engine; a few rows also go through the real `icp-tui check --json`.

use std::process::Command;

use icp_tui::engine::{self, Report};
use icp_tui::model::{Application, CertificateType, Instant, Provider, ServiceType, SubjectKind};
use icp_tui::rules::Rules;

const INDIVIDUAL: &str = include_str!("data/valid_individual.toml");
const ENTERPRISE: &str = include_str!("data/valid_enterprise.toml");
const BIN: &str = env!("CARGO_BIN_EXE_icp-tui");

fn now() -> Instant {
    Instant::parse("2026-11-22T12:00:00+08:00").unwrap()
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn individual() -> Application {
    Application::from_toml_str(INDIVIDUAL).unwrap()
}

fn enterprise() -> Application {
    Application::from_toml_str(ENTERPRISE).unwrap()
}

fn run(app: &Application) -> Report {
    engine::check(app, Rules::builtin(), &now())
}

fn codes(r: &Report) -> Vec<&'static str> {
    r.findings.iter().map(|f| f.code).collect()
}

/// Files in another province with an address there (an enterprise's Beijing credit code
/// left unanswered).
fn move_to(a: &mut Application, province: &str) {
    let p = Rules::builtin().province(province).unwrap();
    a.subject.province = s(province);
    a.subject.address = Some(format!("{}某某路1号", p.name_zh));
    if a.subject.kind != Some(SubjectKind::Individual) {
        a.subject.certificate_number = None;
    }
}

fn personal_document(a: &mut Application, t: CertificateType, number: &str) {
    a.subject.certificate_type = Some(t);
    a.subject.certificate_number = s(number);
    for leader in [&mut a.subject.leader, &mut a.websites[0].leader] {
        leader.id_type = Some(t);
        leader.id_number = s(number);
    }
}

type Edit = fn(&mut Application);

struct Row {
    seed: &'static str,
    fact: &'static str,
    code: &'static str,
    base: fn() -> Application,
    /// What both cases start from, after `base`.
    given: Edit,
    fires: Edit,
    silent: Edit,
}

macro_rules! row {
    ($seed:literal, $fact:literal, $code:literal, $base:ident, |$a:ident| $fires:expr, |$b:ident| $silent:expr) => {
        row!(
            $seed,
            $fact,
            $code,
            $base,
            given(|a| no_edit(a)),
            |$a| $fires,
            |$b| $silent
        )
    };
    ($seed:literal, $fact:literal, $code:literal, $base:ident, given(|$g:ident| $given:expr), |$a:ident| $fires:expr, |$b:ident| $silent:expr) => {
        Row {
            seed: $seed,
            fact: $fact,
            code: $code,
            base: $base,
            given: |$g: &mut Application| {
                $given;
            },
            fires: |$a: &mut Application| {
                $fires;
            },
            silent: |$b: &mut Application| {
                $silent;
            },
        }
    };
}

fn rows() -> Vec<Row> {
    vec![
        // Instances (Alibaba first-filing guide and instance check; Huawei constraints).
        row!(
            "Alibaba instance check",
            "a public IP or EIP is required",
            "ACCESS_NO_PUBLIC_IP",
            individual,
            |a| a.access.public_ip = Some(false),
            |a| a.access.public_ip = Some(true)
        ),
        row!(
            "Alibaba instance check",
            "Marketplace order at least CNY 100",
            "ACCESS_ORDER_TOO_SMALL",
            individual,
            |a| mall(a, 99, 0),
            |a| mall(a, 100, 0)
        ),
        row!(
            "Alibaba instance check",
            "Marketplace: at least 3 months",
            "ACCESS_SUBSCRIPTION_TOO_SHORT",
            individual,
            given(|a| mall(a, 100, 0)),
            |a| term(a, "2026-11-01", "2027-01-31"),
            |a| term(a, "2026-11-01", "2027-02-01")
        ),
        row!(
            "Alibaba instance check",
            "Marketplace: up to 2 service numbers",
            "ACCESS_CODES_EXHAUSTED",
            individual,
            |a| mall(a, 100, 2),
            |a| mall(a, 100, 1)
        ),
        row!(
            "Alibaba instance check",
            "IoT Studio: order at least CNY 100",
            "ACCESS_ORDER_TOO_SMALL",
            individual,
            |a| iot(a, 99, Some("enterprise")),
            |a| iot(a, 100, Some("enterprise"))
        ),
        row!(
            "Alibaba instance check",
            "IoT Studio: Enterprise or Ultimate edition only",
            "ACCESS_EDITION_NOT_ELIGIBLE",
            individual,
            |a| iot(a, 100, Some("basic")),
            |a| iot(a, 100, Some("ultimate"))
        ),
        row!(
            "Alibaba instance check",
            "IoT Studio: the edition decides, so an unanswered one is asked",
            "ACCESS_EDITION_UNANSWERED",
            individual,
            |a| iot(a, 100, None),
            |a| iot(a, 100, Some("enterprise"))
        ),
        row!(
            "Alibaba instance check",
            "IoT Studio: one service number",
            "ACCESS_CODES_EXHAUSTED",
            individual,
            given(|a| iot(a, 100, Some("enterprise"))),
            |a| a.access.service_codes_used = Some(1),
            |a| no_edit(a)
        ),
        row!(
            "Alibaba instance check",
            "IoT Studio: mainland regions only",
            "ACCESS_REGION_NOT_MAINLAND",
            individual,
            given(|a| iot(a, 100, Some("enterprise"))),
            |a| a.access.region = s("ap-southeast-1"),
            |a| no_edit(a)
        ),
        row!(
            "Alibaba regions",
            "cn-zhengzhou-jva is mainland",
            "ACCESS_REGION_UNKNOWN",
            individual,
            |a| a.access.region = s("cn-zhengzhou-x"),
            |a| a.access.region = s("cn-zhengzhou-jva")
        ),
        row!(
            "Alibaba regions",
            "finance regions are mainland",
            "ACCESS_REGION_UNKNOWN",
            individual,
            |a| a.access.region = s("cn-hangzhou-fin"),
            |a| a.access.region = s("cn-shanghai-finance-1")
        ),
        row!(
            "Huawei constraints",
            "Enterprise Web Portal at least 3 months",
            "ACCESS_SUBSCRIPTION_TOO_SHORT",
            individual,
            given(|a| huawei(a, ServiceType::EnterpriseWebPortal)),
            |a| term(a, "2026-11-01", "2027-01-31"),
            |a| term(a, "2026-11-01", "2027-02-01")
        ),
        row!(
            "Huawei constraints",
            "NAT gateway at least 3 months",
            "ACCESS_SUBSCRIPTION_TOO_SHORT",
            individual,
            given(|a| huawei(a, ServiceType::NatGateway)),
            |a| term(a, "2026-11-01", "2027-01-31"),
            |a| term(a, "2026-11-01", "2027-02-01")
        ),
        row!(
            "Huawei constraints",
            "DeC at least 1 year",
            "ACCESS_SUBSCRIPTION_TOO_SHORT",
            individual,
            given(|a| huawei(a, ServiceType::Dec)),
            |a| term(a, "2026-11-01", "2027-10-31"),
            |a| term(a, "2026-11-01", "2027-11-01")
        ),
        row!(
            "Huawei constraints",
            "DeC: no sourced code count, so none is enforced",
            "ACCESS_CODES_EXHAUSTED",
            individual,
            |a| {
                huawei(a, ServiceType::Ecs);
                a.access.service_codes_used = Some(5)
            },
            |a| {
                huawei(a, ServiceType::Dec);
                a.access.service_codes_used = Some(5)
            }
        ),
        row!(
            "Huawei regions",
            "cn-east-4 and cn-southwest-3 are mainland",
            "ACCESS_REGION_UNKNOWN",
            individual,
            given(|a| huawei(a, ServiceType::Ecs)),
            |a| a.access.region = s("cn-east-9"),
            |a| a.access.region = s("cn-southwest-3")
        ),
        row!(
            "Tencent regions",
            "ap-taipei is not mainland",
            "ACCESS_REGION_NOT_MAINLAND",
            individual,
            |a| tencent(a, "ap-taipei"),
            |a| tencent(a, "ap-guangzhou")
        ),
        row!(
            "Other providers",
            "JD Cloud, Volcano Engine …: service and region by hand, shown as not checked",
            "ACCESS_PROVIDER_UNCHECKED",
            individual,
            |a| {
                a.access.provider = Some(Provider::Other);
                a.access.service_type = Some(ServiceType::Other);
                a.access.service_name = s("云主机")
            },
            |a| a.access.provider = Some(Provider::Alibaba)
        ),
        // Contacts.
        row!(
            "provinces.toml local_mobile_required",
            "Tianjin wants a local mobile: asked, the number cannot tell",
            "MOBILE_LOCAL_UNCONFIRMED",
            individual,
            given(|a| move_to(a, "tianjin")),
            |a| no_edit(a),
            |a| a.subject.leader.mobile_local = Some(true)
        ),
        row!(
            "provinces.toml local_mobile_required",
            "a mobile from elsewhere is refused",
            "MOBILE_NOT_LOCAL",
            individual,
            given(|a| move_to(a, "jiangsu")),
            |a| a.subject.leader.mobile_local = Some(false),
            |a| a.subject.leader.mobile_local = Some(true)
        ),
        row!(
            "provinces.toml local_mobile_required",
            "Beijing's rule is unknown: nothing is claimed",
            "MOBILE_LOCAL_UNCONFIRMED",
            individual,
            |a| move_to(a, "heilongjiang"),
            |a| move_to(a, "beijing")
        ),
        row!(
            "T-C19 Jiangsu",
            "a second contact is mandatory",
            "SECOND_CONTACT_MISSING",
            individual,
            given(|a| move_to(a, "jiangsu")),
            |a| no_edit(a),
            |a| {
                a.subject.leader.phone = s("025-12345678");
                a.websites[0].leader.phone = s("025-12345678")
            }
        ),
        row!(
            "T-C19 Jiangsu",
            "the individual, their own website leader, is asked once",
            "SECOND_CONTACT_MISSING",
            individual,
            given(|a| move_to(a, "jiangsu")),
            |a| a.websites[0].leader.phone = s("025-12345678"),
            |a| a.subject.leader.phone = s("025-12345678")
        ),
        row!(
            "HW-GJ",
            "the mailing address is in the filing province",
            "ADDRESS_NOT_IN_PROVINCE",
            individual,
            |a| a.subject.address = s("广东省深圳市南山区某某路1号"),
            |a| a.subject.address = s("北京市朝阳区某某路1号")
        ),
        row!(
            "HW-GJ",
            "a city of another province counts as another province",
            "ADDRESS_NOT_IN_PROVINCE",
            individual,
            |a| a.subject.address = s("深圳市南山区某某路1号"),
            |a| a.subject.address = s("朝阳区某某路1号")
        ),
        row!(
            "HW-GJ",
            "an address naming no province or city cannot be placed: '?'",
            "ADDRESS_PROVINCE_UNCONFIRMED",
            individual,
            |a| a.subject.address = s("朝阳区某某路1号"),
            |a| a.subject.address = s("北京朝阳区某某路1号")
        ),
        row!(
            "HW-GJ Henan",
            "mailing and document address in the same city: asked",
            "ADDRESS_CITY_UNCONFIRMED",
            individual,
            given(|a| move_to(a, "henan")),
            |a| no_edit(a),
            |a| a.subject.address_in_document_city = Some(true)
        ),
        row!(
            "HW-GJ Guizhou",
            "an address outside the document's city is refused",
            "ADDRESS_NOT_IN_DOCUMENT_CITY",
            enterprise,
            given(|a| move_to(a, "guizhou")),
            |a| a.subject.address_in_document_city = Some(false),
            |a| a.subject.address_in_document_city = Some(true)
        ),
        // People.
        row!(
            "rules.md §1",
            "a 17-character leader ID is a format error of its own",
            "ID_FORMAT",
            individual,
            |a| a.subject.leader.id_number = s("11010519491231002"),
            |a| no_edit(a)
        ),
        row!(
            "rules.md §1",
            "another valid ID is another person; a mistyped one is not",
            "INDIVIDUAL_LEADER_NOT_SELF",
            individual,
            |a| a.subject.leader.id_number = s("110102199101010078"),
            |a| a.subject.leader.id_number = s("110105194912310021")
        ),
        row!(
            "rules.md §1",
            "the individual's website leader ID is validated too",
            "ID_CHECKSUM",
            individual,
            |a| a.websites[0].leader.id_number = s("110105194912310021"),
            |a| no_edit(a)
        ),
        row!(
            "rules.md §4.3",
            "a typo in a website leader's ID does not make shared contacts",
            "MOBILE_SHARED",
            individual,
            |a| {
                a.websites[0].leader.id_number = s("110102199101010078");
                a.websites[0].leader.name = s("李四")
            },
            |a| a.websites[0].leader.id_number = s("110105194912310021")
        ),
        row!(
            "JD, HW-GJ Hebei",
            "foreigners may not file as individuals",
            "FOREIGN_INDIVIDUAL_REFUSED",
            individual,
            given(|a| move_to(a, "hebei")),
            |a| personal_document(a, CertificateType::Passport, "E12345678"),
            |a| personal_document(a, CertificateType::TaiwanPermit, "12345678")
        ),
        row!(
            "T-C19 Shanghai",
            "HKID and passport refused: permits only",
            "PERSONAL_DOCUMENT_REFUSED",
            individual,
            given(|a| move_to(a, "shanghai")),
            |a| personal_document(a, CertificateType::Passport, "K12345678"),
            |a| personal_document(a, CertificateType::HkMacaoPermit, "H12345678")
        ),
        row!(
            "T-C19 Jiangsu",
            "a leader who is not the legal representative leads every website",
            "LEADER_NOT_SITE_LEADER",
            enterprise,
            given(|a| move_to(a, "jiangsu")),
            |a| a.subject.leader.is_legal_representative = Some(false),
            |a| a.subject.leader.is_legal_representative = Some(true)
        ),
        row!(
            "T-C19 Anhui",
            "the same rule",
            "LEADER_NOT_SITE_LEADER",
            enterprise,
            given(|a| move_to(a, "anhui")),
            |a| a.subject.leader.is_legal_representative = Some(false),
            |a| {
                a.subject.leader.is_legal_representative = Some(false);
                a.websites[1].leader = a.subject.leader.clone()
            }
        ),
        row!(
            "JD Tianjin",
            "the website leader differs from the entity leader",
            "SITE_LEADER_IS_SUBJECT_LEADER",
            enterprise,
            given(|a| move_to(a, "tianjin")),
            |a| no_edit(a),
            |a| a.websites[0].leader = a.websites[1].leader.clone()
        ),
        row!(
            "T-C19 Shanghai",
            "the licence valid more than a year",
            "LICENCE_VALIDITY_SHORT",
            enterprise,
            given(|a| move_to(a, "shanghai")),
            |a| a.subject.certificate_expires = date("2027-06-30"),
            |a| a.subject.certificate_expires = date("2028-06-30")
        ),
        row!(
            "T-C19 Shanghai",
            "elsewhere the nationwide 90 days apply",
            "LICENCE_VALIDITY_SHORT",
            enterprise,
            |a| {
                move_to(a, "shanghai");
                a.subject.certificate_expires = date("2027-06-30")
            },
            |a| {
                move_to(a, "zhejiang");
                a.subject.certificate_expires = date("2027-06-30")
            }
        ),
        // Province rules now typed.
        row!(
            "T-C19 Shanghai",
            "individuals may not file .tv",
            "DOMAIN_SUFFIX_REFUSED_INDIVIDUAL",
            individual,
            |a| {
                move_to(a, "shanghai");
                domain(a, "example.tv")
            },
            |a| {
                move_to(a, "zhejiang");
                domain(a, "example.tv")
            }
        ),
        row!(
            "HW-GJ Shanghai",
            "public institutions on .cn or .公益",
            "DOMAIN_SUFFIX_FOR_KIND",
            enterprise,
            given(|a| move_to(a, "shanghai")),
            |a| {
                a.subject.kind = Some(SubjectKind::PublicInstitution);
                domain(a, "museum.com")
            },
            |a| {
                a.subject.kind = Some(SubjectKind::PublicInstitution);
                domain(a, "museum.公益")
            }
        ),
        row!(
            "HW-POL Hubei",
            "one site per order",
            "ORDER_TOO_MANY_WEBSITES",
            enterprise,
            given(|a| move_to(a, "hubei")),
            |a| no_edit(a),
            |a| a.websites.truncate(1)
        ),
        row!(
            "JD, HW-GJ Hunan",
            "one site per order",
            "ORDER_TOO_MANY_WEBSITES",
            enterprise,
            given(|a| move_to(a, "hunan")),
            |a| no_edit(a),
            |a| a.progress.approved = date("2026-10-01")
        ),
        row!(
            "T-C19 Hainan",
            "an individual's first filing: one domain",
            "ORDER_TOO_MANY_WEBSITES",
            individual,
            |a| {
                move_to(a, "hainan");
                second_site(a)
            },
            |a| {
                move_to(a, "guangdong");
                second_site(a)
            }
        ),
        row!(
            "T-C19 Hainan",
            "no place names in personal site names",
            "WEBSITE_NAME_PLACE",
            individual,
            given(|a| move_to(a, "hainan")),
            |a| a.websites[0].name = s("三亚潜水日志"),
            |a| a.websites[0].name = s("潜水日志集")
        ),
        row!(
            "T-C19 Yunnan",
            "no place names in personal site names",
            "WEBSITE_NAME_PLACE",
            individual,
            |a| {
                move_to(a, "yunnan");
                a.websites[0].name = s("云南山野手记")
            },
            |a| {
                move_to(a, "beijing");
                a.websites[0].name = s("云南山野手记")
            }
        ),
        // Names.
        row!(
            "rules.md §6.2",
            "an individual's site is not named after the person",
            "WEBSITE_NAME_PERSON",
            individual,
            |a| a.websites[0].name = s("张三的摄影集"),
            |a| a.websites[0].name = s("山野摄影集")
        ),
        row!(
            "provinces.md nationwide facts",
            "no organisation words such as 俱乐部 for individuals",
            "WEBSITE_NAME_RULE",
            individual,
            |a| a.websites[0].name = s("山野摄影俱乐部"),
            |a| a.websites[0].name = s("山野摄影集")
        ),
        row!(
            "provinces.md nationwide facts",
            "协会 and 团体 too",
            "WEBSITE_NAME_RULE",
            individual,
            |a| a.websites[0].name = s("山野摄影协会"),
            |a| {
                a.subject.kind = Some(SubjectKind::Enterprise);
                a.websites[0].name = s("山野摄影协会")
            }
        ),
        row!(
            "issue 9",
            "a refused name comes with a compliant one built from it",
            "WEBSITE_NAME_SUGGESTION",
            individual,
            |a| a.websites[0].name = s("张三的摄影俱乐部"),
            |a| a.websites[0].name = s("山野摄影集")
        ),
    ]
}

fn no_edit(_: &mut Application) {}

fn date(v: &str) -> Option<icp_tui::model::Date> {
    Some(icp_tui::model::Date::parse(v).unwrap())
}

fn term(a: &mut Application, start: &str, end: &str) {
    a.access.subscription_start = date(start);
    a.access.subscription_end = date(end);
}

fn mall(a: &mut Application, amount: i64, used: i64) {
    a.access.service_type = Some(ServiceType::Mall);
    a.access.order_amount_cny = Some(amount);
    a.access.service_codes_used = Some(used);
}

fn iot(a: &mut Application, amount: i64, edition: Option<&str>) {
    a.access.service_type = Some(ServiceType::IotStudio);
    a.access.order_amount_cny = Some(amount);
    a.access.service_codes_used = Some(0);
    a.access.edition = edition.map(str::to_string);
}

fn huawei(a: &mut Application, t: ServiceType) {
    a.access.provider = Some(Provider::Huawei);
    a.access.service_type = Some(t);
    a.access.region = s("cn-north-4");
    a.access.service_codes_used = Some(0);
}

fn tencent(a: &mut Application, region: &str) {
    a.access.provider = Some(Provider::Tencent);
    a.access.service_type = Some(ServiceType::Cvm);
    a.access.region = s(region);
}

fn domain(a: &mut Application, d: &str) {
    a.websites[0].domain = s(d);
    a.websites[0].homepage = None;
}

fn second_site(a: &mut Application) {
    let mut site = a.websites[0].clone();
    site.name = s("山间随笔二集");
    site.domain = s("example2.cn");
    site.homepage = None;
    a.websites.push(site);
}

#[test]
fn every_seed_fact_fires_and_its_nearest_case_does_not() {
    let mut failures = Vec::new();
    for r in rows() {
        let mut fires = (r.base)();
        (r.given)(&mut fires);
        (r.fires)(&mut fires);
        let got = codes(&run(&fires));
        if !got.contains(&r.code) {
            failures.push(format!(
                "{} / {}: {} did not fire: {got:?}",
                r.seed, r.fact, r.code
            ));
        }
        let mut silent = (r.base)();
        (r.given)(&mut silent);
        (r.silent)(&mut silent);
        let got = codes(&run(&silent));
        if got.contains(&r.code) {
            failures.push(format!(
                "{} / {}: {} fired on the nearest case: {got:?}",
                r.seed, r.fact, r.code
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn one_typo_gives_one_finding_not_a_cascade() {
    // A 17-character leader ID of an individual: the ID finding, and neither "not the
    // individual" nor shared mobile / e-mail.
    let mut a = individual();
    a.subject.leader.id_number = s("11010519491231002");
    a.websites[0].leader.id_number = s("11010519491231002");
    let got = codes(&run(&a));
    assert!(got.contains(&"ID_FORMAT"), "{got:?}");
    for cascade in [
        "INDIVIDUAL_LEADER_NOT_SELF",
        "MOBILE_SHARED",
        "EMAIL_SHARED",
    ] {
        assert!(!got.contains(&cascade), "{cascade}: {got:?}");
    }
    // Two valid numbers that differ are another person.
    let mut b = individual();
    b.subject.leader.id_number = s("110102199101010078");
    assert!(codes(&run(&b)).contains(&"INDIVIDUAL_LEADER_NOT_SELF"));
}

#[test]
fn one_verdict_on_a_leader_who_must_be_the_legal_representative() {
    // Shanghai: the Subject step's error, and the checklist does not ask for the letter.
    let mut a = enterprise();
    move_to(&mut a, "shanghai");
    a.subject.leader.is_legal_representative = Some(false);
    let r = run(&a);
    assert!(r.has("LEADER_NOT_LEGAL_REP"));
    let items = engine::checklist(&a, Rules::builtin());
    assert!(
        items
            .iter()
            .all(|i| i.id() != "leader.authorization" || !i.required),
        "the authorisation is not asked for where it cannot help"
    );
}

#[test]
fn hong_kong_macao_taiwan_and_foreign_filers_get_their_own_document() {
    let cases = [
        (
            CertificateType::HkMacaoPermit,
            "H12345678",
            "subject.hk_macao_permit",
        ),
        (
            CertificateType::TaiwanPermit,
            "12345678",
            "subject.taiwan_permit",
        ),
        (CertificateType::Passport, "E12345678", "subject.passport"),
    ];
    for (t, number, document) in cases {
        let mut a = individual();
        personal_document(&mut a, t, number);
        let items = engine::checklist(&a, Rules::builtin());
        let required: Vec<&str> = items
            .iter()
            .filter(|i| i.required)
            .map(|i| i.id())
            .collect();
        assert!(required.contains(&document), "{t:?}: {required:?}");
        assert!(
            !required.contains(&"subject.id_card"),
            "{t:?}: {required:?}"
        );
    }
    let items = engine::checklist(&individual(), Rules::builtin());
    assert!(
        items
            .iter()
            .any(|i| i.required && i.id() == "subject.id_card")
    );
}

#[test]
fn an_override_changes_a_typed_province_rule() {
    let block = province_block("hubei").replace(
        "max_websites_per_order = { value = 1,",
        "max_websites_per_order = { value = 2,",
    );
    let text = format!("format = \"icp-tui/rules-override\"\nversion = 1\n\n{block}");
    let rules = Rules::with_override(&text).unwrap();
    let mut a = enterprise();
    move_to(&mut a, "hubei");
    assert!(run(&a).has("ORDER_TOO_MANY_WEBSITES"));
    assert!(!engine::check(&a, &rules, &now()).has("ORDER_TOO_MANY_WEBSITES"));
}

/// One `[[province]]` block of the built-in provinces.toml.
fn province_block(slug: &str) -> String {
    let text = include_str!("../assets/provinces.toml");
    let start = text.find(&format!("slug = \"{slug}\"")).unwrap();
    let start = text[..start].rfind("[[province]]").unwrap();
    let end = text[start + 1..]
        .find("\n[[")
        .map_or(text.len(), |e| start + 1 + e);
    text[start..end].to_string()
}

#[test]
fn the_real_binary_reports_the_same_codes() {
    let dir = tempfile::tempdir().unwrap();
    let mut typo = individual();
    typo.subject.leader.id_number = s("11010519491231002");
    let mut shanghai = enterprise();
    move_to(&mut shanghai, "shanghai");
    shanghai.subject.certificate_expires = date("2027-06-30");
    let mut no_ip = individual();
    no_ip.access.public_ip = Some(false);
    let cases = [
        ("typo.toml", typo, "ID_FORMAT", "INDIVIDUAL_LEADER_NOT_SELF"),
        (
            "shanghai.toml",
            shanghai,
            "LICENCE_VALIDITY_SHORT",
            "ID_EXPIRES_SOON",
        ),
        (
            "no_ip.toml",
            no_ip,
            "ACCESS_NO_PUBLIC_IP",
            "ACCESS_REGION_UNKNOWN",
        ),
    ];
    for (name, app, fires, absent) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, app.to_toml_string()).unwrap();
        let out = Command::new(BIN)
            .args(["check", "--json", "--today", "2026-11-22"])
            .arg(&path)
            .env_clear()
            .env("HOME", dir.path())
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let found: Vec<String> = v["files"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect();
        assert!(found.iter().any(|c| c == fires), "{name}: {found:?}");
        assert!(!found.iter().any(|c| c == absent), "{name}: {found:?}");
    }
}
