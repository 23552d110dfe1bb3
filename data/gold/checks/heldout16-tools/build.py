"""Builds data/gold/checks/heldout16-claims.jsonl with the shared tools/goldsets/checkset.py."""
import os
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build  # noqa: E402
import s_dn, s_oc, s_sf, s_ma, s_qr  # noqa: E402

INDIC = {(s_dn.STYLE, 0), (s_dn.STYLE, 27), (s_oc.STYLE, 15), (s_oc.STYLE, 23), (s_sf.STYLE, 10), (s_sf.STYLE, 35),
         (s_ma.STYLE, 6), (s_ma.STYLE, 30), (s_qr.STYLE, 4), (s_qr.STYLE, 31)}
build([s_dn, s_oc, s_sf, s_ma, s_qr], prefix="h16", out=os.path.join(ROOT, "data/gold/checks/heldout16-claims.jsonl"),
      seed=20261661, indic=INDIC)
