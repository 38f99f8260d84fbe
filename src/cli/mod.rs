//! The command line: `icp-tui` (the TUI) and its subcommands. Help text is localized.

pub mod app_info;
pub mod check;
pub mod export;
mod export_many;
pub mod footer;
mod generate;
pub mod help;
mod ics;
pub mod import;
pub mod looks;
mod online;
mod ordered_pool;
pub mod out;
pub mod status;
mod status_due;
pub mod tui;
mod tui_reader;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgAction, Command, value_parser};

use crate::i18n::{self, Lang, Localizer, arg_str};
use crate::rules::{Rules, RulesChoice};

/// Exit code for bad input: an unknown option value, an unusable profile, a file that
/// cannot be read.
pub const EXIT_INPUT: u8 = 2;

/// The process's environment as the CLI reads it (passed in so tests can set it).
#[derive(Clone, Debug, Default)]
pub struct Env {
    pub lc_all: Option<String>,
    pub lc_messages: Option<String>,
    pub lang: Option<String>,
    pub profile: Option<OsString>,
    /// `NO_COLOR` set to something (no-color.org: an empty value does not count).
    pub no_color: bool,
    pub term: Option<String>,
    pub colorfgbg: Option<String>,
}

impl Env {
    pub fn from_process() -> Env {
        let var = |name: &str| std::env::var(name).ok();
        Env {
            lc_all: var("LC_ALL"),
            lc_messages: var("LC_MESSAGES"),
            lang: var("LANG"),
            profile: std::env::var_os("ICP_TUI_PROFILE"),
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            term: var("TERM"),
            colorfgbg: var("COLORFGBG"),
        }
    }

    pub fn locale(&self) -> Option<String> {
        i18n::locale_from_env(
            self.lc_all.as_deref(),
            self.lc_messages.as_deref(),
            self.lang.as_deref(),
        )
    }
}

pub fn main() -> ExitCode {
    run(std::env::args_os().collect(), &Env::from_process())
}

/// Parses the arguments and runs the chosen command.
pub fn run(args: Vec<OsString>, env: &Env) -> ExitCode {
    // Help and errors are printed before the profile is read, so they follow --lang or the
    // environment.
    let message_lang = prescan_lang(&args)
        .and_then(|l| Lang::from_cli(&l))
        .unwrap_or_else(|| i18n::choose(None, None, env.locale().as_deref()));
    // The texts of the command line matter only to help and errors: the arguments are parsed
    // without them, and the localized command is built only when it has something to say.
    let quick = parsing_command(&Localizer::ids_only(message_lang), &args);
    let matches = match quick.try_get_matches_from(&args) {
        Ok(m) => m,
        Err(_) => {
            let tr = Localizer::new(message_lang);
            match command(&tr).try_get_matches_from(args) {
                Ok(m) => m,
                Err(e) => {
                    print_clap_error(&e, &tr);
                    return ExitCode::from(if e.use_stderr() { EXIT_INPUT } else { 0 });
                }
            }
        }
    };
    let tr = Localizer::new(message_lang);
    let cli_lang = match matches.get_one::<String>("lang") {
        Some(value) => match Lang::from_cli(value) {
            Some(lang) => Some(lang),
            None => {
                let available = Lang::ALL.map(Lang::tag).join(", ");
                eprintln!(
                    "{}",
                    tr.ta(
                        "session-cli-unknown-lang",
                        &[
                            ("value", arg_str(value)),
                            ("available", arg_str(&available))
                        ]
                    )
                );
                return ExitCode::from(EXIT_INPUT);
            }
        },
        None => None,
    };
    let rules = match matches.get_one::<PathBuf>("rules") {
        Some(path) => RulesChoice::File(path.clone()),
        None if matches.get_flag("no-rules-override") => RulesChoice::BuiltinOnly,
        None => RulesChoice::Default,
    };
    match matches.subcommand() {
        Some(("completions", sub)) => return generate::completions(sub, command(&tr)),
        Some(("man", _)) => return generate::man(command(&tr)),
        _ => {}
    }
    // Every command from here needs the rules: they are read on another core meanwhile (help,
    // version, errors and the two above never read them).
    crate::rules::prepare_builtin();
    let common = Common {
        lang: cli_lang,
        profile: matches.get_one::<PathBuf>("profile").cloned(),
        env: env.clone(),
        rules,
        looks: looks::LooksArgs::from_matches(&matches),
    };
    match matches.subcommand() {
        Some(("footer", sub)) => footer::run(&common, sub, &tr),
        // The clock is read here, at the edge; everything below takes it as a parameter.
        Some(("export", sub)) => export::run(&common, sub, &tr, now()),
        Some(("check", sub)) => check::run(&common, sub),
        Some(("import", sub)) => import::run(&common, sub, now()),
        Some(("app-info", sub)) => app_info::run(&common, sub),
        Some(("status", sub)) => status::run(
            &common,
            &tr,
            sub.get_flag("json"),
            sub.get_one::<String>("today").map(String::as_str),
            sub.get_one::<i64>("due").copied(),
        ),
        _ => tui::run(&common, message_lang),
    }
}

