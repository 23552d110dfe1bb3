from cal import *

STYLE = "algerian-cinema-festival-catalogue"


def off(name, k):
    return WD[(WD.index(name) + k) % 7]


w75 = wd(g2j(1975, 5, 23))
w66 = wd(g2j(1966, 9, 10))
w62 = wd(g2j(1962, 7, 5))
w11 = wd(g2j(2011, 3, 10))
w95 = wd(g2j(1995, 6, 29))
h62 = j2h(g2j(1962, 7, 5))
h75 = j2h(g2j(1975, 5, 23))

CASES = [
    ("lifespan", "محمد زينات (1932–1995): مخرج وممثل، صاحب «تحيا يا ديدو». وقد حضر بنفسه عرض النسخة المرممة من فيلمه في سينماتيك الجزائر سنة 2001.",
     "planted: attends a screening in person six years after his death", []),
    ("lifespan", "ولد المخرج سعيد بوعلام سنة 1960 بقسنطينة، وأخرج أول أفلامه الطويلة «الغابة» سنة 1966.",
     "planted: a director of a feature film at six (invented)", []),
    ("family-order", "تنحدر المخرجة ليلى بن عمر من عائلة فنية: أخوها الأكبر كريم من مواليد 1972، وهي من مواليد 1968.",
     "planted: an elder brother born after his sister, who is the younger (invented)", []),
    ("family-order", "المخرج يوسف حمادي من مواليد 1958، ووالده الممثل المسرحي أحمد حمادي من مواليد 1961.",
     "planted: father born after his son (invented)", []),
    ("conflicting-values", "نال فيلم «وقائع سنين الجمر» لمحمد الأخضر حامينا السعفة الذهبية في مهرجان كان سنة 1975. وكان تتويجه بالسعفة، كما تذكر المجلة، في دورة 1977.",
     "planted: two years for one award", []),
    ("conflicting-values", "ولد المخرج أحمد راشدي في تبسة سنة 1938. وتشير سيرته في كتالوغ الدورة إلى أنه من مواليد مدينة سطيف.",
     "planted: two birthplaces without hedge", []),
    ("calendar-equivalence", "صوّر الفيلم مشاهده الأولى في رمضان 1385 هـ، أي في شتاء 1972.",
     "planted: 1385 AH given as 1972 (true 1965-66)", [(not hyears(1385)[0] <= 1972 <= hyears(1385)[1], "")]),
    ("calendar-equivalence", f"يوم الاستقلال، 5 جويلية 1962 الموافق {h62[2]} {HM[(h62[1] + 2) % 12]} {h62[0]}، هو تاريخ المشهد الختامي في الفيلم.",
     "planted: Hijri equivalent of 5 July 1962 three months off (true %d/%d/%d tabular)" % h62, [(h62[1] <= 9, "")]),
    ("anachronism", "أخرج فيلمه الأول سنة 1982 متأثرا بأحداث العشرية السوداء التي عاشها في العاصمة.",
     "planted: the 'black decade' (1990s) as past experience in 1982", []),
    ("anachronism", "عرض الفيلم في الدورة الثانية لمهرجان وهران الدولي للفيلم العربي سنة 1999 ونال جائزة الوهر الذهبي.",
     "planted: the Oran Arab film festival (first edition 2007) in 1999", []),
    ("ordinal-series", "شارك في الدورة الرابعة لمهرجان وهران سنة 2012، ثم عاد إليه في الدورة الثالثة سنة 2014 بفيلمه الثاني.",
     "planted: third edition dated after the fourth", []),
    ("ordinal-series", "فيلمه الطويل الثاني «الرحيل» أنجز سنة 1979، أما فيلمه الطويل الأول «الحدود» فيعود إلى 1984.",
     "planted: first film dated after the second (invented)", []),
    ("name-anomaly", "وتستعيد التظاهرة فيلم «معركة الجزائر» (1966) لمخرجه محمد الأخضر بونتيكورفو، الحائز على الأسد الذهبي في البندقية.",
     "planted: Pontecorvo given Lakhdar-Hamina's first names", []),
    ("name-anomaly", "كما يعرض «نوبة نساء جبل شنوة» (1978) للمخرجة آسيا راشدي.",
     "planted: Assia Djebar given Ahmed Rachedi's family name", []),
    ("impossible-date", "عرض الفيلم لأول مرة في قاعة ابن زيدون يوم 31 نوفمبر 1987.",
     "planted: 31 November", [(not gvalid(1987, 11, 31), "")]),
    ("impossible-date", "انطلق تصوير الفيلم في بسكرة يوم 29 فيفري 1978 وتواصل ثلاثة أشهر.",
     "planted: 29 February 1978 (not a leap year)", [(not gvalid(1978, 2, 29), "")]),
    ("malformed-date", "أنجز الفيلم سنة ، وعرض في الدورة الأولى للمهرجان.",
     "planted: empty year", []),
    ("malformed-date", "تاريخ العرض الأول: 12 / / 1969، قاعة الموقار.",
     "planted: empty month slot", []),
    ("weekday-mismatch", f"توج «وقائع سنين الجمر» بالسعفة الذهبية مساء {off(w75, 2)} 23 ماي 1975.",
     f"planted: 23 May 1975 was a {w75}; weekday two days off", []),
    ("weekday-mismatch", f"فاز «معركة الجزائر» بالأسد الذهبي يوم {off(w66, 3)} 10 سبتمبر 1966.",
     f"planted: 10 September 1966 was a {w66}; weekday three days off", []),
    (None, "الممثلة الراحلة كلثوم عاشت أربعا وتسعين سنة، من 1916 إلى 2010، وظهرت على الشاشة وقد تجاوزت الثمانين.",
     "trap: a long life of 94 years (1916-2010), acting past eighty", [(2010 - 1916 == 94, "")]),
    (None, "رحل محمد زينات سنة 1995، وأعيد عرض «تحيا يا ديدو» بعد وفاته بسنوات في نسخة مرممة.",
     "trap: a film re-screened after its maker's death", []),
    (None, "«وقائع سنين الجمر» لمحمد الأخضر حامينا، أول فيلم عربي وإفريقي يتوج بالسعفة الذهبية.",
     "trap: real director with his film", []),
    (None, f"توج الفيلم بالسعفة الذهبية يوم {w75} 23 ماي 1975، الموافق {h75[2]} {HM[h75[1] - 1]} {h75[0]} هـ.",
     "trap: true weekday and tabular Hijri of 23 May 1975", [(h75[0] == 1395, "")]),
    (None, f"يوم {w62} 5 جويلية 1962 خرج الجزائريون إلى الشوارع، وهو المشهد الذي يفتتح به الفيلم.",
     "trap: true weekday of 5 July 1962", []),
    (None, "تأسست السينماتيك الجزائرية سنة 1965، وعرض فيها المخرج أفلامه الأولى مطلع السبعينيات.",
     "trap: a body in its time", []),
    (None, "أخرج فيلمه الثالث سنة 1985، بعد الأول سنة 1974 والثاني سنة 1980.",
     "trap: ordinals named out of textual order, dated in order (invented)", []),
    (None, "مرزاق علواش المولود في باب الواد سنة 1944، غير المخرج مرزاق بن علواش مدير التصوير، وإن تشابه الاسمان.",
     "trap: namesakes distinguished (second invented)", []),
    (None, "ولد المخرج في الأغواط سنة 1950، وقيل في غرداية، وتجمع أغلب المصادر على الأغواط.",
     "trap: hedged birthplace (invented)", []),
    (None, "صور مشاهد الفيلم في 29 فيفري 1976 في قرية بالأوراس.",
     "trap: 29 February 1976 is valid (leap year)", [(gvalid(1976, 2, 29), "")]),
    (None, f"اغتيل الكاتب المسرحي عبد القادر علولة بوهران سنة 1994، وفي يوم {w95} 29 جوان 1995 عرض مسرحيته تلاميذه تكريما له.",
     "trap: an act by others after the death, true weekday", []),
    (None, "أول تجربة للمخرجة أمام الكاميرا كانت في الثانية عشرة، وأخرجت فيلمها الأول في الثامنة والعشرين.",
     "trap: a child actor, plausible ages (invented)", []),
    (None, "الأخ الأكبر مولود 1948، وتليه المخرجة 1952، ثم الأصغر 1957.",
     "trap: siblings in true order (invented)", []),
    (None, "انطلقت الدورة الأولى لمهرجان وهران سنة 2007، والثانية في السنة الموالية 2008.",
     "trap: festival editions in order, in its true years", []),
    (None, "«الخارجون عن القانون» لرشيد بوشارب (2010) يعود إلى مجازر 8 ماي 1945 في سطيف وقالمة.",
     "trap: a 2010 film about 1945 (not an anachronism)", []),
    (None, "عرض الفيلم الوثائقي عن حياة المخرج بعد رحيله بخمس سنوات، في قاعة تحمل اسمه.",
     "trap: documentary and hall after the death", []),
    (None, f"افتتحت الدورة يوم {w11} 10 مارس 2011 بعرض الفيلم المرمم.",
     "trap: true weekday", []),
    (None, "التلفزة الجزائرية التي أنشئت بعد الاستقلال صارت المؤسسة الوطنية للتلفزيون، وأنتجت الفيلم سنة 1988.",
     "trap: a renamed body", []),
    (None, "تزوج الممثل مرتين، الأولى سنة 1960 والثانية سنة 1971 بعد طلاقه.",
     "trap: marriages in order (invented)", []),
    (None, "بدأ تصوير الفيلم في 31 ديسمبر 1969 وانتهى بعد سنة.",
     "trap: 31 December valid", [(gvalid(1969, 12, 31), "")]),
]

# a neutral closing sentence (a chronicler's, editor's or speaker's aside) for a few entries
_EXTRA = {
    1: "ويعد الفيلم من كلاسيكيات السينما الجزائرية.",
    9: "وهو من إنتاج مشترك جزائري تونسي.",
    13: "والفيلم مزيج من الوثائقي والروائي.",
    19: "وما زال الفيلم يدرس في معاهد السينما.",
    22: "والنسخة المعروضة مرممة حديثا.",
    26: "وقد عرضت الأفلام الثلاثة في هذه الدورة.",
    33: "وقد حضرها جمهور غفير.",
    38: "ولم ينجب إلا من زواجه الثاني.",
}
CASES = [(r, t + " " + _EXTRA[i] if i in _EXTRA else t, n, c) for i, (r, t, n, c) in enumerate(CASES)]
