use super::*;

const SPEC_EXAMPLE: &str = include_str!("../../tests/data/spec_example.toml");

fn parse(text: &str) -> Result<Application, ParseError> {
    Application::from_toml_str(text)
}

#[test]
fn reads_the_spec_example() {
    let app = parse(SPEC_EXAMPLE).expect("the spec's own example parses");
    assert_eq!(app.title(), "Zhang San's notes");
    assert_eq!(app.step(), Step::Documents);
    assert_eq!(app.subject.kind, Some(SubjectKind::Individual));
    assert_eq!(app.websites.len(), 1);
    assert_eq!(
        app.websites[0].registration.expires,
        Date::parse("2027-05-01")
    );
    assert_eq!(app.access.service_codes_used, Some(1));
    assert_eq!(
        app.checklist["subject.id_card"].file.as_deref(),
        Some("scans/id-front.jpg")
    );
    assert_eq!(
        app.progress.sms_requested.as_ref().unwrap().to_string(),
        "2026-11-24T16:00:00+08:00"
    );
}

#[test]
fn round_trip_is_stable() {
    let app = parse(SPEC_EXAMPLE).unwrap();
    let text = app.to_toml_string();
    let again = parse(&text).unwrap();
    assert_eq!(app, again);
    assert_eq!(text, again.to_toml_string());
}

#[test]
fn unknown_keys_and_tables_are_kept() {
    let text = "format = \"icp-tui/application\"\nversion = 1\nfuture = { a = 1 }\n\
        [subject]\nname = \"张三\"\nnickname = \"三\"\n[subject.leader]\nname = \"张三\"\nwechat = \"zs\"\n\
        [[websites]]\ndomain = \"a.cn\"\nrank = 3\n[websites.registration]\nwhois_server = \"whois.cnnic.cn\"\n\
        [[websites]]\ndomain = \"b.cn\"\n\
        [checklist]\n\"x\" = { done = true, reviewer = \"li\" }\n\
        [newer_table]\nwhen = 2027-01-01\n";
    let app = parse(text).unwrap();
    assert_eq!(app.subject.extra["nickname"].as_str(), Some("三"));
    assert_eq!(app.websites[0].extra["rank"].as_integer(), Some(3));
    let saved = app.to_toml_string();
    let raw: toml::Table = saved.parse().unwrap();
    assert_eq!(raw["future"]["a"].as_integer(), Some(1));
    assert_eq!(raw["subject"]["nickname"].as_str(), Some("三"));
    assert_eq!(raw["subject"]["leader"]["wechat"].as_str(), Some("zs"));
    assert_eq!(raw["websites"][0]["rank"].as_integer(), Some(3));
    assert_eq!(
        raw["websites"][0]["registration"]["whois_server"].as_str(),
        Some("whois.cnnic.cn")
    );
    assert!(raw["websites"][1].get("rank").is_none());
    assert_eq!(raw["checklist"]["x"]["reviewer"].as_str(), Some("li"));
    assert_eq!(raw["newer_table"]["when"].to_string(), "2027-01-01");
}

#[test]
fn unknown_keys_follow_their_website_when_one_is_removed() {
    let text = "format = \"icp-tui/application\"\nversion = 1\n\
        [[websites]]\ndomain = \"a.cn\"\n[[websites]]\ndomain = \"b.cn\"\nrank = 2\n";
    let mut app = parse(text).unwrap();
    app.websites.remove(0);
    let raw: toml::Table = app.to_toml_string().parse().unwrap();
    assert_eq!(raw["websites"][0]["domain"].as_str(), Some("b.cn"));
    assert_eq!(raw["websites"][0]["rank"].as_integer(), Some(2));
}

fn error_of(text: &str) -> ParseError {
    parse(text).expect_err("must not parse")
}

#[test]
fn wrong_type_names_line_and_field() {
    let e = error_of(
        "format = \"icp-tui/application\"\nversion = 1\n[[websites]]\n[websites.registration]\nreal_name_verified = \"yes\"\n",
    );
    assert_eq!(e.line, Some(5));
    assert_eq!(
        e.field.as_deref(),
        Some("websites[0].registration.real_name_verified")
    );
    assert!(matches!(e.kind, ParseErrorKind::WrongType { .. }));
}

#[test]
fn unknown_enum_value_names_line_and_field() {
    let e =
        error_of("format = \"icp-tui/application\"\nversion = 1\n[subject]\nkind = \"robot\"\n");
    assert_eq!(
        (e.line, e.field.as_deref()),
        (Some(4), Some("subject.kind"))
    );
}

#[test]
fn impossible_date_is_an_error_with_its_line() {
    let e = error_of(
        "format = \"icp-tui/application\"\nversion = 1\n[access]\nsubscription_end = 2027-02-30\n",
    );
    assert_eq!(e.line, Some(4));
    assert_eq!(e.field.as_deref(), Some("access.subscription_end"));
}

#[test]
fn a_date_time_where_a_date_belongs_is_an_error() {
    let e = error_of(
        "format = \"icp-tui/application\"\nversion = 1\n[access]\nsubscription_end = 2027-02-03T10:00:00+08:00\n",
    );
    assert_eq!(e.field.as_deref(), Some("access.subscription_end"));
}

#[test]
fn newer_version_is_refused() {
    let e =
        error_of("format = \"icp-tui/application\"\nversion = 2\n[subject]\nkind = \"robot\"\n");
    assert_eq!(e.kind, ParseErrorKind::NewerVersion(2));
    assert_eq!(e.line, Some(2));
}

