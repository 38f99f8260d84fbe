//! `--help` at 80 columns in both languages: no line wider than the terminal, no word split,
//! every heading localized, FILE under Arguments, examples at the end.

use std::process::Command;

use icp_tui::cli::help::render;
use icp_tui::i18n::Lang;
use unicode_width::UnicodeWidthStr;

const COMMANDS: &[&[&str]] = &[
    &[],
    &["check"],
    &["status"],
    &["export"],
    &["app-info"],
    &["footer"],
    &["completions"],
    &["man"],
];

fn help(args: &[&str], lang: Lang, width: usize) -> String {
    let mut args = args.to_vec();
    args.push("--help");
    render(&args, lang, width)
}

/// The runs of ASCII letters, digits and signs, in order: a word split over two lines would
/// show up as two.
fn ascii_words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || !c.is_ascii())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn no_line_is_wider_than_80_columns_and_no_word_is_split() {
    for lang in Lang::ALL {
        for args in COMMANDS {
            let wrapped = help(args, lang, 80);
            assert!(!wrapped.is_empty(), "{args:?}");
            for line in wrapped.lines() {
                assert!(line.width() <= 80, "{lang:?} {args:?}: {line:?}");
            }
            let unwrapped = help(args, lang, 10_000);
            assert_eq!(
                ascii_words(&wrapped),
                ascii_words(&unwrapped),
                "{lang:?} {args:?}"
            );
            // The Chinese text is all there too, only broken into lines.
            let squeeze = |t: &str| t.split_whitespace().collect::<String>();
            assert_eq!(squeeze(&wrapped), squeeze(&unwrapped), "{lang:?} {args:?}");
        }
    }
}

#[test]
fn every_heading_is_localized_and_file_is_an_argument() {
    let zh = help(&["check"], Lang::ZhCn, 80);
    for heading in ["用法：", "选项：\n", "参数：\n", "示例：\n"] {
        assert!(zh.contains(heading), "{heading}\n{zh}");
    }
    for english in ["Usage", "Options:", "Arguments:", "Commands:", "Examples:"] {
        assert!(!zh.contains(english), "{english}\n{zh}");
    }
    let arguments = zh.find("参数：").unwrap();
    assert!(zh[arguments..].contains("<FILE>..."), "{zh}");
    assert!(
        !zh[..arguments].contains("<FILE>...  "),
        "FILE only under Arguments\n{zh}"
    );
    assert!(help(&[], Lang::ZhCn, 80).contains("命令：\n"));

    let en = help(&["export"], Lang::EnUs, 80);
    for heading in ["Usage: ", "Options:\n", "Arguments:\n", "Examples:\n"] {
        assert!(en.contains(heading), "{heading}\n{en}");
    }
    assert!(
        en.contains("  icp-tui export filing.toml -o filing.md"),
        "{en}"
    );
}

#[test]
fn the_program_wraps_to_columns() {
    for (lang, columns) in [("en-US", 80), ("zh-CN", 80), ("zh-CN", 50)] {
        let out = Command::new(env!("CARGO_BIN_EXE_icp-tui"))
            .args(["--lang", lang, "check", "--help"])
            .env("COLUMNS", columns.to_string())
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.lines().count() > 10, "{text}");
        for line in text.lines() {
            assert!(line.width() <= columns, "{lang} {columns}: {line:?}");
        }
    }
}

#[test]
fn clap_says_no_english_default_or_possible_values() {
    let commands = icp_tui::cli::help::every_command(Lang::ZhCn);
    assert!(commands.len() >= COMMANDS.len(), "{commands:?}");
    for args in &commands {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let zh = help(&args, Lang::ZhCn, 80);
        for english in ["[default", "[possible values", "[env"] {
            assert!(!zh.contains(english), "{args:?}: {english}\n{zh}");
        }
    }
    // The defaults are still told, in each language.
    let zh = help(&["export"], Lang::ZhCn, 10_000);
    assert!(zh.contains("默认：markdown。"), "{zh}");
    let en = help(&["footer"], Lang::EnUs, 10_000);
    assert!(en.contains("Default: html."), "{en}");
    assert!(!en.contains("[default"), "{en}");
}

/// The long options of a help text, in the order it lists them.
fn option_order(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| {
            let line = line.trim_start();
            let line = line
                .strip_prefix("-h, ")
                .or(line.strip_prefix("-V, "))
                .unwrap_or(line);
            let word = line.split_whitespace().next()?;
            (word.starts_with("--") && word.len() > 2).then_some(word)
        })
        .collect()
}

/// Each command lists its options in the order users have seen, in both languages. clap
/// numbers subcommands and options with one counter, so moving where a subcommand is added
/// moves options in every subcommand's help: this would fail.
#[test]
fn the_options_keep_their_order() {
    let mut orders = String::new();
    for args in COMMANDS {
        let en = help(args, Lang::EnUs, 10_000);
        let zh = help(args, Lang::ZhCn, 10_000);
        assert_eq!(option_order(&en), option_order(&zh), "{args:?}");
        orders.push_str(&format!("{args:?}: {}\n", option_order(&en).join(" ")));
    }
    insta::assert_snapshot!(orders);
}
