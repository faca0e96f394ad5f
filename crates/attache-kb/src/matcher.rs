//! A compiled dictionary: many patterns, each with one or more targets, matched
//! leftmost-longest on word boundaries.
//!
//! Every pattern starts a word, so the dictionary is searched only where a word starts,
//! and the word there picks the candidates: patterns are grouped by their first word
//! (the run of letters and digits they start with), longest first. One hash lookup per
//! word start rejects almost every word; a hit compares a handful of candidates. This
//! replaced an anchored Aho-Corasick search at each word start, which cost more per word
//! start and most of the knowledge base's load time to compile (failure transitions that
//! anchored searches never follow). docs/PERFORMANCE.md has the figures.
//!
//! At a word start the longest pattern that matches and ends on a word boundary (or ends
//! with a character that is not part of a word) is taken: a longer pattern that stops
//! inside a word ("indicted for" in "indicted former") does not hide a shorter one.

use attache_model::Span;
use rustc_hash::FxHashMap;

pub struct Dictionary<T> {
    /// The group of patterns of each first word (an index into `groups`).
    by_first: FxHashMap<Box<str>, u32>,
    /// The groups by the [`Vocabulary`] id of the first word's ASCII lowercase: the index
    /// into `groups` of each id's group (`NO_WORD` for none), read directly at every word
    /// start instead of hashing its id (empty until [`Dictionary::index_words`]). A
    /// case-sensitive dictionary's group holds every spelling of the word; the
    /// comparison of the whole pattern keeps the one the text has.
    by_id: Vec<u32>,
    /// Each group's range in `candidates`: its patterns, longest first.
    groups: Vec<(u32, u32)>,
    candidates: Vec<Candidate>,
    /// This dictionary's place among those indexed by a [`Vocabulary`]: the list of word
    /// starts it reads in a [`WordStarts`] (`None` until indexed, or past
    /// [`MAX_INDEXED`]).
    slot: Option<u32>,
    patterns: Vec<Box<str>>,
    /// The targets of every pattern in one list, pattern after pattern; `target_ends`
    /// holds where each pattern's targets end.
    targets: Vec<T>,
    target_ends: Vec<u32>,
    case_insensitive: bool,
    /// Some pattern starts with a character that is not a letter or digit.
    punctuation_first: bool,
}

/// A pattern among those of its first word, with what rejects most of them without
/// reading the pattern: its length and the two bytes after its first word.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    pattern: u32,
    len: u32,
    /// The (up to) two bytes after the first word, ASCII-lowercased, the first in the low
    /// byte; `mask` has 0xff for each byte the pattern has.
    next: u16,
    mask: u16,
}

impl Candidate {
    /// The candidate of pattern number `pattern`, whose text is `text` and whose first
    /// word is `word_len` bytes long.
    fn new(pattern: u32, text: &str, word_len: usize) -> Candidate {
        let bytes = text.as_bytes();
        let (mut next, mut mask) = (0u16, 0u16);
        for (n, &b) in bytes[word_len..].iter().take(2).enumerate() {
            next |= (b.to_ascii_lowercase() as u16) << (8 * n);
            mask |= 0xff << (8 * n);
        }
        Candidate { pattern, len: bytes.len() as u32, next, mask }
    }
}

/// One dictionary match: where it is and what it may refer to.
#[derive(Debug, Clone, Copy)]
pub struct Hit<'a, T> {
    pub span: Span,
    pub targets: &'a [T],
}

/// Collects patterns and their targets before compiling them.
pub struct DictionaryBuilder<T> {
    /// Each pattern with its number, which is its place in `targets`: the pattern's only
    /// copy until [`DictionaryBuilder::into_parts`] lists them in order (the knowledge
    /// base has some 65,000, and a second copy of each was a tenth of its load).
    index: FxHashMap<String, usize>,
    targets: Vec<Targets<T>>,
    case_insensitive: bool,
}

/// A pattern's distinct targets in the order they were added: the first held in place,
/// since most patterns have only one (a vector for each was a twentieth of the load).
#[derive(Debug, Clone, PartialEq)]
struct Targets<T> {
    first: T,
    more: Vec<T>,
}

impl<T: Copy + PartialEq> Targets<T> {
    fn iter(&self) -> impl Iterator<Item = &T> {
        std::iter::once(&self.first).chain(&self.more)
    }

    fn add(&mut self, target: T) {
        if self.first != target && !self.more.contains(&target) {
            self.more.push(target);
        }
    }
}

impl<T: Copy + PartialEq> DictionaryBuilder<T> {
    pub fn new(case_insensitive: bool) -> Self {
        DictionaryBuilder { index: FxHashMap::default(), targets: Vec::new(), case_insensitive }
    }

    /// Room for `n` more patterns, so that the index is not rebuilt as it grows.
    pub fn reserve(&mut self, n: usize) {
        self.index.reserve(n);
        self.targets.reserve(n);
    }

