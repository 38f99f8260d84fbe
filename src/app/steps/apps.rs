//! The Apps step (after Websites): apps, mini-programs and quick apps of the same subject,
//! each with its kind, name, platforms and per-platform feature data, content, back-end
//! domains, icon and leader. A list first; Enter edits one app; Ctrl+O fills the feature
//! data from a certificate, APK or IPA (the runtime reads the file: `Effect::ReadAppInfo`).

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Stylize;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use crate::app::action::{Action, Command};
use crate::app::effect::Effect;
use crate::app::form::view::{
    Form, any_answered, findings_panel, findings_panel_height, label_for, render_step,
};
use crate::app::form::{Field, FormState, bind, covers, options};
use crate::app::keys::{Binding, Key};
use crate::app::update::apply_edit;
use crate::app::view::theme;
use crate::appinfo::{AppInfo, AppInfoError, FileKind};
use crate::engine::{Finding, IconFacts, Report, Severity};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::{
    App, AppKind, Application, CertificateType, Content, MiniProgramPlatform, Platform,
};
use crate::report::app_title;
use crate::rules::Rules;
use crate::ui::text_input::TextInput;

use super::{StepContext, StepOutcome, move_selection};

/// `app!(i, android.package)`: a binding to a field of app `i`.
macro_rules! app {
    ($index:expr, $($path:ident).+) => {{
        let index: usize = $index;
        bind(
            move |a: &Application| a.apps.get(index).map(|x| &x.$($path).+),
            move |a: &mut Application| a.apps.get_mut(index).map(|x| &mut x.$($path).+),
        )
    }};
}

/// What the last fill from a file did, for the line under the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FillNote {
    /// Filled these fields from `path`; `debug` when the certificate is a debug one.
    Filled {
        path: String,
        fields: Vec<&'static str>,
        debug: bool,
    },
    /// A certificate alone, and no platform listed to put it under.
    NoPlatform {
        path: String,
    },
    Failed {
        path: String,
        error: AppInfoError,
    },
}

#[derive(Debug, Default)]
pub struct AppsState {
    pub selected: usize,
    pub editing: Option<usize>,
    pub confirm_remove: Option<usize>,
    pub form: FormState,
    /// The path being typed for Ctrl+O.
    pub fill: Option<TextInput>,
    pub note: Option<FillNote>,
    /// What the runtime found about the icon files (never saved).
    pub icons: IconFacts,
}

impl AppsState {
    pub fn edit(&mut self, app: &Application, index: usize) {
        self.selected = index;
        self.editing = Some(index);
        self.confirm_remove = None;
        self.fill = None;
        self.note = None;
        self.form = FormState::new(&fields(app, index), app);
    }

    /// Opens the app a finding is about, at its field.
    pub fn focus(&mut self, app: &Application, path: &str) -> bool {
        match index_of(path) {
            Some(i) if i < app.apps.len() => {
                self.edit(app, i);
                self.form.focus_path(&fields(app, i), app, path);
                true
            }
            _ => {
                self.editing = None;
                false
            }
        }
    }
}

/// `apps[2].ios.bundle_id` -> 2.
pub fn index_of(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("apps[")?;
    rest[..rest.find(']')?].parse().ok()
}

pub fn owns(path: &str) -> bool {
    covers("apps", path)
}

/// The back-end domains as one line: "api.example.cn, img.example.cn".
fn domains_place(i: usize) -> crate::app::form::Place<Option<String>> {
    crate::app::form::Place {
        get: Box::new(move |a: &Application| {
            a.apps
                .get(i)
                .map(|x| x.domains.join(", "))
                .filter(|s| !s.is_empty())
        }),
        set: Box::new(move |a: &mut Application, v: Option<String>| {
            if let Some(x) = a.apps.get_mut(i) {
                x.domains = v
                    .unwrap_or_default()
                    .split([',', '，', ' ', '、'])
                    .map(str::trim)
                    .filter(|d| !d.is_empty())
                    .map(str::to_string)
                    .collect();
            }
        }),
    }
}

