//! Recognition of actors: people, organisations, countries, groups, places and agent
//! phrases ("Kazakh police", "leaders of the political parties of Central Asia").
//!
//! There is no statistical model: names come from the knowledge base, and everything
//! else from the shape of news English — runs of capitalised words, title grammar in
//! both orders ("Chinese President Xi Jinping", "Liu Jianchao, head of the International
//! Department of the CPC Central Committee,"), agent nouns with their country, and
//! surname coreference within the document.

use crate::segment::{lowercase, Token, TokenKind};
use attache_kb::{surname_keys, Kb, NameRef, TitleKind};
use attache_model::{Diagnostic, Entity, EntityKind, Provenance, Span};
use chrono::NaiveDate;
// Fx hashing: the maps and sets here are keyed by words and token positions of one
// document, and SipHash was 6% of the analysis's instructions.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    Person,
    Organization,
    Country,
    Group,
    Place,
    /// A common-noun actor: "police", "political parties in Central Asian countries".
    Agent,
    /// "he", "she", resolved to the last person.
    Pronoun,
}

/// A stretch of text that can be an actor, recipient, speaker or place.
#[derive(Debug, Clone)]
pub struct Mention {
    /// The whole phrase, titles and qualifiers included.
    pub span: Span,
    /// Token range of `span`.
    pub toks: (usize, usize),
    pub kind: MentionKind,
    pub entity: Option<usize>,
    pub countries: Vec<String>,
    pub sector: Option<String>,
    /// IGO code when the actor is an organisation of states.
    pub code: Option<String>,
    /// Inside another mention (a person's appositive title, the object of an agent phrase).
    pub absorbed: bool,
}

impl Mention {
    pub fn is_actor(&self) -> bool {
        !self.absorbed
    }
}

pub struct Recognised {
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub diagnostics: Vec<Diagnostic>,
    /// Groups named by a common noun ("Iraqi security forces", "civilians", "the
    /// Syrians"), one entity per phrase, to be listed after the named entities: they take
    /// no part in events or statements, which read the agent mentions themselves.
    pub groups: Vec<Entity>,
    /// The dateline names a filing hub, not the scene: the body never names its country
    /// but names others ("DUBAI, Feb 7 (Reuters) - Yemen's Houthi movement fired …").
    pub dateline_hub: bool,
    /// The title phrases set off by commas beside a person's name ("Lama Fakih, HRW's
    /// deputy Middle East director,", "Egypt's foreign minister, Badr Abdelatty,"): each
    /// refers to that person, as a reference of its own.
    pub appositive_titles: Vec<Span>,
}

/// What makes two mentions the same entity: the knowledge-base record, or for entities
/// found by rule, their name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum EntityKey {
    Country(u32),
    Group(u32),
    Place(u32),
    Institution(u32),
    Person(u32),
    RulePerson(String),
    RuleOrganization(String),
    RulePlace(String),
}

/// One knowledge-base name found in the text, aligned to tokens.
#[derive(Debug, Clone, Copy)]
struct NameHit<'k> {
    toks: (usize, usize),
    targets: &'k [NameRef],
}

/// Currencies named after a country ("U.S. dollars", "Russian rubles", "Chinese yuan").
const CURRENCIES: &[&str] = &[
    "dollar",
    "dollars",
    "yuan",
    "renminbi",
    "ruble",
    "rubles",
    "rouble",
    "roubles",
    "euro",
    "euros",
    "pound",
    "pounds",
    "yen",
    "rupee",
    "rupees",
    "tenge",
    "som",
    "somoni",
    "manat",
    "lira",
    "riyal",
    "riyals",
    "rial",
    "rials",
    "dirham",
    "dirhams",
    "dinar",
    "dinars",
    "franc",
    "francs",
    "peso",
    "pesos",
    "hryvnia",
    "hryvnias",
    "shekel",
    "shekels",
    "rand",
    "ringgit",
    "baht",
    "dong",
    "naira",
    "shilling",
    "shillings",
    "kip",
    "taka",
    "afghani",
    "afghanis",
    "zloty",
    "krona",
    "kronor",
    "krone",
    "kroner",
    "forint",
    "lari",
    "dram",
    "drams",
    "tugrik",
    "tugriks",
    "sum",
    "soms",
];

const CONNECTORS: &[&str] = &["of", "for", "de", "al", "bin", "von", "van", "der", "da", "du", "la", "el", "on"];

/// Frequent verbs that end a noun phrase ("Algerian landowners began …"); regular past
/// tenses already end it by their "-ed".
const COMMON_VERBS: &[&str] = &[
    "began",
    "begin",
    "begins",
    "went",
    "go",
    "goes",
    "say",
    "says",
    "said",
    "told",
    "tell",
    "tells",
    "took",
    "take",
    "takes",
    "made",
    "make",
    "makes",
    "met",
    "meet",
    "meets",
    "held",
    "hold",
    "holds",
    "gave",
    "give",
    "gives",
    "sent",
    "send",
    "sends",
    "won",
    "lost",
    "left",
    "fled",
    "flee",
    "ran",
    "came",
    "come",
    "comes",
    "saw",
    "see",
    "got",
    "put",
    "set",
    "kept",
    "keep",
    "continue",
    "continues",
    "remain",
    "remains",
    "seek",
    "seeks",
    "sought",
    "want",
    "wants",
    "fear",
    "fears",
    "threw",
    "blew",
    "fought",
    "fight",
    "fights",
    "struck",
    "strike",
    "hit",
    "hits",
    "shot",
    "stood",
    "brought",
    "bring",
    "led",
    "lead",
    "leads",
    "broke",
    "drew",
    "rose",
    "fell",
    "spoke",
    "wrote",
    "knew",
    "thought",
    "felt",
    "paid",
];

/// Capitalised words that are never part of a person's name.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "By",
    "For",
    "With",
    "From",
    "To",
    "As",
    "But",
    "And",
    "Or",
    "If",
    "Unless",
    "Whereas",
    "While",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "According",
    "After",
    "Before",
    "During",
    "Since",
    "Under",
    "Over",
    "Meanwhile",
    "However",
    "Also",
    "Both",
    "Initiative",
    "Summit",
    "Forum",
    "Dialogue",
    "Conference",
    "Day",
    "Week",
    "War",
    "Act",
    "Law",
    "Agreement",
    "Treaty",
    "Strategy",
    "Plan",
    "Program",
    "Programme",
    "Project",
    "Corridor",
    "Road",
    "Belt",
    "Route",
    "Zone",
    "Region",
    "Province",
    "Street",
    "Square",
    "Hall",
    "Palace",
    "Declaration",
    "Charter",
    "Accord",
    "Pact",
    "Games",
    "Cup",
    "Olympics",
    "Festival",
    "Expo",
    "Exhibition",
    "Year",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Islamic",
    "Republic",
    "Kingdom",
    "State",
    "States",
    "Union",
    "Federation",
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Middle",
    "Sea",
    "Ocean",
    "River",
    "Lake",
    "Mountains",
    "Valley",
    "Desert",
    "Island",
    "Islands",
    "Gulf",
    "Strait",
    "Bay",
    "Covid",
    "COVID",
    "Twitter",
    "Telegram",
    "Facebook",
    "Instagram",
    "Internet",
    "Prize",
    "Award",
    "Nobel",
    "Cold",
    "World",
    "Great",
    "Grand",
    "New",
    "Old",
    "Special",
    "Joint",
    "First",
    "Second",
    "Third",
    "Last",
    "Next",
    "Chinese",
    "Russian",
    "American",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Saint",
    "St.",
    "Church",
    "Mosque",
    "Cathedral",
    "Stadium",
    "Airport",
    "Station",
    "Port",
    "Bridge",
    "Dam",
    "Plant",
    "Field",
    "Centre",
    "Center",
    "Museum",
    "Theatre",
    "Hotel",
    "Tower",
    "Building",
    "Capitol",
    "Hill",
    "Party",
    "Ministry",
    "Committee",
    "Council",
    "Department",
    "Office",
    "Agency",
    "Bank",
    "Fund",
    "Court",
    "Assembly",
    "Parliament",
    "Congress",
    "Senate",
    "Government",
    "Army",
    "Forces",
    "Police",
    "Guard",
    "News",
    "Post",
    "Times",
    "Daily",
    "Television",
    "Radio",
    "Press",
    "Service",
    "Group",
    "Company",
    "Corporation",
    "University",
    "Institute",
    "Academy",
    "Foundation",
    "Association",
    "Organization",
    "Organisation",
    "Movement",
    "Front",
    "Alliance",
    "Coalition",
    "Network",
    "Commission",
    "Board",
    "Authority",
    "Administration",
    "Secretariat",
    "Mission",
    "Delegation",
    "Embassy",
    "Consulate",
    "Cabinet",
    "Kremlin",
    "White",
    "House",
    "Prime",
    "Minister",
    "President",
    "Deputy",
    "Vice",
    "Chairman",
    "Speaker",
    "Secretary",
    "General",
    "Head",
    "Director",
    "Ambassador",
    "Envoy",
    "Spokesman",
    "Spokeswoman",
    "Leader",
    "Member",
    "Commander",
    "Governor",
    "Mayor",
    "King",
    "Queen",
    "Prince",
    "Emir",
    "Sultan",
    "Sheikh",
    "Pope",
    "Patriarch",
    "Near",
    "Across",
    "Outside",
    "Inside",
    "Within",
    "Throughout",
    "Along",
    "Around",
    "Between",
    "Among",
    "Against",
    "Despite",
    "Following",
    "Amid",
    "Until",
    "When",
    "Where",
    "Then",
    "Now",
    "Today",
    "Yesterday",
    "Elsewhere",
    "Earlier",
    "Later",
    "Separately",
    "Instead",
    "Still",
    "Yet",
    "Nor",
    "Thus",
    "Once",
    "Some",
    "Many",
    "Several",
    "All",
    "Most",
    "Each",
    "Every",
    "Another",
    "Such",
];

/// Lowercase words that end a noun phrase.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "that",
    "which", "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
    "would", "could", "should", "may", "might", "must", "can", "not", "no", "said", "says", "say", "told", "its",
    "their", "his", "her", "this", "these", "those", "than", "into", "over", "after", "before", "since", "during",
    "about", "against", "between", "under", "also", "did", "does", "do", "if", "while", "when", "where", "it", "they",
    "he", "she", "we", "there", "here", "so", "such", "more", "most", "other", "some", "any", "all",
];

/// Capitalised words that open sentences or name things but never people.
const COMMON_CAPITALISED: &[&str] = &[
    "Now",
    "Sometimes",
    "One",
    "Two",
    "Three",
    "Many",
    "Most",
    "Some",
    "Several",
    "Such",
    "Yet",
    "Still",
    "Then",
    "Thus",
    "Today",
    "Tonight",
    "Yesterday",
    "Tomorrow",
    "Here",
    "There",
    "Where",
    "When",
    "What",
    "Why",
    "How",
    "Who",
    "Which",
    "Whether",
    "Although",
    "Though",
    "Because",
    "Despite",
    "Instead",
    "Even",
    "Only",
    "Just",
    "Other",
    "Another",
    "Each",
    "Every",
    "Any",
    "All",
    "No",
    "Not",
    "So",
    "Such",
    "Islam",
    "Islamist",
    "Shiite",
    "Sunni",
    "Muslim",
    "Christian",
    "Catholic",
    "Orthodox",
    "Buddhist",
    "Jewish",
    "Hindu",
    "Tropical",
    "Cyclone",
    "Storm",
    "Hurricane",
    "Typhoon",
    "Archipelago",
    "Social",
    "Studies",
    "Services",
    "Lines",
    "Consultancy",
    "Legal",
    "Research",
    "Affairs",
    "Relations",
    "Economic",
    "Political",
    "Military",
    "Health",
    "Climate",
    "Energy",
    "Trade",
    "Finance",
    "Financial",
    "Digital",
    "Global",
    "International",
    "Regional",
    "Local",
    "Federal",
    "Supreme",
    "Constitutional",
    "Indo-Pacific",
    "Pacific",
    "Atlantic",
    "Arctic",
    "Antarctic",
    "Israeli",
    "Palestinian",
    "Kurdish",
    "Arab",
    "Persian",
    "Turkic",
    "Slavic",
    "Latin",
    "English",
    "French",
    "Spanish",
    "Portuguese",
    "German",
    "Italian",
    "Mandarin",
    "Cantonese",
    "Uyghur",
    "Tibetan",
    // The fields state bodies are named after ("the State Committee for National
    // Security", "the Committee for Religious Affairs").
    "Security",
    "Situations",
    "Emergency",
    "Emergencies",
    "Defence",
    "Defense",
    "Development",
    "Protection",
    "Statistics",
    "Cooperation",
    "Religious",
    "Education",
    "Investment",
    "Industry",
    "Transport",
    "Agriculture",
    "Construction",
    "Ecology",
    "Environment",
    "Tourism",
];

/// Last words of names that are programmes, treaties or events rather than organisations.
const NOT_ORGANISATIONS: &[&str] = &[
    "Initiative",
    "Strategy",
    "Corridor",
    "Agreement",
    "Treaty",
    "Declaration",
    "Charter",
    "Plan",
    "Project",
    "Summit",
    "Dialogue",
    "Accord",
    "Pact",
    "Act",
    "Law",
    "Doctrine",
    "Concept",
    "Vision",
    "Games",
    "Cup",
    "Day",
];

/// Capitalised abbreviations that name no organisation.
const COMMON_ACRONYMS: &[&str] = &[
    "GDP", "CEO", "CFO", "COVID", "COVID-19", "AIDS", "HIV", "UTC", "GMT", "DNA", "USD", "EUR", "GBP", "RUB", "CNY",
    "KZT", "UZS", "LNG", "LPG", "SUV", "ATM", "VIP", "FAQ", "PDF", "URL", "GPS", "IED", "VBIED", "RPG", "MP", "MPS",
    "TV", "LGBT", "LGBTQ", "AI", "IT", "PR", "SMS", "APEC", "BRICS",
];

/// First words of multi-word place names: "Mount Sinjar", "Camp Hurriya".
/// First words of a name that are no given name: kunyas, honorifics, articles.
const NOT_GIVEN_NAMES: &[&str] = &[
    "Abu", "Abou", "Umm", "Ibn", "Bin", "Al", "El", "Sheikh", "Shaikh", "Sayyid", "Mullah", "Haji", "Hajji", "Sir",
    "Dame", "Lord", "Lady", "Saint", "San", "Santa", "Mr", "Mrs", "Ms", "Dr", "Van", "Von", "De", "Da", "Le", "La",
];

const PLACE_PREFIXES: &[&str] = &["Mount", "Mt.", "Lake", "Fort", "Camp", "Cape", "Wadi", "Jebel", "Jabal"];

/// Last words of multi-word place names: "Tabqa Dam", "Ishtar Gate", "Tahrir Square".
const PLACE_HEADS: &[&str] = &[
    "Dam",
    "Gate",
    "Bridge",
    "River",
    "Valley",
    "Square",
    "Street",
    "Road",
    "Avenue",
    "Airport",
    "Airbase",
    "Province",
    "District",
    "County",
    "Governorate",
    "Mountains",
    "Mountain",
    "Hills",
    "Island",
    "Islands",
    "Desert",
    "Sea",
    "Bay",
    "Strait",
    "Canal",
    "Peninsula",
    "Plain",
    "Plateau",
    "Crossing",
    "Highway",
];

/// Words that continue the field of a ministry after its first word ("Minister of Water
/// Resources", "Minister of Emergency Situations"): the name after them is the person's.
const MINISTRY_FIELDS: &[&str] = &[
    "Resources",
    "Affairs",
    "Development",
    "Protection",
    "Relations",
    "Situations",
    "Security",
    "Trade",
    "Industry",
    "Energy",
    "Health",
    "Education",
    "Finance",
    "Economy",
    "Transport",
    "Culture",
    "Emergencies",
    "Agriculture",
    "Environment",
    "Ecology",
    "Information",
    "Communications",
    "Innovation",
    "Innovations",
    "Science",
    "Sports",
    "Tourism",
    "Construction",
    "Investment",
    "Investments",
    "Planning",
    "Welfare",
    "Integration",
    "Migration",
    "Employment",
    "Infrastructure",
    "Technology",
    "Technologies",
    "Commerce",
    "Fisheries",
    "Mining",
    "Industries",
    "Services",
    "Works",
    "Reclamation",
    "Irrigation",
    "Policy",
];

/// Heads of PLACE_HEADS that name a feature of nature, which may take the name of a
/// province or town ("Helmand River", "Panjshir Valley").
const NATURAL_HEADS: &[&str] =
    &["River", "Valley", "Mountains", "Mountain", "Hills", "Desert", "Sea", "Bay", "Strait", "Peninsula", "Plain"];

/// Heads of PLACE_HEADS that name a feature of a town, not a place of its own.
const URBAN_HEADS: &[&str] = &["Gate", "Bridge", "Square", "Street", "Road", "Avenue", "Crossing", "Highway"];

/// Lowercase title heads that open an appositive after a name ("…, head of the…,").
const APPOSITIVE_HEADS: &[&str] = &[
    "head",
    "chief",
    "member",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "deputy",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "secretary-general",
    "ambassador",
    "envoy",
    "president",
    "vice",
    "vice-president",
    "vice-premier",
    "leader",
    "commander",
    "governor",
    "speaker",
    "vice-speaker",
    "adviser",
    "advisor",
    "official",
    "representative",
    "premier",
    "editor",
    "founder",
    "ceo",
    "senator",
    "lawmaker",
    "mp",
    "general",
    "prime",
    "foreign",
    "defence",
    "defense",
    "interior",
    "special",
    "former",
    "first",
    "senior",
    "top",
    "state",
    "chief",
    "mayor",
    "akim",
    "hokim",
    "prosecutor",
    "judge",
    "press",
    "general-secretary",
    "executive",
    "assistant",
    "counsellor",
    "counselor",
    "consul",
    "attache",
    "head",
    "coordinator",
    "commissioner",
    "rapporteur",
];

/// Languages whose names gloss a name in another script or tongue ("(Arabic: …)").
const LANGUAGES: &[&str] = &[
    "Arabic",
    "Kurdish",
    "Persian",
    "Farsi",
    "Dari",
    "Pashto",
    "Urdu",
    "Turkish",
    "Hebrew",
    "Syriac",
    "Aramaic",
    "Russian",
    "Chinese",
    "Uzbek",
    "Kazakh",
    "Kyrgyz",
    "Tajik",
    "Turkmen",
    "Mongolian",
    "Uyghur",
    "Armenian",
    "Azerbaijani",
    "Georgian",
    "Sorani",
    "Kurmanji",
];

/// Head words that close a title phrase after a name ("…, 407th AEG commander.").
const TRAILING_TITLE_HEADS: &[&str] = &[
    "commander",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "minister",
    "secretary",
    "chief",
    "ambassador",
    "envoy",
    "chairman",
    "chairwoman",
    "president",
    "governor",
    "general",
    "adviser",
    "advisor",
    "officer",
    "coordinator",
    "commissioner",
];

/// Collective nouns that turn a group or country adjective into an actor.
const COLLECTIVES: &[&str] = &[
    "countries",
    "states",
    "nations",
    "republics",
    "members",
    "governments",
    "neighbors",
    "neighbours",
    "partners",
    "member",
    "sides",
    "side",
    "delegations",
    "delegation",
    "leaders",
    "authorities",
    "officials",
];

fn is_title_case_word(s: &str) -> bool {
    if s.ends_with('.') && s.chars().count() > 2 {
        return false;
    }
    let mut cs = s.chars();
    (cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase))
        || s.starts_with("al-")
        || s.starts_with("el-")
}

/// Offices whose holder is addressed by the title after an honorific: "Mr. President".
const ADDRESSED_OFFICES: [&str; 12] = [
    "President",
    "Speaker",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Secretary",
    "Ambassador",
    "Mayor",
    "Minister",
    "Governor",
    "Senator",
    "Commissioner",
];

/// Suffixes that end a person's name and tell a son from his father.
const GENERATIONAL: [&str; 7] = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/// No name hit at a token (see `Recogniser::hit_at`).
const NO_HIT: u32 = u32::MAX;

pub struct Recogniser<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// The text of each token ([`crate::segment::token_texts`]).
    token_text: &'a [&'a str],
    pub sentences: &'a [(usize, usize)],
    pub kb: &'a Kb,
    pub date: Option<NaiveDate>,
    /// Token index → sentence index.
    sentence_of: Vec<usize>,
    /// Token index → index into `hits` of the name hit starting there (`NO_HIT` for none;
    /// four bytes a token, as this and `hit_ending_at` are made for every document).
    hit_at: Vec<u32>,
    /// The tokens where some name hit starts, in text order (the passes that start only
    /// at a hit go from one to the next).
    hit_starts: Vec<u32>,
    hits: Vec<NameHit<'a>>,
    /// Token index → index into `hits` of the name hit ending just before it (`NO_HIT`
    /// for none).
    hit_ending_at: Vec<u32>,
    entities: Vec<Entity>,
    entity_key: HashMap<EntityKey, usize>,
    mentions: Vec<Mention>,
    diagnostics: Vec<Diagnostic>,
    /// Surname (or family name) → person entity.
    surnames: HashMap<String, usize>,
    /// Given name → the one person of the document with that given name (`None` when two
    /// people share it): "Karim Wasifi … Karim replied".
    given_names: HashMap<String, Option<usize>>,
    /// Country of the dateline's place, if the article has one.
    dateline_country: Option<String>,
    /// Whether the dateline was found to name a filing hub (`Recognised::dateline_hub`).
    dateline_hub: bool,
    /// Every lowercase word of the text, to tell "Shipping Lines" from "Jamila Isayeva";
    /// gathered the first time it is asked (many documents never ask).
    lowercase_words: std::cell::OnceCell<LowercaseWords<'a>>,
    /// Token index up to which the main scan has already been done (appositives).
    resume: usize,
    /// Token ranges of the title phrases in apposition to a person's name.
    appositive_titles: Vec<(usize, usize)>,
    /// How deep the scan is inside an appositive title's names (whose own titles are
    /// not read as references).
    in_appositive: u32,
    /// The tokens that are one of the [`pass_word`]s, in text order.
    pass_words: Vec<u32>,
    /// Where the document's unambiguous places lie ([`PlaceContext`]); gathered the first
    /// time a name of several places is read.
    place_context: std::cell::OnceCell<PlaceContext<'a>>,
    /// Where the mentions of some members of a group, not which, start ("seven Latin
    /// American countries", "diplomats from several Gulf states"): of no country the
    /// sentence names.
    some_members: Vec<usize>,
}

/// The divisions (country and first-level division: "USA"/"VA") and countries of the
/// names in a document that can be only one place, each with how many times it is named:
/// the context in which a name shared by several places is read.
#[derive(Default)]
struct PlaceContext<'k> {
    divisions: Vec<((&'k str, &'k str), usize)>,
    countries: Vec<(&'k str, usize)>,
}

impl<'k> PlaceContext<'k> {
    fn division(&self, country: &str, admin1: &str) -> usize {
        self.divisions.iter().find(|((c, a), _)| *c == country && *a == admin1).map_or(0, |d| d.1)
    }

    fn country(&self, country: &str) -> usize {
        self.countries.iter().find(|(c, _)| *c == country).map_or(0, |c| c.1)
    }
}

