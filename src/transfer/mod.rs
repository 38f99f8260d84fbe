//! Filings in and out of spreadsheets: the column scheme of the format
//! (docs/application-format.md, "Spreadsheet columns"), reading CSV and XLSX rows into
//! applications, and the template. Pure but for reading the file; knows no terminal.

pub mod cells;
pub mod columns;
pub mod documents;
pub mod import;
pub mod sheet;
pub mod template;
pub mod words;
pub mod xlsx;

pub use columns::{Column, Counts, Headers};
pub use import::{Imported, import};
