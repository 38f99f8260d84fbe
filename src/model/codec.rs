//! Reading and writing application files: precise errors, unknown keys kept.

use std::fmt;

use serde::Deserialize;
use toml::{Table, Value};

use super::application::{Application, FORMAT, VERSION};

/// Why a file could not be read as an application. Carries the line and field so every
/// caller (the list, `icp-tui check`) can say exactly where to look.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line, when the problem has a place in the text.
    pub line: Option<usize>,
    /// Dotted path such as `websites[0].registration.expires`.
    pub field: Option<String>,
    pub kind: ParseErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// Not valid TOML at all.
    Syntax(String),
    /// A value of the wrong type, an unknown enum value, a date that is not a date.
    Value(String),
    /// `format` is missing or is not `icp-tui/application`.
    NotAnApplication,
    /// `version` is missing or not a number.
    MissingVersion,
    /// Written by a newer icp-tui: never overwritten.
    NewerVersion(i64),
    /// A value of the wrong kind (text where a date belongs, …); `found` is masked when it is
    /// an ID or mobile number.
    WrongType {
        found: super::errors::Found,
        expected: super::errors::Expected,
    },
    /// A value the field's list does not have (`kind = "person"`).
    UnknownValue { found: String, allowed: Vec<String> },
    /// A key the table needs is not there (the table is `field`).
    MissingField(String),
    /// A date that is not in the calendar (`2027-02-30`).
    InvalidDate(String),
    /// A key or table header written twice (`field` names it).
    Duplicate,
    /// Not UTF-8 text: the first bad byte is at `line` and this column.
    NotUtf8 { column: usize },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        match &self.kind {
            ParseErrorKind::Syntax(m) | ParseErrorKind::Value(m) => f.write_str(m),
            ParseErrorKind::NotAnApplication => write!(f, "format must be \"{FORMAT}\""),
            ParseErrorKind::MissingVersion => f.write_str("version is missing or not a number"),
            ParseErrorKind::NewerVersion(v) => write!(
                f,
                "version {v} is newer than this icp-tui reads ({VERSION})"
            ),
            ParseErrorKind::WrongType { found, expected } => {
                write!(f, "found {found:?}, expected {}", expected.as_str())
            }
            ParseErrorKind::UnknownValue { found, allowed } => {
                write!(f, "{found} is not one of {}", allowed.join(", "))
            }
            ParseErrorKind::MissingField(name) => write!(f, "missing {name}"),
            ParseErrorKind::InvalidDate(value) => write!(f, "{value} is not a real date"),
            ParseErrorKind::Duplicate => f.write_str("written twice"),
            ParseErrorKind::NotUtf8 { column } => write!(f, "column {column}: not UTF-8"),
        }
    }
}

impl std::error::Error for ParseError {}

/// One step of a path into the document.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Seg {
    Key(String),
    Index(usize),
}

impl Application {
    /// Parses an application file, keeping keys it does not know.
    ///
    /// The text is parsed once on the common path; the untyped table is built only when
    /// there are unknown keys to keep or an error to explain.
    pub fn from_toml_str(text: &str) -> Result<Application, ParseError> {
        let mut ignored: Vec<Vec<Seg>> = Vec::new();
        let deserializer =
            toml::de::Deserializer::parse(text).map_err(|e| syntax_error(text, &e))?;
        let mut on_ignored = |path: serde_ignored::Path| ignored.push(segments(&path));
        let tracked = serde_ignored::Deserializer::new(deserializer, &mut on_ignored);
        let result: Result<Application, _> = serde_path_to_error::deserialize(tracked);
        let mut app = match result {
            Ok(app) => app,
            Err(e) => {
                // A newer version or a foreign file explains any value error that follows.
                let raw: Table = text
                    .parse()
                    .map_err(|e: toml::de::Error| syntax_error(text, &e))?;
                check_header(text, &raw)?;
                return Err(value_error(text, e));
            }
        };
        check_header_values(text, &app)?;
        if !ignored.is_empty() {
            let raw: Table = text
                .parse()
                .map_err(|e: toml::de::Error| syntax_error(text, &e))?;
            for path in ignored {
                if let Some((key, parent)) = path.split_last()
                    && let Seg::Key(key) = key
                    && let Some(value) = lookup(&raw, &path)
                    && let Some(slot) = extra_slot(&mut app, parent)
                {
                    slot.insert(key.clone(), value.clone());
                }
            }
        }
        Ok(app)
    }

    /// Serializes in the spec's layout, with every unknown key written back. Dates and
    /// instants are TOML dates and date-times.
    pub fn to_toml_string(&self) -> String {
        // Straight to text: `toml::Table::try_from` would turn every date into a table.
        let text = toml::to_string_pretty(self).expect("the model always serializes");
        if !has_extras(self) {
            return text;
        }
        let mut table: Table = text.parse().expect("what toml writes, toml reads");
        inject_extras(self, &mut table);
        toml::to_string_pretty(&table).expect("a table always serializes")
    }

