//! The real binary in a pseudo-terminal: fill in a whole individual application from the
//! province to the review with the keyboard (typed Chinese, a bracketed paste, pickers,
//! yes/no fields, a multi-select), quit, start again and find everything as it was left.

mod common;

use common::pty::{CTRL_C, CTRL_N, CTRL_P, ENTER, ESC, Session, TAB};
use icp_tui::model::{
    Application, Billing, CertificateType, Content, Date, Provider, ServiceType, Step, SubjectKind,
};

const SPACE: &str = " ";

fn paste(text: &str) -> String {
    format!("\x1b[200~{text}\x1b[201~")
}

/// Sends each item, then Tab.
fn fill(session: &mut Session, items: &[&str]) {
    for item in items {
        if !item.is_empty() {
            session.send(item);
        }
        session.send(TAB);
    }
}

#[test]
fn fill_an_individual_application_quit_and_find_it_again() {
    let profile = tempfile::tempdir().unwrap();
    let mut s = Session::start(&["--lang", "en-US"], profile.path());
    s.wait_for("Where is the filing made?");
    s.send("beijing");
    s.wait_for("Rules of Beijing");
    s.send(ENTER);

    // Subject: kind picker, name pasted, certificate, leader.
    s.wait_for("Who files");
    s.send(ENTER);
    s.wait_for("Social organisation");
    s.send(ENTER);
    s.wait_for("Local residence permit");
    s.send(TAB);
    s.send(&paste("张三"));
    s.send(TAB);
    s.send(ENTER); // certificate type picker, resident ID first
    s.send(ENTER);
    s.send(TAB);
    fill(
        &mut s,
        &["11010519491231002X", "2035-06-30", "北京市朝阳区建国路1号"],
    );
    s.send(SPACE); // residence permit: yes
    s.send(SPACE); // no
    s.send(TAB);
    s.send("张三");
    s.send(TAB);
    s.send(ENTER); // leader ID type
    s.send(ENTER);
    s.send(TAB);
    fill(
        &mut s,
        &["11010519491231002X", "2035-06-30", "13800138000", ""],
    );
    s.send("zhang@example.cn");
    s.wait_for("zhang@example.cn");

    // Websites: add one, tick the content, copy the leader, fill in the registration.
    s.send(CTRL_N);
    s.wait_for("No websites yet");
    s.send("n");
    s.wait_for("Website 1 of 1");
    fill(&mut s, &["张三的技术笔记", "example.cn", ""]);
    s.send(ENTER);
    s.wait_for("[ ] News");
    s.send(SPACE);
    s.send(ENTER);
    s.send(TAB);
    s.send(TAB); // onto "same as the subject leader"
    s.send(ENTER);
    for _ in 0..8 {
        s.send(TAB);
    }
    s.send("张三");
    s.send(TAB);
    s.send("阿里云");
    s.send(TAB);
    s.send(SPACE);
    s.send(TAB);
    fill(&mut s, &["2026-11-01"]);
    s.send("2027-05-01");
    s.wait_for("2027-05-01");
    s.send(ESC);
    s.wait_for("1. 张三的技术笔记");

    // Apps: none for this filing.
    s.send(CTRL_N);
    s.wait_for("No apps yet");

    // Hosting: provider and service type from the rules, region typed.
    s.send(CTRL_N);
    s.wait_for("Hosting: the instance");
    s.send(ENTER);
    s.wait_for("Tencent Cloud");
    s.send(ENTER);
    s.send(TAB);
    s.send(ENTER);
    s.wait_for("Simple Application Server");
    s.send(ENTER);
    s.send(TAB);
    fill(&mut s, &["i-bp1abcdef", "cn-hangzhou"]);
    s.send(ENTER); // billing picker, subscription first
    s.send(ENTER);
    s.send(TAB);
    fill(&mut s, &["2026-11-01", "2027-11-01"]);
    s.send(SPACE);
    s.send(TAB);
    s.send("1");

    // Documents, domains, countdown and after approval come between hosting and the review.
    s.send(CTRL_N);
    s.wait_for("Resident identity card");
    s.send(" ");
    s.send(CTRL_N);
    s.wait_for("Domain real-name checks");
    s.send(CTRL_N);
    s.send(CTRL_N);
    s.wait_for("After approval: keep the filing alive");
    s.send(CTRL_N);
    s.wait_for("Review: is the filing ready?");
    s.wait_for("7 of 7 answered");
    s.send(CTRL_C);
    assert!(s.wait_exit(), "icp-tui exits cleanly");

    let files: Vec<_> = std::fs::read_dir(profile.path().join("applications"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let app = Application::from_toml_str(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    let date = Date::parse;
    assert_eq!(app.meta.step, Some(Step::Review), "{text}");
    let subject = &app.subject;
    assert_eq!(subject.province.as_deref(), Some("beijing"));
    assert_eq!(subject.kind, Some(SubjectKind::Individual));
    assert_eq!(subject.name.as_deref(), Some("张三"));
    assert_eq!(subject.certificate_type, Some(CertificateType::ResidentId));
    assert_eq!(
        subject.certificate_number.as_deref(),
        Some("11010519491231002X")
    );
    assert_eq!(subject.certificate_expires, date("2035-06-30"));
    assert_eq!(subject.address.as_deref(), Some("北京市朝阳区建国路1号"));
    assert_eq!(subject.residence_permit, Some(false));
    assert_eq!(subject.leader.name.as_deref(), Some("张三"));
    assert_eq!(subject.leader.id_type, Some(CertificateType::ResidentId));
    assert_eq!(subject.leader.mobile.as_deref(), Some("13800138000"));
    assert_eq!(subject.leader.phone, None);
    assert_eq!(subject.leader.email.as_deref(), Some("zhang@example.cn"));
    assert_eq!(app.websites.len(), 1, "{text}");
    let site = &app.websites[0];
    assert_eq!(site.name.as_deref(), Some("张三的技术笔记"));
    assert_eq!(site.domain.as_deref(), Some("example.cn"));
    assert_eq!(site.content, vec![Content::General]);
    assert_eq!(site.leader.name.as_deref(), Some("张三"));
    assert_eq!(site.leader.id_number.as_deref(), Some("11010519491231002X"));
    assert_eq!(site.registration.registrant.as_deref(), Some("张三"));
    assert_eq!(site.registration.registrar.as_deref(), Some("阿里云"));
    assert_eq!(site.registration.real_name_verified, Some(true));
    assert_eq!(site.registration.verified_on, date("2026-11-01"));
    assert_eq!(site.registration.expires, date("2027-05-01"));
    let access = &app.access;
    assert_eq!(access.provider, Some(Provider::Alibaba));
    assert_eq!(access.service_type, Some(ServiceType::Ecs));
    assert_eq!(access.instance_id.as_deref(), Some("i-bp1abcdef"));
    assert_eq!(access.region.as_deref(), Some("cn-hangzhou"));
    assert_eq!(access.billing, Some(Billing::Subscription));
    assert_eq!(access.subscription_start, date("2026-11-01"));
    assert_eq!(access.subscription_end, date("2027-11-01"));
    assert_eq!(access.public_ip, Some(true));
    assert_eq!(access.service_codes_used, Some(1));

    // Start again: the review, then every step as it was left.
    let mut again = Session::start(&[], profile.path());
    again.wait_for("Review: is the filing ready?");
    again.wait_for("1 site, ");
    again.send(CTRL_P);
    again.send(CTRL_P);
    again.send(CTRL_P);
    again.send(CTRL_P);
    again.wait_for("[x] 居民身份证");
    again.send(CTRL_P);
    again.wait_for("cn-hangzhou");
    again.wait_for("Elastic Compute Service");
    again.send(CTRL_P);
    again.wait_for("No apps yet");
    again.send(CTRL_P);
    again.wait_for("1. 张三的技术笔记");
    again.send(CTRL_P);
    again.wait_for("北京市朝阳区建国路1号");
    let screen = again.contents();
    assert!(
        screen.contains("1101**********002X") && !screen.contains("11010519491231002X"),
        "ID numbers are masked:\n{screen}"
    );
    again.send(CTRL_C);
    assert!(again.wait_exit());
    let after = std::fs::read_to_string(&files[0]).unwrap();
    let reread = Application::from_toml_str(&after).unwrap();
    assert_eq!(reread.subject, app.subject, "nothing changed by looking");
    assert_eq!(reread.websites, app.websites);
    assert_eq!(reread.access, app.access);
    assert!(
        reread.checklist["subject.id_card"].done,
        "the ticked ID card stays ticked"
    );
}

#[test]
fn status_reads_the_profile_without_locking_it() {
    let profile = tempfile::tempdir().unwrap();
    let apps = profile.path().join("applications");
    std::fs::create_dir(&apps).unwrap();
    std::fs::write(
        apps.join("20261120-001.toml"),
        "format = \"icp-tui/application\"\nversion = 1\n[meta]\ntitle = \"张三的技术笔记\"\nstep = \"websites\"\n[subject]\nprovince = \"11\"\n",
    )
    .unwrap();
    std::fs::write(
        apps.join("20261101-003.toml"),
        "format = \"icp-tui/application\"\nversion = 1\n[[websites]]\n[websites.registration]\nexpires = \"soon\"\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_icp-tui"))
            .args(args)
            .arg("--profile")
            .arg(profile.path())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .output()
            .unwrap()
    };
    let output = run(&["status", "--json", "--today", "2026-11-22"]);
    assert!(output.status.success(), "{output:?}");
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["today"], "2026-11-22");
    let first = &doc["applications"][0];
    assert_eq!(first["id"], "20261120-001");
    assert_eq!(first["title"], "张三的技术笔记");
    assert_eq!(first["province"], "beijing");
    assert_eq!(first["step"], "websites");
    assert!(first["errors"].is_u64() && first["warnings"].is_u64());
    assert!(first["next_deadline"].is_null() || first["next_deadline"]["due"].is_string());
    let broken = &doc["unreadable"][0];
    assert_eq!(broken["id"], "20261101-003");
    assert_eq!(broken["field"], "websites[0].registration.expires");
    assert!(broken["line"].is_u64());

    let output = run(&["status", "--lang", "zh-CN", "--today", "2026-11-22"]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("张三的技术笔记") && text.contains("北京市"),
        "{text}"
    );
    assert!(text.contains("无法读取"), "{text}");
    assert!(
        !profile.path().join("profile.lock").exists(),
        "status takes no lock"
    );

    let output = run(&["status", "--today", "tomorrow"]);
    assert_eq!(output.status.code(), Some(2));
}
