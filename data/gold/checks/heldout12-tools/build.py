"""Build heldout12-claims.jsonl from k_{mb,cl,nw,en,ru}.py with the shared builder tools/goldsets/checkset.py: run all
checks, assert counts, shuffle, number."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets")]
import k_cl, k_en, k_mb, k_nw, k_ru  # noqa: E402
from checkset import build  # noqa: E402

# (style, index) rendered with Arabic-Indic digits: one planted, one consistent per style
INDIC = {("modern-biography", 0), ("modern-biography", 38), ("classical-tarjama", 6), ("classical-tarjama", 22),
         ("news", 14), ("news", 36), ("encyclopedia", 18), ("encyclopedia", 24), ("russian-julian", 6), ("russian-julian", 20)}

build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="h12", out=os.path.join(HERE, "..", "heldout12-claims.jsonl"), seed=20261247, indic=INDIC)
