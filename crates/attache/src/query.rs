//! The query commands: `events`, `actors`, `dyads`, `themes`, `show`, and `recode`.

use crate::output::{write_rows, Format};
use attache_model::record::Record;
use attache_store::query::{Filter, Period};
use attache_store::Store;
use clap::Args;
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Filters shared by the query commands and `export`.
#[derive(Args, Debug, Clone)]
pub struct FilterArgs {
    /// Actor: ISO3 country or actor code; a code prefix matches longer codes (CHN matches CHNGOV).
    #[arg(long)]
    actor: Option<String>,
    /// Recipient: ISO3 country or actor code (prefix).
    #[arg(long)]
    recipient: Option<String>,
    /// Actor or recipient.
    #[arg(long)]
    country: Option<String>,
    /// PLOVER event type (AGREE, CONSULT, …).
    #[arg(long = "type")]
    kind: Option<String>,
    /// CAMEO code prefix (04, 042, …).
    #[arg(long)]
    cameo: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    quad: Option<u8>,
    /// First day (YYYY-MM-DD), inclusive.
    #[arg(long, value_parser = date_arg)]
    since: Option<String>,
    /// Last day (YYYY-MM-DD), inclusive.
    #[arg(long, value_parser = date_arg)]
    until: Option<String>,
    /// Place name or ISO3 country of the event location.
    #[arg(long)]
    place: Option<String>,
    /// Outlet name.
    #[arg(long)]
    outlet: Option<String>,
    /// Theme id or label.
    #[arg(long)]
    theme: Option<String>,
    /// Full-text search over titles and texts (SQLite FTS5 syntax: words, "phrases", OR, NOT, prefix*).
    #[arg(long)]
    text: Option<String>,
    /// Rows to print.
    #[arg(long)]
    limit: Option<u64>,
    /// Rows to skip.
    #[arg(long)]
    offset: Option<u64>,
}

fn date_arg(s: &str) -> Result<String, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|e| format!("`{s}` is not a YYYY-MM-DD date: {e}"))
}

impl FilterArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            actor: self.actor.clone(),
            recipient: self.recipient.clone(),
            country: self.country.clone(),
            kind: self.kind.clone(),
            cameo: self.cameo.clone(),
            quad_class: self.quad,
            since: self.since.clone(),
            until: self.until.clone(),
            place: self.place.clone(),
            outlet: self.outlet.clone(),
            theme: self.theme.clone(),
            text: self.text.clone(),
            limit: self.limit,
            offset: self.offset,
        }
    }
}

#[derive(Args)]
pub struct DbArg {
    /// The database.
    #[arg(long, default_value = "attache.db")]
    pub db: PathBuf,
}

