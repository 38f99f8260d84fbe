//! An application as a Markdown document a person can print or send to a colleague: the
//! document checklist, what the engine found, the deadlines and the progress so far. Pure: the
//! caller gives the checklist, the report, the moment and the words.

use std::fmt::Write;

use super::deadline::{deadline_label, time_left};
use super::{display_title, finding_text};
use crate::engine::readiness::{Status, readiness, status};
use crate::engine::tracker::Field;
use crate::engine::urgency::by_urgency;
use crate::engine::{ChecklistItem, Report, Severity};
use crate::i18n::{Lang, Localizer, arg_num, arg_str};
use crate::model::{Application, Instant};
use crate::rules::{Bilingual, Need, Rules};

/// Everything the document shows.
pub struct Export<'a> {
    pub app: &'a Application,
    /// The application file as the user named it.
    pub file: &'a str,
    pub now: &'a Instant,
    pub items: &'a [ChecklistItem<'a>],
    pub report: &'a Report,
    pub rules: &'a Rules,
}

/// The whole document of `app` as of `now`: the engine run, the checklist and the words
/// (`icp-tui export`, the TUI's export key). `file` is the path the document names; `files`
/// what the disk says about the files it names (gathered by the caller: report reads no disk).
pub fn document(
    app: &Application,
    file: &str,
    rules: &Rules,
    now: &Instant,
    files: &crate::engine::FileFacts,
    tr: &Localizer,
) -> String {
    let today = app.meta.updated.as_ref().map(|i| i.china_date());
    let items = crate::engine::checklist_with_scans(app, rules, today, &files.scans);
    let report = crate::engine::check_with_files(app, rules, now, files);
    render(
        &Export {
            app,
            file,
            now,
            items: &items,
            report: &report,
            rules,
        },
        tr,
    )
}

/// Escapes text so Markdown shows it as written (names may hold `*`, `_`, `[` or `|`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Inline code, with a fence long enough for any backticks inside.
fn code(text: &str) -> String {
    let fence = if text.contains('`') { "``" } else { "`" };
    format!("{fence}{}{fence}", text.replace(['\n', '\r'], " "))
}

pub fn render(e: &Export<'_>, tr: &Localizer) -> String {
    let mut out = String::new();
    let title = display_title(e.app, tr);
    let _ = writeln!(
        out,
        "# {}\n",
        tr.ta("export-title", &[("title", arg_str(&escape(&title)))])
    );
    let _ = writeln!(
        out,
        "{}\n",
        tr.ta(
            "export-intro",
            &[
                ("file", arg_str(&code(e.file))),
                ("today", arg_str(&e.now.china_date().to_string())),
                ("rules", arg_str(&e.rules.as_of().to_string())),
            ]
        )
    );
    summary(&mut out, e, tr);
    apps(&mut out, e, tr);
    checklist(&mut out, e, tr);
    findings(&mut out, e, tr);
    deadlines(&mut out, e, tr);
    progress(&mut out, e, tr);
    let _ = writeln!(out, "---\n\n{}", tr.t("export-footer"));
    out
}

fn summary(out: &mut String, e: &Export<'_>, tr: &Localizer) {
    let _ = writeln!(out, "## {}\n", tr.t("export-summary"));
    let unknown = tr.t("export-not-given");
    let province = e
        .app
        .subject
        .province
        .as_deref()
        .and_then(|p| e.rules.province(p))
        .map(|p| match tr.lang() {
            Lang::ZhCn => p.name_zh.clone(),
            Lang::EnUs => format!("{} ({})", p.name_en, p.name_zh),
        });
    let line = |out: &mut String, id: &str, value: Option<String>| {
        let _ = writeln!(
            out,
            "- {}{}",
            label(tr, id),
            value.unwrap_or_else(|| unknown.clone())
        );
    };
    line(
        out,
        "export-subject",
        e.app.subject.name.as_deref().map(escape),
    );
    line(out, "export-province", province.as_deref().map(escape));
    for (i, site) in e.app.websites.iter().enumerate() {
        let name = site.name.as_deref().map(escape);
        let domain = site.domain.as_deref().map(code);
        let value = match (name, domain) {
            (Some(n), Some(d)) => Some(format!("{n} ({d})")),
            (n, d) => n.or(d),
        };
        let website = tr.ta("export-website", &[("n", arg_num(i as i64 + 1))]);
        let label = super::label(tr, &website);
        let _ = writeln!(out, "- {label}{}", value.unwrap_or_else(|| unknown.clone()));
    }
    out.push('\n');
}