/// Options every command shares.
pub struct Common {
    pub lang: Option<Lang>,
    pub profile: Option<PathBuf>,
    pub env: Env,
    /// `--rules FILE`, `--no-rules-override`, or the default override.
    pub rules: RulesChoice,
    /// `--theme`, `--color`, `--symbols`.
    pub looks: looks::LooksArgs,
}

impl Common {
    /// The language of a command that reads files rather than the profile (`check`,
    /// `export`): `--lang`, else the profile's saved choice (as in the TUI and `status`), else
    /// the environment. A profile named with `--profile` or `ICP_TUI_PROFILE` that cannot be
    /// opened is an error (exit 2); the default profile may simply not exist.
    pub fn language(&self) -> Result<Lang, ExitCode> {
        let env_locale = self.env.locale();
        if let Some(lang) = self.lang {
            return Ok(lang);
        }
        let explicit =
            self.profile.is_some() || self.env.profile.as_ref().is_some_and(|p| !p.is_empty());
        let dir = crate::profile::resolve_dir(self.profile.clone(), self.env.profile.clone());
        let saved =
            match dir.map(|d| crate::profile::Profile::open(d, crate::profile::Mode::ReadOnly)) {
                Some(Ok(profile)) => profile.settings().ok().and_then(|s| s.language),
                Some(Err(e)) if explicit => {
                    let tr = Localizer::new(i18n::choose(None, None, env_locale.as_deref()));
                    out::diag(&profile_error_message(&e, &tr));
                    return Err(ExitCode::from(EXIT_INPUT));
                }
                _ => None,
            };
        Ok(i18n::choose(None, saved.as_deref(), env_locale.as_deref()))
    }

    /// The rules in force, or the localized reason they cannot be used (printed to stderr,
    /// exit 2): a broken override is never silently replaced by the built-in rules.
    /// Without an override these are the built-in rules themselves, not a copy.
    pub fn load_rules(&self, tr: &Localizer) -> Result<std::sync::Arc<Rules>, ExitCode> {
        crate::rules::load_shared(
            &self.rules,
            crate::rules::default_override_path().as_deref(),
        )
        .map_err(|e| {
            eprintln!("{}", crate::report::rules_load_error(&e, tr));
            ExitCode::from(EXIT_INPUT)
        })
    }
}

/// The current moment in China time, read once at the edge.
pub fn now() -> crate::model::Instant {
    crate::model::Instant::new(jiff::Timestamp::now(), crate::model::china_offset())
}

/// Help goes out wrapped to the terminal with localized headings; clap's errors as clap
/// writes them.
fn print_clap_error(e: &clap::Error, tr: &Localizer) {
    use clap::error::ErrorKind;
    use std::io::Write;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let text = help::format(&e.render().to_string(), help::width(), tr);
            let _ = if e.use_stderr() {
                std::io::stderr().write_all(text.as_bytes())
            } else {
                std::io::stdout().write_all(text.as_bytes())
            };
        }
        _ => {
            let _ = e.print();
        }
    }
}

