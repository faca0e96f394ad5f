//! The JSON API under `/api/`: routes, query parameters and their checks, errors.

use crate::Pool;
use attache_store::query::{Filter, Period};
use attache_store::views::Split;
use attache_store::{Store, StoreError};
use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderValue, Response, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, MethodRouter};
use serde::Serialize;
use serde_json::{json, Value};
use std::sync::Arc;

type Shared = Arc<Pool>;

/// Every API route, in the order the OpenAPI description lists them.
pub fn routes() -> Vec<(&'static str, MethodRouter<Shared>)> {
    vec![
        ("/api/stats", get(stats)),
        ("/api/events", get(events)),
        ("/api/events/{id}", get(event)),
        ("/api/mentions", get(mentions)),
        ("/api/actors", get(actors)),
        ("/api/dyads", get(dyads)),
        ("/api/timeline", get(timeline)),
        ("/api/places", get(places)),
        ("/api/themes", get(themes)),
        ("/api/themes/first-use", get(first_use)),
        ("/api/articles", get(articles)),
        ("/api/articles/{key}", get(article)),
        ("/api/search", get(search)),
        ("/api/openapi.json", get(openapi)),
    ]
}

/// An error answer: `{"error": {"status": 400, "message": "…"}}`.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { status, message: message.into() }
    }
    fn bad(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    pub fn into_response_parts(self) -> Response<Body> {
        let body = json!({"error": {"status": self.status.as_u16(), "message": self.message}});
        let mut r = Response::new(Body::from(body.to_string()));
        *r.status_mut() = self.status;
        r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        r
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        self.into_response_parts()
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        if e.is_interrupted() {
            return ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "the query ran past the server's time limit and was stopped; narrow the filters",
            );
        }
        if let Some(msg) = e.query_message() {
            // Only the text search passes user syntax to SQLite; its errors are the client's.
            if msg.contains("fts5")
                || msg.contains("syntax error")
                || msg.contains("no such column")
                || msg.contains("unterminated")
            {
                return ApiError::bad(format!(
                    "`q` is not a valid full-text query ({msg}); quote words, e.g. \"Belt and Road\""
                ));
            }
        }
        eprintln!("attache serve: {e}");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "the database could not answer; see the server's log")
    }
}

pub async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no such page or API route")
}

/// Runs a query on the blocking pool and answers its JSON.
async fn query<T, F>(pool: Shared, f: F) -> Result<Response<Body>, ApiError>
where
    T: Serialize + Send + 'static,
    F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
{
    // Wait for a slot before any work is queued: a client that gives up while waiting
    // costs nothing, and the database never runs more queries than there are slots.
    let permit = pool
        .permits
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "the server is shutting down"))?;
    let job = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let mut out = None;
        let r = pool.with(|s| {
            out = Some(f(s));
            Ok(())
        });
        match (r, out) {
            (Err(e), _) => Err(ApiError::from(e)),
            (Ok(()), Some(v)) => v,
            (Ok(()), None) => Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "query did not run")),
        }
    });
    let value = job.await.map_err(|_| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error"))??;
    let body =
        serde_json::to_vec(&value).map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    let mut r = Response::new(Body::from(body));
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(r)
}

/// Query parameters shared by the event routes.
pub const FILTER_PARAMS: &[&str] =
    &["actor", "recipient", "country", "type", "cameo", "quad", "since", "until", "place", "outlet", "theme", "q"];
/// Query parameters of the article and theme routes.
pub const DOC_PARAMS: &[&str] = &["outlet", "theme", "since", "until", "q"];
pub const PAGE_PARAMS: &[&str] = &["limit", "offset"];

/// Longest accepted parameter value.
const MAX_VALUE: usize = 256;
const MAX_OFFSET: u64 = 10_000_000;

#[derive(Debug, Default)]
pub struct Params {
    pub filter: Filter,
    pub period: Option<Period>,
    pub split: Option<Split>,
}

struct Spec<'a> {
    groups: &'a [&'a [&'a str]],
    extra: &'a [&'a str],
    default_limit: u64,
    max_limit: u64,
}

