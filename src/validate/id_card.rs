//! Identity numbers with the GB 11643 layout: the resident identity card, the
//! Hong Kong / Macao / Taiwan residence permits and the 2023 foreign permanent
//! residence ID card. All three carry an ISO 7064 MOD 11-2 check character.
//!
//! Order of rules (resident ID and permits): normalize → length → charset →
//! checksum → birth date (real, not before 1800, not after `today`) → province
//! (permit prefix for 81/82/83). A 15-digit first-generation number is recognised
//! and refused with its 18-character upgrade. Sources: rules.md §1.

use crate::model::Date;

use super::KnownProvince;
use super::text::{parse_compact_date, strip_whitespace};

/// Why an identity number was refused; `as_code()` gives the machine code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdCardError {
    Length,
    Charset,
    Checksum,
    /// The birth date is not a real calendar day (or lies before 1800).
    Date,
    FutureDate,
    Province,
    /// Starts with 81/82/83 but is not exactly 810000/820000/830000.
    PermitPrefix,
    /// A foreign permanent residence number must start with 9.
    Prefix,
    Nationality,
    /// A valid first-generation 15-digit number: no longer a filing credential.
    /// `upgraded` is the same person's 18-character number.
    Legacy15 {
        upgraded: String,
    },
}

impl IdCardError {
    pub fn as_code(&self) -> &'static str {
        match self {
            Self::Length => "length",
            Self::Charset => "charset",
            Self::Checksum => "checksum",
            Self::Date => "date",
            Self::FutureDate => "future_date",
            Self::Province => "province",
            Self::PermitPrefix => "permit_prefix",
            Self::Prefix => "prefix",
            Self::Nationality => "nationality",
            Self::Legacy15 { .. } => "legacy15",
        }
    }
}

/// Region of a Hong Kong / Macao / Taiwan residence permit (港澳台居民居住证).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HmtRegion {
    HongKong,
    Macao,
    Taiwan,
}

/// Which document the number belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    ResidentId,
    HmtResidencePermit(HmtRegion),
    ForeignPermanentResidence,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

/// A number that passed every offline check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdNumber {
    normalized: String,
    kind: IdKind,
    birth_date: Date,
}

impl IdNumber {
    /// The canonical form to store: 18 characters, upper-case `X`.
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    pub fn kind(&self) -> IdKind {
        self.kind
    }

    pub fn birth_date(&self) -> Date {
        self.birth_date
    }

    /// Two-digit code as written in the number: the province of the registered
    /// residence (resident ID), `81`/`82`/`83` (permits, note Taiwan is 83 here,
    /// not GB/T 2260's 71), or the province of first issue (foreign permanent ID).
    pub fn province(&self) -> &str {
        match self.kind {
            IdKind::ForeignPermanentResidence => &self.normalized[1..3],
            _ => &self.normalized[0..2],
        }
    }

    /// The 17th character is odd for men, even for women.
    pub fn sex(&self) -> Sex {
        if (self.normalized.as_bytes()[16] - b'0') % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        }
    }
}

/// Trims, drops inner whitespace and upper-cases a typed `x`.
pub fn normalize(raw: &str) -> String {
    strip_whitespace(raw).to_ascii_uppercase()
}

/// ISO 7064 MOD 11-2 check character for 17 ASCII digits; `None` for other input.
pub fn check_character(body17: &str) -> Option<char> {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const CHECK: &[u8; 11] = b"10X98765432";
    if body17.len() != 17 || !body17.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let sum: u32 = body17
        .bytes()
        .zip(WEIGHTS)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    Some(char::from(CHECK[(sum % 11) as usize]))
}

/// Validates a resident ID number or a Hong Kong / Macao / Taiwan residence permit.
pub fn validate(
    raw: &str,
    today: Date,
    known_province: KnownProvince<'_>,
) -> Result<IdNumber, IdCardError> {
    let s = normalize(raw);
    if s.chars().count() == 15 {
        let upgraded = upgrade_legacy15(&s, today, known_province)?;
        return Err(IdCardError::Legacy15 { upgraded });
    }
    check_shape_and_checksum(&s)?;
    let birth_date = check_birth_date(&s[6..14], today)?;
    let kind = match &s[0..2] {
        "81" | "82" | "83" => IdKind::HmtResidencePermit(permit_region(&s[0..6])?),
        code if known_province(code) => IdKind::ResidentId,
        _ => return Err(IdCardError::Province),
    };
    Ok(IdNumber {
        normalized: s,
        kind,
        birth_date,
    })
}

