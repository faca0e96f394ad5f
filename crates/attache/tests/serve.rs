//! `attache serve`: the JSON API against its OpenAPI description, HTTP behaviour (ETags,
//! gzip, errors), hostile requests, and that the server cannot write.
//!
//! The database is the project's gold articles plus articles carrying script payloads,
//! ingested by the real binary; requests go to the router in process, and one test runs
//! the server as a process on a loopback port.

use attache_serve::{router, Pool};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One database for every test in this file, built once.
fn database() -> &'static Path {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("attache-serve-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("serve.db");
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_attache"))
            .args(["ingest", "--json", "--db"])
            .arg(&db)
            .arg(repo().join("tests/gold"))
            .arg(repo().join("web/tests/xss.jsonl"))
            .output()
            .unwrap();
        assert!(out.status.success(), "ingest failed: {}", String::from_utf8_lossy(&out.stderr));
        db
    })
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: not JSON: {}", String::from_utf8_lossy(&self.body)))
    }
}

async fn request(method: Method, uri: &str, headers: &[(&str, &str)]) -> Answer {
    let app = router(Arc::new(Pool::open(database()).unwrap()));
    let mut req = Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let resp = app.oneshot(req.body(Body::empty()).unwrap()).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = resp.into_body().collect().await.unwrap().to_bytes().to_vec();
    Answer { status, headers, body }
}

async fn get(uri: &str) -> Answer {
    request(Method::GET, uri, &[]).await
}

async fn get_json(uri: &str) -> Value {
    let a = get(uri).await;
    assert_eq!(a.status, StatusCode::OK, "{uri}: {}", String::from_utf8_lossy(&a.body));
    assert_eq!(a.headers[header::CONTENT_TYPE], "application/json", "{uri}");
    a.json()
}

// ---- a small checker for the subset of JSON Schema the description uses ----------

fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.rsplit('/').next().unwrap();
            &spec["components"]["schemas"][name]
        }
        None => schema,
    }
}

fn check(spec: &Value, schema: &Value, value: &Value, at: &str) {
    let schema = resolve(spec, schema);
    if let Some(types) = schema.get("type") {
        let types: Vec<&str> = match types {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => panic!("{at}: odd type in schema"),
        };
        let ok = types.iter().any(|t| match *t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            _ => false,
        });
        assert!(ok, "{at}: {value} is not of type {types:?}");
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        assert!(e.contains(value), "{at}: {value} not in {e:?}");
    }
    if let (Some(props), Some(obj)) = (schema.get("properties").and_then(Value::as_object), value.as_object()) {
        for req in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            let req = req.as_str().unwrap();
            assert!(obj.contains_key(req), "{at}: missing `{req}` in {}", value);
        }
        for (k, v) in obj {
            // Every field the server sends is described.
            let sub = props.get(k).unwrap_or_else(|| panic!("{at}: field `{k}` is not in the description"));
            check(spec, sub, v, &format!("{at}.{k}"));
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), value.as_array()) {
        for (i, v) in arr.iter().enumerate().take(50) {
            check(spec, items, v, &format!("{at}[{i}]"));
        }
    }
}

fn example(name: &str) -> &'static str {
    match name {
        "actor" | "country" => "CHN",
        "recipient" => "KAZ",
        "type" => "CONSULT",
        "cameo" => "04",
        "quad" => "1",
        "since" => "2020-01-01",
        "until" => "2026-12-31",
        "place" => "Beijing",
        "outlet" => "Reuters",
        "theme" => "Belt and Road",
        "q" => "minister",
        "limit" => "5",
        "offset" => "1",
        "period" => "week",
        "split" => "type",
        other => panic!("no example for parameter {other}"),
    }
}