impl Params {
    fn parse(query: Option<&str>, spec: Spec) -> Result<Params, ApiError> {
        let mut p = Params::default();
        let mut seen: Vec<String> = Vec::new();
        let allowed = |k: &str| spec.groups.iter().any(|g| g.contains(&k)) || spec.extra.contains(&k);
        for (k, v) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
            let (k, v) = (k.into_owned(), v.into_owned());
            if !allowed(&k) {
                return Err(ApiError::bad(format!("unknown parameter `{}`", clip(&k))));
            }
            if seen.contains(&k) {
                return Err(ApiError::bad(format!("parameter `{k}` given twice")));
            }
            seen.push(k.clone());
            if v.len() > MAX_VALUE {
                return Err(ApiError::bad(format!("parameter `{k}` is longer than {MAX_VALUE} bytes")));
            }
            if v.is_empty() {
                continue;
            }
            let f = &mut p.filter;
            match k.as_str() {
                "actor" => f.actor = Some(code(&k, v)?),
                "recipient" => f.recipient = Some(code(&k, v)?),
                "country" => f.country = Some(code(&k, v)?),
                "type" => f.kind = Some(word(&k, v)?),
                "cameo" => {
                    if !v.bytes().all(|b| b.is_ascii_digit()) || v.len() > 4 {
                        return Err(ApiError::bad("`cameo` takes a CAMEO code or prefix: up to 4 digits"));
                    }
                    f.cameo = Some(v)
                }
                "quad" => match v.as_str() {
                    "1" | "2" | "3" | "4" => f.quad_class = v.parse().ok(),
                    _ => return Err(ApiError::bad("`quad` takes 1, 2, 3 or 4")),
                },
                "since" => f.since = Some(date(&k, v)?),
                "until" => f.until = Some(date(&k, v)?),
                "place" => f.place = Some(v),
                "outlet" => f.outlet = Some(v),
                "theme" => f.theme = Some(v),
                "q" => f.text = Some(v),
                "limit" => {
                    let n = number(&k, &v)?;
                    if n == 0 || n > spec.max_limit {
                        return Err(ApiError::bad(format!("`limit` takes 1 to {}", spec.max_limit)));
                    }
                    f.limit = Some(n)
                }
                "offset" => {
                    let n = number(&k, &v)?;
                    if n > MAX_OFFSET {
                        return Err(ApiError::bad(format!("`offset` takes 0 to {MAX_OFFSET}")));
                    }
                    f.offset = Some(n)
                }
                "period" => p.period = Some(v.parse().map_err(ApiError::bad)?),
                "split" => p.split = Some(v.parse().map_err(ApiError::bad)?),
                _ => return Err(ApiError::bad(format!("unknown parameter `{k}`"))),
            }
        }
        p.filter.limit.get_or_insert(spec.default_limit);
        Ok(p)
    }
}

fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

fn code(k: &str, v: String) -> Result<String, ApiError> {
    if v.len() <= 40 && v.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(v.to_ascii_uppercase())
    } else {
        Err(ApiError::bad(format!("`{k}` takes a country or actor code such as KAZ or CHNGOV")))
    }
}

fn word(k: &str, v: String) -> Result<String, ApiError> {
    if v.len() <= 40 && v.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_') {
        Ok(v.to_ascii_uppercase())
    } else {
        Err(ApiError::bad(format!("`{k}` takes a PLOVER type such as CONSULT or ASSAULT")))
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn date(k: &str, v: String) -> Result<String, ApiError> {
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let ok = match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    };
    if ok {
        Ok(v)
    } else {
        Err(ApiError::bad(format!("`{k}` takes a date: YYYY-MM-DD, YYYY-MM or YYYY")))
    }
}

fn number(k: &str, v: &str) -> Result<u64, ApiError> {
    if v.len() > 12 {
        return Err(ApiError::bad(format!("`{k}` is too large")));
    }
    v.parse().map_err(|_| ApiError::bad(format!("`{k}` takes a whole number")))
}

