"""Writes data/kb/dev19t19k1.json: a small knowledge base for the round-19 (issue-19k1) tests
(tests/Tarikh.Core.Tests/Knowledge/Round19LifePairsTests.cs): invented men and women of letters of Zahle and Beirut, with the
towns of their births and deaths. Every person here is made up for the tests (no real person's facts are stated); class ids are
Wikidata's. Written with the code of round 19 (development data). Local ids Q90061901 and up (range Q90061901-Q90061999 is this
helper's).
Run: python3 tools/kb/make_dev19t19k1_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY = "Q515"
KB = KbBuilder(90061900)

beirut = KB.place("بيروت", "Beirut", CITY)
cairo = KB.place("القاهرة", "Cairo", CITY)
zahle = KB.place("زحلة", "Zahle", CITY)
alexandria = KB.place("الإسكندرية", "Alexandria", CITY)

# ---- Najib al-Khuri (1860-1920), his friend Sami al-Haddad (1850-1910), Layla al-Haddad (1880-1940) ----------------------
najib = KB.person("نجيب الخوري", "Najib al-Khuri", MALE, born="1860", died="1920", birthplace=zahle, deathplace=beirut)
sami = KB.person("سامي الحداد", "Sami al-Haddad", MALE, born="1850", died="1910", birthplace=zahle, deathplace=cairo)
layla = KB.person("ليلى الحداد", "Layla al-Haddad", FEMALE, born="1880", died="1940", birthplace=beirut, deathplace=alexandria)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev19t19k1.json"))
