//! Readers and scorers for public gold sets that other systems report on: PLOVER gold
//! standard records, PETRARCH-2 validation sentences, Dstl re3d entities, PolNeAR
//! attributions, and the TR-News / LGL geoparsing corpora (docs/EVALUATION.md).
//!
//! Every reader returns the cases it could read and, for each record it could not, a
//! [`Skipped`] naming the file and the record; a bad record never stops a run.

use crate::{Counts, Scores};
use attache_model::record::{EntityRecord, EventRecord, ParticipantRecord, Record};
use attache_model::{Document, EntityKind};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What the scorers need from attache: the analysis, and the knowledge base's word for
/// whether a country word is an adjective ("Syrian") rather than a name ("Syria").
pub trait Oracle: Sync {
    fn analyse(&self, doc: &Document) -> Record;
    fn is_country_adjective(&self, text: &str) -> bool;
}

/// A gold record that could not be read or scored, and why.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Skipped {
    pub file: String,
    pub record: String,
    pub reason: String,
}

/// The result of one evaluation run.
#[derive(Debug, Default, serde::Serialize)]
pub struct Report {
    pub scores: Scores,
    pub skipped: Vec<Skipped>,
}

impl Report {
    fn skip(&mut self, file: &Path, record: impl Into<String>, reason: impl Into<String>) {
        self.skipped.push(Skipped { file: file.display().to_string(), record: record.into(), reason: reason.into() });
    }
    fn add(&mut self, name: &str, c: Counts) {
        self.scores.measures.entry(name.to_string()).or_default().add(c);
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn doc(id: &str, text: &str, published: Option<chrono::NaiveDate>) -> Document {
    Document { id: id.to_string(), text: text.to_string(), published, outlet: None, title: None, url: None }
}

/// The country part of a participant: its country, or "IGO"/"NGO"/"IMG" for
/// intergovernmental, non-governmental and international militant organisations coded
/// as such with no country (the gold codes put these where a country goes).
fn participant_country(p: &ParticipantRecord) -> Option<String> {
    if let Some(c) = &p.country {
        return Some(c.to_uppercase());
    }
    ["IGO", "NGO", "IMG"].iter().find(|k| p.code.starts_with(*k)).map(|k| k.to_string())
}

fn country_set(ps: &[ParticipantRecord]) -> BTreeSet<String> {
    ps.iter().filter_map(participant_country).collect()
}

/// Precision/recall counts of a predicted set against a gold set.
fn set_counts(pred: &BTreeSet<String>, gold: &BTreeSet<String>) -> Counts {
    Counts { tp: pred.intersection(gold).count(), predicted: pred.len(), gold: gold.len() }
}

// ---------------------------------------------------------------------------------------
// PLOVER gold standard records

/// PLOVER 0.5b1 labels (the gold file's version) to the sixteen PLOVER event types
/// attache codes. DEMAND became REQUEST; FIGHT (conventional force) was folded into
/// ASSAULT; DISAPPROVE and INVESTIGATE became modes of ACCUSE. The others kept their names.
pub fn plover_type(label: &str) -> Option<&'static str> {
    Some(match label {
        "AGREE" => "AGREE",
        "ACCUSE" | "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "AID" => "AID",
        "ASSAULT" | "FIGHT" => "ASSAULT",
        "COERCE" => "COERCE",
        "CONCEDE" | "YIELD" => "CONCEDE",
        "CONSULT" => "CONSULT",
        "COOPERATE" => "COOPERATE",
        "MOBILIZE" => "MOBILIZE",
        "PROTEST" => "PROTEST",
        "REJECT" => "REJECT",
        "REQUEST" | "DEMAND" => "REQUEST",
        "RETREAT" => "RETREAT",
        "SANCTION" => "SANCTION",
        "SUPPORT" => "SUPPORT",
        "THREATEN" => "THREATEN",
        _ => return None,
    })
}

struct PloverActor {
    country: Option<String>,
    sector: Option<String>,
}

fn plover_actors(v: &serde_json::Value) -> Result<Vec<PloverActor>, String> {
    let Some(list) = v.as_array() else {
        // Absent, null or "" all say "no actor".
        return if v.is_null() || v.as_str() == Some("") {
            Ok(Vec::new())
        } else {
            Err(format!("actor list is not an array: {v}"))
        };
    };
    let mut out = Vec::new();
    for a in list {
        let code = a["code"].as_str().ok_or("an actor has no code")?;
        let code3: String = code.chars().take(3).collect::<String>().to_uppercase();
        let country = (code3.len() == 3 && code3.chars().all(|c| c.is_ascii_alphabetic())).then_some(code3);
        let sector = a["sector"]
            .as_str()
            .map(|s| s.chars().take(3).collect::<String>().to_uppercase())
            .filter(|s| s.len() == 3 && s.chars().all(|c| c.is_ascii_alphabetic()));
        out.push(PloverActor { country, sector });
    }
    Ok(out)
}

/// An event's PLOVER type as PLOVER itself codes intent: attache gives a promise or offer
/// the type of the act promised, modality `intent` and a CAMEO 03x code (13x for an
/// announced conflictual act); PLOVER (and the 2021 CAMEO→PLOVER table) codes every 03x
/// as AGREE and every 13x as THREATEN. A cooperative act an actor says it will do
/// ("Portugal will support …") is, for PLOVER, a promise: AGREE; attache keeps the act
/// with modality `future`. `event_type_literal` scores attache's own types instead.
fn plover_kind(e: &EventRecord) -> &str {
    let cooperative =
        matches!(e.kind.as_str(), "AGREE" | "SUPPORT" | "CONSULT" | "COOPERATE" | "AID" | "CONCEDE" | "RETREAT");
    if e.cameo.starts_with("03") || (e.modality == "future" && cooperative) {
        "AGREE"
    } else if e.cameo.starts_with("13") {
        "THREATEN"
    } else {
        &e.kind
    }
}

/// The event attache reports for the gold event: the one whose trigger lies nearest to
/// the gold event words, else the first.
fn primary_event<'r>(record: &'r Record, text: &str, event_text: &str) -> Option<&'r EventRecord> {
    let lower = text.to_lowercase();
    let anchor = event_text.split_whitespace().next().and_then(|w| lower.find(&w.to_lowercase()));
    match anchor {
        Some(a) => record.events.iter().min_by_key(|e| e.trigger.start.abs_diff(a)),
        None => record.events.first(),
    }
}

