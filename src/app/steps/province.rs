//! Step 1: choose the province whose communications administration reviews the filing.

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph};

use crate::app::action::{Action, Command};
use crate::app::keys::{Binding, Key};
use crate::app::update::apply_edit;
use crate::app::view::{self, theme};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::{Application, Step};
use crate::rules::{Bilingual, Province, Rules, Tri};
use crate::ui::text_input::TextInput;

use super::{StepContext, StepOutcome, move_selection};

#[derive(Debug, Default)]
pub struct ProvinceState {
    pub filter: TextInput,
    /// Index into the filtered list.
    pub selected: usize,
    /// Where the list is scrolled (it moves only to keep the selection in view).
    pub list_scroll: crate::app::view::scroll::RowScroll,
    /// The facts pane has focus: arrows scroll it instead of moving in the list.
    pub facts_focused: bool,
    pub facts_scroll: u16,
    /// How far `facts_scroll` can go, as last drawn.
    pub facts_limit: crate::app::view::scroll::ScrollLimit,
}

impl ProvinceState {
    pub fn new(app: &Application, rules: &Rules) -> ProvinceState {
        let mut state = ProvinceState::default();
        if let Some(chosen) = chosen(app, rules) {
            state.selected = matches(rules, "")
                .iter()
                .position(|p| p.slug == chosen.slug)
                .unwrap_or(0);
        }
        state
    }

    /// The highlighted province, if the filter matches any.
    pub fn highlighted<'r>(&self, rules: &'r Rules) -> Option<&'r Province> {
        matches(rules, self.filter.value())
            .get(self.selected)
            .copied()
    }
}

fn matches<'r>(rules: &'r Rules, query: &str) -> Vec<&'r Province> {
    rules.province_filter(query)
}

/// The province the application names, by slug or code.
pub fn chosen<'r>(app: &Application, rules: &'r Rules) -> Option<&'r Province> {
    app.subject
        .province
        .as_deref()
        .and_then(|p| rules.province(p))
}

const BINDINGS: &[Binding] = &[
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-move"),
    Binding::new(&[Key::plain(KeyCode::PageUp)], Command::PageUp, "key-move").help_only(),
    Binding::new(
        &[Key::plain(KeyCode::PageDown)],
        Command::PageDown,
        "key-move",
    )
    .help_only(),
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Command::Confirm,
        "key-select",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Tab)],
        Command::NextField,
        "key-scroll-facts",
    ),
];

const FACTS_BINDINGS: &[Binding] = &[
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-scroll"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-scroll"),
    Binding::new(
        &[Key::plain(KeyCode::PageUp)],
        Command::PageUp,
        "key-scroll",
    )
    .help_only(),
    Binding::new(
        &[Key::plain(KeyCode::PageDown)],
        Command::PageDown,
        "key-scroll",
    )
    .help_only(),
    Binding::new(
        &[Key::plain(KeyCode::Tab)],
        Command::NextField,
        "key-back-to-list",
    ),
];

pub fn bindings(state: &ProvinceState) -> &'static [Binding] {
    if state.facts_focused {
        FACTS_BINDINGS
    } else {
        BINDINGS
    }
}

