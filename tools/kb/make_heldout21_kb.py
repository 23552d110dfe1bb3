"""Generates data/kb/heldout21.json, the KB of the twenty-first held-out set (20th-century Arab novelists, short-story
writers and translators: Tawfiq al-Hakim, Yahya Haqqi, Mikhail Naimy and the Pen League, Tayeb Salih, Jabra Ibrahim
Jabra, al-Adab magazine and Dar al-Adab, the Taymur family, Ghassan Kanafani). Local ids Q90062001-Q90062999; only
classes, occupations and sex values keep Wikidata ids. Facts from memory of standard reference works; a year only where
the day is not certain. Run: python3 tools/kb/make_heldout21_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, REGION, DISTRICT = "Q515", "Q532", "Q6256", "Q10864048", "Q123705"
SCHOOL, UNIVERSITY, MAGAZINE, PUBLISHER, LIBRARY, ACADEMY, AWARD, SOCIETY, COMPANY, BROADCASTER, NEWSPAPER, COUNCIL = (
    "Q9842", "Q3918", "Q41298", "Q2085381", "Q7075", "Q162633", "Q618779", "Q988108", "Q4830453", "Q1126006",
    "Q11032", "Q43229")
WRITER, NOVELIST, TRANSLATOR, POET, JOURNALIST, DIRECTOR, DIPLOMAT, POLITICIAN, MUSICIAN, LEXICOGRAPHER = (
    "Q36180", "Q6625963", "Q333634", "Q49757", "Q1930187", "Q2526255", "Q193391", "Q82955", "Q639669", "Q14972848")

b = KbBuilder(90062000)


def occ(e, *jobs):
    for j in jobs:
        e.item("P106", j)


# ---- places
egypt = b.place("مصر", "Egypt", COUNTRY)
lebanon = b.place("لبنان", "Lebanon", COUNTRY)
syria = b.place("سوريا", "Syria", COUNTRY, ["سورية"])
sudan = b.place("السودان", "Sudan", COUNTRY)
palestine = b.place("فلسطين", "Palestine", COUNTRY)
iraq = b.place("العراق", "Iraq", COUNTRY)
jordan = b.place("الأردن", "Jordan", COUNTRY)
saudi = b.place("السعودية", "Saudi Arabia", COUNTRY)
kuwait = b.place("الكويت", "Kuwait", COUNTRY)
qatar = b.place("قطر", "Qatar", COUNTRY)
libya = b.place("ليبيا", "Libya", COUNTRY)
turkey = b.place("تركيا", "Turkey", COUNTRY)
italy = b.place("إيطاليا", "Italy", COUNTRY)
france = b.place("فرنسا", "France", COUNTRY)
uk = b.place("المملكة المتحدة", "United Kingdom", COUNTRY, ["إنجلترا"])
usa = b.place("الولايات المتحدة", "United States", COUNTRY, ["أمريكا"])
russia = b.place("الإمبراطورية الروسية", "Russian Empire", COUNTRY, ["روسيا"])
canada = b.place("كندا", "Canada", COUNTRY)
switzerland = b.place("سويسرا", "Switzerland", COUNTRY)
denmark = b.place("الدنمارك", "Denmark", COUNTRY)
cairo = b.place("القاهرة", "Cairo", CITY, country=egypt)
sayyida = b.place("السيدة زينب", "Sayyida Zaynab", DISTRICT, ["حي السيدة زينب"], inside=cairo, country=egypt)
alexandria = b.place("الإسكندرية", "Alexandria", CITY, country=egypt)
manfalut = b.place("منفلوط", "Manfalut", CITY, country=egypt)
mount_lebanon = b.place("جبل لبنان", "Mount Lebanon", REGION, country=lebanon)
baskinta = b.place("بسكنتا", "Baskinta", VILLAGE, inside=mount_lebanon, country=lebanon)
freike = b.place("الفريكة", "Freike", VILLAGE, inside=mount_lebanon, country=lebanon)
beirut = b.place("بيروت", "Beirut", CITY, country=lebanon)
bsharri = b.place("بشري", "Bsharri", CITY, country=lebanon)
damascus = b.place("دمشق", "Damascus", CITY, country=syria)
nazareth = b.place("الناصرة", "Nazareth", CITY, country=palestine)
jerusalem = b.place("القدس", "Jerusalem", CITY, country=palestine)
bethlehem = b.place("بيت لحم", "Bethlehem", CITY, country=palestine)
acre = b.place("عكا", "Acre", CITY, country=palestine)
birwa = b.place("البروة", "al-Birwa", VILLAGE, country=palestine)
poltava = b.place("بولتافا", "Poltava", CITY, country=russia)
new_york = b.place("نيويورك", "New York City", CITY, country=usa)
boston = b.place("بوسطن", "Boston", CITY, country=usa)
seattle = b.place("سياتل", "Seattle", CITY, country=usa)
houston = b.place("هيوستن", "Houston", CITY, country=usa)
northern_state = b.place("الولاية الشمالية", "Northern State", REGION, country=sudan)
karmakol = b.place("كرمكول", "Karmakol", VILLAGE, inside=northern_state, country=sudan)
khartoum = b.place("الخرطوم", "Khartoum", CITY, country=sudan)
omdurman = b.place("أم درمان", "Omdurman", CITY, country=sudan)
london = b.place("لندن", "London", CITY, country=uk)
paris = b.place("باريس", "Paris", CITY, country=france)
lausanne = b.place("لوزان", "Lausanne", CITY, country=switzerland)
vancouver = b.place("فانكوفر", "Vancouver", CITY, country=canada)
baghdad = b.place("بغداد", "Baghdad", CITY, country=iraq)
basra_gov = b.place("محافظة البصرة", "Basra Governorate", REGION, ["البصرة"], country=iraq)
jaykur = b.place("جيكور", "Jaykur", VILLAGE, inside=basra_gov, country=iraq)
amman = b.place("عمّان", "Amman", CITY, ["عمان"], country=jordan)
riyadh = b.place("الرياض", "Riyadh", CITY, country=saudi)
kuwait_city = b.place("مدينة الكويت", "Kuwait City", CITY, country=kuwait)
jeddah = b.place("جدة", "Jeddah", CITY, country=saudi)
istanbul = b.place("إسطنبول", "Istanbul", CITY, country=turkey)
rome = b.place("روما", "Rome", CITY, country=italy)

# ---- institutions
law_school = b.org("مدرسة الحقوق", "Khedivial School of Law", SCHOOL, ["مدرسة الحقوق الخديوية"], founded="1868",
                   located=cairo)
dar_kutub = b.org("دار الكتب المصرية", "Egyptian National Library", LIBRARY, ["دار الكتب", "الكتبخانة الخديوية"],
                  founded="1870", located=cairo)
academy = b.org("مجمع اللغة العربية", "Academy of the Arabic Language in Cairo", ACADEMY,
                ["مجمع اللغة العربية بالقاهرة", "مجمع فؤاد الأول للغة العربية"], founded="1932", located=cairo)
merit_award = b.ent(None, "جائزة الدولة التقديرية في الآداب", "State Merit Award for Literature (Egypt)", cls=AWARD)
faisal_prize = b.ent(None, "جائزة الملك فيصل العالمية", "King Faisal International Prize", ["جائزة الملك فيصل"],
                     cls=AWARD)
majalla = b.org("المجلة", "al-Majalla (Cairo monthly)", MAGAZINE, ["مجلة المجلة"], founded="1957", located=cairo)
arts_dept = b.org("مصلحة الفنون", "Department of Fine Arts (Egypt)", COUNCIL, founded="1955", located=cairo)
high_council = b.org("المجلس الأعلى للثقافة", "Supreme Council of Culture", COUNCIL, located=cairo)
russian_seminary = b.org("دار المعلمين الروسية", "Russian Teachers' Seminary in Nazareth", SCHOOL, located=nazareth)
poltava_seminary = b.org("سمينار بولتافا", "Poltava Theological Seminary", SCHOOL, ["بولتافا"], located=poltava)
uw = b.org("جامعة واشنطن", "University of Washington", UNIVERSITY, founded="1861", located=seattle)
pen_league = b.org("الرابطة القلمية", "The Pen League", SOCIETY, ["الرابطة"], founded="1920", dissolved="1931",
                   located=new_york)
saih = b.org("السائح", "al-Sa'ih", NEWSPAPER, ["جريدة السائح"], founded="1912", located=new_york)
khartoum_u = b.org("جامعة الخرطوم", "University of Khartoum", UNIVERSITY, ["كلية غردون التذكارية"], founded="1902",
                   located=khartoum)
cairo_u = b.org("جامعة القاهرة", "Cairo University", UNIVERSITY, founded="1908", located=cairo)
london_u = b.org("جامعة لندن", "University of London", UNIVERSITY, founded="1836", located=london)
bbc = b.org("هيئة الإذاعة البريطانية", "BBC", BROADCASTER, ["بي بي سي", "القسم العربي في هيئة الإذاعة البريطانية"],
            founded="1922", located=london)
unesco = b.org("اليونسكو", "UNESCO", COUNCIL, ["منظمة الأمم المتحدة للتربية والعلم والثقافة"], founded="1945",
               located=paris)
hiwar = b.org("حوار", "Hiwar (magazine)", MAGAZINE, ["مجلة حوار"], founded="1962", dissolved="1967", located=beirut)
arab_college = b.org("الكلية العربية", "Arab College in Jerusalem", SCHOOL, ["الكلية العربية في القدس"], founded="1918",
                     located=jerusalem)
cambridge = b.org("جامعة كامبريدج", "University of Cambridge", UNIVERSITY, founded="1209")
harvard = b.org("جامعة هارفارد", "Harvard University", UNIVERSITY, founded="1636")
arts_college = b.org("كلية الآداب", "College of Arts, Baghdad", SCHOOL, ["كلية الآداب والعلوم"], located=baghdad)
ipc = b.org("شركة نفط العراق", "Iraq Petroleum Company", COMPANY, founded="1912", located=baghdad)
adab_mag = b.org("الآداب", "al-Adab (magazine)", MAGAZINE, ["مجلة الآداب"], founded="1953-01", located=beirut)
dar_adab = b.org("دار الآداب", "Dar al-Adab", PUBLISHER, founded="1956", located=beirut)
dar_ilm = b.org("دار العلم للملايين", "Dar al-Ilm lil-Malayin", PUBLISHER, founded="1945", located=beirut)
sorbonne = b.org("جامعة السوربون", "Sorbonne (University of Paris)", UNIVERSITY, ["السوربون", "جامعة باريس"],
                 located=paris)
hadaf = b.org("الهدف", "al-Hadaf", MAGAZINE, ["مجلة الهدف"], founded="1969", located=beirut)
hurriya = b.org("الحرية", "al-Hurriya", MAGAZINE, ["مجلة الحرية"], located=beirut)
muharrir = b.org("المحرر", "al-Muharrir", NEWSPAPER, ["جريدة المحرر"], located=beirut)
anwar = b.org("الأنوار", "al-Anwar", NEWSPAPER, ["جريدة الأنوار"], founded="1959", located=beirut)

# ---- Tawfiq al-Hakim
hakim = b.person("توفيق الحكيم", "Tawfiq al-Hakim", M, born="1898-10-09", died="1987-07-26", birthplace=alexandria,
                 deathplace=cairo)
occ(hakim, WRITER, NOVELIST)
hakim_father = b.person("إسماعيل الحكيم", "Ismail al-Hakim (judge)", M, ["إسماعيل أحمد الحكيم"])
b.parents(hakim, father=hakim_father)
b.link(hakim, "P69", law_school, end="1925")
b.link(hakim, "P108", dar_kutub, start="1951", end="1956")
b.link(hakim, "P463", academy, start="1954")
b.link(hakim, "P166", merit_award, at="1960")
hakim_son = b.person("إسماعيل توفيق الحكيم", "Ismail Tawfiq al-Hakim", M, ["إسماعيل"], died="1978")
occ(hakim_son, MUSICIAN)
hakim_daughter = b.person("زينب توفيق الحكيم", "Zeinab Tawfiq al-Hakim", F, ["زينب"])
for child in (hakim_son, hakim_daughter):
    b.parents(child, father=hakim)
b.siblings(hakim_son, hakim_daughter)
nasser = b.person("جمال عبد الناصر", "Gamal Abdel Nasser", M, ["عبد الناصر"], born="1918-01-15", died="1970-09-28",
                  birthplace=alexandria, deathplace=cairo)
occ(nasser, POLITICIAN)

# ---- Yahya Haqqi
haqqi = b.person("يحيى حقي", "Yahya Haqqi", M, born="1905-01-07", died="1992-12-09", birthplace=sayyida,
                 deathplace=cairo)
occ(haqqi, WRITER, NOVELIST, DIPLOMAT, TRANSLATOR)
haqqi_father = b.person("إبراهيم حقي", "Ibrahim Haqqi", M)
b.parents(haqqi, father=haqqi_father)
taher_haqqi = b.person("محمود طاهر حقي", "Mahmoud Taher Haqqi", M)
occ(taher_haqqi, WRITER, JOURNALIST)
b.siblings(haqqi_father, taher_haqqi)
nuha = b.person("نهى حقي", "Nuha Haqqi", F, ["نهى"])
b.parents(nuha, father=haqqi)
b.link(haqqi, "P69", law_school, end="1925")
b.link(haqqi, "P108", arts_dept, start="1955")
b.link(haqqi, "P108", majalla, start="1962", end="1970")
b.link(haqqi, "P166", merit_award, at="1969")
b.link(haqqi, "P166", faisal_prize, at="1990")
radwan = b.person("فتحي رضوان", "Fathi Radwan", M, born="1911-05-14", died="1988-10-02", deathplace=cairo)
occ(radwan, POLITICIAN, WRITER)
shousha = b.person("فاروق شوشة", "Farouk Shousha", M, born="1936-01-09", died="2016-10-14", deathplace=cairo)
occ(shousha, POET)

# ---- Mikhail Naimy and the Pen League
naimy = b.person("ميخائيل نعيمة", "Mikhail Naimy", M, ["ميخائيل نعيمه"], born="1889-10-17", died="1988-02-28",
                 birthplace=baskinta, deathplace=beirut)
occ(naimy, WRITER, POET, TRANSLATOR)
b.link(naimy, "P69", russian_seminary, start="1902", end="1906")
b.link(naimy, "P69", poltava_seminary, start="1906", end="1911")
b.link(naimy, "P69", uw, start="1912", end="1916")
b.link(naimy, "P463", pen_league, start="1920")
gibran = b.person("جبران خليل جبران", "Kahlil Gibran", M, ["جبران"], born="1883-01-06", died="1931-04-10",
                  birthplace=bsharri, deathplace=new_york)
occ(gibran, WRITER, POET)
b.link(pen_league, "P112", gibran)
b.link(gibran, "P463", pen_league, start="1920")
abu_madi = b.person("إيليا أبو ماضي", "Elia Abu Madi", M, born="1889", died="1957-11-23", deathplace=new_york)
occ(abu_madi, POET)
b.link(abu_madi, "P463", pen_league, start="1920")
arida = b.person("نسيب عريضة", "Nasib Arida", M, born="1887", died="1946")
occ(arida, POET)
b.link(arida, "P463", pen_league, start="1920")
haddad = b.person("عبد المسيح حداد", "Abd al-Masih Haddad", M, born="1888", died="1963")
occ(haddad, JOURNALIST)
b.link(haddad, "P463", pen_league, start="1920")
b.link(saih, "P112", haddad)
ameen = b.person("أمين الريحاني", "Ameen Rihani", M, ["الريحاني"], born="1876-11-24", died="1940-09-13",
                 birthplace=freike, deathplace=freike)
occ(ameen, WRITER)

# ---- Tayeb Salih
salih = b.person("الطيب صالح", "Tayeb Salih", M, born="1929-07-12", died="2009-02-18", birthplace=karmakol,
                 deathplace=london)
occ(salih, NOVELIST, JOURNALIST)
b.link(salih, "P119", omdurman)
b.link(salih, "P69", khartoum_u)
b.link(salih, "P69", london_u)
b.link(salih, "P108", bbc, start="1953")
b.link(salih, "P108", unesco)
julie = b.person("جولي ماكلين", "Julia Maclean", F)
b.married(salih, julie)
johnson = b.person("دنيس جونسون ديفيز", "Denys Johnson-Davies", M, ["دنيس جونسون-ديفيز"], born="1922-06-01",
                   died="2017-05-22", birthplace=vancouver, deathplace=cairo)
occ(johnson, TRANSLATOR)

# ---- Jabra Ibrahim Jabra
jabra = b.person("جبرا إبراهيم جبرا", "Jabra Ibrahim Jabra", M, ["جبرا"], born="1920-08-28", died="1994-12-12",
                 birthplace=bethlehem, deathplace=baghdad)
occ(jabra, NOVELIST, TRANSLATOR, POET)
youssef_jabra = b.person("يوسف جبرا", "Youssef Jabra", M, ["يوسف"])
b.siblings(jabra, youssef_jabra)
b.link(jabra, "P69", arab_college)
b.link(jabra, "P69", cambridge)
b.link(jabra, "P69", harvard, start="1952", end="1954")
b.link(jabra, "P108", arts_college, start="1948")
b.link(jabra, "P108", ipc, start="1954", end="1977")
lamia = b.person("لميعة برقاش العسكري", "Lamia Barqash al-Askari", F, ["لميعة العسكري"])
b.married(jabra, lamia, start="1952")
sadeer = b.person("سدير جبرا", "Sadeer Jabra", M, ["سدير"])
yasser = b.person("ياسر جبرا", "Yasser Jabra", M, ["ياسر"])
for child in (sadeer, yasser):
    b.parents(child, father=jabra, mother=lamia)
b.siblings(sadeer, yasser)
sayyab = b.person("بدر شاكر السياب", "Badr Shakir al-Sayyab", M, ["السياب"], born="1926-12-24", died="1964-12-24",
                  birthplace=jaykur, deathplace=kuwait_city)
occ(sayyab, POET)
munif = b.person("عبد الرحمن منيف", "Abdul Rahman Munif", M, born="1933-05-29", died="2004-01-24", birthplace=amman,
                 deathplace=damascus)
occ(munif, NOVELIST)

# ---- al-Adab and Dar al-Adab
idris = b.person("سهيل إدريس", "Suhayl Idris", M, born="1925", died="2008-02-19", birthplace=beirut,
                 deathplace=beirut)
occ(idris, NOVELIST, TRANSLATOR, JOURNALIST, LEXICOGRAPHER)
b.link(adab_mag, "P112", idris)
b.link(dar_adab, "P112", idris)
b.link(idris, "P69", sorbonne, end="1952")
aida = b.person("عايدة مطرجي إدريس", "Aida Matraji Idris", F, ["عايدة مطرجي"])
occ(aida, TRANSLATOR)
b.married(idris, aida)
samah = b.person("سماح إدريس", "Samah Idris", M, born="1961", died="2021-11-25", birthplace=beirut, deathplace=beirut)
occ(samah, WRITER, TRANSLATOR)
rana = b.person("رنا إدريس", "Rana Idris", F)
for child in (samah, rana):
    b.parents(child, father=idris, mother=aida)
b.siblings(samah, rana)
b.link(samah, "P108", adab_mag, start="1992")
uthman = b.person("بهيج عثمان", "Bahij Osman", M)
baalbaki = b.person("منير البعلبكي", "Munir Baalbaki", M, born="1918", died="1999", birthplace=beirut,
                    deathplace=beirut)
occ(baalbaki, LEXICOGRAPHER, TRANSLATOR)
for p in (uthman, baalbaki):
    b.link(dar_ilm, "P112", p)
qabbani = b.person("نزار قباني", "Nizar Qabbani", M, born="1923-03-21", died="1998-04-30", birthplace=damascus,
                   deathplace=london)
occ(qabbani, POET, DIPLOMAT)
b.link(dar_adab, "P112", qabbani)
abdelnour = b.person("جبور عبد النور", "Jabbour Abdel Nour", M)
occ(abdelnour, LEXICOGRAPHER)

# ---- the Taymur family
ismail_t = b.person("إسماعيل تيمور", "Ismail Taymur", M, ["إسماعيل تيمور باشا"])
aisha = b.person("عائشة التيمورية", "Aisha Taymur", F, ["عائشة تيمور"], born="1840", died="1902", birthplace=cairo,
                 deathplace=cairo)
occ(aisha, POET)
ahmed_t = b.person("أحمد تيمور باشا", "Ahmed Taymur Pasha", M, ["أحمد تيمور"], born="1871-11-06", died="1930-04-26",
                   birthplace=cairo, deathplace=cairo)
occ(ahmed_t, WRITER)
for child in (aisha, ahmed_t):
    b.parents(child, father=ismail_t)
b.siblings(aisha, ahmed_t)
tawhida = b.person("توحيدة", "Tawhida", F)
b.parents(tawhida, mother=aisha)
mohamed_t = b.person("محمد تيمور", "Mohamed Taymur", M, born="1892", died="1921", birthplace=cairo)
occ(mohamed_t, WRITER)
mahmoud_t = b.person("محمود تيمور", "Mahmoud Taymur", M, born="1894-06-16", died="1973-08-25", birthplace=cairo,
                     deathplace=lausanne)
occ(mahmoud_t, WRITER, NOVELIST)
for child in (mohamed_t, mahmoud_t):
    b.parents(child, father=ahmed_t)
b.siblings(mohamed_t, mahmoud_t)
b.link(mahmoud_t, "P463", academy, start="1949")
b.link(mahmoud_t, "P166", merit_award, at="1963")
muhammad_ali = b.person("محمد علي باشا", "Muhammad Ali of Egypt", M, ["محمد علي"], born="1769-03-04",
                        died="1849-08-02", deathplace=alexandria)

# ---- Ghassan Kanafani
kanafani = b.person("غسان كنفاني", "Ghassan Kanafani", M, born="1936-04-08", died="1972-07-08", birthplace=acre,
                    deathplace=beirut)
occ(kanafani, NOVELIST, JOURNALIST)
k_father = b.person("محمد فايز كنفاني", "Muhammad Fayez Kanafani", M)
fayzah = b.person("فايزة كنفاني", "Fayzah Kanafani", F, ["فايزة"])
for child in (kanafani, fayzah):
    b.parents(child, father=k_father)
b.siblings(kanafani, fayzah)
anni = b.person("آني هوفر", "Anni Kanafani", F, ["آني كنفاني", "آني هوفر كنفاني"], birthplace=denmark)
b.married(kanafani, anni, start="1961")
fayez = b.person("فايز كنفاني", "Fayez Kanafani", M, ["فايز"], born="1962")
laila = b.person("ليلى كنفاني", "Laila Kanafani", F, ["ليلى"], born="1966")
for child in (fayez, laila):
    b.parents(child, father=kanafani, mother=anni)
b.siblings(fayez, laila)
lamees = b.person("لميس نجم", "Lamees Najim", F, died="1972-07-08", deathplace=beirut)
b.parents(lamees, mother=fayzah)
b.link(hadaf, "P112", kanafani)
b.link(kanafani, "P108", hadaf, start="1969", end="1972")
for paper in (hurriya, muharrir, anwar):
    b.link(kanafani, "P108", paper)
saleh = b.person("توفيق صالح", "Tawfiq Saleh", M, born="1926-10-27", died="2013-08-18", birthplace=alexandria,
                 deathplace=cairo)
occ(saleh, DIRECTOR)
darwish = b.person("محمود درويش", "Mahmoud Darwish", M, born="1941-03-13", died="2008-08-09", birthplace=birwa,
                   deathplace=houston)
occ(darwish, POET)

b.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "heldout21.json"))
