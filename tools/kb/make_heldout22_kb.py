"""Generates data/kb/heldout22.json, the KB of the twenty-second held-out set (Arab painters, sculptors, calligraphers
of the 19th-21st centuries and their schools, museums and biennials). Local ids Q90065001-Q90065999; only classes,
occupations and sex values keep Wikidata ids. Facts from memory of standard reference works; a year only where the day
is not certain. Run: python3 tools/kb/make_heldout22_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, REGION, DISTRICT = "Q515", "Q532", "Q6256", "Q10864048", "Q123705"
SCHOOL, UNIVERSITY, MUSEUM, AWARD, ORG, COURT, EXHIBITION, POSITION, NEWSPAPER, WORK = (
    "Q3914", "Q3918", "Q33506", "Q618779", "Q43229", "Q41487", "Q464980", "Q4164871", "Q11032", "Q838948")
SCULPTOR, PAINTER, CALLIGRAPHER, ARCHITECT, POLITICIAN, JUDGE, ACTOR, SINGER, DIRECTOR, COMPOSER, POET, WRITER, \
    ACTIVIST, MONARCH, OFFICER, PHOTOGRAPHER = (
        "Q1281618", "Q1028181", "Q3303330", "Q42973", "Q82955", "Q16533", "Q33999", "Q177220", "Q2526255",
        "Q36834", "Q49757", "Q36180", "Q15253558", "Q116", "Q189290", "Q33231")

b = KbBuilder(90065000)


def occ(e, *jobs):
    for j in jobs:
        e.item("P106", j)


# ---- places
egypt = b.place("مصر", "Egypt", COUNTRY)
iraq = b.place("العراق", "Iraq", COUNTRY)
syria = b.place("سوريا", "Syria", COUNTRY, ["سورية"])
lebanon = b.place("لبنان", "Lebanon", COUNTRY)
turkey = b.place("تركيا", "Turkey", COUNTRY)
france = b.place("فرنسا", "France", COUNTRY)
italy = b.place("إيطاليا", "Italy", COUNTRY)
uk = b.place("المملكة المتحدة", "United Kingdom", COUNTRY)
usa = b.place("الولايات المتحدة", "United States", COUNTRY)
germany = b.place("ألمانيا", "Germany", COUNTRY)
uae = b.place("الإمارات العربية المتحدة", "United Arab Emirates", COUNTRY, ["الإمارات"])
cairo = b.place("القاهرة", "Cairo", CITY, country=egypt)
alexandria = b.place("الإسكندرية", "Alexandria", CITY, country=egypt)
anfushi = b.place("الأنفوشي", "Anfushi", DISTRICT, inside=alexandria, country=egypt)
kafr = b.place("محافظة كفر الشيخ", "Kafr El Sheikh Governorate", REGION, ["كفر الشيخ"], country=egypt)
tanbara = b.place("طنبارة", "Tanbara", VILLAGE, inside=kafr, country=egypt)
minya = b.place("المنيا", "Minya", CITY, country=egypt)
baghdad = b.place("بغداد", "Baghdad", CITY, country=iraq)
haydarkhana = b.place("الحيدرخانة", "Al-Haydarkhana", DISTRICT, inside=baghdad, country=iraq)
mosul = b.place("الموصل", "Mosul", CITY, country=iraq)
ankara = b.place("أنقرة", "Ankara", CITY, country=turkey)
istanbul = b.place("إسطنبول", "Istanbul", CITY, country=turkey)
diyarbakir = b.place("ديار بكر", "Diyarbakir", CITY, ["دياربكر"], country=turkey)
izmir = b.place("إزمير", "Izmir", CITY, ["سميرنا"], country=turkey)
aleppo_gov = b.place("محافظة حلب", "Aleppo Governorate", REGION, country=syria)
aleppo = b.place("حلب", "Aleppo", CITY, inside=aleppo_gov, country=syria)
hreitan = b.place("حريتان", "Hreitan", VILLAGE, inside=aleppo_gov, country=syria)
hama = b.place("حماة", "Hama", CITY, country=syria)
damascus = b.place("دمشق", "Damascus", CITY, country=syria)
beirut = b.place("بيروت", "Beirut", CITY, country=lebanon)
paris = b.place("باريس", "Paris", CITY, country=france)
rome = b.place("روما", "Rome", CITY, country=italy)
venice = b.place("البندقية", "Venice", CITY, country=italy)
london = b.place("لندن", "London", CITY, country=uk)
kassel = b.place("كاسل", "Kassel", CITY, country=germany)
sharjah = b.place("الشارقة", "Sharjah", CITY, ["إمارة الشارقة"], country=uae)
san_rafael = b.place("سان رافاييل", "San Rafael", CITY, country=usa)

# ---- institutions
fine_arts_cairo = b.org("مدرسة الفنون الجميلة", "School of Fine Arts, Cairo", SCHOOL,
                        ["كلية الفنون الجميلة بالقاهرة"], founded="1908-05-12", located=cairo)
ensba = b.org("المدرسة الوطنية العليا للفنون الجميلة", "École nationale supérieure des Beaux-Arts", SCHOOL,
              founded="1817", located=paris)
mokhtar_museum = b.org("متحف محمود مختار", "Mahmoud Mokhtar Museum", MUSEUM, founded="1962", located=cairo)
law_school = b.org("مدرسة الحقوق الفرنسية", "French School of Law, Cairo", SCHOOL, founded="1890", located=cairo)
mixed_courts = b.org("المحاكم المختلطة", "Mixed Courts of Egypt", COURT, founded="1875", dissolved="1949",
                     located=alexandria)
state_award = b.ent(None, "جائزة الدولة التقديرية", "State Merit Award (Egypt)", cls=AWARD)
royal_callig = b.org("مدرسة تحسين الخطوط الملكية", "Royal School of Arabic Calligraphy", SCHOOL,
                     ["مدرسة تحسين الخطوط"], founded="1922", located=cairo)
fine_arts_baghdad = b.org("معهد الفنون الجميلة", "Institute of Fine Arts, Baghdad", SCHOOL, founded="1936",
                          located=baghdad)
slade = b.org("مدرسة سليد للفنون الجميلة", "Slade School of Fine Art", SCHOOL, founded="1871", located=london)
baghdad_group = b.org("جماعة بغداد للفن الحديث", "Baghdad Modern Art Group", ORG, founded="1951", located=baghdad)
pioneers = b.org("جماعة الرواد", "Société Primitive (Al-Ruwwad)", ORG, founded="1950", located=baghdad)
rome_academy = b.org("أكاديمية الفنون الجميلة في روما", "Accademia di Belle Arti di Roma", SCHOOL, located=rome)
venice_biennale = b.org("بينالي البندقية", "Venice Biennale", EXHIBITION, founded="1895", located=venice)
damascus_fa = b.org("كلية الفنون الجميلة", "Faculty of Fine Arts, Damascus University", SCHOOL, founded="1960",
                    located=damascus)
sharjah_biennial = b.org("بينالي الشارقة", "Sharjah Biennial", EXHIBITION, founded="1993", located=sharjah)
sharjah_museum = b.org("متحف الشارقة للفنون", "Sharjah Art Museum", MUSEUM, founded="1997", located=sharjah)
saf = b.org("مؤسسة الشارقة للفنون", "Sharjah Art Foundation", ORG, founded="2009", located=sharjah)
royal_academy = b.org("الأكاديمية الملكية للفنون", "Royal Academy of Arts", SCHOOL, founded="1768", located=london)
ruler_sharjah = b.ent(None, "حاكم الشارقة", "Ruler of Sharjah", cls=POSITION)
sorbonne = b.org("جامعة السوربون", "University of Paris (Sorbonne)", UNIVERSITY, located=paris)
berkeley = b.org("جامعة كاليفورنيا في بيركلي", "University of California, Berkeley", UNIVERSITY, founded="1868")
harvard = b.org("جامعة هارفارد", "Harvard University", UNIVERSITY, founded="1636")
dominican = b.org("كلية الدومينيكان في سان رافاييل", "Dominican College of San Rafael", SCHOOL, founded="1890",
                  located=san_rafael)
safa = b.org("الصفاء", "Al Safa (newspaper)", NEWSPAPER, located=beirut)
documenta = b.org("دوكومنتا", "documenta", EXHIBITION, founded="1955", located=kassel)

# ---- Mahmoud Mokhtar
mokhtar = b.person("محمود مختار", "Mahmoud Mokhtar", M, born="1891-05-10", died="1934-03-27", birthplace=tanbara,
                   deathplace=cairo)
occ(mokhtar, SCULPTOR)
b.link(mokhtar, "P69", fine_arts_cairo)
b.link(mokhtar, "P69", ensba)
youssef_kamal = b.person("يوسف كمال", "Prince Youssef Kamal", M, ["الأمير يوسف كمال"])
b.link(fine_arts_cairo, "P112", youssef_kamal)
laplagne = b.person("غيوم لابلان", "Guillaume Laplagne", M)
occ(laplagne, SCULPTOR)
b.link(laplagne, "P108", fine_arts_cairo)
zaghloul = b.person("سعد زغلول", "Saad Zaghloul", M, born="1859", died="1927-08-23", deathplace=cairo)
occ(zaghloul, POLITICIAN)
shaarawi = b.person("هدى شعراوي", "Huda Shaarawi", F, born="1879-06-23", died="1947-12-12", birthplace=minya,
                    deathplace=cairo)
occ(shaarawi, ACTIVIST)
wissa = b.person("رمسيس ويصا واصف", "Ramses Wissa Wassef", M, born="1911", died="1974")
occ(wissa, ARCHITECT)
nahdet = b.ent(None, "نهضة مصر", "Egypt's Renaissance (statue)", cls=WORK)
b.link(nahdet, "P170", mokhtar)
b.date(nahdet, "P571", "1928")

# ---- Mahmoud Said
said = b.person("محمود سعيد", "Mahmoud Said", M, born="1897-04-08", died="1964-04-08", birthplace=anfushi,
                deathplace=alexandria)
occ(said, PAINTER, JUDGE)
said_father = b.person("محمد سعيد باشا", "Mohamed Said Pasha", M, born="1863", died="1928", birthplace=alexandria)
occ(said_father, POLITICIAN)
zeinab = b.person("زينب سعيد", "Zeinab Said", F)
b.parents(said, father=said_father)
b.parents(zeinab, father=said_father)
b.siblings(said, zeinab)
b.link(said, "P69", law_school)
b.link(said, "P108", mixed_courts, end="1947")
b.link(said, "P166", state_award, at="1960")
farida = b.person("فريدة", "Queen Farida", F, ["الملكة فريدة", "صافيناز ذو الفقار"],
                  born="1921-09-05", died="1988-10-16", birthplace=alexandria, deathplace=cairo)
zulficar = b.person("يوسف ذو الفقار", "Youssef Zulficar Pasha", M, ["يوسف ذو الفقار باشا"])
b.parents(farida, father=zulficar, mother=zeinab)
b.married(zulficar, zeinab)
farouk = b.person("فاروق", "Farouk of Egypt", M, ["الملك فاروق", "فاروق الأول"], born="1920-02-11",
                  died="1965-03-18", birthplace=cairo)
occ(farouk, MONARCH)
b.married(farouk, farida, start="1938-01-20", end="1948-11-17")
seif = b.person("سيف وانلي", "Seif Wanly", M, born="1906-03-31", died="1979-02-15", birthplace=alexandria)
occ(seif, PAINTER)

# ---- Hashem al-Baghdadi
baghdadi = b.person("هاشم محمد البغدادي", "Hashem Muhammad al-Baghdadi", M, ["هاشم البغدادي"], born="1917",
                    died="1973-05-30", birthplace=haydarkhana, deathplace=baghdad)
occ(baghdadi, CALLIGRAPHER)
fadli = b.person("علي الفضلي", "Mulla Ali al-Fadli", M, ["الملا علي الفضلي"])
occ(fadli, CALLIGRAPHER)
b.link(baghdadi, "P1066", fadli)
b.link(baghdadi, "P69", royal_callig)
fuad = b.person("فؤاد الأول", "Fuad I of Egypt", M, ["الملك فؤاد"], born="1868-03-26", died="1936-04-28",
                birthplace=cairo, deathplace=cairo)
occ(fuad, MONARCH)
b.parents(farouk, father=fuad)
b.link(royal_callig, "P112", fuad)
sayyid = b.person("سيد إبراهيم", "Sayyid Ibrahim", M, born="1897", died="1994", birthplace=cairo, deathplace=cairo)
occ(sayyid, CALLIGRAPHER)
b.link(sayyid, "P108", royal_callig)
hosni = b.person("محمد حسني", "Mohammed Hosni", M, ["محمد حسني البابا"], birthplace=damascus, deathplace=cairo)
occ(hosni, CALLIGRAPHER)
b.link(hosni, "P108", royal_callig)
amidi = b.person("حامد الآمدي", "Hamid Aytaç al-Amidi", M, ["حامد آيتاچ"], born="1891", died="1982-02-18",
                 birthplace=diyarbakir, deathplace=istanbul)
occ(amidi, CALLIGRAPHER)
b.link(baghdadi, "P1066", sayyid)
b.link(baghdadi, "P1066", hosni)
b.link(baghdadi, "P1066", amidi)
b.link(baghdadi, "P108", fine_arts_baghdad)
rules = b.ent(None, "قواعد الخط العربي", "Rules of Arabic Calligraphy (book)", cls=WORK)
b.link(rules, "P50", baghdadi)
b.date(rules, "P577", "1961")

# ---- Jewad Salim
jewad = b.person("جواد سليم", "Jewad Salim", M, born="1919", died="1961-01-23", birthplace=ankara,
                 deathplace=baghdad)
occ(jewad, SCULPTOR, PAINTER)
m_salim = b.person("محمد سليم", "Mohammed Haji Salim", M, ["الحاج محمد سليم"])
occ(m_salim, OFFICER, PAINTER)
suad = b.person("سعاد سليم", "Suad Salim", M)
nizar = b.person("نزار سليم", "Nizar Salim", M, born="1925", died="1982")
naziha = b.person("نزيهة سليم", "Naziha Salim", F, born="1927", died="2008")
occ(naziha, PAINTER)
for child in (jewad, suad, nizar, naziha):
    b.parents(child, father=m_salim)
b.siblings(jewad, suad, nizar, naziha)
lorna = b.person("لورنا سليم", "Lorna Salim", F)
b.married(jewad, lorna)
b.link(jewad, "P69", slade)
b.link(jewad, "P108", fine_arts_baghdad, start="1949")
b.link(baghdad_group, "P112", jewad)
faeq = b.person("فائق حسن", "Faeq Hassan", M, born="1914", died="1992", birthplace=baghdad)
occ(faeq, PAINTER)
b.link(pioneers, "P112", faeq)
ghani = b.person("محمد غني حكمت", "Mohammed Ghani Hikmat", M, born="1929", died="2011-09-12", birthplace=baghdad)
occ(ghani, SCULPTOR)
freedom = b.ent(None, "نصب الحرية", "Freedom Monument (Baghdad)", cls=WORK)
b.link(freedom, "P170", jewad)
b.date(freedom, "P571", "1961")

# ---- Louay Kayyali
kayyali = b.person("لؤي كيالي", "Louay Kayyali", M, born="1934", died="1978-12-26", birthplace=aleppo,
                   deathplace=aleppo)
occ(kayyali, PAINTER)
b.link(kayyali, "P69", rome_academy, start="1956")
b.link(kayyali, "P108", damascus_fa, start="1962")
moudarres = b.person("فاتح المدرس", "Fateh Moudarres", M, born="1922", died="1999-06-28", birthplace=hreitan,
                     deathplace=damascus)
occ(moudarres, PAINTER)
b.link(moudarres, "P108", damascus_fa)
nabaa = b.person("نذير نبعة", "Nazir Nabaa", M, born="1938", died="2016", birthplace=damascus, deathplace=damascus)
occ(nabaa, PAINTER)
b.link(nabaa, "P108", damascus_fa)

# ---- Sharjah Biennial
sultan = b.person("سلطان بن محمد القاسمي", "Sultan bin Muhammad Al-Qasimi", M, born="1939-07-02",
                  birthplace=sharjah)
occ(sultan, MONARCH, WRITER)
b.link(sultan, "P39", ruler_sharjah, start="1972-01-25")
khalid = b.person("خالد بن محمد القاسمي", "Khalid bin Mohammed Al-Qasimi", M, died="1972-01-24")
b.link(khalid, "P39", ruler_sharjah, end="1972-01-24")
b.siblings(sultan, khalid)
jawaher = b.person("جواهر بنت محمد القاسمي", "Jawaher bint Mohammed Al-Qasimi", F)
b.married(sultan, jawaher)
hoor = b.person("حور القاسمي", "Hoor Al Qasimi", F, born="1980", birthplace=sharjah)
occ(hoor, PAINTER)
b.parents(hoor, father=sultan, mother=jawaher)
b.link(hoor, "P69", slade)
b.link(hoor, "P69", royal_academy)
b.link(hoor, "P108", sharjah_biennial, start="2003")
b.link(saf, "P112", hoor)
b.link(saf, "P488", hoor)
b.link(sharjah_biennial, "P112", sultan)

# ---- Hosni family
najat = b.person("نجاة الصغيرة", "Najat Al Saghira", F, ["نجاة"], born="1938-08-11", birthplace=cairo)
occ(najat, SINGER)
souad = b.person("سعاد حسني", "Souad Hosni", F, born="1943-01-26", died="2001-06-21", birthplace=cairo,
                 deathplace=london)
occ(souad, ACTOR)
ezz = b.person("عز الدين حسني", "Ezz Eldin Hosni", M)
occ(ezz, COMPOSER)
for child in (najat, souad, ezz):
    b.parents(child, father=hosni)
b.siblings(najat, souad, ezz)
ali = b.person("علي بدرخان", "Ali Badrakhan", M, born="1946-04-25", birthplace=cairo)
occ(ali, DIRECTOR)
ahmed_b = b.person("أحمد بدرخان", "Ahmed Badrakhan", M, born="1909", died="1969", birthplace=cairo)
occ(ahmed_b, DIRECTOR)
b.parents(ali, father=ahmed_b)
salah_karim = b.person("صلاح كريم", "Salah Karim", M)
b.married(souad, salah_karim)
b.married(souad, ali, start="1970", end="1981")
zaki = b.person("زكي فطين عبد الوهاب", "Zaki Fatin Abdel Wahab", M)
fatin = b.person("فطين عبد الوهاب", "Fatin Abdel Wahab", M, born="1913", died="1972")
occ(fatin, DIRECTOR)
leila = b.person("ليلى مراد", "Leila Mourad", F, born="1918-02-17", died="1995-11-21", birthplace=cairo,
                 deathplace=cairo)
occ(leila, SINGER, ACTOR)
b.parents(zaki, father=fatin, mother=leila)
b.married(fatin, leila)
b.married(souad, zaki)
awad = b.person("ماهر عواد", "Maher Awad", M)
occ(awad, WRITER)
b.married(souad, awad, end="2001")

# ---- Etel Adnan
etel = b.person("إيتل عدنان", "Etel Adnan", F, born="1925-02-24", died="2021-11-14", birthplace=beirut,
                deathplace=paris)
occ(etel, POET, PAINTER, WRITER)
assaf = b.person("عساف قدري", "Assaf Kadri", M, ["عساف قدري عدنان"], birthplace=damascus)
occ(assaf, OFFICER)
rose = b.person("روز ليليان لاكورت", "Rose Lilian Lacorte", F, birthplace=izmir)
b.parents(etel, father=assaf, mother=rose)
b.married(assaf, rose)
for uni in (sorbonne, berkeley, harvard):
    b.link(etel, "P69", uni)
b.link(etel, "P108", dominican, start="1958", end="1972")
b.link(etel, "P108", safa, start="1972")
fattal = b.person("سيمون فتال", "Simone Fattal", F, born="1942", birthplace=damascus)
occ(fattal, PAINTER, SCULPTOR)
b.link(etel, "P451", fattal)
b.link(fattal, "P451", etel)
post_apollo = b.org("بوست أبولو", "Post-Apollo Press", ORG, founded="1982")
b.link(post_apollo, "P112", fattal)

b.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "heldout22.json"))
