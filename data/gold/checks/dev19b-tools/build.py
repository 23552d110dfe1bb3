"""Build data/gold/checks/dev19b-claims.jsonl: python3 data/gold/checks/dev19b-tools/build.py"""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
sys.path.insert(0, here); sys.path.insert(0, os.path.join(root, "tools", "goldsets"))
from checkset import build
import s_ip, s_yi, s_pv, s_ec, s_vt
indic = {("iraqi-poets-anthology", 6), ("iraqi-poets-anthology", 20),
         ("yemeni-imamate-chronicle", 6), ("yemeni-imamate-chronicle", 20),
         ("palestinian-village-memorial-book", 16), ("palestinian-village-memorial-book", 21),
         ("egyptian-cinema-catalogue", 14), ("egyptian-cinema-catalogue", 21),
         ("volga-tatar-scholars", 1), ("volga-tatar-scholars", 21)}
build([s_ip, s_yi, s_pv, s_ec, s_vt], prefix="d19b", out=os.path.join(root, "data/gold/checks/dev19b-claims.jsonl"),
      seed=20261902, indic=indic)
