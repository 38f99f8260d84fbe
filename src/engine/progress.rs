//! After submission: the tracker's dates in their order, the SMS window, the PSB filing
//! after the site opens (or after approval, where the provider counts from there), and the
//! shape of the filing numbers the administrations issued.

use crate::model::{Date, Instant};
use crate::validate::{icp_number, psb_number};

use super::context::{Ctx, Out, given};
use super::finding::{Finding, Severity};

pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    check_order(ctx, out);
    check_opened_before_approval(ctx, out);
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

/// The tracker's events in the order they happen, by their field names.
const ORDER: &[(&str, &str)] = &[
    ("submitted", "provider_approved"),
    ("submitted", "sms_requested"),
    ("submitted", "approved"),
    ("provider_approved", "approved"),
    ("sms_requested", "sms_verified"),
    ("sms_requested", "approved"),
    ("approved", "psb_filed"),
];

/// A tracker event's day in China.
fn event_date(ctx: &Ctx<'_>, name: &str) -> Option<Date> {
    let p = &ctx.app.progress;
    match name {
        "submitted" => p.submitted.as_ref().map(Instant::china_date),
        "provider_approved" => p.provider_approved,
        "sms_requested" => p.sms_requested.as_ref().map(Instant::china_date),
        "sms_verified" => p.sms_verified.as_ref().map(Instant::china_date),
        "approved" => p.approved,
        "psb_filed" => p.psb_filed,
        _ => None,
    }
}

/// A later step dated before an earlier one: a typing mistake, or a step recorded in the
/// wrong field. Reported once per later field (the first earlier event it contradicts).
fn check_order(ctx: &Ctx<'_>, out: &mut Out) {
    let mut reported: Vec<&str> = Vec::new();
    for &(earlier, later) in ORDER {
        let (Some(a), Some(b)) = (event_date(ctx, earlier), event_date(ctx, later)) else {
            continue;
        };
        if b < a && !reported.contains(&later) {
            reported.push(later);
            out.push(
                Finding::new(
                    "PROGRESS_ORDER",
                    Severity::Warning,
                    format!("progress.{later}"),
                )
                .arg("event", later)
                .arg("date", b)
                .arg("prior", earlier)
                .arg("prior_date", a),
            );
        }
    }
}

/// A site must not be opened (nor the domain resolve to it) before the administration
/// approves: the filing can be refused or cancelled.
fn check_opened_before_approval(ctx: &Ctx<'_>, out: &mut Out) {
    let p = &ctx.app.progress;
    // Without an approval date the order is not known: no verdict.
    let (Some(opened), Some(approved)) = (p.site_opened, p.approved) else {
        return;
    };
    if opened < approved {
        out.push(
            Finding::new(
                "SITE_OPENED_BEFORE_APPROVAL",
                Severity::Error,
                "progress.site_opened",
            )
            .arg("date", opened),
        );
    }
}

/// Where the PSB filing's 30 days start: the approval date where the provider counts from
/// there (Tencent), else the day the site opened.
pub(crate) fn psb_clock_start(ctx: &Ctx<'_>) -> Option<Date> {
    let p = &ctx.app.progress;
    let from_approval = ctx
        .app
        .access
        .provider
        .and_then(|provider| ctx.rules.filing().psb_clock_from_approval.get(&provider))
        .is_some_and(|f| f.value);
    match (from_approval, p.approved) {
        (true, Some(approved)) => Some(approved),
        _ => p.site_opened,
    }
}

fn check_psb_due(ctx: &Ctx<'_>, out: &mut Out) {
    let p = &ctx.app.progress;
    let Some(start) = psb_clock_start(ctx) else {
        return;
    };
    if p.psb_filed.is_some() || given(&p.psb_number).is_some() {
        return;
    }
    let due = start.add_days(i64::from(ctx.rules.figures().psb_filing_days.value));
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
