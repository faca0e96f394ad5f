//! Work items for distributed ingest: `attache enqueue` registers inputs, any number of
//! `attache worker`s on any number of machines claim them.
//!
//! A claim is a lease: the worker renews it while it works (a heartbeat) and loses it
//! when it stops renewing, dead or stalled, and then another worker takes the item. On
//! PostgreSQL concurrent claims skip each other's rows (`FOR UPDATE SKIP LOCKED`); on
//! SQLite the single writer serialises them. A worker commits an item's documents batch
//! by batch, and the item's completion in the same transaction as its last batch; a
//! worker that takes over an unfinished item finds the documents already committed
//! present by their key and skips them, so nothing is counted twice. A large WARC file
//! is several items, byte ranges that start at a record.

use crate::db::args;
use crate::{Result, Store};
use serde::Serialize;

/// An input to register: a file, or a byte range of a large WARC file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewItem {
    pub path: String,
    /// `(start, end, records before start)`; `None` for the whole file.
    pub range: Option<(u64, u64, u64)>,
    /// Bytes to read.
    pub size: u64,
}

/// A claimed item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkItem {
    pub id: i64,
    pub path: String,
    /// As in [`NewItem`].
    pub range: Option<(u64, u64, u64)>,
    pub size: i64,
    /// Claims so far, this one included.
    pub attempts: i64,
}

/// Items by state, and the recent rate.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct QueueStatus {
    pub pending: i64,
    pub claimed: i64,
    pub done: i64,
    pub failed: i64,
    /// Claims whose lease has run out (their worker stopped); they are claimed again.
    pub expired: i64,
    pub bytes_pending: i64,
    pub bytes_done: i64,
    /// Workers holding a live lease.
    pub workers: Vec<String>,
    /// Items, documents and bytes finished in the last five minutes, per second (over the
    /// time since the first of them was claimed, when that is shorter).
    pub items_per_second: f64,
    pub documents_per_second: f64,
    pub mb_per_second: f64,
    /// The last failures: path and error.
    pub failures: Vec<(String, String)>,
}

/// Claims beyond this many fail the item: an input that kills every worker that reads
/// it must not kill them all.
pub const MAX_ATTEMPTS: i64 = 3;

impl Store {
    /// Registers inputs; an input already registered (same path and range start) is left
    /// as it is. Returns how many were new.
    pub fn enqueue(&mut self, items: &[NewItem]) -> Result<u64> {
        let tx = self.conn.begin()?;
        let now = tx.dialect().now_seconds();
        let mut added = 0;
        for item in items {
            let (start, end, first) = match item.range {
                Some((s, e, f)) => (s as i64, Some(e as i64), f as i64),
                None => (0, None, 0),
            };
            added += tx.exec(
                &format!(
                    "INSERT INTO work_items (path, range_start, range_end, first_record, size, state, attempts, enqueued_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, 'pending', 0, {now}) ON CONFLICT DO NOTHING"
                ),
                args![&item.path, start, end, first, item.size as i64],
            )?;
        }
        tx.commit()?;
        Ok(added)
    }

    /// Claims the next item for `worker` for `lease` seconds: a pending one, or one whose
    /// lease ran out. Items claimed [`MAX_ATTEMPTS`] times already are failed instead.
    pub fn claim(&mut self, worker: &str, lease: u64) -> Result<Option<WorkItem>> {
        let d = self.conn.dialect();
        let now = d.now_seconds();
        let tx = self.conn.begin()?;
        tx.exec(
            &format!(
                "UPDATE work_items SET state = 'failed', error = 'stopped ' || CAST(attempts AS TEXT) || \
                 ' workers (the last: ' || COALESCE(worker, '?') || ') before it was done', done_at = {now} \
                 WHERE state = 'claimed' AND lease_until < {now} AND attempts >= ?1"
            ),
            args![MAX_ATTEMPTS],
        )?;
        let item = tx.opt(
            &format!(
                "UPDATE work_items SET state = 'claimed', worker = ?1, lease_until = {now} + ?2, \
                 attempts = attempts + 1, claimed_at = {now} \
                 WHERE id = (SELECT id FROM work_items \
                   WHERE state = 'pending' OR (state = 'claimed' AND lease_until < {now}) \
                   ORDER BY id LIMIT 1{}) \
                 RETURNING id, path, size, attempts, range_start, range_end, first_record",
                d.skip_locked()
            ),
            args![worker, lease as i64],
            |r| {
                let end: Option<i64> = r.get(5)?;
                Ok(WorkItem {
                    id: r.get(0)?,
                    path: r.get(1)?,
                    size: r.get(2)?,
                    attempts: r.get(3)?,
                    range: end
                        .map(|e| {
                            Ok::<_, crate::StoreError>((r.get::<i64>(4)? as u64, e as u64, r.get::<i64>(6)? as u64))
                        })
                        .transpose()?,
                })
            },
        )?;
        tx.commit()?;
        Ok(item)
    }

