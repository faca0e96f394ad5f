//! The `attache` command line.
//!
//! Exit codes: 0 success; 1 some input could not be processed (the rest was); 2 usage
//! error; 3 the knowledge base (built-in or `--kb` overlay) is invalid.

/// mimalloc instead of the system allocator: the analysis allocates many small, short-lived
/// vectors and strings per sentence (docs/PERFORMANCE.md has the figures).
#[global_allocator]
static ALLOCATOR: alloc::MiMalloc = alloc::MiMalloc;

mod alloc;

mod eval;
mod export;
mod extract;
mod ingest;
mod json;
mod output;
mod query;
mod serve;
mod worker;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "attache",
    version,
    about = "Turns political and diplomatic news into structured, source-attributed event records (PLOVER and CAMEO)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles and print one JSON record per document.
    Extract(extract::ExtractArgs),
    /// Score the analysis against gold records and print precision, recall and F1 per measure.
    Eval(eval::EvalArgs),
    /// Read files, folders, feeds and WARC archives into the database, coding every article.
    Ingest(ingest::IngestArgs),
    /// Rerun the analysis over the stored documents (after the knowledge base changed).
    Recode(query::RecodeArgs),
    /// List events (clusters of reports) or their individual reports, filtered.
    Events(query::EventsArgs),
    /// One event with every report of it, its sentence and the rule that coded it.
    Show(query::ShowArgs),
    /// Actors by the number of events they take part in.
    Actors(query::QueryArgs),
    /// Events and Goldstein sums per actor–recipient pair and period.
    Dyads(query::PeriodArgs),
    /// Theme mentions per period and outlet, or who used each theme first.
    Themes(query::ThemesArgs),
    /// Write the database as GDELT 2.0 events, PLOVER records, CSV or JSONL.
    Export(export::ExportArgs),
    /// Register inputs as work items for `attache worker`s (distributed ingest).
    Enqueue(worker::EnqueueArgs),
    /// Claim and ingest work items until the queue is done (run any number, on any machine).
    Worker(worker::WorkerArgs),
    /// Work items pending, claimed, done and failed, live workers and the recent rate.
    Status(worker::StatusArgs),
    /// Serve the JSON API and the dashboard over a database (read-only).
    Serve(serve::ServeArgs),
    /// Build a database from the bundled example articles and serve the dashboard on it.
    Demo(serve::DemoArgs),
    /// Inspect the knowledge base.
    Kb {
        #[command(subcommand)]
        command: KbCommand,
    },
}

#[derive(Subcommand)]
enum KbCommand {
    /// Load and validate the knowledge base (with overlays) and print its table sizes and load time.
    Check {
        /// Knowledge-base overlay file (repeatable); its name says which table it extends, e.g. `mine.people.tsv`.
        #[arg(long = "kb", value_name = "FILE")]
        kb: Vec<std::path::PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Ingest(args) => ingest::run(args),
        Command::Recode(args) => query::recode(args),
        Command::Events(args) => query::events(args),
        Command::Show(args) => query::show(args),
        Command::Actors(args) => query::actors(args),
        Command::Dyads(args) => query::dyads(args),
        Command::Themes(args) => query::themes(args),
        Command::Export(args) => export::run(args),
        Command::Enqueue(args) => worker::enqueue(args),
        Command::Worker(args) => worker::worker(args),
        Command::Status(args) => worker::status(args),
        Command::Serve(args) => serve::serve(args),
        Command::Demo(args) => serve::demo(args),
        Command::Kb { command: KbCommand::Check { kb } } => kb_check(&kb),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("attache: {e:#}");
            ExitCode::from(if e.downcast_ref::<attache_kb::KbError>().is_some() { 3 } else { 1 })
        }
    }
}

/// Loads the built-in knowledge base and the overlays named on the command line.
pub fn load_kb(overlays: &[std::path::PathBuf]) -> anyhow::Result<attache_kb::Kb> {
    let mut sources = Vec::new();
    for path in overlays {
        let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        sources.push(attache_kb::KbSource { name: path.display().to_string(), text });
    }
    Ok(attache_kb::Kb::load(&sources)?)
}

fn kb_check(overlays: &[std::path::PathBuf]) -> anyhow::Result<ExitCode> {
    let start = std::time::Instant::now();
    let kb = load_kb(overlays)?;
    let elapsed = start.elapsed();
    for (table, n) in kb.stats() {
        println!("{table:>16}  {n}");
    }
    println!("{:>16}  {:.1} ms", "load time", elapsed.as_secs_f64() * 1000.0);
    Ok(ExitCode::SUCCESS)
}