pub fn update(
    app: &mut Application,
    state: &mut ProvinceState,
    action: &Action,
    context: &StepContext<'_>,
) -> StepOutcome {
    let rules = context.rules;
    // A click on a province of the list (`row_at`), from the facts too.
    if let Action::SelectIn { pane: LIST, index } = action
        && *index < matches(rules, state.filter.value()).len()
    {
        state.selected = *index;
        state.facts_focused = false;
        state.facts_scroll = 0;
        return StepOutcome::handled();
    }
    if state.facts_focused {
        return scroll_facts(state, action);
    }
    match action {
        Action::Edit(edit) => {
            apply_edit(&mut state.filter, edit.clone());
            state.selected = 0;
            state.list_scroll.reset();
            state.facts_scroll = 0;
            StepOutcome::handled()
        }
        Action::Command(Command::NextField | Command::PrevField) => {
            state.facts_focused = true;
            StepOutcome::handled()
        }
        Action::Command(Command::Back | Command::ClearInput) if !state.filter.is_empty() => {
            state.filter.clear();
            state.selected = chosen(app, rules)
                .and_then(|c| matches(rules, "").iter().position(|p| p.slug == c.slug))
                .unwrap_or(0);
            StepOutcome::handled()
        }
        Action::Command(
            command @ (Command::Up
            | Command::Down
            | Command::PageUp
            | Command::PageDown
            | Command::First
            | Command::Last),
        ) => {
            let count = matches(rules, state.filter.value()).len();
            let from = state.selected;
            state.selected = move_selection(from, count, *command);
            match command {
                Command::Up | Command::Down => state.list_scroll.follow(state.selected),
                _ => state.list_scroll.page(from, state.selected),
            }
            state.facts_scroll = 0;
            StepOutcome::handled()
        }
        Action::Command(Command::Confirm) => {
            let Some(province) = state.highlighted(rules) else {
                return StepOutcome::handled();
            };
            let changed = chosen(app, rules).map(|p| p.slug.as_str())
                != Some(province.slug.as_str())
                || app.subject.province.as_deref() != Some(province.slug.as_str());
            app.subject.province = Some(province.slug.clone());
            state.filter.clear();
            state.selected = matches(rules, "")
                .iter()
                .position(|p| p.slug == province.slug)
                .unwrap_or(0);
            StepOutcome {
                handled: true,
                changed,
                go_to: super::next(Step::Province),
                ..StepOutcome::default()
            }
        }
        _ => StepOutcome::default(),
    }
}

fn scroll_facts(state: &mut ProvinceState, action: &Action) -> StepOutcome {
    let Action::Command(command) = action else {
        // Typing returns to the list and filters, as the user expects.
        state.facts_focused = false;
        return StepOutcome::default();
    };
    match command {
        Command::Up => state.facts_scroll = state.facts_limit.moved(state.facts_scroll, -1),
        Command::Down => state.facts_scroll = state.facts_limit.moved(state.facts_scroll, 1),
        Command::PageUp => state.facts_scroll = state.facts_limit.moved(state.facts_scroll, -8),
        Command::PageDown => state.facts_scroll = state.facts_limit.moved(state.facts_scroll, 8),
        Command::NextField | Command::PrevField | Command::Back => state.facts_focused = false,
        _ => return StepOutcome::default(),
    }
    StepOutcome::handled()
}

pub fn view(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &ProvinceState,
    rules: &Rules,
    tr: &Localizer,
) {
    let [title, intro, left, right] = areas(area);
    frame.render_widget(
        Paragraph::new(tr.t("province-title")).style(theme::title()),
        title,
    );
    let intro_lines = view::wrapped_lines("", &tr.t("province-intro"), intro.width, theme::muted());
    frame.render_widget(Paragraph::new(intro_lines), intro);
    render_list(frame, left, app, state, rules, tr);
    render_facts(frame, right, state, rules, tr);
}

/// The title, the intro, the list (with its filter) and the facts of the step's `area`.
fn areas(area: Rect) -> [Rect; 4] {
    let [title, intro, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Fill(1),
    ])
    .areas(area);
    let [left, right] = Layout::horizontal([Constraint::Length(40), Constraint::Fill(1)])
        .spacing(1)
        .areas(body);
    [title, intro, left, right]
}

/// The list (below its filter line) of the step's `area`.
fn list_area(area: Rect) -> Rect {
    let [_, _, left, _] = areas(area);
    let [_, list] = filter_and_list(left);
    list
}

/// The filter line and the list below it.
fn filter_and_list(left: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(left)
}

/// The province a click at (`column`, `row`) of the step's `area` selects, as the pane and
/// row of `Action::SelectIn` (the list scrolled where the drawing keeps it).
pub fn row_at(
    area: Rect,
    state: &ProvinceState,
    rules: &Rules,
    column: u16,
    row: u16,
) -> Option<(usize, usize)> {
    let list = list_area(area);
    if !(list.y..list.bottom()).contains(&row) || !(list.x..list.right()).contains(&column) {
        return None;
    }
    let count = matches(rules, state.filter.value()).len();
    let skip = shown_from(state, count, list.height, Use::Click);
    let index = skip + usize::from(row - list.y);
    (index < count).then_some((LIST, index))
}

