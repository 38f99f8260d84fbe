use std::collections::{BTreeMap, BTreeSet};

use super::types::{SourceRef, Sourced};
use super::validate::{check_provinces, check_refs};
use super::*;
use crate::model::{Content, SubjectKind};

fn rules() -> &'static Rules {
    Rules::builtin()
}

const FILES: [(&str, &str); 6] = [
    ("provinces.toml", PROVINCES_TOML),
    ("providers.toml", PROVIDERS_TOML),
    ("filing.toml", FILING_TOML),
    ("documents.toml", DOCUMENTS_TOML),
    ("registrars.toml", REGISTRARS_TOML),
    ("holidays.toml", HOLIDAYS_TOML),
];

/// Every source reference of one built-in file, with that file's own `[sources]`.
fn file_refs(name: &str) -> (Vec<SourceRef>, BTreeMap<String, SourceEntry>) {
    let mut out = Vec::new();
    let r = rules();
    match name {
        "provinces.toml" => {
            let f: ProvincesFile = from_toml_with_path(PROVINCES_TOML).unwrap();
            for (i, p) in f.province.iter().enumerate() {
                p.refs(&format!("province[{i}]"), &mut out);
            }
            for (i, d) in f.other_division.iter().enumerate() {
                d.refs(&format!("other_division[{i}]"), &mut out);
            }
            (out, f.sources)
        }
        "providers.toml" => {
            let f: ProvidersFile = from_toml_with_path(PROVIDERS_TOML).unwrap();
            for (i, p) in f.provider.iter().enumerate() {
                p.refs(&format!("provider[{i}]"), &mut out);
            }
            (out, f.sources)
        }
        "filing.toml" => {
            let f: FilingFile = from_toml_with_path(FILING_TOML).unwrap();
            r.filing().refs("", &mut out);
            (out, f.sources)
        }
        "registrars.toml" => {
            let f: RegistrarsFile = from_toml_with_path(REGISTRARS_TOML).unwrap();
            for (i, g) in f.registrar.iter().enumerate() {
                g.refs(&format!("registrar[{i}]"), &mut out);
            }
            (out, f.sources)
        }
        "holidays.toml" => {
            let f: HolidaysFile = from_toml_with_path(HOLIDAYS_TOML).unwrap();
            for (i, y) in f.year.iter().enumerate() {
                y.refs(&format!("year[{i}]"), &mut out);
            }
            (out, f.sources)
        }
        _ => {
            let f: DocumentsFile = from_toml_with_path(DOCUMENTS_TOML).unwrap();
            for (i, d) in f.document.iter().enumerate() {
                d.refs(&format!("document[{i}]"), &mut out);
            }
            (out, f.sources)
        }
    }
}

#[test]
fn builtin_files_declare_their_format() {
    for (name, text) in FILES {
        let value: toml::Table = text.parse().unwrap();
        let stem = name.trim_end_matches(".toml");
        assert_eq!(
            value["format"].as_str(),
            Some(format!("icp-tui/rules-{stem}").as_str()),
            "{name}"
        );
        assert_eq!(value["version"].as_integer(), Some(1), "{name}");
    }
}

#[test]
fn all_31_provinces_with_unique_codes_slugs_and_abbreviations() {
    let r = rules();
    assert_eq!(r.provinces().len(), 31);
    assert_eq!(r.other_divisions().len(), 3);
    let problems = check_provinces(r.provinces(), r.other_divisions(), r.documents());
    assert!(problems.is_empty(), "{problems:?}");
    let psb: BTreeSet<&str> = r.provinces().iter().map(|p| p.psb_abbr.as_str()).collect();
    assert_eq!(psb.len(), 31);
    let pinyin_ok = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase());
    for p in r.provinces() {
        assert!(pinyin_ok(&p.pinyin) && pinyin_ok(&p.initials), "{}", p.slug);
    }
}

#[test]
fn division_codes_cover_all_34() {
    let r = rules();
    let codes = [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
        "65", "71", "81", "82",
    ];
    for code in codes {
        assert!(r.is_division_code(code), "{code}");
    }
    for code in ["00", "10", "83", "99", "4", "440"] {
        assert!(!r.is_division_code(code), "{code}");
    }
}

