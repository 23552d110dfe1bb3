"""Writes data/kb/dev19t19k2.json: a small knowledge base for the round-19 (issue-19k2) tests of foundings and kinship
(tests/Tarikh.Core.Tests/Knowledge/Round19FoundingsKinTests.cs): a madrasa and a theatre founded by named people (the
founder named between the verb and the body, the body named before a pronoun verb, the body before a relative clause of
founding), a marriage told with the bride's father in apposition, and a father whose son's birth is told "قبل وفاة أبيه
بأيام". Wikidata's dump shape, invented people and bodies (the tests check the reading, not history). Written with the
code of round 19 (development data). Local ids Q90071901 and up (range Q90071901-Q90071999 is this helper's).
Run: python3 tools/kb/make_dev19t19k2_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY, COUNTRY = "Q515", "Q6256"
SCHOOL, THEATRE, HOSPITAL = "Q3914", "Q24354", "Q16917"
KB = KbBuilder(90071900)

land = KB.place("بلاد الوادي", "Wadi Land (test)", COUNTRY)
town = KB.place("دار السلامة", "Dar al-Salama (test)", CITY, country=land)

# ---- a madrasa founded by a vizier (verb, founder, body) --------------------------------------------------------------------
vizier = KB.person("نور الدين القاسمي", "Nur al-Din al-Qasimi (test)", MALE, born="1010", died="1080")
madrasa = KB.org("المدرسة القاسمية", "Qasimiyya Madrasa (test)", SCHOOL, ar_aliases=["القاسمية"], founded="1050", located=town)
KB.link(madrasa, "P112", vizier)

# ---- a theatre named before "وقد أسسه" ---------------------------------------------------------------------------------------
director = KB.person("فؤاد الزيات", "Fuad al-Zayyat (test)", MALE, born="1870", died="1940")
theatre = KB.org("مسرح الوادي الكبير", "Grand Wadi Theatre (test)", THEATRE, founded="1901", located=town)
KB.link(theatre, "P112", director)

# ---- a hospital founded in a relative clause after its name -------------------------------------------------------------------
emir = KB.person("عز الدولة الوادي", "Izz al-Dawla al-Wadi (test)", MALE, born="930", died="990")
hospital = KB.org("البيمارستان العزي", "Izzi Hospital (test)", HOSPITAL, founded="975", located=town)
KB.link(hospital, "P112", emir)
physician = KB.person("يعقوب الطبيب", "Yaqub the Physician (test)", MALE, born="940", died="1010")

# ---- a marriage with the bride's father in apposition -------------------------------------------------------------------------
groom = KB.person("سالم الراشد", "Salim al-Rashid (test)", MALE, born="1860", died="1927")
bride = KB.person("هند الوادي", "Hind al-Wadi (test)", FEMALE, born="1876", died="1946")
bride_father = KB.person("منصور الوادي", "Mansur al-Wadi (test)", MALE, born="1840", died="1914")
KB.parents(bride, father=bride_father)
KB.married(groom, bride, start="1899")
groom_father = KB.person("راشد العمري", "Rashid al-Umari (test)", MALE, born="1830", died="1900")
KB.parents(groom, father=groom_father)
other_daughter = KB.person("سعاد الوادي", "Suad al-Wadi (test)", FEMALE, born="1880", died="1950")
KB.parents(other_daughter, father=bride_father)

# ---- a son born days before his father's death ----------------------------------------------------------------------------------
founder = KB.person("جابر الحكيم", "Jabir al-Hakim (test)", MALE, born="1840", died="1885")
son = KB.person("ياسر الحكيم", "Yasir al-Hakim (test)", MALE, born="1885", died="1959")
KB.parents(son, father=founder)
grandson = KB.person("مالك الحكيم", "Malik al-Hakim (test)", MALE, born="1911", died="1961")
KB.parents(grandson, father=son)

# ---- a president who returned to office for a second term --------------------------------------
presidency = KB.ent(None, "رئيس جمهورية الوادي", "President of the Wadi Republic (test)", cls="Q4164871")
president = KB.person("شاكر البدري", "Shakir al-Badri (test)", MALE, born="1891", died="1967")
KB.link(president, "P39", presidency, start="1943", end="1949")
KB.link(president, "P39", presidency, start="1955", end="1958")

KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev19t19k2.json"))
