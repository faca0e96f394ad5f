//! Cross-document event clusters as connected components.
//!
//! Two event reports are *linked* when they fall in the same block (PLOVER type and
//! event date: the event's own date where the text gives the day, else the article's
//! publication date), share an actor and share a recipient (countries, or actor codes
//! where there is no country; `-` for no recipient), and do not name different places.
//! A meeting has no direction ([`symmetric`] types): two such reports are linked when
//! they name the same parties on either side or share two of them.
//! `cluster_links` indexes reports by (type, date, actor; either party for a symmetric
//! type) and holds each report's parties (schema 8) and place (schema 10); candidates
//! found through it are checked for the parties and the place without reading their
//! participants or their `events` rows. A cluster is a connected component of this relation, named after its smallest
//! report id (`<document key>:<n>`, in byte order) and keyed by that report's integer id
//! (`events.id`, schema 6); a report's participants carry its cluster too (schema 7), and
//! move with it. Adding a report merges the clusters it links to; removing reports (recode)
//! recomputes the components of the clusters they were in. Either way the result is the
//! components of the current graph, whatever the order of arrival.

use crate::db::{args, Db, Dialect, Tx};
use crate::keys::url_host;
use crate::Result;
use attache_model::record::{EventRecord, ParticipantRecord};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Serialises clustering among the writers of one database until the transaction ends.
/// SQLite's write transaction already does; on PostgreSQL several workers write at once,
/// and a report must see every report committed before it to find the ones it links to.
/// Documents and their rows are inserted before the lock is taken, so only clustering
/// waits (and the event reports and their participants, which are stored with the
/// cluster it gives them).
pub(crate) fn lock(tx: &Db) -> Result<()> {
    if tx.dialect() == Dialect::Postgres {
        tx.batch("SELECT pg_advisory_xact_lock(7243062)")?;
    }
    Ok(())
}

/// A participant's key for clustering: its country, else its actor code.
fn party_set(ps: &[ParticipantRecord]) -> BTreeSet<String> {
    ps.iter().map(|p| p.country.clone().unwrap_or_else(|| p.code.clone())).collect()
}

/// A cluster's list of actor or recipient keys, comma-separated, in order. A party with
/// neither country nor code (a person whose country is unknown) has the empty key, which
/// is no entry of the list.
fn listed<'a>(keys: impl Iterator<Item = &'a String>) -> String {
    keys.filter(|k| !k.is_empty()).map(String::as_str).collect::<Vec<_>>().join(",")
}

/// As [`party_set`], with `-` for an empty side.
fn party_keys(ps: &[ParticipantRecord]) -> BTreeSet<String> {
    let keys = party_set(ps);
    if keys.is_empty() {
        BTreeSet::from(["-".to_string()])
    } else {
        keys
    }
}

type Place = (Option<String>, Option<i64>);

/// A report's actor and recipient keys (`-` for an empty side).
pub(crate) type Parties = (BTreeSet<String>, BTreeSet<String>);

/// Types whose sides a report may name either way round: "A met B" and "B met A" (or "B
/// hosted A") tell of one meeting. PLOVER's CONSULT: meetings, visits, talks and calls.
fn symmetric(kind: &str) -> bool {
    kind == "CONSULT"
}

/// The parties a report is linked by: its actors, or for a symmetric type both sides.
fn link_keys(kind: &str, parties: &Parties) -> BTreeSet<String> {
    if !symmetric(kind) {
        return parties.0.clone();
    }
    let both: BTreeSet<String> = parties.0.union(&parties.1).filter(|k| *k != "-").cloned().collect();
    if both.is_empty() {
        parties.0.clone()
    } else {
        both
    }
}

/// Whether two reports of one block that share a link tell of the same event: they share
/// a recipient (the link gave a shared actor); for a symmetric type, the two name the same
/// parties on either side, or share at least two of them.
fn same_parties(kind: &str, a: &Parties, b: &Parties) -> bool {
    if !symmetric(kind) {
        return !a.1.is_disjoint(&b.1);
    }
    let (a, b) = (link_keys(kind, a), link_keys(kind, b));
    a == b || a.intersection(&b).nth(1).is_some()
}

