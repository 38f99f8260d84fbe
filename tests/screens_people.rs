//! The Subject and Access steps where the data cannot decide and asks (a local mobile in
//! Jiangsu, the document's city in Hebei), and where a provider has no rules or a service
//! is sold in editions: 80x24, both languages.

mod common;

use common::*;
use icp_tui::app::action::Command;
use icp_tui::app::state::State;
use icp_tui::app::update::start;
use icp_tui::i18n::Lang;
use icp_tui::model::{Application, Provider, ServiceType, Step};

const INDIVIDUAL: &str = include_str!("data/valid_individual.toml");

fn individual_in(province: &str, address: &str) -> Application {
    let mut a = Application::from_toml_str(INDIVIDUAL).unwrap();
    a.subject.province = Some(province.into());
    a.subject.address = Some(address.into());
    a
}

fn open(app: Application, step: Step, lang: Lang, fields: usize) -> State {
    let mut app = app;
    app.meta.step = Some(step);
    let mut state = state_with(vec![entry("a", app)], lang);
    start(&mut state, Some("a"), &now());
    run(&mut state, vec![cmd(Command::NextField); fields]);
    state
}

fn both(name: &str, build: impl Fn(Lang) -> State) {
    for lang in Lang::ALL {
        snapshot_80x24!(name, &build(lang));
    }
}

#[test]
fn subject_asks_what_the_number_cannot_tell() {
    both("subject_local_mobile", |lang| {
        let a = individual_in("jiangsu", "江苏省南京市玄武区某某路1号");
        open(a, Step::Subject, lang, 13)
    });
    both("subject_document_city", |lang| {
        let a = individual_in("hebei", "河北省保定市竞秀区某某路1号");
        open(a, Step::Subject, lang, 6)
    });
}

#[test]
fn access_of_a_provider_without_rules_and_of_an_edition() {
    both("access_other_provider", |lang| {
        let mut a = individual_in("beijing", "北京市朝阳区某某路1号");
        a.access.provider = Some(Provider::Other);
        a.access.service_type = Some(ServiceType::Other);
        a.access.service_name = Some("云主机".into());
        a.access.region = Some("cn-north-1".into());
        open(a, Step::Access, lang, 2)
    });
    both("access_iot_edition", |lang| {
        let mut a = individual_in("beijing", "北京市朝阳区某某路1号");
        a.access.service_type = Some(ServiceType::IotStudio);
        a.access.service_codes_used = Some(0);
        a.access.order_amount_cny = Some(100);
        open(a, Step::Access, lang, 9)
    });
}

#[test]
fn website_leader_asked_for_a_local_mobile() {
    both("website_leader_local_mobile", |lang| {
        let mut a = Application::from_toml_str(include_str!("data/valid_enterprise.toml")).unwrap();
        a.subject.province = Some("jiangsu".into());
        a.subject.address = Some("江苏省南京市玄武区某某路2号".into());
        a.subject.certificate_number = None;
        a.meta.step = Some(Step::Websites);
        let mut state = state_with(vec![entry("a", a)], lang);
        start(&mut state, Some("a"), &now());
        run(&mut state, [cmd(Command::Down), cmd(Command::Confirm)]);
        run(&mut state, vec![cmd(Command::NextField); 12]);
        state
    });
}
