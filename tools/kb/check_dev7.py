"""Checks the round-7 development KB set: data/kb/dev7/gold.json against the texts in data/kb/dev7/ and
data/kb/dev7.json. Every gold string must occur in its text as stated (`occurrence` = the n-th match of
str.find, 1-based; a string without `occurrence` must occur exactly once), no two gold spans of a text
may overlap, each text has 10-14 lines; each line of dev7.json parses on its own, entity ids are unique
and in Q90007001-Q90007599, statement ids are unique, every time value's calendar model matches its year
(Julian before 1582), every referenced local item is in the file. Exit status 1 on any problem.
Run: python3 tools/kb/check_dev7.py"""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb")
problems = []


def find_nth(text, s, n):
    i = -1
    for _ in range(n):
        i = text.find(s, i + 1)
        if i < 0:
            return -1
    return i


gold = json.load(open(os.path.join(ROOT, "dev7", "gold.json"), encoding="utf-8"))
n_contra = n_right = 0
for name, g in gold["texts"].items():
    text = open(os.path.join(ROOT, "dev7", name), encoding="utf-8").read()
    lines = text.splitlines()
    if not 10 <= len(lines) <= 14:
        problems.append(f"{name}: {len(lines)} lines")
    spans = []
    entries = [(e, True) for e in g["contradictions"]] + [(e, False) for e in g["correct"]]
    for e, contra in entries:
        s = e if isinstance(e, str) else e["text"]
        occ = None if isinstance(e, str) else e.get("occurrence")
        count = 0
        i = text.find(s)
        while i >= 0:
            count += 1
            i = text.find(s, i + 1)
        if occ is None and count != 1:
            problems.append(f"{name}: {s!r} occurs {count} times but has no occurrence")
            continue
        start = find_nth(text, s, occ or 1)
        if start < 0:
            problems.append(f"{name}: {s!r} occurrence {occ} not found")
            continue
        if contra and not (e.get("property", "").startswith("P") and e.get("truth")):
            problems.append(f"{name}: contradiction {s!r} lacks property or truth")
        spans.append((start, start + len(s), s))
        if contra:
            n_contra += 1
        else:
            n_right += 1
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            problems.append(f"{name}: spans overlap: {a[2]!r} and {b[2]!r}")

ids, stmt_ids, refs = set(), set(), set()
with open(os.path.join(ROOT, "dev7.json"), encoding="utf-8") as f:
    raw = f.read().splitlines()
if raw[0] != "[" or raw[-1] != "]":
    problems.append("dev7.json: not [ ... ]")
body = raw[1:-1]
for k, line in enumerate(body, start=2):
    if k - 2 < len(body) - 1 and not line.endswith(","):
        problems.append(f"dev7.json line {k}: no trailing comma")
    e = json.loads(line.rstrip(","))
    if e["id"] in ids:
        problems.append(f"duplicate entity {e['id']}")
    ids.add(e["id"])
    if not 90007001 <= int(e["id"][1:]) <= 90007599:
        problems.append(f"{e['id']} outside Q90007001-Q90007599")
    for sts in e["claims"].values():
        for st in sts:
            if st["id"] in stmt_ids:
                problems.append(f"duplicate statement {st['id']}")
            stmt_ids.add(st["id"])
            snaks = [st["mainsnak"]] + [q for qs in st.get("qualifiers", {}).values() for q in qs]
            for sn in snaks:
                v = sn["datavalue"]["value"]
                if sn["datatype"] == "time":
                    year = int(v["time"][1:5]) * (-1 if v["time"][0] == "-" else 1)
                    want = "Q1985786" if year < 1582 else "Q1985727"
                    if not v["calendarmodel"].endswith(want):
                        problems.append(f"{e['id']}: {v['time']} has {v['calendarmodel']}")
                elif sn["datatype"] == "wikibase-item" and v["numeric-id"] > 90000000:
                    refs.add(v["id"])
for r in sorted(refs - ids):
    problems.append(f"referenced local item {r} not in dev7.json")

print(f"{len(gold['texts'])} texts, {n_contra} contradictions, {n_right} right statements, {len(ids)} entities, {len(stmt_ids)} statements")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
