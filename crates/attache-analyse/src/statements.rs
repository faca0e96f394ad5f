//! Who said what, and whom the article cites for its information.
//!
//! Statements hang on speech cues ("said", "told reporters", "stressed"); the speaker is
//! the nearest actor before the cue in its clause, or the one after it when a quotation
//! comes first ("'…,' said Li"). Report sources come from "according to X", "X reported"
//! and the agency of a dateline; they are hedged when the text hedges ("reportedly").

use crate::recognise::{Mention, MentionKind};
use crate::segment::{lowercase, Token, TokenKind};
use attache_kb::{CueKind, CueModality, Kb, PhraseRef, TitleKind};
use attache_model::{Entity, ReportSource, Span, Statement};

/// A cue or modality phrase aligned to tokens.
#[derive(Debug, Clone, Copy)]
pub struct PhraseHit {
    pub span: Span,
    pub toks: (usize, usize),
    pub target: PhraseRef,
}

pub struct Attribution {
    pub statements: Vec<Statement>,
    pub sources: Vec<ReportSource>,
    /// For each sentence, the report sources it cites.
    pub sentence_sources: Vec<Vec<usize>>,
    /// For each sentence, whether it hedges.
    pub sentence_hedged: Vec<bool>,
}

const SPEAKER_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you", "who", "which"];

/// Words that end a speaker phrase when met walking back from the cue.
const PHRASE_STOPS: &[&str] = &[
    "that", "which", "and", "or", "but", "to", "is", "was", "are", "were", "be", "been", "not", "as", "if", "when",
    "while", "with", "because", "so", "than", "then", "there", "this", "these", "those", "what", "after", "before",
    "since", "until", "where", "saying", "said", "says", "told", "adding",
];

/// Verbs of saying that open a sentence before the speaker's name and a colon ('Said
/// Ellis: "…"'); the name recogniser leaves them out of the name.
pub(crate) const LINE_OPENING_CUES: &[&str] = &["Said", "Says", "Added", "Asked"];

/// Words that cannot end a speaker phrase: "in saying", "would say", "worth noting".
const HEAD_STOPS: &[&str] = &[
    "in",
    "of",
    "on",
    "for",
    "with",
    "by",
    "from",
    "at",
    "about",
    "into",
    "after",
    "before",
    "without",
    "would",
    "could",
    "will",
    "should",
    "might",
    "may",
    "can",
    "must",
    "do",
    "does",
    "did",
    "worth",
    "like",
    // "Having said that, …", "the story was being told by": a participle or a passive's
    // auxiliary, no speaker.
    "having",
    "being",
    "been",
    // Adjectives of a report noun ("contrary to earlier reports"), no speaker of it.
    "earlier",
    "later",
    "recent",
    "previous",
    "initial",
    "conflicting",
    "unconfirmed",
    "latest",
    "similar",
];

/// Determiners that open a speaker phrase ("the campaign", "a source", "many experts").
const DETERMINERS: &[&str] =
    &["the", "a", "an", "some", "many", "several", "two", "three", "other", "his", "her", "their", "its", "our"];

/// Adverbs and auxiliaries between a speaker and its cue ("he also said", "officials have said").
fn is_filler(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "has"
            | "have"
            | "had"
            | "later"
            | "then"
            | "further"
            | "previously"
            | "once"
            | "again"
            | "together"
            | "first"
            | "now"
            | "still"
            | "often"
            | "never"
            | "always"
            | "seldom"
            | "sometimes"
            | "ever"
            | "already"
    ) || (w.len() > 4 && w.ends_with("ly"))
}

/// The tokens where a rule that reads every token of the text can apply: the words and
/// marks each such rule tests first ("that", "whether" and "why" in any case, verbs of
/// naming and finding, quotation marks, commas, colons and dashes), in text order. The
/// rules read these instead of every token, each rule its own first test again.
struct RuleTokens {
    list: Vec<u32>,
    /// For each token and the end of the text, how many tokens of the list come before:
    /// the rules ask for the list's tokens in each sentence, several times, and two
    /// binary searches a time cost more than reading this.
    before: Vec<u32>,
}

impl RuleTokens {
    fn new(token_text: &[&str]) -> RuleTokens {
        let mut list = Vec::new();
        let mut before = Vec::with_capacity(token_text.len() + 1);
        for (k, w) in token_text.iter().enumerate() {
            before.push(list.len() as u32);
            if rule_token(w) {
                list.push(k as u32);
            }
        }
        before.push(list.len() as u32);
        RuleTokens { list, before }
    }

    /// The tokens of the list in `a..b`.
    fn within(&self, a: usize, b: usize) -> impl Iterator<Item = usize> + '_ {
        let count = |k: usize| self.before[k.min(self.before.len() - 1)] as usize;
        let (lo, hi) = (count(a), count(b));
        self.list[lo..hi.max(lo)].iter().map(|&k| k as usize)
    }
}

/// Whether a token with text `w` is one of [`RuleTokens`].
fn rule_token(w: &str) -> bool {
    matches!(
        w,
        "\"" | "”"
            | "''"
            | ","
            | ":"
            | "―"
            | "—"
            | "–"
            | "--"
            | "found"
            | "finds"
            | "called"
            | "calls"
            | "Called"
            | "Calls"
            | "calling"
            | "dubbed"
            | "branded"
            | "labeled"
            | "labelled"
    ) || w.eq_ignore_ascii_case("that")
        || w.eq_ignore_ascii_case("whether")
        || w.eq_ignore_ascii_case("why")
}

/// Whether a lowercase word takes an embedded question whose "who" or "which" is its
/// subject: "did not say who carried out the attack", "it was unclear who attacked".
/// Such a "who" stands for someone unknown, not for a person named before it.
pub fn embeds_question(w: &str) -> bool {
    matches!(
        w,
        "say"
            | "said"
            | "says"
            | "know"
            | "known"
            | "knows"
            | "clear"
            | "unclear"
            | "determine"
            | "investigating"
            | "investigate"
            | "establish"
            | "identify"
            | "explain"
            | "asked"
            | "confirm"
            | "disclose"
            | "reveal"
            | "specify"
            | "tell"
            | "sure"
            | "certain"
    )
}

/// The noun phrase just before a cue that names a speaker attache does not know: a
/// pronoun, or up to five words ending in a noun ("officials", "a senior official",
/// "the Trump campaign"). Token range, end exclusive.
/// Where the phrase a relative "who" at token `who` stands for starts: the unnamed
/// speaker phrase right before it ("a State Duma deputy who", "sources who"), if it is not
/// a pronoun.
fn who_stands_for(text: &str, tokens: &[Token], sa: usize, who: usize) -> Option<usize> {
    if who <= sa {
        return None;
    }
    unnamed_speaker_before(text, tokens, sa, who)
        .filter(|&(a, b)| b == who && !SPEAKER_PRONOUNS.contains(&&*lowercase(tokens[a].text(text))))
        .map(|(a, _)| a)
}

/// Where the "who" is whose relative clause has the phrase starting at token `start` as
/// its verb's object: "who have criticised [the government]" (a lowercase verb, up to two
/// auxiliaries or adverbs before it, past an article at `start`).
fn relative_object(text: &str, tokens: &[Token], sa: usize, start: usize) -> Option<usize> {
    let mut v = start;
    while v > sa && DETERMINERS.contains(&&*lowercase(tokens[v - 1].text(text))) {
        v -= 1;
    }
    if v < sa + 2 || tokens[v - 1].kind != TokenKind::Word {
        return None;
    }
    let verb = lowercase(tokens[v - 1].text(text));
    if !verb.bytes().all(|b| b.is_ascii_lowercase())
        || PHRASE_STOPS.contains(&&*verb)
        || SPEAKER_PRONOUNS.contains(&&*verb)
    {
        return None;
    }
    let mut j = v - 1;
    while j > sa
        && v - 1 - j < 2
        && matches!(
            &*lowercase(tokens[j - 1].text(text)),
            "have" | "has" | "had" | "been" | "also" | "openly" | "publicly" | "repeatedly" | "long"
        )
    {
        j -= 1;
    }
    (j > sa && lowercase(tokens[j - 1].text(text)) == "who").then_some(j - 1)
}

pub fn unnamed_speaker_before(text: &str, tokens: &[Token], sa: usize, cue: usize) -> Option<(usize, usize)> {
    let mut end = cue;
    while end > sa && is_filler(&lowercase(tokens[end - 1].text(text))) {
        end -= 1;
    }
    // "McConnell, …, who in 2010 said": a year or a weekday between the speaker and the
    // cue dates the saying.
    if end >= sa + 3 && matches!(tokens[end - 2].text(text), "in" | "on") && {
        let w = tokens[end - 1].text(text);
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) || crate::dates::weekday(w).is_some()
    } {
        end -= 2;
    }
    if end == sa {
        return None;
    }
    let head = tokens[end - 1].text(text);
    let lower = lowercase(head);
    if SPEAKER_PRONOUNS.contains(&&*lower) {
        if matches!(&*lower, "who" | "which") && end - 1 > sa && embeds_question(&lowercase(tokens[end - 2].text(text)))
        {
            return None;
        }
        // "a State Duma deputy who questioned …": the phrase "who" stands for, right
        // before it, with the pronoun (PolNeAR marks the pronoun as the source).
        if &*lower == "who" {
            if let Some(a) = who_stands_for(text, tokens, sa, end - 1) {
                return Some((a, end));
            }
        }
        return Some((end - 1, end));
    }
    let wordy = |w: &str| {
        w.chars().next().is_some_and(char::is_alphabetic)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    if !wordy(head)
        || PHRASE_STOPS.contains(&&*lower)
        || HEAD_STOPS.contains(&&*lower)
        || DETERMINERS.contains(&&*lower)
    {
        return None;
    }
    let mut start = end - 1;
    // "the Prosecutor General's Office said", "the country's statistics agency said": the
    // possessor belongs to the phrase (a possessive ending does not count as a word).
    let mut possessives = 0;
    while start > sa && end - start < 5 + possessives {
        let w = tokens[start - 1].text(text);
        if tokens[start - 1].kind == TokenKind::Possessive && start - 1 > sa && possessives < 2 {
            possessives += 1;
            start -= 1;
            continue;
        }
        let lw = lowercase(w);
        // ("a source in Ukraine's SBU security service said": a place or body after "in",
        // "from" or "near" is read below, with the person before it.)
        if !wordy(w)
            || PHRASE_STOPS.contains(&&*lw)
            || SPEAKER_PRONOUNS.contains(&&*lw)
            || matches!(w, "in" | "from" | "near")
        {
            break;
        }
        // "authorities arrested dozens of people who had criticised …": a verb in "-ed"
        // before an article or a count ends the phrase; its object is the speaker.
        let next = lowercase(tokens[start].text(text));
        if lw.ends_with("ed")
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && (DETERMINERS.contains(&&*next)
                || tokens[start].kind == TokenKind::Number
                || matches!(&*next, "dozens" | "hundreds" | "thousands" | "scores" | "several" | "two" | "three"))
        {
            break;
        }
        start -= 1;
        if DETERMINERS.contains(&&*lw) {
            break;
        }
    }
    // (A phrase cut off by the length bound does not open with a preposition: "series
    // in 2024 on foreign internet celebrities in China showed".)
    if start + 1 < end && matches!(tokens[start].text(text), "on" | "at" | "for" | "by" | "about" | "over") {
        start += 1;
    }
    // '"…," a spokesman for the Interior Ministry said', "an aide to Japarov said": the
    // body or person after "for", "of" or "to" belongs to the person named before it.
    if start >= sa + 2
        && matches!(tokens[start - 1].text(text), "for" | "of" | "at" | "to")
        && matches!(
            tokens[start - 2].text(text),
            "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "representative"
                | "official"
                | "officials"
                | "member"
                | "members"
                | "head"
                | "chief"
                | "director"
                | "adviser"
                | "advisor"
                | "aide"
                | "lawyer"
                | "lawyers"
                | "analyst"
                | "analysts"
                | "researcher"
                | "researchers"
                | "expert"
                | "experts"
        )
    {
        // ("a self-described member of": past a qualifying word or two to the article.)
        let mut s = start - 2;
        while s > sa && start - s < 5 {
            let w = lowercase(tokens[s - 1].text(text));
            if DETERMINERS.contains(&&*w) {
                s -= 1;
                break;
            }
            if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') || PHRASE_STOPS.contains(&&*w) {
                break;
            }
            s -= 1;
        }
        start = s;
    }
    // "An owner of a printing press in the eastern province of Nangarhar told VOA": a
    // place phrase after "in" or "from" belongs to the person named before it.
    // (Also past an "of" that a lowercase noun ends before: "An owner of a printing press".)
    let mut place_phrase = (start..end).any(|k| matches!(tokens[k].text(text), "in" | "from" | "near"));
    let mut s = start;
    while s >= sa + 2 && end - s <= 16 {
        let prep = tokens[s - 1].text(text);
        if !(matches!(prep, "in" | "from" | "near") || place_phrase && prep == "of") {
            break;
        }
        let Some((a, b)) = unnamed_speaker_before(text, tokens, sa, s - 1) else { break };
        let w = tokens[b - 1].text(text);
        if b != s - 1
            || SPEAKER_PRONOUNS.contains(&&*lowercase(w))
            || tokens[a].kind != TokenKind::Word
            || prep == "of" && !w.bytes().all(|c| c.is_ascii_lowercase())
        {
            break;
        }
        place_phrase = true;
        s = a;
    }
    if place_phrase && s < start && end - s <= 16 {
        return Some((s, end));
    }
    // "sources who reviewed them told POLITICO": a relative clause before the cue
    // belongs to the phrase its "who" stands for.
    if start >= sa + 2 && lowercase(tokens[start - 1].text(text)) == "who" {
        if let Some(a) = who_stands_for(text, tokens, sa, start - 1) {
            return Some((a, end));
        }
    }
    // "Activists who have criticised the government said": the object of a relative
    // clause's verb is not the speaker; the phrase its "who" stands for is.
    if let Some(a) = relative_object(text, tokens, sa, start).and_then(|who| who_stands_for(text, tokens, sa, who)) {
        return Some((a, end));
    }
    // "two sources familiar with the matter", "people close to the talks", "officials
    // briefed on the plans": the speakers are named before what they know of.
    if start >= sa + 3
        && matches!(tokens[start - 1].text(text), "with" | "to" | "on")
        && matches!(tokens[start - 2].text(text), "familiar" | "close" | "briefed")
    {
        let mut s = start - 2;
        while s > sa && start - s < 6 {
            let w = tokens[s - 1].text(text);
            let lw = lowercase(w);
            if !(wordy(w) || w.chars().all(|c| c.is_ascii_digit())) || PHRASE_STOPS.contains(&&*lw) {
                break;
            }
            s -= 1;
        }
        if s < start - 2 {
            start = s;
        }
    }
    Some((start, end))
}

/// The phrase after an inverted cue ("'…,' said a senior diplomat"): up to the next
/// punctuation, at most six words.
pub fn unnamed_speaker_after(text: &str, tokens: &[Token], cue_end: usize, sb: usize) -> Option<(usize, usize)> {
    // "…," he wrote, said on Twitter: a prepositional phrase names nobody.
    if cue_end < sb && PREPOSITIONS.contains(&tokens[cue_end].text(text)) {
        return None;
    }
    // "…,'' the host, 82, told me": an object pronoun is the addressee, not the speaker.
    if cue_end < sb && matches!(tokens[cue_end].text(text), "me" | "us" | "him" | "them") {
        return None;
    }
    let mut end = cue_end;
    while end < sb && end - cue_end < 6 && tokens[end].text(text).chars().next().is_some_and(char::is_alphabetic) {
        end += 1;
    }
    (end > cue_end).then_some((cue_end, end))
}

/// Words that open an adverbial before the subject: "In a statement announcing the pick,
/// the union …", "Meanwhile, …".
const INTRODUCERS: &[&str] = &[
    "in",
    "at",
    "on",
    "after",
    "before",
    "during",
    "following",
    "when",
    "while",
    "although",
    "though",
    "despite",
    "as",
    "since",
    "if",
    "once",
    "with",
    "without",
    "amid",
    "meanwhile",
    "however",
    "instead",
    "earlier",
    "later",
    "last",
    "this",
    "for",
    "from",
    "by",
    "under",
    "until",
    "unlike",
    "like",
    "asked",
    "pressed",
];

/// The subject of the clause a cue belongs to: the actor that opens the sentence, after
/// any opening quotation, conjunction or adverbial phrase ("But in a statement, the
/// union …"). `cue` is the first token of the cue.
fn clause_subject<'a, 'm>(
    kb: &Kb,
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    sa: usize,
    cue: usize,
    mentions: &'a [&'m Mention],
) -> Option<&'a &'m Mention> {
    let lower = |k: usize| lowercase(token_text[k]);
    let mut cs = sa;
    // A quotation that opens the sentence is what was said, not who said it.
    if cs < cue && is_quote(token_text[cs]) {
        cs = (cs + 1..cue).find(|&k| is_quote(token_text[k]))? + 1;
    }
    while cs < cue && (matches!(&*lower(cs), "but" | "and" | "yet" | "so" | ",")) {
        cs += 1;
    }
    if cs >= cue {
        return None;
    }
    let first = lower(cs);
    let introduced = INTRODUCERS.contains(&&*first)
        || (first.len() > 4 && (first.ends_with("ing") || first.ends_with("ly")) && tokens[cs].cap);
    if introduced {
        cs = (cs + 1..cue).find(|&k| token_text[k] == ",")? + 1;
    }
    // The longest actor there ("Taliban government spokesman Zabihullah Mujahid", not
    // "Taliban government"); a possessor ("Kazakhstan's agriculture ministry") is none.
    // ("A New York judge rejected …, saying": past a place that qualifies the actor.)
    let opens = |m: &&&Mention| m.toks.0 >= cs && m.toks.0 <= cs + 1;
    let after_place =
        mentions.iter().find(|p| opens(p) && p.kind == MentionKind::Place && p.toks.1 < cue).map(|p| p.toks.1);
    let m = mentions
        .iter()
        .filter(|m| (opens(m) || Some(m.toks.0) == after_place) && m.toks.1 <= cue && m.kind != MentionKind::Place)
        .max_by_key(|m| (m.toks.1, std::cmp::Reverse(m.toks.0)))?;
    // "Taliban government spokesman Zabihullah Mujahid": the person the organisation
    // qualifies, named after a lowercase title.
    let title_word = |k: usize| {
        let w = lower(k);
        !tokens[k].cap
            && kb
                .titles
                .iter()
                .any(|t| t.kind == TitleKind::Title && t.phrase.split(' ').any(|p| p.eq_ignore_ascii_case(&w)))
    };
    let m = mentions
        .iter()
        .find(|p| {
            p.kind == MentionKind::Person
                && m.kind != MentionKind::Person
                && p.toks.0 > m.toks.1
                && p.toks.0 <= m.toks.1 + 3
                && p.toks.1 <= cue
                && (m.toks.1..p.toks.0).all(title_word)
        })
        .unwrap_or(m);
    let possessive = tokens.get(m.toks.1).is_some_and(|t| matches!(t.text(text), "'s" | "’s" | "'" | "’"))
        || text[m.span.start..m.span.end].ends_with("'s")
        || text[m.span.start..m.span.end].ends_with("’s");
    (!possessive).then_some(m)
}

/// Whether eight bytes (read as one little-endian number) may hold a byte that
/// [`Quotes::new`] reads: a non-ASCII byte, a line break or a straight quotation mark.
/// False only when none of them is there.
fn may_matter(v: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte of `x` is zero: the classic test, exact on whether any byte is.
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    v & HIGH != 0
        || has_zero(v ^ (ONES * b'\n' as u64))
        || has_zero(v ^ (ONES * b'"' as u64))
        || has_zero(v ^ (ONES * b'\'' as u64))
}

/// The quotation marks of a text, read once per document, so that where the quotation
/// around a byte opens (the byte after its mark), if any, is one binary search: a
/// quotation opened earlier in its paragraph. A quotation that runs on into the next
/// paragraph reopens there, as news style has it. One quotation is open at a time: curly
/// marks open and close; a straight mark ('"' or the doubled "''") closes after a word or
/// punctuation and before a space, opens after a space and before a word, and otherwise
/// does whichever is due, so that one unbalanced mark earlier in a paragraph does not
/// turn every later quotation inside out.
pub(crate) struct Quotes {
    /// (key, state): the state holds from the key on; keys ascend. A mark's key is the
    /// byte of its last character, a line break's is its own byte.
    marks: Vec<(usize, Option<usize>)>,
}

/// What a straight quotation mark at `start..end` does to the open quotation: it closes
/// after a word or punctuation and before a space, opens after a space and before a word,
/// and otherwise does whichever is due.
fn straight_mark(text: &str, start: usize, end: usize, open: Option<usize>) -> Option<usize> {
    let prev = text[..start].chars().next_back();
    let next = text[end..].chars().next();
    let space_before = prev.is_none_or(|p| p.is_whitespace() || p == '(');
    let space_after = next.is_none_or(char::is_whitespace);
    match (space_before, space_after) {
        (true, false) => Some(end),
        (false, true) => None,
        _ if open.is_some() => None,
        _ => Some(end),
    }
}

impl Quotes {
    pub(crate) fn new(text: &str) -> Quotes {
        let mut marks = Vec::new();
        let mut open: Option<usize> = None;
        // Read by byte: only line breaks, straight marks and (non-ASCII) curly and angle
        // marks matter, and the other ASCII bytes are skipped without decoding.
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Eight bytes at a time while none of them matters.
            while let Some(chunk) = bytes.get(i..i + 8) {
                if may_matter(u64::from_le_bytes(chunk.try_into().unwrap_or_default())) {
                    break;
                }
                i += 8;
            }
            let Some(&b) = bytes.get(i) else { break };
            if b.is_ascii() && !matches!(b, b'\n' | b'"' | b'\'') {
                i += 1;
                continue;
            }
            let start = i;
            let c = if b.is_ascii() { b as char } else { text[i..].chars().next().unwrap_or_default() };
            i += c.len_utf8();
            let mut end = i;
            let mut key = start;
            let straight = match c {
                '\n' => {
                    open = None;
                    marks.push((start, open));
                    continue;
                }
                '“' | '«' => {
                    open = Some(end);
                    false
                }
                '”' | '»' => {
                    open = None;
                    false
                }
                '"' => true,
                '\'' if bytes.get(i) == Some(&b'\'') => {
                    i += 1;
                    key = end;
                    end += 1;
                    true
                }
                _ => continue,
            };
            if straight {
                open = straight_mark(text, start, end, open);
            }
            marks.push((key, open));
        }
        Quotes { marks }
    }

    /// Where the quotation open at byte `at` begins, reading the marks of its line before it.
    pub(crate) fn open_at(&self, at: usize) -> Option<usize> {
        let i = self.marks.partition_point(|&(key, _)| key < at);
        i.checked_sub(1).and_then(|i| self.marks[i].1)
    }
}

/// A statement inside a quotation is the quoted speaker's own voice, not a new statement;
/// the quotation's speaker is already attributed: a first or second person ("“As we
/// noted, …”"), or anyone named after the quotation has begun ("“… as rich as he says
/// he is”"). A speaker right at the opening mark labels a transcript ("\"PENCE: …").
/// For anyone but a first or second person the quotation must open in the cue's own
/// sentence (from byte `sentence_start`): a mark left unclosed earlier in a long
/// paragraph, or quotes nested in straight marks, must not silence every later speaker.
fn quoted_person(quotes: &Quotes, text: &str, speaker: Span, cue: Span, sentence_start: usize) -> bool {
    let Some(open) = quotes.open_at(cue.start) else { return false };
    let person = text[speaker.start..speaker.end].to_lowercase();
    matches!(person.as_str(), "i" | "we" | "you")
        || open > sentence_start && speaker.start >= open && !text[open..speaker.start].trim().is_empty()
}

