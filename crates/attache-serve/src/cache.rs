//! A bounded cache of API answers, emptied whenever the database changes.
//!
//! Dashboards ask the same questions over and over (every viewer of a view sends the
//! same requests), while aggregates over a million events take a second of CPU. So a
//! successful answer is kept, keyed by path and query, until the database files change
//! (their size or modification time: `attache ingest` may be adding to the database
//! while it is served). Identical requests that arrive while the first is still being
//! computed wait for it instead of computing it again. The cache holds at most the bytes
//! it was made with (`--cache-mb`); the oldest answers go first.

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{header, HeaderValue, Method, Request, Response, StatusCode};
use axum::middleware::Next;
use std::collections::{HashMap, VecDeque};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::sync::OnceCell;

/// An answer: status, content type, body.
type Answer = (StatusCode, HeaderValue, Bytes);
type Slot = Arc<OnceCell<Answer>>;

pub struct Cache {
    files: [PathBuf; 2],
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

impl Cache {
    pub fn new(db: &Path, max_bytes: usize) -> Cache {
        let mut wal = db.as_os_str().to_owned();
        wal.push("-wal");
        Cache { files: [db.to_path_buf(), PathBuf::from(wal)], max_bytes, inner: Mutex::default() }
    }

    /// Changes whenever a commit reaches the database or its write-ahead log.
    fn generation(&self) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for f in &self.files {
            if let Ok(m) = std::fs::metadata(f) {
                m.len().hash(&mut h);
                m.modified().ok().hash(&mut h);
            }
        }
        h.finish()
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
