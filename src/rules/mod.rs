//! The filing rules, loaded from the data files in `assets/` (see docs/rules.md).
//!
//! Pure: parsing and lookups only. The built-in rules are parsed once; an override file
//! may replace or add provinces, providers, figures, content rules and documents.

mod apps;
mod documents;
mod filing;
mod holidays;
mod lists;
mod load;
mod overrides;
mod provider;
mod province;
mod registrars;
mod search;
mod shared;
mod types;
mod validate;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

use serde::Deserialize;

pub use apps::{
    AppIdChars, AppIdShape, AppRules, HexRules, IdentifierRules, IdentifierShape, NameRules,
};
pub use documents::{Condition, ConditionInput, DocumentRule, Flag, Need};
pub use filing::{ContentRule, Figures, FiguresPatch, Filing};
pub use holidays::{Calendar, DayKind, HolidaySpan, HolidayYear};
pub use load::{
    LoadError, LoadReason, OVERRIDE_FILE, RulesChoice, default_override_path, load, load_shared,
    override_in_force, prepare_builtin, read_override,
};
pub use overrides::{OVERRIDE_FORMAT, OVERRIDE_VERSION, RulesError, RulesProblem};
pub use provider::{ProviderRules, Region, Regions, ServiceRule};
pub use province::{Division, ExtraDocument, Nonlocal, Province};
pub use registrars::{Registrar, RegistrarStatus};
pub use shared::SharedRules;
pub use types::{Bilingual, Conflict, Fact, Note, Provenance, SourceEntry, Text, Tri};

use crate::model::{Date, Provider, ServiceType, from_builtin, from_toml_with_path};
use crate::validate::domain::DomainRules;
use crate::validate::website_name::NamingRules;

const PROVINCES_TOML: &str = include_str!("../../assets/provinces.toml");
const PROVIDERS_TOML: &str = include_str!("../../assets/providers.toml");
const FILING_TOML: &str = include_str!("../../assets/filing.toml");
const DOCUMENTS_TOML: &str = include_str!("../../assets/documents.toml");
const REGISTRARS_TOML: &str = include_str!("../../assets/registrars.toml");
const HOLIDAYS_TOML: &str = include_str!("../../assets/holidays.toml");

// The same files converted to JSON by build.rs: much faster to read at start-up. As text, so
// that the parser need not check each string's UTF-8 again.
const PROVINCES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/provinces.json"));
const PROVIDERS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/providers.json"));
const FILING_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/filing.json"));
const DOCUMENTS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/documents.json"));
const REGISTRARS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/registrars.json"));
const HOLIDAYS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/holidays.json"));

/// Reads a built-in file from its JSON form (see `model::from_builtin`), naming the file in
/// an error.
fn builtin_file<T: serde::de::DeserializeOwned>(
    json: &str,
    toml: &str,
    name: &str,
) -> Result<T, String> {
    from_builtin(json, toml).map_err(|e| format!("{name}: {e}"))
}

