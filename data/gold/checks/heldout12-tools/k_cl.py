"""heldout12, classical-tarjama: Hijri years in words and digits, editors' Julian equivalents."""
from h12cal import WD, wd_h, wd_j, wd_dist, h2j, j2jdn, h2jdn, jdn2j, hy_off, hy_ce, valid_h, h_len, lunar_to_solar

STYLE = "classical-tarjama"
JM = ["", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def off(w, k):
    return WD[(WD.index(w) + k) % 7]


# planted: Arafa day 9 Dhu l-Hijja 732 with a Julian date 35 days early
_a = h2j(732, 12, 9)
_abad = jdn2j(j2jdn(*_a) - 35)
# planted weekdays
_w1 = off(wd_h(760, 9, 1), 2)
_w2 = off(wd_h(583, 7, 27), 3)
# consistent: 12 Rabi I 778 with Julian date and weekday
_c = h2j(778, 3, 12)
_wc = wd_h(778, 3, 12)
# consistent weekday: 10 Muharram 815
_wt = wd_h(815, 1, 10)

CASES = [
    # lifespan
    ("lifespan", "توفي الشيخ شمس الدين محمد بن عيسى البعلي بدمشق سنة ثلاث وأربعين وستمائة. وذكر ابن أخيه أن عمّه جلس للتحديث بالجامع الأموي سنة 650 هـ وسمع منه خلق كثير.",
     "died 643 AH; holds hadith sessions in person in 650 AH (7 years after death), reached via 'his uncle'", [(650 - 643 == 7, "7 lunar years after death")]),
    ("lifespan", "ولد أبو القاسم عبد الواحد بن سليمان الأزدي سنة تسعين ومائتين، وكانت وفاته سنة 421 هـ بقرطبة، وبقي صحيح الحواس إلى آخر عمره.",
     "life 290–421 AH: 131 lunar years (about 127 solar)", [(lunar_to_solar(421 - 290) > 120, f"{lunar_to_solar(131):.1f} solar years")]),
    # family-order
    ("family-order", "ولد صاحب الترجمة تقي الدين أحمد بن يوسف الحموي سنة ثمان وستمائة. وكان أخوه الأكبر أبو الفضل قد ولد سنة خمس عشرة وستمائة، وتفقه على أبيه.",
     "elder brother born 615, seven years after the subject (608)", [(615 > 608, "elder brother born after")]),
    ("family-order", "خلّف القاضي بدر الدين الحسن بن علي الإربلي ثلاثة أولاد، أكبرهم محمد ولد سنة 742 هـ. وأما أخته فاطمة فولدت سنة ثمان وثلاثين وسبعمائة وتزوجت بابن عمها.",
     "the eldest (Muhammad, 742) is born after his sister Fatima (738)", [(742 > 738, "eldest born after sibling")]),
    # conflicting-values
    ("conflicting-values", "ولد الفقيه نجم الدين عمر بن إبراهيم المارديني بماردين سنة أربع وتسعين وستمائة ونشأ بها. وكان مولده بالموصل في بيت تجارة، ثم انتقل به أبوه إلى الشام.",
     "birthplace Mardin, then plainly Mosul", []),
    ("conflicting-values", "الشيخ زين الدين عبد الرحمن بن محمد الغزّي (790–859 هـ)، فقيه شافعي دخل القاهرة وأخذ عن علمائها. وتوفي بغزة في رجب سنة ست وخمسين وثمانمائة.",
     "death year 859 (digits in the lifespan) vs 856 (in words)", [(859 != 856, "two death years")]),
    # calendar-equivalence
    ("calendar-equivalence", "وفي سنة 656 هـ / 1262 م دخل التتار بغداد، فقُتل فيها أبو المحاسن يوسف بن صالح البغدادي مع من قتل من أهل العلم.",
     f"656 AH is {sorted(hy_ce(656))} (the sack of Baghdad, 1258); 1262 is {hy_off(656, 1262)} years off", [(hy_off(656, 1262) == 4, "4 years off")]),
    ("calendar-equivalence", f"وقف الشيخ سراج الدين عمر بن أحمد الأسواني بعرفة سنة اثنتين وثلاثين وسبعمائة، وكان يوم عرفة (9 ذي الحجة 732 هـ) موافقًا لـ{_abad[2]} {JM[_abad[1]]} {_abad[0]} م بحساب المحقق.",
     f"9 Dhu l-Hijja 732 is {_a[2]}/{_a[1]}/{_a[0]} Julian (tabular); the editor's date is 35 days early",
     [(j2jdn(*_a) - j2jdn(*_abad) == 35, "35 days early")]),
    # anachronism
    ("anachronism", "ولد الشيخ عز الدين إبراهيم بن محمود الحراني سنة خمس وعشرين وستمائة. وقرأ على شيخ الإسلام ابن تيمية بدمشق سنة 650 هـ، ولزمه مدة.",
     "Ibn Taymiyya was born 661 AH (widely known); reading under him in 650 AH", [(650 < 661, "before Ibn Taymiyya's birth")]),
    ("anachronism", "رحل أبو بكر محمد بن خلف المروزي إلى بخارى، فسمع بها «صحيح البخاري» سنة تسعين ومائة، ثم عاد إلى مرو فحدّث به.",
     "al-Bukhari was born 194 AH (widely known); hearing his Sahih in 190 AH", [(190 < 194, "before al-Bukhari's birth")]),
    # ordinal-series
    ("ordinal-series", "ولي القاضي شهاب الدين أحمد بن عبد الله الحلبي قضاء الشافعية بحلب ثلاث مرات: الأولى سنة سبعمائة وتسعين، والثانية سنة 801، والثالثة سنة سبع وتسعين وسبعمائة.",
     "third tenure (797) dated before the second (801)", [(797 < 801, "third before second")]),
    ("ordinal-series", "فرغ المؤرخ جمال الدين يوسف بن تغري الحنفي من المجلد الثاني من تاريخه سنة 838 هـ. ثم أتم المجلد الأول منه سنة أربعين وثمانمائة، وبيّضه بخطه.",
     "first volume finished (840) after the second (838)", [(840 > 838, "first after second")]),
    # name-anomaly
    ("name-anomaly", "طالع القاضي عماد الدين إسماعيل بن نصر كتاب «وفيات الأعيان» لأحمد بن محمد الصفدي، وعلّق على حواشيه.",
     "«وفيات الأعيان» is Ibn Khallikan's (Ahmad b. Muhammad); the family name is al-Safadi's", []),
    ("name-anomaly", "وكان يحفظ كثيرًا من «معجم البلدان» لياقوت المقريزي، فإذا ذُكر بلد ساق ما فيه.",
     "«معجم البلدان» is Yaqut al-Hamawi's; 'Yaqut al-Maqrizi' mixes in al-Maqrizi's nisba", []),
    # impossible-date
    ("impossible-date", "توفي الشيخ أمين الدين سالم بن علي الدمياطي في الحادي والثلاثين من شعبان سنة ثلاث عشرة وسبعمائة، ودفن بالقرافة.",
     "day 31 of a Hijri month (Hijri months have at most 30)", [(not valid_h(713, 8, 31), "31 Sha'ban invalid")]),
    ("impossible-date", "ولد فخر الدين عثمان بن موسى الكركي يوم 31/4/702 هـ، كذا نقله ولده من خط جده.",
     "31 Rabi' II 702: day 31 of a Hijri month", [(not valid_h(702, 4, 31), "31/4 AH invalid")]),
    # malformed-date
    ("malformed-date", "أقام الشيخ نور الدين علي بن حسن الحوراني بالقدس مدرسًا بالصلاحية، وكانت وفاته في العاشر من جمادى الأولى سنة بدمشق، ودفن بباب الصغير.",
     "'سنة' followed by nothing: the year slot is empty", []),
    ("malformed-date", "ولد أبو عبد الله محمد بن يحيى التلمساني في 12/ /745 هـ بتلمسان، ورحل إلى فاس شابًّا.",
     "day/ /year with an empty month slot", []),
    # weekday-mismatch
    ("weekday-mismatch", f"وفي يوم {_w1} مستهل رمضان سنة ستين وسبعمائة جلس الشيخ بهاء الدين محمد بن أيوب للوعظ بجامع الحاكم.",
     f"1 Ramadan 760 was a {wd_h(760, 9, 1)} (tabular; Julian {h2j(760, 9, 1)}); the text says {_w1}", [(wd_dist(_w1, wd_h(760, 9, 1)) == 2, "2 days off")]),
    ("weekday-mismatch", f"وشهد الفقيه ضياء الدين عيسى بن محمد الهكّاري فتح بيت المقدس مع السلطان صلاح الدين يوم {_w2} السابع والعشرين من رجب سنة ثلاث وثمانين وخمسمائة.",
     f"27 Rajab 583 was a {wd_h(583, 7, 27)} (tabular = Julian 2 October 1187; widely known as a Friday); the text says {_w2}", [(wd_dist(_w2, wd_h(583, 7, 27)) == 3 and wd_h(583, 7, 27) == "الجمعة", "3 days off a Friday")]),

    # consistent
    (None, "ولد الشيخ صلاح الدين خليل بن كيكلدي الدمشقي سنة أربع وتسعين وستمائة، وقيل سنة تسع وتسعين، وسمع من علماء دمشق وحلب.",
     "trap: hedged second birth year (وقيل)", []),
    (None, "توفي الحافظ علم الدين القاسم بن محمد الأشبيلي سنة تسع وثلاثين وسبعمائة، وترك تاريخه في المسودة. فبيّضه تلميذه بعد موته بسنتين وزاد فيه وفيات من بعده.",
     "trap: posthumous fair copy by a pupil", [(739 + 2 == 741, "copy 741")]),
    (None, "أخذ المؤرخ تقي الدين أحمد بن علي الحمصي عن ابن خلدون بالقاهرة، وتوفي شيخه ابن خلدون بها سنة 808 هـ (1406 م).",
     f"trap: true Hijri/CE pair for Ibn Khaldun's death (808 AH overlaps {sorted(hy_ce(808))})", [(1406 in hy_ce(808), "1406 in 808 AH")]),
    (None, f"ولد محيي الدين يحيى بن عبد الرحيم الغزّي يوم {_wc} الثاني عشر من ربيع الأول سنة ثمان وسبعين وسبعمائة، الموافق {_c[2]} {JM[_c[1]]} {_c[0]} م (بالتقويم اليولياني).",
     f"trap: Hijri date with its tabular Julian equivalent and weekday ({_wc})", [(wd_j(*_c) == _wc, "weekday matches Julian date")]),
    (None, "ولد الشيخ شرف الدين موسى بن عمر الزواوي سنة ثلاث وسبعمائة، ومات سنة إحدى وتسعين وسبعمائة عن ثمان وثمانين سنة قمرية.",
     "trap: 88 lunar years computed (about 85 solar)", [(791 - 703 == 88 and lunar_to_solar(88) < 120, "88 lunar years")]),
    (None, "نشأ جلال الدين محمد بن أسعد القونوي يتيمًا؛ إذ ولد سنة 720 هـ وتوفي أبوه أسعد (680–723 هـ) وهو ابن ثلاث سنين.",
     "trap: father's own lifespan; father dies 3 years after the son's birth", [(723 - 720 == 3 and 720 - 680 == 40, "father 40 at son's birth")]),
    (None, "وأبو الفرج عبد الرحمن بن يحيى البغدادي هذا غير ابن الجوزي صاحب «صيد الخاطر»، وإن وافقه في الكنية والاسم والبلد.",
     "trap: namesake explicitly distinguished from Ibn al-Jawzi", []),
    (None, "حفظ الصبي ركن الدين عمر بن سعيد الواسطي كتاب «الرسالة» للشافعي وهو ابن اثنتي عشرة سنة.",
     "trap: real author and work (al-Shafi'i's al-Risala); plausible age", []),
    (None, "درّس الفقيه أبو الحسن علي بن مسعود الطوسي بالمدرسة النظامية ببغداد سنة ثمانين وأربعمائة، وكانت قد فُتحت قبل ذلك بنحو عشرين سنة.",
     "trap: Nizamiyya (opened 459 AH, widely known) existing in 480", [(480 > 459, "after 459")]),
    (None, "وكانت وفاة الشيخ عفيف الدين عبد الله بن مرزوق المكي في الثلاثين من ذي الحجة سنة سبع وعشرين وسبعمائة.",
     f"trap: day 30 of Dhu l-Hijja (727 AH has {h_len(727, 12)} days in Dhu l-Hijja, tabular)", [(h_len(727, 12) == 30, "30 Dhu l-Hijja valid in tabular 727")]),
    (None, "ولي الشيخ كمال الدين محمد بن عبد الكافي الزرعي الخطابة بجامع دمشق ثلاث مرات: الأولى سنة 770، والثانية سنة ست وسبعين وسبعمائة، والثالثة سنة 781.",
     "trap: correct ordinal series, years mixed in words and digits", [(770 < 776 < 781, "in order")]),
    (None, "حضر القاضي نجم الدين أحمد بن سالم الأذرعي مجلس ابن تيمية بدمشق سنة خمس وتسعين وستمائة، وسمع منه تفسير سورة الإخلاص.",
     "trap: Ibn Taymiyya (661–728) alive and teaching in 695", [(661 < 695 < 728, "alive")]),
    (None, "مات الشيخ فتح الدين إبراهيم بن داود المحلي سنة بضع وسبعين وسبعمائة، ولم يضبط أصحابه تاريخ وفاته.",
     "trap: vague year (بضع وسبعين) is not malformed", []),
    (None, "كان بدر الدين محمود بن أحمد العينتابي (762–839 هـ) أصغر من أخيه شهاب الدين أحمد الذي ولد سنة 758 هـ وتقدمه في الطلب.",
     "trap: elder brother born first; invented family", [(758 < 762, "elder born first")]),
    (None, "توفي الشيخ رضي الدين أبو بكر بن يوسف الزبيدي بزبيد سنة 790 هـ، ثم نُقل إلى مكة بعد سنة فدفن بالمعلاة.",
     "trap: reburial a year after death", []),
    (None, "وكانت وفاة الإمام الحافظ شهاب الدين أحمد بن عثمان الخلاطي سنة ست وتسعين وسبعمائة (796 هـ) بالقدس.",
     "trap: the same year in words and in digits", [(796 == 796, "same year")]),
    (None, "قرأ الشيخ تاج الدين محمد بن عمر البلبيسي «صحيح البخاري» على شيخه سنة سبعمائة، وكان يرويه بالإسناد المتصل.",
     "trap: reading al-Bukhari's Sahih in 700 AH, long after its author's death (a dead author's work, not an act of his)", [(700 > 256, "after al-Bukhari")]),
    (None, f"ودخل الشيخ عماد الدين يوسف بن أيوب القيرواني تونس يوم {_wt} العاشر من المحرم سنة خمس عشرة وثمانمائة.",
     f"trap: true tabular weekday ({_wt}) for 10 Muharram 815", [(wd_h(815, 1, 10) == _wt, "weekday")]),
    (None, "عمّر الشيخ سعد الدين مسعود بن علي الحارثي، فولد سنة ستمائة وتوفي سنة ثمان وتسعين وستمائة، ولم يفارق الإقراء حتى مات.",
     "trap: 98 lunar years (about 95 solar), under the limit", [(lunar_to_solar(98) < 120, f"{lunar_to_solar(98):.1f} solar")]),
    (None, "الحافظ شهاب الدين أحمد بن علي بن حجر العسقلاني (773–852 هـ / 1372–1449 م)، صاحب «فتح الباري».",
     f"trap: true lifespan with CE years (773 AH overlaps {sorted(hy_ce(773))}, 852 overlaps {sorted(hy_ce(852))}); real author and work", [(1372 in hy_ce(773) and 1449 in hy_ce(852), "both overlap")]),
]
