"""Builds data/gold/checks/dev21b-claims.jsonl with the shared builder. Run from the repository root or anywhere."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build  # noqa: E402
import s_ye, s_pa, s_iq, s_ma, s_ol  # noqa: E402

mods = [s_ye, s_pa, s_iq, s_ma, s_ol]
indic = {(s_ye.STYLE, 1), (s_ye.STYLE, 23), (s_pa.STYLE, 6), (s_pa.STYLE, 20), (s_iq.STYLE, 0), (s_iq.STYLE, 20),
         (s_ma.STYLE, 1), (s_ma.STYLE, 20), (s_ol.STYLE, 0), (s_ol.STYLE, 20)}
build(mods, prefix="d21b", out=os.path.join(ROOT, "data", "gold", "checks", "dev21b-claims.jsonl"),
      seed=20262102, indic=indic)
