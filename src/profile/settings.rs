//! `settings.toml`: the user's choices that outlive one application.

use serde::Deserialize;
use toml::{Table, Value};

use crate::model::{ParseError, from_toml_with_path};

pub const SETTINGS_FILE: &str = "settings.toml";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    /// A UI language tag such as `en-US` or `zh-CN`; `None` means "follow the system".
    pub language: Option<String>,
    /// The id of the application opened last, to resume it.
    pub last_application: Option<String>,
    /// `light`, `dark` or `auto` (the terminal's background); `None` is `auto`.
    pub theme: Option<String>,
    /// `unicode`, `ascii` or `auto` (by the terminal's width of ambiguous symbols).
    pub symbols: Option<String>,
    /// Where in `last_application` the user was (`[resume]`): UI state, kept here and never
    /// in the application file.
    pub resume: Option<Resume>,
    /// Keys this version does not know, written back unchanged.
    pub extra: Table,
}

/// `[resume]`: the screen, step and place the user left. The values are only read as text
/// here; the app decides what they still point at (a website removed meanwhile).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resume {
    /// `"list"` or `"wizard"`.
    pub screen: Option<String>,
    /// The wizard's step (`"websites"`).
    pub step: Option<String>,
    /// The place within the step: a field's dotted path (`websites[1].registration.registrar`)
    /// or an item (`websites[1]`, `tracker[2]`).
    pub at: Option<String>,
    /// Keys of `[resume]` this version does not know, written back unchanged.
    pub extra: Table,
}

/// The keys this version reads; everything else goes to `extra`.
#[derive(Deserialize)]
struct Known {
    language: Option<String>,
    last_application: Option<String>,
    theme: Option<String>,
    symbols: Option<String>,
    resume: Option<KnownResume>,
}

#[derive(Deserialize)]
struct KnownResume {
    screen: Option<String>,
    step: Option<String>,
    at: Option<String>,
}

const KNOWN_KEYS: [&str; 5] = ["language", "last_application", "theme", "symbols", "resume"];
const RESUME_KEYS: [&str; 3] = ["screen", "step", "at"];

impl Settings {
    /// Parses settings with line-and-field errors, keeping unknown keys.
    pub fn from_toml_str(text: &str) -> Result<Settings, ParseError> {
        let known: Known = from_toml_with_path(text)?;
        // Already parsed once above, so this cannot fail; fall back to empty all the same.
        let mut extra: Table = text.parse().unwrap_or_default();
        let mut resume_extra = match extra.get("resume") {
            Some(Value::Table(table)) => table.clone(),
            _ => Table::new(),
        };
        for key in KNOWN_KEYS {
            extra.remove(key);
        }
        for key in RESUME_KEYS {
            resume_extra.remove(key);
        }
        Ok(Settings {
            language: known.language,
            last_application: known.last_application,
            theme: known.theme,
            symbols: known.symbols,
            resume: known.resume.map(|r| Resume {
                screen: r.screen,
                step: r.step,
                at: r.at,
                extra: resume_extra,
            }),
            extra,
        })
    }

    pub fn to_toml_string(&self) -> String {
        let mut table = Table::new();
        if let Some(language) = &self.language {
            table.insert("language".into(), Value::String(language.clone()));
        }
        if let Some(id) = &self.last_application {
            table.insert("last_application".into(), Value::String(id.clone()));
        }
        for (key, value) in [("theme", &self.theme), ("symbols", &self.symbols)] {
            if let Some(value) = value {
                table.insert(key.into(), Value::String(value.clone()));
            }
        }
        if let Some(resume) = &self.resume {
            let mut inner = Table::new();
            for (key, value) in [
                ("screen", &resume.screen),
                ("step", &resume.step),
                ("at", &resume.at),
            ] {
                if let Some(value) = value {
                    inner.insert(key.into(), Value::String(value.clone()));
                }
            }
            for (key, value) in &resume.extra {
                inner.entry(key.clone()).or_insert_with(|| value.clone());
            }
            table.insert("resume".into(), Value::Table(inner));
        }
        for (key, value) in &self.extra {
            table.entry(key.clone()).or_insert_with(|| value.clone());
        }
        toml::to_string_pretty(&table).expect("a table always serializes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ParseErrorKind;

    #[test]
    fn round_trip_keeps_unknown_keys() {
        let text = "language = \"zh-CN\"\nsparkles = \"many\"\n\n[future]\nx = 1\n";
        let settings = Settings::from_toml_str(text).unwrap();
        assert_eq!(settings.language.as_deref(), Some("zh-CN"));
        assert_eq!(settings.last_application, None);
        assert_eq!(settings.extra.len(), 2);
        let again = Settings::from_toml_str(&settings.to_toml_string()).unwrap();
        assert_eq!(again, settings);
    }

    #[test]
    fn theme_and_symbols_are_read_and_written() {
        let text = "theme = \"light\"\nsymbols = \"ascii\"\n";
        let settings = Settings::from_toml_str(text).unwrap();
        assert_eq!(settings.theme.as_deref(), Some("light"));
        assert_eq!(settings.symbols.as_deref(), Some("ascii"));
        assert!(settings.extra.is_empty());
        assert_eq!(settings.to_toml_string(), text);
    }

    #[test]
    fn resume_round_trips_with_its_unknown_keys() {
        let text = "last_application = \"a\"\n\n[resume]\nscreen = \"wizard\"\nstep = \"websites\"\nat = \"websites[1].registration.registrar\"\nzoom = 2\n";
        let settings = Settings::from_toml_str(text).unwrap();
        let resume = settings.resume.as_ref().unwrap();
        assert_eq!(resume.step.as_deref(), Some("websites"));
        assert_eq!(
            resume.at.as_deref(),
            Some("websites[1].registration.registrar")
        );
        assert!(resume.extra.contains_key("zoom"));
        assert!(!settings.extra.contains_key("resume"));
        let again = Settings::from_toml_str(&settings.to_toml_string()).unwrap();
        assert_eq!(again, settings);
    }

    #[test]
    fn a_resume_of_the_wrong_type_names_its_field() {
        let err = Settings::from_toml_str("[resume]\nstep = 3\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert_eq!(err.field.as_deref(), Some("resume.step"));
    }

    #[test]
    fn empty_text_is_default() {
        assert_eq!(Settings::from_toml_str("").unwrap(), Settings::default());
        assert_eq!(Settings::default().to_toml_string(), "");
    }

    #[test]
    fn wrong_type_names_line_and_field() {
        let err = Settings::from_toml_str("\nlanguage = 5\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert_eq!(err.field.as_deref(), Some("language"));
        assert!(matches!(err.kind, ParseErrorKind::WrongType { .. }));
    }
}
