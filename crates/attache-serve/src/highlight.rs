//! The spans a page highlights in an article: entities, event triggers and sentences,
//! statements (speaker, cue, content), report sources and themes.
//!
//! Stored spans are byte offsets into UTF-8 text; a browser indexes strings in UTF-16
//! code units, so the API gives offsets in those.

use attache_model::record::{Record, SpanRecord};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Highlight {
    /// Offsets in UTF-16 code units, end exclusive.
    pub start: usize,
    pub end: usize,
    /// `person`, `organization`, `location`, `country`, `group`, `trigger`, `sentence`,
    /// `speaker`, `cue`, `quote`, `source` or `theme`.
    pub kind: &'static str,
    /// What a tooltip shows.
    pub label: String,
    /// The record item it belongs to (`e3`, `v1`, `s2`, a theme id, a source name).
    #[serde(rename = "ref")]
    pub reference: String,
}

/// UTF-16 offset of every byte offset that starts a character (and of the end).
struct Utf16Map(Vec<u32>);

impl Utf16Map {
    fn new(text: &str) -> Utf16Map {
        let mut map = vec![0u32; text.len() + 1];
        let mut units = 0u32;
        for (i, c) in text.char_indices() {
            map[i] = units;
            units += c.len_utf16() as u32;
        }
        map[text.len()] = units;
        Utf16Map(map)
    }
    /// `None` for an offset outside the text or inside a character.
    fn at(&self, text: &str, byte: usize) -> Option<usize> {
        (byte <= text.len() && text.is_char_boundary(byte)).then(|| self.0[byte] as usize)
    }
}

pub fn highlights(text: &str, record: &Record) -> Vec<Highlight> {
    let map = Utf16Map::new(text);
    let mut out = Vec::new();
    let mut push = |span: &SpanRecord, kind: &'static str, label: String, reference: String| {
        if let (Some(start), Some(end)) = (map.at(text, span.start), map.at(text, span.end)) {
            if start < end {
                out.push(Highlight { start, end, kind, label, reference });
            }
        }
    };
    for e in &record.entities {
        let kind = match e.kind {
            attache_model::EntityKind::Person => "person",
            attache_model::EntityKind::Organization => "organization",
            attache_model::EntityKind::Location => "location",
            attache_model::EntityKind::Country => "country",
            attache_model::EntityKind::Group => "group",
        };
        let mut label = e.name.clone();
        let facts: Vec<&str> =
            [e.code.as_deref(), e.country.as_deref(), e.sector.as_deref()].into_iter().flatten().collect();
        if !facts.is_empty() {
            label.push_str(&format!(" ({})", facts.join(", ")));
        }
        for m in &e.mentions {
            push(m, kind, label.clone(), e.id.clone());
        }
    }
    for v in &record.events {
        let parties = |ps: &[attache_model::record::ParticipantRecord]| {
            ps.iter().map(|p| p.code.as_str()).collect::<Vec<_>>().join("+")
        };
        let label = format!(
            "{} (CAMEO {}) {} → {}; {}; rule {}",
            v.kind,
            v.cameo,
            parties(&v.actors),
            parties(&v.recipients),
            v.modality,
            v.rule
        );
        push(&v.trigger, "trigger", label.clone(), v.id.clone());
        push(&v.sentence, "sentence", label, v.id.clone());
    }
    for s in &record.statements {
        let who = s.speaker_name.clone().unwrap_or_else(|| "unknown speaker".into());
        if let Some(sp) = &s.speaker_span {
            push(sp, "speaker", format!("speaker: {who}"), s.id.clone());
        }
        push(&s.cue, "cue", format!("statement cue ({})", if s.direct { "direct" } else { "reported" }), s.id.clone());
        push(&s.content, "quote", format!("said by {who}"), s.id.clone());
    }
    for r in &record.report_sources {
        let label = format!("report source: {}{}", r.name, if r.hedged { " (hedged)" } else { "" });
        for m in &r.mentions {
            push(m, "source", label.clone(), r.name.clone());
        }
    }
    for t in &record.themes {
        for m in &t.mentions {
            push(m, "theme", format!("theme: {}", t.label), t.id.clone());
        }
    }
    out.sort_by(|a, b| (a.start, std::cmp::Reverse(a.end), a.kind).cmp(&(b.start, std::cmp::Reverse(b.end), b.kind)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_surrogate_pairs_and_accents() {
        let text = "Ü 😀 Astana";
        let map = Utf16Map::new(text);
        let start = text.find("Astana").unwrap();
        // "Ü" is one unit, the emoji two, plus two spaces.
        assert_eq!(map.at(text, start), Some(5));
        assert_eq!(map.at(text, text.len()), Some(11));
        assert_eq!(map.at(text, 1), None, "inside Ü");
        assert_eq!(map.at(text, 99), None);
    }
}
