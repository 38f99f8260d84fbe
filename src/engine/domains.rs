//! The real-name consistency of each website's domain, as a list of items the Domains step
//! shows one by one. The engine's domain findings are the failed items of this list.

use crate::model::{Application, Date, Instant, Website};
use crate::rules::{RegistrarStatus, Rules, Tri};
use crate::validate::domain::{self, DomainAnalysis, DomainError, TldStatus};

use super::context::{Ctx, Out, given};
use super::finding::{Finding, Severity};
use super::registrant::{self, NameMatch};
use super::workdays;

/// The real-name consistency items of one website's domain, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DomainItem {
    /// A registrable domain (not a URL, not a subdomain, valid labels).
    WellFormed,
    ApprovedTld,
    Registrar,
    RealNameVerified,
    RegistrantMatches,
    Validity,
    OneDomainPerSite,
    NotDuplicate,
    VerificationSettled,
}

impl DomainItem {
    pub const ALL: &'static [DomainItem] = &[
        DomainItem::WellFormed,
        DomainItem::ApprovedTld,
        DomainItem::Registrar,
        DomainItem::RealNameVerified,
        DomainItem::RegistrantMatches,
        DomainItem::Validity,
        DomainItem::OneDomainPerSite,
        DomainItem::NotDuplicate,
        DomainItem::VerificationSettled,
    ];

    /// Stable name for message ids (`domain-item-<name>`).
    pub fn as_str(self) -> &'static str {
        match self {
            DomainItem::WellFormed => "well_formed",
            DomainItem::ApprovedTld => "approved_tld",
            DomainItem::Registrar => "registrar",
            DomainItem::RealNameVerified => "real_name_verified",
            DomainItem::RegistrantMatches => "registrant_matches",
            DomainItem::Validity => "validity",
            DomainItem::OneDomainPerSite => "one_domain_per_site",
            DomainItem::NotDuplicate => "not_duplicate",
            DomainItem::VerificationSettled => "verification_settled",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    /// Passed only after treating full-width/half-width forms, brackets, spaces or case as equal.
    PassedAfterNormalizing,
    Failed(Finding),
    /// Answered, but the rules cannot judge the answer (a registrar not in the list): the
    /// finding says why. Shown as "?", never as a pass.
    NotChecked(Finding),
    /// Not answered yet.
    Unknown,
}

/// Where the rule behind an item comes from, in words a person can follow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Basis {
    /// A source's title and link (or its citation when it has none).
    pub what: String,
    pub as_of: Date,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainCheck {
    pub item: DomainItem,
    pub outcome: Outcome,
    /// The sources of the rule this item applies (empty where the item is plain syntax or
    /// the user's own answer).
    pub basis: Vec<Basis>,
}

/// The domain step's list for `websites[index]`; empty when there is no such website.
pub fn domain_checks(
    app: &Application,
    index: usize,
    rules: &Rules,
    now: &Instant,
) -> Vec<DomainCheck> {
    let ctx = Ctx::new(app, rules, now);
    match app.websites.get(index) {
        Some(site) => checks_for(&ctx, index, site),
        None => Vec::new(),
    }
}

/// Every website's failed items as findings, plus advice where a registrant matched only
/// after normalizing.
pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    for (i, site) in ctx.app.websites.iter().enumerate() {
        for c in checks_for(ctx, i, site) {
            match c.outcome {
                Outcome::Failed(f) | Outcome::NotChecked(f) => out.push(f),
                Outcome::PassedAfterNormalizing => out.push(Finding::new(
                    "DOMAIN_REGISTRANT_FORM",
                    Severity::Info,
                    format!("websites[{i}].registration.registrant"),
                )),
                Outcome::Passed | Outcome::Unknown => {}
            }
        }
    }
}

