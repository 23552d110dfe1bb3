"""Shared builder for the blind consistency-check sets (data/gold/checks/<name>-claims.jsonl).

A writer keeps one module per style, each with STYLE (a style name) and CASES: 40 tuples
(rule or None, text, note, checks), the first 20 planted (rule set), the last 20 consistent (rule None);
`checks` is a list of (ok, message) pairs computed by the writer's own calendar helper. Then:

    import sys, os; sys.path.insert(0, "tools/goldsets")
    from checkset import build
    build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="h9", out="data/gold/checks/heldout9-claims.jsonl", seed=2026)

`build` validates every case (rule names, planted/consistent halves, 1-3 sentences, no Latin letters, no
duplicates, every check true), writes the shuffled, numbered set and prints the rule x style counts table
that the set's README shows. Exit status 1 (and the failing checks listed) when anything is wrong."""
import json
import random
import re
import sys
from collections import Counter

RULES = ["lifespan", "family-order", "conflicting-values", "calendar-equivalence", "anachronism",
         "ordinal-series", "name-anomaly", "impossible-date", "malformed-date", "weekday-mismatch"]
CONSISTENT = "(consistent)"
INDIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def sentences(text):
    """Sentences of a case text: runs ending in . ؟ ! before a space or the end (so "و.م.ع" is one word)."""
    return len([x for x in re.split(r"[.؟!](?=\s|$)", text) if x.strip()])


def build(mods, prefix, out, seed, indic=(), per_rule_per_style=2, consistent_per_style=20, max_sentences=3, require=None, rules=None):
    """Validate, shuffle with `seed`, number as <prefix>-NNN and write `out`; `indic` is a set of (style, index)
    whose text is rendered with Arabic-Indic digits; `rules` narrows the planted rules (a focused set; default all ten); `require(style, index, rule, text)` may return a message for a
    writer's own convention a case breaks. Returns the rows written."""
    rules = list(rules or RULES)
    planted = per_rule_per_style * len(rules)
    rows, bad, checks, multi = [], [], 0, 0
    for mod in mods:
        cases = mod.CASES
        if len(cases) != planted + consistent_per_style:
            bad.append(f"{mod.STYLE}: {len(cases)} cases, expected {planted + consistent_per_style}")
        for i, (rule, text, note, case_checks) in enumerate(cases):
            where = f"{mod.STYLE}[{i}]"
            if rule is not None and rule not in rules:
                bad.append(f"{where}: unknown rule {rule}")
            if (rule is None) != (i >= planted):
                bad.append(f"{where}: planted cases first ({planted}), then the consistent ones")
            k = sentences(text)
            if not 1 <= k <= max_sentences:
                bad.append(f"{where}: {k} sentences")
            multi += k > 1
            if re.search(r"[A-Za-z{}]", text):
                bad.append(f"{where}: Latin letters or braces in the text")
            if text.count("(") != text.count(")"):
                bad.append(f"{where}: unbalanced parentheses")
            if require is not None and (message := require(mod.STYLE, i, rule, text)):
                bad.append(f"{where}: {message}")
            if (mod.STYLE, i) in indic:
                if not any(ch.isdigit() for ch in text):
                    bad.append(f"{where}: marked for Arabic-Indic digits but has no digits")
                text, note = text.translate(INDIC_DIGITS), note + " [Arabic-Indic digits]"
            for ok, message in case_checks:
                checks += 1
                if not ok:
                    bad.append(f"{where} {message}: {text[:70]}")
            rows.append({"expect": [{"rule": rule}] if rule else [], "text": text, "note": note, "style": mod.STYLE})
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts):
        bad.append("duplicate texts")
    counts = Counter((r["expect"][0]["rule"] if r["expect"] else CONSISTENT, r["style"]) for r in rows)
    styles = [m.STYLE for m in mods]
    for s in styles:
        if counts[(CONSISTENT, s)] != consistent_per_style:
            bad.append(f"{s}: {counts[(CONSISTENT, s)]} consistent cases")
        bad.extend(f"{s}: {counts[(r, s)]} cases of {r}" for r in rules if counts[(r, s)] != per_rule_per_style)
    if bad:
        print("\n".join(bad))
        sys.exit(1)
    random.Random(seed).shuffle(rows)
    with open(out, "w", encoding="utf-8") as f:
        for k, r in enumerate(rows, 1):
            f.write(json.dumps({"id": f"{prefix}-{k:03d}", **r}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} cases, {checks} checks pass, {multi} texts with 2-{max_sentences} sentences")
    print("| rule | " + " | ".join(styles) + " | total |")
    print("|---" * (len(styles) + 2) + "|")
    for r in rules + [CONSISTENT]:
        v = [counts[(r, s)] for s in styles]
        print(f"| {r} | " + " | ".join(map(str, v)) + f" | {sum(v)} |")
    return rows
