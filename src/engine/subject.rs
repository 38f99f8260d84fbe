//! The filing subject and the people in it: kind and certificate type, identity numbers,
//! credit codes, province consistency, non-local individuals, leaders' age, legal
//! representative rules and document expiry.

use crate::model::{CertificateType, Date, Leader, SubjectKind};
use crate::rules::{Nonlocal, Tri};
use crate::validate::id_card::{self, IdCardError, IdKind, IdNumber};
use crate::validate::uscc::{self, UsccError};

use super::context::{Ctx, Out, age_on, given};
use super::finding::{Finding, Severity};
use super::registrant;

pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let subject = &ctx.app.subject;
    if let Some(p) = given(&subject.province)
        && ctx.province.is_none()
    {
        out.push(
            Finding::new("PROVINCE_UNKNOWN", Severity::Error, "subject.province").arg("value", p),
        );
    }
    check_certificate_type(ctx, out);
    let number = given(&subject.certificate_number);
    match (subject.certificate_type, number) {
        (Some(t), Some(n)) if t == CertificateType::Uscc || looks_like_uscc(t, n) => {
            check_uscc(ctx, n, out)
        }
        (t, Some(n)) => {
            if let Some(id) = identity(ctx, t, n, "subject.certificate_number", out)
                && ctx.is_individual()
            {
                check_age(ctx, &id, "subject.certificate_number", out);
                check_nonlocal(ctx, &id, out);
            }
        }
        _ => {}
    }
    if !check_licence_validity(ctx, out) {
        check_expiry(
            ctx,
            subject.certificate_expires,
            "subject.certificate_expires",
            out,
        );
    }
    check_leader(ctx, out);
}

/// A province that wants the licence valid for longer than the nationwide figure
/// (Shanghai: more than a year). Returns true when it reported on the licence's expiry.
fn check_licence_validity(ctx: &Ctx<'_>, out: &mut Out) -> bool {
    let (Some(p), Some(expires)) = (ctx.province, ctx.app.subject.certificate_expires) else {
        return false;
    };
    let Some(min) = p.licence_min_validity_days.as_ref() else {
        return false;
    };
    let days = ctx.today.days_until(expires);
    if !ctx.is_organization() || days < 0 || days > i64::from(min.value) {
        return false;
    }
    out.push(
        Finding::new(
            "LICENCE_VALIDITY_SHORT",
            Severity::Error,
            "subject.certificate_expires",
        )
        .arg("date", expires)
        .arg("days", days)
        .arg("min", min.value)
        .arg("province", &p.slug),
    );
    true
}

/// Organizations hold organization documents; individuals hold personal ones.
fn check_certificate_type(ctx: &Ctx<'_>, out: &mut Out) {
    let (Some(kind), Some(t)) = (ctx.kind(), ctx.app.subject.certificate_type) else {
        return;
    };
    let organization_document =
        matches!(t, CertificateType::Uscc | CertificateType::BusinessLicense);
    let personal_document = !organization_document && t != CertificateType::Other;
    let mismatch = match kind {
        SubjectKind::Individual => organization_document,
        _ => personal_document,
    };
    if mismatch {
        out.push(
            Finding::new(
                "CERTIFICATE_TYPE_MISMATCH",
                Severity::Error,
                "subject.certificate_type",
            )
            .arg("kind", kind.as_str())
            .arg("type", t.as_str()),
        );
    }
}

/// Current business licences carry the 18-character credit code.
fn looks_like_uscc(t: CertificateType, number: &str) -> bool {
    t == CertificateType::BusinessLicense && uscc::normalize(number).chars().count() == 18
}

fn check_uscc(ctx: &Ctx<'_>, number: &str, out: &mut Out) {
    let field = "subject.certificate_number";
    match uscc::validate(number, &ctx.known_division()) {
        Ok(code) => {
            if let Some(p) = ctx.province
                && ctx.is_organization()
                && code.province() != p.code
            {
                let registered = ctx
                    .rules
                    .province_by_code(code.province())
                    .map_or(code.province().to_string(), |q| q.slug.clone());
                out.push(
                    Finding::new(
                        "SUBJECT_PROVINCE_MISMATCH",
                        Severity::Error,
                        "subject.province",
                    )
                    .arg("registered", registered)
                    .arg("province", &p.slug),
                );
            }
        }
        Err(UsccError::Checksum | UsccError::OrgChecksum) => {
            out.push(Finding::new("USCC_CHECKSUM", Severity::Error, field))
        }
        Err(e) => {
            out.push(Finding::new("USCC_FORMAT", Severity::Error, field).arg("reason", e.as_code()))
        }
    }
}

/// Validates an identity number of a person when its type is one with a known layout.
/// An unanswered type with a number of resident-ID length is read as a resident ID.
pub(crate) fn identity(
    ctx: &Ctx<'_>,
    id_type: Option<CertificateType>,
    number: &str,
    field: &str,
    out: &mut Out,
) -> Option<IdNumber> {
    let known = ctx.known_division();
    let result = match id_type {
        Some(CertificateType::ResidentId | CertificateType::ResidencePermit) => {
            id_card::validate(number, ctx.today, &known)
        }
        Some(CertificateType::ForeignPermanentResidence) => {
            id_card::validate_foreign_permanent(number, ctx.today, &known)
        }
        None if matches!(id_card::normalize(number).chars().count(), 15 | 18) => {
            id_card::validate(number, ctx.today, &known)
        }
        _ => return None,
    };
    match result {
        Ok(id) => Some(id),
        Err(e) => {
            out.push(id_finding(&e, field));
            None
        }
    }
}

