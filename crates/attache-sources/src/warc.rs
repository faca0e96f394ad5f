//! WARC files (WARC/1.0 and 1.1, such as CC-NEWS): the HTML pages of successful
//! responses, one record at a time.

use crate::{failed, Item, Reader};
use std::io::{BufRead, Read};

/// Records larger than this are skipped without being held in memory.
const MAX_RECORD: u64 = 64 << 20;

pub fn records(name: String, reader: Reader) -> impl Iterator<Item = Item> + Send {
    records_from(name, reader, 0)
}

/// As [`records`], for a reader that starts after `skipped` records of the file (a byte
/// range of it), so that locators number records as a reading of the whole file does.
pub fn records_from(name: String, mut reader: Reader, skipped: u64) -> impl Iterator<Item = Item> + Send {
    let mut n = skipped as usize;
    let mut done = false;
    std::iter::from_fn(move || {
        while !done {
            n += 1;
            let locator = format!("{name}#{n}");
            match next_record(&mut reader) {
                Ok(None) => done = true,
                Ok(Some(rec)) => {
                    if let Some(item) = page(&locator, rec) {
                        return Some(item);
                    }
                }
                Err(e) => {
                    done = true;
                    return Some(failed(locator, e));
                }
            }
        }
        None
    })
}

struct Record {
    headers: Vec<(String, String)>,
    block: Vec<u8>,
}

impl Record {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

fn read_line(reader: &mut Reader, buf: &mut Vec<u8>) -> Result<usize, String> {
    buf.clear();
    reader.by_ref().take(1 << 16).read_until(b'\n', buf).map_err(|e| format!("reading stopped: {e}"))
}

/// The next record; `Ok(None)` at the end of the file. Non-response records and
/// oversized ones come back with an empty block.
fn next_record(reader: &mut Reader) -> Result<Option<Record>, String> {
    let mut line = Vec::new();
    // Records are separated by blank lines.
    loop {
        if read_line(reader, &mut line)? == 0 {
            return Ok(None);
        }
        if !line.iter().all(u8::is_ascii_whitespace) {
            break;
        }
    }
    if !line.starts_with(b"WARC/") {
        return Err("not a WARC record here (expected a `WARC/1.x` line); the rest of the file is skipped".into());
    }
    let mut headers = Vec::new();
    loop {
        if read_line(reader, &mut line)? == 0 {
            return Err("the file ends inside a record header (truncated)".into());
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end();
        if text.is_empty() {
            break;
        }
        if let Some((k, v)) = text.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let mut rec = Record { headers, block: Vec::new() };
    let length: u64 = rec
        .header("Content-Length")
        .and_then(|l| l.parse().ok())
        .ok_or_else(|| "record without a valid Content-Length".to_string())?;
    let wanted = rec.header("WARC-Type").is_some_and(|t| t.eq_ignore_ascii_case("response")) && length <= MAX_RECORD;
    if wanted {
        rec.block.reserve(length as usize);
        let got =
            reader.by_ref().take(length).read_to_end(&mut rec.block).map_err(|e| format!("reading stopped: {e}"))?;
        if (got as u64) < length {
            return Err("the file ends inside a record (truncated)".into());
        }
    } else {
        let skipped = std::io::copy(&mut reader.by_ref().take(length), &mut std::io::sink())
            .map_err(|e| format!("reading stopped: {e}"))?;
        if skipped < length {
            return Err("the file ends inside a record (truncated)".into());
        }
        rec.headers.retain(|(k, _)| k.eq_ignore_ascii_case("WARC-Type"));
    }
    Ok(Some(rec))
}

/// The article of a response record, if it is a successful HTML page.
fn page(locator: &str, rec: Record) -> Option<Item> {
    if !rec.header("WARC-Type").is_some_and(|t| t.eq_ignore_ascii_case("response")) || rec.block.is_empty() {
        return None;
    }
    let split = find(&rec.block, b"\r\n\r\n").map(|i| (i, 4)).or_else(|| find(&rec.block, b"\n\n").map(|i| (i, 2)))?;
    let head = String::from_utf8_lossy(&rec.block[..split.0]).to_string();
    let mut body = rec.block[split.0 + split.1..].to_vec();
    let mut lines = head.lines();
    let status = lines.next()?;
    if status.split_whitespace().nth(1) != Some("200") {
        return None;
    }
    let http: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string())))
        .collect();
    let get = |k: &str| http.iter().find(|(n, _)| n == k).map(|(_, v)| v.to_ascii_lowercase());
    let content_type = get("content-type").unwrap_or_default();
    if !content_type.contains("html") {
        return None;
    }
    if get("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
        match dechunk(&body) {
            Some(b) => body = b,
            None => return Some(failed(locator, "the HTTP body's chunked encoding is broken")),
        }
    }
    if get("content-encoding").is_some_and(|e| e.contains("gzip")) {
        let mut out = Vec::new();
        if flate2::read::MultiGzDecoder::new(body.as_slice()).take(MAX_RECORD).read_to_end(&mut out).is_err() {
            return Some(failed(locator, "the HTTP body is not valid gzip"));
        }
        body = out;
    }
    let html = decode_body(&body, &content_type);
    let uri = rec.header("WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_string());
    Some(match crate::html_document(locator, &html, uri.as_deref()) {
        Ok(mut d) => {
            d.external_id = rec.header("WARC-Record-ID").map(|s| s.trim_matches(['<', '>']).to_string());
            Item::Doc(d)
        }
        Err(e) => Item::Failed(e),
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The charset named by the header or the page, UTF-8 if none; single-byte Western
/// charsets are mapped byte for byte.
fn decode_body(body: &[u8], content_type: &str) -> String {
    let head = String::from_utf8_lossy(&body[..body.len().min(2048)]).to_ascii_lowercase();
    let declared = content_type
        .split("charset=")
        .nth(1)
        .or_else(|| head.split("charset=").nth(1))
        .map(|c| {
            c.trim_matches(['"', '\'', ' ']).split(['"', '\'', ';', ' ', '>', '/']).next().unwrap_or("").to_string()
        })
        .unwrap_or_default();
    match declared.as_str() {
        "iso-8859-1" | "latin1" | "latin-1" | "windows-1252" | "cp1252" | "us-ascii"
            if std::str::from_utf8(body).is_err() =>
        {
            body.iter().map(|&b| b as char).collect()
        }
        _ => String::from_utf8_lossy(body).into_owned(),
    }
}

/// Undoes HTTP chunked transfer encoding.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = find(body, b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..eol]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?.strip_prefix(b"\r\n").unwrap_or(body.get(size..)?);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn chunked_bodies() {
        assert_eq!(super::dechunk(b"5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n").as_deref(), Some(&b"hello world"[..]));
        assert_eq!(super::dechunk(b"ff\r\nshort"), None);
    }
}

/// A part of a WARC file that can be read on its own: it starts at a record (for a
/// gzipped file, at a gzip member) and holds whole records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub start: u64,
    pub end: u64,
    /// Records before `start`.
    pub first_record: u64,
}

/// Counts what is read through it.
struct Position<R> {
    inner: R,
    at: u64,
}

impl<R: Read> Read for Position<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.at += n as u64;
        Ok(n)
    }
}

