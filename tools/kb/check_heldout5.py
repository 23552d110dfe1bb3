"""Checks data/kb/heldout5: every gold string occurs in its text exactly as written (the `occurrence`-th
occurrence when given; strings without `occurrence` must occur exactly once), no two gold spans of a text
overlap, each text has 10-14 lines; and data/kb/heldout5.json: one entity per line that parses on its own,
unique entity and statement ids, calendar model matching the year (Julian before 1582), every referenced
local item present. Run: python3 tools/kb/check_heldout5.py (exit status 1 on any problem)."""
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
DIR = os.path.join(ROOT, "data", "kb", "heldout5")
KB = os.path.join(ROOT, "data", "kb", "heldout5.json")
JUL, GREG = "http://www.wikidata.org/entity/Q1985786", "http://www.wikidata.org/entity/Q1985727"


def starts(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def check_gold(errors):
    gold = json.load(open(os.path.join(DIR, "gold.json"), encoding="utf-8"))
    n_x = n_c = 0
    for name, g in gold["texts"].items():
        text = open(os.path.join(DIR, name), encoding="utf-8").read()
        lines = [l for l in text.split("\n") if l.strip()]
        if not 10 <= len(lines) <= 14:
            errors.append(f"{name}: {len(lines)} lines")
        spans = []
        items = [("x", e) for e in g["contradictions"]] + [("c", e) for e in g["correct"]]
        for kind, e in items:
            s = e if isinstance(e, str) else e["text"]
            occ = None if isinstance(e, str) else e.get("occurrence")
            found = starts(text, s)
            if occ is None:
                if len(found) != 1:
                    errors.append(f"{name}: {s!r} occurs {len(found)} times and has no occurrence")
                    continue
                st = found[0]
            else:
                if occ < 1 or occ > len(found):
                    errors.append(f"{name}: {s!r} occurrence {occ} of {len(found)}")
                    continue
                st = found[occ - 1]
            if kind == "x" and not (e.get("property", "").startswith("P") and e.get("truth")):
                errors.append(f"{name}: contradiction {s!r} lacks property or truth")
            spans.append((st, st + len(s), s))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{name}: spans overlap: {a[2]!r} and {b[2]!r}")
        n_x += len(g["contradictions"])
        n_c += len(g["correct"])
    return len(gold["texts"]), n_x, n_c


def check_kb(errors):
    raw = open(KB, encoding="utf-8").read().split("\n")
    if raw[0] != "[" or raw[-2] != "]":
        errors.append("KB: not [ ... ] with one entity per line")
    body = raw[1:-2]
    ents, sids = {}, set()
    for i, line in enumerate(body):
        if i < len(body) - 1 and not line.endswith(","):
            errors.append(f"KB line {i + 2}: no trailing comma")
        e = json.loads(line.rstrip(","))
        if e["id"] in ents:
            errors.append(f"KB: duplicate entity {e['id']}")
        ents[e["id"]] = e
    refs = 0
    for e in ents.values():
        for sts in e["claims"].values():
            for st in sts:
                if st["id"] in sids:
                    errors.append(f"KB: duplicate statement {st['id']}")
                sids.add(st["id"])
                snaks = [st["mainsnak"]] + [q for qs in st.get("qualifiers", {}).values() for q in qs]
                for sn in snaks:
                    if sn["snaktype"] != "value":
                        continue
                    v = sn["datavalue"]["value"]
                    if sn["datatype"] == "time":
                        y = int(v["time"][1:5])
                        want = JUL if y < 1582 else GREG
                        if v["calendarmodel"] != want:
                            errors.append(f"KB {e['id']}: calendar model of {v['time']}")
                    elif sn["datatype"] == "wikibase-item" and v["numeric-id"] > 90000000:
                        refs += 1
                        if v["id"] not in ents:
                            errors.append(f"KB {e['id']}: {sn['property']} points to missing {v['id']}")
    return len(ents), len(sids)


def main():
    errors = []
    texts, n_x, n_c = check_gold(errors)
    n_e, n_s = check_kb(errors)
    for e in errors:
        print(e)
    print(f"{texts} texts, {n_x} contradictions, {n_c} right statements; KB {n_e} entities, {n_s} statements; "
          f"{len(errors)} problem(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