/// Whether a number passes its document's validator (a number without a known layout does).
pub(crate) fn checks_out(ctx: &Ctx<'_>, id_type: Option<CertificateType>, number: &str) -> bool {
    let mut found = Vec::new();
    identity(ctx, id_type, number, "", &mut found);
    found.is_empty()
}

fn id_finding(e: &IdCardError, field: &str) -> Finding {
    match e {
        IdCardError::Checksum => Finding::new("ID_CHECKSUM", Severity::Error, field),
        IdCardError::Date | IdCardError::FutureDate => {
            Finding::new("ID_BIRTHDATE", Severity::Error, field)
        }
        IdCardError::Province => Finding::new("ID_PROVINCE", Severity::Error, field),
        IdCardError::Legacy15 { upgraded } => {
            Finding::new("ID_LEGACY_15", Severity::Error, field).arg("upgraded", upgraded)
        }
        other => Finding::new("ID_FORMAT", Severity::Error, field).arg("reason", other.as_code()),
    }
}

/// An individual files where their ID was issued unless the province takes residents from
/// elsewhere (with a residence permit or other proof).
fn check_nonlocal(ctx: &Ctx<'_>, id: &IdNumber, out: &mut Out) {
    let Some(p) = ctx.province else { return };
    if id.kind() != IdKind::ResidentId || id.province() == p.code {
        return;
    }
    let home = ctx
        .rules
        .province_by_code(id.province())
        .map_or(id.province().to_string(), |q| q.slug.clone());
    let finding = match p.nonlocal_individual.value {
        Nonlocal::NotAccepted => {
            Finding::new("NONLOCAL_REFUSED", Severity::Error, "subject.province")
        }
        Nonlocal::Supported => return,
        _ if ctx.app.subject.residence_permit == Some(true) => return,
        policy => Finding::new(
            "SUBJECT_NONLOCAL",
            Severity::Warning,
            "subject.residence_permit",
        )
        .arg("policy", policy.as_str()),
    };
    out.push(finding.arg("home", home).arg("province", &p.slug));
}

fn check_age(ctx: &Ctx<'_>, id: &IdNumber, field: &str, out: &mut Out) {
    let Some(min) = ctx.province.and_then(|p| p.min_age.as_ref()) else {
        return;
    };
    let age = age_on(id.birth_date(), ctx.today);
    if age < i64::from(min.value) {
        out.push(
            Finding::new("LEADER_UNDERAGE", Severity::Error, field)
                .arg("age", age)
                .arg("min", min.value),
        );
    }
}

/// Expired, or valid for less than the administration wants at submission.
pub(crate) fn check_expiry(ctx: &Ctx<'_>, expires: Option<Date>, field: &str, out: &mut Out) {
    let Some(expires) = expires else { return };
    let days = ctx.today.days_until(expires);
    if days < 0 {
        out.push(Finding::new("ID_EXPIRED", Severity::Error, field).arg("date", expires));
    } else if days < i64::from(ctx.id_min_validity_days()) {
        out.push(
            Finding::new("ID_EXPIRES_SOON", Severity::Warning, field)
                .arg("date", expires)
                .arg("days", days)
                .arg("min", ctx.id_min_validity_days()),
        );
    }
}

/// One person's identity document: number, age, expiry.
pub(crate) fn check_person(ctx: &Ctx<'_>, person: &Leader, path: &str, out: &mut Out) {
    if let Some(number) = given(&person.id_number) {
        let field = format!("{path}.id_number");
        if let Some(id) = identity(ctx, person.id_type, number, &field, out) {
            check_age(ctx, &id, &field, out);
        }
    }
    check_expiry(ctx, person.id_expires, &format!("{path}.id_expires"), out);
}

fn check_leader(ctx: &Ctx<'_>, out: &mut Out) {
    let subject = &ctx.app.subject;
    let leader = &subject.leader;
    if ctx.is_individual() {
        // The individual is their own leader: the same person. A leader number typed
        // differently is validated on its own, and only two valid numbers that differ
        // mean another person (a typo is an ID finding, not a second person).
        let own = given(&subject.certificate_number);
        let theirs = given(&leader.id_number);
        let number_differs = match (own, theirs) {
            (Some(a), Some(b)) if id_card::normalize(a) != id_card::normalize(b) => {
                let own_ok = checks_out(ctx, subject.certificate_type, a);
                let mut found = Vec::new();
                identity(
                    ctx,
                    leader.id_type,
                    b,
                    "subject.leader.id_number",
                    &mut found,
                );
                let theirs_ok = found.is_empty();
                out.extend(found);
                own_ok && theirs_ok
            }
            _ => false,
        };
        let name_differs = matches!(
            (given(&subject.name), given(&leader.name)),
            (Some(a), Some(b)) if !registrant::compare(a, b).is_match()
        );
        if name_differs || number_differs {
            let field = if name_differs {
                "subject.leader.name"
            } else {
                "subject.leader.id_number"
            };
            out.push(Finding::new(
                "INDIVIDUAL_LEADER_NOT_SELF",
                Severity::Error,
                field,
            ));
        } else if leader.id_expires != subject.certificate_expires {
            check_expiry(ctx, leader.id_expires, "subject.leader.id_expires", out);
        }
        return;
    }
    check_person(ctx, leader, "subject.leader", out);
    if ctx.is_organization()
        && leader.is_legal_representative == Some(false)
        && ctx.province.map(|p| p.leader_must_be_legal_rep.value) == Some(Tri::Yes)
    {
        out.push(
            Finding::new(
                "LEADER_NOT_LEGAL_REP",
                Severity::Error,
                "subject.leader.is_legal_representative",
            )
            .arg("province", ctx.province.map_or("", |p| p.slug.as_str())),
        );
    }
}
