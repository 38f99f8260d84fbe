//! Terminal-independent UI pieces shared by every screen.

pub mod clipboard;
pub mod text_input;
pub mod wrap;
