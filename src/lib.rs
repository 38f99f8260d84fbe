//! icp-tui: prepare and keep a China ICP filing (ICP备案) from the terminal.

pub mod model;
pub mod rules;
