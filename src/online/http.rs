//! Fetching a homepage: ureq with rustls, redirects followed, a size limit, a timeout for
//! the whole request, `--resolve` pins, and the proxy from `HTTPS_PROXY` / `HTTP_PROXY` /
//! `ALL_PROXY` with `NO_PROXY` (ureq reads them).

use std::net::SocketAddr;
use std::time::Duration;

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};
use ureq::{Agent, ResponseExt};

use super::options::Pins;

/// A homepage larger than this is not read (its footer would be past the limit).
pub const MAX_PAGE: u64 = 4 << 20;
const MAX_REDIRECTS: u32 = 10;

/// A page that answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The URL asked for.
    pub url: String,
    /// Where the redirects ended.
    pub final_url: String,
    pub status: u16,
    /// The body, when it is within `MAX_PAGE`.
    pub body: Option<Vec<u8>>,
    pub content_type: Option<String>,
}

/// One URL that gave no page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    pub url: String,
    pub reason: String,
    /// Whether something answered (an HTTP status, a TLS alert): proof of a network.
    pub answered: bool,
}

/// The first URL that answers with a success status, or every attempt.
pub fn fetch_first(urls: &[String], pins: &Pins, timeout: Duration) -> Result<Page, Vec<Attempt>> {
    let agent = agent(pins, timeout);
    let mut attempts = Vec::new();
    for url in urls {
        match fetch(&agent, url) {
            Ok(page) if (200..300).contains(&page.status) => return Ok(page),
            Ok(page) => attempts.push(Attempt {
                url: url.clone(),
                reason: format!("HTTP {}", page.status),
                answered: true,
            }),
            Err(attempt) => attempts.push(attempt),
        }
    }
    Err(attempts)
}

fn agent(pins: &Pins, timeout: Duration) -> Agent {
    let config = Agent::config_builder()
        .timeout_global(Some(timeout))
        .max_redirects(MAX_REDIRECTS)
        .http_status_as_error(false)
        .user_agent(concat!("icp-tui/", env!("CARGO_PKG_VERSION")))
        .build();
    Agent::with_parts(
        config,
        DefaultConnector::new(),
        PinnedResolver {
            pins: pins.clone(),
            inner: DefaultResolver::default(),
        },
    )
}

fn fetch(agent: &Agent, url: &str) -> Result<Page, Attempt> {
    let fail = |e: ureq::Error| Attempt {
        url: url.to_string(),
        answered: answered(&e),
        reason: e.to_string(),
    };
    let mut response = agent.get(url).call().map_err(fail)?;
    let final_url = response.get_uri().to_string();
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = match response
        .body_mut()
        .with_config()
        .limit(MAX_PAGE)
        .read_to_vec()
    {
        Ok(body) => Some(body),
        Err(ureq::Error::BodyExceedsLimit(_)) => None,
        Err(e) => return Err(fail(e)),
    };
    Ok(Page {
        url: url.to_string(),
        final_url,
        status,
        body,
        content_type,
    })
}

/// Errors that prove a server spoke to us (as opposed to silence or a refused port).
fn answered(e: &ureq::Error) -> bool {
    matches!(
        e,
        ureq::Error::StatusCode(_)
            | ureq::Error::TooManyRedirects
            | ureq::Error::RedirectFailed
            | ureq::Error::Protocol(_)
            | ureq::Error::Tls(_)
            | ureq::Error::Rustls(_)
            | ureq::Error::BodyExceedsLimit(_)
    )
}

/// The system's resolver, except for hosts pinned by `--resolve`.
#[derive(Debug)]
struct PinnedResolver {
    pins: Pins,
    inner: DefaultResolver,
}

impl Resolver for PinnedResolver {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let default_port = match uri.scheme_str() {
            Some("https") => 443,
            _ => 80,
        };
        let port = uri.port_u16().unwrap_or(default_port);
        if let Some(ip) = uri.host().and_then(|h| self.pins.find(h, port)) {
            let mut addrs = self.inner.empty();
            addrs.push(SocketAddr::new(ip, port));
            return Ok(addrs);
        }
        self.inner.resolve(uri, config, timeout)
    }
}
