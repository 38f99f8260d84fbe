//! The document checklist for the situations that change it: where the filer's ID is from,
//! who leads an organisation, the province, the content, the leader's age, and what the
//! person has already ticked. Each case names the documents it must list as required and
//! those it must not, so a wrong condition in assets/documents.toml or the engine fails here.
//!
//! Bases are tests/data/valid_*.toml (Beijing), checked as of 2026-11-22 12:00 China time.

use std::collections::BTreeSet;

use icp_tui::engine::{self, ChecklistItem, Report, checklist, checklist_on};
use icp_tui::model::{Application, ChecklistEntry, Content, Date, Instant, SubjectKind};
use icp_tui::rules::{Flag, Rules};

const INDIVIDUAL: &str = include_str!("data/valid_individual.toml");
const ENTERPRISE: &str = include_str!("data/valid_enterprise.toml");

fn now() -> Instant {
    Instant::parse("2026-11-22T12:00:00+08:00").unwrap()
}

fn today() -> Date {
    now().china_date()
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

fn items(app: &Application) -> Vec<ChecklistItem<'static>> {
    checklist_on(app, Rules::builtin(), Some(today()))
}

/// Ids the current answers require.
fn required(app: &Application) -> BTreeSet<String> {
    items(app)
        .iter()
        .filter(|i| i.required)
        .map(|i| i.id().to_string())
        .collect()
}

fn report(app: &Application) -> Report {
    engine::check(app, Rules::builtin(), &now())
}

