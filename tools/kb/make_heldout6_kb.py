"""Writes data/kb/heldout6.json: the knowledge base of the sixth held-out verification set in
data/kb/heldout6/ (Fyodor Dostoevsky, Gabriel García Márquez, the caliph al-Ma'mun, Alexander Fleming,
Rifa'a al-Tahtawi, the last Romanovs, the Safavid state, Sayed Darwish), in Wikidata's full-dump shape,
written by hand from public facts (standard reference works) by a helper that did not read the linker or
the verifier. Every item has a local id from Q90008001 up (range Q90008001-Q90008599); only class items
(Q5 human, Q515 city, ...), the sex values, Q41755623 and Q36578 (the "stated in" of every reference)
keep Wikidata's ids. Dates before 1582 carry the Julian calendar model, later ones the Gregorian (Russian
dates are given in the Gregorian calendar, as Wikidata does).
Run: python3 tools/kb/make_heldout6_kb.py"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import Entity, item_snak, time_snak, write_dump, JUL, GREG  # noqa: E402

HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, HIST_COUNTRY, REGION = "Q515", "Q532", "Q6256", "Q3024240", "Q82794"
UNIVERSITY, SCHOOL, ORGANIZATION, ACADEMY = "Q3918", "Q3914", "Q43229", "Q414147"
POSITION, AWARD, BATTLE, NEWSPAPER, HOSPITAL, CATHEDRAL, PALACE = "Q4164871", "Q618779", "Q178561", "Q11032", "Q16917", "Q2977", "Q16560"
INCORRECT_VALUE = "Q41755623"
FIRST = 90008000
LAST = 90008599

L = []
n = [FIRST]


def q_time(prop, when):
    year = int(when.lstrip("-").split("-")[0])
    return time_snak(prop, when, None, JUL if year < 1582 else GREG)


class Item(Entity):
    def _add(self, prop, snak, rank="normal", qualifiers=None, refs=1):
        super()._add(prop, snak, rank, qualifiers, refs)
        st = self.claims[prop][-1]
        if qualifiers or rank != "normal":
            h = hashlib.sha1((self.qid + prop + json.dumps([snak, qualifiers, rank], sort_keys=True)).encode()).hexdigest().upper()
            st["id"] = f"{self.qid}${h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        return self

    def d(self, prop, when, rank="normal", qualifiers=None):
        """A time statement; the calendar model follows the year (Julian before 1582)."""
        year = int(when.split("-")[0])
        return self.time(prop, when, None, JUL if year < 1582 else GREG, rank, qualifiers)

    def i(self, prop, target, start=None, end=None, at=None, rank="normal"):
        qs = []
        if start:
            qs.append(q_time("P580", start))
        if end:
            qs.append(q_time("P582", end))
        if at:
            qs.append(q_time("P585", at))
        return self.item(prop, target.qid if isinstance(target, Item) else target, rank, qs or None)

    def json(self):
        e = json.loads(super().json())
        for st in (s for sts in e["claims"].values() for s in sts):
            for qs in st.get("qualifiers", {}).values():
                for q in qs:
                    q["hash"] = hashlib.sha1(json.dumps(q, sort_keys=True).encode()).hexdigest()
        num = int(self.qid[1:])
        ordered = {"type": e["type"], "id": e["id"], "pageid": num - 90000000 + 900000, "ns": 0, "title": self.qid,
                   "lastrevid": 2400000000 + num - FIRST, "modified": "2026-12-01T10:20:00Z"}
        ordered.update({k: v for k, v in e.items() if k not in ("type", "id")})
        return json.dumps(ordered, ensure_ascii=False, separators=(",", ":"))


def ent(ar, en, ar_al=(), en_al=(), cls=None, desc=None):
    n[0] += 1
    assert n[0] <= LAST
    e = Item(f"Q{n[0]}", ar, en, ar_al, en_al, desc[0] if desc else None, desc[1] if desc else None)
    if cls:
        e.item("P31", cls)
    L.append(e)
    return e


def person(ar, en, sex, born=None, died=None, ar_al=(), en_al=(), desc=None, pob=None, pod=None):
    e = ent(ar, en, ar_al, en_al, HUMAN, desc).item("P21", sex)
    if born:
        e.d("P569", born)
    if pob:
        e.i("P19", pob)
    if died:
        e.d("P570", died)
    if pod:
        e.i("P20", pod)
    return e


def place(ar, en, cls, within=None, country=None, ar_al=(), en_al=()):
    e = ent(ar, en, ar_al, en_al, cls)
    if country:
        e.i("P17", country)
    if within:
        e.i("P131", within)
    return e


def parent(child, father=None, mother=None):
    if father:
        child.i("P22", father)
        father.i("P40", child)
    if mother:
        child.i("P25", mother)
        mother.i("P40", child)


def siblings(*people):
    for a in people:
        for b in people:
            if a is not b:
                a.i("P3373", b)


def marry(a, b, start=None, end=None):
    a.i("P26", b, start, end)
    b.i("P26", a, start, end)


# ---------------------------------------------------------------- places
russia = place("روسيا", "Russia", COUNTRY, ar_al=("الإمبراطورية الروسية",), en_al=("Russian Empire",))
moscow = place("موسكو", "Moscow", CITY, country=russia)
spb = place("سانت بطرسبرغ", "Saint Petersburg", CITY, country=russia, ar_al=("بطرسبرغ", "بتروغراد"), en_al=("Petrograd",))
tsarskoye = place("تسارسكوي سيلو", "Tsarskoye Selo", CITY, within=spb, country=russia)
yekaterinburg = place("يكاترينبورغ", "Yekaterinburg", CITY, country=russia)
perm = place("بيرم", "Perm", CITY, country=russia)
crimea = place("القرم", "Crimea", REGION, country=russia)
livadia = place("ليفاديا", "Livadia", VILLAGE, within=crimea, country=russia, ar_al=("قصر ليفاديا",), en_al=("Livadia Palace",))
denmark = place("الدنمارك", "Denmark", COUNTRY)
copenhagen = place("كوبنهاغن", "Copenhagen", CITY, country=denmark)
hvidore = place("هفيدوره", "Hvidøre", VILLAGE, country=denmark)
darmstadt = place("دارمشتات", "Darmstadt", CITY)
colombia = place("كولومبيا", "Colombia", COUNTRY)
aracataca = place("أراكاتاكا", "Aracataca", CITY, country=colombia)
bogota = place("بوغوتا", "Bogotá", CITY, country=colombia)
cartagena = place("قرطاجنة", "Cartagena", CITY, country=colombia, ar_al=("قرطاجنة دي إندياس",))
barranquilla = place("بارانكيا", "Barranquilla", CITY, country=colombia)
mexico = place("المكسيك", "Mexico", COUNTRY)
mexico_city = place("مكسيكو سيتي", "Mexico City", CITY, country=mexico, ar_al=("مدينة مكسيكو", "مكسيكو"))
abbasid = place("الدولة العباسية", "Abbasid Caliphate", HIST_COUNTRY, ar_al=("الخلافة العباسية",))
baghdad = place("بغداد", "Baghdad", CITY, country=abbasid)
merv = place("مرو", "Merv", CITY, country=abbasid)
tus = place("طوس", "Tus", CITY, country=abbasid)
tarsus = place("طرسوس", "Tarsus", CITY, country=abbasid)
badandun = place("البذندون", "Badandun", VILLAGE, within=tarsus, ar_al=("بذندون",), en_al=("Podandos",))
samarra = place("سامراء", "Samarra", CITY, country=abbasid, ar_al=("سر من رأى",))
uk = place("المملكة المتحدة", "United Kingdom", COUNTRY, ar_al=("بريطانيا",), en_al=("Britain",))
scotland = place("إسكتلندا", "Scotland", REGION, country=uk, ar_al=("اسكتلندا",))
ayrshire = place("أيرشاير", "Ayrshire", REGION, within=scotland, country=uk)
lochfield = place("لوكفيلد", "Lochfield", VILLAGE, within=ayrshire, country=uk, en_al=("Lochfield farm",))
london = place("لندن", "London", CITY, country=uk)
egypt = place("مصر", "Egypt", COUNTRY)
sohag = place("محافظة سوهاج", "Sohag Governorate", REGION, country=egypt, ar_al=("سوهاج",))
tahta = place("طهطا", "Tahta", CITY, within=sohag, country=egypt)
cairo = place("القاهرة", "Cairo", CITY, country=egypt)
alexandria = place("الإسكندرية", "Alexandria", CITY, country=egypt, ar_al=("اسكندرية",))
kom_dikka = place("كوم الدكة", "Kom el-Dikka", REGION, within=alexandria, country=egypt)
kavala = place("قولة", "Kavala", CITY, ar_al=("كافالا",))
benha = place("بنها", "Benha", CITY, country=egypt)
paris = place("باريس", "Paris", CITY)
safavid = place("الدولة الصفوية", "Safavid Iran", HIST_COUNTRY, ar_al=("الصفويون", "إيران الصفوية"), en_al=("Safavid dynasty", "Safavid Empire"))
iran = place("إيران", "Iran", COUNTRY, ar_al=("فارس",), en_al=("Persia",))
tabriz = place("تبريز", "Tabriz", CITY, country=iran)
ardabil = place("أردبيل", "Ardabil", CITY, country=iran)
qazvin = place("قزوين", "Qazvin", CITY, country=iran)
isfahan = place("أصفهان", "Isfahan", CITY, country=iran, ar_al=("اصفهان",))
herat = place("هراة", "Herat", CITY)
chaldiran = ent("معركة جالديران", "Battle of Chaldiran", (), (), BATTLE).d("P585", "1514-08-23")
safavid.d("P571", "1501").d("P576", "1736").i("P36", tabriz, "1501", "1555").i("P36", qazvin, "1555", "1598").i("P36", isfahan, "1598", "1736")

# ---------------------------------------------------------------- Dostoevsky
academy = ent("أكاديمية سانت بطرسبرغ للعلوم", "Saint Petersburg Academy of Sciences", ("أكاديمية العلوم الروسية", "الأكاديمية الإمبراطورية للعلوم"), ("Imperial Academy of Sciences",), ACADEMY).i("P159", spb)
engineering = ent("مدرسة الهندسة العسكرية", "Military Engineering School (Saint Petersburg)", ("المدرسة العليا للهندسة العسكرية", "مدرسة الهندسة العسكرية العليا"), ("Main Military Engineering School", "Nikolaev Engineering Institute"), SCHOOL).i("P131", spb)
nevsky = ent("دير ألكسندر نيفسكي", "Alexander Nevsky Lavra", ("مقبرة تيخفين",), ("Tikhvin Cemetery",), "Q44613").i("P131", spb)
dost = person("فيودور دوستويفسكي", "Fyodor Dostoevsky", MALE, "1821-11-11", "1881-02-09", ("دوستويفسكي", "فيودور ميخايلوفيتش دوستويفسكي", "دستويفسكي"), ("Dostoevsky", "Fyodor Mikhailovich Dostoevsky"), ("روائي روسي", "Russian novelist"), moscow, spb)
dost.i("P119", nevsky).i("P69", engineering, "1838", "1843").i("P463", academy, "1877-12")
d_father = person("ميخائيل أندرييفيتش دوستويفسكي", "Mikhail Andreyevich Dostoevsky", MALE, "1789", "1839-06", ("ميخائيل دوستويفسكي",), (), ("طبيب روسي، والد فيودور دوستويفسكي", "Russian physician"))
d_mother = person("ماريا فيودوروفنا نيتشاييفا", "Maria Fyodorovna Nechayeva", FEMALE, "1800", "1837-03-11", ("ماريا نيتشاييفا", "ماريا دوستويفسكايا"), ("Maria Dostoevskaya",), None, moscow, moscow)
marry(d_father, d_mother, "1819")
d_mikhail = person("ميخائيل ميخايلوفيتش دوستويفسكي", "Mikhail Mikhailovich Dostoevsky", MALE, "1820", "1864-07-22", ("ميخائيل دوستويفسكي", "ميخائيل"), (), ("كاتب وناشر روسي", "Russian writer and publisher"), moscow, None)
d_andrei = person("أندريه ميخايلوفيتش دوستويفسكي", "Andrei Mikhailovich Dostoevsky", MALE, "1825", "1897", ("أندريه دوستويفسكي", "أندريه"), (), ("مهندس معماري روسي", "Russian architect"), moscow)
for c in (dost, d_mikhail, d_andrei):
    parent(c, d_father, d_mother)
siblings(dost, d_mikhail, d_andrei)
isaeva = person("ماريا دميترييفنا إيسايفا", "Maria Dmitrievna Isaeva", FEMALE, "1824", "1864-04-27", ("ماريا إيسايفا", "ماريا دوستويفسكايا"), ("Maria Isaeva",), None, None, moscow)
snitkina = person("آنا غريغوريفنا سنيتكينا", "Anna Grigoryevna Snitkina", FEMALE, "1846-09-12", "1918-06-22", ("آنا دوستويفسكايا", "آنا سنيتكينا"), ("Anna Dostoevskaya",), ("كاتبة مذكرات روسية", "Russian memoirist"), spb)
marry(dost, isaeva, "1857-02-18", "1864-04-27")
marry(dost, snitkina, "1867-02-27", "1881-02-09")
for ar, en, sex, b, dd in (("صوفيا فيودوروفنا دوستويفسكايا", "Sofia Fyodorovna Dostoevskaya", FEMALE, "1868-03-05", "1868-05-24"),
                           ("ليوبوف فيودوروفنا دوستويفسكايا", "Lyubov Fyodorovna Dostoevskaya", FEMALE, "1869-09-26", "1926-11-10"),
                           ("فيودور فيودوروفيتش دوستويفسكي", "Fyodor Fyodorovich Dostoevsky", MALE, "1871-07-28", "1922-01-04"),
                           ("أليكسي فيودوروفيتش دوستويفسكي", "Alexei Fyodorovich Dostoevsky", MALE, "1875-08-22", "1878-05-28")):
    first = ar.split()[0]
    c = person(ar, en, sex, b, dd, (first,), (en.split()[0],))
    parent(c, dost, snitkina)
kids = L[-4:]
siblings(*kids)

# ---------------------------------------------------------------- García Márquez
nobel_lit = ent("جائزة نوبل في الأدب", "Nobel Prize in Literature", ("جائزة نوبل للآداب", "نوبل للآداب"), (), AWARD)
nobel_med = ent("جائزة نوبل في الطب", "Nobel Prize in Physiology or Medicine", ("جائزة نوبل في الفسيولوجيا أو الطب", "نوبل للطب"), (), AWARD)
unal = ent("جامعة كولومبيا الوطنية", "National University of Colombia", ("الجامعة الوطنية الكولومبية",), (), UNIVERSITY).i("P131", bogota)
ucart = ent("جامعة قرطاجنة", "University of Cartagena", (), (), UNIVERSITY).i("P131", cartagena)
espectador = ent("إل إسبكتادور", "El Espectador", ("الإسبكتادور",), (), NEWSPAPER).i("P159", bogota)
heraldo = ent("إل هيرالدو", "El Heraldo", (), (), NEWSPAPER).i("P159", barranquilla)
gabo = person("غابرييل غارسيا ماركيز", "Gabriel García Márquez", MALE, None, "2014-04-17", ("ماركيز", "غارسيا ماركيز", "غابو"), ("Gabo", "García Márquez"), ("روائي كولومبي", "Colombian novelist"))
gabo.d("P569", "1927-03-06").d("P569", "1928-03-06").i("P19", aracataca).i("P20", mexico_city).i("P27", colombia)
gabo.i("P69", unal, "1947", "1948").i("P69", ucart, "1948", "1949").i("P108", heraldo, "1950", "1952").i("P108", espectador, "1954", "1955").i("P166", nobel_lit, at="1982")
g_father = person("غابرييل إليخيو غارسيا", "Gabriel Eligio García", MALE, "1901", "1984", ("غابرييل إليخيو",), (), ("عامل تلغراف وصيدلاني كولومبي", "Colombian telegraphist and pharmacist"))
g_mother = person("لويسا سانتياغا ماركيز", "Luisa Santiaga Márquez Iguarán", FEMALE, "1905-07-25", "2002-06-09", ("لويسا سانتياغا ماركيز إيغواران",), ())
g_grand = person("نيكولاس ماركيز", "Nicolás Ricardo Márquez Mejía", MALE, "1864", "1937", ("العقيد نيكولاس ماركيز", "نيكولاس ريكاردو ماركيز ميخيا"), ("Nicolás Márquez",), ("عقيد كولومبي", "Colombian colonel"))
parent(g_mother, g_grand)
marry(g_father, g_mother, "1926")
g_eligio = person("إليخيو غارسيا ماركيز", "Eligio García Márquez", MALE, "1947", "2001", ("إليخيو غارسيا",), (), ("صحافي وكاتب كولومبي", "Colombian journalist and writer"))
for c in (gabo, g_eligio):
    parent(c, g_father, g_mother)
siblings(gabo, g_eligio)
mercedes = person("مرسيدس بارشا", "Mercedes Barcha", FEMALE, "1932-11-06", "2020-08-15", ("مرسيدس بارشا باردو",), ("Mercedes Barcha Pardo",), None, None, mexico_city)
marry(gabo, mercedes, "1958-03-21", "2014-04-17")
rodrigo = person("رودريغو غارسيا", "Rodrigo García", MALE, "1959-08-24", None, ("رودريغو غارسيا بارشا", "رودريغو"), ("Rodrigo García Barcha",), ("مخرج سينمائي", "film director"), bogota)
gonzalo = person("غونزالو غارسيا بارشا", "Gonzalo García Barcha", MALE, "1962", None, ("غونزالو",), (), ("مصمم غرافيك", "graphic designer"), mexico_city)
for c in (rodrigo, gonzalo):
    parent(c, gabo, mercedes)
siblings(rodrigo, gonzalo)

# ---------------------------------------------------------------- al-Ma'mun
caliph = ent("خليفة", "caliph", ("الخليفة العباسي", "أمير المؤمنين"), ("Abbasid caliph",), POSITION)
mahdi = person("المهدي", "al-Mahdi", MALE, "744", "785-08-04", ("محمد المهدي", "المهدي بالله"), ("Muhammad al-Mahdi",), ("خليفة عباسي", "Abbasid caliph"))
hadi = person("الهادي", "al-Hadi", MALE, "764", "786-09-14", ("موسى الهادي",), ("Musa al-Hadi",), ("خليفة عباسي", "Abbasid caliph"), None, baghdad)
harun = person("هارون الرشيد", "Harun al-Rashid", MALE, "766-03-17", "809-03-24", ("الرشيد", "هارون"), (), ("خليفة عباسي", "Abbasid caliph"), None, tus)
ibrahim_mahdi = person("إبراهيم بن المهدي", "Ibrahim ibn al-Mahdi", MALE, "779", "839-07", (), (), ("أمير عباسي ومغن", "Abbasid prince and singer"), None, samarra)
for c in (hadi, harun, ibrahim_mahdi):
    parent(c, mahdi)
siblings(hadi, harun, ibrahim_mahdi)
mahdi.i("P39", caliph, "775-10", "785-08-04")
hadi.i("P39", caliph, "785-08-04", "786-09-14")
harun.i("P39", caliph, "786-09-14", "809-03-24")
marajil = person("مراجل", "Marajil", FEMALE, None, "786", (), (), ("أم المأمون", "mother of al-Ma'mun"))
zubayda = person("زبيدة بنت جعفر", "Zubayda bint Ja'far", FEMALE, None, "831", ("زبيدة", "أم جعفر"), ("Zubaidah",), None, None, baghdad)
marry(harun, zubayda, "781")
mamun = person("المأمون", "al-Ma'mun", MALE, "786-09-14", "833-08-09", ("عبد الله المأمون", "عبد الله بن هارون", "المأمون بن الرشيد"), ("Abdallah al-Ma'mun",), ("خليفة عباسي", "Abbasid caliph"), baghdad, badandun)
mamun.i("P119", tarsus).i("P39", caliph, "813-09-25", "833-08-09")
amin = person("الأمين", "al-Amin", MALE, "787-04", "813-09-25", ("محمد الأمين", "محمد بن هارون"), ("Muhammad al-Amin",), ("خليفة عباسي", "Abbasid caliph"), None, baghdad)
amin.i("P39", caliph, "809-03-24", "813-09-25")
mutasim = person("المعتصم", "al-Mu'tasim", MALE, "796-10", "842-01-05", ("أبو إسحاق المعتصم", "المعتصم بالله", "محمد بن هارون"), ("Abu Ishaq al-Mu'tasim",), ("خليفة عباسي", "Abbasid caliph"), baghdad, samarra)
mutasim.i("P39", caliph, "833-08-09", "842-01-05")
wathiq = person("الواثق", "al-Wathiq", MALE, "812", "847-08-10", ("هارون الواثق",), (), ("خليفة عباسي", "Abbasid caliph"), None, samarra)
parent(wathiq, mutasim)
parent(mamun, harun, marajil)
parent(amin, harun, zubayda)
parent(mutasim, harun)
siblings(mamun, amin, mutasim)
tahir = person("طاهر بن الحسين", "Tahir ibn al-Husayn", MALE, "775", "822", ("طاهر ذو اليمينين",), (), ("قائد عباسي، أمير خراسان", "Abbasid general"), None, merv)
amin.i("P157", tahir)
hasan_sahl = person("الحسن بن سهل", "al-Hasan ibn Sahl", MALE, None, "850", (), (), ("وزير عباسي", "Abbasid vizier"))
buran = person("بوران بنت الحسن بن سهل", "Buran", FEMALE, "807", "884", ("بوران",), (), None, None, baghdad)
parent(buran, hasan_sahl)
marry(mamun, buran, "825")
abbas_m = person("العباس بن المأمون", "al-Abbas ibn al-Ma'mun", MALE, None, "838", (), (), ("أمير عباسي", "Abbasid prince"), None, samarra)
parent(abbas_m, mamun)

# ---------------------------------------------------------------- Fleming
royal_society = ent("الجمعية الملكية", "Royal Society", ("الجمعية الملكية في لندن",), ("Royal Society of London",), ACADEMY).i("P159", london)
stmarys = ent("مستشفى سانت ماري", "St Mary's Hospital, London", ("مستشفى القديسة مريم",), (), HOSPITAL).i("P131", london)
stmarys_school = ent("كلية الطب بمستشفى سانت ماري", "St Mary's Hospital Medical School", ("كلية طب مستشفى سانت ماري",), (), SCHOOL).i("P131", london)
ulondon = ent("جامعة لندن", "University of London", (), (), UNIVERSITY).i("P131", london)
stpauls = ent("كاتدرائية القديس بولس", "St Paul's Cathedral", ("كاتدرائية سانت بول",), (), CATHEDRAL).i("P131", london)
fleming = person("ألكسندر فليمنغ", "Alexander Fleming", MALE, "1881-08-06", "1955-03-11", ("فليمنغ", "السير ألكسندر فليمنغ"), ("Sir Alexander Fleming",), ("عالم أحياء دقيقة إسكتلندي", "Scottish microbiologist"), lochfield, london)
fleming.i("P119", stpauls).i("P69", stmarys_school, "1901", "1906").i("P108", stmarys, "1906", "1955").i("P108", ulondon, "1928", "1948")
fleming.i("P463", royal_society, "1943").i("P166", nobel_med, at="1945")
hugh = person("هيو فليمنغ", "Hugh Fleming", MALE, "1816", "1888", (), (), ("مزارع إسكتلندي", "Scottish farmer"))
grace = person("غريس مورتون", "Grace Stirling Morton", FEMALE, None, None, ("غريس ستيرلنغ مورتون", "غريس فليمنغ"), ("Grace Morton",))
marry(hugh, grace)
tom = person("توماس فليمنغ", "Thomas Fleming", MALE, None, None, ("توم فليمنغ", "توماس"), ("Tom Fleming",), ("طبيب إسكتلندي", "Scottish physician"))
for c in (fleming, tom):
    parent(c, hugh, grace)
siblings(fleming, tom)
sarah = person("سارة مكلروي", "Sarah Marion McElroy", FEMALE, None, "1949-10-28", ("سارة فليمنغ", "سارين مكلروي"), ("Sareen McElroy",), ("ممرضة إيرلندية", "Irish nurse"))
amalia = person("أماليا كوتسوري فوريكاس", "Amalia Koutsouri-Vourekas", FEMALE, "1912", "1986", ("أماليا فليمنغ",), ("Amalia Fleming",), ("طبيبة يونانية", "Greek physician"))
marry(fleming, sarah, "1915-12-24", "1949-10-28")
marry(fleming, amalia, "1953-04-09", "1955-03-11")
robert = person("روبرت فليمنغ", "Robert Fleming", MALE, "1924", "2015", ("روبرت",), (), ("طبيب", "physician"))
parent(robert, fleming, sarah)
wright = person("ألمروث رايت", "Almroth Wright", MALE, "1861-08-10", "1947-04-30", ("السير ألمروث رايت",), (), ("عالم جراثيم بريطاني", "British bacteriologist"))
wright.i("P108", stmarys, "1902", "1946")
florey = person("هوارد فلوري", "Howard Florey", MALE, "1898-09-24", "1968-02-21", (), (), ("عالم أدوية أسترالي", "Australian pharmacologist"))
chain = person("إرنست تشين", "Ernst Boris Chain", MALE, "1906-06-19", "1979-08-12", ("إرنست بوريس تشين",), ("Ernst Chain",), ("عالم كيمياء حيوية", "biochemist"))
for w in (florey, chain):
    w.i("P166", nobel_med, at="1945")

# ---------------------------------------------------------------- al-Tahtawi
azhar = ent("الأزهر", "al-Azhar", ("جامعة الأزهر", "الجامع الأزهر"), ("Al-Azhar University",), UNIVERSITY).i("P131", cairo)
alsun = ent("مدرسة الألسن", "School of Languages (Cairo)", ("مدرسة الترجمة",), ("Madrasat al-Alsun",), SCHOOL).i("P131", cairo).d("P571", "1835").d("P576", "1849")
tahtawi = person("رفاعة الطهطاوي", "Rifa'a al-Tahtawi", MALE, "1801-10-15", "1873-05-27", ("رفاعة رافع الطهطاوي", "الطهطاوي", "رفاعة"), ("Rifa'a Rafi' al-Tahtawi",), ("مفكر ومترجم مصري", "Egyptian scholar and translator"), tahta, cairo)
tahtawi.i("P69", azhar, "1817", "1821").i("P108", alsun, "1835", "1849")
alsun.i("P112", tahtawi)
attar = person("حسن العطار", "Hassan al-Attar", MALE, "1766", "1835", ("الشيخ حسن العطار",), (), ("شيخ الأزهر", "Egyptian scholar"), cairo, cairo)
ali_fahmi = person("علي فهمي رفاعة", "Ali Fahmi Rifa'a", MALE, None, None, (), (), ("مترجم مصري", "Egyptian educator"))
parent(ali_fahmi, tahtawi)
wali = ent("والي مصر", "Wali of Egypt", ("الوالي", "حاكم مصر"), (), POSITION)
mali = person("محمد علي باشا", "Muhammad Ali of Egypt", MALE, "1769-03-04", "1849-08-02", ("محمد علي", "محمد علي الكبير"), ("Muhammad Ali Pasha",), ("والي مصر", "Wali of Egypt"), kavala, alexandria)
mali.i("P39", wali, "1805", "1848")
ibrahim = person("إبراهيم باشا", "Ibrahim Pasha", MALE, "1789", "1848-11-10", ("إبراهيم باشا بن محمد علي",), ("Ibrahim Pasha of Egypt",), ("والي مصر", "Wali of Egypt"), None, cairo)
ibrahim.i("P39", wali, "1848-03", "1848-11-10")
tusun = person("طوسون باشا", "Tusun Pasha", MALE, "1794", "1816", (), (), ("قائد مصري", "Egyptian commander"))
for c in (ibrahim, tusun):
    parent(c, mali)
siblings(ibrahim, tusun)
abbas1 = person("عباس الأول", "Abbas I of Egypt", MALE, "1812", "1854-07-13", ("عباس حلمي الأول", "عباس باشا"), ("Abbas Hilmi I",), ("والي مصر", "Wali of Egypt"), None, benha)
abbas1.i("P39", wali, "1848-11-10", "1854-07-13")
parent(abbas1, tusun)

# ---------------------------------------------------------------- Romanovs
emperor = ent("إمبراطور روسيا", "Emperor of All Russia", ("قيصر روسيا", "القيصر"), ("Tsar of Russia",), POSITION)
queen_uk = ent("ملكة المملكة المتحدة (قرينة)", "Queen consort of the United Kingdom", (), (), POSITION)
alex2 = person("ألكسندر الثاني", "Alexander II of Russia", MALE, "1818-04-29", "1881-03-13", ("القيصر ألكسندر الثاني",), (), ("إمبراطور روسيا", "Emperor of Russia"), moscow, spb)
alex2.i("P39", emperor, "1855-03-02", "1881-03-13")
grin = person("إغناتي غرينفيتسكي", "Ignacy Hryniewiecki", MALE, "1856", "1881-03-13", ("غرينفيتسكي",), ("Ignaty Grinevitsky",), ("ثوري من جماعة إرادة الشعب", "Narodnaya Volya revolutionary"), None, spb)
alex2.i("P157", grin)
alex3 = person("ألكسندر الثالث", "Alexander III of Russia", MALE, "1845-03-10", "1894-11-01", ("القيصر ألكسندر الثالث",), (), ("إمبراطور روسيا", "Emperor of Russia"), spb, livadia)
alex3.i("P39", emperor, "1881-03-13", "1894-11-01")
parent(alex3, alex2)
mfeod = person("ماريا فيودوروفنا", "Maria Feodorovna", FEMALE, "1847-11-26", "1928-10-13", ("داغمار", "الأميرة داغمار", "الإمبراطورة ماريا فيودوروفنا"), ("Dagmar of Denmark",), ("إمبراطورة روسيا", "Empress of Russia"), copenhagen, hvidore)
marry(alex3, mfeod, "1866-11-09", "1894-11-01")
alexandra_dk = person("ألكسندرا الدنماركية", "Alexandra of Denmark", FEMALE, "1844-12-01", "1925-11-20", ("الملكة ألكسندرا", "ألكسندرا"), ("Queen Alexandra",), ("ملكة المملكة المتحدة", "Queen of the United Kingdom"), copenhagen)
edward7 = person("إدوارد السابع", "Edward VII", MALE, "1841-11-09", "1910-05-06", ("الملك إدوارد السابع",), (), ("ملك المملكة المتحدة", "King of the United Kingdom"), london, london)
marry(edward7, alexandra_dk, "1863-03-10", "1910-05-06")
alexandra_dk.i("P39", queen_uk, "1901-01-22", "1910-05-06")
siblings(mfeod, alexandra_dk)
nicholas = person("نيقولا الثاني", "Nicholas II of Russia", MALE, "1868-05-18", "1918-07-17", ("نيكولاي الثاني", "القيصر نيقولا الثاني", "نيقولا"), ("Nicholas II", "Nikolai II"), ("آخر إمبراطور لروسيا", "last Emperor of Russia"), tsarskoye, yekaterinburg)
nicholas.i("P39", emperor, "1894-11-01", "1917-03-15")
george = person("جورجي ألكسندروفيتش", "Grand Duke George Alexandrovich", MALE, "1871-05-09", "1899-08-10", ("جورجي", "الدوق الأكبر جورجي"), (), None, tsarskoye)
michael = person("ميخائيل ألكسندروفيتش", "Grand Duke Michael Alexandrovich", MALE, "1878-12-04", "1918-06-13", ("ميخائيل", "الدوق الأكبر ميخائيل"), (), None, spb, perm)
xenia = person("كسينيا ألكسندروفنا", "Grand Duchess Xenia Alexandrovna", FEMALE, "1875-04-06", "1960-04-20", ("كسينيا",), (), None, spb, london)
olga_a = person("أولغا ألكسندروفنا", "Grand Duchess Olga Alexandrovna", FEMALE, "1882-06-13", "1960-11-24", (), (), None)
for c in (nicholas, george, michael, xenia, olga_a):
    parent(c, alex3, mfeod)
siblings(nicholas, george, michael, xenia, olga_a)
alix = person("ألكسندرا فيودوروفنا", "Alexandra Feodorovna", FEMALE, "1872-06-06", "1918-07-17", ("أليكس فون هسن", "أليكس", "الإمبراطورة ألكسندرا"), ("Alix of Hesse",), ("إمبراطورة روسيا", "Empress of Russia"), darmstadt, yekaterinburg)
marry(nicholas, alix, "1894-11-26", "1918-07-17")
children = []
for ar, en, sex, b in (("أولغا نيكولايفنا", "Grand Duchess Olga Nikolaevna", FEMALE, "1895-11-15"),
                       ("تاتيانا نيكولايفنا", "Grand Duchess Tatiana Nikolaevna", FEMALE, "1897-06-10"),
                       ("ماريا نيكولايفنا", "Grand Duchess Maria Nikolaevna", FEMALE, "1899-06-26"),
                       ("أناستاسيا نيكولايفنا", "Grand Duchess Anastasia Nikolaevna", FEMALE, "1901-06-18"),
                       ("أليكسي نيكولايفيتش", "Tsarevich Alexei Nikolaevich", MALE, "1904-08-12")):
    c = person(ar, en, sex, b, "1918-07-17", (ar.split()[0],), (), None, None, yekaterinburg)
    parent(c, nicholas, alix)
    children.append(c)
siblings(*children)

# ---------------------------------------------------------------- Safavids
shah = ent("شاه إيران", "Shah of Iran", ("شاه", "الشاه"), ("Shah of Persia",), POSITION)
ottoman = place("الدولة العثمانية", "Ottoman Empire", HIST_COUNTRY)
sultan = ent("السلطان العثماني", "Sultan of the Ottoman Empire", (), (), POSITION)
uzun = person("أوزون حسن", "Uzun Hasan", MALE, "1423", "1478-01-06", ("حسن الطويل",), (), ("سلطان الآق قويونلو", "Aq Qoyunlu ruler"), None, tabriz)
halima = person("حليمة بيكم", "Halima Begum", FEMALE, None, "1522", ("عالم شاه بيكم", "مارثا"), ("Alamshah Begum",), ("أم الشاه إسماعيل الأول", "mother of Ismail I"))
parent(halima, uzun)
haydar = person("الشيخ حيدر", "Shaykh Haydar", MALE, "1459", "1488-07-09", ("حيدر الصفوي", "حيدر"), ("Haydar Safavi",), ("شيخ الطريقة الصفوية", "head of the Safavid order"), ardabil)
marry(haydar, halima)
ismail1 = person("إسماعيل الأول", "Ismail I", MALE, "1487-07-17", "1524-05-23", ("الشاه إسماعيل", "الشاه إسماعيل الأول", "إسماعيل الصفوي"), ("Shah Ismail I",), ("مؤسس الدولة الصفوية", "founder of the Safavid state"), ardabil, ardabil)
ismail1.i("P39", shah, "1501", "1524-05-23")
parent(ismail1, haydar, halima)
safavid.i("P112", ismail1)
selim1 = person("سليم الأول", "Selim I", MALE, "1470-10-10", "1520-09-22", ("السلطان سليم الأول", "ياووز سليم"), ("Selim the Grim",), ("سلطان عثماني", "Ottoman sultan"))
selim1.i("P39", sultan, "1512-04-24", "1520-09-22")
tajlu = person("تاجلو خانم", "Tajlu Khanum", FEMALE, None, "1540", ("تاجلي بيكم",), ("Tajli Begum",), ("زوجة الشاه إسماعيل الأول", "wife of Ismail I"))
marry(ismail1, tajlu)
tahmasp = person("طهماسب الأول", "Tahmasp I", MALE, "1514-02-22", "1576-05-14", ("الشاه طهماسب", "طهماسب"), ("Shah Tahmasp I",), ("شاه صفوي", "Safavid shah"), None, qazvin)
tahmasp.i("P39", shah, "1524-05-23", "1576-05-14")
parent(tahmasp, ismail1, tajlu)
alqas = person("القاص ميرزا", "Alqas Mirza", MALE, "1516", "1550", (), (), ("أمير صفوي", "Safavid prince"))
parent(alqas, ismail1)
siblings(tahmasp, alqas)
ismail2 = person("إسماعيل الثاني", "Ismail II", MALE, "1537-05-31", "1577-11-24", ("الشاه إسماعيل الثاني",), (), ("شاه صفوي", "Safavid shah"), None, qazvin)
ismail2.i("P39", shah, "1576-08-22", "1577-11-24")
khodabanda = person("محمد خدابنده", "Mohammad Khodabanda", MALE, "1532", "1595", ("الشاه محمد خدابنده", "محمد الأول"), (), ("شاه صفوي", "Safavid shah"))
khodabanda.i("P39", shah, "1578-02-11", "1587-10-01")
for c in (ismail2, khodabanda):
    parent(c, tahmasp)
siblings(ismail2, khodabanda)
khayr = person("خير النساء بيكم", "Khayr al-Nisa Begum", FEMALE, None, "1579-07-26", ("مهد عليا",), ("Mahd-i Ulya",), ("زوجة محمد خدابنده", "wife of Mohammad Khodabanda"), None, qazvin)
marry(khodabanda, khayr)
abbas = person("عباس الأول", "Abbas I of Persia", MALE, "1571-01-27", "1629-01-19", ("الشاه عباس الأول", "الشاه عباس", "عباس الكبير"), ("Shah Abbas the Great",), ("شاه صفوي", "Safavid shah"), herat)
abbas.i("P39", shah, "1588-10-01", "1629-01-19")
hamza = person("حمزة ميرزا", "Hamza Mirza", MALE, "1566", "1586-12-06", (), (), ("أمير صفوي", "Safavid prince"))
for c in (abbas, hamza):
    parent(c, khodabanda, khayr)
siblings(abbas, hamza)
baqer = person("محمد باقر ميرزا", "Mohammad Baqer Mirza", MALE, "1587", "1615-02", ("صفي ميرزا",), ("Safi Mirza",), ("ولي عهد صفوي", "Safavid crown prince"))
parent(baqer, abbas)
safi = person("الشاه صفي", "Safi of Persia", MALE, "1611", "1642-05-12", ("صفي الأول", "سام ميرزا"), ("Shah Safi",), ("شاه صفوي", "Safavid shah"))
safi.i("P39", shah, "1629-01-28", "1642-05-12")
parent(safi, baqer)
nader = person("نادر شاه", "Nader Shah", MALE, "1688-08-06", "1747-06-20", ("نادر شاه أفشار",), (), ("شاه إيران", "Shah of Iran"))
nader.i("P39", shah, "1736-03-08", "1747-06-20")

# ---------------------------------------------------------------- Sayed Darwish
institute = ent("المعهد الديني", "Religious Institute of Alexandria", ("المعهد الديني بالإسكندرية", "معهد الإسكندرية الديني"), (), SCHOOL).i("P131", alexandria)
darwish = person("سيد درويش", "Sayed Darwish", MALE, None, None, ("سيد درويش البحر", "الشيخ سيد درويش"), ("Sayed Darwish al-Bahr",), ("ملحن ومغن مصري", "Egyptian composer and singer"))
darwish.d("P569", "1892-03-17")
darwish.time("P569", "1893", None, GREG, "deprecated", [item_snak("P2241", INCORRECT_VALUE)])
darwish.i("P19", kom_dikka).d("P570", "1923-09-15").i("P20", alexandria).i("P69", institute, "1905")
atallah = person("أمين عطا الله", "Amin Atallah", MALE, None, None, (), (), ("صاحب فرقة مسرحية", "theatre troupe leader"))
rihani = person("نجيب الريحاني", "Naguib al-Rihani", MALE, "1889-01-21", "1949-06-08", (), (), ("ممثل مصري", "Egyptian actor"), cairo, cairo)
kassar = person("علي الكسار", "Ali al-Kassar", MALE, "1887-07-13", "1957-01-15", (), (), ("ممثل مصري", "Egyptian actor"), cairo, cairo)
mahdiyya = person("منيرة المهدية", "Mounira El Mahdeya", FEMALE, "1885", "1965-03-11", (), (), ("مطربة مصرية", "Egyptian singer"))
iman = person("إيمان البحر درويش", "Iman al-Bahr Darwish", MALE, "1955", None, (), (), ("مطرب مصري، حفيد سيد درويش", "Egyptian singer, grandson of Sayed Darwish"))
iman.i("P1038", darwish)

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "heldout6.json")
    write_dump(out, L)
    print(f"{len(L)} entities, {sum(len(s) for e in L for s in e.claims.values())} statements -> {os.path.normpath(out)}")
