//! At build time: converts the rules in assets/ from TOML to JSON, indexes the messages in
//! locales/ by file, and, for release links with lld, lays the start-up's code out together.
//!
//! TOML is the format people edit; parsing 140 KB of it at every start costs milliseconds,
//! JSON of the same data a fraction of that. The TOML stays embedded too, for precise error
//! messages and the tests that compare both.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path, path::PathBuf};

const RULES: [&str; 9] = [
    "provinces",
    "providers",
    "filing",
    "documents",
    "registrars",
    "holidays",
    "apps",
    "naming",
    "domains",
];

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut sources = BTreeMap::new();
    for name in RULES {
        let path = format!("assets/{name}.toml");
        println!("cargo::rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let json = serde_json::to_vec(&table).expect("a TOML table is valid JSON");
        fs::write(out.join(format!("{name}.json")), json).expect("OUT_DIR is writable");
        merge_source_dates(&table, &mut sources);
    }
    let newest = sources.into_values().max().expect("the rules cite sources");
    fs::write(out.join("builtin_as_of.txt"), newest).expect("OUT_DIR is writable");
    index_messages(&out);
    link_release_binary();
}

/// Each `[sources]` entry's date by key, the first file's where two files cite one key, as
/// `Rules::assemble` merges them: the newest of them is the built-in rules' as-of date, which
/// the list shows before the rules themselves have been read (`rules::SharedRules`).
fn merge_source_dates(table: &toml::Table, dates: &mut BTreeMap<String, String>) {
    let Some(sources) = table.get("sources").and_then(|s| s.as_table()) else {
        return;
    };
    for (key, entry) in sources {
        let date = entry.get("date").and_then(|d| d.as_datetime());
        let date = date.unwrap_or_else(|| panic!("sources.{key} has no date"));
        dates.entry(key.clone()).or_insert_with(|| date.to_string());
    }
}

/// `OUT_DIR/messages.rs`: every message file of both languages embedded (`SOURCES`), and
/// every message id with the file that defines it in each language (`MESSAGE_FILES`, sorted),
/// so that a file is parsed only when one of its messages is first shown (`src/i18n`).
/// An id defined in two files of one language stops the build: it would be ambiguous.
fn index_messages(out: &Path) {
    const LANGS: [(&str, &str); 2] = [("EnUs", "en-US"), ("ZhCn", "zh-CN")];
    println!("cargo::rerun-if-changed=locales");
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("locales");
    let mut files: Vec<String> = fs::read_dir(dir.join(LANGS[0].1))
        .expect("locales/en-US is there")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".ftl"))
        .collect();
    files.sort();
    let mut sources = String::new();
    let mut ids: BTreeMap<String, [u8; 2]> = BTreeMap::new();
    for (lang_index, (variant, tag)) in LANGS.iter().enumerate() {
        for (file_index, name) in files.iter().enumerate() {
            let path = dir.join(tag).join(name);
            let text =
                fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            writeln!(
                sources,
                "    (Lang::{variant}, {name:?}, include_str!({:?})),",
                path.display().to_string()
            )
            .expect("a String takes writes");
            for id in text.lines().filter_map(entry_id) {
                let at = &mut ids.entry(id.to_string()).or_insert([u8::MAX; 2])[lang_index];
                if *at != u8::MAX {
                    panic!(
                        "locales/{tag}: {id} is defined in {} and {name}",
                        files[usize::from(*at)]
                    );
                }
                *at = u8::try_from(file_index).expect("fewer than 255 message files");
            }
        }
    }
    let mut index = String::new();
    for (id, at) in &ids {
        writeln!(index, "    ({id:?}, {at:?}),").expect("a String takes writes");
    }
    let code = format!(
        "/// The message files of each language: en-US's, then zh-CN's, each in `FILES` order.\n\
         pub const SOURCES: &[(Lang, &str, &str)] = &[\n{sources}];\n\
         /// How many message files each language has.\n\
         const FILES: usize = {};\n\
         /// Each message id and the file (index among a language's files) that defines it in\n\
         /// en-US and in zh-CN (`u8::MAX`: not defined there), sorted by id.\n\
         static MESSAGE_FILES: &[(&str, [u8; 2])] = &[\n{index}];\n",
        files.len()
    );
    fs::write(out.join("messages.rs"), code).expect("OUT_DIR is writable");
}

