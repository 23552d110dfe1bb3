"""Generates data/kb/dev15b.json, the KB of the round-15 development set b (a generalization check; texts and gold in
data/kb/dev15b/). Hand-written from public facts as remembered from standard reference works (no Wikidata content
copied); local ids from Q90037001. Dates before 1582 are Julian (KbBuilder.calendar_of). Run:
python3 tools/kb/make_dev15b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, COUNTRY, REGION, VILLAGE = "Q515", "Q6256", "Q10864048", "Q532"
UNIV, AWARD, OFFICE, BAND, MUSEUM, INST, GARDEN = "Q3918", "Q618779", "Q4164871", "Q215380", "Q33506", "Q31855", "Q167346"

kb = KbBuilder(90037000)
P, PL, O = kb.person, kb.place, kb.org

# ---- places
japan = PL("اليابان", "Japan", COUNTRY)
tokyo = PL("طوكيو", "Tokyo", CITY, country=japan)
kyoto = PL("كيوتو", "Kyoto", CITY, country=japan)
osaka = PL("أوساكا", "Osaka", CITY, country=japan)
nyc = PL("نيويورك", "New York City", CITY, ["نيو يورك"])
india = PL("الهند", "India", COUNTRY)
sindh = PL("السند", "Sindh", REGION)
umarkot = PL("أمركوت", "Umerkot", CITY, ["عمركوت"], inside=sindh)
delhi = PL("دلهي", "Delhi", CITY, country=india)
agra = PL("آگرا", "Agra", CITY, ["أغرا", "آكرا"], country=india)
lahore = PL("لاهور", "Lahore", CITY)
fatehpur = PL("فتحبور سيكري", "Fatehpur Sikri", CITY, ["سيكري"], inside=agra)
sikandra = PL("سكندرة", "Sikandra", CITY, inside=agra)
canada = PL("كندا", "Canada", COUNTRY)
ontario = PL("أونتاريو", "Ontario", REGION, country=canada)
toronto = PL("تورونتو", "Toronto", CITY, ["تورنتو"], inside=ontario)
newtonbrook = PL("نيوتنبروك", "Newtonbrook", VILLAGE, inside=toronto)
ottawa = PL("أوتاوا", "Ottawa", CITY, inside=ontario)
montreal = PL("مونتريال", "Montreal", CITY, country=canada)
oslo = PL("أوسلو", "Oslo", CITY)
jamaica = PL("جامايكا", "Jamaica", COUNTRY)
stann = PL("سانت آن", "Saint Ann Parish", REGION, ["أبرشية سانت آن"], country=jamaica)
ninemile = PL("ناين مايل", "Nine Mile", VILLAGE, inside=stann)
kingston = PL("كينغستون", "Kingston", CITY, ["كينغستن"], country=jamaica)
miami = PL("ميامي", "Miami", CITY)
havana = PL("هافانا", "Havana", CITY)
santiago = PL("سانتياغو دي كوبا", "Santiago de Cuba", CITY)
nl = PL("هولندا", "Netherlands", COUNTRY)
sholland = PL("هولندا الجنوبية", "South Holland", REGION, country=nl)
nholland = PL("هولندا الشمالية", "North Holland", REGION, country=nl)
brabant = PL("برابانت الشمالية", "North Brabant", REGION, ["برابانت"], country=nl)
arnhem = PL("أرنهم", "Arnhem", CITY, country=nl)
leiden = PL("لايدن", "Leiden", CITY, ["ليدن"], inside=sholland)
haarlem = PL("هارلم", "Haarlem", CITY, inside=nholland)
amsterdam = PL("أمستردام", "Amsterdam", CITY, inside=nholland)
zonnemaire = PL("زونيماير", "Zonnemaire", VILLAGE, country=nl)
zundert = PL("زوندرت", "Zundert", VILLAGE, inside=brabant)
auvers = PL("أوفير سور واز", "Auvers-sur-Oise", VILLAGE)
paris = PL("باريس", "Paris", CITY)
utrecht = PL("أوترخت", "Utrecht", CITY, country=nl)
hague = PL("لاهاي", "The Hague", CITY, inside=sholland)
delft = PL("دلفت", "Delft", CITY, inside=sholland)
dillenburg = PL("ديلنبورغ", "Dillenburg", CITY)
rostock = PL("روستوك", "Rostock", CITY)
korea = PL("كوريا الجنوبية", "South Korea", COUNTRY)
nchung = PL("تشونغتشونغ الشمالية", "North Chungcheong Province", REGION, country=korea)
eumseong = PL("أومسونغ", "Eumseong County", REGION, inside=nchung)
kumasi = PL("كوماسي", "Kumasi", CITY)
bern = PL("برن", "Bern", CITY)
geneva = PL("جنيف", "Geneva", CITY)
lisbon = PL("لشبونة", "Lisbon", CITY)

# ---- organisations and awards
kyoto_u = O("جامعة كيوتو الإمبراطورية", "Kyoto Imperial University", UNIV, ["جامعة كيوتو"], founded="1897", located=kyoto)
osaka_u = O("جامعة أوساكا الإمبراطورية", "Osaka Imperial University", UNIV, ["جامعة أوساكا"], founded="1931", located=osaka)
columbia = O("جامعة كولومبيا", "Columbia University", UNIV, founded="1754", located=nyc)
rifp = O("معهد الأبحاث في الفيزياء الأساسية", "Research Institute for Fundamental Physics", INST,
         ["معهد يوكاوا للفيزياء النظرية"], founded="1953", located=kyoto)
nobel_phys = kb.ent(None, "جائزة نوبل في الفيزياء", "Nobel Prize in Physics", cls=AWARD)
nobel_peace = kb.ent(None, "جائزة نوبل للسلام", "Nobel Peace Prize", cls=AWARD)
u_toronto = O("جامعة تورونتو", "University of Toronto", UNIV, founded="1827", located=toronto)
oxford = O("جامعة أكسفورد", "University of Oxford", UNIV, ["أكسفورد"])
ext_min = kb.ent(None, "وزير الخارجية الكندي", "Secretary of State for External Affairs", ["وزارة الخارجية"], cls=OFFICE)
pm_ca = kb.ent(None, "رئيس وزراء كندا", "Prime Minister of Canada", ["رئيس الوزراء"], cls=OFFICE)
wailers = O("ذا ويلرز", "The Wailers", BAND, ["الويلرز"], founded="1963", located=kingston)
om_jam = kb.ent(None, "وسام الاستحقاق", "Order of Merit (Jamaica)", cls=AWARD)
leiden_u = O("جامعة لايدن", "Leiden University", UNIV, ["جامعة ليدن"], founded="1575-02-08", located=leiden)
hortus = O("حديقة لايدن النباتية", "Hortus Botanicus Leiden", GARDEN, founded="1590", located=leiden)
teylers = O("متحف تايلرز", "Teylers Museum", MUSEUM, founded="1784", located=haarlem)
copley = kb.ent(None, "ميدالية كوبلي", "Copley Medal", cls=AWARD)
snu = O("جامعة سول الوطنية", "Seoul National University", UNIV, ["جامعة سيول الوطنية"], founded="1946")
harvard = O("جامعة هارفارد", "Harvard University", UNIV, founded="1636")
unsg = kb.ent(None, "الأمين العام للأمم المتحدة", "Secretary-General of the United Nations", cls=OFFICE)
kor_fm = kb.ent(None, "وزير خارجية كوريا الجنوبية", "Minister of Foreign Affairs (South Korea)", ["وزيرا للخارجية"], cls=OFFICE)

# ---- Yukawa
yukawa = P("هيديكي يوكاوا", "Hideki Yukawa", M, ["يوكاوا", "هيديكي أوغاوا"], born="1907-01-23", died="1981-09-08",
           birthplace=tokyo, deathplace=kyoto)
takuji = P("تاكوجي أوغاوا", "Takuji Ogawa", M, born="1870", died="1941")
shigeki = P("شيغيكي كايزوكا", "Shigeki Kaizuka", M, born="1904", died="1987")
tamaki = P("تاماكي أوغاوا", "Tamaki Ogawa", M, born="1910", died="1993")
sumi = P("سومي يوكاوا", "Sumi Yukawa", F)
kb.parents(yukawa, father=takuji)
kb.parents(shigeki, father=takuji)
kb.parents(tamaki, father=takuji)
kb.siblings(yukawa, shigeki, tamaki)
kb.married(yukawa, sumi, start="1932")
kb.link(takuji, "P108", kyoto_u)
kb.link(yukawa, "P69", kyoto_u, end="1929")
kb.link(yukawa, "P108", osaka_u, start="1933")
kb.link(yukawa, "P108", columbia, start="1949", end="1953")
kb.link(yukawa, "P108", rifp, start="1953")
kb.link(yukawa, "P166", nobel_phys, at="1949")

# ---- Akbar (Julian dates before 1582)
akbar = P("جلال الدين أكبر", "Akbar", M, ["أكبر", "جلال الدين محمد أكبر"], born="1542-10-15", died="1605-10-27",
          birthplace=umarkot, deathplace=agra)
humayun = P("همايون", "Humayun", M, ["نصير الدين همايون"], born="1508", died="1556", deathplace=delhi)
hamida = P("حميدة بانو بيكم", "Hamida Banu Begum", F, ["حميدة بانو"])
babur = P("ظهير الدين بابر", "Babur", M, ["بابر"], born="1483", died="1530")
bairam = P("بيرم خان", "Bairam Khan", M, died="1561")
mariam = P("مريم الزمانية", "Mariam-uz-Zamani", F, ["مريم الزماني"])
salim = P("جهانكير", "Jahangir", M, ["سليم", "نور الدين جهانكير"], born="1569-08-31", died="1627",
          birthplace=fatehpur)
kb.parents(akbar, father=humayun, mother=hamida)
kb.parents(humayun, father=babur)
kb.parents(salim, father=akbar, mother=mariam)
kb.married(akbar, mariam, start="1562")
mughal = kb.ent(None, "إمبراطور مغولي", "Mughal emperor", ["العرش"], cls=OFFICE)
kb.link(akbar, "P39", mughal, start="1556", end="1605")
kb.link(humayun, "P39", mughal, end="1556")
kb.link(salim, "P39", mughal, start="1605", end="1627")
kb.link(akbar, "P119", sikandra)
kb.date(fatehpur, "P571", "1571")

# ---- Pearson
pearson = P("ليستر بيرسون", "Lester B. Pearson", M, ["بيرسون", "ليستر باولز بيرسون"], born="1897-04-23",
            died="1972-12-27", birthplace=newtonbrook, deathplace=ottawa)
maryon = P("ماريون مودي", "Maryon Pearson", F, ["ماريون بيرسون"], born="1901", died="1989")
geoffrey = P("جيفري بيرسون", "Geoffrey Pearson", M, born="1927", died="2008")
dief = P("جون ديفنبيكر", "John Diefenbaker", M, ["ديفنبيكر"], born="1895-09-18", died="1979-08-16")
trudeau = P("بيير ترودو", "Pierre Trudeau", M, ["ترودو", "بيير إليوت ترودو"], born="1919-10-18", died="2000-09-28",
            birthplace=montreal, deathplace=montreal)
kb.married(pearson, maryon, start="1925")
kb.parents(geoffrey, father=pearson, mother=maryon)
kb.link(pearson, "P69", u_toronto, end="1919")
kb.link(pearson, "P69", oxford, start="1921", end="1923")
kb.link(pearson, "P39", ext_min, start="1948", end="1957")
kb.link(pearson, "P39", pm_ca, start="1963", end="1968")
kb.link(dief, "P39", pm_ca, start="1957", end="1963")
kb.link(trudeau, "P39", pm_ca, start="1968", end="1979")
kb.link(pearson, "P166", nobel_peace, at="1957")

# ---- Marley
marley = P("بوب مارلي", "Bob Marley", M, ["روبرت نستا مارلي", "مارلي"], born="1945-02-06", died="1981-05-11",
           birthplace=ninemile, deathplace=miami)
norval = P("نورفال مارلي", "Norval Marley", M, died="1955")
cedella = P("سيدلا بوكر", "Cedella Booker", F, ["سيدلا مارلي"], born="1926", died="2008")
tosh = P("بيتر توش", "Peter Tosh", M, born="1944-10-19", died="1987-09-11")
bunny = P("باني ويلر", "Bunny Wailer", M, born="1947", died="2021")
rita = P("ريتا مارلي", "Rita Marley", F, born="1946", birthplace=santiago)
ziggy = P("زيغي مارلي", "Ziggy Marley", M, born="1968", birthplace=kingston)
damian = P("داميان مارلي", "Damian Marley", M, born="1978")
kb.parents(marley, father=norval, mother=cedella)
kb.married(marley, rita, start="1966", end="1981")
kb.parents(ziggy, father=marley, mother=rita)
kb.parents(damian, father=marley)
for x in (marley, tosh, bunny):
    kb.link(x, "P463", wailers, start="1963")
kb.link(wailers, "P112", marley)
kb.link(wailers, "P112", tosh)
kb.link(wailers, "P112", bunny)
kb.link(marley, "P166", om_jam, at="1981")

# ---- Lorentz
lorentz = P("هندريك لورنتز", "Hendrik Lorentz", M, ["لورنتز", "هندريك أنطون لورنتز"], born="1853-07-18",
            died="1928-02-04", birthplace=arnhem, deathplace=haarlem)
zeeman = P("بيتر زيمان", "Pieter Zeeman", M, ["زيمان"], born="1865-05-25", died="1943-10-09",
           birthplace=zonnemaire, deathplace=amsterdam)
aletta = P("أليتا كايزر", "Aletta Catharina Kaiser", F, ["أليتا لورنتز"], born="1858", died="1931")
geertruida = P("خيرترويدا دي هاس-لورنتز", "Geertruida de Haas-Lorentz", F, born="1885", died="1973")
kb.married(lorentz, aletta, start="1881")
kb.parents(geertruida, father=lorentz, mother=aletta)
kb.link(lorentz, "P69", leiden_u, end="1875")
kb.link(lorentz, "P108", leiden_u, start="1878", end="1912")
kb.link(lorentz, "P108", teylers, start="1912", end="1928")
kb.link(lorentz, "P166", nobel_phys, at="1902")
kb.link(zeeman, "P166", nobel_phys, at="1902")
kb.link(lorentz, "P166", copley, at="1918")

# ---- Van Gogh family
theodorus = P("تيودوروس فان غوخ", "Theodorus van Gogh", M, born="1822", died="1885")
anna_c = P("آنا كاربنتوس", "Anna Carbentus van Gogh", F, born="1819", died="1907")
vincent = P("فنسنت فان غوخ", "Vincent van Gogh", M, ["فان غوخ", "فنسنت"], born="1853-03-30", died="1890-07-29",
            birthplace=zundert, deathplace=auvers)
theo = P("ثيو فان غوخ", "Theo van Gogh", M, ["ثيو"], born="1857-05-01", died="1891-01-25", birthplace=zundert,
         deathplace=utrecht)
johanna = P("يوهانا بونغر", "Johanna van Gogh-Bonger", F, ["يوهانا"], born="1862", died="1925")
vw = P("فنسنت ويليم فان غوخ", "Vincent Willem van Gogh", M, born="1890", died="1978")
anna = P("آنا فان غوخ", "Anna van Gogh", F, born="1855", died="1930")
lies = P("إليزابيث فان غوخ", "Elisabeth Huberta van Gogh", F, born="1859", died="1936")
wil = P("فيلمينا فان غوخ", "Willemina van Gogh", F, ["فيل فان غوخ"], born="1862", died="1941")
cor = P("كور فان غوخ", "Cor van Gogh", M, born="1867", died="1900")
kb.married(theodorus, anna_c, start="1851")
for ch in (vincent, theo, anna, lies, wil, cor):
    kb.parents(ch, father=theodorus, mother=anna_c)
kb.siblings(vincent, theo, anna, lies, wil, cor)
kb.married(theo, johanna, start="1889", end="1891")
kb.parents(vw, father=theo, mother=johanna)

# ---- Leiden University
william = P("فيليم الأورانجي", "William the Silent", M, ["وليم الأورانجي", "فيليم الصامت"], born="1533-04-24",
            died="1584-07-10", birthplace=dillenburg, deathplace=delft)
grotius = P("هوغو غروتيوس", "Hugo Grotius", M, ["غروتيوس"], born="1583-04-10", died="1645-08-28",
            birthplace=delft, deathplace=rostock)
rembrandt = P("رامبرانت", "Rembrandt", M, ["رمبرانت"], born="1606-07-15", died="1669-10-04", birthplace=leiden,
              deathplace=amsterdam)
huygens = P("كريستيان هويغنز", "Christiaan Huygens", M, ["هويغنز"], born="1629-04-14", died="1695-07-08",
            birthplace=hague, deathplace=hague)
onnes = P("هايكه كامرلينغ أونس", "Heike Kamerlingh Onnes", M, ["كامرلينغ أونس"], born="1853-09-21",
          died="1926-02-21", deathplace=leiden)
kb.link(leiden_u, "P112", william)
kb.link(grotius, "P69", leiden_u, start="1594")
kb.link(rembrandt, "P69", leiden_u, start="1620")
kb.link(huygens, "P69", leiden_u, start="1645", end="1647")
kb.link(onnes, "P108", leiden_u, start="1882", end="1923")
kb.link(onnes, "P166", nobel_phys, at="1913")

# ---- Ban Ki-moon
ban = P("بان كي مون", "Ban Ki-moon", M, ["بان"], born="1944-06-13", birthplace=eumseong)
yoo = P("يو سون تيك", "Yoo Soon-taek", F, born="1944")
annan = P("كوفي عنان", "Kofi Annan", M, ["عنان"], born="1938-04-08", died="2018-08-18", birthplace=kumasi,
          deathplace=bern)
guterres = P("أنطونيو غوتيريش", "António Guterres", M, ["غوتيريش"], born="1949-04-30", birthplace=lisbon)
kb.married(ban, yoo, start="1971")
kb.link(ban, "P69", snu, end="1970")
kb.link(ban, "P69", harvard, end="1985")
kb.link(ban, "P39", kor_fm, start="2004-01-17", end="2006-11-10")
kb.link(ban, "P39", unsg, start="2007-01-01", end="2016-12-31")
kb.link(annan, "P39", unsg, start="1997-01-01", end="2006-12-31")
kb.link(guterres, "P39", unsg, start="2017-01-01")

kb.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "dev15b.json"))
print(len(kb.entities), "entities")