#[test]
fn every_fact_cites_a_source_of_its_own_file() {
    for (name, _) in FILES {
        let (refs, sources) = file_refs(name);
        assert!(!refs.is_empty(), "{name}");
        let problems = check_refs(&refs, &sources);
        assert!(problems.is_empty(), "{name}: {problems:?}");
        let used: BTreeSet<&str> = refs.iter().filter_map(|r| r.key.as_deref()).collect();
        for key in sources.keys() {
            assert!(
                used.contains(key.as_str()),
                "{name}: source {key} is never cited"
            );
        }
    }
}

#[test]
fn every_as_of_is_the_date_of_the_newest_source_cited() {
    for (name, _) in FILES {
        let (refs, sources) = file_refs(name);
        let mut newest: BTreeMap<&str, (crate::model::Date, crate::model::Date)> = BTreeMap::new();
        for r in &refs {
            let date = sources[r.key.as_deref().unwrap()].date;
            let entry = newest.entry(&r.field).or_insert((date, r.as_of));
            entry.0 = entry.0.max(date);
        }
        for (field, (date, as_of)) in newest {
            assert_eq!(date, as_of, "{name}: {field}");
        }
    }
}

#[test]
fn sources_shared_between_files_agree() {
    let mut seen: BTreeMap<String, SourceEntry> = BTreeMap::new();
    for (name, _) in FILES {
        for (key, entry) in file_refs(name).1 {
            if let Some(other) = seen.insert(key.clone(), entry.clone()) {
                assert_eq!(other, entry, "{key} differs in {name}");
            }
        }
    }
}

/// Walks raw TOML so the check does not depend on the typed structs.
fn strings_under(value: &toml::Value, key: &str, out: &mut Vec<String>) {
    match value {
        toml::Value::Table(t) => {
            for (k, v) in t {
                if k == key {
                    match v {
                        toml::Value::String(s) => out.push(s.clone()),
                        toml::Value::Array(a) => {
                            out.extend(a.iter().filter_map(|x| x.as_str().map(String::from)))
                        }
                        _ => {}
                    }
                }
                strings_under(v, key, out);
            }
        }
        toml::Value::Array(a) => a.iter().for_each(|v| strings_under(v, key, out)),
        _ => {}
    }
}

#[test]
fn model_names_used_in_assets_exist() {
    let providers: toml::Value = PROVIDERS_TOML.parse::<toml::Table>().unwrap().into();
    let mut names = Vec::new();
    strings_under(&providers, "type", &mut names);
    assert!(names.len() > 20);
    for n in &names {
        assert!(ServiceType::from_name(n).is_some(), "service type {n}");
    }
    names.clear();
    strings_under(&providers, "billing", &mut names);
    for n in &names {
        assert!(crate::model::Billing::from_name(n).is_some(), "billing {n}");
    }
    names.clear();
    strings_under(&providers, "id", &mut names);
    let providers_named = names
        .iter()
        .filter(|n| Provider::from_name(n).is_some())
        .count();
    assert_eq!(providers_named, Provider::ALL.len());

    for text in [FILING_TOML, DOCUMENTS_TOML] {
        let value: toml::Value = text.parse::<toml::Table>().unwrap().into();
        let mut names = Vec::new();
        strings_under(&value, "content", &mut names);
        assert!(!names.is_empty());
        for n in &names {
            assert!(Content::from_name(n).is_some(), "content {n}");
        }
        names.clear();
        strings_under(&value, "subject", &mut names);
        for n in &names {
            assert!(SubjectKind::from_name(n).is_some(), "subject kind {n}");
        }
    }
}

#[test]
fn every_content_category_has_a_rule_and_pre_approvals_have_documents() {
    let r = rules();
    for &c in Content::ALL {
        let rule = r.filing().content(c).unwrap_or_else(|| panic!("{c}"));
        if rule.pre_approval {
            assert!(rule.approving_body.is_some(), "{c}");
            assert!(!rule.individual_allowed, "{c}");
            assert!(r.document(&format!("pre_approval.{c}")).is_some(), "{c}");
        }
    }
    assert!(
        !r.filing()
            .content(Content::Forum)
            .unwrap()
            .individual_allowed
    );
    assert!(
        !r.filing()
            .content(Content::ECommerce)
            .unwrap()
            .individual_allowed
    );
    assert!(
        r.filing()
            .content(Content::General)
            .unwrap()
            .individual_allowed
    );
}

