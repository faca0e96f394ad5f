#!/usr/bin/env python3
"""Write the example corpus that `attache demo` shows on its dashboard.

    scripts/make-demo-corpus.py [OUT] [--seed N]

OUT defaults to crates/attache-serve/demo/articles.jsonl. The file is JSON Lines, one
article per line, with the keys id, published (YYYY-MM-DD), outlet, title, url and text
(paragraphs separated by a blank line), the input format of `attache ingest`.

What it makes: about 420 short wire-style news articles dated 2025-01-01 to 2026-04-30 from
seven invented outlets (URLs on `.example` domains). They report diplomatic and political
events around China, Central Asia and Russia and in the rest of the world: meetings and
visits, agreements, loans and aid, investment, praise and support, appeals and demands,
accusations, threats, protests, sanctions, expulsions, arrests, military exercises, border
clashes, releases and ceasefires. There are bursts (a summit week, a border crisis, a
tariff row, an expulsion spat, an earthquake relief effort) so that timelines have shape;
many events are reported by two or three outlets on the same or the next day, so that
reports cluster into events with several sources; and each outlet leans on its own set of
narratives (Belt and Road, Middle Corridor, Global South, rules-based order, ...) so that
"who used a theme first" means something.

All of it is fiction. Every sentence is composed by this script from the project's own
templates and phrase banks below; nothing is copied from real news. Real names appear only
for office holders listed in kb/people.tsv (and only within their dates of office); other
officials are named by title. The events themselves are invented.

The output is deterministic: the same seed gives the same file, byte for byte. Standard
library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import sys

SEED = 20250614
DEFAULT_OUT = os.path.join("crates", "attache-serve", "demo", "articles.jsonl")
START = dt.date(2025, 1, 1)
END = dt.date(2026, 4, 30)

# --------------------------------------------------------------------------------------
# Countries: name, adjective, capital, other cities (all in kb/gazetteer.tsv)
# --------------------------------------------------------------------------------------
COUNTRIES = {
    "KAZ": ("Kazakhstan", "Kazakh", "Astana", ["Almaty", "Aktau", "Shymkent", "Atyrau", "Kostanay"]),
    "UZB": ("Uzbekistan", "Uzbek", "Tashkent", ["Samarkand", "Bukhara", "Andijan", "Namangan", "Nukus"]),
    "KGZ": ("Kyrgyzstan", "Kyrgyz", "Bishkek", ["Osh", "Batken", "Karakol", "Naryn"]),
    "TJK": ("Tajikistan", "Tajik", "Dushanbe", ["Khujand", "Isfara", "Kulob", "Bokhtar"]),
    "TKM": ("Turkmenistan", "Turkmen", "Ashgabat", ["Mary", "Turkmenbashi", "Turkmenabat"]),
    "CHN": ("China", "Chinese", "Beijing", ["Shanghai", "Urumqi", "Xi'an", "Kashgar", "Tianjin"]),
    "RUS": ("Russia", "Russian", "Moscow", ["Saint Petersburg", "Kazan", "Sochi", "Orenburg", "Novosibirsk"]),
    "USA": ("the United States", "US", "Washington", ["New York"]),
    "DEU": ("Germany", "German", "Berlin", ["Munich", "Hamburg"]),
    "FRA": ("France", "French", "Paris", []),
    "ITA": ("Italy", "Italian", "Rome", []),
    "POL": ("Poland", "Polish", "Warsaw", []),
    "HUN": ("Hungary", "Hungarian", "Budapest", []),
    "GBR": ("Britain", "British", "London", []),
    "TUR": ("Turkey", "Turkish", "Ankara", ["Istanbul"]),
    "AZE": ("Azerbaijan", "Azerbaijani", "Baku", []),
    "IRN": ("Iran", "Iranian", "Tehran", ["Mashhad"]),
    "IND": ("India", "Indian", "New Delhi", ["Mumbai"]),
    "PAK": ("Pakistan", "Pakistani", "Islamabad", ["Karachi", "Lahore", "Peshawar"]),
    "AFG": ("Afghanistan", "Afghan", "Kabul", ["Mazar-e Sharif", "Herat", "Jalalabad"]),
    "UKR": ("Ukraine", "Ukrainian", "Kyiv", ["Kharkiv", "Odesa", "Dnipro"]),
    "JPN": ("Japan", "Japanese", "Tokyo", ["Osaka"]),
    "KOR": ("South Korea", "South Korean", "Seoul", []),
    "MNG": ("Mongolia", "Mongolian", "Ulaanbaatar", []),
}
CA = ["KAZ", "UZB", "KGZ", "TJK", "TKM"]
EU_MEMBERS = ["DEU", "FRA", "ITA", "POL", "HUN"]


def cname(iso):
    return COUNTRIES[iso][0]


def cname_cap(iso):
    n = COUNTRIES[iso][0]
    return n[0].upper() + n[1:]


def adj(iso):
    return COUNTRIES[iso][1]


def capital(iso):
    return COUNTRIES[iso][2]


def poss(iso):
    """'Kazakhstan's'; 'the US' for the United States"""
    if iso == "USA":
        return "the US"
    n = cname(iso)
    return n + ("'" if n.endswith("s") else "'s")


NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def num(n):
    return NUMBERS[n] if n < 10 else str(n)


# --------------------------------------------------------------------------------------
# Office holders (only people in kb/people.tsv, within their dates there)
# role: pres, pm, fm, dm, spox (foreign-ministry spokesperson), kremlin
# --------------------------------------------------------------------------------------
OFFICES = [
    ("KAZ", "pres", "Kassym-Jomart Tokayev", "Tokayev", "2019-03-20", ""),
    ("KAZ", "pm", "Olzhas Bektenov", "Bektenov", "2024-02-06", ""),
    ("KAZ", "fm", "Murat Nurtleu", "Nurtleu", "2023-04-01", "2025-08-31"),
    ("KAZ", "fm", "Yermek Kosherbayev", "Kosherbayev", "2025-10-01", ""),
    ("UZB", "pres", "Shavkat Mirziyoyev", "Mirziyoyev", "2016-12-14", ""),
    ("UZB", "pm", "Abdulla Aripov", "Aripov", "2016-12-14", ""),
    ("UZB", "fm", "Bakhtiyor Saidov", "Saidov", "2023-01-01", ""),
    ("KGZ", "pres", "Sadyr Japarov", "Japarov", "2021-01-28", ""),
    ("KGZ", "fm", "Jeenbek Kulubaev", "Kulubaev", "2022-05-01", ""),
    ("TJK", "pres", "Emomali Rahmon", "Rahmon", "1994-11-16", ""),
    ("TJK", "pm", "Kokhir Rasulzoda", "Rasulzoda", "2013-11-23", ""),
    ("TJK", "fm", "Sirojiddin Muhriddin", "Muhriddin", "2013-11-01", ""),
    ("TKM", "pres", "Serdar Berdimuhamedov", "Berdimuhamedov", "2022-03-19", ""),
    ("TKM", "fm", "Rashid Meredov", "Meredov", "2001-07-01", ""),
    ("CHN", "pres", "Xi Jinping", "Xi", "2013-03-14", ""),
    ("CHN", "pm", "Li Qiang", "Li", "2023-03-11", ""),
    ("CHN", "fm", "Wang Yi", "Wang", "2023-07-25", ""),
    ("CHN", "dm", "Dong Jun", "Dong", "2023-12-29", ""),
    ("CHN", "spox", "Mao Ning", "Mao", "2022-09-01", ""),
    ("CHN", "spox", "Lin Jian", "Lin", "2023-10-01", ""),
    ("CHN", "spox", "Guo Jiakun", "Guo", "2024-06-01", ""),
    ("RUS", "pres", "Vladimir Putin", "Putin", "2012-05-07", ""),
    ("RUS", "pm", "Mikhail Mishustin", "Mishustin", "2020-01-16", ""),
    ("RUS", "fm", "Sergei Lavrov", "Lavrov", "2004-03-09", ""),
    ("RUS", "dm", "Andrei Belousov", "Belousov", "2024-05-14", ""),
    ("RUS", "spox", "Maria Zakharova", "Zakharova", "2015-08-10", ""),
    ("RUS", "kremlin", "Dmitry Peskov", "Peskov", "2012-05-22", ""),
    ("USA", "pres", "Donald Trump", "Trump", "2025-01-20", ""),
    ("USA", "fm", "Marco Rubio", "Rubio", "2025-01-21", ""),
    ("DEU", "pm", "Friedrich Merz", "Merz", "2025-05-06", ""),
    ("DEU", "fm", "Johann Wadephul", "Wadephul", "2025-05-06", ""),
    ("FRA", "pres", "Emmanuel Macron", "Macron", "2017-05-14", ""),
    ("FRA", "fm", "Jean-Noel Barrot", "Barrot", "2024-09-21", ""),
    ("ITA", "pm", "Giorgia Meloni", "Meloni", "2022-10-22", ""),
    ("ITA", "fm", "Antonio Tajani", "Tajani", "2022-10-22", ""),
    ("POL", "pm", "Donald Tusk", "Tusk", "2023-12-13", ""),
    ("HUN", "pm", "Viktor Orban", "Orban", "2010-05-29", ""),
    ("HUN", "fm", "Peter Szijjarto", "Szijjarto", "2014-09-23", ""),
    ("GBR", "pm", "Keir Starmer", "Starmer", "2024-07-05", ""),
    ("TUR", "pres", "Recep Tayyip Erdogan", "Erdogan", "2014-08-28", ""),
    ("TUR", "fm", "Hakan Fidan", "Fidan", "2023-06-04", ""),
    ("AZE", "pres", "Ilham Aliyev", "Aliyev", "2003-10-31", ""),
    ("AZE", "fm", "Jeyhun Bayramov", "Bayramov", "2020-07-16", ""),
    ("IRN", "pres", "Masoud Pezeshkian", "Pezeshkian", "2024-07-28", ""),
    ("IRN", "fm", "Abbas Araghchi", "Araghchi", "2024-08-21", ""),
    ("IRN", "spox", "Esmaeil Baghaei", "Baghaei", "2024-08-01", ""),
    ("IND", "pm", "Narendra Modi", "Modi", "2014-05-26", ""),
    ("IND", "fm", "S. Jaishankar", "Jaishankar", "2019-05-30", ""),
    ("IND", "spox", "Randhir Jaiswal", "Jaiswal", "2024-01-01", ""),
    ("PAK", "pm", "Shehbaz Sharif", "Sharif", "2024-03-04", ""),
    ("PAK", "fm", "Ishaq Dar", "Dar", "2024-03-11", ""),
    ("AFG", "pm", "Mohammad Hassan Akhund", "Akhund", "2021-09-07", ""),
    ("AFG", "fm", "Amir Khan Muttaqi", "Muttaqi", "2021-09-07", ""),
    ("KOR", "pres", "Lee Jae-myung", "Lee", "2025-06-04", ""),
    ("AFG", "spox", "Zabihullah Mujahid", "Mujahid", "2021-08-15", ""),
    ("UKR", "pres", "Volodymyr Zelensky", "Zelensky", "2019-05-20", ""),
    ("UKR", "fm", "Andrii Sybiha", "Sybiha", "2024-09-05", ""),
    ("JPN", "pm", "Shigeru Ishiba", "Ishiba", "2024-10-01", "2025-10-20"),
    ("JPN", "pm", "Sanae Takaichi", "Takaichi", "2025-10-21", ""),
    ("MNG", "pres", "Ukhnaagiin Khurelsukh", "Khurelsukh", "2021-06-25", ""),
]

# How each role is titled before a name, per country where it differs
ROLE_TITLE = {"pres": "President", "pm": "Prime Minister", "fm": "Foreign Minister",
              "dm": "Defence Minister", "spox": "Foreign Ministry spokesperson",
              "kremlin": "Kremlin spokesman"}
