//! Reading: filtered lists of events, actors, dyads and themes, one event with its
//! mentions, and the JSON record of a stored document.
//!
//! Filters apply to event *mentions* (one report of an event in one article) when
//! mentions are listed. Events (clusters) match by their own type, date, CAMEO code and
//! quad class, and by the parties, place, outlet, theme or text of any of their mentions
//! (`views.rs`, `Filter::cluster_scope`).

use crate::db::{args, borrow_all, Dialect, Row};
use crate::{Result, Store};
use attache_model::record::*;
use serde::Serialize;

/// The condition of the partial index `participants_code` (schema 6): the participants
/// whose code is not their country. A query by code must say it to use the index, and
/// read the others through `participants_country`.
pub(crate) const CODE_NOT_COUNTRY: &str = "(p.country IS NULL OR p.code <> p.country)";

/// Filters shared by every query (and by the API of `attache serve`).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// ISO3 country or actor code (a prefix such as `CHNGOV` or `KAZ` matches longer codes).
    pub actor: Option<String>,
    pub recipient: Option<String>,
    /// Either side.
    pub country: Option<String>,
    /// PLOVER type.
    pub kind: Option<String>,
    pub cameo: Option<String>,
    pub quad_class: Option<u8>,
    /// `YYYY-MM-DD`, inclusive, against the event date used for clustering.
    pub since: Option<String>,
    pub until: Option<String>,
    /// Place name or ISO3 country of the event location.
    pub place: Option<String>,
    pub outlet: Option<String>,
    /// Theme id or label.
    pub theme: Option<String>,
    /// Full-text query over titles and texts (SQLite FTS5 syntax).
    pub text: Option<String>,
    pub limit: Option<u64>,
    pub offset: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    Day,
    Week,
    #[default]
    Month,
    /// One row for the whole range (no period column).
    All,
}

impl Period {
    pub(crate) fn sql(self, dialect: Dialect, column: &str) -> String {
        match self {
            Period::Day => column.to_string(),
            Period::Week => dialect.week(column),
            Period::Month => format!("substr({column}, 1, 7)"),
            Period::All => "NULL".to_string(),
        }
    }
}

impl Period {
    /// The name [`Period::from_str`] reads.
    pub fn name(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::All => "all",
        }
    }
}

impl std::str::FromStr for Period {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Period, String> {
        match s {
            "day" => Ok(Period::Day),
            "week" => Ok(Period::Week),
            "month" => Ok(Period::Month),
            "all" => Ok(Period::All),
            _ => Err(format!("`{s}` is not a period: use day, week, month or all")),
        }
    }
}

impl Filter {
    /// The WHERE clause over `events e JOIN documents d`, with its parameters.
    pub(crate) fn clause(&self, dialect: Dialect) -> (String, Vec<String>) {
        let mut w = Where::new(dialect);
        self.mention_conditions(&mut w);
        w.finish()
    }

    /// Adds the conditions on one report (`events e`, and `documents d` for the outlet
    /// and text) to `w`.
    pub(crate) fn mention_conditions(&self, w: &mut Where) {
        // The reports with a participant of that country, or whose code starts with the
        // value: index ranges (participants_country, participants_code), not a scan. A
        // code that is its party's country is not in participants_code (schema 6): those
        // participants are the country's, and the countries that start with the value.
        let party = |role: &str| {
            format!(
                "e.id IN (SELECT p.event_id FROM participants p WHERE p.country = ? AND p.role {role} \
                 UNION SELECT p.event_id FROM participants p WHERE p.country > ? AND p.country < ? AND p.code = p.country \
                 AND p.role {role} \
                 UNION SELECT p.event_id FROM participants p WHERE p.code >= ? AND p.code < ? AND p.role {role} \
                 AND {CODE_NOT_COUNTRY})"
            )
        };
        let code_range = |s: &str| {
            let up = s.to_ascii_uppercase();
            (up.clone(), format!("{up}\u{10FFFF}"))
        };
        if let Some(a) = &self.actor {
            let (lo, hi) = code_range(a);
            w.add(&party("= 'actor'"), &[&a.to_ascii_uppercase(), &lo, &hi, &lo, &hi]);
        }
        if let Some(r) = &self.recipient {
            let (lo, hi) = code_range(r);
            w.add(&party("= 'recipient'"), &[&r.to_ascii_uppercase(), &lo, &hi, &lo, &hi]);
        }
        if let Some(c) = &self.country {
            let (lo, hi) = code_range(c);
            w.add(&party("IN ('actor', 'recipient')"), &[&c.to_ascii_uppercase(), &lo, &hi, &lo, &hi]);
        }
        if let Some(t) = &self.kind {
            w.add("e.type = ?", &[&t.to_ascii_uppercase()]);
        }
        if let Some(c) = &self.cameo {
            w.add("e.cameo LIKE ? ESCAPE '\\'", &[&like_prefix(c)]);
        }
        if let Some(q) = self.quad_class {
            w.add(&format!("e.quad_class = {}", q as i64), &[]);
        }
        if let Some(s) = &self.since {
            w.add("e.cluster_date >= ?", &[s]);
        }
        if let Some(u) = &self.until {
            // Inclusive of the whole day, and of month/week keys that start on it.
            w.add("e.cluster_date <= ?", &[&format!("{u}\u{10FFFF}")]);
        }
        if let Some(p) = &self.place {
            w.add("(lower(e.location_name) = lower(?) OR e.location_country = ?)", &[p, p]);
        }
        if let Some(o) = &self.outlet {
            w.add("lower(d.outlet) = lower(?)", &[o]);
        }
        if let Some(t) = &self.theme {
            w.add(
                "EXISTS (SELECT 1 FROM themes t WHERE t.doc_id = e.doc_id AND (t.theme = ? OR lower(t.label) = lower(?)))",
                &[t, t],
            );
        }
        if let Some(q) = &self.text {
            w.add(&w.dialect.text_match("e.doc_id", "?"), &[q]);
        }
    }

