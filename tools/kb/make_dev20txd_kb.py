"""Writes data/kb/dev20txd.json: a small knowledge base for the round-20 (issue-xd) tests
(tests/Tarikh.Core.Tests/Knowledge/Round20RelativeClauseTests.cs): an invented merchant family of Homs and Hama. Every person
here is made up for the tests (no real person's facts are stated); class ids are Wikidata's. Written after the nineteenth
held-out scoring (development data). Local ids Q90073901 and up (range Q90073901-Q90073999 is this helper's).
Run: python3 tools/kb/make_dev20txd_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY = "Q515"
KB = KbBuilder(90073900)

homs = KB.place("حمص", "Homs", CITY)
hama = KB.place("حماة", "Hama", CITY)

# ---- Nabil al-Haddad (1900-1970), a lawyer; his father Salim al-Haddad (1860-1915); his cousin Jamil al-Haddad (1880-1950) ----
nabil = KB.person("نبيل الحداد", "Nabil al-Haddad", MALE, born="1900", died="1970", birthplace=homs, deathplace=homs)
salim = KB.person("سليم الحداد", "Salim al-Haddad", MALE, born="1860", died="1915", birthplace=hama, deathplace=hama)
jamil = KB.person("جميل الحداد", "Jamil al-Haddad", MALE, born="1880", died="1950", birthplace=hama, deathplace=homs)
KB.parents(nabil, father=salim)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev20txd.json"))
