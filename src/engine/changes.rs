//! Planned changes of filed data: Order 33 Art. 14 wants the change filed
//! `change_filing_days_ahead` (30) days before it takes effect.

use super::context::{Ctx, Out, given};
use super::finding::{Finding, Severity};

pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let ahead = i64::from(ctx.rules.figures().change_filing_days_ahead.value);
    for (i, change) in ctx.app.changes.iter().enumerate() {
        let (Some(planned), None) = (change.planned, change.filed) else {
            continue;
        };
        let what = given(&change.what).map_or_else(|| format!("#{}", i + 1), str::to_string);
        let field = format!("changes[{i}].filed");
        let days = ctx.today.days_until(planned);
        if days < 0 {
            out.push(
                Finding::new("CHANGE_NOT_FILED", Severity::Error, field)
                    .arg("date", planned)
                    .arg("what", what)
                    .arg("ahead", ahead),
            );
        } else if days < ahead {
            out.push(
                Finding::new("CHANGE_FILING_DUE", Severity::Warning, field)
                    .arg("date", planned)
                    .arg("days", days)
                    .arg("what", what)
                    .arg("ahead", ahead),
            );
        }
    }
}

/// The last day to file a change planned for `planned`.
pub(crate) fn filing_due(ctx: &Ctx<'_>, planned: crate::model::Date) -> crate::model::Date {
    planned.add_days(-i64::from(
        ctx.rules.figures().change_filing_days_ahead.value,
    ))
}
