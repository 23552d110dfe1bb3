"""Writes data/kb/dev21t21k2.json: a small knowledge base for the round-21 (issue-21k2) tests of ends of rule and office and of
dated marriages (tests/Tarikh.Core.Tests/Knowledge/Round21RuleEndsTests.cs): a pasha of a province who abdicated, a state's
president, a prime minister with one term, a husband married in a year and his father-in-law. Wikidata's dump shape, invented
people, offices and lands (the tests check the reading, not history). Written with the code of round 21 (development data).
Local ids Q90073001 and up (range Q90073001-Q90073099 is this helper's).
Run: python3 tools/kb/make_dev21t21k2_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, COUNTRY, OFFICE = "Q515", "Q6256", "Q294414"
KB = KbBuilder(90073000)

land = KB.place("وادستان", "Wadistan (test)", COUNTRY)
town = KB.place("مرسى الريح", "Marsa al-Rih (test)", CITY, country=land)

# ---- a pasha of a province ---------------------------------------------------------------------------------------------------
pashalik = KB.ent(None, "باشا مرسى الريح", "Pasha of Marsa al-Rih (test)", cls=OFFICE)
pasha = KB.person("حسن القاسمي", "Hasan al-Qasimi (test)", MALE, born="1720", died="1799")
KB.link(pasha, "P39", pashalik, start="1760", end="1790")

# ---- a state's president -----------------------------------------------------------------------------------------------------
presidency = KB.ent(None, "رئيس وادستان", "President of Wadistan (test)", cls=OFFICE)
president = KB.person("سالم الهادي", "Salim al-Hadi (test)", MALE, born="1930", died="2001")
KB.link(president, "P39", presidency, start="1970", end="1975")

# ---- a prime minister --------------------------------------------------------------------------------------------------------
premiership = KB.ent(None, "رئيس وزراء وادستان", "Prime Minister of Wadistan (test)", cls=OFFICE)
premier = KB.person("فؤاد الناصر", "Fuad al-Nasir (test)", MALE, born="1910", died="1980")
KB.link(premier, "P39", premiership, start="1960", end="1964")

# ---- a marriage and the bride's father -------------------------------------------------------------------------------------------
groom = KB.person("عمر الساحلي", "Umar al-Sahili (test)", MALE, born="1925", died="1990")
bride = KB.person("ليلى الحسني", "Layla al-Husni (test)", FEMALE, born="1930", died="2010")
father = KB.person("خالد الحسني", "Khalid al-Husni (test)", MALE, born="1900", died="1970")
KB.link(groom, "P26", bride, start="1950")
KB.link(bride, "P26", groom, start="1950")
KB.link(father, "P40", bride)
KB.link(bride, "P22", father)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev21t21k2.json"))
