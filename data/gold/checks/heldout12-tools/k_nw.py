"""heldout12, news: datelines with agencies, obituaries, Hijri datelines."""
from h12cal import WD, wd_g, wd_h, wd_dist, h2g, g2jdn, hy_off, hy_ce, valid_g

STYLE = "news"
EG = ["", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def off(w, k):
    return WD[(WD.index(w) + k) % 7]


_w1 = off(wd_g(2020, 8, 4), 2)
_w2 = off(wd_h(1444, 12, 10), 3)
_m = h2g(1445, 1, 1)
_c = h2g(1442, 9, 1)
_wc = wd_h(1442, 9, 1)
_wb = wd_g(2010, 12, 17)

CASES = [
    # lifespan
    ("lifespan", "الكويت (كونا) – افتتح الوزير الأسبق عبد المحسن الرشيد صباح اليوم 20 نوفمبر 2021 جناح الكتاب التراثي في المعرض. وكان الرشيد قد توفي في لندن عام 2018 بعد مرض عضال.",
     "opens a pavilion in person in 2021, three years after his death (2018)", [(2021 - 2018 == 3, "3 years after death")]),
    ("lifespan", "تونس (وات) – أعلنت الصحيفة أن الطفلة ريم الجلاصي، وهي من مواليد 2016، تولّت رئاسة تحريرها عام 2021 خلفًا للصحفي المتقاعد منصف الباجي.",
     "editor-in-chief of a newspaper at 5 (2016 → 2021)", [(2021 - 2016 == 5, "age 5")]),
    # family-order
    ("family-order", "بيروت – نعت عائلة الراحلة سميرة حداد، المولودة عام 1955، فقيدتها التي توفيت أمس. وتقبل التعازي شقيقتها الكبرى لينا حداد (مواليد 1962) في منزل العائلة.",
     "'elder sister' born 1962, after the deceased (1955)", [(1962 > 1955, "elder sister born after")]),
    ("family-order", "الدوحة (قنا) – كرّم النادي لاعبه السابق جاسم المهندي ونجله البكر راشد المولود سنة 1990. كما حضر التكريم شقيقه الأصغر خالد، وهو من مواليد 1986.",
     "firstborn son (1990) born after his 'younger' brother (1986)", [(1990 > 1986, "firstborn after younger")]),
    # conflicting-values
    ("conflicting-values", "رام الله (وفا) – رحل الأديب الفلسطيني نصري عبد الهادي (مواليد 1958) عن عمر ناهز ستين عامًا. وكان الفقيد قد ولد في قرية عرابة قضاء جنين عام 1961.",
     "birth year 1958 in the parenthesis vs 1961 in the body, via 'the deceased'", [(1958 != 1961, "two birth years")]),
    ("conflicting-values", "بيروت (الوكالة الوطنية) – توفي المخرج المسرحي جورج خوري أمس في مستشفى بالدوحة التي أقام فيها منذ عقدين. وقالت أسرته إن خوري فارق الحياة في منزله بالأشرفية وهو محاط بأبنائه.",
     "death place Doha hospital vs his home in Achrafieh (Beirut), both plain assertions", []),
    # calendar-equivalence
    ("calendar-equivalence", "الرياض (واس) – 1 محرم 1445 هـ الموافق 30 يونيو 2023 م: احتفلت جمعية تحفيظ القرآن بتخريج دفعة جديدة من حفظة كتاب الله.",
     f"1 Muharram 1445 is {_m[2]}/{_m[1]}/{_m[0]} (tabular; observed 19 July 2023); 30 June is {g2jdn(*_m) - g2jdn(2023, 6, 30)} days early",
     [(g2jdn(*_m) - g2jdn(2023, 6, 30) == 19, "19 days off")]),
    ("calendar-equivalence", "المنامة (بنا) – أصدرت وزارة العدل طبعة جديدة من سجلات الأوقاف التي جُمعت عام 1441 هـ (2017 م)، وتضم وثائق نادرة.",
     f"1441 AH overlaps {sorted(hy_ce(1441))}; 2017 is {hy_off(1441, 2017)} years off", [(hy_off(1441, 2017) == 2, "2 years off")]),
    # anachronism
    ("anachronism", "عمّان (بترا) – استعاد الروائي الأردني فادي الزعبي في ندوة أمس بداياته، مشيرًا إلى أنه نشر قصته الأولى على صفحته في موقع فيسبوك عام 1999.",
     "Facebook launched 2004 (widely known); a post dated 1999", [(1999 < 2004, "before Facebook")]),
    ("anachronism", "أبوظبي (وام) – كشفت وثائق أن السفير الراحل سيف المزروعي أجرى عام 1975 اتصالًا بالأمين العام لمجلس التعاون لدول الخليج العربية بشأن الحدود.",
     "the Gulf Cooperation Council was founded 1981 (widely known); a call to its secretary-general in 1975", [(1975 < 1981, "before the GCC")]),
    # ordinal-series
    ("ordinal-series", "الجزائر (وأج) – اختتمت أمس فعاليات الملتقى الثالث للشعر الملحون الذي احتضنته مستغانم في 2010. وكان الملتقى الرابع قد أقيم في تلمسان عام 2008 بمشاركة ثلاثين شاعرًا.",
     "4th meeting (2008) before the 3rd (2010)", [(2008 < 2010, "fourth before third")]),
    ("ordinal-series", "مسقط (العمانية) – انطلقت النسخة الخامسة من ماراثون صحار عام 2014، بعد عامين من النسخة السادسة التي أقيمت في 2012.",
     "6th edition (2012) before the 5th (2014)", [(2012 < 2014, "sixth before fifth")]),
    # name-anomaly
    ("name-anomaly", "حيفا – قدمت فرقة مسرحية شابة عرضًا مقتبسًا من رواية «رجال في الشمس» لغسان حبيبي، وسط حضور جماهيري لافت.",
     "«رجال في الشمس» is Ghassan Kanafani's; 'Ghassan Habibi' mixes in Emile Habibi's family name", []),
    ("name-anomaly", "القاهرة (أ ش أ) – أعادت الهيئة العامة للكتاب طباعة رواية «عودة الروح» لتوفيق محفوظ ضمن سلسلة كلاسيكيات الأدب.",
     "«عودة الروح» is Tawfiq al-Hakim's; 'Tawfiq Mahfouz' mixes in Naguib Mahfouz's family name", []),
    # impossible-date
    ("impossible-date", "الرباط (و.م.ع) – 31 نونبر 2020: أعطى وزير الفلاحة انطلاقة موسم غرس الزيتون بإقليم تاونات.",
     "31 November does not exist (Maghrebi نونبر)", [(not valid_g(2020, 11, 31), "31/11 invalid")]),
    ("impossible-date", "القاهرة – أعلنت النقابة أن الانتخابات ستجرى يوم 29 فبراير 2023 في مقرها الرئيسي بوسط المدينة.",
     "29 February 2023: 2023 is not a leap year", [(not valid_g(2023, 2, 29), "29/2/2023 invalid")]),
    # malformed-date
    ("malformed-date", "مسقط (العمانية) – 14 أكتوبر 202: دشنت وزارة الصحة مستشفى جديدًا في ولاية صور بسعة مائتي سرير.",
     "dateline year cut to three digits (202)", []),
    ("malformed-date", "الخرطوم (سونا) – أعلن اتحاد الكتاب السودانيين أن مؤتمره العام سيعقد في /6/2025 بقاعة الصداقة.",
     "day slot empty in '/6/2025'", []),
    # weekday-mismatch
    ("weekday-mismatch", f"بيروت – في ذكرى انفجار المرفأ الذي وقع مساء {_w1} 4 آب 2020، تجمع أهالي الضحايا أمام مبنى العدلية.",
     f"4 August 2020 was a {wd_g(2020, 8, 4)}; the text says {_w1}", [(wd_dist(_w1, wd_g(2020, 8, 4)) == 2, "2 days off")]),
    ("weekday-mismatch", f"مكة المكرمة (واس) – أدى الحجاج صلاة عيد الأضحى يوم {_w2} 10 ذو الحجة 1444 هـ في مشعر منى.",
     f"10 Dhu l-Hijja 1444 was a {wd_h(1444, 12, 10)} (tabular, {h2g(1444, 12, 10)}; observed Wednesday 28 June 2023); the text says {_w2}",
     [(wd_dist(_w2, wd_h(1444, 12, 10)) == 3 and wd_dist(_w2, "الأربعاء") == 3, "3 days off tabular and observed")]),

    # consistent
    (None, "الدار البيضاء (و.م.ع) – شُيّع بعد ظهر اليوم جثمان الفنان محمد العلوي الذي توفي أمس عن عمر ناهز 81 عامًا، بحضور عدد من زملائه.",
     "trap: funeral the day after death (an act by others)", []),
    (None, "عمّان (بترا) – تسلّم نجل الشاعر الراحل حيدر مصطفى الخطيب جائزة الإبداع التي منحت لأبيه بعد وفاته، في حفل أقيم مساء أمس.",
     "trap: posthumous award received by the son; invented poet", []),
    (None, f"جدة (واس) – {_wc} 1 رمضان 1442 هـ الموافق {_c[2]} {EG[_c[1]]} {_c[0]} م: بدأت الجمعيات الخيرية توزيع السلال الغذائية على الأسر.",
     f"trap: Hijri dateline with its tabular Gregorian date and weekday ({_wc}; observed 13 April 2021)", [(wd_g(*_c) == _wc, "weekday agrees")]),
    (None, f"سيدي بوزيد (وات) – يستعيد أهالي المدينة ذكرى {_wb} 17 ديسمبر 2010، حين أضرم البائع المتجول محمد البوعزيزي النار في نفسه.",
     f"trap: true weekday ({_wb}) for 17 December 2010", [(_wb == "الجمعة", "Friday")]),
    (None, "تونس – ولد الطفل يوسف الطرابلسي في 29 فبراير 2020 بمستشفى شارل نيكول، ويحتفل ذووه بعيد ميلاده في السنوات الكبيسة.",
     "trap: 29 February in a leap year", [(valid_g(2020, 2, 29), "valid")]),
    (None, "القاهرة (أ ش أ) – أعلن الكاتب وائل منصور في منشور على صفحته بموقع فيسبوك عام 2012 أنه انتهى من روايته الجديدة.",
     "trap: Facebook (2004) existing in 2012", [(2012 > 2004, "after 2004")]),
    (None, "الرياض (واس) – استقبل الأمين العام لمجلس التعاون لدول الخليج العربية وفدًا اقتصاديًا عام 1990، حسب وثائق نشرتها الأمانة.",
     "trap: GCC (1981) existing in 1990", [(1990 > 1981, "after 1981")]),
    (None, "الرباط (و.م.ع) – تنطلق الدورة العاشرة لمهرجان الموسيقى الأندلسية في أبريل 2024، بعد نجاح الدورة التاسعة في 2023.",
     "trap: ordinal series in order (9th 2023, 10th 2024)", [(2023 < 2024, "in order")]),
    (None, "رام الله – كرّمت البلدية المهندس محمود درويش عبد الله، سميّ الشاعر الراحل، على تصميمه الحديقة العامة الجديدة.",
     "trap: a living namesake of Mahmoud Darwish, marked as such", []),
    (None, "بغداد – رحل الشاعر الشعبي كريم العبودي الذي يرجَّح أنه ولد عام 1940 أو 1941 في ميسان.",
     "trap: hedged birth year", []),
    (None, "دمشق (سانا) – شارك الموسيقي نزار الشامي، الذي توفي والده عام 1999، في حفل أقيم عام 2005 إحياءً لذكرى أبيه، وعزف فيه ابنه الصغير المولود عام 2001.",
     "trap: relatives' dates (father died 1999, son born 2001) are not the subject's", []),
    (None, "القدس (وفا) – احتفلت عائلة المعمّرة فاطمة القواسمي بعيد ميلادها الثالث بعد المائة، وهي من مواليد 1921.",
     "trap: a living centenarian (103 in 2024)", [(1921 + 103 == 2024 and 103 <= 120, "103")]),
    (None, "الجزائر (وأج) – توفي المجاهد الطاهر بوشامة في باريس أمس، وهو الذي ولد في سطيف عام 1935، وسينقل جثمانه إلى مسقط رأسه.",
     "trap: birthplace Setif, death place Paris, repatriation of the body", []),
    (None, "عدن (سبأ) – أعيد دفن رفات الشاعر عبد الله محسن الحوشبي في مقبرة الشهداء بعد أربعين عامًا على وفاته.",
     "trap: reburial 40 years after death", []),
    (None, "غزة – نظمت مكتبة بلدية غزة أمسية حول رواية «رجال في الشمس» لغسان كنفاني، بمشاركة طلبة الجامعات.",
     "trap: real author and work", []),
    (None, "الرباط (و.م.ع) – 30 نونبر 2023: افتتحت الأميرة المعرض الوطني للصناعة التقليدية.",
     "trap: 30 November valid (Maghrebi نونبر)", [(valid_g(2023, 11, 30), "valid")]),
    (None, "المنامة (بنا) – واصل الشيخ عيسى الكوهجي، البالغ من العمر 95 عامًا، تدريس الخط العربي في مركز الشيخ إبراهيم الثقافي.",
     "trap: active at 95 (plausible)", []),
    (None, "دبي (وام) – صدر كتاب «سجلات الغوص» الذي يوثق أعمال الطواويش عام 1445 هـ (2023 م).",
     f"trap: true Hijri/CE year pair (1445 overlaps {sorted(hy_ce(1445))})", [(2023 in hy_ce(1445), "2023")]),
    (None, "الدوحة (قنا) – توّج السبّاح القطري حمد الكواري، ابن الخامسة عشرة، بذهبية البطولة الخليجية للناشئين.",
     "trap: a champion at 15 (plausible age)", []),
    (None, "الخرطوم (سونا) – ووري الثرى أمس جثمان الفنان عبد الرحيم الطيب حمدان الذي رحل الخميس الماضي، بحضور رسمي وشعبي.",
     "trap: burial after death; relative weekday without a date", []),
]
