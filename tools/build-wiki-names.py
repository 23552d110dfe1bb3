#!/usr/bin/env python3
"""Writes the sourced name lists of the entity stage from ../shared/data/gazetteers, checked against
the labelled training text, and prints how each list fares there.

Sources (kept unchanged in ../shared/data/gazetteers/, see its README):
  persons  arwikicats/peoples.json       ArWikiCats, github.com/ArWikiCats/ArWikiCats commit d55a83f7, MIT
  places   arwikicats/cities_full.json   same
           arwikicats/popopo.json        same (places and states, historical ones included)
           world-cities/world-cities.csv github.com/jamsshhayd/world-cities-translations commit 4f746ebc, CC BY 4.0
  clubs    arwikicats/Clubs_key.json     ArWikiCats, MIT
The labels are Arabic Wikipedia titles. A parenthesised qualifier ("هيلينا (مونتانا)") is dropped.

Check against the training text (ANERcorp train and the first 90% of WikiFANE, never AQMAR, whose
articles are the cross-validation set, nor ANERcorp test or WikiFANE's held-out tenth): an entry whose
words occur at least three times and lie inside a gold name less than half the time is a common word
or phrase (أكبر، خفي) and is left out; so are one-letter and two-letter words.
Usage: python3 tools/build-wiki-names.py [../shared/data [OUT_DIR [KINDS [anercorp]]]]  (KINDS: comma-separated among person,
city, place, world-city, club; default all. Round 6 of issue #14 embeds `place` alone: popopo.json, places and
states, historical ones included; see docs/evaluation.md)
Earlier:  (the lists are not committed: AQMAR
cross-validation found no effect beyond its noise, see docs/evaluation.md; writing them into
src/Tarikh.Core/Entities/Data embeds them, and the model must then be retrained)
"""
import csv
import json
import os
import re
import sys
from collections import defaultdict

root = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
gaz = os.path.join(root, "gazetteers")
ner = os.path.join(root, "ner")
out_dir = sys.argv[2] if len(sys.argv) > 2 else "src/Tarikh.Core/Entities/Data"

DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u0640]")


def norm(w):
    w = DIACRITICS.sub("", w)
    w = re.sub("[\u0622\u0623\u0625\u0671]", "\u0627", w)
    return w.replace("\u0629", "\u0647").replace("\u0649", "\u064A").replace("\u0624", "\u0648").replace("\u0626", "\u064A")


def clean(label):
    label = re.sub(r"\s*\([^)]*\)", "", label).strip()
    label = label.replace("\u200f", "").replace("\u200e", "").strip()
    if not label or re.search(r"[A-Za-z0-9]", label) or not re.search("[\u0621-\u064A]", label):
        return None
    return label


def load_json(name):
    return [v for v in json.load(open(os.path.join(gaz, "arwikicats", name), encoding="utf-8")).values() if isinstance(v, str)]


def load_world_cities():
    with open(os.path.join(gaz, "world-cities", "world-cities.csv"), encoding="utf-8-sig") as f:
        return [row["CityNameAr"] for row in csv.DictReader(f)]


SOURCES = [
    ("wiki-persons.tsv", "person", load_json("peoples.json"), "ArWikiCats peoples.json (MIT)"),
    ("wiki-places.tsv", "city", load_json("cities_full.json"), "ArWikiCats cities_full.json (MIT)"),
    ("wiki-places.tsv", "place", load_json("popopo.json"), "ArWikiCats popopo.json (MIT)"),
    ("wiki-places.tsv", "world-city", load_world_cities(), "world-cities-translations (CC BY 4.0)"),
    ("wiki-clubs.tsv", "club", load_json("Clubs_key.json"), "ArWikiCats Clubs_key.json (MIT)"),
]
if len(sys.argv) > 3:
    wanted = set(sys.argv[3].split(","))
    SOURCES = [s for s in SOURCES if s[1] in wanted]
TYPE = {"person": "PER", "city": "LOC", "place": "LOC", "world-city": "LOC", "club": "ORG"}

WF = {"PER": "Politician Religious_PER Artist Other_PER Scientist Athlete Businessperson Engineer Police Lawyer",
      "LOC": "Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent Water-Body Land-Region-Natural Celestial Building-Grounds Airport Path Subarea-Facility Plant",
      "ORG": "Government Commercial Non-Governmental Educational Media Sports Religious_ORG Medical-Science Entertainment"}
