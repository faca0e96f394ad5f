//! Distributed ingest: `attache enqueue` registers inputs as work items, `attache worker`
//! processes them (any number of workers, on any number of machines sharing a
//! PostgreSQL database), `attache status` shows the queue. The queue's rules are in
//! `attache-store/src/queue.rs`.

use crate::ingest::analyse;
use anyhow::Context;
use attache_kb::Kb;
use attache_sources::Item;
use attache_store::queue::{NewItem, WorkItem};
use attache_store::{BatchOutcome, Failure, Store};
use clap::Args;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Args)]
pub struct EnqueueArgs {
    /// Files or folders (searched recursively), as for `attache ingest`. Every worker must
    /// be able to read them under the same path (a shared or replicated file system).
    paths: Vec<PathBuf>,
    /// The database: a `postgres://` URL for workers on several machines, or a SQLite file.
    #[arg(long, default_value = "attache.db")]
    db: PathBuf,
    /// Print a JSON summary.
    #[arg(long)]
    json: bool,
    /// WARC files larger than this many MB become several items, byte ranges that start
    /// at a record, so that several workers share one archive.
    #[arg(long, default_value_t = 64.0)]
    split_mb: f64,
}

#[derive(Args)]
pub struct WorkerArgs {
    /// The database holding the work items (see `attache enqueue`).
    #[arg(long, default_value = "attache.db")]
    db: PathBuf,
    /// Documents per transaction.
    #[arg(long, default_value_t = 256)]
    batch: usize,
    /// Seconds a claim lasts without a heartbeat; the worker renews it every third of that.
    #[arg(long, default_value_t = 60)]
    lease: u64,
    /// Keep waiting for new items when the queue is empty (otherwise stop once every item
    /// is done or failed).
    #[arg(long)]
    follow: bool,
    /// Knowledge-base overlay file (repeatable). Every worker should use the same ones.
    #[arg(long = "kb", value_name = "FILE")]
    kb: Vec<PathBuf>,
    /// Threads for the analysis (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Print only a JSON summary at the end.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct StatusArgs {
    #[arg(long, default_value = "attache.db")]
    db: PathBuf,
    #[arg(long)]
    json: bool,
}

