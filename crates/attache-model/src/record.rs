//! The JSON output contract of `attache extract` (documented in `docs/schema.md`).
//!
//! These types are the stable boundary: they are built from the domain types and may
//! only grow. Every span carries its `text`, equal to `document.text[start..end]`.

use crate::{Analysis, Document, EntityKind, Participant, Span};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub document: DocumentRecord,
    pub entities: Vec<EntityRecord>,
    pub events: Vec<EventRecord>,
    pub statements: Vec<StatementRecord>,
    pub report_sources: Vec<ReportSourceRecord>,
    pub themes: Vec<ThemeRecord>,
    /// Records written before references existed have none.
    #[serde(default)]
    pub references: Vec<ReferenceRecord>,
    pub diagnostics: Vec<DiagnosticRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub id: String,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub sentences: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpanRecord {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub titles: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonameid: Option<u64>,
    /// `kb:<table>:<key>` or `rule:<name>`: where the entity's facts come from.
    pub source: String,
    pub mentions: Vec<SpanRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParticipantRecord {
    pub entity: Option<String>,
    pub code: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub text: String,
    /// True when the text does not name this participant (see docs/schema.md).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub implicit: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationRecord {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonameid: Option<u64>,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Option<String>,
    pub cameo: String,
    pub quad_class: u8,
    pub goldstein: f32,
    pub actors: Vec<ParticipantRecord>,
    pub recipients: Vec<ParticipantRecord>,
    pub date: Option<String>,
    pub date_precision: Option<String>,
    pub date_source: String,
    pub location: Option<LocationRecord>,
    pub modality: String,
    pub trigger: SpanRecord,
    pub sentence: SpanRecord,
    pub report_sources: Vec<String>,
    pub rule: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementRecord {
    pub id: String,
    pub speaker: Option<String>,
    pub speaker_name: Option<String>,
    /// The words naming the speaker at this statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_span: Option<SpanRecord>,
    pub cue: SpanRecord,
    pub content: SpanRecord,
    pub direct: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportSourceRecord {
    pub name: String,
    pub entity: Option<String>,
    pub hedged: bool,
    pub mentions: Vec<SpanRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThemeRecord {
    pub id: String,
    pub label: String,
    pub mentions: Vec<SpanRecord>,
}

/// A mention that names no one: [`crate::Reference`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReferenceRecord {
    pub kind: EntityKind,
    pub form: crate::ReferenceForm,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The pronoun or head noun, lowercase.
    pub head: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticRecord {
    pub code: String,
    pub message: String,
    pub span: Option<SpanRecord>,
}

impl Record {
    /// The record of `analysis`, which must have been made from `doc`: [`RecordRef`], the
    /// one place that decides what the JSON holds, with its texts copied.
    pub fn new(doc: &Document, analysis: &Analysis) -> Record {
        RecordRef::new(doc, analysis).to_record()
    }
}

/// [`Record`] borrowed from the document and its analysis, for writing it out: the same
/// JSON, field for field (the ids and sources are formatted as they are written, the
/// span texts are slices of the document), without copying every mention's text and
/// name into strings first. `attache extract` writes this; [`Record`] stays the type
/// that is read back.
#[derive(Debug, Serialize)]
pub struct RecordRef<'a> {
    pub document: DocumentRef<'a>,
    pub entities: Vec<EntityRef<'a>>,
    pub events: Vec<EventRef<'a>>,
    pub statements: Vec<StatementRef<'a>>,
    pub report_sources: Vec<ReportSourceRef<'a>>,
    pub themes: Vec<ThemeRef<'a>>,
    pub references: Vec<ReferenceRef<'a>>,
    pub diagnostics: Vec<DiagnosticRef<'a>>,
}

/// An id as `e12`, `v3`, `s1`: a prefix and a number from 1, written without a string.
#[derive(Debug, Clone, Copy)]
pub struct Id(pub char, pub usize);

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.0, self.1 + 1)
    }
}

impl Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // The id as `Display` writes it, put together on the stack: the output has one
        // for every mention, event and statement, and formatting it cost more than
        // writing it.
        let mut number = itoa::Buffer::new();
        let digits = number.format(self.1 + 1).as_bytes();
        let mut buf = [0u8; 24];
        let n = self.0.encode_utf8(&mut buf).len();
        buf[n..n + digits.len()].copy_from_slice(digits);
        s.serialize_str(std::str::from_utf8(&buf[..n + digits.len()]).unwrap_or_default())
    }
}