#[track_caller]
fn assert_required(app: &Application, yes: &[&str], no: &[&str]) {
    let req = required(app);
    for id in yes {
        assert!(req.contains(*id), "{id} should be required; got {req:?}");
    }
    for id in no {
        assert!(
            !req.contains(*id),
            "{id} should not be required; got {req:?}"
        );
    }
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

/// A resident ID number with a valid check digit (GB 11643, ISO 7064 MOD 11-2).
fn resident_id(area: &str, birth: &str, seq: &str) -> String {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const CHECK: &[u8; 11] = b"10X98765432";
    let body = format!("{area}{birth}{seq}");
    assert_eq!(body.len(), 17);
    let sum: u32 = body
        .chars()
        .zip(WEIGHTS)
        .map(|(c, w)| c.to_digit(10).unwrap() * w)
        .sum();
    format!("{body}{}", CHECK[(sum % 11) as usize] as char)
}

/// The individual base with its own ID number (filer and leaders alike) and province.
fn individual_with(id: &str, province: &str) -> Application {
    let mut a = individual();
    a.subject.province = s(province);
    a.subject.certificate_number = s(id);
    a.subject.leader.id_number = s(id);
    for w in &mut a.websites {
        w.leader.id_number = s(id);
    }
    a
}

fn enterprise_in(province: &str) -> Application {
    let mut a = enterprise();
    a.subject.province = s(province);
    a
}

// --- Who files where -------------------------------------------------------------------

#[test]
fn local_individual_needs_exactly_the_common_documents() {
    let a = individual();
    assert_eq!(
        required(&a),
        set(&[
            "subject.id_card",
            "authenticity_statement",
            "pre_approval.not_involved_commitment",
        ])
    );
    assert!(!engine::flags(&a, Rules::builtin(), Some(today())).contains(&Flag::Nonlocal));
}

#[test]
fn local_individual_in_shanghai_needs_no_residence_permit() {
    let a = individual_with(&resident_id("310101", "19900101", "123"), "shanghai");
    assert_required(
        &a,
        &["subject.id_card", "province.shanghai.commitment"],
        &["nonlocal.residence_permit", "minor.guardian"],
    );
    let r = report(&a);
    assert!(!r.has("SUBJECT_NONLOCAL") && !r.has("NONLOCAL_REFUSED"));
}

#[test]
fn nonlocal_individual_in_shanghai_needs_a_residence_permit_whether_recorded_or_not() {
    // A Beijing ID filed in Shanghai, which takes residents holding a permit.
    let beijing_id = resident_id("110105", "19900101", "123");
    for permit in [false, true] {
        let mut a = individual_with(&beijing_id, "shanghai");
        a.subject.residence_permit = Some(permit);
        assert!(engine::flags(&a, Rules::builtin(), Some(today())).contains(&Flag::Nonlocal));
        assert_required(
            &a,
            &[
                "subject.id_card",
                "nonlocal.residence_permit",
                "province.shanghai.commitment",
            ],
            &["leader.id_card", "subject.business_license"],
        );
        let item = items(&a)
            .into_iter()
            .find(|i| i.id() == "nonlocal.residence_permit")
            .unwrap();
        assert_eq!(item.reason.province.as_deref(), Some("shanghai"));
        assert_eq!(item.reason.flags, vec![Flag::Nonlocal]);
        // Without a permit on record the engine warns; with one it is silent.
        let r = report(&a);
        assert_eq!(r.has("SUBJECT_NONLOCAL"), !permit, "permit = {permit}");
        assert!(!r.has("NONLOCAL_REFUSED"));
    }
}

#[test]
fn nonlocal_individual_in_jiangsu_adds_the_permit_to_jiangsu_documents() {
    let mut a = individual_with(&resident_id("110105", "19900101", "123"), "jiangsu");
    a.subject.residence_permit = Some(false);
    assert_required(
        &a,
        &[
            "nonlocal.residence_permit",
            "domain.certificate",
            "province.jiangsu.authenticity_notice",
            "province.jiangsu.authenticity_commitment",
        ],
        &["province.shanghai.commitment"],
    );
    assert!(report(&a).has("SUBJECT_NONLOCAL"));
}

#[test]
fn nonlocal_individual_where_no_permit_helps_gets_no_permit_item() {
    // Xinjiang refuses individuals from elsewhere outright: a permit would not help.
    let a = individual_with(&resident_id("110105", "19900101", "123"), "xinjiang");
    assert_required(&a, &["subject.id_card"], &["nonlocal.residence_permit"]);
    let r = report(&a);
    assert!(r.has("NONLOCAL_REFUSED"));
    assert!(!r.has("SUBJECT_NONLOCAL"));
    // Beijing states no rule: still no permit item, only a warning.
    let b = individual_with(&resident_id("310101", "19900101", "123"), "beijing");
    assert_required(&b, &[], &["nonlocal.residence_permit"]);
    assert!(report(&b).has("SUBJECT_NONLOCAL"));
}

// --- Organisations ---------------------------------------------------------------------

#[test]
fn enterprise_led_by_its_legal_representative_needs_no_authorisation() {
    let a = enterprise();
    assert_eq!(
        required(&a),
        set(&[
            "subject.business_license",
            "leader.id_card",
            "website_leader.id_card",
            "authenticity_statement",
            "pre_approval.not_involved_commitment",
        ])
    );
    assert!(!report(&a).has("LEADER_NOT_LEGAL_REP"));
}

fn leader_not_legal_rep(province: &str) -> Application {
    let mut a = enterprise_in(province);
    a.subject.leader.is_legal_representative = Some(false);
    a.websites[0].leader.is_legal_representative = Some(false);
    a
}

#[test]
fn enterprise_leader_who_is_not_the_legal_representative_needs_an_authorisation() {
    // Jiangsu accepts such a leader with the letter.
    let a = leader_not_legal_rep("jiangsu");
    assert_required(
        &a,
        &["leader.authorization", "leader.id_card"],
        &["subject.id_card"],
    );
    let item = items(&a)
        .into_iter()
        .find(|i| i.id() == "leader.authorization")
        .unwrap();
    assert_eq!(item.reason.subject, Some(SubjectKind::Enterprise));
    assert_eq!(item.reason.flags, vec![Flag::LeaderNotLegalRep]);
    assert!(!report(&a).has("LEADER_NOT_LEGAL_REP"));

    // Beijing (and Shanghai) refuse the case: one verdict, the error, and no letter to
    // collect that could not help.
    for province in ["beijing", "shanghai"] {
        let b = leader_not_legal_rep(province);
        assert_required(&b, &[], &["leader.authorization"]);
        assert!(report(&b).has("LEADER_NOT_LEGAL_REP"), "{province}");
    }
}

#[test]
fn website_leader_authorisation_only_where_the_province_asks() {
    // The base's second website is led by someone who is not the legal representative.
    assert_required(&enterprise(), &[], &["website_leader.authorization"]);
    assert_required(
        &enterprise_in("shanghai"),
        &[
            "website_leader.authorization",
            "province.shanghai.commitment",
        ],
        &["leader.authorization"],
    );
}

// --- Provinces -------------------------------------------------------------------------

#[test]
fn xinjiang_needs_the_party_building_confirmation() {
    let a = individual_with(&resident_id("650102", "19900101", "123"), "xinjiang");
    assert_required(
        &a,
        &[
            "province.xinjiang.party_building",
            "province.xinjiang.fingerprint",
            "subject.id_card",
        ],
        &["province.tibet.party_building", "nonlocal.residence_permit"],
    );
    assert!(!report(&a).has("NONLOCAL_REFUSED"));
    // Organisations too, but the fingerprint is for individuals.
    assert_required(
        &enterprise_in("xinjiang"),
        &["province.xinjiang.party_building"],
        &["province.xinjiang.fingerprint"],
    );
    // And nowhere else.
    assert_required(
        &enterprise(),
        &[],
        &[
            "province.xinjiang.party_building",
            "province.tibet.party_building",
        ],
    );
}

#[test]
fn guangdong_needs_its_commitment_letter() {
    let a = individual_with(&resident_id("440103", "19900101", "123"), "guangdong");
    assert_required(
        &a,
        &["province.guangdong.commitment"],
        &[
            "province.guangdong.finance_undertaking",
            "domain.certificate",
        ],
    );
    // The finance undertaking only with finance content.
    let mut b = enterprise_in("guangdong");
    b.websites[0].content.push(Content::Finance);
    assert_required(
        &b,
        &[
            "province.guangdong.commitment",
            "province.guangdong.finance_undertaking",
            "pre_approval.finance",
        ],
        &[],
    );
    assert_required(&enterprise(), &[], &["province.guangdong.commitment"]);
}

// --- Content ---------------------------------------------------------------------------

#[test]
fn news_site_lists_the_licence_and_the_finding_follows_the_record() {
    let mut a = enterprise();
    a.websites[1].content = vec![Content::General, Content::News];
    // The licence instead of the letter saying no pre-approval is needed.
    assert_required(
        &a,
        &["pre_approval.news"],
        &[
            "pre_approval.publishing",
            "pre_approval.finance",
            "pre_approval.not_involved_commitment",
        ],
    );
    let item = items(&a)
        .into_iter()
        .find(|i| i.id() == "pre_approval.news")
        .unwrap();
    assert_eq!(item.reason.content, vec![Content::News]);

    let r = report(&a);
    let f: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.code == "CONTENT_PRE_APPROVAL")
        .collect();
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].field, "websites[1].pre_approvals");
    assert!(f[0].args.contains(&("content", "news".to_string())));

    // The licence recorded: the document is still to be provided, the error is gone.
    a.websites[1].pre_approvals = vec![Content::News];
    assert_required(&a, &["pre_approval.news"], &[]);
    assert!(engine::flags(&a, Rules::builtin(), Some(today())).contains(&Flag::PreApprovalHeld));
    assert!(!report(&a).has("CONTENT_PRE_APPROVAL"));

    // A licence for another category does not count.
    a.websites[1].pre_approvals = vec![Content::Publishing];
    assert!(report(&a).has("CONTENT_PRE_APPROVAL"));
}

