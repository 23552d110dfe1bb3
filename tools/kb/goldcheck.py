"""Shared checker of the blind KB verification sets (data/kb/<set>/gold.json against its texts, and data/kb/<set>.json).

    import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from goldcheck import check
    check("dev10a", 90018001, 90018999)

Checks: gold.json parses; every gold string occurs in its text as stated (occurrence counted at every start position; a
string without `occurrence` occurs exactly once); every contradiction names a property and its truth; no two gold spans
overlap; each text has `lines` non-empty lines; each line of the dump parses on its own, with the dump's `[` ... `]`
shape and trailing commas; entity and statement ids are unique and local ids in [first, last]; each time value's
calendar model matches its year (Julian before 1582); every referenced local item is in the file. Optional: `planted`
(the properties a contradiction may have), `on_disk` (the folder's *.ar.txt are exactly the gold's texts), `counts`
((min, max) contradictions, (min, max) right statements). Prints one summary line, then the problems; exits 1 on any."""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb")
JUL, GREG = "http://www.wikidata.org/entity/Q1985786", "http://www.wikidata.org/entity/Q1985727"


def starts(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def gold_problems(folder, gold, lines_range):
    """Problems of the gold spans against the texts, and the counts (texts' lines, contradictions, right statements)."""
    problems, n_contra, n_correct, n_lines = [], 0, 0, 0
    for name, g in gold["texts"].items():
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        lines = [l for l in text.split("\n") if l.strip()]
        n_lines += len(lines)
        if not lines_range[0] <= len(lines) <= lines_range[1]:
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
    return problems, n_lines, n_contra, n_correct


def dump_problems(path, first, last):
    """Problems of a Wikidata-shaped dump, and its entity and statement ids."""
    problems = []
    raw = open(path, encoding="utf-8").read().split("\n")
    if raw[0] != "[" or raw[-2] != "]" or raw[-1] != "":
        problems.append("dump: not '[' ... ']' with a final newline")
    body = raw[1:-2]
    ids, sids, refs = set(), set(), set()
    for k, line in enumerate(body, 2):
        last_line = k == len(body) + 1
        if last_line == line.endswith(","):
            problems.append(f"dump line {k}: trailing comma wrong")
        try:
            e = json.loads(line.rstrip(","))
        except json.JSONDecodeError as ex:
            problems.append(f"dump line {k}: {ex}")
            continue
        q = e["id"]
        if q in ids or not first <= int(q[1:]) <= last:
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
    problems.extend(f"dump: {r} referenced but not in the file" for r in sorted(refs - ids))
    return problems, ids, sids


def check(name, first, last, lines=(10, 14), planted=None, on_disk=False, counts=None):
    folder, dump = os.path.join(ROOT, name), os.path.join(ROOT, name + ".json")
    gold = json.load(open(os.path.join(folder, "gold.json"), encoding="utf-8"))
    problems, n_lines, n_contra, n_correct = gold_problems(folder, gold, lines)
    more, ids, sids = dump_problems(dump, first, last)
    problems += more
    if planted is not None:
        for text, g in gold["texts"].items():
            for e in g["contradictions"]:
                if e.get("property") not in planted:
                    problems.append(f"{text}: contradiction '{e['text']}' has unexpected property {e.get('property')}")
    if on_disk:
        found = sorted(f for f in os.listdir(folder) if f.endswith(".ar.txt"))
        if found != sorted(gold["texts"]):
            problems.append(f"texts on disk {found} differ from gold {sorted(gold['texts'])}")
    if counts is not None and not (counts[0][0] <= n_contra <= counts[0][1] and counts[1][0] <= n_correct <= counts[1][1]):
        problems.append(f"counts out of range: {n_contra} contradictions, {n_correct} right statements")
    print(f"{len(gold['texts'])} texts, {n_lines} lines, {n_contra} contradictions, {n_correct} right statements; "
          f"{len(ids)} entities, {len(sids)} statements")
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1 if problems else 0)
