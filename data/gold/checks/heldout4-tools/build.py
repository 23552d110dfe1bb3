"""Build heldout4-claims.jsonl: run every attached calendar check, verify counts, shuffle, number."""
import json, os, random, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases_mb, cases_cl, cases_nw, cases_en, cases_ru
RULES = ["lifespan", "family-order", "conflicting-values", "calendar-equivalence", "anachronism",
         "ordinal-series", "name-anomaly", "impossible-date", "malformed-date", "weekday-mismatch"]
MODS = [cases_mb, cases_cl, cases_nw, cases_en, cases_ru]
# (style, index in CASES) of texts written with Arabic-Indic digits (checks use the integers)
AID = {("modern-biography", 8), ("modern-biography", 34), ("news", 6), ("news", 38), ("encyclopedia", 4),
       ("encyclopedia", 34), ("russian-julian", 2), ("russian-julian", 38)}
TR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
rows, fails, nchecks = [], [], 0
for mod in MODS:
    for idx, (rule, text, note, checks) in enumerate(mod.CASES):
        if (mod.STYLE, idx) in AID: text = text.translate(TR)
        for ok, msg in checks:
            nchecks += 1
            if not ok: fails.append(f"{mod.STYLE}: {msg} :: {text[:60]}")
        rows.append({"expect": [{"rule": rule}] if rule else [], "text": text, "note": note, "style": mod.STYLE})
if fails:
    print("\n".join(fails)); sys.exit(1)
cnt = Counter((r["expect"][0]["rule"] if r["expect"] else "(consistent)", r["style"]) for r in rows)
styles = [m.STYLE for m in MODS]
for s in styles:
    assert sum(v for (k, st), v in cnt.items() if st == s) == 40, s
    assert cnt[("(consistent)", s)] == 20, s
    for r in RULES: assert cnt[(r, s)] == 2, (r, s, cnt[(r, s)])
texts = [r["text"] for r in rows]; assert len(set(texts)) == len(texts)
random.Random(20261206).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout4-claims.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        f.write(json.dumps({"id": f"h4-{i:03d}", **r}, ensure_ascii=False) + "\n")
print(f"{len(rows)} cases, {nchecks} checks pass")
print("| rule | " + " | ".join(styles) + " | total |"); print("|---" * (len(styles) + 2) + "|")
for r in RULES + ["(consistent)"]:
    v = [cnt[(r, s)] for s in styles]; print(f"| {r} | " + " | ".join(map(str, v)) + f" | {sum(v)} |")