/// Validates a first-generation 15-digit number (GB 11643-1989: address code,
/// `YYMMDD` read as 19YY, sequence, no check character) and returns its
/// 18-character upgrade: `19` inserted before the year, MOD 11-2 appended.
pub fn upgrade_legacy15(
    raw: &str,
    today: Date,
    known_province: KnownProvince<'_>,
) -> Result<String, IdCardError> {
    let s = normalize(raw);
    if s.chars().count() != 15 {
        return Err(IdCardError::Length);
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(IdCardError::Charset);
    }
    let body = format!("{}19{}", &s[0..6], &s[6..15]);
    check_birth_date(&body[6..14], today)?;
    if !known_province(&s[0..2]) {
        return Err(IdCardError::Province);
    }
    let check = check_character(&body).ok_or(IdCardError::Charset)?;
    Ok(format!("{body}{check}"))
}

/// Validates a 2023-edition foreign permanent residence ID card number (外国人永久居留身份证):
/// `9` + province of first issue + ISO 3166-1 numeric nationality + birth date +
/// sequence + MOD 11-2. Order: length → charset → prefix → checksum → date →
/// province → nationality. Layout: rules.md §1.8 (two code bases agree, no official text).
pub fn validate_foreign_permanent(
    raw: &str,
    today: Date,
    known_province: KnownProvince<'_>,
) -> Result<IdNumber, IdCardError> {
    let s = normalize(raw);
    check_shape(&s)?;
    if !s.starts_with('9') {
        return Err(IdCardError::Prefix);
    }
    check_checksum(&s)?;
    let birth_date = check_birth_date(&s[6..14], today)?;
    if !known_province(&s[1..3]) {
        return Err(IdCardError::Province);
    }
    if !is_iso3166_numeric(&s[3..6]) {
        return Err(IdCardError::Nationality);
    }
    Ok(IdNumber {
        normalized: s,
        kind: IdKind::ForeignPermanentResidence,
        birth_date,
    })
}

fn check_shape(s: &str) -> Result<(), IdCardError> {
    if s.chars().count() != 18 {
        return Err(IdCardError::Length);
    }
    let bytes = s.as_bytes();
    let body_ok = bytes[..17].iter().all(u8::is_ascii_digit);
    let last_ok = bytes[17].is_ascii_digit() || bytes[17] == b'X';
    if !(body_ok && last_ok) {
        return Err(IdCardError::Charset);
    }
    Ok(())
}

fn check_checksum(s: &str) -> Result<(), IdCardError> {
    match check_character(&s[..17]) {
        Some(c) if s.ends_with(c) => Ok(()),
        _ => Err(IdCardError::Checksum),
    }
}

fn check_shape_and_checksum(s: &str) -> Result<(), IdCardError> {
    check_shape(s)?;
    check_checksum(s)
}

/// Earliest accepted birth year: a policy bound (rules.md §1.4 leaves it open; the
/// oldest published example is born 1880), so typos such as `0949` are caught.
const EARLIEST_BIRTH_YEAR: i16 = 1800;

fn check_birth_date(yyyymmdd: &str, today: Date) -> Result<Date, IdCardError> {
    let date = parse_compact_date(yyyymmdd).ok_or(IdCardError::Date)?;
    if date.0.year() < EARLIEST_BIRTH_YEAR {
        return Err(IdCardError::Date);
    }
    if date > today {
        return Err(IdCardError::FutureDate);
    }
    Ok(date)
}

fn permit_region(address: &str) -> Result<HmtRegion, IdCardError> {
    match address {
        "810000" => Ok(HmtRegion::HongKong),
        "820000" => Ok(HmtRegion::Macao),
        "830000" => Ok(HmtRegion::Taiwan),
        _ => Err(IdCardError::PermitPrefix),
    }
}

