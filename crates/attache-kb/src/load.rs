//! Parsing and validating the tables, then compiling the matchers.

use crate::matcher::DictionaryBuilder;
use crate::tsv::Table;
use crate::*;

fn is_iso3(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// A decimal of at most 15 digits with an optional `-` and point (`-70.0270`), as
/// `str::parse::<f64>` reads it, without its general parser: the gazetteer has two on
/// each of its 33,000 rows. The digits are an integer below 2^53 and the power of ten at
/// most 10^15, both exact in an `f64`, so their quotient is the correctly rounded value
/// that `parse` gives. `None` for anything else (left to `parse`).
fn short_decimal(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        b => (false, b),
    };
    let (mut mantissa, mut digits, mut fraction, mut point) = (0u64, 0u32, 0u32, false);
    for &b in body {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + (b - b'0') as u64;
                digits += 1;
                fraction += point as u32;
            }
            b'.' if !point => point = true,
            _ => return None,
        }
    }
    if digits == 0 || digits > 15 {
        return None;
    }
    const POWERS: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let value = mantissa as f64 / POWERS[fraction as usize];
    Some(if negative { -value } else { value })
}

fn parse_bound(s: &str) -> Option<DateBound> {
    let parts: Vec<&str> = s.split('-').collect();
    let y: i32 = parts.first()?.parse().ok()?;
    match parts.len() {
        1 => Some(DateBound { first: NaiveDate::from_ymd_opt(y, 1, 1)?, last: NaiveDate::from_ymd_opt(y, 12, 31)? }),
        2 => {
            let m: u32 = parts[1].parse().ok()?;
            let first = NaiveDate::from_ymd_opt(y, m, 1)?;
            let next =
                if m == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1)? } else { NaiveDate::from_ymd_opt(y, m + 1, 1)? };
            Some(DateBound { first, last: next.pred_opt()? })
        }
        3 => {
            let d = NaiveDate::from_ymd_opt(y, parts[1].parse().ok()?, parts[2].parse().ok()?)?;
            Some(DateBound { first: d, last: d })
        }
        _ => None,
    }
}

/// Which table a file extends, from the end of its name.
fn table_of(name: &str) -> Result<&'static str, KbError> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    TABLES
        .iter()
        .find(|t| base == **t || base.ends_with(&format!(".{t}")) || base.ends_with(&format!("-{t}")))
        .copied()
        .ok_or_else(|| KbError::UnknownTable { file: name.to_string(), known: TABLES.join(", ") })
}

fn opt_sector(t: &Table, row: &crate::tsv::Row, col: usize) -> Result<Option<String>, KbError> {
    match row.some(col) {
        Some(s) if s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()) => Ok(Some(s)),
        Some(s) => Err(t.error(row, format!("sector `{s}` is not a three-letter code"))),
        None => Ok(None),
    }
}

fn opt_country(t: &Table, row: &crate::tsv::Row, col: usize) -> Result<Option<String>, KbError> {
    match row.some(col) {
        Some(s) if is_iso3(&s) => Ok(Some(s)),
        Some(s) => Err(t.error(row, format!("country `{s}` is not an ISO 3166-1 alpha-3 code"))),
        None => Ok(None),
    }
}

/// A lexicon row before its CAMEO code is checked against the code book.
struct LexRow {
    file: String,
    line: usize,
    forms: Vec<String>,
    pos: Pos,
    plover: Option<Plover>,
    mode: Option<String>,
    cameo: String,
    frame: Frame,
    unless: Vec<String>,
}

#[derive(Default)]
struct Tables {
    countries: Vec<Country>,
    groups: Vec<Group>,
    institutions: Vec<Institution>,
    people: Vec<Person>,
    titles: Vec<Title>,
    places: Vec<Place>,
    cameo: HashMap<String, CameoCode>,
    lexicon_rows: Vec<LexRow>,
    modality: Vec<ModalityCue>,
    cues: Vec<Cue>,
    themes: Vec<ThemeDef>,
    references: HashMap<String, crate::ReferenceWord>,
    /// Institutions' seats to check against the gazetteer: file, line, place name.
    seats: Vec<(String, usize, String)>,
}

