//! The spreadsheet columns of the application format: one column a field, named by the
//! field's dotted path (`subject.name`, `websites[0].domain`, as findings name fields) or by
//! its localized title ("Website 1: Domain", "网站1：域名").

use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;

use super::words::{Set, Words};
use crate::i18n::{Lang, Localizer, arg_num, arg_str};
use crate::model::{
    AppKind, Billing, CertificateType, Content, MiniProgramPlatform, NoticeFrom, Platform, Step,
    SubjectKind,
};
use crate::rules::{DocumentRule, Rules};

/// What a cell of the column holds, and so how it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// `YYYY-MM-DD` (or a spreadsheet date).
    Date,
    /// An RFC 3339 date-time, or `YYYY-MM-DD HH:MM[:SS]` in China time.
    Instant,
    Bool,
    /// A whole number, zero or more.
    Count,
    /// One value of a closed set: the name the format saves, or its label in either
    /// language (`transfer::words`).
    Choice(Set),
    /// Free values separated by `;`.
    List,
    /// Values of a closed set separated by `;`.
    Choices(Set),
    /// `key=value` pairs separated by `;` (an app's back-end domains' ICP numbers).
    Pairs,
    /// A document of the checklist: ticked (yes, ✓) or not (no), saved as its `done`.
    Document(&'static Document),
}

/// A document of the checklist rules in force, as its column names it.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Document {
    /// The key of `[checklist]`: `subject.id_card`.
    pub id: String,
    pub name_en: String,
    pub name_zh: String,
}

impl Document {
    /// The document as a `'static` value, so that its column is a `Column` like the others
    /// (the rules are read at run time). Each distinct document is kept once for the
    /// process: a few dozen, whatever the number of imports.
    pub fn of(rule: &DocumentRule) -> &'static Document {
        static KNOWN: Mutex<BTreeSet<&'static Document>> = Mutex::new(BTreeSet::new());
        let wanted = Document {
            id: rule.id.clone(),
            name_en: rule.name_en.clone(),
            name_zh: rule.name_zh.clone(),
        };
        let mut known = KNOWN.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = known.get(&wanted) {
            return found;
        }
        let kept: &'static Document = Box::leak(Box::new(wanted));
        known.insert(kept);
        kept
    }

    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::EnUs => &self.name_en,
            Lang::ZhCn => &self.name_zh,
        }
    }
}

/// One field of a section: its key below the section and what it holds.
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    /// Dotted below the section: `name`, `leader.mobile`, `registration.expires`.
    pub key: &'static str,
    pub kind: Kind,
}

const fn f(key: &'static str, kind: Kind) -> FieldSpec {
    FieldSpec { key, kind }
}

macro_rules! names {
    ($t:ty) => {{
        const N: usize = <$t>::ALL.len();
        const NAMES: [&str; N] = {
            let mut out = [""; N];
            let mut i = 0;
            while i < N {
                out[i] = <$t>::ALL[i].as_str();
                i += 1;
            }
            out
        };
        &NAMES
    }};
}

pub(super) const STEPS: &[&str] = names!(Step);
pub(super) const SUBJECT_KINDS: &[&str] = names!(SubjectKind);
pub(super) const CERTIFICATES: &[&str] = names!(CertificateType);
pub(super) const CONTENTS: &[&str] = names!(Content);
pub(super) const BILLINGS: &[&str] = names!(Billing);
pub(super) const SENDERS: &[&str] = names!(NoticeFrom);
pub(super) const APP_KINDS: &[&str] = names!(AppKind);
pub(super) const PLATFORMS: &[&str] = names!(Platform);
pub(super) const MINI_PLATFORMS: &[&str] = names!(MiniProgramPlatform);

use Kind::*;

/// `leader.*` of the subject, a website or an app (the same fields everywhere).
macro_rules! leader {
    ($prefix:literal) => {
        [
            f(concat!($prefix, "name"), Text),
            f(concat!($prefix, "is_legal_representative"), Bool),
            f(concat!($prefix, "id_type"), Choice(Set::Certificate)),
            f(concat!($prefix, "id_number"), Text),
            f(concat!($prefix, "id_expires"), Date),
            f(concat!($prefix, "mobile"), Text),
            f(concat!($prefix, "mobile_local"), Bool),
            f(concat!($prefix, "phone"), Text),
            f(concat!($prefix, "email"), Text),
        ]
    };
}

const META: &[FieldSpec] = &[
    f("title", Text),
    f("reference", Text),
    f("step", Choice(Set::Step)),
];

