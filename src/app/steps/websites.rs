//! Step 3: the websites of the filing, each with its domain, content, leader (网站负责人)
//! and what the domain's registrar shows. A list first; Enter edits one website.

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Stylize;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use crate::app::action::{Action, Command};
use crate::app::form::view::{
    Form, any_answered, findings_panel, findings_panel_height, label_for, render_step,
};
use crate::app::form::{Field, FormState, covers, options};
use crate::app::keys::{Binding, Key};
use crate::app::view::theme;
use crate::engine::{Finding, Report, Severity};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::{Application, Content, Website};
use crate::report::site_title;
use crate::rules::Rules;
use crate::site;

use super::{StepContext, StepOutcome, move_selection};

#[derive(Debug, Default)]
pub struct WebsitesState {
    /// Highlighted website in the list.
    pub selected: usize,
    /// The website open in the editor.
    pub editing: Option<usize>,
    /// A removal waiting for y/n.
    pub confirm_remove: Option<usize>,
    pub form: FormState,
}

impl WebsitesState {
    pub fn new(_: &Application) -> WebsitesState {
        WebsitesState::default()
    }

    /// Opens website `index` in the editor.
    pub fn edit(&mut self, app: &Application, rules: &Rules, index: usize) {
        self.selected = index;
        self.editing = Some(index);
        self.confirm_remove = None;
        self.form = FormState::new(&fields(app, rules, index), app);
    }

    /// Opens the website a finding is about, at its field (`websites[1].registration.expires`).
    pub fn focus(&mut self, app: &Application, rules: &Rules, path: &str) -> bool {
        match index_of(path) {
            Some(i) if i < app.websites.len() => {
                self.edit(app, rules, i);
                self.form.focus_path(&fields(app, rules, i), app, path);
                true
            }
            _ => {
                self.editing = None;
                false
            }
        }
    }
}

/// `websites[3].domain` -> 3.
pub fn index_of(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("websites[")?;
    rest[..rest.find(']')?].parse().ok()
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

const LIST: &[Binding] = &[
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Enter)], Command::Confirm, "key-edit"),
    Binding::new(&[Key::ch('n')], Command::New, "key-add"),
    Binding::new(
        &[Key::ch('d'), Key::plain(KeyCode::Delete)],
        Command::Delete,
        "key-remove",
    ),
];

const CONFIRM: &[Binding] = &[
    Binding::new(&[Key::ch('y')], Command::Yes, "key-remove"),
    Binding::new(
        &[Key::ch('n'), Key::plain(KeyCode::Esc)],
        Command::No,
        "key-cancel",
    ),
];

pub fn bindings(app: &Application, state: &WebsitesState, rules: &Rules) -> &'static [Binding] {
    match (state.confirm_remove, state.editing) {
        (Some(_), _) => CONFIRM,
        (None, Some(i)) => state.form.bindings(&fields(app, rules, i)),
        (None, None) => LIST,
    }
}

pub fn text_focus(app: &Application, state: &WebsitesState, rules: &Rules) -> bool {
    match (state.confirm_remove, state.editing) {
        (None, Some(i)) => state.form.text_focus(&fields(app, rules, i)),
        _ => false,
    }
}

pub fn update(
    app: &mut Application,
    state: &mut WebsitesState,
    action: &Action,
    context: &StepContext<'_>,
) -> StepOutcome {
    if let Some(index) = state.confirm_remove {
        return confirm_remove(app, state, action, index);
    }
    if let Some(index) = state.editing {
        if index >= app.websites.len() {
            state.editing = None;
        } else {
            let outcome = state
                .form
                .update(app, action, |a| fields(a, context.rules, index));
            if !outcome.handled && *action == Action::Command(Command::Back) {
                // Esc leaves the editor for the list, not the wizard.
                state.editing = None;
                state.selected = index;
                return StepOutcome::handled();
            }
            return outcome;
        }
    }
    let Action::Command(command) = action else {
        return StepOutcome::default();
    };
    let count = app.websites.len();
    match command {
        Command::Up | Command::Down | Command::PageUp | Command::PageDown => {
            state.selected = move_selection(state.selected, count, *command);
            StepOutcome::handled()
        }
        Command::Confirm if count > 0 => {
            state.edit(app, context.rules, state.selected.min(count - 1));
            StepOutcome::handled()
        }
        Command::New => {
            app.websites.push(Website::default());
            state.edit(app, context.rules, app.websites.len() - 1);
            StepOutcome::changed()
        }
        Command::Delete if count > 0 => {
            state.confirm_remove = Some(state.selected.min(count - 1));
            StepOutcome::handled()
        }
        _ => StepOutcome::default(),
    }
}