/// `--lang X` or `--lang=X`, read before clap so that `--help` is already localized.
fn prescan_lang(args: &[OsString]) -> Option<String> {
    let mut iter = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--lang" {
            return iter.next().map(|v| v.to_string());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// clap's help layout with the localized "Usage" heading (clap adds ":" to section headings).
pub(crate) fn help_template(tr: &Localizer) -> String {
    let usage = crate::report::label(tr, &tr.t("cli-usage"));
    format!("{{about}}\n\n{usage}{{usage}}\n\n{{all-args}}{{after-help}}")
}

fn command(tr: &Localizer) -> Command {
    help::finish(bare_command(tr), tr)
}

/// How a subcommand is built, in the language of its texts.
type Subcommand = fn(&Localizer) -> Command;

/// The subcommands, in the order the help lists them. The first two are added before the
/// options and the rest after them: clap numbers subcommands and options with one counter,
/// and the order of the options in each subcommand's help follows those numbers.
const SUBCOMMANDS: [(&str, Subcommand); 8] = [
    ("export", export::command),
    ("footer", footer::command),
    ("check", check_command),
    ("status", status_command),
    ("import", import::command),
    ("app-info", app_info::command),
    ("completions", generate::completions_command),
    ("man", generate::man_command),
];

fn bare_command(tr: &Localizer) -> Command {
    command_with(tr, |_| true)
}

/// The command that parses `args`: only the subcommands named among them. clap builds and
/// checks every subcommand it is given, with the global options copied into each, which was
/// most of a plain start's parse; a line it refuses is parsed again by the whole command.
fn parsing_command(tr: &Localizer, args: &[OsString]) -> Command {
    command_with(tr, |name| args.iter().skip(1).any(|arg| arg == name))
}

fn command_with(tr: &Localizer, keep: impl Fn(&str) -> bool) -> Command {
    let (before_options, after_options) = SUBCOMMANDS.split_at(2);
    let kept = |list: &'static [(&str, Subcommand)]| {
        list.iter()
            .filter(|(name, _)| keep(name))
            .map(|(_, build)| build(tr))
            .collect::<Vec<_>>()
    };
    let command = Command::new("icp-tui")
        .version(env!("CARGO_PKG_VERSION"))
        .about(tr.t("cli-about"))
        .after_help(tr.t("cli-after-help"))
        .help_template(help_template(tr))
        .subcommand_help_heading(tr.t("cli-commands"))
        .next_help_heading(tr.t("cli-options"))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .propagate_version(true)
        .subcommands(kept(before_options))
        .arg(
            Arg::new("lang")
                .long("lang")
                .value_name("LANG")
                .global(true)
                .help(tr.t("cli-lang")),
        )
        .arg(
            Arg::new("profile")
                .long("profile")
                .value_name("DIR")
                .global(true)
                .value_parser(value_parser!(PathBuf))
                .help(tr.t("cli-profile")),
        )
        .arg(
            Arg::new("rules")
                .long("rules")
                .value_name("FILE")
                .global(true)
                .value_parser(value_parser!(PathBuf))
                .conflicts_with("no-rules-override")
                .help(tr.t("cli-rules")),
        )
        .arg(
            Arg::new("no-rules-override")
                .long("no-rules-override")
                .action(ArgAction::SetTrue)
                .global(true)
                .help(tr.t("cli-no-rules-override")),
        )
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true)
                .help(tr.t("cli-help")),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .global(true)
                .help(tr.t("cli-version")),
        )
        .subcommands(kept(after_options));
    looks::args(command, tr)
}

/// A command that reports on applications: `--json` and `--today`, with its own help texts
/// (`cli-<name>-about`, `cli-<name>-json`, `cli-<name>-today`).
fn report_command(name: &'static str, tr: &Localizer) -> Command {
    Command::new(name)
        .about(tr.t(&format!("cli-{name}-about")))
        .help_template(help_template(tr))
        .next_help_heading(tr.t("cli-options"))
        .arg(
            Arg::new("json")
                .long("json")
                .action(ArgAction::SetTrue)
                .help(tr.t(&format!("cli-{name}-json"))),
        )
        .arg(
            Arg::new("today")
                .long("today")
                .value_name("DATE")
                .help(tr.t(&format!("cli-{name}-today"))),
        )
}

fn status_command(tr: &Localizer) -> Command {
    report_command("status", tr).arg(
        Arg::new("due")
            .long("due")
            .value_name("DAYS")
            .value_parser(value_parser!(i64).range(0..=36500))
            .help(tr.t("cli-status-due")),
    )
}

fn check_command(tr: &Localizer) -> Command {
    online::args(
        report_command("check", tr)
            .arg(
                Arg::new("complete")
                    .long("complete")
                    .action(ArgAction::SetTrue)
                    .help(tr.t("cli-check-complete")),
            )
            .arg(
                Arg::new("summary")
                    .long("summary")
                    .action(ArgAction::SetTrue)
                    .help(tr.t("cli-check-summary")),
            )
            .arg(
                Arg::new("errors-only")
                    .long("errors-only")
                    .action(ArgAction::SetTrue)
                    .help(tr.t("cli-check-errors-only")),
            ),
        tr,
    )
    .arg(
        Arg::new("files")
            .value_name("FILE")
            .required(true)
            .num_args(1..)
            .value_parser(value_parser!(PathBuf))
            .help(tr.t("cli-check-files")),
    )
}

