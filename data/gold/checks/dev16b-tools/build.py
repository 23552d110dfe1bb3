"""Builds data/gold/checks/dev16b-claims.jsonl with the shared builder (run from anywhere)."""
import os
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build
import s_dd, s_mc, s_ib, s_lc, s_ep

mods = [s_dd, s_mc, s_ib, s_lc, s_ep]
indic = {(s_dd.STYLE, 14), (s_dd.STYLE, 34), (s_mc.STYLE, 15), (s_mc.STYLE, 35), (s_ib.STYLE, 16), (s_ib.STYLE, 32),
         (s_lc.STYLE, 10), (s_lc.STYLE, 25), (s_ep.STYLE, 18), (s_ep.STYLE, 31)}
build(mods, prefix="d16b", out=os.path.join(ROOT, "data", "gold", "checks", "dev16b-claims.jsonl"),
      seed=20261602, indic=indic)
