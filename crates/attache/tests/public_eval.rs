//! Accuracy floors on the public gold sets in `../shared/eval/` (docs/EVALUATION.md).
//!
//! Each test runs `attache eval` as a user would and fails when a measure falls below
//! its floor. The floors sit a little under the figures of the commit that set them:
//! raise them when the figures rise. Under `CI=true` a missing gold set fails the test;
//! elsewhere the test says it was skipped.

use std::path::PathBuf;
use std::process::Command;

fn shared(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(rel);
    if p.exists() {
        return Some(p);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{} is missing: CI must provide ../shared", p.display());
    }
    eprintln!("skipped: {} is missing", p.display());
    None
}

/// Runs `attache eval --format json` and returns its report.
fn eval(format: &str, gold: &str) -> Option<serde_json::Value> {
    let path = shared(gold)?;
    let out = Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(["eval", "--format", "json", "--gold-format", format, "--gold"])
        .arg(&path)
        .output()
        .expect("attache runs");
    assert!(out.status.success(), "attache eval failed: {}", String::from_utf8_lossy(&out.stderr));
    Some(serde_json::from_slice(&out.stdout).expect("a JSON report"))
}

/// Checks `measure.statistic >= floor` for each floor, and reports every figure.
fn check(report: &serde_json::Value, floors: &[(&str, &str, f64)]) {
    let mut failed = Vec::new();
    for &(measure, statistic, floor) in floors {
        let got = report["measures"][measure][statistic]
            .as_f64()
            .unwrap_or_else(|| panic!("no {measure}.{statistic} in the report"));
        eprintln!("{measure:<24} {statistic:<9} {got:.3} (floor {floor:.2})");
        if got < floor {
            failed.push(format!("{measure} {statistic} {got:.3} < {floor}"));
        }
    }
    assert!(failed.is_empty(), "below the floor: {failed:?}");
}

#[test]
fn plover_gold_standard_records() {
    let Some(r) = eval("plover", "eval/plover_gsr/PLOVER_GSR_CAMEO.txt") else { return };
    assert_eq!(r["skipped"], 1, "one record (AGREE-0007) has a malformed target");
    check(
        &r,
        &[
            ("event_type", "recall", FLOORS.plover_type),
            ("actor_country", "f1", FLOORS.plover_actor),
            ("recipient_country", "f1", FLOORS.plover_recipient),
        ],
    );
}

#[test]
fn petrarch_validation_sentences() {
    let Some(r) = eval("petrarch", "eval/petrarch/PETR2_GSR_validation.xml") else { return };
    check(&r, &[("cameo_root", "f1", FLOORS.petrarch_root), ("cameo_root", "recall", FLOORS.petrarch_root_recall)]);
}

#[test]
fn re3d_entities() {
    let Some(r) = eval("re3d", "eval/re3d") else { return };
    check(
        &r,
        &[
            ("entity_overlap", "f1", FLOORS.re3d_overlap),
            ("entity_strict", "f1", FLOORS.re3d_strict),
            ("entity_all_overlap", "f1", FLOORS.re3d_all_overlap),
        ],
    );
}

#[test]
fn polnear_statement_speakers() {
    let Some(r) = eval("polnear", "eval/polnear/dev") else { return };
    check(&r, &[("statement_speaker", "f1", FLOORS.polnear_speaker), ("statement_speaker", "precision", 0.75)]);
}

#[test]
fn tr_news_toponyms() {
    let Some(r) = eval("geoparsing", "eval/geoparsing/TR-News.xml") else { return };
    check(
        &r,
        &[
            ("toponym", "f1", FLOORS.trnews_toponym),
            ("resolution_161km", "recall", FLOORS.trnews_161),
            ("resolution_exact", "recall", FLOORS.trnews_exact),
        ],
    );
}

#[test]
fn lgl_toponyms() {
    let Some(r) = eval("geoparsing", "eval/geoparsing/lgl.xml") else { return };
    check(&r, &[("toponym", "f1", FLOORS.lgl_toponym), ("resolution_161km", "recall", FLOORS.lgl_161)]);
}

struct Floors {
    plover_type: f64,
    plover_actor: f64,
    plover_recipient: f64,
    petrarch_root: f64,
    petrarch_root_recall: f64,
    re3d_overlap: f64,
    re3d_strict: f64,
    re3d_all_overlap: f64,
    polnear_speaker: f64,
    trnews_toponym: f64,
    trnews_161: f64,
    trnews_exact: f64,
    lgl_toponym: f64,
    lgl_161: f64,
}

const FLOORS: Floors = Floors {
    plover_type: 0.80,
    plover_actor: 0.86,
    plover_recipient: 0.73,
    petrarch_root: 0.75,
    petrarch_root_recall: 0.78,
    re3d_overlap: 0.795,
    re3d_strict: 0.52,
    re3d_all_overlap: 0.75,
    polnear_speaker: 0.71,
    trnews_toponym: 0.865,
    trnews_161: 0.88,
    trnews_exact: 0.845,
    lgl_toponym: 0.78,
    lgl_161: 0.73,
};

/// Bad gold records are named and skipped; the good ones are still scored.
#[test]
fn bad_gold_records_are_reported_and_skipped() {
    let dir =
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("attache-bad-gold-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plover = dir.join("plover.json");
    std::fs::write(
        &plover,
        r#"[{"id": "H", "event": "DOCUMENT"},
            {"id": "GOOD-1", "event": "CONSULT", "eventText": "met", "text": "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday.",
             "source": [{"code": "RUS"}], "target": [{"code": "CHN"}]},
            {"id": "BAD-LABEL", "event": "DANCE", "text": "Kazakhstan danced."},
            {"id": "BAD-ACTORS", "event": "AGREE", "text": "Kazakhstan agreed.", "source": "Kazakhstan"},
            {"id": "NO-TEXT", "event": "AGREE"}]"#,
    )
    .unwrap();
    let petrarch = dir.join("petrarch.jsonl");
    std::fs::write(
        &petrarch,
        "{\"id\": \"P1\", \"date\": \"20080806\", \"text\": \"Brazil and the United States signed an energy agreement on Wednesday.\", \"codings\": [{\"eventcode\": \"057\", \"sourcecode\": \"BRA\", \"targetcode\": \"USA\"}]}\n\
         {\"id\": \"P2\", \"text\": \"France protested.\", \"codings\": [{\"eventcode\": \"X14\"}]}\n\
         not json at all\n",
    )
    .unwrap();
    for (format, path, ids, documents) in [
        ("plover", &plover, &["BAD-LABEL", "BAD-ACTORS", "NO-TEXT"][..], 1),
        ("petrarch", &petrarch, &["P2", "line 3"][..], 1),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_attache"))
            .args(["eval", "--format", "json", "--gold-format", format, "--gold"])
            .arg(path)
            .output()
            .unwrap();
        assert!(out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        for id in ids {
            assert!(stderr.contains(&format!("(record {id}): skipped")), "{format}: {id} not reported in {stderr}");
        }
        let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(r["skipped"], ids.len(), "{format}");
        assert_eq!(r["documents"], documents, "{format}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
