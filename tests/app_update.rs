//! `update` as a pure function: actions in, state and effects out.

mod common;

use common::*;
use icp_tui::app::action::{Action, Command, Edit};
use icp_tui::app::effect::Effect;
use icp_tui::app::state::{Overlay, Screen};
use icp_tui::app::update::start;
use icp_tui::i18n::Lang;
use icp_tui::model::Step;

fn wizard_province(state: &icp_tui::app::state::State) -> Option<String> {
    state.wizard().and_then(|w| w.app.subject.province.clone())
}

#[test]
fn an_empty_profile_starts_a_new_application_at_the_province_step() {
    let mut state = state_with(vec![], Lang::EnUs);
    let effects = start(&mut state, None, &now());
    let wizard = state.wizard().expect("the wizard is open");
    assert_eq!(wizard.step, Step::Province);
    // Nothing is written before the first change.
    assert_eq!(effects, vec![Effect::SaveSettings]);
    assert_eq!(state.entries.len(), 1);
    let effects = run(&mut state, [cmd(Command::NextStep)]);
    assert_eq!(
        effects,
        vec![Effect::Save {
            id: "20261122-180211".into()
        }]
    );
}

#[test]
fn the_last_application_reopens_at_its_step() {
    let mut a = app("A", Some("beijing"));
    a.meta.step = Some(Step::Province);
    let mut state = state_with(
        vec![entry("a", app("Other", None)), entry("b", a)],
        Lang::EnUs,
    );
    start(&mut state, Some("b"), &now());
    let wizard = state.wizard().unwrap();
    assert_eq!(wizard.id, "b");
    assert_eq!(wizard.step, Step::Province);
}

#[test]
fn an_unreadable_last_application_leaves_the_list_open() {
    let mut state = state_with(
        vec![unreadable("x"), entry("a", app("A", None))],
        Lang::EnUs,
    );
    start(&mut state, Some("x"), &now());
    assert!(matches!(state.screen, Screen::List(_)));
}

#[test]
fn filtering_finds_a_province_by_pinyin_initials_chinese_and_code() {
    for query in ["guang", "gd", "广东", "44", "Guangdong"] {
        let mut state = state_with(vec![entry("a", app("A", None))], Lang::EnUs);
        start(&mut state, Some("a"), &now());
        let mut actions = typed(query);
        actions.push(cmd(Command::Confirm));
        let effects = run(&mut state, actions);
        assert_eq!(
            wizard_province(&state).as_deref(),
            Some("guangdong"),
            "query {query}"
        );
        assert_eq!(
            effects,
            vec![Effect::Save { id: "a".into() }],
            "query {query}"
        );
    }
}

