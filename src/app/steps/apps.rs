//! The Apps step (after Websites): apps, mini-programs and quick apps of the same subject,
//! each with its kind, name, platforms and per-platform feature data, content, back-end
//! domains, icon and leader. A list first; Enter edits one app; Ctrl+O fills the feature
//! data from a certificate, APK or IPA (the runtime reads the file: `Effect::ReadAppInfo`).

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;

use crate::app::action::{Action, Command};
use crate::app::effect::Effect;
use crate::app::form::{Field, FormState, bind, covers, options};
use crate::app::keys::{Binding, Key};
use crate::app::update::apply_edit;
use crate::app::view::theme;
use crate::appinfo::{AppInfo, AppInfoError, FileKind};
use crate::engine::{IconFacts, Report};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::{
    App, AppKind, Application, CertificateType, Content, MiniProgramPlatform, Platform,
};
use crate::report::app_title;
use crate::rules::Rules;
use crate::ui::text_input::TextInput;

use super::items::{self, Items, ItemsState, Messages, View};
use super::{StepContext, StepOutcome};

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

/// The apps as a list of items.
#[derive(Debug, Default)]
pub struct AppList;

pub type AppsState = ItemsState<AppList>;

/// The Apps step's own UI state beside the list's.
#[derive(Debug, Default)]
pub struct AppsExtra {
    /// The path being typed for Ctrl+O.
    pub fill: Option<TextInput>,
    pub note: Option<FillNote>,
    /// What the runtime found about the icon files (never saved).
    pub icons: IconFacts,
}

impl Items for AppList {
    const KEY: &'static str = "apps";
    const MESSAGES: Messages = Messages {
        title: "apps-title",
        intro: "apps-intro",
        empty: "apps-empty",
        remove: "apps-remove-confirm",
        edit_title: "app-edit-title",
    };
    const INTRO_ROWS: u16 = 3;
    type Item = App;
    type Extra = AppsExtra;

    fn items(app: &Application) -> &[App] {
        &app.apps
    }

    fn items_mut(app: &mut Application) -> &mut Vec<App> {
        &mut app.apps
    }

    fn new_item() -> App {
        App {
            kind: Some(AppKind::App),
            ..App::default()
        }
    }

    fn fields(app: &Application, _: &Rules, i: usize) -> Vec<Field> {
        fields(app, i)
    }

    fn title(x: &App, i: usize, tr: &Localizer) -> String {
        app_title(x, i, tr)
    }

    /// The kind and the platforms.
    fn summary(x: &App, tr: &Localizer) -> String {
        let kind = x
            .kind
            .map(|k| tr.t(&format!("app-kind-{}", k.as_str())))
            .unwrap_or_default();
        let platforms: Vec<String> = x
            .platforms
            .iter()
            .map(|p| tr.t(&format!("app-platform-{}", p.as_str())))
            .collect();
        format!("{kind}  {}", platforms.join(" "))
    }

    /// A fill's path and note belong to the app they were for.
    fn opened(extra: &mut AppsExtra) {
        extra.fill = None;
        extra.note = None;
    }
}

/// `apps[2].ios.bundle_id` -> 2.
pub fn index_of(path: &str) -> Option<usize> {
    items::index_in(AppList::KEY, path)
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

pub fn bindings(app: &Application, state: &AppsState, rules: &Rules) -> Vec<&'static [Binding]> {
    let shared = items::bindings(app, state, rules);
    match (state.confirm_remove, state.editing, &state.extra.fill) {
        (None, Some(_), Some(_)) => vec![PROMPT],
        (None, Some(_), None) => vec![shared, EDITOR],
        _ => vec![shared],
    }
}

pub fn text_focus(app: &Application, state: &AppsState, rules: &Rules) -> bool {
    match (state.confirm_remove, state.editing) {
        (None, Some(_)) if state.extra.fill.is_some() => true,
        _ => items::text_focus(app, state, rules),
    }
}

pub fn update(
    app: &mut Application,
    state: &mut AppsState,
    action: &Action,
    context: &StepContext<'_>,
) -> StepOutcome {
    if let Action::AppInfo { path, result } = action {
        return apply_info(app, state, path, result);
    }
    // The editor's own keys: Ctrl+O, then the path it asks for.
    if state.confirm_remove.is_none() && state.open_item(app).is_some() {
        if state.extra.fill.is_some() {
            return fill_prompt(&mut state.extra.fill, action);
        }
        if *action == Action::Command(Command::Open) {
            state.extra.fill = Some(TextInput::default());
            state.extra.note = None;
            return StepOutcome::handled();
        }
    }
    items::update(app, state, action, context.rules)
}

/// The path typed for Ctrl+O: Enter asks the runtime to read it, Esc gives up.
fn fill_prompt(fill: &mut Option<TextInput>, action: &Action) -> StepOutcome {
    let Some(input) = fill else {
        return StepOutcome::default();
    };
    match action {
        Action::Edit(edit) => {
            apply_edit(input, edit.clone());
            StepOutcome::handled()
        }
        Action::Command(Command::Confirm) => {
            let path = input.value().trim().to_string();
            *fill = None;
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
            *fill = None;
            StepOutcome::handled()
        }
        _ => StepOutcome::handled(),
    }
}

fn apply_info(
    app: &mut Application,
    state: &mut AppsState,
    path: &str,
    result: &Result<AppInfo, AppInfoError>,
) -> StepOutcome {
    let path = path.to_string();
    let Some(index) = state.open_item(app) else {
        return StepOutcome::handled();
    };
    match result {
        Err(error) => {
            state.extra.note = Some(FillNote::Failed {
                path,
                error: error.clone(),
            });
            StepOutcome::handled()
        }
        Ok(info) => {
            let filled = fill(&mut app.apps[index], info);
            if filled.is_empty() {
                state.extra.note = Some(FillNote::NoPlatform { path });
                return StepOutcome::handled();
            }
            state.extra.note = Some(FillNote::Filled {
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
        FillNote::Failed { path, error } => (crate::report::appinfo_error(path, error, tr), true),
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
    let view = View::new(app, state, report, rules, tr);
    if let Some(i) = state.open_item(app) {
        let [form_area, bottom] = editor_areas(area, state);
        view.editor(frame, form_area, i);
        if let Some(input) = &state.extra.fill {
            let label = crate::app::view::label(tr, &tr.t("app-fill-path"));
            crate::app::view::text_field(
                frame,
                bottom,
                &label,
                input,
                &tr.t("app-fill-hint"),
                true,
            );
        } else if let Some(note) = &state.extra.note {
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
    view.list(frame, area);
}

/// The editor's rows: the form above the path being typed or the note.
fn editor_areas(area: Rect, state: &AppsState) -> [Rect; 2] {
    let extra = u16::from(state.extra.fill.is_some() || state.extra.note.is_some()) * 2;
    Layout::vertical([Constraint::Fill(1), Constraint::Length(extra)]).areas(area)
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
    let [form_area, _] = editor_areas(area, state);
    View::new(app, state, report, rules, tr).field_at(form_area, row)
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
