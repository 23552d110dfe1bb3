"""Writes data/kb/dev16t13a.json: a small knowledge base for the round-16 (issue-13a) tests of reigns and terms
(tests/Tarikh.Core.Tests/Knowledge/Round16ReignTermsTests.cs): a khedive's and an emir's reigns (P39 with P580/P582) read from
"تولى الحكم" and "حكم", a prime minister's two terms of one office, a company founded by a bank (P571), and a school's
director (P39) whose term's end is read from "بقي فيها حتى". Wikidata's dump shape, from public facts. Written with the code of
round 16 (development data). Local ids Q90046301 and up (range Q90046301-Q90046499 is this helper's).
Run: python3 tools/kb/make_dev16t13a_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE = "Q6581097"
CITY, COUNTRY, POSITION, COMPANY, BANK, SCHOOL = "Q515", "Q6256", "Q4164871", "Q783794", "Q22687", "Q3914"
KB = KbBuilder(90046300)

egypt = KB.place("مصر", "Egypt", COUNTRY)
cairo = KB.place("القاهرة", "Cairo", CITY, country=egypt)
kuwait = KB.place("الكويت", "Kuwait", COUNTRY)
uk = KB.place("بريطانيا", "United Kingdom", COUNTRY, ["المملكة المتحدة"])

# ---- a khedive's reign ("وتولى الحكم من … إلى …") ----------------------------------------------------------------------
khedive = KB.ent(None, "خديوي مصر", "Khedive of Egypt", cls=POSITION)
tawfiq = KB.person("محمد توفيق باشا", "Tewfik Pasha", MALE, ["الخديوي توفيق"], born="1852-04-30", died="1892-01-07", birthplace=cairo)
KB.link(tawfiq, "P39", khedive, start="1879-06-26", end="1892-01-07")

# ---- an emir's reign ("وحكم فلان حتى سنة …"، "ثم فلان من … حتى …") -------------------------------------------------------
emir = KB.ent(None, "أمير الكويت", "Emir of Kuwait", cls=POSITION)
jaber = KB.person("جابر الأحمد الصباح", "Jaber Al-Ahmad Al-Sabah", MALE, ["جابر الأحمد"], born="1926-06-29", died="2006-01-15")
KB.link(jaber, "P39", emir, start="1977-12-31", end="2006-01-15")
saad = KB.person("سعد العبد الله الصباح", "Saad Al-Abdullah Al-Sabah", MALE, ["سعد العبد الله"], born="1930", died="2008-05-13")
KB.link(saad, "P39", emir, start="2006-01-15", end="2006-01-24")

# ---- two terms of one office ------------------------------------------------------------------------------------------
pm = KB.ent(None, "رئيس وزراء بريطانيا", "Prime Minister of the United Kingdom", cls=POSITION)
wilson = KB.person("هارولد ويلسون", "Harold Wilson", MALE, ["ويلسون"], born="1916-03-11", died="1995-05-24")
KB.link(wilson, "P39", pm, start="1964-10-16", end="1970-06-19")
KB.link(wilson, "P39", pm, start="1974-03-04", end="1976-04-05")

# ---- a company a bank founded -----------------------------------------------------------------------------------------
bank = KB.org("بنك مصر", "Banque Misr", BANK, founded="1920", located=cairo)
spinning = KB.org("شركة مصر للغزل والنسيج", "Misr Spinning and Weaving Company", COMPANY, ["مصر للغزل والنسيج"], founded="1927")
spinning.item("P112", bank.qid)

# ---- a school's director ------------------------------------------------------------------------------------------------
alsun = KB.org("مدرسة الألسن", "School of Languages (Cairo)", SCHOOL, founded="1835", located=cairo)
director = KB.ent(None, "ناظر مدرسة الألسن", "Director of the School of Languages", cls=POSITION)
tahtawi = KB.person("رفاعة الطهطاوي", "Rifa'a al-Tahtawi", MALE, ["رفاعة رافع الطهطاوي", "الطهطاوي"], born="1801", died="1873-05-27")
KB.link(tahtawi, "P39", director, start="1835", end="1849")

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev16t13a.json"))
