//! The documents, domains and countdown steps as the user sees them, at 80x24 in both
//! languages. The engine's answers (checklist items, domain checks, deadlines) are constructed
//! here so the screens show real-looking data whatever the engine says today; the frame around
//! them (title, step bar, footer) is the app's own.

mod common;

use common::*;
use icp_tui::app::action::{Action, Command, Edit};
use icp_tui::app::state::{Screen, State, Wizard};
use icp_tui::app::steps::{countdown, documents, domains};
use icp_tui::app::update::start;
use icp_tui::app::view::chrome;
use icp_tui::engine::{
    self, ChecklistItem, Deadline, DeadlineKind, DomainCheck, Finding, Report, Severity,
};
use icp_tui::files::{FileKind, Verdict};
use icp_tui::i18n::{Lang, Localizer};
use icp_tui::model::{
    Application, ChecklistEntry, Date, Instant, Registration, Step, SubjectKind, Website,
};
use icp_tui::rules::Rules;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// What the engine would say, for the step on screen.
enum Data<'a> {
    Documents(Vec<ChecklistItem<'a>>),
    Domains(Vec<DomainCheck>),
    Countdown(Report),
}

fn wizard_at(app: Application, step: Step, lang: Lang) -> State {
    let mut app = app;
    app.meta.step = Some(step);
    let mut state = state_with(vec![entry("a", app)], lang);
    start(&mut state, Some("a"), &now());
    assert_eq!(state.wizard().unwrap().step, step);
    state
}

fn wizard_mut(state: &mut State) -> &mut Wizard {
    match &mut state.screen {
        Screen::Wizard(w) => w,
        Screen::List(_) => panic!("the wizard is open"),
    }
}

fn draw(state: &State, data: &Data<'_>, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let tr = Localizer::new(state.lang);
    let wizard = state.wizard().unwrap();
    let now = now();
    terminal
        .draw(|frame| {
            let layout = chrome::layout(frame.area(), state);
            chrome::title_bar(frame, layout.title, state, &tr);
            chrome::step_bar(frame, layout.steps.unwrap(), wizard.step, &tr);
            let body = layout.body;
            match data {
                Data::Documents(items) => {
                    documents::render(frame, body, items, &wizard.documents, Rules::builtin(), &tr)
                }
                Data::Domains(checks) => domains::render(
                    frame,
                    body,
                    &wizard.app,
                    checks,
                    &wizard.domains,
                    Rules::builtin(),
                    &tr,
                ),
                Data::Countdown(report) => countdown::render(
                    frame,
                    body,
                    &wizard.app,
                    report,
                    &wizard.countdown,
                    &now,
                    Rules::builtin(),
                    &tr,
                ),
            }
            if let Some(status) = layout.status {
                chrome::status_line(frame, status, state, &tr);
            }
            chrome::footer(frame, layout.footer, state, &tr);
        })
        .unwrap();
    terminal
}

fn snapshot(name: &str, state: &State, data: &Data<'_>, sizes: &[(u16, u16)]) {
    for &(w, h) in sizes {
        let terminal = draw(state, data, w, h);
        insta::assert_snapshot!(
            format!("{name}_{}_{w}x{h}", state.lang.tag()),
            terminal.backend()
        );
    }
}

const SMALL: &[(u16, u16)] = &[(80, 24)];

// ---- Documents ----

fn company() -> Application {
    let mut a = app("星河官网", Some("beijing"));
    a.subject.kind = Some(SubjectKind::Enterprise);
    a.subject.name = Some("北京星河科技（北京）有限公司".into());
    a
}

fn item<'r>(app: &Application, id: &str, required: bool) -> ChecklistItem<'r> {
    let rule = Rules::builtin().document(id).unwrap();
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

fn documents_app() -> Application {
    let mut a = company();
    let tick = |file: Option<&str>, note: Option<&str>| ChecklistEntry {
        done: true,
        file: file.map(str::to_string),
        note: note.map(str::to_string),
        ..ChecklistEntry::default()
    };
    a.checklist.insert(
        "subject.business_license".into(),
        tick(Some("scans/licence.png"), Some("副本，彩色")),
    );
    a.checklist.insert(
        "leader.id_card".into(),
        tick(Some("scans/leader.pdf"), None),
    );
    // Ticked when the subject was still an individual.
    a.checklist
        .insert("subject.id_card".into(), tick(None, Some("front and back")));
    a
}

fn documents_items(a: &Application) -> Vec<ChecklistItem<'static>> {
    vec![
        item(a, "subject.business_license", true),
        item(a, "leader.id_card", true),
        item(a, "website_leader.id_card", true),
        item(a, "leader.authorization", true),
        item(a, "authenticity_statement", true),
        item(a, "domain.certificate", true),
        item(a, "subject.id_card", false),
    ]
}