fn checklist(out: &mut String, e: &Export<'_>, tr: &Localizer) {
    let lang = tr.lang();
    let r = readiness(e.items);
    let _ = writeln!(out, "## {}\n", tr.t("export-documents"));
    if e.items.is_empty() {
        let _ = writeln!(out, "{}\n", tr.t("export-documents-none"));
        return;
    }
    let _ = writeln!(
        out,
        "{}\n",
        tr.ta(
            "documents-ready",
            &[
                ("done", arg_num(r.done as i64)),
                ("total", arg_num(r.required as i64)),
            ]
        )
    );
    for item in e.items {
        let rule = item.rule;
        let mark = if item.done { "[x]" } else { "[ ]" };
        let mut head = format!("- {mark} **{}**", escape(&rule.name_zh));
        if lang == Lang::EnUs {
            let _ = write!(head, " ({})", escape(&rule.name_en));
        }
        if rule.need == Need::IfApplicable {
            let _ = write!(head, " - {}", tr.t("documents-if-applicable"));
        }
        if status(item) == Status::NoLongerRequired {
            let _ = write!(head, " - *{}*", tr.t("documents-not-required"));
        }
        let _ = writeln!(out, "{head}");
        let _ = writeln!(out, "  - {}", escape(rule.explain.text(lang)));
        if !item.done {
            let _ = writeln!(
                out,
                "  - {}{}",
                label(tr, "documents-why"),
                escape(rule.why.text(lang))
            );
            // "These provinces …" names them, as the Documents step does.
            if !rule.when.provinces.is_empty() {
                let _ = writeln!(
                    out,
                    "  - {}{}",
                    label(tr, "habits-documents-provinces"),
                    escape(&super::province_names(e.rules, &rule.when.provinces, lang))
                );
            }
            let _ = writeln!(
                out,
                "  - {}{}",
                label(tr, "documents-how"),
                escape(rule.how.text(lang))
            );
        }
        if let Some(file) = &item.file {
            let _ = writeln!(out, "  - {}{}", label(tr, "documents-file"), code(file));
        }
        if let Some(note) = &item.note {
            let _ = writeln!(out, "  - {}{}", label(tr, "documents-note"), escape(note));
        }
    }
    out.push('\n');
}

fn findings(out: &mut String, e: &Export<'_>, tr: &Localizer) {
    let _ = writeln!(out, "## {}\n", tr.t("export-findings"));
    if e.report.findings.is_empty() {
        let _ = writeln!(out, "{}\n", tr.t("export-findings-none"));
        return;
    }
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        let found: Vec<_> = e
            .report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .collect();
        if found.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "### {}\n",
            tr.ta(
                &format!("export-severity-{}", severity.as_str()),
                &[("count", arg_num(found.len() as i64))]
            )
        );
        for f in found {
            let message = if finding_text::known(f, tr) {
                format!(" {}", escape(&finding_text::message(f, e.rules, tr)))
            } else {
                String::new()
            };
            // A finding about the whole application (field "") names no field.
            let field = if f.field.is_empty() {
                String::new()
            } else {
                format!(" ({})", code(&f.field))
            };
            let _ = writeln!(out, "- {}{message}{field}", code(f.code));
            if let Some(fix) = finding_text::fix(f, e.rules, tr) {
                let _ = writeln!(out, "  - {}{}", label(tr, "export-fix"), escape(&fix));
            }
        }
        out.push('\n');
    }
}

