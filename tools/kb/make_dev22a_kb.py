"""Generates data/kb/dev22a.json, the KB of the round-22 development set a (the Arab press and publishing in the 19th
and 20th centuries: Jurji Zaydan and al-Hilal, al-Ahram and the Taqla brothers, Faris Nimr with al-Muqtataf and
al-Muqattam, Ghassan Tueni and an-Nahar, Mohamed Hassanein Heikal, the Amin twins, Rose al-Yusuf, Ahmad Faris
al-Shidyaq and al-Jawa'ib). Local ids Q90060001-Q90060999; only classes, occupations and sex values keep Wikidata ids.
Facts from memory of standard reference works; a year only where the day is not certain.
Run: python3 tools/kb/make_dev22a_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, REGION, DISTRICT = "Q515", "Q532", "Q6256", "Q10864048", "Q123705"
NEWSPAPER, MAGAZINE, UNIVERSITY, TROUPE, POSITION, ORG, HOUSE = (
    "Q11032", "Q41298", "Q3918", "Q742421", "Q4164871", "Q43229", "Q3947")
JOURNALIST, WRITER, NOVELIST, HISTORIAN, POLITICIAN, DIPLOMAT, ACTOR, DIRECTOR, POET, TRANSLATOR, LAWYER = (
    "Q1930187", "Q36180", "Q6625963", "Q201788", "Q82955", "Q193391", "Q33999", "Q2526255", "Q49757", "Q333634",
    "Q40348")

b = KbBuilder(90060000)


def occ(e, *jobs):
    for j in jobs:
        e.item("P106", j)


# ---- places
lebanon = b.place("لبنان", "Lebanon", COUNTRY)
egypt = b.place("مصر", "Egypt", COUNTRY)
syria = b.place("سوريا", "Syria", COUNTRY, ["سورية"])
turkey = b.place("تركيا", "Turkey", COUNTRY)
uk = b.place("المملكة المتحدة", "United Kingdom", COUNTRY, ["إنجلترا", "بريطانيا"])
usa = b.place("الولايات المتحدة", "United States", COUNTRY)
france = b.place("فرنسا", "France", COUNTRY)
malta = b.place("مالطة", "Malta", COUNTRY)
tunisia = b.place("تونس", "Tunisia", COUNTRY)
beirut = b.place("بيروت", "Beirut", CITY, country=lebanon)
mount_lebanon = b.place("جبل لبنان", "Mount Lebanon", REGION, country=lebanon)
kfarshima = b.place("كفرشيما", "Kfarshima", VILLAGE, inside=mount_lebanon, country=lebanon)
hasbaya = b.place("حاصبيا", "Hasbaya", VILLAGE, country=lebanon)
deir_qamar = b.place("دير القمر", "Deir al-Qamar", VILLAGE, inside=mount_lebanon, country=lebanon)
hadath = b.place("الحدث", "Hadath", VILLAGE, inside=mount_lebanon, country=lebanon)
abey = b.place("عبيه", "Abey", VILLAGE, inside=mount_lebanon, country=lebanon)
baakline = b.place("بعقلين", "Baakline", VILLAGE, inside=mount_lebanon, country=lebanon)
mkalles = b.place("المكلس", "Mkalles", DISTRICT, inside=mount_lebanon, country=lebanon)
hazmiyeh = b.place("الحازمية", "Hazmiyeh", DISTRICT, inside=mount_lebanon, country=lebanon)
keserwan = b.place("كسروان", "Keserwan", REGION, inside=mount_lebanon, country=lebanon)
ashqout = b.place("عشقوت", "Achkout", VILLAGE, inside=keserwan, country=lebanon)
qannubin = b.place("قنوبين", "Qannubin", VILLAGE, country=lebanon, ar_aliases=["وادي قنوبين"])
tripoli = b.place("طرابلس", "Tripoli", CITY, ["طرابلس الشام"], country=lebanon)
damascus = b.place("دمشق", "Damascus", CITY, country=syria)
cairo = b.place("القاهرة", "Cairo", CITY, country=egypt)
alexandria = b.place("الإسكندرية", "Alexandria", CITY, country=egypt)
gharbia = b.place("محافظة الغربية", "Gharbia Governorate", REGION, ["الغربية"], country=egypt)
tanta = b.place("طنطا", "Tanta", CITY, inside=gharbia, country=egypt)
kafr_sheikh = b.place("محافظة كفر الشيخ", "Kafr El Sheikh Governorate", REGION, ["كفر الشيخ"], country=egypt)
ibyana = b.place("إبيانة", "Ibyana", VILLAGE, inside=kafr_sheikh, country=egypt)
mit_abul_kum = b.place("ميت أبو الكوم", "Mit Abu al-Kum", VILLAGE, country=egypt)
istanbul = b.place("إسطنبول", "Istanbul", CITY, ["الآستانة", "القسطنطينية"], country=turkey)
london = b.place("لندن", "London", CITY, country=uk)
sheffield = b.place("شيفيلد", "Sheffield", CITY, country=uk)
washington = b.place("واشنطن", "Washington, D.C.", CITY, country=usa)
cambridge_us = b.place("كامبريدج", "Cambridge, Massachusetts", CITY, country=usa)
paris = b.place("باريس", "Paris", CITY, country=france)

# ---- schools
spc = b.org("الكلية السورية الإنجيلية", "Syrian Protestant College", UNIVERSITY,
            ["الجامعة الأميركية في بيروت", "الجامعة الأمريكية في بيروت"], founded="1866", located=beirut)
harvard = b.org("جامعة هارفارد", "Harvard University", UNIVERSITY, ["هارفارد"], founded="1636", located=cambridge_us)
sheffield_u = b.org("جامعة شيفيلد", "University of Sheffield", UNIVERSITY, founded="1905", located=sheffield)
georgetown = b.org("جامعة جورجتاون", "Georgetown University", UNIVERSITY, founded="1789", located=washington)

# ---- papers, magazines, houses
hilal = b.org("الهلال", "Al-Hilal", MAGAZINE, ["مجلة الهلال", "دار الهلال"], founded="1892-09", located=cairo)
ahram = b.org("الأهرام", "Al-Ahram", NEWSPAPER, ["صحيفة الأهرام", "جريدة الأهرام"], founded="1875", located=cairo)
muqtataf = b.org("المقتطف", "Al-Muqtataf", MAGAZINE, ["مجلة المقتطف"], founded="1876", located=beirut)
muqattam = b.org("المقطم", "Al-Muqattam", NEWSPAPER, ["صحيفة المقطم"], founded="1889-02-14", located=cairo)
lataif = b.org("اللطائف", "Al-Lata'if", MAGAZINE, ["اللطائف المصورة"], founded="1885", located=cairo)
nahar = b.org("النهار", "An-Nahar", NEWSPAPER, ["صحيفة النهار", "جريدة النهار"], founded="1933-08-04",
              located=beirut)
gazette = b.org("الإيجيبشان جازيت", "The Egyptian Gazette", NEWSPAPER, ["الإجيبشيان جازيت"], founded="1880",
                located=cairo)
akher_saa = b.org("آخر ساعة", "Akher Saa", MAGAZINE, ["مجلة آخر ساعة"], founded="1934", located=cairo)
akhbar_yom = b.org("أخبار اليوم", "Akhbar el-Yom", NEWSPAPER, ["صحيفة أخبار اليوم"], founded="1944-11-11",
                   located=cairo)
akhbar = b.org("الأخبار", "Al-Akhbar (Egypt)", NEWSPAPER, ["صحيفة الأخبار"], founded="1952", located=cairo)
rose_mag = b.org("روز اليوسف", "Rose al-Yusuf (magazine)", MAGAZINE, ["مجلة روز اليوسف"], founded="1925-10-26",
                 located=cairo)
sabah = b.org("صباح الخير", "Sabah al-Kheir", MAGAZINE, ["مجلة صباح الخير"], founded="1956", located=cairo)
jawaib = b.org("الجوائب", "Al-Jawa'ib", NEWSPAPER, ["صحيفة الجوائب"], founded="1861", dissolved="1884",
               located=istanbul)
hadiqa = b.org("حديقة الأخبار", "Hadiqat al-Akhbar", NEWSPAPER, founded="1858", located=beirut)
jinan = b.org("الجنان", "Al-Jinan", MAGAZINE, ["مجلة الجنان"], founded="1870", located=beirut)
acpss = b.org("مركز الدراسات السياسية والاستراتيجية", "Al-Ahram Center for Political and Strategic Studies",
              ORG, ["مركز الأهرام للدراسات السياسية والاستراتيجية"], founded="1968", located=cairo)
ramses = b.org("فرقة رمسيس", "Ramses Troupe", TROUPE, founded="1923", located=cairo)
beit_umma = b.place("بيت الأمة", "Beit al-Umma", HOUSE, ["بيت سعد زغلول"], inside=cairo, country=egypt)

# ---- offices
un_rep = b.ent(None, "مندوب لبنان الدائم لدى الأمم المتحدة", "Permanent Representative of Lebanon to the United Nations",
               ["ممثل لبنان الدائم لدى الأمم المتحدة", "مندوبا دائما للبنان لدى الأمم المتحدة"], cls=POSITION)
guidance = b.ent(None, "وزير الإرشاد القومي", "Minister of National Guidance (Egypt)",
                 ["وزيرا للإرشاد القومي", "وزير الإعلام"], cls=POSITION)

# ---- Jurji Zaydan
zaydan = b.person("جرجي زيدان", "Jurji Zaydan", M, ["جورجي زيدان"], born="1861-12-14", died="1914-07-21",
                  birthplace=beirut, deathplace=cairo)
occ(zaydan, JOURNALIST, HISTORIAN, NOVELIST)
habib = b.person("حبيب زيدان", "Habib Zaydan", M)
b.parents(zaydan, father=habib)
maryam = b.person("مريم مطر", "Maryam Matar", F)
b.married(zaydan, maryam)
emile = b.person("إميل زيدان", "Emile Zaidan", M, born="1893", died="1982")
shukri = b.person("شكري زيدان", "Shukri Zaidan", M)
for child in (emile, shukri):
    b.parents(child, father=zaydan, mother=maryam)
b.siblings(emile, shukri)
occ(emile, JOURNALIST)
b.link(zaydan, "P69", spc, start="1881", end="1882")
b.link(hilal, "P112", zaydan)
b.link(emile, "P108", hilal)
van_dyck = b.person("كرنيليوس فان دايك", "Cornelius Van Dyck", M, ["فان دايك"], born="1818-08-13",
                    died="1895-11-13", deathplace=beirut)
b.link(van_dyck, "P108", spc)
shawqi = b.person("أحمد شوقي", "Ahmed Shawqi", M, ["أمير الشعراء"], born="1868-10-16", died="1932-10-14",
                  birthplace=cairo, deathplace=cairo)
occ(shawqi, POET)
hafez = b.person("حافظ إبراهيم", "Hafez Ibrahim", M, ["شاعر النيل"], born="1872-02-24", died="1932-06-21",
                 deathplace=cairo)
occ(hafez, POET)

# ---- al-Muqtataf, al-Muqattam, Faris Nimr
nimr = b.person("فارس نمر", "Faris Nimr", M, ["فارس نمر باشا"], born="1856", died="1951-12-17",
                birthplace=hasbaya, deathplace=cairo)
occ(nimr, JOURNALIST)
sarruf = b.person("يعقوب صروف", "Yaqub Sarruf", M, born="1852-07-18", died="1927-07-09", birthplace=hadath,
                  deathplace=cairo)
occ(sarruf, JOURNALIST, TRANSLATOR)
makarius = b.person("شاهين مكاريوس", "Shahin Makarius", M, born="1853", died="1910")
occ(makarius, JOURNALIST)
for person in (nimr, sarruf):
    b.link(person, "P69", spc)
    b.link(muqtataf, "P112", person)
for person in (nimr, sarruf, makarius):
    b.link(muqattam, "P112", person)
b.link(lataif, "P112", makarius)
katie = b.person("كاتي نمر", "Katie Nimr", F, ["كاتي"])
b.parents(katie, father=nimr)
smart = b.person("والتر سمارت", "Walter Smart", M, ["سير والتر سمارت"], born="1883", died="1962")
occ(smart, DIPLOMAT)
b.married(katie, smart)

# ---- al-Ahram
saleem = b.person("سليم تقلا", "Saleem Taqla", M, born="1849", died="1892", birthplace=kfarshima)
bishara = b.person("بشارة تقلا", "Bishara Taqla", M, born="1852", died="1901", birthplace=kfarshima)
b.siblings(saleem, bishara)
occ(saleem, JOURNALIST)
occ(bishara, JOURNALIST)
b.link(ahram, "P112", saleem)
b.link(ahram, "P112", bishara)
gabriel = b.person("جبرائيل تقلا", "Gabriel Taqla", M, ["جبرائيل تقلا باشا"], born="1890", died="1943")
b.parents(gabriel, father=bishara)
barakat = b.person("داود بركات", "Daoud Barakat", M, born="1868", died="1933")
occ(barakat, JOURNALIST)
b.link(barakat, "P108", ahram, start="1899", end="1933")
jumayyil = b.person("أنطون الجميل", "Antoine al-Jumayyil", M, ["أنطون الجميل باشا"], born="1887", died="1948")
occ(jumayyil, JOURNALIST)
b.link(jumayyil, "P108", ahram, start="1933", end="1948")

# ---- Mohamed Hassanein Heikal
heikal = b.person("محمد حسنين هيكل", "Mohamed Hassanein Heikal", M, ["هيكل"], born="1923-09-23", died="2016-02-17",
                  birthplace=cairo, deathplace=cairo)
occ(heikal, JOURNALIST, WRITER)
b.link(heikal, "P108", gazette, start="1942")
b.link(heikal, "P108", akher_saa)
b.link(heikal, "P108", akhbar_yom)
b.link(heikal, "P108", ahram, start="1957", end="1974")
b.link(heikal, "P39", guidance, start="1970-04", end="1970-10")
hedayat = b.person("هدايت علوي تيمور", "Hedayat Elwi Taymour", F, ["هدايت تيمور"])
b.married(heikal, hedayat, start="1955")
for ar, en in (("علي هيكل", "Ali Heikal"), ("أحمد هيكل", "Ahmed Heikal"), ("حسن هيكل", "Hassan Heikal")):
    b.parents(b.person(ar, en, M), father=heikal, mother=hedayat)
nasser = b.person("جمال عبد الناصر", "Gamal Abdel Nasser", M, ["عبد الناصر"], born="1918-01-15", died="1970-09-28",
                  birthplace=alexandria, deathplace=cairo)
occ(nasser, POLITICIAN)
sadat = b.person("أنور السادات", "Anwar Sadat", M, ["السادات", "محمد أنور السادات"], born="1918-12-25",
                 died="1981-10-06", birthplace=mit_abul_kum, deathplace=cairo)
occ(sadat, POLITICIAN)

# ---- the Amin family
mustafa = b.person("مصطفى أمين", "Mustafa Amin", M, born="1914-02-21", died="1997-04-13", birthplace=beit_umma,
                   deathplace=cairo)
ali_amin = b.person("علي أمين", "Ali Amin", M, born="1914-02-21", died="1976-04-03", birthplace=beit_umma)
amin_youssef = b.person("أمين يوسف", "Amin Youssef", M)
occ(amin_youssef, LAWYER)
for twin in (mustafa, ali_amin):
    occ(twin, JOURNALIST)
    b.parents(twin, father=amin_youssef)
    b.link(akhbar_yom, "P112", twin)
    b.link(akhbar, "P112", twin)
b.siblings(mustafa, ali_amin)
b.link(ali_amin, "P69", sheffield_u)
b.link(mustafa, "P69", georgetown)
b.link(ali_amin, "P108", ahram, start="1974", end="1974")
zaghloul = b.person("سعد زغلول", "Saad Zaghloul", M, ["سعد زغلول باشا"], born="1859", died="1927-08-23",
                    birthplace=ibyana, deathplace=cairo)
occ(zaghloul, POLITICIAN)
safiya = b.person("صفية زغلول", "Safiya Zaghloul", F, ["أم المصريين"], born="1876", died="1946-01-12",
                  deathplace=cairo)
b.married(zaghloul, safiya, start="1896")
tabei = b.person("محمد التابعي", "Mohamed el-Tabei", M, ["التابعي"], born="1896", died="1976")
occ(tabei, JOURNALIST)
b.link(akher_saa, "P112", tabei)

# ---- Ghassan Tueni and an-Nahar
gebran_sr = b.person("جبران تويني", "Gebran Tueni (1890-1947)", M, born="1890", died="1947")
occ(gebran_sr, JOURNALIST, DIPLOMAT)
b.link(nahar, "P112", gebran_sr)
ghassan = b.person("غسان تويني", "Ghassan Tueni", M, born="1926-01-05", died="2012-06-08", birthplace=beirut,
                   deathplace=beirut)
occ(ghassan, JOURNALIST, POLITICIAN, DIPLOMAT)
b.parents(ghassan, father=gebran_sr)
b.link(ghassan, "P69", spc)
b.link(ghassan, "P69", harvard)
b.link(ghassan, "P39", un_rep, start="1977", end="1982")
b.link(ghassan, "P108", nahar, start="1948")
nadia = b.person("نادية تويني", "Nadia Tueni", F, ["نادية حمادة"], born="1935-07-08", died="1983-06-20",
                 birthplace=baakline, deathplace=beirut)
occ(nadia, POET)
b.married(ghassan, nadia, start="1954", end="1983")
nadia_father = b.person("محمد علي حمادة", "Mohammed Ali Hamadeh", M)
occ(nadia_father, DIPLOMAT)
b.parents(nadia, father=nadia_father)
nayla_child = b.person("نائلة تويني", "Nayla Tueni (1956-1963)", F, ["نائلة"], died="1963")
gebran = b.person("جبران تويني", "Gebran Tueni", M, ["جبران"], born="1957-09-15", died="2005-12-12",
                  deathplace=mkalles)
occ(gebran, JOURNALIST, POLITICIAN)
makram = b.person("مكرم تويني", "Makram Tueni", M, ["مكرم"], died="1987")
for child in (nayla_child, gebran, makram):
    b.parents(child, father=ghassan, mother=nadia)
b.siblings(nayla_child, gebran, makram)
nayla = b.person("نائلة تويني", "Nayla Tueni", F, born="1982-10-31", birthplace=beirut)
occ(nayla, JOURNALIST, POLITICIAN)
b.parents(nayla, father=gebran)

# ---- Rose al-Yusuf
rose = b.person("روز اليوسف", "Rose al-Yusuf", F, ["فاطمة اليوسف"], born="1898", died="1958-04-10",
                birthplace=tripoli, deathplace=cairo)
occ(rose, ACTOR, JOURNALIST)
b.link(rose_mag, "P112", rose)
b.link(sabah, "P112", rose)
b.link(rose, "P463", ramses, start="1923")
abdel_quddous = b.person("محمد عبد القدوس", "Mohamed Abdel Quddous", M)
occ(abdel_quddous, ACTOR)
b.married(rose, abdel_quddous)
tulaimat = b.person("زكي طليمات", "Zaki Tulaimat", M, born="1894", died="1982")
occ(tulaimat, DIRECTOR, ACTOR)
b.married(rose, tulaimat)
ihsan = b.person("إحسان عبد القدوس", "Ihsan Abdel Quddous", M, born="1919-01-01", died="1990-01-11",
                 birthplace=cairo, deathplace=cairo)
occ(ihsan, NOVELIST, JOURNALIST)
b.parents(ihsan, father=abdel_quddous, mother=rose)
b.link(ihsan, "P108", rose_mag, start="1945")
amal = b.person("آمال طليمات", "Amal Tulaimat", F)
b.parents(amal, father=tulaimat, mother=rose)
b.siblings(ihsan, amal)
aziz_eid = b.person("عزيز عيد", "Aziz Eid", M, born="1883", died="1942")
occ(aziz_eid, ACTOR, DIRECTOR)
wahbi = b.person("يوسف وهبي", "Youssef Wahbi", M, born="1898-07-14", died="1982-10-17", deathplace=cairo)
occ(wahbi, ACTOR, DIRECTOR)
b.link(ramses, "P112", wahbi)
bahaa = b.person("أحمد بهاء الدين", "Ahmed Bahaa El-Din", M, born="1927-02-11", died="1996-08-24")
occ(bahaa, JOURNALIST)
b.link(bahaa, "P108", sabah, start="1956")
nahhas = b.person("مصطفى النحاس", "Mostafa el-Nahas", M, ["النحاس باشا"], born="1879-06-15", died="1965-08-23")
occ(nahhas, POLITICIAN)

# ---- Ahmad Faris al-Shidyaq
shidyaq = b.person("أحمد فارس الشدياق", "Ahmad Faris al-Shidyaq", M, ["فارس الشدياق", "الشدياق"], born="1804",
                   died="1887-09-20", birthplace=ashqout, deathplace=istanbul)
occ(shidyaq, WRITER, JOURNALIST, TRANSLATOR)
tannous = b.person("طنوس الشدياق", "Tannous al-Shidyaq", M, born="1794", died="1861")
occ(tannous, HISTORIAN)
asad = b.person("أسعد الشدياق", "As'ad al-Shidyaq", M, died="1830", deathplace=qannubin)
b.siblings(shidyaq, tannous, asad)
b.link(jawaib, "P112", shidyaq)
salim = b.person("سليم الشدياق", "Salim Faris al-Shidyaq", M, ["سليم فارس", "سليم"])
b.parents(salim, father=shidyaq)
b.link(salim, "P108", jawaib)
lee = b.person("صموئيل لي", "Samuel Lee", M, born="1783-05-14", died="1852-12-16")
khoury = b.person("خليل الخوري", "Khalil al-Khoury", M, born="1836", died="1907")
occ(khoury, JOURNALIST, POET)
b.link(hadiqa, "P112", khoury)
bustani = b.person("بطرس البستاني", "Butrus al-Bustani", M, ["المعلم بطرس البستاني"], born="1819",
                   died="1883-05-01", deathplace=beirut)
occ(bustani, WRITER)
b.link(jinan, "P112", bustani)

b.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "dev22a.json"))
