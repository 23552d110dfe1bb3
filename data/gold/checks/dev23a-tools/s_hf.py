from cal import *

STYLE = "hafsid-tunis-chronicle"


def off(name, k):
    return WD[(WD.index(name) + k) % 7]


w893 = wd(h2j(893, 9, 10))
w796 = wd(h2j(796, 3, 1))
w800 = wd(h2j(800, 9, 30))
w837 = wd(h2j(837, 8, 15))
wlouis = wd(jul2j(1270, 8, 25))
ik = j2jul(h2j(732, 9, 1))
ikd = j2jul(h2j(808, 9, 26))
JM = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]

CASES = [
    ("lifespan", "وفي سنة سبع وأربعين وستمائة هلك الأمير أبو زكريا يحيى بن عبد الواحد بظاهر بونة، وحمل إلى قسنطينة فدفن بها. ولما كانت سنة خمسين وستمائة ركب أبو زكريا إلى قصبة تونس وأمر بتجديد سور الربض بنفسه.",
     "planted: Abu Zakariya acts in person three years after his death in 647", []),
    ("lifespan", "وولي قضاء الجماعة بالحضرة الفقيه أبو علي عمر بن قداح الهواري، وكان مولده سنة ست وثمانين وستمائة، وولايته القضاء سنة أربع وتسعين وستمائة.",
     "planted: a chief judge appointed at eight (invented dates)", []),
    ("family-order", "وخلف السلطان أبو يحيى أبو بكر من الولد أبا العباس أحمد وهو أكبرهم، ولد سنة تسع وعشرين وسبعمائة، وأبا حفص عمر الأصغر، ومولده سنة اثنتين وعشرين وسبعمائة.",
     "planted: the eldest son born seven years after the youngest (years invented)", []),
    ("family-order", "مولد الشيخ أبي عبد الله بن عرفة الورغمي سنة ست عشرة وسبعمائة بتونس. وأبوه محمد بن عرفة ولد بقرية ورغمة سنة عشرين وسبعمائة، وكان من أهل الصلاح.",
     "planted: the father born four years after his son (father's year invented)", []),
    ("conflicting-values", "ومات ابن عرفة إمام جامع الزيتونة في الرابع والعشرين من جمادى الآخرة سنة ثلاث وثمانمائة، ودفن بالجلاز. وكانت وفاته رحمه الله سنة سبع وثمانمائة بعد أن أقرأ خمسين سنة.",
     "planted: two death years (803 and 807) with no hedge", []),
    ("conflicting-values", "مولد أبي زيد عبد الرحمن بن خلدون بتونس غرة رمضان سنة اثنتين وثلاثين وسبعمائة. ومسقط رأسه رحمه الله بمدينة سبتة من بر العدوة، وبها نشأ وقرأ.",
     "planted: two birthplaces (Tunis and Ceuta)", []),
    ("calendar-equivalence", "ونزل ملك الفرنج لويس على قرطاجنة في سنة ثمان وستين وستمائة، وهي سنة 1276 من تاريخ النصارى، فهلك بها هو وكثير من قومه بالوباء.",
     "planted: 668 AH given as 1276 (true 1269-1270)", [(1276 not in range(hyears(668)[0], hyears(668)[1] + 1), "668 does not overlap 1276")]),
    ("calendar-equivalence", f"ولد ابن خلدون غرة رمضان سنة 732، الموافق {ik[2]} {JM[(ik[1] + 2) % 12]} سنة {ik[0]} للمسيح.",
     "planted: Julian date of 1 Ramadan 732 three months off (true %d/%d/%d)" % ik, [(ik[1] <= 9, "month shift stays in year")]),
    ("anachronism", "وفي سنة عشر وستمائة جلس الفقيه أبو محمد عبد الحميد للتدريس بالمدرسة الشماعية بسوق الشماعين من حاضرة تونس.",
     "planted: the Shamma'iyya madrasa (founded by Abu Zakariya c. 633 AH) in 610", []),
    ("anachronism", "وفي سنة سبعمائة قدم على تونس باشا من قبل السلطان العثماني بالقسطنطينية، فنزل بالقصبة وأخذ البيعة من أهلها.",
     "planted: an Ottoman pasha sent from Constantinople in 700 AH (Constantinople taken 857 AH, Tunis 981 AH)", []),
    ("ordinal-series", "وبعث السلطان أبو فارس عبد العزيز كاتبه أبا القاسم بن الحكيم إلى صاحب غرناطة، وكانت سفارته الثالثة سنة خمس وثمانمائة، وسفارته الثانية سنة تسع وثمانمائة.",
     "planted: third embassy dated before the second (invented envoy)", []),
    ("ordinal-series", "وأعيد أبو محمد بن تافراكين إلى الحجابة مرة ثانية سنة ثمان وأربعين وسبعمائة، بعد أن وليها أول مرة سنة خمس وخمسين وسبعمائة.",
     "planted: second term as hajib dated before the first (years invented)", []),
    ("name-anomaly", "وفيها توفي الشيخ الإمام عبد الرحمن بن عرفة الورغمي، صاحب «المختصر الفقهي» وشيخ جماعة تونس.",
     "planted: Ibn Arafa (Muhammad b. Muhammad) given Ibn Khaldun's name Abd al-Rahman", []),
    ("name-anomaly", "وممن لقيه بتونس أبو عبد الله محمد بن الأبار البلنسي مؤلف «منهاج البلغاء وسراج الأدباء».",
     "planted: Ibn al-Abbar credited with Hazim al-Qartajanni's Minhaj al-bulagha", []),
    ("impossible-date", "ووقع الحريق بسوق العطارين لاثنتين وثلاثين ليلة خلت من ربيع الأول سنة إحدى وتسعين وسبعمائة.",
     "planted: the 32nd night of Rabi I", []),
    ("impossible-date", "وتوفي القاضي أبو إسحاق بن عبد الرفيع يوم الحادي والثلاثين من ذي القعدة سنة ثلاث وثلاثين وسبعمائة.",
     "planted: 31 Dhu al-Qa'da", []),
    ("malformed-date", "وكانت وقعة القيروان في الثالث عشر من سنة ست وتسعين وستمائة، وانهزم فيها العرب.",
     "planted: a day with no month", []),
    ("malformed-date", "وأقام الأمير أبو العباس بقسنطينة إلى أن توفي في ... من شوال سنة .",
     "planted: the day and the year left empty in the copy", []),
    ("weekday-mismatch", f"وتوفي السلطان أبو عمرو عثمان يوم {off(w893, 2)} لعشر خلون من رمضان سنة ثلاث وتسعين وثمانمائة.",
     f"planted: 10 Ramadan 893 tabular is a {w893}; weekday two days off", [(h2j(893, 9, 10) > 0, "")]),
    ("weekday-mismatch", f"ودخل أبو فارس عبد العزيز الحضرة وبويع بها يوم {off(w796, 3)} غرة ربيع الأول من سنة 796.",
     f"planted: 1 Rabi I 796 tabular is a {w796}; weekday three days off", []),
    (None, "وفي سنة خمس وأربعين وسبعمائة توفي الشيخ الصالح أبو محمد المرجاني، عاش مائة سنة وخمس سنين، إذ كان مولده سنة أربعين وستمائة.",
     "trap: a life of 105 lunar years, consistent with its dates (invented saint)", [(745 - 640 == 105, "age")]),
    (None, "ولد عبد الرحمن بن خلدون بتونس سنة اثنتين وثلاثين وسبعمائة، وتوفي بالقاهرة سنة ثمان وثمانمائة ودفن بمقابر الصوفية خارج باب النصر.",
     "trap: born in one city and died in another (no conflict of birthplace)", []),
    (None, "وفي سنة ثلاث وثمانمائة مات ابن عرفة صاحب «المختصر الفقهي» و«الحدود»، وقد قارب التسعين.",
     "trap: real author with his works; 716-803 is 87 lunar years ('near ninety')", []),
    (None, "وفيها توفي أبو الحسن حازم بن محمد القرطاجني صاحب «منهاج البلغاء وسراج الأدباء» بتونس، وكان قد قدمها من الأندلس.",
     "trap: Hazim al-Qartajanni with his own work, died in Tunis 684", []),
    (None, f"وهلك لويس ملك الفرنسيس على حصار تونس يوم {wlouis} الخامس والعشرين من أغشت سنة 1270 للمسيح.",
     "trap: true Julian weekday of 25 August 1270 (computed)", [(wd(jul2j(1270, 8, 25)) == wlouis, "")]),
    (None, "وهلك الأمير أبو حفص في رجب، وولد له ابنه أبو زكريا بعد وفاته بأربعة أشهر، فسمي باسم جده.",
     "trap: a posthumous son", []),
    (None, "ومات الحاجب بقسنطينة سنة ثمان وستين وسبعمائة، ثم نقل شلوه بعد سنتين إلى تونس فدفن بتربة أهله.",
     "trap: reburial two years after death", []),
    (None, "وولي بعده أبو زكريا يحيى بن إبراهيم، وهو غير أبي زكريا يحيى بن عبد الواحد المتوفى سنة سبع وأربعين وستمائة.",
     "trap: two Abu Zakariya Yahyas, distinguished in the text", []),
    (None, "وتوفي أمير المؤمنين المستنصر بالله في ذي الحجة سنة خمس وسبعين وستمائة، وقيل سنة ست وسبعين، والأول أصح.",
     "trap: hedged second death year", []),
    (None, "وولي ابن عبد السلام القضاء ثانية سنة خمسين وسبعمائة، وكان قد وليه أول مرة سنة اثنتين وأربعين وسبعمائة.",
     "trap: second term named first in the text, dated after the first (invented years)", []),
    (None, f"وأكمل الناس عدة رمضان سنة ثمانمائة ثلاثين يوما، فكان يوم {w800} الثلاثين منه، وصلوا العيد من الغد.",
     "trap: 30 Ramadan (valid: Ramadan can have thirty days), true tabular weekday", [(hvalid(800, 9, 30), "")]),
    (None, f"وتوفي ابن خلدون بالقاهرة لأربع بقين من رمضان سنة ثمان وثمانمائة، الموافق {ikd[2]} {JM[ikd[1] - 1]} {ikd[0]}.",
     "trap: true Julian equivalent of 26 Ramadan 808 (tabular, computed)", [(ikd[0] == 1406, "")]),
    (None, "وفي سنة خمس وأربعين وستمائة أقرأ الفقيه أبو القاسم بالمدرسة الشماعية التي أنشأها الأمير أبو زكريا بتونس.",
     "trap: the Shamma'iyya after its founding", []),
    (None, "وفي سنة إحدى وثمانين وتسعمائة نزل سنان باشا على حلق الوادي وملك تونس، فانقرضت دولة بني أبي حفص.",
     "trap: an Ottoman pasha at the right time (981 AH / 1574)", [(1574 in hyears(981) or hyears(981)[1] == 1574, "")]),
    (None, "وأبو يحيى زكريا أكبر ولد أبيه، ولد سنة عشر وسبعمائة، ويليه أخوه أبو عبد الله محمد ومولده سنة أربع عشرة وسبعمائة.",
     "trap: siblings in true order (invented years)", []),
    (None, "وفي سنة إحدى وأربعين وتسعمائة، وهي سنة 1535 للنصارى، استولى قارلة ملك الإسبان على تونس ورد إليها الحسن الحفصي.",
     "trap: true Hijri/CE pair for Charles V's capture of Tunis", [(hyears(941)[0] <= 1535 <= hyears(941)[1], "")]),
    (None, "وفي سنة خمسين وستمائة بويع المستنصر بالخلافة وتلقب بأمير المؤمنين، وأتته بيعة أهل مكة.",
     "trap: caliphal title taken by a Hafsid (true, 650 AH), not an anachronism", []),
    (None, "وبويع أبو عمرو عثمان سنة تسع وثلاثين وثمانمائة وهو ابن ثماني عشرة سنة، وطالت أيامه.",
     "trap: a young but plausible ruler", []),
    (None, f"وجلس السلطان للمظالم يوم {w837} منتصف شعبان سنة سبع وثلاثين وثمانمائة.",
     "trap: 'mid-Sha'ban' = 15 Sha'ban, true tabular weekday", []),
    (None, "وحضر جنازته خلق لا يحصون، ثم بنى عليه حفيده قبة سنة ثمانين وسبعمائة بعد موته بأربعين سنة.",
     "trap: a dome built by a grandson forty years after the death", []),
]

# a neutral closing sentence (a chronicler's, editor's or speaker's aside) for a few entries
_EXTRA = {
    1: "وكان حسن السيرة في أحكامه.",
    9: "ولم يقم بها إلا أياما.",
    13: "وأخذ عنه جماعة من طلبة الحضرة.",
    19: "وكان يوما مشهودا.",
    22: "وكان مجلسه بجامع الزيتونة.",
    26: "وقبره هناك معروف يزار.",
    33: "وكان ذلك آخر العهد بملكهم.",
    38: "وأنصف المظلومين من عماله.",
}
CASES = [(r, t + " " + _EXTRA[i] if i in _EXTRA else t, n, c) for i, (r, t, n, c) in enumerate(CASES)]
