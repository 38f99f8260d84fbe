//! The saved model: the application file format of `shared/spec/application-format.md`.

mod application;
mod codec;
mod dates;
mod errors;
mod kinds;
mod merge;
mod typed_dates;

pub use application::*;
pub use codec::{ParseError, ParseErrorKind, from_builtin, from_toml_with_path};
pub use dates::{Date, Instant, china_offset};
pub use errors::{Expected, Found, mask};
pub use kinds::*;
pub use merge::write_over;
pub use typed_dates::TypedDate;

#[cfg(test)]
mod tests;