impl<'a> Recogniser<'a> {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        text: &'a str,
        tokens: &'a [Token],
        token_text: &'a [&'a str],
        sentences: &'a [(usize, usize)],
        kb: &'a Kb,
        words: &attache_kb::WordStarts,
        date: Option<NaiveDate>,
        dateline_country: Option<String>,
    ) -> Self {
        // Filled in one pass, sentence by sentence, instead of zeroed first: the sentences
        // follow one another and cover the tokens, which is checked as they are read.
        let mut sentence_of = Vec::with_capacity(tokens.len());
        for (si, &(a, b)) in sentences.iter().enumerate() {
            assert!(a <= b && b <= tokens.len(), "sentence {a}..{b} out of {} tokens", tokens.len());
            if a >= sentence_of.len() {
                sentence_of.resize(a, 0);
                sentence_of.resize(b, si);
            } else {
                let known = sentence_of.len().min(b);
                for s in &mut sentence_of[a..known] {
                    *s = si;
                }
                if b > known {
                    sentence_of.resize(b, si);
                }
            }
        }
        sentence_of.resize(tokens.len(), 0);
        let lowercase_words = std::cell::OnceCell::new();
        let mut found = kb.find_names_in(words);
        let towns = pointed_towns(kb, words, text, tokens, token_text, &found, &lowercase_words);
        let miscased = miscased_names(kb, text, tokens, token_text, &found);
        if !towns.is_empty() || !miscased.is_empty() {
            // A town the text puts in its country displaces a place of another country by
            // the same name.
            if !towns.is_empty() {
                found.retain(|h| !towns.iter().any(|t| t.span == h.span));
            }
            found.extend(towns);
            found.extend(miscased);
            found.sort_by_key(|h| h.span.start);
        }
        // "the Social Democratic Party of Tajikistan": a body's name (here the US party's)
        // that "of" and another country follow is part of the name of that country's body,
        // one the knowledge base does not hold.
        if found.len() > 1 {
            let country_of = |t: &NameRef| match t {
                NameRef::Institution(i) => kb.institutions[*i as usize].country.as_deref(),
                _ => None,
            };
            let mut other_body = vec![false; found.len()];
            for i in 0..found.len() - 1 {
                let h = &found[i];
                if !h.targets.iter().all(|t| country_of(t).is_some()) {
                    continue;
                }
                // (The name after "of" may also be a town's: "Armenia", Colombia.)
                other_body[i] = found[i + 1..].iter().take_while(|n| n.span.start <= h.span.end + 4).any(|next| {
                    h.span.end <= next.span.start
                        && text[h.span.end..next.span.start].trim() == "of"
                        && next.targets.iter().any(|t| match t {
                            NameRef::Country(c) => {
                                let iso = kb.countries[*c as usize].iso3.as_str();
                                h.targets.iter().all(|o| country_of(o) != Some(iso))
                            }
                            _ => false,
                        })
                });
            }
            if other_body.contains(&true) {
                let mut i = 0;
                found.retain(|_| {
                    i += 1;
                    !other_body[i - 1]
                });
            }
        }
        // Align name hits to tokens.
        let mut hits = Vec::new();
        let mut hit_at = vec![NO_HIT; tokens.len()];
        let mut hit_starts = Vec::new();
        // The hits come in the order of their starts: the first token of each is found by
        // walking on from the last hit's, and its end by walking on from its first token
        // (a name is a few tokens), instead of two binary searches over the tokens.
        let mut first = 0;
        let mut prev_start = 0;
        let mut prev_end = usize::MAX;
        for h in found {
            if h.span.start < prev_start {
                first = 0;
            }
            prev_start = h.span.start;
            while first < tokens.len() && tokens[first].span.end <= h.span.start {
                first += 1;
            }
            let mut last = first;
            while last < tokens.len() && tokens[last].span.start < h.span.end {
                last += 1;
            }
            if first >= last || first >= tokens.len() {
                continue;
            }
            // "3 billion U.S. dollars", "Chinese yuan": a country naming a currency is
            // no party to anything.
            if h.targets.iter().all(|t| matches!(t, NameRef::Country(_) | NameRef::CountryAdjective(_)))
                && token_text
                    .get(last)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()) && CURRENCIES.contains(w))
            {
                continue;
            }
            // "the ruling Social Democrats", "the Sweden Democrats": one plural word of an
            // institution ("Democrats") after a capitalised word of no known name, or of
            // another country, inside its sentence, ends another name.
            let other_country = |targets: &[NameRef]| {
                let own: Vec<Option<&str>> = h
                    .targets
                    .iter()
                    .map(|t| match t {
                        NameRef::Institution(i) => kb.institutions[*i as usize].country.as_deref(),
                        _ => None,
                    })
                    .collect();
                targets.iter().all(|t| match t {
                    NameRef::Country(c) | NameRef::CountryAdjective(c) => {
                        own.iter().all(|o| *o != Some(kb.countries[*c as usize].iso3.as_str()))
                    }
                    _ => false,
                })
            };
            if last == first + 1
                && first > 0
                && sentence_of[first] == sentence_of[first - 1]
                && tokens[first - 1].cap
                && tokens[first - 1].kind == TokenKind::Word
                && (prev_end != first || hits.last().is_some_and(|p: &NameHit| other_country(p.targets)))
                && h.targets.iter().all(|t| matches!(t, NameRef::Institution(_)))
                // (A plural of members: not "the Islamist Hamas movement".)
                && ["ats", "ans", "ists", "ives", "als"].iter().any(|e| token_text[first].ends_with(e))
                && !matches!(token_text[first - 1], "House" | "Senate" | "The" | "In" | "But" | "And" | "As" | "For")
            {
                continue;
            }
            if hit_at[first] == NO_HIT {
                hit_at[first] = hits.len() as u32;
                hit_starts.push(first as u32);
            }
            prev_end = last;
            hits.push(NameHit { toks: (first, last), targets: h.targets });
        }
        if !hit_starts.is_sorted() {
            hit_starts.sort_unstable();
        }
        let mut hit_ending_at = vec![NO_HIT; tokens.len() + 1];
        for (i, h) in hits.iter().enumerate() {
            hit_ending_at[h.toks.1] = i as u32;
        }
        Recogniser {
            token_text,
            dateline_country,
            dateline_hub: false,
            lowercase_words,
            hit_ending_at,
            text,
            tokens,
            sentences,
            kb,
            date,
            sentence_of,
            hit_at,
            hit_starts,
            hits,
            entities: Vec::new(),
            entity_key: HashMap::default(),
            mentions: Vec::new(),
            diagnostics: Vec::new(),
            surnames: HashMap::default(),
            given_names: HashMap::default(),
            resume: 0,
            appositive_titles: Vec::new(),
            in_appositive: 0,
            pass_words: (0..token_text.len()).filter(|&i| pass_word(token_text[i])).map(|i| i as u32).collect(),
            place_context: std::cell::OnceCell::new(),
            some_members: Vec::new(),
        }
    }

    fn w(&self, i: usize) -> &'a str {
        self.token_text.get(i).copied().unwrap_or("")
    }

    fn span_of(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].span.start, self.tokens[b - 1].span.end)
    }

    fn sentence_start(&self, i: usize) -> usize {
        self.sentences.get(self.sentence_of[i]).map(|s| s.0).unwrap_or(0)
    }

    fn sentence_end(&self, i: usize) -> usize {
        self.sentences.get(self.sentence_of[i]).map(|s| s.1).unwrap_or(self.tokens.len())
    }

    fn hit_starting(&self, i: usize) -> Option<NameHit<'a>> {
        self.hit_at.get(i).copied().filter(|&h| h != NO_HIT).map(|h| self.hits[h as usize])
    }

    /// The name hit ending just before token `i`, if any.
    fn hit_ending(&self, i: usize) -> Option<&NameHit<'a>> {
        self.hit_ending_at.get(i).copied().filter(|&h| h != NO_HIT).map(|h| &self.hits[h as usize])
    }

    /// The country a name hit can stand for, if any ("Qatar", "the United States").
    fn country_of_hit(h: &NameHit) -> Option<u32> {
        h.targets.iter().find_map(|t| match *t {
            NameRef::Country(c) => Some(c),
            _ => None,
        })
    }

    /// The institution a name hit stands for. A name that several institutions share
    /// ("GKNB": the security committees of Kyrgyzstan and of Tajikistan) is the one whose
    /// country is named right next to it ("the State Committee for National Security
    /// (GKNB) of Tajikistan", "Kyrgyzstan's GKNB"), else the one whose country the document
    /// names most often, by its name, its adjective or its places; the first listed when
    /// the document names none of theirs.
    fn institution_in_context(&self, targets: &[NameRef], toks: (usize, usize)) -> Option<u32> {
        let institutions: Vec<u32> = targets
            .iter()
            .filter_map(|t| match *t {
                NameRef::Institution(ix) => Some(ix),
                _ => None,
            })
            .collect();
        let &first = institutions.first()?;
        if institutions.len() == 1 {
            return Some(first);
        }
        let mut counts = vec![0usize; institutions.len()];
        for h in &self.hits {
            let country = match h.targets.first() {
                Some(&NameRef::Country(c) | &NameRef::CountryAdjective(c)) => {
                    self.kb.countries[c as usize].iso3.as_str()
                }
                Some(&NameRef::Place(p)) => self.kb.places[p as usize].country.as_str(),
                _ => continue,
            };
            let Some(k) = institutions
                .iter()
                .position(|&ix| self.kb.institutions[ix as usize].country.as_deref() == Some(country))
            else {
                continue;
            };
            let distance = if h.toks.0 >= toks.1 { h.toks.0 - toks.1 } else { toks.0.saturating_sub(h.toks.1) };
            if distance <= 3 {
                return Some(institutions[k]);
            }
            counts[k] += 1;
        }
        let best = (0..institutions.len()).rev().max_by_key(|&k| counts[k]).unwrap_or(0);
        Some(institutions[best])
    }

    /// Where the title opens whose list of fields a run at `a` closes: "Minister of
    /// Investment, Industry and" before "Trade" (after "and" or "&", the list back to the
    /// title's "of" or "for" holding only capitalised words and commas).
    fn field_list_title(&self, a: usize) -> Option<usize> {
        let lo = self.sentence_start(a);
        if a < lo + 4 || !matches!(self.w(a - 1), "and" | "&") {
            return None;
        }
        let mut k = a - 1;
        while k > lo && a - k < 12 {
            let w = self.w(k - 1);
            if matches!(w, "of" | "for") {
                let t0 = self.title_opening_before(k - 1, lo)?;
                return (k < a - 1).then_some(t0);
            }
            let field = self.tokens[k - 1].kind == TokenKind::Word && self.tokens[k - 1].cap;
            if !(field || w == ",") {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// Where the title opens whose brief a run at `a` names: "Chinese Ambassador to" before
    /// "Kyrgyzstan Du Dewen", "Ambassador to the" before "United Nations …". The title
    /// reaches back over the capitalised words before it ("Chinese", "U.S.").
    fn title_before_brief(&self, a: usize) -> Option<usize> {
        let lo = self.sentence_start(a);
        let mut k = a;
        if k > lo && self.w(k - 1) == "the" {
            k -= 1;
        }
        if k < lo + 2 || !matches!(self.w(k - 1), "to" | "for") {
            return None;
        }
        self.title_opening_before(k - 1, lo)
    }

    /// Where the title that ends just before token `end` opens, reaching back over the
    /// capitalised words before it to `lo` ("Chinese Ambassador", "First Deputy
    /// Minister"); none when no title ends there.
    fn title_opening_before(&self, end: usize, lo: usize) -> Option<usize> {
        let title = self.hit_ending(end).filter(|h| self.title_of(h, TitleKind::Title).is_some())?;
        let mut t0 = title.toks.0;
        while t0 > lo && self.tokens[t0 - 1].cap && self.tokens[t0 - 1].kind == TokenKind::Word {
            t0 -= 1;
        }
        Some(t0)
    }

    /// The single knowledge-base title of a hit, if it is one.
    /// The knowledge-base title of a hit of the given kind, if it has one (a word such as
    /// "Ministry" is both an organisation head and, lowercased, an agent noun).
    fn title_of(&self, h: &NameHit, kind: TitleKind) -> Option<&'a attache_kb::Title> {
        h.targets.iter().find_map(|t| match t {
            NameRef::Title(i) => Some(&self.kb.titles[*i as usize]).filter(|t| t.kind == kind),
            _ => None,
        })
    }

    pub fn run(mut self) -> Recognised {
        let mut i = 0;
        while i < self.tokens.len() {
            // Most tokens start no run: they are passed over before the run is read.
            let next = if self.run_member(i) { self.read_run(i, self.sentence_end(i)) } else { i + 1 };
            i = next.max(i + 1).max(self.resume);
        }
        self.coordinates();
        self.state_abbreviations();
        self.agent_phrases();
        self.two_sides_phrases();
        self.attributive_places();
        self.pronouns();
        self.place_references();
        self.bloc_references();
        self.title_references();
        self.body_references();
        self.agents_before_names();
        self.mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        self.finish_entities();
        let groups = self.agent_groups();
        let appositive_titles = self.appositive_titles.iter().map(|&(a, b)| self.span_of(a, b)).collect();
        Recognised {
            entities: self.entities,
            mentions: self.mentions,
            diagnostics: self.diagnostics,
            groups,
            dateline_hub: self.dateline_hub,
            appositive_titles,
        }
    }

    /// Whether token `i` can belong to a run of capitalised words.
    fn run_member(&self, i: usize) -> bool {
        let t = self.tokens[i];
        if t.kind != TokenKind::Word {
            return false;
        }
        if t.cap {
            // Weekdays and months end a name: "Parliament Thursday".
            return !is_calendar_word(self.token_text[i]);
        }
        // Arabic particles inside names: "Mohammed Shia al-Sudani", "Bashar al-Assad" (the
        // hyphen first: most lowercase words have none there).
        let w = self.token_text[i];
        // Inside a name, or opening one: "al-Zarqawi said", "the al-Ghuraba Brigades".
        if arabic_particle_name(w) {
            return true;
        }
        // Lowercase titles ("foreign minister") may open a run before a name, and a known
        // name may start in lowercase ("Osama bin Laden's al-Qaeda network") or be typed
        // with its capitals out of place ("iSrael").
        self.hit_starting(i).is_some_and(|h| {
            self.title_of(&h, TitleKind::Title).is_some()
                || h.targets
                    .iter()
                    .any(|t| matches!(t, NameRef::Institution(_) | NameRef::Group(_) | NameRef::Person(_)))
                || inner_capital(w)
        })
    }

    /// Reads the run of capitalised words starting at `i` (if any) and classifies it.
    /// Returns the token index after the run.
    fn capital_run(&mut self, i: usize, end: usize) -> usize {
        if !self.run_member(i) {
            return i + 1;
        }
        self.read_run(i, end)
    }

    /// As [`Recogniser::capital_run`], where token `i` is known to belong to a run.
    fn read_run(&mut self, i: usize, end: usize) -> usize {
        let mut j = i;
        let mut k = i;
        while k < end {
            if let Some(h) = self.hit_starting(k) {
                if h.toks.1 <= end {
                    k = h.toks.1;
                    j = k;
                    continue;
                }
            }
            if self.run_member(k) {
                k += 1;
                j = k;
                continue;
            }
            // Connectors join capitalised words: "Ministry of Foreign Affairs", "Party of China",
            // and hyphens join parts of one: "Vice-Speaker", "China-Central Asia".
            let w = self.w(k);
            if k > i
                && matches!(w, "-" | "–")
                && self.tokens.get(k + 1).is_some_and(|t| t.cap && t.kind == TokenKind::Word)
                && self.tokens[k].span.start == self.tokens[k - 1].span.end
            {
                k += 1;
                continue;
            }
            // A plural possessive inside a name: "Palestinian Prisoners' Society", "Kazakh
            // Journalists' Union".
            if k > i
                && matches!(w, "'" | "’")
                && self.tokens[k].span.start == self.tokens[k - 1].span.end
                && self.w(k - 1).ends_with('s')
                && self.tokens[k - 1].cap
                && k + 1 < end
                && self.tokens[k + 1].cap
                && self.tokens[k + 1].kind == TokenKind::Word
                && self.tokens[k + 1].span.start > self.tokens[k].span.end
                // A body's name goes on to its head word ("Flores' ID badge" is no name).
                && (k + 1..(k + 4).min(end))
                    .take_while(|&m| self.tokens[m].cap && self.tokens[m].kind == TokenKind::Word)
                    .any(|m| self.hit_starting(m).is_some_and(|h| self.title_of(&h, TitleKind::OrgHead).is_some()))
            {
                k += 1;
                continue;
            }
            if k > i && CONNECTORS.contains(&w) {
                let mut m = k + 1;
                if self.w(m) == "the" {
                    m += 1;
                }
                if m < end && self.tokens[m].cap && self.tokens[m].kind == TokenKind::Word {
                    k = m;
                    continue;
                }
            }
            break;
        }
        if j <= i {
            return i + 1;
        }
        self.classify_run(i, j);
        j
    }

    fn classify_run(&mut self, mut a: usize, b: usize) {
        // "Minister of Investment, Industry and Trade Laziz Kudratov": a run after the
        // "and" that closes a list of fields after a title's "of" opens with the last
        // field; the words after it are a person's name, the whole list their title.
        if b - a >= 3 && (a + 1..b).all(|k| self.tokens[k].cap && !self.common_word(k)) {
            if let Some(t0) = self.field_list_title(a) {
                self.rule_person((a + 1, b), Some((t0, a + 1)));
                return;
            }
        }
        // A lowercase title may continue a name before it: "U.N. relief chief Tom Fletcher".
        if !self.tokens[a].cap {
            let lo = self.sentence_start(a);
            let mut k = a;
            while k > lo
                && a - k < 3
                && self.tokens[k - 1].kind == TokenKind::Word
                && !self.tokens[k - 1].cap
                && !in_set(&FUNCTION_WORDS_SET, self.w(k - 1))
                // "Kenyan police arrested journalist X": a verb ends the title.
                && !self.w(k - 1).ends_with("ed")
                && !COMMON_VERBS.contains(&self.w(k - 1))
                && !is_speech_verb(self.w(k - 1))
            {
                k -= 1;
            }
            if let Some(h) = self.hit_ending(k).copied() {
                let named = h.targets.iter().any(|t| {
                    matches!(
                        t,
                        NameRef::Country(_)
                            | NameRef::CountryAdjective(_)
                            | NameRef::Group(_)
                            | NameRef::Institution(_)
                    )
                });
                if named && h.toks.0 >= lo {
                    a = h.toks.0;
                }
            }
        }
        // "the Gulf of Oman", "the Sea of Japan", "the Bay of Bengal": a body of water
        // named after a country or town is a place of its own, in no country, unless
        // the gazetteer knows the whole name.
        if b - a >= 3
            && matches!(self.w(a), "Gulf" | "Sea" | "Bay" | "Strait" | "Straits")
            && self.w(a + 1) == "of"
            && self.hit_starting(a).is_none_or(|h| h.toks.1 < b)
        {
            self.rule_place((a, b));
            return;
        }
        // Leading articles and sentence-initial words that are not names.
        let sentence_first = a == self.sentence_start(a);
        // "Thousands of Kazakhs": a quantity before "of" is no part of a name.
        if sentence_first
            && b - a > 2
            && self.w(a + 1) == "of"
            && matches!(self.w(a), "Thousands" | "Hundreds" | "Dozens" | "Tens" | "Millions" | "Scores")
        {
            a += 2;
        }
        while a < b && self.hit_starting(a).is_none() && matches!(self.w(a), "The" | "the" | "A" | "An") {
            a += 1;
        }
        // "Young Algerians blocked roads", "Angry French farmers": an unknown first word
        // before a country adjective qualifies the people; it is no name.
        if a + 1 < b
            && sentence_first
            && self.hit_starting(a).is_none()
            && self
                .hit_starting(a + 1)
                .is_some_and(|h| h.toks.1 == b && h.targets.iter().any(|t| matches!(t, NameRef::CountryAdjective(_))))
        {
            a += 1;
        }
        // 'Said Ellis: "…"': a verb of saying that opens a sentence before a name and a
        // colon is no part of the name.
        if sentence_first && b - a >= 2 && crate::statements::LINE_OPENING_CUES.contains(&self.w(a)) && self.w(b) == ":"
        {
            a += 1;
        }
        if a < b && sentence_first && self.hit_starting(a).is_none() {
            let w = self.w(a);
            // A participle opens a sentence ("Armed men attacked …"), but so do given names
            // ending in "-ed" ("Ahmed Kico said"): one counts as a word when the text also
            // uses it in lowercase.
            let participle = w.ends_with("ed") && self.common_word(a);
            // An acronym that acts or owns ("NAVCENT is responsible", "NAVCENT's
            // mission") is read on, as a name.
            let acronym = b - a == 1
                && (3..=8).contains(&w.len())
                && w.bytes().all(|c| c.is_ascii_uppercase())
                && !COMMON_ACRONYMS.contains(&w)
                && self.tokens.get(b).is_some_and(|t| {
                    t.kind == TokenKind::Possessive
                        || t.kind == TokenKind::Word && self.w(b).starts_with(|c: char| c.is_ascii_lowercase())
                });
            if !acronym
                && (in_set(&NOT_NAMES_SET, w) || w.ends_with("ing") || w.ends_with("ly") || participle || b - a == 1)
            {
                if b - a == 1 && !in_set(&NOT_NAMES_SET, w) {
                    // A lone capitalised first word may still be a known surname ("Tokayev said").
                    if self.surname_mention(a) {
                        return;
                    }
                }
                a += 1;
            }
        }
        if a >= b {
            return;
        }
        // Elements of the run: name hits, or single tokens.
        let mut elems: Vec<(usize, usize, Option<NameHit<'a>>)> = Vec::with_capacity(b - a);
        let mut k = a;
        while k < b {
            match self.hit_starting(k).filter(|h| h.toks.1 <= b) {
                Some(h) => {
                    elems.push((k, h.toks.1, Some(h)));
                    k = h.toks.1;
                }
                None => {
                    elems.push((k, k + 1, None));
                    k += 1;
                }
            }
        }
        let is_connector = |s: &Self, e: &(usize, usize, Option<NameHit>)| {
            e.2.is_none() && (CONNECTORS.contains(&s.w(e.0)) || s.w(e.0) == "the")
        };
        // "King Hassan of Morocco", "President Hosni Mubarak of Egypt": a titled name
        // followed by "of" and a country is a person of that country.
        if let [.., (pa, _, ph), (oa, _, None), (ca, cb, Some(ch))] = elems[..] {
            let country = ch.targets.iter().find_map(|t| if let NameRef::Country(c) = t { Some(*c) } else { None });
            let name_before = self.tokens[pa].cap
                && !in_set(&NOT_NAMES_SET, self.w(pa))
                && !self.common_word(pa)
                && ph.is_none_or(|h| h.targets.iter().all(|t| matches!(t, NameRef::Place(_) | NameRef::Person(_))));
            let titled = elems[..elems.len() - 3]
                .iter()
                .any(|e| e.2.and_then(|h| self.title_of(&h, TitleKind::Title)).is_some());
            if let Some(c) = country.filter(|_| self.w(oa) == "of" && name_before && titled && pa > a) {
                let before = self.mentions.len();
                self.classify_run(a, oa);
                let iso3 = self.kb.countries[c as usize].iso3.clone();
                let person = self.mentions[before..]
                    .iter()
                    .rposition(|m| m.kind == MentionKind::Person && m.toks.1 == oa)
                    .map(|p| before + p);
                if let Some(p) = person {
                    if let Some(e) = self.mentions[p].entity {
                        if self.entities[e].country.is_none() {
                            self.entities[e].country = Some(iso3.clone());
                        }
                        let c = self.entities[e].country.clone();
                        self.mentions[p].countries = c.into_iter().collect();
                    }
                }
                let mut m = self.country_mention(c, (ca, cb));
                m.absorbed = person.is_some();
                self.mentions.push(m);
                return;
            }
        }
        // "Michael Kofman of the Carnegie Endowment", "said Anna Petrova of Moscow State
        // University": a person's name (after optional titles) before "of" and an
        // organisation is a person and their organisation, not one organisation.
        if let Some(oi) = elems.iter().position(|e| e.2.is_none() && self.w(e.0) == "of") {
            let left = &elems[..oi];
            let ri =
                if elems.get(oi + 1).is_some_and(|e| e.2.is_none() && self.w(e.0) == "the") { oi + 2 } else { oi + 1 };
            let right = &elems[ri.min(elems.len())..];
            let titles =
                left.iter().take_while(|e| e.2.and_then(|h| self.title_of(&h, TitleKind::Title)).is_some()).count();
            let names = &left[titles..];
            let name_word = |e: &(usize, usize, Option<NameHit>)| {
                e.2.is_none()
                    && e.1 - e.0 == 1
                    && is_title_case_word(self.w(e.0))
                    && !in_set(&NOT_NAMES_SET, self.w(e.0))
                    && !self.common_word(e.0)
            };
            let organisation = right.iter().any(|e| {
                e.2.is_some_and(|h| {
                    self.title_of(&h, TitleKind::OrgHead).is_some()
                        || h.targets.iter().any(|t| matches!(t, NameRef::Institution(_)))
                })
            });
            // A one-word town inside the name is part of it ("Oaitse Nawa", where the
            // gazetteer knows a Nawa).
            let town =
                |e: &(usize, usize, Option<NameHit>)| e.1 - e.0 == 1 && e.2.is_some_and(|h| self.minor_place(&h));
            if (2..=3).contains(&names.len())
                && names.iter().all(|e| name_word(e) || town(e))
                && names.iter().any(name_word)
                && organisation
            {
                let (na, nb) = (names[0].0, names[names.len() - 1].1);
                self.rule_person((na, nb), (titles > 0).then_some((a, na)));
                self.component_mentions(&left[..titles], true);
                self.classify_run(right[0].0, b);
                return;
            }
        }
        let has_title = elems.iter().any(|e| e.2.and_then(|h| self.title_of(&h, TitleKind::Title)).is_some());
        let org_head = elems.iter().any(|e| e.2.and_then(|h| self.title_of(&h, TitleKind::OrgHead)).is_some());

        // 1. A known person at the end, after optional titles: "Chinese President Xi Jinping".
        if let Some(&(pa, pb, Some(h))) = elems.last() {
            if let Some(p) = h.targets.iter().find_map(|t| if let NameRef::Person(p) = t { Some(*p) } else { None }) {
                let prefix = (pa > a).then_some((a, pa));
                self.kb_person(p, (pa, pb), prefix);
                self.component_mentions(&elems[..elems.len() - 1], true);
                return;
            }
        }
        // 2. Unknown capitalised words after a title: a person the knowledge base lacks.
        // Hyphens glued to their neighbours belong to the name: "Kassym-Jomart".
        let glued_hyphen = |s: &Self, k: usize| {
            matches!(s.w(k), "-" | "–")
                && k > 0
                && s.tokens[k - 1].span.end == s.tokens[k].span.start
                && s.tokens.get(k + 1).is_some_and(|n| n.span.start == s.tokens[k].span.end)
        };
        // A middle initial belongs to the name: "Maria T. Delgado", "John Q. Adams".
        let middle_initial = |s: &Self, k: usize, last: bool| {
            let w = s.w(k);
            !last && k > a && w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase())
        };
        let tail: Vec<usize> = elems
            .iter()
            .rev()
            .enumerate()
            .take_while(|&(i, e)| {
                // "Representative Derrick Van Orden", "Governor Bello Matawalle": a one-word
                // town inside the name, before its last word, is part of it.
                let inner_town = i > 0 && has_title && e.1 - e.0 == 1 && e.2.is_some_and(|h| self.minor_place(&h));
                (e.2.is_none() || inner_town)
                    && (glued_hyphen(self, e.0)
                        || middle_initial(self, e.0, i == 0)
                        // "Vann R. Newkirk II", "John Smith Jr.": a generational suffix
                        // ends a name of two words or more.
                        || i == 0 && elems.len() >= 3 && GENERATIONAL.contains(&self.w(e.0))
                        || !is_connector(self, e)
                            && is_title_case_word(self.w(e.0))
                            && !in_set(&NOT_NAMES_SET, self.w(e.0)))
            })
            .map(|(_, e)| e.0)
            .collect();
        // A name does not start with a hyphen.
        let mut tail = tail;
        while tail.last().is_some_and(|&k| glued_hyphen(self, k)) {
            tail.pop();
        }
        let mut tail_words = tail.iter().filter(|&&k| !glued_hyphen(self, k)).count();
        let honorific = elems
            .first()
            .is_some_and(|e| matches!(self.w(e.0), "Mr." | "Mrs." | "Ms." | "Dr." | "Mr" | "Ms" | "Mrs" | "Dr"));
        let named_prefix = elems.iter().any(|e| {
            e.2.is_some_and(|h| {
                h.targets
                    .iter()
                    .any(|t| matches!(t, NameRef::Institution(_) | NameRef::Country(_) | NameRef::CountryAdjective(_)))
            })
        });
        // "Minister of Agriculture Aidar Kulmanov": after "of", the first capitalised word
        // names the ministry's field, not the person.
        // A single word there is that field alone ("Minister of Labor, Migration and
        // Employment Rustam Kholov" has no person "Labor").
        if (tail_words >= 3 || tail_words == 1)
            && tail.last().is_some_and(|&k| k > a && matches!(self.w(k - 1), "of" | "for"))
        {
            tail.pop();
            tail_words -= 1;
            // "Minister of Water Resources Bakhodir Kurbanov": a field of two or more words,
            // by the words that name a ministry's field.
            while tail_words >= 3 && tail.last().is_some_and(|&k| MINISTRY_FIELDS.contains(&self.w(k))) {
                tail.pop();
                tail_words -= 1;
            }
        }
        // "President Bush": a word the gazetteer also knows as a town is a surname after a
        // title.
        if tail.is_empty() && elems.len() >= 2 {
            let (la, lb, last) = elems[elems.len() - 1];
            let town = last.is_some_and(|h| {
                h.targets.iter().all(|t| matches!(t, NameRef::Place(p) if !self.kb.places[*p as usize].capital))
            });
            let after_title = elems[elems.len() - 2].2.is_some_and(|h| self.title_of(&h, TitleKind::Title).is_some());
            // "Mr. King", "Mrs. Bush": after an honorific alone, a word the knowledge base
            // knows as a town or a title is the surname, except an office addressed by
            // its title ("Mr. President", "Madam Speaker").
            let title_word = last.is_some_and(|h| self.title_of(&h, TitleKind::Title).is_some());
            let address = ADDRESSED_OFFICES.contains(&self.w(la));
            let after_honorific = honorific && elems.len() == 2 && (town || title_word) && !address;
            if (town && after_title || after_honorific) && lb - la == 1 {
                if !self.surname_mention_with_prefix(la, a) {
                    self.rule_person((la, lb), Some((a, la)));
                }
                self.component_mentions(&elems[..elems.len() - 1], true);
                return;
            }
            // "Prime Minister Ehud Barak": unknown given names between the title and the
            // town are part of the name, and so is a middle initial after one ("Petty
            // Officer Scott C. Dayton").
            let firsts = elems[..elems.len() - 1]
                .iter()
                .rev()
                .take_while(|e| {
                    e.2.is_none()
                        && (is_title_case_word(self.w(e.0))
                            && !in_set(&NOT_NAMES_SET, self.w(e.0))
                            && !self.common_word(e.0)
                            || middle_initial(self, e.0, false) && e.0 > a && self.tokens[e.0 - 1].cap)
                })
                .count();
            let firsts = if firsts > 0 && middle_initial(self, elems[elems.len() - 1 - firsts].0, false) {
                firsts - 1
            } else {
                firsts
            };
            let n = elems.len();
            // "Defence Secretary Tom King": so is a title word ("King", "Major") after given
            // names that follow a title, and a one-word name of a group ("Foreign Minister
            // Therese Kayikwamba Wagner" is no Wagner Group).
            let group_word = last
                .is_some_and(|h| h.targets.iter().all(|t| matches!(t, NameRef::Institution(_) | NameRef::Group(_))));
            if (town || title_word || group_word)
                && lb - la == 1
                && (1..=3).contains(&firsts)
                && n > firsts + 1
                && elems[n - 2 - firsts].2.is_some_and(|h| self.title_of(&h, TitleKind::Title).is_some())
            {
                let na = elems[n - 1 - firsts].0;
                self.rule_person((na, lb), Some((a, na)));
                self.component_mentions(&elems[..n - 1 - firsts], true);
                return;
            }
        }
        if tail_words > 0
            && tail_words <= 4
            && (has_title || honorific || named_prefix && tail_words >= 2)
            && elems.len() > tail.len()
        {
            let na = *tail.last().unwrap_or(&a);
            let nb = b;
            if tail_words == 1 && self.surname_mention_with_prefix(na, a) {
                self.component_mentions(&elems[..elems.len() - 1], true);
                return;
            }
            // "Chinese Ambassador to Kyrgyzstan Du Dewen": a country opening the run after
            // a title's "to" is the title's brief; the title is all of it.
            let pre = if named_prefix && !has_title { self.title_before_brief(a).unwrap_or(a) } else { a };
            self.rule_person((na, nb), Some((pre, na)));
            self.component_mentions(&elems[..elems.len() - tail.len()], true);
            return;
        }
        // 3. An organisation: the run holds an organisation head word or is one institution.
        let single_inst = elems.len() == 1
            && elems[0].2.is_some_and(|h| h.targets.iter().any(|t| matches!(t, NameRef::Institution(_))));
        if single_inst {
            if let Some(h) = elems[0].2 {
                if let Some(ix) = self.institution_in_context(h.targets, h.toks) {
                    self.kb_institution(ix, (a, b));
                    return;
                }
            }
        }
        // "the Coalition", "the Army", "the Border Service": a capitalised organisation
        // head alone after "the" names a body the text has in mind.
        if org_head
            && elems.len() == 1
            && (b - a == 1 || elems[0].0 == a && elems[0].1 == b && (a..b).all(|k| self.tokens[k].cap))
            && self.tokens[a].cap
            && (b - a == 1 || a > 0 && matches!(self.w(a - 1), "the" | "The"))
        {
            // "the President's Office", "the Prime Minister's Office": a title owning the
            // head word belongs to the body's name (an "Office" alone names nothing).
            let owner = (a >= 2 && self.tokens[a - 1].kind == TokenKind::Possessive)
                .then(|| self.hit_ending(a - 1))
                .flatten()
                .filter(|h| self.title_of(h, TitleKind::Title).is_some())
                .map(|h| h.toks.0);
            self.rule_org((owner.unwrap_or(a), b), &[]);
            // "the Senate's Committee on Foreign Affairs": the possessor is not the actor,
            // nor is a venue ("speaking in the Senate").
            let after = &self.text[self.tokens[b - 1].span.end..];
            let before = if a >= 2 && matches!(self.w(a - 1), "the" | "The") { self.w(a - 2) } else { "" };
            if after.starts_with("'s") || after.starts_with("’s") || matches!(before, "in" | "at" | "into" | "inside")
            {
                if let Some(m) = self.mentions.last_mut() {
                    m.absorbed = true;
                }
            }
            return;
        }
        let not_org = NOT_ORGANISATIONS.contains(&self.w(b - 1));
        if org_head && !not_org && !has_title_at_end(self, &elems) && elems.len() > 1 {
            // An organisation's name starts at its first capitalised word ("member of the
            // Political Bureau" names the Political Bureau).
            // Nor is a place it is based in: "the Berlin-based Carnegie Russia Eurasia Center".
            let first = elems
                .iter()
                .position(|e| {
                    (self.tokens[e.0].cap || arabic_particle_name(self.w(e.0)))
                        && !self.w(e.1 - 1).to_ascii_lowercase().ends_with("-based")
                })
                .unwrap_or(0);
            self.component_mentions(&elems[..first], true);
            self.rule_org((elems[first].0, b), &elems[first..]);
            return;
        }
        // "Bosnian Serbs", "Iraqi Kurds": a country adjective before an unknown plural
        // noun names people of that country.
        if let [(ca, cb, Some(h)), (na, nb, second)] = elems[..] {
            let adj = h.targets.iter().find_map(|t| if let NameRef::CountryAdjective(c) = t { Some(*c) } else { None });
            // The noun may itself be a demonym: "Bosnian Serbs" are people of Bosnia.
            let second_ok = second.is_none_or(|s| s.targets.iter().all(|t| matches!(t, NameRef::CountryAdjective(_))));
            let w = if second_ok { self.w(na) } else { "" };
            if let Some(c) = adj.filter(|_| {
                nb == na + 1 && w.len() > 3 && w.ends_with('s') && is_title_case_word(w) && !in_set(&NOT_NAMES_SET, w)
            }) {
                let mut m = self.country_mention(c, (ca, cb));
                m.absorbed = true;
                self.mentions.push(m);
                let people = self.people_of(c, ca, nb);
                self.mentions.push(people);
                return;
            }
        }
        // "the Helmand River", "the Panjshir Valley": a place the gazetteer knows before the
        // head of a natural feature names the feature, not the province or town.
        if let [(_, _, Some(h)), (na, nb, None)] = elems[..] {
            if nb == na + 1
                && NATURAL_HEADS.contains(&self.w(na))
                && h.targets.iter().all(|t| matches!(t, NameRef::Place(p) if !self.kb.places[*p as usize].capital))
            {
                self.rule_place((a, b));
                return;
            }
        }
        // "the Tigris River", "Diyala Province", "the Hamrin Mountains": unknown title-case
        // words before the head word of a place's name (or after its first word, "Camp
        // Hurriya") name a place the gazetteer lacks. Not a street, road or square: such a
        // name says little in political news, and attache could give it no coordinates.
        if (2..=4).contains(&elems.len())
            && b - a == elems.len()
            && (PLACE_PREFIXES.contains(&self.w(a))
                || PLACE_HEADS.contains(&self.w(b - 1)) && !URBAN_HEADS.contains(&self.w(b - 1)))
            && (a..b).all(|k| {
                let w = self.w(k);
                self.hit_starting(k).is_none()
                    && is_title_case_word(w)
                    && (PLACE_PREFIXES.contains(&w) || PLACE_HEADS.contains(&w) || !in_set(&NOT_NAMES_SET, w))
            })
        {
            self.rule_place((a, b));
            return;
        }
        // "the Amu Darya river", "Maoxian county", "the Qosh Tepa canal": unknown title-case
        // words before a lowercase head of a place's name name a place, or a work of
        // building (no one), not a person.
        // ("the Kempir-Abad reservoir": a hyphen may join the words.)
        if (1..=3).contains(&elems.len())
            && (b - a == elems.len() || b - a <= 5 && (a..b).any(|k| self.w(k) == "-"))
            && self.tokens.get(b).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
            && (a..b).all(|k| {
                self.w(k) == "-" && k > a && k + 1 < b
                    || self.hit_starting(k).is_none() && is_title_case_word(self.w(k))
            })
        {
            let head = self.w(b);
            let works = matches!(
                head,
                "dam"
                    | "gate"
                    | "bridge"
                    | "square"
                    | "street"
                    | "road"
                    | "avenue"
                    | "airport"
                    | "airbase"
                    | "canal"
                    | "crossing"
                    | "highway"
                    | "pipeline"
                    | "reservoir"
                    | "port"
                    | "terminal"
                    | "railway"
                    | "oilfield"
                    | "corridor"
            );
            if works {
                return;
            }
            if PLACE_HEADS.iter().any(|h| h.eq_ignore_ascii_case(head)) || head == "lake" {
                self.rule_place((a, b));
                return;
            }
        }
        // 4. Unknown title-case words alone: a person by the shape of the name.
        if tail.len() == elems.len() && (2..=4).contains(&tail_words) && tail.iter().all(|&k| !self.common_word(k)) {
            self.rule_person((a, b), None);
            return;
        }
        if elems.len() == 1 && elems[0].2.is_none() && self.surname_mention(a) {
            return;
        }
        // "Therese Kayikwamba Wagner", "Ahmed Hassan": first names before a word the
        // knowledge base knows as an institution ("Wagner") or a town ("Hassan") make a
        // person's name.
        if let Some(&(la, lb, Some(h))) = elems.last() {
            let institution = h.targets.iter().all(|t| matches!(t, NameRef::Institution(_)));
            let town = h.targets.iter().all(|t| matches!(t, NameRef::Place(_)));
            let lone_name = lb - la == 1 && (institution || town);
            let firsts = &elems[..elems.len() - 1];
            if lone_name
                && (1..=if town { 2 } else { 3 }).contains(&firsts.len())
                && firsts.iter().all(|e| {
                    e.2.is_none()
                        && is_title_case_word(self.w(e.0))
                        && !in_set(&NOT_NAMES_SET, self.w(e.0))
                        && !self.common_word(e.0)
                })
            {
                self.rule_person((a, b), None);
                return;
            }
        }
        // "Yao Ming", "Douglas Paal", "Derrick Van Orden": a one-word town or city (not a
        // capital) before or among unknown title-case words is part of a person's name,
        // unless the run is shaped like a place ("Kabul Airport", "Lake Van").
        if (2..=4).contains(&elems.len()) && b - a == elems.len() && elems.last().is_some_and(|e| e.2.is_none()) {
            let town = |h: &NameHit| self.minor_place(h);
            let towns = elems.iter().filter(|e| e.2.is_some_and(|h| town(&h))).count();
            let name_words = elems.iter().all(|e| match e.2 {
                Some(h) => town(&h),
                None => {
                    is_title_case_word(self.w(e.0)) && !in_set(&NOT_NAMES_SET, self.w(e.0)) && !self.common_word(e.0)
                        // "Douglas Holtz-Eakin", "Alexandria Ocasio-Cortez": a hyphen joins
                        // the parts of a double surname.
                        || self.w(e.0) == "-" && e.0 > a + 1 && e.0 + 1 < b
                }
            });
            let place_shaped = PLACE_PREFIXES.contains(&self.w(a)) || PLACE_HEADS.contains(&self.w(b - 1));
            // "Consul General in Almaty Wang Hongjun said": after a preposition the place
            // stands for itself.
            let after_preposition = a > 0 && matches!(self.w(a - 1), "in" | "from" | "of" | "at" | "to" | "near");
            if towns == 1 && name_words && !place_shaped && !after_preposition && self.person_context(a, b) {
                self.rule_person((a, b), None);
                return;
            }
        }
        // A lone word the gazetteer knows as a town or city that is also a word of the name
        // of a person named before ("Yao Ming … Yao said") refers to that person; one
        // that speaks is a person the text names by surname ("Manning said", ", said
        // Nawa."): a town does not speak, unlike a capital standing for its government.
        if let [(ka, kb, Some(h))] = elems[..] {
            // After a preposition or article it stays a place: "in Greer", "from Cowley".
            let after_preposition = ka > 0
                && matches!(
                    self.w(ka - 1),
                    "in" | "from" | "of" | "at" | "to" | "near" | "for" | "on" | "by" | "into" | "the" | "The"
                );
            // "Police in Oakland and Sacramento said": joined to a place, it is a place.
            let after_place = ka >= 2
                && matches!(self.w(ka - 1), "and" | "or")
                && self
                    .mentions
                    .last()
                    .is_some_and(|m| m.toks.1 == ka - 1 && matches!(m.kind, MentionKind::Place | MentionKind::Country));
            if kb - ka == 1 && self.minor_place(&h) && !after_preposition && !after_place {
                if self.surname_mention(ka) {
                    return;
                }
                let speaks =
                    self.tokens.get(kb).is_some_and(|t| t.kind == TokenKind::Word && SPEAKING.contains(&self.w(kb)))
                        || ka > 0
                            && SPEAKING.contains(&self.w(ka - 1))
                            && self.tokens.get(kb).is_none_or(|t| matches!(t.text(self.text), "." | "," | ";"));
                if speaks {
                    self.rule_person((ka, kb), None);
                    return;
                }
            }
        }
        // An unknown acronym alone ("the ISF", "SRTF"): an organisation, unless the
        // sentence is set in capitals (a headline) or the acronym is a common abbreviation.
        // "CJTF-OIR": the parts of a hyphenated acronym are one.
        let acronym_run = match elems[..] {
            [(ka, kb, None)] => Some((ka, kb)),
            [(ka, _, None), (ha, hb, None), (_, kb, None)]
                if hb == ha + 1
                    && self.w(ha) == "-"
                    && self.tokens[ha].span.start == self.tokens[ha - 1].span.end
                    && self.tokens[ha].span.end == self.tokens[ha + 1].span.start =>
            {
                Some((ka, kb))
            }
            _ => None,
        };
        if let Some((ka, kb)) = acronym_run {
            let w = &self.text[self.span_of(ka, kb).start..self.span_of(ka, kb).end];
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            let shaped = (3..=8).contains(&letters)
                && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
                && w.chars().next().is_some_and(|c| c.is_ascii_uppercase());
            let lo = self.sentence_start(ka);
            let hi = self.sentence_end(ka);
            let shouting = (lo..hi)
                .filter(|&k| self.tokens[k].kind == TokenKind::Word && !(ka..kb).contains(&k))
                .all(|k| !self.w(k).chars().any(|c| c.is_lowercase()));
            // A dateline ("ALMATY --", "MOSCOW/ALMATY, Nov 21 (Reuters)") starts a line,
            // before any lowercase word.
            let line_start = (lo..ka)
                .all(|k| !self.w(k).chars().any(|c| c.is_lowercase()) || is_calendar_word(self.w(k)))
                || self.text[self.tokens[ka - 1].span.end..self.tokens[ka].span.start].contains('\n');
            // At the start of a sentence, one that a lowercase word or a possessive
            // follows acts or owns ("NAVCENT is responsible for …", "NAVCENT's mission"),
            // where a dateline would be followed by a dash or a comma.
            let opens_clause = ka == lo
                && self.tokens.get(kb).is_some_and(|t| {
                    t.kind == TokenKind::Possessive
                        || t.kind == TokenKind::Word && self.w(kb).starts_with(|c: char| c.is_ascii_lowercase())
                });
            if shaped && !shouting && (ka > lo && !line_start || opens_clause) && !COMMON_ACRONYMS.contains(&w) {
                self.rule_org((ka, kb), &[]);
                // "the Regional Anti-Terrorist Structure (RATS)": an acronym in brackets
                // repeats the name before it and is no actor of its own.
                if ka > 0 && self.w(ka - 1) == "(" {
                    if let Some(m) = self.mentions.last_mut() {
                        m.absorbed = true;
                    }
                }
                return;
            }
        }
        // "Near Rawah, two strikes engaged …": an unknown word alone after "near" or
        // "outside" is a place, as a longer name there is ([`Self::rule_person`]).
        if let [(ka, kb, None)] = elems[..] {
            // "the village of Vorukh", "the town of Pokrovsk": so is one named by a word
            // for a settlement.
            let settlement = ka > 1
                && self.w(ka - 1) == "of"
                && matches!(self.w(ka - 2), "village" | "town" | "city" | "settlement" | "hamlet" | "district");
            if ka > 0
                && (matches!(self.w(ka - 1), "near" | "Near" | "outside" | "Outside") || settlement)
                && is_title_case_word(self.w(ka))
                && !self.common_word(ka)
            {
                self.rule_place((ka, kb));
                return;
            }
            // "the attack in Daquq", "a physician from Husaybah": an unknown word alone
            // after "in" or "from" is a place too, unless it is a month or day, a
            // language, a plural or a creed ("in Democrats", "in Judaism"), a person
            // named before, the owner of what follows ("from Gachagua's lawyers"), the
            // first part of a hyphenated name, or inside a title ("Nations in Transit").
            let word = self.w(ka);
            let next = self.tokens.get(kb).map_or("", |t| t.text(self.text));
            let glued = self.tokens.get(kb).is_some_and(|t| t.span.start == self.tokens[kb - 1].span.end);
            if ka > 1
                && kb - ka == 1
                && matches!(self.w(ka - 1), "in" | "from")
                && !(self.tokens[ka - 2].cap && self.sentence_start(ka - 2) != ka - 2)
                && is_title_case_word(word)
                && !self.common_word(ka)
                && !is_calendar_word(word)
                && !LANGUAGES.contains(&word)
                && !in_set(&NOT_NAMES_SET, word)
                && !self.surnames.contains_key(word)
                && !word.ends_with('s')
                && !word.ends_with("ism")
                && !(glued && matches!(next, "-" | "'" | "’"))
                && !matches!(next, "'s" | "’s")
                // "in Croix des Bouquets": the first word of a longer name.
                && !(matches!(next, "des" | "de" | "du" | "la" | "le" | "al" | "el" | "da" | "do" | "di" | "del")
                    && self.tokens.get(kb + 1).is_some_and(|t| t.cap))
            {
                self.rule_place((ka, kb));
                return;
            }
        }
        // 5. Otherwise each known name in the run stands for itself.
        self.component_mentions(&elems, false);

        fn has_title_at_end(s: &Recogniser, elems: &[(usize, usize, Option<NameHit>)]) -> bool {
            elems.last().and_then(|e| e.2).and_then(|h| s.title_of(&h, TitleKind::Title)).is_some()
        }
    }

    /// Mentions for the known names inside a run that did not form one larger name.
    fn component_mentions(&mut self, elems: &[(usize, usize, Option<NameHit<'a>>)], absorbed: bool) {
        for (i, &(ea, eb, hit)) in elems.iter().enumerate() {
            let Some(h) = hit else { continue };
            // "the Europe Bridge", "Africa Square": a region before the last word of a
            // place's name names the place, not the region's members.
            let names_a_place = elems.get(i + 1).is_some_and(|&(na, nb, next)| {
                next.is_none() && nb == na + 1 && na == eb && PLACE_HEADS.contains(&self.w(na))
            });
            let mut done = false;
            for t in h.targets {
                if names_a_place && matches!(*t, NameRef::Group(g) if self.kb.groups[g as usize].sector.is_none()) {
                    done = true;
                    break;
                }
                let m = match *t {
                    NameRef::Person(p) => {
                        self.kb_person(p, (ea, eb), None);
                        done = true;
                        break;
                    }
                    NameRef::Institution(first) => {
                        let ix = self.institution_in_context(h.targets, h.toks).unwrap_or(first);
                        self.kb_institution(ix, (ea, eb));
                        if absorbed {
                            if let Some(m) = self.mentions.last_mut() {
                                m.absorbed = true;
                            }
                        }
                        done = true;
                        break;
                    }
                    NameRef::Country(c) => Some(self.country_mention(c, (ea, eb))),
                    NameRef::Group(g) => Some(self.group_mention(g, (ea, eb))),
                    NameRef::Place(p) => Some(self.place_mention(self.best_place(h.targets, p, (ea, eb)), (ea, eb))),
                    _ => None,
                };
                if let Some(mut m) = m {
                    m.absorbed = absorbed;
                    self.mentions.push(m);
                    done = true;
                    break;
                }
            }
            if !done {
                // Adjectives: a mention of the country or group, not an actor by itself,
                // unless it heads a noun phrase of its own ("Russian defense firms").
                for t in h.targets {
                    match *t {
                        NameRef::CountryAdjective(c) => {
                            let mut m = self.country_mention(c, (ea, eb));
                            m.absorbed = true;
                            self.mentions.push(m);
                            // "Palestinians of Gaza shunned work": a demonym before "of", "in"
                            // or "from" and a place heads its own phrase in a longer run.
                            let before_place = i == 0
                                && elems
                                    .get(1)
                                    .is_some_and(|e| e.2.is_none() && matches!(self.w(e.0), "of" | "in" | "from"))
                                && elems[1..].iter().filter_map(|e| e.2).all(|h| {
                                    h.targets.iter().any(|t| {
                                        matches!(
                                            t,
                                            NameRef::Place(_) | NameRef::Country(_) | NameRef::CountryAdjective(_)
                                        )
                                    })
                                })
                                && elems.last().is_some_and(|e| {
                                    e.2.is_some_and(|h| {
                                        h.targets.iter().any(|t| matches!(t, NameRef::Place(_) | NameRef::Country(_)))
                                    })
                                });
                            if !absorbed && (elems.len() == 1 || before_place) {
                                // A plural demonym is a noun already ("Turks began …"); an
                                // adjective may head a phrase ("Russian defense firms").
                                let plural = self.is_plural_demonym(c, (ea, eb));
                                if let Some(np) = self.adjective_phrase(c, eb).filter(|_| !plural && elems.len() == 1) {
                                    self.mentions.push(np);
                                } else if plural {
                                    // "Palestinians blamed Israel": the people of a country act.
                                    let people = self.people_of(c, ea, eb);
                                    self.mentions.push(people);
                                }
                            }
                            break;
                        }
                        NameRef::GroupAdjective(g) => {
                            let mut m = self.group_mention(g, (ea, eb));
                            m.absorbed = true;
                            self.mentions.push(m);
                            break;
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    /// A demonym in the plural ("Palestinians", "Afghans"): the adjective ends in "s" and
    /// the country also lists it without the "s".
    fn is_plural_demonym(&self, c: u32, (a, b): (usize, usize)) -> bool {
        let t = self.text[self.tokens[a].span.start..self.tokens[b - 1].span.end].to_string();
        let Some(singular) = t.strip_suffix('s') else { return false };
        self.kb.countries[c as usize].adjectives.iter().any(|adj| adj == singular)
    }

    /// "Russian defense firms", "Iranian suppliers": a country adjective and the lowercase
    /// words after it, as an actor of that country. Phrases headed by an agent noun are
    /// left to `agent_phrases`.
    fn adjective_phrase(&self, c: u32, from: usize) -> Option<Mention> {
        let mut k = from;
        let end = self.sentence_end(from.saturating_sub(1));
        while k < end && k < from + 3 {
            let t = self.tokens[k];
            let w = t.text(self.text);
            // "a Japanese fishing boat", "a Chinese mining company": a gerund naming a
            // trade is a noun's modifier.
            let trade = matches!(
                w,
                "fishing"
                    | "mining"
                    | "shipping"
                    | "trading"
                    | "banking"
                    | "drilling"
                    | "publishing"
                    | "broadcasting"
                    | "engineering"
                    | "manufacturing"
                    | "refining"
                    | "logging"
                    | "farming"
            ) && k + 1 < end;
            if t.kind != TokenKind::Word
                || t.cap
                || in_set(&FUNCTION_WORDS_SET, w)
                // "two Chinese engineers near the airport": a preposition of place too.
                || in_set(&LOCATIVE_SET, w)
                || w.ends_with("ed")
                || w.ends_with("ing") && !trade
                || w.ends_with("ly")
                || COMMON_VERBS.contains(&w)
                // "Syrian officers today attacked": an adverb ends the phrase.
                || matches!(
                    w,
                    "today" | "yesterday" | "tonight" | "tomorrow" | "now" | "also" | "still" | "again" | "already"
                        | "often" | "soon" | "then" | "here" | "there" | "once" | "twice" | "overnight" | "abroad"
                        | "ago" | "too" | "either" | "instead" | "anyway" | "afterwards" | "meanwhile"
                )
            {
                break;
            }
            if self.agent_at(k).is_some() {
                return None;
            }
            k += 1;
        }
        if k == from {
            return None;
        }
        Some(self.people_of(c, from - 1, k))
    }

    /// An agent phrase of country `c`'s people or bodies from token `a` (with the
    /// determiner or quantity before it) to `b`: "Russian defense firms", "the Turks".
    fn people_of(&self, c: u32, a: usize, b: usize) -> Mention {
        let start = self.determiner_start(a);
        // "Thousands of Georgians marched", "detained 15 Ukrainians": people counted are
        // civilians; "Palestinians blamed Israel" and "the Afghans" stand for the country,
        // and "three Iranian suppliers" are of no sector said.
        let people = self.tokens[b - 1].cap
            || matches!(self.w(b - 1), "nationals" | "citizens" | "migrants" | "tourists" | "pilgrims" | "civilians");
        let counted = people
            && (start..a).any(|k| {
                self.tokens[k].kind == TokenKind::Number || is_number_word(&lowercase(self.w(k))) || {
                    let w = lowercase(self.w(k));
                    is_quantity_noun(&w) || matches!(&*w, "many" | "several" | "some")
                }
            });
        Mention {
            span: self.span_of(start, b),
            toks: (start, b),
            kind: MentionKind::Agent,
            entity: None,
            countries: vec![self.kb.countries[c as usize].iso3.clone()],
            sector: counted.then(|| "CVL".to_string()),
            code: None,
            absorbed: false,
        }
    }

    fn entity(&mut self, key: EntityKey, make: impl FnOnce() -> Entity, span: Span) -> usize {
        let idx = match self.entity_key.get(&key) {
            Some(&i) => i,
            None => {
                self.entities.push(make());
                self.entity_key.insert(key, self.entities.len() - 1);
                self.entities.len() - 1
            }
        };
        let e = &mut self.entities[idx];
        if !e.mentions.contains(&span) {
            e.mentions.push(span);
        }
        idx
    }

    fn country_mention(&mut self, c: u32, toks: (usize, usize)) -> Mention {
        let span = self.span_of(toks.0, toks.1);
        let country = &self.kb.countries[c as usize];
        let iso3 = &country.iso3;
        let e = self.entity(
            EntityKey::Country(c),
            || Entity {
                kind: EntityKind::Country,
                name: country.name.clone(),
                country: Some(iso3.clone()),
                sector: None,
                titles: vec![],
                mentions: vec![],
                members: vec![],
                code: None,
                provenance: Provenance::Kb(format!("countries:{iso3}")),
                coords: None,
                geonameid: country.geonameid,
            },
            span,
        );
        Mention {
            span,
            toks,
            kind: MentionKind::Country,
            entity: Some(e),
            countries: vec![country.iso3.clone()],
            sector: None,
            code: None,
            absorbed: false,
        }
    }

    fn group_mention(&mut self, g: u32, toks: (usize, usize)) -> Mention {
        let span = self.span_of(toks.0, toks.1);
        let group = &self.kb.groups[g as usize];
        let e = self.entity(
            EntityKey::Group(g),
            || Entity {
                kind: if group.sector.is_some() { EntityKind::Organization } else { EntityKind::Group },
                name: group.name.clone(),
                country: None,
                sector: group.sector.clone(),
                titles: vec![],
                mentions: vec![],
                members: group.members.clone(),
                code: group.code.clone(),
                provenance: Provenance::Kb(format!("groups:{}", group.id)),
                coords: None,
                geonameid: None,
            },
            span,
        );
        // An organisation of states acts as itself; a region acts through its members, all of
        // them unless a count names some ("several Gulf states").
        let (countries, code, sector) = if group.sector.is_some() {
            (vec![], group.code.clone(), group.sector.clone())
        } else if self.counts_some_of(self.determiner_start(toks.0), toks.0, group.members.len()) {
            self.some_members.push(span.start);
            (vec![], None, None)
        } else {
            (group.members.clone(), None, None)
        };
        Mention { span, toks, kind: MentionKind::Group, entity: Some(e), countries, sector, code, absorbed: false }
    }

    /// The members of a group, whatever its kind ("EU member states", "Central Asian countries").
    fn group_members_mention(&mut self, g: u32, toks: (usize, usize), head: (usize, usize)) -> Mention {
        let mut m = self.group_mention(g, head);
        m.span = self.span_of(toks.0, toks.1);
        m.toks = toks;
        m.countries = self.kb.groups[g as usize].members.clone();
        m.code = None;
        m.sector = None;
        m
    }

    fn place_mention(&mut self, p: u32, toks: (usize, usize)) -> Mention {
        let span = self.span_of(toks.0, toks.1);
        let place = &self.kb.places[p as usize];
        let e = self.entity(
            EntityKey::Place(p),
            || Entity {
                kind: EntityKind::Location,
                name: place.name.clone(),
                country: Some(place.country.clone()),
                sector: None,
                titles: vec![],
                mentions: vec![],
                members: vec![],
                code: None,
                provenance: Provenance::Kb(format!(
                    "gazetteer:{}",
                    place.geonameid.map(|g| g.to_string()).unwrap_or_else(|| place.name.clone())
                )),
                coords: Some((place.lat, place.lon)),
                geonameid: place.geonameid,
            },
            span,
        );
        // A capital used as an actor stands for the government ("Beijing condemned").
        let sector = place.capital.then(|| "GOV".to_string());
        Mention {
            span,
            toks,
            kind: MentionKind::Place,
            entity: Some(e),
            countries: vec![place.country.clone()],
            sector,
            code: None,
            absorbed: false,
        }
    }

    fn kb_institution(&mut self, ix: u32, toks: (usize, usize)) {
        let m = self.kb_institution_mention(ix, toks);
        self.mentions.push(m);
    }

    /// A mention of the knowledge base's institution `ix` at `toks`, and its entity.
    fn kb_institution_mention(&mut self, ix: u32, toks: (usize, usize)) -> Mention {
        let span = self.span_of(toks.0, toks.1);
        let inst = &self.kb.institutions[ix as usize];
        let e = self.entity(
            EntityKey::Institution(ix),
            || Entity {
                kind: EntityKind::Organization,
                name: inst.name.clone(),
                country: inst.country.clone(),
                sector: inst.sector.clone(),
                titles: vec![],
                mentions: vec![],
                members: vec![],
                code: inst.code.clone(),
                provenance: Provenance::Kb(format!("institutions:{}", inst.name)),
                coords: None,
                geonameid: None,
            },
            span,
        );
        Mention {
            span,
            toks,
            kind: MentionKind::Organization,
            entity: Some(e),
            countries: inst.country.iter().cloned().collect(),
            sector: inst.sector.clone(),
            code: inst.code.clone(),
            absorbed: false,
        }
    }

    /// Country and sector implied by the names and titles in a token range.
    /// Country, institution sector, title sector and international-organisation code
    /// implied by the names and titles in a token range.
    fn facts_in(&self, a: usize, b: usize) -> (Option<String>, Option<String>, Option<String>, Option<String>) {
        let mut igo_code: Option<String> = None;
        let (mut country, mut inst_sector, mut title_sector) = (None, None, None);
        let mut brief_country: Option<String> = None;
        // "Kazakhstan's Special Representative…": a possessive country just before the range.
        // ("Malaysia's former prime minister Najib Razak": words of time may stand between.)
        let mut p = a;
        while p > 0
            && matches!(
                self.w(p - 1),
                "the" | "The" | "former" | "then" | "current" | "late" | "outgoing" | "incoming" | "acting" | "interim"
            )
        {
            p -= 1;
        }
        if p >= 2 && self.tokens[p - 1].kind == TokenKind::Possessive {
            if let Some(h) = self.hit_ending(p - 1).copied() {
                country = h.targets.iter().find_map(|t| match *t {
                    NameRef::Country(c) | NameRef::CountryAdjective(c) => {
                        Some(self.kb.countries[c as usize].iso3.clone())
                    }
                    NameRef::Place(pl) if self.kb.places[pl as usize].capital => {
                        Some(self.kb.places[pl as usize].country.clone())
                    }
                    _ => None,
                });
                // "the EU's special representative for Central Asia Terhi Hakala": an
                // organisation of states that owns the office is the person's.
                if country.is_none() {
                    if let Some(g) = h.targets.iter().find_map(|t| match *t {
                        NameRef::Group(g) if self.kb.groups[g as usize].code.is_some() => {
                            Some(&self.kb.groups[g as usize])
                        }
                        _ => None,
                    }) {
                        inst_sector = g.sector.clone();
                        igo_code = g.code.clone();
                    }
                }
            } else if p >= 3 && matches!(self.w(p - 3), "the" | "The") && GROUP_NOUNS.contains(&self.w(p - 2)) {
                // "the group's military spokesman Yahya Saree": the organisation named last
                // before him (a news agency reports, it has no spokesman in the story).
                country = self
                    .mentions
                    .iter()
                    .rev()
                    .filter(|m| m.toks.1 <= p - 3 && m.kind == MentionKind::Organization && !m.absorbed)
                    .find(|m| m.sector.as_deref() != Some("MED"))
                    .filter(|m| m.countries.len() == 1)
                    .map(|m| m.countries[0].clone());
            }
        }
        let mut k = a;
        while k < b {
            if let Some(h) = self.hit_starting(k).filter(|h| h.toks.1 <= b) {
                for t in h.targets {
                    match *t {
                        NameRef::Institution(i) => {
                            let inst = &self.kb.institutions[i as usize];
                            if inst_sector.is_none() {
                                inst_sector = inst.sector.clone();
                            }
                            if country.is_none() {
                                country = inst.country.clone();
                            }
                        }
                        NameRef::Country(c) | NameRef::CountryAdjective(c) => {
                            // "Special Representative for Afghanistan", "Ambassador to China":
                            // a country after these prepositions is the brief, not the nationality.
                            let brief = k > 0 && matches!(self.w(k - 1), "for" | "to" | "on" | "in" | "with");
                            if brief {
                                brief_country.get_or_insert_with(|| self.kb.countries[c as usize].iso3.clone());
                            } else if country.is_none() {
                                country = Some(self.kb.countries[c as usize].iso3.clone());
                            }
                        }
                        NameRef::Group(g) => {
                            let g = &self.kb.groups[g as usize];
                            if g.sector.is_some() && inst_sector.is_none() {
                                inst_sector = g.sector.clone();
                                igo_code = g.code.clone();
                            }
                        }
                        NameRef::Title(ti) => {
                            let t = &self.kb.titles[ti as usize];
                            if t.kind == TitleKind::Agent {
                                continue;
                            }
                            if t.kind == TitleKind::OrgHead && inst_sector.is_none() {
                                inst_sector = t.sector.clone();
                            } else if t.kind == TitleKind::Title && title_sector.is_none() {
                                title_sector = t.sector.clone();
                            }
                        }
                        _ => continue,
                    }
                    break;
                }
                k = h.toks.1;
            } else {
                k += 1;
            }
        }
        // The UN's "special envoy for Syria" works for the UN, not for Syria.
        let brief_country = brief_country.filter(|_| inst_sector.as_deref() != Some("IGO"));
        (country.or(brief_country), inst_sector, title_sector, igo_code)
    }

    fn kb_person(&mut self, p: u32, name: (usize, usize), prefix: Option<(usize, usize)>) {
        let person = &self.kb.people[p as usize];
        let title_text = prefix.map(|(a, b)| self.text[self.span_of(a, b).start..self.span_of(a, b).end].to_string());
        let offices = person.offices_on(self.date);
        // Prefer the office the text names, then executive, legislative and party offices.
        let rank = |o: &&&attache_kb::Office| {
            let named = title_text.as_ref().is_some_and(|t| {
                let tl = lowercase(t);
                tl.split_whitespace().any(|w| w.len() > 3 && lowercase(&o.office).contains(w))
            });
            let sector_rank = match o.sector.as_deref() {
                Some("GOV") => 0,
                Some("IGO") => 1,
                Some("LEG") => 2,
                Some("PTY") => 3,
                _ => 4,
            };
            (!named, sector_rank)
        };
        let office = offices.iter().min_by_key(rank).copied();
        let (country, sector) = match office {
            Some(o) => (o.country.clone(), o.sector.clone()),
            // Out of office that day, a person keeps the country of every office they held:
            // a former president, or a president before the knowledge base's dates.
            None => {
                let mut cs = person.offices.iter().map(|o| o.country.as_ref());
                let first = cs.next().flatten();
                (first.filter(|c| cs.all(|o| o == Some(*c))).cloned(), None)
            }
        };
        // An official of an international body takes its code from the office's name
        // ("United Nations High Commissioner for Human Rights": IGOUNO).
        let code = office.filter(|o| o.sector.as_deref() == Some("IGO")).and_then(|o| {
            self.kb.find_names(&o.office).iter().find_map(|h| {
                h.targets.iter().find_map(|t| match *t {
                    NameRef::Institution(ix) => self.kb.institutions[ix as usize].code.clone(),
                    NameRef::Group(g) => {
                        let g = &self.kb.groups[g as usize];
                        g.code.clone().filter(|_| g.sector.as_deref() == Some("IGO"))
                    }
                    _ => None,
                })
            })
        });
        let span = self.span_of(name.0, name.1);
        let e = self.entity(
            EntityKey::Person(p),
            || Entity {
                kind: EntityKind::Person,
                name: person.name.clone(),
                country: country.clone(),
                sector: sector.clone(),
                titles: vec![],
                mentions: vec![],
                members: vec![],
                code,
                provenance: Provenance::Kb(format!("people:{}", person.name)),
                coords: None,
                geonameid: None,
            },
            span,
        );
        if let Some(t) = title_text {
            if !self.entities[e].titles.contains(&t) {
                self.entities[e].titles.push(t);
            }
        }
        self.person_mention(e, name, prefix);
    }

    fn rule_person(&mut self, name: (usize, usize), prefix: Option<(usize, usize)>) {
        // "the head of the State Committee for National Security": words that name a body's
        // field after its "for" or "of" are no person's name.
        if name.0 >= 1
            && matches!(self.w(name.0 - 1), "for" | "of")
            && (name.0..name.1).any(|k| in_set(&COMMON_CAPITALISED_SET, self.w(k)))
        {
            return;
        }
        // "the village of Kok-Tash", "the city of Nukus": a place, not a person.
        let start = prefix.map(|p| p.0).unwrap_or(name.0);
        if start >= 2 && self.w(start - 1) == "of" && is_place_noun(self.w(start - 2)) {
            if prefix.is_none() {
                self.rule_place(name);
            }
            return;
        }
        // "Mount Sinjar", "Fort Campbell", "Tabqa Dam": a name shaped like a place is none
        // of a person, and a military operation ("Operation Inherent Resolve") neither.
        // A name the text already used as a place ("the village of Kok-Tash … Kok-Tash").
        if prefix.is_none() {
            let span = self.span_of(name.0, name.1);
            let key = EntityKey::RulePlace(self.text[span.start..span.end].to_string());
            if self.entity_key.contains_key(&key) {
                self.rule_place(name);
                return;
            }
        }
        // "The Hamrin Mountains (Arabic: جبل حمرين Jabāl Hamrīn, Kurdish: Çiyayê Hemrîn)",
        // "the Book of Revelation (Kitêba Cilwe in Kurdish)": a name given in another
        // language is what the text is about, not a person.
        if prefix.is_none() && self.language_gloss(name) {
            return;
        }
        // "Near Ayn Isa, one strike destroyed …", "outside Dayr Az Zawr": no one is near
        // or outside a person.
        if prefix.is_none() && name.0 >= 1 && matches!(self.w(name.0 - 1), "near" | "Near" | "outside" | "Outside") {
            self.rule_place(name);
            return;
        }
        if prefix.is_none() && name.1 - name.0 >= 2 {
            let (first, last) = (self.w(name.0), self.w(name.1 - 1));
            if PLACE_PREFIXES.contains(&first) || PLACE_HEADS.contains(&last) {
                self.rule_place(name);
                return;
            }
            if first == "Operation" {
                return;
            }
        }
        let span = self.span_of(name.0, name.1);
        let full = self.text[span.start..span.end].to_string();
        let (mut country, mut sector, mut title, mut igo_code) = (None, None, None, None);
        if let Some((a, b)) = prefix {
            let (c, inst_sector, title_sector, code) = self.facts_in(a, b);
            country = c;
            sector = inst_sector.or(title_sector);
            igo_code = code;
            let t = self.text[self.span_of(a, b).start..self.span_of(a, b).end].to_string();
            if !matches!(t.as_str(), "Mr." | "Ms." | "Mrs." | "Dr." | "Mr" | "Ms" | "Mrs" | "Dr") {
                title = Some(t);
            }
        }
        // "Egypt's ambassador in Washington, Sedat Onal, said", "The US commander in Iraq,
        // General David Petraeus,": the title phrase set off before the name (and its own
        // title) tells its country and sector, when it names a country.
        let before = if country.is_none() { self.title_before_comma((start, name.1)) } else { None };
        if let Some((a, b)) = before {
            let (c, inst_sector, title_sector, code) = self.facts_in(a, b);
            if c.is_some() {
                // "Iran's envoy to the IAEA" represents the state at the organisation.
                let at_igo = inst_sector.as_deref() == Some("IGO");
                country = c;
                sector = if at_igo { title_sector } else { inst_sector.or(title_sector) }.or(sector);
                igo_code = code.filter(|_| !at_igo);
                title.get_or_insert_with(|| self.text[self.span_of(a, b).start..self.span_of(a, b).end].to_string());
            } else if inst_sector.as_deref() == Some("IGO") && code.is_some() {
                // "the U.N. human rights chief, Volker Türk,": an official of the
                // organisation the phrase names.
                sector = Some("IGO".to_string());
                igo_code = code;
                title.get_or_insert_with(|| self.text[self.span_of(a, b).start..self.span_of(a, b).end].to_string());
            }
        }
        let e = self.entity(
            EntityKey::RulePerson(full.clone()),
            || Entity {
                kind: EntityKind::Person,
                name: full.clone(),
                country: None,
                sector: None,
                titles: vec![],
                mentions: vec![],
                members: vec![],
                code: None,
                provenance: Provenance::Rule(if prefix.is_some() { "title-before-name" } else { "name-shape" }),
                coords: None,
                geonameid: None,
            },
            span,
        );
        let ent = &mut self.entities[e];
        if ent.country.is_none() {
            ent.country = country;
        }
        if ent.sector.is_none() {
            ent.sector = sector;
        }
        if ent.code.is_none() && ent.sector.as_deref() == Some("IGO") {
            ent.code = igo_code;
        }
        if let Some(t) = title {
            if !ent.titles.contains(&t) {
                ent.titles.push(t);
            }
        }
        self.person_mention(e, name, prefix);
    }

    /// The title phrase that a name stands in apposition to, set off by commas before it
    /// ("Egypt's foreign minister, Badr Abdelatty, said"): the tokens from the start of the
    /// clause to the comma, when they hold a title, no more than ten words, and the name is
    /// closed by a comma too.
    fn title_before_comma(&self, name: (usize, usize)) -> Option<(usize, usize)> {
        let comma = name.0.checked_sub(1)?;
        if self.w(comma) != "," || self.tokens.get(name.1).is_none_or(|t| t.text(self.text) != ",") {
            return None;
        }
        self.title_phrase_before(comma)
    }

    /// The title phrase of [`Self::title_before_comma`] that ends at the comma `comma`.
    fn title_phrase_before(&self, comma: usize) -> Option<(usize, usize)> {
        let lo = self.sentence_start(comma);
        let mut a = (lo..comma).rev().find(|&k| matches!(self.w(k), "," | ";" | ":")).map_or(lo, |k| k + 1);
        // "The journalist's lawyer": what a possessor other than a state holds is not the
        // person's title. A state's phrase starts at the state's name ("Old friends
        // Malaysia's former prime minister, Najib Razak,").
        if let Some(p) = (a..comma).rev().find(|&k| self.tokens[k].kind == TokenKind::Possessive) {
            let state = self.hit_ending(p).filter(|h| {
                h.targets.iter().any(|t| match *t {
                    NameRef::Country(_) | NameRef::CountryAdjective(_) => true,
                    NameRef::Place(pl) => self.kb.places[pl as usize].capital,
                    _ => false,
                })
            });
            a = match state {
                Some(h) => h.toks.0.max(a),
                None => p + 1,
            };
        }
        while a < comma && matches!(self.w(a), "The" | "the") {
            a += 1;
        }
        // The phrase opens with a name or a title, not a clause ("introduced by the
        // republic's president, Milorad Dodik,").
        if comma - a == 0 || comma - a > 10 || self.hit_starting(a).is_none() {
            return None;
        }
        let titled =
            (a..comma).any(|k| self.hit_starting(k).is_some_and(|h| self.title_of(&h, TitleKind::Title).is_some()));
        titled.then_some((a, comma))
    }

    /// [`Self::title_before_comma`], or the same phrase before a name that a verb of
    /// saying or a colon closes instead of a comma ("Minister for the Middle East, Tobias
    /// Ellwood said:").
    fn title_before_comma_or_verb(&self, name: (usize, usize)) -> Option<(usize, usize)> {
        self.title_before_comma(name).or_else(|| {
            let next = self.w(name.1);
            if name.0 == 0 || self.w(name.0 - 1) != "," || !(next == ":" || is_speech_verb(next)) {
                return None;
            }
            // Read it as if a comma closed the name.
            self.title_phrase_before(name.0 - 1)
        })
    }

    /// Registers a person mention, reads an appositive title after it and makes the
    /// surname known for later references.
    fn person_mention(&mut self, e: usize, name: (usize, usize), prefix: Option<(usize, usize)>) {
        let start = prefix.map(|p| p.0).unwrap_or(name.0);
        let mut end = name.1;
        // "Minister for the Middle East, Tobias Ellwood, said" (or "… Ellwood said:"):
        // the title phrase before the comma refers to the person too.
        let nested = self.in_appositive > 0;
        if let Some(t) = self.title_before_comma_or_verb((start, name.1)).filter(|_| !nested) {
            // Not a phrase that holds a name of its own ("Lieutenant General Ahmed Sharif
            // Chaudhry, director general of …").
            let span = self.span_of(t.0, t.1);
            if !self
                .mentions
                .iter()
                .rev()
                .take(16)
                .any(|m| m.kind == MentionKind::Person && m.span.start < span.end && span.start < m.span.end)
            {
                self.appositive_titles.push(t);
            }
        }
        if let Some((ab, title)) = self.appositive(name.1) {
            let (a, b) = (name.1 + 1, ab);
            // The title ends before a relative clause: "Anas Ahmad, a former student who
            // was one of the founders".
            let cut = (a..b).find(|&k| matches!(self.w(k), "who" | "whose" | "which" | "that")).unwrap_or(b);
            if cut > a && !nested {
                self.appositive_titles.push((a, cut));
            }
            let (country, inst_sector, title_sector, code) = self.facts_in(a, b);
            let ent = &mut self.entities[e];
            let from_kb = matches!(ent.provenance, Provenance::Kb(_));
            if !from_kb || ent.country.is_none() {
                if ent.country.is_none() {
                    ent.country = country;
                }
                // "Mullah Abdul Latif Mansoor, acting minister of energy and water": the
                // office the appositive names outweighs a religious honorific.
                let office = inst_sector.or(title_sector);
                if ent.sector.is_none() || ent.sector.as_deref() == Some("REL") && office.is_some() {
                    ent.sector = office.or(ent.sector.take());
                }
                if ent.code.is_none() && ent.sector.as_deref() == Some("IGO") {
                    ent.code = code;
                }
            }
            for t in title {
                if !ent.titles.contains(&t) {
                    ent.titles.push(t);
                }
            }
            // Names inside the appositive are entities too, but not actors of their own.
            let mut k = a;
            self.in_appositive += 1;
            while k < b {
                let before = self.mentions.len();
                k = self.capital_run(k, b).max(k + 1);
                for m in &mut self.mentions[before..] {
                    m.absorbed = true;
                }
            }
            self.in_appositive -= 1;
            end = b;
            self.resume = self.resume.max(b);
        } else if let Some(t) = self.trailing_title(name.1).filter(|_| !nested) {
            self.appositive_titles.push(t);
        }
        let ent = &self.entities[e];
        let keys: Vec<String> = surname_keys(&ent.name, ent.country.as_deref()).into_iter().map(String::from).collect();
        // The given name, where the surname is the last word and the first word is a
        // name of its own (not "Abu", "Sheikh", an initial).
        let words: Vec<&str> = ent.name.split_whitespace().collect();
        let given = (words.len() >= 2 && !keys.iter().any(|k| k == words[0]))
            .then(|| words[0])
            .filter(|g| is_title_case_word(g) && g.chars().count() >= 3 && !g.ends_with('.'))
            .filter(|g| !NOT_GIVEN_NAMES.contains(g) && !in_set(&NOT_NAMES_SET, g))
            .map(str::to_string);
        // A name of an East Asian country is keyed by its first word ("Xi" of "Xi
        // Jinping"), but English text often gives such names in Western order ("South
        // Korean Ambassador Joonkook Hwang ... Hwang said"): the last word is a key too,
        // unless another person holds it.
        let mut other_keys: Vec<&str> = Vec::new();
        if keys.first().is_some_and(|k| words.first() == Some(&k.as_str())) {
            other_keys.extend(surname_keys(&ent.name, None));
        }
        // The name as the text spells it: "Volodymyr Zelenskyy" for the knowledge base's
        // "Volodymyr Zelensky" is "Zelenskyy" later.
        let span = self.span_of(name.0, name.1);
        let written = &self.text[span.start..span.end];
        if written != ent.name {
            other_keys.extend(surname_keys(written, ent.country.as_deref()));
        }
        let other_keys: Vec<String> =
            other_keys.into_iter().filter(|k| !keys.iter().any(|p| p == k)).map(String::from).collect();
        for key in keys {
            self.surnames.insert(key, e);
        }
        for key in other_keys {
            self.surnames.entry(key).or_insert(e);
        }
        if let Some(g) = given {
            let slot = self.given_names.entry(g).or_insert(Some(e));
            if *slot != Some(e) {
                *slot = None;
            }
        }
        let (countries, sector, code) = (ent.country.iter().cloned().collect(), ent.sector.clone(), ent.code.clone());
        self.mentions.push(Mention {
            span: self.span_of(start, end),
            toks: (start, end),
            kind: MentionKind::Person,
            entity: Some(e),
            countries,
            sector,
            code,
            absorbed: false,
        });
    }

    /// Where a phrase set off by the comma at token `i` starts, past an article, and
    /// where its sentence ends; `None` when token `i` is no comma.
    fn after_comma(&self, i: usize) -> Option<(usize, usize)> {
        if self.w(i) != "," {
            return None;
        }
        let k = i + 1;
        let k = if matches!(self.w(k), "a" | "an" | "the" | "A" | "The") { k + 1 } else { k };
        Some((k, self.sentence_end(i)))
    }

    /// A short title phrase after a name and a comma that ends in its head word ("Col.
    /// Travis Caughlin, 507th Maintenance Group Commander.", "Col. John Dorrian, the
    /// CJTF-OIR spokesperson."), where [`Self::appositive`] found none: its tokens. It
    /// says who the person is without telling a country or sector the analysis could
    /// use, so it only becomes a reference to the person.
    fn trailing_title(&self, i: usize) -> Option<(usize, usize)> {
        let (k, end) = self.after_comma(i)?;
        let mut j = k;
        while j < end && j < k + 6 && (self.tokens[j].kind != TokenKind::Punct || self.w(j) == "-") {
            j += 1;
        }
        if j == k || !(j == end || matches!(self.w(j), "," | "." | ";" | ":") || is_speech_verb(self.w(j))) {
            return None;
        }
        if !TRAILING_TITLE_HEADS.contains(&&*lowercase(self.w(j - 1))) {
            return None;
        }
        // Names, numbers and the words of titles only: "507th", "CJTF-OIR", "deputy".
        let fits = (k..j - 1).all(|n| {
            let t = &self.tokens[n];
            let w = self.w(n);
            t.cap
                || t.kind != TokenKind::Word
                || w.bytes().next().is_some_and(|b| b.is_ascii_digit())
                || in_set(&APPOSITIVE_HEADS_SET, w)
                || matches!(w, "commanding" | "operations" | "public" | "affairs" | "media" | "military")
        });
        fits.then_some((i + 1, j))
    }

    /// An appositive title after a name: ", head of the International Department of the
    /// CPC Central Committee," — returns the token index where it ends and its titles.
    fn appositive(&self, i: usize) -> Option<(usize, Vec<String>)> {
        let (mut k, end) = self.after_comma(i)?;
        // "…, the EU's High Representative for…": skip a possessive name.
        if let Some(h) = self.hit_starting(k) {
            if self.tokens.get(h.toks.1).is_some_and(|t| t.kind == TokenKind::Possessive) {
                k = h.toks.1 + 1;
            }
        }
        let head = lowercase(self.w(k));
        // "…, acting minister of energy and water of the Taliban government": "acting" or
        // "interim" before a title word opens the title.
        let title_at = |n: usize| {
            in_set(&APPOSITIVE_HEADS_SET, &lowercase(self.w(n)))
                || self.hit_starting(n).is_some_and(|h| self.title_of(&h, TitleKind::Title).is_some())
        };
        let starts_title = in_set(&APPOSITIVE_HEADS_SET, &head)
            || matches!(&*head, "acting" | "interim") && k + 1 < end && title_at(k + 1)
            || self.hit_starting(k).is_some_and(|h| self.title_of(&h, TitleKind::Title).is_some())
            || self.hit_starting(k).is_some_and(|h| {
                h.targets.iter().any(|t| matches!(t, NameRef::CountryAdjective(_) | NameRef::Country(_)))
            }) && self.tokens.get(k + 1).is_some_and(|_| {
                let n = lowercase(self.w(k + 1));
                in_set(&APPOSITIVE_HEADS_SET, &n)
                    || self.hit_starting(k + 1).is_some_and(|h| self.title_of(&h, TitleKind::Title).is_some())
            });
        // "…, the United Nations Emergency Relief Coordinator,": an organisation and then
        // a title or office word within a few words.
        let starts_title = starts_title
            || self.hit_starting(k).is_some_and(|h| {
                h.targets.iter().any(|t| match *t {
                    NameRef::Group(g) => self.kb.groups[g as usize].sector.is_some(),
                    NameRef::Institution(_) => true,
                    _ => false,
                }) && (h.toks.1..(h.toks.1 + 4).min(end)).take_while(|&n| !matches!(self.w(n), "," | ";" | ".")).any(
                    |n| {
                        in_set(&APPOSITIVE_HEADS_SET, &lowercase(self.w(n)))
                            || self.hit_starting(n).is_some_and(|t| self.title_of(&t, TitleKind::Title).is_some())
                    },
                )
            });
        if !starts_title {
            return None;
        }
        let mut j = k;
        while j < end && j < i + 45 {
            let w = self.w(j);
            if w == "," || w == ";" || w == "." {
                break;
            }
            if j > k && is_speech_verb(w) {
                break;
            }
            j += 1;
        }
        if j == k {
            return None;
        }
        let phrase = &self.text[self.span_of(i + 1, j).start..self.span_of(i + 1, j).end];
        let titles = phrase
            .split(" also ")
            .flat_map(|p| p.split(" and concurrently "))
            .map(|t| {
                t.trim()
                    .trim_start_matches("a ")
                    .trim_start_matches("an ")
                    .trim_start_matches("the ")
                    .trim()
                    .to_string()
            })
            .filter(|t| !t.is_empty())
            .collect();
        Some((j, titles))
    }

    /// Whether the word at `i` is a common word: it also appears in lowercase in the text,
    /// or it is a function word ("Sometimes", "Now").
    /// Of the places a name ending before token `end` may stand for (`first` is the
    /// knowledge base's first: a capital or US state, else the most populous), the one
    /// in the country named right after it ("Alexandria, Virginia", "Alexandria,
    /// Egypt"), else the first whose country the document names ("Madrid" where Spain
    /// is named), else `first`.
    /// Which of the places a name can be (in `targets`; `first`, the most populous, when
    /// nothing tells) the text means, the name being tokens `toks`. In order:
    /// - the division or country named right after it and a comma ("Springfield,
    ///   Illinois", "Springfield, Ill.", "Tripoli, Lebanon");
    /// - the place in the division where the document's other places lie, the one named
    ///   most often ("Richmond" in a story that names Virginia, or Norfolk and Roanoke, is
    ///   Richmond, Virginia; "Walker County" beside Huntsville is Alabama's);
    /// - the place in a country the document names, the first so named;
    /// - a namesake of the name ([`attache_kb::Place::namesake`]: a smaller town the
    ///   dictionary does not hold) in the division after the comma, or in the division
    ///   where at least two of the document's places lie when none of the above held
    ///   ("Paris" in a story of Lamar County, Texas, is Paris, Texas);
    /// - the place in the country of the document's other places.
    fn best_place(&self, targets: &[NameRef], first: u32, toks: (usize, usize)) -> u32 {
        let span = self.span_of(toks.0, toks.1);
        let namesakes: &[u32] = self.kb.namesakes.get(&self.text[span.start..span.end]).map_or(&[], Vec::as_slice);
        if namesakes.is_empty() && targets.iter().filter(|t| matches!(t, NameRef::Place(_))).count() < 2 {
            return first;
        }
        let end = toks.1;
        let places = || targets.iter().filter_map(|t| if let NameRef::Place(p) = t { Some(*p) } else { None });
        let place = |p: u32| &self.kb.places[p as usize];
        let country_of = |t: &NameRef| name_country(self.kb, t);
        if self.tokens.get(end).is_some_and(|t| t.text(self.text) == ",") {
            let after = self.hit_after_comma(end);
            // A division after the comma: a state's name or its abbreviation.
            let division = after
                .and_then(|h| {
                    h.targets.iter().find_map(|t| match *t {
                        NameRef::Place(r) if place(r).region => Some(r),
                        _ => None,
                    })
                })
                .or_else(|| {
                    let w = self.tokens.get(end + 1).map(|t| t.text(self.text))?;
                    let letters = w.strip_suffix('.').unwrap_or(w);
                    let &(_, id) = US_STATE_ABBREVIATIONS.iter().find(|(a, _)| *a == letters)?;
                    self.region_row(id)
                });
            if let Some(r) = division.map(place) {
                let within = |&p: &u32| place(p).country == r.country && place(p).admin1 == r.admin1;
                if let Some(p) = places().find(within).or_else(|| namesakes.iter().copied().find(within)) {
                    return p;
                }
            }
            if let Some(c) = after.and_then(|h| h.targets.first()).and_then(country_of) {
                if let Some(p) = places().find(|&p| place(p).country == c) {
                    return p;
                }
            }
        }
        let context = self.place_context.get_or_init(|| self.gather_place_context());
        // The most often named; of equal counts, the place listed first (by population).
        let pick = |candidates: &mut dyn Iterator<Item = u32>, score: &dyn Fn(u32) -> usize, at_least: usize| {
            candidates
                .enumerate()
                .map(|(rank, p)| (score(p), std::cmp::Reverse(rank), p))
                .filter(|&(n, _, _)| n >= at_least)
                .max()
                .map(|(_, _, p)| p)
        };
        let division = |p: u32| context.division(&place(p).country, &place(p).admin1);
        if let Some(p) = pick(&mut places(), &division, 1) {
            return p;
        }
        let named = |iso3: &str| {
            self.hits.iter().any(|h| {
                h.targets.iter().any(|t| match *t {
                    NameRef::Country(c) | NameRef::CountryAdjective(c) => self.kb.countries[c as usize].iso3 == iso3,
                    _ => false,
                })
            })
        };
        if let Some(p) = places().find(|&p| named(&place(p).country)) {
            return p;
        }
        if let Some(p) = pick(&mut namesakes.iter().copied(), &division, 2) {
            return p;
        }
        pick(&mut places(), &|p| context.country(&place(p).country), 1).unwrap_or(first)
    }

    /// The [`PlaceContext`] of the document: every name hit all of whose readings are
    /// places of one division (a state is its own division), and that no namesake shares,
    /// counts for that division and its country.
    fn gather_place_context(&self) -> PlaceContext<'a> {
        let mut context = PlaceContext::default();
        for h in &self.hits {
            let span = self.span_of(h.toks.0, h.toks.1);
            if self.kb.namesakes.contains_key(&self.text[span.start..span.end]) {
                continue;
            }
            let mut division: Option<(&'a str, &'a str)> = None;
            let mut one = true;
            for t in h.targets {
                let NameRef::Place(p) = *t else {
                    one = false;
                    break;
                };
                let p = &self.kb.places[p as usize];
                let d = (p.country.as_str(), p.admin1.as_str());
                if division.is_some_and(|x| x != d) {
                    one = false;
                    break;
                }
                division = Some(d);
            }
            let Some(d) = division.filter(|_| one) else { continue };
            if !d.1.is_empty() {
                match context.divisions.iter_mut().find(|(x, _)| *x == d) {
                    Some((_, n)) => *n += 1,
                    None => context.divisions.push((d, 1)),
                }
            }
            match context.countries.iter_mut().find(|(c, _)| *c == d.0) {
                Some((_, n)) => *n += 1,
                None => context.countries.push((d.0, 1)),
            }
        }
        context
    }

    /// Whether every reading of a name hit is a town or city of under a million people
    /// that is no national capital of some size: such a word is often a person's name
    /// too ("Hassan", "Douglas", "Yao"). Small capitals count as towns ("Douglas",
    /// "Victoria"); US states and large cities ("Almaty") do not.
    fn minor_place(&self, h: &NameHit) -> bool {
        h.targets.iter().all(|t| {
            matches!(t, NameRef::Place(p) if {
                let place = &self.kb.places[*p as usize];
                !place.region && place.population < 1_000_000 && (!place.capital || place.population < 100_000)
            })
        })
    }

    /// Whether the words `a..b` stand where a person's name stands: before or after a
    /// verb of saying ("Douglas Paal said", "said Yao Ming."), or before an appositive
    /// ("Douglas Paal, vice president at …", "Charlotte Graham, 12,").
    fn person_context(&self, a: usize, b: usize) -> bool {
        let next = |k: usize| self.tokens.get(k).map(|t| t.text(self.text)).unwrap_or("");
        if SPEAKING.contains(&next(b)) {
            return true;
        }
        if a > 0 && SPEAKING.contains(&self.w(a - 1)) && matches!(next(b), "." | "," | ";" | "") {
            return true;
        }
        // "Retired basketball star Yao Ming called for …": a lowercase noun of what the
        // person is before the name, and a verb in the past after it.
        let role = a > 0 && {
            let w = self.w(a - 1);
            self.tokens[a - 1].kind == TokenKind::Word
                && w.bytes().all(|c| c.is_ascii_lowercase())
                && w.len() > 2
                && !in_set(&FUNCTION_WORDS_SET, w)
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !matches!(
                    w,
                    "town" | "city" | "village" | "province" | "region" | "district" | "capital" | "port" | "county"
                )
        };
        let past = |w: &str| w.len() > 3 && w.ends_with("ed") && w.bytes().all(|c| c.is_ascii_lowercase());
        if role && (past(next(b)) || next(b) == "," && past(next(b + 1))) {
            return true;
        }
        next(b) == ","
            && (APPOSITIVE_HEADS.contains(&next(b + 1))
                || matches!(next(b + 1), "a" | "an" | "the") && APPOSITIVE_HEADS.contains(&next(b + 2))
                || next(b + 1).len() <= 3 && next(b + 1).bytes().all(|c| c.is_ascii_digit()) && !next(b + 1).is_empty()
                // "Douglas Holtz-Eakin, an economist and tax expert, said": a short
                // appositive of lowercase words set off before a verb of speaking.
                || matches!(next(b + 1), "a" | "an") && {
                    let close = (b + 3..(b + 9).min(self.tokens.len())).find(|&k| next(k) == ",");
                    close.is_some_and(|c| {
                        SPEAKING.contains(&next(c + 1))
                            && (b + 2..c).all(|k| self.tokens[k].kind == TokenKind::Word && !self.tokens[k].cap)
                    })
                })
    }

    fn common_word(&self, i: usize) -> bool {
        let w = self.w(i);
        if in_set(&NOT_NAMES_SET, w) || in_set(&COMMON_CAPITALISED_SET, w) {
            return true;
        }
        let lower = lowercase(w);
        lower != w && self.lowercase_words().contains(&lower)
    }

    fn lowercase_words(&self) -> &LowercaseWords<'a> {
        self.lowercase_words.get_or_init(|| lowercase_words_of(self.token_text, self.tokens))
    }

    fn surname_mention(&mut self, i: usize) -> bool {
        self.surname_mention_with_prefix(i, i)
    }

    /// A bare surname ("Tokayev", "President Tokayev"): a person named earlier in the
    /// document, or a knowledge-base person in office on the document's date.
    fn surname_mention_with_prefix(&mut self, i: usize, prefix_start: usize) -> bool {
        let w = self.w(i);
        if !is_title_case_word(w) || in_set(&NOT_NAMES_SET, w) {
            return false;
        }
        let prefix = (prefix_start < i).then_some((prefix_start, i));
        // (A knowledge-base surname is left to the knowledge base, unless all who bear it
        // put the surname first: "Sun Lijun, an engineer, … Sun said" is that Sun, not a
        // Chinese minister the text never names in full.)
        let by_given_name = || {
            let given = self.given_names.get(w).copied().flatten();
            let kb_surname = self.kb.people_by_surname.get(w).is_some_and(|ps| {
                ps.iter().any(|&p| {
                    !self.kb.people[p as usize].offices.iter().all(|o| {
                        matches!(
                            o.country.as_deref(),
                            Some("CHN" | "TWN" | "HKG" | "PRK" | "KOR" | "VNM" | "SGP" | "MAC")
                        )
                    })
                })
            });
            given.filter(|_| !self.common_word(i) && !kb_surname)
        };
        if let Some(e) = self.surnames.get(w).copied().or_else(by_given_name) {
            let span = self.span_of(i, i + 1);
            if !self.entities[e].mentions.contains(&span) {
                self.entities[e].mentions.push(span);
            }
            let ent = &self.entities[e];
            self.mentions.push(Mention {
                span: self.span_of(prefix_start, i + 1),
                toks: (prefix_start, i + 1),
                kind: MentionKind::Person,
                entity: Some(e),
                countries: ent.country.iter().cloned().collect(),
                sector: ent.sector.clone(),
                code: ent.code.clone(),
                absorbed: false,
            });
            return true;
        }
        // A knowledge-base person in office that day, if exactly one has that surname.
        if let Some(people) = self.kb.people_by_surname.get(w) {
            let mut in_office = people.iter().filter(|&&p| {
                self.date.is_none_or(|d| self.kb.people[p as usize].offices.iter().any(|o| o.held_on(d)))
            });
            if let (Some(&p), None) = (in_office.next(), in_office.next()) {
                self.kb_person(p, (i, i + 1), prefix);
                return true;
            }
            // "Mirziyoyev and Berdimuhamedov signed …": of several people of one country
            // in office that day under one surname (a president and his father, the
            // chairman of the upper house), a bare surname with no title is the one who
            // is that country's president.
            if let (None, Some(date)) = (prefix, self.date) {
                let held: Vec<(u32, &attache_kb::Office)> = people
                    .iter()
                    .flat_map(|&p| {
                        self.kb.people[p as usize].offices.iter().filter(|o| o.held_on(date)).map(move |o| (p, o))
                    })
                    .collect();
                let country = held.first().and_then(|h| h.1.country.as_ref());
                let one_country = country.is_some() && held.iter().all(|h| h.1.country.as_ref() == country);
                let mut presidents = held.iter().filter(|h| {
                    h.1.office.starts_with("President of ")
                        && country
                            .is_some_and(|c| self.kb.country(c).is_some_and(|k| h.1.office.ends_with(k.name.as_str())))
                });
                if let (true, Some(&(p, _)), None) = (one_country, presidents.next(), presidents.next()) {
                    self.kb_person(p, (i, i + 1), prefix);
                    return true;
                }
            }
            // "President Bush" when no Bush is in office that day: the title names the
            // office, and among the people with that surname who held it, all of one
            // country, the one whose term lies nearest the date.
            if let (Some((pa, pb)), Some(date)) = (prefix, self.date) {
                let title = self.text[self.span_of(pa, pb).start..self.span_of(pa, pb).end].to_lowercase();
                let words: Vec<&str> = title
                    .split_whitespace()
                    .filter(|w| w.len() > 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
                    .collect();
                let mut held: Vec<(i64, u32, Option<&String>)> = Vec::new();
                for &p in people {
                    for o in &self.kb.people[p as usize].offices {
                        let name = o.office.to_lowercase();
                        if !words.iter().any(|w| name.contains(w)) {
                            continue;
                        }
                        let before = o.start.map_or(0, |s| (s.first - date).num_days().max(0));
                        let after = o.end.map_or(0, |e| (date - e.last).num_days().max(0));
                        held.push((before.max(after), p, o.country.as_ref()));
                    }
                }
                let one_country = held.first().is_some_and(|f| f.2.is_some() && held.iter().all(|h| h.2 == f.2));
                if let Some(&(_, p, _)) = held.iter().filter(|_| one_country).min_by_key(|h| (h.0, h.1)) {
                    self.kb_person(p, (i, i + 1), prefix);
                    return true;
                }
            }
        }
        false
    }

    /// Agent phrases: "Kazakh police", "political parties in Central Asian countries",
    /// "the leaders of the political parties of Central Asia's nations", and group phrases
    /// ("the five Central Asian countries", "EU member states").
    fn agent_phrases(&mut self) {
        let mut added = Vec::new();
        let mut i = 0;
        // Index into `hit_starts` of the next token where a hit starts.
        let mut next_hit = 0;
        while i < self.tokens.len() {
            // Every phrase below starts at a name hit (a group or country adjective, an
            // agent noun or a title): the other tokens are passed over at once, to the
            // next token where a hit starts.
            let Some(h) = self.hit_starting(i) else {
                while self.hit_starts.get(next_hit).is_some_and(|&t| t as usize <= i) {
                    next_hit += 1;
                }
                match self.hit_starts.get(next_hit) {
                    Some(&t) => i = t as usize,
                    None => break,
                }
                continue;
            };
            // Group or country adjective + collective noun.
            let group_adj = h.targets.iter().find_map(|t| match t {
                NameRef::GroupAdjective(g) | NameRef::Group(g) => Some(*g),
                _ => None,
            });
            let mut k = h.toks.1;
            if self.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Possessive) {
                k += 1;
            }
            if let Some(g) = group_adj {
                let coll = lowercase(self.w(k));
                if COLLECTIVES.contains(&&*coll) {
                    let mut end = k + 1;
                    if coll == "member" && self.w(k + 1) == "states" {
                        end += 1;
                    }
                    let start = self.determiner_start(i);
                    let mut m = self.group_members_mention(g, (start, end), h.toks);
                    // "seven Latin American countries", "several EU members": a count short of
                    // the group's members (or a vague one) names some of them, not which.
                    if self.counts_some_of(start, i, m.countries.len()) {
                        m.countries.clear();
                        self.some_members.push(m.span.start);
                    }
                    if let Some(sector) = self.agent_sector(k) {
                        m.sector = Some(sector);
                    }
                    m.kind = MentionKind::Agent;
                    added.push(m);
                    i = end;
                    continue;
                }
            }
            // An agent noun, with adjectives before it and "of/in/from X" after it; or a
            // lowercase title with no name after it ("a French minister").
            let agent = self.agent_at(i);
            let unnamed_official = agent.is_none();
            if let Some((ab, sector)) = agent.or_else(|| self.unnamed_title_at(i)) {
                let mut start = i;
                let mut countries: Vec<String> = Vec::new();
                let mut inst_code: Option<String> = None;
                // The sector of a body the people belong to ("the CPC delegation", "leaders
                // of the ruling Amanat party"): theirs when their noun has none.
                let mut inst_sector: Option<String> = None;
                let mut located: Option<String> = None;
                // Country adjectives before: "Chinese and Central Asian participants".
                let mut k = i;
                let mut listed = false;
                while k > 0 {
                    let p = k - 1;
                    let w = self.w(p);
                    // "Kazakh, Kyrgyz and Uzbek officials" is one list; a comma right before
                    // the noun ends what came before ("attacked by Russia, officials said"),
                    // and so does one before any "and" ("According to Reuters, Chinese
                    // officials visited": Reuters is no part of the phrase).
                    // ("According to Reuters, Russian and Chinese officials": only a country
                    // or a group stands before a comma of the list; "Beyond Ukraine, G7
                    // ministers": not one a sentence's opening preposition governs.)
                    if w == ","
                        && (k == i
                            || !listed
                            || p == 0
                            || !self.hit_ending(p).is_some_and(|h| {
                                h.targets.iter().any(|t| {
                                    matches!(
                                        t,
                                        NameRef::CountryAdjective(_)
                                            | NameRef::GroupAdjective(_)
                                            | NameRef::Country(_)
                                            | NameRef::Group(_)
                                    )
                                }) && !(h.toks.0 > 0 && self.tokens[h.toks.0 - 1].cap && {
                                    let before = lowercase(self.w(h.toks.0 - 1));
                                    in_set(&FUNCTION_WORDS_SET, &before)
                                        || in_set(&LOCATIVE_SET, &before)
                                        || matches!(
                                            &*before,
                                            "beyond" | "besides" | "unlike" | "like" | "despite" | "amid"
                                        )
                                })
                            }))
                    {
                        break;
                    }
                    if w == "and" || w == "," {
                        listed |= w == "and";
                        k = p;
                        continue;
                    }
                    // "the Palestinian health ministry", "the Afghan interior ministry": up
                    // to two lowercase words of the body's field between a country's
                    // adjective and the noun.
                    // A country's adjective or its possessive ("Qatar's foreign ministry"),
                    // or a body's possessive ("Hamas's political leaders").
                    let adjective_at = |e: usize| {
                        self.hit_ending(e).is_some_and(|h| {
                            h.targets.iter().any(|t| match t {
                                NameRef::CountryAdjective(_) => true,
                                // "US-led coalition forces": a country's name joined to a
                                // participle is an adjective too.
                                NameRef::Country(_) => e >= 1 && hyphenated_participle(self.w(e - 1)),
                                _ => false,
                            })
                        }) || e >= 1
                            && self.tokens[e - 1].kind == TokenKind::Possessive
                            && (self.hit_ending(e - 1).and_then(Self::country_of_hit).is_some()
                                || self.body_owner(e - 1).is_some())
                    };
                    // "Hamas's most senior leaders": an adverb of degree before the words.
                    let degree =
                        |e: usize| e > 0 && matches!(self.w(e - 1), "most" | "more" | "very") && adjective_at(e - 1);
                    if k + 2 >= i
                        && self.field_word(p)
                        && (adjective_at(p)
                            || degree(p)
                            || p > 0 && k == i && self.field_word(p - 1) && (adjective_at(p - 1) || degree(p - 1)))
                    {
                        k = p;
                        continue;
                    }
                    if k < i && matches!(w, "most" | "more" | "very") && adjective_at(p) {
                        k = p;
                        continue;
                    }
                    // "Iran's U.N. ambassador": a country possessor opens the phrase.
                    if self.tokens[p].kind == TokenKind::Possessive {
                        if let Some(c) = self.hit_ending(p).and_then(Self::country_of_hit) {
                            countries.push(self.kb.countries[c as usize].iso3.clone());
                            // The phrase names its owner: "South Korea's military said".
                            start = self.hit_ending(p).map_or(start, |h| h.toks.0);
                        } else if let Some((h, owner_countries, owner_code)) = self.body_owner(p) {
                            // "Hamas's political leaders", "the Islamic State terror
                            // group's leaders", "the EU's foreign ministers": the people
                            // of a body act for it, as "Hezbollah guerrillas" do.
                            countries.extend(owner_countries);
                            inst_code = inst_code.or(owner_code);
                            start = h.toks.0;
                        }
                        break;
                    }
                    // "pro-EU demonstrators", "anti-Russian protesters": a side they take,
                    // not the country they belong to. So is a backer: "Russian-backed
                    // separatists", "Iran-backed militias".
                    let side_taken = |h: &NameHit| {
                        let w = lowercase(self.w(h.toks.0));
                        backer_participle(self.w(h.toks.1 - 1))
                            || w.starts_with("pro-")
                            || w.starts_with("anti-")
                            || h.toks.0 >= 2
                                && self.w(h.toks.0 - 1) == "-"
                                && matches!(&*lowercase(self.w(h.toks.0 - 2)), "pro" | "anti")
                    };
                    let hit_ending = self.hit_ending(k).filter(|h| !side_taken(h));
                    match hit_ending {
                        Some(h)
                            if h.targets.iter().any(|t| {
                                matches!(
                                    t,
                                    NameRef::CountryAdjective(_)
                                        | NameRef::GroupAdjective(_)
                                        | NameRef::Country(_)
                                        | NameRef::Group(_)
                                        | NameRef::Institution(_)
                                )
                            }) =>
                        {
                            for t in h.targets {
                                match *t {
                                    NameRef::CountryAdjective(c) | NameRef::Country(c) => {
                                        countries.push(self.kb.countries[c as usize].iso3.clone());
                                        break;
                                    }
                                    // "Hezbollah guerrillas", "Taliban fighters".
                                    NameRef::Institution(ix) => {
                                        let inst = &self.kb.institutions[ix as usize];
                                        countries.extend(inst.country.iter().cloned());
                                        if inst_code.is_none() {
                                            inst_code = inst.code.clone();
                                        }
                                        inst_sector = inst_sector.or_else(|| inst.sector.clone());
                                        break;
                                    }
                                    // "EU foreign ministers", "UN peacekeepers": officials of an
                                    // organisation act for it; "Arab leaders" for their states.
                                    NameRef::GroupAdjective(g) | NameRef::Group(g) => {
                                        let group = &self.kb.groups[g as usize];
                                        if group.sector.is_some() && group.code.is_some() {
                                            if inst_code.is_none() {
                                                inst_code = group.code.clone();
                                            }
                                        } else {
                                            countries.extend(group.members.iter().cloned());
                                        }
                                        break;
                                    }
                                    _ => {}
                                }
                            }
                            k = h.toks.0;
                            start = k;
                        }
                        _ => break,
                    }
                }
                while start < i && matches!(self.w(start), "and" | ",") {
                    start += 1;
                }
                // "the defence ministry said", "its interior ministry": up to two words of the
                // field of a body (a ministry, a committee, an agency) after a determiner
                // belong to its phrase when no country is named. (Not of every agent noun:
                // "the legitimate government", "the foreign military drawdown".)
                if start == i
                    && countries.is_empty()
                    && inst_code.is_none()
                    && matches!(
                        self.w(i),
                        "ministry"
                            | "ministries"
                            | "department"
                            | "committee"
                            | "agency"
                            | "commission"
                            | "directorate"
                            | "bureau"
                            | "inspectorate"
                    )
                {
                    let mut f = i;
                    while f > 0 && i - f < 2 && self.field_word(f - 1) {
                        f -= 1;
                    }
                    if f < i && f > 0 && matches!(self.w(f - 1), "the" | "its" | "their" | "The" | "Its" | "Their") {
                        start = f;
                    }
                }
                // "Iran's U.N. ambassador", "the Chinese envoy to the UN": a state's
                // diplomat at an international organisation acts for the state.
                if inst_code.as_deref().is_some_and(|c| c.starts_with("IGO"))
                    && !countries.is_empty()
                    && matches!(
                        self.w(i),
                        "ambassador" | "envoy" | "representative" | "delegate" | "delegation" | "mission"
                    )
                {
                    inst_code = None;
                }
                // "the Trump administration", "the Netanyahu government", "Maduro's
                // regime": a government named after its leader is the leader's country's.
                if countries.is_empty() && inst_code.is_none() {
                    countries.extend(self.leader_before(i));
                }
                // "the Daily Ittefaq newspaper", "the independent Rustavi Two television
                // station": capitalised words between "the" (and its lowercase modifiers)
                // and a noun of the media are the outlet's name, part of its phrase.
                if start == i && countries.is_empty() && inst_code.is_none() && sector.as_deref() == Some("MED") {
                    let mut n = i;
                    while n > 0
                        && i - n < 4
                        && self.tokens[n - 1].cap
                        && self.tokens[n - 1].kind == TokenKind::Word
                        && self.w(n - 1) != "The"
                        && self.sentence_of[n - 1] == self.sentence_of[i]
                    {
                        n -= 1;
                    }
                    let mut d = n;
                    while d > 0 && n - d < 2 && {
                        let w = self.w(d - 1);
                        w.starts_with(|c: char| c.is_ascii_lowercase())
                            && w.chars().all(|c| c.is_alphabetic() || c == '-')
                            && w != "the"
                    } {
                        d -= 1;
                    }
                    if n < i && d > 0 && matches!(self.w(d - 1), "the" | "The") {
                        start = n;
                    }
                }
                let mut sector = sector;
                let mut end = ab;
                // "Sudanese military officials", "government troops": an agent noun before
                // another modifies it; the phrase runs to the second, and a body of
                // officials keeps the first's sector.
                if let Some((nb, s2)) = self.agent_at(end).filter(|_| !self.tokens[end].cap) {
                    // "terrorist fighters" are terrorists and "military officials" the
                    // military's, but "government troops" are troops and a "military
                    // government" governs.
                    let governs = matches!(self.w(end), "government" | "regime" | "administration" | "authorities");
                    if governs || sector.is_none() || sector.as_deref() == Some("GOV") {
                        sector = s2.or(sector);
                    }
                    end = nb;
                }
                // "of/in/from (the) (five) X" chains.
                let mut some_members = false;
                loop {
                    let prep = self.w(end);
                    if !matches!(prep, "of" | "in" | "from") {
                        break;
                    }
                    let mut k = end + 1;
                    while matches!(self.w(k), "the" | "its" | "their")
                        || self.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number)
                        || is_number_word(self.w(k))
                        || matches!(self.w(k), "major" | "main" | "ruling" | "other" | "several" | "all")
                    {
                        k += 1;
                    }
                    if let Some((nb, s2)) = self.agent_at(k) {
                        if sector.is_none() {
                            sector = s2;
                        }
                        end = nb;
                        continue;
                    }
                    // "envoys from more than two dozen countries": people of some countries,
                    // counted, not named.
                    let counted = (end + 1..(end + 8).min(self.tokens.len())).find(|&j| {
                        matches!(self.w(j), "countries" | "nations" | "states")
                            && j > end + 1
                            && (end + 1..j).all(|q| {
                                let w = self.w(q);
                                // ("both countries", "the two countries": the ones named before.)
                                self.tokens[q].kind == TokenKind::Number
                                    || is_number_word(w) && w != "both"
                                    || matches!(
                                        w,
                                        "more"
                                            | "than"
                                            | "at"
                                            | "least"
                                            | "some"
                                            | "about"
                                            | "nearly"
                                            | "over"
                                            | "dozen"
                                            | "a"
                                            | "few"
                                            | "many"
                                            | "other"
                                    )
                            })
                    });
                    if let Some(j) = counted {
                        some_members = true;
                        end = j + 1;
                        break;
                    }
                    if let Some(h) = self.hit_starting(k) {
                        let mut found = false;
                        for t in h.targets {
                            match *t {
                                NameRef::Country(c) | NameRef::CountryAdjective(c) => {
                                    countries.push(self.kb.countries[c as usize].iso3.clone());
                                    found = true;
                                }
                                // "observers from the OSCE", "the head of the UN mission":
                                // people of an organisation act for it, as "UN peacekeepers" do.
                                NameRef::Group(g) | NameRef::GroupAdjective(g) => {
                                    let group = &self.kb.groups[g as usize];
                                    // "of the SCO member states": its members.
                                    let members = matches!(
                                        self.w(h.toks.1),
                                        "member" | "members" | "countries" | "states" | "nations"
                                    );
                                    if group.sector.is_some() && group.code.is_some() && !members {
                                        if inst_code.is_none() && countries.is_empty() {
                                            inst_code = group.code.clone();
                                        }
                                    } else if self.counts_some_of(end + 1, k, group.members.len()) {
                                        // ("diplomats from seven Latin American countries":
                                        // some members, not which.)
                                        some_members = true;
                                    } else {
                                        countries.extend(group.members.iter().cloned());
                                    }
                                    found = true;
                                }
                                // The place the name stands for here ("militias in Tripoli"
                                // near "the north Lebanese port" are Lebanon's).
                                NameRef::Place(p) if prep != "in" => {
                                    let p = self.best_place(h.targets, p, h.toks);
                                    countries.push(self.kb.places[p as usize].country.clone());
                                    found = true;
                                }
                                // "Demonstrators in Baghdad": where they are says whose they
                                // are only when nothing else does.
                                NameRef::Place(p) => {
                                    let p = self.best_place(h.targets, p, h.toks);
                                    located.get_or_insert_with(|| self.kb.places[p as usize].country.clone());
                                }
                                NameRef::Institution(ix) => {
                                    let inst = &self.kb.institutions[ix as usize];
                                    if let Some(c) = &inst.country {
                                        countries.push(c.clone());
                                        inst_sector = inst_sector.or_else(|| inst.sector.clone());
                                        found = true;
                                    }
                                }
                                _ => continue,
                            }
                            break;
                        }
                        if found {
                            end = h.toks.1;
                            // "the delegations of Kyrgyzstan and Tajikistan": both countries'.
                            while matches!(self.w(end), "and" | ",") {
                                let Some((c, e)) = self
                                    .hit_starting(end + 1)
                                    .and_then(|h2| Some((Self::country_of_hit(&h2)?, h2.toks.1)))
                                else {
                                    break;
                                };
                                countries.push(self.kb.countries[c as usize].iso3.clone());
                                end = e;
                            }
                            if self.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive) {
                                end += 1;
                                // "a Taliban official in Afghanistan's Badakhshan province":
                                // the province the possessive opens ends the phrase.
                                let mut k = end;
                                while self.tokens.get(k).is_some_and(|t| t.cap && t.kind == TokenKind::Word) {
                                    k += 1;
                                }
                                if prep == "in"
                                    && k > end
                                    && matches!(
                                        self.w(k),
                                        "province" | "region" | "district" | "state" | "city" | "county" | "oblast"
                                    )
                                {
                                    end = k + 1;
                                }
                            }
                            let coll = lowercase(self.w(end));
                            if COLLECTIVES.contains(&&*coll) {
                                end += 1;
                                if coll == "member" && self.w(end) == "states" {
                                    end += 1;
                                }
                            }
                            continue;
                        }
                    }
                    break;
                }
                // "Russia's embassy in Berlin": the possessive, resolved later, says whose.
                let possessive_before = start > 0 && self.tokens[start - 1].kind == TokenKind::Possessive;
                // "the head of the World Bank in Samarkand" heads the bank, not the city.
                // ("Taliban officials met Western diplomats in Doha": not Qatar's.)
                let abroad = || {
                    let last = end.saturating_sub(1).max(start).min(self.tokens.len() - 1);
                    from_abroad(
                        self.text,
                        Span { start: self.tokens[start].span.start, end: self.tokens[last].span.end },
                    )
                };
                if countries.is_empty() && !possessive_before && inst_code.is_none() && !abroad() {
                    countries.extend(located);
                }
                countries.dedup();
                // A title alone is an actor only with a country: "a French minister", not
                // "the minister"; or where its office is at home in one country, which the
                // event's place then tells ("the opposition leader was detained in Minsk").
                let domestic = matches!(
                    sector.as_deref(),
                    Some("OPP" | "JUD" | "COP" | "CVL" | "REB" | "MED" | "REL" | "LAB" | "HRI" | "ENV" | "SPY")
                );
                // "The site's editor-in-chief, Bermet Sulaimanova,": a name in apposition
                // is the actor.
                let appositive = self.w(end) == "," && self.tokens.get(end + 1).is_some_and(|t| t.cap);
                if unnamed_official && countries.is_empty() && inst_code.is_none() && (!domestic || appositive) {
                    i += 1;
                    continue;
                }
                let start = self.determiner_start(start);
                // "Turkey's defence ministry said": a whole phrase that names a country's
                // body in lower case is that body of the knowledge base.
                let named = if start < end && matches!(self.w(start), "the" | "The") { start + 1 } else { start };
                let body = (named < end)
                    .then(|| {
                        let phrase = &self.text[self.tokens[named].span.start..self.tokens[end - 1].span.end];
                        self.kb.lowercase_bodies.get(&phrase.to_lowercase().replace('’', "'")).copied()
                    })
                    .flatten();
                if let Some(ix) = body {
                    let m = self.kb_institution_mention(ix, (named, end));
                    added.push(m);
                    i = end;
                    continue;
                }
                let span = self.span_of(start, end);
                let sector = sector.or(inst_sector);
                if some_members && countries.is_empty() {
                    self.some_members.push(span.start);
                }
                added.push(Mention {
                    span,
                    toks: (start, end),
                    kind: MentionKind::Agent,
                    entity: None,
                    countries,
                    sector,
                    code: inst_code,
                    absorbed: false,
                });
                i = end;
                continue;
            }
            i += 1;
        }
        // Names inside an agent phrase are absorbed by it, and agent phrases inside a
        // person's title by the person.
        // `added` is in text order and its phrases do not overlap: binary search them.
        let enclosing = |spans: &[Span], s: Span| -> bool {
            let i = spans.partition_point(|a| a.start <= s.start);
            i > 0 && spans[i - 1].contains(s) && spans[i - 1] != s
        };
        let agent_spans: Vec<Span> = added.iter().map(|a| a.span).collect();
        for m in &mut self.mentions {
            if enclosing(&agent_spans, m.span) {
                m.absorbed = true;
            }
        }
        let mut person_spans: Vec<Span> =
            self.mentions.iter().filter(|m| m.kind == MentionKind::Person).map(|m| m.span).collect();
        person_spans.sort();
        for a in &mut added {
            let i = person_spans.partition_point(|p| p.start <= a.span.start);
            if (0..i).rev().take(3).any(|j| person_spans[j].contains(a.span)) {
                a.absorbed = true;
            }
        }
        self.mentions.extend(added);
    }

    /// Includes a determiner and a number before `i`: "the five", "26".
    fn determiner_start(&self, mut i: usize) -> usize {
        // "thousands of protesters", "a group of activists", "at least 15 people".
        if i >= 2 && self.w(i - 1) == "of" {
            let q = lowercase(self.w(i - 2));
            if is_quantity_noun(&q)
                || matches!(
                    &*q,
                    "group" | "crowd" | "crowds" | "number" | "some" | "many" | "several" | "hundred" | "thousand"
                )
            {
                i -= 2;
            }
        }
        while i > 0
            && matches!(self.w(i - 1), "least" | "than")
            && i >= 2
            && matches!(self.w(i - 2), "at" | "more" | "fewer" | "less")
        {
            i -= 2;
        }
        while i > 0 {
            let w = self.w(i - 1);
            let lw = lowercase(w);
            if matches!(&*lw, "the" | "all" | "both" | "other")
                || is_number_word(&lw)
                || self.tokens[i - 1].kind == TokenKind::Number
            {
                i -= 1;
            } else {
                break;
            }
        }
        i
    }

    /// Whether the words from `start` to `i` (before a group's collective noun) count fewer
    /// than its `members`: a number other than theirs ("seven Latin American countries"
    /// of twenty) or a count that names none ("several", "some", "a few", "many", "most").
    fn counts_some_of(&self, start: usize, i: usize, members: usize) -> bool {
        (start..i).any(|j| {
            let w = lowercase(self.w(j));
            let n = match &*w {
                "some" | "several" | "few" | "many" | "most" | "dozens" => return true,
                // ("a" counts one only before a singular noun.)
                "a" | "an" => return false,
                w => match crate::dates::number_word(w).map(|n| n as usize).or_else(|| w.parse::<usize>().ok()) {
                    Some(n) => n,
                    None => return false,
                },
            };
            n < members
        })
    }

    /// The country of the person whose surname stands right before the governing noun at
    /// `i` ("the Biden administration", "Putin's government"): a person the document
    /// names, else the knowledge-base people of that surname when they are all of one
    /// country.
    fn leader_before(&self, i: usize) -> Option<String> {
        if !matches!(self.w(i), "administration" | "government" | "regime" | "cabinet" | "junta") {
            return None;
        }
        let mut k = i.checked_sub(1)?;
        if self.tokens[k].kind == TokenKind::Possessive {
            k = k.checked_sub(1)?;
        }
        let w = self.w(k);
        if !is_title_case_word(w) || in_set(&NOT_NAMES_SET, w) {
            return None;
        }
        if let Some(&e) = self.surnames.get(w) {
            return self.entities[e].country.clone();
        }
        let people = self.kb.people_by_surname.get(w)?;
        let mut countries =
            people.iter().flat_map(|&p| self.kb.people[p as usize].offices.iter().filter_map(|o| o.country.as_ref()));
        let first = countries.next()?;
        countries.all(|c| c == first).then(|| first.clone())
    }

    /// An agent noun at token `i` (from the titles table, kind `agent`): its end and sector.
    fn agent_at(&self, i: usize) -> Option<(usize, Option<String>)> {
        let h = self.hit_starting(i)?;
        let t = self.title_of(&h, TitleKind::Agent)?;
        // A capitalised agent noun is one only at the start of a sentence ("Police
        // detained…"); elsewhere it is part of a name ("the Ministry of Health").
        if self.tokens[i].cap && !t.phrase.starts_with(|c: char| c.is_uppercase()) && i != self.sentence_start(i) {
            return None;
        }
        // "military-to-military talks", "people-to-people exchanges": a noun inside an
        // "X-to-Y" compound is part of a modifier, no party.
        if self.w(i).contains("-to-") {
            return None;
        }
        Some((h.toks.1, t.sector.clone()))
    }

    /// A lowercase title used as a common noun, with no name after it: "minister" in "a
    /// French minister said", "foreign minister" in "the Iraqi foreign minister".
    fn unnamed_title_at(&self, i: usize) -> Option<(usize, Option<String>)> {
        let h = self.hit_starting(i)?;
        let t = self.title_of(&h, TitleKind::Title)?;
        // "the Iranian Foreign Minister said": a capitalised title is a common noun too
        // after an article and a country's adjective.
        let after_adjective = || {
            self.hit_ending(i).is_some_and(|a| {
                a.targets.iter().any(|t| matches!(t, NameRef::CountryAdjective(_)))
                    && a.toks.0 > 0
                    && matches!(self.w(a.toks.0 - 1), "the" | "The" | "a" | "A" | "an" | "An")
            })
        };
        if (self.tokens[i].cap || t.phrase.starts_with(|c: char| c.is_uppercase())) && !after_adjective() {
            return None;
        }
        if self.tokens.get(h.toks.1).is_some_and(|n| n.kind == TokenKind::Word && n.cap) {
            return None;
        }
        Some((h.toks.1, t.sector.clone()))
    }

    /// A lowercase word that can name a body's field before its noun ("health" in "the
    /// health ministry"): no function word, verb form or name.
    fn field_word(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        let w = self.w(k);
        t.kind == TokenKind::Word
            && !t.cap
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !in_set(&FUNCTION_WORDS_SET, w)
            && !COMMON_VERBS.contains(&w)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !is_speech_verb(w)
            && self.hit_starting(k).is_none()
    }

    /// The body that owns what follows the possessive at token `p` ("Hamas's", "the
    /// EU's", "the Islamic State terror group's"): its name hit, its countries and its
    /// code. The name may be followed by up to three lowercase words that end in a noun
    /// for a body ("terror group", "militant movement").
    fn body_owner(&self, p: usize) -> Option<(NameHit<'a>, Vec<String>, Option<String>)> {
        let mut e = p;
        let heads = ["group", "movement", "organisation", "organization", "militia", "network", "party", "bloc"];
        if self.hit_ending(e).is_none() && e > 0 && heads.contains(&self.w(e - 1)) {
            let mut k = e - 1;
            while k > 0
                && e - k < 3
                && self.tokens[k - 1].kind == TokenKind::Word
                && self.w(k - 1).bytes().all(|b| b.is_ascii_lowercase())
            {
                k -= 1;
            }
            e = k;
        }
        let h = *self.hit_ending(e)?;
        h.targets.iter().find_map(|t| match *t {
            NameRef::Institution(ix) => {
                let inst = &self.kb.institutions[ix as usize];
                Some((h, inst.country.iter().cloned().collect(), inst.code.clone()))
            }
            NameRef::Group(g) => {
                let group = &self.kb.groups[g as usize];
                if group.sector.is_some() && group.code.is_some() {
                    Some((h, Vec::new(), group.code.clone()))
                } else {
                    Some((h, group.members.clone(), None))
                }
            }
            _ => None,
        })
    }

    fn agent_sector(&self, i: usize) -> Option<String> {
        self.agent_at(i).and_then(|a| a.1)
    }

    /// "The Foreign Secretary said …": a title alone after "the" stands for the last person
    /// named with that title ("British Foreign Secretary Boris Johnson").
    fn title_references(&mut self) {
        let mut persons: Vec<(usize, usize)> = self
            .mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Person)
            .filter_map(|m| m.entity.map(|e| (m.span.start, e)))
            .collect();
        persons.sort();
        let hits = self.hits.clone();
        for h in hits {
            let Some(title) = self.title_of(&h, TitleKind::Title) else { continue };
            let (a, b) = h.toks;
            // ("the former prime minister": the office the person held.)
            let former = a > 1 && self.w(a - 1) == "former";
            let det = if former { a - 2 } else { a.saturating_sub(1) };
            if a == 0 || !matches!(self.w(det), "the" | "The") {
                continue;
            }
            // A name after the title makes it part of that name ("the President Xi").
            if self.tokens.get(b).is_some_and(|t| t.kind == TokenKind::Word && t.cap) {
                continue;
            }
            let phrase = lowercase(&title.phrase);
            let start = self.tokens[det].span.start;
            let before = persons.partition_point(|p| p.0 < start);
            // "the Head of State said": the last president, king or emir named.
            let head_of_state = phrase == "head of state";
            let Some(e) = persons[..before].iter().rev().map(|p| p.1).find(|&e| {
                self.entities[e].titles.iter().any(|t| {
                    let t = lowercase(t);
                    t == phrase || t.ends_with(&format!(" {phrase}")) || head_of_state && heads_a_state(&t)
                })
            }) else {
                continue;
            };
            let span = self.span_of(det, b);
            if self
                .mentions
                .iter()
                .any(|m| m.kind == MentionKind::Person && m.span.start < span.end && span.start < m.span.end)
            {
                continue;
            }
            let ent = &self.entities[e];
            let (countries, sector, code): (Vec<String>, _, _) =
                (ent.country.iter().cloned().collect(), ent.sector.clone(), ent.code.clone());
            // An agent phrase over the same words ("the president") now names the person.
            self.mentions.retain(|m| !(m.entity.is_none() && m.span.start >= span.start && m.span.end <= span.end));
            self.mentions.push(Mention {
                span,
                toks: (det, b),
                kind: MentionKind::Person,
                entity: Some(e),
                countries,
                sector,
                code,
                absorbed: false,
            });
            let at = self.entities[e].mentions.partition_point(|s| s.start < span.start);
            self.entities[e].mentions.insert(at, span);
        }
    }

    /// "The committee said it had urged …", "the service added", "the bank approved": "the"
    /// and a noun for a body, in lower case, that is a word of the name of the organisation
    /// or international body named last before it stand for that body ("the State
    /// Committee for National Security (GKNB) of Tajikistan … The committee"). An agent
    /// phrase over the same words ("the ministry") takes the body as its entity. ("the
    /// group", "the party" and "the army" are left out: the body they stand for is as often
    /// one named without that word, "the Baloch Liberation Army … the group".)
    fn body_references(&mut self) {
        const BODY_NOUNS: &[&str] = &[
            "committee",
            "ministry",
            "service",
            "agency",
            "bank",
            "court",
            "council",
            "commission",
            "union",
            "company",
            "organisation",
            "organization",
            "alliance",
            "fund",
            "department",
            "office",
            "parliament",
            "assembly",
            "corporation",
            "authority",
            "bureau",
        ];
        let bodies: Vec<usize> = self
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| matches!(m.kind, MentionKind::Organization | MentionKind::Group))
            .filter(|(_, m)| m.entity.is_some())
            .map(|(i, _)| i)
            .collect();
        if bodies.is_empty() {
            return;
        }
        let mut added = Vec::new();
        for &i in &self.pass_words {
            let i = i as usize;
            if !matches!(self.w(i), "the" | "The") || i + 1 >= self.tokens.len() {
                continue;
            }
            let n = i + 1;
            let t = self.tokens[n];
            if t.kind != TokenKind::Word || t.cap || !BODY_NOUNS.contains(&self.w(n)) {
                continue;
            }
            // "the committee of experts", "the council on …": a phrase of its own, not a
            // word of a name.
            if matches!(self.w(n + 1), "of" | "for" | "on") || self.sentence_start(n) != self.sentence_start(i) {
                continue;
            }
            let start = self.tokens[i].span.start;
            let noun = self.w(n);
            let Some(&b) = bodies.iter().rev().find(|&&b| {
                let m = &self.mentions[b];
                m.span.end <= start && m.entity.is_some_and(|e| name_has_word(&self.entities[e].name, noun))
            }) else {
                continue;
            };
            let span = self.span_of(i, n + 1);
            if self.mentions.iter().any(|m| m.entity.is_some() && m.span.start < span.end && span.start < m.span.end) {
                continue;
            }
            // Another organisation named in between is as likely meant ("founded Beru
            // Corporation in 2017. The company invests …" is no earlier "… Company").
            let m = &self.mentions[b];
            let between = self.mentions.iter().any(|o| {
                o.kind == MentionKind::Organization
                    && !o.absorbed
                    && o.entity.is_some_and(|e| Some(e) != m.entity)
                    && o.span.start >= m.span.end
                    && o.span.end <= start
            });
            if between {
                continue;
            }
            added.push(Mention {
                span,
                toks: (i, n + 1),
                kind: m.kind,
                entity: m.entity,
                countries: m.countries.clone(),
                sector: m.sector.clone(),
                code: m.code.clone(),
                absorbed: false,
            });
        }
        for m in added {
            self.mentions.retain(|o| !(o.entity.is_none() && o.span.start >= m.span.start && o.span.end <= m.span.end));
            if let Some(e) = m.entity {
                let at = self.entities[e].mentions.partition_point(|s| s.start < m.span.start);
                self.entities[e].mentions.insert(at, m.span);
            }
            self.mentions.push(m);
        }
    }

    /// "urged both countries to respect the ceasefire", "the two sides signed": a phrase
    /// naming the two sides of the story with no agent noun ("sides", "countries") is a
    /// party, whose countries are the last two named (see `resolve_actor_countries`).
    fn two_sides_phrases(&mut self) {
        let mut added = Vec::new();
        for &i in &self.pass_words {
            let i = i as usize;
            if !matches!(self.w(i), "the" | "The" | "both" | "Both") {
                continue;
            }
            let mut j = i + 1;
            if matches!(self.w(i), "the" | "The") && matches!(self.w(j), "two" | "both") {
                j += 1;
            }
            if j >= self.tokens.len() || !TWO_SIDES_HEADS.contains(&self.w(j)) {
                continue;
            }
            let toks = (i, j + 1);
            let span = self.span_of(toks.0, toks.1);
            if !two_sides(&self.text[span.start..span.end])
                || self.mentions.iter().any(|m| m.toks.0 < toks.1 && m.toks.1 > toks.0)
            {
                continue;
            }
            added.push(Mention {
                span,
                toks,
                kind: MentionKind::Agent,
                entity: None,
                countries: vec![],
                sector: None,
                code: None,
                absorbed: false,
            });
        }
        self.mentions.extend(added);
    }

    /// "urged both sides to respect the Minsk agreements", "reopen the Kordai
    /// checkpoint": a town between an article and a common noun names a thing (an
    /// accord, a crossing), not a party. The mention stays an entity, but acts in no event.
    fn attributive_places(&mut self) {
        let mut absorb = Vec::new();
        for (k, m) in self.mentions.iter().enumerate() {
            let (a, b) = m.toks;
            if m.kind != MentionKind::Place
                || m.absorbed
                || a == 0
                || !matches!(self.w(a - 1), "the" | "The" | "a" | "an")
            {
                continue;
            }
            let Some(next) = self.tokens.get(b) else { continue };
            let w = self.w(b);
            if next.kind != TokenKind::Word || next.cap || in_set(&FUNCTION_WORDS_SET, w) || w.ends_with("ed") {
                continue;
            }
            // "the Moscow court", "the Kabul government": an agent phrase holds the town
            // and reads its country from it.
            let covered = self.mentions.iter().any(|o| o.kind != MentionKind::Place && o.toks.0 < b && o.toks.1 > a);
            if !covered {
                absorb.push(k);
            }
        }
        for k in absorb {
            self.mentions[k].absorbed = true;
        }
    }

    /// "his Uzbek counterpart Bakhtiyor Saidov": an agent phrase right before a person's
    /// name describes that person and is no party of its own.
    fn agents_before_names(&mut self) {
        let mut names: Vec<usize> =
            self.mentions.iter().filter(|m| m.kind == MentionKind::Person && !m.absorbed).map(|m| m.toks.0).collect();
        if names.is_empty() {
            return;
        }
        names.sort_unstable();
        for m in &mut self.mentions {
            if m.kind == MentionKind::Agent && !m.absorbed && names.binary_search(&m.toks.1).is_ok() {
                m.absorbed = true;
            }
        }
    }

    /// "It" opening a sentence and followed by a verb of its own ("It accused India of
    /// shelling villages", "It said …") stands for the subject of the sentence before, when
    /// that subject is a country or an organisation named in the knowledge base ("Pakistan
    /// said it would retaliate."). An "It" that opens a statement of fact ("It was not
    /// clear …", "It has been a year …", "It took three days …") stands for nothing.
    /// "They" opening a sentence with a verb of its own stands for that subject when it is
    /// plural: a group, a plural name or a plural noun of people ("Kyrgyz border guards").
    fn it_pronouns(&mut self) -> Vec<Mention> {
        let mut out = Vec::new();
        for n in 0..self.pass_words.len() {
            let i = self.pass_words[n] as usize;
            let they = self.token_text[i] == "They";
            if i == 0 || !(they || self.token_text[i] == "It") || self.sentence_of[i - 1] == self.sentence_of[i] {
                continue;
            }
            // "It also said", "It now plans": the verb after an adverb.
            let v = if matches!(self.w(i + 1), "also" | "only" | "now" | "then" | "later" | "still" | "further") {
                i + 2
            } else {
                i + 1
            };
            let next = self.w(v);
            let after = self.w(v + 1);
            let stands_for_nothing = !they
                && matches!(
                    next,
                    "is" | "was"
                        | "'s"
                        | "’s"
                        | "isn't"
                        | "wasn't"
                        | "seems"
                        | "seemed"
                        | "remains"
                        | "remained"
                        | "appears"
                        | "appeared"
                        | "became"
                        | "becomes"
                        | "means"
                        | "meant"
                        | "takes"
                        | "took"
                        | "comes"
                        | "came"
                        | "looks"
                        | "looked"
                        | "makes"
                        | "made"
                        | "happened"
                        | "follows"
                        | "followed"
                        | "marks"
                        | "marked"
                        | "includes"
                        | "included"
                        | "costs"
                        | "cost"
                        | "depends"
                        | "matters"
                        | "helps"
                        | "helped"
                )
                || !they
                    && matches!(
                        next,
                        "has"
                            | "had"
                            | "have"
                            | "will"
                            | "would"
                            | "could"
                            | "may"
                            | "might"
                            | "must"
                            | "should"
                            | "can"
                    )
                    && matches!(
                        after,
                        "been" | "be" | "not" | "to" | "taken" | "become" | "come" | "seemed" | "appeared" | "remained"
                    )
                || !self.tokens.get(v).is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
            if stands_for_nothing {
                continue;
            }
            // The subject of the sentence before: a mention that opens it ("Pakistan said
            // …", "The Foreign Ministry said …"). A sentence that opens otherwise ("According
            // to the agency, …", "Other films include Australia's Tanna") gives none: its
            // first name is too often not what "It" stands for.
            let previous = self.sentence_of[i] - 1;
            let mut start = i - 1;
            while start > 0 && self.sentence_of[start - 1] == previous {
                start -= 1;
            }
            while start < i && matches!(self.w(start), "\"" | "“" | "'" | "‘") {
                start += 1;
            }
            let opening =
                |m: &Mention| m.toks.0 == start || m.toks.0 == start + 1 && matches!(self.w(start), "The" | "the");
            let subject = self.mentions.iter().find(|m| !m.absorbed && opening(m));
            let Some(subject) = subject else { continue };
            // "They" stands for a plural: a group or a plural name ("The Taliban seized …
            // They banned …", "the Houthis") or a common noun of people ("Kyrgyz border guards crossed … They opened fire
            // …"), which has no entity of its own yet.
            let plural = |m: &Mention| {
                let last = self.w(m.toks.1 - 1);
                m.kind == MentionKind::Group
                    || matches!(m.kind, MentionKind::Agent | MentionKind::Organization)
                        && (last.ends_with('s') && !last.ends_with("ss")
                            || matches!(last, "police" | "people" | "military" | "militia" | "Taliban"))
            };
            let fits = if they {
                plural(subject)
            } else {
                subject.entity.is_some()
                    && matches!(subject.kind, MentionKind::Country | MentionKind::Organization | MentionKind::Group)
            };
            if !fits {
                continue;
            }
            let t = self.tokens[i];
            if let Some(e) = subject.entity {
                let at = self.entities[e].mentions.partition_point(|s| s.start < t.span.start);
                self.entities[e].mentions.insert(at, t.span);
            }
            out.push(Mention {
                span: t.span,
                toks: (i, i + 1),
                kind: MentionKind::Pronoun,
                entity: subject.entity,
                countries: subject.countries.clone(),
                sector: subject.sector.clone(),
                code: subject.code.clone(),
                absorbed: false,
            });
        }
        out
    }

    /// "he" and "she" stand for the last person named; "It" and "They" for the subject of
    /// the sentence before ([`Recogniser::it_pronouns`]).
    fn pronouns(&mut self) {
        let its = self.it_pronouns();
        let mut persons: Vec<(usize, usize)> = self
            .mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Person)
            .filter_map(|m| m.entity.map(|e| (m.span.start, e)))
            .collect();
        persons.sort();
        // The same named persons by token, for the subject of the sentence before.
        let mut named: Vec<((usize, usize), usize, usize)> = self
            .mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Person)
            .filter_map(|m| m.entity.map(|e| (m.toks, m.span.start, e)))
            .collect();
        named.sort();
        let mut out = Vec::new();
        for n in 0..self.pass_words.len() {
            let i = self.pass_words[n] as usize;
            let (t, w) = (self.tokens[i], self.token_text[i]);
            if !matches!(w, "he" | "He" | "she" | "She") {
                continue;
            }
            let before = persons.partition_point(|p| p.0 < t.span.start);
            if before == 0 {
                // "expelled a Ukrainian ambassador over an interview in which he called
                // for …": with no person named before, the last official named by a
                // singular noun in this sentence or the one before.
                let si = self.sentence_of[i];
                let from = self.sentences.get(si.saturating_sub(1)).map_or(0, |s| s.0);
                let official = self
                    .mentions
                    .iter()
                    .filter(|m| {
                        m.kind == MentionKind::Agent
                            && m.toks.0 >= from
                            && m.toks.1 <= i
                            && m.countries.len() == 1
                            && m.sector.is_some()
                            && {
                                let last = self.w(m.toks.1 - 1);
                                !last.ends_with('s')
                                    && !matches!(last, "police" | "people" | "military" | "government" | "army")
                                    && !self.tokens[m.toks.1 - 1].cap
                            }
                    })
                    .max_by_key(|m| m.toks.1);
                if let Some(m) = official {
                    out.push(Mention {
                        span: t.span,
                        toks: (i, i + 1),
                        kind: MentionKind::Pronoun,
                        entity: None,
                        countries: m.countries.clone(),
                        sector: m.sector.clone(),
                        code: m.code.clone(),
                        absorbed: false,
                    });
                }
                continue;
            }
            let mut e = persons[before - 1].1;
            // "Mirziyoyev also met Prime Minister Olzhas Bektenov. On Tuesday, he is due
            // to visit …": a pronoun that opens its sentence (after at most a short
            // phrase set off by a comma) stands for the person the sentence before opened
            // with, not for the last one it named.
            let si = self.sentence_of[i];
            let sa = self.sentences.get(si).map_or(i, |s| s.0);
            let opens = i == sa || i > sa && i - sa <= 5 && self.w(i - 1) == "," && self.tokens[sa].cap;
            if opens && si > 0 {
                let (pa, pb) = self.sentences[si - 1];
                let people = &named[named.partition_point(|p| p.0 .0 < pa)..named.partition_point(|p| p.0 .0 < pb)];
                // ("Like Lutnick, Kevin Hassett … emphasized": a name a comma sets off
                // before another opens no sentence as its subject.)
                let subject = people
                    .first()
                    .filter(|&&((a, b), ..)| {
                        b <= pb
                            && a <= pa + 6
                            && (a == pa || !in_set(&FUNCTION_WORDS_SET, &lowercase(self.w(a - 1))))
                            && !(self.w(b) == "," && people.iter().any(|o| o.0 .0 == b + 1))
                    })
                    .map(|p| p.2);
                let last = persons[before - 1].0;
                let last_in_previous = last >= self.tokens[pa].span.start;
                // ("…, Miller told reporters. He said …": the speaker the sentence before
                // ends with says the next thing too.)
                let last_speaks =
                    people.iter().rev().find(|p| p.1 == last).is_some_and(|p| {
                        matches!(self.w(p.0 .1), "said" | "says" | "told" | "added" | "stated" | "wrote")
                    });
                if let Some(s) = subject.filter(|_| last_in_previous && !last_speaks) {
                    e = s;
                    // ("…, where he will attend": a later pronoun takes it up.)
                    persons.insert(before, (t.span.start, e));
                }
            }
            // The pronoun is a mention of the person too (coreference), kept in text order.
            let at = self.entities[e].mentions.partition_point(|s| s.start < t.span.start);
            self.entities[e].mentions.insert(at, t.span);
            let ent = &self.entities[e];
            out.push(Mention {
                span: t.span,
                toks: (i, i + 1),
                kind: MentionKind::Pronoun,
                entity: Some(e),
                countries: ent.country.iter().cloned().collect(),
                sector: ent.sector.clone(),
                code: ent.code.clone(),
                absorbed: false,
            });
        }
        self.mentions.extend(out);
        self.mentions.extend(its);
    }

    /// "the city", "the town", "the village" stand for the place named just after "of"
    /// ("the city of Mosul") or else for the last town or city named in this sentence or
    /// the two before ("… in Daquq … the town was within shelling range"). They are mentions of that entity (coreference),
    /// not actors of their own. "the country" is left alone: news names several countries
    /// at once, and the last one named is too often not the one meant ("Chinese firms in
    /// the country").
    fn place_references(&mut self) {
        let mut places: Vec<(usize, usize)> = self
            .mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Place)
            .filter_map(|m| m.entity.map(|e| (m.toks.0, e)))
            .filter(|&(_, e)| self.entities[e].kind == EntityKind::Location)
            .collect();
        places.sort();
        for n in 0..self.pass_words.len() {
            let i = self.pass_words[n] as usize;
            if i == 0 || !matches!(self.w(i), "city" | "town" | "village") {
                continue;
            }
            if !matches!(self.w(i - 1), "the" | "The") {
                continue;
            }
            let next = self.tokens.get(i + 1);
            // "the city council", "the town hall": a compound, not the place.
            if next.is_some_and(|t| t.kind == TokenKind::Word && !t.cap && self.w(i + 1) != "of") {
                continue;
            }
            let e = if self.w(i + 1) == "of" {
                // "the city of Raqqa": the place named next.
                match places.iter().find(|p| p.0 == i + 2) {
                    Some(&(_, e)) => e,
                    None => continue,
                }
            } else {
                // The antecedent is near: in this sentence or the two before it (farther
                // back, the town meant is more often one the gazetteer lacks).
                let before = places.partition_point(|p| p.0 < i);
                let near = self.sentence_of[i].saturating_sub(2);
                match places[..before].last() {
                    Some(&(k, e)) if self.sentence_of[k] >= near => e,
                    _ => continue,
                }
            };
            let span = self.span_of(i - 1, i + 1);
            add_mention(&mut self.entities[e].mentions, span);
        }
    }

    /// "the organization", "the bloc", "the alliance" stand for the organisation of states
    /// named last, in this sentence or the two before, when no other organisation was named
    /// after it ("Armenia, which froze its participation in the organization last year" after
    /// "the Collective Security Treaty Organization"). Each is a mention of that organisation,
    /// and so may be a party to an act.
    fn bloc_references(&mut self) {
        // Each organisation mention's first token and index.
        let mut orgs: Vec<(usize, usize)> = self
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| matches!(m.kind, MentionKind::Organization | MentionKind::Group))
            .map(|(n, m)| (m.toks.0, n))
            .collect();
        orgs.sort();
        let mut out = Vec::new();
        for n in 0..self.pass_words.len() {
            let i = self.pass_words[n] as usize;
            if !matches!(self.w(i), "the" | "The")
                || !matches!(self.w(i + 1), "organization" | "organisation" | "bloc" | "alliance")
            {
                continue;
            }
            // "the organization's secretary general" is still the organisation; "the
            // alliance members", "the bloc leaders" are not.
            if matches!(
                self.w(i + 2),
                "member"
                    | "members"
                    | "leader"
                    | "leaders"
                    | "countries"
                    | "states"
                    | "nations"
                    | "partners"
                    | "chief"
                    | "head"
                    | "summit"
                    | "meeting"
                    | "ministers"
                    | "secretary"
                    | "forces"
                    | "troops"
            ) {
                continue;
            }
            let before = orgs.partition_point(|o| o.0 < i);
            // A body named inside another phrase ("Kremlin spokesman") does not stand
            // between, unless it is an organisation of states ("NATO leaders").
            let igo = |mi: usize| self.mentions[mi].code.as_deref().is_some_and(|c| c.starts_with("IGO"));
            let Some(&(k, mi)) = orgs[..before].iter().rev().find(|&&(_, mi)| !self.mentions[mi].absorbed || igo(mi))
            else {
                continue;
            };
            let m = &self.mentions[mi];
            if self.sentence_of[k] + 2 < self.sentence_of[i]
                || !m.code.as_deref().is_some_and(|c| c.starts_with("IGO"))
                || m.toks.1 > i
            {
                continue;
            }
            let Some(e) = m.entity else { continue };
            let span = self.span_of(i, i + 2);
            out.push(Mention {
                span,
                toks: (i, i + 2),
                kind: m.kind,
                entity: Some(e),
                countries: m.countries.clone(),
                sector: m.sector.clone(),
                code: m.code.clone(),
                absorbed: false,
            });
            add_mention(&mut self.entities[e].mentions, span);
        }
        self.mentions.extend(out);
    }

    /// A place the gazetteer lacks, known by the shape of its name.
    /// Coordinates written in the text ("33°47′N 44°30′E"): each pair is a place at that
    /// point, one entity per written form.
    fn coordinates(&mut self) {
        for c in crate::coordinates::find(self.text) {
            let a = self.tokens.partition_point(|t| t.span.end <= c.span.start);
            let b = self.tokens.partition_point(|t| t.span.start < c.span.end);
            if a >= b || self.mentions.iter().any(|m| m.span.start < c.span.end && c.span.start < m.span.end) {
                continue;
            }
            let name = self.text[c.span.start..c.span.end].to_string();
            let country = crate::coordinates::country_near(self.kb, c.lat, c.lon);
            let e = self.entity(
                EntityKey::RulePlace(name.clone()),
                || Entity {
                    kind: EntityKind::Location,
                    name: name.clone(),
                    country: country.clone(),
                    sector: None,
                    titles: vec![],
                    mentions: vec![],
                    members: vec![],
                    code: None,
                    provenance: Provenance::Rule("coordinates"),
                    coords: Some((c.lat, c.lon)),
                    geonameid: None,
                },
                c.span,
            );
            self.mentions.push(Mention {
                span: c.span,
                toks: (a, b),
                kind: MentionKind::Place,
                entity: Some(e),
                countries: country.into_iter().collect(),
                sector: None,
                code: None,
                absorbed: false,
            });
        }
    }

    /// US states by their abbreviations in news style ("Louisville, Ky.", "Washington,
    /// D.C.", "Sen. Lindsey Graham, R-S.C.") where the form shows it: after a place name
    /// and a comma, or after a party's initial and a hyphen ("D-", "R-", "I-"). Elsewhere
    /// the same letters are other words ("Miss. Smith", "Del. Jones", "Ill. man").
    fn state_abbreviations(&mut self) {
        for i in 2..self.tokens.len() {
            let w = self.token_text[i];
            // Most tokens are ruled out before the list is searched.
            if !self.tokens[i].cap || w.len() > 5 {
                continue;
            }
            let adjacent = |j: usize| self.tokens[j].span.end == self.tokens[j + 1].span.start;
            // The abbreviation's period: in the token ("S.C.") or right after it ("Ky.").
            let end = if w.ends_with('.') {
                i + 1
            } else if self.w(i + 1) == "." && adjacent(i) {
                i + 2
            } else {
                continue;
            };
            let letters = w.strip_suffix('.').unwrap_or(w);
            let Some(&(_, geonameid)) = US_STATE_ABBREVIATIONS.iter().find(|(a, _)| *a == letters) else {
                continue;
            };
            // A capitalised word after a one-part abbreviation may be a name it is the title
            // of ("…, Del. Sam Rasoul"); "S.D." or "W.Va." is no title.
            let after_place = self.w(i - 1) == ","
                && self.tokens[i - 2].kind == TokenKind::Word
                && self.tokens[i - 2].cap
                && (letters.contains('.') || !self.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && t.cap));
            let after_party =
                self.w(i - 1) == "-" && adjacent(i - 1) && adjacent(i - 2) && matches!(self.w(i - 2), "D" | "R" | "I");
            if !(after_place || after_party) {
                continue;
            }
            let span = self.span_of(i, end);
            if self.mentions.iter().any(|m| m.span.start < span.end && span.start < m.span.end) {
                continue;
            }
            let Some(p) = self.region_row(geonameid) else {
                continue;
            };
            let m = self.place_mention(p, (i, end));
            self.mentions.push(m);
        }
    }

    /// The name hit right after a comma at token `i` ("Daquq, Iraq"), if token `i` is one.
    fn hit_after_comma(&self, i: usize) -> Option<NameHit<'a>> {
        self.tokens.get(i).is_some_and(|t| t.text(self.text) == ",").then(|| self.hit_starting(i + 1)).flatten()
    }

    /// The gazetteer row of the first-level division with GeoNames id `geonameid` (a US
    /// state of [`US_STATE_ABBREVIATIONS`]).
    fn region_row(&self, geonameid: u64) -> Option<u32> {
        self.kb.places.iter().position(|p| p.region && p.geonameid == Some(geonameid)).map(|p| p as u32)
    }

    /// Whether the name at `name` is a gloss in another language inside parentheses:
    /// after "Arabic:" or "Kurdish:" since the opening parenthesis, or before "in
    /// Kurdish".
    fn language_gloss(&self, name: (usize, usize)) -> bool {
        let after = self.w(name.1) == "in" && LANGUAGES.contains(&self.w(name.1 + 1));
        if after && matches!(self.w(name.1 + 2), ")" | ";" | ",") {
            return true;
        }
        let lo = name.0.saturating_sub(16);
        let mut k = name.0;
        while k > lo {
            k -= 1;
            match self.w(k) {
                "(" | ")" | "." => return false,
                ":" if k > 0 && LANGUAGES.contains(&self.w(k - 1)) => return true,
                _ => {}
            }
        }
        false
    }

    fn rule_place(&mut self, toks: (usize, usize)) {
        let span = self.span_of(toks.0, toks.1);
        let name = self.text[span.start..span.end].to_string();
        // "in Daquq, Iraq": the country after a comma is the place's.
        let country = self.hit_after_comma(toks.1).and_then(|h| match h.targets.first() {
            Some(&NameRef::Country(c)) => Some(self.kb.countries[c as usize].iso3.clone()),
            _ => None,
        });
        // "Giza's Haram district": a place the gazetteer lacks, inside a town it knows,
        // takes the town's country and, as the nearest known point, its coordinates.
        let within = (toks.0 >= 2 && self.tokens[toks.0 - 1].kind == TokenKind::Possessive)
            .then(|| self.hit_ending(toks.0 - 1))
            .flatten()
            .and_then(|h| {
                h.targets.iter().find_map(|t| match *t {
                    NameRef::Place(p) if !self.kb.places[p as usize].region => Some(&self.kb.places[p as usize]),
                    _ => None,
                })
            });
        let country = country.or_else(|| within.map(|p| p.country.clone()));
        let coords = within.map(|p| (p.lat, p.lon));
        let e = self.entity(
            EntityKey::RulePlace(name.clone()),
            || Entity {
                kind: EntityKind::Location,
                name: name.clone(),
                country: country.clone(),
                sector: None,
                titles: vec![],
                mentions: vec![],
                members: vec![],
                code: None,
                provenance: Provenance::Rule(if coords.is_some() { "place-within" } else { "place-shape" }),
                coords,
                geonameid: None,
            },
            span,
        );
        self.mentions.push(Mention {
            span,
            toks,
            kind: MentionKind::Place,
            entity: Some(e),
            countries: country.into_iter().collect(),
            sector: None,
            code: None,
            absorbed: false,
        });
    }

    fn rule_org(&mut self, toks: (usize, usize), elems: &[(usize, usize, Option<NameHit<'a>>)]) {
        let span = self.span_of(toks.0, toks.1);
        let name = self.text[span.start..span.end].to_string();
        // "the Border Service of the State Committee for National Security … the Border
        // Service accused …": a later name that is the head of an organisation named
        // before, up to its "of", is that organisation.
        if toks.1 - toks.0 > 1 {
            let mut earlier = self.entities.iter().enumerate().filter(|(_, e)| {
                e.kind == EntityKind::Organization
                    && e.name.len() > name.len() + 4
                    && e.name.starts_with(name.as_str())
                    && e.name[name.len()..].starts_with(" of ")
            });
            if let (Some((i, e)), None) = (earlier.next(), earlier.next()) {
                let mention = Mention {
                    span,
                    toks,
                    kind: MentionKind::Organization,
                    entity: Some(i),
                    countries: e.country.iter().cloned().collect(),
                    sector: e.sector.clone(),
                    code: e.code.clone(),
                    absorbed: false,
                };
                if !self.entities[i].mentions.contains(&span) {
                    self.entities[i].mentions.push(span);
                }
                self.mentions.push(mention);
                return;
            }
        }
        if let Some(g) = self.un_organ(span, toks) {
            let m = self.group_mention(g, toks);
            self.mentions.push(m);
            return;
        }
        if let Some(m) = self.short_form_of_international_body(span, toks) {
            if let Some(i) = m.entity {
                if !self.entities[i].mentions.contains(&span) {
                    self.entities[i].mentions.push(span);
                }
            }
            self.mentions.push(m);
            return;
        }
        let (country, inst_sector, title_sector, _) = self.facts_in(toks.0, toks.1);
        let sector = inst_sector.or(title_sector);
        // "the OSCE Programme Office": a body of an international organisation acts under
        // the organisation's code.
        let code = elems.iter().filter_map(|e| e.2).find_map(|h| {
            h.targets.iter().find_map(|t| match *t {
                NameRef::Group(g) => self.kb.groups[g as usize].code.clone(),
                NameRef::Institution(i) => self.kb.institutions[i as usize].code.clone(),
                _ => None,
            })
        });
        let e = self.entity(
            EntityKey::RuleOrganization(name.clone()),
            || Entity {
                kind: EntityKind::Organization,
                name: name.clone(),
                country: country.clone(),
                sector: sector.clone(),
                titles: vec![],
                mentions: vec![],
                members: vec![],
                code: code.clone(),
                provenance: Provenance::Rule("organisation-head-word"),
                coords: None,
                geonameid: None,
            },
            span,
        );
        self.component_mentions(elems, true);
        self.mentions.push(Mention {
            span,
            toks,
            kind: MentionKind::Organization,
            entity: Some(e),
            countries: country.into_iter().collect(),
            sector,
            code,
            absorbed: false,
        });
    }

    /// "… told a meeting of the U.N. Security Council … He told the 15-nation Security
    /// Council that …": a name of two words or more that ends the name of an international
    /// body named earlier in the document (a body of no one country: the UN's organs, the
    /// EU's, an alliance's) is that body, as a reader takes it. The knowledge base cannot
    /// list "Security Council" or "General Assembly" as aliases, since Russia, Kazakhstan
    /// and many parliaments have bodies of those names; without an earlier full name the
    /// name stays an organisation of its own. Not when a country owns the name ("Russia's
    /// Security Council", "the Kazakh Security Council"), and not when two bodies named
    /// earlier end the same way.
    fn short_form_of_international_body(&self, span: Span, toks: (usize, usize)) -> Option<Mention> {
        if !self.may_be_short_form(toks) {
            return None;
        }
        let name = &self.text[span.start..span.end];
        let mut found: Option<&Mention> = None;
        for m in self.mentions.iter().filter(|m| m.span.end <= span.start && m.toks.1 - m.toks.0 > toks.1 - toks.0) {
            let Some(i) = m.entity else { continue };
            let e = &self.entities[i];
            if e.kind != EntityKind::Organization || e.country.is_some() || !m.countries.is_empty() {
                continue;
            }
            let text = &self.text[m.span.start..m.span.end];
            if !(text.ends_with(name) && text[..text.len() - name.len()].ends_with(' ')) {
                continue;
            }
            match found {
                Some(f) if f.entity != m.entity => return None,
                _ => found = Some(m),
            }
        }
        let m = found?;
        Some(Mention { span, toks, absorbed: false, ..m.clone() })
    }

    /// "At the United Nations, the Security Council voted …": in a document that has
    /// named the UN or one of its bodies before, an organ of the UN named without "UN"
    /// ("Security Council", "General Assembly", "Human Rights Council": a group of the
    /// knowledge base whose name is "UN" and the name, with a UN code) is that organ, on
    /// the terms of [`Recogniser::short_form_of_international_body`]. The body's own
    /// full name earlier is taken first by that rule.
    fn un_organ(&self, span: Span, toks: (usize, usize)) -> Option<u32> {
        if !self.may_be_short_form(toks) {
            return None;
        }
        let name = &self.text[span.start..span.end];
        let un = |code: Option<&str>| code.is_some_and(|c| c.starts_with("IGOUNO"));
        if !self.mentions.iter().any(|m| m.span.end <= span.start && un(m.code.as_deref())) {
            return None;
        }
        let organ = |full: &str| ["UN ", "U.N. ", "United Nations "].iter().any(|p| full.strip_prefix(p) == Some(name));
        let g = self
            .kb
            .groups
            .iter()
            .position(|g| un(g.code.as_deref()) && (organ(&g.name) || g.aliases.iter().any(|a| organ(a))))?;
        // Not when the organ's full name is in the text before: that mention's rule reads it.
        let full = self.mentions.iter().any(|m| {
            m.span.end <= span.start
                && m.entity.is_some_and(|i| self.entities[i].code.as_deref() == self.kb.groups[g].code.as_deref())
        });
        (!full).then_some(g as u32)
    }

    /// Whether tokens `toks` may be the short name of a body named in full elsewhere: two
    /// words or more, not owned by a country ("Russia's Security Council", "the Kazakh
    /// Security Council").
    fn may_be_short_form(&self, toks: (usize, usize)) -> bool {
        if toks.1 - toks.0 < 2 {
            return false;
        }
        if toks.0 > 0 {
            let before = self.w(toks.0 - 1);
            if matches!(before, "'s" | "’s" | "'" | "’")
                || self
                    .mentions
                    .iter()
                    .rev()
                    .take(8)
                    .any(|m| m.toks.1 == toks.0 && matches!(m.kind, MentionKind::Country | MentionKind::Place))
            {
                return false;
            }
        }
        true
    }

    /// People and organisations whose country neither the knowledge base nor their titles
    /// tell take the country the text is about: the country named most in the sentence
    /// that introduces them, else in the whole document. Each guess is reported as a
    /// diagnostic so that it can be told from a known fact.
    /// Actors the text names only by a possessive country ("Kyrgyzstan's Ministry of
    /// Foreign Affairs") take that country; "the two sides", "both countries" stand for
    /// the last two countries named; agent phrases with no country ("the government")
    /// take the country of their sentence, else of the document.
    fn resolve_actor_countries(&mut self, doc_best: Option<String>) {
        // Country of each token that ends a country, place or group-of-one mention.
        // (The countries are borrowed from the mentions: the mentions' new countries are
        // set after the loop, as each mention's update reads no other mention's.)
        // (A list in the mentions' order, read from its end, rather than a table of every
        // token: it is read only before a possessive or after "ordered", and zeroing a
        // table for every document cost more than those reads.)
        let mut ends: Vec<(usize, &str)> = Vec::new();
        let mut named: Vec<(usize, &str)> = Vec::new();
        for m in &self.mentions {
            if matches!(
                m.kind,
                MentionKind::Country | MentionKind::Place | MentionKind::Person | MentionKind::Organization
            ) && m.countries.len() == 1
            {
                ends.push((m.toks.1, m.countries[0].as_str()));
                // "held talks in Istanbul": a town in a place phrase is where the sides
                // were, not one of them.
                let scene = m.kind == MentionKind::Place
                    && m.toks.0 > 0
                    && matches!(self.w(m.toks.0 - 1), "in" | "at" | "near" | "outside" | "from");
                if !scene {
                    named.push((m.toks.0, m.countries[0].as_str()));
                }
            }
        }
        // The country of the last such mention ending at token `t` (a later mention
        // overwrote an earlier one in the table).
        let end_country = |t: usize| ends.iter().rev().find(|&&(e, _)| e == t).map(|&(_, c)| c);
        named.sort();
        // The distinct countries (and one of their spans) named in each sentence.
        let mut sentence_countries: Vec<Vec<(&str, Span)>> = vec![Vec::new(); self.sentences.len().max(1)];
        // … and of the towns and regions alone.
        let mut sentence_towns: Vec<Vec<(&str, Span)>> = vec![Vec::new(); self.sentences.len().max(1)];
        for o in &self.mentions {
            if matches!(o.kind, MentionKind::Country | MentionKind::Place)
                && o.countries.len() == 1
                && o.toks.0 < self.tokens.len()
                // ("Russian-backed separatists shelled … near Donetsk": the backer is not
                // among the countries whose people the sentence's groups are.)
                && !backer_participle(self.w(o.toks.1 - 1))
                // (Nor is the partner of a relation: "activists who had criticised the deal
                // with China".)
                && !partner_of_relation(|j| self.w(j), self.sentence_start(o.toks.0), o.toks.0)
                // (Nor the venue of a gathering: "the leaders met at the Singapore summit".)
                && !(o.toks.0 >= 1
                    && venue_of_gathering(self.w(o.toks.0 - 1), self.w(o.toks.1), o.kind == MentionKind::Place))
            {
                let si = self.sentence_of[o.toks.0];
                // "kidnapped by gunmen in southwestern Pakistan": a country named as where
                // something happens counts as a town does.
                let site = o.kind == MentionKind::Country && o.toks.0 >= 1 && {
                    let mut k = o.toks.0 - 1;
                    if k >= 1 && is_compass_adjective(self.w(k)) {
                        k -= 1;
                    }
                    matches!(self.w(k), "in" | "near" | "inside" | "across" | "throughout")
                };
                let lists = if o.kind == MentionKind::Place || site {
                    vec![&mut sentence_countries[si], &mut sentence_towns[si]]
                } else {
                    vec![&mut sentence_countries[si]]
                };
                for v in lists {
                    if !v.iter().any(|(c, _)| *c == o.countries[0]) {
                        v.push((o.countries[0].as_str(), o.span));
                    }
                }
            }
        }
        let mut entity_updates = Vec::new();
        let mut mention_updates: Vec<(usize, Vec<String>)> = Vec::new();
        for i in 0..self.mentions.len() {
            let m = &self.mentions[i];
            // ("Three EU member states": some members of a group, not which, are of no
            // country the sentence names.)
            if !m.countries.is_empty()
                || m.code.is_some()
                || !matches!(m.kind, MentionKind::Organization | MentionKind::Agent | MentionKind::Person)
                || self.some_members.contains(&m.span.start)
            {
                continue;
            }
            let a = m.toks.0;
            // "Kyrgyzstan's Ministry of Foreign Affairs"
            let mut k = a;
            while k > 0 && matches!(self.w(k - 1), "the" | "The") {
                k -= 1;
            }
            let possessive = (k >= 2 && self.tokens[k - 1].kind == TokenKind::Possessive)
                .then(|| end_country(k - 1).map(|c| c.to_string()))
                .flatten();
            let countries = if let Some(c) = possessive {
                vec![c]
            } else if two_sides(&self.text[m.span.start..m.span.end]) {
                // The last two distinct countries named before the phrase.
                let mut last: Vec<String> = Vec::new();
                for &(_, c) in named.iter().rev().filter(|(s, _)| *s < a) {
                    if !last.iter().any(|l| l == c) {
                        last.push(c.to_string());
                    }
                    if last.len() == 2 {
                        break;
                    }
                }
                if last.len() == 2 {
                    last
                } else {
                    vec![]
                }
            } else if let Some(c) = (m.kind == MentionKind::Agent && self.w(m.toks.1) == "to")
                .then(|| {
                    // "Putin ordered the army to attack Ukraine": forces ordered to act
                    // serve whoever orders them, not the country they act on.
                    let mut j = k;
                    while j > 0 && matches!(self.w(j - 1), "his" | "her" | "their" | "its") {
                        j -= 1;
                    }
                    (j >= 2
                        && matches!(
                            self.w(j - 1),
                            "ordered" | "orders" | "instructed" | "instructs" | "directed" | "commanded"
                        ))
                    .then(|| end_country(j - 1))
                    .flatten()
                })
                .flatten()
            {
                vec![c.to_string()]
            } else if let Some(c) = (m.kind == MentionKind::Agent)
                .then(|| {
                    // "Laurent Fabius and a group of deputies": a party joined to one of
                    // known country is of that country.
                    let mut j = k;
                    while j > 0 && matches!(self.w(j - 1), "a" | "an" | "several" | "some" | "other" | "his" | "her") {
                        j -= 1;
                    }
                    (j >= 2 && self.w(j - 1) == "and").then(|| end_country(j - 1)).flatten()
                })
                .flatten()
            {
                vec![c.to_string()]
            } else if m.kind == MentionKind::Agent && from_abroad(self.text, m.span) {
                // "accused Western intelligence services of orchestrating the protests in
                // Belgrade": a group named Western is of no one country the sentence names.
                vec![]
            } else if m.kind == MentionKind::Agent {
                // The one country of the sentence's towns, for police and gunmen.
                let town = match sentence_towns.get(self.sentence_of[a]).map(|v| v.as_slice()) {
                    Some([t])
                        if (of_their_town(m.sector.as_deref())
                            || local_people(m.sector.as_deref(), &self.text[m.span.start..m.span.end]))
                            && !m.span.contains(t.1) =>
                    {
                        Some(t.0)
                    }
                    // "Thousands rallied in Yerevan to protest the government's handover of
                    // border villages to Azerbaijan": a government named bare in a sentence
                    // whose one town, a place something happens "in", is a capital is that
                    // capital's. (Not a capital named for its government: "The ministry
                    // urged Moscow".)
                    Some([t])
                        if m.sector.as_deref() == Some("GOV")
                            && matches!(
                                self.w(m.toks.1 - 1),
                                "government" | "authorities" | "regime" | "administration" | "cabinet"
                            )
                            && !m.span.contains(t.1)
                            && {
                                let k = self.tokens.partition_point(|x| x.span.start < t.1.start);
                                k > 0 && self.w(k - 1) == "in"
                            }
                            && self.kb.country(t.0).and_then(|c| c.capital.as_deref())
                                == Some(&self.text[t.1.start..t.1.end]) =>
                    {
                        Some(t.0)
                    }
                    // "Protesters gathered outside the Chinese embassy in Bishkek to demand
                    // the release of Kyrgyz detained in Xinjiang": of several towns, people
                    // of a town are of the one where they act, a few words on after "in",
                    // "outside", "near" or "at" with no comma between.
                    // Separatists are of where they are said to be, right after them
                    // ("Russian-backed separatist regions in eastern Ukraine"), not of a
                    // town named elsewhere in their sentence ("the Dayton Accords").
                    Some(ts)
                        if ts.len() > 1 && local_people(m.sector.as_deref(), &self.text[m.span.start..m.span.end])
                            || m.sector.as_deref() == Some("SEP") =>
                    {
                        let reach = if m.sector.as_deref() == Some("SEP") { 3 } else { 8 };
                        ts.iter()
                            .filter(|t| t.1.start >= m.span.end)
                            .min_by_key(|t| t.1.start)
                            .filter(|t| {
                                let k = self.tokens.partition_point(|x| x.span.start < t.1.start);
                                let mut p = k.saturating_sub(1);
                                if p > m.toks.1 && (is_compass_adjective(self.w(p)) || PART_WORDS.contains(&self.w(p)))
                                {
                                    p -= 1;
                                }
                                k > m.toks.1
                                    && k - m.toks.1 <= reach
                                    && matches!(self.w(p), "in" | "outside" | "near" | "at")
                                    && !(m.toks.1..k).any(|j| matches!(self.w(j), "," | ";" | "from"))
                            })
                            .map(|t| t.0)
                    }
                    _ => None,
                };
                // ("the government had suspended talks with Chinese investors": a country
                // named only as the adjective of another group says whose that group is.)
                // (Not a possessive: "Myanmar's military government …, according to state
                // broadcaster MRTV".)
                let of_another_group = |span: Span| {
                    let next = self.tokens.partition_point(|t| t.span.start < span.end);
                    self.tokens.get(next).is_none_or(|t| t.kind != TokenKind::Possessive)
                        && self.mentions.iter().any(|o| {
                            o.kind == MentionKind::Agent
                                && o.span != m.span
                                && o.span.contains(span)
                                // ("Several Chinese-owned businesses": after a quantifier.)
                                && (o.span.start == span.start
                                    || span.end < o.span.end
                                        && self.text[o.span.start..span.start]
                                            .split_whitespace()
                                            .all(|w| {
                                                matches!(
                                                    w.to_ascii_lowercase().as_str(),
                                                    "several" | "some" | "many" | "few" | "numerous" | "various" | "dozens" | "hundreds"
                                                )
                                            }))
                        })
                };
                let named_for_another = |one: &(&str, Span)| {
                    of_another_group(one.1) && self.dateline_country.iter().chain(doc_best.iter()).any(|c| c != one.0)
                };
                // "The Chinese embassy in Bishkek warned … Chinese businesses were attacked by
                // crowds": people of a town, in a sentence whose one country is another
                // group's, are of the one town of the sentence before, in another country.
                let earlier_town = |one: &(&str, Span)| {
                    let local = of_their_town(m.sector.as_deref())
                        || local_people(m.sector.as_deref(), &self.text[m.span.start..m.span.end]);
                    let si = self.sentence_of[a];
                    (local && si > 0 && of_another_group(one.1) && sentence_towns.get(si).is_some_and(|v| v.is_empty()))
                        .then(|| match sentence_towns[si - 1].as_slice() {
                            [t] => Some(t),
                            _ => None,
                        })
                        .flatten()
                        .map(|t| t.0)
                        .filter(|c| *c != one.0)
                };
                // "Militants attacked Chinese workers": nationals named by their country's
                // adjective are often abroad; armed men who attack them are of no country
                // that adjective gives.
                let nationals_of = |one: &(&str, Span)| {
                    self.mentions.iter().any(|o| {
                        o.kind == MentionKind::Agent
                            && o.span != m.span
                            && o.span.start == one.1.start
                            && o.toks.1 > o.toks.0 + 1
                            && is_nationals_noun(self.w(o.toks.1 - 1))
                    })
                };
                let armed = matches!(m.sector.as_deref(), Some("REB" | "UAF" | "INS" | "CRM"));
                match sentence_countries.get(self.sentence_of[a]).map(|v| v.as_slice()) {
                    _ if town.is_some() => town.iter().map(|c| c.to_string()).collect(),
                    Some(cs) if armed && cs.iter().any(nationals_of) => vec![],
                    Some([one]) if earlier_town(one).is_some() => {
                        earlier_town(one).map(|c| c.to_string()).into_iter().collect()
                    }
                    Some([one]) if !m.span.contains(one.1) && !named_for_another(one) => vec![one.0.to_string()],
                    // "Foreign ministry officials met Chinese diplomats in Astana": of two
                    // countries, one only the adjective of another group names is not theirs;
                    // the other, of the town where the sentence's act happens, is.
                    Some([x, y])
                        if !m.span.contains(x.1) && !m.span.contains(y.1) && {
                            let scene = |c: &str| {
                                sentence_towns[self.sentence_of[a]].iter().any(|t| {
                                    let k = self.tokens.partition_point(|x| x.span.start < t.1.start);
                                    t.0 == c && k > 0 && matches!(self.w(k - 1), "in" | "at")
                                })
                            };
                            of_another_group(x.1) && !scene(x.0) && scene(y.0)
                                || of_another_group(y.1) && !scene(y.0) && scene(x.0)
                        } =>
                    {
                        vec![if of_another_group(x.1) { y.0 } else { x.0 }.to_string()]
                    }
                    _ => self.dateline_country.iter().chain(doc_best.iter()).take(1).cloned().collect(),
                }
            } else {
                vec![]
            };
            if !countries.is_empty() {
                if let (Some(e), [c]) = (m.entity, countries.as_slice()) {
                    entity_updates.push((e, c.clone()));
                }
                mention_updates.push((i, countries));
            }
        }
        for (i, countries) in mention_updates {
            self.mentions[i].countries = countries;
        }
        for (e, c) in entity_updates {
            if self.entities[e].country.is_none() {
                self.entities[e].country = Some(c);
            }
        }
    }

    /// "Up to 100 ethnic Albanians demonstrated in Serbia": an ethnic group is coded by
    /// the state it lives in, as event data sets code minorities: the country of a place
    /// after "in", else the first other country the sentence names; with none, the
    /// country of the adjective stays.
    fn ethnic_residence(&mut self) {
        let mut updates = Vec::new();
        for (i, m) in self.mentions.iter().enumerate() {
            if m.kind != MentionKind::Agent || m.countries.len() != 1 {
                continue;
            }
            let own = m.countries[0].as_str();
            let ethnic = (m.toks.0.saturating_sub(1)..m.toks.1.saturating_sub(1)).any(|k| {
                self.w(k).eq_ignore_ascii_case("ethnic")
                    && self.hit_starting(k + 1).is_some_and(|h| {
                        h.targets.iter().any(
                            |t| matches!(*t, NameRef::CountryAdjective(c) if self.kb.countries[c as usize].iso3 == own),
                        )
                    })
            });
            if !ethnic {
                continue;
            }
            let si = self.sentence_of[m.toks.0];
            let places: Vec<&Mention> = self
                .mentions
                .iter()
                .filter(|o| {
                    matches!(o.kind, MentionKind::Country | MentionKind::Place)
                        && o.countries.len() == 1
                        && o.toks.0 < self.tokens.len()
                        && self.sentence_of[o.toks.0] == si
                })
                .collect();
            // "ethnic Kazakh activists were detained … in Almaty": a place in the
            // group's own country keeps it.
            let residence = places
                .iter()
                .filter(|o| o.toks.0 > 0 && self.w(o.toks.0 - 1) == "in")
                .min_by_key(|o| o.toks.0)
                .or_else(|| places.iter().filter(|o| o.countries[0] != own).min_by_key(|o| o.toks.0))
                .map(|o| o.countries[0].clone())
                .filter(|c| c != own);
            if let Some(c) = residence {
                updates.push((i, c));
            }
        }
        for (i, c) in updates {
            let m = &mut self.mentions[i];
            self.diagnostics.push(Diagnostic {
                code: "country-from-context",
                message: format!(
                    "country of `{}` (an ethnic group) taken from the place the sentence names: {c}",
                    &self.text[m.span.start..m.span.end]
                ),
                span: Some(m.span),
            });
            m.countries = vec![c];
        }
    }

    fn countries_from_context(&mut self) {
        // Wire services file stories about a region from a few hubs ("NAIROBI (AP) — … in
        // the Sudanese city of El Fasher", "DUBAI, Nov 20 (Reuters) - Iran is ready …"): a
        // dateline whose country the body never names, while it names others, says where
        // the reporter sits, not whose officials act.
        if let Some(c) = &self.dateline_country {
            let body = self.sentences.first().map_or(0, |s| s.0);
            let in_body = || self.mentions.iter().filter(|m| m.toks.0 >= body).flat_map(|m| &m.countries);
            if !in_body().any(|x| x == c) && in_body().any(|x| x != c) {
                self.dateline_country = None;
                self.dateline_hub = true;
            }
        }
        let dominant = {
            let mut counts: HashMap<&str, usize> = HashMap::default();
            for m in self.mentions.iter().filter(|m| {
                m.kind == MentionKind::Country
                    && m.countries.len() == 1
                    && !backer_participle(self.w(m.toks.1 - 1))
                    && !partner_of_relation(|j| self.w(j), self.sentence_start(m.toks.0), m.toks.0)
            }) {
                *counts.entry(m.countries[0].as_str()).or_default() += 1;
            }
            let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            v.into_iter().next().map(|(c, _)| c.to_string())
        };
        self.resolve_actor_countries(dominant);
        self.ethnic_residence();
        let mut doc_counts: HashMap<&str, usize> = HashMap::default();
        let sentences = self.sentences.len().max(1);
        let mut sentence_counts: Vec<HashMap<&str, usize>> = vec![HashMap::default(); sentences];
        // Places count apart: a text that names no country ("President Gbagbo will extend
        // the curfew in Abidjan") still names the country of its towns.
        let mut doc_places: HashMap<&str, usize> = HashMap::default();
        let mut sentence_places: Vec<HashMap<&str, usize>> = vec![HashMap::default(); sentences];
        for m in &self.mentions {
            if !matches!(m.kind, MentionKind::Country | MentionKind::Place) || m.countries.len() != 1 {
                continue;
            }
            let c = m.countries[0].as_str();
            let (doc, sentence) = if m.kind == MentionKind::Country {
                (&mut doc_counts, &mut sentence_counts)
            } else {
                (&mut doc_places, &mut sentence_places)
            };
            *doc.entry(c).or_default() += 1;
            *sentence[self.sentence_of[m.toks.0]].entry(c).or_default() += 1;
        }
        let best = |counts: &HashMap<&str, usize>| -> Option<String> {
            let mut v: Vec<(&&str, &usize)> = counts.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            v.first().map(|(c, _)| c.to_string())
        };
        let doc_best = best(&doc_counts);
        // "The White House said Biden would veto the bill if it passed the Senate": a text
        // naming no country or place, whose known people and bodies are all of one country,
        // is about that country.
        let sole_country = {
            let mut known = self
                .entities
                .iter()
                .filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization))
                .filter_map(|e| e.country.as_deref());
            known.next().filter(|first| known.all(|c| c == *first)).map(str::to_string)
        };
        let mut guesses = Vec::new();
        for (i, e) in self.entities.iter().enumerate() {
            // An organisation with an actor code of its own ("IMGAQD" for al-Qaeda) acts
            // across borders: no country is guessed for it.
            if e.country.is_some()
                || !matches!(e.kind, EntityKind::Person | EntityKind::Organization)
                || e.sector.as_deref().is_some_and(|s| s == "IGO" || s == "NGO")
                || e.kind == EntityKind::Organization && e.code.is_some()
                // Nor for one whose name says it is of no country ("International Energy
                // Agency", "World Food Programme"). ("Global" is left out: a "Global
                // Alliance Against Hunger" is one country's initiative as often.)
                || e.kind == EntityKind::Organization
                    && matches!(e.name.split(' ').next(), Some("International" | "World" | "Intergovernmental"))
            {
                continue;
            }
            let Some(first) = e.mentions.first() else { continue };
            let tok =
                self.tokens.partition_point(|t| t.span.end <= first.start).min(self.tokens.len().saturating_sub(1));
            // The dateline's country first: an official whose country the text does not
            // say is most often of the country the story is filed from.
            let sentence = self.sentence_of.get(tok).copied().unwrap_or(0);
            // The towns of the sentence come before its countries for police and gunmen.
            let domestic = of_their_town(e.sector.as_deref()) || local_people(e.sector.as_deref(), &e.name);
            // "his Kyrgyz counterpart Ruslan Mukambetov": the one country of the agent
            // phrase right before the person's first name, whatever else the text names.
            let described = (e.kind == EntityKind::Person)
                .then(|| {
                    self.mentions.iter().find(|m| {
                        m.kind == MentionKind::Agent && m.absorbed && m.toks.1 == tok && m.countries.len() == 1
                    })
                })
                .flatten()
                // (A country the phrase itself names, not one guessed for it: "lawyer
                // Saparbay Utepov" after an Almaty-based group is not Kazakh.)
                .filter(|a| {
                    self.mentions.iter().any(|c| {
                        c.kind == MentionKind::Country
                            && a.span.contains(c.span)
                            && c.countries.first() == a.countries.first()
                    })
                })
                .map(|m| m.countries[0].clone());
            let guess = described
                .or_else(|| self.dateline_country.clone())
                .or_else(|| if domestic { sentence_places.get(sentence).and_then(best) } else { None })
                .or_else(|| sentence_counts.get(sentence).and_then(best))
                .or_else(|| doc_best.clone())
                .or_else(|| sentence_places.get(sentence).and_then(best))
                .or_else(|| best(&doc_places))
                // (Bodies only: a person in apposition to "a member of the Syrian
                // parliament" keeps the phrase's code.)
                .or_else(|| if e.kind == EntityKind::Organization { sole_country.clone() } else { None });
            if let Some(c) = guess {
                guesses.push((i, c));
            }
        }
        if guesses.is_empty() {
            return;
        }
        // Each entity's guess, read by its mentions in one pass over them.
        let mut guess_of: Vec<Option<usize>> = vec![None; self.entities.len()];
        for (g, (i, c)) in guesses.iter().enumerate() {
            self.diagnostics.push(Diagnostic {
                code: "country-from-context",
                message: format!(
                    "country of e{} `{}` guessed from the countries the text names: {c}",
                    i + 1,
                    self.entities[*i].name
                ),
                span: self.entities[*i].mentions.first().copied(),
            });
            self.entities[*i].country = Some(c.clone());
            guess_of[*i] = Some(g);
        }
        for m in &mut self.mentions {
            if let Some(g) = m.entity.and_then(|e| guess_of.get(e).copied().flatten()) {
                if m.countries.is_empty() {
                    m.countries.push(guesses[g].1.clone());
                }
            }
        }
    }

    /// Agent phrases as entities of their own, the way an analyst lists the groups a
    /// story names by a common noun: "Iraqi security forces", "civilians", "the Syrians",
    /// "Arab leaders". The phrase must be headed by an agent noun, a plural demonym or a
    /// collective noun; an agent noun that modifies the next noun ("military airport",
    /// "terrorist attacks", "media reports") names no group, and a phrase around a name
    /// ("ISIL fighters") is left to the name. The same words of the same country make one
    /// entity.
    fn agent_groups(&self) -> Vec<Entity> {
        let mut named: Vec<Span> = self
            .entities
            .iter()
            .filter(|e| e.kind != EntityKind::Country)
            .flat_map(|e| e.mentions.iter().copied())
            .collect();
        named.sort();
        // A country's own mention ("U.S.") is that country, not a group; "the Syrians"
        // are both, and listed as a group too.
        let mut countries: Vec<Span> = self
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Country)
            .flat_map(|e| e.mentions.iter().copied())
            .collect();
        countries.sort();
        let mut out: Vec<Entity> = Vec::new();
        let mut by_name: HashMap<(String, Option<&str>), usize> = HashMap::default();
        for m in &self.mentions {
            if m.kind != MentionKind::Agent || m.absorbed || m.entity.is_some() {
                continue;
            }
            let (a, b) = m.toks;
            let demonym = (a..b).any(|k| {
                self.hit_starting(k).is_some_and(|h| {
                    h.targets
                        .iter()
                        .any(|t| matches!(*t, NameRef::CountryAdjective(c) if self.is_plural_demonym(c, h.toks)))
                })
            });
            let headed =
                demonym || (a..b).any(|k| self.agent_at(k).is_some() || COLLECTIVES.contains(&&*lowercase(self.w(k))));
            // A list ("Iraq, Jordanian-born militant") or an adjective ("rebel-held") is
            // no group's name.
            if !headed || (a..b).any(|k| self.w(k) == ",") || hyphenated_participle(self.w(b - 1)) {
                continue;
            }
            // "military airport", "terrorist attacks": the noun is a modifier.
            if let Some(next) = self.tokens.get(b) {
                let w = next.text(self.text);
                if next.kind == TokenKind::Word
                    && !next.cap
                    && !in_set(&FUNCTION_WORDS_SET, w)
                    && !COMMON_VERBS.contains(&w)
                    && !w.ends_with("ed")
                    && !is_speech_verb(w)
                {
                    continue;
                }
            }
            // The names starting before the phrase ends overlap it if they end inside it.
            let hi = named.partition_point(|s| s.start < m.span.end);
            if named[..hi].iter().rev().take(16).any(|s| s.end > m.span.start) {
                continue;
            }
            if !demonym && countries.binary_search(&m.span).is_ok() {
                continue;
            }
            let mut first = a;
            while first + 1 < b && matches!(self.w(first), "the" | "The") {
                first += 1;
            }
            let name = self.text[self.tokens[first].span.start..m.span.end].to_string();
            let country = (m.countries.len() == 1).then(|| m.countries[0].as_str());
            let e = *by_name.entry((name.to_lowercase(), country)).or_insert_with(|| {
                out.push(Entity {
                    kind: EntityKind::Organization,
                    name,
                    country: country.map(str::to_string),
                    sector: m.sector.clone(),
                    titles: Vec::new(),
                    mentions: Vec::new(),
                    members: Vec::new(),
                    code: m.code.clone(),
                    provenance: Provenance::Rule("agent-phrase"),
                    coords: None,
                    geonameid: None,
                });
                out.len() - 1
            });
            add_mention(&mut out[e].mentions, m.span);
        }
        out
    }

    fn finish_entities(&mut self) {
        for e in &mut self.entities {
            e.mentions.sort();
            e.mentions.dedup();
        }
        self.countries_from_context();
        for (i, e) in self.entities.iter().enumerate() {
            if matches!(e.kind, EntityKind::Person | EntityKind::Organization)
                && e.country.is_none()
                && e.sector.as_deref() != Some("IGO")
            {
                self.diagnostics.push(Diagnostic {
                    code: "actor-without-country",
                    message: format!(
                        "no country known for {} e{} `{}`",
                        if e.kind == EntityKind::Person { "person" } else { "organization" },
                        i + 1,
                        e.name
                    ),
                    span: e.mentions.first().copied(),
                });
            }
        }
    }
}