#[test]
fn document_ids_are_unique_and_province_extras_point_at_matching_documents() {
    let r = rules();
    let ids: BTreeSet<&str> = r.documents().iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids.len(), r.documents().len());
    for p in r.provinces() {
        for extra in &p.extra_documents {
            let doc = r.document(&extra.id).unwrap();
            let provinces = &doc.when.provinces;
            assert!(
                provinces.is_empty() || provinces.contains(&p.slug),
                "{} not in the condition of {}",
                p.slug,
                extra.id
            );
        }
    }
    for d in r.documents() {
        for slug in &d.when.provinces {
            assert!(r.province(slug).is_some(), "{}: {slug}", d.id);
        }
    }
}

#[test]
fn province_lookups() {
    let r = rules();
    assert_eq!(r.province("44").unwrap().slug, "guangdong");
    assert_eq!(r.province("Guangdong").unwrap().code, "44");
    assert_eq!(r.province_by_code("65").unwrap().slug, "xinjiang");
    assert!(r.province("71").is_none());
    for (abbr, slug) in [
        ("蜀", "sichuan"),
        ("川", "sichuan"),
        ("黔", "guizhou"),
        ("贵", "guizhou"),
    ] {
        assert_eq!(r.province_by_abbr(abbr).unwrap().slug, slug, "{abbr}");
    }
    assert_eq!(r.province_by_abbr("陇").unwrap().slug, "gansu");
    assert_eq!(r.province_by_abbr("甘").unwrap().slug, "gansu");
    assert_eq!(r.province_by_abbr("粤").unwrap().slug, "guangdong");
    assert!(r.province_by_abbr("港").is_none());
    assert_eq!(r.province_by_psb_abbr("川").unwrap().slug, "sichuan");
    assert_eq!(r.province("sichuan").unwrap().icp_abbr, "蜀");
}

#[test]
fn province_facts() {
    let r = rules();
    for slug in ["ningxia", "xinjiang", "tibet"] {
        let p = r.province(slug).unwrap();
        assert_eq!(p.accepts_legal_rep_as_registrant.value, Tri::No, "{slug}");
    }
    assert_eq!(
        r.province("zhejiang").unwrap().review_working_days.value,
        30
    );
    assert_eq!(r.province("beijing").unwrap().review_working_days.value, 20);
    let anhui = r.province("anhui").unwrap();
    assert_eq!(anhui.leader_must_be_legal_rep.value, Tri::No);
    assert!(anhui.leader_must_be_legal_rep.conflict.is_some());
    assert_eq!(
        r.province("inner_mongolia")
            .unwrap()
            .nonlocal_individual
            .value,
        Nonlocal::NotAccepted
    );
    assert_eq!(
        r.province("shanghai").unwrap().nonlocal_individual.value,
        Nonlocal::ResidencePermit
    );
    assert_eq!(
        r.province("jilin").unwrap().domain_min_validity_days_or(90),
        30
    );
    assert_eq!(
        r.province("hainan")
            .unwrap()
            .domain_min_validity_days_or(90),
        90
    );
    let with_extras: Vec<&str> = ["xinjiang", "tibet", "guangdong", "jiangsu"]
        .into_iter()
        .filter(|s| !r.province(s).unwrap().extra_documents.is_empty())
        .collect();
    assert_eq!(with_extras.len(), 4);
}

#[test]
fn province_search() {
    let r = rules();
    let first = |q: &str| r.province_filter(q).first().map(|p| p.slug.clone());
    for q in [
        "guang",
        "gd",
        "GD",
        "广",
        "44",
        "广东",
        "Guangdong",
        "粤",
        "dong",
    ] {
        let hits = r.province_filter(q);
        assert!(hits.iter().any(|p| p.slug == "guangdong"), "{q}");
    }
    assert_eq!(first("guang").as_deref(), Some("guangdong"));
    assert_eq!(first("gd").as_deref(), Some("guangdong"));
    assert_eq!(first("广").as_deref(), Some("guangdong"));
    assert_eq!(first("44").as_deref(), Some("guangdong"));
    assert_eq!(
        r.province_filter("guang")
            .iter()
            .map(|p| p.slug.as_str())
            .collect::<Vec<_>>(),
        ["guangdong", "guangxi"]
    );
    for q in [
        "neimenggu",
        "nmg",
        "内蒙古",
        "inner mongolia",
        "inner_mongolia",
        "15",
        "蒙",
    ] {
        assert_eq!(first(q).as_deref(), Some("inner_mongolia"), "{q}");
    }
    let shanxi: Vec<&str> = r
        .province_filter("shanxi")
        .iter()
        .map(|p| p.slug.as_str())
        .collect();
    assert_eq!(shanxi, ["shanxi", "shaanxi"]);
    assert_eq!(first("xizang").as_deref(), Some("tibet"));
    assert_eq!(first("藏").as_deref(), Some("tibet"));
    // Codes match exactly first ("11"), then as prefixes ("1" lists the 1x codes first).
    assert_eq!(first("11").as_deref(), Some("beijing"));
    assert_eq!(first("1").as_deref(), Some("beijing"));
    assert_eq!(r.province_filter("").len(), 31);
    assert_eq!(r.province_filter("  ").len(), 31);
    assert!(r.province_filter("zzz").is_empty());
}

