//! A finding in words: `finding-<CODE>` and `finding-<CODE>-fix` with the finding's arguments.
//! Shared by the domain and countdown steps and by `icp-tui export`.

use fluent::FluentValue;

use crate::engine::Finding;
use crate::i18n::{Localizer, arg_num, arg_str};

/// What the finding says. A code without a message shows as the code: visible, never empty.
pub fn message(finding: &Finding, tr: &Localizer) -> String {
    format_id(&format!("finding-{}", finding.code), finding, tr).unwrap_or_else(|| {
        tr.ta(
            "finding-fallback",
            &[
                ("code", arg_str(finding.code)),
                ("field", arg_str(&finding.field)),
            ],
        )
    })
}

/// Whether the messages know this code (else `message` falls back to the code and field).
pub fn known(finding: &Finding, tr: &Localizer) -> bool {
    tr.has(&format!("finding-{}", finding.code))
}

/// What to do about it, if the messages say.
pub fn fix(finding: &Finding, tr: &Localizer) -> Option<String> {
    format_id(&format!("finding-{}-fix", finding.code), finding, tr)
}

fn format_id(id: &str, finding: &Finding, tr: &Localizer) -> Option<String> {
    if !tr.has(id) {
        return None;
    }
    let args: Vec<(&str, FluentValue<'static>)> = finding
        .args
        .iter()
        // Whole numbers go in as numbers so that plural forms work.
        .map(|(name, value)| match value.parse::<i64>() {
            Ok(n) => (*name, arg_num(n)),
            Err(_) => (*name, arg_str(value)),
        })
        .collect();
    Some(tr.ta(id, &args))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Severity;
    use crate::i18n::Lang;

    #[test]
    fn an_unknown_code_falls_back_to_the_code_and_field() {
        let tr = Localizer::new(Lang::EnUs);
        let f = Finding::new("NO_SUCH_CODE", Severity::Info, "progress.icp_number");
        let text = message(&f, &tr);
        assert!(text.contains("NO_SUCH_CODE"), "{text}");
        assert!(text.contains("progress.icp_number"), "{text}");
        assert_eq!(fix(&f, &tr), None);
    }
}
