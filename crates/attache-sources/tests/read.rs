//! Every input format: detection, documents, metadata, boilerplate, errors, and no
//! panic on damaged input.

use attache_sources::{detect, read_file, walk, Format, Item, SourceDoc};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

fn read(path: &Path) -> (Vec<SourceDoc>, Vec<attache_sources::SourceError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for item in read_file(path, Arc::new(AtomicU64::new(0))) {
        match item {
            Item::Doc(d) => docs.push(d),
            Item::Failed(e) => errors.push(e),
        }
    }
    (docs, errors)
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn head(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn formats_are_detected_by_content_and_name() {
    let cases = [
        ("page-astana.html", Format::Html),
        ("page-minimal.htm", Format::Html),
        ("articles.jsonl", Format::Jsonl),
        ("articles.json", Format::JsonArray),
        ("feed.rss", Format::Feed),
        ("feed.atom", Format::Feed),
        ("crawl.warc", Format::Warc),
        ("wire.txt", Format::Text),
    ];
    for (name, format) in cases {
        assert_eq!(detect(&data(name), &head(&data(name))), format, "{name}");
    }
    // Content wins over the name.
    assert_eq!(detect(Path::new("x.txt"), b"<?xml version=\"1.0\"?><rss version=\"2.0\">"), Format::Feed);
    assert_eq!(detect(Path::new("x.txt"), b"  {\"text\": \"a\"}\n"), Format::Jsonl);
    assert_eq!(detect(Path::new("x.dat"), b"WARC/1.1\r\n"), Format::Warc);
    assert_eq!(detect(Path::new("x.json.gz"), b"[{\"text\": 1}]"), Format::JsonArray);
    // A multi-byte character across the 1,024-byte window of the markup check (this
    // panicked on the 1 GB synthetic corpus).
    for pad in 0..4 {
        let mut feed =
            format!("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>{}", "x".repeat(960 + pad));
        feed.push_str(&"—".repeat(40));
        assert_eq!(detect(Path::new("f.rss"), feed.as_bytes()), Format::Feed);
        let page = format!("<html>{}{}", "y".repeat(1010 + pad), "—".repeat(20));
        assert_eq!(detect(Path::new("p"), page.as_bytes()), Format::Html);
    }
}

#[test]
fn html_main_text_without_boilerplate_and_with_metadata() {
    let (docs, errors) = read(&data("page-astana.html"));
    assert!(errors.is_empty(), "{errors:?}");
    let d = &docs[0];
    assert_eq!(d.title.as_deref(), Some("Turkish foreign minister opens Middle Corridor talks in Astana"));
    assert_eq!(d.published, date(2025, 4, 8));
    assert_eq!(d.outlet.as_deref(), Some("Steppe Wire"));
    assert_eq!(d.url.as_deref(), Some("https://www.steppewire.example/news/2025/04/turkish-minister-astana"));
    assert!(d.text.contains("Turkish Foreign Minister Hakan Fidan arrived in Astana on Monday"), "{}", d.text);
    assert!(d.text.contains("“Our countries share a vision of connected markets,” Nurtleu told reporters"));
    assert!(d.text.contains("ASTANA, April 8 — Turkish"), "entities are decoded: {}", d.text);
    for boilerplate in ["Accept cookies", "Most read", "All rights reserved", "Privacy policy", "Business", "analytics"]
    {
        assert!(!d.text.contains(boilerplate), "{boilerplate:?} in {}", d.text);
    }
    let paragraphs: Vec<&str> = d.text.split("\n\n").collect();
    assert!(paragraphs.len() >= 4, "{paragraphs:?}");
    assert!(paragraphs.iter().all(|p| !p.contains('\n') && p.trim() == *p));
}

#[test]
fn html_with_only_a_title_and_a_time() {
    let (docs, _) = read(&data("page-minimal.htm"));
    let d = &docs[0];
    assert_eq!(d.title.as_deref(), Some("Uzbek and Tajik officials agree on water sharing"));
    assert_eq!(d.published, date(2025, 5, 20));
    assert_eq!(d.outlet, None);
    assert!(d.text.starts_with("DUSHANBE — Officials from Uzbekistan and Tajikistan agreed on Tuesday"), "{}", d.text);
}

#[test]
fn json_lines_with_aliases_and_bad_lines() {
    let (docs, errors) = read(&data("articles.jsonl"));
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0].external_id.as_deref(), Some("sw-101"));
    assert_eq!(docs[0].locator, format!("{}:1", data("articles.jsonl").display()));
    assert_eq!(docs[1].outlet.as_deref(), Some("pamirpost.example"), "news-please keys");
    assert_eq!(docs[1].published, date(2025, 3, 5));
    assert!(docs[1].text.starts_with("TASHKENT"));
    assert_eq!(docs[2].external_id.as_deref(), Some("7"));
    assert_eq!(docs[2].published, None);
    assert!(docs[2].notes[0].contains("not a date"), "{:?}", docs[2].notes);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].locator.ends_with("articles.jsonl:3") && errors[0].message.contains("not a JSON record"));
    assert!(errors[1].locator.ends_with("articles.jsonl:6") && errors[1].message.contains("no article text"));
}