/// Skips one record of `r` (header lines, then Content-Length bytes); false at the end.
fn skip_record<R: BufRead>(r: &mut R) -> std::io::Result<bool> {
    let bad = |m: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, m.to_string());
    let mut line = Vec::new();
    loop {
        line.clear();
        if r.by_ref().take(1 << 16).read_until(b'\n', &mut line)? == 0 {
            return Ok(false);
        }
        if !line.iter().all(u8::is_ascii_whitespace) {
            break;
        }
    }
    if !line.starts_with(b"WARC/") {
        return Err(bad("not a WARC record here (expected a `WARC/1.x` line)"));
    }
    let mut length = None;
    loop {
        line.clear();
        if r.by_ref().take(1 << 16).read_until(b'\n', &mut line)? == 0 {
            return Err(bad("the file ends inside a record header (truncated)"));
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end();
        if text.is_empty() {
            break;
        }
        if let Some((k, v)) = text.split_once(':') {
            if k.trim().eq_ignore_ascii_case("Content-Length") {
                length = v.trim().parse::<u64>().ok();
            }
        }
    }
    let length = length.ok_or_else(|| bad("record without a valid Content-Length"))?;
    if std::io::copy(&mut r.by_ref().take(length), &mut std::io::sink())? < length {
        return Err(bad("the file ends inside a record (truncated)"));
    }
    Ok(true)
}

/// Cuts a WARC file into ranges of about `target` bytes that start at record
/// boundaries: gzip members for a gzipped file (CC-NEWS gzips each record on its own; a
/// file gzipped whole is one range), records for a plain one.
pub fn split(path: &std::path::Path, target: u64) -> std::io::Result<Vec<Range>> {
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    let mut raw = std::io::BufReader::with_capacity(1 << 16, Position { inner: file, at: 0 });
    let gzip = raw.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let mut ranges = Vec::new();
    let mut current = Range { start: 0, end: 0, first_record: 0 };
    let mut records = 0u64;
    loop {
        // Where the next record (or member) starts: what was read minus what is buffered.
        let at = raw.get_ref().at - raw.buffer().len() as u64;
        if at - current.start >= target && at < size {
            current.end = at;
            ranges.push(current);
            current = Range { start: at, end: 0, first_record: records };
        }
        if raw.fill_buf()?.is_empty() {
            break;
        }
        if gzip {
            let mut member = std::io::BufReader::new(flate2::bufread::GzDecoder::new(&mut raw));
            while skip_record(&mut member)? {
                records += 1;
            }
        } else if skip_record(&mut raw)? {
            records += 1;
        } else {
            break;
        }
    }
    current.end = size;
    ranges.push(current);
    Ok(ranges)
}
