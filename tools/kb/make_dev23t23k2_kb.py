"""Writes data/kb/dev23t23k2.json: a small knowledge base for the round-23 (23k2) tests of editorships and directorships
told as offices (tests/Tarikh.Core.Tests/Knowledge/Round23PostsTests.cs): an editor of a magazine and a director of a
library (employers with start and end), and an editor the magazine's own article names only by "رئاسة التحرير". Wikidata's
dump shape, invented people and bodies (the tests check the reading, not history). Written with the code of round 23
(development data). Local ids Q90078301 and up (range Q90078301-Q90078399 is this helper's).
Run: python3 tools/kb/make_dev23t23k2_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, COUNTRY = "Q515", "Q6256"
MAGAZINE, LIBRARY = "Q41298", "Q7075"
KB = KbBuilder(90078300)

land = KB.place("بلاد الوادي", "Wadi Land (test)", COUNTRY)
town = KB.place("دار السلامة", "Dar al-Salama (test)", CITY, country=land)

dawn = KB.org("مجلة الفجر", "al-Fajr (test magazine)", MAGAZINE, ar_aliases=["الفجر"], founded="1940", located=town)
library = KB.org("مكتبة الوادي العامة", "Wadi Public Library (test)", LIBRARY, founded="1900", located=town)

# ---- an editor: employed by the magazine over his editorship -------------------------------------------------------------------
editor = KB.person("فؤاد الحايك", "Fuad al-Hayek (test)", MALE, born="1910", died="1980")
KB.link(editor, "P108", dawn, start="1947", end="1962")

# ---- a librarian: director of the library ------------------------------------------------------------------------------------------
librarian = KB.person("نبيل القاضي", "Nabil al-Qadi (test)", MALE, born="1915", died="1990")
KB.link(librarian, "P108", library, start="1955", end="1968")

# ---- a later editor of the magazine --------------------------------------------------------------------------------------------------
successor = KB.person("سليم العطار", "Salim al-Attar (test)", MALE, born="1930", died="2001")
KB.link(successor, "P108", dawn, start="1963")

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev23t23k2.json"))
