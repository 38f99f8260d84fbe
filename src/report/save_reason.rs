//! Why a file of the profile could not be saved, in the user's language: the counterpart of
//! `read_reason` for writes (the status line after a failed save, the quit message, the
//! profile store's errors). One sentence per kind, the system's own text only as a detail.

use std::io::ErrorKind;

use crate::i18n::{Localizer, arg_str};
use crate::profile::{ProfileError, ProfileErrorKind};

/// The reason a save, delete or settings write of the profile failed.
pub fn save_reason(error: &ProfileError, tr: &Localizer) -> String {
    match (&error.kind, &error.source) {
        (ProfileErrorKind::Unreadable(load), _) => tr.ta(
            "save-refused-unreadable",
            &[("reason", arg_str(&super::load_reason(&load.reason, tr)))],
        ),
        (ProfileErrorKind::Locked, _) => tr.t("save-locked"),
        (ProfileErrorKind::ReadOnly, _) => tr.t("save-read-only"),
        (_, Some(source)) => write_reason(source.kind(), &source.to_string(), tr),
        (kind, None) => write_reason(ErrorKind::Other, kind.code(), tr),
    }
}

/// One localized sentence per kind of I/O error met while writing.
pub fn write_reason(kind: ErrorKind, detail: &str, tr: &Localizer) -> String {
    let id = match kind {
        ErrorKind::PermissionDenied => "save-io-permission-denied",
        ErrorKind::ReadOnlyFilesystem => "save-io-read-only-filesystem",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "save-io-storage-full",
        ErrorKind::NotFound => "save-io-not-found",
        ErrorKind::IsADirectory => "save-io-is-a-directory",
        _ => "save-io-other",
    };
    tr.ta(id, &[("detail", arg_str(detail))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use std::path::PathBuf;

    fn denied() -> ProfileError {
        ProfileError {
            kind: ProfileErrorKind::NotWritable,
            path: PathBuf::from("/profile/applications/a.toml"),
            source: Some(std::io::Error::from(ErrorKind::PermissionDenied)),
        }
    }

    #[test]
    fn a_denied_save_is_said_in_the_users_language() {
        let en = save_reason(&denied(), &Localizer::new(Lang::EnUs));
        assert!(en.contains("permission denied"), "{en}");
        assert!(en.contains("writ"), "{en}");
        let zh = save_reason(&denied(), &Localizer::new(Lang::ZhCn));
        assert!(zh.contains("权限"), "{zh}");
        // The system's English text is no sentence of its own here.
        assert!(!zh.contains("denied"), "{zh}");
        assert!(
            zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{zh}"
        );
    }

    #[test]
    fn each_kind_has_its_own_sentence_in_both_languages() {
        let kinds = [
            ErrorKind::PermissionDenied,
            ErrorKind::ReadOnlyFilesystem,
            ErrorKind::StorageFull,
            ErrorKind::NotFound,
            ErrorKind::IsADirectory,
            ErrorKind::Other,
        ];
        for lang in [Lang::EnUs, Lang::ZhCn] {
            let tr = Localizer::new(lang);
            let mut texts: Vec<String> = kinds
                .iter()
                .map(|k| write_reason(*k, "OS TEXT", &tr))
                .collect();
            assert!(texts[5].contains("OS TEXT"), "{}", texts[5]);
            assert!(!texts[0].contains("OS TEXT"), "{}", texts[0]);
            texts.sort();
            texts.dedup();
            assert_eq!(texts.len(), kinds.len());
        }
    }

    #[test]
    fn a_locked_or_read_only_profile_says_so() {
        let tr = Localizer::new(Lang::EnUs);
        let mut e = denied();
        e.kind = ProfileErrorKind::Locked;
        assert_eq!(save_reason(&e, &tr), tr.t("save-locked"));
        e.kind = ProfileErrorKind::ReadOnly;
        assert_eq!(save_reason(&e, &tr), tr.t("save-read-only"));
    }
}
