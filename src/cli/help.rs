//! `--help` as packagers and users expect it: every heading in the user's language, the
//! positional FILE under Arguments, examples at the end, and the text wrapped to the terminal
//! by the same Chinese-aware wrapper as the TUI (clap's own wrapper breaks only at spaces, so
//! a Chinese sentence would run off the screen).

use clap::{Arg, Command};
use unicode_width::UnicodeWidthStr;

use crate::i18n::{Localizer, arg_str};
use crate::report::label;
use crate::ui::wrap::wrap;

/// Help is never wider than this, however wide the terminal (as clap's default).
const MAX_WIDTH: usize = 100;
/// Below this width the hanging indent of option help gives way to a fixed one.
const MIN_HELP_COLUMNS: usize = 24;

/// The examples of each command: the command line and the Fluent id of what it does.
const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    (
        "icp-tui",
        &[
            ("icp-tui", "habits-cli-example-tui"),
            ("icp-tui --lang zh-CN", "habits-cli-example-lang"),
            (
                "icp-tui check --complete filing.toml",
                "habits-cli-example-check",
            ),
            ("icp-tui status --due 30", "habits-cli-example-status-due"),
            (
                "icp-tui export filing.toml -o filing.md",
                "habits-cli-example-export",
            ),
        ],
    ),
    (
        "check",
        &[
            ("icp-tui check filing.toml", "habits-cli-example-check-one"),
            (
                "icp-tui check --summary applications/*.toml",
                "habits-cli-example-check-summary",
            ),
            (
                "icp-tui check --json --today 2027-01-01 filing.toml",
                "habits-cli-example-check-json",
            ),
        ],
    ),
    (
        "status",
        &[
            ("icp-tui status", "habits-cli-example-status"),
            ("icp-tui status --due 30", "habits-cli-example-status-due"),
        ],
    ),
    (
        "export",
        &[
            (
                "icp-tui export filing.toml -o filing.md",
                "habits-cli-example-export",
            ),
            (
                "icp-tui export --format ics -o deadlines.ics",
                "habits-cli-example-export-ics",
            ),
        ],
    ),
];

/// Puts positional arguments under the localized Arguments heading and adds the examples,
/// on the command and every subcommand.
pub fn finish(command: Command, tr: &Localizer) -> Command {
    let arguments = tr.t("habits-cli-arguments");
    let mut command = command.mut_args(|arg| {
        let arg = localized_values(arg, tr);
        if arg.is_positional() {
            arg.help_heading(arguments.clone())
        } else {
            arg
        }
    });
    if let Some(examples) = examples(command.get_name(), tr) {
        let before = command
            .get_after_help()
            .map(|text| format!("{text}\n\n"))
            .unwrap_or_default();
        command = command.after_help(format!("{before}{examples}"));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |sub| finish(sub, tr));
    }
    command
}

/// clap writes `[default: …]` and `[possible values: …]` in English: they are hidden and
/// said in the help text instead, in the language of the help (the values themselves are
/// what the user types). Values the help text already names are not repeated.
fn localized_values(arg: Arg, tr: &Localizer) -> Arg {
    // A switch shows neither (clap refuses to hide what it does not have).
    if !arg.get_action().takes_values() {
        return arg;
    }
    let mut help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let possible: Vec<String> = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        arg.get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect()
    };
    if !possible.is_empty() && !possible.iter().all(|v| help.contains(v.as_str())) {
        let values = possible.join(&tr.t("habits-cli-value-separator"));
        help = join_sentence(
            &help,
            &tr.ta(
                "habits-cli-possible-values",
                &[("values", arg_str(&values))],
            ),
        );
    }
    let defaults: Vec<String> = if arg.is_hide_default_value_set() {
        Vec::new()
    } else {
        arg.get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect()
    };
    if !defaults.is_empty() {
        let value = defaults.join(&tr.t("habits-cli-value-separator"));
        help = join_sentence(
            &help,
            &tr.ta("habits-cli-default-value", &[("value", arg_str(&value))]),
        );
    }
    arg.help(help)
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// `sentence` after `help`: a space between them in English, none after a Chinese full stop.
fn join_sentence(help: &str, sentence: &str) -> String {
    if help.is_empty() {
        sentence.to_string()
    } else if help.ends_with(|c: char| !c.is_ascii()) {
        format!("{help}{sentence}")
    } else {
        format!("{help} {sentence}")
    }
}

fn examples(name: &str, tr: &Localizer) -> Option<String> {
    let (_, examples) = EXAMPLES.iter().find(|(command, _)| *command == name)?;
    let mut text = label(tr, &tr.t("habits-cli-examples"))
        .trim_end()
        .to_string();
    for (line, id) in *examples {
        text.push_str(&format!("\n  {line}\n      {}", tr.t(id)));
    }
    Some(text)
}

/// The help `icp-tui ARGS… --help` prints, in `lang`, wrapped to `width` (for tests and
/// for what the man page cannot show).
pub fn render(args: &[&str], lang: crate::i18n::Lang, width: usize) -> String {
    let tr = Localizer::new(lang);
    let args = std::iter::once("icp-tui").chain(args.iter().copied());
    match super::command(&tr).try_get_matches_from(args) {
        Err(e) => format(&e.render().to_string(), width, &tr),
        Ok(_) => String::new(),
    }
}

