//! Helpers shared by the integration tests.
#![allow(dead_code)]

mod profiles;
pub mod pty;
mod screen;
mod store;

// Not every test binary draws or performs effects.
#[allow(unused_imports)]
pub use profiles::{enterprise, profile_of};
#[allow(unused_imports)]
pub(crate) use screen::snapshot_80x24;
#[allow(unused_imports)]
pub use screen::{click, drawn, screen_rows};
#[allow(unused_imports)]
pub use store::Recorder;

use icp_tui::app::action::{Action, Command, Edit};
use icp_tui::app::effect::Effect;
use icp_tui::app::state::{Entry, State, Unreadable};
use icp_tui::app::update::update;
use icp_tui::i18n::Lang;
use icp_tui::model::{Application, Instant, ParseError, ParseErrorKind};

pub fn now() -> Instant {
    Instant::parse("2026-11-22T18:02:11+08:00").unwrap()
}

pub fn app(title: &str, province: Option<&str>) -> Application {
    let mut app = Application::new(title, Instant::parse("2026-11-20T09:30:00+08:00").unwrap());
    app.subject.province = province.map(str::to_string);
    app
}

pub fn entry(id: &str, app: Application) -> Entry {
    Entry {
        id: id.into(),
        file: format!("/profile/applications/{id}.toml").into(),
        app: Ok(app),
    }
}

pub fn unreadable(id: &str) -> Entry {
    Entry {
        id: id.into(),
        file: format!("/profile/applications/{id}.toml").into(),
        app: Err(Unreadable::Parse(ParseError {
            line: Some(12),
            field: Some("websites[0].registration.expires".into()),
            kind: ParseErrorKind::WrongType {
                found: icp_tui::model::Found::Text("soon".into()),
                expected: icp_tui::model::Expected::Date,
            },
        })),
    }
}

/// Applies actions one after another and returns every effect they asked for.
pub fn run(state: &mut State, actions: impl IntoIterator<Item = Action>) -> Vec<Effect> {
    let now = now();
    actions
        .into_iter()
        .flat_map(|a| update(state, a, &now))
        .collect()
}

pub fn cmd(c: Command) -> Action {
    Action::Command(c)
}

pub fn typed(text: &str) -> Vec<Action> {
    text.chars().map(|c| Action::Edit(Edit::Char(c))).collect()
}

pub fn state_with(entries: Vec<Entry>, lang: Lang) -> State {
    State::new(lang, entries, false)
}