/// Whether the offset is looked up for a click or kept by the drawing.
enum Use {
    Click,
    Draw,
}

/// The first of `count` provinces shown in a list `height` rows high.
fn shown_from(state: &ProvinceState, count: usize, height: u16, used: Use) -> usize {
    let height = usize::from(height).max(1);
    let selected = (count > 0).then(|| state.selected.min(count - 1));
    let rows = selected.map(|s| (s, s + 1));
    match used {
        Use::Click => state.list_scroll.shown(count, height, rows),
        Use::Draw => state.list_scroll.drawn(count, height, rows),
    }
}

/// The pane of `Action::SelectIn`: the list of provinces.
const LIST: usize = 0;

fn render_list(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &ProvinceState,
    rules: &Rules,
    tr: &Localizer,
) {
    let [filter_area, list_area] = filter_and_list(area);
    let hint = tr.t("province-filter-hint");
    let label = view::label(tr, &tr.t("province-filter"));
    view::text_field(
        frame,
        filter_area,
        &label,
        &state.filter,
        &hint,
        !state.facts_focused,
    );

    let found = matches(rules, state.filter.value());
    if found.is_empty() {
        let text = tr.ta(
            "province-no-match",
            &[("query", arg_str(state.filter.value()))],
        );
        let lines = view::wrapped_lines("", &text, list_area.width, theme::warning());
        frame.render_widget(Paragraph::new(lines), list_area);
        return;
    }
    let chosen_slug = chosen(app, rules).map(|p| p.slug.clone());
    let items: Vec<ListItem<'_>> = found
        .iter()
        .map(|p| {
            let mark = if Some(&p.slug) == chosen_slug.as_ref() {
                crate::app::view::symbols::current().tick
            } else {
                " "
            };
            let (first, second) = names(p, tr);
            ListItem::new(Line::from(vec![
                Span::raw(format!("{mark} {} {} ", p.code, p.icp_abbr)),
                Span::raw(first.to_string()).add_modifier(Modifier::BOLD),
                Span::raw(" "),
                Span::styled(second.to_string(), theme::muted()),
            ]))
        })
        .collect();
    let list = List::new(items)
        .highlight_style(theme::selected())
        .highlight_symbol(">");
    // From the kept offset, which shows the selection: ratatui's `List` leaves it.
    let offset = shown_from(state, found.len(), list_area.height, Use::Draw);
    let mut list_state = ListState::default()
        .with_offset(offset)
        .with_selected(Some(state.selected));
    frame.render_stateful_widget(list, list_area, &mut list_state);
}

/// The province's name in the UI language first, then in the other language.
fn names<'a>(p: &'a Province, tr: &Localizer) -> (&'a str, &'a str) {
    match tr.lang() {
        crate::i18n::Lang::ZhCn => (&p.name_zh, &p.name_en),
        crate::i18n::Lang::EnUs => (&p.name_en, &p.name_zh),
    }
}

