//! A finding in words: `finding-<CODE>` and `finding-<CODE>-fix` with the finding's arguments.
//! Shared by the domain and countdown steps and by `icp-tui export`.

use crate::engine::Finding;
use crate::i18n::{Localizer, arg_str};
use crate::rules::Rules;

/// What the finding says. A code without a message shows as the code: visible, never empty.
pub fn message(finding: &Finding, rules: &Rules, tr: &Localizer) -> String {
    if known(finding, tr) {
        crate::report::finding_message(finding, rules, tr)
    } else {
        let args = [
            ("code", arg_str(finding.code)),
            ("field", arg_str(&finding.field)),
        ];
        tr.ta("finding-fallback", &args)
    }
}

/// Whether the messages know this code (else `message` falls back to the code and field).
pub fn known(finding: &Finding, tr: &Localizer) -> bool {
    tr.has(&format!("finding-{}", finding.code))
}

/// What to do about it, if the messages say.
pub fn fix(finding: &Finding, rules: &Rules, tr: &Localizer) -> Option<String> {
    let known = tr.has(&format!("finding-{}-fix", finding.code));
    known.then(|| crate::report::finding_fix(finding, rules, tr))
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
        let text = message(&f, Rules::builtin(), &tr);
        assert!(text.contains("NO_SUCH_CODE"), "{text}");
        assert!(text.contains("progress.icp_number"), "{text}");
        assert_eq!(fix(&f, Rules::builtin(), &tr), None);
    }
}
