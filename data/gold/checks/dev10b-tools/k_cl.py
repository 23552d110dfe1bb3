"""dev10b classical-tarjama: Hijri years in words and digits; subject reached through صاحب الترجمة، المترجَم له، مولده، وفاته."""
from d10cal import ce_years, solar

STYLE = "classical-tarjama"


def gt(a, b, m):
    return (a > b, f"{m}: {a} > {b}")


def age(born, year, lo, hi, m):
    return (lo <= year - born <= hi, f"{m}: age {year - born} in [{lo},{hi}]")


def pair(h, g):
    return (g in ce_years(h), f"{h} AH overlaps {g} CE ({sorted(ce_years(h))})")


CASES = [
    # lifespan
    ("lifespan", "أحمد بن يوسف الحلبي، وُلد سنة خمس وستمائة، وتوفي سنة 668 هـ. وولي صاحب الترجمة قضاء حماة سنة اثنتين وسبعين وستمائة.",
     "office 672 AH after death 668 AH; words and digits; صاحب الترجمة", [gt(672, 668, "office after death")]),
    ("lifespan", "ومولده بدمشق سنة 742 هـ، ونشأ في حجر أبيه. وتصدّر للتدريس بالجامع الأموي سنة خمس وأربعين وسبعمائة.",
     "teaching at 3 (lunar); subject only through مولده and verbs", [age(742, 745, 0, 8, "teaching age")]),
    ("lifespan", "وكان عبد الرحمن بن علي البعلي من المعمَّرين؛ وُلد سنة عشر وستمائة، ومات سنة 741 هـ بعد أن حدّث ببعلبك.",
     "131 lunar years = about 127 solar years", [gt(solar(741 - 610), 120, "solar life span")]),
    ("lifespan", "رحل المترجَم له إلى القاهرة سنة ثمانمائة وعشر فسمع بها من شيوخها، وكان مولده ببعلبك سنة 815 هـ.",
     "travel 810 AH before birth 815 AH", [gt(815, 810, "birth after travel")]),
    # family-order
    ("family-order", "وُلد صاحب الترجمة بحلب سنة خمس عشرة وسبعمائة، وأخوه الأكبر شمس الدين محمد سنة 720 هـ، وتوليا التدريس معاً.",
     "elder brother born five years after", [gt(720, 715, "elder born after")]),
    ("family-order", "عمر بن إبراهيم الموصلي، مولده سنة 650 هـ. وأبوه إبراهيم بن خليل وُلد سنة ست وأربعين وستمائة، وكان من تجار الموصل.",
     "father born 4 years before the son", [age(646, 650, 0, 9, "father's age at the son's birth")]),
    ("family-order", "وخلّف من الولد: بكره عبد الله، وُلد سنة 790 هـ، ومحمداً، وُلد سنة سبع وثمانين وسبعمائة.",
     "the بكر born after his brother (790 vs 787)", [gt(790, 787, "eldest born after")]),
    ("family-order", "وله أخ أصغر منه اسمه علي، وُلد سنة ثلاث وثلاثين وستمائة، وأما هو فمولده سنة 636 هـ.",
     "younger brother born three years before; subject by pronoun", [gt(636, 633, "younger born before")]),
    # conflicting-values
    ("conflicting-values", "يوسف بن حسن الدمشقي، وُلد بدمشق سنة 701 هـ. وكان مولده بحمص سنة إحدى وسبعمائة في بيت علم.",
     "birth place Damascus vs Homs (same year, words vs digits)", []),
    ("conflicting-values", "توفي المترجَم له بالقاهرة في رجب سنة 780 هـ. وكانت وفاته سنة ثلاث وثمانين وسبعمائة، ودُفن بالقرافة.",
     "death year 780 vs 783 through وفاته", [gt(783, 780, "two death years")]),
    ("conflicting-values", "كان مولد صاحب الترجمة بإربل سنة ست وتسعين وخمسمائة، ورحل إلى الموصل صغيراً. وهو محمد بن أحمد الإربلي المولود سنة 593 هـ.",
     "birth year 596 vs 593; name after the facts", [gt(596, 593, "two birth years")]),
    ("conflicting-values", "أبو بكر بن منصور الحنفي، جاور بمكة ومات بها سنة 776 هـ. وكانت وفاته بالقاهرة في تلك السنة، وصُلّي عليه بالأزهر.",
     "death place Mecca vs Cairo", []),
    # anachronism
    ("anachronism", "قدم المترجَم له بغداد شاباً، ودرّس بالمدرسة النظامية سنة أربعين وأربعمائة، ثم رحل إلى أصبهان.",
     "Nizamiyya of Baghdad opened 459 AH (widely known: Nizam al-Mulk)", [gt(459, 440, "taught before founding")]),
    ("anachronism", "وولي صاحب الترجمة القضاء بالقاهرة للدولة الفاطمية سنة ستمائة وعشر، فحُمدت سيرته.",
     "Fatimid state ended 567 AH (widely known: Saladin)", [gt(610, 567, "office after the state ended")]),
    ("anachronism", "وُلد سنة مائتين وعشرين، ولقي الإمام الشافعي بمصر فأخذ عنه الفقه سنة 250 هـ.",
     "al-Shafi'i died 204 AH (widely known), before the subject's birth", [gt(250, 204, "meeting after al-Shafi'i's death")]),
    ("anachronism", "ووفد على الخليفة المستعصم بالله ببغداد سنة 670 هـ، فخلع عليه وولّاه الحسبة.",
     "al-Musta'sim killed with the fall of Baghdad 656 AH (widely known)", [gt(670, 656, "after the caliph's death")]),
    # name-anomaly
    ("name-anomaly", "قرأ صاحب الترجمة «الكامل في التاريخ» لعز الدين ابن كثير على شيخه بدمشق سنة 720 هـ.",
     "Izz al-Din (Ibn al-Athir) + Ibn Kathir; al-Kamil is Ibn al-Athir's", []),
    ("name-anomaly", "وكان يحفظ كثيراً من «إحياء علوم الدين» لأبي حامد الرازي، ويعظ به الناس في الجامع.",
     "Abu Hamid (al-Ghazali) + (Fakhr al-Din) al-Razi", []),
    ("name-anomaly", "ونسخ بخطه «تاريخ الرسل والملوك» لمحمد بن جرير المسعودي في عشرة مجلدات.",
     "Muhammad b. Jarir (al-Tabari) + al-Mas'udi", []),
    ("name-anomaly", "واختصر المترجَم له كتاب «الأغاني» لأبي الفرج الجاحظ، وسمّى مختصره «تجريد الأغاني».",
     "Abu al-Faraj (al-Isfahani) + al-Jahiz", []),
    # consistent
    (None, "وُلد صاحب الترجمة سنة ثلاث وسبعمائة، وقيل سنة أربع، بالقاهرة، وحفظ القرآن صغيراً.",
     "trap: hedged birth year (وقيل)", []),
    (None, "وتوفي سنة 761 هـ بدمشق، وأكمل تلميذه شرحَه على المنهاج بعد وفاته بسنتين.",
     "trap: a pupil completes the work after the death", []),
    (None, "وأخوه الأكبر محمد وُلد سنة 700 هـ، وأما هو فمولده سنة خمس وسبعمائة.",
     "trap: elder brother born earlier", [gt(705, 700, "younger born later")]),
    (None, "وليس هذا بالطبري المفسر صاحب التاريخ، بل سميّه محب الدين أحمد بن عبد الله الطبري المكي (ت 694 هـ).",
     "trap: a namesake of al-Tabari, stated", []),
    (None, "ودرّس المترجَم له بالمدرسة النظامية ببغداد سنة 512 هـ، بعد أن تفقه على أصحاب الشيخ أبي إسحاق.",
     "trap: Nizamiyya after its founding (459 AH)", [gt(512, 459, "after founding")]),
    (None, "ومات صاحب الترجمة بالقاهرة سنة 808 هـ (1406 م) عن ست وسبعين سنة.",
     "trap: right Hijri/CE pair", [pair(808, 1406)]),
    (None, "وكان مولده سنة 750 هـ، وحفظ القرآن وهو ابن سبع سنين، سنة سبع وخمسين وسبعمائة.",
     "trap: a possible age (7) for memorising the Quran", [age(750, 757, 7, 7, "age")]),
    (None, "وعُمّر حتى جاوز المائة؛ وُلد سنة عشرين وستمائة، ومات سنة 723 هـ.",
     "trap: 103 lunar years, about 100 solar (≤ 120)", [age(620, 723, 103, 103, "lunar age"), (solar(103) < 120, "solar age under 120")]),
    (None, "ولقي ابن تيمية بدمشق سنة 715 هـ فسمع منه، ثم عاد إلى بلده.",
     "trap: Ibn Taymiyya alive until 728 AH", [gt(728, 715, "meeting before death")]),
    (None, "وولي الحسبة بالقاهرة للفاطميين سنة خمسمائة وعشرين، في خلافة الآمر.",
     "trap: Fatimid office before 567 AH", [gt(567, 520, "state still existed")]),
    (None, "وتوفي أبوه سنة 730 هـ وهو صغير، ومات هو سنة اثنتين وسبعين وسبعمائة.",
     "trap: father's death date differs from the subject's", []),
    (None, "ومات بحلب، وقيل بحماة، سنة تسعين وسبعمائة.",
     "trap: hedged death place", []),
    (None, "وقرأ صاحب الترجمة «الكامل في التاريخ» لعز الدين ابن الأثير على شيخه بالموصل.",
     "trap: right name and work", []),
    (None, "وخلّف بكره أحمد المولود سنة 801 هـ، وأخاه محمداً المولود سنة خمس وثمانمائة.",
     "trap: eldest born first", [gt(805, 801, "eldest first")]),
    (None, "ووالده الحافظ عبد الرحيم بن الحسين مولده سنة 725 هـ، وأما هو فوُلد سنة اثنتين وستين وسبعمائة.",
     "trap: father 37 lunar years older", [age(725, 762, 15, 70, "father's age")]),
    (None, "ورثاه تلميذه ابن عمار بقصيدة طويلة بعد وفاته بعام، وقُرئت عند قبره.",
     "trap: an elegy after the death", []),
    (None, "ووفد على الخليفة العباسي بالقاهرة سنة سبعمائة، فقلّده أمر الخطابة.",
     "trap: the Abbasid caliphate in Cairo (from 659 AH), not Baghdad", [gt(700, 659, "Cairo caliphate existed")]),
    (None, "ولي القضاء ابن خمس وعشرين سنة؛ فمولده سنة 700 هـ، وولايته سنة خمس وعشرين وسبعمائة.",
     "trap: a judge at 25", [age(700, 725, 25, 25, "age")]),
    (None, "وُلد سنة إحدى وثمانين وستمائة، ومات سنة 749 هـ ابن ثمان وستين سنة.",
     "trap: words and digits agree with the stated age", [age(681, 749, 68, 68, "age at death")]),
    (None, "وُلد صاحب الترجمة بالقاهرة سنة 790 هـ (1388 م)، ووُلد ابنه بمكة حين جاور بها.",
     "trap: a son's different birth place; right Hijri/CE pair", [pair(790, 1388)]),
]