/// Nouns by which a story refers back to an organisation it has named ("the group's
/// spokesman").
const GROUP_NOUNS: &[&str] =
    &["group", "movement", "militia", "organisation", "organization", "party", "faction", "alliance", "coalition"];

/// Word lists as hash sets, built on first use: the lists are read for every capitalised
/// word, and a linear scan of a few hundred strings showed in profiles.
/// Adds a mention to an entity's mentions, kept in text order, unless it is there already.
pub(crate) fn add_mention(mentions: &mut Vec<Span>, span: Span) {
    if !mentions.contains(&span) {
        let at = mentions.partition_point(|s| s.start < span.start);
        mentions.insert(at, span);
    }
}

static NOT_NAMES_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| NOT_NAMES.iter().copied().collect());
static COMMON_CAPITALISED_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| COMMON_CAPITALISED.iter().copied().collect());
static FUNCTION_WORDS_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());
static APPOSITIVE_HEADS_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| APPOSITIVE_HEADS.iter().copied().collect());

/// Every word of the text that is written in lowercase somewhere.
fn lowercase_words_of<'t>(token_text: &[&'t str], tokens: &[Token]) -> LowercaseWords<'t> {
    LowercaseWords::new(
        tokens.iter().zip(token_text).filter(|(t, _)| t.kind == TokenKind::Word && !t.cap).map(|(_, &w)| w),
    )
}

