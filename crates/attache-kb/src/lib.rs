//! The knowledge base: what attache knows about states, organisations, people, places,
//! titles, event phrasings, cues and themes.
//!
//! The data lives in the repository's `kb/` folder as TAB-separated tables (their format
//! is documented in `kb/README.md`). The built-in tables are embedded in the binary;
//! users overlay their own files of the same format. Loading validates every row and
//! compiles all names into one case-sensitive Aho-Corasick automaton and all phrases
//! into case-insensitive ones, so the analysis scans each text a fixed number of times
//! whatever the size of the knowledge base.

mod load;
mod matcher;
mod tsv;

pub use matcher::{is_alphanumeric, word_key, Dictionary, Hit, Vocabulary, WordStarts, ASCII_ALNUM};

use attache_model::{Modality, Plover};
use chrono::NaiveDate;
// Fx hashing: these maps are read for every mention the analysis looks up.
use rustc_hash::FxHashMap as HashMap;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KbError {
    #[error("{file}:{line}: {message}")]
    Format { file: String, line: usize, message: String },
    #[error("{file}: cannot tell which knowledge-base table this file extends (its name must end in one of: {known})")]
    UnknownTable { file: String, known: String },
}

/// A knowledge-base file: its name (which says which table it extends) and its text.
#[derive(Debug, Clone)]
pub struct KbSource {
    pub name: String,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Country {
    pub iso3: String,
    pub iso2: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub adjectives: Vec<String>,
    pub capital: Option<String>,
    pub status: String,
    /// The country's GeoNames id.
    pub geonameid: Option<u64>,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub adjectives: Vec<String>,
    pub kind: String,
    pub code: Option<String>,
    pub sector: Option<String>,
    pub members: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Institution {
    pub name: String,
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub kind: String,
    pub parent: Option<String>,
    /// CAMEO-style actor code for institutions of an international organisation.
    pub code: Option<String>,
    /// The place (a name of the gazetteer) where a body named as a building sits: "in
    /// the Kremlin" is in Moscow.
    pub seat: Option<String>,
}

/// A bound of an office's period, as precise as the knowledge base knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateBound {
    /// First and last day the bound may stand for ("2019" = 2019-01-01..2019-12-31).
    pub first: NaiveDate,
    pub last: NaiveDate,
}

#[derive(Debug, Clone)]
pub struct Office {
    pub country: Option<String>,
    pub sector: Option<String>,
    pub office: String,
    pub start: Option<DateBound>,
    pub end: Option<DateBound>,
}

impl Office {
    /// Whether the office was held on `date` (an office with unknown bounds always is).
    pub fn held_on(&self, date: NaiveDate) -> bool {
        self.start.is_none_or(|s| s.first <= date) && self.end.is_none_or(|e| date <= e.last)
    }
}

#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub aliases: Vec<String>,
    pub offices: Vec<Office>,
}

