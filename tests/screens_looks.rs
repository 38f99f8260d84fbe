//! The looks at 80x24, both languages: the ASCII symbol set (text snapshots), the light
//! theme (snapshots of the cells' colours), monochrome, and F3 switching the theme.

mod common;

use common::*;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use icp_tui::app::action::Command;
use icp_tui::app::effect::Effect;
use icp_tui::app::state::State;
use icp_tui::app::update::start;
use icp_tui::app::view;
use icp_tui::app::view::looks::Looks;
use icp_tui::app::view::symbols::SymbolSet;
use icp_tui::app::view::theme::Theme;
use icp_tui::i18n::{Lang, Localizer};
use icp_tui::model::{Application, Step};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

fn draw(state: &State) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let tr = Localizer::new(state.lang);
    terminal
        .draw(|frame| view::draw(frame, state, &tr))
        .unwrap();
    terminal
}

fn render(state: &State) -> Buffer {
    draw(state).backend().buffer().clone()
}

/// A filing with a few mistakes, so that ticks, crosses and warnings are on screen.
fn filing() -> Application {
    let mut a = app("张三的技术笔记", Some("beijing"));
    a.subject.name = Some("张三".into());
    a.subject.leader.mobile = Some("12345678901".into());
    a.subject.leader.email = Some("zhang@example.cn".into());
    a
}

fn list(lang: Lang) -> State {
    let mut shop = app("", Some("44"));
    shop.meta.title = None;
    shop.subject.name = Some("北京星河科技有限公司".into());
    state_with(
        vec![
            entry("20261120-001", filing()),
            entry("20261121-001", shop),
            unreadable("20261101-003"),
        ],
        lang,
    )
}

fn open(step: Step, lang: Lang) -> State {
    let mut app = filing();
    app.meta.step = Some(step);
    let mut state = state_with(vec![entry("a", app)], lang);
    start(&mut state, Some("a"), &now());
    state
}

/// The list, one wizard step (the subject's, with its findings panel) and Review.
fn screens(lang: Lang) -> [(&'static str, State); 3] {
    [
        ("list", list(lang)),
        ("subject", open(Step::Subject, lang)),
        ("review", open(Step::Review, lang)),
    ]
}

fn with_looks(mut state: State, looks: Looks) -> State {
    state.looks = looks;
    state
}

const ASCII: Looks = Looks {
    theme: Theme::Dark,
    colour: true,
    symbols: SymbolSet::Ascii,
};

const LIGHT: Looks = Looks {
    theme: Theme::Light,
    colour: true,
    symbols: SymbolSet::Unicode,
};

const MONO: Looks = Looks {
    theme: Theme::Dark,
    colour: false,
    symbols: SymbolSet::Unicode,
};

/// Box drawing, arrows, the middle dot, ticks: what the ASCII set replaces.
fn is_chrome_symbol(c: char) -> bool {
    matches!(c, '\u{2500}'..='\u{257f}' | '\u{2190}'..='\u{21ff}' | '·' | '✓' | '✗')
}

fn text(buffer: &Buffer) -> String {
    buffer.content().iter().map(|c| c.symbol()).collect()
}

#[test]
fn the_ascii_set_draws_no_ambiguous_symbol() {
    for lang in Lang::ALL {
        for (name, state) in screens(lang) {
            let terminal = draw(&with_looks(state, ASCII));
            let found: Vec<char> = text(terminal.backend().buffer())
                .chars()
                .filter(|&c| is_chrome_symbol(c))
                .collect();
            assert!(found.is_empty(), "{name} {lang:?}: {found:?}");
            insta::assert_snapshot!(
                format!("ascii_{name}_{}_80x24", lang.tag()),
                terminal.backend()
            );
        }
    }
}

#[test]
fn the_unicode_set_is_the_nearest_case_that_has_them() {
    for lang in Lang::ALL {
        let buffer = render(&open(Step::Subject, lang));
        assert!(text(&buffer).chars().any(is_chrome_symbol), "{lang:?}");
    }
}

/// One line a row: runs of cells with the same colours and emphasis, as
/// `x0-x1 fg/bg +MODIFIERS`, the default style left out.
fn style_map(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut runs: Vec<(u16, u16, String)> = Vec::new();
        let mut covered = 0;
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            // The cell under the second half of a wide character belongs to its run.
            if covered > 0 {
                covered -= 1;
                if let Some((_, end, _)) = runs.last_mut() {
                    *end = x;
                }
                continue;
            }
            covered = cell.symbol().width().saturating_sub(1);
            let style = if (cell.fg, cell.bg, cell.modifier)
                == (Color::Reset, Color::Reset, Modifier::empty())
            {
                String::new()
            } else {
                format!("{:?}/{:?} {:?}", cell.fg, cell.bg, cell.modifier)
            };
            match runs.last_mut() {
                Some((_, end, s)) if *s == style => *end = x,
                _ => runs.push((x, x, style)),
            }
        }
        let runs: Vec<String> = runs
            .into_iter()
            .filter(|(_, _, s)| !s.is_empty())
            .map(|(a, b, s)| format!("{a}-{b} {s}"))
            .collect();
        out.push_str(&format!("{y:2}: {}\n", runs.join(", ")));
    }
    out
}

