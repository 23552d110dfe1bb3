from cal import *

STYLE = "qatari-heritage-magazine"


def off(name, k):
    return WD[(WD.index(name) + k) % 7]


w71 = wd(g2j(1971, 9, 3))
w13 = wd(g2j(1913, 7, 17))
w78 = wd(g2j(1878, 12, 18))
w95 = wd(g2j(1995, 6, 27))
h13 = j2h(g2j(1913, 7, 17))
h71 = j2h(g2j(1971, 9, 3))
GM = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]

CASES = [
    ("lifespan", "رحل الطواش محمد بن سالم المهندي عن دنيانا عام 1952 في فريج الأصمخ. وفي موسم الغوص عام 1956 كان بنفسه يفاوض تجار بومباي على لؤلؤ الدانة الذي جمعه.",
     "planted: a pearl merchant bargaining in person four years after his death (invented)", []),
    ("lifespan", "كان النوخذة علي بن راشد البوعينين من مواليد عام 1911، وقد تولى قيادة سفينة «بوم» كبيرة بأربعين غواصا في موسم 1918.",
     "planted: a captain commanding a pearling ship at seven (invented)", []),
    ("family-order", "أما الأخ الأكبر للشاعر، عبد الله، فقد ولد سنة 1934، بينما ولد الشاعر نفسه، وهو أصغر إخوته، سنة 1927 في الخور.",
     "planted: the elder brother born after the youngest (invented family)", []),
    ("family-order", "وتحتفظ الأسرة بصورة نادرة للجدة مريم بنت أحمد المولودة سنة 1930، وهي والدة الحاج إبراهيم الذي أبصر النور عام 1924.",
     "planted: a mother born six years after her son (invented)", []),
    ("conflicting-values", "ولد الشاعر عبد الرحمن بن قاسم المعاودة في الوكرة عام 1911. وقد قضى طفولته الأولى في الدوحة حيث كان مسقط رأسه في فريج البدع.",
     "planted: two birthplaces (al-Wakra and Doha) without hedge (details partly invented)", []),
    ("conflicting-values", "انتقل الطواش يوسف الدرويش إلى رحمة الله سنة 1968 بعد حياة حافلة. وكانت وفاته، كما يروي ابنه، في صيف عام 1972 بمدينة بومباي.",
     "planted: two death years (invented merchant)", []),
    ("calendar-equivalence", "توفي مؤسس الدولة الشيخ جاسم بن محمد آل ثاني في لوسيل سنة 1331 للهجرة، الموافقة لعام 1907 للميلاد.",
     "planted: 1331 AH given as 1907 (true 1913)", [(not hyears(1331)[0] <= 1907 <= hyears(1331)[1], "")]),
    ("calendar-equivalence", f"في 3 سبتمبر 1971، الموافق {h71[2]} {HM[(h71[1] + 3) % 12]} {h71[0]} هـ، أُعلن استقلال قطر.",
     "planted: Hijri equivalent of 3 September 1971 four months off (true %d/%d/%d tabular)" % h71, [(h71[1] <= 9, "")]),
    ("anachronism", "وفي عام 1950 كان تجار سوق واقف يتقاضون أثمان اللؤلؤ بالريال القطري، قبل أن تتراجع تجارة الغوص.",
     "planted: the Qatari riyal (1973) in 1950", []),
    ("anachronism", "تخرج الأستاذ خليفة في جامعة قطر سنة 1965، ثم عاد ليدرّس الشعر النبطي لطلبة المدارس.",
     "planted: a Qatar University graduate in 1965 (its first college opened 1973)", []),
    ("ordinal-series", "وتزوج الطواش أحمد بن جبر ثلاث مرات: كان زواجه الثاني عام 1931، أما زواجه الأول فكان عام 1938 من ابنة عمه.",
     "planted: first marriage dated after the second (invented)", []),
    ("ordinal-series", "خرج النوخذة في رحلته الرابعة إلى سواحل الهند عام 1946، وكانت رحلته الخامسة عام 1941 على متن «السنبوك» نفسه.",
     "planted: fifth voyage dated before the fourth (invented)", []),
    ("name-anomaly", "ومن الأبيات التي يحفظها رواة الخور قول قطري بن الفجاءة المازني، صاحب «المعلقة» التي مطلعها «قفا نبك من ذكرى حبيب ومنزل».",
     "planted: Imru' al-Qais's Mu'allaqa credited to Qatari b. al-Fuja'a", []),
    ("name-anomaly", "وقد ورث الطواش صالح بن حمد الكواري تجارته عن أبيه عبد الله الكواري، الذي أسس الدكان في سوق واقف.",
     "planted: son 'b. Hamad' of a father named Abdullah (invented family)", []),
    ("impossible-date", "وصلت السفينة إلى ميناء الدوحة في 31 سبتمبر 1949 محملة بالأرز والتوابل.",
     "planted: 31 September", [(not gvalid(1949, 9, 31), "")]),
    ("impossible-date", "كتب الطواش وصيته بخط يده في 29 فبراير 1951، وهي محفوظة اليوم لدى أحفاده.",
     "planted: 29 February 1951 (not a leap year)", [(not gvalid(1951, 2, 29), "")]),
    ("malformed-date", "وتقول الوثيقة إن العقد أبرم بتاريخ 14/ /1937 بين النوخذة والطواش.",
     "planted: empty month slot", []),
    ("malformed-date", "عمل الراحل في تجارة اللؤلؤ من عام 1925 حتى عام ، ثم اتجه إلى التجارة في الأقمشة.",
     "planted: range with the end year empty", []),
    ("weekday-mismatch", f"انتقل الشيخ جاسم بن محمد إلى جوار ربه يوم {off(w13, 2)} 17 يوليو 1913.",
     f"planted: 17 July 1913 was a {w13}; weekday two days off", []),
    ("weekday-mismatch", f"ويحتفل القطريون باليوم الوطني تخليدا لتولي الشيخ جاسم الحكم يوم {off(w78, -3)} 18 ديسمبر 1878.",
     f"planted: 18 December 1878 was a {w78}; weekday three days off", []),
    (None, "عاشت الجدة شيخة بنت علي مائة عام وثلاثة أعوام، فقد ولدت سنة 1901 ورحلت سنة 2004، وكانت آخر من يحفظ أهازيج الغوص في فريجها.",
     "trap: a life of 103 years, consistent (invented)", [(2004 - 1901 == 103, "")]),
    (None, "ولد الابن الأصغر للطواش بعد وفاة أبيه بثلاثة أشهر، فسمّته أمه باسم أبيه إحياء لذكره.",
     "trap: posthumous son named after his father", []),
    (None, "وبعد رحيل الطواش بعشرين عاما أطلقت بلدية الدوحة اسمه على شارع في منطقة الجسرة.",
     "trap: a street named after the dead", []),
    (None, f"توفي الشيخ جاسم بن محمد آل ثاني يوم {w13} 17 يوليو 1913، الموافق {h13[2]} {HM[h13[1] - 1]} {h13[0]} هـ.",
     "trap: true weekday and tabular Hijri equivalent of 17 July 1913", [(h13[0] == 1331, "")]),
    (None, f"وفي يوم {w71} 3 سبتمبر 1971 أعلنت قطر استقلالها، وانضمت بعد أيام إلى جامعة الدول العربية.",
     "trap: true weekday of 3 September 1971", []),
    (None, "وفي عام 1977 صدر مرسوم إنشاء جامعة قطر، بعد أن افتتحت كلية التربية أبوابها عام 1973.",
     "trap: a body refounded/renamed from its first college, in the right years", []),
    (None, "ويبدو أن الشيخ قاسم بن محمد هو نفسه الشيخ جاسم، فأهل قطر يلفظون القاف جيما.",
     "trap: one man under two spellings explained in the text (not a name anomaly)", []),
    (None, "كان أول زواج للطواش سنة 1920، وثانيهما سنة 1929 بعد وفاة زوجته الأولى، ولم يتزوج بعدها.",
     "trap: marriages in order (invented)", []),
    (None, "ولد الشاعر في فريج المرقاب، وقيل في فريج الجسرة، والراجح الأول كما يذكر أبناؤه.",
     "trap: hedged birthplace", []),
    (None, "وتروي الوثيقة المؤرخة في 29 فبراير 1948 أن السفينة بيعت بثلاثة آلاف روبية.",
     "trap: 29 February 1948 is valid (leap year); rupee in use then", [(gvalid(1948, 2, 29), "")]),
    (None, "وانهار سوق اللؤلؤ في ثلاثينيات القرن الماضي بعد ظهور اللؤلؤ الياباني المستزرع، ثم اكتشف النفط في دخان سنة 1939.",
     "trap: true sequence of events", []),
    (None, "وحين سافر في رحلته الثالثة سنة 1935 كان قد أتم رحلتين قبلها، الأولى سنة 1929 والثانية سنة 1932.",
     "trap: ordinals named out of textual order but dated in order", []),
    (None, "تولى الطواش إدارة تجارة أبيه وهو في السابعة عشرة من عمره، بعد أن رافقه في رحلاته منذ الثانية عشرة.",
     "trap: young but plausible ages", []),
    (None, "وفي عام 1966 حلّ ريال قطر ودبي محل الروبية الخليجية، ثم صدر الريال القطري سنة 1973.",
     "trap: currencies in their own years", []),
    (None, f"وفي يوم {w95} 27 يونيو 1995 تولى الشيخ حمد بن خليفة الحكم، فبدأت مرحلة جديدة من تاريخ البلاد.",
     "trap: true weekday of 27 June 1995", []),
    (None, "وقد نقل رفات الجد من مقبرة قديمة في الوكرة إلى مقبرة الريان عام 1985، بعد وفاته بثلاثين سنة.",
     "trap: reburial long after the death", []),
    (None, "وفي معركة الوجبة سنة 1893 قاد الشيخ جاسم رجاله، وكان يومها قد تجاوز الستين.",
     "trap: an old man leading a battle (plausible)", []),
    (None, "ويفرّق أهل الخور بين راشد بن علي الكبير وحفيده راشد بن علي الصغير، وبينهما سبعون عاما.",
     "trap: namesakes, grandfather and grandson (invented)", []),
    (None, "وكان أكبر الإخوة محمد من مواليد 1915، ثم سالم 1918، ثم أصغرهم عبد الله عام 1923.",
     "trap: siblings in true order (invented)", []),
    (None, "وفي 31 ديسمبر 1959 سجّل الطواش آخر صفقة في دفتره، وبعدها أغلق دكانه.",
     "trap: 31 December is valid", [(gvalid(1959, 12, 31), "")]),
]

# a neutral closing sentence (a chronicler's, editor's or speaker's aside) for a few entries
_EXTRA = {
    1: "وتروي الأسرة أن رحلاته كانت تمتد إلى سواحل عمان.",
    9: "وقد عرفه طلابه بحرصه على توثيق الأهازيج.",
    13: "وما زال أحفاده يحتفظون بصندوق اللؤلؤ القديم.",
    19: "وهو يوم تتزين فيه الدوحة كل عام.",
    22: "ويمر به اليوم آلاف السيارات كل صباح.",
    26: "وهذا معروف في اللهجة القطرية.",
    33: "وتحتفظ الأسرة بنماذج من تلك العملات.",
    38: "وكلهم عملوا في البحر مع أبيهم.",
}
CASES = [(r, t + " " + _EXTRA[i] if i in _EXTRA else t, n, c) for i, (r, t, n, c) in enumerate(CASES)]
