"""Generates data/kb/dev20a.json, the KB of the round-20 development set a (data/kb/dev20a/): Arab women in letters,
education, the arts and public life (19th-20th century) and the people and institutions around them. Local ids
Q90054001-Q90054999; classes and sex values keep their Wikidata ids. Facts from standard reference works; days only
where they are well attested. Run: python3 tools/kb/make_dev20a_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder, time_snak  # noqa: E402

F, M = "Q6581072", "Q6581097"
COUNTRY, CITY, VILLAGE, REGION = "Q6256", "Q515", "Q532", "Q56061"
ORG, SCHOOL, UNIV, MAG, FESTIVAL = "Q43229", "Q3914", "Q3918", "Q41298", "Q868557"
AWARD, POSITION = "Q618779", "Q4164871"

b = KbBuilder(90054000)
# places
egypt = b.place("مصر", "Egypt", COUNTRY)
lebanon = b.place("لبنان", "Lebanon", COUNTRY)
italy = b.place("إيطاليا", "Italy", COUNTRY)
cairo = b.place("القاهرة", "Cairo", CITY, country=egypt)
alex = b.place("الإسكندرية", "Alexandria", CITY, country=egypt)
minya = b.place("المنيا", "Minya", CITY, country=egypt)
assiut = b.place("أسيوط", "Asyut", CITY, country=egypt)
tanta = b.place("طنطا", "Tanta", CITY, country=egypt)
fayoum = b.place("الفيوم", "Faiyum", CITY, country=egypt)
dakahlia = b.place("محافظة الدقهلية", "Dakahlia Governorate", REGION, ["الدقهلية"], country=egypt)
sinbillawein = b.place("السنبلاوين", "Sinbillawein", CITY, inside=dakahlia, country=egypt)
tamay = b.place("طماي الزهايرة", "Tamay al-Zahayra", VILLAGE, inside=sinbillawein, country=egypt)
faraskur = b.place("فارسكور", "Faraskur", CITY, country=egypt)
sharqia = b.place("محافظة الشرقية", "Sharqia Governorate", REGION, ["الشرقية"], country=egypt)
zagazig = b.place("الزقازيق", "Zagazig", CITY, inside=sharqia, country=egypt)
kafr_hukama = b.place("كفر الحكما", "Kafr al-Hukama", VILLAGE, inside=sharqia, country=egypt)
rome = b.place("روما", "Rome", CITY, country=italy)
paris = b.place("باريس", "Paris", CITY)
beirut = b.place("بيروت", "Beirut", CITY, country=lebanon)
ras_beirut = b.place("رأس بيروت", "Ras Beirut", REGION, inside=beirut, country=lebanon)
qraytem = b.place("قريطم", "Koreitem", REGION, inside=beirut, country=lebanon)
matn = b.place("قضاء المتن", "Matn District", REGION, ["المتن"], country=lebanon)
antelias = b.place("أنطلياس", "Antelias", CITY, inside=matn, country=lebanon)
hasbaya = b.place("قضاء حاصبيا", "Hasbaya District", REGION, country=lebanon)
kfeir = b.place("الكفير", "Kfeir", VILLAGE, inside=hasbaya, country=lebanon)
byblos = b.place("جبيل", "Byblos", CITY, country=lebanon)
tripoli = b.place("طرابلس", "Tripoli", CITY, ["طرابلس الشام"], country=lebanon)
baalbek = b.place("بعلبك", "Baalbek", CITY, country=lebanon)

# --- Huda Shaarawi
huda = b.person("هدى شعراوي", "Huda Sha'arawi", F, ["نور الهدى محمد سلطان"], born="1879-06-23", died="1947-12-12",
                birthplace=minya, deathplace=cairo)
sultan = b.person("محمد سلطان باشا", "Muhammad Sultan Pasha", M, ["محمد سلطان"], died="1884")
ali_sh = b.person("علي شعراوي", "Ali Shaarawi", M, ["علي شعراوي باشا"], died="1922")
bathna = b.person("بثينة شعراوي", "Bathna Shaarawi", F, ["بثينة"])
muh_sh = b.person("محمد شعراوي", "Muhammad Shaarawi", M)
b.parents(huda, father=sultan)
b.married(huda, ali_sh, start="1892", end="1922")
for c in (bathna, muh_sh):
    b.parents(c, father=ali_sh, mother=huda)
b.siblings(bathna, muh_sh)
shura = b.org("مجلس شورى النواب", "Consultative Assembly of Delegates", ORG, founded="1866")
b.link(sultan, "P39", b.ent(None, "رئيس مجلس شورى النواب", "President of the Consultative Assembly of Delegates", cls=POSITION))
efu = b.org("الاتحاد النسائي المصري", "Egyptian Feminist Union", ORG, founded="1923-03-16", located=cairo)
b.link(efu, "P112", huda)
b.link(huda, "P463", efu, start="1923", end="1947")
wafd_w = b.org("لجنة الوفد المركزية للسيدات", "Wafdist Women's Central Committee", ORG, founded="1920")
b.link(huda, "P463", wafd_w, start="1920")
iwsa = b.org("الاتحاد النسائي الدولي", "International Woman Suffrage Alliance", ORG, founded="1904")
egyptienne = b.org("المصرية", "L'Égyptienne", MAG, ["مجلة المصرية"], founded="1925", located=cairo)
b.link(egyptienne, "P112", huda)
afu = b.org("الاتحاد النسائي العربي", "Arab Feminist Union", ORG, founded="1945")
b.link(afu, "P112", huda)

# --- Umm Kulthum
umm = b.person("أم كلثوم", "Umm Kulthum", F, ["فاطمة إبراهيم البلتاجي", "كوكب الشرق"], died="1975-02-03",
               birthplace=tamay, deathplace=cairo)
ibrahim = b.person("إبراهيم البلتاجي", "Ibrahim al-Sayyid al-Beltagi", M, ["الشيخ إبراهيم البلتاجي"])
khalid = b.person("خالد إبراهيم البلتاجي", "Khalid Ibrahim al-Beltagi", M, ["خالد"])
b.parents(umm, father=ibrahim)
b.parents(khalid, father=ibrahim)
b.siblings(umm, khalid)
abul_ela = b.person("أبو العلا محمد", "Abu al-Ila Muhammad", M, ["الشيخ أبو العلا محمد"], died="1927")
b.link(umm, "P1066", abul_ela)
qasabgi = b.person("محمد القصبجي", "Mohamed El Qasabgi", M, born="1892", died="1966")
sunbati = b.person("رياض السنباطي", "Riad Al Sunbati", M, born="1906-11-30", died="1981-09-10", birthplace=faraskur)
zakariya = b.person("زكريا أحمد", "Zakariyya Ahmad", M, born="1896", died="1961")
abdelwahab = b.person("محمد عبد الوهاب", "Mohammed Abdel Wahab", M, died="1991-05-04", birthplace=cairo, deathplace=cairo)
rami = b.person("أحمد رامي", "Ahmed Rami", M, born="1892-08-09", died="1981-06-05", birthplace=cairo)
hafnawy = b.person("حسن الحفناوي", "Hassan El Hafnawy", M, ["الدكتور حسن الحفناوي"])
b.married(umm, hafnawy, start="1954", end="1975")
enta = b.ent(None, "أنت عمري", "Enta Omri", cls="Q7366")
b.date(enta, "P577", "1964")
b.link(enta, "P175", umm)
b.link(enta, "P86", abdelwahab)
kamal = b.ent(None, "نيشان الكمال", "Order of Perfection", ["وسام الكمال"], cls=AWARD)
b.link(umm, "P166", kamal, at="1944")
farouk = b.person("فاروق الأول", "Farouk I of Egypt", M, ["فاروق", "الملك فاروق"], born="1920-02-11", died="1965-03-18", birthplace=cairo)
makram = b.ent(None, "مسجد عمر مكرم", "Omar Makram Mosque", cls="Q32815")
b.link(makram, "P131", cairo)

# --- Taymur family
aisha = b.person("عائشة التيمورية", "Aisha Taymur", F, ["عائشة عصمت تيمور", "عائشة تيمور"], born="1840", died="1902",
                 birthplace=cairo, deathplace=cairo)
ismail_t = b.person("إسماعيل تيمور", "Ismail Taymur", M, ["إسماعيل تيمور باشا"], born="1815", died="1872")
ahmad_t = b.person("أحمد تيمور", "Ahmad Taymur", M, ["أحمد تيمور باشا"], born="1871-11-06", died="1930-04-26",
                   birthplace=cairo, deathplace=cairo)
muh_t = b.person("محمد تيمور", "Muhammad Taymur", M, born="1892", died="1921", birthplace=cairo)
mahmud_t = b.person("محمود تيمور", "Mahmoud Taymour", M, born="1894-06-16", died="1973-08-25", birthplace=cairo)
b.parents(aisha, father=ismail_t)
b.parents(ahmad_t, father=ismail_t)
b.siblings(aisha, ahmad_t)
b.parents(muh_t, father=ahmad_t)
b.parents(mahmud_t, father=ahmad_t)
b.siblings(muh_t, mahmud_t)
islambuli = b.person("محمد توفيق الإسلامبولي", "Muhammad Tawfiq al-Islambuli", M)
b.married(aisha, islambuli, start="1854")
tawhida = b.person("توحيدة", "Tawhida", F, died="1876")
b.parents(tawhida, father=islambuli, mother=aisha)
for t, en in (("حلية الطراز", "Hilyat al-Tiraz"), ("نتائج الأحوال في الأقوال والأفعال", "Nata'ij al-Ahwal"),
              ("مرآة التأمل في الأمور", "Mir'at al-Ta'ammul fi al-Umur")):
    w = b.ent(None, t, en, cls="Q7725634")
    b.link(w, "P50", aisha)

# --- Nabawiyya Musa
nabawiyya = b.person("نبوية موسى", "Nabawiyya Musa", F, born="1886-12-17", died="1951", birthplace=kafr_hukama)
musa = b.person("موسى محمد", "Musa Muhammad", M, died="1886")
b.parents(nabawiyya, father=musa)
saniyya = b.org("المدرسة السنية", "Saniyya School", SCHOOL, ["السنية"], founded="1889", located=cairo)
b.link(nabawiyya, "P69", saniyya, start="1903", end="1906")
bacc = b.ent(None, "البكالوريا", "baccalaureate (Egyptian secondary certificate)", cls="Q1420543")
b.link(nabawiyya, "P69", bacc, at="1907")
b.link(nabawiyya, "P463", efu, start="1923")
ashraf = b.org("مدرسة بنات الأشراف", "Banat al-Ashraf School", SCHOOL, ["بنات الأشراف"], located=alex)
b.link(ashraf, "P112", nabawiyya)
fatat = b.org("الفتاة", "al-Fatat", MAG, ["مجلة الفتاة"], founded="1937")
b.link(fatat, "P112", nabawiyya)
work = b.ent(None, "المرأة والعمل", "al-Mar'a wa-l-'Amal", cls="Q7725634")
b.date(work, "P577", "1920")
b.link(work, "P50", nabawiyya)

# --- Doria Shafik
doria = b.person("درية شفيق", "Doria Shafik", F, born="1908-12-14", died="1975-09-20", birthplace=tanta, deathplace=cairo)
ragai = b.person("نور الدين رجائي", "Nour al-Din Ragai", M)
b.married(doria, ragai, start="1937")
aziza = b.person("عزيزة رجائي", "Aziza Ragai", F, ["عزيزة"])
jehane = b.person("جيهان رجائي", "Jehane Ragai", F, ["جيهان"])
for c in (aziza, jehane):
    b.parents(c, father=ragai, mother=doria)
b.siblings(aziza, jehane)
nd = b.org("نوتردام دي زابوتر", "Notre Dame des Apôtres (Tanta)", SCHOOL, located=tanta)
b.link(doria, "P69", nd)
sorbonne = b.org("جامعة باريس", "University of Paris", UNIV, ["السوربون"], located=paris)
b.link(doria, "P69", sorbonne, end="1940")
bint_union = b.org("اتحاد بنت النيل", "Bint al-Nil Union", ORG, founded="1948", located=cairo)
b.link(bint_union, "P112", doria)
bint_mag = b.org("بنت النيل", "Bint al-Nil (magazine)", MAG, ["مجلة بنت النيل"], founded="1945", located=cairo)
b.link(bint_mag, "P112", doria)
shwikar = b.person("شويكار", "Princess Chivekiar", F, ["الأميرة شويكار"], born="1876", died="1947")
femme = b.org("المرأة الجديدة", "La Femme Nouvelle", MAG, located=cairo)
b.link(femme, "P98", doria, start="1945")
nelson = b.person("سينثيا نلسون", "Cynthia Nelson", F)
bio = b.ent(None, "درية شفيق: امرأة مصرية نسوية", "Doria Shafik, Egyptian Feminist: A Woman Apart", cls="Q7725634")
b.date(bio, "P577", "1996")
b.link(bio, "P50", nelson)
b.link(bio, "P921", doria)

# --- Rahbani family
hanna = b.person("حنا الرحباني", "Hanna Rahbani", M)
saada = b.person("سعدى صعب", "Saada Saab", F)
assi = b.person("عاصي الرحباني", "Assi Rahbani", M, born="1923-05-04", died="1986-06-21", birthplace=antelias, deathplace=beirut)
mansour = b.person("منصور الرحباني", "Mansour Rahbani", M, born="1925-03-17", died="2009-01-13", birthplace=antelias)
elias = b.person("إلياس الرحباني", "Elias Rahbani", M, born="1938-05-26", died="2021-01-04", birthplace=antelias)
for c in (assi, mansour, elias):
    b.parents(c, father=hanna, mother=saada)
b.siblings(assi, mansour, elias)
fairuz = b.person("فيروز", "Fairuz", F, ["نهاد حداد", "نهاد وديع حداد"], born="1935-11-21")
wadie = b.person("وديع حداد", "Wadie Haddad", M)
b.parents(fairuz, father=wadie)
b.married(assi, fairuz, start="1955", end="1986")
ziad = b.person("زياد الرحباني", "Ziad Rahbani", M, born="1956")
hali = b.person("هلي الرحباني", "Hali Rahbani", M, ["هلي"], born="1958")
layal = b.person("ليال الرحباني", "Layal Rahbani", F, ["ليال"], born="1960")
rima = b.person("ريما الرحباني", "Rima Rahbani", F, born="1965")
for c in (ziad, hali, layal, rima):
    b.parents(c, father=assi, mother=fairuz)
b.siblings(ziad, hali, layal, rima)
sons = [b.person(a, e, M) for a, e in (("غدي الرحباني", "Ghadi Rahbani"), ("مروان الرحباني", "Marwan Rahbani"),
                                       ("أسامة الرحباني", "Oussama Rahbani"))]
for s in sons:
    b.parents(s, father=mansour)
b.siblings(*sons)
bfest = b.org("مهرجانات بعلبك الدولية", "Baalbeck International Festival", FESTIVAL, ["مهرجانات بعلبك"], founded="1956", located=baalbek)

# --- Beirut College for Women / LAU
smith_s = b.person("سارة سميث", "Sarah L. Huntington Smith", F, ["سارة لانمان هنتنغتون سميث"], born="1802", died="1836", deathplace=beirut)
smith_e = b.person("إيلي سميث", "Eli Smith", M, born="1801", died="1857", deathplace=beirut)
b.married(smith_s, smith_e, start="1833", end="1836")
asg = b.org("المدرسة الأمريكية للبنات", "American School for Girls (Beirut)", SCHOOL, founded="1835", located=beirut)
b.link(asg, "P112", smith_s)
lau = b.org("الجامعة اللبنانية الأمريكية", "Lebanese American University", UNIV,
            ["الكلية الأمريكية الصغرى للبنات", "كلية بيروت للبنات", "كلية بيروت الجامعية"], founded="1924", located=beirut)
for name, start, end in (("الكلية الأمريكية الصغرى للبنات", "1924", "1950"), ("كلية بيروت للبنات", "1950", "1973"),
                         ("كلية بيروت الجامعية", "1973", "1994"), ("الجامعة اللبنانية الأمريكية", "1994", None)):
    qs = [("P580", start)] + ([("P582", end)] if end else [])
    lau._add("P1448", {"snaktype": "value", "property": "P1448",
                       "datavalue": {"value": {"text": name, "language": "ar"}, "type": "monolingualtext"}, "datatype": "monolingualtext"},
             qualifiers=[time_snak(p, w, None, KbBuilder.calendar_of(w)) for p, w in qs])
b.link(lau, "P159", qraytem)
b.link(lau, "P1365", asg)
byblos_campus = b.org("حرم جبيل للجامعة اللبنانية الأمريكية", "LAU Byblos campus", ORG, founded="1991", located=byblos)
b.link(byblos_campus, "P749", lau)
iwsaw = b.org("معهد الدراسات النسائية في العالم العربي", "Institute for Women's Studies in the Arab World", ORG,
              founded="1973", located=beirut)
b.link(iwsaw, "P749", lau)
emily = b.person("إميلي نصر الله", "Emily Nasrallah", F, born="1931-07-06", died="2018-03-13", birthplace=kfeir, deathplace=beirut)
b.link(emily, "P69", lau, end="1958")

# --- Rose al-Youssef
rose = b.person("فاطمة اليوسف", "Rose al-Youssef", F, ["روز اليوسف"], born="1898", died="1958-04-10",
                birthplace=tripoli, deathplace=cairo)
quddous = b.person("محمد عبد القدوس", "Mohammed Abdel Quddous", M)
ihsan = b.person("إحسان عبد القدوس", "Ihsan Abdel Quddous", M, born="1919-01-01", died="1990-01-12",
                 birthplace=cairo, deathplace=cairo)
b.married(rose, quddous)
b.parents(ihsan, father=quddous, mother=rose)
tulaimat = b.person("زكي طليمات", "Zaki Tulaimat", M, born="1894-04-29", died="1982-12-22", birthplace=cairo)
b.married(rose, tulaimat)
amal = b.person("آمال طليمات", "Amal Tulaimat", F, ["آمال"])
b.parents(amal, father=tulaimat, mother=rose)
b.siblings(ihsan, amal)
aziz_eid = b.person("عزيز عيد", "Aziz Eid", M, born="1884", died="1942")
wahbi = b.person("يوسف وهبي", "Youssef Wahbi", M, born="1898-07-14", died="1982-10-17")
ramses = b.org("مسرح رمسيس", "Ramses Theatre", ORG, ["فرقة رمسيس"], founded="1923", located=cairo)
b.link(ramses, "P112", wahbi)
ry_mag = b.org("روز اليوسف", "Rose al-Youssef (magazine)", MAG, ["مجلة روز اليوسف"], founded="1925-10-26", located=cairo)
b.link(ry_mag, "P112", rose)
sabah = b.org("صباح الخير", "Sabah El Kheir", MAG, ["مجلة صباح الخير"], founded="1956", located=cairo)
fouad = b.org("جامعة فؤاد الأول", "Fouad I University", UNIV, ["جامعة القاهرة"], founded="1908", located=cairo)
b.link(ihsan, "P69", fouad, end="1942")

b.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "dev20a.json"))
