//! Working days: Monday to Friday. Chinese public holidays and make-up working days are not
//! modelled yet, so a count across a holiday week comes out early; callers say "about".

use crate::model::Date;

pub fn is_working_day(date: Date) -> bool {
    date.weekday_number() <= 5
}

/// The date `n` working days after `start` (`start` itself does not count).
pub fn add_working_days(start: Date, n: u32) -> Date {
    let mut date = start;
    let mut left = n;
    while left > 0 {
        date = date.add_days(1);
        if is_working_day(date) {
            left -= 1;
        }
    }
    date
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn skips_weekends() {
        // 2026-11-20 is a Friday.
        assert_eq!(add_working_days(d("2026-11-20"), 1), d("2026-11-23"));
        assert_eq!(add_working_days(d("2026-11-20"), 3), d("2026-11-25"));
        // From a Saturday, the first working day is Monday.
        assert_eq!(add_working_days(d("2026-11-21"), 1), d("2026-11-23"));
        assert_eq!(add_working_days(d("2026-11-20"), 0), d("2026-11-20"));
    }

    #[test]
    fn twenty_working_days_are_four_weeks() {
        assert_eq!(add_working_days(d("2026-11-23"), 20), d("2026-12-21"));
    }

    #[test]
    fn crosses_a_leap_day() {
        // 2028-02-28 is a Monday; 29 Feb is a Tuesday.
        assert_eq!(add_working_days(d("2028-02-28"), 3), d("2028-03-02"));
    }
}
