"""Writes data/kb/dev6.json: the knowledge base of the round-6 development texts in data/kb/dev6/ (Edward Said,
Ahmed Zewail, Hassan al-Banna and the Muslim Brotherhood, Arab parties and republics, Harun al-Rashid, Gibran
Khalil Gibran, Salim and Butrus al-Bustani), in Wikidata's dump shape, from public facts. Development data:
written with the code of round 6 (issue 13) for places of birth and death, foundings and proclamations,
memberships, awards, education with a degree, employers, mothers, marriages, relatives' own dates, a deprecated
statement, and the attribution traps (father/mother, child/sibling, relative years, a death one day apart).
Run: python3 tools/kb/make_dev6_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder, write_dump, time_snak, item_snak, JUL  # noqa: E402

HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, UNIVERSITY, PARTY, ORG = "Q515", "Q532", "Q6256", "Q3918", "Q7278", "Q43229"
HISTORICAL_COUNTRY, STATE, REGION = "Q3024240", "Q7275", "Q1620908"
DOCTORATE, BACHELOR = "Q752297", "Q163727"
KB = KbBuilder(90006000)
L, local, ent = KB.entities, KB.local, KB.ent


def degree(q):
    return item_snak("P512", q)


# ---- places -------------------------------------------------------------------------------------
usa = ent("Q30", "الولايات المتحدة", "United States", ["الولايات المتحدة الأمريكية", "أمريكا"], cls=COUNTRY)
egypt = ent("Q79", "مصر", "Egypt", ["جمهورية مصر العربية"], cls=COUNTRY)
lebanon = ent("Q822", "لبنان", "Lebanon", ["الجمهورية اللبنانية"], cls=COUNTRY)
palestine = ent(None, "فلسطين", "Palestine", cls=REGION)
tunisia = ent("Q948", "تونس", "Tunisia", ["الجمهورية التونسية", "تونس الخضراء"], cls=COUNTRY)
tunisia.time("P571", "1956-03-20")
iraq = ent("Q796", "العراق", "Iraq", ["جمهورية العراق"], cls=COUNTRY).time("P571", "1932-10-03")
iraq_rep = ent(None, "الجمهورية العراقية", "Republic of Iraq (1958–1968)", ["الجمهورية العراقية الأولى"], cls=HISTORICAL_COUNTRY)
iraq_rep.time("P571", "1958-07-14").time("P576", "1968-07-17")
yemen = ent("Q805", "اليمن", "Yemen", ["الجمهورية اليمنية"], cls=COUNTRY).time("P571", "1990-05-22")
yar = ent(None, "الجمهورية العربية اليمنية", "Yemen Arab Republic", ["اليمن الشمالي"], cls=HISTORICAL_COUNTRY)
yar.time("P571", "1962-09-26").time("P576", "1990-05-22")
syria = ent("Q858", "سوريا", "Syria", ["سورية"], cls=COUNTRY)
iran = ent("Q794", "إيران", "Iran", cls=COUNTRY)
jerusalem = ent("Q1218", "القدس", "Jerusalem", ["بيت المقدس"], cls=CITY).item("P131", palestine.qid)
nazareth = ent(None, "الناصرة", "Nazareth", cls=CITY).item("P131", palestine.qid)
nyc = ent("Q60", "نيويورك", "New York City", ["مدينة نيويورك"], cls=CITY).item("P17", usa.qid)
boston = ent("Q100", "بوسطن", "Boston", cls=CITY).item("P17", usa.qid)
california = ent(None, "كاليفورنيا", "California", ["ولاية كاليفورنيا"], cls=STATE).item("P17", usa.qid)
pasadena = ent(None, "باسادينا", "Pasadena", cls=CITY).item("P131", california.qid).item("P17", usa.qid)
cairo = ent("Q85", "القاهرة", "Cairo", cls=CITY).item("P17", egypt.qid)
alexandria = ent("Q87", "الإسكندرية", "Alexandria", cls=CITY).item("P17", egypt.qid)
damanhur = ent(None, "دمنهور", "Damanhur", cls=CITY).item("P17", egypt.qid)
beheira = ent(None, "محافظة البحيرة", "Beheira Governorate", ["البحيرة"], cls="Q204910").item("P17", egypt.qid)
mahmudiyya = ent(None, "المحمودية", "Mahmoudiyah", cls=CITY).item("P131", beheira.qid).item("P17", egypt.qid)
ismailia = ent(None, "الإسماعيلية", "Ismailia", cls=CITY).item("P17", egypt.qid)
beirut = ent("Q3820", "بيروت", "Beirut", cls=CITY).item("P17", lebanon.qid)
bsharri = ent(None, "بشري", "Bsharri", ["بشرّي"], cls=CITY).item("P17", lebanon.qid)
dibbiyeh = ent(None, "الدبية", "Dibbiyeh", cls=VILLAGE).item("P17", lebanon.qid)
broummana = ent(None, "برمانا", "Broummana", cls=CITY).item("P17", lebanon.qid)
damascus = ent("Q3766", "دمشق", "Damascus", cls=CITY).item("P17", syria.qid)
baghdad = ent("Q1530", "بغداد", "Baghdad", cls=CITY).item("P17", iraq.qid)
rey = ent(None, "الري", "Rey", ["ري"], cls=CITY).item("P17", iran.qid)
tus = ent(None, "طوس", "Tus", cls=CITY).item("P17", iran.qid)
# Decoys: a Tus-like and a Damanhur-like name elsewhere.
michigan_city = ent(None, "ميشيغان سيتي", "Michigan City", cls=CITY).item("P17", usa.qid)

# ---- organizations ------------------------------------------------------------------------------
princeton = ent(None, "جامعة برينستون", "Princeton University", ["برينستون"], cls=UNIVERSITY)
harvard = ent(None, "جامعة هارفارد", "Harvard University", ["هارفارد"], cls=UNIVERSITY)
columbia = ent(None, "جامعة كولومبيا", "Columbia University", ["كولومبيا"], cls=UNIVERSITY).item("P131", nyc.qid)
victoria = ent(None, "كلية فيكتوريا", "Victoria College", cls=ORG).item("P131", cairo.qid)
pnc = ent(None, "المجلس الوطني الفلسطيني", "Palestinian National Council", cls=ORG).time("P571", "1964-05-28")
alex_u = ent(None, "جامعة الإسكندرية", "Alexandria University", cls=UNIVERSITY).time("P571", "1938").item("P131", alexandria.qid)
upenn = ent(None, "جامعة بنسلفانيا", "University of Pennsylvania", ["بنسلفانيا"], cls=UNIVERSITY).time("P571", "1740")
umich = ent(None, "جامعة ميشيغان", "University of Michigan", ["ميشيغان"], cls=UNIVERSITY).time("P571", "1817")
caltech = ent(None, "معهد كاليفورنيا للتقنية", "California Institute of Technology", ["كالتك", "معهد كاليفورنيا للتكنولوجيا"], cls=UNIVERSITY)
caltech.time("P571", "1891").item("P131", pasadena.qid)
nas = ent(None, "الأكاديمية الوطنية للعلوم", "National Academy of Sciences", ["الأكاديمية الوطنية الأمريكية للعلوم"], cls=ORG).time("P571", "1863-03-03")
nobel_chem = ent("Q44585", "جائزة نوبل في الكيمياء", "Nobel Prize in Chemistry", ["نوبل في الكيمياء"], cls="Q7191")
nobel = ent("Q7191", "جائزة نوبل", "Nobel Prize", ["نوبل"], cls="Q618779")
dar_ulum = ent(None, "دار العلوم", "Dar al-Ulum (Cairo)", ["كلية دار العلوم", "مدرسة دار العلوم"], cls=UNIVERSITY).time("P571", "1872").item("P131", cairo.qid)
ymma = ent(None, "جمعية الشبان المسلمين", "Young Men's Muslim Association", cls=ORG).time("P571", "1927-11-12")
brotherhood = ent(None, "جماعة الإخوان المسلمين", "Muslim Brotherhood", ["الإخوان المسلمون", "الإخوان المسلمين"], cls=ORG)
brotherhood.time("P571", "1928-03-22").item("P159", cairo.qid)
ssnp = ent(None, "الحزب السوري القومي الاجتماعي", "Syrian Social Nationalist Party", ["الحزب القومي السوري"], cls=PARTY)
ssnp.time("P571", "1932-11-16")
baath = ent(None, "حزب البعث العربي الاشتراكي", "Arab Socialist Ba'ath Party", ["حزب البعث", "البعث"], cls=PARTY)
baath.time("P571", "1947-04-07").item("P159", damascus.qid)
pen_league = ent(None, "الرابطة القلمية", "The Pen League", cls=ORG).time("P571", "1920-04-20").item("P159", nyc.qid)
national_school = ent(None, "المدرسة الوطنية", "National School (Beirut)", cls=ORG).time("P571", "1863").item("P131", beirut.qid)
jinan = ent(None, "مجلة الجنان", "al-Jinan", ["الجنان"], cls="Q41298").time("P571", "1870").time("P576", "1886")
caliph = ent(None, "الخليفة العباسي", "Abbasid caliph", ["خليفة عباسي"])

# ---- people -------------------------------------------------------------------------------------
said = ent(None, "إدوارد سعيد", "Edward Said", ["إدوارد وديع سعيد", "سعيد"], sex=MALE)
wadie_sr = ent(None, "وديع سعيد", "Wadie Said", ["وديع إبراهيم"], sex=MALE)
hilda = ent(None, "هيلدا سعيد", "Hilda Said", ["هيلدا موسى"], sex=FEMALE)
mariam = ent(None, "مريم سعيد", "Mariam C. Said", ["مريم قرطاس"], sex=FEMALE)
wadie_jr = ent(None, "وديع سعيد الابن", "Wadie E. Said", sex=MALE)
najla = ent(None, "نجلاء سعيد", "Najla Said", sex=FEMALE).time("P569", "1974").item("P22", said.qid).item("P25", mariam.qid)
said.time("P569", "1935-11-01").time("P570", "2003-09-25").item("P19", jerusalem.qid).item("P20", nyc.qid)
said.item("P22", wadie_sr.qid).item("P25", hilda.qid)
said.item("P26", mariam.qid, qualifiers=[time_snak("P580", "1970")])
said.item("P40", wadie_jr.qid).item("P40", najla.qid)
said.item("P69", princeton.qid, qualifiers=[item_snak("P512", BACHELOR), time_snak("P582", "1957")])
said.item("P69", harvard.qid, qualifiers=[item_snak("P512", DOCTORATE), time_snak("P582", "1964")])
said.item("P69", victoria.qid)
said.item("P108", columbia.qid, qualifiers=[time_snak("P580", "1963"), time_snak("P582", "2003")])
said.item("P463", pnc.qid, qualifiers=[time_snak("P580", "1977"), time_snak("P582", "1991")])
wadie_sr.time("P569", "1895").time("P570", "1960").item("P40", said.qid).item("P26", hilda.qid)
hilda.time("P569", "1914").time("P570", "1990").item("P40", said.qid).item("P26", wadie_sr.qid).item("P19", nazareth.qid)
mariam.item("P26", said.qid)

zewail = ent(None, "أحمد زويل", "Ahmed Zewail", ["أحمد حسن زويل", "زويل"], sex=MALE)
rawhiyya = ent(None, "روحية دار", "Rawhiyya Dar", sex=FEMALE)
hassan_z = ent(None, "حسن زويل", "Hassan Zewail", sex=MALE)
dema = ent(None, "ديمة الفحام", "Dema Faham", ["ديمة زويل"], sex=FEMALE)
zewail.time("P569", "1946-02-26").time("P570", "2016-08-02").item("P19", damanhur.qid).item("P20", pasadena.qid)
zewail.item("P22", hassan_z.qid).item("P25", rawhiyya.qid)
zewail.item("P26", dema.qid, qualifiers=[time_snak("P580", "1989")])
zewail.item("P69", alex_u.qid, qualifiers=[item_snak("P512", BACHELOR), time_snak("P582", "1967")])
zewail.item("P69", upenn.qid, qualifiers=[item_snak("P512", DOCTORATE), time_snak("P582", "1974")])
zewail.item("P108", caltech.qid, qualifiers=[time_snak("P580", "1976")])
zewail.item("P463", nas.qid, qualifiers=[time_snak("P580", "1989")])
zewail.item("P166", nobel_chem.qid, qualifiers=[time_snak("P585", "1999")])
hassan_z.item("P40", zewail.qid)
rawhiyya.item("P40", zewail.qid)
dema.item("P26", zewail.qid)

banna = ent(None, "حسن البنا", "Hassan al-Banna", ["حسن أحمد عبد الرحمن البنا", "البنا"], sex=MALE)
# The birth day that some sources give, marked deprecated in the KB: a text that repeats it is contradicted.
banna.time("P569", "1906-10-14").time("P569", "1906-10-17", rank="deprecated")
banna.time("P570", "1949-02-12").item("P19", mahmudiyya.qid).item("P20", cairo.qid)
banna.item("P69", dar_ulum.qid, qualifiers=[time_snak("P582", "1927")])
brotherhood.item("P112", banna.qid)

saadeh = ent(None, "أنطون سعادة", "Antoun Saadeh", ["سعادة"], sex=MALE).time("P569", "1904-03-01").time("P570", "1949-07-08")
ssnp.item("P112", saadeh.qid)
aflaq = ent(None, "ميشيل عفلق", "Michel Aflaq", ["عفلق"], sex=MALE).time("P569", "1910-01-09").time("P570", "1989-06-23")
bitar = ent(None, "صلاح الدين البيطار", "Salah al-Din al-Bitar", ["البيطار"], sex=MALE).time("P569", "1912").time("P570", "1980-07-21")
baath.item("P112", aflaq.qid).item("P112", bitar.qid)

rashid = ent(None, "هارون الرشيد", "Harun al-Rashid", ["الرشيد", "هارون بن محمد المهدي", "أبو جعفر هارون"], sex=MALE)
mahdi = ent(None, "المهدي", "al-Mahdi", ["محمد المهدي", "الخليفة المهدي", "محمد بن عبد الله المنصور"], sex=MALE)
khayzuran = ent(None, "الخيزران", "al-Khayzuran", ["الخيزران بنت عطاء"], sex=FEMALE)
zubaida = ent(None, "زبيدة بنت جعفر", "Zubaidah bint Ja'far", ["زبيدة", "أمة العزيز"], sex=FEMALE)
hadi = ent(None, "موسى الهادي", "al-Hadi", ["الهادي"], sex=MALE)
mamun = ent(None, "المأمون", "al-Ma'mun", ["عبد الله المأمون"], sex=MALE)
amin = ent(None, "الأمين", "al-Amin", ["محمد الأمين"], sex=MALE)
# The birth year is disputed: two normal statements, the text may match either.
rashid.time("P569", "0763-03-17", calendar=JUL).time("P569", "0766", calendar=JUL).time("P570", "0809-03-24", calendar=JUL)
rashid.item("P19", rey.qid).item("P20", tus.qid).item("P22", mahdi.qid).item("P25", khayzuran.qid)
rashid.item("P26", zubaida.qid, qualifiers=[time_snak("P580", "0781", calendar=JUL)])
rashid.item("P3373", hadi.qid).item("P40", mamun.qid).item("P40", amin.qid)
rashid.item("P39", caliph.qid, qualifiers=[time_snak("P580", "0786-09-14", calendar=JUL), time_snak("P582", "0809-03-24", calendar=JUL)])
mahdi.time("P569", "0744", calendar=JUL).time("P570", "0785-08-04", calendar=JUL).item("P40", rashid.qid).item("P40", hadi.qid).item("P26", khayzuran.qid)
khayzuran.time("P570", "0789", calendar=JUL).item("P40", rashid.qid).item("P40", hadi.qid).item("P26", mahdi.qid)
zubaida.time("P570", "0831-07-10", calendar=JUL).item("P26", rashid.qid).item("P40", amin.qid)
hadi.time("P569", "0764", calendar=JUL).time("P570", "0786-09-14", calendar=JUL).item("P22", mahdi.qid).item("P25", khayzuran.qid).item("P3373", rashid.qid)
mamun.time("P569", "0786-09-14", calendar=JUL).time("P570", "0833-08-09", calendar=JUL).item("P22", rashid.qid).item("P3373", amin.qid)
amin.time("P569", "0787-04", calendar=JUL).time("P570", "0813-09-25", calendar=JUL).item("P22", rashid.qid).item("P25", zubaida.qid).item("P3373", mamun.qid)

gibran = ent(None, "جبران خليل جبران", "Kahlil Gibran", ["جبران", "جبران جبران"], sex=MALE)
khalil = ent(None, "خليل جبران", "Khalil Gibran (father)", ["خليل سعد جبران"], sex=MALE)
kamila = ent(None, "كاملة رحمة", "Kamila Rahmeh", ["كاملة جبران"], sex=FEMALE)
boutros = ent(None, "بطرس رحمة", "Peter Rahmeh", ["بطرس"], sex=MALE)
marianna = ent(None, "مريانا جبران", "Marianna Gibran", ["مريانا"], sex=FEMALE)
sultana = ent(None, "سلطانة جبران", "Sultana Gibran", ["سلطانة"], sex=FEMALE)
gibran.time("P569", "1883-01-06").time("P570", "1931-04-10").item("P19", bsharri.qid).item("P20", nyc.qid)
gibran.item("P22", khalil.qid).item("P25", kamila.qid)
for s in (boutros, marianna, sultana):
    gibran.item("P3373", s.qid)
    s.item("P25", kamila.qid).item("P3373", gibran.qid)
gibran.item("P463", pen_league.qid, qualifiers=[time_snak("P580", "1920")])
pen_league.item("P112", gibran.qid)
kamila.time("P570", "1903-06-28").item("P40", gibran.qid).item("P26", khalil.qid)
boutros.time("P570", "1903-03-12")
sultana.time("P569", "1887").time("P570", "1902-04-04")
marianna.time("P569", "1885").time("P570", "1972")

salim = ent(None, "سليم البستاني", "Salim al-Bustani", ["سليم بطرس البستاني"], sex=MALE)
butrus = ent(None, "بطرس البستاني", "Butrus al-Bustani", ["المعلم بطرس البستاني", "بطرس بن بولس البستاني"], sex=MALE)
rahil = ent(None, "راحيل عطا", "Rahil Ata", ["راحيل البستاني"], sex=FEMALE)
salim.time("P569", "1848").time("P570", "1884-09-11").item("P19", beirut.qid).item("P20", beirut.qid).item("P22", butrus.qid).item("P25", rahil.qid)
salim.item("P108", national_school.qid)
butrus.time("P569", "1819-11").time("P570", "1883-05-01").item("P19", dibbiyeh.qid).item("P20", beirut.qid).item("P40", salim.qid)
butrus.item("P26", rahil.qid, qualifiers=[time_snak("P580", "1843")])
rahil.time("P570", "1894").item("P26", butrus.qid).item("P40", salim.qid)
national_school.item("P112", butrus.qid)
jinan.item("P112", butrus.qid)

out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev6.json")
write_dump(out, L)
print(f"{len(L)} entities -> {os.path.normpath(out)}")
