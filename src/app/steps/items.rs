//! A list of items of the filing that each open in a form (websites, apps): the selection,
//! adding, editing, removing after y/n, a click on a row, and the list screen with the items'
//! findings. Each kind says what differs through `Items`.

use std::marker::PhantomData;

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Stylize;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use crate::app::action::{Action, Command};
use crate::app::form::view::{
    Form, any_answered, findings_panel, findings_panel_height, label_for, render_step,
    step_field_at,
};
use crate::app::form::{Field, FormState, covers};
use crate::app::keys::{Binding, Key};
use crate::app::view::{self, theme};
use crate::engine::{Finding, Report, Severity};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::Application;
use crate::rules::Rules;

use super::{StepOutcome, move_selection};

/// The message ids of a list screen.
pub struct Messages {
    pub title: &'static str,
    pub intro: &'static str,
    pub empty: &'static str,
    /// The removal question (`$name`).
    pub remove: &'static str,
    /// The editor's title (`$n`, `$count`, `$name`).
    pub edit_title: &'static str,
}

/// What a kind of item brings to the shared list.
pub trait Items {
    /// The list's key in the file: an item's fields are `KEY[i].…`.
    const KEY: &'static str;
    const MESSAGES: Messages;
    /// Rows of the intro above the list.
    const INTRO_ROWS: u16;
    type Item;
    /// The kind's own UI state beside the list's.
    type Extra: std::fmt::Debug + Default;
    fn items(app: &Application) -> &[Self::Item];
    fn items_mut(app: &mut Application) -> &mut Vec<Self::Item>;
    /// What `n` adds.
    fn new_item() -> Self::Item;
    fn fields(app: &Application, rules: &Rules, i: usize) -> Vec<Field>;
    /// The item's name for lists and titles.
    fn title(item: &Self::Item, i: usize, tr: &Localizer) -> String;
    /// What the list shows after the name, muted.
    fn summary(item: &Self::Item, tr: &Localizer) -> String;
    /// An item opens in the editor: forget what `Extra` held about the last one.
    fn opened(_: &mut Self::Extra) {}
}

#[derive(Debug, Default)]
pub struct ItemsState<K: Items> {
    /// Highlighted item in the list.
    pub selected: usize,
    /// The item open in the editor.
    pub editing: Option<usize>,
    /// A removal waiting for y/n.
    pub confirm_remove: Option<usize>,
    pub form: FormState,
    pub extra: K::Extra,
    kind: PhantomData<fn() -> K>,
}

impl<K: Items> ItemsState<K> {
    /// Opens item `index` in the editor.
    pub fn edit(&mut self, app: &Application, rules: &Rules, index: usize) {
        self.selected = index;
        self.editing = Some(index);
        self.confirm_remove = None;
        K::opened(&mut self.extra);
        self.form = FormState::new(&K::fields(app, rules, index), app);
    }

    /// Opens the item a finding is about, at its field (`websites[1].registration.expires`).
    pub fn focus(&mut self, app: &Application, rules: &Rules, path: &str) -> bool {
        match index_in(K::KEY, path) {
            Some(i) if i < K::items(app).len() => {
                self.edit(app, rules, i);
                self.form.focus_path(&K::fields(app, rules, i), app, path);
                true
            }
            _ => {
                self.editing = None;
                false
            }
        }
    }

    /// The item open in the editor, if it is still there.
    pub fn open_item(&self, app: &Application) -> Option<usize> {
        self.editing.filter(|i| *i < K::items(app).len())
    }
}

/// `websites[3].domain` in the list `websites` -> 3.
pub fn index_in(key: &str, path: &str) -> Option<usize> {
    let rest = path.strip_prefix(key)?.strip_prefix('[')?;
    rest[..rest.find(']')?].parse().ok()
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

/// The keys of a removal question (the Watch step's too).
pub const CONFIRM: &[Binding] = &[
    Binding::new(&[Key::ch('y')], Command::Yes, "key-remove"),
    Binding::new(
        &[Key::ch('n'), Key::plain(KeyCode::Esc)],
        Command::No,
        "key-cancel",
    ),
];

pub fn bindings<K: Items>(
    app: &Application,
    state: &ItemsState<K>,
    rules: &Rules,
) -> &'static [Binding] {
    match (state.confirm_remove, state.editing) {
        (Some(_), _) => CONFIRM,
        (None, Some(i)) => state.form.bindings(&K::fields(app, rules, i)),
        (None, None) => LIST,
    }
}

