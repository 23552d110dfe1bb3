import os, sys
here = os.path.dirname(os.path.abspath(__file__)); root = os.path.abspath(os.path.join(here, "../../../.."))
sys.path.insert(0, here); sys.path.insert(0, os.path.join(root, "tools/goldsets"))
from checkset import build
import s_er, s_mb, s_go, s_st, s_hb
indic = {(s_er.STYLE, 6), (s_er.STYLE, 25), (s_mb.STYLE, 18), (s_mb.STYLE, 38), (s_go.STYLE, 19), (s_go.STYLE, 20),
         (s_st.STYLE, 6), (s_st.STYLE, 21), (s_hb.STYLE, 6), (s_hb.STYLE, 20)}
build([s_er, s_mb, s_go, s_st, s_hb], prefix="d18a", out=os.path.join(root, "data/gold/checks/dev18a-claims.jsonl"), seed=20261801, indic=indic)
