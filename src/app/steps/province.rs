//! Step 1: choose the province whose communications administration reviews the filing.

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, Wrap};

use crate::app::action::{Action, Command, Edit};
use crate::app::keys::{Binding, Key};
use crate::app::update::apply_edit;
use crate::app::view::{self, theme};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::{Application, Step};
use crate::rules::{Province, Rules};
use crate::ui::text_input::TextInput;

use super::{StepContext, StepOutcome, move_selection};

#[derive(Debug, Default)]
pub struct ProvinceState {
    pub filter: TextInput,
    /// Index into the filtered list.
    pub selected: usize,
}

impl ProvinceState {
    pub fn new(app: &Application) -> ProvinceState {
        let mut state = ProvinceState::default();
        if let Some(chosen) = chosen(app) {
            state.selected = matches("").iter().position(|p| p.slug == chosen.slug).unwrap_or(0);
        }
        state
    }

    /// The highlighted province, if the filter matches any.
    pub fn highlighted(&self) -> Option<&'static Province> {
        matches(self.filter.value()).get(self.selected).copied()
    }
}

fn matches(query: &str) -> Vec<&'static Province> {
    Rules::builtin().province_filter(query)
}

/// The province the application names, by slug or code.
pub fn chosen(app: &Application) -> Option<&'static Province> {
    app.subject.province.as_deref().and_then(|p| Rules::builtin().province(p))
}

const BINDINGS: &[Binding] = &[
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-move"),
    Binding::new(&[Key::plain(KeyCode::PageUp)], Command::PageUp, "key-move").help_only(),
    Binding::new(&[Key::plain(KeyCode::PageDown)], Command::PageDown, "key-move").help_only(),
    Binding::new(&[Key::plain(KeyCode::Enter)], Command::Confirm, "key-select"),
];

pub fn bindings(_state: &ProvinceState) -> &'static [Binding] {
    BINDINGS
}

pub fn update(app: &mut Application, state: &mut ProvinceState, action: &Action, _: &StepContext<'_>) -> StepOutcome {
    match action {
        Action::Edit(edit) => {
            apply_edit(&mut state.filter, edit.clone());
            state.selected = 0;
            StepOutcome::handled()
        }
        Action::Command(Command::Back | Command::ClearInput) if !state.filter.is_empty() => {
            state.filter.clear();
            state.selected = chosen(app)
                .and_then(|c| matches("").iter().position(|p| p.slug == c.slug))
                .unwrap_or(0);
            StepOutcome::handled()
        }
        Action::Command(
            command @ (Command::Up | Command::Down | Command::PageUp | Command::PageDown | Command::First | Command::Last),
        ) => {
            let count = matches(state.filter.value()).len();
            state.selected = move_selection(state.selected, count, *command);
            StepOutcome::handled()
        }
        Action::Command(Command::Confirm) => {
            let Some(province) = state.highlighted() else { return StepOutcome::handled() };
            let changed = chosen(app).map(|p| p.slug.as_str()) != Some(province.slug.as_str())
                || app.subject.province.as_deref() != Some(province.slug.as_str());
            app.subject.province = Some(province.slug.clone());
            state.filter.clear();
            state.selected = matches("").iter().position(|p| p.slug == province.slug).unwrap_or(0);
            StepOutcome { handled: true, changed, go_to: super::next(Step::Province) }
        }
        _ => StepOutcome::default(),
    }
}

pub fn view(frame: &mut Frame<'_>, area: Rect, app: &Application, state: &ProvinceState, tr: &Localizer) {
    let [intro, body] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(tr.t("province-intro")).style(theme::muted()).wrap(Wrap { trim: true }),
        intro,
    );
    let [left, right] = Layout::horizontal([Constraint::Length(40), Constraint::Fill(1)]).spacing(1).areas(body);
    render_list(frame, left, app, state, tr);
    render_facts(frame, right, state.highlighted(), tr);
}

