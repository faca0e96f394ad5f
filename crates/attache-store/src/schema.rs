//! The database schema and its migrations.
//!
//! Each migration is a numbered batch of SQL applied once, in order, inside a
//! transaction; `schema_migrations` records which ones a database has. A database made
//! by an older attache therefore opens with a newer one, and one made by a newer attache
//! is refused by an older one rather than misread. The SQL is kept to what SQLite and
//! PostgreSQL both understand, except where a comment says otherwise.

/// `(version, description, sql)`, in order. Never edit a released entry: add one.
pub const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "documents, extractions, event clusters", V1),
    (2, "parties of each event cluster; outlet and date on theme rows", V2),
    (3, "work items for distributed ingest", V3),
    (4, "cluster parties without the code rows that repeat a country, and without row ids", V4),
    (5, "cluster parties read from the participants, which carry their event's date", V5),
    (
        6,
        "clusters keyed by the integer id of the report they are named after; participants_code without country codes; no themes_theme",
        V6,
    ),
    (7, "participants carry their report's cluster, the last column of their filter indexes", V7),
    (8, "cluster links hold their report's parties", V8),
    (9, "documents keep their references (mentions that name no one)", V9),
    (10, "cluster links hold their report's place; reports hold their parties", V10),
];

/// A report's link rows hold its place too (`location_name`, `geonameid`, as in
/// `events`), so that clustering checks a candidate from the link's B-tree alone and reads
/// `events` only for the cluster of a candidate that passes, once for each distinct
/// (parties, place) among the candidates. On a database of 3 million reports the lookup
/// that joined `events` for every candidate's place and cluster took a third of the
/// writer's time, most of it random reads of `events` pages.
///
/// A report's row holds its parties as its link rows do (`events.parties`), so that the
/// refresh of a cluster's row reads them with the reports instead of reading every
/// participant of the cluster. The migration writes them from the participants
/// (`cluster::fill_parties`); a report without them (NULL) still has its cluster
/// refreshed from its participants.
const V10: &str = r#"
ALTER TABLE cluster_links ADD COLUMN location_name TEXT;
ALTER TABLE cluster_links ADD COLUMN geonameid BIGINT;
UPDATE cluster_links SET location_name = e.location_name, geonameid = e.geonameid
FROM events e WHERE e.id = cluster_links.event_id AND e.location_name IS NOT NULL;
ALTER TABLE events ADD COLUMN parties TEXT;
"#;

/// A document's references ("a police officer", "witnesses", "the mosque", "we"): the
/// mentions of people, groups and places that name none, as a JSON array of `[start,
/// end, kind, form, head]` (byte offsets into `text`; `kind` person, organization or
/// location; `form` pronoun or noun; `head` the pronoun or head noun, lowercase). One
/// column rather than a table: they are read with their document, never queried alone,
/// and a row each would double the rows an ingest writes. A document stored before this
/// migration has NULL, which reads as none.
const V9: &str = r#"
ALTER TABLE documents ADD COLUMN refs TEXT;
"#;

/// A report's link rows (`cluster_links`) hold its parties, `ACTORS>RECIPIENTS` (e.g.
/// `CHN,KAZ>USA`, `-` for an empty side), so that clustering checks a candidate without
/// reading its participants (on a database of 3 million reports, a fifth of the writer's
/// time went to those reads). The migration fills the column for the stored reports
/// (`cluster::relink`); a row without it is still checked through the participants. The
/// table is keyed by (link, event_id) alone, without row ids, so that a lookup by link
/// reads the parties from the key's B-tree instead of a second one.
///
/// The lists of a cluster's actor and recipient countries lose the empty entry that a
/// party with neither country nor code gave them (`,BIH` becomes `BIH`; the empty key
/// sorts first, so it was always the leading one).
const V8: &str = r#"
CREATE TABLE cluster_links_8 (
    link     BIGINT NOT NULL,
    event_id INTEGER NOT NULL,
    parties  TEXT,
    PRIMARY KEY (link, event_id)
) WITHOUT ROWID;
INSERT INTO cluster_links_8 (link, event_id) SELECT link, event_id FROM cluster_links;
DROP TABLE cluster_links;
ALTER TABLE cluster_links_8 RENAME TO cluster_links;
UPDATE clusters SET actor_countries = substr(actor_countries, 2) WHERE actor_countries LIKE ',%';
UPDATE clusters SET recipient_countries = substr(recipient_countries, 2) WHERE recipient_countries LIKE ',%';
"#;

