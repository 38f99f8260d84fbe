//! The mouse through the Action path: the wheel moves as the arrows do, a click on a row of
//! the list selects that filing, a click on the step bar opens that step, a click on a field
//! of an editor focuses it, a click on a row of a step's list selects it (Websites, Apps,
//! Documents, Watch, …), the wheel scrolls the pane under the pointer; a click elsewhere (a
//! border, an empty row) does nothing.

mod common;

use common::*;
use crossterm::event::{Event, KeyModifiers, MouseEvent, MouseEventKind};
use icp_tui::app::action::{Action, Command};
use icp_tui::app::action_for_event;
use icp_tui::app::state::{Screen, State};
use icp_tui::app::update::start;
use icp_tui::app::view;
use icp_tui::i18n::{Lang, Localizer};
use icp_tui::model::{Change, Content, Notice, Step, Website};
use ratatui::layout::Rect;

const SCREEN: Rect = Rect::new(0, 0, 80, 24);

fn list_of(n: usize, lang: Lang) -> State {
    let entries = (0..n)
        .map(|i| entry(&format!("a{i:02}"), app(&format!("A{i}"), None)))
        .collect();
    state_with(entries, lang)
}

fn selected(state: &State) -> usize {
    match &state.screen {
        Screen::List(list) => list.selected,
        Screen::Wizard(_) => panic!("not the list"),
    }
}

fn wheel(state: &mut State, kind: MouseEventKind) {
    let event = Event::Mouse(MouseEvent {
        kind,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    });
    let action = action_for_event(state, &event).expect("the wheel does something");
    run(state, [action]);
}

#[test]
fn the_wheel_moves_the_selection() {
    let mut state = list_of(5, Lang::EnUs);
    wheel(&mut state, MouseEventKind::ScrollDown);
    wheel(&mut state, MouseEventKind::ScrollDown);
    assert_eq!(selected(&state), 2);
    wheel(&mut state, MouseEventKind::ScrollUp);
    assert_eq!(selected(&state), 1);
}

#[test]
fn a_click_on_a_row_selects_that_filing() {
    for lang in Lang::ALL {
        let mut state = list_of(5, lang);
        // Title bar, two heading lines, the filter line, the column titles: rows 0 to 4.
        let first_row = 5;
        click(&mut state, 20, first_row + 3);
        assert_eq!(selected(&state), 3, "{lang:?}");
        click(&mut state, 20, first_row);
        assert_eq!(selected(&state), 0, "{lang:?}");
        // The nearest cases: the column titles and the empty rows below select nothing.
        assert_eq!(click(&mut state, 20, first_row - 1), None);
        assert_eq!(click(&mut state, 20, first_row + 5), None);
        assert_eq!(selected(&state), 0);
    }
}

#[test]
fn a_click_follows_the_scrolled_table() {
    let mut state = list_of(40, Lang::EnUs);
    for _ in 0..30 {
        wheel(&mut state, MouseEventKind::ScrollDown);
    }
    assert_eq!(selected(&state), 30);
    // The table scrolled to show row 30 at its bottom: a click on its first row is not 0.
    let first_row = 5;
    click(&mut state, 20, first_row);
    let top = selected(&state);
    assert!(top > 0 && top < 30, "{top}");
}

#[test]
fn a_click_on_the_step_bar_opens_that_step() {
    for lang in Lang::ALL {
        let mut a = app("", Some("beijing"));
        a.meta.step = Some(Step::Subject);
        let mut state = state_with(vec![entry("a", a)], lang);
        start(&mut state, Some("a"), &now());
        // " 1 Prov 2 Subject 3 Sites …": column 1 is step 1's label.
        assert_eq!(
            click(&mut state, 1, 1),
            Some(Action::GoToStep(Step::Province))
        );
        assert_eq!(state.wizard().unwrap().step, Step::Province);
        // The blank row under the bar opens nothing.
        assert_eq!(click(&mut state, 1, 2), None);
        assert_eq!(state.wizard().unwrap().step, Step::Province);
    }
}