pub fn fields(_: &Application, i: usize) -> Vec<Field> {
    let at = |name: &str| format!("apps[{i}].{name}");
    vec![
        Field::choice(
            "app-kind",
            at("kind"),
            options::<AppKind>("app-kind"),
            app!(i, kind),
        ),
        Field::text("apps-name", at("name"), app!(i, name)).hint("apps-name-hint"),
        Field::multi(
            "app-platforms",
            at("platforms"),
            options::<Platform>("app-platform"),
            app!(i, platforms),
        ),
        Field::multi(
            "site-content",
            at("content"),
            options::<Content>("content"),
            app!(i, content),
        ),
        Field::multi(
            "site-pre-approvals",
            at("pre_approvals"),
            options::<Content>("content"),
            app!(i, pre_approvals),
        ),
        Field::text("app-domains", at("domains"), domains_place(i)).hint("app-domains-hint"),
        Field::text("app-icon", at("icon"), app!(i, icon)).hint("app-icon-hint"),
        Field::heading("app-android-heading"),
        Field::text(
            "app-package",
            at("android.package"),
            app!(i, android.package),
        ),
        Field::text(
            "app-public-key",
            at("android.public_key"),
            app!(i, android.public_key),
        ),
        Field::text(
            "app-signature-md5",
            at("android.signature_md5"),
            app!(i, android.signature_md5),
        ),
        Field::heading("app-ios-heading"),
        Field::text("app-bundle-id", at("ios.bundle_id"), app!(i, ios.bundle_id)),
        Field::text(
            "app-public-key",
            at("ios.public_key"),
            app!(i, ios.public_key),
        ),
        Field::text(
            "app-signature-sha1",
            at("ios.signature_sha1"),
            app!(i, ios.signature_sha1),
        )
        .hint("app-signature-sha1-hint"),
        Field::heading("app-harmonyos-heading"),
        Field::text(
            "app-bundle-name",
            at("harmonyos.bundle_name"),
            app!(i, harmonyos.bundle_name),
        ),
        Field::text(
            "app-public-key",
            at("harmonyos.public_key"),
            app!(i, harmonyos.public_key),
        ),
        Field::text(
            "app-fingerprint",
            at("harmonyos.fingerprint"),
            app!(i, harmonyos.fingerprint),
        ),
        Field::heading("app-mini-program-heading"),
        Field::choice(
            "app-mp-platform",
            at("mini_program.platform"),
            options::<MiniProgramPlatform>("app-mp"),
            app!(i, mini_program.platform),
        ),
        Field::text(
            "app-mp-app-id",
            at("mini_program.app_id"),
            app!(i, mini_program.app_id),
        ),
        Field::heading("app-leader-heading"),
        Field::button("site-same-leader", at("leader"), move |a| copy_leader(a, i))
            .hint("site-same-leader-action"),
        Field::text("leader-name", at("leader.name"), app!(i, leader.name)),
        Field::choice(
            "leader-id-type",
            at("leader.id_type"),
            options::<CertificateType>("cert"),
            app!(i, leader.id_type),
        ),
        Field::masked(
            "leader-id-number",
            at("leader.id_number"),
            app!(i, leader.id_number),
        ),
        Field::date(
            "leader-id-expires",
            at("leader.id_expires"),
            app!(i, leader.id_expires),
        )
        .hint("form-long-term-hint"),
        Field::masked("leader-mobile", at("leader.mobile"), app!(i, leader.mobile))
            .hint("leader-mobile-hint"),
        Field::text("leader-email", at("leader.email"), app!(i, leader.email)),
    ]
}

fn copy_leader(app: &mut Application, i: usize) {
    let from = app.subject.leader.clone();
    if let Some(x) = app.apps.get_mut(i) {
        let to = &mut x.leader;
        to.name = from.name;
        to.id_type = from.id_type;
        to.id_number = from.id_number;
        to.id_expires = from.id_expires;
        to.mobile = from.mobile;
        to.phone = from.phone;
        to.email = from.email;
    }
}

