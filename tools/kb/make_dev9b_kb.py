"""Writes data/kb/dev9b.json: the knowledge base of the round-9 development set b for knowledge-base verification in
data/kb/dev9b/ (Nikolai Lobachevsky, Mstislav Rostropovich, the Ottoman sultan Selim I with Julian KB dates, Dmitri
Shostakovich, Simón Bolívar, the family of Naser al-Din Shah Qajar, the Académie française, Frida Kahlo), in
Wikidata's full-dump shape, written by hand from public facts (standard reference works, as remembered; no Wikidata
content copied, no network) by a helper session that did not read the linker or the verifier. Every item has a local
id from Q90014001 up (range Q90014001-Q90014599); only class and value items (Q5 human, Q515 city, the sex values,
the calendar models, Q41755623 "incorrect value", Q36578 the "stated in" of every reference) keep Wikidata's ids, and
those are not entities in the file. Dates before 1582 carry the Julian calendar model, later ones the Gregorian
(KbBuilder.calendar_of); Russian dates are in the Gregorian calendar (New Style).
Run: python3 tools/kb/make_dev9b_kb.py"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, HIST_COUNTRY, REGION = "Q515", "Q532", "Q6256", "Q3024240", "Q82794"
UNIVERSITY, SCHOOL, ORGANIZATION, ACADEMY, PARTY = "Q3918", "Q3914", "Q43229", "Q414147", "Q7278"
POSITION, AWARD, BATTLE, BUILDING, CONSERVATORY, DYNASTY, ORCHESTRA = ("Q4164871", "Q618779", "Q178561", "Q41176",
                                                                       "Q184644", "Q164950", "Q42998")
INCORRECT_VALUE = "Q41755623"
FIRST, LAST = 90014000, 90014599
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev9b.json")

kb = KbBuilder(FIRST)
P, PL, ORG = kb.person, kb.place, kb.org


def kin(child, father=None, mother=None):
    kb.parents(child, father, mother)


# ---- places
russia = PL("روسيا", "Russia", COUNTRY, ["الإمبراطورية الروسية"], ["Russian Empire"])
nizhny = PL("نيجني نوفغورود", "Nizhny Novgorod", CITY, ["نيجني نوفغورود"], country=russia)
kazan = PL("قازان", "Kazan", CITY, ["كازان"], country=russia)
moscow = PL("موسكو", "Moscow", CITY, country=russia)
spb = PL("سانت بطرسبرغ", "Saint Petersburg", CITY, ["بطرسبرغ", "بتروغراد", "لينينغراد"], ["Petrograd", "Leningrad"], country=russia)
orenburg = PL("أورنبورغ", "Orenburg", CITY, ["تشكالوف"], country=russia)
voronezh = PL("فورونيج", "Voronezh", CITY, country=russia)
germany = PL("ألمانيا", "Germany", COUNTRY)
brunswick = PL("برونزفيك", "Brunswick", CITY, ["براونشفايغ"], ["Braunschweig"], country=germany)
gottingen = PL("غوتنغن", "Göttingen", CITY, ["غوتينغن"], country=germany)
berlin = PL("برلين", "Berlin", CITY, country=germany)
pforzheim = PL("بفورتسهايم", "Pforzheim", CITY, country=germany)
koblenz = PL("كوبلنتس", "Koblenz", CITY, country=germany)
azerbaijan = PL("أذربيجان", "Azerbaijan", COUNTRY)
baku = PL("باكو", "Baku", CITY, country=azerbaijan)
tbilisi = PL("تبليسي", "Tbilisi", CITY, ["تفليس"])
usa = PL("الولايات المتحدة", "United States", COUNTRY, ["أمريكا"])
washington = PL("واشنطن", "Washington, D.C.", CITY, country=usa)
turkey = PL("تركيا", "Turkey", COUNTRY)
istanbul = PL("إسطنبول", "Istanbul", CITY, ["القسطنطينية", "الآستانة"], country=turkey)
amasya = PL("أماسية", "Amasya", CITY, ["أماسيا"], country=turkey)
trabzon = PL("طرابزون", "Trabzon", CITY, ["طرابيزون"], ["Trebizond"], country=turkey)
bursa = PL("بورصة", "Bursa", CITY, ["بروسة"], country=turkey)
edirne = PL("أدرنة", "Edirne", CITY, country=turkey)
demotika = PL("ديموتيقا", "Didymoteicho", CITY, ["ديمتوقة"])
corlu = PL("جورلو", "Çorlu", CITY, ["تشورلو"], country=turkey)
sirt = PL("سرت", "Sırtköy", VILLAGE, ["سرت كوي"], inside=corlu, country=turkey)
italy = PL("إيطاليا", "Italy", COUNTRY)
capua = PL("كابوا", "Capua", CITY, ["نابولي"], country=italy)
sanremo = PL("سان ريمو", "Sanremo", CITY, country=italy)
iran = PL("إيران", "Iran", COUNTRY, ["فارس", "بلاد فارس"], ["Persia"])
tabriz = PL("تبريز", "Tabriz", CITY, country=iran)
tehran = PL("طهران", "Tehran", CITY, country=iran)
mashhad = PL("مشهد", "Mashhad", CITY, country=iran)
kashan = PL("كاشان", "Kashan", CITY, country=iran)
isfahan = PL("أصفهان", "Isfahan", CITY, country=iran)
ardabil = PL("أردبيل", "Ardabil", CITY, country=iran)
damghan = PL("دامغان", "Damghan", CITY, country=iran)
astarabad = PL("أستراباد", "Astarabad", CITY, ["جرجان"], country=iran)
shusha = PL("شوشا", "Shusha", CITY, country=azerbaijan)
kohnamir = PL("كهنمير", "Kohnamir", VILLAGE, inside=tabriz, country=iran)
hezaveh = PL("هزاوه", "Hezaveh", VILLAGE, country=iran)
nava = PL("نوا", "Nava", VILLAGE, country=iran)
egypt = PL("مصر", "Egypt", COUNTRY)
cairo = PL("القاهرة", "Cairo", CITY, country=egypt)
syria = PL("سوريا", "Syria", COUNTRY, ["الشام"])
marj_dabiq = PL("مرج دابق", "Marj Dabiq", REGION, country=syria)
venezuela = PL("فنزويلا", "Venezuela", COUNTRY)
caracas = PL("كاراكاس", "Caracas", CITY, country=venezuela)
cumana = PL("كومانا", "Cumaná", CITY, country=venezuela)
colombia = PL("كولومبيا", "Colombia", COUNTRY)
santa_marta = PL("سانتا مارتا", "Santa Marta", CITY, country=colombia)
cartagena = PL("قرطاجنة", "Cartagena", CITY, ["قرطاجنة دي إندياس"], country=colombia)
bogota = PL("بوغوتا", "Bogotá", CITY, country=colombia)
villa_rosario = PL("فيا ديل روساريو", "Villa del Rosario", CITY, country=colombia)
berruecos = PL("بيروكوس", "Berruecos", VILLAGE, country=colombia)
spain = PL("إسبانيا", "Spain", COUNTRY)
madrid = PL("مدريد", "Madrid", CITY, country=spain)
chile = PL("تشيلي", "Chile", COUNTRY)
santiago = PL("سانتياغو", "Santiago", CITY, country=chile)
france = PL("فرنسا", "France", COUNTRY)
paris = PL("باريس", "Paris", CITY, country=france)
besancon = PL("بيزانسون", "Besançon", CITY, country=france)
rouen = PL("روان", "Rouen", CITY, country=france)
nancy = PL("نانسي", "Nancy", CITY, country=france)
belgium = PL("بلجيكا", "Belgium", COUNTRY)
brussels = PL("بروكسل", "Brussels", CITY, country=belgium)
algeria = PL("الجزائر", "Algeria", COUNTRY)
cherchell = PL("شرشال", "Cherchell", CITY, country=algeria)
lebanon = PL("لبنان", "Lebanon", COUNTRY)
beirut = PL("بيروت", "Beirut", CITY, country=lebanon)
mexico = PL("المكسيك", "Mexico", COUNTRY)
mexico_city = PL("مكسيكو", "Mexico City", CITY, ["مدينة مكسيكو", "مكسيكو سيتي"], country=mexico)
coyoacan = PL("كويواكان", "Coyoacán", REGION, inside=mexico_city, country=mexico)
blue_house = PL("البيت الأزرق", "La Casa Azul", BUILDING, ["متحف فريدا كالو"], ["Frida Kahlo Museum"], inside=coyoacan)
guanajuato = PL("غواناخواتو", "Guanajuato", CITY, country=mexico)
oaxaca = PL("أواخاكا", "Oaxaca", CITY, country=mexico)
ukraine = PL("أوكرانيا", "Ukraine", COUNTRY)
yanovka = PL("يانوفكا", "Yanovka", VILLAGE, country=ukraine)
barcelona = PL("برشلونة", "Barcelona", CITY, country=spain)
havana = PL("هافانا", "Havana", CITY)

# ---- 1. Lobachevsky
kazan_u = ORG("جامعة قازان", "Kazan University", UNIVERSITY, ["جامعة كازان"], founded="1804", located=kazan)
gott_soc = ORG("جمعية غوتنغن الملكية للعلوم", "Göttingen Academy of Sciences", ACADEMY,
               ["أكاديمية غوتنغن للعلوم"], ["Royal Society of Sciences in Göttingen"], founded="1751", located=gottingen)
rector_kazan = kb.ent(None, "رئيس جامعة قازان", "rector of Kazan University", ["رئيس الجامعة"], cls=POSITION)
lob = P("نيكولاي لوباتشيفسكي", "Nikolai Lobachevsky", M, ["لوباتشيفسكي", "نيكولاي إيفانوفيتش لوباتشيفسكي"],
        born="1792-12-01", died="1856-02-24", birthplace=nizhny, deathplace=kazan)
kb.date(lob, "P569", "1793", rank="deprecated", reason=INCORRECT_VALUE)
lob_father = P("إيفان مكسيموفيتش لوباتشيفسكي", "Ivan Maksimovich Lobachevsky", M, ["إيفان لوباتشيفسكي"], died="1797")
lob_mother = P("براسكوفيا ألكسندروفنا لوباتشيفسكايا", "Praskovya Alexandrovna Lobachevskaya", F, ["براسكوفيا ألكسندروفنا"])
lob_alex = P("ألكسندر إيفانوفيتش لوباتشيفسكي", "Alexander Ivanovich Lobachevsky", M, ["ألكسندر"], born="1791", died="1807", deathplace=kazan)
lob_alexei = P("أليكسي إيفانوفيتش لوباتشيفسكي", "Alexei Ivanovich Lobachevsky", M, ["أليكسي"], born="1794")
for c in (lob, lob_alex, lob_alexei):
    kin(c, lob_father, lob_mother)
kb.siblings(lob, lob_alex, lob_alexei)
varvara = P("فارفارا ألكسييفنا مويسييفا", "Varvara Alexeyevna Moiseyeva", F, ["فارفارا مويسييفا"], born="1812")
kb.married(lob, varvara, start="1832")
bartels = P("مارتن بارتلس", "Martin Bartels", M, ["يوهان مارتن بارتلس"], born="1769-08-12", died="1836-12-20", birthplace=brunswick)
gauss = P("كارل فريدريش غاوس", "Carl Friedrich Gauss", M, ["غاوس", "جاوس"], born="1777-04-30", died="1855-02-23",
          birthplace=brunswick, deathplace=gottingen)
kb.link(lob, "P1066", bartels)
kb.link(lob, "P69", kazan_u, start="1807", end="1811")
kb.link(lob, "P108", kazan_u, start="1814", end="1846")
kb.link(lob, "P39", rector_kazan, start="1827", end="1846")
kb.link(lob, "P463", gott_soc, start="1842")
kb.link(gauss, "P463", gott_soc)

# ---- 2. Rostropovich
moscow_cons = ORG("كونسرفتوار موسكو", "Moscow Conservatory", CONSERVATORY, ["معهد موسكو للموسيقى", "كونسرفاتوار موسكو"],
                  founded="1866", located=moscow)
spb_cons = ORG("كونسرفتوار سانت بطرسبرغ", "Saint Petersburg Conservatory", CONSERVATORY,
               ["كونسرفتوار بتروغراد", "كونسرفتوار لينينغراد", "كونسرفاتوار سانت بطرسبرغ"],
               ["Petrograd Conservatory", "Leningrad Conservatory"], founded="1862", located=spb)
stalin_prize = kb.ent(None, "جائزة ستالين", "Stalin Prize", ["جائزة الدولة السوفيتية"], cls=AWARD)
lenin_prize = kb.ent(None, "جائزة لينين", "Lenin Prize", cls=AWARD)
hero_labour = kb.ent(None, "بطل العمل الاشتراكي", "Hero of Socialist Labour", ["لقب بطل العمل الاشتراكي"], cls=AWARD)
freedom_medal = kb.ent(None, "وسام الحرية الرئاسي", "Presidential Medal of Freedom", ["ميدالية الحرية الرئاسية"], cls=AWARD)
nso = ORG("الأوركسترا السيمفونية الوطنية", "National Symphony Orchestra", ORCHESTRA, founded="1931", located=washington)
nso_director = kb.ent(None, "قائد الأوركسترا السيمفونية الوطنية", "music director of the National Symphony Orchestra",
                      ["المدير الموسيقي للأوركسترا السيمفونية الوطنية"], cls=POSITION)
kb.link(nso_director, "P642", nso)
rostro = P("مستيسلاف روستروبوفيتش", "Mstislav Rostropovich", M, ["روستروبوفيتش", "سلافا روستروبوفيتش"],
           born="1927-03-27", died="2007-04-27", birthplace=baku, deathplace=moscow)
leopold = P("ليوبولد روستروبوفيتش", "Leopold Rostropovich", M, ["ليوبولد فيتولدوفيتش روستروبوفيتش"],
            born="1892", died="1942", birthplace=voronezh, deathplace=orenburg)
sofia_f = P("صوفيا فيدوتوفا", "Sofia Fedotova", F, ["صوفيا نيكولايفنا فيدوتوفا"])
veronika = P("فيرونيكا روستروبوفيتش", "Veronika Rostropovich", F, ["فيرونيكا"], born="1925")
for c in (rostro, veronika):
    kin(c, leopold, sofia_f)
kb.siblings(rostro, veronika)
galina_v = P("غالينا فيشنفسكايا", "Galina Vishnevskaya", F, ["فيشنفسكايا"], born="1926-10-25", died="2012-12-11",
             birthplace=spb, deathplace=moscow)
kb.married(rostro, galina_v, start="1955", end="2007-04-27")
olga_r = P("أولغا روستروبوفيتش", "Olga Rostropovich", F, ["أولغا"], born="1956")
elena_r = P("يلينا روستروبوفيتش", "Elena Rostropovich", F, ["يلينا", "إيلينا"], born="1958")
for c in (olga_r, elena_r):
    kin(c, rostro, galina_v)
kb.siblings(olga_r, elena_r)
kb.link(rostro, "P69", moscow_cons, start="1943", end="1948")
kb.link(rostro, "P108", moscow_cons, start="1953", end="1974")
kb.link(rostro, "P166", stalin_prize, at="1951")
kb.link(rostro, "P166", lenin_prize, at="1964")
kb.link(rostro, "P166", freedom_medal, at="1987")
kb.link(rostro, "P39", nso_director, start="1977", end="1994")

# ---- 4. Shostakovich (before the teacher link of Rostropovich)
shost = P("ديمتري شوستاكوفيتش", "Dmitri Shostakovich", M, ["شوستاكوفيتش", "ديمتري ديمترييفيتش شوستاكوفيتش"],
          born="1906-09-25", died="1975-08-09", birthplace=spb, deathplace=moscow)
kb.link(rostro, "P1066", shost)
sh_father = P("ديمتري بوليسلافوفيتش شوستاكوفيتش", "Dmitri Boleslavovich Shostakovich", M, ["ديمتري بوليسلافوفيتش"],
              born="1875", died="1922")
sh_mother = P("صوفيا فاسيليفنا كوكولينا", "Sofia Vasilievna Kokoulina", F, ["صوفيا كوكولينا"], born="1878", died="1955")
maria_sh = P("ماريا شوستاكوفيتش", "Maria Shostakovich", F, ["ماريا"], born="1903")
zoya_sh = P("زويا شوستاكوفيتش", "Zoya Shostakovich", F, ["زويا"], born="1910")
for c in (shost, maria_sh, zoya_sh):
    kin(c, sh_father, sh_mother)
kb.siblings(shost, maria_sh, zoya_sh)
nina = P("نينا فارزار", "Nina Varzar", F, ["نينا فاسيليفنا فارزار"], born="1909", died="1954")
margarita = P("مارغريتا كاينوفا", "Margarita Kainova", F, ["مارغريتا"], born="1924")
irina = P("إيرينا سوبينسكايا", "Irina Supinskaya", F, ["إيرينا شوستاكوفيتش", "إيرينا أنتونوفنا سوبينسكايا"], born="1934-11-30")
kb.married(shost, nina, start="1932", end="1954")
kb.married(shost, margarita, start="1956", end="1959")
kb.married(shost, irina, start="1962", end="1975-08-09")
galina_sh = P("غالينا شوستاكوفيتش", "Galina Shostakovich", F, ["غالينا"], born="1936")
maxim = P("مكسيم شوستاكوفيتش", "Maxim Shostakovich", M, ["مكسيم"], born="1938-05-10", birthplace=spb)
for c in (galina_sh, maxim):
    kin(c, shost, nina)
kb.siblings(galina_sh, maxim)
dmitri_jr = P("ديمتري مكسيموفيتش شوستاكوفيتش", "Dmitri Maximovich Shostakovich", M, ["ديمتري مكسيموفيتش"], born="1961")
kin(dmitri_jr, maxim)
cpsu = ORG("الحزب الشيوعي السوفيتي", "Communist Party of the Soviet Union", PARTY, ["الحزب الشيوعي للاتحاد السوفيتي"],
           founded="1912", dissolved="1991")
composers_rsfsr = ORG("اتحاد ملحني روسيا الاتحادية", "Union of Composers of the RSFSR", ORGANIZATION, founded="1960",
                      located=moscow)
first_sec = kb.ent(None, "الأمين الأول لاتحاد ملحني روسيا الاتحادية", "First Secretary of the Union of Composers of the RSFSR",
                   cls=POSITION)
kb.link(first_sec, "P642", composers_rsfsr)
kb.link(shost, "P69", spb_cons, start="1919", end="1925")
kb.link(shost, "P108", spb_cons, start="1937", end="1941")
kb.link(shost, "P108", moscow_cons, start="1943", end="1948")
for y in ("1941", "1942", "1946", "1950", "1952"):
    kb.link(shost, "P166", stalin_prize, at=y)
kb.link(shost, "P166", lenin_prize, at="1958")
kb.link(shost, "P166", hero_labour, at="1966")
kb.link(shost, "P463", cpsu, start="1960")
kb.link(shost, "P39", first_sec, start="1960", end="1968")

# ---- 3. Selim I (Julian dates)
ottoman = ORG("الدولة العثمانية", "Ottoman Empire", HIST_COUNTRY, ["الدولة العلية", "السلطنة العثمانية"], founded="1299", dissolved="1922")
mamluks = ORG("دولة المماليك", "Mamluk Sultanate", HIST_COUNTRY, ["سلطنة المماليك", "الدولة المملوكية"], founded="1250",
              dissolved="1517", located=cairo)
safavids = ORG("الدولة الصفوية", "Safavid Iran", HIST_COUNTRY, ["الصفويون"], founded="1501", dissolved="1736")
ott_sultan = kb.ent(None, "سلطان الدولة العثمانية", "Sultan of the Ottoman Empire", ["السلطان العثماني"], cls=POSITION)
mehmed2 = P("محمد الفاتح", "Mehmed II", M, ["محمد الثاني", "السلطان محمد الفاتح"], born="1432-03-30", died="1481-05-03",
            birthplace=edirne)
bayezid2 = P("بايزيد الثاني", "Bayezid II", M, ["بايزيد", "السلطان بايزيد الثاني"], born="1447-12-03", died="1512-05-26",
             birthplace=demotika)
cem = P("جم سلطان", "Cem Sultan", M, ["جم", "الأمير جم"], born="1459-12-22", died="1495-02-25", birthplace=edirne, deathplace=capua)
kin(bayezid2, mehmed2)
kin(cem, mehmed2)
kb.siblings(bayezid2, cem)
gulbahar = P("كلبهار خاتون", "Gülbahar Hatun", F, ["گلبهار خاتون", "عائشة كلبهار خاتون"], died="1505", deathplace=trabzon)
selim = P("سليم الأول", "Selim I", M, ["السلطان سليم", "سليم بن بايزيد", "ياووز سليم", "سليم"],
          born="1470-10-10", died="1520-09-22", birthplace=amasya, deathplace=corlu)
kb.date(selim, "P569", "1466")
ahmed = P("الأمير أحمد", "Şehzade Ahmed", M, ["أحمد", "أحمد بن بايزيد"], born="1465", died="1513-04-24", deathplace=bursa)
korkut = P("الأمير قرقود", "Şehzade Korkut", M, ["قرقود", "قورقود"], born="1467", died="1513-03-13")
for c in (selim, ahmed, korkut):
    kin(c, bayezid2)
kin(selim, mother=gulbahar)
kb.siblings(selim, ahmed, korkut)
kb.link(ahmed, "P157", selim)
kb.link(korkut, "P157", selim)
hafsa = P("حفصة خاتون", "Hafsa Sultan", F, ["حفصة سلطان", "عائشة حفصة"], died="1534-03-19", deathplace=istanbul)
kb.married(selim, hafsa)
suleiman = P("سليمان القانوني", "Suleiman the Magnificent", M, ["سليمان", "سليمان الأول"], born="1494-11-06", died="1566-09-06",
             birthplace=trabzon)
kin(suleiman, selim, hafsa)
kb.link(selim, "P39", ott_sultan, start="1512-04-24", end="1520-09-22")
kb.link(bayezid2, "P39", ott_sultan, start="1481-05-22", end="1512-04-24")
kb.link(suleiman, "P39", ott_sultan, start="1520-09-30", end="1566-09-06")
ismail = P("إسماعيل الصفوي", "Ismail I", M, ["الشاه إسماعيل", "إسماعيل الأول", "إسماعيل"], born="1487-07-17", died="1524-05-23",
           birthplace=ardabil, deathplace=tabriz)
kb.link(safavids, "P112", ismail)
ghawri = P("قانصوه الغوري", "Al-Ashraf Qansuh al-Ghawri", M, ["الغوري", "السلطان الغوري"], born="1441", died="1516-08-24",
           deathplace=marj_dabiq)
tumanbay = P("طومان باي", "Tuman Bay II", M, ["الأشرف طومان باي"], born="1476", died="1517-04-15", deathplace=cairo)
kb.link(tumanbay, "P157", selim)
chaldiran = kb.ent(None, "معركة جالديران", "Battle of Chaldiran", ["جالديران", "چالدران"], cls=BATTLE)
kb.date(chaldiran, "P585", "1514-08-23")
kb.link(chaldiran, "P710", selim)
kb.link(chaldiran, "P710", ismail)
marj = kb.ent(None, "معركة مرج دابق", "Battle of Marj Dabiq", cls=BATTLE)
kb.date(marj, "P585", "1516-08-24")
kb.link(marj, "P276", marj_dabiq)

# ---- 5. Bolívar
gran_col = ORG("كولومبيا الكبرى", "Gran Colombia", HIST_COUNTRY, ["جمهورية كولومبيا"], founded="1819-12-17", dissolved="1831")
bolivia = ORG("بوليفيا", "Bolivia", COUNTRY, ["جمهورية بوليفيا"], founded="1825-08-06")
peru = PL("بيرو", "Peru", COUNTRY, ["البيرو"])
pres_gc = kb.ent(None, "رئيس كولومبيا الكبرى", "President of Gran Colombia", cls=POSITION)
pres_bol = kb.ent(None, "رئيس بوليفيا", "President of Bolivia", cls=POSITION)
dict_peru = kb.ent(None, "دكتاتور بيرو", "Dictator of Peru", ["رئيس بيرو"], cls=POSITION)
bolivar = P("سيمون بوليفار", "Simón Bolívar", M, ["بوليفار", "المحرر"], born="1783-07-24", died="1830-12-17",
            birthplace=caracas, deathplace=santa_marta)
jv_father = P("خوان بيثينتي بوليفار إي بونتي", "Juan Vicente Bolívar y Ponte", M, ["خوان بيثينتي بوليفار"], born="1726",
              died="1786-01-19", birthplace=caracas, deathplace=caracas)
concepcion = P("ماريا دي لا كونسبثيون بالاثيوس", "María de la Concepción Palacios y Blanco", F, ["كونسبثيون بالاثيوس"],
               born="1758", died="1792-07-06", deathplace=caracas)
m_antonia = P("ماريا أنطونيا بوليفار", "María Antonia Bolívar", F, ["ماريا أنطونيا"], born="1777", died="1842")
juana = P("خوانا بوليفار", "Juana Bolívar", F, ["خوانا"], born="1779", died="1847")
jv_brother = P("خوان بيثينتي بوليفار إي بالاثيوس", "Juan Vicente Bolívar y Palacios", M, ["خوان بيثينتي"], born="1781", died="1811")
for c in (bolivar, m_antonia, juana, jv_brother):
    kin(c, jv_father, concepcion)
kb.siblings(bolivar, m_antonia, juana, jv_brother)
carlos_p = P("كارلوس بالاثيوس", "Carlos Palacios y Blanco", M, ["كارلوس بالاثيوس إي بلانكو"], died="1805")
kb.siblings(concepcion, carlos_p)
teresa = P("ماريا تيريسا رودريغيث ديل تورو", "María Teresa Rodríguez del Toro y Alaysa", F, ["ماريا تيريسا"],
           born="1781-10-15", died="1803-01-22", birthplace=madrid, deathplace=caracas)
kb.married(bolivar, teresa, start="1802-05-26", end="1803-01-22")
srodriguez = P("سيمون رودريغيث", "Simón Rodríguez", M, ["سيمون رودريغيز"], born="1769-10-28", died="1854-02-28", birthplace=caracas)
bello = P("أندريس بيّو", "Andrés Bello", M, ["أندريس بيو", "أندريس بيلو"], born="1781-11-29", died="1865-10-15",
          birthplace=caracas, deathplace=santiago)
kb.link(bolivar, "P1066", srodriguez)
kb.link(bolivar, "P1066", bello)
kb.link(bolivar, "P39", pres_gc, start="1819-12-17", end="1830-05-04")
kb.link(bolivar, "P39", dict_peru, start="1824-02-10", end="1827-01-28")
kb.link(bolivar, "P39", pres_bol, start="1825-08-12", end="1825-12-29")
santander = P("فرانثيسكو دي باولا سانتاندير", "Francisco de Paula Santander", M, ["سانتاندير"], born="1792-04-02",
              died="1840-05-06", birthplace=villa_rosario, deathplace=bogota)
sucre = P("أنطونيو خوسيه دي سوكري", "Antonio José de Sucre", M, ["سوكري"], born="1795-02-03", died="1830-06-04",
          birthplace=cumana, deathplace=berruecos)
kb.link(bolivia, "P138", bolivar)

# ---- 6. The family of Naser al-Din Shah
qajar = ORG("الأسرة القاجارية", "Qajar dynasty", DYNASTY, ["الدولة القاجارية", "القاجاريون"], founded="1789", dissolved="1925")
shah = kb.ent(None, "شاه إيران", "Shah of Iran", ["شاه فارس", "ملك فارس"], cls=POSITION)
agha = P("آغا محمد خان", "Agha Mohammad Khan Qajar", M, ["آغا محمد خان قاجار"], born="1742", died="1797-06-17",
         birthplace=astarabad, deathplace=shusha)
kb.link(qajar, "P112", agha)
fath_ali = P("فتح علي شاه", "Fath-Ali Shah Qajar", M, ["فتحعلي شاه"], born="1772-09-05", died="1834-10-24",
             birthplace=damghan, deathplace=isfahan)
abbas = P("عباس ميرزا", "Abbas Mirza", M, ["ولي العهد عباس ميرزا"], born="1789-08-26", died="1833-10-25",
          birthplace=nava, deathplace=mashhad)
kin(abbas, fath_ali)
moh_shah = P("محمد شاه القاجاري", "Mohammad Shah Qajar", M, ["محمد شاه"], born="1808-01-05", died="1848-09-05",
             birthplace=tabriz, deathplace=tehran)
bahman = P("بهمن ميرزا", "Bahman Mirza", M, ["بهمن ميرزا القاجاري"], born="1810", died="1884", deathplace=shusha)
for c in (moh_shah, bahman):
    kin(c, abbas)
kb.siblings(moh_shah, bahman)
mahd = P("ملك جهان خانم", "Malek Jahan Khanom", F, ["مهد عليا", "مهد عليا ملك جهان خانم"], born="1805", died="1873")
naser = P("ناصر الدين شاه", "Naser al-Din Shah Qajar", M, ["ناصر الدين شاه القاجاري", "ناصر الدين"],
          born="1831-07-16", died="1896-05-01", birthplace=kohnamir, deathplace=tehran)
ezzat = P("عزت الدولة", "Ezzat od-Dowleh", F, ["ملك زاده خانم عزت الدولة"], born="1834", died="1905")
for c in (naser, ezzat):
    kin(c, moh_shah, mahd)
kb.siblings(naser, ezzat)
amir_kabir = P("أمير كبير", "Amir Kabir", M, ["ميرزا تقي خان أمير كبير", "ميرزا تقي خان"], born="1807", died="1852-01-10",
               birthplace=hezaveh, deathplace=kashan)
kb.married(ezzat, amir_kabir, start="1849", end="1852-01-10")
masud = P("مسعود ميرزا ظل السلطان", "Mass'oud Mirza Zell-e Soltan", M, ["ظل السلطان", "مسعود ميرزا"], born="1850-01-05",
          died="1918-07-02", birthplace=tabriz, deathplace=isfahan)
mozaffar = P("مظفر الدين شاه", "Mozaffar ad-Din Shah Qajar", M, ["مظفر الدين", "مظفر الدين شاه القاجاري"],
             born="1853-03-23", died="1907-01-08", birthplace=tehran, deathplace=tehran)
kamran = P("كامران ميرزا", "Kamran Mirza Nayeb os-Saltaneh", M, ["كامران ميرزا نائب السلطنة", "نائب السلطنة"], born="1856",
           died="1929")
for c in (masud, mozaffar, kamran):
    kin(c, naser)
kb.siblings(masud, mozaffar, kamran)
moh_ali = P("محمد علي شاه", "Mohammad Ali Shah Qajar", M, ["محمد علي شاه القاجاري"], born="1872-06-21", died="1925-04-05",
            birthplace=tabriz, deathplace=sanremo)
kin(moh_ali, mozaffar)
kermani = P("ميرزا رضا الكرماني", "Mirza Reza Kermani", M, ["ميرزا رضا كرماني"], died="1896-08-12", deathplace=tehran)
kb.link(naser, "P157", kermani)
kb.link(moh_shah, "P39", shah, start="1834-11-09", end="1848-09-05")
kb.link(naser, "P39", shah, start="1848-09-17", end="1896-05-01")
kb.link(mozaffar, "P39", shah, start="1896-05-01", end="1907-01-08")
kb.link(moh_ali, "P39", shah, start="1907-01-08", end="1909-07-16")

# ---- 7. Académie française
academie = ORG("الأكاديمية الفرنسية", "Académie française", ACADEMY, ["المجمع العلمي الفرنسي للغة", "الأكاديمية"],
               founded="1635", dissolved="1793-08-08", located=paris)
institut = ORG("معهد فرنسا", "Institut de France", ACADEMY, ["المعهد الفرنسي", "معهد فرنسا العلمي"], founded="1795-10-25", located=paris)
perp_sec = kb.ent(None, "الأمين الدائم للأكاديمية الفرنسية", "Permanent Secretary of the Académie française",
                  ["أمين دائم للأكاديمية الفرنسية"], cls=POSITION)
kb.link(perp_sec, "P642", academie)
richelieu = P("ريشيليو", "Cardinal Richelieu", M, ["الكاردينال ريشيليو", "أرمان جان دو بليسي"], born="1585-09-09",
              died="1642-12-04", birthplace=paris, deathplace=paris)
kb.link(academie, "P112", richelieu)
corneille = P("بيير كورني", "Pierre Corneille", M, ["كورني", "كورناي"], born="1606-06-06", died="1684-10-01",
              birthplace=rouen, deathplace=paris)
voltaire = P("فولتير", "Voltaire", M, ["فرانسوا ماري أرويه"], born="1694-11-21", died="1778-05-30", birthplace=paris, deathplace=paris)
hugo = P("فيكتور هوغو", "Victor Hugo", M, ["هوغو", "فكتور هيغو"], born="1802-02-26", died="1885-05-22",
         birthplace=besancon, deathplace=paris)
leopold_hugo = P("جوزيف ليوبولد سيجيسبير هوغو", "Joseph Léopold Sigisbert Hugo", M, ["ليوبولد هوغو"], born="1773-11-15",
                 died="1828-01-29", birthplace=nancy)
kin(hugo, leopold_hugo)
yourcenar = P("مارغريت يورسنار", "Marguerite Yourcenar", F, ["يورسنار"], born="1903-06-08", died="1987-12-17", birthplace=brussels)
djebar = P("آسيا جبار", "Assia Djebar", F, ["فاطمة الزهراء إيمالاين"], born="1936-06-30", died="2015-02-06",
           birthplace=cherchell, deathplace=paris)
giscard = P("فاليري جيسكار ديستان", "Valéry Giscard d'Estaing", M, ["جيسكار ديستان", "جيسكار"], born="1926-02-02",
            died="2020-12-02", birthplace=koblenz)
maalouf = P("أمين معلوف", "Amin Maalouf", M, ["معلوف"], born="1949-02-25", birthplace=beirut)
carrere = P("إيلين كارير دانكوس", "Hélène Carrère d'Encausse", F, ["كارير دانكوس"], born="1929-07-06", died="2023-08-05",
            birthplace=paris, deathplace=paris)
for who, y in ((corneille, "1647"), (voltaire, "1746"), (hugo, "1841"), (yourcenar, "1980"), (djebar, "2005"),
               (giscard, "2003"), (maalouf, "2011"), (carrere, "1990")):
    kb.link(who, "P463", academie, start=y)
kb.link(carrere, "P39", perp_sec, start="1999", end="2023-08-05")
kb.link(maalouf, "P39", perp_sec, start="2023-09-28")

# ---- 8. Frida Kahlo
prepa = ORG("المدرسة الوطنية الإعدادية", "National Preparatory School", SCHOOL, ["الإعدادية الوطنية"], founded="1867",
            located=mexico_city)
esmeralda = ORG("لا إسميرالدا", "La Esmeralda", SCHOOL, ["مدرسة لا إسميرالدا", "المدرسة الوطنية للرسم والنحت والحفر"],
                founded="1927", located=mexico_city)
seminario = ORG("الحلقة الثقافية المكسيكية", "Seminario de Cultura Mexicana", ORGANIZATION, ["السمينار الثقافي المكسيكي"],
                founded="1942", located=mexico_city)
frida = P("فريدا كالو", "Frida Kahlo", F, ["فريدا", "ماغدالينا كارمن فريدا كالو"], born="1907-07-06", died="1954-07-13",
          birthplace=coyoacan, deathplace=coyoacan)
guillermo = P("غييرمو كالو", "Guillermo Kahlo", M, ["فيلهلم كالو", "كارل فيلهلم كالو"], born="1871-10-26", died="1941-04-14",
              birthplace=pforzheim, deathplace=mexico_city)
matilde_m = P("ماتيلدي كالديرون", "Matilde Calderón y González", F, ["ماتيلدي كالديرون إي غونزاليس"], born="1876",
              died="1932", birthplace=oaxaca)
matilde_s = P("ماتيلدي كالو", "Matilde Kahlo", F, ["ماتيلدي"], born="1898")
adriana = P("أدريانا كالو", "Adriana Kahlo", F, ["أدريانا"], born="1902")
cristina = P("كريستينا كالو", "Cristina Kahlo", F, ["كريستينا"], born="1908-06-07", died="1964")
for c in (frida, matilde_s, adriana, cristina):
    kin(c, guillermo, matilde_m)
kb.siblings(frida, matilde_s, adriana, cristina)
rivera = P("دييغو ريفيرا", "Diego Rivera", M, ["ريفيرا", "دييغو"], born="1886-12-08", died="1957-11-24",
           birthplace=guanajuato, deathplace=mexico_city)
kb.married(frida, rivera, start="1929-08-21", end="1939-11-06")
kb.married(frida, rivera, start="1940-12-08", end="1954-07-13")
trotsky = P("ليون تروتسكي", "Leon Trotsky", M, ["تروتسكي", "ليف تروتسكي"], born="1879-11-07", died="1940-08-21",
            birthplace=yanovka, deathplace=coyoacan)
mercader = P("رامون ميركادير", "Ramón Mercader", M, ["ميركادير"], born="1913-02-07", died="1978-10-18",
             birthplace=barcelona, deathplace=havana)
kb.link(trotsky, "P157", mercader)
kb.link(frida, "P69", prepa, start="1922")
kb.link(frida, "P108", esmeralda, start="1943")
kb.link(frida, "P463", seminario, start="1942")
kb.link(seminario, "P112", frida)


def finish(path):
    """Unique statement ids (the same value held twice, e.g. a couple married twice) and the full-dump fields."""
    assert kb._next <= LAST, kb._next
    lines = []
    for n, ent in enumerate(kb.entities, 1):
        e = json.loads(ent.json())
        for prop, sts in e["claims"].items():
            for i, st in enumerate(sts):
                h = hashlib.sha1(json.dumps([e["id"], prop, i, st["mainsnak"], st.get("qualifiers")], sort_keys=True,
                                            ensure_ascii=False).encode()).hexdigest().upper()
                st["id"] = f"{e['id']}${h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        num = int(e["id"][1:])
        full = {"type": "item", "id": e["id"], "pageid": num - 90000000 + 1400000, "ns": 0, "title": e["id"],
                "lastrevid": 2600000000 + n, "modified": "2026-12-06T09:40:00Z"}
        full.update({k: v for k, v in e.items() if k not in ("type", "id")})
        lines.append(json.dumps(full, ensure_ascii=False, separators=(",", ":")))
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(lines) + "\n]\n")
    return len(lines), sum(len(s) for ent in kb.entities for s in ent.claims.values())


if __name__ == "__main__":
    ents, sts = finish(OUT)
    print(f"{ents} entities, {sts} statements -> {os.path.normpath(OUT)}")
