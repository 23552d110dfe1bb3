"""Checks the round-8 KB development set: data/kb/dev8/gold.json against the texts in data/kb/dev8/ and the
knowledge base data/kb/dev8.json. Exit status 1 on any problem.
- gold.json parses; every gold string occurs in its text exactly as written: a string without `occurrence` occurs
  exactly once, a string with `occurrence` k occurs at least k times (occurrences are counted at every start
  position, so one inside a longer string counts too);
- no two gold spans of a text overlap; each text has 10-14 lines;
- every line of dev8.json between `[` and `]` parses on its own and ends with `,` except the last; entity and
  statement ids are unique; local ids are in Q90009001-Q90009599; every time value's calendar model matches its
  year (Julian before 1582); every local item a statement points to is in the file.
Run: python3 tools/kb/check_dev8.py"""
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
SET = os.path.join(ROOT, "data", "kb", "dev8")
KB = os.path.join(ROOT, "data", "kb", "dev8.json")
PROPS = {"P569", "P570", "P19", "P20", "P26", "P22", "P25", "P40", "P3373", "P571", "P576", "P463", "P39", "P69", "P108", "P166"}
problems = []


def starts(text, s):
    r, i = [], text.find(s)
    while i >= 0:
        r.append(i)
        i = text.find(s, i + 1)
    return r


gold = json.load(open(os.path.join(SET, "gold.json"), encoding="utf-8"))
names = sorted(f for f in os.listdir(SET) if f.endswith(".ar.txt"))
if sorted(gold["texts"]) != names:
    problems.append(f"gold texts {sorted(gold['texts'])} != files {names}")
n_contra = n_correct = 0
for name, g in gold["texts"].items():
    text = open(os.path.join(SET, name), encoding="utf-8").read()
    lines = [l for l in text.split("\n") if l.strip()]
    if not 10 <= len(lines) <= 14:
        problems.append(f"{name}: {len(lines)} lines")
    spans = []
    entries = [(c, True) for c in g["contradictions"]] + [(c, False) for c in g["correct"]]
    for entry, is_contra in entries:
        s = entry if isinstance(entry, str) else entry["text"]
        occ = None if isinstance(entry, str) else entry.get("occurrence")
        found = starts(text, s)
        if occ is None and len(found) != 1:
            problems.append(f"{name}: {s!r} occurs {len(found)} times, no occurrence given")
            continue
        if occ is not None and len(found) < occ:
            problems.append(f"{name}: {s!r} occurrence {occ} but only {len(found)}")
            continue
        if is_contra:
            n_contra += 1
            if entry.get("property") not in PROPS or not entry.get("truth"):
                problems.append(f"{name}: {s!r} property/truth missing")
        else:
            n_correct += 1
        a = found[(occ or 1) - 1]
        spans.append((a, a + len(s), s))
    spans.sort()
    for (a1, b1, s1), (a2, b2, s2) in zip(spans, spans[1:]):
        if a2 < b1:
            problems.append(f"{name}: spans overlap: {s1!r} and {s2!r}")

raw = open(KB, encoding="utf-8").read().split("\n")
if raw[0] != "[" or raw[-2:] != ["]", ""]:
    problems.append("dev8.json: not '[' ... ']' with a final newline")
body = raw[1:-2]
ids, sids, refs = set(), set(), set()
for k, line in enumerate(body, 2):
    last = k == len(body) + 1
    if last == line.endswith(","):
        problems.append(f"dev8.json line {k}: trailing comma wrong")
    try:
        e = json.loads(line.rstrip(","))
    except ValueError as ex:
        problems.append(f"dev8.json line {k}: {ex}")
        continue
    num = int(e["id"][1:])
    if not 90009001 <= num <= 90009599 or e["id"] in ids:
        problems.append(f"{e['id']}: out of range or repeated")
    ids.add(e["id"])
    for sts in e["claims"].values():
        for st in sts:
            if st["id"] in sids:
                problems.append(f"statement id repeated: {st['id']}")
            sids.add(st["id"])
            snaks = [st["mainsnak"]] + [q for qs in st.get("qualifiers", {}).values() for q in qs]
            for sn in snaks:
                v = sn["datavalue"]["value"]
                if sn["datatype"] == "time":
                    year = int(v["time"][1:5]) * (-1 if v["time"][0] == "-" else 1)
                    want = "Q1985786" if year < 1582 else "Q1985727"
                    if not v["calendarmodel"].endswith(want):
                        problems.append(f"{e['id']} {sn['property']}: calendar {v['calendarmodel']} for {year}")
                elif sn["datatype"] == "wikibase-item" and v["numeric-id"] > 90000000:
                    refs.add(v["id"])
missing = refs - ids
if missing:
    problems.append(f"referenced but missing: {sorted(missing)}")

for p in problems:
    print("PROBLEM:", p)
print(f"{len(gold['texts'])} texts, {n_contra} contradictions, {n_correct} correct; KB {len(ids)} entities, {len(sids)} statements;",
      "OK" if not problems else f"{len(problems)} problems")
sys.exit(1 if problems else 0)