#[derive(Args)]
pub struct QueryArgs {
    #[command(flatten)]
    db: DbArg,
    #[command(flatten)]
    filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

#[derive(Args)]
pub struct EventsArgs {
    #[command(flatten)]
    query: QueryArgs,
    /// List the individual reports (mentions) rather than the events they form.
    #[arg(long)]
    mentions: bool,
}

#[derive(Args)]
pub struct PeriodArgs {
    #[command(flatten)]
    query: QueryArgs,
    /// Time bucket.
    #[arg(long, default_value = "month", value_parser = ["day", "week", "month"])]
    period: String,
}

#[derive(Args)]
pub struct ThemesArgs {
    #[command(flatten)]
    period: PeriodArgs,
    /// List, for each theme and outlet, the first article that used it.
    #[arg(long)]
    first_use: bool,
}

#[derive(Args)]
pub struct ShowArgs {
    #[command(flatten)]
    db: DbArg,
    /// Event id (or the id of one of its mentions), as `attache events` prints it.
    id: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

#[derive(Args)]
pub struct RecodeArgs {
    #[command(flatten)]
    db: DbArg,
    /// Knowledge-base overlay file (repeatable).
    #[arg(long = "kb", value_name = "FILE")]
    kb: Vec<PathBuf>,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

fn period(s: &str) -> Period {
    s.parse().unwrap_or_default()
}

pub fn events(args: EventsArgs) -> anyhow::Result<ExitCode> {
    let q = &args.query;
    let store = Store::open_read_only(&q.db.db)?;
    let mut out = std::io::stdout().lock();
    if args.mentions {
        write_rows(&mut out, &store.mentions(&q.filter.filter())?, q.format)?;
    } else {
        write_rows(&mut out, &store.events(&q.filter.filter())?, q.format)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn actors(args: QueryArgs) -> anyhow::Result<ExitCode> {
    let store = Store::open_read_only(&args.db.db)?;
    write_rows(&mut std::io::stdout().lock(), &store.actors(&args.filter.filter())?, args.format)?;
    Ok(ExitCode::SUCCESS)
}

pub fn dyads(args: PeriodArgs) -> anyhow::Result<ExitCode> {
    let store = Store::open_read_only(&args.query.db.db)?;
    let rows = store.dyads(&args.query.filter.filter(), period(&args.period))?;
    write_rows(&mut std::io::stdout().lock(), &rows, args.query.format)?;
    Ok(ExitCode::SUCCESS)
}

pub fn themes(args: ThemesArgs) -> anyhow::Result<ExitCode> {
    let q = &args.period.query;
    let store = Store::open_read_only(&q.db.db)?;
    let mut out = std::io::stdout().lock();
    if args.first_use {
        write_rows(&mut out, &store.theme_first_use(&q.filter.filter())?, q.format)?;
    } else {
        write_rows(&mut out, &store.themes(&q.filter.filter(), period(&args.period.period))?, q.format)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn show(args: ShowArgs) -> anyhow::Result<ExitCode> {
    let store = Store::open_read_only(&args.db.db)?;
    let Some((event, mentions)) = store.event(&args.id)? else {
        eprintln!("attache: no event or mention `{}` in {}", args.id, args.db.db.display());
        return Ok(ExitCode::from(1));
    };
    let mut out = std::io::stdout().lock();
    match args.format {
        crate::output::Format::Json => {
            let value = serde_json::json!({ "event": event, "mentions": mentions });
            serde_json::to_writer_pretty(&mut out, &value)?;
            writeln!(out)?;
        }
        crate::output::Format::Csv => write_rows(&mut out, &mentions, args.format)?,
        crate::output::Format::Table => {
            writeln!(
                out,
                "event {}: {} (CAMEO {}, quad class {}, Goldstein {:+.1}) on {}",
                event.id,
                event.kind,
                event.cameo,
                event.quad_class,
                event.goldstein,
                event.date.as_deref().unwrap_or("an unknown date")
            )?;
            writeln!(out, "  actors {} → recipients {}", or_dash(&event.actors), or_dash(&event.recipients))?;
            if let Some(place) = &event.location {
                writeln!(out, "  at {place}")?;
            }
            writeln!(
                out,
                "  {} mentions in {} articles from {} sources, reported {} to {}",
                event.num_mentions,
                event.num_articles,
                event.num_sources,
                event.first_report.as_deref().unwrap_or("?"),
                event.last_report.as_deref().unwrap_or("?")
            )?;
            for m in &mentions {
                writeln!(out)?;
                writeln!(
                    out,
                    "  [{}] {} {} — {}",
                    m.id,
                    m.published.as_deref().unwrap_or("undated"),
                    m.outlet.as_deref().unwrap_or("unknown outlet"),
                    m.title.as_deref().unwrap_or("(untitled)")
                )?;
                writeln!(out, "    {}", m.sentence.split_whitespace().collect::<Vec<_>>().join(" "))?;
                writeln!(
                    out,
                    "    trigger “{}”, {} {} → {}, {}; rule {}",
                    m.trigger,
                    m.cameo,
                    m.actor.as_deref().unwrap_or("?"),
                    m.recipient.as_deref().unwrap_or("-"),
                    m.modality,
                    m.rule
                )?;
                if let Some(url) = &m.url {
                    writeln!(out, "    {url}")?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() {
        "-"
    } else {
        s
    }
}

/// Reruns the analysis over every stored document, a batch per transaction.
pub fn recode(args: RecodeArgs) -> anyhow::Result<ExitCode> {
    let kb = crate::load_kb(&args.kb)?;
    if !args.db.db.exists() {
        anyhow::bail!("{}: no attache database here", args.db.db.display());
    }
    let mut store = Store::open_with(&args.db.db, |version, description| {
        if !args.json {
            eprintln!("{}: upgrading to schema {version} ({description})", args.db.db.display());
        }
    })?;
    let keys = store.document_keys()?;
    let mut total = attache_store::RecodeOutcome::default();
    for chunk in keys.chunks(256) {
        let docs: Vec<(String, attache_model::Document)> = chunk
            .iter()
            .filter_map(|k| store.document(k).transpose().map(|d| d.map(|d| (k.clone(), d))))
            .collect::<Result<_, _>>()?;
        let records: Vec<(String, Record)> = docs
            .into_par_iter()
            .map(|(k, d)| {
                let analysis = attache_analyse::analyse(&d, &kb);
                (k, Record::new(&d, &analysis))
            })
            .collect();
        // Notes from reading the input are kept; the analysis' own diagnostics are redone.
        let records = records
            .into_iter()
            .map(|(k, mut r)| {
                if let Ok(Some(old)) = store.record(&k) {
                    r.diagnostics.extend(old.diagnostics.into_iter().filter(|d| d.code == "input"));
                }
                (k, r)
            })
            .collect::<Vec<_>>();
        total += store.replace_extractions(&records)?;
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&total)?);
    } else {
        println!(
            "recoded {} documents ({} changed): {} events added, {} removed, {} recoded, {} unchanged",
            total.documents,
            total.documents_changed,
            total.events_added,
            total.events_removed,
            total.events_recoded,
            total.events_unchanged
        );
    }
    Ok(ExitCode::SUCCESS)
}