/// Participants carry their report's `cluster_id` (`events.cluster_id`, kept equal by the
/// writer whenever clustering assigns, merges or splits), and the filter indexes end with
/// it: (country, role, date, cluster_id) and (code, role, date, cluster_id, country), the
/// latter still without the participants whose code is their country. A filter by country
/// or actor code reads the clusters of its parties from the index alone
/// (`Filter::cluster_scope`), where schema 6 looked every participant's report up in
/// `events` for its cluster, a random read per row (a country over all time 2–2.6 times
/// slower than schema 4, docs/PERFORMANCE.md). The code index ends with the country
/// because a query states the index's condition to use it, and SQLite reads every column
/// a query names from the index or else from the table. `cluster_parties` reads the
/// participants' cluster too.
const V7: &str = r#"
DROP VIEW cluster_parties;
DROP INDEX participants_country;
DROP INDEX participants_code;
ALTER TABLE participants ADD COLUMN cluster_id INTEGER NOT NULL DEFAULT 0;
UPDATE participants SET cluster_id = (SELECT e.cluster_id FROM events e WHERE e.id = participants.event_id);
CREATE INDEX participants_country ON participants (country, role, date, cluster_id);
CREATE INDEX participants_code ON participants (code, role, date, cluster_id, country)
    WHERE country IS NULL OR code <> country;
CREATE VIEW cluster_parties AS
SELECT 'country' AS kind, p.country AS party, p.role AS role, COALESCE(p.date, '') AS date, p.cluster_id AS cluster_id
FROM participants p WHERE p.country IS NOT NULL
UNION
SELECT 'code', p.code, p.role, COALESCE(p.date, ''), p.cluster_id
FROM participants p WHERE p.country IS NULL OR p.country <> p.code;
"#;

/// A cluster's key becomes the integer id (`events.id`) of the report it is named after,
/// its smallest report id, which moves to `clusters.key`: what the CLI, the API and the
/// exports show as the event's id is unchanged. `events.cluster_id` and the
/// `cluster_id` of the `cluster_parties` view hold that integer, so they still join
/// `clusters.id`. The `clusters` table is a row-id table again (no index on a 35-byte
/// text key that grows in random order), and `events_cluster` indexes integers (the
/// writer: 2.2% fewer instructions on a 2.5 MB corpus). A cluster is found by its shown
/// id through its report (`documents.key`, then `events (doc_id, n)`), as a report is.
///
/// `participants_code` becomes a partial index without the participants whose code is
/// their country (`KAZ` for Kazakhstan, three in five): `participants_country` has them
/// under the same value. A filter by code reads both (`Filter::mention_conditions`,
/// `Filter::cluster_scope`), as schema 4 had the filters read both kinds of
/// `cluster_parties` rows (the writer: 4% fewer instructions). `themes_theme` goes:
/// `themes_first` (theme, outlet, published) serves every lookup by theme.
const V6: &str = r#"
DROP VIEW cluster_parties;
CREATE TABLE clusters_v6 (
    id                  INTEGER PRIMARY KEY,
    key                 TEXT NOT NULL,
    type                TEXT NOT NULL,
    cameo               TEXT NOT NULL,
    quad_class          INTEGER NOT NULL,
    goldstein           DOUBLE PRECISION NOT NULL,
    date                TEXT,
    actor_countries     TEXT NOT NULL,
    recipient_countries TEXT NOT NULL,
    location_name       TEXT,
    lat                 DOUBLE PRECISION,
    lon                 DOUBLE PRECISION,
    num_mentions        INTEGER NOT NULL,
    num_articles        INTEGER NOT NULL,
    num_sources         INTEGER NOT NULL,
    first_report        TEXT,
    last_report         TEXT
);
INSERT INTO clusters_v6 (id, key, type, cameo, quad_class, goldstein, date, actor_countries, recipient_countries,
    location_name, lat, lon, num_mentions, num_articles, num_sources, first_report, last_report)
