//! The words an enum cell may hold: the name the format saves (`individual`), or the label
//! the TUI shows for it in either language (个人, "Individual"). The labels are the TUI's own:
//! the Fluent messages of its pickers, and for provinces, providers and service types the
//! names of the rules in force. Compared ignoring case, full-width letters and spaces.

use std::collections::HashMap;

use super::columns::{
    APP_KINDS, BILLINGS, CERTIFICATES, CONTENTS, MINI_PLATFORMS, PLATFORMS, SENDERS, STEPS,
    SUBJECT_KINDS,
};
use crate::i18n::{Lang, Localizer, arg_str};
use crate::model::{Provider, ServiceType};
use crate::rules::Rules;

/// A closed set of values a column takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Set {
    Step,
    SubjectKind,
    Certificate,
    Content,
    Province,
    Provider,
    Service,
    Billing,
    Sender,
    AppKind,
    Platform,
    MiniPlatform,
}

impl Set {
    pub const ALL: [Set; 12] = [
        Set::Step,
        Set::SubjectKind,
        Set::Certificate,
        Set::Content,
        Set::Province,
        Set::Provider,
        Set::Service,
        Set::Billing,
        Set::Sender,
        Set::AppKind,
        Set::Platform,
        Set::MiniPlatform,
    ];
}

/// One value and how the TUI names it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Value {
    saved: String,
    en: String,
    zh: String,
}

/// A value's saved name, or why the word is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Miss {
    Unknown,
    /// Labels of these values (saved names) read the same.
    Ambiguous(Vec<String>),
}

#[derive(Default)]
struct Vocabulary {
    values: Vec<Value>,
    /// Folded saved names (and province codes) → value; they win over labels.
    names: HashMap<String, usize>,
    /// Folded labels → values (more than one: ambiguous).
    labels: HashMap<String, Vec<usize>>,
}

impl Vocabulary {
    fn add(&mut self, saved: &str, labels: [String; 2], aliases: &[&str]) {
        let at = self.values.len();
        self.names.insert(fold(saved), at);
        for alias in aliases {
            self.names.insert(fold(alias), at);
        }
        for label in &labels {
            let slot = self.labels.entry(fold(label)).or_default();
            if !slot.contains(&at) {
                slot.push(at);
            }
        }
        let [en, zh] = labels;
        self.values.push(Value {
            saved: saved.to_string(),
            en,
            zh,
        });
    }

    /// A further label of the last value added (a provider's other name).
    fn alias_label(&mut self, label: &str) {
        let at = self.values.len() - 1;
        let slot = self.labels.entry(fold(label)).or_default();
        if !slot.contains(&at) {
            slot.push(at);
        }
    }
}

/// Every set's words, in both languages, for the rules in force.
pub struct Words {
    sets: HashMap<Set, Vocabulary>,
    /// (provider, folded label) → service type: two providers may give two types one name
    /// (轻量应用服务器 is Alibaba's simple application server and Tencent's Lighthouse).
    services: HashMap<(String, String), String>,
}

