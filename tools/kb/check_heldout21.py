"""Checks the twenty-first held-out set for KB verification (data/kb/heldout21/ and data/kb/heldout21.json): the gold
spans against the texts and the dump's shape, ids and calendar models; also that the folder's texts are exactly the
gold's, that each text has 12-15 non-empty lines, and that the gold has 40 contradictions and 190-230 right statements.
Exit status 1 on any problem. Run: python3 tools/kb/check_heldout21.py (the checks are in tools/kb/goldcheck.py)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldcheck import check  # noqa: E402

check("heldout21", 90062001, 90062999, lines=(12, 15), on_disk=True, counts=((40, 40), (190, 230)),
      planted={"P569", "P570", "P19", "P20", "P26", "P40", "P3373", "P571", "P108", "P166", "P69", "P463"})
