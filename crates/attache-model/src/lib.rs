//! Domain types shared by every attache crate.
//!
//! The analysis produces an [`Analysis`] for a [`Document`]; every extracted item
//! points back into the document text with a [`Span`] of byte offsets. These types
//! are the *domain*; the stable JSON contract lives in [`record`] and is built from
//! them, so the domain can change without breaking users.

pub mod codes;
pub mod record;

pub use codes::{Modality, Plover, QuadClass};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// One news article as it enters the analysis.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub published: Option<NaiveDate>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Location,
    Country,
    Group,
}

/// Where a fact about an entity came from: the knowledge base or the text itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Provenance {
    /// A knowledge-base record, named by table and key ("people:Xi Jinping").
    Kb(String),
    /// Title grammar or another text rule, named by rule.
    Rule(&'static str),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub kind: EntityKind,
    pub name: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub titles: Vec<String>,
    pub mentions: Vec<Span>,
    /// Member countries of a group (ISO3), empty otherwise.
    pub members: Vec<String>,
    /// CAMEO-style actor code of the entity itself where it has one (IGOs).
    pub code: Option<String>,
    pub provenance: Provenance,
    /// Coordinates for places.
    pub coords: Option<(f64, f64)>,
    pub geonameid: Option<u64>,
}

/// An actor or recipient of an event: one country/sector, optionally tied to an entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    pub entity: Option<usize>,
    pub code: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub span: Span,
    /// Not named by the text but implied: a domestic act with no named recipient is
    /// directed at the actor's own country.
    pub implicit: bool,
}

/// A date as precise as the text supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartialDate {
    Day(NaiveDate),
    Week(NaiveDate),
    Month(i32, u32),
    Year(i32),
}

/// A day as `YYYY-MM-DD` (chrono's `%Y-%m-%d`): the fields are written directly for the
/// years of four digits, without parsing the format for every date; other years take a
/// sign, as chrono writes them.
pub fn render_day(d: NaiveDate) -> String {
    if (0..=9999).contains(&d.year()) {
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    } else {
        d.format("%Y-%m-%d").to_string()
    }
}

impl PartialDate {
    pub fn precision(&self) -> &'static str {
        match self {
            PartialDate::Day(_) => "day",
            PartialDate::Week(_) => "week",
            PartialDate::Month(..) => "month",
            PartialDate::Year(_) => "year",
        }
    }
    pub fn render(&self) -> String {
        match self {
            PartialDate::Day(d) | PartialDate::Week(d) => render_day(*d),
            PartialDate::Month(y, m) => format!("{y:04}-{m:02}"),
            PartialDate::Year(y) => format!("{y:04}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub name: String,
    pub country: Option<String>,
    pub coords: Option<(f64, f64)>,
    pub geonameid: Option<u64>,
    pub span: Option<Span>,
    /// How the place was attached to the event ("in-phrase", "scene", "dateline").
    pub source: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub plover: Plover,
    pub mode: Option<String>,
    pub cameo: String,
    pub goldstein: f32,
    pub actors: Vec<Participant>,
    pub recipients: Vec<Participant>,
    pub date: Option<PartialDate>,
    /// How the date was found ("sentence", "anchor", "published").
    pub date_source: &'static str,
    pub location: Option<Place>,
    pub modality: Modality,
    pub trigger: Span,
    pub sentence: Span,
    pub report_sources: Vec<String>,
    pub rule: String,
}

impl Event {
    pub fn quad_class(&self) -> QuadClass {
        QuadClass::from_cameo(&self.cameo)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub speaker: Option<usize>,
    /// The words that name the speaker at this statement ("Li", "the ministry", "he").
    pub speaker_span: Option<Span>,
    pub cue: Span,
    pub content: Span,
    pub direct: bool,
    pub sentence: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReportSource {
    pub name: String,
    pub entity: Option<usize>,
    pub hedged: bool,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub id: String,
    pub label: String,
    pub mentions: Vec<Span>,
}

/// How a [`Reference`] refers: by a pronoun ("they") or by a common noun ("a police
/// officer", "the hospital").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceForm {
    Pronoun,
    Noun,
}

/// A mention of a person, a group or a place that names none and that no rule resolved
/// to an entity: "a spokesman", "witnesses", "the mosque", "we". `kind` is Person,
/// Organization (a group of people) or Location.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub kind: EntityKind,
    pub form: ReferenceForm,
    pub span: Span,
    /// The pronoun or the head noun.
    pub head: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub message: String,
    pub span: Option<Span>,
}

/// Everything the analysis found in one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
    pub statements: Vec<Statement>,
    pub report_sources: Vec<ReportSource>,
    pub themes: Vec<Theme>,
    pub references: Vec<Reference>,
    pub diagnostics: Vec<Diagnostic>,
}

#[cfg(test)]
mod render_tests {
    use super::PartialDate;
    use chrono::NaiveDate;

    /// A day renders as chrono's `%Y-%m-%d` does, at the edges of four-digit years too.
    #[test]
    fn day_renders_as_chrono_formats_it() {
        let days = [(1, 1, 1), (999, 12, 31), (1999, 2, 28), (2024, 2, 29), (2026, 11, 30), (9999, 12, 31)];
        let edges = [(0, 1, 1), (-1, 6, 15), (10000, 1, 1), (12345, 7, 4)];
        for (y, m, d) in days.into_iter().chain(edges) {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let want = date.format("%Y-%m-%d").to_string();
            assert_eq!(PartialDate::Day(date).render(), want);
            assert_eq!(PartialDate::Week(date).render(), want);
            assert_eq!(super::render_day(date), want);
        }
    }
}