    /// Serializes over `original`, the file as it is on disk: its comments, order, spacing
    /// and quoting stay; only what the model changed changes (see `merge`).
    pub fn to_toml_string_over(&self, original: &str) -> String {
        super::merge::write_over(original, &self.to_toml_string())
    }
}

fn has_extras(app: &Application) -> bool {
    let tables = [
        &app.extra,
        &app.meta.extra,
        &app.subject.extra,
        &app.subject.leader.extra,
        &app.access.extra,
        &app.progress.extra,
    ];
    tables.iter().any(|t| !t.is_empty())
        || app.checklist.values().any(|e| !e.extra.is_empty())
        || app.websites.iter().any(|w| {
            [
                &w.extra,
                &w.leader.extra,
                &w.registration.extra,
                &w.footer.extra,
            ]
            .iter()
            .any(|t| !t.is_empty())
        })
        || app.notices.iter().any(|n| !n.extra.is_empty())
        || app.changes.iter().any(|c| !c.extra.is_empty())
        || app.apps.iter().any(|a| {
            [
                &a.extra,
                &a.android.extra,
                &a.ios.extra,
                &a.harmonyos.extra,
                &a.mini_program.extra,
                &a.leader.extra,
            ]
            .iter()
            .any(|t| !t.is_empty())
        })
}

fn check_header_values(text: &str, app: &Application) -> Result<(), ParseError> {
    let mut raw = Table::new();
    raw.insert("format".into(), Value::String(app.format.clone()));
    raw.insert("version".into(), Value::Integer(app.version));
    check_header(text, &raw)
}

fn check_header(text: &str, raw: &Table) -> Result<(), ParseError> {
    // A missing key is placed where it belongs, so the message still names a line.
    let line_of_key = |key: &str| {
        text.lines()
            .position(|l| l.trim_start().starts_with(key))
            .map_or(super::errors::line_for_missing(text, key), |i| i + 1)
            .into()
    };
    match raw.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        _ => {
            return Err(ParseError {
                line: line_of_key("format"),
                field: Some("format".into()),
                kind: ParseErrorKind::NotAnApplication,
            });
        }
    }
    match raw.get("version") {
        Some(Value::Integer(v)) if *v > VERSION => Err(ParseError {
            line: line_of_key("version"),
            field: Some("version".into()),
            kind: ParseErrorKind::NewerVersion(*v),
        }),
        Some(Value::Integer(v)) if *v >= 1 => Ok(()),
        _ => Err(ParseError {
            line: line_of_key("version"),
            field: Some("version".into()),
            kind: ParseErrorKind::MissingVersion,
        }),
    }
}

fn syntax_error(text: &str, e: &toml::de::Error) -> ParseError {
    let line = e.span().map(|s| line_of(text, s.start));
    let field = line.and_then(|l| super::errors::path_on_line(text, l));
    let message = e.message();
    let kind = if message.starts_with("duplicate key") || message.contains("duplicate table") {
        ParseErrorKind::Duplicate
    } else {
        ParseErrorKind::Syntax(message.to_string())
    };
    ParseError { line, field, kind }
}

fn line_of(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn segments(path: &serde_ignored::Path) -> Vec<Seg> {
    use serde_ignored::Path;
    match path {
        Path::Root => Vec::new(),
        Path::Seq { parent, index } => {
            let mut v = segments(parent);
            v.push(Seg::Index(*index));
            v
        }
        Path::Map { parent, key } => {
            let mut v = segments(parent);
            v.push(Seg::Key(key.clone()));
            v
        }
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => segments(parent),
    }
}

fn lookup<'a>(table: &'a Table, path: &[Seg]) -> Option<&'a Value> {
    let (first, rest) = path.split_first()?;
    let Seg::Key(key) = first else { return None };
    let mut value = table.get(key)?;
    for seg in rest {
        value = match (seg, value) {
            (Seg::Key(k), Value::Table(t)) => t.get(k)?,
            (Seg::Index(i), Value::Array(a)) => a.get(*i)?,
            _ => return None,
        };
    }
    Some(value)
}

fn key(seg: &Seg) -> Option<&str> {
    match seg {
        Seg::Key(k) => Some(k),
        Seg::Index(_) => None,
    }
}

