"""Writes data/kb/dev16w.json: a small knowledge base for the round-16 (issue-13b) tests
(tests/Tarikh.Core.Tests/Knowledge/Round16OwnTimeTests.cs): whose a carried birth or death is, and whose a date is. Every
person here is made up for the tests (no real person's facts are stated); class ids are Wikidata's: an emir of Aleppo
(Mansour al-Halabi, emir from 1870, killed in 1890), a singer (Salma al-Ayyubi, 1890-1960, of Aleppo) and her teacher
(Zakiyya al-Qabbani, alias "القباني", 1850-1910, died in Damascus). Written with the code of round 16 (development data).
Local ids Q90046001 and up (range Q90046001-Q90046499 is this helper's).
Run: python3 tools/kb/make_dev16w_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, POSITION = "Q515", "Q4164871"
KB = KbBuilder(90046000)

aleppo = KB.place("حلب", "Aleppo", CITY)
damascus = KB.place("دمشق", "Damascus", CITY)
emir = KB.ent(None, "أمير حلب", "Emir of Aleppo", cls=POSITION)

mansour = KB.person("منصور الحلبي", "Mansour al-Halabi", MALE, born="1840", died="1890", birthplace=aleppo, deathplace=damascus)
KB.link(mansour, "P39", emir, start="1870", end="1890")

salma = KB.person("سلمى الأيوبي", "Salma al-Ayyubi", FEMALE, born="1890", died="1960", birthplace=aleppo, deathplace=aleppo)
zakiyya = KB.person("زكية القباني", "Zakiyya al-Qabbani", FEMALE, ["القباني"], born="1850", died="1910", birthplace=aleppo,
                    deathplace=damascus)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev16w.json"))