/// Routes that take no query parameter.
const NO_PARAMS: Spec = Spec { groups: &[], extra: &[], default_limit: 1, max_limit: 1 };

const EVENTS_SPEC: Spec =
    Spec { groups: &[FILTER_PARAMS, PAGE_PARAMS], extra: &[], default_limit: 50, max_limit: 1000 };

async fn stats(State(pool): State<Shared>, RawQuery(q): RawQuery) -> Result<Response<Body>, ApiError> {
    Params::parse(q.as_deref(), NO_PARAMS)?;
    query(pool, |s| Ok(s.stats()?)).await
}

/// A page of a list, with the total where it is cheap to know.
#[derive(Serialize)]
struct Page<T> {
    total: Option<u64>,
    limit: u64,
    offset: u64,
    items: Vec<T>,
}

fn page<T>(f: &Filter, total: Option<u64>, items: Vec<T>) -> Page<T> {
    Page { total, limit: f.limit.unwrap_or(0), offset: f.offset.unwrap_or(0), items }
}

async fn events(State(pool): State<Shared>, RawQuery(q): RawQuery) -> Result<Response<Body>, ApiError> {
    let p = Params::parse(q.as_deref(), EVENTS_SPEC)?;
    query(pool, move |s| {
        let total = s.count_events(&p.filter)?;
        Ok(page(&p.filter, Some(total), s.events(&p.filter)?))
    })
    .await
}

