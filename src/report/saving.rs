//! Wording of the profile's own limits, shared by the list, `status` and `check`.

use crate::i18n::{Localizer, arg_str};

/// "12.5 MB is more than the 10 MB icp-tui reads …", with what to do.
pub fn too_large(bytes: u64, limit: u64, tr: &Localizer) -> String {
    let mb = |b: u64| format!("{:.1}", b as f64 / (1024.0 * 1024.0));
    tr.ta(
        "file-too-large",
        &[
            ("size", arg_str(&mb(bytes))),
            ("limit", arg_str(&mb(limit))),
        ],
    )
}
