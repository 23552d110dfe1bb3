"""Generates data/kb/dev19b.json: the knowledge base of the round-19 development set b (data/kb/dev19b/, a judge for
KB verification). Facts written by hand from standard reference knowledge (no Wikidata content copied); local ids
Q90052001-Q90052999; Julian calendar model before 1582 (KbBuilder.calendar_of); Russian days before 1918 are stored
converted to New Style (Gregorian model, as the checker requires after 1582); uncertain days are given as years only.
Run: python3 tools/kb/make_dev19b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, REGION = "Q515", "Q532", "Q6256", "Q10864048"
UNIVERSITY, SCHOOL, NEWSPAPER, PARTY, POSITION, MOSQUE, MADRASA, ORG, BOOK = (
    "Q3918", "Q9842", "Q11032", "Q7278", "Q4164871", "Q32815", "Q105731", "Q43229", "Q7725634")

kb = KbBuilder(90052000)
P, PL, O, L = kb.person, kb.place, kb.org, kb.link

# ---- countries and places
russia = PL("الإمبراطورية الروسية", "Russian Empire", COUNTRY, ("روسيا",), ("Russia",))
ottoman = PL("الدولة العثمانية", "Ottoman Empire", COUNTRY, ("الدولة العلية",))
bosnia = PL("البوسنة", "Bosnia", REGION, ("البوسنة والهرسك",), ("Bosnia and Herzegovina",))
albania = PL("ألبانيا", "Albania", COUNTRY)
afghanistan = PL("أفغانستان", "Afghanistan", COUNTRY)
yugo = PL("يوغوسلافيا", "Yugoslavia", COUNTRY, ("مملكة يوغوسلافيا",))
kazan_gov = PL("محافظة قازان", "Kazan Governorate", REGION, country=russia)
kazan = PL("قازان", "Kazan", CITY, inside=kazan_gov, country=russia)
crimea = PL("القرم", "Crimea", REGION, ("شبه جزيرة القرم",), country=russia)
bakhchisaray = PL("باغچه سراي", "Bakhchisaray", CITY, ("بخشي سراي", "بخجة سراي"), inside=crimea, country=russia)
avcikoy = PL("آوجي كوي", "Avcıköy", VILLAGE, inside=crimea, country=russia)
koshlauch = PL("قوشلاوچ", "Koshlauch", VILLAGE, ("قوشلاوج",), inside=kazan_gov, country=russia)
uralsk = PL("أورالسك", "Uralsk", CITY, country=russia)
yabynchi = PL("يابنچي", "Yabynchy", VILLAGE, ("يابنجي",), inside=kazan_gov, country=russia)
bukhara_c = PL("بخارى", "Bukhara", CITY)
bukhara = O("إمارة بخارى", "Emirate of Bukhara", COUNTRY, founded="1785", dissolved="1920")
kabul = PL("كابل", "Kabul", CITY, country=afghanistan)
spb = PL("سانت بطرسبرغ", "Saint Petersburg", CITY, ("بطرسبرغ",), country=russia)
moscow = PL("موسكو", "Moscow", CITY, country=russia)
sarajevo = PL("سراييفو", "Sarajevo", CITY, inside=bosnia)
belgrade = PL("بلغراد", "Belgrade", CITY, country=yugo)
vienna = PL("فيينا", "Vienna", CITY)
istanbul = PL("إسطنبول", "Istanbul", CITY, ("الآستانة",), country=ottoman)
kadikoy = PL("قاضي كوي", "Kadıköy", CITY, inside=istanbul, country=ottoman)
erenkoy = PL("أرن كوي", "Erenköy", CITY, inside=kadikoy, country=ottoman)
frasher = PL("فراشر", "Frashër", VILLAGE, inside=albania)
prizren = PL("بريزرن", "Prizren", CITY, country=ottoman)
ufa = PL("أوفا", "Ufa", CITY, country=russia)
orenburg = PL("أورنبورغ", "Orenburg", CITY, country=russia)
samara_gov = PL("محافظة سمارة", "Samara Governorate", REGION, country=russia)
kichuchat = PL("قيچوچات", "Kichuchat", VILLAGE, ("كيچوچات",), inside=samara_gov, country=russia)

# ---- Tukay
tukay = P("عبد الله توقاي", "Ğabdulla Tuqay", M, ("غابدلا توقاي", "توقاي"), born="1886-04-26", died="1913-04-15",
          birthplace=koshlauch, deathplace=kazan)
tfather = P("محمد غارف", "Möxämmätğarif", M, died="1886", deathplace=koshlauch)
tmother = P("ممدودة", "Mämdüdä", F, died="1890")
kb.parents(tukay, tfather, tmother)
kb.married(tfather, tmother)
uralsk_mot = O("مدرسة المطيعية", "Mutygiya madrasa", MADRASA, located=uralsk)
L(tukay, "P69", uralsk_mot, start="1895", end="1907")
fikr = O("جريدة الفكر", "Fiker", NEWSPAPER, located=uralsk)
L(tukay, "P108", fikr, start="1905", end="1907")
# ---- Gasprinski
gasp = P("إسماعيل غصبرنسكي", "Ismail Gasprinski", M, ("إسماعيل بك غصبرالي", "غصبرالي"), born="1851-03-20",
         died="1914-09-24", birthplace=avcikoy, deathplace=bakhchisaray)
terj = O("جريدة ترجمان", "Tercüman", NEWSPAPER, ("ترجمان",), founded="1883", dissolved="1918", located=bakhchisaray)
L(terj, "P112", gasp)
L(gasp, "P112", terj)
mayor = kb.ent(None, "رئيس بلدية باغچه سراي", "mayor of Bakhchisaray", cls=POSITION)
L(gasp, "P39", mayor, start="1878", end="1884")
zuhra = P("زهرة آقچورينا", "Zühre Akçura", F, died="1902")
kb.married(gasp, zuhra, start="1882", end="1902")
shefika = P("شفيقة غصبرالي", "Şefika Gaspıralı", F, born="1886", died="1975", birthplace=bakhchisaray)
kb.parents(shefika, gasp, zuhra)
voronezh = O("المدرسة العسكرية في فورونيج", "Voronezh Cadet Corps", SCHOOL, founded="1845")
L(gasp, "P69", voronezh)
# ---- Marjani
marj = P("شهاب الدين المرجاني", "Şihabetdin Märcani", M, ("المرجاني",), born="1818", died="1889",
         birthplace=yabynchi, deathplace=kazan)
mosque = O("الجامع المرجاني", "Marjani Mosque", MOSQUE, ("المسجد الأول", "مسجد المرجاني"), founded="1766", located=kazan)
imam = kb.ent(None, "إمام الجامع المرجاني", "imam of the Marjani Mosque", cls=POSITION)
L(marj, "P39", imam, start="1850", end="1889")
kazan_tt = O("مدرسة المعلمين التترية في قازان", "Kazan Tatar Teachers' School", SCHOOL, founded="1876", located=kazan)
L(marj, "P108", kazan_tt, start="1876", end="1884")
mfather = P("بهاء الدين المرجاني", "Bahaetdin Märcani", M, died="1853")
kb.parents(marj, mfather)
L(marj, "P69", O("مدرسة كوكلتاش", "Kukeldash Madrasa", MADRASA, located=bukhara_c), start="1838", end="1849")
# ---- Alim Khan
abdulahad = P("عبد الأحد خان", "Abdulahad Khan", M, born="1859", died="1910", birthplace=bukhara_c)
alim = P("سيد عالم خان", "Mohammed Alim Khan", M, ("عالم خان", "محمد عالم خان"), born="1880-01-03", died="1944-04-28",
         birthplace=bukhara_c, deathplace=kabul)
kb.parents(alim, abdulahad)
emir = kb.ent(None, "أمير بخارى", "Emir of Bukhara", cls=POSITION)
L(abdulahad, "P39", emir, start="1885", end="1910")
L(alim, "P39", emir, start="1910", end="1920")
muzaffar = P("مظفر الدين", "Muzaffar bin Nasrullah", M, died="1885")
kb.parents(abdulahad, muzaffar)
L(muzaffar, "P39", emir, start="1860", end="1885")
L(alim, "P69", O("مدرسة الفرسان في سانت بطرسبرغ", "Nikolaev Cavalry School", SCHOOL, located=spb), start="1893", end="1896")
# ---- Spaho
spaho = P("محمد سباهو", "Mehmed Spaho", M, ("سباهو",), born="1883-03-13", died="1939-06-29", birthplace=sarajevo,
          deathplace=belgrade)
fehim = P("فهيم سباهو", "Fehim Spaho", M, born="1877-07-01", died="1942-03-13", birthplace=sarajevo, deathplace=sarajevo)
mustafa = P("مصطفى سباهو", "Mustafa Spaho", M, born="1888", died="1964")
hasan = P("حسن سباهو", "Hasan Spaho", M)
for c in (spaho, fehim, mustafa):
    kb.parents(c, hasan)
kb.siblings(spaho, fehim, mustafa)
jmo = O("المنظمة الإسلامية اليوغوسلافية", "Yugoslav Muslim Organization", PARTY, founded="1919", dissolved="1941",
        located=sarajevo)
L(spaho, "P112", jmo)
L(jmo, "P112", spaho)
L(spaho, "P69", O("جامعة فيينا", "University of Vienna", UNIVERSITY, founded="1365", located=vienna), end="1906")
minister = kb.ent(None, "وزير التجارة والصناعة اليوغوسلافي", "Minister of Trade and Industry of Yugoslavia", cls=POSITION)
L(spaho, "P39", minister, start="1921", end="1922")
reis = kb.ent(None, "رئيس العلماء", "Reis-ul-ulema", cls=POSITION)
L(fehim, "P39", reis, start="1938", end="1942")
L(spaho, "P463", jmo)
# ---- Frashëri
halit = P("خالد بك فراشري", "Halit Frashëri", M)
abdyl = P("عبدل فراشري", "Abdyl Frashëri", M, born="1839-06-01", died="1892-10-23", birthplace=frasher, deathplace=istanbul)
naim = P("نعيم فراشري", "Naim Frashëri", M, born="1846-05-25", died="1900-10-20", birthplace=frasher, deathplace=kadikoy)
sami = P("شمس الدين سامي فراشري", "Sami Frashëri", M, ("شمس الدين سامي", "سامي فراشري"), born="1850-06-01",
         died="1904-06-18", birthplace=frasher, deathplace=erenkoy)
for c in (abdyl, naim, sami):
    kb.parents(c, halit)
kb.siblings(abdyl, naim, sami)
league = O("عصبة بريزرن", "League of Prizren", ORG, founded="1878", dissolved="1881", located=prizren)
L(abdyl, "P112", league)
L(abdyl, "P463", league, start="1878", end="1881")
zosimaia = O("المدرسة الزوسيمية", "Zosimaia School", SCHOOL, located=PL("يانينا", "Ioannina", CITY, country=ottoman))
for c in (naim, sami):
    L(c, "P69", zosimaia)
qamus = O("قاموس الأعلام", "Kamus al-Alam", BOOK, founded="1889")
L(qamus, "P50", sami)
kamus = O("قاموس تركي", "Kamus-ı Türki", BOOK, founded="1901")
L(kamus, "P50", sami)
# ---- Muhammadiya madrasa and Barudi
barudi = P("عالم جان البارودي", "Ğälimcan Barudi", M, ("البارودي", "غالمجان البارودي"), born="1857",
           died="1921-12-02", birthplace=kazan, deathplace=moscow)
muh = O("المدرسة المحمدية", "Muhammadiya madrasa", MADRASA, ("محمدية",), founded="1882", dissolved="1918", located=kazan)
L(muh, "P112", barudi)
L(barudi, "P112", muh)
L(barudi, "P69", O("مدرسة كوكلتاش", "Kukeldash Madrasa (Barudi)", MADRASA, located=bukhara_c), start="1880", end="1882")
mufti = kb.ent(None, "مفتي الإدارة الدينية المركزية لمسلمي روسيا", "Mufti of the Central Spiritual Administration", cls=POSITION)
L(barudi, "P39", mufti, start="1920", end="1921")
bfather = P("محمد جان البارودي", "Möxämmätcan Barudi", M)
kb.parents(barudi, bfather)
# ---- Rizaeddin Fakhreddin
riza = P("رضاء الدين بن فخر الدين", "Rizaeddin Fakhreddin", M, ("رضاء الدين فخر الدين", "فخر الدين"), born="1859",
         died="1936-04-12", birthplace=kichuchat, deathplace=ufa)
shura = O("مجلة الشورى", "Şura", NEWSPAPER, ("الشورى",), founded="1908", dissolved="1918", located=orenburg)
L(riza, "P108", shura, start="1908", end="1918")
L(riza, "P39", mufti, start="1922", end="1936")
kadi = kb.ent(None, "قاضي في المحفل الروحاني بأورنبورغ", "qadi of the Orenburg Spiritual Assembly", cls=POSITION)
L(riza, "P39", kadi, start="1891", end="1906")
ramiev = P("محمد شاكر رامييف", "Shakir Ramiev", M, born="1857", died="1912")
L(shura, "P112", ramiev)
L(shura, "P112", P("محمد ذاكر رامييف", "Zakir Ramiev", M, ("دردمند",), born="1859", died="1921"))
L(riza, "P69", O("مدرسة چستاي", "Chistopol madrasa", MADRASA))
kb.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "dev19b.json"))
