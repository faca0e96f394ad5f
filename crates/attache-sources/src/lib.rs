//! Sources: news inputs of every common shape, streamed as documents.
//!
//! Design choices:
//! - **Detected by content, then extension**: a `.txt` holding a feed is read as a feed;
//!   gzip is recognised by its magic bytes, whatever the name.
//! - **Streaming**: [`read_file`] returns an iterator, and each format is read record by
//!   record (JSON Lines by line, JSON arrays by element, WARC by record), so memory does
//!   not grow with the file. Only single pages and feeds are read whole.
//! - **Errors are items**: a record that cannot be read becomes [`Item::Failed`] naming
//!   the file and the line or record, and reading goes on with the next one. Nothing in
//!   this crate panics on input.

mod dates;
mod feed;
mod html;
mod json;
mod text;
mod warc;

pub use html::html_document;

use chrono::NaiveDate;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// One article read from an input, before analysis.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceDoc {
    /// Names the record in messages: `path`, `path:LINE` (JSON Lines), `path#N` (the
    /// N-th element, item or record, from 1).
    pub locator: String,
    pub text: String,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// The input's own id for the record (JSON `id`, feed guid, WARC-Record-ID).
    pub external_id: Option<String>,
    /// What was noticed while reading (invalid UTF-8 replaced, a date ignored …).
    pub notes: Vec<String>,
}

/// A file or record that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceError {
    pub locator: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Doc(SourceDoc),
    Failed(SourceError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Jsonl,
    JsonArray,
    Feed,
    Warc,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    pub size: u64,
}

/// Pages and feeds larger than this are refused rather than read whole.
const MAX_WHOLE_FILE: u64 = 256 << 20;

/// Lists the files under `paths`: files as given, folders recursively in path order,
/// skipping names that start with a dot.
pub fn walk(paths: &[PathBuf]) -> (Vec<InputFile>, Vec<SourceError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        visit(p, &mut files, &mut errors);
    }
    (files, errors)
}

fn visit(path: &Path, files: &mut Vec<InputFile>, errors: &mut Vec<SourceError>) {
    let err = |e: std::io::Error| SourceError { locator: path.display().to_string(), message: e.to_string() };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return errors.push(err(e)),
    };
    if meta.is_file() {
        return files.push(InputFile { path: path.to_path_buf(), size: meta.len() });
    }
    if !meta.is_dir() {
        return;
    }
    let entries = match std::fs::read_dir(path) {
        Ok(r) => r,
        Err(e) => return errors.push(err(e)),
    };
    let mut children: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    children.sort();
    for c in children {
        visit(&c, files, errors);
    }
}

/// The format of a file from its name (without `.gz`) and first bytes (decompressed).
pub fn detect(path: &Path, head: &[u8]) -> Format {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    let head = String::from_utf8_lossy(&head[..head.len().min(2048)]);
    let start = head.trim_start_matches('\u{feff}').trim_start();
    let lower = start.to_ascii_lowercase();
    if start.starts_with("WARC/") {
        return Format::Warc;
    }
    if start.starts_with('[') && (ext == "json" || start[1..].trim_start().starts_with('{')) {
        return Format::JsonArray;
    }
    if start.starts_with('{') {
        return Format::Jsonl;
    }
    if lower.starts_with('<') {
        let early = prefix(&lower, 1024);
        if early.contains("<rss") || early.contains("<feed") || early.contains("<rdf:rdf") {
            return Format::Feed;
        }
        if early.contains("<html")
            || early.contains("<!doctype html")
            || early.contains("<body")
            || early.contains("<head")
        {
            return Format::Html;
        }
    }
    match ext {
        "warc" => Format::Warc,
        "jsonl" | "ndjson" => Format::Jsonl,
        "json" => Format::JsonArray,
        "html" | "htm" | "xhtml" => Format::Html,
        "rss" | "atom" | "xml" => Format::Feed,
        _ => Format::Text,
    }
}

