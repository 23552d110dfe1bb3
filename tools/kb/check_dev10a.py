"""Checks the round-10 development set a (data/kb/dev10a/ and data/kb/dev10a.json): the gold spans against the texts
and the dump's shape, ids and calendar models. Exit status 1 on any problem.
Run: python3 tools/kb/check_dev10a.py (the checks are in tools/kb/goldcheck.py, shared by the blind KB sets)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldcheck import check  # noqa: E402

check("dev10a", 90018001, 90018999)
