"""Writes data/kb/dev9t13a.json: a small knowledge base for the round-9 (issue-13a) tests of dated properties
(tests/Tarikh.Core.Tests/Knowledge/Round9DatedTests.cs): a marriage held on one side only (P26 with P580), a Russian
marriage dated Old Style in the text, rulers over Egypt (P39 with P580/P582, one holding two such offices), a director
general's term (P39 start and end), a kingdom founded (P571) and a party dissolved (P576), awards with their years (P166 with P585, one given twice), in Wikidata's dump shape,
from public facts. Written with the code of round 9 (development data). Local ids Q90016001 and up (range
Q90016001-Q90016599 is this helper's).
Run: python3 tools/kb/make_dev9t13a_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, COUNTRY, STATE, PARTY, ORG, POSITION = "Q515", "Q6256", "Q3024240", "Q7278", "Q43229", "Q4164871"
KB = KbBuilder(90016000)

egypt = KB.place("مصر", "Egypt", COUNTRY)
cairo = KB.place("القاهرة", "Cairo", CITY, country=egypt)
mecca = KB.place("مكة", "Mecca", CITY)
KB.date(mecca, "P571", "0400")

# ---- a marriage the KB holds on the husband's side only -------------------------------------------------------
taha = KB.person("طه حسين", "Taha Hussein", MALE, born="1889-11-15", died="1973-10-28")
suzanne = KB.person("سوزان بريسو", "Suzanne Bresseau", FEMALE, born="1895", died="1989")
KB.link(taha, "P26", suzanne, start="1917")

# ---- a Russian marriage, Gregorian day in the KB (25 May 1901 Old Style) -------------------------------------
chekhov = KB.person("أنطون تشيخوف", "Anton Chekhov", MALE, ["تشيخوف"], born="1860-01-29", died="1904-07-15")
knipper = KB.person("أولغا كنيبر", "Olga Knipper", FEMALE, born="1868-09-21", died="1959-03-22")
KB.married(chekhov, knipper, start="1901-06-07")

# ---- rulers over Egypt -------------------------------------------------------------------------------------------
khedive = KB.ent(None, "خديوي مصر", "Khedive of Egypt", cls=POSITION)
wali = KB.ent(None, "والي مصر", "Wali of Egypt", cls=POSITION)
sultan = KB.ent(None, "سلطان مصر", "Sultan of Egypt", cls=POSITION)
abbas = KB.person("عباس حلمي الثاني", "Abbas II of Egypt", MALE, born="1874-07-14", died="1944-12-19")
KB.link(abbas, "P39", khedive, start="1892-01-08", end="1914-12-19")
# Ismail held two offices over Egypt (wali, then khedive): "حكم مصر" names either, and no flag is given.
ismail = KB.person("الخديوي إسماعيل", "Isma'il Pasha", MALE, ["إسماعيل باشا"], born="1830-12-31", died="1895-03-02")
KB.link(ismail, "P39", wali, start="1863-01-18", end="1867-06-08")
KB.link(ismail, "P39", khedive, start="1867-06-08", end="1879-06-26")
hussein_kamel = KB.person("حسين كامل", "Hussein Kamel of Egypt", MALE, born="1853-11-21", died="1917-10-09")
KB.link(hussein_kamel, "P39", sultan, start="1914-12-19", end="1917-10-09")

# ---- a director general's term -------------------------------------------------------------------------------------
iaea = KB.org("الوكالة الدولية للطاقة الذرية", "International Atomic Energy Agency", ORG, founded="1957")
dg = KB.ent(None, "المدير العام للوكالة الدولية للطاقة الذرية", "Director General of the IAEA", cls=POSITION)
baradei = KB.person("محمد البرادعي", "Mohamed ElBaradei", MALE, ["البرادعي"], born="1942-06-17")
KB.link(baradei, "P39", dg, start="1997-12-01", end="2009-11-30")

# ---- a kingdom founded, a party dissolved ---------------------------------------------------------------------
hejaz = KB.org("مملكة الحجاز", "Kingdom of Hejaz", STATE, founded="1916", dissolved="1925")
hejaz.item("P31", COUNTRY)
wafd = KB.org("حزب الوفد", "Wafd Party", PARTY, ["الوفد"], founded="1918-11-13", dissolved="1953-01-16")
nahhas = KB.person("مصطفى النحاس", "Mostafa el-Nahhas", MALE, ["النحاس"], born="1879-06-15", died="1965-08-23")
KB.link(nahhas, "P102", wafd)

# ---- awards with their years (P166 with P585), one given twice ---------------------------------------------------
AWARD = "Q618779"
nobel_lit = KB.ent(None, "جائزة نوبل في الأدب", "Nobel Prize in Literature", cls=AWARD)
nobel_phys = KB.ent(None, "جائزة نوبل في الفيزياء", "Nobel Prize in Physics", cls=AWARD)
mahfouz = KB.person("نجيب محفوظ", "Naguib Mahfouz", MALE, ["محفوظ"], born="1911-12-11", died="2006-08-30")
KB.link(mahfouz, "P166", nobel_lit, at="1988")
bardeen = KB.person("جون باردين", "John Bardeen", MALE, ["باردين"], born="1908-05-23", died="1991-01-30")
KB.link(bardeen, "P166", nobel_phys, at="1956")
KB.link(bardeen, "P166", nobel_phys, at="1972")

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev9t13a.json"))
