//! The footer a filed website must carry: the ICP number as text linked to the MIIT filing
//! system (Order 33 Art. 13), and once the PSB filing is done its number and badge linked to
//! the MPS query page (research-delta-2026-12 §3.1–§3.2, [TC-NUM], [TC-PSB], [SORA-9],
//! [VALAXY-637]). Pure: the application in, the snippet out; never a number that was not
//! issued.

use crate::model::Application;
use crate::validate::icp_number::{self, FilingTarget, IcpNumberError};
use crate::validate::psb_number::{self, PsbNumber, PsbNumberError};

/// Where the ICP number links: the MIIT filing system (older `miibeian.gov.cn` and
/// `www.beian.miit.gov.cn` links are out of date).
pub const MIIT_URL: &str = "https://beian.miit.gov.cn/";

/// The PSB query page as footers link it since 2025 (the older
/// `www.beian.gov.cn/portal/registerSystemInfo?recordcode=` form still works on old sites).
pub const MPS_QUERY_URL: &str = "https://beian.mps.gov.cn/#/query/webSearch?code=";

/// Where the snippet expects the badge image: the PSB platform hands it out with its own
/// snippet, and the site serves it itself.
pub const BADGE_SRC: &str = "psb-badge.png";

/// Which form of the ICP number the footer shows, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IcpChoice {
    /// The number as issued, without `-n`: the subject number.
    Subject,
    /// The number as issued with its `-n`: the filing's one website.
    Website,
    /// A `-n` number was recorded, but the filing has several websites and the file does
    /// not say which one it is: the subject number is accepted for each.
    SubjectOfSeveral,
    /// An app's or mini-program's number was recorded: websites show the subject number.
    SubjectFromApp,
}

/// What happened to the PSB part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PsbPart {
    /// No PSB number recorded (yet).
    None,
    /// Recorded but not a PSB number: left out rather than printed wrong.
    Invalid(PsbNumberError),
    Given(PsbNumber),
}

/// The footer of one website.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FooterSnippet {
    /// The ICP number exactly as it must appear.
    pub icp_number: String,
    pub icp_choice: IcpChoice,
    pub psb: PsbPart,
}

/// Why there is no footer to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FooterError {
    /// `progress.icp_number` is empty: the number is not issued yet.
    NotIssued,
    /// `progress.icp_number` does not parse.
    Invalid(IcpNumberError),
}

impl FooterSnippet {
    /// The HTML to paste at the bottom centre of the homepage.
    pub fn html(&self) -> String {
        let mut out = String::from("<div style=\"text-align:center\">\n");
        out.push_str(&format!(
            "  <a href=\"{MIIT_URL}\" target=\"_blank\" rel=\"noopener\">{}</a>\n",
            escape(&self.icp_number)
        ));
        if let PsbPart::Given(psb) = &self.psb {
            out.push_str("  <br>\n");
            out.push_str(&format!(
                "  <a href=\"{}\" target=\"_blank\" rel=\"noopener\">\
                 <img src=\"{BADGE_SRC}\" alt=\"\" style=\"width:16px;height:16px;vertical-align:middle\">\
                 {}</a>\n",
                escape(&psb_link(psb)),
                escape(psb.normalized())
            ));
        }
        out.push_str("</div>\n");
        out
    }
}

/// The MPS query link of a PSB number.
pub fn psb_link(psb: &PsbNumber) -> String {
    format!("{MPS_QUERY_URL}{}", psb.digits())
}