SELECT e.id, c.id, c.type, c.cameo, c.quad_class, c.goldstein, c.date, c.actor_countries, c.recipient_countries,
    c.location_name, c.lat, c.lon, c.num_mentions, c.num_articles, c.num_sources, c.first_report, c.last_report
FROM clusters c JOIN events e ON e.doc_id = (SELECT d.id FROM documents d WHERE d.key = substr(c.id, 1, 32))
    AND e.n = CAST(substr(c.id, 34) AS INTEGER);
DROP TABLE clusters;
ALTER TABLE clusters_v6 RENAME TO clusters;
CREATE INDEX clusters_date ON clusters (date);
CREATE INDEX clusters_type ON clusters (type, date);
DROP INDEX events_cluster;
ALTER TABLE events ADD COLUMN cluster_int INTEGER NOT NULL DEFAULT 0;
UPDATE events SET cluster_int = (SELECT r.id FROM events r
    WHERE r.doc_id = (SELECT d.id FROM documents d WHERE d.key = substr(events.cluster_id, 1, 32))
    AND r.n = CAST(substr(events.cluster_id, 34) AS INTEGER));
ALTER TABLE events DROP COLUMN cluster_id;
ALTER TABLE events RENAME COLUMN cluster_int TO cluster_id;
CREATE INDEX events_cluster ON events (cluster_id);
DROP INDEX participants_code;
CREATE INDEX participants_code ON participants (code, role, date) WHERE country IS NULL OR code <> country;
DROP INDEX themes_theme;
CREATE VIEW cluster_parties AS
SELECT 'country' AS kind, p.country AS party, p.role AS role, COALESCE(p.date, '') AS date, e.cluster_id AS cluster_id
FROM participants p JOIN events e ON e.id = p.event_id WHERE p.country IS NOT NULL
UNION
SELECT 'code', p.code, p.role, COALESCE(p.date, ''), e.cluster_id
FROM participants p JOIN events e ON e.id = p.event_id WHERE p.country IS NULL OR p.country <> p.code;
"#;

/// `cluster_parties` becomes a view over `participants`, which gain their event's
/// clustering date (`events.cluster_date`) and indexes by (country, role, date) and
/// (code, role, date): a filter by country, actor code prefix and period reads a key
/// range of `participants` as it read one of `cluster_parties` (`Filter::cluster_scope`).
/// Every report of a cluster has the cluster's date, so a cluster's parties are those of
/// its reports. The writer no longer keeps a copy of each report's parties per cluster:
/// four B-tree rows per event, most of them for the nine clusters in ten that hold one
/// report (docs/PERFORMANCE.md). The view has the table's columns and rows.
const V5: &str = r#"
ALTER TABLE participants ADD COLUMN date TEXT;
UPDATE participants SET date = (SELECT e.cluster_date FROM events e WHERE e.id = participants.event_id);
DROP INDEX participants_country;
DROP INDEX participants_code;
CREATE INDEX participants_country ON participants (country, role, date);
CREATE INDEX participants_code ON participants (code, role, date);
DROP TABLE cluster_parties;
CREATE VIEW cluster_parties AS
SELECT 'country' AS kind, p.country AS party, p.role AS role, COALESCE(p.date, '') AS date, e.cluster_id AS cluster_id
FROM participants p JOIN events e ON e.id = p.event_id WHERE p.country IS NOT NULL
UNION
SELECT 'code', p.code, p.role, COALESCE(p.date, ''), e.cluster_id
FROM participants p JOIN events e ON e.id = p.event_id WHERE p.country IS NULL OR p.country <> p.code;
"#;