#[test]
fn provider_rules() {
    let r = rules();
    use Provider::*;
    assert_eq!(r.is_mainland_region(Tencent, "ap-guangzhou"), Some(true));
    assert_eq!(r.is_mainland_region(Tencent, "ap-nanjing"), Some(true));
    assert_eq!(r.is_mainland_region(Tencent, "ap-hongkong"), Some(false));
    assert_eq!(r.is_mainland_region(Tencent, "ap-singapore"), Some(false));
    assert_eq!(r.is_mainland_region(Tencent, "ap-mars"), None);
    assert_eq!(r.is_mainland_region(Alibaba, " CN-Hangzhou "), Some(true));
    assert_eq!(r.is_mainland_region(Alibaba, "cn-wuhan-lr"), Some(true));
    assert_eq!(r.is_mainland_region(Alibaba, "cn-hongkong"), Some(false));
    assert_eq!(r.is_mainland_region(Huawei, "cn-north-4"), Some(true));
    assert_eq!(r.is_mainland_region(Huawei, "ap-southeast-1"), Some(false));
    assert_eq!(r.is_mainland_region(Other, "cn-hangzhou"), None);

    let ecs = r.service(Alibaba, ServiceType::Ecs).unwrap();
    assert!(ecs.eligible);
    assert_eq!(ecs.min_subscription_months, Some(3));
    assert_eq!(ecs.codes_per_instance, Some(5));
    assert_eq!(ecs.billing, [crate::model::Billing::Subscription]);
    let iot = r.service(Alibaba, ServiceType::IotStudio).unwrap();
    assert_eq!(
        (iot.min_order_cny, iot.codes_per_instance),
        (Some(100), Some(1))
    );
    assert_eq!(iot.editions, ["enterprise", "ultimate"]);
    assert!(
        iot.conflict.is_some(),
        "the older 6 months / RMB 90 reading is kept"
    );
    let mall = r.service(Alibaba, ServiceType::Mall).unwrap();
    assert_eq!(
        (
            mall.min_order_cny,
            mall.min_subscription_months,
            mall.codes_per_instance
        ),
        (Some(100), Some(3), Some(2))
    );
    assert_eq!(r.is_mainland_region(Tencent, "ap-taipei"), Some(false));
    for region in [
        "cn-east-4",
        "cn-east-5",
        "cn-north-11",
        "cn-north-12",
        "cn-south-2",
        "cn-south-4",
        "cn-southwest-3",
    ] {
        assert_eq!(r.is_mainland_region(Huawei, region), Some(true), "{region}");
    }
    for region in [
        "cn-zhengzhou-jva",
        "cn-hangzhou-finance",
        "cn-shanghai-finance-1",
        "cn-shenzhen-finance-1",
    ] {
        assert_eq!(
            r.is_mainland_region(Alibaba, region),
            Some(true),
            "{region}"
        );
    }
    assert_eq!(
        r.service(Huawei, ServiceType::Dec)
            .unwrap()
            .codes_per_instance,
        None
    );
    assert_eq!(
        r.service(Huawei, ServiceType::EnterpriseWebPortal)
            .unwrap()
            .min_subscription_months,
        Some(3)
    );
    assert_eq!(
        r.service(Huawei, ServiceType::Dec)
            .unwrap()
            .min_subscription_months,
        Some(12)
    );
    assert_eq!(
        r.service(Tencent, ServiceType::Cvm)
            .unwrap()
            .min_remaining_days,
        Some(30)
    );
    assert!(
        r.service(Tencent, ServiceType::Lighthouse)
            .unwrap()
            .conflict
            .is_some()
    );
    for p in [Alibaba, Huawei, Tencent] {
        for t in [ServiceType::Oss, ServiceType::Cdn, ServiceType::Eip] {
            let s = r.service(p, t).unwrap();
            assert!(!s.eligible && s.why_not.is_some(), "{p} {t}");
        }
    }
    assert!(r.service(Tencent, ServiceType::Ecs).is_none());
    // No region id is both mainland and not.
    for p in r.providers() {
        for region in &p.regions.mainland {
            assert!(
                !p.regions.other.iter().any(|o| o.id == region.id),
                "{}",
                region.id
            );
        }
    }
}

