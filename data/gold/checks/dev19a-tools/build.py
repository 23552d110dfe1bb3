import os, sys
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
sys.path.insert(0, here); sys.path.insert(0, os.path.join(root, "tools", "goldsets"))
from checkset import build
import s_sd, s_ot, s_sp, s_mp, s_mh
mods = [s_sd, s_ot, s_sp, s_mp, s_mh]
build(mods, prefix="d19a", out=os.path.join(root, "data", "gold", "checks", "dev19a-claims.jsonl"), seed=20261901,
      indic={(m.STYLE, i) for m in mods for i in (14, 38)})
