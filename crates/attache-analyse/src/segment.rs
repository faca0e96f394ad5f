//! Tokens and sentences that survive news text: abbreviations ("U.S.", "Dec.", "Gen."),
//! initials, possessives, quotes, and datelines ("ASTANA, June 12 (Xinhua) --").

use attache_model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// The possessive ending "'s" / "’s".
    Possessive,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Starts with an uppercase letter.
    pub cap: bool,
    /// First token of a paragraph.
    pub para_start: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.start..self.span.end]
    }
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// The text of every token, sliced once per document. [`Token::text`] checks both ends of
/// its span for a char boundary at every call, and the stages read every token many times
/// over: a tenth of the analysis went to slicing the same tokens again.
pub fn token_texts<'a>(text: &'a str, tokens: &[Token]) -> Vec<&'a str> {
    tokens.iter().map(|t| t.text(text)).collect()
}

/// `w` lowercased exactly as [`str::to_lowercase`] does, without a copy when nothing
/// changes (ASCII with no uppercase letter, most words of news text) and through the
/// ASCII rule when only ASCII changes: for tests of a word against lowercase lists.
pub fn lowercase(w: &str) -> std::borrow::Cow<'_, str> {
    if !w.is_ascii() {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else if w.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(w.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Words that take a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof", "St", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "vs", "etc", "Maj",
    "Capt", "Sgt", "Adm", "Brig", "Rev", "Mt", "Ft", "Ave", "Gens", "Cmdr", "Pres", "Amb", "Min", "Dept", "approx",
    "est", "al", "Fig", "Sen", "Reps", "Messrs",
];

/// The length of the longest of [`ABBREVIATIONS`]: a longer word, most words before a
/// period, is none of them.
const LONGEST_ABBREVIATION: usize = {
    let (mut longest, mut k) = (0, 0);
    while k < ABBREVIATIONS.len() {
        if ABBREVIATIONS[k].len() > longest {
            longest = ABBREVIATIONS[k].len();
        }
        k += 1;
    }
    longest
};

/// Abbreviations after which a sentence never ends (titles stand before a name).
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof", "St", "Maj", "Capt", "Sgt", "Adm",
    "Brig", "Rev", "Mt", "Ft", "No", "Cmdr", "Amb", "Messrs",
];

/// Capitalised words that usually open a sentence, used to decide whether a sentence
/// ends after an abbreviation such as "U.S.".
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "In",
    "On",
    "At",
    "But",
    "And",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "However",
    "Meanwhile",
    "According",
    "After",
    "Before",
    "While",
    "During",
    "Since",
    "As",
    "Last",
    "Earlier",
    "Later",
    "Officials",
    "No",
    "Some",
    "Many",
    "Both",
    "Also",
    "Under",
    "For",
    "From",
    "With",
    "When",
    "If",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens with byte spans. Characters are read in place by byte offset
/// (a copy of every character with its offset was an eighth of the analysis).
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_with_starts(text).0
}

