//! The scrolled panes (Domains, Countdown, the Province facts) stop counting Down presses at
//! the end of what was drawn: after any number of them, one Up moves the text back. Drawn at
//! 80x24 in both languages, through the real view and `update`.

mod common;

use common::*;
use icp_tui::app::action::Command;
use icp_tui::app::state::{State, Wizard};
use icp_tui::app::update::start;
use icp_tui::i18n::Lang;
use icp_tui::model::{Application, Step};

fn fixture() -> Application {
    let text = std::fs::read_to_string("tests/data/valid_enterprise.toml").unwrap();
    Application::from_toml_str(&text).unwrap()
}

fn at(step: Step, lang: Lang) -> State {
    let mut app = fixture();
    // Eight websites: more deadlines than the countdown's pane holds at 80x24.
    let site = app.websites[0].clone();
    for n in 2..=8 {
        let domain = format!("example{n}.cn");
        let mut more = site.clone();
        more.domain = Some(domain);
        app.websites.push(more);
    }
    app.meta.step = Some(step);
    let mut state = state_with(vec![entry("a", app)], lang);
    start(&mut state, Some("a"), &now());
    state
}

fn draw(state: &State) -> String {
    drawn(state, 80, 24)
}

fn wizard(state: &State) -> &Wizard {
    state.wizard().expect("the wizard is open")
}

/// Presses Down far past the end, then Up once: the offset stops at the drawn limit, and
/// one Up shows other rows than the end did.
fn check_pane(step: Step, setup: &[Command], offset: fn(&Wizard) -> (u16, Option<usize>)) {
    for lang in Lang::ALL {
        let mut state = at(step, lang);
        run(&mut state, setup.iter().copied().map(cmd));
        draw(&state);
        let (_, limit) = offset(wizard(&state));
        let limit = limit.expect("drawn once, the limit is known");
        assert!(
            limit > 0,
            "{step:?} {lang:?}: the text must be taller than the pane"
        );
        run(&mut state, (0..200).map(|_| cmd(Command::Down)));
        assert_eq!(
            offset(wizard(&state)).0 as usize,
            limit,
            "{step:?} {lang:?}"
        );
        let at_end = draw(&state);
        run(&mut state, [cmd(Command::Down)]);
        assert_eq!(
            draw(&state),
            at_end,
            "{step:?} {lang:?}: nothing below the end"
        );
        run(&mut state, [cmd(Command::Up)]);
        assert_eq!(
            offset(wizard(&state)).0 as usize,
            limit - 1,
            "{step:?} {lang:?}"
        );
        assert_ne!(
            draw(&state),
            at_end,
            "{step:?} {lang:?}: one Up moves the text"
        );
        // PageDown is clamped too; Up at the top stays at 0.
        run(&mut state, (0..40).map(|_| cmd(Command::PageDown)));
        assert_eq!(
            offset(wizard(&state)).0 as usize,
            limit,
            "{step:?} {lang:?}"
        );
        run(&mut state, (0..300).map(|_| cmd(Command::Up)));
        assert_eq!(offset(wizard(&state)).0, 0, "{step:?} {lang:?}");
    }
}

#[test]
fn domains_stop_at_the_end() {
    check_pane(Step::Domains, &[], |w| {
        (w.domains.scroll, w.domains.scroll_limit.get())
    });
}

#[test]
fn the_countdown_stops_at_the_end() {
    check_pane(Step::Countdown, &[], |w| {
        (w.countdown.scroll, w.countdown.scroll_limit.get())
    });
}

#[test]
fn the_province_facts_stop_at_the_end() {
    check_pane(Step::Province, &[Command::NextField], |w| {
        (w.province.facts_scroll, w.province.facts_limit.get())
    });
}

/// The nearest case that does not clamp: before the pane was ever drawn nothing is known,
/// and Down counts as before (the view clamps what it shows).
#[test]
fn before_the_first_frame_nothing_is_clamped() {
    let mut state = at(Step::Domains, Lang::EnUs);
    run(&mut state, (0..3).map(|_| cmd(Command::Down)));
    assert_eq!(wizard(&state).domains.scroll, 3);
    assert_eq!(wizard(&state).domains.scroll_limit.get(), None);
}
