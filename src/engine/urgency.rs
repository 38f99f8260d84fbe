//! How urgent each deadline is as of a given moment, and in which order to show them. Pure:
//! the moment is a parameter, so tests can stand on a month end or a leap day.

use jiff::civil::Time;
use jiff::tz::TimeZone;

use crate::engine::Deadline;
use crate::model::{Date, Instant, china_offset};

/// The four colours of the countdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    Overdue,
    /// Less than 7 days left (today included).
    Week,
    /// Less than 30 days left.
    Month,
    Later,
}

impl Urgency {
    pub fn from_days_left(days: i64) -> Urgency {
        match days {
            d if d < 0 => Urgency::Overdue,
            d if d < 7 => Urgency::Week,
            d if d < 30 => Urgency::Month,
            _ => Urgency::Later,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Urgency::Overdue => "overdue",
            Urgency::Week => "week",
            Urgency::Month => "month",
            Urgency::Later => "later",
        }
    }
}

/// A deadline as of now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timed<'a> {
    pub deadline: &'a Deadline,
    /// Calendar days from today (in China) to the due day; negative when past.
    pub days_left: i64,
    /// For windows counted in hours: seconds until `due_at` (negative when past).
    pub seconds_left: Option<i64>,
    pub urgency: Urgency,
    /// The moment it falls due: `due_at`, or the end of the due day in China.
    pub due_second: i64,
}

/// Midnight at the start of `date`, China time, in Unix seconds.
pub fn china_midnight(date: Date) -> i64 {
    date.0
        .to_datetime(Time::midnight())
        .to_zoned(TimeZone::fixed(china_offset()))
        .map(|z| z.timestamp().as_second())
        .unwrap_or_default()
}

/// One deadline as of `now`.
pub fn timed<'a>(deadline: &'a Deadline, now: &Instant) -> Timed<'a> {
    let days_left = now.china_date().days_until(deadline.due);
    let now_second = now.timestamp.as_second();
    let seconds_left = deadline
        .due_at
        .as_ref()
        .map(|at| at.timestamp.as_second() - now_second);
    let urgency = match seconds_left {
        // Hours count: the window is over the second it closes, even on its due day.
        Some(s) if s < 0 => Urgency::Overdue,
        Some(s) => Urgency::from_days_left(s.div_euclid(86_400)),
        None => Urgency::from_days_left(days_left),
    };
    let due_second = deadline.due_at.as_ref().map_or_else(
        || china_midnight(deadline.due.add_days(1)),
        |at| at.timestamp.as_second(),
    );
    Timed {
        deadline,
        days_left,
        seconds_left,
        urgency,
        due_second,
    }
}

