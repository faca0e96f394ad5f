//! One connection to either backend, SQLite or PostgreSQL, behind one small interface.
//!
//! The store's SQL is written once, in the common subset of the two dialects (with
//! `NULLS FIRST`/`NULLS LAST` spelled out wherever a nullable column is ordered: the two
//! engines' defaults differ), with
//! numbered (`?1`) or positional (`?`) parameters; [`Db`] rewrites the parameters to
//! PostgreSQL's `$1` form and caches prepared statements on both. The few places where
//! the dialects differ (full-text search, byte offsets into text, week starts, `IS` on
//! nullable columns) ask [`Dialect`] for their fragment.
//!
//! Values cross the boundary as [`Arg`] (parameters) and [`Cell`] (columns), converted
//! to whatever type the server declared: PostgreSQL's integer widths, `numeric` sums and
//! text all read as the Rust type the caller asks for.

use crate::{Result, StoreError};
use std::cell::RefCell;
use std::collections::HashMap;

/// Which SQL dialect a connection speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// The UTF-8 bytes `start..end` (0-based byte offsets, as stored) of a text column.
    pub(crate) fn byte_slice(self, text: &str, start: &str, end: &str) -> String {
        match self {
            Dialect::Sqlite => format!("CAST(substr(CAST({text} AS BLOB), {start} + 1, {end} - {start}) AS TEXT)"),
            Dialect::Postgres => format!(
                "convert_from(substring(convert_to({text}, 'UTF8') FROM ({start} + 1)::int FOR ({end} - {start})::int), 'UTF8')"
            ),
        }
    }

    /// The 1-based byte position of the first blank line in a text column, 0 when none.
    pub(crate) fn first_blank_line(self, text: &str) -> String {
        match self {
            Dialect::Sqlite => format!("instr(CAST({text} AS BLOB), CAST(char(10, 10) AS BLOB))"),
            Dialect::Postgres => format!("position('\\x0a0a'::bytea IN convert_to({text}, 'UTF8'))"),
        }
    }

    /// The Monday that starts the week of a `YYYY-MM-DD` column, as `YYYY-MM-DD`.
    pub(crate) fn week(self, column: &str) -> String {
        match self {
            Dialect::Sqlite => format!("date({column}, '-6 days', 'weekday 1')"),
            Dialect::Postgres => format!("to_char(date_trunc('week', CAST({column} AS date)), 'YYYY-MM-DD')"),
        }
    }

    /// The database server's clock, in whole seconds since 1970.
    pub(crate) fn now_seconds(self) -> &'static str {
        match self {
            Dialect::Sqlite => "CAST(strftime('%s', 'now') AS INTEGER)",
            Dialect::Postgres => "CAST(extract(epoch FROM clock_timestamp()) AS BIGINT)",
        }
    }

    /// What a claiming `SELECT` adds so that concurrent workers skip each other's rows
    /// (SQLite has one writer at a time and needs nothing).
    pub(crate) fn skip_locked(self) -> &'static str {
        match self {
            Dialect::Sqlite => "",
            Dialect::Postgres => " FOR UPDATE SKIP LOCKED",
        }
    }

    /// `a` equals `b`, NULL equal to NULL.
    pub(crate) fn same(self, a: &str, b: &str) -> String {
        match self {
            Dialect::Sqlite => format!("{a} IS {b}"),
            Dialect::Postgres => format!("{a} IS NOT DISTINCT FROM {b}"),
        }
    }

    /// A condition on document ids (`id_column`) that holds for documents matching the
    /// full-text query in parameter `?{param}`.
    pub(crate) fn text_match(self, id_column: &str, param: &str) -> String {
        match self {
            Dialect::Sqlite => {
                format!("{id_column} IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH {param})")
            }
            Dialect::Postgres => format!(
                "{id_column} IN (SELECT fd.id FROM documents fd WHERE {PG_TSVECTOR} @@ websearch_to_tsquery('english', {param}))"
            ),
        }
    }
}

/// The document text as PostgreSQL indexes it (the `documents_fts` index of the schema).
pub(crate) const PG_TSVECTOR: &str = "to_tsvector('english', COALESCE(fd.title, '') || ' ' || fd.text)";

/// A parameter value.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Owned(String),
}

impl From<String> for Arg<'_> {
    fn from(v: String) -> Self {
        Arg::Owned(v)
    }
}

impl From<i64> for Arg<'_> {
    fn from(v: i64) -> Self {
        Arg::Int(v)
    }
}
impl From<f64> for Arg<'_> {
    fn from(v: f64) -> Self {
        Arg::Real(v)
    }
}
impl From<bool> for Arg<'_> {
    fn from(v: bool) -> Self {
        Arg::Int(v as i64)
    }
}
impl<'a> From<&'a str> for Arg<'a> {
    fn from(v: &'a str) -> Self {
        Arg::Text(v)
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(v: &'a String) -> Self {
        Arg::Text(v)
    }
}
impl<'a, T> From<Option<T>> for Arg<'a>
where
    T: Into<Arg<'a>>,
{
    fn from(v: Option<T>) -> Self {
        v.map_or(Arg::Null, Into::into)
    }
}
impl<'a> From<&'a Option<String>> for Arg<'a> {
    fn from(v: &'a Option<String>) -> Self {
        v.as_deref().map_or(Arg::Null, Arg::Text)
    }
}

/// `args![a, b, c]`: a parameter list.
macro_rules! args {
    () => { &[] as &[$crate::db::Arg] };
    ($($x:expr),+ $(,)?) => { &[$($crate::db::Arg::from($x)),+] as &[$crate::db::Arg] };
}
pub(crate) use args;

/// Parameters owned by a query under construction ([`crate::query::Where`]).
pub(crate) fn borrow_all(values: &[String]) -> Vec<Arg<'_>> {
    values.iter().map(|v| Arg::Text(v)).collect()
}