#[tokio::test]
async fn every_route_matches_its_openapi_description() {
    let spec = get_json("/api/openapi.json").await;
    assert_eq!(spec["openapi"], "3.1.0");
    let paths = spec["paths"].as_object().unwrap();
    let routes: Vec<&str> = attache_serve::api::routes().into_iter().map(|(p, _)| p).collect();
    let described: Vec<&str> = paths.keys().map(String::as_str).collect();
    let mut a = routes.clone();
    let mut b = described.clone();
    a.sort();
    b.sort();
    assert_eq!(a, b, "the router and /api/openapi.json list different routes");

    // Real ids for the path parameters.
    let events = get_json("/api/events?limit=1").await;
    let event_id = events["items"][0]["id"].as_str().unwrap().to_string();
    let articles = get_json("/api/articles?limit=1").await;
    let article_key = articles["items"][0]["key"].as_str().unwrap().to_string();

    for (path, item) in paths {
        let op = &item["get"];
        let schema = &op["responses"]["200"]["content"]["application/json"]["schema"];
        let concrete = path.replace("{id}", &event_id).replace("{key}", &article_key);
        let mut queries = vec![String::new()];
        for p in op["parameters"].as_array().unwrap() {
            if p["in"] == "query" {
                let name = p["name"].as_str().unwrap();
                queries.push(format!("{name}={}", example(name).replace(' ', "+")));
            }
        }
        if path == "/api/search" {
            queries = queries
                .into_iter()
                .filter(|q| !q.is_empty() && !q.starts_with("q="))
                .map(|q| format!("q=minister&{q}"))
                .collect();
            queries.push("q=minister".into());
        }
        for q in &queries {
            let uri = if q.is_empty() { concrete.clone() } else { format!("{concrete}?{q}") };
            let value = get_json(&uri).await;
            check(&spec, schema, &value, &uri);
        }
        // A parameter the description does not list is refused.
        let refused = get(&format!("{concrete}?bogus=1")).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{concrete}?bogus=1");
        check(&spec, &spec["components"]["schemas"]["Error"], &refused.json(), &format!("{concrete} error"));
    }
}

/// The requests warmed at start are ones the server answers (and the dashboard sends:
/// the browser tests load the page with no filter).
#[tokio::test]
async fn warmed_requests_are_answered() {
    for url in attache_serve::WARM_URLS {
        get_json(url).await;
    }
}

#[tokio::test]
async fn filters_narrow_and_pages_page() {
    let all = get_json("/api/events?limit=1000").await;
    let total = all["total"].as_u64().unwrap();
    assert_eq!(all["items"].as_array().unwrap().len() as u64, total.min(1000));
    assert!(total > 50, "{total}");
    let consult = get_json("/api/events?type=consult&limit=1000").await;
    let items = consult["items"].as_array().unwrap();
    assert!(!items.is_empty() && (items.len() as u64) < total);
    assert!(items.iter().all(|e| e["type"] == "CONSULT"));
    let kaz = get_json("/api/events?country=KAZ&limit=1000").await;
    assert!(kaz["items"].as_array().unwrap().iter().all(|e| {
        e["actors"].as_str().unwrap().contains("KAZ") || e["recipients"].as_str().unwrap().contains("KAZ")
    }));
    let page1 = get_json("/api/events?limit=5").await;
    let page2 = get_json("/api/events?limit=5&offset=5").await;
    assert_eq!(page1["items"].as_array().unwrap()[..], all["items"].as_array().unwrap()[..5]);
    assert_eq!(page2["items"].as_array().unwrap()[..], all["items"].as_array().unwrap()[5..10]);
    // The timeline counts the same events as the list.
    let timeline = get_json("/api/timeline?period=all&type=CONSULT").await;
    let counted: i64 = timeline["items"].as_array().unwrap().iter().map(|r| r["events"].as_i64().unwrap()).sum();
    let dated = items.iter().filter(|e| !e["date"].is_null()).count() as i64;
    assert_eq!(counted, dated);
}

#[tokio::test]
async fn an_article_comes_with_spans_that_fit_its_text() {
    let events = get_json("/api/events?limit=20").await;
    let id = events["items"][0]["id"].as_str().unwrap();
    let event = get_json(&format!("/api/events/{id}")).await;
    let mention = &event["mentions"][0];
    let article = get_json(&format!("/api/articles/{}", mention["document"].as_str().unwrap())).await;
    let text: Vec<u16> = article["article"]["text"].as_str().unwrap().encode_utf16().collect();
    let highlights = article["highlights"].as_array().unwrap();
    assert!(!highlights.is_empty());
    let n = mention["id"].as_str().unwrap().rsplit(':').next().unwrap();
    let mut found_trigger = false;
    for h in highlights {
        let (s, e) = (h["start"].as_u64().unwrap() as usize, h["end"].as_u64().unwrap() as usize);
        assert!(s < e && e <= text.len(), "{h}");
        if h["kind"] == "trigger" && h["ref"] == format!("v{n}") {
            assert_eq!(String::from_utf16(&text[s..e]).unwrap(), mention["trigger"].as_str().unwrap());
            found_trigger = true;
        }
    }
    assert!(found_trigger, "the mention's trigger is among the highlights");
}

