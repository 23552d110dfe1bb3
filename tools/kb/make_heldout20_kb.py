"""Generates data/kb/heldout20.json, the KB of the round-21 held-out set (data/kb/heldout20/): people and institutions of
20th-century Arab political parties and movements (the Ba'th, the SSNP, the Istiqlal, the Arab Nationalists' Movement,
the Wafd, the Muslim Brotherhood, the FLN, the Syrian Communist Party). Facts from standard reference works, written
blind to the code. Local ids Q90059001-Q90059999; only classes and sex values keep Wikidata ids.
Run: python3 tools/kb/make_heldout20_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "heldout20.json")
M, F = "Q6581097", "Q6581072"
CITY, COUNTRY, VILLAGE, PARTY, UNI, ORG, LEG, POS, REGION = (
    "Q515", "Q6256", "Q532", "Q7278", "Q3918", "Q43229", "Q11204", "Q4164871", "Q82794")
kb = KbBuilder(90059000)
P, O, L = kb.place, kb.org, kb.link

# ---- places
syria, lebanon, egypt, morocco, algeria, palestine, france, iraq, brazil, argentina, gabon, romania, jordan, \
    germany_e, russia, seychelles = (P(a, e, COUNTRY) for a, e in (
        ("سوريا", "Syria"), ("لبنان", "Lebanon"), ("مصر", "Egypt"), ("المغرب", "Morocco"), ("الجزائر", "Algeria"),
        ("فلسطين", "Palestine"), ("فرنسا", "France"), ("العراق", "Iraq"), ("البرازيل", "Brazil"),
        ("الأرجنتين", "Argentina"), ("الغابون", "Gabon"), ("رومانيا", "Romania"), ("الأردن", "Jordan"),
        ("جمهورية ألمانيا الديمقراطية", "East Germany"), ("روسيا", "Russia"), ("سيشل", "Seychelles")))
damascus = P("دمشق", "Damascus", CITY, country=syria)
midan = P("الميدان", "al-Midan", REGION, inside=damascus, country=syria)
hama = P("حماة", "Hama", CITY, country=syria)
paris = P("باريس", "Paris", CITY, country=france)
baghdad = P("بغداد", "Baghdad", CITY, country=iraq)
beirut = P("بيروت", "Beirut", CITY, country=lebanon)
amman = P("عمّان", "Amman", CITY, ["عمان"], country=jordan)
dhour = P("ضهور الشوير", "Dhour El Choueir", VILLAGE, country=lebanon)
saopaulo = P("ساو باولو", "São Paulo", CITY, country=brazil)
fez = P("فاس", "Fez", CITY, country=morocco)
rabat = P("الرباط", "Rabat", CITY, country=morocco)
bucharest = P("بوخارست", "Bucharest", CITY, country=romania)
cairo = P("القاهرة", "Cairo", CITY, country=egypt)
alex = P("الإسكندرية", "Alexandria", CITY, country=egypt)
lydda = P("اللد", "Lydda", CITY, country=palestine)
safed = P("صفد", "Safed", CITY, country=palestine)
eberlin = P("برلين الشرقية", "East Berlin", CITY, country=germany_e)
gharbia = P("الغربية", "Gharbia Governorate", REGION, country=egypt)
samanoud = P("سمنود", "Samanoud", CITY, inside=gharbia, country=egypt)
qalyubia_shibin = P("شبين القناطر", "Shibin al-Qanatir", CITY, country=egypt)
arab_sawalha = P("عرب الصوالحة", "Arab al-Sawalha", VILLAGE, inside=qalyubia_shibin, country=egypt)
ismailia = P("الإسماعيلية", "Ismailia", CITY, country=egypt)
algiers = P("الجزائر العاصمة", "Algiers", CITY, ["الجزائر"], country=algeria)
oran = P("وهران", "Oran", CITY, country=algeria)
maghnia = P("مغنية", "Maghnia", CITY, country=algeria)
guelma = P("قالمة", "Guelma", CITY, country=algeria)
moscow = P("موسكو", "Moscow", CITY, country=russia)

# ---- institutions
baath = O("حزب البعث العربي الاشتراكي", "Arab Socialist Ba'ath Party", PARTY, ["حزب البعث"], founded="1947-04-07",
          located=damascus)
asp = O("الحزب العربي الاشتراكي", "Arab Socialist Party", PARTY, founded="1950", dissolved="1953", located=hama)
ssnp = O("الحزب السوري القومي الاجتماعي", "Syrian Social Nationalist Party", PARTY, founded="1932-11-16", located=beirut)
istiqlal = O("حزب الاستقلال", "Istiqlal Party", PARTY, founded="1944", located=rabat)
kutla = O("كتلة العمل الوطني", "Moroccan Action Committee", PARTY, founded="1934", dissolved="1937", located=fez)
anm = O("حركة القوميين العرب", "Arab Nationalist Movement", ORG, founded="1951", located=beirut)
pflp = O("الجبهة الشعبية لتحرير فلسطين", "Popular Front for the Liberation of Palestine", ORG, founded="1967-12-11")
wafd = O("حزب الوفد", "Wafd Party", PARTY, ["الوفد"], founded="1919", dissolved="1953", located=cairo)
mb = O("الإخوان المسلمين", "Muslim Brotherhood", ORG, ["جماعة الإخوان المسلمين"], founded="1928", located=ismailia)
fln = O("جبهة التحرير الوطني", "National Liberation Front", PARTY, founded="1954", located=algiers)
mtld = O("حركة انتصار الحريات الديمقراطية", "Movement for the Triumph of Democratic Liberties", PARTY, founded="1946",
         dissolved="1954")
scp = O("الحزب الشيوعي السوري", "Syrian Communist Party", PARTY, founded="1924", located=beirut)
uparis = O("جامعة باريس", "University of Paris", UNI, ["السوربون"], located=paris)
aub = O("الجامعة الأمريكية في بيروت", "American University of Beirut", UNI, founded="1866", located=beirut)
qarawiyyin = O("القرويين", "University of al-Qarawiyyin", UNI, ["جامع القرويين"], located=fez)
law = O("مدرسة الحقوق الخديوية", "Khedivial School of Law", UNI, founded="1886", located=cairo)
cairo_u = O("جامعة القاهرة", "Cairo University", UNI, founded="1908", located=cairo)
damascus_u = O("جامعة دمشق", "Damascus University", UNI, founded="1923", located=damascus)
kutv = O("جامعة كادحي الشرق الشيوعية", "Communist University of the Toilers of the East", UNI, founded="1921",
         dissolved="1938", located=moscow)
syr_parl = O("مجلس النواب السوري", "Syrian Parliament", LEG, located=damascus)
eg_parl = O("مجلس الشعب", "People's Assembly of Egypt", LEG, located=cairo)
soummam = O("مؤتمر الصومام", "Soummam Congress", "Q1656682", founded="1956-08-20", located=kb.place("الصومام", "Soummam valley", REGION, country=algeria))

# ---- positions
pm_syria, min_edu_syria, pm_egypt, pres_alg, min_def_alg, pm_morocco, min_islam_mor, guide_mb, sg_scp, sg_pflp, \
    sg_istiqlal, leader_wafd, leader_baath, pres_ssnp = (kb.ent(None, a, e, cls=POS) for a, e in (
        ("رئيس وزراء سوريا", "Prime Minister of Syria"), ("وزير المعارف السوري", "Minister of Education of Syria"),
        ("رئيس وزراء مصر", "Prime Minister of Egypt"), ("رئيس الجزائر", "President of Algeria"),
        ("وزير الدفاع الجزائري", "Minister of Defence of Algeria"), ("رئيس حكومة المغرب", "Prime Minister of Morocco"),
        ("وزير الدولة للشؤون الإسلامية", "Minister of State for Islamic Affairs of Morocco"),
        ("المرشد العام للإخوان المسلمين", "General Guide of the Muslim Brotherhood"),
        ("الأمين العام للحزب الشيوعي السوري", "Secretary-General of the Syrian Communist Party"),
        ("الأمين العام للجبهة الشعبية", "Secretary-General of the PFLP"),
        ("الأمين العام لحزب الاستقلال", "Secretary-General of the Istiqlal Party"),
        ("رئيس حزب الوفد", "President of the Wafd Party"),
        ("الأمين العام لحزب البعث", "Secretary-General of the Ba'ath Party"),
        ("زعيم الحزب السوري القومي الاجتماعي", "Leader of the SSNP")))

# ---- Ba'th
aflaq = kb.person("ميشيل عفلق", "Michel Aflaq", M, ["عفلق"], born="1910-01-09", died="1989-06-23",
                  birthplace=damascus, deathplace=paris)
bitar = kb.person("صلاح الدين البيطار", "Salah al-Din al-Bitar", M, ["البيطار"], born="1912", died="1980-07-21",
                  birthplace=damascus, deathplace=paris)
hourani = kb.person("أكرم الحوراني", "Akram al-Hourani", M, ["الحوراني"], born="1911", died="1996",
                    birthplace=hama, deathplace=amman)
L(aflaq, "P69", uparis, "1929", "1934")
L(bitar, "P69", uparis)
for p in (aflaq, bitar):
    L(p, "P463", baath, "1947")
L(baath, "P112", aflaq)
L(baath, "P112", bitar)
L(asp, "P112", hourani)
L(hourani, "P463", asp, "1950", "1953")
L(aflaq, "P39", min_edu_syria, "1949", "1949")
L(aflaq, "P39", leader_baath, "1947", "1989")
L(bitar, "P39", pm_syria, "1963", "1963")
L(bitar, "P39", pm_syria, "1964", "1964")
L(bitar, "P39", pm_syria, "1966", "1966")
L(aflaq, "P551", baghdad)
L(aflaq, "P27", syria)

# ---- SSNP
saadeh = kb.person("أنطون سعادة", "Antoun Saadeh", M, ["سعادة"], born="1904-03-01", died="1949-07-08",
                   birthplace=dhour, deathplace=beirut)
khalil = kb.person("خليل سعادة", "Khalil Saadeh", M, born="1857", died="1934", birthplace=dhour, deathplace=saopaulo)
juliette = kb.person("جولييت المير", "Juliette al-Mir", F, ["جولييت سعادة"])
kb.parents(saadeh, father=khalil)
kb.married(saadeh, juliette, "1941")
L(ssnp, "P112", saadeh)
L(saadeh, "P39", pres_ssnp, "1932-11-16", "1949-07-08")
L(saadeh, "P551", saopaulo, "1921", "1930")

# ---- Istiqlal
fassi = kb.person("علال الفاسي", "Allal al-Fassi", M, ["علال"], born="1910", died="1974-05-13", birthplace=fez,
                  deathplace=bucharest)
balafrej = kb.person("أحمد بلافريج", "Ahmed Balafrej", M, ["بلافريج"], born="1908", died="1990", birthplace=rabat,
                     deathplace=rabat)
L(fassi, "P69", qarawiyyin)
L(fassi, "P551", gabon, "1937", "1946")
for org in (istiqlal, kutla):
    L(org, "P112", fassi)
L(istiqlal, "P112", balafrej)
L(fassi, "P463", istiqlal, "1944", "1974")
L(fassi, "P39", min_islam_mor, "1961", "1963")
L(balafrej, "P39", sg_istiqlal, "1944")
L(balafrej, "P39", pm_morocco, "1958", "1958")
L(fassi, "P119", rabat)

# ---- ANM / PFLP
habash = kb.person("جورج حبش", "George Habash", M, ["حبش", "الحكيم"], born="1926-08-02", died="2008-01-26",
                   birthplace=lydda, deathplace=amman)
haddad = kb.person("وديع حداد", "Wadie Haddad", M, ["حداد"], born="1927", died="1978", birthplace=safed,
                   deathplace=eberlin)
hilda = kb.person("هيلدا حبش", "Hilda Habash", F)
abuali = kb.person("أبو علي مصطفى", "Abu Ali Mustafa", M, born="1938", died="2001-08-27")
kb.married(habash, hilda, "1961")
L(habash, "P69", aub, "1944", "1951")
L(haddad, "P69", aub)
for org in (anm, pflp):
    L(org, "P112", habash)
    L(org, "P112", haddad)
L(habash, "P39", sg_pflp, "1967-12-11", "2000")
L(abuali, "P39", sg_pflp, "2000", "2001-08-27")

# ---- Wafd
nahhas = kb.person("مصطفى النحاس", "Mustafa al-Nahhas", M, ["النحاس"], born="1879-06-15", died="1965-08-23",
                   birthplace=samanoud, deathplace=cairo)
zaghlul = kb.person("سعد زغلول", "Saad Zaghlul", M, born="1859", died="1927-08-23", deathplace=cairo)
zeinab = kb.person("زينب الوكيل", "Zeinab al-Wakil", F)
ebeid = kb.person("مكرم عبيد", "Makram Ebeid", M, born="1889", died="1961")
serag = kb.person("فؤاد سراج الدين", "Fouad Serageldin", M, born="1911", died="2000")
kb.married(nahhas, zeinab, "1934")
L(nahhas, "P69", law, end="1900")
L(wafd, "P112", zaghlul)
L(nahhas, "P39", leader_wafd, "1927", "1953")
L(zaghlul, "P39", leader_wafd, "1919", "1927")
for s, e in (("1928", "1928"), ("1930", "1930"), ("1936", "1937"), ("1942-02-04", "1944"), ("1950", "1952")):
    L(nahhas, "P39", pm_egypt, s, e)
L(nahhas, "P463", wafd, "1919", "1953")
for p in (nahhas, ebeid):
    L(p, "P551", seychelles, "1922", "1923")

# ---- Muslim Brotherhood
hudaybi = kb.person("حسن الهضيبي", "Hassan al-Hudaybi", M, born="1891", died="1973-11-11", birthplace=arab_sawalha,
                    deathplace=cairo)
mamun = kb.person("مأمون الهضيبي", "Ma'mun al-Hudaybi", M, born="1921", died="2004-01-09", deathplace=cairo)
kb.parents(mamun, father=hudaybi)
L(hudaybi, "P69", law, end="1915")
L(mamun, "P69", cairo_u)
L(hudaybi, "P39", guide_mb, "1951", "1973-11-11")
L(mamun, "P39", guide_mb, "2002", "2004-01-09")
L(mamun, "P39", kb.ent(None, "عضو مجلس الشعب المصري", "member of the People's Assembly of Egypt", cls=POS), "1987")
L(mamun, "P463", eg_parl, "1987")
for p in (hudaybi, mamun):
    L(p, "P463", mb)

# ---- FLN
benbella = kb.person("أحمد بن بلة", "Ahmed Ben Bella", M, ["بن بلة"], born="1916-12-25", died="2012-04-11",
                     birthplace=maghnia, deathplace=algiers)
boumediene = kb.person("هواري بومدين", "Houari Boumediene", M, ["بومدين"], born="1932", died="1978-12-27",
                       birthplace=guelma, deathplace=algiers)
zohra = kb.person("زهرة سلامي", "Zohra Sellami", F)
kb.married(benbella, zohra, "1971")
L(fln, "P112", benbella)
for p in (benbella, boumediene):
    L(p, "P463", fln, "1954")
L(benbella, "P463", mtld)
L(benbella, "P39", pres_alg, "1963-09-15", "1965-06-19")
L(boumediene, "P39", min_def_alg, "1962", "1965")
L(boumediene, "P39", pres_alg, "1965-06-19", "1978-12-27")

# ---- Syrian Communist Party
bakdash = kb.person("خالد بكداش", "Khalid Bakdash", M, ["بكداش"], born="1912", died="1995-07-24",
                    birthplace=damascus, deathplace=damascus)
wisal = kb.person("وصال فرحة بكداش", "Wisal Farha Bakdash", F, ["وصال"])
ammar = kb.person("عمار بكداش", "Ammar Bakdash", M)
kb.married(bakdash, wisal)
kb.parents(ammar, father=bakdash, mother=wisal)
L(bakdash, "P69", damascus_u)
L(bakdash, "P69", kutv)
L(bakdash, "P463", scp, "1930")
L(bakdash, "P39", sg_scp, "1936", "1995-07-24")
L(wisal, "P39", sg_scp, "1995", "2010")
L(ammar, "P39", sg_scp, "2010")
L(bakdash, "P463", syr_parl, "1954", "1958")
L(bakdash, "P551", moscow, "1958", "1966")

kb.write(OUT)
print(f"{len(kb.entities)} entities -> {os.path.normpath(OUT)}")