WF_MAP = {fine: coarse for coarse, fines in WF.items() for fine in fines.split()}


def read_conll(path, wikifane=False):
    sents, cur = [], []
    for line in open(path, encoding="utf-8-sig"):
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
            cur = []
            continue
        word, tag = parts[0].replace("\u200e", "").replace("\u200f", ""), parts[-1]
        if tag != "O":
            t = tag[2:]
            t = WF_MAP.get(t, "MISC" if wikifane and t != "Group" else ("O" if t == "Group" else t))
            tag = "O" if t == "O" else tag[:2] + t
        cur.append((norm(word), tag))
    if cur:
        sents.append(cur)
    return sents


train = read_conll(os.path.join(ner, "anercorp-camel", "train.txt"))
wf = read_conll(os.path.join(ner, "wikifane", "WikiFANE_Gold_2014_500K.txt"), wikifane=True)
# With a fourth argument "anercorp" the check reads ANERcorp train alone: WikiFANE's first 90% is then a
# cross-validation set (`tarikh eval ner --wikifane-cv`), and its labels must not choose the list's entries.
if not (len(sys.argv) > 4 and sys.argv[4] == "anercorp"):
    train += wf[: len(wf) * 9 // 10]

index = defaultdict(list)  # first word -> (sentence, position)
for si, s in enumerate(train):
    for i, (w, _) in enumerate(s):
        index[w].append((si, i))
        for p in ("و", "ب", "ل", "ك", "ف", "وب", "ول", "لل", "وال"):
            if w.startswith(p) and len(w) - len(p) >= 2:
                stripped = w[len(p):] if p != "لل" else "ال" + w[2:]
                if p == "وال":
                    stripped = "ال" + w[3:]
                index[stripped].append((si, i))


def occurrences(words):
    hits = []
    for si, i in index.get(words[0], ()):
        s = train[si]
        if i + len(words) > len(s):
            continue
        if all(s[i + k][0] == words[k] for k in range(1, len(words))):
            hits.append(s[i:i + len(words)])
    return hits


written = defaultdict(list)
seen = set()
for fname, kind, labels, source in SOURCES:
    kept = dropped = occ_all = inside_all = typed_all = 0
    for label in labels:
        label = clean(label)
        if label is None:
            continue
        words = [norm(w) for w in label.split()]
        key = " ".join(words)
        if key in seen:
            continue
        seen.add(key)
        if len(words) == 1 and len(words[0]) < 3:
            dropped += 1
            continue
        hits = occurrences(words)
        inside = sum(1 for h in hits if all(t != "O" for _, t in h) and h[0][1].startswith("B-") or
                     (all(t != "O" for _, t in h)))
        typed = sum(1 for h in hits if all(t[2:] == TYPE[kind] for _, t in h))
        if len(hits) >= 3 and inside < 0.5 * len(hits):
            dropped += 1
            continue
        kept += 1
        occ_all += len(hits)
        inside_all += inside
        typed_all += typed
        written[fname].append((label, kind))
    p = typed_all / occ_all if occ_all else 0
    print(f"{source}: kept {kept}, left out {dropped}; kept entries occur {occ_all} times in the training text, "
          f"{inside_all} inside a gold name, {typed_all} inside a gold {TYPE[kind]} (precision {p:.3f})")

for fname, entries in written.items():
    path = os.path.join(out_dir, fname)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by tools/build-wiki-names.py from ../shared/data/gazetteers (do not edit by hand: rerun it).\n")
        f.write("# Sources: ArWikiCats (github.com/ArWikiCats/ArWikiCats, commit d55a83f7, MIT; labels are Arabic Wikipedia\n")
        f.write("# titles); world-cities-translations (github.com/jamsshhayd/world-cities-translations, commit 4f746ebc,\n")
        f.write("# CC BY 4.0, from Wikidata). Entries that are mostly common words in the training text are left out.\n")
        f.write("# name<TAB>kind\n")
        for label, kind in entries:
            f.write(f"{label}\t{kind}\n")
    print(f"{len(entries)} entries -> {path}")
