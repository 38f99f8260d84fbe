//! Apps, mini-programs and quick apps of the filing subject (`[[apps]]`): one name on every
//! platform and no refused words, the feature data of each platform (identifiers, keys and
//! signatures as hex of the right length, the iOS SHA-1 trap), the icon, the back-end
//! domains, content and pre-approvals, the app leader, and the numbers issued for apps.
//! Facts and figures: `assets/apps.toml` (research-delta-2026-12.md §1).

use std::collections::BTreeMap;

use crate::model::{App, AppKind, Platform};
use crate::rules::{AppRules, IdentifierShape};
use crate::validate::domain;
use crate::validate::icp_number::{self, FilingTarget};

use super::context::{Ctx, Out, given};
use super::finding::{Finding, Severity};
use super::{subject, websites};

/// What the file system said about an icon path; the runtime or the CLI looks, the engine
/// judges (it never touches the disk).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IconFact {
    /// A readable file of `len` bytes; `image` names its kind by its first bytes, if an image.
    Found {
        len: u64,
        image: Option<&'static str>,
    },
    Missing,
    NotAFile,
    Unreadable,
}

/// Icon facts by the path as written in the application.
pub type IconFacts = BTreeMap<String, IconFact>;

/// What the caller found on disk about the files the application names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileFacts {
    pub icons: IconFacts,
    /// Verdicts on the checklist's attached scans, by the path as stored.
    pub scans: super::scans::ScanFacts,
}

impl FileFacts {
    pub fn new() -> FileFacts {
        FileFacts::default()
    }
}

pub(crate) fn check(ctx: &Ctx<'_>, files: &FileFacts, out: &mut Out) {
    let rules = ctx.rules.apps();
    for (i, app) in ctx.app.apps.iter().enumerate() {
        let path = format!("apps[{i}]");
        if let Some(name) = given(&app.name) {
            check_name(rules, name, &path, out);
        }
        check_same_ids(ctx, i, app, &path, out);
        check_platforms(rules, app, &path, out);
        check_mini_program(rules, app, &path, out);
        if let Some(icon) = given(&app.icon) {
            check_icon(rules, icon, files.icons.get(icon), &path, out);
        }
        check_domains(ctx, app, &path, out);
        check_content(ctx, app, &path, out);
        if ctx.is_organization() {
            subject::check_person(ctx, &app.leader, &format!("{path}.leader"), out);
        }
    }
    check_numbers(ctx, out);
}

/// The websites' content rules, worded for an app.
fn check_content(ctx: &Ctx<'_>, app: &App, path: &str, out: &mut Out) {
    let mut found = Vec::new();
    for content in dedup(&app.content) {
        websites::check_content(ctx, content, &app.pre_approvals, path, &mut found);
    }
    for mut f in found {
        f.code = match f.code {
            "CONTENT_PRE_APPROVAL" => "APP_CONTENT_PRE_APPROVAL",
            "INDIVIDUAL_NOT_ALLOWED_CONTENT" => "APP_INDIVIDUAL_NOT_ALLOWED_CONTENT",
            other => other,
        };
        out.push(f);
    }
}

fn dedup<T: PartialEq + Copy>(items: &[T]) -> Vec<T> {
    let mut seen = Vec::new();
    for c in items {
        if !seen.contains(c) {
            seen.push(*c);
        }
    }
    seen
}

/// Case-insensitive search; an ASCII word only matches as a whole word ("free" is not in
/// "Freestyle").
fn contains_word(name: &str, word: &str) -> bool {
    let (name, word) = (name.to_lowercase(), word.to_lowercase());
    if word.is_empty() {
        return false;
    }
    let ascii_word = word.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ');
    let mut start = 0;
    while let Some(at) = name[start..].find(&word) {
        let begin = start + at;
        let end = begin + word.len();
        let before = name[..begin].chars().next_back();
        let after = name[end..].chars().next();
        let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_ascii_alphanumeric());
        if !ascii_word || (boundary(before) && boundary(after)) {
            return true;
        }
        start = begin + name[begin..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

fn same_text(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    fold(a) == fold(b)
}

fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x200D)
}

