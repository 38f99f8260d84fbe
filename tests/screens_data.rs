//! The data steps as the user sees them at 80x24, the smallest supported terminal, in both
//! languages: empty, filled, and with the findings the engine reports.

mod common;

use common::*;
use icp_tui::app::action::Command;
use icp_tui::app::state::State;
use icp_tui::app::update::start;
use icp_tui::i18n::Lang;
use icp_tui::model::{
    Application, Billing, CertificateType, Content, Date, Provider, ServiceType, Step, SubjectKind,
    Website,
};

fn date(text: &str) -> Option<Date> {
    Date::parse(text)
}

/// A complete individual filing in Beijing.
pub fn filled() -> Application {
    let mut a = app("张三的技术笔记", Some("beijing"));
    let s = &mut a.subject;
    s.kind = Some(SubjectKind::Individual);
    s.name = Some("张三".into());
    s.certificate_type = Some(CertificateType::ResidentId);
    s.certificate_number = Some("11010519491231002X".into());
    s.certificate_expires = date("2035-06-30");
    s.address = Some("北京市朝阳区建国路1号".into());
    s.residence_permit = Some(false);
    let l = &mut s.leader;
    l.name = Some("张三".into());
    l.id_type = Some(CertificateType::ResidentId);
    l.id_number = Some("11010519491231002X".into());
    l.id_expires = date("2035-06-30");
    l.mobile = Some("13800138000".into());
    l.email = Some("zhang@example.cn".into());
    let leader = l.clone();
    let mut site = Website {
        name: Some("张三的技术笔记".into()),
        domain: Some("example.cn".into()),
        homepage: Some("www.example.cn".into()),
        content: vec![Content::General],
        leader,
        ..Website::default()
    };
    site.registration.registrant = Some("张三".into());
    site.registration.registrar = Some("阿里云".into());
    site.registration.real_name_verified = Some(true);
    site.registration.verified_on = date("2026-11-01");
    site.registration.expires = date("2027-05-01");
    a.websites.push(site);
    let x = &mut a.access;
    x.provider = Some(Provider::Alibaba);
    x.service_type = Some(ServiceType::Ecs);
    x.instance_id = Some("i-bp1abcdef".into());
    x.region = Some("cn-hangzhou".into());
    x.billing = Some(Billing::Subscription);
    x.subscription_start = date("2026-11-01");
    x.subscription_end = date("2027-11-01");
    x.public_ip = Some(true);
    x.service_codes_used = Some(1);
    a
}

fn open(app: Application, step: Step, lang: Lang) -> State {
    let mut app = app;
    app.meta.step = Some(step);
    let mut state = state_with(vec![entry("a", app)], lang);
    start(&mut state, Some("a"), &now());
    state
}

/// The filled application with four mistakes the engine reports: a mobile number that is
/// not mainland, an ID card that expires within 90 days, a registrant who is someone else,
/// and a subscription that ends within 30 days.
fn with_mistakes() -> Application {
    let mut a = filled();
    a.subject.leader.mobile = Some("12345678901".into());
    a.subject.certificate_expires = date("2027-01-01");
    a.websites[0].registration.registrant = Some("李四".into());
    a.access.subscription_end = date("2026-12-10");
    a
}

fn both(name: &str, build: impl Fn(Lang) -> State) {
    for lang in Lang::ALL {
        snapshot_80x24!(name, &build(lang));
    }
}

#[test]
fn subject_step() {
    both("subject_empty", |lang| {
        open(app("", Some("beijing")), Step::Subject, lang)
    });
    both("subject_filled", |lang| {
        let mut state = open(filled(), Step::Subject, lang);
        // Focus the leader's mobile: shown in full while focused, the ID numbers stay masked.
        run(&mut state, vec![cmd(Command::NextField); 11]);
        state
    });
    both("subject_findings", |lang| {
        let mut state = open(with_mistakes(), Step::Subject, lang);
        run(&mut state, vec![cmd(Command::NextField); 4]);
        state
    });
}