#[tokio::test]
async fn http_etags_gzip_and_errors() {
    let first = get("/api/stats").await;
    assert_eq!(first.status, StatusCode::OK);
    let etag = first.headers[header::ETAG].to_str().unwrap().to_string();
    assert!(etag.starts_with("W/\""), "{etag}");
    assert_eq!(first.headers[header::CACHE_CONTROL], "no-cache");
    let again = request(Method::GET, "/api/stats", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    let other = request(Method::GET, "/api/stats", &[("if-none-match", "W/\"0000\"")]).await;
    assert_eq!(other.status, StatusCode::OK);

    let zipped = request(Method::GET, "/api/events?limit=200", &[("accept-encoding", "gzip")]).await;
    assert_eq!(zipped.status, StatusCode::OK);
    assert_eq!(zipped.headers[header::CONTENT_ENCODING], "gzip");
    let mut plain = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&zipped.body[..]), &mut plain).unwrap();
    assert_eq!(plain, get("/api/events?limit=200").await.body);

    let page = get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
    let csp = page.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-eval"), "{csp}");
    assert_eq!(page.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    for asset in attache_serve::assets::FILES {
        assert_eq!(get(asset.0).await.status, StatusCode::OK, "{}", asset.0);
    }

    let missing = get("/api/events/00000000000000000000000000000000:1").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json()["error"]["status"], 404);
}

#[tokio::test]
async fn hostile_requests_get_4xx_never_5xx() {
    let long = "x".repeat(300);
    let huge = "y".repeat(5000);
    let cases: Vec<String> = vec![
        "/api/events?limit=0".into(),
        "/api/events?limit=1001".into(),
        "/api/events?limit=-1".into(),
        "/api/events?limit=99999999999999999999999".into(),
        "/api/events?offset=99999999999".into(),
        "/api/events?quad=5".into(),
        "/api/events?since=yesterday".into(),
        "/api/events?until=2024-1-1".into(),
        "/api/events?cameo=04%27%20OR%201=1".into(),
        "/api/events?country=KAZ%27--".into(),
        "/api/events?type=CONSULT;DROP%20TABLE%20events".into(),
        format!("/api/events?place={long}"),
        format!("/api/events?{huge}=1"),
        "/api/events?limit=5&limit=6".into(),
        "/api/events?%ZZ=1".into(),
        "/api/search".into(),
        "/api/search?q=%22unclosed".into(),
        "/api/search?q=NEAR(".into(),
        "/api/search?q=title:".into(),
        "/api/search?q=AND%20OR".into(),
        "/api/timeline?period=year".into(),
        "/api/timeline?split=outlet".into(),
        "/api/themes?country=KAZ".into(),
        "/api/events/../../etc/passwd".into(),
        "/api/events/not-an-id".into(),
        "/api/events/%00".into(),
        "/api/articles/..%2F..%2FCargo.toml".into(),
        "/api/articles/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz".into(),
        "/../Cargo.toml".into(),
        "/assets/../../Cargo.toml".into(),
        "/assets/..%2F..%2FCargo.toml".into(),
        "/assets/app.js/../../../etc/passwd".into(),
        "/assets/".into(),
        "/etc/passwd".into(),
    ];
    for uri in &cases {
        let a = get(uri).await;
        assert!(a.status.is_client_error(), "{uri}: {} {}", a.status, String::from_utf8_lossy(&a.body));
        let v = a.json();
        assert_eq!(v["error"]["status"].as_u64(), Some(a.status.as_u16() as u64), "{uri}");
    }
    // Unknown paths never reveal files.
    let a = get("/assets/../../Cargo.toml").await;
    assert!(!String::from_utf8_lossy(&a.body).contains("[package]"));
}

