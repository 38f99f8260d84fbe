//! WHOIS over TCP port 43 (RFC 3912): .cn and .中国 at CNNIC, other TLDs through the IANA
//! referral (`refer:`) and, for thin registries, the registrar's server. The record is read
//! as `key: value` lines; a withheld value ("REDACTED FOR PRIVACY", "Not Disclosed", empty)
//! is redacted, never a name.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::options::{Pins, ServerAddr};
use crate::model::{Date, china_offset};

/// CNNIC's server for .cn and .中国 (xn--fiqs8s).
pub const CNNIC: &str = "whois.cnnic.cn";
/// Where the referral for every other TLD starts.
pub const IANA: &str = "whois.iana.org";
/// Enough for any real record; more is not a WHOIS answer.
const MAX_REPLY: u64 = 1 << 20;

/// A value of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field<T> {
    Given(T),
    /// Present but withheld.
    Redacted,
    /// Not in the record.
    Absent,
}

/// The parts of a record the checks use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The server that gave this record.
    pub server: String,
    pub registrant: Field<String>,
    pub expires: Field<Date>,
    /// `refer:` (IANA) or `Registrar WHOIS Server:` (thin registries).
    pub referral: Option<String>,
    /// "No matching record" and its kin.
    pub not_found: bool,
}

/// Why a lookup gave no record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WhoisError {
    /// Nothing answered: refused, timed out, name not resolved.
    Unreachable { server: String, reason: String },
    /// IANA knows no WHOIS server for the TLD.
    NoServer { tld: String },
}

/// Looks a domain (ASCII form) up: at `fixed` when given, else at the registry.
pub fn lookup(
    domain: &str,
    fixed: Option<&ServerAddr>,
    pins: &Pins,
    timeout: Duration,
) -> Result<Record, WhoisError> {
    if let Some(server) = fixed {
        return ask(server, domain, pins, timeout);
    }
    let tld = domain.rsplit('.').next().unwrap_or(domain);
    if tld.eq_ignore_ascii_case("cn") || tld.eq_ignore_ascii_case("xn--fiqs8s") {
        return ask(&port43(CNNIC), domain, pins, timeout);
    }
    let iana = ask(&port43(IANA), domain, pins, timeout)?;
    let Some(registry) = iana.referral else {
        return Err(WhoisError::NoServer {
            tld: tld.to_string(),
        });
    };
    let record = ask(&port43(&registry), domain, pins, timeout)?;
    // A thin registry (.com, .net) names the registrar's server, which holds the registrant.
    match &record.referral {
        Some(registrar) if record.registrant == Field::Absent && !record.not_found => {
            match ask(&port43(registrar), domain, pins, timeout) {
                Ok(mut detailed) => {
                    if detailed.expires == Field::Absent {
                        detailed.expires = record.expires.clone();
                    }
                    Ok(detailed)
                }
                Err(_) => Ok(record),
            }
        }
        _ => Ok(record),
    }
}

fn port43(host: &str) -> ServerAddr {
    ServerAddr {
        host: host.to_string(),
        port: 43,
    }
}

/// One question to one server.
fn ask(
    server: &ServerAddr,
    query: &str,
    pins: &Pins,
    timeout: Duration,
) -> Result<Record, WhoisError> {
    let name = server.to_string();
    let reply =
        exchange(server, query, pins, timeout).map_err(|reason| WhoisError::Unreachable {
            server: name.clone(),
            reason,
        })?;
    Ok(parse(&name, &reply))
}

fn exchange(
    server: &ServerAddr,
    query: &str,
    pins: &Pins,
    timeout: Duration,
) -> Result<String, String> {
    let deadline = Instant::now() + timeout;
    let addrs: Vec<SocketAddr> = match pins.find(&server.host, server.port) {
        Some(ip) => vec![SocketAddr::new(ip, server.port)],
        None => (server.host.as_str(), server.port)
            .to_socket_addrs()
            .map_err(|e| e.to_string())?
            .collect(),
    };
    let mut last = String::from("no address");
    for addr in addrs {
        let stream = match TcpStream::connect_timeout(&addr, timeout) {
            Ok(s) => s,
            Err(e) => {
                last = e.to_string();
                continue;
            }
        };
        return talk(stream, query, deadline).map_err(|e| e.to_string());
    }
    Err(last)
}

fn talk(mut stream: TcpStream, query: &str, deadline: Instant) -> std::io::Result<String> {
    let left = || {
        deadline
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero())
            .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::TimedOut))
    };
    stream.set_write_timeout(Some(left()?))?;
    stream.write_all(format!("{query}\r\n").as_bytes())?;
    let mut reply = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        stream.set_read_timeout(Some(left()?))?;
        let n = stream.read(&mut buf)?;
        if n == 0 || reply.len() as u64 >= MAX_REPLY {
            break;
        }
        reply.extend_from_slice(&buf[..n]);
    }
    // CNNIC and the gTLD registries answer in UTF-8; anything else is shown as best we can.
    Ok(String::from_utf8_lossy(&reply).into_owned())
}

