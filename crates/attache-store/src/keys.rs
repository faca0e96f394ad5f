//! Document identity: a key from the normalised text, and a canonical URL.
//!
//! Two copies of one article rarely agree byte for byte (a feed and the page, two
//! crawls, a re-encoded file), so the key hashes the text after folding what such copies
//! differ in: case, runs of whitespace, typographic quotes and dashes. The canonical URL
//! catches the same page re-fetched after a correction.

use sha2::{Digest, Sha256};

/// 32 hex digits of the SHA-256 of the normalised text.
pub fn document_key(text: &str) -> String {
    let mut hasher = Sha256::new();
    // The normalised text goes to the hasher in blocks: one update per character cost
    // more than the hashing itself.
    let mut block = Vec::with_capacity(8192);
    let mut pending_space = false;
    let mut started = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = started;
            continue;
        }
        if pending_space {
            block.push(b' ');
            pending_space = false;
        }
        started = true;
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        };
        if c.is_ascii() {
            block.push(c.to_ascii_lowercase() as u8);
        } else {
            let mut buf = [0u8; 4];
            for lc in c.to_lowercase() {
                block.extend_from_slice(lc.encode_utf8(&mut buf).as_bytes());
            }
        }
        if block.len() >= 8000 {
            hasher.update(&block);
            block.clear();
        }
    }
    hasher.update(&block);
    let digest = hasher.finalize();
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// A URL with what does not change the page removed: the fragment, tracking
/// parameters (`utm_*`, `fbclid`, `gclid`), a trailing slash, the case of scheme and
/// host, and `http` versus `https`. `None` for something that is not an http(s) URL.
pub fn canonical_url(url: &str) -> Option<String> {
    let url = url.trim();
    let (scheme, rest) = url.split_once("://")?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return None;
    }
    let rest = rest.split('#').next().unwrap_or_default();
    let (authority, path_query) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    if authority.is_empty() {
        return None;
    }
    let host = authority.to_ascii_lowercase();
    let host = host.strip_suffix(":80").or_else(|| host.strip_suffix(":443")).unwrap_or(&host);
    let (path, query) = match path_query.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (path_query, None),
    };
    let path = path.trim_end_matches('/');
    let kept: Vec<&str> = query
        .unwrap_or_default()
        .split('&')
        .filter(|p| {
            let name = p.split('=').next().unwrap_or_default().to_ascii_lowercase();
            !p.is_empty() && !name.starts_with("utm_") && name != "fbclid" && name != "gclid"
        })
        .collect();
    let mut out = format!("https://{host}{path}");
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    Some(out)
}

/// The host of a URL without `www.`, used as the outlet when none is given.
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_ignores_case_spacing_and_typography() {
        let a = document_key("The minister’s  visit\n\nto Astana — talks.");
        let b = document_key("  the Minister's visit to astana - talks. ");
        assert_eq!(a, b);
        assert_ne!(a, document_key("The minister's visit to Almaty - talks."));
        assert_eq!(a.len(), 32);
    }

    /// Keys are stored: they must not change from one version to the next. The expected
    /// values are the SHA-256 of the normalised texts, computed outside attache
    /// (`hashlib.sha256(b"...").hexdigest()[:32]` in Python).
    #[test]
    fn keys_are_stable() {
        assert_eq!(document_key("  Hello,\n “World” — it’s  Ünal OK "), "f7249eb8785b272e31f470efc4bfe443");
        // Longer than one block of the hasher's input.
        assert_eq!(document_key(&"Ab\n".repeat(5000)), "133f34993b1a414dfbb05803f09eab5f");
    }

    #[test]
    fn canonical_urls() {
        assert_eq!(
            canonical_url("HTTP://WWW.Example.com:80/news/story/?utm_source=x&id=4#top").as_deref(),
            Some("https://www.example.com/news/story?id=4")
        );
        assert_eq!(canonical_url("https://example.com").as_deref(), Some("https://example.com"));
        assert_eq!(canonical_url("mailto:a@b.c"), None);
        assert_eq!(canonical_url("https:///x"), None);
        assert_eq!(url_host("https://www.voanews.com/a/x").as_deref(), Some("voanews.com"));
    }
}