    /// Extends the lease of an item this worker holds; false when it holds it no more.
    pub fn renew(&mut self, item: i64, worker: &str, lease: u64) -> Result<bool> {
        let now = self.conn.dialect().now_seconds();
        let n = self.conn.exec(
            &format!(
                "UPDATE work_items SET lease_until = {now} + ?3 WHERE id = ?1 AND worker = ?2 AND state = 'claimed'"
            ),
            args![item, worker, lease as i64],
        )?;
        Ok(n == 1)
    }

    /// Marks an item failed with its error (the worker could not process it).
    pub fn fail_item(&mut self, item: i64, worker: &str, error: &str) -> Result<()> {
        let now = self.conn.dialect().now_seconds();
        self.conn.exec(
            &format!(
                "UPDATE work_items SET state = 'failed', error = ?3, done_at = {now} \
                 WHERE id = ?1 AND worker = ?2 AND state = 'claimed'"
            ),
            args![item, worker, error],
        )?;
        Ok(())
    }

    /// Whether any item is pending or claimed.
    pub fn queue_busy(&self) -> Result<bool> {
        self.conn.exists("SELECT 1 FROM work_items WHERE state IN ('pending', 'claimed')", args![])
    }

    /// Items by state, live workers and the rate over the last five minutes.
    pub fn queue_status(&self) -> Result<QueueStatus> {
        let now = self.conn.dialect().now_seconds();
        let mut s = QueueStatus::default();
        let rows = self.conn.rows(
            &format!(
                "SELECT state, COUNT(*), COALESCE(SUM(size), 0), \
                 SUM(CASE WHEN state = 'claimed' AND lease_until < {now} THEN 1 ELSE 0 END) \
                 FROM work_items GROUP BY state"
            ),
            args![],
            |r| Ok((r.get::<String>(0)?, r.get::<i64>(1)?, r.get::<i64>(2)?, r.get::<Option<i64>>(3)?)),
        )?;
        for (state, n, bytes, expired) in rows {
            match state.as_str() {
                "pending" => (s.pending, s.bytes_pending) = (n, bytes),
                "claimed" => (s.claimed, s.expired) = (n, expired.unwrap_or(0)),
                "done" => (s.done, s.bytes_done) = (n, bytes),
                "failed" => s.failed = n,
                _ => {}
            }
        }
        s.workers = self.conn.rows(
            &format!(
                "SELECT DISTINCT worker FROM work_items WHERE state = 'claimed' AND lease_until >= {now} ORDER BY worker"
            ),
            args![],
            |r| r.get(0),
        )?;
        // Over the last five minutes, or since the first of those items was claimed when
        // the run is younger.
        let (items, documents, bytes, since): (i64, Option<i64>, Option<i64>, Option<i64>) = self.conn.row(
            &format!(
                "SELECT COUNT(*), SUM(documents), SUM(size), {now} - MIN(claimed_at) FROM work_items \
                 WHERE state = 'done' AND done_at >= {now} - 300"
            ),
            args![],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        let window = since.unwrap_or(300).clamp(1, 300) as f64;
        s.items_per_second = items as f64 / window;
        s.documents_per_second = documents.unwrap_or(0) as f64 / window;
        s.mb_per_second = bytes.unwrap_or(0) as f64 / 1e6 / window;
        s.failures = self.conn.rows(
            "SELECT path, COALESCE(error, '') FROM work_items WHERE state = 'failed' ORDER BY done_at DESC, id LIMIT 20",
            args![],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(s)
    }
}
