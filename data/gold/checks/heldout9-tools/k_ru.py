from h9cal import *

STYLE = "russian-julian"

_t = os_ns(1913, 4, 2)
_b = os_ns(1905, 1, 9)
_h = h2j(1300, 7, 15); _hj = j2ju(_h)
_w1 = ju2j(1866, 4, 4); _w1s = "الجمعة"
_w2 = ju2j(1914, 7, 19); _w2s = "الثلاثاء"
_y = os_ns(1899, 12, 31)
_f = os_ns(1900, 2, 29)
_p = os_ns(1799, 5, 26)
_e = os_ns(1861, 2, 19)
_c = h2j(1307, 3, 12); _cj = j2ju(_c)


def _both_wrong(j, g, s):
    return wd(j) != s and wd(g) != s


CASES = [
    ("lifespan", f"توفي الشاعر عبد الله توقاي في قازان في 2 أبريل ({_t[2]} أبريل) 1913. وفي خريف سنة 1915 وقف على منصة نادي «الشرق» وألقى قصيدة جديدة أمام الطلبة.",
     f"Tuqay reciting in person two years after his death (OS/NS pair right: {_t})", [(_t == (1913, 4, 15), "NS 15 April"), (1915 > 1913, "after death")]),
    ("lifespan", "ولد الملا كمال الدين الأورنبورغي سنة 1850 في قرية قرغالي، وعُيّن إماماً وخطيباً لمسجدها الجامع سنة 1854.",
     "imam and preacher at 4", [(1854 - 1850 == 4, "age 4")]),
    ("family-order", "كان التاجر القازاني غني بايف من مواليد 1838. وأبوه الحاج عثمان بايف وُلد سنة 1841 وأسس تجارة الجلود في السوق القديم.",
     "father born 3 years after the son", [(1841 > 1838, "father later")]),
    ("family-order", "ولد المستشرق نيقولاي سافين سنة 1841 في تولا. وكان أخوه الأصغر بطرس، المولود سنة 1836، هو من أدخله إلى حلقة المستعربين.",
     "'younger' brother born 5 years before him", [(1836 < 1841, "younger first")]),
    ("conflicting-values", "أسلم المترجم فاسيلي غريغوريف الروح في بطرسبورغ شتاء 1881. وتقول ابنته في مذكراتها إن أباها مات في بيته بموسكو، ودُفن هناك.",
     "death place St Petersburg vs Moscow (via his daughter)", []),
    ("conflicting-values", "ولد الفقيه شاكر الطنطاوي الروسي في 12 أغسطس 1870 بالتقويم القديم. وفي سجل المسجد أن مولده كان في 20 سبتمبر 1870.",
     "birth date 12 August vs 20 September 1870 (plain)", []),
    ("calendar-equivalence", f"خرج العمال إلى قصر الشتاء يوم الأحد 9 يناير (21 يناير) 1905، وكان الطالب إبراهيم أحمدوف بين الجموع.",
     f"9 January 1905 OS = {_b} NS, not 21 (weekday Sunday true)", [(_b != (1905, 1, 21), "off by one"), (wd(ju2j(1905, 1, 9)) == "الأحد", "Sunday")]),
    ("calendar-equivalence", f"توفي المفتي سليم الدين أفندي في 15 رجب 1300 هـ، الموافق {_hj[2]} مايو 1884 بالتقويم اليولياني.",
     f"15 Rajab 1300 = Julian {_hj}; year given 1884", [(abs(ju2j(1884, 5, _hj[2]) - _h) >= 360, "a year off")]),
    ("anachronism", "عمل المهندس رشيد قاسموف في مصنع الجرارات في ستالينغراد سنة 1912، ثم انتقل إلى أستراخان.",
     "Tsaritsyn renamed Stalingrad in 1925 (widely known)", [(1912 < 1925, "before renaming")]),
    ("anachronism", "أوفدته حكومة الاتحاد السوفيتي سنة 1916 إلى طهران مترجماً، فأقام بها عامين.",
     "USSR formed December 1922 (widely known)", [(1916 < 1922, "before")]),
    ("ordinal-series", "أتم الملحن أركادي بيلوف سيمفونيته الرابعة سنة 1890، أما الخامسة فكان قد قدّمها قبلها في موسكو سنة 1888.",
     "fifth symphony (1888) dated before the fourth (1890)", [(1888 < 1890, "5th before 4th")]),
    ("ordinal-series", "صدر العدد المئة من جريدة «ترجمان» الصغرى في مارس 1885، وصدر العدد التسعون منها في أكتوبر 1887.",
     "issue 90 dated after issue 100", [(1887 > 1885, "90 after 100")]),
    ("name-anomaly", "كان يحفظ مقاطع طويلة من «يفغيني أونيغين» لألكسندر سيرغييفيتش ليرمونتوف ويرددها في الدرس.",
     "Pushkin's work, Pushkin's given name and patronymic with Lermontov's surname", []),
    ("name-anomaly", "ترجم إلى التترية رواية «بطل من هذا الزمان» لميخائيل يوريفيتش تشيخوف سنة 1908.",
     "Lermontov's novel, his given name and patronymic with Chekhov's surname", []),
    ("impossible-date", "ولد المستعرب إيفان فولكوف في 31 سبتمبر 1860 بالتقويم القديم في خاركوف.",
     "31 September (Julian)", [(not g_valid(1860, 9, 31, julian=True), "invalid")]),
    ("impossible-date", "افتُتحت المدرسة المحمدية في قازان يوم 29 فبراير 1890 بالتقويم القديم.",
     "29 February 1890 (1890 not leap in the Julian calendar)", [(not g_valid(1890, 2, 29, julian=True), "invalid")]),
    ("malformed-date", "وصل إلى أوفا يوم 14 من عام 1905، فاستقبله أعيان المدينة.",
     "day number with no month", []),
    ("malformed-date", "ولد الشاعر التتري مجيد غفوري في 12 (24) نوفمبر 18 في قرية بيرسا.",
     "cut two-digit year '18'", []),
    ("weekday-mismatch", f"في يوم {_w1s} 4 أبريل 1866 (بالتقويم القديم) كان الطالب أحمد شاهين قرب الحديقة الصيفية حين أُطلقت النار على القيصر.",
     f"4 April 1866 Julian was {wd(_w1)} ({wd(g2j(1866, 4, 4))} if read as Gregorian)", [(_both_wrong(_w1, g2j(1866, 4, 4), _w1s), "wrong both")]),
    ("weekday-mismatch", f"أعلنت ألمانيا الحرب على روسيا يوم {_w2s} 19 يوليو 1914 بالتقويم القديم، فاستُدعي المترجم حسن أكتشورين إلى الخدمة.",
     f"19 July 1914 Julian was {wd(_w2)} ({wd(g2j(1914, 7, 19))} as Gregorian)", [(_both_wrong(_w2, g2j(1914, 7, 19), _w2s), "wrong both")]),
    # consistent
    (None, f"ولد ألكسندر بوشكين في موسكو في 26 مايو ({_p[2]} يونيو) 1799، وكتب «يفغيني أونيغين».",
     f"trap: OS/NS offset 11 true; real name with own work", [(_p == (1799, 6, 6), "6 June")]),
    (None, f"وقّع القيصر بيان إلغاء القنانة في 19 فبراير ({_e[2]} مارس) 1861.",
     "trap: offset 12 true", [(_e == (1861, 3, 3), "3 March")]),
    (None, f"توفي التاجر زين الله رسولوف ليلة 31 ديسمبر 1899 بالتقويم القديم، أي {_y[2]} يناير {_y[0]} بالتقويم الجديد.",
     "trap: OS/NS across a year boundary", [(_y == (1900, 1, 12), "12 Jan 1900")]),
    (None, f"ولدت ابنته في 29 فبراير 1900 بالتقويم القديم، الموافق {_f[2]} مارس 1900 بالتقويم الجديد.",
     "trap: 29 February 1900 valid in Julian only; true NS", [(g_valid(1900, 2, 29, True) and not g_valid(1900, 2, 29), "Julian only"), (_f == (1900, 3, 13), "13 March")]),
    (None, f"كان يوم الأحد 9 يناير ({_b[2]} يناير) 1905 يوماً دامياً في بطرسبورغ، وقد وصفه المراسل التتري في رسالة إلى أخيه.",
     "trap: true Julian weekday and NS", [(wd(ju2j(1905, 1, 9)) == "الأحد", "Sunday"), (_b == (1905, 1, 22), "22 Jan")]),
    (None, f"توفي المفتي في 12 ربيع الأول 1307 هـ، الموافق {_cj[2]} {['', 'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'][_cj[1]]} {_cj[0]} بالتقويم اليولياني.",
     f"trap: Hijri date with true Julian equivalent {_cj}", [(j2ju(h2j(1307, 3, 12)) == _cj, "Julian")]),
    (None, "توفي عبد الله توقاي سنة 1913، وصدرت مجموعة أشعاره الكاملة بعد وفاته بسنوات في قازان.",
     "trap: posthumous publication", []),
    (None, "درس في بتروغراد سنة 1916، ثم عمل في ستالينغراد سنة 1930، وعاش حتى رأى المدينة تحمل اسم فولغوغراد.",
     "trap: city names while they existed (Petrograd 1914-24, Stalingrad 1925-61)", [(1914 <= 1916 < 1924 and 1925 <= 1930 < 1961, "ok")]),
    (None, "أوفدته حكومة الاتحاد السوفيتي سنة 1925 إلى كابول، بعد ثلاث سنوات من قيام الاتحاد.",
     "trap: USSR existing (1922)", [(1925 - 1922 == 3, "3")]),
    (None, "انعقد المؤتمر الأول لمسلمي روسيا في أغسطس 1905، والثاني في يناير 1906، والثالث في أغسطس 1906.",
     "trap: ordinal series in order, two in one year", [((1905, 8) < (1906, 1) < (1906, 8), "order")]),
    (None, "ليف تولستوي صاحب «الحرب والسلم» غير ابن عمه الشاعر ألكسي كونستانتينوفيتش تولستوي، وقد ترجم صاحب الترجمة للاثنين.",
     "trap: namesakes (two Tolstoys)", []),
    (None, "ولد المستشرق سافيلي بولوتوف سنة 1862، وقيل سنة 1863، في بيرم.",
     "trap: hedged birth year", []),
    (None, "توفي الملا حسين فيض خانوف سنة 1866 عن ثمانية وثلاثين عاماً، إذ ولد سنة 1828.",
     "trap: age 38", [(1866 - 1828 == 38, "38")]),
    (None, "كان أخوه الأكبر سليم، المولود سنة 1855، قد سبقه إلى بخارى، أما هو فولد سنة 1859 ومات قبل أخيه.",
     "trap: elder brother born first; younger dies first", [(1855 < 1859, "order")]),
    (None, "ولد في قازان وتعلم في بخارى ومات في أوفا.",
     "trap: different places for different events", []),
    (None, f"اندلعت الثورة في 25 أكتوبر ({os_ns(1917, 10, 25)[2]} نوفمبر) 1917، وكان ابنه في بتروغراد.",
     "trap: offset 13 true", [(os_ns(1917, 10, 25) == (1917, 11, 7), "7 Nov")]),
    (None, f"بلغت برقية إعلان الحرب الألمانية مدينة قازان مساء {wd(_w2)} 19 يوليو 1914 بالتقويم القديم، أي {os_ns(1914, 7, 19)[2]} أغسطس بالجديد، فأغلق المدرسة وعاد إلى قريته.",
     f"trap: true Julian weekday ({wd(_w2)}) and NS", [(wd(_w2) == "السبت", "Saturday"), (os_ns(1914, 7, 19) == (1914, 8, 1), "1 Aug")]),
    (None, "أبوه الفقيه يعقوب (1820–1890) وأمه مريم (1828–1900)، وقد ولد لهما سنة 1851.",
     "trap: parents' own lifespans; father dies after the son's birth", [(1851 - 1828 == 23 and 1890 > 1851, "ok")]),
    (None, "أعاد الأرشيف نشر مقالاته سنة 1960، بعد نصف قرن من وفاته سنة 1910.",
     "trap: posthumous reprint", [(1960 - 1910 == 50, "50")]),
    (None, "انتُخب عضواً في الدوما الثانية سنة 1907، ثم في الثالثة في خريف العام نفسه.",
     "trap: second and third Duma in one year, in order", []),
]