TITLE_OVERRIDE = {("CHN", "pm"): "Premier", ("DEU", "pm"): "Chancellor",
                  ("USA", "fm"): "Secretary of State", ("IND", "fm"): "External Affairs Minister",
                  ("RUS", "spox"): "Foreign Ministry spokeswoman"}
# The head of state or government who travels and signs
LEADER_ROLE = {"DEU": "pm", "ITA": "pm", "POL": "pm", "HUN": "pm", "GBR": "pm", "IND": "pm",
               "PAK": "pm", "JPN": "pm", "AFG": "pm"}


def title(iso, role):
    return TITLE_OVERRIDE.get((iso, role), ROLE_TITLE[role])


def holder(iso, role, day):
    """(full name, surname) of the holder of a role on a day, or None."""
    d = day.isoformat()
    found = [o for o in OFFICES if o[0] == iso and o[1] == role and o[4] <= d and (not o[5] or d <= o[5])]
    if not found:
        return None
    o = found[(day.toordinal()) % len(found)]
    return o[2], o[3]


# --------------------------------------------------------------------------------------
# Noun phrases for actors and recipients
# --------------------------------------------------------------------------------------
class Ref:
    """A way of naming one side of an event: the phrase, and how to refer back to it."""

    def __init__(self, np, back, speaker=None, full=None):
        self.np = np          # first mention, as subject
        self.back = back      # later mention ("Tokayev", "the minister")
        self.speaker = speaker  # a name or title that can be quoted
        self.full = full or speaker  # how to introduce the speaker when the lead did not name them


def leader_ref(rng, iso, day, role=None, coordinated=False):
    role = role or LEADER_ROLE.get(iso, "pres")
    h = holder(iso, role, day)
    t = title(iso, role)
    if h:
        name, sur = h
        form = rng.choice([
            f"{adj(iso)} {t} {name}",
            f"{adj(iso)} {t} {name}",
            f"{t} {name} of {cname(iso)}",
            f"{poss(iso)} {t.lower()}, {name}," if not coordinated else f"{adj(iso)} {t} {name}",
        ])
        if form.startswith(t) and iso == "USA":
            form = f"US {t} {name}"
        return Ref(form, sur, sur, f"{adj(iso)} {t} {name}")
    return Ref(f"the {t.lower()} of {cname(iso)}", "the " + t.lower(), "the " + t.lower())


def minister_ref(rng, iso, day, coordinated=False):
    h = holder(iso, "fm", day)
    t = title(iso, "fm")
    if h:
        name, sur = h
        form = rng.choice([
            f"{adj(iso)} {t} {name}",
            f"{adj(iso)} {t} {name}",
            f"{t} {name} of {cname(iso)}",
            f"{poss(iso)} {t.lower()}, {name}," if not coordinated else f"{adj(iso)} {t} {name}",
        ])
        return Ref(form, sur, sur, f"{adj(iso)} {t} {name}")
    form = rng.choice([f"the foreign minister of {cname(iso)}", f"{poss(iso)} foreign minister",
                       f"the {adj(iso)} foreign minister"])
    return Ref(form, "the minister", "the minister")


def ministry_ref(rng, iso, day):
    form = rng.choice([f"the {adj(iso)} Foreign Ministry", f"the {adj(iso)} Foreign Ministry",
                       f"the Foreign Ministry of {cname(iso)}"])
    if iso == "USA":
        form = rng.choice(["the US State Department", "the State Department in Washington"])
    h = holder(iso, "spox", day)
    if h:
        return Ref(form, "the ministry", f"spokesperson {h[0]}" if iso != "RUS" else f"spokeswoman {h[0]}")
    return Ref(form, "the ministry", "a ministry spokesperson")


def country_ref(rng, iso, day):
    form = rng.choice([cname_cap(iso), cname_cap(iso), f"the {adj(iso)} government",
                       f"{poss(iso)} government"])
    if iso == "USA":
        form = rng.choice(["The United States", "The United States", "Washington", "The US administration"])
    return Ref(form, rng.choice(["the government", cname(iso)]), None)


def forces_ref(rng, iso, day):
    return Ref(rng.choice([f"{adj(iso)} forces", f"{adj(iso)} troops", f"the {adj(iso)} military"]),
               "the military", None)


def police_ref(rng, iso, day):
    forms = [f"{adj(iso)} police", f"{adj(iso)} security services", f"the {adj(iso)} security service",
             f"{adj(iso)} counterintelligence officers"]
    if iso in ("KGZ", "TJK"):  # the analyser reads "Kyrgyz security services" as someone else's
        forms.remove(f"{adj(iso)} security services")
    return Ref(rng.choice(forms), "the security service", None)


def guards_ref(rng, iso, day):
    return Ref(rng.choice([f"{adj(iso)} border guards", f"{adj(iso)} border troops"]),
               "the border service", None)


def obj_leader(rng, iso, day, coordinated=False):
    """A recipient named as the other side's leader."""
    role = LEADER_ROLE.get(iso, "pres")
    h = holder(iso, role, day)
    t = title(iso, role)
    if h and coordinated:
        return f"{adj(iso)} {t} {h[0]}"
    if h:
        return rng.choice([f"{adj(iso)} {t} {h[0]}", f"{t} {h[0]} of {cname(iso)}",
                           f"{adj(iso)} {t} {h[0]}"])
    return f"the {t.lower()} of {cname(iso)}"


def obj_minister(rng, iso, day, coordinated=False):
    h = holder(iso, "fm", day)
    t = title(iso, "fm")
    if h:
        if coordinated:
            return f"{adj(iso)} {t} {h[0]}"
        return rng.choice([f"{adj(iso)} {t} {h[0]}", f"his {adj(iso)} counterpart, {h[0]},",
                           f"{adj(iso)} {t} {h[0]}"])
    return rng.choice([f"the foreign minister of {cname(iso)}", f"his {adj(iso)} counterpart"])


# --------------------------------------------------------------------------------------
# Narrative phrases: what each country's officials say (noun phrases with a theme)
# --------------------------------------------------------------------------------------
COOP_T = {
    "CHN": ["win-win cooperation", "the Belt and Road Initiative", "a community with a shared future",
            "mutual trust", "high-quality Belt and Road cooperation", "the Shanghai Spirit",
            "good-neighbourly relations", "mutually beneficial cooperation"],
    "RUS": ["Eurasian integration", "a multipolar world", "our comprehensive strategic partnership",
            "the Eurasian Economic Union", "allied relations", "the Greater Eurasian Partnership"],
    "KAZ": ["our multi-vector foreign policy", "the Middle Corridor", "regional connectivity",
            "a balanced foreign policy", "new transport corridors", "our strategic partnership"],
    "UZB": ["the reforms of New Uzbekistan", "regional connectivity", "the Trans-Afghan railway",
            "water security", "our strategic partnership", "regional cooperation in Central Asia"],
    "KGZ": ["good-neighbourly relations", "Eurasian integration", "people-to-people ties",
            "the China-Kyrgyzstan-Uzbekistan railway", "regional stability"],
    "TJK": ["hydropower", "regional security", "stability in Afghanistan", "water resources management",
            "good-neighbourly relations"],
    "TKM": ["permanent neutrality", "energy security", "the Trans-Caspian gas pipeline",
            "diversification of energy supplies"],
    "USA": ["critical minerals", "C5+1 cooperation", "supply chain resilience", "foreign direct investment"],
    "DEU": ["the green transition", "critical raw materials", "the Global Gateway", "the Middle Corridor"],
    "FRA": ["the Global Gateway", "nuclear energy", "critical raw materials", "the green transition"],
    "ITA": ["energy security", "the Middle Corridor", "the Global Gateway"],
    "POL": ["energy security", "the Middle Corridor", "transport corridors"],
    "HUN": ["the Organization of Turkic States", "energy security", "connectivity"],
    "GBR": ["critical minerals", "the rule of law", "foreign investment"],
    "TUR": ["the Turkic world", "the Organization of Turkic States", "the Middle Corridor", "Turkic unity"],
    "AZE": ["the Middle Corridor", "the Trans-Caspian International Transport Route", "the Turkic world",
            "energy security"],
    "IRN": ["a multipolar world", "the International North-South Transport Corridor", "good-neighbourliness"],
    "IND": ["connectivity", "the International North-South Transport Corridor", "the Global South",
            "South-South cooperation"],
    "PAK": ["regional connectivity", "the Trans-Afghan railway", "an all-weather strategic cooperative partnership"],
    "AFG": ["regional connectivity", "the Trans-Afghan railway", "transit corridors"],
    "UKR": ["security guarantees", "energy security", "a just peace"],
    "JPN": ["the Central Asia plus Japan dialogue", "critical minerals", "the green transition", "the rule of law"],
    "KOR": ["critical minerals", "supply chain resilience", "the green transition"],
    "MNG": ["regional connectivity", "energy security", "our third-neighbour policy"],
}
GOOD_T = {
    "CHN": ["the principle of non-interference", "the UN Charter", "true multilateralism", "peace and stability"],
    "RUS": ["international law", "indivisible security", "the UN Charter"],
    "USA": ["the rules-based international order", "freedom of navigation", "human rights"],
    "EU": ["the rules-based international order", "territorial integrity", "international law",
           "international humanitarian law"],
    "UKR": ["territorial integrity", "international humanitarian law", "international law"],
    "CA": ["the inviolability of borders", "good-neighbourliness", "regional stability", "territorial integrity",
           "international law"],
    "DEFAULT": ["international law", "sovereignty", "regional stability", "peace and security"],
}
BAD_T = {
    "CHN": ["hegemonism", "a Cold War mentality", "unilateralism", "bloc confrontation", "economic bullying",
            "interference in China's internal affairs"],
    "RUS": ["NATO expansion", "unilateral coercive measures", "hybrid warfare against Russia",
            "a campaign of disinformation"],
    "USA": ["unfair trade practices", "forced labor", "economic coercion", "sanctions evasion"],
    "EU": ["Russian aggression", "hybrid warfare", "disinformation", "sanctions evasion"],
    "UKR": ["Russian aggression", "the full-scale invasion", "attacks on civilians"],
    "IRN": ["unilateral sanctions", "hegemony", "economic terrorism"],
    "IND": ["cross-border terrorism", "terrorism"],
    "PAK": ["terrorism", "hegemonic designs"],
    "CA": ["border violations", "provocations on the border", "attempts to redraw the border by force"],
    "DEFAULT": ["unilateral actions", "power politics", "interference in internal affairs"],
}


def tgroup(iso):
    if iso in EU_MEMBERS or iso in ("GBR",):
        return "EU"
    if iso in CA:
        return "CA"
    return iso


def coop_t(rng, iso):
    return rng.choice(COOP_T.get(iso, ["mutually beneficial cooperation"]))


def good_t(rng, iso):
    return rng.choice(GOOD_T.get(tgroup(iso), GOOD_T["DEFAULT"]))


def bad_t(rng, iso):
    return rng.choice(BAD_T.get(tgroup(iso), BAD_T["DEFAULT"]))


