"""Build dev7-claims.jsonl from k_{mb,cl,nw,en,ru}.py with the shared builder tools/goldsets/checkset.py: run all
checks, assert counts, shuffle, number. (Rewritten as a thin wrapper after the set was written; the output is
byte-identical to the committed set.)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets")]
import k_cl, k_en, k_mb, k_nw, k_ru  # noqa: E402
from checkset import build  # noqa: E402

# (style, index) rendered with Arabic-Indic digits: one planted, one consistent per style
INDIC = {("modern-biography", 14), ("modern-biography", 21), ("classical-tarjama", 6), ("classical-tarjama", 38),
         ("news", 15), ("news", 30), ("encyclopedia", 2), ("encyclopedia", 24), ("russian-julian", 14), ("russian-julian", 23)}

def dots(style, i, rule, text):
    return None if text.count(".") + text.count("؟") <= 4 else "more than four sentence stops"


build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="d7", out=os.path.join(HERE, "..", "dev7-claims.jsonl"), seed=20261206, indic=INDIC, require=dots)
