//! The store: documents, their extractions and the event clusters, in SQLite.
//!
//! Design choices:
//! - **Documents are keyed by content** ([`keys::document_key`]) and, where known, by
//!   canonical URL, so ingesting the same input twice adds nothing.
//! - **A batch is one transaction**: documents, their extractions, failures and the
//!   cluster updates commit together or not at all. An interrupted ingest loses at most
//!   the batch in flight, and rerunning it completes the rest.
//! - **Clusters are connected components**, not the result of a greedy pass: two event
//!   reports are linked when they have the same PLOVER type and event date, share an
//!   actor country and a recipient country, and do not name different places. A cluster
//!   is named after its smallest event id. Components do not depend on the order in
//!   which reports arrive, so a resumed, repeated or parallel ingest ends with the same
//!   clusters as a single uninterrupted one.
//! - **Rows, not blobs**: every extracted item is a row that `sqlite3`, DuckDB or
//!   Datasette can query (docs/schema.md); [`Store::record`] rebuilds the JSON record of
//!   `attache extract` from them.

mod cluster;
pub mod db;
pub mod keys;
pub mod profile;
pub mod query;
pub mod queue;
mod schema;
pub mod testing;
pub mod views;
mod write;

pub use write::{BatchOutcome, Bulk, Failure, NewDocument, RecodeOutcome};

use db::{args, Db};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("{path}: {source}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error("{path}: made by a newer attache (schema version {found}, this one knows up to {known}); upgrade attache")]
    TooNew { path: PathBuf, found: i64, known: i64 },
    #[error("{path}: no attache database here")]
    Missing { path: PathBuf },
    #[error("{url}: {source}")]
    OpenPg { url: String, source: postgres::Error },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("database: {}", pg_message(.0))]
    Pg(#[from] postgres::Error),
    #[error("database: unexpected value in {0}")]
    Column(String),
    #[error("database: stored JSON is damaged: {0}")]
    Json(#[from] serde_json::Error),
    /// Raised by a caller's callback (e.g. writing an export failed).
    #[error("{0}")]
    Sink(String),
}

impl StoreError {
    /// True when a statement was stopped by [`Store::set_deadline`].
    pub fn is_interrupted(&self) -> bool {
        match self {
            StoreError::Sql(rusqlite::Error::SqliteFailure(e, _)) => {
                e.code == rusqlite::ErrorCode::OperationInterrupted
            }
            StoreError::Pg(e) => e.code() == Some(&postgres::error::SqlState::QUERY_CANCELED),
            _ => false,
        }
    }

    /// The server's message for an error in a query (a syntax error in user input, say).
    pub fn query_message(&self) -> Option<String> {
        match self {
            StoreError::Sql(rusqlite::Error::SqliteFailure(_, Some(msg))) => Some(msg.clone()),
            StoreError::Pg(e) => e.as_db_error().map(|d| d.message().to_string()),
            _ => None,
        }
    }
}

/// PostgreSQL's own message where there is one (the client's `Display` says only "db error").
fn pg_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(d) => format!("{}: {}", d.severity(), d.message()),
        None => e.to_string(),
    }
}

/// A stored document with key `?1` or URL `?2`: two index lookups (an `OR` of the two
/// may be planned as a scan of the table).
pub(crate) const DOCUMENT_BY_KEY_OR_URL: &str =
    "SELECT 1 FROM documents WHERE key = ?1 UNION ALL SELECT 1 FROM documents WHERE url = ?2";

/// Whether `--db` names a PostgreSQL database rather than a SQLite file.
pub fn is_postgres_url(target: &Path) -> bool {
    let s = target.to_string_lossy();
    s.starts_with("postgres://") || s.starts_with("postgresql://")
}

/// A database URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let user = &url[scheme + 3..at];
            let user = user.split(':').next().unwrap_or_default();
            format!("{}{user}@{}", &url[..scheme + 3], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    conn: Db,
    path: PathBuf,
}

