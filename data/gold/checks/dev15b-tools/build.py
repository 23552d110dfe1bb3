"""Builds data/gold/checks/dev15b-claims.jsonl from the five style modules (run from the repo root or anywhere)."""
import os
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build  # noqa: E402
import museum, tv, cv, safavid, levant  # noqa: E402

INDIC = {("museum-catalogue", 6), ("museum-catalogue", 23), ("tv-transcript", 14), ("tv-transcript", 32),
         ("academic-cv", 15), ("academic-cv", 29), ("safavid-mughal-chronicle", 8), ("safavid-mughal-chronicle", 30),
         ("levant-press-sharqi", 7), ("levant-press-sharqi", 21)}
build([museum, tv, cv, safavid, levant], prefix="d15b", out=os.path.join(ROOT, "data", "gold", "checks", "dev15b-claims.jsonl"),
      seed=20261502, indic=INDIC)
