"""Build heldout10-claims.jsonl from k_{mb,cl,nw,en,ru}.py with the shared builder tools/goldsets/checkset.py."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets")]
import k_cl, k_en, k_mb, k_nw, k_ru  # noqa: E402
from checkset import build  # noqa: E402

# (style, index) rendered with Arabic-Indic digits: one planted, one consistent per style
INDIC = {("modern-biography", 6), ("modern-biography", 25), ("classical-tarjama", 15), ("classical-tarjama", 27),
         ("news", 18), ("news", 34), ("encyclopedia", 7), ("encyclopedia", 30), ("russian-julian", 6), ("russian-julian", 33)}

build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="h10", out=os.path.join(HERE, "..", "heldout10-claims.jsonl"), seed=20261219, indic=INDIC)
