"""Checks the round-10 generalization check b (data/kb/dev10b/ and data/kb/dev10b.json): the gold spans against the
texts and the dump's shape, ids and calendar models; also that the folder's texts are exactly the gold's, that every
planted property is one the set plants, and that the gold has 30-40 contradictions and 180-230 right statements.
Exit status 1 on any problem.
Run: python3 tools/kb/check_dev10b.py (the checks are in tools/kb/goldcheck.py, shared by the blind KB sets)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldcheck import check  # noqa: E402

check("dev10b", 90019001, 90019999,
      planted={"P569", "P570", "P19", "P20", "P22", "P25", "P26", "P39", "P40", "P69", "P108", "P166", "P463",
               "P571", "P576", "P3373"},
      on_disk=True, counts=((30, 40), (180, 230)))