fn documents_state(lang: Lang) -> State {
    let mut state = wizard_at(documents_app(), Step::Documents, lang);
    let w = wizard_mut(&mut state);
    w.documents
        .verdicts
        .insert("scans/licence.png".into(), Verdict::Usable(FileKind::Png));
    w.documents
        .verdicts
        .insert("scans/leader.pdf".into(), Verdict::NotImageOrPdf);
    state
}

#[test]
fn documents_empty() {
    for lang in Lang::ALL {
        let state = wizard_at(company(), Step::Documents, lang);
        snapshot("documents_empty", &state, &Data::Documents(vec![]), SMALL);
    }
}

#[test]
fn documents_filled() {
    for lang in Lang::ALL {
        let state = documents_state(lang);
        let items = documents_items(&state.wizard().unwrap().app);
        snapshot("documents_filled", &state, &Data::Documents(items), SMALL);
    }
}

#[test]
fn documents_item_no_longer_required_selected() {
    for lang in Lang::ALL {
        let mut state = documents_state(lang);
        wizard_mut(&mut state).documents.selected = 6;
        let items = documents_items(&state.wizard().unwrap().app);
        snapshot("documents_kept", &state, &Data::Documents(items), SMALL);
    }
}

#[test]
fn documents_bad_scan_and_editing_the_note() {
    for lang in Lang::ALL {
        let mut state = documents_state(lang);
        let w = wizard_mut(&mut state);
        w.documents.selected = 1;
        w.documents.focus = documents::Focus::Note;
        w.documents.input = icp_tui::ui::text_input::TextInput::new("原件已扫描");
        let items = documents_items(&state.wizard().unwrap().app);
        snapshot("documents_editing", &state, &Data::Documents(items), SMALL);
    }
}

// ---- Domains ----

fn domains_app() -> Application {
    let mut a = company();
    a.websites = vec![
        Website {
            name: Some("星河科技官网".into()),
            domain: Some("xinghe-tech.cn".into()),
            registration: Registration {
                registrant: Some("北京星河科技(北京)有限公司".into()),
                registrar: Some("Alibaba Cloud".into()),
                real_name_verified: Some(true),
                expires: Date::parse("2027-05-01"),
                ..Registration::default()
            },
            ..Website::default()
        },
        Website {
            name: Some("星河商城".into()),
            domain: Some("xinghe.shop".into()),
            registration: Registration {
                registrant: Some("北京星海科技有限公司".into()),
                real_name_verified: Some(false),
                ..Registration::default()
            },
            ..Website::default()
        },
    ];
    a
}

/// The engine's checks of one website of the test application.
fn site_checks(index: usize) -> Vec<DomainCheck> {
    engine::domain_checks(&domains_app(), index, Rules::builtin(), &now())
}

#[test]
fn domains_without_websites() {
    for lang in Lang::ALL {
        let state = wizard_at(company(), Step::Domains, lang);
        snapshot("domains_empty", &state, &Data::Domains(vec![]), SMALL);
    }
}

#[test]
fn domains_equal_after_normalizing() {
    for lang in Lang::ALL {
        let state = wizard_at(domains_app(), Step::Domains, lang);
        snapshot(
            "domains_normalized",
            &state,
            &Data::Domains(site_checks(0)),
            SMALL,
        );
    }
}

#[test]
fn domains_with_failures() {
    for lang in Lang::ALL {
        let mut state = wizard_at(domains_app(), Step::Domains, lang);
        run(&mut state, [cmd(Command::NextField)]);
        assert_eq!(state.wizard().unwrap().domains.website, 1);
        snapshot(
            "domains_failed",
            &state,
            &Data::Domains(site_checks(1)),
            SMALL,
        );
    }
}

// ---- Countdown ----

