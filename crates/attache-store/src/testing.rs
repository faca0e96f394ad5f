//! Scratch databases for tests, on both backends.
//!
//! Every storage test runs on SQLite, and on PostgreSQL when `ATTACHE_TEST_PG` holds the
//! URL of a server the tests may create databases on (`scripts/pg-test-server` starts
//! one). Under `CI=true` a missing `ATTACHE_TEST_PG` is an error, so that CI cannot pass
//! without testing PostgreSQL.

use std::path::PathBuf;

/// An empty SQLite file path for a test called `name`, in a directory named after this
/// process. The first call of a process removes the directories that processes no
/// longer running left behind, so scratch files do not pile up over test runs.
pub fn scratch_sqlite(name: &str) -> PathBuf {
    static SWEEP: std::sync::Once = std::sync::Once::new();
    SWEEP.call_once(sweep_stale_scratch);
    let dir = std::env::temp_dir().join(format!("attache-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir.join("test.db")
}

/// Removes `attache-test-<pid>-*` directories of processes that have ended (on systems
/// with `/proc`; elsewhere nothing is removed).
fn sweep_stale_scratch() {
    if !std::path::Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix("attache-test-")) else { continue };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else { continue };
        if pid != std::process::id() && !std::path::Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// The server tests may use, if any; panics under `CI=true` when there is none.
pub fn postgres_server() -> Option<String> {
    match std::env::var("ATTACHE_TEST_PG") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("ATTACHE_TEST_PG is not set: CI must test the PostgreSQL backend (see scripts/pg-test-server)")
        }
        _ => None,
    }
}

/// A new, empty PostgreSQL database for a test called `name`, as a URL; `None` when no
/// server is configured.
pub fn scratch_postgres(name: &str) -> Option<PathBuf> {
    let server = postgres_server()?;
    let db: String = format!("attache_t_{}_{name}", std::process::id())
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' })
        .collect();
    let mut client = postgres::Client::connect(&server, postgres::NoTls)
        .unwrap_or_else(|e| panic!("ATTACHE_TEST_PG={server}: cannot connect: {e}"));
    client.batch_execute(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)")).expect("drop the scratch database");
    client.batch_execute(&format!("CREATE DATABASE {db}")).expect("create the scratch database");
    let base = match server.rfind('/') {
        Some(i) if i > server.find("://").map_or(0, |s| s + 2) => &server[..i],
        _ => server.as_str(),
    };
    Some(PathBuf::from(format!("{base}/{db}")))
}

/// A scratch database on every backend under test: SQLite first, then PostgreSQL.
pub fn scratch_databases(name: &str) -> Vec<PathBuf> {
    let mut out = vec![scratch_sqlite(name)];
    out.extend(scratch_postgres(name));
    out
}
