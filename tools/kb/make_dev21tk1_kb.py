"""Writes data/kb/dev21tk1.json: a small knowledge base for the round-21 (issue-21k1) tests
(tests/Tarikh.Core.Tests/Knowledge/Round21LivesTests.cs): an invented family of shaykhs of Homs, an invented minister and an
invented physician. Every person here is made up for the tests (no real person's facts are stated); class ids are Wikidata's.
Local ids Q90074101 and up (range Q90074101-Q90074199 is this helper's).
Run: python3 tools/kb/make_dev21tk1_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE = "Q6581097"
CITY, COUNTRY = "Q515", "Q6256"
KB = KbBuilder(90074100)

homs = KB.place("حمص", "Homs", CITY)
hama = KB.place("حماة", "Hama", CITY)
syria = KB.place("سوريا", "Syria", COUNTRY)

# ---- a family of shaykhs: Umar al-Qasimi (1790-1855) and his sons Muhammad al-Hadi (1830-1890) and Abdallah (1833-1880) ----
umar = KB.person("عمر بن يوسف القاسمي", "Umar ibn Yusuf al-Qasimi", MALE, born="1790", died="1855", birthplace=homs, deathplace=hama)
hadi = KB.person("محمد الهادي القاسمي", "Muhammad al-Hadi al-Qasimi", MALE, born="1830", died="1890", birthplace=homs, deathplace=homs)
abdallah = KB.person("عبد الله القاسمي", "Abdallah al-Qasimi", MALE, born="1833", died="1880", birthplace=homs, deathplace=hama)
KB.parents(hadi, father=umar)
KB.parents(abdallah, father=umar)
KB.siblings(hadi, abdallah)

# ---- a minister called again by his last names: Sidi Ould Bilal (1930-2001) ----
KB.person("سيدي ولد بلال", "Sidi Ould Bilal", MALE, born="1930-04-02", died="2001", birthplace=homs, deathplace=homs)

# ---- two physicians: Nadir al-Suyufi died in the city of Homs; Hani al-Suyufi died in Syria (a country, not a city) ----
KB.person("نادر السيوفي", "Nadir al-Suyufi", MALE, born="1901", died="1966", birthplace=homs, deathplace=homs)
KB.person("هاني السيوفي", "Hani al-Suyufi", MALE, born="1905", died="1970", birthplace=homs, deathplace=syria)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev21tk1.json"))
