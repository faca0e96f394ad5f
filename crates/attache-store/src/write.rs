//! Writing: a batch of analysed documents (and failures) in one transaction, and the
//! atomic replacement of a document's extractions by `attache recode`.

use crate::db::{args, Db, Dialect, Tx};
use crate::{cluster, now, Result, Store};
use attache_model::record::{EventRecord, ParticipantRecord, Record, SpanRecord};
use std::collections::{BTreeSet, HashMap};

/// An analysed document ready to be stored.
#[derive(Debug, Clone)]
pub struct NewDocument {
    /// [`crate::keys::document_key`] of the text.
    pub key: String,
    /// [`crate::keys::canonical_url`] of its URL.
    pub url: Option<String>,
    pub external_id: Option<String>,
    /// Where it was read from ("path", "path:LINE", "path#N").
    pub source: String,
    pub text: String,
    pub record: Record,
}

/// An input that could not be read or analysed.
#[derive(Debug, Clone)]
pub struct Failure {
    pub source: String,
    pub error: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct BatchOutcome {
    pub added: u64,
    pub present: u64,
    pub failed: u64,
    pub events: u64,
    pub statements: u64,
    /// A work item was marked done with this batch ([`Store::write_batch_completing`]).
    #[serde(skip)]
    pub completed: bool,
}

impl std::ops::AddAssign for BatchOutcome {
    fn add_assign(&mut self, o: BatchOutcome) {
        self.added += o.added;
        self.present += o.present;
        self.failed += o.failed;
        self.events += o.events;
        self.statements += o.statements;
        self.completed |= o.completed;
    }
}

/// What `recode` changed, counted over events compared by trigger position.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct RecodeOutcome {
    pub documents: u64,
    pub documents_changed: u64,
    pub events_added: u64,
    pub events_removed: u64,
    pub events_recoded: u64,
    pub events_unchanged: u64,
}

impl std::ops::AddAssign for RecodeOutcome {
    fn add_assign(&mut self, o: RecodeOutcome) {
        self.documents += o.documents;
        self.documents_changed += o.documents_changed;
        self.events_added += o.events_added;
        self.events_removed += o.events_removed;
        self.events_recoded += o.events_recoded;
        self.events_unchanged += o.events_unchanged;
    }
}

impl Store {
    /// Stores new documents with their extractions and records failures, in one
    /// transaction. Documents already present (by key or URL) are counted and skipped.
    pub fn write_batch(&mut self, docs: &[NewDocument], failures: &[Failure]) -> Result<BatchOutcome> {
        self.write_batch_completing(docs, failures, None)
    }

    /// As [`Store::write_batch`], and in the same transaction marks a work item done
    /// (`queue.rs`): `(item, worker, documents)`, the documents the item held. The item
    /// is marked only while `worker` holds it; `BatchOutcome::completed` says whether it was.
    pub fn write_batch_completing(
        &mut self,
        docs: &[NewDocument],
        failures: &[Failure],
        complete: Option<(i64, &str, u64)>,
    ) -> Result<BatchOutcome> {
        let mut bulk = self.begin_bulk()?;
        bulk.add(docs, failures)?;
        bulk.commit(complete)
    }