#[test]
fn individual_news_site_is_refused_rather_than_sent_for_a_licence() {
    let mut a = individual();
    a.websites[0].content = vec![Content::News];
    let r = report(&a);
    assert!(r.has("INDIVIDUAL_NOT_ALLOWED_CONTENT"));
    assert!(!r.has("CONTENT_PRE_APPROVAL"));
}

// --- Age -------------------------------------------------------------------------------

#[test]
fn leader_under_18_needs_proof_of_employment_where_the_province_says_so() {
    // Born 2009-06-01: 17 on 2026-11-22. Jiangsu accepts 16 to 18 with proof.
    let young = resident_id("320102", "20090601", "123");
    let mut a = enterprise_in("jiangsu");
    a.websites[1].leader.id_number = s(&young);
    assert!(engine::flags(&a, Rules::builtin(), Some(today())).contains(&Flag::Minor));
    assert_required(&a, &["minor.employment_proof"], &["minor.guardian"]);
    assert!(!report(&a).has("LEADER_UNDERAGE"));

    // The same person in Beijing: no such document in the rules.
    let mut b = enterprise();
    b.websites[1].leader.id_number = s(&young);
    assert_required(&b, &[], &["minor.employment_proof", "minor.guardian"]);

    // Without a date ages are unknown and the flag never holds.
    let undated = checklist_on(&a, Rules::builtin(), None);
    assert!(!undated.iter().any(|i| i.id() == "minor.employment_proof"));
    // `checklist` counts ages as of the last save (2026-11-22).
    assert!(
        checklist(&a, Rules::builtin())
            .iter()
            .any(|i| i.id() == "minor.employment_proof" && i.required)
    );

    // An adult leader: no proof.
    assert_required(&enterprise_in("jiangsu"), &[], &["minor.employment_proof"]);
}