/// The footer of the application's websites, from the numbers in `progress`.
pub fn footer(app: &Application) -> Result<FooterSnippet, FooterError> {
    let raw = app
        .progress
        .icp_number
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .ok_or(FooterError::NotIssued)?;
    let number = icp_number::parse(raw).map_err(FooterError::Invalid)?;
    let subject = format!("{}ICP备{}号", number.abbreviation(), number.serial());
    let (icp_number, icp_choice) = match (number.target(), number.site()) {
        (FilingTarget::Website, None) => (subject, IcpChoice::Subject),
        (FilingTarget::Website, Some(_)) if app.websites.len() <= 1 => {
            (number.normalized().to_string(), IcpChoice::Website)
        }
        (FilingTarget::Website, Some(_)) => (subject, IcpChoice::SubjectOfSeveral),
        (FilingTarget::App | FilingTarget::MiniProgram | FilingTarget::QuickApp, _) => {
            (subject, IcpChoice::SubjectFromApp)
        }
    };
    let psb = match app
        .progress
        .psb_number
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => PsbPart::None,
        Some(raw) => match psb_number::parse(raw) {
            Ok(p) => PsbPart::Given(p),
            Err(e) => PsbPart::Invalid(e),
        },
    };
    Ok(FooterSnippet {
        icp_number,
        icp_choice,
        psb,
    })
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Instant, Website};

    fn app(icp: Option<&str>, psb: Option<&str>, websites: usize) -> Application {
        let now = Instant::parse("2026-12-01T12:00:00+08:00").unwrap();
        let mut app = Application::new("x", now);
        app.progress.icp_number = icp.map(str::to_string);
        app.progress.psb_number = psb.map(str::to_string);
        app.websites = vec![Website::default(); websites];
        app
    }

    #[test]
    fn the_number_as_text_linked_to_miit_and_the_psb_badge_linked_to_mps() {
        let f = footer(&app(
            Some("京ICP备2026012345号-1"),
            Some("京公网安备11010502030143号"),
            1,
        ))
        .unwrap();
        assert_eq!(f.icp_choice, IcpChoice::Website);
        assert_eq!(
            f.html(),
            "<div style=\"text-align:center\">\n  \
             <a href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener\">京ICP备2026012345号-1</a>\n  \
             <br>\n  \
             <a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143\" target=\"_blank\" rel=\"noopener\">\
             <img src=\"psb-badge.png\" alt=\"\" style=\"width:16px;height:16px;vertical-align:middle\">京公网安备11010502030143号</a>\n\
             </div>\n"
        );
    }

    #[test]
    fn without_a_psb_number_only_the_icp_number() {
        let f = footer(&app(Some(" 京ICP备2026012345号 "), None, 2)).unwrap();
        assert_eq!(f.icp_number, "京ICP备2026012345号");
        assert_eq!(f.icp_choice, IcpChoice::Subject);
        assert_eq!(f.psb, PsbPart::None);
        assert!(!f.html().contains("mps"));
    }

    #[test]
    fn a_site_number_of_one_of_several_websites_becomes_the_subject_number() {
        let f = footer(&app(Some("京ICP备2026012345号-2"), None, 2)).unwrap();
        assert_eq!(f.icp_number, "京ICP备2026012345号");
        assert_eq!(f.icp_choice, IcpChoice::SubjectOfSeveral);
        let f = footer(&app(Some("京ICP备2026012345号-2A"), None, 1)).unwrap();
        assert_eq!(f.icp_choice, IcpChoice::SubjectFromApp);
    }

    #[test]
    fn no_number_is_no_footer_and_a_bad_psb_number_is_left_out() {
        assert_eq!(footer(&app(None, None, 1)), Err(FooterError::NotIssued));
        assert_eq!(
            footer(&app(Some("  "), None, 1)),
            Err(FooterError::NotIssued)
        );
        assert_eq!(
            footer(&app(Some("京ICP2026012345号"), None, 1)),
            Err(FooterError::Invalid(IcpNumberError::Marker))
        );
        let f = footer(&app(
            Some("京ICP备2026012345号"),
            Some("京公网安备110号"),
            1,
        ))
        .unwrap();
        assert_eq!(f.psb, PsbPart::Invalid(PsbNumberError::Serial));
        assert!(!f.html().contains("公网安备"));
    }
}
