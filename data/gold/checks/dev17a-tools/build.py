"""Builds data/gold/checks/dev17a-claims.jsonl with the shared builder; run from the repository root or anywhere."""
import os
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build
import s_mahjar, s_yemen, s_parl, s_poets, s_coins

mods = [s_mahjar, s_yemen, s_parl, s_poets, s_coins]
indic = {(s_mahjar.STYLE, 18), (s_mahjar.STYLE, 22), (s_yemen.STYLE, 6), (s_yemen.STYLE, 20),
         (s_parl.STYLE, 14), (s_parl.STYLE, 20), (s_poets.STYLE, 2), (s_poets.STYLE, 22),
         (s_coins.STYLE, 6), (s_coins.STYLE, 21)}
build(mods, prefix="d17a", out=os.path.join(ROOT, "data", "gold", "checks", "dev17a-claims.jsonl"),
      seed=20261701, indic=indic)