#[test]
fn nationwide_figures() {
    let f = rules().figures();
    assert_eq!(f.sms_window_hours.value, 24);
    assert!(f.sms_window_hours.conflict.is_some());
    assert_eq!(f.sms_max_attempts.value, 5);
    assert_eq!(f.psb_filing_days.value, 30);
    assert_eq!(f.admin_review_working_days.value, 20);
    assert_eq!(f.realname_sync_working_days.value, 3);
    assert_eq!(f.id_min_validity_days.value, 90);
    assert_eq!(f.access_warning_days.value, 30);
    let review = &rules().filing().provider_review_working_days;
    assert_eq!(review[&Provider::Tencent].value, 1);
}

#[test]
fn conditions_evaluate() {
    let r = rules();
    let permit = &r.document("nonlocal.residence_permit").unwrap().when;
    let input = ConditionInput {
        subject: Some(SubjectKind::Individual),
        province: Some("shanghai"),
        content: &[Content::General],
        flags: &[Flag::Nonlocal],
    };
    assert!(permit.matches(&input));
    assert!(!permit.matches(&ConditionInput {
        flags: &[],
        ..input
    }));
    assert!(!permit.matches(&ConditionInput {
        province: Some("beijing"),
        ..input
    }));
    assert!(!permit.matches(&ConditionInput {
        subject: None,
        ..input
    }));

    let news = &r.document("pre_approval.news").unwrap().when;
    assert!(news.matches(&ConditionInput {
        content: &[Content::General, Content::News],
        ..input
    }));
    assert!(!news.matches(&input));
    assert!(
        r.document("authenticity_statement")
            .unwrap()
            .when
            .matches(&ConditionInput::default())
    );

    let not_flag = Condition {
        not_flags: vec![Flag::Minor],
        ..Condition::default()
    };
    assert!(not_flag.matches(&input));
    assert!(!not_flag.matches(&ConditionInput {
        flags: &[Flag::Minor],
        ..input
    }));
}

#[test]
fn builtin_origin_and_as_of() {
    let r = rules();
    assert_eq!(r.source(), &RulesOrigin::Builtin);
    let newest = r.sources().values().map(|s| s.date).max().unwrap();
    assert_eq!(r.as_of(), newest);
    assert!(r.as_of() >= crate::model::Date::parse("2025-12-31").unwrap());
}

// --- override files ---

const HEADER: &str = "format = \"icp-tui/rules-override\"\nversion = 1\n";

/// The text of one built-in `[[province]]` entry, with its sub-tables.
fn province_block(slug: &str) -> String {
    let blocks: Vec<&str> = PROVINCES_TOML.split("[[province]]\n").collect();
    let block = blocks
        .iter()
        .find(|b| b.contains(&format!("slug = \"{slug}\"")))
        .unwrap();
    let block = block.split("\n# GB/T 2260").next().unwrap();
    format!("[[province]]\n{}", block.trim_end())
}

fn invalid(result: Result<Rules, RulesError>) -> (Option<usize>, String, RulesProblem) {
    match result {
        Err(RulesError::Invalid {
            line,
            field,
            problem,
        }) => (line, field, problem),
        other => panic!("expected an invalid override, got {other:?}"),
    }
}

