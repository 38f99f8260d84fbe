//! Loopback servers speaking the real protocols for the online tests: HTTP/1.1 (also as a
//! forward proxy), WHOIS on TCP, DNS on UDP. They bind 127.0.0.1:0 only and live as long
//! as the test process.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hickory_proto::op::{Message, ResponseCode};
use hickory_proto::rr::rdata::{A, AAAA, CNAME};
use hickory_proto::rr::{Name, RData, Record, RecordType};

/// A response of the HTTP server.
#[derive(Clone)]
pub enum Reply {
    Page(&'static str, String),
    Redirect(u16, String),
}

/// An HTTP server with fixed routes; records each request line it got.
pub struct Http {
    pub port: u16,
    pub requests: Arc<Mutex<Vec<String>>>,
}

impl Http {
    pub fn start(routes: Vec<(&str, Reply)>) -> Http {
        let routes: HashMap<String, Reply> = routes
            .into_iter()
            .map(|(p, r)| (p.to_string(), r))
            .collect();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let routes = routes.clone();
                let log = log.clone();
                std::thread::spawn(move || serve_http(stream, &routes, &log));
            }
        });
        Http { port, requests }
    }
}

fn serve_http(stream: TcpStream, routes: &HashMap<String, Reply>, log: &Mutex<Vec<String>>) {
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut stream = stream;
    loop {
        let Some(request_line) = read_request(&mut reader) else {
            return;
        };
        log.lock().unwrap().push(request_line.clone());
        // As a forward proxy: open the tunnel, then serve the request that comes through it.
        if request_line.starts_with("CONNECT ") {
            let _ = stream.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
            continue;
        }
        // "GET /path HTTP/1.1", or through a plain proxy "GET http://host/path HTTP/1.1".
        let target = request_line.split(' ').nth(1).unwrap_or("/");
        let path = match target.split_once("://") {
            Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
            None => target,
        };
        let response = match routes.get(path) {
            Some(Reply::Page(content_type, body)) => format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            ),
            Some(Reply::Redirect(status, location)) => format!(
                "HTTP/1.1 {status} Moved\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            ),
            None => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .to_string(),
        };
        let _ = stream.write_all(response.as_bytes());
        return;
    }
}

/// The request line, after reading the headers up to the blank line.
fn read_request(reader: &mut BufReader<TcpStream>) -> Option<String> {
    let mut line = String::new();
    reader.read_line(&mut line).ok().filter(|n| *n > 0)?;
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => return None,
            Ok(_) if header == "\r\n" || header == "\n" => break,
            Ok(_) => {}
        }
    }
    Some(line.trim_end().to_string())
}

/// A WHOIS server: one query line in, a fixed record out, then close (RFC 3912).
pub struct Whois {
    pub port: u16,
    pub queries: Arc<Mutex<Vec<String>>>,
}

impl Whois {
    pub fn start(records: Vec<(&str, String)>) -> Whois {
        let records: HashMap<String, String> = records
            .into_iter()
            .map(|(d, r)| (d.to_string(), r))
            .collect();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let queries = Arc::new(Mutex::new(Vec::new()));
        let log = queries.clone();
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                let _ = reader.read_line(&mut line);
                let query = line.trim().to_string();
                log.lock().unwrap().push(query.clone());
                let reply = records
                    .get(&query)
                    .cloned()
                    .unwrap_or_else(|| "No matching record.\r\n".to_string());
                let _ = stream.write_all(reply.as_bytes());
            }
        });
        Whois { port, queries }
    }
}

/// CNNIC's format, as whois.cnnic.cn answers for a .cn domain.
pub fn cnnic_record(domain: &str, registrant: &str, expires: &str) -> String {
    format!(
        "Domain Name: {domain}\r\nROID: 20260101s10001s12345678-cn\r\nDomain Status: ok\r\n\
         Registrant: {registrant}\r\nRegistrant Contact Email: admin@{domain}\r\n\
         Sponsoring Registrar: 阿里云计算有限公司（万网）\r\nName Server: dns1.hichina.com\r\n\
         Name Server: dns2.hichina.com\r\nRegistration Time: 2020-03-10 19:04:50\r\n\
         Expiration Time: {expires} 19:04:50\r\nDNSSEC: unsigned\r\n"
    )
}

