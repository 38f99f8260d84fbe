//! No validator panics, whatever it is given: arbitrary Unicode, and inputs built
//! to sit near the shapes the validators slice by position.

use icp_tui::model::{Date, SubjectKind};
use icp_tui::validate::domain::{self, DomainRules};
use icp_tui::validate::website_name::{self, NamingRules};
use icp_tui::validate::{email, icp_number, id_card, phone, psb_number, uscc};
use proptest::prelude::*;

fn any_province(code: &str) -> bool {
    code.len() == 2
}

fn today() -> Date {
    Date::new(2026, 11, 22).unwrap()
}

fn run_all(s: &str) {
    let _ = id_card::validate(s, today(), &any_province);
    let _ = id_card::upgrade_legacy15(s, today(), &any_province);
    let _ = id_card::validate_foreign_permanent(s, today(), &any_province);
    let _ = uscc::validate(s, &any_province);
    let _ = phone::validate_mobile(s);
    let _ = phone::validate_landline(s);
    let _ = email::validate(s);
    let _ = domain::analyze(s, DomainRules::builtin(), Some("11"));
    let _ = domain::validate(s, DomainRules::builtin(), None);
    for kind in SubjectKind::ALL {
        let _ = website_name::check(s, *kind, NamingRules::builtin());
    }
    let _ = icp_number::parse(s);
    let _ = psb_number::parse(s);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_unicode(s in "\\PC*") {
        run_all(&s);
    }

    #[test]
    fn arbitrary_chars_including_controls(s in any::<String>()) {
        run_all(&s);
    }

    #[test]
    fn number_shaped(s in "[0-9Xx中 ]{13,20}") {
        run_all(&s);
    }

    #[test]
    fn code_shaped(s in "[0-9A-Z中é-]{16,20}") {
        run_all(&s);
    }

    #[test]
    fn phone_shaped(s in "[+0-9()（） -]{0,18}") {
        run_all(&s);
    }

    #[test]
    fn domain_shaped(s in "[a-z0-9中。．.:/@_-]{0,40}") {
        run_all(&s);
    }

    #[test]
    fn filing_number_shaped(s in "[京粤]?(ICP备|公网安备|ICP证)?[0-9０-９]{0,16}号?(-[0-9]{0,3}[AXB]?)?") {
        run_all(&s);
    }
}
