//! The store's contract: idempotent batches, exact round trips, order-independent
//! clusters, atomic recoding, migrations. Every test runs on SQLite and, when
//! `ATTACHE_TEST_PG` names a server (always in CI), on PostgreSQL
//! (`attache_store::testing`).

use attache_kb::Kb;
use attache_model::record::Record;
use attache_model::Document;
use attache_store::db::{Arg, Dialect};
use attache_store::keys::document_key;
use attache_store::query::{Filter, Period};
use attache_store::testing::{scratch_databases, scratch_sqlite};
use attache_store::views::Split;
use attache_store::{Failure, NewDocument, Store, StoreError};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::OnceLock;

fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| Kb::builtin().expect("the built-in knowledge base loads"))
}

/// Every row of a query, each as text (the test compares a database with itself or with
/// another on the same backend).
fn text_rows(store: &Store, sql: &str) -> Vec<String> {
    store
        .db()
        .rows(sql, &[], |r| Ok(r.values()?.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>().join("|")))
        .unwrap()
}

fn new_doc(id: &str, published: &str, outlet: &str, text: &str) -> NewDocument {
    let doc = Document {
        id: id.into(),
        text: text.into(),
        published: chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
        outlet: Some(outlet.into()),
        title: Some(format!("Story {id}")),
        url: None,
    };
    let record = Record::new(&doc, &attache_analyse::analyse(&doc, kb()));
    NewDocument {
        key: document_key(text),
        url: None,
        external_id: Some(id.into()),
        source: format!("test#{id}"),
        text: text.into(),
        record,
    }
}

/// The articles of the project's own gold set.
fn gold_docs() -> Vec<NewDocument> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/gold");
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for f in files {
        for line in std::fs::read_to_string(&f).unwrap().lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            out.push(new_doc(&s("id"), &s("published"), &s("outlet"), &s("text")));
        }
    }
    out
}