/// Every deadline, most urgent first: by the moment it falls due (the longest overdue first),
/// then by kind and field so that the order is stable.
pub fn by_urgency<'a>(deadlines: &'a [Deadline], now: &Instant) -> Vec<Timed<'a>> {
    let mut timed: Vec<Timed<'a>> = deadlines.iter().map(|d| timed(d, now)).collect();
    timed.sort_by(|a, b| {
        (a.due_second, a.deadline.kind, &a.deadline.field).cmp(&(
            b.due_second,
            b.deadline.kind,
            &b.deadline.field,
        ))
    });
    timed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::DeadlineKind;

    fn at(text: &str) -> Instant {
        Instant::parse(text).unwrap()
    }

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn deadline(kind: DeadlineKind, due: &str) -> Deadline {
        Deadline {
            kind,
            field: kind.as_str().to_string(),
            due: date(due),
            due_at: None,
            days_left: 0,
            started: None,
            assumed_year: None,
        }
    }

    #[test]
    fn days_left_cross_a_month_end() {
        let d = deadline(DeadlineKind::DomainExpiry, "2026-12-01");
        let t = timed(&d, &at("2026-11-30T23:59:59+08:00"));
        assert_eq!(t.days_left, 1);
        assert_eq!(t.urgency, Urgency::Week);
        // 16:30 UTC on the 30th is already 00:30 on 1 December in China: due today.
        let t = timed(&d, &at("2026-11-30T16:30:00Z"));
        assert_eq!(t.days_left, 0);
        assert_eq!(t.urgency, Urgency::Week);
        let t = timed(&d, &at("2026-12-02T00:00:00+08:00"));
        assert_eq!((t.days_left, t.urgency), (-1, Urgency::Overdue));
    }

    #[test]
    fn days_left_across_a_leap_day() {
        let d = deadline(DeadlineKind::PsbFiling, "2028-03-01");
        assert_eq!(timed(&d, &at("2028-02-28T12:00:00+08:00")).days_left, 2);
        assert_eq!(timed(&d, &at("2028-02-29T12:00:00+08:00")).days_left, 1);
        let d = deadline(DeadlineKind::PsbFiling, "2027-03-01");
        assert_eq!(timed(&d, &at("2027-02-28T12:00:00+08:00")).days_left, 1);
        // Thirty days from 2028-02-10 is 2028-03-11 in a leap year.
        let d = deadline(DeadlineKind::PsbFiling, "2028-03-11");
        let t = timed(&d, &at("2028-02-10T09:00:00+08:00"));
        assert_eq!((t.days_left, t.urgency), (30, Urgency::Later));
        let t = timed(&d, &at("2028-02-11T09:00:00+08:00"));
        assert_eq!((t.days_left, t.urgency), (29, Urgency::Month));
    }

    #[test]
    fn urgency_bands_are_exclusive_at_their_edges() {
        assert_eq!(Urgency::from_days_left(-1), Urgency::Overdue);
        assert_eq!(Urgency::from_days_left(0), Urgency::Week);
        assert_eq!(Urgency::from_days_left(6), Urgency::Week);
        assert_eq!(Urgency::from_days_left(7), Urgency::Month);
        assert_eq!(Urgency::from_days_left(29), Urgency::Month);
        assert_eq!(Urgency::from_days_left(30), Urgency::Later);
    }

    #[test]
    fn the_sms_window_counts_hours() {
        let mut sms = deadline(DeadlineKind::SmsVerification, "2026-11-25");
        sms.due_at = Some(at("2026-11-25T16:00:00+08:00"));
        let t = timed(&sms, &at("2026-11-25T15:59:00+08:00"));
        assert_eq!(t.seconds_left, Some(60));
        assert_eq!(t.urgency, Urgency::Week);
        // Same calendar day, one second late: overdue although `days_left` is 0.
        let t = timed(&sms, &at("2026-11-25T16:00:01+08:00"));
        assert_eq!((t.days_left, t.urgency), (0, Urgency::Overdue));
    }

    #[test]
    fn most_urgent_first_with_hours_before_the_end_of_the_same_day() {
        let now = at("2026-11-24T18:00:00+08:00");
        let mut sms = deadline(DeadlineKind::SmsVerification, "2026-11-25");
        sms.due_at = Some(at("2026-11-25T16:00:00+08:00"));
        let list = vec![
            deadline(DeadlineKind::AccessSubscription, "2027-11-01"),
            deadline(DeadlineKind::DomainExpiry, "2026-11-25"),
            sms,
            deadline(DeadlineKind::CertificateExpiry, "2026-11-20"),
            deadline(DeadlineKind::PsbFiling, "2026-12-20"),
            deadline(DeadlineKind::LeaderIdExpiry, "2026-11-01"),
        ];
        let order: Vec<_> = by_urgency(&list, &now)
            .iter()
            .map(|t| (t.deadline.kind, t.urgency))
            .collect();
        assert_eq!(
            order,
            vec![
                (DeadlineKind::LeaderIdExpiry, Urgency::Overdue),
                (DeadlineKind::CertificateExpiry, Urgency::Overdue),
                (DeadlineKind::SmsVerification, Urgency::Week),
                (DeadlineKind::DomainExpiry, Urgency::Week),
                (DeadlineKind::PsbFiling, Urgency::Month),
                (DeadlineKind::AccessSubscription, Urgency::Later),
            ]
        );
    }

    #[test]
    fn ties_keep_a_stable_order() {
        let now = at("2026-11-24T18:00:00+08:00");
        let mut a = deadline(DeadlineKind::DomainExpiry, "2027-01-01");
        a.field = "websites[1].registration.expires".into();
        let mut b = a.clone();
        b.field = "websites[0].registration.expires".into();
        let c = deadline(DeadlineKind::AccessSubscription, "2027-01-01");
        let list = [a, b, c];
        let fields: Vec<_> = by_urgency(&list, &now)
            .iter()
            .map(|t| t.deadline.field.as_str())
            .collect();
        assert_eq!(
            fields,
            [
                "access_subscription",
                "websites[0].registration.expires",
                "websites[1].registration.expires"
            ]
        );
    }

    #[test]
    fn china_midnight_is_utc_plus_eight() {
        let t = china_midnight(date("2028-02-29"));
        assert_eq!(t, at("2028-02-28T16:00:00Z").timestamp.as_second());
    }
}
