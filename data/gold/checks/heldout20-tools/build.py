import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE); sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "tools", "goldsets"))
from checkset import build
import s_hj, s_ft, s_ma, s_sy, s_tn
indic = {(s_hj.STYLE, 0), (s_hj.STYLE, 21), (s_ft.STYLE, 6), (s_ft.STYLE, 26), (s_ma.STYLE, 14), (s_ma.STYLE, 23),
         (s_sy.STYLE, 14), (s_sy.STYLE, 21), (s_tn.STYLE, 14), (s_tn.STYLE, 20)}
build([s_hj, s_ft, s_ma, s_sy, s_tn], prefix="h20", out=os.path.join(HERE, "..", "heldout20-claims.jsonl"),
      seed=20262061, indic=indic)