impl rusqlite::ToSql for Arg<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Arg::Null => ValueRef::Null,
            Arg::Int(i) => ValueRef::Integer(*i),
            Arg::Real(f) => ValueRef::Real(*f),
            Arg::Text(s) => ValueRef::Text(s.as_bytes()),
            Arg::Owned(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

impl postgres::types::ToSql for Arg<'_> {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> std::result::Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::{IsNull, Type};
        let text = match self {
            Arg::Text(s) => Some(*s),
            Arg::Owned(s) => Some(s.as_str()),
            _ => None,
        };
        if let Some(s) = text {
            return match *ty {
                Type::INT8 => s.parse::<i64>()?.to_sql(ty, out),
                Type::INT4 => s.parse::<i32>()?.to_sql(ty, out),
                _ => s.to_sql(ty, out),
            };
        }
        match *self {
            Arg::Null => Ok(IsNull::Yes),
            Arg::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
                Type::FLOAT8 => (i as f64).to_sql(ty, out),
                Type::FLOAT4 => (i as f32).to_sql(ty, out),
                Type::BOOL => (i != 0).to_sql(ty, out),
                _ => i.to_string().as_str().to_sql(ty, out),
            },
            Arg::Real(f) => match *ty {
                Type::FLOAT4 => (f as f32).to_sql(ty, out),
                Type::FLOAT8 => f.to_sql(ty, out),
                _ => f.to_string().as_str().to_sql(ty, out),
            },
            Arg::Text(_) | Arg::Owned(_) => unreachable!("text is handled above"),
        }
    }

    fn accepts(_: &postgres::types::Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// A column value as read.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
}

impl<'a> postgres::types::FromSql<'a> for Cell<'a> {
    fn from_sql(
        ty: &postgres::types::Type,
        raw: &'a [u8],
    ) -> std::result::Result<Cell<'a>, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::Type;
        Ok(match *ty {
            Type::INT8 => Cell::Int(i64::from_sql(ty, raw)?),
            Type::INT4 => Cell::Int(i32::from_sql(ty, raw)? as i64),
            Type::INT2 => Cell::Int(i16::from_sql(ty, raw)? as i64),
            Type::BOOL => Cell::Int(bool::from_sql(ty, raw)? as i64),
            Type::FLOAT8 => Cell::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Cell::Real(f32::from_sql(ty, raw)? as f64),
            Type::NUMERIC => numeric(raw)?,
            _ => Cell::Text(<&str>::from_sql(ty, raw)?),
        })
    }

    fn from_sql_null(
        _: &postgres::types::Type,
    ) -> std::result::Result<Cell<'a>, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Cell::Null)
    }

    fn accepts(_: &postgres::types::Type) -> bool {
        true
    }
}

/// A PostgreSQL `numeric` in its binary form (base-10000 digits), as an integer when it
/// has no fraction (sums of integers) and as a float otherwise (averages).
fn numeric(raw: &[u8]) -> std::result::Result<Cell<'static>, Box<dyn std::error::Error + Sync + Send>> {
    let word = |i: usize| -> std::result::Result<i16, String> {
        raw.get(2 * i..2 * i + 2).map(|b| i16::from_be_bytes([b[0], b[1]])).ok_or_else(|| "short numeric".to_string())
    };
    let (ndigits, weight, sign, dscale) = (word(0)? as usize, word(1)? as i32, word(2)? as u16, word(3)?);
    if sign == 0xC000 {
        return Ok(Cell::Real(f64::NAN));
    }
    let mut value = 0f64;
    for i in 0..ndigits {
        value += word(4 + i)? as f64 * 10000f64.powi(weight - i as i32);
    }
    if sign == 0x4000 {
        value = -value;
    }
    Ok(if dscale == 0 && value.abs() < 9.0e15 { Cell::Int(value as i64) } else { Cell::Real(value) })
}

/// A Rust type a column can be read as.
pub trait FromCell: Sized {
    fn from_cell(c: Cell<'_>) -> std::result::Result<Self, String>;
}

impl FromCell for i64 {
    fn from_cell(c: Cell<'_>) -> std::result::Result<i64, String> {
        match c {
            Cell::Int(i) => Ok(i),
            Cell::Real(f) if f.fract() == 0.0 => Ok(f as i64),
            other => Err(format!("expected an integer, found {other:?}")),
        }
    }
}
impl FromCell for f64 {
    fn from_cell(c: Cell<'_>) -> std::result::Result<f64, String> {
        match c {
            Cell::Real(f) => Ok(f),
            Cell::Int(i) => Ok(i as f64),
            other => Err(format!("expected a number, found {other:?}")),
        }
    }
}
impl FromCell for String {
    fn from_cell(c: Cell<'_>) -> std::result::Result<String, String> {
        match c {
            Cell::Text(s) => Ok(s.to_string()),
            Cell::Int(i) => Ok(i.to_string()),
            other => Err(format!("expected text, found {other:?}")),
        }
    }
}
impl FromCell for bool {
    fn from_cell(c: Cell<'_>) -> std::result::Result<bool, String> {
        i64::from_cell(c).map(|i| i != 0)
    }
}
impl<T: FromCell> FromCell for Option<T> {
    fn from_cell(c: Cell<'_>) -> std::result::Result<Option<T>, String> {
        match c {
            Cell::Null => Ok(None),
            c => T::from_cell(c).map(Some),
        }
    }
}

/// A column value, owned: for callers that read columns whatever their type.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl FromCell for Value {
    fn from_cell(c: Cell<'_>) -> std::result::Result<Value, String> {
        Ok(match c {
            Cell::Null => Value::Null,
            Cell::Int(i) => Value::Int(i),
            Cell::Real(f) => Value::Real(f),
            Cell::Text(s) => Value::Text(s.to_string()),
        })
    }
}

/// One result row.
pub enum Row<'a> {
    Lite(&'a rusqlite::Row<'a>),
    Pg(&'a postgres::Row),
}

