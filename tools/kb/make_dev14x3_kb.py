"""Writes data/kb/dev14x3.json: a small knowledge base for the round-14 (issue-x3) kinship tests
(tests/Tarikh.Core.Tests/Knowledge/Round14KinNamesakeTests.cs): an invented family of Tripoli (the Haddads) with a
grandfather and his namesake grandson, and a wife who is her husband's cousin. Every person here is made up for the tests
(no real person's facts are stated); class ids are Wikidata's. Written with the code of round 14 (development data).
Local ids Q90035001 and up (range Q90035001-Q90035499 is this helper's).
Run: python3 tools/kb/make_dev14x3_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY = "Q515"
KB = KbBuilder(90035000)

tripoli = KB.place("طرابلس", "Tripoli", CITY)

# ---- three generations: the grandfather Salim Rashid al-Haddad, his son Rashid, and Rashid's son Salim -----------------------
grandfather = KB.person("سليم رشيد الحداد", "Salim Rashid al-Haddad", MALE, born="1790", died="1860", birthplace=tripoli, deathplace=tripoli)
rashid = KB.person("رشيد الحداد", "Rashid al-Haddad", MALE, born="1825", died="1895", birthplace=tripoli, deathplace=tripoli)
KB.parents(rashid, father=grandfather)
# Rashid's wife Warda, his mother's sister's daughter (a cousin), and their son Salim, named after his grandfather.
warda = KB.person("وردة الخوري", "Warda al-Khouri", FEMALE, ar_aliases=("وردة",), born="1835", died="1900", birthplace=tripoli, deathplace=tripoli)
KB.married(rashid, warda, start="1855")
grandson = KB.person("سليم الحداد", "Salim al-Haddad", MALE, ar_aliases=("سليم",), born="1860", died="1930", birthplace=tripoli, deathplace=tripoli)
KB.parents(grandson, father=rashid, mother=warda)
# A sister of Rashid: no namesake of anyone.
nadia = KB.person("نادية الحداد", "Nadia al-Haddad", FEMALE, born="1830", died="1890", birthplace=tripoli, deathplace=tripoli)
KB.parents(nadia, father=grandfather)
KB.siblings(rashid, nadia)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev14x3.json"))