pub fn enqueue(args: EnqueueArgs) -> anyhow::Result<ExitCode> {
    // Through `?`: a closed pipe (`| head`) ends the command with a message, not a panic.
    let mut out = std::io::stdout().lock();
    let mut store = Store::open(&args.db)?;
    let (files, errors) = attache_sources::walk(&args.paths);
    for e in &errors {
        eprintln!("attache: {}: {}", e.locator, e.message);
    }

    let mut items = Vec::new();
    let split = ((args.split_mb * 1048576.0) as u64).max(1);
    for f in &files {
        let path = std::fs::canonicalize(&f.path).unwrap_or_else(|_| f.path.clone());
        let name = path.display().to_string();
        let warc = name.ends_with(".warc") || name.ends_with(".warc.gz");
        if warc && f.size > split {
            match attache_sources::split_warc(&path, split) {
                Ok(ranges) => {
                    items.extend(ranges.iter().map(|r| NewItem {
                        path: name.clone(),
                        range: Some((r.start, r.end, r.first_record)),
                        size: r.end - r.start,
                    }));
                    continue;
                }
                Err(e) => {
                    // Read whole by one worker, which reports what is wrong with it.
                    eprintln!("attache: {name}: cannot split ({e}); it will be read whole");
                }
            }
        }
        items.push(NewItem { path: name, range: None, size: f.size });
    }
    let added = store.enqueue(&items)?;
    let bytes: u64 = files.iter().map(|f| f.size).sum();
    if args.json {
        let v = serde_json::json!({"items": items.len(), "new": added, "bytes": bytes, "unreadable": errors.len()});
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else {
        writeln!(
            out,
            "{} work items ({:.1} MB): {added} new, {} already queued; {} unreadable",
            items.len(),
            bytes as f64 / 1e6,
            items.len() as u64 - added,
            errors.len()
        )?;
    }
    Ok(if errors.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

pub fn status(args: StatusArgs) -> anyhow::Result<ExitCode> {
    // Through `?`: a closed pipe (`| head`) ends the command with a message, not a panic.
    let mut out = std::io::stdout().lock();
    let store = Store::open_read_only(&args.db)?;
    let s = store.queue_status()?;
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&s)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "pending {} ({:.1} MB), claimed {} ({} with an expired lease), done {} ({:.1} MB), failed {}",
        s.pending,
        s.bytes_pending as f64 / 1e6,
        s.claimed,
        s.expired,
        s.done,
        s.bytes_done as f64 / 1e6,
        s.failed
    )?;
    writeln!(
        out,
        "last 5 minutes: {:.2} items/s, {:.1} documents/s, {:.2} MB/s; workers: {}",
        s.items_per_second,
        s.documents_per_second,
        s.mb_per_second,
        if s.workers.is_empty() { "none".to_string() } else { s.workers.join(", ") }
    )?;
    for (path, error) in &s.failures {
        writeln!(out, "failed: {path}: {error}")?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize, Default)]
struct WorkerSummary {
    worker: String,
    items: u64,
    items_failed: u64,
    bytes: u64,
    documents_new: u64,
    documents_present: u64,
    failed: u64,
    events: u64,
    statements: u64,
    seconds: f64,
    mb_per_second: f64,
}

pub fn worker(args: WorkerArgs) -> anyhow::Result<ExitCode> {
    // Through `?`: a closed pipe (`| head`) ends the command with a message, not a panic.
    let mut out = std::io::stdout().lock();
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n).build_global().context("setting up worker threads")?;
    }
    let started = Instant::now();
    let kb = crate::load_kb(&args.kb)?;
    let mut store = Store::open(&args.db)?;
    let name = worker_name();
    let mut summary = WorkerSummary { worker: name.clone(), ..WorkerSummary::default() };
    loop {
        let Some(item) = store.claim(&name, args.lease)? else {
            if args.follow || store.queue_busy()? {
                // Items claimed by others may come back if their workers stop.
                std::thread::sleep(Duration::from_secs(1));
                continue;
            }
            break;
        };
        let heartbeat = Heartbeat::start(&args.db, item.id, &name, args.lease)?;
        let t = Instant::now();
        let result = process(&mut store, &kb, &item, &name, args.batch);
        heartbeat.stop();
        match result {
            Ok(out) => {
                summary.items += 1;
                summary.bytes += item.size as u64;
                summary.documents_new += out.added;
                summary.documents_present += out.present;
                summary.failed += out.failed;
                summary.events += out.events;
                summary.statements += out.statements;
                if !args.json {
                    eprintln!(
                        "attache worker {name}: {} ({:.1} MB) in {:.1} s: {} new, {} present, {} failed{}",
                        label(&item),
                        item.size as f64 / 1e6,
                        t.elapsed().as_secs_f64(),
                        out.added,
                        out.present,
                        out.failed,
                        if out.completed { "" } else { " (another worker had taken it over)" }
                    );
                }
            }
            Err(e) => {
                summary.items_failed += 1;
                let message = format!("{e:#}");
                eprintln!("attache worker {name}: {}: {message}", label(&item));
                // The database may be what failed: then the lease runs out and another
                // worker retries the item.
                if let Err(e2) = store.fail_item(item.id, &name, &message) {
                    return Err(anyhow::anyhow!("{e2}").context(format!("{}: {message}", item.path)));
                }
            }
        }
    }
    summary.seconds = started.elapsed().as_secs_f64();
    summary.mb_per_second = summary.bytes as f64 / 1e6 / summary.seconds.max(1e-9);
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&summary)?)?;
    } else {
        writeln!(
            out,
            "{name}: {} items ({:.1} MB) in {:.1} s ({:.2} MB/s): {} documents new, {} already present, {} failed; \
             {} events, {} statements; {} items failed",
            summary.items,
            summary.bytes as f64 / 1e6,
            summary.seconds,
            summary.mb_per_second,
            summary.documents_new,
            summary.documents_present,
            summary.failed,
            summary.events,
            summary.statements,
            summary.items_failed
        )?;
    }
    Ok(if summary.failed + summary.items_failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The item's path, with its byte range if it has one.
fn label(item: &WorkItem) -> String {
    match item.range {
        Some((start, end, _)) => format!("{} bytes {start}..{end}", item.path),
        None => item.path.clone(),
    }
}

/// `host:pid`, which names the worker in the queue.
fn worker_name() -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "host".into());
    format!("{host}:{}", std::process::id())
}

