//! A pragmatic e-mail address check: what a filing form accepts, not all of RFC 5322.
//!
//! Order: trim (full-width `＠` read as `@`) → empty → length (≤ 254 in total,
//! ≤ 64 before the `@`) → charset (no whitespace or control characters) → exactly
//! one `@` → local part (RFC 5322 dot-atom: ASCII letters, digits and
//! ``!#$%&'*+/=?^_`{|}~-``, dots not first, last or doubled) → domain (at least two
//! dot-separated labels, valid after IDNA mapping, top label not all digits).
//! The domain part is returned lower-cased.

use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailError {
    Empty,
    Length,
    Charset,
    /// No `@`, or more than one.
    MissingAt,
    LocalPart,
    Domain,
}

impl EmailError {
    pub fn as_code(self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::Length => "length",
            Self::Charset => "charset",
            Self::MissingAt => "missing_at",
            Self::LocalPart => "local_part",
            Self::Domain => "domain",
        }
    }
}

const MAX_TOTAL: usize = 254;
const MAX_LOCAL: usize = 64;

pub fn validate(raw: &str) -> Result<String, EmailError> {
    let s = raw.trim().replace('＠', "@");
    if s.is_empty() {
        return Err(EmailError::Empty);
    }
    if s.len() > MAX_TOTAL {
        return Err(EmailError::Length);
    }
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(EmailError::Charset);
    }
    let (local, domain) = match s.split_once('@') {
        Some((l, d)) if !d.contains('@') => (l, d),
        _ => return Err(EmailError::MissingAt),
    };
    if local.len() > MAX_LOCAL {
        return Err(EmailError::Length);
    }
    if !is_dot_atom(local) {
        return Err(EmailError::LocalPart);
    }
    let domain = normalize_domain(domain).ok_or(EmailError::Domain)?;
    Ok(format!("{local}@{domain}"))
}

fn is_dot_atom(local: &str) -> bool {
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~-".contains(c);
    !local.is_empty()
        && local
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(atext))
}

/// Lower-cased Unicode domain with at least two labels, or `None`.
fn normalize_domain(domain: &str) -> Option<String> {
    let domain: String = domain
        .chars()
        .map(|c| {
            if matches!(c, '。' | '．' | '｡') {
                '.'
            } else {
                c
            }
        })
        .collect();
    let ascii = Uts46::new()
        .to_ascii(
            domain.as_bytes(),
            AsciiDenyList::STD3,
            Hyphens::CheckFirstLast,
            DnsLength::Verify,
        )
        .ok()?;
    let labels: Vec<&str> = ascii.split('.').collect();
    let top = labels.last()?;
    if labels.len() < 2 || top.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (unicode, result) = Uts46::new().to_unicode(
        ascii.as_bytes(),
        AsciiDenyList::STD3,
        Hyphens::CheckFirstLast,
    );
    result.ok()?;
    Some(unicode.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_usual_addresses() {
        assert_eq!(
            validate(" zhang@example.cn ").as_deref(),
            Ok("zhang@example.cn")
        );
        assert_eq!(
            validate("a.b+tag@Mail.Example.COM").as_deref(),
            Ok("a.b+tag@mail.example.com")
        );
        assert_eq!(
            validate("zhang＠例子。中国").as_deref(),
            Ok("zhang@例子.中国")
        );
    }

    #[test]
    fn refuses_broken_addresses() {
        assert_eq!(validate(""), Err(EmailError::Empty));
        assert_eq!(validate("zhang example.cn"), Err(EmailError::Charset));
        assert_eq!(validate("zhang.example.cn"), Err(EmailError::MissingAt));
        assert_eq!(validate("a@b@example.cn"), Err(EmailError::MissingAt));
        assert_eq!(validate(".zhang@example.cn"), Err(EmailError::LocalPart));
        assert_eq!(validate("zh..ang@example.cn"), Err(EmailError::LocalPart));
        assert_eq!(validate("张三@example.cn"), Err(EmailError::LocalPart));
        assert_eq!(validate("zhang@localhost"), Err(EmailError::Domain));
        assert_eq!(validate("zhang@exa_mple.cn"), Err(EmailError::Domain));
        assert_eq!(validate("zhang@1.2.3.4"), Err(EmailError::Domain));
        assert_eq!(
            validate(&format!("{}@example.cn", "a".repeat(65))),
            Err(EmailError::Length)
        );
    }
}