impl Person {
    /// The offices held on `date`; with no date, the most recent ones.
    pub fn offices_on(&self, date: Option<NaiveDate>) -> Vec<&Office> {
        match date {
            Some(d) => {
                let held: Vec<&Office> = self.offices.iter().filter(|o| o.held_on(d)).collect();
                if !held.is_empty() {
                    return held;
                }
                // Not in office that day: the office closest in time still says who they are.
                let mut all: Vec<&Office> = self.offices.iter().collect();
                all.sort_by_key(|o| {
                    let s = o.start.map(|b| (b.first - d).num_days().abs()).unwrap_or(i64::MAX / 2);
                    let e = o.end.map(|b| (b.last - d).num_days().abs()).unwrap_or(0);
                    s.min(e)
                });
                all.into_iter().take(1).collect()
            }
            None => self.offices.iter().filter(|o| o.end.is_none()).collect(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    Title,
    Agent,
    OrgHead,
}

#[derive(Debug, Clone)]
pub struct Title {
    pub phrase: String,
    pub sector: Option<String>,
    pub kind: TitleKind,
}

#[derive(Debug, Clone)]
pub struct Place {
    pub geonameid: Option<u64>,
    pub name: String,
    pub alternates: Vec<String>,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    pub capital: bool,
    /// A town (gazetteer feature `town`): a smaller place whose names are kept out of
    /// [`Kb::names`] and searched apart ([`Kb::find_towns_in`]), so that the analysis
    /// can take them only where the text points to a place.
    pub town: bool,
    /// A first-level division (gazetteer feature `admin1`: the US states).
    pub region: bool,
    /// A town with the name of a larger place (gazetteer feature `namesake`: Paris,
    /// Texas; Dublin, Ohio). Its name is in no dictionary: the analysis reads it only
    /// where the text sets the larger place's name in its division ([`Kb::namesakes`]).
    pub namesake: bool,
    /// The GeoNames code of the first-level division the place lies in, or is ("VA" for
    /// Richmond, Virginia and for Virginia itself; "ENG" for London); empty when unknown.
    pub admin1: String,
}

#[derive(Debug, Clone)]
pub struct CameoCode {
    pub code: String,
    pub plover: Option<Plover>,
    pub mode: Option<String>,
    pub goldstein: f32,
    pub description: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    Verb,
    Noun,
}

/// How an event phrasing places its participants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// The actor acts on the recipient: "A condemned B".
    Directed,
    /// Both sides are parties alike: "A met B", "A and B held talks".
    Symmetric,
    /// An actor with no recipient: "protesters rallied".
    Intransitive,
}

#[derive(Debug, Clone)]
pub struct LexEntry {
    pub forms: Vec<String>,
    pub pos: Pos,
    pub plover: Plover,
    pub mode: Option<String>,
    pub cameo: String,
    pub goldstein: f32,
    pub frame: Frame,
    /// Words that, heading the phrasing's object, make it no event of this row ("host"
    /// before "weapons" or "troops" is no visit); lowercase.
    pub unless: Vec<String>,
    /// `lexicon.tsv:<line>`, for the event's `rule`.
    pub rule: String,
}

/// What a modality cue does to an event near it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueModality {
    Set(Modality),
    /// Marks a hedge ("reportedly"): the report is not vouched for.
    Hedge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Before,
    After,
}

#[derive(Debug, Clone)]
pub struct ModalityCue {
    pub phrase: String,
    pub modality: CueModality,
    pub scope: Scope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    Speech,
    According,
    Report,
}

/// A row of `references.tsv`: what the word refers to, and whether it is a pronoun or the
/// head of a noun phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReferenceWord {
    pub kind: attache_model::EntityKind,
    pub form: attache_model::ReferenceForm,
}

#[derive(Debug, Clone)]
pub struct Cue {
    pub phrase: String,
    pub kind: CueKind,
}

#[derive(Debug, Clone)]
pub struct ThemeDef {
    pub id: String,
    pub label: String,
    pub category: String,
    pub patterns: Vec<String>,
}

/// Keys by which a person is referred to later: the surname (last word), and for East
/// Asian names the family name, which comes first ("Xi" of "Xi Jinping"); a surname with
/// an Arabic article is also found without it ("Assad" of "Bashar al-Assad").
pub fn surname_keys<'n>(name: &'n str, country: Option<&str>) -> Vec<&'n str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return vec![];
    }
    let key = if matches!(country, Some("CHN" | "TWN" | "HKG" | "PRK" | "KOR" | "VNM" | "SGP" | "MAC")) {
        words[0]
    } else {
        words[words.len() - 1]
    };
    let mut keys = Vec::new();
    if key.chars().count() >= 2 && key.chars().next().is_some_and(char::is_uppercase) {
        keys.push(key);
    }
    // An Arabic article is often dropped when the surname stands alone: "Bashar al-Assad"
    // is "Assad", "Haider al-Abadi" is "Abadi".
    let bare = ["al-", "Al-", "el-", "El-", "ad-", "as-"].iter().find_map(|p| key.strip_prefix(p));
    if let Some(rest) = bare.filter(|r| r.chars().count() >= 3 && r.chars().next().is_some_and(char::is_uppercase)) {
        keys.push(rest);
    }
    keys
}

