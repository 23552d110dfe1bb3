"""Writes data/kb/dev18t13a.json: a small knowledge base for the round-18 (issue-13a) tests
(tests/Tarikh.Core.Tests/Knowledge/Round18LifePlacesTests.cs): an invented family of the Lebanese mountain (the Sayrafis), two
brothers and a daughter, and the invented villages and towns of their births and deaths. Every person and village here is made up
for the tests (no real person's facts are stated); class ids are Wikidata's. Written with the code of round 18 (development data).
Local ids Q90061301 and up (range Q90061301-Q90061499 is this helper's).
Run: python3 tools/kb/make_dev18t13a_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, VILLAGE = "Q515", "Q532"
KB = KbBuilder(90061300)

beirut = KB.place("بيروت", "Beirut", CITY)
cairo = KB.place("القاهرة", "Cairo", CITY)
kfarnahle = KB.place("كفرنحلة", "Kfar Nahle", VILLAGE)
ainzeitoun = KB.place("عين زيتونة", "Ain Zaytuna", VILLAGE)
bkaatouta = KB.place("بقعاتوتا", "Bqaatouta", VILLAGE)

# ---- Karim al-Sayrafi (1870-1930), his brother Salim (1875-1935), Karim's daughter Nahla (1900-1970) -------------------
karim = KB.person("كريم الصيرفي", "Karim al-Sayrafi", MALE, born="1870", died="1930", birthplace=kfarnahle, deathplace=beirut)
salim = KB.person("سليم الصيرفي", "Salim al-Sayrafi", MALE, born="1875", died="1935", birthplace=kfarnahle, deathplace=cairo)
KB.siblings(karim, salim)
nahla = KB.person("نهلة الصيرفي", "Nahla al-Sayrafi", FEMALE, born="1900", died="1970", birthplace=beirut, deathplace=bkaatouta)
KB.parents(nahla, father=karim)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev18t13a.json"))
