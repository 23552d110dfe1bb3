import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
sys.path.insert(0, HERE); sys.path.insert(0, os.path.join(ROOT, "tools/goldsets"))
from checkset import build
import iraqi_chat, sudan_oral, yearbook, hajj, film
build([iraqi_chat, sudan_oral, yearbook, hajj, film], prefix="d17b",
      out=os.path.join(ROOT, "data/gold/checks/dev17b-claims.jsonl"), seed=20261702,
      indic={("iraqi-family-chat", 14), ("iraqi-family-chat", 36), ("sudanese-oral-genealogy", 18), ("sudanese-oral-genealogy", 36),
             ("university-yearbook", 6), ("university-yearbook", 24), ("hajj-travel-diary", 6), ("hajj-travel-diary", 24),
             ("film-archive-notes", 10), ("film-archive-notes", 36)})
