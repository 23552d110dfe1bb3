"""Build heldout7-claims.jsonl from k_{mb,cl,nw,en,ru}.py with the shared builder tools/goldsets/checkset.py: run all
checks, assert counts, shuffle, number. (Rewritten as a thin wrapper after the set was written; the output is
byte-identical to the committed set.)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets")]
import k_cl, k_en, k_mb, k_nw, k_ru  # noqa: E402
from checkset import build  # noqa: E402

# (style, index) rendered with Arabic-Indic digits: one planted, one consistent per style
INDIC = {("modern-biography", 5), ("modern-biography", 25), ("classical-tarjama", 6), ("classical-tarjama", 22),
         ("news", 14), ("news", 25), ("encyclopedia", 16), ("encyclopedia", 34), ("russian-julian", 10), ("russian-julian", 32)}

def filled(style, i, rule, text):
    return "an unfilled value (None) in the text" if "None" in text else None


build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="h7", out=os.path.join(HERE, "..", "heldout7-claims.jsonl"), seed=20261207, indic=INDIC, require=filled)