fn checks_for(ctx: &Ctx<'_>, index: usize, site: &Website) -> Vec<DomainCheck> {
    let path = format!("websites[{index}]");
    let parts = given(&site.domain).map(split_domains).unwrap_or_default();
    let analysis = parts.first().map(|d| analyze(ctx, d));
    let outcome = |item| match item {
        DomainItem::WellFormed => well_formed(analysis.as_ref(), &path),
        DomainItem::ApprovedTld => approved_tld(analysis.as_ref(), &path),
        DomainItem::Registrar => registrar(ctx, site, &path),
        DomainItem::RealNameVerified => match site.registration.real_name_verified {
            Some(true) => Outcome::Passed,
            Some(false) => Outcome::Failed(Finding::new(
                "DOMAIN_NOT_VERIFIED",
                Severity::Error,
                format!("{path}.registration.real_name_verified"),
            )),
            None => Outcome::Unknown,
        },
        DomainItem::RegistrantMatches => registrant_matches(ctx, site, &path),
        DomainItem::Validity => validity(ctx, site, &path),
        DomainItem::OneDomainPerSite => one_domain(ctx, site, &parts, analysis.as_ref(), &path),
        DomainItem::NotDuplicate => not_duplicate(ctx, index, &path),
        DomainItem::VerificationSettled => settled(ctx, site, &path),
    };
    DomainItem::ALL
        .iter()
        .map(|&item| DomainCheck {
            item,
            outcome: outcome(item),
            basis: basis(ctx, site, analysis.as_ref(), item),
        })
        .collect()
}

/// The sources behind an item, for the step to show under it.
fn basis(
    ctx: &Ctx<'_>,
    site: &Website,
    analysis: Option<&Result<DomainAnalysis, DomainError>>,
    item: DomainItem,
) -> Vec<Basis> {
    let keyed = |keys: &[String]| -> Vec<Basis> {
        keys.iter()
            .filter_map(|k| ctx.rules.source_entry(k))
            .map(|e| Basis {
                what: e.title_and_link(),
                as_of: e.date,
            })
            .collect()
    };
    let figures = ctx.rules.figures();
    match item {
        DomainItem::ApprovedTld => match analysis {
            Some(Ok(a)) => ctx
                .rules
                .domains()
                .deciding_list(&a.suffix_ascii, ctx.province_code())
                .map(|l| Basis {
                    what: l.title_and_link(),
                    as_of: l.as_of,
                })
                .into_iter()
                .collect(),
            _ => Vec::new(),
        },
        DomainItem::Registrar => {
            match given(&site.registration.registrar).and_then(|typed| ctx.rules.registrar(typed)) {
                Some(r) => keyed(&r.source),
                None => Vec::new(),
            }
        }
        DomainItem::Validity => {
            match ctx
                .province
                .and_then(|p| p.domain_min_validity_days.as_ref())
            {
                Some(f) => keyed(&f.source),
                None => keyed(&figures.domain_min_validity_days.source),
            }
        }
        DomainItem::VerificationSettled => {
            let mut out = keyed(&figures.realname_sync_working_days.source);
            if let Some(year) = site.registration.verified_on.map(|d| d.0.year())
                && let Some(y) = ctx.rules.calendar().year(year)
            {
                out.extend(keyed(&y.source));
            }
            out
        }
        DomainItem::RegistrantMatches => match ctx.province {
            Some(p) if ctx.is_organization() => keyed(&p.accepts_legal_rep_as_registrant.source),
            _ => Vec::new(),
        },
        DomainItem::WellFormed
        | DomainItem::RealNameVerified
        | DomainItem::OneDomainPerSite
        | DomainItem::NotDuplicate => Vec::new(),
    }
}

/// Licensed in the mainland passes; overseas fails; a name the rules do not know is not
/// checked (REGISTRAR_UNKNOWN), never a pass.
fn registrar(ctx: &Ctx<'_>, site: &Website, path: &str) -> Outcome {
    let Some(typed) = given(&site.registration.registrar) else {
        return Outcome::Unknown;
    };
    let field = format!("{path}.registration.registrar");
    match ctx.rules.registrar(typed) {
        Some(r) if r.status == RegistrarStatus::Accredited => Outcome::Passed,
        Some(_) => Outcome::Failed(
            fail("REGISTRAR_NOT_APPROVED", Severity::Error, field).arg("registrar", typed),
        ),
        None => Outcome::NotChecked(
            fail("REGISTRAR_UNKNOWN", Severity::Info, field).arg("registrar", typed),
        ),
    }
}

