"""Generates data/kb/dev17a.json, the KB of the round-17 development set a (data/kb/dev17a/): people and institutions of
the Maghreb (Morocco, Algeria, Tunisia, Libya), 17th-20th century. Facts as remembered from standard reference works,
written by hand for this set; local ids from Q90043001. Run: python3 tools/kb/make_dev17a_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, COUNTRY, VILLAGE, REGION, UNIV, SCHOOL, AWARD, POSITION = "Q515", "Q6256", "Q532", "Q82794", "Q3918", "Q3914", "Q618779", "Q4164871"
ORG, MOSQUE, TREATY, HOSPITAL, ANTHEM, CEMETERY, PALACE, DISTRICT = "Q43229", "Q32815", "Q131569", "Q16917", "Q23691", "Q39614", "Q16560", "Q123705"

kb = KbBuilder(90043000)
P, L, D = kb.person, kb.link, kb.date

# ---- countries and places
algeria = kb.place("الجزائر", "Algeria", COUNTRY)
morocco = kb.place("المغرب", "Morocco", COUNTRY, ["المملكة المغربية"])
tunisia = kb.place("تونس", "Tunisia", COUNTRY, ["البلاد التونسية"])
libya = kb.place("ليبيا", "Libya", COUNTRY)
france = kb.place("فرنسا", "France", COUNTRY)
syria = kb.place("سوريا", "Syria", COUNTRY)
turkey = kb.place("تركيا", "Turkey", COUNTRY, ["الدولة العثمانية"])
egypt = kb.place("مصر", "Egypt", COUNTRY)
usa = kb.place("الولايات المتحدة", "United States", COUNTRY)
lebanon = kb.place("لبنان", "Lebanon", COUNTRY)
mascara = kb.place("معسكر", "Mascara", CITY, country=algeria)
guetna = kb.place("القيطنة", "El Guetna", VILLAGE, inside=mascara, country=algeria)
damascus = kb.place("دمشق", "Damascus", CITY, country=syria)
salihiyya = kb.place("الصالحية", "Al-Salihiyah", DISTRICT, inside=damascus, country=syria)
beirut = kb.place("بيروت", "Beirut", CITY, country=lebanon)
bursa = kb.place("بورصة", "Bursa", CITY, ["بروسة"], country=turkey)
amboise = kb.place("أمبواز", "Amboise", CITY, country=france)
algiers = kb.place("مدينة الجزائر", "Algiers", CITY, country=algeria)
alia = kb.place("مقبرة العالية", "El Alia Cemetery", CEMETERY, ["العالية"], inside=algiers, country=algeria)
rabat = kb.place("الرباط", "Rabat", CITY, country=morocco)
fez = kb.place("فاس", "Fez", CITY, country=morocco)
marrakesh = kb.place("مراكش", "Marrakesh", CITY, country=morocco)
meknes = kb.place("مكناس", "Meknes", CITY, ["مكناسة الزيتون", "مكناسة"], country=morocco)
sijilmasa = kb.place("سجلماسة", "Sijilmasa", CITY, country=morocco)
tangier = kb.place("طنجة", "Tangier", CITY, country=morocco)
mehdia = kb.place("المهدية", "Mehdia", CITY, ["المعمورة"], country=morocco)
larache = kb.place("العرائش", "Larache", CITY, country=morocco)
asilah = kb.place("أصيلا", "Asilah", CITY, ["أصيلة"], country=morocco)
corsica = kb.place("كورسيكا", "Corsica", REGION, country=france)
madagascar = kb.place("مدغشقر", "Madagascar", COUNTRY)
nice = kb.place("نيس", "Nice", CITY, country=france)
paris = kb.place("باريس", "Paris", CITY, country=france)
pau = kb.place("بو", "Pau", CITY, country=france)
tunis = kb.place("تونس العاصمة", "Tunis", CITY, ["تونس"], country=tunisia)
kasbah = kb.place("القصبة", "Kasbah of Tunis", DISTRICT, inside=tunis, country=tunisia)
tozeur = kb.place("توزر", "Tozeur", CITY, country=tunisia)
nefta = kb.place("نفطة", "Nefta", CITY, country=tunisia)
ain_draham = kb.place("عين دراهم", "Ain Draham", CITY, country=tunisia)
hamma = kb.place("الحامة", "El Hamma", CITY, country=tunisia)
monastir = kb.place("المنستير", "Monastir", CITY, country=tunisia)
istanbul = kb.place("إسطنبول", "Istanbul", CITY, ["الآستانة"], country=turkey)
cairo = kb.place("القاهرة", "Cairo", CITY, country=egypt)
tobruk = kb.place("طبرق", "Tobruk", CITY, country=libya)
janzour = kb.place("زاوية جنزور", "Zawiyat Janzour", VILLAGE, ["جنزور"], inside=tobruk, country=libya)
jaghbub = kb.place("الجغبوب", "Jaghbub", CITY, country=libya)
kufra = kb.place("الكفرة", "Kufra", CITY, country=libya)
benghazi = kb.place("بنغازي", "Benghazi", CITY, country=libya)
suluq = kb.place("سلوق", "Suluq", CITY, country=libya)
slonta = kb.place("سلنطة", "Slonta", VILLAGE, country=libya)
qusur = kb.place("زاوية القصور", "Zawiyat al-Qusur", VILLAGE, country=libya)
ny = kb.place("نيويورك", "New York City", CITY, country=usa)
chicago = kb.place("شيكاغو", "Chicago", CITY, country=usa)
cherchell = kb.place("شرشال", "Cherchell", CITY, country=algeria)

# ---- abdelkader.ar.txt
emir_pos = kb.ent(None, "أمير", "Emir of Mascara (Abdelkader's emirate)", cls=POSITION)
legion = kb.ent(None, "وسام جوقة الشرف", "Legion of Honour", ["جوقة الشرف", "الصليب الأكبر من وسام جوقة الشرف"], cls=AWARD)
tafna = kb.ent(None, "معاهدة التافنة", "Treaty of Tafna", ["التافنة"], cls=TREATY)
D(tafna, "P571", "1837-05-30")
desmichels = kb.ent(None, "معاهدة دي ميشيل", "Desmichels Treaty", cls=TREATY)
D(desmichels, "P571", "1834-02-26")
abdelkader = P("عبد القادر الجزائري", "Emir Abdelkader", M, ["الأمير عبد القادر", "عبد القادر بن محيي الدين", "عبد القادر"],
               born="1808-09-06", died="1883-05-26", birthplace=guetna, deathplace=damascus)
L(abdelkader, "P39", emir_pos, "1832", "1847-12-23")
L(abdelkader, "P166", legion, at="1860")
muhyi = P("محيي الدين", "Muhyi al-Din al-Hasani", M, ["محيي الدين بن مصطفى"], died="1833")
kb.parents(abdelkader, father=muhyi)
muhammad_pasha = P("محمد باشا", "Muhammad Pasha ibn Abd al-Qadir", M, ["محمد بن عبد القادر"])
hashimi = P("الهاشمي", "al-Hashimi ibn Abd al-Qadir", M, ["الهاشمي بن عبد القادر"])
for c in (muhammad_pasha, hashimi):
    kb.parents(c, father=abdelkader)
khaled = P("الأمير خالد", "Emir Khaled", M, ["خالد الهاشمي", "خالد بن الهاشمي"], born="1875-02-20", died="1936-01-09",
           birthplace=damascus, deathplace=damascus)
kb.parents(khaled, father=hashimi)

# ---- mohammed-v.ar.txt
sultan_mor = kb.ent(None, "سلطان المغرب", "Sultan of Morocco", ["السلطان"], cls=POSITION)
king_mor = kb.ent(None, "ملك المغرب", "King of Morocco", ["الملك"], cls=POSITION)
compagnon = kb.ent(None, "رفيق التحرير", "Companion of the Liberation", ["وسام التحرير"], cls=AWARD)
hassan1 = P("الحسن الأول", "Hassan I of Morocco", M, ["السلطان الحسن الأول", "مولاي الحسن الأول"], born="1836", died="1894-06-07")
abdelaziz = P("مولاي عبد العزيز", "Abdelaziz of Morocco", M, ["عبد العزيز بن الحسن"], born="1878-02-24", died="1943-06-10")
youssef = P("مولاي يوسف", "Yusef of Morocco", M, ["يوسف بن الحسن", "السلطان مولاي يوسف"], born="1881", died="1927-11-17",
            birthplace=meknes, deathplace=fez)
kb.parents(abdelaziz, father=hassan1)
kb.parents(youssef, father=hassan1)
kb.siblings(abdelaziz, youssef)
L(youssef, "P39", sultan_mor, "1912-08-13", "1927-11-17")
m5 = P("محمد الخامس", "Mohammed V of Morocco", M, ["سيدي محمد بن يوسف", "محمد بن يوسف", "الملك محمد الخامس", "السلطان محمد الخامس"],
       born="1909-08-10", died="1961-02-26", birthplace=fez, deathplace=rabat)
kb.parents(m5, father=youssef)
L(m5, "P39", sultan_mor, "1927-11-18", "1957-08-14")
L(m5, "P39", king_mor, "1957-08-14", "1961-02-26")
L(m5, "P166", compagnon, at="1945")
h2 = P("الحسن الثاني", "Hassan II of Morocco", M, ["مولاي الحسن", "الملك الحسن الثاني"], born="1929-07-09", died="1999-07-23",
       birthplace=rabat, deathplace=rabat)
abdallah_m = P("مولاي عبد الله", "Prince Moulay Abdallah of Morocco", M, ["الأمير مولاي عبد الله"], born="1935-07-30",
               died="1983-12-20", birthplace=rabat)
for c in (h2, abdallah_m):
    kb.parents(c, father=m5)
kb.siblings(h2, abdallah_m)
L(h2, "P39", king_mor, "1961-02-26", "1999-07-23")
arafa = P("محمد بن عرفة", "Mohammed Ben Aarafa", M, ["ابن عرفة"], died="1976-07-17", deathplace=nice)
L(arafa, "P39", sultan_mor, "1953-08-21", "1955-10-30")
morocco_state = kb.org("المملكة المغربية المستقلة", "Kingdom of Morocco (independent)", COUNTRY, founded="1956-03-02")

# ---- moulay-ismail.ar.txt
sultan_alaoui = sultan_mor
sharif = P("الشريف بن علي", "Moulay Ali Cherif (al-Sharif ibn Ali)", M, ["المولى الشريف", "مولاي الشريف"], died="1659")
rashid = P("الرشيد", "Al-Rashid of Morocco", M, ["المولى الرشيد", "مولاي رشيد", "الرشيد بن الشريف"],
           died="1672-04-09", deathplace=marrakesh)
ismail = P("إسماعيل بن الشريف", "Ismail Ibn Sharif", M, ["المولى إسماعيل", "مولاي إسماعيل", "إسماعيل"], born="1645",
           died="1727-03-22", birthplace=sijilmasa, deathplace=meknes)
for c in (rashid, ismail):
    kb.parents(c, father=sharif)
kb.siblings(rashid, ismail)
L(rashid, "P39", sultan_alaoui, "1664", "1672-04-09")
L(ismail, "P39", sultan_alaoui, "1672-04-14", "1727-03-22")
khnata = P("خناثة بنت بكار", "Khnata bint Bakkar", F, ["لالة خناثة", "خناثة"], died="1754", deathplace=fez)
kb.married(ismail, khnata)
ahmad_dh = P("أحمد الذهبي", "Ahmad al-Dhahabi", M, ["المولى أحمد الذهبي"], died="1729")
abdallah_i = P("عبد الله بن إسماعيل", "Abdallah of Morocco", M, ["المولى عبد الله", "عبد الله"], died="1757-11-10")
kb.parents(ahmad_dh, father=ismail)
kb.parents(abdallah_i, father=ismail, mother=khnata)
kb.siblings(ahmad_dh, abdallah_i)
L(ahmad_dh, "P39", sultan_alaoui, "1727", "1729")
for city, when in ((mehdia, "1681"), (tangier, "1684"), (larache, "1689"), (asilah, "1691")):
    pass  # recoveries are narrated in the text; the KB does not model them as statements

# ---- shabbi.ar.txt
zaytuna = kb.org("جامع الزيتونة", "Al-Zaytuna Mosque", MOSQUE, ["الزيتونة", "الجامع الأعظم"], founded="0698", located=tunis)
law_school = kb.org("مدرسة الحقوق التونسية", "Tunisian School of Law", SCHOOL, located=tunis)
khalduniyya = kb.org("الخلدونية", "Khalduniyya", ORG, ["الجمعية الخلدونية"], founded="1896", located=tunis)
italian_hosp = kb.org("المستشفى الإيطالي", "Italian Hospital of Tunis", HOSPITAL, located=tunis)
military_hosp = kb.org("المستشفى العسكري", "Military Hospital of Tunis", HOSPITAL, located=tunis)
anthem = kb.ent(None, "حماة الحمى", "Humat al-Hima", ["النشيد الرسمي التونسي"], cls=ANTHEM)
shabbi = P("أبو القاسم الشابي", "Aboul-Qacem Echebbi", M, ["الشابي"], born="1909-02-24", died="1934-10-09",
           birthplace=tozeur, deathplace=italian_hosp)
L(shabbi, "P69", zaytuna, "1920", "1928")
L(shabbi, "P69", law_school, "1928", "1930")
shabbi_father = P("محمد الشابي", "Muhammad al-Shabbi", M, ["الشيخ محمد الشابي"], died="1929")
kb.parents(shabbi, father=shabbi_father)

# ---- omar-mukhtar.ar.txt
senussi_order = kb.org("الطريقة السنوسية", "Senussi order", ORG, ["الحركة السنوسية", "السنوسية"], founded="1837")
senussi = P("محمد بن علي السنوسي", "Muhammad ibn Ali as-Senussi", M, ["السنوسي الكبير"], born="1787", died="1859",
            deathplace=jaghbub)
L(senussi_order, "P112", senussi)
mahdi = P("المهدي السنوسي", "Muhammad al-Mahdi as-Senussi", M, ["محمد المهدي السنوسي"], born="1844", died="1902")
kb.parents(mahdi, father=senussi)
idris = P("محمد إدريس السنوسي", "Idris of Libya", M, ["إدريس", "الملك إدريس", "إدريس الأول"], born="1890-03-12",
          died="1983-05-25", birthplace=jaghbub, deathplace=cairo)
kb.parents(idris, father=mahdi)
king_libya = kb.ent(None, "ملك ليبيا", "King of Libya", cls=POSITION)
L(idris, "P39", king_libya, "1951-12-24", "1969-09-01")
mukhtar = P("عمر المختار", "Omar Mukhtar", M, ["شيخ الشهداء"], born="1858", died="1931-09-16", birthplace=janzour,
            deathplace=suluq)
L(mukhtar, "P463", senussi_order)
graziani = P("رودولفو غراتسياني", "Rodolfo Graziani", M, ["غراتسياني"], born="1882-08-11", died="1955-01-11")

# ---- husainids.ar.txt
bey = kb.ent(None, "باي تونس", "Bey of Tunis", ["الباي"], cls=POSITION)
beylik = kb.org("المملكة التونسية", "Beylik of Tunis (Husainid monarchy)", COUNTRY, ["الملكية"], founded="1705", dissolved="1957-07-25")
husayn1 = P("حسين بن علي", "Al-Husayn I ibn Ali", M, ["حسين بن علي التركي"], died="1740")
L(husayn1, "P39", bey, "1705", "1735")
L(beylik, "P112", husayn1)
mustafa = P("مصطفى باي", "Mustafa Bey", M, died="1837")
husayn2 = P("حسين باي الثاني", "Husayn II Bey", M, ["حسين باي"], died="1835")
kb.siblings(mustafa, husayn2)
ahmad1 = P("أحمد باي", "Ahmad I Bey", M, ["أحمد باي الأول"], born="1806-12-02", died="1855-05-30")
kb.parents(ahmad1, father=mustafa)
L(ahmad1, "P39", bey, "1837-10-10", "1855-05-30")
mbey = P("محمد باي", "Muhammad II ibn al-Husayn", M, ["محمد الثاني"], born="1811", died="1859-09-22")
sadiq = P("محمد الصادق باي", "Muhammad III as-Sadiq", M, ["محمد الصادق", "الصادق باي"], born="1813", died="1882-10-27")
ali3 = P("علي باي", "Ali III ibn al-Husayn", M, ["علي الثالث"], born="1817", died="1902-06-11")
for c in (mbey, sadiq, ali3):
    kb.parents(c, father=husayn2)
kb.siblings(mbey, sadiq, ali3)
L(mbey, "P39", bey, "1855-05-30", "1859-09-22")
L(sadiq, "P39", bey, "1859-09-23", "1882-10-27")
L(ali3, "P39", bey, "1882-10-28", "1902-06-11")
nasir = P("محمد الناصر باي", "Muhammad V an-Nasir", M, ["الناصر باي"], born="1855", died="1922-07-08")
moncef = P("محمد المنصف باي", "Muhammad VII al-Munsif", M, ["المنصف باي"], born="1881-03-04", died="1948-09-01", deathplace=pau)
kb.parents(moncef, father=nasir)
L(moncef, "P39", bey, "1942-06-19", "1943-05-14")
amin = P("محمد الأمين باي", "Muhammad VIII al-Amin", M, ["الأمين باي"], born="1881-09-04", died="1962-09-30", deathplace=tunis)
L(amin, "P39", bey, "1943-05-15", "1957-07-25")

# ---- sadiki.ar.txt
sadiki = kb.org("المدرسة الصادقية", "Sadiki College", SCHOOL, ["الصادقية", "المعهد الصادقي"], founded="1875", located=kasbah)
khayr = P("خير الدين باشا", "Hayreddin Pasha", M, ["خير الدين التونسي", "خير الدين"], born="1820", died="1890-01-30",
          deathplace=istanbul)
L(sadiki, "P112", khayr)
L(sadiki, "P138", sadiq)
grand_vizier_tn = kb.ent(None, "الوزير الأكبر", "Grand Vizier of Tunis", ["الوزارة الكبرى"], cls=POSITION)
grand_vizier_ot = kb.ent(None, "الصدر الأعظم", "Grand Vizier of the Ottoman Empire", ["صدر أعظم"], cls=POSITION)
L(khayr, "P39", grand_vizier_tn, "1873", "1877")
L(khayr, "P39", grand_vizier_ot, "1878", "1879")
aqwam = kb.ent(None, "أقوم المسالك في معرفة أحوال الممالك", "The Surest Path", ["أقوم المسالك"], cls="Q7725634")
L(aqwam, "P50", khayr)
D(aqwam, "P577", "1867")
bachhamba = P("علي باش حامبة", "Ali Bach Hamba", M, born="1876", died="1918", birthplace=tunis, deathplace=istanbul)
L(bachhamba, "P69", sadiki)
bourguiba = P("الحبيب بورقيبة", "Habib Bourguiba", M, ["بورقيبة"], born="1903-08-03", died="2000-04-06",
              birthplace=monastir, deathplace=monastir)
L(bourguiba, "P69", sadiki, "1913")
president_tn = kb.ent(None, "رئيس الجمهورية التونسية", "President of Tunisia", cls=POSITION)
L(bourguiba, "P39", president_tn, "1957-07-25", "1987-11-07")
alumni = kb.org("جمعية قدماء الصادقية", "Association of Former Sadiki Students", ORG, founded="1905", located=tunis)
messadi = P("محمود المسعدي", "Mahmoud Messadi", M, ["المسعدي"], born="1911-01-28", died="2004-12-16")
L(messadi, "P69", sadiki)
min_edu = kb.ent(None, "وزير التربية", "Minister of Education of Tunisia", ["وزير التربية القومية"], cls=POSITION)
L(messadi, "P39", min_edu, "1958", "1968")

# ---- mernissi.ar.txt
m5u = kb.org("جامعة محمد الخامس", "Mohammed V University", UNIV, founded="1957", located=rabat)
sorbonne = kb.org("السوربون", "Sorbonne (University of Paris)", UNIV, ["جامعة باريس"], located=paris)
brandeis = kb.org("جامعة برانديز", "Brandeis University", UNIV, founded="1948")
iurs = kb.org("المعهد الجامعي للبحث العلمي", "Institut Universitaire de la Recherche Scientifique", ORG, located=rabat)
unu_council = kb.org("مجلس جامعة الأمم المتحدة", "Council of the United Nations University", ORG)
asturias = kb.ent(None, "جائزة أمير أستورياس", "Prince of Asturias Award for Literature", ["جائزة أمير أستورياس للآداب"], cls=AWARD)
erasmus = kb.ent(None, "جائزة إيراسموس", "Erasmus Prize", cls=AWARD)
mernissi = P("فاطمة المرنيسي", "Fatema Mernissi", F, ["المرنيسي"], born="1940-09-27", died="2015-11-30",
             birthplace=fez, deathplace=rabat)
L(mernissi, "P69", m5u)
L(mernissi, "P69", sorbonne)
L(mernissi, "P69", brandeis, end="1973")
L(mernissi, "P108", m5u, "1974")
L(mernissi, "P108", iurs)
L(mernissi, "P463", unu_council)
L(mernissi, "P166", asturias, at="2003")
L(mernissi, "P166", erasmus, at="2004")
sontag = P("سوزان سونتاغ", "Susan Sontag", F, ["سونتاغ"], born="1933-01-16", died="2004-12-28", birthplace=ny, deathplace=ny)
L(sontag, "P166", asturias, at="2003")
djebar = P("آسيا جبار", "Assia Djebar", F, ["فاطمة الزهراء إيمالاين"], born="1936-06-30", died="2015-02-06",
           birthplace=cherchell, deathplace=paris)

kb.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "dev17a.json"))
