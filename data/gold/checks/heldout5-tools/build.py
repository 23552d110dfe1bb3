"""Build heldout5-claims.jsonl from k_{mb,cl,nw,en,ru}.py: run all checks, assert counts, shuffle, number."""
import json, os, random, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import h5cal, k_mb, k_cl, k_nw, k_en, k_ru
RULES = ["lifespan", "family-order", "conflicting-values", "calendar-equivalence", "anachronism",
         "ordinal-series", "name-anomaly", "impossible-date", "malformed-date", "weekday-mismatch"]
MODS = [k_mb, k_cl, k_nw, k_en, k_ru]
# (style, index) of texts rendered with Arabic-Indic digits; the checks work on integers
INDIC = {("modern-biography", 1), ("modern-biography", 26), ("classical-tarjama", 15), ("classical-tarjama", 34),
         ("news", 14), ("news", 24), ("encyclopedia", 6), ("encyclopedia", 29), ("russian-julian", 6), ("russian-julian", 20)}
TR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
rows, bad, n = [], [], 0
for mod in MODS:
    for i, (rule, text, note, checks) in enumerate(mod.CASES):
        assert rule is None or rule in RULES, rule
        if (mod.STYLE, i) in INDIC:
            assert any(c.isdigit() for c in text), (mod.STYLE, i); text = text.translate(TR)
        for good, msg in checks:
            n += 1
            if not good: bad.append(f"{mod.STYLE}[{i}] {msg}: {text[:70]}")
        rows.append({"expect": [{"rule": rule}] if rule else [], "text": text, "note": note, "style": mod.STYLE})
if bad:
    print("\n".join(bad)); sys.exit(1)
cnt = Counter((r["expect"][0]["rule"] if r["expect"] else "(consistent)", r["style"]) for r in rows)
styles = [m.STYLE for m in MODS]
for s in styles:
    assert cnt[("(consistent)", s)] == 20, s
    for r in RULES: assert cnt[(r, s)] == 2, (r, s, cnt[(r, s)])
texts = [r["text"] for r in rows]; assert len(set(texts)) == len(texts) == 200
random.Random(20261207).shuffle(rows)
with open(os.path.join(HERE, "..", "heldout5-claims.jsonl"), "w", encoding="utf-8") as f:
    for k, r in enumerate(rows, 1):
        f.write(json.dumps({"id": f"h5-{k:03d}", **r}, ensure_ascii=False) + "\n")
print(f"{len(rows)} cases, {n} checks pass")
print("| rule | " + " | ".join(styles) + " | total |"); print("|---" * (len(styles) + 2) + "|")
for r in RULES + ["(consistent)"]:
    v = [cnt[(r, s)] for s in styles]; print(f"| {r} | " + " | ".join(map(str, v)) + f" | {sum(v)} |")