/// "his tax claims.", "32% of Republican claims as false", "Bernie's 51% claim was": the
/// noun "claim" with nothing claimed after it. The verb takes a clause or an object; a
/// clause break, "as" or a verb right after it makes it a noun, and no statement; so do
/// "over", "of" and "against" ("China's sovereignty claims over the sea", "claims of
/// fraud"), which the verb does not take.
fn bare_claim_noun(text: &str, tokens: &[Token], h: &PhraseHit) -> bool {
    let cue = lowercase(&text[h.span.start..h.span.end]);
    if !matches!(&*cue, "claim" | "claims") {
        return false;
    }
    // "calling such claims nonsense", "rejected the claims": a determiner makes a noun.
    // Its "that"-clause still says what the claimants said ("reiterated the claim that
    // …"), unless the subject disputes the claim ("reject the claims that …").
    let determined = h.toks.0 > 0
        && matches!(
            &*lowercase(tokens[h.toks.0 - 1].text(text)),
            "such" | "these" | "those" | "the" | "his" | "her" | "their" | "its" | "similar" | "any"
        )
        && (tokens.get(h.toks.1).is_none_or(|t| t.text(text) != "that")
            || h.toks.0 > 1 && {
                let verb = lowercase(tokens[h.toks.0 - 2].text(text));
                ["reject", "den", "dismiss", "refut", "disput", "question"].iter().any(|p| verb.starts_with(p))
            });
    // "dismissed Western claims that …": whose claims, after a verb of disputing them.
    // ("dismissed claims that …" too.)
    let whose = h.toks.0 > 1 && tokens[h.toks.0 - 1].cap && tokens[h.toks.0 - 1].kind == TokenKind::Word;
    let disputed = h.toks.0 > usize::from(whose) && {
        let verb = lowercase(tokens[h.toks.0 - 1 - usize::from(whose)].text(text));
        ["reject", "deni", "deny", "dismiss", "refut", "disput"].iter().any(|p| verb.starts_with(p))
    };
    determined
        || disputed
        || tokens.get(h.toks.1).is_none_or(|t| {
            matches!(
                t.text(text),
                "," | "."
                    | ";"
                    | ":"
                    | ")"
                    | "?"
                    | "!"
                    | "–"
                    | "—"
                    | "--"
                    | "as"
                    | "and"
                    | "or"
                    | "on"
                    | "in"
                    | "over"
                    | "of"
                    | "against"
                    | "were"
                    | "are"
                    | "was"
                    | "is"
                    | "have"
                    | "has"
                    | "had"
                    | "will"
                    | "would"
            )
        })
}

/// "condemned what he called a \"brazen breach\"", "what multiple lawmakers called
/// \"fraud\"": a free relative with "called" quotes a label inside the writer's own
/// clause, not a statement of its own.
fn what_x_called(tokens: &[Token], token_text: &[&str], k: usize, sa: usize) -> bool {
    let cue = lowercase(token_text[k]);
    if !matches!(&*cue, "called" | "calls" | "call") {
        return false;
    }
    let lo = k.saturating_sub(7).max(sa);
    (lo..k)
        .rev()
        .take_while(|&j| tokens[j].kind != TokenKind::Punct || token_text[j] == ".")
        .any(|j| token_text[j].eq_ignore_ascii_case("what"))
}

pub fn is_quote(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”" | "«" | "»" | "``" | "''")
}

/// Whether `s` holds a quotation mark of one character (one of [`is_quote`]'s), found
/// without encoding each character of `s` back into a string to compare.
fn has_quote_mark(s: &str) -> bool {
    // One search for each mark: a search for a single character runs over the bytes,
    // where one for any of several decodes every character.
    ['"', '“', '”', '«', '»'].iter().any(|&c| s.contains(c))
}

const PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "to", "with", "by", "for", "from", "of", "about", "against", "between", "among", "into", "near",
    "over", "under", "toward", "towards", "during", "after", "before", "since", "across", "through",
];

pub fn preceded_by_preposition(text: &str, tokens: &[Token], m: &Mention) -> Option<&'static str> {
    let mut k = m.toks.0;
    // Skip determiners and numbers: "with the five Central Asian countries".
    while k > 0 && matches!(tokens[k - 1].text(text), "the" | "a" | "an" | "its" | "their" | "his" | "her") {
        k -= 1;
    }
    if k == 0 {
        return None;
    }
    // A sentence opens with a capital: "In Beijing, the spokesman said …".
    let w = tokens[k - 1].text(text);
    // "about 50 protesters", "Over 100 people": before a number these words say how many.
    if k == m.toks.0
        && tokens[k].kind == TokenKind::Number
        && ["about", "over", "under", "around"].iter().any(|p| p.eq_ignore_ascii_case(w))
    {
        return None;
    }
    // "One of the Islamic State group's leaders was killed", "Two of the soldiers
    // died": a partitive "of" after a quantity that opens the phrase makes the whole its
    // head.
    if w == "of" && k >= 2 && {
        let q = tokens[k - 2].text(text);
        let opens = k == 2 || !tokens[k - 3].text(text).bytes().all(|b| b.is_ascii_lowercase());
        opens
            && [
                "one",
                "two",
                "three",
                "four",
                "five",
                "some",
                "many",
                "several",
                "most",
                "all",
                "none",
                "each",
                "both",
                "dozens",
                "hundreds",
                "thousands",
            ]
            .iter()
            .any(|n| n.eq_ignore_ascii_case(q))
    } {
        return None;
    }
    PREPOSITIONS.iter().find(|p| p.eq_ignore_ascii_case(w)).copied()
}

/// Words that open a clause after a complementiser "that": a subject ("that the deal
/// …", "that he …", "that Trump …") or a quotation. A "that" followed by anything else is
/// a determiner or a relative pronoun ("rejected that argument", "groups that oppose").
const CLAUSE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "there",
    "this",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "some",
    "many",
    "most",
    "all",
    "no",
    "any",
    "every",
    "each",
    "both",
    "if",
    "when",
    "while",
    "because",
    "since",
    "once",
    "only",
    "even",
    "more",
    "few",
    "one",
    "two",
    "nobody",
    "none",
    "everyone",
    "someone",
    "nothing",
    "something",
    "such",
    "without",
    "despite",
    "unless",
];

/// Words in "-ed" and "-s" that are not verbs with a clause ("provided that", "the news
/// that", "unless"), and the copula and auxiliaries.
const NOT_THAT_VERBS: &[&str] = &[
    "provided",
    "given",
    "assuming",
    "granted",
    "need",
    "indeed",
    "is",
    "was",
    "has",
    "does",
    "this",
    "thus",
    "as",
    "less",
    "unless",
    "news",
    "always",
    "perhaps",
    "sometimes",
    "towards",
    "afterwards",
    "besides",
    "yes",
    "us",
    "whereas",
    "says",
    "said",
    "means",
    "seems",
    "appears",
    "so",
    "such",
    "now",
    "except",
    "tells",
    "told",
];

/// Verbs of the cue list that [`finite_verb_form`] does not recognise, where the walk
/// over a speaker's name after a quotation stops ('…," Mehdiyev told jurors'): the
/// list's own rule makes their statement.
const LIST_CUE_VERBS: &[&str] = &["said", "told", "tells"];

/// Past forms without "-ed" of verbs that take a clause ("knew that", "felt that").
const IRREGULAR_THAT_VERBS: &[&str] = &[
    "knew",
    "thought",
    "felt",
    "found",
    "heard",
    "saw",
    "wrote",
    "understood",
    "meant",
    "held",
    "taught",
    "swore",
    "foresaw",
    "forgot",
    "bet",
    "realised",
    "made",
    "read",
];

/// Adjectives that take a clause after a copula: "were frustrated that", "is confident
/// that", "are afraid that" (the "-ed" ones are caught by their ending).
const THAT_ADJECTIVES: &[&str] = &[
    "afraid",
    "confident",
    "sure",
    "aware",
    "certain",
    "hopeful",
    "optimistic",
    "adamant",
    "insistent",
    "proud",
    "glad",
    "sorry",
    "happy",
    "upset",
    "angry",
    "furious",
    "unhappy",
    "skeptical",
    "sceptical",
    "doubtful",
    "mindful",
    "fearful",
    "unaware",
    "unsure",
    "pessimistic",
];

/// Base forms after a pronoun or a modal that take a clause: "I think that", "they
/// fear that", "we know that", "would argue that".
const BASE_THAT_VERBS: &[&str] = &[
    "know",
    "think",
    "believe",
    "feel",
    "fear",
    "worry",
    "hope",
    "argue",
    "insist",
    "warn",
    "claim",
    "say",
    "admit",
    "acknowledge",
    "agree",
    "note",
    "recognize",
    "recognise",
    "understand",
    "assume",
    "suspect",
    "doubt",
    "expect",
    "contend",
    "maintain",
    "suggest",
    "predict",
    "realize",
    "realise",
    "concede",
    "complain",
    "charge",
    "allege",
    "assert",
    "insist",
    "demand",
    "recall",
    "remember",
    "notice",
    "conclude",
    "guess",
    "wish",
    "deny",
    "stress",
    "explain",
    "point",
    "hear",
    "see",
    "show",
    "find",
    "announce",
    "confirm",
    "report",
    "reveal",
    "indicate",
    "add",
];

/// Verbs that are not in the cue list but take a clause of what someone said, thought or
/// felt: the finite verb (or a participle after a comma or an auxiliary) just before a
/// complementiser "that" that opens a clause ("Trump charges that countries …",
/// "Protesters were frustrated that the city …", "…, recognizing that imitation …").
/// A "that"-clause after a verb is reported speech or thought, whoever holds it. Token
/// ranges of the verbs.
fn that_clause_verbs(
    tokens: &[Token],
    token_text: &[&str],
    sentences: &[(usize, usize)],
    rule_tokens: &RuleTokens,
) -> Vec<(usize, usize)> {
    let lower = |k: usize| lowercase(token_text[k]);
    let mut out = Vec::new();
    for &(sa, sb) in sentences {
        for k in rule_tokens.within(sa + 1, sb.saturating_sub(1)) {
            // An indirect question is a clause too: "wondered whether …", "explained why …".
            // (Compared in place: a lowercase copy of every token was a sixth of the analysis.)
            let tk = token_text[k];
            let question = tk.eq_ignore_ascii_case("whether") || tk.eq_ignore_ascii_case("why");
            if !tk.eq_ignore_ascii_case("that") && !question {
                continue;
            }
            let next = token_text[k + 1];
            let nl = lowercase(next);
            let opens_clause = question
                || CLAUSE_OPENERS.contains(&&*nl)
                || is_quote(next)
                || tokens[k + 1].kind == TokenKind::Number
                || (tokens[k + 1].cap && tokens[k + 1].kind == TokenKind::Word);
            if !opens_clause {
                continue;
            }
            // The verb, across adverbs: "said repeatedly that", "also points out that".
            let mut j = k;
            while j > sa && is_filler(&lower(j - 1)) && lower(j - 1) != "now" {
                j -= 1;
            }
            if j == sa || tokens[j - 1].kind != TokenKind::Word || tokens[j - 1].cap {
                continue;
            }
            // "points out that", "weighed in that"
            let particle = matches!(&*lower(j - 1), "out" | "up" | "in") && j - 1 > sa;
            let v = if particle { j - 2 } else { j - 1 };
            let w = lower(v);
            if tokens[v].kind != TokenKind::Word
                || tokens[v].cap
                || !w.chars().all(|c| c.is_ascii_alphabetic())
                || NOT_THAT_VERBS.contains(&&*w)
            {
                continue;
            }
            let before = if v > sa { lower(v - 1) } else { "".into() };
            let copula = matches!(
                &*before,
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "being"
                    | "am"
                    | "'s"
                    | "’s"
                    | "'re"
                    | "’re"
                    | "so"
                    | "very"
            );
            let aux_or_pronoun = matches!(
                &*before,
                "i" | "we"
                    | "they"
                    | "you"
                    | "would"
                    | "could"
                    | "will"
                    | "should"
                    | "might"
                    | "may"
                    | "must"
                    | "can"
                    | "to"
                    | "not"
                    | "do"
                    | "did"
                    | "also"
                    | "still"
                    | "often"
                    | "n't"
            );
            let subject_before = v > sa
                && (opens_with_name(tokens, token_text, sa, v)
                    || matches!(&*before, "he" | "she" | "it" | "who" | "which" | "also" | "still" | "now")
                    || before.ends_with("ly")
                    || tokens[v - 1].kind == TokenKind::Possessive);
            let is_verb = if w.len() > 4 && w.ends_with("ed") {
                // "It was expected that …": a passive with "it" names nobody.
                !(copula && v >= sa + 2 && lower(v - 2) == "it")
            } else if w.len() > 5 && w.ends_with("ing") {
                // A participle: ", recognizing that …", "is hoping that …".
                before == "," || copula || matches!(&*before, "been" | "by")
            } else if IRREGULAR_THAT_VERBS.contains(&&*w) {
                !copula
            } else if THAT_ADJECTIVES.contains(&&*w) {
                copula && !(v >= sa + 2 && lower(v - 2) == "it")
            } else if BASE_THAT_VERBS.contains(&&*w) {
                aux_or_pronoun
            } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
                // "Trump charges that …", not "the charges that …".
                subject_before && tokens[v - 1].kind != TokenKind::Possessive
            } else {
                false
            };
            if is_verb {
                // An adjective's cue takes in its copula and degree words ("is very
                // concerned that"), so that the speaker is looked for before them.
                let mut start = v;
                if THAT_ADJECTIVES.contains(&&*w) || w.ends_with("ed") {
                    while start > sa + 1
                        && matches!(&*lower(start - 1), "very" | "so" | "too" | "more" | "less" | "most")
                    {
                        start -= 1;
                    }
                    if start > sa + 1
                        && matches!(
                            &*lower(start - 1),
                            "is" | "are"
                                | "was"
                                | "were"
                                | "am"
                                | "be"
                                | "been"
                                | "being"
                                | "'s"
                                | "’s"
                                | "'re"
                                | "’re"
                        )
                    {
                        start -= 1;
                    } else {
                        start = v;
                    }
                }
                out.push((start, v + 1));
            }
        }
    }
    out
}

/// Words that may open the object of a verb of naming: "called him a …", "called the
/// plan …", "called Lukashenko a …".
const NAMING_OBJECTS: &[&str] = &[
    "him", "her", "it", "them", "me", "us", "you", "this", "that", "these", "those", "the", "his", "their", "its",
    "our",
];

/// Words after "a" that make a time or a count, not a label: "called him a day later".
const NOT_LABELS: &[&str] =
    &["few", "day", "week", "month", "year", "second", "third", "number", "lot", "couple", "minute", "hour", "moment"];

/// Verbs of naming with an object and a label: "The ministry called the report a
/// fabrication", "Her rival called him a liar", "The mayor called the vote “a
/// disgrace”". Calling something a thing is a judgment its subject states. The label
/// opens with "a"/"an" or a quotation within eleven words of the verb; the object opens
/// with a pronoun, a determiner or a name, and holds no time or purpose phrase ("called
/// the envoy on Friday to …"). A passive ("was called a fraud by …") names its speaker
/// after the cue and is left out. Token ranges of the verbs.
fn naming_verbs(
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    sentences: &[(usize, usize)],
    rule_tokens: &RuleTokens,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for &(sa, sb) in sentences {
        for k in rule_tokens.within(sa + 1, sb.saturating_sub(2)) {
            let w = token_text[k];
            // Not the participle: "…, calling it a step forward" after an act ("welcomed
            // the decision, calling it …") is the manner of that act, coded with it.
            if !matches!(w, "called" | "calls" | "Called" | "Calls") {
                continue;
            }
            let before = lowercase(token_text[k - 1]);
            if matches!(&*before, "is" | "are" | "was" | "were" | "be" | "been" | "being" | "so" | "what") {
                continue;
            }
            let first = token_text[k + 1];
            let opens = NAMING_OBJECTS.contains(&&*lowercase(first))
                && (tokens[k + 1].cap || first.chars().all(|c| c.is_ascii_lowercase()))
                || (tokens[k + 1].cap && tokens[k + 1].kind == TokenKind::Word);
            if !opens {
                continue;
            }
            let label = (k + 2..(k + 13).min(sb)).find(|&j| {
                let t = token_text[j];
                is_quote(t)
                    || t == "‘"
                    || matches!(t, "a" | "an")
                        && tokens.get(j + 1).filter(|_| j + 1 < sb).is_some_and(|n| {
                            n.kind == TokenKind::Word && !NOT_LABELS.contains(&n.text(text).to_lowercase().as_str())
                        })
            });
            let Some(j) = label else { continue };
            let object_ok = (k + 1..j).all(|i| {
                let t = &tokens[i];
                matches!(t.kind, TokenKind::Word | TokenKind::Number | TokenKind::Possessive)
                    && !matches!(
                        t.text(text).to_lowercase().as_str(),
                        "to" | "on"
                            | "at"
                            | "after"
                            | "before"
                            | "when"
                            | "while"
                            | "since"
                            | "during"
                            | "as"
                            | "a"
                            | "an"
                    )
            });
            if object_ok {
                out.push((k, k + 1));
            }
        }
    }
    out
}

/// Nouns of a finding: the subject of "found" when a study or a panel, not a person,
/// found something ("one survey found most farmers would …", "a review panel in 2019
/// found …").
const FINDING_NOUNS: &[&str] = &[
    "study",
    "studies",
    "poll",
    "polls",
    "survey",
    "surveys",
    "report",
    "analysis",
    "research",
    "review",
    "investigation",
    "audit",
    "panel",
    "inquiry",
    "probe",
    "researchers",
];

/// "found" or "finds" after a noun of a finding in its clause ("A 2020 study by … found
/// 12 cases", "research conducted by the Institute … found the ministry …"): a finding is
/// reported like a statement, whatever follows the verb. "found that" is a cue of its own;
/// a passive ("was found dead") and an infinitive ("studies that seek to find") are none.
fn finding_verbs(
    tokens: &[Token],
    token_text: &[&str],
    sentences: &[(usize, usize)],
    rule_tokens: &RuleTokens,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for &(sa, sb) in sentences {
        for k in rule_tokens.within(sa + 1, sb.saturating_sub(1)) {
            if !matches!(token_text[k], "found" | "finds") {
                continue;
            }
            let before = lowercase(token_text[k - 1]);
            if matches!(&*before, "is" | "are" | "was" | "were" | "be" | "been" | "being" | "to") {
                continue;
            }
            let noun = (k.saturating_sub(12).max(sa)..k)
                .rev()
                .take_while(|&j| {
                    // "and" joins names inside the subject ("Peace and Security"),
                    // or opens a clause of its own.
                    let joins_names = j > sa && tokens[j - 1].cap && tokens.get(j + 1).is_some_and(|t| t.cap);
                    tokens[j].kind != TokenKind::Punct
                        && !matches!(token_text[j], "that" | "which" | "who" | "but")
                        && (token_text[j] != "and" || joins_names)
                })
                .any(|j| FINDING_NOUNS.contains(&&*lowercase(token_text[j])));
            if noun {
                out.push((k, k + 1));
            }
        }
    }
    out
}

/// Whether capitalised words just before `v` open their clause ("Trump charges that", "…,
/// but Mr. Clarke expects"), rather than end a noun phrase ("Wall Street investors that").
fn opens_with_name(tokens: &[Token], token_text: &[&str], sa: usize, v: usize) -> bool {
    let mut k = v;
    while k > sa && tokens[k - 1].cap && tokens[k - 1].kind == TokenKind::Word {
        k -= 1;
    }
    k < v
        && (k == sa
            || matches!(
                token_text[k - 1].to_lowercase().as_str(),
                "," | "and" | "but" | ";" | ":" | "“" | "\"" | "that" | "who" | "which"
            ))
}

