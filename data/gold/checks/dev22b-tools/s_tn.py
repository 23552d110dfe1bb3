from cal import *
STYLE = "husainid-tunis-beylical-decrees"
TN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
_b = g2h(1881, 5, 12); _bw = gw(1881, 5, 12)
_p = g2h(1857, 9, 10); _pw = hw(1274, 1, 20)
CASES = [
("lifespan", "توفي الوزير مصطفى خزنه دار بحاضرة تونس سنة 1295 هـ. وفي سنة 1298 حضر بنفسه إمضاء المعاهدة بقصر السعيد ووضع خطه تحتها بعد الباي.", "Khaznadar dies 1295 AH and signs at Qasr Said in 1298 AH", []),
("lifespan", "الشيخ محمد بن الطاهر البنبلي، مولده سنة 1271 هـ، قلده الباي خطة الإمامة والخطابة بجامع الزيتونة في شهر رجب سنة 1277 هـ فكان يخطب الجمعة بالناس.", "imam and preacher of the Zaytuna at about six (invented man)", [(1277 - 1271 <= 7, "age")]),
("family-order", "نشأ محمد الصادق باي المولود سنة 1228 هـ في كنف أخيه الأكبر علي باي الذي ولد سنة 1232 هـ، وكان يقدمه في المجالس.", "elder brother born four years after the younger", []),
("family-order", "الكاتب حسونة بن الطاهر الزواري ولد بتونس سنة 1262 هـ. وأبوه الطاهر الزواري، وهو من مواليد سنة 1268 هـ، كان باش كاتب بالوزارة الكبرى.", "father born six years after his son (invented family)", []),
("conflicting-values", "انتقل الوزير خير الدين باشا إلى جوار ربه بالآستانة عام 1890. وقد فاضت روحه في داره بالآستانة سنة 1884 بعد مرض طويل، ودفن هناك.", "two death years with no hedge", []),
("conflicting-values", "أبصر الشيخ سالم بوحاجب النور ببلدة بنبلة من عمل المنستير، وتعلم بالزيتونة. وهو صفاقسي المولد والنشأة كما في دفتر الشيوخ.", "two birthplaces (Bembla and Sfax)", []),
("calendar-equivalence", f"حرر بقصر السعيد في 12 {TN[4]} 1881 الموافق {_b[2]} {HM[_b[1]]} {_b[0]} هـ، وختمه الباي محمد الصادق بختمه.", "Hijri month one month late (the true one is Jumada II)", [(_b[1] == 6, "one month off")]),
("calendar-equivalence", "أمر الباي بفتح المدرسة الصادقية بنهج الباشا في عام 1292 للهجرة الموافق لعام 1868 للميلاد.", "1292 AH is 1875-76, not 1868", [(1868 not in gyears_of(1292), "pair off")]),
("anachronism", "وفي سنة 1278 هـ (1861 م) كان الشاب محمد السنوسي يقرأ العلوم العصرية بالمدرسة الصادقية على أساتذتها الفرنسيين.", "Sadiki College in 1861 (founded 1875)", []),
("anachronism", "صدر الأمر العلي بتاريخ غرة صفر 1287 هـ بمحضر المقيم العام للجمهورية الفرنسية، عملا بما نصت عليه اتفاقية المرسى.", "resident general and the Marsa convention in 1287 AH (1870)", []),
("ordinal-series", "تولى الشيخ محمود بن الخوجة الفتيا مرتين: كانت ولايته الأولى سنة 1288 هـ، ثم عاد إليها في ولايته الثانية سنة 1281 هـ بعد عزله.", "second tenure dated before the first (invented)", []),
("ordinal-series", "أرسل الباي وزيره إلى الآستانة في سفارات متتابعة: الثالثة سنة 1288 هـ لاستصدار الفرمان، والرابعة سنة 1285 هـ، ولم تثمر.", "fourth embassy dated before the third", []),
("name-anomaly", "ومن أعيان الدولة الحسينية الوزير مصطفى خزنه دار صاحب كتاب «أقوم المسالك في معرفة أحوال الممالك» الذي طبع بتونس.", "«Aqwam al-masalik» is Khayr al-Din's, not Khaznadar's", []),
("name-anomaly", "أرخ لدولة البايات كاتب السر أحمد بن أبي الضياف في كتابه «صفوة الاعتبار بمستودع الأمصار والأقطار».", "«Safwat al-i'tibar» is Bayram V's; Ibn Abi al-Diyaf wrote «Ithaf»", []),
("impossible-date", "صدر الأمر بتسمية القاضي المالكي بتاريخ 31 رمضان المعظم 1290 هـ، وكتب بالإذن العلي.", "day 31 of Ramadan", []),
("impossible-date", f"ونشر بالرائد التونسي بتاريخ 29 {TN[1]} 1883 أمر بتنظيم المحاكم.", "29 February 1883, not a leap year", [(not gvalid(1883, 2, 29), "invalid")]),
("malformed-date", "وكتب في / /1292 هـ بأمر الوزير الأكبر، وسجل بدفتر الأوامر.", "empty day and month slots", []),
("malformed-date", "وكانت مدة ولاية الوزير على الجباية من سنة 1271 إلى سنة ، ثم عزل وصودرت أملاكه.", "range with an empty end year", []),
("weekday-mismatch", f"وفي يوم {sh(_bw, 2)} 12 {TN[4]} 1881 دخلت الجنود الفرنسية إلى باردو وأمضيت المعاهدة.", "Bardo treaty day given two weekdays late", [(sh(_bw, 2) != _bw, "off")]),
("weekday-mismatch", f"صدر عهد الأمان عن محمد باي يوم {sh(_pw, -3)} 20 محرم الحرام 1274 هـ بمحضر الأعيان والقناصل.", "Fundamental Pact weekday three days early (tabular)", [(_p == (1274, 1, 20), "pair")]),
(None, "ولد الشيخ إبراهيم الرياحي سنة 1180 هـ وتوفي سنة 1266 هـ. وعاش شيخه الطيب بن عبد الله مائة وسنتين قمريتين، من سنة 1150 إلى سنة 1252 هـ.", "trap: a life of 102 lunar years (invented teacher)", []),
(None, "ولد الكاتب محمد بن يوسف الشريف بعد وفاة والده بخمسة أشهر، فكفله عمه ورباه إلى أن بلغ.", "trap: posthumous child", []),
(None, "توفي خير الدين بالآستانة سنة 1890، ونقل رفاته إلى تونس بعد الاستقلال فدفن بمقبرة الجلاز.", "trap: reburial long after death", []),
(None, f"وأمضى محمد الصادق باي معاهدة الحماية بقصر السعيد يوم {_bw} 12 {TN[4]} 1881 الموافق {_b[2]} {HM[_b[1]-1]} {_b[0]} هـ.", "trap: true weekday and tabular Hijri for the Bardo treaty", [(_bw == "الخميس", "weekday known")]),
(None, f"أعلن محمد باي عهد الأمان في يوم {_pw} العشرين من المحرم سنة أربع وسبعين ومائتين وألف الموافق 10 {TN[8]} 1857.", "trap: true pair and weekday, Hijri year in words", [(_p == (1274, 1, 20), "pair")]),
(None, f"وبعد سنتين من الحماية أمضى علي باي اتفاقية المرسى يوم {gw(1883, 6, 8)} 8 {TN[5]} 1883.", "trap: Marsa convention with its true weekday", []),
(None, "وفي سنة 1291 هـ (1875 م) أسس الوزير خير الدين المدرسة الصادقية وحبس عليها أملاكا.", "trap: Sadiki in its time; 1291 AH overlaps early 1875", [(1875 in gyears_of(1291), "pair")]),
(None, f"نشر بالرائد الرسمي أمر مؤرخ في 29 {TN[1]} 1880 بتنظيم مجلس الجباية، وآخر مؤرخ في 30 رمضان 1290 هـ.", "trap: valid 29 February in a leap year and a 30-day Ramadan", [(gvalid(1880, 2, 29) and hvalid(1290, 9, 30), "valid")]),
(None, "تقلد مصطفى خزنه دار الوزارة الكبرى سنة 1253 هـ في أول دولة أحمد باي، ثم عزل سنة 1290 هـ، ومات بعد عزله بخمس سنين.", "trap: long tenure, death after dismissal in order", []),
(None, "علي باي الثاني المتوفى سنة 1196 هـ غير علي باي الثالث الذي تولى بعد أخيه الصادق سنة 1299 هـ وعاش إلى سنة 1320 هـ.", "trap: namesake beys a century apart", []),
(None, "ولد محمد بيرم الخامس سنة 1256 هـ، وقيل سنة 1255، وهو صاحب «صفوة الاعتبار».", "trap: hedged birth year; real author and work", []),
(None, "ألف الوزير خير الدين كتابه «أقوم المسالك في معرفة أحوال الممالك» وطبع بتونس سنة 1284 هـ.", "trap: real author with his book", []),
(None, "ولد أحمد باي سنة 1221 هـ وجلس على كرسي المملكة سنة 1253 هـ، وأبطل الرق بالإيالة سنة 1262 هـ، وتوفي سنة 1271 هـ.", "trap: a reign with events in order", []),
(None, "أكبر أبناء حسين باي الثاني محمد باي المولود سنة 1226 هـ، ويليه أخوه محمد الصادق المولود سنة 1228 هـ.", "trap: siblings in true order", []),
(None, "صدر قانون الدولة التونسية سنة 1277 هـ (1861 م) وأوقف العمل به إثر ثورة علي بن غذاهم سنة 1280 هـ (1864 م).", "trap: constitution then suspension, pairs true", [(1861 in gyears_of(1277) and 1864 in gyears_of(1280), "pairs")]),
(None, "كانت الخطة الأولى للشيخ محمود قبادو التدريس بمدرسة باردو الحربية، والثانية الإفتاء، ولم يلها إلا بعد تلك بسنين.", "trap: ordinals in order without dates", []),
(None, "ولد الشيخ عمر بن الشيخ سنة 1239 هـ، وانتصب للتدريس بجامع الزيتونة وهو ابن خمس وعشرين سنة.", "trap: plausible teaching age", []),
(None, "وفي منتصف شعبان سنة 1300 هـ أمضى الباي أمرا بتسمية أعضاء المجلس البلدي، وسجل في غرة رمضان من السنة نفسها.", "trap: day formulas 'منتصف' and 'غرة' in order", []),
(None, "ولد حفيده محمد الصادق بن محمد بن خير الدين بعد وفاة جده بسنتين، وسمي باسم الباي تبركا.", "trap: grandson born after his grandfather's death (invented)", []),
(None, "توفي الشيخ سالم بوحاجب سنة 1342 هـ، وأطلق اسمه على معهد بتونس بعد وفاته بعقود.", "trap: an institute named after the dead", []),
]

_EXTRA = {2: "والسلام.", 8: "نقل ذلك من دفتر المدرسة.", 12: "وعليه العمل.", 21: "والله ولي التوفيق.", 29: "وسجل بالدفتر.", 31: "والسلام من كاتبه.", 36: "وعليه الاعتماد."}
from checkset import sentences as _n  # noqa: E402
CASES = [(r, t + " " + _EXTRA[i] if i in _EXTRA and _n(t) == 1 else t, n, c) for i, (r, t, n, c) in enumerate(CASES)]