fn check_name(rules: &AppRules, name: &str, path: &str, out: &mut Out) {
    let field = format!("{path}.name");
    let words = &rules.names;
    let rule = |rule: &str, word: &str| {
        Finding::new("APP_NAME_RULE", Severity::Error, field.clone())
            .arg("name_rule", rule)
            .arg("word", word)
    };
    if let Some(w) = words.placeholder.value.iter().find(|w| same_text(name, w)) {
        out.push(rule("placeholder", w));
    } else if let Some(w) = words.generic.value.iter().find(|w| same_text(name, w)) {
        out.push(rule("generic", w));
    }
    if let Some(c) = name.chars().find(|&c| is_emoji(c)) {
        out.push(rule("emoji", &c.to_string()));
    }
    for (list, code) in [(&words.marketing, "marketing"), (&words.popular, "popular")] {
        if let Some(w) = list.value.iter().find(|w| contains_word(name, w)) {
            out.push(rule(code, w));
        }
    }
    if let Some(w) = words.platform.value.iter().find(|w| contains_word(name, w)) {
        out.push(
            Finding::new("APP_NAME_INCONSISTENT", Severity::Error, field.clone())
                .arg("reason", "platform_word")
                .arg("word", w)
                .arg("other", ""),
        );
    }
}

/// The identifiers that say two entries are one app on different platforms.
fn ids(app: &App) -> Vec<&str> {
    [
        &app.android.package,
        &app.ios.bundle_id,
        &app.harmonyos.bundle_name,
        &app.mini_program.app_id,
    ]
    .into_iter()
    .filter_map(given)
    .collect()
}

/// One app listed twice (once per platform) under different names: a second filing, or a
/// rejection.
fn check_same_ids(ctx: &Ctx<'_>, index: usize, app: &App, path: &str, out: &mut Out) {
    let Some(name) = given(&app.name) else { return };
    let mine = ids(app);
    for (j, other) in ctx.app.apps.iter().enumerate().take(index) {
        let Some(other_name) = given(&other.name) else {
            continue;
        };
        if !same_text(name, other_name) && ids(other).iter().any(|id| mine.contains(id)) {
            out.push(
                Finding::new(
                    "APP_NAME_INCONSISTENT",
                    Severity::Error,
                    format!("{path}.name"),
                )
                .arg("reason", "same_id")
                .arg("word", other_name)
                .arg("other", j + 1),
            );
            return;
        }
    }
}

/// Digits of a hex value with the separators people copy along (":" and spaces) removed;
/// `None` when something else than hex digits is left.
fn hex_digits(value: &str) -> Option<String> {
    let digits: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ':')
        .collect();
    digits
        .chars()
        .all(|c| c.is_ascii_hexdigit())
        .then_some(digits)
}

fn signature_format(field: String, got: usize, expected: &[usize]) -> Finding {
    let expected: Vec<String> = expected.iter().map(usize::to_string).collect();
    Finding::new("APP_SIGNATURE_FORMAT", Severity::Error, field)
        .arg("got", got)
        .arg("expected", expected.join("/"))
}

fn check_fingerprint(value: &Option<String>, field: String, lengths: &[usize], out: &mut Out) {
    let Some(raw) = given(value) else { return };
    match hex_digits(raw) {
        None => out.push(signature_format(field, 0, lengths).arg("reason", "not_hex")),
        Some(d) if !lengths.contains(&d.len()) => {
            out.push(signature_format(field, d.len(), lengths).arg("reason", "length"));
        }
        Some(_) => {}
    }
}

fn check_public_key(value: &Option<String>, field: String, min: &[usize], out: &mut Out) {
    let Some(raw) = given(value) else { return };
    let min = min.first().copied().unwrap_or(0);
    match hex_digits(raw) {
        None => out.push(signature_format(field, 0, &[min]).arg("reason", "not_hex")),
        Some(d) if d.len() < min || d.len() % 2 == 1 => {
            out.push(signature_format(field, d.len(), &[min]).arg("reason", "short_key"));
        }
        Some(_) => {}
    }
}