#[test]
fn the_light_theme_snapshots_its_colours() {
    for lang in Lang::ALL {
        for (name, state) in screens(lang) {
            let buffer = render(&with_looks(state, LIGHT));
            insta::assert_snapshot!(
                format!("light_{name}_{}_80x24", lang.tag()),
                style_map(&buffer)
            );
        }
    }
}

fn colours(buffer: &Buffer) -> Vec<Color> {
    buffer
        .content()
        .iter()
        .flat_map(|c| [c.fg, c.bg])
        .filter(|c| *c != Color::Reset)
        .collect()
}

/// The colours that are too pale for text on white.
fn pale(c: &Color) -> bool {
    matches!(
        c,
        Color::Gray | Color::Yellow | Color::LightYellow | Color::White | Color::Cyan
    )
}

#[test]
fn no_cell_of_the_light_theme_is_gray_yellow_or_cyan() {
    for lang in Lang::ALL {
        for (name, state) in screens(lang) {
            let buffer = render(&with_looks(state, LIGHT));
            let pale: Vec<Color> = colours(&buffer).into_iter().filter(pale).collect();
            assert!(pale.is_empty(), "{name} {lang:?}: {pale:?}");
            // The title bar is the accent with white on it.
            let cell = &buffer[(1, 0)];
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Indexed(231), Color::Indexed(24))
            );
        }
    }
}

#[test]
fn the_dark_theme_is_the_nearest_case_with_pale_colours() {
    let buffer = render(&open(Step::Review, Lang::EnUs));
    assert!(colours(&buffer).iter().any(pale));
    let cell = &buffer[(1, 0)];
    assert_eq!((cell.fg, cell.bg), (Color::Black, Color::Cyan));
}

#[test]
fn monochrome_draws_no_colour_and_reverses_the_title_bar() {
    for lang in Lang::ALL {
        for (name, state) in screens(lang) {
            let buffer = render(&with_looks(state, MONO));
            assert_eq!(colours(&buffer), Vec::<Color>::new(), "{name} {lang:?}");
            assert!(buffer[(1, 0)].modifier.contains(Modifier::REVERSED));
        }
    }
}

#[test]
fn f3_switches_the_theme_says_so_and_saves_it() {
    let mut state = list(Lang::EnUs);
    let f3 = Event::Key(KeyEvent::new(KeyCode::F(3), KeyModifiers::NONE));
    let action = icp_tui::app::action_for_event(&state, &f3).expect("F3 is bound");
    let effects = run(&mut state, [action]);
    assert_eq!(effects, vec![Effect::SaveTheme]);
    assert_eq!(state.looks.theme, Theme::Light);
    let flash = state.flash.clone().unwrap();
    assert_eq!(flash.id, "looks-theme-switched");
    assert_eq!(flash.args, vec![("theme", "light".to_string())]);
    run(&mut state, [cmd(Command::ToggleTheme)]);
    assert_eq!(state.looks.theme, Theme::Dark);
}

#[test]
fn f3_without_colours_keeps_the_choice_for_later_and_says_why() {
    let mut state = with_looks(list(Lang::ZhCn), MONO);
    run(&mut state, [cmd(Command::ToggleTheme)]);
    assert_eq!(state.looks.theme, Theme::Light);
    assert_eq!(
        state.flash.as_ref().unwrap().id,
        "looks-theme-switched-no-colour"
    );
    // Still monochrome on screen.
    assert!(colours(&render(&state)).is_empty());
}

#[test]
fn f3_is_in_the_help_in_both_languages() {
    for lang in Lang::ALL {
        let mut state = list(lang);
        run(&mut state, [cmd(Command::ToggleHelp)]);
        // Wide characters leave a blank cell behind them: compare without spaces.
        let screen = text(&render(&state)).replace(' ', "");
        let label = Localizer::new(lang).t("looks-key-theme").replace(' ', "");
        assert!(screen.contains("F3") && screen.contains(&label), "{lang:?}");
    }
}

#[test]
fn f3_in_a_read_only_instance_says_it_is_not_saved() {
    let mut state = State::new(Lang::EnUs, vec![], true);
    run(&mut state, [cmd(Command::ToggleTheme)]);
    assert_eq!(state.looks.theme, Theme::Light);
    assert_eq!(
        state.flash.as_ref().unwrap().id,
        "looks-theme-switched-read-only"
    );
}