#[test]
fn json_arrays_stream_elements() {
    let (docs, errors) = read(&data("articles.json"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].title.as_deref(), Some("Turkmen gas deal"));
    assert_eq!(docs[0].outlet.as_deref(), Some("Caspian Ledger"));
    assert_eq!(docs[0].published, date(2024, 11, 4));
    assert_eq!(docs[1].published, date(2024, 11, 5));
    assert!(docs[1].locator.ends_with("articles.json#2"));
    // Truncated: the elements before the damage, then one error.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("attache-sources-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string(data("articles.json")).unwrap();
    let cut = dir.join("cut.json");
    std::fs::write(&cut, &text[..text.len() - 60]).unwrap();
    let (docs, errors) = read(&cut);
    assert_eq!((docs.len(), errors.len()), (1, 1), "{errors:?}");
}

#[test]
fn feeds_give_one_article_per_item() {
    let (docs, errors) = read(&data("feed.rss"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].outlet.as_deref(), Some("Caspian Ledger"));
    assert_eq!(docs[0].published, date(2025, 3, 11));
    assert_eq!(docs[0].url.as_deref(), Some("https://caspianledger.example/news/cable"));
    assert!(docs[0].text.contains("Azerbaijan and Kazakhstan signed an agreement"), "full content: {}", docs[0].text);
    assert!(docs[0].text.contains("\n\nThe cable will link Sumgait with Aktau"));
    assert!(docs[1].text.starts_with("Thousands of protesters rallied in Tbilisi"), "summary when no content");
    let (docs, _) = read(&data("feed.atom"));
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].published, date(2025, 6, 2));
    assert!(docs[0].text.starts_with("ULAANBAATAR — Mongolia hosted"), "{}", docs[0].text);
}