/// What a name in the text can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRef {
    Country(u32),
    CountryAdjective(u32),
    Group(u32),
    GroupAdjective(u32),
    Institution(u32),
    Person(u32),
    Place(u32),
    Title(u32),
}

/// A phrase in the text that matters to event coding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseRef {
    Modality(u32),
    Cue(u32),
}

/// The loaded, validated and compiled knowledge base.
pub struct Kb {
    pub countries: Vec<Country>,
    pub groups: Vec<Group>,
    pub institutions: Vec<Institution>,
    pub people: Vec<Person>,
    pub titles: Vec<Title>,
    pub places: Vec<Place>,
    pub cameo: HashMap<String, CameoCode>,
    pub lexicon: Vec<LexEntry>,
    pub modality: Vec<ModalityCue>,
    pub cues: Vec<Cue>,
    pub themes: Vec<ThemeDef>,
    /// Pronouns and common nouns that refer to a person, group or place without naming
    /// it (`references.tsv`), by lowercase word.
    pub references: HashMap<String, ReferenceWord>,
    /// A filter in front of [`Kb::references`]: one bit per length (up to 31) for each
    /// pair of first and last letters of its words ([`Kb::may_be_reference`]).
    pub reference_shapes: Vec<u32>,
    /// The titles of `titles.tsv` (kind `title`), lowercase with one space between words,
    /// and their first words: "the Foreign Secretary" refers to a person.
    pub title_phrases: rustc_hash::FxHashSet<String>,
    pub title_first_words: rustc_hash::FxHashSet<String>,
    /// Every adjective of a country or group ("Iraqi", "European"), as written.
    pub adjectives: rustc_hash::FxHashSet<String>,
    /// Every name (case-sensitive): countries, adjectives, groups, institutions, people,
    /// places, titles and agent words.
    pub names: Dictionary<NameRef>,
    /// The names that start with a lowercase letter ("police", "foreign minister");
    /// both name dictionaries are searched only at the starts of words.
    pub lowercase_names: Dictionary<NameRef>,
    /// A country's body named with its words in lower case ("Turkey's defence ministry",
    /// "the Uzbek foreign ministry"), by the whole phrase in lower case with a straight
    /// apostrophe: the institution. Looked up for a whole agent phrase only, so that
    /// "the Afghan foreign ministry spokesperson" stays a title.
    pub lowercase_bodies: HashMap<String, u32>,
    /// The capitalised names of towns (see [`Place::town`]).
    pub towns: Dictionary<NameRef>,
    /// Name → the [`Place::namesake`]s of that name, most populous first.
    pub namesakes: HashMap<String, Vec<u32>>,
    /// The first words of the six dictionaries' patterns ([`Kb::word_starts`]).
    pub vocabulary: Vocabulary,
    /// Event phrasings (case-insensitive).
    pub triggers: Dictionary<u32>,
    /// Event phrasings of two words or more, split at every word into a head and a tail
    /// (lowercase, one space between words): by head, the tails, longest first, each with
    /// the lexicon rows it ends. A phrasing also matches with a quantity or modifier run
    /// between its head and its tail ("called off a four-day strike", "evacuate all 21
    /// settlements", "deliver four more air defence systems").
    pub trigger_heads: HashMap<String, Vec<(String, Vec<u32>)>>,
    /// The first word of every tail of [`Kb::trigger_heads`]: a modifier run before any
    /// other word ends no phrasing, and its head need not be looked up.
    pub trigger_tail_starts: rustc_hash::FxHashSet<String>,
    /// The last word of every key of [`Kb::trigger_heads`]: a modifier run after any
    /// other word follows no head.
    pub trigger_head_ends: rustc_hash::FxHashSet<String>,
    /// Modality and speech cues (case-insensitive).
    pub phrases: Dictionary<PhraseRef>,
    /// Theme patterns (case-insensitive).
    pub theme_patterns: Dictionary<u32>,
    /// Surname (family name for East Asian names) → people, for bare "Tokayev".
    pub people_by_surname: HashMap<String, Vec<u32>>,
    country_by_iso3: HashMap<String, u32>,
    place_by_name: HashMap<String, u32>,
}

