"""Builds data/gold/checks/dev20b-claims.jsonl with the shared checkset builder."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build
import s_ly, s_gp, s_sy, s_mr, s_sc

mods = [s_ly, s_gp, s_sy, s_mr, s_sc]
# one planted and one consistent text per style with Arabic-Indic digits
indic = {(s_ly.STYLE, 18), (s_ly.STYLE, 22), (s_gp.STYLE, 6), (s_gp.STYLE, 20), (s_sy.STYLE, 14), (s_sy.STYLE, 21),
         (s_mr.STYLE, 7), (s_mr.STYLE, 24), (s_sc.STYLE, 15), (s_sc.STYLE, 25)}
build(mods, prefix="d20b", out=os.path.join(ROOT, "data", "gold", "checks", "dev20b-claims.jsonl"), seed=20262002, indic=indic)
