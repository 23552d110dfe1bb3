import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
sys.path.insert(0, HERE); sys.path.insert(0, os.path.join(ROOT, "tools/goldsets"))
from checkset import build
import importlib
names = [n for n in ["s_al", "s_sm", "s_dn", "s_ex", "s_ct"] if os.path.exists(os.path.join(HERE, n + ".py"))]
mods = [importlib.import_module(n) for n in names]
IND = {"s_al": (1, 27), "s_sm": (6, 24), "s_dn": (2, 22), "s_ex": (15, 30), "s_ct": (9, 33)}
indic = {(m.STYLE, i) for n, m in zip(names, mods) for i in IND[n]}
build(mods, prefix="h15", out=os.path.join(ROOT, "data/gold/checks/heldout15-claims.jsonl"), seed=20261561, indic=indic)
