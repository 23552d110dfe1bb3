from h11cal import *
STYLE = "encyclopedia"
_g8 = jd2g(h2jd(1320, 3, 12))
_w19 = WD[(g2jd(1910, 5, 15) + 1 + 2) % 7]
_w20 = WD[(g2jd(1967, 6, 5) + 1 + 3) % 7]
_g25 = jd2g(h2jd(1331, 9, 15)); _w25 = wd(h2jd(1331, 9, 15))
_w28 = wd(g2jd(1936, 4, 19))
CASES = [
    ("lifespan", "أنيس جبرائيل المعلوف (1902–1968) لغوي لبناني. ترأس بنفسه جلسات المجمع العلمي في دمشق سنة 1971 وأشرف على معجمه.", "chairs sessions 3 years after death", [ok(1971 > 1968, "after death")]),
    ("lifespan", "الشيخ عبد القادر صالح الفاسي (ولد 1790 – توفي 1914) فقيه مغربي، تولى القضاء في مكناس.", "124-year life", [ok(1914 - 1790 == 124, "124 years")]),
    ("family-order", "سامي إلياس الصباغ (1912–1980) مهندس سوري. أبوه إلياس الصباغ (1920–1975) كان تاجرا في حلب.", "father born 8 years after the son", [ok(1920 > 1912, "father after son")]),
    ("family-order", "نادية حسين المراد (1935–2001) مغنية عراقية. تعلمت العزف على يد أختها الكبرى بشرى (1940–2015).", "elder sister born after", [ok(1940 > 1935, "elder after")]),
    ("conflicting-values", "نجيب أمين الحصري (1899–1957) صحفي لبناني، أسس جريدة «النهار الجديد». توفي في بيروت سنة 1961 ودفن في بلدته.", "death 1957 in lifespan vs 1961 in body", [ok(1957 != 1961, "two death years")]),
    ("conflicting-values", "عارف صبحي الكيالي (ولد في حلب 1920 – توفي في دمشق 1985) طبيب ومؤلف. ولد في حمص، ودرس الطب في الجامعة السورية.", "birthplace Aleppo vs Homs", [ok(True, "two birthplaces")]),
    ("calendar-equivalence", "الشيخ محمد الطاهر بن صالح الزواوي (1290–1355 هـ / 1873–1946 م) عالم جزائري.", "1355 AH is 1936/37, not 1946", [ok(1873 in hyears(1290) and min(abs(1946 - y) for y in hyears(1355)) >= 9, "death pair 9 years off")]),
    ("calendar-equivalence", f"عبد الله حمد الراشد (ولد 12 ربيع الأول 1320 هـ / {_g8[2]} يونيو 1903 م – توفي 1978) أديب كويتي.", "12 Rabi I 1320 is June 1902", [ok(_g8[:2] == (1902, 6), "tabular June 1902"), ok(g2jd(1903, 6, _g8[2]) - g2jd(*_g8) == 365, "a year off")]),
    ("anachronism", "فهمي عبد الرزاق النقيب (1885–1950) لغوي مصري، انتخب عضوا في مجمع اللغة العربية بالقاهرة سنة 1925.", "Cairo Arabic Academy founded 1932 (widely known)", [ok(1925 < 1932, "before the academy")]),
    ("anachronism", "حمد سليمان الجاسر الصغير (1920–1991) كاتب سعودي، درّس في جامعة الملك سعود عام 1950.", "King Saud University founded 1957 (widely known)", [ok(1950 < 1957, "before KSU")]),
    ("ordinal-series", "«تاريخ الموصل» كتاب لسليمان صائغ الموصلي. صدرت طبعته الثانية سنة 1955، أما الطبعة الأولى فصدرت سنة 1960.", "first edition after the second", [ok(1960 > 1955, "first after second")]),
    ("ordinal-series", "«قاموس العادات» موسوعة في أربعة مجلدات، صدر مجلدها الثالث سنة 1931 ومجلدها الرابع سنة 1928.", "fourth volume before the third", [ok(1928 < 1931, "fourth before third")]),
    ("name-anomaly", "«في الشعر الجاهلي» كتاب لطه العقاد صدر سنة 1926 وأثار جدلا واسعا.", "Taha (Husayn) with al-Aqqad's family name", [ok(True, "mixed name")]),
    ("name-anomaly", "«عبقرية محمد» من سلسلة العبقريات التي ألفها عباس محمود المازني.", "Abbas Mahmud (al-Aqqad) with al-Mazini's name", [ok(True, "mixed name")]),
    ("impossible-date", "ليلى رفيق الأيوبي (ولدت 31 أبريل 1911 – توفيت 1990) رائدة نسوية سورية.", "31 April", [ok(not gvalid(1911, 4, 31), "April 30 days")]),
    ("impossible-date", "خالد مراد الفتلاوي (1921 – 31/6/1975) شاعر عراقي من الحلة.", "31/6", [ok(not gvalid(1975, 6, 31), "June 30 days")]),
    ("malformed-date", "سعيد ناصر الهاشمي (ولد 3 أيار – توفي 1988) معلم وشاعر أردني.", "birth slot with no year", [ok(True, "no year")]),
    ("malformed-date", "منى عادل الشامي (ولدت 7/8/ – توفيت 1999) فنانة تشكيلية.", "empty year part of a slashed date", [ok(True, "empty part")]),
    ("weekday-mismatch", f"وليد أسعد الخازن (ولد يوم {_w19} 15 مايو 1910 – توفي 1972) محام لبناني.", "15 May 1910 was Sunday", [ok(all(_w19 != wd(g2jd(1910, 5, 15) + k) for k in (-1, 0, 1)), "2 days off")]),
    ("weekday-mismatch", f"حكمت يونس السعدي (1931–1967) صحفي أردني، قتل يوم {_w20} 5 يونيو 1967 في القدس.", "5 June 1967 was Monday", [ok(all(_w20 != wd(g2jd(1967, 6, 5) + k) for k in (-1, 0, 1)), "3 days off")]),
    (None, "إبراهيم ناجي الدباس (1901–1949) شاعر فلسطيني، جمعت أعماله الكاملة ونشرت سنة 1965.", "posthumous collected works", [ok(1965 > 1949, "posthumous")]),
    (None, "مريم سعيد العطار (ولدت نحو 1890 – توفيت 1960) مربية دمشقية.", "approximate birth year", [ok(True, "نحو")]),
    (None, "كريم زهير الشابي (مواليد 1955) روائي تونسي.", "living person", [ok(True, "living")]),
    (None, "فريد شكري العظمة (1915–1983) طبيب سوري، ووالده شكري العظمة (1880–1952) كان نائبا في البرلمان.", "father's own lifespan, 35 years older, dies after son's birth", [ok(1915 - 1880 == 35 and 1952 > 1915, "ok")]),
    (None, f"جميل حسن الدوري (ولد {_w25} 15 رمضان 1331 هـ / {_g25[2]} أغسطس {_g25[0]} م – توفي 1980) مؤرخ عراقي.", "true tabular equivalence and weekday in a lifespan", [ok(_g25[1] == 8, "August"), ok(wd(g2jd(*_g25)) == _w25, "weekday")]),
    (None, "عبد الوهاب رشيد القاسمي (1326–1392 هـ / 1909–1972 م) قاض إماراتي.", "true Hijri/CE lifespan pair", [ok(1909 in hyears(1326) and 1972 in hyears(1392), "pairs ok")]),
    (None, "توفيق سليم الخطيب (1898–1977) لغوي مصري، انتخب عضوا في مجمع اللغة العربية بالقاهرة سنة 1940.", "academy existed from 1932", [ok(1940 > 1932, "existed")]),
    (None, f"سلوى نديم الأنصاري (ولدت يوم {_w28} 19 نيسان 1936 – توفيت 2004) مترجمة فلسطينية.", "true weekday in a lifespan", [ok(wd(g2jd(1936, 4, 19)) == _w28, "weekday")]),
    (None, "«ديوان الغربة» لعلي جابر الرصافي، صدرت طبعته الثالثة سنة 1970 بعد الثانية سنة 1962 والأولى سنة 1950.", "editions listed backwards, dated in order", [ok(1950 < 1962 < 1970, "in order")]),
    (None, "طه حسين الزيدي (1930–1999) لاعب كرة عراقي، لا صلة له بعميد الأدب العربي.", "namesake of Taha Husayn", [ok(True, "namesake")]),
    (None, "«في الشعر الجاهلي» كتاب لطه حسين صدر سنة 1926.", "real author and work", [ok(True, "real")]),
    (None, "رشيدة أحمد اليافي (ولدت 29 فبراير 1932 – توفيت 2011) كاتبة لبنانية.", "29 February 1932 valid", [ok(gvalid(1932, 2, 29), "leap")]),
    (None, "نصري جورج الحلو (1911 – 30 أبريل 1980) ناشر لبناني.", "30 April valid", [ok(gvalid(1980, 4, 30), "valid")]),
    (None, "صالح محمد الشمري (1904–2006) معمّر سعودي عاش مئة وسنتين.", "102 years under 120", [ok(2006 - 1904 == 102, "102")]),
    (None, "جورج نجيب عقل (ولد في زحلة 1922 – توفي في باريس 1994) رسام لبناني.", "different birth and death places", [ok(True, "distinct")]),
    (None, "هدى كمال الريس (1945–1990) ممثلة مصرية. وأخوها الأصغر مدحت (1949–1985) سبقها إلى الموت.", "younger brother dying first", [ok(1949 > 1945 and 1985 < 1990, "younger, died first")]),
    (None, "جامعة الملك سعود جامعة سعودية أسست سنة 1957، وتخرج فيها الكاتب ناصر حمد العبيد سنة 1965.", "KSU existed", [ok(1965 > 1957, "existed")]),
    (None, "أحمد رضا الغزي (1878–1940) شاعر فلسطيني. نقل رفاته إلى غزة بعد وفاته بعام.", "reburial a year later", [ok(True, "reburial")]),
    (None, "عمر فاروق النحاس (1918–1996) موسيقي، وابنه البكر وليد (1946) أكبر من أخته هالة (1950).", "firstborn born first", [ok(1946 < 1950, "order ok")]),
    (None, "خليل مطران (1872–1949) شاعر القطرين، وقيل ولد سنة 1871.", "real lifespan with hedge", [ok(True, "وقيل")]),
]
