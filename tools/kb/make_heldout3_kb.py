"""Writes data/kb/heldout3.json: the knowledge base of the third held-out verification set in
data/kb/heldout3/ (Taha Hussein, Umm Kulthum, Ibn Khaldun and Timur, Nelson Mandela, Marie Curie,
the family of King Hussein of Jordan, the Arab League, Muhammad Ali), in Wikidata's full-dump shape,
written from public facts (standard reference works) by a helper that did not read the linker or
the verifier. Every item has a local id above Q90003000; only class items (Q5 human, Q515 city, ...)
and the sex values keep Wikidata's ids. Dates before 1582 carry the Julian calendar model, as
Wikidata gives them. Entity lines carry the page fields of the real dump (pageid, ns, title,
lastrevid, modified), qualifier snaks carry hashes, and a few statements use snaktype somevalue or
the deprecated rank, as real items do. Run: python3 tools/kb/make_heldout3_kb.py"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import Entity, time_snak, item_snak, JUL  # noqa: E402

# ---- classes (Wikidata's real ids)
HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, STATE, HIST_COUNTRY = "Q515", "Q532", "Q6256", "Q3624078", "Q3024240"
NEIGHBOURHOOD, COMMUNE_FR, GOVERNORATE, US_STATE, REGION = "Q123705", "Q484170", "Q204910", "Q35657", "Q82794"
UNIVERSITY, SCHOOL, MIL_ACADEMY, SOCIETY = "Q3918", "Q3914", "Q1143635", "Q955824"
ORGANIZATION, INTL_ORG, PARTY = "Q43229", "Q484652", "Q7278"
TREATY, BATTLE, SIEGE, MEETING, EVENT, OLYMPICS = "Q131569", "Q178561", "Q188055", "Q2761147", "Q1656682", "Q159821"
POSITION, AWARD, CEMETERY, MAUSOLEUM = "Q4164871", "Q618779", "Q39614", "Q162875"
INCORRECT_VALUE = "Q41755623"

L = []
n = [90003000]


def local():
    n[0] += 1
    return f"Q{n[0]}"


class Item(Entity):
    """Entity with the page fields of the real dump, qualifier hashes and somevalue snaks."""

    def somevalue(self, prop, datatype="wikibase-item"):
        return self._add(prop, {"snaktype": "somevalue", "property": prop, "datatype": datatype})

    def json(self):
        e = json.loads(super().json())
        for st in (s for sts in e["claims"].values() for s in sts):
            for qs in st.get("qualifiers", {}).values():
                for q in qs:
                    q["hash"] = hashlib.sha1(json.dumps(q, sort_keys=True).encode()).hexdigest()
        num = int(self.qid[1:])
        page = {"pageid": num - 90000000 + 700000, "ns": 0, "title": self.qid,
                "lastrevid": 2100000000 + num - 90003000, "modified": "2026-11-20T08:15:00Z"}
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


def t(prop, when, precision=None, calendar="Q1985727"):
    return time_snak(prop, when, precision, calendar)


def q(prop, qid):
    return item_snak(prop, qid)


# ================= places
egypt = ent("مصر", "Egypt", ["جمهورية مصر العربية", "المملكة المصرية"], cls=[COUNTRY, STATE])
cairo = ent("القاهرة", "Cairo", ["مصر المحروسة"], cls=CITY, arwiki="القاهرة").item("P17", egypt.qid)
alexandria = ent("الإسكندرية", "Alexandria", ["الاسكندرية", "إسكندرية"], cls=CITY).item("P17", egypt.qid)
bakos = ent("باكوس", "Bakos", ["حي باكوس"], cls=NEIGHBOURHOOD).item("P131", alexandria.qid).item("P17", egypt.qid)
minya_gov = ent("محافظة المنيا", "Minya Governorate", ["المنيا"], cls=GOVERNORATE).item("P17", egypt.qid)
maghagha = ent("مغاغة", "Maghagha", ["مركز مغاغة"], cls=CITY).item("P131", minya_gov.qid).item("P17", egypt.qid)
izbet_kilo = ent("عزبة الكيلو", "Izbet el-Kilo", ["الكيلو"], cls=VILLAGE).item("P131", maghagha.qid).item("P17", egypt.qid)
dakahlia = ent("محافظة الدقهلية", "Dakahlia Governorate", ["الدقهلية"], cls=GOVERNORATE).item("P17", egypt.qid)
sinbillawin = ent("السنبلاوين", "El Senbellawein", ["مركز السنبلاوين"], cls=CITY).item("P131", dakahlia.qid).item("P17", egypt.qid)
tamay = ent("طماي الزهايرة", "Tamay ez-Zahayra", ["طماي الزهايره"], cls=VILLAGE).item("P131", sinbillawin.qid).item("P17", egypt.qid)
tunisia = ent("تونس", "Tunisia", ["الجمهورية التونسية", "البلاد التونسية"], cls=[COUNTRY, STATE]).time("P571", "1956-03-20")
tunis = ent("تونس", "Tunis", ["مدينة تونس", "تونس العاصمة"], cls=CITY, ar_desc="عاصمة الجمهورية التونسية", en_desc="capital city of Tunisia").item("P17", tunisia.qid)
syria = ent("سوريا", "Syria", ["سورية", "الجمهورية العربية السورية", "بلاد الشام"], cls=[COUNTRY, STATE]).time("P571", "1946-04-17")
damascus = ent("دمشق", "Damascus", ["الشام", "دمشق الشام"], cls=CITY).item("P17", syria.qid)
uzbekistan = ent("أوزبكستان", "Uzbekistan", cls=COUNTRY)
kazakhstan = ent("كازاخستان", "Kazakhstan", ["قازاقستان"], cls=COUNTRY)
kesh = ent("شهرسبز", "Shahrisabz", ["كش", "كيش", "شهر سبز"], ["Kesh"], cls=CITY).item("P17", uzbekistan.qid)
samarkand = ent("سمرقند", "Samarkand", ["سمرقنده"], cls=CITY).item("P17", uzbekistan.qid)
otrar = ent("أترار", "Otrar", ["فاراب", "اترار", "أطرار"], cls=CITY).item("P17", kazakhstan.qid)
gur_emir = ent("كور أمير", "Gur-e Amir", ["ضريح تيمور", "كور امير"], cls=MAUSOLEUM).item("P131", samarkand.qid)
turkey = ent("تركيا", "Turkey", ["الجمهورية التركية"], cls=[COUNTRY, STATE]).time("P571", "1923-10-29")
ankara = ent("أنقرة", "Ankara", ["أنقره", "أنكورية"], cls=CITY).item("P17", turkey.qid)
aksehir = ent("آق شهر", "Akşehir", ["أقشهر", "آقشهر"], cls=CITY).item("P17", turkey.qid)
istanbul = ent("إسطنبول", "Istanbul", ["اسطنبول", "الآستانة", "القسطنطينية"], cls=CITY).item("P17", turkey.qid)
herat = ent("هراة", "Herat", cls=CITY)
south_africa = ent("جنوب أفريقيا", "South Africa", ["جنوب إفريقيا", "جمهورية جنوب أفريقيا"], cls=[COUNTRY, STATE])
eastern_cape = ent("الكاب الشرقية", "Eastern Cape", ["إقليم الكاب الشرقي"], cls=REGION).item("P17", south_africa.qid)
mvezo = ent("مفيزو", "Mvezo", cls=VILLAGE).item("P131", eastern_cape.qid).item("P17", south_africa.qid)
qunu = ent("قونو", "Qunu", ["كونو"], cls=VILLAGE).item("P131", eastern_cape.qid).item("P17", south_africa.qid)
johannesburg = ent("جوهانسبرغ", "Johannesburg", ["جوهانسبرج", "جوهانسبورغ"], cls=CITY).item("P17", south_africa.qid)
houghton = ent("هوتون", "Houghton Estate", ["هوتون إستيت"], ["Houghton"], cls=NEIGHBOURHOOD).item("P131", johannesburg.qid).item("P17", south_africa.qid)
cape_town = ent("كيب تاون", "Cape Town", ["كيبتاون", "مدينة الكاب"], cls=CITY).item("P17", south_africa.qid)
mozambique = ent("موزمبيق", "Mozambique", ["موزامبيق"], cls=[COUNTRY, STATE])
poland = ent("بولندا", "Poland", ["بولونيا"], cls=[COUNTRY, STATE])
warsaw = ent("وارسو", "Warsaw", ["فرصوفيا", "وارشو"], cls=CITY).item("P17", poland.qid)
krakow = ent("كراكوف", "Kraków", ["كراكو", "كراكوفيا"], cls=CITY).item("P17", poland.qid)
france = ent("فرنسا", "France", ["الجمهورية الفرنسية"], cls=[COUNTRY, STATE])
paris = ent("باريس", "Paris", cls=CITY).item("P17", france.qid)
passy_paris = ent("باسي", "Passy", ["حي باسي"], cls=NEIGHBOURHOOD, ar_desc="حي في الدائرة السادسة عشرة من باريس",
                  en_desc="quarter of the 16th arrondissement of Paris").item("P131", paris.qid).item("P17", france.qid)
haute_savoie = ent("سافوا العليا", "Haute-Savoie", ["هوت سافوا"], cls=REGION).item("P17", france.qid)
passy_hs = ent("باسي", "Passy", ["باسي (سافوا العليا)"], ["Passy, Haute-Savoie"], cls=COMMUNE_FR,
               ar_desc="بلدة في جبال الألب الفرنسية", en_desc="commune in Haute-Savoie, France").item("P131", haute_savoie.qid).item("P17", france.qid)
montpellier = ent("مونبلييه", "Montpellier", ["مونبليه"], cls=CITY).item("P17", france.qid)
lyon = ent("ليون", "Lyon", ["ليون الفرنسية"], cls=CITY).item("P17", france.qid)
strasbourg = ent("ستراسبورغ", "Strasbourg", ["ستراسبورج"], cls=CITY).item("P17", france.qid)
jordan = ent("الأردن", "Jordan", ["المملكة الأردنية الهاشمية", "شرق الأردن", "إمارة شرق الأردن"], cls=[COUNTRY, STATE]).time("P571", "1946-05-25")
amman = ent("عمّان", "Amman", ["عمان"], cls=CITY).item("P17", jordan.qid)
saudi = ent("السعودية", "Saudi Arabia", ["المملكة العربية السعودية"], cls=[COUNTRY, STATE]).time("P571", "1932-09-23")
mecca = ent("مكة المكرمة", "Mecca", ["مكة"], cls=CITY).item("P17", saudi.qid)
palestine = ent("فلسطين", "Palestine", ["دولة فلسطين"], cls=STATE)
jerusalem = ent("القدس", "Jerusalem", ["بيت المقدس", "أورشليم"], cls=CITY)
uk = ent("المملكة المتحدة", "United Kingdom", ["بريطانيا", "إنجلترا"], cls=[COUNTRY, STATE])
harrow_town = ent("هارو", "Harrow", ["هارو أون ذا هيل"], cls=CITY).item("P17", uk.qid)
iraq = ent("العراق", "Iraq", ["جمهورية العراق", "المملكة العراقية"], cls=[COUNTRY, STATE]).time("P571", "1932-10-03")
lebanon = ent("لبنان", "Lebanon", ["الجمهورية اللبنانية"], cls=[COUNTRY, STATE]).time("P571", "1943-11-22")
yemen = ent("اليمن", "Yemen", ["الجمهورية اليمنية", "المملكة المتوكلية اليمنية"], cls=[COUNTRY, STATE])
libya = ent("ليبيا", "Libya", cls=[COUNTRY, STATE]).time("P571", "1951-12-24")
sudan = ent("السودان", "Sudan", ["جمهورية السودان"], cls=[COUNTRY, STATE]).time("P571", "1956-01-01")
khartoum = ent("الخرطوم", "Khartoum", cls=CITY).item("P17", sudan.qid)
morocco = ent("المغرب", "Morocco", ["المملكة المغربية"], cls=[COUNTRY, STATE]).time("P571", "1956-03-02")
rabat = ent("الرباط", "Rabat", cls=CITY).item("P17", morocco.qid)
kuwait = ent("الكويت", "Kuwait", ["دولة الكويت"], cls=[COUNTRY, STATE]).time("P571", "1961-06-19")
algeria = ent("الجزائر", "Algeria", ["الجمهورية الجزائرية الديمقراطية الشعبية"], cls=[COUNTRY, STATE]).time("P571", "1962-07-05")
algiers = ent("الجزائر", "Algiers", ["الجزائر العاصمة", "مدينة الجزائر"], cls=CITY, ar_desc="عاصمة الجزائر").item("P17", algeria.qid)
israel = ent("إسرائيل", "Israel", cls=[COUNTRY, STATE]).time("P571", "1948-05-14")
usa = ent("الولايات المتحدة", "United States", ["الولايات المتحدة الأمريكية", "أمريكا"], cls=[COUNTRY, STATE])
washington = ent("واشنطن", "Washington, D.C.", ["واشنطن العاصمة"], cls=CITY).item("P17", usa.qid)
kentucky = ent("كنتاكي", "Kentucky", ["ولاية كنتاكي"], cls=US_STATE).item("P17", usa.qid)
louisville = ent("لويفيل", "Louisville", ["لويسفيل", "لويزفيل"], cls=CITY).item("P131", kentucky.qid).item("P17", usa.qid)
cave_hill = ent("مقبرة كيف هيل", "Cave Hill Cemetery", ["كيف هيل"], cls=CEMETERY).item("P131", louisville.qid).item("P17", usa.qid)
arizona = ent("أريزونا", "Arizona", ["ولاية أريزونا"], cls=US_STATE).item("P17", usa.qid)
scottsdale = ent("سكوتسديل", "Scottsdale", ["سكوتسدايل"], cls=CITY).item("P131", arizona.qid).item("P17", usa.qid)
phoenix = ent("فينيكس", "Phoenix", ["فينكس"], cls=CITY).item("P131", arizona.qid).item("P17", usa.qid)
florida = ent("فلوريدا", "Florida", cls=US_STATE).item("P17", usa.qid)
miami_beach = ent("ميامي بيتش", "Miami Beach", cls=CITY).item("P131", florida.qid).item("P17", usa.qid)
miami = ent("ميامي", "Miami", cls=CITY).item("P131", florida.qid).item("P17", usa.qid)
italy = ent("إيطاليا", "Italy", cls=[COUNTRY, STATE])
rome = ent("روما", "Rome", ["رومة"], cls=CITY).item("P17", italy.qid)
drc = ent("جمهورية الكونغو الديمقراطية", "Democratic Republic of the Congo", ["زائير", "الكونغو الديمقراطية"], cls=[COUNTRY, STATE])
kinshasa = ent("كينشاسا", "Kinshasa", ["ليوبولدفيل"], cls=CITY).item("P17", drc.qid)
philippines = ent("الفلبين", "Philippines", cls=[COUNTRY, STATE])
manila = ent("مانيلا", "Manila", cls=CITY).item("P17", philippines.qid)
quezon = ent("كيزون سيتي", "Quezon City", ["مدينة كيزون"], cls=CITY).item("P17", philippines.qid)
atlanta = ent("أتلانتا", "Atlanta", cls=CITY).item("P17", usa.qid)

# ================= organizations, positions, awards
azhar = ent("جامعة الأزهر", "Al-Azhar University", ["الأزهر", "الجامع الأزهر"], cls=UNIVERSITY).item("P131", cairo.qid)
cairo_u = ent("جامعة القاهرة", "Cairo University", ["الجامعة المصرية", "جامعة فؤاد الأول"], cls=UNIVERSITY).item("P131", cairo.qid).time("P571", "1908-12-21")
paris_u = ent("جامعة باريس", "University of Paris", ["السوربون", "جامعة السوربون"], ["Sorbonne"], cls=UNIVERSITY).item("P131", paris.qid)
montpellier_u = ent("جامعة مونبلييه", "University of Montpellier", ["جامعة مونبليه"], cls=UNIVERSITY).item("P131", montpellier.qid)
lyon_u = ent("جامعة ليون", "University of Lyon", cls=UNIVERSITY).item("P131", lyon.qid)
strasbourg_u = ent("جامعة ستراسبورغ", "University of Strasbourg", ["جامعة ستراسبورج"], cls=UNIVERSITY).item("P131", strasbourg.qid)
warsaw_u = ent("جامعة وارسو", "University of Warsaw", cls=UNIVERSITY).item("P131", warsaw.qid)
arabic_academy = ent("مجمع اللغة العربية بالقاهرة", "Academy of the Arabic Language in Cairo", ["مجمع اللغة العربية", "مجمع اللغة العربية في القاهرة", "مجمع فؤاد الأول للغة العربية"], cls=SOCIETY).item("P159", cairo.qid).time("P571", "1932")
minister_edu = ent("وزير التعليم في مصر", "Minister of Education of Egypt", ["وزير المعارف", "وزير المعارف العمومية", "وزارة المعارف"], cls=POSITION).item("P1001", egypt.qid)
fort_hare = ent("جامعة فورت هير", "University of Fort Hare", ["فورت هير"], cls=UNIVERSITY).item("P17", south_africa.qid)
unisa = ent("جامعة جنوب أفريقيا", "University of South Africa", ["يونيسا"], cls=UNIVERSITY).item("P17", south_africa.qid)
wits = ent("جامعة ويتواترسراند", "University of the Witwatersrand", ["جامعة ويتس"], cls=UNIVERSITY).item("P131", johannesburg.qid)
anc = ent("المؤتمر الوطني الأفريقي", "African National Congress", ["حزب المؤتمر الوطني الأفريقي", "المؤتمر الوطني الإفريقي"], ["ANC"], cls=PARTY).time("P571", "1912-01-08")
pres_sa = ent("رئيس جنوب أفريقيا", "President of South Africa", ["رئيس جمهورية جنوب أفريقيا"], cls=POSITION).item("P1001", south_africa.qid)
pres_moz = ent("رئيس موزمبيق", "President of Mozambique", cls=POSITION).item("P1001", mozambique.qid)
nobel_peace = ent("جائزة نوبل للسلام", "Nobel Peace Prize", ["نوبل للسلام"], cls=AWARD)
nobel_phys = ent("جائزة نوبل في الفيزياء", "Nobel Prize in Physics", ["نوبل للفيزياء"], cls=AWARD)
nobel_chem = ent("جائزة نوبل في الكيمياء", "Nobel Prize in Chemistry", ["نوبل للكيمياء"], cls=AWARD)
king_jordan = ent("ملك الأردن", "King of Jordan", ["ملك المملكة الأردنية الهاشمية"], cls=POSITION).item("P1001", jordan.qid)
emir_tj = ent("أمير شرق الأردن", "Emir of Transjordan", cls=POSITION).item("P1001", jordan.qid)
victoria_college = ent("كلية فيكتوريا", "Victoria College, Alexandria", ["كلية فكتوريا"], cls=SCHOOL).item("P131", alexandria.qid)
harrow = ent("مدرسة هارو", "Harrow School", ["هارو"], cls=SCHOOL).item("P131", harrow_town.qid)
sandhurst = ent("الأكاديمية العسكرية الملكية ساندهيرست", "Royal Military Academy Sandhurst", ["أكاديمية ساندهيرست", "ساندهيرست", "كلية ساندهيرست العسكرية"], cls=MIL_ACADEMY).item("P17", uk.qid)
nation_islam = ent("أمة الإسلام", "Nation of Islam", ["حركة أمة الإسلام"], cls=ORGANIZATION).time("P571", "1930-07-04")
maliki_qadi = ent("قاضي قضاة المالكية بمصر", "Maliki chief qadi of Egypt", ["قضاء المالكية", "قاضي المالكية"], cls=POSITION)

# ================= Arab League and its history
arab_league = ent("جامعة الدول العربية", "Arab League", ["الجامعة العربية", "الجامعة"], ["League of Arab States"], cls=[INTL_ORG, ORGANIZATION])
sg_league = ent("الأمين العام لجامعة الدول العربية", "Secretary-General of the Arab League", ["أمين عام الجامعة العربية"], cls=POSITION)
arab_league.time("P571", "1945-03-22").item("P740", cairo.qid)
arab_league.item("P159", cairo.qid, qualifiers=[t("P580", "1945", 9), t("P582", "1979", 9)])
arab_league.item("P159", tunis.qid, qualifiers=[t("P580", "1979", 9), t("P582", "1990", 9)])
arab_league.item("P159", cairo.qid, qualifiers=[t("P580", "1990", 9)])
for c, since in ((iraq, "1945-03-22"), (jordan, "1945-03-22"), (lebanon, "1945-03-22"), (saudi, "1945-03-22"), (syria, "1945-03-22"),
                 (yemen, "1945-05-05"), (libya, "1953-03-28"), (sudan, "1956-01-19"), (morocco, "1958-10-01"), (tunisia, "1958-10-01"),
                 (kuwait, "1961-07-20"), (algeria, "1962-08-16")):
    c.item("P463", arab_league.qid, qualifiers=[t("P580", since)])
egypt.item("P463", arab_league.qid, qualifiers=[t("P580", "1945-03-22"), t("P582", "1979", 9)])
egypt.item("P463", arab_league.qid, qualifiers=[t("P580", "1989", 9)])
alex_protocol = ent("بروتوكول الإسكندرية", "Alexandria Protocol", ["برتوكول الإسكندرية"], cls=TREATY)
alex_protocol.time("P585", "1944-10-07").item("P276", alexandria.qid)
charter = ent("ميثاق جامعة الدول العربية", "Charter of the Arab League", ["ميثاق الجامعة العربية"], cls=TREATY)
charter.time("P585", "1945-03-22").item("P276", cairo.qid)
uar = ent("الجمهورية العربية المتحدة", "United Arab Republic", ["الوحدة المصرية السورية", "دولة الوحدة"], cls=[HIST_COUNTRY, STATE])
uar.time("P571", "1958-02-22").time("P576", "1961-09-28").item("P36", cairo.qid)
arab_fed = ent("الاتحاد العربي الهاشمي", "Arab Federation", ["الاتحاد العربي"], cls=HIST_COUNTRY).time("P571", "1958-02-14").time("P576", "1958", 9)
summit_cairo = ent("قمة القاهرة 1964", "1964 Cairo Arab League summit", ["القمة العربية الأولى", "مؤتمر القمة العربي الأول"], cls=MEETING)
summit_cairo.time("P580", "1964-01-13").time("P582", "1964-01-17").item("P276", cairo.qid).item("P17", egypt.qid)
summit_alex = ent("قمة الإسكندرية 1964", "1964 Alexandria Arab League summit", ["القمة العربية الثانية", "مؤتمر القمة العربي الثاني"], cls=MEETING)
summit_alex.time("P580", "1964-09-05").time("P582", "1964-09-11").item("P276", alexandria.qid).item("P17", egypt.qid)
summit_khartoum = ent("قمة الخرطوم", "Khartoum Arab League summit", ["قمة الخرطوم 1967", "قمة اللاءات الثلاث", "القمة العربية الرابعة"], cls=MEETING)
summit_khartoum.time("P580", "1967-08-29").time("P582", "1967-09-01").item("P276", khartoum.qid).item("P17", sudan.qid)
summit_rabat = ent("قمة الرباط 1974", "1974 Rabat Arab League summit", ["قمة الرباط"], cls=MEETING)
summit_rabat.time("P580", "1974-10-26").time("P582", "1974-10-29").item("P276", rabat.qid)
plo = ent("منظمة التحرير الفلسطينية", "Palestine Liberation Organization", ["منظمة التحرير"], ["PLO"], cls=ORGANIZATION)
plo.time("P571", "1964-05-28").item("P740", jerusalem.qid)
peace_treaty = ent("معاهدة السلام المصرية الإسرائيلية", "Egypt–Israel peace treaty", ["معاهدة السلام بين مصر وإسرائيل"], cls=TREATY)
peace_treaty.time("P585", "1979-03-26").item("P276", washington.qid).item("P1891", egypt.qid).item("P1891", israel.qid)
camp_david = ent("اتفاقيات كامب ديفيد", "Camp David Accords", ["اتفاقية كامب ديفيد"], cls=TREATY).time("P585", "1978-09-17").item("P276", washington.qid)
azzam = ent("عبد الرحمن عزام", "Abdul Rahman Hassan Azzam", ["عبد الرحمن حسن عزام", "عزام باشا"], sex=MALE)
azzam.item("P39", sg_league.qid, qualifiers=[t("P580", "1945", 9), t("P582", "1952", 9)]).item("P27", egypt.qid)
nasser = ent("جمال عبد الناصر", "Gamal Abdel Nasser", ["عبد الناصر", "ناصر"], sex=MALE)
nasser.time("P569", "1918-01-15").time("P570", "1970-09-28").item("P19", bakos.qid).item("P20", cairo.qid)

# ================= Taha Hussein
taha = ent("طه حسين", "Taha Hussein", ["عميد الأدب العربي", "طه حسين علي سلامة"], sex=MALE, arwiki="طه حسين")
suzanne = ent("سوزان بريسو", "Suzanne Bresseau", ["سوزان طه حسين"], sex=FEMALE)
amina_t = ent("أمينة طه حسين", "Amina Taha Hussein", ["أمينة"], sex=FEMALE)
moenis = ent("مؤنس طه حسين", "Moenis Taha Hussein", ["مؤنس"], sex=MALE)
taha.time("P569", "1889-11-15").time("P570", "1973-10-28").item("P19", izbet_kilo.qid).item("P20", cairo.qid).item("P27", egypt.qid)
taha.item("P69", azhar.qid).item("P69", cairo_u.qid, qualifiers=[t("P582", "1914", 9)]).item("P69", montpellier_u.qid).item("P69", paris_u.qid)
taha.item("P26", suzanne.qid, qualifiers=[t("P580", "1917-08-09")]).item("P40", amina_t.qid).item("P40", moenis.qid)
taha.item("P108", cairo_u.qid, qualifiers=[t("P580", "1919", 9)])
taha.item("P39", minister_edu.qid, qualifiers=[t("P580", "1950-01-12"), t("P582", "1952-01-27")])
taha.item("P463", arabic_academy.qid, qualifiers=[t("P580", "1940", 9)])
suzanne.time("P569", "1895", 9).time("P570", "1989", 9).item("P26", taha.qid).item("P27", france.qid).item("P40", amina_t.qid).item("P40", moenis.qid)
amina_t.item("P22", taha.qid).item("P25", suzanne.qid)
moenis.item("P22", taha.qid).item("P25", suzanne.qid)

# ================= Umm Kulthum
umm = ent("أم كلثوم", "Umm Kulthum", ["فاطمة إبراهيم السيد البلتاجي", "كوكب الشرق", "سيدة الغناء العربي", "ثومة"], sex=FEMALE, arwiki="أم كلثوم")
baltaji = ent("إبراهيم السيد البلتاجي", "Ibrahim al-Sayyid al-Baltaji", ["الشيخ إبراهيم البلتاجي", "إبراهيم البلتاجي"], sex=MALE)
hefnawi = ent("حسن الحفناوي", "Hassan El Hefnawi", ["الدكتور حسن الحفناوي"], sex=MALE)
abdelwahab = ent("محمد عبد الوهاب", "Mohammed Abdel Wahab", ["موسيقار الأجيال", "عبد الوهاب"], sex=MALE)
abul_ala = ent("أبو العلا محمد", "Abu al-Ala Muhammad", ["الشيخ أبو العلا محمد"], sex=MALE)
rami = ent("أحمد رامي", "Ahmed Rami", sex=MALE)
umm.time("P569", "1898-12-31").time("P569", "1904-05-04").time("P570", "1975-02-03").item("P19", tamay.qid).item("P20", cairo.qid)
umm.item("P22", baltaji.qid).item("P26", hefnawi.qid, qualifiers=[t("P580", "1954", 9)]).item("P27", egypt.qid)
umm.somevalue("P25")
baltaji.item("P40", umm.qid)
hefnawi.item("P26", umm.qid)
abdelwahab.time("P569", "1902-03-13").time("P570", "1991-05-04").item("P20", cairo.qid)
abul_ala.time("P570", "1927", 9)
rami.time("P569", "1892-08-09").time("P570", "1981-06-05")
umm_prophet = ent("أم كلثوم بنت محمد", "Umm Kulthum bint Muhammad", ["أم كلثوم"], sex=FEMALE, ar_desc="ابنة النبي محمد", en_desc="daughter of Muhammad")
umm_prophet.time("P570", "630", 9, calendar=JUL)

# ================= Ibn Khaldun, Timur, Bayezid (Julian calendar model before 1582)
ibnk = ent("ابن خلدون", "Ibn Khaldun", ["عبد الرحمن بن خلدون", "ولي الدين عبد الرحمن بن محمد بن خلدون الحضرمي", "عبد الرحمن بن محمد بن خلدون"], sex=MALE, arwiki="ابن خلدون")
yahya_k = ent("يحيى بن خلدون", "Yahya ibn Khaldun", ["ابن خلدون", "أبو زكريا يحيى بن خلدون"], sex=MALE, ar_desc="مؤرخ، أخو عبد الرحمن بن خلدون")
ibnk.time("P569", "1332-05-27", calendar=JUL).time("P570", "1406-03-17", calendar=JUL).item("P19", tunis.qid).item("P20", cairo.qid)
ibnk.item("P39", maliki_qadi.qid, qualifiers=[t("P580", "1384", 9, JUL)]).item("P3373", yahya_k.qid).somevalue("P25")
yahya_k.time("P569", "1333", 9, calendar=JUL).time("P570", "1379", 9, calendar=JUL).item("P19", tunis.qid).item("P3373", ibnk.qid)
timur = ent("تيمورلنك", "Timur", ["تيمور", "تيمور لنك", "الأمير تيمور", "تيمور الأعرج"], ["Tamerlane"], sex=MALE, arwiki="تيمورلنك")
miran = ent("ميران شاه", "Miran Shah", ["ميرانشاه"], sex=MALE)
shahrukh = ent("شاه رخ", "Shah Rukh", ["شاهرخ", "شاه رخ ميرزا"], sex=MALE)
umar_sh = ent("عمر شيخ ميرزا", "Umar Shaikh Mirza", ["عمر شيخ"], sex=MALE)
jahangir = ent("جهانكير بن تيمور", "Jahangir Mirza", ["جهانكير"], sex=MALE)
khalil = ent("خليل سلطان", "Khalil Sultan", ["خليل سلطان بن ميران شاه"], sex=MALE)
timur.time("P569", "1336-04-09", calendar=JUL).time("P570", "1405-02-18", calendar=JUL).item("P19", kesh.qid).item("P20", otrar.qid).item("P119", gur_emir.qid)
for child in (jahangir, umar_sh, miran, shahrukh):
    timur.item("P40", child.qid)
    child.item("P22", timur.qid)
miran.item("P40", khalil.qid).time("P569", "1366", 9, calendar=JUL).time("P570", "1408", 9, calendar=JUL)
shahrukh.time("P569", "1377-08-20", calendar=JUL).time("P570", "1447-03-12", calendar=JUL)
khalil.item("P22", miran.qid).time("P569", "1384", 9, calendar=JUL).time("P570", "1411", 9, calendar=JUL)
bayezid = ent("بايزيد الأول", "Bayezid I", ["بايزيد", "بايزيد بن مراد", "يلدرم بايزيد", "بايزيد الصاعقة"], sex=MALE)
murad1 = ent("مراد الأول", "Murad I", ["السلطان مراد الأول"], sex=MALE)
bayezid.time("P570", "1403-03-08", calendar=JUL).item("P20", aksehir.qid).item("P22", murad1.qid)
bayezid2 = ent("بايزيد الثاني", "Bayezid II", ["بايزيد"], sex=MALE).time("P569", "1447-12-03", calendar=JUL).time("P570", "1512-05-26", calendar=JUL)
murad1.item("P40", bayezid.qid).time("P570", "1389-06-15", calendar=JUL)
ankara_battle = ent("معركة أنقرة", "Battle of Ankara", ["موقعة أنقرة", "معركة أنقره"], cls=BATTLE)
ankara_battle.time("P585", "1402-07-20", calendar=JUL).item("P276", ankara.qid).item("P710", timur.qid).item("P710", bayezid.qid)
damascus_siege = ent("حصار دمشق (1400)", "Siege of Damascus (1400)", ["حصار تيمورلنك لدمشق", "حصار دمشق"], cls=SIEGE)
damascus_siege.time("P580", "1400-12", calendar=JUL).time("P582", "1401-03", calendar=JUL).item("P276", damascus.qid).item("P710", timur.qid)
barquq = ent("الظاهر برقوق", "Barquq", ["برقوق", "السلطان الظاهر برقوق"], sex=MALE).time("P570", "1399-06-20", calendar=JUL).item("P20", cairo.qid)

# ================= Nelson Mandela
mandela = ent("نيلسون مانديلا", "Nelson Mandela", ["مانديلا", "روليهلاهلا مانديلا", "ماديبا"], sex=MALE, arwiki="نيلسون مانديلا")
gadla = ent("غادلا هنري مفاكانيسوا", "Gadla Henry Mphakanyiswa", ["غادلا هنري مانديلا"], sex=MALE)
nosekeni = ent("نوسيكيني فاني", "Nosekeni Fanny", ["نوسيكيني فاني مانديلا"], sex=FEMALE)
evelyn = ent("إيفلين ماسي", "Evelyn Mase", ["إيفلين نتوكو ماسي", "إيفلين مانديلا"], sex=FEMALE)
winnie = ent("ويني ماديكيزيلا مانديلا", "Winnie Madikizela-Mandela", ["ويني ماديكيزيلا", "ويني مانديلا"], sex=FEMALE)
graca = ent("غراسا ماشيل", "Graça Machel", ["غراسا ماشيل مانديلا"], sex=FEMALE)
samora = ent("سامورا ماشيل", "Samora Machel", sex=MALE)
zenani = ent("زيناني مانديلا", "Zenani Mandela-Dlamini", ["زيناني"], sex=FEMALE)
zindzi = ent("زندزيسوا مانديلا", "Zindzi Mandela", ["زندزيسوا", "زندزي مانديلا"], sex=FEMALE)
mandla = ent("ماندلا مانديلا", "Mandla Mandela", ["مانديلا"], sex=MALE, ar_desc="حفيد نيلسون مانديلا")
sisulu = ent("والتر سيسولو", "Walter Sisulu", sex=MALE)
de_klerk = ent("فريدريك دي كليرك", "F. W. de Klerk", ["دي كليرك", "فريدريك ويليم دي كليرك"], sex=MALE)
mandela.time("P569", "1918-07-18").time("P570", "2013-12-05").item("P19", mvezo.qid).item("P20", houghton.qid).item("P119", qunu.qid)
mandela.item("P22", gadla.qid).item("P25", nosekeni.qid).item("P27", south_africa.qid)
mandela.item("P26", evelyn.qid, qualifiers=[t("P580", "1944-10-05"), t("P582", "1958", 9)])
mandela.item("P26", winnie.qid, qualifiers=[t("P580", "1958-06-14"), t("P582", "1996-03-19")])
mandela.item("P26", graca.qid, qualifiers=[t("P580", "1998-07-18")])
mandela.item("P40", zenani.qid).item("P40", zindzi.qid)
mandela.item("P69", fort_hare.qid, qualifiers=[t("P580", "1939", 9), t("P582", "1940", 9)]).item("P69", unisa.qid).item("P69", wits.qid)
mandela.item("P463", anc.qid, qualifiers=[t("P580", "1944", 9)])
mandela.item("P39", pres_sa.qid, qualifiers=[t("P580", "1994-05-10"), t("P582", "1999-06-14")])
mandela.item("P166", nobel_peace.qid, qualifiers=[t("P585", "1993", 9), q("P1706", de_klerk.qid)])
gadla.item("P40", mandela.qid).time("P570", "1930", 9)
nosekeni.item("P40", mandela.qid).time("P570", "1968", 9)
evelyn.time("P569", "1922-05-18").time("P570", "2004-04-30").item("P26", mandela.qid)
winnie.time("P569", "1936-09-26").time("P570", "2018-04-02").item("P26", mandela.qid).item("P40", zenani.qid).item("P40", zindzi.qid)
graca.time("P569", "1945-10-17").item("P26", mandela.qid).item("P26", samora.qid, qualifiers=[t("P580", "1975", 9), t("P582", "1986-10-19")])
samora.time("P569", "1933-09-29").time("P570", "1986-10-19").item("P26", graca.qid).item("P39", pres_moz.qid, qualifiers=[t("P580", "1975-06-25"), t("P582", "1986-10-19")])
zenani.time("P569", "1959-02-04").item("P22", mandela.qid).item("P25", winnie.qid)
zindzi.time("P569", "1960-12-23").time("P570", "2020-07-13").item("P22", mandela.qid).item("P25", winnie.qid)
mandla.time("P569", "1974-06-21")
sisulu.time("P569", "1912-05-18").time("P570", "2003-05-05")
de_klerk.time("P569", "1936-03-18").time("P570", "2021-11-11").item("P166", nobel_peace.qid, qualifiers=[t("P585", "1993", 9)])

# ================= Marie Curie
curie = ent("ماري كوري", "Marie Curie", ["ماريا سكلودوفسكا", "ماري سكلودوفسكا كوري", "مدام كوري"], sex=FEMALE, arwiki="ماري كوري")
pierre = ent("بيير كوري", "Pierre Curie", ["بيير"], sex=MALE)
jacques = ent("جاك كوري", "Jacques Curie", sex=MALE, ar_desc="فيزيائي فرنسي، أخو بيير كوري")
wladyslaw = ent("فلاديسلاف سكلودوفسكي", "Władysław Skłodowski", sex=MALE)
bron_mother = ent("برونيسلافا سكلودوفسكا", "Bronisława Skłodowska", ["برونيسلافا بوغوسكا"], ["Bronisława Boguska"], sex=FEMALE, ar_desc="أم ماري كوري")
bron_sister = ent("برونيسلافا دووسكا", "Bronisława Dłuska", ["برونيا", "برونيسلافا سكلودوفسكا دووسكا", "برونيسلافا"], ["Bronya"], sex=FEMALE, ar_desc="طبيبة بولندية، أخت ماري كوري")
helena = ent("هيلينا سكلودوفسكا", "Helena Szalay", ["هيلا"], sex=FEMALE)
jozef = ent("يوزف سكلودوفسكي", "Józef Skłodowski", sex=MALE)
irene = ent("إيرين جوليو كوري", "Irène Joliot-Curie", ["إيرين كوري", "إيرين"], sex=FEMALE)
eve = ent("إيف كوري", "Ève Curie", ["إيف", "إيف كوري لابويس"], sex=FEMALE)
becquerel = ent("هنري بيكريل", "Henri Becquerel", ["بيكريل", "أنطوان هنري بيكريل"], sex=MALE)
curie.time("P569", "1867-11-07").time("P570", "1934-07-04").item("P19", warsaw.qid).item("P20", passy_hs.qid)
curie.item("P22", wladyslaw.qid).item("P25", bron_mother.qid)
for s in (bron_sister, helena, jozef):
    curie.item("P3373", s.qid)
curie.item("P26", pierre.qid, qualifiers=[t("P580", "1895-07-26"), t("P582", "1906-04-19")])
curie.item("P40", irene.qid).item("P40", eve.qid).item("P69", paris_u.qid, qualifiers=[t("P580", "1891", 9)])
curie.item("P108", paris_u.qid, qualifiers=[t("P580", "1906", 9)])
curie.item("P166", nobel_phys.qid, qualifiers=[t("P585", "1903", 9)]).item("P166", nobel_chem.qid, qualifiers=[t("P585", "1911", 9)])
pierre.time("P569", "1859-05-15").time("P570", "1906-04-19").item("P19", paris.qid).item("P20", paris.qid).item("P26", curie.qid)
pierre.item("P3373", jacques.qid).item("P40", irene.qid).item("P40", eve.qid).item("P108", paris_u.qid)
pierre.item("P166", nobel_phys.qid, qualifiers=[t("P585", "1903", 9)])
jacques.time("P569", "1855-10-29").time("P570", "1941-02-19").item("P3373", pierre.qid)
wladyslaw.time("P569", "1832-05-02").time("P570", "1902-05-14").item("P40", curie.qid).item("P40", bron_sister.qid).item("P26", bron_mother.qid)
bron_mother.time("P569", "1836", 9).time("P570", "1878-05-09").item("P40", curie.qid).item("P40", bron_sister.qid).item("P26", wladyslaw.qid)
bron_sister.time("P569", "1865-03-28").time("P570", "1939-04-15").item("P3373", curie.qid).item("P22", wladyslaw.qid).item("P25", bron_mother.qid)
helena.time("P569", "1866", 9).item("P3373", curie.qid)
jozef.time("P569", "1863", 9).item("P3373", curie.qid)
irene.time("P569", "1897-09-12").time("P570", "1956-03-17").item("P22", pierre.qid).item("P25", curie.qid).item("P19", paris.qid)
irene.item("P166", nobel_chem.qid, qualifiers=[t("P585", "1935", 9)])
eve.time("P569", "1904-12-06").time("P570", "2007-10-22").item("P22", pierre.qid).item("P25", curie.qid).item("P19", paris.qid)
becquerel.time("P569", "1852-12-15").time("P570", "1908-08-25").item("P166", nobel_phys.qid, qualifiers=[t("P585", "1903", 9)])

# ================= King Hussein of Jordan and his family
hussein = ent("الحسين بن طلال", "Hussein of Jordan", ["الملك الحسين", "الملك حسين", "الحسين بن طلال بن عبد الله"], sex=MALE, arwiki="الحسين بن طلال")
talal = ent("طلال بن عبد الله", "Talal of Jordan", ["الملك طلال", "الأمير طلال بن عبد الله"], sex=MALE)
zein_sharaf = ent("زين الشرف بنت جميل", "Zein al-Sharaf of Jordan", ["الملكة زين الشرف", "زين الشرف"], sex=FEMALE)
abdullah1 = ent("عبد الله الأول بن الحسين", "Abdullah I of Jordan", ["الملك عبد الله الأول", "عبد الله الأول", "الملك المؤسس", "عبد الله بن الحسين"], sex=MALE)
abdullah2 = ent("عبد الله الثاني بن الحسين", "Abdullah II of Jordan", ["الملك عبد الله الثاني", "عبد الله الثاني", "عبد الله بن الحسين"], sex=MALE)
muhammad_t = ent("محمد بن طلال", "Prince Muhammad bin Talal", ["الأمير محمد بن طلال", "الأمير محمد"], sex=MALE)
hassan_t = ent("الحسن بن طلال", "Prince Hassan bin Talal", ["الأمير الحسن بن طلال", "الأمير الحسن"], sex=MALE)
basma = ent("بسمة بنت طلال", "Princess Basma bint Talal", ["الأميرة بسمة"], sex=FEMALE)
dina = ent("دينا عبد الحميد", "Dina bint Abdul-Hamid", ["الأميرة دينا عبد الحميد", "الملكة دينا", "دينا بنت عبد الحميد"], sex=FEMALE)
muna = ent("منى الحسين", "Princess Muna al-Hussein", ["الأميرة منى الحسين", "الأميرة منى", "أنطوانيت غاردنر"], ["Antoinette Gardiner"], sex=FEMALE)
alia_t = ent("علياء الحسين", "Alia al-Hussein", ["الملكة علياء", "علياء طوقان", "الملكة علياء طوقان"], ["Alia Toukan"], sex=FEMALE)
noor = ent("نور الحسين", "Queen Noor of Jordan", ["الملكة نور", "ليزا الحلبي"], ["Lisa Halaby"], sex=FEMALE)
alia_b = ent("عالية بنت الحسين", "Princess Alia bint Hussein", ["الأميرة عالية"], sex=FEMALE)
faisal = ent("فيصل بن الحسين", "Prince Faisal bin Hussein", ["الأمير فيصل بن الحسين", "الأمير فيصل"], sex=MALE)
aisha = ent("عائشة بنت الحسين", "Princess Aisha bint Hussein", ["الأميرة عائشة"], sex=FEMALE)
zein_b = ent("زين بنت الحسين", "Princess Zein bint Hussein", ["الأميرة زين"], sex=FEMALE)
haya = ent("هيا بنت الحسين", "Princess Haya bint Hussein", ["الأميرة هيا"], sex=FEMALE)
ali_h = ent("علي بن الحسين", "Prince Ali bin Hussein", ["الأمير علي بن الحسين", "الأمير علي"], sex=MALE)
hamzah = ent("حمزة بن الحسين", "Prince Hamzah bin Hussein", ["الأمير حمزة"], sex=MALE)
hashim = ent("هاشم بن الحسين", "Prince Hashim bin Hussein", ["الأمير هاشم"], sex=MALE)
iman = ent("إيمان بنت الحسين", "Princess Iman bint Hussein", ["الأميرة إيمان"], sex=FEMALE)
raiyah = ent("راية بنت الحسين", "Princess Raiyah bint Hussein", ["الأميرة راية"], sex=FEMALE)
hussein_sharif = ent("الحسين بن علي", "Hussein bin Ali, Sharif of Mecca", ["الشريف حسين", "الشريف الحسين بن علي"], sex=MALE)
hussein.time("P569", "1935-11-14").time("P570", "1999-02-07").item("P19", amman.qid).item("P20", amman.qid).item("P27", jordan.qid)
hussein.item("P22", talal.qid).item("P25", zein_sharaf.qid)
for s in (muhammad_t, hassan_t, basma):
    hussein.item("P3373", s.qid)
    s.item("P3373", hussein.qid).item("P22", talal.qid).item("P25", zein_sharaf.qid)
hussein.item("P26", dina.qid, qualifiers=[t("P580", "1955-04-19"), t("P582", "1957", 9)])
hussein.item("P26", muna.qid, qualifiers=[t("P580", "1961-05-25"), t("P582", "1972-12-21")])
hussein.item("P26", alia_t.qid, qualifiers=[t("P580", "1972-12-24"), t("P582", "1977-02-09")])
hussein.item("P26", noor.qid, qualifiers=[t("P580", "1978-06-15")])
kids = ((alia_b, dina, "1956-02-13"), (abdullah2, muna, "1962-01-30"), (faisal, muna, "1963-10-11"), (aisha, muna, "1968-04-23"),
        (zein_b, muna, "1968-04-23"), (haya, alia_t, "1974-05-03"), (ali_h, alia_t, "1975-12-23"), (hamzah, noor, "1980-03-29"),
        (hashim, noor, "1981-06-10"), (iman, noor, "1983-04-24"), (raiyah, noor, "1986-02-09"))
for child, mother, born in kids:
    hussein.item("P40", child.qid)
    mother.item("P40", child.qid)
    child.time("P569", born).item("P22", hussein.qid).item("P25", mother.qid)
hussein.item("P39", king_jordan.qid, qualifiers=[t("P580", "1952-08-11"), t("P582", "1999-02-07")])
hussein.item("P69", victoria_college.qid).item("P69", harrow.qid).item("P69", sandhurst.qid)
talal.time("P569", "1909-02-26").time("P570", "1972-07-07").item("P19", mecca.qid).item("P20", istanbul.qid)
talal.item("P22", abdullah1.qid).item("P26", zein_sharaf.qid).item("P40", hussein.qid).item("P40", muhammad_t.qid).item("P40", hassan_t.qid).item("P40", basma.qid)
talal.item("P39", king_jordan.qid, qualifiers=[t("P580", "1951-07-20"), t("P582", "1952-08-11")])
zein_sharaf.time("P569", "1916-08-02").time("P570", "1994-04-26").item("P19", alexandria.qid).item("P26", talal.qid)
zein_sharaf.item("P40", hussein.qid).item("P40", muhammad_t.qid).item("P40", hassan_t.qid).item("P40", basma.qid)
abdullah1.time("P569", "1882-02", calendar="Q1985727").time("P570", "1951-07-20").item("P19", mecca.qid).item("P20", jerusalem.qid)
abdullah1.item("P40", talal.qid).item("P22", hussein_sharif.qid)
abdullah1.item("P39", emir_tj.qid, qualifiers=[t("P580", "1921-04-11"), t("P582", "1946-05-25")])
abdullah1.item("P39", king_jordan.qid, qualifiers=[t("P580", "1946-05-25"), t("P582", "1951-07-20")])
abdullah2.item("P39", king_jordan.qid, qualifiers=[t("P580", "1999-02-07")])
muhammad_t.time("P569", "1940-10-02").item("P19", amman.qid)
hassan_t.time("P569", "1947-03-20").item("P19", amman.qid)
basma.time("P569", "1951-05-11").item("P19", amman.qid)
dina.time("P569", "1929-12-15").time("P570", "2019-08-21").item("P26", hussein.qid)
muna.time("P569", "1941-04-25").item("P26", hussein.qid)
alia_t.time("P569", "1948-12-25").time("P570", "1977-02-09").item("P26", hussein.qid)
noor.time("P569", "1951-08-23").item("P26", hussein.qid)
hussein_sharif.time("P569", "1854", 9).time("P570", "1931-06-04").item("P40", abdullah1.qid).item("P20", amman.qid)

# ================= Muhammad Ali
ali = ent("محمد علي", "Muhammad Ali", ["محمد علي كلاي", "كاسيوس كلاي", "كاسيوس مارسيلوس كلاي الابن"], ["Cassius Clay"], sex=MALE,
          ar_desc="ملاكم أمريكي", en_desc="American boxer", arwiki="محمد علي كلاي")
clay_sr = ent("كاسيوس مارسيلوس كلاي الأب", "Cassius Marcellus Clay Sr.", ["كاسيوس كلاي الأب"], sex=MALE)
odessa = ent("أوديسا غرادي كلاي", "Odessa Grady Clay", ["أوديسا كلاي"], sex=FEMALE)
rahman = ent("رحمن علي", "Rahman Ali", ["رودولف كلاي", "رودولف أرنيت كلاي", "رودولف"], sex=MALE)
sonji = ent("سونجي روي", "Sonji Roi", sex=FEMALE)
belinda = ent("بليندا بويد", "Khalilah Ali", ["خليلة علي", "بليندا بويد"], ["Belinda Boyd"], sex=FEMALE)
veronica = ent("فيرونيكا بورشيه", "Veronica Porché Ali", ["فيرونيكا بورشيه علي"], sex=FEMALE)
lonnie = ent("يولاندا ويليامز", "Lonnie Ali", ["لوني علي", "يولاندا «لوني» ويليامز"], ["Yolanda Williams"], sex=FEMALE)
laila = ent("ليلى علي", "Laila Ali", sex=FEMALE, ar_desc="ملاكمة أمريكية")
liston = ent("سوني ليستون", "Sonny Liston", sex=MALE)
foreman = ent("جورج فورمان", "George Foreman", sex=MALE)
frazier = ent("جو فريزر", "Joe Frazier", sex=MALE)
ali.time("P569", "1942-01-17").time("P570", "2016-06-03").item("P19", louisville.qid).item("P20", scottsdale.qid).item("P119", cave_hill.qid)
ali.item("P22", clay_sr.qid).item("P25", odessa.qid).item("P3373", rahman.qid).item("P27", usa.qid)
ali.item("P26", sonji.qid, qualifiers=[t("P580", "1964-08-14"), t("P582", "1966-01-10")])
ali.item("P26", belinda.qid, qualifiers=[t("P580", "1967-08-17"), t("P582", "1977", 9)])
ali.item("P26", veronica.qid, qualifiers=[t("P580", "1977-06-19"), t("P582", "1986", 9)])
ali.item("P26", lonnie.qid, qualifiers=[t("P580", "1986-11-19")])
ali.item("P40", laila.qid).item("P463", nation_islam.qid, qualifiers=[t("P580", "1964", 9), t("P582", "1975", 9)])
clay_sr.time("P569", "1912-11-11").time("P570", "1990-02-08").item("P40", ali.qid).item("P40", rahman.qid).item("P26", odessa.qid)
odessa.time("P569", "1917-02-12").time("P570", "1994-08-20").item("P40", ali.qid).item("P40", rahman.qid)
rahman.time("P569", "1943-07-18").item("P3373", ali.qid).item("P19", louisville.qid)
laila.time("P569", "1977-12-30").time("P569", "1978", 9, rank="deprecated", qualifiers=[q("P2241", INCORRECT_VALUE)])
laila.item("P22", ali.qid).item("P25", veronica.qid).item("P19", miami_beach.qid)
veronica.item("P40", laila.qid).item("P26", ali.qid)
sonji.item("P26", ali.qid)
lonnie.item("P26", ali.qid)
liston.time("P569", "1932-05-08").time("P570", "1970-12-30")
foreman.time("P569", "1949-01-10").time("P570", "2025-03-21")
frazier.time("P569", "1944-01-12").time("P570", "2011-11-07")
rome_1960 = ent("الألعاب الأولمبية الصيفية 1960", "1960 Summer Olympics", ["أولمبياد روما", "أولمبياد 1960", "دورة الألعاب الأولمبية الصيفية 1960"], cls=OLYMPICS)
rome_1960.time("P580", "1960-08-25").time("P582", "1960-09-11").item("P276", rome.qid)
atlanta_1996 = ent("الألعاب الأولمبية الصيفية 1996", "1996 Summer Olympics", ["أولمبياد أتلانتا", "أولمبياد 1996"], cls=OLYMPICS)
atlanta_1996.time("P580", "1996-07-19").time("P582", "1996-08-04").item("P276", atlanta.qid)
liston_fight = ent("محمد علي ضد سوني ليستون", "Sonny Liston vs. Cassius Clay", ["نزال كلاي وليستون"], cls=EVENT)
liston_fight.time("P585", "1964-02-25").item("P276", miami_beach.qid).item("P710", ali.qid).item("P710", liston.qid)
rumble = ent("نزال الأدغال", "The Rumble in the Jungle", ["قتال في الأدغال", "معركة الأدغال"], cls=EVENT)
rumble.time("P585", "1974-10-30").item("P276", kinshasa.qid).item("P710", ali.qid).item("P710", foreman.qid)
thrilla = ent("رعب مانيلا", "Thrilla in Manila", ["إثارة في مانيلا", "معركة مانيلا"], cls=EVENT)
thrilla.time("P585", "1975-10-01").item("P276", quezon.qid).item("P710", ali.qid).item("P710", frazier.qid)
ali.item("P1344", rome_1960.qid).item("P1344", liston_fight.qid).item("P1344", rumble.qid).item("P1344", thrilla.qid)
ali_pasha = ent("محمد علي باشا", "Muhammad Ali of Egypt", ["محمد علي", "محمد علي الكبير", "والي مصر محمد علي"], sex=MALE,
                ar_desc="والي مصر ومؤسس الأسرة العلوية", en_desc="Ottoman governor of Egypt")
ali_pasha.time("P569", "1769-03-04").time("P570", "1849-08-02").item("P20", alexandria.qid)
cm_clay = ent("كاسيوس مارسيلوس كلاي", "Cassius Marcellus Clay", ["كاسيوس كلاي"], sex=MALE, ar_desc="سياسي أمريكي مناهض للعبودية",
              en_desc="American abolitionist and politician")
cm_clay.time("P569", "1810-10-19").time("P570", "1903-07-22").item("P19", kentucky.qid)

# ================= write
assert n[0] < 90004000
out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "heldout3.json")
with open(out, "w", encoding="utf-8") as f:
    f.write("[\n")
    for i, e in enumerate(L):
        f.write(e.json() + (",\n" if i < len(L) - 1 else "\n"))
    f.write("]\n")
print(f"{len(L)} entities -> {os.path.normpath(out)}")