/// The lowercase words of a text ([`lowercase_words_of`]), grouped by their length. A
/// document asks whether a word is among them a few times (a capitalised word of a name
/// that the text also writes in lowercase), while it has hundreds of them: grouping them
/// in two passes and reading the group of the asked word's length cost less than
/// hashing every one into a set. A document that asks many times gets the set.
pub(crate) struct LowercaseWords<'t> {
    /// The words, those of each length together (all longer than [`LONG_WORD`] bytes
    /// together last), in text order within each group.
    words: Vec<&'t str>,
    /// The group of length `n` is `words[group[n]..group[n + 1]]`.
    group: [u32; LONG_WORD + 2],
    asked: std::cell::Cell<u32>,
    set: std::cell::OnceCell<HashSet<&'t str>>,
}

/// The longest word given a group of its own in [`LowercaseWords`].
const LONG_WORD: usize = 24;

/// How many questions [`LowercaseWords`] answers by reading a group, before it hashes the
/// words into a set.
const GROUP_READS: u32 = 64;

impl<'t> LowercaseWords<'t> {
    fn new(words: impl Iterator<Item = &'t str> + Clone) -> Self {
        let mut group = [0u32; LONG_WORD + 2];
        for w in words.clone() {
            group[w.len().min(LONG_WORD) + 1] += 1;
        }
        for n in 1..group.len() {
            group[n] += group[n - 1];
        }
        let mut next = group;
        let mut sorted = vec![""; group[LONG_WORD + 1] as usize];
        for w in words {
            let n = w.len().min(LONG_WORD);
            sorted[next[n] as usize] = w;
            next[n] += 1;
        }
        LowercaseWords { words: sorted, group, asked: std::cell::Cell::new(0), set: std::cell::OnceCell::new() }
    }

