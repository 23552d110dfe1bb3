from cal import *

STYLE = "iraqi-academics-encyclopedia"


def off(name, k):
    return WD[(WD.index(name) + k) % 7]


w95 = wd(g2j(1995, 7, 13))
w58 = wd(g2j(1958, 7, 14))
w69 = wd(g2j(1969, 12, 17))
w84 = wd(g2j(1984, 2, 28))
w10 = wd(g2j(2010, 11, 19))
h58 = j2h(g2j(1958, 7, 14))
h95 = j2h(g2j(1995, 7, 13))

CASES = [
    ("lifespan", "الوردي، علي حسين (1913–1995): عالم اجتماع عراقي. نال الدكتوراه من جامعة تكساس سنة 1950، وألقى محاضرة في كلية الآداب ببغداد سنة 1998 عن طبيعة المجتمع العراقي.",
     "planted: a lecture three years after his death in 1995", []),
    ("lifespan", "الحسني، عبد الكريم صالح: ولد في الحلة سنة 1940. عين أستاذا مساعدا في قسم الكيمياء بجامعة بغداد عام 1949.",
     "planted: an assistant professor at nine (invented)", []),
    ("family-order", "الشمري، فاضل: أستاذ الفيزياء بجامعة البصرة، ولد سنة 1946، وأبوه الأستاذ خضر الشمري المولود سنة 1951 من رواد التعليم الثانوي.",
     "planted: the father born five years after his son (invented)", []),
    ("family-order", "العبيدي، سعاد: أستاذة علم النفس، وهي الكبرى بين أخواتها، ولدت سنة 1955، في حين ولدت أختها الصغرى نوال عام 1950.",
     "planted: the eldest sister born after the youngest (invented)", []),
    ("conflicting-values", "مصطفى جواد (1904–1969): لغوي ومؤرخ. ولد في محلة عقد القشل ببغداد. وتوفي سنة 1971 بعد أن ترك أكثر من أربعين مؤلفا.",
     "planted: two death years (1969 in the heading, 1971 in the text)", []),
    ("conflicting-values", "الجبوري، حميد: أستاذ الهندسة المدنية، حصل على الماجستير من جامعة مانشستر عام 1968. ونال الماجستير نفسها من جامعة ليدز في العام ذاته.",
     "planted: one master's degree from two universities (invented)", []),
    ("calendar-equivalence", "سافرت البعثة إلى القاهرة سنة 1377 هـ (1952 م)، قبل تأسيس جامعة بغداد بخمس سنين.",
     "planted: 1377 AH given as 1952 (true 1957-58)", [(not hyears(1377)[0] <= 1952 <= hyears(1377)[1], "")]),
    ("calendar-equivalence", f"توفي في بغداد يوم 13 تموز 1995، الموافق {h95[2]} {HM[(h95[1] + 1) % 12]} {h95[0]} للهجرة.",
     "planted: Hijri equivalent of 13 July 1995 two months off (true %d/%d/%d tabular)" % h95, [(h95[1] <= 10, "")]),
    ("anachronism", "الدوري، عبد العزيز: عين عميدا لكلية الآداب في جامعة بغداد سنة 1949، ثم انتقل إلى الجامعة الأردنية.",
     "planted: Baghdad University (founded 1957) in 1949 (the college existed under other names)", []),
    ("anachronism", "الخفاجي، رزاق: نال البكالوريوس من جامعة الكوفة سنة 1975، ثم الدكتوراه من جامعة بغداد.",
     "planted: the University of Kufa (founded 1987) in 1975 (invented person)", []),
    ("ordinal-series", "الراوي، نوري: تولى رئاسة القسم ثلاث مرات، كانت ولايته الثالثة سنة 1972 وولايته الثانية سنة 1979.",
     "planted: third term dated before the second (invented)", []),
    ("ordinal-series", "انتخب عضوا في المجمع العلمي العراقي، وحضر مؤتمره الخامس عام 1980، بعد أن كان قد حضر المؤتمر السادس عام 1976.",
     "planted: sixth conference dated before the fifth (invented numbering)", []),
    ("name-anomaly", "الوردي، جواد علي (1907–1987): مؤرخ، صاحب «المفصل في تاريخ العرب قبل الإسلام».",
     "planted: Jawad Ali given al-Wardi's family name as a heading", []),
    ("name-anomaly", "ومن مترجماته «ملحمة گلگامش» التي نقلها إلى العربية عالم الآثار طه جواد علي.",
     "planted: Taha Baqir's translation credited to a 'Taha Jawad Ali'", []),
    ("impossible-date", "الصراف، أحمد حامد: ولد في بغداد في 31 نيسان 1933، ودرس الحقوق.",
     "planted: 31 April (Nisan)", [(not gvalid(1933, 4, 31), "")]),
    ("impossible-date", "نوقشت أطروحته للدكتوراه في 30 شباط 1964 في جامعة القاهرة.",
     "planted: 30 February (Shubat)", [(not gvalid(1964, 2, 30), "")]),
    ("malformed-date", "عين مدرسا في دار المعلمين العالية بتاريخ / 9 / ، ثم نقل إلى كلية الآداب.",
     "planted: date with the day and year slots empty", []),
    ("malformed-date", "أصدر مجلة «المورد» من سنة 1971 إلى سنة 19، ثم انقطع عنها.",
     "planted: a truncated year 19", []),
    ("weekday-mismatch", f"توفي الدكتور علي الوردي في بغداد يوم {off(w95, 2)} 13 تموز 1995.",
     f"planted: 13 July 1995 was a {w95}; weekday two days off", []),
    ("weekday-mismatch", f"ففي صبيحة يوم {off(w58, -2)} 14 تموز 1958 كان في طريقه إلى الجامعة حين سمع بيان الثورة من الإذاعة.",
     f"planted: 14 July 1958 was a {w58}; weekday two days off", []),
    (None, "الدوري، عبد العزيز (1919–2010): مؤرخ، رئيس جامعة بغداد، عاش إحدى وتسعين سنة وظل يكتب حتى أعوامه الأخيرة.",
     "trap: a long life of 91 years, writing until his last years", [(2010 - 1919 == 91, "")]),
    (None, f"توفي مصطفى جواد في بغداد يوم {w69} 17 كانون الأول 1969، وصدر بعد وفاته بثلاث سنوات كتابه الأخير بتحقيق تلامذته.",
     "trap: true weekday; a book published by pupils after the death", []),
    (None, "الوردي، علي حسين: صاحب «وعاظ السلاطين» و«لمحات اجتماعية من تاريخ العراق الحديث».",
     "trap: a real author with his works", []),
    (None, "باقر، طه (1912–1984): عالم آثار، ترجم «ملحمة گلگامش» إلى العربية، ودرّس في جامعة بغداد منذ تأسيسها سنة 1957.",
     "trap: real translator; Baghdad University after 1957", []),
    (None, f"وفي يوم {w58} 14 تموز 1958، الموافق {h58[2]} {HM[h58[1] - 1]} {h58[0]} هـ، قامت الثورة التي غيرت مسار الجامعة.",
     "trap: true weekday and tabular Hijri equivalent of 14 July 1958", [(h58[0] == 1377, "")]),
    (None, "الجامعة المستنصرية: أسست في بغداد سنة 1963، وتحمل اسم المدرسة المستنصرية التي أنشأها الخليفة المستنصر بالله سنة 631 هـ.",
     "trap: a modern university named after a medieval madrasa (not an anachronism)", []),
    (None, "الملائكة، نازك (1923–2007): درّست في جامعة البصرة ثم في جامعة الموصل بعد تأسيسها سنة 1967، وتوفيت في القاهرة.",
     "trap: born in Baghdad, died in Cairo; Mosul University after its founding", []),
    (None, "عين رئيسا للقسم مرتين: الأولى سنة 1962، والثانية سنة 1970 بعد عودته من البعثة.",
     "trap: terms in order (invented)", []),
    (None, "السامرائي، إبراهيم: غير إبراهيم السامرائي الطبيب المعاصر له، فالأول لغوي ولد سنة 1923، والثاني جرّاح من مواليد 1931.",
     "trap: two namesakes distinguished in the text", []),
    (None, "ولد في الناصرية سنة 1938، وقيل سنة 1939، ونال الدكتوراه من جامعة موسكو سنة 1968.",
     "trap: hedged birth year", []),
    (None, "عين معيدا في كلية العلوم وهو في الثالثة والعشرين، ونال الأستاذية وهو في الثامنة والثلاثين.",
     "trap: plausible academic ages", []),
    (None, f"توفي طه باقر في بغداد يوم {w84} 28 شباط 1984.",
     "trap: true weekday of 28 February 1984", []),
    (None, "ناقش رسالته في 29 شباط 1960 أمام لجنة من ثلاثة أساتذة.",
     "trap: 29 February 1960 is valid (leap year)", [(gvalid(1960, 2, 29), "")]),
    (None, "كانت أخته الكبرى بشرى من مواليد 1941، وهو من مواليد 1944، وأصغرهم هاشم 1950.",
     "trap: siblings in true order (invented)", []),
    (None, "دار المعلمين العالية: أسست سنة 1923، ثم صارت كلية التربية بعد ضمها إلى جامعة بغداد.",
     "trap: a renamed body in its right order", []),
    (None, f"توفي عبد العزيز الدوري في عمّان يوم {w10} 19 تشرين الثاني 2010، ونقل جثمانه بعد ذلك إلى بغداد ليدفن فيها.",
     "trap: true weekday; body moved after death", []),
    (None, "أبوه الشيخ حسن مولود سنة 1899، وجده لأمه مولود سنة 1870، وهو مولود سنة 1925 في الكاظمية.",
     "trap: parent and grandparent in true order (invented)", []),
    (None, "وأنشئ المجمع العلمي العراقي سنة 1947، وكان من أوائل أعضائه محمد رضا الشبيبي.",
     "trap: a body in its time", []),
    (None, "شارك في المؤتمر الثاني للمؤرخين العرب سنة 1967 بعد مشاركته في المؤتمر الأول سنة 1963.",
     "trap: ordinals in order (invented numbering)", []),
    (None, "نال الدكتوراه الثانية من جامعة السوربون سنة 1966، بعد دكتوراه أولى من جامعة القاهرة سنة 1958.",
     "trap: second degree named first, dated after the first (invented)", []),
]

# a neutral closing sentence (a chronicler's, editor's or speaker's aside) for a few entries
_EXTRA = {
    1: "وله بحوث منشورة في المجلات العلمية.",
    9: "وله مؤلفات في النقد الأدبي.",
    13: "وهي من أشهر الترجمات العربية للملحمة.",
    19: "فعاد إلى بيته.",
    22: "وقد أثارت كتبه جدلا واسعا في حياته.",
    26: "وهي من رواد الشعر الحر.",
    33: "وكلهم درسوا في مدارس بغداد.",
    38: "وقدم فيهما بحثين عن تاريخ البصرة.",
}
CASES = [(r, t + " " + _EXTRA[i] if i in _EXTRA else t, n, c) for i, (r, t, n, c) in enumerate(CASES)]
