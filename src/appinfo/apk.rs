//! An Android APK: the package name from the binary manifest and the signing certificates of
//! the v1 (JAR, `META-INF/*.RSA|DSA|EC`), v2 and v3 schemes.

use std::io::{Cursor, Read};

use super::cert::{self, CertInfo};
use super::signing_block::{self, Scheme};
use super::{Signer, pkcs7};

/// Entries larger than this are not read (a manifest or signature is a few KB).
const ENTRY_LIMIT: u64 = 16 * 1024 * 1024;

pub(crate) fn read_entry<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<Vec<u8>, String> {
    let entry = zip.by_name(name).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    entry
        .take(ENTRY_LIMIT)
        .read_to_end(&mut out)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

pub struct Apk {
    pub package: Option<String>,
    pub signers: Vec<Signer>,
}

fn add(signers: &mut Vec<Signer>, scheme: &'static str, info: CertInfo) {
    match signers.iter_mut().find(|s| s.cert == info) {
        Some(s) => s.schemes.push(scheme),
        None => signers.push(Signer {
            schemes: vec![scheme],
            cert: info,
        }),
    }
}

pub fn read(bytes: &[u8]) -> Result<Apk, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let package = read_entry(&mut zip, "AndroidManifest.xml")
        .ok()
        .and_then(|xml| super::axml::manifest_package(&xml));
    let mut signers = Vec::new();
    let names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    for name in names {
        let upper = name.to_ascii_uppercase();
        let v1 = upper.starts_with("META-INF/")
            && !upper["META-INF/".len()..].contains('/')
            && [".RSA", ".DSA", ".EC"].iter().any(|e| upper.ends_with(e));
        if !v1 {
            continue;
        }
        let der = read_entry(&mut zip, &name)?;
        let signed = pkcs7::read(&der).map_err(|e| format!("{name}: {e}"))?;
        for (c, der) in &signed.certificates {
            add(&mut signers, "v1", cert::info(c, der)?);
        }
    }
    for (scheme, der) in signing_block::read(bytes) {
        let label = match scheme {
            Scheme::V2 => "v2",
            Scheme::V3 => "v3",
        };
        add(&mut signers, label, cert::from_der(&der)?);
    }
    Ok(Apk { package, signers })
}
