//! The After approval step: its screens at 80x24 in both languages (TestBackend snapshots of
//! the whole frame), what its keys do to the application (update), and what the runtime does
//! with the copy key (perform with a store that records).

mod common;

use common::*;
use icp_tui::app::action::{Action, Command, Edit};
use icp_tui::app::effect::Effect;
use icp_tui::app::run::perform;
use icp_tui::app::state::{State, Wizard};
use icp_tui::app::steps::watch::Pane;
use icp_tui::app::update::start;
use icp_tui::i18n::Lang;
use icp_tui::model::{Application, Change, Date, Notice, NoticeFrom, Step, Website};

fn d(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// An approved filing as of `now()` (2026-11-22): one notice due in 5 days, one overdue, one
/// done; a change whose filing date passed and one filed; the numbers issued.
fn approved() -> Application {
    let mut a = app("小明的博客", Some("11"));
    a.websites.push(Website {
        name: Some("小明的博客".into()),
        domain: Some("example.cn".into()),
        ..Website::default()
    });
    a.websites[0].registration.expires = Some(d("2027-05-01"));
    a.access.subscription_end = Some(d("2027-11-01"));
    a.progress.approved = Some(d("2026-11-10"));
    a.progress.icp_number = Some("京ICP备2026012345号-1".into());
    a.progress.psb_filed = Some(d("2026-11-15"));
    a.progress.psb_number = Some("京公网安备11010502030143号".into());
    let notice = |received: &str, deadline: &str, about: &str, done: Option<&str>| Notice {
        received: Some(d(received)),
        deadline: Some(d(deadline)),
        from: Some(NoticeFrom::Provider),
        about: Some(about.into()),
        done: done.map(d),
        ..Notice::default()
    };
    a.notices = vec![
        notice("2026-11-20", "2026-11-27", "页脚未悬挂备案号", None),
        notice("2026-11-14", "2026-11-21", "负责人电话核验", None),
        notice(
            "2026-10-01",
            "2026-10-08",
            "域名实名核验",
            Some("2026-10-03"),
        ),
    ];
    a.changes = vec![
        Change {
            what: Some("subject.address".into()),
            planned: Some(d("2026-12-20")),
            ..Change::default()
        },
        Change {
            what: Some("网站负责人手机".into()),
            planned: Some(d("2027-01-10")),
            filed: Some(d("2026-11-21")),
            ..Change::default()
        },
    ];
    a
}

fn at_watch(app: Application, lang: Lang) -> State {
    let mut app = app;
    app.meta.step = Some(Step::Watch);
    let mut state = state_with(vec![entry("a", app)], lang);
    start(&mut state, Some("a"), &now());
    assert_eq!(state.wizard().unwrap().step, Step::Watch);
    state
}

fn wizard(state: &State) -> &Wizard {
    state.wizard().expect("the wizard is open")
}

#[test]
fn the_step_with_notices_changes_deadlines_and_the_footer() {
    for lang in Lang::ALL {
        snapshot_80x24!("watch_filled", &at_watch(approved(), lang));
    }
}

#[test]
fn the_step_before_any_number_or_notice() {
    for lang in Lang::ALL {
        snapshot_80x24!("watch_empty", &at_watch(app("", Some("11")), lang));
    }
}

#[test]
fn a_notice_in_its_form() {
    for lang in Lang::ALL {
        let mut state = at_watch(approved(), lang);
        run(&mut state, [cmd(Command::Confirm)]);
        snapshot_80x24!("watch_notice_form", &state);
    }
}

#[test]
fn removing_asks_first() {
    for lang in Lang::ALL {
        let mut state = at_watch(approved(), lang);
        run(&mut state, [cmd(Command::NextField), cmd(Command::Delete)]);
        snapshot_80x24!("watch_confirm_remove", &state);
    }
}

#[test]
fn a_new_notice_arrives_today_and_opens_its_form() {
    let mut state = at_watch(app("", None), Lang::EnUs);
    let effects = run(&mut state, [cmd(Command::New)]);
    assert_eq!(effects, [Effect::Save { id: "a".into() }]);
    let w = wizard(&state);
    assert_eq!(w.app.notices.len(), 1);
    assert_eq!(w.app.notices[0].received, Some(d("2026-11-22")));
    assert_eq!(w.watch.editing, Some((Pane::Notices, 0)));
    // The form writes as it is typed: the about, then the deadline a field further.
    run(&mut state, typed("footer"));
    run(
        &mut state,
        [
            cmd(Command::NextField),
            cmd(Command::NextField),
            cmd(Command::NextField),
        ],
    );
    run(&mut state, typed("2026-11-29"));
    let w = wizard(&state);
    assert_eq!(w.app.notices[0].about.as_deref(), Some("footer"));
    assert_eq!(w.app.notices[0].deadline, Some(d("2026-11-29")));
    // Seven days ahead: the engine warns, and the deadline is listed.
    assert!(w.report.has("NOTICE_DUE"));
    assert!(
        w.report
            .deadlines
            .iter()
            .any(|x| x.field == "notices[0].deadline")
    );
    // Esc leaves the form for the lists, not the wizard.
    run(&mut state, [cmd(Command::Back)]);
    assert_eq!(wizard(&state).watch.editing, None);
    assert_eq!(wizard(&state).step, Step::Watch);
}

#[test]
fn space_marks_done_today_and_again_reopens() {
    let mut state = at_watch(approved(), Lang::EnUs);
    assert!(wizard(&state).report.has("NOTICE_DUE"));
    let effects = run(&mut state, [cmd(Command::Toggle)]);
    assert_eq!(effects, [Effect::Save { id: "a".into() }]);
    assert_eq!(wizard(&state).app.notices[0].done, Some(d("2026-11-22")));
    assert!(!wizard(&state).report.has("NOTICE_DUE"));
    run(&mut state, [cmd(Command::Toggle)]);
    assert_eq!(wizard(&state).app.notices[0].done, None);
    // In the changes list Space records the change filing.
    assert!(wizard(&state).report.has("CHANGE_FILING_DUE"));
    run(&mut state, [cmd(Command::NextField), cmd(Command::Toggle)]);
    assert_eq!(wizard(&state).app.changes[0].filed, Some(d("2026-11-22")));
    assert!(!wizard(&state).report.has("CHANGE_FILING_DUE"));
}

#[test]
fn delete_removes_only_after_yes() {
    let mut state = at_watch(approved(), Lang::EnUs);
    run(&mut state, [cmd(Command::Down), cmd(Command::Delete)]);
    assert_eq!(
        wizard(&state).watch.confirm_remove,
        Some((Pane::Notices, 1))
    );
    // Anything but y or n waits for the answer.
    assert!(
        run(
            &mut state,
            [Action::Edit(Edit::Char('x')), cmd(Command::No)]
        )
        .is_empty()
    );
    assert_eq!(wizard(&state).app.notices.len(), 3);
    let effects = run(&mut state, [cmd(Command::Delete), cmd(Command::Yes)]);
    assert_eq!(effects, [Effect::Save { id: "a".into() }]);
    let about: Vec<_> = wizard(&state)
        .app
        .notices
        .iter()
        .map(|n| n.about.clone().unwrap())
        .collect();
    assert_eq!(about, ["页脚未悬挂备案号", "域名实名核验"]);
}

#[test]
fn the_copy_key_asks_the_runtime_and_changes_nothing() {
    let mut state = at_watch(approved(), Lang::EnUs);
    let before = wizard(&state).app.clone();
    assert_eq!(run(&mut state, [cmd(Command::Copy)]), [Effect::CopyFooter]);
    assert_eq!(wizard(&state).app, before);
}

#[test]
fn copying_says_whether_it_went_to_the_clipboard_and_the_file() {
    let mut state = at_watch(approved(), Lang::EnUs);
    let mut store = Recorder {
        clipboard_works: true,
        ..Recorder::default()
    };
    perform(&mut state, &mut store, vec![Effect::CopyFooter]);
    assert_eq!(store.copied.len(), 1);
    assert!(store.copied[0].contains("京ICP备2026012345号-1</a>"));
    assert_eq!(store.exported[0].0, "footer-a.html");
    assert_eq!(store.exported[0].1, store.copied[0]);
    let flash = state.flash.as_ref().unwrap();
    assert_eq!(flash.id, "watch-copied-both");
    assert_eq!(
        flash.args,
        [("path", "/profile/exports/footer-a.html".to_string())]
    );

    // A terminal that cannot be asked: the file only, and the message says so.
    let mut store = Recorder::default();
    perform(&mut state, &mut store, vec![Effect::CopyFooter]);
    assert_eq!(state.flash.as_ref().unwrap().id, "watch-copied-file");

    // Read-only: nothing written, the clipboard only.
    state.read_only = true;
    let mut store = Recorder {
        clipboard_works: true,
        ..Recorder::default()
    };
    perform(&mut state, &mut store, vec![Effect::CopyFooter]);
    assert!(store.exported.is_empty());
    assert_eq!(state.flash.as_ref().unwrap().id, "watch-copied-clipboard");
}

#[test]
fn nothing_is_copied_without_an_icp_number() {
    let mut state = at_watch(app("", Some("11")), Lang::EnUs);
    let mut store = Recorder {
        clipboard_works: true,
        ..Recorder::default()
    };
    perform(&mut state, &mut store, vec![Effect::CopyFooter]);
    assert!(store.copied.is_empty() && store.exported.is_empty());
    let flash = state.flash.as_ref().unwrap();
    assert_eq!((flash.id, flash.error), ("watch-copy-no-number", true));
}

#[test]
fn findings_about_notices_and_changes_jump_to_this_step() {
    use icp_tui::app::steps::review::step_of;
    use icp_tui::app::steps::watch::item_of;
    assert_eq!(step_of("notices[0].deadline"), Step::Watch);
    assert_eq!(step_of("changes[1].filed"), Step::Watch);
    assert_eq!(step_of("progress.psb_number"), Step::Countdown);
    assert_eq!(item_of("changes[12].filed"), Some((Pane::Changes, 12)));
    assert_eq!(item_of("notices[0].deadline"), Some((Pane::Notices, 0)));
    assert_eq!(item_of("progress.psb_number"), None);

    // From the review, Enter on the overdue notice opens it at its deadline.
    let mut a = approved();
    a.meta.step = Some(Step::Review);
    let mut state = state_with(vec![entry("a", a)], Lang::EnUs);
    start(&mut state, Some("a"), &now());
    // Missing answers are rows of the review too, before the findings of their step.
    let report = wizard(&state).report.clone();
    let missing = icp_tui::engine::missing_answers(&wizard(&state).app);
    let rows = icp_tui::app::steps::review::rows(&missing, &report);
    let at = rows
        .iter()
        .position(|r| {
            matches!(r, icp_tui::app::steps::review::Row::Finding(f) if f.code == "NOTICE_OVERDUE")
        })
        .expect("the overdue notice is reviewed");
    for _ in 0..at {
        run(&mut state, [cmd(Command::Down)]);
    }
    run(&mut state, [cmd(Command::Confirm)]);
    let w = wizard(&state);
    assert_eq!(w.step, Step::Watch);
    assert_eq!(w.watch.editing, Some((Pane::Notices, 1)));
}