#[test]
fn a_click_on_a_field_focuses_it_and_reads_a_typed_date() {
    for lang in Lang::ALL {
        let mut a = app("", Some("beijing"));
        a.meta.step = Some(Step::Subject);
        let mut state = state_with(vec![entry("a", a)], lang);
        start(&mut state, Some("a"), &now());
        // Title bar, step bar and its blank line, the step's title: the form starts at row 4
        // (kind, name, document type, number, expiry date …).
        assert_eq!(click(&mut state, 30, 8), Some(Action::FocusField(4)));
        let focus = |s: &State| s.wizard().unwrap().subject.form.focus;
        assert_eq!(focus(&state), 4, "{lang:?}");
        run(&mut state, typed("2030/2/3"));
        // Clicking the name leaves the date field: the date is read.
        assert_eq!(click(&mut state, 30, 5), Some(Action::FocusField(1)));
        assert_eq!(focus(&state), 1);
        assert_eq!(
            state.wizard().unwrap().app.subject.certificate_expires,
            icp_tui::model::Date::new(2030, 2, 3)
        );
        // The nearest case: the step's title is no field.
        assert_eq!(click(&mut state, 30, 3), None);
        assert_eq!(focus(&state), 1);
    }
}

/// The screen row and column (in cells) where `text` is first shown.
fn find(state: &State, text: &str) -> (u16, u16) {
    let rows = screen_rows(state);
    for (y, row) in rows.iter().enumerate() {
        if let Some(at) = row.find(text) {
            let column = unicode_width::UnicodeWidthStr::width(&row[..at]);
            return (column as u16, y as u16);
        }
    }
    panic!("{text:?} is not on the screen:\n{}", rows.join("\n"));
}

fn at_step(a: icp_tui::model::Application, step: Step, lang: Lang) -> State {
    let mut a = a;
    a.meta.step = Some(step);
    let mut state = state_with(vec![entry("a", a)], lang);
    start(&mut state, Some("a"), &now());
    state
}

fn site(domain: &str) -> Website {
    Website {
        // A name the naming rules pass: its field's notes leave room for the others.
        name: Some("星河科技官网".into()),
        domain: Some(domain.into()),
        ..Website::default()
    }
}

/// Every row of the body clicked in turn: each field reached is focused by its click, and
/// the editor's title row focuses nothing.
fn clicks_focus_fields(state: &mut State, focus: impl Fn(&State) -> usize) {
    let mut reached = Vec::new();
    for row in 4..23 {
        if let Some(action) = click(state, 30, row) {
            let Action::FocusField(index) = action else {
                panic!("row {row}: {action:?}");
            };
            assert_eq!(focus(state), index, "row {row}");
            reached.push(index);
        }
    }
    reached.dedup();
    assert!(reached.len() >= 3, "{reached:?}");
    let before = focus(state);
    // The nearest case: the editor's title line is no field.
    assert_eq!(click(state, 30, 3), None);
    assert_eq!(focus(state), before);
}

#[test]
fn a_click_focuses_a_field_of_the_websites_apps_and_watch_editors() {
    for lang in Lang::ALL {
        let mut a = app("", Some("beijing"));
        a.websites = vec![site("a.cn")];
        a.apps = vec![Default::default()];
        a.notices = vec![Notice::default()];
        let mut state = at_step(a, Step::Websites, lang);
        run(&mut state, [cmd(Command::Confirm)]);
        assert!(state.wizard().unwrap().websites.editing.is_some());
        clicks_focus_fields(&mut state, |s| s.wizard().unwrap().websites.form.focus);

        run(
            &mut state,
            [Action::GoToStep(Step::Apps), cmd(Command::Confirm)],
        );
        assert!(state.wizard().unwrap().apps.editing.is_some());
        clicks_focus_fields(&mut state, |s| s.wizard().unwrap().apps.form.focus);

        run(
            &mut state,
            [Action::GoToStep(Step::Watch), cmd(Command::Confirm)],
        );
        assert!(state.wizard().unwrap().watch.editing.is_some());
        clicks_focus_fields(&mut state, |s| s.wizard().unwrap().watch.form.focus);
    }
}

#[test]
fn a_click_on_a_websites_list_row_focuses_nothing() {
    // The nearest case of the editor: the list of websites (no form open).
    let mut a = app("", Some("beijing"));
    a.websites = vec![site("a.cn")];
    let mut state = at_step(a, Step::Websites, Lang::EnUs);
    for row in 0..24 {
        let action = click(&mut state, 30, row);
        assert!(
            !matches!(action, Some(Action::FocusField(_))),
            "{row}: {action:?}"
        );
    }
}

