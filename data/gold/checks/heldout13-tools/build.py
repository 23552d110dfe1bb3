"""Builds heldout13-claims.jsonl from k_{mb,cl,nw,en,ru}.py and checks every calendar fact."""
import json, os, random, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from h13cal import *
import k_mb, k_cl, k_nw, k_en, k_ru
RULES = ["lifespan", "family-order", "conflicting-values", "calendar-equivalence", "anachronism",
         "ordinal-series", "name-anomaly", "impossible-date", "malformed-date", "weekday-mismatch"]
IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

def check(c):
    k = c[0]
    if k == "true": return bool(c[1])
    if k == "wd": _, cal, y, m, d, name = c; return wd(cal, y, m, d) == name
    if k == "wdbad": _, cal, y, m, d, name = c; return wgap(wdi(cal, y, m, d), WD.index(name)) >= 2
    if k in ("hg", "hgbad"):
        _, hy, hm, hd, cal, y, m, d = c; gap = abs(h2j(hy, hm, hd) - jdn(cal, y, m, d))
        return gap <= 2 if k == "hg" else gap >= 10
    if k == "hy": cal = c[3] if len(c) > 3 else "g"; return c[2] in hyears(c[1], cal)
    if k == "hybad": cal = c[3] if len(c) > 3 else "g"; return min(abs(c[2] - y) for y in hyears(c[1], cal)) >= 3
    if k == "os": return os2ns(*c[1:4]) == tuple(c[4:7])
    if k == "osbad": return os2ns(*c[1:4]) != tuple(c[4:7])
    if k == "valid": return valid(*c[1:])
    if k == "invalid": return not valid(*c[1:])
    raise ValueError(k)

def sentences(t):
    return len([s for s in re.split(r"[.!؟]\s*", t) if s.strip()])

def main():
    cases, nchecks, table = [], 0, collections.Counter()
    for mod in (k_mb, k_cl, k_nw, k_en, k_ru):
        assert len(mod.CASES) == 40, (mod.STYLE, len(mod.CASES))
        per = collections.Counter(r for r, *_ in mod.CASES)
        assert per[None] == 20 and all(per[r] == 2 for r in RULES), (mod.STYLE, per)
        first = {"p": True, "c": True}
        for rule, text, note, checks in mod.CASES:
            for c in checks:
                assert check(c), (mod.STYLE, text[:40], c)
                nchecks += 1
            key = "c" if rule is None else "p"
            if first[key] and re.search(r"[0-9]", text):
                first[key] = False; text = text.translate(IND); note += " [Arabic-Indic digits]"
            table[(rule or "(consistent)", mod.STYLE)] += 1
            cases.append({"expect": [] if rule is None else [{"rule": rule}], "text": text, "note": note, "style": mod.STYLE})
    texts = [c["text"] for c in cases]; assert len(set(texts)) == len(texts)
    random.Random(20261361).shuffle(cases)
    out = os.path.join(HERE, "..", "heldout13-claims.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, c in enumerate(cases, 1):
            f.write(json.dumps({"id": "h13-%03d" % i, **c}, ensure_ascii=False) + "\n")
    multi = sum(1 for c in cases if sentences(c["text"]) > 1)
    styles = [m.STYLE for m in (k_mb, k_cl, k_nw, k_en, k_ru)]
    print("| rule | " + " | ".join(styles) + " | total |")
    for r in RULES + ["(consistent)"]:
        row = [table[(r, s)] for s in styles]; print("| %s | %s | %d |" % (r, " | ".join(map(str, row)), sum(row)))
    print("%d cases, %d checks pass, %d texts with 2-3 sentences" % (len(cases), nchecks, multi))

if __name__ == "__main__":
    main()