fn instant(text: &str) -> Instant {
    Instant::parse(text).unwrap()
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn deadline(kind: DeadlineKind, field: &str, due: &str, started: Option<&str>) -> Deadline {
    Deadline {
        kind,
        field: field.into(),
        due: date(due),
        due_at: None,
        days_left: now().china_date().days_until(date(due)),
        started: started.map(date),
        assumed_year: None,
    }
}

fn countdown_app() -> Application {
    let mut a = domains_app();
    a.access.subscription_start = Some(date("2026-01-05"));
    a.access.subscription_end = Some(date("2026-12-05"));
    a.progress.submitted = Some(instant("2026-11-20T10:00:00+08:00"));
    a.progress.provider_approved = Some(date("2026-11-21"));
    a.progress.sms_requested = Some(instant("2026-11-22T09:00:00+08:00"));
    a.progress.icp_number = Some("粤ICP备2026012345号".into());
    a
}

fn countdown_report() -> Report {
    let mut sms = deadline(
        DeadlineKind::SmsVerification,
        "progress.sms_requested",
        "2026-11-23",
        Some("2026-11-22"),
    );
    sms.due_at = Some(instant("2026-11-23T09:00:00+08:00"));
    Report {
        findings: vec![
            Finding::new(
                "ICP_NUMBER_PROVINCE_MISMATCH",
                Severity::Error,
                "progress.icp_number",
            )
            .arg("abbr", "粤")
            .arg("expected", "京"),
        ],
        deadlines: vec![
            deadline(
                DeadlineKind::AccessSubscription,
                "access.subscription_end",
                "2026-12-05",
                Some("2026-01-05"),
            ),
            sms,
            deadline(
                DeadlineKind::DomainExpiry,
                "websites[1].registration.expires",
                "2026-11-20",
                None,
            ),
            deadline(
                DeadlineKind::DomainExpiry,
                "websites[0].registration.expires",
                "2027-05-01",
                Some("2026-05-01"),
            ),
            deadline(
                DeadlineKind::LeaderIdExpiry,
                "subject.leader.id_expires",
                "2026-11-27",
                None,
            ),
            deadline(
                DeadlineKind::AdministrationReview,
                "progress.provider_approved",
                "2026-12-19",
                Some("2026-11-21"),
            ),
        ],
    }
}

#[test]
fn countdown_empty() {
    for lang in Lang::ALL {
        let state = wizard_at(company(), Step::Countdown, lang);
        snapshot(
            "countdown_empty",
            &state,
            &Data::Countdown(Report::default()),
            SMALL,
        );
    }
}

#[test]
fn countdown_deadlines() {
    for lang in Lang::ALL {
        let state = wizard_at(countdown_app(), Step::Countdown, lang);
        snapshot(
            "countdown_deadlines",
            &state,
            &Data::Countdown(countdown_report()),
            &[(80, 24), (120, 40)],
        );
    }
}

#[test]
fn countdown_tracker_with_a_finding() {
    for lang in Lang::ALL {
        let mut state = wizard_at(countdown_app(), Step::Countdown, lang);
        run(
            &mut state,
            [
                cmd(Command::NextField),
                cmd(Command::Down),
                cmd(Command::Down),
                cmd(Command::Down),
            ],
        );
        snapshot(
            "countdown_tracker",
            &state,
            &Data::Countdown(countdown_report()),
            SMALL,
        );
    }
}

#[test]
fn countdown_tracker_refuses_an_invalid_date() {
    for lang in Lang::ALL {
        let mut state = wizard_at(countdown_app(), Step::Countdown, lang);
        run(&mut state, [cmd(Command::NextField)]);
        for _ in 0..4 {
            run(&mut state, [cmd(Command::Down)]);
        }
        run(
            &mut state,
            [cmd(Command::Confirm), Action::Edit(Edit::DeleteToStart)],
        );
        run(&mut state, typed("2026-02-30"));
        run(&mut state, [cmd(Command::Confirm)]);
        let w = state.wizard().unwrap();
        assert!(w.countdown.editing, "the invalid value stays in the field");
        assert_eq!(w.app.progress.approved, None);
        snapshot(
            "countdown_invalid",
            &state,
            &Data::Countdown(countdown_report()),
            SMALL,
        );
    }
}
