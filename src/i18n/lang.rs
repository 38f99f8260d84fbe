//! The UI languages and how one is chosen.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// A language icp-tui ships.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    EnUs,
    ZhCn,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::EnUs, Lang::ZhCn];

    /// Its place in `ALL` (and in build.rs's index of the message files).
    pub(crate) fn index(self) -> usize {
        match self {
            Lang::EnUs => 0,
            Lang::ZhCn => 1,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::EnUs => "en-US",
            Lang::ZhCn => "zh-CN",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::EnUs => Lang::ZhCn,
            Lang::ZhCn => Lang::EnUs,
        }
    }

    /// Accepts exactly the tags icp-tui ships (case-insensitive, `_` or `-`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let wanted = tag.replace('_', "-").to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().to_ascii_lowercase() == wanted)
    }

    /// `--lang`: a shipped tag, or how people write one: `zh`, `zh-Hans`, `zh_CN`, `zh-SG`
    /// (Chinese in any script or region gets zh-CN, as in [`Lang::negotiate`]), `en`, `en-GB`.
    /// Anything else is `None`, never a silent English.
    pub fn from_cli(value: &str) -> Option<Lang> {
        if let Some(lang) = Lang::from_tag(value) {
            return Some(lang);
        }
        let id = value.replace('_', "-").parse::<LanguageIdentifier>().ok()?;
        match id.language.as_str() {
            "zh" => Some(Lang::ZhCn),
            "en" => Some(Lang::EnUs),
            _ => None,
        }
    }

    /// The shipped language closest to a requested tag. Chinese in any script or region
    /// (zh, zh-Hans, zh-SG, zh-TW, zh-HK) gets Simplified Chinese: Traditional Chinese is not
    /// shipped, and Simplified is closer for those readers than English. Anything else gets
    /// English.
    pub fn negotiate(requested: &str) -> Lang {
        let Ok(requested) = requested.parse::<LanguageIdentifier>() else {
            return Lang::EnUs;
        };
        let available: Vec<LanguageIdentifier> = Lang::ALL
            .iter()
            .map(|l| l.tag().parse().expect("shipped tags are valid"))
            .collect();
        let default: LanguageIdentifier = Lang::EnUs.tag().parse().expect("valid");
        let chosen = negotiate_languages(
            &[requested],
            &available,
            Some(&default),
            NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|l| Lang::from_tag(&l.to_string()))
            .unwrap_or(Lang::EnUs)
    }
}

/// The locale the environment asks for, as POSIX does it: LC_ALL, then LC_MESSAGES, then
/// LANG; the first one set and non-empty wins. "C" and "POSIX" mean no preference.
pub fn locale_from_env(
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
) -> Option<String> {
    let value = [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty())?;
    // zh_CN.UTF-8@stroke → zh_CN
    let base = value.split(['.', '@']).next().unwrap_or_default();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

/// The language from `--lang`, else the profile, else the environment, else English.
pub fn choose(cli: Option<Lang>, saved: Option<&str>, env_locale: Option<&str>) -> Lang {
    cli.or_else(|| saved.and_then(Lang::from_tag))
        .or_else(|| env_locale.map(Lang::negotiate))
        .unwrap_or(Lang::EnUs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_flag_accepts_the_usual_spellings_and_nothing_else() {
        for (value, lang) in [
            ("zh", Lang::ZhCn),
            ("zh-Hans", Lang::ZhCn),
            ("zh_CN", Lang::ZhCn),
            ("ZH-cn", Lang::ZhCn),
            ("en", Lang::EnUs),
            ("en-US", Lang::EnUs),
            ("en_GB", Lang::EnUs),
        ] {
            assert_eq!(Lang::from_cli(value), Some(lang), "{value}");
        }
        for value in ["fr", "english", "", "zh CN"] {
            assert_eq!(Lang::from_cli(value), None, "{value}");
        }
    }

    #[test]
    fn lang_values_give_the_expected_locale() {
        let table: &[(&str, Lang)] = &[
            ("zh_CN.UTF-8", Lang::ZhCn),
            ("zh_CN.GB18030", Lang::ZhCn),
            ("zh_SG.UTF-8", Lang::ZhCn),
            ("zh_TW.UTF-8", Lang::ZhCn),
            ("zh_HK.UTF-8", Lang::ZhCn),
            ("zh", Lang::ZhCn),
            ("zh-Hans", Lang::ZhCn),
            ("zh-Hans-CN", Lang::ZhCn),
            ("zh-Hant-HK", Lang::ZhCn),
            ("en_US.UTF-8", Lang::EnUs),
            ("en_GB.UTF-8", Lang::EnUs),
            ("de_DE.UTF-8", Lang::EnUs),
            ("fr_FR@euro", Lang::EnUs),
            ("C", Lang::EnUs),
            ("C.UTF-8", Lang::EnUs),
            ("POSIX", Lang::EnUs),
            ("", Lang::EnUs),
            ("not a locale!", Lang::EnUs),
        ];
        for (lang_var, expected) in table {
            let env = locale_from_env(None, None, Some(lang_var));
            assert_eq!(
                choose(None, None, env.as_deref()),
                *expected,
                "LANG={lang_var}"
            );
        }
    }

    #[test]
    fn lc_all_beats_lc_messages_beats_lang() {
        assert_eq!(
            locale_from_env(Some("zh_CN.UTF-8"), Some("en_US"), Some("en_US")).as_deref(),
            Some("zh-CN")
        );
        assert_eq!(
            locale_from_env(None, Some("zh_CN"), Some("en_US")).as_deref(),
            Some("zh-CN")
        );
        assert_eq!(
            locale_from_env(Some(""), None, Some("zh_CN")).as_deref(),
            Some("zh-CN")
        );
        assert_eq!(locale_from_env(None, None, None), None);
    }

    #[test]
    fn cli_beats_profile_beats_environment() {
        assert_eq!(
            choose(Some(Lang::EnUs), Some("zh-CN"), Some("zh-CN")),
            Lang::EnUs
        );
        assert_eq!(choose(None, Some("zh-CN"), Some("en-US")), Lang::ZhCn);
        assert_eq!(choose(None, Some("xx"), Some("zh-CN")), Lang::ZhCn);
    }

    #[test]
    fn only_shipped_tags_are_accepted_verbatim() {
        assert_eq!(Lang::from_tag("zh_cn"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