#[test]
fn a_click_selects_a_website_or_an_app_and_the_wheel_moves_the_selection() {
    for lang in Lang::ALL {
        let mut a = app("", Some("beijing"));
        a.websites = vec![site("alpha.cn"), site("bravo.cn"), site("charlie.cn")];
        a.apps = (0..20)
            .map(|i| icp_tui::model::App {
                name: Some(format!("app{i:02}")),
                ..Default::default()
            })
            .collect();
        let mut state = at_step(a, Step::Websites, lang);
        let selected = |s: &State| {
            let w = s.wizard().unwrap();
            (w.websites.selected, w.apps.selected)
        };
        let (column, row) = find(&state, "charlie.cn");
        assert_eq!(
            click(&mut state, column, row),
            Some(Action::SelectIn { pane: 0, index: 2 })
        );
        assert_eq!(selected(&state), (2, 0));
        // The nearest cases: the row below the last website, and the step's title.
        assert_eq!(click(&mut state, column, row + 1), None);
        assert_eq!(click(&mut state, column, row - 3), None);
        assert_eq!(selected(&state), (2, 0));
        // The wheel over the list moves its selection as the arrow keys do.
        let tr = Localizer::new(lang);
        let up = view::wheel(&state, &tr, SCREEN, column, row, false);
        assert_eq!(up, Action::Command(Command::Up));
        run(&mut state, [up]);
        assert_eq!(selected(&state), (1, 0));

        // A list longer than its rows: a click follows the rows ratatui scrolled to.
        run(
            &mut state,
            [
                Action::GoToStep(Step::Apps),
                cmd(Command::PageDown),
                cmd(Command::PageDown),
            ],
        );
        assert_eq!(selected(&state), (1, 19));
        let (column, last) = find(&state, "app19");
        let (_, first) = find(&state, ". app");
        let shown = usize::from(last - first) + 1;
        assert!(shown < 20, "{shown} rows: the list scrolled");
        assert_eq!(
            click(&mut state, column, first),
            Some(Action::SelectIn {
                pane: 0,
                index: 20 - shown
            })
        );
        assert_eq!(selected(&state), (1, 20 - shown));
        // Nothing while a removal waits for its answer.
        run(&mut state, [cmd(Command::Delete)]);
        assert_eq!(click(&mut state, column, first + 1), None);
        assert_eq!(selected(&state), (1, 20 - shown));
    }
}

fn company(lang: Lang, step: Step) -> State {
    let mut a = app("", Some("beijing"));
    a.subject.kind = Some(icp_tui::model::SubjectKind::Enterprise);
    a.websites = vec![site("a.cn"), site("b.cn")];
    at_step(a, step, lang)
}

#[test]
fn a_click_selects_a_document_and_the_wheel_scrolls_the_pane_under_it() {
    for lang in Lang::ALL {
        let mut state = company(lang, Step::Documents);
        let documents = |s: &State| {
            let d = &s.wizard().unwrap().documents;
            (d.selected, d.detail_scroll)
        };
        // The third document of an enterprise's list.
        let name = "网站负责人身份证件";
        let (column, row) = find(&state, name);
        assert_eq!(
            click(&mut state, column, row),
            Some(Action::SelectIn { pane: 0, index: 2 }),
            "{lang:?}"
        );
        assert_eq!(documents(&state), (2, 0));
        // The nearest cases: the readiness line above the list, the marker of rows hidden
        // below it, and the detail's border.
        let (_, first) = find(&state, "营业执照");
        assert_eq!(click(&mut state, 10, first - 1), None);
        let (_, border) = find(&state, "┌");
        assert!(border > row, "{border} {row}");
        assert_eq!(click(&mut state, 10, border - 1), None);
        assert_eq!(click(&mut state, 2, border), None);
        assert_eq!(documents(&state), (2, 0));
        let tr = Localizer::new(lang);
        // The wheel over the detail scrolls it and leaves the selection; over the list it
        // moves the selection.
        let screen = SCREEN;
        let down = view::wheel(&state, &tr, screen, 10, border + 2, true);
        assert_eq!(
            down,
            Action::Scroll {
                pane: 1,
                down: true
            }
        );
        run(&mut state, [down]);
        assert_eq!(documents(&state), (2, 1));
        let up = view::wheel(&state, &tr, screen, 10, row, false);
        assert_eq!(
            up,
            Action::Scroll {
                pane: 0,
                down: false
            }
        );
        run(&mut state, [up]);
        assert_eq!(documents(&state), (1, 0));
        // Outside the panes (the step bar) the wheel moves as the arrow keys do.
        assert_eq!(
            view::wheel(&state, &tr, screen, 10, 1, true),
            Action::Command(Command::Down)
        );
    }
}

