from h7cal import *
STYLE = "classical-tarjama"
_j1 = h2j(712, 6, 9)     # Julian of 9 Jumada II 712 planted as 9 Rabi I
_j2 = h2j(655, 10, 3)
_w1 = shift(wdh(748, 4, 12), 3)
_w2 = shift(wdh(803, 11, 1), 4)
CASES = [
 ("lifespan", "وُلد أبو الفضل يحيى بن حمدان المتخيَّل بحلب سنة ستمائة وخمس، ومات بها سنة ستين وستمائة. ثم ولي قضاء حماة سنة ست وستين، فحمدت سيرته.", "takes a judgeship six years after death", []),
 ("lifespan", "مولده بدمشق سنة 702 هـ، وتصدّر للإقراء بالجامع الأموي سنة 706 هـ فازدحم عليه الطلبة.", "teaching publicly at age 4", []),
 ("family-order", "وُلد الشيخ عمر بن إسماعيل البعلي المتخيَّل سنة 690 هـ، وأبوه إسماعيل مولده سنة 698 هـ، وكان حنبليًا.", "father born after the son", []),
 ("family-order", "مولد صاحب الترجمة سنة 744 هـ، وله أخ أكبر منه اسمه محمد وُلد سنة 751 هـ.", "elder brother born after", []),
 ("conflicting-values", "مات ابن سُكّر المتخيَّل بالقاهرة سنة إحدى وثمانين وسبعمائة. وقال تلميذه: كانت وفاة شيخنا سنة خمس وثمانين وسبعمائة بمكة بعد أن جاور بها.", "death year and place 781 Cairo vs 785 Mecca", []),
 ("conflicting-values", "وُلد شهاب الدين أحمد بن عيسى المتخيَّل بحماة سنة 721 هـ. ثم رحل عن مسقط رأسه بعلبك إلى دمشق فسمع بها.", "birthplace Hama vs Baalbek", []),
 ("calendar-equivalence", "ابن قاضي شهبة (779–851 هـ / 1320–1447 م)، صاحب «طبقات الشافعية».", "779 AH is 1377, not 1320", [(hyear_off(779, 1320) >= 5, "far"), (1447 in hyears(851), "end ok")]),
 ("calendar-equivalence", f"توفي يوم 9 ربيع الأول سنة 712 هـ، الموافق ({_j1[2]} {GM[_j1[1]-1]} {_j1[0]} م بالتقويم اليولياني) كما قدّر المحقق.", "Julian given is that of 9 Jumada II 712 (three months off)", [(abs(j2jd(*_j1) - h2jd(712, 3, 9)) >= 80, "off")]),
 ("anachronism", "ورحل إلى مصر فدرّس بالجامع الأزهر سنة 340 هـ، ثم عاد إلى بلده.", "al-Azhar founded 359-361 AH", []),
 ("anachronism", "ودرّس بالمدرسة المستنصرية ببغداد سنة 590 هـ.", "Mustansiriyya founded 631 AH", []),
 ("ordinal-series", "وأملى المجلس العاشر من أماليه في رجب سنة 733، ثم أملى المجلس التاسع في شوال من السنة نفسها.", "session 10 before 9", []),
 ("ordinal-series", "فرغ من تبييض الجزء الثالث من تاريخه سنة 818، ومن الجزء الثاني سنة 824.", "vol 3 finished before vol 2", []),
 ("name-anomaly", "ونقل في خططه كثيرًا عن «المواعظ والاعتبار» لتقي الدين ابن خلدون.", "Taqi al-Din (al-Maqrizi, author of al-Khitat) + Ibn Khaldun", []),
 ("name-anomaly", "وقرأ «الكامل في التاريخ» على نسخة بخط مؤلفه عز الدين ابن الجوزي.", "Izz al-Din (Ibn al-Athir) + Ibn al-Jawzi", []),
 ("impossible-date", "توفي ليلة الحادي والثلاثين من شعبان سنة 733 هـ.", "no Hijri month has 31 days", [(not hvalid(733, 8, 31), "invalid")]),
 ("impossible-date", "وقرأ عليه البخاري وختمه في 33/8/761 هـ.", "day 33 of Sha'ban", []),
 ("malformed-date", "وُلد سنة 705 هـ، وسمع من المزّي سنة 72، ومات سنة 763 هـ.", "cut year 72 between 705 and 763", []),
 ("malformed-date", "كتب إجازته لتلميذه بتاريخ 17/ /790 هـ.", "empty month slot", []),
 ("weekday-mismatch", f"توفي يوم {_w1} 12 ربيع الآخر سنة 748 هـ، ودفن بباب الصغير.", f"tabular weekday {wdh(748,4,12)}", [(wdoff(_w1, wdh(748, 4, 12)) == 3, "3 off")]),
 ("weekday-mismatch", f"دخل القاهرة يوم {_w2} مستهل ذي القعدة سنة ثلاث وثمانمائة.", f"tabular weekday {wdh(803,11,1)}", [(wdoff(_w2, wdh(803, 11, 1)) == 3, "3 off")]),
 # consistent
 (None, "مات قبل أن يتم شرحه على «المنهاج» سنة 756 هـ، فأكمله تلميذه ابن العماد سنة 770 هـ.", "pupil completes work after death", []),
 (None, "وُلد بحماة سنة ستمائة واثنتين وسبعين، وتوفي بها سنة اثنتين وثلاثين وسبعمائة عن ستين سنة.", "age 60 lunar years", [(732 - 672 == 60, "60")]),
 (None, "ابن رجب الحنبلي (736–795 هـ / 1335–1393 م)، صاحب «جامع العلوم والحكم».", "right Hijri/CE range", [(1335 in hyears(736) and 1393 in hyears(795), "ok")]),
 (None, "الشاطبي (ت 790 هـ / 1388 م)، صاحب «الموافقات».", "right death pair", [(1388 in hyears(790), "ok")]),
 (None, f"وتوفي يوم {wdh(655, 10, 3)} ثالث شوال سنة 655 هـ، الموافق {_j2[2]} {GM[_j2[1]-1]} {_j2[0]} م بحساب المحقق.", "right weekday and Julian", [(j2jd(*_j2) == h2jd(655, 10, 3), "exact")]),
 (None, "ومات في سلخ رمضان سنة 766 هـ، وصلّي عليه يوم العيد.", "salkh = last day; Eid next day", []),
 (None, "توفي في الثلاثين من رمضان سنة 771 هـ.", "30 Ramadan valid", [(hvalid(771, 9, 30), "ok")]),
 (None, "ودرّس بالمدرسة النظامية ببغداد سنة 497 هـ.", "Nizamiyya existed (459)", []),
 (None, "وولي خطابة الجامع سنة خمس عشرة وثمانمائة، ثم عُزل سنة عشرين.", "elliptical year 820", []),
 (None, "مولده سنة 687 هـ، وقيل سنة 689، بدمشق.", "hedged birth year", []),
 (None, "وأبوه عبد الله بن يوسف وُلد سنة 650 هـ ومات سنة 712 هـ، بعد مولد ابنه بثلاثين سنة.", "father dies after son's birth (682)", []),
 (None, "وله أخ أصغر اسمه علي مات في حياته سنة 760 هـ، وكان هو قد عُمّر إلى سنة 781 هـ.", "younger brother dies first", []),
 (None, "ابن حجر العسقلاني غير ابن حجر الهيتمي، فالأول مات سنة 852 هـ والثاني سنة 974 هـ.", "two Ibn Hajars", []),
 (None, "وأملى المجلس الثاني بعد الأول بأسبوع، والمجلس الثالث في آخر الشهر.", "ordinals in order", []),
 (None, "قال: لقيت ابن بطوطة بفاس سنة 756 هـ بعد عوده من رحلته.", "real person alive (d. 770/779)", []),
 (None, "حدّث عن الحافظ الذهبي بدمشق، ومات الذهبي سنة 748 هـ قبله بعشرين سنة.", "teacher dies before pupil", []),
 (None, "وتوفي في 14/3/777 هـ بالقاهرة.", "numeric Hijri date valid", [(hvalid(777, 3, 14), "ok")]),
 (None, "وقرأ «مقدّمة» عبد الرحمن بن خلدون على مؤلفها بالقاهرة.", "real name, real work", []),
 (None, "وُلد مستهل رجب سنة 740 هـ، وحفظ القرآن وهو ابن سبع.", "age 7", []),
 (None, "وقدم حلب في الحادي والعشرين من جمادى الآخرة سنة 790 هـ فأقام بها شهرًا.", "ordinal day word valid", [(hvalid(790, 6, 21), "ok")]),
]
