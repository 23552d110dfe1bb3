"""Build dev10a-claims.jsonl from k_{mb,cl,nw,en,ru}.py with the shared builder tools/goldsets/checkset.py: run all
checks, assert counts, shuffle, number. Focused set: five rules, 4 planted per rule and style."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets")]
import k_cl, k_en, k_mb, k_nw, k_ru  # noqa: E402
from checkset import build  # noqa: E402

# (style, index) rendered with Arabic-Indic digits: one planted, one consistent per style
INDIC = {("modern-biography", 0), ("modern-biography", 20), ("classical-tarjama", 0), ("classical-tarjama", 20),
         ("news", 2), ("news", 22), ("encyclopedia", 1), ("encyclopedia", 21), ("russian-julian", 4), ("russian-julian", 23)}

build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="d10a", out=os.path.join(HERE, "..", "dev10a-claims.jsonl"), seed=20261210,
      indic=INDIC, per_rule_per_style=4, rules=["lifespan", "family-order", "conflicting-values", "anachronism", "name-anomaly"])