#[test]
fn arrows_move_the_selection_within_the_filtered_list() {
    let mut state = state_with(vec![entry("a", app("A", None))], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    let mut actions = typed("guang");
    actions.extend([
        cmd(Command::Down),
        cmd(Command::Down),
        cmd(Command::Up),
        cmd(Command::Down),
        cmd(Command::Confirm),
    ]);
    run(&mut state, actions);
    assert_eq!(wizard_province(&state).as_deref(), Some("guangxi"));
}

#[test]
fn editing_the_filter_deletes_by_character() {
    let mut state = state_with(vec![entry("a", app("A", None))], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    let mut actions = typed("广东x");
    actions.push(Action::Edit(Edit::Backspace));
    run(&mut state, actions);
    assert_eq!(state.wizard().unwrap().province.filter.value(), "广东");
}

#[test]
fn esc_clears_the_filter_first_then_returns_to_the_list() {
    let mut state = state_with(vec![entry("a", app("A", None))], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    run(&mut state, typed("zhe"));
    run(&mut state, [cmd(Command::Back)]);
    assert!(state.wizard().unwrap().province.filter.is_empty());
    let effects = run(&mut state, [cmd(Command::Back)]);
    assert!(matches!(state.screen, Screen::List(_)));
    assert_eq!(effects, vec![Effect::Reload]);
}

#[test]
fn the_language_switch_is_saved() {
    let mut state = state_with(vec![], Lang::EnUs);
    let effects = run(&mut state, [cmd(Command::ToggleLanguage)]);
    assert_eq!(state.lang, Lang::ZhCn);
    assert_eq!(effects, vec![Effect::SaveSettings]);
    run(&mut state, [cmd(Command::ToggleLanguage)]);
    assert_eq!(state.lang, Lang::EnUs);
}

#[test]
fn quitting_an_untouched_application_writes_only_the_settings() {
    let mut state = state_with(vec![entry("a", app("A", None))], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    let before = state.wizard().unwrap().app.clone();
    let effects = run(&mut state, [cmd(Command::Quit)]);
    assert!(state.quit);
    assert_eq!(effects, vec![Effect::SaveSettings]);
    assert_eq!(state.wizard().unwrap().app, before, "not even meta.updated");
}

#[test]
fn quitting_after_a_save_that_did_not_happen_saves_again() {
    let mut state = state_with(vec![entry("a", app("A", None))], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    // A step move asks for a save; no runtime performed it, so it is still unsaved.
    run(&mut state, [cmd(Command::NextStep)]);
    assert!(state.wizard().unwrap().unsaved);
    let effects = run(&mut state, [cmd(Command::Quit)]);
    assert_eq!(
        effects,
        vec![Effect::Save { id: "a".into() }, Effect::SaveSettings]
    );
}

#[test]
fn read_only_never_asks_to_save_an_application() {
    let mut state =
        icp_tui::app::state::State::new(Lang::EnUs, vec![entry("a", app("A", None))], true);
    start(&mut state, Some("a"), &now());
    let mut actions = typed("44");
    actions.push(cmd(Command::Confirm));
    actions.push(cmd(Command::Quit));
    let effects = run(&mut state, actions);
    assert!(
        effects.iter().all(|e| !matches!(e, Effect::Save { .. })),
        "{effects:?}"
    );
}

#[test]
fn step_navigation_stays_within_working_steps() {
    let mut state = state_with(vec![entry("a", app("A", None))], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    run(&mut state, [cmd(Command::PrevStep)]);
    assert_eq!(state.wizard().unwrap().step, Step::Province);
    let steps = icp_tui::app::steps::WORKING;
    run(
        &mut state,
        std::iter::repeat_n(cmd(Command::NextStep), steps.len() + 2),
    );
    assert_eq!(state.wizard().unwrap().step, *steps.last().unwrap());
}

#[test]
fn list_new_rename_and_delete_with_confirmation() {
    let mut state = state_with(
        vec![entry("a", app("A", None)), entry("b", app("B", None))],
        Lang::EnUs,
    );
    run(&mut state, [cmd(Command::Down), cmd(Command::Rename)]);
    assert!(matches!(state.overlay, Some(Overlay::Rename { .. })));
    let mut actions = vec![Action::Edit(Edit::DeleteToStart)];
    actions.extend(typed("张三的博客"));
    actions.push(cmd(Command::Confirm));
    let effects = run(&mut state, actions);
    assert_eq!(effects, vec![Effect::Save { id: "b".into() }]);
    assert_eq!(
        state.entry("b").unwrap().app.as_ref().unwrap().title(),
        "张三的博客"
    );

    run(&mut state, [cmd(Command::Delete)]);
    assert!(matches!(state.overlay, Some(Overlay::ConfirmDelete { .. })));
    assert!(run(&mut state, [cmd(Command::No)]).is_empty());
    assert_eq!(state.entries.len(), 2);
    run(&mut state, [cmd(Command::Delete)]);
    let effects = run(&mut state, [cmd(Command::Yes)]);
    assert_eq!(effects, vec![Effect::Delete { id: "b".into() }]);
    assert_eq!(state.entries.len(), 1);

    let effects = run(&mut state, [cmd(Command::New)]);
    assert_eq!(
        effects,
        vec![Effect::SaveSettings],
        "created on its first change"
    );
    assert!(state.wizard().is_some());
}

#[test]
fn an_unreadable_file_is_never_deleted_or_opened() {
    let mut state = state_with(vec![unreadable("x")], Lang::EnUs);
    let effects = run(&mut state, [cmd(Command::Delete)]);
    assert!(
        effects.is_empty() && state.overlay.is_none(),
        "no confirmation, no delete"
    );
    let flash = state.flash.clone().expect("the user is told why");
    assert_eq!((flash.id, flash.error), ("delete-unreadable", true));
    assert!(
        flash
            .args
            .iter()
            .any(|(k, v)| *k == "file" && v.ends_with("x.toml"))
    );
    let effects = run(&mut state, [cmd(Command::Confirm)]);
    assert!(effects.iter().all(|e| !matches!(e, Effect::Delete { .. })));
    assert!(matches!(state.screen, Screen::List(_)), "it does not open");
}

#[test]
fn help_opens_and_closes() {
    let mut state = state_with(vec![], Lang::EnUs);
    run(&mut state, [cmd(Command::ToggleHelp)]);
    assert!(matches!(state.overlay, Some(Overlay::Help)));
    run(&mut state, [cmd(Command::Back)]);
    assert!(state.overlay.is_none());
}

// ---- Issue 8: read-only instances refuse edits; Ctrl+C keeps half-typed text ----

fn at_step(state: &mut icp_tui::app::state::State, step: Step) {
    while state.wizard().unwrap().step != step {
        run(state, [cmd(Command::NextStep)]);
    }
}

fn first_document(state: &icp_tui::app::state::State) -> String {
    let wizard = state.wizard().unwrap();
    icp_tui::engine::checklist(&wizard.app, icp_tui::rules::Rules::builtin())[0]
        .rule
        .id
        .clone()
}

fn read_only_at(step: Step) -> icp_tui::app::state::State {
    let mut state =
        icp_tui::app::state::State::new(Lang::EnUs, vec![entry("a", app("A", None))], true);
    start(&mut state, Some("a"), &now());
    at_step(&mut state, step);
    state
}

fn refused(state: &icp_tui::app::state::State) -> bool {
    state
        .flash
        .as_ref()
        .is_some_and(|f| f.id == "session-read-only-refused" && f.error)
}

#[test]
fn read_only_refuses_typing_into_a_field_and_keeps_nothing() {
    let mut state = read_only_at(Step::Documents);
    run(&mut state, [cmd(Command::Confirm)]);
    let effects = run(&mut state, typed("scan.jpg"));
    assert!(effects.is_empty(), "{effects:?}");
    assert!(refused(&state), "{:?}", state.flash);
    let wizard = state.wizard().unwrap();
    assert!(wizard.documents.input.is_empty(), "nothing was typed");
    assert!(wizard.app.checklist.is_empty());
}

#[test]
fn read_only_refuses_a_tick_and_undoes_it() {
    let mut state = read_only_at(Step::Documents);
    let effects = run(&mut state, [cmd(Command::Toggle)]);
    assert!(effects.is_empty(), "{effects:?}");
    assert!(refused(&state));
    assert!(state.wizard().unwrap().app.checklist.is_empty());
}

#[test]
fn read_only_refuses_new_rename_and_delete_on_the_list() {
    for command in [Command::New, Command::Rename, Command::Delete] {
        let mut state =
            icp_tui::app::state::State::new(Lang::EnUs, vec![entry("a", app("A", None))], true);
        let effects = run(&mut state, [cmd(command)]);
        assert!(effects.is_empty(), "{command:?}: {effects:?}");
        assert!(refused(&state), "{command:?}");
        assert!(state.overlay.is_none(), "{command:?}");
        assert_eq!(state.entries.len(), 1);
    }
}

#[test]
fn read_only_still_searches_moves_and_reads() {
    let mut state = read_only_at(Step::Province);
    run(&mut state, typed("gd"));
    assert!(state.flash.is_none(), "a search is not an edit");
    assert_eq!(state.wizard().unwrap().province.filter.value(), "gd");
    at_step(&mut state, Step::Documents);
    run(&mut state, [cmd(Command::Down), cmd(Command::Confirm)]);
    assert!(
        state.flash.is_none(),
        "moving and opening the editor are not edits"
    );
}

#[test]
fn a_writable_instance_types_and_ticks_without_a_refusal() {
    let mut state = state_with(vec![entry("a", app("A", None))], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    at_step(&mut state, Step::Documents);
    let effects = run(&mut state, [cmd(Command::Toggle)]);
    assert_eq!(effects, vec![Effect::Save { id: "a".into() }]);
    assert!(state.flash.is_none());
    run(&mut state, [cmd(Command::Confirm)]);
    run(&mut state, typed("x"));
    assert_eq!(state.wizard().unwrap().documents.input.value(), "x");
    assert!(state.flash.is_none());
}

fn writable_at(step: Step) -> icp_tui::app::state::State {
    let mut state = state_with(vec![entry("a", app("A", None))], Lang::EnUs);
    state.working_dir = Some("/home/z/filing".into());
    start(&mut state, Some("a"), &now());
    at_step(&mut state, step);
    state
}

#[test]
fn ctrl_c_keeps_a_half_typed_scan_path_stored_absolute() {
    let mut state = writable_at(Step::Documents);
    let id = first_document(&state);
    run(&mut state, [cmd(Command::Confirm)]);
    run(&mut state, typed("scans/id.jpg"));
    let effects = run(&mut state, [cmd(Command::Quit)]);
    assert_eq!(
        effects,
        vec![Effect::Save { id: "a".into() }, Effect::SaveSettings]
    );
    let wizard = state.wizard().unwrap();
    assert_eq!(
        wizard.app.checklist[&id].file.as_deref(),
        Some("/home/z/filing/scans/id.jpg")
    );
    assert_eq!(state.unsaved, None);
}

#[test]
fn ctrl_c_keeps_a_half_typed_note() {
    let mut state = writable_at(Step::Documents);
    let id = first_document(&state);
    run(&mut state, [cmd(Command::PrevField)]);
    run(&mut state, typed("front and back"));
    run(&mut state, [cmd(Command::Quit)]);
    let entry = &state.wizard().unwrap().app.checklist[&id];
    assert_eq!(entry.note.as_deref(), Some("front and back"));
}

#[test]
fn esc_still_drops_what_was_typed_in_the_note() {
    let mut state = writable_at(Step::Documents);
    run(&mut state, [cmd(Command::PrevField)]);
    run(&mut state, typed("front and back"));
    run(&mut state, [cmd(Command::Back), cmd(Command::Quit)]);
    assert!(state.wizard().unwrap().app.checklist.is_empty());
}

#[test]
fn a_relative_scan_path_is_shown_as_typed() {
    let mut state = writable_at(Step::Documents);
    let id = first_document(&state);
    run(&mut state, [cmd(Command::Confirm)]);
    run(&mut state, typed("./scans/id.jpg"));
    run(&mut state, [cmd(Command::Confirm)]);
    let wizard = state.wizard().unwrap();
    let stored = wizard.app.checklist[&id].file.clone().unwrap();
    assert_eq!(stored, "/home/z/filing/scans/id.jpg");
    assert_eq!(wizard.documents.as_typed(&stored), "./scans/id.jpg");
    // Editing it again starts from what was typed.
    run(&mut state, [cmd(Command::Confirm)]);
    assert_eq!(
        state.wizard().unwrap().documents.input.value(),
        "./scans/id.jpg"
    );
}

fn tracker_field(state: &mut icp_tui::app::state::State, index: usize) {
    run(state, [cmd(Command::NextField)]);
    for _ in 0..index {
        run(state, [cmd(Command::Down)]);
    }
    run(state, [cmd(Command::Confirm)]);
}

#[test]
fn ctrl_c_keeps_a_typed_tracker_date() {
    let mut state = writable_at(Step::Countdown);
    // The second field, the day the provider approved (a date).
    tracker_field(&mut state, 1);
    run(&mut state, typed("2026-11-24"));
    run(&mut state, [cmd(Command::Quit)]);
    let progress = &state.wizard().unwrap().app.progress;
    assert_eq!(
        progress.provider_approved,
        icp_tui::model::Date::parse("2026-11-24")
    );
    assert_eq!(state.unsaved, None);
}

#[test]
fn ctrl_c_with_a_half_typed_date_says_what_was_not_saved() {
    let mut state = writable_at(Step::Countdown);
    tracker_field(&mut state, 1);
    run(&mut state, typed("2026-11-"));
    run(&mut state, [cmd(Command::Quit)]);
    assert_eq!(state.wizard().unwrap().app.progress.provider_approved, None);
    let unsaved = state.unsaved.clone().expect("told on the way out");
    assert_eq!(unsaved.field, "tracker-field-provider_approved");
    assert_eq!(unsaved.typed, "2026-11-");
    assert_eq!(unsaved.why, "habits-tracker-not-a-date");
}

#[test]
fn only_f2_marks_the_language_as_chosen() {
    let mut state = state_with(vec![entry("a", app("A", None))], Lang::ZhCn);
    start(&mut state, Some("a"), &now());
    run(&mut state, [cmd(Command::Back), cmd(Command::Confirm)]);
    assert!(
        !state.lang_chosen,
        "opening an application chooses no language"
    );
    run(&mut state, [cmd(Command::ToggleLanguage)]);
    assert!(state.lang_chosen);
}

/// A move on the list makes nothing again on the same day (at 10,000 filings that was 10 ms
/// of every key); a new day's first action, a move included, makes the list of that day, and
/// so does any other action on the same day.
#[test]
fn a_move_on_the_list_remakes_it_only_on_a_new_day() {
    use icp_tui::app::update::update;
    use icp_tui::model::Instant;
    let mut state = state_with(
        vec![entry("a", app("A", None)), entry("b", app("B", None))],
        Lang::EnUs,
    );
    let at = |text: &str| Instant::parse(text).unwrap();
    let made = |state: &icp_tui::app::state::State| state.clock.clone();
    update(
        &mut state,
        cmd(Command::Sort),
        &at("2026-11-22T19:00:00+08:00"),
    );
    update(
        &mut state,
        cmd(Command::Sort),
        &at("2026-11-22T19:00:01+08:00"),
    );
    assert_eq!(made(&state), Some(at("2026-11-22T19:00:01+08:00")));
    let selected = |state: &icp_tui::app::state::State| match &state.screen {
        Screen::List(list) => list.selected,
        _ => panic!("on the list"),
    };
    update(
        &mut state,
        cmd(Command::Down),
        &at("2026-11-22T23:59:59+08:00"),
    );
    update(&mut state, Action::Tick, &at("2026-11-22T23:59:59+08:00"));
    assert_eq!(selected(&state), 1, "the move is made");
    assert_eq!(made(&state), Some(at("2026-11-22T19:00:01+08:00")));
    update(
        &mut state,
        cmd(Command::Up),
        &at("2026-11-23T00:00:01+08:00"),
    );
    assert_eq!(selected(&state), 0);
    assert_eq!(made(&state), Some(at("2026-11-23T00:00:01+08:00")));
}