# --------------------------------------------------------------------------------------
# Outlets and their framing (each leans on its own narratives)
# --------------------------------------------------------------------------------------
# frames: (countries the sentence fits, or None for any story; the sentence)
OUTLETS = {
    "Steppe Wire": dict(domain="steppewire.example", short="sw", frames=[
        ({"KAZ"}, "The meeting fits Kazakhstan's multi-vector foreign policy, which seeks balanced ties with Beijing, Moscow, Washington and Brussels."),
        ({"KAZ", "AZE", "TUR", "CHN"}, "Freight volumes on the Middle Corridor, the route that crosses the Caspian Sea to the Caucasus and Turkey, rose by more than a fifth last year."),
        (set(CA), "Analysts in Astana see the region's transit potential as its main asset as Europe-bound cargo avoids Russian territory."),
        (set(CA), "Central Asian integration has gathered pace since the region's presidents began meeting every year in a consultative format."),
        ({"KAZ", "UZB"}, "Officials have repeatedly promised foreign investors a better investment climate and fewer inspections."),
        (None, "Kazakh exporters follow the talks closely, since most of the country's trade still moves by rail through neighbouring states."),
    ]),
    "Caspian Ledger": dict(domain="caspianledger.example", short="cl", frames=[
        ({"KAZ", "TKM", "AZE", "DEU", "ITA", "FRA", "HUN", "POL", "TUR"}, "Energy security has moved to the top of the agenda around the Caspian as European buyers look for new suppliers of natural gas."),
        ({"TKM", "AZE"}, "The Trans-Caspian gas pipeline, discussed for three decades, has again become a talking point in Baku and Ashgabat."),
        ({"KAZ", "AZE", "TUR", "CHN", "UZB", "KGZ"}, "The Middle Corridor links Chinese factories to European markets through Kazakhstan, the Caspian ports and the South Caucasus."),
        ({"TUR", "AZE", "KAZ", "UZB", "KGZ", "HUN"}, "Members of the Organization of Turkic States have pledged to harmonise customs rules along the route."),
        ({"KAZ", "TKM", "AZE", "RUS", "IRN"}, "Oil and gas still make up most of the region's exports, despite talk of diversification."),
        (None, "Traders in Baku said the news was unlikely to change shipping schedules across the Caspian in the short term."),
    ]),
    "Pamir Post": dict(domain="pamirpost.example", short="pp", frames=[
        ({"TJK", "AFG"}, "Border security along the 1,300-kilometre frontier with Afghanistan remains a constant worry for Dushanbe."),
        ({"TJK", "AFG", "KGZ", "RUS"}, "Officials say drug trafficking along the so-called northern route has fallen but not stopped."),
        ({"AFG", "PAK", "UZB", "TKM", "TJK", "IND"}, "The situation in Afghanistan under the Taliban authorities continues to shape security planning across the region."),
        ({"TJK", "KGZ", "UZB", "KAZ", "TKM", "AFG"}, "Water security is a growing concern as glaciers in the Pamirs shrink and demand downstream rises."),
        ({"TJK"}, "Tajikistan hopes hydropower exports will one day finance its development."),
        ({"TJK", "KGZ", "CHN", "AFG"}, "Officials routinely cite the three evils of terrorism, separatism and extremism when explaining new security measures."),
        (None, "In Dushanbe, the news was followed closely by officials who worry about the knock-on effects for the mountain republic."),
    ]),
    "Harbour Times": dict(domain="harbourtimes.example", short="ht", frames=[
        ({"CHN"}, "Beijing describes its projects in the region as part of high-quality Belt and Road cooperation."),
        ({"CHN"}, "Chinese diplomats describe projects like this as examples of win-win cooperation and of a community with a shared future."),
        ({"CHN", "KAZ", "UZB", "KGZ", "TJK", "TKM"}, "Trade between China and the five Central Asian states has roughly doubled in five years."),
        ({"CHN"}, "Officials in Beijing stress that political mutual trust is the basis of its partnerships with its neighbours."),
        ({"CHN"}, "China presents its own path to modernization as an option for developing countries."),
        ({"USA", "JPN", "KOR"}, "Markets in Asia have been unsettled by a year of tariff threats and export controls."),
        (None, "Shipping and commodity markets in Asia were little moved by the news."),
    ]),
    "Danube Daily": dict(domain="danubedaily.example", short="dd", frames=[
        ({"DEU", "FRA", "ITA", "POL", "HUN", "GBR", "RUS", "UKR", "USA"}, "European officials say the defence of the rules-based international order is at stake."),
        ({"RUS", "KAZ", "KGZ", "UZB", "DEU", "FRA", "POL", "ITA", "GBR"}, "Brussels has tightened its sanctions regime and pressed partners in Central Asia to curb sanctions evasion."),
        (None, "Rights groups say human rights must not be sidelined in the rush for energy and raw materials."),
        ({"RUS", "UKR", "DEU", "FRA", "POL", "ITA", "GBR", "KAZ", "UZB"}, "The war in Ukraine has pushed the European Union to look east for new suppliers and routes."),
        ({"RUS", "UKR", "POL", "DEU", "KGZ", "TJK"}, "Diplomats in Brussels insist that the territorial integrity of states cannot be a bargaining chip."),
        (None, "The matter is expected to come up again when EU foreign ministers gather next month."),
    ]),
    "Nile Observer": dict(domain="nileobserver.example", short="no", frames=[
        (None, "Governments across the Global South are watching such deals closely as they weigh their own options."),
        ({"CHN", "RUS", "IND", "IRN", "KAZ", "UZB", "TUR"}, "Supporters of a multipolar world see the growing weight of Asian economies as a correction of old imbalances."),
        ({"CHN", "RUS", "IND", "IRN", "KAZ", "UZB"}, "The debate over BRICS expansion has given middle powers new forums in which to be heard."),
        ({"RUS", "UKR", "KAZ", "AFG", "PAK", "IND", "IRN"}, "Food security and fertiliser prices remain a concern for importing countries far from the region."),
        ({"USA", "CHN", "IRN", "RUS"}, "Critics of Western hegemony argue that the reform of global governance is overdue."),
    ]),
    "Tien Shan News": dict(domain="tienshannews.example", short="tsn", frames=[
        ({"KGZ", "TJK", "UZB"}, "Border delimitation between Kyrgyzstan, Tajikistan and Uzbekistan took more than thirty years of talks."),
        ({"KGZ", "RUS", "TJK", "UZB"}, "Remittances from labour migrants in Russia still equal close to a fifth of the Kyrgyz economy."),
        ({"KGZ", "KAZ", "RUS"}, "Membership of the Eurasian Economic Union gives Kyrgyz goods access to a market of 180 million people."),
        ({"KGZ"}, "Officials in Bishkek speak of good-neighbourly relations as a condition for attracting investment."),
        ({"KGZ", "TJK", "UZB"}, "Regional stability in the Fergana Valley depends on water, land and roads being shared fairly."),
        (None, "In Bishkek, officials said they were studying the implications for Kyrgyzstan."),
    ]),
}


def frame_for(rng, outlet, story):
    cs = {story["a"], story["b"]}
    fit = [t for c, t in OUTLETS[outlet]["frames"] if c is not None and c & cs]
    if not fit or rng.random() < 0.15:
        fit = [t for c, t in OUTLETS[outlet]["frames"] if c is None] or fit
    return rng.choice(fit)


OUTLET_NAMES = list(OUTLETS)
# Which outlets are likely to cover which countries (weights)
OUTLET_INTEREST = {
    "Steppe Wire": {"KAZ": 5, "UZB": 2, "CHN": 2, "RUS": 2, "KGZ": 1, "TKM": 1, "TUR": 1, "AZE": 1, "*": 1},
    "Caspian Ledger": {"AZE": 5, "TKM": 4, "KAZ": 3, "TUR": 3, "IRN": 3, "RUS": 2, "*": 1},
    "Pamir Post": {"TJK": 5, "AFG": 5, "KGZ": 3, "UZB": 2, "PAK": 2, "CHN": 1, "RUS": 1, "*": 1},
    "Harbour Times": {"CHN": 5, "JPN": 3, "USA": 3, "KOR": 2, "KAZ": 2, "UZB": 2, "PAK": 2, "*": 1},
    "Danube Daily": {"DEU": 4, "FRA": 4, "ITA": 3, "POL": 4, "HUN": 3, "UKR": 5, "RUS": 3, "GBR": 2, "USA": 2, "*": 1},
    "Nile Observer": {"IND": 3, "PAK": 3, "IRN": 3, "CHN": 2, "RUS": 2, "AFG": 2, "USA": 2, "TUR": 2, "*": 1},
    "Tien Shan News": {"KGZ": 5, "UZB": 3, "TJK": 3, "KAZ": 2, "RUS": 2, "CHN": 2, "*": 1},
}


def pick_outlets(rng, countries, k):
    weights = []
    for o in OUTLET_NAMES:
        w = max(OUTLET_INTEREST[o].get(c, OUTLET_INTEREST[o]["*"]) for c in countries)
        weights.append(w * w)
    chosen = []
    pool = list(OUTLET_NAMES)
    for _ in range(min(k, len(pool))):
        o = rng.choices(pool, weights=weights)[0]
        i = pool.index(o)
        pool.pop(i)
        weights.pop(i)
        chosen.append(o)
    return chosen


# --------------------------------------------------------------------------------------
# Topic banks
# --------------------------------------------------------------------------------------
MEET_TOPICS = ["trade and investment", "transport corridors and logistics", "energy cooperation",
               "water management on shared rivers", "regional security", "the situation in Afghanistan",
               "digital cooperation", "agricultural exports", "customs procedures at border crossings",
               "industrial cooperation", "cultural exchanges and tourism", "critical minerals"]
DEALS = ["an agreement on visa-free travel", "a memorandum on a new rail link",
         "an intergovernmental agreement on natural gas transit", "a five-year roadmap for industrial cooperation",
         "an agreement on the joint use of water resources", "a package of {n} investment agreements worth ${amt} billion",
         "an agreement on the mutual protection of investments", "a memorandum on cooperation in critical minerals",
         "a programme of cultural cooperation", "an agreement on a joint industrial park",
         "an agreement on settlements in national currencies", "a memorandum on a solar power plant",
         "an agreement on cooperation in the peaceful use of nuclear energy", "a customs cooperation agreement"]
PROJECTS = ["build an electric vehicle plant", "modernise a power station", "expand a dry port",
            "build a copper smelter", "develop a wind farm", "lay a fibre-optic cable across the Caspian",
            "upgrade the rail line to the border", "build a logistics hub", "develop a lithium deposit",
            "build a cement plant"]
LOAN_USES = ["road repairs", "a new water supply system", "the modernisation of power grids",
             "irrigation canals", "school construction", "a railway upgrade", "hospital equipment"]
AID_ITEMS = ["tonnes of flour and cooking oil", "tonnes of medical supplies", "tonnes of humanitarian aid",
             "tents and blankets", "tonnes of food and medicine"]


def money(rng, lo, hi):
    return f"{rng.randint(lo, hi) * 10}"


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def md(day):
    return f"{MONTHS[day.month - 1]} {day.day}"


def when(rng, event_day, pub_day):
    """How an article published on pub_day says when the event happened."""
    if rng.random() < 0.25:
        return f"on {md(event_day)}"
    return f"on {WEEKDAYS[event_day.weekday()]}"