/// Reads a WHOIS reply.
pub fn parse(server: &str, reply: &str) -> Record {
    let mut record = Record {
        server: server.to_string(),
        registrant: Field::Absent,
        expires: Field::Absent,
        referral: None,
        not_found: false,
    };
    let mut organization = Field::Absent;
    let mut person = Field::Absent;
    for line in reply.lines() {
        let line = line.trim();
        // The legal notice after ">>> Last update" has colons of its own.
        if line.starts_with(">>>") {
            break;
        }
        if line.starts_with('%') || line.starts_with('#') {
            continue;
        }
        let lower = line.to_lowercase();
        if [
            "no matching record",
            "no match for",
            "not found",
            "no data found",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
        {
            record.not_found = true;
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let key = key.trim().to_lowercase();
        let value = value.trim();
        match key.as_str() {
            // CNNIC: `Registrant: 北京某某科技有限公司`.
            "registrant" | "registrant organization" | "registrant organisation" => {
                organization = better(organization, name_field(value));
            }
            "registrant name" | "registrant contact name" => {
                person = better(person, name_field(value));
            }
            "expiration time"
            | "registry expiry date"
            | "registrar registration expiration date"
            | "expiration date"
            | "expiry date"
            | "paid-till" => {
                if let Some(date) = expiry_date(value) {
                    if record.expires == Field::Absent {
                        record.expires = Field::Given(date);
                    }
                } else if record.expires == Field::Absent && is_redacted(value) {
                    record.expires = Field::Redacted;
                }
            }
            "refer" | "registrar whois server" => {
                let host = value.trim_start_matches("whois://").trim_end_matches('/');
                if !host.is_empty() && record.referral.is_none() {
                    record.referral = Some(host.to_string());
                }
            }
            _ => {}
        }
    }
    // An organisation is the registrant when there is one; a person's name otherwise.
    record.registrant = match (organization, person) {
        (Field::Given(o), _) => Field::Given(o),
        (_, Field::Given(p)) => Field::Given(p),
        (Field::Redacted, _) | (_, Field::Redacted) => Field::Redacted,
        _ => Field::Absent,
    };
    record
}

fn better(old: Field<String>, new: Field<String>) -> Field<String> {
    match (&old, &new) {
        (Field::Given(_), _) => old,
        (_, Field::Given(_)) => new,
        (Field::Redacted, _) => old,
        _ => new,
    }
}

fn name_field(value: &str) -> Field<String> {
    if is_redacted(value) {
        Field::Redacted
    } else {
        Field::Given(value.to_string())
    }
}

/// Withheld values as registries and registrars write them.
pub fn is_redacted(value: &str) -> bool {
    let v = value.trim().to_lowercase();
    v.is_empty()
        || [
            "redacted",
            "not disclosed",
            "privacy",
            "withheld",
            "data protected",
            "gdpr",
            "non-public",
            "not available",
        ]
        .iter()
        .any(|p| v.contains(p))
}

/// The day a domain expires, in China. CNNIC writes China time without a zone
/// (`2027-03-05 12:00:00`); the gTLD registries write UTC (`2027-03-05T04:00:00Z`).
fn expiry_date(value: &str) -> Option<Date> {
    let value = value.trim();
    if let Ok(ts) = value.parse::<Timestamp>() {
        let civil = ts.to_zoned(TimeZone::fixed(china_offset())).date();
        return Some(Date(civil));
    }
    value.get(..10).and_then(Date::parse)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CNNIC_REPLY: &str = "Domain Name: example.cn\r\nROID: 20030310s10001s00012345-cn\r\n\
Domain Status: ok\r\nRegistrant: 北京某某科技有限公司\r\nRegistrant Contact Email: a@example.cn\r\n\
Sponsoring Registrar: 阿里云计算有限公司（万网）\r\nName Server: dns1.hichina.com\r\n\
Registration Time: 2003-03-10 19:04:50\r\nExpiration Time: 2027-03-10 19:04:50\r\nDNSSEC: unsigned\r\n";

    #[test]
    fn cnnic_record_gives_registrant_and_china_date() {
        let r = parse("whois.cnnic.cn:43", CNNIC_REPLY);
        assert_eq!(r.registrant, Field::Given("北京某某科技有限公司".into()));
        assert_eq!(r.expires, Field::Given(Date::parse("2027-03-10").unwrap()));
        assert!(!r.not_found);
    }

    #[test]
    fn gtld_utc_time_becomes_the_china_date() {
        let r = parse("x", "Registry Expiry Date: 2027-03-10T17:00:00Z\n");
        assert_eq!(r.expires, Field::Given(Date::parse("2027-03-11").unwrap()));
        let r = parse("x", "Registry Expiry Date: 2027-03-10T01:00:00.0Z\n");
        assert_eq!(r.expires, Field::Given(Date::parse("2027-03-10").unwrap()));
    }

    #[test]
    fn redacted_registrant_is_not_a_name() {
        let r = parse(
            "x",
            "Registrant Name: REDACTED FOR PRIVACY\nRegistrant Organization: \n",
        );
        assert_eq!(r.registrant, Field::Redacted);
        let r = parse("x", "Registrant: Not Disclosed\n");
        assert_eq!(r.registrant, Field::Redacted);
        // The nearest case that is a name.
        let r = parse(
            "x",
            "Registrant Name: REDACTED FOR PRIVACY\nRegistrant Organization: Acme Ltd\n",
        );
        assert_eq!(r.registrant, Field::Given("Acme Ltd".into()));
    }

    #[test]
    fn referrals_and_not_found() {
        let r = parse(
            "whois.iana.org:43",
            "% IANA WHOIS server\nrefer:        whois.verisign-grs.com\n",
        );
        assert_eq!(r.referral.as_deref(), Some("whois.verisign-grs.com"));
        let r = parse("x", "Registrar WHOIS Server: whois.example-registrar.com\n");
        assert_eq!(r.referral.as_deref(), Some("whois.example-registrar.com"));
        assert!(parse("x", "No matching record.\n").not_found);
        assert!(!parse("x", "Domain Name: a.cn\n").not_found);
    }

    #[test]
    fn the_notice_after_last_update_is_not_read() {
        let r = parse(
            "x",
            "Registrant Organization: Acme\n>>> Last update of whois database <<<\nRegistrant: Someone else\n",
        );
        assert_eq!(r.registrant, Field::Given("Acme".into()));
    }
}
