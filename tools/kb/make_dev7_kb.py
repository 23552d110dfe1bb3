"""Writes data/kb/dev7.json: the knowledge base of the round-7 development set in data/kb/dev7/
(Anton Chekhov, Nizar Qabbani, al-Mutanabbi and Sayf al-Dawla, Ivan Pavlov, Ibn Rushd and the Almohads,
the house of Qalawun, the Kingdom of Hejaz, Ilya Repin), in Wikidata's full-dump shape, written by hand
from public facts by an independent session that did not read the code. Every item has a local id from
Q90007001 up (the set's range is Q90007001-Q90007599); only class items, sex values, Q41755623 (reason for
deprecation: incorrect value) and Q36578 (the "stated in" of every reference) keep Wikidata's ids. Dates
before 1582 carry the Julian calendar model, later ones the Gregorian (Russian dates are stored in the
Gregorian calendar). Run: python3 tools/kb/make_dev7_kb.py"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import Entity, item_snak, time_snak, write_dump, JUL, GREG  # noqa: E402

HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, HIST_COUNTRY, REGION = "Q515", "Q532", "Q6256", "Q3024240", "Q82794"
UNIVERSITY, ORGANIZATION, POSITION, AWARD, ACADEMY, DYNASTY = "Q3918", "Q43229", "Q4164871", "Q618779", "Q1423994", "Q164950"
MINISTRY, INSTITUTE, NEIGHBORHOOD = "Q192350", "Q1664720", "Q123705"
INCORRECT_VALUE = "Q41755623"
FIRST = 90007000

L = []
n = [FIRST]


def cal(when):
    return JUL if int(when.lstrip("-").split("-")[0]) < 1582 else GREG


class Item(Entity):
    def _add(self, prop, snak, rank="normal", qualifiers=None, refs=1):
        super()._add(prop, snak, rank, qualifiers, refs)
        st = self.claims[prop][-1]
        h = hashlib.sha1((self.qid + prop + json.dumps([snak, qualifiers, rank, len(self.claims[prop])], sort_keys=True)).encode()).hexdigest().upper()
        st["id"] = f"{self.qid}${h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        return self

    def d(self, prop, when, rank="normal", qualifiers=None):
        """A time statement; the calendar model follows the year (Julian before 1582)."""
        return self.time(prop, when, None, cal(when), rank, qualifiers)

    def i(self, prop, target, start=None, end=None, at=None, rank="normal"):
        qs = []
        for qp, w in (("P580", start), ("P582", end), ("P585", at)):
            if w:
                qs.append(time_snak(qp, w, None, cal(w)))
        return self.item(prop, target.qid if isinstance(target, Item) else target, rank, qs or None)

    def json(self):
        e = json.loads(super().json())
        for st in (s for sts in e["claims"].values() for s in sts):
            for qs in st.get("qualifiers", {}).values():
                for q in qs:
                    q["hash"] = hashlib.sha1(json.dumps(q, sort_keys=True).encode()).hexdigest()
        num = int(self.qid[1:])
        ordered = {"type": e["type"], "id": e["id"], "pageid": num - 90000000 + 700000, "ns": 0, "title": self.qid,
                   "lastrevid": 2400000000 + num - FIRST, "modified": "2026-12-01T08:00:00Z"}
        ordered.update({k: v for k, v in e.items() if k not in ("type", "id")})
        return json.dumps(ordered, ensure_ascii=False, separators=(",", ":"))


def ent(ar, en, ar_aliases=(), en_aliases=(), cls=None, sex=None, desc=None):
    n[0] += 1
    e = Item(f"Q{n[0]}", ar, en, ar_aliases, en_aliases, ar_desc=None, en_desc=desc)
    if cls:
        e.item("P31", cls)
    if sex:
        e.item("P31", HUMAN).item("P21", sex)
    L.append(e)
    return e


def man(ar, en, ar_aliases=(), en_aliases=(), desc=None):
    return ent(ar, en, ar_aliases, en_aliases, sex=MALE, desc=desc)


def woman(ar, en, ar_aliases=(), en_aliases=(), desc=None):
    return ent(ar, en, ar_aliases, en_aliases, sex=FEMALE, desc=desc)


def place(ar, en, cls=CITY, ar_aliases=(), en_aliases=(), within=None):
    p = ent(ar, en, ar_aliases, en_aliases, cls=cls)
    if within:
        p.i("P131", within)
    return p


def family(parent_m=None, parent_f=None, children=()):
    for c in children:
        if parent_m:
            c.i("P22", parent_m)
            parent_m.i("P40", c)
        if parent_f:
            c.i("P25", parent_f)
            parent_f.i("P40", c)
    for a in children:
        for b in children:
            if a is not b:
                a.i("P3373", b)


def married(a, b, start=None, end=None):
    a.i("P26", b, start, end)
    b.i("P26", a, start, end)


# ---------------------------------------------------------------- shared places and states
russia = place("الإمبراطورية الروسية", "Russian Empire", HIST_COUNTRY, ["روسيا"], ["Russia"])
germany = place("ألمانيا", "Germany", COUNTRY)
moscow = place("موسكو", "Moscow", CITY, within=russia)
spb = place("سانت بطرسبرغ", "Saint Petersburg", CITY, ["بطرسبرغ", "بطرسبورغ", "لينينغراد", "بتروغراد"], ["Leningrad", "Petrograd"], within=russia)
syria = place("سوريا", "Syria", COUNTRY, ["سورية"])
damascus = place("دمشق", "Damascus", CITY, within=syria)
lebanon = place("لبنان", "Lebanon", COUNTRY)
beirut = place("بيروت", "Beirut", CITY, within=lebanon)
uk = place("المملكة المتحدة", "United Kingdom", COUNTRY, ["بريطانيا"])
london = place("لندن", "London", CITY, within=uk)
iraq = place("العراق", "Iraq", COUNTRY)
baghdad = place("بغداد", "Baghdad", CITY, within=iraq)
kufa = place("الكوفة", "Kufa", CITY, within=iraq)
aleppo = place("حلب", "Aleppo", CITY, within=syria)
egypt = place("مصر", "Egypt", COUNTRY)
cairo = place("القاهرة", "Cairo", CITY, within=egypt)

# ---------------------------------------------------------------- 1. Chekhov
taganrog = place("تاغانروغ", "Taganrog", CITY, ["تاغنروغ"], within=russia)
badenweiler = place("بادنفايلر", "Badenweiler", CITY, ["بادن فايلر"], within=germany)
glazov = place("غلازوف", "Glazov", CITY, within=russia)
kazan = place("قازان", "Kazan", CITY, ["كازان"], within=russia)
moscow_u = ent("جامعة موسكو", "Moscow University", ["جامعة موسكو الإمبراطورية", "جامعة موسكو الحكومية"], cls=UNIVERSITY)
spb_u = ent("جامعة سانت بطرسبرغ", "Saint Petersburg University", ["جامعة بطرسبرغ", "جامعة سان بطرسبرغ"], cls=UNIVERSITY)
ras = ent("أكاديمية العلوم الروسية", "Russian Academy of Sciences", ["أكاديمية العلوم", "أكاديمية بطرسبرغ للعلوم", "أكاديمية العلوم الإمبراطورية"], cls=ACADEMY)
pushkin_prize = ent("جائزة بوشكين", "Pushkin Prize", cls=AWARD)
chekhov = man("أنطون تشيخوف", "Anton Chekhov", ["أنطون بافلوفيتش تشيخوف", "تشيخوف", "تشيكوف"], ["Anton Pavlovich Chekhov"], "Russian writer")
pavel_ch = man("بافل يغوروفيتش تشيخوف", "Pavel Yegorovich Chekhov", ["بافل تشيخوف"])
yevgenia = woman("يفغينيا ياكوفليفنا موروزوفا", "Yevgenia Yakovlevna Chekhova", ["يفغينيا تشيخوفا", "يفغينيا موروزوفا"])
alexander_ch = man("ألكسندر تشيخوف", "Alexander Pavlovich Chekhov", ["ألكسندر بافلوفيتش تشيخوف"])
nikolai_ch = man("نيكولاي تشيخوف", "Nikolai Pavlovich Chekhov", ["نيكولاي بافلوفيتش تشيخوف"], desc="painter, brother of Anton Chekhov")
ivan_ch = man("إيفان تشيخوف", "Ivan Pavlovich Chekhov", ["إيفان بافلوفيتش تشيخوف"])
maria_ch = woman("ماريا تشيخوفا", "Maria Pavlovna Chekhova", ["ماريا بافلوفنا تشيخوفا"])
mikhail_ch = man("ميخائيل بافلوفيتش تشيخوف", "Mikhail Pavlovich Chekhov", ["ميخائيل تشيخوف"], desc="writer, youngest brother of Anton Chekhov")
michael_actor = man("ميخائيل ألكسندروفيتش تشيخوف", "Michael Chekhov", ["ميخائيل تشيخوف", "مايكل تشيخوف"], desc="actor, nephew of Anton Chekhov")
olga_k = woman("أولغا كنيبر", "Olga Knipper", ["أولغا كنيبر-تشيخوفا", "أولغا ليوناردوفنا كنيبر"])
usa = place("الولايات المتحدة", "United States", COUNTRY)
chekhov.d("P569", "1860-01-29").i("P19", taganrog).d("P570", "1904-07-15").i("P20", badenweiler).i("P106", "Q36180")
chekhov.i("P69", moscow_u, "1879", "1884").i("P166", pushkin_prize, at="1888").i("P463", ras, "1900", "1902")
pavel_ch.d("P570", "1898").i("P20", moscow)
yevgenia.d("P570", "1919")
alexander_ch.d("P569", "1855").d("P570", "1913")
nikolai_ch.d("P569", "1858").d("P570", "1889")
ivan_ch.d("P569", "1861").d("P570", "1922")
maria_ch.d("P569", "1863").d("P570", "1957")
mikhail_ch.d("P569", "1865").d("P570", "1936")
family(pavel_ch, yevgenia, [alexander_ch, nikolai_ch, chekhov, ivan_ch, maria_ch, mikhail_ch])
michael_actor.d("P569", "1891-08-29").i("P19", spb).d("P570", "1955-09-30").i("P20", usa).i("P22", alexander_ch)
alexander_ch.i("P40", michael_actor)
olga_k.d("P569", "1868-09-21").i("P19", glazov).d("P570", "1959-03-22").i("P20", moscow)
married(chekhov, olga_k, "1901-06-07", "1904-07-15")

# ---------------------------------------------------------------- 2. Nizar Qabbani
midhanat = place("مئذنة الشحم", "Midhanat al-Shahm", NEIGHBORHOOD, ["حي مئذنة الشحم"], within=damascus)
syr_u = ent("جامعة دمشق", "Damascus University", ["الجامعة السورية"], ["Syrian University"], cls=UNIVERSITY)
syr_mfa = ent("وزارة الخارجية السورية", "Ministry of Foreign Affairs of Syria", ["الخارجية السورية", "وزارة الخارجية"], cls=MINISTRY)
nizar = man("نزار قباني", "Nizar Qabbani", ["نزار توفيق قباني"], desc="Syrian poet")
tawfiq_q = man("توفيق قباني", "Tawfiq Qabbani", desc="father of Nizar Qabbani")
faiza = woman("فائزة آقبيق", "Fa'iza Akbik", ["فائزة أقبيق"])
wisal = woman("وصال قباني", "Wisal Qabbani", ["وصال"])
zahra = woman("زهرة آقبيق", "Zahra Akbik", ["زهراء آقبيق", "زهرة أقبيق"], desc="first wife of Nizar Qabbani")
balqis = woman("بلقيس الراوي", "Balqis al-Rawi", ["بلقيس"])
tawfiq_son = man("توفيق نزار قباني", "Tawfiq Nizar Qabbani", ["توفيق قباني"], desc="son of Nizar Qabbani")
hadba = woman("هدباء قباني", "Hadba Qabbani", ["هدباء"])
omar_q = man("عمر قباني", "Omar Qabbani", ["عمر نزار قباني"])
zainab_q = woman("زينب قباني", "Zainab Qabbani", ["زينب نزار قباني"])
abu_khalil = man("أبو خليل القباني", "Abu Khalil al-Qabbani", ["أحمد أبو خليل القباني"], desc="Syrian theatre pioneer, great-uncle of Nizar Qabbani")
nizar.d("P569", "1923-03-21").i("P19", damascus).d("P570", "1998-04-30").i("P20", london).i("P106", "Q49757")
nizar.i("P69", syr_u, end="1945").i("P108", syr_mfa, "1945", "1966")
family(tawfiq_q, faiza, [nizar, wisal])
family(nizar, zahra, [tawfiq_son, hadba])
family(nizar, balqis, [omar_q, zainab_q])
married(nizar, zahra)
married(nizar, balqis, "1969", "1981-12-15")
balqis.d("P570", "1981-12-15").i("P20", beirut).i("P27", iraq)
tawfiq_son.d("P570", "1973").i("P20", london)
abu_khalil.d("P569", "1833").d("P570", "1902").i("P19", damascus)

# ---------------------------------------------------------------- 3. al-Mutanabbi (Julian dates)
dayr_aqul = place("دير العاقول", "Dayr al-Aqul", VILLAGE, within=iraq)
mayyafariqin = place("ميافارقين", "Mayyafariqin", CITY, ["ميافارقين (سلوان)"], ["Silvan"])
mutanabbi = man("المتنبي", "al-Mutanabbi", ["أبو الطيب المتنبي", "أحمد بن الحسين", "أبو الطيب"], desc="Arab poet")
husayn_m = man("الحسين بن الحسن الجعفي", "al-Husayn, father of al-Mutanabbi", ["الحسين"])
muhassad = man("محسّد بن المتنبي", "Muhassad, son of al-Mutanabbi", ["محسد", "محسّد"])
sayf = man("سيف الدولة الحمداني", "Sayf al-Dawla", ["سيف الدولة", "علي بن عبد الله بن حمدان", "أبو الحسن علي بن حمدان"])
abu_hayja = man("أبو الهيجاء عبد الله بن حمدان", "Abu'l-Hayja Abdallah ibn Hamdan", ["عبد الله بن حمدان", "أبو الهيجاء"])
nasir_dawla = man("ناصر الدولة الحمداني", "Nasir al-Dawla", ["ناصر الدولة", "الحسن بن عبد الله بن حمدان"])
abu_firas = man("أبو فراس الحمداني", "Abu Firas al-Hamdani", ["أبو فراس", "الحارث بن سعيد بن حمدان"], desc="poet, cousin of Sayf al-Dawla")
kafur = man("كافور الإخشيدي", "Abu al-Misk Kafur", ["كافور", "أبو المسك كافور"])
fatik = man("فاتك بن أبي جهل الأسدي", "Fatik ibn Abi Jahl al-Asadi", ["فاتك الأسدي", "فاتك"])
dabba = man("ضبة بن يزيد", "Dabba ibn Yazid al-Utbi", ["ضبة"])
emir_aleppo = ent("أمير حلب", "Emir of Aleppo", ["صاحب حلب"], cls=POSITION)
ruler_egypt = ent("حاكم مصر", "ruler of Egypt", ["صاحب مصر", "ملك مصر"], cls=POSITION)
hamdanid_aleppo = ent("إمارة حلب الحمدانية", "Hamdanid Emirate of Aleppo", ["إمارة حلب", "الدولة الحمدانية في حلب"], cls=HIST_COUNTRY)
mutanabbi.d("P569", "915").i("P19", kufa).d("P570", "965-09-23").i("P20", dayr_aqul).i("P22", husayn_m).i("P40", muhassad).i("P106", "Q49757")
husayn_m.i("P40", mutanabbi)
muhassad.i("P22", mutanabbi).d("P570", "965-09-23")
sayf.d("P569", "916-06-22").d("P570", "967-02-09").i("P20", aleppo).i("P119", mayyafariqin).i("P39", emir_aleppo, "944", "967")
family(abu_hayja, None, [sayf, nasir_dawla])
abu_hayja.d("P570", "929")
nasir_dawla.d("P570", "969")
abu_firas.d("P569", "932").d("P570", "968")
kafur.d("P570", "968").i("P39", ruler_egypt, "966", "968")
fatik.d("P570", "965")
hamdanid_aleppo.d("P571", "944").d("P576", "1004").i("P36", aleppo)

# ---------------------------------------------------------------- 4. Ivan Pavlov
ryazan = place("ريازان", "Ryazan", CITY, within=russia)
mma = ent("الأكاديمية الطبية العسكرية", "Imperial Military Medical Academy", ["الأكاديمية الطبية العسكرية الإمبراطورية", "الأكاديمية الطبية الجراحية"], cls=UNIVERSITY)
iem = ent("معهد الطب التجريبي", "Institute of Experimental Medicine", ["المعهد الإمبراطوري للطب التجريبي"], cls=INSTITUTE)
nobel_med = ent("جائزة نوبل في الفسيولوجيا أو الطب", "Nobel Prize in Physiology or Medicine", ["جائزة نوبل في الطب", "جائزة نوبل"], cls=AWARD)
copley = ent("وسام كوبلي", "Copley Medal", ["ميدالية كوبلي"], cls=AWARD)
pavlov = man("إيفان بافلوف", "Ivan Pavlov", ["إيفان بتروفيتش بافلوف", "بافلوف"], ["Ivan Petrovich Pavlov"], "Russian physiologist")
pyotr_p = man("بيوتر دميترييفيتش بافلوف", "Pyotr Dmitrievich Pavlov", ["بيوتر بافلوف"])
varvara = woman("فارفارا إيفانوفنا بافلوفا", "Varvara Ivanovna Pavlova", ["فارفارا إيفانوفنا"])
dmitri_p = man("دميتري بتروفيتش بافلوف", "Dmitry Petrovich Pavlov", ["دميتري بافلوف"], desc="chemist, brother of Ivan Pavlov")
serafima = woman("سيرافيما كارتشيفسكايا", "Serafima Vasilievna Karchevskaya", ["سيرافيما بافلوفا", "سيرافيما فاسيليفنا كارتشيفسكايا"])
vladimir_p = man("فلاديمير إيفانوفيتش بافلوف", "Vladimir Ivanovich Pavlov", ["فلاديمير بافلوف"], desc="physicist, son of Ivan Pavlov")
vera_p = woman("فيرا إيفانوفنا بافلوفا", "Vera Ivanovna Pavlova", ["فيرا بافلوفا"])
pavlov.d("P569", "1849-09-26").i("P19", ryazan).d("P570", "1936-02-27").i("P20", spb)
pavlov.i("P69", spb_u, "1870", "1875").i("P69", mma, "1875").i("P108", iem, "1891", "1936").i("P108", mma, "1890", "1925")
pavlov.i("P166", nobel_med, at="1904").i("P166", copley, at="1915").i("P463", ras, "1907")
family(pyotr_p, varvara, [pavlov, dmitri_p])
married(pavlov, serafima, "1881")
family(pavlov, serafima, [vladimir_p, vera_p])
serafima.d("P569", "1855").d("P570", "1947")
serafima.time("P569", "1859", None, GREG, "deprecated")
serafima.claims["P569"][-1]["qualifiers"] = {"P2241": [item_snak("P2241", INCORRECT_VALUE)]}
serafima.claims["P569"][-1]["qualifiers-order"] = ["P2241"]

# ---------------------------------------------------------------- 5. Ibn Rushd (Julian dates)
andalus = place("الأندلس", "al-Andalus", REGION)
cordoba = place("قرطبة", "Córdoba", CITY, within=andalus)
seville = place("إشبيلية", "Seville", CITY, within=andalus)
lucena = place("أليسانة", "Lucena", CITY, ["اليسانة", "لوسينا"], within=cordoba)
guadix = place("وادي آش", "Guadix", CITY, within=andalus)
marrakesh = place("مراكش", "Marrakesh", CITY)
santarem = place("شنترين", "Santarém", CITY)
almohads = ent("دولة الموحدين", "Almohad Caliphate", ["الموحدون", "الدولة الموحدية"], cls=HIST_COUNTRY)
qadi_seville = ent("قاضي إشبيلية", "qadi of Seville", cls=POSITION)
qadi_cordoba = ent("قاضي قرطبة", "qadi of Córdoba", ["قاضي الجماعة بقرطبة"], cls=POSITION)
court_phys = ent("طبيب الخليفة الموحدي", "court physician of the Almohad caliph", cls=POSITION)
caliph_almohad = ent("خليفة الموحدين", "Almohad caliph", cls=POSITION)
ibn_rushd = man("ابن رشد", "Averroes", ["أبو الوليد محمد بن أحمد بن رشد", "ابن رشد الحفيد", "أبو الوليد بن رشد"], ["Ibn Rushd"], "Andalusian philosopher")
ibn_rushd_gf = man("ابن رشد الجد", "Ibn Rushd the Elder", ["أبو الوليد محمد بن رشد", "أبو الوليد محمد بن أحمد بن رشد"], desc="qadi of Córdoba, grandfather of Averroes")
ahmad_r = man("أبو القاسم أحمد بن رشد", "Abu al-Qasim Ahmad ibn Rushd", ["أبو القاسم أحمد"])
abdallah_r = man("أبو محمد عبد الله بن رشد", "Abu Muhammad Abdallah ibn Rushd", ["أبو محمد عبد الله"])
abu_yaqub = man("أبو يعقوب يوسف", "Abu Yaqub Yusuf", ["يوسف بن عبد المؤمن", "أبو يعقوب يوسف بن عبد المؤمن"])
mansur = man("أبو يوسف يعقوب المنصور", "Abu Yusuf Yaqub al-Mansur", ["يعقوب المنصور", "المنصور الموحدي"])
ibn_tufayl = man("ابن طفيل", "Ibn Tufayl", ["أبو بكر بن طفيل"])
ibn_tumart = man("ابن تومرت", "Ibn Tumart", ["محمد بن تومرت"])
ibn_rushd.d("P569", "1126").i("P19", cordoba).d("P570", "1198-12-10").i("P20", marrakesh).i("P22", ahmad_r).i("P40", abdallah_r)
ibn_rushd.i("P39", qadi_seville, "1169").i("P39", qadi_cordoba, "1171").i("P39", court_phys, "1182")
ahmad_r.i("P22", ibn_rushd_gf).i("P40", ibn_rushd)
ibn_rushd_gf.i("P40", ahmad_r).d("P570", "1126").i("P20", cordoba).i("P39", qadi_cordoba)
abdallah_r.i("P22", ibn_rushd)
abu_yaqub.d("P570", "1184-07-29").i("P39", caliph_almohad, "1163", "1184").i("P40", mansur)
mansur.i("P22", abu_yaqub).i("P39", caliph_almohad, "1184", "1199").d("P570", "1199-01-23")
ibn_tufayl.i("P19", guadix).d("P570", "1185").i("P20", marrakesh).i("P39", court_phys, end="1182")
almohads.d("P571", "1121").d("P576", "1269").i("P36", marrakesh).i("P112", ibn_tumart)
ibn_tumart.d("P570", "1130")

# ---------------------------------------------------------------- 6. The house of Qalawun (Julian dates)
mamluks = ent("سلطنة المماليك", "Mamluk Sultanate", ["دولة المماليك", "الدولة المملوكية"], cls=HIST_COUNTRY)
sultan_eg = ent("سلطان مصر", "Sultan of Egypt", ["سلطان المماليك", "سلطان مصر والشام"], cls=POSITION)
acre = place("عكا", "Acre", CITY)
qalawun = man("قلاوون", "Qalawun", ["المنصور قلاوون", "سيف الدين قلاوون", "المنصور سيف الدين قلاوون الألفي"])
ali_q = man("الصالح علي بن قلاوون", "al-Salih Ali", ["الصالح علي", "علاء الدين علي"])
khalil = man("الأشرف خليل", "al-Ashraf Khalil", ["الأشرف خليل بن قلاوون", "خليل بن قلاوون", "خليل"])
nasir_m = man("الناصر محمد بن قلاوون", "al-Nasir Muhammad", ["الناصر محمد", "محمد بن قلاوون"])
ashlun = woman("أشلون بنت شكتاي", "Ashlun bint Shaktay", ["أشلون"])
abu_bakr = man("المنصور أبو بكر", "al-Mansur Abu Bakr", ["أبو بكر بن الناصر محمد", "أبو بكر"])
hasan_n = man("الناصر حسن", "an-Nasir Hasan", ["السلطان حسن", "حسن بن الناصر محمد"])
ismail_n = man("الصالح إسماعيل", "as-Salih Ismail", ["إسماعيل بن الناصر محمد"])
baydara = man("بيدرا", "Baydara", ["بيدرا المنصوري"])
barquq = man("برقوق", "Barquq", ["الظاهر برقوق"])
qalawun.d("P570", "1290-11-10").i("P20", cairo).i("P39", sultan_eg, "1279", "1290")
family(qalawun, None, [ali_q, khalil, nasir_m])
nasir_m.i("P25", ashlun)
ashlun.i("P40", nasir_m)
ali_q.d("P570", "1288")
khalil.d("P570", "1293-12-14").i("P39", sultan_eg, "1290", "1293")
nasir_m.d("P569", "1285-02-24").i("P19", cairo).d("P570", "1341-06-07").i("P20", cairo)
nasir_m.i("P39", sultan_eg, "1293", "1294").i("P39", sultan_eg, "1299", "1309").i("P39", sultan_eg, "1310", "1341")
family(nasir_m, None, [abu_bakr, hasan_n, ismail_n])
abu_bakr.i("P39", sultan_eg, "1341", "1341").d("P570", "1341")
hasan_n.i("P39", sultan_eg, "1347", "1351").i("P39", sultan_eg, "1354", "1361").d("P570", "1361")
ismail_n.i("P39", sultan_eg, "1342", "1345").d("P570", "1345")
baydara.d("P570", "1293")
barquq.i("P39", sultan_eg, "1382", "1389")
mamluks.d("P571", "1250").d("P576", "1517").i("P36", cairo)

# ---------------------------------------------------------------- 7. The Kingdom of Hejaz
hejaz_region = place("الحجاز", "Hejaz", REGION)
mecca = place("مكة", "Mecca", CITY, ["مكة المكرمة"], within=hejaz_region)
jeddah = place("جدة", "Jeddah", CITY, within=hejaz_region)
taif = place("الطائف", "Ta'if", CITY, within=hejaz_region)
istanbul = place("إسطنبول", "Istanbul", CITY, ["الآستانة", "القسطنطينية"])
amman = place("عمّان", "Amman", CITY, ["عمان"])
jerusalem = place("القدس", "Jerusalem", CITY)
cyprus = place("قبرص", "Cyprus", REGION)
bern = place("برن", "Bern", CITY)
paris = place("باريس", "Paris", CITY)
hejaz = ent("مملكة الحجاز", "Kingdom of Hejaz", ["المملكة الحجازية الهاشمية"], cls=HIST_COUNTRY)
king_hejaz = ent("ملك الحجاز", "King of Hejaz", cls=POSITION)
sharif_mecca = ent("شريف مكة", "Sharif of Mecca", ["أمير مكة"], cls=POSITION)
king_iraq = ent("ملك العراق", "King of Iraq", cls=POSITION)
king_syria = ent("ملك سوريا", "King of Syria", ["ملك المملكة السورية العربية"], cls=POSITION)
emir_tj = ent("أمير شرق الأردن", "Emir of Transjordan", cls=POSITION)
hussein = man("الحسين بن علي", "Hussein bin Ali", ["الشريف حسين", "الشريف الحسين بن علي", "الحسين"], desc="Sharif of Mecca, King of Hejaz")
ali_h = man("علي بن الحسين", "Ali bin Hussein", ["الملك علي", "علي"], desc="King of Hejaz 1924-1925")
abdullah_h = man("عبد الله الأول", "Abdullah I of Jordan", ["عبد الله بن الحسين", "الملك عبد الله", "عبد الله"])
faisal_h = man("فيصل الأول", "Faisal I of Iraq", ["فيصل بن الحسين", "الملك فيصل", "فيصل"])
zeid_h = man("زيد بن الحسين", "Zeid bin Hussein", ["الأمير زيد", "زيد"])
talal = man("طلال بن عبد الله", "Talal of Jordan", ["الملك طلال"])
hussein_j = man("الحسين بن طلال", "Hussein of Jordan", ["الملك حسين", "الحسين"], desc="King of Jordan, grandson of Abdullah I")
ashu = man("مصطفى شكري عشو", "Mustafa Shukri Ashu", ["مصطفى عشو"])
ibn_saud = man("عبد العزيز بن سعود", "Ibn Saud", ["عبد العزيز آل سعود", "ابن سعود", "عبد العزيز"])
hejaz.d("P571", "1916").d("P576", "1925").i("P36", mecca)
hussein.d("P569", "1853").d("P569", "1854").i("P19", istanbul).d("P570", "1931-06-04").i("P20", amman).i("P119", jerusalem)
hussein.i("P39", sharif_mecca, "1908", "1924").i("P39", king_hejaz, "1916", "1924-10-03")
family(hussein, None, [ali_h, abdullah_h, faisal_h, zeid_h])
ali_h.d("P569", "1879").d("P570", "1935").i("P20", baghdad).i("P39", king_hejaz, "1924-10-03", "1925-12-19")
abdullah_h.d("P569", "1882").d("P570", "1951-07-20").i("P20", jerusalem).i("P39", emir_tj, "1921", "1946").i("P40", talal)
faisal_h.d("P569", "1885-05-20").i("P19", mecca).d("P570", "1933-09-08").i("P20", bern)
faisal_h.i("P39", king_syria, "1920-03-08", "1920-07-24").i("P39", king_iraq, "1921-08-23", "1933-09-08")
zeid_h.d("P569", "1898").d("P570", "1970").i("P20", paris)
talal.i("P22", abdullah_h).i("P40", hussein_j)
hussein_j.i("P22", talal).d("P569", "1935-11-14")
ashu.d("P570", "1951")
ibn_saud.i("P39", king_hejaz, "1926-01-08")

# ---------------------------------------------------------------- 8. Ilya Repin
chuguev = place("تشوغوييف", "Chuguev", CITY, ["تشوغويف"], within=russia)
finland = place("فنلندا", "Finland", COUNTRY)
kuokkala = place("كوكالا", "Kuokkala", VILLAGE, ["ريبينو"], ["Repino"], within=finland)
helsinki = place("هلسنكي", "Helsinki", CITY, within=finland)
academy_arts = ent("أكاديمية الفنون الإمبراطورية", "Imperial Academy of Arts", ["أكاديمية الفنون", "أكاديمية الفنون في بطرسبرغ"], cls=ACADEMY)
gold_medal = ent("الميدالية الذهبية الكبرى لأكاديمية الفنون", "Big Gold Medal of the Imperial Academy of Arts", ["الميدالية الذهبية الكبرى"], cls=AWARD)
repin = man("إيليا ريبين", "Ilya Repin", ["إيليا يفيموفيتش ريبين", "ريبين"], ["Ilya Yefimovich Repin"], "Russian painter")
yefim = man("يفيم فاسيليفيتش ريبين", "Yefim Vasilyevich Repin", ["يفيم ريبين"])
tatyana_b = woman("تاتيانا ستيبانوفنا بوتشاروفا", "Tatyana Stepanovna Repina", ["تاتيانا ستيبانوفنا"])
vasily_r = man("فاسيلي ريبين", "Vasily Yefimovich Repin", ["فاسيلي يفيموفيتش ريبين", "فاسيلي"], desc="musician, brother of Ilya Repin")
vera_sh = woman("فيرا شيفتسوفا", "Vera Alekseevna Shevtsova", ["فيرا ريبينا", "فيرا ألكسييفنا شيفتسوفا"])
vera_r = woman("فيرا إيليينيشنا ريبينا", "Vera Ilyinichna Repina", ["فيرا ريبينا", "فيرا"])
nadezhda_r = woman("ناديجدا ريبينا", "Nadezhda Repina", ["ناديجدا"])
yuri_r = man("يوري ريبين", "Yuri Repin", ["يوري إيليتش ريبين", "يوري"], desc="painter, son of Ilya Repin")
tatyana_r = woman("تاتيانا ريبينا", "Tatyana Repina", ["تاتيانا"])
ivan4 = man("إيفان الرابع", "Ivan IV", ["إيفان الرهيب"], ["Ivan the Terrible"])
ivan_iv_son = man("إيفان إيفانوفيتش", "Ivan Ivanovich", ["إيفان"], desc="son of Ivan the Terrible")
repin.d("P569", "1844-08-05").i("P19", chuguev).d("P570", "1930-09-29").i("P20", kuokkala)
repin.i("P69", academy_arts, "1864", "1871").i("P166", gold_medal, at="1871").i("P463", academy_arts, "1893").i("P108", academy_arts, "1894", "1907")
family(yefim, tatyana_b, [repin, vasily_r])
married(repin, vera_sh, "1872", "1887")
family(repin, vera_sh, [vera_r, nadezhda_r, yuri_r, tatyana_r])
vera_r.d("P569", "1872").d("P570", "1948")
nadezhda_r.d("P569", "1874").d("P570", "1931")
yuri_r.d("P569", "1877").d("P570", "1954").i("P20", helsinki)
tatyana_r.d("P569", "1880").d("P570", "1957")
ivan4.i("P40", ivan_iv_son).d("P570", "1584-03-28")
ivan_iv_son.i("P22", ivan4).d("P570", "1581-11-29")

assert n[0] <= 90007599, n[0]
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev7.json")
    write_dump(out, L)
    print(f"{len(L)} entities, {sum(len(v) for e in L for v in e.claims.values())} statements -> {os.path.normpath(out)}")
