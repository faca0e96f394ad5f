//! `attache serve`: a read-only JSON API over a store, and the dashboard that uses it,
//! both served by the binary itself.
//!
//! - Every API route is in [`api::routes`], and `/api/openapi.json` ([`openapi::spec`])
//!   describes exactly those; a test holds the two together.
//! - The store is opened read-only (SQLite `SQLITE_OPEN_READ_ONLY` and `query_only`),
//!   and only `GET` and `HEAD` are answered: the server cannot change the database.
//! - Queries run on the blocking thread pool, each on a pooled read-only connection.
//! - Every `200` answer carries a weak `ETag` of its body (a matching `If-None-Match` gets
//!   `304`), `Cache-Control: no-cache`, and is gzip-compressed when the client accepts it.
//! - Successful API answers are cached until the database files change ([`cache`]);
//!   at most two queries per core run at once, and one running over the time limit is
//!   interrupted and answered with 503.
//! - Errors are JSON `{"error": {"status", "message"}}` with a 4xx status for anything the
//!   client sent; query parameters are checked before any SQL runs.
//! - The dashboard's files are compiled in ([`assets`]); only their exact paths are served.

pub mod api;
pub mod assets;
pub mod cache;
pub mod highlight;
pub mod openapi;

use attache_store::Store;
use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue, Method, Request, Response, StatusCode};
use axum::middleware::{self, Next};
use axum::Router;
use sha2::{Digest, Sha256};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Read-only connections to one database, opened on demand and kept for reuse.
pub struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    /// Queries running at once (two per core): more would only queue inside SQLite.
    pub(crate) permits: Arc<tokio::sync::Semaphore>,
    /// A query running longer is interrupted and answered with 503.
    pub(crate) time_limit: std::time::Duration,
}

/// Connections kept open between requests.
const POOL_KEEP: usize = 32;

impl Pool {
    /// Opens one connection now, so a missing or unreadable database fails at start.
    pub fn open(path: &Path) -> attache_store::Result<Pool> {
        let first = open_store(path)?;
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Ok(Pool {
            path: path.to_path_buf(),
            idle: Mutex::new(vec![first]),
            permits: Arc::new(tokio::sync::Semaphore::new(2 * cores)),
            time_limit: std::time::Duration::from_secs(10),
        })
    }

    /// Sets how long one query may run before it is stopped (default 10 s).
    pub fn with_time_limit(mut self, limit: std::time::Duration) -> Pool {
        self.time_limit = limit;
        self
    }

    /// Runs `f` on a pooled connection. A statement still running when the time limit
    /// has passed since the start is stopped, and `f` gets an error for which
    /// [`attache_store::StoreError::is_interrupted`] holds.
    pub fn with<T>(&self, f: impl FnOnce(&Store) -> attache_store::Result<T>) -> attache_store::Result<T> {
        let taken = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let mut store = match taken {
            Some(s) => s,
            None => open_store(&self.path)?,
        };
        store.set_deadline(Some(std::time::Instant::now() + self.time_limit))?;
        let out = f(&store);
        store.set_deadline(None)?;
        let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
        if idle.len() < POOL_KEEP {
            idle.push(store);
        }
        out
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn open_store(path: &Path) -> attache_store::Result<Store> {
    let store = Store::open_read_only(path)?;
    // (A PostgreSQL connection is read-only already: `Store::open_read_only`.)
    if let Some(c) = store.sqlite() {
        c.pragma_update(None, "query_only", true)?;
    }
    Ok(store)
}

/// The whole application: API, OpenAPI description, dashboard and assets.
pub fn router(pool: Arc<Pool>) -> Router {
    router_with_cache(pool, DEFAULT_CACHE_BYTES)
}

/// Bytes of API answers kept by default ([`cache`]).
pub const DEFAULT_CACHE_BYTES: usize = 256 << 20;

/// [`router`] with a cache of `cache_bytes` (0 turns it off).
pub fn router_with_cache(pool: Arc<Pool>, cache_bytes: usize) -> Router {
    let cache = Arc::new(cache::Cache::new(pool.path(), cache_bytes));
    let mut api = Router::new();
    for (path, route) in api::routes() {
        api = api.route(path, route);
    }
    let api = api.with_state(pool).layer(middleware::from_fn_with_state(cache, cache::layer));
    Router::new()
        .merge(api)
        .merge(assets::routes())
        .fallback(api::not_found)
        .layer(middleware::from_fn(etag))
        .layer(
            tower_http::compression::CompressionLayer::new().gzip(true).quality(tower_http::CompressionLevel::Fastest),
        )
        .layer(middleware::from_fn(guard))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(|_| {
            api::ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response_parts()
        }))
}

/// Longest request target accepted (path and query).
const MAX_URI: usize = 4096;

/// Refuses every method but GET and HEAD, over-long URIs, and sets the security headers.
async fn guard(req: Request<Body>, next: Next) -> Response<Body> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut r = api::ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("{} is not allowed: this server is read-only (GET and HEAD only)", req.method()),
        )
        .into_response_parts();
        r.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return with_security_headers(r);
    }
    if req.uri().to_string().len() > MAX_URI {
        let r = api::ApiError::new(StatusCode::URI_TOO_LONG, format!("request target longer than {MAX_URI} bytes"))
            .into_response_parts();
        return with_security_headers(r);
    }
    with_security_headers(next.run(req).await)
}

