//! ICP filing numbers (ICP备案号): `<abbreviation>ICP备<6–10 digits>号`, optionally
//! followed by `-<n>` (one website of the subject) and `A` (app), `X` (mini
//! program) or `K` (quick app). Sources: rules.md §7.1.
//!
//! Order: normalize (trim, drop whitespace, full-width ASCII read as ASCII,
//! `icp` upper-cased) → marker `ICP备` (`ICP证` is a commercial licence, not a
//! filing number) → one Chinese character before it → 6–10 digits → `号` → site
//! suffix. Which province an abbreviation stands for is data in the provinces
//! asset: the caller compares `abbreviation()` with it.

use super::text::{fold_full_width_ascii, is_han, strip_whitespace};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IcpNumberError {
    /// No `ICP备` in the text.
    Marker,
    /// `ICP证`: a commercial ICP licence number was given instead.
    CommercialLicence,
    /// Not exactly one Chinese character before `ICP备`.
    Abbreviation,
    /// Not 6–10 digits after `ICP备`.
    Serial,
    /// The digits are not followed by `号`.
    Terminator,
    /// Something other than `-<n>` plus an optional `A`/`X` after `号`.
    SiteSuffix,
}

impl IcpNumberError {
    pub fn as_code(self) -> &'static str {
        match self {
            Self::Marker => "marker",
            Self::CommercialLicence => "commercial_licence",
            Self::Abbreviation => "abbreviation",
            Self::Serial => "serial",
            Self::Terminator => "terminator",
            Self::SiteSuffix => "site_suffix",
        }
    }
}

/// What the number was issued for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilingTarget {
    /// A subject number (no suffix) or a website (`-n`).
    Website,
    /// `-nA`
    App,
    /// `-nX`
    MiniProgram,
    /// `-nK` (research-delta-2026-12.md §1.4)
    QuickApp,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcpNumber {
    normalized: String,
    abbreviation: char,
    serial: String,
    site: Option<u32>,
    target: FilingTarget,
}

impl IcpNumber {
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// The province abbreviation as written (`京`, `粤`, `蜀` …).
    pub fn abbreviation(&self) -> char {
        self.abbreviation
    }

    /// The subject serial (6–10 digits).
    pub fn serial(&self) -> &str {
        &self.serial
    }

    /// The website index after the hyphen, if any.
    pub fn site(&self) -> Option<u32> {
        self.site
    }

    pub fn target(&self) -> FilingTarget {
        self.target
    }

    /// Serials are 8 digits (older) or 10 (year + 6 digits, since about 2019);
    /// other lengths are rare and worth a second look.
    pub fn serial_length_is_usual(&self) -> bool {
        matches!(self.serial.len(), 8 | 10)
    }
}

const MARKER: &str = "ICP备";
const LICENCE_MARKER: &str = "ICP证";

pub fn parse(raw: &str) -> Result<IcpNumber, IcpNumberError> {
    let s = fold_full_width_ascii(&strip_whitespace(raw)).replace("icp", "ICP");
    let Some((prefix, rest)) = s.split_once(MARKER) else {
        return Err(if s.contains(LICENCE_MARKER) {
            IcpNumberError::CommercialLicence
        } else {
            IcpNumberError::Marker
        });
    };
    let mut prefix_chars = prefix.chars();
    let abbreviation = match (prefix_chars.next(), prefix_chars.next()) {
        (Some(c), None) if is_han(c) => c,
        _ => return Err(IcpNumberError::Abbreviation),
    };
    let digits_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let serial = &rest[..digits_end];
    if !(6..=10).contains(&serial.len()) {
        return Err(IcpNumberError::Serial);
    }
    let after = rest[digits_end..]
        .strip_prefix('号')
        .ok_or(IcpNumberError::Terminator)?;
    let (site, target) = parse_site_suffix(after)?;
    Ok(IcpNumber {
        normalized: s.clone(),
        abbreviation,
        serial: serial.to_owned(),
        site,
        target,
    })
}

fn parse_site_suffix(after: &str) -> Result<(Option<u32>, FilingTarget), IcpNumberError> {
    if after.is_empty() {
        return Ok((None, FilingTarget::Website));
    }
    let tail = after.strip_prefix('-').ok_or(IcpNumberError::SiteSuffix)?;
    let (digits, target) = match tail.strip_suffix(['A', 'a']) {
        Some(d) => (d, FilingTarget::App),
        None => match tail.strip_suffix(['X', 'x']) {
            Some(d) => (d, FilingTarget::MiniProgram),
            None => match tail.strip_suffix(['K', 'k']) {
                Some(d) => (d, FilingTarget::QuickApp),
                None => (tail, FilingTarget::Website),
            },
        },
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(IcpNumberError::SiteSuffix);
    }
    let site = digits.parse().map_err(|_| IcpNumberError::SiteSuffix)?;
    Ok((Some(site), target))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_number_shapes() {
        let n = parse("京ICP备16020626号-8").unwrap();
        assert_eq!(
            (n.abbreviation(), n.serial(), n.site()),
            ('京', "16020626", Some(8))
        );
        assert!(n.serial_length_is_usual());
        let app = parse("陕ICP备2024026116号-1A").unwrap();
        assert_eq!(app.target(), FilingTarget::App);
        let mini = parse("津ICP备2024011617号-2X").unwrap();
        assert_eq!(mini.target(), FilingTarget::MiniProgram);
        let quick = parse("粤ICP备2024011617号-3K").unwrap();
        assert_eq!(quick.target(), FilingTarget::QuickApp);
        let subject = parse(" 粤 icp备 123456 号 ").unwrap();
        assert_eq!(subject.normalized(), "粤ICP备123456号");
        assert!(!subject.serial_length_is_usual());
        assert_eq!(parse("粤ICP备2019036842号－1").unwrap().site(), Some(1));
    }

    #[test]
    fn refusals() {
        assert_eq!(
            parse("京ICP证030173号-1"),
            Err(IcpNumberError::CommercialLicence)
        );
        assert_eq!(parse("京备16020626号"), Err(IcpNumberError::Marker));
        assert_eq!(parse("ICP备16020626号"), Err(IcpNumberError::Abbreviation));
        assert_eq!(
            parse("沪交ICP备20190085号"),
            Err(IcpNumberError::Abbreviation)
        );
        assert_eq!(parse("京ICP备12345号"), Err(IcpNumberError::Serial));
        assert_eq!(parse("京ICP备12345678901号"), Err(IcpNumberError::Serial));
        assert_eq!(parse("京ICP备16020626"), Err(IcpNumberError::Terminator));
        assert_eq!(parse("京ICP备16020626号-"), Err(IcpNumberError::SiteSuffix));
        assert_eq!(
            parse("京ICP备16020626号-1B"),
            Err(IcpNumberError::SiteSuffix)
        );
        assert_eq!(parse("京ICP备16020626号1"), Err(IcpNumberError::SiteSuffix));
    }
}