/// A profile error as one localized sentence that names the path and what to do.
pub fn profile_error_message(e: &crate::profile::ProfileError, tr: &Localizer) -> String {
    let reason = match (&e.kind, &e.source) {
        (crate::profile::ProfileErrorKind::Unreadable(load), _) => {
            crate::report::load_reason(&load.reason, tr)
        }
        (_, Some(source)) => source.to_string(),
        (_, None) => String::new(),
    };
    tr.ta(
        &format!("profile-error-{}", e.kind.code()),
        &[
            ("path", arg_str(&e.path.display().to_string())),
            ("reason", arg_str(&reason)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The arguments are parsed by the command without its texts and with only the
    /// subcommands they name. The command without texts must take and refuse exactly what
    /// the localized one does (the same kind of error), and read the same values; the one
    /// with fewer subcommands must refuse whatever the localized one refuses (its error is
    /// never shown: the whole command parses the line again) and read the same values
    /// where it takes a line.
    #[test]
    fn the_command_without_texts_parses_as_the_localized_one() {
        let lines: &[&[&str]] = &[
            &[],
            &["--lang", "zh-CN", "--profile", "/tmp/p"],
            &["--theme", "light", "--symbols", "ascii", "--color", "never"],
            &["--theme", "purple"],
            &[
                "check",
                "--json",
                "--today",
                "2026-12-01",
                "a.toml",
                "b.toml",
            ],
            &["check"],
            &["check", "--summary", "--errors-only", "a.toml"],
            &["status", "--due", "30"],
            &["status", "--due", "-1"],
            &["export", "a.toml", "-o", "-"],
            &["import", "--template", "-o", "t.csv"],
            &["--rules", "r.toml", "--no-rules-override"],
            &["--no-such-flag"],
            &["--help"],
            &["check", "--help"],
            &["--version"],
            &["completions", "bash"],
            &["--profile", "check"],
            &["--profile", "check", "status"],
            &["chek"],
            &["man", "extra"],
        ];
        for lang in Lang::ALL {
            let localized = Localizer::new(lang);
            for line in lines {
                let args: Vec<OsString> = std::iter::once("icp-tui")
                    .chain(line.iter().copied())
                    .map(OsString::from)
                    .collect();
                let ids = Localizer::ids_only(lang);
                let bare = bare_command(&ids).try_get_matches_from(&args);
                let quick = parsing_command(&ids, &args).try_get_matches_from(&args);
                let full = command(&localized).try_get_matches_from(&args);
                match (&bare, &full) {
                    (Ok(a), Ok(b)) => same_values(a, b, line),
                    (Err(a), Err(b)) => assert_eq!(a.kind(), b.kind(), "{line:?}"),
                    (a, b) => panic!(
                        "{line:?}: without texts {:?}, localized {:?}",
                        a.is_ok(),
                        b.is_ok()
                    ),
                }
                match (&quick, &full) {
                    (Ok(a), Ok(b)) => same_values(a, b, line),
                    (Err(_), _) => {}
                    (Ok(_), Err(_)) => panic!("{line:?}: taken by the parsing command only"),
                }
                if full.is_ok() {
                    assert!(quick.is_ok(), "{line:?}: a plain line parsed twice");
                }
            }
        }
    }

    fn same_values(a: &clap::ArgMatches, b: &clap::ArgMatches, line: &[&str]) {
        assert_eq!(a.subcommand_name(), b.subcommand_name(), "{line:?}");
        for id in ["lang", "profile", "rules", "theme", "color", "symbols"] {
            assert_eq!(
                a.get_raw(id).map(|v| v.collect::<Vec<_>>()),
                b.get_raw(id).map(|v| v.collect::<Vec<_>>()),
                "{line:?} {id}"
            );
        }
    }

    #[test]
    fn each_subcommand_is_listed_under_its_own_name() {
        let tr = Localizer::ids_only(Lang::EnUs);
        for (name, build) in SUBCOMMANDS {
            assert_eq!(build(&tr).get_name(), name);
        }
        let all: Vec<String> = bare_command(&tr)
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        assert_eq!(all, SUBCOMMANDS.map(|(name, _)| name.to_string()));
    }
}
