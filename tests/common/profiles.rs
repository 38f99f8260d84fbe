//! Profiles on disk for the tests of the list's reading.

use icp_tui::model::Application;
use icp_tui::profile::{Mode, Profile};

/// The valid enterprise filing under `title`.
pub fn enterprise(title: &str) -> Application {
    let mut app =
        Application::from_toml_str(include_str!("../data/valid_enterprise.toml")).unwrap();
    app.meta.title = Some(title.into());
    app
}

/// A temporary folder whose `p/` is a profile of `n` filings, "Client 0" to "Client n-1"
/// (ids `20261120-000` on).
pub fn profile_of(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let profile = Profile::open(dir.path().join("p"), Mode::ReadWrite).unwrap();
    for i in 0..n {
        profile
            .save(
                &format!("20261120-{i:03}"),
                &enterprise(&format!("Client {i}")),
            )
            .unwrap();
    }
    dir
}