    /// Opens one transaction for several batches ([`Bulk`]).
    pub fn begin_bulk(&mut self) -> Result<Bulk<'_>> {
        let db: &Db = &self.conn;
        let tx = db.begin()?;
        let before: i64 = tx.one("SELECT COALESCE(MAX(id), 0) FROM documents", args![])?;
        Ok(Bulk {
            db,
            tx,
            touched: BTreeSet::new(),
            fresh: HashMap::new(),
            ids: EventIds::default(),
            before,
            at: now(),
            out: BatchOutcome::default(),
            given: 0,
        })
    }

    /// Replaces the extractions of stored documents with new ones (`attache recode`),
    /// in one transaction, and says what changed.
    pub fn replace_extractions(&mut self, docs: &[(String, Record)]) -> Result<RecodeOutcome> {
        let tx = self.conn.begin()?;
        cluster::lock(&tx)?;
        let mut out = RecodeOutcome::default();
        let mut touched = BTreeSet::new();
        let mut ids = EventIds::default();
        for (key, record) in docs {
            let Some(doc_id) = tx.opt("SELECT id FROM documents WHERE key = ?1", args![key], |r| r.get::<i64>(0))?
            else {
                continue;
            };
            let old = event_signatures(&tx, doc_id)?;
            let mut split = BTreeSet::new();
            for id in old.iter().map(|e| e.0) {
                let cluster: i64 = tx.one("SELECT cluster_id FROM events WHERE id = ?1", args![id])?;
                split.insert(cluster);
            }
            delete_extractions(&tx, doc_id)?;
            cluster::split(&tx, &split, &mut touched)?;
            tx.exec(
                "UPDATE documents SET sentences = ?2, refs = ?3 WHERE id = ?1",
                args![doc_id, record.document.sentences as i64, refs_json(&record.references)],
            )?;
            let mut pending = Vec::new();
            insert_extractions(&tx, doc_id, key, record, &mut ids, &mut pending)?;
            cluster_pending(&tx, pending, &mut touched, &mut HashMap::new())?;
            let new: Vec<_> = record.events.iter().map(signature).collect();
            let mut changed = false;
            for (_, o) in &old {
                match new.iter().find(|n| n.0 == o.0) {
                    None => {
                        out.events_removed += 1;
                        changed = true;
                    }
                    Some(n) if n != o => {
                        out.events_recoded += 1;
                        changed = true;
                    }
                    Some(_) => out.events_unchanged += 1,
                }
            }
            for n in &new {
                if !old.iter().any(|(_, o)| o.0 == n.0) {
                    out.events_added += 1;
                    changed = true;
                }
            }
            out.documents += 1;
            out.documents_changed += changed as u64;
        }
        cluster::refresh(&tx, &touched, &HashMap::new())?;
        tx.commit()?;
        Ok(out)
    }
}

/// Batches of documents written in one transaction. `attache ingest` keeps one open
/// over several of its analysis batches: on a large database each commit writes every
/// index page the transaction touched, and the pages of the randomly keyed indexes
/// (document keys, cluster ids, link hashes) are shared by more rows the more rows a
/// transaction holds. The clusters the batches touch are refreshed once, at commit,
/// and the full-text index is fed once.
pub struct Bulk<'s> {
    db: &'s Db,
    tx: Tx<'s>,
    touched: BTreeSet<i64>,
    fresh: HashMap<i64, cluster::ClusterRow>,
    ids: EventIds,
    /// The largest document id before the transaction (for the full-text index).
    before: i64,
    at: String,
    out: BatchOutcome,
    given: usize,
}

