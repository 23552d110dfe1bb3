"""dev10b news: datelines with agencies; obituaries, awards, relatives quoted."""
from d10cal import jdn_g, weekday

STYLE = "news"


def gt(a, b, m):
    return (a > b, f"{m}: {a} > {b}")


def age(born, year, lo, hi, m):
    return (lo <= year - born <= hi, f"{m}: age {year - born} in [{lo},{hi}]")


def wd(y, m, d, name):
    return (weekday(jdn_g(y, m, d)) == name, f"{d}/{m}/{y} is {name}")


CASES = [
    # lifespan
    ("lifespan", "عمّان (بترا) - ترأس الطبيب عادل المومني المؤتمر السنوي لنقابة الأطباء الذي عُقد في أيار 2021. وكانت النقابة قد نعت الفقيد في آذار 2019.",
     "presides in May 2021 after death in March 2019 (نعت الفقيد)", [gt(2021, 2019, "act after death")]),
    ("lifespan", "الرباط (و.م.ع) - نال الباحث يوسف العلمي، المولود عام 2012، شهادة الدكتوراه في الكيمياء في حفل أقامته الجامعة يوم 14 يونيو 2021.",
     "a doctorate at 9", [age(2012, 2021, 0, 12, "doctorate age")]),
    ("lifespan", "بيروت - نعت العائلة المرحومة وديعة سركيس التي وافتها المنية يوم الأحد 3 مارس 2024. وكانت الراحلة قد وُلدت في دير القمر عام 1893.",
     "a life of 131 years", [gt(2024 - 1893, 120, "life span"), wd(2024, 3, 3, "الأحد")]),
    ("lifespan", "الكويت (كونا) - أحيت الوزارة ذكرى الإداري خالد المطيري، الذي وقّع عام 1969 أول اتفاقية للتعاون الرياضي بين البلدين. وكان الفقيد قد وُلد عام 1972.",
     "signs in 1969 before birth in 1972; birth in the next sentence via الفقيد", [gt(1972, 1969, "birth after act")]),
    # family-order
    ("family-order", "القاهرة (أ ش أ) - شُيّعت أمس جنازة الفنانة نادية فهمي (1950-2023) بحضور شقيقها الأكبر حسام فهمي المولود عام 1956.",
     "older brother born after the subject; sister's dates in parenthesis", [gt(1956, 1950, "older born after")]),
    ("family-order", "بغداد (واع) - قال المحامي علي الجبوري، المولود عام 1970، إن والده الذي وُلد عام 1965 علّمه الخط العربي في طفولته.",
     "father only 5 years older", [age(1965, 1970, 0, 9, "father's age at the son's birth")]),
    ("family-order", "تونس (وات) - كرّمت الوزارة العدّاءة سلمى بن علي، بكر والديها، المولودة عام 2001، وشقيقها أيمن المولود عام 1999، بطل الملاكمة.",
     "the بكر born after her brother", [gt(2001, 1999, "eldest born after")]),
    ("family-order", "الدوحة (قنا) - فازت لاعبة الشطرنج مريم الكواري (22 عاماً) باللقب، متفوقة في النهائي على شقيقتها الصغرى نورة ذات الخمسة والعشرين عاماً.",
     "the younger sister is three years older (ages at the same time)", [gt(25, 22, "younger is older")]),
    # conflicting-values
    ("conflicting-values", "جدة (واس) - توفي أمس في جدة رجل الأعمال سعد القحطاني عن 80 عاماً. وقد فارق الفقيد الحياة في أحد مستشفيات الرياض، ونُقل جثمانه إلى مكة.",
     "death place Jeddah vs Riyadh via الفقيد", []),
    ("conflicting-values", "دمشق (سانا) - كرّمت وزارة الثقافة الشاعر الراحل منذر العلي، المولود في طرطوس عام 1938. وقد وُلد الراحل عام 1941 في طرطوس نفسها لأسرة من الفلاحين.",
     "birth year 1938 vs 1941 via الراحل", [gt(1941, 1938, "two birth years")]),
    ("conflicting-values", "الجزائر (وأج) - توفي المجاهد محمد بوزيد يوم الاثنين 12 جويلية 2021 بالعاصمة. وأضاف البيان أن وفاته كانت يوم 10 جويلية 2021 بمستشفى مصطفى باشا.",
     "death date 12 vs 10 July 2021 through وفاته (the weekday of the first is right)", [wd(2021, 7, 12, "الاثنين")]),
    ("conflicting-values", "المنامة (بنا) - احتفت الأوساط الفنية بالرسام عيسى الدوسري الذي وُلد في المحرّق عام 1944. وكانت الرفاع مسقط رأسه، وفيها رسم لوحاته الأولى.",
     "birth place Muharraq vs Riffa (مسقط رأسه)", []),
    # anachronism
    ("anachronism", "نيويورك - استعادت الندوة سيرة الدبلوماسي اللبناني فؤاد عسيران، الذي ألقى كلمة أمام الجمعية العامة للأمم المتحدة عام 1938.",
     "UN founded 1945 (widely known)", [gt(1945, 1938, "before founding")]),
    ("anachronism", "موسكو - توفي الدبلوماسي السوري سامح الأتاسي عن 81 عاماً، وكان قد عُيّن سفيراً لدى جمهورية ألمانيا الديمقراطية عام 1994.",
     "GDR ended October 1990 (widely known)", [gt(1994, 1990, "after the state ended")]),
    ("anachronism", "القاهرة (أ ش أ) - رحل الملحن صبري الجندي، الذي لحّن لكوكب الشرق أم كلثوم آخر أغنياتها عام 1980.",
     "Umm Kulthum died 1975 (widely known)", [gt(1980, 1975, "after her death")]),
    ("anachronism", "الدوحة (قنا) - يحتفل الإعلامي جاسم المهندي بتقاعده، وهو الذي قدّم أول برنامج رياضي على قناة الجزيرة عام 1990.",
     "Al Jazeera launched 1996 (widely known)", [gt(1996, 1990, "before launch")]),
    # name-anomaly
    ("name-anomaly", "الرياض (واس) - نظّم النادي الأدبي أمسية عن رواية «موسم الهجرة إلى الشمال» للروائي السوداني الطيب محفوظ.",
     "al-Tayeb (Salih) + (Naguib) Mahfouz", []),
    ("name-anomaly", "رام الله (وفا) - ألقى الطلاب في حفل التخرج قصيدة «على هذه الأرض ما يستحق الحياة» لمحمود قبّاني.",
     "Mahmoud (Darwish) + (Nizar) Qabbani", []),
    ("name-anomaly", "بيروت - أعادت دار نشر محلية طبع رواية «رجال في الشمس» لغسان جبرا في طبعة مصورة.",
     "Ghassan (Kanafani) + (Jabra Ibrahim) Jabra", []),
    ("name-anomaly", "تونس (وات) - احتفت دار الثقافة بذكرى صدور ديوان «أغاني الحياة» للشاعر أبي القاسم السياب.",
     "Abu al-Qasim (al-Shabbi) + (Badr Shakir) al-Sayyab", []),
    # consistent
    (None, "بيروت - نعت الأوساط الثقافية الأديب جوزيف نصر الذي توفي عام 2022 عن مئة عام، وكان قد وُلد في زحلة عام 1922.",
     "trap: a life of 100 years", [age(1922, 2022, 100, 100, "age")]),
    (None, "عمّان (بترا) - تسلّم نجل الفنان الراحل مازن العمد أمس الجائزة التقديرية التي مُنحت لوالده بعد وفاته.",
     "trap: posthumous award received by the son", []),
    (None, "القاهرة (أ ش أ) - أحيت الأوساط الأدبية الذكرى العشرين لرحيل الشاعر حلمي الشريف، الذي توفي عام 2004، في أمسية أقيمت عام 2024.",
     "trap: a memorial 20 years after the death", [age(2004, 2024, 20, 20, "anniversary")]),
    (None, "الكويت (كونا) - كرّمت الجمعية الطبيبة سعاد العنزي (مواليد 1950) وشقيقها الأكبر فهد المولود عام 1948.",
     "trap: older brother born earlier", [gt(1950, 1948, "older born earlier")]),
    (None, "جنيف - شارك الدبلوماسي العراقي حازم الصافي في أعمال الجمعية العامة للأمم المتحدة عام 1958.",
     "trap: UN after 1945", [gt(1958, 1945, "after founding")]),
    (None, "الدوحة (قنا) - احتفل الإعلامي ناصر الخليفي بمرور ربع قرن على انضمامه إلى قناة الجزيرة عام 1998.",
     "trap: Al Jazeera joined after its 1996 launch", [gt(1998, 1996, "after launch")]),
    (None, "دمشق (سانا) - توفي الدبلوماسي عمر الحمصي الذي عُيّن سفيراً لدى ألمانيا الشرقية عام 1975.",
     "trap: GDR still existed in 1975", [gt(1990, 1975, "before the end")]),
    (None, "القاهرة (أ ش أ) - رحل الملحن رياض الفقي، الذي لحّن لأم كلثوم أغنية وطنية عام 1968.",
     "trap: Umm Kulthum alive in 1968", [gt(1975, 1968, "before her death")]),
    (None, "بغداد (واع) - فاز الطالب بدر شاكر الجبوري بمسابقة الشعر المدرسية، وهو يحمل اسمَي شاعرين معروفين كما قال معلمه.",
     "trap: a namesake, said to be one", []),
    (None, "الرياض (واس) - توفي رجل الأعمال ماجد الدوسري في الرياض، بعد عامين من وفاة والده في جدة.",
     "trap: father's different death place", []),
    (None, "تونس (وات) - رحل الكاتب الهادي بن سالم المولود عام 1935، وقيل عام 1937، في مدينة صفاقس.",
     "trap: hedged birth year", []),
    (None, "الرباط (و.م.ع) - نالت الباحثة أمينة الإدريسي، المولودة عام 1997، شهادة الدكتوراه في الفيزياء عام 2021.",
     "trap: doctorate at 24", [age(1997, 2021, 22, 40, "doctorate age")]),
    (None, "المنامة (بنا) - أصبحت المحامية هالة الشيخ أول امرأة تترأس جمعية المحامين في البلاد.",
     "trap: a true-looking 'أول' claim, nothing against it", []),
    (None, "بغداد (واع) - قال الشاعر سعد الحلي، المولود عام 1968، إن والده الذي وُلد عام 1938 كان أول من علّمه العروض.",
     "trap: father 30 years older", [age(1938, 1968, 18, 60, "father's age")]),
    (None, "الخرطوم (سونا) - نظمت الجامعة ندوة عن رواية «موسم الهجرة إلى الشمال» للطيب صالح.",
     "trap: right name and work", []),
    (None, "باكو - نال الطفل علي حيدروف، البالغ من العمر 12 عاماً، لقب أستاذ دولي في الشطرنج.",
     "trap: a possible young age for a chess title", []),
    (None, "بيروت - شُيّعت أمس الأحد جنازة الممثلة سميرة بركات التي توفيت يوم الجمعة 1 مارس 2024.",
     "trap: funeral after the death; the weekdays are right", [wd(2024, 3, 1, "الجمعة"), wd(2024, 3, 3, "الأحد")]),
    (None, "الجزائر (وأج) - أعيد أمس دفن رفات المناضل صالح بن عيسى في مسقط رأسه، بعد ستين عاماً من وفاته في المنفى.",
     "trap: reburial long after the death", []),
    (None, "عمّان (بترا) - رحلت الكاتبة نجوى الخطيب (1940-2020)، وعاش شقيقها الأكبر عيسى (1936-2023) بعدها ثلاث سنوات.",
     "trap: elder brother born earlier and outliving her", [gt(1940, 1936, "older born earlier"), age(2020, 2023, 3, 3, "outlived by")]),
    (None, "القاهرة (أ ش أ) - أعلنت أسرة المطرب مجدي حسن وفاته يوم السبت 2 مارس 2024، بعد عام من وفاة شقيقته.",
     "trap: a sister's different death date; weekday right", [wd(2024, 3, 2, "السبت")]),
]
