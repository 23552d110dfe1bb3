"""Build heldout21-claims.jsonl from the five style modules (run from the repository root or anywhere)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build  # noqa: E402
import s_um, s_om, s_rai, s_sy, s_sa  # noqa: E402

MODS = [s_um, s_om, s_rai, s_sy, s_sa]
INDIC = {(s_um.STYLE, 7), (s_um.STYLE, 23), (s_om.STYLE, 14), (s_om.STYLE, 21), (s_rai.STYLE, 0),
         (s_rai.STYLE, 20), (s_sy.STYLE, 6), (s_sy.STYLE, 21), (s_sa.STYLE, 14), (s_sa.STYLE, 33)}
build(MODS, prefix="h21", out=os.path.join(ROOT, "data", "gold", "checks", "heldout21-claims.jsonl"),
      seed=20262161, indic=INDIC)
