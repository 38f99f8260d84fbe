//! A one-sheet XLSX workbook of text cells, for the import template. Every column is
//! formatted as text, so that an 18-digit ID number typed into it keeps all its digits.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The workbook's bytes: `rows` of text from A1 on, on a sheet named `sheet`.
pub fn workbook(sheet: &str, rows: &[Vec<String>]) -> Vec<u8> {
    workbook_with_notes(sheet, rows, &[])
}

/// Like [`workbook`], with `notes[i]` as the input message of column `i` below the rows
/// (what a spreadsheet shows when a cell of the column is chosen; it restricts nothing).
pub fn workbook_with_notes(sheet: &str, rows: &[Vec<String>], notes: &[Option<String>]) -> Vec<u8> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let parts = [
        ("[Content_Types].xml", content_types()),
        (
            "_rels/.rels",
            format!(
                "{HEAD}<Relationships xmlns=\"{RELS}\"><Relationship Id=\"rId1\" \
             Type=\"{DOC_RELS}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
            ),
        ),
        (
            "xl/workbook.xml",
            format!(
                "{HEAD}<workbook xmlns=\"{MAIN}\" xmlns:r=\"{DOC_RELS}\"><sheets>\
             <sheet name=\"{}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                escape(sheet)
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!(
                "{HEAD}<Relationships xmlns=\"{RELS}\">\
             <Relationship Id=\"rId1\" Type=\"{DOC_RELS}/worksheet\" Target=\"worksheets/sheet1.xml\"/>\
             <Relationship Id=\"rId2\" Type=\"{DOC_RELS}/styles\" Target=\"styles.xml\"/>\
             </Relationships>"
            ),
        ),
        ("xl/styles.xml", styles()),
        ("xl/worksheets/sheet1.xml", worksheet(rows, width, notes)),
    ];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, text) in parts {
        zip.start_file(name, SimpleFileOptions::default())
            .and_then(|()| zip.write_all(text.as_bytes()).map_err(Into::into))
            .expect("writing to memory does not fail");
    }
    zip.finish()
        .expect("writing to memory does not fail")
        .into_inner()
}

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

fn content_types() -> String {
    let ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    format!(
        "{HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Override PartName=\"/xl/workbook.xml\" ContentType=\"{ct}.sheet.main+xml\"/>\
         <Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"{ct}.worksheet+xml\"/>\
         <Override PartName=\"/xl/styles.xml\" ContentType=\"{ct}.styles+xml\"/>\
         </Types>"
    )
}

/// Style 1 is the built-in text format (`@`, number format 49).
fn styles() -> String {
    format!(
        "{HEAD}<styleSheet xmlns=\"{MAIN}\">\
         <fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>\
         <fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>\
         <fill><patternFill patternType=\"gray125\"/></fill></fills>\
         <borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
         <cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\
         <cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>\
         <xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>\
         </styleSheet>"
    )
}

/// Excel refuses an input message longer than this (in characters).
pub const MAX_NOTE: usize = 255;

fn worksheet(rows: &[Vec<String>], width: usize, notes: &[Option<String>]) -> String {
    let mut xml = format!(
        "{HEAD}<worksheet xmlns=\"{MAIN}\"><cols><col min=\"1\" max=\"{width}\" width=\"24\" \
         style=\"1\" customWidth=\"1\"/></cols><sheetData>"
    );
    for (r, row) in rows.iter().enumerate() {
        xml.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, text) in row.iter().enumerate() {
            let at = format!("{}{}", super::columns::letter(c), r + 1);
            xml.push_str(&format!(
                "<c r=\"{at}\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                escape(text)
            ));
        }
        xml.push_str("</row>");
    }
    xml.push_str("</sheetData>");
    let first = rows.len() + 1;
    let noted: Vec<(usize, &str)> = notes
        .iter()
        .enumerate()
        .filter_map(|(c, n)| n.as_deref().map(|n| (c, n)))
        .collect();
    if !noted.is_empty() {
        xml.push_str(&format!("<dataValidations count=\"{}\">", noted.len()));
        for (c, note) in noted {
            let column = super::columns::letter(c);
            let note: String = note.chars().take(MAX_NOTE).collect();
            xml.push_str(&format!(
                "<dataValidation allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"0\" \
                 prompt=\"{}\" sqref=\"{column}{first}:{column}1048576\"/>",
                escape(&note)
            ));
        }
        xml.push_str("</dataValidations>");
    }
    xml.push_str("</worksheet>");
    xml
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Control characters other than tab and new lines are not allowed in XML 1.0.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transfer::cells::Cell;

    #[test]
    fn calamine_reads_back_what_is_written() {
        let rows = vec![
            vec!["subject.name".to_string(), "a & <b>".to_string()],
            vec!["主体：名称".to_string(), String::new()],
        ];
        let sheet = crate::transfer::sheet::read_xlsx(workbook("icp-tui", &rows)).unwrap();
        assert_eq!(sheet.rows.len(), 2);
        assert_eq!(sheet.rows[0].cells[1], Cell::Text("a & <b>".into()));
        assert_eq!(sheet.rows[1].cells[0], Cell::Text("主体：名称".into()));
        assert_eq!(sheet.rows[1].number, 2);
    }

    #[test]
    fn notes_are_input_messages_below_the_rows_and_kept_short() {
        let rows = vec![vec!["a".to_string(), "b".to_string(), "c".to_string()]];
        let long = "长".repeat(300);
        let xml = worksheet(&rows, 3, &[None, Some("x < y".into()), Some(long)]);
        assert!(
            xml.contains("prompt=\"x &lt; y\" sqref=\"B2:B1048576\""),
            "{xml}"
        );
        assert!(xml.contains(&format!("prompt=\"{}\" sqref=\"C2", "长".repeat(MAX_NOTE))));
        assert!(!xml.contains("A2:A"));
        let bytes = workbook_with_notes("t", &rows, &[Some("n".into())]);
        let sheet = crate::transfer::sheet::read_xlsx(bytes).unwrap();
        assert_eq!(sheet.rows.len(), 1, "the notes are no cells");
    }
}
