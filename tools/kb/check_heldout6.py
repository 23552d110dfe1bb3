"""Checks the sixth held-out KB verification set: data/kb/heldout6/gold.json against its texts and
data/kb/heldout6.json. Every gold string must occur in its text as stated (the `occurrence`-th time when
given; exactly once otherwise); no two gold spans of a text overlap; each text has 10-14 lines; every line
of the dump parses, ids are unique, calendar models match the year, local items are in Q90008001-Q90008599
and every referenced local item is in the file. Exit status 1 on any problem.
Run: python3 tools/kb/check_heldout6.py"""
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
SET = os.path.join(ROOT, "data", "kb", "heldout6")
DUMP = os.path.join(ROOT, "data", "kb", "heldout6.json")
JUL = "http://www.wikidata.org/entity/Q1985786"
GREG = "http://www.wikidata.org/entity/Q1985727"
problems = []


def positions(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


gold = json.load(open(os.path.join(SET, "gold.json"), encoding="utf-8"))
nc = nr = 0
for name, g in gold["texts"].items():
    text = open(os.path.join(SET, name), encoding="utf-8").read()
    lines = [l for l in text.split("\n") if l.strip()]
    if not 10 <= len(lines) <= 14:
        problems.append(f"{name}: {len(lines)} lines")
    spans = []
    entries = [("contradiction", c) for c in g["contradictions"]] + [("correct", c) for c in g["correct"]]
    nc += len(g["contradictions"])
    nr += len(g["correct"])
    for kind, e in entries:
        s = e if isinstance(e, str) else e["text"]
        occ = None if isinstance(e, str) else e.get("occurrence")
        pos = positions(text, s)
        if occ is None:
            if len(pos) != 1:
                problems.append(f"{name}: {kind} {s!r} occurs {len(pos)} times but has no occurrence")
                continue
            start = pos[0]
        else:
            if len(pos) < 2 or occ > len(pos) or occ < 1:
                problems.append(f"{name}: {kind} {s!r} occurrence {occ} of {len(pos)}")
                continue
            start = pos[occ - 1]
        if kind == "contradiction" and not (e.get("property", "").startswith("P") and e.get("truth")):
            problems.append(f"{name}: contradiction {s!r} lacks property or truth")
        spans.append((start, start + len(s), s))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            problems.append(f"{name}: spans overlap {a[2]!r} and {b[2]!r}")

ids, stmt_ids, refs = set(), set(), set()
lines = open(DUMP, encoding="utf-8").read().split("\n")
if lines[0] != "[" or lines[-2] != "]":
    problems.append("dump does not start with [ and end with ]")
body = lines[1:-2]
for k, line in enumerate(body):
    if k < len(body) - 1 and not line.endswith(","):
        problems.append(f"dump line {k + 2} does not end with ,")
    e = json.loads(line.rstrip(","))
    if e["id"] in ids:
        problems.append(f"duplicate id {e['id']}")
    ids.add(e["id"])
    if not 90008001 <= int(e["id"][1:]) <= 90008599:
        problems.append(f"id {e['id']} out of range")
    for sts in e["claims"].values():
        for st in sts:
            if st["id"] in stmt_ids:
                problems.append(f"duplicate statement id {st['id']}")
            stmt_ids.add(st["id"])
            snaks = [st["mainsnak"]] + [q for qs in st.get("qualifiers", {}).values() for q in qs]
            for sn in snaks:
                v = sn.get("datavalue", {}).get("value")
                if sn["datatype"] == "time":
                    year = int(v["time"][1:5])
                    want = JUL if year < 1582 else GREG
                    if v["calendarmodel"] != want:
                        problems.append(f"{e['id']}: calendar model of {v['time']}")
                elif sn["datatype"] == "wikibase-item" and v["numeric-id"] > 90000000:
                    refs.add(v["id"])
for r in sorted(refs - ids):
    problems.append(f"referenced local item {r} not in the dump")

print(f"{len(gold['texts'])} texts, {nc} contradictions, {nr} right statements, {len(ids)} entities, {len(stmt_ids)} statements")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