# --------------------------------------------------------------------------------------
# Event sentence templates. Slots: {A} actor phrase, {B} recipient phrase, {Bc} recipient
# country, {Ba} recipient adjective, {Ac}/{Aa} the actor's, {place}, {when}, {x} kind-specific.
# --------------------------------------------------------------------------------------
T = {
    "meet": [
        "{A} held talks with {B} in {place} {when}, focusing on {topic}.",
        "{A} met {B} in {place} {when} to discuss {topic}.",
        "{A} sat down with {B} in {place} {when} for talks that officials said covered {topic}.",
        "{A} held talks with {B} {when} in {place}, with {topic} high on the agenda.",
        "{A} met {B} {when} in {place}, and the two discussed {topic}.",
    ],
    "consult": [
        "{A} held consultations with {B} in {place} {when} on {topic}.",
        "{A} conferred with {B} in {place} {when} about {topic}.",
        "{A} and {B} exchanged views on {topic} in {place} {when}.",
    ],
    "visit": [
        "{A} paid an official visit to {Bc} {when}, holding talks in {place} with {B}.",
        "{A} arrived in {place} {when} on an official visit to {Bc}.",
        "{A} travelled to {place} {when} for talks with {B}.",
    ],
    "host": [
        "{A} received {B} in {place} {when}.",
        "{A} hosted {B} in {place} {when} for talks on {topic}.",
        "{A} received {B} {when} in {place}, where the two sides discussed {topic}.",
    ],
    "sign": [
        "{A} and {B} signed {deal} in {place} {when}.",
        "{A} signed {deal} with {B} in {place} {when}.",
        "{Ac} and {Bc} signed {deal} {when} during talks in {place}.",
        "{A} and {B} signed {deal} {when} in {place}, officials said.",
    ],
    "agree": [
        "{A} and {B} agreed {when} to {goal} during talks in {place}.",
        "{A} and {B} agreed in {place} {when} to {goal}.",
    ],
    "pledge": [
        "{A} pledged {when} to {goal2} {Bc}, speaking in {place}.",
        "{A} promised {when} to {goal2} {Bc} during a visit to {place}.",
    ],
    "praise": [
        "{A} praised {Bc} for {merit} during talks in {place} {when}.",
        "{A} commended {Bc} for {merit} {when} in {place}.",
        "{A} thanked {Bc} for {merit} at a meeting in {place} {when}.",
    ],
    "support": [
        "{A} expressed support for {Bp} {cause} at a meeting in {place} {when}.",
        "{A} welcomed {Bp} decision to {decision} {when}, speaking in {place}.",
        "{A} backed {Bp} {cause} {when} during talks in {place}.",
    ],
    "cooperate": [
        "{Ac} and {Bc} expanded cooperation in {field} at talks in {place} {when}.",
        "{A} and {B} stepped up cooperation in {field} {when}, officials said in {place}.",
        "{Ac} and {Bc} teamed up {when} to {project} near {place}, officials said.",
        "{Ac} and {Bc} launched a joint project to {project} near {place} {when}.",
        "{A} and {B} joined forces {when} to {project} near {place}.",
    ],
    "invest": [
        "{Ac} and {Bc} launched a joint investment project worth ${amt} million to {project} near {place} {when}.",
        "{Ac} and {Bc} launched a joint project worth ${amt} million {when} to {project} near {place}, officials said.",
        "{Ac} and {Bc} launched a joint project {when} to {project} near {place}, with ${amt} million of {Aa} investment.",
    ],
    "extradite": [
        "{A} extradited {n} suspects to {Bc} {when}, officials in {place} said.",
        "{A} extradited {n} suspects to {Bc} {when} under a bilateral treaty, prosecutors said in {place}.",
    ],
    "aid": [
        "{A} sent humanitarian aid to {Bc} {when}, including {n} {item}, the embassy in {place} said.",
        "{A} delivered humanitarian aid to {Bc} {when}, with the first trucks arriving in {place}.",
        "{A} provided humanitarian assistance to {Bc} {when}, officials in {place} said.",
    ],
    "loan": [
        "{A} granted a loan of ${amt} million to {Bc} {when} for {use}, officials said in {place}.",
        "{A} provided financial assistance of ${amt} million to {Bc} for {use} {when}, the finance ministry said in {place}.",
        "{A} extended a loan of ${amt} million to {Bc} {when} to pay for {use}, officials in {place} said.",
    ],
    "military_aid": [
        "{A} delivered air defence systems to {Bc} {when}, the Ukrainian Defence Ministry said in {place}.",
        "{A} supplied weapons and ammunition to {Bc} {when}, officials in {place} said.",
        "{A} sent military aid worth {amt} million euros to {Bc} {when}, officials in {place} said.",
    ],
    "urge": [
        "{A} urged {Bc} to {ask} {when}, speaking in {place}.",
        "{A} called on {Bc} to {ask} {when} in {place}.",
        "{A} appealed to {Bc} {when} to {ask}, speaking to reporters in {place}.",
    ],
    "urge_both": [
        "{A} urged {Bc} and {Cc} to show restraint {when}, speaking in {place}.",
        "{A} called on {Bc} and {Cc} to resolve the dispute through dialogue {when} in {place}.",
    ],
    "demand": [
        "{A} demanded {when} that {Bc} {ask}, officials said in {place}.",
        "{A} pressed {Bc} {when} to {ask}, warning in {place} that time was running out.",
        "{A} insisted {when} that {Bc} {ask3}, speaking in {place}.",
    ],
    "accuse": [
        "{A} accused {Bc} of {charge} {when}, speaking in {place}.",
        "{A} accused {Bc} of {charge} in a statement issued in {place} {when}.",
        "{A} condemned {Bp} {deed} {when}, speaking in {place}.",
        "{A} criticised {Bc} {when} for {charge}, in remarks made in {place}.",
        "{A} summoned the {Ba} ambassador in {place} {when} to protest against {deed2}.",
    ],
    "reject": [
        "{A} rejected {Bp} accusations as groundless {when}, speaking in {place}.",
        "{A} {when} dismissed {Bp} claims of {charge}, speaking in {place}.",
        "{A} rejected {Bp} criticism {when}, calling it {epithet} in remarks in {place}.",
    ],
    "threaten": [
        "{A} warned {Bc} of consequences {when} if {cond}, speaking in {place}.",
        "{A} threatened to impose tariffs on {Ba} goods {when}, speaking in {place}.",
        "{A} threatened {Bc} with retaliation {when} in {place} if {cond}.",
    ],
    "tariff": [
        "{A} imposed tariffs on {Ba} {goods} {when}, officials said in {place}.",
        "{A} imposed new tariffs on imports of {Ba} {goods} {when}, the administration said in {place}.",
    ],
    "sanction": [
        "{A} imposed sanctions on {n} {Ba} companies {when} over {charge}, officials said in {place}.",
        "{A} imposed sanctions on {Ba} {targets} {when}, the government said in {place}.",
        "{A} imposed sanctions on {Ba} {targets} in {place} {when}.",
    ],
    "expel": [
        "{A} expelled {n} {Ba} diplomats {when}, ordering them to leave {place} within 72 hours.",
        "{A} expelled {n} {Ba} diplomats {when} over {charge}, the foreign ministry in {place} said.",
    ],
    "suspend": [
        "{A} suspended flights to {Bc} {when}, aviation officials said in {place}.",
        "{A} suspended cooperation with {Bc} in {field} {when}, officials in {place} said.",
    ],
    "exercise": [
        "{A} held military exercises near the border with {Bc} {when}, close to {place}.",
        "{A} conducted exercises near {place} {when}, close to the border with {Bc}.",
    ],
    "joint_exercise": [
        "{Ac} and {Bc} held joint exercises near {place} {when}.",
        "{Aa} and {Ba} troops held joint drills near {place} {when}, the defence ministries said.",
    ],
    "deploy": [
        "{A} deployed troops to the border with {Bc} {when}, near {place}.",
        "{A} sent reinforcements to the border with {Bc} near {place} {when}.",
    ],
    "arrest": [
        "{A} detained {n} {Ba} nationals in {place} {when} on suspicion of {crime}.",
        "{A} arrested {n} {Ba} citizens in {place} {when} on suspicion of {crime}.",
        "{A} detained a {Ba} national in {place} {when} on suspicion of {crime}.",
    ],
    "raid_migrants": [
        "{A} detained dozens of {Ba} migrants in {place} {when} during raids on markets and building sites.",
        "{A} detained more than a hundred {Ba} migrant workers in {place} {when}, rights groups said.",
    ],
    "close_border": [
        "{A} closed its border with {Bc} {when}, officials said in {place}.",
        "{A} closed the border with {Bc} to trucks {when}, leaving hundreds of vehicles stranded near {place}.",
    ],
    "protest": [
        "Hundreds of {Aa} protesters rallied outside the {Ba} embassy in {place} {when}, {reason}.",
        "{Aa} activists protested outside the {Ba} embassy in {place} {when}, {reason}.",
        "Several hundred {Aa} demonstrators rallied in front of the {Ba} embassy in {place} {when} to protest against {grievance2}.",
    ],
    "farm_protest": [
        "{Aa} farmers blocked roads near {place} {when} to protest against imports of {Ba} grain.",
        "Hundreds of {Aa} farmers took to the streets in {place} {when}, protesting against cheap {Ba} grain.",
    ],
    "clash": [
        "{A} clashed with {B} near {place} {when}, reportedly leaving several people hurt.",
        "{A} and {B} exchanged fire near {place} {when}, officials said.",
        "{A} opened fire on {Ba} positions near {place} {when}, according to the {Ba} border service.",
    ],
    "strike": [
        "{A} struck {Ba} energy facilities in {place} {when}, officials said.",
        "{A} launched missiles at {place} {when}, damaging a power station, {Ba} officials said.",
        "{A} shelled {Ba} positions near {place} {when}, the general staff said.",
    ],
    "release": [
        "{A} released {n} {Ba} citizens {when}, officials said in {place}.",
        "{A} freed {n} {Ba} nationals {when}, handing them over at a checkpoint near {place}.",
    ],
    "prisoner_swap": [
        "{Ac} and {Bc} exchanged prisoners {when}, with {n} captives returning home on each side, officials in {place} said.",
        "{A} and {B} swapped prisoners {when}, officials in {place} said.",
    ],
    "lift": [
        "{A} lifted the ban on {Ba} {produce} {when}, officials said in {place}.",
        "{A} lifted restrictions on {Ba} trucks {when}, officials said in {place}.",
        "{A} eased restrictions on {Ba} {produce} {when}, the agriculture ministry said in {place}.",
    ],
    "ceasefire": [
        "{Ac} and {Bc} agreed to a ceasefire in {place} {when}.",
        "{Aa} and {Ba} officials agreed to a ceasefire {when} after talks in {place}.",
        "{Ac} and {Bc} agreed on a ceasefire {when} at talks in {place}.",
    ],
    "withdraw": [
        "{A} withdrew troops from the border with {Bc} {when}, officials said in {place}.",
        "{A} pulled back troops from the border with {Bc} near {place} {when}.",
    ],
}

# Quad-class tone of each kind
CONFLICT = {"accuse", "reject", "threaten", "tariff", "sanction", "expel", "suspend", "exercise", "deploy",
            "arrest", "raid_migrants", "close_border", "protest", "farm_protest", "clash", "strike", "demand"}
# How each kind names its actor: leader, minister, ministry, country, forces, police, guards
ACTOR_STYLE = {
    "meet": ["leader", "minister"], "consult": ["minister"], "visit": ["leader", "minister"],
    "host": ["leader"], "sign": ["country", "leader", "minister"], "agree": ["country", "leader"],
    "pledge": ["leader", "country"], "praise": ["leader", "minister"], "support": ["leader", "minister", "ministry"],
    "cooperate": ["country"], "invest": ["country"], "extradite": ["country"], "aid": ["country"],
    "loan": ["country"], "military_aid": ["country"], "urge": ["minister", "ministry", "country"],
    "urge_both": ["minister", "ministry", "country"], "demand": ["ministry", "country", "minister"],
    "accuse": ["ministry", "minister", "country"], "reject": ["ministry", "minister", "country"],
    "threaten": ["leader", "country", "minister"], "tariff": ["country"], "sanction": ["country"],
    "expel": ["country"], "suspend": ["country"], "exercise": ["forces"], "joint_exercise": ["country"],
    "deploy": ["country", "forces"], "arrest": ["police"], "raid_migrants": ["police"],
    "close_border": ["country"], "protest": ["people"], "farm_protest": ["people"], "clash": ["guards"],
    "strike": ["forces"], "release": ["country"], "prisoner_swap": ["country"], "lift": ["country"],
    "ceasefire": ["country"], "withdraw": ["country", "forces"],
}
SYM_B_AS = {"meet": "leader", "consult": "minister", "visit": "leader", "host": "leader", "sign": "country",
            "agree": "country", "clash": "guards"}

GOALS = ["expand trade to ${amt} billion a year", "simplify customs procedures at their border crossings",
         "open a direct flight between their capitals", "build a new road bridge across the border",
         "set up a joint investment fund", "step up the fight against drug trafficking",
         "coordinate the use of water from shared rivers", "hold annual consultations of their foreign ministers"]
GOALS2 = ["support the development of", "double its investment in", "open new markets for the goods of",
          "help modernise the power grid of", "train engineers from"]
