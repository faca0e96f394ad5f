//! `attache serve` and `attache demo`.

use anyhow::Context;
use attache_serve::Pool;
use clap::Args;
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Args)]
pub struct ServeArgs {
    /// The database, opened read-only.
    #[arg(long, default_value = "attache.db")]
    db: PathBuf,
    /// Address and port to listen on; port 0 picks a free one. Anything but a loopback
    /// address makes the dashboard reachable from other machines.
    #[arg(long, default_value = "127.0.0.1:8080")]
    bind: String,
    /// Megabytes of API answers to keep in memory until the database changes (0: none).
    #[arg(long, default_value_t = 256)]
    cache_mb: usize,
}

#[derive(Args)]
pub struct DemoArgs {
    /// Where to build the demo database (articles already there are skipped).
    #[arg(long, default_value = "attache-demo.db")]
    db: PathBuf,
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    bind: String,
    /// Build the database and stop, without serving it.
    #[arg(long)]
    no_serve: bool,
}

/// The example corpus: articles written for attache's demo (scripts/make-demo-corpus.py).
const DEMO_CORPUS: &str = include_str!("../../attache-serve/demo/articles.jsonl");

pub fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    run_server(&args.db, &args.bind, args.cache_mb << 20)
}

pub fn demo(args: DemoArgs) -> anyhow::Result<ExitCode> {
    let dir = std::env::temp_dir().join(format!("attache-demo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let corpus = dir.join("demo-articles.jsonl");
    std::fs::write(&corpus, DEMO_CORPUS).with_context(|| format!("writing {}", corpus.display()))?;
    eprintln!(
        "attache demo: coding {} example articles into {}",
        DEMO_CORPUS.lines().filter(|l| !l.trim().is_empty()).count(),
        args.db.display()
    );
    let ingested = crate::ingest::run(crate::ingest::IngestArgs::new(vec![corpus], args.db.clone()));
    let _ = std::fs::remove_dir_all(&dir);
    let code = ingested?;
    if code != ExitCode::SUCCESS {
        anyhow::bail!("building the demo database {} failed", args.db.display());
    }
    if args.no_serve {
        return Ok(ExitCode::SUCCESS);
    }
    run_server(&args.db, &args.bind, attache_serve::DEFAULT_CACHE_BYTES)
}

fn run_server(db: &Path, bind: &str, cache_bytes: usize) -> anyhow::Result<ExitCode> {
    let addr: SocketAddr =
        bind.parse().with_context(|| format!("--bind {bind}: give an address and port such as 127.0.0.1:8080"))?;
    let pool = Arc::new(Pool::open(db)?);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
        let local = listener.local_addr()?;
        if !attache_serve::is_loopback(&local) {
            eprintln!("attache serve: listening on {local}: other machines can reach this dashboard");
        }
        println!("attache: serving {} (read-only) at http://{local}/", db.display());
        let _ = std::io::stdout().flush();
        attache_serve::serve(listener, pool, cache_bytes).await.context("serving")
    })?;
    Ok(ExitCode::SUCCESS)
}