/// A finite verb by its form: "concluded", "sings", "wrote" (lowercase in the text).
fn finite_verb_form(w: &str) -> bool {
    w.len() > 2
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !NOT_THAT_VERBS.contains(&w)
        && (w.len() > 4 && w.ends_with("ed")
            || IRREGULAR_THAT_VERBS.contains(&w)
            || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
}

/// Verbs that frame a quotation: "'…,' Matthews concluded.", "'…?' he asks", "'…,'
/// concluded Matthews", and "Limbaugh continued: '…'", "Zero Hedge asked, '…'". A verb
/// next to a quotation and its speaker says it, whatever the verb. Token ranges.
fn quotation_verbs(
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    sentences: &[(usize, usize)],
    rule_tokens: &RuleTokens,
) -> Vec<(usize, usize)> {
    let lower = |k: usize| token_text[k];
    let speaker_word = |k: usize| {
        let w = lowercase(token_text[k]);
        tokens[k].is_word()
            && w.chars().next().is_some_and(char::is_alphabetic)
            && !PHRASE_STOPS.contains(&&*w)
            && !HEAD_STOPS.contains(&&*w)
            || tokens[k].kind == TokenKind::Possessive
    };
    let mut out = Vec::new();
    for &(sa, sb) in sentences {
        for k in rule_tokens.within(sa, sb) {
            let t = token_text[k];
            // A closing quotation: '…," ' or '…?" '.
            if matches!(t, "\"" | "”" | "''")
                && k > sa
                && matches!(token_text[k - 1], "," | "?" | "!" | "." | "’" | "'")
                && k + 2 < sb
            {
                let mut j = k + 1;
                if token_text[j] == "," {
                    j += 1;
                }
                let first = j;
                // The speaker phrase opens with a name, a pronoun or a determiner, not with
                // a participle ('…," answering questions').
                let fl = lowercase(token_text[first]);
                if !(tokens[first].cap || SPEAKER_PRONOUNS.contains(&&*fl) || DETERMINERS.contains(&&*fl)) {
                    continue;
                }
                // "…," concluded Matthews.
                if finite_verb_form(lower(j)) && tokens.get(j + 1).is_some_and(|n| n.cap && n.kind == TokenKind::Word) {
                    out.push((j, j + 1));
                    continue;
                }
                // The walk stops at the first verb, a cue of the list included ('…," Mehdiyev
                // told jurors': "told" is the verb, not "jurors").
                while j < sb
                    && j - first < 8
                    && speaker_word(j)
                    && !(j > first && (finite_verb_form(lower(j)) || LIST_CUE_VERBS.contains(&lower(j))))
                {
                    j += 1;
                }
                if j < sb && LIST_CUE_VERBS.contains(&lower(j)) {
                    continue;
                }
                while j < sb && j > first && is_filler(lower(j)) {
                    j += 1;
                }
                if j == first || j >= sb || !finite_verb_form(lower(j)) {
                    continue;
                }
                // The verb ends the clause or takes a preposition: not "…," Trump said the deal.
                let after = tokens.get(j + 1).map(|n| n.text(text)).unwrap_or(".");
                if matches!(after, "." | "," | "?" | "!" | ";" | ":" | "\"" | "“")
                    || PREPOSITIONS.contains(&after)
                    || after.ends_with("ly")
                {
                    out.push((j, j + 1));
                }
            } else if matches!(t, "," | ":")
                && k > sa + 1
                && k + 1 < sb
                && matches!(token_text[k + 1], "\"" | "“" | "``")
                // An opening quotation: its first word is capitalised ('…, "Notice', not
                // '…evaporated," said').
                && tokens.get(k + 2).is_some_and(|n| n.cap)
            {
                // "Limbaugh continued: '…'", "…, tweeting, '…'"
                let v = k - 1;
                let w = lower(v);
                let participle = w.len() > 5
                    && w.ends_with("ing")
                    && token_text[v - 1] == ","
                    && !matches!(w, "including" | "according" | "regarding" | "concerning" | "following");
                let pl = lowercase(token_text[v - 1]);
                if (finite_verb_form(w)
                    && (opens_with_name(tokens, token_text, sa, v)
                        || SPEAKER_PRONOUNS.contains(&&*pl)
                        || is_filler(&pl)))
                    || participle
                {
                    out.push((v, v + 1));
                }
            }
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
pub fn attribute(
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    sentences: &[(usize, usize)],
    mentions: &[Mention],
    phrases: &[PhraseHit],
    kb: &Kb,
    triggers: &[attache_kb::Hit<u32>],
    entities: &[attache_model::Entity],
    dateline_agency: Option<Span>,
) -> Attribution {
    let mut statements = Vec::new();
    let quotes = Quotes::new(text);
    let rule_tokens = RuleTokens::new(token_text);
    let mut sources: Vec<ReportSource> = Vec::new();
    let mut sentence_sources = vec![Vec::new(); sentences.len()];
    let mut sentence_hedged = vec![false; sentences.len()];

    let add_source = |sources: &mut Vec<ReportSource>, name: String, entity: Option<usize>, span: Span| -> usize {
        match sources.iter().position(|s| s.name == name) {
            Some(i) => {
                sources[i].mentions.push(span);
                i
            }
            None => {
                sources.push(ReportSource { name, entity, hedged: false, mentions: vec![span] });
                sources.len() - 1
            }
        }
    };
    let name_of = |m: &Mention| -> String {
        match m.entity {
            Some(e) => entities[e].name.clone(),
            None => text[m.span.start..m.span.end].trim_start_matches("the ").to_string(),
        }
    };

    if let Some(agency) = dateline_agency {
        let m = mentions.iter().find(|m| agency.contains(m.span) && m.entity.is_some());
        let name = m.map(name_of).unwrap_or_else(|| text[agency.start..agency.end].to_string());
        let i = add_source(&mut sources, name, m.and_then(|m| m.entity), agency);
        if let Some(s) = sentence_sources.first_mut() {
            s.push(i);
        }
    }

    // Verbs with a "that"-clause or a quotation that no cue covers make cues of their
    // own; a "that"-verb that names an event stays an event ("demanded that Kabul hand
    // over …" is a demand), a verb framing a quotation is always speech.
    // So do verbs of naming ("called the charges a fabrication") and the "found" of a
    // study ("one study found …").
    let mut that_verbs = that_clause_verbs(tokens, token_text, sentences, &rule_tokens);
    that_verbs.extend(naming_verbs(text, tokens, token_text, sentences, &rule_tokens));
    that_verbs.extend(finding_verbs(tokens, token_text, sentences, &rule_tokens));
    that_verbs.sort_unstable();
    that_verbs.dedup();
    let implicit: Vec<PhraseHit> = match kb.cues.iter().position(|c| c.kind == CueKind::Speech) {
        Some(ci) => that_verbs
            .into_iter()
            .filter(|&(a, b)| {
                let span = Span::new(tokens[a].span.start, tokens[b - 1].span.end);
                !triggers.iter().any(|t| t.span.start < span.end && span.start < t.span.end)
            })
            .chain(quotation_verbs(text, tokens, token_text, sentences, &rule_tokens))
            .filter(|&(a, b)| {
                !phrases.iter().any(|p| matches!(p.target, PhraseRef::Cue(_)) && p.toks.0 < b && a < p.toks.1)
            })
            .map(|(a, b)| PhraseHit {
                span: Span::new(tokens[a].span.start, tokens[b - 1].span.end),
                toks: (a, b),
                target: PhraseRef::Cue(ci as u32),
            })
            .collect(),
        None => Vec::new(),
    };

    for (si, &(sa, sb)) in sentences.iter().enumerate() {
        if sa >= sb {
            continue;
        }
        let sspan = Span::new(tokens[sa].span.start, tokens[sb - 1].span.end);
        let (pl, ph) = (phrases.partition_point(|p| p.toks.0 < sa), phrases.partition_point(|p| p.toks.0 < sb));
        let mut hits: Vec<&PhraseHit> = phrases[pl..ph.max(pl)].iter().filter(|p| sspan.contains(p.span)).collect();
        hits.extend(implicit.iter().filter(|p| p.toks.0 >= sa && p.toks.1 <= sb));
        // "…, sources said", "reports say": a hedge that ends in a verb of saying hides
        // that verb from the cues, but whoever it names still says what went before.
        let tail_cues: Vec<PhraseHit> = hits
            .iter()
            .filter(|h| matches!(h.target, PhraseRef::Modality(_)) && h.toks.1 - h.toks.0 >= 2)
            .filter_map(|h| {
                let k = h.toks.1 - 1;
                let ci = kb
                    .cues
                    .iter()
                    .position(|c| c.kind == CueKind::Speech && c.phrase.eq_ignore_ascii_case(token_text[k]))?;
                let covered =
                    hits.iter().any(|p| matches!(p.target, PhraseRef::Cue(_)) && p.toks.0 <= k && k < p.toks.1);
                (!covered).then(|| PhraseHit {
                    span: tokens[k].span,
                    toks: (k, k + 1),
                    target: PhraseRef::Cue(ci as u32),
                })
            })
            .collect();
        hits.extend(tail_cues.iter());
        let (ml, mh) = (mentions.partition_point(|m| m.toks.0 < sa), mentions.partition_point(|m| m.toks.0 < sb));
        let sentence_mentions = &mentions[ml..mh.max(ml)];
        // "said in a statement carried by the Korean Central News Agency (KCNA) that …":
        // the outlet that carried the statement is the sentence's report source, and the
        // speech cue runs over it, so that what was said starts after it.
        let carried: Vec<(PhraseHit, usize)> = hits
            .iter()
            .filter(|h| {
                matches!(h.target, PhraseRef::Cue(ci) if kb.cues[ci as usize].kind == CueKind::Speech)
                    && h.toks.1 + 2 < sb
                    && matches!(token_text[h.toks.1 - 1], "statement" | "interview" | "message")
                    && matches!(token_text[h.toks.1], "carried" | "published" | "released" | "broadcast")
                    && token_text[h.toks.1 + 1] == "by"
            })
            .filter_map(|h| {
                let from = h.toks.1 + 2;
                let (at, outlet) = sentence_mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.toks.0 >= from && m.toks.0 <= from + 1 && m.toks.1 <= sb)
                    .find(|(_, m)| m.entity.is_some_and(|e| entities[e].sector.as_deref() == Some("MED")))?;
                let mut end = outlet.toks.1;
                // "(KCNA)": the outlet's acronym after it.
                if end + 2 < sb && token_text[end] == "(" && token_text[end + 2] == ")" {
                    end += 3;
                }
                let hit = PhraseHit {
                    span: Span::new(h.span.start, tokens[end - 1].span.end),
                    toks: (h.toks.0, end),
                    target: h.target,
                };
                Some((hit, at))
            })
            .collect();
        for (cue, m) in &carried {
            let m = &sentence_mentions[*m];
            let i = add_source(&mut sources, name_of(m), m.entity, m.span);
            sentence_sources[si].push(i);
            // The acronym in brackets cites it too.
            if let Some(a) = sentence_mentions.iter().find(|a| a.toks.0 == m.toks.1 + 1 && a.toks.1 < cue.toks.1) {
                if a.entity.is_some() && a.entity == m.entity {
                    sources[i].mentions.push(a.span);
                }
            }
            hits.retain(|h| !(h.toks.0 < cue.toks.1 && cue.toks.0 < h.toks.1));
        }
        hits.extend(carried.iter().map(|(h, _)| h));
        // "Lavrov was quoted by Interfax as saying that …": a passive "quoted" with the
        // outlet after "by" and then "as saying" is the subject's speech, which the outlet
        // reports.
        // The one-word report cue "quoted", and the "as saying" that follows it within a
        // few words with no punctuation between (both forms below).
        let quoted_cue = |h: &&PhraseHit| {
            matches!(h.target, PhraseRef::Cue(ci) if kb.cues[ci as usize].kind == CueKind::Report)
                && h.toks.1 == h.toks.0 + 1
                && h.toks.0 > sa
                && token_text[h.toks.0] == "quoted"
        };
        let as_saying = |from: usize, first: usize| {
            let at = (first..(from + 9).min(sb.saturating_sub(1)))
                .find(|&k| token_text[k] == "as" && matches!(token_text[k + 1], "saying" | "telling" | "stating"))?;
            (!(from..at).any(|k| matches!(token_text[k], "," | ";" | ":" | "\"" | "“" | "”" | "("))).then_some(at)
        };
        let passive_quotes: Vec<(PhraseHit, usize)> = hits
            .iter()
            .filter(|h| {
                quoted_cue(h)
                    && matches!(token_text[h.toks.0 - 1], "was" | "were" | "is" | "are" | "been")
                    && token_text.get(h.toks.1) == Some(&"by")
            })
            .filter_map(|h| {
                let by = h.toks.1;
                let at = as_saying(by, by + 2)?;
                let ci = kb
                    .cues
                    .iter()
                    .position(|c| c.phrase == "was quoted as saying")
                    .or_else(|| kb.cues.iter().position(|c| c.kind == CueKind::Speech))?;
                let cue = PhraseHit {
                    span: Span::new(tokens[h.toks.0 - 1].span.start, tokens[at + 1].span.end),
                    toks: (h.toks.0 - 1, at + 2),
                    target: PhraseRef::Cue(ci as u32),
                };
                Some((cue, by + 1))
            })
            .collect();
        if !passive_quotes.is_empty() {
            hits.retain(|h| !passive_quotes.iter().any(|(p, _)| h.toks.0 < p.toks.1 && p.toks.0 < h.toks.1));
            // ("by the state news agency Kabar": the last name before "as".)
            for (p, outlet) in &passive_quotes {
                if let Some(m) = sentence_mentions.iter().rfind(|m| m.toks.0 >= *outlet && m.toks.1 <= p.toks.1 - 2) {
                    let i = add_source(&mut sources, name_of(m), m.entity, m.span);
                    sentence_sources[si].push(i);
                }
            }
            hits.extend(passive_quotes.iter().map(|(p, _)| p));
        }
        // "The agency quoted the minister as saying that …", "Interfax quoted Lavrov as
        // saying …": the active form speaks for the party between "quoted" and "as
        // saying"; the outlet before "quoted" reports it.
        let active_quotes: Vec<(PhraseHit, usize)> = hits
            .iter()
            .filter(|h| {
                quoted_cue(h) && !matches!(token_text[h.toks.0 - 1], "was" | "were" | "is" | "are" | "been" | "being")
            })
            .filter_map(|h| {
                let at = as_saying(h.toks.1, h.toks.1 + 1)?;
                let ci = kb.cues.iter().position(|c| c.phrase == "quoted as saying")?;
                let cue = PhraseHit {
                    span: Span::new(tokens[at].span.start, tokens[at + 1].span.end),
                    toks: (at, at + 2),
                    target: PhraseRef::Cue(ci as u32),
                };
                Some((cue, h.toks.0))
            })
            .collect();
        if !active_quotes.is_empty() {
            let quoted: Vec<usize> = active_quotes.iter().map(|(_, q)| *q).collect();
            hits.retain(|h| !quoted.contains(&h.toks.0));
            for (_, q) in &active_quotes {
                if let Some(m) = sentence_mentions.iter().rfind(|m| m.toks.1 == *q && m.toks.0 >= sa) {
                    let i = add_source(&mut sources, name_of(m), m.entity, m.span);
                    sentence_sources[si].push(i);
                }
            }
            hits.extend(active_quotes.iter().map(|(p, _)| p));
        }
        hits.sort_by_key(|p| (p.span.start, p.span.end));
        sentence_hedged[si] = hits.iter().any(
            |h| matches!(h.target, PhraseRef::Modality(i) if kb.modality[i as usize].modality == CueModality::Hedge),
        );
        let in_sentence: Vec<&Mention> =
            sentence_mentions.iter().filter(|m| sspan.contains(m.span) && !m.absorbed).collect();
        let mut used_cue_end = 0usize;
        let sentence_first = statements.len();
        // What closing attributions to an outlet ("…, Interfax said.") say: no statement
        // runs over them.
        let mut media_closings: Vec<Span> = Vec::new();
        for h in &hits {
            let PhraseRef::Cue(ci) = h.target else { continue };
            if h.span.start < used_cue_end {
                continue;
            }
            // "…, citing the rise in food prices": after a comma, "citing"
            // with grounds rather than a source is the main clause's subject speaking.
            let reason = citing_grounds(text, tokens, token_text, h, sb, &in_sentence);
            let kind = if reason { CueKind::Speech } else { kb.cues[ci as usize].kind };
            // "children can still be attacked or kidnapped", "was widely criticized": a
            // stance verb in the passive names what was done to someone, not what they said.
            let passive_stance = matches!(
                token_text[h.toks.0],
                "attacked"
                    | "criticized"
                    | "criticised"
                    | "blasted"
                    | "slammed"
                    | "lambasted"
                    | "questioned"
                    | "identified"
                    | "offered"
                    | "promised"
                    | "pledged"
                    | "touted"
                    | "referenced"
                    | "endorsed"
                    // "was declared the winner": a result proclaimed, no one's words.
                    | "declared"
            ) && ((h.toks.0.saturating_sub(3).max(sa)..h.toks.0)
                .rev()
                .find(|&k| {
                    !matches!(token_text[k], "also" | "still" | "not" | "widely" | "often" | "repeatedly" | "later")
                })
                .is_some_and(|k| {
                    matches!(token_text[k], "be" | "been" | "being" | "was" | "were" | "is" | "are" | "get" | "got")
                })
                // "a merchant vessel attacked by Houthi rebels": a reduced relative with
                // its agent after "by".
                || token_text.get(h.toks.1) == Some(&"by")
                    && h.toks.0 > sa
                    && tokens[h.toks.0 - 1].kind == TokenKind::Word
                    && !matches!(token_text[h.toks.0 - 1], "who" | "that" | "which" | "and" | "or"));
            // "Government troops attacked rebel positions": armed men who attack do so
            // with arms, not words.
            // "Militants who attacked …" too, and whoever attacks a building, a convoy or
            // a town.
            let armed_attack = matches!(token_text[h.toks.0], "attacked" | "attacks" | "attack" | "attacking")
                && (in_sentence.iter().any(|m| {
                    let end = if h.toks.0 > sa && matches!(token_text[h.toks.0 - 1], "who" | "that") {
                        h.toks.0 - 1
                    } else {
                        h.toks.0
                    };
                    m.toks.1 == end && matches!(m.sector.as_deref(), Some("MIL" | "REB" | "INS" | "UAF" | "SPY"))
                }) || (h.toks.1..(h.toks.1 + 4).min(sb))
                    .take_while(|&k| token_text[k].chars().all(|c| c.is_alphabetic() || c == '-'))
                    .any(|k| PHYSICAL_TARGETS.contains(&token_text[k]))
                    // "Russia attacked Kyiv overnight": a town or city attacked is a target.
                    || in_sentence.iter().any(|m| {
                        m.kind == MentionKind::Place
                            && (m.toks.0 == h.toks.1 || m.toks.0 == h.toks.1 + 1 && token_text[h.toks.1] == "the")
                    }));
            // "rejected calls for early elections", "dismissed demands for": a plural noun
            // of asking after a verb of rejection is others' request, not the subject's words.
            let rejected_request = matches!(token_text[h.toks.0], "calls" | "demands" | "appeals")
                && token_text.get(h.toks.0 + 1) != Some(&"by")
                && (h.toks.0.saturating_sub(3).max(sa)..h.toks.0).any(|k| {
                    matches!(
                        token_text[k],
                        "rejected"
                            | "rejects"
                            | "rejecting"
                            | "dismissed"
                            | "dismisses"
                            | "rebuffed"
                            | "ignored"
                            | "spurned"
                    ) && (k + 1..h.toks.0).all(|j| tokens[j].kind == TokenKind::Word && !tokens[j].cap)
                });
            // "pledged 50 million euros in aid", "promised $2 billion": a sum or a
            // gift pledged is what the event records, not words of the pledger.
            let pledged_sum = matches!(
                token_text[h.toks.0],
                "pledged" | "pledges" | "pledge" | "promised" | "promises" | "offered" | "offers"
            ) && ({
                // "pledged an additional 500 million euros", "a further $2 billion".
                let k = skip_up_to_three(token_text, h.toks.1, sb, |w| {
                    matches!(
                        w,
                        "a" | "an"
                            | "additional"
                            | "further"
                            | "another"
                            | "extra"
                            | "nearly"
                            | "almost"
                            | "about"
                            | "around"
                            | "some"
                            | "over"
                            | "roughly"
                    )
                });
                token_text
                    .get(k)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) || matches!(*w, "$" | "€" | "£" | "¥"))
            } || (h.toks.1..(h.toks.1 + 3).min(sb))
                .take_while(|&k| tokens[k].kind == TokenKind::Word && !tokens[k].cap && token_text[k] != "to")
                .any(|k| matches!(token_text[k], "aid" | "assistance" | "loans" | "funding" | "troops" | "weapons")));
            // "Kazakh police questioned several journalists": police, investigators and
            // security services who question people interrogate them; they say nothing.
            let interrogation = matches!(token_text[h.toks.0], "questioned" | "questions" | "question" | "questioning")
                && in_sentence
                    .iter()
                    .any(|m| m.toks.1 == h.toks.0 && matches!(m.sector.as_deref(), Some("COP" | "SPY" | "JUD")));
            // "claimed responsibility for a drone attack": who claims an act says who did
            // it (the event's actor), not words of their own.
            let claimed_act = matches!(token_text[h.toks.0], "claimed" | "claims" | "claim" | "claiming")
                && (token_text.get(h.toks.1) == Some(&"responsibility")
                    || token_text.get(h.toks.1) == Some(&"full")
                        && token_text.get(h.toks.1 + 1) == Some(&"responsibility"));
            // "fired warning shots", "warning signs": "warning" modifying a noun says nothing.
            let warning_noun = token_text[h.toks.0] == "warning"
                && token_text.get(h.toks.1).is_some_and(|w| {
                    matches!(
                        *w,
                        "shot" | "shots" | "flares" | "sign" | "signs" | "lights" | "sirens" | "label" | "labels"
                    )
                });
            // "declared martial law", "declared a ceasefire", "declared a day of mourning":
            // a state of affairs declared is an act, not words. (PolNeAR annotates
            // "declared war on" and "declared bankruptcy" as attributions; those stay.)
            let declared_state = matches!(token_text[h.toks.0], "declared" | "declares" | "declare" | "declaring") && {
                let k = skip_up_to_three(token_text, h.toks.1, sb, |w| {
                    matches!(
                        w,
                        "a" | "an"
                            | "the"
                            | "its"
                            | "their"
                            | "national"
                            | "unilateral"
                            | "temporary"
                            | "partial"
                            | "general"
                            | "nationwide"
                            | "humanitarian"
                            | "three-day"
                            | "two-day"
                            | "one-day"
                    )
                });
                token_text.get(k).is_some_and(|w| {
                    matches!(
                        *w,
                        "martial"
                            | "state"
                            | "ceasefire"
                            | "cease-fire"
                            | "truce"
                            | "curfew"
                            | "day"
                            | "days"
                            | "mobilization"
                            | "mobilisation"
                            | "emergency"
                            | "quarantine"
                            | "lockdown"
                            | "mourning"
                    )
                })
            };
            // "the Death in Custody Reporting Act": a capitalised cue inside a name; "(Reporting
            // by Valerie Volcovici; Additional reporting by …)", "we have been told through
            // investigative reporting": the credits of a story and the noun of journalism
            // are no one's statement.
            // "a journalist jailed for reporting on food shortages", "the reporter reporting
            // on the protests": what someone reports on is the subject of their work, not a
            // statement, and neither is the reporting a preposition governs.
            let reporting_noun = matches!(token_text[h.toks.0], "Reporting" | "reporting")
                && (h.toks.0 > sa && tokens[h.toks.0].cap && tokens.get(h.toks.1).is_some_and(|t| t.cap)
                    || token_text.get(h.toks.1) == Some(&"on")
                        && token_text.get(h.toks.1 + 1).is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
                    || h.toks.0 > sa
                        && matches!(
                            token_text[h.toks.0 - 1],
                            "for" | "of" | "about" | "after" | "without" | "against" | "from" | "while"
                        )
                    || token_text.get(h.toks.1).is_some_and(|w| matches!(*w, "by" | "from" | "contributed"))
                    || h.toks.0 > sa
                        && matches!(
                            &*lowercase(token_text[h.toks.0 - 1]),
                            "additional"
                                | "investigative"
                                | "independent"
                                | "original"
                                | "further"
                                | "news"
                                | "press"
                                | "media"
                                | "its"
                                | "his"
                                | "her"
                                | "their"
                                | "our"
                                | "the"
                                | "through"
                        ));
            // "Turkmenistan denied reports that …", "dismissed media reports of …",
            // "declined to comment on reports": "reports" after a verb, a preposition or
            // a determiner (across a word of the press) is the object, a noun, not the
            // verb of a source.
            let reports_noun = token_text[h.toks.0] == "reports" && h.toks.0 > sa && {
                let mut k = h.toks.0 - 1;
                if k > sa
                    && matches!(
                        token_text[k],
                        "media"
                            | "news"
                            | "press"
                            | "unconfirmed"
                            | "earlier"
                            | "recent"
                            | "initial"
                            | "local"
                            | "these"
                    )
                {
                    k -= 1;
                }
                let w = token_text[k];
                !tokens[k].cap
                    && (w.len() > 4 && w.ends_with("ed")
                        || PREPOSITIONS.contains(&w)
                        || matches!(w, "the" | "those" | "such" | "some" | "denies" | "rejects" | "dismisses"))
            };
            // "police responded with tear gas", "the army reacted with artillery": a
            // response in force is an act, not words.
            let answered_in_force = (answer_verb(token_text[h.toks.0]) || token_text[h.toks.0] == "replied")
                && token_text.get(h.toks.1) == Some(&"with")
                && (h.toks.1 + 1..(h.toks.1 + 4).min(sb))
                    .take_while(|&k| tokens[k].kind == TokenKind::Word && !tokens[k].cap)
                    .any(|k| FORCE_NOUNS.contains(&token_text[k]))
                // "Moscow responded with the expulsion of a Moldovan diplomat", "responded by
                // expelling two diplomats": an answer that is an act the event lexicon
                // names right after the preposition (and a determiner) is that act.
                || answer_verb(token_text[h.toks.0])
                    && matches!(token_text.get(h.toks.1), Some(&("with" | "by")))
                    && (h.toks.1 + 1..(h.toks.1 + 4).min(sb))
                        .find(|&k| !matches!(token_text[k], "a" | "an" | "the" | "its" | "their" | "new"))
                        // ("responded with attacks on Machado" may be words.)
                        .filter(|&k| {
                            tokens[k].kind == TokenKind::Word
                                && !tokens[k].cap
                                && !matches!(token_text[k], "attack" | "attacks")
                        })
                        .is_some_and(|k| triggers.iter().any(|t| t.span.start == tokens[k].span.start));
            // "…, a claim denied by Dushanbe": a participle with its agent after "by" is
            // passive; the noun before it is what was denied, not who spoke.
            // ("Trump responded by using …" is active.)
            let agent_after = h.toks.1 == h.toks.0 + 1
                && token_text.get(h.toks.1) == Some(&"by")
                && token_text[h.toks.0].ends_with("ed")
                && !matches!(
                    token_text[h.toks.0],
                    "quoted" | "responded" | "replied" | "reacted" | "answered" | "countered"
                )
                && !token_text.get(h.toks.1 + 1).is_some_and(|w| w.ends_with("ing"));
            if passive_stance
                || agent_after
                || answered_in_force
                || reporting_noun
                || reports_noun
                || armed_attack
                || rejected_request
                || pledged_sum
                || warning_noun
                || declared_state
                || interrogation
                || claimed_act
            {
                continue;
            }
            match kind {
                CueKind::According => {
                    // "according to China's state-run news agency Xinhua, …"
                    let mut end = h.toks.1;
                    // "in an interview with state television on Sunday that …": a time
                    // phrase ends the source's name.
                    while end < sb
                        && end < h.toks.1 + 14
                        && !matches!(token_text[end], "," | "." | ";" | "that")
                        && !(end > h.toks.1
                            && (matches!(token_text[end], "on" | "last" | "earlier" | "today" | "yesterday")
                                || crate::dates::weekday(token_text[end]).is_some()))
                    {
                        end += 1;
                    }
                    let np = Span::new(
                        tokens[h.toks.1.min(sb - 1)].span.start,
                        tokens[(end.max(h.toks.1 + 1) - 1).min(sb - 1)].span.end,
                    );
                    let candidates: Vec<&Mention> = sentence_mentions
                        .iter()
                        .filter(|m| !m.absorbed || m.kind == MentionKind::Organization)
                        .filter(|m| np.contains(m.span) && m.kind != MentionKind::Place)
                        .collect();
                    let best = candidates
                        .iter()
                        .filter(|m| m.kind == MentionKind::Organization)
                        .max_by_key(|m| m.span.end)
                        .or_else(|| candidates.iter().max_by_key(|m| m.span.end));
                    match best {
                        Some(m) if m.kind == MentionKind::Person => {
                            let content = Span::new(tokens[end.min(sb - 1)].span.start, tokens[sb - 1].span.end);
                            statements.push(Statement {
                                speaker: m.entity,
                                speaker_span: Some(m.span),
                                cue: h.span,
                                content,
                                direct: false,
                                sentence: sspan,
                            });
                        }
                        Some(m) if m.entity.is_none() => {
                            // A common noun ("local media"): the whole phrase names the source.
                            let name = text[np.start..np.end].trim_start_matches("the ").to_string();
                            let i = add_source(&mut sources, name, None, np);
                            sentence_sources[si].push(i);
                        }
                        Some(m) => {
                            let i = add_source(&mut sources, name_of(m), m.entity, m.span);
                            sentence_sources[si].push(i);
                        }
                        None if end > h.toks.1 => {
                            // "according to a decree published on the presidential
                            // website", "a statement posted online": a participle after
                            // the noun ends the name.
                            let e = (h.toks.1 + 1..end.min(sb))
                                .find(|&k| {
                                    tokens[k].kind == TokenKind::Word
                                        && !tokens[k].cap
                                        && token_text[k].len() > 4
                                        && token_text[k].ends_with("ed")
                                        && tokens[k - 1].kind == TokenKind::Word
                                        && !token_text[k - 1].ends_with("ly")
                                        && !matches!(
                                            token_text[k - 1],
                                            "a" | "an" | "the" | "A" | "An" | "The" | "its" | "their" | "his" | "her"
                                        )
                                })
                                .unwrap_or(end.min(sb));
                            let np = Span::new(np.start, tokens[e - 1].span.end);
                            let name = text[np.start..np.end].trim_start_matches("the ").to_string();
                            let i = add_source(&mut sources, name, None, np);
                            sentence_sources[si].push(i);
                        }
                        None => {}
                    }
                }
                CueKind::Speech | CueKind::Report => {
                    if bare_claim_noun(text, tokens, h) || what_x_called(tokens, token_text, h.toks.0, sa) {
                        continue;
                    }
                    // "China had offered Kyrgyzstan a new loan": a thing offered to a party
                    // named right after the verb is no speech.
                    if matches!(token_text[h.toks.0], "offered" | "offering") && h.toks.1 == h.toks.0 + 1 {
                        let mut k = h.toks.1;
                        while k < sb && tokens[k].cap && tokens[k].kind == TokenKind::Word {
                            k += 1;
                        }
                        if k > h.toks.1
                            && k < sb
                            && (matches!(token_text[k], "a" | "an" | "the" | "its" | "their" | "$")
                                || tokens[k].kind == TokenKind::Number)
                        {
                            continue;
                        }
                    }
                    // "denied Ukrainian reports of a strike": "reports of" is the noun.
                    if h.toks.1 == h.toks.0 + 1
                        && matches!(token_text[h.toks.0], "reports" | "report")
                        && token_text.get(h.toks.1) == Some(&"of")
                    {
                        continue;
                    }
                    // "accused the activist of calling for mass unrest", "suspected of
                    // inciting": what someone is charged with saying is the charge's
                    // content, no statement of theirs.
                    if h.toks.0 > sa
                        && token_text[h.toks.0 - 1] == "of"
                        && token_text[h.toks.0].ends_with("ing")
                        && (sa..h.toks.0 - 1).any(|k| {
                            let w = token_text[k].to_ascii_lowercase();
                            ["accus", "suspect", "charg", "convict", "indict", "prosecut", "guilty", "blam"]
                                .iter()
                                .any(|p| w.starts_with(p))
                        })
                    {
                        continue;
                    }
                    // A closing quotation just before the cue, or before a short speaker
                    // phrase: '…," said Li', '…," he told reporters', '…" Li said'.
                    let closing_at = |k: usize| -> bool {
                        k >= 1 && {
                            let p = token_text[k];
                            let pp = token_text[k - 1];
                            (matches!(p, "\"" | "”" | "''") && matches!(pp, "," | "." | "?" | "!"))
                                || (p == "," && matches!(pp, "\"" | "”" | "''"))
                                // A quotation inside a quotation closes both: '…vote,'" said King'.
                                || (k >= 2
                                    && matches!(p, "\"" | "”" | "''")
                                    && matches!(pp, "'" | "’")
                                    && matches!(token_text[k - 2], "," | "." | "?" | "!"))
                        }
                    };
                    // "Sen. David Perdue (R-Ga.) said": a parenthesis between the speaker and
                    // the cue belongs to the speaker.
                    let skip_paren = |c: usize| {
                        if c > sa + 1 && token_text[c - 1] == ")" {
                            (c.saturating_sub(10).max(sa)..c - 1).rev().find(|&k| token_text[k] == "(").unwrap_or(c)
                        } else {
                            c
                        }
                    };
                    let mut cue0 = skip_paren(h.toks.0);
                    // "Vann R. Newkirk II, a writer for The Atlantic, said": so does an
                    // appositive that opens with an article, "who", a possessive ("China,
                    // Pyongyang's only ally, said") or an age ("Mr. King, 82, told me"), or
                    // one set off by dashes; an adverb may follow it ("…, forcefully told").
                    let mut c1 = cue0;
                    while c1 > sa && is_filler(&lowercase(token_text[c1 - 1])) {
                        c1 -= 1;
                    }
                    let opens_appositive = |j: usize| {
                        let w = token_text[j];
                        matches!(
                            w,
                            "a" | "an" | "the" | "who" | "which" | "one" | "now" | "his" | "her" | "their" | "its" | "former"
                        ) || tokens[j].kind == TokenKind::Number
                            // "Trump, speaking to a veterans group, said"; "Clinton, like
                            // Obama, has said"; "the union, in a statement, said".
                            || (!tokens[j].cap && w.len() > 5 && w.ends_with("ing"))
                            // "The Taliban delegation, led by acting water minister Abdul
                            // Latif Mansur, said".
                            || (!tokens[j].cap && w.ends_with("ed") && token_text.get(j + 1) == Some(&"by"))
                            // "The report, released Tuesday by the GAO, found"; "McConnell,
                            // asked whether he would support the nominee, said".
                            || (!tokens[j].cap
                                && w.ends_with("ed")
                                && (j + 2..(j + 4).min(token_text.len())).any(|k| token_text[k] == "by"))
                            || matches!(w, "asked" | "pressed" | "questioned" | "interviewed" | "reached" | "contacted")
                            || matches!(w, "like" | "unlike" | "in" | "at" | "on" | "during" | "after" | "before" | "speaking")
                            || w.ends_with("'s")
                            || w.ends_with("’s")
                            || tokens.get(j + 1).is_some_and(|t| matches!(t.text(text), "'s" | "’s"))
                    };
                    if c1 > sa + 2 && matches!(token_text[c1 - 1], "," | "--" | "—" | "–") {
                        let closer = token_text[c1 - 1];
                        let open = (c1.saturating_sub(30).max(sa + 1)..c1 - 1)
                            .rev()
                            .find(|&k| token_text[k] == closer && (closer != "," || opens_appositive(k + 1)));
                        // A relative clause may hold a list: "Belarusian police, who detained
                        // journalists, activists and students, denied".
                        let clean = open.is_some_and(|o| {
                            // (Not "the route, which, Bugti said, explained": an aside.)
                            let relative = matches!(token_text[o + 1], "who" | "which")
                                && token_text.get(o + 2) != Some(&",")
                                && (o + 2..c1 - 1).any(|k| matches!(token_text[k], "and" | "or"));
                            (o + 1..c1 - 1).all(|k| {
                                !is_quote(token_text[k]) && (closer != "," || relative || token_text[k] != ",")
                            })
                        });
                        if let (Some(o), true) = (open, clean) {
                            cue0 = skip_paren(o);
                        }
                    }
                    let quote_end = (cue0.saturating_sub(6).max(sa)..cue0).rev().find(|&k| closing_at(k));
                    // The speaker phrase right after a quotation that ends at `q`: up to the cue
                    // or its appositive ('"…," John Smith, an economist, told me': the name with
                    // its appositive, up to the comma before the cue).
                    let names_after_quote = |q: usize, m: &Mention| {
                        m.toks.0 == q + 1
                            && (m.toks.1 == cue0 || m.toks.1 + 1 == h.toks.0 && token_text[m.toks.1] == ",")
                    };
                    let quote_before = quote_end.is_some_and(|q| {
                        // Only a speaker phrase may stand between the quotation and the cue.
                        q + 1 == h.toks.0 || in_sentence.iter().any(|m| names_after_quote(q, m))
                    });
                    // Speaker: nearest actor before the cue, not inside a prepositional phrase.
                    let before = in_sentence
                        .iter()
                        .filter(|m| m.span.end <= h.span.start && m.kind != MentionKind::Place)
                        .filter(|m| preceded_by_preposition(text, tokens, m).is_none())
                        // "Sources close to the presidential administration said": what the
                        // speakers are close to or familiar with does not speak.
                        .filter(|m| {
                            let mut k = m.toks.0;
                            while k > sa
                                && m.toks.0 - k < 3
                                && tokens[k - 1].kind == TokenKind::Word
                                && !tokens[k - 1].cap
                                && !matches!(token_text[k - 1], "to" | "with" | "on")
                            {
                                k -= 1;
                            }
                            !(k >= sa + 2
                                && matches!(token_text[k - 1], "to" | "with" | "on")
                                && matches!(token_text[k - 2], "close" | "familiar" | "briefed"))
                        })
                        .filter(|m| {
                            // No other clause in between: the cue must follow the speaker closely
                            // or across an appositive that the mention already covers.
                            let gap = cue0.saturating_sub(m.toks.1);
                            // "Anna Petrova of Moscow State University said": the
                            // speaker's body may stand between, however long its name.
                            let of_body = m.kind == MentionKind::Person
                                && tokens.get(m.toks.1).is_some_and(|t| t.text(text) == "of")
                                && in_sentence.iter().any(|o| {
                                    o.kind == MentionKind::Organization
                                        && (m.toks.1 + 1..=m.toks.1 + 2).contains(&o.toks.0)
                                        && o.toks.1 == cue0
                                });
                            // "…, did not send troops, the press service said": a phrase
                            // opened by a determiner after the last comma is the speaker,
                            // and a name before that comma ends the clause it closes.
                            let closed = (m.toks.1..cue0).rev().find(|&j| token_text[j] == ",").is_some_and(|j| {
                                j + 1 < cue0
                                    && matches!(token_text[j + 1], "the" | "a" | "an" | "its" | "his" | "her" | "their")
                            });
                            // "military sources said", "a government official told": a name
                            // that modifies the noun of people before the cue is no speaker;
                            // the whole phrase is.
                            let modifier = m.entity.is_none()
                                && m.toks.1 < cue0
                                && (m.toks.1..cue0).all(|k| {
                                    tokens[k].kind == TokenKind::Word
                                        && !tokens[k].cap
                                        && !matches!(
                                            token_text[k],
                                            "and" | "or" | "its" | "their" | "his" | "her" | "the"
                                        )
                                })
                                && kb.references.get(token_text[cue0 - 1]).is_some_and(|r| {
                                    r.form == attache_model::ReferenceForm::Noun
                                        && r.kind != attache_model::EntityKind::Location
                                });
                            // "Kazakhstan protested after a lawmaker said …": a conjunction
                            // between the name and the cue opens another clause, whose own
                            // subject speaks.
                            let subordinate = (m.toks.1..cue0).any(|k| {
                                matches!(
                                    token_text[k],
                                    "after"
                                        | "before"
                                        | "since"
                                        | "because"
                                        | "when"
                                        | "while"
                                        | "although"
                                        | "until"
                                        | "unless"
                                )
                            });
                            // Not a name inside the appositive: "Dr. Mariano, who served
                            // President Clinton, said".
                            (gap <= 4 || of_body)
                                && (m.toks.1 <= cue0 || m.toks.0 < cue0)
                                && !closed
                                && !modifier
                                && !subordinate
                        })
                        .max_by_key(|m| m.span.end);
                    // "Activists who have criticised the government said …": the object of a
                    // relative clause's verb is not the speaker; the phrase its "who" stands
                    // for is (a name ending right before "who", else the unnamed phrase).
                    let before = match before.map(|m| (m, relative_object(text, tokens, sa, m.toks.0))) {
                        Some((_, Some(who))) => in_sentence.iter().find(|o| o.toks.1 == who),
                        Some((m, None)) => Some(m),
                        None => None,
                    };
                    // '"…," said 9/11 widow Terry Strada.': a name closing the sentence may
                    // follow a few lowercase words and numbers that describe the speaker.
                    let described = |m: &&&Mention| {
                        m.toks.0 <= h.toks.1 + 5
                            && m.kind == MentionKind::Person
                            && (m.toks.1 >= sb || matches!(token_text[m.toks.1], "." | "," | ";"))
                            && (h.toks.1..m.toks.0).all(|k| {
                                !tokens[k].cap && tokens[k].kind == TokenKind::Word
                                    || tokens[k].kind == TokenKind::Number
                                    || token_text[k] == "/"
                            })
                            && !(h.toks.1..m.toks.0).any(|k| {
                                matches!(
                                    token_text[k],
                                    "the" | "a" | "an" | "that" | "to" | "by" | "with" | "of" | "and"
                                )
                            })
                    };
                    let after = in_sentence
                        .iter()
                        .filter(|m| m.span.start >= h.span.end && (m.toks.0 <= h.toks.1 + 1 || described(m)))
                        .min_by_key(|m| m.span.start);
                    let between = quote_end.and_then(|q| in_sentence.iter().find(|m| names_after_quote(q, m)));
                    // An object pronoun after the cue is the addressee, never the speaker:
                    // "…, Mr. King, 82, told me."
                    let after = after.filter(|m| {
                        m.kind != MentionKind::Place
                            && !matches!(&text[m.span.start..m.span.end], "me" | "us" | "him" | "them")
                    });
                    // Far from the cue ("Tokayev praised … and noted that"): the clause's subject.
                    let subject = || {
                        let other_cue_before = hits
                            .iter()
                            .filter(|o| o.span.end <= h.span.start && matches!(o.target, PhraseRef::Cue(_)))
                            .map(|o| o.span.end)
                            .max()
                            .unwrap_or(0);
                        in_sentence
                            .iter()
                            .filter(|m| m.span.start >= other_cue_before && m.span.end <= h.span.start)
                            .filter(|m| {
                                matches!(m.kind, MentionKind::Person | MentionKind::Organization | MentionKind::Pronoun)
                            })
                            .filter(|m| preceded_by_preposition(text, tokens, m).is_none())
                            // A possessor is not the subject: "she called the bank's
                            // conduct “shameful” and called for …".
                            .find(|m| tokens.get(m.toks.1).is_none_or(|t| t.kind != TokenKind::Possessive))
                    };
                    // The clause subject speaks only across a coordination ("praised … and
                    // noted"); an unrecognised noun right before the cue ("the presidential
                    // press service said") is a speaker we cannot name, not the subject.
                    let coordinated = h.toks.0 > sa && {
                        let p = token_text[h.toks.0 - 1];
                        matches!(p, "and" | "," | "also" | "further" | "then" | "later" | "has" | "had" | "have")
                            || p.ends_with("ly")
                    };
                    // "…, prices would rise for some, said Ivanova.", "…, said one
                    // diplomat at the talks.": a speaker right after the cue that
                    // closes the sentence, or a name there that opens an appositive ("said
                    // Mr. Novak, the lawyer for …"), makes the cue an inverted tag even
                    // when a name stands before it.
                    let ends_at = |k: usize| k >= sb || matches!(token_text[k], "." | ";");
                    // Not a verb with an addressee ("…, a lawmaker, told VOA.") nor a
                    // participle ("…,” McCaul said, referring to Putin.").
                    let verb = text[h.span.start..h.span.end].split_whitespace().next().unwrap_or("");
                    let tag_verb = !matches!(verb, "told" | "tells" | "tell") && !verb.ends_with("ing");
                    let closing_tag = tag_verb
                        && match after {
                            Some(m) => {
                                m.toks.0 == h.toks.1
                                    && matches!(m.kind, MentionKind::Person | MentionKind::Organization)
                                    && (ends_at(m.toks.1)
                                        || cue0 == h.toks.0
                                            && token_text[m.toks.1] == ","
                                            && tokens
                                                .get(m.toks.1 + 1)
                                                .is_some_and(|t| matches!(t.text(text), "a" | "an" | "the")))
                            }
                            None => {
                                h.toks.1 < sb
                                && matches!(token_text[h.toks.1], "a" | "an" | "one" | "another")
                                && (h.toks.1..sb)
                                    .find(|&k| !token_text[k].chars().all(char::is_alphabetic))
                                    .is_none_or(|k| ends_at(k) && k - h.toks.1 <= 6)
                                // A clause after the cue is what was said: "…, said the plan
                                // would fail."
                                && !(h.toks.1..sb).any(|k| {
                                    let w = token_text[k];
                                    let finite = w.len() > 4 && w.ends_with("ed") || IRREGULAR_THAT_VERBS.contains(&w);
                                    finite
                                        || matches!(
                                            w,
                                            "would" | "will" | "could" | "can" | "may" | "might" | "should" | "must"
                                                | "is" | "was" | "are" | "were" | "has" | "had" | "have"
                                        )
                                })
                            }
                        };
                    // "…, said Batchelder." with no quotation: the speaker follows the cue
                    // when no subject comes before it.
                    // Not a participle: "…, saying X" is said by the main clause's subject.
                    let inverted = !quote_before
                        && !text[h.span.start..h.span.end].ends_with("ing")
                        // A verb of naming takes its object after it: "…, Novak, called
                        // him a liar".
                        && !matches!(&text[h.span.start..h.span.end], "called" | "calls")
                        && tokens.get(h.toks.1).is_none_or(|t| t.text(text) != "that")
                        // "…, found that the agency had failed", "…, said only that he
                        // would": a "that" in or right after the cue opens what was said.
                        && !text[h.span.start..h.span.end].ends_with(" that")
                        && !(h.toks.1 + 1 < sb
                            && token_text[h.toks.1 + 1] == "that"
                            && (matches!(token_text[h.toks.1], "only" | "again" | "also" | "later")
                                || token_text[h.toks.1].ends_with("ly")))
                        && h.toks.0 > sa + 3
                        && token_text[h.toks.0 - 1] == ","
                        // "The minister, who spoke on condition of anonymity, said talks would
                        // resume": a short phrase opening the sentence, then a relative
                        // clause set off by commas, is the subject of the cue after it.
                        // So is one before a participle phrase: "McConnell, asked whether
                        // he would support the nominee, said he would look at the record".
                        // The phrase before "who" may be long when no comma is in it: "An
                        // owner of a printing press in Nangarhar, who requested anonymity,
                        // told VOA that …".
                        && !(cue0 < h.toks.0
                            && (cue0 <= sa + 6
                                || cue0 <= sa + 14
                                    && token_text[cue0 + 1] == "who"
                                    && (sa..cue0).all(|k| tokens[k].kind == TokenKind::Word))
                            && token_text.get(cue0 + 1).is_some_and(|w| {
                                matches!(*w, "who" | "which")
                                    || !w.starts_with(|c: char| c.is_ascii_uppercase())
                                        && (w.ends_with("ed") || w.ends_with("ing"))
                                        && w.len() > 4
                            }))
                        && (before.is_none() && subject().is_none() || closing_tag)
                        // "The delegation, headed by Wang Yi, said China supported the
                        // talks": a name after the cue that a verb follows opens what was
                        // said.
                        && after.is_none_or(|m| {
                            let w = token_text.get(m.toks.1).copied().unwrap_or("");
                            !(w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase())
                                || IRREGULAR_THAT_VERBS.contains(&w)
                                || matches!(
                                    w,
                                    "would" | "will" | "could" | "can" | "may" | "might" | "should" | "must" | "is"
                                        | "was" | "are" | "were" | "has" | "had" | "have"
                                ))
                        });
                    // "Trump attacked Clinton over Libya, saying …": a participle after a
                    // comma is said by the subject of the main clause, not by the nearest
                    // name before it.
                    let participle = !quote_before
                        && h.toks.0 > sa + 1
                        && token_text[h.toks.0 - 1] == ","
                        && text[h.span.start..h.span.end].split_whitespace().next().is_some_and(|w| w.ends_with("ing"));
                    let main_subject = if participle {
                        clause_subject(kb, text, tokens, token_text, sa, h.toks.0, &in_sentence)
                    } else {
                        None
                    };
                    // "…, the governor said, warning that …", "…, the official told
                    // reporters, calling for …": a participle set off right after the cue
                    // of an attribution is that speaker's, whatever it takes; the statement
                    // before is found below.
                    let after_attribution = participle
                        && statements.last().is_some_and(|p| {
                            let gap = text.get(p.cue.end..h.span.start).unwrap_or("").trim_end();
                            p.sentence == sspan
                                && matches!(
                                    text[p.cue.start..p.cue.end].split_whitespace().next(),
                                    Some(
                                        "said" | "says" | "told" | "tells" | "added" | "announced" | "stated" | "wrote"
                                    )
                                )
                                && gap.ends_with(',')
                                && gap.split_whitespace().count() <= 3
                                && !gap[..gap.len() - 1].contains(|c: char| c.is_ascii_punctuation())
                        });
                    let speaker = if after_attribution {
                        None
                    } else if quote_before {
                        between.or(after)
                    } else if inverted {
                        after
                    } else if main_subject.is_some() || reason {
                        main_subject
                    } else if let Some(s) =
                        before.filter(|m| (m.toks.1..cue0).any(|k| token_text[k] == "and")).and_then(|m| {
                            // A verb between the subject and that name makes it an object.
                            let first = in_sentence
                                .iter()
                                .filter(|o| o.span.end <= m.span.start && o.kind != MentionKind::Place)
                                .filter(|o| preceded_by_preposition(text, tokens, o).is_none())
                                .find(|o| tokens.get(o.toks.1).is_none_or(|t| t.kind != TokenKind::Possessive));
                            first.filter(|s| {
                                s.toks.1 < m.toks.0
                                    // One clause: no comma on the way, no name after the
                                    // object ("residents of Dadaab and Kakuma say").
                                    && (s.toks.1..m.toks.0).all(|k| token_text[k] != ",")
                                    && (m.toks.1..cue0).all(|k| {
                                        !tokens[k].cap
                                            || matches!(
                                                token_text[k],
                                                "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday"
                                                    | "Saturday" | "Sunday"
                                            )
                                    })
                                    && (s.toks.1..m.toks.0).any(|k| {
                                        token_text[k].ends_with("ed")
                                            || triggers.iter().any(|t| t.span.contains(tokens[k].span))
                                    })
                            })
                        })
                    {
                        // "Britain summoned the Russian ambassador and said …": across
                        // "and", the name before the cue is the first verb's object; the
                        // clause's subject speaks.
                        Some(s)
                    } else {
                        before.or_else(|| if coordinated { subject() } else { None })
                    };
                    // "The governor added:" closing its sentence: what was said is the
                    // quotation set off after it, the next sentence.
                    let block_quote = || {
                        let colon = (h.toks.1..sb).all(|k| matches!(token_text[k], ":" | "\"" | "“"))
                            && h.toks.1 < sb
                            && token_text[h.toks.1] == ":";
                        let &(na, nb) = sentences.get(si + 1).filter(|_| colon)?;
                        let mut e = nb;
                        while e > na + 1 && matches!(token_text[e - 1], "." | "\"" | "”" | "''") {
                            e -= 1;
                        }
                        let mut a = na;
                        while a + 1 < e && is_quote(token_text[a]) {
                            a += 1;
                        }
                        (a < e).then(|| Span::new(tokens[a].span.start, tokens[e - 1].span.end))
                    };
                    let Some(speaker) = speaker else {
                        // "The mayor said …, adding that …", "Authorities announced the
                        // arrest … and said a curfew would continue": a participle after a
                        // comma, or a verb coordinated with "and", whose subject was not
                        // found shares the subject of the statement just before it in the
                        // sentence, when no other cue stands between them.
                        let and_before = {
                            let mut k = h.toks.0;
                            while k > sa + 1 && is_filler(&lowercase(token_text[k - 1])) {
                                k -= 1;
                            }
                            k > sa && token_text[k - 1] == "and"
                        };
                        // Only a verb taking what was said: a cue with a preposition or an
                        // infinitive ("responded to threats", "called for sanctions",
                        // "promised to publish") after a coordination is as often an act
                        // inside the first statement's content, or an event, as a statement.
                        let takes_clause = {
                            let last = token_text[h.toks.1 - 1];
                            let next = tokens.get(h.toks.1).filter(|_| h.toks.1 < sb).map(|t| t.text(text));
                            !PREPOSITIONS.contains(&last)
                                && !next.is_some_and(|n| {
                                    matches!(n, "to" | "for" | "against" | "of" | "about" | "at" | "with" | "over")
                                })
                        };
                        // A cue the event lexicon also lists ("… and warned that Tehran
                        // will …") stays the event, as for the "that"-verbs above.
                        let event = triggers.iter().any(|t| t.span.start < h.span.end && h.span.start < t.span.end);
                        let shared = statements
                            .last()
                            .filter(|_| takes_clause && !event && (participle || and_before) || after_attribution)
                            .filter(|p| p.sentence == sspan && p.cue.end <= h.span.start && p.speaker_span.is_some())
                            .filter(|p| {
                                !hits.iter().any(|o| {
                                    matches!(o.target, PhraseRef::Cue(_))
                                        && o.span.start >= p.cue.end
                                        && o.span.end <= h.span.start
                                })
                            })
                            .map(|p| (p.speaker, p.speaker_span));
                        if let Some((speaker, speaker_span)) = shared {
                            let (c, e) = words_after_cue(token_text, h.toks.1, sb);
                            if c < e {
                                used_cue_end = h.span.end;
                                let content = Span::new(tokens[c].span.start, tokens[e - 1].span.end);
                                let direct = has_quote_mark(&text[h.span.end..content.end]);
                                statements.push(Statement {
                                    speaker,
                                    speaker_span,
                                    cue: h.span,
                                    content,
                                    direct,
                                    sentence: sspan,
                                });
                            }
                            continue;
                        }
                        // No actor we know: an unnamed speaker ("officials said", "he
                        // said", "'…,' said a senior diplomat") still makes a statement,
                        // with the words that name the speaker and no entity.
                        let phrase = if quote_before || inverted {
                            unnamed_speaker_after(text, tokens, h.toks.1, sb)
                        } else {
                            unnamed_speaker_before(text, tokens, sa, cue0)
                        };
                        let Some((a, b)) = phrase else { continue };
                        if quoted_person(
                            &quotes,
                            text,
                            Span::new(tokens[a].span.start, tokens[b - 1].span.end),
                            h.span,
                            sspan.start,
                        ) {
                            continue;
                        }
                        // The object of another cue ("told reporters, warning …") is no speaker.
                        if hits
                            .iter()
                            .any(|o| matches!(o.target, PhraseRef::Cue(_)) && o.toks.1 == a && o.span != h.span)
                        {
                            continue;
                        }
                        // '"…," the region's governor told local television on Sunday': a
                        // quotation closing right before the speaker is what was said,
                        // however much follows the cue.
                        let quoted = !inverted && !quote_before && a >= sa + 2 && closing_at(a - 1);
                        let content = if inverted {
                            Span::new(tokens[sa].span.start, tokens[h.toks.0 - 2].span.end)
                        } else if quote_before {
                            let close = quote_end.unwrap_or(h.toks.0.saturating_sub(1)).max(sa);
                            let mut open = close.saturating_sub(1).max(sa);
                            while open > sa && !is_quote(token_text[open]) {
                                open -= 1;
                            }
                            let first = if is_quote(token_text[open]) { open + 1 } else { open };
                            Span::new(tokens[first.min(close)].span.start, tokens[close].span.start)
                        } else {
                            let (c, e) = words_after_cue(token_text, h.toks.1, sb);
                            let words_after =
                                (c..e).filter(|&k| token_text[k].chars().any(char::is_alphabetic)).count();
                            let paren = parenthetical_subject(token_text, tokens, sa, a, h.toks.1, c);
                            // (Not after a preposition: in "remarks by a deputy questioning
                            // Kazakh sovereignty" the speaker is the object of "by", and the
                            // words before are the reporter's.)
                            if paren.is_none()
                                && a > sa
                                && token_text[a - 1] != "by"
                                // ("Uzbekistan summoned Russia's ambassador after a Russian
                                // lawmaker questioned Uzbek sovereignty": with no comma or
                                // quotation mark before the speaker, the words before are a
                                // clause of the reporter's.)
                                // (Nor after "in which", "during which": "an interview in which
                                // he called for killing Russians" says what comes after.)
                                && (words_after < 3
                                    && (matches!(token_text[a - 1], "," | "—" | "–")
                                        || token_text[a - 1] == "which"
                                            && !(a >= 2 && PREPOSITIONS.contains(&token_text[a - 2]))
                                        || is_quote(token_text[a - 1]))
                                    || quoted
                                    || token_text[a - 1] == "," && attribution_tail(token_text, c, e)
                                    || closing_content(token_text, sa, sb, a, h.toks.1).is_some())
                            {
                                // "The talks will resume, the ministry said on Monday.": what was
                                // said comes before the speaker when little follows the cue.
                                let mut first = sa;
                                while first < a - 1 && is_quote(token_text[first]) {
                                    first += 1;
                                }
                                let mut last = a;
                                while last > first
                                    && matches!(token_text[last - 1], "," | "\"" | "”" | "“" | "''" | "``")
                                {
                                    last -= 1;
                                }
                                if last <= first {
                                    continue;
                                }
                                Span::new(tokens[first].span.start, tokens[last - 1].span.end)
                            } else if c >= e || words_after == 0 {
                                match block_quote() {
                                    Some(span) => span,
                                    None => continue,
                                }
                            } else {
                                let from = paren.unwrap_or(c);
                                Span::new(tokens[from].span.start, tokens[e - 1].span.end)
                            }
                        };
                        // ("The agreement, which officials said would double trade, was
                        // signed …": the speaker inside the relative clause says its rest.)
                        let relative = if b == a + 1 && matches!(token_text[a], "who" | "which") {
                            Some(a)
                        } else {
                            (a >= sa + 2 && token_text[a - 1] == "which" && token_text[a - 2] == ",").then(|| a - 1)
                        };
                        let content = if let Some(r) = relative {
                            relative_clause_end(text, tokens, token_text, tokens[r].span, content, sb)
                                .map_or(content, |end| Span::new(content.start, end))
                        } else {
                            content
                        };
                        used_cue_end = h.span.end;
                        // "…, with spokesman Dmitry Peskov saying …": a person named at the end of
                        // the phrase that opens an absolute phrase is the speaker.
                        let named = (a > sa && token_text[a - 1] == "with")
                            .then(|| {
                                mentions
                                    .iter()
                                    .find(|m| m.kind == MentionKind::Person && m.toks.0 >= a && m.toks.1 == b)
                                    .and_then(|m| m.entity)
                            })
                            .flatten()
                            // "criticised by the OSCE, which said …": a relative pronoun right
                            // after a comma stands for the body or person named before it (the
                            // span stays the pronoun, as PolNeAR marks it).
                            .or_else(|| {
                                (b == a + 1
                                    && matches!(token_text[a], "who" | "which")
                                    && a >= sa + 2
                                    && token_text[a - 1] == ",")
                                    .then(|| {
                                        mentions
                                            .iter()
                                            .filter(|m| {
                                                m.toks.1 == a - 1
                                                    && matches!(
                                                        m.kind,
                                                        MentionKind::Person
                                                            | MentionKind::Organization
                                                            | MentionKind::Country
                                                            | MentionKind::Group
                                                    )
                                            })
                                            .find_map(|m| m.entity)
                                    })
                                    .flatten()
                            })
                            // "…, the service added": "the" and a noun in lower case stand
                            // for the body named earlier with that noun in its name.
                            .or_else(|| {
                                (b == a + 2 && matches!(token_text[a], "the" | "The") && !tokens[a + 1].cap)
                                    .then(|| {
                                        organisation_named_earlier(
                                            mentions,
                                            entities,
                                            &lowercase(token_text[a + 1]),
                                            tokens[a].span.start,
                                        )
                                    })
                                    .flatten()
                            });
                        statements.push(Statement {
                            speaker: named,
                            speaker_span: Some(Span::new(tokens[a].span.start, tokens[b - 1].span.end)),
                            cue: h.span,
                            content,
                            direct: quote_before || quoted,
                            sentence: sspan,
                        });
                        continue;
                    };
                    // "the ministry said", "the service added": the organisation named
                    // earlier with that head word among the words of its name. ("the" may
                    // be outside the mention: a noun of reference is the noun alone.)
                    let speaker_entity = speaker.entity.or_else(|| {
                        let phrase = text[speaker.span.start..speaker.span.end].to_lowercase();
                        let head = phrase.split_whitespace().last()?.to_string();
                        let the_before = speaker.toks.0 > sa && matches!(token_text[speaker.toks.0 - 1], "the" | "The");
                        if !(phrase.starts_with("the ") || the_before) {
                            return None;
                        }
                        organisation_named_earlier(mentions, entities, &head, speaker.span.start)
                    });
                    // ("…, said Jeffrey Trimble, a senior official of VOA": a person who
                    // works for an outlet speaks for themselves.)
                    let speaker_is_media = speaker.kind != MentionKind::Person
                        && speaker.entity.is_some_and(|e| entities[e].sector.as_deref() == Some("MED"));
                    // "The researchers reported that …", "Jones reported": a verb of
                    // reporting whose subject is a person or people of a body other than
                    // the press makes a statement; by an outlet it names a source.
                    // (Only right before the verb: "responded to the news reports" is a noun.)
                    let reports_own = matches!(speaker.kind, MentionKind::Person | MentionKind::Agent)
                        && speaker.sector.as_deref().is_some_and(|s| s != "MED")
                        && (speaker.toks.1..h.toks.0).all(|k| is_filler(&lowercase(token_text[k])));
                    if speaker_is_media || kind == CueKind::Report && !reports_own {
                        // "…, RFE/RL's Kazakh Service reports": a service of an outlet named
                        // as its owner's is that outlet.
                        let owner = (speaker.toks.0 >= sa + 2
                            && tokens[speaker.toks.0 - 1].kind == TokenKind::Possessive)
                            .then(|| {
                                in_sentence.iter().find(|o| {
                                    o.toks.1 == speaker.toks.0 - 1
                                        && o.kind == MentionKind::Organization
                                        && o.entity.is_some_and(|e| entities[e].sector.as_deref() == Some("MED"))
                                })
                            })
                            .flatten();
                        let (source, span) = match owner {
                            Some(o) => (*o, Span::new(o.span.start, speaker.span.end)),
                            None => (*speaker, speaker.span),
                        };
                        let i = add_source(&mut sources, name_of(source), source.entity, span);
                        sentence_sources[si].push(i);
                        if let Some((first, last)) =
                            closing_content(token_text, sa, sb, speaker.toks.0, h.toks.1.max(speaker.toks.1))
                        {
                            media_closings.push(Span::new(tokens[first].span.start, tokens[last - 1].span.end));
                        }
                        continue;
                    }
                    // Content: the quotation before the cue, or what follows the cue.
                    let content = if inverted {
                        Span::new(tokens[sa].span.start, tokens[h.toks.0 - 2].span.end)
                    } else if quote_before {
                        let mut q = quote_end.unwrap_or(h.toks.0 - 1);
                        while q > sa && !is_quote(token_text[q]) {
                            q -= 1;
                        }
                        let close = q;
                        let mut open = close.saturating_sub(1);
                        while open > sa && !is_quote(token_text[open]) {
                            open -= 1;
                        }
                        let first = if is_quote(token_text[open]) { open + 1 } else { open };
                        // 'The Kremlin dismissed the report as "fake news," spokesman Dmitry
                        // Peskov said.': a quoted phrase inside a sentence of the speaker's
                        // is part of what was said, all of which comes before the cue.
                        let embedded = is_quote(token_text[open])
                            && open >= sa + 3
                            && !is_quote(token_text[sa])
                            && (sa..open).all(|k| !matches!(token_text[k], ":" | "\"" | "“" | "”"));
                        if embedded {
                            Span::new(tokens[sa].span.start, tokens[close].span.end)
                        } else if close > first {
                            Span::new(tokens[first].span.start, tokens[close - 1].span.end)
                        } else {
                            Span::new(tokens[sa].span.start, tokens[close.max(sa)].span.start)
                        }
                    } else if let Some(before) =
                        closing_content(token_text, sa, sb, speaker.toks.0, h.toks.1.max(speaker.toks.1))
                    {
                        // "The talks will resume, Lavrov said.": what was said comes before
                        // the speaker and the comma when the cue ends the sentence.
                        Span::new(tokens[before.0].span.start, tokens[before.1 - 1].span.end)
                    } else {
                        let after = h.toks.1.max(speaker.toks.1);
                        let mut c = occasion_before_that(token_text, after, sb).unwrap_or(after);
                        while c < sb && matches!(token_text[c], "that" | "," | ":" | "on" | "in") {
                            c += 1;
                            if c < sb && token_text[c - 1] == "on" || token_text[c - 1] == "in" {
                                // "said on Tuesday that": skip the date
                                c += 1;
                            }
                        }
                        // "said Friday it had lodged …", "said late Monday the border would
                        // reopen": a bare weekday after the cue dates the saying.
                        let mut w = c;
                        if w + 1 < sb && matches!(token_text[w], "late" | "early") {
                            w += 1;
                        }
                        if w + 1 < sb
                            && crate::dates::weekday(token_text[w]).is_some()
                            && tokens[w + 1].kind == TokenKind::Word
                            && !matches!(token_text[w + 1], "and" | "or" | "as")
                        {
                            c = w + 1;
                            while c < sb && matches!(token_text[c], "that" | ",") {
                                c += 1;
                            }
                        }
                        let e = end_before_closing(token_text, c, sb);
                        if c >= e {
                            match block_quote() {
                                Some(span) => span,
                                None => continue,
                            }
                        } else {
                            let from =
                                parenthetical_subject(token_text, tokens, sa, speaker.toks.0, after, c).unwrap_or(c);
                            Span::new(tokens[from].span.start, tokens[e - 1].span.end)
                        }
                    };
                    let direct = quote_before
                        || !inverted
                            && (has_quote_mark(&text[h.span.end..content.end.min(sspan.end).max(h.span.end)])
                                || text[h.span.end..].trim_start().starts_with(['"', '“', ':']));
                    // "McConnell, now the majority leader, who in 2010 said …": the relative
                    // pronoun before the cue names the speaker at the cue; the entity stays
                    // the one it refers to.
                    let relative = (!quote_before && !inverted && speaker.span.end <= h.span.start)
                        .then(|| {
                            let mut k = h.toks.0;
                            while k > sa && is_filler(&lowercase(token_text[k - 1])) {
                                k -= 1;
                            }
                            (k > sa && matches!(token_text[k - 1], "who" | "which")).then(|| tokens[k - 1].span)
                        })
                        .flatten()
                        .filter(|r| r.start >= speaker.span.end);
                    // "The minister, who said the talks had failed, resigned on Monday": what
                    // a relative clause's speaker said ends with the clause, before the verb
                    // of the sentence it interrupts.
                    let pronoun = (speaker.toks.1 == speaker.toks.0 + 1
                        && matches!(token_text[speaker.toks.0], "who" | "which"))
                    .then_some(speaker.span);
                    // ("The agreement, which officials said would double trade, was
                    // signed …": so does a speaker right after the clause's "which".)
                    let opened = (speaker.toks.0 >= sa + 2
                        && token_text[speaker.toks.0 - 1] == "which"
                        && token_text[speaker.toks.0 - 2] == ",")
                        .then(|| tokens[speaker.toks.0 - 1].span);
                    let content = match relative.or(pronoun).or(opened) {
                        Some(r) => relative_clause_end(text, tokens, token_text, r, content, sb)
                            .map_or(content, |end| Span::new(content.start, end)),
                        None => content,
                    };
                    used_cue_end = h.span.end;
                    // "“As we noted, …”", "“Do I think that …”": a first or second person
                    // inside a quotation is the quoted speaker's own voice, not a new
                    // statement; the quotation's speaker is already attributed.
                    if quoted_person(&quotes, text, speaker.span, h.span, sspan.start) {
                        continue;
                    }
                    // "…, Guatemala's migration institute said": a possessor with its
                    // noun in lower case right before the cue speaks through that body;
                    // the phrase names the speaker, the possessor stays its entity.
                    let lowercase_words_from = |from: usize| {
                        (from..cue0).all(|k| {
                            tokens[k].kind == TokenKind::Word
                                && !tokens[k].cap
                                && !PHRASE_STOPS.contains(&token_text[k])
                                && !HEAD_STOPS.contains(&token_text[k])
                        })
                    };
                    let possessed = (speaker.toks.1 < h.toks.0
                        && tokens[speaker.toks.1].kind == TokenKind::Possessive
                        && speaker.toks.1 + 1 < cue0
                        && lowercase_words_from(speaker.toks.1 + 1))
                    .then(|| Span::new(speaker.span.start, tokens[cue0 - 1].span.end));
                    // "…, a Kremlin source told Reuters": a name modifying a noun of people
                    // before the cue; the body is the entity, the phrase the speaker.
                    let modified = (speaker.toks.1 < cue0
                        && lowercase_words_from(speaker.toks.1)
                        && kb.references.get(token_text[cue0 - 1]).is_some_and(|r| {
                            r.form == attache_model::ReferenceForm::Noun
                                && r.kind != attache_model::EntityKind::Location
                        }))
                    .then(|| {
                        let a = speaker.toks.0;
                        let a = if a > sa && matches!(token_text[a - 1], "a" | "an" | "the" | "A" | "An" | "The") {
                            a - 1
                        } else {
                            a
                        };
                        Span::new(tokens[a].span.start, tokens[cue0 - 1].span.end)
                    });
                    // "The country's foreign ministry said": a body in lower case owned by a
                    // place or body referred to by a noun speaks as the whole phrase.
                    let owned = (!tokens[speaker.toks.0].cap && speaker.toks.0 >= sa + 3)
                        .then(|| {
                            let mut k = speaker.toks.0;
                            while k > sa + 3
                                && tokens[k - 1].kind == TokenKind::Word
                                && !tokens[k - 1].cap
                                && !PHRASE_STOPS.contains(&token_text[k - 1])
                                && !HEAD_STOPS.contains(&token_text[k - 1])
                            {
                                k -= 1;
                            }
                            (tokens[k - 1].kind == TokenKind::Possessive
                                && kb.references.get(token_text[k - 2]).is_some_and(|r| {
                                    r.form == attache_model::ReferenceForm::Noun
                                        && r.kind != attache_model::EntityKind::Person
                                })
                                && matches!(token_text[k - 3], "the" | "The" | "its" | "Its"))
                            .then(|| Span::new(tokens[k - 3].span.start, speaker.span.end))
                        })
                        .flatten();
                    statements.push(Statement {
                        speaker: speaker_entity,
                        speaker_span: Some(relative.or(possessed).or(modified).or(owned).unwrap_or(speaker.span)),
                        cue: h.span,
                        content,
                        direct,
                        sentence: sspan,
                    });
                }
            }
        }
        // "Taliban fighters attacked the embassy, officials said.": a statement whose content
        // runs on over a closing attribution of the same sentence ends where that
        // attribution's content (the words before its speaker) ends.
        for b in sentence_first..statements.len() {
            let (closing, speaker) = (statements[b].content, statements[b].speaker_span);
            if !speaker.is_some_and(|sp| closing.end <= sp.start && sp.end <= statements[b].cue.start) {
                continue;
            }
            for (a, s) in statements.iter_mut().enumerate().skip(sentence_first) {
                if a != b && s.content.start < closing.end && s.content.end > closing.end && closing.contains(s.cue) {
                    s.content.end = closing.end;
                }
            }
        }
        for closing in media_closings {
            end_at_closing(&mut statements[sentence_first..], closing);
        }
        // "… warned that Tehran would respond, state media reported.": a closing clause of
        // reporting names a source, not what was said; the content ends before its comma.
        // So does a closing "…, according to a ministry statement.".
        for h in &hits {
            let PhraseRef::Cue(ci) = h.target else { continue };
            if h.toks.0 <= sa + 2 {
                continue;
            }
            let (first, last) = match kb.cues[ci as usize].kind {
                CueKind::Report => {
                    let Some((s0, _)) = unnamed_speaker_before(text, tokens, sa, h.toks.0) else { continue };
                    let Some(range) = closing_content(token_text, sa, sb, s0, h.toks.1) else { continue };
                    range
                }
                CueKind::According
                    if token_text[h.toks.0 - 1] == ","
                        && (h.toks.1..sb).len() <= 10
                        && !(h.toks.1..sb).any(|k| matches!(token_text[k], "," | "that" | "\"" | "“" | "”")) =>
                {
                    (sa, h.toks.0 - 1)
                }
                _ => continue,
            };
            let closing = Span::new(tokens[first].span.start, tokens[last - 1].span.end);
            end_at_closing(&mut statements[sentence_first..], closing);
        }
        // "…, a charge Baku denied.", "…, an accusation Moscow rejects.", "…, which the
        // government denies.": a closing denial of what the sentence reports says nothing
        // of its own, and what was said before ends at its comma.
        if let Some(c) = (sa + 2..sb).find(|&k| token_text[k] == "," && denial_tail(token_text, k + 1, sb)) {
            let (comma, end) = (tokens[c].span.start, tokens[sb - 1].span.end);
            let mut k = sentence_first;
            while k < statements.len() {
                let s = &mut statements[k];
                if s.cue.start > comma && s.cue.end <= end {
                    statements.remove(k);
                    continue;
                }
                if s.content.start < comma && s.content.end > comma {
                    s.content.end = tokens[c - 1].span.end;
                }
                k += 1;
            }
        }
    }

    list_attributions(text, tokens, token_text, sentences, mentions, &quotes, &rule_tokens, &mut statements);
    possessor_statements(text, tokens, token_text, sentences, mentions, &rule_tokens, &mut statements);
    // What was said has words. A cue that closes its sentence ("“…,” the German Marshall
    // Fund's Ohlberg said.", "…, according to Gallagher.") says what comes before the comma
    // ahead of its speaker; failing that, a content of punctuation alone is a misread cue.
    let wordless = |sp: Span| !text[sp.start..sp.end].bytes().any(|b| b.is_ascii_alphanumeric() || b >= 0x80);
    for st in statements.iter_mut().filter(|st| wordless(st.content)) {
        let opens = st.speaker_span.map_or(st.cue.start, |sp| sp.start.min(st.cue.start));
        let sa = tokens.partition_point(|t| t.span.start < st.sentence.start);
        let s0 = tokens.partition_point(|t| t.span.start < opens);
        let Some(comma) = (sa..s0).rev().take(12).find(|&k| token_text[k] == ",") else { continue };
        let mut first = sa;
        while first + 1 < comma && is_quote(token_text[first]) {
            first += 1;
        }
        let mut last = comma;
        while last > first && matches!(token_text[last - 1], "," | "\"" | "”" | "“" | "''" | "``") {
            last -= 1;
        }
        if last >= first + 2 {
            st.content = Span::new(tokens[first].span.start, tokens[last - 1].span.end);
            st.direct = has_quote_mark(&text[st.sentence.start..opens]);
        }
    }
    statements.retain(|s| !wordless(s.content));
    // '"We are ready to work with all partners," the president said': the comma that
    // hands the quotation to its attribution is no part of what was said.
    for st in statements.iter_mut() {
        let t = text[st.content.start..st.content.end].trim_end_matches([',', ';', ' ']);
        if !t.is_empty() {
            st.content = Span::new(st.content.start, st.content.start + t.len());
        }
    }
    // "Tajikistan denied entry to a group of refugees", "The court denied bail",
    // "denied a visa to a journalist": what is denied to someone is refused, not said to
    // be untrue.
    statements.retain(|s| {
        !(matches!(
            text[s.cue.start..s.cue.end].to_ascii_lowercase().as_str(),
            "denied" | "denies" | "deny" | "denying"
        ) && text[s.content.start..s.content.end]
            .split_whitespace()
            .find(|w| !matches!(*w, "a" | "an" | "the" | "any" | "its" | "their" | "his" | "her"))
            .is_some_and(|w| {
                matches!(
                    w,
                    "entry" | "access" | "bail" | "visas" | "visa" | "permission" | "passage" | "asylum" | "landing"
                )
            }))
    });
    // "agreed to share missile warning data": "warning" that modifies a noun of things
    // is no verb of saying.
    statements.retain(|s| {
        !(matches!(&text[s.cue.start..s.cue.end], "warning" | "warnings")
            && text[s.cue.end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| crate::events::WARNING_THINGS.contains(&w.trim_end_matches([',', '.']))))
    });
    // "Russia has not yet responded to the proposal", "did not respond to requests for
    // comment": a response that was not given, or one to a request for comment, says
    // nothing ("Biden responded to Mr. Trump's interjection that …" does).
    statements.retain(|s| {
        let cue = text[s.cue.start..s.cue.end].to_ascii_lowercase();
        if !matches!(cue.as_str(), "responded" | "responds" | "respond" | "replied" | "reply" | "replies") {
            return true;
        }
        let content = &text[s.content.start..s.content.end];
        let k = tokens.partition_point(|t| t.span.start < s.cue.start);
        let unanswered = (k.saturating_sub(3)..k).any(|j| {
            tokens[j].span.start >= s.sentence.start
                && matches!(token_text[j], "not" | "never" | "n't" | "didn't" | "hasn't" | "haven't" | "to")
        });
        !(content.starts_with("to ")
            && (unanswered || content.starts_with("to requests") || content.starts_with("to a request")))
    });

    // "Johnson insisted the bill would pass, but several Republicans said privately they
    // would vote against it": what one says ends before a ", but" (", while", ";") that
    // opens another speaker's statement in its sentence.
    let opens: Vec<usize> =
        statements.iter().map(|s| s.speaker_span.map_or(s.cue.start, |p| p.start.min(s.cue.start))).collect();
    for s in statements.iter_mut().filter(|s| !s.direct) {
        let Some(&next) = opens.iter().filter(|&&o| o > s.content.start && o < s.content.end).min() else {
            continue;
        };
        let mut k = tokens.partition_point(|t| t.span.start < next);
        let floor = tokens.partition_point(|t| t.span.start < s.content.start);
        while k > floor + 1
            && matches!(&*lowercase(token_text[k - 1]), "several" | "some" | "many" | "other" | "the" | "a" | "most")
        {
            k -= 1;
        }
        let cut = if k > floor + 1 && token_text[k - 1] == ";" {
            Some(k - 1)
        } else if k > floor + 2
            && matches!(token_text[k - 1], "but" | "while" | "whereas" | "although")
            && token_text[k - 2] == ","
        {
            Some(k - 2)
        } else {
            None
        };
        if let Some(c) = cut {
            s.content.end = tokens[c - 1].span.end;
        }
    }
    // "Activists who have criticised the government said …": a statement whose cue lies
    // in a relative clause of another one's speaker phrase says no more than the rest of
    // that phrase.
    let speaker_phrases: Vec<Span> = statements.iter().filter_map(|s| s.speaker_span).collect();
    for s in statements.iter_mut() {
        if let Some(p) = speaker_phrases.iter().find(|p| {
            p.start <= s.cue.start
                && s.cue.end <= p.end
                && s.content.start < p.end
                && s.content.end > p.end
                && text[p.start..s.cue.start].split_whitespace().any(|w| matches!(w, "who" | "which"))
        }) {
            s.content.end = p.end;
        }
    }
    // A source is hedged when a sentence citing it hedges, or when the article hedges
    // sentences that cite nobody while this source is the article's first.
    let unattributed_hedge = sentence_hedged.iter().zip(&sentence_sources).any(|(h, s)| *h && s.is_empty());
    for (si, srcs) in sentence_sources.iter().enumerate() {
        for &i in srcs {
            if sentence_hedged[si] {
                sources[i].hedged = true;
            }
        }
    }
    if unattributed_hedge && sources.len() == 1 {
        if let Some(s) = sources.first_mut() {
            s.hedged = true;
        }
    }
    for s in &mut sources {
        s.mentions.sort();
        s.mentions.dedup();
    }
    Attribution { statements, sources, sentence_sources, sentence_hedged }
}