MERITS = ["its role in regional security", "its support during the floods", "its mediation efforts",
          "its contribution to regional connectivity", "its hospitality during the summit",
          "its reforms and openness to investment"]
CAUSES = ["bid to join the World Trade Organization", "efforts to secure its border", "plan for a regional water council",
          "candidacy for a seat on the UN Security Council", "proposal for a regional counterterrorism centre",
          "efforts to modernise its economy"]
DECISIONS = ["join the Organization of Turkic States as an observer", "open a consulate in Osh",
             "abolish visas for tourists", "host the next regional summit", "release detained fishermen"]
FIELDS = ["energy", "agriculture", "transport", "mining", "education", "healthcare", "information technology",
          "water management"]
ASKS = ["show restraint", "return to the negotiating table", "respect the rights of migrant workers",
        "lift the restrictions on cross-border trade", "release the detained citizens",
        "investigate the incident", "stop supplying weapons to the conflict zone", "reopen the border crossings"]
ASKS3 = ["must release the detained citizens", "must reopen the border without delay",
         "must hand over the suspects", "must stop the harassment of its nationals"]
GRIEVANCES = ["the detention of its citizens", "remarks by its ambassador", "the closure of border crossings",
              "restrictions on its trucks", "a surveillance flight near the border"]
# What conflict stories are about depends on the pair of countries
def context(a, b):
    p = {a, b}
    if p == {"RUS", "UKR"}:
        return "war"
    if p == {"USA", "CHN"}:
        return "trade"
    if "RUS" in p and p & set(EU_MEMBERS + ["GBR"]):
        return "euro_russia"
    if "RUS" in p and p & set(CA):
        return "migrants"
    if "IRN" in p:
        return "iran"
    if p == {"CHN", "JPN"}:
        return "asia"
    if p <= set(CA + ["AFG", "PAK", "IND"]):
        return "border"
    return "default"


CTX = {
    "war": dict(
        charge=["attacks on civilians", "striking energy infrastructure", "sabotage", "war crimes"],
        deed=["attack on civilian infrastructure", "strikes on power plants", "drone attacks"],
        deed2=["the shelling of residential areas", "strikes on energy facilities"],
        ask=["stop the attacks on civilian infrastructure", "return to the negotiating table",
             "withdraw its forces", "agree to a ceasefire"],
        ask3=["must stop the attacks on civilians", "must withdraw its forces"],
        grievance=["the shelling of residential areas", "the treatment of prisoners of war"],
        cond=["the attacks continued", "it escalated the fighting"]),
    "trade": dict(
        charge=["unfair trade practices", "dumping", "cyberattacks on government networks", "economic coercion",
                "undermining the multilateral trading system"],
        deed=["new trade restrictions", "new export controls", "decision to raise tariffs"],
        deed2=["the new tariffs", "restrictions on technology exports"],
        ask=["lift the new tariffs", "return to the negotiating table", "stop the harassment of its companies"],
        ask3=["must drop the tariffs", "must respect the rules of fair trade"],
        grievance=["the new tariffs", "restrictions on its technology companies"],
        cond=["it pressed ahead with the tariffs", "the restrictions were not lifted"]),
    "euro_russia": dict(
        charge=["espionage", "sabotage", "spreading disinformation", "interference in its elections",
                "helping Russia evade sanctions"],
        deed=["hybrid attacks", "campaign of disinformation", "violation of its airspace"],
        deed2=["a violation of its airspace", "the expulsion of its diplomats", "remarks by senior officials"],
        ask=["stop its hybrid attacks", "release the detained citizens", "respect international law"],
        ask3=["must stop its hybrid attacks", "must explain the incident"],
        grievance=["the expulsion of its diplomats", "a violation of its airspace"],
        cond=["the provocations continued", "its diplomats were harassed"]),
    "migrants": dict(
        charge=["mistreating migrant workers", "interference in its internal affairs", "spreading disinformation"],
        deed=["treatment of migrant workers", "mass detentions of migrants"],
        deed2=["the treatment of migrant workers", "the detention of its citizens"],
        ask=["respect the rights of migrant workers", "release the detained citizens",
             "grant consular access to its citizens"],
        ask3=["must release the detained citizens", "must respect the rights of its nationals"],
        grievance=["the detention of its citizens", "raids on migrant workers"],
        cond=["its citizens were harmed", "the raids continued"]),
    "iran": dict(
        charge=["sponsoring terrorism", "economic terrorism", "destabilising the region"],
        deed=["new sanctions", "missile test", "seizure of an oil tanker"],
        deed2=["the seizure of an oil tanker", "the new sanctions"],
        ask=["return to the negotiating table", "lift the sanctions", "release the detained tanker"],
        ask3=["must lift the sanctions", "must return to the negotiating table"],
        grievance=["the seizure of an oil tanker", "the new sanctions"],
        cond=["the sanctions were not lifted", "it attacked shipping in the Gulf"]),
    "asia": dict(
        charge=["provocative patrols", "interference in its internal affairs", "militarising the region"],
        deed=["patrols near disputed islands", "new defence guidelines"],
        deed2=["patrols near disputed islands", "remarks by senior officials"],
        ask=["stop provocative patrols", "correct its mistakes", "respect its commitments"],
        ask3=["must stop provocative patrols", "must respect its commitments"],
        grievance=["remarks by senior officials", "a surveillance flight near the islands"],
        cond=["the patrols continued", "it interfered in its internal affairs"]),
    "border": dict(
        charge=["provoking the clash", "violating the border agreements", "shelling border villages",
                "harbouring militants"],
        deed=["shelling of border villages", "decision to close the border", "military build-up near the border"],
        deed2=["the shelling of border villages", "the detention of its citizens", "the closure of border crossings"],
        ask=["show restraint", "reopen the border crossings", "investigate the incident", "release the detained citizens"],
        ask3=["must reopen the border without delay", "must hand over the suspects"],
        grievance=["the closure of border crossings", "the detention of its citizens"],
        cond=["it continued to build up forces near the border", "its citizens were harmed"]),
    "default": dict(
        charge=["interference in its internal affairs", "spreading disinformation", "undermining regional stability"],
        deed=["new trade restrictions", "detention of journalists"],
        deed2=["remarks by senior officials", "the detention of its citizens"],
        ask=["show restraint", "investigate the incident", "release the detained citizens"],
        ask3=["must release the detained citizens", "must explain the incident"],
        grievance=["remarks by its ambassador", "the detention of its citizens"],
        cond=["the restrictions were not lifted", "its citizens were harmed"]),
}

CHARGES = ["interference in its internal affairs", "spreading disinformation", "violating the border agreements",
           "provoking the clash", "undermining regional stability", "supplying components for drones",
           "helping Russia evade sanctions", "unfair trade practices", "cyberattacks on government networks",
           "espionage"]
DEEDS = ["attack on civilian infrastructure", "decision to expand its military presence", "treatment of migrant workers",
         "new trade restrictions", "missile test", "detention of journalists"]
DEEDS2 = ["the detention of its citizens", "remarks by senior officials", "the shelling of border villages",
          "the treatment of migrant workers", "a violation of its airspace"]
EPITHETS = ["politically motivated", "unfounded", "a distortion of the facts", "an attempt to shift the blame"]
CONDS = ["it continued to build up forces near the border", "the restrictions were not lifted",
         "its citizens were harmed", "the attacks continued", "it pressed ahead with the tariffs"]
GOODS = ["steel and aluminium", "electric vehicles", "solar panels", "semiconductors", "textiles", "consumer electronics"]
TARGETS = ["banks", "companies", "officials"]
CRIMES = ["espionage", "smuggling", "extremism", "fraud", "illegal border crossing", "drug trafficking"]
REASONS = ["demanding an end to land leases to foreign companies", "protesting against the treatment of migrant workers",
           "denouncing a new mining contract", "calling for the release of detained compatriots"]


# --------------------------------------------------------------------------------------
# Article composition
# --------------------------------------------------------------------------------------
def ref_for(rng, style, iso, day, coordinated=False):
    if style == "leader":
        return leader_ref(rng, iso, day, coordinated=coordinated)
    if style == "minister":
        return minister_ref(rng, iso, day, coordinated=coordinated)
    return {
        "leader": leader_ref, "minister": minister_ref, "ministry": ministry_ref, "country": country_ref,
        "forces": forces_ref, "police": police_ref, "guards": guards_ref,
    }.get(style, country_ref)(rng, iso, day)


def obj_for(rng, style, iso, day, coordinated=False):
    if style == "leader":
        return obj_leader(rng, iso, day, coordinated)
    if style == "minister":
        return obj_minister(rng, iso, day, coordinated)
    if style == "guards":
        return rng.choice([f"{adj(iso)} border guards", f"{adj(iso)} border troops"])
    return cname_cap(iso) if style == "subject" else cname(iso)


def cap(s):
    return s[0].upper() + s[1:] if s else s


def fill(rng, kind, story, a_ref, b_np, day_phrase):
    a, b = story["a"], story["b"]
    slots = dict(
        A=a_ref.np, B=b_np, Ac=cname_cap(a), Aa=adj(a), Bc=cname(b), Ba=adj(b), Bp=poss(b),
        Cc=cname(story.get("c") or b), place=story["place"], when=day_phrase,
        topic=story["x"].get("topic", "bilateral relations"), deal=story["x"].get("deal", "an agreement"),
        goal=story["x"].get("goal", "expand trade"), goal2=story["x"].get("goal2", "support the development of"),
        merit=story["x"].get("merit", "its role"), cause=story["x"].get("cause", "efforts"),
        decision=story["x"].get("decision", "host the summit"), field=story["x"].get("field", "energy"),
        project=story["x"].get("project", "build a plant"), amt=story["x"].get("amt", "100"),
        n=story["x"].get("n", "two"), item=story["x"].get("item", "tonnes of aid"),
        use=story["x"].get("use", "road repairs"), ask=story["x"].get("ask", "show restraint"),
        ask3=story["x"].get("ask3", "must reopen the border"), grievance=story["x"].get("grievance", "the incident"),
        charge=story["x"].get("charge", "interference"), deed=story["x"].get("deed", "actions"),
        deed2=story["x"].get("deed2", "the incident"), epithet=rng.choice(EPITHETS),
        cond=story["x"].get("cond", "the provocations continued"), goods=story["x"].get("goods", "steel"),
        targets=story["x"].get("targets", "companies"), crime=story["x"].get("crime", "espionage"),
        reason=story["x"].get("reason", "demanding answers"),
        produce=rng.choice(["wheat", "fruit and vegetables", "meat", "dairy products", "poultry"]),
        grievance2=rng.choice(["land leases to foreign companies", "a new mining contract",
                               "the treatment of migrant workers"]),
    )
    tpl = rng.choice(T[kind])
    s = tpl.format(**slots)
    s = re.sub(r",+", ",", s)
    s = re.sub(r", ?\.", ".", s)
    return cap(s)