fn analyze(ctx: &Ctx<'_>, raw: &str) -> Result<DomainAnalysis, DomainError> {
    domain::analyze(raw, ctx.rules.domains(), ctx.province_code())
}

/// Several domains typed into one website's field.
fn split_domains(raw: &str) -> Vec<&str> {
    raw.split(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | ';' | '；' | '、'))
        .filter(|s| !s.is_empty())
        .collect()
}

fn fail(code: &'static str, severity: Severity, field: String) -> Finding {
    Finding::new(code, severity, field)
}

fn well_formed(analysis: Option<&Result<DomainAnalysis, DomainError>>, path: &str) -> Outcome {
    let field = format!("{path}.domain");
    let finding = match analysis {
        None | Some(Err(DomainError::Empty)) => return Outcome::Unknown,
        Some(Err(DomainError::NotADomain { suggestion })) => {
            fail("DOMAIN_URL_GIVEN", Severity::Error, field)
                .arg("suggestion", suggestion.clone().unwrap_or_default())
        }
        Some(Err(DomainError::LabelSyntax { label })) => {
            fail("DOMAIN_SYNTAX", Severity::Error, field).arg("label", label)
        }
        Some(Err(other)) => {
            fail("DOMAIN_SYNTAX", Severity::Error, field).arg("label", other.as_code())
        }
        Some(Ok(a)) => match &a.registrable {
            None => fail("DOMAIN_SYNTAX", Severity::Error, field).arg("label", &a.unicode),
            Some(registrable) if a.is_subdomain => {
                fail("DOMAIN_SUBDOMAIN", Severity::Error, field).arg("registrable", registrable)
            }
            Some(_) => return Outcome::Passed,
        },
    };
    Outcome::Failed(finding)
}

fn approved_tld(analysis: Option<&Result<DomainAnalysis, DomainError>>, path: &str) -> Outcome {
    let Some(Ok(a)) = analysis else {
        return Outcome::Unknown;
    };
    // A single label has no suffix to judge; WellFormed already says what is wrong.
    if !a.ascii.contains('.') {
        return Outcome::Unknown;
    }
    let suffix = domain_unicode_suffix(a);
    let field = format!("{path}.domain");
    match a.tld_status {
        TldStatus::Approved => Outcome::Passed,
        TldStatus::ProbablyApproved => Outcome::Failed(
            fail("DOMAIN_TLD_UNCONFIRMED", Severity::Warning, field).arg("suffix", suffix),
        ),
        TldStatus::Refused | TldStatus::Unknown => Outcome::Failed(
            fail("DOMAIN_TLD_NOT_APPROVED", Severity::Error, field).arg("suffix", suffix),
        ),
    }
}

fn domain_unicode_suffix(a: &DomainAnalysis) -> String {
    // The Unicode form has as many labels as the A-label form.
    let n = a.suffix_ascii.split('.').count();
    let labels: Vec<&str> = a.unicode.split('.').collect();
    labels[labels.len().saturating_sub(n)..].join(".")
}

