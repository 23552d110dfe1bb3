"""Generates data/kb/dev23b.json, the KB of the round-23 judge set b (Arab jurists, judges, muftis and constitutional
courts, 19th-21st century: Abd al-Razzaq al-Sanhuri, Adly Mansour and the Supreme Constitutional Court, Muhammad Abduh,
Muhammad al-Tahir ibn Ashur, Ahmad Kuftaro, Dar al-Ifta al-Misriyya, the Shakir family, Awn al-Khasawneh). Local ids
Q90064001-Q90064999; only classes, occupations and sex values keep Wikidata ids. Facts from memory of standard
reference works; a year only where the day is not certain.
Run: python3 tools/kb/make_dev23b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, REGION, DISTRICT = "Q515", "Q532", "Q6256", "Q10864048", "Q123705"
UNIVERSITY, SCHOOL, COURT, MOSQUE, INSTITUTION, MAGAZINE, AWARD, OFFICE, CODE, BOOK, FOUNDATION = (
    "Q3918", "Q9842", "Q41487", "Q32815", "Q178706", "Q41298", "Q618779", "Q4164871", "Q7748", "Q571", "Q157031")
JURIST, JUDGE, LAWYER, POLITICIAN, SCHOLAR, WRITER, DIPLOMAT, ECONOMIST, MONARCH, OFFICER, MUFTI = (
    "Q185351", "Q16533", "Q40348", "Q82955", "Q1662561", "Q36180", "Q193391", "Q188094", "Q116", "Q189290", "Q1529207")

b = KbBuilder(90064000)


def occ(e, *jobs):
    for j in jobs:
        e.item("P106", j)


# ---- places
egypt = b.place("مصر", "Egypt", COUNTRY, ["جمهورية مصر العربية"])
syria = b.place("سوريا", "Syria", COUNTRY, ["سورية"])
lebanon = b.place("لبنان", "Lebanon", COUNTRY)
iraq = b.place("العراق", "Iraq", COUNTRY)
tunisia = b.place("تونس", "Tunisia", COUNTRY, ["البلاد التونسية"])
jordan = b.place("الأردن", "Jordan", COUNTRY)
france = b.place("فرنسا", "France", COUNTRY)
turkey = b.place("تركيا", "Turkey", COUNTRY)
switzerland = b.place("سويسرا", "Switzerland", COUNTRY)
sudan = b.place("السودان", "Sudan", COUNTRY)
saudi = b.place("السعودية", "Saudi Arabia", COUNTRY)
uk = b.place("المملكة المتحدة", "United Kingdom", COUNTRY)
netherlands = b.place("هولندا", "Netherlands", COUNTRY)
cairo = b.place("القاهرة", "Cairo", CITY, country=egypt)
maadi = b.place("المعادي", "Maadi", DISTRICT, inside=cairo, country=egypt)
alexandria = b.place("الإسكندرية", "Alexandria", CITY, country=egypt)
tanta = b.place("طنطا", "Tanta", CITY, country=egypt)
beheira = b.place("محافظة البحيرة", "Beheira Governorate", REGION, ["البحيرة"], country=egypt)
mahallat_nasr = b.place("محلة نصر", "Mahallat Nasr", VILLAGE, inside=beheira, country=egypt)
sharqia = b.place("محافظة الشرقية", "Sharqia Governorate", REGION, ["الشرقية"], country=egypt)
zagazig = b.place("الزقازيق", "Zagazig", CITY, inside=sharqia, country=egypt)
adwah = b.place("العدوة", "El Adwah", VILLAGE, inside=sharqia, country=egypt)
sohag_gov = b.place("محافظة سوهاج", "Sohag Governorate", REGION, ["سوهاج"], country=egypt)
tama = b.place("طما", "Tama", CITY, inside=sohag_gov, country=egypt)
jirja = b.place("جرجا", "Girga", CITY, inside=sohag_gov, country=egypt)
dakahlia = b.place("محافظة الدقهلية", "Dakahlia Governorate", REGION, ["الدقهلية"], country=egypt)
batra = b.place("بطرة", "Batra", VILLAGE, inside=dakahlia, country=egypt)
luxor_gov = b.place("محافظة الأقصر", "Luxor Governorate", REGION, ["الأقصر"], country=egypt)
qurna = b.place("القرنة", "al-Qurna", VILLAGE, inside=luxor_gov, country=egypt)
aswan = b.place("أسوان", "Aswan", CITY, country=egypt)
beni_suef = b.place("بني سويف", "Beni Suef", CITY, country=egypt)
minya_gov = b.place("محافظة المنيا", "Minya Governorate", REGION, ["المنيا"], country=egypt)
izbet_kilo = b.place("عزبة الكيلو", "Izbet el Kilo", VILLAGE, inside=minya_gov, country=egypt)
khartoum = b.place("الخرطوم", "Khartoum", CITY, country=sudan)
riyadh = b.place("الرياض", "Riyadh", CITY, country=saudi)
baghdad = b.place("بغداد", "Baghdad", CITY, country=iraq)
damascus = b.place("دمشق", "Damascus", CITY, country=syria)
aleppo = b.place("حلب", "Aleppo", CITY, country=syria)
homs = b.place("حمص", "Homs", CITY, country=syria)
latakia_gov = b.place("محافظة اللاذقية", "Latakia Governorate", REGION, country=syria)
latakia = b.place("اللاذقية", "Latakia", CITY, inside=latakia_gov, country=syria)
qardaha = b.place("القرداحة", "Qardaha", CITY, inside=latakia_gov, country=syria)
beirut = b.place("بيروت", "Beirut", CITY, country=lebanon)
qalamoun = b.place("القلمون", "Qalamoun", VILLAGE, country=lebanon)
tunis = b.place("تونس", "Tunis", CITY, ["مدينة تونس"], country=tunisia)
marsa = b.place("المرسى", "La Marsa", CITY, country=tunisia)
monastir = b.place("المنستير", "Monastir", CITY, country=tunisia)
sousse = b.place("سوسة", "Sousse", CITY, country=tunisia)
amman = b.place("عمّان", "Amman", CITY, ["عمان"], country=jordan)
hague = b.place("لاهاي", "The Hague", CITY, country=netherlands)
paris = b.place("باريس", "Paris", CITY, country=france)
lyon = b.place("ليون", "Lyon", CITY, country=france)
istanbul = b.place("إسطنبول", "Istanbul", CITY, ["الآستانة"], country=turkey)
geneva = b.place("جنيف", "Geneva", CITY, country=switzerland)
london = b.place("لندن", "London", CITY, country=uk)
manchester = b.place("مانشستر", "Manchester", CITY, country=uk)
cambridge = b.place("كامبريدج", "Cambridge", CITY, country=uk)

# ---- institutions, offices, works, awards
law_school = b.org("مدرسة الحقوق الخديوية", "Khedivial School of Law", SCHOOL, founded="1868", located=cairo)
lyon_univ = b.org("جامعة ليون", "University of Lyon", UNIVERSITY, located=lyon)
baghdad_law = b.org("كلية الحقوق ببغداد", "Baghdad College of Law", SCHOOL, ["كلية الحقوق في بغداد"], founded="1908",
                    located=baghdad)
council_state = b.org("مجلس الدولة المصري", "Egyptian Council of State", COURT, ["مجلس الدولة"], founded="1946",
                      located=cairo)
council_state_head = b.ent(None, "رئيس مجلس الدولة المصري", "President of the Egyptian Council of State", cls=OFFICE)
civil_code_eg = b.ent(None, "القانون المدني المصري", "Egyptian Civil Code", cls=CODE)
b.date(civil_code_eg, "P577", "1948")
civil_code_iq = b.ent(None, "القانون المدني العراقي", "Iraqi Civil Code", cls=CODE)
b.date(civil_code_iq, "P577", "1951")
wasit = b.ent(None, "الوسيط في شرح القانون المدني", "Al-Wasit fi Sharh al-Qanun al-Madani", cls=BOOK)
masadir = b.ent(None, "مصادر الحق في الفقه الإسلامي", "Masadir al-Haqq fi al-Fiqh al-Islami", cls=BOOK)
scc = b.org("المحكمة الدستورية العليا", "Supreme Constitutional Court of Egypt", COURT,
            ["المحكمة الدستورية العليا المصرية", "المحكمة الدستورية"], founded="1979", located=maadi)
scc_head = b.ent(None, "رئيس المحكمة الدستورية العليا", "President of the Supreme Constitutional Court of Egypt",
                 cls=OFFICE)
b.link(scc_head, "P1001", scc)
pres_egypt = b.ent(None, "رئيس جمهورية مصر العربية", "President of Egypt", ["رئيس الجمهورية"], cls=OFFICE)
cairo_law = b.org("كلية الحقوق بجامعة القاهرة", "Faculty of Law, Cairo University", SCHOOL, located=cairo)
ena = b.org("المدرسة الوطنية للإدارة", "École nationale d'administration", SCHOOL, founded="1945", located=paris)
nobel_peace = b.ent(None, "جائزة نوبل للسلام", "Nobel Peace Prize", cls=AWARD)
azhar = b.org("الجامع الأزهر", "Al-Azhar Mosque", MOSQUE, ["الأزهر", "جامعة الأزهر"], located=cairo)
ahmadi = b.org("الجامع الأحمدي", "Ahmadi Mosque", MOSQUE, ["مسجد السيد البدوي"], located=tanta)
dar_ifta = b.org("دار الإفتاء المصرية", "Dar al-Ifta al-Misriyya", INSTITUTION, ["دار الإفتاء"], founded="1895",
                 located=cairo)
mufti_egypt = b.ent(None, "مفتي الديار المصرية", "Grand Mufti of Egypt", ["مفتي الجمهورية"], cls=OFFICE)
b.link(mufti_egypt, "P1001", dar_ifta)
grand_imam = b.ent(None, "شيخ الأزهر", "Grand Imam of al-Azhar", ["مشيخة الأزهر"], cls=OFFICE)
urwa = b.ent(None, "العروة الوثقى", "Al-Urwah al-Wuthqa", cls=MAGAZINE)
b.date(urwa, "P571", "1884")
manar = b.org("مجلة المنار", "Al-Manar", MAGAZINE, ["المنار"], founded="1898", located=cairo)
zaytuna = b.org("جامع الزيتونة", "Al-Zaytuna Mosque", MOSQUE, ["الزيتونة"], located=tunis)
zaytuna_head = b.ent(None, "شيخ جامع الزيتونة", "Sheikh of al-Zaytuna", cls=OFFICE)
zaytuna_univ = b.org("جامعة الزيتونة", "University of Ez-Zitouna", UNIVERSITY, founded="1956", located=tunis)
sadiqi = b.org("المدرسة الصادقية", "Sadiki College", SCHOOL, ["الصادقية"], founded="1875", located=tunis)
mufti_tunisia = b.ent(None, "مفتي الجمهورية التونسية", "Grand Mufti of Tunisia", cls=OFFICE)
tahrir = b.ent(None, "التحرير والتنوير", "Al-Tahrir wa al-Tanwir", cls=BOOK)
maqasid = b.ent(None, "مقاصد الشريعة الإسلامية", "Maqasid al-Sharia al-Islamiyya", cls=BOOK)
mufti_syria = b.ent(None, "المفتي العام للجمهورية العربية السورية", "Grand Mufti of Syria",
                    ["المفتي العام لسوريا", "المفتي العام"], cls=OFFICE)
abu_nour = b.org("مجمع أبي النور", "Abu Nour Islamic Foundation", FOUNDATION, ["مجمع أبو النور"], located=damascus)
sudan_judge = b.ent(None, "قاضي قضاة السودان", "Grand Qadi of Sudan", cls=OFFICE)
azhar_deputy = b.ent(None, "وكيل الجامع الأزهر", "Deputy of al-Azhar", cls=OFFICE)
gordon = b.org("كلية غوردون", "Gordon Memorial College", SCHOOL, ["كلية غوردون التذكارية"], founded="1902",
               located=khartoum)
sharia_courts = b.org("المحاكم الشرعية", "Egyptian Sharia Courts", COURT, located=cairo)
faisal_prize = b.ent(None, "جائزة الملك فيصل العالمية للأدب العربي", "King Faisal Prize for Arabic Literature",
                     ["جائزة الملك فيصل العالمية"], cls=AWARD)
cambridge_univ = b.org("جامعة كامبريدج", "University of Cambridge", UNIVERSITY, located=cambridge)
queens = b.org("كلية كوينز", "Queens' College, Cambridge", SCHOOL, founded="1448", located=cambridge)
b.link(queens, "P749", cambridge_univ)
royal_court = b.ent(None, "رئيس الديوان الملكي الهاشمي", "Chief of the Royal Hashemite Court", cls=OFFICE)
icj = b.org("محكمة العدل الدولية", "International Court of Justice", COURT, founded="1945", located=hague)
icj_judge = b.ent(None, "قاضي محكمة العدل الدولية", "Judge of the International Court of Justice", cls=OFFICE)
icj_vp = b.ent(None, "نائب رئيس محكمة العدل الدولية", "Vice-President of the International Court of Justice",
               cls=OFFICE)
icj_pres = b.ent(None, "رئيس محكمة العدل الدولية", "President of the International Court of Justice", cls=OFFICE)
pm_jordan = b.ent(None, "رئيس وزراء الأردن", "Prime Minister of Jordan", ["رئاسة الوزراء", "رئيس الوزراء"], cls=OFFICE)

# ---- Abd al-Razzaq al-Sanhuri
sanhuri = b.person("عبد الرزاق السنهوري", "Abd al-Razzaq al-Sanhuri", M, ["عبد الرزاق أحمد السنهوري", "السنهوري"],
                   born="1895-08-11", died="1971-07-21", birthplace=alexandria, deathplace=cairo)
occ(sanhuri, JURIST, JUDGE, POLITICIAN)
sanhuri_father = b.person("أحمد السنهوري", "Ahmad al-Sanhuri", M)
b.parents(sanhuri, father=sanhuri_father)
b.link(sanhuri, "P69", law_school, end="1917")
b.link(sanhuri, "P69", lyon_univ, end="1926")
lambert = b.person("إدوار لامبير", "Édouard Lambert", M, born="1866", died="1947")
occ(lambert, JURIST)
b.link(sanhuri, "P1066", lambert)
b.link(sanhuri, "P184", lambert)
b.link(sanhuri, "P108", baghdad_law, start="1935")
b.link(sanhuri, "P39", council_state_head, start="1949", end="1954")
b.link(council_state_head, "P1001", council_state)
b.link(civil_code_eg, "P50", sanhuri)
b.link(civil_code_iq, "P50", sanhuri)
b.link(wasit, "P50", sanhuri)
b.link(masadir, "P50", sanhuri)
naguib = b.person("محمد نجيب", "Mohamed Naguib", M, born="1901-02-20", died="1984-08-28", birthplace=khartoum,
                  deathplace=cairo)
occ(naguib, POLITICIAN, OFFICER)
b.link(naguib, "P39", pres_egypt, start="1953-06-18", end="1954-11-14")
nasser = b.person("جمال عبد الناصر", "Gamal Abdel Nasser", M, born="1918-01-15", died="1970-09-28",
                  birthplace=alexandria, deathplace=cairo)
occ(nasser, POLITICIAN, OFFICER)
b.link(nasser, "P39", pres_egypt, start="1956", end="1970-09-28")
nadia = b.person("نادية السنهوري", "Nadia al-Sanhuri", F)
b.parents(nadia, father=sanhuri)
shawi = b.person("توفيق الشاوي", "Tawfiq al-Shawi", M, born="1918", died="2009")
occ(shawi, JURIST)
b.married(nadia, shawi)

# ---- Adly Mansour and the Supreme Constitutional Court
mansour = b.person("عدلي منصور", "Adly Mansour", M, ["عدلي محمود منصور"], born="1945-12-23", birthplace=cairo)
occ(mansour, JUDGE, JURIST, POLITICIAN)
b.link(mansour, "P69", cairo_law, end="1967")
b.link(mansour, "P69", ena, end="1977")
b.link(mansour, "P108", scc, start="1992")
b.link(mansour, "P39", scc_head, start="2013-07-01", end="2016-06-30")
b.link(mansour, "P39", pres_egypt, start="2013-07-04", end="2014-06-08")
beheiry = b.person("ماهر البحيري", "Maher El-Beheiry", M)
occ(beheiry, JUDGE)
b.link(beheiry, "P39", scc_head, start="2012", end="2013-06-30")
morsi = b.person("محمد مرسي", "Mohamed Morsi", M, born="1951-08-20", died="2019-06-17", birthplace=adwah,
                 deathplace=cairo)
occ(morsi, POLITICIAN)
b.link(morsi, "P39", pres_egypt, start="2012-06-30", end="2013-07-03")
sisi = b.person("عبد الفتاح السيسي", "Abdel Fattah el-Sisi", M, born="1954-11-19", birthplace=cairo)
occ(sisi, OFFICER, POLITICIAN)
defmin = b.ent(None, "وزير الدفاع المصري", "Minister of Defence of Egypt", ["وزير الدفاع"], cls=OFFICE)
b.link(sisi, "P39", defmin, start="2012-08-12", end="2014-03-26")
b.link(sisi, "P39", pres_egypt, start="2014-06-08")
beblawi = b.person("حازم الببلاوي", "Hazem el-Beblawi", M, born="1936-10-17", birthplace=cairo)
occ(beblawi, ECONOMIST, POLITICIAN)
baradei = b.person("محمد البرادعي", "Mohamed ElBaradei", M, born="1942-06-17", birthplace=cairo)
occ(baradei, DIPLOMAT, LAWYER)
b.link(baradei, "P166", nobel_peace, at="2005")
gebali = b.person("تهاني الجبالي", "Tahani al-Gebali", F, born="1950-04-09", died="2022-01-09", birthplace=tanta,
                  deathplace=cairo)
occ(gebali, JUDGE, LAWYER)
b.link(gebali, "P108", scc, start="2003", end="2012")

# ---- Muhammad Abduh
abduh = b.person("محمد عبده", "Muhammad Abduh", M, ["الإمام محمد عبده", "الأستاذ الإمام"], born="1849",
                 died="1905-07-11", birthplace=mahallat_nasr, deathplace=alexandria)
occ(abduh, JURIST, JUDGE, SCHOLAR, MUFTI)
abduh_father = b.person("عبده بن حسن خير الله", "Abduh ibn Hasan Khairallah", M, ["عبده خير الله"])
b.parents(abduh, father=abduh_father)
b.link(abduh, "P69", ahmadi)
b.link(abduh, "P69", azhar, end="1877")
b.link(abduh, "P39", mufti_egypt, start="1899", end="1905-07-11")
afghani = b.person("جمال الدين الأفغاني", "Jamal al-Din al-Afghani", M, ["الأفغاني"], born="1838",
                   died="1897-03-09", deathplace=istanbul)
occ(afghani, SCHOLAR, POLITICIAN)
b.link(abduh, "P1066", afghani)
b.link(urwa, "P50", afghani)
b.link(urwa, "P50", abduh)
abbas = b.person("عباس حلمي الثاني", "Abbas II of Egypt", M, ["الخديوي عباس حلمي الثاني", "عباس حلمي"],
                 born="1874-07-14", died="1944-12-19", birthplace=alexandria, deathplace=geneva)
occ(abbas, MONARCH)
nawawi = b.person("حسونة النواوي", "Hassuna al-Nawawi", M, born="1839", died="1925")
occ(nawawi, MUFTI, SCHOLAR)
b.link(nawawi, "P39", mufti_egypt, start="1895", end="1899")
rida = b.person("محمد رشيد رضا", "Muhammad Rashid Rida", M, ["رشيد رضا"], born="1865-09-23", died="1935-08-22",
                birthplace=qalamoun, deathplace=cairo)
occ(rida, SCHOLAR, WRITER)
b.link(rida, "P1066", abduh)
b.link(manar, "P112", rida)
zaghloul = b.person("سعد زغلول", "Saad Zaghloul", M, born="1859", died="1927-08-23", deathplace=cairo)
occ(zaghloul, POLITICIAN, LAWYER)
b.link(zaghloul, "P1066", abduh)

# ---- Muhammad al-Tahir ibn Ashur
ashur = b.person("محمد الطاهر بن عاشور", "Muhammad al-Tahir ibn Ashur", M, ["الطاهر بن عاشور"], born="1879",
                 died="1973-08-12", birthplace=marsa, deathplace=tunis)
occ(ashur, JURIST, SCHOLAR, MUFTI)
ashur_father = b.person("محمد بن عاشور", "Muhammad ibn Ashur", M)
bouattour = b.person("محمد العزيز بوعتور", "Mohamed Aziz Bouattour", M, born="1825", died="1907")
occ(bouattour, POLITICIAN)
ashur_mother = b.person("فاطمة بنت محمد العزيز بوعتور", "Fatima Bouattour", F)
b.parents(ashur_mother, father=bouattour)
b.parents(ashur, father=ashur_father, mother=ashur_mother)
b.married(ashur_father, ashur_mother)
ashur_elder = b.person("محمد الطاهر بن عاشور الجد", "Muhammad al-Tahir ibn Ashur (the elder)", M, born="1815",
                       died="1868")
b.parents(ashur_father, father=ashur_elder)
b.link(ashur, "P69", zaytuna)
b.link(ashur, "P69", sadiqi)
b.link(ashur, "P39", zaytuna_head, start="1932")
b.link(ashur, "P39", zaytuna_head, start="1945")
b.link(zaytuna_head, "P1001", zaytuna)
b.link(ashur, "P108", zaytuna_univ, start="1956", end="1960")
b.link(tahrir, "P50", ashur)
b.link(maqasid, "P50", ashur)
khayr = b.person("خير الدين التونسي", "Hayreddin Pasha", M, ["خير الدين باشا"], born="1820", died="1890-01-30",
                 deathplace=istanbul)
occ(khayr, POLITICIAN)
b.link(sadiqi, "P112", khayr)
fadil = b.person("محمد الفاضل بن عاشور", "Mohamed Fadhel Ben Achour", M, ["الفاضل بن عاشور"], born="1909-10-16",
                 died="1970-04-20", birthplace=marsa, deathplace=tunis)
occ(fadil, SCHOLAR, MUFTI)
b.parents(fadil, father=ashur)
b.link(fadil, "P39", mufti_tunisia, start="1962", end="1970-04-20")
bourguiba = b.person("الحبيب بورقيبة", "Habib Bourguiba", M, ["بورقيبة"], born="1903-08-03", died="2000-04-06",
                     birthplace=monastir, deathplace=monastir)
occ(bourguiba, POLITICIAN, LAWYER)

# ---- Ahmad Kuftaro
kuftaro = b.person("أحمد كفتارو", "Ahmad Kuftaro", M, born="1915", died="2004-09-01", birthplace=damascus,
                   deathplace=damascus)
occ(kuftaro, MUFTI, SCHOLAR)
amin = b.person("محمد أمين كفتارو", "Muhammad Amin Kuftaro", M, died="1938", deathplace=damascus)
b.parents(kuftaro, father=amin)
b.link(kuftaro, "P39", mufti_syria, start="1964", end="2004-09-01")
b.link(abu_nour, "P112", kuftaro)
salah_kuftaro = b.person("صلاح الدين كفتارو", "Salah al-Din Kuftaro", M)
b.parents(salah_kuftaro, father=kuftaro)
b.link(salah_kuftaro, "P108", abu_nour)
abidin = b.person("أبو اليسر عابدين", "Abu al-Yusr Abidin", M, ["محمد أبو اليسر عابدين"], born="1889", died="1981",
                  birthplace=damascus, deathplace=damascus)
occ(abidin, MUFTI, SCHOLAR)
b.link(abidin, "P39", mufti_syria, start="1954", end="1963")
assad = b.person("حافظ الأسد", "Hafez al-Assad", M, born="1930-10-06", died="2000-06-10", birthplace=qardaha,
                 deathplace=damascus)
occ(assad, POLITICIAN, OFFICER)
hassoun = b.person("أحمد بدر الدين حسون", "Ahmad Badreddin Hassoun", M, ["أحمد حسون"], born="1949-04-25",
                   birthplace=aleppo)
occ(hassoun, MUFTI, SCHOLAR)
b.link(hassoun, "P39", mufti_syria, start="2005", end="2021-11-15")

# ---- Dar al-Ifta al-Misriyya
b.link(dar_ifta, "P112", abbas)
mutii = b.person("محمد بخيت المطيعي", "Muhammad Bakhit al-Muti'i", M, born="1854", died="1935")
occ(mutii, MUFTI, SCHOLAR)
b.link(mutii, "P39", mufti_egypt, start="1915", end="1920")
makhluf = b.person("حسنين محمد مخلوف", "Hasanayn Muhammad Makhluf", M, born="1890", died="1990")
occ(makhluf, MUFTI, SCHOLAR)
b.link(makhluf, "P39", mufti_egypt, start="1946", end="1950")
b.link(makhluf, "P39", mufti_egypt, start="1952", end="1954")
gadalhaq = b.person("جاد الحق علي جاد الحق", "Gad al-Haq Ali Gad al-Haq", M, born="1917-04-05", died="1996-03-15",
                    birthplace=batra, deathplace=cairo)
occ(gadalhaq, MUFTI, SCHOLAR)
b.link(gadalhaq, "P39", mufti_egypt, start="1978", end="1982")
b.link(gadalhaq, "P39", grand_imam, start="1982", end="1996-03-15")
tantawi = b.person("محمد سيد طنطاوي", "Muhammad Sayyid Tantawy", M, born="1928-10-28", died="2010-03-10",
                   birthplace=tama, deathplace=riyadh)
occ(tantawi, MUFTI, SCHOLAR)
b.link(tantawi, "P39", mufti_egypt, start="1986", end="1996")
b.link(tantawi, "P39", grand_imam, start="1996", end="2010-03-10")
wasil = b.person("نصر فريد واصل", "Nasr Farid Wasil", M, born="1937")
occ(wasil, MUFTI, SCHOLAR)
b.link(wasil, "P39", mufti_egypt, start="1996", end="2002")
tayeb = b.person("أحمد الطيب", "Ahmed el-Tayeb", M, born="1946-01-06", birthplace=qurna)
occ(tayeb, MUFTI, SCHOLAR)
b.link(tayeb, "P39", mufti_egypt, start="2002", end="2003")
b.link(tayeb, "P39", grand_imam, start="2010-03-19")
gomaa = b.person("علي جمعة", "Ali Gomaa", M, born="1952-03-03", birthplace=beni_suef)
occ(gomaa, MUFTI, SCHOLAR)
b.link(gomaa, "P39", mufti_egypt, start="2003", end="2013")
allam = b.person("شوقي علام", "Shawki Allam", M)
occ(allam, MUFTI, SCHOLAR)
b.link(allam, "P39", mufti_egypt, start="2013", end="2024")

# ---- the Shakir family
m_shakir = b.person("محمد شاكر", "Muhammad Shakir", M, ["الشيخ محمد شاكر"], born="1866", died="1939",
                    birthplace=jirja, deathplace=cairo)
occ(m_shakir, JUDGE, SCHOLAR)
b.link(m_shakir, "P69", azhar)
b.link(m_shakir, "P39", sudan_judge, start="1900", end="1904")
b.link(m_shakir, "P39", azhar_deputy, start="1909", end="1913")
a_shakir = b.person("أحمد محمد شاكر", "Ahmad Muhammad Shakir", M, ["أحمد شاكر"], born="1892-01-29",
                    died="1958-06-14", birthplace=cairo, deathplace=cairo)
occ(a_shakir, JUDGE, SCHOLAR)
b.link(a_shakir, "P69", gordon)
b.link(a_shakir, "P69", azhar)
b.link(a_shakir, "P108", sharia_courts)
mah_shakir = b.person("محمود محمد شاكر", "Mahmoud Mohamed Shaker", M, ["محمود شاكر", "أبو فهر"], born="1909-02-01",
                      died="1997-08-07", birthplace=alexandria, deathplace=cairo)
occ(mah_shakir, WRITER, SCHOLAR)
b.link(mah_shakir, "P166", faisal_prize, at="1984")
for child in (a_shakir, mah_shakir):
    b.parents(child, father=m_shakir)
b.siblings(a_shakir, mah_shakir)
taha = b.person("طه حسين", "Taha Hussein", M, born="1889-11-15", died="1973-10-28", birthplace=izbet_kilo,
                deathplace=cairo)
occ(taha, WRITER)

# ---- Awn al-Khasawneh
khasawneh = b.person("عون الخصاونة", "Awn Shawkat Al-Khasawneh", M, ["عون شوكت الخصاونة"], born="1950-02-22",
                     birthplace=amman)
occ(khasawneh, JUDGE, JURIST, DIPLOMAT, POLITICIAN)
b.link(khasawneh, "P69", queens)
b.link(khasawneh, "P69", cambridge_univ)
b.link(khasawneh, "P39", royal_court, start="1996", end="1998")
b.link(khasawneh, "P39", icj_judge, start="2000-02-05", end="2011")
b.link(khasawneh, "P39", icj_vp, start="2006-02-06", end="2009-02-05")
b.link(khasawneh, "P39", pm_jordan, start="2011-10-24", end="2012-05-02")
b.link(icj_judge, "P1001", icj)
hussein = b.person("الحسين بن طلال", "Hussein of Jordan", M, ["الملك الحسين"], born="1935-11-14", died="1999-02-07",
                   birthplace=amman, deathplace=amman)
occ(hussein, MONARCH)
abdullah = b.person("عبد الله الثاني", "Abdullah II of Jordan", M, ["الملك عبد الله الثاني"], born="1962-01-30",
                    birthplace=amman)
occ(abdullah, MONARCH)
b.parents(abdullah, father=hussein)
higgins = b.person("روزالين هيغنز", "Rosalyn Higgins", F, born="1937-06-02", birthplace=london)
occ(higgins, JUDGE, JURIST)
b.link(higgins, "P39", icj_pres, start="2006-02-06", end="2009-02-05")
bakhit = b.person("معروف البخيت", "Marouf al-Bakhit", M, born="1947")
occ(bakhit, POLITICIAN, OFFICER)
b.link(bakhit, "P39", pm_jordan, start="2011-02-09", end="2011-10-24")
tarawneh = b.person("فايز الطراونة", "Fayez al-Tarawneh", M, born="1949-05-01", died="2021-12-15", birthplace=amman)
occ(tarawneh, POLITICIAN, ECONOMIST)
b.link(tarawneh, "P39", pm_jordan, start="2012-05-02", end="2012-10-11")

b.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "dev23b.json"))
