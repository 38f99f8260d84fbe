//! `icp-tui export --format markdown|csv [FILE... | --profile DIR] [-o DIR|FILE|-]` for many
//! filings: one Markdown document each into a folder (each path said), or one CSV row each
//! with the list's columns. The export of one file is `cli/export.rs`, unchanged.
//!
//! Exit 0: every filing exported; 2: a file or the profile could not be read (named on the
//! standard error; the others are still exported, and the CSV row of such a file says "?").

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::status::{AppStatus, app_status};
use super::{Common, EXIT_INPUT, out, profile_error_message};
use crate::i18n::{self, Localizer, arg_num, arg_str};
use crate::model::{Application, Instant};
use crate::profile::{self, EntryState, LoadErrorReason, Mode, Profile};
use crate::report::summary::{self, SortKey};
use crate::rules::Rules;

/// A filing to export, or why its file could not be read.
pub enum Item {
    Ok {
        id: String,
        file: PathBuf,
        app: Box<Application>,
    },
    Unreadable {
        id: String,
        file: PathBuf,
        reason: String,
    },
}

impl Item {
    fn id(&self) -> &str {
        match self {
            Item::Ok { id, .. } | Item::Unreadable { id, .. } => id,
        }
    }

    fn file(&self) -> &Path {
        match self {
            Item::Ok { file, .. } | Item::Unreadable { file, .. } => file,
        }
    }
}

/// The files named, or every filing of the profile (read-only: works while the TUI runs);
/// `Err` when the profile cannot be opened.
pub fn gather(files: &[PathBuf], common: &Common, tr: &Localizer) -> Result<Vec<Item>, String> {
    if !files.is_empty() {
        return Ok(files.iter().map(|f| from_file(f, tr)).collect());
    }
    let dir = profile::resolve_dir(common.profile.clone(), common.env.profile.clone())
        .ok_or_else(|| tr.t("cli-profile-none"))?;
    let profile = Profile::open(dir, Mode::ReadOnly).map_err(|e| profile_error_message(&e, tr))?;
    let entries = profile.list().map_err(|e| profile_error_message(&e, tr))?;
    Ok(entries
        .into_iter()
        .map(|e| match e.state {
            EntryState::Ok(app) => Item::Ok {
                id: e.id,
                file: e.path,
                app,
            },
            EntryState::Unreadable(load) => Item::Unreadable {
                id: e.id,
                file: e.path,
                reason: match &load.reason {
                    LoadErrorReason::Parse(p) => crate::report::parse_error(p, tr),
                    LoadErrorReason::Io { message, .. } => message.clone(),
                    LoadErrorReason::TooLarge { bytes, limit } => {
                        crate::report::too_large(*bytes, *limit, tr)
                    }
                },
            },
        })
        .collect())
}

fn from_file(file: &Path, tr: &Localizer) -> Item {
    let id = file
        .file_stem()
        .map_or_else(|| "filing".into(), |s| s.to_string_lossy().into_owned());
    let app = crate::input::read_text(file)
        .map_err(|e| crate::report::read_error(&e, tr))
        .and_then(|text| {
            Application::from_toml_str(&text).map_err(|e| crate::report::parse_error(&e, tr))
        });
    match app {
        Ok(app) => Item::Ok {
            id,
            file: file.to_path_buf(),
            app: Box::new(app),
        },
        Err(reason) => Item::Unreadable {
            id,
            file: file.to_path_buf(),
            reason,
        },
    }
}

fn unreadable(file: &Path, reason: &str, tr: &Localizer) -> String {
    tr.ta(
        "export-many-unreadable",
        &[
            ("file", arg_str(&file.display().to_string())),
            ("reason", arg_str(reason)),
        ],
    )
}

/// One document each: into the folder `output`, or all to the standard output.
pub fn markdown(
    items: &[Item],
    output: Option<&Path>,
    rules: &Rules,
    now: &Instant,
    tr: &Localizer,
) -> ExitCode {
    let mut code = ExitCode::SUCCESS;
    let mut documents = Vec::new();
    for item in items {
        match item {
            Item::Ok { id, file, app } => {
                let text = crate::report::markdown::document(
                    app,
                    &file.display().to_string(),
                    rules,
                    now,
                    &crate::files::file_facts(app),
                    tr,
                );
                documents.push((id.clone(), text));
            }
            Item::Unreadable { file, reason, .. } => {
                out::diag(&unreadable(file, reason, tr));
                code = ExitCode::from(EXIT_INPUT);
            }
        }
    }
    let Some(dir) = output else {
        let texts: Vec<&str> = documents.iter().map(|(_, t)| t.as_str()).collect();
        return out::finish(out::stdout(&texts.join("\n---\n\n")), code, tr);
    };
    if dir.exists() && !dir.is_dir() {
        out::diag(&tr.ta(
            "export-many-not-a-folder",
            &[("path", arg_str(&dir.display().to_string()))],
        ));
        return ExitCode::from(EXIT_INPUT);
    }
    match crate::transfer::documents::write(dir, &documents) {
        Ok(paths) => {
            let mut lines = String::new();
            for path in &paths {
                let file = arg_str(&path.display().to_string());
                lines.push_str(&tr.ta("export-many-wrote", &[("file", file)]));
                lines.push('\n');
            }
            lines.push_str(&tr.ta(
                "export-many-done",
                &[
                    ("count", arg_num(paths.len() as i64)),
                    ("dir", arg_str(&dir.display().to_string())),
                ],
            ));
            lines.push('\n');
            out::finish(out::stdout(&lines), code, tr)
        }
        Err(e) => {
            out::diag(&tr.ta(
                "cli-export-write-failed",
                &[
                    ("path", arg_str(&e.path.display().to_string())),
                    ("reason", arg_str(&e.error.to_string())),
                ],
            ));
            ExitCode::FAILURE
        }
    }
}

