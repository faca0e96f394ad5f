//! References: mentions of people, groups and places that name none.

mod common;

use attache_model::record::Record;
use attache_model::{Document, EntityKind, ReferenceForm};

fn extract(text: &str) -> Record {
    let doc = Document { id: "t".into(), text: text.into(), ..Default::default() };
    Record::new(&doc, &attache_analyse::analyse(&doc, common::kb()))
}

/// The references as `(text, kind, form)`.
fn refs(text: &str) -> Vec<(String, EntityKind, ReferenceForm)> {
    extract(text).references.into_iter().map(|r| (r.text, r.kind, r.form)).collect()
}

fn has(text: &str, phrase: &str, kind: EntityKind) -> bool {
    refs(text).iter().any(|(t, k, _)| t == phrase && *k == kind)
}

#[test]
fn a_noun_phrase_runs_from_its_determiner_to_its_head() {
    let text = "A local man told reporters that witnesses saw the attack on a crowded market.";
    assert!(has(text, "A local man", EntityKind::Person), "{:?}", refs(text));
    assert!(has(text, "witnesses", EntityKind::Organization), "{:?}", refs(text));
    assert!(has(text, "a crowded market", EntityKind::Location), "{:?}", refs(text));
}

#[test]
fn pronouns_are_references_with_their_kind() {
    let r = refs("We will not leave, they told the visitors.");
    assert!(r.contains(&("We".into(), EntityKind::Organization, ReferenceForm::Pronoun)), "{r:?}");
    assert!(r.contains(&("they".into(), EntityKind::Organization, ReferenceForm::Pronoun)), "{r:?}");
}

#[test]
fn a_singular_noun_needs_a_determiner() {
    // "home" in "went home" and "officer" alone are no one in particular.
    let r = refs("The families went home after officer training ended.");
    assert!(!r.iter().any(|(t, _, _)| t == "home" || t == "officer"), "{r:?}");
    assert!(r.iter().any(|(t, _, _)| t == "The families"), "{r:?}");
}

#[test]
fn a_mention_of_a_named_entity_is_no_reference() {
    // "he" is Tokayev, "the city" Almaty: both are mentions of their entities.
    let text = "President Kassym-Jomart Tokayev visited Almaty on Monday. He said the city would host the forum.";
    let r = refs(text);
    assert!(!r.iter().any(|(t, _, _)| t == "He"), "{r:?}");
    let e = extract(text);
    let he = e.entities.iter().any(|x| x.mentions.iter().any(|m| m.text == "He"));
    assert!(he, "'He' is a mention of Tokayev");
}

#[test]
fn a_name_before_the_head_makes_it_the_named_group() {
    // "Free Syrian Army fighters" is the group its name says, not unnamed fighters.
    let r = refs("Free Syrian Army fighters and their allies defended the town.");
    assert!(!r.iter().any(|(t, _, _)| t == "fighters"), "{r:?}");
    assert!(r.iter().any(|(t, _, _)| t == "their allies"), "{r:?}");
    assert!(r.iter().any(|(t, _, _)| t == "the town"), "{r:?}");
}

#[test]
fn the_head_is_the_last_noun_of_the_phrase() {
    // "the city council" is a council, not a city.
    let r = refs("The mayor met the city council on Friday.");
    assert!(r.iter().any(|(t, k, _)| t == "the city council" && *k == EntityKind::Organization), "{r:?}");
    assert!(!r.iter().any(|(t, _, _)| t == "the city"), "{r:?}");
}

#[test]
fn a_capital_i_after_a_name_is_a_numeral() {
    let r = refs("Veterans of World War I met in the capital. I was there, she said. All I know is that.");
    let pronoun_i: Vec<_> = r.iter().filter(|(t, _, _)| t == "I").collect();
    assert_eq!(pronoun_i.len(), 2, "{r:?}");
}

#[test]
fn a_capitalised_determiner_opens_the_phrase() {
    let r = refs("Three people were hurt. The men were taken to a hospital.");
    assert!(r.iter().any(|(t, _, _)| t == "Three people"), "{r:?}");
    assert!(r.iter().any(|(t, _, _)| t == "The men"), "{r:?}");
    assert!(r.iter().any(|(t, k, _)| t == "a hospital" && *k == EntityKind::Location), "{r:?}");
}

#[test]
fn a_country_adjective_or_a_joined_name_may_modify_the_head() {
    let r = refs("They destroyed an ISIL-held building and helped the Iraqi people.");
    assert!(r.iter().any(|(t, _, _)| t == "an ISIL-held building"), "{r:?}");
    assert!(r.iter().any(|(t, _, _)| t == "the Iraqi people"), "{r:?}");
}

#[test]
fn a_contracted_pronoun_is_the_pronoun_alone() {
    let r = refs("“I'm staying, and we'll rebuild,” he said.");
    assert!(r.iter().any(|(t, _, _)| t == "I"), "{r:?}");
    assert!(r.iter().any(|(t, _, _)| t == "we"), "{r:?}");
}

#[test]
fn a_title_after_the_with_no_name_is_a_person() {
    let r = refs("The Foreign Secretary met the Iraqi Foreign Minister in London.");
    assert!(r.iter().any(|(t, k, _)| t == "The Foreign Secretary" && *k == EntityKind::Person), "{r:?}");
    assert!(r.iter().any(|(t, k, _)| t == "the Iraqi Foreign Minister" && *k == EntityKind::Person), "{r:?}");
    // With the name after it, the title is part of the person's own mention.
    let named = refs("The Foreign Secretary Boris Johnson met reporters.");
    assert!(!named.iter().any(|(t, _, _)| t.contains("Secretary")), "{named:?}");
}

#[test]
fn a_title_beside_a_name_refers_to_the_person() {
    // After the name and before it, set off by commas, and a short title closed by its
    // head word ("…, 212th Signal Brigade commander.").
    let text = "\"We will not stop,\" said Mirela Dansk, Amnesty International's deputy Europe director, on Monday. \
                Egypt's foreign minister, Tarek Aboulnaga, said the talks would go on. \
                The drill ended on time, said Col. Dana Wexler, 212th Signal Brigade commander.";
    let r = refs(text);
    for phrase in
        ["Amnesty International's deputy Europe director", "foreign minister", "212th Signal Brigade commander"]
    {
        assert!(r.iter().any(|(t, k, _)| t.ends_with(phrase) && *k == EntityKind::Person), "{phrase}: {r:?}");
    }
}

#[test]
fn a_title_that_opens_a_headline_without_a_name_is_a_person() {
    let r = refs("Foreign Secretary welcomes new sanctions\n\nPrime Minister and President Hollande met in Paris.");
    assert!(r.iter().any(|(t, k, _)| t == "Foreign Secretary" && *k == EntityKind::Person), "{r:?}");
    assert!(r.iter().any(|(t, k, _)| t == "Prime Minister" && *k == EntityKind::Person), "{r:?}");
    // A name after the title makes the title part of the person's mention.
    let r = refs("Foreign Secretary Philip Hammond welcomed the sanctions.");
    assert!(!r.iter().any(|(t, _, _)| t.contains("Secretary")), "{r:?}");
}

#[test]
fn sites_of_strike_reports_are_places() {
    let text = "One strike destroyed a tunnel entrance, a weapons factory and an ammunition depot near the airfield.";
    for phrase in ["a tunnel entrance", "a weapons factory", "an ammunition depot", "the airfield"] {
        assert!(has(text, phrase, EntityKind::Location), "{phrase}: {:?}", refs(text));
    }
}