/// Every command line that has a help of its own: `[]`, `["export"]`, … (for tests).
pub fn every_command(lang: crate::i18n::Lang) -> Vec<Vec<String>> {
    fn walk(command: &Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(path.clone());
        for sub in command.get_subcommands() {
            let mut path = path.clone();
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
        }
    }
    let mut out = Vec::new();
    walk(&super::command(&Localizer::new(lang)), Vec::new(), &mut out);
    out
}

/// The width help is wrapped to: `COLUMNS`, else the terminal's, else 80; at most 100.
pub fn width() -> usize {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0);
    let terminal = || {
        crossterm::terminal::size()
            .ok()
            .map(|(w, _)| usize::from(w))
            .filter(|w| *w > 0)
    };
    columns.or_else(terminal).unwrap_or(80).min(MAX_WIDTH)
}

/// clap's plain help text with the headings' colons in the user's language (`选项：`) and
/// every line wrapped to `width` columns: option and command help with a hanging indent
/// under its own column, other lines under their own leading spaces.
pub fn format(help: &str, width: usize, tr: &Localizer) -> String {
    let headings = ["cli-commands", "cli-options", "habits-cli-arguments"].map(|id| tr.t(id));
    let mut out = Vec::new();
    for line in help.lines() {
        let line = line.trim_end();
        if let Some(heading) = headings.iter().find(|h| line == format!("{h}:")) {
            out.push(label(tr, heading).trim_end().to_string());
            continue;
        }
        out.extend(wrap_line(line, width));
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// One line of help: `  --name <V>   help` keeps the help in its column; anything else
/// wraps under its own indentation.
fn wrap_line(line: &str, width: usize) -> Vec<String> {
    if line.width() <= width {
        return vec![line.to_string()];
    }
    let lead = line.len() - line.trim_start().len();
    let (prefix, text) = match help_column(line) {
        Some(at) if line[..at].width() + MIN_HELP_COLUMNS <= width => line.split_at(at),
        // A name too long for a column beside it: the help goes below, indented.
        Some(at) => {
            let mut lines = vec![line[..at].trim_end().to_string()];
            lines.extend(hang(&" ".repeat(lead + 8), &line[at..], width));
            return lines;
        }
        None => line.split_at(lead),
    };
    hang(prefix, text, width)
}

/// `text` wrapped beside `prefix`, every further line indented by the prefix's width.
fn hang(prefix: &str, text: &str, width: usize) -> Vec<String> {
    let indent = prefix.width();
    let pad = " ".repeat(indent);
    wrap(text, width.saturating_sub(indent).max(MIN_HELP_COLUMNS / 2))
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let part = part.trim_end();
            if i == 0 {
                format!("{prefix}{part}")
            } else {
                format!("{pad}{part}")
            }
        })
        .collect()
}

/// Where the help of an option or command line starts: after the name and a run of at
/// least two spaces (`  -o, --output <PATH>      Write …`).
fn help_column(line: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start().len();
    if lead == 0 {
        return None;
    }
    let rest = &line[lead..];
    let gap = rest.find("  ")?;
    let after = rest[gap..].len() - rest[gap..].trim_start().len();
    let at = lead + gap + after;
    (at < line.len()).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn option_help_hangs_under_its_column() {
        let tr = Localizer::new(Lang::EnUs);
        let line = format!("      --lang <LANG>  {}", "word ".repeat(30));
        let text = format(&line, 60, &tr);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.width() <= 60), "{text}");
        assert!(lines[1].starts_with(&" ".repeat(21)), "{text}");
        assert!(lines[1][21..].starts_with("word"), "{text}");
    }

    #[test]
    fn headings_get_the_languages_colon() {
        let tr = Localizer::new(Lang::ZhCn);
        let text = format("选项:\n  -h, --help  显示帮助", 80, &tr);
        assert!(text.starts_with("选项：\n"), "{text}");
        // A line that only looks like a heading is left alone.
        assert!(format("其他选项:", 80, &tr).starts_with("其他选项:"));
    }

    #[test]
    fn a_short_line_is_untouched() {
        let tr = Localizer::new(Lang::EnUs);
        assert_eq!(format("  a  b", 80, &tr), "  a  b\n");
    }

    #[test]
    fn defaults_and_unnamed_values_are_said_in_the_language_of_the_help() {
        let zh = Localizer::new(Lang::ZhCn);
        let arg = localized_values(
            Arg::new("x")
                .long("x")
                .value_parser(["a", "b"])
                .default_value("a")
                .help("格式。"),
            &zh,
        );
        assert_eq!(
            arg.get_help().unwrap().to_string(),
            "格式。可选值：a、b。默认：a。"
        );
        assert!(arg.is_hide_default_value_set() && arg.is_hide_possible_values_set());
        // The nearest case: a help that names its values already gets no list.
        let en = Localizer::new(Lang::EnUs);
        let named = Arg::new("y")
            .long("y")
            .value_parser(["a", "b"])
            .help("a or b.");
        let named = localized_values(named, &en);
        assert_eq!(named.get_help().unwrap().to_string(), "a or b.");
        // A switch has neither and is left as it is.
        let switch = Arg::new("z").long("z").action(clap::ArgAction::SetTrue);
        assert!(!localized_values(switch, &en).is_hide_default_value_set());
    }
}
