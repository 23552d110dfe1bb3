from h11cal import *
STYLE = "modern-biography"
_w1 = WD[(g2jd(1952, 7, 23) + 1 + 2) % 7]
_w2 = WD[(h2jd(1393, 9, 1) + 1 + 3) % 7]
_g3 = jd2g(h2jd(1370, 7, 27))
_h5 = jd2g(h2jd(1382, 3, 12)); _w5 = wd(h2jd(1382, 3, 12))
_w8 = wd(g2jd(1963, 3, 8))
CASES = [
    ("lifespan", "ولد الطبيب سليم عبد الهادي النجار في حمص سنة 1921، وتوفي في دمشق سنة 1979. وفي ربيع 1984 افتتح بنفسه جناح أمراض القلب في المستشفى الذي أسسه.", "opens a ward in person 5 years after death", [ok(1984 - 1979 == 5, "5 years after death")]),
    ("lifespan", "ولدت هيفاء منصور الدباغ في الموصل عام 1938، ونشأت في بيت علم. وقد انتخبت نائبة عن مدينتها في البرلمان العراقي عام 1945.", "elected MP at age 7", [ok(1945 - 1938 == 7, "age 7")]),
    ("family-order", "كان خليل توفيق العكاوي (1930–1994) شاعرا غزير الإنتاج. وقد رعاه في صباه أخوه الأكبر نزار العكاوي، المولود سنة 1936، حتى أتم دراسته.", "elder brother born 6 years after the poet", [ok(1936 > 1930, "elder brother born after")]),
    ("family-order", "ولدت نوال فخري القاسم في صيدا سنة 1947. أما والدتها رئيفة الخطيب فقد ولدت سنة 1940 وكانت أول معلمة في البلدة.", "mother only 7 years older", [ok(1947 - 1940 == 7, "mother 7 years older")]),
    ("conflicting-values", "ولد المهندس رياض سعيد الكبيسي في الرمادي سنة 1933، ودرس الهندسة في بغداد. وكان مولد الكبيسي عام 1937 في محلة القطانة من الرمادي نفسها.", "birth year 1933 vs 1937 via family name", [ok(1933 != 1937, "two birth years")]),
    ("conflicting-values", "توفي الروائي عادل مصطفى الشريف في تونس العاصمة يوم 3 مارس 1998. وقد أسلم الراحل الروح في بيته بصفاقس، ودفن في مقبرتها.", "death place Tunis vs his home in Sfax", [ok(True, "two death places")]),
    ("calendar-equivalence", "تخرج الشيخ عبد الكريم ناصر العتيبي في المعهد العلمي بالرياض سنة 1365 هـ (1951 م)، ثم عمل مدرسا فيه.", "1365 AH is 1945/46, not 1951", [ok(min(abs(1951 - y) for y in hyears(1365)) >= 5, "1951 five years off 1365 AH")]),
    ("calendar-equivalence", f"عقد قرانه في مكة يوم 27 رجب 1370 هـ الموافق {_g3[2]} مايو 1950 م، وعاد بعدها إلى جدة.", "27 Rajab 1370 is May 1951, not 1950", [ok(_g3[:2] == (1951, 5), "tabular 1951"), ok(g2jd(*_g3) - g2jd(1950, 5, _g3[2]) >= 300, "a year off")]),
    ("anachronism", "ولد المترجم فؤاد جميل الحلبي سنة 1910 في اللاذقية. وفي سنة 1943 عمل خبيرا في منظمة اليونسكو بباريس.", "UNESCO founded November 1945 (widely known)", [ok(1943 < 1945, "before UNESCO")]),
    ("anachronism", "المربي عبد الله يوسف الصانع (1912–1988) من رواد التعليم في الكويت، وقد انتخب عام 1955 عضوا في مجلس إدارة جامعة الكويت.", "Kuwait University founded 1966 (widely known)", [ok(1955 < 1966, "before Kuwait University")]),
    ("ordinal-series", "شاركت الفنانة سلمى رشيد العاني في الدورة الثانية لمهرجان بابل عام 1988. ثم عادت إلى المهرجان في دورته الثالثة التي أقيمت عام 1986.", "third session dated before the second", [ok(1986 < 1988, "third before second")]),
    ("ordinal-series", "صدر ديوانها الأول عام 1961، والثالث عام 1966، أما ديوانها الثاني «ظلال الزيتون» فقد صدر عام 1969.", "second collection after the third", [ok(1969 > 1966, "second after third")]),
    ("name-anomaly", "تأثر الشاعر سامي حمدان النعيمي في مطلع شبابه بقصيدة «أنشودة المطر» لبدر شاكر البياتي، وحفظها كاملة.", "Badr Shakir (al-Sayyab) with al-Bayati's family name", [ok(True, "mixed name")]),
    ("name-anomaly", "كتبت الناقدة ليلى عمران رسالتها عن رواية «موسم الهجرة إلى الشمال» للطيب محفوظ، ونالت عليها الدكتوراه سنة 1985.", "al-Tayyib (Salih) with Mahfouz's family name", [ok(True, "mixed name")]),
    ("impossible-date", "ولد الصحفي مروان عزت الحداد في 31 حزيران 1942 ببيروت، ودرس في الجامعة الأمريكية.", "31 June", [ok(not gvalid(1942, 6, 31), "June has 30 days")]),
    ("impossible-date", "نالت الدكتورة سعاد حمدي الراوي شهادتها من جامعة القاهرة في 14/13/1967، وعادت إلى بغداد أستاذة.", "month 13", [ok(not gvalid(1967, 13, 14), "no month 13")]),
    ("malformed-date", "تخرج المحامي كمال سعدي البزاز في كلية الحقوق ببغداد في 19/ /1958، ثم افتتح مكتبه في الكرخ.", "empty month slot", [ok(True, "empty part")]),
    ("malformed-date", "الأديب حسن رفعت الجابي (1925 – تشرين الأول) من أعلام حماة، ترك ثلاثة دواوين.", "death slot holds a month with no year", [ok(True, "month without year")]),
    ("weekday-mismatch", f"كان عبد الرحمن فوزي الجمال ضابطا شابا صبيحة يوم {_w1} 23 يوليو 1952، وشارك في تحرك تلك الليلة.", f"23 July 1952 was Wednesday, text says {_w1}", [ok(_w1 != wd(g2jd(1952, 7, 23)) and wd(g2jd(1952, 7, 23)) == "الأربعاء", "weekday 2 off")]),
    ("weekday-mismatch", f"ولد ابنه البكر يوم {_w2} 1 رمضان 1393 هـ في المدينة المنورة، فسماه باسم جده.", f"1 Ramadan 1393 tabular Friday; text {_w2}", [ok(_w2 != wd(h2jd(1393, 9, 1)) and _w2 != wd(h2jd(1393, 9, 1) - 1) and _w2 != wd(h2jd(1393, 9, 1) + 1), "3 days off")]),
    (None, "توفي المؤرخ جواد كاظم الساعدي في البصرة سنة 1975، ونشر ابنه مذكراته سنة 1981 بعنوان «أيام الشط».", "posthumous publication by the son", [ok(1981 > 1975, "after death, by son")]),
    (None, "ولد القاص منير شكري الحسيني في القدس سنة 1928، وقيل سنة 1930، ودرس في الكلية العربية.", "hedge on birth year", [ok(True, "وقيل hedge")]),
    (None, "ولد فاروق عبد المجيد الطائي سنة 1935 في كركوك، وتوفي والده الحاج عبد المجيد (1899–1950) وهو في الخامسة عشرة.", "father died after the son's birth; age 15", [ok(1950 - 1935 == 15 and 1899 < 1935, "age 15, father older")]),
    (None, "التحق الشيخ سعد مبارك الدوسري بمدرسة الأحساء سنة 1375 هـ (1956 م)، وأمضى فيها أربع سنين.", "1375 AH overlaps 1956", [ok(1956 in hyears(1375), "1375 = 1955/56")]),
    (None, f"ولد يوم {_w5} 12 ربيع الأول 1382 هـ الموافق {_h5[2]} أغسطس {_h5[0]} م في الطائف.", "true tabular equivalence and weekday", [ok(_h5[1] == 8, "August"), ok(wd(g2jd(*_h5)) == _w5, "weekday matches")]),
    (None, "عمل الشاعر نديم صالح الأتاسي في منظمة اليونسكو بباريس بين 1950 و1962، ثم عاد إلى حمص.", "UNESCO existed from 1945", [ok(1950 > 1945, "after founding")]),
    (None, "درّست الدكتورة منيرة خالد العنزي في جامعة الكويت منذ عام 1970 حتى تقاعدها.", "Kuwait University existed from 1966", [ok(1970 > 1966, "after founding")]),
    (None, f"أصدر العدد الأول من جريدته يوم {_w8} 8 آذار 1963 في دمشق.", "true Gregorian weekday", [ok(wd(g2jd(1963, 3, 8)) == _w8, "weekday ok")]),
    (None, "ولدت الرسامة نجلاء حكمت الدوري في 29 شباط 1948 بالبصرة، وكانت تحتفل بعيد ميلادها كل أربع سنوات.", "29 February 1948 valid (leap year)", [ok(gvalid(1948, 2, 29), "leap")]),
    (None, "توفي القاضي رشيد ناجي السامرائي في 30 حزيران 1971، ونعته نقابة المحامين.", "30 June valid", [ok(gvalid(1971, 6, 30), "valid")]),
    (None, "شارك المخرج أيمن طلال حداد في الدورة الثالثة لمهرجان قرطاج عام 1970، وكان قد عرض فيلمه الأول في دورته الثانية سنة 1968.", "ordinals mentioned out of order but dated in order", [ok(1968 < 1970, "in order")]),
    (None, "المهندس توفيق الحكيم (1931–2002)، سميّ الكاتب المصري المعروف، صمم جسر المعلقة في بغداد.", "namesake of Tawfiq al-Hakim with his own dates", [ok(True, "namesake")]),
    (None, "قرأ في شبابه مجموعة «أرخص ليالي» ليوسف إدريس، فكانت سببا في اتجاهه إلى القصة القصيرة.", "real author with his own work", [ok(True, "real attribution")]),
    (None, "ولدت الممثلة رجاء سليم القباني سنة 1933، وكانت أختها الكبرى سعاد قد ولدت سنة 1929.", "elder sister born first", [ok(1929 < 1933, "elder first")]),
    (None, "تزوج المعلم صبري أنور الدليمي سنة 1951 وهو ابن تسع عشرة سنة، إذ ولد سنة 1932.", "married at 19", [ok(1951 - 1932 == 19, "age 19")]),
    (None, "رحل النحات فايز عيسى المصري سنة 1990. وبعد عامين منح وسام الاستحقاق، فتسلمته ابنته نيابة عنه.", "posthumous decoration received by daughter", [ok(True, "posthumous award")]),
    (None, "توفي المناضل حمدي عارف النمر في المنفى عام 1961، ونقل رفاته إلى نابلس عام 2005 حيث أعيد دفنه.", "reburial 44 years later", [ok(2005 - 1961 == 44, "reburial")]),
    (None, "عاش الحاج منصور طاهر العبيدي (1900–2001) مئة عام وعاما، وشهد القرن العشرين كله.", "101 years, under 120", [ok(2001 - 1900 == 101, "101 years")]),
    (None, "ولدت الصحفية دلال ماجد الكرمي في طولكرم عام 1944، وتوفيت في عمّان عام 2010.", "different birth and death places", [ok(True, "distinct facts")]),
    (None, "عمل في وزارة المعارف من 1/10/1949 إلى 31/12/1969، ثم تفرغ للكتابة.", "valid 31 December in a range", [ok(gvalid(1969, 12, 31) and gvalid(1949, 10, 1), "valid")]),
]
