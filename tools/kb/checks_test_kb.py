"""The small hand-written knowledge base of the checks' knowledge tests (round 10, issue 12c):
tests/Tarikh.Core.Tests/Checks/Data/kb-checks.json. Every item is invented (ids from Q90021001 upward) so that no list of
the checks knows it: a test that fires with this knowledge base and stays silent without it shows the rule read the KB.
Run from the repository root: python3 tools/kb/checks_test_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

b = KbBuilder(90021000)
# A party founded in 1921 and dissolved in 1958 (invented).
b.org("حزب الواحات الديمقراطي", "Democratic Oases Party", "Q7278", founded="1921", dissolved="1958")
# A university founded in 1936, still teaching (invented).
b.org("جامعة الواحات", "University of the Oases", "Q3918", founded="1936")
# A state that ended in 1961 (invented), tagged as a place by the entity stage.
b.org("جمهورية الواحات المتحدة", "United Oases Republic", "Q3624078", founded="1949", dissolved="1961")
# A well-known man of the knowledge base, in no list of the checks (invented): born 1950, died 2010.
b.person("يوسف الزعبلاوي", "Yusuf al-Zablawi", "Q6581097", born="1950", died="2010")
# The subject of the name tests (invented), so that the subject's mentions may link too.
b.person("يوسف الخطيب", "Yusuf al-Khatib", "Q6581097", born="1880", died="1941")

out = os.path.join("tests", "Tarikh.Core.Tests", "Checks", "Data", "kb-checks.json")
b.write(out)
print(out, len(b.entities))
