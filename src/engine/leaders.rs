//! Province rules about who leads the filing and which personal documents a province
//! takes: a leader who is not the legal representative must also lead every website
//! (Jiangsu, Anhui, Heilongjiang), website leaders must be other people than the entity
//! leader (Tianjin), an entity leader with a mainland ID (Hebei, Shanxi, Shandong), foreigners may not file as individuals (Hebei), documents a province
//! refuses (Shanghai: passports).

use crate::model::{CertificateType, Leader};

use super::contacts::same_person;
use super::context::{Ctx, Out};
use super::finding::{Finding, Severity};

pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let Some(p) = ctx.province else { return };
    let app = ctx.app;
    let leader = &app.subject.leader;
    if ctx.is_organization() {
        let must_lead_sites = p.leader_also_site_leader.as_ref().is_some_and(|f| f.value)
            && leader.is_legal_representative == Some(false);
        let must_differ = p.site_leader_differs.as_ref().is_some_and(|f| f.value);
        let mainland_only = p
            .leader_mainland_id_required
            .as_ref()
            .is_some_and(|f| f.value);
        if mainland_only
            && leader
                .id_type
                .is_some_and(|t| t != CertificateType::ResidentId && !is_organisation_document(t))
        {
            out.push(
                Finding::new(
                    "LEADER_MAINLAND_ID_REQUIRED",
                    Severity::Error,
                    "subject.leader.id_type",
                )
                .arg("type", leader.id_type.map_or("", CertificateType::as_str))
                .arg("province", &p.slug),
            );
        }
        for (i, site) in app.websites.iter().enumerate() {
            let same = same_person(leader, &site.leader);
            let field = format!("websites[{i}].leader.name");
            if must_lead_sites && same == Some(false) {
                out.push(
                    Finding::new("LEADER_NOT_SITE_LEADER", Severity::Error, field)
                        .arg("province", &p.slug),
                );
            } else if must_differ && same == Some(true) {
                out.push(
                    Finding::new("SITE_LEADER_IS_SUBJECT_LEADER", Severity::Error, field)
                        .arg("province", &p.slug),
                );
            }
        }
    }
    check_documents(ctx, out);
}

/// Foreign individuals where the province refuses them, and documents it refuses.
fn check_documents(ctx: &Ctx<'_>, out: &mut Out) {
    let Some(p) = ctx.province else { return };
    let subject = &ctx.app.subject;
    let foreign_refused = p
        .foreign_individual_allowed
        .as_ref()
        .is_some_and(|f| !f.value);
    if ctx.is_individual()
        && foreign_refused
        && subject.certificate_type.is_some_and(is_foreigners_document)
    {
        out.push(
            Finding::new(
                "FOREIGN_INDIVIDUAL_REFUSED",
                Severity::Error,
                "subject.certificate_type",
            )
            .arg("province", &p.slug),
        );
        return;
    }
    let Some(refused) = &p.refused_personal_documents else {
        return;
    };
    let refuses = |t: Option<CertificateType>| t.is_some_and(|t| refused.value.contains(&t));
    if ctx.is_individual() && refuses(subject.certificate_type) {
        out.push(refused_document(
            "subject.certificate_type",
            subject.certificate_type,
            &p.slug,
        ));
    }
    let people = std::iter::once(("subject.leader".to_string(), &subject.leader)).chain(
        ctx.app
            .websites
            .iter()
            .enumerate()
            .map(|(i, w)| (format!("websites[{i}].leader"), &w.leader)),
    );
    for (path, person) in people {
        if refuses(person.id_type) && !is_the_individual(ctx, person) {
            out.push(refused_document(
                &format!("{path}.id_type"),
                person.id_type,
                &p.slug,
            ));
        }
    }
}

/// An individual's own leader entries repeat the subject's document: reported once.
fn is_the_individual(ctx: &Ctx<'_>, person: &Leader) -> bool {
    ctx.is_individual() && person.id_type == ctx.app.subject.certificate_type
}

fn refused_document(field: &str, t: Option<CertificateType>, province: &str) -> Finding {
    Finding::new("PERSONAL_DOCUMENT_REFUSED", Severity::Error, field)
        .arg("type", t.map_or("", CertificateType::as_str))
        .arg("province", province)
}

/// Documents of organisations, which CERTIFICATE_TYPE_MISMATCH reports for a person.
fn is_organisation_document(t: CertificateType) -> bool {
    matches!(
        t,
        CertificateType::Uscc | CertificateType::BusinessLicense | CertificateType::Other
    )
}

/// Documents only foreigners hold.
fn is_foreigners_document(t: CertificateType) -> bool {
    matches!(
        t,
        CertificateType::Passport | CertificateType::ForeignPermanentResidence
    )
}
