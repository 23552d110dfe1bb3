import os, sys
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
sys.path.insert(0, here); sys.path.insert(0, os.path.join(root, "tools", "goldsets"))
from checkset import build
import s_bw
mods = [s_bw]
for name in ["s_mc", "s_if", "s_sl", "s_lp"]:
    if os.path.exists(os.path.join(here, name + ".py")):
        mods.append(__import__(name))
indic = {(s_bw.STYLE, 6), (s_bw.STYLE, 33)}
for m in mods[1:]:
    indic |= set(getattr(m, "INDIC", []))
build(mods, prefix="h19", out=os.path.join(root, "data/gold/checks/heldout19-claims.jsonl"), seed=20261961, indic=indic)
