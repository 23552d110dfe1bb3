"""Build heldout22-claims.jsonl from the five style modules: python3 data/gold/checks/heldout22-tools/build.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build  # noqa: E402
import s_sj, s_iq, s_lb, s_wa, s_jb  # noqa: E402
from cal import g2j, gw  # noqa: E402

mods = [s_sj, s_iq, s_lb, s_wa, s_jb]
# the helper's weekday for dates whose weekday the writer knew independently
known = [((1958, 7, 14), "الاثنين"), ((1990, 8, 2), "الخميس"), ((1967, 6, 5), "الاثنين"), ((1811, 3, 1), "الجمعة"),
         ((1798, 7, 21), "السبت"), ((1921, 8, 23), "الثلاثاء"), ((1973, 10, 6), "السبت"), ((2000, 1, 1), "السبت")]
s_sj.CASES[20][3].extend((gw(*d) == w, f"known weekday {d}") for d, w in known)
indic = {(s_sj.STYLE, 7), (s_sj.STYLE, 24), (s_iq.STYLE, 0), (s_iq.STYLE, 21), (s_lb.STYLE, 1), (s_lb.STYLE, 20),
         (s_wa.STYLE, 4), (s_wa.STYLE, 20), (s_jb.STYLE, 6), (s_jb.STYLE, 22)}
build(mods, prefix="h22", out=os.path.join(ROOT, "data", "gold", "checks", "heldout22-claims.jsonl"),
      seed=20262261, indic=indic)
