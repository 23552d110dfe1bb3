"""Writes data/kb/dev12t13p.json: a small knowledge base for the round-12 (issue-13p) person and relative tests
(tests/Tarikh.Core.Tests/Knowledge/Round12PersonsTests.cs): an invented merchant family of Beirut (the Haddads) and the
family of the merchant's wife (the Najjars), with their dates and places. Every person here is made up for the tests (no
real person's facts are stated); class ids are Wikidata's. Written with the code of round 12 (development data). Local ids
Q90025001 and up (range Q90025001-Q90025499 is this helper's).
Run: python3 tools/kb/make_dev12t13p_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY = "Q515"
KB = KbBuilder(90025000)

beirut = KB.place("بيروت", "Beirut", CITY)
aleppo = KB.place("حلب", "Aleppo", CITY)

# ---- the Haddads: Karim, his brother Fuad, his mother Huda, his son Nabil -----------------------------------------
huda = KB.person("هدى الخوري", "Huda al-Khouri", FEMALE, born="1815", died="1857", birthplace=beirut, deathplace=beirut)
karim = KB.person("كريم الحداد", "Karim al-Haddad", MALE, born="1840", died="1910", birthplace=beirut, deathplace=beirut)
fuad = KB.person("فؤاد الحداد", "Fuad al-Haddad", MALE, born="1843", died="1878", birthplace=beirut, deathplace=aleppo)
for child in (karim, fuad):
    KB.parents(child, mother=huda)
KB.siblings(karim, fuad)

# ---- the Najjars: Salma, Karim's wife, and her father Yusuf ------------------------------------------------------------
yusuf = KB.person("يوسف النجار", "Yusuf al-Najjar", MALE, born="1810", died="1870", birthplace=beirut, deathplace=beirut)
salma = KB.person("سلمى النجار", "Salma al-Najjar", FEMALE, born="1845", died="1879", birthplace=beirut, deathplace=beirut)
KB.parents(salma, father=yusuf)
KB.married(karim, salma, start="1865")

nabil = KB.person("نبيل الحداد", "Nabil al-Haddad", MALE, born="1867", died="1930", birthplace=beirut, deathplace=beirut)
KB.parents(nabil, father=karim, mother=salma)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev12t13p.json"))
