//! `icp-tui check --online` as a script runs it: the real binary against loopback servers,
//! the `online` array of the JSON, the text section, exit codes, bad option values, the
//! proxy from the environment, and no network at all without `--online`.

mod online_support;

use std::path::PathBuf;
use std::process::{Command, Output};

use online_support::{Answer, Dns, Http, Reply, Whois, closed_port, cnnic_record, page};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_icp-tui");
const SUBJECT: &str = "北京星河科技有限公司";

fn application(url: &str) -> String {
    format!(
        r#"format = "icp-tui/application"
version = 1

[subject]
kind = "enterprise"
name = "{SUBJECT}"

[[websites]]
name = "星河科技官网"
domain = "xinghe.cn"

[websites.registration]
registrant = "{SUBJECT}"
expires = 2028-10-01

[websites.footer]
url = "{url}"

[access]
public_ip_address = "47.96.1.2"

[progress]
icp_number = "京ICP备2026012345号-1"
"#
    )
}

struct Setup {
    dir: tempfile::TempDir,
    whois: Whois,
    dns: Dns,
}

impl Setup {
    fn new() -> Setup {
        Setup {
            dir: tempfile::tempdir().unwrap(),
            whois: Whois::start(vec![(
                "xinghe.cn",
                cnnic_record("xinghe.cn", SUBJECT, "2028-10-01"),
            )]),
            dns: Dns::start(vec![("xinghe.cn", vec![Answer::A("47.96.1.2")])]),
        }
    }

    fn file(&self, text: &str) -> PathBuf {
        let path = self.dir.path().join("a.toml");
        std::fs::write(&path, text).unwrap();
        path
    }

    /// The binary with every server on loopback and no proxy unless `env` sets one.
    fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(BIN);
        cmd.arg("check")
            .args(args)
            .env_clear()
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    }

    fn online_args(&self) -> Vec<String> {
        vec![
            "--online".into(),
            "--resolve".into(),
            "www.xinghe.cn:127.0.0.1".into(),
            "--whois-server".into(),
            format!("127.0.0.1:{}", self.whois.port),
            "--dns-server".into(),
            self.dns.addr.to_string(),
            "--timeout".into(),
            "5".into(),
        ]
    }
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn json_has_the_online_array_and_the_findings() {
    let s = Setup::new();
    let http = Http::start(vec![("/", Reply::Page("text/html", page("<p>©2026</p>")))]);
    let file = s.file(&application(&format!(
        "http://www.xinghe.cn:{}/",
        http.port
    )));
    let mut args = s.online_args();
    args.extend(["--json".into(), file.display().to_string()]);
    let out = s.run(&strs(&args), &[]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &json["files"][0];
    let online = f["online"].as_array().unwrap();
    let outcome = |check: &str| {
        online
            .iter()
            .find(|c| c["check"] == check)
            .map(|c| c["outcome"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(outcome("site"), "passed");
    assert_eq!(outcome("footer_icp"), "failed");
    assert_eq!(outcome("footer_psb"), "could_not_run");
    assert_eq!(outcome("dns"), "passed");
    assert_eq!(outcome("whois_registrant"), "passed");
    assert_eq!(outcome("whois_expiry"), "passed");
    let codes: Vec<&str> = f["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"FOOTER_ICP_MISSING"), "{codes:?}");
}

#[test]
fn text_shows_each_check_with_its_mark_in_both_languages() {
    let s = Setup::new();
    let http = Http::start(vec![(
        "/",
        Reply::Page(
            "text/html",
            page("<a href=\"https://beian.miit.gov.cn/\">京ICP备2026012345号-1</a>"),
        ),
    )]);
    let file = s.file(&application(&format!(
        "http://www.xinghe.cn:{}/",
        http.port
    )));
    let mut args = s.online_args();
    args.push(file.display().to_string());
    let out = s.run(&strs(&args), &[("LANG", "en_US.UTF-8")]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("Online checks"), "{text}");
    assert!(
        text.contains("✓ Footer ICP number of xinghe.cn: shows 京ICP备2026012345号-1"),
        "{text}"
    );
    assert!(
        text.contains("? Footer PSB number of xinghe.cn: could not run"),
        "{text}"
    );
    let out = s.run(&strs(&args), &[("LANG", "zh_CN.UTF-8")]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("在线检查"), "{text}");
    assert!(text.contains("✓ xinghe.cn 的底部 ICP 备案号："), "{text}");
}

#[test]
fn without_online_nothing_is_asked() {
    let s = Setup::new();
    let http = Http::start(vec![("/", Reply::Page("text/html", page("")))]);
    let file = s.file(&application(&format!(
        "http://www.xinghe.cn:{}/",
        http.port
    )));
    let out = s.run(&["--json", &file.display().to_string()], &[]);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["files"][0].get("online").is_none());
    assert!(http.requests.lock().unwrap().is_empty());
    assert!(s.whois.queries.lock().unwrap().is_empty());
}

#[test]
fn bad_option_values_are_named_and_exit_2() {
    let s = Setup::new();
    let file = s.file(&application("http://www.xinghe.cn/"));
    let f = file.display().to_string();
    for (args, needle) in [
        (
            vec!["--online", "--resolve", "www.xinghe.cn", &f],
            "--resolve",
        ),
        (
            vec!["--online", "--whois-server", "a:b", &f],
            "--whois-server",
        ),
        (
            vec!["--online", "--dns-server", "localhost", &f],
            "--dns-server",
        ),
        (vec!["--online", "--timeout", "0", &f], "--timeout"),
    ] {
        let out = s.run(&args, &[("LANG", "en_US.UTF-8")]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(needle), "{err}");
    }
    // The options mean nothing without --online: refused, not silently ignored.
    let out = s.run(&["--resolve", "www.xinghe.cn:127.0.0.1", &f], &[]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_proxy_from_the_environment_is_used_and_no_proxy_bypasses_it() {
    let s = Setup::new();
    let proxy = Http::start(vec![(
        "/",
        Reply::Page(
            "text/html",
            page("<a href=\"https://beian.miit.gov.cn/\">京ICP备2026012345号-1</a>"),
        ),
    )]);
    // www.xinghe.cn is pinned to loopback and nothing listens on the URL's port: only the
    // proxy can answer.
    let closed = closed_port();
    let file = s.file(&application(&format!("http://www.xinghe.cn:{closed}/")));
    let mut args = s.online_args();
    args.extend(["--json".into(), file.display().to_string()]);
    let proxy_url = format!("http://127.0.0.1:{}", proxy.port);
    let out = s.run(&strs(&args), &[("HTTPS_PROXY", &proxy_url)]);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let site = json["files"][0]["online"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "site")
        .unwrap()
        .clone();
    assert_eq!(site["outcome"], "passed", "{site}");
    // ureq tunnels through the proxy (CONNECT), then asks for the page inside the tunnel.
    assert_eq!(
        proxy.requests.lock().unwrap().as_slice(),
        [
            format!("CONNECT www.xinghe.cn:{closed} HTTP/1.1"),
            "GET / HTTP/1.1".to_string()
        ]
    );

    // NO_PROXY: the request goes straight to the pinned address, where nothing listens;
    // the proxy is not asked.
    let out = s.run(
        &strs(&args),
        &[("HTTPS_PROXY", &proxy_url), ("NO_PROXY", "www.xinghe.cn")],
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let site = json["files"][0]["online"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "site")
        .unwrap()
        .clone();
    assert_ne!(site["outcome"], "passed", "{site}");
    assert_eq!(proxy.requests.lock().unwrap().len(), 2);
}
