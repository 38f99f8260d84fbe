//! The answers a filing cannot be submitted without, and which of them are still missing.
//! One list for the Review step, `check` (APPLICATION_INCOMPLETE), `check --complete`,
//! status and export. Optional answers (a landline, a homepage, a city, an expiry date that
//! a long-term document does not have) never count against readiness.

use crate::model::{Application, Leader, Website};

use super::context::{Out, given};
use super::finding::{Finding, Severity};
use super::{Report, Severity as S};

/// Which filings an answer is required for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum When {
    Always,
    /// Enterprises, government bodies and other organizations (not individuals).
    Organization,
}

/// A required answer of the subject or the hosting: its dotted path, for whom, and whether
/// it is answered.
struct Required {
    path: &'static str,
    when: When,
    answered: fn(&Application) -> bool,
}

/// A required answer of each website, relative to `websites[i]`.
struct SiteRequired {
    path: &'static str,
    answered: fn(&Website) -> bool,
}

const fn always(path: &'static str, answered: fn(&Application) -> bool) -> Required {
    Required {
        path,
        when: When::Always,
        answered,
    }
}

const fn organization(path: &'static str, answered: fn(&Application) -> bool) -> Required {
    Required {
        path,
        when: When::Organization,
        answered,
    }
}

const fn site(path: &'static str, answered: fn(&Website) -> bool) -> SiteRequired {
    SiteRequired { path, answered }
}

fn text(v: &Option<String>) -> bool {
    given(v).is_some()
}

fn leader_name(l: &Leader) -> bool {
    text(&l.name)
}
fn leader_id_type(l: &Leader) -> bool {
    l.id_type.is_some()
}
fn leader_id_number(l: &Leader) -> bool {
    text(&l.id_number)
}
fn leader_mobile(l: &Leader) -> bool {
    text(&l.mobile)
}
fn leader_email(l: &Leader) -> bool {
    text(&l.email)
}

/// In the order the wizard asks them (spec order of the steps).
const APPLICATION: &[Required] = &[
    always("subject.province", |a| text(&a.subject.province)),
    always("subject.kind", |a| a.subject.kind.is_some()),
    always("subject.name", |a| text(&a.subject.name)),
    always("subject.certificate_type", |a| {
        a.subject.certificate_type.is_some()
    }),
    always("subject.certificate_number", |a| {
        text(&a.subject.certificate_number)
    }),
    always("subject.address", |a| text(&a.subject.address)),
    always("subject.leader.name", |a| leader_name(&a.subject.leader)),
    organization("subject.leader.is_legal_representative", |a| {
        a.subject.leader.is_legal_representative.is_some()
    }),
    always("subject.leader.id_type", |a| {
        leader_id_type(&a.subject.leader)
    }),
    always("subject.leader.id_number", |a| {
        leader_id_number(&a.subject.leader)
    }),
    always("subject.leader.mobile", |a| {
        leader_mobile(&a.subject.leader)
    }),
    always("subject.leader.email", |a| leader_email(&a.subject.leader)),
    always("websites", |a| !a.websites.is_empty()),
];

const WEBSITE: &[SiteRequired] = &[
    site("name", |w| text(&w.name)),
    site("domain", |w| text(&w.domain)),
    site("content", |w| !w.content.is_empty()),
    site("leader.name", |w| leader_name(&w.leader)),
    site("leader.id_type", |w| leader_id_type(&w.leader)),
    site("leader.id_number", |w| leader_id_number(&w.leader)),
    site("leader.mobile", |w| leader_mobile(&w.leader)),
    site("leader.email", |w| leader_email(&w.leader)),
    site("registration.registrant", |w| {
        text(&w.registration.registrant)
    }),
    site("registration.registrar", |w| {
        text(&w.registration.registrar)
    }),
    site("registration.real_name_verified", |w| {
        w.registration.real_name_verified.is_some()
    }),
    site("registration.expires", |w| w.registration.expires.is_some()),
];

const ACCESS: &[Required] = &[
    always("access.provider", |a| a.access.provider.is_some()),
    always("access.service_type", |a| a.access.service_type.is_some()),
    always("access.instance_id", |a| text(&a.access.instance_id)),
    always("access.region", |a| text(&a.access.region)),
    always("access.billing", |a| a.access.billing.is_some()),
    always("access.subscription_start", |a| {
        a.access.subscription_start.is_some()
    }),
    always("access.subscription_end", |a| {
        a.access.subscription_end.is_some()
    }),
];