/// Puts what a file says into app `i`: an APK fills Android, an IPA iOS, a certificate the
/// listed platforms (Android's MD5, iOS's SHA-1). Returns the fields filled.
pub fn fill(app: &mut App, info: &AppInfo) -> Vec<&'static str> {
    let Some(signer) = info.signers.first() else {
        return Vec::new();
    };
    let cert = &signer.cert;
    let mut filled = Vec::new();
    let android = match info.kind {
        FileKind::Apk => true,
        FileKind::Ipa => false,
        FileKind::Certificate => app.platforms.contains(&Platform::Android),
    };
    let ios = match info.kind {
        FileKind::Ipa => true,
        FileKind::Apk => false,
        FileKind::Certificate => app.platforms.contains(&Platform::Ios),
    };
    if android {
        if let Some(id) = &info.identifier {
            app.android.package = Some(id.clone());
            filled.push("android.package");
        }
        app.android.public_key = Some(cert.public_key.clone());
        app.android.signature_md5 = Some(cert.md5.clone());
        filled.extend(["android.public_key", "android.signature_md5"]);
        if !app.platforms.contains(&Platform::Android) {
            app.platforms.push(Platform::Android);
        }
    }
    if ios {
        if let Some(id) = &info.identifier {
            app.ios.bundle_id = Some(id.clone());
            filled.push("ios.bundle_id");
        }
        app.ios.public_key = Some(cert.public_key.clone());
        app.ios.signature_sha1 = Some(cert.sha1.clone());
        filled.extend(["ios.public_key", "ios.signature_sha1"]);
        if !app.platforms.contains(&Platform::Ios) {
            app.platforms.push(Platform::Ios);
        }
    }
    filled
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

/// In the editor, besides the form's keys.
const EDITOR: &[Binding] = &[Binding::new(
    &[Key::ctrl('o')],
    Command::Open,
    "key-app-fill",
)];

const PROMPT: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Command::Confirm,
        "key-app-read",
    ),
    Binding::new(&[Key::plain(KeyCode::Esc)], Command::Back, "key-cancel"),
];

pub fn bindings(app: &Application, state: &AppsState) -> Vec<&'static [Binding]> {
    match (state.confirm_remove, state.editing, &state.fill) {
        (Some(_), _, _) => vec![CONFIRM],
        (None, Some(_), Some(_)) => vec![PROMPT],
        (None, Some(i), None) => vec![state.form.bindings(&fields(app, i)), EDITOR],
        (None, None, _) => vec![LIST],
    }
}

pub fn text_focus(app: &Application, state: &AppsState) -> bool {
    match (state.confirm_remove, state.editing) {
        (None, Some(_)) if state.fill.is_some() => true,
        (None, Some(i)) => state.form.text_focus(&fields(app, i)),
        _ => false,
    }
}

