"""Builds data/gold/checks/dev20a-claims.jsonl from the five style modules (shared builder checkset.py)."""
import os
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build  # noqa: E402
import s_om, s_zt, s_jo, s_sa, s_an  # noqa: E402

INDIC = {(s_om.STYLE, 0), (s_om.STYLE, 20), (s_zt.STYLE, 4), (s_zt.STYLE, 21), (s_jo.STYLE, 2), (s_jo.STYLE, 20),
         (s_sa.STYLE, 6), (s_sa.STYLE, 22), (s_an.STYLE, 6), (s_an.STYLE, 23)}
build([s_om, s_zt, s_jo, s_sa, s_an], prefix="d20a", out=os.path.join(ROOT, "data/gold/checks/dev20a-claims.jsonl"),
      seed=20262001, indic=INDIC)
