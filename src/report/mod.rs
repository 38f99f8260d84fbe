//! Shared wording of errors and findings for the TUI and the command line.

pub mod markdown;

use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::{ParseError, ParseErrorKind};

/// "line 5, field websites[0].registration.expires: invalid type: …", localized around the
/// parser's own detail.
pub fn parse_error(e: &ParseError, tr: &Localizer) -> String {
    let mut parts = Vec::new();
    if let Some(line) = e.line {
        parts.push(tr.ta("error-at-line", &[("line", arg_num(line as i64))]));
    }
    if let Some(field) = &e.field {
        parts.push(tr.ta("error-in-field", &[("field", arg_str(field))]));
    }
    parts.push(match &e.kind {
        ParseErrorKind::Syntax(m) => tr.ta("parse-syntax", &[("detail", arg_str(m))]),
        ParseErrorKind::Value(m) => tr.ta("parse-value", &[("detail", arg_str(m))]),
        ParseErrorKind::NotAnApplication => tr.t("parse-not-application"),
        ParseErrorKind::MissingVersion => tr.t("parse-missing-version"),
        ParseErrorKind::NewerVersion(v) => {
            tr.ta("parse-newer-version", &[("version", arg_num(*v))])
        }
    });
    parts.join(", ")
}
