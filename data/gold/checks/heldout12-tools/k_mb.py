"""heldout12, modern-biography: invented lives (Jordan, Morocco, Sudan, Yemen, Algeria, Oman, Egypt, Saudi Arabia)."""
from h12cal import WD, wd_g, wd_h, wd_dist, h2g, hy_off, hy_ce, g2jdn, valid_g

STYLE = "modern-biography"

LV = ["", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
      "تشرين الثاني", "كانون الأول"]
EG = ["", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def off(w, k):
    return WD[(WD.index(w) + k) % 7]


# planted weekday: 6 October 1973
_w1 = off(wd_g(1973, 10, 6), 2)
# planted Hijri weekday: 1 Ramadan 1400 (tabular)
_w2 = off(wd_h(1400, 9, 1), 3)
# planted Hijri date equivalence: 15 Sha'ban 1380 given 40 days late
_g = h2g(1380, 8, 15)
from h12cal import jdn2g  # noqa: E402
_gbad = jdn2g(g2jdn(*_g) + 40)
# consistent Hijri full date: 27 Rajab 1387 with its tabular Gregorian date and weekday
_gc = h2g(1387, 7, 27)
_wc = wd_g(*_gc)

CASES = [
    # lifespan
    ("lifespan", "ولد الطبيب الأردني سامر عودة الخصاونة في إربد سنة 1931، وتوفي في عمّان سنة 1989. وفي ربيع 1994 أجرى الخصاونة بيده أول عملية لزراعة القرنية في مستشفى الأميرة بسمة.",
     "surgery performed in person 5 years after his death (1989 → 1994)", [(1994 - 1989 == 5, "act 5 years after death")]),
    ("lifespan", "وُلدت التربوية المغربية نزهة بنعلي في فاس عام 1948. وفي عام 1953 عُيّنت مديرةً لمدرسة البنات الأولى في مكناس، فكانت أول امرأة تتولى ذلك المنصب في المدينة.",
     "headmistress at 5 (1948 → 1953)", [(1953 - 1948 == 5, "age 5 at appointment")]),
    # family-order
    ("family-order", "كان المهندس السوداني عثمان الطيب بابكر (1940–2011) أصغر إخوته الأربعة. أما أخوه الأكبر الصادق فقد وُلد في أم درمان عام 1946 ودرس الزراعة في شمبات.",
     "the elder brother is born 1946, six years after the subject who is 'the youngest' (1940)", [(1946 > 1940, "elder brother born after the subject")]),
    ("family-order", "نشأ الشاعر اليمني عبد الله مقبل الحمادي، المولود في تعز سنة 1952، في كنف أبيه. وكان والده مقبل، وهو من مواليد 1947، إمامًا لجامع القرية ومعلّمًا لصبيانها.",
     "father born 1947, only 5 years before his son (1952)", [(1952 - 1947 == 5, "father 5 years older than son")]),
    # conflicting-values
    ("conflicting-values", "ولدت المناضلة الجزائرية زهرة بن عيسى في قسنطينة عام 1936. وتروي وثائق جيش التحرير أن بن عيسى، ابنة تلمسان التي وُلدت فيها ونشأت، التحقت بالثورة في العشرين من عمرها.",
     "birthplace Constantine, then 'born and raised in Tlemcen' via the family name", []),
    ("conflicting-values", "رحل الفنان التشكيلي العماني سالم الرواحي في مسقط يوم 3 آذار 2004، وشيّعه زملاؤه في اليوم التالي. وقد نُقش على شاهد قبره أن صاحبه توفي في 19 نيسان 2004.",
     "death date 3 March 2004 vs 19 April 2004 (plain assertion on the gravestone)", [(g2jdn(2004, 4, 19) - g2jdn(2004, 3, 3) == 47, "47 days apart")]),
    # calendar-equivalence
    ("calendar-equivalence", "ولد القاضي السعودي فهد بن ناصر العتيبي في الرياض سنة 1358 هـ (1945 م)، وتلقى العلم في حلقات المسجد الجامع.",
     f"1358 AH overlaps {sorted(hy_ce(1358))}, not 1945", [(hy_off(1358, 1945) >= 5, f"1945 is {hy_off(1358, 1945)} years off 1358 AH")]),
    ("calendar-equivalence", f"تخرج الشيخ المصري حسن عبد الغفار في كلية أصول الدين بالأزهر يوم 15 شعبان 1380 هـ الموافق {_gbad[2]} {EG[_gbad[1]]} {_gbad[0]} م، ثم عُيّن واعظًا في أسيوط.",
     f"15 Sha'ban 1380 is {_g[2]}/{_g[1]}/{_g[0]} (tabular); the text gives a date 40 days later",
     [(g2jdn(*_gbad) - g2jdn(*_g) == 40, "stated Gregorian date 40 days after the tabular equivalent")]),
    # anachronism
    ("anachronism", "ولد الدبلوماسي الليبي مفتاح الورفلي سنة 1915. وفي عام 1942 حصل على منحة من جامعة الدول العربية لدراسة القانون في القاهرة.",
     "Arab League founded March 1945 (widely known); the grant is dated 1942", [(1942 < 1945, "before the League existed")]),
    ("anachronism", "بدأت الإعلامية الكويتية منى العنزي عملها مذيعةً في الإذاعة سنة 1985. وفي عام 1998 أجرت معها قناة العربية حوارًا مطولًا عن بداياتها.",
     "Al Arabiya channel launched 2003 (widely known); interview dated 1998", [(1998 < 2003, "before Al Arabiya existed")]),
    # ordinal-series
    ("ordinal-series", "شارك الطبيب التونسي الهادي الزغلامي في المؤتمر الثالث لأطباء المغرب العربي الذي عُقد في سوسة عام 1979. ثم حضر المؤتمر الرابع في وهران عام 1976 وألقى فيه بحثًا عن الحمّى المالطية.",
     "4th congress (1976) dated before the 3rd (1979)", [(1976 < 1979, "fourth before third")]),
    ("ordinal-series", "أصدرت الشاعرة السعودية هيفاء الدوسري ديوانها الثاني «رمل المساء» عام 1977. وكان ديوانها الثالث «نخلة في الريح» قد صدر قبله عام 1974.",
     "third collection (1974) before the second (1977)", [(1974 < 1977, "third before second")]),
    # name-anomaly
    ("name-anomaly", "حفظ الطالب الفلسطيني يوسف البرغوثي في صباه قصيدة «بطاقة هوية» لمحمود القباني، وكان يلقيها في الحفلات المدرسية.",
     "«بطاقة هوية» is Mahmoud Darwish's; 'Mahmoud al-Qabbani' mixes Darwish's given name with Nizar Qabbani's family name", []),
    ("name-anomaly", "قرأ الناقد السوداني عوض الكريم موسى رواية «اللص والكلاب» لنجيب الحكيم وهو في الثانوية، فكتب عنها أول مقالاته.",
     "«اللص والكلاب» is Naguib Mahfouz's; 'Naguib al-Hakim' mixes Mahfouz's given name with Tawfiq al-Hakim's family name", []),
    # impossible-date
    ("impossible-date", "ولد الملحن الأردني نبيل العبادي في السلط في 31 أيلول 1950، وتعلم العزف على العود في سن مبكرة.",
     "31 September does not exist", [(not valid_g(1950, 9, 31), "31/9 invalid")]),
    ("impossible-date", "نالت الباحثة اليمنية أروى الشرعبي درجة الدكتوراه من جامعة صنعاء، وناقشت أطروحتها ليلة 31 تشرين الثاني 1973 أمام لجنة من ثلاثة أساتذة.",
     "31 November does not exist", [(not valid_g(1973, 11, 31), "31/11 invalid")]),
    # malformed-date
    ("malformed-date", "تسلّم المهندس العماني خلفان البوسعيدي إدارة ميناء صلالة في 1978/4/، وبقي فيه حتى تقاعده.",
     "year/month/ with an empty day slot", []),
    ("malformed-date", "ولد الروائي المصري شريف القليوبي في طنطا سنة 1941. ووصل إلى باريس للدراسة يوم 23 من سنة 1967، فأقام فيها عشر سنوات.",
     "'day 23 of the year 1967': a day number with no month", []),
    # weekday-mismatch
    ("weekday-mismatch", f"عبر الضابط المصري محمود عبد الحميد قناة السويس مع كتيبته يوم {_w1} 6 تشرين الأول 1973، وأصيب في اليوم الثالث من المعارك.",
     f"6 October 1973 was a {wd_g(1973, 10, 6)}; the text says {_w1}", [(wd_dist(_w1, wd_g(1973, 10, 6)) == 2, "weekday 2 days off")]),
    ("weekday-mismatch", f"ولدت الكاتبة السعودية لطيفة الحربي في المدينة المنورة يوم {_w2} 1 رمضان 1400 هـ، وكانت أصغر بنات أبيها.",
     f"1 Ramadan 1400 was a {wd_h(1400, 9, 1)} (tabular; {h2g(1400, 9, 1)}); the text says {_w2}", [(wd_dist(_w2, wd_h(1400, 9, 1)) == 3, "weekday 3 days off tabular")]),

    # consistent
    (None, "توفي الشاعر الفلسطيني إبراهيم عيسى الخطيب في الكويت عام 1979. وصدرت أعماله الكاملة في بيروت عام 1985 بعناية زوجته، ثم أعيد طبعها عام 1997.",
     "trap: posthumous publication by others 6 and 18 years after death", [(1985 > 1979, "edition after death, done by his widow")]),
    (None, "ولد المؤرخ الليبي علي الفيتوري في مصراتة سنة 1921، وقيل سنة 1923، ودرس في الأزهر.",
     "trap: hedged second birth year with وقيل", []),
    (None, "ولد المحامي الأردني رياض المجالي في الكرك عام 1944. وتوفي والده عام 1960 حين كان رياض في السادسة عشرة، فتولى رعاية إخوته الصغار.",
     "trap: father's death (1960) after the son's birth; age 16 computed", [(1960 - 1944 == 16, "age 16")]),
    (None, "ولد الخطاط السعودي عبد الرحمن الزهراني في الطائف سنة 1370 هـ (1951 م).",
     f"trap: true Hijri/CE pair (1370 AH overlaps {sorted(hy_ce(1370))})", [(1951 in hy_ce(1370), "1951 in 1370 AH")]),
    (None, f"عقد الشيخ الأزهري منصور الدمياطي قرانه يوم {_wc} 27 رجب 1387 هـ الموافق {_gc[2]} {EG[_gc[1]]} {_gc[0]} م في قريته بالمنوفية.",
     f"trap: Hijri date with its tabular Gregorian equivalent and weekday ({_wc})", [(wd_g(*_gc) == wd_h(1387, 7, 27), "weekday matches both")]),
    (None, f"استُدعي الطبيب الأردني خليل الروسان إلى مستشفى الجيش في الزرقاء صباح {wd_g(1967, 6, 5)} 5 حزيران 1967، وبقي فيه ستة أيام متواصلة.",
     f"trap: true weekday ({wd_g(1967, 6, 5)}) for 5 June 1967", [(wd_g(1967, 6, 5) == "الاثنين", "5 June 1967 Monday")]),
    (None, "ولدت الصحفية المغربية فاطمة الزهراء التازي في الرباط في 29 شباط 1952، فكانت لا تحتفل بعيد ميلادها إلا مرة كل أربع سنوات.",
     "trap: 29 February in a leap year", [(valid_g(1952, 2, 29), "29/2/1952 valid")]),
    (None, "تقاعد المهندس الجزائري رشيد بوزيد في 30 نيسان 1998، وسافر إلى قسنطينة في 31 كانون الأول من السنة نفسها.",
     "trap: valid month-end dates (30 April, 31 December)", [(valid_g(1998, 4, 30) and valid_g(1998, 12, 31), "both valid")]),
    (None, "ولد السياسي السوداني إبراهيم أحمد دفع الله عام 1936، وعُيّن وزيرًا للري عام 1970 وهو في الرابعة والثلاثين.",
     "trap: minister at 34 (plausible age)", [(1970 - 1936 == 34, "age 34")]),
    (None, "كانت الممرضة العراقية سعاد جواد (1941–2009) الثانية بين أخواتها. وقد ولدت أختها الكبرى نهلة عام 1937 وتوفيت قبلها عام 2002.",
     "trap: elder sister born first and dying first", [(1937 < 1941, "elder sister born first")]),
    (None, "سُمّي الروائي نجيب محفوظ (1911–2006) باسم الطبيب نجيب محفوظ باشا الذي أشرف على ولادته، وهذا الطبيب من رواد طب النساء والتوليد في مصر.",
     "trap: real namesakes (the novelist named after the obstetrician); widely known", []),
    (None, "مثّل الدبلوماسي السوري حسان الأتاسي بلاده في اجتماعات جامعة الدول العربية عام 1950، وكان يومئذ في الثلاثين.",
     "trap: Arab League (1945) existing in 1950", [(1950 > 1945, "after 1945")]),
    (None, "قدّم الباحث المغربي عبد السلام العلوي بحثه في المؤتمر الخامس للمؤرخين المغاربة بأكادير عام 1990. وكان قد شارك قبل ذلك في المؤتمر الرابع بالرباط عام 1987.",
     "trap: ordinal series named out of order but dated in order", [(1987 < 1990, "4th before 5th")]),
    (None, "توفي المجاهد الليبي سالم بن عامر في منفاه بالإسكندرية عام 1941، ونُقل رفاته إلى مسقط رأسه في الجبل الأخضر عام 1971.",
     "trap: reburial 30 years after death", [(1971 - 1941 == 30, "30 years later")]),
    (None, "مُنح القاص الأردني جمال أبو حمدان (1938–1993) جائزة الدولة التقديرية بعد وفاته بعامين، وتسلمها ابنه الأكبر.",
     "trap: posthumous award received by his son", [(1993 + 2 == 1995, "award 1995")]),
    (None, "عاشت الجدة اليمنية مريم سعيد العولقي 104 أعوام (1899–2003)، وأدركت أحفاد أحفادها.",
     "trap: a long but possible life (104)", [(2003 - 1899 == 104 and 104 <= 120, "104 years")]),
    (None, "ولد النحات السوري فاتح الحلبي في حمص عام 1932، وتوفي في باريس عام 2001 بعد إقامة طويلة فيها.",
     "trap: birth and death places differ (no conflict)", []),
    (None, "كتب الناقد العماني هلال الحجري دراسة عن رواية «موسم الهجرة إلى الشمال» للطيب صالح، ونشرها عام 2006.",
     "trap: real author and work", []),
    (None, "ولد المترجم المصري أحمد فؤاد الشاذلي في 12/4/1958 في بني سويف، وتخرج في كلية الألسن عام 1980.",
     "trap: a well-formed slashed date", [(valid_g(1958, 4, 12), "12/4/1958 valid")]),
    (None, "كان الشيخ السعودي حمد بن مبارك العجمي أكبر أبناء أبيه، فقد ولد سنة 1962، وجاء بعده أخوه سعد سنة 1965 ثم أخته نورة سنة 1969.",
     "trap: eldest born first, siblings in order", [(1962 < 1965 < 1969, "order ok")]),
]