    pub fn add(&mut self, pattern: &str, target: T) {
        let mut pattern = pattern.trim();
        // Names are matched without their article: the recogniser reads "the" itself, and
        // a pattern "the Taliban" would hide the name from a run starting at "Taliban".
        if !self.case_insensitive {
            if let Some(rest) = pattern.strip_prefix("the ") {
                pattern = rest;
            }
        }
        if pattern.is_empty() {
            return;
        }
        let lowered = self.case_insensitive.then(|| pattern.to_ascii_lowercase());
        let key = lowered.as_deref().unwrap_or(pattern);
        match self.index.get(key) {
            Some(&i) => self.targets[i].add(target),
            None => {
                self.index.insert(lowered.unwrap_or_else(|| pattern.to_string()), self.targets.len());
                self.targets.push(Targets { first: target, more: Vec::new() });
            }
        }
    }

    /// The patterns in the order they were first added, and the targets of each.
    fn into_parts(self) -> (Vec<String>, Vec<Targets<T>>) {
        let mut patterns = vec![String::new(); self.targets.len()];
        for (p, i) in self.index {
            patterns[i] = p;
        }
        (patterns, self.targets)
    }

    /// Splits the patterns in two by a predicate on the pattern: (matching, the rest).
    pub fn split(self, pred: impl Fn(&str) -> bool) -> (Self, Self) {
        let ci = self.case_insensitive;
        let (mut yes, mut no) = (DictionaryBuilder::new(ci), DictionaryBuilder::new(ci));
        let (patterns, targets) = self.into_parts();
        // Each side sized for its patterns, so that its index is not rebuilt as it grows.
        let matching = patterns.iter().filter(|p| pred(p)).count();
        yes.reserve(matching);
        no.reserve(patterns.len() - matching);
        for (p, ts) in patterns.into_iter().zip(targets) {
            let side = if pred(&p) { &mut yes } else { &mut no };
            // A pattern `add` would file under itself, not yet on its side, moves there
            // with its targets (distinct already); any other is added again target by target.
            let as_is = !p.is_empty() && p.trim().len() == p.len() && (ci || !p.starts_with("the "));
            if as_is && !side.index.contains_key(p.as_str()) {
                side.index.insert(p, side.targets.len());
                side.targets.push(ts);
            } else {
                for &t in ts.iter() {
                    side.add(&p, t);
                }
            }
        }
        (yes, no)
    }

    /// Groups the patterns by their first word.
    pub fn build(self) -> Dictionary<T> {
        let case_insensitive = self.case_insensitive;
        let (patterns, pattern_targets) = self.into_parts();
        let mut targets = Vec::with_capacity(pattern_targets.len());
        let mut target_ends = Vec::with_capacity(pattern_targets.len());
        for t in pattern_targets {
            targets.push(t.first);
            targets.extend(t.more);
            target_ends.push(targets.len() as u32);
        }
        // Each first word is numbered as it is first seen: its group's number. The groups'
        // members are then laid out in one list, group after group, each in the order of
        // the patterns (a counting sort), rather than in a vector for each group.
        let mut by_first: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut group_of = Vec::with_capacity(patterns.len());
        // Per group: its first word's length, then its size.
        let mut sizes: Vec<(usize, u32)> = Vec::new();
        for p in &patterns {
            let word = first_word(p);
            let g = match by_first.get(word) {
                Some(&g) => g,
                None => {
                    by_first.insert(Box::from(word), sizes.len() as u32);
                    sizes.push((word.len(), 0));
                    sizes.len() as u32 - 1
                }
            };
            sizes[g as usize].1 += 1;
            group_of.push(g);
        }
        let mut next: Vec<u32> = Vec::with_capacity(sizes.len());
        let mut total = 0;
        for &(_, size) in &sizes {
            next.push(total);
            total += size;
        }
        let mut members = vec![0u32; patterns.len()];
        for (i, &g) in group_of.iter().enumerate() {
            members[next[g as usize] as usize] = i as u32;
            next[g as usize] += 1;
        }
        let patterns: Vec<Box<str>> = patterns.into_iter().map(String::into_boxed_str).collect();
        let mut candidates = Vec::with_capacity(patterns.len());
        let mut start = 0;
        let groups = sizes
            .iter()
            .map(|&(word_len, size)| {
                let group = &mut members[start..start + size as usize];
                start += size as usize;
                push_group(&mut candidates, &patterns, group, word_len)
            })
            .collect();
        let punctuation_first = by_first.contains_key("");
        Dictionary {
            by_first,
            by_id: Vec::new(),
            groups,
            candidates,
            slot: None,
            patterns,
            targets,
            target_ends,
            case_insensitive,
            punctuation_first,
        }
    }
}

