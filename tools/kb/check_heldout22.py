"""Checks the twenty-second held-out set for KB verification (data/kb/heldout22/ and data/kb/heldout22.json): the gold
spans against the texts and the dump's shape, ids and calendar models; also that the folder's texts are exactly the
gold's, each text has 12-15 non-empty lines, and the gold has 40 contradictions and 180-230 right statements. Exit
status 1 on any problem. Run: python3 tools/kb/check_heldout22.py (the checks are in tools/kb/goldcheck.py)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldcheck import check  # noqa: E402

check("heldout22", 90065001, 90065999, lines=(12, 15), on_disk=True, counts=((40, 40), (180, 230)))
