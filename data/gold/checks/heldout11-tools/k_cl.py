from h11cal import *
STYLE = "classical-tarjama"
_j8 = jd2j(h2jd(690, 10, 1)); _bad8 = jd2j(h2jd(690, 10, 1) + 41)
_w19 = WD[(h2jd(725, 9, 17) + 1 + 2) % 7]
_w20 = WD[(h2jd(700, 1, 1) + 1 + 3) % 7]
_j34 = jd2j(h2jd(745, 2, 10)); _w34 = wd(h2jd(745, 2, 10))
_w30 = wd(h2jd(760, 9, 30))
CASES = [
    ("lifespan", "ولد الشيخ نجم الدين أحمد بن سليمان الحوراني سنة خمس وأربعين وستمائة، ومات سنة 712 هـ بدمشق. وحدّث بنفسه بجامعها سنة سبع عشرة وسبعمائة، فسمع منه خلق.", "teaches in person 5 years after death", [ok(717 - 712 == 5, "5 years after")]),
    ("lifespan", "كان مولد أبي بكر محمد بن عيسى الزرعي سنة ثلاثين وخمسمائة، وعمّر طويلا حتى توفي سنة 665 هـ، وهو يقرئ إلى آخر أيامه.", "135 lunar years (about 131 solar)", [ok((h2jd(665, 1, 1) - h2jd(530, 1, 1)) / 365.25 > 120, "over 120 solar years")]),
    ("family-order", "كان شمس الدين محمد بن يوسف البعلي أكبر إخوته، ولد سنة إحدى وسبعمائة. وأخوه عمر ولد سنة 698 هـ، وتفقه على أخيه.", "'eldest' born after his brother", [ok(701 > 698, "eldest born later")]),
    ("family-order", "ولد زين الدين عبد الرحمن بن علي المقدسي سنة 719 هـ. وأمه فاطمة بنت إبراهيم الصالحية، ولدت سنة اثنتي عشرة وسبعمائة، وحفّظته القرآن.", "mother 7 lunar years older", [ok(719 - 712 == 7, "7 years")]),
    ("conflicting-values", "توفي القاضي تقي الدين سليمان بن حمزة الحنبلي في رجب سنة تسع وستين وسبعمائة. وكانت وفاته سنة 763 هـ بصالحية دمشق، ودفن بسفح قاسيون.", "death 769 in words vs 763 in digits", [ok(769 != 763, "two death years")]),
    ("conflicting-values", "ولد أبو عبد الله محمد بن خليل الحموي بحماة سنة ثمانين وستمائة، ورحل إلى القاهرة. ومولده بمدينة بعلبك، وإليها كان يحن.", "birthplace Hama vs Baalbek", [ok(True, "two birthplaces")]),
    ("calendar-equivalence", "مات المحدث جمال الدين يوسف بن عبد الله المزي الصغير سنة 748 هـ (1352 م) بالطاعون.", "748 AH is 1347/48 (Julian), not 1352", [ok(min(abs(1352 - y) for y in hyears(748, True)) >= 4, "4 years off")]),
    ("calendar-equivalence", f"قدم عكا مجاهدا مستهل شوال سنة 690 هـ، الموافق {_bad8[2]} نوفمبر 1291 م كما قيّده المحقق.", f"1 Shawwal 690 is {_j8} Julian; stated date 41 days later", [ok(_bad8[:2] == (1291, 11), "stated November"), ok(j2jd(*_bad8) - j2jd(*_j8) == 41, "41 days off")]),
    ("anachronism", "رحل سراج الدين عمر بن موسى الطرابلسي إلى مصر سنة ستين وسبعمائة، وسمع بها من الحافظ ابن حجر العسقلاني «صحيح البخاري».", "Ibn Hajar al-Asqalani born 773 AH (widely known)", [ok(760 < 773, "before Ibn Hajar's birth")]),
    ("anachronism", "قرأ صلاح الدين خليل بن أحمد التونسي «مقدمة ابن خلدون» على شيخه سنة 720 هـ، واختصرها.", "Ibn Khaldun born 732 AH, Muqaddima 779 (widely known)", [ok(720 < 732, "before Ibn Khaldun's birth")]),
    ("ordinal-series", "حج عز الدين حمزة بن علي الدمشقي حجته الأولى سنة 701 هـ، والثانية سنة 709 هـ. ثم حج الثالثة سنة خمس وسبعمائة وجاور بمكة.", "third pilgrimage dated before the second", [ok(705 < 709, "third before second")]),
    ("ordinal-series", "فرغ من الجزء الخامس من شرحه في رمضان سنة 742 هـ، ومن الجزء السادس في صفر سنة أربعين وسبعمائة.", "sixth volume finished before the fifth", [ok(740 < 742, "sixth before fifth")]),
    ("name-anomaly", "نسخ بخطه «الكامل في التاريخ» لعز الدين ابن خلدون في أربع مجلدات، ووقفها على المدرسة العادلية.", "Izz al-Din (Ibn al-Athir) with Ibn Khaldun's name", [ok(True, "mixed name")]),
    ("name-anomaly", "وكان يحفظ أكثر «لسان العرب» لمحمد بن مكرم الفيروزآبادي، ويحتج به في دروسه.", "Muhammad ibn Mukarram (Ibn Manzur) with al-Firuzabadi's nisba", [ok(True, "mixed name")]),
    ("impossible-date", "توفي الفقيه بدر الدين حسن بن عمر الإربلي في الثاني والثلاثين من ربيع الأول سنة ست وعشرين وسبعمائة.", "day 32 of a Hijri month", [ok(not hvalid(726, 3, 32), "no day 32")]),
    ("impossible-date", "قال تلميذه: فرغ من تأليفه في 15/13/725 هـ بالقاهرة.", "month 13", [ok(not hvalid(725, 13, 15), "no month 13")]),
    ("malformed-date", "ولد عماد الدين إسماعيل بن محمد النابلسي في يوم 12 من سنة 744 هـ بنابلس، ونشأ بها.", "day with no month", [ok(True, "day without month")]),
    ("malformed-date", "توفي المقرئ أحمد بن يحيى الغزي في /3/ 702 هـ بغزة، وصلي عليه بجامعها.", "empty day and a slashed form cut", [ok(True, "cut date")]),
    ("weekday-mismatch", f"وتوفي بدمشق يوم {_w19} 17 رمضان 725 هـ، وكانت جنازته مشهودة.", f"17 Ramadan 725 tabular {wd(h2jd(725, 9, 17))}; text {_w19}", [ok(all(_w19 != wd(h2jd(725, 9, 17) + k) for k in (-1, 0, 1)), "2 days off")]),
    ("weekday-mismatch", f"جلس للتدريس أول مرة يوم {_w20} مستهل المحرم سنة سبعمائة.", f"1 Muharram 700 tabular Friday; text {_w20}", [ok(all(_w20 != wd(h2jd(700, 1, 1) + k) for k in (-1, 0, 1)), "3 days off")]),
    (None, "توفي الشيخ علاء الدين علي بن إبراهيم الحراني سنة أربع وسبعين وسبعمائة، وقيل سنة خمس وسبعين.", "hedged death year", [ok(True, "وقيل")]),
    (None, "مات قاضي حلب كمال الدين محمد بن عثمان سنة 774 هـ (1373 م)، ودفن بمقبرة المقام.", "774 AH overlaps 1373", [ok(1373 in hyears(774, True), "774 = 1372/73")]),
    (None, "تفقه على ابن قيم الجوزية (691–751 هـ / 1292–1350 م)، ولازمه إلى أن مات.", "teacher's own true lifespan pair", [ok(1292 in hyears(691, True) and 1350 in hyears(751, True), "pairs overlap")]),
    (None, "ورحل إلى القاهرة سنة عشرين وثمانمائة، فقرأ على الحافظ ابن حجر العسقلاني وأجازه.", "Ibn Hajar (773–852) alive in 820", [ok(773 < 820 < 852, "alive")]),
    (None, "ولقي ابن خلدون بالقاهرة سنة تسعين وسبعمائة، وحضر مجلسه في المدرسة القمحية.", "Ibn Khaldun in Cairo from 784 AH", [ok(790 > 784, "in Cairo")]),
    (None, "مات شهاب الدين أحمد بن رجب الحنبلي الصغير سنة 781 هـ قبل أن يبيّض كتابه، فبيّضه تلميذه سنة تسعين وسبعمائة.", "posthumous fair copy by a pupil", [ok(790 > 781, "after death by pupil")]),
    (None, "ولد سنة ست وثمانين وستمائة، ومات سنة 776 هـ عن تسعين سنة قمرية.", "age 90 lunar, computed", [ok(776 - 686 == 90, "90")]),
    (None, "ولد ولي الدين عبد الله بن محمد الزبيري سنة 735 هـ، ومات أبوه سنة تسع وأربعين وسبعمائة وهو صبي.", "father died after his birth (age 14)", [ok(749 - 735 == 14, "age 14")]),
    (None, f"توفي ليلة {_w30} الثلاثين من رمضان سنة ستين وسبعمائة، فصلي عليه صبيحة العيد.", "day 30 of Ramadan valid; tabular weekday", [ok(hvalid(760, 9, 30) and wd(h2jd(760, 9, 30)) == _w30, "valid day 30, weekday")]),
    (None, "حدّث في المجلس الثالث من أماليه سنة 730 هـ، وكان قد أملى المجلس الثاني قبله بشهرين في السنة نفسها.", "ordinals in order", [ok(True, "in order")]),
    (None, "ومن كتبه المسموعة «جامع الأصول» لمجد الدين ابن الأثير، أخي عز الدين صاحب «الكامل».", "two Ibn al-Athir brothers, correct works", [ok(True, "namesakes")]),
    (None, "واختصر «تاريخ الإسلام» للحافظ الذهبي في مجلدين.", "real author with his work", [ok(True, "real attribution")]),
    (None, f"وكانت وفاته يوم {_w34} عاشر صفر سنة 745 هـ، الموافق {_j34[2]} يونيو 1344 م بالتقويم اليولياني.", "true tabular Julian equivalence and weekday", [ok(_j34[:2] == (1344, 6), "June 1344"), ok(wd(h2jd(745, 2, 10)) == _w34, "weekday")]),
    (None, "ولد سنة ثلاث وعشرين وثمانمائة (823 هـ) بالقدس، ونشأ بها.", "words and digits agree", [ok(True, "same year")]),
    (None, "ولد تقي الدين أبو بكر بن داود الصالحي سنة 712 هـ، وكان أخوه الأكبر إبراهيم قد ولد سنة ثمان وسبعمائة.", "elder brother born first", [ok(708 < 712, "elder first")]),
    (None, "درّس الفقه بالمدرسة المستنصرية ببغداد سنة خمسين وستمائة، قبل سقوطها بست سنين.", "Mustansiriyya founded 631 AH; 656 - 650 = 6", [ok(650 > 631 and 656 - 650 == 6, "existed")]),
    (None, "مات بعد السبعين وسبعمائة بقليل، وقد جاوز الثمانين.", "vague death date", [ok(True, "hedge")]),
    (None, "أتم نسخ الكتاب في التاسع والعشرين من ذي الحجة سنة 756 هـ.", "day 29 of Dhu al-Hijja valid", [ok(hvalid(756, 12, 29), "valid")]),
    (None, "قيل: ولد بالرملة، وقيل: بعسقلان، والأول أشهر.", "hedged birthplace", [ok(True, "قيل... وقيل")]),
    (None, "سمع من ابن تيمية بدمشق سنة خمس وسبعمائة، قبل أن يسجن بمصر.", "Ibn Taymiyya (661–728) alive in 705", [ok(661 < 705 < 728, "alive")]),
]
