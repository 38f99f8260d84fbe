//! Step: the document checklist. Each item shows its official Chinese name, what it is, why
//! it is required (with the rule's sources) and how to get it; the user ticks it, attaches a
//! scan and writes a note. Saved in `[checklist]`. Attached scans are checked by the runtime
//! (see `files::scans`), never here.

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::action::{Action, Command};
use crate::app::keys::{Binding, Key};
use crate::app::update::apply_edit;
use crate::app::view::{self, gauge, scroll, symbols, theme};
use crate::engine::{self, ChecklistItem};
use crate::files::{self, Verdict, Verdicts};
use crate::i18n::{Lang, Localizer, arg_num, arg_str};
use crate::model::{Application, ChecklistEntry};
use crate::rules::{Bilingual, Need, Rules};
use crate::ui::text_input::TextInput;
use crate::ui::wrap;

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::{StepContext, StepOutcome, arrow, move_selection};
pub use crate::engine::readiness::{Readiness, Status, readiness, status};

/// Where the keys go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Focus {
    #[default]
    List,
    File,
    Note,
}

#[derive(Debug, Default)]
pub struct DocumentsState {
    pub selected: usize,
    /// Where the list is scrolled (it moves only to keep the selection in view).
    pub list_scroll: scroll::ListScroll,
    pub focus: Focus,
    /// The file or note being edited.
    pub input: TextInput,
    pub detail_scroll: u16,
    /// Verdicts on attached scans by path, filled in by the runtime.
    pub verdicts: Verdicts,
    /// The folder icp-tui was started in (set by the wizard): a relative path is stored
    /// absolute, taken from here, so it still points at the scan when icp-tui starts elsewhere.
    pub working_dir: Option<PathBuf>,
    /// Stored (absolute) path → the path as the user typed it, shown for the rest of the session.
    pub typed_paths: BTreeMap<String, String>,
}

impl DocumentsState {
    pub fn editing(&self) -> bool {
        self.focus != Focus::List
    }

    /// A stored path as the user typed it in this session (else as stored).
    pub fn as_typed<'a>(&'a self, stored: &'a str) -> &'a str {
        self.typed_paths.get(stored).map_or(stored, String::as_str)
    }
}

// ---- The checklist in the application: pure transitions ----

/// Ticks an unticked item and unticks a ticked one. Returns whether anything changed.
pub fn toggle(app: &mut Application, id: &str) -> bool {
    let entry = app.checklist.entry(id.to_string()).or_default();
    entry.done = !entry.done;
    tidy(app, id);
    true
}

/// Attaches a scan (`None` or blank removes it). Returns whether anything changed.
pub fn set_file(app: &mut Application, id: &str, file: Option<&str>) -> bool {
    let file = file.map(str::trim).filter(|f| !f.is_empty());
    edit_entry(app, id, |e| e.file = file.map(str::to_string))
}

/// Writes a note (`None` or blank removes it). Returns whether anything changed.
pub fn set_note(app: &mut Application, id: &str, note: Option<&str>) -> bool {
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    edit_entry(app, id, |e| e.note = note.map(str::to_string))
}

fn edit_entry(app: &mut Application, id: &str, edit: impl FnOnce(&mut ChecklistEntry)) -> bool {
    let before = app.checklist.get(id).cloned();
    edit(app.checklist.entry(id.to_string()).or_default());
    tidy(app, id);
    app.checklist.get(id) != before.as_ref()
}

/// An entry that says nothing (not done, no file, no note, no unknown keys) is not kept.
fn tidy(app: &mut Application, id: &str) {
    if app
        .checklist
        .get(id)
        .is_some_and(|e| *e == ChecklistEntry::default())
    {
        app.checklist.remove(id);
    }
}

// ---- Keys ----

const LIST_BINDINGS: &[Binding] = &[
    Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-move"),
    Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-move"),
    Binding::new(&[Key::ch(' ')], Command::Toggle, "documents-key-tick"),
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Command::Confirm,
        "documents-key-attach",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Tab)],
        Command::NextField,
        "documents-key-attach",
    ),
    Binding::new(
        &[Key::plain(KeyCode::BackTab)],
        Command::PrevField,
        "documents-key-note",
    )
    .help_only(),
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
    Binding::new(&[Key::plain(KeyCode::Home)], Command::First, "key-move").help_only(),
    Binding::new(&[Key::plain(KeyCode::End)], Command::Last, "key-move").help_only(),
];

