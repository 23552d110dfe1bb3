"""Writes data/kb/heldout5.json: the knowledge base of the fifth held-out verification set in
data/kb/heldout5/ (Leo Tolstoy, Zaha Hadid, Abd al-Rahman I of Córdoba, Dmitri Mendeleev, Alexander
Pushkin, the family of Suleiman the Magnificent, OPEC and OAPEC, Fairuz and the Rahbanis), in Wikidata's
full-dump shape, written by hand from public facts (standard reference works) by a helper that did not
read the linker or the verifier. Every item has a local id from Q90005601 up (dev5/dev5b use
Q90005001-Q90005599); only class items (Q5 human, Q515 city, ...), the sex values, Q41755623 and Q36578
(the "stated in" of every reference) keep Wikidata's ids. Dates before 1582 carry the Julian calendar
model, later ones the Gregorian (Russian dates are given in the Gregorian calendar, as Wikidata does).
Run: python3 tools/kb/make_heldout5_kb.py"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import Entity, item_snak, write_dump, JUL, GREG  # noqa: E402

HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, HIST_COUNTRY, REGION = "Q515", "Q532", "Q6256", "Q3024240", "Q82794"
UNIVERSITY, SCHOOL, INSTITUTE, ORGANIZATION, INTL_ORG, PARTY = "Q3918", "Q3914", "Q1664720", "Q43229", "Q484652", "Q7278"
POSITION, AWARD, MONASTERY, MOSQUE, BATTLE, BUSINESS, ESTATE = "Q4164871", "Q618779", "Q44613", "Q32815", "Q178561", "Q4830453", "Q2186896"
INCORRECT_VALUE = "Q41755623"
FIRST = 90005600

L = []
n = [FIRST]


def local():
    n[0] += 1
    return f"Q{n[0]}"


def q_time(prop, when):
    year = int(when.split("-")[0])
    snak = Item._tsnak(prop, when, JUL if year < 1582 else GREG)
    return snak


class Item(Entity):
    @staticmethod
    def _tsnak(prop, when, cal, precision=None):
        from wikidata_dump import time_snak
        return time_snak(prop, when, precision, cal)

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

    def i(self, prop, target, start=None, end=None, at=None, rank="normal", extra=()):
        qs = list(extra)
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
                   "lastrevid": 2300000000 + num - FIRST, "modified": "2026-11-30T09:15:00Z"}
        ordered.update({k: v for k, v in e.items() if k not in ("type", "id")})
        return json.dumps(ordered, ensure_ascii=False, separators=(",", ":"))


def ent(ar, en, ar_aliases=(), en_aliases=(), cls=None, ar_desc=None, en_desc=None, arwiki=None, part_of=None):
    e = Item(local(), ar, en, ar_aliases, en_aliases, ar_desc, en_desc, arwiki)
    for c in ([cls] if isinstance(cls, str) else (cls or [])):
        e.item("P31", c)
    if part_of is not None:
        e.i("P131" if part_of.claims.get("P31", [{}])[0].get("mainsnak", {}).get("datavalue", {}).get("value", {}).get("id") != COUNTRY else "P17", part_of)
    L.append(e)
    return e


def person(ar, en, sex, born=None, died=None, bp=None, dp=None, father=None, mother=None, ar_aliases=(), en_aliases=(),
           ar_desc=None, en_desc=None, arwiki=None):
    if isinstance(father, (list, tuple)):  # aliases given right after the places
        ar_aliases, father = father, None
        if isinstance(mother, (list, tuple)):
            en_aliases, mother = mother, None
    e = Item(local(), ar, en, ar_aliases, en_aliases, ar_desc, en_desc, arwiki)
    e.item("P31", HUMAN).item("P21", sex)
    for b in ([born] if isinstance(born, str) else (born or [])):
        e.d("P569", b)
    for x in ([died] if isinstance(died, str) else (died or [])):
        e.d("P570", x)
    if bp:
        e.i("P19", bp)
    if dp:
        e.i("P20", dp)
    if father:
        e.i("P22", father)
    if mother:
        e.i("P25", mother)
    L.append(e)
    return e


def marry(a, b, start=None, end=None):
    a.i("P26", b, start, end)
    b.i("P26", a, start, end)


def parent_of(p, *children):
    for c in children:
        p.i("P40", c)


def siblings(*people):
    for a in people:
        for b in people:
            if a is not b:
                a.i("P3373", b)


# ---------------------------------------------------------------- places
russia_emp = ent("الإمبراطورية الروسية", "Russian Empire", ["روسيا القيصرية"], cls=HIST_COUNTRY)
russia = ent("روسيا", "Russia", cls=COUNTRY)
moscow = ent("موسكو", "Moscow", cls=CITY, part_of=russia)
spb = ent("سانت بطرسبورغ", "Saint Petersburg", ["بطرسبورغ", "سان بطرسبرغ", "بطرسبرغ", "لينينغراد"], ["St Petersburg", "Petrograd"], cls=CITY, part_of=russia)
tula_gov = ent("محافظة تولا", "Tula Governorate", cls=REGION, part_of=russia_emp)
tula = ent("تولا", "Tula", cls=CITY, part_of=tula_gov)
yasnaya = ent("ياسنايا بوليانا", "Yasnaya Polyana", ["ياسنايا بوليانا (ضيعة)"], cls=ESTATE, part_of=tula_gov)
ryazan_gov = ent("محافظة ريازان", "Ryazan Governorate", cls=REGION, part_of=russia_emp)
astapovo = ent("أستابوفو", "Astapovo", ["ليف تولستوي (بلدة)"], ["Lev Tolstoy (settlement)"], cls=VILLAGE, part_of=ryazan_gov)
kazan = ent("قازان", "Kazan", ["كازان"], cls=CITY, part_of=russia)
tobolsk = ent("توبولسك", "Tobolsk", cls=CITY, part_of=russia)
sevastopol = ent("سيفاستوبول", "Sevastopol", ["سباستوبول"], cls=CITY)
tsarskoye = ent("تسارسكوي سيلو", "Tsarskoye Selo", ["بوشكين (مدينة)"], cls=CITY, part_of=russia)
mikhailovskoye = ent("ميخايلوفسكويه", "Mikhailovskoye", cls=ESTATE, part_of=russia)
svyatogorsky = ent("دير سفياتوغورسك", "Svyatogorsky Monastery", ["دير سفياتوغورسكي"], cls=MONASTERY, part_of=russia)
heidelberg = ent("هايدلبرغ", "Heidelberg", cls=CITY)
london = ent("لندن", "London", cls=CITY)
uk = ent("المملكة المتحدة", "United Kingdom", ["بريطانيا"], cls=COUNTRY)
london.i("P17", uk)
miami = ent("ميامي", "Miami", cls=CITY)
iraq = ent("العراق", "Iraq", cls=COUNTRY)
baghdad = ent("بغداد", "Baghdad", cls=CITY, part_of=iraq)
lebanon = ent("لبنان", "Lebanon", cls=COUNTRY)
beirut = ent("بيروت", "Beirut", cls=CITY, part_of=lebanon)
antelias = ent("أنطلياس", "Antelias", cls=CITY, part_of=lebanon)
syria = ent("سوريا", "Syria", ["سورية"], cls=COUNTRY)
damascus = ent("دمشق", "Damascus", ["الشام"], cls=CITY, part_of=syria)
rusafa = ent("الرصافة", "Resafa", ["رصافة هشام"], cls=CITY, part_of=syria)
andalus = ent("الأندلس", "al-Andalus", cls=REGION)
cordoba = ent("قرطبة", "Córdoba", ["قرطبه"], ["Cordoba"], cls=CITY, part_of=andalus)
almunecar = ent("المنكب", "Almuñécar", ["المنكّب"], cls=CITY, part_of=andalus)
turkey = ent("تركيا", "Turkey", cls=COUNTRY)
trabzon = ent("طرابزون", "Trabzon", ["طرابزون (طرابيزندة)"], ["Trebizond"], cls=CITY, part_of=turkey)
istanbul = ent("إسطنبول", "Istanbul", ["القسطنطينية", "الأستانة", "استانبول"], ["Constantinople"], cls=CITY, part_of=turkey)
corlu = ent("تشورلو", "Çorlu", ["جورلو"], cls=CITY, part_of=turkey)
edirne = ent("أدرنة", "Edirne", cls=CITY, part_of=turkey)
amasya = ent("أماسيا", "Amasya", cls=CITY, part_of=turkey)
manisa = ent("مانيسا", "Manisa", ["مغنيسيا"], cls=CITY, part_of=turkey)
eregli = ent("إرغلي", "Ereğli", ["أرغلي"], cls=CITY, part_of=turkey)
hungary = ent("المجر", "Hungary", ["هنغاريا"], cls=COUNTRY)
szigetvar = ent("سيكتوار", "Szigetvár", ["زيگتوار", "سيغتفار"], cls=CITY, part_of=hungary)
iran = ent("إيران", "Iran", cls=COUNTRY)
qazvin = ent("قزوين", "Qazvin", cls=CITY, part_of=iran)
saudi = ent("السعودية", "Saudi Arabia", ["المملكة العربية السعودية"], cls=COUNTRY)
riyadh = ent("الرياض", "Riyadh", cls=CITY, part_of=saudi)
zulfi = ent("الزلفي", "Al Zulfi", cls=CITY, part_of=saudi)
mecca = ent("مكة", "Mecca", ["مكة المكرمة"], cls=CITY, part_of=saudi)
kuwait = ent("الكويت", "Kuwait", ["دولة الكويت"], cls=COUNTRY)
kuwait_city = ent("مدينة الكويت", "Kuwait City", ["الكويت"], cls=CITY, part_of=kuwait)
venezuela = ent("فنزويلا", "Venezuela", cls=COUNTRY)
caracas = ent("كراكاس", "Caracas", cls=CITY, part_of=venezuela)
usa = ent("الولايات المتحدة", "United States", ["أمريكا"], cls=COUNTRY)
miami.i("P17", usa)
washington = ent("واشنطن", "Washington, D.C.", cls=CITY, part_of=usa)
qatar = ent("قطر", "Qatar", cls=COUNTRY)
libya = ent("ليبيا", "Libya", cls=COUNTRY)
indonesia = ent("إندونيسيا", "Indonesia", cls=COUNTRY)
abu_dhabi = ent("إمارة أبوظبي", "Emirate of Abu Dhabi", ["أبوظبي", "أبو ظبي"], cls=REGION)
uae = ent("الإمارات العربية المتحدة", "United Arab Emirates", ["الإمارات"], cls=COUNTRY)
abu_dhabi.i("P131", uae)
algeria = ent("الجزائر", "Algeria", cls=COUNTRY)
nigeria = ent("نيجيريا", "Nigeria", cls=COUNTRY)
ecuador = ent("الإكوادور", "Ecuador", cls=COUNTRY)
gabon = ent("الغابون", "Gabon", cls=COUNTRY)
angola = ent("أنغولا", "Angola", cls=COUNTRY)
switzerland = ent("سويسرا", "Switzerland", cls=COUNTRY)
geneva = ent("جنيف", "Geneva", cls=CITY, part_of=switzerland)
austria = ent("النمسا", "Austria", cls=COUNTRY)
vienna = ent("فيينا", "Vienna", cls=CITY, part_of=austria)
egypt = ent("مصر", "Egypt", cls=COUNTRY)
cairo = ent("القاهرة", "Cairo", cls=CITY, part_of=egypt)
berlin = ent("برلين", "Berlin", cls=CITY)
safed = ent("صفد", "Safed", cls=CITY)
rotterdam = ent("روتردام", "Rotterdam", cls=CITY)

# ---------------------------------------------------------------- Tolstoy
kazan_u = ent("جامعة قازان", "Kazan University", ["جامعة كازان", "جامعة قازان الإمبراطورية"], cls=UNIVERSITY, part_of=kazan)
kazan_u.d("P571", "1804-11-17")
moscow_u = ent("جامعة موسكو", "Moscow State University", ["جامعة موسكو الحكومية", "جامعة لومونوسوف"], cls=UNIVERSITY, part_of=moscow)
moscow_u.d("P571", "1755-01-25")
t_father = person("نيكولاي إيليتش تولستوي", "Nikolai Ilyich Tolstoy", MALE, "1794", "1837", None, tula,
                  en_desc="Russian count, father of Leo Tolstoy")
t_mother = person("ماريا نيكولايفنا فولكونسكايا", "Maria Nikolayevna Volkonskaya", FEMALE, "1790", "1830", None, yasnaya,
                  ["ماريا فولكونسكايا", "الأميرة ماريا فولكونسكايا"], en_desc="Russian princess, mother of Leo Tolstoy")
tolstoy = person("ليف تولستوي", "Leo Tolstoy", MALE, "1828-09-09", "1910-11-20", yasnaya, astapovo, t_father, t_mother,
                 ["ليو تولستوي", "ليف نيكولايفيتش تولستوي", "تولستوي", "لاف تولستوي"], ["Lev Nikolayevich Tolstoy"],
                 "روائي روسي", "Russian writer (1828–1910)", "ليو تولستوي")
tolstoy.i("P119", yasnaya).i("P69", kazan_u, "1844", "1847").item("P106", "Q36180")
t_nikolai = person("نيكولاي نيكولايفيتش تولستوي", "Nikolai Nikolayevich Tolstoy", MALE, "1823", "1860", yasnaya, None, t_father, t_mother,
                   ["نيكولاي تولستوي"])
t_sergei = person("سيرغي نيكولايفيتش تولستوي", "Sergei Nikolayevich Tolstoy", MALE, "1826", "1904", yasnaya, None, t_father, t_mother,
                  ["سيرغي تولستوي"])
t_dmitri = person("دميتري نيكولايفيتش تولستوي", "Dmitry Nikolayevich Tolstoy", MALE, "1827", "1856", yasnaya, None, t_father, t_mother,
                  ["دميتري تولستوي"])
t_maria = person("ماريا نيكولايفنا تولستايا", "Maria Nikolayevna Tolstaya", FEMALE, "1830", "1912", yasnaya, None, t_father, t_mother,
                 ["ماريا تولستايا"])
siblings(tolstoy, t_nikolai, t_sergei, t_dmitri, t_maria)
parent_of(t_father, tolstoy, t_nikolai, t_sergei, t_dmitri, t_maria)
parent_of(t_mother, tolstoy, t_nikolai, t_sergei, t_dmitri, t_maria)
sophia = person("صوفيا أندرييفنا تولستايا", "Sophia Tolstaya", FEMALE, "1844-09-03", "1919-11-04", None, yasnaya,
                ar_aliases=["صوفيا بيرس", "صوفيا أندرييفنا بيرس", "صوفيا تولستايا"], en_aliases=["Sofia Andreyevna Behrs"])
marry(tolstoy, sophia, "1862-10-05")
tc = [person("سيرغي لفوفيتش تولستوي", "Sergei Lvovich Tolstoy", MALE, "1863", "1947", yasnaya, moscow, tolstoy, sophia, ["سيرغي تولستوي"]),
      person("تاتيانا لفوفنا سوخوتينا-تولستايا", "Tatiana Sukhotina-Tolstaya", FEMALE, "1864", "1950", yasnaya, None, tolstoy, sophia,
             ["تاتيانا تولستايا", "تاتيانا لفوفنا تولستايا"]),
      person("إيليا لفوفيتش تولستوي", "Ilya Lvovich Tolstoy", MALE, "1866", "1933", yasnaya, None, tolstoy, sophia, ["إيليا تولستوي"]),
      person("ليف لفوفيتش تولستوي", "Lev Lvovich Tolstoy", MALE, "1869", "1945", yasnaya, None, tolstoy, sophia, ["ليف تولستوي الابن"]),
      person("ألكسندرا لفوفنا تولستايا", "Alexandra Tolstaya", FEMALE, "1884", "1979", yasnaya, None, tolstoy, sophia,
             ["ألكسندرا تولستايا", "ساشا تولستايا"])]
parent_of(tolstoy, *tc)
parent_of(sophia, *tc)
siblings(*tc)

# ---------------------------------------------------------------- Zaha Hadid
aub = ent("الجامعة الأمريكية في بيروت", "American University of Beirut", ["الجامعة الأميركية في بيروت"], ["AUB"], cls=UNIVERSITY, part_of=beirut)
aub.d("P571", "1866-12-03")
aa = ent("مدرسة الجمعية المعمارية", "Architectural Association School of Architecture", ["الجمعية المعمارية", "مدرسة الجمعية المعمارية في لندن"],
         ["AA School"], cls=SCHOOL, part_of=london)
aa.d("P571", "1847")
ndp = ent("الحزب الوطني الديمقراطي", "National Democratic Party (Iraq)", ["الحزب الوطني الديمقراطي العراقي"], cls=PARTY)
ndp.d("P571", "1946").i("P17", iraq)
oma = ent("مكتب العمارة الحضرية", "Office for Metropolitan Architecture", ["أو إم إيه"], ["OMA"], cls=BUSINESS)
oma.d("P571", "1975").i("P159", rotterdam)
zha = ent("زها حديد للهندسة المعمارية", "Zaha Hadid Architects", ["مكتب زها حديد"], cls=BUSINESS)
zha.d("P571", "1980").i("P159", london)
pritzker = ent("جائزة بريتزكر", "Pritzker Architecture Prize", ["جائزة بريتزكر للعمارة"], cls=AWARD)
stirling = ent("جائزة ستيرلنغ", "Stirling Prize", ["جائزة ستيرلينغ"], cls=AWARD)
riba_gold = ent("الميدالية الذهبية الملكية", "Royal Gold Medal", ["الميدالية الذهبية الملكية للعمارة"], cls=AWARD)
dbe = ent("قائدة وسام الإمبراطورية البريطانية", "Dame Commander of the Order of the British Empire", ["دام"], ["DBE"], cls=AWARD)
m_hadid = person("محمد حديد", "Muhammad Hadid", MALE, "1907", "1999", None, london, ar_desc="سياسي عراقي", en_desc="Iraqi politician and economist")
m_hadid.i("P463", ndp, "1946").i("P39", ent("وزير المالية العراقي", "Minister of Finance of Iraq", cls=POSITION), "1958", "1960")
wajiha = person("وجيهة الصابونجي", "Wajiha al-Sabunji", FEMALE, None, None, None, None, ar_aliases=["وجيهة صابونجي"])
chadirji = person("كامل الجادرجي", "Kamil Chadirji", MALE, "1897", "1968", baghdad, baghdad, ar_aliases=["كامل چادرچي"],
                  ar_desc="سياسي عراقي", en_desc="Iraqi politician")
chadirji.i("P463", ndp, "1946")
ndp.i("P112", chadirji).i("P112", m_hadid)
zaha = person("زها حديد", "Zaha Hadid", FEMALE, "1950-10-31", "2016-03-31", baghdad, miami, m_hadid, wajiha,
              ["زها محمد حديد"], ["Dame Zaha Hadid"], "معمارية عراقية بريطانية", "Iraqi-British architect (1950–2016)", "زها حديد")
zaha.i("P27", iraq).i("P27", uk).i("P69", aub, None, "1971").i("P69", aa, "1972", "1977").i("P108", oma, "1977", "1979")
zaha.i("P166", pritzker, at="2004").i("P166", stirling, at="2010").i("P166", stirling, at="2011").i("P166", dbe, at="2012").i("P166", riba_gold, at="2016")
zha.i("P112", zaha)
foulath = person("فولاذ حديد", "Foulath Hadid", MALE, "1937", "2012", baghdad, london, m_hadid, wajiha)
siblings(zaha, foulath)
parent_of(m_hadid, zaha, foulath)
parent_of(wajiha, zaha, foulath)
marry(m_hadid, wajiha)
koolhaas = person("رم كولهاس", "Rem Koolhaas", MALE, "1944-11-17", None, rotterdam, None, ar_aliases=["ريم كولهاس"])
koolhaas.i("P108", oma, "1975")

# ---------------------------------------------------------------- Abd al-Rahman I (Julian dates)
umayyad = ent("الدولة الأموية", "Umayyad Caliphate", ["الخلافة الأموية", "دولة بني أمية"], cls=HIST_COUNTRY)
umayyad.d("P571", "661").d("P576", "750").i("P36", damascus)
emirate = ent("إمارة قرطبة", "Emirate of Córdoba", ["الدولة الأموية في الأندلس", "إمارة بني أمية بالأندلس"], cls=HIST_COUNTRY)
emirate.d("P571", "756").d("P576", "929-01-16").i("P36", cordoba)
caliphate_c = ent("خلافة قرطبة", "Caliphate of Córdoba", ["الخلافة الأموية في الأندلس"], cls=HIST_COUNTRY)
caliphate_c.d("P571", "929-01-16").d("P576", "1031").i("P36", cordoba)
emirate.i("P1366", caliphate_c)
caliph = ent("خليفة", "caliph", ["أمير المؤمنين"], cls=POSITION)
emir_c = ent("أمير قرطبة", "Emir of Córdoba", ["أمير الأندلس"], cls=POSITION)
mosque_c = ent("المسجد الجامع بقرطبة", "Mosque–Cathedral of Córdoba", ["جامع قرطبة", "المسجد الكبير بقرطبة", "مسجد قرطبة الكبير"], cls=MOSQUE, part_of=cordoba)
mosque_c.d("P571", "785").d("P571", "786")
hisham_c = person("هشام بن عبد الملك", "Hisham ibn Abd al-Malik", MALE, "691", "743-02-06", damascus, rusafa, ar_desc="خليفة أموي")
hisham_c.i("P39", caliph, "724", "743-02-06")
muawiya = person("معاوية بن هشام", "Mu'awiya ibn Hisham", MALE, None, "737", None, None, hisham_c, ar_aliases=["معاوية بن هشام بن عبد الملك"])
rah = person("راح", "Rah", FEMALE, ar_aliases=["راح البربرية"], en_desc="Berber concubine, mother of Abd al-Rahman I")
dakhil = person("عبد الرحمن الداخل", "Abd al-Rahman I", MALE, "731", "788", damascus, cordoba, muawiya, rah,
                ["عبد الرحمن بن معاوية", "صقر قريش", "عبد الرحمن الأول", "عبد الرحمن بن معاوية بن هشام"], ["Abd al-Rahman ibn Mu'awiya"],
                "أول أمراء بني أمية في الأندلس", "first Umayyad emir of Córdoba (731–788)", "عبد الرحمن الداخل")
dakhil.i("P39", emir_c, "756-05", "788")
emirate.i("P112", dakhil)
mosque_c.i("P88", dakhil)
parent_of(hisham_c, muawiya)
parent_of(muawiya, dakhil)
parent_of(rah, dakhil)
hulal = person("حلل", "Hulal", FEMALE, en_desc="concubine of Abd al-Rahman I, mother of Hisham I")
hisham1 = person("هشام الأول", "Hisham I of Córdoba", MALE, "757", "796", cordoba, cordoba, dakhil, hulal,
                 ["هشام الرضا", "هشام بن عبد الرحمن", "هشام بن عبد الرحمن الداخل"], ar_desc="أمير قرطبة")
hisham1.i("P39", emir_c, "788", "796")
sulayman_c = person("سليمان بن عبد الرحمن", "Sulayman ibn Abd al-Rahman", MALE, None, None, None, None, dakhil)
abdallah_c = person("عبد الله بن عبد الرحمن", "Abdallah ibn Abd al-Rahman", MALE, None, None, None, None, dakhil, ar_aliases=["عبد الله البلنسي"])
parent_of(dakhil, hisham1, sulayman_c, abdallah_c)
parent_of(hulal, hisham1)
siblings(hisham1, sulayman_c, abdallah_c)
nasir = person("عبد الرحمن الناصر", "Abd al-Rahman III", MALE, "891", "961-10-15", cordoba, cordoba,
               ar_aliases=["عبد الرحمن الثالث", "الناصر لدين الله"])
nasir.i("P39", emir_c, "912", "929-01-16").i("P39", caliph, "929-01-16", "961-10-15")
caliphate_c.i("P112", nasir)
fihri = person("يوسف بن عبد الرحمن الفهري", "Yusuf ibn Abd al-Rahman al-Fihri", MALE, None, "759", ar_aliases=["يوسف الفهري"])
musara = ent("معركة المصارة", "Battle of Musara", ["وقعة المصارة"], cls=BATTLE)
musara.d("P585", "756-05").i("P276", cordoba).i("P710", dakhil).i("P710", fihri)

# ---------------------------------------------------------------- Mendeleev
ped_inst = ent("المعهد التربوي الرئيسي", "Main Pedagogical Institute", ["المعهد التربوي المركزي", "معهد المعلمين الرئيسي"], cls=INSTITUTE, part_of=spb)
ped_inst.d("P571", "1816").d("P576", "1859")
heidelberg_u = ent("جامعة هايدلبرغ", "Heidelberg University", ["جامعة هايدلبرج", "جامعة روبرخت كارل"], cls=UNIVERSITY, part_of=heidelberg)
spb_u = ent("جامعة سانت بطرسبورغ", "Saint Petersburg State University", ["جامعة بطرسبورغ", "جامعة سانت بطرسبورغ الحكومية"], cls=UNIVERSITY, part_of=spb)
spb_u.d("P571", "1724")
weights = ent("الغرفة الرئيسية للأوزان والمقاييس", "Main Chamber of Weights and Measures", ["غرفة الأوزان والمقاييس"], cls=INSTITUTE, part_of=spb)
weights.d("P571", "1893")
davy = ent("ميدالية ديفي", "Davy Medal", cls=AWARD)
copley = ent("ميدالية كوبلي", "Copley Medal", cls=AWARD)
m_father = person("إيفان بافلوفيتش مندلييف", "Ivan Pavlovich Mendeleev", MALE, "1783", "1847", None, tobolsk, ar_aliases=["إيفان مندلييف"])
m_mother = person("ماريا دميترييفنا مندلييفا", "Maria Dmitrievna Mendeleeva", FEMALE, "1793", "1850", tobolsk, spb,
                  ["ماريا دميترييفنا كورنيلييفا", "ماريا كورنيلييفا"])
marry(m_father, m_mother)
mendeleev = person("دميتري مندلييف", "Dmitri Mendeleev", MALE, "1834-02-08", "1907-02-02", tobolsk, spb, m_father, m_mother,
                   ["دميتري إيفانوفيتش مندلييف", "مندلييف", "مندليف"], ["Dmitri Ivanovich Mendeleev"],
                   "كيميائي روسي", "Russian chemist (1834–1907)", "دميتري مندلييف")
mendeleev.i("P69", ped_inst, "1850", "1855").i("P69", heidelberg_u, "1859", "1861")
mendeleev.i("P108", spb_u, "1867", "1890").i("P108", weights, "1893", "1907-02-02")
mendeleev.i("P166", davy, at="1882").i("P166", copley, at="1905")
parent_of(m_father, mendeleev)
parent_of(m_mother, mendeleev)
feozva = person("فيوزفا نيكيتيشنا ليشيفا", "Feozva Nikitichna Leshcheva", FEMALE, "1828", "1906", ar_aliases=["فيوزفا ليشيفا", "فيوزفا مندلييفا"])
anna_p = person("آنا إيفانوفنا بوبوفا", "Anna Ivanovna Popova", FEMALE, "1860", "1942", ar_aliases=["آنا بوبوفا", "آنا مندلييفا"],
                en_desc="Russian painter, second wife of Dmitri Mendeleev")
marry(mendeleev, feozva, "1862", "1882")
marry(mendeleev, anna_p, "1882")
vladimir_m = person("فلاديمير دميترييفيتش مندلييف", "Vladimir Mendeleev", MALE, "1865", "1898", None, None, mendeleev, feozva, ["فلاديمير مندلييف"])
olga_m = person("أولغا دميترييفنا مندلييفا", "Olga Mendeleeva", FEMALE, "1868", "1950", None, None, mendeleev, feozva, ["أولغا مندلييفا"])
lyubov = person("ليوبوف دميترييفنا مندلييفا", "Lyubov Mendeleeva-Blok", FEMALE, "1881-12-29", "1939-09-27", spb, spb, mendeleev, anna_p,
                ["ليوبوف مندلييفا", "ليوبوف بلوك"], ["Lyubov Dmitrievna Blok"])
lyubov.d("P569", "1882", rank="deprecated", qualifiers=[item_snak("P2241", INCORRECT_VALUE)])
ivan_m = person("إيفان دميترييفيتش مندلييف", "Ivan Mendeleev", MALE, "1883", "1936", None, None, mendeleev, anna_p, ["إيفان مندلييف"])
parent_of(mendeleev, vladimir_m, olga_m, lyubov, ivan_m)
parent_of(feozva, vladimir_m, olga_m)
parent_of(anna_p, lyubov, ivan_m)
blok = person("ألكسندر بلوك", "Alexander Blok", MALE, "1880-11-28", "1921-08-07", spb, spb, ar_aliases=["ألكسندر ألكسندروفيتش بلوك"],
              ar_desc="شاعر روسي", en_desc="Russian poet")
marry(lyubov, blok, "1903")

# ---------------------------------------------------------------- Pushkin
lyceum = ent("ليسيه تسارسكوي سيلو", "Tsarskoye Selo Lyceum", ["ليسيه تسارسكويه سيلو", "الليسيه الإمبراطوري"], ["Imperial Lyceum"],
             cls=SCHOOL, part_of=tsarskoye)
lyceum.d("P571", "1811-10-31")
abram = person("أبرام غانيبال", "Abram Petrovich Gannibal", MALE, "1696", "1781", None, None, ar_aliases=["إبراهيم هانيبال", "أبرام هانيبال"],
               en_desc="African-born Russian general, Pushkin's great-grandfather")
osip = person("أوسيب أبراموفيتش غانيبال", "Osip Abramovich Gannibal", MALE, "1744", "1806", None, None, abram, ar_aliases=["أوسيب غانيبال"])
parent_of(abram, osip)
s_pushkin = person("سيرغي لفوفيتش بوشكين", "Sergei Lvovich Pushkin", MALE, "1770", "1848", moscow, moscow, ar_aliases=["سيرغي بوشكين"])
nadezhda = person("ناديجدا أوسيبوفنا بوشكينا", "Nadezhda Osipovna Pushkina", FEMALE, "1775", "1836", None, spb, osip,
                  ar_aliases=["ناديجدا أوسيبوفنا غانيبال", "ناديجدا غانيبال"])
parent_of(osip, nadezhda)
marry(s_pushkin, nadezhda, "1796")
pushkin = person("ألكسندر بوشكين", "Alexander Pushkin", MALE, "1799-06-06", "1837-02-10", moscow, spb, s_pushkin, nadezhda,
                 ["ألكسندر سيرغييفيتش بوشكين", "بوشكين"], ["Aleksandr Sergeyevich Pushkin"], "شاعر روسي", "Russian poet (1799–1837)", "ألكسندر بوشكين")
pushkin.i("P69", lyceum, "1811", "1817").i("P119", svyatogorsky).item("P106", "Q49757")
olga_p = person("أولغا سيرغييفنا بافليشيفا", "Olga Sergeyevna Pavlishcheva", FEMALE, "1797", "1868", None, spb, s_pushkin, nadezhda,
                ["أولغا بوشكينا", "أولغا بافليشيفا"])
lev_p = person("ليف سيرغييفيتش بوشكين", "Lev Sergeyevich Pushkin", MALE, "1805", "1852", moscow, None, s_pushkin, nadezhda,
               ["ليف بوشكين"])
siblings(pushkin, olga_p, lev_p)
parent_of(s_pushkin, pushkin, olga_p, lev_p)
parent_of(nadezhda, pushkin, olga_p, lev_p)
natalia = person("ناتاليا نيكولايفنا غونتشاروفا", "Natalia Pushkina", FEMALE, "1812-09-08", "1863-12-08", None, spb,
                 ar_aliases=["ناتاليا غونتشاروفا", "ناتاليا بوشكينا", "ناتاليا لانسكايا"], en_aliases=["Natalia Goncharova (Pushkina)"])
marry(pushkin, natalia, "1831-03-02")
pc = [person("ماريا ألكسندروفنا غارتونغ", "Maria Hartung", FEMALE, "1832", "1919", spb, moscow, pushkin, natalia, ["ماريا بوشكينا"]),
      person("ألكسندر ألكسندروفيتش بوشكين", "Alexander Alexandrovich Pushkin", MALE, "1833", "1914", spb, moscow, pushkin, natalia,
             ["ألكسندر بوشكين الابن"]),
      person("غريغوري ألكسندروفيتش بوشكين", "Grigory Alexandrovich Pushkin", MALE, "1835", "1905", spb, None, pushkin, natalia,
             ["غريغوري بوشكين"]),
      person("ناتاليا ألكسندروفنا بوشكينا", "Natalia Alexandrovna Pushkina", FEMALE, "1836", "1913", spb, None, pushkin, natalia,
             ["ناتاليا بوشكينا", "ناتاليا ميرنبرغ"])]
parent_of(pushkin, *pc)
parent_of(natalia, *pc)
siblings(*pc)
france = ent("فرنسا", "France", cls=COUNTRY)
dantes = person("جورج دانتيس", "Georges-Charles de Heeckeren d'Anthès", MALE, "1812", "1895", ar_aliases=["جورج دانتس", "دانتيس"])
dantes.i("P27", france)
duel = ent("مبارزة بوشكين ودانتيس", "Pushkin–d'Anthès duel", ["مبارزة بوشكين"], cls="Q1656682")
duel.d("P585", "1837-02-08").i("P276", spb).i("P710", pushkin).i("P710", dantes)

# ---------------------------------------------------------------- Suleiman's family (Julian dates)
ottoman = ent("الدولة العثمانية", "Ottoman Empire", ["الدولة العلية", "السلطنة العثمانية"], cls=HIST_COUNTRY)
ottoman.d("P571", "1299").d("P576", "1922-11-01").i("P36", istanbul)
sultan = ent("سلطان الدولة العثمانية", "Sultan of the Ottoman Empire", ["السلطان العثماني"], cls=POSITION)
vizier = ent("الصدر الأعظم", "Grand Vizier of the Ottoman Empire", ["الصدارة العظمى"], cls=POSITION)
bayezid2 = person("بايزيد الثاني", "Bayezid II", MALE, "1447", "1512", None, None, ar_aliases=["السلطان بايزيد الثاني"])
bayezid2.i("P39", sultan, "1481", "1512-04")
selim1 = person("سليم الأول", "Selim I", MALE, "1470", "1520-09", amasya, corlu, bayezid2, None,
                ["السلطان سليم الأول", "ياووز سليم", "سليم ياووز"], ["Yavuz Sultan Selim"])
selim1.i("P39", sultan, "1512-04", "1520-09")
parent_of(bayezid2, selim1)
hafsa = person("حفصة سلطان", "Hafsa Sultan", FEMALE, None, "1534-03-19", None, istanbul, ar_aliases=["عائشة حفصة سلطان", "حفصة خاتون"])
marry(selim1, hafsa)
suleiman = person("سليمان القانوني", "Suleiman the Magnificent", MALE, ["1494-11-06", "1495-04-27"], "1566-09-06", trabzon, szigetvar, selim1, hafsa,
                  ["سليمان الأول", "السلطان سليمان القانوني", "السلطان سليمان"], ["Suleiman I"],
                  "سلطان عثماني", "Ottoman sultan (1520–1566)", "سليمان القانوني")
suleiman.i("P39", sultan, "1520-09-30", "1566-09-06")
parent_of(selim1, suleiman)
parent_of(hafsa, suleiman)
hurrem = person("خُرّم سلطان", "Hürrem Sultan", FEMALE, "1502", "1558-04-15", None, istanbul, ar_aliases=["خرم سلطان", "روكسلانا", "روكسيلانا"],
                en_aliases=["Roxelana"])
mahidevran = person("ماهدوران سلطان", "Mahidevran Sultan", FEMALE, "1500", "1581", None, None, ar_aliases=["ماه دوران", "ماهيدفران"])
marry(suleiman, hurrem, "1533")
mustafa = person("شهزاده مصطفى", "Şehzade Mustafa", MALE, "1515", "1553-10-06", manisa, eregli, suleiman, mahidevran, ["مصطفى بن سليمان القانوني", "الأمير مصطفى"])
mehmed = person("شهزاده محمد", "Şehzade Mehmed", MALE, "1521", "1543-11-06", istanbul, manisa, suleiman, hurrem, ["محمد بن سليمان القانوني", "الأمير محمد"])
mihrimah = person("مهرماه سلطان", "Mihrimah Sultan", FEMALE, "1522", "1578-01-25", istanbul, istanbul, suleiman, hurrem, ["مهرماه", "مهر ماه سلطان"])
selim2 = person("سليم الثاني", "Selim II", MALE, "1524-05", "1574-12", istanbul, istanbul, suleiman, hurrem, ["السلطان سليم الثاني", "سليم السكير"])
selim2.i("P39", sultan, "1566-09", "1574-12")
bayezid_s = person("شهزاده بايزيد", "Şehzade Bayezid", MALE, "1525", "1561", istanbul, qazvin, suleiman, hurrem, ["بايزيد بن سليمان القانوني", "الأمير بايزيد"])
cihangir = person("شهزاده جهانكير", "Şehzade Cihangir", MALE, "1531", "1553", istanbul, None, suleiman, hurrem, ["جهانكير", "جهانگير"])
kids = [mustafa, mehmed, mihrimah, selim2, bayezid_s, cihangir]
parent_of(suleiman, *kids)
parent_of(hurrem, mehmed, mihrimah, selim2, bayezid_s, cihangir)
parent_of(mahidevran, mustafa)
siblings(*kids)
rustem = person("رستم باشا", "Rüstem Pasha", MALE, "1500", "1561", None, istanbul, ar_aliases=["رستم باشا الخرواتي"])
rustem.i("P39", vizier, "1544", "1553").i("P39", vizier, "1555", "1561")
marry(mihrimah, rustem, "1539")
murad3 = person("مراد الثالث", "Murad III", MALE, "1546", "1595", manisa, istanbul, selim2, None, ["السلطان مراد الثالث"])
murad3.i("P39", sultan, "1574-12", "1595")
parent_of(selim2, murad3)

# ---------------------------------------------------------------- OPEC and OAPEC
opec = ent("منظمة الدول المصدرة للنفط", "Organization of the Petroleum Exporting Countries", ["أوبك", "منظمة أوبك", "منظمة البلدان المصدرة للبترول"],
           ["OPEC"], cls=INTL_ORG, ar_desc="منظمة دولية", en_desc="intergovernmental organization of oil-exporting countries", arwiki="أوبك")
opec.d("P571", "1960-09-14").i("P740", baghdad).i("P159", geneva, "1960", "1965").i("P159", vienna, "1965-09-01")
oapec = ent("منظمة الأقطار العربية المصدرة للبترول", "Organization of Arab Petroleum Exporting Countries", ["أوابك", "منظمة أوابك"], ["OAPEC"],
            cls=INTL_ORG)
oapec.d("P571", "1968-01-09").i("P740", beirut).i("P159", kuwait_city)
for c in (kuwait, saudi, libya):
    c.i("P463", oapec, "1968-01-09")
    oapec.i("P112", c)
for c in (iran, iraq, kuwait, saudi, venezuela):
    c.i("P463", opec, "1960-09-14")
    opec.i("P112", c)
qatar.i("P463", opec, "1961", "2019-01-01")
libya.i("P463", opec, "1962")
indonesia.i("P463", opec, "1962", "2009").i("P463", opec, "2016-01", "2016-11-30")
abu_dhabi.i("P463", opec, "1967")
uae.i("P463", opec, "1971-12")
algeria.i("P463", opec, "1969")
nigeria.i("P463", opec, "1971")
ecuador.i("P463", opec, "1973", "1992").i("P463", opec, "2007", "2020-01-01")
gabon.i("P463", opec, "1975", "1995").i("P463", opec, "2016-07-01")
angola.i("P463", opec, "2007-01-01", "2024-01-01")
petro_min = ent("وزير البترول والثروة المعدنية السعودي", "Minister of Petroleum and Mineral Resources of Saudi Arabia",
                ["وزير البترول السعودي", "وزير البترول في السعودية"], cls=POSITION)
petro_min.i("P17", saudi)
tariki = person("عبد الله الطريقي", "Abdullah Tariki", MALE, "1919", "1997-09-07", zulfi, cairo, ar_aliases=["عبد الله حمود الطريقي"],
                ar_desc="وزير سعودي", en_desc="Saudi Arabian politician, first oil minister (1919–1997)")
tariki.i("P39", petro_min, "1960-12-21", "1962-03")
yamani = person("أحمد زكي يماني", "Ahmed Zaki Yamani", MALE, "1930-06-30", "2021-02-23", mecca, london, ar_aliases=["زكي يماني", "أحمد زكي اليماني"])
yamani.i("P39", petro_min, "1962-03", "1986-10-29")
perez = person("خوان بابلو بيريث ألفونسو", "Juan Pablo Pérez Alfonzo", MALE, "1903-12-13", "1979-09-03", caracas, washington,
               ["خوان بابلو بيريز ألفونسو", "بيريث ألفونسو"], ar_desc="سياسي فنزويلي", en_desc="Venezuelan politician")
opec.i("P112", tariki).i("P112", perez)
rouhani = person("فؤاد روحاني", "Fuad Rouhani", MALE, "1907", "2004", ar_desc="أول أمين عام لأوبك")
rouhani.i("P39", ent("الأمين العام لأوبك", "Secretary General of OPEC", cls=POSITION), "1961-01-21", "1964-04-30")

# ---------------------------------------------------------------- Fairuz and the Rahbanis
fairuz_father = person("وديع حداد", "Wadih Haddad", MALE, ar_desc="والد فيروز، عامل مطبعة", en_desc="father of Fairuz, print-shop worker")
liza = person("ليزا البستاني", "Liza al-Bustani", FEMALE, ar_aliases=["ليزا بستاني"])
marry(fairuz_father, liza)
wadie_pflp = person("وديع حداد", "Wadie Haddad", MALE, "1927", "1978-03-28", safed, berlin, ar_aliases=["أبو هاني"],
                    ar_desc="قيادي فلسطيني في الجبهة الشعبية", en_desc="Palestinian militant leader (1927–1978)")
fairuz = person("فيروز", "Fairuz", FEMALE, ["1934-11-20", "1935-11-21"], None, beirut, None, fairuz_father, liza,
                ["نهاد حداد", "نهاد وديع حداد", "السيدة فيروز"], ["Nouhad Haddad", "Fayrouz"], "مغنية لبنانية", "Lebanese singer", "فيروز")
legion = ent("وسام جوقة الشرف", "Legion of Honour", ["جوقة الشرف", "وسام جوقة الشرف الفرنسي", "ليجيون دونور"], cls=AWARD)
fairuz.i("P166", legion, at="2020-08-31")
huda = person("هدى حداد", "Huda Haddad", FEMALE, None, None, beirut, None, fairuz_father, liza, ar_desc="مغنية لبنانية")
siblings(fairuz, huda)
parent_of(fairuz_father, fairuz, huda)
parent_of(liza, fairuz, huda)
hanna_r = person("حنا الرحباني", "Hanna Rahbani", MALE, ar_aliases=["حنا عاصي الرحباني"], en_desc="father of Assi and Mansour Rahbani")
assi = person("عاصي الرحباني", "Assi Rahbani", MALE, "1923-05-04", "1986-06-21", antelias, beirut, hanna_r, None, ["عاصي حنا الرحباني"],
              ar_desc="ملحن لبناني", en_desc="Lebanese composer (1923–1986)")
mansour = person("منصور الرحباني", "Mansour Rahbani", MALE, "1925-03-17", "2009-01-13", antelias, beirut, hanna_r, None, ["منصور حنا الرحباني"],
                 ar_desc="ملحن لبناني", en_desc="Lebanese composer (1925–2009)")
siblings(assi, mansour)
parent_of(hanna_r, assi, mansour)
marry(fairuz, assi, "1955-01-23")
rk = [person("زياد الرحباني", "Ziad Rahbani", MALE, "1956-01-01", "2025-07-26", antelias, beirut, assi, fairuz, ["زياد عاصي الرحباني"]),
      person("هلي الرحباني", "Hali Rahbani", MALE, "1958", None, None, None, assi, fairuz, ["هالي الرحباني"]),
      person("ليال الرحباني", "Layal Rahbani", FEMALE, "1960", "1988", None, None, assi, fairuz),
      person("ريما الرحباني", "Rima Rahbani", FEMALE, "1965", None, None, None, assi, fairuz)]
parent_of(assi, *rk)
parent_of(fairuz, *rk)
siblings(*rk)
ghadi = person("غدي الرحباني", "Ghadi Rahbani", MALE, None, None, None, None, mansour, None, ["غدي منصور الرحباني"], ar_desc="ملحن لبناني، ابن منصور الرحباني")
oussama = person("أسامة الرحباني", "Oussama Rahbani", MALE, None, None, None, None, mansour, None, ["أسامة منصور الرحباني"])
marwan = person("مروان الرحباني", "Marwan Rahbani", MALE, None, None, None, None, mansour, None, ["مروان منصور الرحباني"])
parent_of(mansour, ghadi, oussama, marwan)
siblings(ghadi, oussama, marwan)


def main():
    out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "heldout5.json")
    write_dump(os.path.normpath(out), L)
    print(f"{len(L)} entities, {sum(len(s) for e in L for s in e.claims.values())} statements -> {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