impl Bulk<'_> {
    /// Stores new documents with their extractions and records failures. Documents
    /// already present (by key or URL) are counted and skipped.
    pub fn add(&mut self, docs: &[NewDocument], failures: &[Failure]) -> Result<()> {
        let tx = &self.tx;
        let out = &mut self.out;
        let mut pending = Vec::new();
        self.given += docs.len() + failures.len();
        for doc in docs {
            if !tx.rows_hot(crate::DOCUMENT_BY_KEY_OR_URL, args![&doc.key, &doc.url], |_| Ok(()))?.is_empty() {
                out.present += 1;
                continue;
            }
            // Another writer may be storing the same document right now (PostgreSQL):
            // the insert then waits for it and adds nothing.
            let Some(doc_id) = insert_document(tx, doc, &self.at)? else {
                out.present += 1;
                continue;
            };
            insert_extractions(tx, doc_id, &doc.key, &doc.record, &mut self.ids, &mut pending)?;
            // A document that was retried successfully is no longer a failure.
            tx.defer_hot("DELETE FROM failures WHERE source = ?1", args![&doc.source])?;
            out.added += 1;
            out.events += doc.record.events.len() as u64;
            out.statements += doc.record.statements.len() as u64;
        }
        for f in failures {
            tx.defer(
                "INSERT INTO failures (source, error, at) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (source) DO UPDATE SET error = excluded.error, at = excluded.at",
                args![&f.source, &f.error, &self.at],
            )?;
            out.failed += 1;
        }
        cluster_pending(tx, pending, &mut self.touched, &mut self.fresh)
    }

    /// Documents and failures given to [`Bulk::add`] so far.
    pub fn given(&self) -> usize {
        self.given
    }

    /// Refreshes the touched clusters, feeds the full-text index and commits; with
    /// `complete`, marks a work item done in the same transaction (see
    /// [`Store::write_batch_completing`]).
    pub fn commit(self, complete: Option<(i64, &str, u64)>) -> Result<BatchOutcome> {
        let Bulk { db, tx, touched, fresh, before, mut out, .. } = self;
        cluster::refresh(&tx, &touched, &fresh)?;
        // The texts go into the full-text index in one statement: FTS5 flushes its
        // pending terms at every statement that follows a write, so one insert per
        // document would flush once per document.
        // (PostgreSQL's index is on the documents table itself.)
        if tx.dialect() == Dialect::Sqlite && out.added > 0 {
            tx.exec(
                "INSERT INTO documents_fts (rowid, title, text) SELECT id, COALESCE(title, ''), text FROM documents WHERE id > ?1",
                args![before],
            )?;
        }
        if let Some((item, worker, documents)) = complete {
            let now = tx.dialect().now_seconds();
            out.completed = tx.exec(
                &format!(
                    "UPDATE work_items SET state = 'done', done_at = {now}, documents = ?3, lease_until = NULL \
                     WHERE id = ?1 AND worker = ?2 AND state = 'claimed'"
                ),
                args![item, worker, documents as i64],
            )? == 1;
        }
        tx.commit()?;
        // PostgreSQL plans by its statistics, which a young database does not have yet
        // (it read whole tables to refresh a cluster); refresh them each time the number
        // of documents doubles, which happens a few dozen times in the life of a database.
        if db.dialect() == Dialect::Postgres && out.added > 0 {
            let after = before as u64 + out.added;
            if (before as u64).max(64).ilog2() != after.max(64).ilog2() {
                db.batch("ANALYZE documents, events, participants, cluster_links, clusters, themes")?;
            }
        }
        Ok(out)
    }
}

/// What identifies an event for `recode`'s comparison: its trigger position; and what
/// counts as a recoding: type, CAMEO code, participants' codes.
type Signature = ((i64, i64), String, String, Vec<String>, Vec<String>);

fn signature(e: &EventRecord) -> Signature {
    let codes = |ps: &[ParticipantRecord]| ps.iter().map(|p| p.code.clone()).collect::<Vec<_>>();
    (
        (e.trigger.start as i64, e.trigger.end as i64),
        e.kind.clone(),
        e.cameo.clone(),
        codes(&e.actors),
        codes(&e.recipients),
    )
}