/// Scores the analysis on the PLOVER gold standard records (one JSON array).
pub fn plover(path: &Path, oracle: &dyn Oracle) -> Result<Report, String> {
    let text = read(path)?;
    let all: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not a JSON array: {e}", path.display()))?;
    let records = all.as_array().ok_or_else(|| format!("{}: not a JSON array", path.display()))?;
    let mut report = Report::default();
    for (i, r) in records.iter().enumerate() {
        let id = r["id"].as_str().map(String::from).unwrap_or_else(|| format!("#{}", i + 1));
        let label = r["event"].as_str().unwrap_or("");
        if label == "DOCUMENT" {
            continue; // the file's header record
        }
        let Some(kind) = plover_type(label) else {
            report.skip(path, id, format!("unknown event label {label:?}"));
            continue;
        };
        let Some(sentence) = r["text"].as_str().filter(|t| !t.trim().is_empty()) else {
            report.skip(path, id, "no text");
            continue;
        };
        let (sources, targets) = match (plover_actors(&r["source"]), plover_actors(&r["target"])) {
            (Ok(s), Ok(t)) => (s, t),
            (Err(e), _) | (_, Err(e)) => {
                report.skip(path, id, e);
                continue;
            }
        };
        let record = oracle.analyse(&doc(&id, sentence, chrono::NaiveDate::from_ymd_opt(2000, 1, 1)));
        let event = primary_event(&record, sentence, r["eventText"].as_str().unwrap_or(""));
        report.scores.documents += 1;
        let found = event.map(plover_kind);
        let hit = found == Some(kind);
        report.add("event_type", Counts { tp: hit as usize, predicted: found.is_some() as usize, gold: 1 });
        let literal = event.map(|e| e.kind.as_str());
        report.add(
            "event_type_literal",
            Counts { tp: (literal == Some(kind)) as usize, predicted: literal.is_some() as usize, gold: 1 },
        );
        let any = record.events.iter().any(|e| plover_kind(e) == kind);
        report.add("event_type_any", Counts { tp: any as usize, predicted: found.is_some() as usize, gold: 1 });
        report.add(&format!("type:{kind}"), Counts { tp: hit as usize, predicted: 0, gold: 1 });
        if let Some(f) = found {
            report.add(&format!("type:{f}"), Counts { tp: 0, predicted: 1, gold: 0 });
        }
        let gold_set = |actors: &[PloverActor]| actors.iter().filter_map(|a| a.country.clone()).collect();
        let (ga, gr): (BTreeSet<String>, BTreeSet<String>) = (gold_set(&sources), gold_set(&targets));
        let (fa, fr) = event.map(|e| (country_set(&e.actors), country_set(&e.recipients))).unwrap_or_default();
        report.add("actor_country", set_counts(&fa, &ga));
        report.add("recipient_country", set_counts(&fr, &gr));
        // Sector: a gold actor's sector is found when an actor of the same country has it.
        let mut sector = Counts::default();
        for a in sources.iter().filter(|a| a.sector.is_some()) {
            sector.gold += 1;
            sector.predicted += 1;
            if event.is_some_and(|e| {
                e.actors.iter().any(|p| {
                    participant_country(p) == a.country && p.sector.as_deref().map(str::to_uppercase) == a.sector
                })
            }) {
                sector.tp += 1;
            }
        }
        report.add("actor_sector", sector);
    }
    Ok(report)
}

// ---------------------------------------------------------------------------------------
// PETRARCH-2 validation records

struct PetrarchCase {
    id: String,
    date: Option<chrono::NaiveDate>,
    text: String,
    codings: Vec<(String, String, String)>,
    no_events: bool,
}

fn petrarch_code_ok(code: &str) -> bool {
    (2..=4).contains(&code.len()) && code.chars().all(|c| c.is_ascii_digit())
}

/// The `key="value"` attributes of one tag.
fn tag_attributes(tag: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut rest = tag;
    while let Some(eq) = rest.find("=\"") {
        let key = rest[..eq].rsplit(|c: char| c.is_whitespace() || c == '<').next().unwrap_or("").to_string();
        let after = &rest[eq + 2..];
        let Some(close) = after.find('"') else { break };
        out.insert(key, after[..close].to_string());
        rest = &after[close + 1..];
    }
    out
}

/// Reads PETRARCH validation "XML" the way PETRARCH does, line by line: the file is not
/// well-formed (a self-closed `<Sentence …/>` is later closed again), so a strict XML
/// parser refuses it. Each `<Sentence>` owns the `<EventCoding>` and `<Text>` after it.
fn petrarch_xml(path: &Path, text: &str, report: &mut Report) -> Result<Vec<PetrarchCase>, String> {
    let mut cases: Vec<(PetrarchCase, Option<String>)> = Vec::new();
    let mut in_text = false;
    for line in text.lines() {
        let t = line.trim();
        if in_text {
            if let Some((case, _)) = cases.last_mut() {
                let part = t.split("</Text>").next().unwrap_or("");
                if !part.is_empty() {
                    if !case.text.is_empty() {
                        case.text.push(' ');
                    }
                    case.text.push_str(part);
                }
            }
            in_text = !t.contains("</Text>");
        } else if t.starts_with("<Sentence ") {
            let a = tag_attributes(t);
            let id = a.get("id").cloned().unwrap_or_else(|| format!("#{}", cases.len() + 1));
            let date = a.get("date").and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y%m%d").ok());
            cases.push((PetrarchCase { id, date, text: String::new(), codings: Vec::new(), no_events: false }, None));
        } else if t.starts_with("<EventCoding") {
            let Some((case, problem)) = cases.last_mut() else { continue };
            let a = tag_attributes(t);
            if a.get("noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
                case.no_events = true;
                continue;
            }
            let code = a.get("eventcode").map(String::as_str).unwrap_or("");
            if !petrarch_code_ok(code) {
                *problem = Some(format!("bad CAMEO event code {code:?}"));
                continue;
            }
            let get = |k: &str| a.get(k).cloned().unwrap_or_default();
            case.codings.push((code.to_string(), get("sourcecode"), get("targetcode")));
        } else if t.starts_with("<Text>") {
            let rest = t.trim_start_matches("<Text>");
            if let Some((case, _)) = cases.last_mut() {
                case.text = rest.split("</Text>").next().unwrap_or("").trim().to_string();
            }
            in_text = !rest.contains("</Text>");
        }
    }
    if cases.is_empty() {
        return Err(format!("{}: no <Sentence> records", path.display()));
    }
    let mut out = Vec::new();
    for (case, problem) in cases {
        match problem {
            Some(p) => report.skip(path, case.id, p),
            None if case.text.is_empty() => report.skip(path, case.id, "no <Text>"),
            None if case.codings.is_empty() && !case.no_events => report.skip(path, case.id, "no <EventCoding>"),
            None => out.push(case),
        }
    }
    Ok(out)
}

