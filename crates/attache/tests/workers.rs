//! Distributed ingest on PostgreSQL: three workers share one queue (the corpus's WARC
//! file split into byte ranges), one is killed with SIGKILL while it holds an item, and
//! the database ends exactly as a single-process SQLite ingest of the same corpus. Runs
//! when `ATTACHE_TEST_PG` names a server (always in CI: `attache_store::testing`).

use attache_store::Store;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn attache(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_attache")).args(args).output().unwrap();
    assert!(out.status.code().is_some_and(|c| c <= 1), "attache {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn worker(db: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(["worker", "--db", db, "--lease", "3", "--batch", "64", "--threads", "1", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// What must not depend on how the corpus was ingested: documents with their extractions,
/// events with their counts, and every report (as a set: report ids follow arrival).
fn content(db: &str) -> (String, String, Vec<String>, String) {
    let mut mentions: Vec<String> = serde_json::from_str::<Vec<serde_json::Value>>(&attache(&[
        "events",
        "--db",
        db,
        "--mentions",
        "--format",
        "json",
        "--limit",
        "100000000",
    ]))
    .unwrap()
    .iter()
    .map(|m| m.to_string())
    .collect();
    mentions.sort();
    (
        attache(&["export", "--db", db, "--format", "jsonl"]),
        attache(&["events", "--db", db, "--format", "json", "--limit", "100000000"]),
        mentions,
        attache(&["themes", "--db", db, "--first-use", "--format", "json"]),
    )
}

fn corpus(dir: &Path) -> PathBuf {
    let out = dir.join("corpus");
    let status = Command::new("python3")
        .arg(repo().join("scripts/make-corpus.py"))
        .args([out.to_str().unwrap(), "12", "5"])
        .stdout(Stdio::null())
        .status()
        .expect("python3 runs scripts/make-corpus.py");
    assert!(status.success());
    out
}

#[test]
fn three_workers_and_a_killed_one_equal_one_sqlite_ingest() {
    let Some(pg) = attache_store::testing::scratch_postgres("workers") else {
        eprintln!("ATTACHE_TEST_PG is not set: PostgreSQL not tested");
        return;
    };
    let pg = pg.to_str().unwrap().to_string();
    let lite = attache_store::testing::scratch_sqlite("workers");
    let corpus = corpus(lite.parent().unwrap());

    let reference = lite.to_str().unwrap();
    attache(&["ingest", "--json", "--db", reference, corpus.to_str().unwrap()]);
    let expected = Store::open_read_only(&lite).unwrap().counts().unwrap();
    assert!(expected.documents >= 2000, "a corpus of thousands of documents: {expected:?}");

    // The corpus's WARC file (0.6 MB) is split into byte ranges, read by several workers.
    attache(&["enqueue", "--db", &pg, "--split-mb", "0.1", corpus.to_str().unwrap()]);
    let mut workers: Vec<Child> = (0..3).map(|_| worker(&pg)).collect();
    let victim = format!("{}", workers[1].id());
    // Kill the second worker while it holds an item, after some items are done.
    let store = Store::open_read_only(Path::new(&pg)).unwrap();
    let ranges: i64 = store.db().one("SELECT COUNT(*) FROM work_items WHERE range_end IS NOT NULL", &[]).unwrap();
    assert!(ranges >= 3, "the WARC file is split into ranges ({ranges})");
    let started = Instant::now();
    let killed_item: i64 = loop {
        assert!(started.elapsed() < Duration::from_secs(300), "the victim never held an item");
        let done: i64 = store.db().one("SELECT COUNT(*) FROM work_items WHERE state = 'done'", &[]).unwrap();
        let held: Option<i64> = store
            .db()
            .opt(
                "SELECT id FROM work_items WHERE state = 'claimed' AND worker LIKE ?1",
                &[attache_store::db::Arg::Owned(format!("%:{victim}"))],
                |r| r.get(0),
            )
            .unwrap();
        if let (true, Some(id)) = (done >= 5, held) {
            break id;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    workers[1].kill().unwrap(); // SIGKILL
    workers[1].wait().unwrap();
    for (i, w) in workers.iter_mut().enumerate().filter(|(i, _)| *i != 1) {
        let deadline = Instant::now() + Duration::from_secs(900);
        loop {
            if let Some(status) = w.try_wait().unwrap() {
                assert!(status.success(), "worker {i} failed: {status}");
                break;
            }
            assert!(Instant::now() < deadline, "worker {i} did not finish");
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    let status: serde_json::Value = serde_json::from_str(&attache(&["status", "--db", &pg, "--json"])).unwrap();
    assert_eq!(
        (status["pending"].as_i64(), status["claimed"].as_i64(), status["failed"].as_i64()),
        (Some(0), Some(0), Some(0)),
        "{status}"
    );
    let (state, attempts): (String, i64) = store
        .db()
        .row("SELECT state, attempts FROM work_items WHERE id = ?1", &[killed_item.into()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(state, "done");
    assert!(attempts >= 2, "the killed worker's item was taken over by another ({attempts} claims)");

    assert_eq!(store.counts().unwrap(), expected, "same documents, events, clusters, statements, entities");
    let (a, b) = (content(reference), content(&pg));
    assert!(a.0 == b.0, "documents and extractions differ");
    assert!(a.1 == b.1, "events differ");
    assert!(a.2 == b.2, "reports differ");
    assert!(a.3 == b.3, "first uses of themes differ");
    // Where each document was read from, WARC records read by range included.
    let sources = |s: &Store| {
        s.db()
            .rows("SELECT key, source FROM documents ORDER BY key", &[], |r| {
                Ok((r.get::<String>(0)?, r.get::<String>(1)?))
            })
            .unwrap()
    };
    assert_eq!(sources(&Store::open_read_only(&lite).unwrap()), sources(&store));
    // The corpus and the SQLite copy take 200 MB.
    let _ = std::fs::remove_dir_all(lite.parent().unwrap());
}
