//! One spreadsheet cell read as the value of its column: a date, a yes/no, a value of a
//! closed set … or the reason it is none of these.

use toml::Value;

use super::columns::Kind;
use super::words::{Miss, Set, Words};
use crate::model::{Date, Instant};

/// A cell as the spreadsheet holds it (a CSV cell is always text).
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// A cell formatted as a date or date-time; the time is `(hour, minute, second)`.
    DateTime {
        date: Date,
        time: (u8, u8, u8),
    },
    /// A formula error such as `#N/A`.
    Error(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, as the user sees it (for messages and text fields).
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Int(n) => n.to_string(),
            Cell::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
            Cell::Float(x) => x.to_string(),
            Cell::Bool(b) => b.to_string(),
            Cell::DateTime { date, time } if *time == (0, 0, 0) => date.to_string(),
            Cell::DateTime {
                date,
                time: (h, m, s),
            } => format!("{date} {h:02}:{m:02}:{s:02}"),
            Cell::Error(e) => e.clone(),
        }
    }
}

/// Why a cell is not a value of its column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    NotADate,
    /// A date where a moment is needed (the SMS window counts hours).
    NotAnInstant,
    NotABool,
    /// Not a tick of the checklist (yes/no, ✓, 是/否).
    NotATick,
    NotACount,
    /// No word of `set`; `item` is the bad part of a list.
    NotInSet {
        item: String,
        set: Set,
    },
    /// A label of several values of `set` (their saved names).
    Ambiguous {
        item: String,
        set: Set,
        candidates: Vec<String>,
    },
    /// A `key=value` pair without its `=` or one side.
    NotAPair {
        item: String,
    },
    /// A number too long for a spreadsheet number: its last digits are gone.
    LostDigits,
    /// A formula error.
    SpreadsheetError,
}

impl Problem {
    /// The code of its message (`transfer-cell-<code>` and `-fix`).
    pub fn code(&self) -> &'static str {
        match self {
            Problem::NotADate => "date",
            Problem::NotAnInstant => "instant",
            Problem::NotABool => "bool",
            Problem::NotATick => "tick",
            Problem::NotACount => "count",
            Problem::NotInSet { .. } => "choice",
            Problem::Ambiguous { .. } => "ambiguous",
            Problem::NotAPair { .. } => "pair",
            Problem::LostDigits => "digits",
            Problem::SpreadsheetError => "error",
        }
    }
}

/// The value of `cell` in a column of `kind`: `None` when it is empty (not answered yet).
/// Enum cells are read with `words`; a service type's name as the row's `provider` (saved
/// name) calls it.
pub fn read(
    cell: &Cell,
    kind: Kind,
    words: &Words,
    provider: Option<&str>,
) -> Result<Option<Value>, Problem> {
    if cell.is_empty() {
        return Ok(None);
    }
    if let Cell::Error(_) = cell {
        return Err(Problem::SpreadsheetError);
    }
    let value = match kind {
        Kind::Text => Value::String(text(cell)?),
        Kind::Date => datetime(&date(cell)?.to_string()),
        Kind::Instant => datetime(&instant(cell)?.to_string()),
        Kind::Bool => Value::Boolean(boolean(cell)?),
        Kind::Count => Value::Integer(count(cell)?),
        Kind::Choice(set) => Value::String(choice(&text(cell)?, set, words, provider)?.to_string()),
        Kind::List => Value::Array(items(&text(cell)?).map(Value::String).collect()),
        Kind::Choices(set) => Value::Array(
            items(&text(cell)?)
                .map(|item| {
                    choice(&item, set, words, provider).map(|v| Value::String(v.to_string()))
                })
                .collect::<Result<_, _>>()?,
        ),
        Kind::Document(_) => Value::Boolean(tick(cell)?),
        Kind::Pairs => {
            let mut table = toml::Table::new();
            for item in items(&text(cell)?) {
                let (key, value) = item
                    .split_once(['=', '＝'])
                    .map(|(k, v)| (k.trim(), v.trim()))
                    .filter(|(k, v)| !k.is_empty() && !v.is_empty())
                    .ok_or_else(|| Problem::NotAPair { item: item.clone() })?;
                table.insert(key.to_string(), Value::String(value.to_string()));
            }
            Value::Table(table)
        }
    };
    Ok(Some(value))
}