/// As [`tokenize`], with the word starts of `text` that [`attache_kb::WordStarts::new`]
/// finds, `(start, end of the run of letters and digits there)`, gathered as the tokens
/// are read instead of in a second pass over the text: a run of letters and digits starts
/// a word (a token starts one, and so does each part after a joining hyphen, point,
/// comma or apostrophe), and so does any other character that follows no letter or digit.
pub fn tokenize_with_starts(text: &str) -> (Vec<Token>, Vec<(usize, usize)>) {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut starts = Vec::with_capacity(text.len() / 4);
    // Whether the character before byte `i` is a letter or digit.
    let mut prev_word = false;
    // The character at byte `b`, the `k`-th after it, and the one before it. ASCII, most
    // of news text, is read without decoding.
    let bytes = text.as_bytes();
    let at = |b: usize| match bytes.get(b) {
        Some(&x) if x.is_ascii() => Some(x as char),
        Some(_) => text.get(b..).and_then(|s| s.chars().next()),
        None => None,
    };
    let nth = |b: usize, k: usize| text.get(b..).and_then(|s| s.chars().nth(k));
    let before = |b: usize| text.get(..b).and_then(|s| s.chars().next_back());
    let mut i = 0;
    let mut newlines = 2; // the text starts a paragraph
    loop {
        // Spaces, most of the characters between tokens, skipped without decoding.
        while bytes.get(i) == Some(&b' ') {
            if !prev_word {
                starts.push((i, i));
            }
            prev_word = false;
            i += 1;
        }
        let Some(c) = at(i) else { break };
        if c.is_whitespace() {
            if c == '\n' {
                newlines += 1;
            }
            if !prev_word {
                starts.push((i, i));
            }
            prev_word = false;
            i += c.len_utf8();
            continue;
        }
        let para_start = newlines >= 2 || (newlines >= 1 && tokens.is_empty());
        let start = i;
        let kind;
        if attache_kb::is_alphanumeric(c) {
            // The run of letters and digits being read starts here.
            let mut run = start;
            i += c.len_utf8();
            loop {
                while bytes.get(i).is_some_and(|&b| attache_kb::ASCII_ALNUM[b as usize]) {
                    i += 1;
                }
                // Most words end at a space or punctuation that joins nothing: that is
                // told from the byte, before the character tests below.
                match bytes.get(i) {
                    None => break,
                    Some(&b) if b.is_ascii() && !matches!(b, b'-' | b'.' | b'&' | b',' | b'\'') => break,
                    _ => {}
                }
                match at(i) {
                    Some(d) if attache_kb::is_alphanumeric(d) => i += d.len_utf8(),
                    Some(d)
                        if (d == '-' || d == '.' || d == '&' || d == ',' && c.is_ascii_digit() || is_apostrophe(d))
                            && nth(i, 1).is_some_and(attache_kb::is_alphanumeric) =>
                    {
                        // "'s" / "’s" at the end of a word is a possessive of its own.
                        if is_apostrophe(d)
                            && nth(i, 1).is_some_and(|e| e == 's' || e == 'S')
                            && !nth(i, 2).is_some_and(attache_kb::is_alphanumeric)
                        {
                            break;
                        }
                        // A hyphen between capitalised parts separates names: "China-Central Asia".
                        if d == '-' && nth(i, 1).is_some_and(char::is_uppercase) && c.is_uppercase() {
                            break;
                        }
                        // A comma only joins digit groups: "1,000".
                        if d == ','
                            && !(nth(i, 1).is_some_and(|e| e.is_ascii_digit())
                                && before(i).is_some_and(|e| e.is_ascii_digit()))
                        {
                            break;
                        }
                        // The joining mark ends a run; the next starts after it.
                        starts.push((run, i));
                        i += d.len_utf8();
                        run = i;
                    }
                    _ => break,
                }
            }
            starts.push((run, i));
            prev_word = true;
            // Keep the period of abbreviations, initials and dotted acronyms ("U.S.").
            if bytes.get(i) == Some(&b'.') {
                let word = &text[start..i];
                let initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
                // ("according to Kloop.kg." ends its sentence: a web address is no
                // acronym, whose parts are of one or two letters: "U.S.", "Ph.D.".)
                let dotted =
                    word.contains('.') && !word.ends_with('.') && word.split('.').all(|p| p.chars().count() <= 2);
                if initial || dotted || word.len() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(&word) {
                    i += 1;
                    prev_word = false;
                }
            }
            kind = if bytes[start].is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
        } else if is_apostrophe(c)
            && matches!(nth(i, 1), Some('s') | Some('S'))
            && !nth(i, 2).is_some_and(attache_kb::is_alphanumeric)
            && i > 0
            && before(i).is_some_and(attache_kb::is_alphanumeric)
        {
            // The apostrophe and an ASCII "s" (after a letter or digit, and before none:
            // the "s" is a run of its own).
            i += c.len_utf8() + 1;
            starts.push((i - 1, i));
            prev_word = true;
            kind = TokenKind::Possessive;
        } else if c == '-' && nth(i, 1) == Some('-') {
            if !prev_word {
                starts.push((i, i));
            }
            starts.push((i + 1, i + 1));
            prev_word = false;
            i += 2;
            kind = TokenKind::Punct;
        } else if (c == '\'' || c == '`') && nth(i, 1) == Some(c) {
            // Typewriter quotation marks: ``opening'' and ''closing'' (wire and
            // newspaper copy).
            if !prev_word {
                starts.push((i, i));
            }
            starts.push((i + 1, i + 1));
            prev_word = false;
            i += 2;
            kind = TokenKind::Punct;
        } else {
            if !prev_word {
                starts.push((i, i));
            }
            prev_word = false;
            i += c.len_utf8();
            kind = TokenKind::Punct;
        }
        let span = Span::new(start, i);
        // `c` is the token's first character.
        let cap = c.is_uppercase();
        tokens.push(Token { span, kind, cap, para_start });
        newlines = 0;
    }
    (tokens, starts)
}