#[test]
fn subject_step_of_an_organisation() {
    both("subject_organisation", |lang| {
        let mut a = app("", Some("guangdong"));
        a.subject.kind = Some(SubjectKind::Enterprise);
        a.subject.name = Some("深圳市星河科技有限公司".into());
        a.subject.certificate_type = Some(CertificateType::Uscc);
        a.subject.certificate_number = Some("91440300MA5FXXXX1X".into());
        a.subject.leader.is_legal_representative = Some(true);
        open(a, Step::Subject, lang)
    });
}

#[test]
fn subject_kind_picker() {
    both("subject_picker", |lang| {
        let mut state = open(app("", Some("beijing")), Step::Subject, lang);
        run(&mut state, [cmd(Command::Confirm), cmd(Command::Down)]);
        state
    });
}

#[test]
fn websites_step() {
    both("websites_empty", |lang| {
        open(app("", Some("beijing")), Step::Websites, lang)
    });
    both("websites_list", |lang| {
        let mut a = with_mistakes();
        a.websites.push(Website {
            domain: Some("zhangsan.com.cn".into()),
            ..Website::default()
        });
        open(a, Step::Websites, lang)
    });
    both("website_editor", |lang| {
        let mut state = open(filled(), Step::Websites, lang);
        run(&mut state, [cmd(Command::Confirm)]);
        state
    });
    both("website_content_picker", |lang| {
        let mut state = open(filled(), Step::Websites, lang);
        run(&mut state, [cmd(Command::Confirm)]);
        run(&mut state, vec![cmd(Command::NextField); 3]);
        run(&mut state, [cmd(Command::Confirm)]);
        state
    });
    both("website_findings", |lang| {
        let mut state = open(with_mistakes(), Step::Websites, lang);
        run(&mut state, [cmd(Command::Confirm)]);
        // The registrant, after the heading between leader and registration.
        run(&mut state, vec![cmd(Command::NextField); 13]);
        state
    });
}

#[test]
fn access_step() {
    both("access_empty", |lang| {
        open(app("", Some("beijing")), Step::Access, lang)
    });
    both("access_filled", |lang| open(filled(), Step::Access, lang));
    both("access_findings", |lang| {
        let mut state = open(with_mistakes(), Step::Access, lang);
        // The subscription end, where the warning is.
        run(&mut state, vec![cmd(Command::NextField); 6]);
        state
    });
    both("access_service_picker", |lang| {
        let mut state = open(filled(), Step::Access, lang);
        run(&mut state, [cmd(Command::NextField), cmd(Command::Confirm)]);
        state
    });
}

#[test]
fn review_step() {
    both("review_empty", |lang| {
        open(app("", None), Step::Review, lang)
    });
    both("review_filled", |lang| open(filled(), Step::Review, lang));
    both("review_findings", |lang| {
        open(with_mistakes(), Step::Review, lang)
    });
}

/// `downs` ↓, a frame drawn (as the terminal draws after each key), then `ups` ↑: a list
/// that keeps still shows the window where ↓ left it, the selection moved up inside it.
fn down_then_up(state: &mut State, downs: usize, ups: usize) {
    run(state, vec![cmd(Command::Down); downs]);
    drawn(state, 80, 24);
    run(state, vec![cmd(Command::Up); ups]);
}

#[test]
fn lists_keep_still_when_the_selection_moves_back_up() {
    both("website_content_picker_up", |lang| {
        let mut state = open(filled(), Step::Websites, lang);
        run(&mut state, [cmd(Command::Confirm)]);
        run(&mut state, vec![cmd(Command::NextField); 3]);
        run(&mut state, [cmd(Command::Confirm)]);
        down_then_up(&mut state, 12, 4);
        state
    });
    both("review_up", |lang| {
        let mut a = with_mistakes();
        a.websites.push(Website::default());
        a.websites.push(Website::default());
        let mut state = open(a, Step::Review, lang);
        down_then_up(&mut state, 40, 5);
        state
    });
    both("documents_up", |lang| {
        let mut a = filled();
        // Five approvals for the content: more documents than the list's rows.
        a.websites[0].content = vec![Content::News, Content::Publishing, Content::Education];
        a.websites[0]
            .content
            .extend([Content::Medical, Content::DrugsDevices]);
        let mut state = open(a, Step::Documents, lang);
        down_then_up(&mut state, 20, 2);
        state
    });
}
