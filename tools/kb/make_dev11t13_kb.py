"""Writes data/kb/dev11t13.json: a small knowledge base for the round-11 (issue-13) government tests
(tests/Tarikh.Core.Tests/Knowledge/Round11GovernTests.cs): two invented families of Beirut and Tripoli (the Sabbaghs and
the Attars, joined by one marriage), with their dates and places. Every person here is made up for the tests (no real
person's facts are stated); class ids are Wikidata's. Written with the code of round 11 (development data). Local ids
Q90023001 and up (range Q90023001-Q90023599 is this helper's).
Run: python3 tools/kb/make_dev11t13_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY = "Q515"
KB = KbBuilder(90023000)

beirut = KB.place("بيروت", "Beirut", CITY)
tripoli = KB.place("طرابلس", "Tripoli", CITY)
aleppo = KB.place("حلب", "Aleppo", CITY)

# ---- the Sabbaghs: a father and two sons -------------------------------------------------------------------------
jamil = KB.person("جميل الصباغ", "Jamil al-Sabbagh", MALE, born="1825", died="1895", birthplace=tripoli, deathplace=tripoli)
munir = KB.person("منير الصباغ", "Munir al-Sabbagh", MALE, born="1850", died="1900-03-04", birthplace=tripoli, deathplace=beirut)
said = KB.person("سعيد الصباغ", "Said al-Sabbagh", MALE, born="1855", died="1930", birthplace=tripoli, deathplace=beirut)
for child in (munir, said):
    KB.parents(child, father=jamil)
KB.siblings(munir, said)

# ---- the Attars: Layla, Munir's wife, and her father Rashid ------------------------------------------------------
rashid = KB.person("رشيد العطار", "Rashid al-Attar", MALE, born="1820", died="1880", birthplace=beirut, deathplace=beirut)
layla = KB.person("ليلى العطار", "Layla al-Attar", FEMALE, born="1858", died="1920", birthplace=beirut, deathplace=beirut)
KB.parents(layla, father=rashid)
KB.married(munir, layla, start="1878")

# ---- a learned society of Beirut and its presidency, held by Said (for the presiding tests) ---------------------------
KB.org("جمعية بيروت العلمية", "Beirut Scientific Society", "Q955824", founded="1860", located=beirut)
presidency = KB.ent(None, "رئيس جمعية بيروت العلمية", "President of the Beirut Scientific Society", cls="Q4164871")
KB.link(said, "P39", presidency, start="1880", end="1890")

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev11t13.json"))