fn read(tables: &mut Tables, file: &str, text: &str) -> Result<(), KbError> {
    let t = Table::parse(file, text)?;
    match table_of(file)? {
        "countries.tsv" => {
            let gid = t.optional("geonameid");
            let (c3, c2, n, a, adj, cap, st) = (
                t.column("iso3")?,
                t.column("iso2")?,
                t.column("name")?,
                t.column("aliases")?,
                t.column("adjectives")?,
                t.column("capital")?,
                t.optional("status"),
            );
            for row in &t.rows {
                let iso3 = row.get(c3).to_string();
                if !is_iso3(&iso3) {
                    return Err(t.error(row, format!("`{iso3}` is not an ISO3 code")));
                }
                tables.countries.push(Country {
                    iso3,
                    iso2: row.get(c2).to_string(),
                    name: row.get(n).to_string(),
                    aliases: row.list(a),
                    adjectives: row.list(adj),
                    capital: row.some(cap),
                    status: row.opt(st).to_string(),
                    geonameid: match row.opt(gid) {
                        "" => None,
                        g => Some(g.parse().map_err(|_| t.error(row, format!("geonameid `{g}` is not a number")))?),
                    },
                });
            }
        }
        "groups.tsv" => {
            let (id, n, a, adj, k, code, sec, mem) = (
                t.column("id")?,
                t.column("name")?,
                t.column("aliases")?,
                t.column("adjectives")?,
                t.column("kind")?,
                t.column("code")?,
                t.column("sector")?,
                t.column("members")?,
            );
            for row in &t.rows {
                let members = row.list(mem);
                if let Some(bad) = members.iter().find(|m| !is_iso3(m)) {
                    return Err(t.error(row, format!("member `{bad}` is not an ISO3 code")));
                }
                tables.groups.push(Group {
                    id: row.get(id).to_string(),
                    name: row.get(n).to_string(),
                    aliases: row.list(a),
                    adjectives: row.list(adj),
                    kind: row.get(k).to_string(),
                    code: row.some(code),
                    sector: opt_sector(&t, row, sec)?,
                    members,
                });
            }
        }
        "institutions.tsv" => {
            let (n, a, c, s, k, p) = (
                t.column("name")?,
                t.column("aliases")?,
                t.column("country")?,
                t.column("sector")?,
                t.column("kind")?,
                t.column("parent")?,
            );
            let code = t.optional("code");
            let seat = t.optional("seat");
            for row in &t.rows {
                let seat = Some(row.opt(seat).to_string()).filter(|c| !c.is_empty());
                if let Some(name) = &seat {
                    tables.seats.push((t.file.clone(), row.line, name.clone()));
                }
                tables.institutions.push(Institution {
                    name: row.get(n).to_string(),
                    aliases: row.list(a),
                    country: opt_country(&t, row, c)?,
                    sector: opt_sector(&t, row, s)?,
                    kind: row.get(k).to_string(),
                    parent: row.some(p),
                    code: Some(row.opt(code).to_string()).filter(|c| !c.is_empty()),
                    seat,
                });
            }
        }
        "people.tsv" => {
            let (n, a, c, s, o, st, en) = (
                t.column("name")?,
                t.column("aliases")?,
                t.column("country")?,
                t.column("sector")?,
                t.column("office")?,
                t.column("start")?,
                t.column("end")?,
            );
            for row in &t.rows {
                let bound = |col: usize| -> Result<Option<DateBound>, KbError> {
                    match row.get(col) {
                        "" => Ok(None),
                        v => parse_bound(v).map(Some).ok_or_else(|| t.error(row, format!("bad date `{v}`"))),
                    }
                };
                let office = Office {
                    country: opt_country(&t, row, c)?,
                    sector: opt_sector(&t, row, s)?,
                    office: row.get(o).to_string(),
                    start: bound(st)?,
                    end: bound(en)?,
                };
                let name = row.get(n).to_string();
                if name.is_empty() {
                    return Err(t.error(row, "empty name"));
                }
                match tables.people.iter_mut().find(|p| p.name == name) {
                    Some(p) => {
                        for alias in row.list(a) {
                            if !p.aliases.contains(&alias) {
                                p.aliases.push(alias);
                            }
                        }
                        p.offices.push(office);
                    }
                    None => tables.people.push(Person { name, aliases: row.list(a), offices: vec![office] }),
                }
            }
        }
        "titles.tsv" => {
            let (p, s, k) = (t.column("phrase")?, t.column("sector")?, t.column("kind")?);
            for row in &t.rows {
                let kind = match row.get(k) {
                    "title" => TitleKind::Title,
                    "agent" => TitleKind::Agent,
                    "org_head" => TitleKind::OrgHead,
                    other => return Err(t.error(row, format!("unknown title kind `{other}`"))),
                };
                tables.titles.push(Title { phrase: row.get(p).to_string(), sector: opt_sector(&t, row, s)?, kind });
            }
        }
        "gazetteer.tsv" => {
            let (id, n, alt, c, la, lo, pop, f) = (
                t.column("geonameid")?,
                t.column("name")?,
                t.column("alternates")?,
                t.column("iso3")?,
                t.column("lat")?,
                t.column("lon")?,
                t.column("population")?,
                t.column("feature")?,
            );
            let ascii = t.optional("asciiname");
            let admin1 = t.optional("admin1");
            tables.places.reserve(t.rows.len());
            for row in &t.rows {
                let num = |col: usize| -> Result<f64, KbError> {
                    let v = row.get(col);
                    short_decimal(v)
                        .map_or_else(|| v.parse(), Ok)
                        .map_err(|_| t.error(row, format!("bad number `{v}`")))
                };
                let mut alternates = row.list(alt);
                let a = row.opt(ascii);
                if !a.is_empty() && a != row.get(n) {
                    alternates.push(a.to_string());
                }
                // A transliterated hamza, ayn or soft sign at either end is not written in
                // news English: "Samarra'" is "Samarra", "Ryazan'" is "Ryazan".
                // (Read only when an end is not a plain ASCII letter: nearly every name.)
                let plain = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
                let bare = if plain(a.as_bytes().first()) && plain(a.as_bytes().last()) {
                    a
                } else {
                    a.trim_matches(|c| matches!(c, '\'' | '’' | 'ʼ' | 'ʿ'))
                };
                if !bare.is_empty() && bare != a && bare != row.get(n) && !alternates.iter().any(|x| x == bare) {
                    alternates.push(bare.to_string());
                }
                tables.places.push(Place {
                    geonameid: row.get(id).parse().ok(),
                    name: row.get(n).to_string(),
                    alternates,
                    country: row.get(c).to_string(),
                    lat: num(la)?,
                    lon: num(lo)?,
                    population: row.get(pop).parse().unwrap_or(0),
                    capital: row.get(f) == "capital",
                    town: row.get(f) == "town",
                    region: row.get(f) == "admin1",
                    namesake: row.get(f) == "namesake",
                    admin1: row.opt(admin1).to_string(),
                });
            }
        }
        "cameo.tsv" => {
            let (c, p, m, g, d) = (
                t.column("code")?,
                t.column("plover")?,
                t.column("mode")?,
                t.column("goldstein")?,
                t.column("description")?,
            );
            for row in &t.rows {
                let plover = match row.get(p) {
                    "" => None,
                    v => Some(v.parse::<Plover>().map_err(|e| t.error(row, e))?),
                };
                let goldstein: f32 =
                    row.get(g).parse().map_err(|_| t.error(row, format!("bad Goldstein value `{}`", row.get(g))))?;
                let code = row.get(c).to_string();
                tables.cameo.insert(
                    code.clone(),
                    CameoCode { code, plover, mode: row.some(m), goldstein, description: row.get(d).to_string() },
                );
            }
        }
        "lexicon.tsv" => {
            let (f, pos, p, m, c, fr) = (
                t.column("forms")?,
                t.column("pos")?,
                t.column("plover")?,
                t.column("mode")?,
                t.column("cameo")?,
                t.column("frame")?,
            );
            let unless = t.optional("unless");
            for row in &t.rows {
                let pos_v = match row.get(pos) {
                    "verb" => Pos::Verb,
                    "noun" => Pos::Noun,
                    other => return Err(t.error(row, format!("unknown part of speech `{other}`"))),
                };
                let plover = match row.get(p) {
                    "" => None,
                    v => Some(v.parse::<Plover>().map_err(|e| t.error(row, e))?),
                };
                let frame = match row.get(fr) {
                    "dir" | "" => Frame::Directed,
                    "sym" => Frame::Symmetric,
                    "intr" => Frame::Intransitive,
                    other => return Err(t.error(row, format!("unknown frame `{other}`"))),
                };
                tables.lexicon_rows.push(LexRow {
                    file: file.to_string(),
                    line: row.line,
                    forms: row.list(f),
                    pos: pos_v,
                    plover,
                    mode: row.some(m),
                    cameo: row.get(c).to_string(),
                    frame,
                    unless: unless.map(|u| row.list(u)).unwrap_or_default(),
                });
            }
        }
        "modality.tsv" => {
            let (p, m, s) = (t.column("phrase")?, t.column("modality")?, t.column("scope")?);
            for row in &t.rows {
                let modality = match row.get(m) {
                    "hedge" => CueModality::Hedge,
                    v => CueModality::Set(v.parse::<Modality>().map_err(|e| t.error(row, e))?),
                };
                let scope = match row.get(s) {
                    "after" => Scope::After,
                    "before" | "" => Scope::Before,
                    other => return Err(t.error(row, format!("unknown scope `{other}`"))),
                };
                tables.modality.push(ModalityCue { phrase: row.get(p).to_string(), modality, scope });
            }
        }
        "cues.tsv" => {
            let (p, k) = (t.column("phrase")?, t.column("kind")?);
            for row in &t.rows {
                let kind = match row.get(k) {
                    "speech" => CueKind::Speech,
                    "according" => CueKind::According,
                    "report" => CueKind::Report,
                    other => return Err(t.error(row, format!("unknown cue kind `{other}`"))),
                };
                tables.cues.push(Cue { phrase: row.get(p).to_string(), kind });
            }
        }
        "themes.tsv" => {
            let (id, l, c, p) = (t.column("id")?, t.column("label")?, t.column("category")?, t.column("patterns")?);
            for row in &t.rows {
                let tid = row.get(id).to_string();
                if tid.is_empty() || !tid.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
                    return Err(t.error(row, format!("theme id `{tid}` is not snake_case")));
                }
                tables.themes.push(ThemeDef {
                    id: tid,
                    label: row.get(l).to_string(),
                    category: row.get(c).to_string(),
                    patterns: row.list(p),
                });
            }
        }
        "references.tsv" => {
            use attache_model::{EntityKind, ReferenceForm};
            let (w, k, f) = (t.column("word")?, t.column("kind")?, t.column("form")?);
            for row in &t.rows {
                let word = row.get(w);
                if word.is_empty() || word.contains(' ') || word.chars().any(char::is_uppercase) {
                    return Err(t.error(row, format!("word `{word}` is not one lowercase word")));
                }
                let kind = match row.get(k) {
                    "person" => EntityKind::Person,
                    "group" => EntityKind::Organization,
                    "place" => EntityKind::Location,
                    other => return Err(t.error(row, format!("unknown kind `{other}` (person, group or place)"))),
                };
                let form = match row.get(f) {
                    "pronoun" => ReferenceForm::Pronoun,
                    "noun" => ReferenceForm::Noun,
                    other => return Err(t.error(row, format!("unknown form `{other}` (pronoun or noun)"))),
                };
                tables.references.insert(word.to_string(), crate::ReferenceWord { kind, form });
            }
        }
        _ => unreachable!("table_of returns only known tables"),
    }
    Ok(())
}

