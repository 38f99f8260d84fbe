//! Every finding code the engine can report, with its severity: the list that
//! docs/findings.md, the message files and the tests are checked against.

use super::finding::Severity;
use Severity::{Error, Info, Warning};

pub const CODES: &[(&str, Severity)] = &[
    // subject.rs
    ("PROVINCE_UNKNOWN", Error),
    ("CERTIFICATE_TYPE_MISMATCH", Error),
    ("ID_FORMAT", Error),
    ("ID_CHECKSUM", Error),
    ("ID_BIRTHDATE", Error),
    ("ID_PROVINCE", Error),
    ("ID_LEGACY_15", Error),
    ("ID_EXPIRED", Error),
    ("ID_EXPIRES_SOON", Warning),
    ("USCC_FORMAT", Error),
    ("USCC_CHECKSUM", Error),
    ("SUBJECT_PROVINCE_MISMATCH", Error),
    ("SUBJECT_NONLOCAL", Warning),
    ("NONLOCAL_REFUSED", Error),
    ("LEADER_UNDERAGE", Error),
    ("LEADER_NOT_LEGAL_REP", Error),
    ("INDIVIDUAL_LEADER_NOT_SELF", Error),
    // contacts.rs
    ("MOBILE_FORMAT", Error),
    ("EMAIL_FORMAT", Error),
    ("PHONE_FORMAT", Error),
    ("MOBILE_SHARED", Error),
    ("EMAIL_SHARED", Error),
    // websites.rs
    ("WEBSITE_NAME_RULE", Error),
    ("WEBSITE_NAME_ADVICE", Warning),
    ("CONTENT_PRE_APPROVAL", Error),
    ("INDIVIDUAL_NOT_ALLOWED_CONTENT", Error),
    // domains.rs
    ("DOMAIN_SYNTAX", Error),
    ("DOMAIN_URL_GIVEN", Error),
    ("DOMAIN_SUBDOMAIN", Error),
    ("DOMAIN_TLD_NOT_APPROVED", Error),
    ("DOMAIN_TLD_UNCONFIRMED", Warning),
    ("DOMAIN_NOT_VERIFIED", Error),
    ("DOMAIN_REGISTRANT_MISMATCH", Error),
    ("DOMAIN_REGISTRANT_LEGAL_REP_REFUSED", Error),
    ("DOMAIN_REGISTRANT_LEGAL_REP_UNCONFIRMED", Warning),
    ("DOMAIN_REGISTRANT_FORM", Info),
    ("DOMAIN_EXPIRED", Error),
    ("DOMAIN_EXPIRES_SOON", Warning),
    ("DOMAIN_SEVERAL", Error),
    ("HOMEPAGE_OTHER_DOMAIN", Error),
    ("DOMAIN_DUPLICATE", Error),
    ("DOMAIN_REALNAME_TOO_RECENT", Warning),
    // domains.rs, registrars (assets/registrars.toml)
    ("REGISTRAR_NOT_APPROVED", Error),
    ("REGISTRAR_UNKNOWN", Info),
    // access.rs
    ("ACCESS_REGION_NOT_MAINLAND", Error),
    ("ACCESS_REGION_UNKNOWN", Warning),
    ("ACCESS_SERVICE_UNKNOWN", Warning),
    ("ACCESS_SERVICE_NOT_ELIGIBLE", Error),
    ("ACCESS_PAY_AS_YOU_GO", Error),
    ("ACCESS_SUBSCRIPTION_TOO_SHORT", Error),
    ("ACCESS_REMAINING_TOO_SHORT", Error),
    ("ACCESS_CODES_EXHAUSTED", Error),
    ("ACCESS_ORDER_TOO_SMALL", Error),
    ("ACCESS_EXPIRED", Error),
    ("ACCESS_EXPIRES_SOON", Warning),
    // progress.rs, the tracker's order
    ("PROGRESS_ORDER", Warning),
    ("SITE_OPENED_BEFORE_APPROVAL", Error),
    // progress.rs
    ("SMS_VERIFICATION_DUE", Warning),
    ("SMS_VERIFICATION_EXPIRED", Error),
    ("PSB_FILING_DUE", Warning),
    ("PSB_FILING_OVERDUE", Error),
    ("ICP_NUMBER_FORMAT", Error),
    ("ICP_NUMBER_PROVINCE", Error),
    ("PSB_NUMBER_FORMAT", Error),
    ("PSB_NUMBER_PROVINCE", Warning),
    // People, contacts, addresses, province rules, names and instances (issue 9, part 2):
    // leaders.rs, address.rs and additions to subject, contacts, websites and access.
    ("LICENCE_VALIDITY_SHORT", Error),
    ("LEADER_NOT_SITE_LEADER", Error),
    ("SITE_LEADER_IS_SUBJECT_LEADER", Error),
    ("LEADER_MAINLAND_ID_REQUIRED", Error),
    ("FOREIGN_INDIVIDUAL_REFUSED", Error),
    ("PERSONAL_DOCUMENT_REFUSED", Error),
    ("MOBILE_LOCAL_UNCONFIRMED", Warning),
    ("MOBILE_NOT_LOCAL", Error),
    ("SECOND_CONTACT_MISSING", Warning),
    ("ADDRESS_NOT_IN_PROVINCE", Error),
    ("ADDRESS_PROVINCE_UNCONFIRMED", Warning),
    ("ADDRESS_CITY_UNCONFIRMED", Warning),
    ("ADDRESS_NOT_IN_DOCUMENT_CITY", Error),
    ("WEBSITE_NAME_PERSON", Error),
    ("WEBSITE_NAME_PLACE", Error),
    ("WEBSITE_NAME_SUGGESTION", Info),
    ("DOMAIN_SUFFIX_REFUSED_INDIVIDUAL", Error),
    ("DOMAIN_SUFFIX_FOR_KIND", Error),
    ("ORDER_TOO_MANY_WEBSITES", Error),
    ("ACCESS_NO_PUBLIC_IP", Error),
    ("ACCESS_EDITION_NOT_ELIGIBLE", Error),
    ("ACCESS_EDITION_UNANSWERED", Warning),
    ("ACCESS_PROVIDER_UNCHECKED", Warning),
    ("ACCESS_SERVICE_UNCONFIRMED", Warning),
    // notices.rs and changes.rs: after approval (the watch)
    ("NOTICE_DUE", Warning),
    ("NOTICE_OVERDUE", Error),
    ("NOTICE_NO_DEADLINE", Warning),
    ("NOTICE_DATES_ORDER", Warning),
    ("CHANGE_FILING_DUE", Warning),
    ("CHANGE_NOT_FILED", Error),
    // apps.rs (issue 11: apps, mini-programs and quick apps)
    ("APP_NAME_INCONSISTENT", Error),
    ("APP_NAME_RULE", Error),
    ("APP_SIGNATURE_FORMAT", Error),
    ("APP_IOS_MD5_GIVEN", Error),
    ("APP_PACKAGE_FORMAT", Error),
    ("APP_PLATFORM_DATA_MISSING", Info),
    ("APP_PLATFORM_NOT_LISTED", Warning),
    ("APP_MINI_PROGRAM_ID_FORMAT", Error),
    ("APP_ICON_TOO_LARGE", Error),
    ("APP_ICON_NOT_IMAGE", Error),
    ("APP_ICON_UNCHECKED", Warning),
    ("APP_CONTENT_PRE_APPROVAL", Error),
    ("APP_INDIVIDUAL_NOT_ALLOWED_CONTENT", Error),
    ("APP_DOMAIN_SYNTAX", Error),
    ("APP_DOMAIN_NOT_FILED", Error),
    ("APP_NUMBER_FORMAT", Error),
    ("APP_NUMBER_NOT_APP", Error),
    ("APP_NUMBER_PROVINCE", Error),
    ("APP_NUMBER_SUBJECT", Warning),
    ("APP_NUMBER_DISPLAY", Info),
    // checklist.rs
    ("CHECKLIST_INCOMPLETE", Info),
    ("CHECKLIST_NOT_REQUIRED", Info),
    ("CHECKLIST_UNKNOWN_ENTRY", Info),
    // checklist.rs: a ticked item's attached scan failed its check (verdicts branch)
    ("CHECKLIST_FILE_UNUSABLE", Warning),
    // readiness.rs (an error under `check --complete`)
    ("APPLICATION_INCOMPLETE", Info),
];

// Online checks (src/online/, `check --online`): findings of the same type that the engine
// itself never reports, so they are listed apart from CODES (whose every code the engine
// fires in tests/engine_findings.rs).
pub const ONLINE_CODES: &[(&str, Severity)] = &[
    ("FOOTER_ICP_MISSING", Error),
    ("FOOTER_ICP_NOT_LINKED", Error),
    ("FOOTER_PSB_MISSING", Warning),
    ("DNS_NOT_RESOLVING", Warning),
    ("DNS_NOT_INSTANCE", Warning),
    ("SITE_UNREACHABLE", Warning),
    ("WHOIS_REGISTRANT_MISMATCH", Error),
    ("WHOIS_EXPIRY_DIFFERS", Warning),
];

/// The severity a code is always reported with.
pub fn severity_of(code: &str) -> Option<Severity> {
    CODES
        .iter()
        .chain(ONLINE_CODES)
        .find(|(c, _)| *c == code)
        .map(|(_, s)| *s)
}
