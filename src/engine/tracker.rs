//! The filing tracker's fields (`[progress]`) and the stages of the timeline. Pure: reading
//! and strictly parsing what the user typed; nothing is written unless it parses.

use crate::model::{Date, Instant, Progress, TypedDate};

/// How a field's value is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `2026-11-24`
    Date,
    /// `2026-11-24T16:00:00+08:00`
    Instant,
    Text,
}

/// The fields of `[progress]`, in the order things happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Submitted,
    ProviderApproved,
    SmsRequested,
    SmsVerified,
    Approved,
    IcpNumber,
    SiteOpened,
    PsbFiled,
    PsbNumber,
}

/// Why a typed value was not written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    NotADate,
    NotAnInstant,
    /// A real month that lacks the day (`2026-02-30`): it has only `days` days.
    NoSuchDay {
        month: i8,
        days: i8,
    },
}

impl Invalid {
    /// The Fluent id of the message without arguments (what the forms accept); a day the
    /// month lacks is told with its arguments by `habits-date-no-such-day` where it can be.
    pub fn message_id(self) -> &'static str {
        match self {
            Invalid::NotADate | Invalid::NoSuchDay { .. } => "habits-tracker-not-a-date",
            Invalid::NotAnInstant => "habits-tracker-not-an-instant",
        }
    }

    fn from_typed(why: TypedDate, otherwise: Invalid) -> Invalid {
        match why {
            TypedDate::NotADate => otherwise,
            TypedDate::NoSuchDay { month, days } => Invalid::NoSuchDay { month, days },
        }
    }
}

impl Field {
    pub const ALL: [Field; 9] = [
        Field::Submitted,
        Field::ProviderApproved,
        Field::SmsRequested,
        Field::SmsVerified,
        Field::Approved,
        Field::IcpNumber,
        Field::SiteOpened,
        Field::PsbFiled,
        Field::PsbNumber,
    ];

    /// The key in `[progress]`, also the Fluent id suffix (`tracker-field-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Field::Submitted => "submitted",
            Field::ProviderApproved => "provider_approved",
            Field::SmsRequested => "sms_requested",
            Field::SmsVerified => "sms_verified",
            Field::Approved => "approved",
            Field::IcpNumber => "icp_number",
            Field::SiteOpened => "site_opened",
            Field::PsbFiled => "psb_filed",
            Field::PsbNumber => "psb_number",
        }
    }

    pub fn format(self) -> Format {
        match self {
            Field::Submitted | Field::SmsRequested | Field::SmsVerified => Format::Instant,
            Field::ProviderApproved | Field::Approved | Field::SiteOpened | Field::PsbFiled => {
                Format::Date
            }
            Field::IcpNumber | Field::PsbNumber => Format::Text,
        }
    }

    /// The value as the user edits it (empty when not recorded).
    pub fn get(self, p: &Progress) -> String {
        let date = |d: &Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let instant = |i: &Option<Instant>| i.as_ref().map(|i| i.to_string()).unwrap_or_default();
        match self {
            Field::Submitted => instant(&p.submitted),
            Field::ProviderApproved => date(&p.provider_approved),
            Field::SmsRequested => instant(&p.sms_requested),
            Field::SmsVerified => instant(&p.sms_verified),
            Field::Approved => date(&p.approved),
            Field::IcpNumber => p.icp_number.clone().unwrap_or_default(),
            Field::SiteOpened => date(&p.site_opened),
            Field::PsbFiled => date(&p.psb_filed),
            Field::PsbNumber => p.psb_number.clone().unwrap_or_default(),
        }
    }

    /// Writes what the user typed: empty clears the field; a date in any form people write
    /// it, a moment as the format writes it or a date with an optional `HH:MM` in China time.
    /// Returns whether the progress changed.
    pub fn set(self, p: &mut Progress, typed: &str) -> Result<bool, Invalid> {
        let typed = typed.trim();
        let before = p.clone();
        let date = |t: &str| -> Result<Option<Date>, Invalid> {
            if t.is_empty() {
                Ok(None)
            } else {
                Date::parse_typed(t)
                    .map(Some)
                    .map_err(|why| Invalid::from_typed(why, Invalid::NotADate))
            }
        };
        let instant = |t: &str| -> Result<Option<Instant>, Invalid> {
            if t.is_empty() {
                Ok(None)
            } else {
                Instant::parse_typed(t)
                    .map(Some)
                    .map_err(|why| Invalid::from_typed(why, Invalid::NotAnInstant))
            }
        };
        let text = |t: &str| (!t.is_empty()).then(|| t.to_string());
        match self {
            Field::Submitted => p.submitted = instant(typed)?,
            Field::ProviderApproved => p.provider_approved = date(typed)?,
            Field::SmsRequested => p.sms_requested = instant(typed)?,
            Field::SmsVerified => p.sms_verified = instant(typed)?,
            Field::Approved => p.approved = date(typed)?,
            Field::IcpNumber => p.icp_number = text(typed),
            Field::SiteOpened => p.site_opened = date(typed)?,
            Field::PsbFiled => p.psb_filed = date(typed)?,
            Field::PsbNumber => p.psb_number = text(typed),
        }
        Ok(*p != before)
    }

    /// What an empty field offers when the user starts editing it: now, or today.
    pub fn suggestion(self, now: &Instant) -> String {
        match self.format() {
            Format::Instant => {
                let china = Instant::new(now.timestamp, crate::model::china_offset());
                // Whole seconds: what a person would type.
                Instant::parse(&china.to_string())
                    .map(|i| i.to_string())
                    .unwrap_or_default()
            }
            Format::Date => now.china_date().to_string(),
            Format::Text => String::new(),
        }
    }
}

