//! Scoring extractions against gold records in attache's gold format
//! (`docs/gold-format.md`).
//!
//! Matching rules: an extracted event matches a gold event when the PLOVER type agrees
//! and their actor country sets overlap and their recipient country sets overlap (two
//! empty sets agree); each gold event is matched at most once, greedily in text order.
//! Date, modality, location and CAMEO are then scored on the matched pairs (a location
//! agrees by name, or when the text names the event's gazetteer place as the gold does). Persons
//! are matched by name (case-insensitive, or by surname when the full name differs).

pub mod public;

use attache_model::record::Record;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names_match_across_spellings() {
        assert!(same_person("Abdel Fattah al-Sisi", "Abdel Fattah el-Sisi"));
        assert!(same_person("Batmunkh Battsetseg", "Battsetseg Batmunkh"));
        assert!(same_person("Nicolás Maduro", "Nicolas Maduro"));
        assert!(same_person("Bashar Assad", "Bashar al-Assad"));
        assert!(same_person("Subrahmanyam Jaishankar", "S. Jaishankar"));
        assert!(!same_person("Li Qiang", "Li Shulei"));
    }

    #[test]
    fn a_place_matches_by_the_name_the_text_gives_it() {
        // The gazetteer calls Termez "Tirmiz"; the text and the gold say "Termez".
        let found: Record = serde_json::from_str(FOUND_TERMEZ).unwrap();
        let gold = |place: &str| -> Gold {
            serde_json::from_value(serde_json::json!({"events": [{"type": "CONSULT", "actor_countries": ["AFG"],
                "recipient_countries": ["UZB"], "location": place}]}))
            .unwrap()
        };
        let location = |g: &Gold| score(g, &found).get("event_location").tp;
        assert_eq!(location(&gold("Termez")), 1);
        assert_eq!(location(&gold("Tirmiz")), 1);
        assert_eq!(location(&gold("Tashkent")), 0);
    }

    const FOUND_TERMEZ: &str = r#"{"document": {"id": "x", "published": "2024-06-04", "outlet": null, "title": null, "url": null, "sentences": 1}, "entities": [{"id": "e3", "kind": "location", "name": "Tirmiz", "country": "UZB", "sector": null, "titles": [], "lat": 37.2242, "lon": 67.2783, "geonameid": 1215957, "source": "kb:gazetteer:1215957", "mentions": [{"start": 41, "end": 47, "text": "Termez"}]}], "events": [{"id": "v1", "type": "CONSULT", "mode": "meet", "cameo": "040", "quad_class": 1, "goldstein": 1.0, "actors": [{"entity": null, "code": "AFGGOV", "country": "AFG", "sector": "GOV", "text": "Uzbek and Afghan officials"}], "recipients": [{"entity": null, "code": "UZBGOV", "country": "UZB", "sector": "GOV", "text": "Uzbek and Afghan officials"}], "date": "2024-06-04", "date_precision": "day", "date_source": "sentence", "location": {"name": "Tirmiz", "country": "UZB", "lat": 37.2242, "lon": 67.2783, "geonameid": 1215957, "source": "in-phrase"}, "modality": "asserted", "trigger": {"start": 27, "end": 37, "text": "held talks"}, "sentence": {"start": 0, "end": 59, "text": "Uzbek and Afghan officials held talks in Termez on Tuesday."}, "report_sources": [], "rule": "lexicon.tsv:15 `held talks` sym"}], "statements": [], "report_sources": [], "themes": [], "diagnostics": []}"#;

    #[test]
    fn a_report_source_matches_by_its_name_or_the_words_citing_it() {
        let mut found: Record = serde_json::from_str(FOUND_TERMEZ).unwrap();
        found.report_sources = serde_json::from_value(serde_json::json!([{"name": "Associated Press",
            "entity": "e9", "hedged": false, "mentions": [{"start": 8, "end": 10, "text": "AP"}]}]))
        .unwrap();
        let sources = |names: &[&str]| -> Counts {
            let gold: Gold =
                serde_json::from_value(serde_json::json!({"report_sources": names.iter().map(|n| serde_json::json!({"name": n})).collect::<Vec<_>>()}))
                    .unwrap();
            score(&gold, &found).get("report_source")
        };
        assert_eq!(sources(&["AP"]).tp, 1);
        assert_eq!(sources(&["Associated Press"]).tp, 1);
        assert_eq!(sources(&["Reuters"]).tp, 0);
        // One source found matches one gold source only.
        assert_eq!(sources(&["AP", "Associated Press"]).tp, 1);
    }

    #[test]
    fn a_speaker_matches_by_its_name_or_the_words_naming_it() {
        let mut found: Record = serde_json::from_str(FOUND_TERMEZ).unwrap();
        found.statements = serde_json::from_value(serde_json::json!([{"id": "s1", "speaker": "e9",
            "speaker_name": "United States Department of State",
            "speaker_span": {"start": 0, "end": 20, "text": "the State Department"},
            "cue": {"start": 21, "end": 25, "text": "said"}, "content": {"start": 26, "end": 30, "text": "talks"},
            "direct": false}]))
        .unwrap();
        let speakers = |names: &[&str]| -> Counts {
            let gold: Gold = serde_json::from_value(serde_json::json!({"statements": names.iter()
                .map(|n| serde_json::json!({"speaker": n, "cue": "said", "direct": false})).collect::<Vec<_>>()}))
            .unwrap();
            score(&gold, &found).get("statement_speaker")
        };
        assert_eq!(speakers(&["State Department"]).tp, 1);
        assert_eq!(speakers(&["United States Department of State"]).tp, 1);
        assert_eq!(speakers(&["Ministry of Foreign Affairs of Turkey"]).tp, 0);
        // One statement found matches one gold statement only.
        assert_eq!(speakers(&["State Department", "State Department"]).tp, 1);
    }

    #[test]
    fn precision_recall_f1() {
        let c = Counts { tp: 2, predicted: 4, gold: 2 };
        assert_eq!(c.precision(), 0.5);
        assert_eq!(c.recall(), 1.0);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 0.0);
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldRecord {
    pub id: String,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub text: String,
    pub gold: Gold,
}

