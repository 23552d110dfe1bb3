"""Checks the round-23 judge set b for KB verification (data/kb/dev23b/ and data/kb/dev23b.json): the gold spans
against the texts and the dump's shape, ids and calendar models; also that the folder's texts are exactly the gold's,
that each text has 12-15 non-empty lines, and that the gold has 35-40 contradictions and 180-230 right statements. Exit status 1 on any problem.
Run: python3 tools/kb/check_dev23b.py (the checks are in tools/kb/goldcheck.py, shared by the blind KB sets)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldcheck import check  # noqa: E402

check("dev23b", 90064001, 90064999, lines=(12, 15), on_disk=True, counts=((35, 40), (180, 230)))
