import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE); sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build
import s_levant, s_andalus, s_wiki, s_gulf, s_russia
mods = [s_levant, s_andalus, s_wiki, s_gulf, s_russia]
indic = {(m.STYLE, i) for m in mods for i in (15, 26)} if False else set()
indic = {(s_levant.STYLE, 15), (s_levant.STYLE, 26), (s_andalus.STYLE, 6), (s_andalus.STYLE, 23),
         (s_wiki.STYLE, 7), (s_wiki.STYLE, 22), (s_gulf.STYLE, 7), (s_gulf.STYLE, 26),
         (s_russia.STYLE, 6), (s_russia.STYLE, 20)}
build(mods, prefix="d18b", out=os.path.join(ROOT, "data", "gold", "checks", "dev18b-claims.jsonl"), seed=20261802, indic=indic)