/// Verbs of a speech tag after a quoted question or exclamation.
const TAG_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "wrote",
    "writes",
    "tweeted",
    "replied",
    "wondered",
    "told",
    "shouted",
    "yelled",
    "continued",
    "explained",
    "recalled",
    "joked",
    "quipped",
    "exclaimed",
    "answered",
    "responded",
];

/// '"…?" Graham asked.': a name of up to four capitalised words and a verb of saying that
/// ends its clause close the quotation's sentence instead of opening one.
fn speech_tag(text: &str, tokens: &[Token], j: usize) -> bool {
    let mut k = j;
    while k < tokens.len() && k < j + 4 && tokens[k].cap && tokens[k].kind == TokenKind::Word {
        k += 1;
    }
    k > j
        && tokens.get(k).is_some_and(|t| TAG_VERBS.contains(&t.text(text)))
        && tokens.get(k + 1).is_none_or(|t| matches!(t.text(text), "." | "," | ":" | ";"))
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | "''" | ")" | "]" | "»")
}

fn is_opener(s: &str) -> bool {
    matches!(s, "\"" | "“" | "‘" | "'" | "``" | "''" | "(" | "[" | "«")
}

/// The longest sentence, in tokens.
pub const MAX_SENTENCE_TOKENS: usize = 300;

/// Splits the tokens into sentences: returns the token ranges `[start, end)` of each
/// (`token_text` is the text of each token, [`token_texts`]).
pub fn sentences(text: &str, tokens: &[Token], token_text: &[&str]) -> Vec<(usize, usize)> {
    sentences_with(text, tokens, token_text, &|_| false)
}

/// Words that follow a name as the noun it modifies ("the U.S. Trump administration"),
/// so the name does not open a sentence of its own.
const AFTER_NAME_NOUNS: &[&str] =
    &["administration", "government", "era", "campaign", "camp", "aides", "family", "presidency", "team", "cabinet"];