#[test]
fn override_replaces_and_adds() {
    let text = format!(
        "{HEADER}
[sources]
\"MY-2027\" = {{ cite = \"Notice from the Beijing administration\", date = 2027-03-01 }}

[figures.sms_window_hours]
value = 12
source = [\"MY-2027\"]
as_of = 2027-03-01

[[document]]
id = \"province.beijing.new_form\"
name_zh = \"新表\"
name_en = \"New form\"
need = \"required\"
explain = {{ en = \"e\", zh = \"e\" }}
why = {{ en = \"w\", zh = \"w\" }}
how = {{ en = \"h\", zh = \"h\" }}
source = [\"MY-2027\"]
as_of = 2027-03-01
[document.when]
provinces = [\"beijing\"]

{}
",
        province_block("beijing").replace(
            "domain_min_validity_days = { value = 90, source = [\"HW-POL\"], as_of = 2025-12-31 }",
            "domain_min_validity_days = { value = 180, source = [\"MY-2027\"], as_of = 2027-03-01 }"
        )
    );
    let r = Rules::with_override(&text).unwrap();
    assert_eq!(r.provinces().len(), 31);
    let beijing = r.province("beijing").unwrap();
    assert_eq!(beijing.domain_min_validity_days_or(90), 180);
    assert_eq!(r.figures().sms_window_hours.value, 12);
    assert_eq!(
        r.figures().psb_filing_days.value,
        30,
        "untouched figures stay"
    );
    assert!(r.document("province.beijing.new_form").is_some());
    assert_eq!(r.as_of(), crate::model::Date::parse("2027-03-01").unwrap());
    assert_eq!(r.source(), &RulesOrigin::Override { path: None });
    // The built-in rules are not touched.
    assert_eq!(
        Rules::builtin()
            .province("beijing")
            .unwrap()
            .domain_min_validity_days_or(90),
        90
    );

    let path = std::path::Path::new("/etc/icp-tui/rules.toml");
    let r = Rules::with_override_file(HEADER, path).unwrap();
    assert_eq!(
        r.source(),
        &RulesOrigin::Override {
            path: Some(path.to_path_buf())
        }
    );
    assert_eq!(r.provinces(), Rules::builtin().provinces());
}

#[test]
fn override_can_add_a_province() {
    let block = province_block("beijing")
        .replace("code = \"11\"", "code = \"99\"")
        .replace("slug = \"beijing\"", "slug = \"test_land\"")
        .replace("icp_abbr = \"京\"", "icp_abbr = \"测\"");
    let r = Rules::with_override(&format!("{HEADER}\n{block}\n")).unwrap();
    assert_eq!(r.provinces().len(), 32);
    assert_eq!(r.province("99").unwrap().slug, "test_land");
    assert_eq!(r.province_filter("test").len(), 1);
}

#[test]
fn override_errors_name_line_and_field() {
    // Unknown source key.
    let text = format!(
        "{HEADER}\n[figures.psb_filing_days]\nvalue = 15\nsource = [\"NOPE\"]\nas_of = 2027-01-01\n"
    );
    let (line, field, problem) = invalid(Rules::with_override(&text));
    assert_eq!(problem, RulesProblem::UnknownSource("NOPE".into()));
    assert_eq!(field, "figures.psb_filing_days.source");
    assert_eq!(line, Some(6));

    // A fact without a source.
    let text = format!(
        "{HEADER}\n[figures.psb_filing_days]\nvalue = 15\nsource = []\nas_of = 2027-01-01\n"
    );
    let (_, field, problem) = invalid(Rules::with_override(&text));
    assert_eq!(
        (field.as_str(), problem),
        ("figures.psb_filing_days.source", RulesProblem::NoSource)
    );

    // Wrong type: a parse error with line and field.
    let text = format!(
        "{HEADER}\n[figures.psb_filing_days]\nvalue = \"thirty\"\nsource = [\"T-PSB\"]\nas_of = 2027-01-01\n"
    );
    match Rules::with_override(&text) {
        Err(RulesError::Parse(e)) => {
            assert_eq!(e.line, Some(5));
            assert_eq!(e.field.as_deref(), Some("figures.psb_filing_days.value"));
        }
        other => panic!("{other:?}"),
    }

    // A misspelt figure is refused, not ignored.
    let text = format!(
        "{HEADER}\n[figures.psb_filling_days]\nvalue = 15\nsource = [\"T-PSB\"]\nas_of = 2027-01-01\n"
    );
    match Rules::with_override(&text) {
        Err(RulesError::Parse(e)) => {
            assert!(e.to_string().contains("psb_filling_days"), "{e}");
        }
        other => panic!("{other:?}"),
    }

    // Unknown service type names are refused.
    let text = format!(
        "{HEADER}\n[[content]]\ncontent = \"gambling\"\npre_approval = true\nindividual_allowed = false\nsource = [\"T-PRE\"]\nas_of = 2019-02-18\n"
    );
    match Rules::with_override(&text) {
        Err(RulesError::Parse(e)) => {
            assert_eq!(e.line, Some(5));
            assert_eq!(e.field.as_deref(), Some("content[0].content"));
        }
        other => panic!("{other:?}"),
    }

    // Wrong format and newer version.
    let (line, field, problem) = invalid(Rules::with_override(
        "format = \"something-else\"\nversion = 1\n",
    ));
    assert_eq!(
        (line, field.as_str(), problem),
        (Some(1), "format", RulesProblem::WrongFormat)
    );
    let (line, _, problem) = invalid(Rules::with_override(
        "format = \"icp-tui/rules-override\"\nversion = 7\n",
    ));
    assert_eq!(
        (line, problem),
        (Some(2), RulesProblem::UnsupportedVersion(7))
    );
}

#[test]
fn override_province_errors() {
    let added = |code: &str, slug: &str, abbr: &str| {
        let block = province_block("beijing")
            .replace("code = \"11\"", &format!("code = \"{code}\""))
            .replace("slug = \"beijing\"", &format!("slug = \"{slug}\""))
            .replace("icp_abbr = \"京\"", &format!("icp_abbr = \"{abbr}\""));
        format!("{HEADER}\n# a comment line\n{block}\n")
    };
    let (line, field, problem) = invalid(Rules::with_override(&added("44", "elsewhere", "测")));
    assert_eq!(problem, RulesProblem::DuplicateCode("44".into()));
    assert_eq!(field, "province[0].code");
    assert_eq!(line, Some(6));

    let (_, field, problem) = invalid(Rules::with_override(&added("81", "elsewhere", "测")));
    assert_eq!(
        (field.as_str(), problem),
        ("province[0].code", RulesProblem::BadCode("81".into()))
    );
    let (_, _, problem) = invalid(Rules::with_override(&added("4a", "elsewhere", "测")));
    assert_eq!(problem, RulesProblem::BadCode("4a".into()));
    let (_, field, problem) = invalid(Rules::with_override(&added("98", "elsewhere", "粤")));
    assert_eq!(
        (field.as_str(), problem),
        (
            "province[0].icp_abbr",
            RulesProblem::DuplicateAbbr("粤".into())
        )
    );

    // Replacing Beijing with Tianjin's code blames the override's entry.
    let (_, field, problem) = invalid(Rules::with_override(&added("12", "beijing", "京")));
    assert_eq!(
        (field.as_str(), problem),
        ("province[0].code", RulesProblem::DuplicateCode("12".into()))
    );

    let block = province_block("beijing").replace("extra_documents = []", "extra_documents = [{ id = \"no.such.doc\", en = \"x\", zh = \"x\", source = [\"T-C19\"], as_of = 2019-09-23 }]");
    let (line, field, problem) = invalid(Rules::with_override(&format!("{HEADER}{block}\n")));
    assert_eq!(problem, RulesProblem::UnknownDocument("no.such.doc".into()));
    assert_eq!(field, "province[0].extra_documents[0].id");
    assert!(line.is_some_and(|l| l > 3));
}

/// Each JSON build.rs makes is read as it is: the TOML behind it is the fallback of a broken
/// build, which would silently cost every start its milliseconds.
#[test]
fn every_builtin_json_reads_without_its_toml() {
    fn direct<T: serde::de::DeserializeOwned>(json: &str, name: &str) {
        if let Err(e) = serde_json::from_str::<T>(json) {
            panic!("{name}.json: {e}");
        }
    }
    direct::<ProvincesFile>(PROVINCES_JSON, "provinces");
    direct::<ProvidersFile>(PROVIDERS_JSON, "providers");
    direct::<FilingFile>(FILING_JSON, "filing");
    direct::<DocumentsFile>(DOCUMENTS_JSON, "documents");
    direct::<RegistrarsFile>(REGISTRARS_JSON, "registrars");
    direct::<HolidaysFile>(HOLIDAYS_JSON, "holidays");
    direct::<apps::AppsFile>(apps::APPS_JSON, "apps");
    direct::<NamingRules>(crate::validate::website_name::BUILTIN_JSON, "naming");
    direct::<DomainRules>(crate::validate::domain::BUILTIN_JSON, "domains");
}

#[test]
fn the_small_files_read_from_json_as_from_toml() {
    let naming: NamingRules =
        serde_json::from_str(crate::validate::website_name::BUILTIN_JSON).unwrap();
    let naming_toml = NamingRules::from_toml_str(include_str!("../../assets/naming.toml")).unwrap();
    assert_eq!(naming, naming_toml);
    let domains: DomainRules = serde_json::from_str(crate::validate::domain::BUILTIN_JSON).unwrap();
    let domains_toml =
        DomainRules::from_toml_str(include_str!("../../assets/domains.toml")).unwrap();
    assert_eq!(domains, domains_toml);
    let apps = |file: apps::AppsFile| file.split().0;
    let from_json: apps::AppsFile = serde_json::from_str(apps::APPS_JSON).unwrap();
    let from_toml: apps::AppsFile = from_toml_with_path(apps::APPS_TOML).unwrap();
    assert_eq!(apps(from_json), apps(from_toml));
}

#[test]
fn the_json_built_from_the_assets_reads_exactly_like_the_toml() {
    let from_json = Rules::parse_builtin().unwrap();
    let from_toml = Rules::parse_builtin_toml().unwrap();
    assert_eq!(from_json, from_toml);
}

#[test]
fn override_adds_a_holiday_year_and_a_registrar() {
    let text = format!(
        "{HEADER}\n[sources]\n\"SC-2027\" = {{ cite = \"notice\", date = 2026-11-20 }}\n\
         [[holiday_year]]\nyear = 2027\nsource = [\"SC-2027\"]\nas_of = 2026-11-20\n\
         holidays = [{{ from = 2027-10-01, to = 2027-10-07, en = \"National Day\", zh = \"国庆节\" }}]\n\
         workdays = [2027-10-09]\n\
         [[registrar]]\nid = \"example\"\nstatus = \"accredited\"\nname_en = \"Example\"\n\
         name_zh = \"示例\"\nnames = [\"Example Registrar\"]\nconfidence = \"H\"\n\
         source = [\"SC-2027\"]\nas_of = 2026-11-20\n"
    );
    let r = Rules::with_override(&text).unwrap();
    let day = |s: &str| r.calendar().day(crate::model::Date::parse(s).unwrap());
    assert_eq!(day("2027-10-04"), DayKind::Off);
    assert_eq!(day("2027-10-09"), DayKind::Working);
    assert_eq!(day("2027-10-11"), DayKind::Working);
    // Built in, 2027 is not known.
    let builtin = Rules::builtin().calendar();
    assert_eq!(
        builtin.day(crate::model::Date::parse("2027-10-04").unwrap()),
        DayKind::AssumedWorking
    );
    assert_eq!(
        r.registrar("Example Registrar Ltd.").map(|g| g.id.as_str()),
        Some("example")
    );
    assert!(Rules::builtin().registrar("Example Registrar").is_none());
}

#[test]
fn registrars_match_common_spellings() {
    let r = rules();
    let id = |typed: &str| r.registrar(typed).map(|g| (g.id.as_str(), g.status));
    use RegistrarStatus::{Accredited, Overseas};
    for (typed, want) in [
        ("Alibaba Cloud", ("alibaba", Accredited)),
        ("阿里云计算有限公司（万网）", ("alibaba", Accredited)),
        ("万网", ("alibaba", Accredited)),
        ("HiChina", ("alibaba", Accredited)),
        ("腾讯云", ("tencent", Accredited)),
        ("DNSPod", ("tencent", Accredited)),
        ("西部数码", ("west", Accredited)),
        ("北京新网数码信息技术有限公司", ("xinnet", Accredited)),
        ("GoDaddy.com, LLC", ("godaddy", Overseas)),
        ("ＧｏＤａｄｄｙ", ("godaddy", Overseas)),
        ("namecheap inc", ("namecheap", Overseas)),
        ("Google Domains", ("squarespace", Overseas)),
        ("Cloudflare, Inc.", ("cloudflare", Overseas)),
    ] {
        assert_eq!(id(typed), Some(want), "{typed}");
    }
    for unknown in ["Some Registrar", "", "  ", "ab", "Example"] {
        assert_eq!(id(unknown), None, "{unknown}");
    }
}
