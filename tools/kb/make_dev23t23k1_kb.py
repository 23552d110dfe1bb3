"""Writes data/kb/dev23t23k1.json: a small knowledge base for the round-23 (23k1) tests of persons' births and deaths
(tests/Tarikh.Core.Tests/Knowledge/Round23PersonsTests.cs): an interviewee and his father, a side person a sentence names
before his verbs, a man described by a kinship noun in apposition, a man told with "وهو المولود … والمتوفى …".
Wikidata's dump shape, invented people in real places (the tests check the reading, not history).
Written with the code of round 23 (development data). Local ids Q90078300 and up (range Q90078300-Q90078399 is this helper's).
Run: python3 tools/kb/make_dev23t23k1_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, COUNTRY = "Q515", "Q6256"
KB = KbBuilder(90078300)

syria = KB.place("سوريا", "Syria", COUNTRY)
lebanon = KB.place("لبنان", "Lebanon", COUNTRY)
aleppo = KB.place("حلب", "Aleppo", CITY, country=syria)
homs = KB.place("حمص", "Homs", CITY, country=syria)
latakia = KB.place("اللاذقية", "Latakia", CITY, country=syria)
damascus = KB.place("دمشق", "Damascus", CITY, country=syria)
beirut = KB.place("بيروت", "Beirut", CITY, country=lebanon)

# ---- an interviewee and his father ---------------------------------------------------------------------------------------------
son = KB.person("نادر الحلبي", "Nadir al-Halabi (test)", MALE, born="1950", died="2015", birthplace=aleppo, deathplace=aleppo)
father = KB.person("سامي الحلبي", "Sami al-Halabi (test)", MALE, born="1910", died="1990", birthplace=homs, deathplace=latakia)
KB.link(son, "P22", father)
KB.link(father, "P40", son)

# ---- a writer and the side person a sentence opens with ------------------------------------------------------------------------
KB.person("فؤاد الخوري", "Fuad al-Khuri (test)", MALE, born="1920", died="1980", birthplace=beirut, deathplace=beirut)
KB.person("وديع الصباغ", "Wadi al-Sabbagh (test)", MALE, born="1890", died="1950", birthplace=beirut, deathplace=damascus)

# ---- a man described by a kinship noun in apposition; a man told with "وهو المولود … والمتوفى" -------------------------------------
KB.person("رامز العطار", "Ramiz al-Attar (test)", MALE, born="1860", died="1915", birthplace=damascus, deathplace=damascus)
KB.person("حليم القاسم", "Halim al-Qasim (test)", MALE, born="1870", died="1930", birthplace=aleppo, deathplace=homs)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev23t23k1.json"))
