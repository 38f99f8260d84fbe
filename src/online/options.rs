//! What the user said about how to go online: pinned addresses (`--resolve`), the WHOIS
//! and DNS servers to ask instead of the registry's and the system's, and the timeout.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

/// How the online checks reach the network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub pins: Pins,
    /// Asked for every domain instead of the registry's server (no referrals followed).
    pub whois_server: Option<ServerAddr>,
    /// Asked instead of the name servers of /etc/resolv.conf.
    pub dns_server: Option<SocketAddr>,
    /// For each connection and each whole request.
    pub timeout: Duration,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            pins: Pins::default(),
            whois_server: None,
            dns_server: None,
            timeout: Duration::from_secs(10),
        }
    }
}

/// A host name with an optional port.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerAddr {
    pub host: String,
    pub port: u16,
}

impl std::fmt::Display for ServerAddr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

/// One `--resolve`: connections to `host` (on `port`, or any port) go to `addr`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pin {
    pub host: String,
    pub port: Option<u16>,
    pub addr: IpAddr,
}

/// Every `--resolve` given, in order; the first that fits wins.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pins(pub Vec<Pin>);

impl Pins {
    /// The pinned address of a host on a port, if any.
    pub fn find(&self, host: &str, port: u16) -> Option<IpAddr> {
        let host = host.trim_end_matches('.');
        self.0
            .iter()
            .find(|p| p.host.eq_ignore_ascii_case(host) && p.port.is_none_or(|q| q == port))
            .map(|p| p.addr)
    }
}

/// Why an option's value was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionsError {
    /// `--resolve` is not HOST:ADDR or HOST:PORT:ADDR.
    Resolve(String),
    /// `--whois-server` is not HOST or HOST:PORT.
    Server(String),
    /// `--dns-server` is not ADDR:PORT (or ADDR).
    DnsServer(String),
    /// `--timeout` is not a whole number of seconds from 1 to 600.
    Timeout(String),
}

impl Pin {
    /// `www.example.cn:127.0.0.1`, `www.example.cn:443:127.0.0.1` (curl's form),
    /// `www.example.cn:::1` or `www.example.cn:[::1]`.
    pub fn parse(text: &str) -> Result<Pin, OptionsError> {
        let bad = || OptionsError::Resolve(text.to_string());
        let (host, rest) = text.split_once(':').ok_or_else(bad)?;
        let host = host.trim().trim_end_matches('.');
        if host.is_empty() || host.contains(['/', ' ']) {
            return Err(bad());
        }
        let ip = |s: &str| {
            s.trim()
                .trim_start_matches('[')
                .trim_end_matches(']')
                .parse::<IpAddr>()
                .ok()
        };
        if let Some(addr) = ip(rest) {
            return Ok(Pin {
                host: host.to_ascii_lowercase(),
                port: None,
                addr,
            });
        }
        let (port, addr) = rest.split_once(':').ok_or_else(bad)?;
        let port = port.parse::<u16>().map_err(|_| bad())?;
        let addr = ip(addr).ok_or_else(bad)?;
        Ok(Pin {
            host: host.to_ascii_lowercase(),
            port: Some(port),
            addr,
        })
    }
}

impl ServerAddr {
    /// `whois.cnnic.cn`, `127.0.0.1:4343`, `[::1]:4343`; the port defaults to 43.
    pub fn parse(text: &str) -> Result<ServerAddr, OptionsError> {
        let bad = || OptionsError::Server(text.to_string());
        let text = text.trim();
        if let Ok(sa) = text.parse::<SocketAddr>() {
            return Ok(ServerAddr {
                host: sa.ip().to_string(),
                port: sa.port(),
            });
        }
        if let Ok(ip) = text
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
        {
            return Ok(ServerAddr {
                host: ip.to_string(),
                port: 43,
            });
        }
        let (host, port) = match text.rsplit_once(':') {
            Some((h, p)) => (h, p.parse::<u16>().map_err(|_| bad())?),
            None => (text, 43),
        };
        if host.is_empty() || host.contains(['/', ' ', ':']) {
            return Err(bad());
        }
        Ok(ServerAddr {
            host: host.to_string(),
            port,
        })
    }
}

/// `127.0.0.1:5353`, `[::1]:5353`, or an address alone (port 53).
pub fn parse_dns_server(text: &str) -> Result<SocketAddr, OptionsError> {
    let text = text.trim();
    if let Ok(sa) = text.parse::<SocketAddr>() {
        return Ok(sa);
    }
    text.trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<IpAddr>()
        .map(|ip| SocketAddr::new(ip, 53))
        .map_err(|_| OptionsError::DnsServer(text.to_string()))
}

/// Whole seconds, 1 to 600.
pub fn parse_timeout(text: &str) -> Result<Duration, OptionsError> {
    match text.trim().parse::<u64>() {
        Ok(secs @ 1..=600) => Ok(Duration::from_secs(secs)),
        _ => Err(OptionsError::Timeout(text.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_takes_curl_forms_and_ipv6() {
        let p = Pin::parse("WWW.Example.cn:127.0.0.1").unwrap();
        assert_eq!((p.host.as_str(), p.port), ("www.example.cn", None));
        let p = Pin::parse("www.example.cn:8080:127.0.0.1").unwrap();
        assert_eq!(p.port, Some(8080));
        assert_eq!(
            Pin::parse("a.cn:::1").unwrap().addr,
            "::1".parse::<IpAddr>().unwrap()
        );
        assert_eq!(
            Pin::parse("a.cn:[::1]").unwrap().addr,
            "::1".parse::<IpAddr>().unwrap()
        );
        assert_eq!(
            Pin::parse("a.cn:80:[::1]").unwrap().addr,
            "::1".parse::<IpAddr>().unwrap()
        );
    }

    #[test]
    fn resolve_refuses_what_is_not_an_address() {
        for bad in [
            "a.cn",
            "a.cn:localhost",
            ":127.0.0.1",
            "a.cn:x:127.0.0.1",
            "a.cn:80:",
        ] {
            assert!(Pin::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn pins_match_host_case_and_port() {
        let pins = Pins(vec![
            Pin::parse("a.cn:8080:127.0.0.2").unwrap(),
            Pin::parse("a.cn:127.0.0.1").unwrap(),
        ]);
        assert_eq!(pins.find("A.CN.", 8080), Some("127.0.0.2".parse().unwrap()));
        assert_eq!(pins.find("a.cn", 80), Some("127.0.0.1".parse().unwrap()));
        assert_eq!(pins.find("b.cn", 80), None);
    }

    #[test]
    fn whois_server_port_defaults_to_43() {
        assert_eq!(ServerAddr::parse("whois.cnnic.cn").unwrap().port, 43);
        assert_eq!(ServerAddr::parse("127.0.0.1:4343").unwrap().port, 4343);
        assert_eq!(ServerAddr::parse("[::1]:4343").unwrap().host, "::1");
        assert_eq!(ServerAddr::parse("::1").unwrap().port, 43);
        assert!(ServerAddr::parse("host:port").is_err());
        assert!(ServerAddr::parse("").is_err());
    }

    #[test]
    fn dns_server_and_timeout() {
        assert_eq!(parse_dns_server("127.0.0.1").unwrap().port(), 53);
        assert_eq!(parse_dns_server("[::1]:5353").unwrap().port(), 5353);
        assert!(parse_dns_server("localhost:53").is_err());
        assert_eq!(parse_timeout("5").unwrap(), Duration::from_secs(5));
        assert!(parse_timeout("0").is_err());
        assert!(parse_timeout("601").is_err());
        assert!(parse_timeout("1.5").is_err());
    }
}