/// `cluster_parties` loses the `code` rows whose code is its party's country (a state
/// coded by its country alone, most parties): the `country` row says the same, and a
/// filter by actor code reads the `country` rows too (`Filter::cluster_scope`). The table
/// is keyed by its primary key alone (SQLite's `WITHOUT ROWID`, which drops a copy of
/// every row; PostgreSQL keeps its table and key index as before). Together they took a third of the
/// writer's B-tree inserts (docs/PERFORMANCE.md).
const V4: &str = r#"
CREATE TABLE cluster_parties_v4 (
    kind       TEXT NOT NULL,
    party      TEXT NOT NULL,
    role       TEXT NOT NULL,
    date       TEXT NOT NULL,
    cluster_id TEXT NOT NULL,
    PRIMARY KEY (kind, party, role, date, cluster_id)
) WITHOUT ROWID;
INSERT INTO cluster_parties_v4 (kind, party, role, date, cluster_id)
SELECT cp.kind, cp.party, cp.role, cp.date, cp.cluster_id FROM cluster_parties cp
WHERE cp.kind = 'country' OR NOT EXISTS (
    SELECT 1 FROM cluster_parties c2 WHERE c2.kind = 'country' AND c2.party = cp.party AND c2.role = cp.role
    AND c2.date = cp.date AND c2.cluster_id = cp.cluster_id);
DROP TABLE cluster_parties;
ALTER TABLE cluster_parties_v4 RENAME TO cluster_parties;
CREATE INDEX cluster_parties_cluster ON cluster_parties (cluster_id);
"#;

/// Inputs registered by `attache enqueue` and claimed by `attache worker`s (`queue.rs`).
/// Times are seconds since 1970 on the database server's clock, so that workers on
/// machines whose clocks differ agree on when a lease ends.
const V3: &str = r#"
CREATE TABLE work_items (
    id           INTEGER PRIMARY KEY,
    path         TEXT NOT NULL,
    range_start  INTEGER NOT NULL, -- a byte range of a large WARC file, else 0
    range_end    INTEGER,          -- NULL: to the end of the file
    first_record INTEGER NOT NULL, -- WARC records before range_start
    size         INTEGER NOT NULL,
    state        TEXT NOT NULL, -- pending, claimed, done, failed
    worker       TEXT,
    lease_until  INTEGER,
    attempts     INTEGER NOT NULL,
    enqueued_at  INTEGER NOT NULL,
    claimed_at   INTEGER,
    done_at      INTEGER,
    documents    INTEGER,
    error        TEXT,
    UNIQUE (path, range_start)
);
CREATE INDEX work_items_state ON work_items (state, id);
"#;

/// `cluster_parties` lists, for each cluster, every country and actor code of its
/// reports' actors and recipients, with the cluster's date: a filter by country, actor
/// code prefix and period reads one range of its key instead of every report.
/// `participants_code` serves the same filters on single reports. Theme rows carry their
/// document's outlet and publication date, so narratives over time and first uses are
/// counted from `themes` alone.
const V2: &str = r#"
CREATE INDEX participants_code ON participants (code, role);

CREATE TABLE cluster_parties (
    kind       TEXT NOT NULL,
    party      TEXT NOT NULL,
    role       TEXT NOT NULL,
    date       TEXT NOT NULL, -- the event's date, '' when it has none (no NULL in a key)
    cluster_id TEXT NOT NULL,
    PRIMARY KEY (kind, party, role, date, cluster_id)
);
CREATE INDEX cluster_parties_cluster ON cluster_parties (cluster_id);

ALTER TABLE themes ADD COLUMN published TEXT;
ALTER TABLE themes ADD COLUMN outlet TEXT;
UPDATE themes SET published = (SELECT d.published FROM documents d WHERE d.id = themes.doc_id),
                  outlet = (SELECT d.outlet FROM documents d WHERE d.id = themes.doc_id);
CREATE INDEX themes_first ON themes (theme, outlet, published);

INSERT OR IGNORE INTO cluster_parties (kind, party, role, date, cluster_id)
SELECT 'country', p.country, p.role, COALESCE(e.cluster_date, ''), e.cluster_id
FROM participants p JOIN events e ON e.id = p.event_id
WHERE p.country IS NOT NULL AND e.cluster_id IS NOT NULL;

INSERT OR IGNORE INTO cluster_parties (kind, party, role, date, cluster_id)
SELECT 'code', p.code, p.role, COALESCE(e.cluster_date, ''), e.cluster_id
FROM participants p JOIN events e ON e.id = p.event_id
WHERE e.cluster_id IS NOT NULL;
"#;

