//! Where the user was: the screen, the wizard's step and the place within it (a field, a
//! website, a tab). Read from the state when the settings are saved, put back when the app
//! starts. Pure: no I/O; the profile keeps it in `settings.toml`, never in the application.
//!
//! A place is a field's dotted path (`websites[1].registration.registrar`), an item
//! (`websites[1]`, `apps[0]`, `notices[2]`, `changes[0]`), or a tab (`deadlines`,
//! `tracker[3]`). A place that no longer exists (website 2 was removed) falls back to the
//! nearest one that does: the last website, the step's list, the step's first field.

use crate::model::Step;

use super::state::{Screen, State, Wizard};
use super::steps::{self, apps, countdown, subject, watch, websites};

/// What the app starts from: the filing left last and where in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resume {
    pub application: Option<String>,
    pub position: Option<Position>,
}

/// The screen the user left.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Position {
    /// On the list (with `last_application` selected) rather than in the wizard.
    pub list: bool,
    /// The wizard's step then; a place is only used on that step.
    pub step: Option<Step>,
    pub at: Option<String>,
}

/// Where the user is now.
pub fn position(state: &State) -> Position {
    match &state.screen {
        Screen::List(_) => Position {
            list: true,
            ..Position::default()
        },
        Screen::Wizard(w) => Position {
            list: false,
            step: Some(w.step),
            at: place(w),
        },
    }
}

/// The place within the wizard's current step, when the step has one.
pub fn place(w: &Wizard) -> Option<String> {
    let app = &w.app;
    match w.step {
        Step::Subject => w.subject.form.focused_path(&subject::fields(app, &w.rules)),
        Step::Access => w
            .access
            .form
            .focused_path(&steps::access::fields(app, &w.rules)),
        Step::Websites => match w.websites.editing {
            Some(i) => w
                .websites
                .form
                .focused_path(&websites::fields(app, &w.rules, i))
                .or_else(|| Some(format!("websites[{i}]"))),
            None if app.websites.is_empty() => None,
            None => Some(format!("websites[{}]", w.websites.selected)),
        },
        Step::Apps => match w.apps.editing {
            Some(i) => w
                .apps
                .form
                .focused_path(&apps::fields(app, i))
                .or_else(|| Some(format!("apps[{i}]"))),
            None if app.apps.is_empty() => None,
            None => Some(format!("apps[{}]", w.apps.selected)),
        },
        Step::Watch => match w.watch.editing {
            Some((pane, i)) => w.watch.form.focused_path(&watch::fields(app, pane, i)),
            None => Some(match w.watch.pane {
                watch::Pane::Notices => format!("notices[{}]", w.watch.notice),
                watch::Pane::Changes => format!("changes[{}]", w.watch.change),
            }),
        },
        Step::Countdown => Some(match w.countdown.pane {
            countdown::Pane::Deadlines => "deadlines".to_string(),
            countdown::Pane::Tracker => format!("tracker[{}]", w.countdown.field),
        }),
        Step::Domains if !app.websites.is_empty() => {
            Some(format!("websites[{}]", w.domains.website))
        }
        _ => None,
    }
}

/// Puts the wizard back at `position`. The step is the file's (`meta.step`): a place saved on
/// another step is not used, since the file moved on without this session.
pub fn restore(w: &mut Wizard, position: &Position) {
    if position.list || position.step != Some(w.step) {
        return;
    }
    let Some(at) = position.at.as_deref() else {
        return;
    };
    let app = &w.app;
    match w.step {
        Step::Subject => {
            w.subject.focus(app, &w.rules, at);
        }
        Step::Access => {
            w.access.focus(app, &w.rules, at);
        }
        Step::Websites => {
            if let Some((i, rest)) = nearest_item(at, "websites", app.websites.len()) {
                match rest {
                    "" => w.websites.selected = i,
                    rest => {
                        w.websites
                            .focus(app, &w.rules, &format!("websites[{i}]{rest}"));
                    }
                }
            }
        }
        Step::Apps => {
            if let Some((i, rest)) = nearest_item(at, "apps", app.apps.len()) {
                match rest {
                    "" => w.apps.selected = i,
                    rest => {
                        w.apps.focus(app, &w.rules, &format!("apps[{i}]{rest}"));
                    }
                }
            }
        }
        Step::Watch => restore_watch(w, at),
        Step::Countdown => {
            if at == "deadlines" {
                w.countdown.pane = countdown::Pane::Deadlines;
            } else if let Some((i, "")) = item(at, "tracker") {
                w.countdown.pane = countdown::Pane::Tracker;
                w.countdown.field = i.min(steps::tracker::Field::ALL.len() - 1);
            }
        }
        Step::Domains => {
            if let Some((i, "")) = nearest_item(at, "websites", app.websites.len()) {
                w.domains.website = i;
            }
        }
        _ => {}
    }
}

fn restore_watch(w: &mut Wizard, at: &str) {
    let app = &w.app;
    for (name, pane, len) in [
        ("notices", watch::Pane::Notices, app.notices.len()),
        ("changes", watch::Pane::Changes, app.changes.len()),
    ] {
        if item(at, name).is_none() {
            continue;
        }
        w.watch.pane = pane;
        let Some((i, rest)) = nearest_item(at, name, len) else {
            return;
        };
        match pane {
            watch::Pane::Notices => w.watch.notice = i,
            watch::Pane::Changes => w.watch.change = i,
        }
        if !rest.is_empty() {
            w.watch.focus(app, &format!("{name}[{i}]{rest}"));
        }
        return;
    }
}

/// `websites[3].domain` with `name` "websites" -> (3, ".domain").
fn item<'a>(at: &'a str, name: &str) -> Option<(usize, &'a str)> {
    let rest = at.strip_prefix(name)?.strip_prefix('[')?;
    let close = rest.find(']')?;
    Some((rest[..close].parse().ok()?, &rest[close + 1..]))
}

/// Like `item`, with the index brought within the `len` items there are now (the last one
/// when the saved one is gone); `None` when there are none.
fn nearest_item<'a>(at: &'a str, name: &str, len: usize) -> Option<(usize, &'a str)> {
    let (i, rest) = item(at, name)?;
    (len > 0).then(|| (i.min(len - 1), rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_and_its_rest() {
        assert_eq!(
            item("websites[1].registration.registrar", "websites"),
            Some((1, ".registration.registrar"))
        );
        assert_eq!(item("websites[x]", "websites"), None);
        assert_eq!(item("apps[0]", "websites"), None);
        assert_eq!(item("websites[2", "websites"), None);
    }

    #[test]
    fn a_gone_item_falls_back_to_the_last_one() {
        assert_eq!(
            nearest_item("websites[5].domain", "websites", 2),
            Some((1, ".domain"))
        );
        assert_eq!(
            nearest_item("websites[1].domain", "websites", 2),
            Some((1, ".domain"))
        );
        assert_eq!(nearest_item("websites[1]", "websites", 0), None);
    }
}
