from h11cal import *
STYLE = "russian-julian"
_w19 = "الخميس"
_w20 = "الأربعاء"
_n21 = os2ns(1837, 1, 29)
_n22 = os2ns(1762, 6, 28)
_n23 = os2ns(1905, 1, 9); _w23 = wd(j2jd(1905, 1, 9))
_jm = jd2j(h2jd(1300, 6, 10))
_n36 = os2ns(1682, 4, 27)
_w40 = wd(j2jd(1917, 2, 23)); _n40 = os2ns(1917, 2, 23)
CASES = [
    ("lifespan", "قرأ ميخائيل ليرمونتوف (1814–1841) قصيدته الأخيرة بنفسه في صالون آل كارامزين سنة 1843، فبكى الحاضرون.", "reads in person 2 years after death (knowledge in the text)", [ok(1843 > 1841, "after death")]),
    ("lifespan", "ولد عبد الرشيد نور الله الحسيني في قازان سنة 1880. وفي سنة 1886 عيّن إماما لمسجد المرجاني وخطيبا فيه.", "imam at 6", [ok(1886 - 1880 == 6, "age 6")]),
    ("family-order", "ولد الشاعر التتري فاتح قاسم يونسوف سنة 1868 في أوفا. وكان أخوه الأكبر سليم، المولود سنة 1872، يعمل معلما في قرية مجاورة.", "elder brother born 4 years later", [ok(1872 > 1868, "elder after")]),
    ("family-order", "ولد الرسام إيفان بتروفيتش سوكولوف سنة 1861 في تفير. ووالدته أنّا المولودة سنة 1858 علمته الرسم.", "mother 3 years older", [ok(1861 - 1858 == 3, "3 years")]),
    ("conflicting-values", "توفي التاجر غابدولا حسنوف في قازان يوم 7 (19) فبراير 1880. وقد فارق الحياة في 11 فبراير 1880 بالتقويم القديم، ودفن في المقبرة التترية.", "death date 7 vs 11 February OS", [ok(os2ns(1880, 2, 7) == (1880, 2, 19), "first pair true"), ok(7 != 11, "two dates")]),
    ("conflicting-values", "ولد المفتي زاهد الله محمدوف سنة 1851 في أوفا. وهو ابن أوفا المولود فيها سنة 1855، وفيها تعلم.", "birth year 1851 vs 1855", [ok(1851 != 1855, "two birth years")]),
    ("calendar-equivalence", "صدر مرسوم تعيينه في 5 (19) أبريل 1890، فانتقل إلى أورينبورغ.", "5 April 1890 OS is 17 April NS", [ok(os2ns(1890, 4, 5) == (1890, 4, 17), "true NS is 17"), ok(19 - 17 == 2, "2 days off")]),
    ("calendar-equivalence", "تولت كاترين العرش في 28 يونيو (10 يوليو) 1762، وحضر الضابط ميخائيل أورلوفسكي حفل التتويج بعد أشهر.", "28 June 1762 OS is 9 July NS (offset 11)", [ok(os2ns(1762, 6, 28) == (1762, 7, 9), "true NS 9 July"), ok(os2ns(1762, 6, 28)[1:] != (7, 10), "stated 10 July wrong")]),
    ("anachronism", "التحق الطبيب نيكولاي أندرييفيتش زيمين بجامعة موسكو سنة 1748، وتخرج فيها طبيبا.", "Moscow University founded 1755 (widely known)", [ok(1748 < 1755, "before founding")]),
    ("anachronism", "ولد المهندس عبد الله شاكروف سنة 1880، وسافر إلى ستالينغراد سنة 1912 ليعمل في مصانعها.", "city named Stalingrad only in 1925 (Tsaritsyn before; widely known)", [ok(1912 < 1925, "before renaming")]),
    ("ordinal-series", "صدرت الطبعة الثالثة من ديوان الشاعر غبد الله توقاييف الصغير سنة 1905، أما الثانية فصدرت سنة 1909 في قازان.", "second edition after the third", [ok(1909 > 1905, "second after third")]),
    ("ordinal-series", "صدر العدد الثاني من مجلة «النجوم» في أورينبورغ سنة 1908، وصدر عددها الأول سنة 1909.", "first issue after the second", [ok(1909 > 1908, "first after second")]),
    ("name-anomaly", "ترجم المعلم إبراهيم خالدوف رواية «الآباء والبنون» لإيفان سيرغييفيتش بوشكين إلى التترية.", "Ivan Sergeyevich (Turgenev) with Pushkin's family name", [ok(True, "mixed name")]),
    ("name-anomaly", "كان يحفظ قصة «المعطف» لنيكولاي فاسيليفيتش تولستوي ويقرؤها لتلاميذه.", "Nikolai Vasilyevich (Gogol) with Tolstoy's family name", [ok(True, "mixed name")]),
    ("impossible-date", "ولد في سمارا يوم 31 يونيو 1878 بالتقويم القديم.", "31 June (Julian)", [ok(not jvalid(1878, 6, 31), "June 30 days")]),
    ("impossible-date", "وقّع العقد في بطرسبورغ في 30 فبراير 1855.", "30 February", [ok(not jvalid(1855, 2, 30) and not gvalid(1855, 2, 30), "no 30 Feb")]),
    ("malformed-date", "وصل إلى أستراخان في 3 ( ) مارس 1882، ومكث فيها شهرا.", "empty New-Style slot", [ok(True, "empty part")]),
    ("malformed-date", "صدر الحكم بنفيه إلى سيبيريا في 14 أغسطس 18، فقضى هناك عشر سنين.", "cut year", [ok(True, "cut year")]),
    ("weekday-mismatch", f"اغتيل القيصر ألكسندر الثاني يوم {_w19} 1 مارس 1881 بالتقويم القديم، وكان الكاتب سيرغي لفوف شاهدا على الحادثة.", "1 March 1881 OS was Sunday (Tuesday if read as Gregorian)", [ok(wd(j2jd(1881, 3, 1)) == "الأحد" and _w19 not in (wd(j2jd(1881, 3, 1)), wd(g2jd(1881, 3, 1))), "wrong under both readings")]),
    ("weekday-mismatch", f"أعلن بيان تحرير الأقنان يوم {_w20} 19 فبراير 1861، ففرح أبوه الفلاح.", "19 Feb 1861 OS Sunday; as Gregorian Tuesday", [ok(_w20 not in (wd(j2jd(1861, 2, 19)), wd(g2jd(1861, 2, 19))), "wrong under both")]),
    (None, f"توفي ألكسندر بوشكين في 29 يناير ({_n21[2]} فبراير) 1837، ونشرت بعض قصائده بعد موته بسنوات.", "true OS/NS at 12 days; posthumous publication", [ok(_n21 == (1837, 2, 10), "10 Feb")]),
    (None, f"صعدت كاترين الثانية إلى العرش في 28 يونيو ({_n22[2]} يوليو) 1762.", "true OS/NS at 11 days", [ok(_n22 == (1762, 7, 9), "9 July")]),
    (None, f"شارك في مسيرة {_w23} 9 ({_n23[2]} يناير) 1905 في بطرسبورغ، ونجا من الرصاص.", "true Julian weekday (Sunday) and 13-day offset", [ok(_w23 == "الأحد" and _n23 == (1905, 1, 22), "Sunday, 22 Jan")]),
    (None, f"توفي المفتي سليم جان تفكيلوف في 10 جمادى الآخرة 1300 هـ، الموافق {_jm[2]} أبريل 1883 بالتقويم القديم.", "true tabular Hijri to Julian", [ok(_jm[:2] == (1883, 4), "April 1883 Julian")]),
    (None, "ولد الشاعر في 29 فبراير 1900 بالتقويم القديم، وهو يوم لا وجود له في التقويم الجديد.", "29 Feb 1900 valid in Julian only", [ok(jvalid(1900, 2, 29) and not gvalid(1900, 2, 29), "Julian leap only")]),
    (None, "درس الحقوق في جامعة موسكو سنة 1760 ثم خدم في مجلس الشيوخ.", "Moscow University existed from 1755", [ok(1760 > 1755, "existed")]),
    (None, "عمل في مصانع تساريتسين سنة 1912، وهي المدينة التي سميت لاحقا ستالينغراد.", "Tsaritsyn in 1912 correct", [ok(True, "old name")]),
    (None, "انتخب عضوا في الدوما الأولى سنة 1906 ثم في الدوما الثانية سنة 1907.", "Dumas in order", [ok(1906 < 1907, "order")]),
    (None, "ليس أليكسي نيكولايفيتش تولستوي صاحب «درب الآلام» هو ليف تولستوي صاحب «الحرب والسلم»، وإن جمعهما اسم الأسرة.", "two Tolstoys with their own works", [ok(True, "namesakes")]),
    (None, "قرأ «الآباء والبنون» لإيفان تورغينيف في سنة صدورها 1862.", "real author and work", [ok(True, "real")]),
    (None, "ولد الشاعر التتري شهاب الدين غفوروف سنة 1870، وكانت أخته الكبرى زينب قد ولدت سنة 1866.", "elder sister first", [ok(1866 < 1870, "order")]),
    (None, "ولد القاضي موسى بيكوف سنة 1856، وتوفي أبوه سنة 1871 وهو في الخامسة عشرة.", "father died after birth; age 15", [ok(1871 - 1856 == 15, "15")]),
    (None, "توفي نيكولاي غوغول سنة 1852 في موسكو، ونقل رفاته إلى مقبرة نوفوديفيتشي سنة 1931.", "reburial 79 years later", [ok(1931 - 1852 == 79, "reburial")]),
    (None, "ولد في 30 نوفمبر 1874 بالتقويم القديم في سيمبيرسك، وتوفي في قازان.", "30 November valid", [ok(jvalid(1874, 11, 30), "valid")]),
    (None, "أقيم المؤتمر الثاني لمسلمي روسيا في يناير 1906، بعد المؤتمر الأول في أغسطس 1905.", "ordinals in order", [ok(True, "in order")]),
    (None, f"توفي القيصر فيودور الثالث في 27 أبريل ({_n36[2]} مايو) 1682.", "true OS/NS at 10 days", [ok(_n36 == (1682, 5, 7), "7 May")]),
    (None, "ولد في بطرسبورغ سنة 1911 وتوفي في لينينغراد سنة 1970، وهي المدينة نفسها.", "renamed city, same place", [ok(True, "Leningrad from 1924")]),
    (None, "وقع الحادث يوم الأحد 1 مارس 1881 بالتقويم القديم، وهو يوم الأحد 13 مارس بالتقويم الجديد.", "true Julian weekday, same weekday under both calendars", [ok(wd(j2jd(1881, 3, 1)) == "الأحد" == wd(g2jd(1881, 3, 13)) and os2ns(1881, 3, 1) == (1881, 3, 13), "Sunday both")]),
    (None, f"خرجت العاملات إلى شوارع بتروغراد يوم {_w40} 23 فبراير ({_n40[2]} مارس) 1917، وكانت بينهن عمة الكاتب.", "true Julian weekday and 13-day offset; Petrograd named 1914", [ok(_w40 == wd(j2jd(1917, 2, 23)) == "الخميس" and _n40 == (1917, 3, 8), "Thursday, 8 March")]),
    (None, "ولد الكاتب المعمر يعقوب أحمدوف سنة 1850 وتوفي سنة 1952 عن مئة وسنتين.", "102 years", [ok(1952 - 1850 == 102, "102")]),
]
