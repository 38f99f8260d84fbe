//! Rows of a spreadsheet as applications: the first non-empty row names the columns, every
//! row after it is one filing. A cell that does not parse into its field's type makes its
//! row invalid; the engine's findings never do.

use std::collections::BTreeMap;

use toml::{Table, Value};

use super::cells::{self, Problem};
use super::columns::{Column, Headers, Kind, Section};
use super::sheet::Sheet;
use super::words::Set;
use crate::model::{Application, FORMAT, Instant, ParseError, VERSION};

/// A header cell that names no column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderError {
    /// 0-based.
    pub column: usize,
    pub header: String,
    pub problem: HeaderProblem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderProblem {
    /// Neither a dotted path of the format nor a column title.
    Unknown,
    /// The same field as an earlier column (0-based).
    Duplicate { first: usize },
    /// Data under a column with no header (first such row).
    Unnamed { row: usize },
    /// A name several columns share (a document two provinces ask for): their paths.
    Ambiguous { paths: Vec<String> },
}

/// Why the sheet as a whole cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetProblem {
    /// No row with anything in it.
    Empty,
    /// The header row (1-based) has cells that name no field.
    Headers {
        row: usize,
        errors: Vec<HeaderError>,
    },
}

/// A cell that is not a value of its column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellError {
    pub row: usize,
    /// 0-based.
    pub column: usize,
    /// The header as written.
    pub header: String,
    pub path: String,
    /// The cell as the user sees it (ID and mobile numbers masked).
    pub value: String,
    pub problem: CellProblem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CellProblem {
    Cell(Problem),
    /// The model refused the row's values (a bug of the column table, never expected);
    /// reported rather than hidden.
    Model(ParseError),
}

/// One data row: its filing, or every bad cell in it.
#[derive(Clone, Debug, PartialEq)]
pub struct RowOutcome {
    pub row: usize,
    pub result: Result<Application, Vec<CellError>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub header_row: usize,
    /// The row of titles under a row of paths (as the template has), skipped.
    pub title_row: Option<usize>,
    pub rows: Vec<RowOutcome>,
}

impl Imported {
    pub fn valid(&self) -> impl Iterator<Item = (usize, &Application)> {
        self.rows
            .iter()
            .filter_map(|r| r.result.as_ref().ok().map(|a| (r.row, a)))
    }

    pub fn invalid(&self) -> impl Iterator<Item = (usize, &[CellError])> {
        self.rows
            .iter()
            .filter_map(|r| r.result.as_ref().err().map(|e| (r.row, e.as_slice())))
    }
}

/// A header that starts with `#` marks a column of the user's own (notes): ignored.
fn is_comment(header: &str) -> bool {
    header.trim_start().starts_with('#')
}

/// Reads every row of `sheet`; new filings are created `now`.
pub fn import(sheet: &Sheet, headers: &Headers, now: &Instant) -> Result<Imported, SheetProblem> {
    let mut rows = sheet.rows.iter().skip_while(|r| r.is_empty());
    let header = rows.next().ok_or(SheetProblem::Empty)?;
    let data: Vec<_> = rows.collect();
    let mut columns: Vec<Option<Column>> = Vec::new();
    let mut errors = Vec::new();
    for (i, cell) in header.cells.iter().enumerate() {
        let text = cell.shown();
        if text.is_empty() {
            if let Some(row) = data.iter().find(|r| !r.cell(i).is_empty()) {
                errors.push(HeaderError {
                    column: i,
                    header: text,
                    problem: HeaderProblem::Unnamed { row: row.number },
                });
            }
            columns.push(None);
            continue;
        }
        if is_comment(&text) {
            columns.push(None);
            continue;
        }
        let column = match headers.lookup(&text) {
            Ok(column) => column,
            Err(candidates) => {
                let problem = if candidates.is_empty() {
                    HeaderProblem::Unknown
                } else {
                    HeaderProblem::Ambiguous {
                        paths: candidates.iter().map(Column::path).collect(),
                    }
                };
                errors.push(HeaderError {
                    column: i,
                    header: text,
                    problem,
                });
                columns.push(None);
                continue;
            }
        };
        if let Some(first) = columns.iter().position(|c| *c == Some(column)) {
            errors.push(HeaderError {
                column: i,
                header: text,
                problem: HeaderProblem::Duplicate { first },
            });
        }
        columns.push(Some(column));
    }
    // Data beyond the header's last cell has no header either.
    let width = header.cells.len();
    for row in &data {
        if let Some(i) = (width..row.cells.len()).find(|i| !row.cell(*i).is_empty())
            && !errors.iter().any(|e| e.column == i)
        {
            errors.push(HeaderError {
                column: i,
                header: String::new(),
                problem: HeaderProblem::Unnamed { row: row.number },
            });
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.column);
        return Err(SheetProblem::Headers {
            row: header.number,
            errors,
        });
    }
    let header_texts: Vec<String> = header.cells.iter().map(|c| c.shown()).collect();
    let mut data = data.into_iter().filter(|r| !r.is_empty()).peekable();
    let title_row = data
        .next_if(|row| {
            row.cells.iter().enumerate().all(|(i, cell)| {
                cell.is_empty()
                    || columns[..]
                        .get(i)
                        .copied()
                        .flatten()
                        .is_some_and(|c| headers.is_title_of(&cell.shown(), &c))
            })
        })
        .map(|r| r.number);
    let rows = data
        .map(|row| RowOutcome {
            row: row.number,
            result: read_row(row, &columns, &header_texts, headers, now),
        })
        .collect();
    Ok(Imported {
        header_row: header.number,
        title_row,
        rows,
    })
}