#[test]
fn missing_or_wrong_format_is_refused() {
    assert_eq!(
        error_of("version = 1\n").kind,
        ParseErrorKind::NotAnApplication
    );
    assert_eq!(
        error_of("format = \"other\"\nversion = 1\n").kind,
        ParseErrorKind::NotAnApplication
    );
    assert_eq!(
        error_of("format = \"icp-tui/application\"\n").kind,
        ParseErrorKind::MissingVersion
    );
}

#[test]
fn syntax_error_has_a_line() {
    let e = error_of("format = \"icp-tui/application\"\nversion = 1\n[subject\n");
    assert_eq!(e.line, Some(3));
    assert!(matches!(e.kind, ParseErrorKind::Syntax(_)));
}

#[test]
fn missing_fields_are_not_errors() {
    let app = parse("format = \"icp-tui/application\"\nversion = 1\n").unwrap();
    assert_eq!(app.step(), Step::Province);
    assert!(app.websites.is_empty());
}

#[test]
fn syntax_error_field_ignores_comments_after_headers() {
    let e = error_of(
        "format = \"icp-tui/application\"\nversion = 1\n[subject]   # the filing subject\ncity = \n",
    );
    assert_eq!(e.field.as_deref(), Some("subject.city"));
}

#[test]
fn reads_and_keeps_the_additions_of_2026_12() {
    let text = include_str!("../../tests/data/additions_2026_12.toml");
    let app = parse(text).expect("the additions parse");
    assert_eq!(app.meta.reference.as_deref(), Some("ACME-0042"));
    assert_eq!(
        app.websites[0].footer.url.as_deref(),
        Some("https://www.example.cn/")
    );
    assert_eq!(app.access.public_ip_address.as_deref(), Some("47.96.1.2"));
    assert_eq!(app.progress.app_numbers.len(), 1);
    assert_eq!(app.notices[0].from, Some(NoticeFrom::Provider));
    assert_eq!(app.changes[0].what.as_deref(), Some("subject.address"));
    let a = &app.apps[0];
    assert_eq!(a.kind, Some(AppKind::App));
    assert_eq!(a.platforms, vec![Platform::Android, Platform::Ios]);
    assert_eq!(a.android.package.as_deref(), Some("cn.example.album"));
    assert_eq!(a.ios.signature_sha1.as_deref(), Some("0123"));
    assert_eq!(a.mini_program.platform, Some(MiniProgramPlatform::Wechat));
    assert!(a.extra.is_empty() && app.extra.is_empty());
    let again = parse(&app.to_toml_string()).expect("written back, it parses");
    assert_eq!(again, app);
}

#[test]
fn unknown_keys_inside_the_additions_are_kept() {
    let text = "format = \"icp-tui/application\"\nversion = 1\n\n[[notices]]\nabout = \"x\"\nref = \"N-1\"\n\n[[apps]]\nname = \"a\"\n\n[apps.android]\npackage = \"p\"\nflavour = \"beta\"\n";
    let app = parse(text).unwrap();
    assert_eq!(
        app.notices[0].extra.get("ref").unwrap().as_str(),
        Some("N-1")
    );
    assert_eq!(
        app.apps[0].android.extra.get("flavour").unwrap().as_str(),
        Some("beta")
    );
    let again = app.to_toml_string();
    assert!(
        again.contains("ref = \"N-1\"") && again.contains("flavour = \"beta\""),
        "{again}"
    );
}

/// Every date field of a saved file, read back structurally: a TOML date, not a table.
fn assert_dates_are_dates(saved: &str) {
    assert!(!saved.contains("$__toml_private"), "{saved}");
    let doc: toml_edit::DocumentMut = saved.parse().unwrap();
    for (path, item) in [
        ("meta.created", &doc["meta"]["created"]),
        ("meta.updated", &doc["meta"]["updated"]),
        (
            "subject.certificate_expires",
            &doc["subject"]["certificate_expires"],
        ),
        (
            "websites[0].registration.expires",
            &doc["websites"][0]["registration"]["expires"],
        ),
    ] {
        assert!(item.as_datetime().is_some(), "{path} is {item:?}");
    }
}

#[test]
fn saved_dates_are_toml_dates() {
    assert_dates_are_dates(&parse(SPEC_EXAMPLE).unwrap().to_toml_string());
}

#[test]
fn saved_dates_are_toml_dates_beside_unknown_keys() {
    // Unknown keys take the other serializing path; it once wrote dates as tables.
    let text = format!("{SPEC_EXAMPLE}\n[future]\nwhen = 2027-01-01\n");
    let saved = parse(&text).unwrap().to_toml_string();
    assert_dates_are_dates(&saved);
    let doc: toml_edit::DocumentMut = saved.parse().unwrap();
    assert!(doc["future"]["when"].as_datetime().is_some());
}

#[test]
fn writing_over_the_commented_example_changes_one_line() {
    let mut app = parse(SPEC_EXAMPLE).unwrap();
    assert_eq!(app.to_toml_string_over(SPEC_EXAMPLE), SPEC_EXAMPLE);
    app.subject.city = Some("Haidian".into());
    let saved = app.to_toml_string_over(SPEC_EXAMPLE);
    let expected = SPEC_EXAMPLE.replace(
        "city = \"Beijing\"                 # optional",
        "city = \"Haidian\"                 # optional",
    );
    assert_ne!(expected, SPEC_EXAMPLE);
    assert_eq!(saved, expected);
}
