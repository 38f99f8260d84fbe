//! Why a file of the profile could not be read, in the user's language: one sentence per
//! kind of I/O error that says what to do, the same words in the list and in `status`.

use std::io::ErrorKind;

use crate::i18n::{Localizer, arg_str};
use crate::profile::LoadErrorReason;

/// The reason a profile file could not be opened: parse errors with line and field, I/O
/// errors by kind, files above the size limit.
pub fn load_reason(reason: &LoadErrorReason, tr: &Localizer) -> String {
    match reason {
        LoadErrorReason::Parse(p) => super::parse_error(p, tr),
        LoadErrorReason::Io { kind, message } => io_reason(*kind, message, tr),
        LoadErrorReason::TooLarge { bytes, limit } => super::too_large(*bytes, *limit, tr),
    }
}

/// One localized sentence per kind; the system's own (English) text only as a detail where
/// the kind alone does not say enough.
pub fn io_reason(kind: ErrorKind, detail: &str, tr: &Localizer) -> String {
    let id = match kind {
        ErrorKind::PermissionDenied => "read-io-permission-denied",
        ErrorKind::NotFound => "read-io-not-found",
        ErrorKind::IsADirectory => "read-io-is-a-directory",
        // The profile's reader refuses FIFOs, devices and sockets with this kind.
        ErrorKind::InvalidInput => "read-io-not-a-regular-file",
        ErrorKind::InvalidData => "read-io-invalid-data",
        _ => "read-io-other",
    };
    tr.ta(id, &[("detail", arg_str(detail))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn each_kind_has_its_own_sentence_in_both_languages() {
        let kinds = [
            ErrorKind::PermissionDenied,
            ErrorKind::NotFound,
            ErrorKind::IsADirectory,
            ErrorKind::InvalidInput,
            ErrorKind::InvalidData,
            ErrorKind::Other,
        ];
        for lang in [Lang::EnUs, Lang::ZhCn] {
            let tr = Localizer::new(lang);
            let texts: Vec<String> = kinds
                .iter()
                .map(|k| io_reason(*k, "OS TEXT", &tr))
                .collect();
            let mut unique = texts.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), kinds.len(), "{texts:?}");
            // The OS's English text is no sentence of its own: a detail where it helps.
            assert!(!texts[0].contains("OS TEXT"), "{}", texts[0]);
            assert!(texts[5].contains("OS TEXT"), "{}", texts[5]);
        }
        let zh = io_reason(ErrorKind::PermissionDenied, "", &Localizer::new(Lang::ZhCn));
        assert!(zh.contains("权限"), "{zh}");
    }
}
