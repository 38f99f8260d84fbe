//! After submission: the SMS window, the PSB filing after the site opens, and the shape of
//! the filing numbers the administrations issued.

use crate::model::Instant;
use crate::validate::{icp_number, psb_number};

use super::context::{Ctx, Out, given};
use super::finding::{Finding, Severity};

pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    check_sms(ctx, out);
    check_psb_due(ctx, out);
    check_icp_number(ctx, out);
    check_psb_number(ctx, out);
}

/// When the SMS window closes, for a message not yet answered.
pub(crate) fn sms_deadline(ctx: &Ctx<'_>) -> Option<Instant> {
    let p = &ctx.app.progress;
    let requested = p.sms_requested.as_ref()?;
    if p.sms_verified.is_some() {
        return None;
    }
    let hours = i64::from(ctx.rules.figures().sms_window_hours.value);
    let due = requested
        .timestamp
        .checked_add(jiff::SignedDuration::from_hours(hours))
        .ok()?;
    Some(Instant::new(due, requested.offset))
}

fn check_sms(ctx: &Ctx<'_>, out: &mut Out) {
    let Some(due) = sms_deadline(ctx) else { return };
    let field = "progress.sms_verified";
    let left = due.timestamp.duration_since(ctx.now.timestamp);
    if left.is_positive() {
        let hours = left.as_secs() / 3600;
        out.push(
            Finding::new("SMS_VERIFICATION_DUE", Severity::Warning, field)
                .arg("due", due.to_string())
                .arg("hours", hours),
        );
    } else {
        out.push(
            Finding::new("SMS_VERIFICATION_EXPIRED", Severity::Error, field)
                .arg("due", due.to_string()),
        );
    }
}

fn check_psb_due(ctx: &Ctx<'_>, out: &mut Out) {
    let p = &ctx.app.progress;
    let Some(opened) = p.site_opened else { return };
    if p.psb_filed.is_some() || given(&p.psb_number).is_some() {
        return;
    }
    let due = opened.add_days(i64::from(ctx.rules.figures().psb_filing_days.value));
    let days = ctx.today.days_until(due);
    let field = "progress.psb_filed";
    if days < 0 {
        out.push(Finding::new("PSB_FILING_OVERDUE", Severity::Error, field).arg("date", due));
    } else {
        out.push(
            Finding::new("PSB_FILING_DUE", Severity::Warning, field)
                .arg("date", due)
                .arg("days", days),
        );
    }
}

fn check_icp_number(ctx: &Ctx<'_>, out: &mut Out) {
    let Some(raw) = given(&ctx.app.progress.icp_number) else {
        return;
    };
    let field = "progress.icp_number";
    match icp_number::parse(raw) {
        Err(e) => out.push(
            Finding::new("ICP_NUMBER_FORMAT", Severity::Error, field).arg("reason", e.as_code()),
        ),
        Ok(number) => {
            let Some(p) = ctx.province else { return };
            let abbr = number.abbreviation().to_string();
            if !p.icp_abbrs().any(|a| a == abbr) {
                out.push(
                    Finding::new("ICP_NUMBER_PROVINCE", Severity::Error, field)
                        .arg("abbr", abbr)
                        .arg("expected", &p.icp_abbr),
                );
            }
        }
    }
}

fn check_psb_number(ctx: &Ctx<'_>, out: &mut Out) {
    let Some(raw) = given(&ctx.app.progress.psb_number) else {
        return;
    };
    let field = "progress.psb_number";
    match psb_number::parse(raw) {
        Err(e) => out.push(
            Finding::new("PSB_NUMBER_FORMAT", Severity::Error, field).arg("reason", e.as_code()),
        ),
        Ok(number) => {
            let Some(p) = ctx.province else { return };
            let abbr = number.abbreviation().to_string();
            if abbr != p.psb_abbr || number.province() != p.code {
                out.push(
                    Finding::new("PSB_NUMBER_PROVINCE", Severity::Warning, field)
                        .arg("abbr", abbr)
                        .arg("expected", &p.psb_abbr),
                );
            }
        }
    }
}
