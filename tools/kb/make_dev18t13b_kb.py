"""Writes data/kb/dev18t13b.json: a small knowledge base for the round-18 (issue-13b) tests of kin and offices
(tests/Tarikh.Core.Tests/Knowledge/Round18KinOfficesTests.cs): a merchant whose son the text calls his brother in the
sentence after his death; a physician with a daughter and a son (the son called "his brother" after the daughter); a
chief whose grandson is linked to the family only by his own father statement (P22 on the grandson, no P40 on the father);
an imam and a president whose offices the text names by one bare noun ("الإمامة"، "رئيساً"). Wikidata's dump shape,
invented people (the tests check the reading, not history). Written with the code of round 18 (development data). Local ids
Q90051801 and up (range Q90051801-Q90051999 is this helper's).
Run: python3 tools/kb/make_dev18t13b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, COUNTRY, POSITION = "Q515", "Q6256", "Q4164871"
KB = KbBuilder(90051800)

syria = KB.place("الشام", "Sham (test)", COUNTRY)
aleppo = KB.place("حلب", "Aleppo", CITY, country=syria)

# ---- a son called a brother in the sentence after the father's death --------------------------------------------------------
suleiman = KB.person("سليمان العطار", "Suleiman al-Attar (test)", MALE, born="1830", died="1900", deathplace=aleppo)
khalil = KB.person("خليل العطار", "Khalil al-Attar (test)", MALE, born="1860", died="1930")
KB.parents(khalil, father=suleiman)
yusuf = KB.person("يوسف الحلبي", "Yusuf al-Halabi (test)", MALE, born="1820", died="1890")

# ---- a daughter and a son; the son called "his brother" after the daughter ---------------------------------------------------
najib = KB.person("نجيب الخوري", "Najib al-Khoury (test)", MALE, born="1850", died="1920")
layla = KB.person("ليلى الخوري", "Layla al-Khoury (test)", FEMALE, born="1880", died="1950")
samir = KB.person("سمير الخوري", "Samir al-Khoury (test)", MALE, born="1885", died="1960")
KB.parents(layla, father=najib)
KB.parents(samir, father=najib)
KB.siblings(layla, samir)

# ---- a grandson linked only by his own father statement ---------------------------------------------------------------------
majid = KB.person("ماجد السعدي", "Majid al-Saadi (test)", MALE, born="1870", died="1940")
fahd = KB.person("فهد السعدي", "Fahd al-Saadi (test)", MALE, born="1895", died="1945")
nasser = KB.person("ناصر السعدي", "Nasser al-Saadi (test)", MALE, born="1920", died="1990")
KB.link(majid, "P40", fahd)
KB.link(fahd, "P22", majid)
KB.link(nasser, "P22", fahd)

# ---- offices named by one bare noun -----------------------------------------------------------------------------------------
imamate = KB.ent(None, "إمام الجبل الأعلى", "Imam of the High Mountain (test)", cls=POSITION)
omar = KB.person("يحيى بن علي الحسني", "Yahya ibn Ali al-Hasani (test)", MALE, born="1860", died="1925")
KB.link(omar, "P39", imamate, start="1900", end="1920")

presidency = KB.ent(None, "رئيس جمهورية الشام", "President of the Sham Republic (test)", cls=POSITION)
kamal = KB.person("كمال الأيوبي", "Kamal al-Ayyubi (test)", MALE, born="1900", died="1970")
KB.link(kamal, "P39", presidency, start="1950-04-01", end="1955-09-01")

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev18t13b.json"))
