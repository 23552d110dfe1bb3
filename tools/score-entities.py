#!/usr/bin/env python3
"""Scores the pipeline's entity mentions on texts against gold lists (exact span and label).

Gold: one mention per line, surface<TAB>label, in text order (lines starting with # are comments); the
label "?" marks a borderline name that is neither gold nor a false positive when a prediction overlaps it.
Usage: tarikh analyze TEXT > out.json; python3 tools/score-entities.py [--groups-as-per] TEXT GOLD out.json [TEXT GOLD out.json ...]
Several triples are scored together (micro over all of them). --groups-as-per maps GRP to PER on both
sides, the definition of issue 14's AQMAR target (AQMAR annotates peoples and dynasties as persons).
Prints P/R/F1 per label (PER, LOC, ORG, GRP; a predicted MISC counts as a false positive) and the errors.
"""
import json
import sys

args = sys.argv[1:]
groups_as_per = "--groups-as-per" in args
args = [a for a in args if a != "--groups-as-per"]
if not args or len(args) % 3:
    sys.exit(__doc__)


def label_of(label):
    return "PER" if groups_as_per and label == "GRP" else label


gs, ps, texts = set(), set(), []
for doc, (text_path, gold_path, pred_path) in enumerate(zip(args[0::3], args[1::3], args[2::3])):
    text = open(text_path, encoding="utf-8-sig").read()
    texts.append(text)
    gold, ignored = [], []
    cursor = 0
    for line in open(gold_path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        surface, label = line.split("\t")
        at = text.find(surface, cursor)
        if at < 0:
            sys.exit(f"{gold_path}: gold mention not found after offset {cursor}: {surface}")
        (ignored if label == "?" else gold).append((doc, at, at + len(surface), label_of(label)))
        cursor = at + len(surface)
    pred = [(doc, e["start"], e["end"], label_of(e["label"]))
            for e in json.load(open(pred_path, encoding="utf-8"))["entities"]]
    pred = [p for p in pred if not any(p[1] < e and s < p[2] for _, s, e, _ in ignored)]
    gs |= set(gold)
    ps |= set(pred)

labels = ["PER", "LOC", "ORG", "GRP", "MISC"]
for lab in labels + ["micro"]:
    g = [x for x in gs if lab in ("micro", x[3])]
    p = [x for x in ps if lab in ("micro", x[3])]
    ok = len(set(g) & set(p))
    if not g and not p:
        continue
    P = ok / len(p) if p else 0.0
    R = ok / len(g) if g else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    print(f"{lab:6} gold {len(g):3} pred {len(p):3} ok {ok:3}  P {P:.3f} R {R:.3f} F1 {F:.3f}")
print("missed:", "; ".join(f"{texts[d][s:e]} {l}" for d, s, e, l in sorted(gs - ps)))
print("wrong:", "; ".join(f"{texts[d][s:e]} {l}" for d, s, e, l in sorted(ps - gs)))