/// The stages of a filing, for the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    Submitted,
    ProviderReview,
    Sms,
    Administration,
    Opened,
    Psb,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Submitted,
        Stage::ProviderReview,
        Stage::Sms,
        Stage::Administration,
        Stage::Opened,
        Stage::Psb,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Stage::Submitted => "submitted",
            Stage::ProviderReview => "provider",
            Stage::Sms => "sms",
            Stage::Administration => "administration",
            Stage::Opened => "opened",
            Stage::Psb => "psb",
        }
    }

    /// The day the stage was completed, if it was.
    pub fn done_on(self, p: &Progress) -> Option<Date> {
        match self {
            Stage::Submitted => p.submitted.as_ref().map(Instant::china_date),
            Stage::ProviderReview => p.provider_approved,
            Stage::Sms => p.sms_verified.as_ref().map(Instant::china_date),
            Stage::Administration => p.approved,
            Stage::Opened => p.site_opened,
            Stage::Psb => p.psb_filed,
        }
    }
}

/// The first stage not yet done (`None` when all are).
pub fn current_stage(p: &Progress) -> Option<Stage> {
    Stage::ALL.into_iter().find(|s| s.done_on(p).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Instant {
        Instant::parse("2026-11-24T08:30:15.5Z").unwrap()
    }

    #[test]
    fn values_round_trip_through_the_editor() {
        let mut p = Progress::default();
        for (field, typed) in [
            (Field::Submitted, "2026-11-23T10:00:00+08:00"),
            (Field::ProviderApproved, "2026-11-24"),
            (Field::IcpNumber, "京ICP备2026012345号"),
        ] {
            assert_eq!(field.set(&mut p, typed), Ok(true));
            assert_eq!(field.get(&p), typed);
            assert_eq!(field.set(&mut p, typed), Ok(false), "unchanged");
        }
        assert_eq!(Field::Submitted.set(&mut p, "  "), Ok(true));
        assert_eq!(p.submitted, None);
    }

    #[test]
    fn invalid_values_are_not_written() {
        let mut p = Progress {
            approved: Date::parse("2026-12-10"),
            ..Progress::default()
        };
        let before = p.clone();
        assert_eq!(
            Field::Approved.set(&mut p, "2026-02-30"),
            Err(Invalid::NoSuchDay { month: 2, days: 28 })
        );
        assert_eq!(
            Field::Approved.set(&mut p, "10/12/2026"),
            Err(Invalid::NotADate)
        );
        assert_eq!(
            Field::SmsRequested.set(&mut p, "2026-11-24 16"),
            Err(Invalid::NotAnInstant)
        );
        assert_eq!(p, before);
        // A date with a time, in China time; a date alone is its midnight.
        assert_eq!(
            Field::SmsRequested.set(&mut p, "2026/11/24 16:00"),
            Ok(true)
        );
        assert_eq!(
            p.sms_requested.as_ref().map(ToString::to_string).as_deref(),
            Some("2026-11-24T16:00:00+08:00")
        );
        assert_eq!(Field::Submitted.set(&mut p, "2026-11-23"), Ok(true));
        assert_eq!(
            p.submitted.as_ref().map(ToString::to_string).as_deref(),
            Some("2026-11-23T00:00:00+08:00")
        );
        p = before.clone();
        // A leap day is a real date in 2028.
        assert_eq!(Field::Approved.set(&mut p, "2028-02-29"), Ok(true));
    }

    #[test]
    fn suggestions_are_now_in_china_and_today() {
        assert_eq!(
            Field::SmsRequested.suggestion(&now()),
            "2026-11-24T16:30:15+08:00"
        );
        assert_eq!(Field::PsbFiled.suggestion(&now()), "2026-11-24");
        assert_eq!(Field::PsbNumber.suggestion(&now()), "");
    }

    #[test]
    fn the_current_stage_is_the_first_not_done() {
        let mut p = Progress::default();
        assert_eq!(current_stage(&p), Some(Stage::Submitted));
        p.submitted = Instant::parse("2026-11-23T23:30:00Z");
        assert_eq!(Stage::Submitted.done_on(&p), Date::parse("2026-11-24"));
        assert_eq!(current_stage(&p), Some(Stage::ProviderReview));
        p.provider_approved = Date::parse("2026-11-24");
        p.sms_verified = Instant::parse("2026-11-24T17:00:00+08:00");
        p.approved = Date::parse("2026-12-10");
        p.site_opened = Date::parse("2026-12-12");
        assert_eq!(current_stage(&p), Some(Stage::Psb));
        p.psb_filed = Date::parse("2026-12-20");
        assert_eq!(current_stage(&p), None);
    }
}