/// Reads the flat JSON Lines form: `{id, date, category, text, codings: [{eventcode,
/// sourcecode, targetcode} | {noevents}]}`.
fn petrarch_jsonl(path: &Path, text: &str, report: &mut Report) -> Vec<PetrarchCase> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                report.skip(path, format!("line {}", i + 1), format!("not JSON: {e}"));
                continue;
            }
        };
        let id = v["id"].as_str().map(String::from).unwrap_or_else(|| format!("line {}", i + 1));
        let Some(sentence) = v["text"].as_str() else {
            report.skip(path, id, "no text");
            continue;
        };
        let mut case = PetrarchCase {
            id: id.clone(),
            date: v["date"].as_str().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y%m%d").ok()),
            text: sentence.to_string(),
            codings: Vec::new(),
            no_events: false,
        };
        let mut bad = None;
        for c in v["codings"].as_array().into_iter().flatten() {
            if c.get("noevents").is_some() {
                case.no_events = true;
                continue;
            }
            let code = c["eventcode"].as_str().unwrap_or("");
            if !petrarch_code_ok(code) {
                bad = Some(format!("bad CAMEO event code {code:?}"));
                break;
            }
            let get = |k: &str| c[k].as_str().unwrap_or("").to_string();
            case.codings.push((code.to_string(), get("sourcecode"), get("targetcode")));
        }
        match bad {
            Some(b) => report.skip(path, id, b),
            None if case.codings.is_empty() && !case.no_events => report.skip(path, id, "no codings"),
            None => out.push(case),
        }
    }
    out
}

fn country_of_code(code: &str) -> Option<String> {
    let c: String = code.chars().take(3).collect::<String>().to_uppercase();
    (c.len() == 3 && c.chars().all(|x| x.is_ascii_alphabetic())).then_some(c)
}

/// One PETRARCH-style record drawn from an attache event: its CAMEO code, one source party
/// and one target party (either may be missing).
struct PairRecord<'a> {
    cameo: &'a str,
    source: Option<&'a ParticipantRecord>,
    target: Option<&'a ParticipantRecord>,
}

/// What makes a party distinct in a PETRARCH record: its actor code (else its country,
/// else its text). A participant with none of these (an unnamed implicit recipient) is no
/// party.
fn party_key(p: &ParticipantRecord) -> Option<String> {
    if !p.code.is_empty() {
        Some(p.code.to_uppercase())
    } else if let Some(c) = &p.country {
        Some(c.to_uppercase())
    } else {
        (!p.text.trim().is_empty()).then(|| p.text.trim().to_string())
    }
}

fn distinct_parties(ps: &[ParticipantRecord]) -> Vec<(String, &ParticipantRecord)> {
    let mut out: Vec<(String, &ParticipantRecord)> = Vec::new();
    for p in ps {
        if let Some(k) = party_key(p) {
            if !out.iter().any(|(o, _)| *o == k) {
                out.push((k, p));
            }
        }
    }
    out
}

/// PETRARCH codes one record per source-target pair: "The US, Russia, and Switzerland
/// met" is six records, "Obama and Putin will meet in Zurich" two. attache codes one event
/// with all its parties, so for scoring an event becomes the records PETRARCH would write:
/// one per (actor, recipient) pair of distinct parties (distinct actor codes, duplicates
/// dropped). A symmetric event lists every side as actor and as recipient, so it becomes
/// every ordered pair of two different sides. An event without a recipient (or whose only
/// recipient is its actor) is one record per actor with no target; one without an actor,
/// one record per recipient with no source; one with neither, one record.
fn petrarch_records(e: &EventRecord) -> Vec<PairRecord<'_>> {
    let sources = distinct_parties(&e.actors);
    let targets = distinct_parties(&e.recipients);
    let mut out = Vec::new();
    for (sk, s) in &sources {
        for (tk, t) in &targets {
            if sk != tk {
                out.push(PairRecord { cameo: &e.cameo, source: Some(s), target: Some(t) });
            }
        }
    }
    if out.is_empty() {
        if !sources.is_empty() {
            out.extend(sources.iter().map(|(_, s)| PairRecord { cameo: &e.cameo, source: Some(s), target: None }));
        } else if !targets.is_empty() {
            out.extend(targets.iter().map(|(_, t)| PairRecord { cameo: &e.cameo, source: None, target: Some(t) }));
        } else {
            out.push(PairRecord { cameo: &e.cameo, source: None, target: None });
        }
    }
    out
}

/// Matches gold codings to predicted records whose code agrees on its first `len` digits,
/// each record used once; among such records the one agreeing with most of the gold
/// source and target countries is taken. Returns the code counts and, on the matched
/// pairs, the source and target country counts (a gold party with a country code only).
fn match_records(records: &[PairRecord], gold: &[(String, String, String)], len: usize) -> (Counts, Counts, Counts) {
    let key = |x: &str| x.chars().take(len).collect::<String>();
    let country = |p: Option<&ParticipantRecord>| p.and_then(participant_country);
    let mut used = vec![false; records.len()];
    let mut c = Counts { tp: 0, predicted: records.len(), gold: gold.len() };
    let (mut src, mut tgt) = (Counts::default(), Counts::default());
    for (code, s, t) in gold {
        let (gs, gt) = (country_of_code(s), country_of_code(t));
        let agreement = |r: &PairRecord| {
            (gs.is_some() && country(r.source) == gs) as usize + (gt.is_some() && country(r.target) == gt) as usize
        };
        let mut best: Option<usize> = None;
        for j in (0..records.len()).filter(|&j| !used[j] && key(records[j].cameo) == key(code)) {
            if best.is_none_or(|b| agreement(&records[j]) > agreement(&records[b])) {
                best = Some(j);
            }
        }
        let Some(j) = best else { continue };
        used[j] = true;
        c.tp += 1;
        for (g, found, counts) in [(&gs, records[j].source, &mut src), (&gt, records[j].target, &mut tgt)] {
            if g.is_some() {
                counts.gold += 1;
                counts.predicted += 1;
                counts.tp += (country(found) == *g) as usize;
            }
        }
    }
    (c, src, tgt)
}