fn valid_event_id(id: &str) -> bool {
    let (doc, n) = id.split_at(id.len().min(32));
    id.len() <= 48
        && doc.len() == 32
        && doc.bytes().all(|b| b.is_ascii_hexdigit())
        && n.strip_prefix(':').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

async fn event(
    State(pool): State<Shared>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response<Body>, ApiError> {
    Params::parse(q.as_deref(), NO_PARAMS)?;
    if !valid_event_id(&id) {
        return Err(ApiError::bad("an event id is a document key, a colon and a number (as /api/events lists them)"));
    }
    query(pool, move |s| match s.event(&id)? {
        Some((event, mentions)) => Ok(json!({"event": event, "mentions": mentions})),
        None => Err(ApiError::new(StatusCode::NOT_FOUND, format!("no event {id}"))),
    })
    .await
}

async fn mentions(State(pool): State<Shared>, RawQuery(q): RawQuery) -> Result<Response<Body>, ApiError> {
    let p = Params::parse(q.as_deref(), EVENTS_SPEC)?;
    query(pool, move |s| Ok(page(&p.filter, None, s.mentions(&p.filter)?))).await
}

async fn actors(State(pool): State<Shared>, RawQuery(q): RawQuery) -> Result<Response<Body>, ApiError> {
    let p = Params::parse(q.as_deref(), EVENTS_SPEC)?;
    query(pool, move |s| Ok(page(&p.filter, None, s.actors(&p.filter)?))).await
}

const SERIES_SPEC: Spec =
    Spec { groups: &[FILTER_PARAMS, PAGE_PARAMS], extra: &["period"], default_limit: 10_000, max_limit: 10_000 };

async fn dyads(State(pool): State<Shared>, RawQuery(q): RawQuery) -> Result<Response<Body>, ApiError> {
    let p = Params::parse(q.as_deref(), SERIES_SPEC)?;
    let period = p.period.unwrap_or(Period::Month);
    query(pool, move |s| Ok(json!({"period": period.name(), "items": s.dyads(&p.filter, period)?}))).await
}

async fn timeline(State(pool): State<Shared>, RawQuery(q): RawQuery) -> Result<Response<Body>, ApiError> {
    let p = Params::parse(
        q.as_deref(),
        Spec { groups: &[FILTER_PARAMS], extra: &["period", "split"], default_limit: 1, max_limit: 1 },
    )?;
    let period = p.period.unwrap_or(Period::Month);
    let split = p.split.unwrap_or_default();
    query(pool, move |s| {
        let items = s.timeline(&p.filter, period, split)?;
        Ok(json!({"period": period.name(), "split": match split { Split::Quad => "quad", Split::Type => "type" }, "items": items}))
    })
    .await
}

async fn places(State(pool): State<Shared>, RawQuery(q): RawQuery) -> Result<Response<Body>, ApiError> {
    let p = Params::parse(
        q.as_deref(),
        Spec { groups: &[FILTER_PARAMS, PAGE_PARAMS], extra: &[], default_limit: 1000, max_limit: 10_000 },
    )?;
    query(pool, move |s| Ok(page(&p.filter, None, s.places(&p.filter)?))).await
}

async fn themes(State(pool): State<Shared>, RawQuery(q): RawQuery) -> Result<Response<Body>, ApiError> {
    let p = Params::parse(
        q.as_deref(),
        Spec { groups: &[DOC_PARAMS, PAGE_PARAMS], extra: &["period"], default_limit: 10_000, max_limit: 10_000 },
    )?;
    let period = p.period.unwrap_or(Period::Month);
    query(pool, move |s| Ok(json!({"period": period.name(), "items": s.themes(&p.filter, period)?}))).await
}

async fn first_use(State(pool): State<Shared>, RawQuery(q): RawQuery) -> Result<Response<Body>, ApiError> {
    let p = Params::parse(
        q.as_deref(),
        Spec { groups: &[DOC_PARAMS, PAGE_PARAMS], extra: &[], default_limit: 1000, max_limit: 10_000 },
    )?;
    query(pool, move |s| Ok(page(&p.filter, None, s.theme_first_use(&p.filter)?))).await
}

const ARTICLES_SPEC: Spec = Spec { groups: &[DOC_PARAMS, PAGE_PARAMS], extra: &[], default_limit: 50, max_limit: 1000 };

async fn articles(State(pool): State<Shared>, RawQuery(q): RawQuery) -> Result<Response<Body>, ApiError> {
    let p = Params::parse(q.as_deref(), ARTICLES_SPEC)?;
    query(pool, move |s| {
        let total = s.count_articles(&p.filter)?;
        Ok(page(&p.filter, Some(total), s.articles(&p.filter)?))
    })
    .await
}

async fn search(State(pool): State<Shared>, RawQuery(q): RawQuery) -> Result<Response<Body>, ApiError> {
    let p = Params::parse(q.as_deref(), ARTICLES_SPEC)?;
    if p.filter.text.is_none() {
        return Err(ApiError::bad("`q` is required: the words to search for"));
    }
    query(pool, move |s| {
        let total = s.count_articles(&p.filter)?;
        Ok(page(&p.filter, Some(total), s.articles(&p.filter)?))
    })
    .await
}

async fn article(
    State(pool): State<Shared>,
    Path(key): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response<Body>, ApiError> {
    Params::parse(q.as_deref(), NO_PARAMS)?;
    if key.len() != 32 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ApiError::bad("an article key is 32 hexadecimal digits (as /api/articles lists them)"));
    }
    query(pool, move |s| {
        let Some(doc) = s.document(&key)? else {
            return Err(ApiError::new(StatusCode::NOT_FOUND, format!("no article {key}")));
        };
        let Some(record) = s.record(&key)? else {
            return Err(ApiError::new(StatusCode::NOT_FOUND, format!("no article {key}")));
        };
        let highlights = crate::highlight::highlights(&doc.text, &record);
        Ok(json!({
            "article": {
                "key": key,
                "title": doc.title,
                "outlet": doc.outlet,
                "published": doc.published.map(|d| d.to_string()),
                "url": doc.url,
                "text": doc.text,
            },
            "highlights": highlights,
            "record": record,
        }))
    })
    .await
}

async fn openapi(RawQuery(q): RawQuery) -> Result<Response<Body>, ApiError> {
    Params::parse(q.as_deref(), NO_PARAMS)?;
    let body: Value = crate::openapi::spec();
    let mut r = Response::new(Body::from(body.to_string()));
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(r)
}
