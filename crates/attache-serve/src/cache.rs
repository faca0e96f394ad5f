//! A bounded cache of API answers, emptied whenever the database changes.
//!
//! Dashboards ask the same questions over and over (every viewer of a view sends the
//! same requests), while aggregates over a million events take a second of CPU. So a
//! successful answer is kept, keyed by path and query, until the database changes: for
//! SQLite, the size or modification time of its files (`attache ingest` may be adding to
//! the database while it is served); for PostgreSQL, the server's write-ahead log
//! position, polled every second. Identical requests that arrive while the first is still being
//! computed wait for it instead of computing it again. The cache holds at most the bytes
//! it was made with (`--cache-mb`); the oldest answers go first.

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{header, HeaderValue, Method, Request, Response, StatusCode};
use axum::middleware::Next;
use std::collections::{HashMap, VecDeque};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::OnceCell;

/// Starts a thread that reads the PostgreSQL server's write-ahead log position every
/// second and stores a hash of it; it stops when the cache is dropped. The position moves
/// with every commit on the server (to this database or another: an answer recomputed for
/// nothing is the only cost). When the server cannot be asked, the value changes at every
/// poll, so nothing is served from the cache that might be stale.
fn poll_postgres(url: PathBuf) -> Arc<AtomicU64> {
    let generation = Arc::new(AtomicU64::new(0));
    let weak = Arc::downgrade(&generation);
    std::thread::Builder::new()
        .name("attache-cache-poll".into())
        .spawn(move || {
            const SQL: &str = "SELECT CAST(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() \
                               ELSE pg_current_wal_lsn() END AS TEXT)";
            let mut store = None;
            let mut misses = 0u64;
            while let Some(g) = weak.upgrade() {
                if store.is_none() {
                    store = attache_store::Store::open_read_only(&url).ok();
                }
                let lsn = store.as_ref().map(|s| s.db().one::<String>(SQL, &[]));
                match lsn {
                    Some(Ok(lsn)) => {
                        let mut h = std::collections::hash_map::DefaultHasher::new();
                        lsn.hash(&mut h);
                        g.store(h.finish(), Ordering::Relaxed);
                    }
                    _ => {
                        store = None;
                        misses += 1;
                        g.store(u64::MAX - misses, Ordering::Relaxed);
                    }
                }
                drop(g);
                std::thread::sleep(std::time::Duration::from_secs(1));
            }
        })
        .expect("a thread for the cache");
    generation
}

/// An answer: status, content type, body.
type Answer = (StatusCode, HeaderValue, Bytes);
type Slot = Arc<OnceCell<Answer>>;

pub struct Cache {
    source: Source,
    max_bytes: usize,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    generation: u64,
    slots: HashMap<String, Slot>,
    order: VecDeque<(String, usize)>,
    bytes: usize,
}

/// What tells the cache that the database changed.
enum Source {
    /// A SQLite database and its write-ahead log.
    Files([PathBuf; 2]),
    /// A value a background thread keeps up to date.
    Polled(Arc<AtomicU64>),
}

impl Cache {
    pub fn new(db: &Path, max_bytes: usize) -> Cache {
        let source = if attache_store::is_postgres_url(db) {
            Source::Polled(poll_postgres(db.to_path_buf()))
        } else {
            let mut wal = db.as_os_str().to_owned();
            wal.push("-wal");
            Source::Files([db.to_path_buf(), PathBuf::from(wal)])
        };
        Cache { source, max_bytes, inner: Mutex::default() }
    }

    /// Changes whenever a commit reaches the database or its write-ahead log.
    fn generation(&self) -> u64 {
        match &self.source {
            Source::Files(files) => {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                for f in files {
                    if let Ok(m) = std::fs::metadata(f) {
                        m.len().hash(&mut h);
                        m.modified().ok().hash(&mut h);
                    }
                }
                h.finish()
            }
            Source::Polled(g) => g.load(Ordering::Relaxed),
        }
    }

    fn slot(&self, key: &str) -> Slot {
        let generation = self.generation();
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if inner.generation != generation {
            *inner = Inner { generation, ..Inner::default() };
        }
        inner.slots.entry(key.to_string()).or_default().clone()
    }

    fn account(&self, key: &str, size: usize) {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        inner.order.push_back((key.to_string(), size));
        inner.bytes += size;
        while inner.bytes > self.max_bytes {
            let Some((old, n)) = inner.order.pop_front() else { break };
            inner.slots.remove(&old);
            inner.bytes -= n;
        }
    }

    fn forget(&self, key: &str) {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        inner.slots.remove(key);
    }
}

/// Answers repeated GET requests under `/api/` from the cache.
pub async fn layer(State(cache): State<Arc<Cache>>, req: Request<Body>, next: Next) -> Response<Body> {
    if req.method() != Method::GET || !req.uri().path().starts_with("/api/") || cache.max_bytes == 0 {
        return next.run(req).await;
    }
    let key = req.uri().to_string();
    let slot = cache.slot(&key);
    let (status, kind, bytes) = slot
        .get_or_init(|| async {
            let resp = next.run(req).await;
            let (parts, body) = resp.into_parts();
            let kind = parts
                .headers
                .get(header::CONTENT_TYPE)
                .cloned()
                .unwrap_or(HeaderValue::from_static("application/json"));
            match axum::body::to_bytes(body, cache.max_bytes).await {
                Ok(bytes) => {
                    if parts.status == StatusCode::OK {
                        cache.account(&key, bytes.len() + key.len());
                    }
                    (parts.status, kind, bytes)
                }
                Err(_) => (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    HeaderValue::from_static("application/json"),
                    Bytes::from_static(br#"{"error":{"status":500,"message":"answer too large"}}"#),
                ),
            }
        })
        .await
        .clone();
    let mut r = Response::new(Body::from(bytes));
    *r.status_mut() = status;
    r.headers_mut().insert(header::CONTENT_TYPE, kind);
    if status != StatusCode::OK {
        // Errors are not kept: the next request computes its answer again.
        cache.forget(&key);
        r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    r
}
