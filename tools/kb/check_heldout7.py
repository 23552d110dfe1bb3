"""Checks the seventh held-out KB set: data/kb/heldout7/gold.json against its texts and data/kb/heldout7.json.
- gold.json parses; every gold string occurs in its text as stated (a string without `occurrence` occurs exactly once;
  with `occurrence` k, the string occurs at least k times and more than once);
- no two gold spans (contradictions and correct statements) overlap;
- each text has 10-14 lines;
- each line of heldout7.json parses on its own; entity and statement ids are unique; local ids are in
  Q90010001-Q90010599; every time value's calendar model matches its year (Julian before 1582); every
  referenced local item is in the file.
Exit status 1 on any problem.
Run: python3 tools/kb/check_heldout7.py"""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
SET = os.path.join(ROOT, "data", "kb", "heldout7")
KB = os.path.join(ROOT, "data", "kb", "heldout7.json")
LO, HI = 90010001, 90010599
JUL, GREG = "http://www.wikidata.org/entity/Q1985786", "http://www.wikidata.org/entity/Q1985727"
problems = []


def occurrences(text, s):
    return [i for i in range(len(text)) if text.startswith(s, i)]


def check_gold():
    gold = json.load(open(os.path.join(SET, "gold.json"), encoding="utf-8"))
    nc = nr = 0
    for name, g in gold["texts"].items():
        path = os.path.join(SET, name)
        if not os.path.exists(path):
            problems.append(f"{name}: missing text")
            continue
        text = open(path, encoding="utf-8").read()
        lines = [l for l in text.split("\n") if l.strip()]
        if not 10 <= len(lines) <= 14:
            problems.append(f"{name}: {len(lines)} lines")
        spans = []
        entries = [("contradiction", c) for c in g["contradictions"]] + [("correct", c) for c in g["correct"]]
        for kind, e in entries:
            s, k = (e, None) if isinstance(e, str) else (e["text"], e.get("occurrence"))
            if kind == "contradiction":
                nc += 1
                if not e.get("property", "").startswith("P") or not e.get("truth"):
                    problems.append(f"{name}: contradiction {s!r} lacks property or truth")
            else:
                nr += 1
            occ = occurrences(text, s)
            if k is None:
                if len(occ) != 1:
                    problems.append(f"{name}: {kind} {s!r} occurs {len(occ)} times without occurrence")
                    continue
                start = occ[0]
            else:
                if len(occ) < 2 or k < 1 or k > len(occ):
                    problems.append(f"{name}: {kind} {s!r} occurrence {k} but {len(occ)} occurrences")
                    continue
                start = occ[k - 1]
            spans.append((start, start + len(s), kind, s))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                problems.append(f"{name}: spans overlap: {a[3]!r} ({a[2]}) and {b[3]!r} ({b[2]})")
    return len(gold["texts"]), nc, nr


def check_kb():
    lines = open(KB, encoding="utf-8").read().split("\n")
    if lines[0] != "[" or lines[-2:] != ["]", ""]:
        problems.append("heldout7.json: not in the dump shape '[' ... ']'")
    body = lines[1:-2]
    ids, sids, refs, nst = set(), set(), set(), 0
    for no, line in enumerate(body, 2):
        if no - 2 < len(body) - 1 and not line.endswith(","):
            problems.append(f"heldout7.json:{no}: no trailing comma")
        try:
            e = json.loads(line.rstrip(","))
        except json.JSONDecodeError as ex:
            problems.append(f"heldout7.json:{no}: {ex}")
            continue
        qid = e["id"]
        if qid in ids:
            problems.append(f"duplicate entity {qid}")
        ids.add(qid)
        if not LO <= int(qid[1:]) <= HI:
            problems.append(f"{qid} out of range")
        for sts in e["claims"].values():
            for st in sts:
                nst += 1
                if st["id"] in sids:
                    problems.append(f"duplicate statement id {st['id']}")
                sids.add(st["id"])
                snaks = [st["mainsnak"]] + [q for qs in st.get("qualifiers", {}).values() for q in qs]
                for sn in snaks:
                    v = sn.get("datavalue", {}).get("value")
                    if sn.get("datatype") == "time":
                        year = int(v["time"][1:5]) * (-1 if v["time"][0] == "-" else 1)
                        want = JUL if year < 1582 else GREG
                        if v["calendarmodel"] != want:
                            problems.append(f"{qid}: {sn['property']} {v['time']} calendar {v['calendarmodel']}")
                    elif sn.get("datatype") == "wikibase-item":
                        refs.add(v["id"])
    for r in refs:
        if int(r[1:]) >= 90000000 and r not in ids:
            problems.append(f"referenced local item {r} is not in the file")
    return len(ids), nst


if __name__ == "__main__":
    t, nc, nr = check_gold()
    ne, ns = check_kb()
    for p in problems:
        print("PROBLEM:", p)
    print(f"{t} texts, {nc} planted contradictions, {nr} right statements; KB {ne} entities, {ns} statements")
    sys.exit(1 if problems else 0)
