"""Build dev10b-claims.jsonl from k_{mb,cl,nw,en,ru}.py with the shared builder tools/goldsets/checkset.py
(focused set: five rules, 4 planted per rule and style, 20 consistent per style)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets")]
import k_cl, k_en, k_mb, k_nw, k_ru  # noqa: E402
from checkset import build  # noqa: E402

# (style, index) rendered with Arabic-Indic digits: one planted, one consistent per style
INDIC = {("modern-biography", 9), ("modern-biography", 27), ("classical-tarjama", 6), ("classical-tarjama", 25),
         ("news", 2), ("news", 36), ("encyclopedia", 4), ("encyclopedia", 26), ("russian-julian", 0), ("russian-julian", 32)}

build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="d10b", out=os.path.join(HERE, "..", "dev10b-claims.jsonl"), seed=20261211,
      indic=INDIC, per_rule_per_style=4, rules=["lifespan", "family-order", "conflicting-values", "anachronism", "name-anomaly"])
