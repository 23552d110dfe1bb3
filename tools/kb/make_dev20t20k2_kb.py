"""Writes data/kb/dev20t20k2.json: a small knowledge base for the round-20 (issue-20k2) tests of careers
(tests/Tarikh.Core.Tests/Knowledge/Round20CareersTests.cs): a zoologist who moved between universities and directed an
institute (employers with start and end), a woman who taught at a university "منذ" a year, a deputy elected to parliament,
a magazine launched by its publisher, and an intergovernmental organization founded in a year. Wikidata's dump shape,
invented people and bodies (the tests check the reading, not history). Written with the code of round 20 (development
data). Local ids Q90072001 and up (range Q90072001-Q90072099 is this helper's).
Run: python3 tools/kb/make_dev20t20k2_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, COUNTRY = "Q515", "Q6256"
UNIVERSITY, INSTITUTE, MAGAZINE, IGO = "Q3918", "Q1664720", "Q41298", "Q245065"
KB = KbBuilder(90072000)

land = KB.place("بلاد الوادي", "Wadi Land (test)", COUNTRY)
town = KB.place("دار السلامة", "Dar al-Salama (test)", CITY, country=land)

# ---- a zoologist: two universities and an institute he directed ------------------------------------------------------------
north = KB.org("جامعة الشمال الكبرى", "Great Northern University (test)", UNIVERSITY, founded="1850", located=town)
south = KB.org("جامعة الجنوب الملكية", "Royal Southern University (test)", UNIVERSITY, founded="1870", located=town)
institute = KB.org("معهد الوادي للبحوث الحيوية", "Wadi Institute of Biological Research (test)", INSTITUTE, founded="1920", located=town)
zoologist = KB.person("كريم الوادي", "Karim al-Wadi (test)", MALE, born="1910", died="1985")
KB.link(zoologist, "P108", north, start="1940", end="1948")
KB.link(zoologist, "P108", south, start="1948", end="1960")
KB.link(zoologist, "P108", institute, start="1960", end="1975")

# ---- a woman who taught at a university since a year -------------------------------------------------------------------------
professor = KB.person("سلمى الراشد", "Salma al-Rashid (test)", FEMALE, born="1925")
KB.link(professor, "P108", south, start="1955")

# ---- a deputy elected to parliament ---------------------------------------------------------------------------------------------
seat = KB.ent(None, "عضو مجلس النواب الوادي", "member of the Wadi House of Representatives (test)", cls="Q4164871")
minister = KB.ent(None, "وزير المعارف الوادي", "Minister of Education of Wadi (test)", cls="Q4164871")
deputy = KB.person("حامد البدري", "Hamid al-Badri (test)", MALE, born="1890", died="1960")
KB.link(deputy, "P39", seat, start="1926")
KB.link(deputy, "P39", minister, start="1936")

# ---- a magazine launched by its publisher ------------------------------------------------------------------------------------------
publisher = KB.person("نادية الزيات", "Nadia al-Zayyat (test)", FEMALE, born="1900", died="1970")
magazine = KB.org("نجمة الصباح", "Morning Star (test magazine)", MAGAZINE, ar_aliases=["مجلة نجمة الصباح"], founded="1932", located=town)
KB.link(magazine, "P112", publisher)

# ---- an intergovernmental organization ----------------------------------------------------------------------------------------------
league = KB.org("منظمة التعاون الوادي", "Wadi Cooperation Organization (test)", IGO, founded="1961", located=town)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev20t20k2.json"))