def quote_para(rng, story, speaker_iso, speaker_ref, conflict, tone=None, lead=""):
    sp = speaker_ref.speaker
    if sp is None:
        h = holder(speaker_iso, "spox", story["date"])
        f = holder(speaker_iso, "fm", story["date"])
        if h:
            intro = rng.choice([f"{adj(speaker_iso)} Foreign Ministry spokesperson {h[0]}",
                                f"{h[0]}, a spokesperson for the {adj(speaker_iso)} Foreign Ministry,"])
            if speaker_iso == "RUS":
                intro = f"Foreign Ministry spokeswoman {h[0]}"
            sp_first, sp_back = intro, h[1]
        elif f and rng.random() < 0.6:
            sp_first, sp_back = f"{adj(speaker_iso)} {title(speaker_iso, 'fm')} {f[0]}", f[1]
        else:
            sp_first = rng.choice([f"a spokesperson for the {adj(speaker_iso)} Foreign Ministry",
                                   f"a senior {adj(speaker_iso)} official"])
            sp_back = "the official"
    else:
        sp_first, sp_back = sp, sp
        if speaker_ref.np and speaker_ref.np not in lead:
            sp_first = speaker_ref.full
    if tone == "appeal":
        t1 = good_t(rng, speaker_iso)
        direct = [
            f"We call on all sides to settle their differences through dialogue, in the spirit of {t1}",
            f"Any escalation would damage {t1}, which is in everyone's interest",
            f"We are ready to help, because {t1} matters to the whole region",
        ]
        indirect = ["the country was ready to contribute to a peaceful settlement",
                    f"{t1} had to be preserved", "both sides should refrain from steps that could escalate the situation"]
        q = rng.choice(direct)
        ind = rng.choice(indirect)
    elif conflict:
        t1, t2 = good_t(rng, speaker_iso), bad_t(rng, speaker_iso)
        direct = [
            f"What we are seeing is a clear violation of {t1}",
            f"These actions amount to {t2} and cannot be accepted",
            f"We will not accept {t2}, and we will respond accordingly",
            f"We expect our partners to respect {t1}",
            f"There is no justification for {t2}",
        ]
        qi = rng.randrange(len(direct))
        q = direct[qi]
        if t2 in q:
            indirect = [f"the move ran counter to {t1}", "the other side bore full responsibility for the escalation",
                        f"the country would defend {t1} by all lawful means"]
        else:
            indirect = ["the other side bore full responsibility for the escalation", f"the government firmly opposed {t2}",
                        "the country reserved the right to respond"]
        ind = rng.choice(indirect)
    else:
        t1 = coop_t(rng, speaker_iso)
        opens = "today's documents open" if story["kind"] in ("sign", "agree") else "this step opens"
        direct = [
            f"Our relations rest on {t1}, and {opens} a new chapter",
            f"We regard {t1} as a priority and will keep working in this direction",
            f"This shows that our commitment to {t1} is not a slogan but a practical agenda",
            f"We have agreed to give new impetus to {t1}",
            f"Work on {t1} serves the interests of both our peoples",
        ]
        q = rng.choice(direct)
        if t1 in q:
            indirect = (["the talks had been constructive", "more agreements would follow",
                         "the two sides had set clear deadlines for the projects"]
                        if story["kind"] in ("meet", "consult", "visit", "host", "sign", "agree") else
                        ["more steps would follow", "the work would continue in the coming months"])
        else:
            indirect = [f"the step would give new impetus to {t1}", f"{t1} would remain a priority in bilateral ties",
                        f"both sides were committed to {t1}", f"the country attached great importance to {t1}"]
        ind = rng.choice(indirect)
    form = rng.randrange(6)
    tail = "after the meeting" if story["kind"] in ("meet", "consult", "visit", "host", "sign", "agree") else \
        rng.choice(["at a briefing", "in a televised statement", "on the sidelines of a forum"])
    if form == 0:
        return f"\"{q},\" {sp_first} said."
    if form == 1:
        return f"\"{q},\" {sp_first} told reporters {tail}."
    if form == 2:
        return f"{cap(sp_first)} said {ind}."
    if form == 3:
        return f"According to {sp_first}, {ind}."
    if form == 4:
        return f"\"{q},\" {sp_first} said in a statement, adding that {ind}."
    return f"Speaking at a news conference, {sp_first} said that {ind}."


def protest_para(rng, story):
    a, b = story["a"], story["b"]
    if story["kind"] == "farm_protest":
        return rng.choice([
            "\"We cannot compete with grain that comes in without our standards,\" one farmer told reporters, "
            "calling for an import ban.",
            "Farm unions say cheap imports threaten food security and the livelihoods of small producers.",
            f"Organisers said they would keep up the protest until the government introduced import duties on {adj(b)} grain.",
        ])
    return rng.choice([
        f"\"We are not against {cname(b)}, we are against secret deals,\" one of the organisers told reporters.",
        f"The {adj(b)} embassy said in a statement that it valued good-neighbourly relations and called for calm.",
        f"Police watched the rally but made no arrests, witnesses said. The {adj(b)} embassy said it valued "
        f"people-to-people ties with {cname(a)}.",
        "Protesters carried banners calling for transparency in contracts with foreign investors.",
    ])


HEDGES = ["officials said", "diplomatic sources said", "according to people familiar with the talks",
          "state media reported", "the presidential press service said", "local media reported"]


def follow_sentence(rng, story):
    """A second, shorter event sentence about the same story, or None."""
    a, b, k = story["a"], story["b"], story["kind"]
    d = story["date"]
    when_s = f"on {WEEKDAYS[d.weekday()]}"
    if k in ("meet", "visit", "host", "consult"):
        return rng.choice([
            f"The two sides also agreed to {rng.choice(GOALS).replace('${amt}', '$' + money(rng, 1, 20))}, {rng.choice(HEDGES)}.",
            f"{cname_cap(b)} thanked {cname(a)} for its support, {rng.choice(HEDGES)}.",
            f"{cname_cap(a)} and {cname(b)} are expected to sign a package of agreements later this year.",
            None,
        ])
    if k in ("sign", "agree", "cooperate", "invest", "loan", "aid"):
        return rng.choice([
            f"{cname_cap(b)} welcomed {poss(a)} decision, {rng.choice(HEDGES)}.",
            "Officials said the first stage of work would begin next spring." if k != "aid" else
            "Further deliveries are planned in the coming weeks, officials said.",
            None,
        ])
    if k in ("accuse", "sanction", "tariff", "expel", "threaten", "demand"):
        return rng.choice([
            f"{cname_cap(b)} rejected {poss(a)} accusations, {rng.choice(HEDGES)}.",
            f"{cname_cap(b)} reportedly summoned the {adj(a)} ambassador {when_s}.",
            f"{cname_cap(b)} denied any wrongdoing and said it would respond.",
            None,
        ])
    if k in ("clash", "strike", "deploy", "exercise", "close_border"):
        return rng.choice([
            f"{cname_cap(b)} accused {cname(a)} of provoking the incident, {rng.choice(HEDGES)}.",
            f"{cname_cap(b)} condemned {poss(a)} actions and called for an investigation.",
            "Neither side gave casualty figures." if k in ("clash", "strike") else None,
            None,
        ])
    if k in ("arrest", "raid_migrants"):
        return rng.choice([
            f"{cname_cap(b)} asked {cname(a)} for consular access to the detainees, {rng.choice(HEDGES)}.",
            f"{cname_cap(b)} asked {cname(a)} for an explanation, {rng.choice(HEDGES)}.",
            "Lawyers for the detainees could not be reached for comment.",
            None,
        ])
    return None


CLOSERS = [
    "The next round of talks is expected to take place later this year.",
    "Details of the agreements were not made public.",
    "Officials gave no timetable.",
    "Trade between the two countries reached a record last year, according to customs data.",
]
CLOSERS_CONFLICT = [
    "The ministry did not respond to a request for comment.",
    "The story is developing.",
    "It was not possible to verify the reports independently.",
    "Relations between the two countries have been strained for months.",
]

DATELINE_STYLES = ["dash", "dash", "none", "colon"]


def dateline(outlet, place, pub):
    style = OUTLETS[outlet]["dateline"]
    city = place.upper()
    if style == "dash":
        return f"{city}, {md(pub)} ({outlet}) - "
    if style == "colon":
        return f"{city} — "
    return ""


for i, o in enumerate(OUTLETS):
    OUTLETS[o]["dateline"] = ["dash", "dash", "colon", "dash", "none", "dash", "colon"][i]


TITLES = {
    "meet": ["{Aa} and {Ba} officials hold talks in {place}", "{Ac}, {Bc} discuss {topic}", "Talks in {place} focus on {topic}"],
    "consult": ["{Aa} and {Ba} diplomats consult on {topic}", "Consultations in {place}"],
    "visit": ["{Aa} leader visits {Bc}", "{Aa} visit to {place} ends with pledges", "Visit to {Bc}: what was agreed"],
    "host": ["{Bc} delegation received in {place}", "{place} hosts {Ba} guests"],
    "sign": ["{Ac} and {Bc} sign deals in {place}", "New {Aa}-{Ba} agreements signed", "{Ac}, {Bc} put pen to paper"],
    "agree": ["{Ac} and {Bc} reach agreement", "{Aa}-{Ba} talks end with agreement"],
    "pledge": ["{Ac} pledges support for {Bc}", "{Aa} promises for {Bc}"],
    "praise": ["{Ac} praises {Bc}", "Warm words for {Bc} in {place}"],
    "support": ["{Ac} backs {Bc}", "{Ac} voices support for {Bc}"],
    "cooperate": ["{Ac}, {Bc} deepen cooperation", "New joint project for {Ac} and {Bc}"],
    "invest": ["{Ac} to invest in {Bc}", "{Aa} money heads to {Bc}"],
    "extradite": ["{Ac} hands suspects to {Bc}"],
    "aid": ["{Ac} sends aid to {Bc}", "Aid from {Ac} reaches {Bc}"],
    "loan": ["{Ac} lends {Bc} ${amt} million", "{Bc} gets {Aa} loan"],
    "military_aid": ["{Ac} sends more weapons to {Bc}", "New {Aa} military aid for {Bc}"],
    "urge": ["{Ac} urges {Bc} to act", "{Ac} appeals to {Bc}"],
    "urge_both": ["{Ac} calls for restraint on border", "Appeals for calm from {Ac}"],
    "demand": ["{Ac} demands answers from {Bc}", "{Ac} presses {Bc}"],
    "accuse": ["{Ac} accuses {Bc}", "{Ac} lashes out at {Bc}", "Row between {Ac} and {Bc} deepens"],
    "reject": ["{Ac} rejects {Ba} claims", "{Ac} hits back at {Bc}"],
    "threaten": ["{Ac} warns {Bc}", "{Ac} threatens {Bc} with response"],
    "tariff": ["{Ac} slaps tariffs on {Ba} goods", "New {Aa} tariffs hit {Bc}"],
    "sanction": ["{Ac} sanctions {Ba} firms", "New {Aa} sanctions target {Bc}"],
    "expel": ["{Ac} expels {Ba} diplomats", "Diplomatic expulsions: {Ac} orders {Ba} envoys out"],
    "suspend": ["{Ac} suspends ties with {Bc} in key area", "{Ac} halts flights to {Bc}"],
    "exercise": ["{Aa} troops drill near {Ba} border", "Military exercises near {place}"],
    "joint_exercise": ["{Ac} and {Bc} hold joint drills", "Joint exercises near {place}"],
    "deploy": ["{Ac} moves troops to {Ba} border", "Troops sent to border near {place}"],
    "arrest": ["{Ba} nationals detained in {place}", "{Ac} detains {Ba} citizens"],
    "raid_migrants": ["{Ba} migrants detained in {place} raids", "Raids on migrants in {place}"],
    "close_border": ["{Ac} closes border with {Bc}", "Border shut near {place}"],
    "protest": ["Protest outside {Ba} embassy in {place}", "Rally in {place} targets {Bc}"],
    "farm_protest": ["Farmers protest {Ba} grain imports", "Roads blocked near {place}"],
    "clash": ["Border clash near {place}", "{Aa} and {Ba} border guards clash", "Shooting on the border near {place}"],
    "strike": ["Strikes hit {place}", "{Aa} attack on {place}"],
    "release": ["{Ac} frees {Ba} citizens", "{Ba} detainees released"],
    "prisoner_swap": ["{Ac} and {Bc} swap prisoners", "Prisoner exchange between {Ac} and {Bc}"],
    "lift": ["{Ac} eases sanctions on {Bc}", "Sanctions relief for {Bc}"],
    "ceasefire": ["Ceasefire agreed in {place}", "{Ac} and {Bc} agree ceasefire"],
    "withdraw": ["{Ac} pulls back troops", "Troops withdrawn from border near {place}"],
}


