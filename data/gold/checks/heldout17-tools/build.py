import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here); sys.path.insert(0, os.path.join(here, "..", "..", "..", "..", "tools", "goldsets"))
from checkset import build
import s_ib, s_th, s_md, s_tn, s_cr
indic = {(s_ib.STYLE, 15), (s_ib.STYLE, 36), (s_th.STYLE, 14), (s_th.STYLE, 23), (s_md.STYLE, 16), (s_md.STYLE, 30),
         (s_tn.STYLE, 14), (s_tn.STYLE, 36), (s_cr.STYLE, 15), (s_cr.STYLE, 37)}
build([s_ib, s_th, s_md, s_tn, s_cr], prefix="h17", out=os.path.join(here, "..", "heldout17-claims.jsonl"), seed=20261761, indic=indic)
