"""Writes data/kb/heldout7.json: the knowledge base of the seventh held-out verification set in
data/kb/heldout7/ (Ivan Turgenev, Omar Sharif, Nur al-Din Zengi, Niels Bohr, Emir Abd al-Qadir, the family of
Mahmud II, the Kingdom of Iraq, Ivan Aivazovsky), in Wikidata's full-dump shape, written by hand from public
facts (standard reference works) by a helper that did not read the linker or the verifier. Every item has a
local id from Q90010001 up (range Q90010001-Q90010599); only class items (Q5 human, Q515 city, ...), the sex
values, Q41755623 (reason for deprecated rank: incorrect value) and Q36578 (the "stated in" of every
reference) keep Wikidata's ids. Dates before 1582 carry the Julian calendar model, later ones the Gregorian
(Russian dates are given in the Gregorian calendar, as Wikidata does).
Run: python3 tools/kb/make_heldout7_kb.py"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import Entity, item_snak, time_snak, write_dump, JUL, GREG  # noqa: E402

HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, HIST_COUNTRY, REGION = "Q515", "Q532", "Q6256", "Q3024240", "Q82794"
UNIVERSITY, SCHOOL, ORGANIZATION, ACADEMY = "Q3918", "Q3914", "Q43229", "Q414147"
POSITION, AWARD, PALACE, MINISTRY, INSTITUTE = "Q4164871", "Q618779", "Q16560", "Q192350", "Q1664720"
INCORRECT_VALUE = "Q41755623"
FIRST = 90010000
LAST = 90010599

L = []
n = [FIRST]


def cal(when):
    return JUL if int(when.lstrip("-").split("-")[0]) < 1582 else GREG


def q_time(prop, when):
    return time_snak(prop, when, None, cal(when))


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
        return self.time(prop, when, None, cal(when), rank, qualifiers)

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
        ordered = {"type": e["type"], "id": e["id"], "pageid": num - 90000000 + 1000000, "ns": 0, "title": self.qid,
                   "lastrevid": 2500000000 + num - FIRST, "modified": "2026-12-02T09:15:00Z"}
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


def person(ar, en, sex, ar_al=(), en_al=(), born=None, died=None, bplace=None, dplace=None, desc=None):
    e = ent(ar, en, ar_al, en_al, HUMAN, desc)
    e.item("P21", sex)
    if born:
        e.d("P569", born)
    if bplace:
        e.i("P19", bplace)
    if died:
        e.d("P570", died)
    if dplace:
        e.i("P20", dplace)
    return e


def place(ar, en, cls, within=None, ar_al=(), en_al=()):
    e = ent(ar, en, ar_al, en_al, cls)
    if within:
        e.i("P131" if cls in (CITY, VILLAGE, PALACE) else "P17", within)
    return e


def kin(parent, child):
    child.i("P22" if parent.claims["P21"][0]["mainsnak"]["datavalue"]["value"]["id"] == MALE else "P25", parent)
    parent.i("P40", child)


def siblings(*people):
    for a in people:
        for b in people:
            if a is not b:
                a.i("P3373", b)


def married(a, b, start=None, end=None):
    a.i("P26", b, start=start, end=end)
    b.i("P26", a, start=start, end=end)


# ---------------------------------------------------------------- places shared
russia = place("روسيا", "Russia", COUNTRY, None, ["الإمبراطورية الروسية"], ["Russian Empire"])
france = place("فرنسا", "France", COUNTRY)
egypt = place("مصر", "Egypt", COUNTRY)
syria = place("سوريا", "Syria", COUNTRY, None, ["الشام", "بلاد الشام"])
denmark = place("الدنمارك", "Denmark", COUNTRY)
uk = place("المملكة المتحدة", "United Kingdom", COUNTRY, None, ["بريطانيا", "إنجلترا"], ["England"])
algeria = place("الجزائر", "Algeria", COUNTRY)
ottoman = place("الدولة العثمانية", "Ottoman Empire", HIST_COUNTRY, None, ["السلطنة العثمانية"])
turkey = place("تركيا", "Turkey", COUNTRY)
iraq_c = place("العراق", "Iraq", COUNTRY)
saudi = place("السعودية", "Saudi Arabia", COUNTRY, None, ["الحجاز"], ["Hejaz"])
switz = place("سويسرا", "Switzerland", COUNTRY)
germany = place("ألمانيا", "Germany", COUNTRY, None, ["بروسيا"], ["Prussia"])
crimea = place("القرم", "Crimea", REGION, russia, ["شبه جزيرة القرم"])

moscow = place("موسكو", "Moscow", CITY, russia)
spb = place("سانت بطرسبرغ", "Saint Petersburg", CITY, russia, ["بطرسبرغ", "بطرسبورغ", "سان بطرسبرغ"], ["St Petersburg"])
oryol = place("أوريول", "Oryol", CITY, russia, ["أوريل", "أوريول"], ["Orel"])
paris = place("باريس", "Paris", CITY, france)
idf = place("إيل دو فرانس", "Île-de-France", REGION, france, ["منطقة باريس"], ["Paris region"])
yvelines = place("إيفلين", "Yvelines", REGION, france)
yvelines.i("P131", idf)
paris.i("P131", idf)
bougival = place("بوجيفال", "Bougival", VILLAGE, yvelines)
cairo = place("القاهرة", "Cairo", CITY, egypt)
alexandria = place("الإسكندرية", "Alexandria", CITY, egypt)
mansoura = place("المنصورة", "Mansoura", CITY, egypt)
tanta = place("طنطا", "Tanta", CITY, egypt)
damascus = place("دمشق", "Damascus", CITY, syria)
aleppo = place("حلب", "Aleppo", CITY, syria)
mosul = place("الموصل", "Mosul", CITY, iraq_c)
jabar = place("قلعة جعبر", "Qal'at Ja'bar", PALACE, syria, ["جعبر"])
copenhagen = place("كوبنهاغن", "Copenhagen", CITY, denmark, ["كوبنهاجن"])
odense = place("أودنسه", "Odense", CITY, denmark, ["أودنس"])
manchester = place("مانشستر", "Manchester", CITY, uk)
mascara = place("معسكر", "Mascara", CITY, algeria, ["مدينة معسكر"])
guetna = place("القيطنة", "El Guetna", VILLAGE, mascara, ["قيطنة", "القيطنة قرب معسكر"])
bursa = place("بورصة", "Bursa", CITY, turkey, ["بروسة"])
amboise_town = place("أمبواز", "Amboise", CITY, france)
amboise = place("قصر أمبواز", "Château d'Amboise", PALACE, amboise_town)
istanbul = place("إسطنبول", "Istanbul", CITY, turkey, ["القسطنطينية", "الآستانة"], ["Constantinople"])
topkapi = place("قصر طوب قابي", "Topkapı Palace", PALACE, istanbul, ["طوب قابي", "سراي طوب قابي"])
baghdad = place("بغداد", "Baghdad", CITY, iraq_c)
mecca = place("مكة", "Mecca", CITY, saudi, ["مكة المكرمة"])
taif = place("الطائف", "Taif", CITY, saudi)
bern = place("برن", "Bern", CITY, switz, ["بيرن"])
geneva = place("جنيف", "Geneva", CITY, switz)
jerusalem = place("القدس", "Jerusalem", CITY, None, ["بيت المقدس"])
amman = place("عمّان", "Amman", CITY, None, ["عمان"])
rihab = place("قصر الرحاب", "Qasr al-Rihab", PALACE, baghdad)
feodosia = place("فيودوسيا", "Feodosia", CITY, crimea, ["ثيودوسيا", "كافا"], ["Theodosia"])
oxford_town = place("أكسفورد", "Oxford", CITY, uk)
berlin = place("برلين", "Berlin", CITY, germany)

# ---------------------------------------------------------------- organizations, awards, positions
msu = ent("جامعة موسكو", "Moscow University", ["جامعة موسكو الحكومية"], ["Imperial Moscow University"], UNIVERSITY)
msu.i("P131", moscow)
spbu = ent("جامعة سانت بطرسبرغ", "Saint Petersburg University", ["جامعة بطرسبرغ"], ["Imperial Saint Petersburg University"], UNIVERSITY)
spbu.i("P131", spb)
berlin_u = ent("جامعة برلين", "University of Berlin", ["جامعة فريدريش فيلهلم", "جامعة هومبولت"], ["Humboldt University of Berlin"], UNIVERSITY)
berlin_u.i("P131", berlin)
interior = ent("وزارة الداخلية", "Ministry of Internal Affairs of the Russian Empire", ["وزارة الداخلية الروسية"], [], MINISTRY)
interior.i("P17", russia)
spb_academy = ent("أكاديمية سانت بطرسبرغ للعلوم", "Saint Petersburg Academy of Sciences",
                  ["الأكاديمية الإمبراطورية للعلوم", "أكاديمية العلوم الروسية"], ["Imperial Academy of Sciences"], ACADEMY)
spb_academy.i("P131", spb)
oxford = ent("جامعة أكسفورد", "University of Oxford", ["أكسفورد"], [], UNIVERSITY)
oxford.i("P131", oxford_town)
victoria = ent("كلية فيكتوريا", "Victoria College, Alexandria", ["كلية فكتوريا"], [], SCHOOL)
victoria.i("P131", alexandria)
cairo_u = ent("جامعة القاهرة", "Cairo University", ["جامعة فؤاد الأول", "الجامعة المصرية"], [], UNIVERSITY)
cairo_u.i("P131", cairo)
golden_globe = ent("جائزة غولدن غلوب لأفضل ممثل مساعد", "Golden Globe Award for Best Supporting Actor – Motion Picture",
                   ["غولدن غلوب", "جائزة غولدن غلوب", "الكرة الذهبية"], ["Golden Globe"], AWARD)
cesar = ent("جائزة سيزار لأفضل ممثل", "César Award for Best Actor", ["سيزار", "جائزة سيزار", "جائزة سيزار الفرنسية"], ["César"], AWARD)
copenhagen_u = ent("جامعة كوبنهاغن", "University of Copenhagen", ["جامعة كوبنهاجن"], [], UNIVERSITY)
copenhagen_u.i("P131", copenhagen)
manchester_u = ent("جامعة مانشستر", "Victoria University of Manchester", ["جامعة فيكتوريا في مانشستر"], ["University of Manchester"], UNIVERSITY)
manchester_u.i("P131", manchester)
nbi = ent("معهد الفيزياء النظرية", "Institute for Theoretical Physics, Copenhagen", ["معهد نيلز بور"], ["Niels Bohr Institute"], INSTITUTE)
nbi.i("P131", copenhagen).d("P571", "1921-03-03")
nobel_phys = ent("جائزة نوبل في الفيزياء", "Nobel Prize in Physics", ["نوبل في الفيزياء", "جائزة نوبل"], [], AWARD)
legion = ent("وسام جوقة الشرف", "Legion of Honour", ["جوقة الشرف", "وسام اللجيون دونور", "الصليب الأكبر من وسام جوقة الشرف"],
             ["Légion d'honneur"], AWARD)
arts_academy = ent("أكاديمية الفنون الإمبراطورية", "Imperial Academy of Arts", ["أكاديمية الفنون في سانت بطرسبرغ", "أكاديمية الفنون"], [], ACADEMY)
arts_academy.i("P131", spb)
league_nations = ent("عصبة الأمم", "League of Nations", [], [], ORGANIZATION)
league_nations.d("P571", "1920-01-10").d("P576", "1946-04-20")
arab_league = ent("جامعة الدول العربية", "Arab League", ["الجامعة العربية"], [], ORGANIZATION)
arab_league.d("P571", "1945-03-22").i("P159", cairo)

emir_aleppo = ent("صاحب حلب", "Ruler of Aleppo", ["أمير حلب", "ملك حلب"], ["Emir of Aleppo"], POSITION)
ruler_damascus = ent("صاحب دمشق", "Ruler of Damascus", ["أمير دمشق", "ملك دمشق"], ["Emir of Damascus"], POSITION)
ruler_mosul = ent("صاحب الموصل", "Ruler of Mosul", ["أتابك الموصل", "أمير الموصل"], ["Atabeg of Mosul"], POSITION)
emir_algeria = ent("أمير المقاومة الجزائرية", "Emir of the Algerian resistance", ["أمير الجزائر", "أمير المؤمنين في الجزائر", "أمير"], ["Emir"], POSITION)
sultan = ent("سلطان الدولة العثمانية", "Sultan of the Ottoman Empire", ["السلطان العثماني", "سلطان"], ["Ottoman Sultan"], POSITION)
king_iraq = ent("ملك العراق", "King of Iraq", ["ملك المملكة العراقية", "ملك"], [], POSITION)
regent_iraq = ent("الوصي على عرش العراق", "Regent of Iraq", ["الوصي", "وصي العرش"], [], POSITION)
emir_transjordan = ent("أمير شرق الأردن", "Emir of Transjordan", ["ملك الأردن"], ["King of Jordan"], POSITION)
sharif_mecca = ent("شريف مكة", "Sharif of Mecca", ["أمير مكة"], [], POSITION)

# ---------------------------------------------------------------- Turgenev
turgenev = person("إيفان تورغينيف", "Ivan Turgenev", MALE, ["إيفان سيرغييفيتش تورغينيف", "تورغينيف", "تورجنيف", "إيفان تورجنيف"],
                  ["Ivan Sergeyevich Turgenev"], "1818-11-09", "1883-09-03", oryol, bougival, ("روائي روسي", "Russian novelist"))
sergei_t = person("سيرغي نيكولاييفيتش تورغينيف", "Sergei Nikolayevich Turgenev", MALE, ["سيرغي تورغينيف"], [], "1793", "1834")
varvara = person("فارفارا بتروفنا لوتوفينوفا", "Varvara Petrovna Lutovinova", FEMALE, ["فارفارا تورغينيفا", "فارفارا لوتوفينوفا"],
                 ["Varvara Petrovna Turgeneva"], "1787", "1850-11", None, moscow)
married(sergei_t, varvara, "1816", "1834")
nikolai_t = person("نيكولاي سيرغييفيتش تورغينيف", "Nikolai Sergeyevich Turgenev", MALE, ["نيكولاي تورغينيف", "نيكولاي"], [], "1816", "1879")
kin(sergei_t, turgenev), kin(varvara, turgenev), kin(sergei_t, nikolai_t), kin(varvara, nikolai_t)
siblings(turgenev, nikolai_t)
pelageya = person("بيلاغيا تورغينيفا", "Pelageya Turgeneva", FEMALE, ["بيلاغيا", "بولينيت", "بولينا تورغينيفا"], ["Paulinette Turgeneva"], "1842-04-26")
kin(turgenev, pelageya)
viardot = person("بولين فياردو", "Pauline Viardot", FEMALE, ["بولين فياردو غارسيا", "فياردو"], ["Pauline Viardot-García"], "1821-07-18", "1910-05-18", paris, paris)
decembrist = person("نيكولاي إيفانوفيتش تورغينيف", "Nikolai Ivanovich Turgenev", MALE, ["نيكولاي تورغينيف"], ["Nikolay Turgenev"], "1789", "1871",
                    None, None, ("ديسمبري روسي", "Russian Decembrist"))
turgenev.i("P1038", decembrist)
decembrist.i("P1038", turgenev)
turgenev.i("P69", msu, "1833", "1834").i("P69", spbu, "1834", "1837").i("P69", berlin_u, "1838", "1841")
turgenev.i("P108", interior, "1843", "1845")
turgenev.i("P463", spb_academy, "1860")
turgenev.i("P166", ent("دكتوراه فخرية من جامعة أكسفورد", "Honorary Doctor of Civil Law, University of Oxford", ["الدكتوراه الفخرية"], [], AWARD), at="1879")
turgenev.i("P119", ent("مقبرة فولكوفو", "Volkovo Cemetery", ["فولكوفو"], [], "Q39614").i("P131", spb))

# ---------------------------------------------------------------- Omar Sharif
sharif = person("عمر الشريف", "Omar Sharif", MALE, ["ميشيل ديمتري شلهوب", "ميشيل شلهوب"], ["Michel Dimitri Chalhoub"],
                "1932-04-10", "2015-07-10", alexandria, cairo, ("ممثل مصري", "Egyptian actor"))
youssef_ch = person("يوسف شلهوب", "Joseph Chalhoub", MALE, ["جوزيف شلهوب"], [])
claire = person("كلير سعادة", "Claire Saada", FEMALE, [], [])
kin(youssef_ch, sharif), kin(claire, sharif)
married(youssef_ch, claire)
faten = person("فاتن حمامة", "Faten Hamama", FEMALE, ["سيدة الشاشة العربية"], [], "1931-05-27", "2015-01-17", mansoura, cairo)
married(sharif, faten, "1955", "1974")
tarek = person("طارق الشريف", "Tarek El-Sharif", MALE, ["طارق", "طارق عمر الشريف"], [], "1957")
kin(sharif, tarek), kin(faten, tarek)
omar_jr = person("عمر الشريف الابن", "Omar Sharif Jr.", MALE, ["عمر الشريف الحفيد"], [])
kin(tarek, omar_jr)
sharif.i("P69", victoria).i("P69", cairo_u)
sharif.i("P166", golden_globe, at="1963").i("P166", cesar, at="2004")

# ---------------------------------------------------------------- Nur al-Din Zengi (Julian KB dates)
nur = person("نور الدين زنكي", "Nur al-Din Zengi", MALE, ["نور الدين محمود", "نور الدين محمود بن زنكي", "الملك العادل نور الدين", "نور الدين"],
             ["Nur ad-Din", "Nur al-Din Mahmud Zangi"], None, "1174-05-15", None, damascus, ("سلطان الشام", "ruler of Syria"))
nur.time("P569", "1118-02", 10, JUL)
zengi = person("عماد الدين زنكي", "Imad al-Din Zengi", MALE, ["زنكي", "عماد الدين زنكي بن آق سنقر"], ["Zengi"], None, "1146-09-14", None, jabar)
yaranqash = person("يرنقش", "Yaranqash", MALE, ["يرنقش الخادم"], [])
zengi.i("P157", yaranqash)
ghazi1 = person("سيف الدين غازي", "Sayf al-Din Ghazi I", MALE, ["سيف الدين غازي الأول", "غازي بن زنكي"], [], None, "1149-11", None, mosul)
mawdud = person("قطب الدين مودود", "Qutb al-Din Mawdud", MALE, ["مودود بن زنكي", "مودود"], [], None, "1170-09", None, mosul)
ghazi2 = person("سيف الدين غازي الثاني", "Sayf al-Din Ghazi II", MALE, ["غازي بن مودود"], [], None, "1180-06", None, mosul)
for c in (nur, ghazi1, mawdud):
    kin(zengi, c)
siblings(nur, ghazi1, mawdud)
kin(mawdud, ghazi2)
ismat = person("عصمة الدين خاتون", "Ismat al-Din Khatun", FEMALE, ["عصمة الدين"], [], None, "1186", None, damascus)
unur = person("معين الدين أنر", "Mu'in al-Din Unur", MALE, ["أنر", "معين الدين أنر صاحب دمشق"], ["Unur"], None, "1149-08", None, damascus)
kin(unur, ismat)
married(nur, ismat, "1147", "1174")
shirkuh = person("أسد الدين شيركوه", "Shirkuh", MALE, ["شيركوه", "أسد الدين"], [], None, "1169-03-23", None, cairo)
saladin = person("صلاح الدين الأيوبي", "Saladin", MALE, ["صلاح الدين يوسف", "صلاح الدين يوسف بن أيوب", "صلاح الدين"], ["Saladin"],
                 "1137", "1193-03-04", None, damascus)
saladin.i("P1038", shirkuh)
married(saladin, ismat, "1176", "1186")
salih = person("الملك الصالح إسماعيل", "As-Salih Ismail al-Malik", MALE, ["الصالح إسماعيل", "الصالح إسماعيل بن نور الدين"], [], "1163", "1181", None, aleppo)
kin(nur, salih), kin(ismat, salih)
nur.i("P39", emir_aleppo, "1146", "1174").i("P39", ruler_damascus, "1154", "1174")
ghazi1.i("P39", ruler_mosul, "1146", "1149")
mawdud.i("P39", ruler_mosul, "1149", "1170")
ghazi2.i("P39", ruler_mosul, "1170", "1180")
salih.i("P39", emir_aleppo, "1174", "1181")

# ---------------------------------------------------------------- Niels Bohr
bohr = person("نيلز بور", "Niels Bohr", MALE, ["نيلز هنريك ديفيد بور", "بور"], ["Niels Henrik David Bohr"],
              "1885-10-07", "1962-11-18", copenhagen, copenhagen, ("فيزيائي دنماركي", "Danish physicist"))
christian = person("كريستيان بور", "Christian Bohr", MALE, [], [], "1855-02-14", "1911-02-03", copenhagen, copenhagen)
ellen = person("إلين أدلر", "Ellen Adler Bohr", FEMALE, ["إلين أدلر بور"], [], "1860-12-09", "1930", copenhagen, copenhagen)
married(christian, ellen, "1881")
harald = person("هارالد بور", "Harald Bohr", MALE, [], [], "1887-04-22", "1951-01-22", copenhagen, copenhagen)
for c in (bohr, harald):
    kin(christian, c), kin(ellen, c)
siblings(bohr, harald)
margrethe = person("مارغريت نورلوند", "Margrethe Nørlund", FEMALE, ["مارغريت بور"], ["Margrethe Bohr"], "1890-03-07", "1984-12-20")
married(bohr, margrethe, "1912-08-01", "1962-11-18")
aage = person("آغه بور", "Aage Bohr", MALE, ["آغه نيلز بور"], [], "1922-06-19", "2009-09-08", copenhagen, copenhagen)
kin(bohr, aage), kin(margrethe, aage)
aage.i("P166", nobel_phys, at="1975")
rutherford = person("إرنست رذرفورد", "Ernest Rutherford", MALE, ["رذرفورد", "رثرفورد"], [], "1871-08-30", "1937-10-19")
rutherford.i("P108", manchester_u, "1907", "1919")
bohr.i("P69", copenhagen_u, "1903", "1911")
bohr.i("P108", manchester_u, "1914", "1916").i("P108", copenhagen_u, "1916", "1962")
bohr.i("P166", nobel_phys, at="1922")
nbi.i("P112", bohr)

# ---------------------------------------------------------------- Abd al-Qadir (birth year held twice)
abdelkader = person("عبد القادر الجزائري", "Emir Abdelkader", MALE, ["الأمير عبد القادر", "الأمير عبد القادر الجزائري", "عبد القادر بن محيي الدين"],
                    ["Abd al-Qadir al-Jaza'iri", "Abdelkader ibn Muhieddine"], "1808-09-06", "1883-05-26", guetna, damascus,
                    ("قائد المقاومة الجزائرية", "Algerian resistance leader"))
abdelkader.d("P569", "1807")
muhyi = person("محيي الدين الحسني", "Muhyi al-Din al-Hasani", MALE, ["محيي الدين", "الشيخ محيي الدين"], [], None, "1833")
kin(muhyi, abdelkader)
hashimi = person("الهاشمي بن عبد القادر", "Al-Hashimi ibn Abd al-Qadir", MALE, ["محمد الهاشمي"], [])
kin(abdelkader, hashimi)
khaled = person("الأمير خالد", "Emir Khaled", MALE, ["خالد الهاشمي", "الأمير خالد الجزائري"], ["Khaled el-Hachemi"], "1875-02-20", "1936-01-09", damascus, damascus)
kin(hashimi, khaled)
napoleon3 = person("نابليون الثالث", "Napoleon III", MALE, ["لويس نابليون"], ["Louis-Napoléon Bonaparte"], "1808-04-20", "1873-01-09", paris)
abdelkader.i("P39", emir_algeria, "1832-11", "1847-12-23")
abdelkader.i("P166", legion, at="1860")
abdelkader.i("P551", amboise, "1848", "1852").i("P551", bursa, "1852", "1855").i("P551", damascus, "1855", "1883")

# ---------------------------------------------------------------- Mahmud II's family
mahmud = person("محمود الثاني", "Mahmud II", MALE, ["السلطان محمود الثاني", "محمود"], [], "1785-07-20", "1839-07-01", topkapi, istanbul,
                ("سلطان عثماني", "Ottoman sultan"))
ah1 = person("عبد الحميد الأول", "Abdul Hamid I", MALE, ["السلطان عبد الحميد الأول"], [], "1725-03-20", "1789-04-07", istanbul, istanbul)
naksidil = person("نقش دل سلطان", "Nakşidil Sultan", FEMALE, ["نقشديل", "نقش دل"], [], None, "1817-08-22", None, istanbul)
mustafa3 = person("مصطفى الثالث", "Mustafa III", MALE, ["السلطان مصطفى الثالث"], [], "1717-01-28", "1774-01-21", istanbul, istanbul)
ahmed3 = person("أحمد الثالث", "Ahmed III", MALE, ["السلطان أحمد الثالث"], [], "1673-12-30", "1736-07-01")
selim3 = person("سليم الثالث", "Selim III", MALE, ["السلطان سليم الثالث"], [], "1761-12-24", "1808-07-28", istanbul, topkapi)
mustafa4 = person("مصطفى الرابع", "Mustafa IV", MALE, ["السلطان مصطفى الرابع"], [], "1779-09-08", "1808-11-16", istanbul, topkapi)
selim3.i("P157", mustafa4)
kin(ahmed3, mustafa3), kin(ahmed3, ah1)
siblings(mustafa3, ah1)
kin(mustafa3, selim3)
kin(ah1, mahmud), kin(naksidil, mahmud), kin(ah1, mustafa4)
siblings(mahmud, mustafa4)
married(ah1, naksidil)
bezmialem = person("بزم عالم سلطان", "Bezmiâlem Sultan", FEMALE, ["بزم عالم"], [], None, "1853-05-02", None, istanbul)
pertevniyal = person("برتو نيال سلطان", "Pertevniyal Sultan", FEMALE, ["برتونيال", "برتو نيال"], [], None, "1883-02-05", None, istanbul)
married(mahmud, bezmialem), married(mahmud, pertevniyal)
abdulmejid = person("عبد المجيد الأول", "Abdulmejid I", MALE, ["السلطان عبد المجيد", "عبد المجيد"], [], "1823-04-25", "1861-06-25", istanbul, istanbul)
abdulaziz = person("عبد العزيز", "Abdulaziz", MALE, ["السلطان عبد العزيز", "عبد العزيز الأول"], [], "1830-02-08", "1876-06-04", istanbul, istanbul)
kin(mahmud, abdulmejid), kin(bezmialem, abdulmejid), kin(mahmud, abdulaziz), kin(pertevniyal, abdulaziz)
siblings(abdulmejid, abdulaziz)
mustafa3.i("P39", sultan, "1757-10-30", "1774-01-21")
ah1.i("P39", sultan, "1774-01-21", "1789-04-07")
selim3.i("P39", sultan, "1789-04-07", "1807-05-29")
mustafa4.i("P39", sultan, "1807-05-29", "1808-07-28")
mahmud.i("P39", sultan, "1808-07-28", "1839-07-01")
abdulmejid.i("P39", sultan, "1839-07-01", "1861-06-25")
abdulaziz.i("P39", sultan, "1861-06-25", "1876-05-30")
janissaries = ent("الإنكشارية", "Janissaries", ["الجيش الإنكشاري"], [], ORGANIZATION)
janissaries.d("P576", "1826-06")

# ---------------------------------------------------------------- the Kingdom of Iraq
kingdom = ent("المملكة العراقية", "Kingdom of Iraq", ["المملكة العراقية الهاشمية", "العراق الملكي", "المملكة"], ["Hashemite Kingdom of Iraq"], HIST_COUNTRY)
kingdom.d("P571", "1921-08-23").d("P576", "1958-07-14").i("P36", baghdad)
kingdom.i("P463", league_nations, "1932-10-03").i("P463", arab_league, "1945-03-22")
republic = ent("الجمهورية العراقية", "Republic of Iraq", ["جمهورية العراق"], [], COUNTRY)
republic.d("P571", "1958-07-14")
kingdom.i("P1366", republic)
hussein = person("الحسين بن علي", "Hussein bin Ali", MALE, ["الشريف حسين", "الشريف الحسين بن علي"], ["Sharif Hussein"], "1854", "1931-06-04", istanbul, amman)
hussein.i("P39", sharif_mecca, "1908", "1924")
faisal1 = person("فيصل الأول", "Faisal I of Iraq", MALE, ["الملك فيصل الأول", "فيصل بن الحسين"], [], "1885-05-20", "1933-09-08", mecca, bern)
abdullah1 = person("عبد الله الأول", "Abdullah I of Jordan", MALE, ["الملك عبد الله الأول", "عبد الله بن الحسين"], [], "1882-02", "1951-07-20", mecca, jerusalem)
ali_hejaz = person("علي بن الحسين", "Ali of Hejaz", MALE, ["الملك علي"], [], "1879", "1935-02-13", mecca, baghdad)
for c in (faisal1, abdullah1, ali_hejaz):
    kin(hussein, c)
siblings(faisal1, abdullah1, ali_hejaz)
abdullah1.i("P39", emir_transjordan, "1921-04-11", "1951-07-20")
ghazi = person("غازي الأول", "Ghazi of Iraq", MALE, ["الملك غازي", "غازي بن فيصل", "غازي"], [], "1912-03-21", "1939-04-04", mecca, baghdad)
kin(faisal1, ghazi)
aliya = person("الملكة عالية", "Queen Aliya of Iraq", FEMALE, ["عالية بنت علي"], ["Aliya bint Ali"], None, "1950-12-21", None, baghdad)
abd_ilah = person("عبد الإله", "Abd al-Ilah", MALE, ["الأمير عبد الإله", "عبد الإله بن علي"], [], "1913-11-14", "1958-07-14", taif, baghdad)
kin(ali_hejaz, aliya), kin(ali_hejaz, abd_ilah)
siblings(aliya, abd_ilah)
married(ghazi, aliya, "1934", "1939-04-04")
faisal2 = person("فيصل الثاني", "Faisal II of Iraq", MALE, ["الملك فيصل الثاني"], [], "1935-05-02", "1958-07-14", baghdad, baghdad)
kin(ghazi, faisal2), kin(aliya, faisal2)
faisal1.i("P39", king_iraq, "1921-08-23", "1933-09-08")
ghazi.i("P39", king_iraq, "1933-09-08", "1939-04-04")
faisal2.i("P39", king_iraq, "1939-04-04", "1958-07-14")
abd_ilah.i("P39", regent_iraq, "1939-04-04", "1953-05-02")
for p in (faisal1, ghazi, faisal2):
    p.i("P27", kingdom)

# ---------------------------------------------------------------- Aivazovsky (one deprecated birth year)
aiv = person("إيفان أيفازوفسكي", "Ivan Aivazovsky", MALE, ["إيفان كونستانتينوفيتش أيفازوفسكي", "أيفازوفسكي", "هوفهانيس أيفازيان"],
             ["Hovhannes Aivazian"], "1817-07-29", "1900-05-02", feodosia, feodosia, ("رسام روسي", "Russian painter"))
aiv.time("P569", "1818", 9, GREG, "deprecated", [item_snak("P2241", INCORRECT_VALUE)])
konst = person("كونستانتين أيفازيان", "Konstantin Aivazian", MALE, ["غيفورغ أيفازيان"], ["Gevorg Aivazian"])
gabriel = person("غابرييل أيفازيان", "Gabriel Aivazian", MALE, ["غابرييل أيفازوفسكي", "غابرييل"], ["Gabriel Aivazovsky"], "1812", "1880")
kin(konst, aiv), kin(konst, gabriel)
siblings(aiv, gabriel)
julia = person("جوليا غريفز", "Julia Graves", FEMALE, ["يوليا غريفز"], ["Yulia Graves"])
anna = person("آنا بورنازيان", "Anna Burnazyan-Sarkisova", FEMALE, ["آنا سركيسوفا", "آنا بورنازيان سركيسوفا"], [], "1856", "1944")
married(aiv, julia, "1848", "1877")
married(aiv, anna, "1882", "1900-05-02")
aiv.i("P69", arts_academy, "1833", "1837").i("P463", arts_academy, "1844")
aiv.i("P166", legion, at="1857")
gallery = ent("معرض فيودوسيا للفنون", "Feodosia Aivazovsky National Art Gallery", ["معرض أيفازوفسكي"], [], "Q207694")
gallery.i("P131", feodosia).d("P571", "1880").i("P112", aiv)


def main():
    ids = [e.qid for e in L]
    assert len(ids) == len(set(ids))
    out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "heldout7.json")
    write_dump(out, L)
    print(f"wrote {len(L)} entities, {sum(len(s) for e in L for s in e.claims.values())} statements to data/kb/heldout7.json")


if __name__ == "__main__":
    main()