const V1: &str = r#"
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    url         TEXT,
    external_id TEXT,
    published   TEXT,
    outlet      TEXT,
    title       TEXT,
    text        TEXT NOT NULL,
    source      TEXT NOT NULL,
    sentences   INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_url ON documents (url);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_outlet ON documents (outlet);

CREATE TABLE entities (
    doc_id    INTEGER NOT NULL REFERENCES documents (id),
    n         INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    name      TEXT NOT NULL,
    country   TEXT,
    sector    TEXT,
    code      TEXT,
    titles    TEXT NOT NULL,
    members   TEXT NOT NULL,
    lat       DOUBLE PRECISION,
    lon       DOUBLE PRECISION,
    geonameid BIGINT,
    source    TEXT NOT NULL,
    spans     TEXT NOT NULL,
    PRIMARY KEY (doc_id, n)
);

CREATE TABLE clusters (
    id                  TEXT PRIMARY KEY,
    type                TEXT NOT NULL,
    cameo               TEXT NOT NULL,
    quad_class          INTEGER NOT NULL,
    goldstein           DOUBLE PRECISION NOT NULL,
    date                TEXT,
    actor_countries     TEXT NOT NULL,
    recipient_countries TEXT NOT NULL,
    location_name       TEXT,
    lat                 DOUBLE PRECISION,
    lon                 DOUBLE PRECISION,
    num_mentions        INTEGER NOT NULL,
    num_articles        INTEGER NOT NULL,
    num_sources         INTEGER NOT NULL,
    first_report        TEXT,
    last_report         TEXT
);
CREATE INDEX clusters_date ON clusters (date);
CREATE INDEX clusters_type ON clusters (type, date);

CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    key               TEXT NOT NULL,
    doc_id            INTEGER NOT NULL REFERENCES documents (id),
    n                 INTEGER NOT NULL,
    cluster_id        TEXT NOT NULL,
    type              TEXT NOT NULL,
    mode              TEXT,
    cameo             TEXT NOT NULL,
    quad_class        INTEGER NOT NULL,
    goldstein         DOUBLE PRECISION NOT NULL,
    actor_code        TEXT,
    actor_country     TEXT,
    recipient_code    TEXT,
    recipient_country TEXT,
    date              TEXT,
    date_precision    TEXT,
    date_source       TEXT NOT NULL,
    cluster_date      TEXT,
    location_name     TEXT,
    location_country  TEXT,
    lat               DOUBLE PRECISION,
    lon               DOUBLE PRECISION,
    geonameid         BIGINT,
    location_source   TEXT,
    modality          TEXT NOT NULL,
    trigger_start     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    sentence_start    INTEGER NOT NULL,
    sentence_end      INTEGER NOT NULL,
    report_sources    TEXT NOT NULL,
    rule              TEXT NOT NULL
);
CREATE INDEX events_doc ON events (doc_id, n);
CREATE INDEX events_cluster ON events (cluster_id);
CREATE INDEX events_date ON events (cluster_date);
CREATE INDEX events_type ON events (type, cluster_date);

CREATE TABLE participants (
    event_id INTEGER NOT NULL REFERENCES events (id),
    role     TEXT NOT NULL,
    pos      INTEGER NOT NULL,
    entity_n INTEGER,
    code     TEXT NOT NULL,
    country  TEXT,
    sector   TEXT,
    text     TEXT NOT NULL,
    implicit INTEGER NOT NULL,
    PRIMARY KEY (event_id, role, pos)
);
CREATE INDEX participants_country ON participants (country, role);

CREATE TABLE cluster_links (
    link     BIGINT NOT NULL,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (link, event_id)
);

CREATE TABLE statements (
    doc_id        INTEGER NOT NULL REFERENCES documents (id),
    n             INTEGER NOT NULL,
    speaker_n     INTEGER,
    speaker_name  TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    cue_start     INTEGER NOT NULL,
    cue_end       INTEGER NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    direct        INTEGER NOT NULL,
    PRIMARY KEY (doc_id, n)
);
CREATE INDEX statements_speaker ON statements (speaker_name);