/// The CSV: a header of localized column names, then one row a filing, most urgent first
/// when the filings are the profile's (in the order named otherwise).
pub fn csv_text(
    items: &[Item],
    sort: bool,
    rules: &Rules,
    now: &Instant,
    tr: &Localizer,
) -> String {
    let mut statuses: Vec<(&Item, Option<AppStatus>)> = items
        .iter()
        .map(|item| match item {
            Item::Ok { id, file, app } => (item, Some(app_status(id, file, app, rules, now))),
            Item::Unreadable { .. } => (item, None),
        })
        .collect();
    if sort {
        statuses.sort_by(|(a, sa), (b, sb)| match (sa, sb) {
            (Some(x), Some(y)) => summary::compare(&x.summary, &y.summary, SortKey::Urgency)
                .then_with(|| x.id.cmp(&y.id)),
            // Unreadable files first: they need a hand.
            (None, Some(_)) => std::cmp::Ordering::Less,
            (Some(_), None) => std::cmp::Ordering::Greater,
            (None, None) => a.id().cmp(b.id()),
        });
    }
    let header = [
        "export-col-id",
        "export-col-file",
        "list-col-title",
        "list-col-reference",
        "list-col-subject",
        "list-col-province",
        "list-col-step",
        "list-col-errors",
        "list-col-warnings",
        "export-col-next-deadline",
        "export-col-what",
        "export-col-days-left",
    ]
    .map(|id| tr.t(id))
    .to_vec();
    let mut rows = vec![header];
    for (item, status) in statuses {
        let id = item.id().to_string();
        let file = item.file().display().to_string();
        let row = match status {
            // "?": the file could not be read, so nothing about it is known.
            None => vec![
                id,
                file,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                "?".into(),
                "?".into(),
                "?".into(),
                String::new(),
                "?".into(),
            ],
            Some(a) => {
                let s = &a.summary;
                let province = s.province.as_deref().map(|p| match rules.province(p) {
                    Some(known) if tr.lang() == i18n::Lang::ZhCn => known.name_zh.clone(),
                    Some(known) => known.name_en.clone(),
                    None => p.to_string(),
                });
                let (due, what, left) = match &a.next_deadline {
                    Some(d) => (
                        d.due.to_string(),
                        tr.t(&format!("status-deadline-{}", d.kind.as_str())),
                        d.days_left.to_string(),
                    ),
                    None => Default::default(),
                };
                vec![
                    id,
                    file,
                    s.title.clone().unwrap_or_default(),
                    s.reference.clone().unwrap_or_default(),
                    s.subject.clone().unwrap_or_default(),
                    province.unwrap_or_default(),
                    tr.t(&format!("step-{}", a.step.as_str())),
                    a.errors.to_string(),
                    a.warnings.to_string(),
                    due,
                    what,
                    left,
                ]
            }
        };
        rows.push(row);
    }
    crate::transfer::template::csv(&rows)
}

pub fn csv(
    items: &[Item],
    sort: bool,
    output: Option<&Path>,
    rules: &Rules,
    now: &Instant,
    tr: &Localizer,
) -> ExitCode {
    let mut code = ExitCode::SUCCESS;
    for item in items {
        if let Item::Unreadable { file, reason, .. } = item {
            out::diag(&unreadable(file, reason, tr));
            code = ExitCode::from(EXIT_INPUT);
        }
    }
    let text = csv_text(items, sort, rules, now, tr);
    let Some(path) = output else {
        return out::finish(out::stdout(&text), code, tr);
    };
    // A byte-order mark, so that Excel reads the Chinese as UTF-8.
    let bytes = format!("\u{feff}{text}").into_bytes();
    match crate::profile::atomic::write_atomic(path, &bytes) {
        Ok(()) => {
            let line = tr.ta(
                "export-csv-done",
                &[
                    ("count", arg_num(items.len() as i64)),
                    ("file", arg_str(&path.display().to_string())),
                ],
            );
            out::finish(out::stdout(&format!("{line}\n")), code, tr)
        }
        Err(e) => {
            out::diag(&tr.ta(
                "cli-export-write-failed",
                &[
                    ("path", arg_str(&path.display().to_string())),
                    ("reason", arg_str(&e.to_string())),
                ],
            ));
            ExitCode::FAILURE
        }
    }
}
