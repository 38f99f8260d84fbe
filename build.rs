//! Converts the rules in assets/ from TOML to JSON at build time, and, for release links with
//! lld, lays the start-up's code out together.
//!
//! TOML is the format people edit; parsing 140 KB of it at every start costs milliseconds,
//! JSON of the same data a fraction of that. The TOML stays embedded too, for precise error
//! messages and the tests that compare both.

use std::{env, fs, path::PathBuf};

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
    for name in RULES {
        let path = format!("assets/{name}.toml");
        println!("cargo::rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let json = serde_json::to_vec(&table).expect("a TOML table is valid JSON");
        fs::write(out.join(format!("{name}.json")), json).expect("OUT_DIR is writable");
    }
    order_startup_functions();
}

/// The functions the start-up calls (scripts/startup-order.txt, made by
/// scripts/startup-order.sh) placed first in the binary, in the order of their first call:
/// the first frame then touches about 2 MB of code, not pages spread over 9 MB
/// (docs/performance.md). Only where the linker is known to be lld (rustc's default for
/// x86_64-unknown-linux-gnu since 1.90) and no other linker is configured: another linker
/// could refuse the option, and the order changes nothing but speed.
fn order_startup_functions() {
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
}

/// rustc 1.90 or later: it links x86_64-unknown-linux-gnu with its own lld by default.
fn rustc_links_with_lld() -> bool {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let Ok(output) = std::process::Command::new(rustc).arg("-vV").output() else {
        return false;
    };
    let text = String::from_utf8_lossy(&output.stdout);
    let version = text
        .lines()
        .find_map(|line| line.strip_prefix("release: "))
        .unwrap_or_default();
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    (major, minor) >= (1, 90)
}
