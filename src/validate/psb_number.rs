//! PSB filing numbers (公安联网备案号): `<abbreviation>公网安备<12 or 14 digits>号`.
//! The first six digits name the accepting public-security organ (mostly a county
//! GB/T 2260 code), the first two its province. Sources: rules.md §7.3.
//!
//! Order: normalize (trim, drop whitespace, full-width digits read as ASCII) →
//! marker `公网安备` → one Chinese character before it → 12 or 14 digits → `号`
//! with nothing after it. Abbreviation-to-province data is in the provinces asset;
//! the caller compares `abbreviation()` and `province()` with it.

use super::text::{fold_full_width_ascii, is_han, strip_whitespace};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PsbNumberError {
    Marker,
    Abbreviation,
    /// Not 12 or 14 digits.
    Serial,
    Terminator,
    /// Text after `号`.
    Trailing,
}

impl PsbNumberError {
    pub fn as_code(self) -> &'static str {
        match self {
            Self::Marker => "marker",
            Self::Abbreviation => "abbreviation",
            Self::Serial => "serial",
            Self::Terminator => "terminator",
            Self::Trailing => "trailing",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PsbNumber {
    normalized: String,
    abbreviation: char,
    digits: String,
}

impl PsbNumber {
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// The PSB abbreviation as written (`京`, `川`, `贵` …; not always the ICP one).
    pub fn abbreviation(&self) -> char {
        self.abbreviation
    }

    /// The 12 or 14 digits, as used in the query link of the MPS filing site.
    pub fn digits(&self) -> &str {
        &self.digits
    }

    /// Two-digit province code: the first two digits.
    pub fn province(&self) -> &str {
        &self.digits[..2]
    }

    /// Six-digit code of the accepting public-security organ.
    pub fn organ_code(&self) -> &str {
        &self.digits[..6]
    }
}

const MARKER: &str = "公网安备";

pub fn parse(raw: &str) -> Result<PsbNumber, PsbNumberError> {
    let s = fold_full_width_ascii(&strip_whitespace(raw));
    let (prefix, rest) = s.split_once(MARKER).ok_or(PsbNumberError::Marker)?;
    let mut prefix_chars = prefix.chars();
    let abbreviation = match (prefix_chars.next(), prefix_chars.next()) {
        (Some(c), None) if is_han(c) => c,
        _ => return Err(PsbNumberError::Abbreviation),
    };
    let digits_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let digits = &rest[..digits_end];
    if !matches!(digits.len(), 12 | 14) {
        return Err(PsbNumberError::Serial);
    }
    let after = rest[digits_end..]
        .strip_prefix('号')
        .ok_or(PsbNumberError::Terminator)?;
    if !after.is_empty() {
        return Err(PsbNumberError::Trailing);
    }
    Ok(PsbNumber {
        normalized: s.clone(),
        abbreviation,
        digits: digits.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fourteen_and_twelve_digits() {
        let n = parse("京公网安备11010502030143号").unwrap();
        assert_eq!(
            (n.abbreviation(), n.province(), n.organ_code()),
            ('京', "11", "110105")
        );
        assert_eq!(
            parse("京公网安备 110105008661 号").unwrap().digits(),
            "110105008661"
        );
        assert_eq!(
            parse("川公网安备51011202000847号").unwrap().province(),
            "51"
        );
    }

    #[test]
    fn refusals() {
        assert_eq!(parse("京ICP备16020626号"), Err(PsbNumberError::Marker));
        assert_eq!(
            parse("公网安备11010502030143号"),
            Err(PsbNumberError::Abbreviation)
        );
        assert_eq!(
            parse("京公网安备1101050203014号"),
            Err(PsbNumberError::Serial)
        );
        assert_eq!(
            parse("京公网安备11010502030143"),
            Err(PsbNumberError::Terminator)
        );
        assert_eq!(
            parse("京公网安备11010502030143号-1"),
            Err(PsbNumberError::Trailing)
        );
    }
}
