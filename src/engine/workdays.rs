//! Working days as the administrations count them: Monday to Friday, less the State
//! Council's public holidays, plus its make-up working days (assets/holidays.toml). A count
//! that runs through a year the calendar does not know assumes Monday to Friday there and
//! says so (`WorkdaySum::assumed_year`), so the date can be shown as an estimate.

use crate::model::Date;
use crate::rules::Calendar;

/// The end of a working-day count, and the first year it had to guess.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkdaySum {
    pub date: Date,
    /// A year without a published arrangement that the count ran through.
    pub assumed_year: Option<i16>,
}

pub fn is_working_day(calendar: &Calendar, date: Date) -> bool {
    calendar.day(date).is_working()
}

/// The date `n` working days after `start` (`start` itself does not count).
pub fn add_working_days(calendar: &Calendar, start: Date, n: u32) -> Date {
    count(calendar, start, n).date
}

/// As `add_working_days`, with the year that had to be assumed, if any.
pub fn count(calendar: &Calendar, start: Date, n: u32) -> WorkdaySum {
    let mut date = start;
    let mut left = n;
    let mut assumed_year = None;
    while left > 0 {
        date = date.add_days(1);
        let day = calendar.day(date);
        if day.is_assumed() && assumed_year.is_none() {
            assumed_year = Some(date.0.year());
        }
        if day.is_working() {
            left -= 1;
        }
    }
    WorkdaySum { date, assumed_year }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn cal() -> &'static Calendar {
        Rules::builtin().calendar()
    }

    #[test]
    fn skips_weekends() {
        // 2026-11-20 is a Friday; no holiday nearby.
        assert_eq!(add_working_days(cal(), d("2026-11-20"), 1), d("2026-11-23"));
        assert_eq!(add_working_days(cal(), d("2026-11-20"), 3), d("2026-11-25"));
        // From a Saturday, the first working day is Monday.
        assert_eq!(add_working_days(cal(), d("2026-11-21"), 1), d("2026-11-23"));
        assert_eq!(add_working_days(cal(), d("2026-11-20"), 0), d("2026-11-20"));
    }

    #[test]
    fn twenty_working_days_are_four_weeks_without_holidays() {
        assert_eq!(
            add_working_days(cal(), d("2026-11-23"), 20),
            d("2026-12-21")
        );
    }

    #[test]
    fn a_review_across_national_day_2026_skips_the_holiday_week() {
        // Monday 2026-09-28; 1–7 October are off, Saturday 10 October is worked.
        // Working days: 29, 30 Sep; 8, 9, 10 (Sat), 12–16, 19–23, 26–30 Oct = 20.
        let sum = count(cal(), d("2026-09-28"), 20);
        assert_eq!(sum.date, d("2026-10-30"));
        assert_eq!(sum.assumed_year, None);
        // Weekends only would have said 2026-10-26, four days early.
        assert_eq!(
            add_working_days(&Calendar::default(), d("2026-09-28"), 20),
            d("2026-10-26")
        );
    }

    #[test]
    fn a_make_up_saturday_is_a_working_day_and_an_ordinary_one_is_not() {
        assert!(is_working_day(cal(), d("2026-10-10")));
        assert!(is_working_day(cal(), d("2026-02-14")));
        assert!(!is_working_day(cal(), d("2026-10-17")));
        assert!(!is_working_day(cal(), d("2026-10-01")));
        assert!(is_working_day(cal(), d("2026-10-08")));
        // 2025: the make-up Sunday before National Day.
        assert!(is_working_day(cal(), d("2025-09-28")));
        assert!(!is_working_day(cal(), d("2025-10-08")));
    }

    #[test]
    fn a_count_into_an_unpublished_year_is_an_estimate() {
        // 2027's arrangement is not in the calendar.
        let sum = count(cal(), d("2026-12-21"), 20);
        assert_eq!(sum.assumed_year, Some(2027));
        let inside = count(cal(), d("2026-11-02"), 20);
        assert_eq!(inside.assumed_year, None);
    }

    #[test]
    fn crosses_a_leap_day() {
        // 2028-02-28 is a Monday; 29 Feb is a Tuesday.
        let sum = count(cal(), d("2028-02-28"), 3);
        assert_eq!(sum.date, d("2028-03-02"));
        assert_eq!(sum.assumed_year, Some(2028));
    }
}