CREATE TABLE report_sources (
    doc_id   INTEGER NOT NULL REFERENCES documents (id),
    n        INTEGER NOT NULL,
    name     TEXT NOT NULL,
    entity_n INTEGER,
    hedged   INTEGER NOT NULL,
    spans    TEXT NOT NULL,
    PRIMARY KEY (doc_id, n)
);

CREATE TABLE themes (
    doc_id  INTEGER NOT NULL REFERENCES documents (id),
    theme   TEXT NOT NULL,
    label   TEXT NOT NULL,
    count   INTEGER NOT NULL,
    spans   TEXT NOT NULL,
    PRIMARY KEY (doc_id, theme)
);
CREATE INDEX themes_theme ON themes (theme);

CREATE TABLE diagnostics (
    doc_id  INTEGER NOT NULL REFERENCES documents (id),
    n       INTEGER NOT NULL,
    code    TEXT NOT NULL,
    message TEXT NOT NULL,
    span_start INTEGER,
    span_end   INTEGER,
    PRIMARY KEY (doc_id, n)
);

CREATE TABLE failures (
    source TEXT PRIMARY KEY,
    error  TEXT NOT NULL,
    at     TEXT NOT NULL
);
"#;

/// Full-text index over titles and texts. SQLite only (FTS5); PostgreSQL uses a
/// `tsvector` index instead.
pub const SQLITE_FTS: &str = "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', \
     content_rowid='id', tokenize='porter unicode61')";

/// A migration in PostgreSQL's dialect. The differences are mechanical: integers are
/// 64-bit (`BIGINT`), row ids are identity columns, text compares byte by byte as in
/// SQLite (`COLLATE "C"`, which the date ranges and key orders rely on), `INSERT OR
/// IGNORE` is `ON CONFLICT DO NOTHING`, and the full-text index is a GIN index over a
/// `tsvector` (what [`crate::db::Dialect::text_match`] searches) instead of an FTS5 table.
pub fn postgres(version: i64, sql: &str) -> String {
    let mut out = String::new();
    for stmt in sql.split(';') {
        if stmt.trim().is_empty() {
            continue;
        }
        let mut s = stmt
            .replace("INTEGER PRIMARY KEY", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
            .replace("INTEGER", "BIGINT")
            .replace(" TEXT", " TEXT COLLATE \"C\"")
            .replace(") WITHOUT ROWID", ")");
        if s.contains("INSERT OR IGNORE INTO") {
            s = s.replace("INSERT OR IGNORE INTO", "INSERT INTO");
            s.push_str(" ON CONFLICT DO NOTHING");
        }
        out.push_str(&s);
        out.push_str(";\n");
    }
    if version == 1 {
        out.push_str(&format!(
            "CREATE INDEX documents_fts ON documents USING gin ({});\n",
            crate::db::PG_TSVECTOR.replace("fd.", "")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn postgres_migrations_use_its_types_and_upsert() {
        let v1 = super::postgres(1, super::V1);
        assert!(v1.contains("id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        assert!(!v1.contains("INTEGER"));
        assert!(v1.contains("key         TEXT COLLATE \"C\" NOT NULL UNIQUE"));
        assert!(v1.contains("USING gin (to_tsvector('english', COALESCE(title, '') || ' ' || text))"));
        let v2 = super::postgres(2, super::V2);
        assert!(!v2.contains("OR IGNORE"));
        assert_eq!(v2.matches("ON CONFLICT DO NOTHING").count(), 2);
        let v4 = super::postgres(4, super::V4);
        assert!(super::V4.contains("WITHOUT ROWID") && !v4.contains("ROWID"));
        let v5 = super::postgres(5, super::V5);
        assert!(v5.contains("ADD COLUMN date TEXT COLLATE \"C\";"));
        assert!(v5.contains("SELECT 'country' AS kind"));
        let v6 = super::postgres(6, super::V6);
        assert!(v6.contains("id                  BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        assert!(v6.contains("ADD COLUMN cluster_int BIGINT NOT NULL DEFAULT 0;"));
        assert!(v6.contains("AS BIGINT)"));
        let v7 = super::postgres(7, super::V7);
        assert!(v7.contains("ADD COLUMN cluster_id BIGINT NOT NULL DEFAULT 0;"));
    }
}
