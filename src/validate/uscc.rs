//! Unified social credit code (统一社会信用代码, GB 32100-2015).
//!
//! Order of rules: normalize (upper-case, drop spaces and hyphens) → length 18 →
//! alphabet (31 symbols, no I O Z S V; positions 3–8 digits) → mod-31 check
//! character → embedded GB 11714 organization-code check (position 17) →
//! province of the division code. Sources: rules.md §2.

use super::KnownProvince;

const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UsccError {
    Length,
    Charset,
    Checksum,
    OrgChecksum,
    Province,
}

impl UsccError {
    pub fn as_code(self) -> &'static str {
        match self {
            Self::Length => "length",
            Self::Charset => "charset",
            Self::Checksum => "checksum",
            Self::OrgChecksum => "org_checksum",
            Self::Province => "province",
        }
    }
}

/// Registration authority (登记管理部门, position 1), where sources agree (rules.md §2.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Authority {
    /// 1 机构编制
    Establishment,
    /// 5 民政
    CivilAffairs,
    /// 9 工商 / 市场监管
    MarketRegulation,
    /// Y 其他
    Other,
    /// Any other alphabet character: sources differ, so it is accepted unlabelled.
    Unlabelled,
}

/// Organization type (机构类别, position 2); its meaning depends on the authority.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgType {
    /// 1-1 机关
    GovernmentOrgan,
    /// 1-2 事业单位
    PublicInstitution,
    /// 1-3 mass organisation under the central establishment office
    MassOrganization,
    /// 5-1 社会团体
    SocialGroup,
    /// 5-2 民办非企业单位
    PrivateNonEnterprise,
    /// 5-3 基金会
    Foundation,
    /// 9-1 企业
    Enterprise,
    /// 9-2 个体工商户
    SoleTrader,
    /// 9-3 农民专业合作社
    FarmersCooperative,
    /// 1-9 / 5-9 other
    Other,
    Unlabelled,
}

/// A code that passed every offline check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uscc {
    normalized: String,
}

impl Uscc {
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// Two-digit province of the registering authority's division code (positions 3–4).
    pub fn province(&self) -> &str {
        &self.normalized[2..4]
    }

    /// Six-digit GB/T 2260 division code of the registering authority (positions 3–8).
    pub fn division_code(&self) -> &str {
        &self.normalized[2..8]
    }

    /// The embedded nine-character GB 11714 organization code (positions 9–17).
    pub fn organization_code(&self) -> &str {
        &self.normalized[8..17]
    }

    pub fn authority(&self) -> Authority {
        match self.normalized.as_bytes()[0] {
            b'1' => Authority::Establishment,
            b'5' => Authority::CivilAffairs,
            b'9' => Authority::MarketRegulation,
            b'Y' => Authority::Other,
            _ => Authority::Unlabelled,
        }
    }

    pub fn org_type(&self) -> OrgType {
        let b = self.normalized.as_bytes();
        match (b[0], b[1]) {
            (b'1', b'1') => OrgType::GovernmentOrgan,
            (b'1', b'2') => OrgType::PublicInstitution,
            (b'1', b'3') => OrgType::MassOrganization,
            (b'5', b'1') => OrgType::SocialGroup,
            (b'5', b'2') => OrgType::PrivateNonEnterprise,
            (b'5', b'3') => OrgType::Foundation,
            (b'9', b'1') => OrgType::Enterprise,
            (b'9', b'2') => OrgType::SoleTrader,
            (b'9', b'3') => OrgType::FarmersCooperative,
            (b'1' | b'5', b'9') => OrgType::Other,
            _ => OrgType::Unlabelled,
        }
    }
}

/// Upper-cases and drops whitespace and hyphens.
pub fn normalize(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_uppercase()
}

/// Mod-31 check character for the first 17 characters; `None` outside the alphabet.
pub fn check_character(body17: &str) -> Option<char> {
    if body17.len() != 17 {
        return None;
    }
    let mut sum = 0u32;
    let mut weight = 1u32; // 3^k mod 31
    for b in body17.bytes() {
        sum += alphabet_value(b)? * weight;
        weight = weight * 3 % 31;
    }
    let value = (31 - sum % 31) % 31;
    Some(char::from(ALPHABET[value as usize]))
}

/// GB 11714 check character for the eight-character organization-code body.
pub fn org_check_character(body8: &str) -> Option<char> {
    const WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];
    if body8.len() != 8 {
        return None;
    }
    let mut sum = 0u32;
    for (b, w) in body8.bytes().zip(WEIGHTS) {
        let value = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'A'..=b'Z' => u32::from(b - b'A') + 10,
            _ => return None,
        };
        sum += value * w;
    }
    Some(match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        n => char::from_digit(n, 10)?,
    })
}

pub fn validate(raw: &str, known_province: KnownProvince<'_>) -> Result<Uscc, UsccError> {
    let s = normalize(raw);
    if s.chars().count() != 18 {
        return Err(UsccError::Length);
    }
    let bytes = s.as_bytes();
    let in_alphabet = bytes.iter().all(|b| alphabet_value(*b).is_some());
    if !in_alphabet || !bytes[2..8].iter().all(u8::is_ascii_digit) {
        return Err(UsccError::Charset);
    }
    if check_character(&s[..17]).is_none_or(|c| !s.ends_with(c)) {
        return Err(UsccError::Checksum);
    }
    if org_check_character(&s[8..16]) != Some(char::from(bytes[16])) {
        return Err(UsccError::OrgChecksum);
    }
    if !known_province(&s[2..4]) {
        return Err(UsccError::Province);
    }
    Ok(Uscc { normalized: s })
}

fn alphabet_value(b: u8) -> Option<u32> {
    ALPHABET.iter().position(|a| *a == b).map(|p| p as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worked_example() {
        assert_eq!(check_character("91350100M000100Y4"), Some('3'));
        assert_eq!(org_check_character("M000100Y"), Some('4'));
    }

    #[test]
    fn labels_and_parts() {
        let code = validate("91350100M000100Y43", &|p| p == "35").unwrap();
        assert_eq!(code.province(), "35");
        assert_eq!(code.division_code(), "350100");
        assert_eq!(code.organization_code(), "M000100Y4");
        assert_eq!(code.authority(), Authority::MarketRegulation);
        assert_eq!(code.org_type(), OrgType::Enterprise);
        let institution = validate("121200004013590816", &|p| p == "12").unwrap();
        assert_eq!(institution.org_type(), OrgType::PublicInstitution);
    }

    #[test]
    fn hyphens_and_lower_case_are_normalized() {
        assert_eq!(normalize("9135-0100-m000100y43"), "91350100M000100Y43");
    }
}