/// Appends a group of patterns (indices into `patterns`) whose first words are
/// `word_len` bytes long to `candidates`, longest first, and returns its range.
fn push_group(
    candidates: &mut Vec<Candidate>,
    patterns: &[Box<str>],
    group: &mut [u32],
    word_len: usize,
) -> (u32, u32) {
    if group.len() > 1 {
        group.sort_by_key(|&i| (std::cmp::Reverse(patterns[i as usize].len()), i));
    }
    let start = candidates.len() as u32;
    candidates.extend(group.iter().map(|&i| Candidate::new(i, &patterns[i as usize], word_len)));
    (start, group.len() as u32)
}

/// An uppercase letter or a digit: where a name can start.
pub fn capitalised(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit()
}

/// Whether a match ending at byte `e` ends on a word boundary: the character before or
/// the one after `e` is not part of a word.
fn ends_word(text: &str, e: usize) -> bool {
    // The characters on either side of the end: most often ASCII, read from the bytes.
    let bytes = text.as_bytes();
    let (last, after) = match (bytes.get(e.wrapping_sub(1)), bytes.get(e)) {
        (Some(&l), Some(&a)) if l.is_ascii() && a.is_ascii() => (Some(l as char), Some(a as char)),
        _ if !text.is_char_boundary(e) => return false,
        _ => (text[..e].chars().next_back(), text[e..].chars().next()),
    };
    !is_word_char(after) || !is_word_char(last)
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(is_alphanumeric)
}

/// `char::is_alphanumeric`, without its Unicode tables for the General Punctuation block
/// (U+2000 to U+206F: spaces, dashes, curly quotes and the like, none of them a letter or
/// a digit), whose dashes and quotes stand between the words of much news text.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// `word` with its ASCII letters lowercased: `word` itself when it has no uppercase one,
/// else a copy in `buf`.
fn ascii_lowercase<'a>(word: &'a str, buf: &'a mut String) -> &'a str {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        buf.clear();
        buf.push_str(word);
        buf.make_ascii_lowercase();
        buf.as_str()
    } else {
        word
    }
}

/// The run of letters and digits `s` starts with (empty when it starts with another
/// character).
fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut end = 0;
    loop {
        while end < bytes.len() && ASCII_ALNUM[bytes[end] as usize] {
            end += 1;
        }
        match s[end..].chars().next() {
            Some(c) if !c.is_ascii() && is_alphanumeric(c) => end += c.len_utf8(),
            _ => break,
        }
    }
    &s[..end]
}

/// The first words of every dictionary's patterns, ASCII-lowercased, each with a small
/// id: a text's word starts are looked up once here, and each dictionary then finds its
/// candidates by id instead of hashing the word again.
#[derive(Default)]
pub struct Vocabulary {
    /// Words of at most [`SHORT_WORD`] bytes by [`word_key`]: one number to hash and
    /// compare, and no copy of the word, at every word start of a text.
    short: FxHashMap<u128, u32>,
    /// Longer words by their bytes.
    ids: FxHashMap<Box<[u8]>, u32>,
    /// For each id, the dictionaries whose patterns start with the word: one bit for
    /// each dictionary's slot.
    users: Vec<u32>,
    /// The dictionaries indexed so far.
    dictionaries: u32,
}

/// The most dictionaries that one [`Vocabulary`] gives lists of word starts of their
/// own; any more search by hashing each word ([`Dictionary::find_in`]).
const MAX_INDEXED: u32 = 32;

/// The longest word kept in [`Vocabulary::short`].
const SHORT_WORD: usize = 15;

/// A word of at most 15 bytes with its ASCII letters lowercased, as one number: its
/// bytes, then zeros, and its length in the last byte (so that no two words share a
/// key). The letters are lowercased eight at a time.
pub fn word_key(word: &[u8]) -> u128 {
    let len = word.len();
    let load8 = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap_or_default());
    let load4 = |b: &[u8]| u32::from_le_bytes(b.try_into().unwrap_or_default()) as u64;
    // The bytes as two numbers, read by (overlapping) loads of eight or four bytes rather
    // than copied at any length: this runs at every token of some stages.
    let (low, high) = match len {
        0..=3 => (word.iter().rev().fold(0u64, |x, &b| x << 8 | b as u64), 0),
        4..=7 => (load4(&word[..4]) | load4(&word[len - 4..]) << (8 * (len - 4)), 0),
        8 => (load8(word), 0),
        9..=16 => (load8(&word[..8]), load8(&word[len - 8..]) >> (8 * (16 - len))),
        _ => {
            let mut buf = [0u8; 16];
            buf[..len].copy_from_slice(word);
            (load8(&buf[..8]), load8(&buf[8..]))
        }
    };
    let key = ascii_lowercase8(low) as u128 | (ascii_lowercase8(high) as u128) << 64;
    key | (len as u128) << 120
}