/// Scores CAMEO codes, roots and source/target countries on PETRARCH validation sentences
/// (XML, or the flat `.jsonl` form).
pub fn petrarch(path: &Path, oracle: &dyn Oracle) -> Result<Report, String> {
    let text = read(path)?;
    let mut report = Report::default();
    let cases = if path.extension().is_some_and(|e| e == "jsonl") {
        petrarch_jsonl(path, &text, &mut report)
    } else {
        petrarch_xml(path, &text, &mut report)?
    };
    for case in cases {
        let record = oracle.analyse(&doc(&case.id, &case.text, case.date));
        report.scores.documents += 1;
        let events = &record.events;
        if case.no_events {
            report.add("no_event", Counts { tp: events.is_empty() as usize, predicted: 0, gold: 1 });
        }
        if events.is_empty() {
            report.add("no_event", Counts { tp: 0, predicted: 1, gold: 0 });
        }
        // Codes and roots as multisets of source-target records, the way PETRARCH codes
        // (see `petrarch_records`); countries on the code-matched records.
        let records: Vec<PairRecord> = events.iter().flat_map(petrarch_records).collect();
        for (measure, len) in [("cameo_code", 4usize), ("cameo_root", 2)] {
            let (c, src, tgt) = match_records(&records, &case.codings, len);
            report.add(measure, c);
            if len == 2 {
                report.add("source_country", src);
                report.add("target_country", tgt);
            }
        }
        // The same with one record per attache event (every party on it), for comparison.
        for (measure, len) in [("cameo_code_per_event", 4usize), ("cameo_root_per_event", 2)] {
            let mut used = vec![false; events.len()];
            let mut c = Counts { tp: 0, predicted: events.len(), gold: case.codings.len() };
            for (code, _, _) in &case.codings {
                let key = |x: &str| x.chars().take(len).collect::<String>();
                if let Some(j) = (0..events.len()).find(|&j| !used[j] && key(&events[j].cameo) == key(code)) {
                    used[j] = true;
                    c.tp += 1;
                }
            }
            report.add(measure, c);
        }
    }
    Ok(report)
}

// ---------------------------------------------------------------------------------------
// Entity recognition: Dstl re3d

/// The re3d type an attache entity mention stands for. A country is both a place and a
/// polity: re3d marks a country as Location, or as Organisation where it acts, and attache
/// does not tell the two apart, so a country name matches either (and so does a region or
/// bloc). A country adjective
/// ("Syrian") is re3d's Nationality, which is not scored.
fn re3d_types(e: &EntityRecord, mention: &str, oracle: &dyn Oracle) -> &'static [&'static str] {
    match e.kind {
        EntityKind::Person => &["Person"],
        EntityKind::Organization => &["Organisation"],
        EntityKind::Location => &["Location"],
        // A group without a sector is a region ("the Middle East") or a bloc of states
        // ("the Gulf states"): like a country, a place or a polity.
        EntityKind::Group => &["Location", "Organisation"],
        EntityKind::Country if oracle.is_country_adjective(mention) => &[],
        EntityKind::Country => &["Location", "Organisation"],
    }
}

const RE3D_TYPES: [&str; 3] = ["Person", "Organisation", "Location"];

/// re3d keeps every span an annotator or its seed extractor proposed, with the
/// probability its Bayesian model of the annotations (IBCC) gives that the annotation is
/// right. About a quarter of the Person, Organisation and Location annotations have
/// confidence 0: the rejected alternatives of an accepted span ("Tobias Ellwood" beside
/// "Foreign Office Minister Tobias Ellwood", "United States" as a Location beside "The
/// United States" as an Organisation) and errors ("hope", "may" as persons). The
/// `entity_*` measures score the annotations at or above this confidence, the
/// `entity_all_*` ones every annotation.
const RE3D_MIN_CONFIDENCE: f64 = 0.5;

/// Scores entity recognition on a re3d folder (its subfolders each hold `documents.json`
/// and `entities.json`, one JSON object per line) or on one such subfolder.
pub fn re3d(path: &Path, oracle: &dyn Oracle) -> Result<Report, String> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    if path.join("documents.json").exists() {
        dirs.push(path.to_path_buf());
    } else {
        let rd = std::fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))?;
        for entry in rd.flatten() {
            if entry.path().join("documents.json").exists() {
                dirs.push(entry.path());
            }
        }
        dirs.sort();
    }
    if dirs.is_empty() {
        return Err(format!("{}: no documents.json here or in a subfolder", path.display()));
    }
    let mut report = Report::default();
    for dir in dirs {
        let docs_path = dir.join("documents.json");
        let ents_path = dir.join("entities.json");
        let docs_text = read(&docs_path)?;
        let ents_text = read(&ents_path)?;
        // Gold spans per document: (begin, end) -> types; `gold` holds the annotations
        // re3d's own confidence model accepts, `gold_all` every annotation.
        let mut gold: BTreeMap<String, BTreeMap<(usize, usize), BTreeSet<String>>> = BTreeMap::new();
        let mut gold_all: BTreeMap<String, BTreeMap<(usize, usize), BTreeSet<String>>> = BTreeMap::new();
        for (i, line) in ents_text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let v: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    report.skip(&ents_path, format!("line {}", i + 1), format!("not JSON: {e}"));
                    continue;
                }
            };
            let id = v["_id"].as_str().unwrap_or("?").to_string();
            let (Some(d), Some(b), Some(e), Some(t)) =
                (v["documentId"].as_str(), v["begin"].as_u64(), v["end"].as_u64(), v["type"].as_str())
            else {
                report.skip(&ents_path, id, "missing documentId, begin, end or type");
                continue;
            };
            if !RE3D_TYPES.contains(&t) {
                continue;
            }
            let Some(confidence) = v["confidence"].as_f64().filter(|c| (0.0..=1.0).contains(c)) else {
                report.skip(&ents_path, id, "missing confidence, or not between 0 and 1");
                continue;
            };
            let span = (b as usize, e as usize);
            gold_all.entry(d.to_string()).or_default().entry(span).or_default().insert(t.into());
            if confidence >= RE3D_MIN_CONFIDENCE {
                gold.entry(d.to_string()).or_default().entry(span).or_default().insert(t.into());
            }
        }
        for (i, line) in docs_text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let v: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    report.skip(&docs_path, format!("line {}", i + 1), format!("not JSON: {e}"));
                    continue;
                }
            };
            let (Some(id), Some(text)) = (v["_id"].as_str(), v["text"].as_str()) else {
                report.skip(&docs_path, format!("line {}", i + 1), "missing _id or text");
                continue;
            };
            // re3d offsets count characters; attache's count bytes.
            let to_byte = char_to_byte(text);
            let to_bytes =
                |spans: BTreeMap<(usize, usize), BTreeSet<String>>| -> Vec<((usize, usize), BTreeSet<String>)> {
                    spans
                        .into_iter()
                        .filter_map(|((b, e), t)| Some(((*to_byte.get(b)?, *to_byte.get(e)?), t)))
                        .collect()
                };
            let gold_spans = to_bytes(gold.remove(id).unwrap_or_default());
            let gold_all_spans = to_bytes(gold_all.remove(id).unwrap_or_default());
            let record = oracle.analyse(&doc(id, text, None));
            report.scores.documents += 1;
            let mut pred: BTreeMap<(usize, usize), BTreeSet<&str>> = BTreeMap::new();
            for e in &record.entities {
                for m in &e.mentions {
                    for t in re3d_types(e, &m.text, oracle) {
                        pred.entry((m.start, m.end)).or_default().insert(t);
                    }
                }
            }
            // References name no one but are mentions all the same, as re3d marks them
            // ("a police officer", "the mosque", "we").
            for r in &record.references {
                let t = match r.kind {
                    EntityKind::Person => "Person",
                    EntityKind::Location => "Location",
                    _ => "Organisation",
                };
                pred.entry((r.start, r.end)).or_default().insert(t);
            }
            score_spans(&mut report, "entity", &gold_spans, &pred);
            score_spans(&mut report, "entity_all", &gold_all_spans, &pred);
        }
    }
    Ok(report)
}

