"""Writes data/kb/dev13t13b.json: a small knowledge base for the round-13 (issue-13b) tests of terms and bodies
(tests/Tarikh.Core.Tests/Knowledge/Round13TermsTests.cs): a prime minister's term with its start and end (P39 with P580/P582),
a professor's employment with its start and end (P108 with P580/P582), a film studio's founding (P571; the class "film
studio" is an organization), two titles of one ruler and a Mamluk sultan's accession (P39 with P580), in Wikidata's dump shape, from public facts. Written with the code of round 13 (development
data). Local ids Q90030501 and up (range Q90030501-Q90030999 is this helper's).
Run: python3 tools/kb/make_dev13t13b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE = "Q6581097"
CITY, COUNTRY, UNIVERSITY, POSITION, FILM_STUDIO = "Q515", "Q6256", "Q3918", "Q4164871", "Q375336"
KB = KbBuilder(90030500)

india = KB.place("الهند", "India", COUNTRY)
delhi = KB.place("نيودلهي", "New Delhi", CITY, country=india)
germany = KB.place("ألمانيا", "Germany", COUNTRY)
berlin = KB.place("برلين", "Berlin", CITY, country=germany)
egypt = KB.place("مصر", "Egypt", COUNTRY)
giza = KB.place("الجيزة", "Giza", CITY, country=egypt)

# ---- a prime minister's term ---------------------------------------------------------------------------------------
pm = KB.ent(None, "رئيس وزراء الهند", "Prime Minister of India", cls=POSITION)
pm.item("P642", india.qid)
nehru = KB.person("جواهر لال نهرو", "Jawaharlal Nehru", MALE, ["نهرو"], born="1889-11-14", died="1964-05-27", deathplace=delhi)
KB.link(nehru, "P39", pm, start="1947-08-15", end="1964-05-27")

# ---- a professor's employment ----------------------------------------------------------------------------------------
humboldt = KB.org("جامعة برلين", "Humboldt University of Berlin", UNIVERSITY, ["جامعة هومبولت"], founded="1810", located=berlin)
planck = KB.person("ماكس بلانك", "Max Planck", MALE, ["بلانك"], born="1858-04-23", died="1947-10-04")
KB.link(planck, "P108", humboldt, start="1889", end="1926")

# ---- a film studio's founding ----------------------------------------------------------------------------------------
studio = KB.org("ستوديو مصر", "Studio Misr", FILM_STUDIO, founded="1935", located=giza)
harb = KB.person("طلعت حرب", "Talaat Harb", MALE, ["طلعت باشا حرب"], born="1867-11-25", died="1941-08-13")
studio.item("P112", harb.qid)

# ---- accessions: a second title coordinated after the first, a verb that names the office ------------------------------
sultan = KB.ent(None, "سلطان مصر", "Sultan of Egypt", cls=POSITION)
king = KB.ent(None, "ملك مصر", "King of Egypt", cls=POSITION)
fuad = KB.person("أحمد فؤاد الأول", "Fuad I of Egypt", MALE, ["فؤاد الأول", "الملك فؤاد"], born="1868-03-26", died="1936-04-28")
KB.link(fuad, "P39", sultan, start="1917-10-09", end="1922-03-15")
KB.link(fuad, "P39", king, start="1922-03-15", end="1936-04-28")
mamluk = KB.ent(None, "سلطان المماليك", "Mamluk Sultan", cls=POSITION)
qalawun = KB.person("المنصور قلاوون", "Qalawun", MALE, ["قلاوون"], born="1222", died="1290-11-10")
KB.link(qalawun, "P39", mamluk, start="1279-11", end="1290-11-10")

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev13t13b.json"))
