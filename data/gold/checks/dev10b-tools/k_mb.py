"""dev10b modern-biography: invented 20th-century lives; contradictions reach the subject indirectly."""
STYLE = "modern-biography"


def gt(a, b, m):
    return (a > b, f"{m}: {a} > {b}")


def age(born, year, lo, hi, m):
    return (lo <= year - born <= hi, f"{m}: age {year - born} in [{lo},{hi}]")


CASES = [
    # lifespan
    ("lifespan", "وُلد الطبيب سامر حدّاد في حمص عام 1931، وتوفي في بيروت عام 1989. وفي عام 1993 ترأس الراحل المؤتمر الطبي العربي الذي انعقد في دمشق.",
     "presides 1993 after death 1989; linked by the epithet الراحل in the next sentence", [gt(1993, 1989, "act after death")]),
    ("lifespan", "نشأت ليلى العطّار في حلب، وكان مولدها سنة 1948 في بيت تاجر حرير. وقد عُيّنت قاضيةً في محكمة البداية بالمدينة عام 1954.",
     "a judge at 6; birth through the possessive مولدها, office in the next sentence", [age(1948, 1954, 0, 10, "judge at")]),
    ("lifespan", "قال نجله إن والده المهندس كريم الشامي وُلد في الموصل عام 1862، وإنه ظل يعمل في مكتبه حتى رحيله في بغداد عام 1989.",
     "a life of 127 years, reported by the son", [gt(1989 - 1862, 120, "life span")]),
    ("lifespan", "وقّع صاحب المذكرات اتفاقية الشراكة الأولى مع جامعة القاهرة عام 1952، وكان قد وُلد في طنطا عام 1957. ذلك هو الاقتصادي فؤاد المنشاوي.",
     "signs in 1952 before his birth in 1957; the name comes after the facts", [gt(1957, 1952, "birth after act")]),
    # family-order
    ("family-order", "وُلد الرسام نبيل خوري في زحلة عام 1940. أما أخوه الأكبر جورج، الذي هاجر إلى البرازيل شاباً، فقد وُلد عام 1944.",
     "the older brother born four years after the subject, across sentences", [gt(1944, 1940, "older brother born after")]),
    ("family-order", "تذكر سلمى الأيوبي أن والدتها، المولودة عام 1953، كانت تقرأ لها الشعر كل مساء. وقد جاءت سلمى إلى الدنيا في عمّان عام 1958.",
     "mother born only 5 years before the daughter; mother's date in a relative clause", [age(1953, 1958, 0, 9, "mother's age at the birth")]),
    ("family-order", "كان عادل بكرَ والديه، وقد وُلد في صيدا عام 1966، أي بعد ثلاث سنوات من ولادة شقيقه سامي.",
     "the eldest (بكر) born three years after a brother; sibling's year by subtraction (1963)", [gt(1966, 1966 - 3, "eldest born after his brother")]),
    ("family-order", "تنحدر الكاتبة هدى الزين من أسرة جنوبية كبيرة؛ فقد وُلدت عام 1937، ثم رُزق أبواها بعدها بأختها الصغرى منى عام 1933.",
     "the younger sister born four years before; through a list of the family", [gt(1937, 1933, "younger sister born before")]),
    # conflicting-values
    ("conflicting-values", "وُلد المخرج رامي سلوم في اللاذقية عام 1954. وكانت طرطوس مسقط رأسه، وفيها قضى طفولته قبل أن ينتقل إلى دمشق.",
     "birth place Latakia vs مسقط رأسه Tartus, plain assertions", []),
    ("conflicting-values", "توفي الفنان وديع الحلبي في القاهرة عام 1998. وبعد وفاته عام 2001 شيّعه آلاف المحبين في جنازة مهيبة.",
     "death year 1998 vs 2001 through the possessive وفاته", [gt(2001, 1998, "two death years differ")]),
    ("conflicting-values", "وُلد الصحفي منير عبد الهادي في نابلس سنة 1929، ودرس في كلية النجاح. وكانت ولادته عام 1932 في حي القريون بالمدينة نفسها.",
     "birth year 1929 vs ولادته 1932, no hedge", [gt(1932, 1929, "two birth years differ")]),
    ("conflicting-values", "أمضت الممثلة رجاء سليم سنواتها الأخيرة في الإسكندرية حيث توفيت عام 2004. ودُفنت الفقيدة في القاهرة، المدينة التي شهدت وفاتها بعد صراع طويل مع المرض.",
     "death place Alexandria vs Cairo (التي شهدت وفاتها), through الفقيدة; burial place itself is not the conflict", []),
    # anachronism
    ("anachronism", "انضم الدبلوماسي زياد القاسم إلى جامعة الدول العربية موظفاً عام 1942، وبقي في أمانتها العامة حتى تقاعده.",
     "Arab League founded March 1945 (widely known)", [gt(1945, 1942, "joined before founding")]),
    ("anachronism", "بعد تخرجه في جامعة دمشق عمل هشام البيطار في السلك الدبلوماسي، ثم عُيّن سفيراً لبلاده لدى الاتحاد السوفيتي عام 1995.",
     "USSR dissolved December 1991 (widely known)", [gt(1995, 1991, "ambassador after the state ended")]),
    ("anachronism", "روى الأديب طلال مرعي، المولود في حماة عام 1925، أنه التقى أمير الشعراء أحمد شوقي في القاهرة عام 1948 وأنشده قصيدة.",
     "Ahmad Shawqi died 1932 (widely known); meeting 16 years after", [gt(1948, 1932, "meeting after Shawqi's death")]),
    ("anachronism", "درس وائل الصبّاغ هندسة النفط في بغداد، ومثّل بلاده في اجتماعات منظمة الدول المصدرة للنفط (أوبك) عام 1955.",
     "OPEC founded in Baghdad September 1960 (widely known)", [gt(1960, 1955, "OPEC meeting before founding")]),
    # name-anomaly
    ("name-anomaly", "تأثر الكاتب ماهر سليمان في شبابه برواية «اللص والكلاب» لنجيب إدريس، فكتب عنها أول مقالاته عام 1975.",
     "Naguib (Mahfouz) + (Yusuf) Idris; the novel is Mahfouz's", []),
    ("name-anomaly", "في مكتبة أبيه قرأ الطالب منصور الجبّان سيرة «الأيام» لطه العقاد، فقرر أن يدرس الأدب العربي.",
     "Taha (Hussein) + (Abbas Mahmoud) al-Aqqad; «الأيام» is Taha Hussein's", []),
    ("name-anomaly", "كانت المعلمة سعاد الراوي تحفظ «أنشودة المطر» لبدر شاكر الملائكة، وتدرّسها لطالباتها كل عام.",
     "Badr Shakir (al-Sayyab) + (Nazik) al-Mala'ika", []),
    ("name-anomaly", "ترجم القس إلياس صوما إلى السريانية كتاب «النبي» لجبران خليل نعيمة، وصدرت الترجمة في حلب عام 1968.",
     "Gibran Khalil (Gibran) + (Mikhail) Naimy", []),
    # consistent
    (None, "وُلد الطبيب فادي منصور عام 1947، وتوفي والده عام 1950 حين كان الطفل في الثالثة من عمره.",
     "trap: a relative's death date; age 3 is right", [age(1947, 1950, 3, 3, "age at father's death")]),
    (None, "وُلد الشاعر عمر الريّس في حمص عام 1921، وقيل عام 1923، ونشأ في حي باب السباع.",
     "trap: hedged second birth year (وقيل)", []),
    (None, "توفي القاص جميل عوّاد في دمشق عام 1979. ونشرت أرملته مجموعته القصصية الأخيرة عام 1984.",
     "trap: posthumous publication by the widow", [gt(1984, 1979, "publication after death (allowed)")]),
    (None, "كانت سعاد الرفاعي، المولودة عام 1940، الأختَ الكبرى لنادية التي جاءت بعدها بخمس سنوات.",
     "trap: older sister born earlier (1940 vs 1945)", [gt(1940 + 5, 1940, "younger born later")]),
    (None, "وُلد المهندس الزراعي محمود درويش في طولكرم عام 1950، وهو غير الشاعر المعروف الذي يحمل الاسم نفسه.",
     "trap: a stated namesake of a famous poet", []),
    (None, "انضم المستشار القانوني زياد الحكيم إلى جامعة الدول العربية عام 1958، وعمل في إدارتها القانونية عشرين عاماً.",
     "trap: Arab League joined after its 1945 founding", [gt(1958, 1945, "joined after founding")]),
    (None, "كانت الطبيبة هند العمري أول امرأة تتخرج في كلية الطب بجامعة حلب، وذلك عام 1964.",
     "trap: an 'أول' claim with nothing contradicting it", []),
    (None, "نال الباحث سمير الخطيب الدكتوراه عام 1979 وهو في السابعة والعشرين، إذ كان مولده عام 1952.",
     "trap: stated age 27 matches the years", [age(1952, 1979, 27, 27, "doctorate age")]),
    (None, "رحل الموسيقار عصام بركات عام 1995. وفي الذكرى العاشرة لوفاته، عام 2005، أقامت نقابة الفنانين حفل تأبين له.",
     "trap: a memorial ten years after the death", [age(1995, 2005, 10, 10, "tenth anniversary")]),
    (None, "منحت الدولة الروائيَّ الراحل سليم حداد وسام الاستحقاق عام 2002، بعد عامين من وفاته، وتسلّمه نجله.",
     "trap: posthumous award received by the son", []),
    (None, "قال نجله إن والده المحامي رياض العلي وُلد عام 1933، وإنه هو نفسه وُلد عام 1961 في بيت جده بالسلط.",
     "trap: a son reports both dates; father 28 years older", [age(1933, 1961, 18, 60, "father's age at the son's birth")]),
    (None, "وُلد المؤرخ زهير الصبّاغ في حلب عام 1910، وتوفي في دمشق عام 1971 ودُفن في مسقط رأسه.",
     "trap: different birth and death places; burial in the birthplace", []),
    (None, "في عام 1960 انتقلت عائلة الحسيني إلى عمّان؛ وكان ربّها عبد الرحيم قد وُلد في القدس عام 1912، وبكره ماجد عام 1938، وابنته ليلى عام 1942.",
     "trap: family list; eldest born first, father 26 years older", [gt(1942, 1938, "eldest first"), age(1912, 1938, 18, 60, "father's age")]),
    (None, "توفيت الحاجة فاطمة الزعبي عام 2008 عن مئة وعامين، وكانت قد وُلدت في إربد عام 1906.",
     "trap: a long life of 102 years (≤ 120)", [age(1906, 2008, 102, 102, "age at death")]),
    (None, "كان المهندس وائل حجازي من أوائل العاملين في منظمة أوبك بعد تأسيسها، إذ التحق بها عام 1962.",
     "trap: OPEC (1960) joined after founding", [gt(1962, 1960, "joined after founding")]),
    (None, "التقى الطالب حسان الكيلاني بالأديب طه حسين في القاهرة عام 1965، وأهداه نسخة من ديوانه الأول.",
     "trap: Taha Hussein alive until 1973", [gt(1973, 1965, "meeting before death")]),
    (None, "قرأت الطالبة ريم السعدي «أنشودة المطر» لبدر شاكر السياب، فحفظت قصائدها في صيف واحد.",
     "trap: right name and work", []),
    (None, "عُيّن الدبلوماسي عماد الحلو سفيراً لبلاده لدى الاتحاد السوفيتي عام 1985، ثم لدى روسيا الاتحادية عام 1993.",
     "trap: USSR before 1991, Russia after", [gt(1991, 1985, "USSR still existed"), gt(1993, 1991, "Russia after")]),
    (None, "وُلدت الكاتبة نوال صبري في بيروت عام 1950، أما ابنتها رنا فوُلدت في باريس عام 1976.",
     "trap: a daughter's different birth place and year", [age(1950, 1976, 26, 26, "mother's age")]),
    (None, "توفي الشاعر خليل ضاهر في بيروت عام 1987، وفي رواية أخرى في جونيه، بعد مرض قصير.",
     "trap: hedged second death place (في رواية أخرى)", []),
]