const SUBJECT: &[FieldSpec] = &[
    f("kind", Choice(Set::SubjectKind)),
    f("name", Text),
    f("province", Choice(Set::Province)),
    f("city", Text),
    f("address", Text),
    f("certificate_type", Choice(Set::Certificate)),
    f("certificate_number", Text),
    f("certificate_expires", Date),
    f("residence_permit", Bool),
    f("address_in_document_city", Bool),
];

const LEADER: &[FieldSpec] = &leader!("leader.");

const WEBSITE: &[FieldSpec] = &[
    f("name", Text),
    f("domain", Text),
    f("homepage", Text),
    f("content", Choices(Set::Content)),
    f("pre_approvals", Choices(Set::Content)),
    f("languages", List),
    f("registration.registrant", Text),
    f("registration.registrar", Text),
    f("registration.real_name_verified", Bool),
    f("registration.verified_on", Date),
    f("registration.expires", Date),
    f("footer.url", Text),
];

const ACCESS: &[FieldSpec] = &[
    f("provider", Choice(Set::Provider)),
    f("service_type", Choice(Set::Service)),
    f("service_name", Text),
    f("instance_id", Text),
    f("region", Text),
    f("billing", Choice(Set::Billing)),
    f("subscription_start", Date),
    f("subscription_end", Date),
    f("public_ip", Bool),
    f("public_ip_address", Text),
    f("service_codes_used", Count),
    f("edition", Text),
    f("order_amount_cny", Count),
];

const PROGRESS: &[FieldSpec] = &[
    f("submitted", Instant),
    f("provider_approved", Date),
    f("sms_requested", Instant),
    f("sms_verified", Instant),
    f("approved", Date),
    f("icp_number", Text),
    f("site_opened", Date),
    f("psb_filed", Date),
    f("psb_number", Text),
    f("app_numbers", List),
];

const NOTICE: &[FieldSpec] = &[
    f("received", Date),
    f("deadline", Date),
    f("from", Choice(Set::Sender)),
    f("about", Text),
    f("done", Date),
];

const CHANGE: &[FieldSpec] = &[f("what", Text), f("planned", Date), f("filed", Date)];

const APP: &[FieldSpec] = &[
    f("kind", Choice(Set::AppKind)),
    f("name", Text),
    f("platforms", Choices(Set::Platform)),
    f("content", Choices(Set::Content)),
    f("pre_approvals", Choices(Set::Content)),
    f("domains", List),
    f("domain_numbers", Pairs),
    f("icon", Text),
    f("android.package", Text),
    f("android.public_key", Text),
    f("android.signature_md5", Text),
    f("ios.bundle_id", Text),
    f("ios.public_key", Text),
    f("ios.signature_sha1", Text),
    f("harmonyos.bundle_name", Text),
    f("harmonyos.public_key", Text),
    f("harmonyos.fingerprint", Text),
    f("mini_program.platform", Choice(Set::MiniPlatform)),
    f("mini_program.app_id", Text),
];

/// A part of the format: a table (`subject`) or an array of tables (`websites`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Meta,
    Subject,
    Access,
    Progress,
    Websites,
    Notices,
    Changes,
    Apps,
    /// `[checklist]`: one column a document of the rules in force (`checklist_columns`).
    Checklist,
}

impl Section {
    /// In the template's order.
    pub const ALL: [Section; 9] = [
        Section::Meta,
        Section::Subject,
        Section::Websites,
        Section::Apps,
        Section::Access,
        Section::Progress,
        Section::Notices,
        Section::Changes,
        Section::Checklist,
    ];

    /// The key of the format: `subject`, `websites`.
    pub fn key(self) -> &'static str {
        match self {
            Section::Meta => "meta",
            Section::Subject => "subject",
            Section::Access => "access",
            Section::Progress => "progress",
            Section::Websites => "websites",
            Section::Notices => "notices",
            Section::Changes => "changes",
            Section::Apps => "apps",
            Section::Checklist => "checklist",
        }
    }

    /// Whether it is an array of tables (`websites[0]`).
    pub fn is_list(self) -> bool {
        matches!(
            self,
            Section::Websites | Section::Notices | Section::Changes | Section::Apps
        )
    }

    /// Its fields, leaders included (none for the checklist: its documents are data).
    pub fn fields(self) -> Vec<FieldSpec> {
        let (own, leader) = match self {
            Section::Checklist => (&[][..], false),
            Section::Meta => (META, false),
            Section::Subject => (SUBJECT, true),
            Section::Access => (ACCESS, false),
            Section::Progress => (PROGRESS, false),
            Section::Websites => (WEBSITE, true),
            Section::Notices => (NOTICE, false),
            Section::Changes => (CHANGE, false),
            Section::Apps => (APP, true),
        };
        let mut fields = own.to_vec();
        if leader {
            // A website's leader comes after its own fields and before its registration,
            // as in the TUI; elsewhere at the end.
            let at = fields
                .iter()
                .position(|f| f.key.starts_with("registration."))
                .unwrap_or(fields.len());
            fields.splice(at..at, LEADER.iter().copied());
        }
        fields
    }
}

