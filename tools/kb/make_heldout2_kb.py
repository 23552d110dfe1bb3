"""Writes data/kb/heldout2.json: the knowledge base of the second held-out verification set in
data/kb/heldout2/ (Naguib Mahfouz, Yuri Gagarin, Mustafa Kemal Atatürk, Saladin, Albert Einstein,
Jawaharlal Nehru, the independence of Arab states), in Wikidata's dump shape, from public facts.
Written on 2026-12-05 after the code of the issue-13 round was final; see docs/evaluation.md.
Every item has a local id (above Q90002000) except the classes and Egypt, Cairo and Alexandria.
Run: python3 tools/kb/make_heldout2_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder, write_dump, time_snak, JUL  # noqa: E402

HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, TREATY, BATTLE, SPACEFLIGHT = "Q515", "Q532", "Q6256", "Q131569", "Q178561", "Q5916"
KB = KbBuilder(90002000)
L, local, ent = KB.entities, KB.local, KB.ent


# ---- places
egypt = ent("Q79", "مصر", "Egypt", ["جمهورية مصر العربية"], cls=COUNTRY)
cairo = ent("Q85", "القاهرة", "Cairo", cls=CITY).item("P17", egypt.qid)
alexandria = ent("Q87", "الإسكندرية", "Alexandria", ["الاسكندرية"], cls=CITY).item("P17", egypt.qid)
russia = ent(None, "روسيا", "Russia", ["الاتحاد الروسي"], cls=COUNTRY)
ussr = ent(None, "الاتحاد السوفيتي", "Soviet Union", ["الاتحاد السوفياتي"], cls=COUNTRY).time("P571", "1922-12-30").time("P576", "1991-12-26")
moscow = ent(None, "موسكو", "Moscow", cls=CITY).item("P17", russia.qid)
smolensk = ent(None, "سمولينسك", "Smolensk Oblast", ["مقاطعة سمولينسك"]).item("P17", russia.qid)
klushino = ent(None, "كلوشينو", "Klushino", cls=VILLAGE).item("P131", smolensk.qid).item("P17", russia.qid)
vladimir_obl = ent(None, "فلاديمير أوبلاست", "Vladimir Oblast", ["مقاطعة فلاديمير"]).item("P17", russia.qid)
novoselovo = ent(None, "نوفوسيلوفو", "Novosyolovo", cls=VILLAGE).item("P131", vladimir_obl.qid).item("P17", russia.qid)
turkey = ent(None, "تركيا", "Turkey", ["الجمهورية التركية"], cls=COUNTRY).time("P571", "1923-10-29")
ottoman = ent(None, "الدولة العثمانية", "Ottoman Empire", ["الإمبراطورية العثمانية"], cls=COUNTRY).time("P576", "1922-11-01")
greece = ent(None, "اليونان", "Greece", cls=COUNTRY)
thessaloniki = ent(None, "سالونيك", "Thessaloniki", ["ثيسالونيكي", "سلانيك"], cls=CITY).item("P17", greece.qid)
istanbul = ent(None, "إسطنبول", "Istanbul", ["اسطنبول", "الآستانة", "القسطنطينية"], cls=CITY).item("P17", turkey.qid)
ankara = ent(None, "أنقرة", "Ankara", cls=CITY).item("P17", turkey.qid)
switzerland = ent(None, "سويسرا", "Switzerland", cls=COUNTRY)
lausanne = ent(None, "لوزان", "Lausanne", cls=CITY).item("P17", switzerland.qid)
iraq = ent(None, "العراق", "Iraq", cls=COUNTRY).time("P571", "1932-10-03")
tikrit = ent(None, "تكريت", "Tikrit", cls=CITY).item("P17", iraq.qid)
syria = ent(None, "سوريا", "Syria", ["سورية", "الجمهورية العربية السورية"], cls=COUNTRY).time("P571", "1946-04-17")
damascus = ent(None, "دمشق", "Damascus", ["الشام"], cls=CITY).item("P17", syria.qid)
palestine = ent(None, "فلسطين", "Palestine", cls=COUNTRY)
hattin_place = ent(None, "حطين", "Hattin", ["قرون حطين"], cls=VILLAGE).item("P17", palestine.qid)
germany = ent(None, "ألمانيا", "Germany", cls=COUNTRY)
ulm = ent(None, "أولم", "Ulm", cls=CITY).item("P17", germany.qid)
munich = ent(None, "ميونخ", "Munich", ["ميونيخ"], cls=CITY).item("P17", germany.qid)
usa = ent(None, "الولايات المتحدة", "United States", ["الولايات المتحدة الأمريكية", "أمريكا"], cls=COUNTRY)
princeton = ent(None, "برينستون", "Princeton", cls=CITY).item("P17", usa.qid)
india = ent(None, "الهند", "India", ["جمهورية الهند"], cls=COUNTRY).time("P571", "1947-08-15")
allahabad = ent(None, "الله آباد", "Allahabad", ["إله آباد", "براياغراج"], ["Prayagraj"], cls=CITY).item("P17", india.qid)
new_delhi = ent(None, "نيودلهي", "New Delhi", ["نيو دلهي"], cls=CITY).item("P17", india.qid)
lebanon = ent(None, "لبنان", "Lebanon", ["الجمهورية اللبنانية"], cls=COUNTRY).time("P571", "1943-11-22")
jordan = ent(None, "الأردن", "Jordan", ["المملكة الأردنية الهاشمية"], cls=COUNTRY).time("P571", "1946-05-25")
libya = ent(None, "ليبيا", "Libya", cls=COUNTRY).time("P571", "1951-12-24")
morocco = ent(None, "المغرب", "Morocco", ["المملكة المغربية"], cls=COUNTRY).time("P571", "1956-03-02")
tunisia = ent(None, "تونس", "Tunisia", ["الجمهورية التونسية"], cls=COUNTRY).time("P571", "1956-03-20")
algeria = ent(None, "الجزائر", "Algeria", ["الجمهورية الجزائرية"], cls=COUNTRY).time("P571", "1962-07-05")
sudan = ent(None, "السودان", "Sudan", cls=COUNTRY).time("P571", "1956-01-01")
france = ent(None, "فرنسا", "France", cls=COUNTRY)
uk = ent(None, "المملكة المتحدة", "United Kingdom", ["بريطانيا"], cls=COUNTRY)

# ---- Naguib Mahfouz
mahfouz = ent(None, "نجيب محفوظ", "Naguib Mahfouz", ["نجيب محفوظ عبد العزيز"], sex=MALE)
atiyya = ent(None, "عطية الله إبراهيم", "Atiyyatallah Ibrahim", sex=FEMALE)
rihani = ent(None, "نجيب الريحاني", "Naguib el-Rihani", sex=MALE)
cairo_u = ent(None, "جامعة القاهرة", "Cairo University", ["جامعة فؤاد الأول", "الجامعة المصرية"], cls="Q3918").item("P131", cairo.qid)
mahfouz.time("P569", "1911-12-11").time("P570", "2006-08-30").item("P19", cairo.qid).item("P20", cairo.qid)
mahfouz.item("P26", atiyya.qid, qualifiers=[time_snak("P580", "1954", 9)]).item("P69", cairo_u.qid)
atiyya.item("P26", mahfouz.qid)
rihani.time("P569", "1889-01-21").time("P570", "1949-06-08").item("P19", cairo.qid).item("P20", cairo.qid)

# ---- Yuri Gagarin
gagarin = ent(None, "يوري غاغارين", "Yuri Gagarin", ["يوري جاجارين", "يوري ألكسيفيتش غاغارين"], sex=MALE)
valentina_g = ent(None, "فالنتينا غاغارينا", "Valentina Gagarina", ["فالنتينا غوريتشيفا", "فالنتينا إيفانوفنا غاغارينا"], sex=FEMALE)
tereshkova = ent(None, "فالنتينا تيريشكوفا", "Valentina Tereshkova", ["فالنتينا فلاديميروفنا تيريشكوفا"], sex=FEMALE)
vostok1 = ent(None, "فوستوك 1", "Vostok 1", ["فوستوك-1"], cls=SPACEFLIGHT).time("P585", "1961-04-12")
gagarin.time("P569", "1934-03-09").time("P570", "1968-03-27").item("P19", klushino.qid).item("P20", novoselovo.qid)
gagarin.item("P26", valentina_g.qid, qualifiers=[time_snak("P580", "1957", 9)]).item("P793", vostok1.qid).item("P27", ussr.qid)
valentina_g.time("P569", "1935-12-15").time("P570", "2020-03-17").item("P26", gagarin.qid)
tereshkova.time("P569", "1937-03-06").item("P27", ussr.qid)
vostok1.item("P710", gagarin.qid)

# ---- Atatürk
ataturk = ent(None, "مصطفى كمال أتاتورك", "Mustafa Kemal Atatürk", ["أتاتورك", "مصطفى كمال", "كمال أتاتورك"], sex=MALE)
latife = ent(None, "لطيفة أوشاكي", "Latife Uşşaki", ["لطيفة هانم"], sex=FEMALE)
zubeyde = ent(None, "زبيدة هانم", "Zübeyde Hanım", sex=FEMALE)
ali_riza = ent(None, "علي رضا أفندي", "Ali Rıza Efendi", sex=MALE)
lausanne_t = ent(None, "معاهدة لوزان", "Treaty of Lausanne", ["معاهدة لوزان 1923"], cls=TREATY)
lausanne_t.time("P585", "1923-07-24").item("P276", lausanne.qid)
ataturk.time("P569", "1881", 9).time("P570", "1938-11-10").item("P19", thessaloniki.qid).item("P20", istanbul.qid)
ataturk.item("P26", latife.qid, qualifiers=[time_snak("P580", "1923-01-29"), time_snak("P582", "1925-08-05")])
ataturk.item("P25", zubeyde.qid).item("P22", ali_riza.qid).item("P27", turkey.qid)
zubeyde.time("P569", "1857", 9).time("P570", "1923-01-14").item("P40", ataturk.qid)
ali_riza.time("P569", "1839", 9).time("P570", "1893", 9).item("P40", ataturk.qid)
latife.time("P569", "1898-06-17").time("P570", "1975-07-12").item("P26", ataturk.qid)

# ---- Saladin (dates before 1582 in the Julian calendar, as Wikidata gives them)
saladin = ent(None, "صلاح الدين الأيوبي", "Saladin", ["صلاح الدين", "الناصر صلاح الدين يوسف بن أيوب", "يوسف بن أيوب"], sex=MALE)
ayyub = ent(None, "نجم الدين أيوب", "Najm ad-Din Ayyub", sex=MALE)
hattin = ent(None, "معركة حطين", "Battle of Hattin", ["موقعة حطين"], cls=BATTLE)
hattin.time("P585", "1187-07-04", calendar=JUL).item("P276", hattin_place.qid)
saladin.time("P569", "1137", 9, calendar=JUL).time("P569", "1138", 9, calendar=JUL)
saladin.time("P570", "1193-03-04", calendar=JUL).item("P19", tikrit.qid).item("P20", damascus.qid).item("P22", ayyub.qid)
saladin.item("P1344", hattin.qid)
ayyub.time("P570", "1173-08-09", calendar=JUL).item("P40", saladin.qid)

# ---- Albert Einstein
einstein = ent(None, "ألبرت أينشتاين", "Albert Einstein", ["أينشتاين", "آينشتاين", "ألبرت آينشتاين"], sex=MALE)
mileva = ent(None, "ميليفا ماريتش", "Mileva Marić", ["ميليفا ماريك"], sex=FEMALE)
elsa = ent(None, "إلسا أينشتاين", "Elsa Einstein", ["إلسا لوفنتال"], sex=FEMALE)
maja = ent(None, "مايا أينشتاين", "Maja Einstein", ["ماريا أينشتاين"], sex=FEMALE)
hermann = ent(None, "هيرمان أينشتاين", "Hermann Einstein", sex=MALE)
pauline = ent(None, "باولين كوخ", "Pauline Koch", ["باولين أينشتاين"], sex=FEMALE)
eth = ent(None, "المعهد الفدرالي السويسري للتكنولوجيا في زيورخ", "ETH Zurich", ["معهد زيورخ للتكنولوجيا", "البوليتكنيك في زيورخ"], cls="Q3918")
einstein.time("P569", "1879-03-14").time("P570", "1955-04-18").item("P19", ulm.qid).item("P20", princeton.qid)
einstein.item("P26", mileva.qid, qualifiers=[time_snak("P580", "1903-01-06"), time_snak("P582", "1919-02-14")])
einstein.item("P26", elsa.qid, qualifiers=[time_snak("P580", "1919-06-02"), time_snak("P582", "1936-12-20")])
einstein.item("P3373", maja.qid).item("P22", hermann.qid).item("P25", pauline.qid).item("P69", eth.qid)
mileva.time("P569", "1875-12-19").time("P570", "1948-08-04").item("P26", einstein.qid)
elsa.time("P569", "1876-01-18").time("P570", "1936-12-20").item("P26", einstein.qid)
maja.time("P569", "1881-11-18").time("P570", "1951-06-25").item("P3373", einstein.qid).item("P22", hermann.qid).item("P25", pauline.qid)
hermann.time("P569", "1847-08-30").time("P570", "1902-10-10").item("P40", einstein.qid).item("P40", maja.qid).item("P26", pauline.qid)
pauline.time("P569", "1858-02-08").time("P570", "1920-02-20").item("P40", einstein.qid).item("P40", maja.qid).item("P26", hermann.qid)

# ---- Jawaharlal Nehru
nehru = ent(None, "جواهر لال نهرو", "Jawaharlal Nehru", ["نهرو", "جواهر لعل نهرو"], sex=MALE)
indira = ent(None, "إنديرا غاندي", "Indira Gandhi", ["انديرا غاندي", "إنديرا نهرو"], sex=FEMALE)
motilal = ent(None, "موتيلال نهرو", "Motilal Nehru", sex=MALE)
kamala = ent(None, "كمالا نهرو", "Kamala Nehru", sex=FEMALE)
gandhi = ent(None, "المهاتما غاندي", "Mahatma Gandhi", ["غاندي", "موهانداس غاندي"], sex=MALE)
nehru.time("P569", "1889-11-14").time("P570", "1964-05-27").item("P19", allahabad.qid).item("P20", new_delhi.qid)
nehru.item("P40", indira.qid).item("P22", motilal.qid).item("P26", kamala.qid, qualifiers=[time_snak("P580", "1916-02-08")])
indira.time("P569", "1917-11-19").time("P570", "1984-10-31").item("P19", allahabad.qid).item("P22", nehru.qid).item("P25", kamala.qid)
motilal.time("P569", "1861-05-06").time("P570", "1931-02-06").item("P40", nehru.qid)
kamala.time("P569", "1899-08-01").time("P570", "1936-02-28").item("P26", nehru.qid)
gandhi.time("P569", "1869-10-02").time("P570", "1948-01-30").item("P20", new_delhi.qid)

out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "heldout2.json")
write_dump(out, L)
print(f"{len(L)} entities -> {os.path.normpath(out)}")