/// The id of the message or term a line of a Fluent file begins (`id =`, `-term =`), if any:
/// entries start at the line's first column, everything else of them is indented.
fn entry_id(line: &str) -> Option<&str> {
    let (head, _) = line.split_once('=')?;
    let id = head.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    let mut chars = name.chars();
    let valid = chars.next()?.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then_some(id)
}

/// How the release binary is linked, where the linker is known to be lld (rustc's default for
/// x86_64-unknown-linux-gnu since 1.90) and no other linker is configured: another linker
/// could refuse the options, and they change nothing but speed and memory (docs/performance.md,
/// "The start-up's code together").
/// - The functions the start-up calls (scripts/startup-order.txt, made by
///   scripts/startup-order.sh) first in the binary, in the order of their first call: the
///   first frame then touches about 2 MB of code, not pages spread over 9 MB.
/// - Relative relocations packed (DT_RELR) when the C library here reads them (glibc 2.36 or
///   later, asked only for a native build, whose binary runs on this machine): 8 KB for the
///   loader to read at each start instead of 500 KB.
fn link_release_binary() {
    const ORDER: &str = "scripts/startup-order.txt";
    println!("cargo::rerun-if-changed={ORDER}");
    println!("cargo::rerun-if-env-changed=RUSTC_LINKER");
    let var = |name: &str| env::var(name).unwrap_or_default();
    let release = var("PROFILE") == "release";
    let target = var("TARGET") == "x86_64-unknown-linux-gnu";
    let own_linker = env::var_os("RUSTC_LINKER").is_some()
        || ["linker", "link-self-contained", "fuse-ld"]
            .iter()
            .any(|flag| var("CARGO_ENCODED_RUSTFLAGS").contains(flag));
    if !release || !target || own_linker || !rustc_links_with_lld() {
        return;
    }
    let order = PathBuf::from(var("CARGO_MANIFEST_DIR")).join(ORDER);
    if order.is_file() {
        println!(
            "cargo::rustc-link-arg-bin=icp-tui=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        // A name the code no longer has is skipped, silently.
        println!("cargo::rustc-link-arg-bin=icp-tui=-Wl,--no-warn-symbol-ordering");
    }
    if var("HOST") == var("TARGET") && glibc_reads_relr() {
        println!("cargo::rustc-link-arg-bin=icp-tui=-Wl,-z,pack-relative-relocs");
    }
}

/// glibc 2.36 or later here (`getconf GNU_LIBC_VERSION`: "glibc 2.36"); anything else, or no
/// answer, is no.
fn glibc_reads_relr() -> bool {
    let Ok(output) = std::process::Command::new("getconf")
        .arg("GNU_LIBC_VERSION")
        .output()
    else {
        return false;
    };
    let text = String::from_utf8_lossy(&output.stdout);
    let Some(version) = text.trim().strip_prefix("glibc ") else {
        return false;
    };
    version_at_least(version, (2, 36))
}

/// Whether "major.minor[.patch]" is at least `(major, minor)`.
fn version_at_least(version: &str, least: (u32, u32)) -> bool {
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0)) >= least
}

/// rustc 1.90 or later: it links x86_64-unknown-linux-gnu with its own lld by default.
fn rustc_links_with_lld() -> bool {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let Ok(output) = std::process::Command::new(rustc).arg("-vV").output() else {
        return false;
    };
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines()
        .find_map(|line| line.strip_prefix("release: "))
        .is_some_and(|version| version_at_least(version, (1, 90)))
}
