//! Screens whose text used to be cut at 80x24, and the pictures of the countdown and Review,
//! at 80x24 and 120x40 in both languages: nothing cut, wrapped items under their own text,
//! markers where more is above or below.

mod common;

use common::*;
use icp_tui::app::action::Command;
use icp_tui::app::state::State;
use icp_tui::app::update::start;
use icp_tui::app::view;
use icp_tui::i18n::{Lang, Localizer};
use icp_tui::model::{Application, Date, Step};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZES: &[(u16, u16)] = &[(80, 24), (120, 40)];

fn screen(state: &State, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let tr = Localizer::new(state.lang);
    terminal
        .draw(|frame| view::draw(frame, state, &tr))
        .unwrap();
    terminal
}

fn snapshot(name: &str, build: impl Fn(Lang) -> State, sizes: &[(u16, u16)]) {
    for lang in Lang::ALL {
        let state = build(lang);
        for &(w, h) in sizes {
            insta::assert_snapshot!(
                format!("{name}_{}_{w}x{h}", lang.tag()),
                drawn(&state, w, h)
            );
        }
    }
}

fn fixture(name: &str) -> Application {
    let text = std::fs::read_to_string(format!("tests/data/{name}.toml")).unwrap();
    Application::from_toml_str(&text).unwrap()
}

fn open(app: Application, step: Step, lang: Lang) -> State {
    let mut app = app;
    app.meta.step = Some(step);
    let mut state = state_with(vec![entry("a", app)], lang);
    start(&mut state, Some("a"), &now());
    state
}

/// An individual filing with long findings: a foreign mobile, an ID that expires soon, a
/// website named after its owner, a domain registered to someone else.
fn with_long_findings() -> Application {
    let mut a = fixture("valid_individual");
    a.subject.leader.mobile = Some("12345678901".into());
    a.subject.certificate_expires = Date::parse("2027-01-01");
    if let Some(site) = a.websites.first_mut() {
        site.registration.registrant = Some("李四".into());
    }
    a
}

/// Every line of the screen as text, the border columns left out.
fn rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < buffer.area.width {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                // A wide character covers the next cell too.
                x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
            }
            row
        })
        .collect()
}

#[test]
fn review_with_long_findings() {
    snapshot(
        "review_long_findings",
        |lang| open(with_long_findings(), Step::Review, lang),
        SIZES,
    );
}

#[test]
fn review_gauges_say_unknown_without_a_website() {
    for lang in Lang::ALL {
        let state = open(app("", Some("beijing")), Step::Review, lang);
        let screen_rows = rows(&screen(&state, 80, 24));
        let websites = screen_rows
            .iter()
            .find(|r| r.contains("[    ?     ]"))
            .unwrap_or_else(|| panic!("{screen_rows:#?}"));
        assert!(!websites.contains('#'), "{websites}");
    }
}

#[test]
fn countdown_after_approval() {
    snapshot(
        "countdown_after_approval",
        |lang| open(fixture("after_approval"), Step::Countdown, lang),
        SIZES,
    );
}

#[test]
fn countdown_help_has_the_legend() {
    snapshot(
        "countdown_help",
        |lang| {
            let mut state = open(fixture("after_approval"), Step::Countdown, lang);
            run(&mut state, [cmd(Command::ToggleHelp)]);
            state
        },
        &[(80, 24)],
    );
    // The whole help fits at 80x24: no marker of hidden lines.
    for lang in Lang::ALL {
        let mut state = open(fixture("after_approval"), Step::Countdown, lang);
        run(&mut state, [cmd(Command::ToggleHelp)]);
        let text = rows(&screen(&state, 80, 24)).join("\n");
        assert!(!text.contains("v "), "{text}");
    }
}

#[test]
fn countdown_scrolled_shows_what_is_above() {
    snapshot(
        "countdown_scrolled",
        |lang| {
            let mut state = open(fixture("after_approval"), Step::Countdown, lang);
            run(&mut state, vec![cmd(Command::Down); 3]);
            state
        },
        &[(80, 24)],
    );
}

#[test]
fn documents_long_scan_verdict_wraps() {
    use icp_tui::app::state::Screen;
    use icp_tui::files::Verdict;
    use icp_tui::model::ChecklistEntry;
    snapshot(
        "documents_missing_scan",
        |lang| {
            let mut a = fixture("valid_individual");
            a.checklist.insert(
                "subject.id_card".into(),
                ChecklistEntry {
                    done: true,
                    file: Some("scans/id-card-front-and-back.png".into()),
                    ..ChecklistEntry::default()
                },
            );
            let mut state = open(a, Step::Documents, lang);
            let Screen::Wizard(w) = &mut state.screen else {
                panic!("the wizard is open");
            };
            w.documents
                .verdicts
                .insert("scans/id-card-front-and-back.png".into(), Verdict::Missing);
            state
        },
        &[(80, 24)],
    );
}

#[test]
fn pictures_draw_at_any_size() {
    // Tiny, odd and wide terminals: no panic, whatever gives way.
    for lang in Lang::ALL {
        for step in [Step::Countdown, Step::Review, Step::Documents] {
            let mut state = open(fixture("after_approval"), step, lang);
            for (w, h) in [(1, 1), (12, 5), (33, 9), (79, 23), (150, 24), (200, 60)] {
                screen(&state, w, h);
            }
            run(&mut state, [cmd(Command::ToggleHelp)]);
            for (w, h) in [(1, 1), (12, 5), (33, 9), (150, 24)] {
                screen(&state, w, h);
            }
        }
    }
}

#[test]
fn a_long_gauge_line_wraps_rather_than_being_cut() {
    let mut a = with_long_findings();
    let site = a.websites[0].clone();
    for _ in 0..11 {
        a.websites.push(site.clone());
    }
    for lang in Lang::ALL {
        let state = open(a.clone(), Step::Review, lang);
        // 60 columns: the websites row is longer than that in both languages.
        let text = rows(&screen(&state, 60, 24)).join("\n");
        let needle = match lang {
            Lang::EnUs => "12 sites, ",
            Lang::ZhCn => "12 个网站，",
        };
        let at = text.find(needle).unwrap_or_else(|| panic!("{text}"));
        // The row and its continuation name the errors in full.
        let rest: String = text[at..]
            .lines()
            .take(2)
            .flat_map(|l| l.split_whitespace())
            .collect();
        let errors = match lang {
            Lang::EnUs => "23errors",
            Lang::ZhCn => "23个错误",
        };
        assert!(rest.contains(errors), "{rest}");
    }
}
