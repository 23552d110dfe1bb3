"""dev10b encyclopedia: lifespans in parentheses, relatives in apposition and lists."""
STYLE = "encyclopedia"


def gt(a, b, m):
    return (a > b, f"{m}: {a} > {b}")


def age(born, year, lo, hi, m):
    return (lo <= year - born <= hi, f"{m}: age {year - born} in [{lo},{hi}]")


CASES = [
    # lifespan
    ("lifespan", "سليم الحوراني (1890–1951) قاضٍ ومؤرخ سوري. ترأس محكمة الاستئناف في دمشق من 1948 حتى 1956، وله كتاب في تاريخ حوران.",
     "presides until 1956, after death 1951; the act in the second sentence", [gt(1956, 1951, "office after death")]),
    ("lifespan", "رجاء نعمان (ولدت في صور 1925) باحثة لبنانية في اللسانيات. نالت الدكتوراه من جامعة ليون عام 1934، ثم درّست في الجامعة اللبنانية.",
     "a doctorate at 9", [age(1925, 1934, 0, 12, "doctorate age")]),
    ("lifespan", "عبد القادر الطرابلسي (1801–1927) فقيه وخطيب ليبي، تولى الإفتاء في طرابلس الغرب مدة طويلة.",
     "a lifespan of 126 years in parentheses", [gt(1927 - 1801, 120, "life span")]),
    ("lifespan", "انتُخب عام 1920 نائباً عن طرابلس في المجلس التمثيلي، وعُرف بخطبه في الإصلاح. هو المحامي فؤاد المقدّم (1923–1990).",
     "elected 1920 before birth 1923; the name and lifespan after the facts", [gt(1923, 1920, "birth after act")]),
    # family-order
    ("family-order", "عزيز الحلو (1879–1950) كاتب لبناني، ابن المعلم يوسف الحلو (1884–1931) الذي أسس أول مدرسة في قريته.",
     "the father in apposition born five years after the son", [gt(1884, 1879, "father born after son")]),
    ("family-order", "منير شكري (1905–1977) مهندس عراقي. درس في بيروت مع أخيه الأصغر كمال (1902–1970)، ثم عادا إلى بغداد.",
     "the younger brother born three years before", [gt(1905, 1902, "younger born before")]),
    ("family-order", "نجلاء فارس (1912–1988) شاعرة سورية، تعلمت النظم على يد أختها الكبرى ثريا (1916–1999).",
     "the elder sister born four years after", [gt(1916, 1912, "elder born after")]),
    ("family-order", "حسن الدباغ (1910–1975) صناعي مغربي. أبناؤه: بكره سامي (1945)، ووداد (1941)، وعصام (1950).",
     "the بكر born after his sister in the list", [gt(1945, 1941, "eldest born after")]),
    # conflicting-values
    ("conflicting-values", "إلياس منصور (ولد في حيفا 1918 – توفي في بيروت 1983) صحفي فلسطيني. وكانت عكا مسقط رأسه، وفيها أصدر أول صحيفة له.",
     "birth place Haifa vs Acre (مسقط رأسه)", []),
    ("conflicting-values", "محمود رأفت الشربيني (1899–1964) طبيب مصري، أسس مستشفى للرمد في المنصورة. توفي في القاهرة عام 1961.",
     "death year 1964 vs 1961", [gt(1964, 1961, "two death years")]),
    ("conflicting-values", "نوري السامرائي (1911–1979) نحوي عراقي. كانت ولادته في سامراء سنة 1908، وتعلم في مدارسها.",
     "birth year 1911 vs 1908 (ولادته)", [gt(1911, 1908, "two birth years")]),
    ("conflicting-values", "الطاهر بن حميدة (ولد في تونس 1920 – توفي في باريس 1992) مسرحي تونسي. عاد في أواخر عمره إلى تونس حيث وافته المنية.",
     "death place Paris vs Tunis", []),
    # anachronism
    ("anachronism", "أمين الجبالي (1880–1950) لغوي مصري، كان عضواً في مجمع اللغة العربية بالقاهرة منذ 1925، وقد أُنشئ المجمع عام 1932.",
     "member since 1925 of a body founded 1932 (stated in the text)", [gt(1932, 1925, "member before founding")]),
    ("anachronism", "رشيد الأيوبي (1870–1940) إداري عثماني، عُيّن والياً على بيروت عام 1925 وبقي فيها ثلاث سنوات.",
     "Ottoman office after the empire ended 1922 (widely known)", [gt(1925, 1922, "after the state ended")]),
    ("anachronism", "ماري خليل (1850–1912) كاتبة لبنانية، نالت جائزة نوبل للآداب عام 1895 عن روايتها الأولى.",
     "Nobel prizes first awarded 1901 (widely known)", [gt(1901, 1895, "before the prize existed")]),
    ("anachronism", "حامد الزعبي (1890–1960) مصلح شامي، تتلمذ على جمال الدين الأفغاني في القاهرة عام 1910.",
     "al-Afghani died 1897 (widely known)", [gt(1910, 1897, "after al-Afghani's death")]),
    # name-anomaly
    ("name-anomaly", "«طبائع الاستبداد ومصارع الاستعباد» كتاب لعبد الرحمن عبده، صدر في القاهرة مطلع القرن العشرين.",
     "Abd al-Rahman (al-Kawakibi) + (Muhammad) Abduh", []),
    ("name-anomaly", "«تحرير المرأة» كتاب لقاسم الطهطاوي صدر عام 1899، وأثار جدلاً واسعاً.",
     "Qasim (Amin) + (Rifa'a) al-Tahtawi", []),
    ("name-anomaly", "ترجم حافظ إبراهيم رواية «البؤساء» لفيكتور دوما إلى العربية.",
     "Victor (Hugo) + (Alexandre) Dumas", []),
    ("name-anomaly", "نقل سليمان البارودي «الإلياذة» شعراً إلى العربية، وصدرت ترجمته في القاهرة عام 1904.",
     "Sulayman (al-Bustani) + (Mahmud Sami) al-Barudi", []),
    # consistent
    (None, "سليم البيطار (1890–1951) قاضٍ سوري، ترأس محكمة الاستئناف في حلب من 1945 حتى 1950.",
     "trap: office ends before death", [gt(1951, 1950, "office before death")]),
    (None, "وداد الصوّاف (1913–1991) أديبة سورية، نُشرت مذكراتها عام 1995، وسُمّيت باسمها مكتبة عامة عام 2000.",
     "trap: posthumous publication and naming", []),
    (None, "عمر الطرابلسي (1860–1958) فقيه ليبي عُمّر طويلاً، وتولى الإفتاء حتى وفاته.",
     "trap: a long life of 98 years", [age(1860, 1958, 98, 98, "age")]),
    (None, "جورج الحلو (1920–1990) مهندس لبناني، ابن المعلم يوسف الحلو (1884–1931).",
     "trap: father born 36 years earlier", [age(1884, 1920, 18, 60, "father's age")]),
    (None, "منذر شكري (1905–1977) مهندس عراقي، درس في بيروت مع أخيه الأصغر كمال (1908–1970).",
     "trap: younger brother born later, died earlier", [gt(1908, 1905, "younger later")]),
    (None, "نجوى فارس (1916–1988) شاعرة سورية، تعلمت النظم على يد أختها الكبرى ثريا (1912–1999).",
     "trap: elder sister born earlier, outlives", [gt(1916, 1912, "elder earlier")]),
    (None, "أحمد الدباغ (1910–1975) صناعي مغربي. أبناؤه: بكره سامي (1938)، ووداد (1941)، وعصام (1950).",
     "trap: eldest born first", [gt(1941, 1938, "eldest first")]),
    (None, "إلياس حداد (ولد في حيفا 1918 – توفي في بيروت 1983) صحفي فلسطيني، وقيل إنه ولد في عكا.",
     "trap: hedged birth place", []),
    (None, "محمود الشربيني (1899–1964) طبيب مصري، وتوفي أخوه حسن في القاهرة عام 1961.",
     "trap: a brother's different death year", []),
    (None, "فهمي المنفلوطي (1911–1979) مدرس مصري، يُنسب إلى منفلوط، وليس من أسرة الأديب مصطفى لطفي المنفلوطي.",
     "trap: a shared family-style name, stated to be different", []),
    (None, "أمين الخطيب (1880–1950) لغوي مصري، كان عضواً في مجمع اللغة العربية بالقاهرة منذ 1933، بعد عام من إنشائه.",
     "trap: member after the founding (1932)", [gt(1933, 1932, "after founding")]),
    (None, "رشيد المهايني (1870–1940) إداري عثماني، عُيّن متصرفاً على القدس عام 1910.",
     "trap: Ottoman office before 1922", [gt(1922, 1910, "state existed")]),
    (None, "سامي الدويهي (1905–1980) أديب لبناني، التقى جبران خليل جبران في نيويورك عام 1926.",
     "trap: Gibran alive until 1931", [gt(1931, 1926, "before Gibran's death")]),
    (None, "«طبائع الاستبداد ومصارع الاستعباد» كتاب لعبد الرحمن الكواكبي، صدر في القاهرة مطلع القرن العشرين.",
     "trap: right name and work", []),
    (None, "نقل سليمان البستاني «الإلياذة» شعراً إلى العربية، وصدرت ترجمته في القاهرة عام 1904.",
     "trap: right name and work", []),
    (None, "هدى عطية (1930–2015) طبيبة أردنية، نالت الدكتوراه عام 1958 في الثامنة والعشرين.",
     "trap: a possible age", [age(1930, 1958, 28, 28, "age")]),
    (None, "نبيه الأيوبي (1900–1945) شاعر سوري، أقيم له تمثال في حمص عام 1965 في الذكرى العشرين لوفاته.",
     "trap: a memorial after the death", [age(1945, 1965, 20, 20, "anniversary")]),
    (None, "لطفي عيسى (1926–2001) أول عميد عربي لكلية الهندسة في الجامعة، تولى العمادة عام 1962.",
     "trap: a true 'أول' at 36", [age(1926, 1962, 25, 70, "age as dean")]),
    (None, "سعاد فارس (1922–2010) ممثلة مصرية، ولدت في الإسكندرية، وتوفيت في القاهرة، ودُفنت في مسقط رأسها.",
     "trap: different birth and death places, burial at the birthplace", []),
    (None, "كمال الحسيني (1901–1969) مؤرخ فلسطيني، توفي عام 1969، وقيل عام 1970.",
     "trap: hedged death year", []),
]