/// Byte offset of every character offset (and of the end).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// Typed span matching, strict (same boundaries) and lenient (overlapping), overall and
/// per type. Overall, each gold span and each predicted span counts once, and a pair
/// matches when they share a type; per type, the spans of that type are matched alone.
fn score_spans(
    report: &mut Report,
    prefix: &str,
    gold: &[((usize, usize), BTreeSet<String>)],
    pred: &BTreeMap<(usize, usize), BTreeSet<&str>>,
) {
    for (mode, overlapping) in [("strict", false), ("overlap", true)] {
        let matches = |(ps, pe): (usize, usize), (gs, ge): (usize, usize)| {
            if overlapping {
                ps < ge && gs < pe
            } else {
                ps == gs && pe == ge
            }
        };
        let mut run = |name: String, only: Option<&str>| {
            let gold: Vec<&((usize, usize), BTreeSet<String>)> = gold
                .iter()
                .filter(|(_, t)| match only {
                    None => true,
                    Some(o) => t.contains(o),
                })
                .collect();
            let pred: Vec<(&(usize, usize), &BTreeSet<&str>)> = pred
                .iter()
                .filter(|(_, t)| match only {
                    None => true,
                    Some(o) => t.contains(o),
                })
                .collect();
            let edges: Vec<Vec<usize>> = pred
                .iter()
                .map(|(&span, ptypes)| {
                    (0..gold.len())
                        .filter(|&i| ptypes.iter().any(|t| gold[i].1.contains(*t)) && matches(span, gold[i].0))
                        .collect()
                })
                .collect();
            let tp = maximum_matching(&edges, gold.len());
            report.add(&name, Counts { tp, predicted: pred.len(), gold: gold.len() });
        };
        run(format!("{prefix}_{mode}"), None);
        for t in RE3D_TYPES {
            run(format!("{prefix}_{mode}:{t}"), Some(t));
        }
    }
}

/// The size of a maximum one-to-one matching between predictions and gold spans, where
/// `edges[p]` lists the gold spans prediction `p` may match (augmenting paths, Kuhn's
/// algorithm: each prediction in turn takes a free gold span, or one whose holder can
/// move to another). A first-come greedy pass undercounts: a prediction overlapping two
/// nested gold spans could take the one that the next prediction alone could match.
fn maximum_matching(edges: &[Vec<usize>], golds: usize) -> usize {
    fn augment(p: usize, edges: &[Vec<usize>], holder: &mut [Option<usize>], seen: &mut [bool]) -> bool {
        for &g in &edges[p] {
            if seen[g] {
                continue;
            }
            seen[g] = true;
            if holder[g].is_none_or(|q| augment(q, edges, holder, seen)) {
                holder[g] = Some(p);
                return true;
            }
        }
        false
    }
    let mut holder = vec![None; golds];
    let mut seen = vec![false; golds];
    let mut matched = 0;
    for p in 0..edges.len() {
        seen.iter_mut().for_each(|s| *s = false);
        if augment(p, edges, &mut holder, &mut seen) {
            matched += 1;
        }
    }
    matched
}

// ---------------------------------------------------------------------------------------
// Statement attribution: PolNeAR

struct Attribution {
    source: Option<(usize, usize)>,
    cue: Option<(usize, usize)>,
}

/// Reads a brat standoff file: text-bound annotations `T1<TAB>Type start end<TAB>words`
/// (fragments separated by `;`) and attribution events `E1<TAB>Attribution:T4 Source:T1 …`.
fn brat_attributions(ann: &str, to_byte: &[usize]) -> Result<Vec<Attribution>, String> {
    let mut spans: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut out = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else { continue };
        if id.starts_with('T') {
            // "Source 89 106" or "Source 89 95;97 106"
            let mut words = body.split([' ', ';']);
            let _kind = words.next();
            let nums: Vec<usize> = words.filter_map(|w| w.parse().ok()).collect();
            let (Some(&s), Some(&e)) = (nums.iter().min(), nums.iter().max()) else {
                return Err(format!("line {}: annotation {id} has no offsets", n + 1));
            };
            let (Some(&bs), Some(&be)) = (to_byte.get(s), to_byte.get(e)) else {
                return Err(format!("line {}: annotation {id} lies outside the text", n + 1));
            };
            spans.insert(id, (bs, be));
        } else if id.starts_with('E') {
            let mut a = Attribution { source: None, cue: None };
            for arg in body.split(' ') {
                let Some((role, t)) = arg.split_once(':') else { continue };
                let role = role.trim_end_matches(|c: char| c.is_ascii_digit());
                match role {
                    "Source" => a.source = spans.get(t).copied(),
                    "Cue" => a.cue = spans.get(t).copied(),
                    _ => {}
                }
            }
            out.push(a);
        }
    }
    Ok(out)
}

