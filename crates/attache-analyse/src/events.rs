//! Event coding: from a trigger phrase of the lexicon to a PLOVER/CAMEO event with its
//! actors, recipients, modality, date and place.
//!
//! The grammar is shallow on purpose: the actor is the nearest actor before the trigger
//! in its clause (or the agent of a passive "by" phrase), the recipient the first actor
//! after it that is not in a place phrase, and noun triggers take their participants
//! from their own phrase ("talks between A and B", "the China-Central Asia dialogue").

use crate::dates::{self, DateExpr};
use crate::recognise::{two_sides, Mention, MentionKind};
use crate::segment::{lowercase, Token, TokenKind};
use crate::statements::{embeds_question, opens_time_phrase, preceded_by_preposition, PhraseHit};
use attache_kb::{word_key, CueKind, CueModality, Frame, Kb, PhraseRef, Pos, Scope, TitleKind};
use attache_model::{Diagnostic, Entity, Event, Modality, PartialDate, Participant, Place, Plover, Span, Statement};
use chrono::{Datelike, NaiveDate};

pub struct Input<'a> {
    pub text: &'a str,
    /// The knowledge base's event phrasings found in `text`.
    pub triggers: &'a [attache_kb::Hit<'a, u32>],
    pub tokens: &'a [Token],
    /// The text of each token ([`crate::segment::token_texts`]).
    pub token_text: &'a [&'a str],
    pub sentences: &'a [(usize, usize)],
    pub mentions: &'a [Mention],
    pub entities: &'a [Entity],
    pub phrases: &'a [PhraseHit],
    /// For each token index `k` (and the end), how many `phrases` start before token `k`
    /// ([`phrase_starts`]).
    pub phrase_starts: &'a [u32],
    pub dates: &'a [DateExpr],
    pub kb: &'a Kb,
    pub anchor: Option<NaiveDate>,
    pub anchor_source: &'static str,
    pub dateline_place: Option<Place>,
    /// The other places of a dateline naming several ("MOSCOW/ALMATY").
    pub more_dateline_places: &'a [Place],
    pub sentence_sources: &'a [Vec<String>],
    pub default_sources: &'a [String],
}

const BE: &[&str] = &["was", "were", "is", "are", "been", "being", "be"];
const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "these", "its", "their", "his", "her", "our"];

/// Nouns of the people of a body: "officers of the Russian military".
const MEMBER_NOUNS: &[&str] = &[
    "members",
    "officers",
    "officials",
    "leaders",
    "representatives",
    "commanders",
    "ministers",
    "envoys",
    "diplomats",
    "delegates",
    "soldiers",
    "troops",
    "fighters",
    "militants",
    "supporters",
    "executives",
];

/// Verbs of getting whose object is what another party did: "won support from Russia",
/// "drew criticism from Turkey", "received backing from the EU". A trigger word right
/// after one is a noun, and the party after "from" is its actor.
const GETTING: &[&str] = &[
    "won",
    "wins",
    "win",
    "winning",
    "enjoyed",
    "enjoys",
    "enjoy",
    "enjoying",
    "received",
    "receives",
    "receive",
    "receiving",
    "gained",
    "gains",
    "gain",
    "garnered",
    "garners",
    "drew",
    "draws",
    "draw",
    "drawing",
    "secured",
    "secures",
    "secure",
    "securing",
    "attracted",
    "attracts",
    "faced",
    "faces",
    "face",
    "facing",
];
/// Verbs of bringing something about, whose object is another party's act: "prompting
/// protests from Tallinn", "sparked condemnation".
const CAUSING: &[&str] = &[
    "prompted",
    "prompting",
    "sparked",
    "sparking",
    "triggered",
    "triggering",
    "provoked",
    "provoking",
    "fuelled",
    "fuelling",
    "fueled",
    "fueling",
];
const LOCATIVE: &[&str] =
    &["in", "at", "near", "outside", "inside", "across", "throughout", "under", "from", "into", "via", "through"];
/// Nouns of land or water after a country adjective: "in Syrian territory" (and "in Thai
/// custody", which also places an event in the country).
const PLACE_NOUNS: &[&str] = &[
    "territory",
    "territories",
    "soil",
    "waters",
    "airspace",
    "capital",
    "city",
    "cities",
    "town",
    "towns",
    "village",
    "villages",
    "province",
    "provinces",
    "region",
    "regions",
    "border",
    "coast",
    "port",
    "side",
    "mainland",
    "countryside",
    "custody",
    "suburb",
    "suburbs",
    "outskirts",
    "district",
    "districts",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
];
/// Units of government that name a place after "of" ("the state of Zamfara"), beside
/// `PLACE_NOUNS`; left out there because they also follow a name ("Islamic State").
const ADMINISTRATIVE_UNITS: &[&str] = &[
    "state",
    "department",
    "county",
    "oblast",
    "governorate",
    "prefecture",
    "municipality",
    "area",
    "island",
    "enclave",
];
const RECIPIENT_PREPS: &[&str] =
    &["with", "to", "on", "against", "for", "toward", "towards", "over", "between", "among", "upon"];
const LIGHT_VERBS: &[&str] = &[
    "held",
    "hold",
    "holds",
    "holding",
    "signed",
    "sign",
    "signs",
    "signing",
    "launched",
    "launch",
    "conducted",
    "conduct",
    "conducts",
    "conducting",
    "staged",
    "stage",
    "stages",
    "staging",
    "launches",
    "launching",
    "carrying",
    "carried",
    "imposed",
    "impose",
    "provided",
    "provide",
    "sent",
    "send",
    "made",
    "make",
    "hosted",
    "host",
    "attended",
    "attend",
    "joined",
    "join",
    "led",
    "organized",
    "organised",
    "mobilize",
    "mobilise",
    "mobilized",
    "mobilised",
    "mobilizing",
    "mobilising",
    "convened",
    "concluded",
    "reached",
    "announced",
    "began",
    "started",
    "resumed",
    "resume",
    "resumes",
    "resuming",
    "extended",
    "offered",
    "pledged",
    "approved",
    // "The EU adopted a new package of sanctions", "unveiled a plan of aid".
    "adopted",
    "adopts",
    "unveiled",
    "unveils",
    "delivered",
    // "will pay an official visit to Turkmenistan".
    "paid",
    "pay",
    "pays",
    "paying",
    "opened",
    "continued",
    "expanded",
    // "Finland gave Tanzania a grant", "will provide 25,000 tons of food aid".
    "gave",
    "give",
    "gives",
    "giving",
    "given",
    "provides",
    "providing",
    "granted",
    "allocated",
    "awarded",
    "contributed",
    "contribute",
    "promised",
    "lodged",
    "filed",
    "issued",
    // "Serb forces were engaged in ethnic cleansing".
    "engaged",
    "engage",
    "engages",
    "engaging",
    // "Protesters took part in a rally".
    "took",
    "participated",
    // "Israel mounted its invasion of South Lebanon", "speeded up the withdrawal of its
    // forces", "stepped up its attacks": the subject of a verb that carries out, quickens
    // or completes an act is the act's actor.
    "mounted",
    "mount",
    "mounts",
    "mounting",
    "speeded",
    "sped",
    "stepped",
    "accelerated",
    "completed",
    "ordered",
];

/// Nouns of a planned act: "a plot by Islamic State supporters to attack a concert".
const PLOT_NOUNS: &[&str] = &["plot", "plots", "plan", "plans", "conspiracy", "scheme", "bid", "attempt"];
/// Verbs of stopping a planned act before it happens.
const FOILING: &[&str] = &[
    "thwarted",
    "thwart",
    "thwarts",
    "thwarting",
    "foiled",
    "foil",
    "foils",
    "foiling",
    "disrupted",
    "prevented",
    "uncovered",
];

/// The noun of a plan an infinitive trigger at `t0` completes ("a plot to attack", "a plot
/// by Islamic State supporters to attack"), with the party after "by" that made it, if any.
fn planned_by<'a>(input: &Input<'a>, sa: usize, t0: usize) -> Option<(usize, Option<&'a Mention>)> {
    if t0 < sa + 2 || input.w(t0 - 1) != "to" {
        return None;
    }
    let to = t0 - 1;
    if PLOT_NOUNS.contains(&input.w(to - 1)) {
        return Some((to - 1, None));
    }
    let m = input.actor_mentions_in(sa, to).filter(|m| m.toks.1 == to).last()?;
    let mut k = m.toks.0;
    while k > sa && DETERMINERS.contains(&input.w(k - 1)) {
        k -= 1;
    }
    // (`then`, not `then_some`: the pair is built only when `k - 2` cannot underflow, as
    // in a headline opening "New U.S. Airline Cleared to Fly to …".)
    (k >= sa + 2 && input.w(k - 1) == "by" && PLOT_NOUNS.contains(&input.w(k - 2))).then(|| (k - 2, Some(m)))
}

/// The verb of foiling before the plan's noun at `noun` ("thwarted a plot", "foiled an
/// alleged plot"), if there is one.
fn foiled(input: &Input, sa: usize, noun: usize) -> Option<usize> {
    let mut k = noun;
    while k > sa && (DETERMINERS.contains(&input.w(k - 1)) || input.w(k - 1) == "alleged") {
        k -= 1;
    }
    (k > sa && FOILING.contains(&input.w(k - 1))).then(|| k - 1)
}

/// What is traded, whose origin an embargo or a tariff names: "tariffs on all imports
/// from Mexico", "banned grain shipments from Ukraine".
const TRADED: &[&str] = &[
    "imports",
    "goods",
    "products",
    "exports",
    "shipments",
    "supplies",
    "produce",
    "steel",
    "aluminium",
    "aluminum",
    "grain",
    "wheat",
    "oil",
    "gas",
    "coal",
    "vehicles",
    "cars",
    "seafood",
    "fish",
    "fruit",
    "vegetables",
    "meat",
    "wine",
    "textiles",
];

/// Verbs of an attribution set off by commas inside a sentence: "…, South Korea's military
/// said, …".
const ATTRIBUTION_VERBS: &[&str] = &["said", "says", "reported", "added", "announced"];
/// Forms of "be", "have" and the modals, which follow a subject.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
];
/// Prepositions after which a participle is an adjective ("with exiled dissidents", "in
/// occupied Ukrainian territories").
const ATTRIBUTIVE_AFTER: &[&str] = &[
    "with",
    "of",
    "for",
    "from",
    "against",
    "among",
    "about",
    "between",
    "by",
    "on",
    "at",
    "into",
    "in",
    "across",
    "within",
    "inside",
    "throughout",
    "to",
    "over",
    "under",
];
/// Arms and money, which back an operation or a loan without taking a side: "backed by
/// aircraft", "backed by frozen assets".
/// What is met when no one is: "meet cotton targets", "met the deadline", "meet rising
/// demand".
const GOALS: &[&str] = &[
    "target",
    "targets",
    "goal",
    "goals",
    "deadline",
    "deadlines",
    "requirement",
    "requirements",
    "standard",
    "standards",
    "obligation",
    "obligations",
    "expectations",
    "criteria",
    "needs",
    "quota",
    "quotas",
    "threshold",
    "benchmark",
    "benchmarks",
    "commitments",
    "costs",
    "payments",
    "conditions",
];

/// Words before "demand" that make it a market's: "rising demand", "domestic demand".
const MARKET_DEMAND: &[&str] = &[
    "rising", "growing", "falling", "strong", "weak", "domestic", "global", "consumer", "energy", "seasonal", "peak",
    "export", "import", "surging", "soaring", "slowing",
];

const MATERIEL: &[&str] = &[
    "aircraft",
    "airpower",
    "artillery",
    "armor",
    "armour",
    "armored",
    "armoured",
    "vehicles",
    "tanks",
    "helicopters",
    "drones",
    "warships",
    "firepower",
    "assets",
    "funds",
    "funding",
    "loans",
    "guarantees",
    "collateral",
    "reserves",
    "revenues",
    "evidence",
    "data",
];
/// Numbers and quantities spelled out ("the two exiled dissidents").
const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "several",
    "many",
    "some",
    "few",
    "other",
    "more",
];
/// Words that cannot follow an adjective as its noun.
/// Modifiers that stand between a determiner and a noun, never a subject's head noun: "a
/// short visit", "a fresh attack", "the first round of talks". A hyphenated word ("two-day",
/// "long-awaited") counts as one too.
const NOUN_MODIFIERS: &[&str] = &[
    "short",
    "brief",
    "long",
    "lengthy",
    "rare",
    "surprise",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "last",
    "latest",
    "recent",
    "previous",
    "historic",
    "landmark",
    "unprecedented",
    "unannounced",
    "planned",
    "scheduled",
    "upcoming",
    "fresh",
    "further",
    "new",
    "major",
    "massive",
    "large",
    "small",
    "bilateral",
    "private",
    "personal",
    "joint",
    "deadly",
    "fatal",
    "brutal",
    "failed",
    "alleged",
    "possible",
    "formal",
    "informal",
    "renewed",
    "unauthorised",
    "unauthorized",
    "unsanctioned",
    "illegal",
    "peaceful",
    "mass",
    "spontaneous",
    "violent",
    "nationwide",
    "public",
    "street",
    "opposition",
    "student",
    "silent",
    "huge",
    "general",
    "weekly",
];
/// Modal and other auxiliary verbs before a base form.
const MODALS: &[&str] =
    &["will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do", "to"];
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "to", "by", "in", "on",
    "at", "for", "with", "from", "of", "and", "or", "but", "as", "into", "over", "after", "before", "since", "during",
    "under", "about", "against", "than", "who", "which", "while", "when", "if", "it", "he", "she", "they", "we", "him",
    "them", "up", "out", "off", "down", "back", "away", "last", "not",
];
/// Words that end a phrase other than a noun: a participle after one is no reduced relative.
const NOT_A_NOUN: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "having",
    "who",
    "which",
    "that",
    "not",
    "never",
    "also",
    "then",
    "and",
    "or",
    "but",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "once",
    "later",
    "already",
    "just",
    "recently",
    "previously",
    "first",
    "jointly",
    "itself",
    "themselves",
    "himself",
    "herself",
    "get",
    "got",
    "gets",
    "become",
    "became",
    "remain",
    "remained",
    "to",
];
/// Head nouns of a protesting crowd.
const PROTEST_CROWDS: &[&str] = &[
    "protesters",
    "protestors",
    "protester",
    "protestor",
    "demonstrators",
    "demonstrator",
    "rioters",
    "rioter",
    "mob",
    "mobs",
];

/// Whether the words from token `k` (before `end`) ask for or refuse a comment, an
/// answer or anonymity: "(requests) for comment", "(requesting) comment", "(declined) to
/// comment", "(refused) to be named", "(requested) anonymity".
/// Whether the trigger at token `t0` sits in a question embedded after a verb of saying
/// or knowing, whose "who", "which …" or "what …" is its subject: "did not say who
/// carried out the attack", "did not say which group kidnapped the aid workers", "it was
/// unclear who fired". Its actor is unknown; the subject of the verb before is not it.
fn embedded_question(input: &Input, sa: usize, t0: usize) -> bool {
    let from = t0.saturating_sub(6).max(sa + 1);
    for j in (from..t0).rev() {
        let w = input.w(j);
        if matches!(w, "," | ";" | ":" | "\"" | "“" | "”") {
            return false;
        }
        if matches!(w, "who" | "which" | "what") {
            return embeds_question(&input.w(j - 1).to_ascii_lowercase());
        }
    }
    false
}

/// The kind of the verb of demand or stance whose object phrase the noun at token `t0`
/// heads: "called for the immediate release of", "condemned the crackdown", "opposed the
/// deployment". At most three plain lowercase words (articles, adjectives, "for") stand
/// between the verb and the noun. A trigger the lexicon reads as a verb ("release") is
/// such a noun after an article.
fn governing_stance(
    input: &Input,
    triggers: &[attache_kb::Hit<u32>],
    kb: &Kb,
    sa: usize,
    t0: usize,
    is_noun: bool,
) -> Option<Plover> {
    let tokens = input.tokens;
    let start = tokens[t0].span.start;
    triggers.iter().filter(|h| h.span.end <= start).find_map(|h| {
        let e = tokens.partition_point(|t| t.span.end <= h.span.end);
        if e < sa || e >= t0 || t0 - e > 3 {
            return None;
        }
        let plain = (e..t0).all(|j| {
            let w = input.w(j);
            // "condemned Israeli strikes": a country's adjective may modify the act.
            (w.bytes().all(|b| b.is_ascii_lowercase())
                || is_noun
                    && input
                        .mentions_in(j, j + 1)
                        .iter()
                        .any(|m| m.kind == MentionKind::Country && m.toks == (j, j + 1)))
                && !matches!(w, "and" | "but" | "or" | "then" | "to" | "also")
                // "thanked Japan for its support during a call with Ishiba": a phrase of
                // time opens another act.
                && !matches!(w, "during" | "after" | "before" | "amid" | "since" | "despite" | "following" | "until")
                && !triggers.iter().any(|o| o.span.start == tokens[j].span.start)
        });
        if !plain || !is_noun && (t0 - e > 2 || !matches!(input.w(e), "the" | "a" | "an")) {
            return None;
        }
        h.targets.iter().map(|&i| &kb.lexicon[i as usize]).find_map(|l| {
            (l.pos == Pos::Verb
                && matches!(l.plover, Plover::REQUEST | Plover::ACCUSE | Plover::SUPPORT | Plover::REJECT))
            .then_some(l.plover)
        })
    })
}

/// Whether the noun at `t0` names what a party gives in to ("would not bow to Chinese
/// pressure", "refused to yield to threats"), across at most two words before it; an
/// adverb may stand between the verb and "to" ("would respond decisively to any Israeli
/// attack").
fn gives_in_to(input: &Input, sa: usize, t0: usize) -> bool {
    let mut k = t0;
    while k > sa + 1 && input.tokens[k - 1].kind == TokenKind::Word && input.w(k - 1) != "to" && t0 - k < 3 {
        k -= 1;
    }
    if k < sa + 2 || input.w(k - 1) != "to" {
        return false;
    }
    let mut v = k - 2;
    if v > sa && input.w(v).len() > 4 && input.w(v).ends_with("ly") {
        v -= 1;
    }
    matches!(
        input.w(v),
        "bow"
            | "bowed"
            | "bowing"
            | "yield"
            | "yielded"
            | "bend"
            | "succumb"
            | "submit"
            | "in"
            | "cave"
            | "respond"
            | "responds"
            | "responding"
            | "responded"
    )
}

fn asks_or_refuses_comment(input: &Input, k: usize, end: usize) -> bool {
    let w = |i: usize| if i < end { input.w(i).to_ascii_lowercase() } else { String::new() };
    let mut i = k;
    // "who asked not to be named".
    if w(i) == "not" {
        i += 1;
    }
    if matches!(w(i).as_str(), "for" | "to") {
        i += 1;
    }
    match w(i).as_str() {
        "comment" | "comments" | "anonymity" | "elaborate" | "confirm" | "say" | "specify" | "disclose"
        | "speculate" => true,
        // "declined to respond to questions", but not "refused to respond to a demand".
        "respond" | "answer" | "reply" => {
            (i + 1..(i + 6).min(end))
                .map(w)
                .take_while(|x| !matches!(x.as_str(), "," | "." | ";" | "demand" | "demands" | "call" | "calls"))
                .any(|x| {
                    ["question", "request", "inquir", "quer", "comment", "email", "message"]
                        .iter()
                        .any(|p| x.starts_with(p))
                })
                || i + 1 >= end
                || matches!(w(i + 1).as_str(), "," | "." | ";")
        }
        "be" => matches!(w(i + 1).as_str(), "named" | "identified" | "quoted"),
        "give" => matches!(w(i + 2).as_str(), "name" | "names" | "full"),
        _ => false,
    }
}

fn form_starts(w: &str, prefix: &str) -> bool {
    w.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// Prepositions before a noun phrase of force ("killed in Israeli shelling").
/// Prepositions between a verb and a noun that make the noun no object of the verb.
const NOT_AN_OBJECT_AFTER: &[&str] = &[
    "during",
    "after",
    "before",
    "amid",
    "since",
    "despite",
    "following",
    "on",
    "at",
    "over",
    "about",
    "against",
    "with",
    "from",
    "by",
    "under",
];
/// Prepositions after which a form with a noun reading is the noun.
const AFTER_PREPOSITION: &[&str] = &[
    "after", "amid", "during", "despite", "against", "over", "of", "about", "without", "among", "since", "before",
    "in", "by", "from", "under", "with", "for", "on", "at",
];
const NOUN_PHRASE_PREPS: &[&str] = &["in", "by", "during", "from", "amid", "after", "under"];
/// What follows a reduced relative participle instead of an object.
const REDUCED_RELATIVE_PREPS: &[&str] = &["in", "for", "over", "after", "during", "since", "under", "of", "without"];
const COOPERATIVE: &[Plover] = &[Plover::AGREE, Plover::SUPPORT, Plover::COOPERATE, Plover::AID];

/// Things published rather than set free ("released a statement").
const PUBLICATIONS: &[&str] = &[
    "report",
    "reports",
    "statement",
    "statements",
    "video",
    "videos",
    "footage",
    "figures",
    "data",
    "results",
    "document",
    "documents",
    "list",
    "details",
    "photos",
    "photographs",
    "pictures",
    "images",
    "recording",
    "recordings",
    "transcript",
    "album",
    "book",
    "film",
    "findings",
    "study",
    "survey",
    "poll",
    "guidelines",
    "budget",
    "forecast",
    "communique",
    "text",
    "letter",
    "audio",
    "tape",
    "tapes",
    "map",
    "song",
    "version",
];
/// Weapons that are fired ("a missile fired by rebels").
const WEAPONS: &[&str] = &[
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "shell",
    "shells",
    "mortar",
    "mortars",
    "rounds",
    "bullet",
    "bullets",
    "shots",
    "grenade",
    "grenades",
    "projectile",
    "projectiles",
    "drone",
    "drones",
    "artillery",
];
/// What hits a target in an attack ("drones hit an oil depot", "an airstrike hit a
/// school"): the weapons that are fired and the strikes that carry them. Not all of
/// [`WEAPONS`]: "the bullet hit her in the neck" says nothing of who fired it, and the
/// sentence's subject is as often the one hit.
const HITTERS: &[&str] = &[
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "shell",
    "shells",
    "mortar",
    "mortars",
    "grenade",
    "projectile",
    "projectiles",
    "drone",
    "drones",
    "artillery",
    "shelling",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "bomb",
    "bombs",
    "warplanes",
    "jets",
    "barrage",
    "salvo",
];
/// Nouns that "warning" modifies without anyone warning anyone ("missile warning data").
pub(crate) const WARNING_THINGS: &[&str] =
    &["data", "system", "systems", "signs", "sign", "label", "labels", "light", "lights", "sirens", "siren", "network"];

/// Accidents and disasters: deaths in them are no attacks.
const ACCIDENTS: &[&str] = &[
    "crash",
    "accident",
    "collision",
    "earthquake",
    "quake",
    "flood",
    "floods",
    "flooding",
    "landslide",
    "landslides",
    "avalanche",
    "storm",
    "cyclone",
    "hurricane",
    "typhoon",
    "tsunami",
    "stampede",
    "mudslide",
    "derailment",
    "blizzard",
    "heatwave",
    "wildfire",
    "wildfires",
    "drowning",
    "capsized",
];

/// Participles of acts done to someone that often describe a noun ("the men sought in",
/// "officials accused of"), besides coercion (jailed, detained, exiled).
const ACTS_ON_PERSONS: &[&str] = &["sought", "accused", "released", "freed", "charged", "indicted", "convicted"];

/// Verbs of lifting a restriction ("lifted the sanctions").
const LIFTING: &[&str] = &[
    "lifted",
    "lift",
    "lifts",
    "lifting",
    "eased",
    "ease",
    "eases",
    "easing",
    "ended",
    "removed",
    "scrapped",
    "relaxed",
    "rescinded",
    "revoked",
    "terminated",
    "cancelled",
    "canceled",
    "annulled",
    "renounced",
];

/// Words after a noun that end its phrase: "an embassy in", "forces of".
const PREPOSITION_WORDS: &[&str] =
    &["in", "of", "to", "with", "at", "on", "for", "from", "by", "into", "against", "about", "over"];

/// Documents that speak for their authors: "The note demanded that Moscow…".
const DOCUMENTS: &[&str] = &[
    "note",
    "statement",
    "letter",
    "resolution",
    "declaration",
    "communique",
    "communiqué",
    "memorandum",
    "decree",
    "petition",
];

/// Nouns of proposing, asking or charging: "an offer from Afghanistan", "calls by
/// Belarus's rulers", "accusations by Kyiv" (what is accepted, refused or denied).
const PROPOSALS: &[&str] = &[
    "offer",
    "offers",
    "proposal",
    "proposals",
    "call",
    "calls",
    "demand",
    "demands",
    "request",
    "requests",
    "appeal",
    "appeals",
    "plea",
    "pleas",
    "invitation",
    "invitations",
    "ultimatum",
    "overture",
    "overtures",
    "initiative",
    "suggestion",
    "suggestions",
    "bid",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "charge",
    "charges",
    "claim",
    "claims",
    "criticism",
    "criticisms",
];

/// Verbs of suspending a flow of aid ("suspended part of a military aid program").
const SUSPENDING: &[&str] = &[
    "suspended",
    "suspend",
    "suspends",
    "suspending",
    "halted",
    "halt",
    "halts",
    "halting",
    "froze",
    "freeze",
    "freezes",
    "freezing",
    "withheld",
    "withhold",
    "withholds",
    "withholding",
    "ceased",
    "cease",
    "ceases",
    "ceasing",
];

/// Quantities of an economy a government curbs without restricting anyone ("to curb
/// inflation").
const ECONOMIC_QUANTITIES: &[&str] = &[
    "inflation",
    "prices",
    "price",
    "spending",
    "emissions",
    "costs",
    "deficit",
    "deficits",
    "borrowing",
    "debt",
    "consumption",
    "pollution",
    "unemployment",
    "demand",
    "growth",
    "speculation",
    "volatility",
    "losses",
];

/// Modifiers that make the bare noun "strike" one of force ("a retaliatory strike").
const STRIKE_OF_FORCE: &[&str] = &[
    "military",
    "retaliatory",
    "precision",
    "targeted",
    "pre-emptive",
    "preemptive",
    "preventive",
    "punitive",
    "nuclear",
    "coalition",
    "deadly",
    "lethal",
    "overnight",
    "aerial",
    "naval",
    "artillery",
];

/// Words that may follow a state suspended by the bare verb ("suspended Mali from the
/// bloc", "suspended Madagascar after the coup").
const SUSPENDED_FROM: &[&str] =
    &["from", "after", "following", "over", "for", "until", "in", "and", "indefinitely", "on", "last", "this"];

/// Whether one of the lexicon row's `unless` words heads the object after the trigger
/// ending before token `t1`: after the determiners, an amount and words of order ("its
/// first batch of", "$2 billion in"), up to four words that end at a mark, a preposition
/// or a conjunction, within the sentence ending at `sb`. After a noun row's trigger only
/// the next word counts, the head of a compound the noun modifies ("protest leaders").
fn object_cancels(row: &attache_kb::LexEntry, input: &Input, t1: usize, sb: usize) -> bool {
    if row.unless.is_empty() {
        return false;
    }
    let is_unless = |j: usize| {
        input.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) && {
            let w = input.w(j).to_ascii_lowercase();
            row.unless.contains(&w)
        }
    };
    if row.pos == Pos::Noun {
        return t1 < sb && is_unless(t1);
    }
    let mut k = input.after_determiners(t1);
    while k < sb
        && (amount_word(input, k)
            || matches!(input.w(k), "its" | "their" | "his" | "her" | "first" | "second" | "new" | "latest")
            || input.w(k) == "in" && k > t1 && amount_word(input, k - 1))
    {
        k += 1;
    }
    (k..(k + 4).min(sb))
        .take_while(|&j| {
            let w = input.w(j);
            input.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
                && !AFTER_PREPOSITION.contains(&w)
                && !matches!(w, "to" | "and" | "or" | "that" | "which" | "who" | "as" | "while" | "when" | "but" | "if")
        })
        .any(is_unless)
}

/// The CAMEO code of stopping aid of this code (162x), if it is aid.
fn discontinuation(cameo: &str) -> Option<&'static str> {
    match cameo {
        "070" => Some("162"),
        "071" => Some("1621"),
        "072" => Some("1622"),
        "073" => Some("1623"),
        // "suspended the defence agreement": relations reduced.
        "057" => Some("160"),
        // "suspended intelligence sharing with Ukraine", "halted military cooperation":
        // so are they when cooperation in deeds stops.
        "060" | "061" | "062" | "063" | "064" => Some("160"),
        // "suspended the talks with Armenia": negotiations halted.
        "040" | "046" => Some("164"),
        _ => None,
    }
}

/// "a draft resolution on Ukraine", "a bill about Xinjiang": a party named after a text
/// and the preposition of its subject is what the text is about.
fn topic_of_text(input: &Input, m: &Mention) -> bool {
    let mut b = m.toks.0;
    while b > 0 && DETERMINERS.contains(&input.w(b - 1)) {
        b -= 1;
    }
    b >= 2
        && matches!(input.w(b - 1), "on" | "about" | "over" | "concerning")
        && matches!(input.w(b - 2), "resolution" | "resolutions" | "draft" | "bill" | "bills" | "motion" | "text")
}

/// The CAMEO code of lifting a restriction of this code, if it is one.
fn reversal(cameo: &str) -> Option<&'static str> {
    match cameo {
        c if c.starts_with("191") => Some("0872"),
        "163" => Some("085"),
        "1723" => Some("0813"),
        "1724" => Some("0814"),
        "172" | "1721" | "1722" => Some("081"),
        // "ended its defence cooperation agreement with France": relations reduced.
        "057" => Some("160"),
        _ => None,
    }
}

/// The CAMEO code a bare verb takes from its object: "expelled two Russian diplomats" is a
/// downgrading of relations (161), not a deportation (174); "blocked the Europe Bridge" is
/// obstructing passage (144), not unspecified coercion (170).
fn object_cameo(cameo: &str, object: &str) -> Option<&'static str> {
    match (cameo, object) {
        ("020", "ceasefire" | "cease-fire" | "truce" | "de-escalation" | "restraint") => Some("0256"),
        ("020", "release") => Some("0253"),
        (
            "174",
            "diplomat" | "diplomats" | "ambassador" | "ambassadors" | "envoy" | "envoys" | "attache" | "attaché",
        ) => Some("161"),
        ("174", "peacekeepers" | "peacekeeping") => Some("1661"),
        // "provided Ukraine with air defence systems": arms supplied are military aid.
        (
            "070",
            "weapons" | "arms" | "missiles" | "tanks" | "ammunition" | "munitions" | "artillery" | "jets" | "drones"
            | "defence" | "defense" | "military" | "patriot" | "howitzers" | "shells" | "rockets",
        ) => Some("072"),
        ("070", "loan" | "loans" | "grant" | "grants" | "credit" | "funding" | "funds" | "financing") => Some("071"),
        ("174", "observers" | "inspectors" | "monitors") => Some("1662"),
        (
            "170",
            "road" | "roads" | "street" | "streets" | "bridge" | "bridges" | "highway" | "highways" | "motorway"
            | "railway" | "railways" | "roadway" | "border" | "crossing" | "entrance" | "port",
        ) => Some("144"),
        // "Hungary blocked a joint EU statement", "blocked Sweden's membership bid": to
        // block a text or a decision others want adopted is to veto it.
        (
            "170",
            "statement" | "resolution" | "declaration" | "decision" | "bill" | "motion" | "nomination" | "accession"
            | "membership" | "bid" | "draft" | "proposal" | "package" | "plan" | "plans" | "deal",
        ) => Some("129"),
        _ => None,
    }
}

/// The verb that claims the responsibility named at token `r` ("claimed responsibility",
/// "claimed full responsibility", "took responsibility"), at or after `floor`.
fn claims_responsibility(input: &Input, r: usize, floor: usize) -> Option<usize> {
    (r.saturating_sub(2).max(floor)..r).rev().find(|&v| {
        matches!(
            input.w(v).to_ascii_lowercase().as_str(),
            "claimed" | "claims" | "claim" | "claiming" | "accepted" | "accepts" | "took" | "takes"
        )
    })
}

/// Nouns of what is done to a person, whose owner undergoes it: "Lai's release".
const PATIENT_NOUNS: &[&str] = &[
    "arrest",
    "arrests",
    "detention",
    "detentions",
    "release",
    "killing",
    "assassination",
    "murder",
    "execution",
    "kidnapping",
    "abduction",
    "trial",
    "conviction",
    "sentencing",
    "extradition",
    "deportation",
    "expulsion",
    "imprisonment",
    "jailing",
    "capture",
    "torture",
];

/// A past participle: "jailed", "sought", "held".
fn is_participle(w: &str) -> bool {
    w.ends_with("ed")
        || matches!(w, "sought" | "held" | "taken" | "shot" | "struck" | "caught" | "beaten" | "thrown" | "driven")
}

/// The token of the noun a "by" at token `by` names the maker of, past a participle of
/// making between them: "a proposal [put forward] by Egypt", "a plan [drafted] by", "the
/// offer [made] by".
fn made_by_noun(input: &Input, by: usize) -> usize {
    let made = |w: &str| {
        (w.ends_with("ed") && w.len() > 4)
            || matches!(w, "made" | "put" | "drawn" | "set" | "laid" | "brought" | "sent")
    };
    if by >= 3 && matches!(input.w(by - 1), "forward" | "up" | "out") && made(input.w(by - 2)) {
        by - 3
    } else if by >= 2 && made(input.w(by - 1)) {
        by - 2
    } else {
        by.saturating_sub(1)
    }
}

/// Whether the verb phrasing at `t0..t1` has several words and ends with a word that can
/// qualify a noun after it ("stepped up security" before "cooperation"), not with a
/// preposition, a particle or an article ("called for", "stepped up").
fn qualifying_phrase(input: &Input, t0: usize, t1: usize) -> bool {
    t1 > t0 + 1
        && !PREPOSITION_WORDS.contains(&input.w(t1 - 1))
        && !matches!(input.w(t1 - 1), "up" | "out" | "off" | "down" | "back" | "a" | "an" | "the")
}

/// The CAMEO "express intent" code for an intended act of each type.
fn intent_cameo(t: Plover, cameo: &str) -> Option<&'static str> {
    // Yielding has one intent code per kind of concession: 08x becomes 035x ("would free
    // the prisoners", 0841, is 0353).
    if matches!(t, Plover::CONCEDE | Plover::RETREAT) && cameo.starts_with("08") {
        return Some(match cameo.as_bytes().get(2) {
            Some(b'1') => "0351",
            Some(b'2') => "0352",
            Some(b'4') => "0353",
            Some(b'5') => "0354",
            Some(b'6') => "0355",
            Some(b'7') => "0356",
            _ => "035",
        });
    }
    // Threats of a known kind: "will cut off aid" (162) is 1311, "will expel" (166) 136,
    // "will shut down the outlet" (1721) 1321, "will impose a curfew" (1723) 1323.
    match t {
        Plover::SANCTION => {
            let code = match cameo.get(..3) {
                Some("161") => "1313",
                Some("162") => "1311",
                Some("164") => "134",
                Some("165") => "135",
                Some("166") => "136",
                _ => "1312",
            };
            return Some(code);
        }
        Plover::COERCE if cameo.starts_with("172") => {
            return Some(match cameo {
                "1721" => "1321",
                "1722" => "1322",
                "1723" => "1323",
                "1724" => "1324",
                _ => "132",
            });
        }
        _ => {}
    }
    // Material cooperation and aid of a known kind: "ready to expand trade" (061) is
    // 0311, "would send military aid" (072) 0332; cooperation of no named kind stays 030.
    if matches!(t, Plover::COOPERATE | Plover::AID) && !matches!(cameo, "060" | "070") {
        if let Some(code) = intent_code(cameo).filter(|c| c.starts_with("031") || c.starts_with("033")) {
            return Some(code);
        }
    }
    Some(match t {
        Plover::COOPERATE => "030",
        Plover::AGREE => "030",
        Plover::CONSULT => "036",
        Plover::SUPPORT => "032",
        Plover::AID => "033",
        Plover::CONCEDE => "035",
        Plover::RETREAT => "035",
        Plover::REQUEST => "030",
        // Announcing a conflictual act is a threat (CAMEO 13x), as CAMEO codes it.
        Plover::SANCTION => "1312",
        Plover::PROTEST => "133",
        Plover::COERCE => "137",
        Plover::ASSAULT => "138",
        _ => return None,
    })
}

/// Verbs by which a speaker announces its own future act ("said it would", "pledged that
/// they will").
const ANNOUNCING: &[&str] = &[
    "said",
    "says",
    "announced",
    "announces",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "vowed",
    "vows",
    "declared",
    "declares",
    "stated",
    "states",
    "confirmed",
    "confirms",
    "added",
    "insisted",
    "insists",
];

/// Whether the future cue at token `k` ("would", "will") follows a pronoun that an
/// announcing verb introduces: "announced it would", "said that they will".
fn announces_own_act(input: &Input, k: usize) -> bool {
    if k < 2 || !matches!(input.w(k), "will" | "would" | "shall") {
        return false;
    }
    if !matches!(input.w(k - 1), "it" | "he" | "she" | "they" | "we") {
        return false;
    }
    let v = if input.w(k - 2) == "that" && k >= 3 { k - 3 } else { k - 2 };
    ANNOUNCING.contains(&input.w(v))
}

/// Negation cues that refuse rather than deny that something happened.
const REFUSALS: &[&str] = &["refused to", "declined to", "will not", "won't", "would not", "failed to", "no longer"];

/// The CAMEO code of refusing an act of this type.
fn refusal_cameo(t: Plover) -> Option<&'static str> {
    Some(match t {
        Plover::AGREE | Plover::SUPPORT => "120",
        Plover::COOPERATE => "121",
        Plover::AID => "122",
        Plover::CONCEDE | Plover::RETREAT => "124",
        Plover::CONSULT => "125",
        _ => return None,
    })
}

struct Clause {
    start: usize,
    end: usize,
    /// Where the hedges of the clause may end: past `end` when a closing attribution that
    /// is itself a hedge ("…, security sources said") ends the clause.
    hedges_to: usize,
}

impl<'a> Input<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.token_text.get(i).copied().unwrap_or("")
    }

    /// Where the verb at `t0` starts with the auxiliaries and adverbs before it ("had
    /// kidnapped", "also reportedly attacked"), not before `sa`.
    fn auxiliaries_start(&self, sa: usize, t0: usize) -> usize {
        let mut k = t0;
        while k > sa
            && matches!(self.w(k - 1), "had" | "have" | "has" | "were" | "was" | "also" | "reportedly" | "allegedly")
        {
            k -= 1;
        }
        k
    }

    /// "Russia, which invaded Ukraine in 2022, rejected the proposal": the relative clause
    /// set off by commas that closes right before the verb at `t0` (past its auxiliaries
    /// and adverbs), as the tokens of its "which" or "who" and of its closing comma.
    fn closed_relative_before(&self, sa: usize, t0: usize) -> Option<(usize, usize)> {
        let k = self.auxiliaries_start(sa, t0);
        if k < sa + 2 || self.w(k - 1) != "," {
            return None;
        }
        let c = k - 1;
        (sa + 1..c)
            .rev()
            .take_while(|&j| !matches!(self.w(j), ";" | "\""))
            .find(|&j| matches!(self.w(j), "which" | "who") && self.w(j - 1) == ",")
            .map(|j| (j, c))
    }

    /// Mentions starting in tokens `[a, b)` (mentions are sorted by position).
    fn mentions_in(&self, a: usize, b: usize) -> &'a [Mention] {
        let lo = self.mentions.partition_point(|m| m.toks.0 < a);
        let hi = self.mentions.partition_point(|m| m.toks.0 < b).max(lo);
        &self.mentions[lo..hi]
    }

    /// Cue and modality phrases starting in tokens `[a, b)`.
    fn phrases_in(&self, a: usize, b: usize) -> &'a [PhraseHit] {
        let at = |k: usize| self.phrase_starts.get(k).map_or(self.phrases.len(), |&n| n as usize);
        let lo = at(a);
        &self.phrases[lo..at(b).max(lo)]
    }

    fn actor_mentions_in(&self, a: usize, b: usize) -> impl Iterator<Item = &'a Mention> + '_ {
        self.mentions_in(a, b).iter().filter(move |m| m.is_actor() && m.toks.1 <= b)
    }

    /// The actor named within three words after `from` ("by the Chinese government",
    /// "pressure from criminal groups"), with the names joined to it, up to `end`.
    fn agents_after(&self, from: usize, end: usize) -> Vec<&'a Mention> {
        self.actor_mentions_in(from, end)
            .filter(|m| m.toks.0 <= from + 3)
            .min_by_key(|m| m.toks.0)
            .map(|m| self.conjuncts(m, from, end, false))
            .unwrap_or_default()
    }

    fn is_locative(&self, m: &Mention) -> bool {
        matches!(m.kind, MentionKind::Place | MentionKind::Country)
            && (preceded_by_preposition(self.text, self.tokens, m).is_some_and(|p| LOCATIVE.contains(&p))
                || self.named_by_a_place_noun(m)
                || self.after_a_locative_place(m)
                || self.division_phrase(m)
                || self.after_a_part_word(m)
                || self.names_a_gathering(m))
            && !self.modifies_no_place(m)
    }

    /// "met at the Helsinki summit", "the Geneva talks", "the Singapore summit": a town
    /// named right after "the" before a noun of a gathering (or a country, before
    /// "summit") is where it was held, no party to it. (Accords named after a town are
    /// `names_an_accord`.)
    fn names_a_gathering(&self, m: &Mention) -> bool {
        m.toks.0 >= 1
            && matches!(m.kind, MentionKind::Place | MentionKind::Country)
            && crate::recognise::venue_of_gathering(
                self.w(m.toks.0 - 1),
                self.w(m.toks.1),
                m.kind == MentionKind::Place,
            )
    }

    /// "in central Bishkek", "in downtown Almaty", "in northern Afghanistan": a word for a
    /// part of the place between the locative preposition and the name.
    fn after_a_part_word(&self, m: &Mention) -> bool {
        let k = m.toks.0;
        k >= 2
            && crate::recognise::PART_WORDS.contains(&self.w(k - 1))
            // "in the occupied West Bank", "in the northern Gaza Strip".
            && (LOCATIVE.contains(&self.w(k - 2)) || k >= 3 && self.w(k - 2) == "the" && LOCATIVE.contains(&self.w(k - 3)))
    }

    /// "in the restive Balochistan province", "in northwestern Zamfara state", "in
    /// China's western Xinjiang region": a place before the noun of a division, after a
    /// locative preposition, with lowercase words and a possessive name between (five
    /// tokens at most).
    fn division_phrase(&self, m: &Mention) -> bool {
        if m.kind != MentionKind::Place
            || !matches!(
                self.tokens.get(m.toks.1).map(|t| t.text(self.text)),
                Some("province" | "state" | "region" | "district" | "governorate" | "oblast" | "prefecture" | "county")
            )
        {
            return false;
        }
        let mut k = m.toks.0;
        let mut words = 0;
        while k > 0 && words < 5 {
            let t = &self.tokens[k - 1];
            let w = t.text(self.text);
            if LOCATIVE.contains(&w) {
                return true;
            }
            let possessor = t.kind == TokenKind::Possessive || t.cap && self.tokens[k].kind == TokenKind::Possessive;
            if t.kind != TokenKind::Word && t.kind != TokenKind::Possessive || t.cap && !possessor {
                return false;
            }
            k -= 1;
            words += 1;
        }
        false
    }

    /// "in Almaty and Astana", "in Bishkek, Osh and Batken": a place joined to a place
    /// that a preposition of position opens is in the same place phrase. ("from India,
    /// Bangladesh and Sri Lanka" may name parties: travellers, threats or support from
    /// them.)
    fn after_a_locative_place(&self, m: &Mention) -> bool {
        let k = m.toks.0;
        if k < 2 || !matches!(self.w(k - 1), "and" | "or" | ",") {
            return false;
        }
        self.mentions_in(k.saturating_sub(8), k - 1)
            .iter()
            .filter(|p| p.toks.1 == k - 1 && matches!(p.kind, MentionKind::Place | MentionKind::Country))
            .any(|p| {
                preceded_by_preposition(self.text, self.tokens, p)
                    .is_some_and(|w| matches!(w, "in" | "at" | "near" | "outside" | "inside" | "across" | "throughout"))
                    || self.after_a_locative_place(p)
            })
    }

    /// "in the southern port city of Odesa", "near the central town of Mopti": a place
    /// named after "of" by a noun of land that a locative preposition opens (at most four
    /// words before the noun), or set off by a comma after it ("in the regional capital,
    /// Nukus,"). Units of government count here too ("in the northern state of Zamfara",
    /// "in the northeastern department of Arauca").
    fn named_by_a_place_noun(&self, m: &Mention) -> bool {
        let k = m.toks.0;
        if k < 3
            || !matches!(self.w(k - 1), "of" | ",")
            || !(PLACE_NOUNS.contains(&self.w(k - 2)) || ADMINISTRATIVE_UNITS.contains(&self.w(k - 2)))
        {
            return false;
        }
        (k.saturating_sub(7)..k - 2)
            .rev()
            .map(|i| self.w(i))
            .take_while(|w| !matches!(*w, "," | "." | ";"))
            // "on the outskirts of Kharkiv".
            .any(|w| LOCATIVE.contains(&w) || w == "on" && self.w(k - 2) == "outskirts")
    }

    /// "before Japan's election", "investment in Uzbekistan's energy sector": a name whose
    /// possessive qualifies something other than land is no place phrase; "in
    /// Afghanistan's Badakhshan province" and "in Tajikistan's Khatlon region" are.
    fn possessive_of_no_place(&self, m: &Mention) -> bool {
        let after = m.toks.1 + 1;
        if self.tokens.get(m.toks.1).is_none_or(|t| t.kind != TokenKind::Possessive) {
            return false;
        }
        let end = (after + 4).min(self.tokens.len());
        let land = (after..end).take_while(|&k| self.tokens[k].kind == TokenKind::Word).any(|k| {
            PLACE_NOUNS
                .iter()
                .chain(["district", "districts", "republic"].iter())
                .any(|p| p.eq_ignore_ascii_case(self.w(k)))
        });
        !land && !self.mentions_in(after, end).iter().any(|o| o.kind == MentionKind::Place && o.toks.0 >= after)
    }

    /// The "by" right after a date phrase that follows token `k` ("received on Monday by").
    fn by_after_a_date(&self, k: usize, end: usize) -> Option<usize> {
        let mut j = k;
        if matches!(self.w(j), "on" | "in" | "last" | "this" | "late" | "early" | "earlier" | "later") {
            j += 1;
        }
        let at = self.tokens.get(j)?.span.start;
        let date = self.dates.iter().find(|d| d.span.start == at)?;
        let after = self.tokens.partition_point(|t| t.span.end <= date.span.end);
        (after < end && after > j && self.w(after) == "by").then_some(after)
    }

    /// The "by" of a passive verb past its complements, from token `k`: "sentenced in
    /// absentia to 10 years in prison by a Moscow court", "fined $2 million by a court".
    /// None past a comma, a conjunction, a relative word, another verb form, or a word
    /// where another act's trigger starts (`trigger_at`), whose "by" it would be ("killed
    /// in an attack by militants", "a group backed by Iran").
    fn by_after_complements(&self, k: usize, end: usize, trigger_at: impl Fn(usize) -> bool) -> Option<usize> {
        (k..end.min(k + 12))
            .take_while(|&j| {
                let w = self.w(j);
                !matches!(
                    w,
                    "," | ";"
                        | "and"
                        | "or"
                        | "but"
                        | "that"
                        | "which"
                        | "who"
                        | "after"
                        | "when"
                        | "while"
                        | "because"
                        | "as"
                        // "was summoned to the ministry over remarks by a lawmaker": the
                        // cause's own agent.
                        | "over"
                ) && {
                    // "to five years of restricted freedom by a court": a participle
                    // after "of" or an article is an adjective.
                    let participle = w.ends_with("ed") || w.ends_with("ing");
                    let adjective = participle && j > k && matches!(self.w(j - 1), "of" | "a" | "an" | "the");
                    j == k || adjective || !participle && !trigger_at(j)
                }
            })
            .find(|&j| self.w(j) == "by")
            .filter(|&j| j > k)
    }

    /// "Muhriddin, who is on an official visit to Tehran, was received by …", "during
    /// his visit to Beijing": the place a visitor is at places what happens there.
    fn on_a_visit_to(&self, m: &Mention) -> bool {
        let k = m.toks.0;
        if k < 3 || !matches!(m.kind, MentionKind::Place | MentionKind::Country) || self.w(k - 1) != "to" {
            return false;
        }
        if !matches!(self.w(k - 2), "visit" | "trip" | "tour" | "stay") {
            return false;
        }
        (k.saturating_sub(7)..k - 2)
            .rev()
            .map(|i| self.w(i))
            .take_while(|w| !matches!(*w, "," | "." | ";" | "and"))
            .any(|w| matches!(w, "on" | "during" | "On" | "During"))
    }

    /// "in Afghanistan's Badakhshan province", "in Uzbekistan's northern Fergana region":
    /// a place after the possessive of a place phrase (up to two words between).
    fn after_a_locative_possessive(&self, m: &Mention) -> bool {
        if m.kind != MentionKind::Place {
            return false;
        }
        let mut p = m.toks.0;
        while p > 0 && m.toks.0 - p < 2 && self.tokens[p - 1].kind == TokenKind::Word && !self.tokens[p - 1].cap {
            p -= 1;
        }
        if p == 0 || self.tokens[p - 1].kind != TokenKind::Possessive {
            return false;
        }
        self.mentions_in(p.saturating_sub(6), p - 1).iter().any(|o| {
            o.toks.1 == p - 1
                && matches!(o.kind, MentionKind::Place | MentionKind::Country)
                && preceded_by_preposition(self.text, self.tokens, o).is_some_and(|w| LOCATIVE.contains(&w))
        })
    }

    /// A country adjective that qualifies something other than land: "in a Russian missile
    /// strike", "after Israeli shelling" name no place, "in Syrian territory" does.
    /// "withdrew from the Paris climate agreement", "the Minsk agreements", "talks in the
    /// Astana format": a place that names an accord or a process, neither where an act
    /// is nor a party to it.
    fn names_an_accord(&self, m: &Mention) -> bool {
        let accord = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                let w = t.text(self.text);
                ["agreement", "agreements", "accord", "accords", "protocol", "format", "process", "conventions"]
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(w))
            })
        };
        matches!(m.kind, MentionKind::Place | MentionKind::Country)
            && (accord(m.toks.1)
                || self.tokens.get(m.toks.1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
                    && accord(m.toks.1 + 1))
    }

    /// Whether `word` is an adjective of country `iso3` and not also a name of it
    /// ("Russian", not "Russia"; "Afghan", not "Afghanistan").
    fn adjective_only(&self, iso3: &str, word: &str) -> bool {
        self.kb
            .country(iso3)
            .is_some_and(|c| c.adjectives.iter().any(|a| a == word) && !c.aliases.iter().any(|a| a == word))
    }

    fn modifies_no_place(&self, m: &Mention) -> bool {
        if self.names_an_accord(m) {
            return true;
        }
        if m.kind != MentionKind::Country {
            return false;
        }
        // "a Greek-owned bulk carrier", "Saudi-led forces": the adjective of a compound.
        let word = &self.text[m.span.start..m.span.end];
        let word = word.split('-').next().unwrap_or(word);
        let adjective = m.countries.first().is_some_and(|c| self.adjective_only(c, word));
        let next_noun = self.tokens.get(m.toks.1).is_some_and(|t| PLACE_NOUNS.contains(&t.text(self.text)));
        // "killed in a U.S. airstrike": after "a", any name of a country modifies the noun
        // after it.
        let after_article = m.toks.0 > 0
            && matches!(self.w(m.toks.0 - 1), "a" | "an")
            && self.tokens.get(m.toks.1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
        (adjective || after_article) && !next_noun
    }

    /// Where the phrase of mention `o` starts: a person's title mention right before the
    /// name ("his Afghan counterpart Amir Khan Muttaqi"), after token `from`; else `o` itself.
    fn title_start(&self, o: &Mention, from: usize) -> usize {
        if o.kind != MentionKind::Person || o.toks.0 <= from {
            return o.toks.0;
        }
        self.mentions_in(from, o.toks.0)
            .iter()
            .filter(|t| t.kind == MentionKind::Agent && t.toks.1 == o.toks.0 && t.toks.0 > from)
            .map(|t| t.toks.0)
            .min()
            .unwrap_or(o.toks.0)
    }

    /// Mentions joined to `m` by "and" or commas, in the direction given.
    fn conjuncts(&self, m: &'a Mention, a: usize, b: usize, leftward: bool) -> Vec<&'a Mention> {
        let mut out = vec![m];
        let mut cur = m;
        loop {
            // "Berdimuhamedov and his Azerbaijani counterpart Ilham Aliyev": the title
            // before a name belongs to it.
            let title = (cur.kind == MentionKind::Person)
                .then(|| {
                    self.mentions_in(a, cur.toks.0)
                        .iter()
                        .filter(|t| t.kind == MentionKind::Agent && t.toks.1 == cur.toks.0)
                        .map(|t| t.toks.0)
                        .min()
                })
                .flatten();
            // "Uzbekistan and Afghanistan's Taliban administration": the owner named
            // before a party belongs to its phrase.
            let title = title.or_else(|| {
                let s = title.unwrap_or(cur.toks.0);
                (leftward && s >= a + 2 && matches!(self.w(s - 1), "'s" | "’s"))
                    .then(|| {
                        self.mentions_in(a, s - 1)
                            .iter()
                            .filter(|o| o.toks.1 == s - 1 && (o.is_actor() || o.kind == MentionKind::Country))
                            .map(|o| o.toks.0)
                            .min()
                    })
                    .flatten()
            });
            let next = if leftward {
                let gap_end = title.unwrap_or(cur.toks.0);
                // "Kyrgyz and Tajik border guards": an adjective joined to a name counts too.
                self.mentions_in(a, gap_end)
                    .iter()
                    .filter(|o| o.is_actor() || o.kind == MentionKind::Country)
                    .filter(|o| o.toks.1 < gap_end && gap_end - o.toks.1 <= 2)
                    .max_by_key(|o| o.toks.1)
            } else {
                let gap_start = cur.toks.1;
                self.actor_mentions_in(gap_start, b)
                    .filter(|o| {
                        let s = self.title_start(o, gap_start);
                        s > gap_start && s - gap_start <= 2
                    })
                    .min_by_key(|o| o.toks.0)
            };
            let Some(o) = next else { break };
            // ("signed by Saidov and his Afghan counterpart Amir Khan Muttaqi": rightward
            // too, the title before the next name belongs to it.)
            let (ga, gb) = if leftward {
                (o.toks.1, title.unwrap_or(cur.toks.0))
            } else {
                (cur.toks.1, self.title_start(o, cur.toks.1))
            };
            // ("Meredov and acting Foreign Minister … Muttaqi": a word of tenure before a
            // title the name's phrase starts with.)
            let joined = (ga..gb).all(|k| {
                matches!(self.w(k), "and" | "," | "as" | "well" | "or" | "the" | "a" | "an")
                    || k > ga
                        && self.w(k - 1) == "and"
                        && matches!(self.w(k), "acting" | "former" | "interim" | "outgoing")
                    // "The United States and international rights groups condemned …": an
                    // adjective of scope before a group noun.
                    || k > ga
                        && k + 1 == gb
                        && self.w(k - 1) == "and"
                        && matches!(self.w(k), "international" | "local" | "other" | "several" | "independent")
                        && matches!(if leftward { cur.kind } else { o.kind }, MentionKind::Agent)
            })
                // "… and his counterpart": a possessive before the title of the next.
                || gb == ga + 2
                    && self.w(ga) == "and"
                    && matches!(self.w(ga + 1), "his" | "her" | "their")
                    && (leftward && title.is_some()
                        || !leftward
                            && matches!(o.kind, MentionKind::Agent | MentionKind::Person)
                            && (o.toks.0..o.toks.1.max(o.toks.0 + 1))
                                .chain(gb..o.toks.0)
                                .any(|k| matches!(self.w(k), "counterpart" | "counterparts")));
            if !joined || ga == gb {
                break;
            }
            // "The US commander in Iraq, General David Petraeus": a place phrase before an
            // appositive comma is no conjunct ("in Britain and the United States" is).
            if self.is_locative(o) && cur.kind == MentionKind::Person && (ga..gb).all(|k| self.w(k) == ",") {
                break;
            }
            // "The Chinese ambassador to Kazakhstan, Zhang Xiao, denied", "The U.S. envoy to
            // the U.N., Linda Thomas-Greenfield": nor is the body or country an envoy is
            // posted to.
            if cur.kind == MentionKind::Person
                && (ga..gb).all(|k| self.w(k) == ",")
                && matches!(preceded_by_preposition(self.text, self.tokens, o), Some("to" | "at"))
            {
                break;
            }
            // "According to the Uzbek foreign ministry, the two sides discussed", "According
            // to a statement from the Kyrgyz presidency, …": the source of a report is no
            // party to it.
            if (ga..gb).all(|k| self.w(k) == ",")
                && (o.toks.0.saturating_sub(8)..o.toks.0)
                    .rev()
                    .take_while(|&k| self.w(k) != ",")
                    .any(|k| k >= 1 && self.w(k) == "to" && self.w(k - 1).eq_ignore_ascii_case("according"))
            {
                break;
            }
            // "Under pressure from Washington, Kyiv agreed …", "At the invitation of Xi
            // Jinping, Tokayev visited …": the object of a preposition set off by a comma
            // before the last name is no conjunct (a list joins its last name with "and").
            // (Rightward, "pressure from Washington, Kyiv …" names no list either, unless
            // another comma or an "and" follows: "sanctions on Russia, Iran and Syria".)
            if out.len() == 1
                && (ga..gb).all(|k| self.w(k) == ",")
                && (leftward && preceded_by_preposition(self.text, self.tokens, o).is_some()
                    || !leftward
                        && preceded_by_preposition(self.text, self.tokens, cur).is_some()
                        && !matches!(self.w(o.toks.1), "," | "and" | "or"))
            {
                break;
            }
            // "The head of the CPC International Department, Liu Jianchao, met …", "met
            // China's foreign minister, Wang Yi, in Astana": a title phrase and the name set
            // off after it by commas are one person, named by the name unless attache knows
            // neither a country nor an organisation code for it.
            if (ga..gb).all(|k| self.w(k) == ",") {
                let (title, person) = if leftward { (o, cur) } else { (cur, o) };
                if person.kind == MentionKind::Person
                    && title.kind == MentionKind::Agent
                    && matches!(self.w(person.toks.1), "," | "." | "in" | "on" | "at" | "during")
                    && (title.toks.0..title.toks.1).any(|k| {
                        self.tokens[k].kind == TokenKind::Word
                            && self.kb.title_phrases.contains(self.w(k).to_ascii_lowercase().as_str())
                    })
                {
                    // (The title tells the country of a name attache does not know: "A
                    // member of the Syrian parliament, Mohammed Mamoun, …"; where the two
                    // disagree and the name is not in the knowledge base, both stay.)
                    let known = person
                        .entity
                        .is_some_and(|e| matches!(self.entities[e].provenance, attache_model::Provenance::Kb(_)));
                    let agree = title.countries.is_empty() || title.countries == person.countries;
                    let placeless = person.countries.is_empty() && person.code.is_none();
                    if placeless || known || agree {
                        let keep = if placeless { title } else { person };
                        out.pop();
                        out.push(keep);
                        break;
                    }
                }
            }
            out.push(o);
            cur = o;
        }
        out
    }

    /// The first token from `k` on that is no article or possessive determiner ("the",
    /// "its"): where the noun phrase that starts at `k` names its head or its party.
    /// The "that" opening the clause a verb (tokens `t0..t1`) takes: within four words
    /// after it ("warned on Wednesday that …"), or ending the trigger's phrase itself.
    fn that_after(&self, t0: usize, t1: usize, sb: usize) -> Option<usize> {
        (t1..(t1 + 4).min(sb))
            .take_while(|&k| self.tokens[k].kind == TokenKind::Word)
            .find(|&k| self.w(k) == "that")
            .or_else(|| (t1 > t0 + 1 && self.w(t1 - 1) == "that").then(|| t1 - 1))
    }

    fn after_determiners(&self, mut k: usize) -> usize {
        while DETERMINERS.contains(&self.w(k)) {
            k += 1;
        }
        k
    }

    fn clause_of(&self, trig: (usize, usize), sa: usize, sb: usize) -> Clause {
        // A cue of speech opens the clause of what was said; one that is also a modality
        // cue ("wants to", a stance and an intent) governs the verb after it, whose
        // clause it stays in.
        // "New sanctions were announced by Washington": a cue in the passive with its agent
        // after it is no speech.
        let speech = |k: usize| {
            let here = self.phrases_in(k, k + 1);
            // "Iran responded with a missile attack", "responded by expelling two
            // diplomats": an answer in deeds stays in the answerer's clause.
            let answer = matches!(self.w(k + 1), "with" | "by")
                && crate::statements::answer_verb(&self.w(k).to_ascii_lowercase());
            !(answer || k > sa && BE.contains(&self.w(k - 1)) && self.w(k + 1) == "by")
                && here.iter().any(|p| {
                    matches!(p.target, PhraseRef::Cue(c) if self.kb.cues[c as usize].kind == CueKind::Speech)
                        && !here.iter().any(|q| q.toks == p.toks && matches!(q.target, PhraseRef::Modality(_)))
                })
        };
        let mut start = sa;
        // "The journalist, who had criticised the president, was arrested": a cue inside
        // a relative clause set off by commas before the verb opens no clause of it.
        let relative = self.closed_relative_before(sa, trig.0);
        for k in (sa..trig.0).rev() {
            if relative.is_some_and(|(j, c)| k > j && k < c) {
                continue;
            }
            // "An activist who criticised the government was detained": nor does a cue of
            // criticism in a restrictive relative clause before a passive verb.
            if k > sa
                && self.w(k - 1) == "who"
                && trig.0 > k + 2
                && matches!(self.w(trig.0 - 1), "was" | "were")
                && ["critici", "condemn"].iter().any(|p| self.w(k).starts_with(p))
            {
                continue;
            }
            let w = self.w(k);
            // "claimed responsibility for the attack" says who did it, not what was said.
            let claim = |k: usize| {
                k + 2 < sb && {
                    let r = if self.w(k + 1) == "full" { k + 2 } else { k + 1 };
                    self.w(r) == "responsibility" && claims_responsibility(self, r, k) == Some(k)
                }
            };
            if w == ";" || w == "that" && k > sa || speech(k) && !claim(k) {
                start = k + 1;
                break;
            }
            // "summoned the Russian ambassador after a television host called for the
            // annexation of …": a verb whose subject, a common noun phrase, follows a
            // conjunction of time opens its clause there; the main clause's subject is
            // not its actor.
            if trig.0 >= k + 3
                && trig.0 <= k + 5
                && matches!(w, "after" | "before" | "since")
                && (k + 1..trig.0).all(|j| self.tokens[j].kind == TokenKind::Word && !self.tokens[j].cap)
                && self.mentions_in(k + 1, trig.0).is_empty()
                && self.opens_subordinate(k, sb)
            {
                start = k + 1;
                break;
            }
        }
        let mut end = sb;
        // Only a closing reporting clause ("..., officials said on Monday."): in "Following
        // talks with X, both leaders reaffirmed …" the speaker is a party.
        // What follows a comma after the cue is an afterthought ("…, police said on Sunday,
        // the latest in a wave of kidnappings").
        // ("Following talks with X, both leaders reaffirmed their commitment to a free,
        // safe and open Indian Ocean" closes nothing: only a time or place may stand
        // between the cue and such a comma.)
        let closing = |k: usize| {
            if !(k + 1..sb).any(|j| matches!(self.w(j), "that" | "," | "\"")) {
                return (k + 1..sb).len() <= 8;
            }
            let Some(comma) = (k + 1..sb).find(|&j| self.w(j) == ",") else { return false };
            let first = self.w(k + 1);
            (k + 1..comma).len() <= 6
                && !(k + 1..comma).any(|j| matches!(self.w(j), "that" | "\""))
                && (comma == k + 1 || opens_time_phrase(first))
        };
        let comma_before = |k: usize| (trig.1..k).rev().take(16).find(|&c| self.w(c) == ",");
        // "…, killing eight people, Syrian state media reported": a closing clause of media
        // reporting, its reporter named right before the verb, is a reporting clause too.
        let report = |k: usize| {
            self.phrases_in(k, k + 1).iter().any(|p| {
                p.toks.0 == k
                    && matches!(p.target, PhraseRef::Cue(c) if self.kb.cues[c as usize].kind == CueKind::Report)
            }) && k > 0
                && self.mentions_in(trig.1, k).iter().any(|m| m.toks.1 == k)
                && closing(k)
                && comma_before(k).is_some()
        };
        // "Russian troops shelled the town, according to Ukrainian officials": whoever a
        // source phrase names told of the act and is no party to it.
        let according = |k: usize| {
            self.phrases_in(k, k + 1).iter().any(|p| {
                p.toks.0 == k
                    && matches!(p.target, PhraseRef::Cue(c) if self.kb.cues[c as usize].kind == CueKind::According)
            })
        };
        // "…, Lebanese security sources said": a hedge that spells out an attribution of
        // speech closes the clause as the speech would.
        let hedged_speech = |k: usize| {
            self.phrases_in(k, k + 1).iter().find_map(|p| {
                (p.toks.0 == k
                    && p.toks.1 > k + 1
                    && matches!(p.target, PhraseRef::Modality(mi) if self.kb.modality[mi as usize].modality == CueModality::Hedge)
                    && ATTRIBUTION_VERBS.contains(&self.w(p.toks.1 - 1)))
                .then_some(p.toks.1)
            })
        };
        let mut hedges_to = sb;
        for k in trig.1..sb {
            let w = self.w(k);
            // Most words start no phrase: look the cues up only where one starts.
            let hedge_end = if self.phrases_in(k, k + 1).is_empty() { None } else { hedged_speech(k) };
            let cue = !self.phrases_in(k, k + 1).is_empty() && (speech(k) || report(k) || according(k))
                || hedge_end.is_some();
            if w == ";" || cue || (w == "," && matches!(self.w(k + 1), "which" | "who" | "while" | "but" | "and")) {
                end = k;
                // "Israeli troops shelled the town, medics said": the speaker of a reporting
                // clause after a comma is no party to the act.
                if cue && closing(k) {
                    if let Some(c) = comma_before(k) {
                        end = c;
                    }
                }
                hedges_to = hedge_end.unwrap_or(end);
                break;
            }
        }
        // "Armenia, which froze its participation last year, did not send troops": a relative
        // clause set off by commas ends at its closing comma, before the main clause's verb
        // (a lowercase word that is no article and names no one: "Putin, Xi and Modi",
        // "merchants, diplomats and students" and "Astana, the capital" are lists and
        // appositions inside it).
        let relative = (start.max(1)..trig.0)
            .rev()
            .take_while(|&k| self.w(k) != ",")
            .any(|k| matches!(self.w(k), "which" | "who") && self.w(k - 1) == ",");
        if relative {
            if let Some(c) = (trig.1..end).find(|&k| self.w(k) == ",") {
                let next = self.w(c + 1);
                if next.starts_with(|ch: char| ch.is_ascii_lowercase())
                    && !DETERMINERS.contains(&next)
                    && !matches!(next, "and" | "or" | "but" | "including" | "as" | "such")
                    && self.mentions_in(c + 1, c + 2).is_empty()
                {
                    end = c;
                }
            }
        }
        // "After visiting Moscow, Modi flew to Vienna": an opening participle clause ends at
        // its comma, and the main clause starts after it.
        if let Some(c) = self.intro_participle(sa, sb) {
            if trig.0 > c {
                start = start.max(c + 1);
            } else if trig.0 == sa + 1 {
                end = end.min(c);
            }
        }
        // "Although Moscow withdrew its troops, the EU did not lift sanctions": so does a
        // subordinate clause of its own subject and verb.
        if let Some(c) = self.intro_subordinate(sa, sb) {
            if trig.0 > c {
                start = start.max(c + 1);
            } else if trig.1 <= c {
                end = end.min(c);
            }
        }
        Clause { start, end, hedges_to: hedges_to.max(end) }
    }

    /// The comma that closes a subordinate clause opening sentence `sa..sb` ("Unless
    /// Moscow withdraws its troops, …", "Although talks resumed, …"): the first comma
    /// after a trigger, within 20 words.
    fn intro_subordinate(&self, sa: usize, sb: usize) -> Option<usize> {
        if sa + 3 >= sb
            || !is_one_of(
                self.w(sa),
                &["if", "unless", "although", "though", "because", "once", "whereas", "while", "when", "until"],
            )
        {
            return None;
        }
        let c = (sa + 2..sb.min(sa + 20)).find(|&k| matches!(self.w(k), "," | ";" | "\""))?;
        let first_trigger = self.tokens.get(sa + 1)?.span.start;
        let verb =
            self.triggers.iter().any(|h| h.span.start >= first_trigger && h.span.end <= self.tokens[c].span.start);
        (verb && self.w(c) == "," && c + 1 < sb).then_some(c)
    }

    /// The comma that closes a participle clause opening sentence `sa..sb` ("After
    /// meeting Xi, Putin said…", "While visiting Tashkent, the chancellor…"), if the
    /// sentence opens with one.
    fn intro_participle(&self, sa: usize, sb: usize) -> Option<usize> {
        let first = self.w(sa);
        if sa + 3 >= sb
            || !is_one_of(first, &["after", "before", "while", "since", "upon", "when"])
            || !self.w(sa + 1).ends_with("ing")
            || !self.w(sa + 1).bytes().all(|b| b.is_ascii_lowercase())
        {
            return None;
        }
        (sa + 2..sb.min(sa + 16)).find(|&k| self.w(k) == ",").filter(|&c| c + 1 < sb)
    }

    /// Whether a conjunction of time or cause at `k` opens a clause of its own, a name and
    /// its verb after it: "raided the camp as Palestinian officials met in Ramallah".
    fn opens_subordinate(&self, k: usize, end: usize) -> bool {
        // "recalled its ambassador after a cross-border attack killed 12 soldiers": "after",
        // "before" and "since" open a clause when a finite verb follows a noun phrase of
        // up to four words opened by an article or a possessive ("after his remarks
        // angered Moscow"), or a name. Only one that runs to the end:
        // after a comma the main clause may go on ("…since the withdrawal started,
        // inflicting heavy casualties on government forces").
        let time = matches!(self.w(k), "after" | "before" | "since");
        if time && (k + 1..end).any(|j| matches!(self.w(j), "," | ";")) {
            return false;
        }
        if k > 0 && time && matches!(self.w(k + 1), "a" | "an" | "the" | "his" | "her" | "its" | "their") {
            let finite = (k + 3..(k + 6).min(end)).find(|&j| {
                let v = self.w(j);
                (v.len() > 4 && v.ends_with("ed") || matches!(v, "struck" | "hit" | "shot" | "blew" | "fell" | "broke"))
                    && self.tokens[j].kind == TokenKind::Word
                    && !self.tokens[j].cap
            });
            if finite.is_some_and(|j| {
                (k + 2..j).all(|i| {
                    self.tokens[i].kind == TokenKind::Word
                        && !matches!(self.w(i), "by" | "of" | "with" | "and" | "in" | "on")
                })
            }) {
                return true;
            }
        }
        k > 0
            && matches!(
                self.w(k),
                "as" | "while" | "when" | "because" | "until" | "whereas" | "after" | "before" | "since"
            )
            && !matches!(self.w(k - 1), "such" | "well" | "so" | "just")
            && self.mentions_in(k + 1, (k + 4).min(end)).iter().any(|m| {
                m.is_actor()
                    && (m.toks.0 == k + 1 || m.toks.0 == k + 2 && self.w(k + 1) == "the")
                    && m.toks.1 < end
                    && {
                        let v = self.w(m.toks.1);
                        v.ends_with("ed") || BE.contains(&v) || matches!(v, "said" | "met" | "held" | "had")
                    }
            })
    }

    /// "met Kazakhstan's President Tokayev", "sanctioned Russia's Gazprom Neft": the
    /// person or organisation of a sector that a country's possessive owns, right after it
    /// (capitalised title words between), stands for the country's name as a party.
    fn owned_party(&self, m: &'a Mention) -> &'a Mention {
        if m.kind != MentionKind::Country
            || m.sector.is_some()
            || self.tokens.get(m.toks.1).is_none_or(|t| t.kind != TokenKind::Possessive)
        {
            return m;
        }
        let from = m.toks.1 + 1;
        self.mentions_in(from, from + 3)
            .iter()
            .find(|o| {
                o.is_actor()
                    && matches!(o.kind, MentionKind::Person | MentionKind::Organization)
                    && o.countries == m.countries
                    && (o.sector.is_some() || o.code.is_some())
                    && (from..o.toks.0).all(|k| self.tokens[k].cap && self.tokens[k].kind == TokenKind::Word)
            })
            .unwrap_or(m)
    }

    /// Whether `m`, a country's adjective, opens a phrase of its nationals ("Chinese
    /// workers", "Russian citizens"): people often named so abroad.
    fn names_nationals(&self, m: &Mention) -> bool {
        m.kind == MentionKind::Country
            && self.mentions_in(m.toks.0, m.toks.1).iter().any(|o| {
                o.kind == MentionKind::Agent
                    && o.toks.0 == m.toks.0
                    && o.toks.1 > m.toks.1
                    && crate::recognise::is_nationals_noun(self.w(o.toks.1 - 1))
            })
    }

    fn participants(&self, ms: &[&'a Mention], fill_country: Option<&str>) -> Vec<Participant> {
        let mut out: Vec<Participant> = Vec::new();
        for m in ms {
            let m = &self.owned_party(m);
            let domestic = matches!(
                m.sector.as_deref(),
                Some(
                    "COP"
                        | "CVL"
                        | "OPP"
                        | "REB"
                        | "INS"
                        | "SEP"
                        | "LAB"
                        | "EDU"
                        | "REL"
                        | "AGR"
                        | "CRM"
                        | "REF"
                        | "JUD"
                        | "BUS"
                        | "MED"
                        | "HLH"
                        | "HRI"
                        | "ENV"
                        | "SPY"
                )
            );
            // The mention's countries, or the one filled in for a domestic sector (read in
            // place: the participants copy only what they keep).
            // A place the gazetteer lacks ("the village of Vorukh", "Afganistan") is no one
            // an event can be coded for.
            if m.kind == MentionKind::Place && m.countries.is_empty() && m.code.is_none() {
                continue;
            }
            let fill = fill_country.filter(|_| {
                m.countries.is_empty()
                    && m.code.is_none()
                    && domestic
                    && !crate::recognise::from_abroad(self.text, m.span)
            });
            // "Azerbaijani and Turkish troops": a country's adjective joined to the
            // adjective of a party of a sector shares that party's noun and sector.
            let shared = (m.kind == MentionKind::Country && m.sector.is_none() && self.w(m.toks.1) == "and")
                .then(|| ms.iter().find(|o| o.toks.0 == m.toks.1 + 1 && o.kind != MentionKind::Country))
                .flatten()
                .filter(|o| {
                    let word = &self.text[m.span.start..m.span.end];
                    m.countries.first().is_some_and(|c| self.adjective_only(c, word))
                        && o.countries.len() == 1
                        && o.sector.is_some()
                        && self.kb.country(&o.countries[0]).is_some_and(|c| {
                            let first = self.w(o.toks.0);
                            c.adjectives.iter().any(|a| a == first)
                        })
                })
                .and_then(|o| o.sector.clone());
            if let (Some(sector), [c]) = (shared, m.countries.as_slice()) {
                out.push(Participant {
                    entity: m.entity,
                    implicit: false,
                    code: [c.as_str(), sector.as_str()].concat(),
                    country: Some(c.clone()),
                    sector: Some(sector),
                    span: m.span,
                });
                continue;
            }
            if m.countries.is_empty() && fill.is_none() {
                let code = m.code.clone().or_else(|| m.sector.clone()).unwrap_or_default();
                let sector = m.sector.clone();
                out.push(Participant { entity: m.entity, code, country: None, sector, span: m.span, implicit: false });
                continue;
            }
            for c in m.countries.iter().map(String::as_str).chain(fill) {
                let code = [c, m.sector.as_deref().unwrap_or("")].concat();
                if out.iter().any(|p| p.code == code && p.entity == m.entity) {
                    continue;
                }
                out.push(Participant {
                    entity: m.entity,
                    implicit: false,
                    code,
                    country: Some(c.to_string()),
                    sector: m.sector.clone(),
                    span: m.span,
                });
            }
        }
        out
    }
}

/// "Russia said Sudan must return the helicopter": a statement whose content opens with
/// an actor followed by "must" or "should" is a demand by the speaker on that actor
/// (REQUEST, CAMEO 100), whatever the demanded act is.
pub fn demands(input: &Input, statements: &[Statement]) -> Vec<Event> {
    let tokens = input.tokens;
    let Some(code) = input.kb.cameo_code("100") else { return Vec::new() };
    let mut out = Vec::new();
    for st in statements {
        let Some(sp) = st.speaker_span else { continue };
        let a = tokens.partition_point(|t| t.span.end <= st.content.start);
        let b = tokens.partition_point(|t| t.span.start < st.content.end);
        let Some(k) = (a + 1..b.min(a + 10)).find(|&k| matches!(input.w(k), "must" | "should")) else { continue };
        // The speaker is read only for a content that makes a demand.
        let speaker: Vec<&Mention> = input
            .mentions
            .iter()
            .filter(|m| !m.absorbed && m.kind != MentionKind::Place && sp.contains(m.span))
            .collect();
        // "Washington must stop arming Taiwan": a capital that acts stands for its government.
        let mut target: Vec<&Mention> = input
            .mentions
            .iter()
            .filter(|m| {
                !m.absorbed && m.toks.1 == k && m.toks.0 >= a && (m.kind != MentionKind::Place || m.sector.is_some())
            })
            .collect();
        // "the Sudanese government and the rebels in Darfur must": a subject of conjuncts,
        // or one placed by a locative, ends before "must" with no verb between.
        if target.is_empty() && (a..k).all(|j| !input.triggers.iter().any(|h| h.span.contains(tokens[j].span))) {
            target = input
                .mentions
                .iter()
                .filter(|m| !m.absorbed && m.toks.0 >= a && m.toks.1 < k && m.kind != MentionKind::Place)
                .filter(|m| {
                    (m.toks.1..k).all(|j| tokens[j].kind == TokenKind::Word && !matches!(input.w(j), "said" | "that"))
                })
                .collect();
        }
        let (actors, recipients) = (input.participants(&speaker, None), input.participants(&target, None));
        if actors.is_empty() || recipients.is_empty() {
            continue;
        }
        out.push(Event {
            plover: code.plover.unwrap_or(Plover::REQUEST),
            mode: code.mode.clone(),
            cameo: code.code.clone(),
            goldstein: code.goldstein,
            actors,
            recipients,
            date: input.anchor.map(PartialDate::Day),
            date_source: input.anchor_source,
            location: None,
            modality: Modality::Asserted,
            trigger: tokens[k].span,
            sentence: st.sentence,
            report_sources: Vec::new(),
            rule: format!("demand: a statement that {} {}", input.w(k - 1), input.w(k)),
        });
    }
    out
}

/// The index [`Input::phrase_starts`] of `phrases` (sorted by their first token) over
/// `tokens` tokens: clause boundaries ask for the phrases at every token.
pub fn phrase_starts(phrases: &[PhraseHit], tokens: usize) -> Vec<u32> {
    let mut out = Vec::with_capacity(tokens + 1);
    let mut n = 0;
    for k in 0..=tokens {
        while n < phrases.len() && phrases[n].toks.0 < k {
            n += 1;
        }
        out.push(n as u32);
    }
    out
}

pub fn code<'a>(input: &Input<'a>) -> (Vec<Event>, Vec<Diagnostic>) {
    let kb = input.kb;
    let triggers = input.triggers;
    let mut events: Vec<Event> = Vec::new();
    let mut diagnostics = Vec::new();
    let tokens = input.tokens;

    // Tokens right after a trigger: a mention there is the trigger's object, not a subject.
    let mut after_trigger = vec![false; tokens.len() + 1];
    for h in triggers {
        let end = tokens.partition_point(|t| t.span.start < h.span.end);
        // ("The visiting Iranian delegation met…": an adjective, the subject follows it.)
        let adjective = end >= 2
            && input.token_text[end - 1].eq_ignore_ascii_case("visiting")
            && matches!(input.token_text[end - 2].to_ascii_lowercase().as_str(), "the" | "a" | "an");
        // ("Iranian-backed Houthi rebels attacked": a trigger after a hyphen inside a word
        // is part of a modifier, and the name after it is no object.)
        let start = tokens.partition_point(|t| t.span.end <= h.span.start);
        let modifier = tokens.get(start).is_some_and(|t| {
            t.span.start < h.span.start
                && !matches!(
                    input.text[t.span.start..h.span.start].to_ascii_lowercase().as_str(),
                    "re-" | "co-" | "counter-"
                )
        });
        after_trigger[end] |= !adjective && !modifier;
    }
    // "told reporters that…", "an official told reporters, warning…": whom a speaker
    // tells is the addressee, never the subject of what follows.
    let object_position = |m: &Mention| -> bool {
        let mut k = m.toks.0;
        while k > 0 && DETERMINERS.contains(&input.w(k - 1).to_ascii_lowercase().as_str()) {
            k -= 1;
        }
        // (Only articles are passed over: in "told her the Taliban had banned", "her" is
        // the addressee.)
        let mut j = m.toks.0;
        if j > 0 && matches!(input.w(j - 1), "the" | "a" | "an") {
            j -= 1;
        }
        // ("dissolved parliament and called early elections": so is the object of a verb
        // of office that names no event; not a participle that qualifies the name, "newly
        // appointed Prime Minister Ismail Haniyeh".)
        after_trigger[k]
            || j > 0
                && (j < 2 || {
                    let before = input.w(j - 2);
                    !before.ends_with("ly") && !DETERMINERS.contains(&before.to_ascii_lowercase().as_str())
                })
                && matches!(
                    input.w(j - 1),
                    "told"
                        | "tells"
                        | "tell"
                        | "telling"
                        | "briefed"
                        | "dissolved"
                        | "dissolves"
                        | "dismissed"
                        | "sacked"
                        | "appointed"
                        | "reshuffled"
                        | "convened"
                        | "addressed"
                )
    };

    // Countries by how often the article names them, most named first. Those who comment
    // on the story (research institutes, their analysts, the media) do not make its
    // countries.
    let doc_countries: Vec<(String, usize)> = {
        let mut counts: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
        for m in input.mentions.iter().filter(|m| {
            matches!(
                m.kind,
                MentionKind::Country | MentionKind::Place | MentionKind::Person | MentionKind::Organization
            ) && m.countries.len() == 1
                && !matches!(m.sector.as_deref(), Some("EDU" | "MED"))
        }) {
            *counts.entry(m.countries[0].as_str()).or_default() += 1;
        }
        let mut v: Vec<(String, usize)> = counts.into_iter().map(|(c, n)| (c.to_string(), n)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    };
    // Tokens inside quotation marks, per sentence (an unclosed quote ends with its sentence).
    let mut in_quote = vec![false; tokens.len()];
    for &(sa, sb) in input.sentences {
        let mut open = false;
        for (k, flag) in in_quote.iter_mut().enumerate().take(sb).skip(sa) {
            let w = input.token_text[k];
            if matches!(w, "\"" | "“" | "”" | "``" | "''") {
                open = match w {
                    "“" | "``" => true,
                    "”" | "''" => false,
                    _ => !open,
                };
                continue;
            }
            *flag = open;
        }
    }
    // The dateline's date ("ASTANA, Oct. 15 (Xinhua) --") is when the story was filed, not
    // the day of its lead event: the story date is read from the body.
    let body_start = input.sentences.first().and_then(|&(a, _)| tokens.get(a)).map_or(0, |t| t.span.start);
    let story_date = input.anchor.and_then(|anchor| {
        input.dates.iter().filter(|d| d.span.start >= body_start).find_map(|d| {
            match dates::resolve(d.kind, anchor, false) {
                Some(PartialDate::Day(day)) if day <= anchor && (anchor - day).num_days() <= 7 => {
                    Some(PartialDate::Day(day))
                }
                _ => None,
            }
        })
    });

    // Tokens inside a date expression.
    let mut date_token = vec![false; tokens.len() + 1];
    for d in input.dates {
        let a = tokens.partition_point(|t| t.span.end <= d.span.start);
        let b = tokens.partition_point(|t| t.span.start < d.span.end);
        for flag in date_token.iter_mut().take(b).skip(a) {
            *flag = true;
        }
    }
    let in_date = |k: usize| date_token.get(k).copied().unwrap_or(false);
    // Whether a verb trigger ends right before token `k`.
    let ends_verb_trigger = |k: usize| {
        triggers.iter().any(|h| {
            tokens.partition_point(|t| t.span.start < h.span.end) == k
                && h.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
        })
    };
    // "A bomb killed three soldiers": a verb trigger right before `k` that follows a
    // determiner is a noun, the subject of the verb at `k`.
    let after_a_noun_trigger = |k: usize| {
        triggers.iter().any(|h| {
            let a = tokens.partition_point(|t| t.span.end <= h.span.start);
            tokens.partition_point(|t| t.span.start < h.span.end) == k
                && a > 0
                && matches!(input.w(a - 1).to_ascii_lowercase().as_str(), "a" | "an" | "the")
        })
    };

    // The scene of the story: the town where a meeting or signing took place ("arrived in
    // Tashkent for an official visit"), and the countries of its parties. Later events of
    // the same parties without a place phrase of their own happened there, not at the
    // dateline, where the reporter files from. Without a dateline they stay without a
    // place: a long feature moves between places.
    let mut scene: Option<(Place, Vec<String>)> = None;
    for (si, &(sa, sb)) in input.sentences.iter().enumerate() {
        if sa >= sb {
            continue;
        }
        let sspan = Span::new(tokens[sa].span.start, tokens[sb - 1].span.end);
        let (dl, dh) = (
            input.dates.partition_point(|d| d.span.start < sspan.start),
            input.dates.partition_point(|d| d.span.start < sspan.end),
        );
        let sentence_dates: Vec<&DateExpr> =
            input.dates[dl..dh.max(dl)].iter().filter(|d| sspan.contains(d.span)).collect();
        let (tl, th) = (
            triggers.partition_point(|h| h.span.start < sspan.start),
            triggers.partition_point(|h| h.span.start < sspan.end),
        );
        let sentence_triggers = &triggers[tl..th.max(tl)];
        let first_event = events.len();
        for hit in sentence_triggers.iter().filter(|h| sspan.contains(h.span)) {
            let t0 = tokens.partition_point(|t| t.span.end <= hit.span.start);
            let t1 = tokens.partition_point(|t| t.span.start < hit.span.end);
            if t0 >= t1 {
                continue;
            }
            // "visa-free travel", "anti-war rally", "Iranian-backed militias": a trigger
            // after a hyphen inside a word is part of a modifier, not an act; but
            // "re-elected", "co-operation" and "counter-attack" are the act itself.
            if tokens[t0].span.start < hit.span.start
                && !matches!(
                    input.text[tokens[t0].span.start..hit.span.start].to_ascii_lowercase().as_str(),
                    "re-" | "co-" | "counter-"
                )
            {
                continue;
            }
            // ("U.S.-backed resolution": the same after an abbreviation's full stop, which
            // the tokeniser splits off; "U.S.-brokered" still names a mediation.)
            if input.text[..hit.span.start].ends_with('-')
                && input.text[..hit.span.start - 1].chars().next_back().is_some_and(|c| c == '.' || c.is_alphanumeric())
                && tokens[t0].span.start == hit.span.start
                && !hit.targets.iter().any(|&i| kb.lexicon[i as usize].cameo == "045")
            {
                continue;
            }
            // A trigger word inside a name ("Belt and Road Forum", "Support Center") is no trigger.
            if input
                .mentions_in(sa, t1)
                .iter()
                .any(|m| m.kind != MentionKind::Agent && m.span.contains(hit.span) && m.span != hit.span)
            {
                continue;
            }
            let Some(&lex_i) = hit.targets.first() else { continue };
            // "Belarus will host Russian nuclear weapons": a row's `unless` words heading
            // its object (the words after the trigger up to a preposition or a mark)
            // make the phrasing no act of that row.
            if hit.targets.iter().any(|&i| object_cancels(&kb.lexicon[i as usize], input, t1, sb)) {
                continue;
            }
            // "to deal with North Korea's nuclear threat", "must deal with the crisis": the
            // verb "deal with" is no deal.
            if matches!(input.w(t0), "deal" | "deals" | "dealing" | "dealt")
                && t1 == t0 + 1
                && input.w(t1) == "with"
                && (matches!(input.w(t0), "dealing" | "dealt")
                    || t0 > sa
                        && (MODALS.contains(&input.w(t0 - 1))
                            || matches!(input.w(t0 - 1), "not" | "they" | "we" | "help")))
            {
                continue;
            }
            // "As the White House talks about the possibility of …", "Putin talks about
            // Ukraine": "talks about" after a person, a body or a pronoun is speech, no
            // meeting ("U.S.-Russia talks about Ukraine" is the noun).
            if input.w(t0) == "talks"
                && t1 == t0 + 1
                && input.w(t1) == "about"
                && t0 > sa
                && (matches!(input.w(t0 - 1), "he" | "she" | "it")
                    || input
                        .mentions_in(sa, t0)
                        .iter()
                        .any(|m| m.toks.1 == t0 && matches!(m.kind, MentionKind::Person | MentionKind::Organization)))
            {
                continue;
            }
            // "their strong negotiating stance", "a negotiating team": a participle that
            // qualifies a noun of manner or of people reports no act.
            if input.w(t0).ends_with("ing")
                && t1 == t0 + 1
                && matches!(
                    input.w(t1),
                    "stance"
                        | "position"
                        | "positions"
                        | "posture"
                        | "team"
                        | "teams"
                        | "tactic"
                        | "tactics"
                        | "skills"
                        | "power"
                        | "strategy"
                        | "leverage"
                        | "partner"
                        | "partners"
                        | "style"
                        | "mandate"
                        | "chip"
                )
            {
                continue;
            }
            // "its own domestic law against deporting people", "the ban on exporting grain": a
            // gerund after a rule's noun and its preposition is what the rule forbids, no act.
            if input.w(t0).ends_with("ing")
                && t0 >= sa + 2
                && matches!(input.w(t0 - 1), "against" | "on")
                && matches!(
                    input.w(t0 - 2),
                    "law"
                        | "laws"
                        | "ban"
                        | "bans"
                        | "rule"
                        | "rules"
                        | "prohibition"
                        | "treaty"
                        | "convention"
                        | "norm"
                        | "norms"
                        | "taboo"
                        | "legislation"
                        | "principle"
                        | "moratorium"
                )
            {
                continue;
            }
            // "signed a reciprocal access agreement allowing their troops to train …", "a law
            // allowing police to detain suspects": what a text allows is its content, not an
            // act of its own.
            if matches!(input.w(t0), "allowing" | "permitting")
                && t0 > sa
                && matches!(
                    input.w(t0 - 1),
                    "agreement"
                        | "agreements"
                        | "treaty"
                        | "deal"
                        | "law"
                        | "laws"
                        | "bill"
                        | "decree"
                        | "resolution"
                        | "amendment"
                        | "amendments"
                        | "accord"
                        | "pact"
                        | "legislation"
                        | "rules"
                        | "order"
                )
            {
                continue;
            }
            // "rammed the bill through parliament": what is rammed through is passed by
            // force of votes, not struck.
            if matches!(input.w(t0), "rammed" | "ramming")
                && (t1..(t1 + 6).min(sb))
                    .find(|&k| matches!(input.w(k), "through" | "," | ";"))
                    .is_some_and(|k| input.w(k) == "through")
            {
                continue;
            }
            // "The African Union suspended Madagascar": the bare verb of suspending is an act
            // on a state only when the state's name is its whole object ("suspended Mali
            // from the bloc", "was suspended from the AU"); suspending anything else is
            // another row's act ("suspended flights") or none ("suspended the hearing").
            if t1 == t0 + 1
                && matches!(input.w(t0), "suspended" | "suspends" | "suspend" | "suspending")
                && kb.lexicon[lex_i as usize].plover == Plover::SANCTION
            {
                let object_state =
                    input.mentions_in(t1, t1 + 1).iter().filter(|m| m.kind == MentionKind::Country).any(|m| {
                        m.toks.1 >= tokens.len()
                            || !tokens[m.toks.1].is_word()
                            || SUSPENDED_FROM.contains(&input.w(m.toks.1))
                    });
                let passive_from = t0 > sa && BE.contains(&input.w(t0 - 1)) && input.w(t1) == "from";
                if !object_state && !passive_from {
                    continue;
                }
            }
            let prev = if t0 > sa { input.w(t0 - 1).to_ascii_lowercase() } else { String::new() };
            // A noun reading when a determiner or adjective precedes, else the verb reading.
            // "Palestinian riots against …": a country adjective (not a plural demonym,
            // "Palestinians riot") is an adjective before a noun.
            let lex_i = if hit.targets.len() > 1 {
                // "Chinese demand for soybeans": the bare singular "demand" after an
                // adjective is the market's.
                // "Suga's expected visit is aimed at": a form right before "is" is a noun.
                // "demanded Lai's release": after a possessive, a noun.
                // "Shelling by Ukrainian forces killed …", "wounded in shelling of the town
                // by …": a form in "-ing" opening the sentence or after a preposition, with
                // "by" or "of" after it, heads a noun phrase. "Russian forces continued
                // shelling of the city": so does one with "of" after it anywhere but after
                // an auxiliary ("are warning of reprisals" is a verb), and one with "between"
                // ("where fighting between the army and paramilitary forces has displaced
                // millions").
                let gerund_phrase = input.w(t0).ends_with("ing")
                    && t1 == t0 + 1
                    && (matches!(input.w(t1), "by" | "of") && (t0 == sa || NOUN_PHRASE_PREPS.contains(&prev.as_str()))
                        || matches!(input.w(t1), "of" | "between")
                            && !BE.contains(&prev.as_str())
                            && !matches!(prev.as_str(), "has" | "have" | "had" | "been" | "not"));
                // "on a two-day visit", "a rare surprise visit", "a fresh attack": a determiner
                // before one or two modifiers.
                // "after deadly riots in Almaty": so does a preposition.
                // ("blamed several recent attacks on militants": a quantifier too, with no
                // modifier or up to two.)
                let quantifier = |k: usize| {
                    matches!(
                        input.w(k).to_ascii_lowercase().as_str(),
                        "several" | "some" | "many" | "multiple" | "numerous" | "few" | "those"
                    )
                };
                let modified = (0..=2).any(|n| {
                    t0 > sa + n
                        && (n > 0
                            && (DETERMINERS.contains(&input.w(t0 - n - 1).to_ascii_lowercase().as_str())
                                || AFTER_PREPOSITION.contains(&input.w(t0 - n - 1)))
                            || quantifier(t0 - n - 1))
                        && (t0 - n..t0).all(|k| {
                            let w = input.w(k);
                            tokens[k].kind == TokenKind::Word
                                && !tokens[k].cap
                                && (w.contains('-') && !w.starts_with('-') || NOUN_MODIFIERS.contains(&w))
                        })
                });
                // "after the concert hall attack", "a border post raid": a base form after
                // an article and one or two singular nouns heads the noun phrase they open
                // (as a verb it would agree with a plural subject, "the rebels attack", or
                // follow a modal, "the army will attack").
                let compound_modified = {
                    let w0 = input.w(t0);
                    !w0.ends_with('s')
                        && !w0.ends_with("ed")
                        && !w0.ends_with("ing")
                        && (1..=2).any(|n| {
                            t0 > sa + n
                                && matches!(input.w(t0 - n - 1).to_ascii_lowercase().as_str(), "the" | "a" | "an")
                                && (t0 - n..t0).all(|k| {
                                    let w = input.w(k);
                                    tokens[k].kind == TokenKind::Word
                                        && !tokens[k].cap
                                        && w.bytes().all(|b| b.is_ascii_lowercase())
                                        && !FUNCTION_WORDS.contains(&w)
                                        && !NOT_A_NOUN.contains(&w)
                                        && !MODALS.contains(&w)
                                        && !w.ends_with("ly")
                                })
                                && {
                                    let last = input.w(t0 - 1);
                                    !last.ends_with('s') || last.ends_with("ss")
                                }
                        })
                };
                // "after fuel price protests", "amid border clashes": a form in "-s" after a
                // preposition of time or cause and one or two singular nouns with no article
                // is a plural noun they modify (as a verb it would need a singular subject,
                // which takes an article: "after the minister protests").
                let plural_compound = {
                    let w0 = input.w(t0);
                    w0.ends_with('s')
                        && !w0.ends_with("ss")
                        && (1..=2).any(|n| {
                            // ("during the police raids": a preposition that opens no clause
                            // may have an article before them.)
                            let mut p = t0.saturating_sub(n + 1);
                            if p > sa
                                && matches!(input.w(p), "the" | "a")
                                && matches!(input.w(p - 1), "amid" | "during" | "despite" | "over" | "against")
                            {
                                p -= 1;
                            }
                            t0 > sa + n
                                && matches!(
                                    input.w(p),
                                    "after" | "amid" | "during" | "despite" | "following" | "over" | "against"
                                )
                                && (t0 - n..t0).all(|k| {
                                    let w = input.w(k);
                                    tokens[k].kind == TokenKind::Word
                                        && !tokens[k].cap
                                        && w.bytes().all(|b| b.is_ascii_lowercase())
                                        && !w.ends_with('s')
                                        && !w.ends_with("ly")
                                        && !w.ends_with("ed")
                                        && !FUNCTION_WORDS.contains(&w)
                                        && !NOT_A_NOUN.contains(&w)
                                        && !MODALS.contains(&w)
                                })
                        })
                };
                // "scrapped the hike after protests", "amid attacks on the border": no
                // finite verb follows a preposition ("-ing" and "-ed" forms are read above
                // and below).
                let after_preposition = t0 > sa
                    && AFTER_PREPOSITION.contains(&prev.as_str())
                    && !input.w(t0).ends_with("ing")
                    && !input.w(t0).ends_with("ed");
                // "Attacks by militants killed …", "cross-border raids by": a form neither in
                // "-ed" nor "-ing" with "by" right after it is a noun and its agent.
                let noun_by = input.w(t1) == "by" && !input.w(t0).ends_with("ed") && !input.w(t0).ends_with("ing");
                // "condemned the Israeli strikes", "condemned Israeli strikes on Syria": a
                // country's name right before the form, after an article or another act's
                // verb, modifies a noun.
                let country_modified =
                    !input.w(t0).ends_with("ed") && after_a_country_adjective(input, sentence_triggers, sa, t0, true);
                let want_noun = DETERMINERS.contains(&prev.as_str())
                    || modified
                    || compound_modified
                    || plural_compound
                    || after_preposition
                    || gerund_phrase
                    || noun_by
                    || country_modified
                    || t0 > sa && tokens[t0 - 1].kind == TokenKind::Possessive
                    // "Police dispersed protests in Almaty", "banned rallies": right after the
                    // past form of another act's verb, the form is that verb's object.
                    // ("broke up opposition protests", "dispersed student rallies": so it is
                    // after a phrasal verb's particle, and with one lowercase word of people
                    // between.)
                    || {
                        let j = if t0 > sa + 1
                            && !tokens[t0 - 1].cap
                            && input
                                .mentions_in(t0 - 1, t0)
                                .iter()
                                .any(|m| m.kind == MentionKind::Agent && m.toks == (t0 - 1, t0))
                        {
                            t0 - 1
                        } else {
                            t0
                        };
                        let before = input.w(j.saturating_sub(1));
                        j > sa
                            && (before.len() > 4 && before.ends_with("ed")
                                || matches!(before, "up" | "down" | "off" | "out"))
                            && !input.w(t0).ends_with("ed")
                            && !input.w(t0).ends_with("ing")
                            && sentence_triggers.iter().any(|h2| {
                                h2.span.end == tokens[j - 1].span.end
                                    && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
                            })
                    }
                    || GETTING.contains(&prev.as_str())
                    || CAUSING.contains(&prev.as_str())
                    // "opposed unilateral sanctions", "condemned indiscriminate attacks": an
                    // adjective right after another act's verb opens its object.
                    || t0 >= sa + 2
                        && tokens[t0 - 1].kind == TokenKind::Word
                        && !tokens[t0 - 1].cap
                        && ["al", "ic", "ive", "ous", "ate"].iter().any(|x| prev.ends_with(x))
                        && prev.len() > 5
                        && sentence_triggers.iter().any(|h2| {
                            h2.span.end == tokens[t0 - 2].span.end
                                && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
                        })
                    // "during the 2022 protests", "the 2014 invasion": a year before the
                    // word makes it a noun.
                    || t0 > sa
                        && tokens[t0 - 1].kind == TokenKind::Number
                        && prev.len() == 4
                        && prev.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y))
                    || t1 == t0 + 1
                        && !input.w(t0).ends_with("ed")
                        && matches!(input.w(t1), "was" | "were" | "is" | "are")
                    || t0 > sa && !input.w(t0).eq_ignore_ascii_case("demand") && {
                        let before = input.mentions_in(t0.saturating_sub(4).max(sa), t0);
                        before.iter().any(|m| m.kind == MentionKind::Country && m.absorbed && m.toks.1 == t0)
                            && !before.iter().any(|m| m.kind == MentionKind::Agent && m.toks.1 == t0)
                    }
                    // "killed in Israeli tank shelling", "wounded in Russian shelling": after a
                    // preposition, a country adjective and at most one more modifier make a
                    // noun phrase, so the word is its head noun.
                    || t0 > sa + 1 && {
                        input.mentions_in(t0.saturating_sub(4).max(sa + 1), t0).iter().any(|m| {
                            m.kind == MentionKind::Country
                                && (m.toks.1 == t0
                                    || m.toks.1 + 1 == t0
                                        && tokens[t0 - 1].kind == TokenKind::Word
                                        && !tokens[t0 - 1].cap
                                        && !FUNCTION_WORDS.contains(&prev.as_str()))
                                && NOUN_PHRASE_PREPS.contains(&input.w(m.toks.0 - 1))
                        })
                    };
                *hit.targets.iter().find(|&&i| (kb.lexicon[i as usize].pos == Pos::Noun) == want_noun).unwrap_or(&lex_i)
            } else {
                lex_i
            };
            // "An Israeli strike on Gaza killed three people", "a U.S. strike in Somalia",
            // "retaliatory strikes": the bare noun of striking is force only after a country's
            // adjective or a modifier of force, or before "on"/"against" and a place; else it
            // may be a walkout ("the strike paralysed the port", "a strike on Monday").
            if matches!(input.w(t0), "strike" | "strikes")
                && t1 == t0 + 1
                && kb.lexicon[lex_i as usize].pos == Pos::Noun
                && kb.lexicon[lex_i as usize].plover == Plover::ASSAULT
            {
                let modifier = t0 > sa
                    && (input.mentions_in(t0.saturating_sub(3).max(sa), t0).iter().any(|m| {
                        m.kind == MentionKind::Country && m.toks.1 == t0 && (m.toks.1 - m.toks.0 == 1 || m.absorbed)
                    }) || STRIKE_OF_FORCE.contains(&input.w(t0 - 1)));
                let target = matches!(input.w(t1), "on" | "against") && {
                    let mut k = t1 + 1;
                    while k < sb
                        && matches!(input.w(k), "the" | "southern" | "northern" | "eastern" | "western" | "central")
                    {
                        k += 1;
                    }
                    !in_date(k)
                        && input
                            .mentions_in(k, k + 1)
                            .iter()
                            .any(|m| m.toks.0 == k && matches!(m.kind, MentionKind::Country | MentionKind::Place))
                };
                if !modifier && !target {
                    continue;
                }
            }
            // "would strike Iran", "vowed to strike back": the base verb of striking is force
            // only with a party or a place as its object, or "back".
            if input.w(t0) == "strike"
                && t1 == t0 + 1
                && kb.lexicon[lex_i as usize].pos == Pos::Verb
                && kb.lexicon[lex_i as usize].plover == Plover::ASSAULT
            {
                let k = input.after_determiners(t1);
                if !input.mentions_in(k, k + 1).iter().any(|m| m.toks.0 == k && m.is_actor()) {
                    continue;
                }
            }
            // "a bill that critics call Russian-inspired", "Opponents call the law a copy of
            // Russia's": "call" after those who speak is the verb of naming, not an appeal.
            if kb.lexicon[lex_i as usize].plover == Plover::REQUEST
                && kb.lexicon[lex_i as usize].pos == Pos::Noun
                && matches!(input.w(t0), "call" | "calls")
                && t0 > sa
                && !(t1 < sb && matches!(input.w(t1), "for" | "on"))
                && matches!(
                    input.w(t0 - 1).to_ascii_lowercase().as_str(),
                    "they"
                        | "we"
                        | "you"
                        | "critics"
                        | "analysts"
                        | "opponents"
                        | "observers"
                        | "experts"
                        | "activists"
                        | "many"
                        | "some"
                        | "others"
                        | "people"
                        | "residents"
                        | "locals"
                        | "officials"
                        | "supporters"
                        | "protesters"
                        | "commentators"
                        | "scholars"
                        | "historians"
                        | "media"
                )
            {
                continue;
            }
            // "thanked Japan during a call with Prime Minister Ishiba": a call with someone
            // is a conversation, not an appeal.
            let lex_i = if kb.lexicon[lex_i as usize].plover == Plover::REQUEST
                && kb.lexicon[lex_i as usize].pos == Pos::Noun
                && matches!(input.w(t0), "call" | "calls")
                && t1 < sb
                && input.w(t1) == "with"
            {
                kb.lexicon
                    .iter()
                    .position(|l| {
                        l.pos == Pos::Noun && l.plover == Plover::CONSULT && l.mode.as_deref() == Some("phone")
                    })
                    .map_or(lex_i, |i| i as _)
            } else {
                lex_i
            };
            // "Vietnam protested China's deployment of a survey ship", "The foreign ministry
            // protested against the harassment of its fishermen": a state, its government or
            // an organisation of states protesting complains officially (CAMEO 114); a crowd
            // protesting demonstrates. The subject is read right before the verb, past an
            // auxiliary or a manner adverb ("has formally protested").
            let lex_i = if kb.lexicon[lex_i as usize].plover == Plover::PROTEST
                && kb.lexicon[lex_i as usize].pos == Pos::Verb
                && kb.lexicon[lex_i as usize].cameo == "140"
                && t1 == t0 + 1
                && (input.w(t0) == "protested"
                    // ("Kenya protests turned deadly": the noun before a verb.)
                    || input.w(t0) == "protests"
                        && t1 < sb
                        && (input.w(t1) == "against" || DETERMINERS.contains(&input.w(t1)) || tokens[t1].cap))
            {
                let mut k = t0;
                while k > sa
                    && matches!(
                        input.w(k - 1),
                        "has" | "have" | "had" | "formally" | "officially" | "also" | "strongly" | "sharply"
                    )
                {
                    k -= 1;
                }
                let official =
                    input.mentions_in(sa, k).iter().rev().find(|m| m.is_actor() && m.toks.1 == k).is_some_and(|m| {
                        m.code.is_some()
                            || matches!(m.kind, MentionKind::Country)
                                && matches!(m.sector.as_deref(), None | Some("GOV"))
                            || matches!(m.kind, MentionKind::Organization | MentionKind::Person | MentionKind::Place)
                                && m.sector.as_deref() == Some("GOV")
                                && !m.countries.is_empty()
                    });
                if official {
                    kb.lexicon
                        .iter()
                        .position(|l| l.pos == Pos::Verb && l.plover == Plover::ACCUSE && l.cameo == "114")
                        .map_or(lex_i, |i| i as _)
                } else {
                    lex_i
                }
            } else {
                lex_i
            };
            let lex = &kb.lexicon[lex_i as usize];
            let trig = (t0, t1);
            // "the project will allow others to learn", "a provision in the law allows the
            // secretary of state to …": a permission is a concession only when a party
            // gives it; "to allow time for more consultation" gives none.
            if lex.cameo == "080" && lex.pos == Pos::Verb && t1 == t0 + 1 && input.w(t0).starts_with("allow") {
                let mut k = t0;
                while k > sa
                    && matches!(
                        input.w(k - 1),
                        "will"
                            | "would"
                            | "can"
                            | "could"
                            | "may"
                            | "might"
                            | "must"
                            | "should"
                            | "not"
                            | "also"
                            | "does"
                            | "do"
                            | "did"
                            | "still"
                            | "only"
                    )
                {
                    k -= 1;
                }
                // (A pronoun, a relative or a preposition before the verb may stand for a
                // party: "Iraq said it would allow", "a plan that will not allow", "before
                // allowing".)
                let thing_subject = k > sa
                    && tokens[k - 1].kind == TokenKind::Word
                    && !tokens[k - 1].cap
                    && !FUNCTION_WORDS.contains(&input.w(k - 1))
                    && !matches!(
                        input.w(k - 1),
                        "it" | "they"
                            | "he"
                            | "she"
                            | "we"
                            | "who"
                            | "which"
                            | "that"
                            | "without"
                            | "while"
                            | "by"
                            // (a passive: "are not allowed to leave")
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "been"
                            | "be"
                    )
                    && !input.mentions_in(sa, k).iter().any(|m| m.toks.1 == k && m.is_actor());
                let no_party =
                    k > sa && input.w(k - 1) == "to" && matches!(input.w(t1), "time" | "room" | "for" | "more");
                if thing_subject || no_party {
                    continue;
                }
            }
            // "no sign of the ship", "a worrying sign": a verb form with no noun reading,
            // after an article and at most one modifier, is a noun the lexicon does not code.
            if lex.pos == Pos::Verb
                && hit.targets.len() == 1
                && t1 == t0 + 1
                && t0 > sa
                && !input.w(t0).ends_with("ing")
                && !input.w(t0).ends_with("ed")
                && {
                    let article =
                        |w: &str| matches!(w.to_ascii_lowercase().as_str(), "a" | "an" | "no" | "any" | "every");
                    // "covers 217 convicts": after a number the word is a noun.
                    let before = input.w(t0 - 1);
                    tokens[t0 - 1].kind == TokenKind::Number
                        || NUMBER_WORDS.contains(&before.to_ascii_lowercase().as_str())
                        || article(before)
                        || t0 > sa + 1
                            && article(input.w(t0 - 2))
                            && tokens[t0 - 1].kind == TokenKind::Word
                            && !tokens[t0 - 1].cap
                            && !FUNCTION_WORDS.contains(&prev.as_str())
                            // "will no longer recognize": an adverb, not a modifier.
                            && !matches!(prev.as_str(), "longer" | "more" | "further" | "less")
                }
            {
                continue;
            }
            // A reporter's business is no political act: "did not respond to requests for
            // comment", "declined to comment", "requested anonymity".
            if matches!(lex.plover, Plover::REQUEST | Plover::REJECT) && asks_or_refuses_comment(input, t1, sb) {
                continue;
            }
            // "ratified a treaty on strategic partnership", "a memorandum of cooperation":
            // the matter of an agreement is its content, not another act.
            if lex.pos == Pos::Noun
                && matches!(lex.plover, Plover::COOPERATE | Plover::AID | Plover::SUPPORT)
                && (t0.saturating_sub(4).max(sa)..t0).rev().find(|&k| matches!(input.w(k), "on" | "of")).is_some_and(
                    |k| {
                        k > sa
                            && matches!(
                                input.w(k - 1),
                                "treaty"
                                    | "treaties"
                                    | "agreement"
                                    | "agreements"
                                    | "memorandum"
                                    | "memorandums"
                                    | "memoranda"
                                    | "deal"
                                    | "deals"
                                    | "accord"
                                    | "pact"
                                    | "declaration"
                                    | "roadmap"
                            )
                            && (k + 1..t0).all(|j| tokens[j].kind == TokenKind::Word && !tokens[j].cap)
                    },
                )
            {
                continue;
            }
            // "will travel to Kazakhstan", "plans to travel to Beijing": the bare form is a
            // verb only after "to" or an auxiliary; "barred from travel to", "foreign travel
            // to" name the noun.
            if input.w(t0) == "travel"
                && !(t0 > sa
                    && matches!(
                        input.w(t0 - 1),
                        "to" | "will" | "would" | "could" | "may" | "might" | "can" | "should" | "must" | "not"
                    ))
            {
                continue;
            }
            // "helping Russia evade export controls", "to circumvent sanctions": measures
            // someone evades are no act of theirs ("evade sanctions" reads as a noun
            // whatever row of the lexicon spells it).
            if (t0.saturating_sub(3).max(sa)..t0).any(|k| {
                matches!(
                    input.w(k),
                    "evade"
                        | "evades"
                        | "evaded"
                        | "evading"
                        | "circumvent"
                        | "circumvents"
                        | "circumvented"
                        | "circumventing"
                        | "bypass"
                        | "bypassing"
                        | "skirt"
                        | "skirting"
                        | "dodge"
                        | "dodging"
                ) && (k + 1..t0).all(|j| {
                    // "circumvent Western sanctions", "evade Washington's sanctions".
                    matches!(tokens[j].kind, TokenKind::Word | TokenKind::Possessive)
                        && !matches!(input.w(j), "and" | "or")
                })
            }) {
                continue;
            }
            // "threatened to launch a military operation": the threatened act has not
            // happened; the threat is the event, coded by what it threatens (CAMEO 13x).
            if matches!(lex.plover, Plover::ASSAULT | Plover::COERCE | Plover::SANCTION | Plover::PROTEST) {
                let threat = (t0.saturating_sub(5).max(sa + 1)..t0).rev().find(|&k| {
                    input.w(k) == "to"
                        && matches!(input.w(k - 1), "threatened" | "threatens" | "threaten" | "threatening")
                        && (k + 1..t0)
                            .all(|j| tokens[j].kind == TokenKind::Word && !matches!(input.w(j), "and" | "that" | "if"))
                });
                if let Some(k) = threat {
                    let verb_start = tokens[k - 1].span.start;
                    if let Some(prev) = events[first_event..]
                        .iter_mut()
                        .rev()
                        .find(|e| e.plover == Plover::THREATEN && e.trigger.start == verb_start)
                    {
                        // A repressive act threatened is 137, an administrative
                        // restriction 132; "block" and other acts of no given kind
                        // ("threatened to block Sweden's bid") leave the plain threat.
                        let c = match lex.plover {
                            Plover::ASSAULT => "138",
                            Plover::COERCE if lex.cameo == "170" => "130",
                            Plover::COERCE if lex.cameo.starts_with("172") => "132",
                            Plover::COERCE => "137",
                            Plover::PROTEST => "133",
                            _ => "131",
                        };
                        if prev.cameo == "130" {
                            if let Some(code) = kb.cameo_code(c) {
                                prev.cameo = c.to_string();
                                prev.goldstein = code.goldstein;
                                prev.mode = code.mode.clone();
                            }
                        }
                        continue;
                    }
                }
            }
            // "he was charging 25% more for electricity", "charges $10 a ton": a charge
            // of an amount is a price.
            if lex.plover == Plover::ACCUSE
                && matches!(input.w(t0), "charging" | "charged" | "charges" | "charge")
                && t1 < sb
                && (amount_word(input, t1) || input.w(t1) == "a" && input.w(t1 + 1) == "fee")
            {
                continue;
            }
            // "arrested the opposition leader on charges of treason": the charges a
            // detention is made on are part of it, no accusation of their own.
            // So are those an indictment is brought on ("indicted the former president on
            // insurrection charges"), one or two words of kind between.
            if lex.plover == Plover::ACCUSE
                && t0 > sa
                && matches!(input.w(t0), "charges" | "charge" | "accusations" | "allegations" | "suspicion")
                && (t0.saturating_sub(3).max(sa)..t0)
                    .rev()
                    .find(|&k| matches!(input.w(k), "on" | "over"))
                    .is_some_and(|k| (k + 1..t0).all(|j| tokens[j].kind == TokenKind::Word && !tokens[j].cap))
                && events[first_event..].iter().any(|e| {
                    (e.plover == Plover::COERCE || e.plover == Plover::ACCUSE && e.cameo.starts_with("112"))
                        && e.trigger.end <= hit.span.start
                })
            {
                continue;
            }
            // "warned the United States against new tariffs", "cautioned against deploying
            // troops", "warned Washington against selling weapons to Taiwan": an act warned
            // against has not happened; the warning is the event.
            if matches!(
                lex.plover,
                Plover::ASSAULT | Plover::COERCE | Plover::SANCTION | Plover::PROTEST | Plover::MOBILIZE | Plover::AID
            ) && warned_against(input, sa, t0)
            {
                continue;
            }
            // "The Chinese embassy warned its citizens to avoid large gatherings", "the
            // ministry warned residents against travelling to": a warning to the public or
            // one's own nationals is advice, no threat to anyone.
            // "raised electricity tariffs by 20 percent", "will raise utility tariffs": the
            // prices a state sets for its own services are no trade restriction on anyone.
            if lex.plover == Plover::SANCTION
                && (t0.max(sa + 1)..t1).any(|k| {
                    matches!(input.w(k), "tariffs" | "tariff" | "rates" | "prices")
                        && matches!(
                            input.w(k - 1).to_ascii_lowercase().as_str(),
                            "electricity"
                                | "utility"
                                | "utilities"
                                | "water"
                                | "heating"
                                | "power"
                                | "energy"
                                | "gas"
                                | "fuel"
                                | "transport"
                                | "communal"
                                | "housing"
                        )
                })
            {
                continue;
            }
            // ("urged its citizens to avoid travel to the south": nor is such advice a
            // demand.)
            if matches!(lex.plover, Plover::THREATEN | Plover::REQUEST)
                && lex.pos == Pos::Verb
                && advisory(input, t0, t1)
            {
                continue;
            }
            // "vetoed a Security Council resolution condemning the settlements": what a
            // rejected text would have done was not done.
            if lex.pos == Pos::Verb
                && t0 > sa + 1
                && input.w(t0).ends_with("ing")
                && matches!(
                    input.w(t0 - 1),
                    "resolution" | "resolutions" | "draft" | "bill" | "motion" | "amendment" | "proposal" | "text"
                )
                && events[first_event..].iter().any(|e| {
                    e.plover == Plover::REJECT
                        && e.trigger.end <= tokens[t0 - 1].span.start
                        && tokens[t0.saturating_sub(7).max(sa)].span.start <= e.trigger.start
                })
            {
                continue;
            }
            // "The president dismissed the head of the security service": removing an
            // official from office is no rejection ("dismissed the claims" is).
            if lex.plover == Plover::REJECT
                && lex.pos == Pos::Verb
                && matches!(input.w(t0).to_ascii_lowercase().as_str(), "dismissed" | "dismisses" | "dismiss")
                && {
                    let k = input.after_determiners(t1);
                    input.mentions_in(k, k + 1).iter().any(|m| {
                        m.toks.0 == k
                            && matches!(m.kind, MentionKind::Person | MentionKind::Agent)
                            && tokens.get(m.toks.1).is_none_or(|t| t.kind != TokenKind::Possessive)
                    }) || matches!(
                        input.w(k),
                        "head"
                            | "chief"
                            | "chairman"
                            | "director"
                            | "commander"
                            | "governor"
                            | "mayor"
                            | "minister"
                            | "deputy"
                            | "prosecutor"
                            | "ambassador"
                            | "secretary"
                    )
                }
            {
                continue;
            }
            // "detained dozens of migrants in raids", "arrested 40 people in a crackdown on
            // dissent": the operation a detention was made in is that detention, not an act
            // of the detained.
            if lex.pos == Pos::Noun
                && matches!(
                    input.w(t0),
                    "raids" | "raid" | "sweeps" | "sweep" | "crackdown" | "crackdowns" | "roundups" | "round-ups"
                )
                && {
                    let mut k = t0;
                    while k > sa
                        && t0 - k < 3
                        && matches!(
                            input.w(k - 1),
                            "a" | "the"
                                | "series"
                                | "of"
                                | "overnight"
                                | "night"
                                | "dawn"
                                | "police"
                                | "mass"
                                | "coordinated"
                                | "several"
                                | "house"
                                | "separate"
                        )
                    {
                        k -= 1;
                    }
                    k > sa && input.w(k - 1) == "in"
                }
                // (A passive detention takes the raid's parties and place by merging:
                // "were detained by Russian police in raids".)
                && events[first_event..].iter().any(|e| {
                    e.plover == Plover::COERCE && e.trigger.end <= hit.span.start && {
                        let v = tokens.partition_point(|t| t.span.end <= e.trigger.start);
                        v == 0 || !BE.contains(&input.w(v - 1))
                    }
                })
            {
                continue;
            }
            // "blocked streets in defiance of Chinese authorities": the manner of the act
            // before it, which the protest's target already records.
            if lex.pos == Pos::Noun
                && t0 > sa
                && input.w(t0 - 1) == "in"
                && (input.w(t0) == "defiance"
                    // "marched through Belgrade in protest against corruption": the
                    // protest already coded, whose target the phrase names.
                    || input.w(t0) == "protest"
                        && events[first_event..]
                            .iter()
                            .any(|e| e.trigger.end <= hit.span.start && e.plover == Plover::PROTEST))
                && events[first_event..].iter().any(|e| e.trigger.end <= hit.span.start)
            {
                continue;
            }
            // "sentenced a journalist to six years on espionage charges", "arrested on
            // charges of treason": the grounds of a coercive act already coded.
            if lex.plover == Plover::ACCUSE
                && matches!(input.w(t0), "charges" | "charge" | "accusations" | "allegations")
                && {
                    // Back over up to three modifiers: "on trumped-up espionage charges".
                    let mut k = t0;
                    while k > sa
                        && t0 - k < 3
                        && input.w(k - 1) != "on"
                        && input.w(k - 1).chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    {
                        k -= 1;
                    }
                    k > sa && input.w(k - 1) == "on" && {
                        // "extradite a businessman wanted on fraud charges": charges
                        // brought by someone the sentence does not name, no act of its
                        // subject.
                        k > sa + 1 && input.w(k - 2) == "wanted"
                            || events[first_event..]
                                .iter()
                                .any(|e| e.trigger.end <= hit.span.start && e.plover == Plover::COERCE)
                    }
                }
            {
                continue;
            }
            // "barred women from attending universities", "refrained from attacking": an
            // act someone is kept from is no act.
            if kept_from(input, sa, t0) {
                continue;
            }
            // "riot police", "attack helicopters", "protest movement": a noun of an act
            // before a noun of who or what does such acts names no act.
            if lex.pos == Pos::Noun
                && t1 == t0 + 1
                && matches!(
                    input.w(t1),
                    "police"
                        | "policemen"
                        | "gear"
                        | "squad"
                        | "squads"
                        | "officers"
                        | "helicopter"
                        | "helicopters"
                        | "drone"
                        | "drones"
                        | "aircraft"
                        | "jets"
                        | "submarine"
                        | "submarines"
                        | "capability"
                        | "capabilities"
                )
            {
                continue;
            }
            // "Beijing has stepped up security cooperation with Dushanbe": a phrasing of
            // several words whose last word qualifies the noun of another kind of act right
            // after it names no act of its own; the noun's act is the event.
            // ("called for targeted sanctions": a phrasing that ends with its preposition
            // takes the noun as its object.)
            // ("agreed to a ceasefire deal": a noun of a text after a phrasing of agreeing
            // names the form of the phrasing's act, which stays the event; the noun alone
            // would have no parties.)
            if lex.pos == Pos::Verb
                && qualifying_phrase(input, t0, t1)
                && tokens.get(t1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
                && !(input.w(t0).to_ascii_lowercase().starts_with("agree")
                    && matches!(
                        input.w(t1),
                        "agreement" | "agreements" | "deal" | "deals" | "accord" | "pact" | "arrangement" | "plan"
                    ))
                && sentence_triggers.iter().any(|h2| {
                    h2.span.start == tokens[t1].span.start
                        && h2.targets.iter().any(|&i| {
                            let l = &kb.lexicon[i as usize];
                            l.pos == Pos::Noun && l.plover != lex.plover
                        })
                })
            {
                continue;
            }
            // "rejected direct talks with the United States", "ruled out a ceasefire": the
            // talks a verb of refusal takes as its object did not happen; the refusal is the
            // event, and its code is that of refusing such an act (CAMEO 12x).
            if lex.pos == Pos::Noun
                && matches!(lex.plover, Plover::CONSULT | Plover::AGREE | Plover::COOPERATE | Plover::AID)
            {
                // "firmly opposes any form of official exchanges": so does a verb of
                // opposing, across "any form of".
                let refused = (t0.saturating_sub(5).max(sa)..t0).rev().find(|&k| {
                    matches!(
                        input.w(k),
                        "rejected"
                            | "rejects"
                            | "rejecting"
                            | "rebuffed"
                            | "dismissed"
                            | "spurned"
                            | "refused"
                            | "opposes"
                            | "opposed"
                            | "oppose"
                            | "opposing"
                    ) || input.w(k) == "out" && k > sa && matches!(input.w(k - 1), "ruled" | "rules" | "ruling")
                        || input.w(k) == "down" && k > sa && matches!(input.w(k - 1), "turned" | "turns" | "turning")
                });
                let modifiers_only = |k: usize| {
                    (k + 1..t0).all(|j| {
                        tokens[j].kind == TokenKind::Word
                            && !tokens[j].cap
                            && (!matches!(input.w(j), "that" | "to" | "and" | "of" | "by")
                                || input.w(j) == "of" && matches!(input.w(j - 1), "form" | "forms" | "kind" | "type"))
                    }) && t0 - k <= 3 + 2 * usize::from((k + 1..t0).any(|j| input.w(j) == "of"))
                };
                // "refused to join the talks", "refused to take part in the summit": the
                // infinitive of joining between the refusal and the noun.
                let joining = |k: usize| -> usize {
                    match (input.w(k + 1), input.w(k + 2), input.w(k + 3), input.w(k + 4)) {
                        ("to", "join" | "attend", _, _) => k + 2,
                        ("to", "participate", "in", _) => k + 3,
                        ("to", "take", "part", "in") => k + 4,
                        _ => k,
                    }
                };
                if let Some(k) = refused
                    .filter(|&k| modifiers_only(k) || joining(k) > k && joining(k) < t0 && modifiers_only(joining(k)))
                {
                    let verb_start =
                        tokens[if input.w(k) == "out" || input.w(k) == "down" { k - 1 } else { k }].span.start;
                    if let Some(prev) = events[first_event..]
                        .iter_mut()
                        .rev()
                        .find(|e| e.plover == Plover::REJECT && e.trigger.start == verb_start && e.cameo == "120")
                    {
                        if let Some(c) = refusal_cameo(lex.plover).filter(|&c| c != "120") {
                            if let Some(code) = kb.cameo_code(c) {
                                prev.cameo = c.to_string();
                                prev.goldstein = code.goldstein;
                                prev.mode = code.mode.clone();
                            }
                            // ("Turkmenistan refused to join the talks": a refusal to meet is
                            // not aimed at the party's own country.)
                            if c == "125" {
                                let own: Vec<Option<String>> = prev.actors.iter().map(|a| a.country.clone()).collect();
                                prev.recipients.retain(|r| !(r.implicit && own.contains(&r.country)));
                            }
                        }
                    }
                    continue;
                }
            }
            // "received widespread praise", "received $94 million", "host country Canada":
            // hosting needs a guest, a party named right after the verb ("received the
            // Tajik minister", "hosted Erdogan"); a passive names it before.
            if lex.plover == Plover::CONSULT
                && lex.cameo == "043"
                && t1 == t0 + 1
                && !(t0 > sa && matches!(input.w(t0 - 1), "was" | "were" | "been" | "being" | "is" | "are"))
                && {
                    let mut k = t1;
                    while k < sb && k < t1 + 3 && !tokens[k].cap && tokens[k].kind == TokenKind::Word {
                        k += 1;
                    }
                    // "received Secretary-General of the Shanghai Cooperation Organization
                    // (SCO) Nurlan Yermekbayev": a title before the name.
                    let mut title_end = k;
                    while title_end < sb
                        && title_end < k + 10
                        && (tokens[title_end].cap || matches!(input.w(title_end), "of" | "the" | "(" | ")" | "-"))
                    {
                        title_end += 1;
                    }
                    let guest = input.mentions_in(k, title_end.max(k + 1)).iter().any(|m| {
                        matches!(
                            m.kind,
                            MentionKind::Person
                                | MentionKind::Organization
                                | MentionKind::Group
                                | MentionKind::Agent
                                | MentionKind::Country
                        )
                    }) || input
                        .mentions_in(t1, k)
                        .iter()
                        // "Rahmon received the minister": an office that stands for a person
                        // named before.
                        .any(|m| matches!(m.kind, MentionKind::Person | MentionKind::Agent));
                    // "hosted a delegation of the ruling Nur Otan party": a delegation is a
                    // guest, however many words name it.
                    // So are people named by their office: "hosted the foreign ministers of
                    // the five Central Asian states".
                    let guest = guest
                        || (t1..k.min(sb)).any(|j| {
                            form_starts(input.w(j), "delegation")
                                || matches!(
                                    input.w(j),
                                    "ministers"
                                        | "leaders"
                                        | "presidents"
                                        | "envoys"
                                        | "counterpart"
                                        | "counterparts"
                                        | "heads"
                                        | "officials"
                                        | "diplomats"
                                )
                        });
                    // "the summit host", "VOA host Masih Alinejad": a noun.
                    let noun = matches!(input.w(t0).to_ascii_lowercase().as_str(), "host" | "hosts")
                        && t0 > sa
                        && (tokens[t0 - 1].cap || DETERMINERS.contains(&input.w(t0 - 1).to_ascii_lowercase().as_str()));
                    !guest || noun
                }
            {
                continue;
            }
            // "declined to comment when asked about the incident", "Asked by VOA if …":
            // a question is no request.
            if lex.plover == Plover::REQUEST
                && form_starts(input.w(t0), "ask")
                && t1 == t0 + 1
                && (matches!(input.w(t1), "about" | "whether" | "if" | "how" | "why" | "what" | "by")
                    || t0 > sa && matches!(input.w(t0 - 1).to_ascii_lowercase().as_str(), "when" | "if" | "once")
                    // "\"Why did Russia attack Ukraine?\" Zelenskiy asked.", "Who will pay
                    // for it, she asked.": the verb that closes a question reports it.
                    || t1 >= sb
                    || matches!(input.w(t1), "." | "!" | "?"))
            {
                continue;
            }
            // "The number of refugees declined to 230,000", "has declined since 2021",
            // "registered declines in its score": declining is also decreasing.
            if lex.plover == Plover::REJECT && form_starts(input.w(t0), "declin") && t1 == t0 + 1 && {
                let next = input.w(t1).to_ascii_lowercase();
                let after = input.w(t1 + 1).to_ascii_lowercase();
                t1 >= sb
                    || tokens[t1].kind == TokenKind::Number
                    || matches!(
                        next.as_str(),
                        "by" | "from"
                            | "since"
                            | "in"
                            | "sharply"
                            | "slightly"
                            | "significantly"
                            | "steadily"
                            | "further"
                            | "dramatically"
                            | "considerably"
                            | "rapidly"
                            | "."
                    )
                    || next == "to"
                        && (t1 + 1 < sb && tokens[t1 + 1].kind == TokenKind::Number
                            || matches!(
                                after.as_str(),
                                "the"
                                    | "a"
                                    | "an"
                                    | "about"
                                    | "around"
                                    | "nearly"
                                    | "its"
                                    | "their"
                                    | "just"
                                    | "less"
                                    | "below"
                                    | "under"
                                    | "roughly"
                                    | "some"
                            ))
            } {
                continue;
            }
            // "rejected any negotiations with Washington under pressure", "is under
            // pressure to resign": a state of being pressed, with no one named as pressing,
            // is no demand (one "under pressure from X" is X's, below).
            if lex.plover == Plover::REQUEST
                && lex.pos == Pos::Noun
                && t0 > sa
                && input.w(t0 - 1).eq_ignore_ascii_case("under")
                && input.w(t1) != "from"
            {
                continue;
            }
            // "hosted Putin despite an ICC arrest warrant": a warrant the text mentions,
            // issued by no verb of the clause, is no arrest of this report (issued or
            // sought, it stays one: "the court issued an arrest warrant for …").
            if lex.plover == Plover::COERCE
                && input.w(t0).eq_ignore_ascii_case("arrest")
                && matches!(input.w(t1), "warrant" | "warrants")
                && !(t0.saturating_sub(6).max(sa)..t0).any(|k| {
                    let w = input.w(k).to_ascii_lowercase();
                    ["issu", "sought", "seek", "request", "approv", "sign", "obtain"].iter().any(|p| w.starts_with(p))
                })
            {
                continue;
            }
            // "failed to meet cotton targets", "struggled to meet rising demand", "met the
            // deadline": meeting a goal or a need is no meeting of parties; nor is the
            // demand of a market ("rising demand for electricity") anyone's demand. (Meeting
            // someone's demands is yielding to them; those stay.)
            let market_demand = |k: usize| {
                input.w(k).eq_ignore_ascii_case("demand")
                    && k > sa
                    && MARKET_DEMAND.contains(&input.w(k - 1).to_ascii_lowercase().as_str())
            };
            if lex.plover == Plover::CONSULT
                && t1 == t0 + 1
                && matches!(input.w(t0).to_ascii_lowercase().as_str(), "meet" | "meets" | "met")
                && (t1..(t1 + 4).min(sb))
                    .take_while(|&k| tokens[k].kind == TokenKind::Word && !tokens[k].cap)
                    .any(|k| GOALS.contains(&input.w(k)) || market_demand(k))
            {
                continue;
            }
            if lex.plover == Plover::REQUEST && t1 == t0 + 1 && market_demand(t0) {
                continue;
            }
            // "servicemen backed by aircraft and armored vehicles", "a loan backed by frozen
            // Russian assets": backing by arms or money is no political support.
            if lex.plover == Plover::SUPPORT
                && form_starts(input.w(t0), "back")
                && input.w(t1) == "by"
                && (t1 + 1..(t1 + 7).min(sb))
                    .take_while(|&k| tokens[k].kind == TokenKind::Word)
                    .any(|k| MATERIEL.contains(&input.w(k).to_ascii_lowercase().as_str()))
            {
                continue;
            }
            // "14 people serving sentences", "served a jail term": a sentence being served
            // was passed before; serving it is no new act.
            if lex.plover == Plover::COERCE
                && t0 > sa
                && (t0.saturating_sub(3).max(sa)..t0)
                    .rev()
                    .take_while(|&k| tokens[k].kind == TokenKind::Word)
                    .any(|k| matches!(input.w(k), "serving" | "serve" | "serves" | "served"))
            {
                continue;
            }
            // "said in a report released on Tuesday", "released a video showing the
            // hostages": what is published frees no one.
            if lex.plover == Plover::CONCEDE && form_starts(input.w(t0), "releas") && {
                let published = |k: usize| {
                    matches!(
                        input.w(k).to_ascii_lowercase().as_str(),
                        "report"
                            | "reports"
                            | "statement"
                            | "statements"
                            | "video"
                            | "videos"
                            | "footage"
                            | "document"
                            | "documents"
                            | "data"
                            | "figures"
                            | "findings"
                            | "results"
                            | "images"
                            | "photos"
                            | "photographs"
                            | "recording"
                            | "audio"
                            | "transcript"
                            | "letter"
                            | "survey"
                            | "poll"
                            | "study"
                            | "details"
                            | "text"
                            | "album"
                            | "film"
                            | "book"
                            | "memo"
                            | "guidelines"
                            | "communique"
                            | "communiqué"
                    )
                };
                let k = input.after_determiners(t1);
                (t0 > sa && published(t0 - 1))
                    || (k..(k + 3).min(sb))
                        .take_while(|&j| tokens[j].kind == TokenKind::Word && !tokens[j].cap)
                        .any(published)
            } {
                continue;
            }
            // "signed a decree", "the law was signed": a state's own decrees and laws are
            // no agreement with anyone.
            if lex.plover == Plover::AGREE && form_starts(input.w(t0), "sign") && {
                let words = |a: usize, b: usize| {
                    (a..b).filter(|&k| tokens[k].kind == TokenKind::Word).any(|k| {
                        matches!(
                            input.w(k).to_ascii_lowercase().as_str(),
                            "decree"
                                | "decrees"
                                | "law"
                                | "laws"
                                | "bill"
                                | "bills"
                                | "legislation"
                                | "order"
                                | "orders"
                                | "measure"
                                | "amendment"
                                | "amendments"
                                | "budget"
                                | "petition"
                                | "ordinance"
                                | "edict"
                                | "pardon"
                                | "pardons"
                        )
                    })
                };
                words(t1, (t1 + 4).min(sb)) || words(t0.saturating_sub(3).max(sa), t0)
            } {
                continue;
            }
            // "the Government of National Accord", "the Minsk Agreements": a capitalised
            // noun inside a run of capitalised words names a body or a treaty; it reports
            // no act.
            if lex.pos == Pos::Noun && tokens[t0].cap && t0 > sa + 1 && {
                let before = input.w(t0 - 1);
                (tokens[t0 - 1].cap && tokens[t0 - 1].kind == TokenKind::Word && !DETERMINERS.contains(&prev.as_str()))
                    || (before == "of" && tokens[t0 - 2].cap)
            } {
                continue;
            }
            // "the African Union Support and Stabilization Mission": so is a capitalised verb
            // between capitalised words in running text (not in a headline's title case).
            let cap_word = |k: usize| k < sb && tokens[k].cap && tokens[k].kind == TokenKind::Word;
            if lex.pos == Pos::Verb
                && t1 == t0 + 1
                && tokens[t0].cap
                && t0 > sa + 1
                && cap_word(t0 - 1)
                && !DETERMINERS.contains(&prev.as_str())
                && (cap_word(t1) || matches!(input.w(t1), "and" | "of" | "for") && cap_word(t1 + 1))
                && (sa..sb)
                    .filter(|&k| {
                        tokens[k].kind == TokenKind::Word
                            && !tokens[k].cap
                            && input.w(k).len() > 3
                            && !FUNCTION_WORDS.contains(&input.w(k))
                    })
                    .count()
                    >= 2
            {
                continue;
            }
            // The trigger of a pledge of an act that has no CAMEO code of intent ("pledged
            // to expel"): the act is coded, with the modality of intent, in the pledge's
            // place, once the act is known to be coded.
            let mut pledged = None;
            // The telephone call an act of praise is made in (below).
            let mut in_call: Option<Span> = None;
            // "met X to discuss…", "urged X to withdraw…": an infinitive after an earlier
            // trigger is that act's purpose or content, not an event of its own, unless a
            // modality cue governs it ("is ready to work with").
            if lex.pos == Pos::Verb && t0 > sa && input.w(t0 - 1) == "to" {
                let governed = input.phrases_in(t0.saturating_sub(6), t0).iter().any(|p| p.toks.1 == t0);
                let earlier = sentence_triggers.iter().any(|h2| {
                    h2.span.end <= tokens[t0 - 1].span.start
                        && h2.span.start >= tokens[t0.saturating_sub(14).max(sa)].span.start
                });
                // "…, prompting Tokyo to scramble fighter jets": what a participle of
                // causing after a comma says the act made someone do was done.
                let caused = (t0.saturating_sub(6).max(sa + 1)..t0 - 1).any(|k| {
                    prompts_after_comma(input, k) && (k + 1..t0 - 1).all(|j| !matches!(input.w(j), "," | ";" | "\""))
                });
                // "Putin phoned Tokayev to congratulate him": what a call is made to
                // express is said in it, an act of its own.
                let call = events[first_event..]
                    .last()
                    .filter(|e| {
                        lex.plover == Plover::SUPPORT
                            && lex.cameo == "051"
                            && e.cameo == "041"
                            && e.trigger.end <= tokens[t0 - 1].span.start
                            && !e.actors.is_empty()
                    })
                    .map(|e| e.trigger);
                let said_in_call = call.is_some();
                in_call = call;
                if earlier && !governed && !caused && !said_in_call {
                    // "agreed to lend Sri Lanka $340 million", "pledged to hold talks": what
                    // is agreed or pledged names the kind of intent (CAMEO 031-036).
                    // "urged the authorities to release everyone held", "called on
                    // Washington to hold consultations": what is asked names the appeal
                    // (CAMEO 021-026).
                    let before = tokens[t0 - 2].span.end;
                    // "agreed on Monday to extend sanctions": a date between the pledge and
                    // "to" leaves the pledge governing the act.
                    let before_date = {
                        let mut k = t0 - 1;
                        while k > sa + 1 && (in_date(k - 1) || input.w(k - 1) == "on" && in_date(k)) {
                            k -= 1;
                        }
                        (k < t0 - 1).then(|| tokens[k - 1].span.end)
                    };
                    let nearest = sentence_triggers
                        .iter()
                        .filter(|h2| h2.span.end <= tokens[t0 - 1].span.start)
                        .map(|h2| h2.span.end)
                        .max();
                    // The object between the appeal and "to" is short and one phrase.
                    let asked_directly = |end: usize| {
                        let k = tokens.partition_point(|t| t.span.end <= end);
                        k + 8 >= t0 && (k..t0).all(|j| !matches!(input.w(j), "," | ";" | "and" | "or" | "\""))
                    };
                    let asker = events[first_event..].iter_mut().rfind(|e| {
                        let ends_before = e.trigger.end == before || Some(e.trigger.end) == before_date;
                        e.plover == Plover::AGREE && ends_before && e.cameo == "030"
                            || e.plover == Plover::REJECT && ends_before && e.cameo == "120"
                            || e.plover == Plover::REQUEST
                                && Some(e.trigger.end) == nearest
                                && e.cameo == "020"
                                && asked_directly(e.trigger.end)
                    });
                    let mut unpledged = None;
                    if let Some(asker) = asker {
                        let sub = match asker.plover {
                            Plover::AGREE => intent_code(&lex.cameo),
                            Plover::REJECT => refusal_code(&lex.cameo),
                            _ => request_code(&lex.cameo),
                        };
                        if let Some(code) = sub.and_then(|sub| kb.cameo_code(sub)) {
                            asker.cameo = code.code.clone();
                            asker.goldstein = code.goldstein;
                            asker.mode = code.mode.clone();
                        } else if asker.plover == Plover::AGREE && lex.plover != Plover::AGREE {
                            // "Qatar has pledged to expel exiled leaders": CAMEO has no
                            // intent to expel; the expulsion is coded as intended.
                            unpledged = Some(asker.trigger);
                        }
                    }
                    if unpledged.is_none() {
                        continue;
                    }
                    pledged = unpledged;
                }
            }
            // "urged China to stop supplying Russia with components", "called on Iran to
            // stop sending drones": an act someone is asked to stop is the appeal's
            // content, as an act asked for is.
            if input.w(t0).ends_with("ing")
                && t0 > sa + 2
                && matches!(input.w(t0 - 1), "stop" | "halt" | "cease" | "end")
                && input.w(t0 - 2) == "to"
                && sentence_triggers.iter().any(|h2| {
                    h2.span.end <= tokens[t0 - 2].span.start
                        && h2.span.start >= tokens[t0.saturating_sub(14).max(sa)].span.start
                        && h2.targets.iter().any(|&i| kb.lexicon[i as usize].plover == Plover::REQUEST)
                })
            {
                continue;
            }
            // "the Council of Europe's convention on torture", "a law against extremism": the
            // act a legal text is about is its subject matter, not an event.
            if lex.pos == Pos::Noun && t0 >= sa + 2 && {
                let mut k = t0 - 1;
                if input.w(k) == "the" && k > sa + 1 {
                    k -= 1;
                }
                matches!(input.w(k), "on" | "against")
                    && k > sa
                    && matches!(
                        input.w(k - 1).to_ascii_lowercase().as_str(),
                        "convention"
                            | "conventions"
                            | "treaty"
                            | "protocol"
                            | "law"
                            | "laws"
                            | "bill"
                            | "statute"
                            | "committee"
                            | "rapporteur"
                    )
            } {
                continue;
            }
            // "rallied in Yerevan over the border deal with Azerbaijan", "criticized the deal
            // with Russia": an agreement named with "the" after "over" or "against", or as
            // the object of a verb of criticism, protest or rejection, is the matter of that
            // act, one made before; not a new agreement.
            if lex.pos == Pos::Noun && lex.plover == Plover::AGREE && t0 > sa + 1 && {
                let mut k = t0 - 1;
                while k > sa + 1
                    && t0 - k <= 2
                    && tokens[k].kind == TokenKind::Word
                    && !tokens[k].cap
                    && input.w(k) != "the"
                    && !FUNCTION_WORDS.contains(&input.w(k))
                {
                    k -= 1;
                }
                input.w(k) == "the"
                    && (matches!(input.w(k - 1), "over" | "against")
                        || sentence_triggers.iter().any(|h2| {
                            tokens.partition_point(|t| t.span.start < h2.span.end) == k
                                && h2.targets.iter().any(|&i| {
                                    let l = &kb.lexicon[i as usize];
                                    l.pos == Pos::Verb
                                        && matches!(l.plover, Plover::ACCUSE | Plover::PROTEST | Plover::REJECT)
                                })
                        }))
            } {
                continue;
            }
            // "accused X of allowing…", "recalled … for consultations": a gerund after "of"
            // and a noun after "for" are the content or purpose of another act; so is a
            // gerund after "for" ("jailed a student for helping militants join a group").
            // A noun in "-ing" after "of" is a gerund too where an accusation comes just
            // before ("accused Rwanda of backing the rebels").
            let accused_of = || {
                lex.pos == Pos::Noun
                    && input.w(t0).ends_with("ing")
                    && sentence_triggers.iter().any(|h2| {
                        h2.span.end <= hit.span.start
                            && h2.span.start >= tokens[t0.saturating_sub(8).max(sa)].span.start
                            && h2.targets.iter().any(|&i| kb.lexicon[i as usize].plover == Plover::ACCUSE)
                    })
            };
            if t0 > sa
                && ((input.w(t0 - 1) == "of" && (lex.pos == Pos::Verb || accused_of()))
                    // "made remarks about killing Russians", "talked about expanding
                    // trade": a gerund after "about" is a topic.
                    || (input.w(t0 - 1) == "about" && input.w(t0).ends_with("ing"))
                    || (lex.pos == Pos::Noun && input.w(t0 - 1) == "for")
                    || (lex.pos == Pos::Verb
                        && input.w(t0 - 1) == "for"
                        && input.w(t0).to_ascii_lowercase().ends_with("ing")
                        // "took credit for attacking a convoy": the act claimed is coded.
                        && !(t0 > sa + 1
                            && matches!(input.w(t0 - 2).to_ascii_lowercase().as_str(), "responsibility" | "credit"))))
            {
                continue;
            }
            // "held talks with a Chinese delegation in Kabul on mining investment": a noun
            // after "on" (and up to two lowercase modifiers) that follows talks is their topic.
            if lex.pos == Pos::Noun
                && t0 > sa
                && (t0.saturating_sub(3).max(sa)..t0).rev().find(|&k| input.w(k) == "on").is_some_and(|k| {
                    (k + 1..t0).all(|j| tokens[j].kind == TokenKind::Word && !tokens[j].cap)
                        && sentence_triggers.iter().any(|h2| {
                            h2.span.end <= tokens[k].span.start
                                && h2.span.start >= tokens[k.saturating_sub(10).max(sa)].span.start
                                && h2.targets.iter().any(|&i| kb.lexicon[i as usize].plover == Plover::CONSULT)
                        })
                })
            {
                continue;
            }
            // "Putin discussed a ceasefire with Trump", "discussed the proposed sanctions":
            // the noun a verb of discussing takes as its object (across an article and up to
            // two lowercase modifiers) is what was talked about, not an act that took place.
            // A verb's form counts after an article or a modifier ("discussed the proposed
            // sanctions"), never where a conjunction or a clause comes between ("discussed
            // and agreed", "discussed how to impose"). A meeting discussed is one to come
            // ("discussed the next meeting of their foreign ministers"), coded as such below.
            if t0 > sa
                && lex.plover != Plover::CONSULT
                && (t0.saturating_sub(4).max(sa)..t0).rev().find(|&k| input.w(k).starts_with("discuss")).is_some_and(
                    |k| {
                        (lex.pos == Pos::Noun || k + 1 < t0)
                            && (k + 1..t0).all(|j| {
                                tokens[j].kind == TokenKind::Word
                                    && !tokens[j].cap
                                    && !matches!(
                                        input.w(j),
                                        "and"
                                            | "or"
                                            | "but"
                                            | "then"
                                            | "to"
                                            | "how"
                                            | "whether"
                                            | "that"
                                            | "what"
                                            | "before"
                                            | "after"
                                    )
                            })
                            && sentence_triggers.iter().any(|h2| {
                                h2.span.start <= tokens[k].span.start
                                    && h2.span.end >= tokens[k].span.end
                                    && h2.targets.iter().any(|&i| kb.lexicon[i as usize].plover == Plover::CONSULT)
                            })
                    },
                )
            {
                continue;
            }
            // "a journalist who had fled mobilisation", "men fleeing the crackdown": the act
            // a party flees or evades is another's, named as the reason of the flight.
            if lex.pos == Pos::Noun && t0 > sa && {
                let mut k = t0;
                while k > sa && DETERMINERS.contains(&input.w(k - 1)) {
                    k -= 1;
                }
                k > sa
                    && matches!(
                        input.w(k - 1),
                        "fled"
                            | "flee"
                            | "flees"
                            | "fleeing"
                            | "evade"
                            | "evaded"
                            | "evades"
                            | "evading"
                            | "avoid"
                            | "avoided"
                            | "avoiding"
                            | "dodge"
                            | "dodged"
                            | "dodging"
                    )
            } {
                continue;
            }
            // "arrested on charges of calling for mass riots", "jailed him for organising
            // protests", "charged with inciting riots": an act that a gerund of the grounds
            // of an accusation or a punishment takes as its object is what the accused is
            // said to have done, not an act of the one who accuses or punishes.
            if grounds_gerund(input, sa, t0, |g| {
                sentence_triggers.iter().any(|h2| {
                    h2.span.end <= tokens[g].span.start
                        && h2.span.start >= tokens[g.saturating_sub(8).max(sa)].span.start
                        && h2
                            .targets
                            .iter()
                            .any(|&i| matches!(kb.lexicon[i as usize].plover, Plover::ACCUSE | Plover::COERCE))
                })
            }) {
                continue;
            }
            // "acquitted opposition leader Nika Melia of all charges", "cleared of the
            // charges": charges someone is cleared of are no accusation made here.
            if lex.plover == Plover::ACCUSE
                && matches!(input.w(t0), "charges" | "charge" | "accusations" | "allegations" | "wrongdoing")
                && (t0.saturating_sub(3).max(sa)..t0).any(|k| {
                    input.w(k) == "of"
                        && (k + 1..t0).all(|j| matches!(input.w(j), "all" | "the" | "any" | "criminal" | "remaining"))
                        && (k.saturating_sub(8).max(sa)..k).any(|j| {
                            matches!(
                                input.w(j).to_ascii_lowercase().as_str(),
                                "acquitted" | "acquits" | "acquit" | "cleared" | "clears" | "absolved" | "exonerated"
                            )
                        })
                })
            {
                continue;
            }
            // "accused Egypt of trying to destabilise the region by sending troops": the
            // means an accused party is said to use ("by" and a gerund) is theirs too.
            if t0 > sa + 3
                && input.w(t0 - 1) == "by"
                && input.w(t0).ends_with("ing")
                && (t0.saturating_sub(14).max(sa)..t0 - 1).any(|k| {
                    matches!(input.w(k), "accused" | "accuses" | "accuse" | "accusing")
                        && (k + 1..t0 - 1)
                            .any(|g| input.w(g) == "of" && input.w(g + 1).ends_with("ing") && g + 1 < t0 - 1)
                        && (k + 1..t0).all(|j| !matches!(input.w(j), ";" | ":" | "but" | "and" | "while"))
                })
            {
                continue;
            }
            // "accused Kyrgyz troops of opening fire on a village, wounding a woman": a
            // participle of the outcome after the accused act belongs to that act, and is no
            // act of the accuser either.
            if t0 > sa + 4
                && input.w(t0 - 1) == ","
                && input.w(t0).ends_with("ing")
                && (t0.saturating_sub(20).max(sa)..t0 - 1).any(|k| {
                    matches!(input.w(k), "accused" | "accuses" | "accuse" | "accusing")
                        && (k + 1..t0 - 1).any(|g| input.w(g) == "of" && input.w(g + 1).ends_with("ing"))
                        && (k + 1..t0 - 1).all(|j| !matches!(input.w(j), ";" | ":" | "," | "but" | "while"))
                })
            {
                continue;
            }
            // "accused Tajik authorities of torture", "accusing Moscow of systematic
            // bombardment": an act named by a noun after the accusation's "of" is what the
            // accused is said to have done, as a gerund there is, not an act of the accuser.
            if lex.pos == Pos::Noun && t0 > sa + 3 && {
                let mut of = t0 - 1;
                while of > sa + 2
                    && of + 2 >= t0
                    && input.w(of) != "of"
                    && tokens[of].kind == TokenKind::Word
                    && !tokens[of].cap
                {
                    of -= 1;
                }
                input.w(of) == "of"
                    && (of.saturating_sub(10).max(sa)..of).any(|k| {
                        matches!(input.w(k), "accused" | "accuses" | "accuse" | "accusing")
                            && (k + 1..of).all(|j| !matches!(input.w(j), ";" | ":" | "," | "and" | "but" | "while"))
                    })
            } {
                continue;
            }
            // "expressed appreciation for China's assistance", "thanked Japan for its aid":
            // so is a noun after "for" and a possessive.
            if lex.pos == Pos::Noun && t0 > sa + 1 && {
                let mut k = t0;
                if matches!(input.w(k - 1), "its" | "their" | "his" | "her" | "our") {
                    k -= 1;
                } else if tokens[k - 1].kind == TokenKind::Possessive {
                    k = input.mentions_in(sa, k).iter().find(|m| m.toks.1 == k - 1).map_or(sa, |m| m.toks.0);
                    while k > sa && DETERMINERS.contains(&input.w(k - 1)) {
                        k -= 1;
                    }
                }
                k < t0 && k > sa && input.w(k - 1) == "for"
            } {
                continue;
            }
            // "demanded that Kabul hand over…", "alleged that the military carried out the
            // massacres": what is demanded or alleged (or, for a verb, threatened or denied)
            // is the content of that act, not an event of its own.
            let content_of_act = sentence_triggers.iter().any(|h2| {
                h2.span.end <= hit.span.start
                    // A claim that a party used force is an accusation, and the force a
                    // reported act of its own.
                    && !form_starts(&input.text[h2.span.start..h2.span.end], "claim")
                    && h2.targets.iter().any(|&i| match kb.lexicon[i as usize].plover {
                        Plover::REQUEST | Plover::ACCUSE => true,
                        // "warned that expanding military cooperation is dangerous": a noun
                        // in what is warned of or denied is mostly a fact, not the content.
                        Plover::THREATEN | Plover::REJECT => lex.pos == Pos::Verb,
                        _ => false,
                    })
                    // Nor a request for anonymity or comment: "A printer, who requested
                    // anonymity, said that the army had arrested …".
                    && !asks_or_refuses_comment(input, tokens.partition_point(|t| t.span.start < h2.span.end), sb)
                    && {
                        // "demanded that Kabul hand over…", but not "…and warned that…",
                        // where a coordinated verb starts an act of its own.
                        let k2 = tokens.partition_point(|t| t.span.start < h2.span.end);
                        let that = (k2..t0).rev().find(|&k| input.w(k) == "that");
                        // For a noun, the act must open a that-clause ("alleged that…"), not
                        // be followed by a relative "that" ("forces that have been…").
                        let opens_clause = lex.pos == Pos::Verb
                            || input.w(k2 - 1) == "that"
                            || (k2..(k2 + 3).min(t0)).any(|k| input.w(k) == "that");
                        // "alleged … that the military helped to plan and carry out killings":
                        // an "and" inside the clause joins its own words; only one before
                        // another trigger ("… and warned that …") starts an act of its own.
                        opens_clause
                            && that.is_some_and(|th| {
                                !(th..t0).any(|k| {
                                    input.w(k) == "and"
                                        && sentence_triggers.iter().any(|h3| {
                                            h3.span.start == tokens[(k + 1).min(tokens.len() - 1)].span.start
                                        })
                                })
                            })
                    }
            });
            // Whether a verb trigger of type `kind` ends at most `reach` tokens before this
            // noun, every token between passing `gap`.
            // Whether the trigger follows a verb of the given kind within `reach` words,
            // the words between passing `gap`.
            let after_verb_of = |kind: Plover, reach: usize, gap: &dyn Fn(usize) -> bool| {
                sentence_triggers.iter().any(|h2| {
                    h2.span.end <= hit.span.start
                        && h2.targets.iter().any(|&i| {
                            let l = &kb.lexicon[i as usize];
                            l.plover == kind && l.pos == Pos::Verb
                        })
                        && {
                            let k2 = tokens.partition_point(|t| t.span.start < h2.span.end);
                            k2 <= t0 && t0 - k2 <= reach && (k2..t0).all(gap)
                        }
                })
            };
            // A noun the verb takes as its object.
            let object_of = |kind: Plover, reach: usize, gap: &dyn Fn(usize) -> bool| {
                lex.pos == Pos::Noun && after_verb_of(kind, reach, gap)
            };
            // "called for the release of…", "demanded Lai's release", "urged Russia to accept
            // a ceasefire": a noun in the object of a request is what is asked for, not an
            // act that happened. A cause or a time ("urged calm after the attack") is none.
            let requested = object_of(Plover::REQUEST, 12, &|k| {
                !matches!(
                    input.w(k).to_ascii_lowercase().as_str(),
                    "," | ";"
                        | ":"
                        | "and"
                        | "but"
                        | "that"
                        | "which"
                        | "who"
                        | "after"
                        | "following"
                        | "over"
                        | "since"
                        | "during"
                        | "amid"
                        | "despite"
                        | "because"
                )
            });
            // "rejected accusations that…", "dismissed allegations": the accusation denied
            // is another party's, named or not; the rejection is the act coded.
            let denied = lex.plover == Plover::ACCUSE
                && object_of(Plover::REJECT, 3, &|k| tokens[k].kind == TokenKind::Word && !tokens[k].cap);
            // "rejected calls for early elections", "dismissed demands for his resignation":
            // so is a request made by no one named; the plural "calls" is a noun whatever
            // reading the phrasing has.
            let denied = denied
                || lex.plover == Plover::REQUEST
                    && matches!(input.w(t0), "calls" | "demands" | "appeals" | "requests" | "call" | "demand")
                    // "rejected calls by Belarus's rulers": a request whose maker is named
                    // happened.
                    && input.w(t1) != "by"
                    && after_verb_of(Plover::REJECT, 3, &|k| tokens[k].kind == TokenKind::Word && !tokens[k].cap);
            if content_of_act || requested || denied {
                // "warned that U.S. warships would be attacked": what a warning holds out
                // names the threat (CAMEO 131-138).
                if content_of_act {
                    if let Some(code) = intent_cameo(lex.plover, &lex.cameo)
                        .filter(|c| c.starts_with("13"))
                        .and_then(|c| kb.cameo_code(c))
                    {
                        if let Some(threat) = events[first_event..].iter_mut().rfind(|e| {
                            e.plover == Plover::THREATEN && e.cameo == "130" && e.trigger.end <= hit.span.start
                        }) {
                            threat.cameo = code.code.clone();
                            threat.goldstein = code.goldstein;
                            threat.mode = code.mode.clone();
                        }
                    }
                }
                continue;
            }
            // "The US claimed that ISIL had attacked Iraq": claiming that another party used
            // force or coercion is an accusation of that party (CAMEO 112, "allegations");
            // a claim of one's own act ("claimed that they had attacked") or of anything
            // else is none, and "rejected claims that" is a noun.
            if lex.plover == Plover::ACCUSE && form_starts(input.w(t0), "claim") {
                let own_act = matches!(
                    input.w(t1).to_ascii_lowercase().as_str(),
                    "they" | "it" | "we" | "he" | "she" | "i" | "its" | "their" | "his" | "her" | "our"
                );
                let force_claimed = sentence_triggers.iter().any(|h2| {
                    h2.span.start >= hit.span.end
                        && sspan.contains(h2.span)
                        && h2.targets.iter().any(|&i| {
                            matches!(kb.lexicon[i as usize].plover, Plover::ASSAULT | Plover::COERCE | Plover::SANCTION)
                        })
                });
                // ("dismissed Western claims that …": whose claims, between.)
                let whose = t0 > sa + 1 && tokens[t0 - 1].cap && tokens[t0 - 1].kind == TokenKind::Word;
                if own_act || !force_claimed || ends_verb_trigger(t0) || whose && ends_verb_trigger(t0 - 1) {
                    continue;
                }
            }
            // Words inside a quotation are what someone said (a statement), not events the
            // article reports: '"We have not received any evidence," he said.'
            // ("said it \"categorically rejects\" the accusations": a few words quoted
            // inside the reporter's own clause, with its subject before them and its object
            // after them, are still that clause's act.)
            let scare_quote = in_quote[t0] && {
                let open = (sa..t0).rev().find(|&k| !in_quote[k]);
                let close = (t0..sb).find(|&k| !in_quote[k]);
                match (open, close) {
                    (Some(o), Some(c)) => {
                        c - o <= 5
                            && o > sa
                            && tokens[o - 1].kind == TokenKind::Word
                            && c + 1 < sb
                            && tokens[c + 1].kind == TokenKind::Word
                            && !input.w(c - 1).ends_with([',', '.', '?', '!'])
                            // (Not words of the speaker's own stance: 'said the Philippines
                            // "will not be intimidated"'.)
                            && (o + 1..c).all(|k| {
                                !matches!(
                                    input.w(k),
                                    "not" | "never" | "will" | "would" | "be" | "been" | "can" | "cannot" | "must"
                                )
                            })
                    }
                    _ => false,
                }
            };
            if in_quote[t0] && !scare_quote {
                continue;
            }
            // "a mortar bomb was fired": a verb form right before "was" is a noun, the subject.
            if lex.pos == Pos::Verb
                && t1 == t0 + 1
                && t0 > sa
                && !input.w(t0).ends_with("ed")
                && matches!(input.w(t1), "was" | "were" | "is" | "are")
            {
                continue;
            }
            // A verb form after a determiner is an adjective or a noun the lexicon does not
            // list as one: "the besieged city", "a detained activist", "the fight against…".
            // ("the visiting Iranian delegation" is a visit, by the party it qualifies.)
            if lex.pos == Pos::Verb
                && t0 > sa
                && DETERMINERS.contains(&prev.as_str())
                && !(input.w(t0).eq_ignore_ascii_case("visiting")
                    && input.actor_mentions_in(t1, sb).next().is_some_and(|m| {
                        m.toks.0 == t1
                            && matches!(m.kind, MentionKind::Person | MentionKind::Agent | MentionKind::Organization)
                    }))
            {
                continue;
            }
            // "met with exiled dissidents", "the two exiled dissidents", "pledged to expel
            // exiled leaders": a participle after a preposition, a number or another verb,
            // and before a word, is an adjective.
            // A number that opens the sentence ("The two discussed trade") is its subject,
            // and the participle after it its verb, unless the noun after the participle
            // has a verb of its own ("The two exiled dissidents were freed").
            let number_subject = (t0 == sa + 1 || t0 == sa + 2 && input.w(sa).eq_ignore_ascii_case("the"))
                && !AUXILIARIES.contains(&input.w(t1 + 1).to_ascii_lowercase().as_str());
            if lex.pos == Pos::Verb
                && t1 == t0 + 1
                && t0 > sa
                && input.w(t0).ends_with("ed")
                && (ATTRIBUTIVE_AFTER.contains(&prev.as_str())
                    || !number_subject
                        && (tokens[t0 - 1].kind == TokenKind::Number || NUMBER_WORDS.contains(&prev.as_str()))
                        // "the Group of Seven urged": a number ending a name is no quantity.
                        && !input.mentions_in(sa, t0).iter().any(|m| m.toks.1 == t0 && m.toks.0 + 1 < t0)
                    || after_trigger[t0] && ends_verb_trigger(t0) && !after_a_noun_trigger(t0)
                    // "failed to delete banned content": so is one after an infinitive.
                    || t0 >= sa + 2
                        && input.w(t0 - 2) == "to"
                        && tokens[t0 - 1].kind == TokenKind::Word
                        && !tokens[t0 - 1].cap
                        && !prev.ends_with("ed")
                        && !matches!(prev.as_str(), "be" | "have" | "get" | "become" | "remain" | "stay" | "the"))
                && tokens.get(t1).is_some_and(|t| t.kind == TokenKind::Word)
                && !FUNCTION_WORDS.contains(&input.w(t1).to_ascii_lowercase().as_str())
            {
                continue;
            }
            // "were arrested over alleged fraud", "amid alleged irregularities": a phrasing
            // of several words that opens with a participle is no verb after a preposition.
            if lex.pos == Pos::Verb
                && t1 > t0 + 1
                && t0 > sa
                && input.w(t0).ends_with("ed")
                && (ATTRIBUTIVE_AFTER.contains(&prev.as_str()) || matches!(prev.as_str(), "amid" | "despite"))
            {
                continue;
            }
            // "two men sought in the slaying of…", "civilians imprisoned for acting against
            // Moscow were released", "a report released Tuesday in Kigali alleged…": a
            // participle right after a noun, with no object, in a sentence that reports
            // another act, is a reduced relative clause describing that noun: background.
            if lex.pos == Pos::Verb
                && lex.frame == Frame::Directed
                && t1 == t0 + 1
                && t0 > sa
                && is_participle(input.w(t0))
                && (lex.plover == Plover::COERCE || ACTS_ON_PERSONS.contains(&input.w(t0)))
                && tokens[t0 - 1].kind == TokenKind::Word
                && !in_date(t0 - 1)
                && !NOT_A_NOUN.contains(&prev.as_str())
                && !prev.ends_with("ly")
                && {
                    let mut k = t1;
                    while k < sb && (in_date(k) || input.w(k) == "on" && in_date(k + 1)) {
                        k += 1;
                    }
                    // "rebels surrendered last week in the town": after a date, only a
                    // noun that names no actor ("a report released Tuesday in Kigali").
                    let subject_like = input.mentions_in(sa, t0).iter().any(|m| m.toks.1 == t0 && m.is_actor());
                    (input.w(k) == "ago" || REDUCED_RELATIVE_PREPS.contains(&input.w(k))) && (k == t1 || !subject_like)
                }
                && sentence_triggers.iter().any(|h2| sspan.contains(h2.span) && h2.span != hit.span)
            {
                continue;
            }
            // "warned Israel of a crushing response to any attack", "opposes any military
            // action": an act named after "any" is one that may or may not come (and a
            // verb form after it is its noun: "to any attack").
            if t0 > sa
                && (input.w(t0 - 1).eq_ignore_ascii_case("any")
                    || t0 > sa + 1
                        && input.w(t0 - 2).eq_ignore_ascii_case("any")
                        && tokens[t0 - 1].kind == TokenKind::Word
                        && !tokens[t0 - 1].cap)
            {
                continue;
            }
            // "a $50 billion loan backed by profits from frozen Russian assets": a thing
            // backed by a thing is no party backing another.
            if lex.pos == Pos::Verb
                && lex.plover == Plover::SUPPORT
                && t0 > sa
                && t1 < sb
                && input.w(t1) == "by"
                && tokens[t0 - 1].kind == TokenKind::Word
                && !tokens[t0 - 1].cap
                && !BE.contains(&input.w(t0 - 1))
                && !matches!(input.w(t0 - 1), "been" | "being" | "who" | "that" | "which")
                && {
                    let k = input.after_determiners(t1 + 1);
                    !input.mentions_in(k, sb).iter().any(|m| m.toks.0 == k && m.is_actor())
                }
            {
                continue;
            }
            // "Ukraine ratified a sweeping agreement with the EU", "offering further military
            // support": a cooperative noun that is the object of a cooperative verb is what
            // that verb's act is about, not a second act.
            if hit.targets.iter().any(|&i| {
                let l = &kb.lexicon[i as usize];
                l.pos == Pos::Noun && COOPERATIVE.contains(&l.plover)
            }) && input.w(t1) != "between"
                && sentence_triggers.iter().any(|h2| {
                    let k2 = tokens.partition_point(|t| t.span.start < h2.span.end);
                    h2.span.end <= hit.span.start
                    && k2 >= sa
                    && k2 < t0
                    // "provide Kyrgyzstan with 100 million yuan in grant aid": a sum
                    // counts as one word.
                    && {
                        let qty = (k2..t0).any(|k| tokens[k].kind == TokenKind::Number);
                        t0 - k2 <= if qty { 6 } else { 4 }
                            && (k2..t0).all(|k| {
                                tokens[k].kind != TokenKind::Punct && !FUNCTION_WORDS.contains(&input.w(k))
                                    || DETERMINERS.contains(&input.w(k))
                                    || qty && (matches!(input.w(k), "in" | "of") || is_currency(input.w(k)))
                            })
                    }
                    && !input.w(k2 - 1).to_ascii_lowercase().starts_with("receiv")
                    // "endorse the U.S. proposal": a noun with a party of its own is that
                    // party's act.
                    && !input.mentions_in(k2, t0).iter().any(|m| {
                        matches!(
                            m.kind,
                            MentionKind::Country | MentionKind::Person | MentionKind::Organization | MentionKind::Group
                        )
                    })
                    && !in_set(input.w(k2 - 1), &LIGHT_VERBS_SET)
                    && h2.targets.iter().any(|&i| {
                        let l = &kb.lexicon[i as usize];
                        l.pos == Pos::Verb && COOPERATIVE.contains(&l.plover)
                    })
                })
            {
                continue;
            }
            // "took part in the killing", "are taking part in the drills": taking part in a
            // conflictual act or a show of force is that act, no meeting.
            if lex.plover == Plover::CONSULT
                && t1 > t0 + 1
                && input.w(t1 - 1) == "in"
                && matches!(
                    input.w(t0).to_ascii_lowercase().as_str(),
                    "took"
                        | "take"
                        | "takes"
                        | "taking"
                        | "participated"
                        | "participate"
                        | "participates"
                        | "participating"
                )
            {
                let mut k = t1;
                while k < sb && DETERMINERS.contains(&input.w(k)) {
                    k += 1;
                }
                let other = sentence_triggers.iter().any(|h2| {
                    let k2 = tokens.partition_point(|t| t.span.end <= h2.span.start);
                    (k..k + 3).contains(&k2)
                        && h2.targets.iter().any(|&i| {
                            matches!(
                                kb.lexicon[i as usize].plover,
                                Plover::ASSAULT
                                    | Plover::COERCE
                                    | Plover::PROTEST
                                    | Plover::MOBILIZE
                                    | Plover::SANCTION
                            )
                        })
                });
                // "participated in the National Day parade", "take part in the next
                // elections", "participating in public life": taking part is a meeting only
                // in one ("took part in the talks", "participated in the SCO summit").
                let meeting = (k..(k + 8).min(sb))
                    .take_while(|&j| tokens[j].kind != TokenKind::Punct || matches!(input.w(j), "-" | "'s" | "’s"))
                    .any(|j| {
                        matches!(
                            input.w(j).to_ascii_lowercase().as_str(),
                            "meeting"
                                | "meetings"
                                | "talks"
                                | "summit"
                                | "summits"
                                | "conference"
                                | "conferences"
                                | "videoconference"
                                | "forum"
                                | "forums"
                                | "negotiations"
                                | "consultations"
                                | "session"
                                | "sessions"
                                | "dialogue"
                                | "discussion"
                                | "discussions"
                                | "congress"
                                | "call"
                                | "calls"
                                | "roundtable"
                                | "round"
                                | "gathering"
                                | "assembly"
                                | "plenary"
                                | "format"
                                | "council"
                                // ("took part in the exercise alongside Chinese soldiers":
                                // a joint exercise.)
                                | "exercise"
                                | "exercises"
                        )
                    });
                if other || !meeting {
                    continue;
                }
            }
            // "Georgian demonstrators received weapons from the government": receiving a
            // thing is no hosting; only receiving a person or a delegation is.
            if lex.cameo == "043" && t1 == t0 + 1 && input.w(t0).to_ascii_lowercase().starts_with("receiv") {
                if let Some(from) = (t1..(t1 + 4).min(sb)).find(|&k| input.w(k) == "from") {
                    if !input.mentions_in(t1, from).iter().any(|m| m.is_actor()) {
                        continue;
                    }
                }
            }
            // "is seeking to deepen a partnership": seeking to act is an aim (a modality
            // cue of the act), not a request.
            if lex.plover == Plover::REQUEST
                && t1 == t0 + 1
                && matches!(input.w(t0).to_ascii_lowercase().as_str(), "seek" | "seeks" | "seeking" | "sought")
                && input.w(t1) == "to"
            {
                continue;
            }
            // "released a report", "released a statement": publishing is no release of
            // prisoners.
            if lex.plover == Plover::CONCEDE
                && lex.cameo.starts_with("084")
                && (t1..(t1 + 4).min(sb))
                    .take_while(|&k| tokens[k].kind != TokenKind::Punct)
                    .any(|k| PUBLICATIONS.contains(&input.w(k).to_ascii_lowercase().as_str()))
            {
                continue;
            }
            // "according to a recent report, the Program for International Student Assessment
            // (PISA), released this month by the OECD": a participle with no object after a
            // publication named just before it tells its publishing.
            if lex.plover == Plover::CONCEDE
                && lex.cameo.starts_with("084")
                && t1 == t0 + 1
                && input.w(t0) == "released"
                && t0 > sa
                && (input.w(t0 - 1) == "," || PUBLICATIONS.contains(&input.w(t0 - 1)))
                && (t1 >= sb
                    || matches!(
                        input.w(t1),
                        "by" | "this" | "last" | "on" | "in" | "earlier" | "today" | "yesterday" | "," | "." | ";"
                    ))
                && (t0.saturating_sub(12).max(sa)..t0).any(|k| PUBLICATIONS.contains(&input.w(k)))
            {
                continue;
            }
            // "missile warning data", "an early warning system": a warning that modifies a
            // noun of things names no threat.
            if lex.plover == Plover::THREATEN
                && t1 == t0 + 1
                && matches!(input.w(t0).to_ascii_lowercase().as_str(), "warning" | "warnings")
                && WARNING_THINGS.contains(&input.w(t1))
            {
                continue;
            }
            // "victims killed in the crash", "died in a flood": a death in an accident or
            // a disaster is no attack.
            if lex.plover == Plover::ASSAULT
                && lex.pos == Pos::Verb
                && matches!(input.w(t1), "in" | "by" | "when")
                && (t1 + 1..(t1 + 8).min(sb))
                    .take_while(|&k| !matches!(input.w(k), "," | ";" | "and"))
                    .any(|k| ACCIDENTS.contains(&input.w(k).to_ascii_lowercase().as_str()))
            {
                continue;
            }
            // "A bus crash killed 20 people", "Floods killed 30 people", "A gas explosion at a
            // factory killed ten workers": nor is one whose subject is an accident.
            if lex.plover == Plover::ASSAULT
                && lex.pos == Pos::Verb
                && (t0.saturating_sub(8).max(sa)..t0)
                    .rev()
                    .take_while(|&k| !matches!(input.w(k), "," | ";" | "and" | "that" | "said" | "after" | "as"))
                    .any(|k| {
                        let w = input.w(k).to_ascii_lowercase();
                        ACCIDENTS.contains(&w.as_str())
                            || w == "gas" && matches!(input.w(k + 1), "explosion" | "blast" | "leak")
                            // "after a fire killed six people at a market": a blaze (not
                            // "Israeli fire", "sniper fire", which are shots).
                            || matches!(w.as_str(), "blaze" | "inferno")
                            || w == "fire" && k > sa && matches!(input.w(k - 1), "a" | "A")
                            // "An explosion at a fireworks warehouse killed 12 people": a blast
                            // or a fire at a place of work.
                            || matches!(w.as_str(), "explosion" | "blast" | "fire")
                                && (k + 1..t0).any(|j| {
                                    matches!(
                                        input.w(j),
                                        "fireworks"
                                            | "chemical"
                                            | "chemicals"
                                            | "factory"
                                            | "warehouse"
                                            | "plant"
                                            | "mine"
                                            | "coal"
                                            | "refinery"
                                            | "boiler"
                                    )
                                })
                    })
            {
                continue;
            }
            // "The ministry released a statement", "A preliminary assessment … released
            // Thursday showed": what is released is a text or a recording, not a captive.
            if lex.plover == Plover::CONCEDE
                && lex.pos == Pos::Verb
                && t1 == t0 + 1
                && matches!(
                    input.w(t0).to_ascii_lowercase().as_str(),
                    "released" | "releases" | "release" | "releasing"
                )
                && {
                    let published = |w: &str| {
                        matches!(
                            w,
                            "report"
                                | "reports"
                                | "statement"
                                | "statements"
                                | "assessment"
                                | "data"
                                | "figures"
                                | "video"
                                | "videos"
                                | "footage"
                                | "study"
                                | "poll"
                                | "survey"
                                | "findings"
                                | "images"
                                | "photos"
                                | "photographs"
                                | "list"
                                | "plan"
                                | "budget"
                                | "album"
                                | "film"
                                | "book"
                                | "document"
                                | "documents"
                                | "results"
                                | "details"
                                | "transcript"
                                | "recording"
                                | "audio"
                                | "letter"
                                | "guidelines"
                                | "forecast"
                                | "estimates"
                                | "analysis"
                                | "map"
                                | "update"
                                | "records"
                                | "files"
                        )
                    };
                    let noun_after = |from: usize| {
                        let mut k = from;
                        let mut n = 0;
                        while n < 4 && k < sb && !published(input.w(k)) {
                            let w = input.w(k);
                            if !(DETERMINERS.contains(&w) || tokens[k].kind == TokenKind::Word && !tokens[k].cap) {
                                return false;
                            }
                            k += 1;
                            n += 1;
                        }
                        k < sb && published(input.w(k))
                    };
                    // ("the \"2024 … Protection Report\" released by the committee": the
                    // text right before, past a closing quote, whatever its case.)
                    let mut p = t0;
                    if p > sa && matches!(input.w(p - 1), "\"" | "”" | "’" | "'") {
                        p -= 1;
                    }
                    let text_before = p > sa && published(input.w(p - 1).to_ascii_lowercase().as_str());
                    text_before || noun_after(t1) || {
                        let mut k = sa;
                        while DETERMINERS.contains(&input.w(k).to_ascii_lowercase().as_str()) {
                            k += 1;
                        }
                        (k..k + 3).any(|j| j < t0 && published(input.w(j)))
                            // ("The report said police released 20 protesters": not across
                            // a clause of its own.)
                            && !(k..t0).any(|j| {
                                matches!(input.w(j), "said" | "says" | "say" | "that" | "showed" | "shows" | "found")
                            })
                    }
                }
            {
                continue;
            }
            // "a drive to fight corruption", "is fighting inflation": a fight against an ill,
            // not an enemy, is no attack.
            if lex.plover == Plover::ASSAULT
                && lex.pos == Pos::Verb
                && matches!(
                    input.w(t0).to_ascii_lowercase().as_str(),
                    "fight"
                        | "fights"
                        | "fighting"
                        | "fought"
                        | "battle"
                        | "battling"
                        | "battled"
                        | "combat"
                        | "combating"
                        | "combatting"
                )
                && {
                    let mut k = t1;
                    if input.w(k) == "against" {
                        k += 1;
                    }
                    while DETERMINERS.contains(&input.w(k)) || matches!(input.w(k), "rampant" | "widespread" | "high") {
                        k += 1;
                    }
                    matches!(
                        input.w(k),
                        "corruption"
                            | "poverty"
                            | "inflation"
                            | "crime"
                            | "hunger"
                            | "disease"
                            | "diseases"
                            | "climate"
                            | "drugs"
                            | "drug"
                            | "fraud"
                            | "disinformation"
                            | "misinformation"
                            | "racism"
                            | "discrimination"
                            | "unemployment"
                            | "malaria"
                            | "cancer"
                            | "pandemic"
                            | "wildfires"
                            | "fires"
                            | "extremism"
                            | "money"
                            | "smuggling"
                            | "trafficking"
                            | "pollution"
                            | "desertification"
                            | "impunity"
                    )
                }
            {
                continue;
            }
            // "raised interest rates to curb inflation", "measures to restrict spending": a
            // curb on a quantity of the economy, not on people, is no restriction.
            if lex.plover == Plover::COERCE
                && lex.pos == Pos::Verb
                && lex.cameo == "172"
                && (input.w(t0).starts_with("curb") || input.w(t0).starts_with("restrict"))
                && {
                    let mut k = t1;
                    while DETERMINERS.contains(&input.w(k))
                        || matches!(input.w(k), "rising" | "high" | "soaring" | "runaway" | "surging" | "food" | "fuel")
                    {
                        k += 1;
                    }
                    ECONOMIC_QUANTITIES.contains(&input.w(k))
                }
            {
                continue;
            }
            // "in the first such attack since the war", "such meetings are rare": a noun
            // (or a verb form) after "such" names a kind of act, or the act just told, not a
            // new one.
            if t0 > 0 && input.w(t0 - 1).eq_ignore_ascii_case("such") {
                continue;
            }
            // "fired two rockets at Israel", "a missile fired by rebels": a bare "fire" is an
            // attack only when aimed or said of a weapon; "fired the minister", "fired from
            // his job" are not.
            if lex.plover == Plover::ASSAULT
                && t1 == t0 + 1
                && matches!(input.w(t0).to_ascii_lowercase().as_str(), "fired" | "fires")
                && !(t1..(t1 + 7).min(sb))
                    .take_while(|&k| !matches!(input.w(k), "," | ";" | "and" | "from" | "by"))
                    .find(|&k| matches!(input.w(k), "at" | "on" | "into" | "toward" | "towards" | "across" | "upon"))
                    // "fired its chief executive on Monday": a person fired, a date, no aim.
                    .is_some_and(|k| !in_date(k + 1) && !input.mentions_in(t1, k).iter().any(|m| m.is_actor()))
                && !(input.w(t1) == "by"
                    && (t0.saturating_sub(5).max(sa)..t0)
                        .any(|k| WEAPONS.contains(&input.w(k).to_ascii_lowercase().as_str())))
                // "fired a long-range ballistic missile from near Pyongyang": a weapon fired.
                && !(t1..(t1 + 5).min(sb))
                    .take_while(|&k| !matches!(input.w(k), "," | ";" | "and" | "from" | "by"))
                    .any(|k| WEAPONS.contains(&input.w(k).to_ascii_lowercase().as_str()))
            {
                continue;
            }
            // "threatened to use nuclear weapons if attacked", "will respond when provoked":
            // a bare participle after a conjunction of condition or time is a passive with
            // its subject left out, whose agent no one names (unless "by" follows).
            if lex.pos == Pos::Verb
                && t1 == t0 + 1
                && t0 > sa
                && matches!(input.w(t0 - 1).to_ascii_lowercase().as_str(), "if" | "unless" | "when" | "until")
                && input.w(t0).ends_with("ed")
                && input.w(t1) != "by"
            {
                continue;
            }
            // "Obama wants Putin to act": wanting someone to act is an appeal to them;
            // "wants to act" is an intent, a modality of the act.
            if lex.plover == Plover::REQUEST
                && t1 == t0 + 1
                && matches!(input.w(t0).to_ascii_lowercase().as_str(), "wants" | "wanted" | "want")
                && !input
                    .mentions_in(t1, sb)
                    .iter()
                    .any(|m| m.is_actor() && m.toks.0 <= t1 + 1 && input.w(m.toks.1) == "to")
            {
                continue;
            }
            // "helped the two dissidents", "to help Israel": helping someone is aid;
            // "helped to plan", "helps explain" are not. "free" is a verb only after "to" or
            // a modal ("would free 150 prisoners"), else an adjective ("free trade"), and
            // frees someone ("would free up funds" is no release).
            let bare = input.w(t0).to_ascii_lowercase();
            let helping = lex.plover == Plover::AID && matches!(bare.as_str(), "helped" | "helps" | "help" | "helping");
            let freeing = lex.plover == Plover::CONCEDE && bare == "free";
            if t1 == t0 + 1 && (helping || freeing) {
                // "Helping newcomers": a gerund opening the sentence (or a heading) is no act.
                if t0 == sa {
                    continue;
                }
                if freeing
                    && !matches!(
                        prev.as_str(),
                        "to" | "will"
                            | "would"
                            | "could"
                            | "can"
                            | "must"
                            | "should"
                            | "shall"
                            | "may"
                            | "might"
                            | "not"
                    )
                {
                    continue;
                }
                let mut k = t1;
                while k < sb
                    && (DETERMINERS.contains(&input.w(k))
                        || tokens[k].kind == TokenKind::Number
                        || NUMBER_WORDS.contains(&input.w(k))
                        || matches!(input.w(k), "over" | "about" | "nearly" | "almost" | "some"))
                {
                    k += 1;
                }
                // "150 Palestinian prisoners": the mention may start at a skipped number; one
                // word later ("helped local farmers"), unless it is a possessive after a verb
                // ("help secure Lai's release").
                let capital = input.w(k).chars().next().is_some_and(char::is_uppercase);
                if !input.mentions_in(t1, sb).iter().any(|m| {
                    m.is_actor()
                        && (m.toks.0 <= k
                            || m.toks.0 == k + 1
                                && (capital || tokens.get(m.toks.1).is_none_or(|t| t.kind != TokenKind::Possessive)))
                }) {
                    continue;
                }
            }
            // "suspended part of a military aid program": a programme of aid that is
            // suspended is the aid stopped.
            let aid_suspended = discontinuation(&lex.cameo).is_some()
                && matches!(input.w(t1).to_ascii_lowercase().as_str(), "program" | "programme" | "package")
                && (t0.saturating_sub(5).max(sa)..t0)
                    .any(|k| SUSPENDING.contains(&input.w(k).to_ascii_lowercase().as_str()));
            // A noun before an office word modifies it: "relief chief", "aid agencies".
            if lex.pos == Pos::Noun
                && !aid_suspended
                && matches!(
                    input.w(t1).to_ascii_lowercase().as_str(),
                    "chief"
                        | "minister"
                        | "ministers"
                        | "official"
                        | "officials"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "agency"
                        | "agencies"
                        | "envoy"
                        | "coordinator"
                        | "commissioner"
                        | "director"
                        | "head"
                        | "workers"
                        | "groups"
                        | "organizations"
                        | "organisations"
                        | "convoy"
                        | "convoys"
                        | "trucks"
                        | "package"
                        | "programme"
                        | "program"
                        | "proposal"
                        | "proposals"
                        | "offer"
                        | "offers"
                        | "request"
                        | "requests"
                )
            {
                continue;
            }
            // "The Taliban (outlawed in Russia)", "Hayat Tahrir al-Sham (banned in Russia)": a
            // participle opening an aside in parentheses after a name describes it; it is no
            // act of the story.
            if lex.pos != Pos::Noun
                && t0 >= sa + 2
                && input.w(t0 - 1) == "("
                && input.mentions_in(sa, t0 - 1).iter().any(|m| m.toks.1 == t0 - 1 && m.is_actor())
                && input.w(t0).ends_with("ed")
            {
                continue;
            }
            let clause = input.clause_of(trig, sa, sb);
            // "condemned the Israeli strikes": a verb form in "-s" with no noun row, after
            // a country's name that follows an article or another act's verb, is a plural
            // noun all the same.
            // "Sanctions on Belarus were lifted": so is one that opens the sentence (a verb
            // in "-s" needs its subject before it).
            let noun_use = lex.pos == Pos::Verb
                && t1 == t0 + 1
                && input.w(t0).ends_with('s')
                && !input.w(t0).ends_with("ss")
                && (t0 >= sa + 2 && after_a_country_adjective(input, sentence_triggers, sa, t0, false)
                    || t0 == sa && tokens[t0].cap && t1 < sb && tokens[t1].kind != TokenKind::Punct);
            // "After meeting Xi in Beijing, Putin said…": an "-ing" form opening a participle
            // clause, a party right after it, is the verb of that clause even where the
            // lexicon holds it as a noun ("meeting").
            let participle_use = lex.pos == Pos::Noun
                && t0 == sa + 1
                && t1 == t0 + 1
                && input.w(t0).ends_with("ing")
                && input.intro_participle(sa, sb).is_some()
                && input.actor_mentions_in(t1, sb).next().is_some_and(|m| {
                    m.toks.0 == t1 || m.toks.0 == t1 + 1 && matches!(input.w(t1), "the" | "his" | "her" | "their")
                });
            let is_noun = lex.pos == Pos::Noun && !participle_use || noun_use;
            // "during a visit to a missile factory": a visit to a site, naming no one met, is
            // no meeting.
            if is_noun && lex.plover == Plover::CONSULT && input.w(t1) == "to" && {
                let k = input.after_determiners(t1 + 1);
                let site = (k..(k + 3).min(sb)).find(|&j| {
                    matches!(
                        input.w(j),
                        "factory"
                            | "plant"
                            | "site"
                            | "base"
                            | "farm"
                            | "school"
                            | "hospital"
                            | "museum"
                            | "mine"
                            | "shipyard"
                            | "laboratory"
                            | "facility"
                            | "exhibition"
                            | "construction"
                            | "frontline"
                            | "front"
                    )
                });
                site.is_some_and(|j| {
                    (k..=j).all(|i| !tokens[i].cap) && !input.mentions_in(k, j + 1).iter().any(|m| m.is_actor())
                })
            } {
                continue;
            }
            // (A form in "-s" after "of" is a noun too: "the possibility of U.S. sanctions
            // on Turkey".)
            if (is_noun || !input.w(t0).ends_with("ed")) && feared_act(input, sa, t0) {
                continue;
            }

            // Passive: "was held", "were detained by police", "was reportedly attended by",
            // "were later deported".
            let mut k = t0;
            while k > clause.start
                && (input.w(k - 1).ends_with("ly")
                    || matches!(
                        input.w(k - 1),
                        "not"
                            | "later"
                            | "also"
                            | "then"
                            | "never"
                            | "soon"
                            | "still"
                            | "already"
                            | "again"
                            | "all"
                            | "both"
                    ))
            {
                k -= 1;
            }
            // "was fired at", "were shot dead": a phrase opening with a participle too.
            let passive = !is_noun
                && k > clause.start
                && BE.contains(&input.w(k - 1))
                && (input.w(t1 - 1).ends_with("ed") || t1 > t0 + 1 && input.w(t0).ends_with("ed"))
                || !is_noun
                    && k > clause.start
                    && BE.contains(&input.w(k - 1))
                    // "was shot dead by": the phrasing may open with the participle.
                    && [input.w(t1 - 1), input.w(t0)].into_iter().any(|w| matches!(
                        w,
                        "held"
                            | "met"
                            | "hit"
                            | "shot"
                            | "struck"
                            | "seized"
                            | "sent"
                            | "given"
                            | "taken"
                            | "beaten"
                            | "driven"
                            | "thrown"
                    ));
            // "Israel is opposed to French mediation": a participle that names a stance
            // is an adjective, and its subject the actor.
            // "is committed to peace": so is a phrase that opens with such a participle.
            let stative = matches!(input.w(t1 - 1), "opposed" | "committed" | "engaged" | "involved" | "determined")
                && matches!(input.w(t1), "to" | "in")
                || t1 > t0 + 1
                    && matches!(input.w(t0), "opposed" | "committed" | "engaged" | "involved" | "determined")
                    && matches!(input.w(t0 + 1), "to" | "in");
            let passive = passive && !stative;
            // "were freed", "has been released": a phrase that holds its own auxiliary (one
            // that holds its "by" too, "was received by", names the parties its own way).
            let own_be = if matches!(input.w(t0), "has" | "have" | "had") { t0 + 1 } else { t0 };
            let passive = passive
                || !is_noun
                    && t1 >= own_be + 2
                    && BE.contains(&input.w(own_be))
                    && (own_be == t0 || input.w(own_be) == "been")
                    && input.w(own_be + 1).ends_with("ed")
                    && input.w(t1 - 1) != "by";
            // "journalists have been blocked or harassed", "may be arrested and detained": a
            // participle coordinated with a passive one is passive too.
            let passive = passive
                || !is_noun
                    && t1 == t0 + 1
                    && input.w(t0).ends_with("ed")
                    && k >= clause.start + 3
                    && matches!(input.w(k - 1), "or" | "and")
                    && input.w(k - 2).ends_with("ed")
                    && BE.contains(&input.w(k - 3));
            // A reduced passive: "vaccines donated by the Chinese government".
            let passive = passive || (!is_noun && input.w(t1) == "by" && input.w(t1 - 1).ends_with("ed"));
            // "A senior al-Shabab commander is dead, killed in a U.S. airstrike": a
            // participle after a comma, followed by the circumstances rather than an object,
            // is a reduced passive whose subject is that of the clause before.
            let passive = passive
                || !is_noun
                    && t1 == t0 + 1
                    && t0 > sa + 1
                    && input.w(t0 - 1) == ","
                    && input.w(t0).ends_with("ed")
                    && matches!(input.w(t1), "in" | "during" | "when" | "while" | "after" | "near" | "as" | "at");
            // "A UN convoy came under attack", "positions were under fire from Russian
            // artillery": the subject undergoes the act, whose agent "by" or "from" names.
            let under = matches!(lex.plover, Plover::ASSAULT | Plover::COERCE)
                && t0 >= sa + 2
                && input.w(t0 - 1) == "under"
                && matches!(
                    input.w(t0 - 2),
                    "came"
                        | "come"
                        | "comes"
                        | "coming"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "been"
                        | "remained"
                        | "remains"
                );
            // "Kazakhstan could face secondary sanctions", "faces charges of treason": the
            // subject of "face" undergoes the act its object names.
            let faced = is_noun && matches!(lex.plover, Plover::SANCTION | Plover::COERCE | Plover::ACCUSE) && {
                let mut k = t0;
                while k > sa
                    && t0 - k < 3
                    && (DETERMINERS.contains(&input.w(k - 1))
                        || tokens[k - 1].kind == TokenKind::Word
                            && !tokens[k - 1].cap
                            && !input.w(k - 1).starts_with("fac"))
                {
                    k -= 1;
                }
                k > sa && matches!(input.w(k - 1), "face" | "faces" | "faced" | "facing")
            };
            let under = under || faced;
            let passive = passive || under;
            // "demanded the release of journalists detained last month": a participle right
            // after a party a preposition opens, with no object of its own, is a reduced
            // passive whose subject is that party.
            // "Lukashenko pardoned a German citizen sentenced to death": so is one, or a
            // phrasing that opens with one, right after the object of an earlier verb.
            let object_of_verb = |m: &Mention| {
                let mut k = m.toks.0;
                while k > sa && DETERMINERS.contains(&input.w(k - 1)) {
                    k -= 1;
                }
                k > sa
                    && sentence_triggers.iter().any(|h2| {
                        h2.span.end == tokens[k - 1].span.end
                            && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
                    })
            };
            let reduced_subject: Option<&Mention> = (!is_noun
                && !passive
                && t0 > sa + 2
                && input.w(t0).ends_with("ed")
                && !DETERMINERS.contains(&input.w(t1).to_ascii_lowercase().as_str())
                && !matches!(input.w(t1), "him" | "her" | "them" | "it" | "us" | "me" | "that" | "and" | "or")
                && !input.mentions_in(t1, t1 + 1).iter().any(|m| m.is_actor()))
            .then(|| {
                input.actor_mentions_in(t0.saturating_sub(8).max(sa), t0).filter(|m| m.toks.1 == t0).last().filter(
                    |m| {
                        (t1 == t0 + 1
                            && matches!(
                                preceded_by_preposition(input.text, tokens, m),
                                Some("of" | "on" | "for" | "against" | "with" | "to")
                            )
                            || object_of_verb(m))
                            && m.kind == MentionKind::Agent
                    },
                )
            })
            .flatten();
            let passive = passive || reduced_subject.is_some();
            // "The attack was condemned by the United Nations": an agent of another kind of
            // act, whose object the noun is, does not do the act the noun names.
            let subject_by = (is_noun && lex.frame == Frame::Directed && t0 <= clause.start + 3)
                .then(|| subject_passive_by(input, t1, clause.end))
                .flatten()
                .filter(|&(b, _)| {
                    !sentence_triggers.iter().any(|h2| {
                        h2.span.start == tokens[b + 1].span.start
                            && h2.targets.iter().all(|&i| kb.lexicon[i as usize].plover != lex.plover)
                    })
                });
            let by_agent: Vec<&Mention> = if under {
                if matches!(input.w(t1), "by" | "from") {
                    input.agents_after(t1 + 1, clause.end)
                } else {
                    vec![]
                }
            } else if passive && (input.w(t1) == "by" || input.w(t1 + 1) == "by") {
                let from = if input.w(t1) == "by" { t1 + 1 } else { t1 + 2 };
                input.agents_after(from, clause.end)
            } else if let Some(by) = passive.then(|| input.by_after_a_date(t1, clause.end)).flatten() {
                // "was received on Monday by President Pezeshkian".
                input.agents_after(by + 1, clause.end)
            } else if let Some(by) = passive
                .then(|| {
                    input.by_after_complements(t1, clause.end, |k| {
                        sentence_triggers
                            .iter()
                            .any(|h2| h2.span.start >= tokens[k].span.start && h2.span.start < tokens[k].span.end)
                    })
                })
                .flatten()
            {
                // "was sentenced in absentia to 10 years in prison by a Moscow court", "was
                // fined $2 million by a court".
                input.agents_after(by + 1, clause.end)
            } else if is_noun && input.w(t1) == "by" && (lex.frame == Frame::Directed || lex.plover == Plover::PROTEST)
            {
                // ("after protests by residents": who protests, too.)
                // "an air strike by government forces", "accusations by Kyiv", "the visit by
                // President Xi": the agent of a noun acts.
                input.agents_after(t1 + 1, clause.end)
            } else if is_noun
                && lex.plover == Plover::PROTEST
                && matches!(input.w(t1), "led" | "organised" | "organized" | "staged" | "called")
                && input.w(t1 + 1) == "by"
            {
                // "after deadly protests led by young people": so does the agent of the
                // participle that says who led the protest.
                input.agents_after(t1 + 2, clause.end)
            } else if let Some((_, from)) = subject_by {
                // "Evidence against Russia was presented by the US": the agent of the
                // passive verb whose subject is the noun does the act it names.
                input.agents_after(from, clause.end)
            } else {
                vec![]
            };

            // The subject: nearest actor before the trigger in the clause.
            // "Pakistan, a key U.S. ally in the war on terror, has refused…": a name inside
            // an appositive describes the subject before it; it is not the subject.
            let in_appositive = |m: &Mention, from: usize| -> bool {
                let Some(o) = (from.max(1)..m.toks.0).rev().take(12).find(|&k| input.w(k) == ",") else {
                    return false;
                };
                matches!(input.w(o + 1), "a" | "an" | "the" | "one")
                    && (m.toks.1..t0).any(|k| input.w(k) == ",")
                    && input.actor_mentions_in(from, o).any(|a| a.toks.1 == o)
            };
            // "Insurgents bombarded Syria's second city Aleppo overnight, killing eight
            // people": a participle after a comma shares the subject of the verb event
            // before it; the names after that verb are its objects, not the subject.
            let subject_end = if !is_noun
                && t0 > sa + 1
                && input.w(t0 - 1) == ","
                && input.w(t0).to_ascii_lowercase().ends_with("ing")
            {
                // ("Xi convened a meeting with company heads, including tech firms, calling
                // on them…": a noun after an article is the object of the verb before it, and
                // that verb's subject is the participle's.)
                sentence_triggers
                    .iter()
                    .rev()
                    .filter_map(|h| {
                        let a = tokens.partition_point(|t| t.span.end <= h.span.start);
                        if h.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb) {
                            Some(a)
                        } else {
                            (a > sa + 1 && matches!(input.w(a - 1), "a" | "an" | "the")).then(|| a - 1)
                        }
                    })
                    .find(|&a| a >= clause.start && a + 1 < t0)
                    .unwrap_or(t0)
            } else {
                t0
            };
            // The trigger with the auxiliaries and adverbs before it ("had kidnapped").
            let k_aux = input.auxiliaries_start(sa, t0);
            // "North Korea fired a missile, South Korea's military said, drawing
            // condemnation from Tokyo": the speaker of an attribution set off by commas is
            // no subject of what follows it.
            let interposed_speaker = |m: &Mention| {
                m.toks.0 > sa
                    && m.toks.1 + 1 < t0
                    && input.w(m.toks.0 - 1) == ","
                    && ATTRIBUTION_VERBS.contains(&input.w(m.toks.1))
                    && input.w(m.toks.1 + 1) == ","
            };
            // "Tajikistan, which borders Afghanistan, condemned the attack": a name inside a
            // relative clause set off by commas right before the verb is not its subject
            // (the clause's antecedent is).
            let relative_before = input.closed_relative_before(sa, t0);
            let in_closed_relative = |m: &Mention| relative_before.is_some_and(|(j, _)| m.toks.0 > j);
            // "Turkish warplanes struck Iraq, hours after an attack on a defence company
            // killed five people": an attack named by a noun after an article, with no
            // comma or conjunction before the verb, is the verb's subject; no name before it is.
            // ("responded to the attack by destroying its air force": a verb after a
            // preposition is no finite verb and has no such subject.)
            let attack_subject = (!is_noun && !passive && t0 > sa && !PREPOSITION_WORDS.contains(&input.w(t0 - 1)))
                .then(|| {
                    sentence_triggers
                        .iter()
                        .filter(|h| {
                            h.span.end <= hit.span.start
                                && h.targets.iter().any(|&i| {
                                    let l = &kb.lexicon[i as usize];
                                    l.pos == Pos::Noun && l.plover == Plover::ASSAULT
                                })
                        })
                        .filter_map(|h| {
                            let a = tokens.partition_point(|t| t.span.end <= h.span.start);
                            let e = tokens.partition_point(|t| t.span.start < h.span.end);
                            let clear = (e..t0).all(|j| {
                                tokens[j].is_word()
                                    && !matches!(input.w(j), "and" | "but" | "or" | "which" | "that" | "who")
                            });
                            let det = (a.saturating_sub(3).max(sa)..a)
                                .rev()
                                .find(|&j| matches!(input.w(j).to_ascii_lowercase().as_str(), "a" | "an" | "the"))?;
                            (clear && (det + 1..a).all(|j| tokens[j].is_word())).then_some(det)
                        })
                        .next_back()
                })
                .flatten();
            // "Hundreds of people gathered outside the government building to demand…": a
            // body named after a preposition of place is where the subject stands.
            let outside_of = |m: &Mention| {
                let mut j = m.toks.0;
                while j > sa && DETERMINERS.contains(&input.w(j - 1).to_ascii_lowercase().as_str()) {
                    j -= 1;
                }
                j > sa && matches!(input.w(j - 1), "outside" | "inside" | "behind")
                    // "many waving Palestinian flags": a flag carried names no one.
                    || matches!(input.w(m.toks.1 - 1), "flag" | "flags" | "banner" | "banners")
            };
            // "An attack on a defence company near Ankara killed five people": a name after
            // "on" or "against" that follows an attack named by a noun is its target, not
            // the subject of the verb after it.
            let attack_target = |m: &Mention| {
                let mut j = m.toks.0;
                while j > sa
                    && j + 4 > m.toks.0
                    && tokens[j - 1].is_word()
                    && !matches!(input.w(j - 1), "on" | "against")
                {
                    if input.w(j - 1).bytes().any(|b| b.is_ascii_uppercase()) && j < m.toks.0 {
                        return false;
                    }
                    j -= 1;
                }
                j > sa + 1
                    && matches!(input.w(j - 1), "on" | "against")
                    && sentence_triggers.iter().any(|h| {
                        h.span.end == tokens[j - 2].span.end
                            && h.targets.iter().any(|&i| {
                                let l = &kb.lexicon[i as usize];
                                l.pos == Pos::Noun && l.plover == Plover::ASSAULT
                            })
                    })
            };
            // "praised relations between Russia and Kazakhstan during talks with Tokayev":
            // a later name of a list a preposition opens is no subject either.
            let in_prepositional_list = |m: &Mention, from: usize| {
                // (", and the prime ministers signed" opens a clause of its own.)
                m.toks.0 > from + 1
                    && input.w(m.toks.0 - 1) == "and"
                    && input.w(m.toks.0 - 2) != ","
                    && input.conjuncts(m, from, m.toks.1, true).iter().min_by_key(|c| c.toks.0).is_some_and(|c| {
                        c.toks.0 < m.toks.0
                            && preceded_by_preposition(input.text, tokens, c)
                                .is_some_and(|p| !matches!(p, "after" | "before" | "since" | "until" | "by" | "of"))
                    })
            };
            let subject = |from: usize| -> Vec<&Mention> {
                input
                    .actor_mentions_in(from, subject_end)
                    .filter(|m| {
                        // "two weeks after rebels kidnapped dozens": "after", "before",
                        // "since" and "until" right before a name and its verb open a
                        // clause; the name is its subject.
                        // ("after a Chinese coast guard vessel rammed …": a craft the party
                        // acts through may stand between.)
                        let conjunction = !is_noun
                            && (m.toks.1 == k_aux
                                || m.toks.1 + 1 == k_aux
                                    && matches!(
                                        input.w(m.toks.1),
                                        "vessel"
                                            | "vessels"
                                            | "ship"
                                            | "ships"
                                            | "warship"
                                            | "warships"
                                            | "boat"
                                            | "boats"
                                            | "aircraft"
                                            | "jet"
                                            | "jets"
                                            | "warplane"
                                            | "warplanes"
                                            | "plane"
                                            | "planes"
                                            | "drone"
                                            | "drones"
                                            | "helicopter"
                                            | "helicopters"
                                    ))
                            && matches!(
                                preceded_by_preposition(input.text, tokens, m),
                                Some("after" | "before" | "since" | "until")
                            );
                        // "A report (released) by Human Rights Watch accused …": the
                        // publisher of a text that is the subject acts through it.
                        let publisher = !is_noun && m.toks.0 >= from + 2 && input.w(m.toks.0 - 1) == "by" && {
                            let mut k = m.toks.0 - 2;
                            if k > from && matches!(input.w(k), "released" | "published" | "issued" | "compiled") {
                                k -= 1;
                            }
                            PUBLICATIONS.contains(&input.w(k)) || matches!(input.w(k), "investigation" | "analysis")
                        };
                        (conjunction || publisher || preceded_by_preposition(input.text, tokens, m).is_none())
                            && !input.is_locative(m)
                            && !object_position(m)
                            && !in_appositive(m, from)
                            && !interposed_speaker(m)
                            && !in_closed_relative(m)
                            && !attack_target(m)
                            && attack_subject.is_none_or(|d| m.toks.0 > d)
                            && !outside_of(m)
                            && !in_prepositional_list(m, from)
                    })
                    .max_by_key(|m| m.toks.1)
                    .map(|m| input.conjuncts(m, from, t0, true))
                    .unwrap_or_default()
            };
            // "activists who had protested": the relative pronoun's antecedent is the actor.
            let mut k = t0;
            while k > sa
                && matches!(
                    input.w(k - 1),
                    "had"
                        | "have"
                        | "has"
                        | "were"
                        | "was"
                        | "are"
                        | "is"
                        | "been"
                        | "being"
                        | "also"
                        | "reportedly"
                        | "allegedly"
                )
            {
                k -= 1;
            }
            // "the group that has seized": "that" right before a verb is a relative pronoun
            // too (after "said that" a subject comes first).
            let relative =
                k > sa && (matches!(input.w(k - 1), "who" | "which") || !is_noun && input.w(k - 1) == "that");
            let antecedent: Vec<&Mention> = if relative {
                // "clashed with police, who fired tear gas": a comma may set the clause off.
                let end = if k >= sa + 2 && input.w(k - 2) == "," { k - 2 } else { k - 1 };
                let before = |end: usize| -> Vec<&Mention> {
                    input.mentions_in(sa, end).iter().filter(|m| m.is_actor() && m.toks.1 == end).collect()
                };
                let found = before(end);
                // "protesters in Nairobi who were demanding": "who" is no place; it stands
                // for whoever the place phrase follows.
                match found.iter().map(|m| m.toks.0).min() {
                    Some(p)
                        if input.w(k - 1) == "who"
                            && p > sa + 1
                            && found.iter().all(|m| matches!(m.kind, MentionKind::Place | MentionKind::Country))
                            && matches!(input.w(p - 1), "in" | "at" | "from" | "near" | "outside" | "of") =>
                    {
                        before(p - 1)
                    }
                    _ => found,
                }
            } else {
                vec![]
            };
            // "Police arrested a man who attacked the embassy": a relative clause whose
            // antecedent is no actor has no known actor; the sentence's subject is not it.
            // (After a comma, ", which" may take up the whole clause before it.)
            // "who" stands for the person before it, never for a whole clause.
            let bare_relative =
                (relative && antecedent.is_empty() && (k < sa + 2 || input.w(k - 2) != "," || input.w(k - 1) == "who"))
                    || embedded_question(input, sa, t0);
            // "called for the immediate release of the journalists", "condemned the
            // crackdown on protesters": an act named as the object of a demand or a stance
            // is not done by whoever demands or takes the stance. A demanded act has not
            // happened; the demand is the event.
            let governed = governing_stance(input, sentence_triggers, kb, sa, t0, is_noun);
            if governed == Some(Plover::REQUEST) {
                diagnostics.push(Diagnostic {
                    code: "event-demanded",
                    message: format!(
                        "{} trigger `{}` names what was demanded",
                        lex.plover,
                        &input.text[hit.span.start..hit.span.end]
                    ),
                    span: Some(hit.span),
                });
                continue;
            }
            // "vetoed a draft resolution demanding a halt to the fighting": a participle
            // after a text (and a phrase of place) is what the text says; a text that was
            // blocked said it for no one, and the act did not happen (whoever adopts a
            // text acts through it: "adopted a resolution condemning …").
            let text_participle = !is_noun
                && t0 > sa + 2
                && input.w(t0).ends_with("ing")
                && (t0.saturating_sub(5).max(sa + 1)..t0).any(|n| {
                    matches!(
                        input.w(n),
                        "resolution"
                            | "resolutions"
                            | "statement"
                            | "declaration"
                            | "letter"
                            | "motion"
                            | "bill"
                            | "petition"
                            | "communique"
                            | "communiqué"
                            | "text"
                    ) && (n + 1..t0).all(|j| {
                        tokens[j].kind == TokenKind::Word && !matches!(input.w(j), "and" | "that" | "which" | "who")
                    }) && (n + 1 == t0 || matches!(input.w(n + 1), "at" | "in" | "before" | "to"))
                        && (n.saturating_sub(6).max(sa)..n).any(|j| {
                            let w = input.w(j).to_ascii_lowercase();
                            ["veto", "block", "reject", "oppos", "torpedo", "scuttl"].iter().any(|p| w.starts_with(p))
                                || w == "against"
                        })
                });
            if text_participle {
                diagnostics.push(Diagnostic {
                    code: "event-blocked-text",
                    message: format!(
                        "{} trigger `{}` is what a blocked text says",
                        lex.plover,
                        &input.text[hit.span.start..hit.span.end]
                    ),
                    span: Some(hit.span),
                });
                continue;
            }
            let bare_relative = bare_relative || governed.is_some();
            // "Police detained women protesting in Kabul": a participle in "-ing" right after
            // another act's object is done by that object.
            let ing_subject: Option<&Mention> = (!is_noun && input.w(t0).ends_with("ing") && t0 > sa + 2)
                .then(|| {
                    // ("fired tear gas at protesters in Nairobi demanding …": a place
                    // phrase may stand between the people and the participle.)
                    let placed = |m: &&Mention| {
                        m.toks.1 + 1 < t0
                            && matches!(input.w(m.toks.1), "in" | "from" | "near" | "across" | "outside")
                            && input.mentions_in(m.toks.1 + 1, t0).iter().any(|p| {
                                p.toks == (m.toks.1 + 1, t0)
                                    && matches!(p.kind, MentionKind::Place | MentionKind::Country)
                            })
                    };
                    input
                        .actor_mentions_in(t0.saturating_sub(8).max(sa), t0)
                        // ("supports the M23 rebels fighting in eastern Congo": an armed
                        // group or another body named right before it too.)
                        .filter(|m| {
                            m.toks.1 == t0 && matches!(m.kind, MentionKind::Agent | MentionKind::Organization)
                                || placed(m)
                        })
                        .last()
                        .filter(|m| {
                            matches!(m.kind, MentionKind::Agent | MentionKind::Organization)
                                // "fired rubber bullets at students demanding…", "opened fire
                                // on villagers demanding…": the object of the act's preposition
                                // too.
                                && preceded_by_preposition(input.text, tokens, m)
                                    .is_none_or(|p| matches!(p, "at" | "on" | "upon" | "with" | "against"))
                                && sentence_triggers.iter().any(|h2| {
                                    // ("opened fire on demonstrators protesting …": or end
                                    // the phrasing of that act.)
                                    (h2.span.end <= m.span.start
                                        && h2.span.end >= tokens[m.toks.0.saturating_sub(3).max(sa)].span.start
                                        || h2.span.start < m.span.start && h2.span.end == m.span.end)
                                        && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
                                })
                        })
                })
                .flatten();
            // "…, the Tajik foreign ministry said, demanding an investigation": a participle
            // of speech right after an attribution set off by commas is the speaker's act
            // (a participle of any other act, "drawing condemnation", is the reported one's).
            let speaker_subject: Option<&Mention> = (!is_noun
                && t0 > sa + 3
                && input.w(t0).ends_with("ing")
                && input.w(t0 - 1) == ","
                && ATTRIBUTION_VERBS.contains(&input.w(t0 - 2))
                && matches!(lex.plover, Plover::ACCUSE | Plover::REQUEST | Plover::THREATEN | Plover::REJECT))
            .then(|| {
                input
                    .actor_mentions_in(sa, t0 - 2)
                    .filter(|m| {
                        m.toks.1 == t0 - 2
                            && m.toks.0 > sa + 1
                            && (input.w(m.toks.0 - 1) == ","
                                || input.w(m.toks.0 - 2) == "," && matches!(input.w(m.toks.0 - 1), "the" | "a" | "an"))
                    })
                    .last()
            })
            .flatten();
            // "a plot by Islamic State supporters to attack a concert", "a bid by Moscow to
            // annex": the party that made the plan is the planned act's actor.
            // A foiled plan with no maker named ("Police foiled a plot to bomb the embassy")
            // has no known actor: the one who foiled it did not plan it.
            let plan = (!is_noun).then(|| planned_by(input, sa, t0)).flatten();
            let planner = plan.and_then(|(_, m)| m);
            // "hours before thousands marched in Caracas": a crowd counted right before the
            // verb is its subject, and no name before it is.
            let counted_subject = !is_noun
                && !passive
                && k_aux > sa
                && matches!(input.w(k_aux - 1), "thousands" | "hundreds" | "dozens" | "millions" | "scores" | "crowds");
            // "detained more than 100 people protesting the arrest": a participle right
            // after people its clause acts on is done by them, whom no name gives.
            let people_participle = !is_noun
                && ing_subject.is_none()
                && t0 > sa + 2
                && input.w(t0).ends_with("ing")
                && matches!(
                    input.w(t0 - 1),
                    "people"
                        | "protesters"
                        | "protestors"
                        | "demonstrators"
                        | "students"
                        | "residents"
                        | "villagers"
                        | "workers"
                        | "supporters"
                        | "activists"
                        | "civilians"
                        | "farmers"
                        | "women"
                        | "men"
                )
                && !input.mentions_in(sa, t0).iter().any(|m| m.toks.1 == t0 && m.is_actor())
                && sentence_triggers.iter().any(|h2| {
                    h2.span.end <= tokens[t0 - 1].span.start
                        && h2.span.end >= tokens[t0.saturating_sub(6).max(sa)].span.start
                        && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
                });
            let bare_relative = bare_relative
                || people_participle
                || counted_subject
                || plan.is_some_and(|(noun, m)| m.is_none() && foiled(input, sa, noun).is_some());
            // The subject of the main clause does what an opening participle says
            // ("After visiting Moscow, Modi flew to Vienna": Modi visited).
            // So do the main clause's subject in talks an opening phrase names with someone
            // ("After talks with Erdogan, Putin said a deal was close").
            let intro_talks = is_noun
                && lex.frame == Frame::Symmetric
                && input.w(t1) == "with"
                && t0 <= sa + 3
                && is_one_of(input.w(sa), &["after", "following", "during", "before", "upon"])
                && (sa + 1..t0).all(|j| tokens[j].kind == TokenKind::Word && !tokens[j].cap);
            let intro_subject: Option<&Mention> = (!is_noun && t0 == sa + 1 || intro_talks)
                .then(|| {
                    if intro_talks {
                        (t1 + 1..sb.min(t1 + 12)).find(|&k| input.w(k) == ",").filter(|&c| c + 1 < sb)
                    } else {
                        input.intro_participle(sa, sb)
                    }
                })
                .flatten()
                .and_then(|c| {
                    let k = input.after_determiners(c + 1);
                    input
                        .actor_mentions_in(c + 1, sb)
                        .find(|m| (m.toks.0 == c + 1 || m.toks.0 == k) && !matches!(m.kind, MentionKind::Place))
                });
            let mut left = if let Some(m) = intro_subject {
                input.conjuncts(m, m.toks.0, sb, false)
            } else if let Some(m) = reduced_subject.or(ing_subject).or(speaker_subject).or(planner) {
                vec![m]
            } else if !antecedent.is_empty() {
                antecedent
            } else if bare_relative {
                vec![]
            } else {
                subject(clause.start)
            };
            // A clause without an actor before its verb takes the sentence's subject ("Russia
            // said it would send troops"), unless it is passive with a subject of its own:
            // in "officials said eight people were killed" the speaker suffered nothing.
            let own_passive_subject = passive
                && (clause.start..k).any(|j| {
                    tokens[j].is_word()
                        && !matches!(
                            input.w(j).to_ascii_lowercase().as_str(),
                            "it" | "they"
                                | "he"
                                | "she"
                                | "we"
                                | "i"
                                | "that"
                                | "had"
                                | "has"
                                | "have"
                                | "would"
                                | "will"
                        )
                });
            // Nor does an active one whose subject is a noun phrase naming no actor: in
            // "Pakistan said the attack killed 12 soldiers" the speaker killed no one.
            let own_active_subject = !passive
                && !is_noun
                && clause.start + 1 < k
                // The words before the verb are its subject alone: "said the article was
                // false and refused to delete it" refuses in the speaker's name.
                && (clause.start..k).all(|j| {
                    let w = input.w(j);
                    !matches!(w, "and" | "or" | "but" | "," | ";" | "\"" | "had" | "has" | "have" | "been")
                        && !BE.contains(&w)
                        // "the UNICEF director said the agency needs": a body named by a
                        // common noun may be the speaker's own.
                        && !matches!(
                            w,
                            "agency"
                                | "ministry"
                                | "government"
                                | "country"
                                | "organization"
                                | "organisation"
                                | "company"
                                | "group"
                                | "party"
                                | "council"
                                | "department"
                                | "administration"
                                | "authorities"
                                | "state"
                                | "army"
                                | "military"
                                | "bloc"
                                | "alliance"
                                | "commission"
                                | "committee"
                                | "office"
                                | "embassy"
                                | "court"
                        )
                })
                && (matches!(input.w(clause.start), "the" | "a" | "an" | "this" | "these" | "those")
                    || sentence_triggers.iter().any(|h| {
                        let a = tokens.partition_point(|t| t.span.end <= h.span.start);
                        a >= clause.start
                            && a <= clause.start + 2
                            && a < k
                            && h.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Noun)
                    }));
            let mut speaker_country = false;
            if left.is_empty() && clause.start > sa && !own_passive_subject && !own_active_subject && !bare_relative {
                left = subject(sa);
                // "Iranian state television said the country had test-fired a missile": the
                // country a broadcaster names is its own, not the broadcaster.
                let mut j = clause.start;
                while j < k && DETERMINERS.contains(&input.w(j).to_ascii_lowercase().as_str()) {
                    j += 1;
                }
                speaker_country = j > clause.start
                    && j < k
                    && matches!(input.w(j), "country" | "nation")
                    && !left.is_empty()
                    && left.iter().all(|m| m.sector.as_deref() == Some("MED") && m.countries.len() == 1);
            }
            // "Kyrgyz police raided the offices of the news outlet Kloop and seized
            // equipment": a verb joined by "and" to the verb of the sentence's last event
            // shares that verb's subject; a name in the first verb's object is no subject.
            if !is_noun && !passive && !left.is_empty() {
                let and_at = (t0.saturating_sub(3).max(sa + 1)..t0).find(|&j| {
                    input.w(j) == "and" && (j + 1..t0).all(|i| input.w(i).bytes().all(|b| b.is_ascii_lowercase()))
                });
                // Two verbs of one form ("raided … and seized"), the first's act not done by
                // both sides on each other ("met with officials and vowed …").
                let form = |w: &str| {
                    let w = w.to_ascii_lowercase();
                    if w.ends_with("ed") {
                        1
                    } else if w.ends_with("ing") {
                        2
                    } else {
                        3
                    }
                };
                if let (Some(and_at), Some(prev)) = (and_at, events[first_event..].last()) {
                    let kp = tokens.partition_point(|t| t.span.start < prev.trigger.end);
                    let kp0 = tokens.partition_point(|t| t.span.start < prev.trigger.start);
                    if kp <= and_at
                        && !prev.actors.is_empty()
                        && form(input.w(kp0)) == form(input.w(t0))
                        && !prev.recipients.iter().any(|r| prev.actors.iter().any(|a| a.code == r.code))
                        && left.iter().all(|m| m.toks.0 >= kp)
                        && (kp..and_at)
                            .all(|j| !matches!(input.w(j), ";" | ":" | "but" | "while" | "who" | "which" | "that"))
                    {
                        let shared: Vec<&Mention> = input
                            .mentions_in(sa, kp)
                            .iter()
                            .filter(|m| m.is_actor() && prev.actors.iter().any(|p| p.span == m.span))
                            .collect();
                        if !shared.is_empty() {
                            left = shared;
                        }
                    }
                }
            }
            // "detained 20 people who took part in an unauthorised rally": those who join
            // an act named by a noun do it, even as another verb's object.
            if is_noun {
                let joined = (t0.saturating_sub(6).max(sa + 1)..t0).find(|&j| {
                    let verb_end = match (input.w(j), input.w(j + 1), input.w(j + 2)) {
                        ("took" | "take" | "taking", "part", "in") => j + 3,
                        ("participated" | "participate" | "participating", "in", _) => j + 2,
                        ("joined" | "join" | "joining" | "attended" | "attend" | "staged" | "held", _, _) => j + 1,
                        _ => return false,
                    };
                    input.w(j - 1) == "who"
                        && verb_end <= t0
                        && (verb_end..t0).all(|k| input.w(k).chars().all(|c| c.is_lowercase() || c == '-'))
                });
                if let Some(j) = joined {
                    let who = j - 1;
                    // With no party named before "who" ("20 people"), whoever is named
                    // earlier did not do it.
                    left = input.mentions_in(sa, who).iter().filter(|m| m.is_actor() && m.toks.1 == who).collect();
                }
            }

            // "rescued the crew of a merchant vessel attacked by Houthi rebels": a reduced
            // passive right after a common noun suffers on that noun, not on the clause's
            // subject.
            if passive
                && !is_noun
                && t0 > sa
                && input.w(t1) == "by"
                && tokens[t0 - 1].kind == TokenKind::Word
                && !tokens[t0 - 1].cap
                && !BE.contains(&input.w(t0 - 1))
                && !BE.contains(&input.w(t0))
                && !matches!(
                    input.w(t0 - 1),
                    "been"
                        | "being"
                        | "get"
                        | "got"
                        | "who"
                        | "that"
                        | "which"
                        | "and"
                        | "or"
                        | "but"
                        | "not"
                        | "when"
                        | "while"
                        | "if"
                        | "once"
                        | "unless"
                        | "until"
                        | "after"
                        | "before"
                        | "as"
                        | "than"
                )
                && !input.w(t0 - 1).ends_with("ly")
                && !input.mentions_in(sa, t0).iter().any(|m| m.toks.1 == t0)
            {
                left.clear();
            }
            // "military talks", "security talks": a common noun with no country right
            // before a noun of meeting names what is talked about, not a party.
            let topic = |m: &Mention| {
                is_noun
                    && lex.plover == Plover::CONSULT
                    && m.kind == MentionKind::Agent
                    && m.toks == (t0 - 1, t0)
                    && m.code.is_none()
                    && input.w(t0 - 1).starts_with(|c: char| c.is_lowercase())
            };
            // Participants of a noun trigger's own phrase.
            let mut own: Vec<&Mention> = Vec::new();
            let mut pronoun_owner = false;
            if is_noun {
                // Pre-modifiers: "China-Central Asia political parties' dialogue", "Russian airstrikes".
                let mut k = t0;
                let mut verb_to_at: Option<usize> = None;
                while k > clause.start {
                    let w = input.w(k - 1);
                    let lw = w.to_ascii_lowercase();
                    let t = tokens[k - 1];
                    // "Israel's crackdown on protests": the words before another act's noun
                    // and its preposition are that act's.
                    let preposition = AFTER_PREPOSITION.contains(&lw.as_str())
                        && k >= 2
                        && sentence_triggers.iter().any(|h| h.span.end == tokens[k - 2].span.end);
                    // "Iran condemned Israeli strikes": another act's verb ends the phrase
                    // (not one whose last word qualifies this noun: "China has increased
                    // security cooperation").
                    let other_verb = (k..t0).all(|j| !PREPOSITION_WORDS.contains(&input.w(j)))
                        && sentence_triggers.iter().any(|h2| {
                            h2.span != hit.span
                                && h2.span.end == t.span.end
                                && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
                                && !(k == t0
                                    && qualifying_phrase(
                                        input,
                                        tokens.partition_point(|t| t.span.start < h2.span.start),
                                        t0,
                                    ))
                        });
                    // "Ishiba and Lee agreed to deepen security cooperation": nor does another
                    // act's verb before "to" (its subject, named below, is the noun's party
                    // as a whole, not the words the phrase reaches: "South Korean").
                    let verb_before_to = (k < t0 && input.w(k) == "to")
                        .then(|| {
                            sentence_triggers.iter().find(|h2| {
                                h2.span != hit.span
                                    && h2.span.end == t.span.end
                                    && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
                            })
                        })
                        .flatten();
                    // (A pledge's subject only, to a noun of cooperation or talks: "were not
                    // allowed to undertake road trips" names no one who travels, "signed an
                    // agreement to jointly combat insecurity" no one who has fought.)
                    if verb_before_to.is_some_and(|h2| {
                        h2.targets.iter().any(|&i| {
                            let l = &kb.lexicon[i as usize];
                            l.pos == Pos::Verb && l.plover == Plover::AGREE
                        })
                    }) && (COOPERATIVE.contains(&lex.plover) || lex.plover == Plover::CONSULT)
                    {
                        verb_to_at = Some(k - 1);
                    }
                    // "a statement on North Korea's missile launch": a preposition before
                    // the party that owns the noun ends the phrase ("to next year's drills"
                    // names no owner).
                    let owner_after_preposition = PREPOSITION_WORDS.contains(&w)
                        && (k..t0).any(|j| {
                            tokens[j].kind == TokenKind::Possessive
                                && input.actor_mentions_in(k, j).any(|m| m.toks.1 == j)
                        });
                    // "Japan and the Philippines": an article that opens the second name of
                    // a list of parties is no edge of the phrase.
                    let listed_name = lw == "the"
                        && k >= 2
                        && k < t0
                        && matches!(input.w(k - 2), "and" | "or" | ",")
                        && input.mentions_in(k, t0).iter().any(|m| m.toks.0 == k && m.countries.len() == 1)
                        && input.mentions_in(k.saturating_sub(4), k - 2).iter().any(|m| m.toks.1 == k - 2);
                    if DETERMINERS.contains(&lw.as_str()) && !listed_name
                        || t.kind == TokenKind::Punct && !matches!(w, "-" | "–")
                        || BE.contains(&lw.as_str())
                        || in_set(w, &LIGHT_VERBS_SET)
                        || preposition
                        || other_verb
                        || verb_before_to.is_some()
                        || owner_after_preposition
                        // "closed its borders with Iran and Turkey because of fighting
                        // between Azerbaijanis and Armenians": "because of" right before
                        // the noun ends its phrase ("wagons of humanitarian aid" does not).
                        || k == t0 && k >= 2 && lw == "of" && input.w(k - 2).eq_ignore_ascii_case("because")
                        // "sent flour to Afghanistan as humanitarian aid": "as" opens what the
                        // noun says the thing is; the words before it are the clause's.
                        || lw == "as"
                        // "a journalist who reported on protests": a preposition after a
                        // verb in the past opens the verb's complement; its subject is no
                        // party of the noun.
                        || matches!(lw.as_str(), "on" | "about" | "into" | "against" | "at" | "over")
                            && k >= 2
                            && tokens[k - 2].kind == TokenKind::Word
                            && !tokens[k - 2].cap
                            && input.w(k - 2).ends_with("ed")
                        // "a port deal with Somaliland following talks mediated by Turkey":
                        // so does a preposition of time or circumstance ("youths threw
                        // stones during demonstrations" still joined them).
                        || k == t0
                            && matches!(
                                lw.as_str(),
                                "following" | "after" | "before" | "despite" | "since" | "until" | "amid" | "amidst"
                            )
                        // "the treatment of Tajik migrants during police raids": before the
                        // noun's modifiers, "during" too.
                        || k < t0 && lw == "during"
                    {
                        break;
                    }
                    k -= 1;
                    if t0 - k > 7 {
                        break;
                    }
                }
                // "during the police raids": an agent's phrase opens with the article the
                // walk stopped at.
                let from = if k > clause.start && DETERMINERS.contains(&input.w(k - 1).to_ascii_lowercase().as_str()) {
                    k - 1
                } else {
                    k
                };
                // The subject of the verb before "to", whole.
                if let Some(v) = verb_to_at {
                    own.extend(left.iter().copied().filter(|m| m.toks.1 <= v));
                }
                own.extend(input.mentions_in(from, t0).iter().filter(|m| {
                    (m.toks.0 >= k || m.kind == MentionKind::Agent)
                        && m.toks.1 <= t0
                        && !topic(m)
                        && (m.is_actor()
                            || m.kind != MentionKind::Person && !m.absorbed
                            || matches!(m.kind, MentionKind::Country | MentionKind::Group))
                }));
                // Post-modifiers: "between A and B", "of X", "with X".
                if matches!(input.w(t1), "between" | "of" | "with" | "among" | "involving") {
                    let mut from = t1 + 1;
                    while DETERMINERS.contains(&input.w(from)) {
                        from += 1;
                    }
                    // ("a loan of $2 billion to Kyrgyzstan": a name after another
                    // preposition is no party of the noun's own phrase; "from" and "in"
                    // may place people: "with the heads of news agencies from the five
                    // Central Asian states".)
                    let direct = |m: &Mention| {
                        (from..m.toks.0)
                            .all(|j| !matches!(input.w(j), "to" | "for" | "on" | "against" | "into" | "over"))
                    };
                    if let Some(m) = input
                        .actor_mentions_in(from, clause.end)
                        .filter(|m| m.toks.0 <= from + 6 && direct(m))
                        .min_by_key(|m| m.toks.0)
                    {
                        own.extend(input.conjuncts(m, from, clause.end, false));
                    } else {
                        own.extend(input.mentions_in(from, clause.end).iter().filter(|m| {
                            m.toks.1 <= (from + 8).min(clause.end)
                                && matches!(m.kind, MentionKind::Country | MentionKind::Group)
                                && direct(m)
                        }));
                    }
                }
                // "Kazakhstan valued its partnership with Russia and China": a possessive
                // pronoun right before the noun (or before one adjective) stands for the
                // clause's subject, which takes part in what the noun names with them.
                let possessive_pronoun = (1..=2).any(|n| {
                    t0 >= clause.start + n
                        && matches!(input.w(t0 - n), "its" | "their" | "our")
                        && (t0 - n + 1..t0).all(|j| tokens[j].kind == TokenKind::Word && !tokens[j].cap)
                });
                pronoun_owner = lex.frame == Frame::Symmetric
                    && possessive_pronoun
                    && !own.is_empty()
                    && own.iter().all(|m| m.toks.0 > t0)
                    && left.iter().any(|m| m.toks.1 < t0);
                // Adjectives absorbed by an agent phrase would be counted twice.
                own.dedup_by_key(|m| m.span);
                let agents: Vec<Span> = own.iter().filter(|m| m.kind == MentionKind::Agent).map(|m| m.span).collect();
                own.retain(|m| m.kind == MentionKind::Agent || !agents.iter().any(|a| a.contains(m.span)));
            }
            // Up to four words back, or seven across a quantity ("will provide nearly
            // 25,000 tons of emergency food aid", "will provide $20 million in humanitarian
            // aid"), within the clause and its conjunct.
            let quantity = (t0.saturating_sub(7)..t0).any(|k| k >= clause.start && matches!(input.w(k), "of" | "in"))
                && (t0.saturating_sub(7)..t0).any(|k| k >= clause.start && tokens[k].kind == TokenKind::Number);
            // A name between the verb and the noun counts as one word ("gave the Ivory Coast
            // 5.1 million dollars of aid").
            // An amount before the noun counts as one word ("approved a $300 million arms
            // package for Taipei").
            let amount = (t0.saturating_sub(7).max(clause.start)..t0).filter(|&k| amount_word(input, k)).count();
            let reach = if quantity { 7 } else { 4 + amount.saturating_sub(1).min(3) };
            // "sent flour to Afghanistan as humanitarian aid": "as" names what the verb's
            // object is, after the object and its recipient.
            // (Of aid and the like only: "holding refugees as human shields" holds them.)
            let reach = reach
                + if t0 > clause.start && input.w(t0 - 1) == "as" && COOPERATIVE.contains(&lex.plover) { 4 } else { 0 };
            // "held another round of border talks": a round is a measure of talks.
            // ("proposed a new package of sanctions": so is a package or a wave.)
            let reach = reach
                + if (t0.saturating_sub(5)..t0).any(|k| {
                    matches!(input.w(k), "round" | "rounds" | "package" | "packages" | "wave" | "raft" | "batch")
                        && input.w(k + 1) == "of"
                }) {
                    2
                } else {
                    0
                };
            let reach = reach
                + input
                    .mentions_in(t0.saturating_sub(reach + 4).max(clause.start.saturating_sub(1)), t0)
                    .iter()
                    .filter(|m| m.is_actor() && m.toks.1 <= t0)
                    .map(|m| m.toks.1 - m.toks.0 - 1)
                    .max()
                    .unwrap_or(0);
            // "Italy announced a suspension of air links": a verb of speech that opens the
            // clause but takes a noun as its object is the noun's light verb.
            let verb_floor = if clause.start > sa
                && in_set(input.w(clause.start - 1), &LIGHT_VERBS_SET)
                && input.w(clause.start - 1) != "that"
            {
                clause.start - 1
            } else {
                clause.start
            };
            let lifting_at = (t0.saturating_sub(5)..t0)
                .rev()
                .take_while(|&k| k >= clause.start && !matches!(input.w(k), "," | ";" | "and" | "but"))
                .find(|&k| {
                    let w = input.w(k).to_ascii_lowercase();
                    (LIFTING.contains(&w.as_str()) && reversal(&lex.cameo).is_some()
                        || SUSPENDING.contains(&w.as_str()) && discontinuation(&lex.cameo).is_some())
                        // ("The talks ended with an agreement", "ended without agreement":
                        // the verb must take the agreement as its object.)
                        && !(lex.cameo == "057"
                            && (k + 1..t0).any(|j| PREPOSITION_WORDS.contains(&input.w(j)) || input.w(j) == "without"))
                })
                // "hinting at lifting the sanctions", "called for the Taliban to lift the
                // ban": lifting talked about or asked for is no lifting.
                .filter(|&k| {
                    let before = if k > sa { input.w(k - 1) } else { "" };
                    let talked_about =
                        matches!(before, "at" | "on" | "about" | "of" | "for" | "toward" | "towards" | "against");
                    let asked_for = before == "to"
                        && sentence_triggers.iter().any(|h2| {
                            h2.span.end <= tokens[k].span.start
                                && h2.targets.iter().any(|&i| {
                                    matches!(
                                        kb.lexicon[i as usize].plover,
                                        Plover::REQUEST | Plover::ACCUSE | Plover::THREATEN | Plover::REJECT
                                    )
                                })
                        });
                    !talked_about && !asked_for
                })
                // "The sanctions were lifted by Washington", "sanctions on Belarusian potash
                // have been eased": the noun's own phrase, then a passive of lifting.
                .or_else(|| {
                    if !is_noun || reversal(&lex.cameo).is_none() {
                        return None;
                    }
                    let be = (t1..(t1 + 8).min(clause.end))
                        .take_while(|&k| !matches!(input.w(k), "," | ";" | "that" | "which" | "who"))
                        .find(|&k| matches!(input.w(k), "was" | "were" | "been" | "be" | "being"))?;
                    let k = if matches!(input.w(be + 1), "partially" | "partly" | "fully" | "formally" | "officially") {
                        be + 2
                    } else {
                        be + 1
                    };
                    (k < clause.end && input.w(k).ends_with("ed") && LIFTING.contains(&input.w(k))).then_some(k)
                });
            // Only a noun takes a light verb: for a verb the words before it are not read.
            // What stands for a light verb before a noun of visiting.
            let visit_light = |k: usize| {
                let mode = lex.mode.as_deref();
                k > clause.start
                    && match input.w(k) {
                        // "held talks with Suleiman during a surprise visit to Beirut": the
                        // subject of the clause is the visitor. Not "told Starmer during the
                        // visit", which refers back to a visit, nor "during a visit by X".
                        // So is the caller in "thanked Germany during a phone call with
                        // Merz", and a party in "during talks with …".
                        "during" => {
                            (mode == Some("visit") && matches!(input.w(k + 1), "a" | "an")
                                || matches!(mode, Some("phone" | "meet"))
                                    && (matches!(input.w(k + 1), "a" | "an") || k + 1 == t0)
                                    && input.w(t1) == "with")
                                && input.w(t1) != "by"
                        }
                        // "Wang Yi is on an official visit to Turkmenistan", "who was on a
                        // state visit": a visitor is on the visit. "was in Ashgabat on a
                        // short visit": the copula may stand before a place phrase.
                        "on" if mode == Some("visit") => {
                            let copula = |j: usize| matches!(input.w(j), "is" | "was" | "are" | "were" | "be" | "been");
                            copula(k - 1)
                                || input.mentions_in(clause.start, k).iter().any(|m| {
                                    m.toks.1 == k
                                        && m.toks.0 >= clause.start + 2
                                        && input.w(m.toks.0 - 1) == "in"
                                        && copula(m.toks.0 - 2)
                                })
                        }
                        _ => false,
                    }
            };
            let light_verb = (t0.saturating_sub(reach)..t0)
                .rev()
                .take_while(|&k| {
                    is_noun
                        && k >= verb_floor
                        && !matches!(input.w(k), "," | ";" | "and" | "but" | "which" | "who")
                        // "the agreements reached during Putin's state visit": a noun after
                        // a preposition is no object of the verb before it ("of" and "in"
                        // open quantities: "provided 25,000 tons of food aid").
                        && (!NOT_AN_OBJECT_AFTER.contains(&input.w(k)) || visit_light(k))
                })
                .find(|&k| {
                    in_set(input.w(k), &LIGHT_VERBS_SET)
                        // ("proposed a new package of sanctions": the proposer would impose
                        // them or give the aid; not a ceasefire between others.)
                        || matches!(input.w(k), "proposed" | "proposes")
                            && matches!(lex.plover, Plover::SANCTION | Plover::AID)
                        || visit_light(k)
                })
                .or_else(|| {
                    // "Syrian rebels engaged Filipino peacekeepers in a firefight".
                    let mut k = t0;
                    while k > clause.start && DETERMINERS.contains(&input.w(k - 1)) {
                        k -= 1;
                    }
                    if !is_noun || k == clause.start || input.w(k - 1) != "in" {
                        return None;
                    }
                    (k.saturating_sub(8).max(clause.start)..k - 1).rev().find(|&j| {
                        matches!(
                            input.w(j).to_ascii_lowercase().as_str(),
                            "engaged" | "engage" | "engages" | "engaging"
                        )
                    })
                })
                // "Al-Shabab claimed responsibility for the attack": who claims an act did it.
                .or_else(|| {
                    let f = (t0.saturating_sub(6).max(clause.start)..t0)
                        .rev()
                        .take_while(|&k| matches!(tokens[k].kind, TokenKind::Word | TokenKind::Possessive))
                        .find(|&k| input.w(k) == "for")?;
                    (is_noun && f >= clause.start + 2 && input.w(f - 1).eq_ignore_ascii_case("responsibility"))
                        .then(|| claims_responsibility(input, f - 1, clause.start))
                        .flatten()
                })
                // "Moscow responded with the expulsion of a Moldovan diplomat", "Iran
                // retaliated with a missile attack": an act one answers with is one's own.
                .or_else(|| {
                    let mut k = t0;
                    while k > clause.start && DETERMINERS.contains(&input.w(k - 1)) {
                        k -= 1;
                    }
                    (is_noun && k >= clause.start + 2 && input.w(k - 1) == "with" && {
                        let v = input.w(k - 2).to_ascii_lowercase();
                        crate::statements::answer_verb(&v)
                            || matches!(
                                v.as_str(),
                                "retaliated" | "retaliates" | "retaliate" | "retaliating" | "answered"
                            )
                    })
                    .then(|| k - 2)
                })
                // "The EU lifted the sanctions on Belarus": lifting a restriction is the act.
                // "The US suspended part of a military aid program": so is suspending aid.
                .or_else(|| lifting_at.filter(|_| is_noun));
            let light_verb_before = light_verb.is_some();
            // "Finland will give Tanzania a grant": a name between the light verb and its
            // noun is the indirect object, the recipient; the subject stands before the verb.
            let mut indirect: Vec<&Mention> = Vec::new();
            if let Some(lv) = light_verb {
                // "fled to Spain after prosecutors ordered his arrest": a name right before
                // the light verb and right after a conjunction of time is the subject of
                // the clause that conjunction opens, and the noun's actor.
                let conjunction_subject = input.actor_mentions_in(clause.start, lv).find(|m| {
                    m.toks.1 == lv
                        && matches!(
                            preceded_by_preposition(input.text, tokens, m),
                            Some("after" | "before" | "since" | "until")
                        )
                });
                if let Some(m) = conjunction_subject.filter(|m| !left.iter().any(|l| l.span == m.span)) {
                    left = input.conjuncts(m, m.toks.0, lv, true);
                }
                if left.iter().any(|m| m.toks.0 > lv) {
                    let before: Vec<&Mention> = input
                        .actor_mentions_in(clause.start, lv)
                        .filter(|m| {
                            preceded_by_preposition(input.text, tokens, m).is_none()
                                && !input.is_locative(m)
                                && !in_appositive(m, clause.start)
                        })
                        .max_by_key(|m| m.toks.1)
                        .map(|m| input.conjuncts(m, clause.start, lv, true))
                        .unwrap_or_default();
                    if !before.is_empty() {
                        indirect = left.iter().copied().filter(|m| m.toks.0 > lv).collect();
                        left = before;
                    }
                }
            }
            left.retain(|m| !topic(m));
            indirect.retain(|m| !topic(m));
            // "X held talks": the noun is the object of a verb whose subject is the actor.
            let verb_object = light_verb_before && !left.is_empty();
            // "demonstrators received assurances from the government": the giver is the
            // actor and the receiver the recipient.
            // "rebels received weapons from Iran": a phrasing of receiving aid names the
            // giver after "from"; the subject receives.
            let receiving =
                !is_noun && lex.plover == Plover::AID && input.w(t0).to_ascii_lowercase().starts_with("receiv");
            // ("received $2 billion in aid from": the words of an amount count as none.)
            let amount_words = (t0.saturating_sub(7).max(clause.start)..t0).filter(|&k| amount_word(input, k)).count();
            let giver: Vec<&Mention> = if receiving && input.w(t1) == "from"
                || is_noun
                && input.w(t1) == "from"
                && (t0.saturating_sub(4 + amount_words).max(clause.start)..t0).any(|k| {
                    let w = input.w(k).to_ascii_lowercase();
                    w.starts_with("receiv")
                        || matches!(
                            w.as_str(),
                            "faces" | "faced" | "facing" | "face" | "under" | "got" | "gets" | "obtained" | "secured"
                        )
                })
                // "mounting pressure from criminal groups", "criticism from legal experts".
                // "prompting protests from Tallinn" ("a growing threat from China" is
                // a fear, not a threat made).
                || is_noun
                    && input.w(t1) == "from"
                    && matches!(lex.plover, Plover::REQUEST | Plover::ACCUSE | Plover::PROTEST)
                // "prompting a warning from Pyongyang": a warning something draws was made.
                || is_noun
                    && input.w(t1) == "from"
                    && lex.plover == Plover::THREATEN
                    && (t0.saturating_sub(3).max(clause.start)..t0).any(|k| CAUSING.contains(&input.w(k)))
            {
                let from = t1 + 1;
                input.agents_after(from, clause.end)
            } else {
                vec![]
            };
            // "Kyrgyzstan and Tajikistan reopened their border for the first time since
            // deadly clashes in 2022": fighting between sides, named by a noun of time
            // that names no sides, is between the two sides the clause opens with.
            if is_noun
                && own.is_empty()
                && lex.frame == Frame::Symmetric
                && lex.plover == Plover::ASSAULT
                && (t0.saturating_sub(3).max(clause.start)..t0).any(|k| {
                    matches!(input.w(k), "since" | "after" | "following" | "before" | "amid" | "during")
                        && (k + 1..t0).all(|j| tokens[j].kind == TokenKind::Word && !tokens[j].cap)
                })
                && left.len() >= 2
                && left.iter().all(|m| m.kind == MentionKind::Country)
                && left.iter().all(|m| m.toks.1 < t0)
            {
                own = left.clone();
            }
            // "resigned following mass protests in the capital", "suspended talks, sparking
            // mass protests in Tbilisi": protests that surround or follow the clause's act,
            // named by no party, are coded with the clause's parties, whom the protest rule
            // below turns into the civilians of their country.
            let surrounded = (is_noun && own.is_empty() && lex.plover == Plover::PROTEST)
                .then(|| {
                    (t0.saturating_sub(3).max(clause.start)..t0).find(|&k| {
                        (matches!(input.w(k), "amid" | "amidst" | "following" | "after")
                            || CAUSING.contains(&input.w(k)))
                            && (k + 1..t0).all(|j| {
                                tokens[j].kind == TokenKind::Word
                                    && !tokens[j].cap
                                    && !matches!(input.w(j), "and" | "or" | "which" | "that")
                            })
                    })
                })
                .flatten();
            if let Some(k) = surrounded {
                // After a comma, the act a participle of causing follows is the clause's
                // first verb; its subject's parties are the ones.
                let subject_of_verb = || {
                    let v = sentence_triggers
                        .iter()
                        .filter(|h| h.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb))
                        .map(|h| tokens.partition_point(|t| t.span.end <= h.span.start))
                        .find(|&a| a >= clause.start && a < k)?;
                    input
                        .actor_mentions_in(clause.start, v)
                        .filter(|m| preceded_by_preposition(input.text, tokens, m).is_none())
                        .max_by_key(|m| m.toks.1)
                        .map(|m| input.conjuncts(m, clause.start, v, true))
                };
                let parties = if CAUSING.contains(&input.w(k)) && k > clause.start && input.w(k - 1) == "," {
                    subject_of_verb().unwrap_or_default()
                } else {
                    left.clone()
                };
                if parties.iter().all(|m| m.toks.1 < t0) {
                    own = parties;
                }
            }
            // "The decision sparked protests in Almaty", "Protests erupted across Kazakhstan":
            // a protest named by its noun alone and placed right after it (or after a verb
            // of breaking out) is held there, by the people the rule below makes of the
            // place.
            let mut placed_protest = false;
            // ("Police dispersed protests in Almaty": the force that breaks up the protest
            // is not its crowd.)
            let suppressed = t0 > clause.start
                && sentence_triggers.iter().any(|h2| {
                    h2.span.end == tokens[t0 - 1].span.end
                        && h2.targets.iter().any(|&i| {
                            let l = &kb.lexicon[i as usize];
                            l.pos == Pos::Verb && matches!(l.plover, Plover::COERCE | Plover::ASSAULT)
                        })
                });
            if is_noun
                && own.is_empty()
                && (left.is_empty() || suppressed)
                && lex.plover == Plover::PROTEST
                && lex.frame == Frame::Intransitive
            {
                let mut k = t1;
                if matches!(input.w(k), "erupted" | "spread" | "continued" | "flared" | "resumed") {
                    k += 1;
                } else if matches!(
                    (input.w(k), input.w(k + 1)),
                    ("broke", "out") | ("took", "place") | ("were", "held")
                ) {
                    k += 2;
                }
                if k < clause.end && matches!(input.w(k), "in" | "across" | "throughout") {
                    let at = input.after_determiners(k + 1);
                    if let Some(m) = input
                        .mentions_in(at, at + 1)
                        .iter()
                        .find(|m| matches!(m.kind, MentionKind::Place | MentionKind::Country) && m.countries.len() == 1)
                    {
                        own = vec![m];
                        placed_protest = true;
                    }
                }
            }
            if is_noun && own.is_empty() && !verb_object && by_agent.is_empty() && giver.is_empty() {
                continue;
            }

            // The recipient: first actor after the trigger not in a place phrase.
            // "clashed with riot police": a party the phrasing itself names after a
            // preposition is the recipient (not what is sent or held: "sent 10,000 troops").
            let right_from = if !by_agent.is_empty() {
                by_agent.iter().map(|m| m.toks.1).max().unwrap_or(t1)
            } else if !is_noun && lex.frame == Frame::Directed {
                input
                    .actor_mentions_in(t0 + 1, t1)
                    .find(|m| {
                        m.toks.1 == t1
                            && matches!(
                                preceded_by_preposition(input.text, tokens, m),
                                Some("with" | "against" | "at" | "on")
                            )
                            // The owner a phrasing is matched across ("suspended Niger's
                            // membership").
                            || m.toks.1 + 1 < t1 && tokens[m.toks.1].kind == TokenKind::Possessive
                            // A name with its possessive inside it ("froze Russia's central
                            // bank assets": the Central Bank of Russia).
                            || m.toks.1 < t1 && (m.toks.0..m.toks.1).any(|j| tokens[j].kind == TokenKind::Possessive)
                            // An owner's party that ends the phrasing ("summoned Russia's
                            // ambassador" matched "summoned the ambassador").
                            || m.toks.0 > t0 && m.toks.1 == t1 && (m.toks.0..m.toks.1).any(|j| tokens[j].kind == TokenKind::Possessive)
                            || m.toks.1 + 1 == t1 && input.w(m.toks.1) == "with"
                            // The party ordered away ("ordered French troops to leave").
                            || m.toks.0 > t0 && m.toks.1 < t1 && ordering_verb(input.w(t0))
                            // A name qualifying the noun a phrasing is matched across
                            // ("suspended EU accession talks").
                            || m.toks.0 > t0
                                && m.toks.1 + 1 < t1
                                && tokens[m.toks.1].kind == TokenKind::Word
                                && !tokens[m.toks.1].cap
                                && (m.toks.0..m.toks.1).all(|j| tokens[j].cap)
                            // Whom a phrasing is matched across is freed or returned
                            // ("returned 150 Ukrainian prisoners of war").
                            || lex.plover == Plover::CONCEDE && m.toks.1 <= t1 && (m.toks.0..m.toks.1).any(|j| tokens[j].kind == TokenKind::Number || input.w(j).starts_with(|c: char| c.is_ascii_digit()))
                    })
                    .or_else(|| {
                        // A name the phrasing's last word begins ("left the Organization of
                        // American States" matched "left the organization").
                        // So does a body of people ("welcomed a delegation of the EBRD" matched
                        // "welcomed a delegation").
                        input.mentions_in(t1 - 1, t1).iter().find(|m| {
                            m.is_actor()
                                && m.toks.0 > t0
                                && m.toks.0 < t1
                                && m.toks.1 > t1
                                && (tokens[m.toks.0].cap || m.kind == MentionKind::Agent)
                        })
                    })
                    .map_or(t1, |m| m.toks.0)
            } else {
                t1
            };
            // "demanded that the Sudanese government end curbs on the press", "urged that
            // Hamas renounce violence": the subject of what is demanded is the party the
            // demand is made of.
            let that_at = match (input.w(t1), input.w(t1 + 1)) {
                ("that", _) => Some(t1),
                (",", "that") => Some(t1 + 1),
                // "denied reports that Chinese workers had been attacked": what a report
                // or a claim denied holds names no party to the denial.
                ("reports" | "claims" | "allegations" | "suggestions" | "rumours" | "rumors", "that")
                    if !is_noun && matches!(lex.plover, Plover::REJECT | Plover::ACCUSE) =>
                {
                    Some(t1 + 1)
                }
                _ => None,
            };
            let demanded_of: Vec<&Mention> = match that_at {
                Some(th) if lex.plover == Plover::REQUEST && !is_noun && by_agent.is_empty() => input
                    .actor_mentions_in(th + 1, clause.end)
                    .filter(|m| m.toks.0 <= th + 4)
                    .min_by_key(|m| m.toks.0)
                    .filter(|m| preceded_by_preposition(input.text, tokens, m).is_none() && !input.is_locative(m))
                    .map(|m| input.conjuncts(m, th + 1, clause.end, false))
                    .unwrap_or_default(),
                // "warned that U.S. and British warships would be treated as targets",
                // "warned that participants would be detained": who is to suffer what a
                // warning holds out is threatened.
                Some(th) if lex.plover == Plover::THREATEN && !is_noun && by_agent.is_empty() => input
                    .actor_mentions_in(th + 1, clause.end)
                    .filter(|m| m.toks.0 <= th + 4)
                    .min_by_key(|m| m.toks.0)
                    .filter(|m| {
                        preceded_by_preposition(input.text, tokens, m).is_none() && !input.is_locative(m) && {
                            // The head noun a country names: "U.S. warships".
                            let mut k = m.toks.1;
                            while k < m.toks.1 + 2
                                && tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
                                && !matches!(input.w(k), "would" | "will" | "could" | "may" | "might" | "and" | "in")
                            {
                                k += 1;
                            }
                            let k = if matches!(input.w(k), "in" | "on" | "at" | "near") {
                                // "warships in the region would be …"
                                (k..(k + 5).min(clause.end))
                                    .find(|&j| matches!(input.w(j), "would" | "will" | "could" | "may" | "might"))
                                    .unwrap_or(k)
                            } else {
                                k
                            };
                            matches!(input.w(k), "would" | "will" | "could" | "may" | "might")
                                && input.w(k + 1) == "be"
                                && (is_participle(input.w(k + 2)) || input.w(k + 2) == "treated")
                        }
                    })
                    .map(|m| input.conjuncts(m, th + 1, clause.end, false))
                    .unwrap_or_default(),
                _ => vec![],
            };
            // "warned that Russia would…": a that-clause is content, not the recipient.
            let clause =
                if that_at.is_some() { Clause { start: clause.start, end: t1, hedges_to: t1 } } else { clause };
            // "rejected an offer from Afghanistan", "rejected calls by Belarus's rulers":
            // the party a proposal comes from is the one its acceptance or refusal answers.
            // "demanded an apology from Japan": the party named with "from" right after the
            // object of a demand is asked ("asked about it by reporters" is a passive agent).
            let proposer = |m: &Mention| -> bool {
                let mut k = m.toks.0;
                while k > right_from && DETERMINERS.contains(&input.w(k - 1)) {
                    k -= 1;
                }
                // The preposition may follow the trigger's own noun ("demanded an apology").
                if k < right_from + 1 || k < 2 || !matches!(input.w(k - 1), "from" | "by") {
                    return false;
                }
                let noun = if input.w(k - 1) == "by" { made_by_noun(input, k - 1) } else { k - 2 };
                noun >= right_from && PROPOSALS.contains(&input.w(noun).to_ascii_lowercase().as_str())
                    || lex.plover == Plover::REQUEST
                        && input.w(k - 1) == "from"
                        && k - 1 <= t1 + 4
                        && (t1..k - 1)
                            .all(|j| tokens[j].kind == TokenKind::Word && !PREPOSITION_WORDS.contains(&input.w(j)))
            };
            // "fired tear gas at Palestinian demonstrators", "lashed out at the opposition":
            // "at" before a party, not a place, marks the target of a hostile act.
            let aimed_at = |m: &Mention| {
                matches!(m.kind, MentionKind::Agent | MentionKind::Person)
                    && matches!(lex.plover, Plover::ASSAULT | Plover::COERCE | Plover::ACCUSE | Plover::THREATEN)
            };
            // "promised to continue military aid to Mozambique", "agreed to undertake joint
            // military exercises": a common noun that modifies the noun of another event's
            // phrase names the kind of act, not a party to this one ("opened an embassy
            // in": the head of the phrase is still a party).
            let in_other_trigger = |m: &Mention| {
                m.kind == MentionKind::Agent
                    && input.text[m.span.start..m.span.end].starts_with(|c: char| c.is_lowercase())
                    && tokens.get(m.toks.1).is_some_and(|next| {
                        next.kind == TokenKind::Word
                            && !PREPOSITION_WORDS.contains(&input.w(m.toks.1))
                            && sentence_triggers.iter().any(|h2| {
                                h2.span != hit.span
                                    && (h2.span.contains(m.span) && h2.span.contains(next.span)
                                        // "agreed to resume military talks": the noun of
                                        // another act right after the common noun.
                                        || m.toks.1 == m.toks.0 + 1
                                            && h2.span.start == next.span.start
                                            && h2.targets.iter().all(|&i| kb.lexicon[i as usize].pos == Pos::Noun))
                            })
                    })
            };
            // "started a hunger strike to protest President Assad's failure", "a hunger
            // strike in protest of the government's refusal": the party protested against.
            let protested = if lex.plover == Plover::PROTEST && lex.frame == Frame::Intransitive {
                (t1..(t1 + 8).min(clause.end))
                    .find(|&j| {
                        matches!(input.w(j), "protest" | "protesting") && j > 0 && matches!(input.w(j - 1), "to" | "in")
                    })
                    .and_then(|j| {
                        let mut k = j + 1;
                        if matches!(input.w(k), "at" | "against" | "of" | "over") {
                            k += 1;
                        }
                        while DETERMINERS.contains(&input.w(k)) {
                            k += 1;
                        }
                        input.actor_mentions_in(k, clause.end).find(|m| m.toks.0 == k)
                    })
                    .map(|m| input.conjuncts(m, m.toks.0, clause.end, false))
                    .unwrap_or_default()
            } else if lex.plover == Plover::RETREAT && lex.frame == Frame::Intransitive && input.w(t1) == "from" {
                // "Mali withdrew from the regional bloc ECOWAS", "Russia withdrew from the
                // Council of Europe": the body a party leaves (a country left is a place,
                // which the place rules below read).
                let mut k = input.after_determiners(t1 + 1);
                while k < (t1 + 5).min(clause.end) && input.w(k).bytes().all(|b| b.is_ascii_lowercase()) {
                    k += 1;
                }
                input
                    .actor_mentions_in(t1 + 1, clause.end)
                    .find(|m| {
                        m.toks.0 <= k
                            && matches!(m.kind, MentionKind::Organization | MentionKind::Group)
                            && m.code.as_deref().is_some_and(|c| c.starts_with("IGO"))
                    })
                    .map(|m| vec![m])
                    .unwrap_or_default()
            } else {
                vec![]
            };
            // "sanctions against senior officers of the Russian military", "talks with
            // members of the Taliban": a party named after a noun of its members, right
            // after a recipient's preposition, stands for those members.
            let members_of = |m: &Mention| {
                let mut k = m.toks.0;
                while k > right_from && DETERMINERS.contains(&input.w(k - 1)) {
                    k -= 1;
                }
                if k < right_from + 2 || input.w(k - 1) != "of" || !MEMBER_NOUNS.contains(&input.w(k - 2)) {
                    return false;
                }
                (k.saturating_sub(6).max(right_from)..k - 2)
                    .rev()
                    .take_while(|&j| matches!(tokens[j].kind, TokenKind::Word | TokenKind::Number))
                    .find(|&j| PREPOSITION_WORDS.contains(&input.w(j)) || RECIPIENT_PREPS.contains(&input.w(j)))
                    .is_some_and(|j| RECIPIENT_PREPS.contains(&input.w(j)))
            };
            // "blocked the website of Azattyk", "froze the assets of Russian oligarchs": the
            // owner of a verb's direct object is the party acted on.
            let object_of_verb = |m: &Mention| {
                let mut k = m.toks.0;
                while k > right_from && DETERMINERS.contains(&input.w(k - 1)) {
                    k -= 1;
                }
                // "fired a missile toward the port of Jeddah": the place a blow is aimed at
                // is its object too.
                let from = if matches!(lex.plover, Plover::ASSAULT | Plover::COERCE)
                    && matches!(input.w(right_from), "at" | "on" | "toward" | "towards" | "against")
                {
                    right_from + 1
                } else {
                    right_from
                };
                // ("called for reform of the U.N. Security Council", "demanded withdrawal of
                // Russian troops": what is asked for may be a bare noun.)
                let first = if DETERMINERS.contains(&input.w(from)) {
                    from + 1
                } else if lex.plover == Plover::REQUEST {
                    from
                } else {
                    return false;
                };
                // ("struck the Black Sea port of Odesa": a sea's name may qualify a port.)
                let port = m.kind == MentionKind::Place && k >= 2 && matches!(input.w(k - 2), "port" | "city" | "town");
                k >= first + 2
                    && k - 1 - from <= 4
                    && input.w(k - 1) == "of"
                    && (first..k - 1).all(|j| {
                        tokens[j].kind == TokenKind::Word
                            && (!tokens[j].cap || port)
                            && !PREPOSITION_WORDS.contains(&input.w(j))
                            && !RECIPIENT_PREPS.contains(&input.w(j))
                    })
            };
            // "condemned the attack and urged the United States and Germany to…": a verb
            // of another event joined by "and" or "but" starts an act of its own, whose
            // parties are not this one's.
            // ("attacking and fighting Kenyan troops", "ties with and opened an embassy
            // in Tehran": two verbs of one object.)
            let right_end = (t1 + 1..clause.end)
                .find(|&k| {
                    matches!(input.w(k), "and" | "but")
                        && (t1..k)
                            .any(|j| tokens[j].kind == TokenKind::Word && !PREPOSITION_WORDS.contains(&input.w(j)))
                        && tokens.get(k + 1).is_some_and(|next| {
                            sentence_triggers.iter().any(|h2| {
                                h2.span.start == next.span.start
                                    && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
                            })
                        })
                })
                .unwrap_or(clause.end);
            // "executed a man convicted of spying for Israel", "attacked rebels backed by
            // Russia": a reduced relative clause after the object tells about the object;
            // the parties it names are not the act's.
            let right_end = (t1..right_end)
                .find(|&k| {
                    matches!(
                        input.w(k),
                        "convicted"
                            | "accused"
                            | "charged"
                            | "suspected"
                            | "sentenced"
                            | "jailed"
                            | "wanted"
                            | "linked"
                            | "backed"
                            | "funded"
                            | "sponsored"
                    ) && tokens[k - 1].kind == TokenKind::Word
                        && !BE.contains(&input.w(k - 1))
                        // ("handed over a wanted man to Russia": after an article the word
                        // qualifies the noun that follows.)
                        && !DETERMINERS.contains(&input.w(k - 1))
                        && !matches!(
                            input.w(k - 1),
                            "and" | "or" | "who" | "been" | "being" | "had" | "has" | "have" | "not"
                        )
                })
                .unwrap_or(right_end);
            // "vetoed a resolution calling for a ceasefire in Sudan", "blocked a statement
            // condemning North Korea": the parties of what a rejected text says are not
            // those of its rejection.
            let right_end = if lex.plover == Plover::REJECT || input.w(t0).starts_with("block") {
                (t1..right_end)
                    .find(|&k| {
                        k > t1
                            && input.w(k).ends_with("ing")
                            && matches!(
                                input.w(k - 1),
                                "resolution" | "resolutions" | "statement" | "declaration" | "motion" | "bill" | "text"
                            )
                    })
                    .unwrap_or(right_end)
            } else {
                right_end
            };
            // "held drills, prompting Tokyo to scramble fighter jets": whom an act prompts to
            // act is the subject of that act, not a party of this one.
            let right_end = (t1 + 1..right_end)
                .find(|&k| prompts_after_comma(input, k) && (k + 2..(k + 6).min(right_end)).any(|j| input.w(j) == "to"))
                .map_or(right_end, |k| k - 1);
            // "pledged to deepen cooperation during a visit by Chinese Premier Li Qiang to
            // Hanoi": the visitor and the place visited are the visit's parties.
            let right_end = (t1..right_end)
                .find(|&k| {
                    matches!(input.w(k), "during" | "on")
                        && (k + 2..(k + 5).min(right_end))
                            .any(|j| matches!(input.w(j), "visit" | "trip" | "tour") && input.w(j + 1) == "by")
                })
                .unwrap_or(right_end);
            // "lifted sanctions in exchange for the release of five American prisoners": what
            // an act is traded for is another's act, with parties of its own.
            let right_end = (t1..right_end.saturating_sub(2))
                .find(|&k| {
                    input.w(k) == "in" && matches!(input.w(k + 1), "exchange" | "return") && input.w(k + 2) == "for"
                })
                .unwrap_or(right_end);
            // "condemned the move as part of a wider crackdown on independent media": what
            // an act is judged to be, after "as", names no party of the judgement.
            let right_end = if lex.plover == Plover::ACCUSE && !is_noun {
                (t1 + 1..right_end)
                    .find(|&k| input.w(k) == "as" && !matches!(input.w(k + 1), "well" | "soon" | "long" | "much"))
                    .unwrap_or(right_end)
            } else {
                right_end
            };
            // "Three bloggers who condemned the war were arrested by police": a restrictive
            // relative clause ends where the passive verb of its antecedent begins.
            let right_end = if t0 > sa && input.w(t0 - 1) == "who" {
                (t1..right_end.saturating_sub(1))
                    .find(|&k| {
                        matches!(input.w(k), "was" | "were") && {
                            let v = input.w(k + 1);
                            v.len() > 4 && v.ends_with("ed") && tokens[k + 1].kind == TokenKind::Word
                        }
                    })
                    .unwrap_or(right_end)
            } else {
                right_end
            };
            // "clashed with riot police as lawmakers debated the bill": a conjunction of time
            // or cause before a name and its verb opens a clause of its own.
            let right_end = (t1..right_end).find(|&k| input.opens_subordinate(k, right_end)).unwrap_or(right_end);
            // "urged Western allies to speed up deliveries to Ukraine": a request whose
            // addressee, before the infinitive, names no one known is addressed to no one
            // the text codes; the parties of what is asked are not its.
            // (Not "called for the charges to be dropped", whose object is what is asked.)
            let addressed = matches!(input.w(t1 - 1), "on" | "to") || {
                let v = input.w(t0).to_ascii_lowercase();
                ["urg", "ask", "press", "encourag", "implor", "invit", "advis", "exhort"]
                    .iter()
                    .any(|p| v.starts_with(p))
            };
            let right_end = if lex.plover == Plover::REQUEST && !is_noun && lex.frame == Frame::Directed && addressed {
                (t1 + 1..(t1 + 6).min(right_end))
                    .find(|&k| input.w(k) == "to")
                    .filter(|&k| {
                        tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
                            && !DETERMINERS.contains(&input.w(k + 1))
                            && (t1..k).all(|j| {
                                tokens[j].kind == TokenKind::Word
                                    && !PREPOSITION_WORDS.contains(&input.w(j))
                                    && !RECIPIENT_PREPS.contains(&input.w(j))
                            })
                            && input.actor_mentions_in(t1, k).next().is_none()
                    })
                    .map_or(right_end, |_| t1)
            } else {
                right_end
            };
            // A verb of taking a place, which names whom it was taken from after "from".
            let capture = !is_noun && !passive && {
                let w = input.w(t0).to_ascii_lowercase();
                ["recaptur", "retook", "retak", "captur", "seiz", "wrest"].iter().any(|s| w.starts_with(s))
            };
            let discussing = lex.pos == Pos::Verb && input.w(t0).to_ascii_lowercase().starts_with("discuss");
            let right: Vec<&Mention> = if lex.frame == Frame::Intransitive
                && !matches!(input.w(t1), "against" | "outside")
            {
                protested
            } else {
                input
                    .actor_mentions_in(right_from, right_end)
                    .filter(|m| m.toks.0 <= right_from + 16)
                    // "discussed the Central Asia-China gas pipeline": the names joined by
                    // hyphens before what is discussed name the topic, not a party.
                    // So do they after "the" in what an act is to build or open ("signed
                    // an agreement to build the China-Kyrgyzstan-Uzbekistan railway").
                    .filter(|m| {
                        !((discussing
                            || compound_start(input, m.toks.0).is_some_and(|j| {
                                j > t1 + 2 && input.w(j - 1) == "the" && (t1..j - 1).any(|k| input.w(k) == "to")
                            }))
                            && compound_modifier(input, m.toks, sb))
                    })
                    // "Lavrov and Wang discussed the conflict in Ukraine", "Erdogan
                    // discussed Sweden's NATO bid with Biden": what is discussed is the
                    // topic; the party is whom it is discussed with.
                    .filter(|m| !discussing || matches!(preceded_by_preposition(input.text, tokens, m), Some("with")))
                    .filter(|m| match preceded_by_preposition(input.text, tokens, m) {
                        // "bans on travel to Canada against four Russian officers": where
                        // one may not travel is no party (but "advised against travel to
                        // Tunisia" names it in the trigger).
                        Some("to" | "into")
                            if matches!(lex.plover, Plover::SANCTION | Plover::COERCE)
                                && m.toks.0 >= 2
                                && (t1.max(m.toks.0 - 2)..m.toks.0)
                                    .any(|j| matches!(input.w(j), "travel" | "entry")) =>
                        {
                            false
                        }
                        // "seized 300 kilograms of heroin at the border with
                        // Kyrgyzstan": the neighbour a border is shared with is where
                        // the act happened, not whom it was done to (an attack along it
                        // still may be).
                        Some("with")
                            if lex.plover != Plover::ASSAULT
                                && m.toks.0 >= t1 + 4
                                && matches!(input.w(m.toks.0 - 2), "border" | "frontier" | "boundary")
                                && matches!(input.w(m.toks.0 - 4), "at" | "along" | "on" | "near" | "across") =>
                        {
                            false
                        }
                        // "vetoed a draft resolution on Ukraine": what a rejected text
                        // is about is its topic, not whom the veto answers.
                        Some("on" | "about" | "over" | "concerning")
                            if lex.plover == Plover::REJECT && topic_of_text(input, m) =>
                        {
                            false
                        }
                        Some(p) => {
                            RECIPIENT_PREPS.contains(&p)
                                    // "tariffs on all imports from Mexico": where the goods
                                    // restricted come from is restricted.
                                    // "duties on imports of Chinese electric vehicles":
                                    // so is the maker of the goods.
                                    // ("lifted a ban on imports of Kazakh wheat flour": so
                                    // is one whose restriction is lifted.)
                                    || matches!(p, "from" | "of")
                                        && (lex.plover == Plover::SANCTION || lex.cameo.starts_with("08"))
                                        && m.toks.0 >= t1 + 2
                                        && {
                                        let mut b = m.toks.0 - 1;
                                        while b > t1 && DETERMINERS.contains(&input.w(b - 1)) {
                                            b -= 1;
                                        }
                                        let goods = input.w(b - 1).to_ascii_lowercase();
                                        input.w(b) == p
                                            && b > t1
                                            && if p == "of" {
                                                matches!(goods.as_str(), "imports" | "exports" | "shipments")
                                            } else {
                                                TRADED.contains(&goods.as_str())
                                            }
                                    }

                                    // "tightened restrictions on all travel from India,
                                    // Bangladesh and Sri Lanka": so are the people whose
                                    // travel from a country is restricted.
                                    || p == "from"
                                        && matches!(lex.plover, Plover::SANCTION | Plover::COERCE)
                                        && m.toks.0 >= t1 + 2
                                        && input.w(m.toks.0 - 1) == "from"
                                        && matches!(
                                            input.w(m.toks.0 - 2),
                                            "travel"
                                                | "travellers"
                                                | "travelers"
                                                | "flights"
                                                | "visitors"
                                                | "arrivals"
                                                | "passengers"
                                                | "tourists"
                                        )

                                    // "condemned the shelling by Tajik forces": whoever did
                                    // the act condemned is the one condemned.
                                    || p == "by" && lex.plover == Plover::ACCUSE && !is_noun && !passive
                                    // "demanded the resignation of Prime Minister Nikol
                                    // Pashinyan": the object of a phrasing that ends with its
                                    // preposition (not a place: "arrived in Kenya").
                                    || t1 > t0 + 1 && input.w(t1 - 1) == p && !matches!(p, "in" | "at" | "into") && {
                                        let k = input.after_determiners(t1);
                                        m.toks.0 == k
                                    }
                                    // "rejected a report by Human Rights Watch", "welcomed a
                                    // proposal by Kazakhstan": whoever made what the verb
                                    // answers is answered.
                                    || p == "by" && !is_noun && !passive && {
                                        let mut b = m.toks.0;
                                        while b > t1 && DETERMINERS.contains(&input.w(b - 1)) {
                                            b -= 1;
                                        }
                                        let noun = if b > 0 { made_by_noun(input, b - 1) } else { 0 };
                                        // ("vetoed a resolution drafted by the United States":
                                        // the phrasing may end with the text's noun.)
                                        noun + 1 >= t1
                                            && noun <= t1 + 2
                                            && input.w(b - 1) == "by"
                                            && matches!(
                                                input.w(noun),
                                                "resolution"
                                                    | "resolutions"
                                                    | "draft"
                                                    | "bill"
                                                    | "motion"
                                                    | "report"
                                                    | "claims"
                                                    | "claim"
                                                    | "accusations"
                                                    | "allegations"
                                                    | "statement"
                                                    | "remarks"
                                                    | "comments"
                                                    | "proposal"
                                                    | "offer"
                                                    | "plan"
                                                    | "request"
                                                    | "call"
                                                    | "demand"
                                                    | "demands"
                                            )
                                    }
                                    || p == "of" && is_noun
                                    || !is_noun && proposer(m)
                                    || p == "at" && aimed_at(m)
                                    // "recaptured a key town from al-Shabaab militants": whoever
                                    // a place is taken from loses it.
                                    || p == "from" && capture && m.kind != MentionKind::Place
                                    // "expelled diplomats from Argentina and Chile": whose
                                    // envoys are expelled.
                                    || p == "from"
                                        && lex.cameo.starts_with("161")
                                        && m.toks.0 >= 2
                                        && {
                                            let mut b = m.toks.0 - 1;
                                            while b > t1 && DETERMINERS.contains(&input.w(b - 1)) {
                                                b -= 1;
                                            }
                                            input.w(b) == "from"
                                                && b >= 1
                                                && matches!(
                                                    input.w(b - 1),
                                                    "diplomats" | "envoys" | "ambassadors" | "staff" | "personnel"
                                                )
                                        }
                                    // "invested $1.2 billion in Kyrgyzstan's mining sector":
                                    // where money is invested receives it.
                                    // ("pledged to invest $5 billion in Kyrgyzstan's mining
                                    // sector": so does it where the investment is promised.)
                                    || p == "in"
                                        && matches!(lex.cameo.as_str(), "061" | "0311")
                                        && (t0..t1).any(|k| input.w(k).starts_with("invest"))
                                        && matches!(m.kind, MentionKind::Country | MentionKind::Place)
                                    || p == "of" && members_of(m)
                                    || p == "of" && !is_noun && object_of_verb(m)
                                    // "froze its participation in the CSTO": the bloc whose
                                    // membership is suspended; "suspended the membership of
                                    // Niger": the member.
                                    || p == "in"
                                        && m.toks.0 <= t1 + 2
                                        && m.code.as_deref().is_some_and(|c| c.starts_with("IGO"))
                                        && matches!(input.w(t1 - 1), "membership" | "participation")
                                    || p == "of"
                                        && m.toks.0 == t1
                                        && t1 >= 2
                                        && matches!(input.w(t1 - 2), "membership" | "participation")
                        }
                        // "clashed with police outside the parliament building": a
                        // body whose building an act happens outside is no party to it
                        // ("protested outside the Chinese embassy" names whom a protest
                        // addresses).
                        None => {
                            !input.is_locative(m)
                                    // "signed an agreement on a railway linking Termez with
                                    // Peshawar": a town is a party only as the verb's own
                                    // object.
                                    // (A capital standing for its government is a party.)
                                    && (m.kind != MentionKind::Place
                                        || m.sector.as_deref() == Some("GOV")
                                        || m.toks.0 == input.after_determiners(right_from))
                                    && (lex.frame == Frame::Intransitive || {
                                        let mut k = m.toks.0;
                                        while k > right_from && DETERMINERS.contains(&input.w(k - 1)) {
                                            k -= 1;
                                        }
                                        k <= right_from || !matches!(input.w(k - 1), "outside" | "inside")
                                    })
                        }
                    })
                    .filter(|m| !own.iter().any(|o| o.span == m.span) && !in_other_trigger(m))
                    // "signed an agreement on a railway linking Termez with Peshawar": a
                    // town further on is no party to an act of both sides.
                    .filter(|m| {
                        lex.frame != Frame::Symmetric
                            || m.kind != MentionKind::Place
                            || m.sector.as_deref() == Some("GOV")
                            || m.toks.0 <= right_from + 2
                    })
                    // "recaptured the town of Harardhere from al-Shabaab": whoever the
                    // place is taken from, rather than the place.
                    .min_by_key(|m| {
                        let taken_from = capture
                            && m.kind != MentionKind::Place
                            && preceded_by_preposition(input.text, tokens, m) == Some("from");
                        (!taken_from, m.toks.0)
                    })
                    .map(|m| input.conjuncts(m, right_from, right_end, false))
                    .unwrap_or_default()
            };
            let right = if right.is_empty() { demanded_of } else { right };
            // "expelled diplomats from Argentina and Chile": a phrase of people that opens
            // inside the trigger and names their countries after it is the act's object.
            // (A phrase of two countries' people names them inside: "from Argentina and Chile".)
            // "summoned the ambassador of Kazakhstan over remarks by a lawmaker": such a
            // phrase that names its country is the object even when others follow it.
            let right = if lex.pos == Pos::Verb && !passive {
                match input
                    .actor_mentions_in(t0 + 1, right_end)
                    .find(|m| m.toks.0 > t0 && m.toks.0 < t1 && m.toks.1 > t1)
                {
                    Some(m) if !m.countries.is_empty() => input.conjuncts(m, right_from, right_end, false),
                    _ if !right.is_empty() => right,
                    Some(m) => input
                        .mentions_in(t1, m.toks.1)
                        .iter()
                        .filter(|c| c.kind == MentionKind::Country && c.toks.1 <= m.toks.1 && c.countries.len() == 1)
                        .collect(),
                    None => right,
                }
            } else {
                right
            };
            // '"Sanctions are waiting," warned Asli Aydintasbas': after a quotation the
            // verb comes before its subject, who acts; the quotation says to whom.
            let inverted = lex.pos == Pos::Verb
                && t0 >= sa + 2
                && matches!(input.w(t0 - 1), "\"" | "\u{201D}" | "''")
                && input.w(t0 - 2) == ","
                && right.first().is_some_and(|m| m.toks.0 <= t1 + 1);
            let (left, right) = if inverted { (right, Vec::new()) } else { (left, right) };

            // "Ukraine received a new tranche of EU aid": aid a verb of receiving takes as
            // its object, from a giver its own phrase names, goes to the verb's subject.
            let received_aid = is_noun
                && lex.plover == Plover::AID
                && giver.is_empty()
                && !own.is_empty()
                && (t0.saturating_sub(4 + amount_words).max(clause.start)..t0).any(|k| {
                    let w = input.w(k).to_ascii_lowercase();
                    w.starts_with("receiv") || matches!(w.as_str(), "got" | "gets" | "obtained")
                });
            let giver = if received_aid { own.clone() } else { giver };
            let (actors, recipients): (Vec<&Mention>, Vec<&Mention>) = if !giver.is_empty() || receiving {
                // "began joint military exercises, prompting a warning from Pyongyang": a
                // word inside the phrasing of the act that drew the reaction is no party;
                // the parties of that act are.
                let inside_act = |m: &Mention| {
                    sentence_triggers
                        .iter()
                        .any(|h2| h2.span != hit.span && h2.span.start < m.span.start && m.span.end <= h2.span.end)
                };
                // ("hosted Putin despite an ICC warrant, drawing criticism from Ukraine": nor
                // is a party of a phrase of circumstance.)
                let circumstance = |m: &Mention| {
                    let mut k = m.toks.0;
                    while k > sa && matches!(input.w(k - 1), "the" | "a" | "an" | "its" | "their" | "his" | "her") {
                        k -= 1;
                    }
                    k > sa
                        && matches!(
                            input.w(k - 1).to_ascii_lowercase().as_str(),
                            "despite" | "amid" | "after" | "before" | "during" | "over" | "against" | "of"
                        )
                };
                let mut receivers: Vec<&Mention> =
                    left.iter().copied().filter(|m| !inside_act(m) && !circumstance(m)).collect();
                if receivers.is_empty() && left.iter().any(|m| inside_act(m) || circumstance(m)) {
                    let before = input.actor_mentions_in(sa, t0).filter(|m| !inside_act(m)).collect::<Vec<_>>();
                    if let Some(&first) =
                        before.iter().find(|m| preceded_by_preposition(input.text, tokens, m).is_none())
                    {
                        receivers = input.conjuncts(first, sa, t0, false);
                    }
                }
                (giver.clone(), receivers)
            } else if let Some((be, _)) = subject_by.filter(|_| !by_agent.is_empty()) {
                // The parties of the noun's own phrase undergo the act ("against Russia").
                let mut undergo: Vec<&Mention> = input.actor_mentions_in(t1, be).collect();
                // "Sanctions were imposed by the EU on Russia": or the party that "on" or
                // "against" opens right after the agent.
                if undergo.is_empty() {
                    let after = by_agent.iter().map(|m| m.toks.1).max().unwrap_or(be);
                    if matches!(input.w(after), "on" | "against") {
                        let k = input.after_determiners(after + 1);
                        if let Some(m) = input.actor_mentions_in(k, clause.end).find(|m| m.toks.0 == k) {
                            undergo = input.conjuncts(m, k, clause.end, false);
                        }
                    }
                }
                (by_agent.clone(), undergo)
            } else if !by_agent.is_empty() {
                if is_noun && !under {
                    // "the visit by President Xi to Kazakhstan": a party a preposition opens
                    // after the agent undergoes the act (an object of the clause's verb, as
                    // in "An air strike by government forces destroyed the bridge", does not).
                    let to: Vec<&Mention> = right
                        .iter()
                        .copied()
                        .filter(|m| preceded_by_preposition(input.text, tokens, m).is_some())
                        .collect();
                    (by_agent.clone(), to)
                } else if lex.frame == Frame::Symmetric
                    && left.iter().all(|m| m.kind == MentionKind::Agent && m.countries.is_empty())
                {
                    (by_agent.clone(), vec![])
                } else {
                    (by_agent.clone(), left.clone())
                }
            } else if passive {
                // "Activists were detained": the subject undergoes the act.
                if lex.frame == Frame::Symmetric {
                    (left.clone(), right.clone())
                } else if left.is_empty()
                    && (RECIPIENT_PREPS.contains(&input.w(t1))
                        || RECIPIENT_PREPS.contains(&input.w(t1 - 1))
                        // "a mortar bomb was fired at Israel": a phrasing's own "at".
                        || t1 > t0 + 1 && input.w(t1 - 1) == "at")
                    && right.first().is_some_and(|m| {
                        // The party right after the preposition ("to play the company's
                        // games" is an infinitive, no recipient).
                        let mut k = if RECIPIENT_PREPS.contains(&input.w(t1)) { t1 + 1 } else { t1 };
                        while k < m.toks.0 && DETERMINERS.contains(&input.w(k)) {
                            k += 1;
                        }
                        m.toks.0 == k
                    })
                {
                    // "supplies were handed over to the ministry": with no party as the
                    // subject, the party the act is directed to receives it.
                    (vec![], right.clone())
                } else {
                    // "An activist was deported from Germany to Dushanbe": the country a
                    // person is sent away from expels them.
                    let from_country = if lex.cameo == "174" && input.w(t1) == "from" {
                        let k = input.after_determiners(t1 + 1);
                        input.actor_mentions_in(k, right_end).find(|m| m.toks.0 == k && m.kind == MentionKind::Country)
                    } else {
                        None
                    };
                    (from_country.into_iter().collect(), left.clone())
                }
            } else if is_noun && !verb_object {
                // A meeting or talks "with" someone in a phrase of place or time ("at a
                // meeting with", "during talks with"): the preposition's position.
                let met_at = (lex.frame == Frame::Symmetric
                    && input.w(t1) == "with"
                    && own.iter().any(|m| m.toks.0 > t0))
                .then(|| {
                    let mut k = t0;
                    while k > clause.start
                        && t0 - k < 4
                        && (DETERMINERS.contains(&input.w(k - 1))
                            || matches!(input.w(k - 1), "his" | "her" | "joint" | "news" | "press" | "bilateral"))
                    {
                        k -= 1;
                    }
                    // "told a joint news conference with Mirziyoyev": the clause opens right
                    // after the verb of speech, whose speaker was at the occasion.
                    if k == clause.start && k > sa + 1 && matches!(input.w(k - 1), "told" | "tells" | "addressed") {
                        return Some(k);
                    }
                    // "Kulubaev said the border talks with Tajikistan were nearly complete":
                    // so does a noun of talks that opens what a speaker said, with nothing
                    // but plain words before it; the speaker's side is at those talks.
                    if clause.start > sa + 1
                        && matches!(input.w(clause.start - 1), "said" | "says")
                        && t0 - clause.start < 4
                        && (clause.start..t0).all(|j| {
                            tokens[j].kind == TokenKind::Word
                                && !tokens[j].cap
                                && input.mentions_in(j, j + 1).is_empty()
                        })
                    {
                        return Some(clause.start);
                    }
                    // ("in a meeting with", not "a role in talks with Ukraine".)
                    // "freed 16 prisoners ahead of talks with a U.S. envoy", "on the eve of
                    // talks with": so does "ahead of" or "the eve of".
                    // (Its own parties then are those after it: the clause's before it.)
                    if k > clause.start + 1 && input.w(k - 1) == "of" && matches!(input.w(k - 2), "ahead" | "eve") {
                        return own.iter().all(|m| m.toks.0 > t0 || m.toks.1 <= k - 2).then_some(k - 2);
                    }
                    if !own.iter().all(|m| m.toks.0 > t0) {
                        return None;
                    }
                    // "Russia is open to talks with Washington", "Tehran wants talks with
                    // the IAEA": so does a stance of readiness or wish before the noun.
                    if k > clause.start + 1
                        && input.w(k - 1) == "to"
                        && matches!(input.w(k - 2), "open" | "ready" | "committed")
                        || k > clause.start
                            && matches!(input.w(k - 1), "wants" | "wanted" | "want" | "seeks" | "sought" | "seek")
                    {
                        return Some(k - 1);
                    }
                    (k > clause.start
                        && (matches!(input.w(k - 1), "at" | "during" | "after" | "following" | "before")
                            || input.w(k - 1) == "in" && k < t0))
                        .then_some(k.saturating_sub(1))
                })
                .flatten();
                // Who was at that meeting: the clause's subject before the preposition, or,
                // where the clause opens with it after a verb of speech, the speaker ("Xi
                // said during talks with Putin that…").
                let met_by: Vec<&Mention> = met_at
                    .map(|p| {
                        let mut before: Vec<&Mention> = left.iter().copied().filter(|m| m.toks.1 <= p).collect();
                        for m in own.iter().copied().filter(|m| m.toks.1 <= p) {
                            if !before.iter().any(|b| b.span == m.span) {
                                before.push(m);
                            }
                        }
                        before.sort_by_key(|m| m.toks.0);
                        // "Lukashenko freed 16 prisoners ahead of talks with …": the subject,
                        // not the object of the clause's verb before the preposition.
                        let verb = sentence_triggers
                            .iter()
                            .filter(|h| h.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb))
                            .map(|h| tokens.partition_point(|t| t.span.end <= h.span.start))
                            .filter(|&v| v >= clause.start && v < p)
                            .min();
                        if let Some(v) = verb {
                            if before.iter().any(|m| m.toks.1 <= v) {
                                before.retain(|m| m.toks.1 <= v);
                            }
                        }
                        if !before.is_empty() || p != clause.start || p < sa + 2 {
                            return before;
                        }
                        if !matches!(input.w(p - 1), "said" | "says" | "told" | "added" | "stressed" | "noted") {
                            return vec![];
                        }
                        input.actor_mentions_in(sa, p - 1).filter(|m| m.toks.1 == p - 1).last().into_iter().collect()
                    })
                    .unwrap_or_default();
                let rest: Vec<&Mention> =
                    right.iter().copied().filter(|m| !own.iter().any(|o| o.span == m.span)).collect();
                // "an Israeli blockade of the Gaza Strip", "the Russian annexation of
                // Crimea": in a directed act the party before the noun acts and the one
                // after it undergoes the act.
                let (before, after): (Vec<&Mention>, Vec<&Mention>) = own.iter().partition(|m| m.toks.1 <= t0);
                // "the killing of an Israeli man", "the arrest of two activists", "the
                // release of Adli Yaish": after a noun of force or of release, the party
                // named with "of" undergoes the act.
                let undergoes = lex.frame == Frame::Directed
                    && input.w(t1) == "of"
                    && (matches!(lex.plover, Plover::ASSAULT | Plover::COERCE | Plover::SANCTION)
                        || lex.cameo.starts_with("084"));
                // "Mhlanga's arrest", "Lai's release": the owner of a noun of what is done to
                // a person, with no "of" after it, is the person it is done to ("Russia's
                // arrest of a reporter" keeps its agent).
                let possessor_undergoes = lex.frame == Frame::Directed
                    && input.w(t1) != "of"
                    && PATIENT_NOUNS.contains(&input.w(t0).to_ascii_lowercase().as_str());
                let (before, mut rest) = if possessor_undergoes {
                    let (owners, before): (Vec<&Mention>, Vec<&Mention>) = before
                        .into_iter()
                        .partition(|m| tokens.get(m.toks.1).is_some_and(|t| t.kind == TokenKind::Possessive));
                    let mut rest = rest;
                    rest.splice(0..0, owners);
                    (before, rest)
                } else {
                    (before, rest)
                };
                // "anger over a social media ban", "an opposition ban": a common noun for
                // people right before a noun of restriction names whom it restricts ("police
                // raids", "a court ban": not the state's organs, which coerce; "an army
                // embargo" still restricts the army).
                let restricted = matches!(lex.plover, Plover::COERCE | Plover::SANCTION)
                    && lex.frame == Frame::Directed
                    && !before.is_empty()
                    && after.is_empty()
                    && before.iter().all(|m| {
                        m.toks.1 == t0
                            && m.kind == MentionKind::Agent
                            && m.code.is_none()
                            && !tokens[m.toks.0].cap
                            && !(lex.plover == Plover::COERCE
                                && matches!(m.sector.as_deref(), Some("COP" | "MIL" | "SPY" | "JUD" | "GOV")))
                    });
                if possessor_undergoes {
                    (before, rest)
                } else if restricted {
                    (vec![], before)
                } else if intro_talks && intro_subject.is_some_and(|m| m.code.is_some() || !m.countries.is_empty()) {
                    // "After talks with Erdogan, Putin said…": the main clause's subject held
                    // the talks with those the noun names.
                    let others = own.iter().copied().filter(|m| !left.iter().any(|l| l.span == m.span)).collect();
                    (left.clone(), others)
                } else if !met_by.is_empty() {
                    // "Putin discussed trade at a meeting with Xi", "said at his meeting with
                    // Mirziyoyev": the clause's subject is at the meeting it had with them.
                    (met_by.clone(), own.iter().copied().filter(|m| m.toks.0 > t0).collect())
                } else if pronoun_owner {
                    // The subject the pronoun stands for acts with those the noun names.
                    (left.iter().copied().filter(|m| m.toks.1 < t0).collect(), own.clone())
                } else if lex.frame != Frame::Symmetric && !before.is_empty() && !after.is_empty() || undergoes {
                    // "kidnappings of school children by criminal gangs": the agent acts, the
                    // party a "by" opens ("The bombing of the hospital by Russian forces
                    // killed two civilians": not every party after a "by").
                    // The phrase ends at the clause's verb: "The killing of the aid workers
                    // in the town was condemned by the UN" names no killer.
                    let by_agents: Vec<&Mention> = if undergoes {
                        let phrase_end = (t1..clause.end.min(t1 + 12))
                            .find(|&j| {
                                BE.contains(&input.w(j))
                                    || matches!(input.w(j), "," | ";")
                                    || sentence_triggers.iter().any(|h2| {
                                        h2.span.start == tokens[j].span.start
                                            && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
                                    })
                            })
                            .unwrap_or(clause.end.min(t1 + 12));
                        (t1..phrase_end)
                            .filter(|&j| input.w(j) == "by")
                            .flat_map(|j| input.agents_after(j + 1, phrase_end))
                            .collect()
                    } else {
                        vec![]
                    };
                    let by_before = |m: &&Mention| by_agents.iter().any(|a| a.span == m.span);
                    let after: Vec<&Mention> = after.into_iter().filter(|m| !by_before(m)).collect();
                    // The agent may follow the party that undergoes the act, outside the
                    // noun's own phrase: "of school children by criminal gangs".
                    rest.retain(|m| !by_before(m));
                    rest.splice(0..0, after);
                    let mut before = before;
                    before.extend(by_agents.iter().copied());
                    (before, rest)
                } else {
                    (own.clone(), rest)
                }
            } else {
                let mut r = right.clone();
                if is_noun {
                    r.extend(own.iter().copied().filter(|m| !left.iter().any(|l| l.span == m.span)));
                }
                if r.is_empty() {
                    r = indirect.clone();
                }
                (left.clone(), r)
            };
            // "Kyiv will not give in to Russian pressure": the country whose adjective
            // qualifies the pressure given in to applies it, to the clause's subject.
            let given_in_to = is_noun && gives_in_to(input, sa, t0);
            let (actors, recipients) = if given_in_to {
                let adjectives: Vec<&Mention> = own
                    .iter()
                    .copied()
                    .filter(|m| m.kind == MentionKind::Country && m.toks.1 <= t0 && t0 - m.toks.1 < 2)
                    .collect();
                if adjectives.is_empty() {
                    (actors, recipients)
                } else {
                    let subject: Vec<&Mention> = left
                        .iter()
                        .copied()
                        .filter(|l| l.toks.1 <= t0 && !adjectives.iter().any(|a| a.span == l.span))
                        .collect();
                    (adjectives, subject)
                }
            } else {
                (actors, recipients)
            };
            // "Many Taliban leaders remain under international sanctions", "Iran has been
            // under U.S. sanctions", "Russian banks under Western sanctions": the subject, or
            // the party the phrase follows, is sanctioned, by whoever the words between
            // "under" and the noun name.
            // ("Kyiv came under heavy Russian missile attack": so is one under attack.)
            let under_at = (lex.plover == Plover::SANCTION || lex.plover == Plover::ASSAULT && is_noun)
                .then(|| {
                    let mut k = t0;
                    while k > sa
                        && t0 - k < 3
                        && tokens[k - 1].kind == TokenKind::Word
                        && input.w(k - 1) != "under"
                        && !FUNCTION_WORDS.contains(&input.w(k - 1))
                    {
                        k -= 1;
                    }
                    let u = k.checked_sub(1).filter(|&u| u > sa && input.w(u) == "under")?;
                    (matches!(
                        input.w(u - 1),
                        "was"
                            | "were"
                            | "is"
                            | "are"
                            | "been"
                            | "be"
                            | "remained"
                            | "remains"
                            | "remain"
                            | "stay"
                            | "stays"
                            // "Kyiv came under heavy Russian missile attack".
                            | "came"
                            | "come"
                            | "comes"
                    ) || left.iter().any(|m| m.toks.1 == u))
                    .then_some(u)
                })
                .flatten();
            let (actors, recipients) = match under_at {
                Some(u) => {
                    let subject: Vec<&Mention> = left.iter().copied().filter(|m| m.toks.1 <= u).collect();
                    let between: Vec<&Mention> = input.actor_mentions_in(u + 1, t0).collect();
                    if subject.is_empty() {
                        (actors, recipients)
                    } else if between.is_empty() && lex.plover == Plover::ASSAULT {
                        // ("came under attack from armed men": named after the noun.)
                        (actors.into_iter().filter(|a| !subject.iter().any(|s| s.span == a.span)).collect(), subject)
                    } else {
                        (between, subject)
                    }
                }
                None => (actors, recipients),
            };
            // "signed a U.S.-brokered peace agreement": the party a hyphenated participle of
            // mediation names brokered it; the clause's parties are the ones it brought
            // together.
            let go_between = |m: &Mention| {
                let made = |w: &str| {
                    matches!(w, "brokered" | "mediated" | "sponsored" | "negotiated" | "drafted" | "proposed")
                };
                input.text[m.span.start..m.span.end]
                    .split(' ')
                    .any(|w| w.rsplit_once('-').is_some_and(|(_, w)| made(w)))
                    || input.w(m.toks.1) == "-" && made(input.w(m.toks.1 + 1))
            };
            let (actors, recipients) = if lex.cameo == "045" && t0 >= 2 && input.w(t0 - 1) == "-" {
                match input.actor_mentions_in(t0.saturating_sub(8), t0 - 1).filter(|m| m.toks.1 == t0 - 1).last() {
                    Some(m) => (vec![m], actors.into_iter().filter(|a| a.span != m.span).collect()),
                    None => (actors, recipients),
                }
            } else {
                (actors, recipients)
            };
            // "attended the Singapore summit", "met at the Helsinki summit": the venue named
            // before the gathering is no party to it.
            let mut actors = actors;
            actors.retain(|m| !input.names_a_gathering(m));
            let mut recipients = recipients;
            recipients.retain(|m| !input.names_a_gathering(m));
            // "expanded its cooperation with Dushanbe amid concerns over militants": a party
            // named after "amid" or "despite" past the trigger is a circumstance's, not the act's.
            recipients.retain(|m| {
                m.toks.0 < t1
                    || !(t1..m.toks.0).any(|k| {
                        matches!(input.w(k), "amid" | "amidst" | "despite")
                            // "in the face of China's growing assertiveness"
                            || input.w(k) == "face" && k >= 2 && input.w(k - 1) == "the" && input.w(k - 2) == "in"
                    })
            });
            // ("vetoed a U.S.-drafted resolution", "rejected a French-proposed plan": a
            // stance on a text answers whoever drafted it.)
            // ("blocked an EU-proposed plan": so is a block of one, a veto.)
            let answers_text = |m: &Mention| {
                matches!(lex.plover, Plover::REJECT | Plover::ACCUSE | Plover::SUPPORT)
                    || lex.cameo == "170"
                        && matches!(
                            input.w(m.toks.1),
                            "plan" | "proposal" | "resolution" | "draft" | "deal" | "bill" | "package" | "statement"
                        )
            };
            if lex.cameo != "045" {
                recipients.retain(|m| !go_between(m) || answers_text(m));
            }
            // "sanctions on three officials it accused of organising …": in a relative
            // clause with no pronoun of its own, the verb's object is the party before its
            // subject.
            if recipients.is_empty()
                && !is_noun
                && !passive
                && lex.frame == Frame::Directed
                && t0 >= sa + 2
                && matches!(input.w(t0 - 1), "it" | "they" | "he" | "she" | "we")
                && matches!(input.w(t1), "of" | "for" | "over" | "," | "." | ";")
            {
                if let Some(m) = input.actor_mentions_in(sa, t0 - 1).filter(|m| m.toks.1 == t0 - 1).last() {
                    recipients.push(m);
                }
            }
            // "a mortar bomb was fired at Israel from the Gaza Strip": an attack with no
            // agent named comes from the place it was launched from.
            if actors.is_empty() && passive && lex.plover == Plover::ASSAULT {
                if let Some(from) = (t1..clause.end).find(|&k| input.w(k) == "from") {
                    actors.extend(
                        input
                            .mentions_in(from + 1, (from + 4).min(clause.end))
                            .iter()
                            .filter(|m| {
                                m.is_actor()
                                    && matches!(m.kind, MentionKind::Country | MentionKind::Place)
                                    && !m.countries.is_empty()
                                    && !recipients.iter().any(|r| r.countries == m.countries)
                            })
                            .take(1),
                    );
                }
            }
            // "Patriarch Kirill was barred from entering Lithuania", "were denied entry to
            // Kazakhstan": a ban on entry with no agent named is the act of the country
            // entered.
            if actors.is_empty()
                && passive
                && lex.cameo == "172"
                && (t0..t1).any(|k| matches!(input.w(k), "entry" | "entering"))
            {
                let from = if matches!(input.w(t1), "to" | "into") { t1 + 1 } else { t1 };
                let entered = input.mentions_in(from, (from + 2).min(clause.end)).iter().find(|m| {
                    m.toks.0 <= from + 1
                        && m.kind == MentionKind::Country
                        && m.countries.len() == 1
                        && !recipients.iter().any(|r| r.countries == m.countries && r.kind == MentionKind::Country)
                });
                if let Some(m) = entered {
                    recipients.retain(|r| r.toks != m.toks);
                    actors.push(m);
                }
            }
            // "Ten people were killed in Mogadishu": people the text only counts, attacked
            // by no one named, are still victims of an attack (coded below on the country
            // of its place, as the active "… killed ten people" is).
            // So are people the text only counts who were arrested ("45 people were
            // detained in Nukus"): by the authorities of the place, below.
            let counted_victims = passive
                && (lex.plover == Plover::ASSAULT || lex.plover == Plover::COERCE && lex.cameo.starts_with("173"))
                && actors.is_empty()
                && recipients.is_empty()
                && counted_people_before(input, clause.start.max(sa), t0);
            // "A former prime minister was detained in Bishkek": one person named only by
            // an office, arrested by no one named, is held like the people counted; the
            // office gives the sector.
            let titled_victim = (passive
                && lex.plover == Plover::COERCE
                && lex.cameo.starts_with("173")
                && actors.is_empty()
                && recipients.is_empty())
            .then(|| titled_person_before(input, kb, clause.start.max(sa), t0))
            .flatten();
            let counted_victims = counted_victims || titled_victim.is_some();
            // "300 Tajik citizens were detained by Russian police …, and at least 40 of them
            // were later released": a passive with no agent, in a clause joined by "and" to
            // an earlier passive of the sentence, shares that passive's agent.
            if actors.is_empty() && passive && lex.frame != Frame::Symmetric {
                let joined = (sa + 1..t0).rev().find(|&k| input.w(k) == "and" && input.w(k - 1) == ",");
                let agent = joined.and_then(|j| {
                    (sa + 2..j).rev().find(|&k| {
                        input.w(k) == "by"
                            && input.w(k - 1).ends_with("ed")
                            && matches!(input.w(k - 2), "was" | "were" | "been")
                    })
                });
                if let Some(by) = agent {
                    if let Some(m) = input.actor_mentions_in(by + 1, (by + 4).min(t0)).find(|m| m.toks.0 <= by + 2) {
                        actors.extend(input.conjuncts(m, by + 1, t0, false));
                    }
                }
            }
            if actors.is_empty() && passive && lex.frame != Frame::Symmetric {
                // No agent named: the event still happened to the recipients.
                if recipients.is_empty() && !counted_victims {
                    continue;
                }
            }

            // Modality.
            let mut modality = Modality::Asserted;
            let mut rank = 0;
            let mut refusal = false;
            let mut cue_at = t0;
            // Intent reaches over coordinated verbs ("expressed readiness to enhance…, support…
            // and boost…"); the other cues only over a few words.
            // The words of an amount count as none ("will provide $50 million in security
            // assistance").
            let near = {
                let mut k = t0;
                let mut n = 0;
                while k > clause.start && n < 6 {
                    k -= 1;
                    if !amount_word(input, k) {
                        n += 1;
                    }
                }
                k
            };
            let far = t0.saturating_sub(24).max(clause.start);
            // "Tehran would not negotiate under pressure, rejecting a U.S. offer": a
            // participle set off by a comma is an act of its own, which the negation of the
            // clause before it does not reach (intent and the future do: "will visit
            // Moscow, meeting Putin").
            let adjunct_participle =
                lex.pos == Pos::Verb && t0 > sa && input.w(t0 - 1) == "," && input.w(t0).ends_with("ing");
            // ("Vilnius would not bow to Chinese pressure": the pressure a refusal to give in
            // answers was applied, `given_in_to` above; the negation is of giving in.)
            for p in input.phrases_in(far, t1 + 3).iter().filter(|p| p.toks.1 <= t0 || p.toks.0 >= t1) {
                let PhraseRef::Modality(mi) = p.target else { continue };
                let cue = &kb.modality[mi as usize];
                if p.toks.0 < near && cue.modality != CueModality::Set(Modality::Intent) {
                    continue;
                }
                let after = p.toks.0 >= t1;
                if after != (cue.scope == Scope::After) {
                    continue;
                }
                // "Russia offered to hold a summit in Moscow, and China accepted": a cue
                // before "and" or "but" and a new subject of the trigger is the first
                // clause's.
                if !after
                    && (p.toks.1..t0).any(|k| {
                        matches!(input.w(k), "and" | "but")
                            && input.actor_mentions_in(k + 1, t0).any(|m| {
                                (m.toks.0 == k + 1 || m.toks.0 == input.after_determiners(k + 1))
                                    && m.toks.1 <= t0
                                    && t0 - m.toks.1 <= 2
                            })
                    })
                {
                    continue;
                }
                // "Russia was ready to resume supplies if Kyiv agreed": a cue before a
                // condition that opens between it and the trigger is the main clause's.
                if !after
                    && cue.modality != CueModality::Set(Modality::Hypothetical)
                    && (p.toks.1..t0).any(|k| matches!(input.w(k), "if" | "unless"))
                {
                    continue;
                }
                if let CueModality::Set(mut m) = cue.modality {
                    if m == Modality::Negated && (adjunct_participle || given_in_to) && !after {
                        continue;
                    }
                    // "did not condemn the invasion of Ukraine", "refused to acknowledge the
                    // killing of protesters": a noun in the object of a negated verb of
                    // another kind of act names an act that happened; the negation is the
                    // verb's. ("will not accept the deployment of missiles": one to come.)
                    if m == Modality::Negated
                        && !after
                        && lex.pos == Pos::Noun
                        && sentence_triggers.iter().any(|h| {
                            let a = tokens.partition_point(|t| t.span.end <= h.span.start);
                            a >= p.toks.0
                                && a < t0
                                && h.targets.iter().any(|&i| {
                                    let l = &kb.lexicon[i as usize];
                                    l.pos == Pos::Verb && l.plover != lex.plover
                                })
                        })
                    {
                        if !matches!(cue.phrase.as_str(), "will not" | "won't" | "shall not") {
                            continue;
                        }
                        m = Modality::Future;
                    }
                    // "The document, which aims to strengthen energy security, was signed":
                    // a cue inside a relative clause closed before the trigger is that
                    // clause's.
                    if !after
                        && (p.toks.0.saturating_sub(3).max(clause.start)..p.toks.0)
                            .any(|k| matches!(input.w(k), "which" | "who"))
                        && (p.toks.1..t0).any(|k| input.w(k) == ",")
                    {
                        continue;
                    }
                    if m == Modality::Negated && REFUSALS.contains(&cue.phrase.as_str()) {
                        refusal = true;
                    }
                    // "if Beijing did not curb exports": a condition holds whatever it
                    // says, a negation too.
                    let condition = m == Modality::Hypothetical && matches!(cue.phrase.as_str(), "if" | "unless");
                    let r = match m {
                        _ if condition => 6,
                        Modality::Negated => 5,
                        Modality::Intent => 4,
                        Modality::Hypothetical => 3,
                        Modality::Future => 2,
                        Modality::Reported => 1,
                        Modality::Asserted => 0,
                    };
                    if r > rank {
                        rank = r;
                        modality = m;
                        cue_at = p.toks.0;
                    }
                }
            }
            // "Azerbaijan denied shelling Armenian villages": an act denied right after the
            // verb of denial is not asserted.
            if modality == Modality::Asserted
                && lex.pos == Pos::Verb
                && t0 > sa
                && input.w(t0).ends_with("ing")
                && matches!(
                    input.w(t0 - 1).to_ascii_lowercase().as_str(),
                    "denied" | "denies" | "deny" | "denying" | "rejected" | "rejects"
                )
            {
                modality = Modality::Negated;
                cue_at = t0 - 1;
            }
            // "The Kremlin denied that Putin had ordered the assassination of …": an act in
            // what a verb of denial says did not happen is not asserted either.
            if modality == Modality::Asserted {
                if let Some(th) = (sa..t0).rev().take_while(|&k| !matches!(input.w(k), ";" | "but")).find(|&k| {
                    input.w(k) == "that" && {
                        let mut v = k;
                        while v > sa && matches!(input.w(v - 1), "reports" | "claims" | "allegations" | "suggestions") {
                            v -= 1;
                        }
                        v > sa
                            && matches!(
                                input.w(v - 1).to_ascii_lowercase().as_str(),
                                "denied" | "denies" | "deny" | "denying"
                            )
                    }
                }) {
                    modality = Modality::Negated;
                    cue_at = th;
                }
            }
            // "The talks ended without agreement", "left without reaching a deal": an act
            // named right after "without" (across an article, "any" or "reaching") did not
            // come about.
            if modality == Modality::Asserted {
                let mut k = t0;
                while k > sa && matches!(input.w(k - 1), "a" | "an" | "any" | "the" | "reaching" | "signing") {
                    k -= 1;
                }
                if k > sa && input.w(k - 1) == "without" {
                    modality = Modality::Negated;
                    cue_at = k - 1;
                }
            }
            // "made no concessions", "offered no genuine choice", "there were no
            // attacks": an act whose noun, or whose verb's object, "no" stands before did
            // not take place ("no fewer than 20 attacks" counts them).
            if modality == Modality::Asserted {
                let no_at = if is_noun {
                    let mut k = t0;
                    while k > sa
                        && t0 - k < 2
                        && tokens[k - 1].kind == TokenKind::Word
                        && !tokens[k - 1].cap
                        && !matches!(input.w(k - 1), "no" | "than" | "of" | "and" | "or" | "the" | "a" | "an" | "to")
                    {
                        k -= 1;
                    }
                    (k > sa && input.w(k - 1) == "no").then(|| k - 1)
                } else {
                    (t1 < clause.end && input.w(t1) == "no").then_some(t1)
                };
                if let Some(n) = no_at.filter(|&n| {
                    !matches!(input.w(n + 1), "fewer" | "less" | "more" | "longer" | "sooner" | "later" | "doubt")
                }) {
                    modality = Modality::Negated;
                    cue_at = n;
                }
            }
            // "Tehran would respond decisively to any Israeli attack", "warned against any
            // new sanctions": an act "any" stands before (across two modifiers) is one that
            // may come, not one that happened or is announced.
            if is_noun && matches!(modality, Modality::Asserted | Modality::Future | Modality::Intent) {
                let mut k = t0;
                while k > sa
                    && t0 - k < 2
                    && tokens[k - 1].kind == TokenKind::Word
                    && !matches!(input.w(k - 1), "any" | "of" | "and" | "or" | "the" | "a" | "an" | "to")
                {
                    k -= 1;
                }
                if k > sa && input.w(k - 1).eq_ignore_ascii_case("any") {
                    modality = Modality::Hypothetical;
                    cue_at = k - 1;
                }
            }
            // "thwarted a plot by Islamic State supporters to attack a concert": the act a
            // foiled plan aims at did not happen.
            if modality == Modality::Asserted && lex.pos == Pos::Verb {
                if let Some(v) = planned_by(input, sa, t0).and_then(|(noun, _)| foiled(input, sa, noun)) {
                    modality = Modality::Negated;
                    cue_at = v;
                }
            }
            // "The summit will be held in Astana", "talks are scheduled for Monday": a noun
            // of an act whose verb sets it in the future has not happened yet.
            // The verb may follow the noun's own phrase ("Talks between Armenia and
            // Azerbaijan are scheduled").
            let verb_at = (is_noun && modality == Modality::Asserted)
                .then(|| {
                    (t1..(t1 + 10).min(clause.end))
                        .take_while(|&j| !matches!(input.w(j), "," | ";" | "that" | "which" | "who"))
                        .find(|&j| matches!(input.w(j), "will" | "is" | "are" | "was" | "were" | "has" | "have"))
                })
                .flatten();
            if let Some(v) = verb_at {
                let (a, b, c) = (input.w(v), input.w(v + 1), input.w(v + 2));
                let future = a == "will"
                    && (matches!(b, "take" | "open" | "start" | "begin" | "resume" | "convene")
                        || b == "be"
                            && matches!(
                                c,
                                "held" | "hosted" | "convened" | "attended" | "signed" | "organized" | "organised"
                            ))
                    || matches!(a, "is" | "are")
                        && (matches!(b, "scheduled" | "due" | "planned" | "slated" | "set")
                            || b == "expected" && c == "to"
                            || b == "to" && c == "be");
                if future {
                    modality = Modality::Future;
                }
            }
            // "agreed to prepare a visit", "the upcoming summit", "the next meeting",
            // "preparations for a visit": an act being planned has not happened yet.
            // ("proposed a new package of sanctions": the proposal's light verb further back.)
            if is_noun
                && modality == Modality::Asserted
                && light_verb.is_some_and(|k| matches!(input.w(k), "proposed" | "proposes"))
            {
                modality = Modality::Future;
            }
            if is_noun
                && modality == Modality::Asserted
                && (t0.saturating_sub(3).max(clause.start)..t0)
                    .rev()
                    .map(|k| input.w(k))
                    .take_while(|w| !matches!(*w, "," | ";" | "." | "\"" | "that"))
                    .any(|w| {
                        matches!(
                            w.to_ascii_lowercase().as_str(),
                            "prepare"
                                | "prepares"
                                | "preparing"
                                | "preparations"
                                | "plan"
                                | "plans"
                                | "planning"
                                | "planned"
                                | "upcoming"
                                | "forthcoming"
                                | "proposed"
                                | "next"
                                | "organise"
                                | "organize"
                                | "organising"
                                | "organizing"
                                | "arrange"
                                | "arranging"
                        )
                    })
            {
                modality = Modality::Future;
            }
            // "Putin is expected to visit Dushanbe in October for a CIS summit": the act a
            // journey is made for shares the journey's time to come (or intent).
            if is_noun && modality == Modality::Asserted {
                let mut k = t0;
                while k > clause.start
                    && t0 - k < 3
                    && tokens[k - 1].kind == TokenKind::Word
                    && !matches!(input.w(k - 1), "for" | "to" | "of")
                {
                    k -= 1;
                }
                // ("… is expected to visit Turkmenistan later this month to sign several
                // agreements": the purpose's infinitive too.)
                let purpose = k > clause.start
                    && matches!(input.w(k - 1), "for" | "to")
                    && (k.saturating_sub(8).max(clause.start)..k - 1).any(|j| {
                        matches!(
                            input.w(j),
                            "visit" | "travel" | "go" | "come" | "fly" | "head" | "arrive" | "attend" | "return"
                        )
                    });
                if purpose {
                    let mut before = input.phrases_in(clause.start, k - 1).iter().filter_map(|p| match p.target {
                        PhraseRef::Modality(mi) if p.toks.1 < k => match kb.modality[mi as usize].modality {
                            CueModality::Set(m @ (Modality::Future | Modality::Intent)) => Some((p.toks.0, m)),
                            _ => None,
                        },
                        _ => None,
                    });
                    if let Some((at, m)) = before.next_back() {
                        modality = m;
                        cue_at = at;
                    }
                }
            }
            // "are likely to meet on the sidelines of the SCO summit in July", "will sign
            // the deal at the summit": a gathering named as the setting of an act to come
            // is to come as well.
            // ("at the invitation of …" is no gathering: it was given.)
            if is_noun && modality == Modality::Asserted && lex.plover == Plover::CONSULT {
                let mut k = t0;
                while k > clause.start
                    && t0 - k < 4
                    && tokens[k - 1].kind == TokenKind::Word
                    && !matches!(input.w(k - 1), "at" | "during" | "of" | "on" | "in" | "for" | "to" | "and")
                {
                    k -= 1;
                }
                let setting = k > clause.start
                    && (matches!(input.w(k - 1), "at" | "during")
                        || input.w(k - 1) == "of"
                            && k >= 2
                            && matches!(input.w(k - 2), "sidelines" | "margins" | "sideline" | "margin"));
                if setting {
                    let prev = events[first_event..].last().filter(|e| {
                        e.trigger.end <= tokens[k - 1].span.end
                            && e.trigger.start >= tokens[clause.start].span.start
                            && input
                                .text
                                .get(e.trigger.end..tokens[k - 1].span.start)
                                .is_none_or(|t| !t.contains([',', ';']))
                    });
                    if let Some(m) =
                        prev.map(|e| e.modality).filter(|m| matches!(m, Modality::Future | Modality::Intent))
                    {
                        modality = m;
                    }
                }
            }
            let hedged_clause = input.phrases_in(clause.start, clause.hedges_to).iter().any(|p| {
                p.toks.1 <= clause.hedges_to && matches!(p.target, PhraseRef::Modality(mi) if kb.modality[mi as usize].modality == CueModality::Hedge)
            });
            if modality == Modality::Asserted && hedged_clause {
                modality = Modality::Reported;
            }

            let mut cameo = lex.cameo.clone();
            let mut goldstein = lex.goldstein;
            let mut plover = lex.plover;
            let mut mode = lex.mode.clone();
            // "The army lifted Friday a day-old blockade", "eased the remaining sanctions":
            // a verb of lifting before a restriction's noun is the restriction's reversal.
            // "suspended part of a military aid program": a verb of suspending before aid
            // is the aid's discontinuation (162x).
            let reversed = lifting_at.and_then(|k| {
                if LIFTING.contains(&input.w(k).to_ascii_lowercase().as_str()) {
                    reversal(&lex.cameo)
                } else {
                    discontinuation(&lex.cameo)
                }
            });
            if let Some(code) = reversed.and_then(|c| kb.cameo_code(c)) {
                cameo = code.code.clone();
                goldstein = code.goldstein;
                // Easing sanctions is a concession, as the lexicon's "lifted sanctions" types it.
                plover = if lex.plover == Plover::SANCTION { Plover::CONCEDE } else { code.plover.unwrap_or(plover) };
                mode = code.mode.clone();
            }
            // "Ukrainian forces captured two North Korean soldiers", "several rebels were
            // captured": people captured are detained (173), not territory seized (192).
            if cameo == "192"
                && input.w(t0).to_ascii_lowercase().starts_with("captur")
                && !recipients.is_empty()
                && recipients.iter().all(|m| {
                    // The noun of the phrase: its last word, or the word after a country's
                    // adjective ("two North Korean soldiers"; not "Ukrainian positions", "the
                    // headquarters of the Sudanese army").
                    let head = if m.kind == MentionKind::Country { m.toks.1 } else { m.toks.1.saturating_sub(1) };
                    m.kind == MentionKind::Person
                        || m.kind != MentionKind::Place
                            && CAPTIVES.contains(&input.w(head).to_ascii_lowercase().as_str())
                })
            {
                if let Some(code) = kb.cameo_code("173") {
                    cameo = code.code.clone();
                    goldstein = code.goldstein;
                    plover = code.plover.unwrap_or(plover);
                    mode = code.mode.clone();
                }
            }
            // "Germany pledged 500 million euros to help Central Asian countries", "promised
            // Central Asian leaders $19 billion in investment": a sum pledged is an intent to
            // give economic aid (0331), not to cooperate at large (030).
            // ("agreed to provide Ukraine with a $50 billion loan": an agreement to give it.)
            // (Read only for the hits of 030 phrasings: the verb is lowercased once.)
            let pledging = || {
                let verb = input.w(t0).to_ascii_lowercase();
                ["pledg", "promis", "vow", "offer", "commit"].iter().any(|v| verb.starts_with(v))
                    || verb.starts_with("agree")
                        && input.w(t1) == "to"
                        && matches!(input.w(t1 + 1), "provide" | "give" | "allocate" | "contribute")
            };
            if cameo == "030" && !is_noun && !passive && pledging() {
                let sum = (t1..(t1 + 8).min(sb))
                    .take_while(|&j| {
                        let to_other = input.w(j) == "to"
                            && !matches!(
                                input.w(j + 1),
                                "provide" | "give" | "allocate" | "contribute" | "invest" | "spend"
                            );
                        !(to_other || matches!(input.w(j), "," | ";" | "that" | "if" | "and" | "but"))
                    })
                    .any(|j| {
                        is_currency(input.w(j))
                            || tokens[j].kind == TokenKind::Number
                                && matches!(
                                    input.w(j + 1),
                                    "million"
                                        | "billion"
                                        | "trillion"
                                        | "dollars"
                                        | "euros"
                                        | "yuan"
                                        | "rubles"
                                        | "roubles"
                                        | "pounds"
                                        | "yen"
                                        | "tenge"
                                )
                    });
                if sum {
                    if let Some(code) = kb.cameo_code("0331") {
                        cameo = code.code.clone();
                        goldstein = code.goldstein;
                        mode = code.mode.clone();
                    }
                }
            }
            // "A car bomb in Mogadishu killed ten people": a killing whose subject is the
            // noun of a kind of attack takes that noun's more precise code (1832, not 190).
            if lex.plover == Plover::ASSAULT && !is_noun && !passive && cameo == "190" {
                let from = tokens[clause.start].span.start;
                let subject = input
                    .triggers
                    .iter()
                    .filter(|h| h.span.start >= from && h.span.end <= tokens[t0].span.start)
                    .filter_map(|h| {
                        let l = h
                            .targets
                            .iter()
                            .map(|&i| &kb.lexicon[i as usize])
                            .find(|l| l.pos == Pos::Noun && l.plover == Plover::ASSAULT && l.cameo != "190")?;
                        let a = tokens.partition_point(|t| t.span.end <= h.span.start);
                        let b = tokens.partition_point(|t| t.span.start < h.span.end);
                        Some((a, b, l))
                    })
                    .next_back()
                    .filter(|&(a, b, _)| {
                        a > clause.start
                            && matches!(input.w(a - 1), "A" | "An" | "The" | "a" | "an" | "the")
                            && (a - 1 == clause.start || input.w(a - 2) == ",")
                            && (b..t0).all(|k| {
                                tokens[k].kind != TokenKind::Punct
                                    && !matches!(input.w(k), "that" | "which" | "who" | "and" | "as" | "when")
                            })
                    });
                if let Some((_, _, l)) = subject {
                    cameo = l.cameo.clone();
                    goldstein = l.goldstein;
                    mode = l.mode.clone();
                }
            }
            // "expelled two Russian diplomats", "blocked the Europe Bridge": a bare verb
            // whose object, within four words in the clause, names what the act is about.
            let supplied = input.w(t1 - 1) == "with" && lex.cameo == "070";
            // ("called for an immediate ceasefire", "urged the immediate release of": an
            // appeal, whatever words its phrasing has, takes its kind from what it asks for.)
            if t1 == t0 + 1 || supplied || cameo == "020" {
                // (What is supplied may follow an amount: "with a $300 million loan".)
                let object = (t1..(t1 + if supplied { 7 } else { 4 }).min(clause.end))
                    // ("expelled Russia's defence attache": past an owner's possessive.)
                    .take_while(|&k| {
                        matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number | TokenKind::Possessive)
                            || supplied && !matches!(input.w(k), "," | ";" | "and")
                    })
                    .find_map(|k| object_cameo(&cameo, &input.w(k).to_ascii_lowercase()));
                if let Some(code) = object.and_then(|c| kb.cameo_code(c)) {
                    cameo = code.code.clone();
                    goldstein = code.goldstein;
                    plover = code.plover.unwrap_or(plover);
                    mode = code.mode.clone();
                }
            }
            // "North Korea fired two ballistic missiles into the sea": missiles fired at no
            // one named are a show of force (CAMEO 150), as a missile test is.
            if plover == Plover::ASSAULT
                && lex.pos == Pos::Verb
                && recipients.iter().all(|m| preceded_by_preposition(input.text, tokens, m) == Some("from"))
                && matches!(
                    input.w(t0).to_ascii_lowercase().as_str(),
                    "fired" | "fires" | "fire" | "launched" | "launches" | "launch"
                )
                && (t0 + 1..(t1 + 6).min(clause.end)).any(|k| input.w(k).starts_with("missile"))
                && input.actor_mentions_in(t1, clause.end).all(|m| {
                    !matches!(
                        preceded_by_preposition(input.text, tokens, m),
                        Some("at" | "on" | "toward" | "towards" | "against" | "into")
                    )
                })
            {
                if let Some(code) = kb.cameo_code("150") {
                    cameo = code.code.clone();
                    goldstein = code.goldstein;
                    plover = code.plover.unwrap_or(Plover::MOBILIZE);
                    mode = code.mode.clone();
                }
            }
            // "refused to meet", "will not accept": refusing a cooperative act is itself
            // an act, REJECT (CAMEO 12x), as CAMEO and PLOVER code it.
            if modality == Modality::Negated && refusal {
                if let Some(c) = refusal_code(&cameo).or_else(|| refusal_cameo(plover)) {
                    if let Some(code) = kb.cameo_code(c) {
                        cameo = c.to_string();
                        goldstein = code.goldstein;
                        plover = Plover::REJECT;
                        mode = code.mode.clone();
                        modality = Modality::Asserted;
                    }
                }
            }
            // "… would blockade Paris", "will impose sanctions": announcing a conflictual
            // act is a threat, as CAMEO codes it (13x); "… will withdraw its force unless
            // …": so is any act made to hang on a condition.
            let conflictual = matches!(plover, Plover::SANCTION | Plover::PROTEST | Plover::COERCE | Plover::ASSAULT);
            // "The EU may halt mediation efforts if cooperation founders": a conflictual act
            // that may or will follow if a condition holds is a threat too; the condition
            // follows the act ("will be hit if the UK imposes restrictions" threatens nothing).
            let conditional = modality == Modality::Future
                && (clause.start..clause.end).any(|k| input.w(k) == "unless")
                || conflictual
                    && matches!(modality, Modality::Future | Modality::Hypothetical)
                    && (t1..clause.end).any(|k| matches!(input.w(k), "unless" | "if"));
            // A dated future act is a schedule, not a threat ("Britain would impose
            // matching sanctions on Monday"); nor is an infinitive after a noun ("powers
            // to shut down news websites").
            let (ca, cb) = (tokens[clause.start].span.start, tokens[(clause.end.max(clause.start + 1)) - 1].span.end);
            // The date must follow the act: in "NATO confirmed on Wednesday it would
            // tighten the blockade" Wednesday dates the announcement.
            // A deadline ("will free them by the end of August", "before March") is no
            // schedule: the act is still a promise or a threat.
            let scheduled = sentence_dates.iter().any(|d| {
                let mut k = tokens.partition_point(|t| t.span.end <= d.span.start);
                while k > 0 && matches!(input.w(k - 1), "the" | "end" | "of" | "middle" | "start" | "beginning") {
                    k -= 1;
                }
                d.span.start >= ca
                    && d.span.end <= cb
                    && d.span.start >= hit.span.start
                    && !(k > 0 && matches!(input.w(k - 1), "by" | "before" | "within"))
            });
            let infinitive = t0 > 0 && input.w(t0 - 1) == "to";
            let mut threat = false;
            if modality == Modality::Future && conflictual && !scheduled && !infinitive {
                modality = Modality::Intent;
            } else if conditional && plover != Plover::REJECT {
                if let Some(code) = kb.cameo_code("131") {
                    cameo = "131".to_string();
                    goldstein = code.goldstein;
                    modality = Modality::Intent;
                    threat = true;
                }
            } else if modality == Modality::Future && !scheduled && !infinitive && announces_own_act(input, cue_at) {
                // "Israel announced it would free 150 prisoners", "he said he will help":
                // the speaker's own undated future act, announced, is a declared intent
                // (CAMEO 03x).
                modality = Modality::Intent;
            }
            if modality == Modality::Intent && !threat {
                if let Some(c) = intent_cameo(plover, &cameo) {
                    if let Some(code) = kb.cameo_code(c) {
                        cameo = c.to_string();
                        goldstein = code.goldstein;
                    }
                }
            }

            // Date: the nearest date expression in the trigger's clause, else the anchor
            // (publication date). A date in another clause ("…and noted that trade grew
            // last year") belongs to that clause's event.
            let future = modality == Modality::Future;
            // ("Before concluding his cross-examination last week, the prosecutor read out
            // the charges": an opening participle clause's time is the main clause's too.)
            let date_from = match input.intro_participle(sa, sb) {
                Some(c) if clause.start == c + 1 => sa,
                _ => clause.start,
            };
            let (clause_a, clause_b) =
                (tokens[date_from].span.start, tokens[(clause.end.max(clause.start + 1)) - 1].span.end);
            let reported_on = std::cell::Cell::new(false);
            // Whether token `k` is in the phrase of another act's noun after this trigger,
            // which a preposition of cause or time introduces: "recalled its ambassador
            // after the attack on its embassy in January". (Not used for places: "killed 30
            // militants, a day after an attack on a train in Balochistan" happened there
            // too, as follow-ups often do.)
            let after_anothers_noun = |k: usize| {
                sentence_triggers.iter().any(|h2| {
                    let a = tokens.partition_point(|t| t.span.end <= h2.span.start);
                    let b = tokens.partition_point(|t| t.span.start < h2.span.end);
                    a > t1
                        && b <= k
                        && k - b <= 8
                        && (b..k).all(|j| !matches!(input.w(j), "," | ";" | "and"))
                        && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Noun)
                        && (a.saturating_sub(4).max(t1)..a)
                            .any(|j| matches!(input.w(j), "for" | "after" | "over" | "following" | "against" | "since"))
                })
            };
            let (date, date_source) = match sentence_dates
                .iter()
                .filter(|d| d.span.start >= clause_a && d.span.end <= clause_b)
                // "the July 2022 unrest", "since March": a date naming something else.
                .filter(|d| {
                    let k = tokens.partition_point(|t| t.span.end <= d.span.start);
                    k == 0
                        || !matches!(input.w(k - 1), "the" | "its" | "their" | "his" | "her" | "since" | "until" | "a")
                })
                // "Russia, which invaded Ukraine in 2022, rejected the proposal": a date
                // inside a relative clause closed before the verb dates that clause's act.
                .filter(|d| {
                    let k = tokens.partition_point(|t| t.span.end <= d.span.start);
                    relative_before.is_none_or(|(j, c)| k < j || k > c)
                })
                // "The protesters, relatives of men jailed over the unrest a year ago,
                // demanded …": a date inside a phrase set off by commas between the
                // subject and the verb, after words of its own, dates what that phrase
                // names ("Kazakhstan, on Tuesday, expelled …" stays, and so does a
                // participle's: "The note, delivered to the ambassador on April 4,
                // demanded …" was delivered as it demanded).
                .filter(|d| {
                    let k = tokens.partition_point(|t| t.span.end <= d.span.start);
                    let e = tokens.partition_point(|t| t.span.start < d.span.end);
                    if e > t0 || k <= clause.start {
                        return true;
                    }
                    let opened = (clause.start..k).rev().find(|&j| input.w(j) == ",");
                    let closed = (e..t0).any(|j| input.w(j) == ",");
                    !(closed
                        && opened.is_some_and(|c| {
                            (c + 1..k).filter(|&j| tokens[j].kind == TokenKind::Word).count() >= 3
                                && !input.w(c + 1).ends_with("ed")
                        }))
                })
                // "Officials said late Monday the border would reopen": a day right after
                // the verb of speech that opens the clause dates the saying, not the act
                // to come.
                .filter(|d| {
                    let k = tokens.partition_point(|t| t.span.end <= d.span.start);
                    let mut j = k;
                    while j > sa && matches!(input.w(j - 1), "late" | "early" | "on") {
                        j -= 1;
                    }
                    !(future
                        && d.span.end <= hit.span.start
                        && j > sa
                        && matches!(input.w(j - 1), "said" | "says" | "told" | "announced" | "stated"))
                })
                // "pledged to boost trade to $10 billion by 2030", "will free them by the
                // end of August": a deadline dates no act.
                .filter(|d| {
                    let mut k = tokens.partition_point(|t| t.span.end <= d.span.start);
                    while k > 0 && matches!(input.w(k - 1), "the" | "end" | "of" | "middle" | "start" | "beginning") {
                        k -= 1;
                    }
                    k == 0 || input.w(k - 1) != "by"
                })
                // "reopened their border for the first time since deadly clashes in 2022":
                // a date after "since" or "until" later in the clause dates what that
                // phrase names, not the trigger's act.
                .filter(|d| {
                    let k = tokens.partition_point(|t| t.span.end <= d.span.start);
                    k <= t1 || (t1..k).all(|j| !matches!(input.w(j), "since" | "until"))
                })
                // "demanded the release of journalists detained last month": a date right
                // after another act's verb later in the clause dates that act.
                .filter(|d| {
                    let k = tokens.partition_point(|t| t.span.end <= d.span.start);
                    k <= t1
                        || !sentence_triggers.iter().any(|h2| {
                            let a = tokens.partition_point(|t| t.span.end <= h2.span.start);
                            let b = tokens.partition_point(|t| t.span.start < h2.span.end);
                            a >= t1
                                && b <= k
                                && k - b <= 1
                                && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
                                && input.w(b - 1).ends_with("ed")
                        })
                })
                // "accused Kyrgyzstan of violating the ceasefire agreement reached last
                // week": a date right after a participle that qualifies a noun later in
                // the clause dates what the participle says.
                // "released two Armenian soldiers captured during clashes last year": so
                // does one after the participle's phrase of time.
                .filter(|d| {
                    let k = tokens.partition_point(|t| t.span.end <= d.span.start);
                    let mut j = k;
                    while j > t1 && matches!(input.w(j - 1), "on" | "in" | "at" | "earlier" | "this") {
                        j -= 1;
                    }
                    if let Some(q) = (j.saturating_sub(4).max(t1 + 1)..j).rev().find(|&q| {
                        matches!(input.w(q), "during" | "amid" | "after" | "following")
                            && (q + 1..j).all(|i| tokens[i].kind == TokenKind::Word && !tokens[i].cap)
                    }) {
                        j = q;
                    }
                    let Some(p) = j.checked_sub(1).filter(|&p| p > t1) else { return true };
                    let participle = input.w(p);
                    let noun = input.w(p - 1);
                    !((participle.ends_with("ed")
                        || matches!(participle, "held" | "made" | "struck" | "won" | "signed"))
                        && tokens[p].kind == TokenKind::Word
                        && !tokens[p].cap
                        && tokens[p - 1].kind == TokenKind::Word
                        && !tokens[p - 1].cap
                        && noun.len() > 3
                        && !BE.contains(&noun)
                        && !matches!(
                            noun,
                            "had" | "has" | "have" | "having" | "also" | "then" | "not" | "who" | "which" | "that"
                        ))
                })
                // "expelled two diplomats in retaliation for Chisinau's expulsion of an
                // embassy employee last month", "recalled its ambassador after the attack on
                // its embassy in January": a month or a year after another act's noun,
                // which a preposition of cause or time introduces, dates that act.
                .filter(|d| {
                    let k = tokens.partition_point(|t| t.span.end <= d.span.start);
                    let coarse = matches!(
                        d.kind,
                        dates::DateKind::Month(_)
                            | dates::DateKind::MonthYear(..)
                            | dates::DateKind::Year(_)
                            | dates::DateKind::Relative(
                                dates::Relative::LastWeek
                                    | dates::Relative::LastMonth
                                    | dates::Relative::LastYear
                                    | dates::Relative::DaysAgo(_)
                            )
                    );
                    k <= t1 || !coarse || !after_anothers_noun(k)
                })
                // "has urged Uzbekistan to return aircraft flown there by pilots fleeing the
                // takeover in 2021": the present perfect takes no past year; that year dates
                // something else the clause names.
                .filter(|d| {
                    let perfect = (t0.saturating_sub(2).max(sa)..t0).any(|j| matches!(input.w(j), "has" | "have"));
                    let past_year = match (d.kind, input.anchor) {
                        (dates::DateKind::Year(y) | dates::DateKind::MonthYear(y, _), Some(a)) => y < a.year(),
                        _ => false,
                    };
                    !(perfect && past_year)
                })
                // "Putin invited Tokayev to visit Moscow next month", "accepted an
                // invitation to visit Kazakhstan in September": a date after the verb of an
                // infinitive the trigger governs dates the act that infinitive names.
                .filter(|d| {
                    let k = tokens.partition_point(|t| t.span.end <= d.span.start);
                    lex.pos != Pos::Verb
                        || !matches!(plover, Plover::REQUEST | Plover::AGREE)
                        || modality != Modality::Asserted
                        || k <= t1
                        || !(t0..k.saturating_sub(1)).any(|j| {
                            input.w(j) == "to"
                                && sentence_triggers.iter().any(|h2| {
                                    h2.span.start == tokens[j + 1].span.start
                                        && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
                                })
                        })
                })
                // "expelled them on Tuesday in response to the expulsion of a diplomat last
                // month": an act named by a noun takes first the date inside its own phrase.
                .min_by_key(|d| {
                    let dt = tokens.partition_point(|t| t.span.end <= d.span.start);
                    let own = is_noun && dt >= t1 && dt - t1 <= 8 && (t1..dt).all(|j| !matches!(input.w(j), "," | ";"));
                    (!own, (dt as i64 - t0 as i64).abs())
                })
                // "Tajikistan's Border Troops blamed Kyrgyz servicemen for the shooting,
                // Asia-Plus reported on Wednesday, citing …": with no date of its own, the
                // act takes the date of the closing attribution that reports it.
                .or_else(|| {
                    if clause.end >= sb || clause.end <= t0 || input.w(clause.end) != "," {
                        return None;
                    }
                    let from = tokens[clause.end].span.end;
                    let stop = (clause.end + 1..sb).find(|&j| matches!(input.w(j), "," | ";")).unwrap_or(sb);
                    // A speaker and its verb: "…, Asia-Plus reported on Wednesday", not
                    // "…, but also pledged to become carbon neutral by 2050".
                    if matches!(input.w(clause.end + 1), "but" | "and" | "or" | "while" | "which" | "who" | "as") {
                        return None;
                    }
                    let reports = input.phrases_in(clause.end + 1, stop).iter().any(|p| {
                        p.toks.1 <= stop
                            && p.toks.0 <= clause.end + 6
                            && matches!(p.target, PhraseRef::Cue(c)
                                if matches!(kb.cues[c as usize].kind, CueKind::Speech | CueKind::Report))
                    });
                    if !reports {
                        return None;
                    }
                    let to = tokens[stop.min(sb) - 1].span.end;
                    let d = sentence_dates.iter().find(|d| d.span.start >= from && d.span.end <= to);
                    reported_on.set(d.is_some());
                    d
                }) {
                // The reporting verb's date is past even when the act lies ahead:
                // "Germany will deliver …, Merz said on Monday".
                Some(d) => match input.anchor.and_then(|a| dates::resolve(d.kind, a, future && !reported_on.get())) {
                    Some(pd) => (Some(pd), "sentence"),
                    None => match d.kind {
                        dates::DateKind::Full(day) => (Some(PartialDate::Day(day)), "sentence"),
                        dates::DateKind::Year(y) => (Some(PartialDate::Year(y)), "sentence"),
                        dates::DateKind::MonthYear(y, m) => (Some(PartialDate::Month(y, m)), "sentence"),
                        _ => (None, "unresolved"),
                    },
                },
                // Undated: the story's date (the first day the article names within the
                // week before publication, usually the lead event's), else the publication
                // date. A later sentence's date is not carried over: it often belongs to
                // background ("last year", "in May").
                None => match story_date {
                    Some(d) => (Some(d), "story"),
                    None => (input.anchor.map(PartialDate::Day), input.anchor_source),
                },
            };

            // Place: a place phrase in the clause, then in the sentence, then the dateline.
            let place_of = |m: &Mention| -> Option<Place> {
                let e = &input.entities[m.entity?];
                Some(Place {
                    name: e.name.clone(),
                    country: e.country.clone(),
                    // A country has no single point: only places carry coordinates.
                    coords: e.coords,
                    geonameid: e.geonameid,
                    span: Some(m.span),
                    source: "in-phrase",
                })
            };
            let locs: Vec<&Mention> = input
                .mentions_in(sa, sb)
                .iter()
                .filter(|m| {
                    (input.is_locative(m) && !input.possessive_of_no_place(m))
                        || input.after_a_locative_possessive(m)
                        || input.on_a_visit_to(m)
                })
                // "The Taliban (outlawed in Russia) have released …": an aside in
                // parentheses does not place the act around it.
                .filter(|m| {
                    let open = (sa..m.toks.0).rev().map(|k| (k, input.w(k))).find(|(_, w)| matches!(*w, "(" | ")"));
                    match open {
                        Some((o, "(")) => {
                            let close = (m.toks.1..sb).find(|&k| input.w(k) == ")").unwrap_or(sb);
                            t0 > o && t0 < close
                        }
                        _ => true,
                    }
                })
                .collect();
            let nearest = |ms: &[&'a Mention], kind: MentionKind| -> Option<&'a Mention> {
                ms.iter().copied().filter(|m| m.kind == kind).min_by_key(|m| (m.toks.0 as i64 - t0 as i64).abs())
            };
            // Where things come from ("imports of plant products from Kazakhstan") places an
            // act only when nothing else does, not even the dateline.
            // "…, officials in Dushanbe said": where the speakers are does not place what
            // they tell of, unless they are its actors ("police in Almaty said they detained").
            let speakers_place = |m: &Mention| {
                m.kind == MentionKind::Place
                    && (m.toks.1 <= t0 || m.toks.0 > t1)
                    && m.toks.0 >= 2
                    && preceded_by_preposition(input.text, tokens, m) == Some("in")
                    && !actors.iter().any(|a| a.toks.1 + 1 == m.toks.0)
                    && input.phrases_in(m.toks.1, (m.toks.1 + 2).min(sb)).iter().any(|p| {
                        (m.toks.1..p.toks.0).all(|j| tokens[j].kind == TokenKind::Word)
                            && matches!(p.target, PhraseRef::Cue(c)
                                if matches!(kb.cues[c as usize].kind, CueKind::Speech | CueKind::Report))
                            && matches!(
                                input.w(p.toks.0),
                                "said"
                                    | "say"
                                    | "says"
                                    | "told"
                                    | "tell"
                                    | "reported"
                                    | "report"
                                    | "announced"
                                    | "confirmed"
                                    | "added"
                                    | "stated"
                            )
                    })
            };
            // "discussed the situation in Ukraine", "talks on the crisis in Sudan": a place
            // that a topic noun's "in" names is what the act is about, not where it was.
            let topic_place = |m: &Mention| {
                let mut k = m.toks.0;
                while k > sa && DETERMINERS.contains(&input.w(k - 1)) {
                    k -= 1;
                }
                k >= sa + 2
                    && input.w(k - 1) == "in"
                    && (matches!(
                        input.w(k - 2),
                        "situation" | "crisis" | "developments" | "tensions" | "escalation" | "conflict" | "settlement"
                    ) || discussing
                        && k > t1 + 1
                        && matches!(
                            input.w(k - 2),
                            "war"
                                | "fighting"
                                | "violence"
                                | "unrest"
                                | "hostilities"
                                | "ceasefire"
                                | "truce"
                                | "peace"
                        ))
                    && !(t0 < k && k - 1 <= t1 + 1)
            };
            // "urged Beijing to rein in North Korea", "accused Moscow of meddling in
            // Moldova": an "in" that belongs to its verb names no place.
            let verbs_in = |m: &Mention| {
                let k = m.toks.0;
                k >= sa + 2
                    && input.w(k - 1) == "in"
                    && matches!(
                        input.w(k - 2).to_ascii_lowercase().as_str(),
                        "rein"
                            | "reins"
                            | "reined"
                            | "reining"
                            | "meddle"
                            | "meddles"
                            | "meddled"
                            | "meddling"
                            | "interfere"
                            | "interferes"
                            | "interfered"
                            | "interfering"
                            | "interference"
                    )
            };
            // "wounded during an exercise near the Chinese border": near a country's border
            // is outside it, most often.
            let near_border = |m: &Mention| {
                matches!(input.w(m.toks.1), "border" | "frontier")
                    && preceded_by_preposition(input.text, tokens, m) == Some("near")
            };
            // "freed two American prisoners in exchange for an Afghan held in the United
            // States": a place phrase after a participle of holding or living that qualifies
            // a noun (no auxiliary before it) places what the participle tells, not this
            // act.
            let participle_place = |m: &Mention| {
                let mut k = m.toks.0;
                while k > sa && DETERMINERS.contains(&input.w(k - 1)) {
                    k -= 1;
                }
                if k < sa + 3 || !matches!(input.w(k - 1), "in" | "at" | "near" | "inside") {
                    return false;
                }
                let v = k - 2;
                let participle = input.w(v);
                matches!(
                    participle,
                    "held" | "detained" | "jailed" | "imprisoned" | "kept" | "living" | "born" | "trapped" | "stranded"
                ) && (v >= t1 || v < t0)
                    && tokens[v - 1].kind == TokenKind::Word
                    && !BE.contains(&input.w(v - 1))
                    && !matches!(
                        input.w(v - 1),
                        "has" | "have" | "had" | "been" | "being" | "and" | "or" | "who" | "which" | "that"
                    )
                    && !MODALS.contains(&input.w(v - 1))
            };
            let locs: Vec<&Mention> = locs
                .into_iter()
                .filter(|m| {
                    !speakers_place(m) && !topic_place(m) && !verbs_in(m) && !near_border(m) && !participle_place(m)
                })
                .collect();
            // "recalled its ambassador from Beijing after Taiwan opened an office in
            // Vilnius": a clause of its own after the trigger tells where something else
            // happened.
            let subordinate = (t1..sb)
                .find(|&k| {
                    input.opens_subordinate(k, sb)
                        // "deported a blogger who had criticised the war in Ukraine": a
                        // relative clause in the pluperfect tells of an earlier act,
                        // elsewhere; so does one set off by a comma after the trigger ("the
                        // arrest of Mahmoud Khalil, who played a role in protests over the
                        // war in Gaza").
                        || (matches!(input.w(k), "who" | "which")
                            && k + 1 < sb
                            && (input.w(k + 1) == "had" || k > t1 && input.w(k - 1) == ","))
                        // "summoned Russia's ambassador after reports that Tajik migrants
                        // were tortured in Russian custody": what a report says happened
                        // elsewhere.
                        || (k > t1
                            && input.w(k) == "that"
                            && matches!(
                                input.w(k - 1),
                                "reports" | "report" | "claims" | "allegations" | "accusations" | "rumours" | "rumors"
                            ))
                        // "vetoed a resolution calling for a ceasefire in Sudan": what a
                        // text asks for is where it asks it, not where the act was.
                        || (k > t1
                            && matches!(
                                input.w(k),
                                "calling"
                                    | "urging"
                                    | "demanding"
                                    | "condemning"
                                    | "seeking"
                                    | "authorizing"
                                    | "authorising"
                            )
                            && tokens[k - 1].kind == TokenKind::Word
                            && !tokens[k - 1].cap
                            && !matches!(input.w(k - 1), "and" | "or" | "while" | "by"))
                        // "severed relations with Israel, citing the war in Gaza": the reason
                        // given is not where the act was.
                        || (k > t1 && input.w(k) == "citing")
                        // "called on Beijing to use its influence to end the war in Ukraine",
                        // "urged both sides to allow aid into Gaza": where a request asks an
                        // act to be done is not where it was made.
                        || (k > t1
                            && lex.plover == Plover::REQUEST
                            && input.w(k) == "to"
                            && k + 1 < sb
                            && tokens[k + 1].kind == TokenKind::Word
                            && !tokens[k + 1].cap
                            && !DETERMINERS.contains(&input.w(k + 1)))
                })
                .unwrap_or(sb);
            // "India summoned the Pakistani envoy in New Delhi after gunmen killed 26
            // tourists": an act told in a subordinate clause did not happen where the main
            // clause before it puts its own.
            // (Only "after" and "before": "as the military … killed 33 terrorists", "since
            // authorities deported 40 others" often share the main clause's place. Only a
            // violent act: "fired a missile from near Pyongyang hours after the North warned"
            // keeps the place.)
            let opened = (sa + 1..t0)
                .rev()
                .find(|&k| {
                    matches!(lex.plover, Plover::ASSAULT | Plover::COERCE)
                        && matches!(input.w(k), "after" | "before")
                        && input.opens_subordinate(k, sb)
                })
                .unwrap_or(0);
            let locs: Vec<&Mention> =
                locs.into_iter().filter(|m| m.toks.0 < subordinate && m.toks.0 >= opened).collect();
            let (places, origins): (Vec<&Mention>, Vec<&Mention>) =
                locs.iter().partition(|m| preceded_by_preposition(input.text, tokens, m) != Some("from"));
            // The trigger's own clause first: "warned citizens that fighting abroad,
            // including the war in Ukraine, is punishable" was not said in Ukraine.
            let in_clause: Vec<&Mention> =
                places.iter().copied().filter(|m| m.toks.0 >= clause.start && m.toks.1 <= clause.end).collect();
            // "visited Kabul", "a state visit to Tashkent", "travelled to Beijing": a visit
            // happens where it goes.
            // "shelled Kharkiv", "raided the Jenin camp", "a missile strike on Odesa": a
            // town attacked or raided is where the act happens.
            let struck = matches!(lex.plover, Plover::ASSAULT | Plover::COERCE) && lex.frame == Frame::Directed;
            let visited = || -> Option<&Mention> {
                if !lex.cameo.starts_with("042") && !struck {
                    return None;
                }
                let mut k = if is_noun && struck {
                    (t1 < clause.end && matches!(input.w(t1), "on" | "against")).then_some(t1 + 1)?
                } else if is_noun {
                    (t1..(t1 + 8).min(clause.end))
                        .take_while(|&j| !matches!(input.w(j), "," | ";"))
                        .find(|&j| matches!(input.w(j), "to" | "in"))?
                        + 1
                } else if struck
                    && t1 + 1 < clause.end
                    && matches!(input.w(t1), "at" | "on" | "toward" | "towards" | "against")
                {
                    // "fired missiles toward the port of Jeddah".
                    t1 + 1
                } else {
                    t1
                };
                while k < clause.end && input.w(k) == "the" {
                    k += 1;
                }
                // "shelled the city of Kharkiv", "visited the ancient city of Samarkand",
                // "struck the southern port town of Mykolaiv": the name after the kind of
                // place and "of" ("the Black Sea port of Odesa": past a sea's name too).
                if let Some(j) = (k..(k + 4).min(clause.end)).find(|&j| {
                    matches!(
                        input.w(j),
                        "city" | "town" | "village" | "capital" | "region" | "province" | "district" | "port"
                    ) && input.w(j + 1) == "of"
                }) {
                    if (k..j).all(|i| input.w(i).bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')) {
                        k = j + 2;
                    }
                }
                input.mentions_in(k, (k + 6).min(sb)).iter().find(|m| {
                    m.toks.0 == k
                        && (m.kind == MentionKind::Place || m.kind == MentionKind::Country && !struck)
                        && !input.modifies_no_place(m)
                        && !input.possessive_of_no_place(m)
                })
            };
            // "met Tokayev in the Kremlin", "talks at the White House": a body named after
            // its building places the act where the building stands.
            let seat = || -> Option<Place> {
                input.mentions_in(clause.start, clause.end).iter().find_map(|m| {
                    if m.kind != MentionKind::Organization
                        || !matches!(
                            preceded_by_preposition(input.text, tokens, m),
                            Some("in" | "at" | "inside" | "outside")
                        )
                    {
                        return None;
                    }
                    let e = &input.entities[m.entity?];
                    let attache_model::Provenance::Kb(key) = &e.provenance else { return None };
                    let name = key.strip_prefix("institutions:")?;
                    let seat = kb.institutions.iter().find(|i| i.name == name)?.seat.as_deref()?;
                    let p = kb.place(seat)?;
                    Some(Place {
                        name: p.name.clone(),
                        country: Some(p.country.clone()),
                        coords: Some((p.lat, p.lon)),
                        geonameid: p.geonameid,
                        span: Some(m.span),
                        source: "in-phrase",
                    })
                })
            };
            let phrase_place = visited()
                .or_else(|| nearest(&in_clause, MentionKind::Place))
                .or_else(|| nearest(&in_clause, MentionKind::Country))
                .or_else(|| nearest(&places, MentionKind::Place))
                .or_else(|| nearest(&places, MentionKind::Country))
                .and_then(place_of)
                .or_else(seat)
                // "paid an official visit to Baku, where he met President Ilham Aliyev": a
                // clause that ", where" opens right after a place's name happens there.
                .or_else(|| {
                    let w = (t0.saturating_sub(6).max(sa + 2)..t0)
                        .rev()
                        .find(|&k| input.w(k) == "where" && input.w(k - 1) == ",")?;
                    input
                        .mentions_in(sa, w - 1)
                        .iter()
                        .rev()
                        .find(|m| m.toks.1 == w - 1 && matches!(m.kind, MentionKind::Place | MentionKind::Country))
                        .and_then(&place_of)
                })
                // "raided the West Bank city of Jenin, killing four Palestinians": a
                // participle after a comma happens where the act before it did.
                .or_else(|| {
                    (lex.pos == Pos::Verb && input.w(t0).ends_with("ing") && t0 > sa + 1 && input.w(t0 - 1) == ",")
                        .then(|| events[first_event..].last().and_then(|e| e.location.clone()))
                        .flatten()
                });
            let location = phrase_place.or_else(|| {
                let dateline = input.dateline_place.as_ref()?;
                let at_scene = scene.as_ref().filter(|(_, scene_parties)| {
                    let mut parties = actors.iter().chain(recipients.iter()).flat_map(|m| &m.countries).peekable();
                    parties.peek().is_some() && parties.all(|c| scene_parties.contains(c))
                });
                // A story filed from several places: the one in an actor's country.
                let filed = || {
                    std::iter::once(dateline)
                        .chain(input.more_dateline_places)
                        .find(|p| actors.iter().any(|m| m.countries.iter().any(|c| Some(c) == p.country.as_ref())))
                        .unwrap_or(dateline)
                };
                Some(match at_scene {
                    Some((place, _)) => Place { source: "scene", ..place.clone() },
                    None => filed().clone(),
                })
            });
            // "drew condemnation from Washington", "criticism from Egypt": the party a
            // reaction comes from is no place, nor is a party of this act.
            let origins: Vec<&Mention> = origins
                .into_iter()
                .filter(|m| {
                    // At a meeting, nor is a place inside a party's phrase: "hosted a
                    // delegation from Uzbekistan" (but "deported a blogger from Almaty"
                    // happened there).
                    let party = actors.iter().chain(recipients.iter()).any(|p| {
                        p.toks == m.toks
                            || lex.plover == Plover::CONSULT && p.toks.0 <= m.toks.0 && m.toks.1 <= p.toks.1
                    });
                    let mut k = m.toks.0;
                    while k > sa && matches!(input.w(k - 1), "the" | "a" | "an") {
                        k -= 1;
                    }
                    let after_noun = k >= sa + 2
                        && sentence_triggers.iter().any(|h| {
                            h.span.end == tokens[k - 2].span.end
                                && h.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Noun)
                        });
                    // "expelled two diplomats in response to the expulsion of German
                    // staff from Moscow": a place past another act's trigger is that act's.
                    let others_past =
                        sentence_triggers.iter().any(|h| h.span.start >= hit.span.end && h.span.end <= m.span.start);
                    !party && !after_noun && !others_past
                })
                .collect();
            let location = location.or_else(|| {
                nearest(&origins, MentionKind::Place)
                    .or_else(|| nearest(&origins, MentionKind::Country))
                    .and_then(place_of)
            });

            // Agents without a country take the country of the place ("police in Almaty").
            // "received visiting Chinese Foreign Minister Wang Yi", "held talks with the
            // visiting Turkmen president": the party "visiting" qualifies is the visitor,
            // and whoever receives or meets them is the host ("after visiting Beijing",
            // "Wang, visiting Astana," and "is visiting" keep the subject as the visitor).
            let (actors, recipients) = if lex.cameo == "042"
                && lex.pos == Pos::Verb
                && t1 == t0 + 1
                && t0 > sa
                && input.w(t0).eq_ignore_ascii_case("visiting")
                && tokens[t0 - 1].kind == TokenKind::Word
                && !BE.contains(&input.w(t0 - 1))
                && !matches!(
                    input.w(t0 - 1).to_ascii_lowercase().as_str(),
                    "and"
                        | "or"
                        | "after"
                        | "before"
                        | "while"
                        | "by"
                        | "for"
                        | "of"
                        | "from"
                        | "on"
                        | "in"
                        | "when"
                        | "since"
                        | "about"
                        | "without"
                        | "also"
                        | "not"
                        | "been"
                        | "being"
                        | "to"
                        | "who"
                        | "he"
                        | "she"
                        | "they"
                        | "we"
                        | "i"
                        | "it"
                )
                && recipients.first().is_some_and(|m| {
                    m.toks.0 == input.after_determiners(t1)
                        && matches!(m.kind, MentionKind::Person | MentionKind::Agent | MentionKind::Organization)
                }) {
                (input.conjuncts(recipients[0], t1, sb, false), actors)
            } else {
                (actors, recipients)
            };
            // "North Korean troops are fighting alongside Russian forces": a party named
            // after "alongside" or "together with" in a fight acts with the actor, not on it
            // (in a joint exercise or talks it is the other side, as before).
            let fight = matches!(lex.plover, Plover::ASSAULT | Plover::COERCE | Plover::THREATEN | Plover::PROTEST);
            let mut allied = false;
            let (actors, mut recipients) = if !fight {
                (actors, recipients)
            } else {
                let beside = |m: &Mention| {
                    let j = (sa..m.toks.0).rev().find(|&j| !DETERMINERS.contains(&input.w(j))).unwrap_or(sa);
                    j < m.toks.0
                        && (input.w(j).eq_ignore_ascii_case("alongside")
                            || j > sa && input.w(j) == "with" && input.w(j - 1) == "together")
                };
                let (allies, recipients): (Vec<&Mention>, Vec<&Mention>) =
                    recipients.into_iter().partition(|m| beside(m));
                let mut actors = actors;
                for m in allies {
                    allied = true;
                    if !actors.iter().any(|a| a.span == m.span) {
                        actors.push(m);
                    }
                }
                (actors, recipients)
            };
            // Domestic agents without a country ("police", "protesters") take the country of
            // the place phrase, else the only country the sentence names.
            let place_fill = location.as_ref().filter(|p| p.source == "in-phrase").and_then(|p| p.country.clone());
            let fill = place_fill.clone().or_else(|| {
                let mut cs: Vec<&str> = input
                    .mentions_in(sa, sb)
                    .iter()
                    .filter(|m| matches!(m.kind, MentionKind::Country | MentionKind::Place) && m.countries.len() == 1)
                    // "detained two activists who had criticised the deal with China": the
                    // partner of a relation is no one's home.
                    .filter(|m| !crate::recognise::partner_of_relation(|j| input.w(j), sa, m.toks.0))
                    // "Militants attacked Chinese workers": nationals named by their country's
                    // adjective are often abroad, and tell no one's home.
                    .filter(|m| !input.names_nationals(m))
                    .map(|m| m.countries[0].as_str())
                    .collect();
                cs.sort();
                cs.dedup();
                (cs.len() == 1).then(|| cs[0].to_string())
            });
            // "Pakistan's army said militants attacked a military post": in a sentence
            // that names no country or place of its own, domestic actors take the one
            // country of the speakers that open it.
            let speaker_fill = fill
                .is_none()
                .then(|| {
                    let named_place = input.mentions_in(sa, sb).iter().any(|m| {
                        matches!(m.kind, MentionKind::Country | MentionKind::Place) && !m.countries.is_empty()
                    });
                    if named_place {
                        return None;
                    }
                    let mut speakers: Vec<&str> = input
                        .mentions_in(sa, sb)
                        .iter()
                        .filter(|m| {
                            m.is_actor()
                                && m.countries.len() == 1
                                && matches!(input.w(m.toks.1), "said" | "says" | "told" | "reported" | "announced")
                        })
                        .map(|m| m.countries[0].as_str())
                        .collect();
                    speakers.sort();
                    speakers.dedup();
                    (speakers.len() == 1).then(|| speakers[0].to_string())
                })
                .flatten();
            let mut actor_ps = input.participants(&actors, fill.as_deref().or(speaker_fill.as_deref()));
            // "Kazakhstan held joint military drills with Russia": the partner of joint
            // exercises, after "with", holds them too.
            if lex.plover == Plover::MOBILIZE
                && lex.frame == Frame::Intransitive
                && !actor_ps.is_empty()
                && (t0..t1).any(|k| input.w(k).eq_ignore_ascii_case("joint"))
                && input.w(t1) == "with"
            {
                let at = input.after_determiners(t1 + 1);
                if let Some(m) = input.actor_mentions_in(at, (at + 4).min(sb)).find(|m| m.toks.0 == at) {
                    for p in input.participants(&input.conjuncts(m, at, sb, false), None) {
                        if !actor_ps.iter().any(|a| a.code == p.code) {
                            actor_ps.push(p);
                        }
                    }
                }
            }
            let mut crowd_of_borrowed = false;
            if speaker_country && actors.iter().all(|m| left.iter().any(|l| l.span == m.span)) {
                actor_ps = countries(&actor_ps).into_iter().map(|c| implied(c.to_string(), None, hit.span)).collect();
            }
            // "Police detained dozens of people at rallies": the force that acts in the
            // clause is not the crowd that the protest noun names; the protesters are
            // civilians of the force's country, unnamed (an implicit party).
            let in_phrase = (t0.saturating_sub(2).max(sa)..t0).any(|k| {
                matches!(input.w(k), "at" | "during" | "after" | "in" | "against" | "following")
                    || k + 1 == t0 && input.w(k) == "of"
            });
            // "The prime minister resigned amid protests over corruption": the government
            // whose act the protests surround is not the crowd either.
            // "after deadly riots", "following mass protests": up to two modifiers between.
            let amid = is_noun
                && (t0.saturating_sub(3).max(sa)..t0).any(|k| {
                    (matches!(input.w(k), "amid" | "amidst" | "despite" | "following" | "after" | "during")
                        || CAUSING.contains(&input.w(k)))
                        && (k + 1..t0).all(|j| {
                            tokens[j].kind == TokenKind::Word
                                && !tokens[j].cap
                                && !matches!(input.w(j), "and" | "or" | "which" | "that")
                        })
                });
            if lex.plover == Plover::PROTEST
                && (is_noun || in_phrase)
                && !actor_ps.is_empty()
                && actor_ps.iter().all(|p| {
                    matches!(p.sector.as_deref(), Some("COP" | "MIL" | "SPY"))
                        || amid && matches!(p.sector.as_deref(), Some("GOV" | "LEG" | "JUD" | "ELI" | "PTY" | "OPP"))
                        // ("Kazakhstan closed the border amid the unrest": a state named
                        // bare is its government.)
                        || amid && p.sector.is_none() && p.country.is_some()
                        // ("Protests erupted in Tbilisi": a capital where a protest is held
                        // stands for no government.)
                        || placed_protest && matches!(p.sector.as_deref(), None | Some("GOV")) && p.country.is_some()
                })
            {
                let mut cs: Vec<String> = actor_ps.iter().filter_map(|p| p.country.clone()).collect();
                cs.sort();
                cs.dedup();
                // ("dismissed the government after protests spread": no country named, the
                // crowd is still not the government; it is the people of the party that
                // answers it, named below.)
                crowd_of_borrowed = cs.is_empty();
                actor_ps = cs.into_iter().map(|c| implied(c, Some("CVL"), hit.span)).collect();
            }
            // "The Taliban have barred women from universities": people a state's own organs
            // coerce, with no country of their own, are the state's people.
            // So are the prisoners a state pardons or releases.
            // ("Police in Almaty detained 15 activists who tried to hold a rally outside the
            // Chinese consulate": the state's people before the one country the sentence
            // names, after the place of the act.)
            let state_fill = (place_fill.is_none() && matches!(lex.plover, Plover::COERCE | Plover::CONCEDE))
                .then(|| {
                    let cs = countries(&actor_ps);
                    let organs = !actor_ps.is_empty()
                        && actor_ps.iter().all(|p| {
                            p.country.is_some()
                                && matches!(p.sector.as_deref(), Some("GOV" | "COP" | "MIL" | "JUD" | "LEG" | "SPY"))
                        });
                    (organs && cs.len() == 1).then(|| cs[0].to_string())
                })
                .flatten();
            // "urged all parties to exercise restraint": everyone involved, of no one
            // country, is no recipient to code.
            recipients.retain(|m| {
                !(m.entity.is_none()
                    && matches!(
                        input.text[m.span.start..m.span.end].to_ascii_lowercase().as_str(),
                        "all parties" | "all the parties" | "all sides" | "all concerned parties" | "all stakeholders"
                    ))
            });
            let mut recipient_ps = input.participants(&recipients, state_fill.as_deref().or(fill.as_deref()));
            // "The Kyrgyz parliament voted to expel a lawmaker", "Tajik authorities arrested a
            // former minister": officials, lawmakers or officers of no named country whom a
            // state's own organs coerce or pardon serve that state (elsewhere such people
            // take no guessed country: "lawmakers" alone may be anyone's).
            if let Some(c) = state_fill.as_deref().filter(|_| recipient_ps.len() == recipients.len()) {
                for (p, m) in recipient_ps.iter_mut().zip(&recipients) {
                    if p.country.is_none()
                        && m.countries.is_empty()
                        && m.code.is_none()
                        && m.kind == MentionKind::Agent
                        && matches!(p.sector.as_deref(), Some("GOV" | "LEG" | "MIL" | "ELI" | "PTY"))
                        && !crate::recognise::from_abroad(input.text, m.span)
                    {
                        p.code = [c, p.sector.as_deref().unwrap_or("")].concat();
                        p.country = Some(c.to_string());
                    }
                }
            }
            // "ambushed a Tajik army convoy near the Afghan border, killing four soldiers":
            // people a participle of harm after an attack kills, with no country named in
            // their own phrase, are of the party attacked (their country was a guess).
            if lex.plover == Plover::ASSAULT
                && t0 > sa + 1
                && input.w(t0 - 1) == ","
                && matches!(input.w(t0), "killing" | "wounding" | "injuring")
            {
                let attacked = events[first_event..]
                    .iter()
                    .rev()
                    .find(|e| e.plover == Plover::ASSAULT && e.trigger.end <= tokens[t0 - 1].span.start)
                    .and_then(|e| {
                        let mut cs = e.recipients.iter().filter(|r| !r.implicit).filter_map(|r| r.country.as_deref());
                        let c = cs.next()?;
                        cs.all(|o| o == c).then(|| c.to_string())
                    });
                if let Some(c) = attacked {
                    for (p, m) in recipient_ps.iter_mut().zip(&recipients) {
                        let named = input
                            .mentions_in(m.toks.0, m.toks.1)
                            .iter()
                            .any(|o| o.kind == MentionKind::Country && o.toks.1 <= m.toks.1);
                        if m.kind == MentionKind::Agent && !named && p.country.as_deref() != Some(c.as_str()) {
                            p.code = [c.as_str(), p.sector.as_deref().unwrap_or("")].concat();
                            p.country = Some(c.clone());
                        }
                    }
                }
            }
            // "India welcomed the release of eight former navy officers by Qatar", "condemned
            // the killing of civilians by Israeli forces": a stance on an act whose maker a
            // "by" after the act's "of" names is aimed at that maker, not at those the act
            // was done to.
            if matches!(lex.plover, Plover::ACCUSE | Plover::PROTEST | Plover::REJECT | Plover::SUPPORT)
                && lex.pos == Pos::Verb
                && t1 < sb
            {
                let k = input.after_determiners(t1);
                let act_noun = k > t1
                    && k + 1 < sb
                    && input.w(k + 1) == "of"
                    && sentence_triggers.iter().any(|h2| {
                        h2.span.start == tokens[k].span.start
                            && h2.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Noun)
                    });
                let by = act_noun
                    .then(|| {
                        (k + 2..(k + 10).min(sb))
                            .take_while(|&j| !matches!(input.w(j), "," | ";" | "and" | "\"" | "to"))
                            .find(|&j| input.w(j) == "by")
                    })
                    .flatten();
                if let Some(by) = by {
                    let own = countries(&actor_ps);
                    if let Some(m) = input.actor_mentions_in(by + 1, (by + 6).min(sb)).next().filter(|m| {
                        m.toks.0 == input.after_determiners(by + 1)
                            && m.countries.len() == 1
                            && !own.iter().any(|c| **c == m.countries[0])
                    }) {
                        recipient_ps = input.participants(&[m], None);
                    }
                }
            }
            // "Iran condemned the Israeli strike on Syria", "denounced the Indian missile
            // strikes on Pakistani cities": a stance on an act whose maker a country's
            // adjective names is aimed at that maker, not at whom the act was done to.
            if matches!(lex.plover, Plover::ACCUSE | Plover::PROTEST | Plover::REJECT | Plover::SUPPORT)
                && lex.pos == Pos::Verb
                && t1 < sb
            {
                let k = input.after_determiners(t1);
                let maker = input.mentions_in(k, k + 1).iter().find(|m| {
                    m.kind == MentionKind::Country && m.countries.len() == 1 && m.toks.1 < sb && {
                        // At most one plain modifier ("missile") between the adjective
                        // and the noun of the act.
                        let noun =
                            if tokens[m.toks.1].cap || input.w(m.toks.1 + 1) == "on" { m.toks.1 } else { m.toks.1 + 1 };
                        noun < sb
                            && (m.toks.1..=noun).all(|j| tokens[j].kind == TokenKind::Word)
                            && (m.toks.1..noun).all(|j| !tokens[j].cap)
                            && matches!(input.w(noun + 1), "on" | "against" | "in")
                            && sentence_triggers.iter().any(|h2| {
                                h2.span.start >= tokens[m.toks.1].span.start
                                    && h2.span.end == tokens[noun].span.end
                                    && h2.targets.iter().any(|&i| {
                                        let l = &kb.lexicon[i as usize];
                                        l.pos == Pos::Noun
                                            && matches!(
                                                l.plover,
                                                Plover::ASSAULT | Plover::COERCE | Plover::SANCTION | Plover::MOBILIZE
                                            )
                                    })
                            })
                    }
                });
                if let Some(m) = maker {
                    let own = countries(&actor_ps);
                    if !own.iter().any(|c| **c == m.countries[0]) {
                        recipient_ps = input.participants(&[m], None);
                    }
                }
            }
            // "Kazakhstan extradited a journalist to Russia", "refused to extradite an
            // opposition activist to Russia": an extradition (done, refused or promised)
            // is to the state that receives the person, named after "to", not to the person
            // handed over.
            // ("Kyrgyzstan handed over a wanted Uyghur activist to China": so is a handover.)
            let handover = lex.pos == Pos::Verb
                && t0 + 1 < t1
                && matches!(input.w(t0), "handed" | "hand" | "hands" | "handing")
                && input.w(t0 + 1) == "over";
            if t1 < sb
                && (lex.cameo.starts_with("063") && lex.pos == Pos::Verb
                    || handover
                    || matches!(lex.plover, Plover::REJECT | Plover::AGREE)
                        && input.w(t1) == "to"
                        && t1 + 1 < sb
                        && input.w(t1 + 1).starts_with("extradit"))
                && (handover || (t0..t1 + 2).any(|k| input.w(k).starts_with("extradit")))
            {
                let to = (t1..(t1 + 10).min(sb))
                    .skip(usize::from(input.w(t1) == "to"))
                    .take_while(|&k| !matches!(input.w(k), "," | ";" | "and" | "\"" | "who" | "which" | "that"))
                    .find(|&k| input.w(k) == "to");
                if let Some(to) = to {
                    let k = input.after_determiners(to + 1);
                    let own = countries(&actor_ps);
                    if let Some(m) = input
                        .actor_mentions_in(k, (k + 4).min(sb))
                        .find(|m| m.toks.0 == k && m.countries.len() == 1 && !own.iter().any(|c| **c == m.countries[0]))
                    {
                        recipient_ps = input.participants(&[m], None);
                    }
                }
            }
            // "The Philippines protested after Chinese coast guard vessels fired water cannon
            // at a Philippine boat": a complaint with no object, followed by "after" and a
            // clause, is aimed at the subject of that clause, not at its object.
            if matches!(lex.plover, Plover::ACCUSE | Plover::PROTEST)
                && lex.pos == Pos::Verb
                && t1 + 2 < sb
                && matches!(input.w(t1), "after" | "when")
            {
                let own = countries(&actor_ps);
                let k = input.after_determiners(t1 + 1);
                if let Some(m) = input.actor_mentions_in(k, (k + 5).min(sb)).find(|m| {
                    m.toks.0 == k
                        && m.countries.len() == 1
                        && !input.is_locative(m)
                        && !own.iter().any(|c| **c == m.countries[0])
                        && sentence_triggers.iter().any(|h| {
                            let j = tokens.partition_point(|t| t.span.start < h.span.start);
                            j >= m.toks.1 && j <= m.toks.1 + 3
                        })
                }) {
                    recipient_ps = input.participants(&[m], None);
                }
            }
            // "blocked streets in defiance of Chinese authorities", "protests against
            // violations by the Israeli military", "to show their disapproval of the United
            // States' policies": a protest with no named target is aimed at the first party
            // after a word of opposition.
            // So is a mobilisation: "mobilized army reservists for a possible war against Iraq".
            if matches!(lex.plover, Plover::PROTEST | Plover::MOBILIZE) && recipient_ps.is_empty() {
                let opposed = (t1..sb.min(t1 + 12))
                    .take_while(|&k| !matches!(input.w(k), ";" | "\"" | "said" | "says"))
                    .find(|&k| {
                        input.w(k) == "against"
                            || lex.plover == Plover::PROTEST
                                && matches!(
                                    input.w(k),
                                    "defiance" | "disapproval" | "anger" | "opposition" | "outrage" | "protest"
                                )
                    });
                if let Some(o) = opposed {
                    let target = input
                        .actor_mentions_in(o + 1, sb.min(o + 9))
                        .filter(|m| {
                            !input.is_locative(m)
                                && !matches!(m.kind, MentionKind::Place)
                                && !actors.iter().any(|a| a.span == m.span)
                                && (o + 1..m.toks.0)
                                    .all(|j| !matches!(input.w(j), "," | ";" | "and" | "to" | "that" | "which" | "who"))
                        })
                        .min_by_key(|m| m.toks.0);
                    if let Some(m) = target {
                        recipient_ps = input.participants(&[m], fill.as_deref());
                    }
                }
            }
            // "Two Azerbaijani nationals died in police custody", "after ten weeks in
            // custody": those in custody are held, not holding; who holds them is the
            // word between "in" and "custody" ("police", "Russian"), if any.
            if is_noun && input.w(t0).eq_ignore_ascii_case("custody") {
                if let Some(p) = (t0.saturating_sub(3).max(sa)..t0).rev().find(|&k| matches!(input.w(k), "in" | "into"))
                {
                    let start = tokens[p].span.start;
                    let (held, holders): (Vec<Participant>, Vec<Participant>) =
                        actor_ps.drain(..).partition(|a| a.span.start < start);
                    actor_ps = holders;
                    if !held.is_empty() {
                        recipient_ps = held;
                    }
                }
            }
            // "after prosecutors ordered his arrest", "issued an arrest warrant against
            // him": "his" or "her" before a noun of what is done to a person, or "him" or
            // "her" after the warrant, stands for the last person named before it, who
            // suffers the act (unless that person is its actor).
            if is_noun && recipient_ps.is_empty() && lex.frame == Frame::Directed {
                if let Some(p) = person_suffering(input, sa, t0, t1) {
                    if !actor_ps.iter().any(|a| a.span == p.span) {
                        recipient_ps = input.participants(&[p], state_fill.as_deref().or(fill.as_deref()));
                    }
                }
            }
            let actor_countries = countries(&actor_ps).len();
            // "Sudan's army and the Rapid Support Forces agreed to a truce": two parties of
            // one country, each named and coded apart, are two sides too.
            // "a trade deal with South American countries": a group named after "with" is
            // the other side of an act whose first side goes unnamed, not both.
            let partner_only = !actors.is_empty()
                && actors.iter().all(|m| preceded_by_preposition(input.text, tokens, m) == Some("with"));
            let sides = !partner_only && actor_countries > 1
                || actors.len() > 1
                    && actor_ps.len() > 1
                    && actor_ps.iter().all(|a| a.country.is_some() && a.code.len() > 3)
                    && actor_ps.iter().any(|a| a.code != actor_ps[0].code || a.entity != actor_ps[0].entity)
                    // ("members of Bashir's government or party": alternatives are no sides.)
                    && actors.iter().map(|m| m.toks.0).min().zip(actors.iter().map(|m| m.toks.1).max()).is_some_and(
                        |(a, b)| (a..b).any(|j| input.w(j) == "and") && (a..b).all(|j| input.w(j) != "or"),
                    );
            // "Iran and Turkmenistan signed a memorandum to double gas deliveries to
            // Azerbaijan": when two sides act together, a party named after "to", "on",
            // "over" ... is what their act is about, not a third side ("with", "of" and
            // "between" name sides).
            if lex.frame == Frame::Symmetric
                && sides
                && !recipients.is_empty()
                && recipients.iter().all(|m| {
                    m.toks.0 > t1
                        && (matches!(
                            preceded_by_preposition(input.text, tokens, m),
                            Some("to" | "into" | "for" | "from" | "on" | "over" | "about" | "at")
                        )
                            // "exchanged accusations over a shooting that left one Armenian
                            // soldier wounded", "exchanged fire, leaving two soldiers dead":
                            // a party of a clause of its own.
                            || (t1..m.toks.0).any(|j| matches!(input.w(j), "," | "that" | "which" | "who"))
                            // "agreed to resume shuttle diplomacy between their leaders":
                            // people of "their" are the sides' own.
                            || input.w(m.toks.0 - 1) == "their"
                            // "agreed to a ceasefire after talks mediated by Qatar and
                            // Turkey": or of another act named between.
                            || sentence_triggers.iter().any(|h2| {
                                h2.span.start >= hit.span.end && h2.span.end <= m.span.start
                            }))
                })
            {
                recipient_ps.clear();
            }
            // "Uzbekistan and Turkmenistan agreed to boost trade … during Berdimuhamedov's
            // visit to Tashkent": two sides acting together name the occasion after "during"
            // or "amid", not a third side.
            if sides
                && !recipients.is_empty()
                && recipients
                    .iter()
                    .all(|m| m.toks.0 > t1 && (t1..m.toks.0).any(|j| matches!(input.w(j), "during" | "amid")))
            {
                recipient_ps.clear();
            }
            if lex.frame == Frame::Symmetric && recipient_ps.is_empty() && sides && !allied {
                recipient_ps = actor_ps.clone();
            }
            // "Thousands rallied in Bishkek in support of the government's campaign",
            // "marched in Tbilisi in solidarity with Ukraine": the support is the crowd's
            // of the protest coded before it, not of the place it met in.
            if lex.pos == Pos::Noun
                && lex.plover == Plover::SUPPORT
                && t0 > sa
                && input.w(t0 - 1) == "in"
                && matches!(input.w(t0), "support" | "solidarity")
            {
                if let Some(p) = events[first_event..]
                    .iter()
                    .rev()
                    .find(|e| e.plover == Plover::PROTEST && e.trigger.end <= hit.span.start && !e.actors.is_empty())
                {
                    actor_ps = p.actors.clone();
                }
            }
            if lex.frame != Frame::Symmetric {
                recipient_ps.retain(|r| !actor_ps.iter().any(|a| a.code == r.code && a.entity == r.entity));
            }
            // "A … relations between B and A": the other side is B.
            let all_parties = lex.frame == Frame::Symmetric
                && actors.len() > 1
                && recipients.iter().map(|m| m.span).eq(actors.iter().map(|m| m.span));
            if !recipients.is_empty() && !actors.is_empty() && !all_parties {
                let others: Vec<Participant> =
                    recipient_ps.iter().filter(|r| !actor_ps.iter().any(|a| a.country == r.country)).cloned().collect();
                if !others.is_empty() {
                    recipient_ps = others;
                }
            }
            // "expelled a U.S. journalist, accusing him of spreading false information",
            // "expelled two Afghan diplomats after accusing them of espionage",
            // "criticized the United States, accusing it of hypocrisy": an
            // object pronoun after a participle that shares the subject of the verb before
            // it stands for that verb's named recipients, rather than any party named later
            // ("accusing it of spreading false information about the conflict with Tajikistan").
            if lex.pos == Pos::Verb
                && !passive
                && matches!(input.w(t1), "him" | "her" | "it" | "them")
                && t0 >= sa + 2
                && matches!(input.w(t0 - 1), "," | "after" | "before" | "while")
                && input.w(t0).ends_with("ing")
            {
                if let Some(prev) = events[first_event..].last() {
                    let k = tokens.partition_point(|t| t.span.start < prev.trigger.end);
                    // ("sanctions on a company and two of its executives, accusing them":
                    // an "and" inside the object phrase joins no clause.)
                    if (k..t0).all(|j| !matches!(input.w(j), ";" | "but"))
                        && prev.actors.iter().map(|a| &a.code).eq(actor_ps.iter().map(|a| &a.code))
                    {
                        let singular = input.w(t1) != "them";
                        let named: Vec<Participant> = prev.recipients.iter().filter(|r| !r.implicit).cloned().collect();
                        if !named.is_empty() && (!singular || named.len() == 1) {
                            recipient_ps = named;
                        }
                    }
                }
            }
            // "Suga will visit India and the Philippines after meeting with U.S. President
            // Joe Biden": a participle after "after", "before" or "while" shares the subject
            // of the verb before it, not the parties that verb acts on.
            if lex.pos == Pos::Verb
                && !passive
                && t0 >= sa + 2
                && matches!(input.w(t0 - 1), "after" | "before" | "while")
                && input.w(t0).ends_with("ing")
            {
                if let Some(prev) = events[first_event..].last().filter(|p| {
                    let pk = tokens.partition_point(|t| t.span.start < p.trigger.start);
                    p.trigger.end <= hit.span.start
                        && p.trigger.start >= tokens[sa].span.start
                        && p.recipients.iter().any(|r| actor_ps.iter().any(|a| a.code == r.code))
                        // ("Mech Dara was released after apologizing": the subject of a
                        // passive is its recipient.)
                        && !(pk > sa && matches!(input.w(pk - 1), "was" | "were" | "been" | "being" | "is" | "are" | "be"))
                        && !matches!(input.w(pk), "was" | "were" | "has" | "have" | "had" | "is" | "are")
                }) {
                    let k = tokens.partition_point(|t| t.span.start < prev.trigger.end);
                    if (k..t0).all(|j| !matches!(input.w(j), ";" | "but")) {
                        actor_ps = prev.actors.clone();
                    }
                }
            }
            // "warned Washington against selling weapons to Taiwan, threatening unspecified
            // countermeasures": a threat in a participle after a comma that names no one
            // is aimed at whoever the act before it in the sentence, by the same actors,
            // was aimed at.
            if recipient_ps.is_empty()
                && plover == Plover::THREATEN
                && lex.pos == Pos::Verb
                && !passive
                && t0 >= sa + 2
                && input.w(t0 - 1) == ","
                && input.w(t0).ends_with("ing")
            {
                if let Some(prev) = events[first_event..].last().filter(|p| {
                    p.trigger.end <= hit.span.start
                        && p.trigger.start >= input.tokens[sa].span.start
                        && p.actors.iter().map(|a| &a.code).eq(actor_ps.iter().map(|a| &a.code))
                }) {
                    recipient_ps = prev.recipients.iter().filter(|r| !r.implicit).cloned().collect();
                }
            }
            // "exchanged prisoners of war in a deal brokered by the UAE": the mediator of a
            // deal named right before its verb mediates between the deal's parties.
            if lex.cameo.starts_with("045")
                && passive
                && t0 > sa
                && matches!(
                    input.w(t0 - 1),
                    "deal" | "agreement" | "truce" | "ceasefire" | "swap" | "exchange" | "talks" | "accord"
                )
            {
                if let Some(prev) = events[first_event..].last() {
                    let mut parties: Vec<Participant> = Vec::new();
                    for p in prev.actors.iter().chain(prev.recipients.iter()).filter(|p| !p.implicit) {
                        if !parties.iter().any(|q| q.code == p.code)
                            && !actor_ps.iter().any(|a| a.country.is_some() && a.country == p.country)
                        {
                            parties.push(p.clone());
                        }
                    }
                    if !parties.is_empty() {
                        recipient_ps = parties;
                    }
                }
            }
            // "Zelensky condemned the attack", "condemned the strike as a flagrant violation":
            // condemning an act named by a definite noun is aimed at whoever did it, the
            // actor of the last act of that type the article told of before.
            if recipient_ps.is_empty() && plover == Plover::ACCUSE && lex.pos == Pos::Verb {
                let act = (t1..(t1 + 3).min(clause.end)).find_map(|k| {
                    let definite = matches!(input.w(k - 1), "the" | "this" | "these" | "latest" | "deadly")
                        || input.w(k - 1).ends_with("day's");
                    if !definite {
                        return None;
                    }
                    // "the strike" may be a walkout: it points at an attack only where the
                    // article told of one before.
                    if matches!(input.w(k), "strike" | "strikes" | "attack" | "attacks" | "shelling" | "bombing") {
                        return Some(Plover::ASSAULT);
                    }
                    sentence_triggers
                        .iter()
                        .find(|h2| h2.span.start == tokens[k].span.start)
                        .and_then(|h2| {
                            h2.targets
                                .iter()
                                .map(|&i| &kb.lexicon[i as usize])
                                .find(|l| l.pos == Pos::Noun && matches!(l.plover, Plover::ASSAULT | Plover::COERCE))
                        })
                        .map(|l| l.plover)
                });
                if let Some(kind) = act {
                    if let Some(prev) = events.iter().rev().find(|e| {
                        e.plover == kind
                            && e.trigger.end <= hit.span.start
                            && e.actors.iter().any(|a| a.country.is_some())
                    }) {
                        recipient_ps = prev.actors.iter().filter(|a| a.country.is_some()).cloned().collect();
                        recipient_ps.retain(|r| !actor_ps.iter().any(|a| a.country == r.country));
                    }
                }
            }
            // "Syria's foreign minister welcomed the decision", "condemned the move",
            // "welcomed the pledge", "denied the charges": a stance on an act or a claim
            // named only by a generic noun is aimed at whoever acted last in the article,
            // other than the speaker's own side.
            if recipient_ps.is_empty()
                && matches!(plover, Plover::ACCUSE | Plover::SUPPORT | Plover::REJECT)
                && lex.pos == Pos::Verb
                && (t1..(t1 + 2).min(clause.end)).any(|k| {
                    matches!(input.w(k), "the" | "this" | "that" | "these" | "those")
                        && matches!(
                            input.w(k + 1),
                            "decision"
                                | "decisions"
                                | "move"
                                | "moves"
                                | "step"
                                | "steps"
                                | "measure"
                                | "measures"
                                | "announcement"
                                | "pledge"
                                | "offer"
                                | "proposal"
                                | "plan"
                                | "verdict"
                                | "ruling"
                                | "sentence"
                                | "sanctions"
                                | "ban"
                                | "remarks"
                                | "comments"
                                | "accusation"
                                | "accusations"
                                | "allegation"
                                | "allegations"
                                | "charge"
                                | "charges"
                                | "claim"
                                | "claims"
                        )
                })
            {
                // An international body acts too: "The EU imposed sanctions … Belarus
                // condemned the move."
                let side =
                    |a: &Participant| a.country.clone().or_else(|| a.code.starts_with("IGO").then(|| a.code.clone()));
                let other =
                    |a: &Participant| side(a).is_some_and(|s| !actor_ps.iter().any(|b| side(b).as_ref() == Some(&s)));
                if let Some(prev) =
                    events.iter().rev().find(|e| e.trigger.end <= hit.span.start && e.actors.iter().any(other))
                {
                    recipient_ps = prev.actors.iter().filter(|a| other(a)).cloned().collect();
                }
            }
            // "China protested the visit of a Japanese minister to the shrine", "condemned
            // the remarks by a French minister": a stance on a visit, remarks or a decision
            // whose maker the object names after "of" or "by" is aimed at that maker's
            // country.
            if recipient_ps.is_empty()
                && matches!(plover, Plover::ACCUSE | Plover::PROTEST | Plover::REJECT | Plover::SUPPORT)
                && lex.pos == Pos::Verb
            {
                let own_set = countries(&actor_ps);
                let k = input.after_determiners(t1);
                if k > t1
                    && matches!(
                        input.w(k),
                        "visit" | "visits" | "trip" | "deployment" | "remarks" | "comments" | "decision" | "move"
                    )
                    && matches!(input.w(k + 1), "of" | "by")
                    && own_set.len() == 1
                {
                    let own = own_set[0];
                    if let Some(m) = input.actor_mentions_in(k + 2, (k + 6).min(clause.end)).next().filter(|m| {
                        m.toks.0 == input.after_determiners(k + 2) && m.countries.len() == 1 && m.countries[0] != own
                    }) {
                        recipient_ps.push(implied(m.countries[0].clone(), None, m.span));
                    }
                }
            }
            // "Both sides had pulled back their reinforcements", "the two countries withdrew
            // their ambassadors": a reciprocal subject does the act to each other, so its
            // sides are the recipients too.
            // "Armenia and Azerbaijan accused each other": an object "each other" or "one
            // another" makes the subject's sides the recipients too.
            // "fired mortars and machine guns at each other": after the object too.
            let reciprocal_object = (t1..(t1 + 7).min(clause.end))
                .take_while(|&k| !matches!(input.w(k), "," | ";"))
                .any(|k| matches!((input.w(k), input.w(k + 1)), ("each", "other") | ("one", "another")));
            // "accused each other of massing troops": right after the verb, "each other"
            // is the object, whatever the clause names after it.
            let reciprocal_next = matches!((input.w(t1), input.w(t1 + 1)), ("each", "other") | ("one", "another"));
            if (recipient_ps.is_empty() || reciprocal_next)
                && lex.frame != Frame::Symmetric
                && lex.plover != Plover::MOBILIZE
                && countries(&actor_ps).len() >= 2
                && (reciprocal_object
                    // ("The two leaders called for a ceasefire", "condemned the attack": an
                    // appeal or a stance both take together is not aimed at each other.)
                    || actors.len() == 1
                        && two_sides(&input.text[actors[0].span.start..actors[0].span.end])
                        && !matches!(lex.plover, Plover::REQUEST | Plover::ACCUSE | Plover::SUPPORT | Plover::PROTEST | Plover::REJECT))
            {
                recipient_ps = actor_ps.clone();
            }
            // "Belarus condemned the move and threatened to retaliate": a verb coordinated
            // with the one before it, sharing its subject and naming no recipient, is aimed
            // where that verb was.
            if recipient_ps.is_empty() && lex.pos == Pos::Verb && !passive {
                if let Some(prev) = events[first_event..].last() {
                    let k = tokens.partition_point(|t| t.span.start < prev.trigger.end);
                    let between = k..t0;
                    // "and threatened", "and later imposed", "and would impose".
                    if (t0.saturating_sub(3).max(k)..t0).any(|j| input.w(j) == "and")
                        && (t0.saturating_sub(3).max(k)..t0)
                            .skip_while(|&j| input.w(j) != "and")
                            .skip(1)
                            .all(|j| input.w(j).bytes().all(|b| b.is_ascii_lowercase()))
                        && between
                            .clone()
                            .all(|j| !matches!(input.w(j), ";" | ":" | "but" | "while" | "after" | "before"))
                        && !input.actor_mentions_in(k, t0).any(|_| true)
                        && !prev.actors.is_empty()
                        && prev.actors.iter().map(|a| &a.code).eq(actor_ps.iter().map(|a| &a.code))
                    {
                        recipient_ps = prev.recipients.clone();
                    }
                }
            }
            // A domestic act with no named recipient ("protesters demanded…", "the president
            // pardoned 300 prisoners") is directed at the actor's own country, as event data
            // sets code domestic events; mobilisation has no target unless one is named.
            // A state's act toward an unnamed party ("Pakistan demanded the handover", "Iran
            // warned of consequences") is most often aimed at the other country the article
            // is about.
            // Only a country fills the recipient: an actor known by its sector alone ("he",
            // a president the knowledge base lacks, coded "GOV") names no country.
            let actor_set = countries(&actor_ps);
            // "Russia warned that Ukraine would face consequences", "Chen warned on
            // Wednesday that Beijing would crush any attempt at Taiwan independence": a
            // warning with no addressee threatens the party its "that" clause opens with, or,
            // where the warner's own side (or "it", "they") opens it, the first other
            // country the clause names.
            if plover == Plover::THREATEN
                && lex.pos == Pos::Verb
                && actor_set.len() == 1
                && actor_set[0].len() == 3
                && recipient_ps.iter().all(|p| p.country.as_deref() == Some(actor_set[0]))
            {
                let own = actor_set[0];
                let that = input.that_after(t0, t1, sb);
                // "Kazakhstan could face secondary sanctions …, a U.S. official warned.": a
                // warning that closes its sentence after a comma says what opens it.
                let closing = || {
                    let comma = (t0.saturating_sub(8).max(sa + 1)..t0).rev().find(|&k| input.w(k) == ",")?;
                    ((comma + 1..t0).all(|j| tokens[j].kind == TokenKind::Word || input.w(j) == ".")
                        && (t1..sb).all(|j| tokens[j].kind != TokenKind::Word || in_date(j) || input.w(j) == "on"))
                    .then_some(sa)
                };
                let target = that.map(|that| that + 1).or_else(closing).and_then(|open| {
                    let c = input.after_determiners(open);
                    let opener = input.actor_mentions_in(c, sb).find(|m| m.toks.0 == c);
                    let foreign = |m: &Mention| {
                        m.countries.len() == 1 && m.countries[0] != own && m.sector.as_deref() != Some("MED")
                    };
                    // (A foreign party that opens the clause is threatened only when the
                    // clause says it will bear a cost: "Zelensky warned that Russia would
                    // launch a new offensive" threatens no one.)
                    let bears_cost = |m: &Mention| {
                        (m.toks.1..(m.toks.1 + 4).min(sb)).any(|k| {
                            matches!(input.w(k), "face" | "pay" | "suffer" | "regret" | "bear" | "be" | "get")
                                && (k + 1..(k + 4).min(sb)).any(|j| {
                                    matches!(
                                        input.w(j),
                                        "consequences"
                                            | "price"
                                            | "punished"
                                            | "punishment"
                                            | "retaliation"
                                            | "response"
                                            | "responsibility"
                                            | "it"
                                            | "sanctions"
                                            | "countermeasures"
                                    )
                                })
                        })
                    };
                    match opener {
                        Some(m) if foreign(m) && bears_cost(m) => Some(m),
                        Some(m) if m.countries.iter().all(|c| c == own) && !m.countries.is_empty() => {
                            input.actor_mentions_in(m.toks.1, sb).find(|o| foreign(o))
                        }
                        None if matches!(input.w(c), "it" | "they" | "we") => {
                            input.actor_mentions_in(c + 1, sb).find(|o| foreign(o))
                        }
                        _ => None,
                    }
                });
                if let Some(m) = target {
                    recipient_ps = input.participants(&[m], None);
                }
            }
            // "Israel will evacuate the settlements in the Gaza Strip", "Syria will withdraw
            // its troops from Lebanon", "NATO troops arrived in Bosnia": a material act done
            // in, into or out of a foreign country, with no named recipient, is directed at
            // that country. Only the first place phrase after the trigger in its clause
            // counts, and only for acts done on a place (not words said at a venue, nor a
            // protest, which people also stage abroad against their own government, nor an
            // exercise or a deployment, which has no target unless one is named). "near
            // the Cameroon border" places the act outside that country.
            let visit = plover == Plover::CONSULT && cameo == "042";
            let acts_on_place = matches!(
                plover,
                Plover::ASSAULT | Plover::COERCE | Plover::AID | Plover::RETREAT | Plover::CONCEDE | Plover::SANCTION
            ) || visit;
            // "Macron arrived in Astana on Wednesday for his first visit to Central Asia": the
            // town an arrival names right after its "in" is where the visit goes, before a
            // wider region named later.
            if visit && lex.pos == Pos::Verb && t1 > t0 + 1 && input.w(t1 - 1) == "in" && actor_set.len() == 1 {
                let own = actor_set[0];
                if let Some(m) = locs.iter().find(|m| {
                    m.toks.0 == t1 && m.kind == MentionKind::Place && m.countries.len() == 1 && m.countries[0] != own
                }) {
                    let c = m.countries[0].clone();
                    if !recipient_ps.iter().all(|p| p.country.as_deref() == Some(c.as_str())) {
                        recipient_ps = vec![implied(c, None, m.span)];
                    }
                }
            }
            // "withdrew its ambassador from Paris in protest at French arms sales to
            // Armenia": the capital an envoy is recalled from names the country the break
            // is aimed at, before any party named later.
            if lex.cameo == "161" && input.w(t1) == "from" && actor_set.len() == 1 {
                let own = actor_set[0];
                if let Some(m) = locs.iter().find(|m| {
                    m.toks.0 == input.after_determiners(t1 + 1) && m.countries.len() == 1 && m.countries[0] != own
                }) {
                    let c = m.countries[0].clone();
                    // ("expelled diplomats from Argentina and Chile": the countries the
                    // envoys' own phrase names, the place among them, stay.)
                    if recipient_ps.is_empty() || recipient_ps.iter().all(|p| p.country.as_deref() != Some(c.as_str()))
                    {
                        recipient_ps = vec![implied(c, None, m.span)];
                    }
                }
            }
            if recipient_ps.is_empty()
                && acts_on_place
                && actor_set.len() == 1
                && actor_ps.iter().any(|p| p.country.is_some() || p.code.starts_with("IGO"))
            {
                let own = actor_set[0];
                // "was in Ashgabat on a short visit": a visit is also to the place its
                // clause puts the visitor in before the trigger.
                // ("fired on a vehicle that tried to cross into Kyrgyzstan": not a place
                // in a relative clause about the object.)
                let place = locs
                    .iter()
                    .filter(|m| {
                        m.toks.0 >= t1
                            && m.toks.1 <= clause.end
                            && !(t1..m.toks.0).any(|k| matches!(input.w(k), "that" | "which" | "who"))
                    })
                    .min_by_key(|m| m.toks.0)
                    .or_else(|| {
                        locs.iter()
                            .filter(|m| visit && m.toks.0 >= clause.start && m.toks.1 <= t0)
                            .max_by_key(|m| m.toks.0)
                    })
                    .filter(|m| {
                        m.countries.len() == 1
                            && m.countries[0] != own
                            && preceded_by_preposition(input.text, tokens, m) != Some("near")
                            && !matches!(input.w(m.toks.1), "border" | "borders" | "frontier")
                    });
                if let Some(m) = place {
                    let c = m.countries[0].clone();
                    recipient_ps.push(implied(c, None, m.span));
                }
            }
            // "Zelenskiy demanded that Western allies speed up deliveries": a demand whose
            // clause names its addressee by a common noun is aimed at them, whoever they
            // are, not at the other country of the article.
            // (The trigger may end with the "that".)
            let clause_start = if input.w(t1) == "that" { t1 + 1 } else { t1 };
            // "urged Western allies to speed up deliveries": so is one whose object, a common
            // noun, is told to do something.
            let plural = |j: usize| {
                let w = input.w(j);
                w.len() > 3 && w.ends_with('s') && w.bytes().all(|b| b.is_ascii_lowercase())
            };
            let unnamed_addressee = plover == Plover::REQUEST
                && clause_start + 1 < sb
                && input
                    .mentions_in(clause_start, (clause_start + 3).min(sb))
                    .iter()
                    // ("urged all parties to exercise restraint": a sector is no party named.)
                    .all(|m| m.countries.is_empty() && m.code.as_deref().is_none_or(|c| c.len() == 3))
                && if input.w(clause_start - 1) == "that" {
                    (clause_start..(clause_start + 3).min(sb)).any(plural)
                } else {
                    (clause_start..(clause_start + 3).min(sb)).any(|j| plural(j) && input.w(j + 1) == "to")
                };
            // "The Taliban appealed for international aid": an appeal to the world at large
            // is aimed at no one country.
            let to_the_world = plover == Plover::REQUEST
                && (t1..(t1 + 3).min(sb)).any(|j| matches!(input.w(j), "international" | "global" | "worldwide"))
                // "urged all parties to exercise restraint": nor is one to everyone involved.
                || t1 + 1 < sb
                    && input.w(t1) == "all"
                    && (matches!(input.w(t1 + 1), "parties" | "sides" | "concerned" | "stakeholders")
                        || input.w(t1 + 1) == "the" && matches!(input.w(t1 + 2), "parties" | "sides"));
            // "Putin arrived in Tashkent for a state visit. He is expected to sign agreements
            // on nuclear energy": a deal, talks or help with no party named, by a visitor in
            // the sentence of the visit or the one after, is with the host.
            if recipient_ps.is_empty()
                && matches!(plover, Plover::AGREE | Plover::CONSULT | Plover::COOPERATE | Plover::AID)
                && actor_set.len() == 1
                && actor_set[0].len() == 3
            {
                let own = actor_set[0];
                let sentence_at = |start: usize| {
                    let t = tokens.partition_point(|tok| tok.span.start < start);
                    input.sentences.partition_point(|&(_, b)| b <= t)
                };
                let host = events
                    .iter()
                    .rev()
                    .take_while(|e| sentence_at(e.trigger.start) + 1 >= si)
                    .find(|e| {
                        matches!(e.cameo.as_str(), "042" | "043")
                            && e.trigger.end <= hit.span.start
                            && countries(&e.actors) == [own]
                            && e.recipients.iter().all(|r| r.country.as_deref().is_some_and(|c| c != own))
                            && countries(&e.recipients).len() == 1
                    })
                    .map(|e| e.recipients.clone());
                if let Some(host) = host {
                    recipient_ps = host
                        .into_iter()
                        .map(|mut r| {
                            r.implicit = true;
                            r
                        })
                        .collect();
                }
            }
            if recipient_ps.is_empty()
                && !unnamed_addressee
                && !to_the_world
                && actor_set.len() == 1
                && actor_set[0].len() == 3
                && actor_ps.iter().any(|p| p.country.as_deref() == Some(actor_set[0]))
                && plover != Plover::MOBILIZE
            {
                let own = actor_set[0];
                // (Not the seizure of territory: "approved a law annexing the disputed
                // Essequibo region of Guyana" is done to another country.)
                let domestic_type =
                    matches!(lex.plover, Plover::PROTEST | Plover::COERCE | Plover::CONCEDE) && lex.cameo != "192";
                let domestic_act = domestic_type
                    || actor_ps.iter().any(|p| {
                        matches!(
                            p.sector.as_deref(),
                            Some(
                                "CVL"
                                    | "OPP"
                                    | "LAB"
                                    | "COP"
                                    | "JUD"
                                    | "EDU"
                                    | "REL"
                                    | "REB"
                                    | "INS"
                                    | "MED"
                                    | "BUS"
                                    | "HRI"
                            )
                        )
                    });
                // "Washington accuses Beijing of supplying Moscow, claims China denies": a
                // closing denial answers the sentence's first party, who made the claim.
                let accuser = (plover == Plover::REJECT)
                    .then(|| (sa + 2..t0).rev().find(|&k| input.w(k) == ","))
                    .flatten()
                    .filter(|&c| crate::statements::denial_tail(input.token_text, c + 1, sb))
                    .and_then(|c| {
                        input
                            .actor_mentions_in(sa, c)
                            .find(|m| m.countries.len() == 1 && m.countries[0] != own)
                            .map(|m| m.countries[0].clone())
                    });
                // "800,000 Iraqi Kurds sought refuge in Germany": a people's act aimed at a
                // country named right after it is aimed there.
                let next_country = || {
                    input
                        .mentions_in(t1, (t1 + 3).min(sb))
                        .iter()
                        .find(|m| m.kind == MentionKind::Country && m.countries.len() == 1 && m.countries[0] != own)
                        .map(|m| m.countries[0].clone())
                };
                let other = if domestic_type {
                    None
                } else if domestic_act {
                    next_country()
                } else if accuser.is_some() {
                    accuser
                } else {
                    doc_countries.iter().find(|(c, n)| c.as_str() != own && *n >= 2).map(|(c, _)| c.clone()).or_else(
                        || {
                            // "Washington accused Beijing of theft, a charge China rejected",
                            // "China opposed the deployment of US missiles": in an article that
                            // names no other country twice, the nearest other country of the
                            // sentence, after the trigger first.
                            // A news outlet reporting it is no party ("…, RFE/RL reports").
                            // Nor is the venue of an occasion ("at a meeting in Geneva"), nor
                            // the content of a warning ("warned that Ukraine would face consequences").
                            let foreign = |m: &&Mention| {
                                m.countries.len() == 1
                                    && m.countries[0] != own
                                        && !(plover == Plover::REJECT && topic_of_text(input, m))
                                    // ("Lavrov and Wang discussed the conflict in Ukraine": what
                                    // is discussed is the topic.)
                                    && !(discussing && m.toks.0 >= t1)
                                    && !input.names_an_accord(m)
                                    && !input.names_a_gathering(m)
                                    && m.sector.as_deref() != Some("MED")
                                    && !(input.is_locative(m)
                                        && (m.toks.0.saturating_sub(4)..m.toks.0).any(|j| {
                                            matches!(
                                                input.w(j),
                                                "meeting"
                                                    | "talks"
                                                    | "summit"
                                                    | "conference"
                                                    | "visit"
                                                    | "trip"
                                                    | "speech"
                                                    | "forum"
                                                    | "session"
                                                    | "ceremony"
                                                    | "rally"
                                                    | "interview"
                                                    | "briefing"
                                                    | "gathering"
                                                    // "the ruling of the international
                                                    // tribunal in The Hague".
                                                    | "tribunal"
                                                    | "arbitration"
                                                    | "negotiations"
                                            )
                                        }))
                            };
                            let ms = input.mentions_in(sa, sb);
                            ms.iter()
                                .filter(|m| m.toks.0 >= t1 && (t1..m.toks.0).all(|j| input.w(j) != "that"))
                                .find(foreign)
                                .or_else(|| ms.iter().rev().filter(|m| m.toks.1 <= t0).find(foreign))
                                .map(|m| m.countries[0].clone())
                        },
                    )
                };
                // A visit to nowhere named is not a visit at home ("during his trip").
                // Nor is a break of relations ("recalled its ambassador") aimed at home.
                // Nor is an attack on a name attache does not know ("Russian forces
                // shelled Kherson"): an unknown town, or one of no known country, is no
                // sign of home.
                // ("Russian troops captured the village of Krasnohorivka": the name after the
                // kind of place and "of" too.)
                let target_at = {
                    let k = input.after_determiners(t1);
                    (k..(k + 3).min(sb))
                        .find(|&j| {
                            matches!(
                                input.w(j),
                                "village" | "town" | "city" | "settlement" | "district" | "region" | "port"
                            ) && input.w(j + 1) == "of"
                                && (k..j).all(|i| tokens[i].kind == TokenKind::Word && !tokens[i].cap)
                        })
                        .map_or(t1, |j| j + 2)
                };
                let unknown_target = (plover == Plover::ASSAULT || lex.cameo.starts_with("192"))
                    && lex.pos == Pos::Verb
                    && target_at < sb
                    && tokens[target_at].kind == TokenKind::Word
                    && tokens[target_at].cap
                    && input.mentions_in(target_at, target_at + 1).iter().all(|m| m.countries.is_empty());
                // Nor is the seizure of a ship ("Iran seized an oil tanker in the Gulf of
                // Oman") or an attack on one ("claimed an attack on a commercial ship in the
                // Red Sea"): whose it was, the text has not said.
                let seized_vessel = (lex.cameo == "171" || plover == Plover::ASSAULT)
                    && (t1..(t1 + 5).min(sb)).take_while(|&k| tokens[k].kind != TokenKind::Punct).any(|k| {
                        matches!(
                            input.w(k),
                            "tanker"
                                | "tankers"
                                | "ship"
                                | "ships"
                                | "vessel"
                                | "vessels"
                                | "freighter"
                                | "boat"
                                | "boats"
                        )
                    });
                // "Chinese coast guard ships blocked a Philippine resupply mission", "seized a
                // Ukrainian ship": an object another country's adjective qualifies is that
                // country's.
                let foreign_object = (lex.pos == Pos::Verb && !visit)
                    .then(|| {
                        let k = input.after_determiners(t1);
                        input.mentions_in(k, (k + 1).min(sb)).iter().find(|m| {
                            m.kind == MentionKind::Country
                                && m.toks.0 == k
                                && input.w(t1) != "that"
                                && kb.adjectives.contains(&input.text[m.span.start..m.span.end])
                                && m.countries.len() == 1
                                && m.countries[0] != own
                                && m.toks.1 < sb
                                && tokens[m.toks.1].kind == TokenKind::Word
                                && !tokens[m.toks.1].cap
                        })
                    })
                    .flatten()
                    .map(|m| (m.countries[0].clone(), m.span));
                // A visit to a shrine, a temple or a museum ("the visit of a Japanese
                // minister to the Yasukuni shrine") is to no other country of the article.
                let other = other.filter(|_| {
                    !visit || {
                        let to = (t1..(t1 + 8).min(clause.end))
                            .take_while(|&k| !matches!(input.w(k), "," | "that" | "which" | "who"))
                            .find(|&k| input.w(k) == "to" || lex.pos == Pos::Verb && k == t1);
                        !to.is_some_and(|to| {
                            (to..(to + 6).min(clause.end))
                                .take_while(|&k| !matches!(input.w(k), "," | "in" | "on" | "at"))
                                .any(|k| {
                                    matches!(
                                        input.w(k),
                                        "shrine"
                                            | "temple"
                                            | "mosque"
                                            | "church"
                                            | "cathedral"
                                            | "memorial"
                                            | "museum"
                                            | "cemetery"
                                            | "monument"
                                            | "mausoleum"
                                    )
                                })
                        })
                    }
                });
                // Nor is the denial of a report or a claim ("The Kremlin dismissed reports
                // that …"), of a charge ("denied any involvement") or of what a clause
                // says ("The Kremlin denied that Russian troops were involved"): who made
                // it, the text has not said.
                let denied_report = plover == Plover::REJECT && {
                    let mut k = input.after_determiners(t1);
                    // ("dismissed Western claims that …": a capitalised word of whose claims.)
                    if matches!(input.w(k), "media" | "news" | "press" | "unconfirmed" | "earlier" | "recent")
                        || k + 1 < sb && tokens[k].cap && tokens[k].kind == TokenKind::Word
                    {
                        k += 1;
                    }
                    matches!(
                        input.w(k),
                        "report"
                            | "reports"
                            | "claim"
                            | "claims"
                            | "allegation"
                            | "allegations"
                            | "accusation"
                            | "accusations"
                            | "rumours"
                            | "rumors"
                            | "speculation"
                            | "involvement"
                            | "wrongdoing"
                            | "responsibility"
                    ) || lex.pos == Pos::Verb
                        && input.w(t1) == "that"
                        && matches!(input.w(t0), "denied" | "denies" | "deny" | "denying")
                        // ("called the allegations baseless": the charge inside the phrasing.)
                        || (t0 + 1..t1).any(|k| {
                            matches!(
                                input.w(k),
                                "allegations" | "accusations" | "claims" | "claim" | "report" | "reports"
                            )
                        })
                };
                // Nor is a meeting a party attends with no other party named ("Kazakh
                // officials took part in the conference") held with itself, nor a sanction a
                // state imposes with no country named ("banned the import of foreign cars")
                // aimed at itself. (Aid
                // cut off goes to the people of its place: "suspended aid deliveries in
                // Baghdad".)
                // (Nor is a deal a noun names: "criticised the deal with China" is not
                // China's with itself; "pledged to …" may be made to the party's own people.)
                // ("will not attend the summit": nor is a refusal to meet, 125.)
                let meeting = plover == Plover::CONSULT
                    || cameo == "125"
                    || plover == Plover::AGREE && is_noun
                    || plover == Plover::SANCTION && !lex.cameo.starts_with("162");
                // Nor is a stance of opposition or concern ("Beijing opposes any interference
                // in Central Asia's internal affairs", "expressed concern over the escalation")
                // aimed at the party's own country.
                let stance = matches!(plover, Plover::REJECT | Plover::ACCUSE) && lex.pos == Pos::Verb && {
                    let w = input.w(t0).to_ascii_lowercase();
                    w.starts_with("oppos") || w == "expressed" || w == "voiced"
                };
                // Nor is the veto of a text ("vetoed a draft resolution on Ukraine") cast
                // against one's own side.
                // ("Slovakia blocked the deal": a state's veto; protesters who reject a bill
                // still answer their own government.)
                let rejected_text = plover == Plover::REJECT
                    && (t0..(t1 + 4).min(sb)).any(|k| {
                        matches!(
                            input.w(k),
                            "resolution" | "resolutions" | "draft" | "bill" | "bills" | "motion" | "deal" | "plan"
                        )
                    })
                    && actor_ps.iter().all(|p| p.sector.as_deref().is_none_or(|s| matches!(s, "GOV" | "LEG")));
                // Nor is an accusation of "it" ("seized a tanker, accusing it of smuggling
                // fuel"): a party does not accuse itself.
                let accused_it = plover == Plover::ACCUSE && lex.pos == Pos::Verb && input.w(t1) == "it";
                let c = foreign_object.or(other.map(|c| (c, hit.span))).or_else(|| {
                    (!visit
                        && !accused_it
                        && !meeting
                        && !stance
                        && lex.cameo != "161"
                        && !unknown_target
                        && !seized_vessel
                        && !denied_report
                        && !rejected_text)
                        .then(|| (own.to_string(), hit.span))
                });
                if let Some((c, span)) = c {
                    // "Police in Almaty arrested the deputy mayor": an object named only by
                    // an office is of the office's sector.
                    let open = if is_noun && input.w(t1) == "of" { t1 + 1 } else { t1 };
                    // So are people the text only counts: "arrested six people suspected of …".
                    let sector = unnamed_office_at(input, kb, open, clause.end)
                        .or_else(|| counted_people_at(input, open).then(|| "CVL".to_string()));
                    recipient_ps.push(implied(c, sector.as_deref(), span));
                }
            }
            // "The Chinese ambassador was summoned to the Lithuanian foreign ministry", "…
            // summoned to the Foreign Office in London": whoever an envoy is summoned to
            // summons them.
            if passive
                && input.w(t0).eq_ignore_ascii_case("summoned")
                && input.w(t1) == "to"
                && actor_ps.iter().all(|p| p.country.is_none() && p.code.is_empty())
            {
                // "Russia's ambassador to Kazakhstan, Alexei Borodavkin, was summoned": the
                // country an envoy is posted to names no one summoned.
                recipient_ps.retain(|p| {
                    let k = tokens.partition_point(|t| t.span.start < p.span.start);
                    !(p.entity.is_some()
                        && p.sector.is_none()
                        && k >= 2
                        && input.w(k - 1) == "to"
                        && matches!(input.w(k - 2), "ambassador" | "envoy" | "consul" | "representative"))
                });
                let own: Vec<&str> = recipient_ps.iter().filter_map(|p| p.country.as_deref()).collect();
                let end = (t1 + 8).min(clause.end);
                let body = input
                    .mentions_in(t1 + 1, end)
                    .iter()
                    .filter(|m| m.is_actor() && m.countries.len() == 1 && !own.contains(&m.countries[0].as_str()))
                    .find(|m| !input.is_locative(m) || preceded_by_preposition(input.text, tokens, m) == Some("in"));
                if let Some(m) = body {
                    let ps = if input.is_locative(m) {
                        let c = m.countries[0].clone();
                        vec![implied(c, Some("GOV"), m.span)]
                    } else {
                        input.participants(&[m], None)
                    };
                    actor_ps = ps;
                }
            }
            // "Mali was suspended from the African Union": a body a member is suspended or
            // expelled from, with no one else named, is the one that did it.
            if passive
                && matches!(lex.plover, Plover::SANCTION | Plover::COERCE)
                && t1 + 1 < sb
                && input.w(t1) == "from"
                && actor_ps.iter().all(|p| p.country.is_none() && p.code.is_empty())
            {
                let k = input.after_determiners(t1 + 1);
                if let Some(m) = input
                    .actor_mentions_in(k, (k + 8).min(sb))
                    .find(|m| m.toks.0 == k && m.code.as_deref().is_some_and(|c| c.starts_with("IGO")))
                {
                    actor_ps = input.participants(&[m], None);
                    recipient_ps.retain(|p| p.span != m.span);
                }
            }
            // "China's ambassador to Kazakhstan was summoned over a map": with no one named
            // who summoned, an envoy is summoned by the state they are posted to.
            if passive
                && input.w(t0).eq_ignore_ascii_case("summoned")
                && actor_ps.iter().all(|p| p.country.is_none() && p.code.is_empty())
            {
                let posted = (clause.start..t0.saturating_sub(2))
                    .find(|&k| {
                        matches!(input.w(k), "ambassador" | "envoy" | "consul" | "ambassadors" | "envoys")
                            && matches!(input.w(k + 1), "to" | "in")
                    })
                    .map(|k| input.after_determiners(k + 2));
                let own: Vec<&str> = recipient_ps.iter().filter_map(|p| p.country.as_deref()).collect();
                if let Some(m) = posted.and_then(|k| {
                    input.mentions_in(k, (k + 4).min(t0)).iter().find(|m| {
                        m.toks.0 == k
                            && matches!(m.kind, MentionKind::Country | MentionKind::Place)
                            && m.countries.len() == 1
                            && !own.contains(&m.countries[0].as_str())
                    })
                }) {
                    actor_ps = vec![implied(m.countries[0].clone(), Some("GOV"), m.span)];
                    recipient_ps.retain(|p| p.span != m.span);
                }
            }
            // "Turkmenistan rejected a UN report criticising its human rights record", "China
            // dismissed a US statement condemning its drills": a participle after a text its
            // maker's name qualifies is the maker's act; "its" or "their" after it is the
            // party that answered the text.
            if lex.plover == Plover::ACCUSE
                && lex.pos == Pos::Verb
                && t0 > sa + 2
                && input.w(t0).ends_with("ing")
                && matches!(
                    input.w(t0 - 1),
                    "report" | "statement" | "resolution" | "declaration" | "letter" | "communique" | "communiqué"
                )
            {
                let maker = input
                    .mentions_in(t0.saturating_sub(4).max(sa), t0 - 1)
                    .iter()
                    .find(|m| m.is_actor() && m.toks.1 == t0 - 1 && (m.countries.len() == 1 || m.code.is_some()));
                let answered = events[first_event..].iter().rev().find(|e| {
                    matches!(e.plover, Plover::REJECT | Plover::ACCUSE | Plover::PROTEST)
                        && e.trigger.end <= tokens[t0 - 1].span.start
                        && tokens[t0.saturating_sub(6).max(sa)].span.start <= e.trigger.start
                        && !e.actors.is_empty()
                });
                if let (Some(m), Some(prev)) = (maker, answered) {
                    let maker_ps = input.participants(&[m], None);
                    if !maker_ps.iter().any(|p| prev.actors.iter().any(|a| a.code == p.code)) {
                        actor_ps = maker_ps;
                        if t1 < sb && matches!(input.w(t1), "its" | "their") && recipient_ps.iter().all(|p| p.implicit)
                        {
                            recipient_ps = prev.actors.clone();
                        }
                    }
                }
            }
            // "Following the meeting, 14 documents were signed": an act with no named party
            // right after another event takes that event's parties.
            let mut borrowed = false;
            // A relative clause whose antecedent is no actor ("a man who attacked") does not
            // take the parties of the previous event either. "The note demanded that Moscow
            // ensure…": a verb whose subject is a document (a note, a statement) speaks for
            // the previous event's actors even when it names its recipient.
            let mut first = clause.start;
            while first < t0 && DETERMINERS.contains(&input.w(first).to_ascii_lowercase().as_str()) {
                first += 1;
            }
            let document_subject = !passive
                && !is_noun
                && left.is_empty()
                && first < t0
                && DOCUMENTS.contains(&input.w(first).to_ascii_lowercase().as_str());
            if actor_ps.iter().all(|p| p.country.is_none() && p.code.is_empty())
                && (recipient_ps.is_empty() || document_subject)
                && !bare_relative
            {
                let sentence_of = |p: &Event| {
                    input.sentences.iter().position(|&(a, b)| {
                        a < b && tokens[a].span.start <= p.trigger.start && p.trigger.end <= tokens[b - 1].span.end
                    })
                };
                // "Tajikistan handed a note of protest to Russia's ambassador. Russian
                // police detained … The note demanded …": the document speaks for whoever
                // issued it, named by its noun in an earlier act of the last few sentences.
                let issued = document_subject
                    .then(|| {
                        let noun = input.w(first).to_ascii_lowercase();
                        events.iter().rev().take_while(|p| sentence_of(p).is_some_and(|ps| ps + 3 >= si)).find(|p| {
                            input.text[p.trigger.start..p.trigger.end]
                                .split_whitespace()
                                .any(|w| w.eq_ignore_ascii_case(&noun))
                        })
                    })
                    .flatten();
                if let Some(prev) =
                    issued.or_else(|| events.last().filter(|p| sentence_of(p).is_some_and(|ps| ps + 1 >= si)))
                {
                    if lex.frame == Frame::Symmetric {
                        let mut all = prev.actors.clone();
                        all.extend(prev.recipients.iter().filter(|r| !r.implicit).cloned());
                        all.dedup_by(|a, b| a.code == b.code);
                        actor_ps = all.clone();
                        recipient_ps = all;
                    } else if crowd_of_borrowed {
                        let mut cs: Vec<String> = prev.actors.iter().filter_map(|p| p.country.clone()).collect();
                        cs.sort();
                        cs.dedup();
                        actor_ps = cs.into_iter().map(|c| implied(c, Some("CVL"), hit.span)).collect();
                    } else {
                        actor_ps = prev.actors.clone();
                    }
                    borrowed = !actor_ps.is_empty();
                }
            }
            // "Several thousand people rallied in Yerevan demanding the resignation of …": a
            // demand in a participle after a protest, naming no one who makes it, is the
            // protesters'.
            if actor_ps.is_empty()
                && lex.plover == Plover::REQUEST
                && input.w(t0).ends_with("ing")
                && t0 > sa
                && tokens[t0 - 1].kind == TokenKind::Word
            {
                if let Some(prev) = events[first_event..].last().filter(|p| {
                    p.plover == Plover::PROTEST
                        && p.sentence == sspan
                        && p.trigger.end <= hit.span.start
                        && !p.actors.is_empty()
                        && input.text[p.trigger.end..hit.span.start].split_whitespace().count() <= 6
                        && !input.text[p.trigger.end..hit.span.start].contains([',', ';'])
                }) {
                    actor_ps = prev.actors.clone();
                    borrowed = true;
                }
            }
            // "sent 19 cartel operatives to the United States to face charges", "Three
            // activists are facing charges of extremism in Tajikistan": whoever faces a
            // charge is charged; the party the act was otherwise aimed at (the country they
            // were sent to, or the state of the place) brings it.
            if lex.plover == Plover::ACCUSE
                && matches!(input.w(t0), "charges" | "charge" | "accusations" | "allegations" | "indictment")
                && (t0.saturating_sub(2).max(clause.start)..t0)
                    .any(|k| matches!(input.w(k).to_ascii_lowercase().as_str(), "face" | "faces" | "faced" | "facing"))
                && input.w(t1) != "from"
            {
                std::mem::swap(&mut actor_ps, &mut recipient_ps);
                actor_ps.retain(|p| p.country.is_some() && !recipient_ps.iter().any(|r| r.span == p.span));
                // "extradited a former banker to Russia, where he faces fraud charges": the
                // one charged is the pronoun after "where", not the main clause's subject.
                if let Some(w) = (t0.saturating_sub(4).max(sa)..t0).find(|&k| input.w(k) == "where") {
                    let from = tokens[w].span.start;
                    recipient_ps.retain(|p| p.span.start > from);
                }
            }
            // "The Taliban released 11 Tajik citizens who were detained in Badakhshan": those
            // who release captives held them; a detention with no agent of the people just
            // released is the releaser's.
            if passive
                && lex.cameo.starts_with("173")
                && !recipient_ps.is_empty()
                && actor_ps.iter().all(|p| p.country.is_none() && p.code.is_empty())
            {
                if let Some(prev) = events.last().filter(|p| {
                    p.cameo.starts_with("0841")
                        && p.sentence == sspan
                        && !p.actors.is_empty()
                        && p.recipients.iter().map(|r| &r.code).eq(recipient_ps.iter().map(|r| &r.code))
                }) {
                    actor_ps = prev.actors.clone();
                    borrowed = true;
                }
            }
            // "Thousands rallied in Tbilisi", "Hundreds of people protested in Almaty": a
            // crowd that protests, named by its number or as people, is the civilians of the
            // protest's place (or of the one country its sentence names).
            if lex.plover == Plover::PROTEST
                && !passive
                && actor_ps.iter().all(|p| p.country.is_none() && p.code.is_empty())
            {
                let crowd = (clause.start.max(t0.saturating_sub(4))..t0).any(|j| {
                    matches!(
                        input.w(j).to_ascii_lowercase().as_str(),
                        "thousands"
                            | "hundreds"
                            | "dozens"
                            | "people"
                            | "crowds"
                            | "residents"
                            | "demonstrators"
                            | "citizens"
                    )
                });
                if let (true, Some(c)) = (crowd, fill.clone()) {
                    // Directed at home, as any protest with no named target.
                    if recipient_ps.is_empty() {
                        recipient_ps.push(implied(c.clone(), None, hit.span));
                    }
                    actor_ps = vec![implied(c, Some("CVL"), hit.span)];
                }
            }
            // "A Japanese national was detained in Beijing": an arrest by no one named is made
            // by the authorities of the place it happened in.
            // So is "the detention of a Japanese businessman in Beijing".
            if lex.plover == Plover::COERCE
                && lex.cameo.starts_with("173")
                && (passive || is_noun && input.w(t1) == "of")
                && actor_ps.is_empty()
                && (!recipient_ps.is_empty() || counted_victims)
            {
                // (The place phrase comes after the verb: "Protesters in Bishkek demanded the
                // release of journalists detained last month" does not say where.)
                if let Some(c) = location
                    .as_ref()
                    .filter(|p| p.source == "in-phrase" && p.span.is_some_and(|s| s.start >= hit.span.end))
                    .and_then(|p| p.country.clone())
                {
                    // The people counted are the place's own; so is the one held for an
                    // office, of the office's sector.
                    if recipient_ps.is_empty() {
                        let sector = match &titled_victim {
                            Some(sector) => sector.as_deref(),
                            None => Some("CVL"),
                        };
                        recipient_ps.push(implied(c.clone(), sector, hit.span));
                    }
                    actor_ps.push(implied(c, None, hit.span));
                }
            }
            // "A suicide bomber killed 20 people at a mosque in Kabul": an attack by no one
            // named, on people the text only counts, hit the country of its place.
            if lex.plover == Plover::ASSAULT
                && (!passive || counted_victims)
                && recipient_ps.is_empty()
                && actor_ps.iter().all(|p| p.country.is_none() && p.code.is_empty())
            {
                // (Counted victims take only the country of the place they were killed in.)
                let place_country =
                    || location.as_ref().filter(|p| p.source == "in-phrase").and_then(|p| p.country.clone());
                if let Some(c) = if passive { place_country() } else { fill.clone() } {
                    recipient_ps.push(implied(c, None, hit.span));
                }
            }
            if actor_ps.iter().all(|p| p.country.is_none() && p.code.is_empty()) {
                // "unless the Hamas regime is disarmed", "she hoped the officials would be
                // indicted": an act that has not happened, done by no one the text names,
                // is a condition or a wish, not an event.
                let why = if recipient_ps.is_empty() {
                    Some("")
                } else if passive && matches!(modality, Modality::Hypothetical | Modality::Future) {
                    Some(" and has not happened")
                } else {
                    None
                };
                if let Some(why) = why {
                    diagnostics.push(Diagnostic {
                        code: "event-without-actor",
                        message: format!(
                            "{} trigger `{}` has no actor{why}",
                            lex.plover,
                            &input.text[hit.span.start..hit.span.end]
                        ),
                        span: Some(hit.span),
                    });
                    continue;
                }
                actor_ps.retain(|p| !p.code.is_empty());
            }

            // Violence in a protest: "a protester demolished the building", "protesters
            // torched cars" is a riot (CAMEO 145, as "clashed with police" is); force used
            // by security forces on protesters ("troops clashed with rioters") is violent
            // repression (CAMEO 175).
            let crowd = |m: &&Mention| {
                (m.toks.0..m.toks.1).any(|k| PROTEST_CROWDS.contains(&input.w(k).to_ascii_lowercase().as_str()))
            };
            // Weapons of war ("launched missiles") are fighting, not rioting.
            let violent = plover == Plover::ASSAULT && matches!(cameo.as_str(), "180" | "181" | "190" | "1712")
                || plover == Plover::COERCE
                    && cameo.starts_with("171")
                    && !["seiz", "confisc", "impound", "national", "expropr"]
                        .iter()
                        .any(|w| form_starts(input.w(t0), w));
            if modality != Modality::Intent && violent && !actors.is_empty() && actors.iter().all(crowd) {
                if let Some(code) = kb.cameo_code("145") {
                    cameo = code.code.clone();
                    goldstein = code.goldstein;
                    plover = Plover::PROTEST;
                    mode = code.mode.clone();
                }
            } else if modality != Modality::Intent
                && plover == Plover::ASSAULT
                && cameo.starts_with("19")
                && !actors.iter().any(crowd)
                && recipients.iter().any(crowd)
                && actor_ps.iter().any(|p| matches!(p.sector.as_deref(), Some("MIL" | "COP" | "SPY")))
            {
                if let Some(code) = kb.cameo_code("175") {
                    cameo = code.code.clone();
                    goldstein = code.goldstein;
                    mode = code.mode.clone();
                }
            }
            // "held talks with his Kyrgyz counterpart on the phone": talks held by telephone
            // are a call (CAMEO 041).
            if plover == Plover::CONSULT && cameo == "040" {
                let phone = (t1..(t1 + 12).min(clause.end)).any(|k| {
                    matches!(input.w(k), "phone" | "telephone")
                        && matches!(input.w(k - 1), "by" | "the" | "via")
                        && (k < 2 || !matches!(input.w(k - 2), "a" | "his" | "her" | "their"))
                        // (Not "the phone tapping scandal".)
                        && (k + 1 >= clause.end
                            || matches!(
                                input.w(k + 1),
                                "." | "," | ";" | "on" | "with" | "to" | "in" | "at" | "and" | "from" | "about" | "after"
                                    | "late" | "earlier" | "last" | "this" | "during"
                            )
                            || crate::dates::weekday(input.w(k + 1)).is_some())
                });
                if phone {
                    if let Some(code) = kb.cameo_code("041") {
                        cameo = code.code.clone();
                        goldstein = code.goldstein;
                        mode = code.mode.clone();
                    }
                }
            }

            // "Vietnam and China pledged to deepen cooperation": a promise that several
            // states make together, naming no one else, binds them to each other.
            // (Not "all offered to resettle the Uyghurs", which each does alone.)
            let mutual = || {
                (t1..(t1 + 6).min(clause.end)).any(|k| {
                    matches!(
                        input.w(k),
                        "cooperation"
                            | "ties"
                            | "relations"
                            | "partnership"
                            | "dialogue"
                            | "coordination"
                            | "together"
                            | "jointly"
                            | "mutual"
                            | "bilateral"
                    )
                })
            };
            if plover == Plover::AGREE
                && recipient_ps.is_empty()
                && !passive
                && countries(&actor_ps).len() >= 2
                && mutual()
            {
                recipient_ps = actor_ps.clone();
            }
            // "The Turkmen foreign minister met his Iranian counterpart", "… his Tajik
            // counterpart Sherali Mirzo": a counterpart holds the office of the party it is
            // the counterpart of.
            let sectors: Vec<&str> =
                actor_ps.iter().chain(recipient_ps.iter()).filter_map(|p| p.sector.as_deref()).collect();
            if let [one, ..] = sectors[..] {
                if sectors.iter().all(|s| *s == one) {
                    let one = one.to_string();
                    for p in actor_ps.iter_mut().chain(recipient_ps.iter_mut()) {
                        let is_counterpart = |s: &str| matches!(s, "counterpart" | "counterparts");
                        let counterpart = p.sector.is_none()
                            && p.country.is_some()
                            && (is_counterpart(input.text[p.span.start..p.span.end].rsplit(' ').next().unwrap_or(""))
                                || is_counterpart(
                                    input.text[..p.span.start].trim_end().rsplit(' ').next().unwrap_or(""),
                                ));
                        if counterpart {
                            p.code = [p.code.as_str(), &one].concat();
                            p.sector = Some(one.clone());
                        }
                    }
                }
            }
            // "issued a statement warning that heavy rains could cause flooding": a warning
            // about a state of affairs, whose "that" clause names no party and which names
            // no addressee, threatens no one.
            if plover == Plover::THREATEN
                && lex.pos == Pos::Verb
                && recipient_ps.is_empty()
                && input.w(t0).to_ascii_lowercase().starts_with("warn")
            {
                let that = input.that_after(t0, t1, sb);
                // ("warned that any attack would be met with force" still threatens.)
                let menace = |k: usize| {
                    let w = input.w(k).to_ascii_lowercase();
                    [
                        "consequen",
                        "retaliat",
                        "respon",
                        "force",
                        "punish",
                        "price",
                        "measure",
                        "sanction",
                        "attack",
                        "strike",
                    ]
                    .iter()
                    .any(|p| w.starts_with(p))
                };
                // (Nor does one whose clause names an act: "warned that the outlet would be
                // shut down" threatens a closure, 132.)
                let act_in = |k: usize| {
                    let from = tokens[(k + 1).min(sb - 1)].span.start;
                    sentence_triggers.iter().any(|h| h.span.start >= from && h.span.start != hit.span.start)
                };
                if that.is_some_and(|k| {
                    input.actor_mentions_in(k + 1, sb).next().is_none() && !(k + 1..sb).any(menace) && !act_in(k)
                }) {
                    continue;
                }
            }
            let report_sources = if input.sentence_sources[si].is_empty() {
                input.default_sources.to_vec()
            } else {
                input.sentence_sources[si].clone()
            };
            let form = crate::segment::lowercase(&input.text[hit.span.start..hit.span.end]);
            let frame = match lex.frame {
                Frame::Directed => "dir",
                Frame::Symmetric => "sym",
                Frame::Intransitive => "intr",
            };
            let voice = if passive {
                " passive"
            } else if is_noun {
                " noun"
            } else {
                ""
            };
            let borrowed = if borrowed { ", parties of the previous event" } else { "" };
            let rule = [lex.rule.as_str(), " `", &form, "` ", frame, voice, borrowed].concat();
            if let Some(pledge) = pledged {
                events.retain(|e| e.trigger != pledge);
                if modality == Modality::Asserted {
                    modality = Modality::Intent;
                }
            }
            // "Turkey vowed to expel the ambassador": a vow read as the cue of the act's
            // intent is no agreement of its own.
            // (An offer is one: "Libya has offered to hand over two of its nationals".)
            if modality == Modality::Intent
                && cue_at != t0
                && matches!(input.w(cue_at), "vowed" | "vows" | "vow" | "vowing" | "swore" | "swears")
            {
                let cue_start = tokens[cue_at].span.start;
                events.retain(|e| !(e.plover == Plover::AGREE && e.cameo == "030" && e.trigger.start == cue_start));
            }
            if matches!(plover, Plover::CONSULT | Plover::AGREE)
                && modality == Modality::Asserted
                && location.as_ref().is_some_and(|p| p.source == "in-phrase" && p.coords.is_some())
            {
                let parties: Vec<String> =
                    actor_ps.iter().chain(recipient_ps.iter()).filter_map(|p| p.country.clone()).collect();
                if !parties.is_empty() {
                    scene = location.clone().map(|p| (p, parties));
                }
            }
            let mut ev = Event {
                plover,
                mode,
                cameo,
                goldstein,
                actors: actor_ps,
                recipients: recipient_ps,
                date,
                date_source,
                location,
                modality,
                trigger: hit.span,
                sentence: sspan,
                report_sources,
                rule,
            };
            // "The meeting was attended by…": a passive verb whose subject is a definite
            // noun trigger of the same type refers back to that event.
            let subject_refers_back = passive
                && sentence_triggers.iter().any(|h2| {
                    h2.span.end <= hit.span.start
                        && h2.span.start >= tokens[clause.start].span.start
                        && h2.targets.iter().any(|&i| {
                            kb.lexicon[i as usize].pos == Pos::Noun && kb.lexicon[i as usize].plover == lex.plover
                        })
                        && {
                            let k = tokens.partition_point(|t| t.span.end <= h2.span.start);
                            k > 0 && DETERMINERS.contains(&input.w(k - 1).to_ascii_lowercase().as_str())
                        }
                });
            let definite = subject_refers_back
                || (is_noun && t0 > 0 && matches!(input.w(t0 - 1), "the" | "The" | "this" | "This" | "that"));
            let answered = is_noun
                && (t0.saturating_sub(5).max(sa + 1)..t0).any(|k| {
                    input.w(k - 1) == "in"
                        && matches!(
                            (input.w(k), input.w(k + 1)),
                            ("retaliation" | "revenge" | "exchange" | "return", "for") | ("response", "to")
                        )
                });
            // "Five civilians were killed in a Russian air strike", "wounded in shelling by
            // rebels": the passive verb and the attack named right after it are one act,
            // whose victims are the verb's subject.
            // "More than 300 Tajik citizens were detained by Russian police in raids on
            // construction sites": so are a detention and the raids it was made in.
            let means_of = if matches!(plover, Plover::ASSAULT | Plover::COERCE)
                && !passive
                && (is_noun || input.w(t0).ends_with("ing") || matches!(prev.as_str(), "in" | "during"))
            {
                events
                    .iter()
                    .rposition(|old| {
                        old.plover == plover
                            && (old.actors.is_empty() || plover == Plover::COERCE)
                            && !old.recipients.is_empty()
                            && old.rule.ends_with(" passive")
                            && old.trigger.end <= hit.span.start
                            && {
                                let k = tokens.partition_point(|t| t.span.start < old.trigger.end);
                                matches!(input.w(k), "in" | "by" | "during")
                                    && t0 > k
                                    && t0 - k <= 5
                                    && (k..t0).all(|j| input.w(j) != "," && !input.w(j).ends_with("ed"))
                            }
                    })
                    .filter(|&i| i >= first_event)
            } else {
                None
            };
            // "Israeli forces killed 20 Palestinians in air strikes": an attack a noun names
            // in a phrase right after an active verb of the same kind and its object is the
            // means of the verb's act, done by the verb's subject (not by the object before
            // the noun), on the verb's object.
            let means_of_active = if means_of.is_none()
                && !answered
                && matches!(plover, Plover::ASSAULT | Plover::COERCE)
                && is_noun
                && !passive
            {
                (t0.saturating_sub(4).max(clause.start)..t0)
                    .rev()
                    .find(|&k| matches!(input.w(k), "in" | "during"))
                    .filter(|&j| (j + 1..t0).all(|k| !matches!(input.w(k), "," | ";" | "and" | "or")))
                    .and_then(|j| {
                        events[first_event..].iter().rposition(|old| {
                            old.plover == plover
                                && !old.rule.contains(" passive")
                                && !old.rule.contains(" noun")
                                && !old.actors.is_empty()
                                && old.recipients.iter().any(|r| !r.implicit)
                                && old.trigger.end <= tokens[j].span.start
                                && old.trigger.start >= tokens[clause.start].span.start
                                && {
                                    let k = tokens.partition_point(|t| t.span.start < old.trigger.end);
                                    j > k
                                        && j - k <= 8
                                        && (k..j).all(|m| {
                                            !matches!(input.w(m), "," | ";" | "and" | "but" | "while")
                                                && !BE.contains(&input.w(m))
                                        })
                                }
                                // The noun's own actors, less the verb's object, are the verb's.
                                && ev.actors.iter().all(|a| {
                                    old.actors.iter().any(|o| o.code == a.code)
                                        || old.recipients.iter().any(|r| r.code == a.code)
                                })
                        })
                    })
                    .map(|i| first_event + i)
            } else {
                None
            };
            // "Russian shelling of Kharkiv killed two civilians", "An air strike on the
            // market killed 12 people": a verb of force whose subject is an attack named
            // by a noun is that attack; what the verb did, its victims suffered.
            // So is one whose only actors are the attack's own, named in its phrase ("A
            // Russian missile strike on Kharkiv killed seven civilians").
            let subject_attack = if plover == Plover::ASSAULT && !passive && !is_noun {
                // Only this sentence's events: the search stays within it.
                events[first_event..]
                    .iter()
                    .rposition(|old| {
                        old.plover == plover
                            && old.rule.ends_with(" noun")
                            && ev.actors.iter().all(|a| {
                                a.span.end <= hit.span.start
                                    && a.span.start < old.trigger.end
                                    && old.actors.iter().any(|o| o.country.is_some() && o.country == a.country)
                            })
                            && old.trigger.start >= tokens[clause.start].span.start
                            && old.trigger.end <= hit.span.start
                            && {
                                let k = tokens.partition_point(|t| t.span.start < old.trigger.end);
                                t0 >= k
                                    && t0 - k <= 10
                                    && (k..t0).all(|j| {
                                        !matches!(input.w(j), "," | ";" | "and" | "but") && !BE.contains(&input.w(j))
                                    })
                            }
                    })
                    .map(|i| first_event + i)
            } else {
                None
            };
            // "Japan pledged $50 million in humanitarian aid", "promised to continue military
            // aid to Mozambique": aid that is pledged is the pledge's content (CAMEO 033x), not
            // aid given.
            if plover == Plover::AID && is_noun {
                if let Some(i) = pledge_of_aid(input, &events[first_event..], t0).map(|i| first_event + i) {
                    let sub = match ev.cameo.as_str() {
                        "071" => "0331",
                        "072" => "0332",
                        "073" => "0333",
                        "074" => "0334",
                        _ => "033",
                    };
                    let pledge = &mut events[i];
                    // (A sum pledged was taken for economic aid, 0331, before its kind was read.)
                    if matches!(pledge.cameo.as_str(), "030" | "0331") {
                        if let Some(code) = kb.cameo_code(sub) {
                            pledge.cameo = code.code.clone();
                            pledge.goldstein = code.goldstein;
                            pledge.mode = code.mode.clone();
                        }
                    }
                    if pledge.recipients.is_empty() {
                        pledge.recipients = ev.recipients;
                    }
                    continue;
                }
            }
            // "would not attend the summit", "declined an invitation to attend the summit":
            // the noun a verb of the same kind of act takes as its object is that verb's act;
            // when the verb's act was refused or negated, the noun is no act of its own.
            if let Some(lv) = light_verb {
                let verb_hit = sentence_triggers.iter().find(|h| {
                    tokens.partition_point(|t| t.span.end <= h.span.start) == lv
                        && h.targets.iter().any(|&i| {
                            let l = &kb.lexicon[i as usize];
                            l.plover == lex.plover && l.pos == Pos::Verb
                        })
                });
                if let Some(vh) = verb_hit {
                    let verb_event = events[first_event..].iter().find(|e| e.trigger == vh.span);
                    // A verb not coded at all counts when a refusal before it took it in
                    // ("declined an invitation to attend"); "would be ready to host a
                    // meeting" keeps its meeting.
                    let refused = || {
                        events[first_event..]
                            .iter()
                            .any(|e| e.plover == Plover::REJECT && e.trigger.end <= vh.span.start)
                    };
                    // "are expected to sign a strategic partnership agreement": the noun of
                    // the act a verb of its kind takes is that verb's act, and as sure or as
                    // unsure as it, however far the verb's cue stands from the noun.
                    if let Some(e) = verb_event.filter(|e| e.plover == lex.plover) {
                        if ev.modality == Modality::Asserted && e.modality != Modality::Asserted {
                            ev.modality = e.modality;
                        }
                    }
                    if verb_event.map_or_else(refused, |e| e.plover != lex.plover) {
                        diagnostics.push(Diagnostic {
                            code: "event-object-of-verb",
                            message: format!(
                                "{} trigger `{}` is the object of `{}`, an act refused or negated",
                                lex.plover,
                                &input.text[hit.span.start..hit.span.end],
                                &input.text[vh.span.start..vh.span.end]
                            ),
                            span: Some(hit.span),
                        });
                        continue;
                    }
                }
            }
            // "Tokayev called his Uzbek counterpart Shavkat Mirziyoyev to congratulate him":
            // the caller praises the one called.
            if let Some(call) = in_call.and_then(|c| events.iter().rfind(|e| e.trigger == c)) {
                ev.actors = call.actors.clone();
                ev.recipients = call.recipients.clone();
            }
            if let Some(i) = means_of_active {
                ev.actors = events[i].actors.clone();
                merge_victims(&mut events[i], ev, ", the means of the verb before it");
                continue;
            }
            match (means_of, subject_attack) {
                (Some(i), _) => merge_victims(&mut events[i], ev, ", victims of the passive verb before it"),
                (None, Some(i)) => {
                    let attack = std::mem::replace(&mut events[i], ev);
                    merge_victims(&mut events[i], attack, ", victims of the verb after it");
                }
                // "Iran seized two Greek tankers in retaliation for the seizure of an Iranian
                // tanker": the act another answers or is traded for is an act of its own,
                // not a second report of the answer.
                (None, None) if answered => events.push(ev),
                (None, None) => merge_or_push(&mut events, ev, first_event, definite, relative && !is_noun, is_noun),
            }
        }
    }
    (events, diagnostics)
}

/// Whether token `t0` follows a country's name ("Israeli") that itself follows an article
/// (the singular ones only when `singular`) or another act's verb: "condemned the Israeli
/// strikes", "condemned Israeli strikes on Syria".
fn after_a_country_adjective(
    input: &Input,
    triggers: &[attache_kb::Hit<u32>],
    sa: usize,
    t0: usize,
    singular: bool,
) -> bool {
    if t0 < sa + 2
        || !input.mentions_in(t0 - 1, t0).iter().any(|m| m.kind == MentionKind::Country && m.toks == (t0 - 1, t0))
    {
        return false;
    }
    let before = input.w(t0 - 2).to_ascii_lowercase();
    matches!(before.as_str(), "the" | "these" | "those" | "recent" | "latest")
        || singular && matches!(before.as_str(), "a" | "an")
        || triggers.iter().any(|h| h.span.end == input.tokens[t0 - 2].span.end)
}

/// Whether the warning verb at `t0..t1` addresses the public or one's own nationals with
/// advice for their safety: "warned its citizens to avoid", "cautioned residents against
/// travelling to", "warned the public not to visit", "urged its nationals to leave". (Not "warned citizens that taking
/// part in wars abroad is punishable", nor "not to join unauthorised rallies": threats.)
fn advisory(input: &Input, t0: usize, t1: usize) -> bool {
    let w = input.w(t0).to_ascii_lowercase();
    if !["warn", "caution", "advis", "urg", "ask", "call", "told", "tell"].iter().any(|v| w.starts_with(v)) {
        return false;
    }
    let mut k = t1;
    if matches!(input.w(k), "its" | "their" | "the" | "all" | "local" | "foreign") {
        k += 1;
    }
    // ("The U.S. State Department urged Americans to leave Lebanon": its own people,
    // named by their plural demonym.)
    let demonym = || {
        k < input.tokens.len()
            && input.tokens[k].cap
            && input.w(k).ends_with('s')
            && input.mentions_in(k, k + 1).iter().any(|m| {
                m.toks == (k, k + 1)
                    && m.countries.len() == 1
                    && m.kind != MentionKind::Place
                    && input
                        .mentions_in(t0.saturating_sub(12), t0)
                        .iter()
                        .any(|o| o.is_actor() && o.countries == m.countries)
            })
    };
    if !matches!(
        input.w(k),
        "citizens" | "nationals" | "residents" | "travellers" | "travelers" | "tourists" | "public" | "population"
    ) && !demonym()
    {
        return false;
    }
    let advice = match (input.w(k + 1), input.w(k + 2)) {
        ("not", "to") => k + 3,
        ("to" | "against", _) => k + 2,
        _ => return false,
    };
    matches!(
        input.w(advice),
        "avoid"
            | "leave"
            | "stay"
            | "remain"
            | "exercise"
            | "be"
            | "keep"
            | "travel"
            | "travelling"
            | "traveling"
            | "visit"
            | "visiting"
            | "reconsider"
            | "postpone"
            | "refrain"
            | "follow"
            | "register"
    )
}

/// Whether the act at token `t0` is the object of "against" after a verb of warning
/// ("warned NATO against deploying troops", "cautioned against any new sanctions"), with
/// at most a short object phrase between the verb and "against" and a few modifiers after it.
fn warned_against(input: &Input, sa: usize, t0: usize) -> bool {
    let tokens = input.tokens;
    let Some(a) = (t0.saturating_sub(4).max(sa + 1)..t0).rev().find(|&k| input.w(k) == "against") else {
        return false;
    };
    if !(a + 1..t0).all(|j| tokens[j].kind == TokenKind::Word && !matches!(input.w(j), "and" | "the" | "who" | "which"))
    {
        return false;
    }
    (a.saturating_sub(7).max(sa)..a).rev().any(|v| {
        matches!(
            input.w(v),
            "warned"
                | "warns"
                | "warn"
                | "warning"
                | "cautioned"
                | "cautions"
                | "caution"
                | "cautioning"
                | "advised"
                | "advises"
        ) && (v + 1..a).all(|j| !matches!(input.w(j), "," | ";" | "that" | "and" | "of"))
    })
}

/// Whether the act named by a noun at token `t0` is only a risk or a fear: "faces risks
/// from secondary sanctions", "the possibility of U.S. sanctions on Turkey", "Banks in
/// Kazakhstan fear secondary sanctions". The noun comes within four words of the word of
/// risk (after its "of" or "from") or of fear, with only modifiers between: articles,
/// lowercase adjectives and names ("U.S.", "Western").
fn feared_act(input: &Input, sa: usize, t0: usize) -> bool {
    let mut k = t0;
    while k > sa && t0 - k < 5 {
        let w = input.w(k - 1);
        let lw = w.to_ascii_lowercase();
        if matches!(lw.as_str(), "of" | "from") && k >= sa + 2 {
            return matches!(
                input.w(k - 2).to_ascii_lowercase().as_str(),
                "risk"
                    | "risks"
                    | "possibility"
                    | "possibilities"
                    | "prospect"
                    | "prospects"
                    | "danger"
                    | "spectre"
                    | "specter"
                    | "fear"
                    | "fears"
            );
        }
        if matches!(lw.as_str(), "fear" | "fears" | "feared" | "fearing" | "risk" | "risks" | "risking") {
            return true;
        }
        let word = input.tokens[k - 1].kind == TokenKind::Word || input.tokens[k - 1].kind == TokenKind::Possessive;
        if !word || matches!(lw.as_str(), "and" | "or" | "but" | "that" | "to" | "not") || BE.contains(&lw.as_str()) {
            return false;
        }
        k -= 1;
    }
    false
}

/// Whether the act at token `t0` is the object of a gerund that gives the grounds of an
/// accusation or a punishment: "on charges of calling for mass riots", "on suspicion of
/// planning a terrorist attack", "charged with inciting riots", "jailed him for organising
/// protests". The gerund comes after "of", "with" or "for" within four words of the noun,
/// with only lowercase words between; before the preposition comes a noun or adjective of
/// the grounds ("charges", "suspicion", "guilty") or, as `accusation_before` tells of the
/// gerund's token, an accusation or a coercive act.
fn grounds_gerund(input: &Input, sa: usize, t0: usize, accusation_before: impl Fn(usize) -> bool) -> bool {
    let Some(g) = (t0.saturating_sub(4).max(sa + 2)..t0).rev().find(|&g| {
        let w = input.w(g);
        w.len() > 4
            && w.ends_with("ing")
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && matches!(input.w(g - 1), "of" | "with" | "for")
    }) else {
        return false;
    };
    // "accused of aiding rebels fighting the president", "guilty of violating the
    // agreement signed in 2001": a participle after the object opens a clause of its own.
    if t0 > g + 1 && (input.w(t0).ends_with("ing") || input.w(t0).ends_with("ed")) {
        return false;
    }
    if (g + 1..t0).any(|k| {
        !input.w(k).starts_with(|c: char| c.is_ascii_lowercase()) || matches!(input.w(k), "and" | "or" | "but" | "that")
    }) {
        return false;
    }
    matches!(
        input.w(g - 2),
        "charges" | "charge" | "suspicion" | "accusations" | "allegations" | "guilty" | "accused" | "suspected"
    ) || accusation_before(g)
}

/// Whether the verb at token `t0` is a gerund after "from" that a verb of prevention or
/// restraint governs: "barred women from attending", "prevented the delegation from
/// visiting", "refrained from attacking"; or one that is warned against or avoided:
/// "warned citizens against travelling to", "urged its nationals to avoid visiting".
fn kept_from(input: &Input, sa: usize, t0: usize) -> bool {
    if t0 <= sa + 1 {
        return false;
    }
    // "to avoid visiting", "to avoid large gatherings": up to two modifiers between.
    let avoided = (t0.saturating_sub(3).max(sa)..t0)
        .rev()
        .find(|&k| matches!(input.w(k), "avoid" | "avoids" | "avoided" | "avoiding"))
        .is_some_and(|a| {
            (a + 1..t0).all(|j| {
                input.tokens[j].kind == TokenKind::Word
                    && input.w(j).bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(input.w(j), "and" | "or" | "but" | "that" | "to" | "being")
            })
        });
    if avoided {
        return true;
    }
    if !input.w(t0).ends_with("ing") {
        return false;
    }
    let f = t0 - 1;
    if input.w(f) == "against" {
        return (f.saturating_sub(6).max(sa)..f).rev().take_while(|&k| !matches!(input.w(k), "," | ";" | "that")).any(
            |k| {
                let w = input.w(k).to_ascii_lowercase();
                ["warn", "caution", "advis", "advic", "counsel", "recommend"].iter().any(|v| w.starts_with(v))
            },
        );
    }
    if input.w(f) != "from" {
        return false;
    }
    (f.saturating_sub(6).max(sa)..f).rev().take_while(|&k| !matches!(input.w(k), "," | ";" | "that")).any(|k| {
        let w = input.w(k).to_ascii_lowercase();
        let stem = w.trim_end_matches("ed").trim_end_matches("ing").trim_end_matches('s');
        matches!(
            stem,
            "bar"
                | "barr"
                | "ban"
                | "bann"
                | "prevent"
                | "block"
                | "stop"
                | "stopp"
                | "prohibit"
                | "forbid"
                | "forbade"
                | "keep"
                | "kept"
                | "exclud"
                | "restrict"
                | "refrain"
                | "abstain"
                | "deter"
                | "deterr"
                | "discourag"
                | "disqualifi"
                | "disqualify"
                | "suspend"
                | "hold back"
                | "dissuad"
        )
    })
}

/// For an act of a CAMEO code (by prefix, the longer first), the codes of expressing the
/// intent to do it (CAMEO 03), of appealing for it (02) and of refusing it (12): "agreed
/// to lend" is 0331, "urged … to release" 0253, "refused to send military aid" 1222.
const ACT_CODES: &[(&str, &str, &str, Option<&str>)] = &[
    ("04", "036", "026", Some("125")),
    ("061", "0311", "0211", Some("1211")),
    ("062", "0312", "0212", Some("1212")),
    ("063", "0313", "0213", Some("121")),
    ("064", "0314", "0214", Some("121")),
    ("06", "031", "021", Some("121")),
    ("05", "032", "022", None),
    ("071", "0331", "0231", Some("1221")),
    ("072", "0332", "0232", Some("1222")),
    ("073", "0333", "0233", Some("1223")),
    ("074", "0334", "0234", Some("1224")),
    ("07", "033", "023", Some("122")),
    ("0831", "0341", "0241", Some("1231")),
    ("0832", "0342", "0242", Some("1232")),
    ("0833", "0343", "0243", Some("1233")),
    ("0834", "0344", "0244", Some("1234")),
    ("083", "034", "024", Some("123")),
    ("081", "0351", "0251", Some("1241")),
    ("082", "0352", "0252", Some("1242")),
    ("084", "0353", "0253", Some("1243")),
    ("085", "0354", "0254", Some("1244")),
    ("086", "0355", "0255", Some("1245")),
    ("087", "0356", "0256", Some("1246")),
    ("08", "035", "025", Some("124")),
];

fn act_codes(cameo: &str) -> Option<&'static (&'static str, &'static str, &'static str, Option<&'static str>)> {
    ACT_CODES.iter().find(|(prefix, ..)| cameo.starts_with(prefix))
}

/// The CAMEO code of an intent to do the act of code `cameo` ([`ACT_CODES`]).
fn intent_code(cameo: &str) -> Option<&'static str> {
    act_codes(cameo).map(|c| c.1)
}

/// The CAMEO code of an appeal for the act of code `cameo` ([`ACT_CODES`]).
fn request_code(cameo: &str) -> Option<&'static str> {
    act_codes(cameo).map(|c| c.2)
}

/// The CAMEO code of a refusal to do the act of code `cameo` ([`ACT_CODES`]).
fn refusal_code(cameo: &str) -> Option<&'static str> {
    act_codes(cameo).and_then(|c| c.3)
}

/// Which of a sentence's `events` is a pledge whose object holds the aid noun at token
/// `t0`: "pledged [$50 million in] aid", "promised [to continue] military aid", "offered
/// [additional] assistance". The words between are a short object phrase: no comma,
/// clause word or name.
fn pledge_of_aid(input: &Input, events: &[Event], t0: usize) -> Option<usize> {
    let tokens = input.tokens;
    let i = events.iter().rposition(|e| {
        e.plover == Plover::AGREE && e.trigger.end <= tokens[t0].span.start && {
            let form = crate::segment::lowercase(&input.text[e.trigger.start..e.trigger.end]);
            matches!(
                form.as_ref(),
                "pledged"
                    | "pledge"
                    | "pledges"
                    | "pledging"
                    | "promised"
                    | "promise"
                    | "promises"
                    | "promising"
                    | "offered"
                    | "offer"
                    | "offers"
                    | "offering"
            )
        }
    })?;
    let k = tokens.partition_point(|t| t.span.start < events[i].trigger.end);
    if k > t0 || t0 - k > 8 {
        return None;
    }
    let mut j = k;
    // "promised to continue military aid": one verb of giving after "to".
    if input.w(j) == "to"
        && matches!(
            input.w(j + 1),
            "continue" | "provide" | "send" | "give" | "deliver" | "extend" | "increase" | "boost" | "supply"
        )
    {
        j += 2;
    }
    // "offered Kyrgyzstan a new loan": the party given to, right after the verb.
    while j < t0 && tokens[j].cap && tokens[j].kind == TokenKind::Word {
        j += 1;
    }
    (j..t0)
        .all(|q| {
            let w = input.w(q);
            !matches!(w, "," | ";" | "and" | "but" | "that" | "to" | "for" | "after" | "while")
                && (tokens[q].kind != TokenKind::Word || !tokens[q].cap)
        })
        .then_some(i)
}

/// The person a pronoun stands for next to a noun of what is done to people: "his" or
/// "her" right before it ("ordered his arrest", "condemned her detention") or "him" or
/// "her" after "warrant against" or "warrant for" ("an arrest warrant against him").
/// The person is the last one named before the pronoun, in this sentence or the one
/// before: a named person, "he" or "she", or a singular noun phrase of one person ("the
/// opposition leader").
fn person_suffering<'a>(input: &Input<'a>, sa: usize, t0: usize, t1: usize) -> Option<&'a Mention> {
    const DONE_TO_PEOPLE: &[&str] = &[
        "arrest",
        "detention",
        "imprisonment",
        "jailing",
        "killing",
        "assassination",
        "murder",
        "abduction",
        "kidnapping",
        "expulsion",
        "deportation",
        "extradition",
        "execution",
        "torture",
        "conviction",
    ];
    if !DONE_TO_PEOPLE.contains(&input.w(t0)) {
        return None;
    }
    let pronoun = if t0 > sa && matches!(input.w(t0 - 1), "his" | "her") {
        t0 - 1
    } else if matches!(input.w(t1), "warrant" | "warrants")
        && matches!(input.w(t1 + 1), "against" | "for")
        && matches!(input.w(t1 + 2), "him" | "her")
    {
        t1 + 2
    } else {
        return None;
    };
    // The sentence before this one, and this one up to the pronoun.
    let here = input.sentences.partition_point(|s| s.0 < sa);
    let from = input.sentences.get(here.saturating_sub(1)).map_or(sa, |s| s.0.min(sa));
    input
        .mentions_in(from, pronoun)
        .iter()
        .filter(|m| m.is_actor() && m.toks.1 <= pronoun)
        .filter(|m| match m.kind {
            MentionKind::Person | MentionKind::Pronoun => true,
            MentionKind::Agent => {
                let last = input.w(m.toks.1 - 1);
                let plural = last.ends_with('s') && !last.ends_with("ss");
                m.countries.len() <= 1
                    && !plural
                    && !matches!(last, "police" | "people" | "military" | "government" | "court")
            }
            _ => false,
        })
        .max_by_key(|m| m.toks.1)
}

fn countries(ps: &[Participant]) -> Vec<&str> {
    let mut v: Vec<&str> = ps.iter().map(|p| p.country.as_deref().unwrap_or(p.code.as_str())).collect();
    v.sort();
    v.dedup();
    v
}

/// Whether token `k` is a participle of making someone act, right after a comma ("…,
/// prompting Tokyo to scramble fighter jets"): what follows is another party's act.
fn prompts_after_comma(input: &Input, k: usize) -> bool {
    k > 0
        && input.w(k - 1) == ","
        && matches!(input.w(k), "prompting" | "forcing" | "leading" | "causing" | "compelling" | "spurring")
}

fn overlap(a: &[&str], b: &[&str]) -> bool {
    a.is_empty() && b.is_empty() || a.iter().any(|x| b.contains(x))
}

/// Where the agent starts after a passive verb right after a noun phrase that ends before
/// token `t1`, its subject ("[Evidence against Russia] was presented by the US"): the
/// be-verb and the token after "by", if the phrase is short and has no comma of its own.
fn subject_passive_by(input: &Input, t1: usize, end: usize) -> Option<(usize, usize)> {
    let b = (t1..end.min(t1 + 6)).find(|&k| BE.contains(&input.w(k)) || input.w(k) == ",")?;
    if input.w(b) == "," {
        return None;
    }
    let participle = input.w(b + 1);
    let participle =
        participle.ends_with("ed") || matches!(participle, "made" | "given" | "brought" | "laid" | "shown");
    // "was carried out by": a particle may follow the participle.
    let by = if matches!(input.w(b + 2), "out" | "up" | "off") { b + 3 } else { b + 2 };
    (participle && input.w(by) == "by" && by + 1 < end).then_some((b, by + 1))
}

/// Whether the name at `toks` is joined by hyphens to other names before a lowercase word
/// they qualify ("the Central Asia-China gas pipeline", "the China-Kyrgyzstan-Uzbekistan
/// railway"), up to the sentence's end `sb`.
fn compound_modifier(input: &Input, toks: (usize, usize), sb: usize) -> bool {
    let hyphen = |j: usize| matches!(input.w(j), "-" | "–");
    // (A bloc's name may hold the hyphen: "Central Asia-China".)
    let mut joined = toks.0 > 0 && hyphen(toks.0 - 1) || (toks.0..toks.1).any(hyphen);
    let mut j = toks.1;
    while j < sb && (hyphen(j) || input.tokens[j].cap && input.tokens[j].kind == TokenKind::Word) {
        joined |= hyphen(j);
        j += 1;
    }
    joined
        && j < sb
        && input.tokens[j].kind == TokenKind::Word
        && input.w(j).starts_with(|c: char| c.is_lowercase())
        && !FUNCTION_WORDS.contains(&input.w(j))
}

/// Where the run of capitalised words and hyphens that ends with the name starting at
/// token `k` starts ("China-Kyrgyzstan-Uzbekistan" for "Uzbekistan").
fn compound_start(input: &Input, k: usize) -> Option<usize> {
    let mut j = k;
    loop {
        while j > 0 && input.tokens[j - 1].cap && input.tokens[j - 1].kind == TokenKind::Word {
            j -= 1;
        }
        if j > 0 && matches!(input.w(j - 1), "-" | "–") {
            j -= 1;
            continue;
        }
        return (j > 0).then_some(j);
    }
}

/// A party the text implies but does not name: the country `c`, or its people of `sector`
/// ("KAZCVL"), at `span` (the trigger's).
fn implied(c: String, sector: Option<&str>, span: Span) -> Participant {
    Participant {
        entity: None,
        code: [c.as_str(), sector.unwrap_or("")].concat(),
        country: Some(c),
        sector: sector.map(str::to_string),
        span,
        implicit: true,
    }
}

/// Puts the attack `ev` in the place of the passive verb event `verb` that named its
/// victims ("were killed in an air strike"): the victims are its recipients, before the
/// targets it names itself, and no party of its own side.
fn merge_victims(verb: &mut Event, mut ev: Event, how: &str) {
    let mut victims = std::mem::take(&mut verb.recipients);
    let same = |a: &Participant, b: &Participant| a.code == b.code && a.entity == b.entity;
    ev.actors.retain(|a| !victims.iter().any(|v| same(a, v)));
    // "detained by Russian police in raids": the verb's agent acts when the act names none.
    if ev.actors.is_empty() {
        ev.actors = std::mem::take(&mut verb.actors);
    }
    // The more precise code of the two: "detained" (173, arrest) rather than "raids"
    // (170), "an air strike" (195) rather than "killed" (190).
    // The event keeps the trigger and rule of the code it keeps.
    let root_level = |c: &str| c.len() == 3 && c.ends_with('0');
    let verb_code = root_level(&ev.cameo) && !root_level(&verb.cameo);
    if verb_code {
        ev.cameo = std::mem::take(&mut verb.cameo);
        ev.goldstein = verb.goldstein;
        ev.mode = verb.mode.take();
        ev.trigger = verb.trigger;
        ev.rule = std::mem::take(&mut verb.rule);
    }
    // "Five civilians were killed in a Russian air strike on Kharkiv": victims given the
    // attacker's country (the nearest one named) are of the country the attack hit.
    let hit_country = ev.recipients.iter().find_map(|p| {
        p.country.as_deref().filter(|c| {
            p.sector.is_none() && p.code == *c && !ev.actors.iter().any(|a| a.country.as_deref() == Some(c))
        })
    });
    if let Some(c) = hit_country {
        for v in &mut victims {
            if v.sector.is_some() && v.country.is_some() && ev.actors.iter().any(|a| a.country == v.country) {
                v.code = [c, v.sector.as_deref().unwrap_or("")].concat();
                v.country = Some(c.to_string());
            }
        }
    }
    // Victims counted only by the country of their place add nothing to a target named in
    // that country ("Three people were killed in a Russian missile strike on Odesa").
    victims.retain(|v| !(v.implicit && ev.recipients.iter().any(|p| !p.implicit && p.country == v.country)));
    let named = victims.iter().any(|v| !v.implicit);
    let targets = std::mem::replace(&mut ev.recipients, victims);
    for p in targets.into_iter().filter(|p| !(p.implicit && named)) {
        if !ev.recipients.iter().any(|r| same(r, &p)) {
            ev.recipients.push(p);
        }
    }
    if ev.location.is_none() {
        ev.location = verb.location.take();
    }
    if ev.date.is_none() {
        (ev.date, ev.date_source) = (verb.date, verb.date_source);
    }
    ev.rule.push_str(if verb_code { ", in the act named after it" } else { how });
    *verb = ev;
}

/// Merges an event into one already coded for the same happening: the same type and
/// parties in the same sentence, or a definite noun ("the meeting") that refers back.
/// `relative`: the act is the verb of a relative clause ("a gunman who attacked …");
/// `noun`: a noun names it ("… in airstrikes").
fn merge_or_push(
    events: &mut Vec<Event>,
    ev: Event,
    sentence_first: usize,
    definite: bool,
    relative: bool,
    noun: bool,
) {
    let (ea, er) = (countries(&ev.actors), countries(&ev.recipients));
    // Only recent events can be the same happening; the bound keeps long texts linear.
    let first = events.len().saturating_sub(40).min(sentence_first);
    for (i, old) in events.iter_mut().enumerate().skip(first).rev() {
        if old.plover != ev.plover {
            continue;
        }
        let same_sentence = i >= sentence_first;
        // A visit and the talks held on it are two acts: "visited Beijing and held talks
        // with Xi Jinping" is a visit to China and a meeting with its president.
        if same_sentence && ev.plover == Plover::CONSULT && old.cameo.starts_with("042") != ev.cameo.starts_with("042")
        {
            continue;
        }
        // "lifted sanctions in exchange for the release of five prisoners": an act with no
        // actor named is not taken for another of the sentence whose code differs below the
        // type (085 and 0841), neither being the type's general code.
        let general = |c: &str| c.len() == 3 && c.ends_with('0');
        if same_sentence
            && (old.actors.is_empty() || ev.actors.is_empty())
            && old.cameo.len() >= 3
            && ev.cameo.len() >= 3
            && old.cameo[..3] != ev.cameo[..3]
            && !general(&old.cameo)
            && !general(&ev.cameo)
        {
            continue;
        }
        let (oa, or) = (countries(&old.actors), countries(&old.recipients));
        // A guessed recipient (the other country of the story, or the actor's own) does
        // not set two reports of a happening apart: "A Russian missile strike on Kyiv
        // killed five people" is one attack.
        // An event with no known actor is the same happening only when its named recipients
        // are not the other event's actors: "two Israeli soldiers were killed" is not
        // Israeli soldiers' own attack.
        let suffers = |a: &Event, b: &Event| {
            a.recipients.iter().any(|r| !r.implicit && !r.code.is_empty() && b.actors.iter().any(|p| p.code == r.code))
        };
        // Nor does a guessed recipient (the other country of the story, or the actor's
        // own) set two reports of an attack apart: "A Russian missile strike on Kyiv
        // killed five people" is one attack.
        let guessed = |e: &Event| e.recipients.iter().all(|r| r.implicit);
        let parties_match = overlap(&oa, &ea)
            && (overlap(&or, &er)
                || er.is_empty()
                || or.is_empty()
                || ev.plover == Plover::ASSAULT
                    && (guessed(&ev) || guessed(old))
                    && !suffers(&ev, old)
                    && !suffers(old, &ev));
        let all_old: Vec<&str> = oa.iter().chain(or.iter()).copied().collect();
        // ("The agreement still needs to be ratified by both parliaments": an act still
        // to come about a text already signed is no report of the signing.)
        let refers_back = definite
            && !same_sentence
            && (old.modality == ev.modality
                || !matches!(
                    ev.modality,
                    Modality::Hypothetical | Modality::Negated | Modality::Future | Modality::Intent
                ))
            && (ea.is_empty() || ea.iter().any(|c| all_old.contains(c)) || ea.iter().all(|c| c.len() != 3));
        let one_side_unknown = (ea.is_empty() || oa.is_empty())
            && (overlap(&or, &er) || er.is_empty() || or.is_empty())
            && !suffers(&ev, old)
            && !suffers(old, &ev);
        // "security forces killed a gunman who attacked a police station": when a relative
        // clause's act is done by the other act's named recipient, and neither is an act
        // of both sides on each other, they are two acts, even of parties of one country.
        let crossed = same_sentence
            && relative
            && (suffers(&ev, old) || suffers(old, &ev))
            && !suffers(&ev, &ev)
            && !suffers(old, old);
        // "Johnson accused Democrats of …, while Democrats blamed Republicans": an act done
        // by the other act's named recipients, and by none of its actors, answers it.
        // (A noun may name the means of the act before: "killed 50 militants in airstrikes".)
        let answers = same_sentence
            && !noun
            && !ev.actors.is_empty()
            && !old.actors.is_empty()
            && ev.actors.iter().all(|a| {
                !old.actors.iter().any(|o| o.code == a.code)
                    && old.recipients.iter().any(|r| !r.implicit && r.code == a.code && r.entity == a.entity)
            });
        if (same_sentence && (parties_match || one_side_unknown) && old.modality == ev.modality && !crossed && !answers)
            || refers_back
        {
            // "refused to send military aid": the unspecified code of the same root gives
            // way to the specific one (120 to 1222).
            if same_sentence
                && old.cameo.len() == 3
                && old.cameo.ends_with('0')
                && ev.cameo.len() > 2
                && ev.cameo != old.cameo
                && ev.cameo[..2] == old.cameo[..2]
            {
                old.cameo = ev.cameo.clone();
                old.goldstein = ev.goldstein;
                old.mode = ev.mode.clone();
            }
            for p in ev.actors {
                if !old.actors.iter().any(|o| o.code == p.code) {
                    old.actors.push(p);
                }
            }
            // A guessed recipient adds nothing to an event whose recipients are named.
            let named = old.recipients.iter().any(|o| !o.implicit);
            for p in ev.recipients.into_iter().filter(|p| !(p.implicit && named)) {
                let known = old.recipients.iter().any(|o| o.code == p.code);
                let actor_side = old.actors.iter().any(|o| o.code == p.code) && old.plover != Plover::CONSULT;
                if !known && !actor_side {
                    old.recipients.push(p);
                }
            }
            // Nor does one kept from before, once a named recipient has come.
            if !named && old.recipients.iter().any(|o| !o.implicit) {
                old.recipients.retain(|o| !o.implicit);
            }
            if old.location.is_none() {
                old.location = ev.location;
            }
            return;
        }
    }
    events.push(ev);
}

/// Words of a quantity or modifier run: determiners, quantity words and number words.
const GAP_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "all",
    "some",
    "several",
    "many",
    "more",
    "few",
    "fewer",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "another",
    // "delivered the first F-16 fighter jets".
    "first",
    "additional",
    "further",
    "extra",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    // A sum's currency after its number: "will provide 20 million euros to Kyrgyzstan".
    "dollars",
    "euros",
    "yuan",
    "rubles",
    "roubles",
    "pounds",
    "yen",
    "tenge",
    "dozen",
    "nightly",
    "daily",
    "weekly",
    "monthly",
];
/// Nouns of people who can be taken captive ("captured two soldiers": detained, 173, not
/// territory seized, 192).
const CAPTIVES: &[&str] = &[
    "soldier",
    "soldiers",
    "troops",
    "fighter",
    "fighters",
    "rebel",
    "rebels",
    "militant",
    "militants",
    "insurgent",
    "insurgents",
    "commander",
    "commanders",
    "officer",
    "officers",
    "member",
    "members",
    "leader",
    "leaders",
    "hostage",
    "hostages",
    "prisoners",
    "civilians",
    "people",
    "men",
    "women",
    "servicemen",
    "sailors",
    "pilot",
    "pilots",
    "mercenaries",
    "guards",
    "journalist",
    "journalists",
    "citizens",
    "nationals",
    "personnel",
    "gunmen",
    "suspects",
    "suspect",
];

/// Goods named before the noun of their trade: "will suspend fuel exports" is "suspend
/// exports", "halted natural gas deliveries" is "halted deliveries".
const COMMODITIES: &[&str] = &[
    "fuel",
    "oil",
    "crude",
    "petroleum",
    "diesel",
    "gasoline",
    "natural",
    "gas",
    "lng",
    "coal",
    "electricity",
    "energy",
    "grain",
    "wheat",
    "rice",
    "sugar",
    "flour",
    "food",
    "fertilizer",
    "fertiliser",
    "meat",
    "beef",
    "fish",
    "cotton",
    "timber",
    "steel",
    "aluminium",
    "aluminum",
    "copper",
    "uranium",
    "agricultural",
];
/// Quantity and unit words that take "of" before the noun ("700 kg of", "thousands of").
const GAP_OF: &[&str] = &[
    "kg",
    "kilograms",
    "kilos",
    "tons",
    "tonnes",
    "pounds",
    "litres",
    "liters",
    "boxes",
    "truckloads",
    "shipments",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "lot",
    "lots",
    "number",
];

/// Whether token text `w` can sit in a modifier run: a number ("21", "4,000"), a
/// hyphenated modifier ("four-day", "24-hour"), a determiner, quantity or unit word.
fn gap_word(w: &str) -> bool {
    let number =
        w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    let hyphenated = w.contains('-') && w.split('-').all(|p| !p.is_empty() && p.chars().all(char::is_alphanumeric));
    number || hyphenated || in_set(w, &GAP_SET)
}

/// A set of lowercase ASCII words of at most 15 bytes, each held as one number
/// ([`word_key`]), with the shapes of its words (length and first letter) for rejecting
/// most other words before looking them up.
struct Words {
    set: rustc_hash::FxHashSet<u128>,
    /// By length, a bit per first letter of the words of that length ([`shape_bit`]).
    shapes: [u32; 16],
}

impl Words {
    fn new<'w>(words: impl Iterator<Item = &'w &'static str>) -> Words {
        let mut out = Words { set: Default::default(), shapes: [0; 16] };
        for w in words {
            let w = w.as_bytes();
            assert!(w.len() < 16 && w.iter().all(|b| b.is_ascii() && !b.is_ascii_uppercase()), "{w:?}");
            out.set.insert(word_key(w));
            out.shapes[w.len()] |= shape_bit(w.first().copied());
        }
        out
    }
}

/// The bit of a word's first byte, ASCII case folded: one per letter, one for any other
/// byte, one for no byte (the empty word).
fn shape_bit(b: Option<u8>) -> u32 {
    match b.map(|b| b.to_ascii_lowercase()) {
        Some(l @ b'a'..=b'z') => 1 << (l - b'a'),
        Some(_) => 1 << 26,
        None => 1 << 27,
    }
}

type WordSet = std::sync::LazyLock<Words>;
/// [`GAP_WORDS`], [`GAP_OF`] and [`COMMODITIES`] together, and [`GAP_OF`] alone: one
/// lookup per token.
static GAP_SET: WordSet = WordSet::new(|| Words::new(GAP_WORDS.iter().chain(GAP_OF).chain(COMMODITIES)));
static GAP_OF_SET: WordSet = WordSet::new(|| Words::new(GAP_OF.iter()));
/// [`LIGHT_VERBS`], read at every word before a trigger.
static LIGHT_VERBS_SET: WordSet = WordSet::new(|| Words::new(LIGHT_VERBS.iter()));
/// Every word a modifier run can start with, besides numbers and hyphenated words.
static GAP_START_SET: WordSet = WordSet::new(|| {
    Words::new(GAP_WORDS.iter().chain(GAP_OF).chain(COMMODITIES).chain(&["up", "at", "more", "fewer", "less"]))
});

/// Whether a modifier run can start with token text `w` (a quick test before
/// [`gap_end`], which most tokens fail).
fn gap_start(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || w.as_bytes().contains(&b'-')
        || is_currency(w)
        || in_set(w, &GAP_START_SET)
}

/// Weapons, named after their make ("Taurus missiles", "Leopard tanks").
fn is_weapon(w: &str) -> bool {
    matches!(
        w,
        "missile"
            | "missiles"
            | "tanks"
            | "jets"
            | "fighters"
            | "systems"
            | "system"
            | "rockets"
            | "drones"
            | "howitzers"
            | "launchers"
            | "batteries"
            | "battery"
            | "interceptors"
            | "warplanes"
            | "helicopters"
            | "vehicles"
            | "munitions"
    )
}

/// Words that open a weapon's name after its make: "Patriot air defence systems",
/// "Abrams main battle tanks".
fn weapon_modifier(w: &str) -> bool {
    matches!(
        w,
        "air"
            | "fighter"
            | "armoured"
            | "armored"
            | "attack"
            | "artillery"
            | "combat"
            | "main"
            | "battle"
            | "cruise"
            | "ballistic"
            | "anti-tank"
            | "anti-aircraft"
            | "long-range"
            | "short-range"
    )
}

/// A currency sign before an amount: "approved a $1.3 billion loan".
/// Whether token `k` is a word of an amount: a number, a currency sign, or "million",
/// "billion", "trillion" ("$300 million").
fn amount_word(input: &Input, k: usize) -> bool {
    input.tokens[k].kind == TokenKind::Number
        || is_currency(input.w(k))
        || matches!(input.w(k), "million" | "billion" | "trillion")
}

fn is_currency(w: &str) -> bool {
    matches!(w, "$" | "€" | "£" | "¥")
}

/// Whether `w`, lowercased, is in `set` (lowercase words of at most 16 bytes); no
/// allocation, as this runs at every token.
fn in_set(w: &str, set: &Words) -> bool {
    // The set's words are shorter than 16 bytes and ASCII (a word with another byte has
    // a key no word of the set has).
    if w.len() >= 16 || set.shapes[w.len()] & shape_bit(w.bytes().next()) == 0 {
        return false;
    }
    set.set.contains(&word_key(w.as_bytes()))
}

/// Appends `w` lowercased to `out` (ASCII in place, other text through Unicode rules).
fn push_lower(out: &mut String, w: &str) {
    if w.is_ascii() {
        let from = out.len();
        out.push_str(w);
        out[from..].make_ascii_lowercase();
    } else {
        out.push_str(&w.to_lowercase());
    }
}

/// Whether `w` is one of a few lowercase `words`, whatever its ASCII case.
fn is_one_of(w: &str, words: &[&str]) -> bool {
    words.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// The end of a modifier run of at most four tokens starting at token `k` (`k` when
/// there is none): numbers, hyphenated modifiers, determiners, quantity words, "up to",
/// "at least", "more than", and a unit or quantity word with its "of" ("700 kg of").
fn gap_end(text: &str, tokens: &[Token], k: usize, end: usize) -> usize {
    let w = |i: usize| tokens[i].text(text);
    let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    // "suspended Niger's membership", "froze the Central Bank's assets": a name of up to
    // three capitalised words with its possessive is a run too (its owner is the party).
    let name_from = if is(w(k), "the") && k + 1 < end { k + 1 } else { k };
    if tokens[name_from].cap {
        let mut i = name_from;
        while i < end && i - name_from < 3 && tokens[i].is_word() && tokens[i].cap {
            i += 1;
        }
        if i > name_from && i < end && tokens[i].kind == TokenKind::Possessive {
            return i + 1;
        }
        // "will provide Ukraine with air defence systems": a name before "with", the party
        // supplied (only a phrasing whose tail is "with" reads it).
        if i > name_from && i < end && name_from == k && w(i) == "with" {
            return i;
        }
        // "would not send Taurus missiles", "delivered Leopard tanks": a weapon's make
        // before the weapon.
        if i > name_from && i < end && i - name_from <= 2 && is_weapon(w(i)) {
            return i;
        }
        // "closed the Torkham border crossing": a crossing's name before it.
        if i > name_from && i < end && i - name_from <= 2 && matches!(w(i), "border" | "crossing" | "checkpoint") {
            return i;
        }
    }
    let mut i = k;
    while i < end && i - k < 4 {
        let cur = w(i);
        let next = if i + 1 < end { w(i + 1) } else { "" };
        let step = if (is(cur, "up") && is(next, "to"))
            || (is(cur, "at") && is(next, "least"))
            || (is_one_of(cur, &["more", "fewer", "less"]) && is(next, "than"))
            || (is(next, "of") && in_set(cur, &GAP_OF_SET))
            // "imposed 25% tariffs", "a 10 percent tariff"
            || (cur.starts_with(|c: char| c.is_ascii_digit()) && gap_word(cur) && (next == "%" || is(next, "percent")))
        {
            2
        } else if tokens[i].is_word() && gap_word(cur) || is_currency(cur) && gap_word(next) {
            1
        } else if i > k
            && tokens[i].cap
            && tokens[i].kind == TokenKind::Word
            && w(i - 1).starts_with(|c: char| c.is_ascii_digit())
            && next.starts_with(|c: char| c.is_ascii_lowercase())
        {
            // "returned 150 Ukrainian prisoners", "swapped 95 Russian soldiers": a
            // nationality after a count, before the noun of the phrasing.
            1
        } else {
            break;
        };
        if i + step - k > 4 {
            break;
        }
        i += step;
    }
    // "deliver four additional Patriot air defence systems", "sold two Bayraktar drones":
    // a weapon's make of one or two capitalised words after the count.
    if i > k && i < end && i - k < 4 && tokens[i].cap && tokens[i].kind == TokenKind::Word {
        let mut j = i;
        while j < end && j - i < 2 && tokens[j].cap && tokens[j].kind == TokenKind::Word {
            j += 1;
        }
        if j < end && (is_weapon(w(j)) || weapon_modifier(w(j))) {
            return j;
        }
    }
    // Articles and possessives alone are no run: the lexicon spells those out
    // ("lifted the ban", "agreed to lift sanctions" is not "agreed to lift the sanctions").
    if (k..i).all(|j| is_one_of(w(j), ARTICLES)) {
        return k;
    }
    i
}
const ARTICLES: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our"];

/// Event phrasings whose last words are a noun the text qualifies: "suspended EU accession
/// talks" is "suspended talks", "broke off the nuclear talks" is "broke off talks". A noun
/// trigger preceded by up to three qualifiers (names, adjectives and nouns, after at most
/// one article) is read with the phrasing whose head the words before them spell and
/// whose tail starts at the noun, where that phrasing undoes what the noun does (a
/// sanction or a rejection of talks, aid, cooperation); the match replaces the triggers
/// inside it. Unlike [`gapped_triggers`], which looks at every token for a run of
/// quantities, this looks only at noun triggers.
pub fn qualified_noun_triggers<'k>(
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    kb: &'k Kb,
    triggers: &mut Vec<attache_kb::Hit<'k, u32>>,
) {
    const MAX_GAP: usize = 3;
    let qualifier = |j: usize| {
        let w = token_text[j];
        tokens[j].kind == TokenKind::Word
            && (tokens[j].cap
                || !FUNCTION_WORDS.contains(&w)
                    && !NOT_A_NOUN.contains(&w)
                    && !matches!(w, "no" | "any" | "said" | "says" | "say"))
    };
    let mut found: Vec<attache_kb::Hit<'k, u32>> = Vec::new();
    let mut head = String::new();
    for h in triggers.iter() {
        if !h.targets.iter().any(|&i| kb.lexicon[i as usize].pos == Pos::Noun) {
            continue;
        }
        let a = tokens.partition_point(|t| t.span.end <= h.span.start);
        let b = tokens.partition_point(|t| t.span.start < h.span.end);
        // Tail starts from the noun phrase's first word to its last; the qualifiers before
        // a tail start may include the trigger's own first words ("halted peace talks").
        for g in a..b.min(a + 2) {
            if !kb.trigger_tail_starts.contains(&*lowercase(tokens[g].text(text))) {
                continue;
            }
            let mut k = g;
            while k > 0 && g - k < MAX_GAP && qualifier(k - 1) {
                k -= 1;
            }
            // The shortest gap first: the head nearest the noun.
            for gap_start in (k..g).rev() {
                if gap_start == 0 || !tokens[gap_start - 1].is_word() {
                    continue;
                }
                if (gap_start..g).all(|j| is_one_of(token_text[j], ARTICLES)) {
                    continue;
                }
                // An article only opens the run ("suspended the EU talks").
                if (gap_start + 1..g).any(|j| is_one_of(token_text[j], ARTICLES)) {
                    continue;
                }
                if !kb.trigger_head_ends.contains(&*lowercase(tokens[gap_start - 1].text(text))) {
                    continue;
                }
                let (words, starts) = words_before(text, tokens, gap_start, &mut head);
                let mut matched = None;
                for n in (1..=words).rev() {
                    let Some(tails) = kb.trigger_heads.get(&head[starts[words - n]..]) else {
                        continue;
                    };
                    if let Some((end, rows)) =
                        tails.iter().find_map(|(tail, rows)| tail_end(text, tokens, g, tail).map(|end| (end, rows)))
                    {
                        // Only a head that undoes the noun's act changes its reading:
                        // elsewhere the noun alone codes the same act.
                        let undoing =
                            |i: &u32| matches!(kb.lexicon[*i as usize].plover, Plover::SANCTION | Plover::REJECT);
                        if rows.iter().all(undoing) && !h.targets.iter().any(undoing) {
                            matched = Some((gap_start - n, end, rows));
                        }
                        break;
                    }
                }
                if let Some((first, end, rows)) = matched {
                    found.push(attache_kb::Hit {
                        span: Span::new(tokens[first].span.start, tokens[end].span.end),
                        targets: rows,
                    });
                    break;
                }
            }
        }
    }
    for hit in found {
        let overlapping = |h: &attache_kb::Hit<u32>| h.span.start < hit.span.end && hit.span.start < h.span.end;
        if triggers.iter().any(|h| overlapping(h) && !hit.span.contains(h.span)) {
            continue;
        }
        triggers.retain(|h| !overlapping(h));
        let at = triggers.partition_point(|h| h.span.start < hit.span.start);
        triggers.insert(at, hit);
    }
}

/// Reads a verb phrasing of meeting that ends in "with" as its noun where a determiner
/// stands before it: "During a meeting with Lavrov, Wang Yi said…", "at their meeting
/// with Erdogan". The noun's "with" then names its party, as it does for "talks with".
pub fn nouns_before_with<'k>(
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    kb: &'k Kb,
    triggers: &mut [attache_kb::Hit<'k, u32>],
) {
    for h in triggers.iter_mut() {
        let t0 = tokens.partition_point(|t| t.span.end <= h.span.start);
        if t0 == 0
            || t0 + 2 > tokens.len()
            || token_text[t0 + 1] != "with"
            || tokens[t0 + 1].span.end != h.span.end
            || !token_text[t0].ends_with("ing")
            || !DETERMINERS.contains(&token_text[t0 - 1].to_ascii_lowercase().as_str())
            || !h.targets.iter().all(|&i| kb.lexicon[i as usize].pos == Pos::Verb)
        {
            continue;
        }
        let word = tokens[t0].span;
        let noun = kb.triggers.find(&text[word.start..word.end]).into_iter().find(|n| {
            n.span.end - n.span.start == word.end - word.start
                && !n.targets.is_empty()
                && n.targets.iter().all(|&i| kb.lexicon[i as usize].pos == Pos::Noun)
        });
        if let Some(n) = noun {
            h.span = word;
            h.targets = n.targets;
        }
    }
}

/// Reads "called" as a telephone call where what follows is whom was called and why:
/// "Macron called his Chinese counterpart Xi Jinping to discuss the war", "Tokayev called
/// Russian President Vladimir Putin on Tuesday to congratulate him". The person called is
/// a run of capitalised words, or a counterpart after "his", "her" or "their"; the purpose
/// is an infinitive of what leaders call each other for. ("called on", "called for",
/// "called off", "a group called Hizb ut-Tahrir" and "was called to testify" are not.)
/// The hit takes the rows of "phoned" (kb/lexicon.tsv).
pub fn phone_calls<'k>(
    tokens: &[Token],
    token_text: &[&str],
    kb: &'k Kb,
    triggers: &mut Vec<attache_kb::Hit<'k, u32>>,
) {
    const PURPOSES: &[&str] = &[
        "discuss",
        "congratulate",
        "express",
        "offer",
        "convey",
        "thank",
        "brief",
        "extend",
        "wish",
        "inform",
        "reassure",
        "coordinate",
        "review",
        "condole",
    ];
    let mut found = Vec::new();
    for k in 1..tokens.len().saturating_sub(3) {
        if !matches!(token_text[k], "called" | "calls") {
            continue;
        }
        let before = token_text[k - 1].to_ascii_lowercase();
        if matches!(before.as_str(), "was" | "were" | "is" | "are" | "be" | "been" | "being" | "-" | "so")
            || tokens[k - 1].kind == TokenKind::Word
                && !tokens[k - 1].cap
                && !before.ends_with("ly")
                && !matches!(before.as_str(), "also" | "then" | "later" | "reportedly" | "he" | "she" | "they")
        {
            continue;
        }
        let mut j = k + 1;
        let counterpart = matches!(token_text[j], "his" | "her" | "their") && {
            let end = (j + 6).min(tokens.len());
            match (j + 1..end).find(|&n| matches!(token_text[n], "counterpart" | "counterparts")) {
                Some(n) => {
                    j = n + 1;
                    true
                }
                None => false,
            }
        };
        let start = j;
        while j < tokens.len() && j < start + 8 && (tokens[j].cap || matches!(token_text[j], "." | "-")) {
            j += 1;
        }
        if !counterpart && (j == start || !tokens[start].cap) {
            continue;
        }
        // A day or a date may stand before the purpose: "on Tuesday to discuss".
        if j < tokens.len() && token_text[j] == "on" {
            let mut n = j + 1;
            while n < tokens.len() && n < j + 4 && token_text[n] != "to" && tokens[n].kind != TokenKind::Punct {
                n += 1;
            }
            j = n;
        }
        let called = j + 1 < tokens.len() && token_text[j] == "to" && PURPOSES.contains(&token_text[j + 1])
            || counterpart && j < tokens.len() && matches!(token_text[j], "." | "," | "and");
        if !called {
            continue;
        }
        let Some(rows) = kb.triggers.find("phoned").into_iter().find(|h| !h.targets.is_empty()).map(|h| h.targets)
        else {
            return;
        };
        found.push(attache_kb::Hit { span: tokens[k].span, targets: rows });
    }
    for hit in found {
        if triggers.iter().any(|h| h.span.start < hit.span.end && hit.span.start < h.span.end) {
            continue;
        }
        let at = triggers.partition_point(|h| h.span.start < hit.span.start);
        triggers.insert(at, hit);
    }
}

/// Drops the bare "hit" that no weapon or strike does: "Ukrainian drones hit an oil
/// depot", "was hit by a missile" and "hit the depot with drones" are attacks, "prices hit
/// a record" and "if hit by sanctions" are not. The weapon is among the four words before
/// it or after its "by" or "with", within punctuation. Done before any event is coded, so
/// that no other rule reads such a "hit" as an act's verb.
pub fn drop_weaponless_hits(tokens: &[Token], token_text: &[&str], triggers: &mut Vec<attache_kb::Hit<'_, u32>>) {
    let weapon = |k: usize| HITTERS.iter().any(|w| w.eq_ignore_ascii_case(token_text[k]));
    let word = |k: usize| tokens[k].kind != TokenKind::Punct;
    triggers.retain(|h| {
        let t0 = tokens.partition_point(|t| t.span.end <= h.span.start);
        if t0 + 1 >= tokens.len()
            || tokens[t0 + 1].span.start < h.span.end
            || !matches!(token_text[t0].to_ascii_lowercase().as_str(), "hit" | "hits" | "hitting")
        {
            return true;
        }
        let before = (t0.saturating_sub(4)..t0).rev().take_while(|&k| word(k)).any(weapon);
        let after = (t0 + 1..(t0 + 8).min(tokens.len()))
            .take_while(|&k| word(k))
            .find(|&k| matches!(token_text[k], "by" | "with"))
            .is_some_and(|k| (k + 1..(k + 5).min(tokens.len())).take_while(|&j| word(j)).any(weapon));
        before || after
    });
}

/// The most words a phrasing's head has.
const MAX_HEAD: usize = 5;

/// Writes the words (at most [`MAX_HEAD`]) right before token `k`, lowercased and joined by
/// spaces, into `head`, and returns how many there are and where each starts in `head`:
/// every head ending before `k` is a suffix of it, `&head[starts[words - n]..]` for `n` words.
fn words_before(text: &str, tokens: &[Token], k: usize, head: &mut String) -> (usize, [usize; MAX_HEAD]) {
    let mut words = 0;
    while words < MAX_HEAD.min(k) && tokens[k - 1 - words].is_word() {
        words += 1;
    }
    head.clear();
    let mut starts = [0usize; MAX_HEAD];
    for (i, t) in tokens[k - words..k].iter().enumerate() {
        if i > 0 {
            head.push(' ');
        }
        starts[i] = head.len();
        push_lower(head, t.text(text));
    }
    (words, starts)
}

/// Event phrasings matched across a quantity or modifier run before their last word:
/// "called off a four-day strike" is "called off a strike", "will evacuate all 21
/// settlements" is "evacuate settlements", "contribute up to 4,000 troops" is
/// "contribute troops". Each such match replaces the shorter triggers inside it and is
/// dropped when it overlaps a trigger reaching beyond it or spelled out in full.
pub fn gapped_triggers<'k>(
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    kb: &'k Kb,
    triggers: &mut Vec<attache_kb::Hit<'k, u32>>,
) {
    let mut found: Vec<(attache_kb::Hit<'k, u32>, usize)> = Vec::new();
    let mut head = String::new();
    for k in 1..tokens.len() {
        // A head ends with the word right before the run (the cheaper test first). Words
        // are lowercased only where they have a capital: most have none.
        // (A capitalised word starts a run only as a name before its possessive or "with",
        // which a look at the next few tokens tells before any lookup.)
        let name_run = || {
            tokens[k].cap
                && (k + 1..(k + 4).min(tokens.len()))
                    .find(|&j| !tokens[j].cap || tokens[j].kind != TokenKind::Word)
                    .is_some_and(|j| {
                        tokens[j].kind == TokenKind::Possessive
                            || token_text[j] == "with"
                            || is_weapon(token_text[j])
                            // "closed the Torkham border crossing": a crossing's name.
                            || matches!(token_text[j], "border" | "crossing" | "checkpoint")
                    })
        };
        if !tokens[k - 1].is_word() || !(gap_start(token_text[k]) || name_run()) {
            continue;
        }
        if !kb.trigger_head_ends.contains(&*lowercase(tokens[k - 1].text(text))) {
            continue;
        }
        let g = gap_end(text, tokens, k, tokens.len());
        if g == k || g >= tokens.len() || !tokens[g].is_word() {
            continue;
        }
        let first_tail = lowercase(tokens[g].text(text));
        if !kb.trigger_tail_starts.contains(&*first_tail) {
            continue;
        }
        // The longest head that ends right before the run and knows this last word: the
        // words before the run are lowercased once, and each head is a suffix of them.
        let (words, starts) = words_before(text, tokens, k, &mut head);
        for j in (1..=words).rev() {
            let a = k - j;
            let Some(tails) = kb.trigger_heads.get(&head[starts[words - j]..]) else {
                continue;
            };
            // The longest tail that the words from the run's end spell out.
            let Some((end, rows)) =
                tails.iter().find_map(|(tail, rows)| tail_end(text, tokens, g, tail).map(|end| (end, rows)))
            else {
                continue;
            };
            // "provided Tehran with sanctions relief": what is supplied may be an act of
            // its own, which the lexicon reads better than a bare supply.
            if tokens[end].text(text) == "with"
                && end + 1 < tokens.len()
                && triggers.iter().any(|h| {
                    h.span.start >= tokens[end + 1].span.start
                        && h.span.start <= tokens[(end + 4).min(tokens.len() - 1)].span.start
                })
            {
                break;
            }
            found.push((
                attache_kb::Hit { span: Span::new(tokens[a].span.start, tokens[end].span.end), targets: rows },
                tokens[g].span.start,
            ));
            break;
        }
    }
    ordered_parties(text, tokens, token_text, kb, &mut found);
    for (hit, tail_start) in found {
        let overlapping = |h: &attache_kb::Hit<u32>| h.span.start < hit.span.end && hit.span.start < h.span.end;
        // A phrasing spelled out through the run and into the tail is the more exact
        // reading: "fired anti-ship missiles" over "fired [anti-ship] missiles at".
        let spelled_through = |h: &attache_kb::Hit<u32>| h.span.start == hit.span.start && h.span.end > tail_start;
        if triggers
            .iter()
            .any(|h| overlapping(h) && (!hit.span.contains(h.span) || h.span == hit.span || spelled_through(h)))
        {
            continue;
        }
        triggers.retain(|h| !overlapping(h));
        let at = triggers.partition_point(|h| h.span.start < hit.span.start);
        triggers.insert(at, hit);
    }
}

/// Phrasings of ordering someone away matched across the party ordered: "ordered French
/// troops to leave", "gave Russian diplomats 72 hours to leave" are "ordered … to leave"
/// and "gave … to leave" of the lexicon. The party is at most eight words up to the "to" of
/// the phrasing's tail, within punctuation and with no pronoun, relative word or "and"/"or"
/// among them, and holds a capitalised word or a noun of people of kb/references.tsv ("the
/// ambassador"). Pushed
/// to `found` as [`gapped_triggers`] pushes its own matches, with the tail's start.
fn ordered_parties<'k>(
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    kb: &'k Kb,
    found: &mut Vec<(attache_kb::Hit<'k, u32>, usize)>,
) {
    for k in 0..tokens.len() {
        if !ordering_verb(token_text[k]) {
            continue;
        }
        let Some(tails) = kb.trigger_heads.get(token_text[k]) else {
            continue;
        };
        let mut party = false;
        for g in k + 1..(k + 10).min(tokens.len()) {
            let w = token_text[g];
            if w == "to" {
                if !party {
                    break;
                }
                let matched = tails
                    .iter()
                    .filter(|(tail, _)| tail.starts_with("to "))
                    .find_map(|(tail, rows)| tail_end(text, tokens, g, tail).map(|end| (end, rows)));
                if let Some((end, rows)) = matched {
                    let span = Span::new(tokens[k].span.start, tokens[end].span.end);
                    found.push((attache_kb::Hit { span, targets: rows }, tokens[g].span.start));
                }
                break;
            }
            if tokens[g].kind == TokenKind::Punct
                || matches!(w, "that" | "which" | "who" | "and" | "or" | "not" | "he" | "she" | "it" | "they" | "we")
            {
                break;
            }
            party |= tokens[g].cap
                || kb.references.get(w).is_some_and(|r| {
                    r.form == attache_model::ReferenceForm::Noun
                        && matches!(r.kind, attache_model::EntityKind::Person | attache_model::EntityKind::Group)
                });
        }
    }
}

/// A verb whose object is the party ordered to do something: "ordered", "gave" (…72
/// hours to leave), "told".
fn ordering_verb(w: &str) -> bool {
    matches!(
        w,
        "ordered"
            | "orders"
            | "order"
            | "ordering"
            | "gave"
            | "give"
            | "gives"
            | "given"
            | "giving"
            | "told"
            | "tell"
            | "tells"
    )
}

/// The last token of `tail` (lowercase words, one space between them) spelled out by the
/// word tokens from `g` on, if they spell it.
fn tail_end(text: &str, tokens: &[Token], g: usize, tail: &str) -> Option<usize> {
    let mut i = g;
    for (n, word) in tail.split(' ').enumerate() {
        let t = tokens.get(g + n)?;
        if !t.is_word() || !t.text(text).eq_ignore_ascii_case(word) && lowercase(t.text(text)) != word {
            return None;
        }
        i = g + n;
    }
    Some(i)
}

/// Whether the subject right before a passive verb at `t0` is a group of people the text
/// only counts: "Ten people were killed", "at least 20 people have been wounded",
/// "dozens of people were injured".
/// The one person named only by an office or a noun of people right before the
/// passive verb at `t0` ("A former prime minister was detained", "a journalist was
/// arrested"): the sector of the office (`None` for a noun of no sector) when the phrase
/// opens with an indefinite article and has no capitalised word. ("The foreign minister
/// was detained" may refer back to a minister of another country named before.)
fn titled_person_before(input: &Input, kb: &Kb, from: usize, t0: usize) -> Option<Option<String>> {
    let mut k = t0;
    while k > from && matches!(input.w(k - 1), "was" | "been" | "has" | "had" | "reportedly" | "also" | "later") {
        k -= 1;
    }
    if k == from || k == t0 {
        return None;
    }
    let head = k - 1;
    let word = input.w(head);
    let person = kb
        .references
        .get(word)
        .is_some_and(|r| r.form == attache_model::ReferenceForm::Noun && r.kind == attache_model::EntityKind::Person);
    if !person || input.tokens[head].cap {
        return None;
    }
    // The article opens the phrase, with at most three lower-case words after it.
    let article =
        (head.saturating_sub(4).max(from)..head).rev().find(|&j| matches!(input.w(j), "a" | "A" | "an" | "An"))?;
    if (article + 1..head).any(|j| input.tokens[j].cap || input.tokens[j].kind != TokenKind::Word)
        || article != from && !matches!(input.w(article - 1), "," | "and" | "when" | "after" | "as")
    {
        return None;
    }
    let two = (head > article + 1).then(|| format!("{} {}", input.w(head - 1).to_ascii_lowercase(), word));
    let sector = |phrase: &str| kb.titles.iter().find(|t| t.phrase == phrase).map(|t| t.sector.clone());
    Some(two.as_deref().and_then(sector).flatten().or_else(|| sector(word).flatten()))
}

/// The sector of the office that names, with no name after it, the noun phrase opening
/// at token `open` ("the deputy mayor", "a former prime minister"): the last of at most
/// four lower-case words, found with the word before it or alone among the titles of
/// kb/titles.tsv.
fn unnamed_office_at(input: &Input, kb: &Kb, open: usize, end: usize) -> Option<String> {
    let k = input.after_determiners(open);
    if k == open && !input.w(open).eq_ignore_ascii_case("former") {
        return None;
    }
    let mut j = k;
    while j < end
        && j < k + 4
        && input.tokens[j].kind == TokenKind::Word
        && !input.tokens[j].cap
        && !FUNCTION_WORDS.contains(&input.w(j))
    {
        j += 1;
    }
    if j == k {
        return None;
    }
    // ("the minister Abbas Araghchi": a name after the office is the party.)
    if j < end && input.tokens[j].cap && input.tokens[j].kind == TokenKind::Word {
        return None;
    }
    let head = j - 1;
    let word = input.w(head);
    let sector = |phrase: &str| {
        kb.titles.iter().find(|t| t.kind == TitleKind::Title && t.phrase == phrase).and_then(|t| t.sector.clone())
    };
    let two = (head > k).then(|| format!("{} {}", input.w(head - 1), word));
    two.as_deref().and_then(sector).or_else(|| sector(word))
}

/// Whether the noun phrase opening at token `open` counts people and names no more:
/// "six people", "dozens of people", "at least 20 men".
fn counted_people_at(input: &Input, open: usize) -> bool {
    let mut k = open;
    if input.w(k) == "at" && matches!(input.w(k + 1), "least" | "most") {
        k += 2;
    }
    if !counts_at(input, k) {
        return false;
    }
    k += 1;
    if input.w(k) == "of" {
        k += 1;
    }
    matches!(input.w(k), "people" | "persons" | "men" | "individuals" | "civilians" | "residents")
}

fn counted_people_before(input: &Input, from: usize, t0: usize) -> bool {
    let mut k = t0;
    while k > from
        && matches!(input.w(k - 1), "were" | "was" | "been" | "have" | "had" | "has" | "reportedly" | "also" | "later")
    {
        k -= 1;
    }
    // "Two men, who are facing murder charges, were arrested": a relative clause set off
    // by commas stands between the people and the verb.
    if k > from + 2 && input.w(k - 1) == "," {
        if let Some(j) = (k.saturating_sub(16).max(from + 1)..k - 2)
            .rev()
            .find(|&j| input.w(j) == "," && matches!(input.w(j + 1), "who" | "whom" | "whose"))
        {
            k = j;
        }
    }
    if k == from {
        return false;
    }
    // "Twelve members of a banned Islamist group were arrested": the people counted are
    // the members, named before what they belong to (at most five words after "of").
    let members = (k.saturating_sub(7).max(from + 1)..k - 1).rev().find(|&j| {
        input.w(j) == "of"
            && matches!(input.w(j - 1), "members" | "supporters" | "followers")
            && (j + 1..k).all(|i| input.tokens[i].kind == TokenKind::Word)
    });
    let head = match members {
        Some(j) => j - 1,
        None if matches!(input.w(k - 1), "people" | "persons" | "others" | "men" | "individuals" | "suspects") => k - 1,
        None => return false,
    };
    (head.saturating_sub(3).max(from)..head).any(|j| counts_at(input, j))
}

/// Whether token `j` is a number or a word that counts people ("six", "dozens", "many").
fn counts_at(input: &Input, j: usize) -> bool {
    j < input.tokens.len() && input.tokens[j].kind == TokenKind::Number
        || matches!(
            input.w(j).to_ascii_lowercase().as_str(),
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "dozen"
                | "dozens"
                | "scores"
                | "hundreds"
                | "thousands"
                | "several"
                | "many"
        )
}

#[cfg(test)]
mod tests {
    fn words_has(w: &str) -> bool {
        super::GAP_WORDS
            .iter()
            .chain(super::GAP_OF)
            .chain(super::COMMODITIES)
            .chain(&["up", "at", "more", "fewer", "less"])
            .any(|x| *x == w)
    }

    /// The shape test before the lookup rejects no word of the set, in any case.
    #[test]
    fn word_sets_find_their_words_in_any_case() {
        let lists: [(&super::Words, Vec<&str>); 3] = [
            (
                &super::GAP_SET,
                super::GAP_WORDS.iter().chain(super::GAP_OF).chain(super::COMMODITIES).copied().collect(),
            ),
            (&super::GAP_OF_SET, super::GAP_OF.to_vec()),
            (
                &super::GAP_START_SET,
                super::GAP_WORDS.iter().chain(super::GAP_OF).chain(super::COMMODITIES).copied().collect(),
            ),
        ];
        for (set, words) in lists {
            for w in words {
                assert!(super::in_set(w, set), "{w}");
                assert!(super::in_set(&w.to_ascii_uppercase(), set), "{w}");
                // A word with a character more or less is another word.
                assert!(!super::in_set(&format!("{w}\0"), set), "{w}");
                assert!(!super::in_set(&w[..w.len() - 1], set) || words_has(&w[..w.len() - 1]), "{w}");
            }
        }
        assert!(super::in_set("The", &super::GAP_START_SET));
        assert!(super::in_set("UP", &super::GAP_START_SET));
        for w in ["", "x", "Thee", "tHe-", "thé", "sixteenletterss", "seventeenletterss", "elections"] {
            assert!(!super::in_set(w, &super::GAP_START_SET), "{w}");
        }
    }
}
