//! HTML pages: the article's main text and its metadata.
//!
//! The main text comes from `dom_smoothie` (a port of readability.js), which drops
//! navigation, footers, cookie banners and link lists. Metadata is read in order of
//! trust: schema.org JSON-LD, then Open Graph and `article:` meta tags, then other meta
//! names and `<time>`, then what readability found.

use crate::{SourceDoc, SourceError};
use dom_query::{Document, NodeRef};
use serde_json::Value;

const ARTICLE_TYPES: &[&str] =
    &["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage"];
const DATE_META: &[&str] = &[
    "meta[property='article:published_time']",
    "meta[itemprop='datePublished']",
    "meta[name='date']",
    "meta[name='pubdate']",
    "meta[name='publish-date']",
    "meta[name='parsely-pub-date']",
    "meta[name='dc.date']",
    "meta[name='DC.date.issued']",
    "meta[name='sailthru.date']",
];

#[derive(Default)]
struct Meta {
    title: Option<String>,
    published: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
}

fn nonempty(s: Option<impl AsRef<str>>) -> Option<String> {
    s.map(|s| squash(s.as_ref())).filter(|s| !s.is_empty())
}

/// Whitespace runs to one space, trimmed.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_article(v: &Value) -> bool {
    match v.get("@type") {
        Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
        _ => false,
    }
}

/// Article objects in a JSON-LD value: top level, arrays, `@graph`.
fn ld_articles(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| ld_articles(i, out)),
        Value::Object(o) => {
            if is_article(v) {
                out.push(v.clone());
            }
            if let Some(g) = o.get("@graph") {
                ld_articles(g, out);
            }
        }
        _ => {}
    }
}

fn ld_string(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => nonempty(Some(s)),
        Value::Object(o) => {
            o.get("name").or_else(|| o.get("@id")).and_then(Value::as_str).and_then(|s| nonempty(Some(s)))
        }
        Value::Array(a) => a.first().and_then(|f| match f {
            Value::String(s) => nonempty(Some(s)),
            Value::Object(o) => o.get("name").and_then(Value::as_str).and_then(|s| nonempty(Some(s))),
            _ => None,
        }),
        _ => None,
    }
}

fn metadata(doc: &Document) -> Meta {
    let mut m = Meta::default();
    let mut articles = Vec::new();
    for script in doc.select("script[type='application/ld+json']").iter() {
        if let Ok(v) = serde_json::from_str::<Value>(script.text().trim()) {
            ld_articles(&v, &mut articles);
        }
    }
    // Prefer a news article over a generic web page.
    articles.sort_by_key(|a| a.get("@type").and_then(Value::as_str) == Some("WebPage"));
    if let Some(a) = articles.first() {
        m.title = ld_string(a, "headline").or_else(|| ld_string(a, "name"));
        m.published = ld_string(a, "datePublished").or_else(|| ld_string(a, "dateCreated"));
        m.outlet = ld_string(a, "publisher");
        m.url = ld_string(a, "url").or_else(|| ld_string(a, "mainEntityOfPage"));
    }
    let meta = |sel: &str| nonempty(doc.select(sel).attr("content"));
    m.title = m.title.or_else(|| meta("meta[property='og:title']")).or_else(|| meta("meta[name='twitter:title']"));
    m.outlet =
        m.outlet.or_else(|| meta("meta[property='og:site_name']")).or_else(|| meta("meta[name='application-name']"));
    m.url = m
        .url
        .filter(|u| u.starts_with("http"))
        .or_else(|| nonempty(doc.select("link[rel='canonical']").attr("href")))
        .or_else(|| meta("meta[property='og:url']"));
    if m.published.is_none() {
        m.published = DATE_META.iter().find_map(|sel| meta(sel));
    }
    if m.published.is_none() {
        m.published = nonempty(doc.select("time[datetime]").attr("datetime"));
    }
    m
}

/// An HTML page as an article. `url_hint` (a WARC's target URI) is used when the page
/// names no canonical URL.
pub fn html_document(locator: &str, html: &str, url_hint: Option<&str>) -> Result<SourceDoc, SourceError> {
    let err = |message: &str| SourceError { locator: locator.to_string(), message: message.to_string() };
    let doc = Document::from(html);
    let meta = metadata(&doc);
    let page_title = nonempty(Some(doc.select("title").text()));
    let url = meta.url.clone().or_else(|| url_hint.map(str::to_string));
    let base = url.as_deref().filter(|u| u.starts_with("http"));
    let readable = dom_smoothie::Readability::new(html, base, None).ok().and_then(|mut r| r.parse().ok());
    let mut text = readable.as_ref().map(|a| fragment_text(&a.content)).unwrap_or_default();
    if text.trim().is_empty() {
        // Readability found no article: fall back to the page's paragraphs.
        let paras: Vec<String> =
            doc.select("body p").iter().map(|p| squash(&p.text())).filter(|p| !p.is_empty()).collect();
        text = paras.join("\n\n");
    }
    if text.trim().is_empty() {
        return Err(err("no article text in this page"));
    }
    let mut notes = Vec::new();
    let published =
        meta.published.as_deref().or(readable.as_ref().and_then(|a| a.published_time.as_deref())).and_then(|p| {
            let d = crate::dates::parse(p);
            if d.is_none() {
                notes.push(format!("{locator}: publication date `{p}` not understood; ignored"));
            }
            d
        });
    let title = meta.title.or_else(|| readable.as_ref().and_then(|a| nonempty(Some(&a.title)))).or(page_title);
    let outlet = meta.outlet.or_else(|| readable.as_ref().and_then(|a| nonempty(a.site_name.as_deref())));
    Ok(SourceDoc { locator: locator.to_string(), text, title, published, outlet, url, external_id: None, notes })
}

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "br",
    "hr",
    "dd",
    "dt",
    "dl",
];
const SKIP: &[&str] =
    &["script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "svg", "iframe"];

/// The text of an HTML fragment: paragraphs separated by a blank line, whitespace inside
/// a paragraph collapsed, entities decoded.
pub fn fragment_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return paragraphs(html);
    }
    let doc = Document::fragment(html);
    let mut raw = String::new();
    walk(&doc.root(), &mut raw, 0);
    paragraphs(&raw)
}

fn walk(node: &NodeRef, out: &mut String, depth: usize) {
    if depth > 200 {
        return; // absurdly nested markup: what is below is not prose
    }
    for child in node.children_it(false) {
        if child.is_text() {
            out.push_str(&child.text());
        } else if child.is_element() {
            let name = child.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
            if SKIP.contains(&name.as_str()) {
                continue;
            }
            let block = BLOCKS.contains(&name.as_str());
            if block {
                out.push_str("\n\n");
            }
            walk(&child, out, depth + 1);
            if block {
                out.push_str("\n\n");
            }
        }
    }
}

/// Paragraphs split on blank lines (single newlines inside a paragraph are spaces).
fn paragraphs(raw: &str) -> String {
    let mut paras = Vec::new();
    let mut current = String::new();
    for line in raw.lines() {
        if line.trim().is_empty() {
            if !current.trim().is_empty() {
                paras.push(squash(&current));
            }
            current.clear();
        } else {
            current.push(' ');
            current.push_str(line);
        }
    }
    if !current.trim().is_empty() {
        paras.push(squash(&current));
    }
    paras.join("\n\n")
}
