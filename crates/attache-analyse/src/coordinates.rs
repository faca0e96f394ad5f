//! Geographic coordinates written out in the text: "33°47′N 44°30′E", "59°10′25″N
//! 18°10′05″E", "33.783°N 44.500°E", and after one of those the decimal pair that
//! encyclopaedias add ("… / 33.783; 44.500"). Each is a place whose point the text gives,
//! as military releases and reference articles do.

use attache_model::Span;

/// A coordinate pair found in the text: its span and (latitude, longitude) in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coordinates {
    pub span: Span,
    pub lat: f64,
    pub lon: f64,
}

/// Every coordinate pair of `text`, in text order.
pub fn find(text: &str) -> Vec<Coordinates> {
    let mut out: Vec<Coordinates> = Vec::new();
    // Every pair has a degree sign in its first half; most texts have none at all.
    let mut from = 0;
    while let Some(k) = text[from..].find('°') {
        let degree = from + k;
        from = degree + '°'.len_utf8();
        let start = number_start(text, degree);
        if start == degree || out.last().is_some_and(|c| start < c.span.end) {
            continue;
        }
        let Some(pair) = hemisphere_pair(text, start) else { continue };
        from = pair.span.end;
        out.push(pair);
        // "… / 33.783; 44.500": the decimal form after a slash.
        let mut at = pair.span.end;
        loop {
            let rest = &text[at..];
            let Some(next) = rest.strip_prefix(" / ") else { break };
            let next_at = at + (rest.len() - next.len());
            let found = hemisphere_pair(text, next_at).or_else(|| decimal_pair(text, next_at));
            match found {
                Some(c) => {
                    out.push(c);
                    at = c.span.end;
                    from = at;
                }
                None => break,
            }
        }
    }
    out
}

/// Where the number that ends right before byte `end` starts (digits and one point).
fn number_start(text: &str, end: usize) -> usize {
    let b = text.as_bytes();
    let mut i = end;
    while i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'.') {
        i -= 1;
    }
    // A number glued to a letter or a word is part of something else ("A33°").
    if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') {
        return end;
    }
    i
}

/// An unsigned decimal number at `at`: its value and end.
fn number(text: &str, at: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    let mut i = at;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i == at {
        return None;
    }
    if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    Some((text[at..i].parse().ok()?, i))
}

/// One half of a pair: degrees with a degree sign, then minutes (′ or ') and seconds
/// (″ or ") if given, then N, S, E or W. Returns the signed value, whether it is a
/// latitude, and its end.
fn hemisphere_value(text: &str, at: usize) -> Option<(f64, bool, usize)> {
    let (deg, mut i) = number(text, at)?;
    i = text[i..].strip_prefix('°').map(|r| text.len() - r.len())?;
    let mut value = deg;
    for (marks, scale) in [(&["′", "'"], 60.0), (&["″", "\""], 3600.0)] {
        if let Some((n, j)) = number(text, i) {
            let Some(mark) = marks.iter().find(|m| text[j..].starts_with(**m)) else { break };
            value += n / scale;
            i = j + mark.len();
        }
    }
    let rest = &text[i..];
    let trimmed = rest.trim_start_matches(' ');
    let h = trimmed.as_bytes().first().copied()?;
    let end = i + (rest.len() - trimmed.len()) + 1;
    // The letter stands alone: "44°30′E" or "44°30′ E", not "44° East".
    if text.as_bytes().get(end).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let (sign, lat) = match h {
        b'N' => (1.0, true),
        b'S' => (-1.0, true),
        b'E' => (1.0, false),
        b'W' => (-1.0, false),
        _ => return None,
    };
    Some((sign * value, lat, end))
}

/// A latitude and a longitude with hemispheres, separated by a space or a comma.
fn hemisphere_pair(text: &str, at: usize) -> Option<Coordinates> {
    let (lat, is_lat, i) = hemisphere_value(text, at)?;
    let rest = &text[i..];
    let next = rest.trim_start_matches([' ', ',']);
    if next.len() == rest.len() || rest.len() - next.len() > 3 {
        return None;
    }
    let (lon, lon_is_lat, end) = hemisphere_value(text, i + (rest.len() - next.len()))?;
    if !is_lat || lon_is_lat {
        return None;
    }
    valid(lat, lon).then_some(Coordinates { span: Span::new(at, end), lat, lon })
}

/// "33.783; 44.500": two signed decimals with a semicolon between, each with at least
/// two decimal places (only read after a pair with hemispheres).
fn decimal_pair(text: &str, at: usize) -> Option<Coordinates> {
    let signed = |at: usize| -> Option<(f64, usize)> {
        let neg = text[at..].starts_with('-');
        let from = at + neg as usize;
        let (v, end) = number(text, from)?;
        let decimals = text[from..end].split_once('.').map_or(0, |(_, d)| d.len());
        (decimals >= 2).then_some((if neg { -v } else { v }, end))
    };
    let (lat, i) = signed(at)?;
    let j = i + text[i..].strip_prefix("; ").map(|_| 2)?;
    let (lon, end) = signed(j)?;
    if text.as_bytes().get(end).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    valid(lat, lon).then_some(Coordinates { span: Span::new(at, end), lat, lon })
}

/// The country of the knowledge base's place nearest to a point, if one lies within
/// 100 km: near enough to say whose territory the point is in, for all but border strips.
pub fn country_near(kb: &attache_kb::Kb, lat: f64, lon: f64) -> Option<String> {
    let mut best: Option<(f64, &str)> = None;
    for p in kb.places.iter().filter(|p| !p.region) {
        let d = distance_km((lat, lon), (p.lat, p.lon));
        if d <= 100.0 && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, &p.country));
        }
    }
    best.map(|(_, c)| c.to_string())
}

/// Great-circle distance in kilometres.
fn distance_km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

fn valid(lat: f64, lon: f64) -> bool {
    (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, f64, f64)> {
        find(text).into_iter().map(|c| (&text[c.span.start..c.span.end], c.lat, c.lon)).collect()
    }

    #[test]
    fn degrees_minutes_seconds_and_decimals() {
        let text = "Coordinates: 59°10′25″N 18°10′05″E / 59.173616°N 18.167988°E / 59.173616; 18.167988 here";
        let f = found(text);
        assert_eq!(f.len(), 3, "{f:?}");
        assert_eq!(f[0].0, "59°10′25″N 18°10′05″E");
        assert!((f[0].1 - 59.173611).abs() < 1e-4 && (f[0].2 - 18.168056).abs() < 1e-4, "{f:?}");
        assert_eq!(f[1].0, "59.173616°N 18.167988°E");
        assert_eq!(f[2].0, "59.173616; 18.167988");
    }

    #[test]
    fn southern_and_western_halves_are_negative() {
        let f = found("The ship was last seen at 12°30'S, 77°15'W on Monday.");
        assert_eq!(f, vec![("12°30'S, 77°15'W", -12.5, -77.25)]);
    }

    #[test]
    fn temperatures_and_lone_values_are_no_place() {
        assert!(found("It was 40°C in Baghdad and 104°F in Phoenix.").is_empty());
        assert!(found("The ridge runs at 33°N across the plain.").is_empty());
        assert!(found("A bearing of 120° East of the town.").is_empty());
        // A decimal pair alone is no coordinate.
        assert!(found("Scores were 33.783; 44.500 in the final.").is_empty());
        // Out of range.
        assert!(found("at 95°N 10°E").is_empty());
    }
}
