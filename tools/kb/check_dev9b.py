"""Checks the round-9 development set b (data/kb/dev9b/ and data/kb/dev9b.json): the gold spans against the texts
and the dump's shape, ids and calendar models. Exit status 1 on any problem.
Run: python3 tools/kb/check_dev9b.py (the checks are in tools/kb/goldcheck.py, shared by the blind KB sets)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldcheck import check  # noqa: E402

check("dev9b", 90014001, 90014599)
