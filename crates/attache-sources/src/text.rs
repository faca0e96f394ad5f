//! Bytes to text, and plain-text articles.

use crate::{Item, SourceDoc};

/// Decodes UTF-8 (with or without a byte-order mark), replacing invalid bytes and saying so.
pub fn decode(name: &str, bytes: &[u8]) -> (String, Vec<String>) {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), vec![]),
        Err(e) => (
            String::from_utf8_lossy(bytes).into_owned(),
            vec![format!("{name}: invalid UTF-8 from byte {}; decoded with replacement characters", e.valid_up_to())],
        ),
    }
}

/// A plain-text file as one article.
pub fn document(name: &str, bytes: &[u8]) -> Item {
    if bytes.contains(&0) {
        return crate::failed(name, "not a text file (it contains NUL bytes)");
    }
    let (text, notes) = decode(name, bytes);
    if text.trim().is_empty() {
        return crate::failed(name, "no article text");
    }
    Item::Doc(SourceDoc { locator: name.to_string(), text, notes, ..SourceDoc::default() })
}
