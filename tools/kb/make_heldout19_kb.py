"""Generates data/kb/heldout19.json, the KB of the round-20 held-out set heldout19 (data/kb/heldout19/):
people and institutions of Libya, Mauritania and the Sahara, 18th-20th centuries. Local ids Q90056001-Q90056999.
Run: python3 tools/kb/make_heldout19_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, COUNTRY, REGION, OFFICE, ORG, PARTY, UNIV, PAPER = "Q515", "Q6256", "Q82794", "Q294414", "Q43229", "Q7278", "Q3918", "Q11032"
kb = KbBuilder(90056000)

libya = kb.place("ليبيا", "Libya", COUNTRY)
maur = kb.place("موريتانيا", "Mauritania", COUNTRY)
algeria = kb.place("الجزائر", "Algeria", COUNTRY)
egypt = kb.place("مصر", "Egypt", COUNTRY)
niger = kb.place("النيجر", "Niger", COUNTRY)
chad = kb.place("تشاد", "Chad", COUNTRY)
saudi = kb.place("الحجاز", "Hejaz", REGION)
cyren = kb.place("برقة", "Cyrenaica", REGION, country=libya)
tripolitania = kb.place("طرابلس الغرب", "Tripolitania", REGION, country=libya)
fezzan = kb.place("فزان", "Fezzan", REGION, country=libya)
jaghbub = kb.place("الجغبوب", "Al-Jaghbub", CITY, inside=cyren, country=libya)
benghazi = kb.place("بنغازي", "Benghazi", CITY, inside=cyren, country=libya)
bayda = kb.place("البيضاء", "Bayda", CITY, inside=cyren, country=libya)
tripoli = kb.place("طرابلس", "Tripoli", CITY, inside=tripolitania, country=libya)
misrata = kb.place("مصراتة", "Misrata", CITY, inside=tripolitania, country=libya)
jadu = kb.place("جادو", "Jadu", CITY, ["جبل نفوسة"], inside=tripolitania, country=libya)
murzuq = kb.place("مرزق", "Murzuq", CITY, inside=fezzan, country=libya)
kufra = kb.place("الكفرة", "Kufra", CITY, inside=cyren, country=libya)
cairo = kb.place("القاهرة", "Cairo", CITY, country=egypt)
mostaganem = kb.place("مستغانم", "Mostaganem", CITY, country=algeria)
mecca = kb.place("مكة المكرمة", "Mecca", CITY, ["مكة"], inside=saudi)
medina = kb.place("المدينة المنورة", "Medina", CITY, ["المدينة"], inside=saudi)
gouro = kb.place("قيرو", "Gouro", CITY, ["قورو"], country=chad)
boutilimit = kb.place("بوتلميت", "Boutilimit", CITY, country=maur)
nouakchott = kb.place("نواكشوط", "Nouakchott", CITY, country=maur)
paris = kb.place("باريس", "Paris", CITY)
bombay = kb.place("بومباي", "Bombay", CITY)
istanbul = kb.place("إسطنبول", "Istanbul", CITY)
agadez = kb.place("أغاديس", "Agadez", CITY, country=niger)
damergou = kb.place("دمرغو", "Damergou", REGION, country=niger)

# offices and organizations
king = kb.ent(None, "ملك ليبيا", "King of Libya", cls=OFFICE)
emir_cyr = kb.ent(None, "أمير برقة", "Emir of Cyrenaica", cls=OFFICE)
pm_libya = kb.ent(None, "رئيس وزراء ليبيا", "Prime Minister of Libya", cls=OFFICE)
pres_maur = kb.ent(None, "رئيس موريتانيا", "President of Mauritania", cls=OFFICE)
pasha_tri = kb.ent(None, "باشا طرابلس", "Pasha of Tripoli", cls=OFFICE)
head_san = kb.ent(None, "شيخ الطريقة السنوسية", "Head of the Senussi order", cls=OFFICE)
ottoman_senate = kb.ent(None, "مجلس الأعيان العثماني", "Ottoman Senate", cls=ORG)
sanusiyya = kb.org("الطريقة السنوسية", "Senussi order", ORG, ["السنوسية"], founded="1837", located=mecca)
ppm = kb.org("حزب الشعب الموريتاني", "Mauritanian People's Party", PARTY, founded="1961", dissolved="1978", located=nouakchott)
ulibya = kb.org("الجامعة الليبية", "University of Libya", UNIV, founded="1955", dissolved="1973", located=benghazi)
azhar = kb.org("الأزهر", "Al-Azhar", UNIV, ["جامع الأزهر"], located=cairo)
asad = kb.org("الأسد الإسلامي", "al-Asad al-Islami", PAPER, founded="1908", located=cairo)
ulibya_tri = kb.org("كلية العلوم بطرابلس", "Faculty of Science, Tripoli", ORG, founded="1957", located=tripoli)
garyounis = kb.org("جامعة قاريونس", "University of Garyounis", UNIV, ["جامعة بنغازي"], founded="1973", located=benghazi)
ufateh = kb.org("جامعة طرابلس", "University of Tripoli", UNIV, ["جامعة الفاتح"], founded="1973", located=tripoli)

# the Sanusi family
ibnali = kb.person("محمد بن علي السنوسي", "Muhammad ibn Ali al-Senussi", M, ["السنوسي الكبير"], born="1787", died="1859",
                   birthplace=mostaganem, deathplace=jaghbub)
kb.link(ibnali, "P112", sanusiyya)
sanusiyya.item("P112", ibnali.qid)
kb.link(ibnali, "P39", head_san, "1837", "1859")
mahdi = kb.person("محمد المهدي السنوسي", "Muhammad al-Mahdi al-Senussi", M, ["المهدي السنوسي"], born="1844", died="1902",
                  deathplace=gouro)
sharif = kb.person("محمد الشريف السنوسي", "Muhammad al-Sharif al-Senussi", M, born="1846", died="1896")
kb.parents(mahdi, ibnali)
kb.parents(sharif, ibnali)
kb.siblings(mahdi, sharif)
kb.link(mahdi, "P39", head_san, "1859", "1902")
ahmad = kb.person("أحمد الشريف السنوسي", "Ahmed Sharif as-Senussi", M, born="1873", died="1933", birthplace=jaghbub, deathplace=medina)
kb.parents(ahmad, sharif)
kb.link(ahmad, "P39", head_san, "1902", "1933")
idris = kb.person("محمد إدريس السنوسي", "Idris of Libya", M, ["إدريس الأول", "الملك إدريس", "إدريس السنوسي"], born="1890-03-12",
                  died="1983-05-25", birthplace=jaghbub, deathplace=cairo)
kb.parents(idris, mahdi)
rida = kb.person("محمد الرضا السنوسي", "Muhammad al-Rida al-Senussi", M, died="1955")
kb.parents(rida, mahdi)
kb.siblings(idris, rida)
fatima = kb.person("فاطمة الشريف", "Fatima el-Sharif", F, ["الملكة فاطمة"], born="1911", died="2009", deathplace=cairo)
kb.parents(fatima, ahmad)
kb.married(idris, fatima, "1931")
kb.link(idris, "P39", emir_cyr, "1949", "1951")
kb.link(idris, "P39", king, "1951-12-24", "1969-09-01")
kb.link(idris, "P39", head_san, "1933")
hasan = kb.person("الحسن الرضا السنوسي", "Hasan as-Senussi", M, born="1928", died="1992")
kb.parents(hasan, rida)
ulibya.item("P112", idris.qid)

# Qaramanli
ahmed_q = kb.person("أحمد القره مانلي", "Ahmed Karamanli", M, born="1686", died="1745", deathplace=tripoli)
kb.link(ahmed_q, "P39", pasha_tri, "1711", "1745")
ali1 = kb.person("علي القره مانلي", "Ali I Karamanli", M, ["علي باشا"], died="1796")
kb.link(ali1, "P39", pasha_tri, "1754", "1793")
yusuf = kb.person("يوسف القره مانلي", "Yusuf Karamanli", M, ["يوسف باشا"], born="1766", died="1838", birthplace=tripoli, deathplace=tripoli)
hasanbey = kb.person("حسن بك القره مانلي", "Hassan Bey Karamanli", M, died="1790", deathplace=tripoli)
hamet = kb.person("أحمد بك القره مانلي", "Hamet Karamanli", M, ["حامد"], died="1811")
kb.parents(yusuf, ali1)
kb.parents(hasanbey, ali1)
kb.parents(hamet, ali1)
kb.siblings(yusuf, hasanbey, hamet)
kb.link(hamet, "P39", pasha_tri, "1795", "1795")
kb.link(yusuf, "P39", pasha_tri, "1795", "1832")
ali2 = kb.person("علي الثاني القره مانلي", "Ali II Karamanli", M, died="1835")
kb.parents(ali2, yusuf)
kb.link(ali2, "P39", pasha_tri, "1832", "1835")

# Mauritania
daddah = kb.person("المختار ولد داداه", "Moktar Ould Daddah", M, ["المختار ولد داده"], born="1924-12-25", died="2003-10-14",
                   birthplace=boutilimit, deathplace=paris)
mariem = kb.person("مريم داداه", "Marie-Thérèse Gandin", F, ["ماري تيريز غاندان"], born="1933", died="2023")
kb.married(daddah, mariem, "1958")
ahmed_d = kb.person("أحمد ولد داداه", "Ahmed Ould Daddah", M, born="1942", birthplace=boutilimit)
kb.siblings(daddah, ahmed_d)
kb.link(daddah, "P39", pres_maur, "1960-11-28", "1978-07-10")
kb.link(daddah, "P112", ppm)
ppm.item("P112", daddah.qid)
kb.link(daddah, "P463", ppm, "1961", "1978")
sorbonne = kb.org("جامعة باريس", "University of Paris", UNIV, located=paris)
kb.link(daddah, "P69", sorbonne)
haidalla = kb.person("محمد خونه ولد هيداله", "Mohamed Khouna Ould Haidalla", M, born="1940")
saleck = kb.person("المصطفى ولد محمد السالك", "Mustafa Ould Salek", M, born="1936", died="2012")
kb.link(saleck, "P39", pres_maur, "1978-07-10", "1979-06-03")
sidiyya = kb.person("الشيخ سيديا الكبير", "Shaykh Sidiyya al-Kabir", M, ["سيديا الكبير"], born="1775", died="1868")
baba = kb.person("سيديا بابا", "Sidiyya Baba", M, ["الشيخ سيديا بابا"], born="1862", died="1924", deathplace=boutilimit)

# al-Baruni
baruni = kb.person("سليمان الباروني", "Sulayman al-Baruni", M, ["سليمان باشا الباروني"], born="1870", died="1940-05-01",
                   birthplace=jadu, deathplace=bombay)
abd_b = kb.person("عبد الله الباروني", "Abdullah al-Baruni", M, died="1914")
kb.parents(baruni, abd_b)
zaima = kb.person("زعيمة الباروني", "Zaima al-Baruni", F, born="1910", died="1976")
kb.parents(zaima, baruni)
kb.link(baruni, "P69", azhar)
kb.link(baruni, "P112", asad)
asad.item("P112", baruni.qid)
kb.link(baruni, "P463", ottoman_senate, "1908", "1912")

# Muntasir
muntasir = kb.person("محمود المنتصر", "Mahmud al-Muntasir", M, born="1903", died="1970-09-28", birthplace=tripoli)
kb.link(muntasir, "P39", pm_libya, "1951-12-24", "1954-04-12")
kb.link(muntasir, "P39", pm_libya, "1964", "1965")
saqizli = kb.person("محمد الساقزلي", "Muhammad Sakizli", M, born="1892", died="1976")
kb.link(saqizli, "P39", pm_libya, "1954-04-12", "1954-04-12")
kb.link(ulibya, "P112", idris)

# Kaocen
kaocen = kb.person("كاوسن آغ محمد", "Kaocen Ag Geda", M, ["كاوسن"], born="1880", died="1919-01-05", birthplace=damergou, deathplace=murzuq)
kodogo = kb.person("المختار كودوغو", "Mokhtar Kodogo", M, died="1920")
kb.siblings(kaocen, kodogo)
kb.link(kaocen, "P463", sanusiyya)
tagama = kb.person("تغمه", "Tegama", M, ["السلطان تغمه"], died="1920", deathplace=agadez)

kb.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "heldout19.json"))