#[test]
fn leader_under_the_province_minimum_is_refused() {
    // Born 2011-06-01: 15, under Jiangsu's 16.
    let mut a = enterprise_in("jiangsu");
    a.websites[1].leader.id_number = s(&resident_id("320102", "20110601", "123"));
    let r = report(&a);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == "LEADER_UNDERAGE")
        .expect("LEADER_UNDERAGE");
    assert_eq!(f.field, "websites[1].leader.id_number");
}

#[test]
fn an_organisation_credit_code_is_not_read_as_a_birth_date() {
    // A valid credit code of a company in Boluo County (441322), Guangdong: its characters
    // 7 to 14 ("22790612") look like a date of birth in an ID number, 2279-06-12.
    let mut a = enterprise_in("guangdong");
    a.subject.certificate_number = s("91441322790612342R");
    let r = report(&a);
    assert!(
        !r.has("USCC_CHECKSUM") && !r.has("USCC_FORMAT"),
        "{:?}",
        r.findings
    );
    assert!(!engine::flags(&a, Rules::builtin(), Some(today())).contains(&Flag::Minor));
    assert_required(&a, &[], &["minor.employment_proof"]);
}

#[test]
fn minor_individual_in_shanghai_needs_a_guardian() {
    let a = individual_with(&resident_id("310101", "20090601", "123"), "shanghai");
    assert_required(&a, &["minor.guardian"], &["minor.employment_proof"]);
}

// --- What the person ticked ------------------------------------------------------------

#[test]
fn ticked_item_no_longer_required_stays_listed_as_not_required() {
    let mut a = leader_not_legal_rep("jiangsu");
    a.checklist.insert(
        "leader.authorization".into(),
        ChecklistEntry {
            done: true,
            file: s("scans/authorisation.jpg"),
            note: s("signed 2026-11-20"),
            ..ChecklistEntry::default()
        },
    );
    a.checklist.insert(
        "domain.certificate".into(),
        ChecklistEntry {
            done: true,
            ..ChecklistEntry::default()
        },
    );
    let listed = |a: &Application| {
        items(a)
            .into_iter()
            .find(|i| i.id() == "leader.authorization")
    };
    assert!(listed(&a).unwrap().required);

    // The leader turns out to be the legal representative, and the filing moves to Beijing.
    a.subject.leader.is_legal_representative = Some(true);
    a.websites[0].leader.is_legal_representative = Some(true);
    a.subject.province = s("beijing");
    let item = listed(&a).expect("a ticked item is never dropped");
    assert!(!item.required);
    assert!(item.done);
    assert_eq!(item.file.as_deref(), Some("scans/authorisation.jpg"));
    assert_eq!(item.note.as_deref(), Some("signed 2026-11-20"));
    assert_eq!(item.reason, Default::default());
    assert!(!item.is_missing());
    let cert = items(&a)
        .into_iter()
        .find(|i| i.id() == "domain.certificate")
        .expect("a ticked item is never dropped");
    assert!(!cert.required);

    let r = report(&a);
    let not_required: BTreeSet<&str> = r
        .findings
        .iter()
        .filter(|f| f.code == "CHECKLIST_NOT_REQUIRED")
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(
        not_required,
        BTreeSet::from([
            "checklist.\"domain.certificate\"",
            "checklist.\"leader.authorization\"",
        ])
    );
}

#[test]
fn a_file_alone_keeps_an_item_listed() {
    let mut a = enterprise();
    a.checklist.insert(
        "leader.authorization".into(),
        ChecklistEntry {
            file: s("scans/draft.pdf"),
            ..ChecklistEntry::default()
        },
    );
    let item = items(&a)
        .into_iter()
        .find(|i| i.id() == "leader.authorization")
        .expect("an item with a file is kept");
    assert!(!item.required && !item.done);
}

#[test]
fn unticked_items_no_longer_required_are_not_listed() {
    let mut a = leader_not_legal_rep("jiangsu");
    // An entry that exists but holds nothing: neither ticked nor with a file.
    a.checklist
        .insert("leader.authorization".into(), ChecklistEntry::default());
    a.checklist.insert(
        "domain.certificate".into(),
        ChecklistEntry {
            note: s("ask the registrar"),
            ..ChecklistEntry::default()
        },
    );
    a.subject.leader.is_legal_representative = Some(true);
    a.websites[0].leader.is_legal_representative = Some(true);
    a.subject.province = s("beijing");
    let ids: BTreeSet<String> = items(&a).iter().map(|i| i.id().to_string()).collect();
    assert!(!ids.contains("leader.authorization"), "{ids:?}");
    assert!(!ids.contains("domain.certificate"), "{ids:?}");
    // Everything listed is required: nothing was ticked that the answers dropped.
    assert!(items(&a).iter().all(|i| i.required));
    assert!(!report(&a).has("CHECKLIST_NOT_REQUIRED"));
}