pub(crate) fn build(sources: &[KbSource]) -> Result<Kb, KbError> {
    let mut t = Tables::default();
    for s in sources {
        read(&mut t, &s.name, &s.text)?;
    }

    let mut lexicon = Vec::with_capacity(t.lexicon_rows.len());
    for LexRow { file, line, forms, pos, plover, mode, cameo, frame, unless } in t.lexicon_rows {
        let code = t.cameo.get(&cameo).ok_or_else(|| KbError::Format {
            file: file.clone(),
            line,
            message: format!("CAMEO code `{cameo}` is not in cameo.tsv"),
        })?;
        let plover = plover.or(code.plover).ok_or_else(|| KbError::Format {
            file: file.clone(),
            line,
            message: format!("CAMEO code `{cameo}` has no PLOVER type: give one in the `plover` column"),
        })?;
        let mode = mode.or_else(|| if code.plover == Some(plover) { code.mode.clone() } else { None });
        let base = file.rsplit('/').next().unwrap_or(&file).to_string();
        lexicon.push(LexEntry {
            forms,
            pos,
            plover,
            mode,
            goldstein: code.goldstein,
            cameo,
            frame,
            unless,
            rule: format!("{base}:{line}"),
        });
    }

    // Places: prefer capitals, then the most populous place of a name. The gazetteer
    // gives no population for US states: one ranks as a place of a million people, so
    // "Virginia" is the state rather than the town in South Africa, and "New York" the
    // city rather than the state.
    // (Each key is made once, as one number: not a capital, then the population
    // reversed, then the place's number, which breaks ties, so that an unstable sort
    // gives the order of the stable sort by the first two.)
    let mut keyed: Vec<u128> = t
        .places
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let population = if p.region { p.population.max(1_000_000) } else { p.population };
            (!p.capital as u128) << 127 | ((u64::MAX - population) as u128) << 32 | i as u128
        })
        .collect();
    keyed.sort_unstable();
    let order: Vec<u32> = keyed.into_iter().map(|k| k as u32).collect();
    // The place names are most of the names: the lookup and the two dictionaries of them
    // are sized for them.
    let place_names =
        |town: bool| t.places.iter().filter(|p| p.town == town && !p.namesake).map(|p| 1 + p.alternates.len()).sum();
    // "Pokrovsk" is a town in Ukraine and an old name of Engels in Russia; "Bethlehem" a
    // town in the West Bank and another language's name of Belém: an alternate that is
    // another place's own name, and no spelling of its place's name (the first four
    // letters differ: "Odessa" stays Odesa's, "St. Petersburg" Saint Petersburg's), names
    // the places of that name instead (best known first, as the context chooses among
    // them).
    // (Each name's places as a chain through `next_same`, in the order above; and each
    // alternate's first such place, or NO_PLACE, worked out once, as `redirect[first
    // alternate of the place + k]`.)
    const NO_PLACE: u32 = u32::MAX;
    let mut primary: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
    primary.reserve(t.places.len());
    let mut next_same = vec![NO_PLACE; t.places.len()];
    for &i in order.iter().rev() {
        let p = &t.places[i as usize];
        if !p.namesake {
            if let Some(j) = primary.insert(p.name.as_str(), i) {
                next_same[i as usize] = j;
            }
        }
    }
    let prefix = |s: &str| {
        let s = ["St. ", "St ", "Saint "].iter().find_map(|x| s.strip_prefix(x)).unwrap_or(s);
        s.chars().take(4).flat_map(char::to_lowercase).collect::<String>()
    };
    let mut first_alternate = Vec::with_capacity(t.places.len());
    let mut redirect = Vec::new();
    for p in &t.places {
        first_alternate.push(redirect.len());
        redirect.extend(p.alternates.iter().map(|a| match primary.get(a.as_str()) {
            Some(&j) if *a != p.name && prefix(a) != prefix(&p.name) => j,
            _ => NO_PLACE,
        }));
    }
    // The places alternate `k` of place `i` names: its own, or the chain of the places
    // whose own name it is.
    let next_same = &next_same;
    let owners = |i: u32, k: usize| {
        let first = redirect[first_alternate[i as usize] + k];
        let mut j = if first == NO_PLACE { i } else { first };
        let chained = first != NO_PLACE;
        std::iter::from_fn(move || {
            let out = (j != NO_PLACE).then_some(j)?;
            j = if chained { next_same[j as usize] } else { NO_PLACE };
            Some(out)
        })
    };
    let mut place_by_name = HashMap::default();
    place_by_name.reserve(place_names(false));
    for &i in &order {
        let p = &t.places[i as usize];
        if p.town || p.namesake {
            continue;
        }
        // A name is copied only when it is new: most alternates repeat an earlier place's.
        if !place_by_name.contains_key(p.name.as_str()) {
            place_by_name.insert(p.name.clone(), i);
        }
        for (k, name) in p.alternates.iter().enumerate() {
            if !place_by_name.contains_key(name.as_str()) {
                place_by_name.insert(name.clone(), owners(i, k).next().unwrap_or(i));
            }
        }
    }

    // An institution's seat must be a place the gazetteer names.
    for (file, line, name) in &t.seats {
        if !place_by_name.contains_key(name.as_str()) {
            return Err(KbError::Format {
                file: file.clone(),
                line: *line,
                message: format!("seat `{name}` is not a place of gazetteer.tsv (towns are not looked up by name)"),
            });
        }
    }

    let mut names = DictionaryBuilder::new(false);
    names.reserve(place_names(false));
    for (i, c) in t.countries.iter().enumerate() {
        let i = i as u32;
        names.add(&c.name, NameRef::Country(i));
        for a in &c.aliases {
            names.add(a, NameRef::Country(i));
        }
        for a in &c.adjectives {
            names.add(a, NameRef::CountryAdjective(i));
        }
    }
    for (i, g) in t.groups.iter().enumerate() {
        let i = i as u32;
        names.add(&g.name, NameRef::Group(i));
        for a in &g.aliases {
            names.add(a, NameRef::Group(i));
        }
        for a in &g.adjectives {
            names.add(a, NameRef::GroupAdjective(i));
        }
    }
    // Every name a row spells out, so that a derived name never takes another's.
    let spelled: rustc_hash::FxHashSet<String> = t
        .institutions
        .iter()
        .flat_map(|inst| std::iter::once(&inst.name).chain(&inst.aliases))
        .map(|n| n.to_lowercase())
        .collect();
    let mut lowercase_bodies: HashMap<String, u32> = HashMap::default();
    for (i, inst) in t.institutions.iter().enumerate() {
        let i = i as u32;
        names.add(&inst.name, NameRef::Institution(i));
        for a in &inst.aliases {
            names.add(a, NameRef::Institution(i));
        }
        // "State Committee for National Security of Kyrgyzstan" is also "Kyrgyzstan's
        // State Committee for National Security" and "Kyrgyz State Committee for
        // National Security".
        let derived = owned_names(inst, &t.countries);
        for d in &derived {
            if !spelled.contains(&d.to_lowercase()) {
                names.add(d, NameRef::Institution(i));
            }
        }
        // "Turkey's defence ministry", "the Kazakh foreign ministry": wire copy writes the
        // body's words of a country's ministry in lower case.
        let spelled_out = std::iter::once(&inst.name).chain(&inst.aliases).chain(&derived);
        for lower in spelled_out.filter_map(|n| lowercase_body(inst, &t.countries, n)) {
            lowercase_bodies.entry(lower).or_insert(i);
        }
    }
    for (i, p) in t.people.iter().enumerate() {
        let i = i as u32;
        names.add(&p.name, NameRef::Person(i));
        for a in &p.aliases {
            names.add(a, NameRef::Person(i));
        }
    }
    for (i, title) in t.titles.iter().enumerate() {
        names.add(&title.phrase, NameRef::Title(i as u32));
        // Agent nouns open sentences too: "Police detained…".
        if title.kind == TitleKind::Agent {
            let mut cs = title.phrase.chars();
            if let Some(first) = cs.next().filter(|c| c.is_lowercase()) {
                names.add(&(first.to_uppercase().collect::<String>() + cs.as_str()), NameRef::Title(i as u32));
            }
        }
    }
    let mut towns = DictionaryBuilder::new(false);
    towns.reserve(place_names(true));
    // Places sharing a name are listed in the same order, so that a name's first place
    // is the best known one ("London" is the capital of the United Kingdom before the
    // city in Ontario).
    let mut namesakes: HashMap<String, Vec<u32>> = HashMap::default();
    for i in order {
        let p = &t.places[i as usize];
        if p.namesake {
            for name in std::iter::once(&p.name).chain(&p.alternates) {
                namesakes.entry(name.clone()).or_default().push(i);
            }
            continue;
        }
        let dict = if p.town { &mut towns } else { &mut names };
        if place_name_usable(&p.name) {
            dict.add(&p.name, NameRef::Place(i));
        }
        for (k, a) in p.alternates.iter().enumerate() {
            if place_name_usable(a) {
                owners(i, k).for_each(|j| dict.add(a, NameRef::Place(j)));
            }
        }
    }
    let (names, lowercase_names) =
        names.split(|p| p.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));

    let mut triggers = DictionaryBuilder::new(true);
    let mut trigger_heads: HashMap<String, Vec<(String, Vec<u32>)>> = HashMap::default();
    for (i, e) in lexicon.iter().enumerate() {
        for f in &e.forms {
            triggers.add(f, i as u32);
            let words: Vec<String> = f.split_whitespace().map(str::to_lowercase).collect();
            // Every split into a head and a tail that starts with a plain word: "deliver
            // air defence systems" is "deliver" + "air defence systems", "deliver air" +
            // "defence systems" and "deliver air defence" + "systems".
            for split in 1..words.len() {
                let (head, tail) = words.split_at(split);
                if !tail[0].chars().all(char::is_alphabetic) {
                    continue;
                }
                let tail = tail.join(" ");
                let tails = trigger_heads.entry(head.join(" ")).or_default();
                match tails.iter_mut().find(|(w, _)| *w == tail) {
                    Some((_, rows)) if !rows.contains(&(i as u32)) => rows.push(i as u32),
                    Some(_) => {}
                    None => tails.push((tail, vec![i as u32])),
                }
            }
        }
    }
    // Longest tail first, so that the first tail matched is the longest.
    for tails in trigger_heads.values_mut() {
        tails.sort_by_key(|(tail, _)| std::cmp::Reverse(tail.split(' ').count()));
    }
    let trigger_tail_starts =
        trigger_heads.values().flatten().filter_map(|(tail, _)| tail.split(' ').next()).map(str::to_string).collect();
    let trigger_head_ends =
        trigger_heads.keys().filter_map(|head| head.rsplit(' ').next()).map(str::to_string).collect();
    let mut phrases = DictionaryBuilder::new(true);
    for (i, m) in t.modality.iter().enumerate() {
        phrases.add(&m.phrase, PhraseRef::Modality(i as u32));
    }
    for (i, c) in t.cues.iter().enumerate() {
        phrases.add(&c.phrase, PhraseRef::Cue(i as u32));
    }
    let mut theme_patterns = DictionaryBuilder::new(true);
    for (i, th) in t.themes.iter().enumerate() {
        for p in &th.patterns {
            theme_patterns.add(p, i as u32);
        }
    }

    let (mut names, mut lowercase_names, mut triggers, mut phrases, mut theme_patterns) =
        (names.build(), lowercase_names.build(), triggers.build(), phrases.build(), theme_patterns.build());
    let mut towns = towns.build();
    // One lookup of each word start serves the six dictionaries.
    let mut vocabulary = crate::Vocabulary::default();
    names.index_words(&mut vocabulary);
    towns.index_words(&mut vocabulary);
    lowercase_names.index_words(&mut vocabulary);
    triggers.index_words(&mut vocabulary);
    phrases.index_words(&mut vocabulary);
    theme_patterns.index_words(&mut vocabulary);

    let mut people_by_surname: HashMap<String, Vec<u32>> = HashMap::default();
    for (i, p) in t.people.iter().enumerate() {
        let country = p.offices.iter().find_map(|o| o.country.as_deref());
        let keys = surname_keys(&p.name, country);
        for key in &keys {
            people_by_surname.entry(key.to_string()).or_default().push(i as u32);
        }
        // A spelling of the same name ("Volodymyr Zelenskyy", "Alexander Lukashenka",
        // "Recep Tayyip Erdoğan"): same first word and as many words, so that a full form
        // ("Joseph R. Biden Jr."), a title ("Pope Leo") or a longer name ("Mohammed bin
        // Salman Al Saud") lends no surname.
        let first = p.name.split_whitespace().next();
        let words = p.name.split_whitespace().count();
        let mut extra: Vec<&str> = Vec::new();
        for a in &p.aliases {
            if a.split_whitespace().next() != first || a.split_whitespace().count() != words {
                continue;
            }
            for key in surname_keys(a, country) {
                if !keys.contains(&key)
                    && !extra.contains(&key)
                    && !matches!(key, "Jr" | "Jr." | "Sr" | "Sr." | "II" | "III")
                {
                    extra.push(key);
                }
            }
        }
        for key in extra {
            people_by_surname.entry(key.to_string()).or_default().push(i as u32);
        }
    }
    let title_phrases: rustc_hash::FxHashSet<String> = t
        .titles
        .iter()
        .filter(|x| x.kind == TitleKind::Title)
        .map(|x| x.phrase.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
        .collect();
    let title_first_words = title_phrases.iter().filter_map(|p| p.split(' ').next()).map(str::to_string).collect();
    let mut reference_shapes = vec![0u32; 26 * 26];
    for word in t.references.keys() {
        if let Some((slot, bit)) = crate::reference_shape(word.as_bytes()) {
            reference_shapes[slot] |= bit;
        }
    }
    let adjectives = t
        .countries
        .iter()
        .flat_map(|c| c.adjectives.iter())
        .chain(t.groups.iter().flat_map(|g| g.adjectives.iter()))
        .cloned()
        .collect();
    let country_by_iso3 = t.countries.iter().enumerate().map(|(i, c)| (c.iso3.clone(), i as u32)).collect();

    Ok(Kb {
        countries: t.countries,
        groups: t.groups,
        institutions: t.institutions,
        people: t.people,
        titles: t.titles,
        places: t.places,
        cameo: t.cameo,
        lexicon,
        modality: t.modality,
        cues: t.cues,
        themes: t.themes,
        references: t.references,
        reference_shapes,
        title_phrases,
        title_first_words,
        adjectives,
        names,
        lowercase_names,
        lowercase_bodies,
        towns,
        namesakes,
        vocabulary,
        triggers,
        trigger_heads,
        trigger_tail_starts,
        trigger_head_ends,
        phrases,
        theme_patterns,
        people_by_surname,
        country_by_iso3,
        place_by_name,
    })
}

