//! `attache ingest`: inputs of any size into the store, in parallel, resumably.
//!
//! Three stages joined by bounded channels keep memory flat whatever the input size:
//! the main thread reads documents and groups them in chunks, rayon analyses each
//! chunk on all cores, and one writer thread stores the chunks, `--batch` documents per
//! transaction.
//! Documents already stored (by content key or URL) are skipped before analysis, so a
//! rerun after an interruption only does the work that is missing.

use anyhow::Context;
use attache_kb::Kb;
use attache_model::record::{DiagnosticRecord, Record};
use attache_model::Document;
use attache_sources::{Item, SourceDoc};
use attache_store::keys::{canonical_url, document_key, url_host};
use attache_store::{BatchOutcome, Failure, NewDocument, Store};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

#[derive(Args)]
pub struct IngestArgs {
    /// Files or folders (searched recursively): text, HTML, JSON/JSONL, RSS/Atom, WARC; gzip or not.
    paths: Vec<PathBuf>,
    /// The database: a SQLite file, created if missing, or a `postgres://` URL.
    #[arg(long, default_value = "attache.db")]
    db: PathBuf,
    /// Print only a JSON summary at the end (no progress bar).
    #[arg(long)]
    json: bool,
    /// Documents per transaction: an interruption loses at most this many.
    #[arg(long, default_value_t = 2048)]
    batch: usize,
    /// Knowledge-base overlay file (repeatable).
    #[arg(long = "kb", value_name = "FILE")]
    kb: Vec<PathBuf>,
    /// Worker threads for the analysis (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
}

#[derive(Serialize, Default)]
struct Summary {
    files: u64,
    bytes: u64,
    documents_read: u64,
    documents_new: u64,
    documents_present: u64,
    failed: u64,
    events: u64,
    statements: u64,
    seconds: f64,
    /// Wall time of the parallel analysis and of the database writer (they overlap).
    analysis_seconds: f64,
    storage_seconds: f64,
    mb_per_second: f64,
    database: String,
    database_documents: u64,
    database_events: u64,
    database_clusters: u64,
    /// The first failures (all of them are in the database's `failures` table).
    failures: Vec<FailureNote>,
}

#[derive(Serialize, Default)]
struct FailureNote {
    source: String,
    error: String,
}

/// One batch on its way to the writer.
struct Batch {
    docs: Vec<NewDocument>,
    failures: Vec<Failure>,
}

/// Documents analysed together: the unit of work of the analysis threads and of the
/// channel to the writer, which bounds memory (a transaction may take several).
const CHUNK_DOCS: usize = 256;
/// Bytes of text per chunk, so a chunk of long documents stays small in memory too.
const CHUNK_BYTES: usize = 16 << 20;
/// The writer commits when no chunk has come for this long.
const COMMIT_AFTER: std::time::Duration = std::time::Duration::from_secs(2);
/// Failures printed one by one before the rest are only counted.
const SHOWN_FAILURES: u64 = 20;

impl IngestArgs {
    /// Arguments of a plain `attache ingest --db DB PATHS...`.
    pub fn new(paths: Vec<PathBuf>, db: PathBuf) -> IngestArgs {
        IngestArgs { paths, db, json: false, batch: 2048, kb: Vec::new(), threads: None }
    }
}

