"""Writes data/kb/dev7b.json: a small knowledge base for the office tests of issue 13, round 7b
(tests/Tarikh.Core.Tests/Knowledge/Round7bTests.cs): a judge named by his office's verbal noun ("ولي القضاء") and a
sultan who became king ("صار ملكاً على مصر"), in Wikidata's dump shape, from public facts (birth and death dates and
places, positions held with their start and end). Written with the code of round 7b (development data).
Run: python3 tools/kb/make_dev7b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder, write_dump, time_snak  # noqa: E402

MALE = "Q6581097"
CITY, COUNTRY, POSITION = "Q515", "Q6256", "Q4164871"
KB = KbBuilder(90007600)
L, ent = KB.entities, KB.ent

egypt = ent("Q79", "مصر", "Egypt", cls=COUNTRY)
cairo = ent("Q85", "القاهرة", "Cairo", cls=CITY).item("P17", egypt.qid)

sultan = ent(None, "سلطان مصر", "Sultan of Egypt", cls=POSITION)
king = ent(None, "ملك مصر", "King of Egypt", ["ملك مصر والسودان"], cls=POSITION)

qadi = ent(None, "قاضي مصر", "chief qadi of Egypt", ["قاضي قضاة الشافعية بمصر"], cls=POSITION)
hajar = ent(None, "ابن حجر العسقلاني", "Ibn Hajar al-Asqalani", ["ابن حجر"], sex=MALE)
hajar.time("P569", "1372-02-18").time("P570", "1449-02-02").item("P19", cairo.qid).item("P20", cairo.qid)
hajar.item("P39", qadi.qid, qualifiers=[time_snak("P580", "1423")])

fuad = ent(None, "فؤاد الأول", "Fuad I of Egypt", ["الملك فؤاد", "أحمد فؤاد"], sex=MALE)
fuad.time("P569", "1868-03-26").time("P570", "1936-04-28").item("P19", cairo.qid).item("P20", cairo.qid)
fuad.item("P39", sultan.qid, qualifiers=[time_snak("P580", "1917-10-09"), time_snak("P582", "1922-03-15")])
fuad.item("P39", king.qid, qualifiers=[time_snak("P580", "1922-03-15"), time_snak("P582", "1936-04-28")])

out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev7b.json")
write_dump(out, L)
print(f"{len(L)} entities -> {os.path.normpath(out)}")
