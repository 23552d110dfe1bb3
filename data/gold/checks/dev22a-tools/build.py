"""Build dev22a-claims.jsonl from the five style modules (run from the repo root or anywhere)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build  # noqa: E402
import s_ay, s_lb, s_md, s_ae, s_eg  # noqa: E402

INDIC = {(s_ay.STYLE, 7), (s_ay.STYLE, 39), (s_lb.STYLE, 18), (s_lb.STYLE, 27), (s_md.STYLE, 0), (s_md.STYLE, 20),
         (s_ae.STYLE, 6), (s_ae.STYLE, 21), (s_eg.STYLE, 4), (s_eg.STYLE, 32)}
build([s_ay, s_lb, s_md, s_ae, s_eg], prefix="d22a", out=os.path.join(ROOT, "data/gold/checks/dev22a-claims.jsonl"),
      seed=20262201, indic=INDIC)