fn with_security_headers(mut r: Response<Body>) -> Response<Body> {
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
             connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    r
}

/// Largest body given an ETag (bigger ones are streamed as they are).
const ETAG_MAX: usize = 64 << 20;

/// Adds a weak ETag of the body to successful answers and answers `304` when the client
/// already has it.
async fn etag(req: Request<Body>, next: Next) -> Response<Body> {
    let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();
    let resp = next.run(req).await;
    if resp.status() != StatusCode::OK {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    let bytes: Bytes = match axum::body::to_bytes(body, ETAG_MAX).await {
        Ok(b) => b,
        Err(_) => {
            return api::ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "answer too large").into_response_parts()
        }
    };
    let digest = Sha256::digest(&bytes);
    let tag = format!("W/\"{}\"", digest[..12].iter().map(|b| format!("{b:02x}")).collect::<String>());
    let tag_value = HeaderValue::from_str(&tag).expect("hex is a valid header value");
    parts.headers.insert(header::ETAG, tag_value);
    parts.headers.entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-cache"));
    if let Some(inm) = if_none_match {
        let matches = inm
            .to_str()
            .map(|v| v.split(',').any(|t| t.trim() == "*" || t.trim().trim_start_matches("W/") == &tag[2..]))
            .unwrap_or(false);
        if matches {
            parts.status = StatusCode::NOT_MODIFIED;
            parts.headers.remove(header::CONTENT_LENGTH);
            return Response::from_parts(parts, Body::empty());
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// True when `addr` can only be reached from this machine.
pub fn is_loopback(addr: &SocketAddr) -> bool {
    addr.ip().is_loopback()
}

/// The requests the dashboard sends when it opens with no filter, exactly as `app.js`
/// writes them: answered once at start so that the first visitor finds them cached.
pub const WARM_URLS: &[&str] = &[
    "/api/stats",
    "/api/timeline?period=month&split=quad",
    "/api/dyads?period=all&limit=300",
    "/api/places?limit=2000",
    "/api/themes?period=month",
    "/api/themes/first-use?limit=1000",
    "/api/events?limit=25&offset=0",
];

/// Serves `pool` on `listener` until Ctrl-C. With a cache, the dashboard's opening
/// requests ([`WARM_URLS`]) are computed in the background first.
pub async fn serve(listener: tokio::net::TcpListener, pool: Arc<Pool>, cache_bytes: usize) -> std::io::Result<()> {
    let app = router_with_cache(pool, cache_bytes);
    if cache_bytes > 0 {
        let warm = app.clone();
        tokio::spawn(async move {
            for url in WARM_URLS {
                if let Ok(req) = Request::get(*url).body(Body::empty()) {
                    let _ = tower::ServiceExt::oneshot(warm.clone(), req).await;
                }
            }
        });
    }
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