/// Words that make the object of "citing" a source: "citing officials", "citing a
/// statement from the ministry", "citing World Bank data".
const SOURCE_NOUNS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "report",
    "reports",
    "data",
    "statement",
    "statements",
    "media",
    "figures",
    "documents",
    "document",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "people",
    "witnesses",
    "police",
    "agency",
    "agencies",
    "newspaper",
    "television",
    "radio",
    "survey",
    "poll",
    "study",
    "estimates",
    "diplomats",
    "analysts",
    "experts",
    "residents",
    "authorities",
    "ministry",
    "government",
    "unnamed",
    "anonymous",
    "letter",
    "records",
    "interview",
    "tweet",
    "post",
    "testimony",
    "accounts",
    "account",
    "research",
    "intelligence",
    "according",
];

/// "…, citing security concerns": a participle "citing" after a
/// comma whose object names no person, organisation or source gives the grounds of the
/// main clause's subject, who is the speaker; "citing officials" and "citing World Bank
/// data" name a source as before.
fn citing_grounds(
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    h: &PhraseHit,
    sb: usize,
    in_sentence: &[&Mention],
) -> bool {
    if !text[h.span.start..h.span.end].eq_ignore_ascii_case("citing")
        || h.toks.0 < 2
        || token_text[h.toks.0 - 1] != ","
        || h.toks.1 >= sb
    {
        return false;
    }
    let mut end = h.toks.1;
    while end < sb && !matches!(token_text[end], "," | "." | ";" | ":" | "that") {
        end += 1;
    }
    let np = Span::new(tokens[h.toks.1].span.start, tokens[end.max(h.toks.1 + 1) - 1].span.end);
    // The name heads the phrase (after a determiner): "citing a deal signed during
    // Berdimuhamedov's visit" cites grounds that name someone.
    let named = in_sentence.iter().any(|m| {
        np.contains(m.span)
            && matches!(m.kind, MentionKind::Person | MentionKind::Organization)
            && (m.toks.0 == h.toks.1 || m.toks.0 == h.toks.1 + 1 && matches!(token_text[h.toks.1], "the" | "a" | "an"))
    });
    // "citing what it called bias by US officials": a thing named in the subject's words
    // is grounds, whoever the words mention.
    let own_words = lowercase(token_text[h.toks.1]) == "what";
    let source_word = (h.toks.1..end).any(|k| SOURCE_NOUNS.contains(&&*lowercase(token_text[k])));
    !named && (own_words || !source_word)
}

