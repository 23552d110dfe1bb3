"""Build heldout8-claims.jsonl from k_{mb,cl,nw,en,ru}.py: run checks, assert counts, shuffle, number."""
import json, os, random, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import h8cal, k_mb, k_cl, k_nw, k_en, k_ru
RULES = ["lifespan", "family-order", "conflicting-values", "calendar-equivalence", "anachronism",
         "ordinal-series", "name-anomaly", "impossible-date", "malformed-date", "weekday-mismatch"]
MODS = [k_mb, k_cl, k_nw, k_en, k_ru]
# one planted and one consistent text per style rendered with Arabic-Indic digits
INDIC = {("modern-biography", 5), ("modern-biography", 33), ("classical-tarjama", 2), ("classical-tarjama", 37),
         ("news", 10), ("news", 33), ("encyclopedia", 14), ("encyclopedia", 38), ("russian-julian", 11), ("russian-julian", 38)}
TR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
def sentences(t):
    t = re.sub(r"و\.م\.ع", "ومع", t)
    return len([x for x in re.split(r"[.؟!](?:\s|$)", t) if x.strip()])
rows, bad, n, multi = [], [], 0, 0
for mod in MODS:
    assert len(mod.CASES) == 40, mod.STYLE
    for i, (rule, text, note, checks) in enumerate(mod.CASES):
        assert rule is None or rule in RULES, rule
        assert (rule is None) == (i >= 20), (mod.STYLE, i)
        k = sentences(text); assert 1 <= k <= 3, (mod.STYLE, i, k, text); multi += k > 1
        assert not re.search(r"[A-Za-z{}]", text), (mod.STYLE, i, text)
        if (mod.STYLE, i) in INDIC:
            assert any(ch.isdigit() for ch in text), (mod.STYLE, i); text = text.translate(TR); note += " [Arabic-Indic digits]"
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
with open(os.path.join(HERE, "..", "heldout8-claims.jsonl"), "w", encoding="utf-8") as f:
    for k, r in enumerate(rows, 1):
        f.write(json.dumps({"id": f"h8-{k:03d}", **r}, ensure_ascii=False) + "\n")
print(f"{len(rows)} cases, {n} checks pass, {multi} texts with 2-3 sentences")
print("| rule | " + " | ".join(styles) + " | total |"); print("|---" * (len(styles) + 2) + "|")
for r in RULES + ["(consistent)"]:
    v = [cnt[(r, s)] for s in styles]; print(f"| {r} | " + " | ".join(map(str, v)) + f" | {sum(v)} |")
