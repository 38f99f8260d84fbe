//! Shared wording of errors and findings for the TUI and the command line.

mod appinfo_reason;
pub mod deadline;
pub mod finding_text;
pub mod footer;
pub mod ics;
pub mod markdown;
mod read_reason;
mod save_reason;
mod saving;
pub mod summary;
mod titles;

pub use appinfo_reason::{appinfo_error, appinfo_kind};
pub use read_reason::{io_reason, load_reason};
pub use save_reason::{save_reason, write_reason};
pub use saving::too_large;
pub use titles::{app_title, site_title};

use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::{Application, ParseError, ParseErrorKind};

/// "Label: " in English, "标签：" in Chinese.
pub fn label(tr: &Localizer, text: &str) -> String {
    format!("{text}{}", tr.t("label-sep"))
}

/// The provinces a rule applies in, by name in `lang` ("Shanghai, Fujian" or "上海、福建"),
/// for a sentence such as "These provinces ask for it"; an unknown slug is shown as written.
pub fn province_names(
    rules: &crate::rules::Rules,
    slugs: &[String],
    lang: crate::i18n::Lang,
) -> String {
    use crate::i18n::Lang;
    let names: Vec<String> = slugs
        .iter()
        .map(|slug| match (rules.province(slug), lang) {
            (Some(p), Lang::ZhCn) => p.short_name_zh().to_string(),
            (Some(p), Lang::EnUs) => p.name_en.clone(),
            (None, _) => slug.clone(),
        })
        .collect();
    names.join(if lang == Lang::ZhCn { "、" } else { ", " })
}

/// What the list calls an application: its title, else the subject, else its first domain.
pub fn display_title(app: &Application, tr: &Localizer) -> String {
    let candidates = [
        app.meta.title.as_deref(),
        app.subject.name.as_deref(),
        app.websites.first().and_then(|w| w.domain.as_deref()),
    ];
    candidates
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|t| !t.is_empty())
        .map_or_else(|| tr.t("list-untitled"), str::to_string)
}

/// "line 57, websites[1].registration.expires: the text "soon" is written here, but this
/// field takes a date. Write the date without quotes, for example 2027-11-02." — where, what
/// and what to do, all in the UI language (the parser's own words only as a quoted detail).
pub fn parse_error(e: &ParseError, tr: &Localizer) -> String {
    if let (ParseErrorKind::NotUtf8 { column }, Some(line)) = (&e.kind, e.line) {
        return read_error(
            &crate::input::ReadError::NotUtf8 {
                line,
                column: *column,
            },
            tr,
        );
    }
    let problem = parse_problem(&e.kind, tr);
    match (e.line, &e.field) {
        (Some(line), Some(field)) => tr.ta(
            "parse-at",
            &[
                ("line", arg_num(line as i64)),
                ("field", arg_str(field)),
                ("problem", arg_str(&problem)),
            ],
        ),
        (Some(line), None) => tr.ta(
            "parse-at-line",
            &[
                ("line", arg_num(line as i64)),
                ("problem", arg_str(&problem)),
            ],
        ),
        (None, Some(field)) => tr.ta(
            "parse-at-field",
            &[("field", arg_str(field)), ("problem", arg_str(&problem))],
        ),
        (None, None) => problem,
    }
}

/// What is wrong and what to do, without the place.
fn parse_problem(kind: &ParseErrorKind, tr: &Localizer) -> String {
    use crate::model::Found;
    match kind {
        ParseErrorKind::Syntax(m) => tr.ta("parse-syntax-line", &[("detail", arg_str(m))]),
        ParseErrorKind::Value(m) => tr.ta("parse-value-other", &[("detail", arg_str(m))]),
        ParseErrorKind::NotAnApplication => tr.t("parse-not-application-fix"),
        ParseErrorKind::MissingVersion => tr.t("parse-missing-version-fix"),
        ParseErrorKind::NewerVersion(v) => {
            tr.ta("parse-newer-version-fix", &[("version", arg_num(*v))])
        }
        ParseErrorKind::WrongType { found, expected } => {
            let found = match found {
                Found::Text(v) => tr.ta("parse-found-text", &[("value", arg_str(v))]),
                Found::Number(v) => tr.ta("parse-found-number", &[("value", arg_str(v))]),
                Found::Boolean(v) => {
                    tr.ta("parse-found-boolean", &[("value", arg_str(&v.to_string()))])
                }
                Found::Date(v) if v.is_empty() => tr.t("parse-found-a-date"),
                Found::Date(v) => tr.ta("parse-found-date", &[("value", arg_str(v))]),
                Found::Table => tr.t("parse-found-table"),
                Found::List => tr.t("parse-found-list"),
                Found::Other => tr.t("parse-found-other"),
            };
            let key = expected.as_str();
            tr.ta(
                "parse-wrong-type",
                &[
                    ("found", arg_str(&found)),
                    ("expected", arg_str(&tr.t(&format!("parse-expected-{key}")))),
                    ("fix", arg_str(&tr.t(&format!("parse-fix-{key}")))),
                ],
            )
        }
        ParseErrorKind::UnknownValue { found, allowed } => tr.ta(
            "parse-unknown-value",
            &[
                ("found", arg_str(found)),
                ("allowed", arg_str(&allowed.join(", "))),
            ],
        ),
        ParseErrorKind::MissingField(name) => {
            tr.ta("parse-missing-field", &[("name", arg_str(name))])
        }
        ParseErrorKind::InvalidDate(value) => {
            tr.ta("parse-invalid-date", &[("value", arg_str(value))])
        }
        ParseErrorKind::Duplicate => tr.t("parse-duplicate"),
        ParseErrorKind::NotUtf8 { column } => tr.ta(
            "read-not-utf8",
            &[("line", arg_num(0)), ("column", arg_num(*column as i64))],
        ),
    }
}