fn read_row(
    row: &super::sheet::Row,
    columns: &[Option<Column>],
    headers: &[String],
    scheme: &Headers,
    now: &Instant,
) -> Result<Application, Vec<CellError>> {
    let mut errors = Vec::new();
    // The row's provider first: its name for a service type decides which type it is.
    let provider = columns
        .iter()
        .position(|c| c.is_some_and(|c| c.kind == Kind::Choice(Set::Provider)))
        .and_then(|i| {
            scheme
                .words()
                .find(Set::Provider, &row.cell(i).shown())
                .ok()
        });
    let mut tables: BTreeMap<&'static str, Table> = BTreeMap::new();
    let mut lists: BTreeMap<&'static str, BTreeMap<usize, Table>> = BTreeMap::new();
    for (i, column) in columns.iter().enumerate() {
        let Some(column) = column else { continue };
        let cell = row.cell(i);
        match cells::read(cell, column.kind, scheme.words(), provider) {
            Ok(None) => {}
            Ok(Some(value)) => {
                let table = match column.index {
                    Some(n) => lists
                        .entry(column.section.key())
                        .or_default()
                        .entry(n)
                        .or_default(),
                    None => tables.entry(column.section.key()).or_default(),
                };
                insert(table, &column.key_parts(), value);
            }
            Err(problem) => errors.push(CellError {
                row: row.number,
                column: i,
                header: headers[i].clone(),
                path: column.path(),
                value: shown_value(column, &cell.shown()),
                problem: CellProblem::Cell(problem),
            }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut root = Table::new();
    root.insert("format".into(), Value::String(FORMAT.into()));
    root.insert("version".into(), Value::Integer(VERSION));
    let meta = tables.entry(Section::Meta.key()).or_default();
    let at = || {
        Value::Datetime(
            now.to_string()
                .parse()
                .expect("instants are TOML date-times"),
        )
    };
    meta.insert("created".into(), at());
    meta.insert("updated".into(), at());
    meta.entry("step")
        .or_insert_with(|| Value::String(crate::model::Step::Province.as_str().into()));
    for (key, table) in tables {
        root.insert(key.into(), Value::Table(table));
    }
    // Entries in the order of their index; an index with no cells filled makes no entry.
    for (key, entries) in lists {
        let array = entries.into_values().map(Value::Table).collect();
        root.insert(key.into(), Value::Array(array));
    }
    let text = toml::to_string(&root).expect("a table of plain values serializes");
    Application::from_toml_str(&text).map_err(|e| {
        let at = e.field.as_deref().and_then(|f| {
            columns
                .iter()
                .position(|c| c.is_some_and(|c| c.path() == f))
        });
        vec![CellError {
            row: row.number,
            column: at.unwrap_or(0),
            header: at.map(|i| headers[i].clone()).unwrap_or_default(),
            path: e.field.clone().unwrap_or_default(),
            value: String::new(),
            problem: CellProblem::Model(e),
        }]
    })
}

fn insert(table: &mut Table, parts: &[&str], value: Value) {
    match parts {
        [] => {}
        [last] => {
            table.insert((*last).to_string(), value);
        }
        [first, rest @ ..] => {
            let inner = table
                .entry(*first)
                .or_insert_with(|| Value::Table(Table::new()));
            if let Value::Table(inner) = inner {
                insert(inner, rest, value);
            }
        }
    }
}

/// ID and mobile numbers are never repeated in full in a message.
fn shown_value(column: &Column, value: &str) -> String {
    let private = ["id_number", "certificate_number", "mobile", "phone"];
    let leaf = column.key.rsplit('.').next().unwrap_or(column.key);
    if private.contains(&leaf) {
        crate::model::mask(value)
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transfer::cells::Cell;
    use crate::transfer::sheet::read_csv_bytes;

    fn now() -> Instant {
        Instant::parse("2026-12-01T10:00:00+08:00").unwrap()
    }

    static HEADERS: std::sync::LazyLock<Headers> =
        std::sync::LazyLock::new(|| Headers::new(crate::rules::Rules::builtin()));

    fn run(csv: &str) -> Result<Imported, SheetProblem> {
        let sheet = read_csv_bytes(csv.as_bytes().to_vec()).unwrap();
        import(&sheet, &HEADERS, &now())
    }

    #[test]
    fn a_row_becomes_a_filing() {
        let out = run(
            "\n\nsubject.name,websites[0].domain,websites[1].domain,access.public_ip\n\
                       张三,a.cn,,yes\n,,,\n李四,,b.cn,no\n",
        )
        .unwrap();
        assert_eq!(out.header_row, 3);
        assert_eq!(out.title_row, None);
        let apps: Vec<_> = out.valid().collect();
        assert_eq!(apps.len(), 2, "the empty row is no filing");
        let (row, zhang) = apps[0];
        assert_eq!(row, 4);
        assert_eq!(zhang.subject.name.as_deref(), Some("张三"));
        assert_eq!(zhang.websites.len(), 1);
        assert_eq!(zhang.access.public_ip, Some(true));
        assert_eq!(zhang.meta.created, Some(now()));
        assert_eq!(zhang.meta.step, Some(crate::model::Step::Province));
        // Website 2 alone becomes the first website.
        let (row, li) = apps[1];
        assert_eq!(row, 6);
        assert_eq!(li.websites[0].domain.as_deref(), Some("b.cn"));
    }

    #[test]
    fn every_bad_cell_is_reported_with_its_place() {
        let out = run(
            "subject.kind,subject.leader.id_expires,subject.leader.mobile\n\
                       persoon,2030-02-30,13800138000\nindividual,2030-01-01,\n",
        )
        .unwrap();
        let bad: Vec<_> = out.invalid().collect();
        assert_eq!(bad.len(), 1);
        let (row, errors) = bad[0];
        assert_eq!(row, 2);
        assert_eq!(errors.len(), 2);
        assert_eq!(
            (errors[0].column, errors[0].path.as_str()),
            (0, "subject.kind")
        );
        assert_eq!(errors[0].value, "persoon");
        assert!(matches!(
            &errors[0].problem,
            CellProblem::Cell(Problem::NotInSet { .. })
        ));
        assert_eq!(errors[1].column, 1);
        assert_eq!(errors[1].problem, CellProblem::Cell(Problem::NotADate));
        assert_eq!(out.valid().count(), 1);
    }

    #[test]
    fn private_numbers_are_masked_in_messages() {
        let mut sheet = read_csv_bytes(b"subject.leader.id_number\nx\n".to_vec()).unwrap();
        sheet.rows[1].cells[0] = Cell::Float(110105194912310020.0);
        let out = import(&sheet, &HEADERS, &now()).unwrap();
        let (_, errors) = out.invalid().next().unwrap();
        assert!(!errors[0].value.contains("1949"), "{}", errors[0].value);
    }

    #[test]
    fn unknown_duplicate_and_unnamed_headers_stop_the_import() {
        let err =
            run("subject.name,Subjects: Name,subject.name,,# notes\na,b,c,d,e\n").unwrap_err();
        let SheetProblem::Headers { row, errors } = err else {
            panic!("{err:?}")
        };
        assert_eq!(row, 1);
        let problems: Vec<_> = errors
            .iter()
            .map(|e| (e.column, e.problem.clone()))
            .collect();
        assert_eq!(
            problems,
            [
                (1, HeaderProblem::Unknown),
                (2, HeaderProblem::Duplicate { first: 0 }),
                (3, HeaderProblem::Unnamed { row: 2 }),
            ]
        );
        assert_eq!(run("\n,\n"), Err(SheetProblem::Empty));
    }

    #[test]
    fn comment_columns_and_empty_unnamed_columns_are_ignored() {
        let out = run("subject.name,,# notes\n张三,,call Monday\n").unwrap();
        assert_eq!(out.valid().count(), 1);
    }

    #[test]
    fn a_title_row_under_the_paths_is_skipped() {
        let out =
            run("subject.name,websites[0].domain\nSubject: Name,网站1：域名\n张三,a.cn\n").unwrap();
        assert_eq!(out.title_row, Some(2));
        assert_eq!(out.rows.len(), 1);
        // A row that only looks partly like titles is data.
        let out = run("subject.name,websites[0].domain\nSubject: Name,a.cn\n").unwrap();
        assert_eq!(out.title_row, None);
        assert_eq!(out.rows.len(), 1);
    }
}
