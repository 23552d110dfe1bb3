"""Build heldout3-claims.jsonl from the hand-written case files.
Runs every calendar/weekday/validity check attached to a case, then shuffles with a fixed seed
and numbers the ids in shuffled order. Usage: python3 build.py"""
import json, random, sys, os, collections
from cal import *
import cases_cl, cases_mb, cases_nw, cases_en, cases_ru

RULES = ["lifespan", "family-order", "conflicting-values", "calendar-equivalence", "anachronism",
         "ordinal-series", "name-anomaly", "impossible-date", "malformed-date", "weekday-mismatch"]
STYLES = ["modern-biography", "classical-tarjama", "news", "encyclopedia", "russian-julian"]

def run_check(c):
    k = c[0]
    if k in ("W", "WX"):
        _, y, m, d, cal, name = c
        ok = weekday(y, m, d, cal) == name
        return ok if k == "W" else not ok
    if k in ("JG", "JGX"):
        _, a, b, cc, x, y, z = c
        ok = jdn_to_greg(jul_to_jdn(a, b, cc)) == (x, y, z)
        return ok if k == "JG" else not ok
    if k in ("HY", "HYX"):
        _, h, g = c
        ok = g in western_years_of_hijri_year(h)
        return ok if k == "HY" else not ok
    if k in ("UQ", "UQX"):
        _, hy, hm, hd, y, m, d = c
        ok = ummalqura(hy, hm, hd) == (y, m, d)
        return ok if k == "UQ" else not ok
    if k in ("V", "VX"):
        _, y, m, d, cal = c
        ok = valid(y, m, d, cal)
        return ok if k == "V" else not ok
    if k == "TAB":  # tabular Hijri date equals the Western date within one day
        _, hy, hm, hd, y, m, d, cal = c
        return abs(hij_to_jdn(hy, hm, hd) - to_jdn(y, m, d, cal)) <= 1
    raise ValueError(c)

def main():
    allc = cases_cl.CASES + cases_mb.CASES + cases_nw.CASES + cases_en.CASES + cases_ru.CASES
    bad = 0
    for s, r, text, note, checks in allc:
        assert s in STYLES, s
        assert r == "" or r in RULES, r
        for c in checks:
            if not run_check(c):
                print("CHECK FAILED:", c, "in:", text[:60]); bad += 1
    texts = [c[2] for c in allc]
    assert len(set(texts)) == len(texts), "duplicate text"
    if bad: sys.exit(1)
    rnd = random.Random(20261205)
    order = list(range(len(allc))); rnd.shuffle(order)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout3-claims.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, k in enumerate(order, 1):
            s, r, text, note, _ = allc[k]
            obj = {"id": f"h3-{i:03d}", "expect": [{"rule": r}] if r else [], "text": text, "note": note, "style": s}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    # counts
    tab = collections.Counter((c[1] or "(consistent)", c[0]) for c in allc)
    rows = RULES + ["(consistent)"]
    print("| rule | " + " | ".join(STYLES) + " | total |")
    print("|---|" + "---|" * (len(STYLES) + 1))
    for r in rows:
        n = [tab[(r, s)] for s in STYLES]
        print(f"| {r} | " + " | ".join(map(str, n)) + f" | {sum(n)} |")
    n = [sum(tab[(r, s)] for r in rows) for s in STYLES]
    print("| total | " + " | ".join(map(str, n)) + f" | {sum(n)} |")
    print("checks run:", sum(len(c[4]) for c in allc), "all passed")

if __name__ == "__main__":
    main()
