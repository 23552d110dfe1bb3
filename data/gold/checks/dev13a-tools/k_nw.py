"""news: datelines with cities and agencies (بترا، كونا، و.م.ع، بنا، واس، العمانية، أ ش أ، قنا، وام، سونا، وات، وأج،
سانا، واع), obituaries, festivals and fairs."""
from d13cal import *  # noqa: F401,F403

STYLE = "news"

_e1 = jd2g(h2jd(1444, 12, 10))
_w1 = g2jd(1973, 10, 6)
_w2 = h2jd(1440, 12, 9)
_w2obs = g2jd(2019, 8, 10)  # observed day of Arafat 1440
_c1 = g2jd(2003, 4, 9)
_c2 = h2jd(1446, 9, 1)
_c2g = jd2g(_c2)
_c3 = h2jd(1445, 3, 12)
_c3g = jd2g(_c3)
_c4 = g2jd(2024, 2, 29)

CASES = [
    # lifespan
    ("lifespan",
     "عمّان 12 مارس 2019 (بترا) - يلقي الشاعر يوسف العزام مساء اليوم محاضرة عن الشعر النبطي في رابطة الكتاب الأردنيين. "
     "يذكر أن العزام توفي في صيف 2016 بعد صراع مع المرض.",
     "an in-person lecture about 3 years after his stated death (reached by the family name alone)",
     [(2019 - 2016 >= 2, "lecture years after death")]),
    ("lifespan",
     "الرباط 3 يونيو 2023 (و.م.ع) - عيّنت الجامعة السيد سعيد الإدريسي المولود سنة 2016 عميداً لكلية الحقوق خلفاً لعميدها "
     "المتقاعد.",
     "a dean at 7, computed from the dateline year",
     [(2023 - 2016 == 7, "age 7")]),
    # family-order
    ("family-order",
     "الكويت 5 يناير 2022 (كونا) - نعت الأسرة الفقيد فهد العنزي (1950–2022). ويتقبل العزاء في ديوان الأسرة شقيقه الأصغر "
     "ناصر المولود عام 1944.",
     "a 'younger' brother born 6 years before the deceased",
     [(1944 < 1950, "younger brother born first")]),
    ("family-order",
     "المنامة (بنا) - تسلمت الأسرة جائزة الراحل عيسى البنعلي. وتسلمها بكره خالد المولود عام 1985، بحضور شقيقته مريم "
     "المولودة عام 1981.",
     "the firstborn son born 4 years after his sister",
     [(1985 > 1981, "firstborn born after sibling")]),
    # conflicting-values
    ("conflicting-values",
     "الدوحة (قنا) - رحل الفنان التشكيلي جاسم الكواري المولود عام 1948. وقد ولد الراحل عام 1951 في حي الجسرة ودرس الفن "
     "في بغداد.",
     "two plain birth years, the second reached by «الراحل»",
     [(1948 != 1951, "two birth years")]),
    ("conflicting-values",
     "القاهرة (أ ش أ) - توفي الملحن عادل الشناوي صباح اليوم في مستشفى بالقاهرة. وكان الراحل قد لفظ أنفاسه الأخيرة في منزله "
     "بالإسكندرية بحضور أبنائه.",
     "death place a Cairo hospital, then his home in Alexandria, both plain",
     []),
    # calendar-equivalence
    ("calendar-equivalence",
     f"الرياض 10 ذو الحجة 1444 هـ الموافق {_e1[2]} يوليو {_e1[0]} م (واس) - استقبل خادم الحرمين الشريفين المهنئين بعيد الأضحى.",
     f"10 Dhu al-Hijja 1444 is {_e1} (tabular; observed 28 June); July is a month off",
     [(g2jd(_e1[0], 7, _e1[2]) - h2jd(1444, 12, 10) >= 28, "a month off")]),
    ("calendar-equivalence",
     "مسقط (العمانية) - تحتفل جمعية المرأة العمانية في صحار بمرور ثلاثين عاماً على تأسيسها، إذ أُسست عام 1410 هـ (1995 م).",
     f"1410 AH overlaps {sorted(hyears(1410))}, not 1995",
     [(hyfar(1410, 1995), "1995 far from 1410 AH")]),
    # anachronism
    ("anachronism",
     "بيروت - أعلن الناشر سمير الحلبي أن روايته الأولى لاقت رواجاً واسعاً عام 1999 بعد أن نشر فصولها على صفحته في فيسبوك.",
     "Facebook launched in 2004 (widely known)",
     [(1999 < 2004, "before Facebook")]),
    ("anachronism",
     "أبوظبي (وام) - كرّم نادي الفروسية البطل سيف المزروعي الذي مثّل دولة الإمارات العربية المتحدة في دورة الألعاب "
     "الآسيوية عام 1966.",
     "the United Arab Emirates was formed in December 1971 (widely known)",
     [(1966 < 1971, "before the UAE")]),
    # ordinal-series
    ("ordinal-series",
     "تونس 14 أكتوبر 2022 (وات) - انطلقت الدورة الثانية عشرة لمهرجان قليبية لسينما الهواة. وكانت الدورة الحادية عشرة قد "
     "أقيمت في صيف 2023 بمشاركة عشرين فيلماً.",
     "the eleventh edition dated after the twelfth",
     [(2023 > 2022, "eleventh after twelfth")]),
    ("ordinal-series",
     "الجزائر (وأج) - اختُتم المؤتمر الثالث لاتحاد الكتّاب الجزائريين عام 2010، فيما عُقد مؤتمره الرابع عام 2006 في وهران.",
     "the fourth congress dated before the third (reached by «مؤتمره»)",
     [(2006 < 2010, "fourth before third")]),
    # name-anomaly
    ("name-anomaly",
     "القاهرة (أ ش أ) - يعرض المسرح القومي الليلة معالجة مسرحية لرواية «ثرثرة فوق النيل» للكاتب نجيب إدريس.",
     "the novel is Naguib Mahfouz's; «إدريس» is Yusuf Idris's family name",
     []),
    ("name-anomaly",
     "تونس (وات) - احتفت دار الثقافة بتوزر بديوان «أغاني الحياة» لأبي القاسم المسعدي في ذكرى صاحبه.",
     "the collection is Abu al-Qasim al-Shabbi's; «المسعدي» is Mahmoud al-Messadi's family name",
     []),
    # impossible-date
    ("impossible-date",
     "الخرطوم 31 سبتمبر 2021 (سونا) - وصل إلى العاصمة وفد من الاتحاد الأفريقي لبحث الأوضاع الإنسانية.",
     "September has 30 days",
     [(not gvalid(2021, 9, 31), "31 September invalid")]),
    ("impossible-date",
     "دمشق (سانا) - أعلنت وزارة الثقافة أن الأمسية التكريمية للشاعر الراحل ستقام في 31/11/2018 بمكتبة الأسد.",
     "November has 30 days",
     [(not gvalid(2018, 11, 31), "31 November invalid")]),
    # malformed-date
    ("malformed-date",
     "أبوظبي  / /2022 (وام) - افتتح معرض أبوظبي الدولي للكتاب أبوابه أمام الزوار.",
     "a dateline with empty day and month slots",
     []),
    ("malformed-date",
     "بغداد (واع) - أعلنت دار الشؤون الثقافية أن معرضها السنوي يُفتتح في الثامن من، على أن يستمر أسبوعين.",
     "a day with the month cut off",
     []),
    # weekday-mismatch
    ("weekday-mismatch",
     f"القاهرة (أ ش أ) - استعاد المحاربون القدامى ذكرياتهم عن ظهيرة يوم {shift(wd(_w1), 2)} 6 أكتوبر 1973 حين عبرت القوات "
     "قناة السويس.",
     f"6 October 1973 was a {wd(_w1)}",
     [(wdoff(_w1, shift(wd(_w1), 2)) == 2, "weekday 2 days off")]),
    ("weekday-mismatch",
     f"مكة المكرمة {shift(wd(_w2), 2)} 9 ذو الحجة 1440 هـ (واس) - وقف حجاج بيت الله الحرام على صعيد عرفات.",
     f"9 Dhu al-Hijja 1440 is a {wd(_w2)} (tabular), observed on {wd(_w2obs)} 10 August 2019; off from both",
     [(wdoff(_w2, shift(wd(_w2), 2)) >= 2 and wdoff(_w2obs, shift(wd(_w2), 2)) >= 2, "off from tabular and observed")]),
    # consistent
    (None,
     "صنعاء (سبأ) - شيّع الآلاف اليوم جثمان الشاعر عبده الحكيمي الذي توفي أمس عن 82 عاماً، ودُفن في مقبرة خزيمة.",
     "trap: a funeral the day after the death",
     []),
    (None,
     "الرباط (و.م.ع) - تسلمت أرملة الروائي الراحل إدريس الخمليشي، المتوفى عام 2020، الجائزة التي مُنحت لروايته الأخيرة "
     "عام 2022.",
     "trap: a posthumous award received by the widow",
     [(2022 > 2020, "award after death, received by another")]),
    (None,
     f"بغداد (واع) - يستذكر الأهالي صباح يوم {wd(_c1)} 9 أبريل 2003 حين دخلت القوات الأمريكية العاصمة.",
     "trap: a true weekday for 9 April 2003",
     [(wd(_c1) == "الأربعاء", "Wednesday")]),
    (None,
     f"الرياض {wd(_c2)} 1 رمضان 1446 هـ الموافق {_c2g[2]} مارس {_c2g[0]} م (واس) - بدأ المسلمون في المملكة صيام الشهر الفضيل.",
     "trap: a true tabular Hijri/Gregorian dateline with its weekday",
     [(g2jd(*_c2g) == _c2, "equivalence exact")]),
    (None,
     f"المنامة {wd(_c4)} 29 فبراير 2024 (بنا) - افتتح وزير التربية معرض الكتاب المدرسي.",
     "trap: 29 February in a leap year, true weekday",
     [(gvalid(2024, 2, 29), "2024 leap")]),
    (None,
     "الكويت 31 ديسمبر 2020 (كونا) - ودّعت البلاد العام بإجراءات صحية مشددة.",
     "trap: 31 December, valid",
     [(gvalid(2020, 12, 31), "valid")]),
    (None,
     "عمّان (بترا) - قالت الكاتبة ريم البدور إنها بدأت نشر قصصها القصيرة على صفحتها في فيسبوك عام 2010.",
     "trap: Facebook while it existed",
     [(2010 > 2004, "after Facebook's launch")]),
    (None,
     "دبي (وام) - مثّل العداء محمد الفلاسي دولة الإمارات العربية المتحدة في دورة الألعاب الأولمبية في موسكو عام 1980.",
     "trap: the UAE while it existed",
     [(1980 > 1971, "after the UAE's formation")]),
    (None,
     "الشارقة (وام) - تنطلق الدورة الثلاثون لمهرجان الشارقة الدولي للكتاب في نوفمبر 2024، بعد نجاح الدورة التاسعة "
     "والعشرين العام الماضي.",
     "trap: an ordinal series in order (29th last year, 30th this year)",
     []),
    (None,
     "طنجة (و.م.ع) - نظمت جمعية ثقافية ندوة عن رواية «الخبز الحافي» لمحمد شكري في ذكرى رحيله.",
     "trap: a real author with his own work",
     []),
    (None,
     "رام الله (وفا) - سجّل اللاعب الشاب محمود درويش، المولود عام 2001 والذي سماه أبوه على اسم الشاعر الراحل، هدف الفوز عام 2023.",
     "trap: a namesake of the poet (died 2008) playing in 2023; his own birth year makes it consistent",
     [(2023 - 2001 == 22, "player aged 22")]),
    (None,
     "بيروت - غيّب الموت المطرب وديع العلي عن عمر يناهز الثمانين عاماً، وكان قد وُلد عام 1943 في البقاع.",
     "trap: an approximate age matching the birth year (death in 2023 implied)",
     []),
    (None,
     "نواكشوط - رحل الشاعر سيدي ولد أحمد عن 101 عام، فقد ولد عام 1922 وتوفي عام 2023.",
     "trap: a life of 101 years, computed",
     [(2023 - 1922 == 101, "101 years")]),
    (None,
     "القاهرة (أ ش أ) - تضاربت الأنباء حول سنة ميلاد الممثلة الراحلة سميرة الجندي، فالمشهور أنها ولدت عام 1938، وقيل عام 1940.",
     "trap: two birth years, the second hedged",
     []),
    (None,
     "الكويت (كونا) - تسلّم الابن الأصغر للأديب الراحل عبد اللطيف الصانع وسام التميز نيابة عن أسرته، بعد ثلاث سنوات من رحيل أبيه.",
     "trap: a posthumous honour received by the son",
     []),
    (None,
     "صنعاء (سبأ) - يستقبل الفنان عبد الباسط الآنسي المعزين بوفاة والدته التي أنجبته عام 1965 وهي في الخامسة والعشرين.",
     "trap: a mother 25 years older, computed",
     [(1965 - 25 == 1940, "mother born 1940")]),
    (None,
     "مسقط (العمانية) - احتفل نادي صور الرياضي بمرور خمسين عاماً على تأسيسه عام 1394 هـ (1974 م).",
     f"trap: a true Hijri/CE year pair (1394 AH overlaps {sorted(hyears(1394))})",
     [(1974 in hyears(1394), "1974 in 1394 AH")]),
    (None,
     f"الرياض (واس) - احتفت المدارس بالمولد النبوي يوم {wd(_c3)} 12 ربيع الأول 1445 هـ الموافق {_c3g[2]} سبتمبر {_c3g[0]} م.",
     "trap: a true tabular weekday and equivalence",
     [(g2jd(*_c3g) == _c3, "equivalence exact")]),
    (None,
     "الجزائر 30 يونيو 2022 (وأج) - أحيت البلاد الذكرى الستين للاستقلال بمسيرات في العاصمة.",
     "trap: 30 June (valid), the 60th anniversary of 1962",
     [(gvalid(2022, 6, 30) and 2022 - 1962 == 60, "valid, 60 years")]),
    (None,
     "الدوحة (قنا) - أعاد التلفزيون عرض مقابلة أجرتها قناة الجزيرة عام 2005 مع المؤرخ الراحل عبد العزيز الدوري.",
     "trap: Al Jazeera (1996) while it existed; a real historian interviewed while alive (d. 2010)",
     [(1996 < 2005 < 2010, "within both lives")]),
]
