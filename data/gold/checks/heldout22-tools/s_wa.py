from cal import *

STYLE = "levantine-family-whatsapp-chat"

_n = gw(1948, 5, 15)
_k = gw(1990, 8, 2)
_j = gw(1967, 6, 5)
_r = gw(1982, 6, 6)
_h = j2h(g2j(1976, 3, 14))
_x = gw(1999, 12, 31)

CASES = [
    ("lifespan", "خالتي سميرة: ستّي أم جميل توفت سنة 85 الله يرحمها. وبعرس بنت عمي سنة 90 هي اللي زغردت أول وحدة، بتتذكروا؟",
     "grandmother ululating at a wedding five years after her death (digits as typed in the chat)", []),
    ("lifespan", "أبو سليم: جدي سافر عالبرازيل سنة 1921 وهو ابن 3 سنين لحاله، واشتغل هناك بياع كشة وفتح دكانة بساو باولو بنفس السنة.",
     "a three-year-old emigrating alone and opening a shop", []),
    ("family-order", "رنا: لحظة، عمو فؤاد مش هو الكبير؟ مواليد 1950. وأبوه جدو نجيب مواليد 1952 حسب الهوية اللي لقيناها.",
     "father born after his son", []),
    ("family-order", "هلا: خالي الكبير مروان مواليد 1966 والصغير نبيل مواليد 1961، هيك مكتوب بدفتر العيلة.",
     "the eldest born after the youngest", []),
    ("conflicting-values", "أبو إياد: عمي أبو خليل انولد بصفد سنة 1938 قبل النكبة بعشر سنين. وبعدين لما طلعوا عالشام كان عمره 6 سنين، يعني مواليد 1942.",
     "two birth years (1938 and 1942)", []),
    ("conflicting-values", "ماما: تيتا ليلى ماتت بحلب سنة 2001 الله يرحمها. ريم: لأ ماما، تيتا ماتت بحمص وانا كنت معها بالمستشفى.",
     "two death places, each stated as fact", []),
    ("calendar-equivalence", f"عمو سامي: هي صورة شهادة ميلاد جدي: 13 ربيع الأول 1406 هجري يعني 14 آذار 1976.",
     f"14 March 1976 is {_h}; Hijri year planted ten years later", [(_h[0] == 1396, "year")]),
    ("calendar-equivalence", "أبو رامي: جدي تزوج بموسم الحج سنة 1370 هجري، اللي هي سنة 1962 ميلادي، كاتبينها عالعقد.",
     "1370 AH (1950–51) beside 1962", []),
    ("anachronism", "رامي: لقيت صورة لستّي بالأبيض والأسود سنة 1938 وهي ماسكة موبايل 😂 لا عنجد هيك مكتوب وراها: «أم رامي مع الموبايل، 1938».",
     "a mobile phone in 1938", []),
    ("anachronism", "خالو: عمي أبو ماجد بعت أول حوالة من الكويت لأهله بالشام سنة 1952 بالدينار الكويتي.",
     "the Kuwaiti dinar (1961) in 1952", []),
    ("ordinal-series", "سلمى: عمتو وداد تجوزت جوزها التاني سنة 1970 وجوزها الأول سنة 1978، ومن الأول جابت بنتين.",
     "second marriage dated before the first", []),
    ("ordinal-series", "أبو وليد: سفرتي التالتة عالسعودية كانت سنة 1979، والتانية كانت سنة 1983 لما رحت مع خالك.",
     "second trip dated after the third", []),
    ("name-anomaly", "نادين: بعتولي صورة مكتوب عليها «جبران خليل نعيمة، صاحب كتاب النبي»، مين كاتبها هيك؟ وحطوها بصدر الصالون.",
     "Gibran given Naimy's name", []),
    ("name-anomaly", "بابا: جدك كان يحب يسمع «زهرة المدائن» بصوت أم كلثوم ويبكي كل مرة.",
     "Zahrat al-Mada'in (Fairuz) given to Umm Kulthum", []),
    ("impossible-date", "عمو طوني: جدي انولد بـ 31 حزيران 1931 بزحلة، هيك بالإخراج القيد.",
     "31 June", [(not g_valid(1931, 6, 31), "invalid")]),
    ("impossible-date", "هبة: تاريخ وفاة جد أمي عالشاهدة 30 شباط 1973، حدا بيعرف ليش؟",
     "30 February", []),
    ("malformed-date", "مها: عمي هاجر عالأرجنتين من سنة 1954 لسنة… وما رجع لهلأ.",
     "a range with an empty end", []),
    ("malformed-date", "جدو: عرسي أنا وستكم كان بـ 12 / / 19، بس مش متذكر الشهر ولا آخر رقمين.",
     "a date with empty month and a two-digit year", []),
    ("weekday-mismatch", f"عمتو: بتذكروا؟ يوم {shift(_k, 2)} 2 آب 1990 دخل العراق عالكويت وعمي كان هونيك.",
     f"2 August 1990 is a {_k}; planted +2", []),
    ("weekday-mismatch", f"ستّي دايمًا تقول: إجت الحرب يوم {shift(_j, -2)} 5 حزيران 1967 وهي بتعجن.",
     f"5 June 1967 is a {_j}; planted -2", []),
    # consistent
    (None, "يوسف: جد جدي عاش 103 سنين، انولد سنة 1880 ومات سنة 1983 بالقرية، وضل يحرث لحد التسعين.",
     "trap: a centenarian", [(1983 - 1880 == 103, "age")]),
    (None, "ماما: أخوي سمير انولد بعد وفاة بابا بشهرين، الله يرحمه ما شافه.",
     "trap: a posthumous child", []),
    (None, "عمو: بعد ما توفى جدي بعشر سنين عملنا بيته متحف صغير وحطينا صورته عالباب.",
     "trap: acts by others after a death", []),
    (None, "ريم: نقلنا رفات جدي من ساو باولو ودفناه بضيعته سنة 2005، بعد ما مات هونيك سنة 1974.",
     "trap: reburial", []),
    (None, f"بابا: انا انولدت يوم {_n} 15 أيار 1948، نفس يوم ما طلعوا أهلي من يافا.",
     "trap: true weekday", []),
    (None, "أم وسيم: عمي الكبير مواليد 1940، بعده أبوك 1944، والصغيرة عمتك نهى 1951.",
     "trap: siblings in order", []),
    (None, "خالو: أنا تزوجت مرتين، الأولى سنة 1975 والتانية سنة 1989 بعد ما توفت أم فادي.",
     "trap: ordinals in order", []),
    (None, "جدو أبو جورج: أنا مواليد 29 شباط 1936 وبحتفل كل أربع سنين 😅",
     "trap: 29 February in a leap year", [(g_valid(1936, 2, 29), "valid")]),
    (None, "عمتو: جدك نجيب غير نجيب ابن عمه، التنين انولدوا سنة 1920 وهاجروا عالأرجنتين سوا.",
     "trap: two cousins of the same name and year", []),
    (None, "سارة: قالوا جدي انولد سنة 1915 وقالوا 1917، والهوية مكتوب فيها 1916.",
     "trap: hedged birth years", []),
    (None, f"بابا: سافر عمك عالسعودية سنة 1396 هجري يعني 1976، بعقد مع أرامكو.",
     "trap: true Hijri/Gregorian year pair", [(j2h(g2j(1976, 6, 1))[0] == 1396, "pair")]),
    (None, f"أبو فادي: اجتاحت إسرائيل لبنان يوم {_r} 6 حزيران 1982، وانا كنت عم اشتغل بالخليج.",
     "trap: true weekday", []),
    (None, "نور: تيتا ماتت بسن 96، بس بعدها بعشر سنين لقينا رسايلها المخبأة بالصندوق.",
     "trap: letters found after a death", []),
    (None, f"هيثم: سكروا المحل آخر مرة بـ 31 كانون الأول 1999، يوم {_x}، وبعدها فتحنا بمحل تاني.",
     "trap: 31 December and its true weekday", []),
    (None, "مروة: ستي ولدت أمي وهي عمرها 17 سنة، ومنهم اتنين صاروا أكبر من خالاتي الصغار بعشرين سنة.",
     "trap: young mother; wide sibling gaps", []),
    (None, "أبو سامر: جدي ابن ستين سنة لما انولد عمي الصغير، وأكبر ولاده كان عمره أربعين.",
     "trap: an old father, consistent gaps", []),
    (None, "عمو: المدرسة اللي بالضيعة سموها على اسم جدي بعد ما توفى، وهو اللي بناها سنة 1955.",
     "trap: a school named after the dead", []),
    (None, "ليلى: هاجر جدي عالبرازيل سنة 1913 مع أخوه الكبير، ورجع لحاله سنة 1932.",
     "trap: emigration and return in order", []),
    (None, "خالتو: هي شهادة وفاة جدي عم تقول 30 نيسان 1988، وهي ورقة الدفن بنفس التاريخ.",
     "trap: 30 April valid", [(g_valid(1988, 4, 30), "valid")]),
    (None, "بلال: أول مرة رحنا عالكويت كانت سنة 1970، وتاني مرة سنة 1978، وتالت مرة ما صارت بسبب الحرب.",
     "trap: a series in order", []),
]

# neutral closing sentences for some one-sentence entries (a formula or an aside of the style)
_EXTRA = ["😂😂", "الله يرحمهم كلهم 🤲", "مين عندو الصورة الأصلية؟", "ابعتولي الصورة عالخاص.", "ههههه والله صح.", "بسأل ستي وبرجعلكم.", "تسلم إيدك يا عمو."]
_single = [i for i, c in enumerate(CASES) if len([x for x in __import__("re").split(r"[.؟!](?=\s|$)", c[1]) if x.strip()]) == 1]
_pick = [x for p in zip([i for i in _single if i < 20][::2], [i for i in _single if i >= 20][::2]) for x in p]
for _k, _i in enumerate(_pick[:len(_EXTRA)]):
    _r, _t, _n, _c = CASES[_i]
    CASES[_i] = (_r, _t.rstrip() + " " + _EXTRA[_k], _n + " (+ closing sentence)", _c)