    pub(crate) fn page(&self, default_limit: u64) -> String {
        format!(" LIMIT {} OFFSET {}", self.limit.unwrap_or(default_limit), self.offset.unwrap_or(0))
    }
}

/// One event: a cluster of reports.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventRow {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub cameo: String,
    pub quad_class: i64,
    pub goldstein: f64,
    pub date: Option<String>,
    pub actors: String,
    pub recipients: String,
    pub location: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub num_mentions: i64,
    pub num_articles: i64,
    pub num_sources: i64,
    pub first_report: Option<String>,
    pub last_report: Option<String>,
}

/// One report of an event in one article.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MentionRow {
    pub id: String,
    pub event: String,
    pub document: String,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub cameo: String,
    pub actor: Option<String>,
    pub recipient: Option<String>,
    pub date: Option<String>,
    pub location: Option<String>,
    pub modality: String,
    pub trigger: String,
    pub sentence: String,
    pub rule: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActorRow {
    pub code: String,
    pub country: Option<String>,
    pub name: Option<String>,
    pub as_actor: i64,
    pub as_recipient: i64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DyadRow {
    pub period: Option<String>,
    pub actor: String,
    pub recipient: String,
    pub events: i64,
    pub mentions: i64,
    pub goldstein: f64,
    pub cooperation: i64,
    pub conflict: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ThemeRow {
    pub period: Option<String>,
    pub theme: String,
    pub label: String,
    pub outlet: Option<String>,
    pub documents: i64,
    pub mentions: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FirstUseRow {
    pub theme: String,
    pub outlet: Option<String>,
    pub first: Option<String>,
    pub document: String,
    pub title: Option<String>,
}

/// The id of the report whose key (`<document key>:<n>`) is `?1`, through indexes.
const MENTION_BY_KEY: &str =
    "(SELECT e.id FROM events e WHERE e.doc_id = (SELECT id FROM documents WHERE key = substr(?1, 1, 32)) \
     AND e.n = CAST(substr(?1, 34) AS INTEGER))";

fn mention_columns(d: Dialect) -> String {
    format!(
        "e.key, (SELECT ce.key FROM events ce WHERE ce.id = e.cluster_id), d.key, d.published, d.outlet, d.title, d.url, e.type, e.cameo, \
         COALESCE(e.actor_country, e.actor_code), COALESCE(e.recipient_country, e.recipient_code), e.date, e.location_name, \
         e.modality, {}, {}, e.rule",
        d.byte_slice("d.text", "e.trigger_start", "e.trigger_end"),
        d.byte_slice("d.text", "e.sentence_start", "e.sentence_end")
    )
}

fn mention_row(r: &Row) -> Result<MentionRow> {
    Ok(MentionRow {
        id: r.get(0)?,
        event: r.get(1)?,
        document: r.get(2)?,
        published: r.get(3)?,
        outlet: r.get(4)?,
        title: r.get(5)?,
        url: r.get(6)?,
        kind: r.get(7)?,
        cameo: r.get(8)?,
        actor: r.get(9)?,
        recipient: r.get(10)?,
        date: r.get(11)?,
        location: r.get(12)?,
        modality: r.get(13)?,
        trigger: r.get(14)?,
        sentence: r.get(15)?,
        rule: r.get(16)?,
    })
}

fn event_row(r: &Row) -> Result<EventRow> {
    Ok(EventRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        cameo: r.get(2)?,
        quad_class: r.get(3)?,
        goldstein: r.get(4)?,
        date: r.get(5)?,
        actors: r.get(6)?,
        recipients: r.get(7)?,
        location: r.get(8)?,
        lat: r.get(9)?,
        lon: r.get(10)?,
        num_mentions: r.get(11)?,
        num_articles: r.get(12)?,
        num_sources: r.get(13)?,
        first_report: r.get(14)?,
        last_report: r.get(15)?,
    })
}

/// The columns of an [`EventRow`]: its id is the cluster's shown id (`clusters.key`,
/// schema 6), not its integer key.
const EVENT_COLUMNS: &str = "c.key, c.type, c.cameo, c.quad_class, c.goldstein, c.date, c.actor_countries, \
     c.recipient_countries, c.location_name, c.lat, c.lon, c.num_mentions, c.num_articles, c.num_sources, \
     c.first_report, c.last_report";

impl Store {
    /// Events (clusters) with a mention matching `filter`, newest first.
    pub fn events(&self, filter: &Filter) -> Result<Vec<EventRow>> {
        let (scope, params) = filter.cluster_scope(self.conn.dialect());
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM clusters c WHERE {scope} \
             ORDER BY c.date DESC NULLS LAST, c.num_mentions DESC, c.key{}",
            filter.page(100)
        );
        self.conn.rows(&sql, &borrow_all(&params), event_row)
    }

    /// Number of events (clusters) matching `filter`.
    pub fn count_events(&self, filter: &Filter) -> Result<u64> {
        let (scope, params) = filter.cluster_scope(self.conn.dialect());
        let sql = format!("SELECT COUNT(*) FROM clusters c WHERE {scope}");
        Ok(self.conn.one::<i64>(&sql, &borrow_all(&params))? as u64)
    }

    /// Event mentions matching `filter`.
    pub fn mentions(&self, filter: &Filter) -> Result<Vec<MentionRow>> {
        let d = self.conn.dialect();
        let (cond, params) = filter.clause(d);
        let sql = format!(
            "SELECT {} FROM events e JOIN documents d ON d.id = e.doc_id WHERE {cond} \
             ORDER BY e.cluster_date DESC NULLS LAST, e.id{}",
            mention_columns(d),
            filter.page(100)
        );
        self.conn.rows(&sql, &borrow_all(&params), mention_row)
    }

    /// One event's row, without its mentions. A cluster's integer key is the id of the
    /// report it is named after, so its shown id finds it as that report is found.
    pub fn event_row(&self, id: &str) -> Result<Option<EventRow>> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM clusters c WHERE c.id = {MENTION_BY_KEY}");
        self.conn.opt(&sql, args![id], event_row)
    }

    /// One event and all its mentions; `id` may name the event or one of its mentions
    /// (the event's id is that of the report it is named after).
    pub fn event(&self, id: &str) -> Result<Option<(EventRow, Vec<MentionRow>)>> {
        let cluster: Option<i64> =
            self.conn
                .opt(&format!("SELECT cluster_id FROM events WHERE id = {MENTION_BY_KEY}"), args![id], |r| r.get(0))?;
        let Some(cluster) = cluster else { return Ok(None) };
        let sql = format!("SELECT {EVENT_COLUMNS} FROM clusters c WHERE c.id = ?1");
        let Some(event) = self.conn.opt(&sql, args![cluster], event_row)? else { return Ok(None) };
        let rows = self.conn.rows(
            &format!(
                "SELECT {} FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.cluster_id = ?1 \
                 ORDER BY d.published NULLS FIRST, e.id",
                mention_columns(self.conn.dialect())
            ),
            args![cluster],
            mention_row,
        )?;
        Ok(Some((event, rows)))
    }

    /// Actors (by code) of the mentions matching `filter`, most active first.
    pub fn actors(&self, filter: &Filter) -> Result<Vec<ActorRow>> {
        let (cond, params) = filter.clause(self.conn.dialect());
        let sql = format!(
            "SELECT p.code, MAX(p.country), \
             (SELECT n.name FROM (SELECT en.name AS name FROM participants p2 JOIN events e2 ON e2.id = p2.event_id \
              JOIN entities en ON en.doc_id = e2.doc_id AND en.n = p2.entity_n \
              WHERE p2.code = p.code AND (p2.country IS NULL OR p2.code <> p2.country) \
              UNION ALL SELECT en.name FROM participants p2 JOIN events e2 ON e2.id = p2.event_id \
              JOIN entities en ON en.doc_id = e2.doc_id AND en.n = p2.entity_n \
              WHERE p2.country = p.code AND p2.code = p.code) n \
              GROUP BY n.name ORDER BY COUNT(*) DESC, n.name LIMIT 1), \
             COUNT(DISTINCT CASE WHEN p.role = 'actor' THEN e.cluster_id END), \
             COUNT(DISTINCT CASE WHEN p.role = 'recipient' THEN e.cluster_id END), MIN(e.cluster_date), MAX(e.cluster_date) \
             FROM participants p JOIN events e ON e.id = p.event_id JOIN documents d ON d.id = e.doc_id \
             WHERE {cond} GROUP BY p.code ORDER BY COUNT(DISTINCT e.cluster_id) DESC, p.code{}",
            filter.page(100)
        );
        self.conn.rows(&sql, &borrow_all(&params), |r| {
            Ok(ActorRow {
                code: r.get(0)?,
                country: r.get(1)?,
                name: r.get(2)?,
                as_actor: r.get(3)?,
                as_recipient: r.get(4)?,
                first_seen: r.get(5)?,
                last_seen: r.get(6)?,
            })
        })
    }

    /// Events, mentions and the Goldstein sum per source–target pair and period. Each
    /// event counts once, for one pair: the first of its actors (countries, else codes,
    /// of all its reports, in alphabetical order) and the first of its recipients that is
    /// not that actor (an event between "Kazakhstan and Uzbekistan" names both on both
    /// sides); `-` when a side is empty.
    pub fn dyads(&self, filter: &Filter, period: Period) -> Result<Vec<DyadRow>> {
        let d = self.conn.dialect();
        let (scope, params) = filter.cluster_scope(d);
        let sql = format!(
            "SELECT {} AS per, c.actor_countries, c.recipient_countries, c.num_mentions, c.goldstein, c.quad_class \
             FROM clusters c WHERE {scope}",
            period.sql(d, "c.date"),
        );
        let mut groups: std::collections::HashMap<(Option<String>, String, String), DyadRow> =
            std::collections::HashMap::new();
        self.conn.each(&sql, &borrow_all(&params), |r| {
            let per: Option<String> = r.get(0)?;
            let actors: String = r.get(1)?;
            let recipients: String = r.get(2)?;
            let actor = actors.split(',').find(|a| !a.is_empty()).unwrap_or("-");
            let mut others = recipients.split(',').filter(|x| !x.is_empty());
            let recipient = others.clone().find(|x| *x != actor).or_else(|| others.next()).unwrap_or("-");
            let quad: i64 = r.get(5)?;
            let row =
                groups.entry((per.clone(), actor.to_string(), recipient.to_string())).or_insert_with(|| DyadRow {
                    period: per,
                    actor: actor.to_string(),
                    recipient: recipient.to_string(),
                    events: 0,
                    mentions: 0,
                    goldstein: 0.0,
                    cooperation: 0,
                    conflict: 0,
                });
            row.events += 1;
            row.mentions += r.get::<i64>(3)?;
            row.goldstein += r.get::<f64>(4)?;
            match quad {
                1 | 2 => row.cooperation += 1,
                3 | 4 => row.conflict += 1,
                _ => {}
            }
            Ok(())
        })?;
        let mut out: Vec<DyadRow> = groups.into_values().collect();
        out.sort_by(|a, b| {
            (&a.period, std::cmp::Reverse(a.events), &a.actor, &a.recipient).cmp(&(
                &b.period,
                std::cmp::Reverse(b.events),
                &b.actor,
                &b.recipient,
            ))
        });
        for d in &mut out {
            // Sums of one-decimal values, without the float noise of adding them up.
            d.goldstein = (d.goldstein * 10.0).round() / 10.0;
        }
        let offset = filter.offset.unwrap_or(0) as usize;
        let limit = filter.limit.unwrap_or(10_000) as usize;
        Ok(out.into_iter().skip(offset).take(limit).collect())
    }

    /// Theme mentions per period and outlet, over documents matching the document-level
    /// parts of `filter` (outlet, theme, text, period).
    pub fn themes(&self, filter: &Filter, period: Period) -> Result<Vec<ThemeRow>> {
        let d = self.conn.dialect();
        let mut w = Where::new(d);
        theme_conditions(filter, "t", &mut w);
        let (cond, params) = w.finish();
        let sql = format!(
            "SELECT {} AS per, t.theme, t.label, t.outlet, COUNT(*), SUM(t.count) FROM themes t \
             WHERE {cond} GROUP BY per, t.theme, t.label, t.outlet \
             ORDER BY per NULLS FIRST, SUM(t.count) DESC, t.theme, t.outlet NULLS FIRST{}",
            period.sql(d, "t.published"),
            filter.page(10_000)
        );
        self.conn.rows(&sql, &borrow_all(&params), |r| {
            Ok(ThemeRow {
                period: r.get(0)?,
                theme: r.get(1)?,
                label: r.get(2)?,
                outlet: r.get(3)?,
                documents: r.get(4)?,
                mentions: r.get(5)?,
            })
        })
    }

    /// For each theme and outlet, the first article (by publication date, then key) among
    /// the articles matching `filter` that used it; undated articles come last.
    pub fn theme_first_use(&self, filter: &Filter) -> Result<Vec<FirstUseRow>> {
        // The earliest date per theme and outlet (from the themes_first index), then the
        // smallest document key among that day's articles, so ties do not depend on the
        // order documents were stored in.
        let d = self.conn.dialect();
        let mut w = Where::new(d);
        theme_conditions(filter, "t", &mut w);
        theme_conditions(filter, "t2", &mut w);
        let cond_t = w.conds[..w.conds.len() / 2].join(" AND ");
        let cond_t2 = w.conds[w.conds.len() / 2..].join(" AND ");
        let (cond_t, cond_t2) =
            if cond_t.is_empty() { ("1 = 1".to_string(), "1 = 1".to_string()) } else { (cond_t, cond_t2) };
        let params = w.params;
        let sql = format!(
            "SELECT g.theme, g.outlet, g.first, g.key, d.title FROM \
               (SELECT f.theme, f.outlet, f.first, MIN(d2.key) AS key FROM \
                  (SELECT t.theme, t.outlet, MIN(t.published) AS first FROM themes t WHERE {cond_t} \
                   GROUP BY t.theme, t.outlet) f \
                JOIN themes t2 ON t2.theme = f.theme AND {} AND {} \
                JOIN documents d2 ON d2.id = t2.doc_id \
                WHERE {cond_t2} GROUP BY f.theme, f.outlet, f.first) g \
             JOIN documents d ON d.key = g.key \
             ORDER BY g.theme, g.first NULLS FIRST, g.outlet NULLS FIRST{}",
            d.same("t2.outlet", "f.outlet"),
            d.same("t2.published", "f.first"),
            filter.page(10_000)
        );
        self.conn.rows(&sql, &borrow_all(&params), |r| {
            Ok(FirstUseRow {
                theme: r.get(0)?,
                outlet: r.get(1)?,
                first: r.get(2)?,
                document: r.get(3)?,
                title: r.get(4)?,
            })
        })
    }

    /// Keys of all stored documents, in key order.
    pub fn document_keys(&self) -> Result<Vec<String>> {
        self.conn.rows("SELECT key FROM documents ORDER BY key", args![], |r| r.get(0))
    }

    /// A stored document: its text and the input fields.
    pub fn document(&self, key: &str) -> Result<Option<attache_model::Document>> {
        self.conn.opt(
            "SELECT key, text, published, outlet, title, url, external_id FROM documents WHERE key = ?1",
            args![key],
            |r| {
                let published: Option<String> = r.get(2)?;
                Ok(attache_model::Document {
                    id: r.get::<Option<String>>(6)?.unwrap_or(r.get(0)?),
                    text: r.get(1)?,
                    published: published.and_then(|p| chrono::NaiveDate::parse_from_str(&p, "%Y-%m-%d").ok()),
                    outlet: r.get(3)?,
                    title: r.get(4)?,
                    url: r.get(5)?,
                })
            },
        )
    }

    /// Rebuilds the `attache extract` record of a stored document from its rows.
    pub fn record(&self, key: &str) -> Result<Option<Record>> {
        let Some(doc) = self.document(key)? else { return Ok(None) };
        let text = doc.text.as_str();
        let span = |s: i64, e: i64| SpanRecord {
            start: s as usize,
            end: e as usize,
            text: text.get(s as usize..e as usize).unwrap_or_default().to_string(),
        };
        let spans = |json: String| -> Result<Vec<SpanRecord>> {
            let pairs: Vec<[i64; 2]> = serde_json::from_str(&json)?;
            Ok(pairs.iter().map(|p| span(p[0], p[1])).collect())
        };
        let eid = |n: Option<i64>| n.map(|n| format!("e{n}"));
        let sentences: i64 = self.conn.one("SELECT sentences FROM documents WHERE key = ?1", args![key])?;
        let refs: Option<String> = self.conn.one("SELECT refs FROM documents WHERE key = ?1", args![key])?;
        type RefRow = (usize, usize, attache_model::EntityKind, attache_model::ReferenceForm, String);
        let references = match refs {
            Some(json) => serde_json::from_str::<Vec<RefRow>>(&json)?
                .into_iter()
                .map(|(start, end, kind, form, head)| attache_model::record::ReferenceRecord {
                    kind,
                    form,
                    start,
                    end,
                    text: text.get(start..end).unwrap_or_default().to_string(),
                    head,
                })
                .collect(),
            None => Vec::new(),
        };

        let mut entities = Vec::new();
        self.conn.each(
            "SELECT n, kind, name, country, sector, code, titles, members, lat, lon, geonameid, source, spans \
             FROM entities WHERE doc_id = (SELECT id FROM documents WHERE key = ?1) ORDER BY n",
            args![key],
            |r| {
                entities.push(EntityRecord {
                    id: format!("e{}", r.get::<i64>(0)?),
                    kind: serde_json::from_value(serde_json::Value::String(r.get(1)?))?,
                    name: r.get(2)?,
                    country: r.get(3)?,
                    sector: r.get(4)?,
                    code: r.get(5)?,
                    titles: serde_json::from_str(&r.get::<String>(6)?)?,
                    members: serde_json::from_str(&r.get::<String>(7)?)?,
                    lat: r.get(8)?,
                    lon: r.get(9)?,
                    geonameid: r.get::<Option<i64>>(10)?.map(|g| g as u64),
                    source: r.get(11)?,
                    mentions: spans(r.get(12)?)?,
                });
                Ok(())
            },
        )?;

        let mut events = Vec::new();
        self.conn.each("SELECT id, n, type, mode, cameo, quad_class, goldstein, date, date_precision, date_source, location_name, \
             location_country, lat, lon, geonameid, location_source, modality, trigger_start, trigger_end, \
             sentence_start, sentence_end, report_sources, rule FROM events WHERE doc_id = (SELECT id FROM documents WHERE key = ?1) ORDER BY n", args![key], |r| {
            let id: i64 = r.get(0)?;
            let mut actors = Vec::new();
            let mut recipients = Vec::new();
            self.conn.each(
                "SELECT role, entity_n, code, country, sector, text, implicit FROM participants WHERE event_id = ?1 \
                 ORDER BY role, pos",
                args![id],
                |p| {
                let part = ParticipantRecord {
                    entity: eid(p.get(1)?),
                    code: p.get(2)?,
                    country: p.get(3)?,
                    sector: p.get(4)?,
                    text: p.get(5)?,
                    implicit: p.get::<i64>(6)? != 0,
                };
                if p.get::<String>(0)? == "actor" {
                    actors.push(part);
                } else {
                    recipients.push(part);
                }
                Ok(())
            })?;
            let location_name: Option<String> = r.get(10)?;
            events.push(EventRecord {
                id: format!("v{}", r.get::<i64>(1)?),
                kind: r.get(2)?,
                mode: r.get(3)?,
                cameo: r.get(4)?,
                quad_class: r.get::<i64>(5)? as u8,
                goldstein: r.get::<f64>(6)? as f32,
                actors,
                recipients,
                date: r.get(7)?,
                date_precision: r.get(8)?,
                date_source: r.get(9)?,
                location: match location_name {
                    Some(name) => Some(LocationRecord {
                        name,
                        country: r.get(11)?,
                        lat: r.get(12)?,
                        lon: r.get(13)?,
                        geonameid: r.get::<Option<i64>>(14)?.map(|g| g as u64),
                        source: r.get::<Option<String>>(15)?.unwrap_or_default(),
                    }),
                    None => None,
                },
                modality: r.get(16)?,
                trigger: span(r.get(17)?, r.get(18)?),
                sentence: span(r.get(19)?, r.get(20)?),
                report_sources: serde_json::from_str(&r.get::<String>(21)?)?,
                rule: r.get(22)?,
            });
            Ok(())
        })?;

        let mut statements = Vec::new();
        self.conn.each("SELECT n, speaker_n, speaker_name, speaker_start, speaker_end, cue_start, cue_end, content_start, content_end, \
             direct FROM statements WHERE doc_id = (SELECT id FROM documents WHERE key = ?1) ORDER BY n", args![key], |r| {
            let (ss, se): (Option<i64>, Option<i64>) = (r.get(3)?, r.get(4)?);
            statements.push(StatementRecord {
                id: format!("s{}", r.get::<i64>(0)?),
                speaker: eid(r.get(1)?),
                speaker_name: r.get(2)?,
                speaker_span: ss.zip(se).map(|(s, e)| span(s, e)),
                cue: span(r.get(5)?, r.get(6)?),
                content: span(r.get(7)?, r.get(8)?),
                direct: r.get::<i64>(9)? != 0,
            });
            Ok(())
        })?;

        let mut report_sources = Vec::new();
        self.conn.each("SELECT name, entity_n, hedged, spans FROM report_sources WHERE doc_id = (SELECT id FROM documents WHERE key = ?1) ORDER BY n", args![key], |r| {
            report_sources.push(ReportSourceRecord {
                name: r.get(0)?,
                entity: eid(r.get(1)?),
                hedged: r.get::<i64>(2)? != 0,
                mentions: spans(r.get(3)?)?,
            });
            Ok(())
        })?;

        let mut themes = Vec::new();
        self.conn.each(
            "SELECT theme, label, spans FROM themes WHERE doc_id = (SELECT id FROM documents WHERE key = ?1)",
            args![key],
            |r| {
                themes.push(ThemeRecord { id: r.get(0)?, label: r.get(1)?, mentions: spans(r.get(2)?)? });
                Ok(())
            },
        )?;
        // Themes in order of first mention, as the analysis emits them.
        themes.sort_by_key(|t| t.mentions.first().map(|s| s.start));

        let mut diagnostics = Vec::new();
        self.conn.each("SELECT code, message, span_start, span_end FROM diagnostics WHERE doc_id = (SELECT id FROM documents WHERE key = ?1) ORDER BY n", args![key], |r| {
            let (s, e): (Option<i64>, Option<i64>) = (r.get(2)?, r.get(3)?);
            diagnostics.push(DiagnosticRecord {
                code: r.get(0)?,
                message: r.get(1)?,
                span: s.zip(e).map(|(s, e)| span(s, e)),
            });
            Ok(())
        })?;

        Ok(Some(Record {
            document: DocumentRecord {
                id: doc.id.clone(),
                published: doc.published.map(|d| d.format("%Y-%m-%d").to_string()),
                outlet: doc.outlet.clone(),
                title: doc.title.clone(),
                url: doc.url.clone(),
                sentences: sentences as usize,
            },
            entities,
            events,
            statements,
            report_sources,
            themes,
            references,
            diagnostics,
        }))
    }
}

