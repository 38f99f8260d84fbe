//! `icp-tui import FILE.csv|FILE.xlsx [--partial] [--dry-run]`: one new filing of the
//! profile per row; `icp-tui import --template [-o FILE]`: the columns to fill in.
//!
//! Exit 0: every row imported (or, with `--dry-run`, valid). Exit 1: `--partial` left rows
//! out, or a row could not be written. Exit 2: nothing was written (bad cells, a header that
//! names no field, a file that cannot be read, a profile that cannot be opened).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};

use super::{Common, EXIT_INPUT, out, profile_error_message};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::{Application, Instant};
use crate::profile::{Mode, Profile};
use crate::rules::Rules;
use crate::transfer::cells::Problem;
use crate::transfer::columns::letter;
use crate::transfer::import::{CellError, CellProblem, HeaderProblem, SheetProblem};
use crate::transfer::sheet::{self, Format, SheetError};
use crate::transfer::words::Words;
use crate::transfer::{Counts, Headers, template};

pub fn command(tr: &Localizer) -> Command {
    Command::new("import")
        .about(tr.t("cli-import-about"))
        .help_template(super::help_template(tr))
        .next_help_heading(tr.t("cli-options"))
        .arg(
            Arg::new("template")
                .long("template")
                .action(ArgAction::SetTrue)
                .conflicts_with_all(["file", "partial", "dry-run"])
                .help(tr.t("cli-import-template")),
        )
        .arg(
            Arg::new("output")
                .long("output")
                .short('o')
                .value_name("FILE")
                .requires("template")
                .value_parser(value_parser!(PathBuf))
                .help(tr.t("cli-import-output")),
        )
        .arg(
            Arg::new("partial")
                .long("partial")
                .action(ArgAction::SetTrue)
                .help(tr.t("cli-import-partial")),
        )
        .arg(
            Arg::new("dry-run")
                .long("dry-run")
                .action(ArgAction::SetTrue)
                .help(tr.t("cli-import-dry-run")),
        )
        .arg(
            Arg::new("today")
                .long("today")
                .value_name("DATE")
                .help(tr.t("cli-import-today")),
        )
        .arg(
            Arg::new("file")
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .help(tr.t("cli-import-file")),
        )
}

