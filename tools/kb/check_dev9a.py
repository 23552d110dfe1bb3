"""Checks the round-9 development set (a) for knowledge-base verification: data/kb/dev9a/gold.json and data/kb/dev9a.json.
- gold.json parses; every gold string occurs in its text as stated (occurrences counted at every start position,
  including inside longer strings; a string without `occurrence` must occur exactly once; `occurrence` must exist);
- no two gold spans of one text overlap; each text has 10-14 lines;
- every line of dev9a.json between `[` and `]` parses on its own; entity and statement ids are unique; local ids are in
  Q90013001-Q90013599; every local item a statement points to is in the file; every time value's calendar model
  matches its year (Julian before 1582); deprecated statements carry P2241.
Exit status 1 on any problem. Run: python3 tools/kb/check_dev9a.py"""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb")
SET, KB = os.path.join(ROOT, "dev9a"), os.path.join(ROOT, "dev9a.json")
FIRST, LAST = 90013001, 90013599
JUL, GREG = "http://www.wikidata.org/entity/Q1985786", "http://www.wikidata.org/entity/Q1985727"
problems = []


def starts(text, s):
    return [i for i in range(len(text)) if text.startswith(s, i)]


gold = json.load(open(os.path.join(SET, "gold.json"), encoding="utf-8"))
n_contra = n_correct = 0
for name, entry in gold["texts"].items():
    text = open(os.path.join(SET, name), encoding="utf-8").read()
    lines = [l for l in text.split("\n") if l.strip()]
    if not 10 <= len(lines) <= 14:
        problems.append(f"{name}: {len(lines)} lines")
    spans = []
    items = [(c, "contradiction") for c in entry["contradictions"]] + [(c, "correct") for c in entry["correct"]]
    n_contra += len(entry["contradictions"])
    n_correct += len(entry["correct"])
    for g, kind in items:
        s, occ = (g, None) if isinstance(g, str) else (g["text"], g.get("occurrence"))
        if kind == "contradiction" and not g.get("property", "").startswith("P"):
            problems.append(f"{name}: contradiction {s!r} without a property")
        found = starts(text, s)
        if occ is None:
            if len(found) != 1:
                problems.append(f"{name}: {s!r} occurs {len(found)} times but has no occurrence")
                continue
            start = found[0]
        else:
            if not 1 <= occ <= len(found):
                problems.append(f"{name}: {s!r} occurrence {occ} of {len(found)}")
                continue
            start = found[occ - 1]
        spans.append((start, start + len(s), s, kind))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            problems.append(f"{name}: spans overlap: {a[2]!r} and {b[2]!r}")

ids, sids, refs, n_ent, n_st = set(), set(), set(), 0, 0
with open(KB, encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines[0] != "[" or lines[-2:] != ["]", ""]:
    problems.append("dev9a.json: not in the dump shape")
for i, line in enumerate(lines[1:-2], 2):
    e = json.loads(line[:-1] if line.endswith(",") else line)
    if (not line.endswith(",")) != (i == len(lines) - 2):
        problems.append(f"dev9a.json line {i}: comma")
    n_ent += 1
    q = e["id"]
    if q in ids or not FIRST <= int(q[1:]) <= LAST:
        problems.append(f"{q}: duplicate or out of range")
    ids.add(q)
    for prop, sts in e["claims"].items():
        for st in sts:
            n_st += 1
            if st["id"] in sids:
                problems.append(f"{q}: duplicate statement id {st['id']}")
            sids.add(st["id"])
            if st["rank"] == "deprecated" and "P2241" not in st.get("qualifiers", {}):
                problems.append(f"{q} {prop}: deprecated without P2241")
            snaks = [st["mainsnak"]] + [s for qs in st.get("qualifiers", {}).values() for s in qs]
            for s in snaks:
                v = s["datavalue"]["value"]
                if s["datavalue"]["type"] == "time":
                    year = int(v["time"][1:5]) * (-1 if v["time"][0] == "-" else 1)
                    if v["calendarmodel"] != (JUL if year < 1582 else GREG):
                        problems.append(f"{q} {prop}: calendar model of {v['time']}")
                elif s["datavalue"]["type"] == "wikibase-entityid" and int(v["id"][1:]) > 90000000:
                    refs.add(v["id"])
for r in sorted(refs - ids):
    problems.append(f"dev9a.json: {r} referenced but not in the file")

print(f"{len(gold['texts'])} texts, {n_contra} contradictions, {n_correct} correct; KB {n_ent} entities, {n_st} statements")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
