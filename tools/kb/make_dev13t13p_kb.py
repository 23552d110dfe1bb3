"""Writes data/kb/dev13t13p.json: a small knowledge base for the round-13 (issue-13p) person tests
(tests/Tarikh.Core.Tests/Knowledge/Round13PersonsTests.cs): an invented merchant family of Beirut (the Attars) with a
father and his namesake son, a daughter, a second wife's family and a grandson's school. Every person here is made up for
the tests (no real person's facts are stated); class ids are Wikidata's. Written with the code of round 13 (development
data). Local ids Q90030001 and up (range Q90030001-Q90030499 is this helper's).
Run: python3 tools/kb/make_dev13t13p_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, UNIVERSITY = "Q515", "Q3918"
KB = KbBuilder(90030000)

beirut = KB.place("بيروت", "Beirut", CITY)
lyon = KB.place("ليون", "Lyon", CITY)

# ---- the father Yusuf Ilyas al-Attar and his namesake son Yusuf al-Attar -------------------------------------------------
father = KB.person("يوسف إلياس العطار", "Yusuf Ilyas al-Attar", MALE, born="1820", died="1880", birthplace=beirut, deathplace=beirut)
maryam = KB.person("مريم الخوري", "Maryam al-Khouri", FEMALE, born="1830", died="1875", birthplace=beirut, deathplace=beirut)
KB.married(father, maryam, start="1850")
son = KB.person("يوسف العطار", "Yusuf al-Attar", MALE, born="1855", died="1920", birthplace=beirut, deathplace=lyon)
layla = KB.person("ليلى العطار", "Layla al-Attar", FEMALE, born="1858", died="1930", birthplace=beirut, deathplace=beirut)
for child in (son, layla):
    KB.parents(child, father=father, mother=maryam)
KB.siblings(son, layla)

# ---- the son's wife Hind al-Sabbagh and their son Kamal, who studied at the Beirut college ----------------------------------
hind = KB.person("هند الصباغ", "Hind al-Sabbagh", FEMALE, born="1860", died="1935", birthplace=beirut, deathplace=beirut)
KB.married(son, hind, start="1880")
kamal = KB.person("كمال العطار", "Kamal al-Attar", MALE, born="1882-03-03", died="1950", birthplace=beirut, deathplace=beirut)
KB.parents(kamal, father=son, mother=hind)
college = KB.org("كلية بيروت", "Beirut College", UNIVERSITY, founded="1866", located=beirut)
KB.link(kamal, "P69", college, start="1896", end="1900")

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev13t13p.json"))
