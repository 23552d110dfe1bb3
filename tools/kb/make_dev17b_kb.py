"""Generates data/kb/dev17b.json: the knowledge base of the round-17 development set b (data/kb/dev17b/, a judge for
KB verification). Facts written by hand from standard reference knowledge (no Wikidata content copied); local ids
Q90044001-Q90044999; Julian calendar model before 1582 (KbBuilder.calendar_of).
Run: python3 tools/kb/make_dev17b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, TOWN, COUNTRY, REGION, HOUSE, FORT = "Q515", "Q3957", "Q6256", "Q82794", "Q3947", "Q57831"
PALACE, UNIVERSITY, PARTY, POSITION, STATE, TREATY = "Q16560", "Q3918", "Q7278", "Q4164871", "Q7275", "Q131569"
SCHOOL, BUILDING, EVENT = "Q3914", "Q41176", "Q1656682"

kb = KbBuilder(90044000)
P, PL, O, L = kb.person, kb.place, kb.org, kb.link

# ---- countries and places
oman = PL("عُمان", "Oman", COUNTRY, ("سلطنة عمان",), ())
uk = PL("المملكة المتحدة", "United Kingdom", COUNTRY, ("بريطانيا",), ("Britain",))
tanzania = PL("تنزانيا", "Tanzania", COUNTRY)
tanganyika = PL("تنجانيقا", "Tanganyika", COUNTRY)
kenya = PL("كينيا", "Kenya", COUNTRY)
somalia = PL("الصومال", "Somalia", COUNTRY, ("صوماليا",), ())
ethiopia = PL("إثيوبيا", "Ethiopia", COUNTRY, ("الحبشة",), ())
yemen = PL("اليمن", "Yemen", COUNTRY)
usa = PL("الولايات المتحدة", "United States", COUNTRY)
germany = PL("ألمانيا", "Germany", COUNTRY)
nigeria = PL("نيجيريا", "Nigeria", COUNTRY)
turkey = PL("تركيا", "Turkey", COUNTRY, ("الدولة العثمانية",), ("Ottoman Empire",))
saudi = PL("السعودية", "Saudi Arabia", COUNTRY)
iraq = PL("العراق", "Iraq", COUNTRY)
jordan = PL("الأردن", "Jordan", COUNTRY)
france = PL("فرنسا", "France", COUNTRY)
switzerland = PL("سويسرا", "Switzerland", COUNTRY)
palestine = PL("فلسطين", "Palestine", REGION)

salalah = PL("صلالة", "Salalah", CITY, country=oman)
muscat = PL("مسقط", "Muscat", CITY, country=oman)
barakah = PL("بيت البركة", "Bait al-Barakah", PALACE, ("قصر بيت البركة",), ("Bait al Barakah",), inside=muscat, country=oman)
rustaq = PL("الرستاق", "Rustaq", TOWN, country=oman)
nizwa = PL("نزوى", "Nizwa", TOWN, country=oman)
samail = PL("سمائل", "Samail", TOWN, ("سمايل",), ("Sumail",), country=oman)
london = PL("لندن", "London", CITY, country=uk)
zanzibar = PL("زنجبار", "Zanzibar City", CITY, ("مدينة زنجبار", "جزيرة زنجبار"), ("Zanzibar",), country=tanzania)
dar = PL("دار السلام", "Dar es Salaam", CITY, country=tanzania)
butiama = PL("بوتياما", "Butiama", TOWN, country=tanzania)
mombasa = PL("ممباسا", "Mombasa", CITY, ("مومباسا",), (), country=kenya)
nairobi = PL("نيروبي", "Nairobi", CITY, country=kenya)
sanaa = PL("صنعاء", "Sanaa", CITY, country=yemen)
taiz = PL("تعز", "Taiz", CITY, country=yemen)
hizyaz = PL("حزيز", "Hizyaz", TOWN, inside=sanaa, country=yemen)
taif = PL("الطائف", "Taif", CITY, country=saudi)
ejersa = PL("إجرسا غورو", "Ejersa Goro", TOWN, ("إيجرسا غورو",), (), country=ethiopia)
harar = PL("هرر", "Harar", CITY, country=ethiopia)
ejersa_in = L(ejersa, "P131", harar)
addis = PL("أديس أبابا", "Addis Ababa", CITY, country=ethiopia)
virginia = PL("فرجينيا", "Virginia", REGION, country=usa)
mclean = PL("ماكلين", "McLean", TOWN, inside=virginia, country=usa)
jena = PL("يينا", "Jena", CITY, ("ينا",), (), country=germany)
mogadishu = PL("مقديشو", "Mogadishu", CITY, country=somalia)
beledweyne = PL("بلدوين", "Beledweyne", CITY, country=somalia)
harardhere = PL("حرارديري", "Harardhere", TOWN, country=somalia)
lasanod = PL("لاس عانود", "Las Anod", CITY, country=somalia)
odweyne = PL("أودويني", "Odweyne", TOWN, country=somalia)
lagos = PL("لاغوس", "Lagos", CITY, country=nigeria)
istanbul = PL("إسطنبول", "Istanbul", CITY, ("الآستانة",), ("Constantinople",), country=turkey)
mecca = PL("مكة", "Mecca", CITY, ("مكة المكرمة",), (), country=saudi)
hejaz = PL("الحجاز", "Hejaz", REGION, country=saudi)
baghdad = PL("بغداد", "Baghdad", CITY, country=iraq)
amman = PL("عمّان", "Amman", CITY, ("عمان",), (), country=jordan)
jerusalem = PL("القدس", "Jerusalem", CITY, country=palestine)
bern = PL("برن", "Bern", CITY, country=switzerland)
paris = PL("باريس", "Paris", CITY, country=france)

# ---- 1. Qaboos bin Said
sultan_oman = kb.ent(None, "سلطان عمان", "Sultan of Oman", cls=POSITION)
pm_oman = kb.ent(None, "رئيس وزراء عمان", "Prime Minister of Oman", cls=POSITION)
said_t = P("سعيد بن تيمور", "Said bin Taimur", M, born="1910-08-13", died="1972-10-19", deathplace=london)
mazoon = P("ميزون المعشني", "Mazoon al-Mashani", F, ("ميزون بنت أحمد المعشني",), (), born="1925", died="1992")
qaboos = P("قابوس بن سعيد", "Qaboos bin Said", M, ("قابوس", "السلطان قابوس"), ("Qaboos",), born="1940-11-18",
           died="2020-01-10", birthplace=salalah, deathplace=barakah)
kb.parents(qaboos, said_t, mazoon)
tariq = P("طارق بن تيمور", "Tariq bin Taimur", M, born="1921", died="1980")
kb.siblings(said_t, tariq)
kamila = P("كاملة بنت طارق", "Kamila bint Tariq", F, ("نوال بنت طارق",), ("Nawwal bint Tariq",))
kb.parents(kamila, tariq)
kb.married(qaboos, kamila, "1976", "1979")
haitham = P("هيثم بن طارق", "Haitham bin Tariq", M, born="1955-10-11", birthplace=muscat)
kb.parents(haitham, tariq)
kb.siblings(haitham, kamila)
sandhurst = O("أكاديمية ساندهيرست العسكرية الملكية", "Royal Military Academy Sandhurst", SCHOOL, ("ساندهيرست",), ("Sandhurst",), founded="1947")
L(qaboos, "P69", sandhurst, "1960", "1962")
L(said_t, "P39", sultan_oman, "1932", "1970")
L(qaboos, "P39", sultan_oman, "1970-07-23", "2020-01-10")
L(haitham, "P39", sultan_oman, "2020-01-11")
L(tariq, "P39", pm_oman, "1970", "1971")
squ = O("جامعة السلطان قابوس", "Sultan Qaboos University", UNIVERSITY, founded="1986", located=muscat)
kb.date(squ, "P1619", "1986")
L(squ, "P112", qaboos)

# ---- 2. Zanzibar 1964
sultan_zan = kb.ent(None, "سلطان زنجبار", "Sultan of Zanzibar", cls=POSITION)
pres_zan = kb.ent(None, "رئيس زنجبار", "President of Zanzibar", cls=POSITION)
pres_tz = kb.ent(None, "رئيس تنزانيا", "President of Tanzania", cls=POSITION)
khalifa_h = P("خليفة بن حارب", "Khalifa bin Harub", M, born="1879", died="1960")
abdullah_k = P("عبد الله بن خليفة", "Abdullah bin Khalifa", M, born="1910-02-12", died="1963-07-01")
jamshid = P("جمشيد بن عبد الله", "Jamshid bin Abdullah", M, ("جمشيد",), (), born="1929-09-16", birthplace=zanzibar)
kb.parents(abdullah_k, khalifa_h)
kb.parents(jamshid, abdullah_k)
L(khalifa_h, "P39", sultan_zan, "1911", "1960")
L(abdullah_k, "P39", sultan_zan, "1960", "1963")
L(jamshid, "P39", sultan_zan, "1963-07-01", "1964-01-12")
karume = P("عبيد كرومي", "Abeid Karume", M, ("عبيد أماني كرومي", "كرومي"), ("Abeid Amani Karume",), born="1905-08-04",
           died="1972-04-07", deathplace=zanzibar)
L(karume, "P39", pres_zan, "1964", "1972")
asp = O("الحزب الأفرو شيرازي", "Afro-Shirazi Party", PARTY, ("حزب أفرو شيرازي",), (), founded="1957", dissolved="1977")
L(asp, "P112", karume)
L(karume, "P463", asp, "1957", "1972")
jumbe = P("عبود جمبي", "Aboud Jumbe", M, born="1920", died="2016")
L(jumbe, "P39", pres_zan, "1972", "1984")
nyerere = P("جوليوس نيريري", "Julius Nyerere", M, ("نيريري",), (), born="1922-04-13", died="1999-10-14",
            birthplace=butiama, deathplace=london)
L(nyerere, "P39", pres_tz, "1964", "1985")
tz_state = O("تنزانيا", "United Republic of Tanzania", STATE, founded="1964-04-26")
zan_state = O("سلطنة زنجبار", "Sultanate of Zanzibar", STATE, founded="1856", dissolved="1964-01-12")
zan_ind = kb.ent(None, "استقلال زنجبار", "Independence of Zanzibar", cls=EVENT)
kb.date(zan_ind, "P585", "1963-12-10")

# ---- 3. Ya'aruba
imam_oman = kb.ent(None, "إمام عمان", "Imam of Oman", cls=POSITION)
nasir = P("ناصر بن مرشد اليعربي", "Nasir bin Murshid al-Yaarubi", M, ("ناصر بن مرشد",), (), died="1649")
L(nasir, "P39", imam_oman, "1624", "1649")
sultan1 = P("سلطان بن سيف", "Sultan bin Saif", M, ("سلطان بن سيف الأول",), ("Sultan bin Saif I",), died="1679")
L(sultan1, "P39", imam_oman, "1649", "1679")
bilarab = P("بلعرب بن سلطان", "Bil'arab bin Sultan", M, died="1692")
saif = P("سيف بن سلطان", "Saif bin Sultan", M, ("قيد الأرض",), (), died="1711", deathplace=rustaq)
for ch in (bilarab, saif):
    kb.parents(ch, sultan1)
kb.siblings(bilarab, saif)
L(bilarab, "P39", imam_oman, "1679", "1692")
L(saif, "P39", imam_oman, "1692", "1711")
sultan2 = P("سلطان بن سيف الثاني", "Sultan bin Saif II", M, died="1718")
kb.parents(sultan2, saif)
L(sultan2, "P39", imam_oman, "1711", "1718")
nizwa_fort = O("قلعة نزوى", "Nizwa Fort", FORT, ("حصن نزوى",), (), founded="1668", located=nizwa)
L(nizwa_fort, "P112", sultan1)
fort_jesus = O("قلعة يسوع", "Fort Jesus", FORT, ("حصن يسوع",), (), founded="1593", located=mombasa)

# ---- 4. Imam Yahya
imam_yemen = kb.ent(None, "إمام اليمن", "Imam of Yemen", cls=POSITION)
mansur = P("محمد بن يحيى حميد الدين", "al-Mansur Muhammad bin Yahya Hamid al-Din", M, ("المنصور محمد بن يحيى",), (), died="1904")
L(mansur, "P39", imam_yemen, "1890", "1904")
yahya = P("يحيى بن محمد حميد الدين", "Yahya Muhammad Hamid al-Din", M, ("الإمام يحيى", "يحيى حميد الدين"), ("Imam Yahya",),
          born="1869-06-18", died="1948-02-17", birthplace=sanaa, deathplace=hizyaz)
kb.parents(yahya, mansur)
L(yahya, "P39", imam_yemen, "1904", "1948-02-17")
ahmad = P("أحمد بن يحيى", "Ahmad bin Yahya", M, ("الإمام أحمد", "أحمد بن يحيى حميد الدين"), (), born="1891",
          died="1962-09-19", birthplace=sanaa, deathplace=taiz)
kb.parents(ahmad, yahya)
L(ahmad, "P39", imam_yemen, "1948", "1962-09-19")
badr = P("محمد البدر", "Muhammad al-Badr", M, ("البدر", "محمد البدر بن أحمد"), (), born="1926-02-15", died="1996-08-06",
         deathplace=london)
kb.parents(badr, ahmad)
L(badr, "P39", imam_yemen, "1962", "1970")
wazir = P("عبد الله الوزير", "Abdullah al-Wazir", M, born="1885", died="1948")
L(wazir, "P39", imam_yemen, "1948", "1948")
mutawakkili = O("المملكة المتوكلية اليمنية", "Mutawakkilite Kingdom of Yemen", STATE, founded="1918", dissolved="1970")
L(mutawakkili, "P112", yahya)
daan = kb.ent(None, "صلح دعان", "Treaty of Daan", ("معاهدة دعان",), (), cls=TREATY)
kb.date(daan, "P585", "1911")
taif_treaty = kb.ent(None, "معاهدة الطائف", "Treaty of Taif", cls=TREATY)
kb.date(taif_treaty, "P585", "1934")
L(taif_treaty, "P276", taif)

# ---- 5. Haile Selassie
emp_eth = kb.ent(None, "إمبراطور إثيوبيا", "Emperor of Ethiopia", cls=POSITION)
regent = kb.ent(None, "وصي عرش إثيوبيا", "Regent of Ethiopia", cls=POSITION)
makonnen = P("الراس مكونن", "Ras Makonnen", M, ("مكونن ولدي ميكائيل",), ("Makonnen Wolde Mikael",), born="1852-05-08", died="1906-03-21")
hs = P("هيلا سيلاسي", "Haile Selassie", M, ("تفري مكونن", "هيلا سيلاسي الأول"), ("Tafari Makonnen",), born="1892-07-23",
       died="1975-08-27", birthplace=ejersa, deathplace=addis)
kb.parents(hs, makonnen)
zewditu = P("زوديتو", "Zewditu", F, ("الإمبراطورة زوديتو",), (), born="1876-04-29", died="1930-04-02")
L(zewditu, "P39", emp_eth, "1916", "1930")
L(hs, "P39", regent, "1916", "1930")
L(hs, "P39", emp_eth, "1930-11-02", "1974-09-12")
menen = P("منن أسفاو", "Menen Asfaw", F, ("الإمبراطورة منن",), (), born="1889", died="1962-02-15")
kb.married(hs, menen, "1911", "1962")
asfa = P("أسفا ووسن", "Amha Selassie", M, ("أمها سيلاسي",), ("Asfa Wossen",), born="1916-07-27", died="1997-01-17",
         birthplace=harar, deathplace=mclean)
kb.parents(asfa, hs, menen)
hsiu = O("جامعة هيلا سيلاسي الأولى", "Haile Selassie I University", UNIVERSITY, ("جامعة أديس أبابا",), ("Addis Ababa University",),
         founded="1961", located=addis)
L(hsiu, "P112", hs)

# ---- 6. Busaidi family
sultan_mus = kb.ent(None, "سلطان مسقط وعمان", "Sultan of Muscat and Oman", cls=POSITION)
sultan_ahmad = P("سلطان بن أحمد", "Sultan bin Ahmad", M, died="1804")
said_s = P("سعيد بن سلطان", "Said bin Sultan", M, ("السيد سعيد",), ("Sayyid Said",), born="1791", died="1856-10-19",
           birthplace=samail)
kb.parents(said_s, sultan_ahmad)
L(said_s, "P39", sultan_mus, "1806", "1856-10-19")
thuwaini = P("ثويني بن سعيد", "Thuwaini bin Said", M, died="1866")
majid = P("ماجد بن سعيد", "Majid bin Said", M, born="1834", died="1870-10-07")
barghash = P("برغش بن سعيد", "Barghash bin Said", M, born="1837", died="1888-03-26")
khalifa_s = P("خليفة بن سعيد", "Khalifa bin Said", M, born="1852", died="1890")
salme = P("سالمة بنت سعيد", "Sayyida Salme", F, ("إميلي رويته", "سالمة"), ("Emily Ruete",), born="1844-08-30",
          died="1924-02-29", birthplace=zanzibar, deathplace=jena)
kids = (thuwaini, majid, barghash, khalifa_s, salme)
for ch in kids:
    kb.parents(ch, said_s)
kb.siblings(*kids)
L(thuwaini, "P39", sultan_mus, "1856", "1866")
L(majid, "P39", sultan_zan, "1856", "1870")
L(barghash, "P39", sultan_zan, "1870", "1888")
L(khalifa_s, "P39", sultan_zan, "1888", "1890")
ruete = P("رودولف هاينريش رويته", "Rudolph Heinrich Ruete", M, born="1839", died="1870")
kb.married(salme, ruete, "1867", "1870")
L(dar, "P112", majid)
wonders = O("بيت العجائب", "House of Wonders", BUILDING, ("قصر العجائب",), ("Beit al-Ajaib",), founded="1883", located=zanzibar)
L(wonders, "P112", barghash)

# ---- 7. Somali Youth League
pres_so = kb.ent(None, "رئيس الصومال", "President of Somalia", cls=POSITION)
pm_so = kb.ent(None, "رئيس وزراء الصومال", "Prime Minister of Somalia", cls=POSITION)
syl = O("رابطة الشباب الصومالي", "Somali Youth League", PARTY, ("نادي الشباب الصومالي",), ("Somali Youth Club",),
        founded="1943-05-15", dissolved="1969", located=mogadishu)
issa = P("عبد الله عيسى", "Abdullahi Issa", M, born="1922", died="1988")
L(syl, "P112", issa)
L(issa, "P39", pm_so, "1956", "1960")
aden = P("آدم عبد الله عثمان", "Aden Abdullah Osman Daar", M, ("آدم عدي",), ("Aden Adde",), born="1908", died="2007-06-08",
         birthplace=beledweyne, deathplace=nairobi)
L(aden, "P39", pres_so, "1960-07-01", "1967")
sharmarke = P("عبد الرشيد علي شارماركي", "Abdirashid Ali Shermarke", M, ("شارماركي",), (), born="1919-10-16",
              died="1969-10-15", birthplace=harardhere, deathplace=lasanod)
L(sharmarke, "P39", pm_so, "1960", "1964")
L(sharmarke, "P39", pres_so, "1967", "1969-10-15")
egal = P("محمد إبراهيم عقال", "Muhammad Haji Ibrahim Egal", M, born="1928-08-15", died="2002-05-03", birthplace=odweyne)
L(egal, "P39", pm_so, "1967", "1969")
barre = P("محمد سياد بري", "Siad Barre", M, ("سياد بري",), (), born="1919", died="1995-01-02", deathplace=lagos)
L(barre, "P39", pres_so, "1969", "1991")
omar = P("عمر شارماركي", "Omar Abdirashid Ali Sharmarke", M, born="1960")
kb.parents(omar, sharmarke)
L(omar, "P39", pm_so, "2009", "2010")
for m_ in (issa, aden, sharmarke, egal):
    L(m_, "P463", syl)
so_ind = kb.ent(None, "استقلال الصومال", "Independence of Somalia", cls=EVENT)
kb.date(so_ind, "P585", "1960-07-01")

# ---- 8. Sharif Hussein
sharif = kb.ent(None, "شريف مكة", "Sharif of Mecca", cls=POSITION)
king_hejaz = kb.ent(None, "ملك الحجاز", "King of Hejaz", cls=POSITION)
king_iraq = kb.ent(None, "ملك العراق", "King of Iraq", cls=POSITION)
emir_tj = kb.ent(None, "أمير شرق الأردن", "Emir of Transjordan", cls=POSITION)
hussein = P("الحسين بن علي", "Hussein bin Ali", M, ("الشريف حسين", "الشريف الحسين بن علي"), ("Sharif Hussein",), born="1854",
            died="1931-06-04", birthplace=istanbul, deathplace=amman)
L(hussein, "P39", sharif, "1908", "1917")
L(hussein, "P39", king_hejaz, "1916", "1924")
ali = P("علي بن الحسين", "Ali bin Hussein", M, born="1879", died="1935-02-14", birthplace=mecca, deathplace=baghdad)
L(ali, "P39", king_hejaz, "1924", "1925")
abdullah = P("عبد الله بن الحسين", "Abdullah I of Jordan", M, ("عبد الله الأول",), (), born="1882", died="1951-07-20",
             birthplace=mecca, deathplace=jerusalem)
L(abdullah, "P39", emir_tj, "1921", "1946")
faisal = P("فيصل بن الحسين", "Faisal I of Iraq", M, ("فيصل الأول",), (), born="1885-05-20", died="1933-09-08",
           birthplace=mecca, deathplace=bern)
L(faisal, "P39", king_iraq, "1921", "1933-09-08")
zeid = P("زيد بن الحسين", "Zeid bin Hussein", M, born="1898", died="1970", deathplace=paris)
sons = (ali, abdullah, faisal, zeid)
for ch in sons:
    kb.parents(ch, hussein)
kb.siblings(*sons)
transjordan = O("إمارة شرق الأردن", "Emirate of Transjordan", STATE, founded="1921", dissolved="1946")
L(transjordan, "P112", abdullah)
hejaz_k = O("مملكة الحجاز", "Kingdom of Hejaz", STATE, founded="1916", dissolved="1925")
L(hussein, "P119", jerusalem)

kb.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "dev17b.json"))
