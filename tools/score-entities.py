#!/usr/bin/env python3
"""Scores the pipeline's entity mentions on a text against a gold list (exact span and label).

Gold: one mention per line, surface<TAB>label, in text order (lines starting with # are comments); the
label "?" marks a borderline name that is neither gold nor a false positive when a prediction overlaps it.
Usage: tarikh analyze TEXT > out.json; python3 tools/score-entities.py TEXT GOLD out.json
Prints P/R/F1 per label (PER, LOC, ORG, GRP; a predicted MISC counts as a false positive) and the errors.
"""
import json
import sys
from collections import Counter

text_path, gold_path, pred_path = sys.argv[1:4]
text = open(text_path, encoding="utf-8-sig").read()
gold, ignored = [], []
cursor = 0
for line in open(gold_path, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    surface, label = line.split("\t")
    at = text.find(surface, cursor)
    if at < 0:
        sys.exit(f"gold mention not found after offset {cursor}: {surface}")
    (ignored if label == "?" else gold).append((at, at + len(surface), label))
    cursor = at + len(surface)

pred = [(e["start"], e["end"], e["label"]) for e in json.load(open(pred_path, encoding="utf-8"))["entities"]]
pred = [p for p in pred if not any(p[0] < e and s < p[1] for s, e, _ in ignored)]
gs, ps = set(gold), set(pred)
labels = ["PER", "LOC", "ORG", "GRP", "MISC"]
rows = []
for lab in labels + ["micro"]:
    g = [x for x in gs if lab in ("micro", x[2])]
    p = [x for x in ps if lab in ("micro", x[2])]
    ok = len(set(g) & set(p))
    if not g and not p:
        continue
    P = ok / len(p) if p else 0.0
    R = ok / len(g) if g else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    print(f"{lab:6} gold {len(g):3} pred {len(p):3} ok {ok:3}  P {P:.3f} R {R:.3f} F1 {F:.3f}")
print("missed:", "; ".join(f"{text[s:e]} {l}" for s, e, l in sorted(gs - ps)))
print("wrong:", "; ".join(f"{text[s:e]} {l}" for s, e, l in sorted(ps - gs)))