/// A finding's arguments for its Fluent message: numbers as numbers (for plurals), province
/// slugs as the province's name, and coded values (`content`, `rule`, …) through
/// `arg-<name>-<value>` when the message files name them.
pub fn finding_args(
    f: &crate::engine::Finding,
    rules: &crate::rules::Rules,
    tr: &Localizer,
) -> Vec<(&'static str, fluent::FluentValue<'static>)> {
    f.args
        .iter()
        .map(|(name, value)| {
            let shown = match *name {
                // A checklist document by its name rather than its id.
                "id" if f.code.starts_with("CHECKLIST") => match rules.document(value) {
                    Some(d) => match tr.lang() {
                        crate::i18n::Lang::EnUs => d.name_en.clone(),
                        crate::i18n::Lang::ZhCn => d.name_zh.clone(),
                    },
                    None => value.clone(),
                },
                "province" | "home" | "registered" | "named" => match rules.province(value) {
                    Some(p) => match tr.lang() {
                        crate::i18n::Lang::EnUs => p.name_en.clone(),
                        crate::i18n::Lang::ZhCn => p.name_zh.clone(),
                    },
                    None => value.clone(),
                },
                _ => {
                    let id = format!("arg-{name}-{value}");
                    if tr.has(&id) {
                        tr.t(&id)
                    } else {
                        value.clone()
                    }
                }
            };
            let numeric = matches!(
                *name,
                "days"
                    | "min"
                    | "max"
                    | "count"
                    | "age"
                    | "months"
                    | "hours"
                    | "used"
                    | "amount"
                    | "other"
            );
            let fluent_value = match shown.parse::<i64>() {
                Ok(n) if numeric => arg_num(n),
                _ => arg_str(&shown),
            };
            (*name, fluent_value)
        })
        .collect()
}

/// What is wrong, in the UI language.
pub fn finding_message(
    f: &crate::engine::Finding,
    rules: &crate::rules::Rules,
    tr: &Localizer,
) -> String {
    tr.ta(&format!("finding-{}", f.code), &finding_args(f, rules, tr))
}

/// What to do about it, in the UI language.
pub fn finding_fix(
    f: &crate::engine::Finding,
    rules: &crate::rules::Rules,
    tr: &Localizer,
) -> String {
    tr.ta(
        &format!("finding-{}-fix", f.code),
        &finding_args(f, rules, tr),
    )
}

/// "Domain expiry", "域名到期".
pub fn deadline_kind(kind: crate::engine::DeadlineKind, tr: &Localizer) -> String {
    tr.t(&format!("deadline-{}", kind.as_str()))
}

pub fn severity(severity: crate::engine::Severity, tr: &Localizer) -> String {
    tr.t(&format!("severity-{}", severity.as_str()))
}

/// "in 3 days", "today", "2 days ago" — past deadlines read as past, not as negative numbers.
pub fn days_left(days: i64, tr: &Localizer) -> String {
    if days < 0 {
        tr.ta("days-ago", &[("days", arg_num(-days))])
    } else {
        tr.ta("days-left", &[("days", arg_num(days))])
    }
}