impl Kb {
    /// The knowledge base built into the binary.
    pub fn builtin() -> Result<Kb, KbError> {
        Kb::load(&[])
    }

    /// The built-in knowledge base with `overlays` added to its tables.
    pub fn load(overlays: &[KbSource]) -> Result<Kb, KbError> {
        let mut sources: Vec<KbSource> =
            BUILTIN.iter().map(|(name, text)| KbSource { name: name.to_string(), text: text.to_string() }).collect();
        sources.extend(overlays.iter().cloned());
        load::build(&sources)
    }

    /// The word starts of `text` with their first words looked up in the vocabulary of
    /// this knowledge base's dictionaries, for searching them all.
    pub fn word_starts<'t>(&self, text: &'t str) -> WordStarts<'t> {
        WordStarts::with_vocabulary(text, &self.vocabulary)
    }

    /// As [`Kb::word_starts`], for word starts found beforehand ([`WordStarts::from_starts`]).
    pub fn index_word_starts<'t>(&self, words: WordStarts<'t>) -> WordStarts<'t> {
        words.indexed(&self.vocabulary)
    }

    /// Every name in `text`, leftmost-longest, on word boundaries.
    pub fn find_names<'a>(&'a self, text: &str) -> Vec<Hit<'a, NameRef>> {
        self.find_names_in(&self.word_starts(text))
    }

    /// As [`Kb::find_names`], at word starts found beforehand.
    pub fn find_names_in<'a>(&'a self, words: &WordStarts) -> Vec<Hit<'a, NameRef>> {
        let mut hits = self.names.find_in(words, matcher::capitalised);
        let lower = self.lowercase_names.find_in(words, char::is_lowercase);
        if lower.is_empty() {
            return hits;
        }
        hits.extend(lower);
        hits.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
        // Keep the matches a single leftmost-longest pass would keep.
        let mut out: Vec<Hit<'a, NameRef>> = Vec::with_capacity(hits.len());
        for h in hits {
            if out.last().is_none_or(|l| h.span.start >= l.span.end) {
                out.push(h);
            }
        }
        out
    }

    /// Town names at word starts found beforehand (leftmost-longest). These are not
    /// names by themselves: the caller decides where a town is meant.
    pub fn find_towns_in<'a>(&'a self, words: &WordStarts) -> Vec<Hit<'a, NameRef>> {
        self.towns.find_in(words, matcher::capitalised)
    }

    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.country_by_iso3.get(iso3).map(|&i| &self.countries[i as usize])
    }

    /// The best-known populated place of that name (capitals first, then population);
    /// towns are not looked up by name.
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.place_by_name.get(name).map(|&i| &self.places[i as usize])
    }

    /// A place by one of its names in any case ("NUR-SULTAN"): a scan of every name, for
    /// the rare lookup that [`Kb::place`] cannot answer. Where several places share the
    /// name, a capital first, then the most populous, as [`Kb::place`] ranks them.
    pub fn place_ignore_case(&self, name: &str) -> Option<&Place> {
        let name = name.replace('’', "'");
        self.place_by_name
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(&name))
            .map(|(_, &i)| &self.places[i as usize])
            .min_by_key(|p| (!p.capital, std::cmp::Reverse(p.population), p.geonameid))
    }

    /// Whether `word` may be a word of `references.tsv` in any case, by its first and
    /// last letters and its length: most words are ruled out without hashing them.
    pub fn may_be_reference(&self, word: &[u8]) -> bool {
        match reference_shape(word) {
            Some((slot, bit)) => self.reference_shapes[slot] & bit != 0,
            None => false,
        }
    }

    pub fn cameo_code(&self, code: &str) -> Option<&CameoCode> {
        self.cameo.get(code)
    }

    /// Table sizes, for `attache kb stats` and the load benchmark.
    pub fn stats(&self) -> Vec<(&'static str, usize)> {
        vec![
            ("countries", self.countries.len()),
            ("groups", self.groups.len()),
            ("institutions", self.institutions.len()),
            ("people", self.people.len()),
            ("offices", self.people.iter().map(|p| p.offices.len()).sum()),
            ("titles", self.titles.len()),
            ("places", self.places.len()),
            ("of which towns", self.places.iter().filter(|p| p.town).count()),
            ("namesakes", self.places.iter().filter(|p| p.namesake).count()),
            ("cameo codes", self.cameo.len()),
            ("event phrasings", self.lexicon.len()),
            ("modality cues", self.modality.len()),
            ("speech cues", self.cues.len()),
            ("themes", self.themes.len()),
            ("reference words", self.references.len()),
            ("name patterns", self.names.len() + self.lowercase_names.len()),
        ]
    }
}