impl GoldRecord {
    /// The document the analysis reads: the record without its annotations.
    /// `published` may be a date or a timestamp that starts with one.
    pub fn document(&self) -> attache_model::Document {
        attache_model::Document {
            id: self.id.clone(),
            text: self.text.clone(),
            published: self
                .published
                .as_deref()
                .and_then(|d| chrono::NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok()),
            outlet: self.outlet.clone(),
            title: self.title.clone(),
            url: None,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Gold {
    #[serde(default)]
    pub persons: Vec<GoldActor>,
    #[serde(default)]
    pub organizations: Vec<GoldActor>,
    #[serde(default)]
    pub locations: Vec<GoldLocation>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    #[serde(default)]
    pub statements: Vec<GoldStatement>,
    #[serde(default)]
    pub report_sources: Vec<GoldSource>,
    #[serde(default)]
    pub themes: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldActor {
    pub name: String,
    pub country: Option<String>,
    pub sector: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldLocation {
    pub name: String,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldEvent {
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Option<String>,
    pub cameo: Option<String>,
    #[serde(default)]
    pub actor_countries: Vec<String>,
    #[serde(default)]
    pub recipient_countries: Vec<String>,
    pub date: Option<String>,
    pub location: Option<String>,
    pub modality: Option<String>,
    pub trigger: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldStatement {
    pub speaker: String,
    pub cue: Option<String>,
    pub direct: Option<bool>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldSource {
    pub name: String,
    pub hedged: Option<bool>,
}

/// Counts for one measure: true positives, number predicted, number in gold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            0.0
        } else {
            self.tp as f64 / self.predicted as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Accuracy over the gold items considered (`tp / gold`).
    pub fn accuracy(&self) -> f64 {
        self.recall()
    }
    pub(crate) fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }
}

/// All measures, by name.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scores {
    pub measures: BTreeMap<String, Counts>,
    pub documents: usize,
}

impl Scores {
    pub fn get(&self, name: &str) -> Counts {
        self.measures.get(name).copied().unwrap_or_default()
    }
    fn add(&mut self, name: &str, c: Counts) {
        self.measures.entry(name.to_string()).or_default().add(c);
    }
    pub fn merge(&mut self, other: &Scores) {
        for (k, v) in &other.measures {
            self.add(k, *v);
        }
        self.documents += other.documents;
    }
}

/// Lowercase, without apostrophes, common diacritics and Arabic article particles, so that
/// "Abdel Fattah al-Sisi" matches "Abdel Fattah el-Sisi" and "Nicolás" matches "Nicolas".
fn norm(s: &str) -> String {
    let folded: String = s
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '’' | '\''))
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            'ş' | 'š' => 's',
            'ğ' => 'g',
            'ž' => 'z',
            other => other,
        })
        .collect();
    folded
        .split_whitespace()
        .map(|w| w.strip_prefix("al-").or_else(|| w.strip_prefix("el-")).unwrap_or(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn set(v: &[String]) -> Vec<String> {
    let mut v: Vec<String> = v.iter().map(|s| s.trim().to_uppercase()).filter(|s| !s.is_empty()).collect();
    v.sort();
    v.dedup();
    v
}

fn overlap(a: &[String], b: &[String]) -> bool {
    (a.is_empty() && b.is_empty()) || a.iter().any(|x| b.contains(x))
}

/// Country (or IGO code) set of extracted participants.
fn participant_set(ps: &[attache_model::record::ParticipantRecord]) -> Vec<String> {
    let v: Vec<String> = ps
        .iter()
        .filter_map(|p| p.country.clone().or_else(|| (p.code.starts_with("IGO")).then(|| p.code.clone())))
        .collect();
    set(&v)
}

fn same_person(gold: &str, found: &str) -> bool {
    let (g, f) = (norm(gold), norm(found));
    if g == f {
        return true;
    }
    // An initial for the first name: "S. Jaishankar" / "Subrahmanyam Jaishankar".
    let (gv, fv): (Vec<&str>, Vec<&str>) = (g.split(' ').collect(), f.split(' ').collect());
    if gv.len() == fv.len() && gv.len() >= 2 && gv.last() == fv.last() {
        let initial = |a: &str, b: &str| a.len() == 2 && a.ends_with('.') && b.starts_with(&a[..1]);
        if initial(gv[0], fv[0]) || initial(fv[0], gv[0]) {
            return true;
        }
    }
    // The same words in another order: "Batmunkh Battsetseg" / "Battsetseg Batmunkh".
    let mut gw: Vec<&str> = g.split(' ').collect();
    let mut fw: Vec<&str> = f.split(' ').collect();
    gw.sort();
    fw.sort();
    if gw == fw {
        return true;
    }
    let gl = g.split(' ').next_back().unwrap_or("");
    let fl = f.split(' ').next_back().unwrap_or("");
    let gf = g.split(' ').next().unwrap_or("");
    (gl == fl && gl.len() > 2 && (g.contains(&f) || f.contains(&g) || gf == f.split(' ').next().unwrap_or("")))
        || (g.contains(&f) && f.contains(' '))
        || (f.contains(&g) && g.contains(' '))
}

/// Whether an event's place is the gold place: the same name, or a place of the
/// gazetteer that the text names as the gold does ("Termez" for the gazetteer's Tirmiz,
/// "Ulan Bator" for Ulaanbaatar).
fn same_place(found: &Record, place: &attache_model::record::LocationRecord, gold: &str) -> bool {
    let gold = norm(gold);
    norm(&place.name) == gold
        || place.geonameid.is_some_and(|id| {
            found
                .entities
                .iter()
                .filter(|e| e.geonameid == Some(id))
                .flat_map(|e| &e.mentions)
                .any(|m| norm(&m.text) == gold)
        })
}

/// Scores one extracted record against its gold record.
pub fn score(gold: &Gold, found: &Record) -> Scores {
    let mut s = Scores { documents: 1, ..Default::default() };

    // Persons: recognised at all, and with the right country and sector.
    let persons: Vec<&attache_model::record::EntityRecord> =
        found.entities.iter().filter(|e| e.kind == attache_model::EntityKind::Person).collect();
    let mut rec = Counts { predicted: persons.len(), gold: gold.persons.len(), ..Default::default() };
    let (mut country, mut sector) = (Counts::default(), Counts::default());
    for gp in &gold.persons {
        let m = persons.iter().find(|p| same_person(&gp.name, &p.name));
        if m.is_some() {
            rec.tp += 1;
        }
        if gp.country.is_some() {
            country.gold += 1;
            country.predicted += 1;
            if m.is_some_and(|p| {
                p.country.as_deref().map(str::to_uppercase) == gp.country.as_deref().map(str::to_uppercase)
            }) {
                country.tp += 1;
            }
        }
        if gp.sector.is_some() {
            sector.gold += 1;
            sector.predicted += 1;
            if m.is_some_and(|p| p.sector == gp.sector) {
                sector.tp += 1;
            }
        }
    }
    s.add("person", rec);
    s.add("person_country", country);
    s.add("person_sector", sector);

    // Events.
    let mut used = vec![false; gold.events.len()];
    let mut ev = Counts { predicted: found.events.len(), gold: gold.events.len(), ..Default::default() };
    let mut type_only = Counts { predicted: found.events.len(), gold: gold.events.len(), ..Default::default() };
    let (mut date, mut modality, mut cameo, mut root, mut location) =
        (Counts::default(), Counts::default(), Counts::default(), Counts::default(), Counts::default());
    let mut type_used = vec![false; gold.events.len()];
    for fe in &found.events {
        let (fa, fr) = (participant_set(&fe.actors), participant_set(&fe.recipients));
        let all_f: Vec<String> = set(&[fa.clone(), fr.clone()].concat());
        if let Some(i) =
            (0..gold.events.len()).find(|&i| !type_used[i] && gold.events[i].kind.eq_ignore_ascii_case(&fe.kind))
        {
            type_used[i] = true;
            type_only.tp += 1;
        }
        let hit = (0..gold.events.len()).find(|&i| {
            let g = &gold.events[i];
            if used[i] || !g.kind.eq_ignore_ascii_case(&fe.kind) {
                return false;
            }
            let (ga, gr) = (set(&g.actor_countries), set(&g.recipient_countries));
            let direct = overlap(&ga, &fa) && overlap(&gr, &fr);
            // Symmetric events may be coded in either direction.
            let swapped = overlap(&ga, &fr) && overlap(&gr, &fa);
            let all_g: Vec<String> = set(&[ga.clone(), gr.clone()].concat());
            direct
                || swapped
                || (g.kind == "CONSULT"
                    && overlap(&all_g, &all_f)
                    && all_g.iter().filter(|c| all_f.contains(c)).count() >= 2)
        });
        if let Some(i) = hit {
            used[i] = true;
            ev.tp += 1;
            let g = &gold.events[i];
            if let Some(gd) = &g.date {
                date.gold += 1;
                date.predicted += 1;
                if fe.date.as_deref() == Some(gd.as_str()) {
                    date.tp += 1;
                }
            }
            if let Some(gm) = &g.modality {
                modality.gold += 1;
                modality.predicted += 1;
                if fe.modality == *gm {
                    modality.tp += 1;
                }
            }
            if let Some(gc) = &g.cameo {
                cameo.gold += 1;
                cameo.predicted += 1;
                root.gold += 1;
                root.predicted += 1;
                if fe.cameo == *gc {
                    cameo.tp += 1;
                }
                if fe.cameo.get(..2) == gc.get(..2) {
                    root.tp += 1;
                }
            }
            if let Some(gl) = &g.location {
                location.gold += 1;
                location.predicted += 1;
                if fe.location.as_ref().is_some_and(|l| same_place(found, l, gl)) {
                    location.tp += 1;
                }
            }
        }
    }
    s.add("event", ev);
    s.add("event_type", type_only);
    s.add("event_date", date);
    s.add("event_modality", modality);
    s.add("event_cameo", cameo);
    s.add("event_cameo_root", root);
    s.add("event_location", location);

    // Statements: by speaker, known by its name or by the words naming it in the text
    // (gold "State Department", attache's "United States Department of State" from "the
    // State Department said"), as report sources are below.
    let mut st = Counts {
        predicted: found.statements.iter().filter(|x| x.speaker_name.is_some()).count(),
        gold: gold.statements.len(),
        ..Default::default()
    };
    let mut st_used = vec![false; gold.statements.len()];
    for fs in found.statements.iter().filter(|x| x.speaker_name.is_some()) {
        let names: Vec<&str> =
            fs.speaker_name.as_deref().into_iter().chain(fs.speaker_span.as_ref().map(|s| s.text.as_str())).collect();
        if let Some(i) = (0..gold.statements.len())
            .find(|&i| !st_used[i] && names.iter().any(|n| same_person(&gold.statements[i].speaker, n)))
        {
            st_used[i] = true;
            st.tp += 1;
        }
    }
    s.add("statement_speaker", st);

    // Report sources and themes: as sets of names / ids. A source found is known by its
    // name and by the words that cite it in the text: gold "AP" is the source attache
    // names "Associated Press" from the dateline's "(AP)".
    let fsrc: Vec<Vec<String>> = found
        .report_sources
        .iter()
        .map(|r| std::iter::once(norm(&r.name)).chain(r.mentions.iter().map(|m| norm(&m.text))).collect())
        .collect();
    let gsrc: Vec<String> = gold.report_sources.iter().map(|r| norm(&r.name)).collect();
    let mut src_used = vec![false; fsrc.len()];
    let mut tp = 0;
    for g in &gsrc {
        let hit = (0..fsrc.len()).find(|&i| {
            !src_used[i] && fsrc[i].iter().any(|f| f == g || f.contains(g.as_str()) || g.contains(f.as_str()))
        });
        if let Some(i) = hit {
            src_used[i] = true;
            tp += 1;
        }
    }
    s.add("report_source", Counts { tp, predicted: fsrc.len(), gold: gsrc.len() });
    let fth: Vec<&str> = found.themes.iter().map(|t| t.id.as_str()).collect();
    let tp = gold.themes.iter().filter(|t| fth.contains(&t.as_str())).count();
    s.add("theme", Counts { tp, predicted: fth.len(), gold: gold.themes.len() });
    s
}

/// A plain-text table of the scores.
pub fn table(s: &Scores) -> String {
    let mut out = format!(
        "{:<20} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}\n",
        "measure", "tp", "pred", "gold", "prec", "recall", "f1"
    );
    for (k, c) in &s.measures {
        out.push_str(&format!(
            "{:<20} {:>6} {:>6} {:>6} {:>7.3} {:>7.3} {:>7.3}\n",
            k,
            c.tp,
            c.predicted,
            c.gold,
            c.precision(),
            c.recall(),
            c.f1()
        ));
    }
    out
}
