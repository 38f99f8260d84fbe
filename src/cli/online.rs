//! `check --online` and its options: the flags, and turning them into `online::Options`.

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::i18n::{Localizer, arg_str};
use crate::online::{self, Options, OptionsError, Pin, Pins, ServerAddr};

/// Adds `--online`, `--resolve`, `--whois-server`, `--dns-server` and `--timeout`.
pub fn args(command: Command, tr: &Localizer) -> Command {
    let needs_online = |arg: Arg| arg.requires("online");
    command
        .arg(
            Arg::new("online")
                .long("online")
                .action(ArgAction::SetTrue)
                .help(tr.t("cli-check-online")),
        )
        .arg(needs_online(
            Arg::new("resolve")
                .long("resolve")
                .value_name("HOST:ADDR")
                .action(ArgAction::Append)
                .help(tr.t("cli-check-resolve")),
        ))
        .arg(needs_online(
            Arg::new("whois-server")
                .long("whois-server")
                .value_name("HOST[:PORT]")
                .help(tr.t("cli-check-whois-server")),
        ))
        .arg(needs_online(
            Arg::new("dns-server")
                .long("dns-server")
                .value_name("ADDR:PORT")
                .help(tr.t("cli-check-dns-server")),
        ))
        .arg(needs_online(
            Arg::new("timeout")
                .long("timeout")
                .value_name("SECS")
                .help(tr.t("cli-check-timeout")),
        ))
}

/// The options when `--online` was given; a localized message naming the bad value otherwise.
pub fn options(matches: &ArgMatches, tr: &Localizer) -> Result<Option<Options>, String> {
    if !matches.get_flag("online") {
        return Ok(None);
    }
    let parse = || -> Result<Options, OptionsError> {
        let mut options = Options::default();
        if let Some(values) = matches.get_many::<String>("resolve") {
            options.pins = Pins(values.map(|v| Pin::parse(v)).collect::<Result<_, _>>()?);
        }
        if let Some(v) = matches.get_one::<String>("whois-server") {
            options.whois_server = Some(ServerAddr::parse(v)?);
        }
        if let Some(v) = matches.get_one::<String>("dns-server") {
            options.dns_server = Some(online::parse_dns_server(v)?);
        }
        if let Some(v) = matches.get_one::<String>("timeout") {
            options.timeout = online::parse_timeout(v)?;
        }
        Ok(options)
    };
    parse().map(Some).map_err(|e| {
        let (id, value) = match e {
            OptionsError::Resolve(v) => ("cli-bad-resolve", v),
            OptionsError::Server(v) => ("cli-bad-whois-server", v),
            OptionsError::DnsServer(v) => ("cli-bad-dns-server", v),
            OptionsError::Timeout(v) => ("cli-bad-timeout", v),
        };
        tr.ta(id, &[("value", arg_str(&value))])
    })
}