fn event_signatures(tx: &Db, doc_id: i64) -> Result<Vec<(i64, Signature)>> {
    let rows: Vec<(i64, i64, i64, String, String)> = tx.rows(
        "SELECT id, trigger_start, trigger_end, type, cameo FROM events WHERE doc_id = ?1 ORDER BY n",
        args![doc_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )?;
    let mut out = Vec::new();
    for (id, s, e, kind, cameo) in rows {
        let mut actors = Vec::new();
        let mut recipients = Vec::new();
        let parts =
            tx.rows("SELECT role, code FROM participants WHERE event_id = ?1 ORDER BY role, pos", args![id], |r| {
                Ok((r.get::<String>(0)?, r.get::<String>(1)?))
            })?;
        for (role, code) in parts {
            if role == "actor" {
                actors.push(code);
            } else {
                recipients.push(code);
            }
        }
        out.push((id, ((s, e), kind, cameo, actors, recipients)));
    }
    Ok(out)
}

/// Inserts a document and returns its id, or `None` when a document with its key or URL
/// is already there.
fn insert_document(tx: &Tx, doc: &NewDocument, at: &str) -> Result<Option<i64>> {
    let d = &doc.record.document;
    tx.insert_id_hot(
        "INSERT INTO documents (key, url, external_id, published, outlet, title, text, source, sentences, ingested_at, refs) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT DO NOTHING",
        args![
            &doc.key,
            &doc.url,
            &doc.external_id,
            &d.published,
            &d.outlet,
            &d.title,
            &doc.text,
            &doc.source,
            d.sentences as i64,
            at,
            refs_json(&doc.record.references)
        ],
    )
}

/// The `refs` column of a document: its references as `[start, end, kind, form, head]`.
pub(crate) fn refs_json(refs: &[attache_model::record::ReferenceRecord]) -> String {
    let rows: Vec<(usize, usize, attache_model::EntityKind, attache_model::ReferenceForm, &str)> =
        refs.iter().map(|r| (r.start, r.end, r.kind, r.form, r.head.as_str())).collect();
    serde_json::to_string(&rows).unwrap_or_else(|_| "[]".into())
}

fn spans_json(spans: &[SpanRecord]) -> String {
    let pairs: Vec<[usize; 2]> = spans.iter().map(|s| [s.start, s.end]).collect();
    serde_json::to_string(&pairs).unwrap_or_else(|_| "[]".into())
}

/// `e12` → 12.
fn entity_n(id: &Option<String>) -> Option<i64> {
    id.as_deref().and_then(|s| s.strip_prefix('e')).and_then(|n| n.parse().ok())
}

/// A report waiting to be clustered and stored: its row is written once clustering has
/// placed it, with its cluster, so that a report that joins another report's cluster
/// is not written twice (schema 6 keys a cluster by the id of a report of it).
struct Pending<'r> {
    id: i64,
    doc_id: i64,
    /// Its number in the document (the `n` of `events`, the `<n>` of its key).
    n: usize,
    key: String,
    ev: &'r EventRecord,
    cluster_date: Option<&'r str>,
    published: Option<&'r str>,
}

/// Clusters new reports, in the order given, under the clustering lock, and stores each
/// one with its cluster. Their participants, which carry the cluster too (schema 7), are
/// stored at the end, with the clusters that the later reports' merges leave them in:
/// a merge then rewrites only the participants of earlier calls (a merge within a chunk
/// of documents rewrote those of the reports just stored, about 110,000 instructions
/// each). New reports that stay alone get their cluster row in `fresh`, so that
/// they need not be read back.
fn cluster_pending(
    tx: &Tx,
    pending: Vec<Pending>,
    touched: &mut BTreeSet<i64>,
    fresh: &mut HashMap<i64, cluster::ClusterRow>,
) -> Result<()> {
    cluster::lock(tx)?;
    // Each report with the cluster it was placed in, and where the clusters merged since
    // went (a merged cluster's reports all go to the one it merged into, which no later
    // merge names after a cluster merged before it: no cycle).
    let mut placed: Vec<(&Pending, i64)> = Vec::with_capacity(pending.len());
    let mut moved: HashMap<i64, i64> = HashMap::new();
    for p in &pending {
        let (parties, written) = cluster::report_parties(p.ev);
        let (cluster, merged) =
            cluster::add_event(tx, p.id, &p.key, p.ev, (&parties, &written), p.cluster_date, touched)?;
        insert_event(tx, p, cluster, &written)?;
        if merged.is_empty() {
            fresh.insert(p.id, cluster::ClusterRow::single(p.ev, &p.key, p.cluster_date, p.published));
        } else {
            fresh.remove(&p.id);
            for k in &merged {
                fresh.remove(k);
            }
            for &k in merged.iter().filter(|&&k| k != cluster) {
                moved.insert(k, cluster);
            }
        }
        placed.push((p, cluster));
    }
    for (p, mut cluster) in placed {
        while let Some(&to) = moved.get(&cluster) {
            cluster = to;
        }
        insert_participants(tx, p, cluster)?;
    }
    Ok(())
}

