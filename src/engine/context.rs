//! What every area check needs: the application, the rules, the clock, and the filing
//! province resolved once.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use crate::model::{Application, Date, Instant, SubjectKind};
use crate::rules::{Province, Rules};

use super::finding::Finding;

pub(crate) struct Ctx<'a> {
    pub app: &'a Application,
    pub rules: &'a Rules,
    pub now: &'a Instant,
    /// The date in China at `now`.
    pub today: Date,
    /// The filing province, when answered and known to the rules.
    pub province: Option<&'a Province>,
    /// Each website domain's comparison key and the first website that has it, made once
    /// for all websites (`domains::not_duplicate`), so duplicates cost linear time.
    pub first_site_by_domain: OnceCell<HashMap<String, usize>>,
    /// The registrable domains the websites file, made once for all apps
    /// (`apps::check_domains`).
    pub filed_registrables: OnceCell<HashSet<String>>,
}

impl<'a> Ctx<'a> {
    pub fn new(app: &'a Application, rules: &'a Rules, now: &'a Instant) -> Ctx<'a> {
        let province = given(&app.subject.province).and_then(|p| rules.province(p));
        Ctx {
            app,
            rules,
            now,
            today: now.china_date(),
            province,
            first_site_by_domain: OnceCell::new(),
            filed_registrables: OnceCell::new(),
        }
    }

    pub fn kind(&self) -> Option<SubjectKind> {
        self.app.subject.kind
    }

    pub fn is_individual(&self) -> bool {
        self.kind() == Some(SubjectKind::Individual)
    }

    pub fn is_organization(&self) -> bool {
        self.kind().is_some_and(SubjectKind::is_organization)
    }

    /// Answers the validators' "is this a GB/T 2260 province-level code" question.
    pub fn known_division(&self) -> impl Fn(&str) -> bool + '_ {
        |code| self.rules.is_division_code(code)
    }

    /// Days an identity document must still be valid: the province's figure, else nationwide.
    pub fn id_min_validity_days(&self) -> u32 {
        self.province
            .and_then(|p| p.id_min_validity_days.as_ref())
            .map_or(self.rules.figures().id_min_validity_days.value, |f| f.value)
    }

    pub fn domain_min_validity_days(&self) -> u32 {
        let nationwide = self.rules.figures().domain_min_validity_days.value;
        self.province
            .map_or(nationwide, |p| p.domain_min_validity_days_or(nationwide))
    }

    /// The two-digit code of the filing province, for the domain suffix lists.
    pub fn province_code(&self) -> Option<&'a str> {
        self.province.map(|p| p.code.as_str())
    }
}

/// A text field that holds something other than spaces: "answered".
pub(crate) fn given(field: &Option<String>) -> Option<&str> {
    field.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Collects findings of one area.
pub(crate) type Out = Vec<Finding>;

/// Whole years from `birth` to `today`.
pub(crate) fn age_on(birth: Date, today: Date) -> i64 {
    let (b, t) = (birth.0, today.0);
    let mut years = i64::from(t.year()) - i64::from(b.year());
    if (t.month(), t.day()) < (b.month(), b.day()) {
        years -= 1;
    }
    years
}
