//! The Domains step's online panel: `o` says first that it will contact the network, Enter
//! asks the runtime to run `online::run` off the UI thread (an effect), the result comes back
//! as an action and is shown with ✓ / ✗ / ?; `f` offers the registry's values for the empty
//! registration fields and changes nothing until the user says yes.

use crossterm::event::KeyCode;
use ratatui::text::Line;

use crate::app::action::{Action, Command};
use crate::app::effect::Effect;
use crate::app::keys::{Binding, Key};
use crate::app::view::theme;
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::{Application, Date};
use crate::online::{LookedUp, OnlineReport, Outcome};

use super::StepOutcome;

/// Where the panel is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum OnlinePanel {
    #[default]
    Idle,
    /// The warning is on screen; Enter goes online, Esc does not.
    Confirming,
    /// `done` of `total` probes answered so far.
    Running {
        done: usize,
        total: usize,
    },
    Done(Box<OnlineReport>),
    /// Asking whether to fill the empty registration fields of this website.
    Offering(Box<OnlineReport>),
}

const IDLE: &[Binding] = &[Binding::new(
    &[Key::ch('o')],
    Command::CheckOnline,
    "online-key-check",
)];

const DONE: &[Binding] = &[
    Binding::new(&[Key::ch('o')], Command::CheckOnline, "online-key-check"),
    Binding::new(
        &[Key::ch('f')],
        Command::FillFromRegistry,
        "online-key-fill",
    ),
];

const CONFIRMING: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Command::Confirm,
        "online-key-go",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Esc)],
        Command::Back,
        "online-key-cancel",
    ),
];

const OFFERING: &[Binding] = &[
    Binding::new(&[Key::ch('y')], Command::Yes, "online-key-fill-yes"),
    Binding::new(
        &[Key::ch('n'), Key::plain(KeyCode::Esc)],
        Command::No,
        "online-key-fill-no",
    ),
];

/// The panel's keys, before the step's own.
pub fn bindings(panel: &OnlinePanel) -> &'static [Binding] {
    match panel {
        OnlinePanel::Idle => IDLE,
        OnlinePanel::Confirming => CONFIRMING,
        OnlinePanel::Running { .. } => &[],
        OnlinePanel::Done(_) => DONE,
        OnlinePanel::Offering(_) => OFFERING,
    }
}

/// Handles the panel's commands; `None` when the action is not the panel's.
pub fn update(
    app: &mut Application,
    panel: &mut OnlinePanel,
    website: usize,
    action: &Action,
) -> Option<StepOutcome> {
    let Action::Command(command) = action else {
        return None;
    };
    match (&*panel, command) {
        (OnlinePanel::Idle | OnlinePanel::Done(_), Command::CheckOnline) => {
            *panel = OnlinePanel::Confirming;
        }
        (OnlinePanel::Confirming, Command::Confirm) => {
            let total = crate::online::planned(app);
            *panel = OnlinePanel::Running { done: 0, total };
            return Some(StepOutcome {
                handled: true,
                effects: vec![Effect::CheckOnline],
                ..StepOutcome::default()
            });
        }
        (OnlinePanel::Confirming, Command::Back) => *panel = OnlinePanel::Idle,
        (OnlinePanel::Done(report), Command::FillFromRegistry) => {
            if fillable(app, report, website).is_some() {
                *panel = OnlinePanel::Offering(report.clone());
            }
        }
        (OnlinePanel::Offering(report), Command::Yes) => {
            let report = report.clone();
            let changed = fill(app, &report, website);
            *panel = OnlinePanel::Done(report);
            return Some(if changed {
                StepOutcome::changed()
            } else {
                StepOutcome::handled()
            });
        }
        (OnlinePanel::Offering(report), Command::No | Command::Back) => {
            *panel = OnlinePanel::Done(report.clone());
        }
        _ => return None,
    }
    Some(StepOutcome::handled())
}

/// Whether the panel waits for the runtime.
pub fn running(panel: &OnlinePanel) -> bool {
    matches!(panel, OnlinePanel::Running { .. })
}

/// Some probes answered.
pub fn progressed(panel: &mut OnlinePanel, done: usize, total: usize) {
    if running(panel) {
        *panel = OnlinePanel::Running { done, total };
    }
}

/// The runtime's answer arrived.
pub fn finished(panel: &mut OnlinePanel, report: OnlineReport) {
    *panel = OnlinePanel::Done(Box::new(report));
}

/// What the registry gives for this website's empty fields: (registrant, expires).
fn fillable(
    app: &Application,
    report: &OnlineReport,
    website: usize,
) -> Option<(Option<String>, Option<Date>)> {
    let site = app.websites.get(website)?;
    let found: &LookedUp = report.looked_up.iter().find(|l| l.website == website)?;
    let registrant = found.registrant.clone().filter(|_| {
        site.registration
            .registrant
            .as_deref()
            .is_none_or(|r| r.trim().is_empty())
    });
    let expires = found
        .expires
        .filter(|_| site.registration.expires.is_none());
    (registrant.is_some() || expires.is_some()).then_some((registrant, expires))
}

/// Fills only fields that are empty now.
fn fill(app: &mut Application, report: &OnlineReport, website: usize) -> bool {
    let Some((registrant, expires)) = fillable(app, report, website) else {
        return false;
    };
    let site = &mut app.websites[website];
    if let Some(r) = registrant {
        site.registration.registrant = Some(r);
    }
    if let Some(d) = expires {
        site.registration.expires = Some(d);
    }
    true
}

