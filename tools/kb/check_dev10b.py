"""Checks the round-10 generalization check b (data/kb/dev10b/ and data/kb/dev10b.json): gold.json parses; every gold string
occurs in its text as stated (occurrence counted at every start position; a string without `occurrence` occurs exactly
once); no two gold spans overlap; each text has 10-14 lines; each line of the dump parses on its own; entity and
statement ids are unique and in range; each time value's calendar model matches its year (Julian before 1582); every
referenced local item is in the file. Exit status 1 on any problem.
Also: the texts in the folder are exactly the texts in gold.json; every planted property is one of those the set
plants; every local item the dump references as a value exists; the gold has 30-40 contradictions and 180-230 right
statements.
Run: python3 tools/kb/check_dev10b.py"""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb")
SET, DUMP = os.path.join(ROOT, "dev10b"), os.path.join(ROOT, "dev10b.json")
FIRST, LAST = 90019001, 90019999
JUL, GREG = "http://www.wikidata.org/entity/Q1985786", "http://www.wikidata.org/entity/Q1985727"
problems = []


def starts(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


gold = json.load(open(os.path.join(SET, "gold.json"), encoding="utf-8"))
n_contra = n_correct = n_lines = 0
for name, g in gold["texts"].items():
    text = open(os.path.join(SET, name), encoding="utf-8").read()
    lines = [l for l in text.split("\n") if l.strip()]
    n_lines += len(lines)
    if not 10 <= len(lines) <= 14:
        problems.append(f"{name}: {len(lines)} lines")
    spans = []
    for kind, entries in (("contradiction", g["contradictions"]), ("correct", g["correct"])):
        for e in entries:
            s, occ = (e, None) if isinstance(e, str) else (e["text"], e.get("occurrence"))
            at = starts(text, s)
            if occ is None and len(at) != 1:
                problems.append(f"{name}: {kind} '{s}' occurs {len(at)} times but has no occurrence")
                continue
            if occ is not None and not 1 <= occ <= len(at):
                problems.append(f"{name}: {kind} '{s}' occurrence {occ} of {len(at)}")
                continue
            if kind == "contradiction" and not (e.get("property", "").startswith("P") and e.get("truth")):
                problems.append(f"{name}: contradiction '{s}' lacks property or truth")
            b = at[(occ or 1) - 1]
            spans.append((b, b + len(s), s))
    n_contra += len(g["contradictions"])
    n_correct += len(g["correct"])
    spans.sort()
    for (b1, e1, s1), (b2, e2, s2) in zip(spans, spans[1:]):
        if b2 < e1:
            problems.append(f"{name}: gold spans overlap: '{s1}' [{b1},{e1}) and '{s2}' [{b2},{e2})")

PLANTED = {"P569", "P570", "P19", "P20", "P22", "P25", "P26", "P39", "P40", "P69", "P108", "P166", "P463", "P571",
           "P576", "P3373"}
for name, g in gold["texts"].items():
    for e in g["contradictions"]:
        if e.get("property") not in PLANTED:
            problems.append(f"{name}: contradiction '{e['text']}' has unexpected property {e.get('property')}")
on_disk = sorted(f for f in os.listdir(SET) if f.endswith(".ar.txt"))
if on_disk != sorted(gold["texts"]):
    problems.append(f"texts on disk {on_disk} differ from gold {sorted(gold['texts'])}")
if not 30 <= n_contra <= 40 or not 180 <= n_correct <= 230:
    problems.append(f"counts out of range: {n_contra} contradictions, {n_correct} right statements")

raw = open(DUMP, encoding="utf-8").read().split("\n")
if raw[0] != "[" or raw[-2] != "]" or raw[-1] != "":
    problems.append("dump: not '[' ... ']' with a final newline")
body = raw[1:-2]
ids, sids, refs = set(), set(), set()
for k, line in enumerate(body, 2):
    last = k == len(body) + 1
    if last == line.endswith(","):
        problems.append(f"dump line {k}: trailing comma wrong")
    try:
        e = json.loads(line.rstrip(","))
    except json.JSONDecodeError as ex:
        problems.append(f"dump line {k}: {ex}")
        continue
    q = e["id"]
    if q in ids or not FIRST <= int(q[1:]) <= LAST:
        problems.append(f"dump line {k}: id {q} duplicate or out of range")
    ids.add(q)
    for prop, sts in e["claims"].items():
        for st in sts:
            if st["id"] in sids:
                problems.append(f"{q}: duplicate statement id {st['id']}")
            sids.add(st["id"])
            snaks = [st["mainsnak"]] + [s for qs in st.get("qualifiers", {}).values() for s in qs]
            for sn in snaks:
                v = sn["datavalue"]["value"]
                if sn["datavalue"]["type"] == "time":
                    y = int(v["time"][1:5]) * (-1 if v["time"][0] == "-" else 1)
                    if v["calendarmodel"] != (JUL if y < 1582 else GREG):
                        problems.append(f"{q} {prop}: calendar model of {v['time']}")
                elif sn["datavalue"]["type"] == "wikibase-entityid" and v["numeric-id"] >= 90000000:
                    refs.add(v["id"])
for r in sorted(refs - ids):
    problems.append(f"dump: {r} referenced but not in the file")

print(f"{len(gold['texts'])} texts, {n_lines} lines, {n_contra} contradictions, {n_correct} right statements; "
      f"{len(ids)} entities, {len(sids)} statements")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
