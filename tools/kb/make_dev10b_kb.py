"""Generates data/kb/dev10b.json, the knowledge base of the round-10 generalization check b (data/kb/dev10b/):
Freud, Fidel Castro, the caliph al-Mansur (Julian dates), Alfred Nobel, King Abdulaziz Al Saud, the Bach family, the
American University of Beirut and Louis Pasteur. Written by hand from standard reference knowledge; local ids from
Q90019001. Run: python3 tools/kb/make_dev10b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, TOWN, VILLAGE, COUNTRY, HIST, REGION = "Q515", "Q3957", "Q532", "Q6256", "Q3024240", "Q82794"
UNIV, SCHOOL, HOSPITAL, POSITION, AWARD, ORG = "Q3918", "Q3914", "Q16917", "Q4164871", "Q618779", "Q43229"
ACADEMY, CHURCH, CEMETERY, DISTRICT, USSTATE, PARTY = "Q414147", "Q16970", "Q39614", "Q123705", "Q35657", "Q7278"
BUSINESS, EVENT, PROFESSION, BUILDING, FOUNDATION = "Q4830453", "Q1190554", "Q28640", "Q41176", "Q157031"

kb = KbBuilder(90019000)
_occ = {}


def occ(ar, en):
    if en not in _occ:
        _occ[en] = kb.ent(None, ar, en, cls=PROFESSION)
    return _occ[en]


def P(ar, en, sex, born=None, died=None, bp=None, dp=None, ar_aliases=(), en_aliases=(), job=()):
    e = kb.person(ar, en, sex, ar_aliases, en_aliases, born, died, bp, dp)
    for j in job:
        kb.link(e, "P106", occ(*j))
    return e


def pl(ar, en, cls, inside=None, country=None, ar_aliases=(), en_aliases=()):
    return kb.place(ar, en, cls, ar_aliases, en_aliases, inside, country)


def org(ar, en, cls, founded=None, dissolved=None, located=None, ar_aliases=(), en_aliases=()):
    return kb.org(ar, en, cls, ar_aliases, en_aliases, founded, dissolved, located)


def kids(father, mother, *children):
    for c in children:
        kb.parents(c, father, mother)


# ---------------------------------------------------------------- shared places and bodies
france = pl("فرنسا", "France", COUNTRY)
germany = pl("ألمانيا", "Germany", COUNTRY)
uk = pl("المملكة المتحدة", "United Kingdom", COUNTRY, ar_aliases=["بريطانيا"])
usa = pl("الولايات المتحدة", "United States", COUNTRY)
paris = pl("باريس", "Paris", CITY, country=france)
london = pl("لندن", "London", CITY, country=uk)
berlin = pl("برلين", "Berlin", CITY, country=germany)
hamburg = pl("هامبورغ", "Hamburg", CITY, country=germany)
royal_society = org("الجمعية الملكية", "Royal Society", ACADEMY, founded="1660-11-28", located=london,
                    ar_aliases=["الجمعية الملكية في لندن"])

# ---------------------------------------------------------------- Freud
czech = pl("التشيك", "Czech Republic", COUNTRY, ar_aliases=["جمهورية التشيك"])
moravia = pl("مورافيا", "Moravia", REGION, country=czech)
pribor = pl("بريبور", "Příbor", TOWN, inside=moravia, country=czech, ar_aliases=["فرايبرغ"], en_aliases=["Freiberg in Mähren"])
ukraine = pl("أوكرانيا", "Ukraine", COUNTRY)
galicia_pl = pl("غاليسيا", "Galicia (Eastern Europe)", REGION, country=ukraine)
tysmenytsia = pl("تيسمينيتسيا", "Tysmenytsia", TOWN, inside=galicia_pl, country=ukraine)
brody = pl("برودي", "Brody", TOWN, inside=galicia_pl, country=ukraine)
austria = pl("النمسا", "Austria", COUNTRY)
vienna = pl("فيينا", "Vienna", CITY, country=austria)
leopoldstadt = pl("ليوبولدشتات", "Leopoldstadt", DISTRICT, inside=vienna, country=austria)
hampstead = pl("هامبستيد", "Hampstead", DISTRICT, inside=london, country=uk)
frankfurt = pl("فرانكفورت", "Frankfurt am Main", CITY, country=germany)
toronto = pl("تورونتو", "Toronto", CITY)
uni_vienna = org("جامعة فيينا", "University of Vienna", UNIV, founded="1365-03-12", located=vienna)
vgh = org("مستشفى فيينا العام", "Vienna General Hospital", HOSPITAL, founded="1784", located=vienna)
salpetriere = org("سالبيتريير", "Pitié-Salpêtrière Hospital", HOSPITAL, founded="1656", located=paris,
                  ar_aliases=["مستشفى سالبيتريير"])
goethe_prize = kb.ent(None, "جائزة غوته", "Goethe Prize", cls=AWARD)
kb.link(goethe_prize, "P131", frankfurt)

freud = P("سيغموند فرويد", "Sigmund Freud", M, "1856-05-06", "1939-09-23", pribor, london, ["فرويد"],
          job=[("طبيب أعصاب", "neurologist"), ("محلل نفسي", "psychoanalyst")])
kb.link(freud, "P551", hampstead)
jacob = P("يعقوب فرويد", "Jacob Freud", M, "1815-12-18", "1896-10-23", tysmenytsia, vienna, ["يعقوب"],
          job=[("تاجر", "merchant")])
amalia = P("أماليا ناتانسون", "Amalia Nathansohn", F, "1835-08-18", "1930-09-12", brody, vienna,
           ["أماليا فرويد", "أماليا"])
kb.married(jacob, amalia, "1855-07-29", "1896-10-23")
anna_sis = P("آنا فرويد برنايز", "Anna Freud Bernays", F, "1858-12-31", "1955", pribor)
alexander = P("ألكسندر فرويد", "Alexander Freud", M, "1866-04-19", "1943-04-23", vienna, toronto)
kids(jacob, amalia, freud, anna_sis, alexander)
kb.siblings(freud, anna_sis, alexander)
martha = P("مارتا برنايز", "Martha Bernays", F, "1861-07-26", "1951-11-02", hamburg, london, ["مارتا فرويد"])
eli = P("إيلي برنايز", "Eli Bernays", M, "1860", "1923")
kb.siblings(martha, eli)
kb.married(eli, anna_sis, "1883")
kb.married(freud, martha, "1886-09-14", "1939-09-23")
charcot = P("جان مارتن شاركو", "Jean-Martin Charcot", M, "1825-11-29", "1893-08-16", paris, None, ["شاركو"],
            job=[("طبيب أعصاب", "neurologist")])
kb.link(charcot, "P108", salpetriere, "1862", "1893")
breuer = P("يوزف بروير", "Josef Breuer", M, "1842-01-15", "1925-06-20", vienna, vienna, ["بروير"],
           job=[("طبيب", "physician")])
mathilde = P("ماتيلده فرويد", "Mathilde Freud", F, "1887-10-16", "1978", vienna, london, ["ماتيلده"])
martin = P("مارتن فرويد", "Martin Freud", M, "1889-12-07", "1967", vienna, None, ["مارتن"])
ernst = P("إرنست فرويد", "Ernst L. Freud", M, "1892-04-06", "1970-04-07", vienna, london, ["إرنست"],
          job=[("مهندس معماري", "architect")])
anna = P("آنا فرويد", "Anna Freud", F, "1895-12-03", "1982-10-09", vienna, london, ["آنا"],
         job=[("محلل نفسي", "psychoanalyst")])
kids(freud, martha, mathilde, martin, ernst, anna)
kb.siblings(mathilde, martin, ernst, anna)
lucian = P("لوسيان فرويد", "Lucian Freud", M, "1922-12-08", "2011-07-20", berlin, london, job=[("رسام", "painter")])
kb.parents(lucian, ernst)
kb.link(freud, "P69", uni_vienna, "1873", "1881")
kb.link(freud, "P108", vgh, "1882", "1885")
kb.link(freud, "P1066", charcot, "1885", "1886")
kb.link(freud, "P463", royal_society, "1936")
kb.link(freud, "P166", goethe_prize, at="1930")
kb.link(freud, "P27", austria)

# ---------------------------------------------------------------- Fidel Castro
cuba = pl("كوبا", "Cuba", COUNTRY)
havana = pl("هافانا", "Havana", CITY, country=cuba)
holguin = pl("أولغين", "Holguín Province", REGION, country=cuba, ar_aliases=["مقاطعة أولغين"])
biran = pl("بيران", "Birán", VILLAGE, inside=holguin, country=cuba)
spain = pl("إسبانيا", "Spain", COUNTRY)
galicia_es = pl("غاليسيا", "Galicia (Spain)", REGION, country=spain)
lugo = pl("مقاطعة لوغو", "Province of Lugo", REGION, inside=galicia_es, country=spain)
lancara = pl("لانكارا", "Láncara", VILLAGE, inside=lugo, country=spain)
santiago = pl("سانتياغو دي كوبا", "Santiago de Cuba", CITY, country=cuba)
mexico = pl("المكسيك", "Mexico", COUNTRY)
argentina = pl("الأرجنتين", "Argentina", COUNTRY)
rosario = pl("روساريو", "Rosario", CITY, country=argentina)
bolivia = pl("بوليفيا", "Bolivia", COUNTRY)
higuera = pl("لا إيغيرا", "La Higuera", VILLAGE, country=bolivia)
miami = pl("ميامي", "Miami", CITY, country=usa)
belen = org("كوليجيو دي بيلين", "Colegio de Belén", SCHOOL, founded="1854", located=havana, ar_aliases=["مدرسة بيلين"])
uhavana = org("جامعة هافانا", "University of Havana", UNIV, founded="1728-01-05", located=havana)
pcc = org("الحزب الشيوعي الكوبي", "Communist Party of Cuba", PARTY, founded="1965-10-03", located=havana)
council = org("مجلس الدولة", "Council of State of Cuba", ORG, founded="1976-12-02", located=havana,
              ar_aliases=["مجلس الدولة الكوبي"])
pm_cuba = kb.ent(None, "رئيس وزراء كوبا", "Prime Minister of Cuba", cls=POSITION)
pres_council = kb.ent(None, "رئيس مجلس الدولة الكوبي", "President of the Council of State of Cuba", cls=POSITION)
kb.link(pres_council, "P642", council)
first_sec = kb.ent(None, "الأمين الأول للحزب الشيوعي الكوبي", "First Secretary of the Communist Party of Cuba",
                   cls=POSITION)
kb.link(first_sec, "P642", pcc)
moncada = kb.ent(None, "ثكنة مونكادا", "Moncada Barracks", cls=BUILDING)
kb.link(moncada, "P131", santiago)
lenin_peace = kb.ent(None, "جائزة لينين للسلام", "Lenin Peace Prize", cls=AWARD)
hero_ussr = kb.ent(None, "بطل الاتحاد السوفييتي", "Hero of the Soviet Union", cls=AWARD)
santa_ifigenia = kb.ent(None, "سانتا إيفيخينيا", "Santa Ifigenia Cemetery", ["مقبرة سانتا إيفيخينيا"], cls=CEMETERY)
kb.link(santa_ifigenia, "P131", santiago)

fidel = P("فيدل كاسترو", "Fidel Castro", M, "1926-08-13", "2016-11-25", biran, havana, ["فيدل", "كاسترو"],
          job=[("سياسي", "politician"), ("محام", "lawyer")])
angel = P("أنخل كاسترو", "Ángel Castro y Argiz", M, "1875-12-08", "1956-10-21", lancara, biran,
          job=[("مزارع", "farmer")])
lina = P("لينا روث", "Lina Ruz González", F, "1903", "1963-08-06", None, havana)
kb.married(angel, lina)
raul = P("راؤول كاسترو", "Raúl Castro", M, "1931-06-03", None, biran, None, ["راؤول"], job=[("سياسي", "politician")])
ramon = P("رامون كاسترو", "Ramón Castro Ruz", M, "1924-10-14", "2016-02-23", biran, havana)
juanita = P("خوانيتا كاسترو", "Juanita Castro", F, "1933-05-06", "2023-12-04", biran, miami)
kb.link(juanita, "P551", miami)
kids(angel, lina, fidel, raul, ramon, juanita)
kb.siblings(fidel, raul, ramon, juanita)
mirta = P("ميرتا دياث بالارت", "Mirta Díaz-Balart", F, "1928")
kb.married(fidel, mirta, "1948-10-12", "1955")
fidelito = P("فيدل كاسترو دياث بالارت", "Fidel Castro Díaz-Balart", M, "1949-09-01", "2018-02-01", havana, havana,
             ["فيديليتو"], job=[("فيزيائي", "physicist")])
kids(fidel, mirta, fidelito)
che = P("إرنستو تشي غيفارا", "Che Guevara", M, "1928-06-14", "1967-10-09", rosario, higuera,
        ["تشي غيفارا", "غيفارا", "تشي"], job=[("طبيب", "physician")])
kb.link(fidel, "P69", belen, None, "1945")
kb.link(fidel, "P69", uhavana, "1945", "1950")
kb.link(fidel, "P39", pm_cuba, "1959-02-16", "1976-12-02")
kb.link(fidel, "P39", pres_council, "1976-12-02", "2008-02-24")
kb.link(fidel, "P39", first_sec, "1965-10-03", "2011-04-19")
kb.link(fidel, "P463", pcc, "1965-10-03")
kb.link(fidel, "P166", lenin_peace, at="1961")
kb.link(fidel, "P166", hero_ussr, at="1963")
kb.link(fidel, "P119", santa_ifigenia)
kb.link(raul, "P39", pres_council, "2008-02-24", "2018-04-19")
kb.link(raul, "P39", first_sec, "2011-04-19", "2021-04-19")
attack = kb.ent(None, "الهجوم على ثكنة مونكادا", "Attack on the Moncada Barracks", ["هجوم مونكادا"], cls=EVENT)
kb.date(attack, "P585", "1953-07-26")
kb.link(attack, "P276", santiago)
kb.link(attack, "P710", fidel)
kb.link(attack, "P710", raul)
kb.link(fidel, "P793", attack)

# ---------------------------------------------------------------- al-Mansur (Julian dates)
sharat = pl("الشراة", "al-Sharat", REGION)
humayma = pl("الحميمة", "al-Humayma", VILLAGE, inside=sharat)
anbar = pl("الأنبار", "al-Anbar (ancient city)", CITY)
kufa = pl("الكوفة", "Kufa", CITY)
harran = pl("حران", "Harran", CITY)
madain = pl("المدائن", "al-Mada'in", CITY, ar_aliases=["رومية المدائن"])
mecca = pl("مكة", "Mecca", CITY, ar_aliases=["مكة المكرمة"])
bir_maymun = pl("بئر ميمون", "Bi'r Maymun", VILLAGE, inside=mecca)
medina = pl("المدينة", "Medina", CITY, ar_aliases=["المدينة المنورة"])
masabadhan = pl("ماسبذان", "Masabadhan", REGION)
rayy = pl("الري", "Rayy", CITY)
tus = pl("طوس", "Tus", CITY)
busir = pl("بوصير", "Busir", VILLAGE)
abbasids = org("الدولة العباسية", "Abbasid Caliphate", HIST, founded="750", dissolved="1258",
               ar_aliases=["الخلافة العباسية", "بنو العباس"])
caliph = kb.ent(None, "خليفة عباسي", "Abbasid caliph", ["الخليفة العباسي"], cls=POSITION)
kb.link(caliph, "P642", abbasids)
umayyad_caliph = kb.ent(None, "خليفة أموي", "Umayyad caliph", cls=POSITION)

saffah = P("أبو العباس السفاح", "al-Saffah", M, "721", "754-06-09", humayma, anbar, ["السفاح", "أبو العباس"],
           job=[("خليفة", "caliph")])
mansur = P("أبو جعفر عبد الله بن محمد المنصور", "al-Mansur", M, "714", "775-10-07", humayma, bir_maymun,
           ["المنصور", "أبو جعفر المنصور"], ["Abu Ja'far al-Mansur"], job=[("خليفة", "caliph")])
ibrahim = P("إبراهيم الإمام", "Ibrahim al-Imam", M, "701", None, humayma, harran, ["إبراهيم بن محمد"])
muhammad_ali = P("محمد بن علي بن عبد الله بن عباس", "Muhammad ibn Ali ibn Abd Allah", M, None, "743", None, humayma,
                 ["محمد بن علي"])
sallama = P("سلامة", "Sallama", F, ar_aliases=["سلامة البربرية"])
raita = P("ريطة بنت عبيد الله الحارثية", "Rayta bint Ubayd Allah", F)
kids(muhammad_ali, sallama, mansur)
kids(muhammad_ali, raita, saffah)
kids(muhammad_ali, None, ibrahim)
kb.siblings(saffah, mansur, ibrahim)
abdallah_ali = P("عبد الله بن علي", "Abd Allah ibn Ali", M, "712", "764", None, None)
marwan = P("مروان بن محمد", "Marwan II", M, "691", "750-08-06", None, busir, ["مروان الثاني"], job=[("خليفة", "caliph")])
kb.link(marwan, "P39", umayyad_caliph, "744-12", "750-08-06")
kb.link(ibrahim, "P157", marwan)
abu_muslim = P("أبو مسلم الخراساني", "Abu Muslim", M, "718", "755-02", None, madain, ["أبا مسلم الخراساني", "أبو مسلم"],
               job=[("قائد عسكري", "military leader")])
kb.link(abu_muslim, "P157", mansur)
nafs = P("محمد النفس الزكية", "Muhammad al-Nafs al-Zakiyya", M, "718", "762-12-06", medina, medina)
isa = P("عيسى بن موسى", "Isa ibn Musa", M, None, "783")
mahdi = P("المهدي", "al-Mahdi", M, "744", "785-08-04", None, masabadhan, ["محمداً المهدي", "محمد المهدي"],
          job=[("خليفة", "caliph")])
umm_musa = P("أم موسى بنت منصور الحميرية", "Umm Musa bint Mansur al-Himyari", F, ar_aliases=["أروى بنت منصور"])
kb.married(mansur, umm_musa)
kids(mansur, umm_musa, mahdi)
hadi = P("موسى الهادي", "al-Hadi", M, "764", "786-09-14", rayy, None, ["الهادي"], job=[("خليفة", "caliph")])
harun = P("هارون الرشيد", "Harun al-Rashid", M, "763", "809-03-24", rayy, tus, ["الرشيد"], job=[("خليفة", "caliph")])
kids(mahdi, None, hadi, harun)
kb.siblings(hadi, harun)
baghdad = org("بغداد", "Baghdad", CITY, founded="762", ar_aliases=["مدينة السلام"])
kb.link(baghdad, "P112", mansur)
kb.link(abdallah_ali, "P20", baghdad)
kb.siblings(abdallah_ali, muhammad_ali)
kb.link(saffah, "P39", caliph, "749-11-28", "754-06-09")
kb.link(mansur, "P39", caliph, "754-06-10", "775-10-07")
kb.link(mahdi, "P39", caliph, "775-10-07", "785-08-04")
kb.link(hadi, "P39", caliph, "785-08-04", "786-09-14")
kb.link(harun, "P39", caliph, "786-09-14", "809-03-24")

# ---------------------------------------------------------------- Alfred Nobel
sweden = pl("السويد", "Sweden", COUNTRY)
stockholm = pl("ستوكهولم", "Stockholm", CITY, country=sweden)
heleneborg = pl("هلينبورغ", "Heleneborg", DISTRICT, inside=stockholm, country=sweden)
gavle = pl("يفله", "Gävle", CITY, country=sweden, ar_aliases=["غافله"])
russia = pl("روسيا", "Russia", COUNTRY)
spb = pl("سانت بطرسبرغ", "Saint Petersburg", CITY, country=russia)
azerbaijan = pl("أذربيجان", "Azerbaijan", COUNTRY)
baku = pl("باكو", "Baku", CITY, country=azerbaijan)
cannes = pl("كان", "Cannes", CITY, country=france)
nice = pl("نيس", "Nice", CITY, country=france)
italy = pl("إيطاليا", "Italy", COUNTRY)
sanremo = pl("سان ريمو", "Sanremo", CITY, country=italy)
karlskoga = pl("كارلسكوغا", "Karlskoga", TOWN, country=sweden)
geta = pl("غيتو", "Getå", VILLAGE, country=sweden)
shusha = pl("شوشا", "Shusha", TOWN, country=azerbaijan)
kva = org("الأكاديمية الملكية السويدية للعلوم", "Royal Swedish Academy of Sciences", ACADEMY, founded="1739-06-02",
          located=stockholm)
branobel = org("برانوبل", "Branobel", BUSINESS, founded="1879", dissolved="1920", located=baku,
               ar_aliases=["شركة الإخوة نوبل"])
bofors = org("بوفورس", "Bofors", BUSINESS, founded="1646", located=karlskoga)
nobel_foundation = org("مؤسسة نوبل", "Nobel Foundation", FOUNDATION, founded="1900-06-29", located=stockholm)

alfred = P("ألفريد نوبل", "Alfred Nobel", M, "1833-10-21", "1896-12-10", stockholm, sanremo, ["نوبل", "ألفريد"],
           job=[("كيميائي", "chemist"), ("مخترع", "inventor"), ("رجل أعمال", "businessperson")])
immanuel = P("إيمانويل نوبل", "Immanuel Nobel", M, "1801-03-24", "1872-09-03", gavle, stockholm,
             job=[("مهندس", "engineer"), ("مخترع", "inventor")])
andriette = P("أندريتا أهلسل", "Andriette Ahlsell", F, None, "1889-12-07", None, stockholm, ["أندريتا"])
kb.married(immanuel, andriette, "1827")
robert = P("روبرت نوبل", "Robert Nobel", M, "1829-08-04", "1896-08-07", stockholm, geta, ["روبرت"])
ludvig = P("لودفيغ نوبل", "Ludvig Nobel", M, "1831-07-27", "1888-04-12", stockholm, cannes, ["لودفيغ"])
emil = P("إميل نوبل", "Emil Oskar Nobel", M, "1843-10-29", "1864-09-03", spb, heleneborg, ["إميل"])
kids(immanuel, andriette, robert, ludvig, alfred, emil)
kb.siblings(robert, ludvig, alfred, emil)
emanuel = P("إيمانويل نوبل", "Emanuel Nobel", M, "1859-06-22", "1932-06-01", spb, stockholm,
            job=[("رجل أعمال", "businessperson")])
kids(ludvig, None, emanuel)
kb.link(emanuel, "P108", branobel, "1888", "1920")
zinin = P("نيكولاي زينين", "Nikolay Zinin", M, "1812-08-25", "1880-02-18", shusha, spb, job=[("كيميائي", "chemist")])
kb.link(alfred, "P1066", zinin)
kb.link(alfred, "P463", kva, "1884")
for f in (ludvig, robert, alfred):
    kb.link(branobel, "P112", f)
kb.link(bofors, "P127", alfred, "1894", "1896-12-10")
kb.link(nobel_foundation, "P112", alfred)

# ---------------------------------------------------------------- King Abdulaziz Al Saud
saudi = org("المملكة العربية السعودية", "Saudi Arabia", COUNTRY, founded="1932-09-23", ar_aliases=["السعودية"])
riyadh = pl("الرياض", "Riyadh", CITY, country=saudi)
kuwait_c = pl("الكويت", "Kuwait", COUNTRY, ar_aliases=["دولة الكويت"])
kuwait_city = pl("مدينة الكويت", "Kuwait City", CITY, country=kuwait_c, ar_aliases=["الكويت"])
taif = pl("الطائف", "Taif", CITY, country=saudi)
greece = pl("اليونان", "Greece", COUNTRY)
athens = pl("أثينا", "Athens", CITY, country=greece)
hejaz = pl("الحجاز", "Hejaz", REGION, country=saudi)
oud = kb.ent(None, "مقبرة العود", "Al Oud Cemetery", cls=CEMETERY)
kb.link(oud, "P131", riyadh)
second_state = org("الدولة السعودية الثانية", "Emirate of Nejd (Second Saudi State)", HIST, founded="1824",
                   dissolved="1891")
king_sa = kb.ent(None, "ملك المملكة العربية السعودية", "King of Saudi Arabia", ["ملك السعودية"], cls=POSITION)
king_hejaz = kb.ent(None, "ملك الحجاز", "King of Hejaz", cls=POSITION)
ruler_kw = kb.ent(None, "حاكم الكويت", "Ruler of Kuwait", ["أمير الكويت"], cls=POSITION)

abdulaziz = P("عبد العزيز آل سعود", "Ibn Saud", M, "1875-01-15", "1953-11-09", riyadh, taif,
              ["عبد العزيز", "ابن سعود", "الملك عبد العزيز", "عبد العزيز بن عبد الرحمن"],
              ["Abdulaziz bin Abdul Rahman Al Saud"], job=[("ملك", "monarch")])
abdulrahman = P("عبد الرحمن بن فيصل", "Abdul Rahman bin Faisal", M, "1850", "1928-06", riyadh, riyadh,
                ["عبد الرحمن بن فيصل آل سعود"])
sara = P("سارة بنت أحمد السديري", "Sara bint Ahmad Al Sudairi", F, None, "1910")
kb.married(abdulrahman, sara)
nura = P("نورة بنت عبد الرحمن", "Nora bint Abdul Rahman", F, "1875", "1950", riyadh, riyadh)
muhammad_ar = P("محمد بن عبد الرحمن", "Muhammad bin Abdul Rahman", M, "1877", "1943")
kids(abdulrahman, sara, abdulaziz, nura, muhammad_ar)
kb.siblings(abdulaziz, nura, muhammad_ar)
mubarak = P("مبارك الصباح", "Mubarak Al-Sabah", M, "1837", "1915-11-28", kuwait_city, kuwait_city,
            ["مبارك الكبير"], job=[("حاكم", "ruler")])
kb.link(mubarak, "P39", ruler_kw, "1896-05-18", "1915-11-28")
saud = P("سعود بن عبد العزيز", "King Saud", M, "1902-01-15", "1969-02-23", kuwait_city, athens, ["سعود", "الملك سعود"],
         job=[("ملك", "monarch")])
faisal = P("فيصل بن عبد العزيز", "King Faisal", M, "1906-04-14", "1975-03-25", riyadh, riyadh, ["فيصل", "الملك فيصل"],
           job=[("ملك", "monarch")])
khalid = P("خالد بن عبد العزيز", "King Khalid", M, "1913-02-13", "1982-06-13", riyadh, taif, ["خالد", "الملك خالد"],
           job=[("ملك", "monarch")])
fahd = P("فهد بن عبد العزيز", "King Fahd", M, "1921", "2005-08-01", riyadh, riyadh, ["فهد", "الملك فهد"],
         job=[("ملك", "monarch")])
musaid = P("مساعد بن عبد العزيز", "Musa'id bin Abdulaziz", M, "1923", "2013")
kids(abdulaziz, None, saud, faisal, khalid, fahd, musaid)
kb.siblings(saud, faisal, khalid, fahd, musaid)
faisal_m = P("فيصل بن مساعد", "Faisal bin Musaid", M, "1944-04-04", "1975-06-18", None, riyadh,
             ["فيصل بن مساعد بن عبد العزيز"])
kids(musaid, None, faisal_m)
kb.link(faisal, "P157", faisal_m)
kb.link(abdulaziz, "P39", king_hejaz, "1926-01-08", "1932-09-23")
kb.link(abdulaziz, "P39", king_sa, "1932-09-23", "1953-11-09")
kb.link(saud, "P39", king_sa, "1953-11-09", "1964-11-02")
kb.link(faisal, "P39", king_sa, "1964-11-02", "1975-03-25")
kb.link(khalid, "P39", king_sa, "1975-03-25", "1982-06-13")
kb.link(fahd, "P39", king_sa, "1982-06-13", "2005-08-01")
kb.link(abdulaziz, "P119", oud)
kb.link(abdulrahman, "P39", kb.ent(None, "إمام الدولة السعودية الثانية", "Imam of the Second Saudi State", cls=POSITION),
        "1875", "1891")
riyadh_capture = kb.ent(None, "دخول الرياض", "Capture of Riyadh (1902)", ["استعادة الرياض", "فتح الرياض"], cls=EVENT)
kb.date(riyadh_capture, "P585", "1902-01-15")
kb.link(riyadh_capture, "P276", riyadh)
kb.link(riyadh_capture, "P710", abdulaziz)
kb.link(riyadh_capture, "P710", muhammad_ar)
kb.link(abdulaziz, "P793", riyadh_capture)

# ---------------------------------------------------------------- The Bach family
thuringia = pl("تورينغن", "Thuringia", REGION, country=germany, ar_aliases=["تورنغن"])
saxony = pl("ساكسونيا", "Saxony", REGION, country=germany)
eisenach = pl("آيزناخ", "Eisenach", CITY, inside=thuringia, country=germany)
erfurt = pl("إرفورت", "Erfurt", CITY, inside=thuringia, country=germany)
arnstadt = pl("آرنشتات", "Arnstadt", TOWN, inside=thuringia, country=germany)
dornheim = pl("دورنهايم", "Dornheim", VILLAGE, inside=arnstadt, country=germany)
ohrdruf = pl("أوردروف", "Ohrdruf", TOWN, inside=thuringia, country=germany)
muhlhausen = pl("مولهاوزن", "Mühlhausen", TOWN, inside=thuringia, country=germany)
weimar = pl("فايمار", "Weimar", CITY, inside=thuringia, country=germany)
gehren = pl("غيرن", "Gehren", VILLAGE, inside=thuringia, country=germany)
kothen = pl("كوتن", "Köthen", TOWN, country=germany)
zeitz = pl("تسايتس", "Zeitz", TOWN, country=germany)
leipzig = pl("لايبزيغ", "Leipzig", CITY, inside=saxony, country=germany)
buckeburg = pl("بوكبورغ", "Bückeburg", TOWN, country=germany)
halle = pl("هاله", "Halle (Saale)", CITY, country=germany)
magdeburg = pl("ماغدبورغ", "Magdeburg", CITY, country=germany)
potsdam = pl("بوتسدام", "Potsdam", CITY, country=germany)
karlsbad = pl("كارلسباد", "Karlovy Vary", TOWN, country=czech, ar_aliases=["كارلوفي فاري"])
thomaskirche = kb.ent(None, "كنيسة القديس توما", "St. Thomas Church, Leipzig", ["كنيسة القديس توما في لايبزيغ"],
                      cls=CHURCH)
kb.link(thomaskirche, "P131", leipzig)
pos_arnstadt = kb.ent(None, "عازف أرغن الكنيسة الجديدة في آرنشتات", "Organist of the New Church, Arnstadt", cls=POSITION)
pos_muhl = kb.ent(None, "عازف أرغن كنيسة القديس بلاسيوس في مولهاوزن", "Organist of Divi Blasii, Mühlhausen",
                  cls=POSITION)
pos_weimar = kb.ent(None, "عازف أرغن بلاط فايمار", "Court organist at Weimar", cls=POSITION)
pos_kothen = kb.ent(None, "قائد موسيقى بلاط كوتن", "Kapellmeister at Köthen", cls=POSITION)
thomaskantor = kb.ent(None, "قائد جوقة كنيسة القديس توما", "Thomaskantor", ["كانتور كنيسة القديس توما"], cls=POSITION)
kb.link(thomaskantor, "P642", thomaskirche)
pos_ohrdruf = kb.ent(None, "عازف أرغن كنيسة القديس ميخائيل في أوردروف", "Organist of St. Michael's, Ohrdruf",
                     cls=POSITION)
pos_halle = kb.ent(None, "عازف أرغن كنيسة السوق في هاله", "Organist of the Market Church, Halle", cls=POSITION)
pos_hamburg = kb.ent(None, "مدير موسيقى مدينة هامبورغ", "Music director of Hamburg", cls=POSITION)
pos_buck = kb.ent(None, "قائد موسيقى بلاط بوكبورغ", "Konzertmeister at Bückeburg", cls=POSITION)
king_prussia = kb.ent(None, "ملك بروسيا", "King of Prussia", cls=POSITION)

js = P("يوهان سيباستيان باخ", "Johann Sebastian Bach", M, "1685-03-31", "1750-07-28", eisenach, leipzig,
       ["باخ", "يوهان سيباستيان"], job=[("مؤلف موسيقي", "composer"), ("عازف أرغن", "organist")])
ambrosius = P("يوهان أمبروزيوس باخ", "Johann Ambrosius Bach", M, "1645-02-22", "1695-02-20", erfurt, eisenach,
              ["أمبروزيوس باخ"], job=[("عازف كمان", "violinist")])
jc_twin = P("يوهان كريستوف باخ", "Johann Christoph Bach (1645–1693)", M, "1645-02-22", "1693-08-25", erfurt, arnstadt,
            job=[("موسيقي", "musician")])
kb.siblings(ambrosius, jc_twin)
maria_el = P("ماريا إليزابيث لمرهيرت", "Maria Elisabeth Lämmerhirt", F, "1644-02-24", "1694-05-01", erfurt, eisenach)
kb.married(ambrosius, maria_el, "1668-04-08", "1694-05-01")
jc_bro = P("يوهان كريستوف باخ", "Johann Christoph Bach (1671–1721)", M, "1671-06-16", "1721-02-22", erfurt, ohrdruf,
           ["يوهان كريستوف"], job=[("عازف أرغن", "organist")])
kids(ambrosius, maria_el, jc_bro, js)
kb.siblings(jc_bro, js)
kb.link(jc_bro, "P39", pos_ohrdruf, "1690", "1721")
maria_b = P("ماريا باربرا باخ", "Maria Barbara Bach", F, "1684-10-20", "1720-07-07", gehren, kothen, ["ماريا باربرا"])
anna_m = P("آنا ماغدالينا فيلكه", "Anna Magdalena Bach", F, "1701-09-22", "1760-02-27", zeitz, leipzig,
           ["آنا ماغدالينا باخ", "آنا ماغدالينا"], ["Anna Magdalena Wilcke"], job=[("مغنية", "singer")])
kb.married(js, maria_b, "1707-10-17", "1720-07-07")
kb.married(js, anna_m, "1721-12-03", "1750-07-28")
wf = P("فيلهلم فريدمان باخ", "Wilhelm Friedemann Bach", M, "1710-11-22", "1784-07-01", weimar, berlin,
       ["فيلهلم فريدمان"], job=[("عازف أرغن", "organist")])
cpe = P("كارل فيليب إيمانويل باخ", "Carl Philipp Emanuel Bach", M, "1714-03-08", "1788-12-14", weimar, hamburg,
        ["كارل فيليب إيمانويل"], job=[("مؤلف موسيقي", "composer")])
kids(js, maria_b, wf, cpe)
jcf = P("يوهان كريستوف فريدريش باخ", "Johann Christoph Friedrich Bach", M, "1732-06-21", "1795-01-26", leipzig,
        buckeburg, ["يوهان كريستوف فريدريش"], job=[("مؤلف موسيقي", "composer")])
jch = P("يوهان كريستيان باخ", "Johann Christian Bach", M, "1735-09-05", "1782-01-01", leipzig, london,
        ["يوهان كريستيان"], job=[("مؤلف موسيقي", "composer")])
kids(js, anna_m, jcf, jch)
kb.siblings(wf, cpe, jcf, jch)
wfe = P("فيلهلم فريدريش إرنست باخ", "Wilhelm Friedrich Ernst Bach", M, "1759-05-24", "1845-12-25", buckeburg, berlin,
        job=[("مؤلف موسيقي", "composer")])
kids(jcf, None, wfe)
kb.link(js, "P39", pos_arnstadt, "1703", "1707")
kb.link(js, "P39", pos_muhl, "1707", "1708")
kb.link(js, "P39", pos_weimar, "1708", "1717")
kb.link(js, "P39", pos_kothen, "1717", "1723")
kb.link(js, "P39", thomaskantor, "1723", "1750-07-28")
kb.link(wf, "P39", pos_halle, "1746", "1764")
kb.link(jcf, "P39", pos_buck, "1750", "1795-01-26")
frederick = P("فريدريش الثاني", "Frederick the Great", M, "1712-01-24", "1786-08-17", berlin, potsdam,
              ["فريدريش الكبير"], job=[("ملك", "monarch")])
kb.link(frederick, "P39", king_prussia, "1740-05-31", "1786-08-17")
telemann = P("غيورغ فيليب تيليمان", "Georg Philipp Telemann", M, "1681-03-24", "1767-06-25", magdeburg, hamburg,
             ["تيليمان"], job=[("مؤلف موسيقي", "composer")])
kb.link(telemann, "P39", pos_hamburg, "1721", "1767-06-25")
kb.link(cpe, "P39", pos_hamburg, "1768", "1788-12-14")
kb.link(cpe, "P108", frederick, "1740", "1768")
kb.link(cpe, "P1290", telemann)
leopold = P("ليوبولد أمير أنهالت كوتن", "Leopold, Prince of Anhalt-Köthen", M, "1694-11-29", "1728-11-19", None, kothen,
            ["الأمير ليوبولد"])
kb.link(js, "P108", leopold, "1717", "1723")

# ---------------------------------------------------------------- American University of Beirut
lebanon = pl("لبنان", "Lebanon", COUNTRY)
beirut = pl("بيروت", "Beirut", CITY, country=lebanon)
ras_beirut = pl("رأس بيروت", "Ras Beirut", DISTRICT, inside=beirut, country=lebanon)
mount_lebanon = pl("جبل لبنان", "Mount Lebanon Governorate", REGION, country=lebanon)
souk_gharb = pl("سوق الغرب", "Souk El Gharb", VILLAGE, inside=mount_lebanon, country=lebanon)
koura = pl("الكورة", "Koura District", REGION, country=lebanon, ar_aliases=["قضاء الكورة"])
btourram = pl("بطرّام", "Btourram", VILLAGE, inside=koura, country=lebanon, ar_aliases=["بطرام"])
vermont = pl("فيرمونت", "Vermont", USSTATE, country=usa)
georgia_vt = pl("جورجيا", "Georgia, Vermont", TOWN, inside=vermont, country=usa)
ny_state = pl("ولاية نيويورك", "New York (state)", USSTATE, country=usa, ar_aliases=["نيويورك"])
nyc = pl("نيويورك", "New York City", CITY, inside=ny_state, country=usa, ar_aliases=["مدينة نيويورك"])
kinderhook = pl("كيندرهوك", "Kinderhook", VILLAGE, inside=ny_state, country=usa)
new_jersey = pl("نيوجيرسي", "New Jersey", USSTATE, country=usa)
princeton = pl("برنستون", "Princeton", TOWN, inside=new_jersey, country=usa)
syria = pl("سوريا", "Syria", COUNTRY)
damascus = pl("دمشق", "Damascus", CITY, country=syria)
egypt = pl("مصر", "Egypt", COUNTRY)
cairo = pl("القاهرة", "Cairo", CITY, country=egypt)
lydda = pl("اللد", "Lydda", CITY, ar_aliases=["لد"])
jaffa = pl("يافا", "Jaffa", CITY)
jordan = pl("الأردن", "Jordan", COUNTRY)
amman = pl("عمّان", "Amman", CITY, country=jordan, ar_aliases=["عمان"])
greater_lebanon = org("لبنان الكبير", "State of Greater Lebanon", HIST, founded="1920-09-01", dissolved="1926-05-23",
                      ar_aliases=["دولة لبنان الكبير"])
aub = org("الجامعة الأميركية في بيروت", "American University of Beirut", UNIV, founded="1866", located=ras_beirut,
          ar_aliases=["الكلية السورية الإنجيلية", "الجامعة الأمريكية في بيروت"], en_aliases=["Syrian Protestant College"])
aub_med = org("كلية الطب في الجامعة الأميركية في بيروت", "AUB Faculty of Medicine", ORG, founded="1867", located=ras_beirut,
              ar_aliases=["كلية الطب"])
kb.link(aub_med, "P361", aub)
aub_pres = kb.ent(None, "رئيس الجامعة الأميركية في بيروت", "President of the American University of Beirut",
                  cls=POSITION)
kb.link(aub_pres, "P642", aub)
unga = org("الجمعية العامة للأمم المتحدة", "United Nations General Assembly", ORG, founded="1945-10-24")
unga_pres = kb.ent(None, "رئيس الجمعية العامة للأمم المتحدة", "President of the United Nations General Assembly",
                   cls=POSITION)
kb.link(unga_pres, "P642", unga)

daniel = P("دانيال بليس", "Daniel Bliss", M, "1823-08-17", "1916-07-27", georgia_vt, beirut,
           job=[("مبشر", "missionary")])
kb.link(aub, "P112", daniel)
howard = P("هوارد بليس", "Howard Bliss", M, "1860-12-06", "1920-05-02", souk_gharb, None, ["هوارد"],
           job=[("قس", "pastor")])
kids(daniel, None, howard)
mary = P("ماري بليس", "Mary Bliss Dodge", F, "1890", None, None, None, ["ماري بليس دودج"])
kids(howard, None, mary)
dodge = P("بايارد دودج", "Bayard Dodge", M, "1888-02-05", "1972-05-31", nyc, princeton, ["دودج"],
          job=[("مستشرق", "orientalist")])
kb.married(dodge, mary, "1914")
vandyck = P("كرنيليوس فان دايك", "Cornelius Van Alen Van Dyck", M, "1818-08-13", "1895-11-13", kinderhook, beirut,
            ["فان دايك"], job=[("طبيب", "physician"), ("مبشر", "missionary")])
lewis = P("إدوين لويس", "Edwin Lewis", M, job=[("أستاذ جامعي", "professor")])
kb.link(lewis, "P108", aub, "1870", "1882")
zureiq = P("قسطنطين زريق", "Constantine Zureiq", M, "1909-04-18", "2000-08-11", damascus, beirut, ["زريق"],
           job=[("مؤرخ", "historian")])
malik = P("شارل مالك", "Charles Malik", M, "1906-02-11", "1987-12-28", btourram, beirut,
          job=[("فيلسوف", "philosopher"), ("دبلوماسي", "diplomat")])
habash = P("جورج حبش", "George Habash", M, "1926-08-02", "2008-01-26", lydda, amman, ["حبش"],
           job=[("طبيب", "physician"), ("سياسي", "politician")])
kerr = P("مالكوم كير", "Malcolm H. Kerr", M, "1931-10-08", "1984-01-18", beirut, beirut, ["كير"],
         job=[("مستشرق", "orientalist")])
kb.link(daniel, "P39", aub_pres, "1866", "1902")
kb.link(howard, "P39", aub_pres, "1902", "1920-05-02")
kb.link(dodge, "P39", aub_pres, "1923", "1948")
kb.link(zureiq, "P39", aub_pres, "1952", "1954")
kb.link(kerr, "P39", aub_pres, "1982", "1984-01-18")
kb.link(vandyck, "P108", aub, "1867", "1882")
kb.link(zureiq, "P108", aub)
kb.link(malik, "P69", aub, None, "1927")
kb.link(malik, "P39", unga_pres, "1958-09-16", "1959-09-15")
kb.link(habash, "P69", aub, None, "1951")

# ---------------------------------------------------------------- Louis Pasteur
jura = pl("جورا", "Jura (department)", REGION, country=france, ar_aliases=["إقليم جورا"])
dole = pl("دول", "Dole", TOWN, inside=jura, country=france)
arbois = pl("أربوا", "Arbois", TOWN, inside=jura, country=france)
besancon = pl("بيزانسون", "Besançon", CITY, country=france)
strasbourg = pl("ستراسبورغ", "Strasbourg", CITY, country=france)
clermont = pl("كليرمون فيران", "Clermont-Ferrand", CITY, country=france)
lille = pl("ليل", "Lille", CITY, country=france)
marnes = pl("مارن لا كوكيت", "Marnes-la-Coquette", TOWN, country=france)
avallon = pl("أفالون", "Avallon", TOWN, country=france)
steige = pl("شتايج", "Steige", VILLAGE, country=france)
confolens = pl("كونفولان", "Confolens", TOWN, country=france)
aurillac = pl("أوريلاك", "Aurillac", TOWN, country=france)
college_besancon = org("الكلية الملكية في بيزانسون", "Collège royal de Besançon", SCHOOL, located=besancon)
ens = org("دار المعلمين العليا", "École normale supérieure", UNIV, founded="1794", located=paris,
          ar_aliases=["المدرسة العليا للأساتذة"])
ustrasbourg = org("جامعة ستراسبورغ", "University of Strasbourg", UNIV, founded="1538", located=strasbourg)
lille_fac = org("كلية العلوم في ليل", "Faculty of Sciences of Lille", ORG, founded="1854", located=lille)
acad_sci = org("أكاديمية العلوم", "French Academy of Sciences", ACADEMY, founded="1666-12-22", located=paris,
               ar_aliases=["أكاديمية العلوم الفرنسية"])
acad_med = org("الأكاديمية الوطنية للطب", "Académie nationale de médecine", ACADEMY, founded="1820", located=paris)
acad_fr = org("الأكاديمية الفرنسية", "Académie française", ACADEMY, founded="1635", located=paris)
copley = kb.ent(None, "وسام كوبلي", "Copley Medal", ["ميدالية كوبلي"], cls=AWARD)
kb.link(copley, "P1027", royal_society)
institut = org("معهد باستور", "Pasteur Institute", ORG, founded="1887-06-04", located=paris)
kb.date(institut, "P1619", "1888-11-14")
dean_lille = kb.ent(None, "عميد كلية العلوم في ليل", "Dean of the Faculty of Sciences of Lille", cls=POSITION)
kb.link(dean_lille, "P642", lille_fac)
ens_dir = kb.ent(None, "مدير الدراسات العلمية في دار المعلمين العليا",
                 "Director of scientific studies at the École normale supérieure", cls=POSITION)
kb.link(ens_dir, "P642", ens)
inst_dir = kb.ent(None, "مدير معهد باستور", "Director of the Pasteur Institute", cls=POSITION)
kb.link(inst_dir, "P642", institut)

pasteur = P("لويس باستور", "Louis Pasteur", M, "1822-12-27", "1895-09-28", dole, marnes, ["باستور"],
            job=[("كيميائي", "chemist"), ("عالم أحياء دقيقة", "microbiologist")])
jj = P("جان جوزيف باستور", "Jean-Joseph Pasteur", M, "1791", "1865-06-15", None, arbois, job=[("دباغ", "tanner")])
roqui = P("جان إتيينيت روكي", "Jeanne-Étiennette Roqui", F, "1793", "1848-05-21", None, arbois)
kb.married(jj, roqui)
kids(jj, roqui, pasteur)
marie = P("ماري لوران", "Marie Pasteur", F, "1826-01-15", "1910-09-28", clermont, paris, ["ماري باستور"])
kb.married(pasteur, marie, "1849-05-29", "1895-09-28")
jeanne = P("جان باستور", "Jeanne Pasteur", F, "1850-04-02", "1859-09-10", strasbourg, arbois, ["جان"])
jb = P("جان باتيست باستور", "Jean-Baptiste Pasteur", M, "1851", "1908", strasbourg, None, ["جان باتيست"])
cecile = P("سيسيل باستور", "Cécile Pasteur", F, "1853-10-01", "1866-05-23", strasbourg, None, ["سيسيل"])
ml = P("ماري لويز باستور", "Marie-Louise Pasteur", F, "1858-07-19", "1934", paris, None, ["ماري لويز"])
camille = P("كامي باستور", "Camille Pasteur", F, "1863-07-15", "1865-09-11", paris, None, ["كامي"])
kids(pasteur, marie, jeanne, jb, cecile, ml, camille)
kb.siblings(jeanne, jb, cecile, ml, camille)
rene = P("رينيه فاليري رادو", "René Vallery-Radot", M, "1853-10-01", "1933", avallon, paris, job=[("كاتب", "writer")])
kb.married(rene, ml, "1879")
lpvr = P("لويس باستور فاليري رادو", "Louis Pasteur Vallery-Radot", M, "1886-05-13", "1970-10-09", paris, paris,
         job=[("طبيب", "physician")])
kids(rene, ml, lpvr)
kb.link(lpvr, "P463", acad_fr, "1944")
meister = P("جوزيف مايستر", "Joseph Meister", M, "1876-02-21", "1940-06-24", steige, paris)
kb.link(meister, "P108", institut)
duclaux = P("إميل دوكلو", "Émile Duclaux", M, "1840-06-24", "1904-05-03", aurillac, paris, job=[("كيميائي", "chemist")])
roux = P("إميل رو", "Émile Roux", M, "1853-12-17", "1933-11-03", confolens, paris, job=[("طبيب", "physician")])
kb.link(pasteur, "P551", arbois)
kb.link(pasteur, "P69", college_besancon)
kb.link(pasteur, "P69", ens, "1843", "1847")
kb.link(pasteur, "P108", ustrasbourg, "1849", "1854")
kb.link(pasteur, "P39", dean_lille, "1854", "1857")
kb.link(pasteur, "P39", ens_dir, "1857", "1867")
kb.link(pasteur, "P39", inst_dir, "1887", "1895-09-28")
kb.link(duclaux, "P39", inst_dir, "1895", "1904")
kb.link(roux, "P39", inst_dir, "1904", "1933")
kb.link(pasteur, "P463", acad_sci, "1862-12-08")
kb.link(pasteur, "P463", acad_med, "1873")
kb.link(pasteur, "P463", acad_fr, "1881-12-08")
kb.link(pasteur, "P166", copley, at="1874")
kb.link(pasteur, "P119", institut)
kb.link(institut, "P112", pasteur)

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "..", "data", "kb", "dev10b.json")
    kb.write(out)
    print(f"{len(kb.entities)} entities -> {os.path.normpath(out)}")