#[tokio::test]
async fn the_server_refuses_to_write() {
    for method in [Method::POST, Method::PUT, Method::DELETE, Method::PATCH] {
        for uri in ["/api/events", "/api/articles", "/", "/api/stats"] {
            let a = request(method.clone(), uri, &[]).await;
            assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
            assert_eq!(a.headers[header::ALLOW], "GET, HEAD");
        }
    }
    let head = request(Method::HEAD, "/api/stats", &[]).await;
    assert_eq!(head.status, StatusCode::OK);
    assert!(head.body.is_empty());
    // The connection itself cannot write, whatever SQL it were given.
    let pool = Pool::open(database()).unwrap();
    let err = pool.with(|s| {
        s.db().exec("DELETE FROM documents", &[])?;
        Ok(())
    });
    assert!(err.is_err(), "a pooled connection wrote to the database");
}

/// The server as a process: it prints its address, answers, and leaves the database
/// file byte for byte as it was.
#[test]
fn serve_process_answers_on_loopback_and_changes_nothing() {
    use std::io::{BufRead, Read, Write};
    let db = database();
    let before = std::fs::read(db).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(["serve", "--bind", "127.0.0.1:0", "--db"])
        .arg(db)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let addr = line.split("http://").nth(1).and_then(|r| r.split('/').next()).unwrap_or_else(|| panic!("{line}"));
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");
    let ask = |req: &str| {
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        s.write_all(req.as_bytes()).unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        out
    };
    let ok = ask("GET /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    let post = ask("POST /api/events HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    assert!(post.starts_with("HTTP/1.1 405"), "{post}");
    let garbage = ask("GARBAGE\r\n\r\n");
    assert!(garbage.is_empty() || garbage.starts_with("HTTP/1.1 4"), "{garbage}");
    let after_garbage = ask("GET /api/events?limit=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(after_garbage.starts_with("HTTP/1.1 200"), "the server survives bad requests: {after_garbage}");
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(std::fs::read(db).unwrap() == before, "serving changed the database file");
}

#[test]
fn serve_names_a_missing_database() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(["serve", "--bind", "127.0.0.1:0", "--db", "/nonexistent/attache.db"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/attache.db"), "{err}");
}

/// Cached answers last until the database changes: an ingest into a served database
/// shows in the next answer.
#[tokio::test]
async fn cached_answers_follow_the_database() {
    let dir =
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("attache-serve-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("c.db");
    let ingest = |path: PathBuf| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_attache"))
            .args(["ingest", "--json", "--db"])
            .arg(&db)
            .arg(path)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    ingest(repo().join("tests/gold/world.jsonl"));
    let app = router(Arc::new(Pool::open(&db).unwrap()));
    let ask = |app: axum::Router| async move {
        let resp = app.oneshot(Request::get("/api/stats").body(Body::empty()).unwrap()).await.unwrap();
        let body = resp.into_body().collect().await.unwrap().to_bytes();
        serde_json::from_slice::<Value>(&body).unwrap()["documents"].as_u64().unwrap()
    };
    let before = ask(app.clone()).await;
    assert_eq!(ask(app.clone()).await, before);
    ingest(repo().join("tests/gold/central-asia-1.jsonl"));
    let after = ask(app.clone()).await;
    assert!(after > before, "the cache kept an answer from before the ingest: {before} then {after}");
}

/// A query over its time limit is interrupted and answered with 503.
#[tokio::test]
async fn a_query_over_the_time_limit_gets_503() {
    let pool = Pool::open(database()).unwrap().with_time_limit(std::time::Duration::ZERO);
    let app = attache_serve::router_with_cache(Arc::new(pool), 0);
    for uri in ["/api/events", "/api/dyads?period=day", "/api/timeline?split=type"] {
        let resp = app.clone().oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(resp.status(), StatusCode::SERVICE_UNAVAILABLE, "{uri}");
        let body = resp.into_body().collect().await.unwrap().to_bytes();
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["error"]["status"], 503, "{uri}");
    }
}
