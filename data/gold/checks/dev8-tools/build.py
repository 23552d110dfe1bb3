"""Build dev8-claims.jsonl from k_{mb,cl,nw,en,ru}.py with the shared builder tools/goldsets/checkset.py: run all
checks, assert counts, shuffle, number. (Rewritten as a thin wrapper after the set was written; the output is
byte-identical to the committed set.)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets")]
import k_cl, k_en, k_mb, k_nw, k_ru  # noqa: E402
from checkset import build  # noqa: E402

# (style, index) rendered with Arabic-Indic digits: one planted, one consistent per style
INDIC = {("modern-biography", 1), ("modern-biography", 24), ("classical-tarjama", 2), ("classical-tarjama", 28),
         ("news", 14), ("news", 22), ("encyclopedia", 2), ("encyclopedia", 29), ("russian-julian", 3), ("russian-julian", 26)}

build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="d8", out=os.path.join(HERE, "..", "dev8-claims.jsonl"), seed=20261208 + 8, indic=INDIC)