/// The links of a report: a 63-bit hash of `TYPE|date|ACTOR` for each actor.
fn links(kind: &str, date: &str, actors: &BTreeSet<String>) -> Vec<i64> {
    // The hash of `TYPE|date|` is taken once and cloned for each actor, and no string is
    // built: the bytes hashed, and so the links, are those of the formatted text.
    let mut block = Sha256::new();
    block.update(kind.as_bytes());
    block.update(b"|");
    block.update(date.as_bytes());
    block.update(b"|");
    actors
        .iter()
        .map(|a| {
            let d = block.clone().chain_update(a.as_bytes()).finalize();
            i64::from_be_bytes([d[0] & 0x7f, d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
        })
        .collect()
}

/// Actor and recipient keys of a stored report (`-` for an empty side).
fn stored_parties(tx: &Tx, id: i64) -> Result<Parties> {
    let rows =
        tx.rows_hot("SELECT role, COALESCE(country, code) FROM participants WHERE event_id = ?1", args![id], |r| {
            Ok((r.get::<String>(0)?, r.get::<String>(1)?))
        })?;
    Ok(parties_of(rows))
}

/// Actor and recipient keys from a report's participant rows (role, key), `-` for an
/// empty side.
fn parties_of(rows: impl IntoIterator<Item = (String, String)>) -> Parties {
    let (mut actors, mut recipients) = (BTreeSet::new(), BTreeSet::new());
    for (role, key) in rows {
        if role == "actor" { &mut actors } else { &mut recipients }.insert(key);
    }
    for side in [&mut actors, &mut recipients] {
        if side.is_empty() {
            side.insert("-".to_string());
        }
    }
    (actors, recipients)
}

/// The links of a stored report, recomputed from its rows.
pub(crate) fn stored_links(tx: &Tx, id: i64) -> Result<Vec<i64>> {
    let row: Option<(String, Option<String>)> =
        tx.opt("SELECT type, cluster_date FROM events WHERE id = ?1", args![id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let Some((kind, Some(date))) = row else { return Ok(Vec::new()) };
    Ok(links(&kind, &date, &link_keys(&kind, &stored_parties(tx, id)?)))
}

/// A report's parties as its link rows hold them: `ACTORS>RECIPIENTS`, each side its
/// keys joined by commas (`-` for an empty side), e.g. `CHN,KAZ>USA`; a backslash
/// escapes a comma, `>` or backslash within a key.
fn write_parties(parties: &Parties) -> String {
    let mut out = String::new();
    for (i, side) in [&parties.0, &parties.1].into_iter().enumerate() {
        if i == 1 {
            out.push('>');
        }
        for (j, key) in side.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            for ch in key.chars() {
                if matches!(ch, ',' | '>' | '\\') {
                    out.push('\\');
                }
                out.push(ch);
            }
        }
    }
    out
}

/// The parties written by [`write_parties`]; `None` for text it does not write.
fn read_parties(text: &str) -> Option<Parties> {
    let mut sides: [BTreeSet<String>; 2] = [BTreeSet::new(), BTreeSet::new()];
    let (mut side, mut key) = (0, String::new());
    let mut chars = text.chars();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => key.push(chars.next()?),
            ',' => {
                sides[side].insert(std::mem::take(&mut key));
            }
            '>' if side == 0 => {
                sides[0].insert(std::mem::take(&mut key));
                side = 1;
            }
            '>' => return None,
            _ => key.push(ch),
        }
    }
    if side == 0 {
        return None;
    }
    sides[1].insert(key);
    let [actors, recipients] = sides;
    Some((actors, recipients))
}

/// A report's id, type and clustering date with one of its participants' role and key
/// (none for a report without participants).
type PartyRow = (i64, String, String, Option<String>, Option<String>);

/// Writes the parties of every stored report into its link rows (migration 8), reading
/// the reports in ranges of ids so that memory stays small whatever the database's size.
pub(crate) fn relink(tx: &Tx) -> Result<()> {
    const RANGE: i64 = 20_000;
    let max: i64 = tx.one("SELECT COALESCE(MAX(id), 0) FROM events", args![])?;
    let mut from = 0;
    while from < max {
        let rows: Vec<PartyRow> = tx.rows(
            "SELECT e.id, e.type, e.cluster_date, p.role, COALESCE(p.country, p.code) FROM events e \
             LEFT JOIN participants p ON p.event_id = e.id \
             WHERE e.id > ?1 AND e.id <= ?2 AND e.cluster_date IS NOT NULL ORDER BY e.id",
            args![from, from + RANGE],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
        for report in rows.chunk_by(|a, b| a.0 == b.0) {
            let (id, kind, date) = (report[0].0, &report[0].1, &report[0].2);
            let parties = parties_of(report.iter().filter_map(|r| Some((r.3.clone()?, r.4.clone()?))));
            let written = write_parties(&parties);
            for link in links(kind, date, &link_keys(kind, &parties)) {
                tx.defer(
                    "UPDATE cluster_links SET parties = ?3 WHERE link = ?1 AND event_id = ?2",
                    args![link, id, &written],
                )?;
            }
        }
        from += RANGE;
    }
    Ok(())
}

/// Writes the parties of every stored report into its row (migration 10), from its
/// participants, reading the reports in ranges of ids so that memory stays small
/// whatever the database's size.
pub(crate) fn fill_parties(tx: &Tx) -> Result<()> {
    const RANGE: i64 = 20_000;
    let max: i64 = tx.one("SELECT COALESCE(MAX(id), 0) FROM events", args![])?;
    let mut from = 0;
    while from < max {
        let rows: Vec<(i64, Option<String>, Option<String>)> = tx.rows(
            "SELECT e.id, p.role, COALESCE(p.country, p.code) FROM events e \
             LEFT JOIN participants p ON p.event_id = e.id WHERE e.id > ?1 AND e.id <= ?2 ORDER BY e.id",
            args![from, from + RANGE],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        for report in rows.chunk_by(|a, b| a.0 == b.0) {
            let parties = parties_of(report.iter().filter_map(|r| Some((r.1.clone()?, r.2.clone()?))));
            tx.defer("UPDATE events SET parties = ?2 WHERE id = ?1", args![report[0].0, write_parties(&parties)])?;
        }
        from += RANGE;
    }
    Ok(())
}

/// A report's parties, and the text its `events` row and link rows hold them as
/// (schema 10).
pub(crate) fn report_parties(ev: &EventRecord) -> (Parties, String) {
    let parties: Parties = (party_keys(&ev.actors), party_keys(&ev.recipients));
    let written = write_parties(&parties);
    (parties, written)
}

/// Reports that name different places are different events.
fn compatible(a: &Place, b: &Place) -> bool {
    match (&a.0, &b.0) {
        (Some(x), Some(y)) => x.eq_ignore_ascii_case(y) || (a.1.is_some() && a.1 == b.1),
        _ => true,
    }
}

/// Links a new event report, not stored yet, with its parties as [`report_parties`] gives
/// them, and merges the clusters it links to; returns its cluster and the clusters merged
/// (none when the report stays alone). The
/// caller stores the report and its participants with the cluster returned (schema 7),
/// which saves rewriting them when the report joins a cluster.
pub(crate) fn add_event(
    tx: &Tx,
    id: i64,
    key: &str,
    ev: &EventRecord,
    (parties, written): (&Parties, &str),
    block_date: Option<&str>,
    touched: &mut BTreeSet<i64>,
) -> Result<(i64, Vec<i64>)> {
    // The report's own id is a cluster to refresh only if it names one: a new id has no
    // `clusters` row to delete (ids are not reused), so a report that joins a cluster
    // named after another costs its refresh nothing.
    let Some(date) = block_date else {
        touched.insert(id);
        return Ok((id, Vec::new()));
    };
    let place: Place = (
        ev.location.as_ref().map(|l| l.name.clone()),
        ev.location.as_ref().and_then(|l| l.geonameid.map(|g| g as i64)),
    );
    // Candidates with their place and parties, in one query per link: the link rows hold
    // both (schemas 8 and 10), so the lookup reads the link's B-tree alone.
    let mut candidates: Vec<(i64, Place, Option<String>)> = Vec::new();
    for link in links(&ev.kind, date, &link_keys(&ev.kind, parties)) {
        candidates.extend(tx.rows_hot(
            "SELECT event_id, location_name, geonameid, parties FROM cluster_links WHERE link = ?1",
            args![link],
            |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?), r.get(3)?)),
        )?);
        tx.defer_hot(
            "INSERT INTO cluster_links (link, event_id, parties, location_name, geonameid) VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT DO NOTHING",
            args![link, id, written, &place.0, place.1],
        )?;
    }
    candidates.sort_by_key(|c| c.0);
    candidates.dedup_by_key(|c| c.0);
    // Its own link rows are not written yet (its links are distinct, so it never finds
    // itself; should it, it would only be in its own cluster).
    candidates.retain(|c| c.0 != id);
    // Candidates that share a link with this report and have the same parties and place
    // are linked to each other, so they are in one cluster: one of them is checked, and
    // its cluster read, for all (a report of a story told a thousand times has a
    // thousand candidates, and a cluster read is a random read of `events`).
    let mut seen: HashSet<(Option<&str>, &Place)> = HashSet::new();
    let mut clusters = BTreeSet::new();
    for (c, other, theirs) in &candidates {
        // A row without parties (written before schema 8 and not relinked) is its own group.
        if theirs.is_some() && !seen.insert((theirs.as_deref(), other)) || !compatible(&place, other) {
            continue;
        }
        // The link row holds the candidate's parties (schema 8); a row without them is
        // read from its participants.
        let theirs = match theirs.as_deref().and_then(read_parties) {
            Some(p) => p,
            None => stored_parties(tx, *c)?,
        };
        if same_parties(&ev.kind, parties, &theirs) {
            let cluster: i64 = tx
                .rows_hot("SELECT cluster_id FROM events WHERE id = ?1", args![*c], |r| r.get(0))?
                .pop()
                .ok_or_else(|| crate::StoreError::Column(format!("linked report {c} is not stored")))?;
            clusters.insert(cluster);
        }
    }
    if clusters.is_empty() {
        touched.insert(id);
        return Ok((id, Vec::new()));
    }
    // The merged cluster is named after the smallest report id (text) of the clusters'
    // names and the new report's.
    let mut target = (key.to_string(), id);
    for &c in &clusters {
        let name = name_of(tx, c)?;
        if name < target.0 {
            target = (name, c);
        }
    }
    let target = target.1;
    for &k in clusters.iter().filter(|k| **k != target) {
        // The participants first, found through their reports while these still name `k`.
        tx.defer_hot(
            "UPDATE participants SET cluster_id = ?1 WHERE event_id IN (SELECT id FROM events WHERE cluster_id = ?2)",
            args![target, k],
        )?;
        tx.defer_hot("UPDATE events SET cluster_id = ?1 WHERE cluster_id = ?2", args![target, k])?;
        touched.insert(k);
    }
    touched.insert(target);
    Ok((target, clusters.into_iter().collect()))
}