pub fn update(
    app: &mut Application,
    state: &mut AppsState,
    action: &Action,
    _: &StepContext<'_>,
) -> StepOutcome {
    if let Action::AppInfo { path, result } = action {
        return apply_info(app, state, path, result);
    }
    if let Some(index) = state.confirm_remove {
        return confirm_remove(app, state, action, index);
    }
    if let Some(input) = &mut state.fill {
        return match action {
            Action::Edit(edit) => {
                apply_edit(input, edit.clone());
                StepOutcome::handled()
            }
            Action::Command(Command::Confirm) => {
                let path = input.value().trim().to_string();
                state.fill = None;
                if path.is_empty() {
                    return StepOutcome::handled();
                }
                StepOutcome {
                    handled: true,
                    effects: vec![Effect::ReadAppInfo { path }],
                    ..StepOutcome::default()
                }
            }
            Action::Command(Command::Back) => {
                state.fill = None;
                StepOutcome::handled()
            }
            _ => StepOutcome::handled(),
        };
    }
    if let Some(index) = state.editing {
        if index >= app.apps.len() {
            state.editing = None;
        } else {
            if *action == Action::Command(Command::Open) {
                state.fill = Some(TextInput::default());
                state.note = None;
                return StepOutcome::handled();
            }
            let outcome = state.form.update(app, action, |a| fields(a, index));
            if !outcome.handled && *action == Action::Command(Command::Back) {
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
    let count = app.apps.len();
    match command {
        Command::Up | Command::Down | Command::PageUp | Command::PageDown => {
            state.selected = move_selection(state.selected, count, *command);
            StepOutcome::handled()
        }
        Command::Confirm if count > 0 => {
            state.edit(app, state.selected.min(count - 1));
            StepOutcome::handled()
        }
        Command::New => {
            app.apps.push(App {
                kind: Some(AppKind::App),
                ..App::default()
            });
            state.edit(app, app.apps.len() - 1);
            StepOutcome::changed()
        }
        Command::Delete if count > 0 => {
            state.confirm_remove = Some(state.selected.min(count - 1));
            StepOutcome::handled()
        }
        _ => StepOutcome::default(),
    }
}

fn apply_info(
    app: &mut Application,
    state: &mut AppsState,
    path: &str,
    result: &Result<AppInfo, AppInfoError>,
) -> StepOutcome {
    let path = path.to_string();
    let Some(index) = state.editing.filter(|i| *i < app.apps.len()) else {
        return StepOutcome::handled();
    };
    match result {
        Err(error) => {
            state.note = Some(FillNote::Failed {
                path,
                error: error.clone(),
            });
            StepOutcome::handled()
        }
        Ok(info) => {
            let filled = fill(&mut app.apps[index], info);
            if filled.is_empty() {
                state.note = Some(FillNote::NoPlatform { path });
                return StepOutcome::handled();
            }
            state.note = Some(FillNote::Filled {
                path,
                fields: filled,
                debug: info.is_debug(),
            });
            // The form shows the new values.
            let focus = state.form.focus;
            state.form = FormState::new(&fields(app, index), app);
            state.form.focus = focus;
            StepOutcome::changed()
        }
    }
}

fn confirm_remove(
    app: &mut Application,
    state: &mut AppsState,
    action: &Action,
    index: usize,
) -> StepOutcome {
    match action {
        Action::Command(Command::Yes) => {
            state.confirm_remove = None;
            if index < app.apps.len() {
                app.apps.remove(index);
                state.selected = state.selected.min(app.apps.len().saturating_sub(1));
                return StepOutcome::changed();
            }
            StepOutcome::handled()
        }
        Action::Command(Command::No | Command::Back) => {
            state.confirm_remove = None;
            StepOutcome::handled()
        }
        _ => StepOutcome::handled(),
    }
}

fn note_text(note: &FillNote, tr: &Localizer) -> (String, bool) {
    match note {
        FillNote::Filled {
            path,
            fields,
            debug,
        } => {
            let text = tr.ta(
                "app-filled",
                &[
                    ("path", arg_str(path)),
                    ("count", arg_num(fields.len() as i64)),
                    ("debug", arg_str(if *debug { "yes" } else { "no" })),
                ],
            );
            (text, *debug)
        }
        FillNote::NoPlatform { path } => (
            tr.ta("app-fill-no-platform", &[("path", arg_str(path))]),
            true,
        ),
        FillNote::Failed { path, error } => {
            (crate::cli::app_info::error_message(path, error, tr), true)
        }
    }
}

pub fn view(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &AppsState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
) {
    if let Some(i) = state.editing.filter(|i| *i < app.apps.len()) {
        let extra = u16::from(state.fill.is_some() || state.note.is_some()) * 2;
        let [form_area, bottom] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(extra)]).areas(area);
        let fields = fields(app, i);
        let form = Form {
            fields: &fields,
            state: &state.form,
            app,
            report,
            rules,
        };
        let title = tr.ta(
            "app-edit-title",
            &[
                ("n", arg_num(i as i64 + 1)),
                ("count", arg_num(app.apps.len() as i64)),
                ("name", arg_str(&app_title(&app.apps[i], i, tr))),
            ],
        );
        let prefix = format!("apps[{i}]");
        render_step(frame, form_area, &title, &form, &|p| covers(&prefix, p), tr);
        if let Some(input) = &state.fill {
            let label = crate::app::view::label(tr, &tr.t("app-fill-path"));
            crate::app::view::text_field(
                frame,
                bottom,
                &label,
                input,
                &tr.t("app-fill-hint"),
                true,
            );
        } else if let Some(note) = &state.note {
            let (text, warn) = note_text(note, tr);
            let style = if warn {
                theme::warning()
            } else {
                theme::muted()
            };
            let lines = crate::app::view::wrapped_lines("", &text, bottom.width, style);
            frame.render_widget(Paragraph::new(lines), bottom);
        }
        return;
    }
    render_list(frame, area, app, state, report, rules, tr);
}

/// The field a click at screen row `row` of `view`'s `area` focuses, while an app is being
/// edited.
pub fn field_at(
    area: Rect,
    app: &Application,
    state: &AppsState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
    row: u16,
) -> Option<usize> {
    let i = state.editing.filter(|i| *i < app.apps.len())?;
    // As `view` splits it: the form above the path being typed or the note.
    let extra = u16::from(state.fill.is_some() || state.note.is_some()) * 2;
    let [form_area, _] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(extra)]).areas(area);
    let fields = fields(app, i);
    let form = Form {
        fields: &fields,
        state: &state.form,
        app,
        report,
        rules,
    };
    let prefix = format!("apps[{i}]");
    crate::app::form::view::step_field_at(form_area, &form, &|p| covers(&prefix, p), tr, row)
}