#[test]
fn missing_required_items_are_counted() {
    // Base ticks 4 of its 4 always-required items; the Jiangsu letter adds one more.
    assert!(!report(&enterprise()).has("CHECKLIST_INCOMPLETE"));
    let a = leader_not_legal_rep("jiangsu");
    let missing: Vec<String> = items(&a)
        .iter()
        .filter(|i| i.is_missing())
        .map(|i| i.id().to_string())
        .collect();
    assert!(missing.contains(&"leader.authorization".to_string()));
    assert!(missing.contains(&"domain.certificate".to_string()));
    let r = report(&a);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == "CHECKLIST_INCOMPLETE")
        .unwrap();
    assert!(f.args.contains(&("count", missing.len().to_string())));
}

#[test]
fn apps_bring_their_documents_and_mini_programs_the_platform_letter() {
    use icp_tui::model::{App, AppKind};
    let mut e = enterprise();
    let before = required(&e);
    assert!(!before.iter().any(|id| id.starts_with("app")));
    e.apps.push(App {
        kind: Some(AppKind::App),
        content: vec![Content::News],
        ..App::default()
    });
    let with_app = required(&e);
    for id in [
        "app.feature_data",
        "app.icon",
        "app_leader.id_card",
        "pre_approval.news",
    ] {
        assert!(with_app.contains(id), "{id}: {with_app:?}");
    }
    assert!(!with_app.contains("mini_program.commitment_letter"));

    e.apps[0].kind = Some(AppKind::MiniProgram);
    let mini = required(&e);
    assert!(mini.contains("mini_program.commitment_letter"));
    assert!(mini.contains("app_leader.id_card"));
    assert!(!mini.contains("app.feature_data"));

    // An individual is the app's leader: no separate leader document.
    let mut i = individual();
    i.apps.push(App {
        kind: Some(AppKind::App),
        ..App::default()
    });
    let ind = required(&i);
    assert!(ind.contains("app.feature_data"));
    assert!(!ind.contains("app_leader.id_card"));
}

/// One fact, one verdict: a ticked item whose attached scan failed its check is not done for
/// the gauge, `CHECKLIST_INCOMPLETE`, the Review verdict and `check --complete` alike.
#[test]
fn a_ticked_item_whose_scan_failed_is_not_ready_anywhere() {
    use icp_tui::engine::readiness::{Status, readiness, status};
    use icp_tui::engine::scans::{FileKind, ScanVerdict};
    // The base ticks the ID card with "scans/id.jpg" attached.
    let a = individual();
    let check = |verdict: ScanVerdict| {
        let mut files = engine::FileFacts::new();
        files.scans.insert("scans/id.jpg".into(), verdict);
        let list = engine::checklist_with_scans(&a, Rules::builtin(), Some(today()), &files.scans);
        let report = engine::check_with_files(&a, Rules::builtin(), &now(), &files);
        (list, report)
    };
    let id_card = |list: &[ChecklistItem<'static>]| {
        list.iter()
            .find(|i| i.id() == "subject.id_card")
            .cloned()
            .unwrap()
    };

    // Fires: ticked, the file is not there.
    let (list, r) = check(ScanVerdict::Missing);
    let item = id_card(&list);
    assert!(item.done, "the tick itself is kept and shown");
    assert!(item.is_missing());
    assert_eq!(status(&item), Status::Open);
    let ready = readiness(&list);
    assert_eq!(ready.done + 1, ready.required);
    assert!(r.has("CHECKLIST_INCOMPLETE"));
    assert!(r.has("CHECKLIST_FILE_UNUSABLE"));
    assert_eq!(engine::verdict(&r), engine::Verdict::DocumentsMissing);
    let mut complete = r.clone();
    engine::require_complete(&mut complete);
    assert!(complete.has_errors());

    // The nearest that does not: ticked, the file there and usable.
    let (list, r) = check(ScanVerdict::Usable(FileKind::Jpeg));
    let item = id_card(&list);
    assert!(!item.is_missing());
    assert_eq!(status(&item), Status::Done);
    let ready = readiness(&list);
    assert_eq!(ready.done, ready.required);
    assert!(!r.has("CHECKLIST_INCOMPLETE"));
    assert!(!r.has("CHECKLIST_FILE_UNUSABLE"));
    assert!(engine::verdict(&r).is_ready());
}