/// Puts one stored report, and its participants (which carry their report's cluster,
/// schema 7), in cluster `target`.
fn assign(tx: &Tx, id: i64, target: i64) -> Result<()> {
    tx.defer("UPDATE events SET cluster_id = ?1 WHERE id = ?2", args![target, id])?;
    tx.defer("UPDATE participants SET cluster_id = ?1 WHERE event_id = ?2", args![target, id])
}

/// The shown id of a cluster: the report id (`<document key>:<n>`) of the report it is
/// named after, whose integer id is the cluster's.
fn name_of(tx: &Tx, cluster: i64) -> Result<String> {
    tx.rows_hot("SELECT key FROM events WHERE id = ?1", args![cluster], |r| r.get(0))?
        .pop()
        .ok_or_else(|| crate::StoreError::Column(format!("cluster {cluster} names no report")))
}

/// Recomputes the components of clusters that lost members.
pub(crate) fn split(tx: &Tx, clusters: &BTreeSet<i64>, touched: &mut BTreeSet<i64>) -> Result<()> {
    for &c in clusters {
        touched.insert(c);
        // In key order: the first member of a component names it.
        let members: Vec<(i64, Place, String)> = tx.rows(
            "SELECT id, location_name, geonameid, type FROM events WHERE cluster_id = ?1 ORDER BY key",
            args![c],
            |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?), r.get(3)?)),
        )?;
        if members.len() < 2 {
            for (id, _, _) in &members {
                assign(tx, *id, *id)?;
                touched.insert(*id);
            }
            continue;
        }
        // Union-find over the members, joined through shared (block, pair) links.
        let mut parent: Vec<usize> = (0..members.len()).collect();
        fn find(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        let mut by_link: HashMap<i64, Vec<usize>> = HashMap::new();
        let mut parties = Vec::with_capacity(members.len());
        for (i, (id, _, _)) in members.iter().enumerate() {
            for link in stored_links(tx, *id)? {
                by_link.entry(link).or_default().push(i);
            }
            parties.push(stored_parties(tx, *id)?);
        }
        for group in by_link.values() {
            for (x, &i) in group.iter().enumerate() {
                for &j in &group[x + 1..] {
                    if compatible(&members[i].1, &members[j].1) && same_parties(&members[i].2, &parties[i], &parties[j])
                    {
                        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                        if ri != rj {
                            // Keep the smaller index (smaller id, as members are sorted) as root.
                            parent[ri.max(rj)] = ri.min(rj);
                        }
                    }
                }
            }
        }
        for i in 0..members.len() {
            let root = find(&mut parent, i);
            let target = members[root].0;
            assign(tx, members[i].0, target)?;
            touched.insert(target);
        }
    }
    Ok(())
}

