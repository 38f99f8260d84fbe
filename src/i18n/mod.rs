//! User-facing text: Fluent messages embedded from `locales/`, a bundle per file and language.

mod lang;

pub use lang::{Lang, choose, locale_from_env};

use std::sync::OnceLock;

use fluent::{FluentArgs, FluentResource, FluentValue};

// `SOURCES`, `FILES` and `MESSAGE_FILES`, made by build.rs from locales/.
include!(concat!(env!("OUT_DIR"), "/messages.rs"));

// The concurrent kind: a localizer is shared by the threads of `check`.
type Bundle = fluent::concurrent::FluentBundle<FluentResource>;

/// Formats messages in one language. A message file is parsed when one of its messages is
/// first asked for: a screen parses what it shows, not every text of the app (no message
/// refers to another, so each file is a bundle of its own).
pub struct Localizer {
    lang: Lang,
    /// One bundle per message file (in `FILES` order); none at all for `ids_only`.
    files: Box<[OnceLock<Bundle>]>,
}

impl Localizer {
    pub fn new(lang: Lang) -> Localizer {
        Localizer {
            lang,
            files: (0..FILES).map(|_| OnceLock::new()).collect(),
        }
    }

    /// No messages: every text shows as its id. For building the command line's parser,
    /// whose texts only help and errors show.
    pub fn ids_only(lang: Lang) -> Localizer {
        Localizer {
            lang,
            files: Box::new([]),
        }
    }

    /// Parses now the files that define `ids`, on a thread that would otherwise wait, rather
    /// than when their texts are first drawn.
    pub fn prepare(&self, ids: &[&str]) {
        for id in ids {
            self.bundle_for(id);
        }
    }

    /// The bundle of the file that defines `id` in this language, parsed now if it was not.
    fn bundle_for(&self, id: &str) -> Option<&Bundle> {
        let found = MESSAGE_FILES
            .binary_search_by(|(key, _)| (*key).cmp(id))
            .ok()?;
        let file = usize::from(MESSAGE_FILES[found].1[self.lang.index()]);
        let slot = self.files.get(file)?;
        Some(slot.get_or_init(|| parse_file(self.lang, file)))
    }

    /// The message files parsed so far, by name (`main.ftl`, …): what the screens drawn so
    /// far have cost.
    pub fn parsed_files(&self) -> Vec<&'static str> {
        self.files
            .iter()
            .enumerate()
            .filter(|(_, slot)| slot.get().is_some())
            .map(|(file, _)| SOURCES[self.lang.index() * FILES + file].1)
            .collect()
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message without arguments. An unknown id shows as itself: visible, never a crash.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with arguments: `tr.ta("days-left", &[("days", 3.into())])`.
    pub fn ta(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// Whether a message exists (for ids built from data, such as finding codes).
    pub fn has(&self, id: &str) -> bool {
        self.bundle_for(id).is_some_and(|b| b.has_message(id))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(bundle) = self.bundle_for(id) else {
            return id.to_string();
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// The bundle of one message file of `lang` (`file`: its place in `FILES`).
fn parse_file(lang: Lang, file: usize) -> Bundle {
    let (_, name, text) = SOURCES[lang.index() * FILES + file];
    let resource = FluentResource::try_new(text.to_string())
        .unwrap_or_else(|_| panic!("locales/{}/{name} must parse (tested)", lang.tag()));
    let langid = lang.tag().parse().expect("shipped tags are valid");
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // Isolation marks would leak into test output, logs and the clipboard; en and zh are
    // both left-to-right.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .unwrap_or_else(|_| panic!("locales/{}/{name} has duplicate ids (tested)", lang.tag()));
    bundle
}

/// Shorthand for a string argument.
pub fn arg_str(value: &str) -> FluentValue<'static> {
    FluentValue::from(value.to_string())
}

/// Shorthand for a number argument.
pub fn arg_num(value: i64) -> FluentValue<'static> {
    FluentValue::from(value)
}
