"""Builds dev14b-claims.jsonl from the five style files; runs every attached calendar check."""
import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cal, s_ob, s_tl, s_oh, s_ct, s_ru
RULES = ["lifespan", "family-order", "conflicting-values", "calendar-equivalence", "anachronism",
         "ordinal-series", "name-anomaly", "impossible-date", "malformed-date", "weekday-mismatch"]
MODS = [s_ob, s_tl, s_oh, s_ct, s_ru]
AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
def nsent(t):
    parts = [p for p in re.split(r"[.؟!]\s+|[.؟!]$|\n", t.strip()) if p.strip()]
    return len(parts)
cases, checks, table, multi = [], 0, {}, 0
for m in MODS:
    assert len(m.CASES) == 40, (m.STYLE, len(m.CASES))
    ai = [c for c in m.CASES if c[4]]
    assert len(ai) == 2 and sum(1 for c in ai if c[0]) == 1, m.STYLE
    for rule, text, note, cks, arabic in m.CASES:
        assert rule is None or rule in RULES, rule
        assert not re.search("[٠-٩]", text), text
        for i, ck in enumerate(cks):
            assert ck(), (m.STYLE, note, i)
            checks += 1
        n = nsent(text)
        assert 1 <= n <= 3, (n, text)
        multi += n > 1
        if arabic:
            text = text.translate(AI); note += " (Arabic-Indic digits)"
        table[(rule, m.STYLE)] = table.get((rule, m.STYLE), 0) + 1
        cases.append({"expect": [{"rule": rule}] if rule else [], "text": text, "note": note, "style": m.STYLE})
for m in MODS:
    for r in RULES: assert table.get((r, m.STYLE)) == 2, (r, m.STYLE)
    assert table[(None, m.STYLE)] == 20
assert len({c["text"] for c in cases}) == 200
random.Random(20261402).shuffle(cases)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev14b-claims.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, c in enumerate(cases, 1):
        f.write(json.dumps({"id": f"d14b-{i:03d}", **c}, ensure_ascii=False) + "\n")
print("| rule | " + " | ".join(m.STYLE for m in MODS) + " | total |")
print("|---|" + "---|" * (len(MODS) + 1))
for r in RULES + [None]:
    row = [table.get((r, m.STYLE), 0) for m in MODS]
    print(f"| {r or '(consistent)'} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
print(f"{len(cases)} cases, {checks} checks pass, {multi} texts with 2-3 sentences or lines")
