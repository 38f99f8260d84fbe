//! Broken files through `icp-tui check`, in both languages: every message names the file, the
//! line and the indexed field, says what to do, quotes no ID or mobile number in full and no
//! Rust type; what is not a regular file is refused instead of read.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_icp-tui");
const BASE: &str = include_str!("data/valid_individual.toml");

fn second_site(expires: &str) -> String {
    BASE.replace(
        "[access]",
        &format!(
            "[[websites]]\nname = \"第二个站\"\ndomain = \"example2.cn\"\n\n[websites.registration]\nexpires = {expires}\n\n[access]"
        ),
    )
}

/// (name, file text, line, field) for each case of the issue.
fn cases() -> Vec<(&'static str, Vec<u8>, usize, &'static str)> {
    vec![
        (
            "a value error in the second website",
            second_site("\"soon\"").into_bytes(),
            57,
            "websites[1].registration.expires",
        ),
        (
            "a syntax error in the second website",
            second_site("2027-13-01").into_bytes(),
            57,
            "websites[1].registration.expires",
        ),
        (
            "a duplicate table header",
            BASE.replace("[access]", "[access]\nprovider = \"alibaba\"\n\n[access]")
                .replacen(
                    "provider = \"alibaba\"\n\n[access]\nprovider = \"alibaba\"",
                    "provider = \"alibaba\"\n\n[access]",
                    1,
                )
                .into_bytes(),
            55,
            "access",
        ),
        (
            "a missing format",
            BASE.replace("format = \"icp-tui/application\"\n", "")
                .into_bytes(),
            1,
            "format",
        ),
        (
            "a missing version",
            BASE.replace("version = 1\n", "").into_bytes(),
            4,
            "version",
        ),
        (
            "a checklist entry that is not a table",
            BASE.replace(
                "\"authenticity_statement\" = { done = true }",
                "\"authenticity_statement\" = \"yes\"",
            )
            .into_bytes(),
            65,
            "checklist.authenticity_statement",
        ),
        (
            "an ID number written as an integer",
            BASE.replacen(
                "id_number = \"11010519491231002X\"",
                "id_number = 110105194912310021",
                1,
            )
            .into_bytes(),
            25,
            "subject.leader.id_number",
        ),
        (
            "a mobile number written as an integer",
            BASE.replacen("mobile = \"13800138000\"", "mobile = 13800138000", 1)
                .into_bytes(),
            27,
            "subject.leader.mobile",
        ),
    ]
}

fn check(lang: &str, args: &[&str], file: &Path) -> Output {
    let dir = file.parent().unwrap();
    Command::new(BIN)
        .args(["check", "--lang", lang])
        .args(args)
        .arg(file)
        .env_clear()
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .output()
        .unwrap()
}

const LEAKS: &[&str] = &[
    "struct ",
    "expected field",
    "invalid type",
    "unknown variant",
    "a sequence",
    "110105194912310021",
    "13800138000",
];

#[test]
fn every_broken_file_gets_line_field_and_what_to_do_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text, line, field) in cases() {
        let file = dir.path().join("broken.toml");
        std::fs::write(&file, &text).unwrap();
        for lang in ["en-US", "zh-CN"] {
            let o = check(lang, &["--json"], &file);
            assert_eq!(o.status.code(), Some(2), "{name}");
            let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            let error = &v["files"][0]["error"];
            assert_eq!(error["line"], line, "{name} ({lang}): {error}");
            assert_eq!(error["field"], field, "{name} ({lang}): {error}");
            let message = error["message"].as_str().unwrap();
            for leak in LEAKS {
                assert!(
                    !message.contains(leak),
                    "{name} ({lang}) leaks {leak:?}: {message}"
                );
            }
            let text = String::from_utf8(check(lang, &[], &file).stderr).unwrap();
            assert!(text.contains("broken.toml"), "{name} ({lang}): {text}");
            assert!(text.contains(field), "{name} ({lang}): {text}");
            let (at_line, to_do) = match lang {
                "en-US" => (
                    format!("line {line}"),
                    [". ", "Write", "Add", "Keep", "Put", "Check"],
                ),
                _ => (
                    format!("第 {line} 行"),
                    ["。", "请", "请", "请", "请", "请"],
                ),
            };
            assert!(text.contains(&at_line), "{name} ({lang}): {text}");
            assert!(
                to_do.iter().any(|w| text.contains(w)),
                "{name} ({lang}): {text}"
            );
            for leak in LEAKS {
                assert!(
                    !text.contains(leak),
                    "{name} ({lang}) leaks {leak:?}: {text}"
                );
            }
        }
    }
}