/// Nouns of saying and believing that take a "that"-clause of what was said or held.
/// Singular only: a plural ("Islamabad's claims that …") sums up a position held over
/// time in the writer's words rather than reporting one statement.
const STATEMENT_NOUNS: &[&str] = &[
    "claim",
    "assertion",
    "statement",
    "contention",
    "insistence",
    "argument",
    "conclusion",
    "warning",
    "view",
    "belief",
    "suggestion",
    "accusation",
    "allegation",
    "admission",
    "prediction",
    "promise",
    "pledge",
    "complaint",
    "declaration",
    "announcement",
    "charge",
];

/// "Lukashenko's claim that the protests were paid for", "Contrary to his claim that
/// prices would fall", "the court's conclusion that the law stands": the
/// possessor of a noun of saying followed by its "that"-clause is the speaker of that
/// clause, with the noun as the cue. Only where no statement has that cue already.
fn possessor_statements(
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    sentences: &[(usize, usize)],
    mentions: &[Mention],
    rule_tokens: &RuleTokens,
    statements: &mut Vec<Statement>,
) {
    let lower = |k: usize| lowercase(token_text[k]);
    for &(sa, sb) in sentences {
        // The noun before a "that" (one of the rule tokens).
        for k in rule_tokens.within(sa + 2, sb.saturating_sub(1)).map(|k| k - 1) {
            if token_text[k + 1] != "that" || !STATEMENT_NOUNS.contains(&&*lower(k)) {
                continue;
            }
            let next = &tokens[k + 2];
            let nl = lower(k + 2);
            let opens_clause = CLAUSE_OPENERS.contains(&&*nl)
                || is_quote(next.text(text))
                || next.kind == TokenKind::Number
                || (next.cap && next.kind == TokenKind::Word);
            if !opens_clause {
                continue;
            }
            // "the minister's own admission", "his repeated claim": one word may qualify the noun.
            let mut p = k - 1;
            if p > sa && matches!(&*lower(p), "own" | "repeated" | "earlier" | "latest" | "recent" | "previous") {
                p -= 1;
            }
            let speaker = if tokens[p].kind == TokenKind::Possessive {
                mentions
                    .iter()
                    .filter(|m| m.toks.1 == p && m.toks.0 >= sa && m.kind != MentionKind::Place)
                    .max_by_key(|m| m.toks.1 - m.toks.0)
                    .map(|m| (m.entity, m.span))
            } else if matches!(&*lower(p), "his" | "her" | "their" | "its") {
                Some((None, tokens[p].span))
            } else {
                None
            };
            let Some((speaker, speaker_span)) = speaker else { continue };
            let cue = tokens[k].span;
            if statements.iter().any(|s| s.cue.start < cue.end && cue.start < s.cue.end) {
                continue;
            }
            let (c, e) = words_after_cue(token_text, k + 1, sb);
            if c >= e {
                continue;
            }
            let content = Span::new(tokens[c].span.start, tokens[e - 1].span.end);
            let direct = has_quote_mark(&text[content.start..content.end]);
            statements.push(Statement {
                speaker,
                speaker_span: Some(speaker_span),
                cue,
                content,
                direct,
                sentence: Span::new(tokens[sa].span.start, tokens[sb - 1].span.end),
            });
        }
    }
    statements.sort_by_key(|s| s.cue.start);
}

