"""Checks the twelfth held-out KB verification set (data/kb/heldout12/ and data/kb/heldout12.json): the gold spans against
the texts and the dump's shape, ids and calendar models; also that the folder's texts are exactly the gold's, and that
the gold has 30-40 contradictions and 180-230 right statements. Exit status 1 on any problem.
Run: python3 tools/kb/check_heldout12.py (the checks are in tools/kb/goldcheck.py, shared by the blind KB sets)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldcheck import check  # noqa: E402

check("heldout12", 90027001, 90027999, on_disk=True, counts=((30, 40), (180, 230)))