impl Row<'_> {
    /// The number of columns.
    pub fn len(&self) -> usize {
        match self {
            Row::Lite(r) => r.as_ref().column_count(),
            Row::Pg(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every column, whatever its type.
    pub fn values(&self) -> Result<Vec<Value>> {
        (0..self.len()).map(|i| self.get(i)).collect()
    }

    /// Column `i` (0-based) as `T`.
    pub fn get<T: FromCell>(&self, i: usize) -> Result<T> {
        let converted = match self {
            Row::Lite(r) => {
                use rusqlite::types::ValueRef;
                let cell = match r.get_ref(i)? {
                    ValueRef::Null => Cell::Null,
                    ValueRef::Integer(i) => Cell::Int(i),
                    ValueRef::Real(f) => Cell::Real(f),
                    ValueRef::Text(t) | ValueRef::Blob(t) => {
                        Cell::Text(std::str::from_utf8(t).map_err(|e| StoreError::Column(e.to_string()))?)
                    }
                };
                T::from_cell(cell)
            }
            Row::Pg(r) => T::from_cell(r.try_get::<_, Cell>(i)?),
        };
        converted.map_err(|e| StoreError::Column(format!("column {i}: {e}")))
    }
}

/// An open connection.
pub enum Db {
    Lite(Lite),
    Pg(Box<Pg>),
}

/// A SQLite connection with the rows the writer has given it and not yet inserted
/// ([`Tx::push_row`]).
pub struct Lite {
    conn: rusqlite::Connection,
    waiting: RefCell<Vec<Waiting>>,
    /// The tables of [`WAITING_TABLES`] that have rows waiting, one bit each.
    waiting_tables: std::cell::Cell<u64>,
    /// The multi-row texts of the waiting inserts, by their one-row text and row count.
    texts: RefCell<HashMap<(usize, usize), String>>,
}

impl Lite {
    pub(crate) fn new(conn: rusqlite::Connection) -> Lite {
        Lite { conn, waiting: RefCell::default(), waiting_tables: Default::default(), texts: RefCell::default() }
    }

    /// Inserts the waiting rows (outside the writer's hot path, [`Tx::hot`]).
    fn flush(&self) -> Result<()> {
        self.flush_with(|_, sql, values, text| {
            let mut stmt = self.conn.prepare_cached(sql)?;
            insert_vals(&mut stmt, values, text)
        })
    }

    /// Inserts the waiting rows, as many rows per statement as there are, up to
    /// [`ROWS_PER_INSERT`]: `run` runs the text of `n` rows, keyed by the one-row text's
    /// address and `n`, with their parameters.
    fn flush_with(&self, mut run: impl FnMut((usize, usize), &str, &[Val], &str) -> Result<()>) -> Result<()> {
        if self.waiting_tables.get() == 0 {
            return Ok(());
        }
        self.waiting_tables.set(0);
        let mut waiting = self.waiting.borrow_mut();
        let mut result = Ok(());
        for w in waiting.iter_mut() {
            let rows = w.values.len() / w.width;
            let mut done = 0;
            while done < rows && result.is_ok() {
                // Groups of 32 rows, then 16, 8, … for the rest: a few statements per table.
                let n = ROWS_PER_INSERT.min(1 << (rows - done).ilog2());
                let key = (w.sql.as_ptr() as usize, n);
                let mut texts = self.texts.borrow_mut();
                let sql = match texts.get(&key) {
                    Some(sql) => sql,
                    None => match multi_row_insert(w.sql, w.width, n) {
                        Some(sql) => texts.entry(key).or_insert(sql),
                        None => {
                            result = Err(StoreError::Column(format!("not an insert of one row: {}", w.sql)));
                            break;
                        }
                    },
                };
                result = run(key, sql, &w.values[done * w.width..(done + n) * w.width], &w.text);
                done += n;
            }
            w.values.clear();
            w.text.clear();
        }
        result
    }

    /// Forgets the waiting rows (the transaction rolls back).
    fn discard(&self) {
        self.waiting_tables.set(0);
        for w in self.waiting.borrow_mut().iter_mut() {
            w.values.clear();
            w.text.clear();
        }
    }
}

impl std::ops::Deref for Lite {
    type Target = rusqlite::Connection;
    fn deref(&self) -> &rusqlite::Connection {
        &self.conn
    }
}

impl std::ops::DerefMut for Lite {
    fn deref_mut(&mut self) -> &mut rusqlite::Connection {
        &mut self.conn
    }
}

/// Rows per statement of the waiting inserts. One statement per row cost the writer
/// SQLite's fixed work for each row (opening a cursor on the table and each of its
/// indexes, seeking every index from its root, closing them): with 32 rows the cursors
/// stay open, and an index whose new entries come in order (a table's key, `events_doc`)
/// takes them at its last page without a seek.
const ROWS_PER_INSERT: usize = 32;

/// Bytes of text and values that may wait before they are inserted. A transaction of
/// 2,048 documents left about 30 MB waiting at 64 MB and 4M values, which took the 100 MB
/// ingest's peak from 388 MB to 417 MB; with these bounds the rows of a table are
/// inserted once about a megabyte of them waits, still thousands of rows per flush.
const WAITING_TEXT: usize = 1 << 20;
const WAITING_VALUES: usize = 1 << 16;

/// The tables whose rows the writer may leave waiting ([`Tx::push_row`]): nothing in
/// the writer reads them back before the transaction's clustering refresh or commit,
/// and any statement naming one of them inserts its waiting rows first. Not `events`
/// nor `clusters`: an insert of several rows that gives a table's `INTEGER PRIMARY KEY`
/// may abort on a value that is no integer, and SQLite keeps a statement journal for it
/// (the `clusters` rows cost more in statements of 32 rows than one by one).
const WAITING_TABLES: [&str; 6] = ["entities", "statements", "report_sources", "themes", "diagnostics", "participants"];

/// The [`WAITING_TABLES`] that a statement names (as a word), one bit each.
fn waiting_tables_named(sql: &str) -> u64 {
    sql.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter_map(|word| WAITING_TABLES.iter().position(|t| *t == word))
        .fold(0, |mask, i| mask | 1 << i)
}

/// The rows of one insert statement waiting to be written.
struct Waiting {
    sql: &'static str,
    /// Its table's place in [`WAITING_TABLES`].
    table: usize,
    /// Parameters per row.
    width: usize,
    values: Vec<Val>,
    /// The texts of `values`.
    text: String,
}

#[derive(Clone, Copy)]
enum Val {
    Null,
    Int(i64),
    Real(f64),
    /// A byte range of [`Waiting::text`].
    Text(u32, u32),
}

/// `INSERT INTO t (…) VALUES (?1, …, ?w)` for `rows` rows: each row's parameters
/// numbered on from the row before's. `OR FAIL` rather than SQLite's default `ABORT`:
/// a statement that can write several rows and abort must keep a journal of its own to
/// undo them (the eleventh session found several rows per statement dearer for it);
/// `FAIL` stops at the failing row with the same error, and the writer then rolls the
/// whole transaction back.
fn multi_row_insert(sql: &str, width: usize, rows: usize) -> Option<String> {
    let (head, tuple, suffix) = insert_parts(sql)?;
    let mut out = head.replacen("INSERT INTO ", "INSERT OR FAIL INTO ", 1);
    for r in 0..rows {
        if r > 0 {
            out.push_str(", ");
        }
        let mut rest = tuple;
        while let Some(i) = rest.find('?') {
            out.push_str(&rest[..i]);
            let digits = rest[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
            let n: usize = rest[i + 1..i + 1 + digits].parse().ok()?;
            if n == 0 || n > width {
                return None;
            }
            out.push('?');
            out.push_str(&(n + r * width).to_string());
            rest = &rest[i + 1 + digits..];
        }
        out.push_str(rest);
    }
    out.push_str(suffix);
    Some(out)
}

pub struct Pg {
    /// Always `Some` until dropped.
    client: RefCell<Option<postgres::Client>>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    in_transaction: std::cell::Cell<bool>,
    /// Cursors open in [`Db::each`], which may nest.
    cursors: std::cell::Cell<usize>,
    /// Statements written by [`Db::defer`] and not yet sent.
    deferred: RefCell<String>,
    /// The insert that ends `deferred`, when more rows may be added to it, and its rows.
    open_insert: RefCell<Option<String>>,
    open_rows: std::cell::Cell<usize>,
}

impl Pg {
    pub(crate) fn new(client: postgres::Client) -> Pg {
        Pg {
            client: RefCell::new(Some(client)),
            statements: RefCell::default(),
            in_transaction: Default::default(),
            cursors: Default::default(),
            deferred: RefCell::default(),
            open_insert: RefCell::default(),
            open_rows: Default::default(),
        }
    }

    fn client(&self) -> std::cell::RefMut<'_, postgres::Client> {
        std::cell::RefMut::map(self.client.borrow_mut(), |c| c.as_mut().expect("a connection until dropped"))
    }

    /// Sends the deferred statements, in one round trip.
    fn flush(&self) -> Result<()> {
        *self.open_insert.borrow_mut() = None;
        let sql = std::mem::take(&mut *self.deferred.borrow_mut());
        if !sql.is_empty() {
            self.client().batch_execute(&sql)?;
        }
        Ok(())
    }

    fn statement(&self, sql: &str) -> Result<postgres::Statement> {
        if let Some(s) = self.statements.borrow().get(sql) {
            return Ok(s.clone());
        }
        let s = self.client().prepare(&pg_params(sql))?;
        let mut cache = self.statements.borrow_mut();
        if cache.len() > 512 {
            // Queries built from filters vary without end; start over rather than grow.
            cache.clear();
        }
        cache.insert(sql.to_string(), s.clone());
        Ok(s)
    }

    fn params<'b>(args: &'b [Arg<'b>]) -> Vec<&'b (dyn postgres::types::ToSql + Sync)> {
        args.iter().map(|a| a as &(dyn postgres::types::ToSql + Sync)).collect()
    }
}

impl Drop for Pg {
    /// The client closes its connection by running its own small runtime, which tokio
    /// forbids inside another runtime's tasks (where `attache serve` may drop a pooled
    /// connection); so it is closed on a thread of its own.
    fn drop(&mut self) {
        if let Some(client) = self.client.get_mut().take() {
            let _ = std::thread::spawn(move || drop(client)).join();
        }
    }
}

impl Db {
    pub fn dialect(&self) -> Dialect {
        match self {
            Db::Lite(_) => Dialect::Sqlite,
            Db::Pg(_) => Dialect::Postgres,
        }
    }

    /// Runs one statement; returns the number of rows it changed.
    pub fn exec(&self, sql: &str, args: &[Arg]) -> Result<u64> {
        match self {
            Db::Lite(c) => {
                c.flush()?;
                Ok(c.prepare_cached(sql)?.execute(rusqlite::params_from_iter(args))? as u64)
            }
            Db::Pg(p) => {
                p.flush()?;
                let s = p.statement(sql)?;
                Ok(p.client().execute(&s, &Pg::params(args))?)
            }
        }
    }

    /// Runs several statements without parameters (schema changes).
    pub fn batch(&self, sql: &str) -> Result<()> {
        match self {
            Db::Lite(c) => {
                // A rollback drops the waiting rows; anything else comes after them.
                if sql == "ROLLBACK" {
                    c.discard();
                } else {
                    c.flush()?;
                }
                Ok(c.execute_batch(sql)?)
            }
            Db::Pg(p) => {
                p.flush()?;
                Ok(p.client().batch_execute(sql)?)
            }
        }
    }

    /// Runs a statement whose result nobody reads (an insert, a delete), perhaps later:
    /// PostgreSQL gets such statements together, in one round trip, before the next
    /// statement that reads or at commit (a failing one fails that statement or the
    /// commit). SQLite runs it at once.
    pub fn defer(&self, sql: &str, args: &[Arg]) -> Result<()> {
        match self {
            Db::Lite(c) => {
                c.flush()?;
                c.prepare_cached(sql)?.execute(rusqlite::params_from_iter(args))?;
                Ok(())
            }
            Db::Pg(p) => {
                let full = {
                    let mut buf = p.deferred.borrow_mut();
                    let mut open = p.open_insert.borrow_mut();
                    match insert_parts(sql) {
                        // The same insert as the statement before: one more row of it.
                        Some((_, tuple, suffix)) if open.as_deref() == Some(sql) && p.open_rows.get() < 1000 => {
                            let keep = buf.len() - suffix.len() - 2;
                            buf.truncate(keep);
                            buf.push_str(", ");
                            pg_inline(tuple, args, &mut buf)?;
                            buf.push_str(suffix);
                            p.open_rows.set(p.open_rows.get() + 1);
                        }
                        Some(_) => {
                            pg_inline(sql, args, &mut buf)?;
                            *open = Some(sql.to_string());
                            p.open_rows.set(1);
                        }
                        None => {
                            pg_inline(sql, args, &mut buf)?;
                            *open = None;
                        }
                    }
                    buf.push_str(";\n");
                    buf.len() > 4 << 20
                };
                if full {
                    p.flush()?;
                }
                Ok(())
            }
        }
    }

    /// Every row of a query, each turned into a `T` by `f`.
    pub fn rows<T>(&self, sql: &str, args: &[Arg], mut f: impl FnMut(&Row) -> Result<T>) -> Result<Vec<T>> {
        let mut out = Vec::new();
        match self {
            Db::Lite(c) => {
                c.flush()?;
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
                while let Some(r) = rows.next()? {
                    out.push(f(&Row::Lite(r))?);
                }
            }
            Db::Pg(p) => {
                p.flush()?;
                let s = p.statement(sql)?;
                let rows = p.client().query(&s, &Pg::params(args))?;
                for r in &rows {
                    out.push(f(&Row::Pg(r))?);
                }
            }
        }
        Ok(out)
    }

    /// The first row of a query, if any.
    pub fn opt<T>(&self, sql: &str, args: &[Arg], f: impl FnOnce(&Row) -> Result<T>) -> Result<Option<T>> {
        match self {
            Db::Lite(c) => {
                c.flush()?;
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
                match rows.next()? {
                    Some(r) => Ok(Some(f(&Row::Lite(r))?)),
                    None => Ok(None),
                }
            }
            Db::Pg(p) => {
                p.flush()?;
                let s = p.statement(sql)?;
                let row = p.client().query_opt(&s, &Pg::params(args))?;
                row.map(|r| f(&Row::Pg(&r))).transpose()
            }
        }
    }

    /// Runs an `INSERT` into a table whose key is `id` and returns the new row's id, or
    /// `None` when the insert added no row (`ON CONFLICT DO NOTHING`). SQLite reads the
    /// id from the connection: a `RETURNING` clause would make it build a temporary table
    /// for each insert, which cost more than the insert itself. PostgreSQL returns it.
    pub fn insert_id(&self, sql: &str, args: &[Arg]) -> Result<Option<i64>> {
        match self {
            Db::Lite(c) => {
                c.flush()?;
                let added = c.prepare_cached(sql)?.execute(rusqlite::params_from_iter(args))?;
                Ok((added > 0).then(|| c.last_insert_rowid()))
            }
            Db::Pg(_) => self.opt(&format!("{sql} RETURNING id"), args, |r| r.get(0)),
        }
    }

    /// The first row of a query, which must exist.
    pub fn row<T>(&self, sql: &str, args: &[Arg], f: impl FnOnce(&Row) -> Result<T>) -> Result<T> {
        self.opt(sql, args, f)?.ok_or_else(|| StoreError::Column(format!("no row from: {sql}")))
    }

    /// The first column of the first row.
    pub fn one<T: FromCell>(&self, sql: &str, args: &[Arg]) -> Result<T> {
        self.row(sql, args, |r| r.get(0))
    }

    /// Whether a query returns a row.
    pub fn exists(&self, sql: &str, args: &[Arg]) -> Result<bool> {
        Ok(self.opt(sql, args, |_| Ok(()))?.is_some())
    }

    /// Calls `f` with each row of a query, holding only a bounded number of rows at a
    /// time; `f` may run other queries on this connection.
    pub fn each(&self, sql: &str, args: &[Arg], mut f: impl FnMut(&Row) -> Result<()>) -> Result<()> {
        match self {
            Db::Lite(c) => {
                c.flush()?;
                let mut stmt = c.prepare(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
                while let Some(r) = rows.next()? {
                    f(&Row::Lite(r))?;
                }
                Ok(())
            }
            Db::Pg(p) => {
                // A cursor, fetched in pages, so that neither the rows nor a borrow of the
                // client are held while `f` runs.
                p.flush()?;
                let own = !p.in_transaction.get();
                if own {
                    self.batch("BEGIN READ ONLY")?;
                    p.in_transaction.set(true);
                }
                let depth = p.cursors.get();
                p.cursors.set(depth + 1);
                let cursor = format!("attache_each_{depth}");
                let result = (|| -> Result<()> {
                    let declare = format!("DECLARE {cursor} NO SCROLL CURSOR FOR {}", pg_params(sql));
                    p.client().execute(declare.as_str(), &Pg::params(args))?;
                    let fetch = format!("FETCH 1000 FROM {cursor}");
                    loop {
                        let page = p.client().query(fetch.as_str(), &[])?;
                        for r in &page {
                            f(&Row::Pg(r))?;
                        }
                        if page.len() < 1000 {
                            break;
                        }
                    }
                    p.client().batch_execute(&format!("CLOSE {cursor}"))?;
                    Ok(())
                })();
                p.cursors.set(depth);
                if own {
                    p.in_transaction.set(false);
                    self.batch(if result.is_ok() { "COMMIT" } else { "ROLLBACK" })?;
                }
                result
            }
        }
    }

    /// Starts a transaction; it commits with [`Tx::commit`] and rolls back when dropped.
    pub fn begin(&self) -> Result<Tx<'_>> {
        match self {
            Db::Lite(c) => {
                c.flush()?;
                c.execute_batch("BEGIN")?
            }
            Db::Pg(p) => {
                p.client().batch_execute("BEGIN")?;
                p.in_transaction.set(true);
            }
        }
        Ok(Tx { db: self, done: false, prepared: RefCell::default(), multi: RefCell::default() })
    }

    fn end(&self, sql: &str) -> Result<()> {
        if let Db::Pg(p) = self {
            p.in_transaction.set(false);
            if sql == "ROLLBACK" {
                p.deferred.borrow_mut().clear();
            } else if let Err(e) = p.flush() {
                // A deferred statement failed: the transaction is lost; leave the
                // connection usable.
                let _ = p.client().batch_execute("ROLLBACK");
                return Err(e);
            }
        }
        // (A commit sends the deferred statements first, through `batch`.)
        self.batch(sql)
    }
}

/// An open transaction.
pub struct Tx<'a> {
    db: &'a Db,
    done: bool,
    /// The writer's statements on SQLite, prepared once for the transaction and keyed by
    /// the address of their (static) text; see [`Tx::defer_hot`].
    /// With each, the bits of the [`WAITING_TABLES`] it names.
    prepared: RefCell<Vec<(usize, Option<rusqlite::Statement<'a>>, u64)>>,
    /// The inserts of several waiting rows ([`Tx::push_row`]), by the address of their
    /// one-row text and their number of rows.
    multi: RefCell<Vec<((usize, usize), rusqlite::Statement<'a>)>>,
}

impl<'a> Tx<'a> {
    pub fn commit(mut self) -> Result<()> {
        if let Db::Lite(c) = self.db {
            self.flush(c)?;
        }
        self.done = true;
        self.prepared.get_mut().clear();
        self.multi.get_mut().clear();
        self.db.end("COMMIT")
    }

    /// [`Db::exec`], the rows waiting before it inserted with the transaction's
    /// statements ([`Tx::flush`]) rather than through rusqlite's cache.
    pub fn exec(&self, sql: &str, args: &[Arg]) -> Result<u64> {
        if let Db::Lite(c) = self.db {
            self.flush(c)?;
        }
        self.db.exec(sql, args)
    }

    /// Inserts the rows waiting ([`Tx::push_row`]) with statements prepared for the
    /// transaction: rusqlite's cache would clear every bound value after each use, which
    /// frees the copies SQLite made of the texts, to be allocated again at the next.
    fn flush(&self, c: &'a Lite) -> Result<()> {
        c.flush_with(|key, sql, values, text| {
            let mut multi = self.multi.borrow_mut();
            let i = match multi.iter().position(|(k, _)| *k == key) {
                Some(i) => i,
                None => {
                    let stmt = c.conn.prepare_with_flags(sql, rusqlite::PrepFlags::SQLITE_PREPARE_PERSISTENT)?;
                    multi.push((key, stmt));
                    multi.len() - 1
                }
            };
            insert_vals(&mut multi[i].1, values, text)
        })
    }

    /// Runs `f` with the statement of `sql` prepared for this transaction. rusqlite's
    /// statement cache (`prepare_cached`) copies the text of the statement into a new
    /// key, hashes it twice and clears the bindings at every use: for the writer's
    /// hundreds of thousands of one-row statements, about a tenth of its instructions.
    /// The statement is taken out of the map while `f` runs, so `f` may run others.
    ///
    /// Rows waiting for a table the statement names are inserted first
    /// ([`Tx::push_row`]); other waiting rows stay waiting.
    fn hot<T>(
        &self,
        c: &'a Lite,
        sql: &'static str,
        f: impl FnOnce(&mut rusqlite::Statement<'a>) -> Result<T>,
    ) -> Result<T> {
        let key = sql.as_ptr() as usize;
        // A few dozen statements: a scan of their addresses costs less than hashing.
        let slot = self.prepared.borrow().iter().position(|(k, _, _)| *k == key);
        let taken = slot.and_then(|i| {
            let mut prepared = self.prepared.borrow_mut();
            let (_, stmt, names) = &mut prepared[i];
            stmt.take().map(|s| (s, *names))
        });
        let (mut stmt, names) = match taken {
            Some(s) => s,
            // Persistent: the statement's memory does not take the connection's
            // lookaside slots, which its running statements allocate from.
            None => (
                c.conn.prepare_with_flags(sql, rusqlite::PrepFlags::SQLITE_PREPARE_PERSISTENT)?,
                waiting_tables_named(sql),
            ),
        };
        let out = if c.waiting_tables.get() & names != 0 { self.flush(c) } else { Ok(()) }.and_then(|()| f(&mut stmt));
        let mut prepared = self.prepared.borrow_mut();
        match slot {
            Some(i) => prepared[i].1 = Some(stmt),
            None => prepared.push((key, Some(stmt), names)),
        }
        out
    }

    /// An `INSERT INTO t (…) VALUES (?1, …)` of one row into one of [`WAITING_TABLES`],
    /// which SQLite runs later, with other rows of the same statement: before the next
    /// statement that names `t`, or any statement not run by the writer's hot path, or
    /// the commit (a rollback drops it). A row that fails (a constraint) fails that later
    /// statement, and with it the transaction, which the writer then rolls back.
    /// PostgreSQL defers it as [`Db::defer`] does.
    pub(crate) fn push_row(&self, sql: &'static str, args: &[Arg]) -> Result<()> {
        let Db::Lite(c) = self.db else { return self.db.defer(sql, args) };
        let mut waiting = c.waiting.borrow_mut();
        let i = match waiting.iter().position(|w| std::ptr::eq(w.sql, sql)) {
            Some(i) => i,
            None => {
                let table = sql
                    .strip_prefix("INSERT INTO ")
                    .and_then(|rest| rest.split(' ').next())
                    .and_then(|t| WAITING_TABLES.iter().position(|w| *w == t))
                    .ok_or_else(|| {
                        StoreError::Column(format!("not an insert into a table whose rows may wait: {sql}"))
                    })?;
                let width = args.len();
                waiting.push(Waiting { sql, table, width, values: Vec::new(), text: String::new() });
                waiting.len() - 1
            }
        };
        let w = &mut waiting[i];
        if w.width != args.len() {
            return Err(StoreError::Column(format!("{} parameters instead of {}: {sql}", args.len(), w.width)));
        }
        w.values.reserve(args.len());
        for a in args {
            let v = match a {
                Arg::Null => Val::Null,
                Arg::Int(i) => Val::Int(*i),
                Arg::Real(f) => Val::Real(*f),
                Arg::Text(t) => text_val(&mut w.text, t),
                Arg::Owned(t) => text_val(&mut w.text, t),
            };
            w.values.push(v);
        }
        c.waiting_tables.set(c.waiting_tables.get() | 1 << w.table);
        // Bounded, whatever the caller gives (text offsets are 32-bit).
        let full = w.text.len() > WAITING_TEXT || w.values.len() > WAITING_VALUES;
        drop(waiting);
        if full {
            self.flush(c)?;
        }
        Ok(())
    }

    /// [`Db::defer`] for a statement the writer runs for every row.
    pub(crate) fn defer_hot(&self, sql: &'static str, args: &[Arg]) -> Result<()> {
        match self.db {
            Db::Lite(c) => self.hot(c, sql, |s| {
                s.execute(rusqlite::params_from_iter(args))?;
                Ok(())
            }),
            Db::Pg(_) => self.db.defer(sql, args),
        }
    }

    /// [`Db::insert_id`] for a statement the writer runs for every row.
    pub(crate) fn insert_id_hot(&self, sql: &'static str, args: &[Arg]) -> Result<Option<i64>> {
        match self.db {
            Db::Lite(c) => self.hot(c, sql, |s| {
                let added = s.execute(rusqlite::params_from_iter(args))?;
                Ok((added > 0).then(|| c.last_insert_rowid()))
            }),
            Db::Pg(_) => self.db.insert_id(sql, args),
        }
    }

    /// [`Db::rows`] for a query the writer runs for every row.
    pub(crate) fn rows_hot<T>(
        &self,
        sql: &'static str,
        args: &[Arg],
        mut f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        match self.db {
            Db::Lite(c) => self.hot(c, sql, |s| {
                let mut out = Vec::new();
                let mut rows = s.query(rusqlite::params_from_iter(args))?;
                while let Some(r) = rows.next()? {
                    out.push(f(&Row::Lite(r))?);
                }
                Ok(out)
            }),
            Db::Pg(_) => self.db.rows(sql, args, f),
        }
    }
}

/// Runs an insert with `values` (their texts in `text`) as its parameters, in order.
fn insert_vals(stmt: &mut rusqlite::Statement<'_>, values: &[Val], text: &str) -> Result<()> {
    for (i, v) in values.iter().enumerate() {
        match *v {
            Val::Null => stmt.raw_bind_parameter(i + 1, rusqlite::types::Null)?,
            Val::Int(x) => stmt.raw_bind_parameter(i + 1, x)?,
            Val::Real(x) => stmt.raw_bind_parameter(i + 1, x)?,
            Val::Text(a, b) => stmt.raw_bind_parameter(i + 1, &text[a as usize..b as usize])?,
        }
    }
    stmt.raw_execute()?;
    Ok(())
}

/// `t` appended to `text`, as the range it takes there.
fn text_val(text: &mut String, t: &str) -> Val {
    let start = text.len() as u32;
    text.push_str(t);
    Val::Text(start, text.len() as u32)
}

impl std::ops::Deref for Tx<'_> {
    type Target = Db;
    fn deref(&self) -> &Db {
        self.db
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        self.prepared.get_mut().clear();
        self.multi.get_mut().clear();
        if !self.done {
            let _ = self.db.end("ROLLBACK");
        }
    }
}

/// An `INSERT … VALUES (…)` that more rows can join: its text before the row, the row,
/// and what follows (nothing, or `ON CONFLICT DO NOTHING`, which holds row by row).
fn insert_parts(sql: &str) -> Option<(&str, &str, &str)> {
    if !sql.starts_with("INSERT INTO ") {
        return None;
    }
    let open = sql.find(" VALUES (")? + " VALUES ".len();
    let mut depth = 0;
    let close = sql[open..].char_indices().find_map(|(i, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        (depth == 0).then_some(open + i + 1)
    })?;
    let suffix = &sql[close..];
    (suffix.is_empty() || suffix == " ON CONFLICT DO NOTHING").then(|| (&sql[..open], &sql[open..close], suffix))
}

/// Writes `sql` with its parameters as literals (for [`Db::defer`]): `?1` and bare `?`
/// as in [`pg_params`]. Text is quoted the standard way (`''` for a quote; the connection
/// keeps `standard_conforming_strings` on, so a backslash is only a backslash).
fn pg_inline(sql: &str, args: &[Arg], out: &mut String) -> Result<()> {
    use std::fmt::Write;
    let rewritten = pg_params(sql);
    let mut rest = rewritten.as_str();
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let digits: String = rest[i + 1..].chars().take_while(|c| c.is_ascii_digit()).collect();
        let n: usize =
            digits.parse().map_err(|_| StoreError::Column(format!("a `$` that is no parameter in: {sql}")))?;
        let arg =
            args.get(n.wrapping_sub(1)).ok_or_else(|| StoreError::Column(format!("no parameter {n} for: {sql}")))?;
        let text = match arg {
            Arg::Null => {
                out.push_str("NULL");
                None
            }
            Arg::Int(v) => {
                let _ = write!(out, "{v}");
                None
            }
            Arg::Real(v) if v.is_finite() => {
                let _ = write!(out, "{v:?}::float8");
                None
            }
            Arg::Real(v) => Some(v.to_string()),
            Arg::Text(t) => Some(t.to_string()),
            Arg::Owned(t) => Some(t.clone()),
        };
        if let Some(t) = text {
            if t.contains('\0') {
                return Err(StoreError::Column("text with a NUL character, which PostgreSQL cannot store".into()));
            }
            out.push('\'');
            out.push_str(&t.replace('\'', "''"));
            out.push('\'');
        }
        rest = &rest[i + 1 + digits.len()..];
    }
    out.push_str(rest);
    Ok(())
}

/// `?1` → `$1`, and each bare `?` → the next `$n`, outside quoted text.
pub(crate) fn pg_params(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut next = 0;
    let mut quote: Option<char> = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                out.push(c);
            }
            None if c == '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    next += 1;
                    digits = next.to_string();
                }
                out.push('$');
                out.push_str(&digits);
            }
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_rewritten_outside_quotes() {
        assert_eq!(pg_params("SELECT ?1, ?2 WHERE a = ?1"), "SELECT $1, $2 WHERE a = $1");
        assert_eq!(pg_params("a = ? AND b = ? AND c = '?'"), "a = $1 AND b = $2 AND c = '?'");
        assert_eq!(pg_params("x LIKE ? ESCAPE '\\' AND y = ?"), "x LIKE $1 ESCAPE '\\' AND y = $2");
    }

    #[test]
    fn deferred_statements_quote_their_values() {
        let mut out = String::new();
        let args = [Arg::Int(7), Arg::Text("it's a \\ test"), Arg::Null, Arg::Real(-2.5)];
        pg_inline("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?1)", &args, &mut out).unwrap();
        assert_eq!(out, "INSERT INTO t VALUES (7, 'it''s a \\ test', NULL, -2.5::float8, 7)");
        assert!(pg_inline("SELECT ?2", &args[..1], &mut String::new()).is_err());
        assert!(pg_inline("SELECT ?1", &[Arg::Text("a\0b")], &mut String::new()).is_err());
    }

    #[test]
    fn inserts_of_several_rows_number_their_parameters_on() {
        assert_eq!(multi_row_insert("INSERT INTO t (a, b, c) VALUES (?2, ?1, 'x?'), ", 3, 1), None, "not one row");
        assert_eq!(
            multi_row_insert("INSERT INTO t (a, b) VALUES (?2, ?1)", 2, 3).as_deref(),
            Some("INSERT OR FAIL INTO t (a, b) VALUES (?2, ?1), (?4, ?3), (?6, ?5)")
        );
        assert_eq!(multi_row_insert("INSERT INTO t (a) VALUES (?3)", 2, 2), None, "a parameter beyond the row");
        assert_eq!(waiting_tables_named("SELECT a FROM participants p JOIN events e"), 1 << 5);
        assert_eq!(waiting_tables_named("INSERT INTO events (report_sources) VALUES (?1)"), 1 << 2);
        assert_eq!(waiting_tables_named("SELECT 1 FROM cluster_links"), 0);
    }

    /// Rows left waiting by the writer are in the table for every later statement that
    /// reads it, in the order given, whatever the number of rows; a rollback drops them.
    #[test]
    fn waiting_rows_are_seen_by_later_statements_and_dropped_by_a_rollback() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE themes (n INTEGER NOT NULL, label TEXT, w REAL)").unwrap();
        let db = Db::Lite(Lite::new(conn));
        const INSERT: &str = "INSERT INTO themes (n, label, w) VALUES (?1, ?2, ?3)";
        const COUNT: &str = "SELECT COUNT(*), COALESCE(SUM(n), 0) FROM themes";
        let count = |tx: &Tx| tx.rows_hot(COUNT, &[], |r| Ok((r.get::<i64>(0)?, r.get::<i64>(1)?))).unwrap()[0];
        let tx = db.begin().unwrap();
        for n in 0..70 {
            let label = (n % 3 != 0).then(|| format!("label {n}"));
            tx.push_row(INSERT, &[Arg::Int(n), Arg::from(label.as_deref()), Arg::Real(n as f64 / 2.0)]).unwrap();
        }
        // A statement that does not name the table leaves the rows waiting.
        assert_eq!(tx.rows_hot("SELECT 1", &[], |r| r.get::<i64>(0)).unwrap(), vec![1]);
        assert_eq!(count(&tx), (70, (0..70).sum()));
        let rows: Vec<(i64, Option<String>, f64)> = tx
            .rows("SELECT n, label, w FROM themes ORDER BY rowid", &[], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap();
        let expected: Vec<_> =
            (0..70).map(|n| (n, (n % 3 != 0).then(|| format!("label {n}")), n as f64 / 2.0)).collect();
        assert_eq!(rows, expected);
        tx.commit().unwrap();
        let tx = db.begin().unwrap();
        tx.push_row(INSERT, &[Arg::Int(100), Arg::Null, Arg::Real(0.0)]).unwrap();
        drop(tx);
        assert_eq!(db.one::<i64>("SELECT COUNT(*) FROM themes", &[]).unwrap(), 70);
        // A failing row fails the statement that inserts it.
        let tx = db.begin().unwrap();
        tx.push_row(INSERT, &[Arg::Null, Arg::Null, Arg::Null]).unwrap();
        assert!(tx.exec("SELECT COUNT(*) FROM themes", &[]).is_err());
    }

    #[test]
    fn inserts_that_can_take_more_rows_are_recognised() {
        assert_eq!(
            insert_parts("INSERT INTO t (a, b) VALUES (?1, ?2) ON CONFLICT DO NOTHING"),
            Some(("INSERT INTO t (a, b) VALUES ", "(?1, ?2)", " ON CONFLICT DO NOTHING"))
        );
        assert_eq!(insert_parts("INSERT INTO t (a) VALUES (?1)"), Some(("INSERT INTO t (a) VALUES ", "(?1)", "")));
        assert_eq!(insert_parts("INSERT INTO t (a) VALUES (?1) ON CONFLICT (a) DO UPDATE SET a = 1"), None);
        assert_eq!(insert_parts("INSERT INTO t (a) VALUES (?1) RETURNING id"), None);
        assert_eq!(insert_parts("DELETE FROM t WHERE a = ?1"), None);
    }

    #[test]
    fn numerics_decode() {
        // 12345.5: weight 1, digits [1, 2345, 5000], dscale 1.
        let raw: Vec<u8> = [3i16, 1, 0, 1, 1, 2345, 5000].iter().flat_map(|w| w.to_be_bytes()).collect();
        assert_eq!(numeric(&raw).unwrap(), Cell::Real(12345.5));
        // -20000: weight 1, digits [2], dscale 0.
        let raw: Vec<u8> = [1i16, 1, 0x4000, 0, 2].iter().flat_map(|w| w.to_be_bytes()).collect();
        assert_eq!(numeric(&raw).unwrap(), Cell::Int(-20000));
        let zero: Vec<u8> = [0i16, 0, 0, 0].iter().flat_map(|w| w.to_be_bytes()).collect();
        assert_eq!(numeric(&zero).unwrap(), Cell::Int(0));
    }
}
