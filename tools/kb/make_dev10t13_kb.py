"""Writes data/kb/dev10t13.json: a small knowledge base for the round-10 (issue-13) precision tests
(tests/Tarikh.Core.Tests/Knowledge/Round10PrecisionTests.cs): a family of invented people (the Haddads of Beirut, with
their dates and places), an unrelated man with a pasha's title, and an invented university. Every person and body here
is made up for the tests (no real person's facts are stated); class ids are Wikidata's. Written with the code of round
10 (development data). Local ids Q90022001 and up (range Q90022001-Q90022599 is this helper's).
Run: python3 tools/kb/make_dev10t13_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, UNIVERSITY = "Q515", "Q3918"
KB = KbBuilder(90022000)

beirut = KB.place("بيروت", "Beirut", CITY)
damascus = KB.place("دمشق", "Damascus", CITY)

# ---- the Haddads: a father, his wife, their sons (one named with his father's name inside his own) --------------
salim = KB.person("سليم الحداد", "Salim al-Haddad", MALE, born="1850", died="1916", birthplace=beirut, deathplace=beirut)
maryam = KB.person("مريم نصار", "Maryam Nassar", FEMALE, born="1855", died="1915", birthplace=beirut)
KB.married(salim, maryam, start="1875")
najib = KB.person("نجيب الحداد", "Najib al-Haddad", MALE, born="1880", died="1931", birthplace=beirut, deathplace=beirut)
farid = KB.person("فريد الحداد", "Farid al-Haddad", MALE, born="1882", died="1940", birthplace=beirut)
fuad = KB.person("فؤاد سليم الحداد", "Fuad Salim al-Haddad", MALE, born="1885", died="1950", birthplace=beirut)
for child in (najib, farid, fuad):
    KB.parents(child, father=salim, mother=maryam)
KB.siblings(najib, farid, fuad)
# Hind, Najib's wife, born in Beirut; her brother Kamel was born in Damascus.
hind = KB.person("هند الخوري", "Hind al-Khuri", FEMALE, born="1884", died="1950", birthplace=beirut)
kamel = KB.person("كامل الخوري", "Kamel al-Khuri", MALE, born="1890", died="1960", birthplace=damascus)
KB.siblings(hind, kamel)
KB.married(najib, hind, start="1905")

# ---- Yusuf al-Khuri, who headed the society after Salim (untagged in the tests) --------------------------------
yusuf = KB.person("يوسف الخوري", "Yusuf al-Khuri", MALE, born="1852", died="1930", birthplace=damascus)

# ---- an unrelated pasha, and a university ------------------------------------------------------------------------
pasha = KB.person("فؤاد باشا", "Fuad Pasha", MALE, born="1814", died="1869")
KB.org("جامعة فاروق", "Faruq University", UNIVERSITY, founded="1938")

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev10t13.json"))