/// Place names that are too short or too often ordinary words are left out of the name
/// matcher (the gazetteer still resolves them when another rule finds them).
fn place_name_usable(name: &str) -> bool {
    name.chars().count() >= 3
        && name.chars().next().is_some_and(char::is_uppercase)
        && !COMMON_WORD_PLACES_SET.contains(name)
}

static COMMON_WORD_PLACES_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| COMMON_WORD_PLACES.iter().copied().collect());

/// Capitalised English words and first names that are also the names of towns somewhere.
const COMMON_WORD_PLACES: &[&str] = &[
    "Of",
    "The",
    "And",
    "For",
    "Union",
    "Mobile",
    "Split",
    "Nice",
    "Reading",
    "Bath",
    "Sale",
    "Orange",
    "Victoria",
    "Florence",
    "Marion",
    "Independence",
    "Liberty",
    "Concord",
    "Hope",
    "Mission",
    "Progress",
    "Jackson",
    "Lincoln",
    "Franklin",
    "Hamilton",
    "Clinton",
    "Washington Heights",
    "Warren",
    "Lawrence",
    "Trump",
    "Vance",
    "Ashraf",
    "Imran",
    "Khan",
    "Sharif",
    "Modi",
    "Ali",
    "Obama",
    "Biden",
    "Putin",
    "Wang",
    "Li",
    "Liu",
    "Xi",
    "Zhang",
    "Chen",
    "Yang",
    "Zhao",
    "Wu",
    "Sun",
    "Ma",
    "Hu",
    "Guo",
    "Lin",
    "He",
    "Gao",
    "Luo",
    "Song",
    "Tang",
    "Han",
    "Cao",
    "Deng",
    "Zhou",
    "Xu",
    "Zhu",
    "Shi",
    "Ye",
    "Cai",
    "Pan",
    "Du",
    "Dai",
    "Fan",
    "Fang",
    "Peng",
    "Lu",
    "Jiang",
    "Yu",
    "Ding",
    "Kim",
    "Lee",
    "Park",
    "Moon",
    "Council",
    "Congress",
    "Senate",
    "Parliament",
    "Police",
    "Army",
    "Central",
    "Asia",
    "Europe",
    "Africa",
    "Said",
    "May",
    "March",
    "Sunday",
    "Monday",
    "Friday",
    "President",
    "Minister",
    "Premier",
    "Deputy",
    "Speaker",
    "Chairman",
    "Leader",
    "General",
    "Republic",
    "National",
    "People",
    "Party",
    "State",
    "United",
    "Prime",
    "Foreign",
    "Security",
    "Defense",
    "Defence",
    "Media",
    "Press",
    "News",
    "Agency",
    "Initiative",
    "Road",
    "Belt",
    "Summit",
    "Forum",
    "Dialogue",
    "Department",
    "Committee",
    "Bureau",
    "Office",
    "Ministry",
    "Government",
    "Colombo Plan",
    "Santa",
    "San",
    "Bay",
    "Beach",
    "Port",
    "Mount",
    "Lake",
    "River",
    "Valley",
    "City",
    "Town",
    "Center",
    "Centre",
    "Division",
    "Commerce",
    "Industry",
    "Enterprise",
    "Carmel",
    "Paradise",
    "Eden",
    "Salem",
    "Jesus",
    "Maria",
    "Mercedes",
    "Dolores",
    "Soledad",
    "Pilar",
    "Concepcion",
    "Rosario",
    "Victoria de Durango",
    "Zeng",
    "Kang",
    "Shah",
    "Mir",
    "Aziz",
];

