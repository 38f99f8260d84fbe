//! Each website: its name by subject kind, its content categories (pre-approvals, what
//! individuals may not run) and its leader's identity document.

use crate::model::{Content, SubjectKind};
use crate::validate::domain;
use crate::validate::id_card;
use crate::validate::website_name::{self, Severity as NameSeverity};

use super::context::{Ctx, Out, given};
use super::finding::{Finding, Severity};
use super::subject;

pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    check_per_order(ctx, out);
    for (i, site) in ctx.app.websites.iter().enumerate() {
        let path = format!("websites[{i}]");
        if let Some(name) = given(&site.name) {
            check_name(ctx, name, &path, out);
        }
        if let Some(domain) = given(&site.domain) {
            check_suffix(ctx, domain, &path, out);
        }
        for content in dedup(&site.content) {
            check_content(ctx, content, &site.pre_approvals, &path, out);
        }
        if ctx.is_organization() || differs_from_subject(ctx, &site.leader) {
            subject::check_person(ctx, &site.leader, &format!("{path}.leader"), out);
        }
    }
}

/// An individual's website leader is the individual: checked again only where it was
/// typed differently (a typo there gets its own ID finding).
fn differs_from_subject(ctx: &Ctx<'_>, leader: &crate::model::Leader) -> bool {
    let subject = &ctx.app.subject;
    let number = match (given(&subject.certificate_number), given(&leader.id_number)) {
        (Some(a), Some(b)) => id_card::normalize(a) != id_card::normalize(b),
        (None, Some(_)) => true,
        _ => false,
    };
    number || (leader.id_expires.is_some() && leader.id_expires != subject.certificate_expires)
}

fn check_name(ctx: &Ctx<'_>, name: &str, path: &str, out: &mut Out) {
    // Until the kind is answered, only the rules every kind shares apply.
    let kind = ctx.kind().unwrap_or(SubjectKind::Enterprise);
    let field = format!("{path}.name");
    let rules = ctx.rules.naming();
    let mut refused = false;
    for v in website_name::check(name, kind, rules) {
        let (code, severity) = match v.severity() {
            NameSeverity::Error => ("WEBSITE_NAME_RULE", Severity::Error),
            NameSeverity::Warning => ("WEBSITE_NAME_ADVICE", Severity::Warning),
        };
        refused |= severity == Severity::Error;
        out.push(
            Finding::new(code, severity, field.clone())
                .arg("rule", v.rule.as_code())
                .arg("word", v.word.unwrap_or_default()),
        );
    }
    let mut avoid: Vec<&str> = Vec::new();
    if ctx.is_individual() {
        if let Some(person) = own_name_in(ctx, name) {
            out.push(
                Finding::new("WEBSITE_NAME_PERSON", Severity::Error, field.clone())
                    .arg("word", person),
            );
            avoid.push(person);
            refused = true;
        }
        let places = place_names(ctx);
        if let Some(p) = ctx.province
            && p.personal_names_no_place_names
                .as_ref()
                .is_some_and(|f| f.value)
            && let Some(place) = places.iter().find(|w| name.contains(**w))
        {
            out.push(
                Finding::new("WEBSITE_NAME_PLACE", Severity::Error, field.clone())
                    .arg("word", *place)
                    .arg("province", &p.slug),
            );
            avoid.extend(places.iter().filter(|w| name.contains(**w)));
            refused = true;
        }
    }
    if refused && let Some(better) = website_name::suggest(name, kind, rules, &avoid) {
        out.push(
            Finding::new("WEBSITE_NAME_SUGGESTION", Severity::Info, field).arg("name", better),
        );
    }
}

/// The individual's own name (subject or leader, two characters or more) inside a site name.
fn own_name_in<'a>(ctx: &Ctx<'a>, site_name: &str) -> Option<&'a str> {
    let subject = &ctx.app.subject;
    [given(&subject.name), given(&subject.leader.name)]
        .into_iter()
        .flatten()
        .find(|n| n.chars().count() >= 2 && site_name.contains(n))
}

