"""Build heldout9-claims.jsonl from k_{mb,cl,nw,en,ru}.py with the shared builder tools/goldsets/checkset.py."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets")]
import k_cl, k_en, k_mb, k_nw, k_ru  # noqa: E402
from checkset import build  # noqa: E402

# (style, index) rendered with Arabic-Indic digits: one planted, one consistent per style
INDIC = {("modern-biography", 14), ("modern-biography", 28), ("classical-tarjama", 1), ("classical-tarjama", 23),
         ("news", 17), ("news", 39), ("encyclopedia", 6), ("encyclopedia", 25), ("russian-julian", 15), ("russian-julian", 32)}

build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="h9", out=os.path.join(HERE, "..", "heldout9-claims.jsonl"), seed=20261212, indic=INDIC)