impl Words {
    pub fn new(rules: &Rules) -> Words {
        let en = Localizer::new(Lang::EnUs);
        let zh = Localizer::new(Lang::ZhCn);
        let both = |id: &str| [en.t(id), zh.t(id)];
        let mut sets = HashMap::new();
        let mut services = HashMap::new();
        for p in rules.providers() {
            for service in &p.services {
                for label in [&service.name.en, &service.name.zh] {
                    services.insert(
                        (p.id.as_str().to_string(), fold(label)),
                        service.service_type.as_str().to_string(),
                    );
                }
            }
        }
        for set in Set::ALL {
            let mut v = Vocabulary::default();
            let mut messages = |prefix: &str, names: &[&str]| {
                for name in names {
                    v.add(name, both(&format!("{prefix}-{name}")), &[]);
                }
            };
            match set {
                Set::Step => messages("step", STEPS),
                Set::SubjectKind => messages("kind", SUBJECT_KINDS),
                Set::Certificate => messages("cert", CERTIFICATES),
                Set::Content => messages("content", CONTENTS),
                Set::Billing => messages("billing", BILLINGS),
                Set::Sender => messages("notice-from", SENDERS),
                Set::AppKind => messages("app-kind", APP_KINDS),
                Set::Platform => messages("app-platform", PLATFORMS),
                Set::MiniPlatform => messages("app-mp", MINI_PLATFORMS),
                Set::Province => {
                    for p in rules.provinces() {
                        v.add(
                            &p.slug,
                            [p.name_en.clone(), p.name_zh.clone()],
                            &[p.code.as_str()],
                        );
                        v.alias_label(p.short_name_zh());
                    }
                }
                Set::Provider => {
                    for &p in Provider::ALL.iter() {
                        let id = format!("provider-{p}");
                        // The picker shows the rules' name where there are rules.
                        match rules.provider(p) {
                            Some(r) => {
                                v.add(p.as_str(), [r.name.en.clone(), r.name.zh.clone()], &[]);
                                for label in both(&id) {
                                    v.alias_label(&label);
                                }
                            }
                            None => v.add(p.as_str(), both(&id), &[]),
                        }
                    }
                }
                Set::Service => {
                    for &t in ServiceType::ALL.iter() {
                        let id = format!("service-{t}");
                        let names: Vec<_> = rules
                            .providers()
                            .iter()
                            .filter_map(|p| p.service(t))
                            .map(|s| [s.name.en.clone(), s.name.zh.clone()])
                            .collect();
                        let first = match names.first() {
                            Some(first) => first.clone(),
                            None if en.has(&id) => both(&id),
                            None => [t.as_str().to_string(), t.as_str().to_string()],
                        };
                        v.add(t.as_str(), first, &[]);
                        for label in names.iter().skip(1).flatten() {
                            v.alias_label(label);
                        }
                        if en.has(&id) {
                            for label in both(&id) {
                                v.alias_label(&label);
                            }
                        }
                    }
                }
            }
            sets.insert(set, v);
        }
        Words { sets, services }
    }

    fn set(&self, set: Set) -> &Vocabulary {
        self.sets.get(&set).expect("every set is built")
    }

    /// The saved name `word` means in `set`; for a service type's label, as `provider` (the
    /// row's, when known) names it, before the labels of all providers (a saved name first).
    pub fn find_for<'w>(
        &'w self,
        set: Set,
        word: &str,
        provider: Option<&str>,
    ) -> Result<&'w str, Miss> {
        let key = fold(word);
        let by_name = self.set(set).names.contains_key(&key);
        if let (Set::Service, Some(provider), false) = (set, provider, by_name)
            && let Some(found) = self.services.get(&(provider.to_string(), key))
        {
            return Ok(found);
        }
        self.find(set, word)
    }

    /// The saved name `word` means in `set`.
    pub fn find(&self, set: Set, word: &str) -> Result<&str, Miss> {
        let v = self.set(set);
        let key = fold(word);
        if let Some(&at) = v.names.get(&key) {
            return Ok(&v.values[at].saved);
        }
        match v.labels.get(&key).map(Vec::as_slice) {
            Some([at]) => Ok(&v.values[*at].saved),
            Some(many) if !many.is_empty() => Err(Miss::Ambiguous(
                many.iter().map(|at| v.values[*at].saved.clone()).collect(),
            )),
            _ => Err(Miss::Unknown),
        }
    }

    /// "Individual (individual), Enterprise (enterprise), …" in `tr`'s language; with
    /// `only`, just those saved names (the candidates of an ambiguous word).
    pub fn accepted(&self, set: Set, only: Option<&[String]>, tr: &Localizer) -> String {
        let parts: Vec<String> = self
            .set(set)
            .values
            .iter()
            .filter(|v| only.is_none_or(|only| only.contains(&v.saved)))
            .map(|v| {
                let label = match tr.lang() {
                    Lang::EnUs => &v.en,
                    Lang::ZhCn => &v.zh,
                };
                tr.ta(
                    "import-word",
                    &[("label", arg_str(label)), ("name", arg_str(&v.saved))],
                )
            })
            .collect();
        parts.join(&tr.t("import-word-separator"))
    }

    /// The labels of `set` in one language, for the template's notes.
    pub fn labels(&self, set: Set, lang: Lang) -> Vec<&str> {
        self.set(set)
            .values
            .iter()
            .map(|v| match lang {
                Lang::EnUs => v.en.as_str(),
                Lang::ZhCn => v.zh.as_str(),
            })
            .collect()
    }
}