impl Store {
    /// Opens the database at `path` (a SQLite file, or a `postgres://` URL) for writing,
    /// creating it and applying pending migrations.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, |_, _| {})
    }

    /// As [`Store::open`], calling `upgrading(version, description)` before each migration
    /// applied to a database that already had a schema (some rewrite large tables and take
    /// a while on a large database); none is called for a new database.
    pub fn open_with(path: &Path, mut upgrading: impl FnMut(i64, &str)) -> Result<Store> {
        if is_postgres_url(path) {
            let mut store = Store { conn: Db::Pg(Box::new(connect_pg(path)?)), path: path.into() };
            store.migrate(&mut upgrading)?;
            return Ok(store);
        }
        let mut conn = Connection::open(path).map_err(|source| StoreError::Open { path: path.into(), source })?;
        // More lookaside slots (SQLite's per-connection allocator for small objects) than
        // its default 40: an insert of 32 waiting rows (`Tx::push_row`) holds a copy of
        // each of their texts, which beyond the slots went to malloc and free, with a
        // mutex each, at every bind. 1,000 slots of 1,200 bytes: 1.2 MB. It can only be
        // set while no lookaside memory is in use, so before anything runs; should SQLite
        // refuse, the default stays (a matter of speed only).
        // SAFETY: the handle is that of this open connection, on which nothing has run.
        unsafe {
            rusqlite::ffi::sqlite3_db_config(
                conn.handle(),
                rusqlite::ffi::SQLITE_DBCONFIG_LOOKASIDE,
                std::ptr::null_mut::<std::ffi::c_void>(),
                1200 as std::ffi::c_int,
                1000 as std::ffi::c_int,
            );
        }
        let err = |source| StoreError::Open { path: path.into(), source };
        conn.busy_timeout(std::time::Duration::from_secs(30)).map_err(err)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(err)?;
        // The `REFERENCES` of the schema document the links between tables; the writer
        // inserts a document before its rows and a report before its participants, and
        // deletes children first, so it does not have SQLite check them (off, SQLite's
        // default): each check was a lookup of the parent row and a statement journal for
        // every inserted row.
        conn.pragma_update(None, "foreign_keys", "OFF").map_err(err)?;
        // A large page cache (about 120 MB) and fewer checkpoints: the writer touches many
        // indexes per batch, and re-reading their pages from the OS dominated ingest time.
        // 300 MB cut another 4% off a large ingest but brought its peak to 444 MB, near
        // the 500 MB budget; with 200 MB the 1 GB ingest of the fourteenth session peaked
        // at 521 MB, over it, and with 150 MB at 469 MB, then at 504 MB in the fifteenth
        // session (the multi-row inserts' waiting rows and lookaside slots).
        conn.pragma_update(None, "cache_size", -120_000).map_err(err)?;
        conn.pragma_update(None, "wal_autocheckpoint", 16_384).map_err(err)?;
        conn.pragma_update(None, "temp_store", "MEMORY").map_err(err)?;
        // No memory map for the writer: mapped pages count as the process's memory, and the
        // page cache above bounds what it holds.
        // Every statement of a batch stays prepared (rusqlite keeps 16 by default).
        conn.set_prepared_statement_cache_capacity(256);
        // Plans that do not depend on the values bound. Without this guarantee SQLite
        // marks a statement whose plan might vary with a parameter (this build has STAT4)
        // for recompiling whenever its bindings are cleared, which rusqlite does each
        // time a cached statement is returned: the writer spent a sixth of its time
        // parsing and planning statements it had already prepared.
        conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true).map_err(err)?;
        if std::env::var_os("ATTACHE_SQL_PROFILE").is_some() {
            profile::install(&mut conn).map_err(err)?;
        }
        let mut store = Store { conn: Db::Lite(db::Lite::new(conn)), path: path.into() };
        store.migrate(&mut upgrading)?;
        Ok(store)
    }

    /// Opens an existing database read-only (queries, export, serve).
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if is_postgres_url(path) {
            let pg = connect_pg(path)?;
            let store = Store { conn: Db::Pg(Box::new(pg)), path: path.into() };
            store.conn.batch("SET default_transaction_read_only = on")?;
            return store.check_version(path);
        }
        if !path.exists() {
            return Err(StoreError::Missing { path: path.into() });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|source| StoreError::Open { path: path.into(), source })?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.pragma_update(None, "cache_size", -32_768)?;
        conn.pragma_update(None, "mmap_size", 1i64 << 30)?;
        conn.set_prepared_statement_cache_capacity(256);
        Store { conn: Db::Lite(db::Lite::new(conn)), path: path.into() }.check_version(path)
    }

    /// Refuses a database that is empty, newer than this attache, or not yet upgraded.
    fn check_version(self, path: &Path) -> Result<Store> {
        let store = self;
        let version = store.schema_version()?;
        let known = schema::MIGRATIONS.last().map_or(0, |m| m.0);
        if version == 0 {
            return Err(StoreError::Missing { path: path.into() });
        }
        if version > known {
            return Err(StoreError::TooNew { path: path.into(), found: version, known });
        }
        if version < known {
            // An older database opened read-only: the queries need the current schema.
            return Err(StoreError::Sink(format!(
                "{}: schema version {version} is older than {known}; open it once for writing (e.g. `attache ingest` with no input) to upgrade",
                path.display()
            )));
        }
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Stops any statement still running at `deadline` with an error for which
    /// [`StoreError::is_interrupted`] holds; `None` lifts the limit. SQLite checks the
    /// clock every thousand virtual-machine steps, so the cost is negligible.
    pub fn set_deadline(&mut self, deadline: Option<std::time::Instant>) -> Result<()> {
        match (&mut self.conn, deadline) {
            (Db::Lite(c), Some(d)) => c.progress_handler(1000, Some(move || std::time::Instant::now() >= d))?,
            (Db::Lite(c), None) => c.progress_handler(0, None::<fn() -> bool>)?,
            (Db::Pg(_), Some(d)) => {
                let ms = d.saturating_duration_since(std::time::Instant::now()).as_millis().max(1);
                self.conn.batch(&format!("SET statement_timeout = {ms}"))?;
            }
            (Db::Pg(_), None) => self.conn.batch("SET statement_timeout = 0")?,
        }
        Ok(())
    }

    /// The connection, for the query modules and for tests.
    pub fn db(&self) -> &Db {
        &self.conn
    }

    /// The SQLite connection, when the store is a SQLite file.
    pub fn sqlite(&self) -> Option<&Connection> {
        match &self.conn {
            Db::Lite(c) => Some(&**c),
            Db::Pg(_) => None,
        }
    }

    /// The highest migration applied (0 for an empty database).
    pub fn schema_version(&self) -> Result<i64> {
        let probe = match self.conn.dialect() {
            db::Dialect::Sqlite => "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
            db::Dialect::Postgres => "SELECT 1 WHERE to_regclass('schema_migrations') IS NOT NULL",
        };
        if !self.conn.exists(probe, args![])? {
            return Ok(0);
        }
        self.conn.one("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", args![])
    }

    fn migrate(&mut self, upgrading: &mut dyn FnMut(i64, &str)) -> Result<()> {
        let pg = self.conn.dialect() == db::Dialect::Postgres;
        let tx = self.conn.begin()?;
        if pg {
            // Several workers may start at once: one migrates, the others wait and find it done.
            tx.batch("SELECT pg_advisory_xact_lock(7243061)")?;
        }
        tx.batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)",
        )?;
        tx.commit()?;
        let tx = self.conn.begin()?;
        if pg {
            tx.batch("SELECT pg_advisory_xact_lock(7243061)")?;
        }
        let current = self.schema_version()?;
        let known = schema::MIGRATIONS.last().map_or(0, |m| m.0);
        if current > known {
            return Err(StoreError::TooNew { path: self.path.clone(), found: current, known });
        }
        for &(version, description, sql) in schema::MIGRATIONS.iter().filter(|m| m.0 > current) {
            if current > 0 {
                upgrading(version, description);
            }
            if pg {
                tx.batch(&schema::postgres(version, sql))?;
            } else {
                tx.batch(sql)?;
                if version == 1 {
                    tx.batch(schema::SQLITE_FTS)?;
                }
            }
            if version == 8 {
                cluster::relink(&tx)?;
            }
            if version == 10 {
                cluster::fill_parties(&tx)?;
            }
            tx.exec(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?1, ?2, ?3)",
                args![version, description, now().as_str()],
            )?;
        }
        tx.commit()
    }

    /// Whether a document with this key, or this canonical URL, is stored.
    pub fn contains(&self, key: &str, url: Option<&str>) -> Result<bool> {
        self.conn.exists(crate::DOCUMENT_BY_KEY_OR_URL, args![key, url])
    }

    /// Copies the write-ahead log into the database and empties it (SQLite; nothing on
    /// PostgreSQL). A writer calls it when done: SQLite deletes the log when the last
    /// connection closes only if that connection can lock the database file for writing,
    /// which fails when the process also held it open read-only, and the log, as large as
    /// what the run wrote, was left beside the database.
    pub fn checkpoint(&self) -> Result<()> {
        if self.conn.dialect() == db::Dialect::Sqlite {
            self.conn.batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
        }
        Ok(())
    }

    /// Counts of the main tables, for summaries and tests.
    pub fn counts(&self) -> Result<Counts> {
        let count = |table: &str| -> Result<u64> {
            Ok(self.conn.one::<i64>(&format!("SELECT COUNT(*) FROM {table}"), args![])? as u64)
        };
        Ok(Counts {
            documents: count("documents")?,
            events: count("events")?,
            clusters: count("clusters")?,
            statements: count("statements")?,
            entities: count("entities")?,
            failures: count("failures")?,
        })
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub documents: u64,
    pub events: u64,
    pub clusters: u64,
    pub statements: u64,
    pub entities: u64,
    pub failures: u64,
}

/// The current UTC time as RFC 3339, to the second.
pub(crate) fn now() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    chrono::DateTime::from_timestamp(secs, 0).map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string()).unwrap_or_default()
}

/// Connects to PostgreSQL; the URL takes libpq's parameters (`sslmode` aside: the client
/// speaks plain TCP or a Unix socket, so use it on a trusted network or through a tunnel).
fn connect_pg(url: &Path) -> Result<db::Pg> {
    let url = url.to_string_lossy();
    let mut client = postgres::Client::connect(&url, postgres::NoTls)
        .map_err(|source| StoreError::OpenPg { url: redact(&url), source })?;
    // Notices such as "relation already exists, skipping" are not news to a user.
    client.batch_execute("SET client_min_messages = warning; SET standard_conforming_strings = on")?;
    Ok(db::Pg::new(client))
}