/// Stores the participants of a report that clustering has placed in `cluster` (they
/// carry it, schema 7).
fn insert_participants(tx: &Tx, p: &Pending, cluster: i64) -> Result<()> {
    for (role, ps) in [("actor", &p.ev.actors), ("recipient", &p.ev.recipients)] {
        for (pos, part) in ps.iter().enumerate() {
            tx.push_row(
                "INSERT INTO participants (event_id, role, pos, entity_n, code, country, sector, text, implicit, date, \
                 cluster_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                args![
                    p.id,
                    role,
                    pos as i64,
                    entity_n(&part.entity),
                    &part.code,
                    &part.country,
                    &part.sector,
                    &part.text,
                    part.implicit as i64,
                    p.cluster_date,
                    cluster
                ],
            )?;
        }
    }
    Ok(())
}

/// Stores a report that clustering has placed in `cluster`, with its parties as
/// [`cluster::report_parties`] writes them.
fn insert_event(tx: &Tx, p: &Pending, cluster: i64, parties: &str) -> Result<()> {
    let ev = p.ev;
    let first = |ps: &[ParticipantRecord]| ps.first().map(|p| (p.code.clone(), p.country.clone()));
    let (actor_code, actor_country) = first(&ev.actors).unzip();
    let (recipient_code, recipient_country) = first(&ev.recipients).unzip();
    let loc = ev.location.as_ref();
    tx.defer_hot(
        "INSERT INTO events (id, key, doc_id, n, cluster_id, type, mode, cameo, quad_class, goldstein, actor_code, actor_country, \
         recipient_code, recipient_country, date, date_precision, date_source, cluster_date, location_name, location_country, \
         lat, lon, geonameid, location_source, modality, trigger_start, trigger_end, sentence_start, sentence_end, report_sources, rule, \
         parties) \
         VALUES (?30, ?1, ?2, ?3, ?31, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, \
         ?32)",
        args![
            &p.key,
            p.doc_id,
            p.n as i64,
            &ev.kind,
            &ev.mode,
            &ev.cameo,
            ev.quad_class as i64,
            cluster::stored_goldstein(ev.goldstein),
            actor_code,
            actor_country.flatten(),
            recipient_code,
            recipient_country.flatten(),
            &ev.date,
            &ev.date_precision,
            &ev.date_source,
            p.cluster_date,
            loc.map(|l| l.name.as_str()),
            loc.and_then(|l| l.country.as_deref()),
            loc.and_then(|l| l.lat),
            loc.and_then(|l| l.lon),
            loc.and_then(|l| l.geonameid).map(|g| g as i64),
            loc.map(|l| l.source.as_str()),
            &ev.modality,
            ev.trigger.start as i64,
            ev.trigger.end as i64,
            ev.sentence.start as i64,
            ev.sentence.end as i64,
            serde_json::to_string(&ev.report_sources)?,
            &ev.rule,
            p.id,
            cluster,
            parties,
        ],
    )
}

/// Ids for new event reports, taken before their insert: clustering places a report
/// before it is stored, and a report is stored with its cluster (`events.cluster_id` is
/// the id of the report a cluster is named after, schema 6).
#[derive(Default)]
struct EventIds {
    /// SQLite: the next free id, read once per transaction (the writer holds the
    /// database's write lock, and nothing else inserts reports).
    next: Option<i64>,
}

impl EventIds {
    fn take(&mut self, tx: &Tx, n: usize) -> Result<Vec<i64>> {
        if n == 0 {
            return Ok(Vec::new());
        }
        match tx.dialect() {
            Dialect::Sqlite => {
                let next = match self.next {
                    Some(next) => next,
                    // Above the clusters' ids too, so that an id no cluster row still holds
                    // is never reused.
                    None => tx.one(
                        "SELECT MAX((SELECT COALESCE(MAX(id), 0) FROM events), (SELECT COALESCE(MAX(id), 0) FROM clusters)) + 1",
                        args![],
                    )?,
                };
                self.next = Some(next + n as i64);
                Ok((next..next + n as i64).collect())
            }
            // The column's own sequence, which concurrent writers share.
            Dialect::Postgres => tx.rows(
                "SELECT nextval(pg_get_serial_sequence('events', 'id')) FROM generate_series(1, ?1)",
                args![n as i64],
                |r| r.get(0),
            ),
        }
    }
}