/// A word as compared: full-width letters, digits and signs as ASCII, lower case, without
/// spaces, `-` or `_` (`Pay-as-you-go`, `ＰＡＹ＿ＡＳ＿ＹＯＵ＿ＧＯ` and `pay_as_you_go` read alike).
pub fn fold(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Words {
        Words::new(Rules::builtin())
    }

    #[test]
    fn saved_names_and_labels_in_either_language() {
        let w = words();
        for word in [
            "individual",
            "个人",
            "Individual",
            " INDIVIDUAL ",
            "Ｉｎｄｉｖｉｄｕａｌ",
        ] {
            assert_eq!(w.find(Set::SubjectKind, word), Ok("individual"), "{word}");
        }
        assert_eq!(w.find(Set::SubjectKind, "企业"), Ok("enterprise"));
        assert_eq!(w.find(Set::SubjectKind, "Enterprise"), Ok("enterprise"));
        assert_eq!(w.find(Set::SubjectKind, "persoon"), Err(Miss::Unknown));
        assert_eq!(w.find(Set::Billing, "Pay-as-you-go"), Ok("pay_as_you_go"));
        assert_eq!(w.find(Set::Certificate, "居民身份证"), Ok("resident_id"));
    }

    #[test]
    fn provinces_by_slug_code_and_names() {
        let w = words();
        for word in [
            "guangdong",
            "44",
            "广东",
            "广东省",
            "Guangdong",
            "ＧＵＡＮＧＤＯＮＧ",
        ] {
            assert_eq!(w.find(Set::Province, word), Ok("guangdong"), "{word}");
        }
        assert_eq!(w.find(Set::Province, "广西"), Ok("guangxi"));
        assert_eq!(w.find(Set::Province, "广"), Err(Miss::Unknown));
    }

    #[test]
    fn providers_and_services_by_the_rules_names() {
        let w = words();
        assert_eq!(w.find(Set::Provider, "阿里云"), Ok("alibaba"));
        assert_eq!(w.find(Set::Provider, "Alibaba Cloud"), Ok("alibaba"));
        assert_eq!(w.find(Set::Service, "ecs"), Ok("ecs"));
    }

    #[test]
    fn no_label_is_ambiguous_in_the_shipped_words_but_a_service_without_its_provider() {
        let w = words();
        for set in Set::ALL {
            let v = w.set(set);
            for (label, at) in &v.labels {
                if set != Set::Service {
                    assert_eq!(at.len(), 1, "{set:?}: {label} names {at:?}");
                }
            }
        }
        let light = "轻量应用服务器";
        assert_eq!(
            w.find(Set::Service, light),
            Err(Miss::Ambiguous(vec![
                "simple_application_server".into(),
                "lighthouse".into()
            ]))
        );
        assert_eq!(
            w.find_for(Set::Service, light, Some("alibaba")),
            Ok("simple_application_server")
        );
        assert_eq!(
            w.find_for(Set::Service, light, Some("tencent")),
            Ok("lighthouse")
        );
        assert_eq!(w.find_for(Set::Service, "ecs", Some("tencent")), Ok("ecs"));
    }

    #[test]
    fn an_ambiguous_label_names_its_candidates() {
        let mut v = Vocabulary::default();
        v.add("a", ["Same".into(), "同".into()], &[]);
        v.add("b", ["Same".into(), "异".into()], &[]);
        let w = Words {
            sets: HashMap::from([(Set::Step, v)]),
            services: HashMap::new(),
        };
        assert_eq!(
            w.find(Set::Step, "same"),
            Err(Miss::Ambiguous(vec!["a".into(), "b".into()]))
        );
        assert_eq!(w.find(Set::Step, "b"), Ok("b"), "a saved name wins");
        let tr = Localizer::new(Lang::EnUs);
        assert_eq!(
            w.accepted(Set::Step, Some(&["b".to_string()]), &tr),
            "Same (b)"
        );
    }

    #[test]
    fn the_accepted_words_are_in_the_users_language() {
        let w = words();
        let en = w.accepted(Set::SubjectKind, None, &Localizer::new(Lang::EnUs));
        assert!(
            en.starts_with("Individual (individual), Enterprise (enterprise)"),
            "{en}"
        );
        let zh = w.accepted(Set::SubjectKind, None, &Localizer::new(Lang::ZhCn));
        assert!(
            zh.starts_with("个人（individual）、企业（enterprise）"),
            "{zh}"
        );
    }
}
