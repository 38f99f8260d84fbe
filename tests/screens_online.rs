//! The Domains step's online panel as the user sees it, at 80x24 in both languages: the
//! warning before going online, the checks running, the results with ✓ / ✗ / ?, and the
//! question before registry values fill empty fields. The report is constructed (no network
//! in screen tests); `update` drives the panel as keys would.

mod common;

use common::*;
use icp_tui::app::action::{Action, Command};
use icp_tui::app::effect::Effect;
use icp_tui::app::state::State;
use icp_tui::app::update::start;
use icp_tui::i18n::Lang;
use icp_tui::model::{Application, Date, Registration, Step, SubjectKind, Website};
use icp_tui::online::{CheckKind, CheckResult, Detail, LookedUp, OnlineReport, Outcome};

fn application() -> Application {
    let mut a = app("星河官网", Some("beijing"));
    a.subject.kind = Some(SubjectKind::Enterprise);
    a.subject.name = Some("北京星河科技有限公司".into());
    a.progress.icp_number = Some("京ICP备2026012345号-1".into());
    a.websites = vec![Website {
        name: Some("星河科技官网".into()),
        domain: Some("xinghe.cn".into()),
        registration: Registration {
            registrant: Some("北京星河科技有限公司".into()),
            ..Registration::default()
        },
        ..Website::default()
    }];
    a.meta.step = Some(Step::Domains);
    a
}

fn opened(lang: Lang) -> State {
    let mut state = state_with(vec![entry("a", application())], lang);
    start(&mut state, Some("a"), &now());
    assert_eq!(state.wizard().unwrap().step, Step::Domains);
    state
}

fn result(kind: CheckKind, outcome: Outcome, detail: Detail) -> CheckResult {
    CheckResult {
        kind,
        website: 0,
        domain: "xinghe.cn".into(),
        outcome,
        detail,
    }
}

fn report() -> OnlineReport {
    OnlineReport {
        findings: Vec::new(),
        checks: vec![
            result(
                CheckKind::Site,
                Outcome::Passed,
                Detail::new("site-fetched")
                    .arg("url", "https://xinghe.cn/")
                    .arg("status", 200),
            ),
            result(
                CheckKind::FooterIcp,
                Outcome::Failed,
                Detail::new("footer-icp-not-linked").arg("number", "京ICP备2026012345号-1"),
            ),
            result(
                CheckKind::Dns,
                Outcome::CouldNotRun,
                Detail::new("dns-cname")
                    .arg("cnames", "xinghe.cn.w.cdngslb.com")
                    .arg("addrs", "203.0.113.9")
                    .arg("ip", "47.96.1.2"),
            ),
            result(
                CheckKind::WhoisRegistrant,
                Outcome::Passed,
                Detail::new("whois-registrant-ok")
                    .arg("registrant", "北京星河科技有限公司")
                    .arg("server", "whois.cnnic.cn:43"),
            ),
            result(
                CheckKind::WhoisExpiry,
                Outcome::CouldNotRun,
                Detail::new("whois-expiry-not-recorded")
                    .arg("registry", "2028-10-01")
                    .arg("server", "whois.cnnic.cn:43"),
            ),
        ],
        looked_up: vec![LookedUp {
            website: 0,
            registrant: Some("北京星河科技有限公司".into()),
            expires: Date::parse("2028-10-01"),
        }],
    }
}

fn done(state: &mut State) {
    run(
        state,
        [Action::OnlineDone {
            id: "a".into(),
            report: Box::new(report()),
        }],
    );
}

#[test]
fn o_warns_before_going_online_and_esc_goes_nowhere() {
    for lang in Lang::ALL {
        let mut state = opened(lang);
        let effects = run(&mut state, [cmd(Command::CheckOnline)]);
        assert!(!effects.contains(&Effect::CheckOnline));
        snapshot_80x24!("online_confirm", &state);
        let effects = run(&mut state, [cmd(Command::Back)]);
        assert!(!effects.contains(&Effect::CheckOnline));
        assert_eq!(state.wizard().unwrap().step, Step::Domains, "Esc stays");
    }
}

#[test]
fn enter_asks_the_runtime_and_shows_it_running() {
    for lang in Lang::ALL {
        let mut state = opened(lang);
        let effects = run(
            &mut state,
            [cmd(Command::CheckOnline), cmd(Command::Confirm)],
        );
        assert_eq!(effects, vec![Effect::CheckOnline]);
        snapshot_80x24!("online_running", &state);
    }
}

#[test]
fn results_show_each_check_with_its_mark() {
    for lang in Lang::ALL {
        let mut state = opened(lang);
        run(
            &mut state,
            [cmd(Command::CheckOnline), cmd(Command::Confirm)],
        );
        done(&mut state);
        snapshot_80x24!("online_results", &state);
    }
}

#[test]
fn registry_values_are_offered_and_filled_only_after_yes() {
    for lang in Lang::ALL {
        let mut state = opened(lang);
        run(
            &mut state,
            [cmd(Command::CheckOnline), cmd(Command::Confirm)],
        );
        done(&mut state);
        run(&mut state, [cmd(Command::FillFromRegistry)]);
        snapshot_80x24!("online_offer", &state);
        let w = state.wizard().unwrap();
        assert_eq!(w.app.websites[0].registration.expires, None);
        let effects = run(&mut state, [cmd(Command::Yes)]);
        assert!(effects.contains(&Effect::Save { id: "a".into() }));
        let w = state.wizard().unwrap();
        assert_eq!(
            w.app.websites[0].registration.expires,
            Date::parse("2028-10-01")
        );
        // The registrant was answered already: kept as typed.
        assert_eq!(
            w.app.websites[0].registration.registrant.as_deref(),
            Some("北京星河科技有限公司")
        );
    }
}

#[test]
fn an_answer_nobody_waits_for_is_dropped() {
    let mut state = opened(Lang::EnUs);
    done(&mut state);
    assert_eq!(
        state.wizard().unwrap().domains.online,
        icp_tui::app::steps::online::OnlinePanel::Idle
    );
    // The nearest case: while running, it lands.
    run(
        &mut state,
        [cmd(Command::CheckOnline), cmd(Command::Confirm)],
    );
    done(&mut state);
    assert!(matches!(
        state.wizard().unwrap().domains.online,
        icp_tui::app::steps::online::OnlinePanel::Done(_)
    ));
}

#[test]
fn progress_counts_the_answers_in() {
    for lang in Lang::ALL {
        let mut state = opened(lang);
        run(
            &mut state,
            [cmd(Command::CheckOnline), cmd(Command::Confirm)],
        );
        run(
            &mut state,
            [Action::OnlineProgress {
                id: "a".into(),
                done: 2,
                total: 3,
            }],
        );
        snapshot_80x24!("online_progress", &state);
    }
}