/// Which rules are in force, for reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RulesOrigin {
    Builtin,
    /// The built-in rules with an override file applied.
    Override {
        path: Option<PathBuf>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rules {
    provinces: Vec<Province>,
    other_divisions: Vec<Division>,
    providers: Vec<ProviderRules>,
    filing: Filing,
    documents: Vec<DocumentRule>,
    registrars: Vec<Registrar>,
    calendar: Calendar,
    apps: AppRules,
    /// Word lists for website names (`assets/naming.toml`).
    naming: NamingRules,
    /// Domain suffix lists (`assets/domains.toml`).
    domains: DomainRules,
    sources: BTreeMap<String, SourceEntry>,
    origin: RulesOrigin,
}

type Sources = BTreeMap<String, SourceEntry>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvincesFile {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: i64,
    province: Vec<Province>,
    other_division: Vec<Division>,
    sources: Sources,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvidersFile {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: i64,
    provider: Vec<ProviderRules>,
    sources: Sources,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FilingFile {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: i64,
    figures: Figures,
    #[serde(default)]
    provider_review_working_days: BTreeMap<Provider, Fact<u32>>,
    #[serde(default)]
    psb_clock_from_approval: BTreeMap<Provider, Fact<bool>>,
    #[serde(default)]
    content: Vec<ContentRule>,
    sources: Sources,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentsFile {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: i64,
    document: Vec<DocumentRule>,
    sources: Sources,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistrarsFile {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: i64,
    registrar: Vec<Registrar>,
    sources: Sources,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidaysFile {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: i64,
    year: Vec<HolidayYear>,
    sources: Sources,
}

/// The registrar and holiday files, which both ways of reading the built-in rules share.
fn small_files(from_json: bool) -> Result<(RegistrarsFile, HolidaysFile), String> {
    let named = |file: &'static str| move |e: crate::model::ParseError| format!("{file}: {e}");
    if from_json {
        return Ok((
            builtin_file(REGISTRARS_JSON, REGISTRARS_TOML, "registrars.toml")?,
            builtin_file(HOLIDAYS_JSON, HOLIDAYS_TOML, "holidays.toml")?,
        ));
    }
    Ok((
        from_toml_with_path(REGISTRARS_TOML).map_err(named("registrars.toml"))?,
        from_toml_with_path(HOLIDAYS_TOML).map_err(named("holidays.toml"))?,
    ))
}

static BUILTIN: LazyLock<Arc<Rules>> = LazyLock::new(|| {
    Arc::new(
        Rules::parse_builtin()
            .unwrap_or_else(|e| panic!("built-in rules in assets/ are broken: {e}")),
    )
});

impl Rules {
    /// The rules shipped in the binary, parsed on first use.
    pub fn builtin() -> &'static Rules {
        &BUILTIN
    }

    /// The built-in rules, shared rather than copied.
    pub fn builtin_shared() -> Arc<Rules> {
        Arc::clone(&BUILTIN)
    }

    /// On two cores: the provinces (the largest file, 40 % of the bytes) on a thread of their
    /// own while this one reads the rest, so what waits for the rules (the list's rows, a
    /// filing opened, `check`) waits about half as long.
    fn parse_builtin() -> Result<Rules, String> {
        std::thread::scope(|scope| {
            let provinces = scope.spawn(|| {
                builtin_file::<ProvincesFile>(PROVINCES_JSON, PROVINCES_TOML, "provinces.toml")
            });
            let providers = builtin_file(PROVIDERS_JSON, PROVIDERS_TOML, "providers.toml")?;
            let filing = builtin_file(FILING_JSON, FILING_TOML, "filing.toml")?;
            let documents = builtin_file(DOCUMENTS_JSON, DOCUMENTS_TOML, "documents.toml")?;
            let small = small_files(true)?;
            // `assemble` reads the app, naming and domain files on this thread too.
            let provinces = provinces
                .join()
                .expect("parsing the rules does not panic")?;
            Rules::assemble(provinces, providers, filing, documents, small)
        })
    }

    /// The built-in rules read from the TOML files only (tests compare it with the JSON path).
    #[cfg(test)]
    fn parse_builtin_toml() -> Result<Rules, String> {
        let named = |file: &'static str| move |e: crate::model::ParseError| format!("{file}: {e}");
        Rules::assemble(
            from_toml_with_path(PROVINCES_TOML).map_err(named("provinces.toml"))?,
            from_toml_with_path(PROVIDERS_TOML).map_err(named("providers.toml"))?,
            from_toml_with_path(FILING_TOML).map_err(named("filing.toml"))?,
            from_toml_with_path(DOCUMENTS_TOML).map_err(named("documents.toml"))?,
            small_files(false)?,
        )
    }

    fn assemble(
        p: ProvincesFile,
        v: ProvidersFile,
        f: FilingFile,
        d: DocumentsFile,
        (r, h): (RegistrarsFile, HolidaysFile),
    ) -> Result<Rules, String> {
        let mut sources = Sources::new();
        let (apps, apps_sources) = apps::parse_builtin()?.split();
        for table in [
            p.sources,
            v.sources,
            f.sources,
            d.sources,
            r.sources,
            h.sources,
            apps_sources,
        ] {
            for (key, entry) in table {
                sources.entry(key).or_insert(entry);
            }
        }
        Ok(Rules {
            provinces: p.province,
            other_divisions: p.other_division,
            providers: v.provider,
            filing: Filing {
                figures: f.figures,
                provider_review_working_days: f.provider_review_working_days,
                psb_clock_from_approval: f.psb_clock_from_approval,
                contents: f.content,
            },
            documents: d.document,
            registrars: r.registrar,
            calendar: Calendar::new(h.year),
            apps,
            // Each list carries its own source and as-of date (checked by the tests).
            naming: NamingRules::builtin().clone(),
            domains: DomainRules::builtin().clone(),
            sources,
            origin: RulesOrigin::Builtin,
        })
    }

    pub fn provinces(&self) -> &[Province] {
        &self.provinces
    }

    /// Taiwan, Hong Kong, Macao: valid GB/T 2260 codes without a filing administration.
    pub fn other_divisions(&self) -> &[Division] {
        &self.other_divisions
    }

    pub fn providers(&self) -> &[ProviderRules] {
        &self.providers
    }

    pub fn filing(&self) -> &Filing {
        &self.filing
    }

    pub fn figures(&self) -> &Figures {
        &self.filing.figures
    }

    pub fn documents(&self) -> &[DocumentRule] {
        &self.documents
    }

    pub fn document(&self, id: &str) -> Option<&DocumentRule> {
        self.documents.iter().find(|d| d.id == id)
    }

    pub fn registrars(&self) -> &[Registrar] {
        &self.registrars
    }

    /// The registrar a typed name refers to, if the rules know it (see `registrars::fold`).
    pub fn registrar(&self, typed: &str) -> Option<&Registrar> {
        registrars::find(&self.registrars, typed)
    }

    /// Holidays and make-up working days of the years the rules know.
    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// Rules for apps, mini-programs and quick apps (`assets/apps.toml`).
    pub fn apps(&self) -> &AppRules {
        &self.apps
    }

    /// Word lists for website names (`assets/naming.toml`, changed by an override).
    pub fn naming(&self) -> &NamingRules {
        &self.naming
    }

    /// Domain suffix lists (`assets/domains.toml`, changed by an override).
    pub fn domains(&self) -> &DomainRules {
        &self.domains
    }

    pub fn sources(&self) -> &BTreeMap<String, SourceEntry> {
        &self.sources
    }

    pub fn source_entry(&self, key: &str) -> Option<&SourceEntry> {
        self.sources.get(key)
    }

    /// The sources a province's facts cite, each once, newest first.
    pub fn province_sources(&self, province: &Province) -> Vec<&SourceEntry> {
        use types::Sourced;
        let mut refs = Vec::new();
        province.refs("", &mut refs);
        let mut keys: Vec<String> = refs.into_iter().filter_map(|r| r.key).collect();
        keys.sort();
        keys.dedup();
        let mut out: Vec<&SourceEntry> = keys.iter().filter_map(|k| self.sources.get(k)).collect();
        out.sort_by_key(|e| std::cmp::Reverse(e.date));
        out
    }

    /// Builtin, or an override (with its path when known).
    pub fn source(&self) -> &RulesOrigin {
        &self.origin
    }

    /// The date of the newest source the rules rely on.
    pub fn as_of(&self) -> Date {
        self.sources
            .values()
            .map(|s| s.date)
            .max()
            .expect("the rules always cite sources")
    }

    /// By slug (`guangdong`) or two-digit code (`44`).
    pub fn province(&self, slug_or_code: &str) -> Option<&Province> {
        let key = slug_or_code.trim();
        self.provinces
            .iter()
            .find(|p| p.slug.eq_ignore_ascii_case(key) || p.code == key)
    }

    pub fn province_by_code(&self, code: &str) -> Option<&Province> {
        self.provinces.iter().find(|p| p.code == code.trim())
    }

    /// By ICP prefix, current or alternate (蜀 and 川 both give Sichuan).
    pub fn province_by_abbr(&self, abbr: &str) -> Option<&Province> {
        let abbr = abbr.trim();
        self.provinces
            .iter()
            .find(|p| p.icp_abbrs().any(|a| a == abbr))
    }

    /// By PSB-number prefix (川, 贵, 甘 …).
    pub fn province_by_psb_abbr(&self, abbr: &str) -> Option<&Province> {
        self.provinces.iter().find(|p| p.psb_abbr == abbr.trim())
    }

    /// True for all 34 GB/T 2260 province-level codes (31 provinces plus 71, 81, 82).
    pub fn is_division_code(&self, two_digits: &str) -> bool {
        self.province_by_code(two_digits).is_some()
            || self.other_divisions.iter().any(|d| d.code == two_digits)
    }

    pub fn provider(&self, provider: Provider) -> Option<&ProviderRules> {
        self.providers.iter().find(|p| p.id == provider)
    }

    pub fn service(&self, provider: Provider, service: ServiceType) -> Option<&ServiceRule> {
        self.provider(provider)?.service(service)
    }

    /// `Some(true)` mainland, `Some(false)` known elsewhere, `None` unknown region or provider.
    pub fn is_mainland_region(&self, provider: Provider, region: &str) -> Option<bool> {
        self.provider(provider)?.is_mainland_region(region)
    }

    /// Provinces matching a search; see `search.rs`.
    pub fn province_filter(&self, query: &str) -> Vec<&Province> {
        search::filter(&self.provinces, query)
    }
}

#[cfg(test)]
mod tests;