pub fn run(args: IngestArgs) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n).build_global().context("setting up worker threads")?;
    }
    let started = Instant::now();
    let kb = crate::load_kb(&args.kb)?;
    let store = Store::open_with(&args.db, |version, description| {
        if !args.json {
            eprintln!("{}: upgrading to schema {version} ({description})", args.db.display());
        }
    })?;
    let lookup = Store::open_read_only(&args.db)?;

    let (files, walk_errors) = attache_sources::walk(&args.paths);
    let total: u64 = files.iter().map(|f| f.size).sum();
    let bar = if args.json {
        ProgressBar::hidden()
    } else {
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr_with_hz(4));
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} {elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar
    };
    // Failures go to stderr (also with --json, whose stdout is only the summary) and,
    // the first few, into the summary.
    let shown = std::sync::Mutex::new(Vec::<FailureNote>::new());
    let report = |source: &str, error: &str| {
        let mut shown = shown.lock().unwrap_or_else(|e| e.into_inner());
        if (shown.len() as u64) < SHOWN_FAILURES {
            bar.suspend(|| eprintln!("attache: {source}: {error}"));
            shown.push(FailureNote { source: source.to_string(), error: error.to_string() });
        }
    };

    // The writer: one thread. A transaction takes the analysis chunks that arrive until
    // it holds `--batch` documents, or until none has come for a while (slow input must
    // not sit uncommitted), or the input ends.
    // One chunk waits for the writer, one is analysed, one is written and one freed
    // (below). The writer is the slower stage, so one waiting chunk keeps it busy.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(1);
    let per_transaction = args.batch.max(1);
    // The analysed documents are freed on a thread of their own: freeing a chunk's
    // records (every string of every entity, event and statement) took about 3% of the
    // writer's instructions, and the writer is the ingest's critical path. The channel
    // holds nothing (the writer hands a chunk over when the thread is ready for it); the
    // chunk being freed takes the place of a second chunk waiting for the writer, which
    // kept the peak 15 MB higher (473 against 456 MB on a 50 MB ingest).
    let (spent, freed) = std::sync::mpsc::sync_channel::<Batch>(0);
    let freer = std::thread::Builder::new().name("attache-free".into()).spawn(move || freed.iter().for_each(drop))?;
    let writer = std::thread::Builder::new().name("attache-writer".into()).spawn(
        move || -> anyhow::Result<(BatchOutcome, Store, f64)> {
            let mut store = store;
            let retire = |batch: Batch| {
                if let Err(e) = spent.send(batch) {
                    drop(e.0);
                }
            };
            let mut total = BatchOutcome::default();
            let mut busy = 0.0;
            while let Ok(first) = rx.recv() {
                let t = Instant::now();
                let mut bulk = store.begin_bulk()?;
                bulk.add(&first.docs, &first.failures)?;
                busy += t.elapsed().as_secs_f64();
                retire(first);
                while bulk.given() < per_transaction {
                    let Ok(batch) = rx.recv_timeout(COMMIT_AFTER) else { break };
                    let t = Instant::now();
                    bulk.add(&batch.docs, &batch.failures)?;
                    busy += t.elapsed().as_secs_f64();
                    retire(batch);
                }
                let t = Instant::now();
                total += bulk.commit(None)?;
                busy += t.elapsed().as_secs_f64();
            }
            Ok((total, store, busy))
        },
    )?;

    let mut summary = Summary { files: files.len() as u64, bytes: total, ..Summary::default() };
    let mut pending_failures: Vec<Failure> = Vec::new();
    for e in walk_errors {
        report(&e.locator, &e.message);
        pending_failures.push(Failure { source: e.locator, error: e.message });
    }
    let done_bytes = Arc::new(AtomicU64::new(0));
    let mut seen_in_run: HashSet<String> = HashSet::new();
    let mut chunk: Vec<(String, Option<String>, SourceDoc)> = Vec::new();
    let mut chunk_bytes = 0usize;
    let mut send_failed = false;

    let flush = |chunk: &mut Vec<(String, Option<String>, SourceDoc)>,
                 failures: &mut Vec<Failure>,
                 summary: &mut Summary|
     -> bool {
        let docs = std::mem::take(chunk);
        let t = Instant::now();
        let analysed: Vec<Result<NewDocument, Failure>> =
            docs.into_par_iter().map(|(key, url, src)| analyse(&kb, key, url, src)).collect();
        let mut batch = Batch { docs: Vec::new(), failures: std::mem::take(failures) };
        for a in analysed {
            match a {
                Ok(d) => batch.docs.push(d),
                Err(f) => {
                    report(&f.source, &f.error);
                    batch.failures.push(f);
                }
            }
        }
        summary.documents_read += batch.docs.len() as u64;
        summary.analysis_seconds += t.elapsed().as_secs_f64();
        tx.send(batch).is_ok()
    };

    'files: for file in &files {
        let counter = Arc::new(AtomicU64::new(0));
        let items =
            guarded(file.path.display().to_string(), || attache_sources::read_file(&file.path, counter.clone()));
        for item in items {
            bar.set_position(done_bytes.load(Ordering::Relaxed) + counter.load(Ordering::Relaxed));
            match item {
                Item::Failed(e) => {
                    report(&e.locator, &e.message);
                    pending_failures.push(Failure { source: e.locator, error: e.message });
                }
                Item::Doc(doc) => {
                    let (key, url, repeat) = identify(&doc, &mut seen_in_run);
                    // Skipped before analysis: stored already, or a repeat within this run.
                    if repeat || lookup.contains(&key, url.as_deref())? {
                        summary.documents_present += 1;
                        continue;
                    }
                    chunk_bytes += doc.text.len();
                    chunk.push((key, url, doc));
                    if chunk.len() >= CHUNK_DOCS.min(args.batch.max(1)) || chunk_bytes >= CHUNK_BYTES {
                        chunk_bytes = 0;
                        if !flush(&mut chunk, &mut pending_failures, &mut summary) {
                            send_failed = true;
                            break 'files;
                        }
                        bar.set_message(format!("{} documents", summary.documents_read + summary.documents_present));
                    }
                }
            }
        }
        done_bytes.fetch_add(file.size, Ordering::Relaxed);
        bar.set_position(done_bytes.load(Ordering::Relaxed));
    }
    if !send_failed && (!chunk.is_empty() || !pending_failures.is_empty()) {
        flush(&mut chunk, &mut pending_failures, &mut summary);
    }
    drop(tx);
    drop(lookup);
    let (outcome, store, storage_seconds) =
        writer.join().map_err(|_| anyhow::anyhow!("the database writer stopped unexpectedly"))??;
    // The write-ahead log goes into the database now, with no reader left (it was left
    // beside it, as large as what the run wrote: 857 MB after a 1 GB ingest).
    store.checkpoint()?;
    let _ = freer.join();
    bar.finish_and_clear();

    let counts = store.counts()?;
    summary.documents_new = outcome.added;
    summary.documents_present += outcome.present;
    summary.failed = outcome.failed;
    summary.events = outcome.events;
    summary.statements = outcome.statements;
    summary.seconds = started.elapsed().as_secs_f64();
    summary.storage_seconds = storage_seconds;
    if std::env::var_os("ATTACHE_SQL_PROFILE").is_some() {
        for (sql, n, took) in attache_store::profile::report().iter().take(30) {
            let sql: String = sql.split_whitespace().collect::<Vec<_>>().join(" ");
            eprintln!("{:9.3} s {n:>9}  {}", took.as_secs_f64(), sql.chars().take(160).collect::<String>());
        }
    }
    summary.mb_per_second = summary.bytes as f64 / 1e6 / summary.seconds.max(1e-9);
    summary.database = args.db.display().to_string();
    summary.database_documents = counts.documents;
    summary.database_events = counts.events;
    summary.database_clusters = counts.clusters;
    summary.failures = shown.into_inner().unwrap_or_else(|e| e.into_inner());
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        if summary.failed > SHOWN_FAILURES {
            // Only the first failures were printed.
            eprintln!(
                "attache: … and {} more failures (all are in the `failures` table)",
                summary.failed - SHOWN_FAILURES
            );
        }
        println!(
            "{} files, {:.1} MB in {:.1} s ({:.1} MB/s): {} documents new, {} already present, {} failed; \
             {} events, {} statements",
            summary.files,
            summary.bytes as f64 / 1e6,
            summary.seconds,
            summary.mb_per_second,
            summary.documents_new,
            summary.documents_present,
            summary.failed,
            summary.events,
            summary.statements
        );
        println!(
            "{}: {} documents, {} event reports in {} events",
            summary.database, counts.documents, counts.events, counts.clusters
        );
    }
    Ok(if summary.failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The items `open` streams, where a reader that panics (a bug) becomes one failure
/// naming `locator` and costs the rest of its input, not the run.
pub(crate) fn guarded(
    locator: String,
    open: impl FnOnce() -> Box<dyn Iterator<Item = Item> + Send>,
) -> impl Iterator<Item = Item> {
    let bug = move || {
        Item::Failed(attache_sources::SourceError {
            locator: locator.clone(),
            message: "reading this file failed (a bug: please report it with the file); the rest was skipped".into(),
        })
    };
    let mut reader = std::panic::catch_unwind(std::panic::AssertUnwindSafe(open))
        .unwrap_or_else(|_| Box::new(std::iter::once(bug())));
    let mut broken = false;
    std::iter::from_fn(move || {
        if broken {
            return None;
        }
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| reader.next())).unwrap_or_else(|_| {
            broken = true;
            Some(bug())
        })
    })
}