def make_title(rng, story):
    a, b = story["a"], story["b"]
    t = rng.choice(TITLES[story["kind"]])
    s = t.format(Aa=adj(a), Ba=adj(b), Ac=cname(a), Bc=cname(b), place=story["place"],
                 topic=story["x"].get("topic", "ties"), amt=story["x"].get("amt", "100"))
    return cap(s)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def compose(rng, story, outlet, pub, seq):
    a, b, kind, day = story["a"], story["b"], story["kind"], story["date"]
    style = rng.choice(ACTOR_STYLE[kind])
    if kind in ("protest", "farm_protest"):
        a_ref = Ref("", "the protesters", None)
    else:
        a_ref = ref_for(rng, style, a, day, coordinated=kind in ("sign", "agree", "ceasefire", "prisoner_swap"))
    b_style = SYM_B_AS.get(kind, "country")
    if kind in ("meet", "visit", "host", "sign", "agree", "consult") and style in ("minister", "leader", "country"):
        b_style = style
    b_np = obj_for(rng, b_style, b, day, coordinated=kind in ("sign", "agree", "consult"))
    wd = when(rng, day, pub)
    lead = fill(rng, kind, story, a_ref, b_np, wd)
    # a hedge on some conflict leads
    if kind in CONFLICT and rng.random() < 0.25 and " said" not in lead and "reportedly" not in lead \
            and "according to" not in lead:
        lead = lead[:-1] + ", " + rng.choice(["officials said", "local media reported", "diplomatic sources said"]) + "."
    paras = [dateline(outlet, story["dl"], pub) + lead]
    conflict = kind in CONFLICT
    # quote: the actor's side, or (for protests) the recipient's
    if kind in ("protest", "farm_protest", "arrest", "raid_migrants", "clash", "strike") and rng.random() < 0.5:
        q_iso = b
        q_ref = ministry_ref(rng, b, day) if b != a else a_ref
        q_ref = Ref(q_ref.np, q_ref.back, None)
    elif kind in ("protest", "farm_protest"):
        q_iso, q_ref = a, Ref("", "", None)
    else:
        q_iso, q_ref = a, a_ref
    if kind in ("protest", "farm_protest"):
        paras.append(protest_para(rng, story))
    tone = "appeal" if kind in ("urge", "urge_both", "ceasefire", "withdraw", "release", "prisoner_swap") else None
    if rng.random() < 0.85 and kind not in ("protest", "farm_protest"):
        paras.append(quote_para(rng, story, q_iso, q_ref, conflict, tone, lead))
    f = follow_sentence(rng, story)
    frame = frame_for(rng, outlet, story)
    third = []
    if f:
        third.append(f)
    third.append(frame)
    if rng.random() < 0.5:
        paras.append(" ".join(third))
    else:
        paras.extend(third)
    if rng.random() < 0.3 or len(paras) < 2:
        paras.append(rng.choice(CLOSERS_CONFLICT if kind in CONFLICT else CLOSERS))
    paras = [re.sub(r",+", ",", re.sub(r",+\.", ".", p_)) for p_ in paras[:5]]
    title = make_title(rng, story)
    o = OUTLETS[outlet]
    url = f"https://{o['domain']}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug(title)}-{seq}"
    return dict(id=f"{o['short']}-{pub.isoformat()}-{seq:04d}", published=pub.isoformat(), outlet=outlet,
                title=title, url=url, text="\n\n".join(paras))


# --------------------------------------------------------------------------------------
# Stories: (kind, actor, recipient, date, place, extras)
# --------------------------------------------------------------------------------------
def extras(rng, kind, a=None, b=None):
    x = dict(topic=rng.choice(MEET_TOPICS), amt=money(rng, 2, 90), n=num(rng.randint(2, 9)))
    deal = rng.choice(DEALS)
    x["deal"] = deal.replace("{n}", str(rng.randint(8, 30))).replace("${amt}", "$" + str(rng.randint(2, 25)))
    x["goal"] = rng.choice(GOALS).replace("${amt}", "$" + str(rng.randint(2, 20)))
    x["goal2"] = rng.choice(GOALS2)
    x["merit"] = rng.choice(MERITS)
    x["cause"] = rng.choice(CAUSES if b in ("UZB", "TKM", "AZE") else CAUSES[1:])
    x["decision"] = rng.choice(DECISIONS)
    x["field"] = rng.choice(FIELDS)
    x["project"] = rng.choice(PROJECTS)
    x["item"] = rng.choice(AID_ITEMS)
    x["use"] = rng.choice(LOAN_USES)
    x["ask"] = rng.choice(ASKS)
    x["ask3"] = rng.choice(ASKS3)
    x["grievance"] = rng.choice(GRIEVANCES)
    x["charge"] = rng.choice(CHARGES)
    x["deed"] = rng.choice(DEEDS)
    x["deed2"] = rng.choice(DEEDS2)
    x["cond"] = rng.choice(CONDS)
    x["goods"] = rng.choice(GOODS)
    x["targets"] = rng.choice(TARGETS)
    x["crime"] = rng.choice(CRIMES)
    x["reason"] = rng.choice(REASONS)
    if kind == "aid":
        x["n"] = str(rng.randint(5, 60) * 10)
    if a and b:
        for key, bank in CTX[context(a, b)].items():
            x[key] = rng.choice(bank)
    return x


BORDER_PLACES = {
    frozenset({"KGZ", "TJK"}): ["Batken", "Isfara"],
    frozenset({"IND", "PAK"}): ["Sialkot", "Amritsar"],
    frozenset({"PAK", "AFG"}): ["Chaman", "Jalalabad", "Peshawar"],
    frozenset({"TJK", "AFG"}): ["Kulob", "Khorugh"],
    frozenset({"UZB", "AFG"}): ["Termez"],
    frozenset({"UZB", "TJK"}): ["Khujand"],
    frozenset({"UZB", "KGZ"}): ["Osh", "Andijan"],
    frozenset({"KAZ", "KGZ"}): ["Almaty"],
    frozenset({"RUS", "POL"}): ["Kaliningrad"],
    frozenset({"CHN", "JPN"}): ["Shanghai"],
}


def place_for(rng, kind, a, b):
    """Where the event happens (a city in the gazetteer)."""
    if kind in ("clash", "exercise", "deploy", "close_border", "withdraw") and frozenset({a, b}) in BORDER_PLACES:
        return rng.choice(BORDER_PLACES[frozenset({a, b})])
    host_side = {"visit": b, "host": a, "arrest": a, "raid_migrants": a, "protest": a, "farm_protest": a,
                 "aid": b, "loan": b, "military_aid": b, "strike": b, "invest": b, "extradite": b,
                 "release": a, "expel": a, "sanction": a, "tariff": a, "lift": a, "suspend": a,
                 "close_border": a, "exercise": a, "deploy": a, "withdraw": a, "urge": a, "urge_both": a,
                 "demand": a, "accuse": a, "reject": a, "threaten": a, "praise": a, "support": a}
    iso = host_side.get(kind) or rng.choice([a, b])
    if kind == "protest":
        return capital(iso)
    cities = [capital(iso)] * 3 + COUNTRIES[iso][3]
    if kind in ("meet", "visit", "host", "sign", "agree", "consult"):
        cities = [capital(iso)] * 4 + COUNTRIES[iso][3][:1]
    if kind in ("accuse", "reject", "threaten", "expel", "sanction", "tariff", "urge", "urge_both", "demand",
                "support", "praise", "lift", "suspend"):
        cities = [capital(iso)]
    if kind == "strike" and iso == "UKR":
        cities = ["Kharkiv", "Odesa", "Dnipro", "Kyiv"]
    return rng.choice(cities)


# Who gives aid and loans to whom: the richer side is the actor
RANK = {"USA": 9, "CHN": 9, "JPN": 8, "DEU": 8, "FRA": 7, "GBR": 7, "RUS": 7, "ITA": 6, "KOR": 6, "TUR": 5,
        "IND": 5, "POL": 5, "KAZ": 4, "HUN": 4, "IRN": 3, "UZB": 3, "AZE": 3, "TKM": 3, "PAK": 2, "MNG": 2,
        "UKR": 2, "KGZ": 1, "TJK": 1, "AFG": 0}


def story(rng, kind, a, b, day, place=None, c=None, cover=None, dl=None):
    if kind in ("loan", "aid", "invest", "military_aid") and RANK[a] < RANK[b]:
        a, b = b, a
    x = extras(rng, kind, a, b)
    p = place or place_for(rng, kind, a, b)
    s = dict(kind=kind, a=a, b=b, c=c, date=day, place=p, dl=dl or p, x=x, cover=cover)
    return s


def rand_day(rng, lo=START, hi=END):
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


def background(rng, n):
    """Stories spread over the whole period."""
    lines = [
        # weight, pairs (actor, recipient), kinds with weights
        (20, [(x, y) for x in ["CHN"] for y in CA] + [(y, "CHN") for y in CA],
         {"meet": 3, "visit": 2, "host": 2, "sign": 3, "cooperate": 2, "invest": 1, "loan": 1, "praise": 1,
          "support": 1, "consult": 1}),
        (13, [("RUS", y) for y in CA] + [(y, "RUS") for y in CA],
         {"meet": 3, "sign": 2, "praise": 1, "cooperate": 1, "visit": 1, "host": 1, "consult": 1}),
        (5, [("RUS", y) for y in ["TJK", "UZB", "KGZ"]], {"raid_migrants": 2, "arrest": 1}),
        (4, [(y, "RUS") for y in ["TJK", "UZB", "KGZ", "KAZ"]], {"accuse": 1, "demand": 1, "urge": 1}),
        (12, [(x, y) for x in CA for y in CA if x != y],
         {"meet": 3, "sign": 2, "agree": 2, "cooperate": 1, "support": 1, "consult": 1, "extradite": 1, "release": 1,
          "close_border": 1}),
        (11, [(x, y) for x in ["USA", "DEU", "FRA", "ITA", "JPN", "GBR", "TUR", "KOR", "HUN", "IND"] for y in CA]
         + [(y, x) for x in ["USA", "DEU", "FRA", "JPN", "TUR"] for y in CA],
         {"meet": 3, "visit": 2, "sign": 2, "invest": 2, "loan": 1, "praise": 1, "consult": 1}),
        (8, [("USA", "CHN"), ("CHN", "USA")],
         {"accuse": 2, "tariff": 2, "threaten": 1, "reject": 2, "sanction": 1, "meet": 1, "urge": 1}),
        (10, [("RUS", "UKR")], {"strike": 4, "accuse": 1, "prisoner_swap": 1, "reject": 1}),
        (4, [("UKR", "RUS")], {"accuse": 2, "strike": 1}),
        (8, [(x, "UKR") for x in ["DEU", "FRA", "ITA", "POL", "JPN", "GBR"]], {"military_aid": 2, "aid": 1, "meet": 1, "loan": 1}),
        (7, [(x, "RUS") for x in ["DEU", "FRA", "POL", "ITA", "GBR"]] + [("RUS", x) for x in ["DEU", "FRA", "POL"]],
         {"sanction": 2, "expel": 2, "accuse": 2, "reject": 1, "threaten": 1}),
        (5, [("IND", "PAK"), ("PAK", "IND"), ("PAK", "AFG"), ("AFG", "PAK")],
         {"accuse": 3, "reject": 2, "threaten": 1, "clash": 1, "ceasefire": 1}),
        (5, [("CHN", "PAK"), ("IND", "KAZ"), ("IND", "UZB"), ("PAK", "UZB"), ("IRN", "TKM"), ("IRN", "KAZ"), ("AZE", "KAZ"), ("AZE", "TKM"), ("TUR", "AZE")],
         {"meet": 2, "sign": 2, "cooperate": 1}),
        (7, [(x, "AFG") for x in ["UZB", "TKM", "KAZ", "CHN", "RUS", "TJK"]],
         {"meet": 2, "sign": 1, "aid": 2, "host": 1}),
        (3, [("TJK", "AFG")], {"exercise": 1, "accuse": 1, "close_border": 1}),
        (3, [("UZB", "AFG"), ("KGZ", "TJK"), ("TJK", "KGZ"), ("RUS", "POL"), ("POL", "RUS"), ("CHN", "JPN")],
         {"exercise": 2, "deploy": 1, "withdraw": 1}),
        (5, [("USA", "IRN"), ("IRN", "USA")], {"sanction": 2, "threaten": 2, "accuse": 2, "reject": 1}),
        (4, [("CHN", "JPN"), ("JPN", "CHN")], {"accuse": 2, "reject": 1, "urge": 1, "meet": 1}),
        (4, [("KGZ", "CHN"), ("KAZ", "CHN")], {"protest": 1}),
        (2, [("POL", "UKR")], {"farm_protest": 1}),
        (4, [("KAZ", "CHN"), ("KAZ", "RUS"), ("KGZ", "RUS"), ("UZB", "AFG")], {"arrest": 1}),
        (3, [("CHN", "RUS"), ("RUS", "CHN"), ("RUS", "TJK"), ("CHN", "TJK"), ("RUS", "KGZ")],
         {"joint_exercise": 1}),
        (6, [("RUS", "KAZ"), ("CHN", "KGZ"), ("KAZ", "KGZ"), ("UZB", "TJK"), ("RUS", "UZB"), ("CHN", "KAZ")],
         {"lift": 1}),
        (3, [("RUS", "UKR"), ("UKR", "RUS"), ("AFG", "PAK"), ("IRN", "USA"), ("CHN", "JPN")], {"release": 1}),
    ]
    total = sum(w for w, _, _ in lines)
    out = []
    # a fixed share of the stories for each storyline, kinds drawn in proportion within it
    for w, pairs, kinds in lines:
        k = max(1, round(n * w / total))
        names = list(kinds)
        bag = []
        while len(bag) < k:
            bag.extend(rng.sample(names, len(names)) if len(names) <= k - len(bag) else
                       rng.choices(names, weights=list(kinds.values()), k=k - len(bag)))
        for kind in bag[:k]:
            a, b = rng.choice(pairs)
            out.append(story(rng, kind, a, b, rand_day(rng)))
    return out


