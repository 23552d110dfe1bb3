"""Generates data/kb/dev23a.json, the KB of the round-23 development set a (Arab architects and engineers and their
buildings, dams, railways and ministries, 19th-21st century: Hassan Fathy, Zaha Hadid, Ali Mubarak, Rifat Chadirji,
Osman Ahmed Osman and the High Dam, the Hejaz Railway, the Makiya family, Rasem Badran). Local ids
Q90063001-Q90063999; only classes, occupations and sex values keep Wikidata ids. Facts from standard reference works;
a year only where the day is not certain.
Run: python3 tools/kb/make_dev23a_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, REGION, DISTRICT, OASIS = "Q515", "Q532", "Q6256", "Q10864048", "Q123705", "Q43742"
UNIV, SCHOOL, FIRM, PARTY, AWARD, MINISTRY, POSITION, BUILDING, MOSQUE, RAILWAY, DAM, STATION, LIBRARY, FOUNDATION, \
    GALLERY, CLUB, UNION, BODY, MONUMENT, REVOLT, BOOK = (
        "Q3918", "Q1664720", "Q4830453", "Q7278", "Q618779", "Q192350", "Q4164871", "Q41176", "Q32815", "Q728937",
        "Q12323", "Q55488", "Q7075", "Q157031", "Q1007870", "Q476028", "Q178790", "Q1752346", "Q4989906", "Q124734",
        "Q7725634")
ARCHITECT, ENGINEER, POLITICIAN, PAINTER, SCULPTOR, WRITER, MONARCH, OFFICER, ECONOMIST, BUSINESS, ACADEMIC = (
    "Q42973", "Q81096", "Q82955", "Q1028181", "Q1281618", "Q36180", "Q116", "Q189290", "Q188094", "Q43845", "Q1622272")

b = KbBuilder(90063000)


def occ(e, *jobs):
    for j in jobs:
        e.item("P106", j)


# ---- places
egypt = b.place("مصر", "Egypt", COUNTRY)
iraq = b.place("العراق", "Iraq", COUNTRY)
uk = b.place("المملكة المتحدة", "United Kingdom", COUNTRY, ["بريطانيا"])
usa = b.place("الولايات المتحدة", "United States", COUNTRY)
france = b.place("فرنسا", "France", COUNTRY)
germany = b.place("ألمانيا", "Germany", COUNTRY)
netherlands = b.place("هولندا", "Netherlands", COUNTRY)
italy = b.place("إيطاليا", "Italy", COUNTRY)
spain = b.place("إسبانيا", "Spain", COUNTRY)
turkey = b.place("تركيا", "Turkey", COUNTRY)
syria = b.place("سوريا", "Syria", COUNTRY, ["سورية"])
jordan = b.place("الأردن", "Jordan", COUNTRY)
lebanon = b.place("لبنان", "Lebanon", COUNTRY)
palestine = b.place("فلسطين", "Palestine", REGION)
saudi = b.place("السعودية", "Saudi Arabia", COUNTRY, ["المملكة العربية السعودية"])
azerbaijan = b.place("أذربيجان", "Azerbaijan", COUNTRY)
cairo = b.place("القاهرة", "Cairo", CITY, country=egypt)
alexandria = b.place("الإسكندرية", "Alexandria", CITY, country=egypt)
luxor = b.place("الأقصر", "Luxor", CITY, country=egypt)
kharga = b.place("الخارجة", "Kharga Oasis", OASIS, ["واحة الخارجة"], country=egypt)
ismailia = b.place("الإسماعيلية", "Ismailia", CITY, country=egypt)
helwan = b.place("حلوان", "Helwan", CITY, inside=cairo, country=egypt)
tahta = b.place("طهطا", "Tahta", CITY, country=egypt)
dakahlia = b.place("محافظة الدقهلية", "Dakahlia Governorate", REGION, ["الدقهلية"], country=egypt)
mansoura = b.place("المنصورة", "Mansoura", CITY, inside=dakahlia, country=egypt)
birinbal = b.place("برنبال الجديدة", "Birinbal al-Jadida", VILLAGE, ["برنبال"], inside=dakahlia, country=egypt)
monufia = b.place("محافظة المنوفية", "Monufia Governorate", REGION, ["المنوفية"], country=egypt)
mit_abul_kum = b.place("ميت أبو الكوم", "Mit Abu al-Kum", VILLAGE, inside=monufia, country=egypt)
aswan = b.place("أسوان", "Aswan", CITY, country=egypt)
baghdad = b.place("بغداد", "Baghdad", CITY, country=iraq)
mosul = b.place("الموصل", "Mosul", CITY, country=iraq)
abu_ghraib = b.place("أبو غريب", "Abu Ghraib", CITY, inside=baghdad, country=iraq)
london = b.place("لندن", "London", CITY, country=uk)
miami = b.place("ميامي", "Miami", CITY, country=usa)
paris = b.place("باريس", "Paris", CITY, country=france)
metz = b.place("متز", "Metz", CITY, ["ميتز"], country=france)
leipzig = b.place("لايبزيغ", "Leipzig", CITY, country=germany)
berlin = b.place("برلين", "Berlin", CITY, country=germany)
bonn = b.place("بون", "Bonn", CITY, country=germany)
darmstadt = b.place("دارمشتات", "Darmstadt", CITY, country=germany)
rotterdam = b.place("روتردام", "Rotterdam", CITY, country=netherlands)
rome = b.place("روما", "Rome", CITY, country=italy)
naples = b.place("نابولي", "Naples", CITY, country=italy)
madrid = b.place("مدريد", "Madrid", CITY, country=spain)
istanbul = b.place("إسطنبول", "Istanbul", CITY, ["الآستانة", "القسطنطينية"], country=turkey)
ankara = b.place("أنقرة", "Ankara", CITY, country=turkey)
damascus = b.place("دمشق", "Damascus", CITY, country=syria)
daraa = b.place("درعا", "Daraa", CITY, country=syria)
amman = b.place("عمّان", "Amman", CITY, ["عمان"], country=jordan)
maan = b.place("معان", "Ma'an", CITY, country=jordan)
beirut = b.place("بيروت", "Beirut", CITY, country=lebanon)
jerusalem = b.place("القدس", "Jerusalem", CITY, country=palestine)
haifa = b.place("حيفا", "Haifa", CITY, country=palestine)
medina = b.place("المدينة المنورة", "Medina", CITY, ["المدينة"], country=saudi)
tabuk = b.place("تبوك", "Tabuk", CITY, country=saudi)
riyadh = b.place("الرياض", "Riyadh", CITY, country=saudi)
baku = b.place("باكو", "Baku", CITY, country=azerbaijan)
new_gourna = b.place("القرنة الجديدة", "New Gourna", VILLAGE, ["قرية القرنة الجديدة"], inside=luxor, country=egypt)
new_baris = b.place("باريس الجديدة", "New Baris", VILLAGE, inside=kharga, country=egypt)
b.date(new_gourna, "P571", "1946")
b.date(new_baris, "P571", "1967")

# ---- shared institutions and awards
fuad_univ = b.org("جامعة القاهرة", "Cairo University", UNIV, ["جامعة فؤاد الأول", "الجامعة المصرية"], founded="1908",
                  located=cairo)
eng_faculty = b.org("كلية الهندسة", "Faculty of Engineering, Cairo University", SCHOOL,
                    ["كلية الهندسة بجامعة القاهرة", "المهندسخانة"], located=cairo)
b.link(eng_faculty, "P361", fuad_univ)
fine_arts = b.org("كلية الفنون الجميلة", "Faculty of Fine Arts, Cairo", SCHOOL, founded="1908", located=cairo)
aga_khan4 = b.person("الآغا خان الرابع", "Aga Khan IV", M, ["كريم الآغا خان"], born="1936-12-13")
aga_khan_award = b.org("جائزة الآغا خان للعمارة", "Aga Khan Award for Architecture", AWARD, founded="1977")
b.link(aga_khan_award, "P112", aga_khan4)
right_livelihood = b.org("جائزة نوبل البديلة", "Right Livelihood Award", AWARD, ["جائزة الحق في العيش الكريم"],
                         founded="1980")

# ---- Hassan Fathy
fathy = b.person("حسن فتحي", "Hassan Fathy", M, born="1900-03-23", died="1989-11-30", birthplace=alexandria,
                 deathplace=cairo)
occ(fathy, ARCHITECT)
b.link(fathy, "P69", eng_faculty, end="1926")
b.link(fathy, "P108", fine_arts, start="1930", end="1946")
maaref = b.org("وزارة المعارف", "Ministry of Education (Egypt)", MINISTRY, ["وزارة التربية والتعليم", "وزارة المعارف العمومية"],
               located=cairo)
b.link(fathy, "P108", maaref, start="1949", end="1952")
b.link(fathy, "P166", right_livelihood, at="1980")
b.link(fathy, "P166", aga_khan_award, at="1980")
b.link(new_gourna, "P84", fathy)
b.link(new_baris, "P84", fathy)
poor = b.ent(None, "عمارة الفقراء", "Architecture for the Poor", cls=BOOK)
b.link(poor, "P50", fathy)
b.date(poor, "P577", "1973")
wissa = b.person("رمسيس ويصا واصف", "Ramses Wissa Wassef", M, born="1911-11-13", died="1974-05-01", birthplace=cairo)
occ(wissa, ARCHITECT)
wakil = b.person("عبد الواحد الوكيل", "Abdel-Wahed El-Wakil", M, born="1943", birthplace=cairo)
occ(wakil, ARCHITECT)
b.link(wakil, "P1066", fathy)

# ---- Zaha Hadid
zaha = b.person("زها حديد", "Zaha Hadid", F, ["زها محمد حديد"], born="1950-10-31", died="2016-03-31",
                birthplace=baghdad, deathplace=miami)
occ(zaha, ARCHITECT)
m_hadid = b.person("محمد حديد", "Mohammed Hadid", M, born="1907", died="1999", birthplace=mosul)
occ(m_hadid, POLITICIAN, ECONOMIST)
wajiha = b.person("وجيهة الصابونجي", "Wajiha al-Sabunji", F, birthplace=mosul)
foulath = b.person("فولاذ حديد", "Foulath Hadid", M, born="1937", died="2012")
occ(foulath, WRITER)
for child in (zaha, foulath):
    b.parents(child, father=m_hadid, mother=wajiha)
b.siblings(zaha, foulath)
b.married(m_hadid, wajiha)
fin_min = b.ent(None, "وزير المالية", "Minister of Finance of Iraq", ["وزير المالية العراقي"], cls=POSITION)
b.link(m_hadid, "P39", fin_min, start="1958", end="1960")
aub = b.org("الجامعة الأمريكية في بيروت", "American University of Beirut", UNIV, founded="1866", located=beirut)
aa = b.org("الجمعية المعمارية", "Architectural Association School of Architecture", SCHOOL,
           ["مدرسة الجمعية المعمارية"], founded="1847", located=london)
b.link(zaha, "P69", aub)
b.link(zaha, "P69", aa, end="1977")
koolhaas = b.person("ريم كولهاس", "Rem Koolhaas", M, born="1944-11-17", birthplace=rotterdam)
occ(koolhaas, ARCHITECT)
oma = b.org("أو إم إيه", "Office for Metropolitan Architecture", FIRM, ["مكتب العمارة الحضرية"], founded="1975")
b.link(oma, "P112", koolhaas)
b.link(zaha, "P108", oma)
zha = b.org("زها حديد للعمارة", "Zaha Hadid Architects", FIRM, ["مكتب زها حديد"], founded="1980", located=london)
b.link(zha, "P112", zaha)
schumacher = b.person("باتريك شوماخر", "Patrik Schumacher", M, born="1961", birthplace=bonn)
occ(schumacher, ARCHITECT)
b.link(schumacher, "P108", zha)
pritzker = b.ent(None, "جائزة بريتزكر", "Pritzker Architecture Prize", cls=AWARD)
stirling = b.ent(None, "جائزة ستيرلنغ", "Stirling Prize", cls=AWARD)
gold_medal = b.ent(None, "الميدالية الذهبية الملكية", "Royal Gold Medal", cls=AWARD)
b.link(zaha, "P166", pritzker, at="2004")
b.link(zaha, "P166", stirling, at="2010")
b.link(zaha, "P166", stirling, at="2011")
b.link(zaha, "P166", gold_medal, at="2016")
aliyev = b.ent(None, "مركز حيدر علييف", "Heydar Aliyev Center", cls=BUILDING)
b.link(aliyev, "P131", baku)
b.link(aliyev, "P84", zaha)
maxxi = b.ent(None, "متحف ماكسي", "MAXXI", ["ماكسي"], cls=BUILDING)
b.link(maxxi, "P131", rome)
b.link(maxxi, "P84", zaha)

# ---- Ali Mubarak
mubarak = b.person("علي مبارك", "Ali Mubarak", M, ["علي باشا مبارك", "أبو التعليم"], born="1823", died="1893-11-14",
                   birthplace=birinbal, deathplace=cairo)
occ(mubarak, ENGINEER, POLITICIAN, WRITER)
muhandiskhana = b.org("مدرسة المهندسخانة", "Muhandiskhana (School of Engineering, Bulaq)", SCHOOL,
                      ["المهندسخانة ببولاق"], founded="1834", located=cairo)
b.link(mubarak, "P69", muhandiskhana)
metz_school = b.org("مدرسة متز الحربية", "École d'application de Metz", SCHOOL, located=metz)
b.link(mubarak, "P69", metz_school)
ashghal = b.org("ديوان الأشغال العمومية", "Ministry of Public Works (Egypt)", MINISTRY,
                ["نظارة الأشغال العمومية", "وزارة الأشغال العمومية"], located=cairo)
ashghal_head = b.ent(None, "ناظر الأشغال العمومية", "Minister of Public Works of Egypt", ["وزير الأشغال العمومية"],
                     cls=POSITION)
b.link(ashghal_head, "P1001", egypt)
b.link(mubarak, "P39", ashghal_head, start="1868")
b.link(mubarak, "P108", ashghal, start="1868")
dar_ulum = b.org("دار العلوم", "Dar al-Ulum", SCHOOL, ["مدرسة دار العلوم"], founded="1872", located=cairo)
b.link(dar_ulum, "P112", mubarak)
khedivial_lib = b.org("الكتبخانة الخديوية", "Khedivial Library", LIBRARY, ["دار الكتب المصرية", "دار الكتب"],
                      founded="1870", located=cairo)
b.link(khedivial_lib, "P112", mubarak)
khitat = b.ent(None, "الخطط التوفيقية", "al-Khitat al-Tawfiqiyya", ["الخطط التوفيقية الجديدة"], cls=BOOK)
b.link(khitat, "P50", mubarak)
ismail = b.person("الخديوي إسماعيل", "Isma'il Pasha", M, ["إسماعيل باشا", "إسماعيل"], born="1830-12-31",
                  died="1895-03-02", birthplace=cairo, deathplace=istanbul)
occ(ismail, MONARCH)
tawfiq = b.person("الخديوي توفيق", "Tewfik Pasha", M, ["محمد توفيق", "توفيق"], born="1852-11-15",
                  died="1892-01-07", birthplace=cairo, deathplace=helwan)
occ(tawfiq, MONARCH)
b.parents(tawfiq, father=ismail)
tahtawi = b.person("رفاعة رافع الطهطاوي", "Rifa'a al-Tahtawi", M, ["رفاعة الطهطاوي", "الطهطاوي"], born="1801-10-15",
                   died="1873-05-27", birthplace=tahta, deathplace=cairo)
occ(tahtawi, WRITER)

# ---- Rifat Chadirji
rifat = b.person("رفعة الجادرجي", "Rifat Chadirji", M, ["رفعت الجادرجي"], born="1926-12-06", died="2020-04-10",
                 birthplace=baghdad, deathplace=london)
occ(rifat, ARCHITECT, WRITER)
kamil = b.person("كامل الجادرجي", "Kamil Chadirji", M, born="1897", died="1968", birthplace=baghdad,
                 deathplace=baghdad)
occ(kamil, POLITICIAN)
naseer = b.person("نصير الجادرجي", "Naseer al-Chaderchi", M, ["نصير كامل الجادرجي"], birthplace=baghdad)
occ(naseer, POLITICIAN)
for child in (rifat, naseer):
    b.parents(child, father=kamil)
b.siblings(rifat, naseer)
ndp = b.org("الحزب الوطني الديمقراطي", "National Democratic Party (Iraq)", PARTY, founded="1946", located=baghdad)
b.link(ndp, "P112", kamil)
gov_council = b.org("مجلس الحكم", "Iraqi Governing Council", BODY, ["مجلس الحكم العراقي"], founded="2003",
                    dissolved="2004", located=baghdad)
b.link(naseer, "P463", gov_council, start="2003", end="2004")
hammersmith = b.org("مدرسة هامرسميث للفنون", "Hammersmith School of Building and Arts and Crafts", SCHOOL,
                    ["مدرسة هامرسميث"], located=london)
b.link(rifat, "P69", hammersmith, end="1952")
iraq_consult = b.org("الاستشاري العراقي", "Iraq Consult", FIRM, founded="1952", located=baghdad)
b.link(iraq_consult, "P112", rifat)
balkis = b.person("بلقيس شرارة", "Balkis Sharara", F)
occ(balkis, WRITER)
b.married(rifat, balkis)
jewad = b.person("جواد سليم", "Jewad Selim", M, born="1919", died="1961-01-23", birthplace=ankara,
                 deathplace=baghdad)
occ(jewad, SCULPTOR, PAINTER)
unknown_soldier = b.ent(None, "نصب الجندي المجهول", "Monument to the Unknown Soldier (Baghdad, 1959)", cls=MONUMENT)
b.link(unknown_soldier, "P84", rifat)
b.date(unknown_soldier, "P571", "1959")
b.link(unknown_soldier, "P131", baghdad)
freedom = b.ent(None, "نصب الحرية", "Freedom Monument (Baghdad)", cls=MONUMENT)
b.link(freedom, "P170", jewad)
b.link(freedom, "P84", rifat)
b.link(freedom, "P131", baghdad)
b.date(freedom, "P571", "1961")
b.link(rifat, "P166", aga_khan_award, at="1986")
zayed_award = b.ent(None, "جائزة الشيخ زايد للكتاب", "Sheikh Zayed Book Award", cls=AWARD)
b.link(rifat, "P166", zayed_award, at="2015")
wall_book = b.ent(None, "جدار بين ظلمتين", "A Wall Between Two Darknesses", cls=BOOK)
b.link(wall_book, "P50", rifat)
b.link(wall_book, "P50", balkis)

# ---- Osman Ahmed Osman and the High Dam
osman = b.person("عثمان أحمد عثمان", "Osman Ahmed Osman", M, born="1917-04-06", died="1999-09-01",
                 birthplace=ismailia, deathplace=cairo)
occ(osman, ENGINEER, BUSINESS, POLITICIAN)
b.link(osman, "P69", eng_faculty, end="1940")
arab_contractors = b.org("المقاولون العرب", "Arab Contractors", FIRM, ["شركة المقاولون العرب"], founded="1942",
                         located=cairo)
b.link(arab_contractors, "P112", osman)
ismail_osman = b.person("إسماعيل عثمان", "Ismail Osman", M, ["إسماعيل عثمان أحمد عثمان"])
b.parents(ismail_osman, father=osman)
b.link(ismail_osman, "P108", arab_contractors)
high_dam = b.ent(None, "السد العالي", "Aswan High Dam", ["سد أسوان العالي"], cls=DAM)
b.link(high_dam, "P131", aswan)
b.date(high_dam, "P571", "1960")
b.date(high_dam, "P1619", "1971-01-15")
b.link(high_dam, "P193", arab_contractors)
housing_min = b.ent(None, "وزير الإسكان والتعمير", "Minister of Housing and Reconstruction of Egypt",
                    ["وزير الإسكان"], cls=POSITION)
b.link(osman, "P39", housing_min, start="1973", end="1976")
ismaily = b.org("النادي الإسماعيلي", "Ismaily SC", CLUB, ["الإسماعيلي"], founded="1924", located=ismailia)
b.link(osman, "P488", ismaily)
eng_syndicate = b.org("نقابة المهندسين", "Egyptian Engineers Syndicate", UNION, ["نقابة المهندسين المصرية"],
                      located=cairo)
b.link(osman, "P463", eng_syndicate)
memoir = b.ent(None, "صفحات من تجربتي", "Pages from My Experience", cls=BOOK)
b.link(memoir, "P50", osman)
b.date(memoir, "P577", "1981")
nasser = b.person("جمال عبد الناصر", "Gamal Abdel Nasser", M, ["عبد الناصر"], born="1918-01-15", died="1970-09-28",
                  birthplace=alexandria, deathplace=cairo)
occ(nasser, POLITICIAN, OFFICER)
sadat = b.person("أنور السادات", "Anwar Sadat", M, ["السادات", "محمد أنور السادات"], born="1918-12-25",
                 died="1981-10-06", birthplace=mit_abul_kum, deathplace=cairo)
occ(sadat, POLITICIAN, OFFICER)

# ---- the Hejaz Railway
hejaz = b.org("سكة حديد الحجاز", "Hejaz Railway", RAILWAY, ["الخط الحديدي الحجازي", "سكة الحجاز"], founded="1900",
              located=damascus)
b.date(hejaz, "P1619", "1908-09-01")
abdulhamid = b.person("عبد الحميد الثاني", "Abdul Hamid II", M, ["السلطان عبد الحميد"], born="1842-09-21",
                      died="1918-02-10", birthplace=istanbul, deathplace=istanbul)
occ(abdulhamid, MONARCH)
b.link(hejaz, "P112", abdulhamid)
meissner = b.person("هاينريش مايسنر", "Heinrich August Meissner", M, ["مايسنر باشا", "مايسنر"], born="1862-01-07",
                    died="1940-01-14", birthplace=leipzig, deathplace=istanbul)
occ(meissner, ENGINEER)
b.link(meissner, "P108", hejaz, start="1901")
mukhtar = b.person("مختار بك", "Hajj Mukhtar Bey", M, ["الحاج مختار بك"])
occ(mukhtar, ENGINEER, OFFICER)
b.link(mukhtar, "P108", hejaz)
haifa_branch = b.ent(None, "خط حيفا درعا", "Haifa-Daraa branch of the Hejaz Railway", cls=RAILWAY)
b.link(haifa_branch, "P361", hejaz)
b.date(haifa_branch, "P1619", "1905")
hejaz_station = b.ent(None, "محطة الحجاز", "Hejaz Railway Station (Damascus)", ["محطة القدم"], cls=STATION)
b.link(hejaz_station, "P131", damascus)
b.date(hejaz_station, "P571", "1912")
b.date(hejaz_station, "P1619", "1917")
aranda = b.person("فرناندو دي أراندا", "Fernando de Aranda", M, ["دي أراندا"], born="1878", died="1969",
                  birthplace=madrid, deathplace=damascus)
occ(aranda, ARCHITECT)
b.link(hejaz_station, "P84", aranda)
arab_revolt = b.ent(None, "الثورة العربية الكبرى", "Arab Revolt", cls=REVOLT)
b.date(arab_revolt, "P580", "1916-06-10")
b.date(arab_revolt, "P582", "1918")
hussein = b.person("الشريف حسين بن علي", "Hussein bin Ali, Sharif of Mecca", M, ["الشريف حسين", "حسين بن علي"],
                   born="1854", died="1931-06-04", birthplace=istanbul, deathplace=amman)
occ(hussein, MONARCH)
lawrence = b.person("توماس إدوارد لورنس", "T. E. Lawrence", M, ["لورنس العرب", "لورنس"], born="1888-08-16",
                    died="1935-05-19")
occ(lawrence, OFFICER, WRITER)

# ---- the Makiya family
makiya = b.person("محمد مكية", "Mohamed Makiya", M, born="1914", died="2015-07-24", birthplace=baghdad,
                  deathplace=london)
occ(makiya, ARCHITECT, ACADEMIC)
liverpool = b.org("جامعة ليفربول", "University of Liverpool", UNIV, founded="1881")
manchester = b.org("جامعة مانشستر", "University of Manchester", UNIV, founded="1824")
cambridge = b.org("جامعة كامبريدج", "University of Cambridge", UNIV, founded="1209")
b.link(makiya, "P69", liverpool, end="1941")
b.link(makiya, "P69", cambridge, end="1946")
margaret = b.person("مارغريت كروفورد", "Margaret Crawford", F)
b.married(makiya, margaret)
kanan = b.person("كنعان مكية", "Kanan Makiya", M, ["سمير الخليل"], born="1949", birthplace=baghdad)
occ(kanan, WRITER, ACADEMIC)
b.parents(kanan, father=makiya, mother=margaret)
makiya_assoc = b.org("مكية وشركاه", "Makiya Associates", FIRM, founded="1946", located=baghdad)
b.link(makiya_assoc, "P112", makiya)
baghdad_univ = b.org("جامعة بغداد", "University of Baghdad", UNIV, founded="1957", located=baghdad)
b.link(makiya, "P108", baghdad_univ, start="1959")
khulafa = b.ent(None, "جامع الخلفاء", "Al-Khulafa Mosque", cls=MOSQUE)
b.link(khulafa, "P131", baghdad)
b.link(khulafa, "P84", makiya)
b.date(khulafa, "P571", "1963")
kufa = b.org("ديوان الكوفة", "Kufa Gallery", GALLERY, ["قاعة الكوفة", "غاليري الكوفة"], founded="1986", located=london)
b.link(kufa, "P112", makiya)
mit = b.org("معهد ماساتشوستس للتقنية", "Massachusetts Institute of Technology", UNIV, founded="1861")
b.link(kanan, "P69", mit)
fear = b.ent(None, "جمهورية الخوف", "Republic of Fear", cls=BOOK)
b.link(fear, "P50", kanan)
b.date(fear, "P577", "1989")
memory = b.org("مؤسسة الذاكرة العراقية", "Iraq Memory Foundation", FOUNDATION, founded="2003")
b.link(memory, "P112", kanan)
brandeis = b.org("جامعة برانديز", "Brandeis University", UNIV, founded="1948")
b.link(kanan, "P108", brandeis)

# ---- Rasem Badran
rasem = b.person("راسم بدران", "Rasem Badran", M, born="1945", birthplace=jerusalem)
occ(rasem, ARCHITECT)
jamal = b.person("جمال بدران", "Jamal Badran", M, born="1909", died="1999", birthplace=haifa, deathplace=amman)
occ(jamal, PAINTER)
abdulrazzaq = b.person("عبد الرزاق بدران", "Abdul Razzaq Badran", M)
occ(abdulrazzaq, PAINTER)
b.siblings(jamal, abdulrazzaq)
b.parents(rasem, father=jamal)
tu_darmstadt = b.org("جامعة دارمشتات التقنية", "Technische Universität Darmstadt", UNIV, founded="1877",
                     located=darmstadt)
b.link(rasem, "P69", tu_darmstadt, end="1970")
dar_omran = b.org("دار العمران", "Dar Al-Omran", FIRM, founded="1979", located=amman)
b.link(dar_omran, "P112", rasem)
turki_mosque = b.ent(None, "جامع الإمام تركي بن عبد الله", "Imam Turki bin Abdullah Grand Mosque", cls=MOSQUE)
b.link(turki_mosque, "P131", riyadh)
b.link(turki_mosque, "P84", rasem)
qasr_hukm = b.ent(None, "قصر الحكم", "Qasr al-Hukm (Justice Palace, Riyadh)", cls=BUILDING)
b.link(qasr_hukm, "P131", riyadh)
b.link(qasr_hukm, "P84", rasem)
b.link(rasem, "P166", aga_khan_award, at="1995")
b.link(turki_mosque, "P166", aga_khan_award, at="1995")

b.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "dev23a.json"))
