//! Step: each website's domain against the real-name rules. The engine's items are shown as
//! passed / failed / unknown or not checked (✓ / ✗ / ?), each with its sources; the registrant and the subject side by side with
//! their differences marked; each failed item with what to do at the registrar.

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::action::{Action, Command};
use crate::app::keys::{Binding, Key};
use crate::app::view::{self, theme};
use crate::engine::{self, DomainCheck, DomainItem, Outcome};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::{Application, Instant};
use crate::rules::Rules;

use super::finding_text;
use super::name_diff::{self, Marked};
use super::{StepContext, StepOutcome};

#[derive(Debug, Default)]
pub struct DomainsState {
    /// Index into `websites`.
    pub website: usize,
    pub scroll: u16,
    /// How far `scroll` can go, as last drawn.
    pub scroll_limit: crate::app::view::scroll::ScrollLimit,
    /// The online checks' panel (`o`).
    pub online: super::online::OnlinePanel,
}

/// The Fluent id suffix of an item (`domains-item-<key>`).
pub fn item_key(item: DomainItem) -> &'static str {
    item.as_str()
}

const BINDINGS: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Tab), Key::plain(KeyCode::Right)],
        Command::NextField,
        "domains-key-website",
    ),
    Binding::new(
        &[Key::plain(KeyCode::BackTab), Key::plain(KeyCode::Left)],
        Command::PrevField,
        "domains-key-website",
    )
    .help_only(),
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
    Binding::new(&[Key::plain(KeyCode::Home)], Command::First, "key-scroll").help_only(),
];

pub fn bindings(_: &DomainsState) -> &'static [Binding] {
    BINDINGS
}

pub fn update(
    app: &mut Application,
    state: &mut DomainsState,
    action: &Action,
    _: &StepContext<'_>,
) -> StepOutcome {
    let count = app.websites.len();
    state.website = state.website.min(count.saturating_sub(1));
    if let Some(outcome) = super::online::update(app, &mut state.online, state.website, action) {
        return outcome;
    }
    let command = match *action {
        Action::SelectIn { pane: TABS, index } if index < count => {
            state.website = index;
            state.scroll = 0;
            return StepOutcome::handled();
        }
        Action::Scroll { pane: CHECKS, down } => &super::arrow(down),
        Action::Command(ref command) => command,
        _ => return StepOutcome::default(),
    };
    match command {
        Command::NextField if count > 0 => {
            state.website = (state.website + 1) % count;
            state.scroll = 0;
        }
        Command::PrevField if count > 0 => {
            state.website = (state.website + count - 1) % count;
            state.scroll = 0;
        }
        Command::Up => state.scroll = state.scroll_limit.moved(state.scroll, -1),
        Command::Down => state.scroll = state.scroll_limit.moved(state.scroll, 1),
        Command::PageUp => state.scroll = state.scroll_limit.moved(state.scroll, -8),
        Command::PageDown => state.scroll = state.scroll_limit.moved(state.scroll, 8),
        Command::First => state.scroll = 0,
        _ => return StepOutcome::default(),
    }
    StepOutcome::handled()
}

pub fn view(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &DomainsState,
    now: &Instant,
    rules: &Rules,
    tr: &Localizer,
) {
    let index = state.website.min(app.websites.len().saturating_sub(1));
    let checks = engine::domain_checks(app, index, rules, now);
    render(frame, area, app, &checks, state, rules, tr);
}

/// Draws the domain checks of `websites[state.website]` (given, so tests can draw
/// constructed checks).
pub fn render(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    checks: &[DomainCheck],
    state: &DomainsState,
    rules: &Rules,
    tr: &Localizer,
) {
    let [title, tabs, body] = rows(area);
    frame.render_widget(
        Paragraph::new(tr.t("domains-title")).style(theme::title()),
        title,
    );
    if app.websites.is_empty() {
        let text = [Line::styled(tr.t("domains-no-websites"), theme::muted())];
        let area = tabs.union(body);
        crate::app::view::scroll::render(frame, area, &text, 0, tr);
        return;
    }
    let index = state.website.min(app.websites.len() - 1);
    render_tabs(frame, tabs, app, index, tr);
    // Once asked for, the online panel comes first: its question must be on screen.
    let mut lines = super::online::lines(app, &state.online, index, tr);
    lines.extend(self::lines(app, index, checks, rules, tr));
    crate::app::view::scroll::render_limited(
        frame,
        body,
        &lines,
        usize::from(state.scroll),
        &state.scroll_limit,
        tr,
    );
}

/// The title, the websites' tabs and the checks.
fn rows(area: Rect) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area)
}

