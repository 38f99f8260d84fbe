//! The rules in force as the app holds them. The built-in rules are read on another core from
//! the moment the arguments are parsed (`prepare_builtin`); the TUI's first frame, the list
//! still being read, needs only their origin and as-of date, so it is drawn without waiting for
//! them. Whatever needs a rule first (the list's reader, a filing opened) waits there instead.

use std::ops::Deref;
use std::sync::Arc;

use super::{Rules, RulesOrigin};
use crate::model::Date;

/// The newest source date of the built-in files, found by build.rs (a test compares it with
/// the parsed rules' own).
const BUILTIN_AS_OF: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin_as_of.txt"));

/// Rules loaded (an override applied), or the built-in rules, which may still be being read.
#[derive(Clone, Debug)]
pub struct SharedRules(Held);

#[derive(Clone, Debug)]
enum Held {
    Loaded(Arc<Rules>),
    Builtin,
}

impl SharedRules {
    /// The built-in rules, whether or not they have been read yet.
    pub fn builtin() -> SharedRules {
        SharedRules(Held::Builtin)
    }

    /// The rules themselves, to keep or hand to another thread (waits for the built-in rules).
    pub fn shared(&self) -> Arc<Rules> {
        match &self.0 {
            Held::Loaded(rules) => Arc::clone(rules),
            Held::Builtin => Rules::builtin_shared(),
        }
    }

    /// Where the rules come from, without waiting for them.
    pub fn source(&self) -> &RulesOrigin {
        match &self.0 {
            Held::Loaded(rules) => rules.source(),
            Held::Builtin => &RulesOrigin::Builtin,
        }
    }

    /// The newest source's date (`Rules::as_of`), without waiting for the built-in rules.
    pub fn as_of(&self) -> Date {
        match &self.0 {
            Held::Loaded(rules) => rules.as_of(),
            Held::Builtin => Date::parse(BUILTIN_AS_OF)
                .expect("build.rs writes the built-in as-of date as YYYY-MM-DD"),
        }
    }
}

impl From<Arc<Rules>> for SharedRules {
    fn from(rules: Arc<Rules>) -> SharedRules {
        SharedRules(Held::Loaded(rules))
    }
}

impl Deref for SharedRules {
    type Target = Rules;

    fn deref(&self) -> &Rules {
        match &self.0 {
            Held::Loaded(rules) => rules,
            Held::Builtin => Rules::builtin(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_handle_says_what_the_parsed_rules_say() {
        let handle = SharedRules::builtin();
        assert_eq!(handle.as_of(), Rules::builtin().as_of());
        assert_eq!(handle.source(), Rules::builtin().source());
        assert!(Arc::ptr_eq(&handle.shared(), &Rules::builtin_shared()));
        assert_eq!(handle.provinces().len(), 31);
    }

    #[test]
    fn a_loaded_handle_is_those_rules() {
        let text = "format = \"icp-tui/rules-override\"\nversion = 1\n";
        let rules =
            Arc::new(Rules::with_override_file(text, std::path::Path::new("o.toml")).unwrap());
        let handle = SharedRules::from(Arc::clone(&rules));
        assert_eq!(handle.source(), rules.source());
        assert_eq!(handle.as_of(), rules.as_of());
        assert!(Arc::ptr_eq(&handle.shared(), &rules));
    }
}
