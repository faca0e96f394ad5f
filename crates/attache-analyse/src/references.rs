//! References: the mentions of people, groups and places that name none ("a police
//! officer", "witnesses", "the mosque", "we"), found by the words of `references.tsv`.
//!
//! This runs last, over the final entity mentions: a phrase that a rule has already made
//! a mention of a named entity ("the city" of Mosul, "he" for the last person named, an
//! agent phrase such as "Iraqi security forces") is not listed again. What is left is
//! what an analyst reads as "someone": the unnamed sources, victims, witnesses and sites
//! of a report.

use crate::segment::{Token, TokenKind};
use attache_kb::Kb;
use attache_model::{Entity, EntityKind, Reference, ReferenceForm, Span};

/// Words that open a noun phrase: articles, demonstratives, quantifiers and possessives.
/// Numbers are found by their digits or in [`NUMBER_WORDS`].
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "another", "each", "every", "some", "many", "several", "all", "both",
    "most", "few", "other", "his", "her", "their", "our", "its", "my", "your", "whose", "any", "such",
];

const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
];

/// Plural heads, and the collective words that read as plural, may stand without a
/// determiner ("witnesses said", "civilians fled"); a singular head needs one.
fn may_stand_bare(word: &str, kind: EntityKind) -> bool {
    kind == EntityKind::Organization
        && (word.ends_with('s') || matches!(word, "people" | "men" | "women" | "children" | "police"))
}

