//! icp-tui: prepare and keep a China ICP filing (ICP备案) from the terminal.
//!
//! The saved model (`model`), the filing rules as data (`rules`), pure validators
//! (`validate`) and the check engine know nothing of the terminal; `app` is the
//! interactive UI and `cli` the command line around both.

pub mod app;
pub mod appinfo;
pub mod cli;
pub mod engine;
pub mod files;
pub mod i18n;
pub mod input;
pub mod model;
pub mod online;
pub mod profile;
pub mod report;
pub mod rules;
pub mod signals;
pub mod terminal;
pub mod transfer;
pub mod ui;
pub mod validate;
