//! Converts the rules in assets/ from TOML to JSON at build time.
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
}