    /// Whether `word` is one of the words.
    pub(crate) fn contains(&self, word: &str) -> bool {
        let asked = self.asked.get();
        if asked >= GROUP_READS {
            return self.set.get_or_init(|| self.words.iter().copied().collect()).contains(word);
        }
        self.asked.set(asked + 1);
        let n = word.len().min(LONG_WORD);
        let first = word.as_bytes().first();
        self.words[self.group[n] as usize..self.group[n + 1] as usize]
            .iter()
            .any(|w| w.as_bytes().first() == first && *w == word)
    }
}

/// The plural nouns of a rough count before "of": "thousands of protesters".
fn is_quantity_noun(w: &str) -> bool {
    matches!(w, "thousands" | "hundreds" | "dozens" | "scores" | "millions" | "tens")
}

/// "southwestern", "northern", "eastern": a compass point's adjective.
/// Whether `word` is one of the words of `name`, in any case: "service" of "Border
/// Service of Kyrgyzstan" (used where "the service" stands for a body named before).
pub(crate) fn name_has_word(name: &str, word: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether a title (in lower case) is a head of state's: a president, king, queen, emir,
/// sultan or monarch, not a vice or deputy one or a former one.
fn heads_a_state(title: &str) -> bool {
    let words = || title.split([' ', '-']);
    words().any(|w| matches!(w, "president" | "king" | "queen" | "emir" | "sultan" | "monarch"))
        && !words().any(|w| matches!(w, "vice" | "deputy" | "former" | "ex"))
}

fn is_compass_adjective(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    ["north", "south", "east", "west", "central"].iter().any(|p| w.starts_with(p))
        && (w.ends_with("ern") || w == "central")
}

/// Whether a party of this sector with no country named is of the town its sentence names:
/// police and gunmen are of where they are ("Gunmen killed two Chinese engineers near
/// Peshawar" are not Chinese). Not citizens or residents: "to protect its citizens" are the
/// possessor's, wherever the sentence's town is.
fn of_their_town(sector: Option<&str>) -> bool {
    matches!(sector, Some("COP" | "UAF"))
}

/// Nouns of a country's nationals, often named so abroad ("Chinese workers", "Russian
/// citizens").
pub(crate) fn is_nationals_noun(w: &str) -> bool {
    matches!(
        w,
        "workers"
            | "nationals"
            | "citizens"
            | "tourists"
            | "engineers"
            | "expatriates"
            | "businessmen"
            | "pilgrims"
            | "students"
    )
}

/// Whether a phrase of civilians names people who gather where they live, of the town
/// their sentence names like police ("Police in Almaty detained 15 activists who tried to
/// hold a rally outside the Chinese consulate"), unlike citizens or nationals.
fn local_people(sector: Option<&str>, phrase: &str) -> bool {
    sector == Some("CVL")
        && phrase.rsplit(' ').next().is_some_and(|w| {
            // (The phrase may open its sentence: "Crowds attacked …".)
            matches!(
                w.to_ascii_lowercase().as_str(),
                "activists"
                    | "protesters"
                    | "protestors"
                    | "demonstrators"
                    | "residents"
                    | "villagers"
                    // "A Pakistani air strike in Paktika province killed 46 civilians":
                    // the people struck where they are.
                    | "civilians"
                    | "people"
                    | "children"
                    | "women"
                    | "worshippers"
                    // "Crowds attacked Chinese-owned shops in Bishkek": a crowd is of
                    // the town it gathers in, not of those it turns on.
                    | "crowds"
                    | "crowd"
                    | "mob"
                    | "mobs"
                    | "rioters"
                    | "looters"
                    | "locals"
            )
        })
}

/// Words before a place name that make it the place where something is or happens.
const LOCATIVE: &[&str] = &[
    "in",
    "near",
    "outside",
    "around",
    "inside",
    "into",
    "toward",
    "towards",
    "across",
    "at",
    "from",
    "to",
    "of",
    "between",
    "through",
    "throughout",
    "besieged",
];
static LOCATIVE_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| LOCATIVE.iter().copied().collect());
/// Lowercase words inside place names: "Croix des Bouquets", "Rio de Janeiro".
const NAME_PARTICLES: &[&str] =
    &["de", "des", "du", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "el", "al", "van", "von"];
