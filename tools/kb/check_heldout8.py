"""Checks the eighth held-out KB verification set: data/kb/heldout8/gold.json against its texts and
data/kb/heldout8.json. Exit status 1 on any problem.
- gold.json parses; every gold string occurs in its text as stated (`occurrence` counted over all matches,
  overlapping ones included; a string without `occurrence` occurs exactly once); no two gold spans overlap;
- each text has 10-14 lines;
- each entity line of heldout8.json parses on its own; entity and statement ids are unique; local ids lie in
  Q90015001-Q90015599; every time value's calendar model matches its year (Julian before 1582); every local
  item a statement points to is in the file.
Run: python3 tools/kb/check_heldout8.py"""
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
SET = os.path.join(ROOT, "data", "kb", "heldout8")
KB = os.path.join(ROOT, "data", "kb", "heldout8.json")
FIRST, LAST = 90015001, 90015599
JUL, GREG = "Q1985786", "Q1985727"
problems = []


def starts(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


gold = json.load(open(os.path.join(SET, "gold.json"), encoding="utf-8"))
n_x = n_c = 0
for name, g in gold["texts"].items():
    text = open(os.path.join(SET, name), encoding="utf-8").read()
    lines = [l for l in text.split("\n") if l.strip()]
    if not 10 <= len(lines) <= 14:
        problems.append(f"{name}: {len(lines)} lines")
    spans = []
    for kind, entries in (("contradiction", g["contradictions"]), ("correct", g["correct"])):
        for e in entries:
            s, occ = (e, None) if isinstance(e, str) else (e["text"], e.get("occurrence"))
            found = starts(text, s)
            if occ is None:
                if len(found) != 1:
                    problems.append(f"{name}: {kind} {s!r} occurs {len(found)} times and has no occurrence")
                    continue
                occ = 1
            if occ > len(found):
                problems.append(f"{name}: {kind} {s!r} occurrence {occ} but only {len(found)} found")
                continue
            if kind == "contradiction" and (not str(e.get("property", "")).startswith("P") or not e.get("truth")):
                problems.append(f"{name}: contradiction {s!r} lacks property or truth")
            spans.append((found[occ - 1], found[occ - 1] + len(s), s))
            n_x += kind == "contradiction"
            n_c += kind == "correct"
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            problems.append(f"{name}: spans overlap: {a[2]!r} and {b[2]!r}")

raw = open(KB, encoding="utf-8").read().split("\n")
if raw[0] != "[" or raw[-1] != "" or raw[-2] != "]":
    problems.append("heldout8.json: not in full-dump shape")
entities = {}
stmt_ids = set()
body = raw[1:-2]
for k, line in enumerate(body):
    if (k < len(body) - 1) != line.endswith(","):
        problems.append(f"heldout8.json line {k + 2}: trailing comma wrong")
    e = json.loads(line.rstrip(","))
    if e["id"] in entities:
        problems.append(f"duplicate entity {e['id']}")
    entities[e["id"]] = e
n_st = 0
targets = set()
for qid, e in entities.items():
    if not FIRST <= int(qid[1:]) <= LAST:
        problems.append(f"{qid} out of range")
    for prop, sts in e["claims"].items():
        for st in sts:
            n_st += 1
            if st["id"] in stmt_ids:
                problems.append(f"duplicate statement id {st['id']}")
            stmt_ids.add(st["id"])
            snaks = [st["mainsnak"]] + [q for qs in st.get("qualifiers", {}).values() for q in qs]
            for sn in snaks:
                v = sn["datavalue"]["value"]
                if sn["datatype"] == "time":
                    year = int(v["time"][1:].split("-")[0])
                    want = JUL if year < 1582 else GREG
                    if not v["calendarmodel"].endswith(want):
                        problems.append(f"{qid} {prop}: calendar model of {v['time']}")
                elif sn["datatype"] == "wikibase-item" and v["numeric-id"] >= 90000000:
                    targets.add(v["id"])
for t in sorted(targets - set(entities)):
    problems.append(f"missing local item {t}")

for p in problems:
    print("PROBLEM:", p)
print(f"{len(gold['texts'])} texts, {n_x} contradictions, {n_c} right statements; KB {len(entities)} entities, {n_st} statements")
sys.exit(1 if problems else 0)
