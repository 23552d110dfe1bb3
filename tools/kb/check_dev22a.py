"""Checks the round-22 development set a for KB verification (data/kb/dev22a/ and data/kb/dev22a.json): the gold spans
against the texts and the dump's shape, ids and calendar models; also that the folder's texts are exactly the gold's,
that each text has 12-15 non-empty lines, and that the gold has 40 contradictions and 180-240 right statements.
Exit status 1 on any problem. Run: python3 tools/kb/check_dev22a.py (the checks are in tools/kb/goldcheck.py)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldcheck import check  # noqa: E402

check("dev22a", 90060001, 90060999, lines=(12, 15), on_disk=True, counts=((40, 40), (180, 240)))