#[test]
fn a_click_on_a_domains_tab_opens_that_website() {
    for lang in Lang::ALL {
        let mut state = company(lang, Step::Domains);
        let (column, row) = find(&state, "2 b.cn");
        assert_eq!(
            click(&mut state, column + 2, row),
            Some(Action::SelectIn { pane: 0, index: 1 })
        );
        assert_eq!(state.wizard().unwrap().domains.website, 1);
        let (column, row) = find(&state, "1 a.cn");
        click(&mut state, column, row);
        assert_eq!(state.wizard().unwrap().domains.website, 0);
        // The nearest case: the empty end of the tabs' row.
        assert_eq!(click(&mut state, 78, row), None);
        assert_eq!(state.wizard().unwrap().domains.website, 0);
        // The wheel over the checks scrolls them.
        let tr = Localizer::new(lang);
        let wheel = view::wheel(&state, &tr, SCREEN, 10, row + 3, true);
        assert_eq!(
            wheel,
            Action::Scroll {
                pane: 1,
                down: true
            }
        );
        run(&mut state, [wheel]);
        assert_eq!(state.wizard().unwrap().domains.scroll, 1);
    }
}

#[test]
fn a_click_selects_a_field_of_the_countdowns_tracker() {
    for lang in Lang::ALL {
        let mut state = company(lang, Step::Countdown);
        // At 80x24 one pane shows at a time: a click on its tab (or Tab) shows the tracker.
        let tracker = match lang {
            Lang::EnUs => "Tracker",
            Lang::ZhCn => "进度",
        };
        let (column, tabs) = find(&state, &format!(" {tracker}   Tab"));
        assert_eq!(
            click(&mut state, column + 1, tabs),
            Some(Action::SelectIn { pane: 2, index: 1 })
        );
        use icp_tui::app::steps::countdown::Pane;
        assert_eq!(state.wizard().unwrap().countdown.pane, Pane::Tracker);
        // The nearest case: the hint after the tabs.
        assert_eq!(click(&mut state, 40, tabs), None);
        let label = match lang {
            Lang::EnUs => "SMS verified",
            Lang::ZhCn => "短信核验完成",
        };
        let (_, row) = find(&state, label);
        assert_eq!(
            click(&mut state, 10, row),
            Some(Action::SelectIn { pane: 1, index: 3 }),
            "{lang:?}"
        );
        assert_eq!(state.wizard().unwrap().countdown.field, 3);
        // The nearest cases: the pane's top border and its left border.
        let first = row - 3;
        assert_eq!(click(&mut state, 10, first - 1), None);
        assert_eq!(click(&mut state, 0, row), None);
        click(&mut state, 10, first);
        assert_eq!(state.wizard().unwrap().countdown.field, 0);
        // The wheel over the tracker moves its selection.
        let tr = Localizer::new(lang);
        let wheel = view::wheel(&state, &tr, SCREEN, 10, row, true);
        assert_eq!(
            wheel,
            Action::Scroll {
                pane: 1,
                down: true
            }
        );
        run(&mut state, [wheel]);
        assert_eq!(state.wizard().unwrap().countdown.field, 1);
    }
}