def bursts(rng):
    """Scripted runs of stories: a summit week, a border crisis, a tariff row, an expulsion spat."""
    out = []
    D = dt.date
    # China-Central Asia summit week in Astana
    s0 = D(2025, 6, 15)
    for i, y in enumerate(["KAZ", "UZB", "KGZ", "TJK", "TKM"]):
        out.append(story(rng, "meet", "CHN", y, s0 + dt.timedelta(days=1 + i % 3), place="Astana", cover=3))
    out.append(story(rng, "sign", "CHN", "KAZ", s0 + dt.timedelta(days=2), place="Astana", cover=3))
    out.append(story(rng, "sign", "CHN", "UZB", s0 + dt.timedelta(days=3), place="Astana", cover=2))
    out.append(story(rng, "praise", "KAZ", "CHN", s0 + dt.timedelta(days=3), place="Astana", cover=2))
    out.append(story(rng, "loan", "CHN", "KGZ", s0 + dt.timedelta(days=3), place="Bishkek", cover=2))
    out.append(story(rng, "invest", "CHN", "TJK", s0 + dt.timedelta(days=4), place="Dushanbe", cover=2))
    out.append(story(rng, "host", "KAZ", "CHN", s0 + dt.timedelta(days=1), place="Astana", cover=3))
    out.append(story(rng, "support", "CHN", "TKM", s0 + dt.timedelta(days=4), place="Astana", cover=1))
    out.append(story(rng, "protest", "KAZ", "CHN", s0 + dt.timedelta(days=2), place="Almaty", cover=2))
    # EU-Central Asia summit in Samarkand
    s1 = D(2025, 4, 2)
    for y in ["UZB", "KAZ", "KGZ"]:
        out.append(story(rng, "meet", rng.choice(["FRA", "DEU", "ITA"]), y, s1 + dt.timedelta(days=rng.randint(0, 2)),
                         place="Samarkand", cover=2))
    out.append(story(rng, "sign", "FRA", "UZB", s1 + dt.timedelta(days=2), place="Samarkand", cover=2))
    out.append(story(rng, "invest", "DEU", "KAZ", s1 + dt.timedelta(days=2), place="Almaty", cover=2))
    # US-China tariff row
    s2 = D(2025, 4, 7)
    out.append(story(rng, "tariff", "USA", "CHN", s2, place="Washington", cover=3))
    out.append(story(rng, "threaten", "USA", "CHN", s2 + dt.timedelta(days=2), place="Washington", cover=2))
    out.append(story(rng, "accuse", "CHN", "USA", s2 + dt.timedelta(days=1), place="Beijing", cover=3))
    out.append(story(rng, "tariff", "CHN", "USA", s2 + dt.timedelta(days=3), place="Beijing", cover=3))
    out.append(story(rng, "reject", "USA", "CHN", s2 + dt.timedelta(days=4), place="Washington", cover=1))
    out.append(story(rng, "urge", "KAZ", "USA", s2 + dt.timedelta(days=5), place="Astana", cover=1))
    out.append(story(rng, "meet", "CHN", "USA", D(2025, 5, 11), place="Geneva", cover=3))
    # Earthquake relief for Afghanistan
    s3 = D(2025, 9, 2)
    for i, x in enumerate(["UZB", "CHN", "KAZ", "TKM", "IND", "TJK", "IRN"]):
        out.append(story(rng, "aid", x, "AFG", s3 + dt.timedelta(days=i % 4), place="Jalalabad", cover=rng.choice([1, 2, 2])))
    # Kyrgyz-Tajik border crisis
    s4 = D(2025, 9, 15)
    B = dt.timedelta
    out.append(story(rng, "clash", "TJK", "KGZ", s4, place="Isfara", cover=3))
    out.append(story(rng, "clash", "KGZ", "TJK", s4 + B(days=1), place="Batken", cover=3))
    out.append(story(rng, "accuse", "KGZ", "TJK", s4, place="Bishkek", cover=3))
    out.append(story(rng, "accuse", "TJK", "KGZ", s4 + B(days=1), place="Dushanbe", cover=2))
    out.append(story(rng, "deploy", "KGZ", "TJK", s4 + B(days=1), place="Batken", cover=2))
    out.append(story(rng, "deploy", "TJK", "KGZ", s4 + B(days=2), place="Isfara", cover=2))
    out.append(story(rng, "close_border", "KGZ", "TJK", s4 + B(days=1), place="Batken", cover=2))
    out.append(story(rng, "threaten", "TJK", "KGZ", s4 + B(days=2), place="Dushanbe", cover=2))
    out.append(story(rng, "reject", "KGZ", "TJK", s4 + B(days=2), place="Bishkek", cover=1))
    out.append(story(rng, "urge_both", "RUS", "KGZ", s4 + B(days=1), place="Moscow", c="TJK", cover=2))
    out.append(story(rng, "urge_both", "CHN", "KGZ", s4 + B(days=2), place="Beijing", c="TJK", cover=2))
    out.append(story(rng, "urge_both", "KAZ", "KGZ", s4 + B(days=2), place="Astana", c="TJK", cover=1))
    out.append(story(rng, "urge_both", "UZB", "KGZ", s4 + B(days=3), place="Tashkent", c="TJK", cover=1))
    out.append(story(rng, "ceasefire", "KGZ", "TJK", s4 + B(days=3), place="Batken", cover=3))
    out.append(story(rng, "withdraw", "TJK", "KGZ", s4 + B(days=4), place="Isfara", cover=2))
    out.append(story(rng, "withdraw", "KGZ", "TJK", s4 + B(days=5), place="Batken", cover=1))
    out.append(story(rng, "release", "TJK", "KGZ", s4 + B(days=6), place="Isfara", cover=2))
    out.append(story(rng, "meet", "KGZ", "TJK", s4 + B(days=9), place="Batken", cover=3))
    out.append(story(rng, "aid", "KAZ", "KGZ", s4 + B(days=4), place="Batken", cover=1))
    # SCO summit in Tianjin
    s5 = D(2025, 8, 31)
    for y in ["RUS", "IND", "PAK", "KAZ", "IRN", "UZB"]:
        out.append(story(rng, "meet", "CHN", y, s5 + B(days=rng.randint(0, 1)), place="Tianjin", cover=rng.choice([2, 3])))
    out.append(story(rng, "sign", "CHN", "RUS", s5 + B(days=1), place="Tianjin", cover=2))
    # Central Asian leaders in Washington (C5+1)
    s6 = D(2025, 11, 6)
    for y in ["KAZ", "UZB", "TKM"]:
        out.append(story(rng, "meet", "USA", y, s6, place="Washington", cover=2))
    out.append(story(rng, "sign", "USA", "KAZ", s6, place="Washington", cover=2))
    out.append(story(rng, "invest", "USA", "UZB", s6 + B(days=1), place="Washington", cover=2))
    # Expulsion spat between European states and Russia
    s7 = D(2026, 2, 10)
    out.append(story(rng, "expel", "POL", "RUS", s7, place="Warsaw", cover=3))
    out.append(story(rng, "expel", "RUS", "POL", s7 + B(days=2), place="Moscow", cover=3))
    out.append(story(rng, "expel", "DEU", "RUS", s7 + B(days=3), place="Berlin", cover=2))
    out.append(story(rng, "expel", "RUS", "DEU", s7 + B(days=5), place="Moscow", cover=2))
    out.append(story(rng, "accuse", "RUS", "POL", s7 + B(days=1), place="Moscow", cover=2))
    out.append(story(rng, "sanction", "FRA", "RUS", s7 + B(days=6), place="Paris", cover=2))
    out.append(story(rng, "threaten", "RUS", "DEU", s7 + B(days=6), place="Moscow", cover=1))
    # Turkic summit in Baku
    s8 = D(2025, 10, 7)
    for y in ["KAZ", "UZB", "KGZ", "TUR", "HUN"]:
        out.append(story(rng, "meet", "AZE", y, s8, place="Baku", cover=rng.choice([1, 2])))
    out.append(story(rng, "sign", "AZE", "TKM", s8 + B(days=1), place="Baku", cover=2))
    # Migrant raids row between Russia and Tajikistan
    s9 = D(2026, 3, 16)
    out.append(story(rng, "raid_migrants", "RUS", "TJK", s9, place="Moscow", cover=2))
    out.append(story(rng, "demand", "TJK", "RUS", s9 + B(days=1), place="Dushanbe", cover=2))
    out.append(story(rng, "accuse", "TJK", "RUS", s9 + B(days=2), place="Dushanbe", cover=1))
    out.append(story(rng, "reject", "RUS", "TJK", s9 + B(days=3), place="Moscow", cover=2))
    return out


def build(seed):
    rng = random.Random(seed)
    stories = bursts(rng) + background(rng, 150)
    stories.sort(key=lambda s: (s["date"], s["kind"], s["a"], s["b"]))
    arts = []
    for s in stories:
        k = s["cover"] or rng.choices([1, 2, 3], weights=[50, 35, 15])[0]
        outs = pick_outlets(rng, [s["a"], s["b"]], k)
        for o in outs:
            lag = rng.choices([0, 1, 2], weights=[55, 40, 5])[0]
            pub = min(s["date"] + dt.timedelta(days=lag), END)
            arts.append((pub, o, s))
    arts.sort(key=lambda t: (t[0], t[1], t[2]["kind"], t[2]["a"], t[2]["b"]))
    rows = []
    for i, (pub, o, s) in enumerate(arts, 1):
        rows.append(compose(rng, s, o, pub, i))
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", default=DEFAULT_OUT, help=f"output file (default {DEFAULT_OUT})")
    ap.add_argument("--seed", type=int, default=SEED, help=f"random seed (default {SEED})")
    args = ap.parse_args(argv)
    rows = build(args.seed)
    d = os.path.dirname(args.out)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} articles to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