fn render_facts(
    frame: &mut Frame<'_>,
    area: Rect,
    state: &ProvinceState,
    rules: &Rules,
    tr: &Localizer,
) {
    let Some(p) = state.highlighted(rules) else {
        frame.render_widget(
            Block::bordered()
                .border_set(crate::app::view::symbols::current().border)
                .border_style(theme::border()),
            area,
        );
        return;
    };
    let lang = tr.lang();
    let name = names(p, tr).0;
    let width = area.width.saturating_sub(2);
    let mut lines: Vec<Line<'_>> = Vec::new();
    let mut fact = |label_id: &str, value: String| {
        lines.extend(view::fact_lines(
            &view::label(tr, &tr.t(label_id)),
            &value,
            width,
        ));
    };
    let mut abbr = p.icp_abbr.clone();
    if !p.icp_abbr_alt.is_empty() {
        let alt = format!("{} {}", tr.t("province-abbr-alt"), p.icp_abbr_alt.join(" "));
        abbr = format!(
            "{abbr}{}",
            tr.ta("in-parentheses", &[("text", arg_str(&alt))])
        );
    }
    fact("province-code", p.code.clone());
    fact("province-abbr", abbr);
    let individuals = if p.individual_allowed.value {
        "province-individuals-yes"
    } else {
        "province-individuals-no"
    };
    fact("province-individuals", tr.t(individuals));
    let nonlocal = &p.nonlocal_individual;
    let mut nonlocal_text = tr.t(&format!("nonlocal-{}", nonlocal.value.as_str()));
    if let Some(detail) = &nonlocal.detail {
        let detail = tr.ta("in-parentheses", &[("text", arg_str(detail.text(lang)))]);
        nonlocal_text = format!("{nonlocal_text}{detail}");
    }
    fact("province-nonlocal", nonlocal_text);
    let legal_rep = match p.leader_must_be_legal_rep.value {
        Tri::Yes => "province-legal-rep-yes",
        Tri::No => "province-legal-rep-no",
        Tri::Unknown => "province-legal-rep-unknown",
    };
    fact("province-legal-rep", tr.t(legal_rep));
    let validity = p.domain_min_validity_days.as_ref().map_or_else(
        || tr.t("province-unknown"),
        |d| {
            tr.ta(
                "province-domain-validity-days",
                &[("days", arg_num(i64::from(d.value)))],
            )
        },
    );
    fact("province-domain-validity", validity);
    let review_days = i64::from(p.review_working_days.value);
    fact(
        "province-review",
        tr.ta("province-review-days", &[("days", arg_num(review_days))]),
    );
    let mut list = |heading_id: &str, items: Vec<&str>| {
        if items.is_empty() {
            return;
        }
        lines.push(Line::styled(
            view::label(tr, &tr.t(heading_id)),
            theme::label(),
        ));
        for item in items {
            lines.extend(view::wrapped_lines(
                "- ",
                item,
                width,
                ratatui::style::Style::new(),
            ));
        }
    };
    list(
        "province-extra-docs",
        p.extra_documents.iter().map(|d| d.text(lang)).collect(),
    );
    list(
        "province-notes",
        p.notes.iter().map(|n| n.text(lang)).collect(),
    );
    let as_of = newest_fact_date(p).to_string();
    let source = format!(
        "{}{}",
        view::label(tr, &tr.t("province-source")),
        tr.ta("province-as-of", &[("date", arg_str(&as_of))])
    );
    lines.extend(view::wrapped_lines("", &source, width, theme::muted()));
    // Each source by its title and link, so a person can read it.
    for entry in rules.province_sources(p) {
        let text = format!(
            "- {} ({})",
            entry.title_and_link(),
            tr.ta(
                "province-as-of",
                &[("date", arg_str(&entry.date.to_string()))]
            )
        );
        lines.extend(view::wrapped_lines("", &text, width, theme::muted()));
    }
    let title = tr.ta("province-facts", &[("name", arg_str(name))]);
    let block = view::pane(&title, state.facts_focused);
    // Never scrolled past the end; a marker says what is hidden above or below.
    let inner = block.inner(area);
    frame.render_widget(block, area);
    crate::app::view::scroll::render_limited(
        frame,
        inner,
        &lines,
        usize::from(state.facts_scroll),
        &state.facts_limit,
        tr,
    );
}

/// The newest as-of date among the facts shown for a province.
fn newest_fact_date(p: &Province) -> crate::model::Date {
    [
        p.identity.as_of,
        p.individual_allowed.as_of,
        p.review_working_days.as_of,
        p.nonlocal_individual.as_of,
        p.leader_must_be_legal_rep.as_of,
    ]
    .into_iter()
    .chain(p.domain_min_validity_days.as_ref().map(|f| f.as_of))
    .chain(p.notes.iter().map(|n| n.as_of))
    .max()
    .expect("a province has facts")
}
