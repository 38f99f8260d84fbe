//! The document checklist for one application: which documents of the rules apply, why,
//! and what the `[checklist]` table says about each. Entries the answers no longer require
//! stay visible as such: a person's ticks and files are never dropped silently.

use crate::model::{Application, CertificateType, ChecklistEntry, Content, Date, SubjectKind};
use crate::rules::{ConditionInput, DocumentRule, Flag, Need, Rules, Tri};
use crate::validate::id_card;

use super::context::{Out, age_on, given};
use super::domains;
use super::finding::{Finding, Severity};
use super::scans::{ScanFacts, ScanVerdict};

/// Which parts of the application made a document required (the parts its condition asks
/// about); all empty for a document every filing needs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChecklistReason {
    pub subject: Option<SubjectKind>,
    /// Province slug.
    pub province: Option<String>,
    pub content: Vec<Content>,
    pub flags: Vec<Flag>,
}

/// One document of the checklist for this application.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistItem<'r> {
    pub rule: &'r DocumentRule,
    /// Required by the current answers. `false` for a ticked item that the answers no longer
    /// require: it is shown as such, never dropped.
    pub required: bool,
    pub done: bool,
    pub file: Option<String>,
    pub note: Option<String>,
    /// Why it is required (empty when not required).
    pub reason: ChecklistReason,
    /// The verdict on the attached file, when it was checked (`None`: no file, or not
    /// looked at).
    pub scan: Option<ScanVerdict>,
}

impl ChecklistItem<'_> {
    pub fn id(&self) -> &str {
        &self.rule.id
    }

    /// Ticked, and its attached file (if any) did not fail its check: a tick over a scan
    /// that is missing or unusable is not a document in hand.
    pub fn is_done(&self) -> bool {
        self.done && !self.scan_failed()
    }

    /// The attached file was checked and is not usable.
    pub fn scan_failed(&self) -> bool {
        self.scan.as_ref().is_some_and(|v| !v.is_usable())
    }

    /// Counts towards CHECKLIST_INCOMPLETE: required, always needed, not done.
    pub fn is_missing(&self) -> bool {
        self.required && self.rule.need == Need::Required && !self.is_done()
    }
}

/// The checklist, with ages (the `minor` flag) counted as of the application's last save.
/// Use [`checklist_on`] when the date is known.
pub fn checklist<'r>(app: &Application, rules: &'r Rules) -> Vec<ChecklistItem<'r>> {
    checklist_on(
        app,
        rules,
        app.meta.updated.as_ref().map(|i| i.china_date()),
    )
}

/// As [`checklist_on`], each item with the verdict on its attached file from `scans`.
pub fn checklist_with_scans<'r>(
    app: &Application,
    rules: &'r Rules,
    today: Option<Date>,
    scans: &ScanFacts,
) -> Vec<ChecklistItem<'r>> {
    let mut items = checklist_on(app, rules, today);
    for item in &mut items {
        item.scan = item.file.as_ref().and_then(|f| scans.get(f)).cloned();
    }
    items
}

/// The checklist as of `today` (`None`: ages unknown, the `minor` flag never holds), its
/// files not looked at.
pub fn checklist_on<'r>(
    app: &Application,
    rules: &'r Rules,
    today: Option<Date>,
) -> Vec<ChecklistItem<'r>> {
    let province = given(&app.subject.province)
        .and_then(|p| rules.province(p))
        .map(|p| p.slug.as_str());
    let mut content: Vec<Content> = Vec::new();
    let app_content = app.apps.iter().flat_map(|a| &a.content);
    for c in app
        .websites
        .iter()
        .flat_map(|w| &w.content)
        .chain(app_content)
    {
        if !content.contains(c) {
            content.push(*c);
        }
    }
    let flags = flags(app, rules, today);
    let input = ConditionInput {
        subject: app.subject.kind,
        province,
        content: &content,
        flags: &flags,
    };
    let mut items = Vec::new();
    for rule in rules.documents() {
        let entry = app.checklist.get(&rule.id);
        let required = rule.when.matches(&input);
        let kept = entry.is_some_and(|e| e.done || e.file.is_some());
        if !required && !kept {
            continue;
        }
        let reason = if required {
            ChecklistReason {
                subject: app.subject.kind.filter(|_| !rule.when.subject.is_empty()),
                province: province
                    .filter(|_| !rule.when.provinces.is_empty())
                    .map(str::to_string),
                content: content
                    .iter()
                    .copied()
                    .filter(|c| rule.when.content.contains(c))
                    .collect(),
                flags: rule.when.flags.clone(),
            }
        } else {
            ChecklistReason::default()
        };
        let empty = ChecklistEntry::default();
        let entry = entry.unwrap_or(&empty);
        items.push(ChecklistItem {
            rule,
            required,
            done: entry.done,
            file: entry.file.clone(),
            note: entry.note.clone(),
            reason,
            scan: None,
        });
    }
    items
}

