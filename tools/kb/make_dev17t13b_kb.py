"""Writes data/kb/dev17t13b.json: a small knowledge base for the round-17 (issue-13b) tests of offices, reigns and foundings
(tests/Tarikh.Core.Tests/Knowledge/Round17OfficesFoundingsTests.cs): a literary society and a Sufi order founded at a date
(P571) named before a relative clause of founding, a school founded by a minister, a president's term (P39 with P580/P582)
ended in "بقي في الرئاسة حتى", an emir's reign told by its noun ("دامت إمارته من … إلى …"), a sultan who became king (two
chained titles of one reign), and a bey whose accession is told by the bare "تولى". Wikidata's dump shape, invented or public
facts (the tests check the reading, not history). Written with the code of round 17 (development data). Local ids Q90047301 and
up (range Q90047301-Q90047499 is this helper's).
Run: python3 tools/kb/make_dev17t13b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE = "Q6581097"
CITY, COUNTRY, POSITION, SOCIETY, SCHOOL, ORDER = "Q515", "Q6256", "Q4164871", "Q988108", "Q3914", "Q1053399"
KB = KbBuilder(90047300)

tunisia = KB.place("تونس", "Tunisia", COUNTRY)
tunis = KB.place("مدينة تونس", "Tunis", CITY, country=tunisia)
jordan = KB.place("الأردن", "Jordan", COUNTRY)

# ---- bodies founded (P571), named before a relative clause ---------------------------------------------------------------
society = KB.org("الجمعية الأدبية الكبرى", "Great Literary Society", SOCIETY, ["الجمعية الأدبية"], founded="1911", located=tunis)
order = KB.org("الطريقة الرحمانية", "Rahmaniyya order", ORDER, ["الرحمانية"], founded="1774")
school = KB.org("المدرسة الحربية بباردو", "Bardo Military School", SCHOOL, ["المدرسة الحربية", "الحربية"], founded="1840", located=tunis)
alumni = KB.org("جمعية خريجي المدرسة الحربية", "Military School Alumni Association", "Q43229", founded="1920", located=tunis)
minister = KB.person("مصطفى خزندار", "Mustapha Khaznadar", MALE, born="1817", died="1878")

# ---- a president's term ---------------------------------------------------------------------------------------------------
president = KB.ent(None, "رئيس جمهورية الأردن", "President of Jordan (test)", cls=POSITION)
salem = KB.person("سالم الحداد", "Salem al-Haddad (test)", MALE, born="1901", died="1980")
KB.link(salem, "P39", president, start="1950-03-01", end="1962-05-10")

# ---- an emir's reign by its noun ------------------------------------------------------------------------------------------
emir = KB.ent(None, "أمير الجبل", "Emir of the Mountain (test)", cls=POSITION)
fakhr = KB.person("فخر الدين المعني", "Fakhr al-Din al-Maani (test)", MALE, born="1572", died="1635")
KB.link(fakhr, "P39", emir, start="1591", end="1633")

# ---- a sultan who became king: one reign, two titles -------------------------------------------------------------------
sultan_t = KB.ent(None, "سلطان البلاد", "Sultan of the Land (test)", cls=POSITION)
king_t = KB.ent(None, "ملك البلاد", "King of the Land (test)", cls=POSITION)
yusuf = KB.person("يوسف بن حسن", "Yusuf ibn Hasan (test)", MALE, born="1905", died="1965")
KB.link(yusuf, "P39", sultan_t, start="1930-05-12", end="1955-08-14")
KB.link(yusuf, "P39", king_t, start="1955-08-14", end="1965-01-20")

# ---- a bey's accession ------------------------------------------------------------------------------------------------------
bey = KB.ent(None, "باي تونس", "Bey of Tunis", cls=POSITION)
naceur = KB.person("محمد الناصر باي", "Muhammad V an-Nasir", MALE, born="1855", died="1922")
KB.link(naceur, "P39", bey, start="1906-05-11", end="1922-07-08")

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev17t13b.json"))
