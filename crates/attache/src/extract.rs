//! `attache extract`: documents in, one JSON record per document out.

use anyhow::Context;
use attache_model::record::{DiagnosticRecord, DiagnosticRef, RecordRef};
use attache_model::Document;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use rayon::prelude::*;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::io::{BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum OutputFormat {
    /// Pretty-printed JSON, one object per document.
    Json,
    /// JSON Lines: one document per line.
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum InputFormat {
    /// Each file (or standard input) is one plain-text article.
    Text,
    /// JSON Lines records with `id`, `text`, `published`, `outlet`, `title`, `url`
    /// (news-please's `maintext`, `date_publish`, `source_domain` are accepted too).
    Jsonl,
}

#[derive(Args)]
pub struct ExtractArgs {
    /// Input files; `-` or nothing reads standard input.
    paths: Vec<PathBuf>,
    /// Publication date of plain-text input (YYYY-MM-DD): the anchor of relative dates.
    #[arg(long, value_parser = parse_date)]
    published: Option<NaiveDate>,
    /// Outlet of plain-text input.
    #[arg(long)]
    outlet: Option<String>,
    /// Title of plain-text input.
    #[arg(long)]
    title: Option<String>,
    /// URL of plain-text input.
    #[arg(long)]
    url: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    format: OutputFormat,
    /// Input format.
    #[arg(long, value_enum, default_value = "text")]
    input: InputFormat,
    /// Knowledge-base overlay file (repeatable); its name says which table it extends, e.g. `mine.people.tsv`.
    #[arg(long = "kb", value_name = "FILE")]
    kb: Vec<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("`{s}` is not a YYYY-MM-DD date: {e}"))
}

/// A document ready for analysis, with what the reader noticed about its bytes.
struct Prepared {
    doc: Document,
    notes: Vec<DiagnosticRecord>,
}

/// One JSON Lines input record; unknown keys are ignored.
#[derive(Deserialize)]
struct JsonRecord {
    id: Option<serde_json::Value>,
    #[serde(alias = "maintext")]
    text: Option<String>,
    #[serde(alias = "date_publish")]
    published: Option<String>,
    #[serde(alias = "source_domain")]
    outlet: Option<String>,
    title: Option<String>,
    url: Option<String>,
}

pub fn content_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Leading date of a timestamp such as "2023-06-14 08:00:00" or "2023-06-14T08:00:00Z".
fn date_prefix(s: &str) -> Option<NaiveDate> {
    s.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

fn decode(name: &str, bytes: Vec<u8>) -> Result<(String, Vec<DiagnosticRecord>), String> {
    if bytes.contains(&0) {
        return Err(format!("{name}: not a text file (it contains NUL bytes)"));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, vec![])),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            Ok((
                text,
                vec![DiagnosticRecord {
                    code: "invalid-utf8".into(),
                    message: format!("{name}: invalid UTF-8 from byte {at}; decoded with replacement characters"),
                    span: None,
                }],
            ))
        }
    }
}

fn read_input(path: Option<&PathBuf>) -> Result<(String, Vec<u8>), String> {
    match path {
        None => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("<stdin>: {e}"))?;
            Ok(("<stdin>".into(), buf))
        }
        Some(p) if p.as_os_str() == "-" => read_input(None),
        Some(p) => {
            let name = p.display().to_string();
            std::fs::read(p).map(|b| (name.clone(), b)).map_err(|e| format!("{name}: {e}"))
        }
    }
}

fn jsonl_documents(name: &str, text: &str, errors: &mut Vec<String>) -> Vec<Prepared> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: JsonRecord = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("{name}:{}: not a JSON record: {e}", i + 1));
                continue;
            }
        };
        let Some(body) = rec.text else {
            errors.push(format!("{name}:{}: record has no `text` (or `maintext`)", i + 1));
            continue;
        };
        let mut notes = Vec::new();
        let published = match rec.published.as_deref() {
            None | Some("") => None,
            Some(p) => {
                let d = date_prefix(p);
                if d.is_none() {
                    notes.push(DiagnosticRecord {
                        code: "bad-published-date".into(),
                        message: format!("{name}:{}: publication date `{p}` is not YYYY-MM-DD", i + 1),
                        span: None,
                    });
                }
                d
            }
        };
        let id = match rec.id {
            Some(serde_json::Value::String(s)) => s,
            Some(serde_json::Value::Null) | None => content_id(&body),
            Some(other) => other.to_string(),
        };
        out.push(Prepared {
            doc: Document { id, text: body, published, outlet: rec.outlet, title: rec.title, url: rec.url },
            notes,
        });
    }
    out
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n).build_global().context("setting up worker threads")?;
    }
    let kb = crate::load_kb(&args.kb)?;
    let paths: Vec<Option<&PathBuf>> =
        if args.paths.is_empty() { vec![None] } else { args.paths.iter().map(Some).collect() };
    let mut errors = Vec::new();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for path in paths {
        let (name, bytes) = match read_input(path) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("attache: {e}");
                errors.push(e);
                continue;
            }
        };
        let (text, notes) = match decode(&name, bytes) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("attache: {e}");
                errors.push(e);
                continue;
            }
        };
        let docs = match args.input {
            InputFormat::Text => vec![Prepared {
                doc: Document {
                    id: content_id(&text),
                    text,
                    published: args.published,
                    outlet: args.outlet.clone(),
                    title: args.title.clone(),
                    url: args.url.clone(),
                },
                notes,
            }],
            InputFormat::Jsonl => {
                let mut errs = Vec::new();
                let mut docs = jsonl_documents(&name, &text, &mut errs);
                for e in errs {
                    eprintln!("attache: {e}");
                    errors.push(e);
                }
                if !notes.is_empty() {
                    for d in &mut docs {
                        d.notes.extend(notes.iter().cloned());
                    }
                }
                docs
            }
        };
        // Analyse in parallel, write in input order, a chunk at a time to bound memory.
        for chunk in docs.chunks(256) {
            // A bug in the analysis costs its document only: it is reported with the
            // document's id and the rest of the input is still analysed.
            let rendered: Vec<Result<Vec<u8>, String>> = chunk
                .par_iter()
                .map(|p| {
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        let analysis = attache_analyse::analyse(&p.doc, &kb);
                        // The record borrowed from the analysis: the same JSON as `Record`.
                        let mut record = RecordRef::new(&p.doc, &analysis);
                        record.diagnostics.extend(p.notes.iter().map(DiagnosticRef::of));
                        // Records run to about six times their text: one allocation, not a
                        // dozen doublings.
                        let mut buf = Vec::with_capacity((p.doc.text.len() * 8 + 4096).min(1 << 24));
                        match args.format {
                            OutputFormat::Json => serde_json::to_writer_pretty(&mut buf, &record)
                                .expect("records always serialise"),
                            OutputFormat::Jsonl => {
                                crate::json::to_vec_into(&mut buf, &record).expect("records always serialise")
                            }
                        }
                        buf.push(b'\n');
                        buf
                    }))
                    .map_err(|_| {
                        format!(
                            "{name}: document {}: the analysis failed (a bug: please report it with the document); skipped",
                            p.doc.id
                        )
                    })
                })
                .collect();
            for r in rendered {
                match r {
                    Ok(r) => out.write_all(&r).context("writing output")?,
                    Err(e) => {
                        eprintln!("attache: {e}");
                        errors.push(e);
                    }
                }
            }
        }
    }
    out.flush().context("writing output")?;
    // The process ends here: the knowledge base's many small tables are left to the
    // operating system rather than freed one by one (about 20M instructions).
    std::mem::forget(kb);
    Ok(if errors.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
