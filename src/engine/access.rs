//! The hosting instance (接入信息): mainland region, billing, subscription term and
//! remaining time, eligibility of the service type, codes left, minimum order.

use crate::model::{Billing, Provider};
use crate::rules::ServiceRule;

use super::context::{Ctx, Out, given};
use super::finding::{Finding, Severity};

pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let access = &ctx.app.access;
    let service = match (access.provider, access.service_type) {
        (Some(p), Some(t)) => ctx.rules.service(p, t),
        _ => None,
    };
    check_region(ctx, out);
    check_unknown_provider(ctx, out);
    if let (Some(p), Some(t)) = (access.provider, access.service_type)
        && p != Provider::Other
        && service.is_none()
    {
        out.push(
            Finding::new(
                "ACCESS_SERVICE_UNKNOWN",
                Severity::Warning,
                "access.service_type",
            )
            .arg("provider", p.as_str())
            .arg("service", t.as_str()),
        );
    }
    if let Some(s) = service
        && !s.eligible
    {
        out.push(
            Finding::new(
                "ACCESS_SERVICE_NOT_ELIGIBLE",
                Severity::Error,
                "access.service_type",
            )
            .arg("service", s.service_type.as_str()),
        );
        // Terms of a service that cannot carry a filing do not matter.
        return;
    }
    if let Some(s) = service
        && s.eligibility_unconfirmed
    {
        out.push(
            Finding::new(
                "ACCESS_SERVICE_UNCONFIRMED",
                Severity::Warning,
                "access.service_type",
            )
            .arg("service", s.service_type.as_str()),
        );
    }
    check_billing(ctx, service, out);
    check_term(ctx, service, out);
    check_public_ip(ctx, service, out);
    if let Some(s) = service {
        check_codes_and_order(ctx, s, out);
        check_edition(ctx, s, out);
    }
}

/// An instance without a public IP (or EIP) cannot be given a service number or code.
fn check_public_ip(ctx: &Ctx<'_>, service: Option<&ServiceRule>, out: &mut Out) {
    let needs = service.is_none_or(|s| s.public_ip_required.unwrap_or(true));
    if needs && ctx.app.access.public_ip == Some(false) {
        out.push(Finding::new(
            "ACCESS_NO_PUBLIC_IP",
            Severity::Error,
            "access.public_ip",
        ));
    }
}

/// Services sold in editions where only some carry a filing (IoT Studio).
fn check_edition(ctx: &Ctx<'_>, s: &ServiceRule, out: &mut Out) {
    if s.editions.is_empty() {
        return;
    }
    let editions = s.editions.join(" ");
    let field = "access.edition";
    match given(&ctx.app.access.edition) {
        Some(e) if s.editions.iter().any(|x| x.eq_ignore_ascii_case(e.trim())) => {}
        Some(e) => out.push(
            Finding::new("ACCESS_EDITION_NOT_ELIGIBLE", Severity::Error, field)
                .arg("edition", e)
                .arg("editions", editions),
        ),
        None => out.push(
            Finding::new("ACCESS_EDITION_UNANSWERED", Severity::Warning, field)
                .arg("editions", editions),
        ),
    }
}

/// A provider icp-tui has no rules for: its region and service terms cannot be checked.
fn check_unknown_provider(ctx: &Ctx<'_>, out: &mut Out) {
    let access = &ctx.app.access;
    if access.provider != Some(Provider::Other) {
        return;
    }
    let service = given(&access.service_name)
        .map(str::to_string)
        .or(access.service_type.map(|t| t.as_str().to_string()))
        .unwrap_or_default();
    out.push(
        Finding::new(
            "ACCESS_PROVIDER_UNCHECKED",
            // A warning, not advice: an unchecked instance must never show as passed.
            Severity::Warning,
            "access.provider",
        )
        .arg("service", service)
        .arg("region", given(&access.region).unwrap_or_default()),
    );
}

