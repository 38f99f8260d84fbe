//! Calendar dates and instants as the application format stores them.
//!
//! Dates are TOML local dates (`2026-11-22`); instants are TOML offset date-times
//! (`2026-11-23T10:00:00+08:00`). Both keep exactly what the user wrote so that a
//! round trip through icp-tui does not rewrite a file.

use std::fmt;

use jiff::civil;
use jiff::tz::{Offset, TimeZone};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use toml::value::{Date as TomlDate, Datetime, Offset as TomlOffset, Time as TomlTime};

/// China Standard Time: the administrations, SMS windows and deadlines run on it.
pub fn china_offset() -> Offset {
    Offset::constant(8)
}

/// A calendar date (no time, no zone).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub civil::Date);

impl Date {
    pub fn new(year: i16, month: i8, day: i8) -> Option<Self> {
        civil::Date::new(year, month, day).ok().map(Date)
    }

    /// Parses `YYYY-MM-DD` strictly (four-digit year, real calendar day).
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = text[0..4].parse().ok()?;
        let month = text[5..7].parse().ok()?;
        let day = text[8..10].parse().ok()?;
        Self::new(year, month, day)
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        let span = self
            .0
            .until(other.0)
            .expect("civil dates are always comparable");
        i64::from(span.get_days())
    }

    pub fn add_days(self, days: i64) -> Date {
        let span = jiff::Span::new().days(days);
        Date(self.0.checked_add(span).unwrap_or(self.0))
    }

    pub fn add_months(self, months: i32) -> Date {
        let span = jiff::Span::new().months(months);
        Date(self.0.checked_add(span).unwrap_or(self.0))
    }

    /// Monday = 1 … Sunday = 7.
    pub fn weekday_number(self) -> i8 {
        self.0.weekday().to_monday_one_offset()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let datetime = Datetime {
            date: Some(TomlDate {
                year: self.0.year() as u16,
                month: self.0.month() as u8,
                day: self.0.day() as u8,
            }),
            time: None,
            offset: None,
        };
        datetime.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let datetime = Datetime::deserialize(deserializer)?;
        match (datetime.date, datetime.time, datetime.offset) {
            (Some(d), None, None) => Date::new(d.year as i16, d.month as i8, d.day as i8)
                .ok_or_else(|| D::Error::custom(format!("{datetime} is not a real calendar date"))),
            _ => Err(D::Error::custom(format!(
                "expected a date such as 2026-11-22, found {datetime}"
            ))),
        }
    }
}

/// A moment in time with the UTC offset it was written with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instant {
    pub timestamp: jiff::Timestamp,
    pub offset: Offset,
}

impl Instant {
    pub fn new(timestamp: jiff::Timestamp, offset: Offset) -> Self {
        Instant { timestamp, offset }
    }

    /// Parses RFC 3339 (`2026-11-24T16:00:00+08:00`, or `Z`).
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let timestamp: jiff::Timestamp = text.parse().ok()?;
        Some(Instant::new(timestamp, parse_offset_suffix(text)?))
    }

    /// The calendar date of this instant in China.
    pub fn china_date(&self) -> Date {
        Date(
            self.timestamp
                .to_zoned(TimeZone::fixed(china_offset()))
                .date(),
        )
    }

    pub fn to_zoned(&self) -> jiff::Zoned {
        self.timestamp.to_zoned(TimeZone::fixed(self.offset))
    }
}

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let zoned = self.to_zoned();
        write!(
            f,
            "{}{}",
            zoned.datetime().strftime("%Y-%m-%dT%H:%M:%S"),
            format_offset(self.offset)
        )
    }
}

/// Reads the trailing `Z` or `±HH:MM` of an RFC 3339 string.
fn parse_offset_suffix(text: &str) -> Option<Offset> {
    if text.ends_with('Z') || text.ends_with('z') {
        return Some(Offset::UTC);
    }
    let tail = text.get(text.len().checked_sub(6)?..)?;
    let sign = match tail.as_bytes()[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let hours: i32 = tail.get(1..3)?.parse().ok()?;
    let minutes: i32 = tail.get(4..6)?.parse().ok()?;
    Offset::from_seconds(sign * (hours * 3600 + minutes * 60)).ok()
}

fn format_offset(offset: Offset) -> String {
    let seconds = offset.seconds();
    if seconds == 0 {
        return "Z".to_string();
    }
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

impl Serialize for Instant {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let zoned = self.to_zoned();
        let dt = zoned.datetime();
        let minutes = self.offset.seconds() / 60;
        let datetime = Datetime {
            date: Some(TomlDate {
                year: dt.year() as u16,
                month: dt.month() as u8,
                day: dt.day() as u8,
            }),
            time: Some(TomlTime {
                hour: dt.hour() as u8,
                minute: dt.minute() as u8,
                second: Some(dt.second() as u8),
                nanosecond: None,
            }),
            offset: Some(if minutes == 0 {
                TomlOffset::Z
            } else {
                TomlOffset::Custom {
                    minutes: minutes as i16,
                }
            }),
        };
        datetime.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Instant {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let datetime = Datetime::deserialize(deserializer)?;
        if datetime.date.is_none() || datetime.time.is_none() || datetime.offset.is_none() {
            return Err(D::Error::custom(format!(
                "expected a date and time with offset such as 2026-11-24T16:00:00+08:00, found {datetime}"
            )));
        }
        Instant::parse(&datetime.to_string())
            .ok_or_else(|| D::Error::custom(format!("{datetime} is not a real date and time")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_strict_dates() {
        assert_eq!(Date::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2024-2-9").is_none());
        assert!(Date::parse("tomorrow").is_none());
    }

    #[test]
    fn counts_days_across_month_end_and_leap_day() {
        let a = Date::parse("2028-02-27").unwrap();
        assert_eq!(a.days_until(Date::parse("2028-03-01").unwrap()), 3);
        assert_eq!(
            Date::parse("2026-01-31").unwrap().add_months(1).to_string(),
            "2026-02-28"
        );
    }

    #[test]
    fn instant_round_trips_its_offset() {
        let i = Instant::parse("2026-11-24T16:00:00+08:00").unwrap();
        assert_eq!(i.to_string(), "2026-11-24T16:00:00+08:00");
        assert_eq!(i.china_date().to_string(), "2026-11-24");
        let z = Instant::parse("2026-11-24T20:00:00Z").unwrap();
        assert_eq!(z.china_date().to_string(), "2026-11-25");
    }
}