pub fn run(common: &Common, matches: &ArgMatches, now: Instant) -> ExitCode {
    // Import makes the profile when it does not exist yet: its saved language counts only
    // when it does.
    let dir = crate::profile::resolve_dir(common.profile.clone(), common.env.profile.clone());
    let lang = match (common.lang, &dir) {
        (None, Some(dir)) if !dir.exists() => {
            crate::i18n::choose(None, None, common.env.locale().as_deref())
        }
        _ => match common.language() {
            Ok(lang) => lang,
            Err(code) => return code,
        },
    };
    let tr = &Localizer::new(lang);
    let fail = |message: String| {
        out::diag(&message);
        ExitCode::from(EXIT_INPUT)
    };
    // The rules in force name the checklist's documents and the provinces, providers and
    // services enum cells may name.
    let rules = match common.load_rules(tr) {
        Ok(rules) => rules,
        Err(code) => return code,
    };
    if matches.get_flag("template") {
        return write_template(matches.get_one::<PathBuf>("output"), &rules, tr);
    }
    let now = match matches.get_one::<String>("today") {
        Some(text) => match super::export::parse_today(text) {
            Some(now) => now,
            None => return fail(tr.ta("cli-bad-today", &[("value", arg_str(text))])),
        },
        None => now,
    };
    let Some(file) = matches.get_one::<PathBuf>("file") else {
        return fail(tr.t("import-no-file"));
    };
    let shown = file.display().to_string();
    let sheet = match sheet::read(file) {
        Ok(sheet) => sheet,
        Err(e) => return fail(sheet_error(&e, &shown, tr)),
    };
    if sheet.gb18030 {
        out::diag(&tr.ta("import-gb18030", &[("file", arg_str(&shown))]));
    }
    let headers = Headers::new(&rules);
    let imported = match crate::transfer::import(&sheet, &headers, &now) {
        Ok(imported) => imported,
        Err(SheetProblem::Empty) => {
            return fail(tr.ta("import-empty", &[("file", arg_str(&shown))]));
        }
        Err(SheetProblem::Headers { row, errors }) => {
            for e in &errors {
                out::diag(&header_error(e, row, &shown, tr));
            }
            return fail(tr.t("import-headers-stop"));
        }
    };
    if imported.rows.is_empty() {
        return fail(tr.ta("import-no-rows", &[("file", arg_str(&shown))]));
    }
    for (_, errors) in imported.invalid() {
        for e in errors {
            out::diag(&cell_error(e, &shown, headers.words(), tr));
        }
    }
    let rows = imported.rows.len();
    let good = imported.valid().count();
    let bad = rows - good;
    let partial = matches.get_flag("partial");
    if bad > 0 && !partial {
        return fail(tr.ta(
            "import-refused",
            &[
                ("bad", arg_num(bad as i64)),
                ("rows", arg_num(rows as i64)),
                ("good", arg_num(good as i64)),
            ],
        ));
    }
    let mut lines = String::new();
    if matches.get_flag("dry-run") {
        for (row, app) in imported.valid() {
            let line = summary_line(app, &shown, &rules, &now, tr);
            lines.push_str(&tr.ta(
                "import-would",
                &[
                    ("row", arg_num(row as i64)),
                    ("title", arg_str(&crate::report::display_title(app, tr))),
                    ("line", arg_str(&line)),
                ],
            ));
            lines.push('\n');
        }
        lines.push_str(&tr.ta(
            "import-dry-done",
            &[
                ("good", arg_num(good as i64)),
                ("rows", arg_num(rows as i64)),
            ],
        ));
        lines.push('\n');
        let code = if bad > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        };
        return out::finish(out::stdout(&lines), code, tr);
    }
    let Some(dir) = dir else {
        return fail(tr.t("cli-profile-none"));
    };
    // The one writer: the profile's lock, as the TUI takes it.
    let profile = match Profile::open(dir, Mode::ReadWrite) {
        Ok(p) => p,
        Err(e) => return fail(profile_error_message(&e, tr)),
    };
    let mut batch = match profile.new_files() {
        Ok(batch) => batch,
        Err(e) => return fail(profile_error_message(&e, tr)),
    };
    let mut written = 0usize;
    let mut code = if bad > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    for (row, app) in imported.valid() {
        match batch.create(app) {
            Ok(id) => {
                written += 1;
                let path = profile
                    .application_path(&id)
                    .unwrap_or_else(|_| profile.applications_dir().join(&id));
                let line = summary_line(app, &path.display().to_string(), &rules, &now, tr);
                lines.push_str(&tr.ta(
                    "import-written",
                    &[
                        ("row", arg_num(row as i64)),
                        ("title", arg_str(&crate::report::display_title(app, tr))),
                        ("line", arg_str(&line)),
                    ],
                ));
                lines.push('\n');
            }
            Err(e) => {
                out::diag(&tr.ta(
                    "import-write-failed",
                    &[
                        ("row", arg_num(row as i64)),
                        ("reason", arg_str(&profile_error_message(&e, tr))),
                    ],
                ));
                code = ExitCode::from(1);
                break;
            }
        }
    }
    // The new names are durable before anything says they are written.
    if let Err(e) = batch.finish() {
        out::diag(&profile_error_message(&e, tr));
        code = ExitCode::from(1);
    }
    let dir = arg_str(&profile.applications_dir().display().to_string());
    let done = if bad > 0 {
        tr.ta(
            "import-done-partial",
            &[
                ("written", arg_num(written as i64)),
                ("dir", dir),
                ("skipped", arg_num(bad as i64)),
            ],
        )
    } else {
        tr.ta(
            "import-done",
            &[("written", arg_num(written as i64)), ("dir", dir)],
        )
    };
    lines.push_str(&done);
    lines.push('\n');
    out::finish(out::stdout(&lines), code, tr)
}

/// What `check --summary` says of the file: its counts and most urgent deadline.
fn summary_line(
    app: &Application,
    file: &str,
    rules: &Rules,
    now: &Instant,
    tr: &Localizer,
) -> String {
    let icons = crate::files::file_facts(app);
    let report = crate::engine::check_with_files(app, rules, now, &icons);
    super::check::report_line(Path::new(file), &report, tr)
        .trim_end()
        .to_string()
}