#[test]
fn an_id_number_is_masked_and_a_short_number_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.toml");
    std::fs::write(
        &file,
        BASE.replacen(
            "id_number = \"11010519491231002X\"",
            "id_number = 110105194912310021",
            1,
        ),
    )
    .unwrap();
    let text = String::from_utf8(check("en-US", &[], &file).stderr).unwrap();
    assert!(text.contains("1101**********0021"), "{text}");
    std::fs::write(
        &file,
        BASE.replace("service_codes_used = 1", "service_codes_used = \"1\""),
    )
    .unwrap();
    let text = String::from_utf8(check("en-US", &[], &file).stderr).unwrap();
    assert!(text.contains("the text \"1\""), "{text}");
}

#[test]
fn invalid_utf8_names_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.toml");
    std::fs::write(
        &file,
        BASE.replacen("张三", "\u{0}", 1)
            .replace('\u{0}', "")
            .as_bytes(),
    )
    .unwrap();
    let mut bytes = BASE.as_bytes().to_vec();
    let at = BASE.find("张三").unwrap();
    bytes[at] = 0xff;
    std::fs::write(&file, &bytes).unwrap();
    for (lang, expected) in [("en-US", "line 14, column 9"), ("zh-CN", "第 14 行第 9 列")] {
        let o = check(lang, &["--json"], &file);
        assert_eq!(o.status.code(), Some(2));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["files"][0]["error"]["line"], 14);
        let message = v["files"][0]["error"]["message"].as_str().unwrap();
        assert!(message.contains(expected), "{message}");
    }
}

#[cfg(unix)]
#[test]
fn what_is_not_a_regular_file_is_refused_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.toml");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    // Reading a FIFO without a writer would wait forever; /dev/urandom never ends.
    for path in [fifo.as_path(), Path::new("/dev/urandom"), dir.path()] {
        let o = check("en-US", &[], path);
        assert_eq!(o.status.code(), Some(2), "{}", path.display());
        let text = String::from_utf8(o.stderr).unwrap();
        assert!(text.contains("not a regular file"), "{text}");
    }
}

mod mutated {
    use icp_tui::i18n::{Lang, Localizer};
    use icp_tui::model::Application;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Random edits of a valid file: parsing and wording never panic, every error has a
        /// line, and the ID and mobile numbers in the file are never quoted in full.
        #[test]
        fn mutated_files_get_a_message_and_never_a_full_id(
            edits in proptest::collection::vec((0usize..4000, any::<u8>(), 0u8..3), 1..4)
        ) {
            let mut bytes = super::BASE.as_bytes().to_vec();
            for (at, byte, op) in edits {
                let at = at % (bytes.len() + 1);
                match op {
                    0 => bytes.insert(at, byte),
                    1 if at < bytes.len() => { bytes.remove(at); }
                    _ if at < bytes.len() => bytes[at] = byte,
                    _ => {}
                }
            }
            let Ok(text) = String::from_utf8(bytes) else { return Ok(()) };
            if let Err(e) = Application::from_toml_str(&text) {
                prop_assert!(e.line.is_some(), "{:?}", e);
                for lang in [Lang::EnUs, Lang::ZhCn] {
                    let message = icp_tui::report::parse_error(&e, &Localizer::new(lang));
                    prop_assert!(!message.is_empty());
                    prop_assert!(!message.contains("11010519491231002X"), "{}", message);
                    prop_assert!(!message.contains("13800138000"), "{}", message);
                }
            }
        }
    }
}