fn is_determiner(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    DETERMINERS.contains(&lower.as_str())
        || NUMBER_WORDS.contains(&lower.as_str())
        || w.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// The references of a document. `entities` are the final entities: their mentions are
/// not references.
pub fn find(
    tokens: &[Token],
    token_text: &[&str],
    sentences: &[(usize, usize)],
    entities: &[Entity],
    kb: &Kb,
) -> Vec<Reference> {
    let mut taken: Vec<Span> = entities.iter().flat_map(|e| e.mentions.iter().copied()).collect();
    taken.sort_by_key(|s| (s.start, s.end));
    // Whether a span overlaps an entity mention: mentions do not nest much, so the ones
    // starting before the span's end are read backwards a few at a time.
    let overlaps = |span: Span| {
        let at = taken.partition_point(|s| s.start < span.end);
        taken[..at].iter().rev().take(8).any(|s| s.end > span.start)
    };
    let mut out: Vec<Reference> = Vec::new();
    let mut buf = [0u8; 24];
    for &(first, end) in sentences {
        for i in first..end {
            let t = &tokens[i];
            let w = token_text[i];
            if t.kind != TokenKind::Word
                || w.len() > 20
                || !w.as_bytes()[0].is_ascii_alphabetic()
                || out.last().is_some_and(|r| t.span.start < r.span.end)
            {
                continue;
            }
            if matches!(w, "the" | "The") {
                if let Some(r) = title_reference(tokens, token_text, i, i + 1, end, kb, &overlaps) {
                    out.push(r);
                    continue;
                }
            }
            // A title that opens a sentence or headline with no name after it: "Foreign
            // Secretary welcomes new Syria sanctions", "Prime Minister and President
            // Hollande discussed".
            if i == first && t.cap {
                if let Some(r) = title_reference(tokens, token_text, i, i, end, kb, &overlaps) {
                    out.push(r);
                    continue;
                }
            }
            // "the library's speakers": the head is "library"; "I'm", "we'll": the
            // pronoun.
            // Most words are ruled out by their shape alone, before anything else is read.
            let bare = if kb.may_be_reference(w.as_bytes()) {
                w
            } else {
                let bare = without_clitic(w);
                if bare.len() == w.len() || !kb.may_be_reference(bare.as_bytes()) {
                    continue;
                }
                bare
            };
            // Only lowercase words, or a capital at the start of a sentence or after an
            // opening quotation mark; "I" always; never a word in capitals ("US").
            let opens = opens_at(tokens, token_text, first, i);
            let all_caps = bare.len() > 1 && bare.bytes().all(|b| !b.is_ascii_lowercase());
            if all_caps || (t.cap && !opens && bare != "I") {
                continue;
            }
            let Some(lower) = ascii_lower(bare, &mut buf) else {
                continue;
            };
            let Some(&word) = kb.references.get(lower) else {
                continue;
            };
            let lower = lower.to_string();
            let head = Span::new(t.span.start, t.span.start + bare.len());
            if overlaps(head) {
                continue;
            }
            match word.form {
                ReferenceForm::Pronoun => {
                    // "World War I", "Charles H. Keating IV": a capital "I" after a name
                    // inside the sentence is a numeral.
                    if bare == "I"
                        && i > first
                        && tokens[i - 1].cap
                        && tokens[i - 1].kind == TokenKind::Word
                        && !opens_at(tokens, token_text, first, i - 1)
                    {
                        continue;
                    }
                    out.push(Reference { kind: word.kind, form: word.form, span: head, head });
                }
                ReferenceForm::Noun => {
                    // The head is the last noun of its phrase: "the city council" is a
                    // council, "hospital staff" staff.
                    if let Some(next) = tokens.get(i + 1).filter(|_| i + 1 < end) {
                        let nw = token_text[i + 1];
                        if next.kind == TokenKind::Word
                            && !next.cap
                            && (kb
                                .references
                                .get(&nw.to_ascii_lowercase())
                                .is_some_and(|r| r.form == ReferenceForm::Noun)
                                || looks_like_a_noun(nw))
                        {
                            continue;
                        }
                        // "'s" after the head belongs to it; a hyphen makes it a modifier
                        // ("village-level").
                        if nw == "-" {
                            continue;
                        }
                    }
                    let start = match phrase_start(tokens, token_text, first, i, kb) {
                        Some(start) => start,
                        None if may_stand_bare(&lower, word.kind) => i,
                        None => continue,
                    };
                    // A name right before the phrase modifies it: "Free Syrian Army
                    // fighters", "the Iraq people", "our Coalition partners" are the
                    // named group, which its entity already stands for.
                    if start > first {
                        let before = &tokens[start - 1];
                        if before.kind == TokenKind::Word
                            && before.cap
                            && !opens_at(tokens, token_text, first, start - 1)
                        {
                            continue;
                        }
                    }
                    let span = Span::new(tokens[start].span.start, head.end);
                    out.push(Reference { kind: word.kind, form: word.form, span, head });
                }
            }
        }
    }
    out
}

/// Adds the title phrases set off beside a person's name ("Lama Fakih, HRW's deputy Middle
/// East director,"; see [`crate::recognise::Recognised::appositive_titles`]) as references
/// to a person, in place of any reference inside them. The head is the last word before
/// the phrase's first preposition ("commander" of "commander of U.S. Central Command").
pub fn add_titles(out: &mut Vec<Reference>, tokens: &[Token], token_text: &[&str], titles: &[Span]) {
    if titles.is_empty() {
        return;
    }
    let mut titles = titles.to_vec();
    titles.sort_by_key(|s| (s.start, s.end));
    titles.dedup();
    // "a spokesperson" of "a spokesperson for China's Taiwan Affairs Office" is the same
    // person; "the southern city" of "editor of a news site in the southern city of Osh"
    // is a place of its own.
    out.retain(|r| {
        r.kind != EntityKind::Person || !titles.iter().any(|t| t.start < r.span.end && r.span.start < t.end)
    });
    for span in titles {
        let first = tokens.partition_point(|t| t.span.end <= span.start);
        let last = tokens.partition_point(|t| t.span.start < span.end);
        let words = (first..last).filter(|&k| tokens[k].kind == TokenKind::Word);
        let head = words
            .take_while(|&k| !matches!(token_text[k], "of" | "for" | "in" | "at" | "to" | "on" | "with" | "and"))
            .last()
            .map_or(span, |k| tokens[k].span);
        out.push(Reference { kind: EntityKind::Person, form: ReferenceForm::Noun, span, head });
    }
    out.sort_by_key(|r| (r.span.start, r.span.end));
}

/// Nouns that often follow a head word of `references.tsv` as the real head of the
/// phrase ("an official visit", "border crossings", "a police operation"), and the
/// endings of abstract nouns ("market reforms", "opposition movements").
const NOUN_CONTINUATIONS: &[&str] = &[
    "visit",
    "visits",
    "talks",
    "operation",
    "operations",
    "crossing",
    "crossings",
    "party",
    "figure",
    "figures",
    "level",
    "source",
    "sources",
    "affairs",
    "forces",
    "unit",
    "units",
    "official",
    "officials",
];
const NOUN_ENDINGS: &[&str] =
    &["tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ship", "ships", "ance", "ence"];

fn looks_like_a_noun(w: &str) -> bool {
    NOUN_CONTINUATIONS.contains(&w) || (w.len() > 5 && NOUN_ENDINGS.iter().any(|e| w.ends_with(e)))
}

/// "the Foreign Secretary", "the Iraqi Foreign Minister", "the President of Syria": a
/// title of `titles.tsv` after "the" (and a country's adjective) with no name after it
/// is a person, when no rule made it a mention of the one holder the text names. The
/// phrase opens at token `the` ("the", or the title itself where it opens a sentence) and
/// the title at token `j`.
fn title_reference(
    tokens: &[Token],
    token_text: &[&str],
    the: usize,
    mut j: usize,
    end: usize,
    kb: &Kb,
    overlaps: &dyn Fn(Span) -> bool,
) -> Option<Reference> {
    let bare = the == j;
    if j < end && tokens[j].cap && name_modifier(token_text[j], kb) {
        j += 1;
    }
    let mut buf = [0u8; 24];
    if j >= end
        || tokens[j].kind != TokenKind::Word
        || !ascii_lower(token_text[j], &mut buf).is_some_and(|w| kb.title_first_words.contains(w))
    {
        return None;
    }
    let mut words = String::new();
    let mut last = None;
    for k in j..end.min(j + 5) {
        if tokens[k].kind != TokenKind::Word {
            break;
        }
        if k > j {
            words.push(' ');
        }
        words.push_str(&token_text[k].to_lowercase());
        if kb.title_phrases.contains(&words) {
            last = Some(k);
        }
    }
    let last = last?;
    let head = Span::new(tokens[j].span.start, tokens[last].span.end);
    if overlaps(head) {
        return None;
    }
    let mut stop = last;
    match tokens.get(last + 1).filter(|_| last + 1 < end) {
        // A name follows: the title is part of the person's mention.
        Some(n) if n.kind == TokenKind::Word && n.cap => return None,
        // Without "the", "President of Kazakhstan Kassym-Jomart Tokayev" runs on into a
        // name: no telling where the title ends.
        Some(n) if n.kind == TokenKind::Word && token_text[last + 1] == "of" && bare => return None,
        // "the President of Syria": the title runs on over the capitalised words.
        Some(n) if n.kind == TokenKind::Word && token_text[last + 1] == "of" => {
            let mut k = last + 2;
            while k < end.min(last + 6)
                && tokens[k].kind == TokenKind::Word
                && (tokens[k].cap || matches!(token_text[k], "the" | "of"))
            {
                if tokens[k].cap {
                    stop = k;
                }
                k += 1;
            }
        }
        _ => {}
    }
    Some(Reference {
        kind: EntityKind::Person,
        form: ReferenceForm::Noun,
        span: Span::new(tokens[the].span.start, tokens[stop].span.end),
        head,
    })
}

/// A word without the clitic an apostrophe joins to it: the possessive "'s" and the
/// contractions "'m", "'re", "'ve", "'ll", "'d" ("I'm" → "I").
fn without_clitic(w: &str) -> &str {
    // Read from the end: most words have no apostrophe, and this costs them a few byte
    // compares, where a search would read every byte.
    for clitic in ["s", "m", "d", "re", "ve", "ll"] {
        if let Some(rest) = w.strip_suffix(clitic) {
            if let Some(stem) = rest.strip_suffix('\'').or_else(|| rest.strip_suffix('’')) {
                return stem;
            }
        }
    }
    w
}

/// Whether token `i` opens its sentence or a quotation, where a capital says nothing.
fn opens_at(tokens: &[Token], token_text: &[&str], first: usize, i: usize) -> bool {
    i == first || (tokens[i - 1].kind != TokenKind::Word && opening_quote(token_text[i - 1]))
}

fn opening_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "‘" | "'" | "(" | "—" | "–" | ":")
}