/// An entity's `source`: `kb:<table>:<key>` or `rule:<name>`.
#[derive(Debug, Clone, Copy)]
pub struct SourceRef<'a>(&'a crate::Provenance);

impl std::fmt::Display for SourceRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            crate::Provenance::Kb(k) => write!(f, "kb:{k}"),
            crate::Provenance::Rule(r) => write!(f, "rule:{r}"),
        }
    }
}

impl Serialize for SourceRef<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // As `Display` writes it, joined without the formatting machinery.
        let (prefix, name) = match self.0 {
            crate::Provenance::Kb(k) => ("kb:", k.as_str()),
            crate::Provenance::Rule(r) => ("rule:", *r),
        };
        s.serialize_str(&[prefix, name].concat())
    }
}

fn no_strings(v: &&[String]) -> bool {
    v.is_empty()
}

#[derive(Debug, Serialize)]
pub struct DocumentRef<'a> {
    pub id: &'a str,
    pub published: Option<String>,
    pub outlet: Option<&'a str>,
    pub title: Option<&'a str>,
    pub url: Option<&'a str>,
    pub sentences: usize,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct SpanRef<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Debug, Serialize)]
pub struct EntityRef<'a> {
    pub id: Id,
    pub kind: EntityKind,
    pub name: &'a str,
    pub country: Option<&'a str>,
    pub sector: Option<&'a str>,
    pub titles: &'a [String],
    #[serde(skip_serializing_if = "no_strings")]
    pub members: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geonameid: Option<u64>,
    pub source: SourceRef<'a>,
    pub mentions: Vec<SpanRef<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ParticipantRef<'a> {
    pub entity: Option<Id>,
    pub code: &'a str,
    pub country: Option<&'a str>,
    pub sector: Option<&'a str>,
    pub text: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub implicit: bool,
}

#[derive(Debug, Serialize)]
pub struct LocationRef<'a> {
    pub name: &'a str,
    pub country: Option<&'a str>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geonameid: Option<u64>,
    pub source: &'a str,
}

#[derive(Debug, Serialize)]
pub struct EventRef<'a> {
    pub id: Id,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub mode: Option<&'a str>,
    pub cameo: &'a str,
    pub quad_class: u8,
    pub goldstein: f32,
    pub actors: Vec<ParticipantRef<'a>>,
    pub recipients: Vec<ParticipantRef<'a>>,
    pub date: Option<String>,
    pub date_precision: Option<&'static str>,
    pub date_source: &'static str,
    pub location: Option<LocationRef<'a>>,
    pub modality: &'static str,
    pub trigger: SpanRef<'a>,
    pub sentence: SpanRef<'a>,
    pub report_sources: &'a [String],
    pub rule: &'a str,
}

#[derive(Debug, Serialize)]
pub struct StatementRef<'a> {
    pub id: Id,
    pub speaker: Option<Id>,
    pub speaker_name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_span: Option<SpanRef<'a>>,
    pub cue: SpanRef<'a>,
    pub content: SpanRef<'a>,
    pub direct: bool,
}

#[derive(Debug, Serialize)]
pub struct ReportSourceRef<'a> {
    pub name: &'a str,
    pub entity: Option<Id>,
    pub hedged: bool,
    pub mentions: Vec<SpanRef<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ThemeRef<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub mentions: Vec<SpanRef<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ReferenceRef<'a> {
    pub kind: EntityKind,
    pub form: crate::ReferenceForm,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub head: String,
}

#[derive(Debug, Serialize)]
pub struct DiagnosticRef<'a> {
    pub code: &'a str,
    pub message: &'a str,
    pub span: Option<SpanRef<'a>>,
}

impl<'a> DiagnosticRef<'a> {
    /// A diagnostic made before the analysis (a note on the input).
    pub fn of(d: &'a DiagnosticRecord) -> Self {
        DiagnosticRef {
            code: &d.code,
            message: &d.message,
            span: d.span.as_ref().map(|s| SpanRef { start: s.start, end: s.end, text: &s.text }),
        }
    }
}

