"""dev10b russian-julian: Old-Style dates with their New-Style equivalents (computed by d10cal.osns)."""
from d10cal import os2ns, osns, offset

STYLE = "russian-julian"


def gt(a, b, m):
    return (a > b, f"{m}: {a} > {b}")


def age(born, year, lo, hi, m):
    return (lo <= year - born <= hi, f"{m}: age {year - born} in [{lo},{hi}]")


def off(y, m, d, k):
    return (offset(y, m, d) == k, f"OS {d}/{m}/{y} offset {k}")


A1, A2 = osns(1820, 3, 3), osns(1871, 5, 8)
B1 = osns(1850, 1, 12)
C1, C2 = osns(1760, 4, 2), osns(1884, 7, 5)
D1 = osns(1840, 8, 20)
E1, E2 = osns(1845, 2, 5), osns(1847, 6, 10)
F1 = osns(1838, 11, 14)
G1, G2 = osns(1852, 10, 1), osns(1849, 3, 19)
H1, H2 = osns(1861, 12, 27), osns(1858, 4, 4)
I1, I2 = osns(1828, 9, 8), osns(1828, 9, 14)
J1 = osns(1889, 1, 23)
P1 = osns(1837, 1, 29)
R1, R2 = osns(1815, 6, 1), osns(1899, 2, 10)
S1 = osns(1799, 12, 21)
T1 = osns(1900, 3, 17)
U1 = osns(1868, 10, 30)
V1, V2 = osns(1812, 12, 25), osns(1880, 3, 3)

