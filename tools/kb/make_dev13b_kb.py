"""Generates data/kb/dev13b.json, the knowledge base of the round-13 development set b (a generalization check) in
data/kb/dev13b/: Leonhard Euler, Akira Kurosawa (news obituary), the Mughal emperor Akbar with Hijri years and Julian KB
dates, Sun Yat-sen (timeline), Abraham Lincoln in questions and answers, the Strauss family of Vienna, the Hermitage
Museum, Srinivasa Ramanujan. Facts written by hand from standard reference knowledge; no Wikidata content copied.
Local ids from Q90029001 (range Q90029001-Q90029999). Run: python3 tools/kb/make_dev13b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
HUMAN, CITY, COUNTRY, HIST, UNIV, ORG, PARTY, POS, AWARD, BATTLE, VILLAGE = (
    "Q5", "Q515", "Q6256", "Q3024240", "Q3918", "Q43229", "Q7278", "Q4164871", "Q618779", "Q178561", "Q532")
MUSEUM, PALACE, BUILDING, DISTRICT, REGION, ACADEMY, SCHOOL, FILM, WORK, STATE_US, THEATRE, SOCIETY = (
    "Q33506", "Q16560", "Q41176", "Q149621", "Q82794", "Q414147", "Q3914", "Q11424", "Q2188189", "Q35657", "Q24354",
    "Q955824")

kb = KbBuilder(90029000)
P, pl, org, L = kb.person, kb.place, kb.org, kb.link

# ---------------------------------------------------------------- shared places and bodies
russia = pl("روسيا", "Russia", COUNTRY)
spb = pl("سانت بطرسبورغ", "Saint Petersburg", CITY, ["بطرسبورغ", "بطرسبرغ", "لينينغراد", "بتروغراد"],
         ["Leningrad", "St Petersburg"], country=russia)
moscow = pl("موسكو", "Moscow", CITY, country=russia)
russian_empire = org("الإمبراطورية الروسية", "Russian Empire", HIST, ["روسيا القيصرية"], founded="1721", dissolved="1917")
switzerland = pl("سويسرا", "Switzerland", COUNTRY)
basel = pl("بازل", "Basel", CITY, ["بال"], country=switzerland)
riehen = pl("ريهن", "Riehen", VILLAGE, inside=basel, country=switzerland)
germany = pl("ألمانيا", "Germany", COUNTRY)
prussia = org("مملكة بروسيا", "Kingdom of Prussia", HIST, ["بروسيا"], founded="1701", dissolved="1918")
berlin = pl("برلين", "Berlin", CITY, country=germany)
potsdam = pl("بوتسدام", "Potsdam", CITY, country=germany)
france = pl("فرنسا", "France", COUNTRY)
paris = pl("باريس", "Paris", CITY, country=france)
italy = pl("إيطاليا", "Italy", COUNTRY)
florence = pl("فلورنسا", "Florence", CITY, country=italy)
uk = pl("المملكة المتحدة", "United Kingdom", COUNTRY, ["إنجلترا", "بريطانيا"], ["England"])
london = pl("لندن", "London", CITY, country=uk)
cambridge = pl("كامبريدج", "Cambridge", CITY, country=uk)
cranleigh = pl("كرانلي", "Cranleigh", VILLAGE, country=uk)
rochester = pl("روتشستر", "Rochester", CITY, country=uk)
royal_society = org("الجمعية الملكية", "Royal Society", SOCIETY, ["الجمعية الملكية في لندن", "الجمعية الملكية البريطانية"],
                    founded="1660", located=london)
japan = pl("اليابان", "Japan", COUNTRY)
tokyo = pl("طوكيو", "Tokyo", CITY, country=japan)
osaka = pl("أوساكا", "Osaka", CITY, country=japan)
china = pl("الصين", "China", COUNTRY)
shanghai = pl("شنغهاي", "Shanghai", CITY, country=china)
beijing = pl("بكين", "Beijing", CITY, ["بيجين", "بيبينغ"], country=china)
india = pl("الهند", "India", COUNTRY)
usa = pl("الولايات المتحدة", "United States", COUNTRY, ["الولايات المتحدة الأمريكية", "أمريكا"])
austria = pl("النمسا", "Austria", COUNTRY)
vienna = pl("فيينا", "Vienna", CITY, country=austria)

# ---------------------------------------------------------------- Euler
acad_spb = org("أكاديمية سانت بطرسبورغ للعلوم", "St. Petersburg Academy of Sciences", ACADEMY,
               ["أكاديمية العلوم في سانت بطرسبورغ", "أكاديمية بطرسبورغ"], founded="1724", located=spb)
acad_berlin = org("أكاديمية برلين", "Prussian Academy of Sciences", ACADEMY,
                  ["أكاديمية برلين للعلوم", "الأكاديمية البروسية للعلوم"], founded="1700", located=berlin)
acad_paris = org("أكاديمية العلوم الفرنسية", "French Academy of Sciences", ACADEMY, ["أكاديمية العلوم في باريس"],
                 founded="1666", located=paris)
basel_univ = org("جامعة بازل", "University of Basel", UNIV, founded="1460", located=basel)
euler = P("ليونهارت أويلر", "Leonhard Euler", M, ["أويلر", "ليونارد أويلر"], born="1707-04-15", died="1783-09-18",
          birthplace=basel, deathplace=spb)
paul_euler = P("باول أويلر", "Paul Euler", M, born="1670", died="1745", deathplace=riehen)
brucker = P("مارغريته بروكر", "Marguerite Brucker", F, ["مارغريت بروكر"], born="1677", died="1761")
jh_euler = P("يوهان هاينريش أويلر", "Johann Heinrich Euler", M, born="1719", died="1750")
bernoulli = P("يوهان برنولي", "Johann Bernoulli", M, ["يوحنا برنولي", "برنولي"], born="1667-08-06",
              died="1748-01-01", birthplace=basel, deathplace=basel)
georg_gsell = P("غيورغ غزل", "Georg Gsell", M, ["جورج غزل"], born="1673", died="1740", deathplace=spb)
katharina = P("كاترينا غزل", "Katharina Gsell", F, ["كاترينا"], born="1707", died="1773", deathplace=spb)
salome = P("سالومه أبيغيل غزل", "Salome Abigail Gsell", F, ["سالومه غزل"], born="1723", died="1794")
ja_euler = P("يوهان ألبرخت أويلر", "Johann Albrecht Euler", M, born="1734-11-27", died="1800-09-17",
             birthplace=spb, deathplace=spb)
karl_euler = P("كارل أويلر", "Karl Euler", M, born="1740", died="1790", birthplace=spb)
christoph_euler = P("كريستوف أويلر", "Christoph Euler", M, born="1743", died="1808", birthplace=berlin)
frederick = P("فريدريش الثاني", "Frederick the Great", M, ["فريدريك الكبير", "فريدريش الكبير"], born="1712-01-24",
              died="1786-08-17", birthplace=berlin, deathplace=potsdam)
king_prussia = kb.ent(None, "ملك بروسيا", "King of Prussia", cls=POS)
L(frederick, "P39", king_prussia, "1740-05-31", "1786-08-17")
kb.parents(euler, paul_euler, brucker)
kb.parents(jh_euler, paul_euler, brucker)
kb.siblings(euler, jh_euler)
kb.parents(katharina, georg_gsell)
kb.parents(salome, georg_gsell)
kb.siblings(katharina, salome)
kb.married(euler, katharina, "1734-01-07", "1773")
kb.married(euler, salome, "1776")
for c in (ja_euler, karl_euler, christoph_euler):
    kb.parents(c, euler, katharina)
kb.siblings(ja_euler, karl_euler, christoph_euler)
L(euler, "P69", basel_univ, "1720", "1723")
L(euler, "P1066", bernoulli)
L(euler, "P108", acad_spb, "1727", "1741")
L(euler, "P108", acad_berlin, "1741", "1766")
L(euler, "P108", acad_spb, "1766", "1783")
L(euler, "P463", royal_society, "1749")
L(euler, "P463", acad_paris, "1755")
L(ja_euler, "P463", acad_spb)
for e, occ in ((euler, "Q170790"), (bernoulli, "Q170790"), (ja_euler, "Q170790"), (paul_euler, "Q250867"),
               (georg_gsell, "Q1028181"), (jh_euler, "Q1028181"), (karl_euler, "Q39631"), (christoph_euler, "Q189290")):
    L(e, "P106", occ)

# ---------------------------------------------------------------- Kurosawa
shinagawa = pl("شيناغاوا", "Shinagawa", DISTRICT, ["حي شيناغاوا"], inside=tokyo, country=japan)
setagaya = pl("سيتاغايا", "Setagaya", DISTRICT, ["حي سيتاغايا"], inside=tokyo, country=japan)
mitaka = pl("ميتاكا", "Mitaka", CITY, inside=tokyo, country=japan)
qingdao = pl("تشينغداو", "Qingdao", CITY, ["تسينغتاو"], country=china)
pcl = org("استوديوهات بي سي إل", "P.C.L. Film Studios", ORG, ["بي سي إل"], founded="1932", located=tokyo)
toho = org("توهو", "Toho", ORG, ["شركة توهو"], founded="1932", located=tokyo)
kurosawa = P("أكيرا كوروساوا", "Akira Kurosawa", M, ["كوروساوا"], born="1910-03-23", died="1998-09-06",
             birthplace=shinagawa, deathplace=setagaya)
isamu = P("إيسامو كوروساوا", "Isamu Kurosawa", M, born="1864", died="1948")
shima = P("شيما كوروساوا", "Shima Kurosawa", F)
heigo = P("هيغو كوروساوا", "Heigo Kurosawa", M, ["هيغو"], born="1906", died="1933", deathplace=tokyo)
yoko = P("يوكو ياغوتشي", "Yōko Yaguchi", F, ["يوكو"], born="1921", died="1985-02-01", deathplace=tokyo)
hisao = P("هيساو كوروساوا", "Hisao Kurosawa", M, ["هيساو"], born="1945-12-20", birthplace=tokyo)
kazuko = P("كازوكو كوروساوا", "Kazuko Kurosawa", F, ["كازوكو"], born="1954-04-29", birthplace=tokyo)
yamamoto = P("كاجيرو ياماموتو", "Kajiro Yamamoto", M, born="1902-03-15", died="1974-09-21", birthplace=tokyo)
mifune = P("توشيرو ميفوني", "Toshiro Mifune", M, ["ميفوني"], born="1920-04-01", died="1997-12-24",
           birthplace=qingdao, deathplace=mitaka)
kb.parents(kurosawa, isamu, shima)
kb.parents(heigo, isamu, shima)
kb.siblings(kurosawa, heigo)
kb.married(kurosawa, yoko, "1945", "1985")
for c in (hisao, kazuko):
    kb.parents(c, kurosawa, yoko)
kb.siblings(hisao, kazuko)
L(kurosawa, "P108", pcl, "1936", "1937")
L(kurosawa, "P108", toho, "1937", "1950")
L(kurosawa, "P1066", yamamoto)
golden_lion = kb.ent(None, "الأسد الذهبي", "Golden Lion", ["جائزة الأسد الذهبي"], cls=AWARD)
hon_oscar = kb.ent(None, "جائزة الأوسكار الفخرية", "Academy Honorary Award", ["الأوسكار الفخرية"], cls=AWARD)
culture = kb.ent(None, "وسام الثقافة", "Order of Culture", ["وسام الثقافة الياباني"], cls=AWARD)
L(kurosawa, "P166", golden_lion, at="1951")
L(kurosawa, "P166", culture, at="1985")
L(kurosawa, "P166", hon_oscar, at="1990")
venice = pl("البندقية", "Venice", CITY, ["فينيسيا"], country=italy)
venice_fest = org("مهرجان البندقية السينمائي", "Venice Film Festival", ORG, ["مهرجان البندقية"], founded="1932",
                  located=venice)
L(golden_lion, "P1027", venice_fest)
rashomon = kb.ent(None, "راشومون", "Rashomon", cls=FILM)
kb.date(rashomon, "P577", "1950")
L(rashomon, "P57", kurosawa)
L(rashomon, "P161", mifune)
samurai = kb.ent(None, "الساموراي السبعة", "Seven Samurai", cls=FILM)
kb.date(samurai, "P577", "1954")
L(samurai, "P57", kurosawa)
for e, occ in ((kurosawa, "Q2526255"), (yoko, "Q33999"), (mifune, "Q33999"), (hisao, "Q3282637"),
               (kazuko, "Q1323191"), (yamamoto, "Q2526255")):
    L(e, "P106", occ)

# ---------------------------------------------------------------- Akbar (Julian dates before 1582)
mughal = org("الدولة المغولية في الهند", "Mughal Empire", HIST, ["الدولة المغولية", "سلطنة المغول"],
             founded="1526", dissolved="1857")
sindh = pl("السند", "Sindh", REGION, country=india)
umerkot = pl("أمركوت", "Umerkot", CITY, ["عمركوت"], inside=sindh)
punjab = pl("البنجاب", "Punjab", REGION, country=india)
lahore = pl("لاهور", "Lahore", CITY, inside=punjab)
kalanaur = pl("كلانور", "Kalanaur", CITY, inside=punjab)
kabul = pl("كابل", "Kabul", CITY)
andijan = pl("أنديجان", "Andijan", CITY)
delhi = pl("دلهي", "Delhi", CITY, ["دهلي"], country=india)
purana_qila = pl("القلعة القديمة", "Purana Qila", BUILDING, ["بورانا قلعة", "دين بناه"], inside=delhi)
agra = pl("آكرا", "Agra", CITY, ["أغرا"], country=india)
sikri = pl("فتحبور سيكري", "Fatehpur Sikri", CITY, ["سيكري", "فتح بور سيكري"], inside=agra, country=india)
kb.date(sikri, "P571", "1571")
gujarat = pl("كجرات", "Gujarat", REGION, ["الكجرات"], country=india)
patan = pl("باتان", "Patan", CITY, ["بتن"], inside=gujarat)
panipat = pl("بانيبات", "Panipat", CITY, ["باني بت"], country=india)
mecca = pl("مكة", "Mecca", CITY, ["مكة المكرمة"])
amber = pl("أمبر", "Amber", CITY, ["آمبر"], country=india)
emperor = kb.ent(None, "إمبراطور المغول", "Mughal emperor", ["سلطان المغول", "بادشاه المغول"], cls=POS)
vakil = kb.ent(None, "وكيل السلطنة المغولية", "Vakil of the Mughal Empire", ["الوصي على العرش"], cls=POS)
babur = P("ظهير الدين محمد بابر", "Babur", M, ["بابر"], born="1483-02-14", died="1530-12-26",
          birthplace=andijan, deathplace=agra)
humayun = P("نصير الدين همايون", "Humayun", M, ["همايون"], born="1508-03-06", died="1556-01-27",
            birthplace=kabul, deathplace=delhi)
kamran = P("كامران ميرزا", "Kamran Mirza", M, ["كامران"], born="1509", died="1557-10-05", birthplace=kabul,
           deathplace=mecca)
hamida = P("حميدة بانو بيكم", "Hamida Banu Begum", F, ["حميدة بانو"], born="1527", died="1604-08-29", deathplace=agra)
akbar = P("جلال الدين محمد أكبر", "Akbar", M, ["أكبر", "جلال الدين أكبر", "أكبر شاه"], born="1542-10-15",
          died="1605-10-27", birthplace=umerkot, deathplace=agra)
hakim = P("ميرزا محمد حكيم", "Mirza Muhammad Hakim", M, born="1553", died="1585", deathplace=kabul)
mah_chuchak = P("ماه جوجك بيكم", "Mah Chuchak Begum", F)
bairam = P("بيرم خان", "Bairam Khan", M, ["بيرم خان خانان"], born="1501", died="1561-01-31", deathplace=patan)
hemu = P("هيمو", "Hemu", M, ["هيمو بقال"], born="1501", died="1556-11-05", deathplace=panipat)
harkha = P("مريم الزمانية", "Mariam-uz-Zamani", F, ["مريم الزماني", "هركا باي"], born="1542", died="1623-05-19",
           deathplace=agra)
bharmal = P("راجا بهارمال", "Raja Bharmal", M, ["بهارمال"], born="1498", died="1574", deathplace=amber)
salim = P("نور الدين جهانكير", "Jahangir", M, ["جهانكير", "سليم", "الأمير سليم"], born="1569-08-31",
          died="1627-10-28", birthplace=sikri)
chishti = P("الشيخ سليم الجشتي", "Salim Chishti", M, ["سليم الجشتي"], born="1478", died="1572", deathplace=sikri)
kb.parents(humayun, babur)
kb.parents(kamran, babur)
kb.siblings(humayun, kamran)
kb.parents(akbar, humayun, hamida)
kb.parents(hakim, humayun, mah_chuchak)
kb.siblings(akbar, hakim)
kb.married(humayun, hamida, "1541")
kb.married(humayun, mah_chuchak)
kb.married(akbar, harkha, "1562")
kb.parents(harkha, bharmal)
kb.parents(salim, akbar, harkha)
L(babur, "P39", emperor, "1526-04-21", "1530-12-26")
L(humayun, "P39", emperor, "1530-12-29", "1540-05-17")
L(humayun, "P39", emperor, "1555-07-23", "1556-01-27")
L(akbar, "P39", emperor, "1556-02-14", "1605-10-27")
L(salim, "P39", emperor, "1605-11-03", "1627-10-28")
L(bairam, "P39", vakil, "1556", "1560")
L(mughal, "P112", babur)
panipat2 = kb.ent(None, "معركة بانيبات الثانية", "Second Battle of Panipat", ["وقعة بانيبات"], cls=BATTLE)
kb.date(panipat2, "P585", "1556-11-05")
sher_shah = P("شير شاه", "Sher Shah Suri", M, ["شير شاه السوري"], born="1486", died="1545-05-22")
bengal = pl("البنغال", "Bengal", REGION, country=india)
kashmir = pl("كشمير", "Kashmir", REGION, country=india)
deccan = pl("الدكن", "Deccan", REGION, ["هضبة الدكن"], country=india)
L(panipat2, "P276", panipat)
L(panipat2, "P710", akbar)
L(panipat2, "P710", hemu)
L(akbar, "P1001", mughal)

# ---------------------------------------------------------------- Sun Yat-sen
guangdong = pl("قوانغدونغ", "Guangdong", REGION, ["كوانتونغ"], country=china)
xiangshan = pl("شيانغشان", "Xiangshan County", REGION, ["مقاطعة شيانغشان"], inside=guangdong, country=china)
cuiheng = pl("تسويهنغ", "Cuiheng", VILLAGE, ["قرية تسويهنغ"], inside=xiangshan, country=china)
guangzhou = pl("غوانزو", "Guangzhou", CITY, ["كانتون"], inside=guangdong, country=china)
nanjing = pl("نانجينغ", "Nanjing", CITY, ["نانكين"], country=china)
macau = pl("ماكاو", "Macau", CITY)
honolulu = pl("هونولولو", "Honolulu", CITY, inside=None, country=usa)
hong_kong = pl("هونغ كونغ", "Hong Kong", CITY)
taipei = pl("تايبيه", "Taipei", CITY)
xikou = pl("شيكو", "Xikou", VILLAGE, country=china)
xiangcheng = pl("شيانغتشنغ", "Xiangcheng", CITY, country=china)
iolani = org("مدرسة إيولاني", "Iolani School", SCHOOL, founded="1863", located=honolulu)
hkcm = org("كلية هونغ كونغ الطبية للصينيين", "Hong Kong College of Medicine for Chinese", UNIV,
           ["كلية الطب في هونغ كونغ"], founded="1887", dissolved="1915", located=hong_kong)
sun = P("سون يات سين", "Sun Yat-sen", M, ["صن يات سين", "سون ون", "سون يات صن"], born="1866-11-12", died="1925-03-12",
        birthplace=cuiheng, deathplace=beijing)
dacheng = P("سون داتشنغ", "Sun Dacheng", M, born="1813", died="1888", birthplace=cuiheng, deathplace=cuiheng)
madam_yang = P("يانغ شي", "Madam Yang", F, ["السيدة يانغ"], born="1828", died="1910")
sun_mei = P("سون مي", "Sun Mei", M, born="1854", died="1915", birthplace=cuiheng, deathplace=macau)
lu = P("لو موتشن", "Lu Muzhen", F, born="1867", died="1952", deathplace=macau)
sun_fo = P("سون فو", "Sun Fo", M, born="1891-10-20", died="1973-09-13", birthplace=cuiheng, deathplace=taipei)
sun_wan = P("سون وان", "Sun Wan", F, born="1896", died="1979")
soong = P("سونغ تشينغ لينغ", "Soong Ching-ling", F, ["سونغ تشينغ-لينغ", "مدام سون"], born="1893-01-27",
          died="1981-05-29", birthplace=shanghai, deathplace=beijing)
chiang = P("تشيانغ كاي شيك", "Chiang Kai-shek", M, ["شيانغ كاي شيك"], born="1887-10-31", died="1975-04-05",
           birthplace=xikou, deathplace=taipei)
yuan = P("يوان شي كاي", "Yuan Shikai", M, born="1859-09-16", died="1916-06-06", birthplace=xiangcheng,
         deathplace=beijing)
kb.parents(sun, dacheng, madam_yang)
kb.parents(sun_mei, dacheng, madam_yang)
kb.siblings(sun, sun_mei)
kb.married(sun, lu, "1885", "1915")
kb.married(sun, soong, "1915-10-25", "1925-03-12")
for c in (sun_fo, sun_wan):
    kb.parents(c, sun, lu)
kb.siblings(sun_fo, sun_wan)
L(sun, "P69", iolani, "1879", "1882")
L(sun, "P69", hkcm, "1887", "1892")
roc = org("جمهورية الصين", "Republic of China", HIST, ["الجمهورية الصينية"], founded="1912-01-01")
qing = org("أسرة تشينغ", "Qing dynasty", HIST, ["الدولة المانشوية", "أسرة تشينغ الحاكمة"], founded="1644",
           dissolved="1912-02-12")
revive = org("جمعية إحياء الصين", "Revive China Society", ORG, ["جمعية نهضة الصين"], founded="1894-11-24")
L(revive, "P740", honolulu)
tmh = org("التونغمنغهوي", "Tongmenghui", ORG, ["الاتحاد الثوري الصيني", "تونغمنغهوي"], founded="1905-08-20")
L(tmh, "P740", tokyo)
kmt = org("الكومينتانغ", "Kuomintang", PARTY, ["الحزب القومي الصيني", "حزب الكومينتانغ"], founded="1912-08-25")
whampoa = org("أكاديمية هوانغبو العسكرية", "Whampoa Military Academy", SCHOOL, ["أكاديمية وامبوا العسكرية"],
              founded="1924", located=guangzhou)
for o in (revive, tmh, kmt, whampoa):
    L(o, "P112", sun)
L(sun, "P463", revive, "1894")
L(sun, "P463", tmh, "1905")
L(sun, "P102", kmt, "1912")
L(chiang, "P102", kmt)
prov_pres = kb.ent(None, "رئيس جمهورية الصين المؤقت", "Provisional President of the Republic of China",
                   ["الرئيس المؤقت لجمهورية الصين", "رئيس الجمهورية المؤقت"], cls=POS)
whampoa_head = kb.ent(None, "قائد أكاديمية هوانغبو العسكرية", "Commandant of the Whampoa Military Academy", cls=POS)
L(sun, "P39", prov_pres, "1912-01-01", "1912-04-01")
L(yuan, "P39", prov_pres, "1912-03-10", "1913-10-10")
L(chiang, "P39", whampoa_head, "1924", "1926")
for e, occ in ((sun, "Q39631"), (sun, "Q82955"), (dacheng, "Q131512"), (chiang, "Q82955")):
    L(e, "P106", occ)

# ---------------------------------------------------------------- Lincoln
kentucky = pl("كنتاكي", "Kentucky", STATE_US, ["ولاية كنتاكي"], country=usa)
illinois = pl("إلينوي", "Illinois", STATE_US, ["ولاية إلينوي"], country=usa)
maryland = pl("ميريلاند", "Maryland", STATE_US, country=usa)
virginia = pl("فرجينيا", "Virginia", STATE_US, country=usa)
hodgenville = pl("هودجنفيل", "Hodgenville", CITY, inside=kentucky, country=usa)
lexington = pl("لكسينغتون", "Lexington", CITY, inside=kentucky, country=usa)
springfield = pl("سبرينغفيلد", "Springfield", CITY, inside=illinois, country=usa)
chicago = pl("شيكاغو", "Chicago", CITY, inside=illinois, country=usa)
washington = pl("واشنطن", "Washington, D.C.", CITY, ["واشنطن العاصمة"], country=usa)
indiana = pl("إنديانا", "Indiana", STATE_US, ["ولاية إنديانا"], country=usa)
petersen = pl("منزل بيترسن", "Petersen House", BUILDING, inside=washington, country=usa)
fords = pl("مسرح فورد", "Ford's Theatre", THEATRE, inside=washington, country=usa)
white_house = pl("البيت الأبيض", "White House", BUILDING, inside=washington, country=usa)
bel_air = pl("بل إير", "Bel Air", CITY, inside=maryland, country=usa)
port_royal = pl("بورت رويال", "Port Royal", VILLAGE, inside=virginia, country=usa)
manchester_vt = pl("مانشستر", "Manchester, Vermont", VILLAGE, country=usa)
lincoln = P("أبراهام لينكولن", "Abraham Lincoln", M, ["لينكولن", "إبراهام لنكولن"], born="1809-02-12",
            died="1865-04-15", birthplace=hodgenville, deathplace=washington)
thomas_l = P("توماس لينكولن", "Thomas Lincoln", M, born="1778-01-06", died="1851-01-17")
nancy = P("نانسي هانكس", "Nancy Hanks Lincoln", F, ["نانسي هانكس لينكولن"], born="1784-02-05", died="1818-10-05")
sarah_bush = P("سارة بوش جونستون", "Sarah Bush Lincoln", F, ["سارة بوش"], born="1788-12-13", died="1869-04-10")
sarah_l = P("سارة لينكولن", "Sarah Lincoln Grigsby", F, ["سارة"], born="1807-02-10", died="1828-01-20")
mary = P("ماري تود", "Mary Todd Lincoln", F, ["ماري تود لينكولن"], born="1818-12-13", died="1882-07-16",
         birthplace=lexington, deathplace=springfield)
robert_todd = P("روبرت سميث تود", "Robert Smith Todd", M, born="1791", died="1849", deathplace=lexington)
robert_l = P("روبرت تود لينكولن", "Robert Todd Lincoln", M, ["روبرت"], born="1843-08-01", died="1926-07-26",
             birthplace=springfield, deathplace=manchester_vt)
edward_l = P("إدوارد لينكولن", "Edward Baker Lincoln", M, ["إدوارد"], born="1846-03-10", died="1850-02-01",
             birthplace=springfield, deathplace=springfield)
willie = P("ويليام والاس لينكولن", "William Wallace Lincoln", M, ["ويليام", "ويلي"], born="1850-12-21",
           died="1862-02-20", birthplace=springfield, deathplace=white_house)
tad = P("توماس تاد لينكولن", "Thomas 'Tad' Lincoln", M, ["تاد", "توماس"], born="1853-04-04", died="1871-07-15",
        birthplace=springfield, deathplace=chicago)
booth = P("جون ويلكس بوث", "John Wilkes Booth", M, ["بوث"], born="1838-05-10", died="1865-04-26",
          birthplace=bel_air, deathplace=port_royal)
johnson = P("أندرو جونسون", "Andrew Johnson", M, born="1808-12-29", died="1875-07-31")
kb.parents(lincoln, thomas_l, nancy)
kb.parents(sarah_l, thomas_l, nancy)
kb.siblings(lincoln, sarah_l)
kb.married(thomas_l, nancy, "1806", "1818")
kb.married(thomas_l, sarah_bush, "1819-12-02")
kb.parents(mary, robert_todd)
kb.married(lincoln, mary, "1842-11-04", "1865-04-15")
for c in (robert_l, edward_l, willie, tad):
    kb.parents(c, lincoln, mary)
kb.siblings(robert_l, edward_l, willie, tad)
president = kb.ent(None, "رئيس الولايات المتحدة", "President of the United States", ["الرئيس الأمريكي"], cls=POS)
house_rep = kb.ent(None, "عضو مجلس النواب الأمريكي", "member of the United States House of Representatives",
                   ["مجلس النواب الأمريكي"], cls=POS)
ill_house = kb.ent(None, "عضو مجلس نواب إلينوي", "member of the Illinois House of Representatives",
                   ["مجلس نواب إلينوي"], cls=POS)
sec_war = kb.ent(None, "وزير الحرب الأمريكي", "United States Secretary of War", ["وزير الحرب"], cls=POS)
L(lincoln, "P39", ill_house, "1834", "1842")
L(lincoln, "P39", house_rep, "1847-03-04", "1849-03-03")
L(lincoln, "P39", president, "1861-03-04", "1865-04-15")
L(johnson, "P39", president, "1865-04-15", "1869-03-04")
L(robert_l, "P39", sec_war, "1881-03-05", "1885-03-05")
whigs = org("حزب الأحرار", "Whig Party", PARTY, ["حزب الويغ"], founded="1833", dissolved="1856")
republicans = org("الحزب الجمهوري", "Republican Party", PARTY, founded="1854")
L(lincoln, "P102", whigs, "1834", "1854")
L(lincoln, "P102", republicans, "1856")
L(lincoln, "P157", booth)
L(lincoln, "P106", "Q40348")
L(booth, "P106", "Q33999")

# ---------------------------------------------------------------- the Strauss family
leopoldstadt = pl("ليوبولدشتات", "Leopoldstadt", DISTRICT, inside=vienna, country=austria)
neubau = pl("نويباو", "Neubau", DISTRICT, ["سانت أولريش"], inside=vienna, country=austria)
mariahilf = pl("مارياهيلف", "Mariahilf", DISTRICT, inside=vienna, country=austria)
coburg = pl("كوبورغ", "Coburg", CITY, country=germany)
court_ball = kb.ent(None, "مدير موسيقى حفلات البلاط", "Court Ball Music Director",
                    ["مدير موسيقى حفلات البلاط الإمبراطوري"], cls=POS)
j1 = P("يوهان شتراوس الأب", "Johann Strauss I", M, ["يوهان شتراوس الأول"], born="1804-03-14",
       died="1849-09-25", birthplace=leopoldstadt, deathplace=vienna)
streim = P("ماريا آنا شترايم", "Maria Anna Streim", F, ["آنا شترايم"], born="1801-08-30", died="1870-02-23",
           deathplace=vienna)
j2 = P("يوهان شتراوس الابن", "Johann Strauss II", M, ["يوهان شتراوس الثاني", "ملك الفالس"], born="1825-10-25",
       died="1899-06-03", birthplace=neubau, deathplace=vienna)
josef = P("يوزف شتراوس", "Josef Strauss", M, ["يوزف"], born="1827-08-20", died="1870-07-22",
          birthplace=mariahilf, deathplace=vienna)
anna = P("آنا شتراوس", "Anna Strauss", F, born="1829", died="1903")
therese = P("تيريزه شتراوس", "Therese Strauss", F, born="1831", died="1915")
eduard = P("إدوارد شتراوس", "Eduard Strauss", M, ["إدوارد"], born="1835-03-15", died="1916-12-28",
           birthplace=vienna, deathplace=vienna)
jetty = P("هنرييته تريفز", "Henriette Treffz", F, ["ييتي تريفز", "ييتي"], born="1818-07-01", died="1878-04-08",
          birthplace=vienna, deathplace=vienna)
angelika = P("أنجيليكا ديتريش", "Angelika Dittrich", F, born="1850", died="1919")
adele = P("أديله شتراوس", "Adele Strauss", F, ["أديله"], born="1856-01-01", died="1930-03-09", deathplace=vienna)
caroline = P("كارولينه بروكماير", "Caroline Pruckmayer", F, born="1831", died="1900")
klenkhart = P("ماريا كلنكهارت", "Maria Klenkhart", F, born="1841", died="1921")
j3 = P("يوهان شتراوس الثالث", "Johann Strauss III", M, ["يوهان الثالث"], born="1866-02-16", died="1939-01-09",
       birthplace=vienna, deathplace=berlin)
kb.married(j1, streim, "1825-07-11")
for c in (j2, josef, anna, therese, eduard):
    kb.parents(c, j1, streim)
kb.siblings(j2, josef, anna, therese, eduard)
kb.married(j2, jetty, "1862-08-27", "1878-04-08")
kb.married(j2, angelika, "1878-05-28", "1882")
kb.married(j2, adele, "1887-08-15", "1899-06-03")
kb.married(josef, caroline, "1857")
kb.married(eduard, klenkhart, "1863")
kb.parents(j3, eduard, klenkhart)
L(j1, "P39", court_ball, "1846", "1849")
L(j2, "P39", court_ball, "1863", "1871")
L(eduard, "P39", court_ball, "1872", "1901")
danube = kb.ent(None, "الدانوب الأزرق", "The Blue Danube", ["على الدانوب الأزرق الجميل"], cls=WORK)
kb.date(danube, "P577", "1867")
L(danube, "P86", j2)
for e in (j1, j2, josef, eduard, j3):
    L(e, "P106", "Q36834")
L(jetty, "P106", "Q2865819")

# ---------------------------------------------------------------- the Hermitage
palace_sq = pl("ساحة القصر", "Palace Square", "Q174782", inside=spb, country=russia)
winter_palace = pl("قصر الشتاء", "Winter Palace", PALACE, ["القصر الشتوي"], inside=spb, country=russia)
kb.date(winter_palace, "P571", "1754")
stettin = pl("شتشيتسين", "Szczecin", CITY, ["شتيتين"], ["Stettin"])
kiel = pl("كيل", "Kiel", CITY, country=germany)
ropsha = pl("روبشا", "Ropsha", VILLAGE, country=russia)
gatchina = pl("غاتشينا", "Gatchina", CITY, country=russia)
goslar = pl("غوسلار", "Goslar", CITY, country=germany)
munich = pl("ميونخ", "Munich", CITY, country=germany)
konitz = pl("كونيتس", "Konitz", CITY, ["خوينيتسه"])
armenia = pl("أرمينيا", "Armenia", COUNTRY)
yerevan = pl("يريفان", "Yerevan", CITY, country=armenia)
neva = pl("نهر نيفا", "Neva", "Q4022", ["نيفا"], country=russia)
urals = pl("جبال الأورال", "Ural Mountains", "Q8502", ["الأورال"], country=russia)
kutaisi = pl("كوتايسي", "Kutaisi", CITY)
hermitage = org("متحف الإرميتاج", "Hermitage Museum", MUSEUM, ["الإرميتاج", "متحف الأرميتاج الحكومي", "الأرميتاج"],
                founded="1764", located=spb)
kb.date(hermitage, "P1619", "1852")
L(hermitage, "P17", russia)
new_hermitage = pl("الإرميتاج الجديد", "New Hermitage", BUILDING, inside=spb, country=russia)
kb.date(new_hermitage, "P571", "1842")
catherine = P("كاترين الثانية", "Catherine the Great", F, ["كاترين العظيمة", "يكاترينا الثانية", "الإمبراطورة كاترين"],
              born="1729-05-02", died="1796-11-17", birthplace=stettin, deathplace=spb)
peter3 = P("بطرس الثالث", "Peter III of Russia", M, born="1728-02-21", died="1762-07-17", birthplace=kiel,
           deathplace=ropsha)
paul1 = P("بولس الأول", "Paul I of Russia", M, ["بافل الأول"], born="1754-10-01", died="1801-03-23",
          birthplace=spb, deathplace=spb)
nicholas1 = P("نيقولا الأول", "Nicholas I of Russia", M, ["نيكولاي الأول", "نيقولاي الأول"], born="1796-07-06",
              died="1855-03-02", birthplace=gatchina, deathplace=spb)
rastrelli = P("فرانشيسكو بارتولوميو راستريلي", "Francesco Bartolomeo Rastrelli", M, ["راستريلي"], born="1700",
              died="1771", birthplace=paris, deathplace=spb)
klenze = P("ليو فون كلينتسه", "Leo von Klenze", M, ["فون كلينتسه"], born="1784-02-29", died="1864-01-27",
           birthplace=goslar, deathplace=munich)
gotzkowsky = P("يوهان إرنست غوتسكوفسكي", "Johann Ernst Gotzkowsky", M, ["غوتسكوفسكي"], born="1710-11-21",
               died="1775-08-09", birthplace=konitz, deathplace=berlin)
orbeli = P("يوسف أوربيلي", "Joseph Orbeli", M, ["يوسف أبغاروفيتش أوربيلي"], born="1887-03-20", died="1961-02-02",
           birthplace=kutaisi)
boris = P("بوريس بيوتروفسكي", "Boris Piotrovsky", M, ["بوريس بوريسوفيتش بيوتروفسكي"], born="1908-02-14",
          died="1990-10-15", birthplace=spb, deathplace=spb)
mikhail = P("ميخائيل بيوتروفسكي", "Mikhail Piotrovsky", M, ["ميخائيل بوريسوفيتش بيوتروفسكي"], born="1944-12-09",
            birthplace=yerevan)
kb.married(catherine, peter3, "1745-08-21", "1762-07-17")
kb.parents(paul1, peter3, catherine)
kb.parents(nicholas1, paul1)
kb.parents(mikhail, boris)
empress = kb.ent(None, "إمبراطور روسيا", "Emperor of All Russia", ["قيصر روسيا", "إمبراطورة روسيا"], cls=POS)
director = kb.ent(None, "مدير متحف الإرميتاج", "Director of the Hermitage Museum", ["مدير الإرميتاج"], cls=POS)
L(catherine, "P39", empress, "1762-07-09", "1796-11-17")
L(peter3, "P39", empress, "1762-01-05", "1762-07-09")
L(paul1, "P39", empress, "1796-11-17", "1801-03-23")
L(nicholas1, "P39", empress, "1825-12-01", "1855-03-02")
L(orbeli, "P39", director, "1934", "1951")
L(boris, "P39", director, "1964", "1990")
L(mikhail, "P39", director, "1992")
L(hermitage, "P112", catherine)
L(winter_palace, "P84", rastrelli)
L(new_hermitage, "P84", klenze)
L(hermitage, "P361", winter_palace)
for e, occ in ((rastrelli, "Q42973"), (klenze, "Q42973"), (boris, "Q3621491"), (mikhail, "Q1792450"),
               (orbeli, "Q1792450"), (gotzkowsky, "Q215536")):
    L(e, "P106", occ)

# ---------------------------------------------------------------- Ramanujan
tamil = pl("تاميل نادو", "Tamil Nadu", REGION, ["رئاسة مدراس"], country=india)
erode = pl("إيرود", "Erode", CITY, inside=tamil, country=india)
thanjavur = pl("تانجور", "Thanjavur district", REGION, ["مقاطعة تانجور", "تنجاور"], inside=tamil, country=india)
kumbakonam = pl("كومباكونام", "Kumbakonam", CITY, inside=thanjavur, country=india)
sarangapani = pl("شارع سارنغاباني", "Sarangapani Street", BUILDING, inside=kumbakonam, country=india)
madras = pl("مدراس", "Chennai", CITY, ["تشيناي", "تشيناي (مدراس)"], ["Madras"], inside=tamil, country=india)
rajendram = pl("راجندرام", "Rajendram", VILLAGE, inside=tamil, country=india)
gov_college = org("الكلية الحكومية في كومباكونام", "Government Arts College, Kumbakonam", SCHOOL,
                  ["كلية كومباكونام الحكومية"], founded="1854", located=kumbakonam)
pachaiyappa = org("كلية باتشايابا", "Pachaiyappa's College", SCHOOL, ["كلية باتشايابا في مدراس"], founded="1842",
                  located=madras)
port_trust = org("هيئة ميناء مدراس", "Madras Port Trust", ORG, ["صندوق ميناء مدراس"], founded="1881", located=madras)
cam_univ = org("جامعة كامبريدج", "University of Cambridge", UNIV, founded="1209", located=cambridge)
trinity = org("كلية ترينيتي", "Trinity College, Cambridge", UNIV, ["كلية الثالوث", "كلية ترينيتي في كامبريدج"],
              founded="1546", located=cambridge)
L(trinity, "P361", cam_univ)
ramanujan = P("سرينيفاسا رامانوجان", "Srinivasa Ramanujan", M, ["رامانوجان", "سرينيفاسا رامانجن"], born="1887-12-22",
              died="1920-04-26", birthplace=erode, deathplace=kumbakonam)
iyengar = P("ك. سرينيفاسا أيينغار", "K. Srinivasa Iyengar", M, ["سرينيفاسا أيينغار"], died="1927")
komalatammal = P("كومالاتامال", "Komalatammal", F, died="1931")
janaki = P("جاناكي أمال", "Janaki Ammal Ramanujan", F, ["جاناكي"], born="1899-03-21", died="1994-04-13",
           birthplace=rajendram, deathplace=madras)
hardy = P("غودفري هارولد هاردي", "G. H. Hardy", M, ["هاردي", "ج. ه. هاردي"], born="1877-02-07", died="1947-12-01",
          birthplace=cranleigh, deathplace=cambridge)
littlewood = P("جون إدنسور ليتلوود", "John Edensor Littlewood", M, ["ليتلوود"], born="1885-06-09", died="1977-09-06",
               birthplace=rochester, deathplace=cambridge)
kb.parents(ramanujan, iyengar, komalatammal)
kb.married(iyengar, komalatammal)
kb.married(ramanujan, janaki, "1909-07-14", "1920-04-26")
L(ramanujan, "P69", gov_college, "1904", "1905")
L(ramanujan, "P69", pachaiyappa, "1906", "1907")
L(ramanujan, "P69", trinity, "1914", "1919")
L(ramanujan, "P108", port_trust, "1912", "1914")
L(ramanujan, "P463", royal_society, "1918")
L(ramanujan, "P463", trinity, "1918")
L(hardy, "P463", royal_society, "1910")
L(hardy, "P108", trinity)
L(littlewood, "P108", trinity)
L(littlewood, "P463", royal_society, "1916")
for e in (ramanujan, hardy, littlewood):
    L(e, "P106", "Q170790")

kb.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "dev13b.json"))
print(len(kb.entities), "entities")