/// The names of a country's institution named "<body> of <country>" with the country
/// before the body: its possessive ("Kyrgyzstan's …") and its first adjective ("Kyrgyz
/// …").
fn owned_names(inst: &Institution, countries: &[Country]) -> Vec<String> {
    let Some(country) = inst.country.as_deref().and_then(|c| countries.iter().find(|k| k.iso3 == c)) else {
        return Vec::new();
    };
    let Some(body) = inst.name.strip_suffix(&country.name).and_then(|b| b.strip_suffix(" of ")) else {
        return Vec::new();
    };
    // "the Republic of …" and the like name the country, not a body of it.
    if body.is_empty() || !body.starts_with(char::is_uppercase) {
        return Vec::new();
    }
    let mut out = vec![format!("{}'s {body}", country.name), format!("{}’s {body}", country.name)];
    if let Some(adjective) = country.adjectives.first() {
        out.push(format!("{adjective} {body}"));
    }
    out
}

/// The name `n` of a country's body, all in lower case with a straight apostrophe
/// ("Turkey's Defence Ministry" → "turkey's defence ministry"), when the words after the
/// country's name or adjective are one to three plain words ending with a noun for a
/// body; else none. (See [`Kb::lowercase_bodies`].)
fn lowercase_body(inst: &Institution, countries: &[Country], n: &str) -> Option<String> {
    // The head first: most names end otherwise, and cost nothing more.
    let head = n.rsplit(' ').next()?;
    if !matches!(head, "Ministry" | "Committee" | "Service" | "Office" | "Department" | "Agency" | "Commission") {
        return None;
    }
    let country = countries.iter().find(|k| Some(k.iso3.as_str()) == inst.country.as_deref())?;
    let body = n
        .strip_prefix(country.name.as_str())
        .and_then(|r| r.strip_prefix("'s ").or_else(|| r.strip_prefix("’s ")))
        .or_else(|| {
            country.adjectives.iter().find_map(|a| n.strip_prefix(a.as_str()).and_then(|r| r.strip_prefix(' ')))
        })?;
    let words = body.split(' ');
    let plain = words.clone().all(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    });
    (plain && words.count() <= 3).then(|| n.to_lowercase().replace('’', "'"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_parse(s: &str) {
        let want = s.parse::<f64>().ok();
        if let Some(got) = short_decimal(s) {
            assert_eq!(Some(got.to_bits()), want.map(f64::to_bits), "{s}");
        }
    }

    #[test]
    fn short_decimals_read_as_parse_reads_them() {
        for s in ["0", "-0", "-0.0000", "12.5240", "-70.0270", "1.", ".5", "-.5", "999999999999999", "0.1", "."] {
            same_as_parse(s);
        }
        for s in ["", "-", ".", "1.2.3", "1e5", "+1", "1234567890123456", "nan", "1 "] {
            assert!(short_decimal(s).is_none(), "{s}");
        }
        let gazetteer =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../kb/gazetteer.tsv")).unwrap();
        let t = Table::parse("gazetteer.tsv", &gazetteer).unwrap();
        let (la, lo) = (t.column("lat").unwrap(), t.column("lon").unwrap());
        for row in &t.rows {
            for v in [row.get(la), row.get(lo)] {
                assert!(short_decimal(v).is_some(), "{v}");
                same_as_parse(v);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn short_decimals_match_parse(int in 0u64..10_000_000, frac in 0u64..100_000_000, width in 0usize..9, neg: bool) {
            let s = format!("{}{int}.{:0width$}", if neg { "-" } else { "" }, frac % 10u64.pow(width as u32));
            same_as_parse(&s);
        }
    }

    #[test]
    fn date_bounds_cover_their_period() {
        let y = parse_bound("2019").unwrap();
        assert_eq!(y.last, NaiveDate::from_ymd_opt(2019, 12, 31).unwrap());
        let m = parse_bound("2024-02").unwrap();
        assert_eq!(m.last, NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
        assert!(parse_bound("2019-13").is_none());
    }

    #[test]
    fn an_institutions_seat_must_be_a_gazetteer_place() {
        let overlay = |seat: &str| crate::KbSource {
            name: "extra.institutions.tsv".into(),
            text: format!(
                "name\taliases\tcountry\tsector\tkind\tparent\tcode\tseat\n\
                 Ala-Archa Residence\t\tKGZ\tGOV\tgovernment\t\t\t{seat}\n"
            ),
        };
        let kb = crate::Kb::load(&[overlay("Bishkek")]).expect("Bishkek is in the gazetteer");
        let i = kb.institutions.iter().find(|i| i.name == "Ala-Archa Residence").expect("the overlay row");
        assert_eq!(i.seat.as_deref(), Some("Bishkek"));
        let err = crate::Kb::load(&[overlay("Atlantis")]).err().expect("an unknown seat is an error").to_string();
        assert!(err.contains("extra.institutions.tsv:2") && err.contains("Atlantis"), "{err}");
    }

    #[test]
    fn a_lexicon_rows_unless_column_is_read_as_a_list() {
        let overlay = crate::KbSource {
            name: "extra.lexicon.tsv".into(),
            text: "forms\tpos\tplover\tmode\tcameo\tframe\tunless\n\
                   courted|courts\tverb\t\t\t043\tdir\tvoters|investors\n"
                .into(),
        };
        let kb = crate::Kb::load(&[overlay]).expect("a valid overlay");
        let row = kb.lexicon.iter().find(|l| l.forms.iter().any(|f| f == "courted")).expect("the overlay row");
        assert_eq!(row.unless, ["voters", "investors"]);
        let hosted = kb.lexicon.iter().find(|l| l.forms.iter().any(|f| f == "hosted")).expect("the hosting row");
        assert!(hosted.unless.iter().any(|w| w == "weapons"), "{:?}", hosted.unless);
    }

    #[test]
    fn overlay_file_names_pick_their_table() {
        assert_eq!(table_of("my/extra.people.tsv").unwrap(), "people.tsv");
        assert_eq!(table_of("people.tsv").unwrap(), "people.tsv");
        assert!(table_of("people.csv").is_err());
    }
}