#[test]
fn warc_takes_successful_html_responses_only() {
    let (docs, errors) = read(&data("crawl.warc"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(docs.len(), 2, "{docs:#?}");
    assert_eq!(docs[0].url.as_deref(), Some("https://news.example/water"));
    assert!(docs[0].text.contains("Amu Darya"));
    assert!(docs[0].external_id.as_deref().is_some_and(|id| id.starts_with("urn:uuid:")));
    assert!(docs[0].locator.ends_with("crawl.warc#3"));
    assert_eq!(docs[1].title.as_deref(), Some("Kyrgyzstan detains opposition figure"), "chunked and gzip-encoded");
    assert_eq!(docs[1].published, date(2025, 7, 1));
    assert!(docs[1].text.contains("detained an opposition politician"));
}

#[test]
fn gzip_gives_the_same_documents() {
    let strip = |mut docs: Vec<SourceDoc>| {
        for d in docs.iter_mut() {
            d.locator = d.locator.replace(".gz", "");
            d.notes.iter_mut().for_each(|n| *n = n.replace(".gz", ""));
        }
        docs
    };
    assert_eq!(strip(read(&data("crawl.warc.gz")).0), read(&data("crawl.warc")).0);
    assert_eq!(strip(read(&data("articles.jsonl.gz")).0), read(&data("articles.jsonl")).0);
    let (docs, _) = read(&data("wire-note.txt.gz"));
    assert!(docs[0].text.starts_with("ALMATY, Jan 9 - Kazakhstan expelled a Russian diplomat"));
}

#[test]
fn damaged_files_give_errors_not_panics() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("attache-sources-damaged-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let warc = std::fs::read(data("crawl.warc")).unwrap();
    let cut = dir.join("cut.warc");
    std::fs::write(&cut, &warc[..1500]).unwrap();
    let (docs, errors) = read(&cut);
    assert_eq!(docs.len(), 1);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].message.contains("truncated"), "{errors:?}");
    let gz = std::fs::read(data("articles.jsonl.gz")).unwrap();
    let bad = dir.join("bad.jsonl.gz");
    std::fs::write(&bad, &gz[..gz.len() / 2]).unwrap();
    let (_, errors) = read(&bad);
    assert!(!errors.is_empty());
    let (_, errors) = read(&dir.join("does-not-exist.txt"));
    assert!(errors[0].locator.ends_with("does-not-exist.txt"));
    let binary = dir.join("blob.txt");
    std::fs::write(&binary, b"\x00\x01\x02abc").unwrap();
    assert!(read(&binary).1[0].message.contains("NUL"));
    // Every prefix and some corruptions of every sample.
    for entry in std::fs::read_dir(data("")).unwrap() {
        let p = entry.unwrap().path();
        let bytes = std::fs::read(&p).unwrap();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        for i in (0..bytes.len()).step_by((bytes.len() / 23).max(1)) {
            let f = dir.join(format!("prefix-{i}-{name}"));
            std::fs::write(&f, &bytes[..i]).unwrap();
            let _ = read(&f);
            let mut flipped = bytes.clone();
            flipped[i] ^= 0x5a;
            std::fs::write(&f, &flipped).unwrap();
            let _ = read(&f);
        }
    }
}

#[test]
fn walk_recurses_in_order_and_skips_hidden_files() {
    let dir =
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("attache-sources-walk-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("b/c")).unwrap();
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    for f in ["b/c/z.txt", "b/a.txt", "a.txt", ".hidden.txt", ".git/x.txt"] {
        std::fs::write(dir.join(f), "x").unwrap();
    }
    let (files, errors) = walk(&[dir.clone(), dir.join("missing")]);
    let names: Vec<String> = files.iter().map(|f| f.path.strip_prefix(&dir).unwrap().display().to_string()).collect();
    assert_eq!(names, ["a.txt", "b/a.txt", "b/c/z.txt"]);
    assert_eq!(files[0].size, 1);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].locator.ends_with("missing"));
}

/// A WARC file cut into byte ranges at record (or gzip member) boundaries reads, range by
/// range, as the whole file does: same documents, same locators.
#[test]
fn warc_ranges_read_as_the_whole_file() {
    for name in ["crawl.warc", "crawl.warc.gz"] {
        let path = data(name);
        let size = std::fs::metadata(&path).unwrap().len();
        let (whole, _) = read(&path);
        for target in [1, 700, 1 << 30] {
            let ranges = attache_sources::split_warc(&path, target).unwrap();
            assert_eq!(ranges.first().map(|r| r.start), Some(0));
            assert_eq!(ranges.last().map(|r| r.end), Some(size));
            assert!(ranges.windows(2).all(|w| w[0].end == w[1].start && w[0].first_record < w[1].first_record));
            if target == 1 {
                assert!(ranges.len() >= 4, "{name}: every record is a boundary: {ranges:?}");
            }
            if target == 1 << 30 {
                assert_eq!(ranges.len(), 1);
            }
            let mut docs = Vec::new();
            for r in &ranges {
                for item in attache_sources::read_warc_range(&path, *r, Arc::new(AtomicU64::new(0))) {
                    match item {
                        Item::Doc(d) => docs.push(d),
                        Item::Failed(e) => panic!("{name} {r:?}: {e:?}"),
                    }
                }
            }
            assert_eq!(docs, whole, "{name} in ranges of {target} bytes");
        }
    }
}