static NAME_PARTICLES_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| NAME_PARTICLES.iter().copied().collect());

/// Whether a word is an Arabic name written with its lowercase article: "al-Sudani",
/// "el-Sisi", "ad-Din", "as-Sahaba" (the hyphen is read first: most lowercase words have
/// none there).
fn arabic_particle_name(w: &str) -> bool {
    w.as_bytes().get(2) == Some(&b'-')
        && ["al-", "el-", "ad-", "as-"]
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .is_some_and(|rest| rest.len() >= 3 && rest.chars().next().is_some_and(char::is_uppercase))
}

/// Words for a part of a place, between a locative preposition and its name: "in central
/// Bishkek", "in northern Afghanistan", "in the occupied West Bank".
pub(crate) const PART_WORDS: &[&str] = &[
    "central",
    "downtown",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "east-central",
    "west-central",
    "rural",
    "suburban",
    "occupied",
];

/// The country a country, country adjective or place name stands for.
fn name_country<'k>(kb: &'k Kb, t: &NameRef) -> Option<&'k str> {
    match *t {
        NameRef::Country(i) | NameRef::CountryAdjective(i) => Some(kb.countries[i as usize].iso3.as_str()),
        NameRef::Place(p) => Some(kb.places[p as usize].country.as_str()),
        _ => None,
    }
}