/// Words that open a line with a colon without naming a speaker ("UPDATE: …").
const NOT_SPEAKERS: &[&str] = &[
    "update",
    "updated",
    "note",
    "editor",
    "editors",
    "watch",
    "read",
    "more",
    "related",
    "breaking",
    "exclusive",
    "photos",
    "photo",
    "video",
    "live",
    "correction",
    "source",
    "sources",
    "q",
    "a",
    "question",
    "answer",
    "here",
    "the",
    "this",
    "why",
    "what",
    "how",
    "when",
    "where",
    "who",
    "full",
    "transcript",
    "partial",
    "also",
    "see",
    "listen",
    "warning",
    "disclaimer",
    "summary",
    "background",
    "analysis",
    "opinion",
    "review",
    "report",
];

/// Attributions that lists, transcripts and headlines make with punctuation instead of a
/// verb: "PENCE: Well, look, …" and "Pence: Gennifer Flowers Won't Be at Debate" (a
/// name opening a line, then a colon), and "'… a man like him.' ― Sonya Herridge" (a
/// dash after a closing quotation, then a name).
#[allow(clippy::too_many_arguments)]
fn list_attributions(
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    sentences: &[(usize, usize)],
    mentions: &[Mention],
    quotes: &Quotes,
    rule_tokens: &RuleTokens,
    statements: &mut Vec<Statement>,
) {
    let sentence_of = |k: usize| sentences.iter().find(|&&(a, b)| a <= k && k < b).copied();
    let is_name_word = |k: usize| {
        let t = tokens[k];
        let w = t.text(text);
        t.cap
            && w.chars().next().is_some_and(char::is_alphabetic)
            && !NOT_SPEAKERS.contains(&w.trim_end_matches('.').to_lowercase().as_str())
    };
    let entity_at = |a: usize, b: usize| {
        mentions
            .iter()
            .find(|m| {
                m.toks.0 >= a && m.toks.1 <= b && matches!(m.kind, MentionKind::Person | MentionKind::Organization)
            })
            .and_then(|m| m.entity)
    };
    let taken = |statements: &Vec<Statement>, cue: Span| statements.iter().any(|s| s.cue.start == cue.start);
    for k in rule_tokens.within(1, tokens.len()) {
        let w = token_text[k];
        if w == ":" {
            // The name opens its line (or a quotation that opens the line).
            let mut s = k;
            while s > 0 && k - s < 3 && tokens[s - 1].kind == TokenKind::Word && is_name_word(s - 1) {
                s -= 1;
                if tokens[s].para_start {
                    break;
                }
            }
            let opens_line =
                s < k && (tokens[s].para_start || s > 0 && is_quote(token_text[s - 1]) && tokens[s - 1].para_start);
            // "NEW DELHI:" is a dateline, not a speaker.
            let place = mentions
                .iter()
                .any(|m| m.toks.0 < k && m.toks.1 > s && matches!(m.kind, MentionKind::Place | MentionKind::Country));
            let Some((_, sb)) = sentence_of(k) else { continue };
            // 'Said Ellis: "…"': a verb of saying opening the line, or the sentence, is
            // the cue, and the name after it the speaker.
            let verb_first =
                k - s >= 2 && LINE_OPENING_CUES.contains(&token_text[s]) && sentence_of(s).is_some_and(|x| x.0 == s);
            if !(opens_line || verb_first) || place || k + 1 >= sb || taken(statements, tokens[k].span) {
                continue;
            }
            let mut e = sb;
            while e > k + 2 && matches!(token_text[e - 1], "." | "\"" | "”" | "''") {
                e -= 1;
            }
            let sa = sentence_of(s).map(|x| x.0).unwrap_or(s);
            let (s, cue) = if verb_first { (s + 1, tokens[s].span) } else { (s, tokens[k].span) };
            statements.push(Statement {
                speaker: entity_at(s, k),
                speaker_span: Some(Span::new(tokens[s].span.start, tokens[k - 1].span.end)),
                cue,
                content: Span::new(tokens[k + 1].span.start, tokens[e - 1].span.end),
                direct: true,
                sentence: Span::new(tokens[sa].span.start, tokens[sb - 1].span.end),
            });
        } else if matches!(w, "called" | "calls" | "calling" | "dubbed" | "branded" | "labeled" | "labelled")
            && !matches!(
                tokens.get(k + 1).map(|t| t.text(text)),
                Some("for" | "on" | "off" | "in" | "up" | "out" | "back" | "upon")
            )
            && !matches!(token_text[k - 1], "was" | "were" | "is" | "are" | "be" | "been" | "being")
        {
            // "Clinton called half of Trump's supporters “deplorables”": naming with a
            // quotation is an attribution.
            let Some((sa, sb)) = sentence_of(k) else { continue };
            let Some(q) = (k + 1..(k + 9).min(sb)).find(|&j| is_quote(token_text[j])) else { continue };
            if q + 1 >= sb || taken(statements, tokens[k].span) {
                continue;
            }
            let named = mentions
                .iter()
                .filter(|m| m.toks.0 >= sa && m.toks.1 <= k && m.toks.1 + 2 >= k && !m.absorbed)
                .filter(|m| {
                    matches!(
                        m.kind,
                        MentionKind::Person | MentionKind::Organization | MentionKind::Pronoun | MentionKind::Agent
                    )
                })
                .max_by_key(|m| m.toks.1);
            let (speaker, span) = match named {
                Some(m) => (m.entity, m.span),
                None => match unnamed_speaker_before(text, tokens, sa, k) {
                    Some((a, b)) => (None, Span::new(tokens[a].span.start, tokens[b - 1].span.end)),
                    None => continue,
                },
            };
            if what_x_called(tokens, token_text, k, sa)
                || quoted_person(quotes, text, span, tokens[k].span, tokens[sa].span.start)
            {
                continue;
            }
            let mut e = sb;
            while e > q + 2 && matches!(token_text[e - 1], "." | "\"" | "”" | "''") {
                e -= 1;
            }
            statements.push(Statement {
                speaker,
                speaker_span: Some(span),
                cue: tokens[k].span,
                content: Span::new(tokens[k + 1].span.start, tokens[e - 1].span.end),
                direct: true,
                sentence: Span::new(tokens[sa].span.start, tokens[sb - 1].span.end),
            });
        } else if matches!(w, "―" | "—" | "–" | "--") && matches!(token_text[k - 1], "”" | "\"" | "''") {
            let mut e = k + 1;
            while e < tokens.len() && e - k <= 4 && tokens[e].kind == TokenKind::Word && is_name_word(e) {
                e += 1;
            }
            if e == k + 1 || taken(statements, tokens[k].span) {
                continue;
            }
            // The quotation: back to its opening mark.
            let close = k - 1;
            let Some(open) = (close.saturating_sub(120)..close).rev().find(|&j| is_quote(token_text[j])) else {
                continue;
            };
            if open + 1 >= close {
                continue;
            }
            let (sa, sb) = sentence_of(close).unwrap_or((open, e));
            statements.push(Statement {
                speaker: entity_at(k + 1, e),
                speaker_span: Some(Span::new(tokens[k + 1].span.start, tokens[e - 1].span.end)),
                cue: tokens[k].span,
                content: Span::new(tokens[open + 1].span.start, tokens[close - 1].span.end),
                direct: true,
                sentence: Span::new(tokens[sa].span.start, tokens[sb.max(sa + 1) - 1].span.end),
            });
        }
    }
    statements.sort_by_key(|s| s.cue.start);
}

/// The tokens `[c, e)` of what was said after a cue ending at token `from`, up to the
/// sentence end `sb`: past a "that", comma or colon, without the closing period or
/// quotation mark.
/// The first token at or after `from` (and before `sb`) past at most three words that
/// `skip` accepts: the modifiers between a cue and the noun that tells what it is.
fn skip_up_to_three(token_text: &[&str], from: usize, sb: usize, skip: impl Fn(&str) -> bool) -> usize {
    let mut k = from;
    while k < sb && k < from + 3 && skip(token_text[k]) {
        k += 1;
    }
    k
}

/// Where the content starts when the attribution stands between commas inside the
/// sentence, after its subject: "The decision, officials said, was taken after months of
/// talks" says that the decision was taken; the subject `sa..speaker - 1` opens the
/// content, which runs on from `c` after the cue ending at `cue_end`. The subject is a few
/// words with no comma or quotation mark, neither a lone adverb nor a phrase opened by a
/// preposition, and a verb of the predicate follows the cue.
fn parenthetical_subject(
    token_text: &[&str],
    tokens: &[Token],
    sa: usize,
    speaker: usize,
    cue_end: usize,
    c: usize,
) -> Option<usize> {
    (speaker > sa + 1
        && speaker - sa <= 9
        && token_text[speaker - 1] == ","
        && token_text.get(cue_end) == Some(&",")
        && c == cue_end + 1
        // The predicate's verb follows ("In Bishkek, officials said, the talks were
        // constructive" and "Still, Neth says, opinions remain divided" are clauses of their
        // own; "…, sources said, adding that" adds).
        && tokens.get(c).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
        && (matches!(
            token_text[c],
            "is" | "was"
                | "are"
                | "were"
                | "would"
                | "will"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "can"
                | "has"
                | "have"
                | "had"
                | "remains"
                | "remained"
                | "seems"
                | "seemed"
        ) || token_text[c].ends_with("ed") && speaker - sa > 2)
        // A lone adverb opens no subject: "Regardless, analysts say, continued talks …".
        && !(speaker - sa == 2 && (token_text[sa].ends_with("ly") || SENTENCE_ADVERBS.contains(&token_text[sa])))
        && !matches!(
            &*lowercase(token_text[sa]),
            "in" | "on" | "at" | "after" | "before" | "during" | "since" | "for" | "by" | "from" | "with"
        )
        && token_text[sa..speaker - 1].iter().all(|w| *w != "," && !is_quote(w)))
    .then_some(sa)
}

fn words_after_cue(token_text: &[&str], from: usize, sb: usize) -> (usize, usize) {
    let mut c = occasion_before_that(token_text, from, sb).unwrap_or(from);
    while c < sb && matches!(token_text[c], "that" | "," | ":") {
        c += 1;
    }
    (c, end_before_closing(token_text, c, sb))
}

/// Where what was said starts when a phrase of occasion, time or audience comes between
/// the cue and its "that" ("said in a television interview that …", "told reporters in
/// Geneva on Monday that …"): the token after that "that", if the words before it are
/// only such a phrase (an [`attribution_tail`], after an audience word or two).
fn occasion_before_that(token_text: &[&str], from: usize, sb: usize) -> Option<usize> {
    let mut c = from;
    while c < sb && token_text[c] == "," {
        c += 1;
    }
    if c >= sb || token_text[c] == "that" {
        return None;
    }
    let that = (c + 1..sb.min(c + 14))
        .take_while(|&k| !matches!(token_text[k], "." | ";" | "," | ":" | "\"" | "“" | "”"))
        .find(|&k| token_text[k] == "that")?;
    // "told a regular news briefing that …", "told a news conference in Astana that …": a
    // gathering the words were said to.
    if from > 0
        && matches!(token_text[from - 1], "told" | "tells")
        && that <= c + 8
        && (c..that).any(|k| {
            matches!(
                token_text[k],
                "briefing" | "conference" | "meeting" | "forum" | "session" | "summit" | "rally" | "gathering"
            )
        })
        && (c..that).all(|k| token_text[k].chars().all(|ch| ch.is_alphanumeric() || ch == '-' || ch == '.'))
    {
        return Some(that + 1);
    }
    // "told his U.S. counterpart that …", "told Biden that …": "tell" takes whom it
    // addresses before its "that"; a phrase of up to eight words with no verb is that
    // addressee ("told VOA its research found that …" says more than "that" on).
    if from > 0
        && matches!(token_text[from - 1], "told" | "tells")
        && that <= c + 8
        && !(c..that).any(|k| {
            let w = token_text[k];
            w.ends_with("ed") && w.starts_with(|ch: char| ch.is_ascii_lowercase())
                || matches!(
                    w,
                    "found"
                        | "finds"
                        | "shows"
                        | "said"
                        | "says"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                )
        })
    {
        return Some(that + 1);
    }
    let mut start = c;
    // "told reporters …", "told the BBC …": the audience of the cue.
    while start < that && start < c + 3 && !opens_time_phrase(token_text[start]) {
        start += 1;
    }
    (start < that
        && opens_time_phrase(token_text[start])
        && attribution_tail(token_text, start, that)
        && (start == c || attribution_tail(token_text, c, start)))
    .then_some(that + 1)
}

/// Whether a word opens a phrase of time or occasion after a cue ("said on Monday",
/// "said late Tuesday", "said Wednesday"): the attribution's tail, not what was said.
pub fn opens_time_phrase(w: &str) -> bool {
    matches!(w, "on" | "in" | "at" | "during" | "after" | "late" | "earlier" | "last" | "this" | "today" | "yesterday")
        || crate::dates::weekday(w).is_some()
}

/// Whether the words `[c, e)` after a cue are only the end of a closing attribution and
/// no content of their own: "…, Lavrov said on Monday.", "…, the ministry said in a
/// statement.": fewer than three words, or a short phrase of time or occasion opened by a
/// preposition or a time word, with no "that" and no auxiliary verb, which a clause of
/// content would have ("…, Lavrov said on Monday the talks would resume").
fn attribution_tail(token_text: &[&str], c: usize, e: usize) -> bool {
    let mut words = token_text[c..e].iter().filter(|w| w.chars().any(char::is_alphabetic));
    let Some(&first) = words.clone().next() else { return true };
    let n = words.clone().count();
    // "…, Lavrov said Monday.", "…, he told Reuters.", "…, she told reporters.": a word
    // or two of time, place or audience; not an object ("…, the companies declared
    // bankruptcy.").
    let short_tail = |w: &str| {
        w.starts_with(char::is_uppercase)
            || crate::dates::weekday(w).is_some()
            || matches!(
                w,
                "on" | "in"
                    | "at"
                    | "here"
                    | "there"
                    | "today"
                    | "tonight"
                    | "yesterday"
                    | "earlier"
                    | "later"
                    | "late"
                    | "last"
                    | "this"
                    | "week"
                    | "month"
                    | "year"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "reporters"
                    | "journalists"
                    | "lawmakers"
                    | "legislators"
                    | "parliament"
                    | "senators"
                    | "delegates"
                    | "supporters"
                    | "crowd"
                    | "audience"
                    | "students"
                    | "diplomats"
                    | "investors"
                    | "residents"
                    | "media"
                    | "television"
                    | "radio"
                    | "newspaper"
                    | "broadcaster"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "statement"
                    | "a"
                    | "the"
                    | "then"
                    | "also"
                    | "again"
                    | "recently"
                    | "separately"
                    | "previously"
            )
    };
    // "…, the Kremlin said in a statement, without providing details.", "…, he said without
    // elaborating.": what was left unsaid.
    let unsaid = first == "without"
        && n <= 6
        && words.clone().nth(1).is_some_and(|w| w.ends_with("ing"))
        && !words.clone().any(|w| *w == "that");
    unsaid
        || n < 3 && words.clone().all(|w| short_tail(w))
        || n <= 8
            && opens_time_phrase(first)
            && !words.any(|w| {
                matches!(
                    *w,
                    "that"
                        | "would"
                        | "will"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "could"
                        | "should"
                        | "must"
                        | "may"
                        | "might"
                        | "can"
                        | "did"
                        | "does"
                        | "not"
                )
            })
}

/// Ends each statement whose cue lies inside `closing`, what a closing attribution of
/// its sentence says, and whose content runs on over it, where `closing` ends.
fn end_at_closing(statements: &mut [Statement], closing: Span) {
    for s in statements {
        if s.content.start < closing.end && s.content.end > closing.end && closing.contains(s.cue) {
            s.content.end = closing.end;
        }
    }
}

/// What a closing attribution says ("The talks will resume, Lavrov said on Monday."): the
/// tokens from the sentence start `sa` to the comma before the speaker at `s0`, without
/// opening or closing quotation marks, when the words after the cue (from `after`) are
/// only its [`attribution_tail`]. At least two tokens, or `None`.
/// Words that open a sentence and are no subject: "Still, Neth says, …".
const SENTENCE_ADVERBS: &[&str] = &[
    "Still",
    "Regardless",
    "However",
    "Meanwhile",
    "Yet",
    "Instead",
    "Now",
    "Today",
    "Indeed",
    "Moreover",
    "Nevertheless",
    "Nonetheless",
    "Thus",
    "So",
    "But",
    "And",
];

