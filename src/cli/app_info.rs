//! `icp-tui app-info FILE [--json]`: what the app filing form asks for, read from a
//! certificate, an APK or an IPA. Exit 0, 1 when a debug or development certificate (or
//! profile) signs it, 2 when the file cannot be read.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use serde_json::json;

use crate::appinfo::{self, AppInfo, FileKind};
use crate::i18n::{Localizer, arg_num, arg_str};
use crate::report::{appinfo_error, appinfo_kind, label};

use super::{Common, EXIT_INPUT};

pub fn command(tr: &Localizer) -> Command {
    Command::new("app-info")
        .about(tr.t("cli-app-info-about"))
        .help_template(super::help_template(tr))
        .next_help_heading(tr.t("cli-options"))
        .arg(
            Arg::new("json")
                .long("json")
                .action(ArgAction::SetTrue)
                .help(tr.t("cli-app-info-json")),
        )
        .arg(
            Arg::new("file")
                .value_name("FILE")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .help(tr.t("cli-app-info-file")),
        )
}

/// Reads the file; the message says what went wrong, in the user's language.
pub fn read_file(path: &Path, tr: &Localizer) -> Result<AppInfo, String> {
    let shown = path.display().to_string();
    appinfo::read_path(path).map_err(|e| appinfo_error(&shown, &e, tr))
}

pub fn run(common: &Common, matches: &ArgMatches) -> ExitCode {
    let lang = crate::i18n::choose(common.lang, None, common.env.locale().as_deref());
    let tr = Localizer::new(lang);
    let Some(path) = matches.get_one::<PathBuf>("file") else {
        return ExitCode::from(EXIT_INPUT);
    };
    let info = match read_file(path, &tr) {
        Ok(info) => info,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    if matches.get_flag("json") {
        let mut value = serde_json::to_value(&info).unwrap_or_default();
        value["file"] = json!(path.display().to_string());
        value["debug"] = json!(info.is_debug());
        // A closed pipe (`| head`) is not an error of ours.
        let _ = writeln!(std::io::stdout(), "{value:#}");
    } else {
        let _ = write!(std::io::stdout(), "{}", to_text(path, &info, &tr));
    }
    ExitCode::from(u8::from(info.is_debug()))
}

/// The readable report.
pub fn to_text(path: &Path, info: &AppInfo, tr: &Localizer) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(tr.ta(
        "appinfo-file",
        &[
            ("path", arg_str(&path.display().to_string())),
            ("kind", arg_str(&appinfo_kind(info.kind, tr))),
        ],
    ));
    if let Some(id) = &info.identifier {
        let key = match info.kind {
            FileKind::Ipa => "appinfo-identifier-ipa",
            _ => "appinfo-identifier-apk",
        };
        line(format!("{}{id}", label(tr, &tr.t(key))));
    }
    if let Some(name) = &info.name {
        line(format!("{}{name}", label(tr, &tr.t("appinfo-name"))));
    }
    if info.signers.is_empty() {
        line(tr.t("appinfo-no-signers"));
    }
    for (n, s) in info.signers.iter().enumerate() {
        let c = &s.cert;
        line(String::new());
        line(tr.ta(
            "appinfo-signer",
            &[
                ("n", arg_num(n as i64 + 1)),
                ("schemes", arg_str(&s.schemes.join(", "))),
            ],
        ));
        let fact = |key: &str, value: &str| format!("  {}{value}", label(tr, key));
        line(fact(&tr.t("appinfo-subject"), &c.subject));
        line(fact(&tr.t("appinfo-issuer"), &c.issuer));
        line(fact("MD5", &c.md5));
        line(fact("SHA-1", &c.sha1));
        line(fact("SHA-256", &c.sha256));
        line(fact(&tr.t("appinfo-public-key"), &c.public_key));
        match info.kind {
            FileKind::Apk => line(format!(
                "  {}",
                tr.ta("appinfo-form-android", &[("md5", arg_str(&c.md5))])
            )),
            FileKind::Ipa => line(format!(
                "  {}",
                tr.ta("appinfo-form-ios", &[("sha1", arg_str(&c.sha1))])
            )),
            FileKind::Certificate => {
                line(format!(
                    "  {}",
                    tr.ta("appinfo-form-android", &[("md5", arg_str(&c.md5))])
                ));
                line(format!(
                    "  {}",
                    tr.ta("appinfo-form-ios", &[("sha1", arg_str(&c.sha1))])
                ));
            }
        }
        if let Some(debug) = c.debug {
            let code = serde_json::to_value(debug).unwrap_or_default();
            let code = code.as_str().unwrap_or_default();
            line(format!("  ! {}", tr.t(&format!("appinfo-debug-{code}"))));
        }
    }
    if info.get_task_allow == Some(true) {
        line(String::new());
        line(format!("! {}", tr.t("appinfo-get-task-allow")));
    }
    if info.kind != FileKind::Certificate && !info.signers.is_empty() {
        line(String::new());
        line(tr.t("appinfo-unverified"));
    }
    out
}
