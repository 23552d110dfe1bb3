"""Writes data/kb/dev5b.json: the KB of data/kb/dev5b/ (Habib Bourguiba, Ibn Battuta with Julian dates and a
disputed death year, May Ziadeh in questions and answers), in Wikidata's dump shape, from public facts.
Written after the round-5 code (issue 13) and scored once before any further change; development data since.
Run: python3 tools/kb/make_dev5b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder, write_dump, time_snak, JUL  # noqa: E402

HUMAN, MALE, FEMALE = "Q5", "Q6581097", "Q6581072"
CITY, COUNTRY, UNIVERSITY, PARTY = "Q515", "Q6256", "Q3918", "Q7278"
KB = KbBuilder(90005500)
L, local, ent = KB.entities, KB.local, KB.ent


tunisia = ent("Q948", "تونس", "Tunisia", ["الجمهورية التونسية"], cls=COUNTRY)
france = ent("Q142", "فرنسا", "France", cls=COUNTRY)
morocco = ent("Q1028", "المغرب", "Morocco", cls=COUNTRY)
egypt = ent("Q79", "مصر", "Egypt", cls=COUNTRY)
monastir = ent(None, "المنستير", "Monastir", cls=CITY).item("P17", tunisia.qid)
paris = ent("Q90", "باريس", "Paris", cls=CITY).item("P17", france.qid)
tangier = ent(None, "طنجة", "Tangier", cls=CITY).item("P17", morocco.qid)
fes = ent(None, "فاس", "Fez", cls=CITY).item("P17", morocco.qid)
marrakesh = ent(None, "مراكش", "Marrakesh", cls=CITY).item("P17", morocco.qid)
mecca = ent(None, "مكة", "Mecca", ["مكة المكرمة"], cls=CITY)
nazareth = ent(None, "الناصرة", "Nazareth", cls=CITY)
cairo = ent("Q85", "القاهرة", "Cairo", cls=CITY).item("P17", egypt.qid)

paris_u = ent(None, "جامعة باريس", "University of Paris", ["السوربون"], cls=UNIVERSITY).item("P131", paris.qid)
neo = ent(None, "الحزب الحر الدستوري الجديد", "Neo Destour", ["الدستور الجديد"], cls=PARTY).time("P571", "1934-03-02").time("P576", "1964")
pm = ent(None, "رئيس وزراء تونس", "Prime Minister of Tunisia", ["رئيس الحكومة التونسية"])
president = ent(None, "رئيس الجمهورية التونسية", "President of Tunisia", ["رئيس تونس"])

bourguiba = ent(None, "الحبيب بورقيبة", "Habib Bourguiba", ["بورقيبة"], sex=MALE)
mathilde = ent(None, "ماتيلد لوران", "Mathilde Lorrain", ["مفيدة بورقيبة"], sex=FEMALE)
wassila = ent(None, "وسيلة بن عمار", "Wassila Ben Ammar", ["وسيلة بورقيبة"], sex=FEMALE)
bourguiba.time("P569", "1903-08-03").time("P570", "2000-04-06").item("P19", monastir.qid).item("P20", monastir.qid)
bourguiba.item("P69", paris_u.qid, qualifiers=[time_snak("P582", "1927")])
bourguiba.item("P26", mathilde.qid, qualifiers=[time_snak("P580", "1927"), time_snak("P582", "1961")])
bourguiba.item("P26", wassila.qid, qualifiers=[time_snak("P580", "1962-04-12"), time_snak("P582", "1986")])
bourguiba.item("P39", pm.qid, qualifiers=[time_snak("P580", "1956-04-11"), time_snak("P582", "1957-07-25")])
bourguiba.item("P39", president.qid, qualifiers=[time_snak("P580", "1957-07-25"), time_snak("P582", "1987-11-07")])
bourguiba.item("P102", neo.qid, qualifiers=[time_snak("P580", "1934")])
neo.item("P112", bourguiba.qid)
mathilde.time("P569", "1890").time("P570", "1976").item("P26", bourguiba.qid)
wassila.time("P569", "1912").time("P570", "1999-06-22").item("P26", bourguiba.qid)

battuta = ent(None, "ابن بطوطة", "Ibn Battuta", ["محمد بن عبد الله اللواتي الطنجي", "أبو عبد الله بن بطوطة"], sex=MALE)
battuta.time("P569", "1304-02-24", calendar=JUL).item("P19", tangier.qid).item("P20", marrakesh.qid)
battuta.time("P570", "1368", calendar=JUL).time("P570", "1377", calendar=JUL)
juzayy = ent(None, "ابن جزي الكلبي", "Ibn Juzayy", ["محمد بن جزي"], sex=MALE).time("P569", "1321", calendar=JUL).time("P570", "1357", calendar=JUL)
abu_inan = ent(None, "أبو عنان فارس المريني", "Abu Inan Faris", ["أبو عنان المريني", "السلطان أبو عنان"], sex=MALE).time("P570", "1358-12-10", calendar=JUL)

may = ent(None, "مي زيادة", "May Ziadeh", ["ماري زيادة"], sex=FEMALE)
elias = ent(None, "إلياس زخور زيادة", "Elias Zakhour Ziadeh", sex=MALE)
may.time("P569", "1886-02-11").time("P570", "1941-10-17").item("P19", nazareth.qid).item("P20", cairo.qid).item("P22", elias.qid)
elias.item("P40", may.qid).time("P570", "1929")

out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev5b.json")
write_dump(out, L)
print(f"{len(L)} entities -> {os.path.normpath(out)}")
