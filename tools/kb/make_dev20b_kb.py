"""Generates data/kb/dev20b.json, the KB of the round-20 development set b (data/kb/dev20b/): people and institutions
of 20th-century Arab science, medicine and engineering. Local ids Q90055001-Q90055999; only classes and sex values
keep Wikidata ids. Dates before 1582 would be Julian (KbBuilder.calendar_of); none occur here.
Run: python3 tools/kb/make_dev20b_kb.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wikidata_dump import KbBuilder  # noqa: E402

M, F = "Q6581097", "Q6581072"
CITY, COUNTRY, TOWN, VILLAGE, REGION, STATE, GOV = "Q515", "Q6256", "Q3957", "Q532", "Q82794", "Q35657", "Q204910"
UNIV, FACULTY, HOSPITAL, INSTITUTE, COMPANY, ORG, AWARD, POSITION, MINISTRY, SCHOOL, MUSEUM, SOCIETY = (
    "Q3918", "Q180958", "Q16917", "Q31855", "Q4830453", "Q43229", "Q618779", "Q4164871", "Q192350", "Q9826",
    "Q33506", "Q955824")

k = KbBuilder(90055000)

# ---- places
egypt = k.place("مصر", "Egypt", COUNTRY)
lebanon = k.place("لبنان", "Lebanon", COUNTRY)
usa = k.place("الولايات المتحدة", "United States", COUNTRY, ar_aliases=("الولايات المتحدة الأمريكية",))
uk = k.place("المملكة المتحدة", "United Kingdom", COUNTRY, ar_aliases=("بريطانيا",))
england = k.place("إنجلترا", "England", REGION, inside=uk, country=uk)
france = k.place("فرنسا", "France", COUNTRY)
cairo = k.place("القاهرة", "Cairo", CITY, country=egypt)
alex = k.place("الإسكندرية", "Alexandria", CITY, country=egypt)
damietta = k.place("دمياط", "Damietta", CITY, country=egypt)
gharbia = k.place("محافظة الغربية", "Gharbia Governorate", GOV, ar_aliases=("الغربية",), country=egypt)
dakahlia = k.place("محافظة الدقهلية", "Dakahlia Governorate", GOV, ar_aliases=("الدقهلية",), country=egypt)
sharqia = k.place("محافظة الشرقية", "Sharqia Governorate", GOV, ar_aliases=("الشرقية",), country=egypt)
aswan_gov = k.place("محافظة أسوان", "Aswan Governorate", GOV, country=egypt)
zefta = k.place("زفتى", "Zefta", TOWN, inside=gharbia, country=egypt)
sinbo = k.place("سنبو الكبرى", "Sinbo al-Kubra", VILLAGE, inside=zefta, country=egypt)
mansoura = k.place("المنصورة", "Mansoura", CITY, inside=dakahlia, country=egypt)
bilbeis = k.place("بلبيس", "Bilbeis", CITY, inside=sharqia, country=egypt)
aswan = k.place("أسوان", "Aswan", CITY, inside=aswan_gov, country=egypt)
abu_zaabal = k.place("أبو زعبل", "Abu Zaabal", TOWN, ar_aliases=("أبي زعبل",), country=egypt)
nasr_city = k.place("مدينة نصر", "Nasr City", REGION, inside=cairo, country=egypt)
london = k.place("لندن", "London", CITY, inside=england, country=uk)
nottingham = k.place("نوتنغهام", "Nottingham", CITY, inside=england, country=uk)
harefield = k.place("هيرفيلد", "Harefield", VILLAGE, inside=london, country=uk)
jabal_amel = k.place("جبل عامل", "Jabal Amel", REGION, country=lebanon)
nabatieh = k.place("النبطية", "Nabatieh", CITY, inside=jabal_amel, country=lebanon)
mount_lebanon = k.place("جبل لبنان", "Mount Lebanon", REGION, country=lebanon)
beirut = k.place("بيروت", "Beirut", CITY, country=lebanon)
bekaa = k.place("البقاع", "Beqaa Valley", REGION, ar_aliases=("سهل البقاع",), country=lebanon)
rayak = k.place("رياق", "Rayak", TOWN, inside=bekaa, country=lebanon)
ny = k.place("نيويورك", "New York", STATE, ar_aliases=("ولاية نيويورك",), country=usa)
schenectady = k.place("شنكتادي", "Schenectady", CITY, inside=ny, country=usa)
lake_placid = k.place("ليك بلاسيد", "Lake Placid", VILLAGE, inside=ny, country=usa)
mass = k.place("ماساتشوستس", "Massachusetts", STATE, country=usa)
methuen = k.place("ميثوين", "Methuen", CITY, inside=mass, country=usa)
boston = k.place("بوسطن", "Boston", CITY, inside=mass, country=usa)
cambridge_ma = k.place("كامبريدج", "Cambridge", CITY, inside=mass, country=usa)
california = k.place("كاليفورنيا", "California", STATE, country=usa)
pasadena = k.place("باسادينا", "Pasadena", CITY, inside=california, country=usa)
grenoble = k.place("غرونوبل", "Grenoble", CITY, country=france)
marseille = k.place("مرسيليا", "Marseille", CITY, country=france)
lyon = k.place("ليون", "Lyon", CITY, country=france)

# ---- institutions
egy_univ = k.org("جامعة القاهرة", "Cairo University", UNIV, ar_aliases=("الجامعة المصرية", "جامعة فؤاد الأول"),
                 founded="1908-12-21", located=cairo)
sci_fac = k.org("كلية العلوم بجامعة القاهرة", "Faculty of Science, Cairo University", FACULTY,
                ar_aliases=("كلية العلوم",), founded="1925", located=cairo)
med_fac = k.org("كلية طب قصر العيني", "Kasr Al Ainy Faculty of Medicine", FACULTY,
                ar_aliases=("مدرسة الطب بقصر العيني", "مدرسة الطب المصرية", "قصر العيني", "كلية الطب"),
                founded="1827", located=cairo)
qasr_hosp = k.org("مستشفى قصر العيني", "Kasr Al Ainy Hospital", HOSPITAL, located=cairo)
teachers = k.org("مدرسة المعلمين العليا", "Higher Teachers' College", SCHOOL, located=cairo)
nottingham_u = k.org("جامعة نوتنغهام", "University of Nottingham", UNIV, located=nottingham)
kcl = k.org("كلية الملك في لندن", "King's College London", UNIV, located=london)
london_u = k.org("جامعة لندن", "University of London", UNIV, located=london)
sci_culture = k.org("المجمع المصري للثقافة العلمية", "Egyptian Academy of Scientific Culture", SOCIETY, located=cairo)
inst_egypte = k.org("المجمع العلمي المصري", "Institut d'Égypte", SOCIETY, located=cairo)
banat = k.org("مدرسة بنات الأشراف", "Banat al-Ashraf School", SCHOOL, located=cairo)
emed = k.org("الجمعية الطبية المصرية", "Egyptian Medical Association", SOCIETY, founded="1919", located=cairo)
syndicate = k.org("نقابة أطباء مصر", "Egyptian Medical Syndicate", ORG, founded="1940", located=cairo)
health = k.org("وزارة الصحة المصرية", "Ministry of Health (Egypt)", MINISTRY, ar_aliases=("وزارة الصحة",), located=cairo)
islamic_museum = k.org("متحف الفن الإسلامي", "Museum of Islamic Art, Cairo", MUSEUM, located=cairo)
yacoub_found = k.org("مؤسسة مجدي يعقوب لأمراض وأبحاث القلب", "Magdi Yacoub Heart Foundation", ORG,
                     founded="2008", located=cairo)
aswan_heart = k.org("مركز أسوان للقلب", "Aswan Heart Centre", HOSPITAL, founded="2009", located=aswan)
aswan_u = k.org("جامعة أسوان", "Aswan University", UNIV, located=aswan)
harefield_h = k.org("مستشفى هيرفيلد", "Harefield Hospital", HOSPITAL, located=harefield)
imperial = k.org("إمبريال كوليدج لندن", "Imperial College London", UNIV, located=london)
nhli = k.org("المعهد الوطني للقلب والرئة", "National Heart and Lung Institute", INSTITUTE, located=london)
k.link(nhli, "P749", imperial)
spc = k.org("الجامعة الأمريكية في بيروت", "American University of Beirut", UNIV,
            ar_aliases=("الكلية السورية الإنجليزية", "الكلية السورية البروتستانتية"), founded="1866", located=beirut)
mit = k.org("معهد ماساتشوستس للتقنية", "Massachusetts Institute of Technology", UNIV, founded="1861",
            located=cambridge_ma)
illinois = k.org("جامعة إلينوي", "University of Illinois", UNIV, founded="1867")
columbia = k.org("جامعة كولومبيا", "Columbia University", UNIV, founded="1754", located=ny)
ge = k.org("جنرال إلكتريك", "General Electric", COMPANY, founded="1892", located=schenectady)
harvard = k.org("جامعة هارفارد", "Harvard University", UNIV, founded="1636", located=cambridge_ma)
caltech = k.org("معهد كاليفورنيا للتقنية", "California Institute of Technology", UNIV, ar_aliases=("كالتك",),
                founded="1891", located=pasadena)
jpl = k.org("مختبر الدفع النفاث", "Jet Propulsion Laboratory", INSTITUTE, founded="1936", located=pasadena)
nasa = k.org("ناسا", "NASA", ORG, founded="1958")
k.link(jpl, "P749", caltech)
grenoble_u = k.org("جامعة غرونوبل", "University of Grenoble", UNIV, located=grenoble)
lyon_u = k.org("جامعة ليون", "University of Lyon", UNIV, located=lyon)
nae = k.org("الأكاديمية الوطنية للهندسة", "National Academy of Engineering", SOCIETY, founded="1964")

# ---- awards and positions
knight = k.ent(None, "فارس بكالوريوس", "Knight Bachelor", ar_aliases=("لقب فارس",), cls=AWARD)
om = k.ent(None, "وسام الاستحقاق", "Order of Merit", cls=AWARD)
nobel_chem = k.ent(None, "جائزة نوبل في الكيمياء", "Nobel Prize in Chemistry", cls=AWARD)
nms = k.ent(None, "الوسام الوطني للعلوم", "National Medal of Science", cls=AWARD)
wolf = k.ent(None, "جائزة وولف في الكيمياء", "Wolf Prize in Chemistry", ar_aliases=("وولف في الكيمياء",), cls=AWARD)
cedar = k.ent(None, "وسام الأرز الوطني", "National Order of the Cedar", ar_aliases=("وسام الأرز",), cls=AWARD)
dean_sci = k.ent(None, "عميد كلية العلوم بجامعة القاهرة", "Dean of the Faculty of Science, Cairo University",
                 cls=POSITION)
dean_med = k.ent(None, "عميد كلية طب قصر العيني", "Dean of the Kasr Al Ainy Faculty of Medicine", cls=POSITION)
minister_health = k.ent(None, "وزير الصحة المصري", "Minister of Health of Egypt", ar_aliases=("وزير الصحة",),
                        cls=POSITION)
rector = k.ent(None, "رئيس جامعة القاهرة", "President of Cairo University", ar_aliases=("رئيس جامعة فؤاد الأول",),
               cls=POSITION)
syndic = k.ent(None, "نقيب أطباء مصر", "President of the Egyptian Medical Syndicate", cls=POSITION)
jpl_dir = k.ent(None, "مدير مختبر الدفع النفاث", "Director of the Jet Propulsion Laboratory", cls=POSITION)

# ---- Mosharafa and Sameera Moussa
mosh = k.person("علي مصطفى مشرفة", "Ali Moustafa Mosharafa", M, ar_aliases=("مشرفة",),
                born="1898-07-11", died="1950-01-15", birthplace=damietta, deathplace=cairo)
k.link(mosh, "P27", egypt)
k.link(mosh, "P69", nottingham_u, start="1917")
k.link(mosh, "P69", kcl, end="1923")
k.link(mosh, "P108", teachers)
k.link(mosh, "P108", egy_univ, start="1926", end="1950")
k.link(mosh, "P39", dean_sci, start="1936", end="1950")
k.link(mosh, "P463", inst_egypte)
k.link(sci_culture, "P112", mosh)
moussa = k.person("سميرة موسى", "Sameera Moussa", F, born="1917-03-03", died="1952-08-05",
                  birthplace=sinbo, deathplace=california)
k.link(moussa, "P27", egypt)
k.link(moussa, "P69", banat)
k.link(moussa, "P69", sci_fac, end="1939")
k.link(moussa, "P69", london_u, end="1947")
k.link(moussa, "P108", sci_fac)
k.link(moussa, "P1066", mosh)

# ---- Ali Ibrahim, Kasr Al Ainy, Clot Bey, Naguib Mahfouz, Fuad I
ali = k.person("علي إبراهيم", "Ali Ibrahim Pasha", M, ar_aliases=("علي إبراهيم رمضان", "علي إبراهيم باشا"),
               born="1880", died="1947-01-28", deathplace=cairo)
k.link(ali, "P69", med_fac, end="1901")
k.link(ali, "P39", dean_med, start="1929")
k.link(ali, "P39", minister_health, start="1940")
k.link(ali, "P39", rector, start="1941", end="1942")
k.link(ali, "P39", syndic, start="1940")
k.link(syndicate, "P112", ali)
k.link(emed, "P112", ali)
k.link(ali, "P463", emed)
mali = k.person("محمد علي باشا", "Muhammad Ali of Egypt", M, born="1769", died="1849-08-02", deathplace=alex)
k.link(med_fac, "P112", mali)
clot = k.person("أنطوان كلوت", "Antoine Clot", M, ar_aliases=("كلوت بك",), born="1793-11-07", died="1868-08-28",
                birthplace=grenoble, deathplace=marseille)
k.link(med_fac, "P112", clot)
k.link(med_fac, "P131", abu_zaabal, end="1837")
k.link(med_fac, "P749", egy_univ, start="1925")
k.date(qasr_hosp, "P1619", "1928")
husayn = k.person("حسين كامل", "Hussein Kamel of Egypt", M, ar_aliases=("السلطان حسين كامل",),
                  born="1853-11-21", died="1917-10-09", birthplace=cairo, deathplace=cairo)
fuad = k.person("فؤاد الأول", "Fuad I of Egypt", M, ar_aliases=("الملك فؤاد الأول",),
                born="1868-03-26", died="1936-04-28", birthplace=cairo, deathplace=cairo)
k.siblings(husayn, fuad)
mahfouz = k.person("نجيب محفوظ", "Naguib Mikhail Mahfouz", M, ar_aliases=("نجيب ميخائيل محفوظ",),
                   born="1882-01-05", died="1974-07-25", birthplace=mansoura)
k.link(mahfouz, "P108", med_fac)
mahfouz_novelist = k.person("نجيب محفوظ", "Naguib Mahfouz", M, born="1911-12-11", died="2006-08-30",
                            birthplace=cairo, deathplace=cairo)

# ---- Magdi Yacoub
yac = k.person("مجدي يعقوب", "Magdi Yacoub", M, ar_aliases=("السير مجدي يعقوب",), born="1935-11-16",
               birthplace=bilbeis)
habib = k.person("حبيب يعقوب", "Habib Yacoub", M)
k.parents(yac, father=habib)
marian = k.person("ماريان باوليغ", "Marian Powlig", F)
k.married(yac, marian, start="1986")
k.link(yac, "P69", med_fac, end="1957")
k.link(yac, "P108", harefield_h, start="1973", end="2001")
k.link(yac, "P108", nhli, start="1986")
k.link(yac, "P166", knight, at="1992")
k.link(yac, "P166", om, at="2014")
k.link(yacoub_found, "P112", yac)
k.link(aswan_heart, "P112", yac)

# ---- Hassan Kamel al-Sabbah
sab = k.person("حسن كامل الصباح", "Hassan Kamel Al-Sabbah", M, born="1894-08-27", died="1935-03-31",
               birthplace=nabatieh, deathplace=lake_placid)
k.link(sab, "P69", spc, start="1913")
k.link(sab, "P69", mit, start="1921", end="1921")
k.link(sab, "P69", illinois, start="1921", end="1923")
k.link(sab, "P108", spc, start="1919", end="1921")
k.link(sab, "P108", illinois, start="1921", end="1923")
k.link(sab, "P108", ge, start="1923", end="1935")

# ---- E. J. Corey and his family
corey = k.person("إلياس جيمس كوري", "Elias James Corey", M, ar_aliases=("إلياس كوري", "إي جيه كوري"),
                 born="1928-07-12", birthplace=methuen)
father = k.person("إلياس خوري", "Elias Corey", M, died="1930")
mother = k.person("فاطمة (تينا) حشيمة", "Fatina (Tina) Hasham", F, ar_aliases=("تينا حشيمة",))
k.married(father, mother)
k.parents(corey, father=father, mother=mother)
claire = k.person("كلير هيغام", "Claire Higham", F)
k.married(corey, claire, start="1961")
k.link(corey, "P69", mit, end="1951")
k.link(corey, "P108", illinois, start="1951", end="1959")
k.link(corey, "P108", harvard, start="1959")
k.link(corey, "P166", nobel_chem, at="1990")
k.link(corey, "P166", nms, at="1988")
k.link(corey, "P166", wolf, at="1986")

# ---- Charles Elachi
ela = k.person("شارل العشي", "Charles Elachi", M, ar_aliases=("تشارلز العشي",), born="1947-04-18", birthplace=rayak)
k.link(ela, "P69", grenoble_u, end="1968")
k.link(ela, "P69", caltech, end="1971")
k.link(ela, "P108", jpl, start="1971")
k.link(ela, "P39", jpl_dir, start="2001", end="2016")
k.link(ela, "P463", nae, start="1989")
k.link(ela, "P166", cedar)

k.write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "kb", "dev20b.json"))
