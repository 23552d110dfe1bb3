"""Writes data/kb/dev5.json: the knowledge base of the round-5 development texts in data/kb/dev5/
(Mikhail Gorbachev, Alexandre Dumas fils and père, al-Biruni and Ibn Sina with Julian KB dates, Charles
de Gaulle in questions and answers), in Wikidata's dump shape, from public facts. Development data:
written with the code of round 5 (issue 13) to exercise namesakes, sub-organizations, Hijri years
against Julian dates, questions and answers and dated qualifiers (P26/P463/P39/P69 with P580/P582).
Run: python3 tools/kb/make_dev5_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder, write_dump, time_snak, JUL  # noqa: E402

HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, UNIVERSITY, PARTY, ORG = "Q515", "Q532", "Q6256", "Q3918", "Q7278", "Q43229"
KB = KbBuilder(90005000)
L, local, ent = KB.entities, KB.local, KB.ent


russia = ent("Q159", "روسيا", "Russia", cls=COUNTRY)
ussr_state = ent("Q15180", "الاتحاد السوفيتي", "Soviet Union", ["الاتحاد السوفياتي"], cls=COUNTRY)
ussr_state.time("P571", "1922-12-30").time("P576", "1991-12-26")
france = ent("Q142", "فرنسا", "France", cls=COUNTRY)
moscow = ent("Q649", "موسكو", "Moscow", cls=CITY).item("P17", russia.qid)
stavropol = ent(None, "إقليم ستافروبول", "Stavropol Krai", ["ستافروبول"], cls="Q10864048").item("P17", russia.qid)
privolnoye = ent(None, "بريفولنويه", "Privolnoye", cls=VILLAGE).item("P131", stavropol.qid).item("P17", russia.qid)
paris = ent("Q90", "باريس", "Paris", cls=CITY).item("P17", france.qid)
lille = ent("Q648", "ليل", "Lille", cls=CITY).item("P17", france.qid)
villers = ent(None, "فيلير كوتريه", "Villers-Cotterêts", cls=CITY).item("P17", france.qid)
marly = ent(None, "مارلي لو روا", "Marly-le-Roi", cls=CITY).item("P17", france.qid)
puys = ent(None, "بوي", "Puys", ["دييب"], cls=VILLAGE).item("P17", france.qid)
colombey = ent(None, "كولومبي لي دو إيجليز", "Colombey-les-Deux-Églises", cls=VILLAGE).item("P17", france.qid)
# Decoys: places whose names a cut mention could hit.
lil = ent(None, "ليلي", "Lilly", cls=CITY)

msu = ent(None, "جامعة موسكو الحكومية", "Moscow State University", ["جامعة موسكو", "جامعة لومونوسوف"], cls=UNIVERSITY).item("P131", moscow.qid)
cpsu = ent(None, "الحزب الشيوعي السوفيتي", "Communist Party of the Soviet Union", ["الحزب الشيوعي للاتحاد السوفيتي", "الحزب الشيوعي"], cls=PARTY)
cpsu.time("P571", "1912").time("P576", "1991-11-06")
komsomol = ent(None, "الكومسومول", "Komsomol", ["اتحاد الشبيبة الشيوعية اللينينية", "كومسومول"], cls=ORG).time("P571", "1918-10-29").item("P749", cpsu.qid)
gensec = ent(None, "الأمين العام للحزب الشيوعي السوفيتي", "General Secretary of the Communist Party of the Soviet Union",
             ["أمين عام الحزب الشيوعي السوفيتي", "الأمين العام للحزب الشيوعي"])
president = ent(None, "رئيس الاتحاد السوفيتي", "President of the Soviet Union", ["رئاسة الاتحاد السوفيتي"])
academie = ent(None, "الأكاديمية الفرنسية", "Académie française", ["المجمع العلمي الفرنسي"], cls=ORG).time("P571", "1635-01-29")

gorby = ent(None, "ميخائيل غورباتشوف", "Mikhail Gorbachev", ["غورباتشوف", "ميخائيل سيرغييفيتش غورباتشوف", "غورباتشيف"], sex=MALE)
raisa = ent(None, "رايسا غورباتشوفا", "Raisa Gorbacheva", ["رايسا تيتارينكو", "رايسا"], sex=FEMALE)
chernenko = ent(None, "قسطنطين تشيرنينكو", "Konstantin Chernenko", ["تشيرنينكو"], sex=MALE).time("P569", "1911-09-24").time("P570", "1985-03-10")
gorby.time("P569", "1931-03-02").time("P570", "2022-08-30").item("P19", privolnoye.qid).item("P20", moscow.qid)
gorby.item("P26", raisa.qid, qualifiers=[time_snak("P580", "1953-09-25"), time_snak("P582", "1999-09-20")])
gorby.item("P69", msu.qid, qualifiers=[time_snak("P580", "1950"), time_snak("P582", "1955")])
gorby.item("P463", komsomol.qid, qualifiers=[time_snak("P580", "1946")])
gorby.item("P102", cpsu.qid, qualifiers=[time_snak("P580", "1952"), time_snak("P582", "1991")])
gorby.item("P39", gensec.qid, qualifiers=[time_snak("P580", "1985-03-11"), time_snak("P582", "1991-08-24")])
gorby.item("P39", president.qid, qualifiers=[time_snak("P580", "1990-03-15"), time_snak("P582", "1991-12-25")])
raisa.time("P569", "1932-01-05").time("P570", "1999-09-20").item("P26", gorby.qid)

fils = ent(None, "ألكسندر دوما الابن", "Alexandre Dumas fils", ["دوما الابن", "ألكسندر دوما"], sex=MALE)
pere = ent(None, "ألكسندر دوما الأب", "Alexandre Dumas", ["ألكسندر دوما", "دوما الأب", "دوما"], sex=MALE)
fils.time("P569", "1824-07-27").time("P570", "1895-11-27").item("P19", paris.qid).item("P20", marly.qid).item("P22", pere.qid)
fils.item("P463", academie.qid, qualifiers=[time_snak("P580", "1874")])
pere.time("P569", "1802-07-24").time("P570", "1870-12-05").item("P19", villers.qid).item("P20", puys.qid).item("P40", fils.qid)

khwarazm = ent(None, "خوارزم", "Khwarazm", ["خوارزمية"], cls="Q1620908")
ghazni = ent(None, "غزنة", "Ghazni", ["غزنين"], cls=CITY)
bukhara = ent(None, "بخارى", "Bukhara", cls=CITY)
afshana = ent(None, "أفشنة", "Afshona", ["أفشنه"], cls=VILLAGE).item("P131", bukhara.qid)
hamadan = ent(None, "همذان", "Hamadan", ["همدان"], cls=CITY)
isfahan = ent(None, "أصفهان", "Isfahan", ["اصفهان"], cls=CITY)
biruni = ent(None, "أبو الريحان البيروني", "al-Biruni", ["البيروني", "أبو الريحان محمد بن أحمد البيروني"], sex=MALE)
biruni.time("P569", "0973-09-04", calendar=JUL).time("P570", "1048-12-13", calendar=JUL).item("P19", khwarazm.qid).item("P20", ghazni.qid)
avicenna = ent(None, "ابن سينا", "Avicenna", ["الشيخ الرئيس", "أبو علي الحسين بن عبد الله بن سينا"], sex=MALE)
avicenna.time("P569", "0980", calendar=JUL).time("P570", "1037-06-22", calendar=JUL).item("P19", afshana.qid).item("P20", hamadan.qid)
mahmud = ent(None, "محمود الغزنوي", "Mahmud of Ghazni", ["السلطان محمود الغزنوي", "يمين الدولة محمود"], sex=MALE)
mahmud.time("P569", "0971-11-02", calendar=JUL).time("P570", "1030-04-30", calendar=JUL)

gaulle = ent("Q2042", "شارل ديغول", "Charles de Gaulle", ["ديغول", "الجنرال ديغول", "شارل دي غول"], sex=MALE)
yvonne = ent(None, "إيفون ديغول", "Yvonne de Gaulle", ["إيفون فاندرو", "إيفون"], sex=FEMALE)
anne = ent(None, "آن ديغول", "Anne de Gaulle", sex=FEMALE)
philippe = ent(None, "فيليب ديغول", "Philippe de Gaulle", sex=MALE)
elisabeth = ent(None, "إليزابيث ديغول", "Élisabeth de Boissieu", ["إليزابيث دي بواسيو"], sex=FEMALE)
gaulle.time("P569", "1890-11-22").time("P570", "1970-11-09").item("P19", lille.qid).item("P20", colombey.qid)
gaulle.item("P26", yvonne.qid, qualifiers=[time_snak("P580", "1921-04-07")])
for c in (philippe, elisabeth, anne):
    gaulle.item("P40", c.qid)
    c.item("P22", gaulle.qid).item("P25", yvonne.qid)
yvonne.time("P569", "1900-05-22").time("P570", "1979-11-08").item("P26", gaulle.qid)
anne.time("P569", "1928-01-01").time("P570", "1948-02-06")
philippe.time("P569", "1921-12-28").time("P570", "2024-03-13")
elisabeth.time("P569", "1924-05-15").time("P570", "2013-04-02")

out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev5.json")
write_dump(out, L)
print(f"{len(L)} entities -> {os.path.normpath(out)}")