fn deadlines(out: &mut String, e: &Export<'_>, tr: &Localizer) {
    let _ = writeln!(out, "## {}\n", tr.t("countdown-deadlines"));
    if e.report.deadlines.is_empty() {
        let _ = writeln!(out, "{}\n", tr.t("export-deadlines-none"));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n| --- | --- | --- |",
            tr.t("export-col-deadline"),
            tr.t("export-col-due"),
            tr.t("export-col-left")
        );
        for t in by_urgency(&e.report.deadlines, e.now) {
            let label = deadline_label(e.app, t.deadline.kind, &t.deadline.field, tr);
            let due = t
                .deadline
                .due_at
                .as_ref()
                .map_or_else(|| t.deadline.due.to_string(), Instant::to_string);
            let _ = writeln!(
                out,
                "| {} | {due} | {} |",
                escape(&label),
                escape(&time_left(&t, tr))
            );
        }
        out.push('\n');
    }
    if e.app.access.subscription_end.is_some() {
        let _ = writeln!(out, "> {}\n", tr.t("countdown-instance-warning"));
    } else {
        let _ = writeln!(out, "> {}\n", tr.t("countdown-instance-missing"));
    }
}

fn progress(out: &mut String, e: &Export<'_>, tr: &Localizer) {
    let _ = writeln!(out, "## {}\n", tr.t("countdown-tracker"));
    let recorded: Vec<_> = Field::ALL
        .iter()
        .map(|f| (f, f.get(&e.app.progress)))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    if recorded.is_empty() {
        let _ = writeln!(out, "{}\n", tr.t("export-progress-none"));
        return;
    }
    for (field, value) in recorded {
        let _ = writeln!(
            out,
            "- {}{}",
            label(tr, &format!("tracker-field-{}", field.key())),
            escape(&value)
        );
    }
    out.push('\n');
}

/// The apps of the filing with what their forms ask for; nothing when there are none.
fn apps(out: &mut String, e: &Export<'_>, tr: &Localizer) {
    if e.app.apps.is_empty() && e.app.progress.app_numbers.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "## {}
",
        tr.t("apps-title")
    );
    for (i, x) in e.app.apps.iter().enumerate() {
        let name = super::app_title(x, i, tr);
        let mut facts = Vec::new();
        if let Some(k) = x.kind {
            facts.push(tr.t(&format!("app-kind-{}", k.as_str())));
        }
        let platforms: Vec<String> = x
            .platforms
            .iter()
            .map(|p| tr.t(&format!("app-platform-{}", p.as_str())))
            .collect();
        if !platforms.is_empty() {
            facts.push(platforms.join(", "));
        }
        let facts = if facts.is_empty() {
            String::new()
        } else {
            format!(" ({})", facts.join("; "))
        };
        let _ = writeln!(out, "- **{}**{facts}", escape(&name));
        let rows = [
            ("app-package", &x.android.package),
            ("app-signature-md5", &x.android.signature_md5),
            ("app-bundle-id", &x.ios.bundle_id),
            ("app-signature-sha1", &x.ios.signature_sha1),
            ("app-bundle-name", &x.harmonyos.bundle_name),
            ("app-fingerprint", &x.harmonyos.fingerprint),
            ("app-mp-app-id", &x.mini_program.app_id),
        ];
        for (id, value) in rows {
            if let Some(v) = value.as_deref().filter(|v| !v.trim().is_empty()) {
                let _ = writeln!(out, "  - {}{}", label(tr, id), code(v));
            }
        }
        if !x.domains.is_empty() {
            let domains: Vec<String> = x.domains.iter().map(|d| code(d)).collect();
            let _ = writeln!(
                out,
                "  - {}{}",
                label(tr, "app-domains"),
                domains.join(", ")
            );
        }
    }
    for number in &e.app.progress.app_numbers {
        let _ = writeln!(
            out,
            "- {}{}",
            label(tr, "export-app-number"),
            escape(number)
        );
    }
    out.push('\n');
}

/// "Label: " or "标签：" for a message id.
fn label(tr: &Localizer, id: &str) -> String {
    super::label(tr, &tr.t(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_characters_in_names_are_escaped() {
        assert_eq!(escape("A*B_[C]|#1"), "A\\*B\\_\\[C\\]\\|\\#1");
        assert_eq!(escape("张三\n李四"), "张三 李四");
        assert_eq!(code("a`b"), "``a`b``");
    }
}
