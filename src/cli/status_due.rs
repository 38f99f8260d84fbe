//! `icp-tui status --due DAYS`: what falls due within DAYS (overdue included), for a cron job
//! or a systemd timer. Exit 1: something is due (each item printed); 2: nothing due among
//! the readable filings but a file could not be read (it could hide one); 0: nothing due.

use std::path::Path;
use std::process::ExitCode;

use serde_json::json;

use crate::engine::Deadline;
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::Instant;

use super::EXIT_INPUT;
use super::status::{AppStatus, Status, deadline_json, reason, relative_days};

/// Every deadline of every readable filing with at most `days` days left.
pub fn due_within(statuses: &[Status], days: i64) -> Vec<(&AppStatus, &Deadline)> {
    let mut out: Vec<_> = statuses
        .iter()
        .filter_map(|s| match s {
            Status::Ok(a) => Some(a),
            Status::Unreadable(_) => None,
        })
        .flat_map(|a| {
            a.deadlines
                .iter()
                .filter(move |d| d.days_left <= days)
                .map(move |d| (a, d))
        })
        .collect();
    out.sort_by(|x, y| (x.1.due, &x.0.id).cmp(&(y.1.due, &y.0.id)));
    out
}

pub fn run(
    profile: &Path,
    now: &Instant,
    statuses: &[Status],
    days: i64,
    json: bool,
    tr: &Localizer,
) -> ExitCode {
    let due = due_within(statuses, days);
    let unreadable: Vec<_> = statuses
        .iter()
        .filter_map(|s| match s {
            Status::Unreadable(u) => Some(u),
            Status::Ok(_) => None,
        })
        .collect();
    if json {
        let items: Vec<_> = due
            .iter()
            .map(|(a, d)| {
                let mut v = deadline_json(d);
                v["id"] = json!(a.id);
                v["file"] = json!(a.file);
                v["title"] = json!(a.title);
                v
            })
            .collect();
        let unreadable: Vec<_> = unreadable
            .iter()
            .map(|u| json!({ "id": u.id, "file": u.file, "reason": reason(u, tr) }))
            .collect();
        let document = json!({
            "profile": profile.display().to_string(),
            "today": now.china_date().to_string(),
            "within_days": days,
            "due": items,
            "unreadable": unreadable,
        });
        println!(
            "{}",
            serde_json::to_string_pretty(&document).expect("JSON values serialize")
        );
    } else {
        print!("{}", to_text(profile, &due, &unreadable, days, tr));
    }
    if !due.is_empty() {
        ExitCode::FAILURE
    } else if !unreadable.is_empty() {
        ExitCode::from(EXIT_INPUT)
    } else {
        ExitCode::SUCCESS
    }
}

fn to_text(
    profile: &Path,
    due: &[(&AppStatus, &Deadline)],
    unreadable: &[&super::status::UnreadableStatus],
    days: i64,
    tr: &Localizer,
) -> String {
    let mut out = Vec::new();
    let args = [
        ("profile", arg_str(&profile.display().to_string())),
        ("days", arg_num(days)),
        ("count", arg_num(due.len() as i64)),
    ];
    out.push(if due.is_empty() {
        tr.ta("status-due-none", &args)
    } else {
        tr.ta("status-due-heading", &args)
    });
    for (a, d) in due {
        let title = a.title.clone().unwrap_or_else(|| tr.t("list-untitled"));
        out.push(format!(
            "  {}  {}  {} ({}): {}  [{}]",
            d.due,
            relative_days(d.days_left, tr),
            title,
            a.id,
            tr.t(&format!("status-deadline-{}", d.kind.as_str())),
            d.field
        ));
    }
    for u in unreadable {
        out.push(tr.ta(
            "status-unreadable",
            &[
                ("file", arg_str(&u.file)),
                ("reason", arg_str(&reason(u, tr))),
            ],
        ));
    }
    out.join("\n") + "\n"
}