/// Android package names: two or more dot-separated segments, each a letter then letters,
/// digits or `_`. Bundle ids: letters, digits, `-` and `.`, not starting or ending with a dot.
fn shape_ok(shape: IdentifierShape, id: &str) -> bool {
    match shape {
        IdentifierShape::Segments => {
            let segments: Vec<&str> = id.split('.').collect();
            segments.len() >= 2
                && segments.iter().all(|s| {
                    s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                })
        }
        IdentifierShape::Bundle => {
            !id.is_empty()
                && !id.starts_with('.')
                && !id.ends_with('.')
                && !id.contains("..")
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        }
    }
}

fn check_identifier(value: &Option<String>, shape: IdentifierShape, field: String, out: &mut Out) {
    let Some(id) = given(value) else { return };
    if !shape_ok(shape, id) {
        out.push(Finding::new("APP_PACKAGE_FORMAT", Severity::Error, field).arg("value", id));
    }
}

fn missing(fields: &[(&'static str, &Option<String>)]) -> Vec<&'static str> {
    fields
        .iter()
        .filter(|(_, v)| given(v).is_none())
        .map(|(name, _)| *name)
        .collect()
}

fn check_platforms(rules: &AppRules, app: &App, path: &str, out: &mut Out) {
    let (a, i, h) = (&app.android, &app.ios, &app.harmonyos);
    let hex = &rules.hex;
    let id = &rules.identifier;

    check_identifier(
        &a.package,
        id.android_package.value,
        format!("{path}.android.package"),
        out,
    );
    check_public_key(
        &a.public_key,
        format!("{path}.android.public_key"),
        &hex.public_key_min.value,
        out,
    );
    check_fingerprint(
        &a.signature_md5,
        format!("{path}.android.signature_md5"),
        &hex.android_signature_md5.value,
        out,
    );

    check_identifier(
        &i.bundle_id,
        id.ios_bundle_id.value,
        format!("{path}.ios.bundle_id"),
        out,
    );
    check_public_key(
        &i.public_key,
        format!("{path}.ios.public_key"),
        &hex.public_key_min.value,
        out,
    );
    let sha1_field = format!("{path}.ios.signature_sha1");
    let md5_lengths = &hex.android_signature_md5.value;
    match given(&i.signature_sha1).and_then(hex_digits) {
        // The classic mistake: the field is titled MD5, but iOS needs the SHA-1.
        Some(d) if md5_lengths.contains(&d.len()) => {
            out.push(Finding::new(
                "APP_IOS_MD5_GIVEN",
                Severity::Error,
                sha1_field,
            ));
        }
        _ => check_fingerprint(
            &i.signature_sha1,
            sha1_field,
            &hex.ios_signature_sha1.value,
            out,
        ),
    }

    check_identifier(
        &h.bundle_name,
        id.harmonyos_bundle_name.value,
        format!("{path}.harmonyos.bundle_name"),
        out,
    );
    check_public_key(
        &h.public_key,
        format!("{path}.harmonyos.public_key"),
        &hex.public_key_min.value,
        out,
    );
    check_fingerprint(
        &h.fingerprint,
        format!("{path}.harmonyos.fingerprint"),
        &hex.harmonyos_fingerprint.value,
        out,
    );

    // Feature data is filed per platform: a listed platform needs its set, data for an
    // unlisted one is not filed at all.
    let native = app.kind.is_none_or(|k| k == AppKind::App);
    let sets = [
        (
            Platform::Android,
            "android",
            a.is_empty(),
            missing(&[
                ("package", &a.package),
                ("public_key", &a.public_key),
                ("signature_md5", &a.signature_md5),
            ]),
        ),
        (
            Platform::Ios,
            "ios",
            i.is_empty(),
            missing(&[
                ("bundle_id", &i.bundle_id),
                ("public_key", &i.public_key),
                ("signature_sha1", &i.signature_sha1),
            ]),
        ),
        (
            Platform::Harmonyos,
            "harmonyos",
            h.is_empty(),
            missing(&[
                ("bundle_name", &h.bundle_name),
                ("public_key", &h.public_key),
                ("fingerprint", &h.fingerprint),
            ]),
        ),
    ];
    for (platform, table, empty, absent) in sets {
        let listed = app.platforms.contains(&platform);
        if listed && native && !absent.is_empty() {
            out.push(
                Finding::new(
                    "APP_PLATFORM_DATA_MISSING",
                    Severity::Info,
                    format!("{path}.{table}"),
                )
                .arg("platform", table)
                .arg("fields", absent.join(", ")),
            );
        } else if !listed && !empty {
            out.push(
                Finding::new(
                    "APP_PLATFORM_NOT_LISTED",
                    Severity::Warning,
                    format!("{path}.platforms"),
                )
                .arg("platform", table),
            );
        }
    }
}

fn check_mini_program(rules: &AppRules, app: &App, path: &str, out: &mut Out) {
    let mp = &app.mini_program;
    if app.kind == Some(AppKind::MiniProgram) {
        let mut absent = Vec::new();
        if mp.platform.is_none() {
            absent.push("platform");
        }
        if given(&mp.app_id).is_none() {
            absent.push("app_id");
        }
        if !absent.is_empty() {
            out.push(
                Finding::new(
                    "APP_PLATFORM_DATA_MISSING",
                    Severity::Info,
                    format!("{path}.mini_program"),
                )
                .arg("platform", "mini_program")
                .arg("fields", absent.join(", ")),
            );
        }
    }
    let (Some(platform), Some(id)) = (mp.platform, given(&mp.app_id)) else {
        return;
    };
    let Some(shape) = rules.mini_program_app_id.get(&platform) else {
        return;
    };
    if !shape.value.matches(id) {
        let reason = if id.starts_with("gh_") {
            "original_id"
        } else {
            "shape"
        };
        out.push(
            Finding::new(
                "APP_MINI_PROGRAM_ID_FORMAT",
                Severity::Error,
                format!("{path}.mini_program.app_id"),
            )
            .arg("platform", platform.as_str())
            .arg("reason", reason)
            .arg("prefix", &shape.value.prefix)
            .arg("length", shape.value.length),
        );
    }
}

fn check_icon(rules: &AppRules, icon: &str, fact: Option<&IconFact>, path: &str, out: &mut Out) {
    let field = format!("{path}.icon");
    let unchecked = |reason: &str| {
        Finding::new("APP_ICON_UNCHECKED", Severity::Warning, field.clone())
            .arg("reason", reason)
            .arg("path", icon)
    };
    let max = rules.icon_max_bytes.value;
    match fact {
        None => out.push(unchecked("not_examined")),
        Some(IconFact::Missing) => out.push(unchecked("missing")),
        Some(IconFact::NotAFile) => out.push(unchecked("not_a_file")),
        Some(IconFact::Unreadable) => out.push(unchecked("unreadable")),
        Some(IconFact::Found { image: None, .. }) => out.push(
            Finding::new("APP_ICON_NOT_IMAGE", Severity::Error, field.clone()).arg("path", icon),
        ),
        Some(IconFact::Found { len, .. }) if *len > max => out.push(
            Finding::new("APP_ICON_TOO_LARGE", Severity::Error, field.clone())
                .arg("size_kb", len.div_ceil(1024))
                .arg("max_kb", max / 1024),
        ),
        Some(IconFact::Found { .. }) => {}
    }
}

/// The registrable domain of a name, as the domain rules see it.
fn registrable(ctx: &Ctx<'_>, raw: &str) -> Option<String> {
    domain::analyze(raw, ctx.rules.domains(), ctx.province_code())
        .ok()?
        .registrable_ascii
}

fn check_domains(ctx: &Ctx<'_>, app: &App, path: &str, out: &mut Out) {
    // Made once for all apps: each app's domains are looked up, not compared with every site.
    let filed = ctx.filed_registrables.get_or_init(|| {
        ctx.app
            .websites
            .iter()
            .filter_map(|w| given(&w.domain))
            .flat_map(|d| d.split([',', '，', ' ', '\n']))
            .filter_map(|d| registrable(ctx, d))
            .collect()
    });
    for (j, raw) in app.domains.iter().enumerate() {
        let field = format!("{path}.domains[{j}]");
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        let analysis = match domain::analyze(raw, ctx.rules.domains(), ctx.province_code()) {
            Ok(a) if a.registrable_ascii.is_some() => a,
            Ok(_) => {
                out.push(
                    Finding::new("APP_DOMAIN_SYNTAX", Severity::Error, field)
                        .arg("domain", raw)
                        .arg("reason", "not_registrable"),
                );
                continue;
            }
            Err(e) => {
                out.push(
                    Finding::new("APP_DOMAIN_SYNTAX", Severity::Error, field)
                        .arg("domain", raw)
                        .arg("reason", e.as_code()),
                );
                continue;
            }
        };
        let own = analysis.registrable_ascii.as_ref();
        if own.is_some_and(|r| filed.contains(r)) {
            continue;
        }
        let number = app
            .domain_numbers
            .iter()
            .find(|(d, _)| registrable(ctx, d).as_ref() == own)
            .map(|(_, n)| n.as_str());
        match number.map(icp_number::parse) {
            Some(Ok(_)) => {}
            Some(Err(e)) => out.push(
                Finding::new("APP_DOMAIN_NOT_FILED", Severity::Error, field)
                    .arg("domain", &analysis.unicode)
                    .arg("reason", e.as_code()),
            ),
            None => out.push(
                Finding::new("APP_DOMAIN_NOT_FILED", Severity::Error, field)
                    .arg("domain", &analysis.unicode)
                    .arg("reason", "not_listed"),
            ),
        }
    }
}

/// The numbers issued for apps: their shape, their suffix, their province and subject, and
/// the duty to show them in the app.
fn check_numbers(ctx: &Ctx<'_>, out: &mut Out) {
    let p = &ctx.app.progress;
    let subject_serial = given(&p.icp_number)
        .and_then(|n| icp_number::parse(n).ok())
        .map(|n| n.serial().to_string());
    for (k, raw) in p.app_numbers.iter().enumerate() {
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        let field = format!("progress.app_numbers[{k}]");
        let number = match icp_number::parse(raw) {
            Ok(n) => n,
            Err(e) => {
                out.push(
                    Finding::new("APP_NUMBER_FORMAT", Severity::Error, field)
                        .arg("reason", e.as_code()),
                );
                continue;
            }
        };
        let letter = number.normalized().chars().next_back();
        let kind = letter.and_then(|l| ctx.rules.apps().kind_of_suffix(l));
        if number.target() == FilingTarget::Website || kind.is_none() {
            out.push(Finding::new("APP_NUMBER_NOT_APP", Severity::Error, field).arg("number", raw));
            continue;
        }
        if let Some(province) = ctx.province {
            let abbr = number.abbreviation().to_string();
            if !province.icp_abbrs().any(|a| a == abbr) {
                out.push(
                    Finding::new("APP_NUMBER_PROVINCE", Severity::Error, field.clone())
                        .arg("abbr", abbr)
                        .arg("expected", &province.icp_abbr),
                );
            }
        }
        if let Some(serial) = &subject_serial
            && serial != number.serial()
        {
            out.push(
                Finding::new("APP_NUMBER_SUBJECT", Severity::Warning, field.clone())
                    .arg("serial", number.serial())
                    .arg("expected", serial),
            );
        }
        out.push(
            Finding::new("APP_NUMBER_DISPLAY", Severity::Info, field)
                .arg("number", number.normalized())
                .arg("app_kind", kind.map_or("app", AppKind::as_str)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_words_match_whole_words_only() {
        assert!(contains_word("Free Album", "free"));
        assert!(!contains_word("Freestyle", "free"));
        assert!(contains_word("小明免费相册", "免费"));
        assert!(contains_word("Album HD", "HD"));
        assert!(!contains_word("HDR Camera", "HD"));
    }

    #[test]
    fn identifier_shapes() {
        use IdentifierShape::*;
        assert!(shape_ok(Segments, "cn.example.album"));
        assert!(shape_ok(Segments, "cn.example_1.album"));
        assert!(!shape_ok(Segments, "album"));
        assert!(!shape_ok(Segments, "cn.1example"));
        assert!(!shape_ok(Segments, "cn.exa-mple"));
        assert!(shape_ok(Bundle, "cn.exa-mple.album"));
        assert!(!shape_ok(Bundle, "cn.example..album"));
        assert!(!shape_ok(Bundle, "cn.example_album"));
    }

    #[test]
    fn hex_digits_drop_colons_and_spaces_only() {
        assert_eq!(hex_digits("AB:cd 01").as_deref(), Some("ABcd01"));
        assert_eq!(hex_digits("AB-CD"), None);
        assert_eq!(hex_digits("xyz"), None);
    }
}