/// The pane of `Action::SelectIn` (the tabs) and `Action::Scroll` (the checks).
const TABS: usize = 0;
const CHECKS: usize = 1;

/// The website whose tab a click at (`column`, `row`) of `view`'s `area` opens.
pub fn row_at(
    area: Rect,
    app: &Application,
    state: &DomainsState,
    tr: &Localizer,
    column: u16,
    row: u16,
) -> Option<(usize, usize)> {
    let [_, tabs, _] = rows(area);
    if row != tabs.y || app.websites.is_empty() || column < tabs.x {
        return None;
    }
    let index = state.website.min(app.websites.len() - 1);
    let mut x = tabs.x;
    for (i, text) in tab_texts(app, index, tr).iter().enumerate() {
        let width = text.width() as u16;
        if (x..x + width).contains(&column) && column < tabs.right() {
            return Some((TABS, i));
        }
        // The space between tabs opens none.
        x = x.saturating_add(width + 1);
    }
    None
}

/// The pane under screen row `row` of `view`'s `area` (the wheel): the checks.
pub fn pane_at(area: Rect, app: &Application, row: u16) -> Option<usize> {
    let [_, _, body] = rows(area);
    (!app.websites.is_empty() && (body.y..body.bottom()).contains(&row)).then_some(CHECKS)
}

/// The tabs' texts: the current website in brackets (for terminals without colour).
fn tab_texts(app: &Application, index: usize, tr: &Localizer) -> Vec<String> {
    app.websites
        .iter()
        .enumerate()
        .map(|(i, site)| {
            let name = site
                .domain
                .clone()
                .or_else(|| site.name.clone())
                .unwrap_or_else(|| tr.ta("domains-website-n", &[("n", arg_num(i as i64 + 1))]));
            if i == index {
                format!("[{} {name}]", i + 1)
            } else {
                format!(" {} {name} ", i + 1)
            }
        })
        .collect()
}

fn render_tabs(frame: &mut Frame<'_>, area: Rect, app: &Application, index: usize, tr: &Localizer) {
    let mut spans = Vec::new();
    for (i, text) in tab_texts(app, index, tr).into_iter().enumerate() {
        let style = if i == index {
            theme::step_current()
        } else {
            theme::step_other()
        };
        spans.push(Span::styled(text, style));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Everything about one website's domain, as lines to scroll through.
fn lines<'a>(
    app: &'a Application,
    index: usize,
    checks: &[DomainCheck],
    rules: &Rules,
    tr: &Localizer,
) -> Vec<Line<'a>> {
    let site = &app.websites[index];
    let mut out = Vec::new();
    if site.domain.is_none() {
        out.push(Line::styled(tr.t("domains-no-domain"), theme::warning()));
    }
    let passed = checks
        .iter()
        .filter(|c| matches!(c.outcome, Outcome::Passed | Outcome::PassedAfterNormalizing))
        .count();
    let failed = checks
        .iter()
        .filter(|c| matches!(c.outcome, Outcome::Failed(_)))
        .count();
    let unknown = checks.len() - passed - failed;
    out.push(Line::styled(
        tr.ta(
            "domains-summary",
            &[
                ("passed", arg_num(passed as i64)),
                ("failed", arg_num(failed as i64)),
                ("unknown", arg_num(unknown as i64)),
            ],
        ),
        if failed > 0 {
            theme::error()
        } else if unknown > 0 {
            theme::warning()
        } else {
            theme::ok()
        },
    ));
    out.push(Line::raw(""));
    comparison(app, index, checks, tr, &mut out);
    out.push(Line::raw(""));
    if checks.is_empty() {
        out.push(Line::styled(tr.t("domains-no-checks"), theme::muted()));
    }
    for check in checks {
        let label = tr.t(&format!("domains-item-{}", item_key(check.item)));
        match &check.outcome {
            Outcome::Passed => out.push(Line::styled(
                format!(
                    "{sym} {label}",
                    sym = crate::app::view::symbols::current().tick
                ),
                theme::ok(),
            )),
            Outcome::PassedAfterNormalizing => {
                out.push(Line::styled(
                    format!(
                        "{sym} {label}",
                        sym = crate::app::view::symbols::current().tick
                    ),
                    theme::ok(),
                ));
                out.push(Line::styled(
                    format!("    {}", tr.t("domains-equal-after-normalizing")),
                    theme::muted(),
                ));
            }
            Outcome::Unknown => out.push(Line::styled(
                format!("? {label} - {}", tr.t("domains-unknown")),
                theme::warning(),
            )),
            Outcome::NotChecked(finding) => {
                out.push(Line::styled(
                    format!("? {label} - {}", tr.t("domains-not-checked")),
                    theme::warning(),
                ));
                explain(finding, rules, tr, &mut out);
            }
            Outcome::Failed(finding) => {
                out.push(Line::styled(
                    format!(
                        "{sym} {label}",
                        sym = crate::app::view::symbols::current().cross
                    ),
                    theme::error(),
                ));
                explain(finding, rules, tr, &mut out);
            }
        }
        for basis in &check.basis {
            out.push(Line::from(vec![
                Span::styled(
                    format!("    {}", view::label(tr, &tr.t("domains-source"))),
                    theme::muted(),
                ),
                Span::styled(
                    tr.ta(
                        "domains-source-line",
                        &[
                            ("what", arg_str(&basis.what)),
                            ("date", arg_str(&basis.as_of.to_string())),
                        ],
                    ),
                    theme::muted(),
                ),
            ]));
        }
    }
    out
}

