"""Generates data/kb/heldout12.json, the knowledge base of the twelfth held-out KB verification set (data/kb/heldout12/):
Lermontov, John Paul II, Yusuf ibn Tashfin and the Almoravids (Julian dates), Alexander Graham Bell, Ibn Taymiyya (Julian
dates), the Rothschild family, the Smithsonian Institution, Ernest Rutherford. Facts from standard reference knowledge,
written by hand for this set; local ids from Q90027001. Run: python3 tools/kb/make_heldout12_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder, item_snak  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, TOWN, VILLAGE, COUNTRY, REGION = "Q515", "Q3957", "Q532", "Q6256", "Q82794"
HSTATE, UNIV, SCHOOL, ORG, POS, AWARD = "Q3024240", "Q3918", "Q3914", "Q43229", "Q4164871", "Q618779"
BATTLE, EVENT, CASTLE, CEMETERY, MUSEUM, BANK = "Q178561", "Q1656682", "Q23413", "Q39614", "Q33506", "Q22687"
PALACE, SQUARE, MOUNTAIN, STREET, CHURCH, BUILDING = "Q16560", "Q174782", "Q8502", "Q79007", "Q16970", "Q41176"
LAB, ZOO, DIOCESE, MILUNIT, LITWORK, TITLE, OCC, PARK = "Q483242", "Q43501", "Q665487", "Q176799", "Q7725634", "Q355567", "Q28640", "Q22698"
COMPANY, LEGIS, PARTICLE, DISTRICT = "Q783794", "Q11204", "Q43116", "Q149621"
COUSIN = "Q23009870"

kb = KbBuilder(90027000)
pl, org, person, link, date = kb.place, kb.org, kb.person, kb.link, kb.date


def occ(ar, en):
    return kb.ent(None, ar, en, cls=OCC)


def pos(ar, en, aliases=()):
    return kb.ent(None, ar, en, aliases, cls=POS)


def works(e, *occs):
    for o in occs:
        link(e, "P106", o)


poet, novelist, priest, ruler, physicist, chemist, inventor, jurist, banker, scientist, architect, officer, physician = (
    occ("شاعر", "poet"), occ("روائي", "novelist"), occ("كاهن", "priest"), occ("حاكم", "ruler"), occ("فيزيائي", "physicist"),
    occ("كيميائي", "chemist"), occ("مخترع", "inventor"), occ("فقيه", "jurist"), occ("مصرفي", "banker"),
    occ("عالم", "scientist"), occ("معماري", "architect"), occ("ضابط", "military officer"), occ("طبيب", "physician"))

# ---------------------------------------------------------------- shared places
uk = pl("المملكة المتحدة", "United Kingdom", COUNTRY, ["بريطانيا"])
england = pl("إنجلترا", "England", REGION, ["انجلترا"], country=uk)
scotland = pl("اسكتلندا", "Scotland", REGION, ["إسكتلندا"], country=uk)
london = pl("لندن", "London", CITY, inside=england, country=uk)
russia = pl("روسيا", "Russia", COUNTRY, ["الإمبراطورية الروسية"], ["Russian Empire"])
moscow = pl("موسكو", "Moscow", CITY, country=russia)
spb = pl("سانت بطرسبورغ", "Saint Petersburg", CITY, ["بطرسبورغ", "سان بطرسبرغ"], country=russia)
france = pl("فرنسا", "France", COUNTRY)
paris = pl("باريس", "Paris", CITY, country=france)
italy = pl("إيطاليا", "Italy", COUNTRY)
rome = pl("روما", "Rome", CITY, country=italy)
germany = pl("ألمانيا", "Germany", COUNTRY)
usa = pl("الولايات المتحدة", "United States", COUNTRY, ["الولايات المتحدة الأمريكية", "أمريكا"])
washington = pl("واشنطن", "Washington, D.C.", CITY, ["واشنطن العاصمة"], country=usa)
canada = pl("كندا", "Canada", COUNTRY)
manchester = pl("مانشستر", "Manchester", CITY, inside=england, country=uk)
royal_society = org("الجمعية الملكية", "Royal Society", ORG, ["الجمعية الملكية في لندن", "الجمعية الملكية البريطانية"],
                    founded="1660-11-28", located=london)

# ---------------------------------------------------------------- Lermontov
penza = pl("محافظة بينزا", "Penza Governorate", REGION, country=russia)
tarkhany = pl("ترخاني", "Tarkhany", VILLAGE, inside=penza, country=russia)
tula = pl("محافظة تولا", "Tula Governorate", REGION, country=russia)
kropotovo = pl("كروبوتوفو", "Kropotovo", VILLAGE, inside=tula, country=russia)
caucasus = pl("القوقاز", "Caucasus", REGION, ["القفقاس"])
pyatigorsk = pl("بياتيغورسك", "Pyatigorsk", CITY, inside=caucasus, country=russia)
mashuk = pl("جبل ماشوك", "Mount Mashuk", MOUNTAIN, ["ماشوك"], inside=pyatigorsk, country=russia)
nizhny = pl("نيجني نوفغورود", "Nizhny Novgorod", CITY, country=russia)
lermontov = person("ميخائيل يوريفيتش ليرمونتوف", "Mikhail Lermontov", M, ["ليرمونتوف", "ميخائيل ليرمونتوف"],
                   born="1814-10-15", died="1841-07-27", birthplace=moscow, deathplace=pyatigorsk)
link(lermontov, "P119", tarkhany)
works(lermontov, poet, novelist, officer)
yuri = person("يوري بتروفيتش ليرمونتوف", "Yuri Petrovich Lermontov", M, ["يوري ليرمونتوف"], born="1787", died="1831",
              deathplace=kropotovo)
maria = person("ماريا ميخائيلوفنا أرسينييفا", "Maria Mikhailovna Lermontova", F,
               ["ماريا ميخائيلوفنا ليرمونتوفا", "ماريا ميخائيلوفنا", "ماريا ليرمونتوفا"], born="1795", died="1817-02-24",
               deathplace=tarkhany)
elizaveta = person("يليزافيتا ألكسييفنا أرسينييفا", "Elizaveta Alekseyevna Arsenyeva", F,
                   ["يليزافيتا أرسينييفا", "يليزافيتا ستوليبينا"], born="1773", died="1845", deathplace=tarkhany)
kb.parents(lermontov, yuri, maria)
kb.parents(maria, mother=elizaveta)
kb.married(yuri, maria, start="1814")
boarding = org("المدرسة الداخلية للنبلاء التابعة لجامعة موسكو", "Moscow University Noble Boarding School", SCHOOL,
               ["المدرسة الداخلية للنبلاء"], located=moscow)
msu = org("جامعة موسكو", "Moscow University", UNIV, ["جامعة موسكو الحكومية"], founded="1755", located=moscow)
junkers = org("مدرسة حرس الصف وطلاب الفرسان", "School of Guards Sub-Ensigns and Cavalry Junkers", SCHOOL, located=spb)
hussars = org("فوج هوسار الحرس", "Life Guard Hussar Regiment", MILUNIT, ["فوج الهوسار"])
link(lermontov, "P69", boarding, "1828", "1830")
link(lermontov, "P69", msu, "1830", "1832")
link(lermontov, "P69", junkers, "1832", "1834")
link(lermontov, "P463", hussars, "1834")
pushkin = person("ألكسندر بوشكين", "Alexander Pushkin", M, ["بوشكين", "ألكسندر سيرغيفيتش بوشكين"], born="1799-06-06",
                 died="1837-02-10", birthplace=moscow, deathplace=spb)
works(pushkin, poet)
barante = person("إرنست دي بارانت", "Ernest de Barante", M, ["دي بارانت"], born="1818", died="1859")
prosper = person("بروسبير دي بارانت", "Prosper de Barante", M, born="1782-06-10", died="1866-11-22")
kb.parents(barante, prosper)
amb_fr = pos("سفير فرنسا لدى روسيا", "French ambassador to Russia", ["السفير الفرنسي في روسيا"])
link(prosper, "P39", amb_fr, "1835", "1841")
hero = kb.ent(None, "بطل من زماننا", "A Hero of Our Time", cls=LITWORK)
date(hero, "P577", "1840")
link(hero, "P50", lermontov)
martynov = person("نيكولاي مارتينوف", "Nikolai Martynov", M, ["مارتينوف", "نيكولاي سولومونوفيتش مارتينوف"],
                  born="1815-10-09", died="1875-12-28", birthplace=nizhny, deathplace=moscow)
link(lermontov, "P157", martynov)

# ---------------------------------------------------------------- John Paul II
poland = pl("بولندا", "Poland", COUNTRY)
lesser = pl("مقاطعة بولندا الصغرى", "Lesser Poland Voivodeship", REGION, country=poland)
wadowice = pl("فادوفيتسه", "Wadowice", TOWN, ["فادوفيتس"], inside=lesser, country=poland)
krakow = pl("كراكوف", "Kraków", CITY, ["كراكو"], inside=lesser, country=poland)
bielsko = pl("بيلسكو", "Bielsko", TOWN, country=poland)
vatican = pl("الفاتيكان", "Vatican City", COUNTRY, ["مدينة الفاتيكان", "دولة الفاتيكان"])
apostolic = pl("القصر الرسولي", "Apostolic Palace", PALACE, ["القصر البابوي"], inside=vatican, country=vatican)
st_peter_sq = pl("ساحة القديس بطرس", "St. Peter's Square", SQUARE, inside=vatican, country=vatican)
bavaria = pl("بافاريا", "Bavaria", REGION, country=germany)
marktl = pl("ماركتل", "Marktl", VILLAGE, inside=bavaria, country=germany)
utrecht = pl("أوترخت", "Utrecht", CITY)
turkey = pl("تركيا", "Turkey", COUNTRY)
hekimhan = pl("حكيمخان", "Hekimhan", TOWN, country=turkey)
new_haven = pl("نيو هيفن", "New Haven", CITY, country=usa)
jp2 = person("يوحنا بولس الثاني", "John Paul II", M,
             ["البابا يوحنا بولس الثاني", "كارول يوزف فويتيلا", "كارول فويتيلا"], ["Karol Józef Wojtyła"],
             born="1920-05-18", died="2005-04-02", birthplace=wadowice, deathplace=vatican)
works(jp2, priest)
karol_sr = person("كارول فويتيلا", "Karol Wojtyła Sr.", M, ["كارول فويتيلا الأب"], born="1879-07-18", died="1941-02-18",
                  deathplace=krakow)
works(karol_sr, officer)
emilia = person("إميليا كاتشوروفسكا", "Emilia Kaczorowska", F, ["إميليا فويتيلا"], born="1884-03-26", died="1929-04-13",
                birthplace=krakow, deathplace=wadowice)
edmund = person("إدموند فويتيلا", "Edmund Wojtyła", M, ["إدموند"], born="1906-08-27", died="1932-12-05",
                deathplace=bielsko)
works(edmund, physician)
olga = person("أولغا فويتيلا", "Olga Wojtyła", F, ["أولغا"], born="1914", died="1914")
for child in (jp2, edmund, olga):
    kb.parents(child, karol_sr, emilia)
kb.siblings(jp2, edmund, olga)
kb.married(karol_sr, emilia)
jagiellonian = org("جامعة ياغيلونيا", "Jagiellonian University", UNIV, ["الجامعة الياغيلونية", "جامعة ياغيلونيان"],
                   founded="1364", located=krakow)
angelicum = org("جامعة القديس توما الأكويني البابوية", "Pontifical University of Saint Thomas Aquinas", UNIV,
                ["الأنجليكوم"], located=rome)
link(jp2, "P69", jagiellonian, "1938", "1939")
link(jp2, "P69", angelicum, "1946", "1948")
archdiocese = org("أبرشية كراكوف", "Roman Catholic Archdiocese of Kraków", DIOCESE, ["رئاسة أساقفة كراكوف"],
                  founded="1000", located=krakow)
aux_bishop = pos("أسقف كراكوف المساعد", "auxiliary bishop of Kraków", ["أسقف مساعد لأبرشية كراكوف"])
archbishop = pos("رئيس أساقفة كراكوف", "Archbishop of Kraków")
cardinal = pos("كاردينال", "cardinal")
pope = pos("بابا الكنيسة الكاثوليكية", "Pope", ["البابا", "الحبر الأعظم"])
link(aux_bishop, "P1001", archdiocese)
link(archbishop, "P1001", archdiocese)
link(jp2, "P39", aux_bishop, "1958-07-04", "1964-01-13")
link(jp2, "P39", archbishop, "1964-01-13", "1978-10-16")
link(jp2, "P39", cardinal, "1967-06-26")
link(jp2, "P39", pope, "1978-10-16", "2005-04-02")
paul6 = person("بولس السادس", "Paul VI", M, ["البابا بولس السادس", "جوفاني باتيستا مونتيني"], born="1897-09-26",
               died="1978-08-06")
link(paul6, "P39", pope, "1963-06-21", "1978-08-06")
jp1 = person("يوحنا بولس الأول", "John Paul I", M, ["البابا يوحنا بولس الأول", "ألبينو لوتشياني"], born="1912-10-17",
             died="1978-09-28", deathplace=vatican)
link(jp1, "P39", pope, "1978-08-26", "1978-09-28")
adrian6 = person("أدريان السادس", "Adrian VI", M, ["البابا أدريان السادس"], born="1459-03-02", died="1523-09-14",
                 birthplace=utrecht, deathplace=rome)
link(adrian6, "P39", pope, "1522-01-09", "1523-09-14")
agca = person("محمد علي آغجا", "Mehmet Ali Ağca", M, ["آغجا", "علي آغجا"], born="1958-01-09", birthplace=hekimhan)
attempt = kb.ent(None, "محاولة اغتيال البابا يوحنا بولس الثاني", "attempted assassination of Pope John Paul II", cls=EVENT)
date(attempt, "P585", "1981-05-13")
link(attempt, "P276", st_peter_sq)
link(attempt, "P8031", agca)
link(attempt, "P710", jp2)
bush = person("جورج دبليو بوش", "George W. Bush", M, ["بوش", "جورج بوش الابن"], born="1946-07-06", birthplace=new_haven)
medal = kb.ent(None, "وسام الحرية الرئاسي", "Presidential Medal of Freedom", ["ميدالية الحرية الرئاسية"], cls=AWARD)
link(jp2, "P166", medal, at="2004-06-04")
benedict = person("بنديكتوس السادس عشر", "Benedict XVI", M, ["يوزف راتسينغر", "جوزيف راتزينغر", "البابا بنديكتوس السادس عشر"],
                  born="1927-04-16", died="2022-12-31", birthplace=marktl, deathplace=vatican)
link(benedict, "P39", cardinal, "1977-06-27")
link(benedict, "P39", pope, "2005-04-19", "2013-02-28")

# ---------------------------------------------------------------- Yusuf ibn Tashfin (Julian dates)
maghreb = pl("المغرب", "Maghreb (al-Maghrib al-Aqsa)", REGION, ["المغرب الأقصى"])
andalus = pl("الأندلس", "al-Andalus", REGION)
marrakesh = pl("مراكش", "Marrakesh", CITY, inside=maghreb)
date(marrakesh, "P571", "1070")
ceuta = pl("سبتة", "Ceuta", CITY, inside=maghreb)
oran = pl("وهران", "Oran", CITY)
meknes = pl("مكناسة", "Meknes", CITY, ["مكناس"], inside=maghreb)
aghmat = pl("أغمات", "Aghmat", TOWN, inside=marrakesh)
beja = pl("باجة", "Beja", CITY, inside=andalus)
seville = pl("إشبيلية", "Seville", CITY, inside=andalus)
toledo = pl("طليطلة", "Toledo", CITY, inside=andalus)
badajoz = pl("بطليوس", "Badajoz", CITY, inside=andalus)
almoravids = org("دولة المرابطين", "Almoravid dynasty", HSTATE, ["المرابطون", "المرابطين", "الدولة المرابطية"],
                 founded="1040", dissolved="1147")
link(almoravids, "P36", marrakesh)
almohads = org("دولة الموحدين", "Almohad Caliphate", HSTATE, ["الموحدون", "الموحدين"], founded="1121", dissolved="1269")
seville_taifa = org("مملكة إشبيلية", "Taifa of Seville", HSTATE, ["طائفة إشبيلية", "بنو عباد"], founded="1023",
                    dissolved="1091")
castile = org("مملكة قشتالة", "Kingdom of Castile", HSTATE, ["قشتالة"])
emir = pos("أمير المرابطين", "Almoravid emir", ["أمير المسلمين"])
yusuf = person("يوسف بن تاشفين", "Yusuf ibn Tashfin", M, ["أمير المسلمين يوسف بن تاشفين", "ابن تاشفين"], born="1009",
               died="1106-09-02", deathplace=marrakesh)
works(yusuf, ruler)
tashfin_i = person("تاشفين بن إبراهيم", "Tashfin ibn Ibrahim", M)
kb.parents(yusuf, tashfin_i)
abu_bakr = person("أبو بكر بن عمر", "Abu Bakr ibn Umar", M, ["أبو بكر بن عمر اللمتوني", "أبو بكر اللمتوني"], died="1087")
yusuf.item("P1038", abu_bakr.qid, qualifiers=[item_snak("P1039", COUSIN)])
abu_bakr.item("P1038", yusuf.qid, qualifiers=[item_snak("P1039", COUSIN)])
link(abu_bakr, "P39", emir, "1056", "1087")
zaynab = person("زينب النفزاوية", "Zaynab an-Nafzawiyya", F, ["زينب بنت إسحاق النفزاوية"])
kb.married(yusuf, zaynab)
kb.married(abu_bakr, zaynab, end="1071")
ali = person("علي بن يوسف", "Ali ibn Yusuf", M, ["علي بن يوسف بن تاشفين"], born="1084", died="1143-01-28",
             birthplace=ceuta, deathplace=marrakesh)
kb.parents(ali, yusuf)
tashfin_a = person("تاشفين بن علي", "Tashfin ibn Ali", M, died="1145-03-23", deathplace=oran)
kb.parents(tashfin_a, ali)
link(yusuf, "P39", emir, "1061", "1106-09-02")
link(ali, "P39", emir, "1106-09-02", "1143-01-28")
link(tashfin_a, "P39", emir, "1143-01-28", "1145-03-23")
for e in (yusuf, ali, tashfin_a, abu_bakr):
    link(e, "P27", almoravids)
alfonso = person("ألفونسو السادس", "Alfonso VI of León and Castile", M, ["ألفونسو السادس ملك قشتالة", "الأذفونش"],
                 born="1040", died="1109-07-01", deathplace=toledo)
king_castile = pos("ملك قشتالة", "King of Castile")
link(alfonso, "P39", king_castile, "1072", "1109-07-01")
mutamid = person("المعتمد بن عباد", "al-Mu'tamid ibn Abbad", M, ["المعتمد على الله بن عباد", "المعتمد"], born="1040",
                 died="1095", birthplace=beja, deathplace=aghmat)
works(mutamid, poet, ruler)
king_seville = pos("ملك إشبيلية", "King of the Taifa of Seville")
link(mutamid, "P39", king_seville, "1069", "1091")
zallaqa = kb.ent(None, "معركة الزلاقة", "Battle of Sagrajas", ["الزلاقة", "معركة سقراجة"], cls=BATTLE)
date(zallaqa, "P585", "1086-10-23")
link(zallaqa, "P276", badajoz)
for p in (yusuf, alfonso, mutamid):
    link(zallaqa, "P710", p)
fall_toledo = kb.ent(None, "سقوط طليطلة", "fall of Toledo (1085)", cls=EVENT)
date(fall_toledo, "P585", "1085-05-25")
link(fall_toledo, "P276", toledo)
link(fall_toledo, "P710", alfonso)

# ---------------------------------------------------------------- Alexander Graham Bell
edinburgh = pl("إدنبرة", "Edinburgh", CITY, ["أدنبره", "إدنبره"], inside=scotland, country=uk)
st_andrews = pl("سانت أندروز", "St Andrews", TOWN, inside=scotland, country=uk)
ontario = pl("أونتاريو", "Ontario", REGION, country=canada)
brantford = pl("برانتفورد", "Brantford", CITY, inside=ontario, country=canada)
nova = pl("نوفا سكوشا", "Nova Scotia", REGION, ["نوفا سكوتيا"], country=canada)
baddeck = pl("باديك", "Baddeck", VILLAGE, inside=nova, country=canada)
beinn = pl("بين بريا", "Beinn Bhreagh", "Q1802963", inside=baddeck, country=canada)
massachusetts = pl("ماساتشوستس", "Massachusetts", REGION, country=usa)
boston = pl("بوسطن", "Boston", CITY, inside=massachusetts, country=usa)
istanbul = pl("إسطنبول", "Istanbul", CITY, ["القسطنطينية"], country=turkey)
bell = person("ألكسندر غراهام بيل", "Alexander Graham Bell", M, ["غراهام بيل", "بيل"], born="1847-03-03",
              died="1922-08-02", birthplace=edinburgh, deathplace=beinn)
works(bell, inventor, scientist)
link(bell, "P551", brantford, "1870")
amb = person("ألكسندر ملفيل بيل", "Alexander Melville Bell", M, ["ملفيل بيل"], born="1819-03-01", died="1905-08-07",
             birthplace=st_andrews, deathplace=washington)
eliza = person("إليزا غريس سيموندز", "Eliza Grace Symonds Bell", F, ["إليزا بيل"], born="1809", died="1897")
kb.married(amb, eliza, start="1844")
grandpa = person("ألكسندر بيل", "Alexander Bell (elocutionist)", M, born="1790", died="1865", birthplace=st_andrews,
                 deathplace=london)
kb.parents(amb, grandpa)
melville = person("ملفيل جيمس بيل", "Melville James Bell", M, ["ملفيل جيمس"], born="1845", died="1870")
edward = person("إدوارد تشارلز بيل", "Edward Charles Bell", M, ["إدوارد تشارلز"], born="1848", died="1867")
for child in (melville, bell, edward):
    kb.parents(child, amb, eliza)
kb.siblings(melville, bell, edward)
royal_high = org("المدرسة الملكية الثانوية", "Royal High School, Edinburgh", SCHOOL, ["المدرسة الملكية الثانوية في إدنبرة"],
                 located=edinburgh)
uni_edin = org("جامعة إدنبرة", "University of Edinburgh", UNIV, founded="1583", located=edinburgh)
ucl = org("الكلية الجامعية في لندن", "University College London", UNIV, founded="1826", located=london)
link(bell, "P69", royal_high, end="1862")
link(bell, "P69", uni_edin)
link(bell, "P69", ucl, "1868", "1870")
bu = org("جامعة بوسطن", "Boston University", UNIV, founded="1839", located=boston)
link(bell, "P108", bu, "1873")
mabel = person("مابل هابارد", "Mabel Gardiner Hubbard", F, ["مابل غاردينر هابارد", "مابل بيل"], born="1857-11-25",
               died="1923-01-03")
kb.married(bell, mabel, start="1877-07-11", end="1922-08-02")
gardiner = person("غاردينر غرين هابارد", "Gardiner Greene Hubbard", M, ["غاردينر هابارد"], born="1822-08-25",
                  died="1897-12-11", birthplace=boston)
kb.parents(mabel, gardiner)
elsie = person("إلسي ماي بيل", "Elsie May Bell Grosvenor", F, ["إلسي ماي", "إلسي بيل"], born="1878-05-08", died="1964")
marian = person("ماريان هابارد بيل", "Marian Hubbard Bell", F, ["ماريان", "ماريان بيل", "ديزي بيل"], born="1880-02-15",
                died="1962")
for child in (elsie, marian):
    kb.parents(child, bell, mabel)
kb.siblings(elsie, marian)
grosvenor = person("غيلبرت غروفنر", "Gilbert Hovey Grosvenor", M, ["غيلبرت هوفي غروفنر"], born="1875-10-28",
                   died="1966-02-04", birthplace=istanbul, deathplace=baddeck)
kb.married(grosvenor, elsie, start="1900-10-23")
watson = person("توماس واتسون", "Thomas A. Watson", M, ["توماس أوغسطس واتسون"], born="1854-01-18", died="1934-12-13")
patent = kb.ent(None, "براءة اختراع الهاتف", "telephone patent (US 174,465)", ["براءة الهاتف"], cls=EVENT)
date(patent, "P585", "1876-03-07")
link(patent, "P710", bell)
bellco = org("شركة بيل للهاتف", "Bell Telephone Company", COMPANY, founded="1877-07-09", located=boston)
link(bellco, "P112", bell)
link(bellco, "P112", gardiner)
volta_prize = kb.ent(None, "جائزة فولتا", "Volta Prize", cls=AWARD)
link(bell, "P166", volta_prize, at="1880")
volta_lab = org("مختبر فولتا", "Volta Laboratory", LAB, founded="1880", located=washington)
link(volta_lab, "P112", bell)
ngs = org("الجمعية الجغرافية الوطنية", "National Geographic Society", ORG, ["ناشيونال جيوغرافيك"], founded="1888-01-13",
          located=washington)
link(ngs, "P112", gardiner)
ngs_pres = pos("رئيس الجمعية الجغرافية الوطنية", "President of the National Geographic Society")
link(gardiner, "P39", ngs_pres, "1888", "1897-12-11")
link(bell, "P39", ngs_pres, "1898", "1903")
link(grosvenor, "P39", ngs_pres, "1920", "1954")
link(bell, "P463", ngs)

# ---------------------------------------------------------------- Ibn Taymiyya (Julian dates)
harran = pl("حران", "Harran", CITY)
damascus = pl("دمشق", "Damascus", CITY)
dam_citadel = pl("قلعة دمشق", "Citadel of Damascus", CASTLE, inside=damascus)
cairo = pl("القاهرة", "Cairo", CITY)
cairo_citadel = pl("قلعة الجبل", "Cairo Citadel", CASTLE, ["قلعة صلاح الدين", "قلعة القاهرة"], inside=cairo)
alexandria = pl("الإسكندرية", "Alexandria", CITY)
sufi_cem = pl("مقبرة الصوفية", "Sufi Cemetery (Damascus)", CEMETERY, inside=damascus)
ibn_t = person("تقي الدين أحمد بن عبد الحليم بن تيمية", "Ibn Taymiyya", M,
               ["ابن تيمية", "أحمد بن تيمية", "تقي الدين ابن تيمية", "شيخ الإسلام ابن تيمية"],
               born="1263-01-22", died="1328-09-26", birthplace=harran, deathplace=damascus)
works(ibn_t, jurist)
link(ibn_t, "P119", sufi_cem)
link(ibn_t, "P551", damascus, "1269")
link(ibn_t, "P2632", cairo_citadel, "1306", "1307")
link(ibn_t, "P2632", alexandria, "1309", "1310")
link(ibn_t, "P2632", dam_citadel, "1326", "1328-09-26")
abd_halim = person("شهاب الدين عبد الحليم بن تيمية", "Abd al-Halim ibn Taymiyya", M,
                   ["عبد الحليم بن تيمية", "شهاب الدين عبد الحليم"], born="1230", died="1284", birthplace=harran,
                   deathplace=damascus)
majd = person("مجد الدين عبد السلام بن تيمية", "Majd al-Din ibn Taymiyya", M,
              ["مجد الدين ابن تيمية", "أبو البركات ابن تيمية", "عبد السلام بن تيمية"], born="1194", died="1254",
              birthplace=harran, deathplace=harran)
sharaf = person("شرف الدين عبد الله بن تيمية", "Sharaf al-Din Abd Allah ibn Taymiyya", M, ["شرف الدين عبد الله"],
                died="1327", deathplace=damascus)
kb.parents(ibn_t, abd_halim)
kb.parents(sharaf, abd_halim)
kb.parents(abd_halim, majd)
kb.siblings(ibn_t, sharaf)
for e in (abd_halim, majd, sharaf):
    works(e, jurist)
ghazan = person("غازان", "Ghazan", M, ["محمود غازان", "غازان خان"], born="1271-11-05", died="1304-05-11")
ilkhan = pos("إيلخان", "Ilkhan", ["السلطان الإيلخاني"])
link(ghazan, "P39", ilkhan, "1295", "1304-05-11")
shaqhab = kb.ent(None, "معركة شقحب", "Battle of Marj al-Saffar (1303)", ["معركة مرج الصفر", "شقحب"], cls=BATTLE)
date(shaqhab, "P585", "1303-04-20")
link(shaqhab, "P710", ibn_t)
ibn_qayyim = person("ابن قيم الجوزية", "Ibn Qayyim al-Jawziyya", M, ["ابن القيم", "شمس الدين ابن قيم الجوزية"],
                    born="1292-01-29", died="1350-09-23", deathplace=damascus)
dhahabi = person("الذهبي", "al-Dhahabi", M, ["شمس الدين الذهبي"], born="1274", died="1348", deathplace=damascus)
ibn_kathir = person("ابن كثير", "Ibn Kathir", M, ["عماد الدين ابن كثير", "إسماعيل بن كثير"], born="1300", died="1373-02",
                    deathplace=damascus)
for s in (ibn_qayyim, dhahabi, ibn_kathir):
    link(s, "P1066", ibn_t)
    works(s, jurist)

# ---------------------------------------------------------------- the Rothschild family
frankfurt = pl("فرانكفورت", "Frankfurt am Main", CITY, ["فرانكفورت على نهر الماين"], country=germany)
judengasse = pl("حارة اليهود", "Judengasse (Frankfurt)", STREET, ["حارة اليهود في فرانكفورت", "يودنغاسه"],
                inside=frankfurt, country=germany)
austria = pl("النمسا", "Austria", COUNTRY)
vienna = pl("فيينا", "Vienna", CITY, country=austria)
naples = pl("نابولي", "Naples", CITY, country=italy)
florence = pl("فلورنسا", "Florence", CITY, country=italy)
city_london = pl("مدينة لندن", "City of London", DISTRICT, ["حي المال في لندن"], inside=london, country=uk)
commons = org("مجلس العموم البريطاني", "House of Commons of the United Kingdom", LEGIS, ["مجلس العموم"], located=london)
lords = org("مجلس اللوردات", "House of Lords", LEGIS, ["مجلس اللوردات البريطاني"], located=london)
mp = pos("عضو في مجلس العموم البريطاني", "Member of Parliament (United Kingdom)", ["نائب في مجلس العموم"])
link(mp, "P361", commons)
lord = pos("عضو في مجلس اللوردات", "member of the House of Lords")
link(lord, "P361", lords)
baron = kb.ent(None, "بارون", "baron", cls=TITLE)
mayer = person("ماير أمشيل روتشيلد", "Mayer Amschel Rothschild", M, ["ماير روتشيلد", "ماير أمشيل"], born="1744-02-23",
               died="1812-09-19", birthplace=frankfurt, deathplace=frankfurt)
amschel_moses = person("أمشيل موزس روتشيلد", "Amschel Moses Rothschild", M, died="1755", deathplace=frankfurt)
kb.parents(mayer, amschel_moses)
gutle = person("غوتله شنابر", "Gutle Schnapper", F, ["غوتله روتشيلد"], born="1753-08-23", died="1849-05-07",
               birthplace=frankfurt, deathplace=frankfurt)
kb.married(mayer, gutle, start="1770-08-29", end="1812-09-19")
amschel = person("أمشيل ماير روتشيلد", "Amschel Mayer von Rothschild", M, ["أمشيل ماير فون روتشيلد"], born="1773-06-12",
                 died="1855-12-06", birthplace=frankfurt, deathplace=frankfurt)
salomon = person("سالومون ماير روتشيلد", "Salomon Mayer von Rothschild", M, ["سالومون روتشيلد"], born="1774-09-09",
                 died="1855-07-28", birthplace=frankfurt, deathplace=paris)
nathan = person("ناثان ماير روتشيلد", "Nathan Mayer Rothschild", M, ["ناثان روتشيلد"], born="1777-09-16",
                died="1836-07-28", birthplace=frankfurt, deathplace=frankfurt)
link(nathan, "P551", manchester, "1798")
carl = person("كارل ماير روتشيلد", "Carl Mayer von Rothschild", M, ["كارل روتشيلد"], born="1788-04-24", died="1855-03-10",
              birthplace=frankfurt, deathplace=naples)
james = person("جيمس ماير روتشيلد", "James Mayer de Rothschild", M, ["جيمس دي روتشيلد", "جيمس روتشيلد"],
               born="1792-05-15", died="1868-11-15", birthplace=frankfurt, deathplace=paris)
brothers = (amschel, salomon, nathan, carl, james)
for b in brothers:
    kb.parents(b, mayer, gutle)
    works(b, banker)
    link(b, "P97", baron, "1822")
works(mayer, banker)
kb.siblings(*brothers)
hannah = person("هانا بارنت كوهين", "Hannah Barent Cohen", F, ["هانا روتشيلد"], born="1783", died="1850")
kb.married(nathan, hannah, start="1806-10-22", end="1836-07-28")
lionel = person("ليونيل دي روتشيلد", "Lionel de Rothschild", M, ["ليونيل روتشيلد", "ليونيل ناثان دي روتشيلد"],
                born="1808-11-22", died="1879-06-03", birthplace=london, deathplace=london)
kb.parents(lionel, nathan, hannah)
works(lionel, banker)
link(lionel, "P39", mp, "1858-07-26", "1868")
link(lionel, "P39", mp, "1869", "1874")
charlotte = person("شارلوت فون روتشيلد", "Charlotte von Rothschild", F, ["شارلوت دي روتشيلد", "شارلوت"], born="1819-06-13",
                   died="1884-03-13", birthplace=naples)
kb.parents(charlotte, carl)
kb.married(lionel, charlotte, start="1836-06-15")
natty = person("ناثان ماير روتشيلد، البارون الأول", "Nathan Mayer Rothschild, 1st Baron Rothschild", M,
               ["ناثان ماير روتشيلد", "ناتي روتشيلد", "ناتي", "اللورد روتشيلد"], born="1840-11-08", died="1915-03-31",
               birthplace=london, deathplace=london)
kb.parents(natty, lionel, charlotte)
works(natty, banker)
link(natty, "P39", lord, "1885")
baron_r = kb.ent(None, "بارون روتشيلد", "Baron Rothschild", cls=TITLE)
link(natty, "P97", baron_r, "1885")
alphonse = person("ألفونس دي روتشيلد", "Alphonse James de Rothschild", M, ["ألفونس روتشيلد"], born="1827-02-01",
                  died="1905-05-26", birthplace=paris, deathplace=paris)
kb.parents(alphonse, james)
works(alphonse, banker)
nmr = org("ن. م. روتشيلد وأبناؤه", "N M Rothschild & Sons", BANK, ["إن إم روتشيلد وأولاده"], founded="1811",
          located=city_london)
link(nmr, "P112", nathan)
freres = org("روتشيلد إخوان", "de Rothschild Frères", BANK, ["بنك روتشيلد في باريس"], founded="1817", located=paris)
link(freres, "P112", james)
sm = org("إس. إم. فون روتشيلد", "S M von Rothschild", BANK, ["بيت روتشيلد في فيينا"], founded="1820", located=vienna)
link(sm, "P112", salomon)
cm = org("سي. إم. دي روتشيلد وأبناؤه", "C M de Rothschild & Figli", BANK, ["بيت روتشيلد في نابولي"], founded="1821",
         dissolved="1863", located=naples)
link(cm, "P112", carl)
head_freres = pos("رئيس روتشيلد إخوان", "head of de Rothschild Frères")
link(james, "P39", head_freres, "1817", "1868-11-15")
link(alphonse, "P39", head_freres, "1868-11-15", "1905-05-26")
francis = person("فرانتس الأول", "Francis I of Austria", M, ["فرانز الأول", "فرنسيس الأول إمبراطور النمسا"],
                 born="1768-02-12", died="1835-03-02", birthplace=florence, deathplace=vienna)
emperor_at = pos("إمبراطور النمسا", "Emperor of Austria")
link(francis, "P39", emperor_at, "1804-08-11", "1835-03-02")

# ---------------------------------------------------------------- the Smithsonian Institution
genoa = pl("جنوة", "Genoa", CITY, country=italy)
pisa = pl("بيزا", "Pisa", CITY, country=italy)
oxford = pl("أكسفورد", "Oxford", CITY, inside=england, country=uk)
albany = pl("ألباني", "Albany, New York", CITY, country=usa)
mall = pl("الناشونال مول", "National Mall", PARK, ["المول الوطني"], inside=washington, country=usa)
si = org("مؤسسة سميثسونيان", "Smithsonian Institution", ORG, ["معهد سميثسونيان", "سميثسونيان"], founded="1846-08-10",
         located=washington)
smithson = person("جيمس سميثسون", "James Smithson", M, ["سميثسون", "جيمس لويس ماسي"], born="1765", died="1829-06-27",
                  birthplace=paris, deathplace=genoa)
works(smithson, chemist, scientist)
hugh = person("هيو بيرسي", "Hugh Percy, 1st Duke of Northumberland", M, ["هيو سميثسون", "دوق نورثمبرلاند"],
              born="1714", died="1786-06-06", deathplace=london)
macie = person("إليزابيث ماسي", "Elizabeth Hungerford Keate Macie", F, died="1800")
kb.parents(smithson, hugh, macie)
dickenson = person("هنري لويس ديكنسون", "Henry Louis Dickenson", M, died="1820")
kb.parents(dickenson, mother=macie)
kb.siblings(smithson, dickenson)
hungerford = person("هنري جيمس هنغرفورد", "Henry James Hungerford", M, ["هنغرفورد"], died="1835-06-05", deathplace=pisa)
kb.parents(hungerford, dickenson)
link(hungerford, "P1038", smithson)
pembroke = org("كلية بيمبروك", "Pembroke College, Oxford", UNIV, ["كلية بيمبروك في أكسفورد"], founded="1624",
               located=oxford)
link(smithson, "P69", pembroke, "1782", "1786")
link(smithson, "P463", royal_society, "1787")
congress = org("الكونغرس", "United States Congress", LEGIS, ["الكونغرس الأمريكي"], founded="1789-03-04",
               located=washington)
polk = person("جيمس بولك", "James K. Polk", M, ["جيمس نوكس بولك"], born="1795-11-02", died="1849-06-15")
us_pres = pos("رئيس الولايات المتحدة", "President of the United States")
link(polk, "P39", us_pres, "1845-03-04", "1849-03-04")
secretary = pos("أمين مؤسسة سميثسونيان", "Secretary of the Smithsonian Institution", ["أمين سميثسونيان"])
link(secretary, "P642", si)
regent = pos("عضو مجلس أوصياء مؤسسة سميثسونيان", "Regent of the Smithsonian Institution", ["وصي مؤسسة سميثسونيان"])
link(bell, "P39", regent, "1898", "1922")
henry = person("جوزيف هنري", "Joseph Henry", M, born="1797-12-17", died="1878-05-13", birthplace=albany,
               deathplace=washington)
works(henry, physicist)
cnj = org("كلية نيوجيرسي", "College of New Jersey (Princeton University)", UNIV, ["جامعة برينستون", "برينستون"],
          founded="1746")
link(henry, "P108", cnj, "1832", "1846")
link(henry, "P39", secretary, "1846-12-03", "1878-05-13")
reading = pl("ريدينغ", "Reading, Pennsylvania", CITY, country=usa)
woods_hole = pl("وودز هول", "Woods Hole", VILLAGE, inside=massachusetts, country=usa)
baird = person("سبنسر فولرتون بيرد", "Spencer Fullerton Baird", M, ["سبنسر بيرد"], born="1823-02-03", died="1887-08-19",
               birthplace=reading, deathplace=woods_hole)
link(baird, "P39", secretary, "1878-05-17", "1887-08-19")
roxbury = pl("روكسبري", "Roxbury, Boston", DISTRICT, inside=boston, country=usa)
aiken = pl("أيكن", "Aiken, South Carolina", CITY, country=usa)
langley = person("صموئيل بيربونت لانغلي", "Samuel Pierpont Langley", M, ["صموئيل لانغلي", "لانغلي"], born="1834-08-22",
                 died="1906-02-27", birthplace=roxbury, deathplace=aiken)
works(langley, physicist)
link(langley, "P39", secretary, "1887-11-18", "1906-02-27")
walcott = person("تشارلز دوليتل والكوت", "Charles Doolittle Walcott", M, ["تشارلز والكوت"], born="1850-03-31",
                 died="1927-02-09", deathplace=washington)
link(walcott, "P39", secretary, "1907-01-31", "1927-02-09")
nyc = pl("نيويورك", "New York City", CITY, country=usa)
renwick_jr = person("جيمس رينويك الابن", "James Renwick Jr.", M, ["جيمس رينويك جونيور"], born="1818-11-11",
                    died="1895-06-23", birthplace=nyc, deathplace=nyc)
works(renwick_jr, architect)
renwick = person("جيمس رينويك", "James Renwick (engineer)", M, born="1792-05-30", died="1863-01-12", deathplace=nyc)
kb.parents(renwick_jr, renwick)
castle = kb.ent(None, "مبنى مؤسسة سميثسونيان", "Smithsonian Institution Building", ["القلعة", "قلعة سميثسونيان"],
                cls=BUILDING)
link(castle, "P131", mall)
date(castle, "P571", "1847")
date(castle, "P1619", "1855")
link(castle, "P84", renwick_jr)
link(smithson, "P119", castle)
zoo = org("حديقة الحيوان الوطنية", "National Zoological Park", ZOO, ["حديقة الحيوانات الوطنية"], founded="1889",
          located=washington)
nmnh = org("المتحف الوطني للتاريخ الطبيعي", "National Museum of Natural History", MUSEUM, founded="1910", located=mall)
date(nmnh, "P1619", "1910")
nasm = org("المتحف الوطني للطيران والفضاء", "National Air and Space Museum", MUSEUM, ["متحف الطيران والفضاء"],
           founded="1946-08-12", located=mall)
date(nasm, "P1619", "1976-07-01")
for unit in (zoo, nmnh, nasm):
    link(unit, "P749", si)
reburial = kb.ent(None, "نقل رفات جيمس سميثسون إلى واشنطن", "transfer of James Smithson's remains to Washington", cls=EVENT)
date(reburial, "P585", "1904-01-25")
link(reburial, "P710", bell)
link(reburial, "P276", washington)

# ---------------------------------------------------------------- Ernest Rutherford
nz = pl("نيوزيلندا", "New Zealand", COUNTRY)
nelson = pl("نيلسون", "Nelson, New Zealand", CITY, country=nz)
tasman = pl("منطقة تاسمان", "Tasman District", REGION, country=nz)
brightwater = pl("برايتووتر", "Brightwater", VILLAGE, inside=tasman, country=nz)
christchurch = pl("كرايستشيرش", "Christchurch", CITY, country=nz)
quebec = pl("كيبك", "Quebec", REGION, country=canada)
montreal = pl("مونتريال", "Montreal", CITY, inside=quebec, country=canada)
cambridge = pl("كامبريدج", "Cambridge", CITY, inside=england, country=uk)
westminster = pl("كنيسة وستمنستر", "Westminster Abbey", CHURCH, ["دير وستمنستر"], inside=london, country=uk)
ruth = person("إرنست رذرفورد", "Ernest Rutherford", M, ["رذرفورد", "اللورد رذرفورد", "إرنست رذرفورد، البارون الأول"],
              born="1871-08-30", died="1937-10-19", birthplace=brightwater, deathplace=cambridge)
works(ruth, physicist, chemist)
link(ruth, "P119", westminster)
james_r = person("جيمس رذرفورد", "James Rutherford (farmer)", M, born="1838", died="1928")
martha = person("مارثا تومسون", "Martha Thompson Rutherford", F, ["مارثا رذرفورد"], born="1843", died="1935")
kb.parents(ruth, james_r, martha)
kb.married(james_r, martha)
mary = person("ماري جورجينا نيوتن", "Mary Georgina Newton", F, ["ماري رذرفورد", "ماري نيوتن"], born="1876", died="1954")
kb.married(ruth, mary, start="1900-06-28", end="1937-10-19")
eileen = person("آيلين ماري رذرفورد", "Eileen Mary Rutherford", F, ["آيلين ماري", "آيلين فاولر"], born="1901-03-30",
                died="1930-12-23")
kb.parents(eileen, ruth, mary)
fowler = person("رالف فاولر", "Ralph H. Fowler", M, ["رالف هوارد فاولر"], born="1889-01-17", died="1944-07-28")
works(fowler, physicist)
kb.married(eileen, fowler, start="1921", end="1930-12-23")
nelson_college = org("كلية نيلسون", "Nelson College", SCHOOL, founded="1856", located=nelson)
canterbury = org("كلية كانتربري", "Canterbury College", UNIV, ["جامعة كانتربري"], founded="1873", located=christchurch)
cam_uni = org("جامعة كامبريدج", "University of Cambridge", UNIV, founded="1209", located=cambridge)
cavendish = org("مختبر كافنديش", "Cavendish Laboratory", LAB, founded="1874", located=cambridge)
link(cavendish, "P749", cam_uni)
mcgill = org("جامعة ماكغيل", "McGill University", UNIV, founded="1821", located=montreal)
man_uni = org("جامعة مانشستر", "Victoria University of Manchester", UNIV, ["جامعة فيكتوريا في مانشستر"], located=manchester)
link(ruth, "P69", nelson_college, "1887", "1889")
link(ruth, "P69", canterbury, "1890", "1894")
link(ruth, "P69", cam_uni, "1895", "1898")
link(ruth, "P108", mcgill, "1898", "1907")
link(ruth, "P108", man_uni, "1907", "1919")
link(ruth, "P108", cam_uni, "1919", "1937-10-19")
jj = person("جوزيف جون طومسون", "J. J. Thomson", M, ["ج. ج. طومسون", "طومسون"], born="1856-12-18", died="1940-08-30",
            birthplace=manchester, deathplace=cambridge)
works(jj, physicist)
link(jj, "P108", cam_uni, "1884", "1919")
link(ruth, "P184", jj)
soddy = person("فريدريك سودي", "Frederick Soddy", M, born="1877-09-02", died="1956-09-22")
works(soddy, chemist)
link(soddy, "P108", mcgill, "1900", "1902")
nobel_chem = kb.ent(None, "جائزة نوبل في الكيمياء", "Nobel Prize in Chemistry", cls=AWARD)
nobel_phys = kb.ent(None, "جائزة نوبل في الفيزياء", "Nobel Prize in Physics", cls=AWARD)
order_merit = kb.ent(None, "وسام الاستحقاق", "Order of Merit", cls=AWARD)
link(ruth, "P166", nobel_chem, at="1908")
link(ruth, "P166", order_merit, at="1925")
link(soddy, "P166", nobel_chem, at="1921")
link(ruth, "P463", royal_society, "1903")
prs = pos("رئيس الجمعية الملكية", "President of the Royal Society")
link(ruth, "P39", prs, "1925", "1930")
barony = kb.ent(None, "بارون رذرفورد أوف نيلسون", "Baron Rutherford of Nelson", cls=TITLE)
link(ruth, "P97", barony, "1931")
geiger = person("هانز غايغر", "Hans Geiger", M, ["يوهانس فيلهلم غايغر"], born="1882-09-30", died="1945-09-24")
link(geiger, "P108", man_uni, "1907", "1912")
marsden = person("إرنست مارسدن", "Ernest Marsden", M, born="1889-02-19", died="1970-12-15")
chadwick = person("جيمس تشادويك", "James Chadwick", M, born="1891-10-20", died="1974-07-24")
link(chadwick, "P184", ruth)
link(chadwick, "P166", nobel_phys, at="1935")
for s in (geiger, marsden, chadwick):
    works(s, physicist)
neutron = kb.ent(None, "النيوترون", "neutron", cls=PARTICLE)
date(neutron, "P575", "1932")
link(neutron, "P61", chadwick)
newton = person("إسحاق نيوتن", "Isaac Newton", M, ["نيوتن"], born="1643-01-04", died="1727-03-31")
link(newton, "P119", westminster)
works(newton, physicist)

kb.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "heldout12.json"))
