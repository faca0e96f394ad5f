//! The analysis of one document: a pure, deterministic function of the document and the
//! knowledge base. No IO, no clock, no global state: the same input gives byte-identical
//! output, which is what makes golden tests, rayon parallelism and distributed workers
//! possible.
//!
//! Stages, each in its own module:
//! segment (tokens, sentences, dateline) → recognise (entities and actor mentions) →
//! dates → statements and report sources → events → themes.

pub mod dates;
pub mod events;
pub mod recognise;
pub mod segment;
pub mod statements;

use attache_kb::Kb;
use attache_model::{Analysis, Diagnostic, Document, Place, Span, Theme};
use statements::PhraseHit;

/// Analyses `doc` with the knowledge base `kb`.
pub fn analyse(doc: &Document, kb: &Kb) -> Analysis {
    let text = doc.text.as_str();
    let tokens = segment::tokenize(text);
    let mut sentence_toks = segment::sentences(text, &tokens);
    let dateline = segment::dateline(text, &tokens);
    // The dateline is not part of the first sentence's grammar.
    if let (Some(d), Some(first)) = (&dateline, sentence_toks.first_mut()) {
        if d.tokens < first.1 {
            first.0 = d.tokens;
        }
    }
    let sentences: Vec<Span> = sentence_toks
        .iter()
        .filter(|(a, b)| a < b)
        .map(|&(a, b)| Span::new(tokens[a].span.start, tokens[b - 1].span.end))
        .collect();
    let mut diagnostics = Vec::new();

    let date_exprs = dates::find(text, &tokens);
    // The anchor for relative dates: publication date, else the dateline's date.
    let (anchor, anchor_source) = match doc.published {
        Some(d) => (Some(d), "published"),
        None => (None, "none"),
    };
    if anchor.is_none() && !date_exprs.is_empty() {
        diagnostics.push(Diagnostic {
            code: "date-without-anchor",
            message: "no publication date: relative dates cannot be resolved (pass --published)".into(),
            span: date_exprs.first().map(|d| d.span),
        });
    }

    let dateline_place = dateline.as_ref().and_then(|d| {
        let raw = &text[d.place.start..d.place.end];
        let name = title_case(raw);
        kb.place(&name).map(|p| Place {
            name: p.name.clone(),
            country: Some(p.country.clone()),
            coords: Some((p.lat, p.lon)),
            geonameid: p.geonameid,
            span: Some(d.place),
            source: "dateline",
        })
    });
    let dateline_country = dateline_place.as_ref().and_then(|p| p.country.clone());
    // Every dictionary is searched at the same word starts.
    let words = kb.word_starts(text);
    let recognised =
        recognise::Recogniser::new(text, &tokens, &sentence_toks, kb, &words, anchor, dateline_country).run();
    diagnostics.extend(recognised.diagnostics);

    let phrases: Vec<PhraseHit> = kb
        .phrases
        .find_in(&words, |_| true)
        .into_iter()
        .filter_map(|h| {
            let a = tokens.partition_point(|t| t.span.end <= h.span.start);
            let b = tokens.partition_point(|t| t.span.start < h.span.end);
            (a < b).then(|| h.targets.iter().map(move |&target| PhraseHit { span: h.span, toks: (a, b), target }))
        })
        .flatten()
        .collect();

    // The knowledge base's event phrasings: statements check their verbs against them,
    // events are coded from them.
    let mut triggers = kb.triggers.find_in(&words, |_| true);
    events::gapped_triggers(text, &tokens, kb, &mut triggers);
    let attribution = statements::attribute(
        text,
        &tokens,
        &sentence_toks,
        &recognised.mentions,
        &phrases,
        kb,
        &triggers,
        &recognised.entities,
        dateline.as_ref().and_then(|d| d.agency),
    );
    let source_names: Vec<Vec<String>> = attribution
        .sentence_sources
        .iter()
        .map(|ix| {
            let mut v: Vec<String> = ix.iter().map(|&i| attribution.sources[i].name.clone()).collect();
            v.dedup();
            v
        })
        .collect();
    let default_sources: Vec<String> = attribution.sources.first().map(|s| vec![s.name.clone()]).unwrap_or_default();

    let phrase_starts = events::phrase_starts(&phrases, tokens.len());
    let input = events::Input {
        text,
        triggers: &triggers,
        tokens: &tokens,
        sentences: &sentence_toks,
        mentions: &recognised.mentions,
        entities: &recognised.entities,
        phrases: &phrases,
        phrase_starts: &phrase_starts,
        dates: &date_exprs,
        kb,
        anchor,
        anchor_source,
        dateline_place,
        sentence_sources: &source_names,
        default_sources: &default_sources,
    };
    let (mut events, event_diags) = events::code(&input);
    events.extend(events::demands(&input, &attribution.statements));
    events.sort_by_key(|e| (e.trigger.start, e.trigger.end));
    diagnostics.extend(event_diags);

    let mut entities = recognised.entities;
    first_person_mentions(text, &tokens, &attribution.statements, &mut entities);
    entities.extend(recognised.groups);
    Analysis {
        sentences,
        entities,
        events,
        statements: attribution.statements,
        report_sources: attribution.sources,
        themes: themes(&words, kb),
        diagnostics,
    }
}

/// "I", "me", "my" inside what a person is quoted as saying are mentions of that person
/// (coreference, like "he" and "she" in the recogniser): "“I will not resign,” Ellwood
/// said"; "we", "us", "our" in a government member's words are mentions of their state.
fn first_person_mentions(
    text: &str,
    tokens: &[segment::Token],
    statements: &[attache_model::Statement],
    entities: &mut [attache_model::Entity],
) {
    use attache_model::EntityKind;
    for s in statements {
        let Some(e) = s.speaker.filter(|&e| entities[e].kind == EntityKind::Person) else {
            continue;
        };
        // A member of a government speaking as "we" speaks for the state: "“We will
        // continue to support Iraq,” the Foreign Secretary said" — if the text names it.
        let official = matches!(entities[e].sector.as_deref(), Some("GOV" | "MIL"));
        let state = entities[e].country.as_deref().filter(|_| official).and_then(|c| {
            entities.iter().position(|x| x.kind == EntityKind::Country && x.country.as_deref() == Some(c))
        });
        let a = tokens.partition_point(|t| t.span.end <= s.content.start);
        let b = tokens.partition_point(|t| t.span.start < s.content.end);
        for t in &tokens[a..b] {
            let w = t.text(text);
            let who = if matches!(w, "I" | "me" | "Me" | "my" | "My" | "myself" | "Myself") {
                Some(e)
            } else if matches!(w, "we" | "We" | "us" | "our" | "Our") {
                state
            } else {
                None
            };
            if let Some(e) = who {
                recognise::add_mention(&mut entities[e].mentions, t.span);
            }
        }
    }
}

fn themes(words: &attache_kb::WordStarts, kb: &Kb) -> Vec<Theme> {
    let mut out: Vec<Theme> = Vec::new();
    for h in kb.theme_patterns.find_in(words, |_| true) {
        for &t in h.targets {
            let def = &kb.themes[t as usize];
            match out.iter_mut().find(|x| x.id == def.id) {
                Some(x) => x.mentions.push(h.span),
                None => out.push(Theme { id: def.id.clone(), label: def.label.clone(), mentions: vec![h.span] }),
            }
        }
    }
    out
}

/// "NEW DELHI" → "New Delhi", for looking up dateline places.
fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            let mut cs = lower.chars();
            match cs.next() {
                Some(c) => c.to_uppercase().chain(cs).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