/// Province names (short forms) and prefecture-level cities of every province.
fn place_names<'a>(ctx: &Ctx<'a>) -> Vec<&'a str> {
    ctx.rules
        .provinces()
        .iter()
        .flat_map(|p| std::iter::once(p.short_name_zh()).chain(p.cities.iter().map(String::as_str)))
        .collect()
}

/// Suffixes a province refuses to individuals (Shanghai: `.tv`) or requires of public
/// institutions and party and government bodies (`.cn`/`.公益`, `.gov.cn`/`.政务`).
fn check_suffix(ctx: &Ctx<'_>, domain: &str, path: &str, out: &mut Out) {
    let Some(p) = ctx.province else { return };
    let Ok(analysis) = domain::analyze(domain, ctx.rules.domains(), ctx.province_code()) else {
        return;
    };
    let name = analysis.unicode.as_str();
    let ends_with = |suffix: &str| name.ends_with(&format!(".{suffix}"));
    let field = format!("{path}.domain");
    if ctx.is_individual()
        && let Some(refused) = &p.individual_refused_suffixes
        && let Some(suffix) = refused.value.iter().find(|s| ends_with(s))
    {
        out.push(
            Finding::new(
                "DOMAIN_SUFFIX_REFUSED_INDIVIDUAL",
                Severity::Error,
                field.clone(),
            )
            .arg("suffix", suffix)
            .arg("province", &p.slug),
        );
    }
    let required = match ctx.kind() {
        Some(SubjectKind::PublicInstitution) => p.public_institution_suffixes.as_ref(),
        Some(SubjectKind::Government) => p.government_suffixes.as_ref(),
        _ => None,
    };
    if let Some(required) = required
        && !required.value.iter().any(|s| ends_with(s))
    {
        out.push(
            Finding::new("DOMAIN_SUFFIX_FOR_KIND", Severity::Error, field)
                .arg("kind", ctx.kind().map_or("", SubjectKind::as_str))
                .arg("suffixes", required.value.join(" "))
                .arg("province", &p.slug),
        );
    }
}

/// Provinces that take one website (Hubei, Hunan; Hainan's individuals) or a few per
/// first filing or new-site order. Checked while the filing is being prepared.
fn check_per_order(ctx: &Ctx<'_>, out: &mut Out) {
    let Some(p) = ctx.province else { return };
    if ctx.app.progress.approved.is_some() {
        return;
    }
    let individual = p
        .max_websites_per_order_individual
        .as_ref()
        .filter(|_| ctx.is_individual());
    let Some(max) = individual.or(p.max_websites_per_order.as_ref()) else {
        return;
    };
    let count = ctx.app.websites.len();
    if count > max.value as usize {
        out.push(
            Finding::new("ORDER_TOO_MANY_WEBSITES", Severity::Error, "websites")
                .arg("count", count)
                .arg("max", max.value)
                .arg("province", &p.slug),
        );
    }
}

pub(crate) fn check_content(
    ctx: &Ctx<'_>,
    content: Content,
    held: &[Content],
    path: &str,
    out: &mut Out,
) {
    let Some(rule) = ctx.rules.filing().content(content) else {
        return;
    };
    if ctx.is_individual() && !rule.individual_allowed {
        out.push(
            Finding::new(
                "INDIVIDUAL_NOT_ALLOWED_CONTENT",
                Severity::Error,
                format!("{path}.content"),
            )
            .arg("content", content.as_str()),
        );
    } else if rule.pre_approval && !held.contains(&content) {
        out.push(
            Finding::new(
                "CONTENT_PRE_APPROVAL",
                Severity::Error,
                format!("{path}.pre_approvals"),
            )
            .arg("content", content.as_str()),
        );
    }
}

fn dedup(content: &[Content]) -> Vec<Content> {
    let mut seen = Vec::new();
    for c in content {
        if !seen.contains(c) {
            seen.push(*c);
        }
    }
    seen
}
