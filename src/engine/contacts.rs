//! Contact details of the subject leader and each website leader: mobile, e-mail and
//! landline shapes, and the rule that two different people must not give the same mobile
//! or e-mail (rules.md §4.3).

use crate::model::Leader;
use crate::validate::{email, id_card, phone};

use super::context::{Ctx, Out, given};
use super::finding::{Finding, Severity};
use super::registrant;

pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let subject_leader = &ctx.app.subject.leader;
    check_contact(subject_leader, "subject.leader", out);
    for (i, site) in ctx.app.websites.iter().enumerate() {
        let path = format!("websites[{i}].leader");
        check_contact(&site.leader, &path, out);
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

/// Whether two leaders are the same person: by ID number when both are given, else by name.
/// `None` when not enough is answered to tell.
pub(crate) fn same_person(a: &Leader, b: &Leader) -> Option<bool> {
    if let (Some(x), Some(y)) = (given(&a.id_number), given(&b.id_number)) {
        return Some(id_card::normalize(x) == id_card::normalize(y));
    }
    match (given(&a.name), given(&b.name)) {
        (Some(x), Some(y)) => Some(registrant::compare(x, y).is_match()),
        _ => None,
    }
}
