"""Build heldout11-claims.jsonl from k_{mb,cl,nw,en,ru}.py with the shared builder tools/goldsets/checkset.py."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets")]
import k_cl, k_en, k_mb, k_nw, k_ru  # noqa: E402
from checkset import build  # noqa: E402

# (style, index) rendered with Arabic-Indic digits: one planted, one consistent per style
INDIC = {("modern-biography", 4), ("modern-biography", 33), ("classical-tarjama", 6), ("classical-tarjama", 21),
         ("news", 11), ("news", 24), ("encyclopedia", 2), ("encyclopedia", 25), ("russian-julian", 6), ("russian-julian", 27)}

build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="h11", out=os.path.join(HERE, "..", "heldout11-claims.jsonl"), seed=20261233, indic=INDIC)