/// A document's key and canonical URL, and whether either was `seen` already in this
/// run (both are recorded).
pub(crate) fn identify(doc: &SourceDoc, seen: &mut HashSet<String>) -> (String, Option<String>, bool) {
    let key = document_key(&doc.text);
    let url = doc.url.as_deref().and_then(canonical_url);
    let repeat = !seen.insert(key.clone()) || url.as_ref().is_some_and(|u| !seen.insert(format!("url:{u}")));
    (key, url, repeat)
}

/// Analyses one document; a panic in the analysis becomes a failure of that document.
pub(crate) fn analyse(kb: &Kb, key: String, url: Option<String>, src: SourceDoc) -> Result<NewDocument, Failure> {
    let outlet = src.outlet.clone().or_else(|| src.url.as_deref().and_then(url_host));
    let doc = Document {
        id: src.external_id.clone().unwrap_or_else(|| key.clone()),
        text: src.text,
        published: src.published,
        outlet,
        title: src.title,
        url: src.url,
    };
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let analysis = attache_analyse::analyse(&doc, kb);
        Record::new(&doc, &analysis)
    }));
    match result {
        Ok(mut record) => {
            record.diagnostics.extend(src.notes.into_iter().map(|message| DiagnosticRecord {
                code: "input".into(),
                message,
                span: None,
            }));
            Ok(NewDocument { key, url, external_id: src.external_id, source: src.locator, text: doc.text, record })
        }
        Err(_) => Err(Failure {
            source: src.locator,
            error: "the analysis failed on this document (a bug: please report it with the document)".into(),
        }),
    }
}
