"""Writes data/kb/dev13b9.json: a small knowledge base for the round-9 kinship tests of issue 13
(tests/Tarikh.Core.Tests/Knowledge/Round9KinTests.cs): the house of Harun al-Rashid over four generations (his father
al-Mahdi, grandfather al-Mansur, uncle Ja'far, cousin and wife Zubayda, her brother Isa, his sons al-Amin, al-Ma'mun and
al-Mu'tasim, two Ja'fars, his grandson al-Wathiq), a namesake outside the family, and the cities of their lives, in
Wikidata's dump shape, from public facts (standard reference works on the Abbasids). Written with the code of round 9
(development data, no texts of its own). Local ids Q90017001 and up.
Run: python3 tools/kb/make_dev13b9_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

MALE, FEMALE = "Q6581097", "Q6581072"
CITY = "Q515"
KB = KbBuilder(90017000)

baghdad = KB.place("بغداد", "Baghdad", CITY)
rayy = KB.place("الري", "Rayy", CITY)
tus = KB.place("طوس", "Tus", CITY)
mecca = KB.place("مكة", "Mecca", CITY)
jeddah = KB.place("جدة", "Jeddah", CITY)

mansur = KB.person("أبو جعفر المنصور", "al-Mansur", MALE, ["المنصور"], born="0714", died="0775-10-07", deathplace=mecca)
mahdi = KB.person("المهدي", "al-Mahdi", MALE, ["محمد المهدي", "محمد بن المنصور"], born="0744", died="0785-08-04")
khayzuran = KB.person("الخيزران", "al-Khayzuran", FEMALE, ["الخيزران بنت عطاء"], died="0789")
jafar_uncle = KB.person("جعفر بن المنصور", "Ja'far ibn al-Mansur", MALE, ["جعفر"], died="0803")
zubayda = KB.person("زبيدة بنت جعفر", "Zubaidah bint Ja'far", FEMALE, ["زبيدة"], died="0831")
isa = KB.person("عيسى بن جعفر", "Isa ibn Ja'far", MALE, ["عيسى"])
harun = KB.person("هارون الرشيد", "Harun al-Rashid", MALE, ["الرشيد", "هارون"], born="0766-03-17", died="0809-03-24",
                  birthplace=rayy, deathplace=tus)
hadi = KB.person("موسى الهادي", "al-Hadi", MALE, ["الهادي"], born="0764", died="0786-09-14")
marajil = KB.person("مراجل", "Marajil", FEMALE, ["مراجل الباذغيسية"])
amin = KB.person("محمد الأمين", "al-Amin", MALE, ["الأمين"], born="0787", died="0813-09-24")
mamun = KB.person("عبد الله المأمون", "al-Ma'mun", MALE, ["المأمون"], born="0786-09-14", died="0833-08-09")
mutasim = KB.person("المعتصم بالله", "al-Mu'tasim", MALE, ["المعتصم"], born="0796", died="0842-01-05")
jafar_son = KB.person("جعفر بن هارون", "Ja'far ibn Harun", MALE, ["جعفر"])
wathiq = KB.person("الواثق بالله", "al-Wathiq", MALE, ["الواثق"], born="0816", died="0847-08-10")
# A namesake outside the family: "جعفر" alone names him too.
jafar_barmaki = KB.person("جعفر بن يحيى البرمكي", "Ja'far ibn Yahya", MALE, ["جعفر البرمكي", "جعفر"], died="0803")

KB.parents(mahdi, father=mansur)
KB.parents(jafar_uncle, father=mansur)
KB.siblings(mahdi, jafar_uncle)
KB.parents(zubayda, father=jafar_uncle)
KB.parents(isa, father=jafar_uncle)
KB.siblings(zubayda, isa)
KB.parents(harun, father=mahdi, mother=khayzuran)
KB.parents(hadi, father=mahdi, mother=khayzuran)
KB.siblings(harun, hadi)
KB.married(mahdi, khayzuran)
KB.married(harun, zubayda)
KB.married(harun, marajil)
KB.parents(amin, father=harun, mother=zubayda)
KB.parents(mamun, father=harun, mother=marajil)
KB.parents(mutasim, father=harun)
KB.parents(jafar_son, father=harun)
KB.siblings(amin, mamun, mutasim, jafar_son)
KB.parents(wathiq, father=mutasim)

if __name__ == "__main__":
    KB.write(os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev13b9.json"))
