"""Generates data/kb/dev14a.json, the knowledge base of the round-14 development set a (data/kb/dev14a/): Ahmad Baba
of Timbuktu, Chinua Achebe, the Saadi sultan Ahmad al-Mansur, Youssou N'Dour, Léopold Sédar Senghor, the Köprülü family,
the Qarawiyyin of Fes and Ulugh Beg. Facts written by hand from standard reference knowledge (no Wikidata content was
copied); Arabic labels are our own transliterations; local ids Q90032001-Q90032999; dates before 1582 are Julian.
Run: python3 tools/kb/make_dev14a_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, COUNTRY, VILLAGE, REGION = "Q515", "Q6256", "Q532", "Q10864048"
UNI, SCHOOL, MOSQUE, MADRASA, LIB = "Q3918", "Q159334", "Q32815", "Q132834", "Q7075"
BATTLE, TREATY, AWARD, OFFICE, BAND = "Q178561", "Q131569", "Q618779", "Q294414", "Q215380"
ORG, BOOK, DYNASTY, PALACE, OBS, BROAD = "Q43229", "Q7725634", "Q164950", "Q16560", "Q62832", "Q1616075"

k = KbBuilder(90032000)

# ---- shared places
mali = k.ent(None, "مالي", "Mali", cls=COUNTRY)
morocco = k.ent(None, "المغرب", "Morocco", ("المغرب الأقصى",), cls=COUNTRY)
senegal = k.ent(None, "السنغال", "Senegal", cls=COUNTRY)
nigeria = k.ent(None, "نيجيريا", "Nigeria", cls=COUNTRY)
france = k.ent(None, "فرنسا", "France", cls=COUNTRY)
ottoman = k.ent(None, "الدولة العثمانية", "Ottoman Empire", ("الدولة العلية",), cls=COUNTRY)
timbuktu = k.place("تنبكت", "Timbuktu", CITY, ("تمبكتو", "تومبوكتو"), country=mali)
araouane = k.place("أروان", "Araouane", VILLAGE, ("أراوان",), country=mali)
djenne = k.place("جني", "Djenné", CITY, ("جيني",), country=mali)
gao = k.place("غاو", "Gao", CITY, ("كاغو",), country=mali)
fes = k.place("فاس", "Fez", CITY, ("فاس البالي",), country=morocco)
marrakesh = k.place("مراكش", "Marrakesh", CITY, country=morocco)
ksar = k.place("القصر الكبير", "Ksar el-Kebir", CITY, country=morocco)
dakar = k.place("داكار", "Dakar", CITY, ("دكار",), country=senegal)
samarkand = k.ent(None, "سمرقند", "Samarkand", cls=CITY)
istanbul = k.place("إسطنبول", "Istanbul", CITY, ("القسطنطينية", "الآستانة"), country=ottoman)

# ---- 1. Ahmad Baba al-Timbukti
baba = k.person("أحمد بابا التنبكتي", "Ahmad Baba al-Timbukti", M,
                ("أحمد بابا", "التنبكتي", "أبو العباس أحمد بن أحمد بن أحمد بن عمر أقيت", "أحمد بن أحمد أقيت"),
                born="1556", died="1627", birthplace=araouane, deathplace=timbuktu)
baba_father = k.person("أحمد بن الحاج أحمد أقيت", "Ahmad ibn al-Hajj Ahmad Aqit", M, ("أحمد بن أحمد بن عمر أقيت",),
                       died="1583", deathplace=timbuktu)
k.parents(baba, father=baba_father)
bagh = k.person("محمد بغيغ", "Muhammad Baghayogho", M, ("محمد بغيغ الونكري", "محمد بن محمود بغيغ"),
                born="1523", died="1593", birthplace=djenne, deathplace=timbuktu)
k.link(baba, "P1066", bagh)
nayl = k.ent(None, "نيل الابتهاج بتطريز الديباج", "Nayl al-Ibtihaj", ("نيل الابتهاج",), cls=BOOK)
k.link(nayl, "P50", baba)
k.date(nayl, "P577", "1596")
k.link(baba, "P800", nayl)
abi = k.org("مؤسسة أحمد بابا", "Ahmed Baba Institute", "Q1664720",
            ("معهد أحمد بابا", "مؤسسة أحمد بابا للدراسات العليا والبحث الإسلامي"), founded="1973", located=timbuktu)
k.link(abi, "P138", baba)
k.link(baba, "P551", timbuktu)
k.link(baba, "P551", marrakesh)

# ---- 3. the Saadi sultans (Ahmad al-Mansur), also in text 1
saadi = k.org("الدولة السعدية", "Saadi dynasty", DYNASTY, ("السعديون", "دولة الأشراف السعديين"), founded="1510", dissolved="1659")
sultan_mor = k.ent(None, "سلطان المغرب", "Sultan of Morocco", ("سلطان", "ملك المغرب"), cls=OFFICE)
mansur = k.person("أحمد المنصور", "Ahmad al-Mansur", M,
                  ("أحمد المنصور الذهبي", "المنصور الذهبي", "المنصور", "أبو العباس أحمد المنصور", "المنصور السعدي"),
                  born="1549", died="1603-08-25", birthplace=fes, deathplace=fes)
k.link(mansur, "P39", sultan_mor, "1578-08-04", "1603-08-25")
k.link(mansur, "P53", saadi)
shaykh = k.person("محمد الشيخ", "Mohammed al-Shaykh", M, ("محمد الشيخ المهدي", "أبو عبد الله محمد الشيخ"),
                  born="1490", died="1557")
k.link(shaykh, "P39", sultan_mor, "1544", "1557")
masuda = k.person("مسعودة الوزكيتية", "Lalla Mas'uda al-Wazkitiya", F, ("لالة مسعودة",))
k.parents(mansur, father=shaykh, mother=masuda)
ghalib = k.person("عبد الله الغالب", "Abdallah al-Ghalib", M, ("الغالب بالله", "الغالب"), died="1574")
k.link(ghalib, "P39", sultan_mor, "1557", "1574")
malik = k.person("عبد الملك", "Abd al-Malik I Saadi", M, ("أبو مروان عبد الملك", "عبد الملك السعدي", "المعتصم بالله"),
                 died="1578-08-04")
k.link(malik, "P39", sultan_mor, "1576", "1578-08-04")
for s in (ghalib, malik):
    k.parents(s, father=shaykh)
k.siblings(mansur, ghalib, malik)
mutaw = k.person("محمد المتوكل", "Abu Abdallah Mohammed II Saadi", M, ("المتوكل", "المسلوخ", "محمد المتوكل على الله"),
                 died="1578-08-04")
k.link(mutaw, "P39", sultan_mor, "1574", "1576")
k.parents(mutaw, father=ghalib)
lisbon = k.ent(None, "لشبونة", "Lisbon", cls=CITY)
sebastian = k.person("سبستيان", "Sebastian of Portugal", M, ("سبستيان الأول", "دون سبستيان", "سيباستيان"),
                     born="1554-01-20", died="1578-08-04", birthplace=lisbon)
makhazin = k.ent(None, "معركة وادي المخازن", "Battle of Alcácer Quibir", ("معركة الملوك الثلاثة", "معركة القصر الكبير"), cls=BATTLE)
k.date(makhazin, "P585", "1578-08-04")
k.link(makhazin, "P276", ksar)
for p in (malik, sebastian, mutaw, mansur):
    k.link(makhazin, "P710", p)
badi = k.ent(None, "قصر البديع", "El Badi Palace", ("البديع",), cls=PALACE)
k.link(badi, "P131", marrakesh)
k.link(badi, "P88", mansur)
k.date(badi, "P571", "1578")
judar = k.person("جؤذر باشا", "Judar Pasha", M, ("جودر باشا", "جؤذر"), died="1606")
tondibi = k.ent(None, "معركة تونديبي", "Battle of Tondibi", ("معركة تنديبي",), cls=BATTLE)
k.date(tondibi, "P585", "1591-03-13")
k.link(tondibi, "P276", gao)
k.link(tondibi, "P710", judar)
zidan = k.person("زيدان", "Zidan Abu Maali", M, ("زيدان بن أحمد المنصور", "مولاي زيدان"), died="1627")
abufaris = k.person("أبو فارس", "Abu Faris Abdallah", M, ("أبو فارس عبد الله",), died="1609")
mamun = k.person("محمد الشيخ المأمون", "Mohammed esh Sheikh es Seghir", M, ("المأمون", "محمد الشيخ الأصغر"), died="1613")
for s in (zidan, abufaris, mamun):
    k.parents(s, father=mansur)
k.siblings(zidan, abufaris, mamun)

# ---- 2. Chinua Achebe
anambra = k.place("أنامبرا", "Anambra State", REGION, ("ولاية أنامبرا",), country=nigeria)
ogidi = k.place("أوغيدي", "Ogidi", "Q3957", inside=anambra, country=nigeria)
enugu = k.place("إينوغو", "Enugu", CITY, inside=None, country=nigeria)
lagos = k.place("لاغوس", "Lagos", CITY, country=nigeria)
boston = k.ent(None, "بوسطن", "Boston", cls=CITY)
ach = k.person("تشينوا أتشيبي", "Chinua Achebe", M, ("أتشيبي", "ألبرت تشينوالوموغو أتشيبي", "تشينوا أشيبي"),
               born="1930-11-16", died="2013-03-21", birthplace=ogidi, deathplace=boston)
ach_f = k.person("إشعيا أوكافو أتشيبي", "Isaiah Okafo Achebe", M, ("إشعيا أتشيبي",))
ach_m = k.person("جانيت أناينيتشي إيلويغبونام", "Janet Anaenechi Iloegbunam", F, ("جانيت أتشيبي",))
k.parents(ach, ach_f, ach_m)
ibadan = k.org("الكلية الجامعية في إبادان", "University College Ibadan", UNI, ("جامعة إبادان", "كلية إبادان الجامعية"), founded="1948")
k.link(ach, "P69", ibadan, "1948", "1953")
nbc = k.org("هيئة الإذاعة النيجيرية", "Nigerian Broadcasting Corporation", BROAD, ("الإذاعة النيجيرية",), founded="1951", located=lagos)
k.link(ach, "P108", nbc, "1954", "1966")
unn = k.org("جامعة نيجيريا", "University of Nigeria, Nsukka", UNI, ("جامعة نيجيريا في نسوكا",), founded="1960")
k.link(ach, "P108", unn)
bard = k.org("كلية بارد", "Bard College", UNI, founded="1860")
k.link(ach, "P108", bard, "1990", "2009")
brown = k.org("جامعة براون", "Brown University", UNI, founded="1764")
k.link(ach, "P108", brown, "2009", "2013")
tfa = k.ent(None, "الأشياء تتداعى", "Things Fall Apart", ("أشياء تتداعى",), cls=BOOK)
k.link(tfa, "P50", ach)
k.date(tfa, "P577", "1958")
k.link(ach, "P800", tfa)
christie = k.person("كريستي أوكولي", "Christie Chinwe Okoli", F, ("كريستي أتشيبي", "كريستي تشينوي أتشيبي"))
k.married(ach, christie, "1961-09-10")
k.link(ach, "P119", ogidi)
booker = k.ent(None, "جائزة مان بوكر الدولية", "Man Booker International Prize", ("جائزة بوكر الدولية",), cls=AWARD)
k.link(ach, "P166", booker, at="2007")

# ---- 4. Youssou N'Dour
ndour = k.person("يوسو ندور", "Youssou N'Dour", M, ("يوسو نضور", "ندور", "ملك المبالاخ"),
                 born="1959-10-01", birthplace=dakar)
elimane = k.person("إليمان ندور", "Elimane N'Dour", M)
sokhna = k.person("نديي سوخنا مبوب", "Ndèye Sokhna Mboup", F, ("سوخنا مبوب",))
k.parents(ndour, elimane, sokhna)
etoile = k.org("نجمة داكار", "Étoile de Dakar", BAND, ("إتوال دو داكار",), founded="1979", located=dakar)
superet = k.org("نجمة داكار الكبرى", "Super Étoile de Dakar", BAND, ("سوبر إتوال", "سوبر إتوال دو داكار"), founded="1981", located=dakar)
for b in (etoile, superet):
    k.link(b, "P112", ndour)
    k.link(ndour, "P463", b)
chobham = k.ent(None, "تشوبهام", "Chobham", cls=VILLAGE)
gabriel = k.person("بيتر غابرييل", "Peter Gabriel", M, ("غابرييل",), born="1950-02-13", birthplace=chobham)
stockholm = k.ent(None, "ستوكهولم", "Stockholm", cls=CITY)
neneh = k.person("نينيه تشيري", "Neneh Cherry", F, ("نيني تشيري",), born="1964-03-10", birthplace=stockholm)
grammy = k.ent(None, "جائزة غرامي", "Grammy Award", ("غرامي",), cls=AWARD)
k.link(ndour, "P166", grammy, at="2005")
polar = k.ent(None, "جائزة بولار للموسيقى", "Polar Music Prize", ("جائزة بولار",), cls=AWARD)
k.link(ndour, "P166", polar, at="2013")
fatick = k.place("فاتيك", "Fatick", CITY, country=senegal)
pres_sen = k.ent(None, "رئيس السنغال", "President of Senegal", ("رئيس جمهورية السنغال", "رئيساً للسنغال"), cls=OFFICE)
sall = k.person("ماكي سال", "Macky Sall", M, born="1961-12-11", birthplace=fatick)
k.link(sall, "P39", pres_sen, "2012-04-02", "2024-04-02")
min_cult = k.ent(None, "وزير الثقافة والسياحة", "Minister of Culture and Tourism of Senegal",
                 ("وزير الثقافة والسياحة في السنغال", "وزيراً للثقافة والسياحة"), cls=OFFICE)
k.link(ndour, "P39", min_cult, "2012-04", "2013-09")

# ---- 5. Léopold Sédar Senghor
joal = k.place("جوال", "Joal", CITY, ("جوال فاديوت",), country=senegal)
normandy = k.place("نورماندي", "Normandy", REGION, country=france)
verson = k.place("فرسون", "Verson", "Q484170", inside=normandy, country=france)
paris = k.place("باريس", "Paris", CITY, country=france)
sen = k.person("ليوبولد سيدار سنغور", "Léopold Sédar Senghor", M, ("سنغور", "ليوبولد سنغور", "ليوبولد سيدار سنغور"),
               born="1906-10-09", died="2001-12-20", birthplace=joal, deathplace=verson)
k.link(sen, "P27", senegal)
basile = k.person("باسيل ديوغوي سنغور", "Basile Diogoye Senghor", M, ("باسيل سنغور",))
gnilane = k.person("نيلان ندييمي باخوم", "Gnilane Ndiémé Bakhoum", F)
k.parents(sen, basile, gnilane)
llg = k.org("ثانوية لويس لو غران", "Lycée Louis-le-Grand", SCHOOL, ("لويس الأكبر",), located=paris)
k.link(sen, "P69", llg, "1928", "1931")
upar = k.org("جامعة باريس", "University of Paris", UNI, ("السوربون",), located=paris)
k.link(sen, "P69", upar, "1931", "1935")
assemb = k.ent(None, "الجمعية الوطنية الفرنسية", "member of the French National Assembly",
               ("نائب في الجمعية الوطنية الفرنسية", "الجمعية الوطنية"), cls=OFFICE)
k.link(sen, "P39", assemb, "1945", "1958")
k.link(sen, "P39", pres_sen, "1960-09-06", "1980-12-31")
louga = k.place("لوغا", "Louga", CITY, country=senegal)
diouf = k.person("عبدو ضيوف", "Abdou Diouf", M, ("عبده ضيوف",), born="1935-09-07", birthplace=louga)
k.link(diouf, "P39", pres_sen, "1981-01-01", "2000-04-01")
k.link(diouf, "P1365", sen)
cayenne = k.ent(None, "كايين", "Cayenne", cls=CITY)
cairo = k.ent(None, "القاهرة", "Cairo", cls=CITY)
eboue = k.person("فيليكس إيبويه", "Félix Éboué", M, ("إيبويه",), born="1884-12-26", died="1944-05-17",
                 birthplace=cayenne, deathplace=cairo)
ginette = k.person("جينيت إيبويه", "Ginette Éboué", F)
k.parents(ginette, father=eboue)
colette = k.person("كوليت أوبير", "Colette Hubert", F, ("كوليت سنغور",), born="1925", died="2019")
k.married(sen, ginette, "1946", "1956")
k.married(sen, colette, "1957-10-18")
acad = k.org("الأكاديمية الفرنسية", "Académie française", ORG, ("المجمع الفرنسي",), founded="1635", located=paris)
k.link(sen, "P463", acad, "1983-06-02")

# ---- 6. the Köprülü family
gv = k.ent(None, "الصدر الأعظم", "Grand Vizier of the Ottoman Empire", ("صدر أعظم", "صدراً أعظم", "الصدارة العظمى"), cls=OFFICE)
roshnik = k.ent(None, "روشنيك", "Roshnik", ("روشنيك قرب بيرات",), cls=VILLAGE)
kopru = k.place("كوبرو", "Vezirköprü", CITY, ("وزير كوبرو",), country=ottoman)
edirne = k.place("أدرنة", "Edirne", CITY, country=ottoman)
merzifon = k.place("مرزيفون", "Merzifon", CITY, country=ottoman)
belgrade = k.ent(None, "بلغراد", "Belgrade", cls=CITY)
kmp = k.person("كوبريللي محمد باشا", "Köprülü Mehmed Pasha", M, ("محمد باشا كوبريللي", "كوبرولو محمد باشا", "كوبريلي محمد باشا"),
               born="1575", died="1661-10-31", birthplace=roshnik, deathplace=edirne)
k.link(kmp, "P39", gv, "1656-09-15", "1661-10-31")
hasan = k.person("حسن آغا", "Hasan Agha", M, ("حسن",))
k.siblings(kmp, hasan)
fah = k.person("فاضل أحمد باشا", "Köprülü Fazıl Ahmed Pasha", M, ("فاضل أحمد", "كوبريللي فاضل أحمد باشا"),
               born="1635", died="1676-11-03", birthplace=kopru)
k.link(fah, "P39", gv, "1661-11-01", "1676-11-03")
fmp = k.person("فاضل مصطفى باشا", "Köprülü Fazıl Mustafa Pasha", M, ("فاضل مصطفى", "مصطفى باشا", "كوبريللي فاضل مصطفى باشا"),
               born="1637", died="1691-08-19", birthplace=kopru)
slank = k.ent(None, "معركة سلانكامن", "Battle of Slankamen", ("سلانكامن",), cls=BATTLE)
k.date(slank, "P585", "1691-08-19")
k.link(fmp, "P20", slank)
k.link(fmp, "P39", gv, "1689-11-02", "1691-08-19")
for s in (fah, fmp):
    k.parents(s, father=kmp)
k.siblings(fah, fmp)
kmp_daughter = k.person("ابنة كوبريللي محمد باشا", "daughter of Köprülü Mehmed Pasha", F)
k.parents(kmp_daughter, father=kmp)
kmust = k.person("قره مصطفى باشا", "Merzifonlu Kara Mustafa Pasha", M, ("قره مصطفى", "المرزيفوني", "مرزيفونلو قره مصطفى باشا"),
                 born="1634", died="1683-12-25", birthplace=merzifon, deathplace=belgrade)
k.link(kmust, "P39", gv, "1676-11-05", "1683-12-25")
k.married(kmust, kmp_daughter)
huseyin = k.person("عمجه زاده حسين باشا", "Amcazade Köprülü Hüseyin Pasha", M, ("حسين باشا", "عمجة زاده حسين باشا"),
                   died="1702")
k.parents(huseyin, father=hasan)
k.link(huseyin, "P39", gv, "1697-09-05", "1702-09-04")
karl = k.ent(None, "معاهدة كارلوفجة", "Treaty of Karlowitz", ("صلح كارلوفجة", "معاهدة كارلوفيتس"), cls=TREATY)
k.date(karl, "P585", "1699-01-26")
k.link(karl, "P1891", huseyin)
numan = k.person("نعمان باشا كوبريللي", "Köprülü Numan Pasha", M, ("نعمان باشا",))
k.parents(numan, father=fmp)
k.link(numan, "P39", gv, "1710-06-16", "1710-08-17")
mehmed4 = k.person("محمد الرابع", "Mehmed IV", M, ("السلطان محمد الرابع", "محمد الصياد"), born="1642-01-02",
                   died="1693-01-06", birthplace=istanbul, deathplace=edirne)
candia = k.ent(None, "قندية", "Candia", ("هيراكليون", "حصار قندية"), cls=CITY)
siege = k.ent(None, "حصار قندية", "Siege of Candia", cls=BATTLE)
k.date(siege, "P580", "1648")
k.date(siege, "P582", "1669-09-27")
k.link(siege, "P276", candia)

# ---- 7. the Qarawiyyin
kairouan = k.ent(None, "القيروان", "Kairouan", cls=CITY)
fatima = k.person("فاطمة الفهرية", "Fatima al-Fihri", F, ("أم البنين", "فاطمة بنت محمد الفهري"), died="880", deathplace=fes)
mariam = k.person("مريم الفهرية", "Mariam al-Fihri", F, ("مريم", "مريم بنت محمد الفهري"))
fihri = k.person("محمد بن عبد الله الفهري", "Muhammad al-Fihri", M, ("محمد الفهري",))
k.link(fihri, "P551", kairouan)
k.link(fihri, "P551", fes)
for d in (fatima, mariam):
    k.parents(d, father=fihri)
k.siblings(fatima, mariam)
qar = k.org("جامع القرويين", "Al-Qarawiyyin Mosque", MOSQUE, ("القرويين", "مسجد القرويين"), founded="859", located=fes)
k.link(qar, "P112", fatima)
andal = k.org("جامع الأندلس", "Andalusian Mosque of Fez", MOSQUE, ("جامع الأندلسيين", "مسجد الأندلس"), founded="859", located=fes)
k.link(andal, "P112", mariam)
ceuta = k.ent(None, "سبتة", "Ceuta", cls=CITY)
aliyusuf = k.person("علي بن يوسف", "Ali ibn Yusuf", M, ("علي بن يوسف بن تاشفين", "أمير المسلمين علي بن يوسف"),
                    born="1084", died="1143", birthplace=ceuta, deathplace=marrakesh)
abusaid = k.person("أبو سعيد عثمان", "Abu Sa'id Uthman II", M, ("أبو سعيد عثمان الثاني",), died="1331")
attarine = k.org("مدرسة العطارين", "Al-Attarine Madrasa", MADRASA, ("المدرسة العطارين", "العطارين"), founded="1323", located=fes)
k.link(attarine, "P88", abusaid)
abuinan = k.person("أبو عنان فارس", "Abu Inan Faris", M, ("أبو عنان", "المتوكل على الله أبو عنان"), born="1329", died="1358")
k.parents(abuinan, father=k.person("أبو الحسن المريني", "Abu al-Hasan Ali ibn Othman", M, ("أبو الحسن علي",), born="1297", died="1351"))
qlib = k.org("خزانة القرويين", "Library of al-Qarawiyyin", LIB, ("مكتبة القرويين", "خزانة الكتب"), founded="1349", located=fes)
k.link(qlib, "P88", abuinan)
bouin = k.org("المدرسة البوعنانية", "Bou Inania Madrasa", MADRASA, ("البوعنانية",), founded="1350", located=fes)
k.link(bouin, "P88", abuinan)
granada = k.ent(None, "غرناطة", "Granada", cls=CITY)
cordoba = k.ent(None, "قرطبة", "Córdoba", cls=CITY)
wazzan = k.person("الحسن الوزان", "Leo Africanus", M, ("ليون الأفريقي", "الحسن بن محمد الوزان"), born="1494", birthplace=granada)
k.link(wazzan, "P69", qar)
uqar = k.org("جامعة القرويين", "University of al-Qarawiyyin", UNI, ("جامعة القرويين بفاس",), founded="1963", located=fes)
chaouni = k.person("عزيزة الشاوني", "Aziza Chaouni", F, born="1977", birthplace=fes)
k.link(qlib, "P84", chaouni)

# ---- 8. Ulugh Beg
sultaniyya = k.ent(None, "السلطانية", "Soltaniyeh", ("سلطانية",), cls=CITY)
herat = k.ent(None, "هراة", "Herat", cls=CITY)
ray = k.ent(None, "الري", "Ray", cls=CITY)
timur = k.person("تيمور", "Timur", M, ("تيمورلنك", "تيمور لنك"), born="1336-04-09", died="1405-02-18")
shahrukh = k.person("شاه رخ", "Shah Rukh", M, ("شاهرخ", "شاه رخ ميرزا"), born="1377-08-20", died="1447-03-12",
                    birthplace=samarkand, deathplace=ray)
k.parents(shahrukh, father=timur)
gawhar = k.person("كوهر شاد", "Goharshad", F, ("جوهر شاد", "كوهرشاد بيكم"), died="1457-07-19", deathplace=herat)
k.married(shahrukh, gawhar)
ulugh = k.person("ألغ بيك", "Ulugh Beg", M, ("محمد طرغاي", "ميرزا محمد طرغاي", "أولوغ بيك", "ألوغ بك"),
                 born="1394-03-22", died="1449-10-27", birthplace=sultaniyya, deathplace=samarkand)
k.parents(ulugh, shahrukh, gawhar)
gov_sam = k.ent(None, "حاكم سمرقند", "governor of Samarkand", ("والي سمرقند",), cls=OFFICE)
k.link(ulugh, "P39", gov_sam, "1409", "1447")
tim_sultan = k.ent(None, "سلطان الدولة التيمورية", "Timurid sultan", ("سلطان التيموريين", "عرش التيموريين"), cls=OFFICE)
k.link(ulugh, "P39", tim_sultan, "1447-03-12", "1449-10-27")
k.link(shahrukh, "P39", tim_sultan, "1405", "1447-03-12")
registan = k.place("ريكستان", "Registan", "Q174782", ("ميدان ريكستان", "ريجستان"), inside=samarkand)
ubm = k.ent(None, "مدرسة ألغ بيك", "Ulugh Beg Madrasa", ("مدرسة ألغ بيك في سمرقند",), cls=MADRASA)
k.date(ubm, "P571", "1417")
k.date(ubm, "P1619", "1420")
k.link(ubm, "P131", registan)
k.link(ubm, "P88", ulugh)
bursa = k.place("بورصة", "Bursa", CITY, country=ottoman)
kashan = k.ent(None, "كاشان", "Kashan", cls=CITY)
qadizada = k.person("قاضي زاده الرومي", "Qadi Zada al-Rumi", M, ("قاضي زاده",), born="1364", died="1436",
                    birthplace=bursa, deathplace=samarkand)
kashi = k.person("غياث الدين جمشيد الكاشي", "Jamshid al-Kashi", M, ("جمشيد الكاشي", "الكاشي"), born="1380",
                 died="1429-06-22", birthplace=kashan, deathplace=samarkand)
qushji = k.person("علي القوشجي", "Ali Qushji", M, ("القوشجي", "علاء الدين علي القوشجي"), born="1403",
                  died="1474-12-16", birthplace=samarkand, deathplace=istanbul)
for p in (qushji,):
    k.link(p, "P1066", ulugh)
zij = k.ent(None, "الزيج السلطاني", "Zij-i Sultani", ("زيج ألغ بيك", "زيج كوركاني"), cls=BOOK)
k.link(zij, "P50", ulugh)
k.date(zij, "P577", "1437")
k.link(ulugh, "P800", zij)
latif = k.person("عبد اللطيف", "Abd al-Latif Mirza", M, ("عبد اللطيف ميرزا",), died="1450-05-09")
k.parents(latif, father=ulugh)
vyatkin = k.person("فاسيلي فياتكين", "Vasily Vyatkin", M, ("فياتكين",), born="1869", died="1932", deathplace=samarkand)
obs = k.ent(None, "مرصد ألغ بيك", "Ulugh Beg Observatory", ("مرصد سمرقند",), cls=OBS)
k.link(obs, "P131", samarkand)
k.link(obs, "P88", ulugh)
k.link(obs, "P61", vyatkin)
k.date(obs, "P575", "1908")

k.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "dev14a.json"))
print(len(k.entities), "entities")