pub fn text_focus<K: Items>(app: &Application, state: &ItemsState<K>, rules: &Rules) -> bool {
    match (state.confirm_remove, state.editing) {
        (None, Some(i)) => state.form.text_focus(&K::fields(app, rules, i)),
        _ => false,
    }
}

/// The pane of `Action::SelectIn`: the list.
const ROWS: usize = 0;

pub fn update<K: Items>(
    app: &mut Application,
    state: &mut ItemsState<K>,
    action: &Action,
    rules: &Rules,
) -> StepOutcome {
    if state.confirm_remove.is_some() {
        return confirm_remove(app, state, action);
    }
    if let Some(index) = state.editing {
        if index >= K::items(app).len() {
            state.editing = None;
        } else {
            let outcome = state
                .form
                .update(app, action, |a| K::fields(a, rules, index));
            if !outcome.handled && *action == Action::Command(Command::Back) {
                // Esc leaves the editor for the list, not the wizard.
                state.editing = None;
                state.selected = index;
                return StepOutcome::handled();
            }
            return outcome;
        }
    }
    let count = K::items(app).len();
    let command = match action {
        // A click on a row of the list (`row_at`).
        Action::SelectIn { pane: ROWS, index } if *index < count => {
            state.selected = *index;
            return StepOutcome::handled();
        }
        Action::Command(command) => command,
        _ => return StepOutcome::default(),
    };
    match command {
        Command::Up | Command::Down | Command::PageUp | Command::PageDown => {
            state.selected = move_selection(state.selected, count, *command);
            StepOutcome::handled()
        }
        Command::Confirm if count > 0 => {
            state.edit(app, rules, state.selected.min(count - 1));
            StepOutcome::handled()
        }
        Command::New => {
            K::items_mut(app).push(K::new_item());
            state.edit(app, rules, count);
            StepOutcome::changed()
        }
        Command::Delete if count > 0 => {
            state.confirm_remove = Some(state.selected.min(count - 1));
            StepOutcome::handled()
        }
        _ => StepOutcome::default(),
    }
}

fn confirm_remove<K: Items>(
    app: &mut Application,
    state: &mut ItemsState<K>,
    action: &Action,
) -> StepOutcome {
    answer_removal(&mut state.confirm_remove, action, |index| {
        let items = K::items_mut(app);
        if index >= items.len() {
            return false;
        }
        items.remove(index);
        state.selected = state.selected.min(items.len().saturating_sub(1));
        true
    })
}

/// The answer to the removal `question` asks: y removes (`remove` says whether there was
/// anything to remove), n or Esc keeps it; anything else waits for the answer.
pub fn answer_removal<T>(
    question: &mut Option<T>,
    action: &Action,
    remove: impl FnOnce(T) -> bool,
) -> StepOutcome {
    match action {
        Action::Command(Command::Yes) => {
            if question.take().is_some_and(remove) {
                StepOutcome::changed()
            } else {
                StepOutcome::handled()
            }
        }
        Action::Command(Command::No | Command::Back) => {
            *question = None;
            StepOutcome::handled()
        }
        _ => StepOutcome::handled(),
    }
}

/// What a view of the list or the editor reads.
pub struct View<'a, K: Items> {
    pub app: &'a Application,
    pub state: &'a ItemsState<K>,
    pub report: &'a Report,
    pub rules: &'a Rules,
    pub tr: &'a Localizer,
}

impl<'a, K: Items> View<'a, K> {
    pub fn new(
        app: &'a Application,
        state: &'a ItemsState<K>,
        report: &'a Report,
        rules: &'a Rules,
        tr: &'a Localizer,
    ) -> Self {
        View {
            app,
            state,
            report,
            rules,
            tr,
        }
    }

