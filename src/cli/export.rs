//! `icp-tui export --format markdown [--today D] [--output PATH] FILE`: the checklist, the
//! findings and the deadlines of one application as a document to print or pass on.
//! `--format ics` (any number of files, or the profile) is in `cli/ics.rs`; Markdown of many
//! files or the whole profile, and `--format csv`, in `cli/export_many.rs`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Arg, ArgMatches, Command, value_parser};

use super::{Common, EXIT_INPUT};
use crate::i18n::{Localizer, arg_str};
use crate::model::{Application, Date, Instant, china_offset};

pub fn command(tr: &Localizer) -> Command {
    Command::new("export")
        .about(tr.t("cli-export-about"))
        .help_template(super::help_template(tr))
        .next_help_heading(tr.t("cli-options"))
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .default_value("markdown")
                .help(tr.t("cli-export-format-all")),
        )
        .arg(
            Arg::new("today")
                .long("today")
                .value_name("DATE")
                .help(tr.t("cli-export-today")),
        )
        .arg(
            Arg::new("output")
                .long("output")
                .short('o')
                .value_name("PATH")
                .value_parser(value_parser!(PathBuf))
                .help(tr.t("cli-export-output-all")),
        )
        .arg(
            Arg::new("file")
                .value_name("FILE")
                .num_args(0..)
                .value_parser(value_parser!(PathBuf))
                .help(tr.t("cli-export-file-all")),
        )
}

/// `--today`: a date means that day at 12:00 in China; an RFC 3339 date-time is taken as is.
pub fn parse_today(text: &str) -> Option<Instant> {
    if let Some(date) = Date::parse(text) {
        let noon = date.0.at(12, 0, 0, 0);
        let zoned = noon
            .to_zoned(jiff::tz::TimeZone::fixed(china_offset()))
            .ok()?;
        return Some(Instant::new(zoned.timestamp(), china_offset()));
    }
    Instant::parse(text)
}

pub fn run(common: &Common, matches: &ArgMatches, _: &Localizer, now: Instant) -> ExitCode {
    // The document needs every message file, not only the command line's, in the language
    // the profile saved unless --lang says otherwise.
    let tr = &match common.language() {
        Ok(lang) => Localizer::new(lang),
        Err(code) => return code,
    };
    let fail = |message: String| {
        eprintln!("{message}");
        ExitCode::from(EXIT_INPUT)
    };
    let format = matches
        .get_one::<String>("format")
        .map_or("markdown", String::as_str);
    if !matches!(format, "markdown" | "ics" | "csv") {
        return fail(tr.ta("cli-export-bad-format", &[("value", arg_str(format))]));
    }
    let now = match matches.get_one::<String>("today") {
        Some(text) => match parse_today(text) {
            Some(now) => now,
            None => return fail(tr.ta("cli-export-bad-today", &[("value", arg_str(text))])),
        },
        None => now,
    };
    if format == "ics" {
        return super::ics::run(common, matches, tr, &now);
    }
    let files: Vec<&PathBuf> = matches
        .get_many::<PathBuf>("file")
        .into_iter()
        .flatten()
        .collect();
    if format == "csv" || files.len() != 1 {
        return many(common, matches, &files, format, tr, &now);
    }
    let [file] = files[..] else {
        return fail(tr.t("cli-export-one-file"));
    };
    let file = &from_profile(common, file);
    let app = match read(file, tr) {
        Ok(app) => app,
        Err(message) => return fail(message),
    };
    let rules = match common.load_rules(tr) {
        Ok(rules) => rules,
        Err(code) => return code,
    };
    let text = crate::report::markdown::document(
        &app,
        &file.display().to_string(),
        &rules,
        &now,
        &crate::files::file_facts(&app),
        tr,
    );
    // `-o -` is the standard output, as for the ics format.
    let output = matches
        .get_one::<PathBuf>("output")
        .filter(|p| p.as_os_str() != "-");
    let written = match output {
        Some(path) => crate::profile::atomic::write_atomic(path, text.as_bytes())
            .map_err(|e| (path.display().to_string(), e)),
        None => super::out::stdout(&text).map_err(|e| ("-".to_string(), e)),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err((path, e)) => {
            eprintln!(
                "{}",
                tr.ta(
                    "cli-export-write-failed",
                    &[
                        ("path", arg_str(&path)),
                        ("reason", arg_str(&e.to_string()))
                    ]
                )
            );
            ExitCode::FAILURE
        }
    }
}

/// Many filings, or the profile's (`cli/export_many.rs`).
fn many(
    common: &Common,
    matches: &ArgMatches,
    files: &[&PathBuf],
    format: &str,
    tr: &Localizer,
    now: &Instant,
) -> ExitCode {
    let rules = match common.load_rules(tr) {
        Ok(rules) => rules,
        Err(code) => return code,
    };
    let files: Vec<PathBuf> = files.iter().map(|f| from_profile(common, f)).collect();
    let items = match super::export_many::gather(&files, common, tr) {
        Ok(items) => items,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let output = matches
        .get_one::<PathBuf>("output")
        .filter(|p| p.as_os_str() != "-")
        .map(PathBuf::as_path);
    if format == "csv" {
        super::export_many::csv(&items, files.is_empty(), output, &rules, now, tr)
    } else {
        super::export_many::markdown(&items, output, &rules, now, tr)
    }
}

/// FILE as given, or, when no such file exists and FILE is a bare filing id, that filing of
/// the profile (`icp-tui export 20261120-093000`).
fn from_profile(common: &Common, file: &Path) -> PathBuf {
    let bare = file.components().count() == 1 && file.extension().is_none();
    if file.exists() || !bare {
        return file.to_path_buf();
    }
    let Some(dir) = crate::profile::resolve_dir(common.profile.clone(), common.env.profile.clone())
    else {
        return file.to_path_buf();
    };
    let mut name = file.as_os_str().to_os_string();
    name.push(".toml");
    let candidate = dir.join(crate::profile::APPLICATIONS_DIR).join(name);
    if candidate.is_file() {
        candidate
    } else {
        file.to_path_buf()
    }
}

fn read(file: &Path, tr: &Localizer) -> Result<Application, String> {
    let text = crate::input::read_text(file).map_err(|e| {
        tr.ta(
            "cli-export-unreadable",
            &[
                ("file", arg_str(&file.display().to_string())),
                ("reason", arg_str(&crate::report::read_error(&e, tr))),
            ],
        )
    })?;
    Application::from_toml_str(&text).map_err(|e| {
        tr.ta(
            "cli-export-unreadable",
            &[
                ("file", arg_str(&file.display().to_string())),
                ("reason", arg_str(&crate::report::parse_error(&e, tr))),
            ],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_a_date_at_noon_in_china_or_an_instant() {
        let noon = parse_today("2028-02-29").unwrap();
        assert_eq!(noon.to_string(), "2028-02-29T12:00:00+08:00");
        assert_eq!(noon.china_date(), Date::parse("2028-02-29").unwrap());
        let at = parse_today("2026-11-24T16:00:00+08:00").unwrap();
        assert_eq!(at.to_string(), "2026-11-24T16:00:00+08:00");
        assert_eq!(parse_today("2026-02-30"), None);
        assert_eq!(parse_today("tomorrow"), None);
    }
}
