//! A compiled dictionary: many patterns, each with one or more targets, matched
//! leftmost-longest on word boundaries in one pass of Aho-Corasick.

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use attache_model::Span;
use std::collections::HashMap;

pub struct Dictionary<T> {
    ac: AhoCorasick,
    targets: Vec<Vec<T>>,
}

/// One dictionary match: where it is and what it may refer to.
#[derive(Debug, Clone, Copy)]
pub struct Hit<'a, T> {
    pub span: Span,
    pub targets: &'a [T],
}

/// Collects patterns and their targets before compiling them.
pub struct DictionaryBuilder<T> {
    index: HashMap<String, usize>,
    patterns: Vec<String>,
    targets: Vec<Vec<T>>,
    case_insensitive: bool,
}

impl<T: Copy + PartialEq> DictionaryBuilder<T> {
    pub fn new(case_insensitive: bool) -> Self {
        DictionaryBuilder { index: HashMap::new(), patterns: Vec::new(), targets: Vec::new(), case_insensitive }
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
        let key = if self.case_insensitive { pattern.to_ascii_lowercase() } else { pattern.to_string() };
        let i = *self.index.entry(key.clone()).or_insert_with(|| {
            self.patterns.push(key);
            self.targets.push(Vec::new());
            self.patterns.len() - 1
        });
        if !self.targets[i].contains(&target) {
            self.targets[i].push(target);
        }
    }

    /// Splits the patterns in two by a predicate on the pattern: (matching, the rest).
    pub fn split(self, pred: impl Fn(&str) -> bool) -> (Self, Self) {
        let ci = self.case_insensitive;
        let (mut yes, mut no) = (DictionaryBuilder::new(ci), DictionaryBuilder::new(ci));
        for (p, ts) in self.patterns.iter().zip(self.targets) {
            let side = if pred(p) { &mut yes } else { &mut no };
            for t in ts {
                side.add(p, t);
            }
        }
        (yes, no)
    }

    /// Compiles the automaton. Every pattern must start a word, so the dictionary is
    /// searched with one anchored search at each word start rather than by scanning
    /// every byte: a text has far fewer word starts than bytes, and most of them fail
    /// at the first character.
    pub fn build(self) -> Result<Dictionary<T>, aho_corasick::BuildError> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(self.case_insensitive)
            .start_kind(StartKind::Anchored)
            .build(&self.patterns)?;
        Ok(Dictionary { ac, targets: self.targets })
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

impl<T> Dictionary<T> {
    pub fn len(&self) -> usize {
        self.targets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }

    /// Matches starting where a word starts with an uppercase letter or a digit.
    pub fn find_capitalised<'a>(&'a self, text: &str) -> Vec<Hit<'a, T>> {
        self.find_at_word_starts(text, |c| c.is_uppercase() || c.is_ascii_digit())
    }

    /// Matches starting only where a word starts with a character accepted by `first`,
    /// one anchored search each.
    pub fn find_at_word_starts<'a>(&'a self, text: &str, first: impl Fn(char) -> bool) -> Vec<Hit<'a, T>> {
        let mut hits = Vec::new();
        let mut next_free = 0;
        let mut prev: Option<char> = None;
        for (i, c) in text.char_indices() {
            let word_start = !is_word_char(prev);
            prev = Some(c);
            if !word_start || i < next_free || !first(c) {
                continue;
            }
            let input = Input::new(text).span(i..text.len()).anchored(Anchored::Yes);
            let Some(m) = self.ac.find(input) else { continue };
            let e = m.end();
            if !text.is_char_boundary(e) {
                continue;
            }
            let (last, after) = (text[..e].chars().next_back(), text[e..].chars().next());
            if !is_word_char(after) || !is_word_char(last) {
                hits.push(Hit { span: Span::new(i, e), targets: &self.targets[m.pattern().as_usize()] });
                next_free = e;
            }
        }
        hits
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
    fn leftmost_longest_on_word_boundaries() {
        let mut b = DictionaryBuilder::new(false);
        b.add("Kazakh", 1);
        b.add("Kazakhstan", 2);
        b.add("Li", 3);
        let d = b.build().unwrap();
        let hits = d.find("Kazakhstan and Kazakh Lin and Li’s.");
        let got: Vec<_> = hits.iter().map(|h| (h.span.start, h.targets[0])).collect();
        assert_eq!(got, vec![(0, 2), (15, 1), (30, 3)]);
    }

    #[test]
    fn capitalised_search_finds_the_same_names() {
        let mut b = DictionaryBuilder::new(false);
        for (p, t) in [("Kazakh", 1), ("Kazakhstan", 2), ("Central Asia", 3), ("Li", 4), ("police", 5)] {
            b.add(p, t);
        }
        let d = b.build().unwrap();
        let text = "China-Central Asia talks in Kazakhstan, with Kazakh police and Li’s aides; Lin and Kazakhs.";
        let all: Vec<(usize, usize)> = d.find(text).iter().map(|h| (h.span.start, h.span.end)).collect();
        let caps: Vec<(usize, usize)> = d.find_capitalised(text).iter().map(|h| (h.span.start, h.span.end)).collect();
        assert_eq!(all, vec![(6, 18), (28, 38), (45, 51), (52, 58), (63, 65)]);
        assert_eq!(caps, vec![(6, 18), (28, 38), (45, 51), (63, 65)]);
    }

    #[test]
    fn case_insensitive_dictionary_merges_targets() {
        let mut b = DictionaryBuilder::new(true);
        b.add("Met", 1);
        b.add("met", 2);
        let d = b.build().unwrap();
        let hits = d.find("They MET today");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].targets, &[1, 2]);
    }
}