/// Rewrites the `clusters` rows of the clusters named, deleting those left empty.
/// `fresh` holds the rows of new one-report clusters, which need no reading back.
pub(crate) fn refresh(tx: &Tx, touched: &BTreeSet<i64>, fresh: &HashMap<i64, ClusterRow>) -> Result<()> {
    for &c in touched {
        // A new report that stays alone names a new cluster: nothing to delete.
        if let Some(row) = fresh.get(&c) {
            insert_row(tx, c, row)?;
            continue;
        }
        #[allow(clippy::type_complexity)]
        let rows: Vec<(String, String, f64, Option<String>, Option<String>, Option<f64>, Option<f64>, String, Option<String>, Option<String>, Option<String>, i64, String, Option<String>)> = tx
            .rows_hot(
                "SELECT e.type, e.cameo, e.goldstein, e.cluster_date, e.location_name, e.lat, e.lon, d.key, \
                 d.published, d.outlet, d.url, e.id, e.key, e.parties FROM events e JOIN documents d ON d.id = e.doc_id \
                 WHERE e.cluster_id = ?1",
                args![c],
                |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                    r.get(10)?,
                    r.get(11)?,
                    r.get(12)?,
                    r.get(13)?,
                ))
            })?;
        let Some(first) = rows.first() else {
            // Merged into another cluster, or left empty by a recode.
            tx.defer_hot("DELETE FROM clusters WHERE id = ?1", args![c])?;
            continue;
        };
        let mut cameos: BTreeMap<&str, usize> = BTreeMap::new();
        let mut places: BTreeMap<(&str, Option<i64>, Option<i64>), usize> = BTreeMap::new();
        let mut articles = BTreeSet::new();
        let mut sources = BTreeSet::new();
        let mut reports = BTreeSet::new();
        for r in &rows {
            *cameos.entry(&r.1).or_default() += 1;
            if let Some(name) = &r.4 {
                // Coordinates as fixed-point so the key is ordered; they are only grouped here.
                *places.entry((name, r.5.map(|x| (x * 1e6) as i64), r.6.map(|x| (x * 1e6) as i64))).or_default() += 1;
            }
            articles.insert(&r.7);
            sources.insert(r.9.clone().or_else(|| r.10.as_deref().and_then(url_host)).unwrap_or_else(|| r.7.clone()));
            if let Some(p) = &r.8 {
                reports.insert(p.clone());
            }
        }
        // The most reported code and place; ties go to the smallest, for determinism.
        let cameo = top(&cameos).unwrap_or(first.1.as_str()).to_string();
        let goldstein = rows.iter().filter(|r| r.1 == cameo).map(|r| r.2).next().unwrap_or(first.2);
        let place = top(&places);
        let place_row = place.and_then(|p| rows.iter().find(|r| r.4.as_deref() == Some(p.0)));
        let mut actors = BTreeSet::new();
        let mut recipients = BTreeSet::new();
        // The parties of the reports, from their rows (schema 10); should a row lack them,
        // they are read from the participants.
        let parsed: Option<Vec<Parties>> = rows.iter().map(|r| r.13.as_deref().and_then(read_parties)).collect();
        if let Some(parsed) = parsed {
            let empty = BTreeSet::from(["-".to_string()]);
            for (a, b) in parsed {
                // `-` alone marks an empty side.
                for (side, into) in [(a, &mut actors), (b, &mut recipients)] {
                    if side != empty {
                        into.extend(side);
                    }
                }
            }
        } else {
            let party_rows = tx.rows_hot(
                "SELECT p.role, COALESCE(p.country, p.code) FROM participants p JOIN events e ON e.id = p.event_id \
                 WHERE e.cluster_id = ?1",
                args![c],
                |r| Ok((r.get::<String>(0)?, r.get::<String>(1)?)),
            )?;
            for (role, key) in party_rows {
                if role == "actor" {
                    actors.insert(key);
                } else {
                    recipients.insert(key);
                }
            }
        }
        let join = |s: BTreeSet<String>| listed(s.iter());
        let key = rows.iter().find(|r| r.11 == c).map(|r| r.12.clone());
        let key = key.ok_or_else(|| crate::StoreError::Column(format!("cluster {c} does not hold its report")))?;
        let row = ClusterRow {
            key,
            kind: first.0.clone(),
            cameo: cameo.clone(),
            goldstein,
            date: first.3.clone(),
            actors: join(actors),
            recipients: join(recipients),
            location: place_row.and_then(|r| r.4.clone()),
            lat: place_row.and_then(|r| r.5),
            lon: place_row.and_then(|r| r.6),
            mentions: rows.len() as i64,
            articles: articles.len() as i64,
            sources: sources.len() as i64,
            first_report: reports.first().cloned(),
            last_report: reports.last().cloned(),
        };
        rewrite_cluster(tx, c, &row)?;
    }
    Ok(())
}

