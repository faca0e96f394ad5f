//! Criterion benchmarks of the analysis stages over the VOA corpus
//! (`../shared/corpus/voa/`): segmentation, knowledge-base matching, date finding and the
//! whole pipeline, plus the knowledge-base load.
//!
//! Run: `cargo bench -p attache-analyse --bench pipeline`

use attache_kb::Kb;
use attache_model::Document;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::PathBuf;

fn corpus() -> Vec<Document> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/voa/voa_stories.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| Document {
            id: v["id"].as_str().unwrap_or_default().to_string(),
            text: v["text"].as_str().unwrap_or_default().to_string(),
            published: v["published"]
                .as_str()
                .and_then(|p| chrono::NaiveDate::parse_from_str(&p[..10], "%Y-%m-%d").ok()),
            ..Default::default()
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    let kb = Kb::builtin().unwrap();
    let docs = corpus();
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();

    c.bench_function("kb_load", |b| b.iter(|| Kb::builtin().unwrap()));

    let mut g = c.benchmark_group("voa_corpus");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("segment", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    let t = attache_analyse::segment::tokenize(&d.text);
                    let texts = attache_analyse::segment::token_texts(&d.text, &t);
                    attache_analyse::segment::sentences(&d.text, &t, &texts).len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("kb_match_names", |b| b.iter(|| docs.iter().map(|d| kb.find_names(&d.text).len()).sum::<usize>()));
    g.bench_function("kb_match_triggers", |b| {
        b.iter(|| docs.iter().map(|d| kb.triggers.find(&d.text).len()).sum::<usize>())
    });
    g.bench_function("dates", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    let t = attache_analyse::segment::tokenize(&d.text);
                    attache_analyse::dates::find(&t, &attache_analyse::segment::token_texts(&d.text, &t)).len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("analyse", |b| {
        b.iter(|| docs.iter().map(|d| attache_analyse::analyse(d, &kb).events.len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