/// The document-level part of a filter (outlet, theme, text, period on publication date).
/// The document-level parts of `filter` as conditions on a `themes` row aliased `t`,
/// which carries its document's outlet and publication date (schema V2).
fn theme_conditions(filter: &Filter, t: &str, w: &mut Where) {
    if let Some(o) = &filter.outlet {
        w.add(&format!("lower({t}.outlet) = lower(?)"), &[o]);
    }
    if let Some(th) = &filter.theme {
        w.add(&format!("({t}.theme = ? OR lower({t}.label) = lower(?))"), &[th, th]);
    }
    if let Some(s) = &filter.since {
        w.add(&format!("{t}.published >= ?"), &[s]);
    }
    if let Some(u) = &filter.until {
        w.add(&format!("{t}.published <= ?"), &[&format!("{u}\u{10FFFF}")]);
    }
    if let Some(q) = &filter.text {
        w.add(&w.dialect.text_match(&format!("{t}.doc_id"), "?"), &[q]);
    }
}

/// A LIKE pattern (with `ESCAPE '\\'`) matching values that start with `s`.
pub(crate) fn like_prefix(s: &str) -> String {
    format!("{}%", s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"))
}

pub(crate) fn doc_clause(filter: &Filter, dialect: Dialect) -> (String, Vec<String>) {
    let mut w = Where::new(dialect);
    if let Some(o) = &filter.outlet {
        w.add("lower(d.outlet) = lower(?)", &[o]);
    }
    if let Some(t) = &filter.theme {
        w.add("(t.theme = ? OR lower(t.label) = lower(?))", &[t, t]);
    }
    if let Some(s) = &filter.since {
        w.add("d.published >= ?", &[s]);
    }
    if let Some(u) = &filter.until {
        w.add("d.published <= ?", &[&format!("{u}\u{10FFFF}")]);
    }
    if let Some(q) = &filter.text {
        w.add(&w.dialect.text_match("d.id", "?"), &[q]);
    }
    w.finish()
}

/// A WHERE clause under construction: each `?` in a condition takes the next value.
pub(crate) struct Where {
    pub(crate) dialect: Dialect,
    pub(crate) conds: Vec<String>,
    pub(crate) params: Vec<String>,
}

impl Where {
    pub(crate) fn new(dialect: Dialect) -> Where {
        Where { dialect, conds: Vec::new(), params: Vec::new() }
    }

    pub(crate) fn add(&mut self, cond: &str, values: &[&str]) {
        let mut parts = cond.split('?');
        let mut c = parts.next().unwrap_or_default().to_string();
        for (part, v) in parts.zip(values) {
            self.params.push(v.to_string());
            c.push_str(&format!("?{}{part}", self.params.len()));
        }
        self.conds.push(c);
    }
    pub(crate) fn finish(self) -> (String, Vec<String>) {
        if self.conds.is_empty() {
            ("1 = 1".into(), self.params)
        } else {
            (self.conds.join(" AND "), self.params)
        }
    }
}

/// Everything an export row of one event needs: the event, its representative report
/// (the one the cluster is named after) and that report's first actor and recipient.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExportEvent {
    pub event: EventRow,
    pub actor: Option<ExportParty>,
    pub recipient: Option<ExportParty>,
    pub location_country: Option<String>,
    pub geonameid: Option<i64>,
    /// The representative report's trigger lies in the article's first paragraph.
    pub in_lead: bool,
    pub url: Option<String>,
    pub ingested_at: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExportParty {
    pub code: String,
    pub name: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub text: String,
}

/// One participant of a report, for PLOVER records.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PartyRow {
    pub role: String,
    pub code: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub text: String,
    pub implicit: bool,
}

