//! Deadlines as an iCalendar file (RFC 5545) that Outlook, Google and Apple calendars import:
//! one all-day VEVENT per deadline (a date-time in UTC for windows counted in hours), each
//! with alarms 7 days and 1 day before. UIDs come from the filing id, the deadline kind and
//! the field, so importing a newer file updates the events instead of adding copies.
//! Pure: the clock (DTSTAMP) is passed in.

use crate::engine::Deadline;
use crate::model::Instant;

/// Alarms before each due date (RFC 5545 §3.8.6.3 durations).
pub const ALARMS: [&str; 2] = ["-P7D", "-P1D"];

/// One deadline of one filing, with its wording already in the user's language.
#[derive(Clone, Debug)]
pub struct CalendarEvent<'a> {
    /// The profile id of the filing (or the file's name).
    pub filing_id: &'a str,
    pub deadline: &'a Deadline,
    /// "Domain expires — 小明的博客".
    pub summary: String,
    pub description: String,
}

/// The stable UID of a deadline: `<filing>.<kind>.<field>@icp-tui`, every character outside
/// letters, digits, `-`, `_` and `.` percent-encoded.
pub fn uid(filing_id: &str, deadline: &Deadline) -> String {
    format!(
        "{}.{}.{}@icp-tui",
        uid_part(filing_id),
        deadline.kind.as_str(),
        uid_part(&deadline.field)
    )
}

/// The whole calendar, CRLF line ends, lines folded at 75 octets.
pub fn calendar(name: &str, events: &[CalendarEvent<'_>], now: &Instant) -> String {
    let stamp = utc(now);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//icp-tui//ICP filing deadlines//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    for e in events {
        let d = e.deadline;
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", uid(e.filing_id, d)));
        lines.push(format!("DTSTAMP:{stamp}"));
        match &d.due_at {
            // A window counted in hours ends at a moment: an event at that moment.
            Some(at) => lines.push(format!("DTSTART:{}", utc(at))),
            None => {
                lines.push(format!("DTSTART;VALUE=DATE:{}", date(d.due)));
                lines.push(format!("DTEND;VALUE=DATE:{}", date(d.due.add_days(1))));
            }
        }
        lines.push(format!("SUMMARY:{}", escape(&e.summary)));
        lines.push(format!("DESCRIPTION:{}", escape(&e.description)));
        lines.push("TRANSP:TRANSPARENT".into());
        for trigger in ALARMS {
            lines.push("BEGIN:VALARM".into());
            lines.push("ACTION:DISPLAY".into());
            lines.push(format!("DESCRIPTION:{}", escape(&e.summary)));
            lines.push(format!("TRIGGER:{trigger}"));
            lines.push("END:VALARM".into());
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
    }
    out
}

fn utc(at: &Instant) -> String {
    at.timestamp.strftime("%Y%m%dT%H%M%SZ").to_string()
}

fn date(d: crate::model::Date) -> String {
    d.0.strftime("%Y%m%d").to_string()
}

fn uid_part(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// TEXT values (§3.3.11): backslash, semicolon, comma and line breaks escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded (§3.1): no line longer than 75 octets without its CRLF; a
/// continuation starts with a space; a UTF-8 character is never split.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::DeadlineKind;
    use crate::model::Date;

    fn deadline(kind: DeadlineKind, field: &str, due: &str) -> Deadline {
        Deadline {
            kind,
            field: field.into(),
            due: Date::parse(due).unwrap(),
            due_at: None,
            days_left: 0,
            started: None,
            assumed_year: None,
        }
    }

    #[test]
    fn folding_keeps_lines_at_75_octets_and_never_splits_a_character() {
        let line = format!("SUMMARY:{}", "备案".repeat(40));
        let folded = fold(&line);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("{line}\r\n"));
        assert_eq!(fold("VERSION:2.0"), "VERSION:2.0\r\n");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn uids_are_stable_and_plain() {
        let d = deadline(DeadlineKind::Notice, "notices[0].deadline", "2026-12-05");
        assert_eq!(
            uid("a1b2", &d),
            "a1b2.notice.notices%5B0%5D.deadline@icp-tui"
        );
        assert_eq!(uid("小明", &d), uid("小明", &d.clone()));
        assert!(uid("小明", &d).is_ascii());
    }

    #[test]
    fn an_all_day_event_with_two_alarms_and_the_stamp_from_the_clock() {
        let now = Instant::parse("2026-12-01T12:00:00+08:00").unwrap();
        let d = deadline(
            DeadlineKind::DomainExpiry,
            "websites[0].registration.expires",
            "2027-05-01",
        );
        let events = [CalendarEvent {
            filing_id: "a",
            deadline: &d,
            summary: "Domain expires, example.cn".into(),
            description: "x".into(),
        }];
        let text = calendar("icp-tui", &events, &now);
        assert!(text.contains("DTSTAMP:20261201T040000Z\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20270501\r\nDTEND;VALUE=DATE:20270502\r\n"));
        assert!(text.contains("SUMMARY:Domain expires\\, example.cn\r\n"));
        assert_eq!(text.matches("BEGIN:VALARM").count(), 2);
        assert!(text.contains("TRIGGER:-P7D\r\n") && text.contains("TRIGGER:-P1D\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn a_window_counted_in_hours_is_an_event_at_its_moment_in_utc() {
        let now = Instant::parse("2026-11-24T09:00:00+08:00").unwrap();
        let mut d = deadline(
            DeadlineKind::SmsVerification,
            "progress.sms_verified",
            "2026-11-25",
        );
        d.due_at = Instant::parse("2026-11-25T08:00:00+08:00");
        let events = [CalendarEvent {
            filing_id: "a",
            deadline: &d,
            summary: "SMS".into(),
            description: "x".into(),
        }];
        let text = calendar("icp-tui", &events, &now);
        assert!(text.contains("DTSTART:20261125T000000Z\r\n"));
        assert!(!text.contains("DTEND"));
    }
}