/// An individual's domain is registered to them; an organization's to itself, or to its
/// legal representative where the province accepts that (rules.md §5.4).
fn registrant_matches(ctx: &Ctx<'_>, site: &Website, path: &str) -> Outcome {
    let field = format!("{path}.registration.registrant");
    let subject = &ctx.app.subject;
    let (Some(registrant), Some(name)) =
        (given(&site.registration.registrant), given(&subject.name))
    else {
        return Outcome::Unknown;
    };
    match registrant::compare(registrant, name) {
        NameMatch::Equal => return Outcome::Passed,
        NameMatch::EqualAfterNormalizing => return Outcome::PassedAfterNormalizing,
        NameMatch::Different => {}
    }
    let mismatch = || {
        Outcome::Failed(
            fail("DOMAIN_REGISTRANT_MISMATCH", Severity::Error, field.clone())
                .arg("registrant", registrant)
                .arg("subject", name),
        )
    };
    let leader = &subject.leader;
    let names_leader = ctx.is_organization()
        && given(&leader.name).is_some_and(|l| registrant::compare(registrant, l).is_match());
    if !names_leader {
        return mismatch();
    }
    match leader.is_legal_representative {
        None => Outcome::Unknown,
        Some(false) => mismatch(),
        Some(true) => match ctx
            .province
            .map(|p| p.accepts_legal_rep_as_registrant.value)
        {
            Some(Tri::Yes) => Outcome::Passed,
            Some(Tri::No) => Outcome::Failed(
                fail(
                    "DOMAIN_REGISTRANT_LEGAL_REP_REFUSED",
                    Severity::Error,
                    field.clone(),
                )
                .arg("registrant", registrant)
                .arg("subject", name),
            ),
            Some(Tri::Unknown) | None => Outcome::Failed(
                fail(
                    "DOMAIN_REGISTRANT_LEGAL_REP_UNCONFIRMED",
                    Severity::Warning,
                    field.clone(),
                )
                .arg("registrant", registrant)
                .arg("subject", name),
            ),
        },
    }
}

/// An organization's domain registered to its legal representative (a checklist flag).
pub(crate) fn held_by_legal_rep(app: &Application, site: &Website) -> bool {
    let subject = &app.subject;
    let (Some(registrant), Some(leader)) = (
        given(&site.registration.registrant),
        given(&subject.leader.name),
    ) else {
        return false;
    };
    subject.kind.is_some_and(|k| k.is_organization())
        && subject.leader.is_legal_representative == Some(true)
        && !given(&subject.name).is_some_and(|n| registrant::compare(registrant, n).is_match())
        && registrant::compare(registrant, leader).is_match()
}

fn validity(ctx: &Ctx<'_>, site: &Website, path: &str) -> Outcome {
    let Some(expires) = site.registration.expires else {
        return Outcome::Unknown;
    };
    let field = format!("{path}.registration.expires");
    let days = ctx.today.days_until(expires);
    let min = ctx.domain_min_validity_days();
    if days < 0 {
        Outcome::Failed(fail("DOMAIN_EXPIRED", Severity::Error, field).arg("date", expires))
    } else if days < i64::from(min) {
        Outcome::Failed(
            fail("DOMAIN_EXPIRES_SOON", Severity::Warning, field)
                .arg("date", expires)
                .arg("days", days)
                .arg("min", min),
        )
    } else {
        Outcome::Passed
    }
}

fn one_domain(
    ctx: &Ctx<'_>,
    site: &Website,
    parts: &[&str],
    analysis: Option<&Result<DomainAnalysis, DomainError>>,
    path: &str,
) -> Outcome {
    if parts.len() > 1 {
        return Outcome::Failed(
            fail("DOMAIN_SEVERAL", Severity::Error, format!("{path}.domain"))
                .arg("count", parts.len()),
        );
    }
    let Some(Ok(site_domain)) = analysis else {
        return Outcome::Unknown;
    };
    if let Some(home) = given(&site.homepage) {
        let host = host_of(home);
        let home_key = analyze(ctx, &host)
            .ok()
            .and_then(|a| a.registrable_ascii.or(Some(a.ascii)));
        let site_key = site_domain
            .registrable_ascii
            .clone()
            .unwrap_or_else(|| site_domain.ascii.clone());
        if home_key.is_some_and(|k| k != site_key) {
            return Outcome::Failed(
                fail(
                    "HOMEPAGE_OTHER_DOMAIN",
                    Severity::Error,
                    format!("{path}.homepage"),
                )
                .arg("homepage", home)
                .arg("domain", &site_domain.unicode),
            );
        }
    }
    Outcome::Passed
}

/// The host part of what may be a URL (`https://www.example.cn/index.html`).
fn host_of(text: &str) -> String {
    let rest = text.split_once("://").map_or(text, |(_, r)| r);
    let rest = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let rest = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    rest.split(':').next().unwrap_or(rest).to_string()
}