#[test]
fn a_click_selects_a_notice_or_a_change() {
    for lang in Lang::ALL {
        let mut a = app("", Some("beijing"));
        a.notices = ["alpha", "bravo", "charlie"]
            .map(|about| Notice {
                about: Some(about.into()),
                ..Notice::default()
            })
            .to_vec();
        a.changes = ["delta", "echo"]
            .map(|what| Change {
                what: Some(what.into()),
                ..Change::default()
            })
            .to_vec();
        let mut state = at_step(a, Step::Watch, lang);
        let watch = |s: &State| {
            let w = &s.wizard().unwrap().watch;
            (w.pane, w.notice, w.change)
        };
        use icp_tui::app::steps::watch::Pane;
        let (column, row) = find(&state, "charlie");
        assert_eq!(
            click(&mut state, column, row),
            Some(Action::SelectIn { pane: 0, index: 2 })
        );
        assert_eq!(watch(&state), (Pane::Notices, 2, 0));
        let (column, row) = find(&state, "echo");
        assert_eq!(
            click(&mut state, column, row),
            Some(Action::SelectIn { pane: 1, index: 1 })
        );
        assert_eq!(watch(&state), (Pane::Changes, 2, 1));
        // The nearest cases: the changes pane's top border, and its left border.
        assert_eq!(click(&mut state, column, row - 2), None);
        assert_eq!(click(&mut state, 0, row), None);
        assert_eq!(watch(&state), (Pane::Changes, 2, 1));
        // The wheel over the notices gives them the keys and moves their selection.
        let tr = Localizer::new(lang);
        let (_, alpha) = find(&state, "alpha");
        let wheel = view::wheel(&state, &tr, SCREEN, 10, alpha, false);
        assert_eq!(
            wheel,
            Action::Scroll {
                pane: 0,
                down: false
            }
        );
        run(&mut state, [wheel]);
        assert_eq!(watch(&state), (Pane::Notices, 1, 1));
    }
}

#[test]
fn a_click_selects_a_province_and_not_from_the_filter_or_the_facts() {
    for lang in Lang::ALL {
        let mut state = at_step(app("", None), Step::Province, lang);
        let selected = |s: &State| s.wizard().unwrap().province.selected;
        // Tianjin, the second province of the list.
        let name = if lang == Lang::ZhCn {
            "天津市"
        } else {
            "Tianjin"
        };
        let (column, row) = find(&state, name);
        assert_eq!(
            click(&mut state, column, row),
            Some(Action::SelectIn { pane: 0, index: 1 }),
            "{lang:?}"
        );
        assert_eq!(selected(&state), 1);
        // The nearest cases: the filter line above the list, and the facts beside it.
        let (_, first) = find(
            &state,
            if lang == Lang::ZhCn {
                "北京市"
            } else {
                "Beijing"
            },
        );
        assert_eq!(first + 1, row);
        assert_eq!(click(&mut state, column, first - 1), None);
        assert_eq!(click(&mut state, 60, row), None);
        assert_eq!(selected(&state), 1);
    }
}

/// An individual filing whose Review has findings that wrap at 80 columns in both languages:
/// a foreign mobile, an ID that expires soon, a domain registered to someone else.
fn with_long_findings() -> icp_tui::model::Application {
    let text = std::fs::read_to_string("tests/data/valid_individual.toml").unwrap();
    let mut a = icp_tui::model::Application::from_toml_str(&text).unwrap();
    a.subject.leader.mobile = Some("12345678901".into());
    a.subject.certificate_expires = icp_tui::model::Date::parse("2027-01-01");
    a.websites[0].registration.registrant = Some("李四".into());
    a
}

fn review_selected(state: &State) -> usize {
    state.wizard().unwrap().review.selected
}

/// The text of the row Review marks as selected (after its `>`).
fn selected_line(state: &State) -> String {
    let rows = screen_rows(state);
    let line = rows.iter().find(|r| r.starts_with(" >"));
    let line = line.unwrap_or_else(|| panic!("no selection:\n{}", rows.join("\n")));
    line[2..].trim_end().to_string()
}