/// The facts beyond kind, province and content that document conditions ask about.
pub fn flags(app: &Application, rules: &Rules, today: Option<Date>) -> Vec<Flag> {
    let subject = &app.subject;
    let organization = subject.kind.is_some_and(|k| k.is_organization());
    let individual = subject.kind == Some(SubjectKind::Individual);
    let province_code = given(&subject.province)
        .and_then(|p| rules.province(p))
        .map(|p| p.code.as_str());
    let mut flags = Vec::new();

    let own_id = given(&subject.certificate_number).map(id_card::normalize);
    let id_province = own_id
        .as_deref()
        .filter(|n| n.len() == 18 && n.is_char_boundary(2))
        .map(|n| &n[..2]);
    if individual
        && let (Some(home), Some(here)) = (id_province, province_code)
        && !matches!(home, "81" | "82" | "83")
        && home != here
    {
        flags.push(Flag::Nonlocal);
    }
    if organization && subject.leader.is_legal_representative == Some(false) {
        flags.push(Flag::LeaderNotLegalRep);
    }
    let province = given(&subject.province).and_then(|p| rules.province(p));
    if province.is_some_and(|p| p.leader_must_be_legal_rep.value == Tri::Yes) {
        flags.push(Flag::LegalRepLeaderRequired);
    }
    // The individual's own document decides which identity document the checklist asks for.
    let document = match subject.certificate_type.filter(|_| individual) {
        Some(CertificateType::Passport) => Some(Flag::PassportHolder),
        Some(CertificateType::ForeignPermanentResidence) => Some(Flag::ForeignPermanentResident),
        Some(CertificateType::HkMacaoPermit) => Some(Flag::HkMacaoPermitHolder),
        Some(CertificateType::TaiwanPermit) => Some(Flag::TaiwanPermitHolder),
        Some(CertificateType::ResidencePermit) => Some(Flag::HmtResidencePermitHolder),
        _ => None,
    };
    flags.extend(document);
    if organization
        && app.websites.iter().any(|w| {
            w.leader.is_legal_representative == Some(false)
                || (subject.leader.is_legal_representative == Some(true)
                    && super::contacts::same_person(&subject.leader, &w.leader) == Some(false))
        })
    {
        flags.push(Flag::WebsiteLeaderNotLegalRep);
    }
    if let Some(today) = today {
        // An organization's certificate number is a credit code: some of its characters can
        // read as a birth date, so only an individual's own number is a person's.
        let own = subject.certificate_number.as_ref().filter(|_| individual);
        let numbers = std::iter::once(own)
            .chain(std::iter::once(subject.leader.id_number.as_ref()))
            .chain(app.websites.iter().map(|w| w.leader.id_number.as_ref()))
            .flatten();
        if numbers
            .filter_map(|n| birth_date(n))
            // A birth date in the future is reported on its own; it makes no one a minor.
            .any(|b| (0..18).contains(&age_on(b, today)))
        {
            flags.push(Flag::Minor);
        }
    }
    if app
        .websites
        .iter()
        .any(|w| domains::held_by_legal_rep(app, w))
    {
        flags.push(Flag::DomainHeldByLegalRep);
    }
    // A subject with an issued number adds websites to an existing filing.
    if given(&app.progress.icp_number).is_some() {
        flags.push(Flag::HasFiledSites);
    }
    if app.websites.iter().any(|w| !w.pre_approvals.is_empty())
        || app.apps.iter().any(|a| !a.pre_approvals.is_empty())
    {
        flags.push(Flag::PreApprovalHeld);
    }
    let needs_pre_approval =
        |c: &crate::model::Content| rules.filing().content(*c).is_some_and(|r| r.pre_approval);
    if app
        .websites
        .iter()
        .flat_map(|w| &w.content)
        .chain(app.apps.iter().flat_map(|a| &a.content))
        .any(needs_pre_approval)
    {
        flags.push(Flag::PreApprovalContent);
    }
    // Apps, mini-programs and quick apps join the same filing (research-delta §1).
    if !app.apps.is_empty() {
        flags.push(Flag::HasApp);
    }
    let kinds = || app.apps.iter().filter_map(|a| a.kind);
    if kinds().any(|k| k != crate::model::AppKind::MiniProgram) {
        flags.push(Flag::HasNativeApp);
    }
    if kinds().any(|k| k == crate::model::AppKind::MiniProgram) {
        flags.push(Flag::HasMiniProgram);
    }
    flags
}

/// The birth date inside an 18-character identity number, if it reads as one.
fn birth_date(number: &str) -> Option<Date> {
    let n = id_card::normalize(number);
    if n.len() != 18 || !n.is_ascii() {
        return None;
    }
    let digits = &n[6..14];
    Date::parse(&format!(
        "{}-{}-{}",
        &digits[0..4],
        &digits[4..6],
        &digits[6..8]
    ))
}

pub(crate) fn check(
    app: &Application,
    rules: &Rules,
    today: Date,
    scans: &ScanFacts,
    out: &mut Out,
) {
    let items = checklist_with_scans(app, rules, Some(today), scans);
    let missing = items.iter().filter(|i| i.is_missing()).count();
    if missing > 0 {
        out.push(
            Finding::new("CHECKLIST_INCOMPLETE", Severity::Info, "checklist").arg("count", missing),
        );
    }
    for item in items.iter().filter(|i| i.done) {
        if let Some(scan) = item.scan.as_ref().filter(|v| !v.is_usable()) {
            out.push(
                Finding::new(
                    "CHECKLIST_FILE_UNUSABLE",
                    Severity::Warning,
                    entry_field(item.id()),
                )
                .arg("id", item.id())
                .arg("reason", scan.code()),
            );
        }
    }
    for item in items.iter().filter(|i| !i.required) {
        out.push(
            Finding::new(
                "CHECKLIST_NOT_REQUIRED",
                Severity::Info,
                entry_field(item.id()),
            )
            .arg("id", item.id()),
        );
    }
    for (id, entry) in &app.checklist {
        if rules.document(id).is_none() && (entry.done || entry.file.is_some()) {
            out.push(
                Finding::new("CHECKLIST_UNKNOWN_ENTRY", Severity::Info, entry_field(id))
                    .arg("id", id),
            );
        }
    }
}

fn entry_field(id: &str) -> String {
    format!("checklist.\"{id}\"")
}
