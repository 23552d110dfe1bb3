"""Build data/gold/checks/dev23b-claims.jsonl from the five style modules (run from anywhere)."""
import os
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build  # noqa: E402
import cal  # noqa: E402
import s_za, s_kw, s_lu, s_dw, s_sd  # noqa: E402

cal._test()
MODS = [s_za, s_kw, s_lu, s_dw, s_sd]
INDIC = {(m.STYLE, i) for m in MODS for i in (17, 39)}
build(MODS, prefix="d23b", out=os.path.join(ROOT, "data", "gold", "checks", "dev23b-claims.jsonl"),
      seed=20262302, indic=INDIC)