/// Where the unknown keys of the table at `parent` are kept in the model.
fn extra_slot<'a>(app: &'a mut Application, parent: &[Seg]) -> Option<&'a mut Table> {
    let keys: Vec<Option<&str>> = parent.iter().map(key).collect();
    match keys.as_slice() {
        [] => Some(&mut app.extra),
        [Some("meta")] => Some(&mut app.meta.extra),
        [Some("subject")] => Some(&mut app.subject.extra),
        [Some("subject"), Some("leader")] => Some(&mut app.subject.leader.extra),
        [Some("access")] => Some(&mut app.access.extra),
        [Some("progress")] => Some(&mut app.progress.extra),
        [Some("checklist"), Some(id)] => app.checklist.get_mut(*id).map(|e| &mut e.extra),
        [Some("websites"), None, rest @ ..] => {
            let Seg::Index(i) = parent[1] else {
                return None;
            };
            let site = app.websites.get_mut(i)?;
            match rest {
                [] => Some(&mut site.extra),
                [Some("leader")] => Some(&mut site.leader.extra),
                [Some("registration")] => Some(&mut site.registration.extra),
                [Some("footer")] => Some(&mut site.footer.extra),
                _ => None,
            }
        }
        [Some("notices"), None] => match parent[1] {
            Seg::Index(i) => app.notices.get_mut(i).map(|n| &mut n.extra),
            Seg::Key(_) => None,
        },
        [Some("changes"), None] => match parent[1] {
            Seg::Index(i) => app.changes.get_mut(i).map(|c| &mut c.extra),
            Seg::Key(_) => None,
        },
        [Some("apps"), None, rest @ ..] => {
            let Seg::Index(i) = parent[1] else {
                return None;
            };
            let a = app.apps.get_mut(i)?;
            match rest {
                [] => Some(&mut a.extra),
                [Some("android")] => Some(&mut a.android.extra),
                [Some("ios")] => Some(&mut a.ios.extra),
                [Some("harmonyos")] => Some(&mut a.harmonyos.extra),
                [Some("mini_program")] => Some(&mut a.mini_program.extra),
                [Some("leader")] => Some(&mut a.leader.extra),
                _ => None,
            }
        }
        _ => None,
    }
}

fn merge(target: &mut Table, key: &str, extra: &Table) {
    if extra.is_empty() {
        return;
    }
    let entry = target
        .entry(key.to_string())
        .or_insert_with(|| Value::Table(Table::new()));
    if let Value::Table(t) = entry {
        for (k, v) in extra {
            t.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
}

fn inject_extras(app: &Application, table: &mut Table) {
    for (k, v) in &app.extra {
        table.entry(k.clone()).or_insert_with(|| v.clone());
    }
    merge(table, "meta", &app.meta.extra);
    merge(table, "subject", &app.subject.extra);
    if let Some(Value::Table(subject)) = table.get_mut("subject") {
        merge(subject, "leader", &app.subject.leader.extra);
    }
    merge(table, "access", &app.access.extra);
    merge(table, "progress", &app.progress.extra);
    if let Some(Value::Table(checklist)) = table.get_mut("checklist") {
        for (id, entry) in &app.checklist {
            merge(checklist, id, &entry.extra);
        }
    }
    if let Some(Value::Array(sites)) = table.get_mut("websites") {
        for (site, value) in app.websites.iter().zip(sites.iter_mut()) {
            if let Value::Table(t) = value {
                for (k, v) in &site.extra {
                    t.entry(k.clone()).or_insert_with(|| v.clone());
                }
                merge(t, "leader", &site.leader.extra);
                merge(t, "registration", &site.registration.extra);
                merge(t, "footer", &site.footer.extra);
            }
        }
    }
    array_extras(table, "notices", app.notices.iter().map(|n| &n.extra));
    array_extras(table, "changes", app.changes.iter().map(|c| &c.extra));
    if let Some(Value::Array(apps)) = table.get_mut("apps") {
        for (a, value) in app.apps.iter().zip(apps.iter_mut()) {
            if let Value::Table(t) = value {
                for (k, v) in &a.extra {
                    t.entry(k.clone()).or_insert_with(|| v.clone());
                }
                merge(t, "android", &a.android.extra);
                merge(t, "ios", &a.ios.extra);
                merge(t, "harmonyos", &a.harmonyos.extra);
                merge(t, "mini_program", &a.mini_program.extra);
                merge(t, "leader", &a.leader.extra);
            }
        }
    }
}

fn array_extras<'a>(table: &mut Table, key: &str, extras: impl Iterator<Item = &'a Table>) {
    if let Some(Value::Array(items)) = table.get_mut(key) {
        for (extra, value) in extras.zip(items.iter_mut()) {
            if let Value::Table(t) = value {
                for (k, v) in extra {
                    t.entry(k.clone()).or_insert_with(|| v.clone());
                }
            }
        }
    }
}

/// A built-in file from the JSON build.rs made of it (quick to read at start-up); should that
/// fail, from its TOML, whose errors name the line and field.
pub fn from_builtin<T: for<'de> Deserialize<'de>>(json: &str, toml: &str) -> Result<T, ParseError> {
    serde_json::from_str(json).or_else(|_| from_toml_with_path(toml))
}

/// Deserializes `T` from a TOML string with the same line-and-field errors.
pub fn from_toml_with_path<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, ParseError> {
    let deserializer = toml::de::Deserializer::parse(text).map_err(|e| syntax_error(text, &e))?;
    serde_path_to_error::deserialize(deserializer).map_err(|e| value_error(text, e))
}

fn value_error(text: &str, e: serde_path_to_error::Error<toml::de::Error>) -> ParseError {
    let field = e.path().to_string();
    let inner = e.into_inner();
    let field = (field != "." && !field.is_empty()).then_some(field);
    ParseError {
        line: inner.span().map(|s| line_of(text, s.start)),
        kind: super::errors::classify_value(inner.message(), field.as_deref()),
        field,
    }
    .located(text)
}