/// As [`word_key`] for the word `text[i..end]` of at most 15 bytes: the 16 bytes of
/// `text` from `i`, when it has them, are read as one number and cut to the word instead
/// of copied byte by byte.
fn word_key_in(text: &[u8], i: usize, end: usize) -> u128 {
    let len = end - i;
    debug_assert!(len <= SHORT_WORD);
    match text.get(i..i + 16) {
        Some(chunk) => {
            let bytes = u128::from_le_bytes(chunk.try_into().unwrap_or_default());
            let word = bytes & ((1u128 << (8 * len)) - 1);
            let key = ascii_lowercase8(word as u64) as u128 | (ascii_lowercase8((word >> 64) as u64) as u128) << 64;
            key | (len as u128) << 120
        }
        None => word_key(&text[i..end]),
    }
}

/// Eight bytes (read as one number) with their ASCII uppercase letters lowercased.
fn ascii_lowercase8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte, its low seven bits plus a bias sets the high bit from 'A' on, and from
    // past 'Z' on; no sum carries into the next byte.
    let low = x & !HIGH;
    let from_a = low + ONES * (0x80 - b'A' as u64);
    let past_z = low + ONES * (0x80 - b'Z' as u64 - 1);
    // An ASCII byte (high bit clear) from 'A' to 'Z' takes the 0x20 of its lowercase.
    let upper = from_a & !past_z & !x & HIGH;
    x | upper >> 2
}

/// Whether two byte strings are equal up to ASCII case, as `[u8]::eq_ignore_ascii_case`,
/// compared eight bytes at a time.
fn eq_ignore_ascii_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut ca, mut cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let word = |c: &[u8]| ascii_lowercase8(u64::from_le_bytes(c.try_into().unwrap_or_default()));
    (&mut ca).zip(&mut cb).all(|(x, y)| word(x) == word(y)) && ca.remainder().eq_ignore_ascii_case(cb.remainder())
}

impl Vocabulary {
    fn intern(&mut self, word: &str, buf: &mut String) -> u32 {
        let id = self.len() as u32;
        if word.len() <= SHORT_WORD {
            return *self.short.entry(word_key(word.as_bytes())).or_insert(id);
        }
        let key = ascii_lowercase(word, buf).as_bytes();
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        self.ids.insert(Box::from(key), id);
        id
    }

    /// The id of `word` (its bytes) in any case, if some pattern starts with it.
    fn id(&self, word: &[u8], buf: &mut Vec<u8>) -> Option<u32> {
        if word.len() <= SHORT_WORD {
            return self.short.get(&word_key(word)).copied();
        }
        buf.clear();
        buf.extend_from_slice(word);
        buf.make_ascii_lowercase();
        self.ids.get(&buf[..]).copied()
    }

    /// As [`Vocabulary::id`] for the word `text[i..end]`.
    fn id_in(&self, text: &[u8], i: usize, end: usize, buf: &mut Vec<u8>) -> Option<u32> {
        if end - i <= SHORT_WORD {
            return self.short.get(&word_key_in(text, i, end)).copied();
        }
        self.id(&text[i..end], buf)
    }

    pub fn len(&self) -> usize {
        self.short.len() + self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The lists of word starts a [`WordStarts`] keeps: one for each slot.
    fn slots(&self) -> usize {
        self.dictionaries.min(MAX_INDEXED) as usize
    }
}

/// Where words start in a text. A word starts at a letter or digit that follows
/// anything else; the run of letters and digits from there is its first word. Any other
/// character that follows anything but a letter or digit also starts one (with an empty
/// first word), for patterns that start with punctuation.
pub struct WordStarts<'t> {
    text: &'t str,
    /// `(start, end of the run of letters and digits there)`.
    starts: Vec<(usize, usize)>,
    /// For each dictionary indexed by the [`Vocabulary`] (by its slot), the starts whose
    /// first word starts some pattern of it: `(index into starts, the word's id)`, the
    /// only starts it reads. Empty when made without a vocabulary.
    lists: Vec<Vec<(u32, u32)>>,
}

const NO_WORD: u32 = u32::MAX;

/// For each byte, whether it is an ASCII letter or digit: one load where the test is
/// read at every byte of a text (the tokeniser reads it too).
pub static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