/// A gTLD registrar's record with the registrant withheld, as after GDPR.
pub fn redacted_gtld_record(domain: &str) -> String {
    format!(
        "Domain Name: {}\r\nRegistry Domain ID: 123456789_DOMAIN_COM-VRSN\r\n\
         Registrar WHOIS Server: whois.example-registrar.com\r\n\
         Updated Date: 2026-01-05T08:00:00Z\r\nCreation Date: 2020-01-05T08:00:00Z\r\n\
         Registry Expiry Date: 2028-01-05T08:00:00Z\r\nRegistrar: Example Registrar, Inc.\r\n\
         Registrant Name: REDACTED FOR PRIVACY\r\nRegistrant Organization: REDACTED FOR PRIVACY\r\n\
         Registrant Email: Please query the RDDS service of the Registrar of Record.\r\n\
         >>> Last update of whois database: 2026-12-01T00:00:00Z <<<\r\n",
        domain.to_uppercase()
    )
}

/// What the DNS server answers for a name.
#[derive(Clone)]
pub enum Answer {
    A(&'static str),
    Cname(&'static str),
}

/// A UDP name server answering from a table; unknown names get NXDOMAIN.
pub struct Dns {
    pub addr: SocketAddr,
}

impl Dns {
    pub fn start(table: Vec<(&str, Vec<Answer>)>) -> Dns {
        let table: HashMap<String, Vec<Answer>> = table
            .into_iter()
            .map(|(n, a)| (format!("{}.", n.trim_end_matches('.')), a))
            .collect();
        let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
        let addr = socket.local_addr().unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 2048];
            loop {
                let Ok((n, from)) = socket.recv_from(&mut buf) else {
                    continue;
                };
                let Ok(query) = Message::from_vec(&buf[..n]) else {
                    continue;
                };
                let reply = answer(&query, &table);
                let _ = socket.send_to(&reply.to_vec().unwrap(), from);
            }
        });
        Dns { addr }
    }
}

fn answer(query: &Message, table: &HashMap<String, Vec<Answer>>) -> Message {
    let mut reply = Message::response(query.metadata.id, query.metadata.op_code);
    reply.metadata.recursion_desired = query.metadata.recursion_desired;
    reply.metadata.recursion_available = true;
    let Some(q) = query.queries.first() else {
        return reply;
    };
    reply.add_query(q.clone());
    let mut name = q.name().to_ascii();
    let mut found = false;
    // Follow CNAMEs inside the table, as a recursive resolver would.
    for _ in 0..8 {
        let Some(answers) = table.get(&name) else {
            break;
        };
        found = true;
        let owner = Name::from_ascii(&name).unwrap();
        let mut next = None;
        for a in answers {
            match a {
                Answer::A(ip) if q.query_type() == RecordType::A => {
                    let ip: IpAddr = ip.parse().unwrap();
                    let rdata = match ip {
                        IpAddr::V4(v4) => RData::A(A(v4)),
                        IpAddr::V6(v6) => RData::AAAA(AAAA(v6)),
                    };
                    reply.add_answer(Record::from_rdata(owner.clone(), 60, rdata));
                }
                Answer::A(_) => {}
                Answer::Cname(target) => {
                    let target = format!("{}.", target.trim_end_matches('.'));
                    reply.add_answer(Record::from_rdata(
                        owner.clone(),
                        60,
                        RData::CNAME(CNAME(Name::from_ascii(&target).unwrap())),
                    ));
                    next = Some(target);
                }
            }
        }
        match next {
            Some(n) => name = n,
            None => break,
        }
    }
    if !found {
        reply.metadata.response_code = ResponseCode::NXDomain;
    }
    reply
}

/// A loopback port with nothing listening (bound, then released).
pub fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// A loopback UDP port with nothing listening.
pub fn closed_udp() -> SocketAddr {
    let s = UdpSocket::bind("127.0.0.1:0").unwrap();
    s.local_addr().unwrap()
}

/// Reads everything a stream sends (for ad-hoc servers).
pub fn read_all(mut s: TcpStream) -> String {
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

/// A homepage with the given footer HTML.
pub fn page(footer: &str) -> String {
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>小明的博客</title></head>\
         <body><main><h1>小明的博客</h1><p>欢迎。</p></main><footer>{footer}</footer></body></html>"
    )
}
