from cal import *
STYLE = "jordanian-arab-legion-register"
_k = g2h(1968, 3, 21); _kw = gw(1968, 3, 21)
_a = gw(1956, 3, 1); _i = gw(1946, 5, 25); _f = gw(1951, 7, 20)
CASES = [
("lifespan", "الملازم أول موسى عبد الرحيم العدوان: استشهد في معارك باب الواد في أيار 1948. وفي سنة 1951 قاد سرية من الكتيبة الخامسة في مناورات الزرقاء.", "leads a company three years after his death (invented)", []),
("lifespan", "الرقم العسكري 4127، الاسم: عودة سالم الحويطات، مواليد 1950، التحق بالجيش العربي برتبة ملازم ثان في كانون الثاني 1958.", "a second lieutenant at about eight (invented)", []),
("family-order", "النقيب خالد محمود الشرايري من مواليد إربد سنة 1931، ووالده العريف المتقاعد محمود الشرايري من مواليد سنة 1934.", "father born three years after his son (invented)", []),
("family-order", "الرقيب سليمان فلاح العبادي مواليد 1937، وأخوه الأكبر الجندي منصور فلاح العبادي مواليد 1940، وكلاهما في كتيبة المشاة الثالثة.", "elder brother born three years after (invented)", []),
("conflicting-values", "مكان الولادة: الكرك، سنة 1925. وهو من أبناء مدينة السلط مولدا ونشأة، وفيها تلقى علومه الأولى.", "two birthplaces in one register entry", []),
("conflicting-values", "أعفى جلالة الملك الحسين الفريق غلوب من قيادة الجيش في الأول من آذار 1956. وكان إعفاء غلوب من منصبه في ربيع سنة 1957 إيذانا بتعريب القيادة.", "two years of one dismissal", []),
("calendar-equivalence", f"معركة الكرامة: 21 آذار 1968 الموافق {_k[2]} {HM[_k[1]-1]} {_k[0]+3} هـ، وفيها صد الجيش العربي الهجوم على الأغوار.", "Hijri year three years late beside a right day and month", [(_k == (1387, 12, 21), "pair")]),
("calendar-equivalence", "وصل الضابط جون باغوت غلوب إلى شرق الأردن سنة 1930 للميلاد الموافقة لسنة 1342 للهجرة، وأسس قوة البادية.", "1342 AH is 1923-24, not 1930", [(1930 not in gyears_of(1342), "off")]),
("anachronism", "الملازم يوسف الخريشا: تخرج في جامعة مؤتة الجناح العسكري سنة 1965، والتحق بسلاح المدفعية.", "Mu'ta University in 1965 (founded 1981)", []),
("anachronism", "وفي سنة 1948 أصدر جلالة الملك الحسين بن طلال أمره بنقل الكتيبة الرابعة إلى القدس.", "King Hussein issuing orders in 1948 (reigned from 1952/53)", []),
("ordinal-series", "تنقلات الضابط: النقل الأول إلى الكتيبة الثانية سنة 1955، والنقل الثاني إلى قيادة الفرقة سنة 1952.", "second posting dated before the first (invented)", []),
("ordinal-series", "اشترك في الدورة الثالثة لضباط الأركان سنة 1962، ثم في الدورة الرابعة سنة 1959 مدرسا.", "fourth course before the third", []),
("name-anomaly", "وقد أرخ لتلك المرحلة فردريك بيك باشا في مذكراته «جندي مع العرب» التي ترجمت إلى العربية.", "«A Soldier with the Arabs» is Glubb's, not Peake's", []),
("name-anomaly", "ويروي علي أبو نوار في كتابه «كارثة فلسطين» وقائع حرب 1948 في القدس.", "«Karithat Filastin» is Abdullah al-Tall's", []),
("impossible-date", "تاريخ الترفيع إلى رتبة رئيس: 31 حزيران 1948.", "31 June", []),
("impossible-date", "سرح من الخدمة لانتهاء مدتها في الحادي والثلاثين من أيلول سنة 1956.", "31 September in words", []),
("malformed-date", "تاريخ الالتحاق: 12/ /1953، الوحدة: الكتيبة التاسعة.", "empty month slot", []),
("malformed-date", "خدم في كتيبة الحسين الثانية من سنة إلى سنة 1958، ثم نقل إلى الزرقاء.", "range with an empty start year", []),
("weekday-mismatch", f"صباح يوم {sh(_kw, 2)} 21 آذار 1968 عبرت القوات المعادية نهر الأردن، فتصدت لها الفرقة الأولى.", "Karameh two weekdays late", [(_kw == "الخميس", "known")]),
("weekday-mismatch", f"وفي يوم {sh(_a, -2)} الأول من آذار 1956 صدر الأمر الملكي بتعريب قيادة الجيش العربي.", "Arabization day two weekdays early", [(_a == "الخميس", "known")]),
(None, f"وقعت معركة الكرامة يوم {_kw} 21 آذار 1968 الموافق {_k[2]} {HM[_k[1]-1]} {_k[0]} هـ.", "trap: true weekday and tabular Hijri for Karameh", [(_k == (1387, 12, 21), "pair")]),
(None, f"يوم {_a} الأول من آذار 1956 أعفي غلوب باشا، وغادر عمان صباح اليوم التالي.", "trap: true weekday of the Arabization", []),
(None, f"أعلن استقلال المملكة يوم {_i} 25 أيار 1946، وكان الجيش العربي في استعراض عمان.", "trap: true weekday of independence", []),
(None, f"استشهد الملك عبد الله الأول على عتبة المسجد الأقصى يوم {_f} 20 تموز 1951.", "trap: true weekday (a Friday prayer)", [(_f == "الجمعة", "known")]),
(None, "الجندي الأول مفلح سالم: ولد ابنه سالم بعد استشهاده في اللطرون بأربعة أشهر، والتحق الابن بالجيش سنة 1967.", "trap: posthumous child", []),
(None, "الترفيعات: ملازم ثان 1948، ملازم أول 1950، رئيس 1954، وكيل قائد 1958، قائد 1962.", "trap: ranks in order", []),
(None, "رقي إلى رتبة عقيد سنة 1966 بعد أن كان قد نال رتبة رائد سنة 1959، وأحيل على التقاعد برتبة عميد سنة 1970.", "trap: ranks named out of textual order but dated in order", []),
(None, "المتقاعد حمد بن سليم الزبن من مواليد 1902، ولم يزل حيا سنة 2003 يحدث الزوار عن أيام القوة السيارة. وقيل إنه أكبر من ذلك.", "trap: a veteran past 100, hedged", []),
(None, "عاش غلوب باشا من سنة 1897 إلى سنة 1986، ونشر مذكراته «جندي مع العرب» سنة 1957.", "trap: real author with his book", []),
(None, "كتب عبد الله التل «كارثة فلسطين» بعد خروجه من الأردن، وهو قائد القدس في حرب 1948.", "trap: real author with his book", []),
(None, "أطلق اسم الشهيد على معسكر للجيش في الزرقاء بعد استشهاده بعشر سنين.", "trap: a camp named after the dead", []),
(None, "تأسست القوة السيارة سنة 1920، وسميت الجيش العربي سنة 1923، وتولى قيادتها فريدريك بيك.", "trap: the Legion's two founding years in order", []),
(None, "الفريق حابس المجالي غير حفيده الذي يحمل اسمه، فالأول من مواليد 1914 والثاني ضابط في التسعينيات.", "trap: namesakes", []),
(None, "تاريخ الترفيع: 29 شباط 1956. تاريخ النقل: 31 كانون الأول 1956.", "trap: valid 29 February and 31 December", [(gvalid(1956, 2, 29), "valid")]),
(None, "الرقيب عواد مطلق مواليد 1930، وأخوه الأصغر الجندي عيد مطلق مواليد 1934، وأبوهما من مواليد 1905.", "trap: siblings and father in true order (invented)", []),
(None, "خدم الضابط في الكتيبة الأولى ثم الثانية ثم الثالثة، وكان نقله الأول سنة 1950 والأخير سنة 1957.", "trap: postings in order", []),
(None, "تخرج الملازم في جامعة مؤتة سنة 1988 والتحق بسلاح الهندسة.", "trap: Mu'ta University in its time", []),
(None, "أصدر الملك الحسين بن طلال، بعد تسلمه سلطاته الدستورية في 2 أيار 1953، أمرا بإعادة تنظيم الألوية.", "trap: King Hussein in his time", []),
(None, "استشهد النقيب في الكرامة سنة 1968 عن ثمانية وعشرين عاما، إذ ولد سنة 1940.", "trap: age agrees", [(1968 - 1940 == 28, "age")]),
(None, "كانت الولادة في الطفيلة، ويقال في بصيرا، والأرجح الأول.", "trap: hedged birthplace", []),
]

_EXTRA = {1: "السلوك: حسن.", 8: "الملاحظات: لا يوجد.", 13: "والكتاب متداول.", 22: "انتهى القيد.", 30: "والمعسكر عامر إلى اليوم.", 35: "التوقيع: قائد الكتيبة.", 37: "الحالة الصحية: لائق."}
from checkset import sentences as _n  # noqa: E402
CASES = [(r, t + " " + _EXTRA[i] if i in _EXTRA and _n(t) == 1 else t, n, c) for i, (r, t, n, c) in enumerate(CASES)]
