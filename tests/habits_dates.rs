//! Dates as people write them, through the Action path: a form's date is read when the field
//! is left or confirmed, never while it is typed; the tracker takes a time in China time.

mod common;

use common::*;
use icp_tui::app::action::{Action, Command, Edit};
use icp_tui::app::state::State;
use icp_tui::app::update::start;
use icp_tui::i18n::Lang;
use icp_tui::model::{Date, Step};

/// Subject fields for an individual: kind, name, certificate type, number, expires, …
const CERT_EXPIRES: usize = 4;

fn at_subject(lang: Lang) -> State {
    let mut a = app("", Some("beijing"));
    a.meta.step = Some(Step::Subject);
    let mut state = state_with(vec![entry("a", a)], lang);
    start(&mut state, Some("a"), &now());
    run(&mut state, vec![cmd(Command::NextField); CERT_EXPIRES]);
    state
}

fn expires(state: &State) -> Option<Date> {
    state.wizard().unwrap().app.subject.certificate_expires
}

fn field_text(state: &State) -> String {
    state
        .wizard()
        .unwrap()
        .subject
        .form
        .input
        .value()
        .to_string()
}

#[test]
fn each_written_form_is_saved_as_the_toml_date_once_the_field_is_left() {
    for typed_text in ["2030/02/03", "2030.02.03", "2030-2-3", "2030年2月3日"] {
        for leave in [Command::NextField, Command::Confirm, Command::PrevField] {
            let mut state = at_subject(Lang::EnUs);
            run(&mut state, typed(typed_text));
            assert_eq!(expires(&state), None, "{typed_text}: not read while typed");
            assert_eq!(
                field_text(&state),
                typed_text,
                "never rewritten while typed"
            );
            run(&mut state, [cmd(leave)]);
            assert_eq!(
                expires(&state),
                Date::new(2030, 2, 3),
                "{typed_text} {leave:?}"
            );
            // The focus went where the key sent it, not back to the date.
            let focus = state.wizard().unwrap().subject.form.focus;
            let want = match leave {
                Command::PrevField => CERT_EXPIRES - 1,
                _ => CERT_EXPIRES + 1,
            };
            assert_eq!(focus, want, "{typed_text} {leave:?}");
        }
    }
}

#[test]
fn confirming_in_place_shows_the_normalized_date() {
    let mut state = at_subject(Lang::EnUs);
    run(&mut state, typed("2030.2.3"));
    // Ctrl+R keeps the focus: the field now shows what was saved.
    run(&mut state, [cmd(Command::Reveal)]);
    assert_eq!(expires(&state), Date::new(2030, 2, 3));
    assert_eq!(field_text(&state), "2030-02-03");
}

#[test]
fn a_half_typed_date_is_left_alone_under_the_cursor() {
    let mut state = at_subject(Lang::EnUs);
    run(&mut state, typed("2035-06-30"));
    assert_eq!(
        expires(&state),
        Date::new(2035, 6, 30),
        "the format's own form at once"
    );
    run(&mut state, [Action::Edit(Edit::Backspace)]);
    // `2035-06-3` would be 3 June if read now: it is not read, the file keeps 30 June.
    assert_eq!(field_text(&state), "2035-06-3");
    assert_eq!(expires(&state), Date::new(2035, 6, 30));
    run(&mut state, typed("1"));
    assert_eq!(field_text(&state), "2035-06-31");
    assert_eq!(expires(&state), Date::new(2035, 6, 30));
    // Left with a day June lacks: the text stays with the reason, the file keeps 30 June.
    run(&mut state, [cmd(Command::NextField)]);
    assert_eq!(expires(&state), Date::new(2035, 6, 30));
    let form = &state.wizard().unwrap().subject.form;
    let draft = form.drafts.get("subject.certificate_expires").unwrap();
    assert_eq!(draft.0, "2035-06-31");
    assert_eq!(
        draft.1,
        icp_tui::app::form::Invalid::NoSuchDay { month: 6, days: 30 }
    );
}

#[test]
fn moving_the_cursor_is_not_leaving() {
    let mut state = at_subject(Lang::EnUs);
    run(&mut state, typed("2030/2/3"));
    run(
        &mut state,
        [Action::Edit(Edit::Left), Action::Edit(Edit::Home)],
    );
    assert_eq!(expires(&state), None);
    assert_eq!(field_text(&state), "2030/2/3");
}

#[test]
fn changing_step_and_quitting_read_the_typed_date() {
    let mut state = at_subject(Lang::EnUs);
    run(&mut state, typed("2030年2月3日"));
    run(&mut state, [cmd(Command::NextStep)]);
    assert_eq!(expires(&state), Date::new(2030, 2, 3));

    let mut state = at_subject(Lang::ZhCn);
    run(&mut state, typed("2031/12/31"));
    let effects = run(&mut state, [cmd(Command::Quit)]);
    assert_eq!(expires(&state), Date::new(2031, 12, 31));
    assert!(effects.contains(&icp_tui::app::effect::Effect::Save { id: "a".into() }));
}

#[test]
fn esc_drops_a_half_typed_date() {
    let mut state = at_subject(Lang::EnUs);
    run(&mut state, typed("2030/2/"));
    run(&mut state, [cmd(Command::Back)]);
    assert_eq!(expires(&state), None);
    assert_eq!(field_text(&state), "");
    assert_eq!(state.wizard().unwrap().step, Step::Subject);
}

#[test]
fn the_tracker_takes_a_date_and_time_in_china_time() {
    let mut a = app("", Some("beijing"));
    a.meta.step = Some(Step::Countdown);
    let mut state = state_with(vec![entry("a", a)], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    // The first tracker field is `submitted`, a moment.
    run(&mut state, [cmd(Command::NextField), cmd(Command::Confirm)]);
    run(&mut state, [Action::Edit(Edit::DeleteToStart)]);
    run(&mut state, typed("2026/11/30 10:00"));
    run(&mut state, [cmd(Command::Confirm)]);
    let progress = &state.wizard().unwrap().app.progress;
    assert_eq!(
        progress
            .submitted
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("2026-11-30T10:00:00+08:00")
    );
    // A day the month lacks is refused with the days it has.
    run(&mut state, [cmd(Command::Down), cmd(Command::Confirm)]);
    run(&mut state, [Action::Edit(Edit::DeleteToStart)]);
    run(&mut state, typed("2026-02-30"));
    run(&mut state, [cmd(Command::Confirm)]);
    let wizard = state.wizard().unwrap();
    assert_eq!(wizard.app.progress.provider_approved, None);
    assert_eq!(
        wizard.countdown.invalid,
        Some(icp_tui::engine::tracker::Invalid::NoSuchDay { month: 2, days: 28 })
    );
}