impl<'a> RecordRef<'a> {
    /// The [`Record`] of `analysis`, which must have been made from `doc`, borrowed.
    pub fn new(doc: &'a Document, analysis: &'a Analysis) -> RecordRef<'a> {
        let span =
            |s: Span| SpanRef { start: s.start, end: s.end, text: doc.text.get(s.start..s.end).unwrap_or_default() };
        let entity = |e: usize| Id('e', e);
        let participant = |p: &'a Participant| ParticipantRef {
            entity: p.entity.map(entity),
            code: &p.code,
            country: p.country.as_deref(),
            sector: p.sector.as_deref(),
            text: if p.implicit { "" } else { span(p.span).text },
            implicit: p.implicit,
        };
        RecordRef {
            document: DocumentRef {
                id: &doc.id,
                published: doc.published.map(crate::render_day),
                outlet: doc.outlet.as_deref(),
                title: doc.title.as_deref(),
                url: doc.url.as_deref(),
                sentences: analysis.sentences.len(),
            },
            entities: analysis
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| EntityRef {
                    id: entity(i),
                    kind: e.kind,
                    name: &e.name,
                    country: e.country.as_deref(),
                    sector: e.sector.as_deref(),
                    titles: &e.titles,
                    members: &e.members,
                    code: e.code.as_deref(),
                    lat: e.coords.map(|c| c.0),
                    lon: e.coords.map(|c| c.1),
                    geonameid: e.geonameid,
                    source: SourceRef(&e.provenance),
                    mentions: e.mentions.iter().map(|s| span(*s)).collect(),
                })
                .collect(),
            events: analysis
                .events
                .iter()
                .enumerate()
                .map(|(i, ev)| EventRef {
                    id: Id('v', i),
                    kind: ev.plover.as_str(),
                    mode: ev.mode.as_deref(),
                    cameo: &ev.cameo,
                    quad_class: ev.quad_class().0,
                    goldstein: ev.goldstein,
                    actors: ev.actors.iter().map(participant).collect(),
                    recipients: ev.recipients.iter().map(participant).collect(),
                    date: ev.date.map(|d| d.render()),
                    date_precision: ev.date.map(|d| d.precision()),
                    date_source: ev.date_source,
                    location: ev.location.as_ref().map(|p| LocationRef {
                        name: &p.name,
                        country: p.country.as_deref(),
                        lat: p.coords.map(|c| c.0),
                        lon: p.coords.map(|c| c.1),
                        geonameid: p.geonameid,
                        source: p.source,
                    }),
                    modality: ev.modality.as_str(),
                    trigger: span(ev.trigger),
                    sentence: span(ev.sentence),
                    report_sources: &ev.report_sources,
                    rule: &ev.rule,
                })
                .collect(),
            statements: analysis
                .statements
                .iter()
                .enumerate()
                .map(|(i, st)| StatementRef {
                    id: Id('s', i),
                    speaker: st.speaker.map(entity),
                    speaker_name: st.speaker.and_then(|e| analysis.entities.get(e)).map(|e| e.name.as_str()),
                    speaker_span: st.speaker_span.map(span),
                    cue: span(st.cue),
                    content: span(st.content),
                    direct: st.direct,
                })
                .collect(),
            report_sources: analysis
                .report_sources
                .iter()
                .map(|r| ReportSourceRef {
                    name: &r.name,
                    entity: r.entity.map(entity),
                    hedged: r.hedged,
                    mentions: r.mentions.iter().map(|s| span(*s)).collect(),
                })
                .collect(),
            themes: analysis
                .themes
                .iter()
                .map(|t| ThemeRef {
                    id: &t.id,
                    label: &t.label,
                    mentions: t.mentions.iter().map(|s| span(*s)).collect(),
                })
                .collect(),
            references: analysis
                .references
                .iter()
                .map(|r| ReferenceRef {
                    kind: r.kind,
                    form: r.form,
                    start: r.span.start,
                    end: r.span.end,
                    text: span(r.span).text,
                    head: span(r.head).text.to_lowercase(),
                })
                .collect(),
            diagnostics: analysis
                .diagnostics
                .iter()
                .map(|d| DiagnosticRef { code: d.code, message: &d.message, span: d.span.map(span) })
                .collect(),
        }
    }
}

impl SpanRef<'_> {
    fn to_record(self) -> SpanRecord {
        SpanRecord { start: self.start, end: self.end, text: self.text.to_string() }
    }
}

fn owned(s: Option<&str>) -> Option<String> {
    s.map(str::to_string)
}

impl ParticipantRef<'_> {
    fn to_record(&self) -> ParticipantRecord {
        ParticipantRecord {
            entity: self.entity.map(|e| e.to_string()),
            code: self.code.to_string(),
            country: owned(self.country),
            sector: owned(self.sector),
            text: self.text.to_string(),
            implicit: self.implicit,
        }
    }
}