const EDIT_BINDINGS: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Command::Confirm,
        "key-confirm",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Tab)],
        Command::NextField,
        "documents-key-next-field",
    ),
    Binding::new(
        &[Key::plain(KeyCode::BackTab)],
        Command::PrevField,
        "documents-key-next-field",
    )
    .help_only(),
];

pub fn bindings(state: &DocumentsState) -> &'static [Binding] {
    if state.editing() {
        EDIT_BINDINGS
    } else {
        LIST_BINDINGS
    }
}

// ---- Update ----

pub fn update(
    app: &mut Application,
    state: &mut DocumentsState,
    action: &Action,
    context: &StepContext<'_>,
) -> StepOutcome {
    let ids = item_ids(app, context.rules);
    state.selected = state.selected.min(ids.len().saturating_sub(1));
    let Some(id) = ids.get(state.selected).cloned() else {
        state.focus = Focus::List;
        return StepOutcome::default();
    };
    if state.editing() {
        return update_field(app, state, &id, action);
    }
    match *action {
        // A click on a row of the list (`row_at`).
        Action::SelectIn { pane: LIST, index } if index < ids.len() => {
            state.selected = index;
            state.detail_scroll = 0;
            return StepOutcome::handled();
        }
        // The wheel over the list moves the selection; over the detail, scrolls it.
        Action::Scroll { pane: LIST, down } => {
            state.selected = move_selection(state.selected, ids.len(), arrow(down));
            state.list_scroll.follow(state.selected);
            state.detail_scroll = 0;
            return StepOutcome::handled();
        }
        Action::Scroll { pane: DETAIL, down } => {
            state.detail_scroll = if down {
                state.detail_scroll.saturating_add(1)
            } else {
                state.detail_scroll.saturating_sub(1)
            };
            return StepOutcome::handled();
        }
        _ => {}
    }
    let Action::Command(command) = action else {
        return StepOutcome::default();
    };
    match command {
        Command::Up | Command::Down | Command::First | Command::Last => {
            state.selected = move_selection(state.selected, ids.len(), *command);
            state.list_scroll.follow(state.selected);
            state.detail_scroll = 0;
            StepOutcome::handled()
        }
        Command::PageUp => {
            state.detail_scroll = state.detail_scroll.saturating_sub(5);
            StepOutcome::handled()
        }
        Command::PageDown => {
            state.detail_scroll = state.detail_scroll.saturating_add(5);
            StepOutcome::handled()
        }
        Command::Toggle => {
            toggle(app, &id);
            StepOutcome::changed()
        }
        Command::Confirm | Command::NextField => {
            start_editing(app, state, &id, Focus::File);
            StepOutcome::handled()
        }
        Command::PrevField => {
            start_editing(app, state, &id, Focus::Note);
            StepOutcome::handled()
        }
        _ => StepOutcome::default(),
    }
}

fn item_ids(app: &Application, rules: &Rules) -> Vec<String> {
    engine::checklist(app, rules)
        .iter()
        .map(|i| i.rule.id.clone())
        .collect()
}

/// Writes a half-typed scan path or note when the app quits (Ctrl+C or a signal): every other
/// field keeps each key as it is typed, so these do too.
pub fn commit_pending(app: &mut Application, state: &mut DocumentsState, rules: &Rules) {
    if !state.editing() {
        return;
    }
    let ids = item_ids(app, rules);
    if let Some(id) = ids.get(state.selected.min(ids.len().saturating_sub(1))) {
        commit(app, state, id);
    }
    state.focus = Focus::List;
}

fn start_editing(app: &Application, state: &mut DocumentsState, id: &str, focus: Focus) {
    let entry = app.checklist.get(id);
    let value = match focus {
        Focus::File => entry
            .and_then(|e| e.file.as_deref())
            .map(|stored| state.as_typed(stored).to_string()),
        Focus::Note => entry.and_then(|e| e.note.clone()),
        Focus::List => None,
    };
    state.input = TextInput::new(value.unwrap_or_default());
    state.focus = focus;
}

