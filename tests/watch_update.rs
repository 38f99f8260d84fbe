//! The documents, domains and countdown steps through `update` and the runtime's `perform`:
//! what is saved, what is refused, when the screen ticks, and where files are checked.

mod common;

use common::*;
use icp_tui::app::action::{Action, Command, Edit};
use icp_tui::app::effect::Effect;
use icp_tui::app::run::{needs_tick, perform};
use icp_tui::app::state::{Flash, Screen, State, Wizard};
use icp_tui::app::steps::countdown::Pane;
use icp_tui::app::update::{start, update};
use icp_tui::files::{FileKind, Verdict};
use icp_tui::i18n::Lang;
use icp_tui::model::{Application, ChecklistEntry, Date, Instant, Step, Website};

fn at(app: Application, step: Step) -> State {
    let mut app = app;
    app.meta.step = Some(step);
    let mut state = state_with(vec![entry("a", app)], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    state
}

fn wizard(state: &State) -> &Wizard {
    state.wizard().expect("the wizard is open")
}

fn wizard_mut(state: &mut State) -> &mut Wizard {
    match &mut state.screen {
        Screen::Wizard(w) => w,
        Screen::List(_) => panic!("the wizard is open"),
    }
}

fn save() -> Effect {
    Effect::Save { id: "a".into() }
}

#[test]
fn the_three_steps_follow_access_in_spec_order() {
    use icp_tui::app::steps::WORKING;
    let position = |s| WORKING.iter().position(|w| *w == s);
    let order: Vec<_> = Step::ALL.iter().filter_map(|s| position(*s)).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{WORKING:?}");
    assert!(position(Step::Documents).is_some());
    assert!(position(Step::Domains).is_some());
    assert!(position(Step::Countdown).is_some());
}

#[test]
fn only_the_countdown_ticks() {
    let mut state = at(app("A", None), Step::Documents);
    assert!(!needs_tick(&state));
    run(&mut state, [cmd(Command::NextStep), cmd(Command::NextStep)]);
    assert_eq!(wizard(&state).step, Step::Countdown);
    assert!(needs_tick(&state));
    // No runtime performed the step moves' saves: mark them saved, as it would, so that Esc
    // leaves (an unsaved change is saved first, tests/saving.rs).
    if let icp_tui::app::state::Screen::Wizard(w) = &mut state.screen {
        w.unsaved = false;
    }
    run(&mut state, [cmd(Command::Back)]);
    assert!(!needs_tick(&state), "the list does not tick");
}

#[test]
fn a_tick_moves_the_clock_saves_nothing_and_keeps_messages() {
    let mut state = at(app("A", None), Step::Countdown);
    state.flash = Some(Flash::error("save-failed", vec![]));
    let later = Instant::parse("2026-11-22T18:02:12+08:00").unwrap();
    let effects = update(&mut state, Action::Tick, &later);
    assert!(effects.is_empty());
    assert!(state.flash.is_some(), "a tick is not the user acting");
    assert_eq!(wizard(&state).clock.as_ref(), Some(&later));
}

#[test]
fn recording_a_date_in_the_tracker_saves_it() {
    let mut state = at(app("A", None), Step::Countdown);
    run(&mut state, [cmd(Command::NextField)]);
    assert_eq!(wizard(&state).countdown.pane, Pane::Tracker);
    // An empty field offers now: Enter, Enter records the moment of submission.
    let effects = run(&mut state, [cmd(Command::Confirm), cmd(Command::Confirm)]);
    assert_eq!(effects, vec![save()]);
    assert_eq!(wizard(&state).app.progress.submitted, Some(now()));
    // Provider review passed: typed by hand.
    run(&mut state, [cmd(Command::Down), cmd(Command::Confirm)]);
    run(&mut state, [Action::Edit(Edit::DeleteToStart)]);
    run(&mut state, typed("2026-11-24"));
    let effects = run(&mut state, [cmd(Command::Confirm)]);
    assert_eq!(effects, vec![save()]);
    assert_eq!(
        wizard(&state).app.progress.provider_approved,
        Date::parse("2026-11-24")
    );
}

#[test]
fn an_invalid_value_stays_in_the_field_and_is_not_written() {
    let mut state = at(app("A", None), Step::Countdown);
    run(
        &mut state,
        [
            cmd(Command::NextField),
            cmd(Command::Down),
            cmd(Command::Down),
        ],
    );
    run(
        &mut state,
        [cmd(Command::Confirm), Action::Edit(Edit::DeleteToStart)],
    );
    run(&mut state, typed("24/11/2026 16:00"));
    let effects = run(&mut state, [cmd(Command::Confirm)]);
    assert!(effects.is_empty(), "nothing saved: {effects:?}");
    let w = wizard(&state);
    assert!(w.countdown.editing);
    assert!(w.countdown.invalid.is_some());
    assert_eq!(w.countdown.input.value(), "24/11/2026 16:00");
    assert_eq!(w.app.progress.sms_requested, None);
    // Esc gives up the edit and stays on the step.
    let effects = run(&mut state, [cmd(Command::Back)]);
    assert!(effects.is_empty());
    assert!(!wizard(&state).countdown.editing);
    assert_eq!(wizard(&state).step, Step::Countdown);
}

#[test]
fn an_empty_value_clears_a_recorded_one() {
    let mut a = app("A", None);
    a.progress.icp_number = Some("京ICP备2026012345号".into());
    let mut state = at(a, Step::Countdown);
    run(&mut state, [cmd(Command::NextField)]);
    for _ in 0..5 {
        run(&mut state, [cmd(Command::Down)]);
    }
    run(&mut state, [cmd(Command::Confirm)]);
    assert_eq!(
        wizard(&state).countdown.input.value(),
        "京ICP备2026012345号"
    );
    run(&mut state, [Action::Edit(Edit::DeleteToStart)]);
    let effects = run(&mut state, [cmd(Command::Confirm)]);
    assert_eq!(effects, vec![save()]);
    assert_eq!(wizard(&state).app.progress.icp_number, None);
}

#[test]
fn the_domain_step_cycles_through_websites() {
    let mut a = app("A", None);
    a.websites = vec![Website::default(), Website::default(), Website::default()];
    let mut state = at(a, Step::Domains);
    run(
        &mut state,
        [cmd(Command::NextField), cmd(Command::NextField)],
    );
    assert_eq!(wizard(&state).domains.website, 2);
    run(&mut state, [cmd(Command::NextField)]);
    assert_eq!(wizard(&state).domains.website, 0);
    run(&mut state, [cmd(Command::PrevField)]);
    assert_eq!(wizard(&state).domains.website, 2);
}

#[test]
fn the_runtime_checks_attached_scans_on_the_documents_step() {
    let dir = tempfile::tempdir().unwrap();
    let scan = dir.path().join("licence.pdf");
    std::fs::write(&scan, b"%PDF-1.7\n...").unwrap();
    let scan = scan.display().to_string();
    let gone = dir.path().join("gone.jpg").display().to_string();
    let mut a = app("A", None);
    for (id, file) in [
        ("subject.business_license", &scan),
        ("leader.id_card", &gone),
    ] {
        a.checklist.insert(
            id.into(),
            ChecklistEntry {
                file: Some(file.clone()),
                ..ChecklistEntry::default()
            },
        );
    }
    let mut state = at(a, Step::Documents);
    assert!(
        wizard(&state).documents.verdicts.is_empty(),
        "update never looks"
    );
    perform(&mut state, &mut Recorder::default(), vec![]);
    let verdicts = &wizard(&state).documents.verdicts;
    assert_eq!(verdicts[&scan], Verdict::Usable(FileKind::Pdf));
    assert_eq!(verdicts[&gone], Verdict::Missing);

    // The file appears later; the verdict is kept until the user confirms the path again.
    std::fs::write(&gone, [0xFF, 0xD8, 0xFF, 0xE0]).unwrap();
    perform(&mut state, &mut Recorder::default(), vec![]);
    assert_eq!(wizard(&state).documents.verdicts[&gone], Verdict::Missing);
    wizard_mut(&mut state).documents.verdicts.remove(&gone);
    perform(&mut state, &mut Recorder::default(), vec![]);
    assert_eq!(
        wizard(&state).documents.verdicts[&gone],
        Verdict::Usable(FileKind::Jpeg)
    );
}

/// On any step: Review's verdict counts a ticked document whose scan is gone as not ready,
/// so the runtime judges scans wherever the user is (and checks the filing again).
#[test]
fn the_runtime_checks_attached_scans_on_every_step_for_the_verdict() {
    let mut a = app("A", None);
    a.checklist.insert(
        "subject.id_card".into(),
        ChecklistEntry {
            done: true,
            file: Some("/nonexistent/id.jpg".into()),
            ..ChecklistEntry::default()
        },
    );
    let mut state = at(a, Step::Countdown);
    assert!(!wizard(&state).report.has("CHECKLIST_FILE_UNUSABLE"));
    perform(&mut state, &mut Recorder::default(), vec![]);
    assert_eq!(
        wizard(&state).documents.verdicts["/nonexistent/id.jpg"],
        Verdict::Missing
    );
    assert!(wizard(&state).report.has("CHECKLIST_FILE_UNUSABLE"));
}