/// One column: a field of a section (of entry `index` for a list section).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub section: Section,
    /// 0-based, as in the paths of findings; `None` for a table section.
    pub index: Option<usize>,
    pub key: &'static str,
    pub kind: Kind,
}

impl Column {
    /// The dotted path: `subject.leader.mobile`, `websites[1].domain`.
    pub fn path(&self) -> String {
        match self.index {
            Some(i) => format!("{}[{i}].{}", self.section.key(), self.key),
            None => format!("{}.{}", self.section.key(), self.key),
        }
    }

    /// The path as keys from the root of the file (`["websites", "domain"]` with the index
    /// kept apart): the section, then the key's parts.
    pub fn key_parts(&self) -> Vec<&'static str> {
        match self.section {
            // A document id is one key, dots and all: `"subject.id_card" = { done = true }`.
            Section::Checklist => vec![self.key, "done"],
            _ => self.key.split('.').collect(),
        }
    }

    /// The localized title: "Website 2: Domain", "网站2：域名" (entries count from 1).
    pub fn title(&self, tr: &Localizer) -> String {
        if let Kind::Document(document) = self.kind {
            return tr.ta(
                "transfer-column-title",
                &[
                    ("section", arg_str(&tr.t("import-sec-checklist"))),
                    ("field", arg_str(document.name(tr.lang()))),
                ],
            );
        }
        let (group, leaf) = match self.key.rsplit_once('.') {
            Some((group, leaf)) => (Some(group), leaf),
            None => (None, self.key),
        };
        let mut section = format!("transfer-sec-{}", self.section.key());
        if let Some(group) = group {
            section.push('-');
            section.push_str(&group.replace('_', "-"));
        }
        let n = self.index.map_or(0, |i| i as i64 + 1);
        let section = tr.ta(&section, &[("n", arg_num(n))]);
        let field = tr.t(&format!("transfer-field-{}", leaf.replace('_', "-")));
        tr.ta(
            "transfer-column-title",
            &[("section", arg_str(&section)), ("field", arg_str(&field))],
        )
    }
}

/// How many entries of each list section a template has columns for (more can be added by
/// hand: `websites[3].domain`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    pub websites: usize,
    pub notices: usize,
    pub changes: usize,
    pub apps: usize,
}

impl Counts {
    /// The template's: two websites, one app, one notice, one change.
    pub const TEMPLATE: Counts = Counts {
        websites: 2,
        notices: 1,
        changes: 1,
        apps: 1,
    };

    fn of(&self, section: Section) -> usize {
        match section {
            Section::Websites => self.websites,
            Section::Notices => self.notices,
            Section::Changes => self.changes,
            Section::Apps => self.apps,
            _ => 1,
        }
    }

    /// At least these counts and those of `app` (so every entry of `app` has its columns).
    pub fn covering(self, app: &crate::model::Application) -> Counts {
        Counts {
            websites: self.websites.max(app.websites.len()),
            notices: self.notices.max(app.notices.len()),
            changes: self.changes.max(app.changes.len()),
            apps: self.apps.max(app.apps.len()),
        }
    }
}

/// One column a document of the checklist rules, in the rules' order.
pub fn checklist_columns(rules: &Rules) -> Vec<Column> {
    rules
        .documents()
        .iter()
        .map(|rule| {
            let document = Document::of(rule);
            Column {
                section: Section::Checklist,
                index: None,
                key: &document.id,
                kind: Kind::Document(document),
            }
        })
        .collect()
}

/// Every column, in the template's order, for `counts` entries of each list section, the
/// checklist's documents last.
pub fn all_columns(counts: Counts, rules: &Rules) -> Vec<Column> {
    let mut out = columns(counts);
    out.extend(checklist_columns(rules));
    out
}

