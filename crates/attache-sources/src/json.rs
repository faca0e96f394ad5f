//! JSON Lines and JSON arrays of articles.
//!
//! Keys: `id`, `text`, `published`, `outlet`, `title`, `url`; news-please's `maintext`,
//! `date_publish`, `source_domain`; and the common `body`, `content`, `headline`, `date`,
//! `published_at`, `source`, `link`. The first key present wins, in that order.

use crate::{failed, Item, Reader, SourceDoc};
use serde::de::{Deserializer, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::io::BufRead;
use std::sync::mpsc::{sync_channel, SyncSender};

const TEXT: &[&str] = &["text", "maintext", "body", "content", "article"];
const TITLE: &[&str] = &["title", "headline"];
const PUBLISHED: &[&str] = &["published", "date_publish", "published_at", "date", "datePublished", "pubDate"];
const OUTLET: &[&str] = &["outlet", "source_domain", "publisher", "source", "site_name"];
const URL: &[&str] = &["url", "link", "canonical_url"];

fn first_string(obj: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match obj.get(*k) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        // `publisher: {name: …}`, as schema.org writes it.
        Some(Value::Object(o)) => o.get("name").and_then(Value::as_str).map(str::to_string),
        _ => None,
    })
}

/// One JSON object as an article.
pub fn article(locator: String, value: Value) -> Item {
    let Value::Object(obj) = value else {
        return failed(locator, "not a JSON object");
    };
    let Some(text) = first_string(&obj, TEXT) else {
        return failed(locator, "record has no article text (`text`, `maintext`, `body` or `content`)");
    };
    let mut notes = Vec::new();
    let published = first_string(&obj, PUBLISHED).and_then(|p| {
        let d = crate::dates::parse(&p);
        if d.is_none() {
            notes.push(format!("{locator}: publication date `{p}` not understood; ignored"));
        }
        d
    });
    let external_id = match obj.get("id") {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    Item::Doc(SourceDoc {
        locator,
        text,
        title: first_string(&obj, TITLE),
        published,
        outlet: first_string(&obj, OUTLET),
        url: first_string(&obj, URL),
        external_id,
        notes,
    })
}

/// JSON Lines: one article per line, blank lines skipped.
pub fn lines(name: String, mut reader: Reader) -> impl Iterator<Item = Item> + Send {
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    let mut done = false;
    std::iter::from_fn(move || loop {
        if done {
            return None;
        }
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                done = true;
                return Some(failed(format!("{name}:{}", line_no + 1), format!("reading stopped: {e}")));
            }
        }
        line_no += 1;
        let line = String::from_utf8_lossy(&buf);
        if line.trim().is_empty() {
            continue;
        }
        let locator = format!("{name}:{line_no}");
        return Some(match serde_json::from_str::<Value>(&line) {
            Ok(v) => article(locator, v),
            Err(e) => failed(locator, format!("not a JSON record: {e}")),
        });
    })
}

/// A JSON array of articles, parsed element by element on a helper thread.
pub fn array(name: String, reader: Reader) -> impl Iterator<Item = Item> + Send {
    let (tx, rx) = sync_channel::<Item>(64);
    std::thread::spawn(move || {
        let mut de = serde_json::Deserializer::from_reader(reader);
        let visitor = Elements { name: name.clone(), tx: tx.clone() };
        if let Err(e) = (&mut de).deserialize_seq(visitor) {
            let _ = tx.send(failed(name, format!("not a JSON array of articles: {e}")));
        }
    });
    rx.into_iter()
}

struct Elements {
    name: String,
    tx: SyncSender<Item>,
}

impl<'de> Visitor<'de> for Elements {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array of article objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut n = 0usize;
        while let Some(value) = seq.next_element::<Value>()? {
            n += 1;
            if self.tx.send(article(format!("{}#{n}", self.name), value)).is_err() {
                break; // nobody is listening any more
            }
        }
        Ok(())
    }
}