impl<'t> WordStarts<'t> {
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(text.len() / 4);
        let mut prev_word = false;
        let mut i = 0;
        while i < bytes.len() {
            let (word, len) = if bytes[i].is_ascii() {
                (ASCII_ALNUM[bytes[i] as usize], 1)
            } else {
                let c = text[i..].chars().next().unwrap_or_default();
                (is_alphanumeric(c), c.len_utf8())
            };
            if word {
                // Only the first character of a run starts a word. ASCII letters and digits
                // are skipped here; `first_word` reads the rest of a run that has others.
                let mut end = i + len;
                while end < bytes.len() && ASCII_ALNUM[bytes[end] as usize] {
                    end += 1;
                }
                if end < bytes.len() && !bytes[end].is_ascii() {
                    end += first_word(&text[end..]).len();
                }
                starts.push((i, end));
                prev_word = true;
                i = end;
            } else {
                if !prev_word {
                    starts.push((i, i));
                }
                prev_word = false;
                i += len;
            }
        }
        WordStarts { text, starts, lists: Vec::new() }
    }

    /// The word starts of `text` found beforehand: `starts` must be those that
    /// [`WordStarts::new`] finds (the analysis's tokeniser gathers them as it reads).
    pub fn from_starts(text: &'t str, starts: Vec<(usize, usize)>) -> Self {
        WordStarts { text, starts, lists: Vec::new() }
    }

    /// `(start, end of the run of letters and digits there)` of every word start.
    pub fn starts(&self) -> &[(usize, usize)] {
        &self.starts
    }

    /// As [`WordStarts::new`], with each first word looked up in `vocabulary` once, for
    /// the dictionaries indexed by it ([`Dictionary::index_words`]).
    pub fn with_vocabulary(text: &'t str, vocabulary: &Vocabulary) -> Self {
        WordStarts::new(text).indexed(vocabulary)
    }

    /// These word starts with each first word looked up in `vocabulary`, as
    /// [`WordStarts::with_vocabulary`].
    pub fn indexed(self, vocabulary: &Vocabulary) -> Self {
        let mut words = self;
        let text = words.text;
        let mut buf = Vec::new();
        // Starts at punctuation, with an empty first word, share one lookup.
        let empty = vocabulary.id(b"", &mut buf).unwrap_or(NO_WORD);
        let bytes = text.as_bytes();
        // Sized for half the starts each, past what most lists of a text reach: growing
        // them as they filled cost more than the allocation.
        let mut lists: Vec<Vec<(u32, u32)>> =
            (0..vocabulary.slots()).map(|_| Vec::with_capacity(words.starts.len() / 2)).collect();
        for (k, &(i, end)) in words.starts.iter().enumerate() {
            let id = if i == end { empty } else { vocabulary.id_in(bytes, i, end, &mut buf).unwrap_or(NO_WORD) };
            if id == NO_WORD {
                continue;
            }
            let mut users = vocabulary.users[id as usize];
            while users != 0 {
                lists[users.trailing_zeros() as usize].push((k as u32, id));
                users &= users - 1;
            }
        }
        words.lists = lists;
        words
    }
}

/// The character at byte `i` of `text` (`'\0'` at its end): an ASCII byte is the
/// character, read without slicing the text and decoding.
fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => b as char,
        _ => text[i..].chars().next().unwrap_or_default(),
    }
}

impl<T> Dictionary<T> {
    pub fn len(&self) -> usize {
        self.target_ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.target_ends.is_empty()
    }

    /// The targets of pattern `p`.
    fn targets_of(&self, p: u32) -> &[T] {
        let start = match p {
            0 => 0,
            p => self.target_ends[p as usize - 1] as usize,
        };
        &self.targets[start..self.target_ends[p as usize] as usize]
    }

