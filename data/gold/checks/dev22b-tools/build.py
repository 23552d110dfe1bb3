"""Build data/gold/checks/dev22b-claims.jsonl from the five style modules (run from the repository root)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build  # noqa: E402
import s_tn, s_sy, s_jo, s_az, s_ma  # noqa: E402

INDIC = {(s_tn.STYLE, 0), (s_tn.STYLE, 26), (s_sy.STYLE, 1), (s_sy.STYLE, 24), (s_jo.STYLE, 2), (s_jo.STYLE, 25),
         (s_az.STYLE, 4), (s_az.STYLE, 23), (s_ma.STYLE, 0), (s_ma.STYLE, 26)}

if __name__ == "__main__":
    build([s_tn, s_sy, s_jo, s_az, s_ma], prefix="d22b", seed=20262202,
          out=os.path.join(ROOT, "data", "gold", "checks", "dev22b-claims.jsonl"), indic=INDIC)
