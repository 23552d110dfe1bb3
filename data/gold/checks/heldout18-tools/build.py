import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE); sys.path.insert(0, os.path.join(ROOT, "tools", "goldsets"))
from checkset import build
import kuwaiti, adab, aviation, algeria, coptic
build([kuwaiti, adab, aviation, algeria, coptic], prefix="h18",
      out=os.path.join(ROOT, "data", "gold", "checks", "heldout18-claims.jsonl"), seed=20261861,
      indic={(kuwaiti.STYLE, 15), (kuwaiti.STYLE, 31), (adab.STYLE, 15), (adab.STYLE, 21),
             (aviation.STYLE, 14), (aviation.STYLE, 20), (algeria.STYLE, 14), (algeria.STYLE, 20),
             (coptic.STYLE, 14), (coptic.STYLE, 23)})
