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
pub mod keys;
pub mod query;
mod schema;
pub mod views;
mod write;

pub use write::{BatchOutcome, Failure, NewDocument, RecodeOutcome};

use rusqlite::{Connection, OpenFlags, OptionalExtension};
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
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("database: stored JSON is damaged: {0}")]
    Json(#[from] serde_json::Error),
    /// Raised by a caller's callback (e.g. writing an export failed).
    #[error("{0}")]
    Sink(String),
}

impl StoreError {
    /// True when a statement was stopped by [`Store::set_deadline`].
    pub fn is_interrupted(&self) -> bool {
        matches!(self, StoreError::Sql(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::OperationInterrupted)
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the database at `path` for writing, creating it and applying pending
    /// migrations.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path).map_err(|source| StoreError::Open { path: path.into(), source })?;
        let err = |source| StoreError::Open { path: path.into(), source };
        conn.busy_timeout(std::time::Duration::from_secs(30)).map_err(err)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(err)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(err)?;
        // A large page cache (about 200 MB) and fewer checkpoints: the writer touches many
        // indexes per batch, and re-reading their pages from the OS dominated ingest time.
        // 300 MB cut another 4% off a large ingest but brought its peak to 444 MB, near
        // the 500 MB budget.
        conn.pragma_update(None, "cache_size", -200_000).map_err(err)?;
        conn.pragma_update(None, "wal_autocheckpoint", 16_384).map_err(err)?;
        conn.pragma_update(None, "temp_store", "MEMORY").map_err(err)?;
        // No memory map for the writer: mapped pages count as the process's memory, and the
        // page cache above bounds what it holds.
        // Every statement of a batch stays prepared (rusqlite keeps 16 by default).
        conn.set_prepared_statement_cache_capacity(256);
        let mut store = Store { conn, path: path.into() };
        store.migrate()?;
        Ok(store)
    }

    /// Opens an existing database read-only (queries, export, serve).
    pub fn open_read_only(path: &Path) -> Result<Store> {
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
        let store = Store { conn, path: path.into() };
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
            return Err(StoreError::Open {
                path: path.into(),
                source: rusqlite::Error::InvalidParameterName(format!(
                    "schema version {version} is older than {known}; open it once for writing (e.g. `attache ingest` with no input) to upgrade"
                )),
            });
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
        match deadline {
            Some(d) => self.conn.progress_handler(1000, Some(move || std::time::Instant::now() >= d))?,
            None => self.conn.progress_handler(0, None::<fn() -> bool>)?,
        }
        Ok(())
    }

    /// The underlying connection, for the query module and for tests.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// The highest migration applied (0 for an empty database).
    pub fn schema_version(&self) -> Result<i64> {
        let exists: Option<String> = self
            .conn
            .query_row("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'", [], |r| {
                r.get(0)
            })
            .optional()?;
        if exists.is_none() {
            return Ok(0);
        }
        Ok(self.conn.query_row("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", [], |r| r.get(0))?)
    }

    fn migrate(&mut self) -> Result<()> {
        self.conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)",
        )?;
        let current = self.schema_version()?;
        let known = schema::MIGRATIONS.last().map_or(0, |m| m.0);
        if current > known {
            return Err(StoreError::TooNew { path: self.path.clone(), found: current, known });
        }
        for &(version, description, sql) in schema::MIGRATIONS.iter().filter(|m| m.0 > current) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            if version == 1 {
                tx.execute_batch(schema::SQLITE_FTS)?;
            }
            tx.execute(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?1, ?2, ?3)",
                rusqlite::params![version, description, now()],
            )?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Whether a document with this key, or this canonical URL, is stored.
    pub fn contains(&self, key: &str, url: Option<&str>) -> Result<bool> {
        let mut stmt = self.conn.prepare_cached("SELECT 1 FROM documents WHERE key = ?1 OR url = ?2")?;
        Ok(stmt.exists(rusqlite::params![key, url])?)
    }

    /// Counts of the main tables, for summaries and tests.
    pub fn counts(&self) -> Result<Counts> {
        let count = |table: &str| -> Result<u64> {
            Ok(self.conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get::<_, i64>(0))? as u64)
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
