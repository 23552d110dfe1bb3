"""Build data/gold/checks/heldout14-claims.jsonl with the shared builder. Run from the repo root or anywhere."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
sys.path.insert(0, here); sys.path.insert(0, os.path.join(root, "tools", "goldsets"))
import cal, s_wb, s_od, s_mm, s_sm, s_ru
from checkset import build
mods = [s_wb, s_od, s_mm, s_sm, s_ru]
indic = {("wikipedia-body", 4), ("wikipedia-body", 26), ("on-this-day", 0), ("on-this-day", 20),
         ("memoir-first-person", 2), ("memoir-first-person", 24), ("sufi-manaqib", 1), ("sufi-manaqib", 24),
         ("russian-soviet-biography", 4), ("russian-soviet-biography", 22)}
build(mods, prefix="h14", out=os.path.join(root, "data", "gold", "checks", "heldout14-claims.jsonl"), seed=20261461, indic=indic)
