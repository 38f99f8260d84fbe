//! Rectification and verification notices (整改通知 / 核查通知): an open notice counts down
//! to its deadline; once it has passed the provider can cancel access, which leaves the
//! filing an empty shell to be cancelled (product-anchors §2.1 stage 9).

use super::context::{Ctx, Out, given};
use super::finding::{Finding, Severity};

pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let warn_days = i64::from(ctx.rules.figures().notice_warning_days.value);
    for (i, notice) in ctx.app.notices.iter().enumerate() {
        // The notice as the user wrote it, else its number in the list.
        let about = given(&notice.about).map_or_else(|| format!("#{}", i + 1), str::to_string);
        if let (Some(received), Some(deadline)) = (notice.received, notice.deadline)
            && deadline < received
        {
            out.push(
                Finding::new(
                    "NOTICE_DATES_ORDER",
                    Severity::Warning,
                    format!("notices[{i}].deadline"),
                )
                .arg("received", received)
                .arg("date", deadline),
            );
        }
        if let (Some(received), Some(done)) = (notice.received, notice.done)
            && done < received
        {
            out.push(
                Finding::new(
                    "NOTICE_DATES_ORDER",
                    Severity::Warning,
                    format!("notices[{i}].done"),
                )
                .arg("received", received)
                .arg("date", done),
            );
        }
        if notice.done.is_some() {
            continue;
        }
        let field = format!("notices[{i}].deadline");
        let Some(deadline) = notice.deadline else {
            // An open notice without its date cannot be counted down: say so.
            out.push(
                Finding::new("NOTICE_NO_DEADLINE", Severity::Warning, field).arg("about", about),
            );
            continue;
        };
        let days = ctx.today.days_until(deadline);
        if days < 0 {
            out.push(
                Finding::new("NOTICE_OVERDUE", Severity::Error, field)
                    .arg("date", deadline)
                    .arg("about", about),
            );
        } else if days <= warn_days {
            out.push(
                Finding::new("NOTICE_DUE", Severity::Warning, field)
                    .arg("date", deadline)
                    .arg("days", days)
                    .arg("about", about),
            );
        }
    }
}
