"""Checks the ninth held-out KB verification set (data/kb/heldout9/ and data/kb/heldout9.json): the gold spans against
the texts and the dump's shape, ids and calendar models; also that the folder's texts are exactly the gold's, and that
the gold has 30-40 contradictions and 180-230 right statements. Exit status 1 on any problem.
Run: python3 tools/kb/check_heldout9.py (the checks are in tools/kb/goldcheck.py, shared by the blind KB sets)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldcheck import check  # noqa: E402

check("heldout9", 90020001, 90020999, on_disk=True, counts=((30, 40), (180, 230)))
