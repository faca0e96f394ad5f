//! The analysis of one document: a pure, deterministic function of the document and the
//! knowledge base. No IO, no clock, no global state: the same input gives byte-identical
//! output, which is what makes golden tests, rayon parallelism and distributed workers
//! possible.
//!
//! Stages, each in its own module:
//! segment (tokens, sentences, dateline) → recognise (entities and actor mentions) →
//! dates → statements and report sources → events → themes.

pub mod coordinates;
pub mod dates;
pub mod events;
pub mod recognise;
pub mod references;
pub mod segment;
pub mod statements;

use attache_kb::Kb;
use attache_model::{Analysis, Diagnostic, Document, Entity, EntityKind, Place, Provenance, Span, Theme};
use statements::PhraseHit;

/// The longest headline before a dateline, in tokens.
const MAX_HEADLINE_TOKENS: usize = 30;

/// Analyses `doc` with the knowledge base `kb`.
pub fn analyse(doc: &Document, kb: &Kb) -> Analysis {
    let text = doc.text.as_str();
    let (tokens, starts) = segment::tokenize_with_starts(text);
    let token_text = segment::token_texts(text, &tokens);
    let mut sentence_toks =
        segment::sentences_with(text, &tokens, &token_text, &|w| kb.people_by_surname.contains_key(w));
    // The dateline opens the text, or follows a headline the text starts with ("Lions Club
    // member wins chance to kiss pig. CHARLESTON, W.Va. - Jim McMillon …").
    let dateline = segment::dateline(text, &tokens, 0).or_else(|| {
        let (&(a, b), &(c, _)) = (sentence_toks.first()?, sentence_toks.get(1)?);
        (a < b && b - a <= MAX_HEADLINE_TOKENS && c == b && tokens[b - 1].text(text) == ".")
            .then(|| segment::dateline(text, &tokens, c))
            .flatten()
    });
    // The dateline is not part of its sentence's grammar.
    if let Some(d) = &dateline {
        if let Some(s) = sentence_toks.iter_mut().find(|s| s.0 <= d.start && d.start < s.1) {
            if d.tokens < s.1 {
                s.0 = d.tokens;
            }
        }
    }
    let sentences: Vec<Span> = sentence_toks
        .iter()
        .filter(|(a, b)| a < b)
        .map(|&(a, b)| Span::new(tokens[a].span.start, tokens[b - 1].span.end))
        .collect();
    let mut diagnostics = Vec::new();

    let date_exprs = dates::find(&tokens, &token_text);
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

    // The country of the state or country after the dateline's place ("LONDON, Ky.",
    // "PORT-AU-PRINCE, Haiti").
    let region_country =
        dateline.as_ref().and_then(|d| d.region).and_then(|r| region_country(kb, &text[r.start..r.end]));
    let dateline_place_at = |span: Span| {
        let raw = &text[span.start..span.end];
        let name = title_case(raw);
        // "NUR-SULTAN", "N'DJAMENA", "PORT-AU-PRINCE": a joined name is looked up without
        // regard to case, since its parts' capitals cannot be told from the dateline.
        let joined = || raw.contains(['-', '\'', '’']).then(|| kb.place_ignore_case(raw)).flatten();
        match (kb.place(&name).or_else(joined), &region_country) {
            // "GLASGOW, Ky.", "PARIS, Mo.": the gazetteer's place of that name is in another
            // country; the place is named, with its country, but not placed.
            (Some(p), Some(c)) if p.country != *c => Some(Place {
                name,
                country: Some(c.clone()),
                coords: None,
                geonameid: None,
                span: Some(span),
                source: "dateline",
            }),
            (Some(p), _) => Some(Place {
                name: p.name.clone(),
                country: Some(p.country.clone()),
                coords: Some((p.lat, p.lon)),
                geonameid: p.geonameid,
                span: Some(span),
                source: "dateline",
            }),
            (None, _) => None,
        }
    };
    let dateline_place = dateline.as_ref().and_then(|d| dateline_place_at(d.place));
    let more_dateline_places: Vec<Place> = dateline
        .as_ref()
        .map(|d| d.more_places.iter().filter_map(|&s| dateline_place_at(s)).collect())
        .unwrap_or_default();
    // A story filed from several countries says nothing of where its people are from.
    let dateline_country = dateline_place
        .as_ref()
        .filter(|p| more_dateline_places.iter().all(|o| o.country == p.country))
        .and_then(|p| p.country.clone());
    // Every dictionary is searched at the same word starts, which the tokeniser found.
    let words = kb.index_word_starts(attache_kb::WordStarts::from_starts(text, starts));
    debug_assert_eq!(words.starts(), attache_kb::WordStarts::new(text).starts());
    let recognised =
        recognise::Recogniser::new(text, &tokens, &token_text, &sentence_toks, kb, &words, anchor, dateline_country)
            .run();
    diagnostics.extend(recognised.diagnostics);
    // The dateline's places are places the article names, a filing hub's too.
    let named_in_dateline: Vec<Place> = dateline_place.iter().chain(&more_dateline_places).cloned().collect();
    // A filing hub's dateline is no event's place either.
    let dateline_place = dateline_place.filter(|_| !recognised.dateline_hub);

    let phrases: Vec<PhraseHit> = kb
        .phrases
        .find_in(&words, |_| true)
        .into_iter()
        .filter_map(|h| {
            let a = tokens.partition_point(|t| t.span.end <= h.span.start);
            let b = tokens.partition_point(|t| t.span.start < h.span.end);
            // "held talks in Tashkent on May 27", "Theresa May": a capital "May" inside a
            // sentence, or before a number, is the month or a name, not the modal verb.
            let month = b == a + 1
                && token_text[a] == "May"
                && (tokens.get(b).is_some_and(|t| t.kind == segment::TokenKind::Number)
                    || a > 0 && !matches!(token_text[a - 1], "." | "?" | "!" | "\"" | "“" | "”" | "'" | "‘"));
            (a < b).then(|| {
                h.targets
                    .iter()
                    .filter(move |&&target| !(month && matches!(target, attache_kb::PhraseRef::Modality(_))))
                    .map(move |&target| PhraseHit { span: h.span, toks: (a, b), target })
            })
        })
        .flatten()
        .collect();

    // The knowledge base's event phrasings: statements check their verbs against them,
    // events are coded from them.
    let mut triggers = kb.triggers.find_in(&words, |_| true);
    // "provided … to", "gave … to" (kb/lexicon.tsv) give a sum only across it: "the
    // information provided to the committee", "granted to the prosecutor the power" give
    // none (and must not hide "approved a $600 million grant to help").
    triggers.retain(|h| {
        !(text[h.span.start..h.span.end].ends_with(" to")
            && h.targets.iter().all(|&i| {
                let l = &kb.lexicon[i as usize];
                l.plover == attache_model::Plover::AID && l.cameo == "071"
            }))
    });
    events::gapped_triggers(text, &tokens, &token_text, kb, &mut triggers);
    events::qualified_noun_triggers(text, &tokens, &token_text, kb, &mut triggers);
    events::drop_weaponless_hits(&tokens, &token_text, &mut triggers);
    events::nouns_before_with(text, &tokens, &token_text, kb, &mut triggers);
    events::phone_calls(&tokens, &token_text, kb, &mut triggers);
    let attribution = statements::attribute(
        text,
        &tokens,
        &token_text,
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
    // The source a story's lead cites (its dateline agency, or "…, Xinhua reported" in
    // the first two sentences) covers every event of the story that cites none of its
    // own; a source cited only further down ("according to U.N. estimates" in the last
    // paragraph) covers its own sentence alone.
    let default_sources: Vec<String> = attribution
        .sentence_sources
        .iter()
        .take(2)
        .flatten()
        .min()
        .map(|&i| vec![attribution.sources[i].name.clone()])
        .unwrap_or_default();

    let phrase_starts = events::phrase_starts(&phrases, tokens.len());
    let input = events::Input {
        text,
        triggers: &triggers,
        tokens: &tokens,
        token_text: &token_text,
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
        more_dateline_places: &more_dateline_places,
        sentence_sources: &source_names,
        default_sources: &default_sources,
    };
    let (mut events, event_diags) = events::code(&input);
    events.extend(events::demands(&input, &attribution.statements));
    events.sort_by_key(|e| (e.trigger.start, e.trigger.end));
    diagnostics.extend(event_diags);

    let mut entities = recognised.entities;
    first_person_mentions(text, &tokens, &token_text, &sentence_toks, &attribution.statements, &mut entities);
    role_mentions(text, &tokens, &token_text, kb, &mut entities);
    entities.extend(recognised.groups);
    dateline_mentions(&named_in_dateline, &mut entities);
    let mut references = references::find(&tokens, &token_text, &sentence_toks, &entities, kb);
    references::add_titles(&mut references, &tokens, &token_text, &recognised.appositive_titles);
    Analysis {
        sentences,
        entities,
        events,
        statements: attribution.statements,
        report_sources: attribution.sources,
        themes: themes(&words, kb),
        references,
        diagnostics,
    }
}

/// The places of a dateline ("KYIV, June 14 (Reuters) -", "MOSCOW/ALMATY -") are mentions
/// of those places: of the place's entity when the text names it again, else of a new
/// one. (A dateline writes its places in capitals, which the recogniser's names, matched
/// with their case, do not find.)
fn dateline_mentions(places: &[Place], entities: &mut Vec<Entity>) {
    for place in places {
        let Some(span) = place.span else { continue };
        let same = |e: &Entity| {
            e.kind == EntityKind::Location
                && match (e.geonameid, place.geonameid) {
                    (Some(a), Some(b)) => a == b,
                    _ => e.name == place.name && e.country == place.country,
                }
        };
        if let Some(e) = entities.iter_mut().find(|e| same(e)) {
            if !e.mentions.contains(&span) {
                let at = e.mentions.partition_point(|m| m.start < span.start);
                e.mentions.insert(at, span);
            }
            continue;
        }
        entities.push(Entity {
            kind: EntityKind::Location,
            name: place.name.clone(),
            country: place.country.clone(),
            sector: None,
            titles: vec![],
            mentions: vec![span],
            members: vec![],
            code: None,
            provenance: match place.coords {
                Some(_) => Provenance::Kb(format!(
                    "gazetteer:{}",
                    place.geonameid.map(|g| g.to_string()).unwrap_or_else(|| place.name.clone())
                )),
                None => Provenance::Rule("dateline"),
            },
            coords: place.coords,
            geonameid: place.geonameid,
        });
    }
}

/// The country of a dateline's region: a US state by its abbreviation ("W.Va.", "Ky.")
/// or name ("Ohio"), or a country ("Haiti").
fn region_country(kb: &Kb, region: &str) -> Option<String> {
    if recognise::is_us_state_abbreviation(region) {
        return Some("USA".into());
    }
    kb.find_names(region).into_iter().filter(|h| h.span.start == 0 && h.span.end == region.len()).find_map(|h| {
        h.targets.iter().find_map(|t| match *t {
            attache_kb::NameRef::Country(c) => Some(kb.countries[c as usize].iso3.clone()),
            attache_kb::NameRef::Place(p) => Some(kb.places[p as usize].country.clone()),
            _ => None,
        })
    })
}

/// "I", "me", "my" inside what a person is quoted as saying are mentions of that person
/// (coreference, like "he" and "she" in the recogniser): "“I will not resign,” Ellwood
/// said"; "we", "us", "our" in a government member's words are mentions of their state.
///
/// A statement introduced by a colon at the end of a line ("Tobias Ellwood said:") runs on
/// over the paragraphs that follow, as press releases print it: "I" there is the speaker
/// until another statement begins. An organisation or country that the text opens with as
/// the one making the statement ("The United States strongly condemns …") is the "we" of
/// the words outside quotation marks. "it" or "they" just after an organisation's cue is
/// that organisation ("The ministry said it would …").
fn first_person_mentions(
    text: &str,
    tokens: &[segment::Token],
    token_text: &[&str],
    sentence_toks: &[(usize, usize)],
    statements: &[attache_model::Statement],
    entities: &mut [attache_model::Entity],
) {
    use attache_model::EntityKind;
    let quoted = quoted_tokens(tokens, token_text);
    let mut covered = vec![false; tokens.len()];
    let token_range = |span: Span| {
        let a = tokens.partition_point(|t| t.span.end <= span.start);
        let b = tokens.partition_point(|t| t.span.start < span.end);
        (a, b.max(a))
    };
    for s in statements {
        let (a, b) = token_range(s.content);
        covered[a..b].iter_mut().for_each(|c| *c = true);
    }
    // Statements in text order by content, for the run-on scope of colon statements.
    let mut order: Vec<&attache_model::Statement> = statements.iter().collect();
    order.sort_by_key(|s| (s.content.start, s.content.end));
    for (k, s) in order.iter().enumerate() {
        let Some(e) = s.speaker.filter(|&e| entities[e].kind == EntityKind::Person) else {
            continue;
        };
        let between = text.get(s.cue.end..s.content.start).unwrap_or("");
        if !(between.trim_start().starts_with(':') && between.contains('\n')) {
            continue;
        }
        let (_, from) = token_range(s.content);
        let until = order[k + 1..]
            .iter()
            .find(|n| n.speaker != s.speaker)
            .map_or(tokens.len(), |n| token_range(n.sentence).0.max(from));
        for (i, t) in tokens.iter().enumerate().take(until).skip(from) {
            if quoted[i] || covered[i] {
                continue;
            }
            if matches!(t.text(text), "I" | "me" | "my" | "My" | "myself") {
                recognise::add_mention(&mut entities[e].mentions, t.span);
            }
        }
    }
    if let Some(issuer) = issuer(text, tokens, sentence_toks, entities) {
        for (i, t) in tokens.iter().enumerate() {
            if quoted[i] || covered[i] || i < sentence_toks.first().map_or(0, |s| s.0) {
                continue;
            }
            let w = t.text(text);
            if matches!(w, "we" | "We" | "us" | "our" | "Our") {
                recognise::add_mention(&mut entities[issuer].mentions, t.span);
            }
        }
    }
    for s in statements {
        let Some(e) = s.speaker.filter(|&e| matches!(entities[e].kind, EntityKind::Organization | EntityKind::Country))
        else {
            continue;
        };
        let mut i = tokens.partition_point(|t| t.span.start < s.cue.end);
        if tokens.get(i).is_some_and(|t| t.text(text) == "that") {
            i += 1;
        }
        let Some(t) = tokens.get(i).filter(|t| t.span.start >= s.content.start && t.span.end <= s.content.end) else {
            continue;
        };
        // The speaker is named by the organisation's own name ("China's critics said it"
        // is not China), and the pronoun is the subject of the words reported ("criticized
        // it," is an object).
        let named = s.speaker_span.is_some_and(|sp| {
            let after = tokens.partition_point(|t| t.span.start < sp.end);
            entities[e].mentions.contains(&sp)
                && !tokens.get(after).is_some_and(|t| t.kind == segment::TokenKind::Possessive)
        });
        let subject = tokens.get(i + 1).is_some_and(|n| n.kind == segment::TokenKind::Word && !n.cap);
        if !named || !subject {
            continue;
        }
        // "it" for one body; "they" only for a name that is plural ("the Syrian
        // Democratic Forces said they …"), never for a country (their people).
        let plural = s.speaker_span.is_some_and(|sp| text[sp.start..sp.end].ends_with('s'));
        let fits = match t.text(text) {
            "it" => !plural || entities[e].kind == EntityKind::Country,
            "they" => plural && entities[e].kind == EntityKind::Organization,
            _ => false,
        };
        if fits {
            recognise::add_mention(&mut entities[e].mentions, t.span);
        }
    }
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
        for (t, &w) in tokens[a..b].iter().zip(&token_text[a..b]) {
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

/// Which tokens stand inside quotation marks ("…", “…”), the marks included; a paragraph
/// closes whatever it left open.
fn quoted_tokens(tokens: &[segment::Token], token_text: &[&str]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut open = false;
    for (i, (t, &w)) in tokens.iter().zip(token_text).enumerate() {
        if t.para_start {
            open = false;
        }
        match w {
            "“" => {
                open = true;
                out[i] = true;
            }
            "”" => {
                out[i] = true;
                open = false;
            }
            "\"" => {
                out[i] = true;
                open = !open;
            }
            _ => out[i] = open,
        }
    }
    out
}

/// The organisation or country that a statement text opens as speaking for itself: the
/// subject of its first sentence, in the present tense of a statement verb ("The United
/// States strongly condemns …", "The European Union welcomes …").
fn issuer(
    text: &str,
    tokens: &[segment::Token],
    sentence_toks: &[(usize, usize)],
    entities: &[attache_model::Entity],
) -> Option<usize> {
    use attache_model::EntityKind;
    let &(a, b) = sentence_toks.first()?;
    let mut i = a;
    if tokens.get(i).is_some_and(|t| t.text(text) == "The") {
        i += 1;
    }
    let start = tokens.get(i).filter(|_| i < b)?.span.start;
    let (e, end) = entities.iter().enumerate().find_map(|(k, x)| {
        let m = x.mentions.iter().find(|m| m.start == start)?;
        matches!(x.kind, EntityKind::Organization | EntityKind::Country).then_some((k, m.end))
    })?;
    let mut j = tokens.partition_point(|t| t.span.start < end);
    if tokens.get(j).is_some_and(|t| t.text(text).ends_with("ly")) {
        j += 1;
    }
    let verb = tokens.get(j).filter(|_| j < b)?.text(text);
    matches!(
        verb,
        "condemns"
            | "welcomes"
            | "congratulates"
            | "applauds"
            | "commends"
            | "deplores"
            | "announces"
            | "reaffirms"
            | "expresses"
            | "extends"
            | "mourns"
            | "urges"
            | "calls"
            | "joins"
    )
    .then_some(e)
}

/// "the Foreign Secretary", "the prime minister": a title without a name is a mention of
/// the one person of the document who holds it ("Foreign Secretary Philip Hammond"), by
/// the whole title or the title without its country ("the Secretary of State" for "US
/// Secretary of State John Kerry"; but "the minister" is not the Prime Minister). Not
/// where two persons hold it, nor before "of" ("the Prime Minister of Iraq" may be
/// another) or a name.
fn role_mentions(
    text: &str,
    tokens: &[segment::Token],
    token_text: &[&str],
    kb: &Kb,
    entities: &mut [attache_model::Entity],
) {
    use attache_model::EntityKind;
    use std::collections::HashMap;
    let mut holders: HashMap<String, Option<usize>> = HashMap::new();
    for (e, x) in entities.iter().enumerate() {
        if x.kind != EntityKind::Person {
            continue;
        }
        for title in &x.titles {
            let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut keys = vec![title.to_lowercase()];
            // "US Secretary of State": also "the Secretary of State".
            let country = title.contains(' ').then(|| kb.find_names(&title)).into_iter().flatten().find(|h| {
                h.span.start == 0
                    && h.targets.iter().any(|t| {
                        matches!(t, attache_kb::NameRef::Country(_) | attache_kb::NameRef::CountryAdjective(_))
                    })
            });
            if let Some(h) = country {
                let rest = title[h.span.end..].trim();
                if rest.contains(' ') || kb.titles.iter().any(|t| t.phrase.eq_ignore_ascii_case(rest)) {
                    keys.push(rest.to_lowercase());
                }
            }
            for key in keys {
                let slot = holders.entry(key).or_insert(Some(e));
                if *slot != Some(e) {
                    *slot = None;
                }
            }
        }
    }
    // The titles one person holds, as a list (a title that two hold names neither): at
    // most one matches the words after a "the", whatever the order, and no words longer
    // than the longest title match one.
    let holders: Vec<(String, usize)> = holders.into_iter().filter_map(|(k, e)| Some((k, e?))).collect();
    let Some(longest) = holders.iter().map(|(k, _)| k.len()).max() else {
        return;
    };
    let mut taken: Vec<Span> = entities.iter().flat_map(|x| x.mentions.iter().copied()).collect();
    taken.sort_by_key(|s| s.start);
    let mut i = 0;
    while i + 1 < tokens.len() {
        if !matches!(token_text[i], "the" | "The") {
            i += 1;
            continue;
        }
        // The longest title after "the", up to six words (compared in place, without
        // allocating: "the" is the commonest word).
        let mut best = None;
        let from = tokens[i + 1].span.start;
        for j in i + 1..tokens.len().min(i + 7) {
            if tokens[j].kind != segment::TokenKind::Word {
                break;
            }
            let words = &text[from..tokens[j].span.end];
            if words.len() > longest {
                break;
            }
            if let Some(&(_, e)) = holders.iter().find(|(k, _)| k.eq_ignore_ascii_case(words)) {
                best = Some((j, e));
            }
        }
        let Some((j, e)) = best else {
            i += 1;
            continue;
        };
        let next = tokens.get(j + 1);
        let named = next.is_some_and(|t| t.kind == segment::TokenKind::Word && (t.cap || t.text(text) == "of"));
        let span = Span::new(tokens[i].span.start, tokens[j].span.end);
        let at = taken.partition_point(|s| s.start < span.end);
        let overlaps = taken[..at].iter().rev().take(4).any(|s| s.end > span.start);
        if !named && !overlaps {
            recognise::add_mention(&mut entities[e].mentions, span);
        }
        i = j + 1;
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