fn datetime(text: &str) -> Value {
    Value::Datetime(
        text.parse()
            .expect("dates and instants print as TOML date-times"),
    )
}

/// Text as typed. A number of 16 digits or more (an 18-digit ID number typed into a number
/// cell) has lost its last digits, as spreadsheets keep 15: refused rather than saved wrong.
fn text(cell: &Cell) -> Result<String, Problem> {
    match cell {
        Cell::Float(x) if x.fract() == 0.0 && x.abs() >= 1e15 => Err(Problem::LostDigits),
        _ => Ok(cell.shown()),
    }
}

/// `2026-11-22`, `2026/11/22`, `2026.11.22`, `2026年11月22日`, or a date cell at midnight.
fn date(cell: &Cell) -> Result<Date, Problem> {
    match cell {
        Cell::DateTime { date, time } if *time == (0, 0, 0) => Ok(*date),
        Cell::Text(t) => parse_date(t.trim()).ok_or(Problem::NotADate),
        _ => Err(Problem::NotADate),
    }
}

fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim_end_matches('日');
    let parts: Vec<&str> = text.split(['-', '/', '.', '年', '月']).collect();
    let [y, m, d] = parts[..] else {
        return None;
    };
    fn digits(s: &str, min: usize, max: usize) -> Option<&str> {
        (s.len() >= min && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())).then_some(s)
    }
    Date::new(
        digits(y, 4, 4)?.parse().ok()?,
        digits(m, 1, 2)?.parse().ok()?,
        digits(d, 1, 2)?.parse().ok()?,
    )
}

/// RFC 3339, or `YYYY-MM-DD HH:MM[:SS]` (also with `T`) in China time, or a date-time cell
/// (China time). A bare date is refused: the time matters.
fn instant(cell: &Cell) -> Result<Instant, Problem> {
    let china = |date: Date, (h, m, s): (u8, u8, u8)| -> Option<Instant> {
        let civil = date.0.at(h as i8, m as i8, s as i8, 0);
        let zoned = civil
            .to_zoned(jiff::tz::TimeZone::fixed(crate::model::china_offset()))
            .ok()?;
        Some(Instant::new(
            zoned.timestamp(),
            crate::model::china_offset(),
        ))
    };
    match cell {
        // A date cell shows midnight when it holds no time at all: the time is not known.
        Cell::DateTime { time, .. } if *time == (0, 0, 0) => Err(Problem::NotAnInstant),
        Cell::DateTime { date, time } => china(*date, *time).ok_or(Problem::NotAnInstant),
        Cell::Text(t) => {
            let t = t.trim();
            if let Some(at) = Instant::parse(t) {
                return Ok(at);
            }
            let (day, clock) = t.split_once([' ', 'T']).ok_or(Problem::NotAnInstant)?;
            let date = parse_date(day).ok_or(Problem::NotAnInstant)?;
            let parts: Vec<&str> = clock.trim().split(':').collect();
            let number = |s: &str, max: u8| {
                (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| s.parse::<u8>().ok())
                    .flatten()
                    .filter(|n| *n <= max)
            };
            let time = match parts[..] {
                [h, m] => (number(h, 23), number(m, 59), Some(0)),
                [h, m, s] => (number(h, 23), number(m, 59), number(s, 59)),
                _ => (None, None, None),
            };
            let (Some(h), Some(m), Some(s)) = time else {
                return Err(Problem::NotAnInstant);
            };
            china(date, (h, m, s)).ok_or(Problem::NotAnInstant)
        }
        _ => Err(Problem::NotAnInstant),
    }
}

fn boolean(cell: &Cell) -> Result<bool, Problem> {
    match cell {
        Cell::Bool(b) => Ok(*b),
        Cell::Int(1) => Ok(true),
        Cell::Int(0) => Ok(false),
        Cell::Float(x) if *x == 1.0 => Ok(true),
        Cell::Float(x) if *x == 0.0 => Ok(false),
        Cell::Text(t) => match t.trim().to_lowercase().as_str() {
            "true" | "yes" | "y" | "1" | "是" => Ok(true),
            "false" | "no" | "n" | "0" | "否" => Ok(false),
            _ => Err(Problem::NotABool),
        },
        _ => Err(Problem::NotABool),
    }
}

