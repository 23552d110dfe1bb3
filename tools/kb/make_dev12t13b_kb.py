"""Writes data/kb/dev12t13b.json: a small knowledge base for the round-12 (issue-13b) tests of bodies, offices and awards
(tests/Tarikh.Core.Tests/Knowledge/Round12BodiesTests.cs): a fellowship of a learned society (P463 with P580), two awards with
their years (P166 with P585), presidencies of a body with start and end (P39 with P580/P582, the position's P642), a pope's
accession (P39 with P580), a city's founding (P571, Julian), in Wikidata's dump shape, from public facts. Written with the code
of round 12 (development data). Local ids Q90025501 and up (range Q90025500-Q90025999 is this helper's).
Run: python3 tools/kb/make_dev12t13b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE = "Q6581097"
CITY, COUNTRY, SOCIETY, UNIVERSITY, POSITION, AWARD = "Q515", "Q6256", "Q748019", "Q3918", "Q4164871", "Q618779"
KB = KbBuilder(90025500)

uk = KB.place("المملكة المتحدة", "United Kingdom", COUNTRY)
london = KB.place("لندن", "London", CITY, country=uk)
iraq = KB.place("العراق", "Iraq", COUNTRY)
samarra = KB.place("سامراء", "Samarra", CITY, ["سر من رأى"], country=iraq)
KB.date(samarra, "P571", "0836")

# ---- a learned society, its presidents, a fellow ------------------------------------------------------------------
royal = KB.org("الجمعية الملكية", "Royal Society", SOCIETY, ["الجمعية الملكية في لندن"], founded="1660-11-28", located=london)
president = KB.ent(None, "رئيس الجمعية الملكية", "President of the Royal Society", cls=POSITION)
president.item("P642", royal.qid)
sloane = KB.person("هانز سلون", "Hans Sloane", MALE, ["سلون"], born="1660-04-16", died="1753-01-11")
KB.link(sloane, "P39", president, start="1727", end="1741")
banks = KB.person("جوزيف بانكس", "Joseph Banks", MALE, ["بانكس"], born="1743-02-24", died="1820-06-19")
KB.link(banks, "P39", president, start="1778", end="1820")
hawking = KB.person("ستيفن هوكينغ", "Stephen Hawking", MALE, ["هوكينغ"], born="1942-01-08", died="2018-03-14")
KB.link(hawking, "P463", royal, start="1974")
copley = KB.ent(None, "وسام كوبلي", "Copley Medal", cls=AWARD)
freedom = KB.ent(None, "وسام الحرية الرئاسي", "Presidential Medal of Freedom", cls=AWARD)
KB.link(hawking, "P166", copley, at="2006")
KB.link(hawking, "P166", freedom, at="2009")
obama = KB.person("باراك أوباما", "Barack Obama", MALE, ["أوباما"], born="1961-08-04")

# ---- a university's president ---------------------------------------------------------------------------------------
harvard = KB.org("جامعة هارفارد", "Harvard University", UNIVERSITY, founded="1636-10-28")
harvard_president = KB.ent(None, "رئيس جامعة هارفارد", "President of Harvard University", cls=POSITION)
harvard_president.item("P642", harvard.qid)
eliot = KB.person("تشارلز وليام إليوت", "Charles William Eliot", MALE, ["تشارلز إليوت"], born="1834-03-20", died="1926-08-22")
KB.link(eliot, "P39", harvard_president, start="1869", end="1909")

# ---- popes ---------------------------------------------------------------------------------------------------------
pope = KB.ent(None, "البابا", "pope", cls=POSITION)
leo = KB.person("جوفاني دي ميديشي", "Pope Leo X", MALE, ["ليو العاشر", "البابا ليو العاشر"], born="1475-12-11", died="1521-12-01")
KB.link(leo, "P39", pope, start="1513-03-09", end="1521-12-01")
clement = KB.person("جوليو دي ميديشي", "Pope Clement VII", MALE, ["كليمنت السابع"], born="1478-05-26", died="1534-09-25")
KB.link(clement, "P39", pope, start="1523-11-19", end="1534-09-25")

# ---- a caliph who laid out a city ----------------------------------------------------------------------------------
mutasim = KB.person("المعتصم بالله", "al-Mu'tasim", MALE, ["المعتصم"], born="0796", died="0842-01-05")

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev12t13b.json"))