    /// Draws the editor of the open item, else the list.
    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect) {
        match self.state.open_item(self.app) {
            Some(i) => self.editor(frame, area, i),
            None => self.list(frame, area),
        }
    }

    /// Draws item `i`'s form (the editor) into `area`.
    pub fn editor(&self, frame: &mut Frame<'_>, area: Rect, i: usize) {
        let View { app, tr, .. } = *self;
        let fields = K::fields(app, self.rules, i);
        let items = K::items(app);
        let title = tr.ta(
            K::MESSAGES.edit_title,
            &[
                ("n", arg_num(i as i64 + 1)),
                ("count", arg_num(items.len() as i64)),
                ("name", arg_str(&K::title(&items[i], i, tr))),
            ],
        );
        let prefix = format!("{}[{i}]", K::KEY);
        let form = self.form(&fields);
        render_step(frame, area, &title, &form, &|p| covers(&prefix, p), tr);
    }

    /// The field a click at screen row `row` of the editor's `area` focuses, while an item
    /// is open.
    pub fn field_at(&self, area: Rect, row: u16) -> Option<usize> {
        let i = self.state.open_item(self.app)?;
        let fields = K::fields(self.app, self.rules, i);
        let form = self.form(&fields);
        let prefix = format!("{}[{i}]", K::KEY);
        step_field_at(area, &form, &|p| covers(&prefix, p), self.tr, row)
    }

    fn form<'f>(&'f self, fields: &'f [Field]) -> Form<'f> {
        Form {
            fields,
            state: &self.state.form,
            app: self.app,
            report: self.report,
            rules: self.rules,
        }
    }

    /// The findings of the list's items, each labelled "item / field".
    fn findings(&self) -> Vec<(String, &Finding)> {
        let (app, tr) = (self.app, self.tr);
        let items = K::items(app);
        self.report
            .findings
            .iter()
            .filter(|f| covers(K::KEY, &f.field))
            .map(|f| {
                let label = match index_in(K::KEY, &f.field).filter(|i| *i < items.len()) {
                    Some(i) => format!(
                        "{} / {}",
                        K::title(&items[i], i, tr),
                        label_for(&K::fields(app, self.rules, i), &f.field, tr)
                    ),
                    None => f.field.clone(),
                };
                (label, f)
            })
            .collect()
    }

    /// The list screen's rows: title, intro, list, removal question, findings.
    fn areas(&self, area: Rect, findings: usize) -> [Rect; 5] {
        let panel = findings_panel_height(findings).min(area.height / 3);
        Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(K::INTRO_ROWS),
            Constraint::Fill(1),
            Constraint::Length(u16::from(self.state.confirm_remove.is_some()) * 2),
            Constraint::Length(panel),
        ])
        .areas(area)
    }

    /// The item a click at screen row `row` of the list screen's `area` selects, as the pane
    /// and row of `Action::SelectIn` (the list scrolled as ratatui's `List` scrolls it to
    /// keep the selection in view).
    pub fn row_at(&self, area: Rect, row: u16) -> Option<(usize, usize)> {
        let state = self.state;
        if state.editing.is_some() || state.confirm_remove.is_some() {
            return None;
        }
        let [_, _, list, ..] = self.areas(area, self.findings().len());
        if !(list.y..list.bottom()).contains(&row) {
            return None;
        }
        let count = K::items(self.app).len();
        let selected = state.selected.min(count.saturating_sub(1));
        let skip = (selected + 1).saturating_sub(usize::from(list.height).max(1));
        let index = skip + usize::from(row - list.y);
        (index < count).then_some((ROWS, index))
    }

    /// Draws the list screen.
    pub fn list(&self, frame: &mut Frame<'_>, area: Rect) {
        let View {
            app,
            state,
            rules,
            tr,
            ..
        } = *self;
        let messages = K::MESSAGES;
        let items = K::items(app);
        let findings = self.findings();
        let [title, intro, list_area, confirm, panel_area] = self.areas(area, findings.len());
        frame.render_widget(
            Paragraph::new(tr.t(messages.title)).style(theme::title()),
            title,
        );
        let intro_lines =
            view::wrapped_lines("", &tr.t(messages.intro), intro.width, theme::muted());
        frame.render_widget(Paragraph::new(intro_lines), intro);
        if items.is_empty() {
            frame.render_widget(
                Paragraph::new(tr.t(messages.empty)).style(theme::muted()),
                list_area,
            );
        } else {
            let rows: Vec<ListItem<'_>> = items
                .iter()
                .enumerate()
                .map(|(i, item)| ListItem::new(self.row(item, i)))
                .collect();
            let list = List::new(rows)
                .highlight_style(theme::selected())
                .highlight_symbol(">");
            let mut list_state = ListState::default().with_selected(Some(state.selected));
            frame.render_stateful_widget(list, list_area, &mut list_state);
        }
        if let Some(i) = state.confirm_remove.filter(|i| *i < items.len()) {
            let text = tr.ta(
                messages.remove,
                &[("name", arg_str(&K::title(&items[i], i, tr)))],
            );
            let lines = view::wrapped_lines("", &text, confirm.width, theme::warning());
            frame.render_widget(Paragraph::new(lines), confirm);
        }
        let answered = (0..items.len()).any(|i| any_answered(&K::fields(app, rules, i), app));
        findings_panel(frame, panel_area, &findings, answered, rules, tr);
    }

    /// "1. Name  summary  ✗ 2  ! 1": the item's number, name, summary and its findings.
    fn row(&self, item: &K::Item, i: usize) -> Line<'static> {
        let tr = self.tr;
        let prefix = format!("{}[{i}]", K::KEY);
        let count = |s: Severity| {
            self.report
                .findings
                .iter()
                .filter(|f| f.severity == s && covers(&prefix, &f.field))
                .count()
        };
        let mut spans = vec![
            Span::raw(format!("{}. ", i + 1)),
            Span::raw(K::title(item, i, tr)).bold(),
            Span::styled(format!("  {}", K::summary(item, tr)), theme::muted()),
        ];
        let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
        if errors > 0 {
            spans.push(Span::styled(
                format!("  {sym} {errors}", sym = view::symbols::current().cross),
                theme::error(),
            ));
        }
        if warnings > 0 {
            spans.push(Span::styled(format!("  ! {warnings}"), theme::warning()));
        }
        Line::from(spans)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_items_index_from_a_path() {
        assert_eq!(
            index_in("websites", "websites[12].registration.expires"),
            Some(12)
        );
        assert_eq!(index_in("apps", "apps[3]"), Some(3));
        // The nearest cases: another list, no index, a longer key.
        assert_eq!(index_in("apps", "websites[0]"), None);
        assert_eq!(index_in("websites", "websites"), None);
        assert_eq!(index_in("app", "apps[1]"), None);
    }

    #[test]
    fn a_click_selects_a_row_that_is_there() {
        let mut app = Application {
            websites: vec![Default::default(); 2],
            ..Default::default()
        };
        let mut state = crate::app::steps::websites::WebsitesState::default();
        let rules = Rules::builtin();
        let click = |index| Action::SelectIn { pane: ROWS, index };
        assert!(update(&mut app, &mut state, &click(1), rules).handled);
        assert_eq!(state.selected, 1);
        // The nearest cases: a row past the last item, and another pane.
        assert!(!update(&mut app, &mut state, &click(2), rules).handled);
        let other = Action::SelectIn { pane: 1, index: 0 };
        assert!(!update(&mut app, &mut state, &other, rules).handled);
        assert_eq!(state.selected, 1);
    }

    #[test]
    fn a_removal_waits_for_its_answer() {
        let yes = Action::Command(Command::Yes);
        let mut question = Some(1);
        let outcome = answer_removal(&mut question, &Action::Command(Command::Down), |_| true);
        assert_eq!((outcome, question), (StepOutcome::handled(), Some(1)));
        assert_eq!(
            answer_removal(&mut question, &yes, |i| i == 1),
            StepOutcome::changed()
        );
        assert_eq!(question, None);
        // The nearest cases: y with nothing left to remove, and n.
        let mut question = Some(7);
        assert_eq!(
            answer_removal(&mut question, &yes, |_| false),
            StepOutcome::handled()
        );
        assert_eq!(question, None);
        let mut question = Some(1);
        let no = Action::Command(Command::No);
        assert_eq!(
            answer_removal(&mut question, &no, |_| panic!("n removes nothing")),
            StepOutcome::handled()
        );
        assert_eq!(question, None);
    }
}
