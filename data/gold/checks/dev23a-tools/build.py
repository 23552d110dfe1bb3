"""Build data/gold/checks/dev23a-claims.jsonl from the five style modules (run from anywhere)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build  # noqa: E402
import cal  # noqa: E402
import s_hf, s_qa, s_iq, s_dz, s_ye  # noqa: E402

# the writer's own weekday knowledge, checked against the helper
KNOWN = [((1990, 5, 22), "الثلاثاء"), ((1962, 9, 26), "الأربعاء"), ((1969, 7, 20), "الأحد"), ((1973, 10, 6), "السبت"),
         ((2000, 1, 1), "السبت"), ((1962, 7, 5), "الخميس")]
for (y, m, d), name in KNOWN:
    assert cal.wd(cal.g2j(y, m, d)) == name, (y, m, d)

INDIC = {(s_hf.STYLE, 7), (s_hf.STYLE, 31), (s_qa.STYLE, 14), (s_qa.STYLE, 29), (s_iq.STYLE, 0), (s_iq.STYLE, 31),
         (s_dz.STYLE, 14), (s_dz.STYLE, 29), (s_ye.STYLE, 0), (s_ye.STYLE, 30)}

build([s_hf, s_qa, s_iq, s_dz, s_ye], prefix="d23a", out=os.path.join(ROOT, "data", "gold", "checks", "dev23a-claims.jsonl"),
      seed=20262301, indic=INDIC)
