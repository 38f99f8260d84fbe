//! The mailing address (通信地址) against the filing province: it must lie in the
//! province, and where a province says so (Hebei, Henan, Guizhou) in the city of the
//! identity document. Read from the address text by the province's Chinese name, its
//! short form and its prefecture-level cities (assets/provinces.toml); where the text
//! names none of them the check cannot tell and says so.

use crate::rules::Province;

use super::context::{Ctx, Out, given};
use super::finding::{Finding, Severity};

const FIELD: &str = "subject.address";

pub(crate) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let (Some(p), Some(address)) = (ctx.province, given(&ctx.app.subject.address)) else {
        return;
    };
    match place_of(ctx, address) {
        Place::Here => {}
        Place::Elsewhere(other) => out.push(
            Finding::new("ADDRESS_NOT_IN_PROVINCE", Severity::Error, FIELD)
                .arg("named", &other.slug)
                .arg("province", &p.slug),
        ),
        Place::Unknown => out.push(
            Finding::new("ADDRESS_PROVINCE_UNCONFIRMED", Severity::Warning, FIELD)
                .arg("province", &p.slug),
        ),
    }
    if p.address_in_document_city.as_ref().is_some_and(|f| f.value) {
        let field = "subject.address_in_document_city";
        match ctx.app.subject.address_in_document_city {
            Some(true) => {}
            Some(false) => out.push(
                Finding::new("ADDRESS_NOT_IN_DOCUMENT_CITY", Severity::Error, field)
                    .arg("province", &p.slug),
            ),
            None => out.push(
                Finding::new("ADDRESS_CITY_UNCONFIRMED", Severity::Warning, field)
                    .arg("province", &p.slug),
            ),
        }
    }
}

enum Place<'a> {
    Here,
    Elsewhere(&'a Province),
    Unknown,
}

/// Which province the address starts with: its name or short form, or one of its
/// cities (another province's city only when written with 市/州/盟, so that district
/// names such as 朝阳区 are not read as a city).
fn place_of<'a>(ctx: &Ctx<'a>, address: &str) -> Place<'a> {
    let text = address.trim_start();
    let text = text.strip_prefix("中国").unwrap_or(text).trim_start();
    let Some(here) = ctx.province else {
        return Place::Unknown;
    };
    if names_province(here, text) || here.cities.iter().any(|c| text.starts_with(c.as_str())) {
        return Place::Here;
    }
    let provinces = ctx.rules.provinces();
    if let Some(other) = provinces.iter().find(|p| names_province(p, text)) {
        return Place::Elsewhere(other);
    }
    let city_of = |p: &&Province| {
        p.cities.iter().any(|c| {
            text.strip_prefix(c.as_str()).is_some_and(|rest| {
                ["市", "州", "盟", "地区"]
                    .iter()
                    .any(|s| rest.starts_with(s))
            })
        })
    };
    match provinces.iter().find(city_of) {
        Some(other) => Place::Elsewhere(other),
        None => Place::Unknown,
    }
}

fn names_province(p: &Province, text: &str) -> bool {
    text.starts_with(p.name_zh.as_str()) || text.starts_with(p.short_name_zh())
}
