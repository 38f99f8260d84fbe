//! Pure validators for the values a filing asks for.
//!
//! Each validator normalizes what a person typed, checks it rule by rule in a fixed
//! order and stops at the first failing rule, which it reports as an enum whose
//! `as_code()` is a stable machine code (the `code` strings of the shared test
//! vectors). No validator prints, reads the clock or holds rule data of its own
//! beyond the algorithms: dates and province knowledge come in as parameters, word
//! and suffix lists come from `assets/`. See `docs/validators.md`.

pub mod domain;
pub mod email;
pub mod icp_number;
pub mod id_card;
pub mod phone;
pub mod psb_number;
pub mod sourced;
pub mod uscc;
pub mod website_name;

mod text;

/// Answers whether a two-digit GB/T 2260 province-level code (`"11"`, `"44"` …) is
/// known. The province table lives in `assets/`; validators only ask.
pub type KnownProvince<'a> = &'a dyn Fn(&str) -> bool;
