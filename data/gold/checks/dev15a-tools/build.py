"""Build data/gold/checks/dev15a-claims.jsonl; run from the repository root: python3 data/gold/checks/dev15a-tools/build.py"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets"))
from checkset import build
import k_court, k_rihla, k_sports, k_nasab, k_andalus
build([k_court, k_rihla, k_sports, k_nasab, k_andalus], prefix="d15a",
      out=os.path.join(HERE, "..", "dev15a-claims.jsonl"), seed=20261501,
      indic={("court-register", 18), ("court-register", 20), ("rihla-travelogue", 15), ("rihla-travelogue", 23),
             ("sports-history", 6), ("sports-history", 21), ("genealogy-nasab", 6), ("genealogy-nasab", 22),
             ("andalusian-chronicle", 6), ("andalusian-chronicle", 20)})
