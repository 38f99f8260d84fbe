//! Turning the parser's English into facts a message can be built from: which kind of value
//! was found and which the field takes, which values an enum allows, where a syntax error
//! is. Values that are ID or mobile numbers are masked here, so no message can quote them.

use super::codec::{ParseError, ParseErrorKind};

/// What the file has where the error is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// Text in quotes (masked when it is an ID or mobile number).
    Text(String),
    /// A number without quotes (masked likewise).
    Number(String),
    Boolean(bool),
    /// A date or date-time literal (or a date of the wrong kind), as written.
    Date(String),
    Table,
    List,
    /// Anything the parser described otherwise.
    Other,
}

/// What the field takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    Number,
    Boolean,
    Date,
    DateTime,
    Table,
    List,
    /// A shape the parser names in its own terms (never shown as such).
    Other,
}

impl Expected {
    pub fn as_str(self) -> &'static str {
        match self {
            Expected::Text => "text",
            Expected::Number => "number",
            Expected::Boolean => "boolean",
            Expected::Date => "date",
            Expected::DateTime => "datetime",
            Expected::Table => "table",
            Expected::List => "list",
            Expected::Other => "other",
        }
    }
}

/// Masks an ID or mobile number for display: `1101**********002X`, `138****8000`.
pub fn mask(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    if n <= 4 {
        return "*".repeat(n);
    }
    // Long numbers keep 4 + 4 (ID cards), mobile-length ones 3 + 4, short ones a little.
    let (head, tail) = match n {
        15.. => (4, 4),
        11.. => (3, 4),
        _ => (n / 4, n / 3),
    };
    let middle = n - head - tail;
    let mut out: String = chars[..head].iter().collect();
    out.push_str(&"*".repeat(middle));
    out.extend(&chars[n - tail..]);
    out
}

/// Fields whose values identify a person: never quoted in full.
fn sensitive_field(field: Option<&str>) -> bool {
    let last = field.and_then(|f| f.rsplit('.').next()).unwrap_or_default();
    matches!(
        last,
        "id_number" | "certificate_number" | "mobile" | "phone"
    )
}

/// Digits that could be an ID number (15 or 18 characters) or a mobile number (11 digits).
fn looks_personal(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    digits >= 11
}

fn shown(value: &str, field: Option<&str>) -> String {
    if sensitive_field(field) || looks_personal(value) {
        mask(value)
    } else {
        value.to_string()
    }
}