/// Inserts a document's extractions; its event reports go to `pending`, which
/// [`cluster_pending`] stores with their participants once it knows their cluster.
fn insert_extractions<'r>(
    tx: &Tx,
    doc_id: i64,
    key: &str,
    rec: &'r Record,
    ids: &mut EventIds,
    pending: &mut Vec<Pending<'r>>,
) -> Result<()> {
    for (i, e) in rec.entities.iter().enumerate() {
        tx.push_row(
            "INSERT INTO entities (doc_id, n, kind, name, country, sector, code, titles, members, lat, lon, geonameid, source, spans) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            args![
            doc_id,
            (i + 1) as i64,
            serde_json::to_value(e.kind)?.as_str().unwrap_or_default(),
            &e.name,
            &e.country,
            &e.sector,
            &e.code,
            serde_json::to_string(&e.titles)?,
            serde_json::to_string(&e.members)?,
            e.lat,
            e.lon,
            e.geonameid.map(|g| g as i64),
            &e.source,
            spans_json(&e.mentions),
        ])?;
    }
    let published = rec.document.published.as_deref();
    let event_ids = ids.take(tx, rec.events.len())?;
    for ((i, ev), &id) in rec.events.iter().enumerate().zip(&event_ids) {
        let cluster_date = match ev.date_precision.as_deref() {
            Some("day") => ev.date.as_deref(),
            _ => published,
        };
        pending.push(Pending { id, doc_id, n: i + 1, key: format!("{key}:{}", i + 1), ev, cluster_date, published });
    }
    for (i, st) in rec.statements.iter().enumerate() {
        tx.push_row(
            "INSERT INTO statements (doc_id, n, speaker_n, speaker_name, speaker_start, speaker_end, cue_start, cue_end, \
             content_start, content_end, direct) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            args![
            doc_id,
            (i + 1) as i64,
            entity_n(&st.speaker),
            &st.speaker_name,
            st.speaker_span.as_ref().map(|s| s.start as i64),
            st.speaker_span.as_ref().map(|s| s.end as i64),
            st.cue.start as i64,
            st.cue.end as i64,
            st.content.start as i64,
            st.content.end as i64,
            st.direct as i64
        ])?;
    }
    for (i, rs) in rec.report_sources.iter().enumerate() {
        tx.push_row(
            "INSERT INTO report_sources (doc_id, n, name, entity_n, hedged, spans) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            args![doc_id, (i + 1) as i64, &rs.name, entity_n(&rs.entity), rs.hedged as i64, spans_json(&rs.mentions)],
        )?;
    }
    for t in &rec.themes {
        tx.push_row(
            "INSERT INTO themes (doc_id, theme, label, count, spans, published, outlet) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            args![
                doc_id,
                &t.id,
                &t.label,
                t.mentions.len() as i64,
                spans_json(&t.mentions),
                &rec.document.published,
                &rec.document.outlet
            ],
        )?;
    }
    for (i, d) in rec.diagnostics.iter().enumerate() {
        tx.push_row(
            "INSERT INTO diagnostics (doc_id, n, code, message, span_start, span_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            args![
                doc_id,
                (i + 1) as i64,
                &d.code,
                &d.message,
                d.span.as_ref().map(|s| s.start as i64),
                d.span.as_ref().map(|s| s.end as i64)
            ],
        )?;
    }
    Ok(())
}

fn delete_extractions(tx: &Tx, doc_id: i64) -> Result<()> {
    let ids: Vec<i64> = tx.rows("SELECT id FROM events WHERE doc_id = ?1", args![doc_id], |r| r.get(0))?;
    for &id in &ids {
        for link in cluster::stored_links(tx, id)? {
            tx.defer("DELETE FROM cluster_links WHERE link = ?1 AND event_id = ?2", args![link, id])?;
        }
        tx.defer("DELETE FROM participants WHERE event_id = ?1", args![id])?;
    }
    for table in ["events", "entities", "statements", "report_sources", "themes", "diagnostics"] {
        tx.defer(&format!("DELETE FROM {table} WHERE doc_id = ?1"), args![doc_id])?;
    }
    Ok(())
}
