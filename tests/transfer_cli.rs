//! `icp-tui import` and `icp-tui export` of many filings, as a script runs them: the real
//! binary on the fixtures of tests/data/import/ (CSV and XLSX, good and bad rows), the
//! template round trip, and the export of a whole profile (a Markdown folder and a CSV).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use icp_tui::model::{Application, Instant, Website};
use icp_tui::transfer::{columns, template};

const BIN: &str = env!("CARGO_BIN_EXE_icp-tui");

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/import")
        .join(name)
}

struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn profile(&self) -> PathBuf {
        self.path("profile")
    }

    /// Runs the binary with the sandbox's profile, a fixed day and no locale from outside.
    fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .arg("--profile")
            .arg(self.profile())
            .env_clear()
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.path("config"))
            .output()
            .unwrap()
    }

    fn import(&self, file: &Path, args: &[&str]) -> Output {
        let mut all = vec!["import", file.to_str().unwrap(), "--today", "2026-12-01"];
        all.extend_from_slice(args);
        self.run(&all)
    }

    /// The files of the profile, by name.
    fn filings(&self) -> Vec<(String, Application)> {
        let dir = self.profile().join("applications");
        let mut out: Vec<(String, Application)> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .map(|e| {
                        let path = e.unwrap().path();
                        let text = std::fs::read_to_string(&path).unwrap();
                        let name = path.file_name().unwrap().to_string_lossy().into_owned();
                        (name, Application::from_toml_str(&text).unwrap())
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn a_good_csv_makes_one_filing_a_row_and_says_where_each_went() {
    let s = Sandbox::new();
    let out = s.import(&fixture("good.csv"), &["--lang", "en-US"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let filings = s.filings();
    let names: Vec<&str> = filings.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["20261201-001.toml", "20261201-002.toml"]);
    // Row 3 is blank: the second filing is row 4, as the spreadsheet shows it.
    assert!(text.contains("Row 2: 张三的博客, "), "{text}");
    assert!(
        text.contains("20261201-001.toml: 1 error, 1 warning"),
        "{text}"
    );
    assert!(text.contains("Row 4: Example Ltd, "), "{text}");
    assert!(text.contains("2 filings imported into"), "{text}");

    let zhang = &filings[0].1;
    assert_eq!(zhang.meta.reference.as_deref(), Some("A-001"));
    assert_eq!(
        zhang.subject.name.as_deref(),
        Some("张三"),
        "title in Chinese"
    );
    assert_eq!(
        zhang.subject.address.as_deref(),
        Some("北京市朝阳区\n建国路 1 号")
    );
    let site = &zhang.websites[0];
    assert_eq!(site.registration.real_name_verified, Some(true));
    assert_eq!(site.registration.expires.unwrap().to_string(), "2027-05-01");
    assert_eq!(
        zhang.progress.submitted.as_ref().unwrap().to_string(),
        "2026-11-23T10:00:00+08:00"
    );
    let ltd = &filings[1].1;
    assert_eq!(ltd.websites[0].content.len(), 2);
    assert_eq!(ltd.access.service_codes_used, Some(1));

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let file = s.profile().join("applications/20261201-001.toml");
        let mode = std::fs::metadata(file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // Never over an existing filing: a second import makes new files.
    let again = s.import(&fixture("good.csv"), &[]);
    assert_eq!(code(&again), 0);
    assert_eq!(s.filings().len(), 4);
    assert_eq!(s.filings()[0].1, filings[0].1);
}

#[test]
fn bad_cells_are_named_by_row_and_column_and_nothing_is_written() {
    let s = Sandbox::new();
    let out = s.import(&fixture("bad.csv"), &["--lang", "en-US"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    for line in [
        "bad.csv, row 2, column A (subject.kind): “persoon” is not a value of this field. Use one of: Individual (individual), Enterprise (enterprise),",
        "bad.csv, row 2, column D (websites[0].registration.expires): “2027-02-30” is not a date.",
        "bad.csv, row 4, column E (access.public_ip): “maybe” is not yes or no.",
        "bad.csv, row 4, column F (access.service_codes_used): “-1” is not a whole number",
        "Nothing was written: 2 of 3 rows have bad cells.",
    ] {
        assert!(err.contains(line), "{line}\n{err}");
    }
    assert!(!err.contains("row 3"), "{err}");
    assert!(s.filings().is_empty());

    let zh = s.import(&fixture("bad.csv"), &["--lang", "zh-CN"]);
    let err = stderr(&zh);
    assert!(
        err.contains(
            "bad.csv，第 2 行 D 列（websites[0].registration.expires）：“2027-02-30”不是日期。"
        ),
        "{err}"
    );
    assert!(err.contains("未写入任何内容"), "{err}");
}

#[test]
fn partial_imports_the_valid_rows_and_exits_1() {
    let s = Sandbox::new();
    let out = s.import(&fixture("bad.csv"), &["--partial", "--lang", "en-US"]);
    assert_eq!(code(&out), 1);
    let filings = s.filings();
    assert_eq!(filings.len(), 1);
    assert_eq!(filings[0].1.subject.name.as_deref(), Some("赵六"));
    let text = stdout(&out);
    assert!(text.contains("Row 3: 赵六"), "{text}");
    assert!(text.contains("1 filing imported into"), "{text}");
    assert!(text.contains("2 rows were not imported"), "{text}");
}

#[test]
fn a_dry_run_writes_nothing() {
    let s = Sandbox::new();
    let out = s.import(&fixture("good.csv"), &["--dry-run", "--lang", "en-US"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Row 2: 张三的博客 would be a new filing"),
        "{text}"
    );
    assert!(text.contains("Dry run: 2 of 2 rows are valid"), "{text}");
    assert!(!s.profile().exists());
}

#[test]
fn an_xlsx_workbook_with_dates_numbers_and_booleans() {
    let s = Sandbox::new();
    let out = s.import(&fixture("good.xlsx"), &["--lang", "en-US"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let filings = s.filings();
    assert_eq!(filings.len(), 2);
    let zhang = &filings[0].1;
    // A number cell of a phone column, a date cell, a boolean cell, a date-time cell.
    assert_eq!(zhang.subject.leader.mobile.as_deref(), Some("13800138000"));
    let reg = &zhang.websites[0].registration;
    assert_eq!(reg.expires.unwrap().to_string(), "2027-05-01");
    assert_eq!(reg.real_name_verified, Some(true));
    assert_eq!(zhang.access.service_codes_used, Some(0));
    assert_eq!(
        zhang.progress.sms_requested.as_ref().unwrap().to_string(),
        "2026-11-24T16:00:00+08:00"
    );
    let ltd = &filings[1].1;
    assert_eq!(ltd.websites[0].registration.real_name_verified, Some(false));
    assert_eq!(
        ltd.progress.sms_requested.as_ref().unwrap().to_string(),
        "2026-11-24T17:30:00+08:00"
    );
}

#[test]
fn bad_xlsx_cells_are_named_by_row_and_column() {
    let s = Sandbox::new();
    let out = s.import(&fixture("bad.xlsx"), &["--lang", "en-US"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    for line in [
        // The ID typed as a number lost digits; the message masks it.
        "bad.xlsx, row 2, column D (主体负责人：手机号码, subject.leader.mobile): “1101**********0020” was typed as a number too long",
        "bad.xlsx, row 2, column F (websites[0].registration.expires): “2027-13-01” is not a date.",
        "bad.xlsx, row 2, column H (access.service_codes_used): “1.5” is not a whole number",
        // A date without a time where the moment counts.
        "bad.xlsx, row 2, column I (progress.sms_requested): “2026-11-24” is not a date and time.",
        "bad.xlsx, row 3, column H (access.service_codes_used): the cell holds the spreadsheet error #DIV/0!.",
        "Nothing was written: 2 of 2 rows have bad cells. Correct them and import again.",
    ] {
        assert!(err.contains(line), "{line}\n{err}");
    }
    assert!(s.filings().is_empty());
}

#[test]
fn a_header_that_names_no_field_stops_everything() {
    let s = Sandbox::new();
    let file = s.path("clients.csv");
    std::fs::write(&file, "subject.name,Client phone\n张三,138\n").unwrap();
    let out = s.import(&file, &["--partial", "--lang", "en-US"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains("clients.csv, row 1, column B: “Client phone” names no field."),
        "{err}"
    );
    assert!(s.filings().is_empty());
    let other = s.path("clients.txt");
    std::fs::write(&other, "x").unwrap();
    let out = s.import(&other, &["--lang", "en-US"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("only .csv and .xlsx files can be imported"));
}

/// A filing with every part the template has columns for: two websites, one app, notice
/// and change (the spec's example and the additions of 2026-12 together).
fn full_filing() -> Application {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let read = |name: &str| {
        Application::from_toml_str(&std::fs::read_to_string(data.join(name)).unwrap()).unwrap()
    };
    let mut app = read("spec_example.toml");
    let more = read("additions_2026_12.toml");
    app.meta.reference = Some("AG-2026-17".into());
    app.notices = more.notices;
    app.changes = more.changes;
    app.apps = more.apps;
    app.apps[0]
        .domain_numbers
        .insert("cdn.example.cn".into(), "京ICP备2026099999号".into());
    app.access.public_ip_address = more.access.public_ip_address;
    app.progress.app_numbers = more.progress.app_numbers;
    app.websites[0].footer = more.websites[0].footer.clone();
    app.websites.push(Website {
        name: Some("张三的相册".into()),
        domain: Some("photos.example.cn".into()),
        languages: vec!["zh-CN".into(), "en".into()],
        ..Website::default()
    });
    // A document's column is its tick: the scan and the note are not columns.
    for entry in app.checklist.values_mut() {
        entry.file = None;
        entry.note = None;
    }
    app
}

#[test]
fn the_template_round_trips_a_filled_row_to_the_same_model() {
    let s = Sandbox::new();
    for lang in ["en-US", "zh-CN"] {
        let template = s.path(&format!("template-{lang}.csv"));
        let out = s.run(&[
            "import",
            "--template",
            "-o",
            template.to_str().unwrap(),
            "--lang",
            lang,
        ]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let text = std::fs::read_to_string(&template).unwrap();
        let text = text
            .strip_prefix('\u{feff}')
            .expect("a byte-order mark for Excel");
        let mut lines = text.lines();
        let paths: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert!(paths.contains(&"websites[1].domain"), "{paths:?}");
        let titles = lines.next().unwrap();
        let title = if lang == "en-US" {
            "Website 2: Domain"
        } else {
            "网站2：域名"
        };
        assert!(titles.contains(title), "{titles}");

        // Fill one row under the template's two rows, then import it.
        let app = full_filing();
        let headers = columns::Headers::new(icp_tui::rules::Rules::builtin());
        let cols: Vec<_> = paths.iter().map(|p| headers.column(p).unwrap()).collect();
        assert!(
            paths.contains(&"checklist.authenticity_statement"),
            "{paths:?}"
        );
        let row = template::cells(&app, &cols);
        let filled = s.path(&format!("filled-{lang}.csv"));
        std::fs::write(&filled, format!("{text}{}", template::csv(&[row]))).unwrap();
        let out = s.import(&filled, &[]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let filings = s.filings();
    assert_eq!(filings.len(), 2);
    for (_, imported) in filings {
        let mut expected = full_filing();
        let day = Instant::parse("2026-12-01T12:00:00+08:00").unwrap();
        expected.meta.created = Some(day.clone());
        expected.meta.updated = Some(day);
        assert_eq!(imported, expected);
    }
}

#[test]
fn the_xlsx_template_has_the_same_columns_and_is_never_written_over() {
    let s = Sandbox::new();
    let file = s.path("template.xlsx");
    let out = s.run(&["import", "--template", "-o", file.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let sheet = icp_tui::transfer::sheet::read(&file).unwrap();
    let csv = s.run(&["import", "--template", "--lang", "en-US"]);
    let first = stdout(&csv).lines().next().unwrap().to_string();
    let header: Vec<String> = sheet.rows[0].cells.iter().map(|c| c.shown()).collect();
    assert_eq!(header.join(","), first);
    let again = s.run(&[
        "import",
        "--template",
        "-o",
        file.to_str().unwrap(),
        "--lang",
        "en-US",
    ]);
    assert_eq!(code(&again), 2);
    assert!(stderr(&again).contains("already exists and is left as it is"));

    // What an enum or checklist column accepts, as the input message of its cells below
    // the two rows: in the language of the template.
    let sheet_xml = |file: &Path| {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
            &mut xml,
        )
        .unwrap();
        xml
    };
    let xml = sheet_xml(&file);
    assert!(
        xml.contains("prompt=\"One of: Individual, Enterprise, Government body, Public institution, Social organisation, Other organisation; in English or Chinese, or the name icp-tui saves.\" sqref=\"D3:D1048576\""),
        "{xml}"
    );
    assert!(xml.contains("prompt=\"Ready: yes, ✓ or 是."), "{xml}");
    let zh = s.path("模板.xlsx");
    let out = s.run(&[
        "import",
        "--template",
        "-o",
        zh.to_str().unwrap(),
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let xml = sheet_xml(&zh);
    assert!(xml.contains("prompt=\"可填：个人、企业、"), "{xml}");
    assert!(xml.contains("prompt=\"省份的中文或英文名称"), "{xml}");
}

#[test]
fn export_of_a_profile_as_a_markdown_folder_and_a_csv() {
    let s = Sandbox::new();
    assert_eq!(code(&s.import(&fixture("good.csv"), &[])), 0);
    let apps = s.profile().join("applications");
    std::fs::write(
        apps.join("broken.toml"),
        "format = \"icp-tui/application\"\nversion = 1\n[meta\n",
    )
    .unwrap();

    let folder = s.path("out");
    let out = s.run(&[
        "export",
        "--format",
        "markdown",
        "-o",
        folder.to_str().unwrap(),
        "--today",
        "2026-12-01",
        "--lang",
        "en-US",
    ]);
    assert_eq!(code(&out), 2, "an unreadable file is exit 2");
    let text = stdout(&out);
    for id in ["20261201-001", "20261201-002"] {
        let path = folder.join(format!("{id}.md"));
        assert!(
            text.contains(&format!("Wrote {}", path.display())),
            "{text}"
        );
        let doc = std::fs::read_to_string(&path).unwrap();
        assert!(doc.starts_with("# ICP filing: "), "{doc}");
    }
    assert!(text.contains("2 documents written to"), "{text}");
    assert!(
        stderr(&out).contains("broken.toml was not exported: line 3"),
        "{}",
        stderr(&out)
    );

    let out = s.run(&[
        "export",
        "--format",
        "csv",
        "--today",
        "2026-12-01",
        "--lang",
        "en-US",
    ]);
    assert_eq!(code(&out), 2);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Id,File,Title,Ref.,Subject,Province,Step,Err,Warn,Next deadline,Deadline,Days left"
    );
    assert!(
        lines[1].starts_with("broken,") && lines[1].contains(",?,?,?,,?"),
        "{text}"
    );
    // Most urgent first: the domain of row 2 expires first.
    assert!(lines[2].starts_with("20261201-001,"), "{text}");
    assert!(
        lines[2].contains(",张三的博客,A-001,张三,Beijing,Province,1,1,2027-05-01,"),
        "{text}"
    );
    assert!(lines[2].ends_with(",151"), "{text}");
    assert_eq!(lines.len(), 4);

    // Named files, in the order named, to a file.
    let csv = s.path("list.csv");
    let one = apps.join("20261201-002.toml");
    let out = s.run(&[
        "export",
        "--format",
        "csv",
        "-o",
        csv.to_str().unwrap(),
        "--lang",
        "zh-CN",
        "--today",
        "2026-12-01",
        one.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let written = std::fs::read_to_string(&csv).unwrap();
    assert!(written.starts_with("\u{feff}编号,文件,"), "{written}");
    assert!(written.contains("北京星河科技有限公司,北京"), "{written}");
}

#[test]
fn the_one_writer_rule_holds_while_the_tui_has_the_profile() {
    let s = Sandbox::new();
    // The TUI's hold on the profile, taken here in the test's process.
    let held =
        icp_tui::profile::Profile::open(s.profile(), icp_tui::profile::Mode::ReadWrite).unwrap();
    let out = s.import(&fixture("good.csv"), &["--lang", "en-US"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("Another icp-tui is using the profile"),
        "{}",
        stderr(&out)
    );
    assert!(s.filings().is_empty());
    // A dry run only reads the sheet: it works meanwhile.
    let dry = s.import(&fixture("good.csv"), &["--dry-run"]);
    assert_eq!(code(&dry), 0, "{}", stderr(&dry));
    drop(held);
    assert_eq!(code(&s.import(&fixture("good.csv"), &[])), 0);
    assert_eq!(s.filings().len(), 2);
}

#[test]
fn enum_cells_take_the_labels_of_either_language() {
    let s = Sandbox::new();
    let file = s.path("agency.csv");
    std::fs::write(
        &file,
        "subject.kind,subject.province,subject.certificate_type,access.provider,access.service_type,websites[0].content,access.billing\n\
         个人,广东,Resident ID card,阿里云,轻量应用服务器,新闻； General,包年包月\n\
         \u{3000}ＥＮＴＥＲＰＲＩＳＥ ,Guangdong,uscc,Tencent Cloud,轻量应用服务器,general,pay-as-you-go\n\
         enterprise,44,营业执照,tencent,lighthouse,,\n",
    )
    .unwrap();
    let out = s.import(&file, &["--lang", "en-US"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let filings = s.filings();
    let saved = |i: usize| {
        let a: &Application = &filings[i].1;
        (
            a.subject.kind.map(|k| k.as_str()),
            a.subject.province.clone(),
            a.subject.certificate_type.map(|c| c.as_str()),
            a.access.provider.map(|p| p.as_str()),
            a.access.service_type.map(|t| t.as_str()),
        )
    };
    assert_eq!(
        saved(0),
        (
            Some("individual"),
            Some("guangdong".into()),
            Some("resident_id"),
            Some("alibaba"),
            // The same name is Alibaba's simple application server and Tencent's Lighthouse:
            // the row's provider tells.
            Some("simple_application_server")
        )
    );
    let contents: Vec<&str> = filings[0].1.websites[0]
        .content
        .iter()
        .map(|c| c.as_str())
        .collect();
    assert_eq!(contents, ["news", "general"]);
    assert_eq!(saved(1).0, Some("enterprise"));
    assert_eq!(saved(1).4, Some("lighthouse"));
    assert_eq!(saved(2).1, Some("guangdong".into()), "the province's code");
    assert_eq!(saved(2).2, Some("business_license"));
}

#[test]
fn an_unknown_or_ambiguous_word_lists_the_words_in_the_users_language() {
    let s = Sandbox::new();
    let file = s.path("agency.csv");
    std::fs::write(
        &file,
        "subject.kind,subject.province,access.service_type\n个体,广,轻量应用服务器\n",
    )
    .unwrap();
    let out = s.import(&file, &["--lang", "zh-CN"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    for line in [
        "agency.csv，第 2 行 A 列（subject.kind）：“个体”不是此字段的取值。请用以下之一：个人（individual）、企业（enterprise）、",
        "第 2 行 B 列（subject.province）：“广”不是此字段的取值。请用以下之一：北京市（beijing）、",
        // No provider on the row: two services share the name.
        "第 2 行 C 列（access.service_type）：“轻量应用服务器”对应此字段的多个取值。请写明是哪一个：轻量应用服务器（simple_application_server）、轻量应用服务器（lighthouse）。",
    ] {
        assert!(err.contains(line), "{line}\n{err}");
    }
    let out = s.import(&file, &["--lang", "en-US"]);
    let err = stderr(&out);
    assert!(
        err.contains("“个体” is not a value of this field. Use one of: Individual (individual), Enterprise (enterprise), "),
        "{err}"
    );
    assert!(s.filings().is_empty());
}

#[test]
fn the_checklist_by_path_and_by_document_name() {
    let s = Sandbox::new();
    let file = s.path("documents.csv");
    std::fs::write(
        &file,
        "subject.name,checklist.subject.id_card,网站备案信息真实性核验单,Documents: Domain certificate\n\
         张三,✓,否,\n\
         李四,yes,是,no\n",
    )
    .unwrap();
    let out = s.import(&file, &["--lang", "en-US"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let filings = s.filings();
    let ticks = |i: usize| -> Vec<(String, bool)> {
        filings[i]
            .1
            .checklist
            .iter()
            .map(|(id, e)| (id.clone(), e.done))
            .collect()
    };
    assert_eq!(
        ticks(0),
        [
            ("authenticity_statement".to_string(), false),
            ("subject.id_card".to_string(), true)
        ],
        "an empty cell is no entry"
    );
    assert_eq!(
        ticks(1),
        [
            ("authenticity_statement".to_string(), true),
            ("domain.certificate".to_string(), false),
            ("subject.id_card".to_string(), true)
        ]
    );
}

#[test]
fn bad_checklist_cells_and_headers() {
    let s = Sandbox::new();
    let file = s.path("documents.csv");
    std::fs::write(&file, "checklist.subject.id_card\nmaybe\n").unwrap();
    let out = s.import(&file, &["--lang", "en-US"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains("documents.csv, row 2, column A (checklist.subject.id_card): “maybe” does not say whether the document is ready. Write yes or no (✓,"),
        "{err}"
    );
    std::fs::write(
        &file,
        "checklist.subject.id_cart,Sealed original verification form\nyes,yes\n",
    )
    .unwrap();
    let out = s.import(&file, &["--lang", "en-US"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains("column A: “checklist.subject.id_cart” names no field."),
        "{err}"
    );
    assert!(
        err.contains("column B: “Sealed original verification form” names more than one column (checklist.province.henan.sealed_verification_form, checklist.province.yunnan.sealed_verification_form). Use its path instead."),
        "{err}"
    );
    assert!(s.filings().is_empty());
}