/// Names the case-sensitive name dictionary misses because they are lowercase after a title
/// ("President obama", below) or their capitals are out of place ("iSrael", "chINA": a
/// lowercase first letter and a capital after it). A word of the second kind is looked up
/// in the usual form of a name, a capital and then lowercase letters, and kept when that
/// form is a whole name of anything but a title. `names` are the dictionary's hits, by
/// their starts.
fn miscased_names<'k>(
    kb: &'k Kb,
    text: &str,
    tokens: &[Token],
    token_text: &[&str],
    names: &[attache_kb::Hit<'k, NameRef>],
) -> Vec<attache_kb::Hit<'k, NameRef>> {
    let mut out = Vec::new();
    let named = |span: Span| {
        let at = names.partition_point(|n| n.span.end <= span.start);
        names.get(at).is_some_and(|n| n.span.start < span.end)
    };
    // Such a word has a lowercase ASCII letter right before a capital, which few texts
    // have anywhere: blocks of the text are tested for one without a branch per byte
    // (a test of every token was a seventieth of the analysis), and only the tokens of a
    // block that has one are read.
    const BLOCK: usize = 64;
    let bytes = text.as_bytes();
    let mut candidates: Vec<usize> = Vec::new();
    for (n, block) in bytes.chunks(BLOCK).enumerate() {
        let start = n * BLOCK;
        let end = (start + BLOCK + 1).min(bytes.len());
        let (here, next) = (&bytes[start..end - 1], &bytes[start + 1..end]);
        let any = here
            .iter()
            .zip(next)
            .fold(0u8, |acc, (&x, &y)| acc | ((x.wrapping_sub(b'a') < 26) as u8 & (y.wrapping_sub(b'A') < 26) as u8));
        if any != 0 {
            let first = tokens.partition_point(|t| t.span.end <= start);
            let last = tokens.partition_point(|t| t.span.start < start + block.len());
            let from = candidates.last().map_or(first, |&l| first.max(l + 1));
            candidates.extend(from..last);
        }
    }
    // "President obama": a lowercase word right after a title that is, capitalised, the
    // surname of exactly one person of the knowledge base is that person.
    for h in names {
        let title = |t: &NameRef| matches!(t, NameRef::Title(i) if kb.titles[*i as usize].kind == TitleKind::Title);
        if !h.targets.iter().all(title) {
            continue;
        }
        let k = tokens.partition_point(|t| t.span.start < h.span.end);
        let Some(t) = tokens.get(k).filter(|t| t.kind == TokenKind::Word && !t.cap && t.span.start == h.span.end + 1)
        else {
            continue;
        };
        let word = token_text[k];
        // A verb after a title is no name: "the prime minister may resign".
        let verb =
            matches!(word, "may" | "might" | "will" | "can" | "could" | "would" | "should" | "must" | "did" | "does");
        if word.len() < 3 || verb || !word.bytes().all(|b| b.is_ascii_lowercase()) || named(t.span) {
            continue;
        }
        let surname = [&word[..1].to_ascii_uppercase(), &word[1..]].concat();
        let Some(&[p]) = kb.people_by_surname.get(&surname).map(Vec::as_slice) else {
            continue;
        };
        // The person's own entry of the name dictionary gives the hit its targets.
        let full = &kb.people[p as usize].name;
        let entry = kb
            .find_names(full)
            .into_iter()
            .find(|n| n.span.start == 0 && n.span.end == full.len() && n.targets.contains(&NameRef::Person(p)));
        if let Some(entry) = entry {
            out.push(attache_kb::Hit { span: t.span, targets: entry.targets });
        }
    }
    for i in candidates {
        let t = &tokens[i];
        if t.kind != TokenKind::Word || t.cap || !inner_capital(token_text[i]) {
            continue;
        }
        if named(t.span) {
            continue;
        }
        let word = token_text[i];
        let mut usual = String::with_capacity(word.len());
        usual.push(word.as_bytes()[0].to_ascii_uppercase() as char);
        usual.push_str(&word[1..].to_ascii_lowercase());
        let whole = kb.find_names(&usual).into_iter().find(|h| h.span.start == 0 && h.span.end == usual.len());
        if let Some(hit) = whole.filter(|h| h.targets.iter().any(|t| !matches!(t, NameRef::Title(_)))) {
            out.push(attache_kb::Hit { span: t.span, targets: hit.targets });
        }
    }
    out
}

