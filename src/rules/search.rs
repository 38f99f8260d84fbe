//! Province search for the picker: English, Chinese, pinyin, initials, code.

use super::province::Province;

/// How well a province matched; lower sorts first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// The query is the code, slug, a name or an ICP prefix.
    Exact,
    /// The query is the full pinyin or the initials (several provinces share some).
    ExactPinyin,
    Prefix,
    Substring,
}

/// Provinces matching `query`, best first, then by code. An empty query lists all.
pub(super) fn filter<'a>(provinces: &'a [Province], query: &str) -> Vec<&'a Province> {
    let query = normalize(query);
    if query.is_empty() {
        return provinces.iter().collect();
    }
    let mut hits: Vec<(Rank, &Province)> = provinces
        .iter()
        .filter_map(|p| rank(p, &query).map(|r| (r, p)))
        .collect();
    hits.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.code.cmp(&b.1.code)));
    hits.into_iter().map(|(_, p)| p).collect()
}

fn normalize(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-')
        .collect()
}

fn rank(p: &Province, query: &str) -> Option<Rank> {
    let zh_short = short_chinese_name(&p.name_zh);
    let names = [
        normalize(&p.code),
        normalize(&p.slug),
        normalize(&p.name_en),
        p.name_zh.clone(),
        zh_short.to_string(),
    ];
    let abbrs: Vec<&str> = p.icp_abbrs().chain([p.psb_abbr.as_str()]).collect();
    let pinyins = [p.pinyin.clone(), p.initials.clone()];

    if names.iter().any(|n| n == query) || abbrs.contains(&query) {
        return Some(Rank::Exact);
    }
    if pinyins.iter().any(|n| n == query) {
        return Some(Rank::ExactPinyin);
    }
    let all = || names.iter().chain(pinyins.iter());
    if all().any(|n| n.starts_with(query)) {
        return Some(Rank::Prefix);
    }
    if all().any(|n| n.contains(query)) {
        return Some(Rank::Substring);
    }
    None
}

/// 广东省 → 广东, 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西: what people type.
fn short_chinese_name(name: &str) -> &str {
    for suffix in [
        "壮族自治区",
        "回族自治区",
        "维吾尔自治区",
        "自治区",
        "省",
        "市",
    ] {
        if let Some(short) = name.strip_suffix(suffix) {
            return short;
        }
    }
    name
}
