"""Writes data/kb/dev8.json: the knowledge base of the round-8 development set for knowledge-base verification in
data/kb/dev8/ (Mikhail Lomonosov, Boutros Boutros-Ghali, the caliph Abd al-Rahman III al-Nasir of Córdoba, Sergei
Korolev, Muhammad Abduh, the family of Mehmed II, the Arab Federation of 1958, Pyotr Tchaikovsky), in Wikidata's
full-dump shape, written by hand from public facts (standard reference works, as remembered; no Wikidata content
copied, no network) by a helper session that did not read the linker or the verifier. Every item has a local id from
Q90009001 up (range Q90009001-Q90009599); only class and value items (Q5 human, Q515 city, the sex values, the
calendar models, Q41755623 "incorrect value", Q36578 the "stated in" of every reference) keep Wikidata's ids, and
those are not entities in the file. Dates before 1582 carry the Julian calendar model (Q1985786), later ones the
Gregorian (Q1985727); Russian dates are stored in the Gregorian calendar (New Style).
Run: python3 tools/kb/make_dev8_kb.py"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import Entity, item_snak, time_snak, write_dump, JUL, GREG  # noqa: E402

HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, HIST_COUNTRY, REGION = "Q515", "Q532", "Q6256", "Q3024240", "Q82794"
UNIVERSITY, SCHOOL, ORGANIZATION, ACADEMY = "Q3918", "Q3914", "Q43229", "Q414147"
POSITION, AWARD, BATTLE, PALACE, MAGAZINE, CONSERVATORY = "Q4164871", "Q618779", "Q178561", "Q16560", "Q41298", "Q184644"
INCORRECT_VALUE = "Q41755623"
FIRST, LAST = 90009000, 90009599
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev8.json")

L = []
n = [FIRST]


def cal(when):
    return JUL if int(when.lstrip("-").split("-")[0]) < 1582 else GREG


class Item(Entity):
    def _add(self, prop, snak, rank="normal", qualifiers=None, refs=1):
        super()._add(prop, snak, rank, qualifiers, refs)
        st = self.claims[prop][-1]
        h = hashlib.sha1((self.qid + prop + str(len(self.claims[prop])) + json.dumps([snak, qualifiers, rank], sort_keys=True)).encode()).hexdigest().upper()
        st["id"] = f"{self.qid}${h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        return self

    def d(self, prop, when, rank="normal", reason=None):
        """A time statement; the calendar model follows the year (Julian before 1582)."""
        qs = [item_snak("P2241", reason)] if reason else None
        return self.time(prop, when, None, cal(when), rank, qs)

    def i(self, prop, target, start=None, end=None, at=None, rank="normal"):
        qs = []
        if start:
            qs.append(time_snak("P580", start, None, cal(start)))
        if end:
            qs.append(time_snak("P582", end, None, cal(end)))
        if at:
            qs.append(time_snak("P585", at, None, cal(at)))
        return self.item(prop, target.qid if isinstance(target, Item) else target, rank, qs or None)

    def json(self):
        e = json.loads(super().json())
        for st in (s for sts in e["claims"].values() for s in sts):
            for qs in st.get("qualifiers", {}).values():
                for q in qs:
                    q["hash"] = hashlib.sha1(json.dumps(q, sort_keys=True).encode()).hexdigest()
        num = int(self.qid[1:])
        ordered = {"type": e["type"], "id": e["id"], "pageid": num - 90000000 + 900000, "ns": 0, "title": self.qid,
                   "lastrevid": 2500000000 + num - FIRST, "modified": "2026-12-06T07:00:00Z"}
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


def person(ar, en, sex, ar_al=(), en_al=(), born=None, died=None, birthplace=None, deathplace=None, desc=None):
    e = ent(ar, en, ar_al, en_al, HUMAN, desc)
    e.item("P21", sex)
    if born:
        e.d("P569", born)
    if died:
        e.d("P570", died)
    if birthplace:
        e.i("P19", birthplace)
    if deathplace:
        e.i("P20", deathplace)
    return e


def place(ar, en, cls, ar_al=(), en_al=(), inside=None, country=None):
    e = ent(ar, en, ar_al, en_al, cls)
    if inside:
        e.i("P131", inside)
    if country:
        e.i("P17", country)
    return e


def org(ar, en, cls, ar_al=(), en_al=(), founded=None, dissolved=None, located=None):
    e = ent(ar, en, ar_al, en_al, cls)
    if founded:
        e.d("P571", founded)
    if dissolved:
        e.d("P576", dissolved)
    if located:
        e.i("P131", located)
    return e


def parents(child, father=None, mother=None):
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


def married(a, b, start=None, end=None):
    a.i("P26", b, start, end)
    b.i("P26", a, start, end)


# ---- places and countries shared by several texts
russia = place("روسيا", "Russia", COUNTRY, ["الإمبراطورية الروسية"], ["Russian Empire"])
egypt = place("مصر", "Egypt", COUNTRY, ["جمهورية مصر العربية"], [])
spb = place("سانت بطرسبرغ", "Saint Petersburg", CITY, ["بطرسبرغ", "بطرسبورغ", "سان بطرسبورغ", "لينينغراد"], ["St Petersburg", "Petersburg"], country=russia)
moscow = place("موسكو", "Moscow", CITY, ["مسكو"], [], country=russia)
cairo = place("القاهرة", "Cairo", CITY, [], [], country=egypt)
alexandria = place("الإسكندرية", "Alexandria", CITY, ["اسكندرية"], [], country=egypt)
paris = place("باريس", "Paris", CITY, [], [])
istanbul = place("إسطنبول", "Istanbul", CITY, ["القسطنطينية", "الآستانة", "اسطنبول"], ["Constantinople"])

# ---- 1. Lomonosov
kholmogory = place("خولموغوري", "Kholmogory", VILLAGE, ["خولموغوريه"], [], country=russia)
mishan = place("ميشانينسكايا", "Mishaninskaya", VILLAGE, ["ميشانينسكايا (خولموغوري)", "دينيسوفكا"], ["Denisovka"], inside=kholmogory)
marburg = place("ماربورغ", "Marburg", CITY, ["ماربورج"], [])
lomonosov = person("ميخائيل لومونوسوف", "Mikhail Lomonosov", MALE, ["ميخائيل فاسيليفيتش لومونوسوف", "لومونوسوف"], ["Mikhail Vasilyevich Lomonosov"],
                   "1711-11-19", "1765-04-15", mishan, spb, desc=("عالم وشاعر روسي", "Russian polymath"))
vasily = person("فاسيلي دوروفييفيتش لومونوسوف", "Vasily Dorofeyevich Lomonosov", MALE, ["فاسيلي لومونوسوف"], [], "1681", "1741", kholmogory)
elena_s = person("يلينا إيفانوفنا سيفكوفا", "Elena Ivanovna Sivkova", FEMALE, ["يلينا سيفكوفا"], [], None, "1720")
zilch = person("إليزابيث كريستينا تسيلخ", "Elisabeth Christine Zilch", FEMALE, ["إليزافيتا أندرييفنا لومونوسوفا", "إليزابيث تسيلخ"], ["Elisabeth Christine Lomonosova"], "1720", "1766", marburg)
elena_l = person("يلينا ميخائيلوفنا لومونوسوفا", "Elena Mikhailovna Lomonosova", FEMALE, ["يلينا لومونوسوفا", "يلينا"], [], "1749", "1772", spb)
parents(lomonosov, vasily, elena_s)
parents(elena_l, lomonosov, zilch)
married(lomonosov, zilch, "1740")
wolff = person("كريستيان فولف", "Christian Wolff", MALE, ["فولف"], [], "1679-01-24", "1754-04-09")
slavic = org("الأكاديمية السلافية اليونانية اللاتينية", "Slavic Greek Latin Academy", UNIVERSITY, ["الأكاديمية السلافية اليونانية اللاتينية في موسكو"], [], "1687", None, moscow)
marburg_u = org("جامعة ماربورغ", "University of Marburg", UNIVERSITY, ["جامعة فيليبس في ماربورغ"], ["Philipps University of Marburg"], "1527", None, marburg)
academy_spb = org("أكاديمية سانت بطرسبرغ للعلوم", "Saint Petersburg Academy of Sciences", ACADEMY, ["أكاديمية العلوم", "أكاديمية العلوم الروسية", "الأكاديمية الإمبراطورية للعلوم"], ["Imperial Academy of Sciences"], "1724", None, spb)
swedish = org("الأكاديمية الملكية السويدية للعلوم", "Royal Swedish Academy of Sciences", ACADEMY, [], [], "1739")
elizabeth = person("إليزافيتا بتروفنا", "Elizabeth of Russia", FEMALE, ["الإمبراطورة إليزافيتا", "إليزابيث الروسية"], ["Elizaveta Petrovna"], "1709-12-29", "1762-01-05", None, spb)
moscow_u = org("جامعة موسكو", "Moscow State University", UNIVERSITY, ["جامعة موسكو الحكومية", "جامعة لومونوسوف"], ["Moscow University"], "1755-01-25", None, moscow)
moscow_u.i("P112", lomonosov)
lomonosov.i("P69", slavic, "1731", "1735").i("P69", marburg_u, "1736", "1739")
lomonosov.i("P108", academy_spb, "1741", "1765")
lomonosov.i("P463", academy_spb, "1745").i("P463", swedish, "1760")
wolff.i("P108", marburg_u)

# ---- 2. Boutros Boutros-Ghali
un = org("الأمم المتحدة", "United Nations", ORGANIZATION, ["هيئة الأمم المتحدة"], ["UN"], "1945-10-24")
unsg = ent("الأمين العام للأمم المتحدة", "Secretary-General of the United Nations", [], [], POSITION)
minfa = ent("وزير الدولة للشؤون الخارجية (مصر)", "Minister of State for Foreign Affairs of Egypt", ["وزير دولة للشؤون الخارجية"], [], POSITION)
oif = org("المنظمة الدولية للفرنكوفونية", "Organisation internationale de la Francophonie", ORGANIZATION, ["الفرنكوفونية", "المنظمة الدولية للفرانكفونية"], ["OIF"], "1970-03-20", None, paris)
oifsg = ent("الأمين العام للمنظمة الدولية للفرنكوفونية", "Secretary-General of the Francophonie", [], [], POSITION)
nchr = org("المجلس القومي لحقوق الإنسان", "National Council for Human Rights (Egypt)", ORGANIZATION, [], [], "2003", None, cairo)
nchrp = ent("رئيس المجلس القومي لحقوق الإنسان", "President of the National Council for Human Rights", [], [], POSITION)
cairo_u = org("جامعة القاهرة", "Cairo University", UNIVERSITY, ["الجامعة المصرية", "جامعة فؤاد الأول"], [], "1908-12-21", None, cairo)
paris_u = org("جامعة باريس", "University of Paris", UNIVERSITY, ["السوربون"], ["Sorbonne"], "1150", "1970", paris)
bbg = person("بطرس بطرس غالي", "Boutros Boutros-Ghali", MALE, ["بطرس غالي", "بطرس-غالي"], ["Boutros Boutros Ghali"], "1922-11-14", "2016-02-16", cairo, cairo,
             ("دبلوماسي مصري، الأمين العام السادس للأمم المتحدة", "Egyptian diplomat, sixth UN Secretary-General"))
bg_sr = person("بطرس غالي", "Boutros Ghali", MALE, ["بطرس نيروز غالي", "بطرس باشا غالي"], ["Boutros Ghali Pasha"], "1846", "1910-02-20", None, cairo, ("رئيس وزراء مصر", "prime minister of Egypt"))
yusuf_f = person("يوسف بطرس غالي", "Yusuf Butros Ghali", MALE, [], ["Youssef Boutros Ghali (1880s)"], None, None, None, None, ("والد بطرس بطرس غالي", "father of Boutros Boutros-Ghali"))
wassef = person("واصف بطرس غالي", "Wassef Boutros Ghali", MALE, ["واصف غالي"], [], "1878", "1958")
raouf = person("رؤوف بطرس غالي", "Raouf Boutros Ghali", MALE, [], [])
yusuf_n = person("يوسف بطرس غالي", "Youssef Boutros Ghali", MALE, [], [], "1952-08-20", None, cairo, None, ("وزير المالية المصري", "Egyptian finance minister"))
wardani = person("إبراهيم ناصف الورداني", "Ibrahim Nassif al-Wardani", MALE, ["الورداني"], [], "1886", "1910-06-28", None, cairo)
bg_sr.i("P157", wardani)
leia = person("ليا ماريا نادلر", "Leia Maria Nadler", FEMALE, ["ليا بطرس غالي"], ["Leia Boutros-Ghali"], None, None, alexandria)
parents(bbg, yusuf_f)
parents(yusuf_f, bg_sr)
parents(wassef, bg_sr)
siblings(yusuf_f, wassef)
siblings(bbg, raouf)
parents(yusuf_n, raouf)
married(bbg, leia)
perez = person("خافيير بيريز دي كوييار", "Javier Pérez de Cuéllar", MALE, ["بيريز دي كويلار"], [], "1920-01-19", "2020-03-04")
annan = person("كوفي أنان", "Kofi Annan", MALE, ["كوفي عنان"], [], "1938-04-08", "2018-08-18")
sadat = person("أنور السادات", "Anwar Sadat", MALE, ["محمد أنور السادات"], [], "1918-12-25", "1981-10-06", None, cairo)
perez.i("P39", unsg, "1982-01-01", "1991-12-31")
annan.i("P39", unsg, "1997-01-01", "2006-12-31")
bbg.i("P39", minfa, "1977", "1991").i("P39", unsg, "1992-01-01", "1996-12-31").i("P39", oifsg, "1997-11-16", "2002-12-31").i("P39", nchrp, "2003")
bbg.i("P69", cairo_u, None, "1946").i("P69", paris_u, None, "1949")
bbg.i("P108", cairo_u, "1949", "1977")

# ---- 3. Abd al-Rahman III al-Nasir (Julian dates)
andalus = place("الأندلس", "al-Andalus", REGION, [], [])
cordoba = place("قرطبة", "Córdoba", CITY, [], ["Cordoba"], inside=andalus)
emirate = org("إمارة قرطبة", "Emirate of Córdoba", HIST_COUNTRY, ["الإمارة الأموية في الأندلس"], [], "756", "929-01-16", cordoba)
caliphate = org("خلافة قرطبة", "Caliphate of Córdoba", HIST_COUNTRY, ["الخلافة بقرطبة", "الخلافة الأموية في الأندلس", "خلافة قرطبة الأموية"], [], "929-01-16", "1031", cordoba)
emir = ent("أمير قرطبة", "Emir of Córdoba", ["أمير الأندلس"], [], POSITION)
caliph = ent("خليفة قرطبة", "Caliph of Córdoba", ["أمير المؤمنين بالأندلس"], [], POSITION)
nasir = person("عبد الرحمن الناصر لدين الله", "Abd al-Rahman III", MALE, ["عبد الرحمن الثالث", "الناصر لدين الله", "الناصر", "عبد الرحمن بن محمد"], ["al-Nasir li-Din Allah"],
               "891-01-07", "961-10-15", cordoba, cordoba, ("أول خلفاء قرطبة", "first caliph of Córdoba"))
muhammad_f = person("محمد بن عبد الله", "Muhammad ibn Abd Allah", MALE, ["محمد بن عبد الله بن محمد"], [], "864", "891", None, cordoba)
muzna = person("مزنة", "Muzna", FEMALE, [], [])
abdallah = person("عبد الله بن محمد", "Abd Allah ibn Muhammad", MALE, ["الأمير عبد الله"], ["Abdullah of Córdoba"], "844", "912-10-15", cordoba, cordoba)
mutarrif = person("المطرّف بن عبد الله", "al-Mutarrif ibn Abd Allah", MALE, ["المطرف بن عبد الله", "المطرف"], [], None, "895", None, cordoba)
muhammad_f.i("P157", mutarrif)
parents(nasir, muhammad_f, muzna)
parents(muhammad_f, abdallah)
parents(mutarrif, abdallah)
siblings(muhammad_f, mutarrif)
hakam = person("الحكم المستنصر بالله", "al-Hakam II", MALE, ["الحكم الثاني", "الحكم بن عبد الرحمن", "المستنصر بالله", "الحكم"], [], "915-01-13", "976-10-16", cordoba, cordoba)
parents(hakam, nasir)
abdallah.i("P39", emir, "888", "912-10-15")
nasir.i("P39", emir, "912-10-16", "929-01-16").i("P39", caliph, "929-01-16", "961-10-15")
hakam.i("P39", caliph, "961-10-16", "976-10-16")
hafsun = person("عمر بن حفصون", "Umar ibn Hafsun", MALE, ["ابن حفصون"], [], "850", "917")
ramiro = person("ردمير الثاني", "Ramiro II of León", MALE, ["ردمير", "راميرو الثاني"], [], "900", "951-01-05")
zahra = org("مدينة الزهراء", "Madinat al-Zahra", CITY, ["الزهراء"], [], "936", "1010", cordoba)
zahra.i("P112", nasir)
simancas = ent("معركة الخندق", "Battle of Simancas", ["وقعة الخندق", "معركة سيمانكاس", "معركة سمنقة"], ["Battle of Alhandega"], BATTLE)
simancas.d("P585", "939-08")

# ---- 4. Korolev
ukraine = place("أوكرانيا", "Ukraine", COUNTRY, [], [])
zhytomyr = place("جيتومير", "Zhytomyr", CITY, ["جيتومير (أوكرانيا)"], [], country=ukraine)
kyiv = place("كييف", "Kyiv", CITY, ["كيف"], ["Kiev"], country=ukraine)
korolev = person("سيرغي كوروليف", "Sergei Korolev", MALE, ["سيرغي بافلوفيتش كوروليف", "كوروليف"], ["Sergei Pavlovich Korolev"], "1907-01-12", "1966-01-14", zhytomyr, moscow,
                 ("مصمم صواريخ سوفييتي", "Soviet rocket engineer"))
pavel = person("بافل ياكوفليفيتش كوروليف", "Pavel Yakovlevich Korolev", MALE, ["بافل كوروليف"], [], "1877", "1929")
maria_k = person("ماريا نيكولايفنا موسكالينكو", "Maria Nikolaevna Moskalenko", FEMALE, ["ماريا نيكولايفنا بالانينا", "ماريا بالانينا"], ["Maria Balanina"], "1888", "1980", None, moscow)
balanin = person("غريغوري بالانين", "Grigory Balanin", MALE, ["غريغوري ميخائيلوفيتش بالانين"], [])
married(maria_k, balanin, "1916")
parents(korolev, pavel, maria_k)
ksenia = person("كسينيا فينتشنتيني", "Ksenia Vincentini", FEMALE, ["كسينيا ماكسيميليانوفنا فينتشنتيني"], [], "1905", "1991", None, moscow)
nina = person("نينا إيفانوفنا كوتينكوفا", "Nina Ivanovna Koroleva", FEMALE, ["نينا كوتينكوفا", "نينا كوروليفا"], ["Nina Kotenkova"], "1920", "1999", None, moscow)
natalia = person("ناتاليا كوروليفا", "Natalia Koroleva", FEMALE, ["ناتاليا سيرغييفنا كوروليفا", "ناتاليا"], [], "1935-04-10", None, moscow)
married(korolev, ksenia, "1931", "1948")
married(korolev, nina, "1949", "1966-01-14")
parents(natalia, korolev, ksenia)
kpi = org("معهد كييف للفنون التطبيقية", "Kyiv Polytechnic Institute", UNIVERSITY, ["معهد كييف البوليتكنيكي"], [], "1898", None, kyiv)
bauman = org("مدرسة موسكو العليا التقنية", "Bauman Moscow State Technical University", UNIVERSITY, ["مدرسة باومان", "جامعة باومان التقنية"], ["Moscow Higher Technical School"], "1830", None, moscow)
korolev.i("P69", kpi, "1924", "1926").i("P69", bauman, "1926", "1929")
ussr_acad = org("أكاديمية العلوم السوفييتية", "Academy of Sciences of the USSR", ACADEMY, ["أكاديمية العلوم في الاتحاد السوفييتي"], [], "1925", "1991-12", moscow)
korolev.i("P463", ussr_acad, "1953").i("P463", ussr_acad, "1958")
lenin_prize = ent("جائزة لينين", "Lenin Prize", [], [], AWARD)
hero = ent("بطل العمل الاشتراكي", "Hero of Socialist Labour", ["لقب بطل العمل الاشتراكي"], [], AWARD)
korolev.i("P166", hero, at="1956").i("P166", hero, at="1961").i("P166", lenin_prize, at="1957")
gagarin = person("يوري غاغارين", "Yuri Gagarin", MALE, ["غاغارين", "يوري ألكسييفيتش غاغارين"], [], "1934-03-09", "1968-03-27")

# ---- 5. Muhammad Abduh
beheira = place("البحيرة", "Beheira Governorate", REGION, ["محافظة البحيرة", "مديرية البحيرة"], [], country=egypt)
mahalla = place("محلة نصر", "Mahallat Nasr", VILLAGE, ["محلة نصر (البحيرة)"], [], inside=beheira)
abduh = person("محمد عبده", "Muhammad Abduh", MALE, ["الإمام محمد عبده", "الشيخ محمد عبده"], [], None, "1905-07-11", mahalla, alexandria,
               ("فقيه ومصلح مصري", "Egyptian Islamic reformer"))
abduh.d("P569", "1849").d("P569", "1845")
azhar = org("الأزهر", "al-Azhar", UNIVERSITY, ["جامعة الأزهر", "الجامع الأزهر"], ["Al-Azhar University"], "972", None, cairo)
azhar_council = org("مجلس إدارة الأزهر", "Administrative Council of al-Azhar", ORGANIZATION, [], [], "1895", None, cairo)
mufti = ent("مفتي الديار المصرية", "Grand Mufti of Egypt", ["مفتي مصر"], [], POSITION)
abduh.i("P69", azhar, "1866", "1877").i("P39", mufti, "1899-06-03", "1905-07-11").i("P463", azhar_council, "1895")
asadabad = place("أسد آباد", "Asadabad", CITY, [], [])
afghani = person("جمال الدين الأفغاني", "Jamal al-Din al-Afghani", MALE, ["الأفغاني", "جمال الدين الأسد آبادي"], [], "1838", "1897-03-09", asadabad, istanbul)
abduh.i("P1066", afghani)
urwa = org("العروة الوثقى", "al-Urwa al-Wuthqa", MAGAZINE, ["مجلة العروة الوثقى"], [], "1884-03-13", "1884-10", paris)
urwa.i("P112", afghani).i("P112", abduh)
qalamoun = place("القلمون", "Qalamoun (Tripoli)", VILLAGE, [], [])
rida = person("محمد رشيد رضا", "Muhammad Rashid Rida", MALE, ["رشيد رضا"], [], "1865-09-23", "1935-08-22", qalamoun, cairo)
rida.i("P1066", abduh)
manar = org("المنار", "al-Manar", MAGAZINE, ["مجلة المنار"], [], "1898-03-15", "1935", cairo)
manar.i("P112", rida)
beirut = place("بيروت", "Beirut", CITY, [], [])

# ---- 6. The family of Mehmed II (Julian dates)
edirne = place("أدرنة", "Edirne", CITY, ["أدريانوبل"], ["Adrianople"])
amasya = place("أماسيا", "Amasya", CITY, ["أماسية"], [])
bursa = place("بورصة", "Bursa", CITY, ["بروسة"], [])
demotika = place("ديموتيقا", "Didymoteicho", CITY, ["ديمتوقة"], ["Demotika"])
gebze = place("غيبزة", "Gebze", CITY, ["جبزة", "كبزة"], [])
capua = place("كابوا", "Capua", CITY, ["كابوا (إيطاليا)"], [])
akshehir = place("آق شهر", "Akşehir", CITY, ["أقشهر"], [])
sultan = ent("سلطان الدولة العثمانية", "Sultan of the Ottoman Empire", ["السلطان العثماني"], [], POSITION)
mehmed = person("محمد الفاتح", "Mehmed II", MALE, ["محمد الثاني", "السلطان محمد الفاتح", "الفاتح"], ["Mehmed the Conqueror"], "1432-03-30", "1481-05-03", edirne, gebze)
murad = person("مراد الثاني", "Murad II", MALE, ["السلطان مراد الثاني"], [], "1404-06", "1451-02-03", amasya, edirne)
huma = person("هما خاتون", "Hüma Hatun", FEMALE, ["هما خاتون (أم الفاتح)"], [], None, "1449-09", None, bursa)
ahmed_c = person("أحمد جلبي", "Şehzade Ahmed (1420)", MALE, ["أحمد", "الشهزاده أحمد"], [], "1420", "1437", None, amasya)
ali_c = person("علاء الدين علي", "Şehzade Alaeddin Ali", MALE, ["علاء الدين علي جلبي", "الشهزاده علاء الدين"], [], "1430", "1443", None, amasya)
kucuk = person("أحمد الصغير", "Küçük Ahmed", MALE, ["أحمد", "كوجوك أحمد"], [], "1450", "1451", None, edirne)
for c in (mehmed, ahmed_c, ali_c, kucuk):
    parents(c, murad)
for c in (mehmed, ali_c):
    parents(c, None, huma)
siblings(mehmed, ahmed_c, ali_c, kucuk)
gulbahar = person("كلبهار خاتون", "Gülbahar Hatun", FEMALE, ["گلبهار خاتون"], [], None, "1492")
sittisah = person("ستي شاه خاتون", "Sittişah Hatun", FEMALE, ["ستي خاتون", "ستّ شاه خاتون"], [], None, "1486")
cicek = person("جيجك خاتون", "Çiçek Hatun", FEMALE, ["تشيتشك خاتون"], [], None, "1498")
married(mehmed, gulbahar)
married(mehmed, sittisah, "1449")
married(mehmed, cicek)
bayezid2 = person("بايزيد الثاني", "Bayezid II", MALE, ["بايزيد", "السلطان بايزيد الثاني"], [], "1447-12-03", "1512-05-26", demotika)
mustafa = person("مصطفى بن محمد الفاتح", "Şehzade Mustafa (1450)", MALE, ["مصطفى", "الشهزاده مصطفى"], [], "1450", "1474")
cem = person("جم سلطان", "Cem Sultan", MALE, ["جم", "الأمير جم"], ["Djem"], "1459-12-22", "1495-02-25", edirne, capua)
parents(bayezid2, mehmed, gulbahar)
parents(mustafa, mehmed, gulbahar)
parents(cem, mehmed, cicek)
siblings(bayezid2, mustafa, cem)
korkut = person("كوركود", "Şehzade Korkut", MALE, ["الشهزاده كوركود", "قرقود"], [], "1467", "1513")
parents(korkut, bayezid2)
bayezid1 = person("بايزيد الأول", "Bayezid I", MALE, ["بايزيد الصاعقة", "يلدرم بايزيد"], ["Yıldırım Bayezid"], "1360", "1403-03-08", None, akshehir)
murad.i("P39", sultan, "1421", "1444-08").i("P39", sultan, "1446-09", "1451-02-03")
mehmed.i("P39", sultan, "1444-08", "1446-09").i("P39", sultan, "1451-02-18", "1481-05-03")
bayezid2.i("P39", sultan, "1481-05-19", "1512-04-25")

# ---- 7. The Arab Federation (1958)
iraq_k = org("المملكة العراقية", "Kingdom of Iraq", HIST_COUNTRY, ["مملكة العراق", "العراق الملكي"], [], "1921-08-23", "1958-07-14")
jordan = org("المملكة الأردنية الهاشمية", "Hashemite Kingdom of Jordan", COUNTRY, ["الأردن"], ["Jordan"], "1946-05-25")
fed = org("الاتحاد العربي الهاشمي", "Arab Federation", HIST_COUNTRY, ["الاتحاد العربي", "الاتحاد الهاشمي"], ["Arab Union", "Arab Federation of Iraq and Jordan"], "1958-02-14", "1958-08-02")
iraq_k.i("P463", fed, "1958-02-14", "1958-07-14")
jordan.i("P463", fed, "1958-02-14", "1958-08-02")
baghdad = place("بغداد", "Baghdad", CITY, [], [])
mecca = place("مكة", "Mecca", CITY, ["مكة المكرمة"], [])
taif = place("الطائف", "Ta'if", CITY, [], [])
amman = place("عمان", "Amman", CITY, ["عمّان"], [])
rihab = place("قصر الرحاب", "al-Rihab Palace", PALACE, [], [], inside=baghdad)
fed.i("P36", baghdad).i("P36", amman)
king_iraq = ent("ملك العراق", "King of Iraq", [], [], POSITION)
regent = ent("الوصي على عرش العراق", "Regent of Iraq", ["الوصاية على العرش"], [], POSITION)
fed_head = ent("رئيس الاتحاد العربي", "Head of the Arab Federation", [], [], POSITION)
fed_pm = ent("رئيس حكومة الاتحاد العربي", "Prime Minister of the Arab Federation", ["رئيس وزراء الاتحاد العربي"], [], POSITION)
faisal2 = person("فيصل الثاني", "Faisal II of Iraq", MALE, ["الملك فيصل الثاني", "فيصل بن غازي"], [], "1935-05-02", "1958-07-14", baghdad, rihab)
ghazi = person("غازي بن فيصل", "Ghazi of Iraq", MALE, ["الملك غازي", "غازي"], [], "1912-03-21", "1939-04-04", mecca, baghdad)
aliya = person("عالية بنت علي", "Aliya bint Ali", FEMALE, ["الملكة عالية"], [], None, "1950-12-21", None, baghdad)
abdulilah = person("عبد الإله بن علي", "Abd al-Ilah", MALE, ["عبد الإله", "الأمير عبد الإله", "الوصي عبد الإله"], ["Crown Prince Abd al-Ilah"], "1913-11-14", "1958-07-14", taif, rihab)
ali_hejaz = person("علي بن الحسين", "Ali of Hejaz", MALE, ["الملك علي بن الحسين"], [], "1879", "1935-02-13", mecca, baghdad)
parents(faisal2, ghazi, aliya)
parents(aliya, ali_hejaz)
parents(abdulilah, ali_hejaz)
siblings(aliya, abdulilah)
married(ghazi, aliya, "1934-01-25", "1939-04-04")
faisal2.i("P39", king_iraq, "1939-04-04", "1958-07-14").i("P39", fed_head, "1958-02-14", "1958-07-14")
faisal2.i("P69", org("مدرسة هارو", "Harrow School", SCHOOL, ["هارو"], [], "1572"))
ghazi.i("P39", king_iraq, "1933-09-08", "1939-04-04")
abdulilah.i("P39", regent, "1939-04-04", "1953-05-02")
qasim = person("عبد الكريم قاسم", "Abd al-Karim Qasim", MALE, ["الزعيم عبد الكريم قاسم", "قاسم"], [], "1914-11-21", "1963-02-09", baghdad, baghdad)
faisal2.i("P157", qasim)
nuri = person("نوري السعيد", "Nuri al-Said", MALE, ["نوري باشا السعيد"], [], "1888", "1958-07-15", baghdad, baghdad)
nuri.i("P39", fed_pm, "1958-05-19", "1958-07-14")
hussein_t = person("الحسين بن طلال", "Hussein of Jordan", MALE, ["الملك حسين", "الحسين"], [], "1935-11-14", "1999-02-07", amman, amman)
hussein_t.i("P39", ent("ملك الأردن", "King of Jordan", [], [], POSITION), "1952-08-11", "1999-02-07")
sharif = person("حسين بن علي", "Hussein bin Ali, Sharif of Mecca", MALE, ["الشريف حسين بن علي", "الشريف حسين"], [], "1854", "1931-06-04", istanbul, amman)
parents(ali_hejaz, sharif)

# ---- 8. Tchaikovsky
votkinsk = place("فوتكينسك", "Votkinsk", CITY, [], [], country=russia)
tch = person("بيوتر إيليتش تشايكوفسكي", "Pyotr Ilyich Tchaikovsky", MALE, ["تشايكوفسكي", "بيتر تشايكوفسكي"], ["Tchaikovsky"], "1840-05-07", "1893-11-06", votkinsk, spb,
             ("مؤلف موسيقي روسي", "Russian composer"))
ilya = person("إيليا بتروفيتش تشايكوفسكي", "Ilya Petrovich Tchaikovsky", MALE, ["إيليا تشايكوفسكي"], [], "1795", "1880-01-21", None, spb)
assier = person("ألكسندرا أندرييفنا داسييه", "Alexandra Andreyevna Tchaikovskaya", FEMALE, ["ألكسندرا داسييه", "ألكسندرا تشايكوفسكايا"], ["Alexandra d'Assier"], "1812", None, None, spb)
assier.d("P570", "1854-06-25").d("P570", "1856", "deprecated", INCORRECT_VALUE)
nikolai_t = person("نيكولاي إيليتش تشايكوفسكي", "Nikolai Ilyich Tchaikovsky", MALE, ["نيكولاي"], [], "1838", "1911")
ippolit = person("إيبوليت تشايكوفسكي", "Ippolit Tchaikovsky", MALE, ["إيبوليت"], [], "1843", "1927")
anatoly = person("أناتولي تشايكوفسكي", "Anatoly Tchaikovsky", MALE, ["أناتولي"], [], "1850-05-13", "1915")
modest = person("موديست تشايكوفسكي", "Modest Tchaikovsky", MALE, ["موديست"], [], "1850-05-13", "1916-01-15", None, moscow)
sasha = person("ألكسندرا دافيدوفا", "Alexandra Davydova", FEMALE, ["ألكسندرا إيليينيشنا تشايكوفسكايا", "ألكسندرا"], [], "1841", "1891")
for c in (tch, nikolai_t, ippolit, anatoly, modest, sasha):
    parents(c, ilya, assier)
siblings(tch, nikolai_t, ippolit, anatoly, modest, sasha)
married(ilya, assier, "1833")
antonina = person("أنطونينا ميليوكوفا", "Antonina Milyukova", FEMALE, ["أنطونينا إيفانوفنا ميليوكوفا"], [], "1848", "1917")
married(tch, antonina, "1877-07-18", "1893-11-06")
jurisprudence = org("مدرسة الحقوق الإمبراطورية", "Imperial School of Jurisprudence", SCHOOL, ["مدرسة الحقوق"], [], "1835", "1918", spb)
spb_cons = org("كونسرفتوار سانت بطرسبرغ", "Saint Petersburg Conservatory", CONSERVATORY, ["معهد سانت بطرسبرغ الموسيقي"], [], "1862", None, spb)
mos_cons = org("كونسرفتوار موسكو", "Moscow Conservatory", CONSERVATORY, ["معهد موسكو الموسيقي"], [], "1866", None, moscow)
tch.i("P69", jurisprudence, "1850", "1859").i("P69", spb_cons, "1862", "1865")
tch.i("P108", mos_cons, "1866", "1878")
rubinstein = person("نيكولاي روبنشتاين", "Nikolai Rubinstein", MALE, ["نيكولاي غريغوريفيتش روبنشتاين", "روبنشتاين"], [], "1835-06-14", "1881-03-23", moscow, paris)
mos_cons.i("P112", rubinstein)
vladimir = ent("وسام القديس فلاديمير", "Order of St. Vladimir", [], [], AWARD)
cambridge = org("جامعة كامبريدج", "University of Cambridge", UNIVERSITY, ["كامبريدج"], [], "1209")
hon = ent("الدكتوراه الفخرية من جامعة كامبريدج", "honorary doctorate of the University of Cambridge", [], [], AWARD)
tch.i("P166", vladimir, at="1884").i("P166", hon, at="1893")
meck = person("ناديجدا فون ميك", "Nadezhda von Meck", FEMALE, ["فون ميك"], [], "1831", "1894")

if __name__ == "__main__":
    write_dump(OUT, L)
    print(f"{len(L)} entities, {sum(len(v) for e in L for v in e.claims.values())} statements -> {os.path.normpath(OUT)}")
