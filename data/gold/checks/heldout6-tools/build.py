"""Build heldout6-claims.jsonl from k_{mb,cl,nw,en,ru}.py: run every check, assert counts, shuffle, number."""
import json, os, random, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import k_mb, k_cl, k_nw, k_en, k_ru
RULES = ["lifespan", "family-order", "conflicting-values", "calendar-equivalence", "anachronism",
         "ordinal-series", "name-anomaly", "impossible-date", "malformed-date", "weekday-mismatch"]
MODS = [k_mb, k_cl, k_nw, k_en, k_ru]
# texts rendered with Arabic-Indic digits: one consistent and one planted per style
INDIC = {("modern-biography", 3), ("modern-biography", 26), ("classical-tarjama", 16), ("classical-tarjama", 36),
         ("news", 2), ("news", 38), ("encyclopedia", 14), ("encyclopedia", 36), ("russian-julian", 0), ("russian-julian", 26)}
TR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
rows, bad, n = [], [], 0
for mod in MODS:
    assert len(mod.CASES) == 40, mod.STYLE
    for i, (rule, text, note, checks) in enumerate(mod.CASES):
        assert rule is None or rule in RULES, rule
        t0 = text.replace("و.م.ع", "").replace("(و. ", "(").replace(" ت. ", " ")
        assert 1 <= t0.count(".") + t0.count("؟") <= 3, (mod.STYLE, i)
        if (mod.STYLE, i) in INDIC:
            assert any(ch.isdigit() for ch in text), (mod.STYLE, i)
            text = text.translate(TR); note += " [Arabic-Indic digits]"
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
random.Random(20261208).shuffle(rows)
with open(os.path.join(HERE, "..", "heldout6-claims.jsonl"), "w", encoding="utf-8") as f:
    for k, r in enumerate(rows, 1):
        f.write(json.dumps({"id": f"h6-{k:03d}", **r}, ensure_ascii=False) + "\n")
print(f"{len(rows)} cases, {n} checks pass")
print("| rule | " + " | ".join(styles) + " | total |"); print("|---" * (len(styles) + 2) + "|")
for r in RULES + ["(consistent)"]:
    v = [cnt[(r, s)] for s in styles]; print(f"| {r} | " + " | ".join(map(str, v)) + f" | {sum(v)} |")