impl RecordRef<'_> {
    /// The owned [`Record`]: the same fields, with every text copied.
    pub fn to_record(&self) -> Record {
        let spans = |v: &[SpanRef]| v.iter().map(|s| s.to_record()).collect();
        let d = &self.document;
        Record {
            document: DocumentRecord {
                id: d.id.to_string(),
                published: d.published.clone(),
                outlet: owned(d.outlet),
                title: owned(d.title),
                url: owned(d.url),
                sentences: d.sentences,
            },
            entities: self
                .entities
                .iter()
                .map(|e| EntityRecord {
                    id: e.id.to_string(),
                    kind: e.kind,
                    name: e.name.to_string(),
                    country: owned(e.country),
                    sector: owned(e.sector),
                    titles: e.titles.to_vec(),
                    members: e.members.to_vec(),
                    code: owned(e.code),
                    lat: e.lat,
                    lon: e.lon,
                    geonameid: e.geonameid,
                    source: e.source.to_string(),
                    mentions: spans(&e.mentions),
                })
                .collect(),
            events: self
                .events
                .iter()
                .map(|ev| EventRecord {
                    id: ev.id.to_string(),
                    kind: ev.kind.to_string(),
                    mode: owned(ev.mode),
                    cameo: ev.cameo.to_string(),
                    quad_class: ev.quad_class,
                    goldstein: ev.goldstein,
                    actors: ev.actors.iter().map(ParticipantRef::to_record).collect(),
                    recipients: ev.recipients.iter().map(ParticipantRef::to_record).collect(),
                    date: ev.date.clone(),
                    date_precision: owned(ev.date_precision),
                    date_source: ev.date_source.to_string(),
                    location: ev.location.as_ref().map(|l| LocationRecord {
                        name: l.name.to_string(),
                        country: owned(l.country),
                        lat: l.lat,
                        lon: l.lon,
                        geonameid: l.geonameid,
                        source: l.source.to_string(),
                    }),
                    modality: ev.modality.to_string(),
                    trigger: ev.trigger.to_record(),
                    sentence: ev.sentence.to_record(),
                    report_sources: ev.report_sources.to_vec(),
                    rule: ev.rule.to_string(),
                })
                .collect(),
            statements: self
                .statements
                .iter()
                .map(|st| StatementRecord {
                    id: st.id.to_string(),
                    speaker: st.speaker.map(|e| e.to_string()),
                    speaker_name: owned(st.speaker_name),
                    speaker_span: st.speaker_span.map(SpanRef::to_record),
                    cue: st.cue.to_record(),
                    content: st.content.to_record(),
                    direct: st.direct,
                })
                .collect(),
            report_sources: self
                .report_sources
                .iter()
                .map(|r| ReportSourceRecord {
                    name: r.name.to_string(),
                    entity: r.entity.map(|e| e.to_string()),
                    hedged: r.hedged,
                    mentions: spans(&r.mentions),
                })
                .collect(),
            themes: self
                .themes
                .iter()
                .map(|t| ThemeRecord { id: t.id.to_string(), label: t.label.to_string(), mentions: spans(&t.mentions) })
                .collect(),
            references: self
                .references
                .iter()
                .map(|r| ReferenceRecord {
                    kind: r.kind,
                    form: r.form,
                    start: r.start,
                    end: r.end,
                    text: r.text.to_string(),
                    head: r.head.clone(),
                })
                .collect(),
            diagnostics: self
                .diagnostics
                .iter()
                .map(|d| DiagnosticRecord {
                    code: d.code.to_string(),
                    message: d.message.to_string(),
                    span: d.span.map(SpanRef::to_record),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Id, SourceRef};
    use crate::Provenance;

    /// Ids and sources are written as their `Display` writes them, in a JSON string.
    #[test]
    fn ids_and_sources_serialize_as_they_display() {
        for id in [Id('e', 0), Id('v', 8), Id('s', 9), Id('e', 123_456), Id('é', usize::MAX - 1)] {
            assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"{id}\""));
        }
        for p in [Provenance::Kb("people:Xi Jinping".into()), Provenance::Kb("a\"b".into()), Provenance::Rule("title")]
        {
            let source = SourceRef(&p);
            assert_eq!(serde_json::to_string(&source).unwrap(), serde_json::to_string(&source.to_string()).unwrap());
        }
    }
}
