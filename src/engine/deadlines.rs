//! Every dated obligation of an application, most urgent first.

use crate::model::Date;

use super::changes;
use super::context::Ctx;
use super::domains::Basis;
use super::finding::{Deadline, DeadlineKind};
use super::progress;
use super::workdays;

/// What identifies an identity document: its number (spaces and case folded), else its
/// holder's name.
fn document_key(number: Option<&str>, name: Option<&str>) -> Option<String> {
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_uppercase)
            .collect()
    };
    let number = number.map(fold).filter(|n| !n.is_empty());
    let name = name.map(fold).filter(|n| !n.is_empty());
    number
        .map(|n| format!("id:{n}"))
        .or_else(|| name.map(|n| format!("name:{n}")))
}

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
    // One identity document is one deadline, however many roles its holder has: the
    // subject's certificate, the subject leader's ID, each website leader's ID.
    let mut documents: std::collections::HashSet<(String, Date)> = Default::default();
    let subject = &app.subject;
    if let Some(expires) = subject.certificate_expires {
        push(
            DeadlineKind::CertificateExpiry,
            "subject.certificate_expires".into(),
            expires,
            None,
        );
        if let Some(key) = document_key(subject.certificate_number.as_deref(), None) {
            documents.insert((key, expires));
        }
        // An individual's certificate is their own ID, whoever is written as leader.
        if subject.kind == Some(crate::model::SubjectKind::Individual)
            && let Some(key) = document_key(None, subject.name.as_deref())
        {
            documents.insert((key, expires));
        }
    }
    let leaders = std::iter::once(("subject.leader".to_string(), &subject.leader)).chain(
        app.websites
            .iter()
            .enumerate()
            .map(|(i, w)| (format!("websites[{i}].leader"), &w.leader)),
    );
    for (path, leader) in leaders {
        let Some(expires) = leader.id_expires else {
            continue;
        };
        let key = document_key(leader.id_number.as_deref(), leader.name.as_deref());
        let seen = key
            .as_ref()
            .is_some_and(|k| documents.contains(&(k.clone(), expires)));
        if seen {
            continue;
        }
        if let Some(key) = key {
            documents.insert((key, expires));
        }
        push(
            DeadlineKind::LeaderIdExpiry,
            format!("{path}.id_expires"),
            expires,
            None,
        );
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
        progress::psb_clock_start(ctx),
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

/// Where a deadline's rule comes from (the newest source of the figure and, for working
/// days, the holiday calendar), in words a person can follow. Dates the user entered (expiries) have none.
pub fn deadline_basis(
    app: &crate::model::Application,
    rules: &crate::rules::Rules,
    deadline: &Deadline,
) -> Vec<Basis> {
    // The newest source of each rule only: the countdown has one line for it.
    let keyed = |keys: &[String]| -> Vec<Basis> {
        keys.iter()
            .filter_map(|k| rules.source_entry(k))
            .max_by_key(|e| e.date)
            .map(|e| Basis {
                what: e.title_and_link(),
                as_of: e.date,
            })
            .into_iter()
            .collect()
    };
    let figures = rules.figures();
    let province = super::context::given(&app.subject.province).and_then(|p| rules.province(p));
    let calendar = |year: Option<i16>| -> Vec<Basis> {
        year.and_then(|y| rules.calendar().year(y))
            .map(|y| keyed(&y.source))
            .unwrap_or_default()
    };
    let start_year = deadline.started.map(|d| d.0.year());
    match deadline.kind {
        DeadlineKind::AdministrationReview => {
            let mut out = match province {
                Some(p) => keyed(&p.review_working_days.source),
                None => keyed(&figures.admin_review_working_days.source),
            };
            out.extend(calendar(start_year));
            out
        }
        DeadlineKind::RealNameSync => {
            let mut out = keyed(&figures.realname_sync_working_days.source);
            out.extend(calendar(start_year));
            out
        }
        DeadlineKind::PsbFiling => {
            let mut out = keyed(&figures.psb_filing_days.source);
            if let Some(f) = app
                .access
                .provider
                .and_then(|p| rules.filing().psb_clock_from_approval.get(&p))
            {
                out.extend(keyed(&f.source));
            }
            out
        }
        DeadlineKind::SmsVerification => keyed(&figures.sms_window_hours.source),
        DeadlineKind::Notice => keyed(&figures.notice_warning_days.source),
        DeadlineKind::ChangeFiling => keyed(&figures.change_filing_days_ahead.source),
        DeadlineKind::PsbBadge => keyed(&figures.psb_display_days.source),
        DeadlineKind::AccessSubscription
        | DeadlineKind::DomainExpiry
        | DeadlineKind::CertificateExpiry
        | DeadlineKind::LeaderIdExpiry => Vec::new(),
    }
}
