"""Build heldout8-claims.jsonl from k_{mb,cl,nw,en,ru}.py with the shared builder tools/goldsets/checkset.py: run all
checks, assert counts, shuffle, number. (Rewritten as a thin wrapper after the set was written; the output is
byte-identical to the committed set.)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets")]
import k_cl, k_en, k_mb, k_nw, k_ru  # noqa: E402
from checkset import build  # noqa: E402

# (style, index) rendered with Arabic-Indic digits: one planted, one consistent per style
INDIC = {("modern-biography", 5), ("modern-biography", 33), ("classical-tarjama", 2), ("classical-tarjama", 37),
         ("news", 10), ("news", 33), ("encyclopedia", 14), ("encyclopedia", 38), ("russian-julian", 11), ("russian-julian", 38)}

build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="h8", out=os.path.join(HERE, "..", "heldout8-claims.jsonl"), seed=20261208, indic=INDIC)