/// Every column of the format's fields, in the template's order, for `counts` entries of
/// each list section.
pub fn columns(counts: Counts) -> Vec<Column> {
    let mut out = Vec::new();
    for section in Section::ALL {
        let fields = section.fields();
        if section.is_list() {
            for i in 0..counts.of(section) {
                out.extend(fields.iter().map(|f| Column {
                    section,
                    index: Some(i),
                    key: f.key,
                    kind: f.kind,
                }));
            }
        } else {
            out.extend(fields.iter().map(|f| Column {
                section,
                index: None,
                key: f.key,
                kind: f.kind,
            }));
        }
    }
    out
}

/// The column a dotted path names (`websites[12].leader.mobile` works for any index).
pub fn by_path(path: &str) -> Option<Column> {
    let path = path.trim();
    let (head, key) = path.split_once('.')?;
    let (name, index) = match head.split_once('[') {
        Some((name, rest)) => {
            let digits = rest.strip_suffix(']')?;
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (name, Some(digits.parse::<usize>().ok()?))
        }
        None => (head, None),
    };
    let section = Section::ALL.into_iter().find(|s| s.key() == name)?;
    if section.is_list() != index.is_some() {
        return None;
    }
    let field = section.fields().into_iter().find(|f| f.key == key)?;
    Some(Column {
        section,
        index,
        key: field.key,
        kind: field.kind,
    })
}

