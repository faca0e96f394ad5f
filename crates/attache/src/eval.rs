//! `attache eval`: runs the analysis over gold records and scores it.

use anyhow::Context;
use attache_eval::{score, GoldRecord, Scores};
use attache_model::record::Record;
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum GoldFormat {
    /// attache's own gold JSON Lines (docs/gold-format.md).
    Attache,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    Table,
    Json,
}

#[derive(Args)]
pub struct EvalArgs {
    /// Gold file(s).
    #[arg(long = "gold", required = true)]
    gold: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "attache")]
    gold_format: GoldFormat,
    #[arg(long, value_enum, default_value = "table")]
    format: ReportFormat,
    /// Knowledge-base overlay file (repeatable).
    #[arg(long = "kb", value_name = "FILE")]
    kb: Vec<PathBuf>,
}

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let kb = crate::load_kb(&args.kb)?;
    let mut total = Scores::default();
    let mut skipped = 0usize;
    for path in &args.gold {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let g: GoldRecord = match serde_json::from_str(line) {
                Ok(g) => g,
                Err(e) => {
                    let id = serde_json::from_str::<serde_json::Value>(line)
                        .ok()
                        .and_then(|v| v["id"].as_str().map(String::from));
                    eprintln!(
                        "attache: {}:{} (record {}): skipped: {e}",
                        path.display(),
                        i + 1,
                        id.as_deref().unwrap_or("?")
                    );
                    skipped += 1;
                    continue;
                }
            };
            let doc = g.document();
            let record = Record::new(&doc, &attache_analyse::analyse(&doc, &kb));
            total.merge(&score(&g.gold, &record));
        }
    }
    match args.format {
        ReportFormat::Table => {
            print!("{}", attache_eval::table(&total));
            println!("documents: {}, skipped records: {skipped}", total.documents);
        }
        ReportFormat::Json => {
            let v = serde_json::json!({
                "documents": total.documents,
                "skipped": skipped,
                "measures": total.measures.iter().map(|(k, c)| (k.clone(), serde_json::json!({
                    "tp": c.tp, "predicted": c.predicted, "gold": c.gold,
                    "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                }))).collect::<serde_json::Map<_, _>>(),
            });
            println!("{}", serde_json::to_string_pretty(&v)?);
        }
    }
    Ok(ExitCode::SUCCESS)
}
