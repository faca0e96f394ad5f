//! `attache export`: the store as a GDELT 2.0 events file, PLOVER records, CSV or JSONL.

use crate::query::{DbArg, FilterArgs};
use attache_store::query::{ExportEvent, ExportParty};
use attache_store::Store;
use chrono::{Datelike, NaiveDate};
use clap::{Args, ValueEnum};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// GDELT 2.0 events table: 61 tab-separated columns, one row per event, no header.
    Gdelt,
    /// PLOVER JSON records, one per report, as a JSON array.
    Plover,
    /// One row per report with its event's counts, with a header (for R and pandas).
    Csv,
    /// The full extraction of each document, as `attache extract --format jsonl` prints it.
    Jsonl,
}

#[derive(Args)]
pub struct ExportArgs {
    #[command(flatten)]
    db: DbArg,
    /// What to write.
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Output file (default: standard output).
    #[arg(long, short)]
    output: Option<PathBuf>,
    #[command(flatten)]
    filter: FilterArgs,
}

pub fn run(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let store = Store::open_read_only(&args.db.db)?;
    let filter = args.filter.filter();
    let sink: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::fs::File::create(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    match args.format {
        ExportFormat::Gdelt => {
            let kb = crate::load_kb(&[])?;
            store.for_each_export_event(&filter, |e| {
                writeln!(out, "{}", gdelt_row(&e, &kb).join("\t")).map_err(io)?;
                Ok(())
            })?;
        }
        ExportFormat::Plover => {
            let mut first = true;
            out.write_all(b"[\n")?;
            store.for_each_mention(&filter, |m| {
                let parties = store.parties(&m.id)?;
                let side = |role: &str| -> Vec<PloverActor> {
                    parties
                        .iter()
                        .filter(|p| p.role == role)
                        .map(|p| PloverActor {
                            actor_text: p.text.clone(),
                            code: p.code.clone(),
                            country: p.country.clone(),
                            sector: p.sector.clone(),
                            implicit: p.implicit,
                        })
                        .collect()
                };
                let record = PloverRecord {
                    id: m.id.clone(),
                    event_id: m.event.clone(),
                    date: m.date.clone(),
                    source: side("actor"),
                    target: side("recipient"),
                    event: m.kind.clone(),
                    cameo: m.cameo.clone(),
                    modality: m.modality.clone(),
                    event_text: m.trigger.clone(),
                    text: m.sentence.clone(),
                    publication: m.outlet.clone(),
                    published: m.published.clone(),
                    url: m.url.clone(),
                    rule: m.rule.clone(),
                    coder: "attache",
                    version: env!("CARGO_PKG_VERSION"),
                };
                if !first {
                    out.write_all(b",\n").map_err(io)?;
                }
                first = false;
                serde_json::to_writer(&mut out, &record).map_err(|e| attache_store::StoreError::Sink(e.to_string()))?;
                Ok(())
            })?;
            out.write_all(b"\n]\n")?;
        }
        ExportFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            let mut counts = std::collections::HashMap::new();
            store.for_each_mention(&filter, |m| {
                let n = match counts.get(&m.event) {
                    Some(n) => *n,
                    None => {
                        let n = store.event_row(&m.event)?.map(|e| (e.num_mentions, e.num_articles, e.num_sources));
                        counts.insert(m.event.clone(), n);
                        n
                    }
                };
                let (num_mentions, num_articles, num_sources) = n.unwrap_or_default();
                let row = CsvRow {
                    event: &m.event,
                    num_mentions,
                    num_articles,
                    num_sources,
                    mention: &m.id,
                    document: &m.document,
                    published: m.published.as_deref(),
                    outlet: m.outlet.as_deref(),
                    title: m.title.as_deref(),
                    url: m.url.as_deref(),
                    kind: &m.kind,
                    cameo: &m.cameo,
                    actor: m.actor.as_deref(),
                    recipient: m.recipient.as_deref(),
                    date: m.date.as_deref(),
                    location: m.location.as_deref(),
                    modality: &m.modality,
                    trigger: &m.trigger,
                    sentence: &m.sentence,
                    rule: &m.rule,
                };
                w.serialize(row).map_err(csv_err)?;
                Ok(())
            })?;
            w.flush()?;
        }
        ExportFormat::Jsonl => {
            for key in store.document_keys()? {
                if let Some(record) = store.record(&key)? {
                    serde_json::to_writer(&mut out, &record)?;
                    out.write_all(b"\n")?;
                }
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn io(e: std::io::Error) -> attache_store::StoreError {
    attache_store::StoreError::Sink(format!("writing the export: {e}"))
}

fn csv_err(e: csv::Error) -> attache_store::StoreError {
    attache_store::StoreError::Sink(format!("writing the export: {e}"))
}

/// One report with its event's counts (the csv crate cannot flatten nested structs).
#[derive(Serialize)]
struct CsvRow<'a> {
    event: &'a str,
    num_mentions: i64,
    num_articles: i64,
    num_sources: i64,
    mention: &'a str,
    document: &'a str,
    published: Option<&'a str>,
    outlet: Option<&'a str>,
    title: Option<&'a str>,
    url: Option<&'a str>,
    #[serde(rename = "type")]
    kind: &'a str,
    cameo: &'a str,
    actor: Option<&'a str>,
    recipient: Option<&'a str>,
    date: Option<&'a str>,
    location: Option<&'a str>,
    modality: &'a str,
    trigger: &'a str,
    sentence: &'a str,
    rule: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PloverActor {
    actor_text: String,
    code: String,
    country: Option<String>,
    sector: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    implicit: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PloverRecord {
    id: String,
    event_id: String,
    date: Option<String>,
    source: Vec<PloverActor>,
    target: Vec<PloverActor>,
    event: String,
    cameo: String,
    modality: String,
    event_text: String,
    text: String,
    publication: Option<String>,
    published: Option<String>,
    url: Option<String>,
    rule: String,
    coder: &'static str,
    version: &'static str,
}

/// A stable numeric id for an event: 52 bits of the SHA-256 of its attache id.
fn global_event_id(id: &str) -> u64 {
    let d = Sha256::digest(id.as_bytes());
    u64::from_be_bytes([0, d[0] & 0x0f, d[1], d[2], d[3], d[4], d[5], d[6]])
}

/// The 61 columns of a GDELT 2.0 event row (layout of `../shared/eval/gdelt2/`).
fn gdelt_row(e: &ExportEvent, kb: &attache_kb::Kb) -> Vec<String> {
    let ev = &e.event;
    let date = ev.date.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let mut row: Vec<String> = Vec::with_capacity(61);
    row.push(global_event_id(&ev.id).to_string());
    match date {
        Some(d) => {
            row.push(d.format("%Y%m%d").to_string());
            row.push(d.format("%Y%m").to_string());
            row.push(d.year().to_string());
            row.push(format!("{:.4}", d.year() as f64 + d.ordinal0() as f64 / 365.0));
        }
        None => row.extend(std::iter::repeat_n(String::new(), 4)),
    }
    for party in [&e.actor, &e.recipient] {
        row.extend(actor_columns(party.as_ref()));
    }
    row.push(if e.in_lead { "1" } else { "0" }.into());
    row.push(ev.cameo.clone());
    row.push(ev.cameo.get(..3).unwrap_or(&ev.cameo).to_string());
    row.push(ev.cameo.get(..2).unwrap_or(&ev.cameo).to_string());
    row.push(ev.quad_class.to_string());
    row.push(format!("{:.1}", ev.goldstein));
    row.push(ev.num_mentions.to_string());
    row.push(ev.num_sources.to_string());
    row.push(ev.num_articles.to_string());
    row.push(String::new()); // AvgTone: attache does not score tone.
                             // Actor1Geo and Actor2Geo: attache places events, not actors.
    for _ in 0..2 {
        row.push("0".into());
        row.extend(std::iter::repeat_n(String::new(), 7));
    }
    match &ev.location {
        Some(name) => {
            let country = e.location_country.as_deref().and_then(|c| kb.country(c));
            let is_country = country.is_some_and(|c| c.name.eq_ignore_ascii_case(name));
            row.push(if is_country { "1" } else { "4" }.into());
            row.push(name.clone());
            row.push(country.map(|c| c.iso2.clone()).unwrap_or_default());
            row.push(String::new());
            row.push(String::new());
            row.push(ev.lat.map(|x| format!("{x:.4}")).unwrap_or_default());
            row.push(ev.lon.map(|x| format!("{x:.4}")).unwrap_or_default());
            row.push(e.geonameid.map(|g| g.to_string()).unwrap_or_default());
        }
        None => {
            row.push("0".into());
            row.extend(std::iter::repeat_n(String::new(), 7));
        }
    }
    row.push(e.ingested_at.chars().filter(char::is_ascii_digit).take(14).collect());
    row.push(e.url.clone().unwrap_or_default());
    debug_assert_eq!(row.len(), 61);
    row.into_iter().map(|c| c.replace(['\t', '\n', '\r'], " ")).collect()
}

/// Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1–3Code.
fn actor_columns(p: Option<&ExportParty>) -> Vec<String> {
    let Some(p) = p else { return vec![String::new(); 10] };
    let group = if p.code.starts_with("IGO") || p.code.starts_with("NGO") { p.code.get(3..6) } else { None };
    vec![
        p.code.clone(),
        p.name.clone().unwrap_or_else(|| p.text.clone()).to_uppercase(),
        p.country.clone().unwrap_or_default(),
        group.unwrap_or_default().to_string(),
        String::new(),
        String::new(),
        String::new(),
        p.sector.clone().unwrap_or_default(),
        String::new(),
        String::new(),
    ]
}