/// The slot and bit of a word's shape in [`Kb::reference_shapes`]: its first and last
/// ASCII letters (in any case) and its length.
pub(crate) fn reference_shape(word: &[u8]) -> Option<(usize, u32)> {
    let (&first, &last) = (word.first()?, word.last()?);
    if word.len() > 31 || !first.is_ascii_alphabetic() || !last.is_ascii_alphabetic() {
        return None;
    }
    let letter = |b: u8| (b.to_ascii_lowercase() - b'a') as usize;
    Some((letter(first) * 26 + letter(last), 1 << word.len()))
}

/// The tables, in load order, and the files embedded for each.
pub const TABLES: &[&str] = &[
    "countries.tsv",
    "groups.tsv",
    "institutions.tsv",
    "people.tsv",
    "titles.tsv",
    "gazetteer.tsv",
    "cameo.tsv",
    "lexicon.tsv",
    "modality.tsv",
    "cues.tsv",
    "themes.tsv",
    "references.tsv",
];

const BUILTIN: &[(&str, &str)] = &[
    ("kb/countries.tsv", include_str!("../../../kb/countries.tsv")),
    ("kb/groups.tsv", include_str!("../../../kb/groups.tsv")),
    ("kb/institutions.tsv", include_str!("../../../kb/institutions.tsv")),
    ("kb/people.tsv", include_str!("../../../kb/people.tsv")),
    ("kb/titles.tsv", include_str!("../../../kb/titles.tsv")),
    ("kb/gazetteer.tsv", include_str!("../../../kb/gazetteer.tsv")),
    ("kb/cameo.tsv", include_str!("../../../kb/cameo.tsv")),
    ("kb/lexicon.tsv", include_str!("../../../kb/lexicon.tsv")),
    ("kb/modality.tsv", include_str!("../../../kb/modality.tsv")),
    ("kb/cues.tsv", include_str!("../../../kb/cues.tsv")),
    ("kb/themes.tsv", include_str!("../../../kb/themes.tsv")),
    ("kb/references.tsv", include_str!("../../../kb/references.tsv")),
];

#[cfg(test)]
mod surname_tests {
    use super::surname_keys;

    #[test]
    fn surname_keys_drop_the_arabic_article() {
        assert_eq!(surname_keys("Bashar al-Assad", Some("SYR")), vec!["Assad"]);
        assert_eq!(surname_keys("Haider al-Abadi", None), vec!["Abadi"]);
        assert_eq!(surname_keys("Ahmed Al-Sharaa", None), vec!["Al-Sharaa", "Sharaa"]);
        assert_eq!(surname_keys("Xi Jinping", Some("CHN")), vec!["Xi"]);
        assert_eq!(surname_keys("Boris Johnson", Some("GBR")), vec!["Johnson"]);
        assert!(surname_keys("Madonna", None).is_empty());
    }
}
