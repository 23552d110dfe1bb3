"""Writes data/kb/dev22t22k1.json: a small knowledge base for the round-22 (22k1, issue 13) tests of organizations and offices
(tests/Tarikh.Core.Tests/Knowledge/Round22PartiesOfficesTests.cs): parties and a front the text names by their class noun
("تأسيس الحزب"، "أن الجبهة تأسست"), a movement founded in a timeline's present ("يؤسس"), and a secretary-general's term the
text says he "became" in a year. Wikidata's dump shape, invented people and bodies (the tests check the reading, not history).
Local ids Q90075001 and up (range Q90075000-Q90075999 is this helper's). Run: python3 tools/kb/make_dev22t22k1_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE = "Q6581097"
CITY, COUNTRY, PARTY, ORG, POS = "Q515", "Q6256", "Q7278", "Q43229", "Q4164871"
KB = KbBuilder(90075000)

land = KB.place("بلاد الوادي", "Wadi Land (test)", COUNTRY)
town = KB.place("دار السلامة", "Dar al-Salama (test)", CITY, country=land)

nahda = KB.org("حزب النهضة الوادية", "Wadi Renaissance Party (test)", PARTY, founded="1921", located=town)
socialist = KB.org("الحزب الاشتراكي الوادي", "Wadi Socialist Party (test)", PARTY, founded="1935", located=town)
front = KB.org("جبهة التحرير الوادية", "Wadi Liberation Front (test)", PARTY, founded="1950", located=town)
youth = KB.org("حركة الشباب الوادي", "Wadi Youth Movement (test)", ORG, founded="1951", located=town)

leader = KB.person("كمال الزين", "Kamal al-Zayn (test)", MALE, born="1905", died="1975", birthplace=town, deathplace=town)
KB.link(leader, "P463", nahda, start="1925")
sg = KB.ent(None, "الأمين العام لحزب النهضة الوادية", "Secretary-General of the Wadi Renaissance Party (test)", cls=POS)
KB.link(leader, "P39", sg, start="1936", end="1960")
KB.link(nahda, "P112", leader)

fighter = KB.person("سليم الدباغ", "Salim al-Dabbagh (test)", MALE, born="1920", died="1990", birthplace=town)
KB.link(fighter, "P463", front, start="1950")
KB.link(youth, "P112", fighter)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev22t22k1.json"))