fn write_template(output: Option<&PathBuf>, rules: &Rules, tr: &Localizer) -> ExitCode {
    let rows = template::rows(Counts::TEMPLATE, rules, tr);
    let columns = rows[0].len();
    let Some(path) = output.filter(|p| p.as_os_str() != "-") else {
        return out::finish(out::stdout(&template::csv(&rows)), ExitCode::SUCCESS, tr);
    };
    let shown = arg_str(&path.display().to_string());
    let bytes = match Format::of(path) {
        // A byte-order mark, so that Excel reads the Chinese titles as UTF-8.
        Some(Format::Csv) => format!("\u{feff}{}", template::csv(&rows)).into_bytes(),
        Some(Format::Xlsx) => {
            let words = Words::new(rules);
            let notes = template::notes(Counts::TEMPLATE, rules, &words, tr);
            crate::transfer::xlsx::workbook_with_notes("icp-tui", &rows, &notes)
        }
        None => {
            out::diag(&tr.ta("import-template-format", &[("file", shown)]));
            return ExitCode::from(EXIT_INPUT);
        }
    };
    match crate::profile::atomic::write_new_atomic(path, &bytes) {
        Ok(()) => {
            let text = tr.ta(
                "import-template-written",
                &[("file", shown), ("columns", arg_num(columns as i64))],
            );
            out::finish(out::stdout(&format!("{text}\n")), ExitCode::SUCCESS, tr)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            out::diag(&tr.ta("import-template-exists", &[("file", shown)]));
            ExitCode::from(EXIT_INPUT)
        }
        Err(e) => {
            out::diag(&tr.ta(
                "import-template-failed",
                &[("file", shown), ("reason", arg_str(&e.to_string()))],
            ));
            ExitCode::FAILURE
        }
    }
}

fn sheet_error(e: &SheetError, file: &str, tr: &Localizer) -> String {
    let file = arg_str(file);
    match e {
        SheetError::Format => tr.ta("import-bad-format", &[("file", file)]),
        SheetError::Read(read) => tr.ta(
            "import-unreadable",
            &[
                ("file", file),
                ("reason", arg_str(&crate::report::read_error(read, tr))),
            ],
        ),
        SheetError::Encoding { line, column } => tr.ta(
            "import-encoding",
            &[
                ("file", file),
                ("line", arg_num(*line as i64)),
                ("column", arg_num(*column as i64)),
            ],
        ),
        SheetError::Csv { line, reason } => tr.ta(
            "import-csv-broken",
            &[
                ("file", file),
                ("line", arg_num(line.unwrap_or(0) as i64)),
                ("reason", arg_str(reason)),
            ],
        ),
        SheetError::Xlsx {
            reason: Some(reason),
        } => tr.ta(
            "import-xlsx-broken",
            &[("file", file), ("reason", arg_str(reason))],
        ),
        SheetError::Xlsx { reason: None } => tr.ta("import-xlsx-no-sheet", &[("file", file)]),
    }
}

fn header_error(
    e: &crate::transfer::import::HeaderError,
    row: usize,
    file: &str,
    tr: &Localizer,
) -> String {
    let mut args = vec![
        ("file", arg_str(file)),
        ("row", arg_num(row as i64)),
        ("letter", arg_str(&letter(e.column))),
        ("header", arg_str(&e.header)),
    ];
    let id = match &e.problem {
        HeaderProblem::Unknown => "import-header-unknown",
        HeaderProblem::Duplicate { first } => {
            args.push(("first", arg_str(&letter(*first))));
            "import-header-duplicate"
        }
        HeaderProblem::Unnamed { row } => {
            args.push(("data", arg_num(*row as i64)));
            "import-header-unnamed"
        }
        HeaderProblem::Ambiguous { paths } => {
            args.push((
                "paths",
                arg_str(&paths.join(&tr.t("import-word-separator"))),
            ));
            "import-header-ambiguous"
        }
    };
    tr.ta(id, &args)
}

/// "FILE, row 3, column C (subject.kind): "persoon" is not a value of this field. Use one
/// of: …".
pub fn cell_error(e: &CellError, file: &str, words: &Words, tr: &Localizer) -> String {
    let (code, value, allowed) = match &e.problem {
        CellProblem::Cell(p) => match p {
            Problem::NotInSet { item, set } => {
                (p.code(), item.clone(), words.accepted(*set, None, tr))
            }
            Problem::Ambiguous {
                item,
                set,
                candidates,
            } => (
                p.code(),
                item.clone(),
                words.accepted(*set, Some(candidates), tr),
            ),
            Problem::NotAPair { item } => (p.code(), item.clone(), String::new()),
            _ => (p.code(), e.value.clone(), String::new()),
        },
        CellProblem::Model(parse) => (
            "model",
            crate::report::parse_error(parse, tr),
            String::new(),
        ),
    };
    let args = [("value", arg_str(&value)), ("allowed", arg_str(&allowed))];
    let problem = tr.ta(&format!("transfer-cell-{code}"), &args);
    let fix = tr.ta(&format!("transfer-cell-{code}-fix"), &args);
    let header = if e.header.is_empty() || e.header == e.path {
        e.path.clone()
    } else {
        format!("{}, {}", e.header, e.path)
    };
    tr.ta(
        "import-cell",
        &[
            ("file", arg_str(file)),
            ("row", arg_num(e.row as i64)),
            ("letter", arg_str(&letter(e.column))),
            ("header", arg_str(&header)),
            ("problem", arg_str(&problem)),
            ("fix", arg_str(&fix)),
        ],
    )
}