/// A document ticked: yes/no as for any yes-or-no cell, or a check mark.
fn tick(cell: &Cell) -> Result<bool, Problem> {
    match cell {
        Cell::Text(t) if matches!(t.trim(), "✓" | "✔" | "☑") => Ok(true),
        _ => boolean(cell).map_err(|_| Problem::NotATick),
    }
}

fn count(cell: &Cell) -> Result<i64, Problem> {
    let n = match cell {
        Cell::Int(n) => Some(*n),
        Cell::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => Some(*x as i64),
        Cell::Text(t) => {
            let t = t.trim();
            t.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| t.parse().ok())
                .flatten()
        }
        _ => None,
    };
    n.filter(|n| *n >= 0).ok_or(Problem::NotACount)
}

/// The saved name `text` means: the name itself or a label, in either language.
fn choice<'w>(
    text: &str,
    set: Set,
    words: &'w Words,
    provider: Option<&str>,
) -> Result<&'w str, Problem> {
    let item = text.trim().to_string();
    words
        .find_for(set, text, provider)
        .map_err(|miss| match miss {
            Miss::Unknown => Problem::NotInSet { item, set },
            Miss::Ambiguous(candidates) => Problem::Ambiguous {
                item,
                set,
                candidates,
            },
        })
}

/// The parts of a list cell: separated by `;` (also `,`, `、`, full-width `；` `，`, or new
/// lines), trimmed, empty parts dropped.
fn items(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split([';', ',', '、', '；', '，', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }

    static WORDS: std::sync::LazyLock<Words> =
        std::sync::LazyLock::new(|| Words::new(crate::rules::Rules::builtin()));

    fn read(cell: &Cell, kind: Kind) -> Result<Option<Value>, Problem> {
        super::read(cell, kind, &WORDS, None)
    }

    fn value(cell: Cell, kind: Kind) -> String {
        read(&cell, kind).unwrap().unwrap().to_string()
    }

    #[test]
    fn empty_cells_are_not_answered() {
        for kind in [Kind::Text, Kind::Date, Kind::Bool, Kind::Count, Kind::List] {
            assert_eq!(read(&Cell::Empty, kind), Ok(None));
            assert_eq!(read(&t("  "), kind), Ok(None));
        }
    }

    #[test]
    fn dates_in_the_ways_spreadsheets_write_them() {
        for text in ["2026-11-22", "2026/11/22", "2026.11.22", "2026年11月22日"] {
            assert_eq!(value(t(text), Kind::Date), "2026-11-22", "{text}");
        }
        assert_eq!(value(t("2026/1/5"), Kind::Date), "2026-01-05");
        let cell = Cell::DateTime {
            date: Date::parse("2027-05-01").unwrap(),
            time: (0, 0, 0),
        };
        assert_eq!(value(cell, Kind::Date), "2027-05-01");
        for bad in [
            "2026-02-30",
            "22/11/2026",
            "26-11-22",
            "tomorrow",
            "2026-11",
        ] {
            assert_eq!(read(&t(bad), Kind::Date), Err(Problem::NotADate), "{bad}");
        }
        assert_eq!(
            read(&Cell::Float(46348.0), Kind::Date),
            Err(Problem::NotADate)
        );
        let noon = Cell::DateTime {
            date: Date::parse("2027-05-01").unwrap(),
            time: (12, 0, 0),
        };
        assert_eq!(read(&noon, Kind::Date), Err(Problem::NotADate));
    }

    #[test]
    fn instants_need_a_time_and_default_to_china_time() {
        assert_eq!(
            value(t("2026-11-24 16:00"), Kind::Instant),
            "2026-11-24T16:00:00+08:00"
        );
        assert_eq!(
            value(t("2026-11-24T08:00:00Z"), Kind::Instant),
            "2026-11-24T08:00:00Z"
        );
        let cell = Cell::DateTime {
            date: Date::parse("2026-11-24").unwrap(),
            time: (16, 30, 5),
        };
        assert_eq!(value(cell, Kind::Instant), "2026-11-24T16:30:05+08:00");
        let midnight = Cell::DateTime {
            date: Date::parse("2026-11-24").unwrap(),
            time: (0, 0, 0),
        };
        assert_eq!(read(&midnight, Kind::Instant), Err(Problem::NotAnInstant));
        for bad in ["2026-11-24", "2026-11-24 25:00", "2026-11-24 16", "soon"] {
            assert_eq!(
                read(&t(bad), Kind::Instant),
                Err(Problem::NotAnInstant),
                "{bad}"
            );
        }
    }

    #[test]
    fn yes_and_no_in_both_languages() {
        for yes in ["true", "YES", "y", "1", "是"] {
            assert_eq!(value(t(yes), Kind::Bool), "true", "{yes}");
        }
        for no in ["false", "No", "n", "0", "否"] {
            assert_eq!(value(t(no), Kind::Bool), "false", "{no}");
        }
        assert_eq!(value(Cell::Bool(true), Kind::Bool), "true");
        assert_eq!(read(&t("maybe"), Kind::Bool), Err(Problem::NotABool));
        assert_eq!(read(&Cell::Int(2), Kind::Bool), Err(Problem::NotABool));
    }

    #[test]
    fn counts_are_whole_and_not_negative() {
        assert_eq!(value(t("3"), Kind::Count), "3");
        assert_eq!(value(Cell::Float(2.0), Kind::Count), "2");
        assert_eq!(value(Cell::Int(0), Kind::Count), "0");
        for bad in [t("-1"), t("1.5"), t("one"), Cell::Float(1.5), Cell::Int(-2)] {
            assert_eq!(read(&bad, Kind::Count), Err(Problem::NotACount), "{bad:?}");
        }
    }

    #[test]
    fn choices_take_the_saved_names_and_the_labels() {
        const SET: Set = Set::Certificate;
        assert_eq!(value(t("uscc"), Kind::Choice(SET)), "\"uscc\"");
        assert_eq!(
            value(t("Resident-ID"), Kind::Choice(SET)),
            "\"resident_id\""
        );
        assert_eq!(value(t(" 护照 "), Kind::Choice(SET)), "\"passport\"");
        assert_eq!(
            read(&t("passport card"), Kind::Choice(SET)),
            Err(Problem::NotInSet {
                item: "passport card".into(),
                set: SET
            })
        );
        assert_eq!(
            value(t("uscc; Passport"), Kind::Choices(SET)),
            "[\"uscc\", \"passport\"]"
        );
        assert!(matches!(
            read(&t("uscc, nope"), Kind::Choices(SET)),
            Err(Problem::NotInSet { item, .. }) if item == "nope"
        ));
        assert_eq!(
            value(t("广东"), Kind::Choice(Set::Province)),
            "\"guangdong\""
        );
        assert_eq!(
            value(t("企业"), Kind::Choice(Set::SubjectKind)),
            "\"enterprise\""
        );
    }

    #[test]
    fn lists_and_pairs() {
        assert_eq!(value(t("zh-CN；en ; "), Kind::List), "[\"zh-CN\", \"en\"]");
        assert_eq!(
            value(
                t("api.example.cn=京ICP备1号; cdn.example.cn = 京ICP备2号"),
                Kind::Pairs
            ),
            "{ \"api.example.cn\" = \"京ICP备1号\", \"cdn.example.cn\" = \"京ICP备2号\" }"
        );
        assert_eq!(
            read(&t("api.example.cn"), Kind::Pairs),
            Err(Problem::NotAPair {
                item: "api.example.cn".into()
            })
        );
    }

    #[test]
    fn numbers_in_text_columns() {
        assert_eq!(
            value(Cell::Float(13800138000.0), Kind::Text),
            "\"13800138000\""
        );
        assert_eq!(value(Cell::Int(42), Kind::Text), "\"42\"");
        // An 18-digit ID number typed as a number has lost its last digits.
        assert_eq!(
            read(&Cell::Float(110105194912310020.0), Kind::Text),
            Err(Problem::LostDigits)
        );
        assert_eq!(
            read(&Cell::Error("#N/A".into()), Kind::Text),
            Err(Problem::SpreadsheetError)
        );
    }
}