fn render_list(frame: &mut Frame<'_>, area: Rect, app: &Application, state: &ProvinceState, tr: &Localizer) {
    let [filter_area, list_area] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    view::text_field(frame, filter_area, &tr.t("province-filter"), &state.filter, &tr.t("province-filter-hint"), true);

    let found = matches(state.filter.value());
    if found.is_empty() {
        let text = tr.ta("province-no-match", &[("query", arg_str(state.filter.value()))]);
        frame.render_widget(Paragraph::new(text).style(theme::warning()).wrap(Wrap { trim: true }), list_area);
        return;
    }
    let chosen_slug = chosen(app).map(|p| p.slug.clone());
    let items: Vec<ListItem<'_>> = found
        .iter()
        .map(|p| {
            let mark = if Some(&p.slug) == chosen_slug.as_ref() { "✓" } else { " " };
            let (first, second) = names(p, tr);
            ListItem::new(Line::from(vec![
                Span::raw(format!("{mark} {} {} ", p.code, p.icp_abbr)),
                Span::raw(first.to_string()).add_modifier(Modifier::BOLD),
                Span::raw(" "),
                Span::styled(second.to_string(), theme::muted()),
            ]))
        })
        .collect();
    let list = List::new(items).highlight_style(theme::selected()).highlight_symbol(">");
    let mut list_state = ListState::default().with_selected(Some(state.selected));
    frame.render_stateful_widget(list, list_area, &mut list_state);
}

/// The province's name in the UI language first, then in the other language.
fn names<'a>(p: &'a Province, tr: &Localizer) -> (&'a str, &'a str) {
    match tr.lang() {
        crate::i18n::Lang::ZhCn => (&p.name_zh, &p.name_en),
        crate::i18n::Lang::EnUs => (&p.name_en, &p.name_zh),
    }
}

fn render_facts(frame: &mut Frame<'_>, area: Rect, province: Option<&Province>, tr: &Localizer) {
    let Some(p) = province else {
        frame.render_widget(Block::bordered().border_style(theme::border()), area);
        return;
    };
    let lang = tr.lang();
    let name = names(p, tr).0;
    let mut lines: Vec<Line<'_>> = Vec::new();
    let fact = |label: String, value: String| {
        Line::from(vec![Span::styled(format!("{label}: "), theme::label()), Span::raw(value)])
    };
    let mut abbr = p.icp_abbr.clone();
    if !p.icp_abbr_alt.is_empty() {
        abbr = format!("{abbr} ({} {})", tr.t("province-abbr-alt"), p.icp_abbr_alt.join(" "));
    }
    lines.push(fact(tr.t("province-code"), format!("{} · {}: {abbr}", p.code, tr.t("province-abbr"))));
    let individuals = if p.individual_allowed { "province-individuals-yes" } else { "province-individuals-no" };
    lines.push(fact(tr.t("province-individuals"), tr.t(individuals)));
    lines.push(fact(tr.t("province-nonlocal"), p.nonlocal_individual_text(lang).to_string()));
    let legal_rep = match p.leader_must_be_legal_rep {
        Some(true) => "province-legal-rep-yes",
        Some(false) => "province-legal-rep-no",
        None => "province-legal-rep-unknown",
    };
    lines.push(fact(tr.t("province-legal-rep"), tr.t(legal_rep)));
    let validity = p.domain_min_validity_days.map_or_else(
        || tr.t("province-unknown"),
        |d| tr.ta("province-domain-validity-days", &[("days", arg_num(i64::from(d)))]),
    );
    lines.push(fact(tr.t("province-domain-validity"), validity));
    let review = tr.ta("province-review-days", &[("days", arg_num(i64::from(p.review_working_days)))]);
    lines.push(fact(tr.t("province-review"), review));
    if !p.extra_documents.is_empty() {
        lines.push(Line::styled(format!("{}:", tr.t("province-extra-docs")), theme::label()));
        for doc in &p.extra_documents {
            lines.push(Line::raw(format!("- {}", doc.text.get(lang))));
        }
    }
    if !p.notes.is_empty() {
        lines.push(Line::styled(format!("{}:", tr.t("province-notes")), theme::label()));
        for note in &p.notes {
            lines.push(Line::raw(format!("- {}", note.get(lang))));
        }
    }
    lines.push(Line::styled(
        format!("{}: {}", tr.t("province-source"), tr.ta("province-as-of", &[("date", arg_str(&p.as_of))])),
        theme::muted(),
    ));
    let title = tr.ta("province-facts", &[("name", arg_str(name))]);
    let block = Block::bordered().title(Span::styled(format!(" {title} "), theme::title())).border_style(theme::border());
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), area);
}
