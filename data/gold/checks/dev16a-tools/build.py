import os, sys
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
sys.path.insert(0, here); sys.path.insert(0, os.path.join(root, "tools", "goldsets"))
import cal, s_os, s_gr, s_ns, s_mz, s_cj
from checkset import build
cal_ok = cal.g2j(2000, 1, 1) == 2451545
mods = [s_os, s_gr, s_ns, s_mz, s_cj]
indic = {("ottoman-salname", 6), ("ottoman-salname", 20), ("gulf-radio-interview", 15), ("gulf-radio-interview", 22),
         ("nobel-science-biography", 18), ("nobel-science-biography", 32), ("maghreb-zawiya-chronicle", 7),
         ("maghreb-zawiya-chronicle", 20), ("court-judgment-summary", 6), ("court-judgment-summary", 20)}
build(mods, prefix="d16a", out=os.path.join(root, "data", "gold", "checks", "dev16a-claims.jsonl"), seed=20261601, indic=indic)
