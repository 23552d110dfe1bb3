"""Writes data/kb/dev15v.json: a small knowledge base for the round-15 (issue-13v) tests
(tests/Tarikh.Core.Tests/Knowledge/Round15KbPrecisionTests.cs): an invented family of Aleppo (the Shahbandars) with a father,
two sons, a wife and a grandson named after his grandfather. Every person here is made up for the tests (no real person's facts
are stated); class ids are Wikidata's. Written with the code of round 15 (development data).
Local ids Q90039001 and up (range Q90039001-Q90039499 is this helper's).
Run: python3 tools/kb/make_dev15v_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY = "Q515"
KB = KbBuilder(90039000)

aleppo = KB.place("حلب", "Aleppo", CITY)

# ---- the father Said Shahbandar, his wife Hind, their sons Nabil and Kamal -----------------------------------------------------
said = KB.person("سعيد شهبندر", "Said Shahbandar", MALE, born="1850", died="1920", birthplace=aleppo, deathplace=aleppo)
hind = KB.person("هند الرافعي", "Hind al-Rafii", FEMALE, born="1855", died="1925", birthplace=aleppo, deathplace=aleppo)
KB.married(said, hind, start="1878")
nabil = KB.person("نبيل شهبندر", "Nabil Shahbandar", MALE, born="1880", died="1940", birthplace=aleppo, deathplace=aleppo)
kamal = KB.person("كمال شهبندر", "Kamal Shahbandar", MALE, born="1884", died="1950", birthplace=aleppo, deathplace=aleppo)
KB.parents(nabil, father=said, mother=hind)
KB.parents(kamal, father=said, mother=hind)
KB.siblings(nabil, kamal)
# Nabil's wife Layla and their son Said, named after his grandfather.
layla = KB.person("ليلى حداد", "Layla Haddad", FEMALE, born="1885", died="1960", birthplace=aleppo, deathplace=aleppo)
KB.married(nabil, layla, start="1905")
grandson = KB.person("سعيد نبيل شهبندر", "Said Nabil Shahbandar", MALE, born="1910", died="1980", birthplace=aleppo, deathplace=aleppo)
KB.parents(grandson, father=nabil, mother=layla)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev15v.json"))
