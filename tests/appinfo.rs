//! `icp-tui app-info` on certificates made with openssl, an APK assembled here (binary
//! manifest, a v1 PKCS#7 signature and an APK Signing Block with v2 and v3 signers) and an
//! IPA with a provisioning profile; fingerprints compared with openssl's own output
//! (tests/data/appinfo/fingerprints.txt, commands in the README there).

use std::io::Write;
use std::path::Path;
use std::process::Command;

use icp_tui::appinfo::{self, DebugKind, FileKind, axml, signing_block};

const BIN: &str = env!("CARGO_BIN_EXE_icp-tui");
const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/appinfo");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(DIR).join(name)).unwrap()
}

/// openssl's fingerprint of a certificate: `release md5` → "80:19:…".
fn openssl(cert: &str, what: &str) -> String {
    let text = String::from_utf8(fixture("fingerprints.txt")).unwrap();
    let prefix = format!("{cert} {what} ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{prefix}"))
        .to_string()
}

fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            w.start_file(*name, options).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap();
    }
    out.into_inner()
}

fn apk(v1: bool, block: &[(u32, &[u8])]) -> Vec<u8> {
    let manifest = axml::build_manifest("cn.xinghe.notes");
    let rsa = fixture("CERT.RSA");
    let sf = fixture("CERT.SF");
    let mut entries: Vec<(&str, &[u8])> = vec![
        ("AndroidManifest.xml", &manifest),
        ("classes.dex", b"dex\n035\0"),
    ];
    if v1 {
        entries.push(("META-INF/CERT.SF", &sf));
        entries.push(("META-INF/CERT.RSA", &rsa));
    }
    let plain = zip(&entries);
    if block.is_empty() {
        return plain;
    }
    signing_block::insert_block(&plain, &signing_block::build_block(block)).unwrap()
}

fn assert_matches_openssl(cert: &appinfo::CertInfo, name: &str) {
    assert_eq!(cert.md5, openssl(name, "md5"));
    assert_eq!(cert.sha1, openssl(name, "sha1"));
    assert_eq!(cert.sha256, openssl(name, "sha256"));
    assert_eq!(cert.public_key, openssl(name, "spki"));
}

#[test]
fn certificates_in_pem_and_der_give_openssls_fingerprints() {
    for (file, name) in [
        ("release.pem", "release"),
        ("release.der", "release"),
        ("debug.pem", "debug"),
        ("apple-dev.der", "apple-dev"),
    ] {
        let info = appinfo::read(&fixture(file)).unwrap();
        assert_eq!(info.kind, FileKind::Certificate);
        assert_matches_openssl(&info.signers[0].cert, name);
    }
    let release = appinfo::read(&fixture("release.pem")).unwrap();
    assert!(!release.is_debug());
    assert_eq!(release.signers[0].cert.debug, None);
    let debug = appinfo::read(&fixture("debug.der")).unwrap();
    assert_eq!(debug.signers[0].cert.debug, Some(DebugKind::AndroidDebug));
    let dev = appinfo::read(&fixture("apple-dev.pem")).unwrap();
    assert_eq!(dev.signers[0].cert.debug, Some(DebugKind::AppleDevelopment));
}

#[test]
fn an_apk_gives_its_package_and_the_certificate_of_every_scheme() {
    let release = fixture("release.der");
    let bytes = apk(
        true,
        &[(signing_block::V2, &release), (signing_block::V3, &release)],
    );
    let info = appinfo::read(&bytes).unwrap();
    assert_eq!(info.kind, FileKind::Apk);
    assert_eq!(info.identifier.as_deref(), Some("cn.xinghe.notes"));
    assert_eq!(info.signers.len(), 1, "one certificate, found three times");
    assert_eq!(info.signers[0].schemes, vec!["v1", "v2", "v3"]);
    assert_matches_openssl(&info.signers[0].cert, "release");
    assert!(!info.is_debug());

    // v2 only, signed with the debug key: said so.
    let debug = fixture("debug.der");
    let info = appinfo::read(&apk(false, &[(signing_block::V2, &debug)])).unwrap();
    assert_eq!(info.signers[0].schemes, vec!["v2"]);
    assert_matches_openssl(&info.signers[0].cert, "debug");
    assert!(info.is_debug());

    // v1 only.
    let info = appinfo::read(&apk(true, &[])).unwrap();
    assert_eq!(info.signers[0].schemes, vec!["v1"]);

    // Unsigned: no certificate, and no claim of one.
    let info = appinfo::read(&apk(false, &[])).unwrap();
    assert!(info.signers.is_empty());
}

fn ipa() -> Vec<u8> {
    let info = r#"<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>CFBundleIdentifier</key><string>cn.xinghe.notes</string>
<key>CFBundleDisplayName</key><string>星河笔记</string>
</dict></plist>"#
        .as_bytes();
    let profile = fixture("embedded.mobileprovision");
    zip(&[
        ("Payload/Notes.app/Info.plist", info),
        ("Payload/Notes.app/embedded.mobileprovision", &profile),
        ("Payload/Notes.app/Notes", b"\xcf\xfa\xed\xfe"),
    ])
}

#[test]
fn an_ipa_gives_its_bundle_id_and_the_profiles_certificate() {
    let info = appinfo::read(&ipa()).unwrap();
    assert_eq!(info.kind, FileKind::Ipa);
    assert_eq!(info.identifier.as_deref(), Some("cn.xinghe.notes"));
    assert_eq!(info.name.as_deref(), Some("星河笔记"));
    assert_eq!(info.get_task_allow, Some(true));
    assert_eq!(info.signers.len(), 1);
    assert_matches_openssl(&info.signers[0].cert, "apple-dev");
    assert!(info.is_debug());
}

#[test]
fn broken_and_unknown_files_are_refused_without_a_panic() {
    assert!(appinfo::read(b"hello").is_err());
    assert!(appinfo::read(&fixture("CERT.SF")).is_err());
    let mut bad = fixture("release.der");
    bad.truncate(100);
    assert!(appinfo::read(&bad).is_err());
    let mut apk = apk(true, &[]);
    apk.truncate(apk.len() / 2);
    assert!(appinfo::read(&apk).is_err());
}

#[test]
fn the_command_prints_the_form_values_and_exits_by_what_it_found() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.apk");
    std::fs::write(
        &path,
        apk(true, &[(signing_block::V2, &fixture("release.der"))]),
    )
    .unwrap();
    let out = Command::new(BIN)
        .args(["--lang", "en-US", "app-info"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Package name: cn.xinghe.notes"), "{text}");
    assert!(text.contains(&openssl("release", "md5")), "{text}");
    assert!(text.contains("(v1, v2)"), "{text}");
    assert!(text.contains("not verified"), "{text}");

    let out = Command::new(BIN)
        .args(["--lang", "zh-CN", "app-info", "--json"])
        .arg(Path::new(DIR).join("debug.der"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a debug certificate");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["debug"], true);
    assert_eq!(json["signers"][0]["debug"], "android_debug");
    assert_eq!(json["signers"][0]["sha1"], openssl("debug", "sha1"));

    let out = Command::new(BIN)
        .args(["--lang", "zh-CN", "app-info"])
        .arg(Path::new(DIR).join("CERT.SF"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("不是证书"));
}
