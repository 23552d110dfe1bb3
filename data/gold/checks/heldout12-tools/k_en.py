"""heldout12, encyclopedia: entries headed by lifespans, relatives with their own dates, books and editions."""
from h12cal import WD, wd_g, wd_h, wd_dist, h2g, g2jdn, jdn2g, hy_off, hy_ce, valid_g

STYLE = "encyclopedia"
EG = ["", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def off(w, k):
    return WD[(WD.index(w) + k) % 7]


_w1 = off(wd_g(1900, 1, 1), 2)
_w2 = off(wd_h(1341, 10, 1), 3)
_h = h2g(1333, 5, 3)
_hbad = jdn2g(g2jdn(*_h) + 42)
_c = h2g(1358, 11, 12)
_wc = wd_h(1358, 11, 12)
_wt = wd_g(1919, 3, 9)

CASES = [
    # lifespan
    ("lifespan", "سليم نجيب الصبّاغ (1890–1950): محامٍ وسياسي لبناني، من مؤسسي نقابة المحامين في طرابلس. ترأس بنفسه مؤتمرها السنوي عام 1955 وألقى فيه كلمة الافتتاح.",
     "presides in person in 1955, five years after his death (1950)", [(1955 - 1950 == 5, "5 years after death")]),
    ("lifespan", "عبد الحفيظ بن مسعود الزرقاني: متصوف مغربي من أهل سجلماسة. ولد سنة 1790، وتوفي سنة 1917 بزاويته، وعليه أخذ أكثر شيوخ المنطقة.",
     "life of 127 years (1790–1917)", [(1917 - 1790 == 127 and 127 > 120, "127 years")]),
    # family-order
    ("family-order", "رشيد عارف الدجاني (1898–1960): طبيب فلسطيني من يافا. والده عارف الدجاني (1905–1970) من تجار البرتقال، وعنه ورث حب الأرض.",
     "father (born 1905) born after his son (1898)", [(1905 > 1898, "father born after son")]),
    ("family-order", "منيرة صادق الأيوبي (1912–1984): رائدة في تعليم البنات بحلب. بِكرها هدى ولدت سنة 1938، وأخوها سمير ولد سنة 1935 وصار مهندسًا.",
     "the firstborn (Huda, 1938) born after her brother (1935)", [(1938 > 1935, "firstborn born after")]),
    # conflicting-values
    ("conflicting-values", "عادل فؤاد القصّاب (1912–1977): شاعر وصحفي بصري، أصدر مجلة «الفجر» سنة 1936. توفي القصاب في البصرة سنة 1974 ودفن في مقبرة الحسن البصري.",
     "death year 1977 in the lifespan vs 1974 in the body", [(1977 != 1974, "two death years")]),
    ("conflicting-values", "خليل توفيق الأسمر (ولد في صيدا 1920 – توفي في بيروت 1991): نحات لبناني. ومسقط رأسه طرابلس حيث تعلم النحت في ورشة عمه.",
     "birthplace Sidon (lifespan) vs 'his birthplace Tripoli'", []),
    # calendar-equivalence
    ("calendar-equivalence", "الشيخ مصطفى عبد الرزاق الهلالي (1310–1380 هـ / 1892–1955 م): فقيه مالكي مصري، ولي مشيخة معهد دمياط.",
     f"1380 AH overlaps {sorted(hy_ce(1380))}; 1955 is {hy_off(1380, 1955)} years off (1310 ↔ 1892 is right)", [(1892 in hy_ce(1310) and hy_off(1380, 1955) == 5, "death pair 5 years off")]),
    ("calendar-equivalence", f"أمين يوسف الكرمي (ولد 3 جمادى الأولى 1333 هـ الموافق {_hbad[2]} {EG[_hbad[1]]} {_hbad[0]} م): مترجم سوري.",
     f"3 Jumada I 1333 is {_h[2]}/{_h[1]}/{_h[0]} (tabular); the stated date is 42 days later", [(g2jdn(*_hbad) - g2jdn(*_h) == 42, "42 days off")]),
    # anachronism
    ("anachronism", "محمود فهمي الشرقاوي (1884–1941): أديب مصري. درس في الجامعة المصرية سنة 1902، ثم عمل مترجمًا في نظارة المعارف.",
     "the Egyptian University (Cairo University) opened in 1908 (widely known); studying there in 1902", [(1902 < 1908, "before 1908")]),
    ("anachronism", "فيصل بدر العتيقي (1920–1989): كاتب كويتي. نشر أولى مقالاته في مجلة «العربي» الكويتية سنة 1950، ثم تولى إدارة تحريرها.",
     "the Kuwaiti magazine al-Arabi first appeared in December 1958 (widely known); an article in it in 1950", [(1950 < 1958, "before 1958")]),
    # ordinal-series
    ("ordinal-series", "جميل حبيب الصافي (1905–1972): شاعر عراقي. صدر ديوانه الأول «أغاريد» سنة 1935، وديوانه الثاني «الينابيع» سنة 1931.",
     "second collection (1931) before the first (1935)", [(1931 < 1935, "second before first")]),
    ("ordinal-series", "«تاريخ الصحافة في الجزيرة» لعبد الكريم الحمد: صدرت الطبعة الثالثة منه سنة 1948، والطبعة الرابعة سنة 1946.",
     "fourth edition (1946) before the third (1948)", [(1946 < 1948, "fourth before third")]),
    # name-anomaly
    ("name-anomaly", "«البؤساء»: رواية فرنسية نقلها إلى العربية حافظ شوقي في مطلع القرن العشرين، فذاعت بين قراء العربية.",
     "the Arabic «البؤساء» is Hafiz Ibrahim's translation; 'Hafiz Shawqi' mixes in Ahmad Shawqi's family name", []),
    ("name-anomaly", "«حديث عيسى بن هشام» لمحمد المنفلوطي (نشر مسلسلًا ثم كتابًا سنة 1907): من أوائل النثر القصصي الحديث في مصر.",
     "«حديث عيسى بن هشام» is Muhammad al-Muwaylihi's; 'Muhammad al-Manfaluti' mixes in Mustafa Lutfi al-Manfaluti's family name", []),
    # impossible-date
    ("impossible-date", "سعاد نعيم البيطار (ولدت في 31/9/1908 – توفيت 1990): عازفة بيانو دمشقية.",
     "31 September does not exist", [(not valid_g(1908, 9, 31), "31/9 invalid")]),
    ("impossible-date", "حسن رضا الجزائري (1893–1960): مؤرخ وصحفي. أسس جريدة «الصديق» في الثاني والثلاثين من آذار 1927.",
     "day 32 of March", [(not valid_g(1927, 3, 32), "32 March invalid")]),
    # malformed-date
    ("malformed-date", "وديع إلياس الحلو (1911 – ): مؤلف موسيقي عراقي، عمل في إذاعة بغداد. توفي في بغداد بعد عودته من القاهرة ودفن فيها.",
     "the death slot in the lifespan is empty although the entry reports his death", []),
    ("malformed-date", "إبراهيم شاكر الرفاعي (1876 – 19): مصلح أزهري، كتب في «المؤيد» و«اللواء».",
     "death year cut to '19'", []),
    # weekday-mismatch
    ("weekday-mismatch", f"نجيب ميخائيل الشويري (ولد يوم {_w1} 1 يناير 1900 – توفي 1959): طبيب ومترجم لبناني.",
     f"1 January 1900 was a {wd_g(1900, 1, 1)}; the text says {_w1}", [(wd_dist(_w1, wd_g(1900, 1, 1)) == 2, "2 days off")]),
    ("weekday-mismatch", f"الشيخ محمد العربي المزوغي (ولد يوم {_w2} 1 شوال 1341 هـ – توفي 1410 هـ): عالم تونسي من أساتذة الزيتونة.",
     f"1 Shawwal 1341 was a {wd_h(1341, 10, 1)} (tabular, {h2g(1341, 10, 1)}); the text says {_w2}", [(wd_dist(_w2, wd_h(1341, 10, 1)) == 3, "3 days off")]),

    # consistent
    (None, "جرجس نقولا الخوري (1870–1931): شاعر لبناني. جمع ابنه قصائده بعد وفاته ونشرها في ديوان سنة 1948.",
     "trap: posthumous edition by his son (17 years after death)", [(1948 - 1931 == 17, "17 years")]),
    (None, "عبد الوهاب زكي المفتي (1902–1967): قاضٍ عراقي. أبوه زكي المفتي (1870–1935) كان مفتي الموصل، وعنه أخذ الفقه.",
     "trap: father's own lifespan (32 years older, dies after the son's birth)", [(1902 - 1870 == 32 and 1935 > 1902, "father 32 older")]),
    (None, "سليمان داود الحداد (ولد نحو 1880 – توفي 1943): مترجم وناشر.",
     "trap: approximate birth year (نحو)", []),
    (None, "لمى فاروق الساعاتي (مواليد 1947): روائية سورية، ما تزال تكتب وتقيم في دمشق.",
     "trap: a living person with only a birth year", []),
    (None, "الشيخ حسين بن أحمد العمري (1289–1368 هـ / 1872–1949 م): مؤرخ يمني من صنعاء.",
     f"trap: true Hijri/CE lifespan (1289 ↔ {sorted(hy_ce(1289))}, 1368 ↔ {sorted(hy_ce(1368))})", [(1872 in hy_ce(1289) and 1949 in hy_ce(1368), "both overlap")]),
    (None, f"عبد الرحمن الأنصاري الحلبي (ولد يوم {_wt} 9 آذار 1919 – توفي 1988): مهندس معماري.",
     f"trap: true weekday ({_wt}) inside a lifespan", [(wd_g(1919, 3, 9) == _wt, "weekday")]),
    (None, "كامل نعمان الخطيب (1901–1970): باحث مصري، درس في الجامعة المصرية سنة 1925 وتخرج فيها بامتياز.",
     "trap: Egyptian University (1908) existing in 1925", [(1925 > 1908, "after 1908")]),
    (None, "يوسف حمد الشايجي (1931–2004): صحفي كويتي، كتب في مجلة «العربي» منذ سنة 1965.",
     "trap: al-Arabi (1958) existing in 1965", [(1965 > 1958, "after 1958")]),
    (None, "أحمد شوقي عبد الفتاح (1915–1980): طبيب مصري، سمّاه أبوه على اسم أمير الشعراء، ولا صلة له بالشاعر.",
     "trap: namesake of Ahmad Shawqi, marked as such", []),
    (None, "«الأيام»: سيرة ذاتية لطه حسين في ثلاثة أجزاء، صدر جزؤها الأول سنة 1929.",
     "trap: real author and work", []),
    (None, "«أوراق الخريف» لنديم سركيس: صدرت طبعته الثانية سنة 1959، وكانت الأولى قد صدرت سنة 1951، والثالثة سنة 1966.",
     "trap: editions named out of order but dated in order", [(1951 < 1959 < 1966, "in order")]),
    (None, "هاشم عبد الرزاق الدباغ (1908–1962): أديب عراقي. صدرت مجموعته القصصية الأخيرة بعد وفاته بعام، سنة 1963.",
     "trap: posthumous collection one year after death", [(1963 - 1962 == 1, "1 year")]),
    (None, "فدوى عزيز النابلسي (29 شباط 1908 – 1977): مربية فلسطينية.",
     "trap: 29 February in a leap year inside a lifespan", [(valid_g(1908, 2, 29), "valid")]),
    (None, "يحيى زكريا السنوسي (1880–1931): مجاهد ليبي، نقلت رفاته من القاهرة إلى بنغازي سنة 1957.",
     "trap: reburial 26 years after death", [(1957 - 1931 == 26, "26")]),
    (None, "سامي جورج الصيداوي (1915–1990): رسام لبناني، أخوه الأصغر ناجي (1920–1962) توفي قبله بسنين.",
     "trap: younger brother born later and dying first", [(1920 > 1915 and 1962 < 1990, "younger dies first")]),
    (None, "محمد عيد الرشيدي (1903–1987): شاعر نجدي، أصدر ديوانه الأول سنة 1924 وهو في الحادية والعشرين.",
     "trap: first collection at 21", [(1924 - 1903 == 21, "21")]),
    (None, "أم كلثوم حسن العمري (1896–1997): قابلة قانونية من الإسكندرية، عاشت مائة عام وعامًا.",
     "trap: 101 years (within the limit); namesake-like given name of the singer", [(1997 - 1896 == 101, "101")]),
    (None, f"عبد الله بن صالح الفايز (ولد {_wc} 12 ذو القعدة 1358 هـ / {_c[2]} {EG[_c[1]]} {_c[0]} م): أديب سعودي.",
     f"trap: Hijri birth date with its tabular Gregorian date and weekday ({_wc})", [(wd_g(*_c) == _wc, "weekday agrees")]),
    (None, "توفيق سليم القباني (ولد في حلب 1922 – توفي في تونس 1985): مسرحي سوري.",
     "trap: different birth and death places; family name shared with Nizar Qabbani but no work attributed", []),
    (None, "خالد إبراهيم الموصلي (ولد 1899، وقيل 1901 – توفي 1958): معلم ومؤلف كتب مدرسية.",
     "trap: hedged birth year inside the lifespan", []),
]