/// The panel's lines above the domain checks; none until the user presses `o` (the footer
/// names the key).
pub fn lines(
    app: &Application,
    panel: &OnlinePanel,
    website: usize,
    tr: &Localizer,
) -> Vec<Line<'static>> {
    if *panel == OnlinePanel::Idle {
        return Vec::new();
    }
    let mut out = vec![Line::styled(tr.t("online-panel-title"), theme::label())];
    let domains = app
        .websites
        .iter()
        .filter(|w| w.domain.as_deref().is_some_and(|d| !d.trim().is_empty()))
        .count();
    match panel {
        OnlinePanel::Idle => {}
        OnlinePanel::Confirming => out.push(Line::styled(
            tr.ta(
                "online-panel-confirm",
                &[("count", arg_num(domains as i64))],
            ),
            theme::warning(),
        )),
        OnlinePanel::Running { done, total } => out.push(Line::styled(
            tr.ta(
                "online-panel-running",
                &[
                    ("count", arg_num(domains as i64)),
                    ("done", arg_num(*done as i64)),
                    ("total", arg_num(*total as i64)),
                ],
            ),
            theme::warning(),
        )),
        OnlinePanel::Done(report) | OnlinePanel::Offering(report) => {
            for r in report.checks.iter().filter(|c| c.website == website) {
                let style = match r.outcome {
                    Outcome::Passed => theme::ok(),
                    Outcome::Failed => theme::error(),
                    Outcome::CouldNotRun => theme::warning(),
                };
                out.push(Line::styled(
                    format!(
                        "{} {}{}",
                        crate::app::view::symbols::outcome(r.outcome),
                        crate::app::view::label(tr, &crate::online::report::check_name(r, tr)),
                        crate::online::report::detail(&r.detail, tr)
                    ),
                    style,
                ));
            }
            match (panel, fillable(app, report, website)) {
                (OnlinePanel::Offering(_), Some((registrant, expires))) => {
                    let none = || tr.t("online-fill-unchanged");
                    out.push(Line::styled(
                        tr.ta(
                            "online-fill-ask",
                            &[
                                ("registrant", arg_str(&registrant.unwrap_or_else(none))),
                                (
                                    "expires",
                                    arg_str(&expires.map_or_else(none, |d| d.to_string())),
                                ),
                            ],
                        ),
                        theme::warning(),
                    ));
                }
                (_, Some(_)) => {
                    out.push(Line::styled(tr.t("online-fill-offer"), theme::muted()));
                }
                _ => {}
            }
        }
    }
    out.push(Line::raw(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::online::{CheckKind, CheckResult, Detail};

    fn app() -> Application {
        let mut a = Application::default();
        a.websites.push(crate::model::Website {
            domain: Some("xinghe.cn".into()),
            ..Default::default()
        });
        a
    }

    fn report() -> OnlineReport {
        OnlineReport {
            findings: Vec::new(),
            checks: vec![CheckResult {
                kind: CheckKind::WhoisRegistrant,
                website: 0,
                domain: "xinghe.cn".into(),
                outcome: Outcome::CouldNotRun,
                detail: Detail::new("whois-no-subject").arg("registrant", "北京星河科技有限公司"),
            }],
            looked_up: vec![LookedUp {
                website: 0,
                registrant: Some("北京星河科技有限公司".into()),
                expires: Date::parse("2028-10-01"),
            }],
        }
    }

    fn cmd(c: Command) -> Action {
        Action::Command(c)
    }

    #[test]
    fn the_network_is_asked_only_after_enter() {
        let mut a = app();
        let mut panel = OnlinePanel::Idle;
        let o = update(&mut a, &mut panel, 0, &cmd(Command::CheckOnline)).unwrap();
        assert!(o.effects.is_empty());
        assert_eq!(panel, OnlinePanel::Confirming);
        // Esc: nothing happens.
        let o = update(&mut a, &mut panel, 0, &cmd(Command::Back)).unwrap();
        assert!(o.effects.is_empty());
        assert_eq!(panel, OnlinePanel::Idle);
        update(&mut a, &mut panel, 0, &cmd(Command::CheckOnline));
        let o = update(&mut a, &mut panel, 0, &cmd(Command::Confirm)).unwrap();
        assert_eq!(o.effects, vec![Effect::CheckOnline]);
        assert_eq!(panel, OnlinePanel::Running { done: 0, total: 3 });
    }

    #[test]
    fn registry_values_fill_empty_fields_only_after_yes() {
        let mut a = app();
        let mut panel = OnlinePanel::Running { done: 0, total: 0 };
        finished(&mut panel, report());
        update(&mut a, &mut panel, 0, &cmd(Command::FillFromRegistry));
        assert!(matches!(panel, OnlinePanel::Offering(_)));
        assert_eq!(a.websites[0].registration.registrant, None);
        // No: nothing changes.
        let o = update(&mut a, &mut panel, 0, &cmd(Command::No)).unwrap();
        assert!(!o.changed);
        assert_eq!(a.websites[0].registration.registrant, None);
        update(&mut a, &mut panel, 0, &cmd(Command::FillFromRegistry));
        let o = update(&mut a, &mut panel, 0, &cmd(Command::Yes)).unwrap();
        assert!(o.changed);
        assert_eq!(
            a.websites[0].registration.registrant.as_deref(),
            Some("北京星河科技有限公司")
        );
        assert_eq!(
            a.websites[0].registration.expires,
            Date::parse("2028-10-01")
        );
    }

    #[test]
    fn an_answer_already_given_is_never_offered() {
        let mut a = app();
        a.websites[0].registration.registrant = Some("自己填的".into());
        a.websites[0].registration.expires = Date::parse("2027-01-01");
        let mut panel = OnlinePanel::Done(Box::new(report()));
        update(&mut a, &mut panel, 0, &cmd(Command::FillFromRegistry));
        assert!(matches!(panel, OnlinePanel::Done(_)));
        assert_eq!(
            a.websites[0].registration.registrant.as_deref(),
            Some("自己填的")
        );
    }
}
