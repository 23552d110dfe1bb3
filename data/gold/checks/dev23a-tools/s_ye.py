from cal import *

STYLE = "yemeni-voice-note-transcript"


def off(name, k):
    return WD[(WD.index(name) + k) % 7]


w62 = wd(g2j(1962, 9, 26))
w90 = wd(g2j(1990, 5, 22))
w67 = wd(g2j(1967, 11, 30))
w48 = wd(g2j(1948, 2, 17))
w94 = wd(g2j(1994, 7, 7))
h62 = j2h(g2j(1962, 9, 26))
h90 = j2h(g2j(1990, 5, 22))

CASES = [
    ("lifespan", "يا خالي جدي الله يرحمه مات سنة 1985 وانا صغير. وبعدين سنة 1990 يوم الوحدة هو بنفسه ذبح ثور قدام البيت وعزم القرية كلها.",
     "planted: the grandfather slaughters a bull five years after his death", []),
    ("lifespan", "عمتي مواليد 1950، وقالوا إنها سافرت لحالها إلى عدن تشتغل في المصنع سنة 1956، ذلحين تحكي لنا القصة ونضحك.",
     "planted: working alone in Aden at six", []),
    ("family-order", "شوف يا أخي، أبي هو الكبير في إخوانه، مواليد 1960، وعمي الصغير عبده مواليد 1955.",
     "planted: the eldest born after the youngest", []),
    ("family-order", "جدتي آمنة مولودة سنة 1945 وأمي بنتها مولودة 1941، كذا مكتوب في البطاقة.",
     "planted: mother born after her daughter", []),
    ("conflicting-values", "جدي توفي سنة 2003 في صنعاء، الله يرحمه. وهو مات سنة 2006 بعد ما رجع من الحج بشهرين.",
     "planted: two death years with no hedge", []),
    ("conflicting-values", "أبي انولد في تعز وتربّى فيها. ومسقط راسه في إب، في قرية جنب جبلة.",
     "planted: two birthplaces", []),
    ("calendar-equivalence", "جدي انولد سنة 1340 هجري، يعني سنة 1930 ميلادي، كذا قال لنا.",
     "planted: 1340 AH given as 1930 (true 1921-22)", [(not hyears(1340)[0] <= 1930 <= hyears(1340)[1], "")]),
    ("calendar-equivalence", f"يوم الثورة 26 سبتمبر 1962، يعني {h62[2]} {HM[(h62[1] + 3) % 12]} {h62[0]} هجري، كان أبي في صنعاء.",
     "planted: Hijri equivalent of 26 September 1962 four months off (true %d/%d/%d tabular)" % h62, [(h62[1] <= 9, "")]),
    ("anachronism", "سنة 1995 جدي أرسل لنا الفلوس بالواتساب من السعودية وقال لا تخبروا أحد.",
     "planted: WhatsApp in 1995", []),
    ("anachronism", "عمي درس في جامعة صنعاء سنة 1965 وتخرج مهندس.",
     "planted: Sanaa University (founded 1970) in 1965", []),
    ("ordinal-series", "جدي تزوج ثلاث، الثانية سنة 1958 والأولى سنة 1964، وكلهن من نفس القرية.",
     "planted: first marriage dated after the second", []),
    ("ordinal-series", "أبي سافر للسعودية المرة الثالثة سنة 1980، والمرة الرابعة كانت قبلها سنة 1976.",
     "planted: fourth trip dated before the third", []),
    ("name-anomaly", "جدي كان يحفظ قصائد البردوني كلها، وأحسن شي عنده نشيد «رددي أيتها الدنيا نشيدي» حق عبد الله البردوني.",
     "planted: the anthem by al-Fudul (Abdullah Abd al-Wahhab Nu'man) credited to al-Baradduni", []),
    ("name-anomaly", "وأبي اسمه محمد بن علي، وأنا اسمي أحمد محمد علي، وأخي الكبير اسمه حسن صالح علي.",
     "planted: a full brother with a different father's name", []),
    ("impossible-date", "عمتي تقول انولدت يوم 31 شهر ستة 1970، مكتوب كذا في الشهادة.",
     "planted: 31 June (month six)", [(not gvalid(1970, 6, 31), "")]),
    ("impossible-date", "جدي توفي يوم اثنين وثلاثين من رمضان، قالوا قبل العيد بيوم.",
     "planted: the 32nd of Ramadan", []),
    ("malformed-date", "ابن عمي انولد في 5 من شهر ، وما احد يتذكر السنة.",
     "planted: month empty, year unknown", []),
    ("malformed-date", "جدي اشتغل في عدن من سنة إلى سنة 1967، وبعدين رجع البلاد.",
     "planted: range with the start year empty", []),
    ("weekday-mismatch", f"يوم الوحدة، {off(w90, 2)} 22 مايو 1990، كنا نحتفل في الحارة كلها.",
     f"planted: 22 May 1990 was a {w90}; weekday two days off", []),
    ("weekday-mismatch", f"يوم {off(w62, -2)} 26 سبتمبر 1962 قامت الثورة وجدي كان عسكري.",
     f"planted: 26 September 1962 was a {w62}; weekday two days off", []),
    (None, "جدتي الله يطول عمرها مواليد 1920، يعني ذلحين عمرها مية وست سنين، وما زالت تعرفنا كلنا.",
     "trap: a living elder of 106 (2026 speaking time)", [(2026 - 1920 == 106, "")]),
    (None, "أبي مات وأمي حامل بأخي الصغير، وانولد أخي بعد موته بخمسة أشهر.",
     "trap: posthumous son", []),
    (None, "جدي مات سنة 1999، وبعدين سنة 2005 عيالي سموا المدرسة باسمه.",
     "trap: a school named after the dead", []),
    (None, f"يوم الثورة كان {w62} 26 سبتمبر 1962، يعني {h62[2]} {HM[h62[1] - 1]} {h62[0]} هجري، جدي يذكره زين.",
     "trap: true weekday and tabular Hijri of 26 September 1962", [(h62[0] == 1382, "")]),
    (None, f"الوحدة كانت يوم {w90} 22 مايو 1990، الموافق {h90[2]} {HM[h90[1] - 1]} {h90[0]}.",
     "trap: true weekday and tabular Hijri of 22 May 1990", []),
    (None, f"وقالوا الإمام يحيى قتلوه يوم {w48} 17 فبراير 1948، وجدي يومها كان في سوق حزيز.",
     "trap: true weekday of 17 February 1948", []),
    (None, "جامعة صنعاء فتحت سنة 1970، وعمي كان من أول دفعة فيها.",
     "trap: a body in its time", []),
    (None, "جدي تزوج مرتين، الأولى سنة 1950 والثانية سنة 1962 بعد ما ماتت جدتي الأولى.",
     "trap: marriages in order", []),
    (None, "جدي اسمه علي بن محمد، وأبي محمد بن علي، وأنا علي بن محمد على اسم جدي.",
     "trap: grandson named after grandfather (not an anomaly)", []),
    (None, "جدي انولد سنة 1935 وقالوا 1936، الله أعلم، ما في شهادات ذاك الوقت.",
     "trap: hedged birth year", []),
    (None, "أختي انولدت يوم 29 فبراير 1972، وتحتفل بعيد ميلادها كل أربع سنين.",
     "trap: valid 29 February 1972", [(gvalid(1972, 2, 29), "")]),
    (None, f"يوم الاستقلال في عدن {w67} 30 نوفمبر 1967، وخالي كان واقف في الساحة.",
     "trap: true weekday of 30 November 1967", []),
    (None, "جدي نقلوا قبره من القرية القديمة لمقبرة جديدة بعد السيل بعشر سنين.",
     "trap: reburial", []),
    (None, "عمي الكبير مواليد 1952، وأبي 1955، وعمي الصغير 1961.",
     "trap: siblings in true order", []),
    (None, "سافر أبي المرة الثانية سنة 1982، بعد المرة الأولى سنة 1978 بأربع سنين.",
     "trap: ordinals in order", []),
    (None, "جدي كان يرعى الغنم وهو ابن ثمان، وتزوج وهو ابن ثمنطعش.",
     "trap: plausible young ages", []),
    (None, f"حرب صيف 1994 خلصت يوم {w94} 7 يوليو، وخالي رجع بعدها لصنعاء.",
     "trap: true weekday of 7 July 1994", []),
    (None, "في عندنا اثنين اسمهم صالح علي، واحد عمي وواحد جارنا، ولا تخلط بينهم.",
     "trap: namesakes distinguished", []),
    (None, "جدي اشتغل في ميناء عدن من سنة 1955 إلى سنة 1967، قبل الاستقلال بأشهر رجع.",
     "trap: a complete range", []),
    (None, "أمي تقول انولدت في رمضان، في الثلاثين منه، ليلة العيد.",
     "trap: 30 Ramadan valid", []),
]

# a neutral closing sentence (a chronicler's, editor's or speaker's aside) for a few entries
_EXTRA = {
    1: "الله يحفظها.",
    9: "وبعدين اشتغل في الطرقات.",
    13: "ذلحين كلنا في صنعاء.",
    19: "الله يرحمه.",
    22: "ذلحين الطلاب يدرسوا فيها.",
    26: "وبعدين صار دكتور فيها.",
    33: "وكلهم في البلاد إلا أبي.",
    38: "وكان يرسل فلوس لجدتي كل شهر.",
}
CASES = [(r, t + " " + _EXTRA[i] if i in _EXTRA else t, n, c) for i, (r, t, n, c) in enumerate(CASES)]