/// Which rules are in force: "Rules in force: built-in, sources up to 2026-11-20." (or with
/// the override's path). One wording for `check`, the TUI and the exports.
pub fn rules_in_force(rules: &crate::rules::Rules, tr: &Localizer) -> String {
    let date = rules.as_of().to_string();
    match rules.source() {
        crate::rules::RulesOrigin::Builtin => {
            tr.ta("check-rules-builtin", &[("date", arg_str(&date))])
        }
        crate::rules::RulesOrigin::Override { path } => {
            let path = path
                .as_ref()
                .map_or(String::new(), |p| p.display().to_string());
            tr.ta(
                "check-rules-override",
                &[("date", arg_str(&date)), ("path", arg_str(&path))],
            )
        }
    }
}

/// The rules in force in one short line for the TUI's list: the date before the path, which
/// may be cut at the screen's edge.
pub fn rules_in_force_short(
    as_of: crate::model::Date,
    origin: &crate::rules::RulesOrigin,
    tr: &Localizer,
) -> String {
    let date = as_of.to_string();
    match origin {
        crate::rules::RulesOrigin::Builtin => {
            tr.ta("list-rules-builtin", &[("date", arg_str(&date))])
        }
        crate::rules::RulesOrigin::Override { path } => {
            let path = path
                .as_ref()
                .map_or(String::new(), |p| p.display().to_string());
            tr.ta(
                "list-rules-override",
                &[("date", arg_str(&date)), ("path", arg_str(&path))],
            )
        }
    }
}

/// Why a file could not be read as text, in the UI language, with what to do.
pub fn read_error(e: &crate::input::ReadError, tr: &Localizer) -> String {
    use crate::input::ReadError;
    match e {
        ReadError::Io(reason) => tr.ta("read-io", &[("reason", arg_str(reason))]),
        ReadError::NotAFile => tr.t("read-not-a-file"),
        ReadError::TooLarge { bytes } => tr.ta(
            "read-too-large",
            &[
                ("mb", arg_num(bytes.div_ceil(1024 * 1024) as i64)),
                (
                    "limit",
                    arg_num((crate::input::MAX_FILE_BYTES / (1024 * 1024)) as i64),
                ),
            ],
        ),
        ReadError::NotUtf8 { line, column } => tr.ta(
            "read-not-utf8",
            &[
                ("line", arg_num(*line as i64)),
                ("column", arg_num(*column as i64)),
            ],
        ),
    }
}

/// What is wrong with an entry of the override, and what to do.
fn rules_problem(problem: &crate::rules::RulesProblem, tr: &Localizer) -> String {
    use crate::rules::RulesProblem as P;
    let with = |id: &str, value: &str| tr.ta(id, &[("value", arg_str(value))]);
    #[allow(unreachable_patterns)] // kinds added later fall back to a generic sentence
    match problem {
        P::WrongFormat => tr.t("rules-problem-format"),
        P::UnsupportedVersion(v) => with("rules-problem-version", &v.to_string()),
        P::NoSource => tr.t("rules-problem-no-source"),
        P::UnknownSource(key) => with("rules-problem-unknown-source", key),
        P::BadCode(code) => with("rules-problem-bad-code", code),
        P::DuplicateCode(v) | P::DuplicateSlug(v) | P::DuplicateAbbr(v) => {
            with("rules-problem-duplicate", v)
        }
        P::UnknownDocument(id) => with("rules-problem-unknown-document", id),
        _ => tr.t("rules-problem-other"),
    }
}

/// A sentence as a clause inside another message that adds its own full stop.
pub fn clause(text: &str) -> &str {
    text.strip_suffix('.')
        .or_else(|| text.strip_suffix('。'))
        .unwrap_or(text)
}

/// Why the rules override cannot be used: "The rules override PATH cannot be used: …".
pub fn rules_load_error(e: &crate::rules::LoadError, tr: &Localizer) -> String {
    let reason = match &e.reason {
        crate::rules::LoadReason::Io(read) => read_error(read, tr),
        crate::rules::LoadReason::Rules(crate::rules::RulesError::Parse(p)) => parse_error(p, tr),
        crate::rules::LoadReason::Rules(crate::rules::RulesError::Invalid {
            line,
            field,
            problem,
        }) => {
            let problem = rules_problem(problem, tr);
            match line {
                Some(line) => tr.ta(
                    "parse-at",
                    &[
                        ("line", arg_num(*line as i64)),
                        ("field", arg_str(field)),
                        ("problem", arg_str(&problem)),
                    ],
                ),
                None => tr.ta(
                    "parse-at-field",
                    &[("field", arg_str(field)), ("problem", arg_str(&problem))],
                ),
            }
        }
    };
    tr.ta(
        "check-rules-broken",
        &[
            ("path", arg_str(&e.path.display().to_string())),
            ("reason", arg_str(clause(&reason))),
        ],
    )
}
