"""Writes data/kb/dev8t.json: a small knowledge base for the round-8 tests of issue 13
(tests/Tarikh.Core.Tests/Knowledge/Round8Tests.cs): memberships with their start years (P463 with P580), foundings and
ends of states (P571/P576, one with Julian dates), a poet and his wife (a feminine birth verb), a sultan's mother and a
composer's brother (relatives' own dates and places), an award given twice, in Wikidata's dump shape, from public facts.
Written with the code of round 8 (development data). Local ids Q90011001 and up.
Run: python3 tools/kb/make_dev8t_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder, write_dump, time_snak, JUL  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, COUNTRY, STATE, ACADEMY, AWARD = "Q515", "Q6256", "Q3024240", "Q414147", "Q618779"
KB = KbBuilder(90011000)
L, ent = KB.entities, KB.ent

# ---- memberships -------------------------------------------------------------------------------------------------
germany = ent(None, "ألمانيا", "Germany", cls=COUNTRY)
ulm = ent(None, "أولم", "Ulm", cls=CITY).item("P17", germany.qid)
berlin = ent(None, "برلين", "Berlin", cls=CITY).item("P17", germany.qid)
prussian = ent(None, "الأكاديمية البروسية للعلوم", "Prussian Academy of Sciences", ["أكاديمية العلوم البروسية"], cls=ACADEMY)
prussian.time("P571", "1700").item("P131", berlin.qid)
royal = ent(None, "الجمعية الملكية", "Royal Society", ["الجمعية الملكية في لندن"], cls=ACADEMY).time("P571", "1660")
einstein = ent(None, "ألبرت أينشتاين", "Albert Einstein", ["أينشتاين"], sex=MALE)
einstein.time("P569", "1879-03-14").time("P570", "1955-04-18").item("P19", ulm.qid)
einstein.item("P463", prussian.qid, qualifiers=[time_snak("P580", "1913"), time_snak("P582", "1933")])
einstein.item("P463", royal.qid, qualifiers=[time_snak("P580", "1921")])

# ---- states: founded and ended -------------------------------------------------------------------------------------
egypt = ent(None, "مصر", "Egypt", cls=COUNTRY)
cairo = ent(None, "القاهرة", "Cairo", cls=CITY).item("P17", egypt.qid)
kingdom = ent(None, "المملكة المصرية", "Kingdom of Egypt", ["مملكة مصر"], cls=STATE)
kingdom.time("P571", "1922-02-28").time("P576", "1953-06-18")
cordoba = ent(None, "قرطبة", "Córdoba", cls=CITY)
caliphate = ent(None, "خلافة قرطبة", "Caliphate of Córdoba", ["الخلافة بقرطبة", "الخلافة الأموية في الأندلس"], cls=STATE)
caliphate.time("P571", "0929-01-16", calendar=JUL).time("P576", "1031", calendar=JUL).item("P131", cordoba.qid)
jordan = ent(None, "المملكة الأردنية الهاشمية", "Hashemite Kingdom of Jordan", ["الأردن"], cls=COUNTRY).time("P571", "1946-05-25")

# ---- a poet and his wife ---------------------------------------------------------------------------------------
russia = ent(None, "روسيا", "Russia", cls=COUNTRY)
moscow = ent(None, "موسكو", "Moscow", cls=CITY).item("P17", russia.qid)
natalia = ent(None, "ناتاليا غونتشاروفا", "Natalia Goncharova", ["ناتاليا نيكولايفنا غونتشاروفا"], sex=FEMALE)
natalia.time("P569", "1812-09-08").time("P570", "1863-12-08")
pushkin = ent(None, "ألكسندر بوشكين", "Alexander Pushkin", ["بوشكين", "ألكسندر سيرغييفيتش بوشكين"], sex=MALE)
pushkin.time("P569", "1799-06-06").time("P570", "1837-02-10").item("P19", moscow.qid)
pushkin.item("P26", natalia.qid, qualifiers=[time_snak("P580", "1831-03-02")])
natalia.item("P26", pushkin.qid)

# ---- a sultan's mother ------------------------------------------------------------------------------------------
istanbul = ent(None, "إسطنبول", "Istanbul", cls=CITY)
trabzon = ent(None, "طرابزون", "Trabzon", cls=CITY)
manisa = ent(None, "مانيسا", "Manisa", cls=CITY)
hafsa = ent(None, "حفصة سلطان", "Hafsa Sultan", ["حفصة خاتون"], sex=FEMALE)
hafsa.time("P570", "1534-03-19", calendar=JUL).item("P20", istanbul.qid)
hafsa_umar = ent(None, "حفصة بنت عمر", "Hafsa bint Umar", ["أم المؤمنين حفصة"], sex=FEMALE)  # a namesake: "حفصة" alone is ambiguous
hafsa_umar.time("P570", "0665", calendar=JUL)
selim = ent(None, "سليم الأول", "Selim I", ["السلطان سليم الأول"], sex=MALE)
selim.time("P569", "1470-10-10", calendar=JUL).time("P570", "1520-09-22", calendar=JUL)
suleiman = ent(None, "سليمان القانوني", "Suleiman the Magnificent", ["السلطان سليمان القانوني", "سليمان الأول"], sex=MALE)
suleiman.time("P569", "1494-11-06", calendar=JUL).time("P570", "1566-09-07", calendar=JUL).item("P19", trabzon.qid)
suleiman.item("P25", hafsa.qid).item("P22", selim.qid)
hafsa.item("P40", suleiman.qid)
selim.item("P40", suleiman.qid)

# ---- a composer's brother; a physicist's award given twice ---------------------------------------------------------------------
spb = ent(None, "سانت بطرسبرغ", "Saint Petersburg", cls=CITY).item("P17", russia.qid)
rimsky = ent(None, "نيكولاي ريمسكي كورساكوف", "Nikolai Rimsky-Korsakov", ["ريمسكي كورساكوف"], sex=MALE)
voin = ent(None, "فوين ريمسكي كورساكوف", "Voin Rimsky-Korsakov", ["فوين"], sex=MALE)
voin.time("P569", "1822-11-13").time("P570", "1871-10-14")
rimsky.time("P569", "1844-03-18").time("P570", "1908-06-21").item("P20", spb.qid).item("P3373", voin.qid)
voin.item("P3373", rimsky.qid)
usa = ent(None, "الولايات المتحدة", "United States", cls=COUNTRY)
nobel = ent(None, "جائزة نوبل في الفيزياء", "Nobel Prize in Physics", ["نوبل للفيزياء"], cls=AWARD)
ieee = ent(None, "وسام الشرف من معهد مهندسي الكهرباء والإلكترونيات", "IEEE Medal of Honor", ["وسام الشرف"], cls=AWARD)
bardeen = ent(None, "جون باردين", "John Bardeen", ["باردين"], sex=MALE)
bardeen.time("P569", "1908-05-23").time("P570", "1991-01-30")
bardeen.item("P166", nobel.qid, qualifiers=[time_snak("P585", "1956")])
bardeen.item("P166", nobel.qid, qualifiers=[time_snak("P585", "1972")])
bardeen.item("P166", ieee.qid, qualifiers=[time_snak("P585", "1971")])

out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev8t.json")
write_dump(out, L)
print(f"{len(L)} entities -> {os.path.normpath(out)}")