CASES = [
    # lifespan
    ("lifespan", f"إيفان بولوتوف (وُلد في {A1} – توفي في {A2}) جغرافي روسي. ترأس الجمعية الجغرافية في قازان عام 1874.",
     "presides 1874 after death 1871", [gt(1874, 1871, "act after death"), off(1820, 3, 3, 12)]),
    ("lifespan", f"وُلد أليكسي فورونوف في {B1} بتفير. وقد عُيّن أستاذاً للرياضيات في جامعة موسكو عام 1857.",
     "a professor at 7", [age(1850, 1857, 0, 12, "professor age")]),
    ("lifespan", f"كانت ولادة الراهبة يفدوكيا في {C1}، ووفاتها في {C2} بدير في نوفغورود.",
     "a life of 124 years via ولادة/وفاة nouns; offsets 11 and 12", [gt(1884 - 1760, 120, "life span"), off(1760, 4, 2, 11), off(1884, 7, 5, 12)]),
    ("lifespan", f"سافر المترجَم له إلى باريس في خريف 1838 ودرس فيها الرسم. وكان مولده في {D1} بمدينة تولا، وهو الرسام بافل غريغوريف.",
     "travel 1838 before birth 1840; name after the facts", [gt(1840, 1838, "birth after travel"), off(1840, 8, 20, 12)]),
    # family-order
    ("family-order", f"وُلد نيكولاي سوكولوف في {E1} بسمارا، وأخوه الأكبر ميخائيل في {E2}.",
     "the elder brother born two years later", [gt(1847, 1845, "elder born after")]),
    ("family-order", f"وُلد الشاعر سيرغي لاريونوف في {F1}. وكانت أمه آنا بتروفنا من مواليد 1831، وهي التي علّمته القراءة.",
     "mother 7 years older than the son", [age(1831, 1838, 0, 9, "mother's age at the birth")]),
    ("family-order", f"كانت فيرا بيلوفا، المولودة في {G1}، بكر والديها؛ أما أخوها بوريس فوُلد في {G2}.",
     "the بكر born after her brother", [gt(1852, 1849, "eldest born after")]),
    ("family-order", f"وُلدت الممثلة أولغا زاخاروفا في {H1}. وكانت أختها الصغرى ناتاليا قد وُلدت في {H2} بموسكو.",
     "the younger sister born before; across months and a year boundary in the NS date", [gt(1861, 1858, "younger born before")]),
    # conflicting-values
    ("conflicting-values", f"وُلد الملحن فاسيلي كراسنوف في {I1} بمدينة أوريول. وكان يوم مولده {I2}، وقد احتُفل به في البيت كل عام.",
     "two birth dates (6 days apart), both with right NS equivalents", [(os2ns(1828, 9, 8) != os2ns(1828, 9, 14), "dates differ"), off(1828, 9, 8, 12)]),
    ("conflicting-values", f"توفي المهندس دميتري زورين في بطرسبورغ في {J1}. وكانت وفاته عام 1891، بعد مرض طويل.",
     "death year 1889 vs 1891", [gt(1891, 1889, "two death years")]),
    ("conflicting-values", "وُلد الكاتب غريغوري ميلنيكوف في تولا عام 1834. وكانت ياروسلافل مسقط رأسه، وإليها أهدى روايته الأولى.",
     "birth place Tula vs Yaroslavl (مسقط رأسه)", []),
    ("conflicting-values", "توفي الكيميائي فيودور بانين في بطرسبورغ عام 1902. وكانت وفاة الفقيد في أوديسا التي قضى فيها صيفه الأخير.",
     "death place St Petersburg vs Odessa via الفقيد", []),
    # anachronism
    ("anachronism", "انتُخب المحامي بيوتر غولوفين عضواً في مجلس الدوما عام 1895، وهو المجلس الذي أُنشئ عام 1906.",
     "Duma founded 1906 (stated in the text)", [gt(1906, 1895, "member before founding")]),
    ("anachronism", "عمل المهندس يفغيني كورولين في خط سكة حديد عبر سيبيريا عام 1880، وهو الخط الذي بدأ مدّه عام 1891.",
     "Trans-Siberian begun 1891 (stated)", [gt(1891, 1880, "before it existed")]),
    ("anachronism", f"روى الناقد ستيبان لوبانوف أنه التقى الشاعر ألكسندر بوشكين في موسكو عام 1845. وكان بوشكين قد توفي في {P1}.",
     "Pushkin died 1837 (stated, and widely known)", [gt(1845, 1837, "meeting after death"), (os2ns(1837, 1, 29) == (1837, 2, 10), "29 Jan OS = 10 Feb NS")]),
    ("anachronism", "عُيّن الضابط كونستانتين ريباكوف عام 1870 حاكماً لألاسكا الروسية، التي باعتها روسيا للولايات المتحدة عام 1867.",
     "Russian Alaska ended 1867 (stated)", [gt(1870, 1867, "office after the end")]),
    # name-anomaly
    ("name-anomaly", "قرأ الطالب ياكوف سيدوروف رواية «الحرب والسلم» لليف دوستويفسكي في صيف 1890.",
     "Lev (Tolstoy) + Dostoevsky", []),
    ("name-anomaly", "عزفت الفرقة في الأمسية باليه «بحيرة البجع» لبيوتر غلينكا.",
     "Pyotr (Tchaikovsky) + (Mikhail) Glinka", []),
    ("name-anomaly", "مثّل الممثل إيليا بوغدانوف في شبابه دور خليستاكوف في مسرحية «المفتش العام» لألكسندر غوغول.",
     "Alexander (Pushkin) + (Nikolai) Gogol", []),
    ("name-anomaly", "شاركت الممثلة ماريا كوزلوفا في العرض الأول لمسرحية «النورس» لأنطون تورغينيف.",
     "Anton (Chekhov) + (Ivan) Turgenev", []),
    # consistent
    (None, f"وُلد الجغرافي إيفان بولوتوف في {R1} وتوفي في {R2}، ونُشرت خرائطه بعد وفاته بعامين.",
     "trap: posthumous publication; offsets 12", [off(1815, 6, 1, 12), off(1899, 2, 10, 12)]),
    (None, f"وُلد الفلكي سافا يرمولوف في {S1}، أي في أول يوم من القرن الجديد بالتقويم الجديد.",
     "trap: OS date in 1799 whose NS is 1 January 1800", [(os2ns(1799, 12, 21) == (1800, 1, 1), "21 Dec 1799 OS = 1 Jan 1800 NS")]),
    (None, f"وُلد الطبيب أندريه نيكيتين في {T1}، والفارق بين التقويمين يومئذ ثلاثة عشر يوماً.",
     "trap: the 13-day offset after 29 February 1900 Julian (17 March OS)", [off(1900, 3, 17, 13)]),
    (None, "وُلد الكاتب غريغوري ميلنيكوف في تولا عام 1834، وقيل في ياروسلافل.",
     "trap: hedged birth place", []),
    (None, "وُلد نيكولاي زوبوف عام 1845 بسمارا، وأخوه الأكبر ميخائيل عام 1842.",
     "trap: elder brother born earlier", [gt(1845, 1842, "elder earlier")]),
    (None, "كانت يلينا بيلوفا، المولودة عام 1849، بكر والديها؛ أما أخوها بوريس فوُلد عام 1852.",
     "trap: eldest born first", [gt(1852, 1849, "eldest first")]),
    (None, "انتُخب المحامي بيوتر غولوفين عضواً في مجلس الدوما الثاني عام 1907.",
     "trap: Duma joined after its 1906 founding (invented deputy)", [gt(1907, 1906, "after founding")]),
    (None, "التقى الشاعر الشاب فلاديمير بينيديكتوف بألكسندر بوشكين في بطرسبورغ عام 1834.",
     "trap: Pushkin alive in 1834", [gt(1837, 1834, "before death")]),
    (None, "عُيّن الضابط كونستانتين ريباكوف عام 1860 حاكماً لألاسكا الروسية، قبل بيعها للولايات المتحدة عام 1867.",
     "trap: office before the sale", [gt(1867, 1860, "before the end")]),
    (None, "قرأ الطالب ياكوف سيدوروف رواية «الحرب والسلم» لليف تولستوي في صيف 1890.",
     "trap: right name and work", []),
    (None, "عزفت الفرقة باليه «بحيرة البجع» لبيوتر تشايكوفسكي، ثم مقطوعات لميخائيل غلينكا.",
     "trap: two composers, each with his own name", []),
    (None, f"توفي المهندس دميتري زورين في {U1}، وأقيم له نصب تذكاري عام 1893 في الذكرى الخامسة والعشرين لوفاته.",
     "trap: a memorial after the death", [age(1868, 1893, 25, 25, "anniversary"), off(1868, 10, 30, 12)]),
    (None, f"وُلد الرسام بافل غريغوريف في {V1}، وسافر إلى باريس في خريف 1838، وهو في السادسة والعشرين أو نحوها.",
     "trap: OS date near a year end; travel at 25-26", [(os2ns(1812, 12, 25) == (1813, 1, 6), "25 Dec 1812 OS = 6 Jan 1813 NS"), age(1812, 1838, 25, 26, "age")]),
    (None, f"توفيت الراهبة يفدوكيا في {V2} عن مئة وعامين بدير في نوفغورود.",
     "trap: a life of 102 years", [off(1880, 3, 3, 12)]),
    (None, "وُلد سيرغي لاريونوف عام 1838، وكانت أمه آنا بتروفنا من مواليد 1815.",
     "trap: mother 23 years older", [age(1815, 1838, 15, 50, "mother's age")]),
    (None, "توفي الكيميائي فيودور بانين في بطرسبورغ عام 1902، وتوفي ابنه في أوديسا عام 1920.",
     "trap: a son's different death place and year", []),
    (None, "انتُخب الطبيب ليونيد بوبوف عام 1932 عضواً في أكاديمية العلوم السوفيتية.",
     "trap: Soviet Academy of Sciences (named so from 1925) existed", [gt(1932, 1925, "after naming")]),
    (None, "عمل المهندس يفغيني كورولين في خط سكة حديد عبر سيبيريا عام 1895، بعد أربع سنوات من بدء مدّه.",
     "trap: after 1891", [age(1891, 1895, 4, 4, "years after start")]),
    (None, "وُلد الكاتب فاديم أوسيبوف في 7 نوفمبر 1917 بالتقويم الجديد، وهو يوم الثورة الذي يوافق 25 أكتوبر بالتقويم القديم.",
     "trap: the October revolution date pair", [(os2ns(1917, 10, 25) == (1917, 11, 7), "25 Oct OS = 7 Nov NS")]),
    (None, "توفي الملحن فاسيلي كراسنوف عام 1890، وقيل عام 1891، في مدينة أوريول.",
     "trap: hedged death year", []),
]
