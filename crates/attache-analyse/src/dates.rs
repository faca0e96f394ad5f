//! Date expressions of news ("on June 12", "Dec. 5, 2023", "on Tuesday", "last month",
//! "In May", "yesterday") and their resolution against an anchor date.

use crate::segment::{Token, TokenKind};
use attache_model::{PartialDate, Span};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    Yesterday,
    Today,
    Tomorrow,
    ThisWeek,
    LastWeek,
    NextWeek,
    ThisMonth,
    LastMonth,
    NextMonth,
    ThisYear,
    LastYear,
    NextYear,
    DaysAgo(i64),
    WeeksAgo(i64),
    MonthsAgo(i64),
    YearsAgo(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    Full(NaiveDate),
    MonthDay(u32, u32),
    MonthYear(i32, u32),
    Month(u32),
    Year(i32),
    /// A weekday, with -1 for "last", +1 for "next", 0 when bare.
    Weekday(Weekday, i8),
    Relative(Relative),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateExpr {
    pub span: Span,
    pub kind: DateKind,
}

pub(crate) fn month(word: &str) -> Option<u32> {
    // Month names must be capitalised: "may" is a verb, "march" a noun. Checking that
    // first keeps the common case (a lowercase word) free of allocation.
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) || word.len() > 10 {
        return None;
    }
    // Only these letters start a month name: most capitalised words stop here.
    if !matches!(word.as_bytes()[0], b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D') {
        return None;
    }
    let w = word.trim_end_matches('.');
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    // Compared in place: the capitalised words that reach here are mostly names.
    let b = w.as_bytes();
    for (i, m) in MONTHS.iter().enumerate() {
        let m = m.as_bytes();
        let matches = if b.len() == m.len() {
            b.eq_ignore_ascii_case(m)
        } else {
            (b.len() == 3 || (b.len() == 4 && b.eq_ignore_ascii_case(b"sept")))
                && b.len() < m.len()
                && m[..b.len()].eq_ignore_ascii_case(b)
        };
        if matches {
            // Month names must be capitalised: "may" is a verb, "march" a noun.
            return w.chars().next().filter(|c| c.is_uppercase()).map(|_| i as u32 + 1);
        }
    }
    None
}

pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    Some(match word {
        "Monday" => Weekday::Mon,
        "Tuesday" => Weekday::Tue,
        "Wednesday" => Weekday::Wed,
        "Thursday" => Weekday::Thu,
        "Friday" => Weekday::Fri,
        "Saturday" => Weekday::Sat,
        "Sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn year(word: &str) -> Option<i32> {
    if word.len() != 4 || !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let y: i32 = word.parse().ok()?;
    (word.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

fn day(word: &str) -> Option<u32> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let w = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let d: u32 = w.parse().ok()?;
    (w.len() <= 2
        && (1..=31).contains(&d)
        && (w.len() == word.len() || matches!(&word[w.len()..], "st" | "nd" | "rd" | "th")))
    .then_some(d)
}

fn iso(word: &str) -> Option<NaiveDate> {
    if word.len() == 10 && word.as_bytes()[4] == b'-' && word.as_bytes()[7] == b'-' {
        NaiveDate::parse_from_str(word, "%Y-%m-%d").ok()
    } else {
        None
    }
}

/// A short word lowercased on the stack (the words compared here are at most nine
/// letters; a longer one reads as empty, which matches none of them). A word with no
/// ASCII capital is read as it is, without a copy.
struct Lower<'a> {
    word: &'a str,
    buf: [u8; 12],
    len: usize,
}

impl<'a> Lower<'a> {
    fn of(word: &'a str) -> Self {
        let mut buf = [0; 12];
        if word.len() > buf.len() {
            return Lower { word: "", buf, len: 0 };
        }
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Lower { word, buf, len: 0 };
        }
        let len = word.len();
        buf[..len].copy_from_slice(word.as_bytes());
        buf[..len].make_ascii_lowercase();
        Lower { word: "", buf, len }
    }

    fn as_str(&self) -> &str {
        if self.len == 0 {
            return self.word;
        }
        // ASCII lowercasing of a whole `str` keeps it valid UTF-8.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// Every date expression in the tokens, left to right (`token_text` is the text of each
/// token, [`crate::segment::token_texts`]).
pub fn find(tokens: &[Token], token_text: &[&str]) -> Vec<DateExpr> {
    let w = |i: usize| token_text.get(i).copied().unwrap_or("");
    let lw = |i: usize| Lower::of(w(i));
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let span_to = |j: usize| Span::new(t.span.start, tokens[j].span.end);
        let mut found: Option<(usize, DateKind)> = None;
        if t.kind == TokenKind::Word || t.kind == TokenKind::Number {
            let word = w(i);
            if !word.bytes().next().is_some_and(may_start_date) {
                i += 1;
                continue;
            }
            if let Some(d) = iso(word) {
                found = Some((i, DateKind::Full(d)));
            } else if let Some(m) = month(word) {
                if let Some(d) = day(w(i + 1)) {
                    // "June 12" [, 2023]
                    let yi = if w(i + 2) == "," { i + 3 } else { i + 2 };
                    match year(w(yi)) {
                        Some(y) => {
                            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                                found = Some((yi, DateKind::Full(date)));
                            }
                        }
                        None => found = Some((i + 1, DateKind::MonthDay(m, d))),
                    }
                } else if let Some(y) = year(w(i + 1)) {
                    found = Some((i + 1, DateKind::MonthYear(y, m)));
                } else if w(i + 1) == "," && year(w(i + 2)).is_some() {
                    found = Some((i + 2, DateKind::MonthYear(year(w(i + 2)).unwrap_or(0), m)));
                } else if word != "May"
                    // "the independent broadcaster April TV": a month before a capitalised
                    // word names something, unless a preposition of time opens it.
                    && !w(i + 1).starts_with(|c: char| c.is_uppercase())
                    // "Defense Minister Dong Jun": a month's abbreviation with no day or
                    // year is a month only after such a preposition.
                    && word.trim_end_matches('.').len() > 4
                    || matches!(
                        lw(i.wrapping_sub(1)).as_str(),
                        "in" | "since"
                            | "until"
                            | "early"
                            | "late"
                            | "mid"
                            | "last"
                            | "next"
                            | "of"
                            | "by"
                            | "this"
                            | "from"
                            | "through"
                    )
                {
                    found = Some((i, DateKind::Month(m)));
                }
            } else if let Some(d) = day(word) {
                // "12 June 2023", "12 June"
                if let Some(m) = month(w(i + 1)) {
                    match year(w(i + 2)) {
                        Some(y) => {
                            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                                found = Some((i + 2, DateKind::Full(date)));
                            }
                        }
                        None => found = Some((i + 1, DateKind::MonthDay(m, d))),
                    }
                }
            } else if let Some(y) = year(word) {
                let prev = lw(i.wrapping_sub(1));
                if matches!(
                    prev.as_str(),
                    "in" | "since" | "of" | "until" | "by" | "early" | "late" | "mid" | "from" | "through"
                ) {
                    found = Some((i, DateKind::Year(y)));
                }
            } else if let Some(wd) = weekday(word) {
                let prev = lw(i.wrapping_sub(1));
                let dir = match prev.as_str() {
                    "last" | "past" => -1,
                    "next" | "coming" => 1,
                    _ => 0,
                };
                found = Some((i, DateKind::Weekday(wd, dir)));
            } else if word.len() <= 9
                && word.starts_with(|c: char| {
                    matches!(c.to_ascii_lowercase(), 'y' | 't' | 'l' | 'n' | 'f' | 's' | 'a' | 'e' | '0'..='9')
                })
            {
                let lower = Lower::of(word);
                let lower = lower.as_str();
                // Only a relative word, a number or a number word can start one of these
                // expressions; the next word is read only then.
                if !(RELATIVE_FIRST.contains(&lower)
                    || number_word(lower).is_some()
                    || lower.starts_with(|c: char| c.is_ascii_digit()))
                {
                    i += 1;
                    continue;
                }
                let next = lw(i + 1);
                let rel = match (lower, next.as_str()) {
                    ("yesterday", _) => Some((i, Relative::Yesterday)),
                    ("today", _) | ("tonight", _) => Some((i, Relative::Today)),
                    ("tomorrow", _) => Some((i, Relative::Tomorrow)),
                    ("last", "week") => Some((i + 1, Relative::LastWeek)),
                    ("this", "week") => Some((i + 1, Relative::ThisWeek)),
                    ("next", "week") => Some((i + 1, Relative::NextWeek)),
                    ("last", "month") => Some((i + 1, Relative::LastMonth)),
                    ("this", "month") => Some((i + 1, Relative::ThisMonth)),
                    ("next", "month") => Some((i + 1, Relative::NextMonth)),
                    ("last", "year") => Some((i + 1, Relative::LastYear)),
                    ("this", "year") => Some((i + 1, Relative::ThisYear)),
                    ("next", "year") => Some((i + 1, Relative::NextYear)),
                    _ => None,
                };
                if let Some((end, r)) = rel {
                    found = Some((end, DateKind::Relative(r)));
                } else if let Ok(n) = lower.parse::<i64>().or_else(|_| number_word(lower).ok_or(())) {
                    // "three days ago", "two weeks ago", "a month ago", "five years ago".
                    let ago = match next.as_str() {
                        "days" | "day" => Some(Relative::DaysAgo(n)),
                        "weeks" | "week" => Some(Relative::WeeksAgo(n)),
                        "months" | "month" => Some(Relative::MonthsAgo(n)),
                        "years" | "year" => Some(Relative::YearsAgo(n)),
                        _ => None,
                    };
                    if let Some(r) = ago.filter(|_| lw(i + 2).as_str() == "ago") {
                        found = Some((i + 2, DateKind::Relative(r)));
                    }
                }
            }
        }
        match found {
            Some((end, kind)) => {
                // Take "last"/"next" before a weekday into the span.
                let start = if matches!(kind, DateKind::Weekday(_, d) if d != 0) {
                    tokens[i - 1].span.start
                } else {
                    t.span.start
                };
                out.push(DateExpr { span: Span::new(start, span_to(end).end), kind });
                i = end + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether a word starting with byte `b` may start a date expression of [`find`]: a
/// digit; the capital of a month or weekday; the initial of a relative word or a number
/// word in either case ("yesterday", "Last week", "two days ago"); or any byte that is not
/// an ASCII letter. Most words fail this one test instead of each of [`find`]'s.
fn may_start_date(b: u8) -> bool {
    match b {
        b'a'..=b'z' => matches!(b, b'y' | b't' | b'l' | b'n' | b'f' | b's' | b'a' | b'e'),
        b'A'..=b'Z' => {
            matches!(b, b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D' | b'T' | b'W' | b'Y' | b'L' | b'E')
        }
        _ => true,
    }
}

/// The words the relative expressions of [`find`] start with ("yesterday", "last week").
const RELATIVE_FIRST: &[&str] = &["yesterday", "today", "tonight", "tomorrow", "last", "this", "next"];

/// The number a lowercase word of counting names ("a" is one).
pub(crate) fn number_word(w: &str) -> Option<i64> {
    Some(match w {
        "a" | "an" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return None,
    })
}

fn month_back(y: i32, m: u32, back: i32) -> (i32, u32) {
    let idx = y * 12 + m as i32 - 1 - back;
    (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
}

/// Resolves `kind` against `anchor` (usually the publication date). `future` says the
/// event lies ahead ("will visit on Tuesday"), which turns bare weekdays and months forward,
/// but not a day of the last month or the previous month: "would cease aid after the
/// clash on Feb. 28", written on March 12, is about the past, and news rarely names
/// a day eleven months ahead without its year.
pub fn resolve(kind: DateKind, anchor: NaiveDate, future: bool) -> Option<PartialDate> {
    Some(match kind {
        DateKind::Full(d) => PartialDate::Day(d),
        DateKind::MonthDay(m, d) => {
            let this = NaiveDate::from_ymd_opt(anchor.year(), m, d)?;
            let date = if !future && this > anchor + Duration::days(7) {
                NaiveDate::from_ymd_opt(anchor.year() - 1, m, d)?
            } else if future && this + Duration::days(31) < anchor {
                NaiveDate::from_ymd_opt(anchor.year() + 1, m, d)?
            } else {
                this
            };
            PartialDate::Day(date)
        }
        DateKind::MonthYear(y, m) => PartialDate::Month(y, m),
        DateKind::Month(m) => {
            let y = if !future && m > anchor.month() {
                anchor.year() - 1
            } else if future && m + 1 < anchor.month() {
                anchor.year() + 1
            } else {
                anchor.year()
            };
            PartialDate::Month(y, m)
        }
        DateKind::Year(y) => PartialDate::Year(y),
        DateKind::Weekday(wd, dir) => {
            let a = anchor.weekday().num_days_from_monday() as i64;
            let w = wd.num_days_from_monday() as i64;
            let back = (a - w).rem_euclid(7);
            let date = if dir > 0 || (dir == 0 && future) {
                let fwd = (w - a).rem_euclid(7);
                // "next Tuesday" on a Tuesday is a week ahead; "will meet on Tuesday" is today.
                anchor + Duration::days(if fwd == 0 && dir > 0 { 7 } else { fwd })
            } else if dir < 0 {
                anchor - Duration::days(if back == 0 { 7 } else { back })
            } else {
                anchor - Duration::days(back)
            };
            PartialDate::Day(date)
        }
        DateKind::Relative(r) => match r {
            Relative::Yesterday => PartialDate::Day(anchor - Duration::days(1)),
            Relative::Today => PartialDate::Day(anchor),
            Relative::Tomorrow => PartialDate::Day(anchor + Duration::days(1)),
            Relative::DaysAgo(n) => PartialDate::Day(anchor - Duration::days(n)),
            Relative::WeeksAgo(n) => {
                let day = anchor - Duration::days(7 * n);
                PartialDate::Week(day - Duration::days(day.weekday().num_days_from_monday() as i64))
            }
            Relative::MonthsAgo(n) => {
                let (y, m) = month_back(anchor.year(), anchor.month(), n as i32);
                PartialDate::Month(y, m)
            }
            Relative::YearsAgo(n) => PartialDate::Year(anchor.year() - n as i32),
            Relative::ThisWeek => {
                PartialDate::Week(anchor - Duration::days(anchor.weekday().num_days_from_monday() as i64))
            }
            Relative::LastWeek => {
                PartialDate::Week(anchor - Duration::days(anchor.weekday().num_days_from_monday() as i64 + 7))
            }
            Relative::NextWeek => {
                PartialDate::Week(anchor + Duration::days(7 - anchor.weekday().num_days_from_monday() as i64))
            }
            Relative::ThisMonth => PartialDate::Month(anchor.year(), anchor.month()),
            Relative::LastMonth => {
                let (y, m) = month_back(anchor.year(), anchor.month(), 1);
                PartialDate::Month(y, m)
            }
            Relative::NextMonth => {
                let (y, m) = month_back(anchor.year(), anchor.month(), -1);
                PartialDate::Month(y, m)
            }
            Relative::ThisYear => PartialDate::Year(anchor.year()),
            Relative::LastYear => PartialDate::Year(anchor.year() - 1),
            Relative::NextYear => PartialDate::Year(anchor.year() + 1),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;

    /// Every word that one of `find`'s tests accepts passes the first-byte gate.
    #[test]
    fn words_that_start_dates_pass_the_first_byte_test() {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September"];
        let more = ["October", "November", "December", "Jan.", "Sept.", "Dec"];
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        let relative = ["yesterday", "today", "tonight", "tomorrow", "last", "this", "next"];
        let numbers =
            ["a", "an", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        for w in months.iter().chain(&more).chain(&weekdays).chain(&relative).chain(&numbers) {
            let accepted = month(w).is_some()
                || weekday(w).is_some()
                || RELATIVE_FIRST.contains(&w.to_lowercase().as_str())
                || number_word(&w.to_lowercase()).is_some();
            assert!(accepted, "{w}");
            for v in [w.to_string(), w.to_ascii_uppercase(), w.to_ascii_lowercase()] {
                let expected =
                    month(&v).is_some() || weekday(&v).is_some() || relative.contains(w) || numbers.contains(w);
                if expected {
                    assert!(may_start_date(v.as_bytes()[0]), "{v}");
                }
            }
        }
        for w in ["12", "2023", "2023-06-14", "1st"] {
            assert!(may_start_date(w.as_bytes()[0]), "{w}");
        }
        for w in ["government", "Russian", "police", "Kazakhstan", "Bishkek"] {
            assert!(!may_start_date(w.as_bytes()[0]), "{w}");
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn one(text: &str, anchor: NaiveDate, future: bool) -> (String, String) {
        let toks = tokenize(text);
        let found = find(&toks, &crate::segment::token_texts(text, &toks));
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let e = found[0];
        (text[e.span.start..e.span.end].to_string(), resolve(e.kind, anchor, future).unwrap().render())
    }

    #[test]
    fn absolute_and_partial_dates() {
        let a = d(2023, 6, 14);
        assert_eq!(one("held on June 12, according to", a, false), ("June 12".into(), "2023-06-12".into()));
        assert_eq!(one("on Dec. 5, 2022 in", a, false), ("Dec. 5, 2022".into(), "2022-12-05".into()));
        assert_eq!(one("on 3 March 2021.", a, false), ("3 March 2021".into(), "2021-03-03".into()));
        assert_eq!(one("In May, Li", a, false), ("May".into(), "2023-05".into()));
        assert_eq!(one("in November he", a, false), ("November".into(), "2022-11".into()));
        assert_eq!(one("in November he", a, true), ("November".into(), "2023-11".into()));
        // Future-modal sentences still look back a month ("would cease aid after the clash
        // on June 1"); further back they look ahead to next year.
        assert_eq!(one("after the clash on June 1", a, true).1, "2023-06-01");
        assert_eq!(one("will open on April 2", a, true).1, "2024-04-02");
        assert_eq!(one("after the vote in May", a, true).1, "2023-05");
        assert_eq!(one("will vote in March", a, true).1, "2024-03");
        assert_eq!(one("in 2019 the", a, false), ("2019".into(), "2019".into()));
        assert_eq!(one("the 2023-06-01 talks", a, false).1, "2023-06-01");
        assert_eq!(one("on December 30 the", d(2024, 1, 2), false).1, "2023-12-30");
    }

    #[test]
    fn relative_dates() {
        let a = d(2023, 6, 14); // a Wednesday
        assert_eq!(one("met on Tuesday", a, false).1, "2023-06-13");
        assert_eq!(one("met on Wednesday", a, false).1, "2023-06-14");
        assert_eq!(one("will meet on Tuesday", a, true).1, "2023-06-20");
        assert_eq!(one("will meet on Wednesday", a, true).1, "2023-06-14");
        assert_eq!(one("will meet next Wednesday", a, true).1, "2023-06-21");
        assert_eq!(one("met last Friday", a, false), ("last Friday".into(), "2023-06-09".into()));
        assert_eq!(one("met yesterday", a, false).1, "2023-06-13");
        assert_eq!(one("met last month", d(2023, 1, 10), false).1, "2022-12");
        assert_eq!(one("three days ago", a, false).1, "2023-06-11");
        // (2023-06-14 is a Wednesday: two weeks before is in the week of Monday May 29.)
        assert_eq!(one("seized a tanker two weeks ago", a, false), ("two weeks ago".into(), "2023-05-29".into()));
        assert_eq!(one("a month ago", a, false).1, "2023-05");
        assert_eq!(one("five years ago", a, false).1, "2018");
        assert_eq!(one("eight days ago", a, false).1, "2023-06-06");
        assert_eq!(one("Eleven days ago", a, false).1, "2023-06-03");
        assert_eq!(one("nine months ago", a, false).1, "2022-09");
        let t = "after a month of talks";
        assert!(find(&tokenize(t), &crate::segment::token_texts(t, &tokenize(t))).is_empty());
    }

    #[test]
    fn a_bare_month_abbreviation_needs_a_preposition_of_time() {
        let a = d(2023, 6, 14);
        // "Defense Minister Dong Jun" names a person, not June.
        let text = "met Defense Minister Dong Jun in Beijing";
        let toks = tokenize(text);
        assert!(find(&toks, &crate::segment::token_texts(text, &toks)).is_empty());
        assert_eq!(one("met in Jun. to", a, false).1, "2023-06");
        assert_eq!(one("met on Jun 3 in", a, false).1, "2023-06-03");
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        let text = "Russia may impose sanctions";
        let toks = tokenize(text);
        assert!(find(&toks, &crate::segment::token_texts(text, &toks)).is_empty());
    }
}
