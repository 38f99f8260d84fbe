//! Why an app's certificate, APK or IPA could not be read, in the user's language: for
//! `icp-tui app-info` and the Apps step's Ctrl+O alike.

use crate::appinfo::{AppInfoError, FileKind};
use crate::i18n::{Localizer, arg_str};

/// The kind of file, as the messages name it.
pub fn appinfo_kind(kind: FileKind, tr: &Localizer) -> String {
    tr.t(match kind {
        FileKind::Certificate => "appinfo-kind-certificate",
        FileKind::Apk => "appinfo-kind-apk",
        FileKind::Ipa => "appinfo-kind-ipa",
    })
}

/// What went wrong reading `shown`.
pub fn appinfo_error(shown: &str, e: &AppInfoError, tr: &Localizer) -> String {
    match e {
        AppInfoError::Unreadable(reason) => tr.ta(
            "appinfo-unreadable",
            &[("path", arg_str(shown)), ("reason", arg_str(reason))],
        ),
        AppInfoError::Unknown => tr.ta("appinfo-unknown", &[("path", arg_str(shown))]),
        AppInfoError::Broken { kind, reason } => tr.ta(
            "appinfo-broken",
            &[
                ("path", arg_str(shown)),
                ("kind", arg_str(&appinfo_kind(*kind, tr))),
                ("reason", arg_str(reason)),
            ],
        ),
    }
}
