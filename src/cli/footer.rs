//! `icp-tui footer FILE [--website N | --domain D] [--format html|text]`: the footer a filed
//! website must carry. HTML goes to the standard output and the notes to the standard error,
//! so `icp-tui footer a.toml > footer.html` keeps only the snippet.
//!
//! Exit 0: printed; 1: no ICP number issued (or the recorded one is not a number), nothing
//! printed on the standard output; 2: bad input (unreadable file, no such website, bad option).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Arg, ArgMatches, Command, value_parser};

use crate::i18n::{Localizer, arg_num, arg_str};
use crate::model::Application;
use crate::report::footer::{
    BADGE_SRC, FooterError, FooterSnippet, IcpChoice, MIIT_URL, PsbPart, footer, psb_link,
};

use super::EXIT_INPUT;

pub fn command(tr: &Localizer) -> Command {
    Command::new("footer")
        .about(tr.t("cli-footer-about"))
        .help_template(super::help_template(tr))
        .next_help_heading(tr.t("cli-options"))
        .arg(
            Arg::new("website")
                .long("website")
                .value_name("N")
                .value_parser(value_parser!(usize))
                .conflicts_with("domain")
                .help(tr.t("cli-footer-website")),
        )
        .arg(
            Arg::new("domain")
                .long("domain")
                .value_name("DOMAIN")
                .help(tr.t("cli-footer-domain")),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .default_value("html")
                .help(tr.t("cli-footer-format")),
        )
        .arg(
            Arg::new("file")
                .value_name("FILE")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .help(tr.t("cli-footer-file")),
        )
}

pub fn run(common: &super::Common, matches: &ArgMatches, tr: &Localizer) -> ExitCode {
    let tr = &Localizer::new(tr.lang());
    // The figures in the notes are the rules in force (`--rules`, the override).
    let rules = match common.load_rules(tr) {
        Ok(rules) => rules,
        Err(code) => return code,
    };
    let fail = |message: String| {
        eprintln!("{message}");
        ExitCode::from(EXIT_INPUT)
    };
    let format = matches
        .get_one::<String>("format")
        .map_or("html", String::as_str);
    if !matches!(format, "html" | "text") {
        return fail(tr.ta("cli-footer-bad-format", &[("value", arg_str(format))]));
    }
    let file = matches
        .get_one::<PathBuf>("file")
        .expect("FILE is required");
    let shown = file.display().to_string();
    let app = match read(file, tr) {
        Ok(app) => app,
        Err(message) => return fail(message),
    };
    let site = match pick_website(&app, matches) {
        Ok(site) => site,
        Err(which) => {
            return fail(tr.ta(
                "cli-footer-no-website",
                &[("file", arg_str(&shown)), ("which", arg_str(&which))],
            ));
        }
    };
    let snippet = match footer(&app) {
        Ok(s) => s,
        Err(FooterError::NotIssued) => {
            eprintln!(
                "{}",
                tr.ta("footer-not-issued", &[("file", arg_str(&shown))])
            );
            return ExitCode::FAILURE;
        }
        Err(FooterError::Invalid(e)) => {
            eprintln!(
                "{}",
                tr.ta(
                    "footer-icp-invalid",
                    &[("file", arg_str(&shown)), ("reason", arg_str(e.as_code()))]
                )
            );
            return ExitCode::FAILURE;
        }
    };
    let domain = site
        .and_then(|i| app.websites[i].domain.as_deref())
        .unwrap_or_default();
    let notes = notes(&snippet, &rules, tr);
    if format == "html" {
        print!("{}", snippet.html());
        for note in notes {
            eprintln!("{note}");
        }
    } else {
        if !domain.is_empty() {
            println!(
                "{}",
                tr.ta("footer-text-website", &[("domain", arg_str(domain))])
            );
        }
        for line in text_lines(&snippet, tr).into_iter().chain(notes) {
            println!("{line}");
        }
    }
    ExitCode::SUCCESS
}

/// The website the footer is for: `--website N` (from 1), `--domain D`, else the first.
/// `Err` names what was asked for and not found.
fn pick_website(app: &Application, matches: &ArgMatches) -> Result<Option<usize>, String> {
    if let Some(&n) = matches.get_one::<usize>("website") {
        return match n {
            1.. if n <= app.websites.len() => Ok(Some(n - 1)),
            _ => Err(n.to_string()),
        };
    }
    if let Some(d) = matches.get_one::<String>("domain") {
        let wanted = d.trim().trim_end_matches('.').to_lowercase();
        return app
            .websites
            .iter()
            .position(|w| {
                w.domain
                    .as_deref()
                    .is_some_and(|x| x.trim().trim_end_matches('.').to_lowercase() == wanted)
            })
            .map(Some)
            .ok_or_else(|| d.clone());
    }
    Ok((!app.websites.is_empty()).then_some(0))
}

/// The snippet in words: each number and where it links.
pub fn text_lines(snippet: &FooterSnippet, tr: &Localizer) -> Vec<String> {
    let mut out = vec![tr.ta(
        "footer-text-icp",
        &[
            ("number", arg_str(&snippet.icp_number)),
            ("url", arg_str(MIIT_URL)),
        ],
    )];
    if let PsbPart::Given(psb) = &snippet.psb {
        out.push(tr.ta(
            "footer-text-psb",
            &[
                ("number", arg_str(psb.normalized())),
                ("url", arg_str(&psb_link(psb))),
            ],
        ));
    }
    out
}

/// What the user should know about the snippet: which number and why, the badge file, a PSB
/// number missing or unusable.
pub fn notes(snippet: &FooterSnippet, rules: &crate::rules::Rules, tr: &Localizer) -> Vec<String> {
    let mut out = Vec::new();
    match snippet.icp_choice {
        IcpChoice::Subject | IcpChoice::Website => {}
        IcpChoice::SubjectOfSeveral => out.push(tr.t("footer-note-subject-of-several")),
        IcpChoice::SubjectFromApp => out.push(tr.t("footer-note-subject-from-app")),
    }
    match &snippet.psb {
        PsbPart::None => {
            let f = rules.figures();
            out.push(tr.ta(
                "footer-note-psb-none",
                &[
                    ("filing", arg_num(i64::from(f.psb_filing_days.value))),
                    ("display", arg_num(i64::from(f.psb_display_days.value))),
                ],
            ))
        }
        PsbPart::Invalid(e) => out.push(tr.ta(
            "footer-note-psb-invalid",
            &[("reason", arg_str(e.as_code()))],
        )),
        PsbPart::Given(_) => out.push(tr.ta("footer-note-badge", &[("src", arg_str(BADGE_SRC))])),
    }
    out
}

fn read(file: &Path, tr: &Localizer) -> Result<Application, String> {
    let unreadable = |reason: String| {
        tr.ta(
            "cli-footer-unreadable",
            &[
                ("file", arg_str(&file.display().to_string())),
                ("reason", arg_str(&reason)),
            ],
        )
    };
    let text = std::fs::read_to_string(file).map_err(|e| unreadable(e.to_string()))?;
    Application::from_toml_str(&text).map_err(|e| unreadable(crate::report::parse_error(&e, tr)))
}
