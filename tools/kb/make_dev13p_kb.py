"""Writes data/kb/dev13p.json: a small knowledge base for the tests of accessions to a ruler's office (issue 13, positions
held with their start, P39 with P580/P582; tests/Tarikh.Core.Tests/Knowledge/PositionTests.cs): an emir who became caliph
(two ruler positions), a sultan who reigned twice (two statements of one position), a king, and a judge (a position that
is no ruler's), in Wikidata's dump shape, from public facts. Local ids Q90012001 and up.
Run: python3 tools/kb/make_dev13p_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder, write_dump, time_snak, JUL  # noqa: E402

MALE = "Q6581097"
CITY, POSITION = "Q515", "Q4164871"
KB = KbBuilder(90012000)
L, ent = KB.entities, KB.ent

cordoba = ent(None, "قرطبة", "Córdoba", cls=CITY)
emir = ent(None, "أمير قرطبة", "Emir of Córdoba", cls=POSITION)
caliph = ent(None, "خليفة قرطبة", "Caliph of Córdoba", cls=POSITION)
nasir = ent(None, "عبد الرحمن الناصر لدين الله", "Abd al-Rahman III", ["عبد الرحمن الناصر", "الناصر لدين الله"], sex=MALE)
nasir.time("P569", "0891-01-07", calendar=JUL).time("P570", "0961-10-15", calendar=JUL).item("P19", cordoba.qid)
nasir.item("P39", emir.qid, qualifiers=[time_snak("P580", "0912-10-16", calendar=JUL), time_snak("P582", "0929-01-16", calendar=JUL)])
nasir.item("P39", caliph.qid, qualifiers=[time_snak("P580", "0929-01-16", calendar=JUL), time_snak("P582", "0961-10-15", calendar=JUL)])

edirne = ent(None, "أدرنة", "Edirne", cls=CITY)
sultan = ent(None, "سلطان الدولة العثمانية", "Sultan of the Ottoman Empire", cls=POSITION)
mehmed = ent(None, "محمد الفاتح", "Mehmed II", ["محمد الثاني", "السلطان محمد الفاتح"], sex=MALE)
mehmed.time("P569", "1432-03-30", calendar=JUL).time("P570", "1481-05-03", calendar=JUL).item("P19", edirne.qid)
mehmed.item("P39", sultan.qid, qualifiers=[time_snak("P580", "1444-08", calendar=JUL), time_snak("P582", "1446-09", calendar=JUL)])
mehmed.item("P39", sultan.qid, qualifiers=[time_snak("P580", "1451-02-18", calendar=JUL), time_snak("P582", "1481-05-03", calendar=JUL)])

amman = ent(None, "عمّان", "Amman", cls=CITY)
king = ent(None, "ملك الأردن", "King of Jordan", cls=POSITION)
hussein = ent(None, "الحسين بن طلال", "Hussein of Jordan", ["الملك حسين"], sex=MALE)
hussein.time("P569", "1935-11-14").time("P570", "1999-02-07").item("P19", amman.qid)
hussein.item("P39", king.qid, qualifiers=[time_snak("P580", "1952-08-11"), time_snak("P582", "1999-02-07")])

seville = ent(None, "إشبيلية", "Seville", cls=CITY)
judge = ent(None, "قاضي إشبيلية", "Judge of Seville", cls=POSITION)
ibn_arabi = ent(None, "أبو بكر بن العربي", "Abu Bakr ibn al-Arabi", ["ابن العربي المعافري"], sex=MALE)
ibn_arabi.time("P569", "1076", calendar=JUL).time("P570", "1148", calendar=JUL).item("P19", seville.qid)
ibn_arabi.item("P39", judge.qid, qualifiers=[time_snak("P580", "1134", calendar=JUL)])

out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev13p.json")
write_dump(out, L)
print(f"{len(L)} entities -> {os.path.normpath(out)}")
