//! Application ids: the file stem of `applications/<id>.toml`.
//!
//! New ids are `YYYYMMDD-NNN` (the creation day in China, then a per-day counter): short,
//! safe on every filesystem, unique within the profile, and sorted by creation when listed
//! by name. Files a user drops in by hand keep whatever stem they have, so any stem that
//! cannot escape the folder is accepted as an id.

use crate::model::Date;

/// The longest id accepted; far beyond anything icp-tui makes.
const MAX_LEN: usize = 200;

/// Whether `id` names a file inside `applications/` and nothing else.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_LEN
        && !id.starts_with('.')
        && !id
            .chars()
            .any(|c| c == '/' || c == '\\' || c == ':' || c.is_control())
}

/// The `n`-th id of `day` (n starts at 1).
pub fn id_for(day: Date, n: u32) -> String {
    let d = day.0;
    format!("{:04}{:02}{:02}-{n:03}", d.year(), d.month(), d.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_and_sort_by_day_then_counter() {
        let day = Date::parse("2026-11-22").unwrap();
        assert_eq!(id_for(day, 1), "20261122-001");
        assert!(id_for(day, 2) < id_for(day, 10));
        assert!(id_for(day, 999) < id_for(day.add_days(1), 1));
        assert!(is_valid_id(&id_for(day, 1)));
    }

    #[test]
    fn ids_cannot_escape_the_folder() {
        for bad in [
            "", ".", "..", "../x", "a/b", "a\\b", ".hidden", "a\0b", "c:x",
        ] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
        for good in ["20261122-001", "张三", "my app", "a.b"] {
            assert!(is_valid_id(good), "{good:?}");
        }
    }
}
