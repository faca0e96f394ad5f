//! Aggregates for the dashboard and the JSON API of `attache serve`: corpus statistics,
//! event timelines, the places of events, and article lists with full-text search.
//!
//! Each takes the same [`Filter`] as the CLI queries. Filters that only name the PLOVER
//! type and the date range are answered from the `clusters` table alone (every report of
//! a cluster has the cluster's type and date); any other filter goes through the reports.

use crate::db::{args, borrow_all, Dialect};
use crate::query::{Filter, Period, Where, CODE_NOT_COUNTRY};
use crate::{Result, Store};
use serde::Serialize;

/// How a timeline splits its counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Split {
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[default]
    Quad,
    /// PLOVER type.
    Type,
}

impl std::str::FromStr for Split {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Split, String> {
        match s {
            "quad" => Ok(Split::Quad),
            "type" => Ok(Split::Type),
            _ => Err(format!("`{s}` is not a split: use quad or type")),
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TimelineRow {
    pub period: Option<String>,
    /// The quad class (as text) or the PLOVER type.
    pub key: String,
    pub events: i64,
    pub mentions: i64,
    pub goldstein_avg: f64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PlaceRow {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub events: i64,
    pub mentions: i64,
    pub cooperation: i64,
    pub conflict: i64,
    pub goldstein_avg: f64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ArticleRow {
    pub key: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    /// Event reports in the article.
    pub events: i64,
    /// With a text search: a passage around the matches, each match between U+E000 and
    /// U+E001 (private-use characters that never occur in stored text).
    pub snippet: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Stats {
    pub documents: i64,
    pub reports: i64,
    pub events: i64,
    pub statements: i64,
    pub entities: i64,
    pub failures: i64,
    pub outlets: i64,
    pub themes: i64,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub first_event: Option<String>,
    pub last_event: Option<String>,
    /// Events per quad class, `[1, 2, 3, 4]`.
    pub quad_classes: [i64; 4],
    /// Events per PLOVER type, most frequent first.
    pub types: Vec<Count>,
    /// Articles per outlet, the 200 largest outlets.
    pub top_outlets: Vec<Count>,
    /// Articles per theme (by label), the 200 most used themes.
    pub top_themes: Vec<Count>,
}

/// A name and how often it occurs.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Count {
    pub name: String,
    pub count: i64,
}

/// A mean Goldstein value as shown: to two decimals (the scale has one), so that the
/// engines' different summation orders do not show; 0 for no events.
/// The mean Goldstein value, to two decimals, from the sum of the values in tenths (as
/// [`GOLDSTEIN_TENTHS`] adds them) and their count. The engines add floats in different
/// orders, so an average taken in SQL can fall either side of a rounding boundary
/// (2.025 as 2.02 or 2.03); a sum of integers is the same everywhere.
fn mean(tenths: Option<i64>, count: i64) -> f64 {
    if count == 0 {
        return 0.0;
    }
    (tenths.unwrap_or(0) as f64 * 10.0 / count as f64).round() / 100.0
}

/// Goldstein values (one decimal in CAMEO) summed as integers, for [`mean`].
const GOLDSTEIN_TENTHS: &str = "SUM(CAST(ROUND(c.goldstein * 10) AS INTEGER))";

pub const SNIPPET_START: char = '\u{E000}';
pub const SNIPPET_END: char = '\u{E001}';

impl Filter {
    /// A condition on `clusters c` selecting the events that match. The type, the period,
    /// the CAMEO code and the quad class are the event's own (every report of a cluster
    /// has its type and date; its code is the most reported one); countries and actor
    /// codes match any report's parties (`participants`); place, outlet, theme and
    /// text match any report.
    pub(crate) fn cluster_scope(&self, dialect: Dialect) -> (String, Vec<String>) {
        let mut w = Where::new(dialect);
        if let Some(t) = &self.kind {
            w.add("c.type = ?", &[&t.to_ascii_uppercase()]);
        }
        if let Some(c) = &self.cameo {
            // The event's code is its most reported one.
            w.add("c.cameo LIKE ? ESCAPE '\\'", &[&crate::query::like_prefix(c)]);
        }
        if let Some(q) = self.quad_class {
            w.add(&format!("c.quad_class = {}", q as i64), &[]);
        }
        let until = self.until.as_ref().map(|u| format!("{u}\u{10FFFF}"));
        if let Some(s) = &self.since {
            w.add("c.date >= ?", &[s]);
        }
        if let Some(u) = &until {
            w.add("c.date <= ?", &[u]);
        }
        for (value, role) in [
            (&self.actor, "= 'actor'"),
            (&self.recipient, "= 'recipient'"),
            (&self.country, "IN ('actor', 'recipient')"),
        ] {
            let Some(v) = value else { continue };
            let up = v.to_ascii_uppercase();
            let high = format!("{up}\u{10FFFF}");
            // A cluster's parties are those of its reports, which all have its date: the
            // participants' indexes by (country, role, date, cluster_id) and (code, role,
            // date, cluster_id) give their clusters from the index alone (schemas 5 and 7;
            // schema 6 looked each participant's report up in `events` for its cluster).
            // The period narrows the key range of a country or code
            // given whole, so a country in one month reads only that month; the longer
            // codes that start with the value (`KAZGOV` for `KAZ`) and the countries that
            // do (none, for a country given whole) are ranges of their own. The code
            // branches read only codes that are not their party's country (the partial
            // index of schema 6); the others are the country branches' rows.
            let mut period = String::new();
            let mut dates: Vec<&str> = Vec::new();
            if let Some(s) = &self.since {
                period.push_str(" AND p.date >= ?");
                dates.push(s);
            }
            if let Some(u) = &until {
                period.push_str(" AND p.date <= ?");
                dates.push(u);
            }
            let mut values: Vec<&str> = Vec::new();
            let mut branches = Vec::new();
            for (column, range) in [("country", false), ("country", true), ("code", false), ("code", true)] {
                let mut cond = if range {
                    values.extend([up.as_str(), high.as_str()]);
                    format!("p.{column} > ? AND p.{column} < ?")
                } else {
                    values.push(&up);
                    format!("p.{column} = ?")
                };
                if column == "code" {
                    // The condition of the partial index `participants_code` (schema 6):
                    // a code that is its party's country is found by the country branches.
                    cond.push_str(&format!(" AND {CODE_NOT_COUNTRY}"));
                }
                values.extend(&dates);
                branches
                    .push(format!("SELECT p.cluster_id FROM participants p WHERE {cond} AND p.role {role}{period}"));
            }
            w.add(&format!("c.id IN ({})", branches.join(" UNION ")), &values);
        }
        let rest = Filter {
            actor: None,
            recipient: None,
            country: None,
            kind: None,
            cameo: None,
            quad_class: None,
            since: None,
            until: None,
            limit: None,
            offset: None,
            ..self.clone()
        };
        let mut inner = Where { dialect, conds: Vec::new(), params: std::mem::take(&mut w.params) };
        rest.mention_conditions(&mut inner);
        w.params = inner.params;
        if !inner.conds.is_empty() {
            // The documents table only when a condition reads it.
            let join =
                if rest.outlet.is_some() || rest.text.is_some() { " JOIN documents d ON d.id = e.doc_id" } else { "" };
            w.conds
                .push(format!("c.id IN (SELECT e.cluster_id FROM events e{join} WHERE {})", inner.conds.join(" AND ")));
        }
        w.finish()
    }
}

impl Store {
    /// Sizes and date ranges of the whole store.
    pub fn stats(&self) -> Result<Stats> {
        let one = |sql: &str| -> Result<i64> { self.conn.one(sql, args![]) };
        let text = |sql: &str| -> Result<Option<String>> { self.conn.one(sql, args![]) };
        let mut quad_classes = [0i64; 4];
        let by_quad =
            self.conn.rows("SELECT quad_class, COUNT(*) FROM clusters GROUP BY quad_class", args![], |r| {
                Ok((r.get::<i64>(0)?, r.get::<i64>(1)?))
            })?;
        for (q, n) in by_quad {
            if (1..=4).contains(&q) {
                quad_classes[q as usize - 1] = n;
            }
        }
        let counts = |sql: &str| -> Result<Vec<Count>> {
            self.conn.rows(sql, args![], |r| Ok(Count { name: r.get(0)?, count: r.get(1)? }))
        };
        Ok(Stats {
            types: counts("SELECT type, COUNT(*) FROM clusters GROUP BY type ORDER BY COUNT(*) DESC, type")?,
            top_outlets: counts(
                "SELECT outlet, COUNT(*) FROM documents WHERE outlet IS NOT NULL GROUP BY outlet \
                 ORDER BY COUNT(*) DESC, outlet LIMIT 200",
            )?,
            top_themes: counts(
                "SELECT label, COUNT(DISTINCT doc_id) FROM themes GROUP BY label ORDER BY COUNT(DISTINCT doc_id) DESC, label LIMIT 200",
            )?,
            documents: one("SELECT COUNT(*) FROM documents")?,
            reports: one("SELECT COUNT(*) FROM events")?,
            events: one("SELECT COUNT(*) FROM clusters")?,
            statements: one("SELECT COUNT(*) FROM statements")?,
            entities: one("SELECT COUNT(*) FROM entities")?,
            failures: one("SELECT COUNT(*) FROM failures")?,
            outlets: one("SELECT COUNT(DISTINCT outlet) FROM documents")?,
            themes: one("SELECT COUNT(DISTINCT theme) FROM themes")?,
            first_published: text("SELECT MIN(published) FROM documents")?,
            last_published: text("SELECT MAX(published) FROM documents")?,
            first_event: text("SELECT MIN(date) FROM clusters")?,
            last_event: text("SELECT MAX(date) FROM clusters")?,
            quad_classes,
        })
    }

    /// Events per period, split by quad class or PLOVER type, with mentions and the mean
    /// Goldstein value. Events without a date are left out.
    pub fn timeline(&self, filter: &Filter, period: Period, split: Split) -> Result<Vec<TimelineRow>> {
        let d = self.conn.dialect();
        let (scope, params) = filter.cluster_scope(d);
        let key = match split {
            Split::Quad => "CAST(c.quad_class AS TEXT)",
            Split::Type => "c.type",
        };
        let sql = format!(
            "SELECT {} AS per, {key} AS k, COUNT(*), SUM(c.num_mentions), {GOLDSTEIN_TENTHS} FROM clusters c \
             WHERE c.date IS NOT NULL AND {scope} GROUP BY per, k ORDER BY per, k",
            period.sql(d, "c.date"),
        );
        self.conn.rows(&sql, &borrow_all(&params), |r| {
            Ok(TimelineRow {
                period: r.get(0)?,
                key: r.get(1)?,
                events: r.get(2)?,
                mentions: r.get(3)?,
                goldstein_avg: mean(r.get(4)?, r.get(2)?),
            })
        })
    }

    /// Places of the matching events, busiest first.
    pub fn places(&self, filter: &Filter) -> Result<Vec<PlaceRow>> {
        let (scope, params) = filter.cluster_scope(self.conn.dialect());
        let sql = format!(
            "SELECT c.location_name, c.lat, c.lon, COUNT(*), SUM(c.num_mentions), \
             SUM(CASE WHEN c.quad_class IN (1, 2) THEN 1 ELSE 0 END), \
             SUM(CASE WHEN c.quad_class IN (3, 4) THEN 1 ELSE 0 END), {GOLDSTEIN_TENTHS} \
             FROM clusters c WHERE c.lat IS NOT NULL AND c.lon IS NOT NULL AND c.location_name IS NOT NULL AND {scope} \
             GROUP BY c.location_name, c.lat, c.lon ORDER BY COUNT(*) DESC, c.location_name{}",
            filter.page(1_000)
        );
        self.conn.rows(&sql, &borrow_all(&params), |r| {
            Ok(PlaceRow {
                name: r.get(0)?,
                lat: r.get(1)?,
                lon: r.get(2)?,
                events: r.get(3)?,
                mentions: r.get(4)?,
                cooperation: r.get(5)?,
                conflict: r.get(6)?,
                goldstein_avg: mean(r.get(7)?, r.get(3)?),
            })
        })
    }

    /// Articles matching the document-level parts of `filter` (outlet, theme, period,
    /// text), newest first, or best match first with a text search.
    pub fn articles(&self, filter: &Filter) -> Result<Vec<ArticleRow>> {
        let (from, cond, params) = self.article_source(filter);
        let (snippet, order) = match (&filter.text, self.conn.dialect()) {
            (Some(_), Dialect::Sqlite) => (
                format!("snippet(documents_fts, 1, '{SNIPPET_START}', '{SNIPPET_END}', ' … ', 24)"),
                "documents_fts.rank, d.key".to_string(),
            ),
            (Some(_), Dialect::Postgres) => {
                let n = params.len();
                (
                    format!(
                        "ts_headline('english', d.text, websearch_to_tsquery('english', ?{n}), \
                         'StartSel={SNIPPET_START}, StopSel={SNIPPET_END}, MaxWords=24, MinWords=12, MaxFragments=2, \
                         FragmentDelimiter=\" … \"')"
                    ),
                    format!(
                        "ts_rank({}, websearch_to_tsquery('english', ?{n})) DESC, d.key",
                        crate::db::PG_TSVECTOR.replace("fd.", "d.")
                    ),
                )
            }
            (None, _) => ("NULL".to_string(), "d.published DESC NULLS LAST, d.key".to_string()),
        };
        let sql = format!(
            "SELECT d.key, d.title, d.outlet, d.published, d.url, \
             (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id), {snippet} \
             FROM {from} WHERE {cond} ORDER BY {order}{}",
            filter.page(50)
        );
        self.conn.rows(&sql, &borrow_all(&params), |r| {
            Ok(ArticleRow {
                key: r.get(0)?,
                title: r.get(1)?,
                outlet: r.get(2)?,
                published: r.get(3)?,
                url: r.get(4)?,
                events: r.get(5)?,
                snippet: r.get(6)?,
            })
        })
    }

    /// Number of articles [`Store::articles`] pages through.
    pub fn count_articles(&self, filter: &Filter) -> Result<u64> {
        let (from, cond, params) = self.article_source(filter);
        let sql = format!("SELECT COUNT(*) FROM {from} WHERE {cond}");
        Ok(self.conn.one::<i64>(&sql, &borrow_all(&params))? as u64)
    }

    /// The FROM and WHERE parts shared by [`Store::articles`] and
    /// [`Store::count_articles`]: a text search joins the full-text index.
    fn article_source(&self, filter: &Filter) -> (String, String, Vec<String>) {
        let (mut cond, mut params) = self.article_clause(filter);
        let from = match (&filter.text, self.conn.dialect()) {
            (Some(q), Dialect::Sqlite) => {
                params.push(q.clone());
                format!(
                    "documents_fts JOIN documents d ON d.id = documents_fts.rowid AND documents_fts MATCH ?{}",
                    params.len()
                )
            }
            (Some(q), Dialect::Postgres) => {
                params.push(q.clone());
                cond.push_str(&format!(
                    " AND {} @@ websearch_to_tsquery('english', ?{})",
                    crate::db::PG_TSVECTOR.replace("fd.", "d."),
                    params.len()
                ));
                "documents d".to_string()
            }
            (None, _) => "documents d".to_string(),
        };
        (from, cond, params)
    }

    /// The article conditions except the text search, which the caller joins.
    fn article_clause(&self, filter: &Filter) -> (String, Vec<String>) {
        let mut f = filter.clone();
        f.text = None;
        let theme = f.theme.take();
        let (mut cond, mut params) = crate::query::doc_clause(&f, self.conn.dialect());
        if let Some(t) = theme {
            params.push(t);
            let n = params.len();
            cond.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM themes t WHERE t.doc_id = d.id AND (t.theme = ?{n} OR lower(t.label) = lower(?{n})))"
            ));
        }
        (cond, params)
    }
}

#[cfg(test)]
mod tests {
    /// Means are rounded from integer sums, half away from zero, so that SQLite and
    /// PostgreSQL give the same figure at a boundary.
    #[test]
    fn means_round_from_tenths_at_the_boundary() {
        assert_eq!(super::mean(Some(81), 4), 2.03); // 20.25 tenths: 2.025
        assert_eq!(super::mean(Some(-81), 4), -2.03);
        assert_eq!(super::mean(Some(34), 1), 3.4);
        assert_eq!(super::mean(None, 0), 0.0);
    }
}
