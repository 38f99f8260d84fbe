//! Every dated obligation of an application, most urgent first.

use crate::model::Date;

use super::changes;
use super::context::Ctx;
use super::finding::{Deadline, DeadlineKind};
use super::progress;
use super::workdays;

pub(crate) fn collect(ctx: &Ctx<'_>) -> Vec<Deadline> {
    let app = ctx.app;
    let mut out = Vec::new();
    let calendar = ctx.rules.calendar();
    let mut push = |kind, field: String, due: Date, started: Option<Date>| {
        out.push(Deadline {
            kind,
            field,
            due,
            due_at: None,
            days_left: ctx.today.days_until(due),
            started,
            assumed_year: None,
        });
    };
    // Working-day deadlines say when the calendar had to be guessed.
    let mut estimates: Vec<(String, i16)> = Vec::new();
    if let Some(end) = app.access.subscription_end {
        push(
            DeadlineKind::AccessSubscription,
            "access.subscription_end".into(),
            end,
            app.access.subscription_start,
        );
    }
    for (i, site) in app.websites.iter().enumerate() {
        if let Some(expires) = site.registration.expires {
            push(
                DeadlineKind::DomainExpiry,
                format!("websites[{i}].registration.expires"),
                expires,
                None,
            );
        }
    }
    if let Some(expires) = app.subject.certificate_expires {
        push(
            DeadlineKind::CertificateExpiry,
            "subject.certificate_expires".into(),
            expires,
            None,
        );
    }
    let leaders = std::iter::once(("subject.leader".to_string(), &app.subject.leader)).chain(
        app.websites
            .iter()
            .enumerate()
            .map(|(i, w)| (format!("websites[{i}].leader"), &w.leader)),
    );
    for (path, leader) in leaders {
        // An individual's own ID is already counted as the subject certificate.
        let same_as_certificate = path == "subject.leader"
            && app.subject.kind == Some(crate::model::SubjectKind::Individual)
            && leader.id_expires == app.subject.certificate_expires;
        if let (Some(expires), false) = (leader.id_expires, same_as_certificate) {
            push(
                DeadlineKind::LeaderIdExpiry,
                format!("{path}.id_expires"),
                expires,
                None,
            );
        }
    }
    let progress = &app.progress;
    if let (Some(passed), None) = (progress.provider_approved, progress.approved) {
        let days = ctx
            .province
            .map_or(ctx.rules.figures().admin_review_working_days.value, |p| {
                p.review_working_days.value
            });
        let sum = workdays::count(calendar, passed, days);
        if let Some(year) = sum.assumed_year {
            estimates.push(("progress.approved".into(), year));
        }
        push(
            DeadlineKind::AdministrationReview,
            "progress.approved".into(),
            sum.date,
            Some(passed),
        );
    }
    if let (Some(opened), None, None) = (
        progress.site_opened,
        progress.psb_filed,
        progress
            .psb_number
            .as_deref()
            .filter(|s| !s.trim().is_empty()),
    ) {
        let days = ctx.rules.figures().psb_filing_days.value;
        push(
            DeadlineKind::PsbFiling,
            "progress.psb_filed".into(),
            opened.add_days(i64::from(days)),
            Some(opened),
        );
    }
    if progress.submitted.is_none() {
        let days = ctx.rules.figures().realname_sync_working_days.value;
        for (i, site) in app.websites.iter().enumerate() {
            if let (Some(on), false) = (
                site.registration.verified_on,
                site.registration.real_name_verified == Some(false),
            ) && workdays::add_working_days(calendar, on, days) > ctx.today
            {
                let field = format!("websites[{i}].registration.verified_on");
                let sum = workdays::count(calendar, on, days);
                if let Some(year) = sum.assumed_year {
                    estimates.push((field.clone(), year));
                }
                push(DeadlineKind::RealNameSync, field, sum.date, Some(on));
            }
        }
    }
    for (i, notice) in app.notices.iter().enumerate() {
        if let (Some(deadline), None) = (notice.deadline, notice.done) {
            push(
                DeadlineKind::Notice,
                format!("notices[{i}].deadline"),
                deadline,
                notice.received,
            );
        }
    }
    for (i, change) in app.changes.iter().enumerate() {
        if let (Some(planned), None) = (change.planned, change.filed) {
            push(
                DeadlineKind::ChangeFiling,
                format!("changes[{i}].filed"),
                changes::filing_due(ctx, planned),
                None,
            );
        }
    }
    // Offline nothing tells whether the badge is up, so the reminder stays only until it
    // falls due; the online footer check looks at the page itself.
    if let Some(filed) = progress.psb_filed {
        let due = filed.add_days(i64::from(ctx.rules.figures().psb_display_days.value));
        if due >= ctx.today {
            push(
                DeadlineKind::PsbBadge,
                "progress.psb_number".into(),
                due,
                Some(filed),
            );
        }
    }
    if let Some(due_at) = progress::sms_deadline(ctx) {
        let due = due_at.china_date();
        out.push(Deadline {
            kind: DeadlineKind::SmsVerification,
            field: "progress.sms_verified".into(),
            due,
            days_left: ctx.today.days_until(due),
            started: progress.sms_requested.as_ref().map(|i| i.china_date()),
            due_at: Some(due_at),
            assumed_year: None,
        });
    }
    for (field, year) in estimates {
        if let Some(d) = out.iter_mut().find(|d| d.field == field) {
            d.assumed_year = Some(year);
        }
    }
    out.sort_by(|a, b| {
        (
            a.due,
            a.due_at.as_ref().map(|i| i.timestamp),
            a.kind,
            &a.field,
        )
            .cmp(&(
                b.due,
                b.due_at.as_ref().map(|i| i.timestamp),
                b.kind,
                &b.field,
            ))
    });
    out
}
