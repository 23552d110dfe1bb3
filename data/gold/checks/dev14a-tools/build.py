"""Builder of dev14a-claims.jsonl (standalone; run: python3 data/gold/checks/dev14a-tools/build.py)."""
import json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import cal14, k_st, k_mg, k_wk, k_mm, k_bk
RULES = ["lifespan", "family-order", "conflicting-values", "calendar-equivalence", "anachronism",
         "ordinal-series", "name-anomaly", "impossible-date", "malformed-date", "weekday-mismatch"]
MODS = [k_st, k_mg, k_wk, k_mm, k_bk]
AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

def sentences(t):
    return len([p for p in re.split(r"(?<=[.!؟?])\s+", t.strip()) if p.strip()])

def main():
    checks = 0; cases = []; table = {}
    for mod in MODS:
        assert len(mod.CASES) == 40, (mod.STYLE, len(mod.CASES))
        ai = {"p": 0, "c": 0}
        for rule, text, note, cks, arabic in mod.CASES:
            assert rule is None or rule in RULES, rule
            for i, ok in enumerate(cks):
                assert ok is True, (mod.STYLE, note, i)
                checks += 1
            assert "{" not in text and "}" not in text, text
            if arabic:
                ai["p" if rule else "c"] += 1
                text = text.translate(AI); note += " (Arabic-Indic digits)"
            table[(rule, mod.STYLE)] = table.get((rule, mod.STYLE), 0) + 1
            cases.append({"expect": [{"rule": rule}] if rule else [], "text": text, "note": note, "style": mod.STYLE})
        assert ai == {"p": 1, "c": 1}, (mod.STYLE, ai)
        for r in RULES: assert table.get((r, mod.STYLE)) == 2, (r, mod.STYLE, table.get((r, mod.STYLE)))
        assert table[(None, mod.STYLE)] == 20
    texts = [c["text"] for c in cases]; assert len(set(texts)) == len(texts)
    random.Random(20261401).shuffle(cases)
    out = []
    for i, c in enumerate(cases, 1):
        out.append(json.dumps({"id": f"d14a-{i:03d}", "expect": c["expect"], "text": c["text"],
                               "note": c["note"], "style": c["style"]}, ensure_ascii=False))
    path = os.path.join(HERE, "..", "dev14a-claims.jsonl")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
    multi = sum(1 for c in cases if sentences(c["text"]) >= 2)
    over = [c["text"][:40] for c in cases if sentences(c["text"]) > 3]
    styles = [m.STYLE for m in MODS]
    print("| rule | " + " | ".join(styles) + " | total |"); print("|---" * (len(styles) + 2) + "|")
    for r in RULES + [None]:
        row = [table.get((r, s), 0) for s in styles]
        print(f"| {r or '(consistent)'} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    if over: print("more than 3 sentences:", over)
    print(f"{len(cases)} cases, {checks} checks pass, {multi} texts with 2-3 sentences")

if __name__ == "__main__":
    main()
