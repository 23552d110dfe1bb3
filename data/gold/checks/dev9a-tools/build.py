"""Build dev9a-claims.jsonl from k_{mb,cl,nw,en,ru}.py with the shared builder tools/goldsets/checkset.py: run all
checks, assert counts, shuffle, number. (Rewritten as a thin wrapper after the set was written; the output is
byte-identical to the committed set.)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets")]
import k_cl, k_en, k_mb, k_nw, k_ru  # noqa: E402
from checkset import build  # noqa: E402

# (style, index) rendered with Arabic-Indic digits: one planted, one consistent per style
INDIC = {("modern-biography", 6), ("modern-biography", 26), ("classical-tarjama", 11), ("classical-tarjama", 39),
         ("news", 19), ("news", 33), ("encyclopedia", 4), ("encyclopedia", 38), ("russian-julian", 6), ("russian-julian", 36)}

# Invented people carry "المتخيَّل" except where the rule itself is about a real name or a date form.
NO_MARK = ("name-anomaly", "impossible-date", "malformed-date", "weekday-mismatch", None, "calendar-equivalence", "ordinal-series", "anachronism")


def marked(style, i, rule, text):
    return None if "المتخيَّل" in text or rule in NO_MARK else "an invented person without المتخيَّل"


build([k_mb, k_cl, k_nw, k_en, k_ru], prefix="d9a", out=os.path.join(HERE, "..", "dev9a-claims.jsonl"), seed=20261209, indic=INDIC, require=marked)