/// Scores statement speakers and cues on PolNeAR (a folder with `text/` and
/// `attributions/`, the `.ann` file named after its text plus an annotator suffix).
/// A predicted statement is the span naming its speaker with its cue, or a report source
/// cited at a cue; it is right when its speaker overlaps the source of a gold attribution
/// that no other statement matched.
pub fn polnear(path: &Path, oracle: &dyn Oracle) -> Result<Report, String> {
    let ann_dir = path.join("attributions");
    let text_dir = path.join("text");
    let rd = std::fs::read_dir(&ann_dir).map_err(|e| format!("{}: {e}", ann_dir.display()))?;
    let mut anns: Vec<PathBuf> =
        rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ann")).collect();
    anns.sort();
    if anns.is_empty() {
        return Err(format!("{}: no .ann files", ann_dir.display()));
    }
    let mut report = Report::default();
    for ann_path in anns {
        let stem = ann_path.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        // "<article>_<annotator>.ann" annotates "<article>.txt".
        let article = stem.rsplit_once('_').map(|(a, _)| a).unwrap_or(&stem).to_string();
        let text_path = text_dir.join(format!("{article}.txt"));
        let text = match read(&text_path) {
            Ok(t) => t,
            Err(e) => {
                report.skip(&ann_path, &article, e);
                continue;
            }
        };
        let to_byte = char_to_byte(&text);
        let gold = match read(&ann_path).and_then(|a| brat_attributions(&a, &to_byte)) {
            Ok(g) => g,
            Err(e) => {
                report.skip(&ann_path, &article, e);
                continue;
            }
        };
        let record = oracle.analyse(&doc(&article, &text, None));
        report.scores.documents += 1;
        // PolNeAR's unit is the attribution: one Source, one Cue, one Content. One Source
        // annotation may serve several attributions ("Trump said …, adding that …" is two
        // attributions whose events share one Source span), and each then counts once in
        // the gold. The predicted unit is therefore the statement, a (speaker span, cue)
        // pair, deduplicated as a pair: two statements of one speaker at two cues are two
        // predictions, and each may match a different gold attribution of that source.
        // A report source cited at a cue has no cue in the record; its mentions count once
        // per span, and not at all where a statement already names that span (the same
        // citation). Matching stays one-to-one (see `attribution_counts`).
        let mut statements: Vec<Attr> = Vec::new();
        let mut cues: Vec<(usize, usize)> = Vec::new();
        for s in &record.statements {
            if let Some(sp) = &s.speaker_span {
                statements.push(((sp.start, sp.end), Some((s.cue.start, s.cue.end))));
            }
            cues.push((s.cue.start, s.cue.end));
        }
        let mut cited: Vec<(usize, usize)> = Vec::new();
        for src in &record.report_sources {
            for m in &src.mentions {
                let span = (m.start, m.end);
                if !statements.iter().any(|(sp, _)| *sp == span) {
                    cited.push(span);
                }
            }
        }
        cited.sort();
        cited.dedup();
        statements.extend(cited.into_iter().map(|span| (span, None)));
        statements.sort();
        statements.dedup();
        cues.sort();
        cues.dedup();
        let gold_attr: Vec<Attr> = gold.iter().filter_map(|a| a.source.map(|s| (s, a.cue))).collect();
        let gold_cues: Vec<(usize, usize)> = gold.iter().filter_map(|a| a.cue).collect();
        report.add("statement_speaker", attribution_counts(&statements, &gold_attr));
        report.add("statement_cue", overlap_counts(&cues, &gold_cues));
    }
    Ok(report)
}

/// One-to-one matching of predicted statements to gold attributions, each a (speaker or
/// source span, cue span) pair: a statement is right when its speaker overlaps the source
/// of a gold attribution not yet matched. A first pass pairs statements whose cue also
/// overlaps the attribution's cue, so that a speaker's statement at "adding" takes the
/// attribution at "adding" and leaves the one at "said" to the statement at "said"; a
/// second pass matches the rest by speaker alone, as the measure has always been scored.
/// Each gold attribution and each predicted statement is counted at most once.
type Attr = ((usize, usize), Option<(usize, usize)>);
fn attribution_counts(pred: &[Attr], gold: &[Attr]) -> Counts {
    let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
    let mut used = vec![false; gold.len()];
    let mut matched = vec![false; pred.len()];
    let mut c = Counts { tp: 0, predicted: pred.len(), gold: gold.len() };
    for (pi, &(ps, pc)) in pred.iter().enumerate() {
        let Some(pc) = pc else { continue };
        let hit = (0..gold.len())
            .find(|&i| !used[i] && overlaps(ps, gold[i].0) && gold[i].1.is_some_and(|gc| overlaps(pc, gc)));
        if let Some(i) = hit {
            used[i] = true;
            matched[pi] = true;
            c.tp += 1;
        }
    }
    for (pi, &(ps, _)) in pred.iter().enumerate() {
        if matched[pi] {
            continue;
        }
        if let Some(i) = (0..gold.len()).find(|&i| !used[i] && overlaps(ps, gold[i].0)) {
            used[i] = true;
            c.tp += 1;
        }
    }
    c
}

/// One-to-one matching of overlapping spans.
fn overlap_counts(pred: &[(usize, usize)], gold: &[(usize, usize)]) -> Counts {
    let mut used = vec![false; gold.len()];
    let mut c = Counts { tp: 0, predicted: pred.len(), gold: gold.len() };
    for &(ps, pe) in pred {
        if let Some(i) = (0..gold.len()).find(|&i| !used[i] && ps < gold[i].1 && gold[i].0 < pe) {
            used[i] = true;
            c.tp += 1;
        }
    }
    c
}

// ---------------------------------------------------------------------------------------
// Toponyms: TR-News and LGL

struct Toponym {
    span: (usize, usize),
    geonameid: Option<u64>,
    coords: Option<(f64, f64)>,
}

/// Great-circle distance in kilometres.
pub fn haversine_km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

/// Mordecai3's threshold: 100 miles.
pub const NEAR_KM: f64 = 161.0;

