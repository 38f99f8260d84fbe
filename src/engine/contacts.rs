//! Contact details of the subject leader and each website leader: mobile, e-mail and
//! landline shapes, and the rule that two different people must not give the same mobile
//! or e-mail (rules.md §4.3).

use crate::model::{CertificateType, Leader};
use crate::rules::Tri;
use crate::validate::{email, id_card, phone};

use super::context::{Ctx, Out, given};
use super::finding::{Finding, Severity};
use super::registrant;

pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let subject_leader = &ctx.app.subject.leader;
    check_contact(subject_leader, "subject.leader", out);
    check_province_contact(ctx, subject_leader, "subject.leader", true, out);
    for (i, site) in ctx.app.websites.iter().enumerate() {
        let path = format!("websites[{i}].leader");
        check_contact(&site.leader, &path, out);
        // The same number as the entity leader's: one answer covers it, and the same
        // person (an individual is their own website leader) is asked once.
        let own_number = normalized_mobile(&site.leader) != normalized_mobile(subject_leader);
        let same = same_person(subject_leader, &site.leader) == Some(true);
        if own_number || !same {
            check_province_contact(ctx, &site.leader, &path, own_number, out);
        }
        if same_person(subject_leader, &site.leader) == Some(false) {
            check_not_shared(subject_leader, &site.leader, &path, out);
        }
    }
}

fn check_contact(person: &Leader, path: &str, out: &mut Out) {
    if let Some(m) = given(&person.mobile)
        && let Err(e) = phone::validate_mobile(m)
    {
        out.push(
            Finding::new("MOBILE_FORMAT", Severity::Error, format!("{path}.mobile"))
                .arg("reason", e.as_code()),
        );
    }
    if let Some(m) = given(&person.email)
        && let Err(e) = email::validate(m)
    {
        out.push(
            Finding::new("EMAIL_FORMAT", Severity::Error, format!("{path}.email"))
                .arg("reason", e.as_code()),
        );
    }
    if let Some(p) = given(&person.phone)
        && let Err(e) = phone::validate_landline(p)
    {
        out.push(
            Finding::new("PHONE_FORMAT", Severity::Error, format!("{path}.phone"))
                .arg("reason", e.as_code()),
        );
    }
}

/// A local mobile where the province requires one, and a second contact number.
///
/// Whether a mobile is registered in a province cannot be read from the number: no
/// licensed prefix table ships with icp-tui and numbers move between providers and
/// provinces (携号转网). So the user is asked (`mobile_local`) and the check says why.
fn check_province_contact(
    ctx: &Ctx<'_>,
    person: &Leader,
    path: &str,
    ask_local: bool,
    out: &mut Out,
) {
    let Some(p) = ctx.province else { return };
    let Some(mobile) = normalized_mobile(person) else {
        return;
    };
    if ask_local && p.local_mobile_required.value == Tri::Yes {
        let field = format!("{path}.mobile_local");
        match person.mobile_local {
            Some(true) => {}
            Some(false) => out.push(
                Finding::new("MOBILE_NOT_LOCAL", Severity::Error, field).arg("province", &p.slug),
            ),
            None => out.push(
                Finding::new("MOBILE_LOCAL_UNCONFIRMED", Severity::Warning, field)
                    .arg("province", &p.slug),
            ),
        }
    }
    if p.second_contact_required.as_ref().is_some_and(|f| f.value) {
        let second = given(&person.phone);
        let same = second.is_some_and(|s| digits(s) == digits(&mobile));
        if second.is_none() || same {
            out.push(
                Finding::new(
                    "SECOND_CONTACT_MISSING",
                    Severity::Warning,
                    format!("{path}.phone"),
                )
                .arg("province", &p.slug)
                .arg("same", same),
            );
        }
    }
}

fn normalized_mobile(person: &Leader) -> Option<String> {
    given(&person.mobile).and_then(|m| phone::validate_mobile(m).ok())
}

fn digits(s: &str) -> String {
    let d: String = s.chars().filter(char::is_ascii_digit).collect();
    // A mobile written with the country code is the same number.
    d.strip_prefix("86")
        .filter(|r| r.len() == 11)
        .map_or(d.clone(), str::to_string)
}

fn check_not_shared(subject_leader: &Leader, site_leader: &Leader, path: &str, out: &mut Out) {
    let mobile = |l: &Leader| given(&l.mobile).and_then(|m| phone::validate_mobile(m).ok());
    if let (Some(a), Some(b)) = (mobile(subject_leader), mobile(site_leader))
        && a == b
    {
        out.push(Finding::new(
            "MOBILE_SHARED",
            Severity::Error,
            format!("{path}.mobile"),
        ));
    }
    let mail = |l: &Leader| given(&l.email).and_then(|m| email::validate(m).ok());
    if let (Some(a), Some(b)) = (mail(subject_leader), mail(site_leader))
        && a.eq_ignore_ascii_case(&b)
    {
        out.push(Finding::new(
            "EMAIL_SHARED",
            Severity::Error,
            format!("{path}.email"),
        ));
    }
}

/// Whether two leaders are the same person: by ID number when both are given and both
/// could be real numbers, else by name. `None` when not enough is answered to tell, or
/// when the numbers differ only because one of them is mistyped (its own ID finding says
/// so; it must not make two people out of one).
pub(crate) fn same_person(a: &Leader, b: &Leader) -> Option<bool> {
    let names = match (given(&a.name), given(&b.name)) {
        (Some(x), Some(y)) => Some(registrant::compare(x, y).is_match()),
        _ => None,
    };
    if let (Some(x), Some(y)) = (given(&a.id_number), given(&b.id_number)) {
        if id_card::normalize(x) == id_card::normalize(y) {
            return Some(true);
        }
        if well_formed(a.id_type, x) && well_formed(b.id_type, y) {
            return Some(false);
        }
        // One number is malformed: different names still mean different people.
        return names.filter(|same| !same);
    }
    names
}

/// A number that could be the person's real one: a resident ID or permit number (the
/// default reading) needs 18 characters and a matching check character; documents
/// without a known layout are taken as written.
fn well_formed(id_type: Option<CertificateType>, number: &str) -> bool {
    use CertificateType::{ForeignPermanentResidence, ResidencePermit, ResidentId};
    if !matches!(
        id_type,
        None | Some(ResidentId | ResidencePermit | ForeignPermanentResidence)
    ) {
        return true;
    }
    let n = id_card::normalize(number);
    n.len() == 18
        && n.is_char_boundary(17)
        && id_card::check_character(&n[..17]).is_some_and(|c| n.ends_with(c))
}