impl Store {
    /// Calls `f` with every event matching `filter`, in date and id order, streaming.
    pub fn for_each_export_event(&self, filter: &Filter, mut f: impl FnMut(ExportEvent) -> Result<()>) -> Result<()> {
        let d = self.conn.dialect();
        let (cond, params) = filter.clause(d);
        let page =
            if filter.limit.is_some() || filter.offset.is_some() { filter.page(u64::MAX >> 1) } else { String::new() };
        let blank = d.first_blank_line("d.text");
        let sql = format!(
            "SELECT {EVENT_COLUMNS}, \
             pa.code, ea.name, pa.country, pa.sector, pa.text, pr.code, er.name, pr.country, pr.sector, pr.text, \
             e.location_country, e.geonameid, \
             ({blank} = 0 OR {blank} > e.trigger_start), \
             d.url, d.ingested_at \
             FROM clusters c JOIN events e ON e.id = c.id JOIN documents d ON d.id = e.doc_id \
             LEFT JOIN participants pa ON pa.event_id = e.id AND pa.role = 'actor' AND pa.pos = 0 \
             LEFT JOIN entities ea ON ea.doc_id = e.doc_id AND ea.n = pa.entity_n \
             LEFT JOIN participants pr ON pr.event_id = e.id AND pr.role = 'recipient' AND pr.pos = 0 \
             LEFT JOIN entities er ON er.doc_id = e.doc_id AND er.n = pr.entity_n \
             WHERE c.id IN (SELECT e.cluster_id FROM events e JOIN documents d ON d.id = e.doc_id WHERE {cond}) \
             ORDER BY c.date NULLS FIRST, c.key{page}"
        );
        self.conn.each(&sql, &borrow_all(&params), |r| {
            let party = |at: usize| -> Result<Option<ExportParty>> {
                let code: Option<String> = r.get(at)?;
                Ok(match code {
                    Some(code) => Some(ExportParty {
                        code,
                        name: r.get(at + 1)?,
                        country: r.get(at + 2)?,
                        sector: r.get(at + 3)?,
                        text: r.get(at + 4)?,
                    }),
                    None => None,
                })
            };
            let row = ExportEvent {
                event: event_row(r)?,
                actor: party(16)?,
                recipient: party(21)?,
                location_country: r.get(26)?,
                geonameid: r.get(27)?,
                in_lead: r.get::<i64>(28)? != 0,
                url: r.get(29)?,
                ingested_at: r.get(30)?,
            };
            f(row)
        })
    }

