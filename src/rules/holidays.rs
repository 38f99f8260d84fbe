//! The State Council's holiday calendar (assets/holidays.toml): days off and make-up working
//! days per year. Years not in the calendar are unknown, never assumed holiday-free.

use serde::Deserialize;

use super::types::{SourceRef, Sourced, push_refs};
use crate::model::Date;

/// A run of days off, both ends included.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidaySpan {
    pub from: Date,
    pub to: Date,
    pub en: String,
    pub zh: String,
}

/// One year's published arrangement.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayYear {
    pub year: i16,
    pub holidays: Vec<HolidaySpan>,
    /// Weekend days that are working days (调休上班).
    #[serde(default)]
    pub workdays: Vec<Date>,
    pub source: Vec<String>,
    pub as_of: Date,
}

impl Sourced for HolidayYear {
    fn refs(&self, path: &str, out: &mut Vec<SourceRef>) {
        push_refs(out, path, &self.source, self.as_of);
    }
}

/// Every year the rules know, in no particular order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calendar {
    years: Vec<HolidayYear>,
}

/// What the calendar says about one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayKind {
    Working,
    Off,
    /// The year's arrangement is not in the calendar: Monday to Friday is assumed.
    AssumedWorking,
    AssumedOff,
}

impl DayKind {
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Working | DayKind::AssumedWorking)
    }

    pub fn is_assumed(self) -> bool {
        matches!(self, DayKind::AssumedWorking | DayKind::AssumedOff)
    }
}

impl Calendar {
    pub fn new(years: Vec<HolidayYear>) -> Calendar {
        Calendar { years }
    }

    pub fn years(&self) -> &[HolidayYear] {
        &self.years
    }

    pub fn year(&self, year: i16) -> Option<&HolidayYear> {
        self.years.iter().find(|y| y.year == year)
    }

    /// Adds or replaces whole years (an override file's `[[year]]` entries).
    pub(crate) fn merge(&mut self, years: Vec<HolidayYear>) {
        for y in years {
            match self.years.iter_mut().find(|q| q.year == y.year) {
                Some(slot) => *slot = y,
                None => self.years.push(y),
            }
        }
    }

    pub fn day(&self, date: Date) -> DayKind {
        let weekday = date.weekday_number() <= 5;
        let Some(year) = self.year(date.0.year()) else {
            return if weekday {
                DayKind::AssumedWorking
            } else {
                DayKind::AssumedOff
            };
        };
        if year.workdays.contains(&date) {
            DayKind::Working
        } else if year.holidays.iter().any(|h| h.from <= date && date <= h.to) {
            DayKind::Off
        } else if weekday {
            DayKind::Working
        } else {
            DayKind::Off
        }
    }
}
