//! Dates and times as people type them, read once the typing is over (the field is left or
//! confirmed): `2030-02-03`, `2030/02/03`, `2030.02.03` (as printed on ID cards), `2030-2-3`,
//! `2030年2月3日`; a time after the date (`2026-11-30 10:00`) is China time. What is saved
//! is still the TOML date or date-time of the format.

use jiff::civil;
use jiff::tz::TimeZone;

use super::dates::{Date, Instant, china_offset};

/// Why typed text is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypedDate {
    NotADate,
    /// A real month that lacks the day (`2030-02-30`): it has only `days` days.
    NoSuchDay {
        month: i8,
        days: i8,
    },
}

impl Date {
    /// Reads a date in one of the forms people write. A real month without the day is told
    /// apart from text that is no date, so the message can say how many days the month has.
    pub fn parse_typed(text: &str) -> Result<Date, TypedDate> {
        let text = text.trim();
        let text = text.strip_suffix('日').unwrap_or(text);
        let parts: Vec<&str> = text.split(['-', '/', '.', '年', '月']).collect();
        let [year, month, day] = parts[..] else {
            return Err(TypedDate::NotADate);
        };
        let (Some(year), Some(month), Some(day)) =
            (digits(year, 4, 4), digits(month, 1, 2), digits(day, 1, 2))
        else {
            return Err(TypedDate::NotADate);
        };
        let (year, month, day) = (year as i16, month as i8, day as i8);
        if !(1..=12).contains(&month) || day < 1 {
            return Err(TypedDate::NotADate);
        }
        let first = civil::Date::new(year, month, 1).map_err(|_| TypedDate::NotADate)?;
        Date::new(year, month, day).ok_or(TypedDate::NoSuchDay {
            month,
            days: first.days_in_month(),
        })
    }
}

impl Instant {
    /// Reads a moment as the tracker takes it: the format's own `2026-11-30T10:00:00+08:00`,
    /// or a typed date with an optional `HH:MM` or `HH:MM:SS` after a space (`2026-11-30
    /// 10:00`, `2026/11/30 10:00`), in China time. A date alone is its midnight in China.
    pub fn parse_typed(text: &str) -> Result<Instant, TypedDate> {
        if let Some(instant) = Instant::parse(text) {
            return Ok(instant);
        }
        let text = text.trim();
        let (date, time) = match text.split_once(|c: char| c.is_whitespace() || c == 'T') {
            Some((date, time)) => (date, Some(time.trim())),
            None => (text, None),
        };
        let date = Date::parse_typed(date)?;
        let (hour, minute, second) = match time {
            None => (0, 0, 0),
            Some(time) => clock(time).ok_or(TypedDate::NotADate)?,
        };
        let datetime = date.0.at(hour, minute, second, 0);
        let zoned = datetime
            .to_zoned(TimeZone::fixed(china_offset()))
            .map_err(|_| TypedDate::NotADate)?;
        Ok(Instant::new(zoned.timestamp(), china_offset()))
    }
}

/// `HH:MM` or `HH:MM:SS` (a full-width colon too, as a Chinese keyboard types it).
fn clock(text: &str) -> Option<(i8, i8, i8)> {
    let parts: Vec<&str> = text.split([':', '：']).collect();
    let (hour, minute, second) = match parts[..] {
        [h, m] => (digits(h, 1, 2)?, digits(m, 2, 2)?, 0),
        [h, m, s] => (digits(h, 1, 2)?, digits(m, 2, 2)?, digits(s, 2, 2)?),
        _ => return None,
    };
    (hour < 24 && minute < 60 && second < 60).then_some((hour as i8, minute as i8, second as i8))
}

/// An ASCII number of `min` to `max` digits.
fn digits(part: &str, min: usize, max: usize) -> Option<u16> {
    let fits = (min..=max).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
    fits.then(|| part.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_written_form_is_the_same_day() {
        let want = Date::new(2030, 2, 3);
        for typed in [
            "2030-02-03",
            "2030/02/03",
            "2030.02.03",
            "2030-2-3",
            "2030/2/3",
            "2030年2月3日",
            "2030年02月03日",
            " 2030.2.3 ",
        ] {
            assert_eq!(Date::parse_typed(typed).ok(), want, "{typed}");
        }
    }

    #[test]
    fn a_day_the_month_lacks_says_how_many_days_it_has() {
        let no_such = |month, days| Err(TypedDate::NoSuchDay { month, days });
        assert_eq!(Date::parse_typed("2030-02-30"), no_such(2, 28));
        assert_eq!(Date::parse_typed("2030-02-29"), no_such(2, 28));
        assert_eq!(Date::parse_typed("2030/04/31"), no_such(4, 30));
        assert_eq!(Date::parse_typed("2030年6月31日"), no_such(6, 30));
        assert_eq!(Date::parse_typed("2030-01-32"), no_such(1, 31));
        // The nearest days that exist.
        assert!(Date::parse_typed("2028-02-29").is_ok());
        assert!(Date::parse_typed("2030-04-30").is_ok());
        assert!(Date::parse_typed("2030-01-31").is_ok());
    }

    #[test]
    fn text_that_is_no_date_is_told_apart() {
        for typed in [
            "",
            "2030",
            "2030-02",
            "2030-02-",
            "2030-13-01",
            "2030-00-10",
            "2030-02-00",
            "30-02-03",
            "03.02.2030",
            "2030-02-03-04",
            "2030-0x-03",
            "2030-02-003",
            "２０３０-02-03",
        ] {
            assert_eq!(
                Date::parse_typed(typed),
                Err(TypedDate::NotADate),
                "{typed}"
            );
        }
    }

    #[test]
    fn the_tracker_fills_china_time() {
        let read = |t: &str| Instant::parse_typed(t).map(|i| i.to_string());
        assert_eq!(
            read("2026-11-30 10:00").unwrap(),
            "2026-11-30T10:00:00+08:00"
        );
        assert_eq!(
            read("2026/11/30 10:00").unwrap(),
            "2026-11-30T10:00:00+08:00"
        );
        assert_eq!(
            read("2026/11/30 9:05:07").unwrap(),
            "2026-11-30T09:05:07+08:00"
        );
        assert_eq!(
            read("2026年11月30日 10：00").unwrap(),
            "2026-11-30T10:00:00+08:00"
        );
        assert_eq!(read("2026-11-30").unwrap(), "2026-11-30T00:00:00+08:00");
        // The format's own form keeps its offset.
        assert_eq!(
            read("2026-11-30T10:00:00Z").unwrap(),
            "2026-11-30T10:00:00Z"
        );
        assert_eq!(
            Instant::parse_typed("2026-02-30 10:00"),
            Err(TypedDate::NoSuchDay { month: 2, days: 28 })
        );
        for typed in [
            "2026-11-30 24:00",
            "2026-11-30 10:60",
            "2026-11-30 10",
            "2026-11-30 1000",
        ] {
            assert_eq!(
                Instant::parse_typed(typed),
                Err(TypedDate::NotADate),
                "{typed}"
            );
        }
    }
}