#[test]
fn a_click_selects_a_finding_of_review_from_any_of_its_lines() {
    for lang in Lang::ALL {
        let mut state = at_step(with_long_findings(), Step::Review, lang);
        let zh = lang == Lang::ZhCn;
        // The second finding wraps: its second line selects it too.
        let second_line = if zh {
            "于 90 天。"
        } else {
            "days; the administration"
        };
        let (column, row) = find(&state, second_line);
        assert_eq!(
            click(&mut state, column, row),
            Some(Action::SelectIn { pane: 0, index: 1 }),
            "{lang:?}"
        );
        assert_eq!(review_selected(&state), 1);
        let expires = if zh {
            "证件有效期至"
        } else {
            "Certificate expires"
        };
        assert!(selected_line(&state).contains(expires), "{lang:?}");
        // Enter does for the clicked finding what it does for one reached by the arrows.
        run(&mut state, [cmd(Command::Confirm)]);
        assert_eq!(state.wizard().unwrap().step, Step::Subject);
        run(&mut state, [Action::GoToStep(Step::Review)]);
        assert_eq!(review_selected(&state), 1);
        // The first finding.
        let mobile = if zh { "手机号码" } else { "Mobile:" };
        let (column, first) = find(&state, mobile);
        assert_eq!(
            click(&mut state, column, first),
            Some(Action::SelectIn { pane: 0, index: 0 })
        );
        assert_eq!(review_selected(&state), 0);
        // The nearest cases select nothing: the group heading above it, a gauge, the
        // verdict's blank line, the step's title, the blank row below the last finding, the
        // footer.
        assert_eq!(click(&mut state, 4, first - 1), None, "{lang:?}");
        let (_, gauge) = find(&state, "[##########]");
        assert_eq!(click(&mut state, 4, gauge), None);
        assert_eq!(click(&mut state, 4, first - 2), None);
        let (_, title) = find(&state, if zh { "检查：" } else { "Review:" });
        assert_eq!(click(&mut state, 4, title), None);
        let registrant = if zh {
            "域名持有者："
        } else {
            "filing subject"
        };
        let (_, last) = find(&state, registrant);
        assert_eq!(
            click(&mut state, 4, last),
            Some(Action::SelectIn { pane: 0, index: 2 })
        );
        assert_eq!(click(&mut state, 4, last + 1), None);
        assert_eq!(click(&mut state, 4, 23), None);
        assert_eq!(review_selected(&state), 2);
    }
}

/// Review with a list longer than the screen: the long findings, and two websites with
/// nothing typed (26 more missing answers).
fn long_review(lang: Lang) -> State {
    let mut a = with_long_findings();
    a.websites.push(Website::default());
    a.websites.push(Website::default());
    at_step(a, Step::Review, lang)
}

/// The words of the marker above a scrolled list.
fn more_above(lang: Lang) -> &'static str {
    if lang == Lang::ZhCn {
        "上方还有"
    } else {
        "more lines above"
    }
}

#[test]
fn a_click_on_review_follows_the_scrolled_list_and_not_its_markers() {
    for lang in Lang::ALL {
        let mut state = long_review(lang);
        let zh = lang == Lang::ZhCn;
        let (above, below) = if zh {
            ("上方还有", "下方还有")
        } else {
            ("more lines above", "more lines below")
        };
        let (_, marker) = find(&state, below);
        assert_eq!(click(&mut state, 4, marker), None, "{lang:?}");
        assert_eq!(review_selected(&state), 0);
        run(&mut state, (0..40).map(|_| cmd(Command::Down)));
        let last = review_selected(&state);
        let (_, marker) = find(&state, above);
        assert_eq!(click(&mut state, 4, marker), None, "{lang:?}");
        assert_eq!(review_selected(&state), last);
        // The row just below the marker: a missing answer of a website, far down the list
        // (selected where it is shown: a click does not scroll the list).
        let clicked = screen_rows(&state)[usize::from(marker) + 1]
            .trim()
            .to_string();
        let Some(Action::SelectIn { pane: 0, index }) = click(&mut state, 4, marker + 1) else {
            panic!("{lang:?}: no row below the marker");
        };
        assert!(index > 5 && index < last, "{index} of {last}");
        assert_eq!(review_selected(&state), index);
        assert_eq!(selected_line(&state), clicked, "{lang:?}");
    }
}

/// Screen rows `rows` with the selection's `>` taken out: what a click that only selects
/// leaves as it was.
fn unmarked(state: &State, rows: std::ops::Range<usize>) -> Vec<String> {
    screen_rows(state)[rows]
        .iter()
        .map(|r| r.replacen(" >", "  ", 1))
        .collect()
}