/// Clusters as sets of member event ids, with their counts: what must not depend on
/// the order of ingestion.
fn partition(store: &Store) -> BTreeSet<(String, Vec<String>, i64, i64, i64)> {
    let db = store.db();
    let mut members: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (c, id) in db
        .rows(
            "SELECT (SELECT r.key FROM events r WHERE r.id = e.cluster_id), e.key FROM events e ORDER BY e.key",
            &[],
            |r| Ok((r.get::<String>(0)?, r.get::<String>(1)?)),
        )
        .unwrap()
    {
        members.entry(c).or_default().push(id);
    }
    let rows: Vec<(String, i64, i64, i64)> = db
        .rows("SELECT key, num_mentions, num_articles, num_sources FROM clusters", &[], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap();
    // A cluster's integer key is the id of the report it is named after (schema 6).
    let named: i64 =
        db.one("SELECT COUNT(*) FROM clusters c JOIN events e ON e.id = c.id AND e.key = c.key", &[]).unwrap();
    assert_eq!(named as usize, rows.len(), "every cluster is keyed by the id of the report it is named after");
    // Participants carry their report's cluster (schema 7).
    let astray: i64 = db
        .one(
            "SELECT COUNT(*) FROM participants p JOIN events e ON e.id = p.event_id WHERE p.cluster_id <> e.cluster_id",
            &[],
        )
        .unwrap();
    assert_eq!(astray, 0, "every participant carries its report's cluster");
    assert_eq!(rows.len(), members.len(), "one clusters row per cluster");
    rows.into_iter()
        .map(|(id, m, a, s)| {
            let ms = members.remove(&id).expect("every clusters row has members");
            assert_eq!(ms.len() as i64, m);
            assert_eq!(ms[0], id, "a cluster is named after its smallest event id");
            (id, ms, m, a, s)
        })
        .collect()
}

/// Every `cluster_parties` row, as text, with the shown id of its cluster (its integer
/// key depends on the order reports were stored in).
fn party_rows(store: &Store) -> Vec<String> {
    text_rows(
        store,
        "SELECT cp.kind, cp.party, cp.role, cp.date, (SELECT r.key FROM events r WHERE r.id = cp.cluster_id) \
         FROM cluster_parties cp ORDER BY 1, 2, 3, 4, 5",
    )
}

/// Every column of every `clusters` row but its integer key, as text.
fn cluster_rows(store: &Store) -> Vec<String> {
    text_rows(
        store,
        "SELECT key, type, cameo, quad_class, goldstein, date, actor_countries, recipient_countries, location_name, \
         lat, lon, num_mentions, num_articles, num_sources, first_report, last_report FROM clusters ORDER BY key",
    )
}

/// Takes a database back to schema 9, whose link rows did not hold their report's place.
fn to_version_9(store: &Store) {
    store
        .db()
        .batch(
            "ALTER TABLE cluster_links DROP COLUMN location_name; ALTER TABLE cluster_links DROP COLUMN geonameid; \
             ALTER TABLE events DROP COLUMN parties; DELETE FROM schema_migrations WHERE version >= 10",
        )
        .unwrap();
}

/// Takes a database back to schema 8, whose documents did not keep their references.
fn to_version_8(store: &Store) {
    to_version_9(store);
    store
        .db()
        .batch("ALTER TABLE documents DROP COLUMN refs; DELETE FROM schema_migrations WHERE version >= 9")
        .unwrap();
}

/// Takes a database back to schema 7, whose link rows did not hold their report's parties.
fn to_version_7(store: &Store) {
    to_version_8(store);
    store
        .db()
        .batch(
            "CREATE TABLE links_7 (link BIGINT NOT NULL, event_id INTEGER NOT NULL, PRIMARY KEY (link, event_id)); \
             INSERT INTO links_7 SELECT link, event_id FROM cluster_links; DROP TABLE cluster_links; \
             ALTER TABLE links_7 RENAME TO cluster_links; DELETE FROM schema_migrations WHERE version >= 8",
        )
        .unwrap();
}

/// Takes a database back to schema 6, as the attache before schema 7 left it:
/// participants without their cluster, indexed by (country, role, date) and (code, role,
/// date), and the view reading the clusters from `events`.
fn to_version_6(store: &Store) {
    to_version_7(store);
    store
        .db()
        .batch(
            "DROP VIEW cluster_parties; DROP INDEX participants_country; DROP INDEX participants_code; \
             ALTER TABLE participants DROP COLUMN cluster_id; \
             CREATE INDEX participants_country ON participants (country, role, date); \
             CREATE INDEX participants_code ON participants (code, role, date) WHERE country IS NULL OR code <> country; \
             CREATE VIEW cluster_parties AS \
             SELECT 'country' AS kind, p.country AS party, p.role AS role, COALESCE(p.date, '') AS date, e.cluster_id AS cluster_id \
             FROM participants p JOIN events e ON e.id = p.event_id WHERE p.country IS NOT NULL \
             UNION \
             SELECT 'code', p.code, p.role, COALESCE(p.date, ''), e.cluster_id \
             FROM participants p JOIN events e ON e.id = p.event_id WHERE p.country IS NULL OR p.country <> p.code; \
             DELETE FROM schema_migrations WHERE version >= 7",
        )
        .unwrap();
}

/// Takes a database back to schema 5, as the attache before schema 6 left it: clusters
/// keyed by their text id, which `events.cluster_id` holds, a `participants_code` index
/// over every participant and a `themes_theme` index.
fn to_version_5(store: &Store) {
    to_version_6(store);
    store
        .db()
        .batch(
            "DROP VIEW cluster_parties; DROP INDEX events_cluster; \
             ALTER TABLE events ADD COLUMN cluster_text TEXT NOT NULL DEFAULT ''; \
             UPDATE events SET cluster_text = (SELECT r.key FROM events r WHERE r.id = events.cluster_id); \
             ALTER TABLE events DROP COLUMN cluster_id; ALTER TABLE events RENAME COLUMN cluster_text TO cluster_id; \
             CREATE INDEX events_cluster ON events (cluster_id); \
             DROP INDEX participants_code; CREATE INDEX participants_code ON participants (code, role, date); \
             CREATE INDEX themes_theme ON themes (theme); \
             CREATE TABLE clusters5 (id TEXT PRIMARY KEY, type TEXT NOT NULL, cameo TEXT NOT NULL, \
               quad_class INTEGER NOT NULL, goldstein DOUBLE PRECISION NOT NULL, date TEXT, actor_countries TEXT NOT NULL, \
               recipient_countries TEXT NOT NULL, location_name TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, \
               num_mentions INTEGER NOT NULL, num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL, \
               first_report TEXT, last_report TEXT); \
             INSERT INTO clusters5 SELECT key, type, cameo, quad_class, goldstein, date, actor_countries, \
               recipient_countries, location_name, lat, lon, num_mentions, num_articles, num_sources, first_report, \
               last_report FROM clusters; \
             DROP TABLE clusters; ALTER TABLE clusters5 RENAME TO clusters; \
             CREATE INDEX clusters_date ON clusters (date); CREATE INDEX clusters_type ON clusters (type, date); \
             CREATE VIEW cluster_parties AS \
             SELECT 'country' AS kind, p.country AS party, p.role AS role, COALESCE(p.date, '') AS date, e.cluster_id AS cluster_id \
             FROM participants p JOIN events e ON e.id = p.event_id WHERE p.country IS NOT NULL \
             UNION \
             SELECT 'code', p.code, p.role, COALESCE(p.date, ''), e.cluster_id \
             FROM participants p JOIN events e ON e.id = p.event_id WHERE p.country IS NULL OR p.country <> p.code; \
             DELETE FROM schema_migrations WHERE version >= 6",
        )
        .unwrap();
}

#[test]
fn migrations_apply_once_and_newer_databases_are_refused() {
    for db in scratch_databases("migrations") {
        let store = Store::open(&db).unwrap();
        assert_eq!(store.schema_version().unwrap(), 10);
        drop(store);
        let store = Store::open(&db).unwrap();
        assert_eq!(store.schema_version().unwrap(), 10);
        let n: i64 = store.db().one("SELECT COUNT(*) FROM schema_migrations", &[]).unwrap();
        assert_eq!(n, 10);
        store
            .db()
            .exec("INSERT INTO schema_migrations (version, description, applied_at) VALUES (99, 'future', 'x')", &[])
            .unwrap();
        drop(store);
        assert!(matches!(Store::open(&db), Err(StoreError::TooNew { found: 99, .. })));
        assert!(matches!(Store::open_read_only(&db), Err(StoreError::TooNew { found: 99, .. })));
    }
    assert!(matches!(Store::open_read_only(&scratch_sqlite("missing")), Err(StoreError::Missing { .. })));
    if let Some(empty) = attache_store::testing::scratch_postgres("missing") {
        assert!(matches!(Store::open_read_only(&empty), Err(StoreError::Missing { .. })));
    }
}

/// A database at version 1 (as attache 0.1 of session 3 made it, with data) is upgraded in
/// place when opened for writing; read-only commands ask for that first.
#[test]
fn a_version_1_database_is_upgraded() {
    for db in scratch_databases("upgrade") {
        let mut store = Store::open(&db).unwrap();
        store.write_batch(&gold_docs()[..10], &[]).unwrap();
        let before = store.counts().unwrap();
        let parties = party_rows;
        let written = parties(&store);
        let theme_rows = |store: &Store| -> Vec<(i64, String, Option<String>, Option<String>)> {
            store
                .db()
                .rows("SELECT doc_id, theme, published, outlet FROM themes ORDER BY 1, 2", &[], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .unwrap()
        };
        let themes_written = theme_rows(&store);
        assert!(themes_written.iter().any(|t| t.2.is_some() && t.3.is_some()));
        assert!(written.len() > 20, "{}", written.len());
        assert_eq!(written.iter().collect::<BTreeSet<_>>().len(), written.len(), "no duplicate party rows");
        // Back to version 1: what migrations 2 to 7 add is gone.
        to_version_5(&store);
        store
            .db()
            .batch(
                "DROP INDEX participants_code; DROP VIEW cluster_parties; DROP INDEX themes_first; \
                 DROP INDEX participants_country; ALTER TABLE participants DROP COLUMN date; \
                 CREATE INDEX participants_country ON participants (country, role); \
                 ALTER TABLE themes DROP COLUMN published; ALTER TABLE themes DROP COLUMN outlet; \
                 DROP TABLE work_items; DELETE FROM schema_migrations WHERE version >= 2",
            )
            .unwrap();
        drop(store);
        assert!(Store::open_read_only(&db).is_err(), "a read-only open must not run on an old schema");
        let store = Store::open(&db).unwrap();
        assert_eq!(store.schema_version().unwrap(), 10);
        let index_sql = match store.db().dialect() {
            Dialect::Sqlite => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'participants_code'",
            Dialect::Postgres => "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'participants_code'",
        };
        assert_eq!(store.db().one::<i64>(index_sql, &[]).unwrap(), 1);
        assert_eq!(store.counts().unwrap(), before);
        assert_eq!(parties(&store), written, "the migration fills cluster_parties as the writer does");
        assert_eq!(theme_rows(&store), themes_written, "the migration dates theme rows as the writer does");
        let kaz = store.events(&Filter { country: Some("kaz".into()), ..Filter::default() }).unwrap();
        assert!(!kaz.is_empty());
    }
}

/// A database at version 4 (a `cluster_parties` table written by the writer, participants
/// without their date) is upgraded to the view over dated participants: the same party
/// rows, and every filter selects the same events.
#[test]
fn a_version_4_database_is_upgraded() {
    let filters = || {
        let f = |actor: Option<&str>,
                 recipient: Option<&str>,
                 country: Option<&str>,
                 since: Option<&str>,
                 until: Option<&str>| Filter {
            actor: actor.map(Into::into),
            recipient: recipient.map(Into::into),
            country: country.map(Into::into),
            since: since.map(Into::into),
            until: until.map(Into::into),
            limit: Some(100_000),
            ..Filter::default()
        };
        vec![
            f(None, None, Some("kaz"), None, None),
            f(None, None, Some("CHN"), Some("2025-01-01"), Some("2025-06")),
            f(Some("KAZ"), None, None, None, Some("2025")),
            f(Some("kazgov"), None, None, None, None),
            f(None, Some("UZB"), None, Some("2024-12"), None),
            f(Some("IGO"), None, None, None, None),
            f(None, Some("RUS"), Some("KAZ"), None, None),
        ]
    };
    let undated = |store: &Store| -> i64 {
        let same = match store.db().dialect() {
            Dialect::Sqlite => "p.date IS e.cluster_date",
            Dialect::Postgres => "p.date IS NOT DISTINCT FROM e.cluster_date",
        };
        let sql = format!("SELECT COUNT(*) FROM participants p JOIN events e ON e.id = p.event_id WHERE NOT ({same})");
        store.db().one(&sql, &[]).unwrap()
    };
    for db in scratch_databases("upgrade4") {
        let mut store = Store::open(&db).unwrap();
        store.write_batch(&gold_docs(), &[]).unwrap();
        assert_eq!(undated(&store), 0, "the writer dates every participant with its event's date");
        let dated: i64 = store.db().one("SELECT COUNT(*) FROM participants WHERE date IS NOT NULL", &[]).unwrap();
        assert!(dated > 100, "{dated}");
        let written = party_rows(&store);
        assert!(written.len() > 100, "{}", written.len());
        let selected: Vec<Vec<String>> =
            filters().iter().map(|f| store.events(f).unwrap().into_iter().map(|e| e.id).collect()).collect();
        assert!(selected.iter().all(|s| !s.is_empty()), "{selected:?}");
        assert!(selected.iter().all(|s| s.len() < store.counts().unwrap().clusters as usize), "{selected:?}");
        let without_rowid = if store.db().dialect() == Dialect::Sqlite { " WITHOUT ROWID" } else { "" };
        // Back to version 4: the table as its writer left it, participants without dates.
        to_version_5(&store);
        store
            .db()
            .batch(&format!(
                "CREATE TABLE cp4 (kind TEXT NOT NULL, party TEXT NOT NULL, role TEXT NOT NULL, date TEXT NOT NULL, \
                 cluster_id TEXT NOT NULL, PRIMARY KEY (kind, party, role, date, cluster_id)){without_rowid}; \
                 INSERT INTO cp4 SELECT kind, party, role, date, cluster_id FROM cluster_parties; \
                 DROP VIEW cluster_parties; ALTER TABLE cp4 RENAME TO cluster_parties; \
                 CREATE INDEX cluster_parties_cluster ON cluster_parties (cluster_id); \
                 DROP INDEX participants_country; DROP INDEX participants_code; \
                 ALTER TABLE participants DROP COLUMN date; \
                 CREATE INDEX participants_country ON participants (country, role); \
                 CREATE INDEX participants_code ON participants (code, role); \
                 DELETE FROM schema_migrations WHERE version >= 5"
            ))
            .unwrap();
        drop(store);
        let mut store = Store::open(&db).unwrap();
        assert_eq!(store.schema_version().unwrap(), 10);
        assert_eq!(party_rows(&store), written, "the view has the rows the table had");
        assert_eq!(undated(&store), 0, "the migration dates every participant with its event's date");
        for (f, ids) in filters().iter().zip(&selected) {
            let now: Vec<String> = store.events(f).unwrap().into_iter().map(|e| e.id).collect();
            assert_eq!(&now, ids, "{f:?}");
        }
        // And a batch written after the upgrade clusters with the reports before it.
        let before = partition(&store);
        let again = store.write_batch(&gold_docs(), &[]).unwrap();
        assert_eq!(again.added, 0);
        assert_eq!(partition(&store), before);
    }
}

/// Databases at version 5 (clusters keyed by their text id) and 6 (participants without
/// their cluster) are upgraded: every table keeps its rows, and what the queries and
/// exports show, event ids included, is unchanged.
#[test]
fn versions_5_and_6_databases_are_upgraded() {
    let shown = |store: &Store| {
        let all = Filter { limit: Some(100_000), ..Filter::default() };
        let events = store.events(&all).unwrap();
        let mut out: Vec<String> = events.iter().map(|e| format!("{e:?}")).collect();
        for e in &events {
            let (event, mentions) = store.event(&e.id).unwrap().expect("an event finds itself");
            assert_eq!(&event, e);
            assert_eq!(store.event_row(&e.id).unwrap().as_ref(), Some(e));
            out.push(format!("{event:?} {mentions:?}"));
            // A report names its event too, but only the event's own id is an event row.
            for m in &mentions {
                assert_eq!(store.event(&m.id).unwrap().unwrap().0.id, e.id);
                assert_eq!(store.event_row(&m.id).unwrap().is_some(), m.id == e.id);
            }
        }
        out.extend(store.mentions(&all).unwrap().iter().map(|m| format!("{m:?}")));
        store
            .for_each_export_event(&all, |x| {
                out.push(format!("{x:?}"));
                Ok(())
            })
            .unwrap();
        out.extend(store.actors(&all).unwrap().iter().map(|a| format!("{a:?}")));
        // Every filter by party (what schema 7 reads from the participants' indexes), with
        // and without a period, in every view of events.
        let party = |actor: Option<&str>, recipient: Option<&str>, country: Option<&str>, since: Option<&str>| Filter {
            actor: actor.map(Into::into),
            recipient: recipient.map(Into::into),
            country: country.map(Into::into),
            since: since.map(Into::into),
            ..all.clone()
        };
        for f in [
            party(None, None, Some("KAZ"), None),
            party(None, None, Some("USA"), Some("2025-01-01")),
            party(Some("CHN"), Some("KAZ"), None, None),
            party(Some("KAZGOV"), None, None, None),
            party(Some("IGO"), None, None, Some("2024-06")),
            party(None, Some("U"), None, None),
        ] {
            let events = store.events(&f).unwrap();
            assert_eq!(events.len() as u64, store.count_events(&f).unwrap(), "{f:?}");
            out.push(format!("{f:?}: {events:?}"));
            out.push(format!("{:?}", store.dyads(&f, Period::Month).unwrap()));
            out.push(format!("{:?}", store.timeline(&f, Period::Week, Split::Quad).unwrap()));
            out.push(format!("{:?}", store.places(&f).unwrap()));
            out.push(format!("{:?}", store.actors(&f).unwrap()));
        }
        out
    };
    for (version, db) in scratch_databases("upgrade5")
        .into_iter()
        .map(|db| (5, db))
        .chain(scratch_databases("upgrade6").into_iter().map(|db| (6, db)))
    {
        let mut store = Store::open(&db).unwrap();
        store.write_batch(&gold_docs(), &[]).unwrap();
        let (before, clusters, parties, parts) =
            (shown(&store), cluster_rows(&store), party_rows(&store), partition(&store));
        assert!(parts.iter().any(|c| c.1.len() > 1));
        let reports = text_rows(&store, "SELECT id, key, doc_id, n, type, cameo FROM events ORDER BY id");
        let participants = text_rows(&store, "SELECT * FROM participants ORDER BY event_id, role, pos");
        if version == 5 {
            to_version_5(&store);
            let text_ids: i64 =
                store.db().one("SELECT COUNT(*) FROM events e JOIN clusters c ON c.id = e.cluster_id", &[]).unwrap();
            assert_eq!(text_ids, store.counts().unwrap().events as i64, "version 5 keys clusters by their text id");
        } else {
            to_version_6(&store);
            assert_eq!(party_rows(&store), parties, "the view of schema 6 has the same rows");
        }
        drop(store);
        assert!(Store::open_read_only(&db).is_err(), "a read-only open must not run on an old schema");
        let mut store = Store::open(&db).unwrap();
        assert_eq!(store.schema_version().unwrap(), 10);
        assert_eq!(partition(&store), parts);
        assert_eq!(cluster_rows(&store), clusters);
        assert_eq!(party_rows(&store), parties);
        assert_eq!(text_rows(&store, "SELECT id, key, doc_id, n, type, cameo FROM events ORDER BY id"), reports);
        assert_eq!(
            text_rows(&store, "SELECT * FROM participants ORDER BY event_id, role, pos"),
            participants,
            "the migration gives each participant its report's cluster, as the writer does"
        );
        assert_eq!(shown(&store), before);
        // Reports written after the upgrade join the events stored before it.
        let again = store.write_batch(&gold_docs(), &[]).unwrap();
        assert_eq!(again.added, 0);
        let extra = new_doc(
            "extra",
            "2025-03-04",
            "Wire Z",
            "Chinese Foreign Minister Wang Yi met Kazakh President Kassym-Jomart Tokayev in Astana on Monday.",
        );
        store.write_batch(&[extra], &[]).unwrap();
        let after = partition(&store);
        assert_eq!(after.len() as u64, store.counts().unwrap().clusters);
    }
}

#[test]
fn batches_are_idempotent_and_records_round_trip() {
    for db in scratch_databases("roundtrip") {
        let mut store = Store::open(&db).unwrap();
        let docs = gold_docs();
        assert!(docs.len() >= 60);
        let first = store.write_batch(&docs, &[]).unwrap();
        assert_eq!(first.added as usize, docs.len());
        let events: usize = docs.iter().map(|d| d.record.events.len()).sum();
        assert_eq!(first.events as usize, events);
        let again = store.write_batch(&docs, &[]).unwrap();
        assert_eq!((again.added, again.present), (0, docs.len() as u64));
        let counts = store.counts().unwrap();
        assert_eq!(counts.documents as usize, docs.len());
        assert_eq!(counts.events as usize, events);
        assert!(docs.iter().any(|d| !d.record.references.is_empty()), "the records hold references to round-trip");
        for d in &docs {
            let back = store.record(&d.key).unwrap().expect("stored");
            assert_eq!(back, d.record, "record of {} must round-trip", d.record.document.id);
        }
    }
}

/// A database at schema 8 kept no references: its documents read with none after the
/// upgrade, and a recode fills them in.
#[test]
fn a_version_8_database_is_upgraded() {
    for db in scratch_databases("upgrade8") {
        let mut store = Store::open(&db).unwrap();
        let docs = gold_docs();
        store.write_batch(&docs[..5], &[]).unwrap();
        to_version_8(&store);
        drop(store);
        let mut store = Store::open(&db).unwrap();
        assert_eq!(store.schema_version().unwrap(), 10);
        let d = docs[..5].iter().find(|d| !d.record.references.is_empty()).expect("a document with references");
        let old = store.record(&d.key).unwrap().expect("stored");
        assert!(old.references.is_empty());
        assert_eq!(old.events, d.record.events);
        store.replace_extractions(&[(d.key.clone(), d.record.clone())]).unwrap();
        assert_eq!(store.record(&d.key).unwrap().expect("stored"), d.record);
    }
}

/// Opening a database of an older schema names each migration before applying it; a new
/// database is created without a word.
#[test]
fn upgrades_are_announced_and_creation_is_not() {
    for db in scratch_databases("announce") {
        let mut seen = Vec::new();
        let mut store = Store::open_with(&db, |v, d| seen.push((v, d.to_string()))).unwrap();
        assert!(seen.is_empty(), "{seen:?}");
        store.write_batch(&gold_docs()[..2], &[]).unwrap();
        to_version_8(&store);
        drop(store);
        let store = Store::open_with(&db, |v, d| seen.push((v, d.to_string()))).unwrap();
        assert_eq!(seen.iter().map(|s| s.0).collect::<Vec<_>>(), [9, 10]);
        assert!(seen[1].1.contains("place"), "{seen:?}");
        drop(store);
        Store::open_with(&db, |v, d| seen.push((v, d.to_string()))).unwrap();
        assert_eq!(seen.len(), 2);
    }
}

#[test]
fn the_same_text_with_other_spacing_or_case_is_one_document() {
    for db in scratch_databases("dedupe") {
        let mut store = Store::open(&db).unwrap();
        let a =
            new_doc("a", "2025-03-02", "Wire", "Kazakhstan and China signed a trade agreement in Astana on Monday.");
        let b =
            new_doc("b", "2025-03-02", "Wire", "Kazakhstan and China  signed a trade agreement\nin Astana on Monday. ");
        let out = store.write_batch(&[a, b], &[]).unwrap();
        assert_eq!((out.added, out.present), (1, 1));
    }
}

#[test]
fn reports_of_one_event_cluster_across_outlets_and_others_do_not() {
    for db in scratch_databases("cluster") {
        let mut store = Store::open(&db).unwrap();
        let docs = vec![
            new_doc("a", "2025-03-04", "Wire A", "Chinese Foreign Minister Wang Yi met Kazakh President Kassym-Jomart Tokayev in Astana on Monday."),
            new_doc("b", "2025-03-03", "Wire B", "Kazakh President Kassym-Jomart Tokayev met Chinese Foreign Minister Wang Yi in Astana on Monday, officials said."),
            new_doc("c", "2025-03-04", "Wire A", "Wang Yi met Tokayev in Astana on March 3, 2025. The two discussed trade."),
            // Another day: another event.
            new_doc("d", "2025-03-11", "Wire C", "Chinese Foreign Minister Wang Yi met Kazakh President Kassym-Jomart Tokayev again in Astana on Monday."),
        ];
        for d in &docs {
            assert!(d.record.events.iter().any(|e| e.kind == "CONSULT"), "{:?}", d.record.events);
        }
        store.write_batch(&docs, &[]).unwrap();
        let consult = |date: &str| -> Vec<attache_store::query::EventRow> {
            let f = Filter {
                kind: Some("CONSULT".into()),
                since: Some(date.into()),
                until: Some(date.into()),
                ..Filter::default()
            };
            store.events(&f).unwrap()
        };
        let march3 = consult("2025-03-03");
        assert_eq!(march3.len(), 1, "{march3:#?}");
        assert!(march3[0].num_mentions >= 3);
        assert_eq!((march3[0].num_articles, march3[0].num_sources), (3, 2));
        assert_eq!(march3[0].first_report.as_deref(), Some("2025-03-03"));
        assert_eq!(march3[0].last_report.as_deref(), Some("2025-03-04"));
        assert_eq!(consult("2025-03-10").len(), 1);
        let (event, mentions) = store.event(&march3[0].id).unwrap().unwrap();
        assert_eq!(event, march3[0]);
        assert_eq!(mentions.len() as i64, event.num_mentions);
        assert!(mentions.iter().all(|m| m.kind == "CONSULT"));
        assert!(mentions.iter().filter(|m| m.trigger == "met").count() >= 3, "{mentions:#?}");
    }
}

/// A meeting is the same event whichever side a report names first: "A met B" and "B met
/// A" on the same day cluster without a third report that names both as actors; "A met
/// C" does not join them.
#[test]
fn meetings_cluster_whichever_side_is_named_first() {
    for db in scratch_databases("symmetric") {
        let mut store = Store::open(&db).unwrap();
        let docs = vec![
            new_doc(
                "a",
                "2025-06-12",
                "Xinhua",
                "Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in Astana on Thursday.",
            ),
            new_doc(
                "b",
                "2025-06-12",
                "Kazinform",
                "Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on Thursday.",
            ),
            new_doc(
                "c",
                "2025-06-12",
                "Wire",
                "Chinese President Xi Jinping met Kyrgyz President Sadyr Japarov in Astana on Thursday.",
            ),
        ];
        for d in &docs {
            let e = d.record.events.iter().find(|e| e.kind == "CONSULT").expect("a meeting");
            assert_eq!((e.actors.len(), e.recipients.len()), (1, 1), "{e:?}");
        }
        store.write_batch(&docs, &[]).unwrap();
        let f = Filter { kind: Some("CONSULT".into()), ..Filter::default() };
        let mut rows = store.events(&f).unwrap();
        rows.sort_by_key(|r| -r.num_mentions);
        assert_eq!(rows.len(), 2, "{rows:#?}");
        assert_eq!((rows[0].num_mentions, rows[0].num_sources), (2, 2), "{rows:#?}");
        assert!(rows[0].actors.contains("CHN") && rows[0].actors.contains("KAZ"), "{rows:#?}");
        assert_eq!(rows[1].num_mentions, 1);
        assert!(rows[1].recipients.contains("KGZ"), "{rows:#?}");
    }
}

#[test]
fn clusters_do_not_depend_on_order_or_batching() {
    let docs = gold_docs();
    let mut partitions = Vec::new();
    let third = scratch_databases("order3");
    for ((db1, db2), db3) in scratch_databases("order1").into_iter().zip(scratch_databases("order2")).zip(third) {
        let mut s1 = Store::open(&db1).unwrap();
        s1.write_batch(&docs, &[]).unwrap();
        let mut s2 = Store::open(&db2).unwrap();
        let mut reversed = docs.clone();
        reversed.reverse();
        for chunk in reversed.chunks(7) {
            s2.write_batch(chunk, &[]).unwrap();
        }
        let (p1, p2) = (partition(&s1), partition(&s2));
        assert_eq!(p1, p2);
        assert_eq!(party_rows(&s1), party_rows(&s2));
        // The same order in small batches: every later batch updates the stored rows of
        // the events it adds reports to, which must end as one batch writes them.
        let mut s3 = Store::open(&db3).unwrap();
        for chunk in docs.chunks(5) {
            s3.write_batch(chunk, &[]).unwrap();
        }
        assert_eq!(cluster_rows(&s1), cluster_rows(&s3));
        assert_eq!(party_rows(&s1), party_rows(&s3));
        assert!(p1.iter().any(|c| c.1.len() > 1), "the gold set has events reported more than once");
        partitions.push(p1);
    }
    // Both backends cluster alike.
    assert!(partitions.windows(2).all(|w| w[0] == w[1]));
}

/// The documents at even places and those at odd places, in order.
fn alternate(docs: &[NewDocument]) -> (Vec<NewDocument>, Vec<NewDocument>) {
    let (early, late): (Vec<_>, Vec<_>) = docs.iter().cloned().enumerate().partition(|(i, _)| i % 2 == 0);
    (early.into_iter().map(|d| d.1).collect(), late.into_iter().map(|d| d.1).collect())
}

/// A database of schema 7 is upgraded with the parties in its link rows, as the writer
/// writes them, and reports stored after the upgrade join those stored before it: the
/// clusters end as if all had been stored at once.
#[test]
fn a_version_7_database_is_relinked() {
    // The gold articles tell different events; these pairs tell one each (a protest, and a
    // meeting whose sides the two reports name the other way round).
    let mut docs = gold_docs();
    docs.extend([
        new_doc("p1", "2025-05-06", "Wire A", "Uzbekistan protested to Tajikistan on Monday over the border closure."),
        new_doc(
            "p2",
            "2025-05-06",
            "Wire B",
            "Uzbekistan lodged a protest with Tajikistan on Monday about the closed border.",
        ),
        new_doc(
            "m1",
            "2025-06-12",
            "Xinhua",
            "Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in Astana on Thursday.",
        ),
        new_doc(
            "m2",
            "2025-06-12",
            "Kazinform",
            "Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on Thursday.",
        ),
    ]);
    // Every other document first, so that each pair has a report on either side of the
    // upgrade.
    let (early, late) = alternate(&docs);
    for (db1, db2) in scratch_databases("relink1").into_iter().zip(scratch_databases("relink2")) {
        let mut whole = Store::open(&db1).unwrap();
        whole.write_batch(&docs, &[]).unwrap();
        let mut store = Store::open(&db2).unwrap();
        store.write_batch(&early, &[]).unwrap();
        let links = text_rows(&store, "SELECT * FROM cluster_links ORDER BY link, event_id");
        assert!(links.iter().all(|l| l.contains(">")), "{links:?}");
        let parts = partition(&store);
        to_version_7(&store);
        drop(store);
        let mut store = Store::open(&db2).unwrap();
        assert_eq!(store.schema_version().unwrap(), 10);
        assert_eq!(text_rows(&store, "SELECT * FROM cluster_links ORDER BY link, event_id"), links);
        assert_eq!(partition(&store), parts);
        store.write_batch(&late, &[]).unwrap();
        assert_eq!(partition(&store), partition(&whole));
        assert_eq!(cluster_rows(&store), cluster_rows(&whole));
        // Both pairs are events told on both sides of the upgrade, or the test would prove
        // nothing.
        let early_keys: BTreeSet<&str> = early.iter().map(|d| d.key.as_str()).collect();
        let in_early = |report: &String| early_keys.contains(report.rsplit_once(':').map_or("", |k| k.0));
        let spanning =
            partition(&whole).iter().filter(|c| c.1.iter().any(in_early) && !c.1.iter().all(in_early)).count();
        assert_eq!(spanning, 2);
    }
}

/// A database of schema 9 is upgraded with the places of its reports in their link rows
/// and their parties in their rows,
/// and reports stored after the upgrade join those stored before it, as if all had been
/// stored at once.
#[test]
fn a_version_9_database_gets_places_in_link_rows_and_parties_in_reports() {
    let mut docs = gold_docs();
    docs.extend([
        new_doc(
            "v1",
            "2025-05-06",
            "Wire A",
            "Uzbekistan protested to Tajikistan in Dushanbe on Monday over the border closure.",
        ),
        new_doc(
            "v2",
            "2025-05-06",
            "Wire B",
            "Uzbekistan lodged a protest with Tajikistan in Dushanbe on Monday about the closed border.",
        ),
        // The same parties and day in another place: another event.
        new_doc(
            "v3",
            "2025-05-06",
            "Wire C",
            "Uzbekistan protested to Tajikistan in Tashkent on Monday over the border closure.",
        ),
    ]);
    let (early, late) = alternate(&docs);
    for (db1, db2) in scratch_databases("upgrade9a").into_iter().zip(scratch_databases("upgrade9b")) {
        let mut whole = Store::open(&db1).unwrap();
        whole.write_batch(&docs, &[]).unwrap();
        let mut store = Store::open(&db2).unwrap();
        store.write_batch(&early, &[]).unwrap();
        let links = text_rows(
            &store,
            "SELECT link, event_id, parties, location_name, geonameid FROM cluster_links ORDER BY link, event_id",
        );
        let placed = text_rows(&store, "SELECT event_id FROM cluster_links WHERE location_name IS NOT NULL");
        assert!(placed.len() > 3, "too few placed reports to test: {placed:?}");
        let parties = text_rows(&store, "SELECT id, parties FROM events ORDER BY id");
        to_version_9(&store);
        drop(store);
        let mut store = Store::open(&db2).unwrap();
        assert_eq!(store.schema_version().unwrap(), 10);
        assert_eq!(
            text_rows(
                &store,
                "SELECT link, event_id, parties, location_name, geonameid FROM cluster_links ORDER BY link, event_id"
            ),
            links
        );
        assert_eq!(text_rows(&store, "SELECT id, parties FROM events ORDER BY id"), parties);
        store.write_batch(&late, &[]).unwrap();
        assert_eq!(partition(&store), partition(&whole));
        assert_eq!(cluster_rows(&store), cluster_rows(&whole));
        // The last three documents are v1, v2 and v3.
        let of = |i: usize| {
            let key = format!("{}:", docs[docs.len() - 3 + i].key);
            partition(&whole).into_iter().find(|c| c.1.iter().any(|r| r.starts_with(&key))).expect("a report")
        };
        assert_eq!(of(0), of(1));
        assert_ne!(of(0), of(2));
        // A cluster's parties are the same whether read from its reports' rows or, for
        // reports stored without them, from their participants: recoding v2 refreshes the
        // cluster it shares with v1, whose row then holds no parties.
        let before = cluster_rows(&whole);
        whole.db().batch("UPDATE events SET parties = NULL").unwrap();
        let v2 = &docs[docs.len() - 2];
        whole.replace_extractions(&[(v2.key.clone(), v2.record.clone())]).unwrap();
        assert_eq!(cluster_rows(&whole), before);
    }
}

#[test]
fn recode_replaces_extractions_and_splits_clusters() {
    let docs = gold_docs();
    for (db, fresh_db) in scratch_databases("recode").into_iter().zip(scratch_databases("recode_fresh")) {
        let mut store = Store::open(&db).unwrap();
        store.write_batch(&docs, &[]).unwrap();
        let before = partition(&store);
        let rows_before = cluster_rows(&store);
        let parties_before = party_rows(&store);
        // Unchanged analysis: nothing changes, and every cluster row, now recomputed from the
        // stored reports, equals the one written while ingesting.
        let same: Vec<(String, Record)> = docs.iter().map(|d| (d.key.clone(), d.record.clone())).collect();
        let out = store.replace_extractions(&same).unwrap();
        assert_eq!((out.events_added, out.events_removed, out.events_recoded), (0, 0, 0));
        assert_eq!(partition(&store), before);
        assert_eq!(cluster_rows(&store), rows_before);
        assert_eq!(party_rows(&store), parties_before);
        // Take the events out of every document that shares a cluster: the clusters must
        // end up as if those documents had been stored without them.
        let shared: BTreeSet<String> = before
            .iter()
            .filter(|c| c.1.len() > 1)
            .flat_map(|c| c.1.iter().map(|id| id.split(':').next().unwrap().to_string()))
            .collect();
        let victim = shared.iter().next().unwrap().clone();
        let mut stripped = docs.iter().find(|d| d.key == victim).unwrap().record.clone();
        let removed = stripped.events.len() as u64;
        stripped.events.clear();
        let out = store.replace_extractions(&[(victim.clone(), stripped.clone())]).unwrap();
        assert_eq!((out.events_removed, out.documents_changed), (removed, 1));

        let mut fresh = Store::open(&fresh_db).unwrap();
        let mut edited = docs.clone();
        edited.iter_mut().find(|d| d.key == victim).unwrap().record = stripped;
        fresh.write_batch(&edited, &[]).unwrap();
        assert_eq!(partition(&store), partition(&fresh));
        assert_eq!(party_rows(&store), party_rows(&fresh), "cluster parties follow the recode");
    }
}

#[test]
fn failures_are_kept_until_the_input_succeeds() {
    for db in scratch_databases("failures") {
        let mut store = Store::open(&db).unwrap();
        let f = Failure { source: "feed.xml#3".into(), error: "no article text".into() };
        store.write_batch(&[], std::slice::from_ref(&f)).unwrap();
        store.write_batch(&[], &[f]).unwrap();
        assert_eq!(store.counts().unwrap().failures, 1);
        let mut doc = new_doc("x", "2025-01-01", "Wire", "Uzbekistan protested to Tajikistan on Friday.");
        doc.source = "feed.xml#3".into();
        store.write_batch(&[doc], &[]).unwrap();
        assert_eq!(store.counts().unwrap().failures, 0);
    }
}

/// A party with neither country nor code (a person whose country attache does not know)
/// is no entry of an event's lists of countries: not when the event has one report, not
/// when a second report joins it, and not in a database written before schema 8.
#[test]
fn an_unknown_party_is_no_entry_of_the_country_lists() {
    let with_unknown = |id: &str, outlet: &str, text: &str| {
        let mut doc = new_doc(id, "2025-01-03", outlet, text);
        let ev = doc.record.events.first_mut().expect("an event");
        ev.recipients.insert(
            0,
            attache_model::record::ParticipantRecord {
                entity: None,
                code: String::new(),
                country: None,
                sector: None,
                text: "Dodik".into(),
                implicit: false,
            },
        );
        doc
    };
    let lists =
        |store: &Store| text_rows(store, "SELECT actor_countries, recipient_countries FROM clusters ORDER BY key");
    for db in scratch_databases("unknown_party") {
        let mut store = Store::open(&db).unwrap();
        store
            .write_batch(&[with_unknown("a", "Wire A", "Uzbekistan protested to Tajikistan on Friday.")], &[])
            .unwrap();
        assert_eq!(lists(&store), vec![r#"Text("UZB")|Text("TJK")"#]);
        let second = with_unknown("b", "Wire B", "Uzbekistan protested to Tajikistan on Friday, officials said.");
        store.write_batch(&[second], &[]).unwrap();
        assert_eq!(lists(&store), vec![r#"Text("UZB")|Text("TJK")"#], "one event of two reports");
        assert_eq!(store.counts().unwrap().events, 2);
        // As the writer before schema 8 left it.
        to_version_7(&store);
        store.db().batch("UPDATE clusters SET recipient_countries = ',TJK'").unwrap();
        drop(store);
        let store = Store::open(&db).unwrap();
        assert_eq!(lists(&store), vec![r#"Text("UZB")|Text("TJK")"#], "the migration drops the empty entry");
    }
}

#[test]
fn queries_filter_by_actor_type_text_and_period() {
    let docs = gold_docs();
    for db in scratch_databases("queries") {
        let mut store = Store::open(&db).unwrap();
        store.write_batch(&docs, &[]).unwrap();
        let all = store.count_events(&Filter::default()).unwrap();
        assert_eq!(all, store.counts().unwrap().clusters);
        let chn = Filter { actor: Some("CHN".into()), limit: Some(10_000), ..Filter::default() };
        let rows = store.events(&chn).unwrap();
        assert!(!rows.is_empty() && (rows.len() as u64) < all);
        assert!(rows.iter().all(|r| r.actors.contains("CHN")), "{rows:#?}");
        // A filter by actor code prefix or country selects exactly the events with such an
        // actor, though a code that is its party's country is stored once (schema 4).
        for (value, role) in
            [("KAZ", "actor"), ("CHN", "recipient"), ("KAZGOV", "actor"), ("IGO", "actor"), ("U", "actor")]
        {
            let expected: BTreeSet<String> = store
                .db()
                .rows(
                    "SELECT DISTINCT c.key FROM events e JOIN clusters c ON c.id = e.cluster_id \
                     JOIN participants p ON p.event_id = e.id \
                     WHERE p.role = ?2 AND (p.country = ?1 OR substr(p.code, 1, length(?1)) = ?1)",
                    &[Arg::Text(value), Arg::Text(role)],
                    |r| r.get(0),
                )
                .unwrap()
                .into_iter()
                .collect();
            let mut f = Filter { limit: Some(10_000), ..Filter::default() };
            *(if role == "actor" { &mut f.actor } else { &mut f.recipient }) = Some(value.to_string());
            let found: BTreeSet<String> = store.events(&f).unwrap().into_iter().map(|r| r.id).collect();
            assert!(!expected.is_empty() || value == "KAZGOV", "{value} {role}");
            assert_eq!(found, expected, "{value} as {role}");
            // And the reports: those with such a participant, though `participants_code`
            // leaves out the codes that are their party's country (schema 6).
            let expected: BTreeSet<String> = store
                .db()
                .rows(
                    "SELECT DISTINCT e.key FROM events e JOIN participants p ON p.event_id = e.id \
                     WHERE p.role = ?2 AND (p.country = ?1 OR substr(p.code, 1, length(?1)) = ?1)",
                    &[Arg::Text(value), Arg::Text(role)],
                    |r| r.get(0),
                )
                .unwrap()
                .into_iter()
                .collect();
            let found: BTreeSet<String> = store.mentions(&f).unwrap().into_iter().map(|m| m.id).collect();
            assert_eq!(found, expected, "reports with {value} as {role}");
        }
        let mentions = store.mentions(&Filter { kind: Some("accuse".into()), ..Filter::default() }).unwrap();
        assert!(!mentions.is_empty() && mentions.iter().all(|m| m.kind == "ACCUSE"));
        // Full-text search finds documents by word, stemmed.
        let text = Filter { text: Some("pipelines".into()), ..Filter::default() };
        for m in store.mentions(&text).unwrap() {
            let doc = store.document(&m.document).unwrap().unwrap();
            assert!(doc.text.to_lowercase().contains("pipeline"));
        }
        let dyads = store.dyads(&Filter::default(), Period::Month).unwrap();
        let total: i64 = dyads.iter().map(|d| d.events).sum();
        assert_eq!(total as u64, all, "each event counts once in the dyads");
        assert!(dyads.iter().all(|d| d.period.as_deref().is_none_or(|p| p.len() == 7)));
        let actors = store.actors(&Filter::default()).unwrap();
        assert!(actors.iter().any(|a| a.code.starts_with("KAZ")));
        let themes = store.themes(&Filter::default(), Period::Month).unwrap();
        let first = store.theme_first_use(&Filter::default()).unwrap();
        for t in &themes {
            assert!(first.iter().any(|f| f.theme == t.theme && f.outlet == t.outlet));
        }
        // Each first use is the earliest article of that theme in that outlet.
        for f in &first {
            let earliest: Option<String> = store
                .db()
                .one(
                    "SELECT MIN(d.published) FROM themes t JOIN documents d ON d.id = t.doc_id \
                     WHERE t.theme = ?1 AND (d.outlet = ?2 OR (d.outlet IS NULL AND ?2 IS NULL))",
                    &[Arg::Text(&f.theme), f.outlet.as_deref().map_or(Arg::Null, Arg::Text)],
                )
                .unwrap();
            assert_eq!(f.first, earliest, "{f:?}");
        }
        assert_eq!(first.len(), first.iter().map(|f| (&f.theme, &f.outlet)).collect::<BTreeSet<_>>().len());
    }
}

/// A deadline stops a running statement with an "interrupted" error, and lifting it lets
/// the same connection run the statement to the end.
#[test]
fn a_deadline_stops_a_statement_and_can_be_lifted() {
    for db in scratch_databases("deadline") {
        let mut store = Store::open(&db).unwrap();
        let count = |s: &Store| -> attache_store::Result<i64> {
            let sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) \
                       SELECT count(*) FROM c";
            s.db().one(sql, &[])
        };
        store.set_deadline(Some(std::time::Instant::now())).unwrap();
        let err = count(&store).unwrap_err();
        assert!(err.is_interrupted(), "{err}");
        store.set_deadline(None).unwrap();
        assert_eq!(count(&store).unwrap(), 200000);
        let far = std::time::Instant::now() + std::time::Duration::from_secs(3600);
        store.set_deadline(Some(far)).unwrap();
        assert_eq!(count(&store).unwrap(), 200000);
        assert!(!StoreError::Sink("x".into()).is_interrupted());
    }
}