    /// Calls `f` with every report matching `filter`, in date and id order, streaming.
    pub fn for_each_mention(&self, filter: &Filter, mut f: impl FnMut(MentionRow) -> Result<()>) -> Result<()> {
        let d = self.conn.dialect();
        let (cond, params) = filter.clause(d);
        let page =
            if filter.limit.is_some() || filter.offset.is_some() { filter.page(u64::MAX >> 1) } else { String::new() };
        let sql = format!(
            "SELECT {} FROM events e JOIN documents d ON d.id = e.doc_id WHERE {cond} \
             ORDER BY e.cluster_date NULLS FIRST, e.id{page}",
            mention_columns(d)
        );
        self.conn.each(&sql, &borrow_all(&params), |r| f(mention_row(r)?))
    }

    /// The actors and recipients of one report.
    pub fn parties(&self, mention: &str) -> Result<Vec<PartyRow>> {
        self.conn.rows(
            &format!(
                "SELECT role, code, country, sector, text, implicit FROM participants WHERE event_id = {MENTION_BY_KEY} \
                 ORDER BY role, pos"
            ),
            args![mention],
            |r| {
                Ok(PartyRow {
                    role: r.get(0)?,
                    code: r.get(1)?,
                    country: r.get(2)?,
                    sector: r.get(3)?,
                    text: r.get(4)?,
                    implicit: r.get::<i64>(5)? != 0,
                })
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A filter by actor code reads index ranges, the partial `participants_code` among
    /// them (schema 6): its queries must state the index's condition for SQLite to use it.
    /// A filter of events by party reads the indexes alone (schema 7).
    #[test]
    fn code_filters_read_the_partial_code_index() {
        let path = crate::testing::scratch_sqlite("partial_code_index");
        let store = Store::open(&path).unwrap();
        let plan = |sql: &str, params: &[String]| -> String {
            store
                .db()
                .rows(&format!("EXPLAIN QUERY PLAN {sql}"), &borrow_all(params), |r| r.get::<String>(3))
                .unwrap()
                .join("\n")
        };
        let f = Filter { actor: Some("KAZGOV".into()), ..Filter::default() };
        let (cond, params) = f.clause(Dialect::Sqlite);
        let mentions =
            plan(&format!("SELECT e.id FROM events e JOIN documents d ON d.id = e.doc_id WHERE {cond}"), &params);
        assert!(mentions.contains("USING INDEX participants_code"), "{mentions}");
        assert!(mentions.contains("USING INDEX participants_country"), "{mentions}");
        // The events of a party come from the indexes alone (schema 7): four branches,
        // each reading a covering index, and neither `events` nor the participants' table.
        for f in [f, Filter { country: Some("USA".into()), since: Some("2025-01-01".into()), ..Filter::default() }] {
            let (scope, params) = f.cluster_scope(Dialect::Sqlite);
            let events = plan(&format!("SELECT c.id FROM clusters c WHERE {scope}"), &params);
            assert_eq!(events.matches("SEARCH p USING COVERING INDEX participants_code").count(), 2, "{events}");
            assert_eq!(events.matches("SEARCH p USING COVERING INDEX participants_country").count(), 2, "{events}");
            assert!(!events.contains("SCAN p") && !events.contains("SEARCH p USING INDEX"), "{events}");
            assert!(!events.contains(" e "), "{events}");
        }
        // Themes are looked up by `themes_first` (theme, outlet, published), the only
        // index that starts with the theme since schema 6.
        let themes = plan("SELECT doc_id FROM themes t WHERE t.theme = 'sanctions'", &[]);
        assert!(themes.contains("USING INDEX themes_first"), "{themes}");
    }
}
