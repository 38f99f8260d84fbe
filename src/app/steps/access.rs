//! Step 4: hosting (接入信息): the provider, the instance that carries the filing, and its
//! subscription. Service types and regions come from the rules for the chosen provider.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::action::Action;
use crate::app::form::view::{Form, render_step};
use crate::app::form::{Caption, Choice, Field, FormState, covers, options};
use crate::app::keys::Binding;
use crate::at;
use crate::engine::Report;
use crate::i18n::Localizer;
use crate::model::{Application, Billing, Provider, ServiceType};
use crate::rules::{Rules, Text};

use super::{StepContext, StepOutcome};

#[derive(Debug, Default)]
pub struct AccessState {
    pub form: FormState,
}

impl AccessState {
    pub fn new(app: &Application, rules: &Rules) -> AccessState {
        AccessState {
            form: FormState::new(&fields(app, rules), app),
        }
    }

    pub fn focus(&mut self, app: &Application, rules: &Rules, path: &str) -> bool {
        self.form.focus_path(&fields(app, rules), app, path)
    }
}

fn data(text: &Text) -> Caption {
    Caption::Data {
        en: text.en.clone(),
        zh: text.zh.clone(),
    }
}

/// Every provider, named as the rules name it.
fn providers(rules: &Rules) -> Vec<Choice> {
    Provider::ALL
        .iter()
        .map(|p| {
            let caption = rules.provider(*p).map_or_else(
                || Caption::Message(format!("provider-{p}")),
                |r| data(&r.name),
            );
            Choice::new(p.as_str(), caption)
        })
        .collect()
}

/// The service types the rules list for the provider (marking those that cannot carry a
/// filing). For a provider without rules, every type, named as some provider names it.
fn services(rules: &Rules, provider: Option<Provider>) -> Vec<Choice> {
    let Some(provider) = provider else {
        return Vec::new();
    };
    // A provider without rules ("other") records any service type by hand.
    if let Some(known) = rules.provider(provider).filter(|p| !p.services.is_empty()) {
        return known
            .services
            .iter()
            .map(|s| {
                let choice = Choice::new(s.service_type.as_str(), data(&s.name));
                if s.eligible {
                    choice
                } else {
                    choice.with_note(Caption::Message("access-not-eligible".into()))
                }
            })
            .collect();
    }
    ServiceType::ALL
        .iter()
        .map(|t| {
            let named = rules
                .providers()
                .iter()
                .find_map(|p| p.service(*t))
                .map(|s| data(&s.name));
            let caption = named.unwrap_or_else(|| Caption::Message(format!("service-{t}")));
            Choice::new(t.as_str(), caption)
        })
        .collect()
}

/// The provider's mainland regions, as suggestions: any other id can be typed.
fn regions(rules: &Rules, provider: Option<Provider>) -> Vec<Choice> {
    provider
        .and_then(|p| rules.provider(p))
        .map(|p| {
            p.regions
                .mainland
                .iter()
                .map(|r| {
                    Choice::new(
                        r.id.clone(),
                        Caption::Data {
                            en: format!("{}  {}", r.id, r.en),
                            zh: format!("{}  {}", r.id, r.zh),
                        },
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

pub fn fields(app: &Application, rules: &Rules) -> Vec<Field> {
    let provider = app.access.provider;
    let service = match (provider, app.access.service_type) {
        (Some(p), Some(t)) => rules.service(p, t),
        _ => None,
    };
    let mut fields = vec![
        Field::choice(
            "access-provider",
            "access.provider",
            providers(rules),
            at!(access.provider),
        ),
        Field::choice(
            "access-service-type",
            "access.service_type",
            services(rules, provider),
            at!(access.service_type),
        ),
        Field::text(
            "access-instance-id",
            "access.instance_id",
            at!(access.instance_id),
        ),
        Field::suggest(
            "access-region",
            "access.region",
            regions(rules, provider),
            at!(access.region),
        )
        .hint("access-region-hint"),
        Field::choice(
            "access-billing",
            "access.billing",
            options::<Billing>("billing"),
            at!(access.billing),
        ),
        Field::date(
            "access-start",
            "access.subscription_start",
            at!(access.subscription_start),
        ),
        Field::date(
            "access-end",
            "access.subscription_end",
            at!(access.subscription_end),
        ),
        Field::toggle(
            "access-public-ip",
            "access.public_ip",
            at!(access.public_ip),
        ),
        Field::number(
            "access-codes-used",
            "access.service_codes_used",
            at!(access.service_codes_used),
        )
        .hint("access-codes-hint"),
    ];
    if provider == Some(Provider::Other) {
        // Written as the provider names it: icp-tui has no list to pick from.
        fields.insert(
            2,
            Field::text(
                "access-service-name",
                "access.service_name",
                at!(access.service_name),
            )
            .hint("access-service-name-hint"),
        );
    }
    if let Some(s) = service.filter(|s| !s.editions.is_empty()) {
        let editions = s
            .editions
            .iter()
            .map(|e| Choice::new(e.clone(), Caption::Message(format!("edition-{e}"))))
            .collect();
        fields.push(Field::suggest(
            "access-edition",
            "access.edition",
            editions,
            at!(access.edition),
        ));
    }
    if service.is_some_and(|s| s.min_order_cny.is_some()) {
        fields.push(Field::number(
            "access-order-amount",
            "access.order_amount_cny",
            at!(access.order_amount_cny),
        ));
    }
    fields
}

pub fn owns(path: &str) -> bool {
    covers("access", path)
}

pub fn bindings(app: &Application, state: &AccessState, rules: &Rules) -> &'static [Binding] {
    state.form.bindings(&fields(app, rules))
}

pub fn text_focus(app: &Application, state: &AccessState, rules: &Rules) -> bool {
    state.form.text_focus(&fields(app, rules))
}

pub fn update(
    app: &mut Application,
    state: &mut AccessState,
    action: &Action,
    context: &StepContext<'_>,
) -> StepOutcome {
    state.form.update(app, action, |a| fields(a, context.rules))
}

pub fn view(
    frame: &mut Frame<'_>,
    area: Rect,
    app: &Application,
    state: &AccessState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
) {
    let fields = fields(app, rules);
    let form = Form {
        fields: &fields,
        state: &state.form,
        app,
        report,
        rules,
    };
    render_step(frame, area, &tr.t("access-title"), &form, &owns, tr);
}

/// The field a click at screen row `row` of `view`'s `area` focuses.
pub fn field_at(
    area: Rect,
    app: &Application,
    state: &AccessState,
    report: &Report,
    rules: &Rules,
    tr: &Localizer,
    row: u16,
) -> Option<usize> {
    let fields = fields(app, rules);
    let form = Form {
        fields: &fields,
        state: &state.form,
        app,
        report,
        rules,
    };
    crate::app::form::view::step_field_at(area, &form, &owns, tr, row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_types_follow_the_provider() {
        let rules = Rules::builtin();
        assert!(services(rules, None).is_empty());
        let ali: Vec<String> = services(rules, Some(Provider::Alibaba))
            .into_iter()
            .map(|c| c.value)
            .collect();
        assert!(ali.contains(&"ecs".to_string()));
        assert!(!ali.contains(&"cvm".to_string()));
        let regions = regions(rules, Some(Provider::Alibaba));
        assert!(regions.iter().any(|r| r.value == "cn-hangzhou"));
        assert!(regions.iter().all(|r| r.value != "cn-hongkong"));
    }
}
