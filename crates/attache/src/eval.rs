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
    /// PLOVER gold standard records: one JSON array, labels of PLOVER 0.5b1.
    Plover,
    /// PETRARCH validation records: XML, or the flat `.jsonl` form.
    Petrarch,
    /// Dstl re3d: a folder of sources, each with documents.json and entities.json.
    Re3d,
    /// PolNeAR: a folder with text/ and attributions/ (brat standoff).
    Polnear,
    /// Toponyms with GeoNames ids (TR-News, LGL XML).
    Geoparsing,
}

/// The analysis and knowledge base as the scorers of public gold sets see them.
struct Attache<'k> {
    kb: &'k attache_kb::Kb,
    adjectives: std::collections::HashSet<String>,
}

impl attache_eval::public::Oracle for Attache<'_> {
    fn analyse(&self, doc: &attache_model::Document) -> Record {
        Record::new(doc, &attache_analyse::analyse(doc, self.kb))
    }
    fn is_country_adjective(&self, text: &str) -> bool {
        self.adjectives.contains(&text.to_lowercase())
    }
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
    if args.gold_format != GoldFormat::Attache {
        let oracle = Attache {
            kb: &kb,
            // A word that is both an adjective and a name of the country ("UK", "U.S.")
            // is a name: re3d marks "the UK" as a Location or Organisation.
            adjectives: {
                let names: std::collections::HashSet<String> = kb
                    .countries
                    .iter()
                    .flat_map(|c| std::iter::once(&c.name).chain(&c.aliases).map(|a| a.to_lowercase()))
                    .collect();
                kb.countries
                    .iter()
                    .flat_map(|c| c.adjectives.iter().map(|a| a.to_lowercase()))
                    .filter(|a| !names.contains(a))
                    .collect()
            },
        };
        let mut failed = false;
        for path in &args.gold {
            use attache_eval::public;
            let run = match args.gold_format {
                GoldFormat::Plover => public::plover,
                GoldFormat::Petrarch => public::petrarch,
                GoldFormat::Re3d => public::re3d,
                GoldFormat::Polnear => public::polnear,
                GoldFormat::Geoparsing | GoldFormat::Attache => public::geoparsing,
            };
            match run(path, &oracle) {
                Ok(report) => {
                    for s in &report.skipped {
                        eprintln!("attache: {} (record {}): skipped: {}", s.file, s.record, s.reason);
                    }
                    skipped += report.skipped.len();
                    total.merge(&report.scores);
                }
                Err(e) => {
                    eprintln!("attache: {e}");
                    failed = true;
                }
            }
        }
        print_report(&total, skipped, args.format)?;
        return Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS });
    }
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
    print_report(&total, skipped, args.format)?;
    Ok(ExitCode::SUCCESS)
}

fn print_report(total: &Scores, skipped: usize, format: ReportFormat) -> anyhow::Result<()> {
    match format {
        ReportFormat::Table => {
            print!("{}", attache_eval::table(total));
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
    Ok(())
}
