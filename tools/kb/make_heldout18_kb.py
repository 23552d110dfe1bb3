"""Generates data/kb/heldout18.json, the KB of the round-19 held-out set heldout18 (data/kb/heldout18/): Arabs abroad and in
international bodies in the 20th century. Local ids Q90053001-Q90053999; only classes and sex values keep Wikidata ids.
Facts from standard reference works as the writer remembers them (see data/kb/heldout18/README.md for doubtful points).
Run: python3 tools/kb/make_heldout18_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, COUNTRY, STATE, VILLAGE = "Q515", "Q6256", "Q35657", "Q532"
UNI, COLLEGE, INSTITUTE, HOSPITAL = "Q3918", "Q189004", "Q31855", "Q16917"
AWARD, POSITION, IGO, ORG = "Q618779", "Q4164871", "Q245065", "Q43229"
PAPER, MAGAZINE, WORK, PARTY, ACADEMY, UNIT = "Q11032", "Q41298", "Q7725634", "Q7278", "Q414147", "Q176799"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "heldout18.json")
b = KbBuilder(90053000)

# ---- countries and places
egypt = b.ent(None, "مصر", "Egypt", cls=COUNTRY)
lebanon = b.ent(None, "لبنان", "Lebanon", cls=COUNTRY)
usa = b.ent(None, "الولايات المتحدة", "United States", ["أمريكا"], cls=COUNTRY)
uk = b.ent(None, "المملكة المتحدة", "United Kingdom", ["بريطانيا", "إنكلترا"], cls=COUNTRY)
brazil = b.ent(None, "البرازيل", "Brazil", cls=COUNTRY)
france = b.ent(None, "فرنسا", "France", cls=COUNTRY)
saudi = b.ent(None, "السعودية", "Saudi Arabia", ["المملكة العربية السعودية"], cls=COUNTRY)
kuwait_c = b.ent(None, "الكويت", "Kuwait", ["دولة الكويت"], cls=COUNTRY)
uae = b.ent(None, "الإمارات", "United Arab Emirates", ["الإمارات العربية المتحدة"], cls=COUNTRY)
qatar = b.ent(None, "قطر", "Qatar", cls=COUNTRY)
bahrain = b.ent(None, "البحرين", "Bahrain", cls=COUNTRY)
oman = b.ent(None, "عُمان", "Oman", ["عمان"], cls=COUNTRY)
cairo = b.place("القاهرة", "Cairo", CITY, country=egypt)
giza = b.place("الجيزة", "Giza", CITY, country=egypt)
shubak = b.place("الشوبك الغربي", "Shubak al-Gharbi", VILLAGE, inside=giza, country=egypt)
alex = b.place("الإسكندرية", "Alexandria", CITY, country=egypt)
zagazig = b.place("الزقازيق", "Zagazig", CITY, country=egypt)
mansoura = b.place("المنصورة", "Mansoura", CITY, country=egypt)
mit = b.place("ميت أبو الكوم", "Mit Abu El Kom", VILLAGE, country=egypt)
beirut = b.place("بيروت", "Beirut", CITY, country=lebanon)
zahle = b.place("زحلة", "Zahlé", CITY, country=lebanon)
marj = b.place("مرجعيون", "Marjayoun", CITY, country=lebanon)
london = b.place("لندن", "London", CITY, country=uk)
oxford = b.place("أكسفورد", "Oxford", CITY, country=uk)
birmingham = b.place("برمنغهام", "Birmingham", CITY, country=uk)
petropolis = b.place("بتروبوليس", "Petrópolis", CITY, country=brazil)
sydney = b.place("سيدني", "Sydney", CITY)
traralgon = b.place("ترارالغون", "Traralgon", CITY)
paris = b.place("باريس", "Paris", CITY, country=france)
brussels = b.place("بروكسل", "Brussels", CITY)
oslo = b.place("أوسلو", "Oslo", CITY)
vienna = b.place("فيينا", "Vienna", CITY)
uppsala = b.place("أوبسالا", "Uppsala", CITY)
newyork = b.place("نيويورك", "New York City", CITY, country=usa)
louisiana = b.place("لويزيانا", "Louisiana", STATE, country=usa)
lakecharles = b.place("ليك تشارلز", "Lake Charles", CITY, inside=louisiana, country=usa)
neworleans = b.place("نيو أورلينز", "New Orleans", CITY, inside=louisiana, country=usa)
houston = b.place("هيوستن", "Houston", CITY, country=usa)
connecticut = b.place("كونيتيكت", "Connecticut", STATE, country=usa)
winsted = b.place("وينستد", "Winsted", CITY, inside=connecticut, country=usa)
abudhabi = b.place("أبوظبي", "Abu Dhabi", CITY, country=uae)
riyadh = b.place("الرياض", "Riyadh", CITY, country=saudi)
kuwait = b.place("مدينة الكويت", "Kuwait City", CITY, ["الكويت"], country=kuwait_c)
rabat = b.place("الرباط", "Rabat", CITY)
jeddah = b.place("جدة", "Jeddah", CITY, country=saudi)

# ---- Peter Medawar
medawar = b.person("بيتر مدوّر", "Peter Medawar", M, ["مدوّر", "بيتر مدور"], born="1915-02-28", died="1987-10-02",
                   birthplace=petropolis, deathplace=london)
nicholas = b.person("نقولا مدوّر", "Nicholas Medawar", M)
edith = b.person("إديث موريل دولينغ", "Edith Muriel Dowling", F)
b.parents(medawar, nicholas, edith)
jean = b.person("جين تايلور", "Jean Medawar", F, ["جين مدوّر"], born="1913", died="2005")
b.married(medawar, jean, start="1937")
marlborough = b.org("كلية مارلبورو", "Marlborough College", COLLEGE)
magdalen = b.org("كلية مودلين", "Magdalen College, Oxford", COLLEGE, located=oxford)
oxu = b.org("جامعة أكسفورد", "University of Oxford", UNI, ["أكسفورد"], located=oxford)
bham = b.org("جامعة برمنغهام", "University of Birmingham", UNI, located=birmingham)
ucl = b.org("كلية لندن الجامعية", "University College London", UNI, located=london)
nimr = b.org("المعهد الوطني للبحوث الطبية", "National Institute for Medical Research", INSTITUTE, located=london)
nobel_med = b.ent(None, "جائزة نوبل في الطب", "Nobel Prize in Physiology or Medicine", ["جائزة نوبل في الفسيولوجيا أو الطب"], cls=AWARD)
om = b.ent(None, "وسام الاستحقاق", "Order of Merit", cls=AWARD)
knight = b.ent(None, "فارس بكالوريوس", "Knight Bachelor", cls=AWARD)
b.ent(None, "نصيحة إلى عالم شاب", "Advice to a Young Scientist", cls=WORK).item("P50", medawar.qid)
b.link(medawar, "P69", marlborough)
b.link(medawar, "P69", magdalen, end="1935")
b.link(medawar, "P108", oxu)
b.link(medawar, "P108", bham, start="1947", end="1951")
b.link(medawar, "P108", ucl, start="1951", end="1962")
b.link(medawar, "P108", nimr, start="1962", end="1971")
b.link(medawar, "P166", nobel_med, at="1960")
b.link(medawar, "P166", knight, at="1965")
b.link(medawar, "P166", om, at="1981")
burnet = b.person("فرانك ماكفارلين بيرنت", "Frank Macfarlane Burnet", M, ["بيرنت", "ماكفارلين بيرنت"], born="1899-09-03",
                  died="1985-08-31", birthplace=traralgon)
b.link(burnet, "P166", nobel_med, at="1960")

# ---- Mohamed ElBaradei and the IAEA
iaea = b.org("الوكالة الدولية للطاقة الذرية", "International Atomic Energy Agency", IGO, ["الوكالة"], founded="1957-07-29")
b.link(iaea, "P159", vienna)
dg_iaea = b.ent(None, "المدير العام للوكالة الدولية للطاقة الذرية", "Director General of the IAEA", cls=POSITION)
baradei = b.person("محمد البرادعي", "Mohamed ElBaradei", M, ["البرادعي"], born="1942-06-17", birthplace=cairo)
mostafa = b.person("مصطفى البرادعي", "Mostafa ElBaradei", M)
b.parents(baradei, mostafa)
aida = b.person("عايدة الكاشف", "Aida Elkachef", F)
b.married(baradei, aida, start="1975")
cu = b.org("جامعة القاهرة", "Cairo University", UNI, located=cairo)
nyu = b.org("جامعة نيويورك", "New York University", UNI, located=newyork)
unitar = b.org("معهد الأمم المتحدة للتدريب والبحث", "United Nations Institute for Training and Research", INSTITUTE, ["يونيتار"])
b.link(baradei, "P69", cu, end="1962")
b.link(baradei, "P69", nyu, end="1974")
b.link(baradei, "P108", unitar, start="1980", end="1984")
b.link(baradei, "P108", iaea, start="1984", end="2009")
b.link(baradei, "P39", dg_iaea, start="1997-12-01", end="2009-11-30")
nobel_peace = b.ent(None, "جائزة نوبل للسلام", "Nobel Peace Prize", cls=AWARD)
b.link(baradei, "P166", nobel_peace, at="2005")
b.link(iaea, "P166", nobel_peace, at="2005")
b.ent(None, "لجنة نوبل النرويجية", "Norwegian Nobel Committee", cls=ORG).item("P159", oslo.qid)
blix = b.person("هانس بليكس", "Hans Blix", M, ["بليكس"], born="1928-06-28", birthplace=uppsala)
b.link(blix, "P39", dg_iaea, start="1981", end="1997")
amano = b.person("يوكيا أمانو", "Yukiya Amano", M, ["أمانو"], born="1947-05-09", died="2019-07-18")
b.link(amano, "P39", dg_iaea, start="2009-12-01", end="2019")

# ---- Abdul Rahman Azzam and the Arab League
league = b.org("جامعة الدول العربية", "Arab League", IGO, ["الجامعة العربية"], founded="1945-03-22")
b.link(league, "P159", cairo)
sg_league = b.ent(None, "الأمين العام لجامعة الدول العربية", "Secretary-General of the Arab League", cls=POSITION)
azzam = b.person("عبد الرحمن عزام", "Abdul Rahman Azzam", M, ["عزام", "عبد الرحمن حسن عزام"], born="1893-03-08",
                 died="1976-06-02", birthplace=shubak, deathplace=cairo)
stthomas = b.org("مستشفى سانت توماس", "St Thomas' Hospital", HOSPITAL, located=london)
b.link(azzam, "P69", stthomas)
mp_egypt = b.ent(None, "عضو مجلس النواب المصري", "member of the Egyptian House of Representatives", cls=POSITION)
awqaf = b.ent(None, "وزير الأوقاف المصري", "Minister of Awqaf of Egypt", cls=POSITION)
b.link(azzam, "P39", mp_egypt, start="1924")
b.link(azzam, "P39", awqaf, start="1939")
b.link(azzam, "P39", sg_league, start="1945", end="1952")
hassouna = b.person("عبد الخالق حسونة", "Abdul Khalek Hassouna", M, ["حسونة"], born="1898-10-28", died="1992-01-20",
                    birthplace=cairo)
b.link(hassouna, "P39", sg_league, start="1952", end="1972")
wahhab = b.person("عبد الوهاب عزام", "Abdel-Wahhab Azzam", M, born="1894", died="1959")
b.link(wahhab, "P1038", azzam)
b.link(azzam, "P1038", wahhab)

# ---- Michael DeBakey
debakey = b.person("مايكل دبغي", "Michael DeBakey", M, ["دبغي", "مايكل دبيكي"], born="1908-09-07", died="2008-07-11",
                   birthplace=lakecharles, deathplace=houston)
shaker = b.person("شاكر دبغي", "Shaker Morris DeBakey", M)
raheeja = b.person("راحيجة زوربا", "Raheeja Zorba DeBakey", F)
b.parents(debakey, shaker, raheeja)
selma = b.person("سلمى دبغي", "Selma DeBakey", F)
b.parents(selma, shaker, raheeja)
b.siblings(debakey, selma)
diana = b.person("ديانا كوبر", "Diana Cooper DeBakey", F, died="1972")
katrin = b.person("كاترين فيلهابر", "Katrin Fehlhaber", F)
b.married(debakey, diana, start="1936", end="1972")
b.married(debakey, katrin, start="1975")
tulane = b.org("جامعة تولين", "Tulane University", UNI, located=neworleans)
baylor = b.org("كلية بايلور للطب", "Baylor College of Medicine", UNI, located=houston)
b.link(debakey, "P69", tulane, end="1932")
b.link(debakey, "P108", baylor, start="1948")
pres_baylor = b.ent(None, "رئيس كلية بايلور للطب", "President of Baylor College of Medicine", cls=POSITION)
b.link(debakey, "P39", pres_baylor, start="1969", end="1979")
lasker = b.ent(None, "جائزة لاسكر", "Lasker Award", cls=AWARD)
pmof = b.ent(None, "وسام الحرية الرئاسي", "Presidential Medal of Freedom", cls=AWARD)
cgm = b.ent(None, "الميدالية الذهبية للكونغرس", "Congressional Gold Medal", cls=AWARD)
b.link(debakey, "P166", lasker, at="1963")
b.link(debakey, "P166", pmof, at="1969")
b.link(debakey, "P166", cgm, at="2008")

# ---- Farouk El-Baz
elbaz = b.person("فاروق الباز", "Farouk El-Baz", M, ["الباز"], born="1938-01-02", birthplace=zagazig)
osama = b.person("أسامة الباز", "Osama El-Baz", M, born="1931", died="2013-09-14")
b.siblings(elbaz, osama)
ainshams = b.org("جامعة عين شمس", "Ain Shams University", UNI, located=cairo)
mines = b.org("معهد ميزوري للمناجم", "Missouri School of Mines", UNI)
bellcomm = b.org("بلّكوم", "Bellcomm", ORG)
nasa = b.org("ناسا", "NASA", ORG, ["وكالة ناسا"], founded="1958")
b.ent(None, "أبولو", "Apollo program", cls=ORG).item("P137", nasa.qid)
nasm = b.org("متحف الطيران والفضاء الوطني", "National Air and Space Museum", ORG)
bu = b.org("جامعة بوسطن", "Boston University", UNI)
crs = b.org("مركز الاستشعار عن بعد", "Center for Remote Sensing, Boston University", INSTITUTE)
b.link(crs, "P749", bu)
b.link(elbaz, "P69", ainshams, end="1958")
b.link(elbaz, "P69", mines, end="1964")
b.link(elbaz, "P108", bellcomm, start="1967", end="1972")
b.link(elbaz, "P108", nasm, start="1973", end="1982")
b.link(elbaz, "P108", bu, start="1986")
sadat = b.person("أنور السادات", "Anwar Sadat", M, ["السادات"], born="1918-12-25", died="1981-10-06", birthplace=mit,
                 deathplace=cairo)

# ---- the Nader family
nathra = b.person("نذرا نادر", "Nathra Nader", M, died="1991")
rose = b.person("روز بوزيان", "Rose Bouziane Nader", F, ["روز نادر"], died="2006", birthplace=zahle)
b.married(nathra, rose)
ralph = b.person("رالف نادر", "Ralph Nader", M, ["رالف"], born="1934-02-27", birthplace=winsted)
shafeek = b.person("شفيق نادر", "Shafeek Nader", M, ["شفيق"], died="1986")
claire = b.person("كلير نادر", "Claire Nader", F, ["كلير"])
laura = b.person("لورا نادر", "Laura Nader", F, ["لورا"], born="1930-02-16", birthplace=winsted)
for ch in (ralph, shafeek, claire, laura):
    b.parents(ch, nathra, rose)
b.siblings(shafeek, claire, laura, ralph)
princeton = b.org("جامعة برنستون", "Princeton University", UNI)
harvard = b.org("جامعة هارفارد", "Harvard University", UNI, ["كلية الحقوق بجامعة هارفارد"])
berkeley = b.org("جامعة كاليفورنيا في بيركلي", "University of California, Berkeley", UNI)
nvcc = b.org("كلية شمال غرب كونيتيكت المجتمعية", "Northwestern Connecticut Community College", COLLEGE, located=winsted)
b.link(nvcc, "P112", shafeek)
b.link(ralph, "P69", princeton, end="1955")
b.link(ralph, "P69", harvard, end="1958")
b.link(laura, "P108", berkeley, start="1960")
greens = b.ent(None, "حزب الخضر", "Green Party of the United States", cls=PARTY)
b.ent(None, "غير آمنة في أي سرعة", "Unsafe at Any Speed", cls=WORK).item("P50", ralph.qid)

# ---- the Gulf Cooperation Council and its neighbours
gcc = b.org("مجلس التعاون لدول الخليج العربية", "Gulf Cooperation Council", IGO, ["مجلس التعاون الخليجي", "مجلس التعاون"],
            founded="1981-05-25")
b.link(gcc, "P159", riyadh)
for m in (saudi, kuwait_c, uae, qatar, bahrain, oman):
    b.link(gcc, "P527", m)
sg_gcc = b.ent(None, "الأمين العام لمجلس التعاون", "Secretary-General of the GCC", cls=POSITION)
for ar, en, born, s, e in (("عبد الله بشارة", "Abdullah Bishara", "1936", "1981", "1993"),
                           ("فاهم بن سلطان القاسمي", "Fahim bin Sultan Al Qasimi", None, "1993", "1996"),
                           ("جميل الحجيلان", "Jamil Al-Hujailan", None, "1996", "2002"),
                           ("عبد الرحمن العطية", "Abdul Rahman bin Hamad Al Attiyah", None, "2002", "2011"),
                           ("عبد اللطيف الزياني", "Abdullatif bin Rashid Al Zayani", None, "2011", "2020")):
    p = b.person(ar, en, M, born=born)
    b.link(p, "P39", sg_gcc, start=s, end=e)
shield = b.org("قوة درع الجزيرة", "Peninsula Shield Force", UNIT, founded="1984")
b.link(shield, "P749", gcc)
oapec = b.org("منظمة الأقطار العربية المصدرة للبترول", "Organization of Arab Petroleum Exporting Countries", IGO, ["أوابك"],
              founded="1968-01-09")
b.link(oapec, "P159", kuwait)
oic = b.org("منظمة التعاون الإسلامي", "Organisation of Islamic Cooperation", IGO, ["منظمة المؤتمر الإسلامي"],
            founded="1969-09-25")
b.link(oic, "P159", jeddah)
b.ent(None, "الأمم المتحدة", "United Nations", cls=IGO).item("P159", newyork.qid)

# ---- Amin Maalouf
maalouf = b.person("أمين معلوف", "Amin Maalouf", M, ["معلوف"], born="1949-02-25", birthplace=beirut)
ruchdi = b.person("رشدي معلوف", "Ruchdi Maalouf", M, born="1914", died="1980")
b.parents(maalouf, ruchdi)
andree = b.person("أندريه معلوف", "Andrée Maalouf", F)
b.married(maalouf, andree, start="1971")
usj = b.org("جامعة القديس يوسف", "Saint Joseph University", UNI, located=beirut)
nahar = b.org("النهار", "An-Nahar", PAPER, located=beirut)
ja = b.org("جون أفريك", "Jeune Afrique", MAGAZINE, located=paris)
af = b.org("الأكاديمية الفرنسية", "Académie française", ACADEMY, founded="1635", located=paris)
b.link(maalouf, "P69", usj)
b.link(maalouf, "P108", nahar, end="1976")
b.link(maalouf, "P108", ja, start="1976")
b.link(maalouf, "P551", paris, start="1976")
b.link(maalouf, "P463", af, start="2011-06-23")
sec_af = b.ent(None, "أمين السر الدائم", "Permanent Secretary of the Académie française", cls=POSITION)
b.link(maalouf, "P39", sec_af, start="2023")
hce = b.person("هيلين كارير دانكوس", "Hélène Carrère d'Encausse", F, born="1929-07-06", died="2023-08-05", birthplace=paris)
b.link(hce, "P39", sec_af, start="1999", end="2023")
cls_ = b.person("كلود ليفي ستروس", "Claude Lévi-Strauss", M, ["ليفي ستروس"], born="1908-11-28", died="2009-10-30",
                birthplace=brussels, deathplace=paris)
b.link(cls_, "P463", af, start="1973", end="2009")
goncourt = b.ent(None, "جائزة غونكور", "Prix Goncourt", cls=AWARD)
asturias = b.ent(None, "جائزة أمير أستورياس للآداب", "Princess of Asturias Award for Literature", cls=AWARD)
b.link(maalouf, "P166", goncourt, at="1993")
b.link(maalouf, "P166", asturias, at="2010")
for ar, en, year in (("الحروب الصليبية كما رآها العرب", "The Crusades Through Arab Eyes", "1983"),
                     ("ليون الأفريقي", "Leo Africanus", "1986"), ("صخرة طانيوس", "The Rock of Tanios", "1993")):
    w = b.ent(None, ar, en, cls=WORK)
    w.item("P50", maalouf.qid)
    b.date(w, "P577", year)

b.write(OUT)
