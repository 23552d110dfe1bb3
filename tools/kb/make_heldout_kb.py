"""Writes data/kb/heldout.json: the knowledge base of the held-out verification texts in
data/kb/heldout/ (Taha Hussein, Gamal Abdel Nasser, Marie Curie, Ahmed Shawqi, Ibn Khaldun), in
Wikidata's dump shape, from public facts. Written after the verification code; see docs/evaluation.md.
Run: python3 tools/kb/make_heldout_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder, write_dump, time_snak, JUL  # noqa: E402

HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, UNIVERSITY, REVOLUTION = "Q515", "Q532", "Q6256", "Q3918", "Q10931"
KB = KbBuilder(90001000)
L, local, ent = KB.entities, KB.local, KB.ent


egypt = ent("Q79", "مصر", "Egypt", ["جمهورية مصر العربية"], cls=COUNTRY)
france = ent("Q142", "فرنسا", "France", cls=COUNTRY)
poland = ent("Q36", "بولندا", "Poland", cls=COUNTRY)
tunisia = ent("Q948", "تونس", "Tunisia", ["الجمهورية التونسية"], cls=COUNTRY)
syria = ent("Q858", "سوريا", "Syria", ["سورية"], cls=COUNTRY)
spain = ent("Q29", "إسبانيا", "Spain", ["اسبانيا"], cls=COUNTRY)
cairo = ent("Q85", "القاهرة", "Cairo", cls=CITY).item("P17", egypt.qid)
alexandria = ent("Q87", "الإسكندرية", "Alexandria", ["الاسكندرية"], cls=CITY).item("P17", egypt.qid)
asyut = ent(None, "أسيوط", "Asyut", cls=CITY).item("P17", egypt.qid)
minya = ent(None, "المنيا", "Minya", ["محافظة المنيا"], cls=CITY).item("P17", egypt.qid)
kilo = ent(None, "عزبة الكيلو", "Izbet el Kilo", cls=VILLAGE).item("P131", minya.qid).item("P17", egypt.qid)
warsaw = ent("Q270", "وارسو", "Warsaw", ["فرصوفيا"], cls=CITY).item("P17", poland.qid)
paris = ent("Q90", "باريس", "Paris", cls=CITY).item("P17", france.qid)
lyon = ent("Q456", "ليون", "Lyon", cls=CITY).item("P17", france.qid)
passy = ent(None, "باسي", "Passy, Haute-Savoie", ["سانسيلموز"], ["Sancellemoz"], cls=CITY).item("P17", france.qid)
montpellier = ent(None, "مونبلييه", "Montpellier", ["مونبلييه"], cls=CITY).item("P17", france.qid)
tunis = ent("Q3572", "تونس", "Tunis", ["مدينة تونس"], cls=CITY).item("P17", tunisia.qid)
damascus = ent("Q3766", "دمشق", "Damascus", ["الشام"], cls=CITY).item("P17", syria.qid)

azhar = ent(None, "جامعة الأزهر", "Al-Azhar University", ["الأزهر", "الجامع الأزهر"], cls=UNIVERSITY).item("P131", cairo.qid)
cairo_u = ent(None, "جامعة القاهرة", "Cairo University", ["الجامعة المصرية", "جامعة فؤاد الأول"], cls=UNIVERSITY).item("P131", cairo.qid).time("P571", "1908-12-21")
montpellier_u = ent(None, "جامعة مونبلييه", "University of Montpellier", cls=UNIVERSITY).item("P131", montpellier.qid)
paris_u = ent(None, "جامعة باريس", "University of Paris", ["السوربون", "جامعة السوربون"], ["Sorbonne"], cls=UNIVERSITY).item("P131", paris.qid)
military = ent(None, "الكلية الحربية المصرية", "Egyptian Military Academy", ["الكلية الحربية"], cls=UNIVERSITY).item("P131", cairo.qid)
minister = ent(None, "وزير المعارف المصري", "Minister of Education of Egypt", ["وزير المعارف"])
president = ent(None, "رئيس مصر", "President of Egypt", ["رئيس الجمهورية المصرية"])
revolution = ent(None, "ثورة 23 يوليو", "Egyptian revolution of 1952", ["ثورة يوليو"], cls=REVOLUTION)
revolution.time("P585", "1952-07-23").item("P17", egypt.qid)

taha = ent(None, "طه حسين", "Taha Hussein", ["عميد الأدب العربي"], sex=MALE)
suzanne = ent(None, "سوزان بريسو", "Suzanne Bresseau", ["سوزان طه حسين"], sex=FEMALE)
amina = ent(None, "أمينة طه حسين", "Amina Taha Hussein", sex=FEMALE)
moenis = ent(None, "مؤنس طه حسين", "Moenis Taha Hussein", sex=MALE)
taha.time("P569", "1889-11-15").time("P570", "1973-10-28").item("P19", kilo.qid).item("P20", cairo.qid)
taha.item("P26", suzanne.qid, qualifiers=[time_snak("P580", "1917", 9)]).item("P40", amina.qid).item("P40", moenis.qid)
for u in (azhar, cairo_u, montpellier_u, paris_u):
    taha.item("P69", u.qid)
taha.item("P39", minister.qid, qualifiers=[time_snak("P580", "1950-01-12"), time_snak("P582", "1952-01-27")])
suzanne.time("P569", "1895-06-11").time("P570", "1989-03-30").item("P26", taha.qid)
for c in (amina, moenis):
    c.item("P22", taha.qid).item("P25", suzanne.qid)

nasser = ent(None, "جمال عبد الناصر", "Gamal Abdel Nasser", ["عبد الناصر", "ناصر", "جمال عبد الناصر حسين"], sex=MALE)
tahia = ent(None, "تحية كاظم", "Tahia Kazem", ["تحية عبد الناصر"], sex=FEMALE)
father = ent(None, "عبد الناصر حسين", "Abdel Nasser Hussein", sex=MALE)
nasser.time("P569", "1918-01-15").time("P570", "1970-09-28").item("P19", alexandria.qid).item("P20", cairo.qid)
nasser.item("P26", tahia.qid, qualifiers=[time_snak("P580", "1944-06-29")]).item("P22", father.qid).item("P69", military.qid)
nasser.item("P39", president.qid, qualifiers=[time_snak("P580", "1956-06-23"), time_snak("P582", "1970-09-28")]).item("P1344", revolution.qid)
tahia.time("P569", "1920", 9).time("P570", "1992-03-25").item("P26", nasser.qid)
father.item("P40", nasser.qid)

marie = ent("Q7186", "ماري كوري", "Marie Curie", ["ماري سكودوفسكا كوري", "ماريا سكودوفسكا"], ["Maria Skłodowska-Curie"], sex=FEMALE)
pierre = ent(None, "بيير كوري", "Pierre Curie", sex=MALE)
wladyslaw = ent(None, "فواديسواف سكودوفسكي", "Władysław Skłodowski", sex=MALE)
bronia = ent(None, "برونيسوافا دووسكا", "Bronisława Dłuska", ["برونيا سكودوفسكا"], sex=FEMALE)
marie.time("P569", "1867-11-07").time("P570", "1934-07-04").item("P19", warsaw.qid).item("P20", passy.qid)
marie.item("P26", pierre.qid, qualifiers=[time_snak("P580", "1895-07-26")]).item("P22", wladyslaw.qid).item("P3373", bronia.qid).item("P69", paris_u.qid)
pierre.time("P569", "1859-05-15").time("P570", "1906-04-19").item("P19", paris.qid).item("P20", paris.qid).item("P26", marie.qid)
wladyslaw.time("P569", "1832-05-02").time("P570", "1902-05-14").item("P40", marie.qid).item("P40", bronia.qid)
bronia.time("P569", "1865-03-28").time("P570", "1939-04-15").item("P3373", marie.qid).item("P22", wladyslaw.qid).item("P69", paris_u.qid)

shawqi = ent(None, "أحمد شوقي", "Ahmed Shawqi", ["أمير الشعراء", "شوقي"], sex=MALE)
shawqi.time("P569", "1868-10-16").time("P570", "1932-10-14").item("P19", cairo.qid).item("P20", cairo.qid).item("P69", montpellier_u.qid)

khaldun = ent(None, "ابن خلدون", "Ibn Khaldun", ["عبد الرحمن بن خلدون", "عبد الرحمن ابن خلدون"], sex=MALE)
khaldun.time("P569", "1332-05-27", calendar=JUL).time("P570", "1406-03-17", calendar=JUL).item("P19", tunis.qid).item("P20", cairo.qid)

out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "heldout.json")
write_dump(out, L)
print(f"{len(L)} entities -> {os.path.normpath(out)}")
