"""Build dev9b-claims.jsonl from k_{mb,cl,nw,en,ru}.py with the shared builder tools/goldsets/checkset.py: run all
checks, assert counts, shuffle, number. (Rewritten as a thin wrapper after the set was written; the output is
byte-identical to the committed set.)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets")]
import k_cl, k_en, k_mb, k_nw, k_ru  # noqa: E402
from checkset import build  # noqa: E402

# (style, index) rendered with Arabic-Indic digits: one planted, one consistent per style
INDIC = {("modern-biography", 7), ("modern-biography", 29), ("classical-tarjama", 16), ("classical-tarjama", 20),
         ("news", 18), ("news", 23), ("encyclopedia", 4), ("encyclopedia", 22), ("russian-julian", 6), ("russian-julian", 24)}

build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="d9b", out=os.path.join(HERE, "..", "dev9b-claims.jsonl"), seed=20261209, indic=INDIC)
