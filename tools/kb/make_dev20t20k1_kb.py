"""Writes data/kb/dev20t20k1.json: a small knowledge base for the round-20 (issue-20k1) tests
(tests/Tarikh.Core.Tests/Knowledge/Round20TopicLivesTests.cs): invented lawyers and writers of Tripoli and Homs, their wives and
kin, and the towns of their births and deaths. Every person here is made up for the tests (no real person's facts are stated);
class ids are Wikidata's. Written with the code of round 20 (development data). Local ids Q90072001 and up (range
Q90072001-Q90072099 is this helper's).
Run: python3 tools/kb/make_dev20t20k1_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY = "Q515"
KB = KbBuilder(90072000)

tripoli = KB.place("طرابلس", "Tripoli", CITY)
homs = KB.place("حمص", "Homs", CITY)
hama = KB.place("حماة", "Hama", CITY)
aleppo = KB.place("حلب", "Aleppo", CITY)

# ---- Fuad al-Sharqawi (1890-1960), a lawyer; his cousin Rashid al-Sharqawi (1885-1950), a poet; his wife Samira Naddaf ----------
fuad = KB.person("فؤاد الشرقاوي", "Fuad al-Sharqawi", MALE, born="1890", died="1960", birthplace=tripoli, deathplace=homs)
rashid = KB.person("رشيد الشرقاوي", "Rashid al-Sharqawi", MALE, born="1885", died="1950", birthplace=tripoli, deathplace=aleppo)
samira = KB.person("سميرة النداف", "Samira al-Naddaf", FEMALE, born="1895", died="1970", birthplace=hama, deathplace=homs)
KB.married(fuad, samira, start="1915")
# ---- the minister Kamil Barakat (1870-1940), whom Fuad served ---------------------------------------------------------------
kamil = KB.person("كامل بركات", "Kamil Barakat", MALE, born="1870", died="1940", birthplace=homs, deathplace=homs)

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev20t20k1.json"))
