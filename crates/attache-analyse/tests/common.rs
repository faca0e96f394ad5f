//! Helpers shared by the integration tests of the analysis.

#![allow(dead_code)]

use attache_kb::Kb;
use std::path::PathBuf;
use std::sync::OnceLock;

pub fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| Kb::builtin().expect("the built-in knowledge base loads"))
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A file under `../shared/`; under `CI=true` a missing file fails the test instead of
/// skipping it.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = repo().join("../shared").join(rel);
    if p.exists() {
        return Some(p);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{} is missing: CI must provide ../shared", p.display());
    }
    eprintln!("skipping: {} is not present", p.display());
    None
}
