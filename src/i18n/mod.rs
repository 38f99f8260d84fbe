//! User-facing text: Fluent messages embedded from `locales/`, one bundle per language.

mod lang;

pub use lang::{Lang, choose, locale_from_env};

use fluent::{FluentArgs, FluentResource, FluentValue};

/// Embeds one file name from both `locales/en-US` and `locales/zh-CN`.
macro_rules! sources {
    ($($file:literal),+ $(,)?) => {
        &[
            $((Lang::EnUs, $file, include_str!(concat!("../../locales/en-US/", $file))),)+
            $((Lang::ZhCn, $file, include_str!(concat!("../../locales/zh-CN/", $file))),)+
        ]
    };
}

/// The message files of each language, in load order.
pub const SOURCES: &[(Lang, &str, &str)] = sources!(
    "main.ftl",
    "cli.ftl",
    "findings.ftl",
    "data.ftl",
    "status.ftl",
    "watch.ftl",
    "saving.ftl",
    "errors.ftl",
    "readiness.ftl",
    "people.ftl",
    "online.ftl",
    "after-approval.ftl",
    "apps.ftl",
    "session.ftl",
    "trust.ftl",
    "transfer.ftl",
    "list.ftl",
    "looks.ftl",
    "fit.ftl",
    "habits.ftl",
    "firstframe.ftl",
    "importing.ftl",
);

// The concurrent kind: a localizer can then be made on another core while this one opens the
// profile (the first frame waits for it).
type Bundle = fluent::concurrent::FluentBundle<FluentResource>;

/// Formats messages in one language.
pub struct Localizer {
    lang: Lang,
    bundle: Bundle,
}

/// The parsed message files of one language.
pub struct Messages {
    lang: Lang,
    resources: Vec<FluentResource>,
}

impl Messages {
    /// Every message file of `lang`.
    pub fn parse(lang: Lang) -> Messages {
        Messages::parse_files(lang, &[])
    }

    /// Only the named files (`&[]`: all), for commands that need few messages.
    pub fn parse_files(lang: Lang, only: &[&str]) -> Messages {
        let resources = SOURCES
            .iter()
            .filter(|(file_lang, name, _)| {
                *file_lang == lang && (only.is_empty() || only.contains(name))
            })
            .map(|(_, name, text)| {
                FluentResource::try_new(text.to_string())
                    .unwrap_or_else(|_| panic!("locales/{}/{name} must parse (tested)", lang.tag()))
            })
            .collect();
        Messages { lang, resources }
    }
}

impl Localizer {
    pub fn new(lang: Lang) -> Localizer {
        Localizer::from_messages(Messages::parse(lang))
    }

    /// The messages of the command line only (help, errors): quick to build.
    pub fn command_line(lang: Lang) -> Localizer {
        Localizer::from_messages(Messages::parse_files(
            lang,
            &[
                "main.ftl",
                "cli.ftl",
                "errors.ftl",
                "after-approval.ftl",
                "online.ftl",
                "session.ftl",
                "trust.ftl",
                "transfer.ftl",
                "looks.ftl",
                "habits.ftl",
                "importing.ftl",
            ],
        ))
    }

    /// No messages: every text shows as its id. For building the command line's parser,
    /// whose texts only help and errors show (those are made with `command_line`).
    pub fn ids_only(lang: Lang) -> Localizer {
        Localizer::from_messages(Messages {
            lang,
            resources: Vec::new(),
        })
    }

    pub fn from_messages(messages: Messages) -> Localizer {
        let lang = messages.lang;
        let langid = lang.tag().parse().expect("shipped tags are valid");
        let mut bundle = Bundle::new_concurrent(vec![langid]);
        // Isolation marks would leak into test output, logs and the clipboard; en and zh are
        // both left-to-right.
        bundle.set_use_isolating(false);
        for resource in messages.resources {
            bundle
                .add_resource(resource)
                .unwrap_or_else(|_| panic!("locales/{} has duplicate ids (tested)", lang.tag()));
        }
        Localizer { lang, bundle }
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
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// Shorthand for a string argument.
pub fn arg_str(value: &str) -> FluentValue<'static> {
    FluentValue::from(value.to_string())
}

/// Shorthand for a number argument.
pub fn arg_num(value: i64) -> FluentValue<'static> {
    FluentValue::from(value)
}
