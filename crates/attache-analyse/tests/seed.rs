//! The article the project started from: the acceptance case of the analysis issue.

mod common;

use attache_model::record::Record;
use attache_model::Document;
use chrono::NaiveDate;

fn seed() -> Option<Record> {
    let path = common::shared("seed/china-central-asia-party-dialogue.txt")?;
    let text = std::fs::read_to_string(path).unwrap();
    let doc =
        Document { id: "seed".into(), text, published: NaiveDate::from_ymd_opt(2023, 6, 14), ..Default::default() };
    let analysis = attache_analyse::analyse(&doc, common::kb());
    Some(Record::new(&doc, &analysis))
}

fn person<'a>(r: &'a Record, name: &str) -> &'a attache_model::record::EntityRecord {
    r.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name}: {:#?}", r.entities.iter().map(|e| &e.name).collect::<Vec<_>>()))
}

fn countries(ps: &[attache_model::record::ParticipantRecord]) -> Vec<String> {
    let mut v: Vec<String> = ps.iter().filter_map(|p| p.country.clone()).collect();
    v.sort();
    v.dedup();
    v
}

const C5: [&str; 5] = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

#[test]
fn seed_people_have_country_and_sector() {
    let Some(r) = seed() else { return };
    for (name, country, sector) in [
        ("Albert Rau", "KAZ", "LEG"),
        ("Jamila Isayeva", "KGZ", "LEG"),
        ("Liu Jianchao", "CHN", "PTY"),
        ("Li Shulei", "CHN", "PTY"),
        ("Xi Jinping", "CHN", "GOV"),
    ] {
        let p = person(&r, name);
        assert_eq!(p.kind, attache_model::EntityKind::Person, "{name}");
        assert_eq!(p.country.as_deref(), Some(country), "{name}");
        assert_eq!(p.sector.as_deref(), Some(sector), "{name}");
    }
    let rau = person(&r, "Albert Rau");
    assert!(rau.titles.iter().any(|t| t.contains("Deputy Chairman of the Mazhilis")), "{:?}", rau.titles);
}

#[test]
fn seed_meeting_in_beijing_on_june_12() {
    let Some(r) = seed() else { return };
    let consult = r
        .events
        .iter()
        .find(|e| e.kind == "CONSULT" && e.date.as_deref() == Some("2023-06-12"))
        .unwrap_or_else(|| panic!("no CONSULT on 2023-06-12: {:#?}", r.events));
    let loc = consult.location.as_ref().expect("the meeting has a place");
    assert_eq!(loc.name, "Beijing");
    assert_eq!(loc.country.as_deref(), Some("CHN"));
    assert!(loc.lat.is_some() && loc.lon.is_some());
    let mut all = countries(&consult.actors);
    all.extend(countries(&consult.recipients));
    assert!(all.contains(&"CHN".to_string()), "{all:?}");
    for c in C5 {
        assert!(all.contains(&c.to_string()), "{c} missing from {all:?}");
    }
}

#[test]
fn seed_intent_to_cooperate_both_ways() {
    let Some(r) = seed() else { return };
    let intent = |e: &&attache_model::record::EventRecord| matches!(e.modality.as_str(), "intent" | "reported");
    let china_to_c5 = r.events.iter().filter(intent).any(|e| {
        countries(&e.actors) == vec!["CHN"] && C5.iter().all(|c| countries(&e.recipients).contains(&c.to_string()))
    });
    assert!(china_to_c5, "no intent event CHN → Central Asia: {:#?}", r.events);
    let c5_to_china = r.events.iter().filter(intent).any(|e| {
        C5.iter().all(|c| countries(&e.actors).contains(&c.to_string())) && countries(&e.recipients) == vec!["CHN"]
    });
    assert!(c5_to_china, "no intent event Central Asia → CHN: {:#?}", r.events);
}

#[test]
fn seed_may_gathering_of_li_shulei() {
    let Some(r) = seed() else { return };
    let li = person(&r, "Li Shulei").id.clone();
    let may = r
        .events
        .iter()
        .find(|e| {
            e.date.as_deref() == Some("2023-05") && e.actors.iter().any(|a| a.entity.as_deref() == Some(li.as_str()))
        })
        .unwrap_or_else(|| panic!("no May 2023 event of Li Shulei: {:#?}", r.events));
    assert_eq!(may.date_precision.as_deref(), Some("month"));
    for c in C5 {
        assert!(countries(&may.recipients).contains(&c.to_string()), "{c}: {:?}", may.recipients);
    }
}

#[test]
fn seed_statements_sources_and_themes() {
    let Some(r) = seed() else { return };
    let speakers: Vec<&str> = r.statements.iter().filter_map(|s| s.speaker_name.as_deref()).collect();
    assert!(speakers.contains(&"Liu Jianchao"), "{speakers:?}");
    assert!(speakers.contains(&"Li Shulei"), "{speakers:?}");
    let xinhua = r.report_sources.iter().find(|s| s.name.starts_with("Xinhua")).expect("Xinhua is a report source");
    assert!(xinhua.hedged);
    assert!(xinhua.entity.is_some());
    let themes: Vec<&str> = r.themes.iter().map(|t| t.id.as_str()).collect();
    for t in ["community_with_shared_future", "belt_and_road", "common_destiny", "mutual_trust"] {
        assert!(themes.contains(&t), "{t} missing from {themes:?}");
    }
}

/// The whole record, reviewed line by line: `tests/golden/seed.json`
/// (`UPDATE_EXPECT=1` rewrites it after a reviewed change).
#[test]
fn seed_golden_output() {
    let Some(r) = seed() else { return };
    let got = serde_json::to_string_pretty(&r).unwrap() + "\n";
    let path = common::repo().join("tests/golden/seed.json");
    if std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        got == want,
        "the seed's output differs from {}: review the change, then rerun with UPDATE_EXPECT=1",
        path.display()
    );
}

#[test]
fn seed_spans_match_text() {
    let Some(r) = seed() else { return };
    let path = common::shared("seed/china-central-asia-party-dialogue.txt").unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    for e in &r.entities {
        for m in &e.mentions {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }
    for e in &r.events {
        assert_eq!(&text[e.trigger.start..e.trigger.end], e.trigger.text);
        assert_eq!(&text[e.sentence.start..e.sentence.end], e.sentence.text);
    }
}
