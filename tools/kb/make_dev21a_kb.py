"""Generates data/kb/dev21a.json, the KB of the round-21 development set a (20th-century Arab music, theatre and
cinema: Mohammed Abdel Wahab, Youssef Wahbi and the Ramses Troupe, Naguib el-Rihani, Farid al-Atrash, Riad Al Sunbati,
Studio Misr, the Zulfikar brothers, Munir Bashir). Local ids Q90057001-Q90057999; only classes, occupations and sex
values keep Wikidata ids. Facts from standard reference works; a year only where the day is not certain.
Run: python3 tools/kb/make_dev21a_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, VILLAGE, COUNTRY, REGION, DISTRICT = "Q515", "Q532", "Q6256", "Q10864048", "Q123705"
STUDIO, TROUPE, INSTITUTE, BANK, AWARD, COUNCIL = "Q375336", "Q742421", "Q1664720", "Q22687", "Q618779", "Q43229"
SINGER, COMPOSER, ACTOR, DIRECTOR, PRODUCER, MUSICIAN, POET, DANCER, BANKER = (
    "Q177220", "Q36834", "Q33999", "Q2526255", "Q3282637", "Q639669", "Q49757", "Q5716684", "Q806798")

b = KbBuilder(90057000)


def occ(e, *jobs):
    for j in jobs:
        e.item("P106", j)


# ---- places
egypt = b.place("مصر", "Egypt", COUNTRY)
syria = b.place("سوريا", "Syria", COUNTRY, ["سورية"])
lebanon = b.place("لبنان", "Lebanon", COUNTRY)
iraq = b.place("العراق", "Iraq", COUNTRY)
turkey = b.place("تركيا", "Turkey", COUNTRY)
italy = b.place("إيطاليا", "Italy", COUNTRY)
hungary = b.place("المجر", "Hungary", COUNTRY)
uk = b.place("المملكة المتحدة", "United Kingdom", COUNTRY)
switzerland = b.place("سويسرا", "Switzerland", COUNTRY)
france = b.place("فرنسا", "France", COUNTRY)
cairo = b.place("القاهرة", "Cairo", CITY, country=egypt)
bab_shaaria = b.place("باب الشعرية", "Bab El Shaeria", DISTRICT, inside=cairo, country=egypt)
khoronfesh = b.place("الخرنفش", "El Khoronfesh", DISTRICT, inside=cairo, country=egypt)
alexandria = b.place("الإسكندرية", "Alexandria", CITY, country=egypt)
kom_dikka = b.place("كوم الدكة", "Kom el-Dikka", DISTRICT, inside=alexandria, country=egypt)
giza = b.place("الجيزة", "Giza", CITY, country=egypt)
sohag = b.place("سوهاج", "Sohag", CITY, country=egypt)
tanta = b.place("طنطا", "Tanta", CITY, country=egypt)
sharqia = b.place("محافظة الشرقية", "Sharqia Governorate", REGION, ["الشرقية"], country=egypt)
zagazig = b.place("الزقازيق", "Zagazig", CITY, inside=sharqia, country=egypt)
halawat = b.place("الحلوات", "Al-Halawat", VILLAGE, inside=sharqia, country=egypt)
dakahlia = b.place("محافظة الدقهلية", "Dakahlia Governorate", REGION, ["الدقهلية"], country=egypt)
mansoura = b.place("المنصورة", "Mansoura", CITY, inside=dakahlia, country=egypt)
tamay = b.place("طماي الزهايرة", "Tamay al-Zahayra", VILLAGE, inside=dakahlia, country=egypt)
damietta_gov = b.place("محافظة دمياط", "Damietta Governorate", REGION, ["دمياط"], country=egypt)
faraskur = b.place("فارسكور", "Faraskur", CITY, inside=damietta_gov, country=egypt)
asyut = b.place("أسيوط", "Asyut", CITY, country=egypt)
damascus = b.place("دمشق", "Damascus", CITY, country=syria)
jabal_druze = b.place("جبل الدروز", "Jabal al-Druze", REGION, ["جبل العرب"], country=syria)
qrayya = b.place("القريا", "Al-Qrayya", VILLAGE, inside=jabal_druze, country=syria)
beirut = b.place("بيروت", "Beirut", CITY, country=lebanon)
zahle = b.place("زحلة", "Zahle", CITY, country=lebanon)
baghdad = b.place("بغداد", "Baghdad", CITY, country=iraq)
mosul = b.place("الموصل", "Mosul", CITY, country=iraq)
istanbul = b.place("إسطنبول", "Istanbul", CITY, country=turkey)
budapest = b.place("بودابست", "Budapest", CITY, country=hungary)
london = b.place("لندن", "London", CITY, country=uk)
geneva = b.place("جنيف", "Geneva", CITY, country=switzerland)
paris = b.place("باريس", "Paris", CITY, country=france)

# ---- institutions
arab_music = b.org("معهد الموسيقى العربية", "Institute of Arab Music", INSTITUTE,
                   ["نادي الموسيقى الشرقي", "معهد الموسيقى الشرقي"], founded="1914", located=cairo)
bank_misr = b.org("بنك مصر", "Banque Misr", BANK, founded="1920", located=cairo)
studio_misr = b.org("ستوديو مصر", "Studio Misr", STUDIO, founded="1935", located=giza)
ramses = b.org("فرقة رمسيس", "Ramses Troupe", TROUPE, founded="1923", located=cairo)
theatre_inst = b.org("المعهد العالي لفنون المسرح", "Higher Institute of Dramatic Arts", INSTITUTE, founded="1944",
                     located=cairo)
fine_arts = b.org("معهد الفنون الجميلة", "Institute of Fine Arts, Baghdad", INSTITUTE, founded="1936", located=baghdad)
imc = b.org("المجلس الدولي للموسيقى", "International Music Council", COUNCIL, founded="1949", located=paris)
unesco = b.org("اليونسكو", "UNESCO", COUNCIL, ["منظمة الأمم المتحدة للتربية والعلم والثقافة"], founded="1945",
               located=paris)
imc_prize = b.ent(None, "جائزة المجلس الدولي للموسيقى", "IMC-UNESCO International Music Prize", cls=AWARD)
b.link(imc_prize, "P1027", imc)

# ---- Mohammed Abdel Wahab
wahab = b.person("محمد عبد الوهاب", "Mohammed Abdel Wahab", M, ["موسيقار الأجيال"], born="1902-03-13",
                 died="1991-05-04", birthplace=bab_shaaria, deathplace=cairo)
occ(wahab, SINGER, COMPOSER, ACTOR)
wahab_father = b.person("محمد أبو عيسى عبد الوهاب", "Mohammed Abu Eissa Abdel Wahab", M)
b.parents(wahab, father=wahab_father)
nahla = b.person("نهلة القدسي", "Nahla al-Qudsi", F)
b.married(wahab, nahla, start="1957", end="1991")
b.link(wahab, "P69", arab_music)
shawqi = b.person("أحمد شوقي", "Ahmed Shawqi", M, ["أمير الشعراء"], born="1868-10-16", died="1932-10-14",
                  birthplace=cairo, deathplace=cairo)
occ(shawqi, POET)
sayed = b.person("سيد درويش", "Sayed Darwish", M, born="1892-03-17", died="1923-09-15", birthplace=kom_dikka,
                 deathplace=alexandria)
occ(sayed, COMPOSER, SINGER)
karim = b.person("محمد كريم", "Mohammed Karim", M, born="1896", died="1972")
occ(karim, DIRECTOR)
halim = b.person("عبد الحليم حافظ", "Abdel Halim Hafez", M, born="1929-06-21", died="1977-03-30",
                 birthplace=halawat, deathplace=london)
occ(halim, SINGER, ACTOR)
umm = b.person("أم كلثوم", "Umm Kulthum", F, died="1975-02-03", birthplace=tamay, deathplace=cairo)
occ(umm, SINGER)
fayza = b.person("فايزة أحمد", "Fayza Ahmed", F, born="1934", died="1983")
occ(fayza, SINGER)
najat = b.person("نجاة الصغيرة", "Najat Al Saghira", F, born="1938")
occ(najat, SINGER)

# ---- Studio Misr
harb = b.person("طلعت حرب", "Talaat Harb", M, born="1867-11-25", died="1941-08-13", birthplace=cairo,
                deathplace=cairo)
occ(harb, BANKER)
b.link(studio_misr, "P112", harb)
b.link(bank_misr, "P112", harb)
kramp = b.person("فريتز كرامب", "Fritz Kramp", M)
occ(kramp, DIRECTOR)
badrakhan = b.person("أحمد بدرخان", "Ahmed Badrakhan", M, born="1909", died="1969", birthplace=cairo)
occ(badrakhan, DIRECTOR)
b.link(badrakhan, "P108", studio_misr)
selim = b.person("كمال سليم", "Kamal Selim", M, born="1913", died="1945", birthplace=cairo)
occ(selim, DIRECTOR)
b.link(selim, "P108", studio_misr)
niazi = b.person("نيازي مصطفى", "Niazi Mostafa", M, born="1911", died="1986", birthplace=asyut)
occ(niazi, DIRECTOR)
b.link(niazi, "P108", studio_misr)
abu_seif = b.person("صلاح أبو سيف", "Salah Abu Seif", M, born="1915-05-10", died="1996-06-22", birthplace=cairo,
                    deathplace=cairo)
occ(abu_seif, DIRECTOR)
b.link(abu_seif, "P108", studio_misr)

# ---- Youssef Wahbi
wahbi = b.person("يوسف وهبي", "Youssef Wahbi", M, ["عميد المسرح العربي"], born="1898-07-14", died="1982-10-17",
                 birthplace=sohag, deathplace=cairo)
occ(wahbi, ACTOR, DIRECTOR, PRODUCER)
wahbi_father = b.person("عبد الله وهبي باشا", "Abdallah Wahbi Pasha", M, ["عبد الله وهبي"])
b.parents(wahbi, father=wahbi_father)
b.link(ramses, "P112", wahbi)
b.link(wahbi, "P463", ramses, start="1923")
riad = b.person("حسين رياض", "Hussein Riad", M, born="1897-01-13", died="1965-07-17", birthplace=cairo,
                deathplace=cairo)
occ(riad, ACTOR)
b.link(riad, "P463", ramses)
amina = b.person("أمينة رزق", "Amina Rizk", F, born="1910-04-15", died="2003-08-24", birthplace=tanta,
                 deathplace=cairo)
occ(amina, ACTOR)
b.link(amina, "P463", ramses)
asmahan = b.person("أسمهان", "Asmahan", F, ["آمال الأطرش"], born="1912-11-25", died="1944-07-14")
occ(asmahan, SINGER, ACTOR)
farouk = b.person("فاروق الأول", "Farouk of Egypt", M, ["الملك فاروق", "فاروق"], born="1920-02-11",
                  died="1965-03-18", birthplace=cairo)
farid_shawqi = b.person("فريد شوقي", "Farid Shawqi", M, born="1920-07-30", died="1998-07-27", birthplace=cairo,
                        deathplace=cairo)
occ(farid_shawqi, ACTOR, PRODUCER)

# ---- Naguib el-Rihani
rihani = b.person("نجيب الريحاني", "Naguib el-Rihani", M, born="1889-01-21", died="1949-06-08",
                  birthplace=bab_shaaria, deathplace=cairo)
occ(rihani, ACTOR)
rihani_father = b.person("إلياس الريحاني", "Elias el-Rihani", M)
b.parents(rihani, father=rihani_father)
badia = b.person("بديعة مصابني", "Badia Masabni", F, born="1892", died="1974-07-23", birthplace=damascus,
                 deathplace=zahle)
occ(badia, DANCER, ACTOR)
b.married(rihani, badia, start="1924")
khairy = b.person("بديع خيري", "Badie Khairy", M, born="1893-08-18", died="1966-02-01", birthplace=cairo,
                  deathplace=cairo)
occ(khairy, POET)
leila = b.person("ليلى مراد", "Leila Mourad", F, born="1918-02-17", died="1995-11-21", birthplace=cairo,
                 deathplace=cairo)
occ(leila, SINGER, ACTOR)

# ---- Farid al-Atrash
farid = b.person("فريد الأطرش", "Farid al-Atrash", M, ["ملك العود"], born="1910", died="1974-12-26",
                 birthplace=qrayya, deathplace=beirut)
occ(farid, SINGER, COMPOSER, ACTOR)
fahd = b.person("فهد الأطرش", "Fahd al-Atrash", M)
alia = b.person("علياء المنذر", "Alia al-Mundhir", F)
fuad = b.person("فؤاد الأطرش", "Fuad al-Atrash", M)
for child in (farid, asmahan, fuad):
    b.parents(child, father=fahd, mother=alia)
b.siblings(farid, asmahan, fuad)
b.married(fahd, alia)
sultan = b.person("سلطان باشا الأطرش", "Sultan al-Atrash", M, ["سلطان الأطرش"], born="1891", died="1982-03-26",
                  birthplace=qrayya)
b.link(farid, "P69", arab_music)

# ---- Riad Al Sunbati
sunbati = b.person("رياض السنباطي", "Riad Al Sunbati", M, born="1906-11-30", died="1981-09-10",
                   birthplace=faraskur, deathplace=cairo)
occ(sunbati, COMPOSER, MUSICIAN)
sunbati_father = b.person("محمد السنباطي", "Mohammed al-Sunbati", M)
b.parents(sunbati, father=sunbati_father)
b.link(sunbati, "P108", arab_music, start="1928")
b.link(sunbati, "P166", imc_prize, at="1977")
rami = b.person("أحمد رامي", "Ahmad Rami", M, born="1892-08-09", died="1981-06-05", birthplace=cairo,
                deathplace=cairo)
occ(rami, POET)
nagi = b.person("إبراهيم ناجي", "Ibrahim Nagi", M, born="1898-12-31", died="1953-03-24", birthplace=cairo,
                deathplace=cairo)
occ(nagi, POET)

# ---- the Zulfikar brothers
mahmoud = b.person("محمود ذو الفقار", "Mahmoud Zulfikar", M, born="1914", died="1970")
occ(mahmoud, ACTOR, DIRECTOR)
ezz = b.person("عز الدين ذو الفقار", "Ezz El-Dine Zulficar", M, born="1919-10-28", died="1963-07-01",
               birthplace=mansoura, deathplace=cairo)
occ(ezz, DIRECTOR)
salah = b.person("صلاح ذو الفقار", "Salah Zulfikar", M, born="1926-01-18", died="1993-12-22", deathplace=cairo)
occ(salah, ACTOR, PRODUCER)
b.siblings(mahmoud, ezz, salah)
aziza = b.person("عزيزة أمير", "Aziza Amir", F, born="1901-12-17", died="1952-02-28")
occ(aziza, ACTOR, PRODUCER)
b.married(mahmoud, aziza)
faten = b.person("فاتن حمامة", "Faten Hamama", F, born="1931-05-27", died="2015-01-17", birthplace=mansoura,
                 deathplace=cairo)
occ(faten, ACTOR)
b.married(ezz, faten, start="1947", end="1954")
nadia = b.person("نادية ذو الفقار", "Nadia Zulficar", F)
b.parents(nadia, father=ezz, mother=faten)
shadia = b.person("شادية", "Shadia", F, born="1931-02-08", died="2017-11-28", deathplace=cairo)
occ(shadia, SINGER, ACTOR)
b.married(salah, shadia, start="1967", end="1972")
omar = b.person("عمر الشريف", "Omar Sharif", M, born="1932-04-10", died="2015-07-10", birthplace=alexandria,
                deathplace=cairo)
occ(omar, ACTOR)
b.married(omar, faten, start="1955", end="1974")
tarek = b.person("طارق الشريف", "Tarek Sharif", M, born="1957")
b.parents(tarek, father=omar, mother=faten)

# ---- Munir Bashir
munir = b.person("منير بشير", "Munir Bashir", M, born="1930", died="1997-09-28", birthplace=mosul,
                 deathplace=budapest)
occ(munir, MUSICIAN, COMPOSER)
bashir_aziz = b.person("بشير عزيز", "Bashir Aziz", M)
jamil = b.person("جميل بشير", "Jamil Bashir", M, born="1920", died="1977", birthplace=mosul, deathplace=london)
occ(jamil, MUSICIAN)
for child in (munir, jamil):
    b.parents(child, father=bashir_aziz)
b.siblings(munir, jamil)
b.link(munir, "P69", fine_arts)
b.link(jamil, "P69", fine_arts)
haydar = b.person("محيي الدين حيدر", "Şerif Muhiddin Targan", M, ["الشريف محيي الدين حيدر", "محيي الدين"],
                  born="1892", died="1967", birthplace=istanbul, deathplace=istanbul)
occ(haydar, MUSICIAN)
b.link(haydar, "P108", fine_arts, start="1936", end="1948")
omar_bashir = b.person("عمر بشير", "Omar Bashir", M, born="1970", birthplace=budapest)
occ(omar_bashir, MUSICIAN)
b.parents(omar_bashir, father=munir)
ghazali = b.person("ناظم الغزالي", "Nazem al-Ghazali", M, born="1921", died="1963-10-23", birthplace=baghdad,
                   deathplace=baghdad)
occ(ghazali, SINGER)

b.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "dev21a.json"))
