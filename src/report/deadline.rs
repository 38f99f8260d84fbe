//! Deadlines in words: the time left and the deadline's name, for the countdown and
//! `icp-tui export`.

use crate::engine::DeadlineKind;
use crate::engine::urgency::Timed;
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::Application;

/// "3 days left", "due today", "2 days overdue", or for hour windows "05:12:09 left".
pub fn time_left(t: &Timed<'_>, tr: &Localizer) -> String {
    if let Some(seconds) = t.seconds_left {
        let s = seconds.unsigned_abs();
        let time = format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
        let id = if seconds < 0 {
            "countdown-time-overdue"
        } else {
            "countdown-time-left"
        };
        return tr.ta(id, &[("time", arg_str(&time))]);
    }
    match t.days_left {
        0 => tr.t("countdown-due-today"),
        d if d < 0 => tr.ta("countdown-days-overdue", &[("days", arg_num(-d))]),
        d => tr.ta("countdown-days-left", &[("days", arg_num(d))]),
    }
}

/// The deadline's name, with the website's domain when it concerns one website.
pub fn deadline_label(
    app: &Application,
    kind: DeadlineKind,
    field: &str,
    tr: &Localizer,
) -> String {
    let label = tr.t(&format!("countdown-kind-{}", kind.as_str()));
    let site = field
        .strip_prefix("websites[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|i| app.websites.get(i))
        .and_then(|w| w.domain.clone().or_else(|| w.name.clone()));
    match site {
        Some(site) => format!("{label} ({site})"),
        None => label,
    }
}