/// The comparison key of a domain: its A-label form, lower case.
fn domain_key(ctx: &Ctx<'_>, site: &Website) -> Option<String> {
    let raw = given(&site.domain)?;
    let first = *split_domains(raw).first()?;
    Some(match analyze(ctx, first) {
        Ok(a) => a.ascii,
        Err(_) => first.to_lowercase(),
    })
}

fn not_duplicate(ctx: &Ctx<'_>, index: usize, path: &str) -> Outcome {
    let sites = &ctx.app.websites;
    let Some(key) = domain_key(ctx, &sites[index]) else {
        return Outcome::Unknown;
    };
    // Every domain normalized once per check, not once per earlier website.
    let first_by_domain = ctx.first_site_by_domain.get_or_init(|| {
        let mut map = std::collections::HashMap::new();
        for (i, site) in sites.iter().enumerate() {
            if let Some(k) = domain_key(ctx, site) {
                map.entry(k).or_insert(i);
            }
        }
        map
    });
    match first_by_domain.get(&key).copied().filter(|&f| f < index) {
        Some(first) => Outcome::Failed(
            fail(
                "DOMAIN_DUPLICATE",
                Severity::Error,
                format!("{path}.domain"),
            )
            .arg("domain", given(&sites[index].domain).unwrap_or_default())
            .arg("other", first + 1),
        ),
        None => Outcome::Passed,
    }
}

/// Real-name data take working days to reach the administration: submitting earlier gets
/// "the registrar has no registrant information".
fn settled(ctx: &Ctx<'_>, site: &Website, path: &str) -> Outcome {
    let reg = &site.registration;
    if reg.real_name_verified == Some(false) {
        return Outcome::Unknown;
    }
    let Some(verified_on) = reg.verified_on else {
        return Outcome::Unknown;
    };
    let ready = workdays::add_working_days(
        ctx.rules.calendar(),
        verified_on,
        ctx.rules.figures().realname_sync_working_days.value,
    );
    if ready <= ctx.today || ctx.app.progress.submitted.is_some() {
        return Outcome::Passed;
    }
    Outcome::Failed(
        fail(
            "DOMAIN_REALNAME_TOO_RECENT",
            Severity::Warning,
            format!("{path}.registration.verified_on"),
        )
        .arg("date", ready)
        .arg("days", ctx.today.days_until(ready)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_domain_names_its_first_website_and_the_first_passes() {
        let mut app = crate::model::Application::default();
        for d in ["a.cn", "b.cn", "A.cn", "a.cn"] {
            app.websites.push(Website {
                domain: Some(d.into()),
                ..Default::default()
            });
        }
        let now = crate::model::Instant::parse("2026-11-22T12:00:00+08:00").unwrap();
        let ctx = Ctx::new(&app, Rules::builtin(), &now);
        let other = |i: usize| match not_duplicate(&ctx, i, "w") {
            Outcome::Failed(f) => f
                .args
                .iter()
                .find(|(k, _)| *k == "other")
                .map(|a| a.1.clone()),
            _ => None,
        };
        assert_eq!(other(0), None);
        assert_eq!(other(1), None);
        assert_eq!(other(2).as_deref(), Some("1"));
        assert_eq!(other(3).as_deref(), Some("1"));
    }

    #[test]
    fn splits_several_domains() {
        assert_eq!(split_domains("a.cn, b.cn"), vec!["a.cn", "b.cn"]);
        assert_eq!(split_domains("a.cn、b.cn"), vec!["a.cn", "b.cn"]);
        assert_eq!(split_domains("  a.cn "), vec!["a.cn"]);
    }

    #[test]
    fn host_of_urls() {
        assert_eq!(host_of("https://www.example.cn/a?b"), "www.example.cn");
        assert_eq!(host_of("www.example.cn:8080"), "www.example.cn");
        assert_eq!(host_of("example.cn"), "example.cn");
    }
}