/// The row under a scrolled list's top marker clicked: its item is selected (in English a
/// document's name wraps and that row may be its second line: the item is selected all the
/// same, and the list still does not move), and the list (screen rows `list`, the marker
/// first) does not move. Then the nearest cases: ↓ inside the window moves only the
/// selection; ↑ past the top edge scrolls the list as far as the item above needs, its first
/// line under the marker.
fn a_click_under_the_top_marker_keeps_the_list(
    state: &mut State,
    list: std::ops::Range<usize>,
    selected: impl Fn(&State) -> usize,
) {
    let lang = state.lang;
    let marker = list.start;
    let above = more_above(lang);
    assert!(screen_rows(state)[marker].contains(above), "{lang:?}");
    let before = unmarked(state, list.clone());
    let last = selected(state);
    let row = marker as u16 + 1;
    let Some(Action::SelectIn { pane: 0, index }) = click(state, 4, row) else {
        panic!("{lang:?}: no row below the marker");
    };
    assert!(index > 0 && index < last, "{index} of {last}");
    assert_eq!(selected(state), index);
    assert_eq!(
        unmarked(state, list.clone()),
        before,
        "{lang:?}: the list moved"
    );
    // ↓ inside the window: the list stays.
    run(state, [cmd(Command::Down)]);
    assert_eq!(selected(state), index + 1);
    assert_eq!(unmarked(state, list.clone()), before, "{lang:?}");
    // ↑ twice, past the top edge: the list moves down, the selection's first line is under
    // the marker, the rows shown before are lower down, in their order.
    run(state, [cmd(Command::Up), cmd(Command::Up)]);
    assert_eq!(selected(state), index - 1);
    let rows = screen_rows(state);
    assert!(
        rows[marker + 1].starts_with(" >"),
        "{lang:?}:\n{}",
        rows.join("\n")
    );
    let after = unmarked(state, list.clone());
    let moved = after.iter().position(|r| *r == before[1]);
    let moved = moved.unwrap_or_else(|| panic!("{lang:?}:\n{}", after.join("\n")));
    assert!(moved >= 2, "{lang:?}: {moved}");
    // (The last row may be the marker of rows below now.)
    let shown = after.len() - 1 - moved;
    assert_eq!(
        after[moved..moved + shown],
        before[1..1 + shown],
        "{lang:?}"
    );
}

#[test]
fn a_click_under_the_top_marker_of_documents_selects_without_moving_the_list() {
    for lang in Lang::ALL {
        let mut a = app("", Some("beijing"));
        a.subject.kind = Some(icp_tui::model::SubjectKind::Enterprise);
        // Four approvals for the content: nine documents, more than the list's rows.
        let mut website = site("a.cn");
        website.content = vec![Content::News, Content::Publishing, Content::Education];
        website.content.push(Content::Medical);
        a.websites = vec![website];
        let mut state = at_step(a, Step::Documents, lang);
        run(&mut state, (0..20).map(|_| cmd(Command::Down)));
        let (_, border) = find(&state, "┌");
        let documents = |s: &State| s.wizard().unwrap().documents.selected;
        a_click_under_the_top_marker_keeps_the_list(&mut state, 4..usize::from(border), documents);
    }
}

#[test]
fn a_click_under_the_top_marker_of_review_selects_without_moving_the_list() {
    for lang in Lang::ALL {
        let mut state = long_review(lang);
        run(&mut state, (0..40).map(|_| cmd(Command::Down)));
        let above = more_above(lang);
        let (_, marker) = find(&state, above);
        // Down to the foot of the screen, above the footer.
        let list = usize::from(marker)..23;
        a_click_under_the_top_marker_keeps_the_list(&mut state, list, review_selected);
    }
}