/// Writes the field being edited. A changed path loses its old verdict so the runtime
/// checks the file again.
fn commit(app: &mut Application, state: &mut DocumentsState, id: &str) -> bool {
    let value = state.input.value().to_string();
    match state.focus {
        Focus::File => {
            let typed = value.trim();
            let stored = files::absolute(typed, state.working_dir.as_deref());
            state.verdicts.remove(&stored);
            if stored != typed {
                state.typed_paths.insert(stored.clone(), typed.to_string());
            }
            set_file(app, id, Some(&stored))
        }
        Focus::Note => set_note(app, id, Some(&value)),
        Focus::List => false,
    }
}

fn update_field(
    app: &mut Application,
    state: &mut DocumentsState,
    id: &str,
    action: &Action,
) -> StepOutcome {
    let outcome = |changed: bool| StepOutcome {
        handled: true,
        changed,
        go_to: None,
        ..StepOutcome::default()
    };
    match action {
        Action::Edit(edit) => {
            apply_edit(&mut state.input, edit.clone());
            StepOutcome::handled()
        }
        Action::Command(Command::Confirm) => {
            let changed = commit(app, state, id);
            state.focus = Focus::List;
            outcome(changed)
        }
        Action::Command(Command::NextField | Command::PrevField) => {
            let changed = commit(app, state, id);
            let next = match (state.focus, action) {
                (Focus::File, Action::Command(Command::NextField)) => Focus::Note,
                (Focus::Note, Action::Command(Command::PrevField)) => Focus::File,
                _ => Focus::List,
            };
            if next == Focus::List {
                state.focus = Focus::List;
            } else {
                start_editing(app, state, id, next);
            }
            outcome(changed)
        }
        Action::Command(Command::Back) => {
            state.focus = Focus::List;
            StepOutcome::handled()
        }
        // Leaving the step keeps what was typed, like leaving any form field.
        Action::Command(Command::NextStep | Command::PrevStep) => {
            let changed = commit(app, state, id);
            state.focus = Focus::List;
            StepOutcome {
                handled: false,
                changed,
                go_to: None,
                ..StepOutcome::default()
            }
        }
        _ => StepOutcome::default(),
    }
}

// ---- View ----

pub fn view(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &DocumentsState,
    rules: &Rules,
    tr: &Localizer,
) {
    let today = app.meta.updated.as_ref().map(|i| i.china_date());
    render(
        frame,
        area,
        &engine::checklist_with_scans(app, rules, today, &state.verdicts),
        state,
        rules,
        tr,
    );
}

/// Draws a checklist (given, so tests can draw constructed items).
pub fn render(
    frame: &mut Frame<'_>,
    area: Rect,
    items: &[ChecklistItem<'_>],
    state: &DocumentsState,
    rules: &Rules,
    tr: &Localizer,
) {
    let (verdict, [head, list_area, detail_area, fields]) = areas(area, items, state, tr);
    render_readiness(frame, head, items, tr);
    if items.is_empty() {
        let text = [Line::styled(tr.t("documents-empty"), theme::muted())];
        let area = list_area.union(detail_area);
        scroll::render(frame, area, &text, 0, tr);
        return;
    }
    let selected = state.selected.min(items.len() - 1);
    render_list(frame, list_area, items, selected, state, tr);
    render_detail(frame, detail_area, &items[selected], state, rules, tr);
    render_fields(frame, fields, &items[selected], state, verdict, tr);
}

/// The verdict on the selected item's scan, and the rows of the step: the readiness line,
/// the list, the detail and the fields (a long verdict wraps: the fields take its rows).
fn areas(
    area: Rect,
    items: &[ChecklistItem<'_>],
    state: &DocumentsState,
    tr: &Localizer,
) -> (Vec<Line<'static>>, [Rect; 4]) {
    let verdict = match items.get(state.selected.min(items.len().saturating_sub(1))) {
        Some(item) => scan_verdict(item, state, area.width, tr),
        None => Vec::new(),
    };
    let rows = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(2),
        Constraint::Fill(3),
        Constraint::Length(2 + verdict.len().max(1) as u16),
    ])
    .areas(area);
    (verdict, rows)
}

/// The panes of `Action::SelectIn` and `Action::Scroll`.
const LIST: usize = 0;
const DETAIL: usize = 1;

/// The document a click at screen row `row` of `view`'s `area` selects (in pane `LIST`),
/// while the list has the keys (not while a file or note is typed).
pub fn row_at(
    area: Rect,
    app: &Application,
    state: &DocumentsState,
    rules: &Rules,
    tr: &Localizer,
    row: u16,
) -> Option<(usize, usize)> {
    let items = engine::checklist(app, rules);
    if items.is_empty() || state.editing() {
        return None;
    }
    let (_, [_, list_area, _, _]) = areas(area, &items, state, tr);
    let selected = state.selected.min(items.len() - 1);
    let index = scroll::item_at(
        list_area,
        &rows(&items, state, tr),
        Some(selected),
        &state.list_scroll,
        row,
    )?;
    Some((LIST, index))
}

