"""heldout12, russian-julian: Old-Style dates with New-Style equivalents, Tatar and Russian lives."""
from h12cal import WD, wd_j, wd_g, wd_h, wd_dist, os2ns, h2j, j2jdn, g2jdn, valid_g

STYLE = "russian-julian"
LV = ["", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
      "تشرين الثاني", "كانون الأول"]


def off(w, k):
    return WD[(WD.index(w) + k) % 7]


def both_wrong(w, y, m, d):
    return min(wd_dist(w, wd_j(y, m, d)), wd_dist(w, wd_g(y, m, d)))


_w1 = "الجمعة"   # 14 December 1825 OS
_w2 = "الأربعاء"  # 18 May 1896 OS
_p = os2ns(1799, 5, 5)
_q = os2ns(1881, 3, 12)
_f = os2ns(1917, 2, 27)
_wf = wd_j(1917, 2, 27)
_pu = os2ns(1799, 5, 26)
_pe = os2ns(1672, 5, 30)
_d = wd_j(1825, 12, 14)
_h = h2j(1270, 9, 15)
_wh = wd_h(1270, 9, 15)

CASES = [
    # lifespan
    ("lifespan", "توفي فيودور دوستويفسكي في بطرسبورغ في كانون الثاني 1881. وفي حزيران 1884 ألقى دوستويفسكي بنفسه خطبة في افتتاح نصب بوشكين بموسكو، فبكى لها الحاضرون.",
     "Dostoevsky (died 1881, widely known and stated) speaks in person in 1884", [(1884 - 1881 == 3, "3 years after death")]),
    ("lifespan", "ولدت المعلمة التترية فاطمة حسينوفا في قازان عام 1870. وفي عام 1879 عُيّنت محاضرةً في جامعة قازان، فكانت أول امرأة مسلمة تدرّس فيها.",
     "university lecturer at 9 (1870 → 1879)", [(1879 - 1870 == 9, "age 9")]),
    # family-order
    ("family-order", "ولدت الشاعرة الروسية ناديجدا سوكولوفا في تفير عام 1859. وكان أخوها الأكبر بافل، المولود سنة 1862، ضابطًا في الجيش القيصري.",
     "elder brother born 1862, after his sister (1859)", [(1862 > 1859, "elder born after")]),
    ("family-order", "ولد المهندس الروسي ميخائيل أرتيموفيتش زويف في تولا عام 1853. وأبوه أرتيم زويف، وهو من مواليد 1850، كان حدادًا في مصانع السلاح بالمدينة.",
     "father born only 3 years before his son", [(1853 - 1850 == 3, "father 3 years older")]),
    # conflicting-values
    ("conflicting-values", "ولد الشاعر التتري غياث الدين بايازيتوف في قرية قرب تشيستوبول في 12 آذار 1844 (بالتقويم القديم). ونشأ بايازيتوف، الذي ولد عام 1846، في كنف جده إمام القرية.",
     "birth year 1844 (full OS date) vs 1846 via the family name", [(1844 != 1846, "two birth years")]),
    ("conflicting-values", "قضى الرسام الروسي إيفان غريغوريفيتش لوبوف سنواته الأخيرة على شاطئ القرم، وتوفي في يالطا عام 1903. وكان رحيله في أوديسا حيث دفن بجوار زوجته.",
     "death place Yalta vs Odessa", []),
    # calendar-equivalence
    ("calendar-equivalence", "ولد المؤلف الموسيقي أليكسي دانيلوف في 5 أيار 1799 (18 أيار بالتقويم الجديد) في تامبوف.",
     f"5 May 1799 OS is {_p[2]}/{_p[1]}/{_p[0]} NS (11 days in the 18th century); 18 May is 2 days off", [(_p == (1799, 5, 16), "NS is 16 May")]),
    ("calendar-equivalence", "وصل الرحالة التتري زاكر أحمدوف إلى إسطنبول في 12 آذار 1881 (22 آذار بالتقويم الغربي).",
     f"12 March 1881 OS is {_q[2]}/{_q[1]}/{_q[0]} NS (12 days); the text uses a 10-day offset", [(_q == (1881, 3, 24), "NS is 24 March")]),
    # anachronism
    ("anachronism", "نشأ الشاعر البلشفي سيميون كراسنوف في سامارا، ونشرت صحيفة «برافدا» أولى قصائده عام 1905.",
     "Pravda was founded in 1912 (widely known); a poem in it in 1905", [(1905 < 1912, "before Pravda")]),
    ("anachronism", "انتخب المحامي التتري سليم عثمانوف عام 1910 نائبًا في مجلس السوفيت الأعلى للاتحاد السوفيتي.",
     "the USSR was founded in 1922 (widely known); a seat in its Supreme Soviet in 1910", [(1910 < 1922, "before the USSR")]),
    # ordinal-series
    ("ordinal-series", "شارك المزارع الروسي بيوتر لافروف في المعرض الزراعي الرابع بقازان عام 1886. وكان قد نال ميدالية فضية في المعرض الخامس الذي أقيم بها عام 1883.",
     "5th exhibition (1883) before the 4th (1886)", [(1883 < 1886, "fifth before fourth")]),
    ("ordinal-series", "صدر الجزء الثاني من رواية «سهوب الفولغا» لأندريه بوبوف عام 1874، ثم صدر الجزء الأول منها عام 1876.",
     "part 1 (1876) after part 2 (1874)", [(1876 > 1874, "first after second")]),
    # name-anomaly
    ("name-anomaly", "قرأ الطالب القازاني شاكر رمييف رواية «الجريمة والعقاب» لليف ميخائيلوفيتش دوستويفسكي في ترجمتها التترية الأولى.",
     "«الجريمة والعقاب» is Fyodor Mikhailovich Dostoevsky's; 'Lev' is Tolstoy's given name", []),
    ("name-anomaly", "حضرت الممثلة ماريا أندرييفا العرض الأول لمسرحية «بستان الكرز» لأنطون بافلوفيتش غوركي في موسكو عام 1904.",
     "«بستان الكرز» is Anton Pavlovich Chekhov's; 'Gorky' is Maxim Gorky's pen name", []),
    # impossible-date
    ("impossible-date", "افتتح التاجر نيكولاي بيلوف مكتبته في نيجني نوفغورود في 31 نيسان 1896 (بالتقويم القديم).",
     "31 April does not exist (Julian or Gregorian)", [(not valid_g(1896, 4, 31, True), "31/4 invalid")]),
    ("impossible-date", "صدر المرسوم القيصري بتعيين الجنرال سيرغي أوفتشينيكوف حاكمًا لأستراخان في 31 أيلول 1912 حسب التقويم الشرقي.",
     "31 September does not exist", [(not valid_g(1912, 9, 31, True), "31/9 invalid")]),
    # malformed-date
    ("malformed-date", "ولد المترجم التتري حسين فايزخانوف في قرية قرب نيجني نوفغورود في 14 من عام 1856 بالتقويم القديم.",
     "day number 14 with no month", []),
    ("malformed-date", "ولد الفيلسوف الروسي فلاديمير كوزنتسوف في موسكو في 12 (24) كانون الأول 18، وتوفي في المنفى.",
     "year cut to '18' after an OS/NS day pair", []),
    # weekday-mismatch
    ("weekday-mismatch", f"خرج الضابط ألكسندر بيستوجيف مع جنوده إلى ساحة مجلس الشيوخ يوم {_w1} 14 كانون الأول 1825، في ما عرف بانتفاضة الديسمبريين.",
     f"14 December 1825 OS was a {wd_j(1825, 12, 14)} (read as Gregorian: {wd_g(1825, 12, 14)}); the text says {_w1}",
     [(both_wrong(_w1, 1825, 12, 14) >= 2, "wrong under both calendars")]),
    ("weekday-mismatch", f"كان الطالب إيفان سيدوروف بين الحشود في حقل خودينكا يوم {_w2} 18 أيار 1896 (بالتقويم القديم)، فنجا من التدافع بأعجوبة.",
     f"18 May 1896 OS was a {wd_j(1896, 5, 18)} (read as Gregorian: {wd_g(1896, 5, 18)}); the text says {_w2}",
     [(both_wrong(_w2, 1896, 5, 18) >= 2, "wrong under both calendars")]),

    # consistent
    (None, f"انضم الجندي فاسيلي أوريخوف إلى المتظاهرين في بتروغراد صباح {_wf} 27 شباط ({_f[2]} {LV[_f[1]]}) 1917.",
     f"trap: true OS/NS pair at 13 days and the true Julian weekday ({_wf})", [(_f == (1917, 3, 12), "12 March NS")]),
    (None, f"ولد ألكسندر بوشكين في موسكو في 26 أيار ({_pu[2]} {LV[_pu[1]]}) 1799.",
     "trap: true OS/NS pair at 11 days (widely known)", [(_pu == (1799, 6, 6), "6 June NS")]),
    (None, f"ولد القيصر بطرس الأكبر في موسكو في 30 أيار 1672، الموافق {_pe[2]} {LV[_pe[1]]} بالتقويم الغريغوري.",
     "trap: true OS/NS pair at 10 days (17th century)", [(_pe == (1672, 6, 9), "9 June NS")]),
    (None, f"وقعت انتفاضة الديسمبريين في بطرسبورغ يوم {_d} 14 كانون الأول 1825 بالتقويم القديم.",
     f"trap: true Julian weekday ({_d}); as a Gregorian date it would be {wd_g(1825, 12, 14)}", [(_d == "الاثنين", "Monday OS")]),
    (None, "توفي نيكولاي غوغول في موسكو عام 1852، ونُشر ما بقي من الجزء الثاني من «الأنفس الميتة» بعد وفاته عام 1855.",
     "trap: posthumous publication (widely known)", [(1855 > 1852, "after death")]),
    (None, "توفي الشاعر بوشكين عام 1837. وقاتل ابنه الأكبر ألكسندر ألكسندروفيتش بوشكين (1833–1914) في الحرب الروسية التركية عام 1877 برتبة عقيد.",
     "trap: the son's own acts after the father's death (relative's dates)", [(1833 < 1877 < 1914, "son alive in 1877")]),
    (None, "زار المعلم التتري صالح غالييف الكاتب ليف تولستوي في ياسنايا بوليانا عام 1905، وتحدثا عن الإسلام.",
     "trap: Tolstoy (1828–1910) alive in 1905", [(1905 < 1910, "alive")]),
    (None, "نشرت صحيفة «برافدا» مقالة للعامل ستيبان ماليشيف في آذار 1917 عن إضرابات مصانع بوتيلوف.",
     "trap: Pravda (1912) existing in 1917", [(1917 > 1912, "after 1912")]),
    (None, "انتخبت الطبيبة الأوزبكية ساعدة رحيموفا نائبةً في المجلس الأعلى للاتحاد السوفيتي عام 1937.",
     "trap: USSR (1922) existing in 1937", [(1937 > 1922, "after 1922")]),
    (None, "ولد الكاهن أنطونين بيريزين في فلاديمير في 29 شباط 1800 بالتقويم اليولياني، إذ كانت تلك السنة كبيسة فيه دون التقويم الغريغوري.",
     "trap: 29 February 1800 valid in the Julian calendar only", [(valid_g(1800, 2, 29, True) and not valid_g(1800, 2, 29), "Julian only")]),
    (None, "عقد المؤتمر الأول لمعلمي المدارس التترية في قازان عام 1906، والثاني في أورنبورغ عام 1908، والثالث في أوفا عام 1912.",
     "trap: ordinal series in order (invented)", [(1906 < 1908 < 1912, "in order")]),
    (None, "ولد الأديب الباشكيري مظفر غفوروف سنة 1862، وقيل سنة 1863، في قرية على نهر ديوما.",
     "trap: hedged birth year", []),
    (None, f"خرج الحاج محمد جان القرغالي من قازان قاصدًا الحجاز يوم {_wh} 15 رمضان 1270 هـ، الموافق {_h[2]} {LV[_h[1]]} {_h[0]} بالتقويم القديم.",
     f"trap: Hijri date with its tabular Julian equivalent and weekday ({_wh})", [(wd_j(*_h) == _wh, "weekday agrees")]),
    (None, "التحق المستشرق نيكولاي بيتروف بجامعة قازان عام 1878، وكان قد ولد عام 1862، فدخلها وهو في السادسة عشرة.",
     "trap: university student at 16", [(1878 - 1862 == 16, "16")]),
    (None, "ولد الكاتب الروسي سيرغي ميلنيكوف عام 1871، وتوفي أبوه عام 1880 وسيرغي في التاسعة من عمره.",
     "trap: father dies after the son's birth", [(1880 - 1871 == 9, "age 9")]),
    (None, "توفي الشاعر التتري كريم شاكروف في قازان عام 1913، ونقلت رفات أمه إلى جواره بعد ذلك بسنين.",
     "trap: a reburial of a relative, not an act of the dead poet", []),
    (None, "سُجّل ميلاد الطفلة آنا فيودوروفنا في 30 تشرين الثاني 1889 بالتقويم القديم، وعُمّدت في 31 كانون الأول من السنة نفسها.",
     "trap: valid month ends (30 November, 31 December) in the Julian calendar", [(valid_g(1889, 11, 30, True) and valid_g(1889, 12, 31, True), "valid")]),
    (None, "عاش الراهب الروسي سيرافيم كوروليف اثنين وتسعين عامًا (1812–1904)، وقضى أكثرها في دير على نهر الفولغا.",
     "trap: 92 years", [(1904 - 1812 == 92, "92")]),
    (None, f"انتقلت روسيا السوفيتية إلى التقويم الغريغوري عام 1918، فجاء يوم 14 شباط مباشرة بعد 31 كانون الثاني.",
     "trap: the 1918 switch: 31 January OS is followed by 14 February NS (13 days)", [(os2ns(1918, 2, 1) == (1918, 2, 14), "1 Feb OS = 14 Feb NS")]),
    (None, "ولد الموسيقي الروسي ألكسندر بورودين في بطرسبورغ عام 1833، وتوفي فيها عام 1887، أما زوجته فتوفيت في موسكو.",
     "trap: the wife's death place is not his (real composer; dates widely known)", []),
]