fn render_list(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &AppsState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
) {
    let findings: Vec<(String, &Finding)> = report
        .findings
        .iter()
        .filter(|f| owns(&f.field))
        .map(|f| {
            let label = match index_of(&f.field).filter(|i| *i < app.apps.len()) {
                Some(i) => format!(
                    "{} / {}",
                    app_title(&app.apps[i], i, tr),
                    label_for(&fields(app, i), &f.field, tr)
                ),
                None => f.field.clone(),
            };
            (label, f)
        })
        .collect();
    let panel = findings_panel_height(findings.len()).min(area.height / 3);
    let [title, intro, list_area, confirm, panel_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Fill(1),
        Constraint::Length(u16::from(state.confirm_remove.is_some()) * 2),
        Constraint::Length(panel),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(tr.t("apps-title")).style(theme::title()),
        title,
    );
    let intro_lines =
        crate::app::view::wrapped_lines("", &tr.t("apps-intro"), intro.width, theme::muted());
    frame.render_widget(Paragraph::new(intro_lines), intro);
    if app.apps.is_empty() {
        frame.render_widget(
            Paragraph::new(tr.t("apps-empty")).style(theme::muted()),
            list_area,
        );
    } else {
        let items: Vec<ListItem<'_>> = app
            .apps
            .iter()
            .enumerate()
            .map(|(i, x)| {
                let prefix = format!("apps[{i}]");
                let count = |s: Severity| {
                    report
                        .findings
                        .iter()
                        .filter(|f| f.severity == s && covers(&prefix, &f.field))
                        .count()
                };
                let kind = x
                    .kind
                    .map(|k| tr.t(&format!("app-kind-{}", k.as_str())))
                    .unwrap_or_default();
                let platforms: Vec<String> = x
                    .platforms
                    .iter()
                    .map(|p| tr.t(&format!("app-platform-{}", p.as_str())))
                    .collect();
                let mut spans = vec![
                    Span::raw(format!("{}. ", i + 1)),
                    Span::raw(app_title(x, i, tr)).bold(),
                    Span::styled(format!("  {kind}  {}", platforms.join(" ")), theme::muted()),
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
    if let Some(i) = state.confirm_remove.filter(|i| *i < app.apps.len()) {
        let text = tr.ta(
            "apps-remove-confirm",
            &[("name", arg_str(&app_title(&app.apps[i], i, tr)))],
        );
        let lines = crate::app::view::wrapped_lines("", &text, confirm.width, theme::warning());
        frame.render_widget(Paragraph::new(lines), confirm);
    }
    let answered = (0..app.apps.len()).any(|i| any_answered(&fields(app, i), app));
    findings_panel(frame, panel_area, &findings, answered, rules, tr);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::appinfo::{CertInfo, Signer};

    fn info(kind: FileKind, id: Option<&str>) -> AppInfo {
        AppInfo {
            kind,
            identifier: id.map(str::to_string),
            name: None,
            signers: vec![Signer {
                schemes: vec!["v2"],
                cert: CertInfo {
                    subject: "CN=X".into(),
                    issuer: "CN=X".into(),
                    md5: "AA".into(),
                    sha1: "BB".into(),
                    sha256: "CC".into(),
                    public_key: "30".into(),
                    debug: None,
                },
            }],
            get_task_allow: None,
        }
    }

    #[test]
    fn an_apk_fills_android_an_ipa_ios_a_certificate_the_listed_platforms() {
        let mut a = App::default();
        let filled = fill(&mut a, &info(FileKind::Apk, Some("cn.x.y")));
        assert_eq!(filled.len(), 3);
        assert_eq!(a.android.signature_md5.as_deref(), Some("AA"));
        assert_eq!(a.platforms, vec![Platform::Android]);
        assert!(a.ios.is_empty());

        fill(&mut a, &info(FileKind::Ipa, Some("cn.x.y")));
        assert_eq!(
            a.ios.signature_sha1.as_deref(),
            Some("BB"),
            "the SHA-1, never the MD5"
        );

        let mut b = App::default();
        assert!(fill(&mut b, &info(FileKind::Certificate, None)).is_empty());
        b.platforms = vec![Platform::Ios];
        assert_eq!(
            fill(&mut b, &info(FileKind::Certificate, None)),
            vec!["ios.public_key", "ios.signature_sha1"]
        );
        assert!(b.android.is_empty());
    }

    #[test]
    fn app_index_from_a_path() {
        assert_eq!(index_of("apps[3].android.package"), Some(3));
        assert_eq!(index_of("websites[0]"), None);
    }
}
