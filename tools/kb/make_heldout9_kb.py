"""Generates data/kb/heldout9.json, the knowledge base of the ninth held-out verification set (data/kb/heldout9/):
Gogol, Hosni Mubarak (news obituary), the Mamluk sultan Baybars with Hijri years and Julian KB dates, Nikola Tesla
(timeline), Ahmed Urabi in questions and answers, the family of Shah Jahan, the Royal Society, Vincent van Gogh.
Facts from standard reference works as remembered, written by hand; local ids from Q90020001.
Run: python3 tools/kb/make_heldout9_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
HUMAN, CITY, VILLAGE, COUNTRY, STATE, REGION = "Q5", "Q515", "Q532", "Q6256", "Q3024240", "Q82794"
UNIV, SCHOOL, ORG, POS, AWARD, BATTLE, EVENT = "Q3918", "Q3914", "Q43229", "Q4164871", "Q618779", "Q178561", "Q1190554"
BUILDING, ISLAND, PROVINCE, DISTRICT, COMPANY, JOURNAL = "Q41176", "Q23442", "Q10864048", "Q123705", "Q4830453", "Q5633421"

kb = KbBuilder(90020000)
P, PL, O, L, D = kb.person, kb.place, kb.org, kb.link, kb.date

# ---- countries and capitals (local ids: the shared checker wants every entity in the local range)
egypt = kb.ent(None, "مصر", "Egypt", ["الديار المصرية"], cls=COUNTRY)
cairo = kb.ent(None, "القاهرة", "Cairo", cls=CITY); L(cairo, "P17", egypt)
russia = kb.ent(None, "روسيا", "Russia", cls=COUNTRY)
moscow = kb.ent(None, "موسكو", "Moscow", cls=CITY); L(moscow, "P17", russia)
spb = kb.ent(None, "سانت بطرسبورغ", "Saint Petersburg", ["بطرسبورغ"], cls=CITY); L(spb, "P17", russia)
uk = kb.ent(None, "المملكة المتحدة", "United Kingdom", ["بريطانيا"], cls=COUNTRY)
london = kb.ent(None, "لندن", "London", cls=CITY); L(london, "P17", uk)
france = kb.ent(None, "فرنسا", "France", cls=COUNTRY)
paris = kb.ent(None, "باريس", "Paris", cls=CITY); L(paris, "P17", france)
india = kb.ent(None, "الهند", "India", cls=COUNTRY)
writer, painter, scientist, politician, officer = (kb.ent(None, a, e) for a, e in (
    ("كاتب", "writer"), ("رسام", "painter"), ("عالم", "scientist"), ("سياسي", "politician"), ("ضابط", "military officer")))

# ---- Gogol
ruse = O("الإمبراطورية الروسية", "Russian Empire", STATE, founded="1721", dissolved="1917")
poltava = PL("محافظة بولتافا", "Poltava Governorate", PROVINCE, ["بولتافا"], country=ruse)
soroch = PL("سوروتشينتسي", "Sorochyntsi", VILLAGE, ["فيليكي سوروتشينتسي"], inside=poltava)
nizhyn = PL("نيجين", "Nizhyn", CITY, inside=poltava)
mishen = PL("ميشينسكويه", "Mishenskoye", VILLAGE, country=ruse)
papal = O("الولايات البابوية", "Papal States", STATE, founded="0754", dissolved="1870")
rome = PL("روما", "Rome", CITY, country=papal)
germany = kb.ent(None, "ألمانيا", "Germany", cls=COUNTRY)
baden = PL("بادن-بادن", "Baden-Baden", CITY, ["بادن بادن"], country=germany)
danilov = PL("دير دانيلوف", "Danilov Monastery", BUILDING, inside=moscow)
novod = PL("مقبرة نوفوديفيتشي", "Novodevichy Cemetery", BUILDING, inside=moscow)
nizhyn_g = O("ثانوية نيجين للعلوم العليا", "Nizhyn Gymnasium of Higher Sciences", SCHOOL, ["ثانوية نيجين"], founded="1820", located=nizhyn)
spbu = O("جامعة سانت بطرسبورغ", "Saint Petersburg University", UNIV, ["جامعة بطرسبورغ"], located=spb)
gogol = P("نيكولاي فاسيليفيتش غوغول", "Nikolai Gogol", M, ["غوغول", "نيكولاي غوغول"], born="1809-04-01", died="1852-03-04",
          birthplace=soroch, deathplace=moscow)
vasily = P("فاسيلي أفاناسييفيتش غوغول-يانوفسكي", "Vasily Gogol-Yanovsky", M, ["فاسيلي غوغول-يانوفسكي"], born="1777", died="1825")
maria = P("ماريا إيفانوفنا", "Maria Ivanovna Gogol-Yanovskaya", F, ["ماريا إيفانوفنا غوغول-يانوفسكايا", "ماريا كوسياروفسكايا"],
          born="1791", died="1868")
ivan_g = P("إيفان غوغول-يانوفسكي", "Ivan Gogol-Yanovsky", M, ["إيفان"], born="1810", died="1819")
olga_g = P("أولغا غوغول-غولوفنيا", "Olga Gogol-Golovnya", F, ["أولغا", "أولغا فاسيليفنا"], born="1825", died="1907")
for c in (gogol, ivan_g, olga_g):
    kb.parents(c, vasily, maria)
kb.siblings(gogol, ivan_g, olga_g)
kb.married(vasily, maria, "1805")
L(gogol, "P106", writer)
L(gogol, "P69", nizhyn_g, "1821", "1828")
L(gogol, "P108", spbu, "1834", "1835")
L(gogol, "P119", danilov); L(gogol, "P119", novod, "1931")
zhuk = P("فاسيلي جوكوفسكي", "Vasily Zhukovsky", M, ["جوكوفسكي"], born="1783-02-09", died="1852-04-24",
         birthplace=mishen, deathplace=baden)
L(zhuk, "P106", writer)
atolstoy = P("ألكسندر بتروفيتش تولستوي", "Alexander Petrovich Tolstoy", M, ["ألكسندر تولستوي", "الكونت ألكسندر تولستوي"],
             born="1801", died="1873")

# ---- Hosni Mubarak
menof = PL("محافظة المنوفية", "Monufia Governorate", PROVINCE, ["المنوفية"], country=egypt)
kafr = PL("كفر المصيلحة", "Kafr El-Meselha", VILLAGE, inside=menof, country=egypt)
jalaa = PL("مستشفى الجلاء العسكري", "Galaa Military Hospital", BUILDING, inside=cairo, country=egypt)
heliop = PL("مصر الجديدة", "Heliopolis", DISTRICT, inside=cairo, country=egypt)
minya = PL("المنيا", "Minya", CITY, country=egypt)
mitabu = PL("ميت أبو الكوم", "Mit Abu al-Kum", VILLAGE, inside=menof, country=egypt)
tanta = PL("طنطا", "Tanta", CITY, country=egypt)
milacad = O("الكلية الحربية", "Egyptian Military Academy", SCHOOL, ["الكلية الحربية المصرية"], located=cairo)
airacad = O("الكلية الجوية", "Egyptian Air Academy", SCHOOL, ["الكلية الجوية المصرية"])
eaf = O("القوات الجوية المصرية", "Egyptian Air Force", ORG, ["القوات الجوية"])
pres_eg = kb.ent(None, "رئيس جمهورية مصر", "President of Egypt", ["رئيس الجمهورية"], cls=POS)
vp_eg = kb.ent(None, "نائب رئيس جمهورية مصر", "Vice-President of Egypt", ["نائب الرئيس"], cls=POS)
cmd_eaf = kb.ent(None, "قائد القوات الجوية المصرية", "Commander of the Egyptian Air Force", cls=POS)
dir_air = kb.ent(None, "مدير الكلية الجوية", "Director of the Egyptian Air Academy", cls=POS)
mubarak = P("محمد حسني مبارك", "Hosni Mubarak", M, ["حسني مبارك", "مبارك"], born="1928-05-04", died="2020-02-25",
            birthplace=kafr, deathplace=cairo)
L(mubarak, "P106", officer); L(mubarak, "P106", politician)
L(mubarak, "P69", milacad, end="1949"); L(mubarak, "P69", airacad, end="1950")
L(mubarak, "P39", dir_air, "1967", "1969")
L(mubarak, "P39", cmd_eaf, "1972", "1975")
L(mubarak, "P39", vp_eg, "1975-04-15", "1981-10-14")
L(mubarak, "P39", pres_eg, "1981-10-14", "2011-02-11")
L(mubarak, "P463", eaf, "1950", "1975")
suzanne = P("سوزان ثابت", "Suzanne Mubarak", F, ["سوزان مبارك"], born="1941-02-28", birthplace=minya)
kb.married(mubarak, suzanne, "1959")
alaa = P("علاء مبارك", "Alaa Mubarak", M, ["علاء"], born="1960-11-26", birthplace=cairo)
gamal = P("جمال مبارك", "Gamal Mubarak", M, ["جمال"], born="1963-12-28", birthplace=cairo)
for c in (alaa, gamal):
    kb.parents(c, mubarak, suzanne)
kb.siblings(alaa, gamal)
grandson = P("محمد علاء مبارك", "Mohamed Alaa Mubarak", M, born="1997", died="2009-05-18", deathplace=cairo)
kb.parents(grandson, alaa)
sadat = P("أنور السادات", "Anwar Sadat", M, ["محمد أنور السادات", "السادات"], born="1918-12-25", died="1981-10-06",
          birthplace=mitabu, deathplace=cairo)
L(sadat, "P39", pres_eg, "1970-10-15", "1981-10-06")
L(sadat, "P39", vp_eg, "1969-12-20", "1970-10-15")
shafei = P("حسين الشافعي", "Hussein el-Shafei", M, ["حسين محمود الشافعي"], born="1918-02-08", died="2005-11-18",
           birthplace=tanta, deathplace=cairo)
L(shafei, "P39", vp_eg, "1970-10-16", "1975-04-15")

# ---- Baybars (Julian dates)
kipchak = PL("بلاد القبجاق", "Dasht-i Kipchak", REGION, ["دشت القبجاق", "القبجاق"])
georgia = PL("بلاد الكرج", "Georgia", REGION, ["الكرج", "جورجيا"])
sham = PL("البلاد الشامية", "Bilad al-Sham", REGION, ["الشام", "بلاد الشام"])
damascus = PL("دمشق", "Damascus", CITY, inside=sham)
mansura = PL("المنصورة", "al-Mansurah", CITY, country=egypt)
karak = PL("الكرك", "al-Karak", CITY, ["حصن الكرك"], inside=sham)
antioch = PL("أنطاكية", "Antioch", CITY)
zahiriyya = O("المدرسة الظاهرية", "al-Zahiriyya Madrasa", SCHOOL, ["الظاهرية"], founded="1277", located=damascus)
mamluk = O("السلطنة المملوكية", "Mamluk Sultanate", STATE, ["دولة المماليك"], founded="1250", dissolved="1517")
L(mamluk, "P36", cairo)
sultan = kb.ent(None, "سلطان مصر والشام", "Mamluk Sultan of Egypt", ["سلطان المماليك"], cls=POS)
caliph = kb.ent(None, "الخليفة العباسي في القاهرة", "Abbasid caliph of Cairo", ["الخليفة العباسي"], cls=POS)
ayyub = P("الملك الصالح نجم الدين أيوب", "as-Salih Ayyub", M, ["نجم الدين أيوب", "الصالح أيوب"], born="1205-11-05",
          died="1249-11-22", birthplace=cairo, deathplace=mansura)
baybars = P("الظاهر ركن الدين بيبرس البندقداري", "Baybars", M, ["ركن الدين بيبرس البندقداري", "بيبرس", "الظاهر بيبرس",
                                                                   "بيبرس البندقداري"],
            born="1223", died="1277-07-01", birthplace=kipchak, deathplace=damascus)
L(baybars, "P39", sultan, "1260-10-24", "1277-07-01")
L(baybars, "P119", zahiriyya)
qutuz = P("سيف الدين قطز", "Qutuz", M, ["الملك المظفر قطز", "قطز", "المظفر قطز"], died="1260-10-24")
L(qutuz, "P39", sultan, "1259-11-12", "1260-10-24")
mansura_b = O("معركة المنصورة", "Battle of al-Mansurah", BATTLE, ["وقعة المنصورة"])
D(mansura_b, "P585", "1250-02-11"); L(mansura_b, "P276", mansura); L(mansura_b, "P710", baybars)
ainjalut = O("معركة عين جالوت", "Battle of Ain Jalut", BATTLE, ["عين جالوت", "وقعة عين جالوت"])
D(ainjalut, "P585", "1260-09-03"); L(ainjalut, "P710", qutuz); L(ainjalut, "P710", baybars)
antioch_s = O("فتح أنطاكية", "Siege of Antioch (1268)", BATTLE, ["حصار أنطاكية"])
D(antioch_s, "P585", "1268-05-18"); L(antioch_s, "P276", antioch); L(antioch_s, "P710", baybars)
mustansir = P("المستنصر بالله أحمد", "al-Mustansir II of Cairo", M, ["المستنصر بالله الثاني", "المستنصر بالله"],
              died="1261-11-28")
L(mustansir, "P39", caliph, "1261-06-13", "1261-11-28")
hakim = P("الحاكم بأمر الله أحمد", "al-Hakim I of Cairo", M, ["الحاكم بأمر الله الأول", "الحاكم بأمر الله"],
          died="1302-01-19", deathplace=cairo)
L(hakim, "P39", caliph, "1262-11-16", "1302-01-19")
baraka = P("ناصر الدين بركة خان", "al-Said Baraka", M, ["الملك السعيد بركة خان", "بركة خان", "السعيد بركة"],
           born="1260", died="1280-03", deathplace=karak)
L(baraka, "P39", sultan, "1277-07-01", "1279-08")
solamish = P("بدر الدين سلامش", "Solamish", M, ["الملك العادل سلامش", "سلامش"], born="1272", died="1291")
L(solamish, "P39", sultan, "1279-08", "1279-11")
for c in (baraka, solamish):
    kb.parents(c, baybars)
kb.siblings(baraka, solamish)

# ---- Nikola Tesla
austria_e = O("الإمبراطورية النمساوية", "Austrian Empire", STATE, founded="1804", dissolved="1867")
croatia = kb.ent(None, "كرواتيا", "Croatia", cls=COUNTRY)
lika = PL("ليكا", "Lika", REGION, country=croatia)
smiljan = PL("سميليان", "Smiljan", VILLAGE, inside=lika, country=croatia)
gospic = PL("غوسبيتش", "Gospić", CITY, inside=lika, country=croatia)
austria = kb.ent(None, "النمسا", "Austria", cls=COUNTRY)
graz = PL("غراتس", "Graz", CITY, country=austria)
prague = PL("براغ", "Prague", CITY)
usa = kb.ent(None, "الولايات المتحدة", "United States", ["أمريكا"], cls=COUNTRY)
nyc = PL("نيويورك", "New York City", CITY, country=usa)
manhattan = PL("مانهاتن", "Manhattan", DISTRICT, inside=nyc, country=usa)
hotel = PL("فندق نيويوركر", "New Yorker Hotel", BUILDING, inside=manhattan, country=usa)
longisland = PL("لونغ آيلاند", "Long Island", ISLAND, country=usa)
warden = PL("برج واردنكليف", "Wardenclyffe Tower", BUILDING, ["واردنكليف"], inside=longisland, country=usa)
D(warden, "P571", "1901")
westorange = PL("ويست أورانج", "West Orange", CITY, country=usa)
milan_oh = PL("ميلان", "Milan, Ohio", VILLAGE, country=usa)
graz_tu = O("معهد غراتس التقني", "Graz Polytechnic", UNIV, ["جامعة غراتس التقنية"], founded="1811", located=graz)
charles_u = O("جامعة كارل فرديناند", "Charles-Ferdinand University", UNIV, ["جامعة براغ"], founded="1348", located=prague)
cont_edison = O("شركة إديسون القارية", "Continental Edison Company", COMPANY, founded="1882", located=paris)
edison_mw = O("شركة إديسون للآلات", "Edison Machine Works", COMPANY, founded="1881", located=nyc)
aiee = O("المعهد الأمريكي للمهندسين الكهربائيين", "American Institute of Electrical Engineers", ORG, founded="1884",
         dissolved="1963")
edison_medal = kb.ent(None, "وسام إديسون", "IEEE Edison Medal", ["ميدالية إديسون"], cls=AWARD)
D(edison_medal, "P571", "1909"); L(edison_medal, "P1027", aiee)
tesla = P("نيكولا تسلا", "Nikola Tesla", M, ["تسلا"], born="1856-07-10", died="1943-01-07", birthplace=smiljan,
          deathplace=hotel)
L(tesla, "P106", scientist)
milutin = P("ميلوتين تسلا", "Milutin Tesla", M, born="1819", died="1879", deathplace=gospic)
djuka = P("جوكا مانديتش", "Đuka Mandić", F, ["جوكا تسلا"], born="1822", died="1892")
kb.parents(tesla, milutin, djuka)
kb.married(milutin, djuka, "1847")
L(tesla, "P69", graz_tu, "1875", "1878"); L(tesla, "P69", charles_u, "1880", "1880")
L(tesla, "P108", cont_edison, "1882", "1884"); L(tesla, "P108", edison_mw, "1884", "1885")
L(tesla, "P166", edison_medal, at="1917")
L(tesla, "P27", austria_e); L(tesla, "P27", usa, "1891-07-30")
edison = P("توماس إديسون", "Thomas Edison", M, ["إديسون", "توماس ألفا إديسون"], born="1847-02-11", died="1931-10-18",
           birthplace=milan_oh, deathplace=westorange)
westing = P("جورج وستنغهاوس", "George Westinghouse", M, ["وستنغهاوس"], born="1846-10-06", died="1914-03-12",
            deathplace=nyc)
L(westing, "P166", edison_medal, at="1911")

# ---- Ahmed Urabi
sharqia = PL("محافظة الشرقية", "Sharqia Governorate", PROVINCE, ["الشرقية"], country=egypt)
zagazig = PL("الزقازيق", "Zagazig", CITY, inside=sharqia, country=egypt)
hiriya = PL("هرية رزنة", "Hiriyat Razna", VILLAGE, inside=zagazig, country=egypt)
abdeen = PL("قصر عابدين", "Abdeen Palace", BUILDING, ["عابدين"], inside=cairo, country=egypt)
helwan = PL("حلوان", "Helwan", DISTRICT, inside=cairo, country=egypt)
alex = PL("الإسكندرية", "Alexandria", CITY, country=egypt)
istanbul = PL("إسطنبول", "Istanbul", CITY, ["الآستانة"])
ceylon = PL("سيلان", "Ceylon", ISLAND, ["سريلانكا"])
telkebir = PL("التل الكبير", "Tell El Kebir", VILLAGE, country=egypt)
ireland = kb.ent(None, "أيرلندا", "Ireland", cls=COUNTRY)
dublin = PL("دبلن", "Dublin", CITY, country=ireland)
menton = PL("منتون", "Menton", CITY, country=france)
azhar = O("الجامع الأزهر", "al-Azhar", UNIV, ["الأزهر"], founded="0970", located=cairo)
jihadiyya = O("نظارة الجهادية", "Egyptian Ministry of War", ORG, ["الجهادية", "نظارة الحربية"], located=cairo)
min_war = kb.ent(None, "ناظر الجهادية", "Minister of War of Egypt", ["وزير الحربية"], cls=POS)
L(min_war, "P1001", jihadiyya)
pm_eg = kb.ent(None, "رئيس مجلس النظار", "Prime Minister of Egypt", ["رئيس النظار"], cls=POS)
khedive = kb.ent(None, "خديوي مصر", "Khedive of Egypt", ["الخديوي"], cls=POS)
wali = kb.ent(None, "والي مصر", "Wali of Egypt", cls=POS)
urabi = P("أحمد عرابي", "Ahmed Urabi", M, ["عرابي", "أحمد عرابي باشا"], born="1841-03-31", died="1911-09-21",
          birthplace=hiriya, deathplace=cairo)
L(urabi, "P106", officer)
L(urabi, "P69", azhar)
L(urabi, "P39", min_war, "1882-02-04", "1882-09-13")
L(urabi, "P463", jihadiyya, "1882-02-04", "1882-09-13")
tewfik = P("محمد توفيق", "Tewfik Pasha", M, ["الخديوي توفيق", "الخديوي محمد توفيق", "توفيق"], born="1852-11-15",
           died="1892-01-07", birthplace=cairo, deathplace=helwan)
L(tewfik, "P39", khedive, "1879-06-26", "1892-01-07")
ismail = P("الخديوي إسماعيل", "Isma'il Pasha", M, ["إسماعيل", "إسماعيل باشا"], born="1830-12-31", died="1895-03-02",
           birthplace=cairo, deathplace=istanbul)
L(ismail, "P39", khedive, "1867-06-08", "1879-06-26")
kb.parents(tewfik, ismail)
said = P("محمد سعيد باشا", "Sa'id of Egypt", M, ["سعيد باشا"], born="1822-03-17", died="1863-01-18", birthplace=alex,
         deathplace=alex)
L(said, "P39", wali, "1854-07-13", "1863-01-18")
baroudi = P("محمود سامي البارودي", "Mahmoud Sami el-Baroudi", M, ["البارودي"], born="1839-10-06", died="1904-12-12",
            birthplace=cairo, deathplace=cairo)
L(baroudi, "P39", pm_eg, "1882-02-04", "1882-05-26")
L(baroudi, "P106", writer); L(baroudi, "P106", politician)
abdeen_ev = O("وقفة عابدين", "Abdeen demonstration", EVENT, ["مظاهرة عابدين"])
D(abdeen_ev, "P585", "1881-09-09"); L(abdeen_ev, "P276", abdeen); L(abdeen_ev, "P710", urabi); L(abdeen_ev, "P710", tewfik)
wolseley = P("غارنت ولسلي", "Garnet Wolseley", M, ["ولسلي"], born="1833-06-04", died="1913-03-25", birthplace=dublin,
             deathplace=menton)
tk = O("معركة التل الكبير", "Battle of Tell El Kebir", BATTLE, ["التل الكبير"])
D(tk, "P585", "1882-09-13"); L(tk, "P276", telkebir); L(tk, "P710", urabi); L(tk, "P710", wolseley)
nadim = P("عبد الله النديم", "Abdallah al-Nadim", M, ["النديم"], born="1842", died="1896-10-10", birthplace=alex,
          deathplace=istanbul)

# ---- the family of Shah Jahan
mughal = O("الإمبراطورية المغولية", "Mughal Empire", STATE, ["الدولة المغولية"], founded="1526", dissolved="1857")
emperor = kb.ent(None, "إمبراطور مغولي", "Mughal emperor", ["الإمبراطور المغولي"], cls=POS)
L(emperor, "P1001", mughal)
pakistan = kb.ent(None, "باكستان", "Pakistan", cls=COUNTRY)
lahore = PL("لاهور", "Lahore", CITY, country=pakistan)
agra = PL("آغرا", "Agra", CITY, country=india)
agrafort = PL("قلعة آغرا", "Agra Fort", BUILDING, inside=agra, country=india)
taj = PL("تاج محل", "Taj Mahal", BUILDING, ["ضريح تاج محل"], inside=agra, country=india)
D(taj, "P571", "1632")
umerkot = PL("عمركوت", "Umerkot", CITY, country=pakistan)
fatehpur = PL("فتحبور سيكري", "Fatehpur Sikri", CITY, inside=agra, country=india)
kandahar = PL("قندهار", "Kandahar", CITY)
burhanpur = PL("برهانبور", "Burhanpur", CITY, country=india)
ajmer = PL("أجمير", "Ajmer", CITY, country=india)
delhi = PL("دلهي", "Delhi", CITY, country=india)
dahod = PL("داهود", "Dahod", CITY, country=india)
ahmednagar = PL("أحمدنكر", "Ahmednagar", CITY, country=india)
bhimber = PL("بهمبر", "Bhimber", CITY)
arakan = PL("أراكان", "Arakan", REGION)
gwalior = PL("غواليور", "Gwalior", CITY, country=india)
marwar = PL("مارواد", "Marwar", REGION, ["مارفار"], country=india)
akbar = P("جلال الدين أكبر", "Akbar", M, ["أكبر", "الإمبراطور أكبر"], born="1542-10-15", died="1605-10-27",
          birthplace=umerkot, deathplace=agra)
L(akbar, "P39", emperor, "1556-02-11", "1605-10-27")
jahangir = P("نور الدين جهانكير", "Jahangir", M, ["جهانكير", "جهانگير"], born="1569-08-31", died="1627-10-28",
             birthplace=fatehpur, deathplace=bhimber)
L(jahangir, "P39", emperor, "1605-11-03", "1627-10-28")
kb.parents(jahangir, akbar)
jagat = P("جكت غوساين", "Jagat Gosain", F, ["مانماتي", "جگت گوسائن"], born="1573", died="1619", deathplace=agra)
nurjahan = P("نور جهان", "Nur Jahan", F, ["مهر النساء"], born="1577-05-31", died="1645-12-17", birthplace=kandahar,
             deathplace=lahore)
kb.married(jahangir, jagat, "1586")
kb.married(jahangir, nurjahan, "1611")
itimad = P("اعتماد الدولة", "I'timad-ud-Daula", M, ["ميرزا غياث بيك", "غياث بيك"], died="1622")
asaf = P("آصف خان", "Asaf Khan", M, ["أبو الحسن آصف خان"], born="1569", died="1641", deathplace=lahore)
kb.parents(nurjahan, itimad); kb.parents(asaf, itimad); kb.siblings(nurjahan, asaf)
shahjahan = P("شاه جهان", "Shah Jahan", M, ["خرم", "الأمير خرم", "شهاب الدين محمد خرم"], born="1592-01-05",
              died="1666-01-22", birthplace=lahore, deathplace=agrafort)
kb.parents(shahjahan, jahangir, jagat)
L(shahjahan, "P39", emperor, "1628-01-19", "1658-07-31")
mumtaz = P("ممتاز محل", "Mumtaz Mahal", F, ["أرجمند بانو بيكم", "أرجمند بانو"], born="1593-04-27", died="1631-06-17",
           birthplace=agra, deathplace=burhanpur)
kb.parents(mumtaz, asaf)
kb.married(shahjahan, mumtaz, "1612-05-10", "1631-06-17")
L(mumtaz, "P119", taj)
jahanara = P("جهان آرا", "Jahanara Begum", F, ["جهان آرا بيكم"], born="1614-04-02", died="1681-09-16", birthplace=ajmer,
             deathplace=delhi)
dara = P("دارا شكوه", "Dara Shikoh", M, ["دارا شكوه"], born="1615-03-20", died="1659-08-30", birthplace=ajmer,
         deathplace=delhi)
shuja = P("شاه شجاع", "Shah Shuja", M, born="1616-06-23", died="1661", birthplace=ajmer, deathplace=arakan)
aurang = P("أورنكزيب", "Aurangzeb", M, ["أورنگزيب", "محيي الدين أورنكزيب", "عالمكير"], born="1618-11-03",
           died="1707-03-03", birthplace=dahod, deathplace=ahmednagar)
L(aurang, "P39", emperor, "1658-07-31", "1707-03-03")
murad = P("مراد بخش", "Murad Bakhsh", M, born="1624-10-09", died="1661-12-14", deathplace=gwalior)
kids = (jahanara, dara, shuja, aurang, murad)
for c in kids:
    kb.parents(c, shahjahan, mumtaz)
kb.siblings(*kids)

# ---- the Royal Society
rs = O("الجمعية الملكية في لندن", "Royal Society", ORG, ["الجمعية الملكية"], founded="1660-11-28", located=london)
gresham = O("كلية غريشام", "Gresham College", SCHOOL, founded="1597", located=london)
L(rs, "P740", gresham)
burl = PL("بيت برلنغتون", "Burlington House", BUILDING, ["برلنغتون هاوس"], inside=london, country=uk)
carlton = PL("كارلتون هاوس تيراس", "Carlton House Terrace", BUILDING, inside=london, country=uk)
L(rs, "P159", burl, "1857", "1967"); L(rs, "P159", carlton, "1967")
pres_rs = kb.ent(None, "رئيس الجمعية الملكية", "President of the Royal Society", cls=POS)
L(pres_rs, "P1001", rs)
sec_rs = kb.ent(None, "أمين سر الجمعية الملكية", "Secretary of the Royal Society", cls=POS)
cur_rs = kb.ent(None, "قيّم التجارب في الجمعية الملكية", "Curator of Experiments of the Royal Society", cls=POS)
ptrans = O("المعاملات الفلسفية للجمعية الملكية", "Philosophical Transactions of the Royal Society", JOURNAL,
           ["المعاملات الفلسفية"], founded="1665")
england = O("مملكة إنجلترا", "Kingdom of England", STATE, ["إنجلترا"], dissolved="1707")
king_en = kb.ent(None, "ملك إنجلترا", "King of England", cls=POS)
charles2 = P("تشارلز الثاني", "Charles II of England", M, ["الملك تشارلز الثاني"], born="1630-05-29", died="1685-02-06",
             birthplace=london, deathplace=london)
L(charles2, "P39", king_en, "1660-05-29", "1685-02-06")
castlelyons = PL("كاسلليونز", "Castlelyons", VILLAGE, country=ireland)
brouncker = P("ويليام برونكر", "William Brouncker", M, ["اللورد برونكر", "برونكر"], born="1620", died="1684-04-05",
              birthplace=castlelyons, deathplace=london)
L(brouncker, "P39", pres_rs, "1662", "1677")
lismore = PL("ليزمور", "Lismore", CITY, country=ireland)
boyle = P("روبرت بويل", "Robert Boyle", M, ["بويل"], born="1627", died="1691", birthplace=lismore, deathplace=london)
iow = PL("جزيرة وايت", "Isle of Wight", ISLAND, ["وايت"], country=uk)
freshwater = PL("فريشووتر", "Freshwater", VILLAGE, inside=iow, country=uk)
hooke = P("روبرت هوك", "Robert Hooke", M, ["هوك"], born="1635", died="1703", birthplace=freshwater, deathplace=london)
L(hooke, "P39", cur_rs, "1662", "1703")
eknoyle = PL("إيست نويل", "East Knoyle", VILLAGE, country=uk)
stpauls = PL("كاتدرائية القديس بولس", "St Paul's Cathedral", BUILDING, inside=london, country=uk)
wren = P("كريستوفر رن", "Christopher Wren", M, ["رن"], born="1632-10-20", died="1723-02-25", birthplace=eknoyle,
         deathplace=london)
L(wren, "P39", pres_rs, "1680", "1682")
L(stpauls, "P84", wren)
woolsthorpe = PL("وولسثورب", "Woolsthorpe-by-Colsterworth", VILLAGE, ["وولسثورب باي كولسترورث"], country=uk)
kensington = PL("كنسينغتون", "Kensington", DISTRICT, inside=london, country=uk)
cambridge_u = O("جامعة كامبريدج", "University of Cambridge", UNIV, ["كامبريدج"], founded="1209")
trinity = O("كلية الثالوث", "Trinity College, Cambridge", SCHOOL, ["كلية ترينيتي"], founded="1546")
L(trinity, "P361", cambridge_u)
newton = P("إسحاق نيوتن", "Isaac Newton", M, ["نيوتن"], born="1643-01-04", died="1727-03-31", birthplace=woolsthorpe,
           deathplace=kensington)
L(newton, "P69", trinity, "1661", "1665")
L(newton, "P108", trinity, "1667", "1701")
L(newton, "P463", rs, "1672")
L(newton, "P39", pres_rs, "1703", "1727")
L(newton, "P106", scientist)
killyleagh = PL("كيليليه", "Killyleagh", VILLAGE)
chelsea = PL("تشيلسي", "Chelsea", DISTRICT, inside=london, country=uk)
sloane = P("هانز سلون", "Hans Sloane", M, ["سلون"], born="1660-04-16", died="1753-01-11", birthplace=killyleagh,
           deathplace=chelsea)
L(sloane, "P39", pres_rs, "1727", "1741")
isleworth = PL("آيلوورث", "Isleworth", DISTRICT, inside=london, country=uk)
banks = P("جوزيف بانكس", "Joseph Banks", M, ["بانكس"], born="1743-02-24", died="1820-06-19", birthplace=london,
          deathplace=isleworth)
L(banks, "P39", pres_rs, "1778", "1820")
penzance = PL("بنزانس", "Penzance", CITY, country=uk)
geneva = PL("جنيف", "Geneva", CITY)
davy = P("همفري ديفي", "Humphry Davy", M, ["ديفي"], born="1778-12-17", died="1829-05-29", birthplace=penzance,
         deathplace=geneva)
L(davy, "P39", pres_rs, "1820", "1827")
bremen = PL("بريمن", "Bremen", CITY, country=germany)
oldenburg = P("هنري أولدنبرغ", "Henry Oldenburg", M, ["أولدنبرغ"], born="1619", died="1677-09-05", birthplace=bremen,
              deathplace=london)
L(oldenburg, "P39", sec_rs, "1663", "1677")
L(ptrans, "P112", oldenburg); L(ptrans, "P123", rs)
for f in (boyle, wren, brouncker):
    L(rs, "P112", f)
for m_ in (boyle, hooke, wren, brouncker, oldenburg, sloane, banks, davy):
    L(m_, "P463", rs)

# ---- Vincent van Gogh
nl = kb.ent(None, "هولندا", "Netherlands", cls=COUNTRY)
nbrabant = PL("برابانت الشمالية", "North Brabant", PROVINCE, country=nl)
zundert = PL("زونديرت", "Zundert", VILLAGE, ["خروت زونديرت"], inside=nbrabant, country=nl)
nuenen = PL("نوينن", "Nuenen", VILLAGE, inside=nbrabant, country=nl)
princenhage = PL("برنسنهاخه", "Princenhage", VILLAGE, inside=nbrabant, country=nl)
benschop = PL("بنسخوب", "Benschop", VILLAGE, country=nl)
hague = PL("لاهاي", "The Hague", CITY, country=nl)
leiden = PL("لايدن", "Leiden", CITY, country=nl)
amsterdam = PL("أمستردام", "Amsterdam", CITY, country=nl)
utrecht = PL("أوتريخت", "Utrecht", CITY, country=nl)
laren = PL("لارن", "Laren", VILLAGE, country=nl)
belgium = kb.ent(None, "بلجيكا", "Belgium", cls=COUNTRY)
antwerp = PL("أنتويرب", "Antwerp", CITY, country=belgium)
arles = PL("آرل", "Arles", CITY, country=france)
stremy = PL("سان ريمي دو بروفانس", "Saint-Rémy-de-Provence", CITY, country=france)
mausole = PL("سان بول دو موزول", "Saint-Paul-de-Mausole", BUILDING, ["مصح سان بول دو موزول"], inside=stremy, country=france)
auvers = PL("أوفير سور واز", "Auvers-sur-Oise", VILLAGE, country=france)
marquesas = PL("جزر الماركيز", "Marquesas Islands", ISLAND, ["الماركيز"], country=france)
atuona = PL("أتوونا", "Atuona", VILLAGE, inside=marquesas, country=france)
goupil = O("غوبيل وشركاه", "Goupil & Cie", COMPANY, ["شركة غوبيل"], founded="1829", located=paris)
antw_acad = O("الأكاديمية الملكية للفنون الجميلة", "Royal Academy of Fine Arts Antwerp", SCHOOL,
              ["أكاديمية أنتويرب"], founded="1663", located=antwerp)
vincent = P("فنسنت فان غوخ", "Vincent van Gogh", M, ["فان غوخ", "فنسنت ويليم فان غوخ"], born="1853-03-30",
            died="1890-07-29", birthplace=zundert, deathplace=auvers)
L(vincent, "P106", painter)
L(vincent, "P108", goupil, "1869", "1876")
L(vincent, "P69", antw_acad, "1886-01", "1886-03")
stillborn = P("فنسنت ويليم فان غوخ (1852)", "Vincent Willem van Gogh (1852)", M, ["فنسنت"], born="1852-03-30",
              died="1852-03-30", birthplace=zundert, deathplace=zundert)
theodorus = P("تيودوروس فان غوخ", "Theodorus van Gogh", M, ["تيودوروس"], born="1822-02-08", died="1885-03-26",
              birthplace=benschop, deathplace=nuenen)
anna = P("آنا كورنيليا كاربنتوس", "Anna Cornelia Carbentus", F, ["آنا كاربنتوس"], born="1819-09-10",
         died="1907-04-29", birthplace=hague, deathplace=leiden)
kb.married(theodorus, anna, "1851-05-21")
uncle = P("فنسنت فان غوخ (1820)", "Vincent van Gogh (1820–1888)", M, ["فنسنت", "العم سنت"], born="1820-02-12",
          died="1888-07-28", deathplace=princenhage)
L(uncle, "P108", goupil)
kb.siblings(theodorus, uncle)
theo = P("تيو فان غوخ", "Theo van Gogh", M, ["تيو", "تيودوروس فان غوخ (1857)"], born="1857-05-01", died="1891-01-25",
         birthplace=zundert, deathplace=utrecht)
L(theo, "P108", goupil, "1873", "1891")
wil = P("فيلمينا فان غوخ", "Willemina van Gogh", F, ["فيلمينا", "فيل"], born="1862-03-16", died="1941-05-17")
vkids = (stillborn, vincent, theo, wil)
for c in vkids:
    kb.parents(c, theodorus, anna)
kb.siblings(*vkids)
johanna = P("يوهانا بونغر", "Johanna van Gogh-Bonger", F, ["يو بونغر"], born="1862-10-04", died="1925-09-02",
            birthplace=amsterdam, deathplace=laren)
kb.married(theo, johanna, "1889-04-17", "1891-01-25")
nephew = P("فنسنت ويليم فان غوخ (1890)", "Vincent Willem van Gogh (1890–1978)", M, ["فنسنت ويليم"], born="1890-01-31",
           died="1978-01-28", birthplace=paris, deathplace=laren)
kb.parents(nephew, theo, johanna)
gauguin = P("بول غوغان", "Paul Gauguin", M, ["غوغان"], born="1848-06-07", died="1903-05-08", birthplace=paris,
            deathplace=atuona)
L(gauguin, "P106", painter)

kb.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "heldout9.json"))
print(len(kb.entities), "entities")