/// [`sentences`], where `known_surname` tells the surnames of known people: after "U.S."
/// such a name followed by a lowercase word opens a new sentence ("… the flow of fentanyl
/// into the U.S. Sheinbaum sent 10,000 troops …").
pub fn sentences_with(
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    known_surname: &dyn Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        if i > start && tokens[i].para_start {
            out.push((start, i));
            start = i;
        }
        let t = tokens[i];
        let s = token_text[i];
        // No news sentence runs for hundreds of tokens: text without sentence punctuation
        // (lists, tables, one huge line) is cut at a comma or semicolon after 200 tokens
        // and at 300 tokens in any case, which bounds the work done per sentence.
        let len = i + 1 - start;
        if len >= MAX_SENTENCE_TOKENS || (len >= MAX_SENTENCE_TOKENS * 2 / 3 && matches!(s, "," | ";")) {
            out.push((start, i + 1));
            start = i + 1;
            i += 1;
            continue;
        }
        let terminal = t.kind == TokenKind::Punct && matches!(s, "." | "!" | "?" | "…");
        let abbrev_end = t.kind == TokenKind::Word && s.ends_with('.') && {
            let stem = &s[..s.len() - 1];
            !TITLE_ABBREVIATIONS.contains(&stem) && stem.chars().count() != 1
        };
        if terminal || abbrev_end {
            let mut j = i + 1;
            // Closing quotes and brackets glued to the terminal belong to this sentence.
            while j < tokens.len()
                && tokens[j].kind == TokenKind::Punct
                && is_closer(tokens[j].text(text))
                && !tokens[j].para_start
                && tokens[j].span.start == tokens[j - 1].span.end
            {
                j += 1;
            }
            let next = tokens.get(j);
            let ends = match next {
                None => true,
                Some(n) if n.para_start => true,
                Some(n) => {
                    let ns = n.text(text);
                    if terminal {
                        (n.cap || n.kind == TokenKind::Number || is_opener(ns))
                            && !(matches!(s, "?" | "!") && j > i + 1 && speech_tag(text, tokens, j))
                    } else {
                        // After "U.S." or "Dec." only a typical sentence opener starts a new
                        // sentence; after a town's state ("Sioux Falls, S.D.") an abbreviated
                        // title does too ("Rep. James Clyburn"): a title that belongs to the
                        // state is set off by a comma ("Louisville, Ky., Mayor …").
                        SENTENCE_STARTERS.contains(&ns)
                            || is_opener(ns) && ns != "("
                            || n.cap
                                && n.kind == TokenKind::Word
                                && tokens.get(j + 1).is_some_and(|m| {
                                    m.kind == TokenKind::Word
                                        && !m.cap
                                        && !AFTER_NAME_NOUNS.contains(&token_text[j + 1])
                                })
                                && known_surname(ns)
                            || i > 0
                                && tokens[i - 1].text(text) == ","
                                && crate::recognise::is_us_state_abbreviation(s)
                                && ns.strip_suffix('.').is_some_and(|t| TITLE_ABBREVIATIONS.contains(&t))
                    }
                }
            };
            if ends {
                out.push((start, j));
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

/// A dateline at the head of an article: place, optional date text and agency.
#[derive(Debug, Clone, PartialEq)]
pub struct Dateline {
    /// The token the dateline starts at: the first, or the first after a headline.
    pub start: usize,
    pub place: Span,
    /// The other places of a story filed from several ("MOSCOW/ALMATY").
    pub more_places: Vec<Span>,
    /// The state or country after the place: "CHARLESTON, W.Va. -", "PORT-AU-PRINCE,
    /// Haiti (AP) —".
    pub region: Option<Span>,
    pub date: Option<Span>,
    pub agency: Option<Span>,
    /// The token after the dateline, where its sentence's grammar starts.
    pub tokens: usize,
}

/// Recognises "ASTANA, June 12 (Xinhua) --", "BISHKEK (AKIpress) -", "WASHINGTON —",
/// "COLUMBUS, Ohio (AP) —" at token `from`.
pub fn dateline(text: &str, tokens: &[Token], from: usize) -> Option<Dateline> {
    let caps = |t: &Token| {
        let w = t.text(text);
        t.kind == TokenKind::Word
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(|c| c.is_lowercase())
    };
    // The place: up to four all-caps words, which a hyphen may join ("NUR-SULTAN",
    // "PORT-AU-PRINCE") and an abbreviation's point may follow ("ST. PETERSBURG").
    let run = |mut i: usize| {
        let mut words = 0;
        while i < tokens.len() && words < 4 && caps(&tokens[i]) {
            i += 1;
            words += 1;
            let joined = |j: usize| tokens.get(j).is_some_and(|t| t.span.start == tokens[j - 1].span.end);
            let next_caps = |j: usize| tokens.get(j).is_some_and(caps);
            let mark = tokens.get(i).map(|t| t.text(text));
            let hyphen = mark == Some("-") && joined(i + 1);
            let abbreviation = mark == Some(".") && tokens[i - 1].span.len() <= 3;
            if (hyphen || abbreviation) && joined(i) && next_caps(i + 1) {
                i += 1;
            }
        }
        i
    };
    let mut i = run(from);
    if i == from {
        return None;
    }
    let place = Span::new(tokens[from].span.start, tokens[i - 1].span.end);
    // "MOSCOW/ALMATY, Nov 21 (Reuters) -": a story filed from several places.
    let mut more_places = Vec::new();
    while tokens.get(i).is_some_and(|t| t.text(text) == "/") {
        let end = run(i + 1);
        if end == i + 1 {
            return None;
        }
        more_places.push(Span::new(tokens[i + 1].span.start, tokens[end - 1].span.end));
        i = end;
    }
    let mut date = None;
    let mut region = None;
    let mut agency = None;
    // ", June 12" or ", Dec. 5" or ", 12 June"; before it, a state or country: ", Ohio",
    // ", W.Va.", ", Ky.", ", Haiti".
    for _ in 0..2 {
        if tokens.get(i).is_none_or(|t| t.text(text) != ",") {
            break;
        }
        let ds = i + 1;
        let mut j = ds;
        while j < tokens.len() && j < ds + 4 && tokens[j].is_word() {
            j += 1;
        }
        if j == ds {
            break;
        }
        let first = tokens[ds].text(text);
        let dated = first.starts_with(|c: char| c.is_ascii_digit()) || crate::dates::month(first).is_some();
        if !dated && region.is_none() && date.is_none() {
            // The period of an abbreviation the tokeniser left apart ("Ky", ".").
            if tokens.get(j).is_some_and(|t| t.text(text) == "." && t.span.start == tokens[j - 1].span.end) {
                j += 1;
            }
            region = Some(Span::new(tokens[ds].span.start, tokens[j - 1].span.end));
        } else if date.is_none() {
            date = Some(Span::new(tokens[ds].span.start, tokens[j - 1].span.end));
        } else {
            break;
        }
        i = j;
    }
    // "MOSCOW, July 12. /TASS/.": the agency between slashes after the date's point.
    if date.is_some()
        && tokens.get(i).is_some_and(|t| t.text(text) == ".")
        && tokens.get(i + 1).is_some_and(|t| t.text(text) == "/")
    {
        let mut j = i + 2;
        while j < tokens.len() && j < i + 8 && tokens[j].text(text) != "/" {
            j += 1;
        }
        if tokens.get(j).is_some_and(|t| t.text(text) == "/")
            && j > i + 2
            && tokens.get(j + 1).is_some_and(|t| t.text(text) == ".")
        {
            agency = Some(Span::new(tokens[i + 2].span.start, tokens[j - 1].span.end));
            return Some(Dateline { start: from, place, more_places, region, date, agency, tokens: j + 2 });
        }
        return None;
    }
    if tokens.get(i).is_some_and(|t| t.text(text) == "(") {
        let mut j = i + 1;
        while j < tokens.len() && j < i + 8 && tokens[j].text(text) != ")" {
            j += 1;
        }
        if tokens.get(j).is_some_and(|t| t.text(text) == ")") && j > i + 1 {
            agency = Some(Span::new(tokens[i + 1].span.start, tokens[j - 1].span.end));
            i = j + 1;
        } else {
            return None;
        }
    }
    let dash = tokens.get(i).map(|t| t.text(text))?;
    if matches!(dash, "--" | "-" | "—" | "–" | ":") {
        Some(Dateline { start: from, place, more_places, region, date, agency, tokens: i + 1 })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    /// The tokeniser as it was before it read characters in place: the reference the
    /// property test holds [`tokenize`] to.
    fn tokenize_reference(text: &str) -> Vec<Token> {
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let n = chars.len();
        let at = |i: usize| chars.get(i).map(|c| c.1);
        let pos = |i: usize| chars.get(i).map(|c| c.0).unwrap_or(text.len());
        let mut i = 0;
        let mut newlines = 2; // the text starts a paragraph
        while i < n {
            let c = chars[i].1;
            if c.is_whitespace() {
                if c == '\n' {
                    newlines += 1;
                }
                i += 1;
                continue;
            }
            let para_start = newlines >= 2 || (newlines >= 1 && tokens.is_empty());
            let start = i;
            let kind;
            if c.is_alphanumeric() {
                i += 1;
                loop {
                    match at(i) {
                        Some(d) if d.is_alphanumeric() => i += 1,
                        Some(d)
                            if (d == '-'
                                || d == '.'
                                || d == '&'
                                || d == ',' && c.is_ascii_digit()
                                || is_apostrophe(d))
                                && at(i + 1).is_some_and(|e| e.is_alphanumeric()) =>
                        {
                            // "'s" / "’s" at the end of a word is a possessive of its own.
                            if is_apostrophe(d)
                                && at(i + 1).is_some_and(|e| e == 's' || e == 'S')
                                && !at(i + 2).is_some_and(|e| e.is_alphanumeric())
                            {
                                break;
                            }
                            // A hyphen between capitalised parts separates names: "China-Central Asia".
                            if d == '-' && at(i + 1).is_some_and(char::is_uppercase) && c.is_uppercase() {
                                break;
                            }
                            // A comma only joins digit groups: "1,000".
                            if d == ','
                                && !(at(i + 1).is_some_and(|e| e.is_ascii_digit())
                                    && at(i - 1).is_some_and(|e| e.is_ascii_digit()))
                            {
                                break;
                            }
                            i += 1;
                        }
                        _ => break,
                    }
                }
                let word = &text[pos(start)..pos(i)];
                // Keep the period of abbreviations, initials and dotted acronyms ("U.S.").
                if at(i) == Some('.') {
                    let initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
                    let dotted =
                        word.contains('.') && !word.ends_with('.') && word.split('.').all(|p| p.chars().count() <= 2);
                    if initial || dotted || ABBREVIATIONS.contains(&word) {
                        i += 1;
                    }
                }
                kind = if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
            } else if is_apostrophe(c)
                && matches!(at(i + 1), Some('s') | Some('S'))
                && !at(i + 2).is_some_and(|e| e.is_alphanumeric())
                && i > 0
                && chars[i - 1].1.is_alphanumeric()
            {
                i += 2;
                kind = TokenKind::Possessive;
            } else if c == '-' && at(i + 1) == Some('-') {
                i += 2;
                kind = TokenKind::Punct;
            } else if (c == '\'' || c == '`') && at(i + 1) == Some(c) {
                // Typewriter quotation marks: ``opening'' and ''closing'' (wire and
                // newspaper copy).
                i += 2;
                kind = TokenKind::Punct;
            } else {
                i += 1;
                kind = TokenKind::Punct;
            }
            let span = Span::new(pos(start), pos(i));
            let cap = text[span.start..].chars().next().is_some_and(char::is_uppercase);
            tokens.push(Token { span, kind, cap, para_start });
            newlines = 0;
        }
        tokens
    }

    proptest::proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn tokenize_agrees_with_the_reference(
            text in proptest::collection::vec(
                "(Al|s|S|1|,|\\.|-|&|'|’|`|\"|\n| |é|İ|日本|\u{0301}|\u{00A0}|Mr|Dec)",
                0..30
            ).prop_map(|w| w.concat()),
        ) {
            proptest::prop_assert_eq!(tokenize(&text), tokenize_reference(&text));
        }

        #[test]
        fn the_tokeniser_finds_the_word_starts_of_the_matcher(
            text in proptest::collection::vec(
                "(Al|s|S|1|,|\\.|-|--|&|'|''|`|``|’|\"|\n|\t| |  |é|İ|日本|\u{0301}|\u{00A0}|\u{2019}s|Mr|Dec|U\\.S\\.|\\(|—)",
                0..30
            ).prop_map(|w| w.concat()),
        ) {
            let (_, starts) = tokenize_with_starts(&text);
            let matcher = attache_kb::WordStarts::new(&text);
            proptest::prop_assert_eq!(&starts[..], matcher.starts());
        }
    }

    proptest::proptest! {
        /// The borrowing lowercase is `str::to_lowercase`, and borrows exactly when
        /// nothing changes in an ASCII word.
        #[test]
        fn lowercase_is_to_lowercase(w in "(a|Z|Kok|-|TASH|'s|İ|É|é|ß|Σ|1| )*") {
            let lower = super::lowercase(&w);
            let expected = w.to_lowercase();
            proptest::prop_assert_eq!(&*lower, expected.as_str());
            let borrowed = matches!(lower, std::borrow::Cow::Borrowed(_));
            proptest::prop_assert_eq!(borrowed, w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()));
        }
    }

    use super::*;

    fn sents(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        sentences(text, &toks, &token_texts(text, &toks))
            .into_iter()
            .map(|(a, b)| text[toks[a].span.start..toks[b - 1].span.end].to_string())
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        let s = sents("Gen. J. Smith met U.S. officials on Dec. 5 in St. Petersburg. The talks ended.");
        assert_eq!(s, vec!["Gen. J. Smith met U.S. officials on Dec. 5 in St. Petersburg.", "The talks ended."]);
    }

    #[test]
    fn a_web_address_keeps_no_closing_period() {
        let text = "Police detained three activists, according to Kloop.kg. The U.S. embassy said.";
        let toks = tokenize(text);
        assert!(toks.iter().any(|t| &text[t.span.start..t.span.end] == "Kloop.kg"), "{toks:?}");
        assert!(toks.iter().any(|t| &text[t.span.start..t.span.end] == "U.S."), "{toks:?}");
        assert_eq!(sents(text).len(), 2);
    }

    #[test]
    fn sentence_can_end_with_an_abbreviation() {
        let s = sents("Sanctions were imposed by the U.S. The move angered Moscow.");
        assert_eq!(s.len(), 2, "{s:?}");
        // A town's state, then an abbreviated title: a new sentence.
        let s = sents("The rally was in Sioux Falls, S.D. Rep. James Clyburn spoke on Tuesday.");
        assert_eq!(s, vec!["The rally was in Sioux Falls, S.D.", "Rep. James Clyburn spoke on Tuesday."]);
        // Not after a state that is no town's, nor after a state set off by a comma.
        assert_eq!(sents("He met S.D. Rep. Dusty Johnson.").len(), 1);
        assert_eq!(sents("The Louisville, Ky., Mayor Greg Fischer said so.").len(), 1);
        // A known surname after "U.S.", then a verb: a new sentence; an office, or the
        // surname before the noun it modifies, is not.
        let known = |w: &str| w == "Sheinbaum" || w == "Trump";
        let split = |t: &str| {
            let toks = tokenize(t);
            sentences_with(t, &toks, &token_texts(t, &toks), &known).len()
        };
        assert_eq!(split("Fentanyl flowed into the U.S. Sheinbaum sent troops to the border."), 2);
        assert_eq!(split("He met the U.S. Trump administration officials."), 1);
        assert_eq!(split("The U.S. Senate prepares to vote."), 1);
        assert_eq!(sents("Fentanyl flowed into the U.S. Sheinbaum sent troops to the border.").len(), 1);
    }

    #[test]
    fn quotes_close_sentences_and_paragraphs_split() {
        let s = sents("He said: \"We agree.\" She left.\n\nA new paragraph");
        assert_eq!(s, vec!["He said: \"We agree.\"", "She left.", "A new paragraph"]);
    }

    #[test]
    fn a_speech_tag_after_a_quoted_question_stays_in_its_sentence() {
        let s = sents("\"Who knows the platform?\" Graham asked. \"Neither do I.\"");
        assert_eq!(s, vec!["\"Who knows the platform?\" Graham asked.", "\"Neither do I.\""]);
        let s = sents("\"Why?\" Senators Asked Questions.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn runaway_sentences_are_cut() {
        let text = "word ".repeat(1000);
        let toks = tokenize(&text);
        let s = sentences(&text, &toks, &token_texts(&text, &toks));
        assert!(
            s.iter().all(|(a, b)| b - a <= MAX_SENTENCE_TOKENS),
            "{:?}",
            s.iter().map(|(a, b)| b - a).collect::<Vec<_>>()
        );
        assert_eq!(s.first().map(|x| x.0), Some(0));
        assert_eq!(s.last().map(|x| x.1), Some(toks.len()));
    }

    #[test]
    fn possessives_are_their_own_tokens() {
        let text = "China’s and Xi's, O'Brien";
        let toks: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(toks, vec!["China", "’s", "and", "Xi", "'s", ",", "O'Brien"]);
    }

    #[test]
    fn datelines() {
        let text = "ASTANA, June 12 (Xinhua) -- Kazakhstan said.";
        let toks = tokenize(text);
        let d = dateline(text, &toks, 0).unwrap();
        assert_eq!(&text[d.place.start..d.place.end], "ASTANA");
        assert_eq!(&text[d.date.unwrap().start..d.date.unwrap().end], "June 12");
        assert_eq!(&text[d.agency.unwrap().start..d.agency.unwrap().end], "Xinhua");
        let text = "MOSCOW/ALMATY, Nov 21 (Reuters) - Russia";
        let d = dateline(text, &tokenize(text), 0).unwrap();
        assert_eq!(&text[d.place.start..d.place.end], "MOSCOW");
        assert_eq!(d.more_places.iter().map(|p| &text[p.start..p.end]).collect::<Vec<_>>(), ["ALMATY"]);
        assert_eq!(&text[d.date.unwrap().start..d.date.unwrap().end], "Nov 21");
        let text = "DUSHANBE, October 22. /TASS/. Military units from Russia";
        let d = dateline(text, &tokenize(text), 0).unwrap();
        assert_eq!(&text[d.date.unwrap().start..d.date.unwrap().end], "October 22");
        assert_eq!(&text[d.agency.unwrap().start..d.agency.unwrap().end], "TASS");
        assert_eq!(tokenize(text)[d.tokens].text(text), "Military");
        let text = "NEW DELHI (AP) — India";
        let d = dateline(text, &tokenize(text), 0).unwrap();
        assert_eq!(&text[d.place.start..d.place.end], "NEW DELHI");
        assert!(dateline("The U.S. said", &tokenize("The U.S. said"), 0).is_none());
        for (text, place) in [
            ("NUR-SULTAN -- Police in Kazakhstan", "NUR-SULTAN"),
            ("PORT-AU-PRINCE, Haiti (AP) — Gangs", "PORT-AU-PRINCE"),
            ("ST. PETERSBURG, Russia (Reuters) - Putin", "ST. PETERSBURG"),
        ] {
            let d = dateline(text, &tokenize(text), 0).unwrap();
            assert_eq!(&text[d.place.start..d.place.end], place);
        }
        // A state or country after the place is no date; a date may follow it.
        for (text, region, date) in [
            ("PORT-AU-PRINCE, Haiti (AP) — Gangs", "Haiti", None),
            ("CHARLESTON, W.Va. - Jim McMillon", "W.Va.", None),
            ("LOUISVILLE, Ky. (AP) — A judge", "Ky.", None),
            ("COLUMBUS, Ohio, March 3 (AP) — Gov. Ted Strickland", "Ohio", Some("March 3")),
        ] {
            let d = dateline(text, &tokenize(text), 0).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(d.region.map(|r| &text[r.start..r.end]), Some(region), "{text}");
            assert_eq!(d.date.map(|r| &text[r.start..r.end]), date, "{text}");
        }
        // After a headline.
        let text = "Lions Club member wins chance to kiss pig. CHARLESTON, W.Va. - Jim McMillon won.";
        let toks = tokenize(text);
        let at = toks.iter().position(|t| t.text(text) == "CHARLESTON").unwrap();
        let d = dateline(text, &toks, at).unwrap();
        assert_eq!((d.start, &text[d.place.start..d.place.end]), (at, "CHARLESTON"));
        assert_eq!(toks[d.tokens].text(text), "Jim");
    }
}