/// Brings the stored row of a cluster that may exist already up to `row`: it is updated
/// in place (deleting and inserting it rewrote its index entries each time a transaction
/// added a report to a known event). A cluster not stored yet is inserted.
fn rewrite_cluster(tx: &Tx, id: i64, c: &ClusterRow) -> Result<()> {
    #[allow(clippy::type_complexity)]
    let stored: Option<(String, Option<String>, String)> = tx
        .rows_hot("SELECT type, date, key FROM clusters WHERE id = ?1", args![id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .pop();
    // The type, date and name of a cluster are those of all its reports and of the report
    // its id is, and do not change; the row is written anew should they differ (or
    // should it not exist).
    let in_place = stored.as_ref().is_some_and(|s| s.0 == c.kind && s.1 == c.date && s.2 == c.key);
    if in_place {
        tx.defer_hot(
            "UPDATE clusters SET cameo = ?2, quad_class = ?3, goldstein = ?4, actor_countries = ?5, \
             recipient_countries = ?6, location_name = ?7, lat = ?8, lon = ?9, num_mentions = ?10, num_articles = ?11, \
             num_sources = ?12, first_report = ?13, last_report = ?14 WHERE id = ?1",
            args![
                id,
                &c.cameo,
                quad_class(&c.cameo),
                c.goldstein,
                &c.actors,
                &c.recipients,
                &c.location,
                c.lat,
                c.lon,
                c.mentions,
                c.articles,
                c.sources,
                &c.first_report,
                &c.last_report,
            ],
        )?;
    } else {
        if stored.is_some() {
            tx.defer_hot("DELETE FROM clusters WHERE id = ?1", args![id])?;
        }
        insert_row(tx, id, c)?;
    }
    Ok(())
}

/// A `clusters` row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ClusterRow {
    /// The shown id: the report id of the report the cluster is named after.
    pub key: String,
    pub kind: String,
    pub cameo: String,
    pub goldstein: f64,
    pub date: Option<String>,
    pub actors: String,
    pub recipients: String,
    pub location: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub mentions: i64,
    pub articles: i64,
    pub sources: i64,
    pub first_report: Option<String>,
    pub last_report: Option<String>,
}

impl ClusterRow {
    /// The row of a cluster of one report, from the report itself.
    pub(crate) fn single(ev: &EventRecord, key: &str, date: Option<&str>, published: Option<&str>) -> ClusterRow {
        let keys = |ps: &[ParticipantRecord]| listed(party_set(ps).iter());
        ClusterRow {
            key: key.to_string(),
            kind: ev.kind.clone(),
            cameo: ev.cameo.clone(),
            goldstein: stored_goldstein(ev.goldstein),
            date: date.map(str::to_string),
            actors: keys(&ev.actors),
            recipients: keys(&ev.recipients),
            location: ev.location.as_ref().map(|l| l.name.clone()),
            lat: ev.location.as_ref().and_then(|l| l.lat),
            lon: ev.location.as_ref().and_then(|l| l.lon),
            mentions: 1,
            articles: 1,
            sources: 1,
            first_report: published.map(str::to_string),
            last_report: published.map(str::to_string),
        }
    }
}

/// The `clusters` row alone.
fn insert_row(tx: &Tx, id: i64, c: &ClusterRow) -> Result<()> {
    tx.defer_hot(
        "INSERT INTO clusters (id, type, cameo, quad_class, goldstein, date, actor_countries, recipient_countries, \
         location_name, lat, lon, num_mentions, num_articles, num_sources, first_report, last_report, key) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        args![
            id,
            &c.kind,
            &c.cameo,
            quad_class(&c.cameo),
            c.goldstein,
            &c.date,
            &c.actors,
            &c.recipients,
            &c.location,
            c.lat,
            c.lon,
            c.mentions,
            c.articles,
            c.sources,
            &c.first_report,
            &c.last_report,
            &c.key,
        ],
    )
}

