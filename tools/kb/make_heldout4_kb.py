"""Writes data/kb/heldout4.json: the knowledge base of the fourth held-out verification set in
data/kb/heldout4/ (Gibran Khalil Gibran, Mahmoud Darwish, Harun al-Rashid and his family, Yasser
Arafat, Ahmed Zewail, the Kennedy family, the Yemeni states, Abdel Halim Hafez), in Wikidata's
full-dump shape, written from public facts (standard reference works) by a helper that did not read
the linker or the verifier. Every item has a local id above Q90004000; only class items (Q5 human,
Q515 city, ...), the sex values and Q36578 (the "stated in" of every reference) keep Wikidata's ids.
Dates before 1582 carry the Julian calendar model, as Wikidata gives them. Entity lines carry the page
fields of the real dump, qualifier snaks carry hashes; a few statements use snaktype somevalue or the
deprecated rank. Run: python3 tools/kb/make_heldout4_kb.py"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import Entity, time_snak, item_snak, write_dump, JUL, GREG  # noqa: E402

HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, VILLAGE, TOWN, COUNTRY, STATE, HIST_COUNTRY = "Q515", "Q532", "Q3957", "Q6256", "Q3624078", "Q3024240"
REGION, US_STATE, GOVERNORATE, ISLAND, COMMUNE_FR = "Q82794", "Q35657", "Q204910", "Q23442", "Q484170"
UNIVERSITY, SCHOOL, ART_SCHOOL, INSTITUTE = "Q3918", "Q3914", "Q3914", "Q1664720"
ORGANIZATION, INTL_ORG, PARTY, LIT_GROUP = "Q43229", "Q484652", "Q7278", "Q43229"
TREATY, EVENT, WAR, SPEECH, DECLARATION = "Q131569", "Q1656682", "Q198", "Q1656682", "Q49848"
POSITION, AWARD, MONASTERY, HOSPITAL, BOOK = "Q4164871", "Q618779", "Q44613", "Q16917", "Q571"
INCORRECT_VALUE = "Q41755623"

L = []
n = [90004000]


def local():
    n[0] += 1
    return f"Q{n[0]}"


class Item(Entity):
    def _add(self, prop, snak, rank="normal", qualifiers=None, refs=1):
        # Two statements with the same value (an office held twice) get distinct ids, as in Wikidata.
        super()._add(prop, snak, rank, qualifiers, refs)
        st = self.claims[prop][-1]
        if qualifiers or rank != "normal":
            seed = self.qid + prop + json.dumps([snak, qualifiers, rank], sort_keys=True)
            st["id"] = f"{self.qid}${hashlib.sha1(seed.encode()).hexdigest()[:32].upper()}"
            st["id"] = st["id"][:len(self.qid) + 9] + "-" + st["id"][len(self.qid) + 9:len(self.qid) + 13] + "-" + \
                st["id"][len(self.qid) + 13:len(self.qid) + 17] + "-" + st["id"][len(self.qid) + 17:len(self.qid) + 21] + "-" + st["id"][len(self.qid) + 21:]
        return self

    def somevalue(self, prop, datatype="wikibase-item"):
        return self._add(prop, {"snaktype": "somevalue", "property": prop, "datatype": datatype})

    def d(self, prop, when, precision=None, rank="normal", qualifiers=None):
        """A time statement; the calendar model follows the year (Julian before 1582)."""
        year = int(when.lstrip("-").split("-")[0])
        cal = JUL if when.startswith("-") or year < 1582 else GREG
        return self.time(prop, when, precision, cal, rank, qualifiers)

    def json(self):
        e = json.loads(super().json())
        for st in (s for sts in e["claims"].values() for s in sts):
            for qs in st.get("qualifiers", {}).values():
                for q in qs:
                    q["hash"] = hashlib.sha1(json.dumps(q, sort_keys=True).encode()).hexdigest()
        num = int(self.qid[1:])
        page = {"pageid": num - 90000000 + 800000, "ns": 0, "title": self.qid,
                "lastrevid": 2200000000 + num - 90004000, "modified": "2026-11-28T10:40:00Z"}
        ordered = {"type": e["type"], "id": e["id"]}
        ordered.update(page)
        ordered.update({k: v for k, v in e.items() if k not in ("type", "id")})
        return json.dumps(ordered, ensure_ascii=False, separators=(",", ":"))


def ent(ar, en, ar_aliases=(), en_aliases=(), cls=None, sex=None, ar_desc=None, en_desc=None, arwiki=None):
    e = Item(local(), ar, en, ar_aliases, en_aliases, ar_desc, en_desc, arwiki)
    for c in ([cls] if isinstance(cls, str) else (cls or [])):
        e.item("P31", c)
    if sex:
        e.item("P31", HUMAN).item("P21", sex)
    L.append(e)
    return e


def t(prop, when, precision=None):
    year = int(when.lstrip("-").split("-")[0])
    return time_snak(prop, when, precision, JUL if year < 1582 else GREG)


def q(prop, qid):
    return item_snak(prop, qid)


def span(start=None, end=None):
    out = []
    if start:
        out.append(t("P580", start))
    if end:
        out.append(t("P582", end))
    return out or None


def man(ar, en, aliases=(), en_aliases=(), **kw):
    return ent(ar, en, aliases, en_aliases, sex=MALE, **kw)


def woman(ar, en, aliases=(), en_aliases=(), **kw):
    return ent(ar, en, aliases, en_aliases, sex=FEMALE, **kw)


def place(ar, en, cls, aliases=(), country=None, within=None):
    e = ent(ar, en, aliases, cls=cls)
    if within:
        e.item("P131", within.qid)
    if country:
        e.item("P17", country.qid)
    return e


def family(parent_a, parent_b, children):
    for c in children:
        if parent_a:
            c.item("P22" if "P21" in parent_a.claims and parent_a.claims["P21"][0]["mainsnak"]["datavalue"]["value"]["id"] == MALE else "P25", parent_a.qid)
            parent_a.item("P40", c.qid)
        if parent_b:
            c.item("P25" if parent_b.claims["P21"][0]["mainsnak"]["datavalue"]["value"]["id"] == FEMALE else "P22", parent_b.qid)
            parent_b.item("P40", c.qid)
    for a in children:
        for b in children:
            if a is not b:
                a.item("P3373", b.qid)


def married(a, b, start=None, end=None):
    a.item("P26", b.qid, qualifiers=span(start, end))
    b.item("P26", a.qid, qualifiers=span(start, end))


# ================= countries, regions, cities
egypt = ent("مصر", "Egypt", ["جمهورية مصر العربية", "المملكة المصرية"], cls=[COUNTRY, STATE])
lebanon = ent("لبنان", "Lebanon", ["الجمهورية اللبنانية"], cls=[COUNTRY, STATE])
usa = ent("الولايات المتحدة", "United States", ["الولايات المتحدة الأمريكية", "أمريكا"], ["USA", "United States of America"], cls=[COUNTRY, STATE])
france = ent("فرنسا", "France", ["الجمهورية الفرنسية"], cls=[COUNTRY, STATE])
uk = ent("المملكة المتحدة", "United Kingdom", ["بريطانيا", "بريطانيا العظمى"], cls=[COUNTRY, STATE])
palestine = ent("فلسطين", "Palestine", ["دولة فلسطين"], cls=[COUNTRY, STATE])
israel = ent("إسرائيل", "Israel", cls=[COUNTRY, STATE])
jordan = ent("الأردن", "Jordan", ["المملكة الأردنية الهاشمية"], cls=[COUNTRY, STATE])
algeria = ent("الجزائر", "Algeria", ["الجمهورية الجزائرية"], cls=[COUNTRY, STATE])
kuwait = ent("الكويت", "Kuwait", ["دولة الكويت"], cls=[COUNTRY, STATE])
russia = ent("روسيا", "Russia", ["الاتحاد الروسي"], cls=[COUNTRY, STATE])
iran = ent("إيران", "Iran", cls=[COUNTRY, STATE])
iraq = ent("العراق", "Iraq", cls=[COUNTRY, STATE])
turkey = ent("تركيا", "Turkey", cls=[COUNTRY, STATE])

mount_lebanon = place("جبل لبنان", "Mount Lebanon", REGION, ["محافظة جبل لبنان"], lebanon)
bsharri = place("بشري", "Bsharri", TOWN, ["بشرّي", "بشراي"], lebanon)
beirut = place("بيروت", "Beirut", CITY, [], lebanon)
massachusetts = place("ماساتشوستس", "Massachusetts", US_STATE, ["ولاية ماساتشوستس", "ماساتشوسيتس"], usa)
boston = place("بوسطن", "Boston", CITY, ["بوستن"], usa, massachusetts)
nyc = place("نيويورك", "New York City", CITY, ["مدينة نيويورك", "نيو يورك"], usa)
paris = place("باريس", "Paris", CITY, [], france)
hauts_de_seine = place("أو دو سين", "Hauts-de-Seine", REGION, [], france)
clamart = place("كلامار", "Clamart", COMMUNE_FR, [], france, hauts_de_seine)
cairo = place("القاهرة", "Cairo", CITY, [], egypt)
alexandria = place("الإسكندرية", "Alexandria", CITY, ["الاسكندرية"], egypt)
galilee = place("الجليل", "Galilee", REGION, [], None)
birwa = place("البروة", "al-Birwa", VILLAGE, ["قرية البروة"], palestine, galilee)
jadeida = place("الجديدة", "Jadeidi", VILLAGE, ["الجديدة المكر", "جديدة"], israel, galilee)
haifa = place("حيفا", "Haifa", CITY, [], israel)
acre = place("عكا", "Acre", CITY, ["عكّا"], israel)
texas = place("تكساس", "Texas", US_STATE, ["ولاية تكساس"], usa)
houston = place("هيوستن", "Houston", CITY, ["هيوستون"], usa, texas)
ramallah = place("رام الله", "Ramallah", CITY, [], palestine)
amman = place("عمان", "Amman", CITY, ["عمّان"], jordan)
moscow = place("موسكو", "Moscow", CITY, [], russia)
algiers = place("الجزائر", "Algiers", CITY, ["مدينة الجزائر", "الجزائر العاصمة"], algeria)
kuwait_city = place("مدينة الكويت", "Kuwait City", CITY, ["الكويت"], kuwait)
gaza = place("غزة", "Gaza", CITY, ["مدينة غزة"], palestine)
jerusalem = place("القدس", "Jerusalem", CITY, ["بيت المقدس", "أورشليم"])
washington = place("واشنطن", "Washington, D.C.", CITY, ["واشنطن العاصمة"], usa)
rey = place("الري", "Rey", CITY, ["الرَّيّ", "ري"], iran)
tus = place("طوس", "Tus", CITY, ["طوس خراسان"], iran)
baghdad = place("بغداد", "Baghdad", CITY, ["مدينة السلام"], iraq)
khorasan = place("خراسان", "Khorasan", REGION, [], None)
heraclea = place("هرقلة", "Heraclea Cybistra", CITY, [], turkey)
damanhur = place("دمنهور", "Damanhur", CITY, [], egypt)
desouq = place("دسوق", "Desouk", CITY, ["مدينة دسوق"], egypt)
california = place("كاليفورنيا", "California", US_STATE, ["ولاية كاليفورنيا"], usa)
pasadena = place("باسادينا", "Pasadena", CITY, ["باسادينا كاليفورنيا"], usa, california)
berkeley = place("بيركلي", "Berkeley", CITY, [], usa, california)
brookline = place("بروكلاين", "Brookline", TOWN, ["بروكلين ماساتشوستس"], usa, massachusetts)
dallas = place("دالاس", "Dallas", CITY, [], usa, texas)
los_angeles = place("لوس أنجلوس", "Los Angeles", CITY, ["لوس أنجلس"], usa, california)
rhode_island = place("رود آيلاند", "Rhode Island", US_STATE, [], usa)
newport = place("نيوبورت", "Newport", CITY, [], usa, rhode_island)
marthas = place("مارثاز فينيارد", "Martha's Vineyard", ISLAND, ["جزيرة مارثاز فينيارد"], usa, massachusetts)
hyannis = place("هيانيس بورت", "Hyannis Port", VILLAGE, [], usa, massachusetts)
yemen_country = ent("اليمن", "Yemen", ["الجمهورية اليمنية"], ["Republic of Yemen"], cls=[COUNTRY, STATE])
sanaa = place("صنعاء", "Sanaa", CITY, [], yemen_country)
taiz = place("تعز", "Taiz", CITY, [], yemen_country)
aden = place("عدن", "Aden", CITY, [], yemen_country)
sharqia = place("محافظة الشرقية", "Sharqia Governorate", GOVERNORATE, ["الشرقية"], egypt)
halawat = place("الحلوات", "El Halawat", VILLAGE, ["قرية الحلوات"], egypt, sharqia)
london = place("لندن", "London", CITY, [], uk)

# ================= organizations, institutions, positions, awards
arab_league = ent("جامعة الدول العربية", "Arab League", ["الجامعة العربية"], cls=INTL_ORG).d("P571", "1945-03-22").item("P159", cairo.qid)
un = ent("الأمم المتحدة", "United Nations", ["منظمة الأمم المتحدة", "هيئة الأمم المتحدة"], ["UN"], cls=INTL_ORG).d("P571", "1945-10-24").item("P159", nyc.qid)
un_ga = ent("الجمعية العامة للأمم المتحدة", "United Nations General Assembly", [], cls=ORGANIZATION).item("P361", un.qid)
sagesse = ent("مدرسة الحكمة", "Collège de la Sagesse", ["معهد الحكمة"], cls=SCHOOL).item("P131", beirut.qid).d("P571", "1875")
julian_acad = ent("أكاديمية جوليان", "Académie Julian", ["أكاديمية جوليان للفنون"], cls=ART_SCHOOL).item("P131", paris.qid)
aub = ent("الجامعة الأمريكية في بيروت", "American University of Beirut", ["الكلية السورية البروتستانتية"], cls=UNIVERSITY).item("P131", beirut.qid).d("P571", "1866")
pen_league = ent("الرابطة القلمية", "The Pen League", ["رابطة القلم"], ["Arrabitah al-Qalamiyah"], cls=LIT_GROUP) \
    .d("P571", "1920-04-20").d("P576", "1931").item("P159", nyc.qid)
plo = ent("منظمة التحرير الفلسطينية", "Palestine Liberation Organization", ["منظمة التحرير"], ["PLO"], cls=ORGANIZATION).d("P571", "1964-05-28")
plo_ec = ent("اللجنة التنفيذية لمنظمة التحرير الفلسطينية", "PLO Executive Committee", ["اللجنة التنفيذية للمنظمة"], cls=ORGANIZATION).item("P361", plo.qid)
plo_chair = ent("رئيس اللجنة التنفيذية لمنظمة التحرير الفلسطينية", "Chairman of the Palestine Liberation Organization", ["رئيس منظمة التحرير الفلسطينية"], cls=POSITION).item("P361", plo.qid)
pna_pres = ent("رئيس السلطة الوطنية الفلسطينية", "President of the Palestinian National Authority", ["رئيس السلطة الفلسطينية"], cls=POSITION)
fatah = ent("حركة فتح", "Fatah", ["فتح", "حركة التحرير الوطني الفلسطيني"], cls=[PARTY, ORGANIZATION]).d("P571", "1959").item("P740", kuwait.qid)
cairo_univ = ent("جامعة القاهرة", "Cairo University", ["جامعة الملك فؤاد الأول", "الجامعة المصرية", "جامعة فؤاد الأول"], cls=UNIVERSITY).item("P131", cairo.qid).d("P571", "1908-12-21")
alex_univ = ent("جامعة الإسكندرية", "Alexandria University", ["جامعة فاروق الأول"], cls=UNIVERSITY).item("P131", alexandria.qid).d("P571", "1938")
upenn = ent("جامعة بنسلفانيا", "University of Pennsylvania", ["جامعة بنسيلفانيا"], cls=UNIVERSITY).d("P571", "1740")
harvard = ent("جامعة هارفارد", "Harvard University", ["هارفارد"], cls=UNIVERSITY).item("P131", massachusetts.qid).d("P571", "1636-09-08")
berkeley_u = ent("جامعة كاليفورنيا في بيركلي", "University of California, Berkeley", ["جامعة بيركلي"], cls=UNIVERSITY).item("P131", berkeley.qid).d("P571", "1868-03-23")
caltech = ent("معهد كاليفورنيا للتقنية", "California Institute of Technology", ["كالتك", "معهد كاليفورنيا للتكنولوجيا"], ["Caltech"], cls=UNIVERSITY).item("P131", pasadena.qid).d("P571", "1891")
nobel_peace = ent("جائزة نوبل للسلام", "Nobel Peace Prize", ["نوبل للسلام"], cls=AWARD)
nobel_chem = ent("جائزة نوبل في الكيمياء", "Nobel Prize in Chemistry", ["نوبل للكيمياء"], cls=AWARD)
us_senator = ent("عضو مجلس الشيوخ الأمريكي", "United States senator", ["سيناتور أمريكي"], cls=POSITION)
us_president = ent("رئيس الولايات المتحدة", "President of the United States", ["الرئيس الأمريكي"], cls=POSITION)
us_ag = ent("وزير العدل الأمريكي", "United States Attorney General", ["المدعي العام للولايات المتحدة"], cls=POSITION)
us_amb_uk = ent("سفير الولايات المتحدة لدى المملكة المتحدة", "United States Ambassador to the United Kingdom", [], cls=POSITION)
mayor_boston = ent("عمدة بوسطن", "Mayor of Boston", [], cls=POSITION)
special_olympics = ent("الألعاب الأولمبية الخاصة", "Special Olympics", ["الأولمبياد الخاص"], cls=ORGANIZATION).d("P571", "1968")
caliph = ent("خليفة عباسي", "Abbasid caliph", ["الخليفة العباسي", "أمير المؤمنين"], cls=POSITION)
imam_yemen = ent("إمام اليمن", "Imam of Yemen", ["ملك اليمن"], cls=POSITION)
pres_yar = ent("رئيس الجمهورية العربية اليمنية", "President of the Yemen Arab Republic", [], cls=POSITION)
pres_yemen = ent("رئيس الجمهورية اليمنية", "President of Yemen", ["رئيس مجلس الرئاسة اليمني", "رئيس اليمن"], cls=POSITION)
vp_yemen = ent("نائب رئيس الجمهورية اليمنية", "Vice President of Yemen", ["نائب رئيس مجلس الرئاسة"], cls=POSITION)
arab_music = ent("معهد الموسيقى العربية", "Institute of Arab Music", ["معهد فؤاد الأول للموسيقى العربية"], cls=INSTITUTE).item("P131", cairo.qid)
theatre_music = ent("المعهد العالي للموسيقى المسرحية", "Higher Institute of Theatrical Music", ["معهد الموسيقى المسرحية"], cls=INSTITUTE).item("P131", cairo.qid)

# ================= 1. Gibran Khalil Gibran
gibran = man("جبران خليل جبران", "Kahlil Gibran", ["جبران", "جبران خليل"], ["Khalil Gibran", "Gibran Khalil Gibran"], ar_desc="شاعر وكاتب ورسام لبناني", arwiki="جبران خليل جبران")
khalil = man("خليل جبران", "Khalil Gibran (father)", ["خليل سعد جبران"], en_desc="father of Kahlil Gibran")
kamila = woman("كاملة رحمة", "Kamila Rahmeh", ["كاملة جبران", "كاملة إسطفان رحمة"])
boutros = man("بطرس رحمة", "Peter Rahmeh", ["بطرس", "بطرس جبران"], ["Boutros Rahmeh"])
marianna = woman("مريانا جبران", "Marianna Gibran", ["مريانا", "ماريانا"])
sultana = woman("سلطانة جبران", "Sultana Gibran", ["سلطانة"])
gibran.d("P569", "1883-01-06").d("P570", "1931-04-10").item("P19", bsharri.qid).item("P20", nyc.qid).item("P27", lebanon.qid)
gibran.item("P69", sagesse.qid, qualifiers=span("1898", "1902")).item("P69", julian_acad.qid, qualifiers=span("1908", "1910"))
gibran.item("P463", pen_league.qid, qualifiers=span("1920", "1931")).item("P551", boston.qid).item("P551", nyc.qid)
khalil.item("P19", bsharri.qid).d("P570", "1909").item("P20", bsharri.qid)
kamila.item("P19", bsharri.qid).d("P570", "1903-06-28").item("P20", boston.qid)
married(khalil, kamila)
family(khalil, kamila, [gibran, marianna, sultana])
boutros.item("P25", kamila.qid).somevalue("P22")
kamila.item("P40", boutros.qid)
for s in (gibran, marianna, sultana):
    s.item("P3373", boutros.qid)
    boutros.item("P3373", s.qid)
boutros.d("P570", "1903-03-12").item("P20", boston.qid)
marianna.d("P569", "1885").item("P20", boston.qid)
sultana.d("P569", "1887").d("P570", "1902-04-04").item("P20", boston.qid)
mar_sarkis = ent("دير مار سركيس", "Monastery of Mar Sarkis", ["متحف جبران", "دير مار سركيس في بشري"], cls=MONASTERY).item("P131", bsharri.qid)
gibran.item("P119", mar_sarkis.qid)
naimy = man("ميخائيل نعيمة", "Mikhail Naimy", ["ميخائيل نعيمه"]).d("P569", "1889-10-17").d("P570", "1988-02-28").item("P463", pen_league.qid)
abu_madi = man("إيليا أبو ماضي", "Elia Abu Madi", ["إيليا أبي ماضي", "ايليا ابو ماضي"]).d("P569", "1890").d("P570", "1957-11-23").item("P463", pen_league.qid)
arida = man("نسيب عريضة", "Nasib Arida", []).d("P569", "1887").d("P570", "1946").item("P463", pen_league.qid)
pen_league.item("P112", gibran.qid).item("P112", naimy.qid)
prophet = ent("النبي", "The Prophet", ["كتاب النبي"], cls=BOOK).item("P50", gibran.qid).d("P577", "1923")

# ================= 2. Mahmoud Darwish
darwish = man("محمود درويش", "Mahmoud Darwish", ["درويش"], ar_desc="شاعر فلسطيني", arwiki="محمود درويش")
darwish.d("P569", "1941-03-13").item("P19", birwa.qid).d("P570", "2008-08-09").item("P20", houston.qid).item("P119", ramallah.qid)
darwish.item("P463", plo_ec.qid, qualifiers=span("1987", "1993")).item("P551", haifa.qid).item("P551", ramallah.qid).item("P551", amman.qid)
rana = woman("رنا قباني", "Rana Kabbani", []).d("P569", "1958").item("P19", ent("دمشق", "Damascus", cls=CITY).qid)
hayat = woman("حياة الهيني", "Hayat Heeni", ["حياة الهيني درويش"])
darwish.item("P26", rana.qid)
rana.item("P26", darwish.qid)
darwish.item("P26", hayat.qid)
hayat.item("P26", darwish.qid)

# ================= 3. Harun al-Rashid (Julian calendar model)
harun = man("هارون الرشيد", "Harun al-Rashid", ["هارون بن محمد المهدي", "الرشيد", "أبو جعفر هارون"], arwiki="هارون الرشيد")
mahdi = man("محمد المهدي", "al-Mahdi", ["المهدي", "محمد بن عبد الله المنصور"])
khayzuran = woman("الخيزران", "al-Khayzuran", ["الخيزران بنت عطاء"])
hadi = man("موسى الهادي", "al-Hadi", ["الهادي", "موسى بن المهدي"])
mansur = man("أبو جعفر المنصور", "al-Mansur", ["عبد الله المنصور", "المنصور"])
zubaidah = woman("زبيدة بنت جعفر", "Zubaidah bint Ja'far", ["زبيدة", "أم جعفر"])
jafar_mansur = man("جعفر بن المنصور", "Ja'far ibn al-Mansur", ["جعفر بن أبي جعفر المنصور"])
amin = man("محمد الأمين", "al-Amin", ["الأمين", "محمد بن هارون الرشيد"])
mamun = man("عبد الله المأمون", "al-Ma'mun", ["المأمون", "عبد الله بن هارون الرشيد"])
mutasim = man("المعتصم بالله", "al-Mu'tasim", ["المعتصم", "محمد بن هارون الرشيد"])
marajil = woman("مراجل", "Marajil", ["مراجل الباذغيسية"])
harun.d("P569", "763-03-17").d("P569", "766-02", 10).item("P19", rey.qid)
harun.d("P570", "809-03-24").item("P20", tus.qid).item("P119", tus.qid)
harun.item("P39", caliph.qid, qualifiers=span("786-09-14", "809-03-24"))
mahdi.item("P22", mansur.qid).d("P570", "785").item("P39", caliph.qid, qualifiers=span("775", "785"))
mansur.item("P40", mahdi.qid).item("P40", jafar_mansur.qid).d("P570", "775")
jafar_mansur.item("P22", mansur.qid).item("P3373", mahdi.qid)
mahdi.item("P3373", jafar_mansur.qid)
married(mahdi, khayzuran)
family(mahdi, khayzuran, [harun, hadi])
khayzuran.d("P570", "789")
hadi.d("P570", "786-09-14").item("P39", caliph.qid, qualifiers=span("785", "786-09-14"))
married(harun, zubaidah, "781")
zubaidah.item("P22", jafar_mansur.qid).d("P570", "831-07-10").item("P20", baghdad.qid)
jafar_mansur.item("P40", zubaidah.qid)
family(harun, zubaidah, [amin])
family(harun, marajil, [mamun])
mutasim.item("P22", harun.qid).d("P569", "796")
harun.item("P40", mutasim.qid)
for a, b in ((amin, mamun), (amin, mutasim), (mamun, mutasim)):
    a.item("P3373", b.qid)
    b.item("P3373", a.qid)
amin.d("P569", "787-04", 10).d("P570", "813-09-25").item("P39", caliph.qid, qualifiers=span("809-03-24", "813-09-25"))
mamun.d("P569", "786-09-14").d("P570", "833-08-09").item("P39", caliph.qid, qualifiers=span("813-09-25", "833-08-09"))
yahya_b = man("يحيى بن خالد البرمكي", "Yahya ibn Khalid", ["يحيى البرمكي", "يحيى بن خالد"]).d("P570", "805")
jafar_b = man("جعفر بن يحيى البرمكي", "Ja'far ibn Yahya", ["جعفر البرمكي", "جعفر بن يحيى"]).d("P570", "803")
fadl_b = man("الفضل بن يحيى البرمكي", "al-Fadl ibn Yahya", ["الفضل البرمكي", "الفضل بن يحيى"]).d("P570", "808")
family(yahya_b, None, [jafar_b, fadl_b])
barmakids = ent("نكبة البرامكة", "Downfall of the Barmakids", ["نكبة البرامكة سنة 187 هـ"], cls=EVENT).d("P585", "803").item("P710", harun.qid).item("P710", jafar_b.qid)
rafi = man("رافع بن الليث", "Rafi ibn al-Layth", [])
heraclea_siege = ent("فتح هرقلة", "Sack of Heraclea", ["حصار هرقلة"], cls=EVENT).d("P585", "806").item("P276", heraclea.qid)

# ================= 4. Yasser Arafat
arafat = man("ياسر عرفات", "Yasser Arafat", ["محمد عبد الرحمن عبد الرؤوف عرفات القدوة الحسيني", "أبو عمار", "عرفات"], arwiki="ياسر عرفات")
raouf = man("عبد الرؤوف القدوة", "Abdel Raouf al-Qudwa al-Husseini", ["عبد الرؤوف عرفات القدوة"])
zahwa_m = woman("زهوة أبو السعود", "Zahwa Abul Saud", ["زهوة"])
suha = woman("سهى عرفات", "Suha Arafat", ["سهى الطويل", "سهى داود الطويل"]).d("P569", "1963-07-17")
zahwa_d = woman("زهوة عرفات", "Zahwa Arafat", ["زهوة"])
arafat.d("P569", "1929-08-24").item("P19", cairo.qid).d("P570", "2004-11-11").item("P20", clamart.qid).item("P119", ramallah.qid)
married(raouf, zahwa_m)
family(raouf, zahwa_m, [arafat])
zahwa_m.d("P570", "1933")
married(arafat, suha, "1990")
family(arafat, suha, [zahwa_d])
zahwa_d.d("P569", "1995-07-24")
arafat.item("P69", cairo_univ.qid)
arafat.item("P39", plo_chair.qid, qualifiers=span("1969-02", "2004-11-11"))
arafat.item("P39", pna_pres.qid, qualifiers=span("1994", "2004-11-11"))
arafat.item("P166", nobel_peace.qid, qualifiers=[t("P585", "1994")])
wazir = man("خليل الوزير", "Khalil al-Wazir", ["أبو جهاد"]).d("P569", "1935-10-10").d("P570", "1988-04-16")
khalaf = man("صلاح خلف", "Salah Khalaf", ["أبو إياد"]).d("P569", "1933").d("P570", "1991-01-14")
rabin = man("إسحاق رابين", "Yitzhak Rabin", ["اسحق رابين"]).d("P569", "1922-03-01").d("P570", "1995-11-04").item("P166", nobel_peace.qid, qualifiers=[t("P585", "1994")])
peres = man("شمعون بيريز", "Shimon Peres", ["شيمون بيريز"]).d("P569", "1923-08-02").d("P570", "2016-09-28").item("P166", nobel_peace.qid, qualifiers=[t("P585", "1994")])
for f in (arafat, wazir, khalaf):
    fatah.item("P112", f.qid)
    f.item("P463", fatah.qid)
un_speech = ent("خطاب ياسر عرفات أمام الجمعية العامة للأمم المتحدة", "Yasser Arafat's 1974 UN General Assembly speech", ["خطاب غصن الزيتون"], cls=SPEECH) \
    .d("P585", "1974-11-13").item("P276", nyc.qid).item("P710", arafat.qid)
oslo = ent("اتفاق أوسلو", "Oslo I Accord", ["اتفاقية أوسلو", "إعلان المبادئ"], cls=TREATY).d("P585", "1993-09-13").item("P276", washington.qid).item("P710", arafat.qid).item("P710", rabin.qid)
declaration = ent("إعلان الاستقلال الفلسطيني", "Palestinian Declaration of Independence", ["وثيقة الاستقلال الفلسطيني"], cls=DECLARATION) \
    .d("P585", "1988-11-15").item("P276", algiers.qid).item("P50", darwish.qid).item("P710", arafat.qid)

# ================= 5. Ahmed Zewail
zewail = man("أحمد زويل", "Ahmed Zewail", ["أحمد حسن زويل"], arwiki="أحمد زويل")
dema = woman("ديمة الفحام", "Dema Faham", ["ديمة زويل"])
zewail.d("P569", "1946-02-26").item("P19", damanhur.qid).item("P551", desouq.qid).d("P570", "2016-08-02").item("P20", pasadena.qid)
zewail.item("P69", alex_univ.qid, qualifiers=span(None, "1967")).item("P69", upenn.qid, qualifiers=span(None, "1974"))
zewail.item("P108", berkeley_u.qid, qualifiers=span("1974", "1976")).item("P108", caltech.qid, qualifiers=span("1976", "2016-08-02"))
zewail.item("P166", nobel_chem.qid, qualifiers=[t("P585", "1999")])
married(zewail, dema, "1989")
for ar, en in (("مها زويل", "Maha Zewail"), ("أماني زويل", "Amani Zewail"), ("نبيل زويل", "Nabeel Zewail"), ("هاني زويل", "Hani Zewail")):
    c = (woman if ar[0] in "مأ" else man)(ar, en, [ar.split()[0]])
    c.item("P22", zewail.qid)
    zewail.item("P40", c.qid)

# ================= 6. The Kennedy family
joe_sr = man("جوزيف باتريك كينيدي الأب", "Joseph P. Kennedy Sr.", ["جوزيف كينيدي", "جوزيف باتريك كينيدي", "جو كينيدي"])
rose = woman("روز كينيدي", "Rose Kennedy", ["روز فيتزجيرالد", "روز فيتزجيرالد كينيدي", "روز"])
honey_fitz = man("جون فيتزجيرالد", "John F. Fitzgerald", ["جون فرانسيس فيتزجيرالد", "هوني فيتز"])
jfk = man("جون كينيدي", "John F. Kennedy", ["جون فيتزجيرالد كينيدي", "جون إف كينيدي", "جون ف. كينيدي", "جون"], ["JFK"], arwiki="جون كينيدي")
joe_jr = man("جوزيف كينيدي الابن", "Joseph P. Kennedy Jr.", ["جوزيف الابن", "جوزيف باتريك كينيدي الابن"])
rosemary = woman("روزماري كينيدي", "Rosemary Kennedy", ["روزماري"])
kathleen = woman("كاثلين كينيدي", "Kathleen Cavendish", ["كاثلين", "كيك كينيدي"], ["Kathleen Kennedy"])
eunice = woman("يونيس كينيدي شرايفر", "Eunice Kennedy Shriver", ["يونيس", "يونيس كينيدي"])
patricia = woman("باتريشيا كينيدي لوفورد", "Patricia Kennedy Lawford", ["باتريشيا"])
rfk = man("روبرت كينيدي", "Robert F. Kennedy", ["روبرت", "روبرت فرانسيس كينيدي", "بوبي كينيدي"])
jean = woman("جين كينيدي سميث", "Jean Kennedy Smith", ["جين"])
ted = man("إدوارد كينيدي", "Ted Kennedy", ["إدوارد", "تيد كينيدي", "إدوارد مور كينيدي"], ["Edward M. Kennedy"])
jackie = woman("جاكلين كينيدي", "Jacqueline Kennedy Onassis", ["جاكلين بوفييه", "جاكي كينيدي", "جاكلين"])
caroline = woman("كارولين كينيدي", "Caroline Kennedy", ["كارولين"])
jfk_jr = man("جون كينيدي الابن", "John F. Kennedy Jr.", ["جون الابن", "جون فيتزجيرالد كينيدي الابن"])
patrick = man("باتريك بوفييه كينيدي", "Patrick Bouvier Kennedy", ["باتريك"])
ethel = woman("إثيل كينيدي", "Ethel Kennedy", ["إثيل سكاكل"])
joan = woman("جوان كينيدي", "Joan Bennett Kennedy", ["جوان بينيت", "جوان بينيت كينيدي"])
victoria = woman("فيكتوريا ريجي كينيدي", "Victoria Reggie Kennedy", ["فيكتوريا ريجي"])
carolyn = woman("كارولين بيسيت كينيدي", "Carolyn Bessette-Kennedy", ["كارولين بيسيت"])
joe_sr.d("P569", "1888-09-06").d("P570", "1969-11-18").item("P39", us_amb_uk.qid, qualifiers=span("1938-03-08", "1940-10-22"))
rose.d("P569", "1890-07-22").d("P570", "1995-01-22").item("P22", honey_fitz.qid)
honey_fitz.item("P40", rose.qid).d("P569", "1863-02-11").d("P570", "1950-10-02").item("P39", mayor_boston.qid, qualifiers=span("1906", "1908")).item("P39", mayor_boston.qid, qualifiers=span("1910", "1914"))
married(joe_sr, rose, "1914-10-07", "1969-11-18")
kids = [joe_jr, jfk, rosemary, kathleen, eunice, patricia, rfk, jean, ted]
family(joe_sr, rose, kids)
joe_jr.d("P569", "1915-07-25").d("P570", "1944-08-12")
jfk.d("P569", "1917-05-29").item("P19", brookline.qid).d("P570", "1963-11-22").item("P20", dallas.qid)
jfk.item("P69", harvard.qid, qualifiers=span(None, "1940"))
jfk.item("P39", us_senator.qid, qualifiers=span("1953-01-03", "1960-12-22")).item("P39", us_president.qid, qualifiers=span("1961-01-20", "1963-11-22"))
rosemary.d("P569", "1918-09-13").d("P570", "2005-01-07")
kathleen.d("P569", "1920-02-20").d("P570", "1948-05-13").item("P20", france.qid)
eunice.d("P569", "1921-07-10").d("P570", "2009-08-11")
special_olympics.item("P112", eunice.qid)
patricia.d("P569", "1924-05-06").d("P570", "2006-09-17")
rfk.d("P569", "1925-11-20").d("P570", "1968-06-06").item("P20", los_angeles.qid).item("P39", us_ag.qid, qualifiers=span("1961-01-20", "1964-09-03"))
jean.d("P569", "1928-02-20").d("P570", "2020-06-17")
ted.d("P569", "1932-02-22").d("P570", "2009-08-25").item("P39", us_senator.qid, qualifiers=span("1962-11-07", "2009-08-25"))
married(rfk, ethel, "1950-06-17", "1968-06-06")
ethel.d("P569", "1928-04-11")
married(ted, joan, "1958-11-29")
married(ted, victoria, "1992-07-03", "2009-08-25")
joan.d("P569", "1936-09-02")
married(jfk, jackie, "1953-09-12", "1963-11-22")
jackie.d("P569", "1929-07-28").d("P570", "1994-05-19")
family(jfk, jackie, [caroline, jfk_jr, patrick])
caroline.d("P569", "1957-11-27")
jfk_jr.d("P569", "1960-11-25").d("P570", "1999-07-16")
patrick.d("P569", "1963-08-07").d("P570", "1963-08-09")
married(jfk_jr, carolyn, "1996-09-21", "1999-07-16")
carolyn.d("P569", "1966-01-07").d("P570", "1999-07-16")
# A deprecated statement, as real items carry: Caroline's birth year once entered as 1958.
caroline._add("P569", t("P569", "1958"), rank="deprecated", qualifiers=[q("P2241", INCORRECT_VALUE)])

# ================= 7. The Yemeni states
mutawakkilite = ent("المملكة المتوكلية اليمنية", "Mutawakkilite Kingdom of Yemen", ["المملكة المتوكلية", "اليمن الشمالي الملكي"], cls=[HIST_COUNTRY])
mutawakkilite.d("P571", "1918").d("P576", "1962-09-26").d("P576", "1970").item("P36", sanaa.qid)
mutawakkilite.item("P463", arab_league.qid, qualifiers=span("1945-05-05")).item("P463", un.qid, qualifiers=span("1947-09-30"))
yar = ent("الجمهورية العربية اليمنية", "Yemen Arab Republic", ["اليمن الشمالي", "جمهورية اليمن العربية"], cls=[HIST_COUNTRY])
yar.d("P571", "1962-09-26").d("P576", "1990-05-22").item("P36", sanaa.qid).item("P1365", mutawakkilite.qid).item("P1366", yemen_country.qid)
pdry = ent("جمهورية اليمن الديمقراطية الشعبية", "People's Democratic Republic of Yemen", ["اليمن الجنوبي", "جمهورية اليمن الجنوبية الشعبية", "اليمن الديمقراطي"], cls=[HIST_COUNTRY])
pdry.d("P571", "1967-11-30").d("P576", "1990-05-22").item("P36", aden.qid).item("P1366", yemen_country.qid)
pdry.item("P463", un.qid, qualifiers=span("1967-12-14", "1990-05-22"))
yemen_country.d("P571", "1990-05-22").item("P36", sanaa.qid).item("P1365", yar.qid).item("P1365", pdry.qid)
for c in (sanaa, taiz):
    c.item("P17", yar.qid)
aden.item("P17", pdry.qid)
yahya = man("الإمام يحيى حميد الدين", "Imam Yahya Muhammad Hamid ed-Din", ["يحيى حميد الدين", "الإمام يحيى", "يحيى بن محمد حميد الدين"])
ahmad = man("الإمام أحمد بن يحيى حميد الدين", "Ahmad bin Yahya", ["الإمام أحمد", "أحمد بن يحيى حميد الدين"])
badr = man("محمد البدر", "Muhammad al-Badr", ["الإمام محمد البدر", "البدر", "محمد البدر حميد الدين"])
yahya.d("P569", "1869-06-18").d("P570", "1948-02-17").item("P39", imam_yemen.qid, qualifiers=span("1904-06", "1948-02-17"))
mansur_y = man("الإمام المنصور محمد بن يحيى حميد الدين", "al-Mansur Muhammad bin Yahya Hamid al-Din", ["محمد بن يحيى حميد الدين", "المنصور بالله محمد"])
mansur_y.d("P570", "1904-06").item("P39", imam_yemen.qid, qualifiers=span("1890", "1904-06"))
family(mansur_y, None, [yahya])
family(yahya, None, [ahmad])
ahmad.d("P569", "1891").d("P570", "1962-09-19").item("P20", taiz.qid).item("P39", imam_yemen.qid, qualifiers=span("1948-03", "1962-09-19"))
family(ahmad, None, [badr])
badr.d("P569", "1926-02-15").d("P570", "1996-08-06").item("P20", london.qid).item("P39", imam_yemen.qid, qualifiers=span("1962-09-19", "1962-09-26"))
saleh = man("علي عبد الله صالح", "Ali Abdullah Saleh", ["صالح", "الرئيس صالح"])
saleh.d("P569", "1947-03-21").d("P570", "2017-12-04").item("P20", sanaa.qid)
saleh.item("P39", pres_yar.qid, qualifiers=span("1978-07-17", "1990-05-22")).item("P39", pres_yemen.qid, qualifiers=span("1990-05-22", "2012-02-27"))
ghashmi = man("أحمد الغشمي", "Ahmad al-Ghashmi", ["أحمد حسين الغشمي"]).d("P569", "1938").d("P570", "1978-06-24").item("P20", sanaa.qid)
ghashmi.item("P39", pres_yar.qid, qualifiers=span("1977-10-11", "1978-06-24"))
beidh = man("علي سالم البيض", "Ali Salem al-Beidh", ["البيض"]).item("P39", vp_yemen.qid, qualifiers=span("1990-05-22", "1994"))
unification = ent("الوحدة اليمنية", "Yemeni unification", ["إعلان الوحدة اليمنية", "قيام الجمهورية اليمنية"], cls=EVENT).d("P585", "1990-05-22").item("P276", aden.qid)
civil_war = ent("حرب صيف 1994", "1994 civil war in Yemen", ["حرب الانفصال", "الحرب الأهلية اليمنية 1994"], cls=WAR).time("P580", "1994-05", 10).d("P582", "1994-07-07")
independence_s = ent("استقلال جنوب اليمن", "Independence of South Yemen", ["استقلال عدن", "عيد الاستقلال 30 نوفمبر"], cls=EVENT).d("P585", "1967-11-30").item("P276", aden.qid)
revolution_26 = ent("ثورة 26 سبتمبر", "26 September Revolution", ["الثورة اليمنية", "ثورة سبتمبر"], cls=EVENT).d("P585", "1962-09-26").item("P276", sanaa.qid)

# ================= 8. Abdel Halim Hafez
halim = man("عبد الحليم حافظ", "Abdel Halim Hafez", ["عبد الحليم علي شبانة", "العندليب الأسمر", "عبد الحليم"], arwiki="عبد الحليم حافظ")
ali_sh = man("علي إسماعيل شبانة", "Ali Ismail Shabana", ["علي شبانة"])
ismail_sh = man("إسماعيل شبانة", "Ismail Shabana", ["إسماعيل علي شبانة"])
alia_sh = woman("علية شبانة", "Alia Shabana", ["علية"])
muhammad_sh = man("محمد شبانة", "Muhammad Shabana", ["محمد علي شبانة"])
family(ali_sh, None, [halim, ismail_sh, alia_sh, muhammad_sh])
halim.somevalue("P25")
halim.d("P569", "1929-06-21").item("P19", halawat.qid).d("P570", "1977-03-30").item("P20", london.qid)
halim.item("P69", arab_music.qid).item("P69", theatre_music.qid, qualifiers=span(None, "1948"))
ali_sh.item("P19", halawat.qid)
hafez_aw = man("حافظ عبد الوهاب", "Hafez Abdel Wahab", [])
soad = woman("سعاد حسني", "Soad Hosny", ["السندريلا"]).d("P569", "1943-01-26").d("P570", "2001-06-21").item("P20", london.qid)

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "heldout4.json")
    write_dump(os.path.normpath(out), L)
    print(f"{len(L)} entities, {sum(len(s) for e in L for s in e.claims.values())} statements -> {os.path.normpath(out)}")