/// At most `n` bytes of `s`, cut on a character boundary.
fn prefix(s: &str, n: usize) -> &str {
    let mut n = n.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    &s[..n]
}

/// Counts the bytes read through it, for a progress bar.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

type Reader = Box<dyn BufRead + Send>;

/// Opens a file, decompressing gzip, and returns the reader and its first bytes.
fn open(path: &Path, bytes_read: Arc<AtomicU64>) -> std::io::Result<(Reader, Vec<u8>)> {
    let file = std::fs::File::open(path)?;
    let mut raw = BufReader::with_capacity(1 << 16, Counting { inner: file, count: bytes_read });
    let gzip = raw.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let mut reader: Reader = if gzip {
        Box::new(BufReader::with_capacity(1 << 16, flate2::bufread::MultiGzDecoder::new(raw)))
    } else {
        Box::new(raw)
    };
    let head = reader.fill_buf()?.to_vec();
    Ok((reader, head))
}

fn failed(locator: impl Into<String>, message: impl Into<String>) -> Item {
    Item::Failed(SourceError { locator: locator.into(), message: message.into() })
}

pub use warc::{split as split_warc, Range as WarcRange};

/// Streams the documents of one byte range of a WARC file ([`split_warc`]); locators
/// number its records as a reading of the whole file does.
pub fn read_warc_range(
    path: &Path,
    range: WarcRange,
    bytes_read: Arc<AtomicU64>,
) -> Box<dyn Iterator<Item = Item> + Send> {
    use std::io::{Seek, SeekFrom};
    let name = path.display().to_string();
    let opened = (|| -> std::io::Result<Reader> {
        let mut file = std::fs::File::open(path)?;
        file.seek(SeekFrom::Start(range.start))?;
        let part = Counting { inner: file.take(range.end.saturating_sub(range.start)), count: bytes_read };
        let mut raw = BufReader::with_capacity(1 << 16, part);
        Ok(if raw.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
            Box::new(BufReader::with_capacity(1 << 16, flate2::bufread::MultiGzDecoder::new(raw)))
        } else {
            Box::new(raw)
        })
    })();
    match opened {
        Ok(reader) => Box::new(warc::records_from(name, reader, range.first_record)),
        Err(e) => Box::new(std::iter::once(failed(name, e.to_string()))),
    }
}

/// Streams the documents of one file.
pub fn read_file(path: &Path, bytes_read: Arc<AtomicU64>) -> Box<dyn Iterator<Item = Item> + Send> {
    let name = path.display().to_string();
    let (reader, head) = match open(path, bytes_read) {
        Ok(x) => x,
        Err(e) => return Box::new(std::iter::once(failed(name, e.to_string()))),
    };
    match detect(path, &head) {
        Format::Jsonl => Box::new(json::lines(name, reader)),
        Format::JsonArray => Box::new(json::array(name, reader)),
        Format::Warc => Box::new(warc::records(name, reader)),
        format => {
            let bytes = match read_whole(reader) {
                Ok(b) => b,
                Err(e) => return Box::new(std::iter::once(failed(name, e))),
            };
            let items = match format {
                Format::Html => {
                    let (html, notes) = text::decode(&name, &bytes);
                    vec![match html_document(&name, &html, None) {
                        Ok(mut d) => {
                            d.notes.extend(notes);
                            Item::Doc(d)
                        }
                        Err(e) => Item::Failed(e),
                    }]
                }
                Format::Feed => feed::items(&name, &bytes),
                _ => vec![text::document(&name, &bytes)],
            };
            Box::new(items.into_iter())
        }
    }
}

fn read_whole(reader: Reader) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader.take(MAX_WHOLE_FILE + 1).read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_WHOLE_FILE {
        return Err(format!("larger than {} MB: split it, or use JSON Lines or WARC", MAX_WHOLE_FILE >> 20));
    }
    Ok(bytes)
}