/// Reads one item and stores its documents batch by batch; the last batch marks the item
/// done. Documents already stored (by an earlier, interrupted attempt) are skipped.
fn process(store: &mut Store, kb: &Kb, item: &WorkItem, worker: &str, batch: usize) -> anyhow::Result<BatchOutcome> {
    let path = PathBuf::from(&item.path);
    let counter = Arc::new(AtomicU64::new(0));
    let range = item.range.map(|(start, end, first_record)| attache_sources::WarcRange { start, end, first_record });
    let items = crate::ingest::guarded(item.path.clone(), || match range {
        Some(r) => attache_sources::read_warc_range(&path, r, counter.clone()),
        None => attache_sources::read_file(&path, counter.clone()),
    });
    let mut total = BatchOutcome::default();
    let mut seen = HashSet::new();
    let mut chunk = Vec::new();
    let mut failures: Vec<Failure> = Vec::new();
    let mut documents = 0u64;
    let write = |store: &mut Store,
                 chunk: &mut Vec<(String, Option<String>, attache_sources::SourceDoc)>,
                 failures: &mut Vec<Failure>,
                 complete: Option<(i64, &str, u64)>|
     -> anyhow::Result<BatchOutcome> {
        let analysed: Vec<_> =
            std::mem::take(chunk).into_par_iter().map(|(key, url, src)| analyse(kb, key, url, src)).collect();
        let mut docs = Vec::new();
        for a in analysed {
            match a {
                Ok(d) => docs.push(d),
                Err(f) => failures.push(f),
            }
        }
        Ok(store.write_batch_completing(&docs, &std::mem::take(failures), complete)?)
    };
    for it in items {
        match it {
            Item::Failed(e) => failures.push(Failure { source: e.locator, error: e.message }),
            Item::Doc(doc) => {
                documents += 1;
                let (key, url, repeat) = crate::ingest::identify(&doc, &mut seen);
                if repeat || store.contains(&key, url.as_deref())? {
                    total.present += 1;
                    continue;
                }
                chunk.push((key, url, doc));
                if chunk.len() >= batch.max(1) {
                    total += write(store, &mut chunk, &mut failures, None)?;
                }
            }
        }
    }
    total += write(store, &mut chunk, &mut failures, Some((item.id, worker, documents)))?;
    Ok(total)
}

/// Renews a claim on a thread of its own (with its own connection) until stopped.
struct Heartbeat {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Heartbeat {
    fn start(db: &std::path::Path, item: i64, worker: &str, lease: u64) -> anyhow::Result<Heartbeat> {
        let mut store = Store::open(db)?;
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let worker = worker.to_string();
        let every = Duration::from_millis((lease * 1000 / 3).max(200));
        let thread = std::thread::Builder::new().name("attache-heartbeat".into()).spawn(move || {
            let mut last = Instant::now();
            while !flag.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(100));
                if last.elapsed() >= every {
                    last = Instant::now();
                    match store.renew(item, &worker, lease) {
                        Ok(true) => {}
                        Ok(false) => break,
                        Err(e) => eprintln!("attache worker {worker}: renewing the claim: {e}"),
                    }
                }
            }
        })?;
        Ok(Heartbeat { stop, thread: Some(thread) })
    }

    fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
