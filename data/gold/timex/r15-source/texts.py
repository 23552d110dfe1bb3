# Round 15 (12d) development timex cases: the new styles of round 15 (court registers and waqf deeds, colophons, the
# Levantine press's شرقي/غربي pairs, Andalusian chronicles with Julian equivalents, CV ranges, Maghrebi/Sudanese/Yemeni
# speech). Written by the 12d helper for this round; development data (the code was changed in the same session).
# Build: python3 data/gold/timex/build_from_markup.py data/gold/timex/r15-source/texts.py data/gold/timex/dates-r15.jsonl
doc("r15-court-register", None,
"حُرّر في [[اليوم الثاني عشر من شهر جمادى الأولى سنة ألف ومائتين وتسعين|DATE|1290-05-12@hijri]] بمحكمة طرابلس الشرعية. "
"وكان الواقف قد وقف الدار في [[أوائل شهر صفر الخير من شهور سنة ثمانين ومائتين وألف|DATE|1280-02@hijri]]، "
"وجدّد ولده الوقف تحريراً في [[غرة ذي الحجة الحرام سنة 1301|DATE|1301-12-01@hijri]]. "
"وشهد بذلك الحاج محمود وكتب في [[15 رمضان المعظم سنة 1302|DATE|1302-09-15@hijri]].")
doc("r15-colophon", None,
"خاتمة النسخ: وكان الفراغ من نسخه في [[العشر الأواخر من شعبان المكرم سنة 1104 هـ|DATE|1104-08@hijri]] "
"على يد الفقير إلى ربه، وقوبل على أصله [[سنة 1106 هـ|DATE|1106@hijri]].")
doc("r15-levant-press", None,
"بيروت في [[4 آب شرقي|DATE|1884-08-04@julian]] و[[16 آب غربي سنة 1884|DATE|1884-08-16]]. "
"وصل إلى مرفئنا [[أمس|DATE|1884-08-15]] البابور النمساوي، وسيسافر [[بعد غد|DATE|1884-08-18]] إلى الإسكندرية. "
"وقد صدر الأمر السلطاني في [[20 تموز شرقي 1884|DATE|1884-07-20@julian]] الموافق [[1 آب غربي|DATE|1884-08-01]]. "
"وتقام الحفلة السنوية للمدرسة في [[28 حزيران سنة 1885 شرقية|DATE|1885-06-28@julian]] ([[10 تموز غربية|DATE|1885-07-10]]).")
doc("r15-andalus", None,
"ودخل يوسف بن تاشفين الجزيرة في [[ربيع الأول سنة 479|DATE|0479-03@hijri]] ([[يوليو 1086 م|DATE|1086-07@julian]])، "
"وكانت وقعة الزلاقة [[يوم الجمعة 12 رجب 479 هـ|DATE|0479-07-12@hijri]] الموافق [[23 أكتوبر 1086 م|DATE|1086-10-23@julian]]. "
"ثم عاد إلى المغرب بعد [[أيام|DURATION|PXD]]، ورجع [[سنة 481 هـ|DATE|0481@hijri]].")
doc("r15-cv", None,
"السيرة الذاتية: [[1975|DATE|1975]]–[[1979|DATE|1979]]: مدرس في ثانوية بالرباط. "
"[[1980|DATE|1980]] - [[1985|DATE|1985]]: باحث في معهد الدراسات. "
"منذ [[2001|DATE|2001]]: أستاذ في الجامعة.")
doc("r15-spoken", "2024-05-01",
"قال الحاج: [[العام الفات|DATE|=yr(-1)]] كانت الصابة مزيانة، و[[نهار الخميس الجاي|DATE|=after(4)]] غادي نمشيو للسوق. "
"وقالت أم أحمد من الخرطوم: [[السنة الجاية|DATE|=yr(1)]] إن شاء الله نرجع البلد، و[[بكرة|DATE|=d(1)]] عندنا عزومة. "
"وقال أبو علي من عدن: نسافر [[العام القابل|DATE|=yr(1)]] إن شاء الله.")
