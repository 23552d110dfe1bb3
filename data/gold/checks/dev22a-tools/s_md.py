from cal import *

STYLE = "mahdist-sudan-correspondence"


def off(name, k):
    return WD[(WD.index(name) + k) % 7]


_kh = g2h(1885, 1, 26)
_om = g2h(1898, 9, 2)
_w1 = off(gw(1885, 1, 26), 2)
_w2 = off(hw(1302, 9, 9), 3)
_kh_bad = HM[(_kh[1] + 2) % 12]
CASES = [
    ("lifespan", "من المهدي محمد أحمد بن عبد الله إلى الأمير عثمان دقنة: أما بعد فقد بلغنا ما كان من أمركم بسواكن. حرر في غرة المحرم سنة 1304.",
     "letter of the Mahdi (d. Ramadan 1302) dated Muharram 1304", []),
    ("lifespan", "ولد الأمير عبد الرحمن النجومي سنة 1295، وفي سنة 1300 ولاه المهدي إمارة الجيش الزاحف على الخرطوم فقاد حصارها.",
     "emir commanding an army at 5", [(1300 - 1295 < 10, "age")]),
    ("family-order", "وكان الخليفة عبد الله أكبر إخوته، ولد سنة 1262 ببلاد التعايشة، وولد أخوه الأصغر يعقوب قبله سنة 1255.",
     "elder Khalifa born after his younger brother", []),
    ("family-order", "والسيد عبد الله والد المهدي ولد سنة 1265 بجزيرة لبب، ووُلد ابنه محمد أحمد سنة 1260 في الجزيرة نفسها.",
     "father born after his son", []),
    ("conflicting-values", "وانتقل المهدي إلى رحمة ربه بأم درمان في التاسع من رمضان سنة 1302، ودفن في بيته الذي مات فيه بالخرطوم.",
     "two places of the Mahdi's death (Omdurman / Khartoum), no hedge", []),
    ("conflicting-values", "قتل غردون باشا على درج السراي يوم دخل الأنصار الخرطوم سنة 1302. ونعلمكم أن غردون قتل في سنة 1303 بعد دخول البلد بأشهر.",
     "two years of Gordon's killing", []),
    ("calendar-equivalence", f"وقد فتح الله الخرطوم فجر يوم {_kh[2]} {_kh_bad} سنة {_kh[0]} الموافق 26 يناير 1885.",
     f"26 Jan 1885 = {_kh} tabular; Hijri month shifted by 3", []),
    ("calendar-equivalence", "ووقعت كرري تحت أم درمان في سنة 1316 الموافقة لسنة 1905 الإفرنجية وانكسر جيش الخليفة.",
     "1316 AH paired with 1905 (true 1898)", [(all(abs(y - 1905) >= 6 for y in hyears_ce(1316)), "gap")]),
    ("anachronism", "من الخليفة عبد الله إلى عامله على بورتسودان: أن يجمع الزكاة من التجار ويرسلها إلى بيت المال. حرر في رجب سنة 1308.",
     "Port Sudan (founded 1905) in 1308 AH (1891)", []),
    ("anachronism", "وفي سنة 1311 جلس أبناء الأمراء في كلية غردون التذكارية بالخرطوم يتعلمون الحساب.",
     "Gordon Memorial College (1902) in 1311 AH", []),
    ("ordinal-series", "هذا كتابنا الثاني إليك يا غردون، حرر في شوال سنة 1301، بعد كتابنا الأول المحرر في ذي الحجة سنة 1301.",
     "second letter dated before the first", []),
    ("ordinal-series", "وكانت الغزوة الثالثة إلى الحبشة في سنة 1305، والثانية في سنة 1306، بقيادة الأمير حمدان أبو عنجة.",
     "third raid before the second", []),
    ("name-anomaly", "بسم الله الرحمن الرحيم، من المهدي محمد أحمد التعايشي إلى كافة الأنصار بكردفان.",
     "the Mahdi given the Khalifa's nisba al-Ta'aishi (he was a Dongolawi)", []),
    ("name-anomaly", "وولى الخليفة الأمير عثمان أبو عنجة على الشرق وسواكن.",
     "Osman Digna and Hamdan Abu Anja mixed", []),
    ("impossible-date", "حرر في اليوم الحادي والثلاثين من صفر الخير سنة 1303.",
     "31 Safar", [(not hvalid(1303, 2, 31), "invalid")]),
    ("impossible-date", "وصلت الباخرة إلى أم درمان يوم 29 فبراير 1897 تحمل الرسل.",
     "29 February 1897 (common year)", [(not gvalid(1897, 2, 29), "invalid")]),
    ("malformed-date", "هذا وقد صدر الإذن للأمير الزاكي طمل بالمسير. حرر في   /  / 1306.",
     "empty day and month slots", []),
    ("malformed-date", "وكان ذلك في العاشر من سنة ، فاعلموا.",
     "day with neither month nor year", []),
    ("weekday-mismatch", f"وسقطت الخرطوم يوم {_w1} 26 يناير 1885 عند الفجر.",
     f"26 Jan 1885 is {gw(1885, 1, 26)}, text {_w1}", [(_w1 != gw(1885, 1, 26), "off")]),
    ("weekday-mismatch", f"وتوفي المهدي عليه السلام يوم {_w2} التاسع من رمضان سنة 1302.",
     f"9 Ramadan 1302 tabular {hw(1302, 9, 9)}, text {_w2}", [(_w2 != hw(1302, 9, 9), "off")]),
    # consistent
    (None, f"وفتحت الخرطوم يوم {gw(1885, 1, 26)} 26 يناير 1885، وهو {_kh[2]} {HM[_kh[1] - 1]} سنة {_kh[0]} على الحساب.",
     f"trap: true weekday and tabular Hijri for 26 Jan 1885 ({_kh})", []),
    (None, f"وكانت وقعة كرري يوم {gw(1898, 9, 2)} 2 سبتمبر 1898، الموافق {_om[2]} {HM[_om[1] - 1]} {_om[0]}.",
     f"trap: Omdurman true pair {_om}", []),
    (None, "من الخليفة عبد الله خليفة المهدي عليه السلام إلى الأمير يونس الدكيم: إنا قد أمضينا ما أمر به المهدي قبل انتقاله. حرر في 13 شوال سنة 1302.",
     "trap: Khalifa's letter after the Mahdi's death citing him", []),
    (None, "ومات المهدي في رمضان سنة 1302، وبنى الخليفة على قبره قبة بأم درمان، وبقيت حتى هدمها الإنجليز سنة 1316.",
     "trap: tomb built after death, demolished later", []),
    (None, "وولد السيد عبد الرحمن بن المهدي سنة 1302 قبل وفاة أبيه بأيام، وعاش بعده إلى سنة 1378 فكان إمام الأنصار في زمن غير زمانه.",
     "trap: son outliving his father by 76 years", []),
    (None, "وخلفاء المهدي ثلاثة: عبد الله بن محمد خليفة الصديق، وعلي ود حلو خليفة الفاروق، ومحمد شريف خليفة الكرار.",
     "trap: three caliphs with their titles", []),
    (None, "هذا كتابنا الأول إليكم حرر في رجب سنة 1301، ثم كتابنا الثاني حرر في رمضان من السنة نفسها.",
     "trap: ordinals in order", []),
    (None, "حرر في الثلاثين من جمادى الأولى سنة 1303 بأم درمان البقعة المباركة.",
     "trap: day 30 of Jumada I valid", [(hvalid(1303, 5, 30), "valid")]),
    (None, "وظهر المهدي بالجزيرة أبا في شعبان سنة 1298، الموافق صيف سنة 1881.",
     "trap: true year pair 1298/1881", [(1881 in hyears_ce(1298), "1881")]),
    (None, "وقتل الخليفة عبد الله بأم دبيكرات سنة 1317 بعد هزيمته في كرري بأكثر من عام، وبقي ابنه عثمان شيخ الدين في الأسر.",
     "trap: Khalifa killed after Omdurman, in order", []),
    (None, "وكان في جيش الأنصار أميران كلاهما يدعى محمد عثمان، أحدهما أبو قرجة والآخر من الجعليين.",
     "trap: namesakes", []),
    (None, "ويقال إن المهدي ولد سنة 1260 وقيل سنة 1259، والمشهور الأول.",
     "trap: hedged birth year", []),
    (None, "ودفن غردون، على ما قالوا، في غير قبر معلوم، ثم أقام له الإنجليز تمثالا بالخرطوم بعد سنين من موته.",
     "trap: statue after death", []),
    (None, "والنجومي الذي قتل في توشكي سنة 1306 غير النجومي الصغير ابنه الذي عاش بعده زمنا.",
     "trap: father and son namesakes", []),
    (None, "حرر في 29 ذي الحجة سنة 1315 وختم بخاتم الخليفة.",
     "trap: 29 Dhu al-Hijja valid", [(hvalid(1315, 12, 29), "valid")]),
    (None, "وكان عمر الشيخ أحمد الجعلي حين وفد على المهدي سبعين سنة، ولد سنة 1230 وجاء سنة 1300.",
     "trap: old man's age right", []),
    (None, "وولى المهدي الأمير حمدان أبو عنجة على جيش الجهادية، وولي عثمان دقنة إمارة الشرق.",
     "trap: right names with right posts", []),
    (None, "وأرسل الإنجليز حملة النيل لإنقاذ غردون فوصلت طلائعها الخرطوم بعد سقوطها بيومين.",
     "trap: relief after the fall", []),
    (None, "ومن عبد الله بن محمد خليفة المهدي إلى الأمير محمود ود أحمد: بلغنا خبر جيش الترك. حرر في منتصف شعبان سنة 1315.",
     "trap: 'منتصف شعبان' date formula", []),
    (None, "وأعلن الإنجليز الحكم الثنائي سنة 1899 بعد أن فتحوا أم درمان في السنة التي قبلها.",
     "trap: condominium after Omdurman", []),
]

_EXTRA = ["والسلام.", "فاعلموا ذلك وكونوا على بصيرة.", "ولا تخالفوا فتندموا.", "والسلام على من اتبع الهدى.",
          "وقد أمرنا بقراءة هذا المنشور في المساجد.", "فالحذر الحذر من المخالفة.", "وبالله التوفيق."]
_ONE = [i for i, c in enumerate(CASES) if len([x for x in __import__("re").split(r"[.؟!](?=\s|$)", c[1]) if x.strip()]) == 1]
for _k, _i in enumerate(_ONE[1::3][:len(_EXTRA)]):
    r, t, n, ch = CASES[_i]
    CASES[_i] = (r, t + " " + _EXTRA[_k], n + " (+ letter formula)", ch)
CASES[20][3].append((gw(1885, 1, 26) == "الاثنين", "26 Jan 1885 Monday (known)"))
CASES[21][3].append((gw(1898, 9, 2) == "الجمعة", "2 Sep 1898 Friday (known)"))