/// What a response in force is made with: "responded with tear gas", "reacted with
/// mass arrests", "responded with live fire".
/// A verb of answering ("responded", "reacted"), whose answer may be words or an act:
/// "responded that …", "responded with the expulsion of …".
pub(crate) fn answer_verb(w: &str) -> bool {
    matches!(w, "responded" | "responds" | "respond" | "responding" | "reacted" | "reacts" | "react")
}

const FORCE_NOUNS: &[&str] = &[
    "force",
    "fire",
    "gunfire",
    "gas",
    "teargas",
    "cannon",
    "cannons",
    "bullets",
    "batons",
    "grenades",
    "ammunition",
    "arrests",
    "detentions",
    "strikes",
    "airstrikes",
    "missiles",
    "rockets",
    "artillery",
    "shelling",
    "drones",
    "troops",
    "tanks",
    "violence",
    "crackdown",
    "raids",
    "sanctions",
    "tariffs",
    "countermeasures",
];

/// Things attacked only with arms: "attacked a police station" is no statement.
const PHYSICAL_TARGETS: &[&str] = &[
    "station",
    "base",
    "bases",
    "convoy",
    "convoys",
    "checkpoint",
    "checkpoints",
    "post",
    "posts",
    "outpost",
    "positions",
    "embassy",
    "consulate",
    "village",
    "villages",
    "town",
    "camp",
    "vessel",
    "ship",
    "ships",
    "tanker",
    "building",
    "headquarters",
    "school",
    "hospital",
    "mosque",
    "church",
    "prison",
    "bus",
    "train",
    "airport",
    "barracks",
    "patrol",
    "compound",
    "facility",
    "facilities",
    "infrastructure",
    "troops",
    "soldiers",
    "refinery",
    "refineries",
    "depot",
    "depots",
    "plant",
    "port",
    "airfield",
    "bridge",
    "pipeline",
    "warehouse",
    "substation",
    "terminal",
    // "Crowds attacked several Chinese-owned businesses": property people can smash.
    "business",
    "businesses",
    "shop",
    "shops",
    "store",
    "stores",
    "homes",
    "houses",
    "offices",
    "office",
    "vehicles",
    "cars",
    "buildings",
    "schools",
    "hospitals",
    // "Kyrgyz protesters attacked a Chinese-owned mine".
    "mine",
    "mines",
    "factory",
    "factories",
    "market",
    "hotel",
    "hotels",
];

/// Participles of speech: "…, the Tajik foreign ministry said, demanding an
/// investigation." adds a second act of the speaker's; what was said is before the cue.
const SPEECH_PARTICIPLES: &[&str] = &[
    "demanding",
    "accusing",
    "calling",
    "urging",
    "adding",
    "saying",
    "warning",
    "insisting",
    "vowing",
    "describing",
    "denying",
    "blaming",
    "citing",
    "noting",
    "stressing",
    "arguing",
    "pledging",
    "promising",
    "threatening",
    "rejecting",
    "condemning",
    "criticizing",
    "criticising",
    "welcoming",
    "praising",
    "asking",
    "appealing",
];

/// Participles of what an act brought about, which a comma sets off after it:
/// "…, drawing condemnation", "…, prompting protests", "…, killing three".
const CONSEQUENCES: &[&str] = &[
    "drawing",
    "prompting",
    "sparking",
    "triggering",
    "raising",
    "marking",
    "fuelling",
    "fueling",
    "deepening",
    "escalating",
    "heightening",
    "killing",
    "wounding",
    "injuring",
    "leaving",
    "causing",
    "forcing",
    "bringing",
];

fn closing_content(token_text: &[&str], sa: usize, sb: usize, s0: usize, after: usize) -> Option<(usize, usize)> {
    let s0 = speaker_phrase_start(token_text, sa, s0);
    // "Speaking today, the minister said:" opens what follows.
    if s0 <= sa + 2
        || !(token_text[s0 - 1] == "," || is_quote(token_text[s0 - 1]) && token_text[s0 - 2] == ",")
        || token_text.get(after).is_some_and(|w| matches!(*w, ":" | "\"" | "“"))
    {
        return None;
    }
    let (c, e) = words_after_cue(token_text, after, sb);
    // "…, South Korea's military said, the latest in a series of tests.": a noun phrase
    // set off by a comma after the tail sums up the act before; it is no content.
    // "…, South Korea's military said, drawing condemnation from Tokyo.": so is a
    // participle of what the act brought about.
    let appositive = (after..e.min(after + 6)).find(|&k| token_text[k] == ",").is_some_and(|k| {
        attribution_tail(token_text, after, k)
            && token_text.get(k + 1).is_some_and(|w| {
                matches!(*w, "the" | "a" | "an") || CONSEQUENCES.contains(w) || SPEECH_PARTICIPLES.contains(w)
            })
    });
    // "…, Tokayev told Putin during a forum in St. Petersburg.": the addressee, a name of
    // up to three words, before the tail.
    let addressed = after > 0
        && matches!(token_text[after - 1], "told" | "tells")
        && (c + 1..(c + 4).min(e)).find(|&k| opens_time_phrase(token_text[k])).is_some_and(|k| {
            token_text[c..k].iter().all(|w| w.starts_with(char::is_uppercase)) && attribution_tail(token_text, k, e)
        })
        // "…, Guterres told the General Assembly.": a named body addressed.
        || after > 0
            && matches!(token_text[after - 1], "told" | "tells")
            && e > c + 1
            && e <= c + 5
            && token_text[c] == "the"
            && token_text[c + 1..e].iter().all(|w| w.starts_with(char::is_uppercase));
    // "…, killing five people, officials said; no group claimed responsibility": a
    // semicolon right after the cue ends the attribution.
    let semicolon = token_text.get(after) == Some(&";");
    if !appositive && !addressed && !semicolon && !attribution_tail(token_text, c, e) {
        return None;
    }
    let mut first = sa;
    while first + 1 < s0 && is_quote(token_text[first]) {
        first += 1;
    }
    // "According to Kazakh media, Russia attacked Ukraine.": a phrase naming a source is
    // no content.
    if token_text[first].eq_ignore_ascii_case("according") && token_text.get(first + 1) == Some(&"to") {
        return None;
    }
    let mut last = s0 - 1;
    while last > first && matches!(token_text[last - 1], "," | "\"" | "”" | "“" | "''" | "``") {
        last -= 1;
    }
    // "In Bishkek, officials said, the talks were constructive": a short phrase of place
    // or time opening the sentence is no content when a clause follows the attribution.
    if last - first <= 4
        && matches!(
            &*lowercase(token_text[first]),
            "in" | "on" | "at" | "after" | "before" | "during" | "since" | "earlier" | "later" | "last"
        )
        && token_text.get(after) == Some(&",")
        && (c..e).filter(|&k| token_text[k].chars().any(char::is_alphabetic)).count() >= 3
    {
        return None;
    }
    (last >= first + 2).then_some((first, last))
}

/// "the ministry said", "the service added", "the bank said": the organisation or
/// international body last named before `before` with the noun `head` (lower case, four
/// letters or more) among the words of its name. ("the state" is too often a state of a
/// federation to stand for "Islamic State" or a "Department of State".)
fn organisation_named_earlier(mentions: &[Mention], entities: &[Entity], head: &str, before: usize) -> Option<usize> {
    if head.len() < 4 || head == "state" {
        return None;
    }
    mentions
        .iter()
        .filter(|m| m.span.end <= before && matches!(m.kind, MentionKind::Organization | MentionKind::Group))
        .filter_map(|m| m.entity)
        .rfind(|&e| crate::recognise::name_has_word(&entities[e].name, head))
}

/// Where the phrase naming a speaker whose name starts at token `s0` opens, when a comma
/// comes shortly before it: "…, the Kremlin said.", "…, South Korea's military said.",
/// "…, Kazakhstan's foreign ministry said." name "Kremlin", "military" and "ministry",
/// and the words between the comma and the name (a determiner, a possessor, modifiers)
/// belong to the speaker's phrase. `s0` itself when no comma is found within six words,
/// or a word on the way joins clauses ("and", "then", "as" …).
fn speaker_phrase_start(token_text: &[&str], sa: usize, s0: usize) -> usize {
    let mut k = s0;
    while k > sa && s0 - k < 6 {
        let w = token_text[k - 1];
        // "“…,” the U.S. statement said.": a comma inside the closing quotation mark.
        if w == "," || is_quote(w) && k >= sa + 2 && token_text[k - 2] == "," {
            return k;
        }
        let joins = matches!(
            w.to_ascii_lowercase().as_str(),
            "and" | "but" | "or" | "then" | "as" | "when" | "while" | "which" | "who" | "that" | "so" | "also"
        );
        // "New York-based immigration lawyer Linda Dakin-Grimm": hyphenated modifiers too.
        let word = w.chars().all(|c| c.is_alphabetic() || c == '-') && w.starts_with(char::is_alphabetic);
        if joins || !(word || matches!(w, "'s" | "’s" | "-")) {
            break;
        }
        k -= 1;
    }
    s0
}

/// Whether the words from `from` to the end of the sentence `sb` deny a claim: a noun of
/// claim or "which", then within a few words a verb of denial, and nothing after it but a
/// word of time ("a charge Baku denied", "an accusation Moscow has rejected", "which the
/// government denies").
pub fn denial_tail(token_text: &[&str], from: usize, sb: usize) -> bool {
    let mut k = from;
    if k < sb && matches!(token_text[k], "a" | "an") {
        k += 1;
    }
    if k >= sb
        || !matches!(
            token_text[k],
            "charge"
                | "charges"
                | "accusation"
                | "accusations"
                | "claim"
                | "claims"
                | "allegation"
                | "allegations"
                | "assertion"
                | "which"
        )
    {
        return false;
    }
    let Some(d) = (k + 1..sb.min(k + 7)).take_while(|&j| !matches!(token_text[j], "," | ";")).find(|&j| {
        matches!(
            token_text[j],
            "denied"
                | "denies"
                | "deny"
                | "rejected"
                | "rejects"
                | "reject"
                | "disputes"
                | "disputed"
                | "dismissed"
                | "dismisses"
        )
    }) else {
        return false;
    };
    (d + 1..sb).all(|j| matches!(token_text[j], "." | "\"" | "”") || crate::dates::weekday(token_text[j]).is_some())
}

/// The end of the tokens `[c, sb)` without the closing period or quotation marks (at
/// least one token is kept).
/// Where the content of a statement made in a relative clause ends (a byte offset), when
/// the clause ends before the sentence does. Set off by commas ("The minister, who said
/// the talks had failed, resigned"), it ends at the first comma after which a finite verb
/// follows; restrictive ("An activist who criticised the government was detained by
/// police"), at a passive "was/were" + participle, which the words of a criticism do not
/// hold. `relative` is the span of the pronoun, `content` what was taken as said.
fn relative_clause_end(
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    relative: Span,
    content: Span,
    sb: usize,
) -> Option<usize> {
    let r = tokens.partition_point(|t| t.span.start < relative.start);
    let c = tokens.partition_point(|t| t.span.start < content.start);
    if r == 0 || c >= sb || c <= r {
        return None;
    }
    let participle = |w: &str| {
        w.len() > 4 && w.ends_with("ed") || matches!(w, "held" | "taken" | "sentenced" | "shot" | "hit" | "beaten")
    };
    if token_text[r - 1] == "," {
        let k = (c + 1..sb.saturating_sub(1)).find(|&k| {
            let w = token_text[k + 1];
            token_text[k] == ","
                && !tokens[k + 1].cap
                && (matches!(w, "was" | "were" | "is" | "are" | "has" | "had" | "have" | "will" | "would" | "also")
                    || finite_verb_form(w))
        })?;
        return Some(tokens[k - 1].span.end);
    }
    let cue_word = lowercase(text[tokens[r + 1..c].first()?.span.start..tokens[c - 1].span.end].trim());
    if !cue_word.starts_with("critici") && !cue_word.starts_with("condemn") && !cue_word.starts_with("attack") {
        return None;
    }
    let k = (c + 1..sb.saturating_sub(1))
        .find(|&k| matches!(token_text[k], "was" | "were") && participle(token_text[k + 1]))?;
    Some(tokens[k - 1].span.end)
}

fn end_before_closing(token_text: &[&str], c: usize, sb: usize) -> usize {
    let mut e = sb;
    while e > c + 1 && matches!(token_text[e - 1], "." | "\"" | "”" | "''") {
        e -= 1;
    }
    e
}

#[cfg(test)]
mod tests {
    use attache_kb::Kb;
    use attache_model::Document;
    use proptest::strategy::Strategy;
    use std::sync::OnceLock;

    /// The quotation marks read character by character, as `Quotes::new` did before it
    /// skipped ASCII bytes: the specification the byte reading must agree with.
    fn quote_marks_by_char(text: &str) -> Vec<(usize, Option<usize>)> {
        let mut marks = Vec::new();
        let mut open: Option<usize> = None;
        let mut it = text.char_indices().peekable();
        while let Some((start, c)) = it.next() {
            let mut end = start + c.len_utf8();
            let mut key = start;
            let straight = match c {
                '\n' => {
                    open = None;
                    marks.push((start, open));
                    continue;
                }
                '“' | '«' => {
                    open = Some(end);
                    false
                }
                '”' | '»' => {
                    open = None;
                    false
                }
                '"' => true,
                '\'' if it.peek().is_some_and(|&(_, n)| n == '\'') => {
                    it.next();
                    key = end;
                    end += 1;
                    true
                }
                _ => continue,
            };
            if straight {
                open = super::straight_mark(text, start, end, open);
            }
            marks.push((key, open));
        }
        marks
    }

    proptest::proptest! {
        #[test]
        fn quotes_read_by_byte_agree_with_reading_by_char(
            text in proptest::collection::vec("(a|Zé| |\n|\"|'|''|“|”|«|»|’|\\(|\\.|é)", 0..40).prop_map(|w: Vec<String>| w.concat()),
        ) {
            proptest::prop_assert_eq!(super::Quotes::new(&text).marks, quote_marks_by_char(&text));
        }
    }