/// A serde message (`invalid type: integer `5`, expected a string`, `unknown variant …`,
/// `missing field …`, the dates' own) as a kind; an unknown shape stays `Value` with its
/// numbers masked.
pub fn classify_value(message: &str, field: Option<&str>) -> ParseErrorKind {
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.rsplit_once(", expected ")
    {
        return ParseErrorKind::WrongType {
            found: found_of(found, field),
            expected: expected_of(expected, field),
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant `")
        && let Some((value, allowed)) = rest.split_once('`')
    {
        let allowed = allowed
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect();
        return ParseErrorKind::UnknownValue {
            found: shown(value, field),
            allowed,
        };
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.trim_end_matches('`').to_string();
        return ParseErrorKind::MissingField(name);
    }
    if let Some(value) = message
        .strip_suffix(" is not a real calendar date")
        .or_else(|| message.strip_suffix(" is not a real date and time"))
    {
        return ParseErrorKind::InvalidDate(value.to_string());
    }
    if let Some(found) = message
        .strip_prefix("expected a date such as 2026-11-22, found ")
        .map(|f| (f, Expected::Date))
        .or_else(|| {
            message
                .strip_prefix(
                    "expected a date and time with offset such as 2026-11-24T16:00:00+08:00, found ",
                )
                .map(|f| (f, Expected::DateTime))
        })
    {
        return ParseErrorKind::WrongType {
            found: Found::Date(found.0.to_string()),
            expected: found.1,
        };
    }
    ParseErrorKind::Value(mask_digits(message))
}

/// Masks every run of 11 or more digits (and a trailing X) in free text.
fn mask_digits(text: &str) -> String {
    let mut out = String::new();
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if looks_personal(run) {
            out.push_str(&mask(run));
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() || (!run.is_empty() && (c == 'X' || c == 'x')) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

fn found_of(text: &str, field: Option<&str>) -> Found {
    let quoted = |t: &str| t.trim_matches(|c| c == '"' || c == '`').to_string();
    if let Some(v) = text.strip_prefix("string ") {
        return Found::Text(shown(&quoted(v), field));
    }
    for prefix in ["integer ", "floating point "] {
        if let Some(v) = text.strip_prefix(prefix) {
            return Found::Number(shown(&quoted(v), field));
        }
    }
    if let Some(v) = text.strip_prefix("boolean ") {
        return Found::Boolean(quoted(v) == "true");
    }
    match text {
        "map" => Found::Table,
        "sequence" => Found::List,
        t if t.contains("datetime") || t.contains("date") => Found::Date(String::new()),
        _ => Found::Other,
    }
}

fn expected_of(text: &str, field: Option<&str>) -> Expected {
    let last = field.and_then(|f| f.rsplit('.').next()).unwrap_or_default();
    match text {
        "a string" | "a borrowed string" | "a character" => Expected::Text,
        "a boolean" => Expected::Boolean,
        "a sequence" => Expected::List,
        t if t.starts_with("i") || t.starts_with("u") || t.contains("integer") => Expected::Number,
        t if t.contains("datetime") => match last {
            "created" | "updated" => Expected::DateTime,
            _ => Expected::Date,
        },
        t if t.starts_with("struct ") || t.starts_with("a map") || t == "map" => Expected::Table,
        _ => Expected::Other,
    }
}

/// The dotted, indexed path of the key or table header on `line`: `websites[1].registration
/// .expires` for a key under the second `[[websites]]`, `access` for a `[access]` header.
pub fn path_on_line(text: &str, line: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let target = lines.get(line.checked_sub(1)?)?;
    // How many elements each array of tables has had so far (by its unindexed path), and
    // the indexed path of the table the lines are in.
    let mut arrays: Vec<(String, usize)> = Vec::new();
    let mut table: Option<String> = None;
    for l in &lines[..line] {
        let Some((header, is_array)) = header_of(l) else {
            continue;
        };
        if is_array {
            // A new element: arrays nested in the previous element start again.
            arrays.retain(|(p, _)| !p.starts_with(&format!("{header}.")));
            match arrays.iter_mut().find(|(p, _)| *p == header) {
                Some((_, n)) => *n += 1,
                None => arrays.push((header.clone(), 1)),
            }
        }
        table = Some(indexed(&header, &arrays));
    }
    if header_of(target).is_some() {
        return table;
    }
    let (key, _) = target.split('#').next()?.split_once('=')?;
    let key = key.trim().trim_matches('"');
    if key.is_empty() {
        return None;
    }
    Some(match table {
        Some(t) => format!("{t}.{key}"),
        None => key.to_string(),
    })
}

/// `[a.b]` → ("a.b", false); `[[websites]]  # x` → ("websites", true).
fn header_of(line: &str) -> Option<(String, bool)> {
    let l = line.split('#').next().unwrap_or_default().trim();
    let (inner, is_array) = if let Some(i) = l.strip_prefix("[[") {
        (i.strip_suffix("]]")?, true)
    } else {
        (l.strip_prefix('[')?.strip_suffix(']')?, false)
    };
    let parts: Vec<String> = inner
        .split('.')
        .map(|p| p.trim().trim_matches('"').to_string())
        .collect();
    Some((parts.join("."), is_array))
}

/// The header's path with the current index of every array of tables it passes through.
fn indexed(header: &str, arrays: &[(String, usize)]) -> String {
    let parts: Vec<&str> = header.split('.').collect();
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(part);
        let prefix = parts[..=i].join(".");
        if let Some((_, n)) = arrays.iter().find(|(p, _)| *p == prefix) {
            out.push_str(&format!("[{}]", n - 1));
        }
    }
    out
}

/// The line where a missing top-level key belongs: after `format` for `version`, else 1.
pub fn line_for_missing(text: &str, key: &str) -> usize {
    let format_line = text
        .lines()
        .position(|l| l.trim_start().starts_with("format"))
        .map(|i| i + 1);
    match (key, format_line) {
        ("version", Some(l)) => l + 1,
        _ => 1,
    }
}

impl ParseError {
    /// The error with its field filled in from the line, when the parser gave none.
    pub(super) fn located(mut self, text: &str) -> ParseError {
        if self.field.is_none() {
            self.field = self.line.and_then(|l| path_on_line(text, l));
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO_SITES: &str = "format = \"icp-tui/application\"\nversion = 1\n\n[[websites]]\nname = \"a\"\n\n[websites.registration]\nexpires = 2027-01-01\n\n[[websites]]\nname = \"b\"\n\n[websites.registration]\nexpires = 2027-13-01\n\n[access]\nprovider = \"alibaba\"\n";

    #[test]
    fn paths_under_arrays_of_tables_carry_their_index() {
        assert_eq!(
            path_on_line(TWO_SITES, 5).as_deref(),
            Some("websites[0].name")
        );
        assert_eq!(
            path_on_line(TWO_SITES, 8).as_deref(),
            Some("websites[0].registration.expires")
        );
        assert_eq!(
            path_on_line(TWO_SITES, 14).as_deref(),
            Some("websites[1].registration.expires")
        );
        assert_eq!(path_on_line(TWO_SITES, 10).as_deref(), Some("websites[1]"));
        assert_eq!(path_on_line(TWO_SITES, 16).as_deref(), Some("access"));
        assert_eq!(
            path_on_line(TWO_SITES, 17).as_deref(),
            Some("access.provider")
        );
        assert_eq!(path_on_line(TWO_SITES, 1).as_deref(), Some("format"));
        assert_eq!(path_on_line(TWO_SITES, 3), None);
    }

    #[test]
    fn ids_and_mobiles_are_never_quoted_in_full() {
        let kind = classify_value(
            "invalid type: integer `110105194912310021`, expected a string",
            Some("subject.leader.id_number"),
        );
        assert_eq!(
            kind,
            ParseErrorKind::WrongType {
                found: Found::Number("1101**********0021".into()),
                expected: Expected::Text
            }
        );
        // A number that looks like a mobile is masked in any field.
        let kind = classify_value(
            "invalid type: integer `13800138000`, expected a string",
            Some("x.y"),
        );
        assert!(
            matches!(kind, ParseErrorKind::WrongType { found: Found::Number(n), .. } if n == "138****8000")
        );
        // The nearest case that is not masked: a short number.
        let kind = classify_value(
            "invalid type: integer `5`, expected a string",
            Some("access.region"),
        );
        assert!(
            matches!(kind, ParseErrorKind::WrongType { found: Found::Number(n), .. } if n == "5")
        );
        assert_eq!(
            classify_value("something 110105194912310021 else", None),
            ParseErrorKind::Value("something 1101**********0021 else".into())
        );
    }

    #[test]
    fn rust_type_names_become_kinds() {
        let kind = classify_value(
            "invalid type: string \"yes\", expected struct ChecklistEntry",
            Some("checklist.x"),
        );
        assert_eq!(
            kind,
            ParseErrorKind::WrongType {
                found: Found::Text("yes".into()),
                expected: Expected::Table
            }
        );
        let kind = classify_value(
            "unknown variant `person`, expected one of `individual`, `enterprise`",
            Some("subject.kind"),
        );
        assert_eq!(
            kind,
            ParseErrorKind::UnknownValue {
                found: "person".into(),
                allowed: vec!["individual".into(), "enterprise".into()]
            }
        );
        assert_eq!(
            classify_value("missing field `received`", None),
            ParseErrorKind::MissingField("received".into())
        );
        let kind = classify_value(
            "invalid type: string \"soon\", expected a TOML datetime",
            Some("meta.created"),
        );
        assert!(matches!(
            kind,
            ParseErrorKind::WrongType {
                expected: Expected::DateTime,
                ..
            }
        ));
        let kind = classify_value(
            "invalid type: string \"soon\", expected a TOML datetime",
            Some("websites[1].registration.expires"),
        );
        assert!(matches!(
            kind,
            ParseErrorKind::WrongType {
                expected: Expected::Date,
                ..
            }
        ));
    }
}
