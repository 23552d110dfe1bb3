"""Build data/gold/checks/dev21a-claims.jsonl from the five style modules (run from anywhere)."""
import os
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build
import s_sc, s_ec, s_kw, s_dz, s_ab

build([s_sc, s_ec, s_kw, s_dz, s_ab], prefix="d21a", out=os.path.join(ROOT, "data", "gold", "checks", "dev21a-claims.jsonl"),
      seed=20262101,
      indic={(s_sc.STYLE, 0), (s_sc.STYLE, 24), (s_ec.STYLE, 14), (s_ec.STYLE, 20), (s_kw.STYLE, 0), (s_kw.STYLE, 22),
             (s_dz.STYLE, 0), (s_dz.STYLE, 21), (s_ab.STYLE, 7), (s_ab.STYLE, 20)})