/// The pane under screen row `row` of `view`'s `area` (the wheel): the list or the detail,
/// while the list has the keys.
pub fn pane_at(
    area: Rect,
    app: &Application,
    state: &DocumentsState,
    rules: &Rules,
    tr: &Localizer,
    row: u16,
) -> Option<usize> {
    let items = engine::checklist(app, rules);
    if items.is_empty() || state.editing() {
        return None;
    }
    let (_, [_, list_area, detail_area, _]) = areas(area, &items, state, tr);
    let inside = |r: Rect| (r.y..r.bottom()).contains(&row);
    if inside(list_area) {
        Some(LIST)
    } else if inside(detail_area) {
        Some(DETAIL)
    } else {
        None
    }
}

fn render_readiness(
    frame: &mut Frame<'_>,
    area: Rect,
    items: &[ChecklistItem<'_>],
    tr: &Localizer,
) {
    let r = readiness(items);
    let mut spans = vec![Span::styled(tr.t("documents-title"), theme::title())];
    if items.is_empty() {
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
        return;
    }
    spans.push(Span::raw("  "));
    let style = if r.done == r.required {
        theme::ok()
    } else {
        theme::warning()
    };
    spans.push(Span::styled(
        gauge::bar(gauge::ratio(r.done, r.required), 16),
        style,
    ));
    spans.push(Span::raw(" "));
    spans.push(Span::raw(tr.ta(
        "documents-ready",
        &[
            ("done", arg_num(r.done as i64)),
            ("total", arg_num(r.required as i64)),
        ],
    )));
    if r.no_longer_required > 0 {
        spans.push(Span::styled(
            format!(
                "  ({})",
                tr.ta(
                    "documents-kept",
                    &[("count", arg_num(r.no_longer_required as i64))]
                )
            ),
            theme::muted(),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn verdict_of<'s>(item: &ChecklistItem<'_>, state: &'s DocumentsState) -> Option<&'s Verdict> {
    item.file.as_deref().and_then(|f| state.verdicts.get(f))
}

/// The list's rows, one per document.
fn rows<'a>(
    items: &'a [ChecklistItem<'_>],
    state: &DocumentsState,
    tr: &Localizer,
) -> Vec<Line<'a>> {
    items
        .iter()
        .map(|item| {
            let status = status(item);
            let mark = if item.done { "[x] " } else { "[ ] " };
            let mut spans = vec![
                Span::raw(mark),
                Span::raw(item.rule.name_zh.clone()).add_modifier(Modifier::BOLD),
            ];
            if tr.lang() == Lang::EnUs {
                spans.push(Span::styled(
                    format!("  {}", item.rule.name_en),
                    theme::muted(),
                ));
            }
            if item.rule.need == Need::IfApplicable {
                spans.push(Span::styled(
                    format!("  ({})", tr.t("documents-if-applicable")),
                    theme::muted(),
                ));
            }
            if status == Status::NoLongerRequired {
                spans.push(Span::styled(
                    format!("  ({})", tr.t("documents-not-required")),
                    theme::warning(),
                ));
            }
            if item.file.is_some() {
                let (text, style) = match verdict_of(item, state) {
                    Some(v) if v.is_usable() => {
                        (symbols::in_text(&tr.t("documents-scan-ok")), theme::ok())
                    }
                    Some(_) => (
                        symbols::in_text(&tr.t("documents-scan-bad")),
                        theme::error(),
                    ),
                    None => (tr.t("documents-scan-unchecked"), theme::muted()),
                };
                spans.push(Span::styled(format!("  {text}"), style));
            }
            let row = Line::from(spans);
            if status == Status::NoLongerRequired {
                row.style(Style::new().add_modifier(Modifier::DIM))
            } else {
                row
            }
        })
        .collect()
}

fn render_list(
    frame: &mut Frame<'_>,
    area: Rect,
    items: &[ChecklistItem<'_>],
    selected: usize,
    state: &DocumentsState,
    tr: &Localizer,
) {
    let rows = rows(items, state, tr);
    // Long names wrap under their own text rather than being cut at the edge.
    let highlight = if state.editing() {
        theme::label()
    } else {
        theme::selected()
    };
    scroll::render_items(
        frame,
        area,
        &rows,
        Some(selected),
        highlight,
        &state.list_scroll,
        tr,
    );
}

fn render_detail(
    frame: &mut Frame<'_>,
    area: Rect,
    item: &ChecklistItem<'_>,
    state: &DocumentsState,
    rules: &Rules,
    tr: &Localizer,
) {
    let lang = tr.lang();
    let rule = item.rule;
    let mut lines: Vec<Line<'_>> = Vec::new();
    if status(item) == Status::NoLongerRequired {
        lines.push(Line::styled(
            tr.t("documents-not-required-detail"),
            theme::warning(),
        ));
    }
    if rule.need == Need::IfApplicable {
        lines.push(Line::styled(
            tr.t("documents-if-applicable-detail"),
            theme::muted(),
        ));
    }
    lines.push(Line::raw(rule.explain.text(lang).to_string()));
    let labelled = |label: String, text: String| {
        Line::from(vec![
            Span::styled(view::label(tr, &label), theme::label()),
            Span::raw(text),
        ])
    };
    lines.push(labelled(tr.t("documents-why"), rule.why.text(lang).into()));
    // "These provinces …" names them: the list the rule applies in.
    if !rule.when.provinces.is_empty() {
        lines.push(labelled(
            tr.t("habits-documents-provinces"),
            crate::report::province_names(rules, &rule.when.provinces, lang),
        ));
    }
    lines.push(labelled(tr.t("documents-how"), rule.how.text(lang).into()));
    let sources: Vec<String> = rule
        .source
        .iter()
        .map(|key| match rules.source_entry(key) {
            Some(s) => format!("{} ({})", s.title_and_link(), s.date),
            None => format!("[{key}]"),
        })
        .collect();
    lines.push(Line::from(vec![
        Span::styled(view::label(tr, &tr.t("documents-source")), theme::muted()),
        Span::styled(
            format!(
                "{}; {}",
                tr.ta(
                    "documents-as-of",
                    &[("date", arg_str(&rule.as_of.to_string()))]
                ),
                sources.join("; ")
            ),
            theme::muted(),
        ),
    ]));
    let title = match lang {
        Lang::ZhCn => rule.name_zh.clone(),
        Lang::EnUs => format!("{} - {}", rule.name_zh, rule.name_en),
    };
    let block = view::pane(&title, false);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    scroll::render(frame, inner, &lines, usize::from(state.detail_scroll), tr);
}

/// What the check of the attached scan found, wrapped to `width` under its mark.
fn scan_verdict(
    item: &ChecklistItem<'_>,
    state: &DocumentsState,
    width: u16,
    tr: &Localizer,
) -> Vec<Line<'static>> {
    let (text, style) = match (&item.file, verdict_of(item, state)) {
        (None, _) => (tr.t("documents-file-none"), theme::muted()),
        (Some(_), None) => (tr.t("documents-file-unchecked"), theme::muted()),
        (Some(_), Some(v)) => {
            let args = match v {
                Verdict::Usable(kind) => vec![("kind", arg_str(&kind.as_str().to_uppercase()))],
                Verdict::Renamed { named, actual } => vec![
                    ("named", arg_str(named.as_str())),
                    ("actual", arg_str(&actual.as_str().to_uppercase())),
                ],
                _ => Vec::new(),
            };
            let text = tr.ta(&format!("documents-file-{}", v.code()), &args);
            match v {
                Verdict::Usable(_) => (format!("{} {text}", symbols::current().tick), theme::ok()),
                Verdict::Renamed { .. } => (
                    format!("{} {text}", symbols::current().tick),
                    theme::warning(),
                ),
                _ => (
                    format!("{} {text}", symbols::current().cross),
                    theme::error(),
                ),
            }
        }
    };
    wrap::wrap_line(
        &Line::styled(format!("  {text}"), style),
        usize::from(width),
    )
}

fn render_fields(
    frame: &mut Frame<'_>,
    area: Rect,
    item: &ChecklistItem<'_>,
    state: &DocumentsState,
    verdict: Vec<Line<'static>>,
    tr: &Localizer,
) {
    let [file_area, verdict_area, note_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let shown = |focus: Focus, saved: &Option<String>| {
        if state.focus == focus {
            state.input.clone()
        } else {
            let saved = saved.as_deref().unwrap_or_default();
            let saved = if focus == Focus::File {
                state.as_typed(saved)
            } else {
                saved
            };
            TextInput::new(saved)
        }
    };
    view::text_field(
        frame,
        file_area,
        &view::label(tr, &tr.t("documents-file")),
        &shown(Focus::File, &item.file),
        &tr.t("documents-file-hint"),
        state.focus == Focus::File,
    );
    // While the path is edited, the verdict on the saved path would mislead.
    if state.focus != Focus::File {
        frame.render_widget(Paragraph::new(verdict), verdict_area);
    }
    view::text_field(
        frame,
        note_area,
        &view::label(tr, &tr.t("documents-note")),
        &shown(Focus::Note, &item.note),
        &tr.t("documents-note-hint"),
        state.focus == Focus::Note,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Instant;

    fn app() -> Application {
        Application::new("t", Instant::parse("2026-11-20T09:30:00+08:00").unwrap())
    }

    fn item<'r>(id: &str, required: bool, app: &Application) -> ChecklistItem<'r> {
        let rule = Rules::builtin()
            .document(id)
            .expect("a document of the rules");
        let entry = app.checklist.get(id);
        ChecklistItem {
            reason: Default::default(),
            rule,
            required,
            done: entry.is_some_and(|e| e.done),
            file: entry.and_then(|e| e.file.clone()),
            note: entry.and_then(|e| e.note.clone()),
            scan: None,
        }
    }

    #[test]
    fn tick_and_untick() {
        let mut app = app();
        assert!(toggle(&mut app, "subject.id_card"));
        assert!(app.checklist["subject.id_card"].done);
        assert!(toggle(&mut app, "subject.id_card"));
        // Unticked and nothing else said: the entry goes away rather than saying `done = false`.
        assert!(!app.checklist.contains_key("subject.id_card"));
    }

    #[test]
    fn unticking_keeps_a_file_and_a_note() {
        let mut app = app();
        toggle(&mut app, "subject.id_card");
        assert!(set_file(
            &mut app,
            "subject.id_card",
            Some(" scans/id.jpg ")
        ));
        assert!(set_note(
            &mut app,
            "subject.id_card",
            Some("front and back")
        ));
        assert!(!set_note(
            &mut app,
            "subject.id_card",
            Some("front and back")
        ));
        toggle(&mut app, "subject.id_card");
        let entry = &app.checklist["subject.id_card"];
        assert!(!entry.done);
        assert_eq!(entry.file.as_deref(), Some("scans/id.jpg"));
        assert_eq!(entry.note.as_deref(), Some("front and back"));
        assert!(set_file(&mut app, "subject.id_card", Some("  ")));
        assert!(set_note(&mut app, "subject.id_card", None));
        assert!(!app.checklist.contains_key("subject.id_card"));
    }

    #[test]
    fn unknown_keys_of_an_entry_are_never_dropped() {
        let mut app = app();
        let mut entry = ChecklistEntry::default();
        entry.extra.insert("reviewed_by".into(), "li".into());
        app.checklist.insert("subject.id_card".into(), entry);
        toggle(&mut app, "subject.id_card");
        toggle(&mut app, "subject.id_card");
        assert!(
            app.checklist["subject.id_card"]
                .extra
                .contains_key("reviewed_by")
        );
    }

    #[test]
    fn an_item_no_longer_required_keeps_its_tick_and_says_so() {
        let mut app = app();
        toggle(&mut app, "subject.id_card");
        toggle(&mut app, "subject.business_license");
        // The subject became an enterprise: the ID card is no longer required.
        let items = [
            item("subject.id_card", false, &app),
            item("subject.business_license", true, &app),
            item("leader.id_card", true, &app),
        ];
        assert_eq!(status(&items[0]), Status::NoLongerRequired);
        assert!(items[0].done);
        assert_eq!(status(&items[1]), Status::Done);
        assert_eq!(status(&items[2]), Status::Open);
        assert_eq!(
            readiness(&items),
            Readiness {
                done: 1,
                required: 2,
                no_longer_required: 1
            }
        );
        // Unticking it is the user's choice, and is saved like any other.
        assert!(toggle(&mut app, "subject.id_card"));
        assert!(!app.checklist.contains_key("subject.id_card"));
    }
}