/// A header cell as compared with titles: trimmed, without spaces, ASCII lower case, the
/// full-width colon as ":".
pub fn normalize(text: &str) -> String {
    text.trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '：' { ':' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Recognizes header cells by path, or by title in either language for entries up to
/// `MAX_TITLED` of each list section; and the words of enum cells.
pub struct Headers {
    /// Normalized titles → columns (more than one: a title two documents share).
    titles: HashMap<String, Vec<Column>>,
    checklist: Vec<Column>,
    words: Words,
}

/// Titles are recognized for this many entries of each list section; past it, use paths.
pub const MAX_TITLED: usize = 20;

impl Headers {
    /// For the rules in force: their documents are the checklist's columns, their names of
    /// provinces, providers and services words of enum cells.
    pub fn new(rules: &Rules) -> Headers {
        let all = Counts {
            websites: MAX_TITLED,
            notices: MAX_TITLED,
            changes: MAX_TITLED,
            apps: MAX_TITLED,
        };
        let checklist = checklist_columns(rules);
        let mut titles: HashMap<String, Vec<Column>> = HashMap::new();
        fn add(titles: &mut HashMap<String, Vec<Column>>, title: &str, column: Column) {
            let slot = titles.entry(normalize(title)).or_default();
            if !slot.contains(&column) {
                slot.push(column);
            }
        }
        for lang in Lang::ALL {
            let tr = Localizer::new(lang);
            for column in columns(all).into_iter().chain(checklist.iter().copied()) {
                add(&mut titles, &column.title(&tr), column);
            }
        }
        // A document also by its name alone, where no title reads the same.
        for column in &checklist {
            if let Kind::Document(document) = column.kind {
                for lang in Lang::ALL {
                    let name = normalize(document.name(lang));
                    let taken = titles
                        .get(&name)
                        .is_some_and(|c| c.iter().any(|c| c.section != Section::Checklist));
                    if !taken {
                        add(&mut titles, document.name(lang), *column);
                    }
                }
            }
        }
        Headers {
            titles,
            checklist,
            words: Words::new(rules),
        }
    }

    /// The column a header cell names, if any.
    pub fn column(&self, header: &str) -> Option<Column> {
        self.lookup(header).ok()
    }

    /// The column a header cell names; or the columns it could name (a name two documents
    /// share: empty when none).
    pub fn lookup(&self, header: &str) -> Result<Column, Vec<Column>> {
        if let Some(column) = by_path(header) {
            return Ok(column);
        }
        if let Some(id) = header.trim().strip_prefix("checklist.") {
            return self
                .checklist
                .iter()
                .find(|c| c.key == id)
                .copied()
                .ok_or_else(Vec::new);
        }
        match self.titles.get(&normalize(header)).map(Vec::as_slice) {
            Some([column]) => Ok(*column),
            Some(many) => Err(many.to_vec()),
            None => Err(Vec::new()),
        }
    }

    /// Whether `text` is the title of `column` in some language (a title row under paths).
    pub fn is_title_of(&self, text: &str, column: &Column) -> bool {
        self.titles
            .get(&normalize(text))
            .is_some_and(|c| c.contains(column))
    }

    /// The words enum cells are read with.
    pub fn words(&self) -> &Words {
        &self.words
    }
}

/// `A`, `B`, …, `Z`, `AA` for 0-based column `index`.
pub fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_go_past_z() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(27), "AB");
        assert_eq!(letter(701), "ZZ");
        assert_eq!(letter(702), "AAA");
    }

    #[test]
    fn paths_name_columns_at_any_index() {
        let c = by_path("websites[12].leader.mobile").unwrap();
        assert_eq!(c.index, Some(12));
        assert_eq!(c.path(), "websites[12].leader.mobile");
        assert_eq!(by_path("subject.name").unwrap().kind, Kind::Text);
        assert_eq!(by_path("subject.nam"), None);
        assert_eq!(by_path("subject[0].name"), None);
        assert_eq!(by_path("websites.domain"), None);
        assert_eq!(by_path("websites[x].domain"), None);
        assert_eq!(by_path("websites[-1].domain"), None);
    }

    #[test]
    fn every_column_has_a_unique_path_and_title_in_each_language() {
        let all = columns(Counts {
            websites: 3,
            notices: 2,
            changes: 2,
            apps: 2,
        });
        let paths: std::collections::HashSet<String> = all.iter().map(Column::path).collect();
        assert_eq!(paths.len(), all.len());
        for lang in Lang::ALL {
            let tr = Localizer::new(lang);
            let titles: std::collections::HashSet<String> =
                all.iter().map(|c| normalize(&c.title(&tr))).collect();
            assert_eq!(titles.len(), all.len(), "{lang:?}");
            for c in &all {
                assert_eq!(by_path(&c.path()), Some(*c));
                let title = c.title(&tr);
                assert!(!title.contains("transfer-"), "{title}");
            }
        }
    }

    #[test]
    fn titles_are_recognized_in_either_language() {
        let headers = Headers::new(Rules::builtin());
        let domain = by_path("websites[1].domain").unwrap();
        for lang in Lang::ALL {
            let title = domain.title(&Localizer::new(lang));
            assert_eq!(headers.column(&title), Some(domain), "{title}");
            assert_eq!(
                headers.column(&format!("  {}  ", title.to_uppercase())),
                Some(domain)
            );
        }
        assert_eq!(headers.column("Website 2: Domain"), Some(domain));
        assert_eq!(headers.column("网站2:域名"), Some(domain));
        assert_eq!(headers.column("Website 2: Domains"), None);
    }

    #[test]
    fn documents_are_columns_by_path_title_and_name() {
        let rules = Rules::builtin();
        let headers = Headers::new(rules);
        let id_card = headers.column("checklist.subject.id_card").unwrap();
        assert_eq!(id_card.section, Section::Checklist);
        assert_eq!(id_card.path(), "checklist.subject.id_card");
        assert_eq!(id_card.key_parts(), ["subject.id_card", "done"]);
        for header in [
            "Documents: Resident identity card",
            "材料：居民身份证",
            "居民身份证",
            " resident IDENTITY card ",
        ] {
            assert_eq!(headers.column(header), Some(id_card), "{header}");
        }
        assert_eq!(headers.lookup("checklist.subject.nothing"), Err(Vec::new()));
        assert_eq!(
            by_path("checklist.subject.id_card"),
            None,
            "only the rules know ids"
        );
        // Two provinces ask for a document of the same name: by name, it is ambiguous.
        let Err(both) = headers.lookup("加盖公章的核验单原件") else {
            panic!("one column")
        };
        let paths: Vec<String> = both.iter().map(Column::path).collect();
        assert_eq!(
            paths,
            [
                "checklist.province.henan.sealed_verification_form",
                "checklist.province.yunnan.sealed_verification_form"
            ]
        );
        assert!(headers.is_title_of("加盖公章的核验单原件", &both[1]));
    }

    #[test]
    fn every_document_of_the_rules_is_a_column_with_a_unique_path() {
        let rules = Rules::builtin();
        let all = all_columns(Counts::TEMPLATE, rules);
        let checklist: Vec<_> = all
            .iter()
            .filter(|c| c.section == Section::Checklist)
            .collect();
        assert_eq!(checklist.len(), rules.documents().len());
        let paths: std::collections::HashSet<String> = all.iter().map(Column::path).collect();
        assert_eq!(paths.len(), all.len());
        let headers = Headers::new(rules);
        for c in checklist {
            assert_eq!(headers.column(&c.path()), Some(*c));
        }
    }
}
