//! Every message exists in every language and formats without errors.

use std::collections::{BTreeMap, BTreeSet};

use fluent::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use icp_tui::i18n::{Lang, Localizer, SOURCES};

/// Message ids (and `id.attribute`) with the variables each one uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file_lang, name, text) in SOURCES {
        if *file_lang != lang {
            continue;
        }
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, errors)| {
            panic!("{}/{name} does not parse: {errors:?}", lang.tag())
        });
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        collect_vars(p, &mut vars);
                    }
                    for attr in &m.attributes {
                        collect_vars(&attr.value, &mut vars);
                    }
                    let id = m.id.name.to_string();
                    assert!(
                        out.insert(id.clone(), vars).is_none(),
                        "{} defines {id} twice",
                        lang.tag()
                    );
                }
                Entry::Term(t) => {
                    out.insert(format!("-{}", t.id.name), BTreeSet::new());
                }
                Entry::Junk { content } => panic!("{}/{name} has junk: {content}", lang.tag()),
                _ => {}
            }
        }
    }
    out
}

fn collect_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for v in variants {
                collect_vars(&v.value, vars);
            }
        }
        Expression::Inline(inline) => collect_inline(inline, vars),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let reference = messages(Lang::EnUs);
    assert!(reference.len() > 50, "suspiciously few messages");
    for lang in Lang::ALL {
        let other = messages(lang);
        let missing: Vec<_> = reference
            .keys()
            .filter(|k| !other.contains_key(*k))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|k| !reference.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(
            extra.is_empty(),
            "{} has ids English lacks: {extra:?}",
            lang.tag()
        );
        for (id, vars) in &reference {
            assert_eq!(
                &other[id],
                vars,
                "{} uses other variables in {id}",
                lang.tag()
            );
        }
    }
}

/// Each file formats in a bundle of its own, as the app parses them (`src/i18n`): a message
/// that refers to a message or term of another file fails here.
#[test]
fn every_message_formats_without_errors_from_its_own_file() {
    for lang in Lang::ALL {
        let variables = messages(lang);
        for (file_lang, name, text) in SOURCES {
            if *file_lang != lang {
                continue;
            }
            let mut bundle = FluentBundle::new(vec![lang.tag().parse().unwrap()]);
            bundle.set_use_isolating(false);
            bundle
                .add_resource(FluentResource::try_new(text.to_string()).unwrap())
                .unwrap();
            for entry in fluent_syntax::parser::parse(*text).unwrap().body {
                let Entry::Message(m) = entry else { continue };
                let id = m.id.name;
                let mut args = FluentArgs::new();
                for v in &variables[id] {
                    args.set(v.as_str(), 2);
                }
                let message = bundle.get_message(id).unwrap();
                let mut errors = Vec::new();
                if let Some(p) = message.value() {
                    let text = bundle.format_pattern(p, Some(&args), &mut errors);
                    assert!(!text.trim().is_empty(), "{}: {id} is empty", lang.tag());
                }
                assert!(errors.is_empty(), "{}/{name}: {id}: {errors:?}", lang.tag());
            }
        }
    }
}

/// The build's index of ids to files (build.rs) leads the localizer to every message.
#[test]
fn the_localizer_finds_every_message_of_every_file() {
    for lang in Lang::ALL {
        let tr = Localizer::new(lang);
        for id in messages(lang).keys().filter(|id| !id.starts_with('-')) {
            assert!(tr.has(id), "{}: {id} is not found", lang.tag());
        }
        assert!(!tr.has("no-such-id"));
        assert!(!Localizer::ids_only(lang).has("step-province"));
        // Parsing ahead changes no text, and an unknown id is passed over.
        let ahead = Localizer::new(lang);
        ahead.prepare(&["app-name", "no-such-id"]);
        assert_eq!(ahead.t("app-name"), tr.t("app-name"));
        Localizer::ids_only(lang).prepare(&["app-name"]);
    }
}

#[test]
fn the_localizer_uses_the_embedded_files() {
    assert_eq!(Localizer::new(Lang::ZhCn).t("step-province"), "省份");
    assert_eq!(Localizer::new(Lang::EnUs).t("step-province"), "Province");
    assert_eq!(Localizer::new(Lang::EnUs).t("no-such-id"), "no-such-id");
}
