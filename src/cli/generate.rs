//! `icp-tui completions SHELL` and `icp-tui man`: shell completions and the man page, made
//! from the same clap definitions as the help, so that distributions can ship them.

use std::process::ExitCode;

use clap::{Arg, ArgMatches, Command, value_parser};
use clap_complete::Shell;

use crate::i18n::Localizer;

pub fn completions_command(tr: &Localizer) -> Command {
    Command::new("completions")
        .about(tr.t("session-cli-completions-about"))
        .help_template(super::help_template(tr))
        .next_help_heading(tr.t("cli-options"))
        .arg(
            Arg::new("shell")
                .value_name("SHELL")
                .required(true)
                .value_parser(value_parser!(Shell))
                .help(tr.t("session-cli-completions-shell")),
        )
}

pub fn man_command(tr: &Localizer) -> Command {
    Command::new("man")
        .about(tr.t("session-cli-man-about"))
        .help_template(super::help_template(tr))
        .next_help_heading(tr.t("cli-options"))
}

/// The completion script for `shell`, for the command tree `cmd`.
pub fn completion_script(shell: Shell, mut cmd: Command) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "icp-tui", &mut script);
    script
}

/// The man page (roff) of the command tree `cmd`.
pub fn man_page(cmd: Command) -> std::io::Result<Vec<u8>> {
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut page)?;
    Ok(page)
}

pub fn completions(matches: &ArgMatches, cmd: Command) -> ExitCode {
    let shell = *matches
        .get_one::<Shell>("shell")
        .expect("clap requires SHELL");
    write(&completion_script(shell, cmd))
}

pub fn man(cmd: Command) -> ExitCode {
    match man_page(cmd) {
        Ok(page) => write(&page),
        Err(e) => {
            super::out::diag(&e.to_string());
            ExitCode::FAILURE
        }
    }
}

fn write(bytes: &[u8]) -> ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match super::out::closed_is_fine(out.write_all(bytes).and_then(|()| out.flush())) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            super::out::diag(&e.to_string());
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_shell_gets_a_script_naming_the_subcommands() {
        for lang in Lang::ALL {
            let tr = Localizer::new(lang);
            for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell] {
                let script =
                    String::from_utf8(completion_script(shell, super::super::command(&tr)))
                        .expect("utf-8");
                for word in [
                    "icp-tui",
                    "check",
                    "export",
                    "status",
                    "lang",
                    "completions",
                ] {
                    assert!(script.contains(word), "{shell:?} {lang:?} lacks {word}");
                }
            }
        }
    }

    #[test]
    fn the_man_page_is_roff_with_the_commands() {
        let tr = Localizer::new(Lang::EnUs);
        let page = String::from_utf8(man_page(super::super::command(&tr)).unwrap()).unwrap();
        assert!(
            page.starts_with(".ie") || page.contains(".TH icp-tui"),
            "{page}"
        );
        assert!(page.contains(".TH icp-tui"));
        assert!(page.contains("check"));
        assert!(page.contains("\\-\\-lang"));
    }
}
