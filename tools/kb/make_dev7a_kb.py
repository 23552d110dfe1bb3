"""Writes data/kb/dev7a.json: a small knowledge base for the round-7 attribution tests of issue 13
(tests/Tarikh.Core.Tests/Knowledge/Round7Tests.cs): the Bonaparte family, Fyodor Dostoevsky's and Ivan Bunin (an award), in Wikidata's dump
shape, from public facts (birth and death dates and places, parents, siblings, spouses, children, education).
Written with the code of round 7 (development data). Run: python3 tools/kb/make_dev7a_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder, write_dump, time_snak  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, COUNTRY, UNIVERSITY, ISLAND = "Q515", "Q6256", "Q3918", "Q23442"
KB = KbBuilder(90007500)
L, ent = KB.entities, KB.ent

france = ent("Q142", "فرنسا", "France", cls=COUNTRY)
russia = ent("Q159", "روسيا", "Russia", cls=COUNTRY)
austria = ent("Q40", "النمسا", "Austria", cls=COUNTRY)
corsica = ent(None, "كورسيكا", "Corsica", cls=ISLAND).item("P17", france.qid)
ajaccio = ent(None, "أجاكسيو", "Ajaccio", cls=CITY).item("P131", corsica.qid)
paris = ent("Q90", "باريس", "Paris", cls=CITY).item("P17", france.qid)
helena = ent(None, "سانت هيلينا", "Saint Helena", ["جزيرة سانت هيلينا"], cls=ISLAND)
vienna = ent(None, "فيينا", "Vienna", cls=CITY).item("P17", austria.qid)
moscow = ent("Q649", "موسكو", "Moscow", cls=CITY).item("P17", russia.qid)
petersburg = ent("Q656", "سانت بطرسبرغ", "Saint Petersburg", ["بطرسبرغ"], cls=CITY).item("P17", russia.qid)
brienne = ent(None, "مدرسة بريين العسكرية", "Brienne military school", cls="Q9826").item("P17", france.qid)
engineering = ent(None, "مدرسة الهندسة العسكرية", "Military Engineering School (Saint Petersburg)", cls="Q9826").item("P131", petersburg.qid)

napoleon = ent(None, "نابليون بونابرت", "Napoleon", ["نابليون", "نابليون الأول", "بونابرت"], sex=MALE)
carlo = ent(None, "كارلو بونابرت", "Carlo Buonaparte", ["كارلو"], sex=MALE)
letizia = ent(None, "ليتيسيا رامولينو", "Letizia Ramolino", ["ليتيسيا"], sex=FEMALE)
joseph = ent(None, "جوزيف بونابرت", "Joseph Bonaparte", ["جوزيف"], sex=MALE)
louis = ent(None, "لويس بونابرت", "Louis Bonaparte", ["لويس"], sex=MALE)
josephine = ent(None, "جوزفين دو بوارنيه", "Joséphine de Beauharnais", ["جوزفين"], sex=FEMALE)
marie_louise = ent(None, "ماري لويز", "Marie Louise of Austria", ["ماري لويز النمساوية"], sex=FEMALE)
napoleon2 = ent(None, "نابليون الثاني", "Napoleon II", ["ملك روما"], sex=MALE)
napoleon3 = ent(None, "نابليون الثالث", "Napoleon III", ["لويس نابليون"], sex=MALE)

napoleon.time("P569", "1769-08-15").time("P570", "1821-05-05").item("P19", ajaccio.qid).item("P20", helena.qid)
napoleon.item("P22", carlo.qid).item("P25", letizia.qid).item("P3373", joseph.qid).item("P3373", louis.qid)
napoleon.item("P26", josephine.qid, qualifiers=[time_snak("P580", "1796-03-09"), time_snak("P582", "1810-01-10")])
napoleon.item("P26", marie_louise.qid, qualifiers=[time_snak("P580", "1810-04-01")])
napoleon.item("P40", napoleon2.qid).item("P69", brienne.qid, qualifiers=[time_snak("P580", "1779"), time_snak("P582", "1784")])
carlo.time("P569", "1746-03-27").time("P570", "1785-02-24").item("P40", napoleon.qid).item("P26", letizia.qid)
letizia.time("P569", "1750-08-24").time("P570", "1836-02-02").item("P40", napoleon.qid).item("P26", carlo.qid)
joseph.time("P569", "1768-01-07").time("P570", "1844-07-28").item("P3373", napoleon.qid).item("P22", carlo.qid)
louis.time("P569", "1778-09-02").time("P570", "1846-07-25").item("P3373", napoleon.qid).item("P22", carlo.qid).item("P40", napoleon3.qid)
josephine.time("P569", "1763-06-23").time("P570", "1814-05-29").item("P26", napoleon.qid)
marie_louise.time("P569", "1791-12-12").time("P570", "1847-12-17").item("P26", napoleon.qid).item("P40", napoleon2.qid)
napoleon2.time("P569", "1811-03-20").time("P570", "1832-07-22").item("P22", napoleon.qid).item("P25", marie_louise.qid).item("P19", paris.qid)
napoleon3.time("P569", "1808-04-20").time("P570", "1873-01-09").item("P22", louis.qid).item("P19", paris.qid)

dost = ent(None, "فيودور دوستويفسكي", "Fyodor Dostoevsky", ["دوستويفسكي", "فيودور ميخايلوفيتش دوستويفسكي"], sex=MALE)
mikhail_f = ent(None, "ميخائيل أندرييفيتش دوستويفسكي", "Mikhail Andreyevich Dostoevsky", sex=MALE)
maria_n = ent(None, "ماريا فيودوروفنا نيتشاييفا", "Maria Fyodorovna Nechayeva", ["ماريا نيتشاييفا"], sex=FEMALE)
mikhail_b = ent(None, "ميخائيل ميخايلوفيتش دوستويفسكي", "Mikhail Mikhailovich Dostoevsky", sex=MALE)
anna = ent(None, "آنا سنيتكينا", "Anna Dostoevskaya", ["آنا غريغوريفنا سنيتكينا"], sex=FEMALE)
isaeva = ent(None, "ماريا إيسايفا", "Maria Dmitrievna Isaeva", ["ماريا دميترييفنا إيسايفا"], sex=FEMALE)
lyubov = ent(None, "ليوبوف دوستويفسكايا", "Lyubov Dostoevskaya", ["ليوبوف"], sex=FEMALE)

dost.time("P569", "1821-11-11").time("P570", "1881-02-09").item("P19", moscow.qid).item("P20", petersburg.qid)
dost.item("P22", mikhail_f.qid).item("P25", maria_n.qid).item("P3373", mikhail_b.qid).item("P40", lyubov.qid)
dost.item("P26", isaeva.qid, qualifiers=[time_snak("P580", "1857-02-06"), time_snak("P582", "1864-04-15")])
dost.item("P26", anna.qid, qualifiers=[time_snak("P580", "1867-02-15")])
dost.item("P69", engineering.qid, qualifiers=[time_snak("P580", "1838"), time_snak("P582", "1843")])
mikhail_f.time("P569", "1789-10-19").time("P570", "1839-06-16").item("P40", dost.qid).item("P26", maria_n.qid)
maria_n.time("P569", "1800").time("P570", "1837-02-27").item("P40", dost.qid).item("P26", mikhail_f.qid)
mikhail_b.time("P569", "1820-10-13").time("P570", "1864-07-22").item("P3373", dost.qid).item("P22", mikhail_f.qid)
anna.time("P569", "1846-08-30").time("P570", "1918-06-22").item("P26", dost.qid).item("P40", lyubov.qid)
isaeva.time("P569", "1824").time("P570", "1864-04-15").item("P26", dost.qid)
lyubov.time("P569", "1869-09-26").time("P570", "1926-11-10").item("P22", dost.qid).item("P25", anna.qid)

voronezh = ent(None, "فورونيج", "Voronezh", cls=CITY).item("P17", russia.qid)
pushkin_prize = ent(None, "جائزة بوشكين", "Pushkin Prize", cls="Q618779")
bunin = ent(None, "إيفان بونين", "Ivan Bunin", ["بونين"], sex=MALE)
bunin.time("P569", "1870-10-22").time("P570", "1953-11-08").item("P19", voronezh.qid).item("P20", paris.qid)
bunin.item("P166", pushkin_prize.qid, qualifiers=[time_snak("P585", "1903")])

out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev7a.json")
write_dump(out, L)
print(f"{len(L)} entities -> {os.path.normpath(out)}")