/// A word of three or more ASCII letters, the first lowercase and some other one a
/// capital: a name typed with its capitals out of place ("iSrael").
fn inner_capital(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3
        && b[0].is_ascii_lowercase()
        && b[1..].iter().any(u8::is_ascii_uppercase)
        && b.iter().all(u8::is_ascii_alphabetic)
}

/// The town names of the text that it points to as places, each with the one town meant.
/// A town ([`attache_kb::Place::town`]) is taken only where the document names its
/// country (by name, adjective or one of its larger places), the name is no other
/// knowledge-base name (but for places of other countries only, when the text puts the
/// town in its own: "Pokrovsk in eastern Ukraine"), and it follows a locative word ("near Sinjar", "the liberation
/// of Tikrit") or is followed by a comma and its country ("Darayya, Syria"). Where the
/// text puts the name in a country ("Kartarpur in Pakistan"), only a town of that country
/// will do. A one-word name that the text also uses as a lowercase word ("Mission",
/// "Hope") is no town. Once the text has pointed to a town, its other mentions of the
/// same name are that town too, wherever they stand ("journalists cannot enter Darayya"
/// after "near Darayya"): a document means one place by one name.
fn pointed_towns<'k, 't>(
    kb: &'k Kb,
    words: &attache_kb::WordStarts,
    text: &'t str,
    tokens: &[Token],
    token_text: &[&'t str],
    names: &[attache_kb::Hit<'k, NameRef>],
    lowercase_words: &std::cell::OnceCell<LowercaseWords<'t>>,
) -> Vec<attache_kb::Hit<'k, NameRef>> {
    let mut out = Vec::new();
    if kb.towns.is_empty() {
        return out;
    }
    let candidates = kb.find_towns_in(words);
    if candidates.is_empty() {
        return out;
    }
    let country_of = |t: &NameRef| name_country(kb, t);
    let named: HashSet<&str> = names.iter().filter_map(|h| h.targets.first()).filter_map(country_of).collect();
    if named.is_empty() {
        return out;
    }
    let mut unpointed = Vec::new();
    for h in candidates {
        let first = tokens.partition_point(|t| t.span.end <= h.span.start);
        let last = tokens.partition_point(|t| t.span.start < h.span.end);
        if first >= last || last > tokens.len() {
            continue;
        }
        // The country the text puts the town in: "Darayya, Syria", "Kartarpur in Pakistan",
        // "Pokrovsk in eastern Ukraine".
        let stated = tokens
            .get(last)
            .filter(|t| matches!(t.text(text), "," | "in"))
            .map(|t| {
                if t.text(text) == "in" && token_text.get(last + 1).is_some_and(|w| PART_WORDS.contains(w)) {
                    last + 2
                } else {
                    last + 1
                }
            })
            .and_then(|k| tokens.get(k))
            .and_then(|t| {
                let at = names.partition_point(|n| n.span.start < t.span.start);
                names.get(at).filter(|n| n.span.start == t.span.start)
            })
            .and_then(|n| match n.targets.first() {
                Some(c @ NameRef::Country(_)) => country_of(c),
                _ => None,
            });
        // A larger name wins: "Fort Worth" is not the town "Worth". A name of the same
        // words that is only places of other countries than the one the text puts it in
        // gives way ("Pokrovsk in eastern Ukraine" is no former name of Engels, Russia).
        let at = names.partition_point(|n| n.span.end <= h.span.start);
        if let Some(n) = names.get(at).filter(|n| n.span.start < h.span.end) {
            let elsewhere = n.span == h.span
                && stated.is_some()
                && n.targets.iter().all(|t| matches!(t, NameRef::Place(_)) && country_of(t) != stated);
            if !elsewhere {
                continue;
            }
        }
        // Part of a hyphenated name: "Croix" of "Croix-des-Bouquets".
        let mut next = text[h.span.end..].chars();
        if next.next() == Some('-') && next.next().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let word = |i: usize| tokens.get(i).filter(|t| t.kind == TokenKind::Word).map(|t| t.text(text));
        // The start of a longer name: "Croix des Bouquets", "Sinjar Mountains".
        let capital_word = |i: usize| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.cap);
        if capital_word(last) || (word(last).is_some_and(|w| in_set(&NAME_PARTICLES_SET, w)) && capital_word(last + 1))
        {
            continue;
        }
        // (A one-word name is tested against the text's lowercase words last, below: the
        // set of those words is gathered only for a town that passes every other test.)
        let k = match stated {
            Some(c) => h.targets.iter().position(|t| country_of(t) == Some(c)),
            None => h.targets.iter().position(|t| country_of(t).is_some_and(|c| named.contains(c))),
        };
        let Some(k) = k else { continue };
        // Any case: "Near Sinjar," opens a sentence, "Fighting Near Sinjar" is a headline.
        let before =
            first.checked_sub(1).and_then(word).is_some_and(|w| in_set(&LOCATIVE_SET, &w.to_ascii_lowercase()));
        let after = stated.is_some() && tokens.get(last).is_some_and(|t| t.text(text) == ",");
        if !(before || after) {
            unpointed.push(h);
            continue;
        }
        if last - first == 1 {
            let w = tokens[first].text(text);
            if in_set(&NOT_NAMES_SET, w)
                || in_set(&COMMON_CAPITALISED_SET, w)
                || lowercase_words
                    .get_or_init(|| lowercase_words_of(token_text, tokens))
                    .contains(w.to_lowercase().as_str())
            {
                continue;
            }
        }
        out.push(attache_kb::Hit { span: h.span, targets: &h.targets[k..=k] });
    }
    // The other mentions of a town pointed to, by the same name: the one town it was.
    if !out.is_empty() && !unpointed.is_empty() {
        let pointed: Vec<(&str, &'k [NameRef])> =
            out.iter().map(|o| (&text[o.span.start..o.span.end], o.targets)).collect();
        for h in unpointed {
            let name = &text[h.span.start..h.span.end];
            if let Some(&(_, targets)) = pointed.iter().find(|(n, _)| *n == name) {
                out.push(attache_kb::Hit { span: h.span, targets });
            }
        }
    }
    out
}

/// The heads of a phrase that names the two sides of the story: "the two countries",
/// "both sides".
const TWO_SIDES_HEADS: [&str; 11] = [
    "sides",
    "side",
    "countries",
    "nations",
    "states",
    "leaders",
    "ministers",
    "governments",
    "parties",
    "neighbours",
    "neighbors",
];

/// Whether a phrase names the two sides of the story: "the two countries", "both
/// sides", "the parties". Most phrases end in no such head: they are passed over before
/// the phrase is lowercased.
pub(crate) fn two_sides(phrase: &str) -> bool {
    let head = |h: &&str| {
        phrase.len() >= h.len() && phrase.as_bytes()[phrase.len() - h.len()..].eq_ignore_ascii_case(h.as_bytes())
    };
    if !TWO_SIDES_HEADS.iter().any(head) {
        return false;
    }
    let phrase = lowercase(phrase);
    TWO_SIDES_HEADS.contains(&phrase.trim_start_matches("the ").trim_start_matches("both ").trim_start_matches("two "))
        && (phrase.contains("two") || phrase.contains("both") || matches!(&*phrase, "the sides" | "the parties"))
}

/// The words that [`Recogniser::two_sides_phrases`], [`Recogniser::pronouns`],
/// [`Recogniser::it_pronouns`] and [`Recogniser::place_references`] start from: the tokens
/// are read for them once, instead of once by each.
fn pass_word(w: &str) -> bool {
    matches!(
        w,
        "the" | "The" | "both" | "Both" | "he" | "He" | "she" | "She" | "It" | "They" | "city" | "town" | "village"
    )
}

fn in_set(set: &HashSet<&'static str>, w: &str) -> bool {
    set.contains(w)
}

/// An adjective made of a noun and a past participle: "rebel-held", "government-run",
/// "Saudi-led", "Iran-backed", "state-owned". A phrase ending in one names no group.
fn hyphenated_participle(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(head, last)| {
        !head.is_empty()
            && (last.ends_with("ed") && last.len() > 3
                || matches!(last, "held" | "run" | "led" | "built" | "made" | "born" | "bred" | "owned"))
    })
}

/// A hyphenated participle of support: "Iran-backed", "Russian-sponsored", "Western-funded".
/// The country named in it supports a group; it is not the group's country.
fn backer_participle(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(head, last)| {
        !head.is_empty()
            && matches!(
                last.to_ascii_lowercase().as_str(),
                "backed"
                    | "sponsored"
                    | "supported"
                    | "funded"
                    | "financed"
                    | "armed"
                    | "trained"
                    | "aligned"
                    | "allied"
            )
    })
}

fn is_calendar_word(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "April"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// A common noun for a place, before "of" and the place's name: "the village of Kok-Tash".
fn is_place_noun(w: &str) -> bool {
    matches!(
        w,
        "village"
            | "city"
            | "town"
            | "region"
            | "province"
            | "district"
            | "county"
            | "state"
            | "port"
            | "settlement"
            | "area"
            | "capital"
    )
}

fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "both" | "several" | "dozens"
    )
}

/// Verbs of saying that only a person (or a body standing for people) does: a town or
/// city before or after one is a surname ("Manning said", "said Nawa").
const SPEAKING: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stressed",
    "noted",
    "stated",
    "explained",
    "argued",
    "wrote",
    "asked",
    "replied",
    "recalled",
    "insisted",
    "acknowledged",
];

fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "stressed"
            | "noted"
            | "added"
            | "stated"
            | "announced"
            | "declared"
            | "emphasized"
            | "emphasised"
            | "urged"
            | "warned"
            | "met"
            | "held"
            | "called"
            | "expressed"
            | "was"
            | "is"
            | "has"
            | "had"
            | "will"
            | "who"
            | "which"
    )
}

/// Whether `w` ("W.Va.", "Ky.") is a US state's abbreviation of [`US_STATE_ABBREVIATIONS`].
pub(crate) fn is_us_state_abbreviation(w: &str) -> bool {
    w.strip_suffix('.').is_some_and(|letters| US_STATE_ABBREVIATIONS.iter().any(|(a, _)| *a == letters))
}

/// The abbreviations of US states in news copy (AP style, and a few older forms), without
/// their final period, with the state's GeoNames id. Alaska, Hawaii, Idaho, Iowa, Maine,
/// Ohio, Texas and Utah are written out.
const US_STATE_ABBREVIATIONS: &[(&str, u64)] = &[
    ("Ala", 4829764),
    ("Ariz", 5551752),
    ("Ark", 4099753),
    ("Calif", 5332921),
    ("Cal", 5332921),
    ("Colo", 5417618),
    ("Conn", 4831725),
    ("Del", 4142224),
    ("D.C", 4138106),
    ("Fla", 4155751),
    ("Ga", 4197000),
    ("Ill", 4896861),
    ("Ind", 4921868),
    ("Kan", 4273857),
    ("Kans", 4273857),
    ("Ky", 6254925),
    ("La", 4331987),
    ("Md", 4361885),
    ("Mass", 6254926),
    ("Mich", 5001836),
    ("Minn", 5037779),
    ("Miss", 4436296),
    ("Mo", 4398678),
    ("Mont", 5667009),
    ("Neb", 5073708),
    ("Nebr", 5073708),
    ("Nev", 5509151),
    ("N.H", 5090174),
    ("N.J", 5101760),
    ("N.M", 5481136),
    ("N.Y", 5128638),
    ("N.C", 4482348),
    ("N.D", 5690763),
    ("Okla", 4544379),
    ("Ore", 5744337),
    ("Oreg", 5744337),
    ("Pa", 6254927),
    ("R.I", 5224323),
    ("S.C", 4597040),
    ("S.D", 5769223),
    ("Tenn", 4662168),
    ("Tex", 4736286),
    ("Vt", 5242283),
    ("Va", 6254928),
    ("Wash", 5815135),
    ("W.Va", 4826850),
    ("Wis", 5279468),
    ("Wyo", 5843591),
];

/// Whether the name at token `k` (the sentence opening at `sa`) is the partner of a
/// relation a noun names ("the deal with China", "its border with Afghanistan", "ties with
/// Russia"): a country named so is no one's home in its sentence.
pub(crate) fn partner_of_relation<'w>(w: impl Fn(usize) -> &'w str, sa: usize, k: usize) -> bool {
    let k = if k > sa && matches!(w(k - 1), "the" | "a" | "an") { k - 1 } else { k };
    k >= sa + 2
        && w(k - 1) == "with"
        && matches!(
            w(k - 2),
            "deal"
                | "deals"
                | "agreement"
                | "agreements"
                | "accord"
                | "treaty"
                | "border"
                | "borders"
                | "frontier"
                | "talks"
                | "negotiations"
                | "ties"
                | "relations"
                | "trade"
                | "cooperation"
                | "partnership"
                | "dispute"
                | "contract"
        )
}

/// Whether a group's phrase at `span`, or the word right before it, names it as of the
/// West ("Western intelligence services", "Western-backed groups"): of no one country its
/// sentence names. ("foreign" is left out: "The foreign military drawdown" in a story of
/// Afghanistan is the U.S. troops' its sentence names.)
/// Whether a town (`town`) or a country named between the word `before` and the word
/// `next` is the venue of a gathering: "the Helsinki summit", "the Geneva talks", "the
/// Singapore summit" (a country only before "summit": "the Iran talks" are about Iran).
pub(crate) fn venue_of_gathering(before: &str, next: &str, town: bool) -> bool {
    matches!(before, "the" | "The")
        && if town {
            matches!(next, "summit" | "summits" | "talks" | "meeting" | "conference" | "forum" | "negotiations")
        } else {
            matches!(next, "summit" | "summits")
        }
}

pub(crate) fn from_abroad(text: &str, span: Span) -> bool {
    // "international rights groups condemned Thailand", "global investors": people or
    // bodies called international or global belong to no country the sentence names.
    let abroad =
        |w: &str| matches!(w, "Western" | "Western-backed" | "international" | "International" | "global" | "Global");
    // "met foreign diplomats in Astana": people called foreign are of no country the
    // sentence names (but "the foreign ministry", "foreign ministers" are a country's own).
    let foreign = |w: &str| {
        w.eq_ignore_ascii_case("foreign")
            && text[span.start..span.end].split_whitespace().next_back().is_some_and(|head| {
                matches!(
                    head,
                    "diplomats"
                        | "journalists"
                        | "reporters"
                        | "correspondents"
                        | "investors"
                        | "troops"
                        | "forces"
                        | "fighters"
                        | "mercenaries"
                        | "nationals"
                        | "citizens"
                        | "observers"
                        | "workers"
                        | "tourists"
                        | "militants"
                        | "governments"
                        | "powers"
                        | "donors"
                        | "envoys"
                        | "ambassadors"
                        | "students"
                        | "experts"
                        | "advisers"
                        | "advisors"
                        | "contractors"
                        | "businessmen"
                        | "volunteers"
                        | "agents"
                        | "spies"
                )
            })
    };
    text[span.start..span.end].split_whitespace().take(3).any(|w| abroad(w) || foreign(w))
        || text[..span.start].split_whitespace().next_back().is_some_and(|w| abroad(w) || foreign(w))
}

#[cfg(test)]
mod tests {
    /// The test of the head before the lowercasing rejects no phrase that names two sides.
    #[test]
    fn two_sides_in_any_case() {
        for p in ["the two countries", "Both Sides", "THE TWO NEIGHBOURS", "the sides", "The Parties", "both leaders"] {
            assert!(super::two_sides(p), "{p}");
        }
        for p in ["the countries", "two", "the two countriesx", "sides", "two side-effects", "the two sides'"] {
            assert!(!super::two_sides(p), "{p}");
        }
        assert!(!super::two_sides("the sides of the road"));
    }

    proptest::proptest! {
        /// The grouped lowercase words answer as a set of them would, before and after
        /// they turn into one.
        #[test]
        fn lowercase_words_answer_as_a_set(
            words in proptest::collection::vec("(a|b|é|x{20,30}|ab|ba|abc)", 0..40),
            asked in proptest::collection::vec("(a|b|é|x{20,30}|ab|ba|abc|)", 0..100),
        ) {
            let set: std::collections::HashSet<&str> = words.iter().map(String::as_str).collect();
            let grouped = super::LowercaseWords::new(words.iter().map(String::as_str));
            for q in &asked {
                proptest::prop_assert_eq!(grouped.contains(q), set.contains(q.as_str()), "{}", q);
            }
        }
    }
}