    fn kb() -> &'static Kb {
        static KB: OnceLock<Kb> = OnceLock::new();
        KB.get_or_init(|| Kb::builtin().expect("the built-in knowledge base loads"))
    }

    /// Every word or mark that a rule reading every token tests first is a rule token,
    /// in each case the rule accepts.
    #[test]
    fn the_words_the_token_rules_test_first_are_rule_tokens() {
        let exact = [
            "\"", "”", "''", ",", ":", "―", "—", "–", "--", "found", "finds", "called", "calls", "Called", "Calls",
            "calling", "dubbed", "branded", "labeled", "labelled",
        ];
        let any_case = ["that", "That", "THAT", "whether", "Whether", "WHETHER", "why", "Why", "WHY", "tHaT"];
        for w in exact.iter().chain(&any_case) {
            assert!(super::rule_token(w), "{w}");
        }
        for w in ["the", "thats", "calls.", "said", "“", "found.", ";"] {
            assert!(!super::rule_token(w), "{w}");
        }
        let text = ["A", ",", "that", "b", "found", "c", ":"];
        let rule_tokens = super::RuleTokens::new(&text);
        assert_eq!(rule_tokens.within(0, 7).collect::<Vec<_>>(), vec![1, 2, 4, 6]);
        assert_eq!(rule_tokens.within(2, 6).collect::<Vec<_>>(), vec![2, 4]);
        assert_eq!(rule_tokens.within(5, 3).count(), 0);
    }

    /// (speaker words, cue words, content words) of each statement.
    fn statements(text: &str) -> Vec<(String, String, String)> {
        let doc = Document { id: "t".into(), text: text.into(), ..Default::default() };
        let a = crate::analyse(&doc, kb());
        let at = |s: attache_model::Span| text[s.start..s.end].to_string();
        a.statements.iter().map(|s| (s.speaker_span.map(at).unwrap_or_default(), at(s.cue), at(s.content))).collect()
    }

    #[test]
    fn a_phrase_of_occasion_before_that_is_no_content() {
        let s = statements("The minister said in a television interview that the talks had failed.");
        assert_eq!(s[0].2, "the talks had failed", "{s:?}");
        let s = statements("The spokesman told reporters in Geneva on Monday that the sides were close to a deal.");
        assert_eq!(s[0].2, "the sides were close to a deal", "{s:?}");
        let s =
            statements("Vladimir Putin said in an interview with state television that Russia would not back down.");
        assert_eq!(s[0].2, "Russia would not back down", "{s:?}");
        // A clause with a verb before "that" is content: "said the report showed that …".
        let s = statements("The minister said the report showed that the talks had failed.");
        assert_eq!(s[0].2, "the report showed that the talks had failed", "{s:?}");
    }

    #[test]
    fn across_and_the_subject_speaks_not_the_object() {
        let s = statements("Britain summoned the Russian ambassador on Tuesday and said it would expel two diplomats.");
        assert_eq!((s[0].0.as_str(), s[0].1.as_str()), ("Britain", "said"), "{s:?}");
        let s = statements("Britain summoned Russian ambassador Andrei Kelin and said it would expel two diplomats.");
        assert_eq!(s[0].0, "Britain", "{s:?}");
        // Not a subject in another clause, nor a list of names before the cue.
        let s = statements(
            "While Kenya wants to close the camps, residents of Dadaab and Kakuma say they have no alternatives.",
        );
        assert!(s.iter().any(|s| s.1 == "say" && s.0 == "residents"), "{s:?}");
        // An absolute phrase opened by "with" names its speaker after it.
        let s = statements("The talks broke down, with each side saying the other had made demands.");
        assert_eq!(s[0].0, "each side", "{s:?}");
    }

    #[test]
    fn a_cue_closing_its_sentence_says_what_comes_before_the_comma() {
        let said = |t: &str, cue: &str| statements(t).into_iter().find(|s| s.1 == cue).map(|s| s.2);
        let t = "“The Council must be united in condemning this behavior,” the U.S. statement said.";
        assert_eq!(said(t, "said").as_deref(), Some("The Council must be united in condemning this behavior"));
        let t = "“You have no right to judge,” the German Marshall Fund’s Ohlberg said.";
        assert_eq!(said(t, "said").as_deref(), Some("You have no right to judge"));
        let t =
            "Villagers still avoid going into the forest for fear of attack, according to local resident Abala Waro.";
        assert_eq!(
            said(t, "according to").as_deref(),
            Some("Villagers still avoid going into the forest for fear of attack")
        );
        // Grounds that name someone inside them are no source: the subject speaks.
        let t = "Turkmenistan agreed to increase gas supplies to China, the agency reported, citing a deal \
                 signed during President Serdar Berdimuhamedov's visit to Beijing.";
        let all = statements(t);
        assert!(all.iter().all(|s| s.2.chars().any(char::is_alphanumeric)), "{all:?}");
        assert!(all.iter().all(|s| !(s.1 == "citing" && s.0.contains("Berdimuhamedov"))), "{all:?}");
    }

    #[test]
    fn a_long_speaker_phrase_after_the_comma_still_closes_the_sentence() {
        let said = |t: &str| statements(t).into_iter().find(|s| s.1 == "said" || s.1 == "told").map(|s| s.2);
        let t = "Trump is keeping new tariffs in place on Mexico, top White House economic officials said Sunday.";
        assert_eq!(said(t).as_deref(), Some("Trump is keeping new tariffs in place on Mexico"));
        let t = "Green cards can be revoked, New York-based immigration lawyer Linda Dakin-Grimm told VOA.";
        assert_eq!(said(t).as_deref(), Some("Green cards can be revoked"));
        let t =
            "North Korea fired a missile into the sea, South Korea's military said, the latest in a series of tests.";
        assert_eq!(said(t).as_deref(), Some("North Korea fired a missile into the sea"));
        let t = "Kazakhstan will not recognize the republics, Tokayev told Putin during a forum in St. Petersburg.";
        assert_eq!(said(t).as_deref(), Some("Kazakhstan will not recognize the republics"));
        // An unnamed speaker too, after a closing quotation mark.
        let t = "\"The trial is an example of how China uses vague laws,\" the spokesperson added in a statement \
                 emailed to VOA on Wednesday.";
        let added = statements(t).into_iter().find(|s| s.1 == "added").map(|s| s.2);
        assert_eq!(added.as_deref(), Some("The trial is an example of how China uses vague laws"));
    }

    #[test]
    fn a_stance_verb_in_the_passive_is_no_statement() {
        let t = "The battle is not won if school children can still be attacked or kidnapped.";
        assert!(statements(t).iter().all(|s| s.1 != "attacked"), "{:?}", statements(t));
        let t = "The decision was widely criticized by rights groups.";
        assert!(statements(t).iter().all(|s| s.1 != "criticized"), "{:?}", statements(t));
        // The active voice is a stance held by its subject.
        let t = "Rights groups criticized the decision.";
        assert!(statements(t).iter().any(|s| s.1 == "criticized"), "{:?}", statements(t));
    }

    #[test]
    fn a_gathering_told_is_no_content_and_sources_are_named_before_what_they_know() {
        let s = statements("Mao Ning told a regular news briefing that Beijing firmly opposed any interference.");
        assert_eq!(s[0].2, "Beijing firmly opposed any interference", "{s:?}");
        let s = statements("Kazakhstan will sign a deal with Rosatom, two sources familiar with the matter said.");
        let said = s.iter().find(|s| s.1 == "said").expect("a statement");
        assert_eq!(said.0, "two sources familiar with the matter", "{s:?}");
        let s = statements("The talks will resume on Monday, people close to the talks said.");
        assert_eq!(s.iter().find(|s| s.1 == "said").map(|s| s.0.as_str()), Some("people close to the talks"));
    }

    #[test]
    fn a_time_phrase_ends_the_name_of_a_source() {
        let doc = Document {
            id: "t".into(),
            text: "The visas were revoked, according to a statement from the U.S. embassy on Tuesday.".into(),
            ..Default::default()
        };
        let a = crate::analyse(&doc, kb());
        let names: Vec<&str> = a.report_sources.iter().map(|s| s.name.as_str()).collect();
        assert!(names.iter().all(|n| !n.contains("Tuesday")), "{names:?}");
    }

    #[test]
    fn what_someone_is_accused_of_saying_is_no_statement_of_theirs() {
        let s = statements("Prosecutors accused the activist of calling for mass unrest in January.");
        assert!(s.iter().all(|s| s.1 != "calling for"), "{s:?}");
    }

    #[test]
    fn a_finding_verb_near_the_start_of_the_text_is_read_safely() {
        // The words before "found" reach the first token of the text.
        for text in ["Inspectors found the plant closed.", "and found it", "A study found"] {
            statements(text);
        }
    }

    #[test]
    fn sources_who_said_something_are_its_speakers_though_the_phrase_hedges() {
        // "sources said" is a hedge of kb/modality.tsv; it hid its "said" from the cues.
        assert_eq!(speaker_at("The talks had stalled, sources said.", "said"), "sources");
        assert_eq!(speaker_at("Two sources said the talks had stalled.", "said"), "Two sources");
        assert_eq!(speaker_at("The president has fallen ill, reports say.", "say"), "reports");
    }

    #[test]
    fn a_word_of_a_group_before_the_noun_of_its_people_is_no_speaker_alone() {
        assert_eq!(
            speaker_at("This week, military sources said rebels attacked 10 villages.", "said"),
            "military sources"
        );
        assert_eq!(
            speaker_at("A government official told reporters the suspect had fled.", "told reporters"),
            "A government official"
        );
    }

    fn speaker_at(text: &str, cue: &str) -> String {
        let all = statements(text);
        all.iter()
            .find(|s| s.1 == cue)
            .map(|s| s.0.clone())
            .unwrap_or_else(|| panic!("no statement at {cue:?}: {all:?}"))
    }

    #[test]
    fn who_speaks_for_the_phrase_before_it() {
        let t =
            "Moscow summoned the envoy over remarks by a State Duma deputy who questioned the country's sovereignty.";
        assert_eq!(speaker_at(t, "questioned"), "a State Duma deputy who");
    }

    #[test]
    fn a_third_person_inside_a_quotation_is_no_new_speaker() {
        let t = "“Maybe he is not as rich as he says he is,” Clinton said.";
        let all = statements(t);
        assert!(all.iter().all(|s| s.1 != "says"), "{all:?}");
        assert_eq!(speaker_at(t, "said"), "Clinton");
        // A straight mark opening the quotation is closed by a curly one: what follows
        // lies outside it.
        let t = "\"The show is popular,” said Gorski. He says the network lost money.";
        assert_eq!(speaker_at(t, "says"), "He");
        // A mark left open earlier in the paragraph does not turn later quotations
        // inside out: a straight mark after a word and before a space closes.
        let t = "He wrote \"A plan. \"Unless they change, there is no progress,\" said Samore.";
        assert_eq!(speaker_at(t, "said"), "Samore");
        // The doubled straight marks of some outlets quote as well.
        let t = "''Maybe he is not as rich as he says he is,'' Mr. Clinton said.";
        let all = statements(t);
        assert!(all.iter().all(|s| s.1 != "says"), "{all:?}");
    }

    #[test]
    fn an_object_pronoun_after_the_cue_is_no_speaker() {
        let t = "''I have never been edited,'' Mr. King, 82, told me.";
        assert_eq!(speaker_at(t, "told"), "Mr. King");
        // Unnamed, the speaker is still not the addressee.
        let t = "''I have never been edited,'' the host, 82, told me.";
        let all = statements(t);
        assert!(all.iter().all(|s| s.0 != "me"), "{all:?}");
    }

    #[test]
    fn a_first_person_inside_a_quotation_is_no_new_speaker() {
        let t = "“Do I think that the system is rigged? Yes,” Trump said.";
        let all = statements(t);
        assert!(all.iter().all(|s| s.0 != "I"), "{all:?}");
        assert_eq!(speaker_at(t, "said"), "Trump");
        // Outside a quotation the writer's first person still speaks.
        let t = "I think that the system is rigged.";
        assert_eq!(speaker_at(t, "think that"), "I");
    }

    #[test]
    fn a_bare_noun_claim_is_no_statement() {
        let t = "PolitiFact rated 32% of Republican claims as false.";
        let all = statements(t);
        assert!(all.iter().all(|s| s.1 != "claims"), "{all:?}");
        assert_eq!(speaker_at("Trump claims that he paid his taxes.", "claims"), "Trump");
    }

    #[test]
    fn what_someone_called_is_a_label_not_a_statement() {
        let t = "Ban Ki-moon condemned what he called a \"brazen breach\" of U.N. resolutions.";
        let all = statements(t);
        assert!(all.iter().all(|s| s.1 != "called"), "{all:?}");
        assert_eq!(speaker_at("Cruz called Trump a \"pathological liar\" on Monday.", "called"), "Cruz");
    }

    #[test]
    fn a_coordinated_or_participle_cue_shares_the_subject_of_the_statement_before_it() {
        let t = "\"We do not see a link,\" the mayor said, adding that it would take hours.";
        assert_eq!(speaker_at(t, "adding"), "the mayor");
        let t = "Authorities announced on Friday the arrest of a man and said a curfew would continue.";
        assert_eq!(speaker_at(t, "said"), "Authorities");
        // Not a verb with a preposition or an infinitive, which may belong to the content.
        let t = "Imangali Tasmagambetov said the scenario envisaged repelling an incursion and responded to threats.";
        assert!(statements(t).iter().all(|s| s.1 != "responded"), "{:?}", statements(t));
        // Nor a cue that is also an event ("warned" is a threat).
        let t = "Esmaeil Baghaei told reporters that Iran had received little water and warned that Tehran would act.";
        assert!(statements(t).iter().all(|s| s.1 != "warned"), "{:?}", statements(t));
    }

    #[test]
    fn whoever_attacks_a_refinery_says_nothing() {
        let t =
            "Ukrainian drones attacked an oil refinery in the Saratov region overnight, the regional governor said.";
        assert!(statements(t).iter().all(|s| s.1 != "attacked"), "{:?}", statements(t));
    }

    #[test]
    fn a_body_named_by_its_field_speaks_with_the_field() {
        let t = "Mongolia hosted joint exercises with U.S. forces, the defence ministry in Ulaanbaatar said.";
        assert_eq!(speaker_at(t, "said"), "the defence ministry");
        let t = "The border will reopen next week, the foreign ministry said in a statement.";
        assert_eq!(speaker_at(t, "said in a statement"), "the foreign ministry");
        // (kb) A title of its own, not a cabinet.
        let t = "Japan lodged a protest with China, the chief cabinet secretary said.";
        assert_eq!(speaker_at(t, "said"), "the chief cabinet secretary");
    }

    #[test]
    fn whoever_attacks_a_city_says_nothing() {
        let t = "Russia attacked Kyiv overnight, Ukrainian media reported.";
        assert!(statements(t).iter().all(|s| s.1 != "attacked"), "{:?}", statements(t));
        // Words against a person are still said.
        let t = "The senator attacked the president over the deal.";
        assert!(statements(t).iter().any(|s| s.1 == "attacked"), "{:?}", statements(t));
    }

    #[test]
    fn a_person_named_in_an_absolute_phrase_speaks_and_a_conjunction_is_no_part_of_a_speaker() {
        let doc = Document {
            id: "t".into(),
            text: "The Kremlin dismissed the report, with spokesman Dmitry Peskov saying Russia had no plans to attack NATO."
                .into(),
            published: chrono::NaiveDate::from_ymd_opt(2026, 11, 20),
            ..Default::default()
        };
        let a = crate::analyse(&doc, kb());
        let s = a.statements.iter().find(|s| &doc.text[s.cue.start..s.cue.end] == "saying").expect("a statement");
        let name = s.speaker.map(|e| a.entities[e].name.as_str());
        assert_eq!(name, Some("Dmitry Peskov"), "{:?}", a.statements);
        let t = "The deal was signed days after U.S. President Donald Trump said he was inclined to support it.";
        assert_eq!(speaker_at(t, "said"), "U.S. President Donald Trump");
    }

    #[test]
    fn whom_tell_addresses_before_that_is_no_part_of_what_was_said() {
        let s = statements(
            "Chinese Defence Minister Dong Jun told his U.S. counterpart that Washington must stop arming Taiwan.",
        );
        assert_eq!(s[0].2, "Washington must stop arming Taiwan", "{s:?}");
        let s = statements("The official told VOA that the border would reopen.");
        assert_eq!(s[0].2, "the border would reopen", "{s:?}");
        // A verb before the "that" opens what was said.
        let s = statements("Gatov told VOA its research found that the alliance was unpopular.");
        assert!(s[0].2.starts_with("VOA its research found") || s[0].2.starts_with("its research found"), "{s:?}");
    }

    #[test]
    fn a_closing_denial_says_nothing_and_ends_what_was_said() {
        let t = "Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of preparing a new offensive, a charge Baku denied.";
        assert!(statements(t).iter().all(|s| s.1 != "denied"), "{:?}", statements(t));
        let s = statements("Ukraine says Russia has deported thousands of children, an accusation Moscow rejects.");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].2, "Russia has deported thousands of children", "{s:?}");
        let s = statements("The opposition says the vote was rigged, which the government denies.");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].2, "the vote was rigged", "{s:?}");
        // A denial with words of its own after the verb still says them.
        let s = statements("The ministry denied the report, saying the troops had not moved.");
        assert!(s.iter().any(|s| s.2 == "the troops had not moved"), "{s:?}");
    }

    #[test]
    fn a_closing_report_or_source_is_no_part_of_what_was_said() {
        let s = statements("The president said the talks had failed, the Interfax news agency reported.");
        assert_eq!(s[0].2, "the talks had failed", "{s:?}");
        let s = statements("The minister said Astana would not join the sanctions, according to a ministry statement.");
        assert_eq!(s[0].2, "Astana would not join the sanctions", "{s:?}");
        // A source in the middle of what was said leaves the rest of it.
        let s = statements("The minister said that, according to the police, the troops had left the border area.");
        assert!(s[0].2.ends_with("the troops had left the border area"), "{s:?}");
    }

    #[test]
    fn a_quoted_phrase_inside_the_speakers_sentence_is_part_of_the_content() {
        let t = "The Kremlin dismissed the report as \"fake news,\" spokesman Dmitry Peskov said.";
        let all = statements(t);
        let s = all.iter().find(|s| s.1 == "said").expect("a statement");
        assert!(s.2.starts_with("The Kremlin dismissed the report as"), "{all:?}");
        // A whole quotation is the content alone.
        let t = "\"We will not allow anyone to interfere,\" President Sadyr Japarov said.";
        assert!(statements(t).iter().any(|s| s.2.starts_with("We will not allow")), "{:?}", statements(t));
    }

    #[test]
    fn a_participle_right_after_an_attribution_is_its_speakers() {
        let t = "The strike killed five people, the governor said, warning that more attacks could follow.";
        assert_eq!(speaker_at(t, "warning"), "the governor");
        assert!(
            statements(t).iter().any(|s| s.1 == "said" && s.2 == "The strike killed five people"),
            "{:?}",
            statements(t)
        );
        let t = "Companies that evade the rules will face consequences, the official told reporters, calling for more checks.";
        assert_eq!(speaker_at(t, "calling for"), "the official");
        // Not after an act: "criticized it, saying" is said by the clause's subject.
        let t = "Donald Trump criticized the deal, saying it was unfair.";
        assert_eq!(speaker_at(t, "saying"), "Donald Trump");
    }

    #[test]
    fn a_participle_is_said_by_the_subject_of_its_clause() {
        let t = "Donald Trump attacked Hillary Clinton over her vote on Iraq and Libya, saying she was unstable.";
        assert_eq!(speaker_at(t, "saying"), "Donald Trump");
        let t = "In August, several environmental groups granted Mr. Clarke an extension, saying his plan was sound.";
        assert_ne!(speaker_at(t, "saying"), "Mr. Clarke");
        // The person an organisation's title qualifies, not the organisation.
        let t = "In Kabul, Taliban government spokesman Zabihullah Mujahid rejected the accusation, saying \
                 low rainfall had reduced the flow.";
        assert_eq!(speaker_at(t, "saying"), "Zabihullah Mujahid");
    }

    #[test]
    fn stances_and_wishes_are_attributed() {
        assert_eq!(speaker_at("Clinton wants to triple the size of the program.", "wants to"), "Clinton");
        assert_eq!(speaker_at("Senator Warren blasted the bank for its sales practices.", "blasted"), "Senator Warren");
        assert_eq!(speaker_at("Clinton spoke about the death of Terence Crutcher.", "spoke about"), "Clinton");
    }

    #[test]
    fn stances_with_a_preposition_or_an_infinitive_are_attributed() {
        assert_eq!(speaker_at("Sanders railed against the trade deal on Monday.", "railed against"), "Sanders");
        assert_eq!(
            speaker_at("Senator Warren has been critical of the merger.", "has been critical of"),
            "Senator Warren"
        );
        assert_eq!(speaker_at("Governor Cooper weighed in on the dispute.", "weighed in"), "Governor Cooper");
        assert_eq!(speaker_at("Unions continued to call for higher wages.", "to call for"), "Unions");
        // A noun "call for" is no cue: "a wake-up call for all of us".
        assert!(statements("It is a wake-up call for all of us in the sector.").is_empty());
    }

    #[test]
    fn a_relative_pronoun_before_the_cue_names_the_speaker() {
        let t = "He spoke with Mitch McConnell, the majority leader, who often said the goal was to win.";
        assert_eq!(speaker_at(t, "said"), "who");
        let t = "The story came from the Associated Press, which first reported the arrangement.";
        assert_eq!(speaker_at(t, "reported"), "which");
    }

    #[test]
    fn appositives_between_speaker_and_cue() {
        let t = "Even China, Pyongyang's only ally and its economic lifeline, said it was opposed to the test.";
        assert!(speaker_at(t, "said").starts_with("China"), "{:?}", statements(t));
        let t = "\"I have never been edited,\" Senator John Smith, 82, told me.";
        assert!(speaker_at(t, "told").starts_with("Senator John Smith"), "{:?}", statements(t));
        let t = "Marc H. Morial, the chief executive of the National Urban League, forcefully told a young woman \
                 that this was wrong.";
        assert!(speaker_at(t, "told").starts_with("Marc H. Morial"), "{:?}", statements(t));
        // A name inside the appositive is not the speaker.
        let t = "Dr. Connie Mariano, who was the physician of former President Bill Clinton, said that Clinton \
                 allowed her staff to see her.";
        assert!(speaker_at(t, "said").starts_with("Dr. Connie Mariano"), "{:?}", statements(t));
    }

    #[test]
    fn an_unnamed_subject_with_a_relative_clause_before_the_cue_speaks() {
        let t = "The minister, who spoke on condition of anonymity, said talks would resume.";
        assert_eq!(speaker_at(t, "said"), "The minister");
        let t = "The official, who asked not to be named, said the talks would resume next week.";
        assert_eq!(speaker_at(t, "said"), "The official");
    }

    #[test]
    fn a_relative_clause_with_a_list_between_speaker_and_cue_belongs_to_the_speaker() {
        let t = "Belarusian police, who detained journalists, activists and students, denied the charges.";
        assert_eq!(speaker_at(t, "denied"), "Belarusian police");
        // An aside right after "which" is another speaker's.
        let t = "Balochistan Chief Minister Sarfraz Bugti spoke. Passengers could board at any station along the route, which, Bugti said, largely explained the gap between the number of passengers and those rescued.";
        assert_eq!(speaker_at(t, "explained"), "Bugti");
    }

    #[test]
    fn a_source_phrase_is_no_content() {
        let t = "According to Kazakh media, Russia attacked Ukraine.";
        let s = statements(t);
        assert!(s.iter().all(|s| !s.2.starts_with("According")), "{s:?}");
    }

    #[test]
    fn a_which_clause_between_speaker_and_cue_belongs_to_the_speaker() {
        let t = "China, which has long been North Korea's closest ally, expressed concern about the tests.";
        assert_eq!(speaker_at(t, "expressed concern"), "China");
    }

    #[test]
    fn a_quoted_question_keeps_its_speech_tag() {
        let t = "\"Does anybody know what the platform of the party is?\" Graham asked. \"Neither do I.\"";
        assert_eq!(speaker_at(t, "asked"), "Graham");
    }

    #[test]
    fn a_prepositional_phrase_after_an_inverted_cue_is_no_speaker() {
        let t = "\"Black folks have done their part,\" Vann Newkirk, a writer for The Atlantic, said on Twitter.";
        assert!(statements(t).iter().all(|s| s.0 != "on Twitter"), "{:?}", statements(t));
    }

    #[test]
    fn a_possessor_opening_the_clause_is_not_its_subject() {
        let t = "Kazakhstan's agriculture ministry rejected the allegations, saying its certificates were valid.";
        assert_ne!(speaker_at(t, "saying"), "Kazakhstan");
    }

    #[test]
    fn a_cue_ending_in_a_colon_takes_the_next_sentence() {
        let t = "The governor spoke on Friday. The governor added:\n\nIt is typical of the campaign. We will win.";
        let all = statements(t);
        let s = all.iter().find(|s| s.1 == "added").unwrap_or_else(|| panic!("{all:?}"));
        assert_eq!(s.2, "It is typical of the campaign");
    }

    #[test]
    fn a_verb_before_a_that_clause_is_a_cue() {
        let t = "Mr. Deese expected that the president would hand him some last-minute changes.";
        assert_eq!(speaker_at(t, "expected"), "Mr. Deese");
        // An event trigger stays an event: "Trump charges that …" is an accusation.
        assert!(statements("Trump charges that countries donated to the foundation.").is_empty());
        let t = "Protesters were frustrated that the city released only some of the footage.";
        assert_eq!(speaker_at(t, "were frustrated"), "Protesters");
        // A relative or determiner "that" is no complementiser.
        let t = "Unlike many of the Patriot mines that Mr. Clarke acquired, these mines are profitable.";
        assert!(statements(t).is_empty(), "{:?}", statements(t));
        let t = "The judge rejected that argument in a ruling released Thursday.";
        assert!(statements(t).is_empty(), "{:?}", statements(t));
        // The copula and degree words belong to the cue, not to the speaker.
        let t = "The ministry is very concerned that the talks will fail.";
        assert_eq!(speaker_at(t, "is very concerned"), "The ministry");
    }

    #[test]
    fn a_verb_framing_a_quotation_is_a_cue() {
        let t = "\"I think that is going to look very important for Trump,\" Matthews concluded.";
        assert_eq!(speaker_at(t, "concluded"), "Matthews");
        let t = "Limbaugh continued: \"They are demanding this.\"";
        assert_eq!(speaker_at(t, "continued"), "Limbaugh");
        // A verb inside the quotation is not.
        let t = "\"The borders have simply evaporated,\" said Jo Coelbart, a retired general.";
        assert!(statements(t).iter().all(|s| s.1 != "evaporated"), "{:?}", statements(t));
        // The walk over the speaker's name stops at a verb of the cue list.
        let t = "\"I did not take the money,\" Mehdiyev told jurors.";
        assert_eq!(statements(t).len(), 1, "{:?}", statements(t));
        assert_eq!(speaker_at(t, "told"), "Mehdiyev");
    }

    #[test]
    fn a_quotation_inside_a_quotation_closes_before_an_inverted_cue() {
        let t = "\"People say, 'It does not matter,'\" said Charlie King, a New York Democrat.";
        assert!(speaker_at(t, "said").starts_with("Charlie King"), "{:?}", statements(t));
    }

    #[test]
    fn a_verb_of_naming_with_a_label_is_a_statement() {
        let t = "The ministry called the report a fabrication by foreign agents.";
        assert_eq!(speaker_at(t, "called"), "The ministry");
        let t = "Her rival called him “a liar” on Tuesday.";
        assert_eq!(speaker_at(t, "called"), "Her rival");
        // A time after the object, a passive and a meeting called are no labels.
        for t in [
            "The minister called the envoy a day later.",
            "The plan was called a success by the press.",
            "The council called an emergency meeting.",
        ] {
            assert!(statements(t).iter().all(|s| s.1 != "called"), "{t}: {:?}", statements(t));
        }
    }

    #[test]
    fn a_study_that_found_something_is_a_source() {
        let t = "One survey found most farmers would sell their land.";
        assert_eq!(speaker_at(t, "found"), "One survey");
        let t = "The body was found in a river near the border.";
        assert!(statements(t).iter().all(|s| s.1 != "found"), "{:?}", statements(t));
    }

    #[test]
    fn the_possessor_of_a_claim_with_a_that_clause_speaks() {
        let t = "Reporters checked Alexander Lukashenko's claim that the protests were paid for.";
        assert_eq!(speaker_at(t, "claim"), "Alexander Lukashenko");
        let t = "Contrary to his claim that the prices would fall, inflation rose.";
        assert_eq!(speaker_at(t, "claim"), "his");
    }

    #[test]
    fn citing_grounds_after_a_comma_is_said_by_the_subject() {
        let t = "Kazakhstan banned wheat exports in March, citing the rise in food prices.";
        assert_eq!(speaker_at(t, "citing"), "Kazakhstan");
        // "citing officials" still names a source, not the subject's grounds.
        let t = "The agency reported the deal on Monday, citing officials in Astana.";
        assert!(statements(t).iter().all(|s| s.1 != "citing"), "{:?}", statements(t));
    }

    #[test]
    fn a_closing_attribution_says_what_comes_before_its_speaker() {
        let said = |t: &str| statements(t).into_iter().find(|s| s.1.starts_with("said")).map(|s| (s.0, s.2));
        let t = "The talks will resume next week, Lavrov said.";
        assert_eq!(said(t), Some(("Lavrov".into(), "The talks will resume next week".into())));
        let t = "The talks will resume next week, the ministry said on Monday.";
        assert_eq!(said(t).map(|s| s.1).as_deref(), Some("The talks will resume next week"));
        // A clause after the cue is what was said, even after an opening phrase and a comma.
        let t = "In Moscow, Lavrov said on Monday the talks would resume.";
        assert_eq!(said(t).map(|s| s.1).as_deref(), Some("the talks would resume"));
        // A colon opens what follows.
        let t = "Speaking in Baghdad on Monday, the minister said: \"We will help.\"";
        assert_ne!(said(t).map(|s| s.1).as_deref(), Some("Speaking in Baghdad on Monday"));
        // A statement before the closing attribution ends where its content ends.
        let t = "Russia criticized the decision, Lavrov said.";
        let all = statements(t);
        let criticized = all.iter().find(|s| s.1 == "criticized").expect("criticized is a statement");
        assert_eq!(criticized.2, "the decision", "{all:?}");
        assert_eq!(said(t).map(|s| s.1).as_deref(), Some("Russia criticized the decision"));
        // The speaker's phrase may open with a determiner or a possessor after the comma.
        let t = "Putin will visit Kazakhstan next month, the Kremlin said.";
        assert_eq!(said(t).map(|s| s.1).as_deref(), Some("Putin will visit Kazakhstan next month"));
        let t = "The missile flew 800 km, South Korea's military said.";
        assert_eq!(said(t).map(|s| s.1).as_deref(), Some("The missile flew 800 km"));
        // One word after the cue that names no time, place or audience is its object.
        // A name before the comma is no speaker when a phrase after it names one.
        let t = "Armenia did not send troops, the press service said.";
        assert_eq!(said(t), Some(("the press service".into(), "Armenia did not send troops".into())));
        let t = "Warsaw could close the crossings, Tusk told parliament.";
        let all = statements(t);
        assert!(all.iter().any(|s| s.1 == "told" && s.2 == "Warsaw could close the crossings"), "{all:?}");
        let t = "One after another, the companies declared bankruptcy.";
        let all = statements(t);
        assert!(all.iter().all(|s| s.2 != "One after another"), "{all:?}");
    }

    #[test]
    fn an_adjective_of_a_report_noun_is_no_speaker() {
        let all = statements("Israel did not attack Iran on Tuesday, contrary to earlier reports.");
        assert!(all.iter().all(|s| s.0 != "earlier"), "{all:?}");
    }

    #[test]
    fn who_after_a_verb_of_knowing_is_no_speaker() {
        assert!(statements("It was not clear who attacked the convoy.").is_empty());
        // Armed men, and whoever attacks a building, attack with arms.
        assert!(statements("Militants who attacked a police station in Peshawar killed three officers.").is_empty());
        assert!(statements("Gunmen attacked a bus carrying pilgrims.").is_empty());
        // Words attack words.
        assert!(!statements("The senator attacked the president's plan as reckless.").is_empty());
        let t = "He met Ali Khan, who said the talks would resume.";
        assert_eq!(speaker_at(t, "said"), "who");
    }

    #[test]
    fn a_name_closing_the_sentence_after_an_inverted_cue_speaks() {
        let t = "The new tax would hurt Russia, said Lily Batchelder.";
        assert_eq!(speaker_at(t, "said"), "Lily Batchelder");
        let t = "The meeting went badly for the Russians and Kazakhstan, said one diplomat at the talks.";
        assert_eq!(speaker_at(t, "said"), "one diplomat at the talks");
    }

    #[test]
    fn a_middle_initial_belongs_to_the_name() {
        let t = "Maria T. Delgado, a lawyer for the city, said the plan would fail.";
        assert!(speaker_at(t, "said").starts_with("Maria T. Delgado,"), "{:?}", statements(t));
        let doc = Document { id: "t".into(), text: t.into(), ..Default::default() };
        let a = crate::analyse(&doc, kb());
        let person = a.entities.iter().find(|e| e.name == "Maria T. Delgado");
        assert!(person.is_some_and(|e| e.kind == attache_model::EntityKind::Person), "{:?}", a.entities);
    }

    #[test]
    fn a_thing_denied_to_someone_after_an_article_is_refused() {
        let t = "Kazakhstan denied a visa to a Russian journalist.";
        assert!(statements(t).iter().all(|s| s.1 != "denied"), "{:?}", statements(t));
        let t = "The ministry denied the report.";
        assert!(statements(t).iter().any(|s| s.1 == "denied"), "{:?}", statements(t));
    }

    #[test]
    fn an_outlet_named_before_its_media_noun_speaks_by_its_name() {
        let t = "The Daily Ittefaq newspaper said the journalist had been detained.";
        assert!(speaker_at(t, "said").ends_with("Daily Ittefaq newspaper"), "{:?}", statements(t));
        let t = "The independent Rustavi Two television station said the vote was delayed.";
        assert_eq!(speaker_at(t, "said"), "Rustavi Two television station");
    }

    #[test]
    fn a_closing_attribution_to_an_outlet_ends_what_was_said_before_it() {
        let s = statements("The ministry denied the report, Interfax said.");
        let d = s.iter().find(|s| s.1 == "denied").expect("the denial");
        assert_eq!(d.2, "the report", "{s:?}");
    }
}
