//! Publication dates as inputs write them.

use chrono::NaiveDate;

/// The calendar date of a timestamp as written: `2023-06-14`, `2023-06-14T08:00:00Z`,
/// `2023-06-14 08:00:00`, RFC 3339 with an offset, RFC 2822 (`Wed, 14 Jun 2023 08:00:00
/// +0000`), `2023/06/14`, `20230614`.
pub fn parse(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(d) = s.get(..10).and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok()) {
        return Some(d);
    }
    if let Some(d) = s.get(..10).and_then(|p| NaiveDate::parse_from_str(p, "%Y/%m/%d").ok()) {
        return Some(d);
    }
    if s.len() >= 8 && s.as_bytes()[..8].iter().all(u8::is_ascii_digit) {
        if let Ok(d) = NaiveDate::parse_from_str(&s[..8], "%Y%m%d") {
            return Some(d);
        }
    }
    if let Ok(t) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(t.date_naive());
    }
    // RFC 2822 without the weekday, or with a zone name chrono does not know.
    let words: Vec<&str> = s.split_whitespace().collect();
    for start in 0..words.len().min(2) {
        if let Some(three) = words.get(start..start + 3) {
            if let Ok(d) = NaiveDate::parse_from_str(&three.join(" "), "%d %b %Y") {
                return Some(d);
            }
            if let Ok(d) = NaiveDate::parse_from_str(&three.join(" ").replace(',', ""), "%B %d %Y") {
                return Some(d);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn timestamps_in_the_wild() {
        let d = chrono::NaiveDate::from_ymd_opt(2023, 6, 14);
        for s in [
            "2023-06-14",
            "2023-06-14T08:00:00Z",
            "2023-06-14 08:00:00",
            "2023-06-14T23:30:00-05:00",
            "Wed, 14 Jun 2023 08:00:00 +0000",
            "14 Jun 2023 08:00:00 GMT",
            "Wed, 14 Jun 2023 08:00:00 EEST",
            "2023/06/14",
            "20230614",
            "June 14, 2023",
        ] {
            assert_eq!(parse(s), d, "{s}");
        }
        assert_eq!(parse("yesterday"), None);
        assert_eq!(parse(""), None);
        assert_eq!(parse("2023-13-45"), None);
    }
}
