//! A stub resolver: asks one recursive name server (`--dns-server`, else those of
//! /etc/resolv.conf) for A and AAAA over UDP, TCP when the answer is truncated. Messages are
//! built and read by hickory-proto; the CNAME chain is kept, so a CDN can be told apart.

use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpStream, UdpSocket};
use std::time::Duration;

use hickory_proto::op::{Message, Query, ResponseCode};
use hickory_proto::rr::{Name, RData, RecordType};

/// What the name server said.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resolution {
    /// CNAME targets in the order met, without the trailing dot.
    pub cnames: Vec<String>,
    pub addrs: Vec<IpAddr>,
}

/// Why there is no address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DnsError {
    /// NXDOMAIN: the name does not exist.
    NotFound,
    /// The name exists but has no A or AAAA record.
    NoAddress,
    /// The server answered with an error code (SERVFAIL, REFUSED …).
    ServerError(String),
    /// No server answered.
    Unreachable { server: String, reason: String },
    /// No name server is configured.
    NoServer,
}

/// The name servers of /etc/resolv.conf.
pub fn system_servers() -> Vec<SocketAddr> {
    std::fs::read_to_string("/etc/resolv.conf")
        .map(|t| parse_resolv_conf(&t))
        .unwrap_or_default()
}

/// `nameserver ADDR` lines (port 53); scoped IPv6 addresses are skipped.
pub fn parse_resolv_conf(text: &str) -> Vec<SocketAddr> {
    text.lines()
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            (words.next() == Some("nameserver"))
                .then(|| words.next())
                .flatten()
                .and_then(|a| a.parse::<IpAddr>().ok())
                .map(|ip| SocketAddr::new(ip, 53))
        })
        .collect()
}

/// Resolves `name` (ASCII) at the first server that answers.
pub fn resolve(
    name: &str,
    servers: &[SocketAddr],
    timeout: Duration,
) -> Result<Resolution, DnsError> {
    if servers.is_empty() {
        return Err(DnsError::NoServer);
    }
    let mut last = DnsError::NoServer;
    for server in servers {
        match resolve_at(name, *server, timeout) {
            Err(e @ DnsError::Unreachable { .. }) => last = e,
            other => return other,
        }
    }
    Err(last)
}

fn resolve_at(name: &str, server: SocketAddr, timeout: Duration) -> Result<Resolution, DnsError> {
    let fqdn = Name::from_ascii(format!("{}.", name.trim_end_matches('.')))
        .map_err(|e| DnsError::ServerError(e.to_string()))?;
    let mut resolution = Resolution::default();
    let mut exists = false;
    for qtype in [RecordType::A, RecordType::AAAA] {
        let reply = ask(&fqdn, qtype, server, timeout)?;
        match reply.metadata.response_code {
            ResponseCode::NoError => exists = true,
            ResponseCode::NXDomain => return Err(DnsError::NotFound),
            other => return Err(DnsError::ServerError(other.to_string())),
        }
        for record in &reply.answers {
            match &record.data {
                RData::CNAME(target) => {
                    let t = target.0.to_ascii().trim_end_matches('.').to_string();
                    if !resolution.cnames.contains(&t) {
                        resolution.cnames.push(t);
                    }
                }
                RData::A(a) => resolution.addrs.push(IpAddr::V4(a.0)),
                RData::AAAA(a) => resolution.addrs.push(IpAddr::V6(a.0)),
                _ => {}
            }
        }
    }
    if resolution.addrs.is_empty() && exists {
        return Err(DnsError::NoAddress);
    }
    Ok(resolution)
}

fn ask(
    name: &Name,
    qtype: RecordType,
    server: SocketAddr,
    timeout: Duration,
) -> Result<Message, DnsError> {
    let unreachable = |reason: String| DnsError::Unreachable {
        server: server.to_string(),
        reason,
    };
    let mut query = Message::query();
    query.metadata.recursion_desired = true;
    query.add_query(Query::query(name.clone(), qtype));
    let bytes = query.to_vec().map_err(|e| unreachable(e.to_string()))?;
    let reply =
        udp(&bytes, query.metadata.id, server, timeout).map_err(|e| unreachable(e.to_string()))?;
    if !reply.metadata.truncation {
        return Ok(reply);
    }
    tcp(&bytes, server, timeout).map_err(|e| unreachable(e.to_string()))
}

fn udp(bytes: &[u8], id: u16, server: SocketAddr, timeout: Duration) -> std::io::Result<Message> {
    let local: SocketAddr = match server {
        SocketAddr::V4(_) => "0.0.0.0:0".parse().expect("literal"),
        SocketAddr::V6(_) => "[::]:0".parse().expect("literal"),
    };
    let socket = UdpSocket::bind(local)?;
    // Connected, so a refused port comes back as an error instead of silence.
    socket.connect(server)?;
    socket.set_read_timeout(Some(timeout))?;
    socket.set_write_timeout(Some(timeout))?;
    socket.send(bytes)?;
    let mut buf = [0u8; 4096];
    loop {
        let n = socket.recv(&mut buf)?;
        match Message::from_vec(&buf[..n]) {
            // A stray datagram with another id is not our answer.
            Ok(m) if m.metadata.id == id => return Ok(m),
            Ok(_) => continue,
            Err(e) => return Err(std::io::Error::other(e.to_string())),
        }
    }
}

fn tcp(bytes: &[u8], server: SocketAddr, timeout: Duration) -> std::io::Result<Message> {
    let mut stream = TcpStream::connect_timeout(&server, timeout)?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    let len = u16::try_from(bytes.len()).map_err(std::io::Error::other)?;
    stream.write_all(&len.to_be_bytes())?;
    stream.write_all(bytes)?;
    let mut len = [0u8; 2];
    stream.read_exact(&mut len)?;
    let mut reply = vec![0u8; u16::from_be_bytes(len) as usize];
    stream.read_exact(&mut reply)?;
    Message::from_vec(&reply).map_err(|e| std::io::Error::other(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolv_conf_name_servers() {
        let servers = parse_resolv_conf(
            "# comment\nsearch example.cn\nnameserver 127.0.0.53\nnameserver fe80::1%eth0\nnameserver ::1\noptions edns0\n",
        );
        assert_eq!(
            servers,
            vec![
                "127.0.0.53:53".parse::<SocketAddr>().unwrap(),
                "[::1]:53".parse().unwrap()
            ]
        );
    }

    #[test]
    fn no_server_is_said_so() {
        assert_eq!(
            resolve("example.cn", &[], Duration::from_secs(1)),
            Err(DnsError::NoServer)
        );
    }
}
