//! The online results in words: one line per check for `check`'s text output, and the
//! `"online"` array of its JSON (docs/cli.md).

use serde_json::{Value, json};

use super::{CheckResult, Detail, OnlineReport};
use crate::i18n::{Localizer, arg_str};

/// "Homepage", "首页".
pub fn check_name(result: &CheckResult, tr: &Localizer) -> String {
    tr.t(&format!("online-check-{}", result.kind.as_str()))
}

/// The result's sentence in the UI language.
pub fn detail(detail: &Detail, tr: &Localizer) -> String {
    let args: Vec<_> = detail
        .args
        .iter()
        .map(|(name, value)| (*name, arg_str(value)))
        .collect();
    tr.ta(&format!("online-{}", detail.id), &args)
}

/// `    ✓ Homepage (example.cn): fetched …` lines under a heading, for one file.
pub fn text(report: &OnlineReport, tr: &Localizer) -> String {
    let mut out = format!("  {}\n", tr.t("online-heading"));
    if report.checks.is_empty() {
        out.push_str(&format!("    {}\n", tr.t("online-no-websites")));
    }
    for r in &report.checks {
        let name = if r.domain.is_empty() {
            tr.ta(
                "online-check-of-website",
                &[
                    ("check", arg_str(&check_name(r, tr))),
                    ("index", arg_str(&(r.website + 1).to_string())),
                ],
            )
        } else {
            tr.ta(
                "online-check-of-domain",
                &[
                    ("check", arg_str(&check_name(r, tr))),
                    ("domain", arg_str(&r.domain)),
                ],
            )
        };
        out.push_str(&format!(
            "    {} {}{}\n",
            r.outcome.symbol(),
            crate::app::view::label(tr, &name),
            detail(&r.detail, tr)
        ));
    }
    out
}

/// `[{"check", "website", "domain", "outcome", "detail"}]`.
pub fn json(report: &OnlineReport, tr: &Localizer) -> Value {
    Value::Array(
        report
            .checks
            .iter()
            .map(|r| {
                json!({
                    "check": r.kind.as_str(),
                    "website": r.website,
                    "domain": r.domain,
                    "outcome": r.outcome.as_str(),
                    "reason": r.detail.id,
                    "detail": detail(&r.detail, tr),
                })
            })
            .collect(),
    )
}