    /// Matches starting where a word starts with an uppercase letter or a digit.
    pub fn find_capitalised<'a>(&'a self, text: &str) -> Vec<Hit<'a, T>> {
        self.find_at_word_starts(text, capitalised)
    }

    /// Indexes the pattern groups by the ids of their first words in `vocabulary`, adding
    /// the words it lacks.
    pub fn index_words(&mut self, vocabulary: &mut Vocabulary) {
        let slot = (vocabulary.dictionaries < MAX_INDEXED).then_some(vocabulary.dictionaries);
        vocabulary.dictionaries += 1;
        let mut by_id: Vec<u32> = Vec::new();
        let mut buf = String::new();
        vocabulary.short.reserve(self.by_first.len());
        for (word, &group) in &self.by_first {
            let id = vocabulary.intern(word, &mut buf) as usize;
            if vocabulary.users.len() <= id {
                vocabulary.users.resize(id + 1, 0);
            }
            if let Some(slot) = slot {
                vocabulary.users[id] |= 1 << slot;
            }
            if by_id.len() <= id {
                by_id.resize(id + 1, NO_WORD);
            }
            match by_id[id] {
                NO_WORD => by_id[id] = group,
                // Another spelling of the word ("US", "Us") in a case-sensitive dictionary:
                // the two groups are merged into a new one.
                g => {
                    let mut v: Vec<u32> = [g, group].iter().flat_map(|&g| self.group(g)).map(|c| c.pattern).collect();
                    by_id[id] = self.groups.len() as u32;
                    let range = push_group(&mut self.candidates, &self.patterns, &mut v, word.len());
                    self.groups.push(range);
                }
            }
        }
        self.by_id = by_id;
        self.slot = slot;
    }

    fn group(&self, g: u32) -> &[Candidate] {
        let (start, len) = self.groups[g as usize];
        &self.candidates[start as usize..(start + len) as usize]
    }

    /// The longest of `candidates` (longest first) that matches at byte `i`, with its end.
    /// The first `known` bytes (the first word) are known to match every candidate
    /// whatever their ASCII case, and are compared only in a case-sensitive dictionary.
    fn longest_of(&self, text: &str, i: usize, candidates: &[Candidate], known: usize) -> Option<(u32, usize)> {
        let rest = &text.as_bytes()[i..];
        // The two bytes after the first word (in a pattern of several words, the space
        // and the second word's initial) reject most candidates before the whole
        // comparison.
        let byte = |j: usize| rest.get(j).map_or(0, |b| b.to_ascii_lowercase() as u16);
        let next = byte(known) | byte(known + 1) << 8;
        candidates.iter().find_map(|c| {
            let len = c.len as usize;
            if len > rest.len() || (next ^ c.next) & c.mask != 0 {
                return None;
            }
            let (head, pat) = (&rest[..len], self.patterns[c.pattern as usize].as_bytes());
            let same = if self.case_insensitive {
                let k = known.min(len);
                eq_ignore_ascii_case(&head[k..], &pat[k..])
            } else {
                head == pat
            };
            // The longest pattern that ends on a word boundary: "indicted for" does not
            // hide "indicted" in "indicted former".
            (same && ends_word(text, i + len)).then_some((c.pattern, i + len))
        })
    }

    /// The longest pattern that matches at byte `i`, among those whose first word is
    /// `word` (the run of letters and digits at `i`), with its end.
    fn longest_at(&self, text: &str, i: usize, word: &str, buf: &mut String) -> Option<(u32, usize)> {
        let key = if self.case_insensitive { ascii_lowercase(word, buf) } else { word };
        self.longest_of(text, i, self.group(*self.by_first.get(key)?), word.len())
    }

    /// Matches starting only where a word starts with a character accepted by `first`.
    pub fn find_at_word_starts<'a>(&'a self, text: &str, first: impl Fn(char) -> bool) -> Vec<Hit<'a, T>> {
        self.find_in(&WordStarts::new(text), first)
    }

    /// As [`Dictionary::find_at_word_starts`], over word starts found beforehand (one
    /// [`WordStarts`] serves every dictionary searched in the same text).
    pub fn find_in<'a>(&'a self, words: &WordStarts, first: impl Fn(char) -> bool) -> Vec<Hit<'a, T>> {
        let text = words.text;
        let mut hits = Vec::new();
        let mut next_free = 0;
        if let Some(list) = self.slot.and_then(|s| words.lists.get(s as usize)) {
            // Indexed by the vocabulary: only the starts whose first word starts some
            // pattern of this dictionary are read.
            for &(k, id) in list {
                let (i, run_end) = words.starts[k as usize];
                if i < next_free || (i == run_end && !self.punctuation_first) {
                    continue;
                }
                let candidates = match self.by_id.get(id as usize) {
                    Some(&g) if g != NO_WORD => self.group(g),
                    _ => continue,
                };
                let c = char_at(text, i);
                if !first(c) {
                    continue;
                }
                // The group is that of the first word at `i`: in a case-insensitive
                // dictionary every candidate starts with it, in some ASCII case.
                if let Some(found) = self.longest_of(text, i, candidates, run_end - i) {
                    self.keep(i, found, &mut hits, &mut next_free);
                }
            }
            return hits;
        }
        let mut buf = String::new();
        for &(i, run_end) in &words.starts {
            if i < next_free || (i == run_end && !self.punctuation_first) {
                continue;
            }
            let c = char_at(text, i);
            if !first(c) {
                continue;
            }
            if let Some(found) = self.longest_at(text, i, &text[i..run_end], &mut buf) {
                self.keep(i, found, &mut hits, &mut next_free);
            }
        }
        hits
    }

    /// Keeps the longest match at byte `i`, pattern `p` ending at `e`, when it ends on a
    /// word boundary.
    fn keep<'a>(&'a self, i: usize, (p, e): (u32, usize), hits: &mut Vec<Hit<'a, T>>, next_free: &mut usize) {
        hits.push(Hit { span: Span::new(i, e), targets: self.targets_of(p) });
        *next_free = e;
    }

    /// Every match in `text` that starts and ends on a word boundary, leftmost-longest.
    pub fn find<'a>(&'a self, text: &str) -> Vec<Hit<'a, T>> {
        self.find_at_word_starts(text, |_| true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphanumeric_as_the_standard_library_says_for_every_character() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    impl<T: Copy + PartialEq> DictionaryBuilder<T> {
        /// The patterns in the order they were first added.
        fn pattern_list(&self) -> Vec<String> {
            let mut patterns = vec![String::new(); self.targets.len()];
            for (p, &i) in &self.index {
                patterns[i] = p.clone();
            }
            patterns
        }
    }

    #[test]
    fn leftmost_longest_on_word_boundaries() {
        let mut b = DictionaryBuilder::new(false);
        b.add("Kazakh", 1);
        b.add("Kazakhstan", 2);
        b.add("Li", 3);
        let d = b.build();
        let hits = d.find("Kazakhstan and Kazakh Lin and Li’s.");
        let got: Vec<_> = hits.iter().map(|h| (h.span.start, h.targets[0])).collect();
        assert_eq!(got, vec![(0, 2), (15, 1), (30, 3)]);
    }

    #[test]
    fn a_longer_pattern_ending_inside_a_word_leaves_the_shorter_one() {
        let mut b = DictionaryBuilder::new(true);
        b.add("indicted", 1);
        b.add("indicted for", 2);
        let d = b.build();
        let spans = |text: &str| d.find(text).iter().map(|h| (h.span.end, h.targets[0])).collect::<Vec<_>>();
        assert_eq!(spans("Prosecutors indicted former officials"), vec![(20, 1)]);
        assert_eq!(spans("indicted for fraud"), vec![(12, 2)]);
    }

    #[test]
    fn capitalised_search_finds_the_same_names() {
        let mut b = DictionaryBuilder::new(false);
        for (p, t) in [("Kazakh", 1), ("Kazakhstan", 2), ("Central Asia", 3), ("Li", 4), ("police", 5)] {
            b.add(p, t);
        }
        let d = b.build();
        let text = "China-Central Asia talks in Kazakhstan, with Kazakh police and Li’s aides; Lin and Kazakhs.";
        let all: Vec<(usize, usize)> = d.find(text).iter().map(|h| (h.span.start, h.span.end)).collect();
        let caps: Vec<(usize, usize)> = d.find_capitalised(text).iter().map(|h| (h.span.start, h.span.end)).collect();
        assert_eq!(all, vec![(6, 18), (28, 38), (45, 51), (52, 58), (63, 65)]);
        assert_eq!(caps, vec![(6, 18), (28, 38), (45, 51), (63, 65)]);
    }

    /// The specification the grouped search must agree with: at each word start, the
    /// longest pattern that matches there and ends on a word boundary.
    fn reference(patterns: &[String], ci: bool, text: &str, first: impl Fn(char) -> bool) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut next_free = 0;
        let mut prev = None;
        for (i, c) in text.char_indices() {
            let start = !is_word_char(prev);
            prev = Some(c);
            if !start || i < next_free || !first(c) {
                continue;
            }
            let rest = &text.as_bytes()[i..];
            let matches = |p: &&String| {
                rest.len() >= p.len()
                    && if ci {
                        rest[..p.len()].eq_ignore_ascii_case(p.as_bytes())
                    } else {
                        &rest[..p.len()] == p.as_bytes()
                    }
            };
            let on_boundary = |p: &&String| {
                let e = i + p.len();
                text.is_char_boundary(e) && {
                    let (last, after) = (text[..e].chars().next_back(), text[e..].chars().next());
                    !is_word_char(after) || !is_word_char(last)
                }
            };
            let Some(p) = patterns.iter().filter(matches).filter(on_boundary).max_by_key(|p| p.len()) else {
                continue;
            };
            out.push((i, i + p.len()));
            next_free = i + p.len();
        }
        out
    }

    use proptest::prelude::*;

    proptest::proptest! {
        #[test]
        fn eight_bytes_at_a_time_compare_as_byte_by_byte(
            a in proptest::collection::vec(proptest::sample::select(b"aAzZ@[`{ \xc3\xa9\xe3".to_vec()), 0..40),
            flips in proptest::collection::vec(proptest::num::u8::ANY, 0..40),
        ) {
            // b: a with some bytes changed (case flips and others), or a itself.
            let b: Vec<u8> = a.iter().zip(flips.iter().chain(std::iter::repeat(&0))).map(|(&x, &f)| x ^ (f & 0x21)).collect();
            proptest::prop_assert_eq!(eq_ignore_ascii_case(&a, &b), a.eq_ignore_ascii_case(&b));
            proptest::prop_assert!(eq_ignore_ascii_case(&a, &a));
            proptest::prop_assert_eq!(eq_ignore_ascii_case(&a, &b[..b.len() / 2]), a.eq_ignore_ascii_case(&b[..b.len() / 2]));
        }

        #[test]
        fn word_keys_read_in_place_are_those_of_the_copied_word(
            text in proptest::collection::vec(proptest::sample::select(b"aAzZ@[`{ \x00\xc3\xa9".to_vec()), 0..40),
            i in 0usize..40,
            len in 0usize..16,
        ) {
            let i = i.min(text.len());
            let end = (i + len).min(text.len());
            proptest::prop_assert_eq!(word_key_in(&text, i, end), word_key(&text[i..end]));
        }

        #[test]
        fn first_words_are_read_as_by_character(s in "(a|Z|9|é|Ün|ß|-|\\.| |’|一)*") {
            let end = s.char_indices().find(|&(_, c)| !c.is_alphanumeric()).map_or(s.len(), |(i, _)| i);
            proptest::prop_assert_eq!(first_word(&s), &s[..end]);
        }

        #[test]
        fn word_keys_lowercase_as_byte_by_byte(word in proptest::collection::vec(proptest::num::u8::ANY, 0..16)) {
            let mut buf = [0u8; 16];
            buf[..word.len()].copy_from_slice(&word);
            buf.make_ascii_lowercase();
            buf[15] = word.len() as u8;
            proptest::prop_assert_eq!(word_key(&word), u128::from_le_bytes(buf));
        }
    }

    proptest::proptest! {
        #[test]
        fn grouped_search_agrees_with_the_reference(
            patterns in proptest::collection::vec(proptest::collection::vec("(Al|al|AL|é|Ün|-|\\.| |U\\.S\\.|1)", 1..4).prop_map(|w| w.concat()), 1..10),
            text in proptest::collection::vec("(Al|al|AL|é|Ün|-|\\.| |  |'s|U\\.S\\.|1|x|,)", 0..24).prop_map(|w| w.concat()),
            ci in proptest::bool::ANY,
        ) {
            let mut b = DictionaryBuilder::new(ci);
            for (i, p) in patterns.iter().enumerate() {
                b.add(p, i);
            }
            let kept: Vec<String> = b.pattern_list();
            let d = b.build();
            let got: Vec<(usize, usize)> = d.find(&text).iter().map(|h| (h.span.start, h.span.end)).collect();
            proptest::prop_assert_eq!(got, reference(&kept, ci, &text, |_| true));
            let caps: Vec<(usize, usize)> = d.find_capitalised(&text).iter().map(|h| (h.span.start, h.span.end)).collect();
            proptest::prop_assert_eq!(caps, reference(&kept, ci, &text, |c| c.is_uppercase() || c.is_ascii_digit()));
            // Word starts looked up in a vocabulary shared with another dictionary find
            // the same matches.
            let mut d = d;
            let mut other = DictionaryBuilder::new(!ci);
            other.add("al-Qaeda", 0);
            other.add("Ün", 1);
            other.add("Al Al", 2);
            other.add("al", 3);
            let mut other = other.build();
            let mut vocabulary = Vocabulary::default();
            other.index_words(&mut vocabulary);
            d.index_words(&mut vocabulary);
            let words = WordStarts::with_vocabulary(&text, &vocabulary);
            let by_id: Vec<(usize, usize)> = d.find_in(&words, |_| true).iter().map(|h| (h.span.start, h.span.end)).collect();
            proptest::prop_assert_eq!(by_id, reference(&kept, ci, &text, |_| true));
            // Each dictionary reads its own list of word starts: the other one finds what
            // it finds by hashing every word.
            let spans = |hits: Vec<Hit<usize>>| hits.iter().map(|h| (h.span.start, h.span.end)).collect::<Vec<_>>();
            proptest::prop_assert_eq!(spans(other.find_in(&words, |_| true)), spans(other.find(&text)));
        }
    }

    proptest::proptest! {
        /// `split` moves the patterns it can and adds the rest again: the same two
        /// builders as adding every pattern's targets again one by one.
        #[test]
        fn split_agrees_with_adding_again(
            patterns in proptest::collection::vec(proptest::collection::vec("(the |The |Al|al| |a|B)", 1..4).prop_map(|w| w.concat()), 1..12),
            ci in proptest::bool::ANY,
        ) {
            let mut b = DictionaryBuilder::new(ci);
            for (i, p) in patterns.iter().enumerate() {
                b.add(p, i % 3);
                b.add(p, i);
            }
            let pred = |p: &str| p.len().is_multiple_of(2);
            let (mut yes, mut no) = (DictionaryBuilder::new(ci), DictionaryBuilder::new(ci));
            for (p, ts) in b.pattern_list().iter().zip(&b.targets) {
                let side = if pred(p) { &mut yes } else { &mut no };
                for &t in ts.iter() {
                    side.add(p, t);
                }
            }
            let (got_yes, got_no) = b.split(pred);
            proptest::prop_assert_eq!(got_yes.pattern_list(), yes.pattern_list());
            proptest::prop_assert_eq!(&got_yes.targets, &yes.targets);
            proptest::prop_assert_eq!(got_no.pattern_list(), no.pattern_list());
            proptest::prop_assert_eq!(&got_no.targets, &no.targets);
            proptest::prop_assert_eq!(got_yes.index, yes.index);
            proptest::prop_assert_eq!(got_no.index, no.index);
        }
    }

    #[test]
    fn case_insensitive_dictionary_merges_targets() {
        let mut b = DictionaryBuilder::new(true);
        b.add("Met", 1);
        b.add("met", 2);
        let d = b.build();
        let hits = d.find("They MET today");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].targets, &[1, 2]);
    }
}