fn check_region(ctx: &Ctx<'_>, out: &mut Out) {
    let access = &ctx.app.access;
    let (Some(provider), Some(region)) = (access.provider, given(&access.region)) else {
        return;
    };
    if provider == Provider::Other {
        return;
    }
    match ctx.rules.is_mainland_region(provider, region) {
        Some(true) => {}
        Some(false) => out.push(
            Finding::new(
                "ACCESS_REGION_NOT_MAINLAND",
                Severity::Error,
                "access.region",
            )
            .arg("region", region),
        ),
        None => out.push(
            Finding::new("ACCESS_REGION_UNKNOWN", Severity::Warning, "access.region")
                .arg("region", region),
        ),
    }
}

/// A subscription is needed nationwide (filing.toml `min_subscription_months`); a service
/// rule may list the billing modes it accepts.
fn check_billing(ctx: &Ctx<'_>, service: Option<&ServiceRule>, out: &mut Out) {
    if ctx.app.access.billing != Some(Billing::PayAsYouGo) {
        return;
    }
    let accepted = service.is_some_and(|s| s.billing.contains(&Billing::PayAsYouGo));
    if !accepted {
        out.push(Finding::new(
            "ACCESS_PAY_AS_YOU_GO",
            Severity::Error,
            "access.billing",
        ));
    }
}

fn check_term(ctx: &Ctx<'_>, service: Option<&ServiceRule>, out: &mut Out) {
    let access = &ctx.app.access;
    if access.billing == Some(Billing::PayAsYouGo) {
        return;
    }
    let min_months = service
        .and_then(|s| s.min_subscription_months)
        .unwrap_or(ctx.rules.figures().min_subscription_months.value);
    if let (Some(start), Some(end)) = (access.subscription_start, access.subscription_end)
        && start.add_months(min_months as i32) > end
    {
        out.push(
            Finding::new(
                "ACCESS_SUBSCRIPTION_TOO_SHORT",
                Severity::Error,
                "access.subscription_end",
            )
            .arg("months", min_months),
        );
    }
    let Some(end) = access.subscription_end else {
        return;
    };
    let days = ctx.today.days_until(end);
    let field = "access.subscription_end";
    if days < 0 {
        out.push(Finding::new("ACCESS_EXPIRED", Severity::Error, field).arg("date", end));
        return;
    }
    // The provider's minimum remaining term applies while the filing is being prepared.
    let preparing = ctx.app.progress.approved.is_none();
    if let Some(min) = service.and_then(|s| s.min_remaining_days)
        && preparing
        && days < i64::from(min)
    {
        out.push(
            Finding::new("ACCESS_REMAINING_TOO_SHORT", Severity::Error, field)
                .arg("days", days)
                .arg("min", min),
        );
        return;
    }
    if days < i64::from(ctx.rules.figures().access_warning_days.value) {
        out.push(
            Finding::new("ACCESS_EXPIRES_SOON", Severity::Warning, field)
                .arg("date", end)
                .arg("days", days),
        );
    }
}

fn check_codes_and_order(ctx: &Ctx<'_>, s: &ServiceRule, out: &mut Out) {
    let access = &ctx.app.access;
    if let (Some(per), Some(used)) = (s.codes_per_instance, access.service_codes_used)
        && used >= i64::from(per)
    {
        out.push(
            Finding::new(
                "ACCESS_CODES_EXHAUSTED",
                Severity::Error,
                "access.service_codes_used",
            )
            .arg("used", used)
            .arg("max", per),
        );
    }
    if let (Some(min), Some(amount)) = (s.min_order_cny, access.order_amount_cny)
        && amount < i64::from(min)
    {
        out.push(
            Finding::new(
                "ACCESS_ORDER_TOO_SMALL",
                Severity::Error,
                "access.order_amount_cny",
            )
            .arg("amount", amount)
            .arg("min", min),
        );
    }
}
