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
