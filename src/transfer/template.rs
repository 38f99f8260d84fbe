//! The template (a row of paths, a row of titles) and an application as one row of cells in
//! those columns: what `import` reads back into the same model.

use toml::{Table, Value};

use super::columns::{Column, Counts, Kind, all_columns};
use super::words::{Set, Words};
use super::xlsx::MAX_NOTE;
use crate::i18n::{Localizer, arg_str};
use crate::model::Application;
use crate::rules::Rules;

/// The template's two rows: the dotted paths, then the titles in `tr`'s language; the
/// checklist's documents are those of `rules`.
pub fn rows(counts: Counts, rules: &Rules, tr: &Localizer) -> Vec<Vec<String>> {
    let columns = all_columns(counts, rules);
    vec![
        columns.iter().map(Column::path).collect(),
        columns.iter().map(|c| c.title(tr)).collect(),
    ]
}

/// What each of the template's columns accepts where a word matters (enum and checklist
/// columns), in `tr`'s language: the XLSX template's input messages. A CSV has no place
/// for them (a row of notes would be a row of data).
pub fn notes(counts: Counts, rules: &Rules, words: &Words, tr: &Localizer) -> Vec<Option<String>> {
    all_columns(counts, rules)
        .iter()
        .map(|c| match c.kind {
            Kind::Choice(set) => Some(choice_note(set, words, tr)),
            Kind::Choices(set) => Some(format!(
                "{} {}",
                choice_note(set, words, tr),
                tr.t("import-note-several")
            )),
            Kind::Document(_) => Some(tr.t("import-note-tick")),
            _ => None,
        })
        .collect()
}

/// "One of: Individual, Enterprise, … (or the saved names: individual, …)"; where the words
/// do not fit in a note, the kind of words (the import lists them all for a word it does not
/// know).
fn choice_note(set: Set, words: &Words, tr: &Localizer) -> String {
    if set == Set::Province {
        return tr.t("import-note-province");
    }
    let labels = words
        .labels(set, tr.lang())
        .join(&tr.t("import-word-separator"));
    let note = tr.ta("import-note-choice", &[("labels", arg_str(&labels))]);
    if note.chars().count() <= MAX_NOTE {
        note
    } else {
        tr.t("import-note-choice-many")
    }
}

/// `app`'s values in `columns`, as the import reads them: dates `YYYY-MM-DD`, date-times
/// RFC 3339, yes/no `true`/`false`, lists joined by `; `, pairs `key=value`.
pub fn cells(app: &Application, columns: &[Column]) -> Vec<String> {
    // Through the saved text, so every value is what the file says.
    let saved: Table = app
        .to_toml_string()
        .parse()
        .expect("the model's own text parses");
    columns.iter().map(|c| cell(&saved, c)).collect()
}

fn cell(saved: &Table, column: &Column) -> String {
    let Some(mut here) = saved.get(column.section.key()) else {
        return String::new();
    };
    if let Some(i) = column.index {
        match here.as_array().and_then(|a| a.get(i)) {
            Some(entry) => here = entry,
            None => return String::new(),
        }
    }
    for part in column.key_parts() {
        match here.get(part) {
            Some(next) => here = next,
            None => return String::new(),
        }
    }
    text(here)
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Integer(n) => n.to_string(),
        Value::Float(x) => x.to_string(),
        Value::Boolean(b) => b.to_string(),
        Value::Datetime(d) => d.to_string(),
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join("; "),
        Value::Table(pairs) => pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", text(v)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// Rows as CSV text (quoted where needed).
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    for row in rows {
        writer
            .write_record(row)
            .expect("writing to memory does not fail");
    }
    let bytes = writer
        .into_inner()
        .expect("writing to memory does not fail");
    String::from_utf8(bytes).expect("the cells are text")
}
