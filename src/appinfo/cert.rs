//! One X.509 certificate: its fingerprints and public key as the filing form asks for them,
//! and whether it is a debug or development certificate.

use md5::Md5;
use serde::Serialize;
use sha1::Sha1;
use sha2::{Digest, Sha256};
use x509_cert::Certificate;
use x509_cert::der::{Decode, DecodePem, Encode};

/// Why a certificate is not one to file with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DebugKind {
    /// The Android SDK's debug keystore: `CN=Android Debug, O=Android, C=US`.
    AndroidDebug,
    /// An Apple development certificate ("Apple Development: …", "iPhone Developer: …").
    AppleDevelopment,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CertInfo {
    pub subject: String,
    pub issuer: String,
    /// Upper-case hex, colon-separated, as keytool and openssl print them.
    pub md5: String,
    pub sha1: String,
    pub sha256: String,
    /// The DER SubjectPublicKeyInfo in lower-case hex (the form's "公钥").
    pub public_key: String,
    pub debug: Option<DebugKind>,
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn colon_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// The `key=value` parts of a distinguished name (`CN=Android Debug`, `O=Android` …).
fn parts(name: &x509_cert::name::Name) -> Vec<String> {
    name.0
        .iter()
        .flat_map(|rdn| rdn.0.iter().map(|atv| atv.to_string()))
        .collect()
}

fn debug_kind(subject: &[String]) -> Option<DebugKind> {
    let has = |p: &str| subject.iter().any(|s| s == p);
    if has("CN=Android Debug") && has("O=Android") {
        return Some(DebugKind::AndroidDebug);
    }
    let cn = subject.iter().find_map(|s| s.strip_prefix("CN="))?;
    (cn.starts_with("Apple Development") || cn.starts_with("iPhone Developer"))
        .then_some(DebugKind::AppleDevelopment)
}

/// Reads a DER certificate.
pub fn from_der(der: &[u8]) -> Result<CertInfo, String> {
    let cert = Certificate::from_der(der).map_err(|e| e.to_string())?;
    info(&cert, der)
}

/// Reads a certificate file: PEM (the first certificate) or DER.
pub fn from_file_bytes(bytes: &[u8]) -> Result<CertInfo, String> {
    if bytes.starts_with(b"-----BEGIN") || bytes.windows(11).any(|w| w == b"-----BEGIN ") {
        let text = String::from_utf8_lossy(bytes);
        let start = text
            .find("-----BEGIN CERTIFICATE-----")
            .ok_or("no CERTIFICATE block")?;
        let cert = Certificate::from_pem(&text.as_bytes()[start..]).map_err(|e| e.to_string())?;
        let der = cert.to_der().map_err(|e| e.to_string())?;
        return info(&cert, &der);
    }
    from_der(bytes)
}

pub(crate) fn info(cert: &Certificate, der: &[u8]) -> Result<CertInfo, String> {
    let tbs = &cert.tbs_certificate;
    let subject = parts(&tbs.subject);
    let spki = tbs
        .subject_public_key_info
        .to_der()
        .map_err(|e| e.to_string())?;
    Ok(CertInfo {
        subject: tbs.subject.to_string(),
        issuer: tbs.issuer.to_string(),
        md5: colon_hex(&Md5::digest(der)),
        sha1: colon_hex(&Sha1::digest(der)),
        sha256: colon_hex(&Sha256::digest(der)),
        public_key: hex(&spki),
        debug: debug_kind(&subject),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_subjects() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            debug_kind(&s(&["C=US", "O=Android", "CN=Android Debug"])),
            Some(DebugKind::AndroidDebug)
        );
        assert_eq!(
            debug_kind(&s(&["CN=iPhone Developer: A (X)"])),
            Some(DebugKind::AppleDevelopment)
        );
        assert_eq!(debug_kind(&s(&["CN=Apple Distribution: A (X)"])), None);
        assert_eq!(debug_kind(&s(&["CN=Android Debug", "O=Xinghe"])), None);
    }
}
