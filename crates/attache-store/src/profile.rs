//! Time spent in each SQL statement of the writers opened by this process, for finding
//! where an ingest's storage time goes. Set `ATTACHE_SQL_PROFILE` (any value) and
//! `attache ingest` prints the statements that took longest to standard error at the end:
//! seconds, executions, the statement. SQLite only; it reports the time SQLite measured
//! from a statement's first step to its reset, so rows read by the caller in between
//! count, and a statement of many rows counts once.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

/// Statement text → (executions, total time).
static TOTALS: Mutex<Option<HashMap<String, (u64, Duration)>>> = Mutex::new(None);

/// Has SQLite report every statement run on `conn` with its time.
pub(crate) fn install(conn: &mut rusqlite::Connection) -> rusqlite::Result<()> {
    use rusqlite::trace::{TraceEvent, TraceEventCodes};
    conn.trace_v2(
        TraceEventCodes::SQLITE_TRACE_PROFILE,
        Some(|event: TraceEvent<'_>| {
            if let TraceEvent::Profile(stmt, took) = event {
                let mut totals = TOTALS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                let entry = totals.get_or_insert_with(HashMap::new).entry(stmt.sql().into_owned()).or_default();
                entry.0 += 1;
                entry.1 += took;
            }
        }),
    )
}

/// The statements profiled so far, longest total time first: (statement, executions,
/// total time).
pub fn report() -> Vec<(String, u64, Duration)> {
    let totals = TOTALS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut rows: Vec<(String, u64, Duration)> =
        totals.iter().flatten().map(|(sql, &(n, took))| (sql.clone(), n, took)).collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    rows
}

#[cfg(test)]
mod tests {
    #[test]
    fn statements_are_counted_and_timed() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        super::install(&mut conn).unwrap();
        conn.execute_batch("CREATE TABLE profiled_t (x INTEGER)").unwrap();
        for i in 0..3 {
            conn.execute("INSERT INTO profiled_t (x) VALUES (?1)", [i]).unwrap();
        }
        let report = super::report();
        let insert = report.iter().find(|r| r.0 == "INSERT INTO profiled_t (x) VALUES (?1)").expect("profiled");
        assert_eq!(insert.1, 3);
    }
}