fn confirm_remove(
    app: &mut Application,
    state: &mut WebsitesState,
    action: &Action,
    index: usize,
) -> StepOutcome {
    match action {
        Action::Command(Command::Yes) => {
            state.confirm_remove = None;
            if index < app.websites.len() {
                app.websites.remove(index);
                state.selected = state.selected.min(app.websites.len().saturating_sub(1));
                return StepOutcome::changed();
            }
            StepOutcome::handled()
        }
        Action::Command(Command::No | Command::Back) => {
            state.confirm_remove = None;
            StepOutcome::handled()
        }
        // Anything else waits for the answer.
        _ => StepOutcome::handled(),
    }
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
    if let Some(i) = state.editing.filter(|i| *i < app.websites.len()) {
        let fields = fields(app, rules, i);
        let form = Form {
            fields: &fields,
            state: &state.form,
            app,
            report,
            rules,
        };
        let title = tr.ta(
            "site-edit-title",
            &[
                ("n", arg_num(i as i64 + 1)),
                ("count", arg_num(app.websites.len() as i64)),
                ("name", arg_str(&site_title(&app.websites[i], i, tr))),
            ],
        );
        let prefix = format!("websites[{i}]");
        render_step(frame, area, &title, &form, &|p| covers(&prefix, p), tr);
        return;
    }
    render_list(frame, area, app, state, report, rules, tr);
}

/// The field a click at screen row `row` of `view`'s `area` focuses, while a website is
/// being edited (the list's rows are `row_at`'s).
pub fn field_at(
    area: Rect,
    app: &Application,
    state: &WebsitesState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
    row: u16,
) -> Option<usize> {
    let i = state.editing.filter(|i| *i < app.websites.len())?;
    let fields = fields(app, rules, i);
    let form = Form {
        fields: &fields,
        state: &state.form,
        app,
        report,
        rules,
    };
    let prefix = format!("websites[{i}]");
    crate::app::form::view::step_field_at(area, &form, &|p| covers(&prefix, p), tr, row)
}

fn render_list(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &WebsitesState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
) {
    let findings: Vec<(String, &Finding)> = report
        .findings
        .iter()
        .filter(|f| owns(&f.field))
        .map(|f| {
            let label = match index_of(&f.field).filter(|i| *i < app.websites.len()) {
                Some(i) => format!(
                    "{} / {}",
                    site_title(&app.websites[i], i, tr),
                    label_for(&fields(app, rules, i), &f.field, tr)
                ),
                None => f.field.clone(),
            };
            (label, f)
        })
        .collect();
    let panel = findings_panel_height(findings.len()).min(area.height / 3);
    let [title, intro, list_area, confirm, panel_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(u16::from(state.confirm_remove.is_some()) * 2),
        Constraint::Length(panel),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(tr.t("websites-title")).style(theme::title()),
        title,
    );
    let intro_lines =
        crate::app::view::wrapped_lines("", &tr.t("websites-intro"), intro.width, theme::muted());
    frame.render_widget(Paragraph::new(intro_lines), intro);
    if app.websites.is_empty() {
        frame.render_widget(
            Paragraph::new(tr.t("websites-empty")).style(theme::muted()),
            list_area,
        );
    } else {
        let items: Vec<ListItem<'_>> = app
            .websites
            .iter()
            .enumerate()
            .map(|(i, site)| {
                let prefix = format!("websites[{i}]");
                let count = |s: Severity| {
                    report
                        .findings
                        .iter()
                        .filter(|f| f.severity == s && covers(&prefix, &f.field))
                        .count()
                };
                let mut spans = vec![
                    Span::raw(format!("{}. ", i + 1)),
                    Span::raw(site_title(site, i, tr)).bold(),
                    Span::styled(
                        format!("  {}", site.domain.as_deref().unwrap_or_default()),
                        theme::muted(),
                    ),
                ];
                let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
                if errors > 0 {
                    spans.push(Span::styled(
                        format!(
                            "  {sym} {errors}",
                            sym = crate::app::view::symbols::current().cross
                        ),
                        theme::error(),
                    ));
                }
                if warnings > 0 {
                    spans.push(Span::styled(format!("  ! {warnings}"), theme::warning()));
                }
                ListItem::new(Line::from(spans))
            })
            .collect();
        let list = List::new(items)
            .highlight_style(theme::selected())
            .highlight_symbol(">");
        let mut list_state = ListState::default().with_selected(Some(state.selected));
        frame.render_stateful_widget(list, list_area, &mut list_state);
    }
    if let Some(i) = state.confirm_remove.filter(|i| *i < app.websites.len()) {
        let text = tr.ta(
            "websites-remove-confirm",
            &[("name", arg_str(&site_title(&app.websites[i], i, tr)))],
        );
        let lines = crate::app::view::wrapped_lines("", &text, confirm.width, theme::warning());
        frame.render_widget(Paragraph::new(lines), confirm);
    }
    let answered = (0..app.websites.len()).any(|i| any_answered(&fields(app, rules, i), app));
    findings_panel(frame, panel_area, &findings, answered, rules, tr);
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
