//! A spreadsheet file as rows of cells: CSV (UTF-8, or GB18030 as Excel on Chinese Windows
//! saves it) or the first worksheet of an XLSX workbook.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx};

use super::cells::Cell;
use crate::input::ReadError;
use crate::model::Date;

/// One row; `number` counts from 1, as spreadsheets show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub number: usize,
    /// From column A on.
    pub cells: Vec<Cell>,
}

impl Row {
    pub fn is_empty(&self) -> bool {
        self.cells.iter().all(Cell::is_empty)
    }

    pub fn cell(&self, column: usize) -> &Cell {
        self.cells.get(column).unwrap_or(&Cell::Empty)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub rows: Vec<Row>,
    /// The CSV was not UTF-8 and was read as GB18030.
    pub gb18030: bool,
}

/// The kind of file, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Format::Csv),
            "xlsx" | "xlsm" => Some(Format::Xlsx),
            _ => None,
        }
    }
}

/// Why a spreadsheet could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetError {
    /// Not `.csv` or `.xlsx`.
    Format,
    Read(ReadError),
    /// Neither UTF-8 nor GB18030: where the first bad byte is.
    Encoding {
        line: usize,
        column: usize,
    },
    /// The CSV reader's reason, with the line.
    Csv {
        line: Option<u64>,
        reason: String,
    },
    /// The workbook could not be opened (not an XLSX file, damaged) or has no worksheet.
    Xlsx {
        reason: Option<String>,
    },
}

pub fn read(path: &Path) -> Result<Sheet, SheetError> {
    let format = Format::of(path).ok_or(SheetError::Format)?;
    let bytes = crate::input::read_bytes(path).map_err(SheetError::Read)?;
    match format {
        Format::Csv => read_csv_bytes(bytes),
        Format::Xlsx => read_xlsx(bytes),
    }
}

/// CSV bytes: UTF-8 (a byte-order mark is dropped), else GB18030 when the bytes are that.
pub fn read_csv_bytes(bytes: Vec<u8>) -> Result<Sheet, SheetError> {
    if std::str::from_utf8(&bytes).is_err()
        && let Some(text) =
            encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(&bytes)
    {
        return csv_rows(&text, true);
    }
    match crate::input::decode(bytes) {
        Ok(text) => csv_rows(&text, false),
        Err(ReadError::NotUtf8 { line, column }) => Err(SheetError::Encoding { line, column }),
        Err(e) => Err(SheetError::Read(e)),
    }
}

fn csv_rows(text: &str, gb18030: bool) -> Result<Sheet, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // The reader skips blank lines, which a spreadsheet shows as empty rows: the row number
    // is counted from the lines (a quoted cell may span several).
    let mut number = 0;
    let mut next_line = 1;
    for record in reader.records() {
        let record = record.map_err(|e| SheetError::Csv {
            line: e.position().map(|p| p.line()),
            reason: e.to_string(),
        })?;
        // The position is where reading resumed, before the blank lines it skipped.
        let line = record.position().map_or(next_line, |p| {
            let skipped = text
                .as_bytes()
                .get(p.byte() as usize..)
                .unwrap_or_default()
                .iter()
                .take_while(|b| matches!(b, b'\n' | b'\r'))
                .filter(|b| **b == b'\n')
                .count();
            p.line() + skipped as u64
        });
        number += 1 + line.saturating_sub(next_line) as usize;
        next_line = line
            + 1
            + record
                .iter()
                .map(|c| c.matches('\n').count() as u64)
                .sum::<u64>();
        rows.push(Row {
            number,
            cells: record
                .iter()
                .map(|c| {
                    if c.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(c.to_string())
                    }
                })
                .collect(),
        });
    }
    Ok(Sheet { rows, gb18030 })
}

/// The first worksheet of an XLSX workbook, rows and columns where the spreadsheet shows
/// them (a sheet that starts at C3 keeps its letters).
pub fn read_xlsx(bytes: Vec<u8>) -> Result<Sheet, SheetError> {
    let reason = |e: &dyn std::fmt::Display| SheetError::Xlsx {
        reason: Some(e.to_string()),
    };
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| reason(&e))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or(SheetError::Xlsx { reason: None })?
        .map_err(|e| reason(&e))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let mut row: Vec<Cell> = vec![Cell::Empty; left as usize];
            row.extend(cells.iter().map(cell));
            Row {
                number: top as usize + i + 1,
                cells: row,
            }
        })
        .collect();
    Ok(Sheet {
        rows,
        gb18030: false,
    })
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(n) => Cell::Int(*n),
        Data::Float(x) => Cell::Float(*x),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, h, mi, s, _) = dt.to_ymd_hms_milli();
            match Date::new(y as i16, m as i8, d as i8) {
                Some(date) => Cell::DateTime {
                    date,
                    time: (h, mi, s),
                },
                // Excel's 1900-02-29, which never was.
                None => Cell::Text(format!("{y:04}-{m:02}-{d:02}")),
            }
        }
        // A duration, or an ISO text the workbook stored as such: read as typed.
        Data::DateTime(dt) => Cell::Float(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(sheet: &Sheet) -> Vec<Vec<String>> {
        sheet
            .rows
            .iter()
            .map(|r| r.cells.iter().map(Cell::shown).collect())
            .collect()
    }

    #[test]
    fn csv_rows_count_records_not_lines() {
        let sheet = read_csv_bytes(
            "\u{feff}subject.name,subject.address\n张三,\"北京市\n朝阳区\"\n李四,上海\n"
                .as_bytes()
                .to_vec(),
        )
        .unwrap();
        assert!(!sheet.gb18030);
        assert_eq!(sheet.rows[0].cells[0], Cell::Text("subject.name".into()));
        assert_eq!(sheet.rows[2].number, 3);
        assert_eq!(texts(&sheet)[2], ["李四", "上海"]);
        // A blank line is an empty row of the spreadsheet.
        let sheet = read_csv_bytes(b"a\n\n\"x\ny\"\n\nb\n".to_vec()).unwrap();
        let numbers: Vec<usize> = sheet.rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [1, 3, 5]);
    }

    #[test]
    fn gb18030_csv_from_chinese_excel_is_read() {
        let (bytes, _, _) = encoding_rs::GB18030.encode("subject.name\n张三\n");
        let sheet = read_csv_bytes(bytes.into_owned()).unwrap();
        assert!(sheet.gb18030);
        assert_eq!(texts(&sheet)[1], ["张三"]);
    }

    #[test]
    fn bytes_in_no_known_encoding_are_located() {
        let err = read_csv_bytes(b"subject.name\n\xff\xff\n".to_vec()).unwrap_err();
        assert_eq!(err, SheetError::Encoding { line: 2, column: 1 });
    }

    #[test]
    fn damaged_workbooks_are_refused_with_a_reason() {
        let err = read_xlsx(b"not a zip".to_vec()).unwrap_err();
        assert!(
            matches!(err, SheetError::Xlsx { reason: Some(_) }),
            "{err:?}"
        );
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::of(Path::new("a.CSV")), Some(Format::Csv));
        assert_eq!(Format::of(Path::new("a.xlsx")), Some(Format::Xlsx));
        assert_eq!(Format::of(Path::new("a.xls")), None);
        assert_eq!(Format::of(Path::new("a")), None);
    }
}
