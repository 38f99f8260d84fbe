//! What the filing form asks about an app, read from the files a developer already has:
//! a certificate (PEM or DER), an APK or an IPA (`icp-tui app-info`). The icon files an
//! application names are looked at in `files::icons`.

mod apk;
pub mod axml;
pub mod cert;
mod ipa;
mod pkcs7;
pub mod signing_block;

use serde::Serialize;

pub use cert::{CertInfo, DebugKind};

/// One signing certificate and where it was found (`v1`, `v2`, `v3`, `profile`, `file`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Signer {
    pub schemes: Vec<&'static str>,
    #[serde(flatten)]
    pub cert: CertInfo,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Certificate,
    Apk,
    Ipa,
}

/// Everything read from one file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AppInfo {
    pub kind: FileKind,
    /// Android package name or iOS bundle id.
    pub identifier: Option<String>,
    /// The IPA's display name, when it has one.
    pub name: Option<String>,
    pub signers: Vec<Signer>,
    /// The IPA's provisioning profile allows debugging (`get-task-allow`).
    pub get_task_allow: Option<bool>,
}

impl AppInfo {
    /// A debug or development build: its values stop matching once the app is signed for
    /// release (research-delta-2026-12.md §1.3).
    pub fn is_debug(&self) -> bool {
        self.get_task_allow == Some(true) || self.signers.iter().any(|s| s.cert.debug.is_some())
    }
}

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AppInfoError {
    /// Not a certificate, an APK or an IPA.
    Unknown,
    /// Recognised, but broken: the reason from the parser.
    Broken { kind: FileKind, reason: String },
    /// The file could not be read (the system's reason).
    Unreadable(String),
}

/// Reads a file from disk (the callers are the CLI and the TUI's runtime, never the engine).
pub fn read_path(path: &std::path::Path) -> Result<AppInfo, AppInfoError> {
    let bytes = std::fs::read(path).map_err(|e| AppInfoError::Unreadable(e.to_string()))?;
    read(&bytes)
}

/// Reads a certificate, APK or IPA from its bytes; the kind is told by the content.
pub fn read(bytes: &[u8]) -> Result<AppInfo, AppInfoError> {
    let broken = |kind| move |reason| AppInfoError::Broken { kind, reason };
    if bytes.starts_with(b"PK\x03\x04") {
        let is_ipa = {
            let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
                .map_err(|e| broken(FileKind::Apk)(e.to_string()))?;
            zip.file_names()
                .filter_map(Result::ok)
                .any(|n| n.starts_with("Payload/"))
        };
        if is_ipa {
            let ipa = ipa::read(bytes).map_err(broken(FileKind::Ipa))?;
            return Ok(AppInfo {
                kind: FileKind::Ipa,
                identifier: ipa.bundle_id,
                name: ipa.name,
                signers: ipa.signers,
                get_task_allow: ipa.get_task_allow,
            });
        }
        let apk = apk::read(bytes).map_err(broken(FileKind::Apk))?;
        return Ok(AppInfo {
            kind: FileKind::Apk,
            identifier: apk.package,
            name: None,
            signers: apk.signers,
            get_task_allow: None,
        });
    }
    let looks_like_cert =
        bytes.starts_with(&[0x30]) || bytes.windows(10).any(|w| w == b"-----BEGIN");
    if !looks_like_cert {
        return Err(AppInfoError::Unknown);
    }
    let cert = cert::from_file_bytes(bytes).map_err(broken(FileKind::Certificate))?;
    Ok(AppInfo {
        kind: FileKind::Certificate,
        identifier: None,
        name: None,
        signers: vec![Signer {
            schemes: vec!["file"],
            cert,
        }],
        get_task_allow: None,
    })
}
