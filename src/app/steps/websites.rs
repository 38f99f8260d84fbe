//! Step 3: the websites of the filing, each with its domain, content, leader (网站负责人)
//! and what the domain's registrar shows. A list first; Enter edits one website.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::action::Action;
use crate::app::form::{Field, covers, options};
use crate::app::keys::Binding;
use crate::engine::Report;
use crate::i18n::Localizer;
use crate::model::{Application, Content, Website};
use crate::report::site_title;
use crate::rules::Rules;
use crate::site;

use super::items::{self, Items, ItemsState, Messages, View};
use super::{StepContext, StepOutcome};

/// The websites as a list of items.
#[derive(Debug, Default)]
pub struct WebsiteList;

pub type WebsitesState = ItemsState<WebsiteList>;

impl Items for WebsiteList {
    const KEY: &'static str = "websites";
    const MESSAGES: Messages = Messages {
        title: "websites-title",
        intro: "websites-intro",
        empty: "websites-empty",
        remove: "websites-remove-confirm",
        edit_title: "site-edit-title",
    };
    const INTRO_ROWS: u16 = 2;
    type Item = Website;
    type Extra = ();

    fn items(app: &Application) -> &[Website] {
        &app.websites
    }

    fn items_mut(app: &mut Application) -> &mut Vec<Website> {
        &mut app.websites
    }

    fn new_item() -> Website {
        Website::default()
    }

    fn fields(app: &Application, rules: &Rules, i: usize) -> Vec<Field> {
        fields(app, rules, i)
    }

    fn title(site: &Website, i: usize, tr: &Localizer) -> String {
        site_title(site, i, tr)
    }

    fn summary(site: &Website, _: &Localizer) -> String {
        site.domain.clone().unwrap_or_default()
    }
}

/// `websites[3].domain` -> 3.
pub fn index_of(path: &str) -> Option<usize> {
    items::index_in(WebsiteList::KEY, path)
}

/// The fields of website `i`; the province's questions from the rules in force.
pub fn fields(app: &Application, rules: &Rules, i: usize) -> Vec<Field> {
    let at = |name: &str| format!("websites[{i}].{name}");
    // Asked only where the province requires a local mobile (the number cannot tell).
    let local_mobile = app
        .subject
        .province
        .as_deref()
        .and_then(|p| rules.province(p))
        .is_some_and(|p| p.local_mobile_required.value == crate::rules::Tri::Yes);
    let mut fields = vec![
        Field::text("site-name", at("name"), site!(i, name)),
        Field::text("site-domain", at("domain"), site!(i, domain)).hint("site-domain-hint"),
        Field::text("site-homepage", at("homepage"), site!(i, homepage)),
        Field::multi(
            "site-content",
            at("content"),
            options::<Content>("content"),
            site!(i, content),
        ),
        Field::multi(
            "site-pre-approvals",
            at("pre_approvals"),
            options::<Content>("content"),
            site!(i, pre_approvals),
        ),
        Field::heading("site-leader-heading"),
        Field::button("site-same-leader", at("leader"), move |app| {
            copy_leader(app, i)
        })
        .hint("site-same-leader-action"),
        Field::text("leader-name", at("leader.name"), site!(i, leader.name)),
        Field::choice(
            "leader-id-type",
            at("leader.id_type"),
            super::subject::personal_documents(),
            site!(i, leader.id_type),
        ),
        Field::masked(
            "leader-id-number",
            at("leader.id_number"),
            site!(i, leader.id_number),
        ),
        Field::date(
            "leader-id-expires",
            at("leader.id_expires"),
            site!(i, leader.id_expires),
        )
        .hint("form-long-term-hint"),
        Field::masked(
            "leader-mobile",
            at("leader.mobile"),
            site!(i, leader.mobile),
        )
        .hint("leader-mobile-hint"),
        Field::toggle(
            "leader-mobile-local",
            at("leader.mobile_local"),
            site!(i, leader.mobile_local),
        ),
        Field::text("leader-phone", at("leader.phone"), site!(i, leader.phone))
            .hint("leader-phone-hint"),
        Field::text("leader-email", at("leader.email"), site!(i, leader.email)),
        Field::heading("site-registration-heading"),
        Field::text(
            "site-registrant",
            at("registration.registrant"),
            site!(i, registration.registrant),
        ),
        Field::text(
            "site-registrar",
            at("registration.registrar"),
            site!(i, registration.registrar),
        ),
        Field::toggle(
            "site-verified",
            at("registration.real_name_verified"),
            site!(i, registration.real_name_verified),
        ),
        Field::date(
            "site-verified-on",
            at("registration.verified_on"),
            site!(i, registration.verified_on),
        ),
        Field::date(
            "site-expires",
            at("registration.expires"),
            site!(i, registration.expires),
        ),
    ];
    if !local_mobile {
        fields.retain(|f| f.label != "leader-mobile-local");
    }
    fields
}

/// "Same as the subject leader": copies the subject leader's details into website `i`'s
/// leader (keys icp-tui does not know are kept).
fn copy_leader(app: &mut Application, i: usize) {
    let from = app.subject.leader.clone();
    if let Some(site) = app.websites.get_mut(i) {
        let to = &mut site.leader;
        to.name = from.name;
        to.id_type = from.id_type;
        to.id_number = from.id_number;
        to.id_expires = from.id_expires;
        to.mobile = from.mobile;
        to.mobile_local = from.mobile_local;
        to.phone = from.phone;
        to.email = from.email;
    }
}

pub fn owns(path: &str) -> bool {
    covers("websites", path)
}

pub fn bindings(app: &Application, state: &WebsitesState, rules: &Rules) -> &'static [Binding] {
    items::bindings(app, state, rules)
}

pub fn text_focus(app: &Application, state: &WebsitesState, rules: &Rules) -> bool {
    items::text_focus(app, state, rules)
}

pub fn update(
    app: &mut Application,
    state: &mut WebsitesState,
    action: &Action,
    context: &StepContext<'_>,
) -> StepOutcome {
    items::update(app, state, action, context.rules)
}

pub fn view(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &WebsitesState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
) {
    View::new(app, state, report, rules, tr).draw(frame, area);
}

/// The field a click at screen row `row` of `view`'s `area` focuses, while a website is
/// being edited.
pub fn field_at(
    area: Rect,
    app: &Application,
    state: &WebsitesState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
    row: u16,
) -> Option<usize> {
    View::new(app, state, report, rules, tr).field_at(area, row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn website_index_from_a_path() {
        assert_eq!(index_of("websites[12].registration.expires"), Some(12));
        assert_eq!(index_of("websites"), None);
        assert_eq!(index_of("subject.name"), None);
    }
}
