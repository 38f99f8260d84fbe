//! What the filing form asks about an app, read from the files a developer already has:
//! certificates, APKs and IPAs (`icp-tui app-info`), and the icon files of an application.

pub mod icon;

pub use icon::icon_facts;
