//! Each website: its name by subject kind, its content categories (pre-approvals, what
//! individuals may not run) and its leader's identity document.

use crate::model::{Content, SubjectKind};
use crate::validate::website_name::{self, NamingRules, Severity as NameSeverity};

use super::context::{Ctx, Out, given};
use super::finding::{Finding, Severity};
use super::subject;

pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    for (i, site) in ctx.app.websites.iter().enumerate() {
        let path = format!("websites[{i}]");
        if let Some(name) = given(&site.name) {
            check_name(ctx, name, &path, out);
        }
        for content in dedup(&site.content) {
            check_content(ctx, content, &site.pre_approvals, &path, out);
        }
        if ctx.is_organization() {
            subject::check_person(ctx, &site.leader, &format!("{path}.leader"), out);
        }
    }
}

fn check_name(ctx: &Ctx<'_>, name: &str, path: &str, out: &mut Out) {
    // Until the kind is answered, only the rules every kind shares apply.
    let kind = ctx.kind().unwrap_or(SubjectKind::Enterprise);
    let field = format!("{path}.name");
    for v in website_name::check(name, kind, NamingRules::builtin()) {
        let (code, severity) = match v.severity() {
            NameSeverity::Error => ("WEBSITE_NAME_RULE", Severity::Error),
            NameSeverity::Warning => ("WEBSITE_NAME_ADVICE", Severity::Warning),
        };
        out.push(
            Finding::new(code, severity, field.clone())
                .arg("rule", v.rule.as_code())
                .arg("word", v.word.unwrap_or_default()),
        );
    }
}

pub(crate) fn check_content(
    ctx: &Ctx<'_>,
    content: Content,
    held: &[Content],
    path: &str,
    out: &mut Out,
) {
    let Some(rule) = ctx.rules.filing().content(content) else {
        return;
    };
    if ctx.is_individual() && !rule.individual_allowed {
        out.push(
            Finding::new(
                "INDIVIDUAL_NOT_ALLOWED_CONTENT",
                Severity::Error,
                format!("{path}.content"),
            )
            .arg("content", content.as_str()),
        );
    } else if rule.pre_approval && !held.contains(&content) {
        out.push(
            Finding::new(
                "CONTENT_PRE_APPROVAL",
                Severity::Error,
                format!("{path}.pre_approvals"),
            )
            .arg("content", content.as_str()),
        );
    }
}

fn dedup(content: &[Content]) -> Vec<Content> {
    let mut seen = Vec::new();
    for c in content {
        if !seen.contains(c) {
            seen.push(*c);
        }
    }
    seen
}
