//! Runs every entry of the shared test vectors (tests/data/test_vectors.toml,
//! copied unchanged from the research) against the validators.

use icp_tui::model::{Date, SubjectKind};
use icp_tui::validate::domain::{self, DomainRules};
use icp_tui::validate::website_name::{self, NamingRules};
use icp_tui::validate::{id_card, phone, uscc};
use toml::Value;

const VECTORS: &str = include_str!("data/test_vectors.toml");

/// The 34 GB/T 2260 province-level codes (rules.md §3).
const PROVINCES: [&str; 34] = [
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41",
    "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71",
    "81", "82",
];

fn known_province(code: &str) -> bool {
    PROVINCES.contains(&code)
}

fn today() -> Date {
    Date::new(2026, 11, 22).unwrap()
}

fn section<'a>(path: &[&str]) -> &'a Value {
    static DATA: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    let root = DATA.get_or_init(|| VECTORS.parse::<toml::Table>().unwrap().into());
    path.iter().fold(root, |v, key| &v[*key])
}

fn list<'a>(sec: &'a Value, key: &str) -> &'a [Value] {
    sec.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn text<'a>(entry: &'a Value, key: &str) -> &'a str {
    entry[key].as_str().unwrap()
}

/// Runs a section whose validator returns the normalized form or an error code.
/// Returns how many entries were checked.
fn run(path: &[&str], validate: impl Fn(&str) -> Result<String, &'static str>) -> usize {
    let sec = section(path);
    let mut failures = Vec::new();
    let mut count = 0;
    for v in list(sec, "valid") {
        count += 1;
        // Plain strings, or `{ value, upgraded }` tables (legacy 15-digit numbers).
        let (value, want) = match v.as_str() {
            Some(value) => (value, None),
            None => (text(v, "value"), Some(text(v, "upgraded"))),
        };
        match (validate(value), want) {
            (Ok(got), Some(want)) if got != want => {
                failures.push(format!("valid {value:?} gave {got:?}, want {want:?}"))
            }
            (Ok(_), _) => {}
            (Err(code), _) => failures.push(format!("valid {value:?} refused with {code}")),
        }
    }
    for v in list(sec, "valid_after_normalize") {
        count += 1;
        let (value, normalized) = (text(v, "value"), text(v, "normalized"));
        match validate(value) {
            Ok(got) if got == normalized => {}
            other => failures.push(format!("{value:?} gave {other:?}, want {normalized:?}")),
        }
    }
    for v in list(sec, "invalid") {
        count += 1;
        let (value, code) = (text(v, "value"), text(v, "code"));
        match validate(value) {
            Err(got) if got == code => {}
            other => failures.push(format!("invalid {value:?} gave {other:?}, want {code}")),
        }
    }
    assert!(failures.is_empty(), "{path:?}:\n{}", failures.join("\n"));
    assert!(count > 0, "{path:?} has no entries");
    count
}

#[test]
fn id_card_vectors() {
    let n = run(&["id_card"], |s| {
        id_card::validate(s, today(), &known_province)
            .map(|id| {
                assert_eq!(id.kind(), id_card::IdKind::ResidentId, "{s}");
                id.normalized().to_owned()
            })
            .map_err(|e| e.as_code())
    });
    assert_eq!(n, 23);
}

#[test]
fn legacy15_vectors() {
    let sec = section(&["id_card", "legacy15"]);
    for v in list(sec, "valid") {
        let (value, upgraded) = (text(v, "value"), text(v, "upgraded"));
        // Recognised and refused, with the upgrade offered.
        assert_eq!(
            id_card::validate(value, today(), &known_province),
            Err(id_card::IdCardError::Legacy15 {
                upgraded: upgraded.to_owned()
            })
        );
        assert_eq!(
            id_card::upgrade_legacy15(value, today(), &known_province).as_deref(),
            Ok(upgraded)
        );
        // The upgrade itself is a valid resident ID.
        assert!(id_card::validate(upgraded, today(), &known_province).is_ok());
    }
    // `validate` refuses a legacy number; the closure reads the offered upgrade
    // as the "normalized" form, which `run` compares with `upgraded`.
    let n = run(&["id_card", "legacy15"], |s| {
        match id_card::validate(s, today(), &known_province) {
            Err(id_card::IdCardError::Legacy15 { upgraded }) => Ok(upgraded),
            Ok(id) => panic!("{s} accepted as {}", id.normalized()),
            Err(e) => Err(e.as_code()),
        }
    });
    assert_eq!(n, 5);
}

#[test]
fn hmt_residence_permit_vectors() {
    run(&["id_card", "hmt_residence_permit"], |s| {
        id_card::validate(s, today(), &known_province)
            .map(|id| {
                assert!(matches!(id.kind(), id_card::IdKind::HmtResidencePermit(_)));
                id.normalized().to_owned()
            })
            .map_err(|e| e.as_code())
    });
}

#[test]
fn foreign_permanent_vectors() {
    run(&["id_card", "foreign_permanent_2023"], |s| {
        id_card::validate_foreign_permanent(s, today(), &known_province)
            .map(|id| id.normalized().to_owned())
            .map_err(|e| e.as_code())
    });
}

#[test]
fn uscc_vectors() {
    run(&["uscc"], |s| {
        uscc::validate(s, &known_province)
            .map(|c| c.normalized().to_owned())
            .map_err(|e| e.as_code())
    });
}

#[test]
fn phone_vectors() {
    run(&["phone"], |s| {
        phone::validate_mobile(s).map_err(|e| e.as_code())
    });
}

#[test]
fn domain_vectors() {
    run(&["domain"], |s| {
        domain::validate(s, DomainRules::builtin(), None)
            .map(|a| a.unicode)
            .map_err(|e| e.as_code())
    });
}

#[test]
fn url_vector_suggests_the_host() {
    assert_eq!(
        domain::validate("http://example.com", DomainRules::builtin(), None),
        Err(domain::DomainError::NotADomain {
            suggestion: Some("example.com".into())
        })
    );
}

fn run_names(group: &str, kind: SubjectKind) {
    run(&["website_name", group], |s| {
        let violations = website_name::check(s, kind, NamingRules::builtin());
        match violations.first() {
            None => Ok(s.to_owned()),
            Some(v) if website_name::passes(&violations) => {
                Err(v.rule.as_code()) // a warning on a `valid` name still fails the test
            }
            Some(v) => Err(v.rule.as_code()),
        }
    });
}

#[test]
fn website_name_individual_vectors() {
    run_names("individual", SubjectKind::Individual);
}

#[test]
fn website_name_enterprise_vectors() {
    run_names("enterprise", SubjectKind::Enterprise);
}

/// Guards against a section added to the vectors file that no test above runs.
#[test]
fn every_vector_section_is_covered() {
    fn sections(prefix: &str, table: &toml::Table, out: &mut Vec<String>) {
        for (key, value) in table {
            if let Value::Table(inner) = value {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                if ["valid", "valid_after_normalize", "invalid"]
                    .iter()
                    .any(|k| inner.contains_key(*k))
                {
                    out.push(path.clone());
                }
                sections(&path, inner, out);
            }
        }
    }
    let mut found = Vec::new();
    sections("", &VECTORS.parse::<toml::Table>().unwrap(), &mut found);
    found.sort();
    let covered = [
        "domain",
        "id_card",
        "id_card.foreign_permanent_2023",
        "id_card.hmt_residence_permit",
        "id_card.legacy15",
        "phone",
        "uscc",
        "website_name.enterprise",
        "website_name.individual",
    ];
    assert_eq!(found, covered);
}