/// The dotted paths of the required answers still missing, in the wizard's order. An
/// unanswered subject kind counts organization-only answers as not yet required.
pub fn missing_answers(app: &Application) -> Vec<String> {
    required_answers(app)
        .into_iter()
        .filter(|(_, answered)| !answered)
        .map(|(path, _)| path)
        .collect()
}

/// Every required answer (its dotted path) and whether it is given, in the wizard's order:
/// the list `missing_answers` is made from, so that counts of both agree.
pub fn required_answers(app: &Application) -> Vec<(String, bool)> {
    let organization = app.subject.kind.is_some_and(|k| k.is_organization());
    let applies = |r: &Required| match r.when {
        When::Always => true,
        When::Organization => organization,
    };
    let mut out: Vec<(String, bool)> = APPLICATION
        .iter()
        .filter(|r| applies(r))
        .map(|r| (r.path.to_string(), (r.answered)(app)))
        .collect();
    for (i, site) in app.websites.iter().enumerate() {
        out.extend(
            WEBSITE
                .iter()
                .map(|r| (format!("websites[{i}].{}", r.path), (r.answered)(site))),
        );
    }
    out.extend(
        ACCESS
            .iter()
            .filter(|r| applies(r))
            .map(|r| (r.path.to_string(), (r.answered)(app))),
    );
    out
}

/// How many missing fields APPLICATION_INCOMPLETE names in its message.
const NAMED: usize = 3;

pub(crate) fn check(app: &Application, out: &mut Out) {
    let missing = missing_answers(app);
    if missing.is_empty() {
        return;
    }
    let named: Vec<&str> = missing.iter().take(NAMED).map(String::as_str).collect();
    // About the whole application (field ""), so that no form shows it beside one field;
    // the message names the first missing ones.
    out.push(
        Finding::new("APPLICATION_INCOMPLETE", Severity::Info, "")
            .arg("count", missing.len())
            .arg("fields", named.join(", ")),
    );
}

/// For `check --complete`: what makes Review say "Not ready" (missing answers, required
/// documents not ticked) becomes an error, so a script gates on the same verdict.
pub fn require_complete(report: &mut Report) {
    let mut changed = false;
    for f in &mut report.findings {
        if matches!(f.code, "APPLICATION_INCOMPLETE" | "CHECKLIST_INCOMPLETE") {
            f.severity = S::Error;
            changed = true;
        }
    }
    if changed {
        report
            .findings
            .sort_by(|a, b| (a.severity, &a.field, a.code).cmp(&(b.severity, &b.field, b.code)));
    }
}

/// Ready to submit: no required answer missing, every required document ticked, no error
/// (`engine::verdict`, the one verdict every screen and command shows).
pub fn is_ready(report: &Report) -> bool {
    super::verdict(report).is_ready()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SubjectKind;

    #[test]
    fn an_empty_filing_misses_the_subject_websites_and_hosting() {
        let missing = missing_answers(&Application::default());
        assert_eq!(
            missing.first().map(String::as_str),
            Some("subject.province")
        );
        assert!(missing.contains(&"websites".to_string()));
        assert!(missing.contains(&"access.provider".to_string()));
        // Organization-only answers wait for the kind.
        assert!(!missing.contains(&"subject.leader.is_legal_representative".to_string()));
    }

    #[test]
    fn the_legal_representative_question_is_required_of_organizations_only() {
        let mut a = Application::default();
        a.subject.kind = Some(SubjectKind::Enterprise);
        let path = "subject.leader.is_legal_representative".to_string();
        assert!(missing_answers(&a).contains(&path));
        a.subject.kind = Some(SubjectKind::Individual);
        assert!(!missing_answers(&a).contains(&path));
    }

    #[test]
    fn each_website_is_asked_for_by_index() {
        let mut a = Application::default();
        a.websites.push(Website::default());
        a.websites.push(Website {
            name: Some("站点".into()),
            ..Website::default()
        });
        let missing = missing_answers(&a);
        assert!(!missing.contains(&"websites".to_string()));
        assert!(missing.contains(&"websites[0].name".to_string()));
        assert!(!missing.contains(&"websites[1].name".to_string()));
        assert!(missing.contains(&"websites[1].registration.registrar".to_string()));
    }

    #[test]
    fn spaces_are_not_an_answer_and_optional_fields_never_count() {
        let mut a = Application::default();
        a.subject.name = Some("  ".into());
        let missing = missing_answers(&a);
        assert!(missing.contains(&"subject.name".to_string()));
        for optional in [
            "subject.city",
            "subject.certificate_expires",
            "subject.leader.phone",
            "subject.leader.id_expires",
            "access.public_ip",
            "access.service_codes_used",
        ] {
            assert!(!missing.contains(&optional.to_string()), "{optional}");
        }
    }
}