/// A failed or unchecked item's message and what to do at the registrar.
fn explain(
    finding: &crate::engine::Finding,
    rules: &Rules,
    tr: &Localizer,
    out: &mut Vec<Line<'_>>,
) {
    out.push(Line::raw(format!(
        "    {}",
        finding_text::message(finding, rules, tr)
    )));
    if let Some(fix) = finding_text::fix(finding, rules, tr) {
        out.push(Line::from(vec![
            Span::styled(
                format!("    {}", view::label(tr, &tr.t("domains-fix"))),
                theme::label(),
            ),
            Span::raw(fix),
        ]));
    }
}

/// Registrant and subject one above the other, each with a marker line under it.
fn comparison<'a>(
    app: &'a Application,
    index: usize,
    checks: &[DomainCheck],
    tr: &Localizer,
    out: &mut Vec<Line<'a>>,
) {
    let registrant = app.websites[index].registration.registrant.as_deref();
    let subject = app.subject.name.as_deref();
    out.push(Line::styled(tr.t("domains-compare-title"), theme::label()));
    let labels = [tr.t("domains-registrant"), tr.t("domains-subject")];
    let width = labels.iter().map(|l| l.width()).max().unwrap_or(0) + 2;
    let pad = |label: &str| {
        // The language's separator (": " or "："), padded so that both values line up.
        let shown = view::label(tr, label);
        format!(
            "  {shown}{}",
            " ".repeat(width.saturating_sub(shown.width()))
        )
    };
    let indent = " ".repeat(width + 2);
    let (Some(registrant), Some(subject)) = (registrant, subject) else {
        for (label, value) in labels.iter().zip([registrant, subject]) {
            let shown = value.map_or_else(
                || Span::styled(tr.t("domains-not-entered"), theme::warning()),
                |v| Span::raw(v.to_string()),
            );
            out.push(Line::from(vec![Span::raw(pad(label)), shown]));
        }
        return;
    };
    let (left, right, verdict) = name_diff::compare(registrant, subject);
    let mut push = |label: &str, marked: &Marked| {
        out.push(Line::from(vec![
            Span::raw(pad(label)),
            Span::raw(
                marked
                    .parts
                    .iter()
                    .map(|(s, _)| s.as_str())
                    .collect::<String>(),
            ),
        ]));
        let markers = marked.marker_line();
        if !markers.is_empty() {
            out.push(Line::styled(format!("{indent}{markers}"), theme::warning()));
        }
    };
    push(&labels[0], &left);
    push(&labels[1], &right);
    // The engine decides whether they match (a province may accept the legal representative
    // as registrant); without its answer the comparison speaks for itself.
    let engine_says = checks
        .iter()
        .find(|c| c.item == DomainItem::RegistrantMatches)
        .map(|c| &c.outcome);
    let (id, style) = match (engine_says, verdict) {
        (Some(Outcome::PassedAfterNormalizing), _)
        | (None | Some(Outcome::Unknown), name_diff::Verdict::SameAfterNormalizing) => {
            ("domains-compare-normalized", theme::ok())
        }
        (Some(Outcome::Passed), _) | (None | Some(Outcome::Unknown), name_diff::Verdict::Same) => {
            ("domains-compare-same", theme::ok())
        }
        _ => ("domains-compare-differs", theme::error()),
    };
    out.push(Line::styled(format!("  {}", tr.t(id)), style));
    if verdict != name_diff::Verdict::Same {
        out.push(Line::styled(
            format!("  {}", tr.t("domains-compare-legend")),
            theme::muted(),
        ));
    }
}