#[test]
fn up_through_review_scrolls_only_at_the_top_edge_and_brings_a_heading_along() {
    for lang in Lang::ALL {
        let mut state = long_review(lang);
        run(&mut state, (0..40).map(|_| cmd(Command::Down)));
        let above = more_above(lang);
        let (_, marker) = find(&state, above);
        let marker = usize::from(marker);
        let list = marker..23;
        // ↑ inside the window: the list stays; at the top edge it scrolls by one row a key.
        let before = unmarked(&state, list.clone());
        let mut at_edge = None;
        while review_selected(&state) > 3 {
            run(&mut state, [cmd(Command::Up)]);
            let rows = screen_rows(&state);
            if at_edge.is_none() && !rows[marker + 1].starts_with(" >") {
                assert_eq!(unmarked(&state, list.clone()), before, "{lang:?}");
            } else if let Some(previous) = at_edge.replace(unmarked(&state, list.clone())) {
                assert!(rows[marker + 1].starts_with(" >"), "{lang:?}");
                assert_eq!(unmarked(&state, list.clone())[2], previous[1], "{lang:?}");
            }
        }
        assert!(
            at_edge.is_some(),
            "{lang:?}: the list never reached its top edge"
        );
        // Up to the first website's row: its group's heading comes into view above it.
        run(&mut state, [cmd(Command::Up)]);
        assert_eq!(review_selected(&state), 2);
        let rows = screen_rows(&state);
        let heading = if lang == Lang::ZhCn {
            "网站（"
        } else {
            "Websites ("
        };
        assert!(
            rows[marker + 1].trim_start().starts_with(heading),
            "{lang:?}:\n{}",
            rows.join("\n")
        );
        assert!(rows[marker + 2].starts_with(" >"), "{lang:?}");
    }
}

#[test]
fn review_entered_again_keeps_its_window_and_clamps_it_to_a_shorter_list() {
    for lang in Lang::ALL {
        let mut state = long_review(lang);
        // In the middle of the list: the window from the top edge down.
        run(&mut state, (0..40).map(|_| cmd(Command::Down)));
        run(&mut state, (0..5).map(|_| cmd(Command::Up)));
        let before = screen_rows(&state);
        let selected = review_selected(&state);
        // A step left and entered again: the window where it was, the selection with it.
        run(&mut state, [Action::GoToStep(Step::Subject)]);
        run(&mut state, [Action::GoToStep(Step::Review)]);
        assert_eq!(review_selected(&state), selected);
        assert_eq!(screen_rows(&state), before, "{lang:?}");
        // The nearest case: the list got shorter meanwhile (the third website removed, its
        // 13 missing answers with it): the window is clamped, the list's end at its foot,
        // and the selection in view.
        run(&mut state, [Action::GoToStep(Step::Subject)]);
        match &mut state.screen {
            Screen::Wizard(wizard) => {
                wizard.app.websites.pop();
            }
            Screen::List(_) => unreachable!(),
        }
        run(&mut state, [Action::GoToStep(Step::Review)]);
        let rows = screen_rows(&state);
        let shown = rows.join("\n");
        let below = if lang == Lang::ZhCn {
            "下方还有"
        } else {
            "more lines below"
        };
        assert!(!shown.contains(below), "{lang:?}:\n{shown}");
        assert!(!rows[22].trim().is_empty(), "{lang:?}:\n{shown}");
        assert!(
            rows.iter().any(|r| r.starts_with(" >")),
            "{lang:?}:\n{shown}"
        );
    }
}

#[test]
fn a_resized_review_keeps_the_selection_in_view_and_clicks_hit_what_is_drawn() {
    for lang in Lang::ALL {
        let mut state = long_review(lang);
        // The selection at the foot of the list, then the terminal loses 8 rows: the
        // window moves down as far as keeps it in view.
        run(&mut state, (0..40).map(|_| cmd(Command::Down)));
        run(&mut state, (0..3).map(|_| cmd(Command::Up)));
        let selected = selected_line(&state);
        let small = drawn(&state, 80, 16);
        assert!(
            small.contains(&format!("\" >{selected}")),
            "{lang:?}:\n{small}"
        );
        // Back to 80x24: the window stays where the small one left it (the selection in
        // view), and a click on the row under the top marker selects what is shown there.
        let rows = screen_rows(&state);
        let above = more_above(lang);
        let marker = rows.iter().position(|r| r.contains(above)).unwrap();
        let shown = rows[marker + 1].clone();
        assert!(
            click(&mut state, 4, marker as u16 + 1).is_some(),
            "{lang:?}"
        );
        assert_eq!(selected_line(&state), shown[2..].trim_end(), "{lang:?}");
        assert_eq!(screen_rows(&state)[marker + 1][2..], shown[2..], "{lang:?}");
    }
}
