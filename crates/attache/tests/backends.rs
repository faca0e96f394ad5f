//! The same data on SQLite and on PostgreSQL gives the same answers: every query command,
//! every export and every API route of `attache serve`. Runs when `ATTACHE_TEST_PG`
//! names a server (always in CI: `attache_store::testing`).

use attache_serve::{router_with_cache, Pool};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use tower::ServiceExt;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn attache(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_attache")).args(args).output().unwrap();
    assert!(out.status.success(), "attache {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The gold articles, ingested into `db` in two batches.
fn ingest(db: &Path) {
    let db = db.to_str().unwrap();
    for f in ["tests/gold/world.jsonl", "tests/gold/central-asia-1.jsonl", "tests/gold/central-asia-2.jsonl"] {
        attache(&["ingest", "--json", "--db", db, repo().join(f).to_str().unwrap()]);
    }
}

/// GDELT rows without DATEADDED and SOURCEURL's neighbours that carry ingestion times.
fn without_ingest_times(gdelt: &str) -> String {
    gdelt
        .lines()
        .map(|l| {
            let mut cols: Vec<&str> = l.split('\t').collect();
            if cols.len() == 61 {
                cols[59] = "";
            }
            cols.join("\t")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn sqlite_and_postgres_answer_alike() {
    let Some(pg) = attache_store::testing::scratch_postgres("parity") else {
        eprintln!("ATTACHE_TEST_PG is not set: PostgreSQL not tested");
        return;
    };
    let lite = attache_store::testing::scratch_sqlite("parity");
    ingest(&lite);
    ingest(&pg);
    let (l, p) = (lite.to_str().unwrap(), pg.to_str().unwrap());

    let first: serde_json::Value =
        serde_json::from_str(&attache(&["events", "--db", l, "--format", "json", "--limit", "1"])).unwrap();
    let some_event = first[0]["id"].as_str().unwrap().to_string();
    let commands: Vec<Vec<&str>> = vec![
        vec!["events", "--format", "json", "--limit", "100000"],
        vec!["events", "--format", "json", "--mentions", "--limit", "100000"],
        vec!["events", "--format", "json", "--country", "kaz"],
        vec!["events", "--format", "json", "--actor", "CHNGOV", "--since", "2025-01-01"],
        vec!["events", "--format", "json", "--type", "consult", "--until", "2025-06-30", "--mentions"],
        vec!["events", "--format", "json", "--cameo", "04", "--quad", "1"],
        vec!["events", "--format", "json", "--place", "astana"],
        vec!["events", "--format", "json", "--text", "pipeline", "--mentions"],
        vec!["actors", "--format", "json"],
        vec!["actors", "--format", "json", "--recipient", "USA"],
        vec!["dyads", "--format", "json", "--period", "day"],
        vec!["dyads", "--format", "json", "--period", "week"],
        vec!["dyads", "--format", "json", "--period", "month", "--country", "CHN"],
        vec!["themes", "--format", "json", "--period", "week"],
        vec!["themes", "--format", "json", "--first-use"],
        vec!["show", "--format", "json", &some_event],
        vec!["export", "--format", "jsonl"],
        vec!["export", "--format", "csv"],
        vec!["export", "--format", "plover"],
    ];
    for c in &commands {
        let run = |db: &str| {
            let mut args = c.clone();
            args.splice(1..1, ["--db", db]);
            attache(&args)
        };
        let (a, b) = (run(l), run(p));
        assert!(a.len() > 2, "{c:?} found nothing to compare");
        assert!(
            a == b,
            "{c:?} differs:\nSQLite:     {}\nPostgreSQL: {}",
            &a[..a.len().min(600)],
            &b[..b.len().min(600)]
        );
    }
    let gdelt = |db: &str| without_ingest_times(&attache(&["export", "--db", db, "--format", "gdelt"]));
    assert_eq!(gdelt(l), gdelt(p));

    // The API, route by route. Text search ranks and cuts snippets in each engine's own
    // way (FTS5, tsvector); the articles it finds must agree.
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let answer = |db: &Path, uri: &str| -> serde_json::Value {
        let app = router_with_cache(Arc::new(Pool::open(db).unwrap()), 0);
        rt.block_on(async {
            let resp = app.oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
            assert_eq!(resp.status(), StatusCode::OK, "{uri}");
            let body = resp.into_body().collect().await.unwrap().to_bytes();
            serde_json::from_slice(&body).unwrap()
        })
    };
    let uris = [
        "/api/stats",
        "/api/events?limit=1000",
        "/api/events?country=UZB&type=CONSULT",
        "/api/mentions?limit=1000",
        "/api/actors",
        "/api/dyads?period=month",
        "/api/timeline?split=quad&period=week",
        "/api/timeline?split=type&period=month",
        "/api/places",
        "/api/themes?period=month",
        "/api/themes/first-use",
        "/api/articles?limit=500",
        "/api/articles?outlet=Wire&since=2025-01-01",
    ];
    for uri in uris {
        assert_eq!(answer(&lite, uri), answer(&pg, uri), "{uri}");
    }
    let event = format!("/api/events/{some_event}");
    assert_eq!(answer(&lite, &event), answer(&pg, &event));
    let keys = |v: serde_json::Value| -> std::collections::BTreeSet<String> {
        v["items"].as_array().unwrap().iter().map(|a| a["key"].as_str().unwrap().to_string()).collect()
    };
    for q in ["pipeline", "sanctions", "Tokayev"] {
        let uri = format!("/api/search?q={q}&limit=500");
        let (a, b) = (answer(&lite, &uri), answer(&pg, &uri));
        assert_eq!(a["total"], b["total"], "{uri}");
        assert_eq!(keys(a), keys(b), "{uri}");
    }
}
