//! Property tests: the analysis never panics and every span it returns lies on character
//! boundaries of the text and carries exactly the text it points to.

mod common;

use attache_model::record::Record;
use attache_model::Document;
use chrono::NaiveDate;
use proptest::prelude::*;

fn check(text: String) {
    let doc = Document { id: "p".into(), text, published: NaiveDate::from_ymd_opt(2024, 2, 29), ..Default::default() };
    let analysis = attache_analyse::analyse(&doc, common::kb());
    let r = Record::new(&doc, &analysis);
    let ok = |s: &attache_model::record::SpanRecord| {
        assert!(s.start <= s.end && s.end <= doc.text.len());
        assert_eq!(doc.text.get(s.start..s.end), Some(s.text.as_str()));
    };
    r.entities.iter().flat_map(|e| &e.mentions).for_each(ok);
    r.events.iter().for_each(|e| {
        ok(&e.trigger);
        ok(&e.sentence);
    });
    r.statements.iter().for_each(|s| {
        ok(&s.cue);
        ok(&s.content);
    });
    r.themes.iter().flat_map(|t| &t.mentions).for_each(ok);
    for s in &analysis.sentences {
        assert!(doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end));
    }
}

/// Words of news, to make random text that exercises the grammar and not just the tokenizer.
const WORDS: &[&str] = &[
    "China",
    "Kazakhstan",
    "Xi Jinping",
    "Tokayev",
    "said",
    "met",
    "with",
    "the",
    "President",
    "of",
    "in",
    "Beijing",
    "on",
    "June",
    "12",
    "Tuesday",
    "\"",
    ",",
    ".",
    "reportedly",
    "is ready to",
    "work with",
    "did not",
    "attend",
    "according to",
    "Xinhua",
    "Central Asian",
    "countries",
    "police",
    "detained",
    "protesters",
    "was",
    "held",
    "by",
    "Deputy Chairman",
    "Mazhilis",
    "Li",
    "he",
    "talks",
    "between",
    "and",
    "U.S.",
    "sanctions",
    "on",
    "Russia",
    "’s",
    "-",
    "(",
    ")",
    "--",
    "ASTANA",
    "\n\n",
    "Ms.",
    "Lee",
    "urged",
    "EU member states",
    "last month",
    "In May",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_unicode_never_panics(text in "\\PC{0,400}") {
        check(text);
    }

    #[test]
    fn random_bytes_decoded_lossily_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(String::from_utf8_lossy(&bytes).into_owned());
    }

    #[test]
    fn random_news_words_never_panic(words in proptest::collection::vec(proptest::sample::select(WORDS), 0..80)) {
        check(words.join(" "));
    }
}

#[test]
fn empty_document_gives_empty_record() {
    let doc = Document { id: "empty".into(), ..Default::default() };
    let a = attache_analyse::analyse(&doc, common::kb());
    assert!(a.entities.is_empty() && a.events.is_empty() && a.statements.is_empty() && a.sentences.is_empty());
}

/// Found by `random_news_words_never_panic`: a noun of meeting with its party as the first
/// words of a document ("talks with Russia") once subtracted below zero in debug builds.
#[test]
fn a_document_opening_with_talks_with_a_party() {
    check("talks with Russia".to_string());
    check("meeting with Putin".to_string());
}
