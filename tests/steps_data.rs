//! The data steps as pure updates: typing (Chinese, cursor moves, paste), dates, masking,
//! pickers, multi-select, the website list, the hosting pickers, step navigation and the
//! review's jump to a field.

mod common;

use common::*;
use icp_tui::app::action::{Action, Command, Edit};
use icp_tui::app::effect::Effect;
use icp_tui::app::state::{Screen, State};
use icp_tui::app::steps::{self, StepContext, review};
use icp_tui::app::update::start;
use icp_tui::engine::{Finding, Report, Severity};
use icp_tui::i18n::Lang;
use icp_tui::model::{
    Application, Billing, CertificateType, Content, Date, Provider, ServiceType, Step, SubjectKind,
};

/// A wizard open at `step` on a fresh application with Beijing chosen.
fn at_step(step: Step) -> State {
    let mut a = app("", Some("beijing"));
    a.meta.step = Some(step);
    let mut state = state_with(vec![entry("a", a)], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    assert_eq!(state.wizard().unwrap().step, step);
    state
}

fn saved(state: &State) -> &Application {
    &state.wizard().unwrap().app
}

fn text_focus(state: &State) -> bool {
    icp_tui::app::text_focus(state)
}

fn tab(n: usize) -> Vec<Action> {
    vec![cmd(Command::NextField); n]
}

/// The screen at 80x24 as a user reads it, a row a line.
fn screen(state: &State) -> String {
    screen_rows(state).join("\n")
}

/// Subject fields for an individual: kind, name, certificate type, number, expires, …
const NAME: usize = 1;
const CERT_NUMBER: usize = 3;
const CERT_EXPIRES: usize = 4;

#[test]
fn typing_chinese_writes_the_name_at_once_and_saves() {
    let mut state = at_step(Step::Subject);
    run(&mut state, tab(NAME));
    assert!(text_focus(&state), "letters type into the name field");
    let effects = run(&mut state, typed("张三"));
    assert_eq!(saved(&state).subject.name.as_deref(), Some("张三"));
    assert!(effects.contains(&Effect::Save { id: "a".into() }));
    // The list's copy follows, so going back shows the new name.
    let entry = state.entry("a").unwrap().app.as_ref().unwrap();
    assert_eq!(entry.subject.name.as_deref(), Some("张三"));
}

#[test]
fn the_cursor_moves_by_character_and_astral_characters_stay_whole() {
    let mut state = at_step(Step::Subject);
    run(&mut state, tab(NAME));
    run(&mut state, typed("张𠮷"));
    run(
        &mut state,
        [Action::Edit(Edit::Left), Action::Edit(Edit::Char('三'))],
    );
    assert_eq!(saved(&state).subject.name.as_deref(), Some("张三𠮷"));
    run(
        &mut state,
        [Action::Edit(Edit::End), Action::Edit(Edit::Backspace)],
    );
    assert_eq!(saved(&state).subject.name.as_deref(), Some("张三"));
    let form = &state.wizard().unwrap().subject.form;
    assert_eq!(form.input.cursor_column(), 4);
}

#[test]
fn a_pasted_name_arrives_whole_on_one_line() {
    let mut state = at_step(Step::Subject);
    run(&mut state, tab(NAME));
    run(
        &mut state,
        [Action::Edit(Edit::Paste("北京星河\n科技有限公司\n".into()))],
    );
    assert_eq!(
        saved(&state).subject.name.as_deref(),
        Some("北京星河 科技有限公司")
    );
}

#[test]
fn an_invalid_date_stays_in_the_field_and_is_not_written() {
    let mut state = at_step(Step::Subject);
    run(&mut state, tab(CERT_EXPIRES));
    run(&mut state, typed("2035-06-30"));
    assert_eq!(
        saved(&state).subject.certificate_expires,
        Date::parse("2035-06-30")
    );
    // Typing over it with an impossible day keeps the last good value in the file.
    run(&mut state, [Action::Edit(Edit::DeleteToStart)]);
    run(&mut state, typed("2035-02-30"));
    assert_eq!(
        saved(&state).subject.certificate_expires,
        Date::parse("2035-06-30")
    );
    // Leaving the field keeps the draft on screen with its message.
    run(&mut state, tab(1));
    let shown = screen(&state);
    assert!(shown.contains("2035-02-30"), "{shown}");
    assert!(shown.contains("February has 28 days"), "{shown}");
    // Emptying the field means long-term.
    run(
        &mut state,
        [cmd(Command::PrevField), Action::Edit(Edit::DeleteToStart)],
    );
    assert_eq!(saved(&state).subject.certificate_expires, None);
    assert!(!screen(&state).contains("February has"));
}

#[test]
fn id_and_mobile_numbers_are_masked_until_revealed() {
    let mut state = at_step(Step::Subject);
    run(&mut state, tab(CERT_NUMBER));
    run(&mut state, typed("11010519491231002X"));
    // While focused, the number is shown as typed.
    assert!(screen(&state).contains("11010519491231002X"));
    run(&mut state, tab(1));
    let shown = screen(&state);
    assert!(shown.contains("1101**********002X"), "{shown}");
    assert!(!shown.contains("11010519491231002X"));
    run(&mut state, [cmd(Command::Reveal)]);
    assert!(screen(&state).contains("11010519491231002X"));
    assert_eq!(
        saved(&state).subject.certificate_number.as_deref(),
        Some("11010519491231002X")
    );
}

#[test]
fn the_kind_picker_shows_and_hides_fields() {
    let mut state = at_step(Step::Subject);
    assert!(!text_focus(&state), "the kind is a picker");
    run(&mut state, [cmd(Command::Confirm)]);
    assert!(
        screen(&state).contains("Social organisation"),
        "the picker is open"
    );
    run(&mut state, [cmd(Command::Confirm)]);
    assert_eq!(saved(&state).subject.kind, Some(SubjectKind::Individual));
    let shown = screen(&state);
    assert!(shown.contains("Local residence permit"));
    assert!(!shown.contains("Legal representative"));

    run(
        &mut state,
        [
            cmd(Command::Confirm),
            cmd(Command::Down),
            cmd(Command::Confirm),
        ],
    );
    assert_eq!(saved(&state).subject.kind, Some(SubjectKind::Enterprise));
    let shown = screen(&state);
    assert!(!shown.contains("Local residence permit"));
    assert!(shown.contains("Legal representative"));
    assert!(shown.contains("Registered name"));
    // Esc closes a picker without choosing.
    run(
        &mut state,
        [
            cmd(Command::Confirm),
            cmd(Command::Down),
            cmd(Command::Back),
        ],
    );
    assert_eq!(saved(&state).subject.kind, Some(SubjectKind::Enterprise));
    assert!(matches!(state.screen, Screen::Wizard(_)));
}

#[test]
fn a_yes_no_field_cycles_through_not_answered() {
    let mut state = at_step(Step::Subject);
    run(&mut state, [cmd(Command::Confirm), cmd(Command::Confirm)]);
    // kind, name, type, number, expires, address, residence permit
    run(&mut state, tab(6));
    run(&mut state, [cmd(Command::Toggle)]);
    assert_eq!(saved(&state).subject.residence_permit, Some(true));
    run(&mut state, [cmd(Command::Toggle)]);
    assert_eq!(saved(&state).subject.residence_permit, Some(false));
    run(&mut state, [cmd(Command::Toggle)]);
    assert_eq!(saved(&state).subject.residence_permit, None);
}

#[test]
fn the_focus_follows_its_field_when_fields_appear() {
    let mut state = at_step(Step::Subject);
    run(&mut state, [cmd(Command::Confirm), cmd(Command::Confirm)]);
    let form = &state.wizard().unwrap().subject.form;
    assert_eq!(form.focus, 0, "still on the kind after choosing it");
}

fn website_state() -> State {
    let mut state = at_step(Step::Websites);
    run(&mut state, [cmd(Command::New)]);
    assert_eq!(saved(&state).websites.len(), 1);
    state
}

#[test]
fn websites_are_added_edited_and_removed_with_confirmation() {
    let mut state = website_state();
    run(&mut state, typed("张三的技术笔记"));
    run(&mut state, tab(1));
    run(&mut state, typed("example.cn"));
    assert_eq!(
        saved(&state).websites[0].domain.as_deref(),
        Some("example.cn")
    );
    // Esc leaves the editor for the list, then the list for the application list.
    run(&mut state, [cmd(Command::Back)]);
    assert!(screen(&state).contains("1. 张三的技术笔记"));
    run(&mut state, [cmd(Command::New), cmd(Command::Back)]);
    assert_eq!(saved(&state).websites.len(), 2);

    run(&mut state, [cmd(Command::Delete)]);
    assert!(screen(&state).contains("Remove \"Website 2\""));
    run(&mut state, [cmd(Command::No)]);
    assert_eq!(saved(&state).websites.len(), 2);
    run(&mut state, [cmd(Command::Delete), cmd(Command::Yes)]);
    assert_eq!(saved(&state).websites.len(), 1);
    assert_eq!(
        saved(&state).websites[0].name.as_deref(),
        Some("张三的技术笔记")
    );

    // No runtime performed the saves here: Esc asks for the save first and leaves only once
    // it worked (`Effect::LeaveIfSaved`, tests/saving.rs); as the runtime would, mark it saved.
    let effects = run(&mut state, [cmd(Command::Back)]);
    assert_eq!(effects.last(), Some(&Effect::LeaveIfSaved));
    if let Screen::Wizard(w) = &mut state.screen {
        w.unsaved = false;
    }
    run(&mut state, [cmd(Command::Back)]);
    assert!(matches!(state.screen, Screen::List(_)));
}

#[test]
fn content_is_a_multi_select_kept_in_picker_order() {
    let mut state = website_state();
    // name, domain, homepage, content
    run(&mut state, tab(3));
    run(&mut state, [cmd(Command::Confirm)]);
    run(
        &mut state,
        [
            cmd(Command::Down),
            cmd(Command::Toggle),
            cmd(Command::Up),
            cmd(Command::Toggle),
        ],
    );
    assert_eq!(
        saved(&state).websites[0].content,
        vec![Content::General, Content::News]
    );
    run(
        &mut state,
        [
            cmd(Command::Down),
            cmd(Command::Toggle),
            cmd(Command::Confirm),
        ],
    );
    assert_eq!(saved(&state).websites[0].content, vec![Content::General]);
    assert!(screen(&state).contains("< General >"));
}

#[test]
fn the_website_leader_copies_the_subject_leader() {
    let mut state = website_state();
    {
        let Screen::Wizard(w) = &mut state.screen else {
            unreachable!()
        };
        w.app.subject.leader.name = Some("张三".into());
        w.app.subject.leader.mobile = Some("13800138000".into());
        w.app.subject.leader.is_legal_representative = Some(true);
    }
    // name, domain, homepage, content, pre-approvals, [heading], same-as button
    run(&mut state, tab(5));
    let effects = run(&mut state, [cmd(Command::Confirm)]);
    let leader = &saved(&state).websites[0].leader;
    assert_eq!(leader.name.as_deref(), Some("张三"));
    assert_eq!(leader.mobile.as_deref(), Some("13800138000"));
    assert_eq!(leader.is_legal_representative, None);
    assert!(effects.contains(&Effect::Save { id: "a".into() }));
}

#[test]
fn hosting_offers_the_providers_services_and_mainland_regions() {
    let mut state = at_step(Step::Access);
    run(&mut state, [cmd(Command::Confirm), cmd(Command::Confirm)]);
    assert_eq!(saved(&state).access.provider, Some(Provider::Alibaba));
    run(&mut state, tab(1));
    run(&mut state, [cmd(Command::Confirm)]);
    let shown = screen(&state);
    assert!(shown.contains("Elastic Compute Service"), "{shown}");
    assert!(
        !shown.contains("Lighthouse"),
        "Tencent's services are not offered"
    );
    run(&mut state, [cmd(Command::Confirm)]);
    assert_eq!(saved(&state).access.service_type, Some(ServiceType::Ecs));

    // The region takes typed text, and Enter offers the mainland regions.
    run(&mut state, tab(2));
    assert!(text_focus(&state));
    run(&mut state, typed("CN-Beijing"));
    assert_eq!(saved(&state).access.region.as_deref(), Some("cn-beijing"));
    run(&mut state, [Action::Edit(Edit::DeleteToStart)]);
    run(&mut state, typed("ap-somewhere-9"));
    assert_eq!(
        saved(&state).access.region.as_deref(),
        Some("ap-somewhere-9")
    );
    run(&mut state, [cmd(Command::Confirm)]);
    let shown = screen(&state);
    assert!(shown.contains("cn-hangzhou"), "{shown}");
    assert!(!shown.contains("cn-hongkong"));
    run(&mut state, [cmd(Command::Confirm)]);
    assert_eq!(saved(&state).access.region.as_deref(), Some("cn-qingdao"));
    assert_eq!(
        state.wizard().unwrap().access.form.input.value(),
        "cn-qingdao"
    );

    run(&mut state, tab(1));
    run(&mut state, [cmd(Command::Confirm), cmd(Command::Confirm)]);
    assert_eq!(saved(&state).access.billing, Some(Billing::Subscription));
    // start, end, public IP, codes used
    run(&mut state, tab(4));
    run(&mut state, typed("x"));
    assert_eq!(saved(&state).access.service_codes_used, None);
    run(&mut state, [Action::Edit(Edit::Backspace)]);
    run(&mut state, typed("2"));
    assert_eq!(saved(&state).access.service_codes_used, Some(2));
}

#[test]
fn step_navigation_walks_the_data_steps_in_order() {
    let mut state = at_step(Step::Province);
    let mut seen = vec![state.wizard().unwrap().step];
    for _ in 0..10 {
        run(&mut state, [cmd(Command::NextStep)]);
        seen.push(state.wizard().unwrap().step);
    }
    // The spec's order, and the last step holds.
    assert_eq!(
        seen,
        vec![
            Step::Province,
            Step::Subject,
            Step::Websites,
            Step::Apps,
            Step::Access,
            Step::Documents,
            Step::Domains,
            Step::Countdown,
            Step::Watch,
            Step::Review,
            Step::Review,
        ]
    );
}

#[test]
fn the_review_jumps_to_the_field_of_a_finding() {
    let mut a = app("", Some("beijing"));
    a.subject.kind = Some(SubjectKind::Individual);
    a.websites = vec![Default::default(), Default::default()];
    a.websites[1].domain = Some("example.cn".into());
    let report = Report {
        findings: vec![
            Finding::new("MOBILE_FORMAT", Severity::Error, "subject.leader.mobile"),
            Finding::new(
                "DOMAIN_EXPIRED",
                Severity::Error,
                "websites[1].registration.expires",
            ),
        ],
        deadlines: vec![],
    };
    let ordered: Vec<&str> = review::ordered(&report).iter().map(|f| f.code).collect();
    assert_eq!(ordered, vec!["MOBILE_FORMAT", "DOMAIN_EXPIRED"]);

    let mut state = state_with(vec![entry("a", a)], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    let Screen::Wizard(wizard) = &mut state.screen else {
        unreachable!()
    };
    wizard.step = Step::Review;
    let now = now();
    let rules = wizard.rules.clone();
    let context = StepContext {
        now: &now,
        rules: &rules,
    };
    // Missing answers are rows too (grouped with their step, before its findings).
    let missing = icp_tui::engine::missing_answers(&wizard.app);
    let rows = review::rows(&missing, &report);
    let target = rows
        .iter()
        .position(|r| matches!(r, review::Row::Finding(f) if f.code == "DOMAIN_EXPIRED"))
        .unwrap();
    for _ in 0..target {
        let outcome = review::update(
            &mut wizard.app,
            &mut wizard.review,
            &cmd(Command::Down),
            &report,
            &context,
        );
        assert!(outcome.handled);
    }
    let outcome = review::update(
        &mut wizard.app,
        &mut wizard.review,
        &cmd(Command::Confirm),
        &report,
        &context,
    );
    assert_eq!(outcome.go_to, Some(Step::Websites));
    assert_eq!(
        outcome.focus.as_deref(),
        Some("websites[1].registration.expires")
    );
    steps::focus(wizard, Step::Websites, "websites[1].registration.expires");
    assert_eq!(wizard.websites.editing, Some(1));
    let fields = steps::websites::fields(&wizard.app, &wizard.rules, 1);
    let focused = wizard.websites.form.focused(&fields).unwrap();
    assert_eq!(focused.path, "websites[1].registration.expires");

    steps::focus(wizard, Step::Subject, "subject.leader.mobile");
    let fields = steps::subject::fields(&wizard.app, &wizard.rules);
    let focused = wizard.subject.form.focused(&fields).unwrap();
    assert_eq!(focused.path, "subject.leader.mobile");

    // Enter on a missing answer goes to its field: the first row is the subject's name.
    assert_eq!(rows[0], review::Row::Missing("subject.name"));
    wizard.review.selected = 0;
    let outcome = review::update(
        &mut wizard.app,
        &mut wizard.review,
        &cmd(Command::Confirm),
        &report,
        &context,
    );
    assert_eq!(outcome.go_to, Some(Step::Subject));
    assert_eq!(outcome.focus.as_deref(), Some("subject.name"));
}

#[test]
fn the_certificate_type_picker_offers_every_type() {
    let mut state = at_step(Step::Subject);
    run(&mut state, tab(2));
    run(
        &mut state,
        [
            cmd(Command::Confirm),
            cmd(Command::Last),
            cmd(Command::Confirm),
        ],
    );
    assert_eq!(
        saved(&state).subject.certificate_type,
        Some(*CertificateType::ALL.last().unwrap())
    );
}
