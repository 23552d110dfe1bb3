"""Writes data/kb/dev22t22k2.json: a small knowledge base for the round-22 (22k2) tests of persons' linking and deaths
(tests/Tarikh.Core.Tests/Knowledge/Round22PersonsTests.cs): a man known by his given name and nisba whom a text names with his
nasab, a father and a son who share a family name, a man whose family name alone a text may read as "بـ" + a place, and a
man executed in a city. Wikidata's dump shape, invented people in real places (the tests check the reading, not history).
Written with the code of round 22 (development data). Local ids Q90076001 and up (range Q90076000-Q90076999 is this helper's).
Run: python3 tools/kb/make_dev22t22k2_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, COUNTRY = "Q515", "Q6256"
KB = KbBuilder(90076000)

land = KB.place("سوريا", "Syria", COUNTRY)
north = KB.place("حلب", "Aleppo", CITY, country=land)
south = KB.place("حمص", "Homs", CITY, country=land)
east = KB.place("اللاذقية", "Latakia", CITY, country=land)

# ---- a man known by his given name and his nisba ------------------------------------------------------------------------------
KB.person("سليم الزيتوني", "Salim al-Zaytuni (test)", MALE, born="1905", died="1970", birthplace=north, deathplace=south)

# ---- a father and a son sharing a family name -----------------------------------------------------------------------------------
father = KB.person("منصور الوادعي", "Mansur al-Wadi'i (test)", MALE, born="1880", died="1950", birthplace=north, deathplace=east)
son = KB.person("رشيد الوادعي", "Rashid al-Wadi'i (test)", MALE, born="1915", died="1990", birthplace=east, deathplace=east)
KB.link(father, "P40", son)
KB.link(son, "P22", father)

# ---- a man whose family name begins with ب --------------------------------------------------------------------------------------
KB.person("يوسف بلعيد", "Yusuf Bilaid (test)", MALE, ar_aliases=("بلعيد",), born="1912", died="1985", birthplace=south, deathplace=south)

# ---- a man executed in a city -------------------------------------------------------------------------------------------------
KB.person("كمال الصافي", "Kamal al-Safi (test)", MALE, born="1900", died="1949", birthplace=east, deathplace=north)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev22t22k2.json"))