/// Goldstein values as stored: to one decimal, as the scale is written.
pub(crate) fn stored_goldstein(g: f32) -> f64 {
    (g as f64 * 10.0).round() / 10.0
}

fn quad_class(cameo: &str) -> i64 {
    attache_model::QuadClass::from_cameo(cameo).0 as i64
}

/// The key with the highest count; ties go to the smallest key, for determinism.
fn top<K: Ord + Copy>(m: &BTreeMap<K, usize>) -> Option<K> {
    m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(k, _)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Link rows give back the parties they were written with, whatever their keys.
    #[test]
    fn parties_round_trip_through_link_rows() {
        let set = |keys: &[&str]| keys.iter().map(|s| s.to_string()).collect::<BTreeSet<String>>();
        for parties in [
            (set(&["CHN", "KAZ"]), set(&["USA"])),
            (set(&["-"]), set(&["-"])),
            (set(&["IGOUNO"]), set(&["", "BIH"])),
            (set(&["a,b", "c>d", "e\\"]), set(&[""])),
        ] {
            let text = write_parties(&parties);
            assert_eq!(read_parties(&text), Some(parties), "{text}");
        }
        assert_eq!(write_parties(&(set(&["CHN", "KAZ"]), set(&["USA"]))), "CHN,KAZ>USA");
        for bad in ["", "CHN", "CHN>USA>RUS", "CHN>USA\\"] {
            assert_eq!(read_parties(bad), None, "{bad}");
        }
    }

    /// The links stored by earlier versions must still be found: each is the hash of the
    /// formatted `TYPE|date|ACTOR`.
    #[test]
    fn links_hash_the_formatted_key() {
        let actors: BTreeSet<String> = ["KAZ", "USAGOV", "-"].iter().map(|s| s.to_string()).collect();
        let expected: Vec<i64> = actors
            .iter()
            .map(|a| {
                let d = Sha256::digest(format!("CONSULT|2025-03-01|{a}").as_bytes());
                i64::from_be_bytes([d[0] & 0x7f, d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
            })
            .collect();
        assert_eq!(links("CONSULT", "2025-03-01", &actors), expected);
        // The same value from Python: int.from_bytes(sha256(b"CONSULT|2025-03-01|KAZ")[:8]) & 2**63-1
        assert_eq!(links("CONSULT", "2025-03-01", &BTreeSet::from(["KAZ".to_string()]))[0], 7_446_548_739_480_759_494);
    }
}