/// Scores toponym recognition and resolution on a geoparsing XML file (TR-News, LGL):
/// recognition by overlapping spans; resolution on the recognised gold toponyms, by exact
/// GeoNames id and within 161 km; and end to end, the share of all gold toponyms that are
/// both recognised and placed within 161 km.
pub fn geoparsing(path: &Path, oracle: &dyn Oracle) -> Result<Report, String> {
    let text = read(path)?;
    let xml = roxmltree::Document::parse(&text).map_err(|e| format!("{}: not well-formed XML: {e}", path.display()))?;
    let mut report = Report::default();
    for (n, article) in xml.descendants().filter(|n| n.has_tag_name("article")).enumerate() {
        let id = article.attribute("docid").map(String::from).unwrap_or_else(|| format!("#{}", n + 1));
        let child = |node: roxmltree::Node, tag: &str| -> Option<String> {
            node.children().find(|c| c.has_tag_name(tag)).map(|c| c.text().unwrap_or("").to_string())
        };
        let Some(body) = child(article, "text") else {
            report.skip(path, id, "no <text>");
            continue;
        };
        let to_byte = char_to_byte(&body);
        let mut gold = Vec::new();
        let mut bad = None;
        for t in article.descendants().filter(|c| c.has_tag_name("toponym")) {
            let num = |tag: &str| child(t, tag).and_then(|s| s.trim().parse::<usize>().ok());
            let (Some(s), Some(e)) = (num("start"), num("end")) else {
                bad = Some("a toponym without start or end".to_string());
                break;
            };
            let (Some(&bs), Some(&be)) = (to_byte.get(s), to_byte.get(e)) else {
                bad = Some(format!("toponym {s}..{e} lies outside the text"));
                break;
            };
            let gaz = t.children().find(|c| c.has_tag_name("gaztag"));
            let geonameid = gaz.and_then(|g| g.attribute("geonameid")).and_then(|g| g.parse().ok());
            let coord = |tag: &str| gaz.and_then(|g| child(g, tag)).and_then(|s| s.trim().parse::<f64>().ok());
            let coords = coord("lat").zip(coord("lon"));
            gold.push(Toponym { span: (bs, be), geonameid, coords });
        }
        if let Some(b) = bad {
            report.skip(path, id, b);
            continue;
        }
        let record = oracle.analyse(&doc(&id, &body, None));
        report.scores.documents += 1;
        // Predicted toponyms: mentions of places and countries, with where attache put them.
        // A toponym is a name: "the city" as a mention of the city named before is none.
        let mut pred: Vec<((usize, usize), &EntityRecord)> = Vec::new();
        for e in record.entities.iter().filter(|e| matches!(e.kind, EntityKind::Location | EntityKind::Country)) {
            // Pronouns ("We" for a state) and nominals ("the city", "The town") are no names.
            let nominal = |t: &str| {
                t.starts_with(char::is_lowercase)
                    || t.strip_prefix("The ").is_some_and(|r| r.starts_with(char::is_lowercase))
                    || matches!(t, "We" | "Our" | "Us")
            };
            for m in e.mentions.iter().filter(|m| !nominal(&m.text)) {
                pred.push(((m.start, m.end), e));
            }
        }
        pred.sort_by_key(|(s, _)| *s);
        pred.dedup_by_key(|(s, _)| *s);
        let mut used = vec![false; pred.len()];
        let mut recog = Counts { tp: 0, predicted: pred.len(), gold: gold.len() };
        let (mut exact, mut near, mut end_to_end) = (Counts::default(), Counts::default(), Counts::default());
        for g in &gold {
            let resolvable = g.geonameid.is_some() || g.coords.is_some();
            if resolvable {
                end_to_end.gold += 1;
                end_to_end.predicted += 1;
            }
            let Some(j) = (0..pred.len()).find(|&j| !used[j] && pred[j].0 .0 < g.span.1 && g.span.0 < pred[j].0 .1)
            else {
                continue;
            };
            used[j] = true;
            recog.tp += 1;
            if !resolvable {
                continue;
            }
            let e = pred[j].1;
            let same_id = e.geonameid.is_some() && e.geonameid == g.geonameid;
            let close =
                same_id || matches!((e.lat.zip(e.lon), g.coords), (Some(p), Some(q)) if haversine_km(p, q) <= NEAR_KM);
            if g.geonameid.is_some() {
                exact.gold += 1;
                exact.predicted += 1;
                exact.tp += same_id as usize;
            }
            near.gold += 1;
            near.predicted += 1;
            near.tp += close as usize;
            end_to_end.tp += close as usize;
        }
        report.add("toponym", recog);
        report.add("resolution_exact", exact);
        report.add("resolution_161km", near);
        report.add("end_to_end_161km", end_to_end);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Finds "Ellwood" as a person and "the mosque" as a place reference, in any text.
    struct Stub;

    impl Oracle for Stub {
        fn analyse(&self, doc: &Document) -> Record {
            let at = |w: &str| doc.text.find(w).map(|s| (s, s + w.len())).expect("in the text");
            let (ps, pe) = at("Ellwood");
            let (rs, re) = at("the mosque");
            let json = serde_json::json!({
                "document": {"id": doc.id, "published": null, "outlet": null, "title": null, "url": null, "sentences": 1},
                "entities": [{"id": "e1", "kind": "person", "name": "Ellwood", "country": null, "sector": null,
                    "titles": [], "source": "rule:test", "mentions": [{"start": ps, "end": pe, "text": "Ellwood"}]}],
                "events": [], "statements": [], "report_sources": [], "themes": [], "diagnostics": [],
                "references": [{"kind": "location", "form": "noun", "start": rs, "end": re, "text": "the mosque", "head": "mosque"}]
            });
            serde_json::from_value(json).expect("a record")
        }
        fn is_country_adjective(&self, _: &str) -> bool {
            false
        }
    }

    #[test]
    fn re3d_scores_accepted_annotations_and_all_annotations_apart() {
        let dir = std::env::temp_dir().join(format!("attache-re3d-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let text = "Minister Tobias Ellwood visited the mosque.";
        std::fs::write(dir.join("documents.json"), serde_json::json!({"_id": "d1", "text": text}).to_string()).unwrap();
        let ent = |b: usize, e: usize, t: &str, c: f64| {
            serde_json::json!({"_id": format!("{b}-{e}-{t}"), "documentId": "d1", "begin": b, "end": e, "type": t,
                "value": &text[b..e], "confidence": c})
            .to_string()
        };
        // The accepted span is the title with the name; the name alone was rejected
        // (confidence 0), as was "visited" as a person.
        let lines = [
            ent(0, 23, "Person", 1.0),
            ent(9, 23, "Person", 0.0),
            ent(24, 31, "Person", 0.0),
            ent(32, 42, "Location", 0.9),
        ];
        std::fs::write(dir.join("entities.json"), lines.join("\n")).unwrap();
        let report = re3d(&dir, &Stub).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        let accepted = report.scores.get("entity_overlap");
        assert_eq!((accepted.tp, accepted.predicted, accepted.gold), (2, 2, 2));
        let all = report.scores.get("entity_all_overlap");
        assert_eq!((all.tp, all.predicted, all.gold), (2, 2, 4));
        // The reference counts as a Location prediction.
        assert_eq!(report.scores.get("entity_overlap:Location").tp, 1);
    }

    #[test]
    fn attributions_sharing_a_source_are_matched_once_each() {
        // "Cruz said …, adding that …": two gold attributions share one source span.
        let gold = [((0, 4), Some((5, 9))), ((0, 4), Some((30, 36)))];
        // Two statements of that speaker at the two cues match both, the later one first.
        let c = attribution_counts(&[((0, 4), Some((30, 36))), ((0, 4), Some((5, 9)))], &gold);
        assert_eq!((c.tp, c.predicted, c.gold), (2, 2, 2));
        // One statement matches one attribution only.
        let c = attribution_counts(&[((0, 4), Some((5, 9)))], &gold);
        assert_eq!((c.tp, c.predicted, c.gold), (1, 1, 2));
        // Three statements of the speaker: the third is a false positive.
        let pred = [((0, 4), Some((5, 9))), ((0, 4), Some((30, 36))), ((0, 4), Some((50, 54)))];
        let c = attribution_counts(&pred, &gold);
        assert_eq!((c.tp, c.predicted, c.gold), (2, 3, 2));
        // A report source without a cue matches by speaker alone.
        let c = attribution_counts(&[((1, 3), None)], &gold);
        assert_eq!(c.tp, 1);
    }

    fn party(code: &str, country: &str, text: &str) -> serde_json::Value {
        serde_json::json!({"entity": null, "code": code, "country": (!country.is_empty()).then_some(country), "sector": null, "text": text})
    }

    fn event(cameo: &str, actors: Vec<serde_json::Value>, recipients: Vec<serde_json::Value>) -> EventRecord {
        let span = serde_json::json!({"start": 0, "end": 0, "text": ""});
        serde_json::from_value(serde_json::json!({
            "id": "e1", "type": "CONSULT", "mode": null, "cameo": cameo, "quad_class": 1, "goldstein": 1.0,
            "actors": actors, "recipients": recipients, "date": null, "date_precision": null,
            "date_source": "none", "location": null, "modality": "asserted", "trigger": span,
            "sentence": span, "report_sources": [], "rule": "test"
        }))
        .unwrap()
    }

    fn pairs(e: &EventRecord) -> Vec<(String, String)> {
        let name = |p: Option<&ParticipantRecord>| p.map(|p| p.code.clone()).unwrap_or_else(|| "---".into());
        petrarch_records(e).iter().map(|r| (name(r.source), name(r.target))).collect()
    }

    #[test]
    fn span_matching_is_the_largest_one_to_one() {
        // Prediction 0 overlaps gold 0 and 1; prediction 1 only gold 0. First come, first
        // served would give prediction 0 gold 0 and leave prediction 1 unmatched.
        assert_eq!(maximum_matching(&[vec![0, 1], vec![0]], 2), 2);
        assert_eq!(maximum_matching(&[vec![0], vec![0], vec![]], 1), 1);
        assert_eq!(maximum_matching(&[], 3), 0);
    }

    #[test]
    fn petrarch_records_are_source_target_pairs() {
        let (us, ru, ch) =
            (party("USA", "USA", "US"), party("RUS", "RUS", "Russia"), party("CHE", "CHE", "Switzerland"));
        // "The US, Russia, and Switzerland met": every side on both lists, six ordered pairs.
        let sides = vec![us.clone(), ru.clone(), ch.clone()];
        let met = event("040", sides.clone(), sides);
        assert_eq!(pairs(&met).len(), 6);
        assert!(!pairs(&met).iter().any(|(s, t)| s == t));
        // Two actors acting on one recipient: one record per actor.
        let visit = event("042", vec![us.clone(), ru.clone()], vec![ch.clone()]);
        assert_eq!(pairs(&visit), [("USA".into(), "CHE".into()), ("RUS".into(), "CHE".into())]);
        // No recipient: one record per distinct actor; a repeated code counts once.
        let protest = event(
            "140",
            vec![party("USACVL", "USA", "a"), party("GBRCVL", "GBR", "b"), us.clone(), us.clone()],
            vec![],
        );
        assert_eq!(pairs(&protest).len(), 3);
        // An unnamed implicit recipient is no party; no actor and no recipient is one record.
        let bare = event("190", vec![], vec![party("", "", "")]);
        assert_eq!(pairs(&bare), [("---".into(), "---".into())]);
        // An actor that is its own only recipient is one record without a target.
        assert_eq!(pairs(&event("040", vec![us.clone()], vec![us.clone()])), [("USA".into(), "---".into())]);
    }

    #[test]
    fn petrarch_matching_prefers_the_pair_with_the_gold_countries() {
        let (us, ru, ch) =
            (party("USA", "USA", "US"), party("RUS", "RUS", "Russia"), party("CHE", "CHE", "Switzerland"));
        let sides = vec![us, ru, ch];
        let met = event("040", sides.clone(), sides);
        let records = petrarch_records(&met);
        let gold =
            [("040".to_string(), "RUS".to_string(), "CHE".to_string()), ("043".into(), "CHE".into(), "USA".into())];
        let (c, src, tgt) = match_records(&records, &gold, 2);
        assert_eq!((c.tp, c.predicted, c.gold), (2, 6, 2));
        assert_eq!((src.tp, tgt.tp), (2, 2));
        // Full codes: only the first gold coding matches.
        let (c, _, _) = match_records(&records, &gold, 4);
        assert_eq!(c.tp, 1);
    }

    #[test]
    fn old_plover_labels_map_to_current_types() {
        assert_eq!(plover_type("DEMAND"), Some("REQUEST"));
        assert_eq!(plover_type("FIGHT"), Some("ASSAULT"));
        assert_eq!(plover_type("DISAPPROVE"), Some("ACCUSE"));
        assert_eq!(plover_type("INVESTIGATE"), Some("ACCUSE"));
        assert_eq!(plover_type("AGREE"), Some("AGREE"));
        assert_eq!(plover_type("DANCE"), None);
    }

    #[test]
    fn distance_between_ankara_and_istanbul() {
        let d = haversine_km((39.92, 32.85), (41.01, 28.98));
        assert!((340.0..360.0).contains(&d), "{d}");
    }

    #[test]
    fn brat_attributions_convert_char_offsets() {
        let text = "Émile said so.";
        let ann = "T1\tSource 0 5\tÉmile\nT2\tCue 6 10\tsaid\nE1\tAttribution:T2 Cue:T2 Source:T1\n";
        let a = brat_attributions(ann, &char_to_byte(text)).unwrap();
        assert_eq!(a.len(), 1);
        let (s, e) = a[0].source.unwrap();
        assert_eq!(&text[s..e], "Émile");
        assert_eq!(a[0].cue.map(|(s, e)| &text[s..e]), Some("said"));
    }
}
