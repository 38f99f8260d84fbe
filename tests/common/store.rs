//! A store without a disk, for tests of `perform`.

use icp_tui::app::run::Store;
use icp_tui::app::state::Entry;
use icp_tui::i18n::Lang;
use icp_tui::model::Application;

/// Lists nothing and drops every save, deletion and setting; records what is exported and
/// copied. `fails` makes every export fail with that reason; `clipboard_works` is what a
/// copy answers.
#[derive(Default)]
pub struct Recorder {
    pub exported: Vec<(String, String)>,
    pub fails: Option<String>,
    pub copied: Vec<String>,
    pub clipboard_works: bool,
}

impl Store for Recorder {
    fn list(&self) -> Vec<Entry> {
        Vec::new()
    }
    fn save(&mut self, _: &str, _: &Application) -> Result<(), String> {
        Ok(())
    }
    fn delete(&mut self, _: &str) -> Result<(), String> {
        Ok(())
    }
    fn save_settings(&mut self, _: Option<Lang>, _: Option<&str>) -> Result<(), String> {
        Ok(())
    }
    fn clipboard(&mut self, text: &str) -> bool {
        self.copied.push(text.to_string());
        self.clipboard_works
    }
    fn save_export(&mut self, name: &str, text: &str) -> Result<std::path::PathBuf, String> {
        if let Some(reason) = &self.fails {
            return Err(reason.clone());
        }
        self.exported.push((name.to_string(), text.to_string()));
        Ok(format!("/profile/exports/{name}").into())
    }
}
