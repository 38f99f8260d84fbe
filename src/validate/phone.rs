//! Mainland mobile numbers (the SMS-verified `mobile` fields) and landlines (the
//! optional `phone` field).
//!
//! Mobile order: normalize (drop spaces, hyphens, brackets; strip +86, 0086, or a
//! leading 86 before 11 digits; any other +CC / 00CC is `not_mainland`) → charset
//! → length 11 → number block. Blocks follow libphonenumber metadata v9.0.33
//! (rules.md §4.1).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneError {
    /// A country code other than +86.
    NotMainland,
    Charset,
    Length,
    /// Not a mainland mobile block (or, for landlines, not an area code).
    Prefix,
}

impl PhoneError {
    pub fn as_code(self) -> &'static str {
        match self {
            Self::NotMainland => "not_mainland",
            Self::Charset => "charset",
            Self::Length => "length",
            Self::Prefix => "prefix",
        }
    }
}

/// Drops whitespace, hyphens and brackets (ASCII and full-width).
fn strip_separators(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '(' | ')' | '（' | '）' | '－'))
        .collect()
}

/// Removes the mainland country code in any usual spelling. A bare leading `86`
/// is only taken as the country code when `bare_86_before` national digits follow.
fn strip_country_code(s: &str, bare_86_before: Option<usize>) -> Result<&str, PhoneError> {
    if let Some(rest) = s.strip_prefix("+86") {
        Ok(rest)
    } else if s.starts_with('+') {
        Err(PhoneError::NotMainland)
    } else if let Some(rest) = s.strip_prefix("0086") {
        Ok(rest)
    } else if s.starts_with("00") {
        Err(PhoneError::NotMainland)
    } else if bare_86_before.is_some_and(|n| s.len() == n + 2) && s.starts_with("86") {
        Ok(&s[2..])
    } else {
        Ok(s)
    }
}

/// Validates a mainland mobile number and returns its 11-digit form.
pub fn validate_mobile(raw: &str) -> Result<String, PhoneError> {
    let cleaned = strip_separators(raw);
    let s = strip_country_code(&cleaned, Some(11))?;
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PhoneError::Charset);
    }
    if s.len() != 11 {
        return Err(PhoneError::Length);
    }
    if !is_mobile_block(s) {
        return Err(PhoneError::Prefix);
    }
    Ok(s.to_owned())
}

/// libphonenumber v9.0.33 CN mobile blocks: 13x, 145, 147, 15[0-35-9], 16[25-7],
/// 17[0-35-8], 18x, 19[0-35-9], and the satellite block 1740[0-5].
fn is_mobile_block(s: &str) -> bool {
    let d = s.as_bytes();
    if d[0] != b'1' {
        return false;
    }
    match (d[1], d[2]) {
        (b'3' | b'8', _) => true,
        (b'4', b'5' | b'7') => true,
        (b'5' | b'9', b'0'..=b'3' | b'5'..=b'9') => true,
        (b'6', b'2' | b'5'..=b'7') => true,
        (b'7', b'0'..=b'3' | b'5'..=b'8') => true,
        (b'7', b'4') => d[3] == b'0' && (b'0'..=b'5').contains(&d[4]),
        _ => false,
    }
}

/// Validates a mainland landline: area code (010 or 02x with 8 local digits;
/// other 0xxx with 7 or 8) and local number, with or without separators or +86.
/// Returns `AREA-LOCAL`, e.g. `010-12345678`, `0755-1234567`.
pub fn validate_landline(raw: &str) -> Result<String, PhoneError> {
    let cleaned = strip_separators(raw);
    let s = match strip_country_code(&cleaned, None)? {
        // After +86 the trunk 0 is dropped (+86 10 12345678): put it back.
        rest if rest.len() < cleaned.len() && !rest.starts_with('0') => format!("0{rest}"),
        rest => rest.to_owned(),
    };
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PhoneError::Charset);
    }
    if !s.starts_with('0') || s.starts_with("00") {
        return Err(PhoneError::Prefix);
    }
    let area_len = if s.starts_with("010") || s.starts_with("02") {
        3
    } else {
        4
    };
    let local_len = s.len().saturating_sub(area_len);
    let local_ok = if area_len == 3 {
        local_len == 8
    } else {
        local_len == 7 || local_len == 8
    };
    if !local_ok {
        return Err(PhoneError::Length);
    }
    Ok(format!("{}-{}", &s[..area_len], &s[area_len..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn satellite_block() {
        assert!(validate_mobile("17400123456").is_ok());
        assert_eq!(validate_mobile("17406123456"), Err(PhoneError::Prefix));
    }

    #[test]
    fn other_country_codes() {
        assert_eq!(
            validate_mobile("00852 9123 4567"),
            Err(PhoneError::NotMainland)
        );
        assert_eq!(
            validate_mobile("+886 912 345 678"),
            Err(PhoneError::NotMainland)
        );
        assert_eq!(
            validate_mobile("(+86) 138-0013-8000").as_deref(),
            Ok("13800138000")
        );
    }

    #[test]
    fn landlines() {
        assert_eq!(
            validate_landline("010-12345678").as_deref(),
            Ok("010-12345678")
        );
        assert_eq!(
            validate_landline("0755-1234567").as_deref(),
            Ok("0755-1234567")
        );
        assert_eq!(
            validate_landline("(0755) 12345678").as_deref(),
            Ok("0755-12345678")
        );
        assert_eq!(
            validate_landline("+86 10 1234 5678").as_deref(),
            Ok("010-12345678")
        );
        assert_eq!(validate_landline("010-1234567"), Err(PhoneError::Length));
        assert_eq!(validate_landline("13800138000"), Err(PhoneError::Prefix));
        assert_eq!(validate_landline("010-0234567a"), Err(PhoneError::Charset));
        assert_eq!(
            validate_landline("+852 2123 4567"),
            Err(PhoneError::NotMainland)
        );
    }
}
