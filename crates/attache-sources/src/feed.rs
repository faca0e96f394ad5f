//! RSS and Atom feeds: one article per item, from its full content where the feed has it.

use crate::{failed, Item, SourceDoc};

pub fn items(name: &str, bytes: &[u8]) -> Vec<Item> {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => return vec![failed(name, format!("not a readable RSS or Atom feed: {e}"))],
    };
    let outlet = feed.title.as_ref().map(|t| t.content.trim().to_string()).filter(|t| !t.is_empty());
    let mut out = Vec::new();
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let locator = format!("{name}#{}", i + 1);
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .filter(|b| !b.trim().is_empty())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()));
        let Some(body) = body else {
            out.push(failed(locator, "item has no content or summary"));
            continue;
        };
        let text = crate::html::fragment_text(&body);
        if text.trim().is_empty() {
            out.push(failed(locator, "no article text"));
            continue;
        }
        out.push(Item::Doc(SourceDoc {
            locator,
            text,
            title: entry.title.map(|t| crate::html::fragment_text(&t.content)).filter(|t| !t.is_empty()),
            published: entry.published.or(entry.updated).map(|t| t.date_naive()),
            outlet: outlet.clone(),
            url: entry.links.first().map(|l| l.href.clone()),
            external_id: Some(entry.id).filter(|id| !id.is_empty()),
            notes: Vec::new(),
        }));
    }
    out
}