/// ISO 3166-1 numeric country codes in use (249 entries, the list as published
/// by ISO and mirrored by UN M49; checked against the 249-entry table of the
/// shared `verify_vectors.py`). A fixed table rather than the 004..894 range,
/// because many numbers in that range are unassigned.
const ISO3166_NUMERIC: [u16; 249] = [
    4, 8, 10, 12, 16, 20, 24, 28, 31, 32, 36, 40, 44, 48, 50, 51, 52, 56, 60, 64, 68, 70, 72, 74,
    76, 84, 86, 90, 92, 96, 100, 104, 108, 112, 116, 120, 124, 132, 136, 140, 144, 148, 152, 156,
    158, 162, 166, 170, 174, 175, 178, 180, 184, 188, 191, 192, 196, 203, 204, 208, 212, 214, 218,
    222, 226, 231, 232, 233, 234, 238, 239, 242, 246, 248, 250, 254, 258, 260, 262, 266, 268, 270,
    275, 276, 288, 292, 296, 300, 304, 308, 312, 316, 320, 324, 328, 332, 334, 336, 340, 344, 348,
    352, 356, 360, 364, 368, 372, 376, 380, 384, 388, 392, 398, 400, 404, 408, 410, 414, 417, 418,
    422, 426, 428, 430, 434, 438, 440, 442, 446, 450, 454, 458, 462, 466, 470, 474, 478, 480, 484,
    492, 496, 498, 499, 500, 504, 508, 512, 516, 520, 524, 528, 531, 533, 534, 535, 540, 548, 554,
    558, 562, 566, 570, 574, 578, 580, 581, 583, 584, 585, 586, 591, 598, 600, 604, 608, 612, 616,
    620, 624, 626, 630, 634, 638, 642, 643, 646, 652, 654, 659, 660, 662, 663, 666, 670, 674, 678,
    682, 686, 688, 690, 694, 702, 703, 704, 705, 706, 710, 716, 724, 728, 729, 732, 740, 744, 748,
    752, 756, 760, 762, 764, 768, 772, 776, 780, 784, 788, 792, 795, 796, 798, 800, 804, 807, 818,
    826, 831, 832, 833, 834, 840, 850, 854, 858, 860, 862, 876, 882, 887, 894,
];

fn is_iso3166_numeric(digits: &str) -> bool {
    digits
        .parse::<u16>()
        .is_ok_and(|n| ISO3166_NUMERIC.binary_search(&n).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 22).unwrap()
    }

    fn any_mainland(code: &str) -> bool {
        ["11", "31", "36", "44"].contains(&code)
    }

    #[test]
    fn iso_table_is_sorted_for_binary_search() {
        assert!(ISO3166_NUMERIC.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn gb_example_check_character() {
        assert_eq!(check_character("11010519491231002"), Some('X'));
        assert_eq!(check_character("1101051949123100"), None);
    }

    #[test]
    fn exposes_birth_date_province_and_sex() {
        let id = validate("11010519491231002x", today(), &any_mainland).unwrap();
        assert_eq!(id.normalized(), "11010519491231002X");
        assert_eq!(id.birth_date(), Date::new(1949, 12, 31).unwrap());
        assert_eq!(id.province(), "11");
        assert_eq!(id.sex(), Sex::Female);
        assert_eq!(id.kind(), IdKind::ResidentId);
    }

    #[test]
    fn born_today_is_fine_tomorrow_is_not() {
        let body = "11010520261122001";
        let ok = format!("{body}{}", check_character(body).unwrap());
        assert!(validate(&ok, today(), &any_mainland).is_ok());
        let body = "11010520261123001";
        let late = format!("{body}{}", check_character(body).unwrap());
        assert_eq!(
            validate(&late, today(), &any_mainland),
            Err(IdCardError::FutureDate)
        );
    }

    #[test]
    fn foreign_number_exposes_issuing_province() {
        let id = validate_foreign_permanent("911840198001010013", today(), &any_mainland).unwrap();
        assert_eq!(id.province(), "11");
        assert_eq!(id.kind(), IdKind::ForeignPermanentResidence);
    }

    #[test]
    fn multibyte_input_of_length_18_is_charset_not_panic() {
        assert_eq!(
            validate(
                "中中中中中中中中中中中中中中中中中中",
                today(),
                &any_mainland
            ),
            Err(IdCardError::Charset)
        );
        assert_eq!(
            validate("中中中中中中中中中中中中中中中", today(), &any_mainland),
            Err(IdCardError::Charset)
        );
    }
}