/// The first token of the noun phrase ending at `head`: a determiner or number up to
/// three tokens before it, with only modifiers between (lowercase words that do not end a
/// noun phrase, [`crate::recognise::FUNCTION_WORDS`], or the names of [`name_modifier`]).
/// None when no determiner opens it.
fn phrase_start(tokens: &[Token], token_text: &[&str], first: usize, head: usize, kb: &Kb) -> Option<usize> {
    let mut j = head;
    for _ in 0..3 {
        if j == first {
            return None;
        }
        j -= 1;
        let t = &tokens[j];
        let w = token_text[j];
        if t.kind != TokenKind::Word {
            return None;
        }
        // A lowercase word of an entity mention may modify the head (the agent word
        // "police" in "a police officer", who is a person), and so may a country's
        // adjective ("the Iraqi people") or a name joined to a participle ("an ISIL-held
        // building"); no other name.
        // ("that" is left out of the determiners: it joins more clauses than it opens
        // noun phrases.)
        if is_determiner(w) {
            return Some(j);
        }
        if t.cap {
            if name_modifier(w, kb) {
                continue;
            }
            return None;
        }
        let lower = w.to_ascii_lowercase();
        if crate::recognise::FUNCTION_WORDS.contains(&lower.as_str()) {
            return None;
        }
    }
    None
}

/// A capitalised word that may stand among a noun phrase's modifiers: a country's or
/// region's adjective ("Iraqi", "European") or a name joined by a hyphen to a lowercase
/// participle ("ISIL-held", "US-led").
fn name_modifier(w: &str, kb: &Kb) -> bool {
    if let Some((_, tail)) = w.rsplit_once('-') {
        return tail.len() > 2 && tail.bytes().all(|b| b.is_ascii_lowercase());
    }
    kb.adjectives.contains(w)
}

/// `w` in ASCII lowercase, written into `buf` (None when it does not fit: no word of
/// `references.tsv` or of a title is that long).
fn ascii_lower<'b>(w: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let b = w.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    let out = &mut buf[..b.len()];
    out.copy_from_slice(b);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}
