//! Step 2: the filing subject (主办单位 / 主办者) and its leader (主体负责人).

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::action::Action;
use crate::app::form::view::{Form, render_step};
use crate::app::form::{Choice, Field, FormState, covers, options};
use crate::app::keys::Binding;
use crate::at;
use crate::engine::Report;
use crate::i18n::Localizer;
use crate::model::{Application, CertificateType, SubjectKind};
use crate::rules::{Rules, Tri};

use super::{StepContext, StepOutcome};

#[derive(Debug, Default)]
pub struct SubjectState {
    pub form: FormState,
}

impl SubjectState {
    pub fn new(app: &Application, rules: &Rules) -> SubjectState {
        SubjectState {
            form: FormState::new(&fields(app, rules), app),
        }
    }

    /// Focuses the field a finding is about.
    pub fn focus(&mut self, app: &Application, rules: &Rules, path: &str) -> bool {
        self.form.focus_path(&fields(app, rules), app, path)
    }
}

/// The subject's fields. What does not apply to the kind is left out: a residence permit
/// only for individuals, "legal representative" only for organisations. The province's
/// questions come from the rules in force, so an override shows here.
pub fn fields(app: &Application, rules: &Rules) -> Vec<Field> {
    let kind = app.subject.kind;
    let person = kind == Some(SubjectKind::Individual);
    let organisation = kind.is_some_and(SubjectKind::is_organization);
    let name_label = match kind {
        Some(SubjectKind::Individual) => "subject-name-person",
        Some(_) => "subject-name-org",
        None => "subject-name",
    };
    // Only the documents that fit the kind: a person's ID type never offers a licence.
    let certificate_types = match kind {
        Some(SubjectKind::Individual) => personal_documents(),
        Some(_) => documents(|t| !is_personal(t)),
        None => options::<CertificateType>("cert"),
    };
    let province = app
        .subject
        .province
        .as_deref()
        .and_then(|p| rules.province(p));
    let mut fields = vec![
        Field::choice(
            "subject-kind",
            "subject.kind",
            options::<SubjectKind>("kind"),
            at!(subject.kind),
        ),
        Field::text(name_label, "subject.name", at!(subject.name)),
        Field::choice(
            "subject-certificate-type",
            "subject.certificate_type",
            certificate_types,
            at!(subject.certificate_type),
        ),
    ];
    // An organisation's credit code is public; a person's ID number is not.
    let number = if organisation {
        Field::text(
            "subject-certificate-number",
            "subject.certificate_number",
            at!(subject.certificate_number),
        )
    } else {
        Field::masked(
            "subject-certificate-number",
            "subject.certificate_number",
            at!(subject.certificate_number),
        )
    };
    fields.push(number);
    fields.push(
        Field::date(
            "subject-certificate-expires",
            "subject.certificate_expires",
            at!(subject.certificate_expires),
        )
        .hint("form-long-term-hint"),
    );
    fields.push(Field::text(
        "subject-address",
        "subject.address",
        at!(subject.address),
    ));
    // Asked only where the province wants the address in the document's city.
    if province.is_some_and(|p| p.address_in_document_city.as_ref().is_some_and(|f| f.value)) {
        fields.push(Field::toggle(
            "subject-address-in-document-city",
            "subject.address_in_document_city",
            at!(subject.address_in_document_city),
        ));
    }
    if person {
        fields.push(Field::toggle(
            "subject-residence-permit",
            "subject.residence_permit",
            at!(subject.residence_permit),
        ));
    }
    fields.push(Field::heading("subject-leader-heading"));
    fields.push(Field::text(
        "leader-name",
        "subject.leader.name",
        at!(subject.leader.name),
    ));
    if organisation {
        fields.push(Field::toggle(
            "leader-legal-rep",
            "subject.leader.is_legal_representative",
            at!(subject.leader.is_legal_representative),
        ));
    }
    fields.extend([
        Field::choice(
            "leader-id-type",
            "subject.leader.id_type",
            personal_documents(),
            at!(subject.leader.id_type),
        ),
        Field::masked(
            "leader-id-number",
            "subject.leader.id_number",
            at!(subject.leader.id_number),
        ),
        Field::date(
            "leader-id-expires",
            "subject.leader.id_expires",
            at!(subject.leader.id_expires),
        )
        .hint("form-long-term-hint"),
        Field::masked(
            "leader-mobile",
            "subject.leader.mobile",
            at!(subject.leader.mobile),
        )
        .hint("leader-mobile-hint"),
    ]);
    // Asked only where the province requires a local mobile: the number cannot tell.
    if province.is_some_and(|p| p.local_mobile_required.value == Tri::Yes) {
        fields.push(Field::toggle(
            "leader-mobile-local",
            "subject.leader.mobile_local",
            at!(subject.leader.mobile_local),
        ));
    }
    fields.extend([
        Field::text(
            "leader-phone",
            "subject.leader.phone",
            at!(subject.leader.phone),
        )
        .hint("leader-phone-hint"),
        Field::text(
            "leader-email",
            "subject.leader.email",
            at!(subject.leader.email),
        ),
    ]);
    fields
}

/// Documents a person can hold: the resident ID card, permits, passports.
fn is_personal(t: CertificateType) -> bool {
    !matches!(
        t,
        CertificateType::Uscc | CertificateType::BusinessLicense | CertificateType::Other
    )
}

/// The ID types a person (filer, entity leader, website leader) can choose.
pub(crate) fn personal_documents() -> Vec<Choice> {
    documents(is_personal)
}

fn documents(keep: fn(CertificateType) -> bool) -> Vec<Choice> {
    options::<CertificateType>("cert")
        .into_iter()
        .filter(|c| CertificateType::from_name(&c.value).is_some_and(keep))
        .collect()
}

/// Findings this step shows: the subject's, except the province (step 1).
pub fn owns(path: &str) -> bool {
    covers("subject", path) && !covers("subject.province", path)
}

pub fn bindings(app: &Application, state: &SubjectState, rules: &Rules) -> &'static [Binding] {
    state.form.bindings(&fields(app, rules))
}

pub fn text_focus(app: &Application, state: &SubjectState, rules: &Rules) -> bool {
    state.form.text_focus(&fields(app, rules))
}

pub fn update(
    app: &mut Application,
    state: &mut SubjectState,
    action: &Action,
    context: &StepContext<'_>,
) -> StepOutcome {
    state.form.update(app, action, |a| fields(a, context.rules))
}

pub fn view(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &SubjectState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
) {
    let fields = fields(app, rules);
    let form = Form {
        fields: &fields,
        state: &state.form,
        app,
        report,
        rules,
    };
    render_step(frame, area, &tr.t("subject-title"), &form, &owns, tr);
}

/// The field a click at screen row `row` of `view`'s `area` focuses.
pub fn field_at(
    area: Rect,
    app: &Application,
    state: &SubjectState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
    row: u16,
) -> Option<usize> {
    let fields = fields(app, rules);
    let form = Form {
        fields: &fields,
        state: &state.form,
        app,
        report,
        rules,
    };
    crate::app::form::view::step_field_at(area, &form, &owns, tr, row)
}
