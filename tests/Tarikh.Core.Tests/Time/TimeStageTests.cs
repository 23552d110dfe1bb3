using NodaTime;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>One rule per test, on real Arabic sentences.</summary>
public class TimeStageTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    internal static AnalyzedDocument Run(string text, LocalDate? reference = null)
    {
        var doc = Pipeline.Run(new SourceText(text), null, reference);
        SpanAssert.Document(doc);
        Assert.True(doc.Has(Layer.Time));
        return doc;
    }

    private static Timex Single(AnalyzedDocument doc, string text)
    {
        var matches = doc.Timexes.Where(t => t.Text == text).ToList();
        Assert.True(matches.Count == 1, $"expected one timex '{text}', found: {string.Join(" | ", doc.Timexes.Select(t => t.Text + "=" + t.Value))}");
        return matches[0];
    }

    [Theory]
    // Levantine, Egyptian, Maghrebi and Moroccan month names
    [InlineData("ولد في العاشر من شهر نيسان/ أبريل عام 1870 في سيمبيرسك.", "العاشر من شهر نيسان/ أبريل عام 1870", "1870-04-10")]
    [InlineData("صدر القرار في 5 كانون 2 1958.", "5 كانون 2 1958", "1958-01-05")]
    [InlineData("انعقد المؤتمر في تشرين 1 عام 1936.", "تشرين 1 عام 1936", "1936-10")]
    [InlineData("وصل الوفد يوم 3 إبريل 2011 إلى القاهرة.", "يوم 3 إبريل 2011", "2011-04-03")]
    [InlineData("افتتح المعرض في 14 اغسطس 1999.", "14 اغسطس 1999", "1999-08-14")]
    [InlineData("قامت الثورة في 23 يوليه 1952.", "23 يوليه 1952", "1952-07-23")]
    [InlineData("اندلعت الثورة في الفاتح من نوفمبر 1954 والاستقلال جاء في 5 جويلية 1962.", "5 جويلية 1962", "1962-07-05")]
    [InlineData("أعلنت الوزارة النتائج يوم 12 جانفي 2020.", "يوم 12 جانفي 2020", "2020-01-12")]
    [InlineData("وقعت الاتفاقية في 20 فيفري 2011 بتونس.", "20 فيفري 2011", "2011-02-20")]
    [InlineData("عاد الملك في 16 نونبر 1955 إلى الرباط.", "16 نونبر 1955", "1955-11-16")]
    [InlineData("نظمت التظاهرة في 20 غشت 1953.", "20 غشت 1953", "1953-08-20")]
    [InlineData("انتهت الأشغال في دجنبر 2019.", "دجنبر 2019", "2019-12")]
    [InlineData("تم الإعلان عن ذلك في أبريل (نيسان) 1870.", "أبريل (نيسان) 1870", "1870-04")]
    // Ordinal days with clitics
    [InlineData("توفي في الحادي والعشرين من شهر كانون الثاني/ يناير عام 1924.", "الحادي والعشرين من شهر كانون الثاني/ يناير عام 1924", "1924-01-21")]
    [InlineData("وصلت الرسالة في الحادية والثلاثين من كانون الأول 1899.", "الحادية والثلاثين من كانون الأول 1899", "1899-12-31")]
    // Digits of every script
    [InlineData("ولد في ١٥ أيار ١٩٤٨.", "١٥ أيار ١٩٤٨", "1948-05-15")]
    [InlineData("ولد في ۱۵ مايو ۱۹۴۸.", "۱۵ مايو ۱۹۴۸", "1948-05-15")]
    // Hijri
    [InlineData("ولد في 12 ربيع الأول سنة 1300 هـ.", "12 ربيع الأول سنة 1300 هـ", "1300-03-12")]
    [InlineData("توفي في جمادى الآخرة من سنة 656 هـ.", "جمادى الآخرة من سنة 656 هـ", "0656-06")]
    [InlineData("وفي ذي الحجة سنة 132 للهجرة بويع السفاح.", "ذي الحجة سنة 132 للهجرة", "0132-12")]
    // Years and eras
    [InlineData("بنيت المدينة عام 330 قبل الميلاد.", "عام 330 قبل الميلاد", "-0329")]
    [InlineData("سقطت بغداد سنة 1258 م.", "سنة 1258 م", "1258")]
    [InlineData("وفي سنة ألف وتسعمائة وثمانية وسبعين عاد.", "سنة ألف وتسعمائة وثمانية وسبعين", "1978")]
    // Coarser units
    [InlineData("عاش في القرن التاسع عشر.", "القرن التاسع عشر", "18")]
    [InlineData("انتشرت الطباعة في القرن 19.", "القرن 19", "18")]
    [InlineData("ازدهرت بغداد في القرن الثالث الهجري.", "القرن الثالث الهجري", "02")]
    [InlineData("هاجر في العشرينيات.", "العشرينيات", "192")]
    [InlineData("انتشر الراديو في الثمانينات من القرن العشرين.", "الثمانينات من القرن العشرين", "198")]
    [InlineData("سافر في صيف 1936 إلى باريس.", "صيف 1936", "1936-SU")]
    public void DatesAreFoundAndNormalized(string sentence, string expected, string value)
    {
        var doc = Run(sentence);
        var t = Single(doc, expected);
        Assert.Equal(TimexType.Date, t.Type);
        Assert.Equal(value, t.Value);
        Assert.True(t.Valid, t.Reason);
    }

    [Theory]
    [InlineData("بقي في السجن لمدة عام قبل المحاكمة.", "عام", "P1Y")]
    [InlineData("نفي مدة ثلاث سنوات إلى سيبيريا.", "ثلاث سنوات", "P3Y")]
    [InlineData("أمضى هناك عامين كاملين.", "عامين", "P2Y")]
    [InlineData("استغرقت الرحلة أحد عشر أسبوعاً.", "أحد عشر أسبوعاً", "P11W")]
    [InlineData("منح بضعة أيام لمغادرة المدينة.", "بضعة أيام", "PXD")]
    [InlineData("استمر الاجتماع ساعتين ونصف.", "ساعتين ونصف", "PT2.5H")]
    [InlineData("حدد العمل بثماني ساعات.", "ثماني ساعات", "PT8H")]
    public void DurationsAreFound(string sentence, string expected, string value)
    {
        var t = Single(Run(sentence), expected);
        Assert.Equal(TimexType.Duration, t.Type);
        Assert.Equal(value, t.Value);
        Assert.Null(t.Gregorian);
    }

    [Theory]
    [InlineData("يقام المهرجان سنوياً في المدينة.", "سنوياً", "P1Y")]
    [InlineData("تصدر المجلة كل عام عدداً خاصاً.", "كل عام", "P1Y")]
    [InlineData("كان يكتب يومياً في دفتره.", "يومياً", "P1D")]
    public void SetsAreFound(string sentence, string expected, string value)
    {
        var t = Single(Run(sentence), expected);
        Assert.Equal(TimexType.Set, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("تبدأ الجلسة الساعة 3 مساءً في البرلمان.", "الساعة 3 مساءً", "T15")]
    [InlineData("وصل القطار الساعة 10:30 صباحاً.", "الساعة 10:30 صباحاً", "T10:30")]
    public void ClockTimesAreTimes(string sentence, string expected, string value)
    {
        var t = Single(Run(sentence), expected);
        Assert.Equal(TimexType.Time, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void ASetAndAClockTimeMergeIntoOneSet()
    {
        var t = Single(Run("يجتمع المجلس كل يوم اثنين الساعة 4 مساءً."), "كل يوم اثنين الساعة 4 مساءً");
        Assert.Equal(TimexType.Set, t.Type);
        Assert.Equal("XXXX-WXX-1T16", t.Value);
    }

    [Fact]
    public void ADayAndAClockTimeMergeIntoOneDate()
    {
        var t = Single(Run("توفي في 3 أيار 1988 الساعة 9 صباحاً."), "3 أيار 1988 الساعة 9 صباحاً");
        Assert.Equal("1988-05-03T09", t.Value);
    }

    [Theory]
    [InlineData("حوالي عام 1850", "حوالي عام 1850", TimexMod.Approx)]
    [InlineData("في أواخر عام 1893 انتقل إلى العاصمة.", "أواخر عام 1893", TimexMod.End)]
    [InlineData("في مطلع القرن العشرين تغيرت المدينة.", "مطلع القرن العشرين", TimexMod.Start)]
    [InlineData("وفي منتصف مارس 1920 عاد.", "منتصف مارس 1920", TimexMod.Mid)]
    [InlineData("في أوائل الثمانينيات هاجر.", "أوائل الثمانينيات", TimexMod.Start)]
    public void ModifiersAreKept(string sentence, string expected, TimexMod mod)
    {
        var t = Single(Run(sentence), expected);
        Assert.Equal(mod, t.Mod);
    }

    [Fact]
    public void PartNarrowsTheInterval()
    {
        var t = Single(Run("في أواخر عام 1893 انتقل."), "أواخر عام 1893");
        Assert.Equal(new LocalDate(1893, 12, 31), t.Gregorian!.Value.End);
        Assert.True(t.Gregorian!.Value.Start > new LocalDate(1893, 8, 1));
    }

    [Theory]
    [InlineData("حكم بين عامي 1918 و1924.", "عامي 1918", "1918", "1924", "1924")]
    [InlineData("عمل محامياً منذ عام 1890 حتى أواخر عام 1893.", "عام 1890", "1890", "أواخر عام 1893", "1893")]
    [InlineData("سجل الطلاب من 1920 إلى 1926.", "1920", "1920", "1926", "1926")]
    [InlineData("دامت الحرب 1914–1918.", "1914", "1914", "1918", "1918")]
    [InlineData("أغلق المعرض من 4 إلى 22 يناير 2017.", "4", "2017-01-04", "22 يناير 2017", "2017-01-22")]
    public void RangeEndsAreLinked(string sentence, string left, string leftValue, string right, string rightValue)
    {
        var doc = Run(sentence);
        var a = Single(doc, left);
        var b = Single(doc, right);
        Assert.Equal(leftValue, a.Value);
        Assert.Equal(rightValue, b.Value);
        Assert.Equal(doc.Timexes.IndexOf(b), a.Range);
        Assert.Equal(doc.Timexes.IndexOf(a), b.Range);
    }

    [Fact]
    public void PairedHijriAndGregorianYearsAreEquivalent()
    {
        var doc = Run("توفي الطبري ببغداد (310 هـ / 923 م) بعد حياة حافلة.");
        var h = Single(doc, "310 هـ");
        var g = Single(doc, "923 م");
        Assert.Equal(CalendarKind.Hijri, h.Calendar);
        // A year written with م before 1582 is Julian, as the conversion tables of historians give it.
        Assert.Equal(CalendarKind.Julian, g.Calendar);
        Assert.Equal(doc.Timexes.IndexOf(g), h.Equivalent);
        Assert.True(h.Gregorian!.Value.Overlaps(g.Gregorian!.Value));
    }

    [Fact]
    public void StatedEquivalentOfAGregorianDateIsJulian()
    {
        var doc = Run("اندلعت ثورة فبراير في الثامن من شهر آذار/ مارس 1917 (الموافق للرابع والعشرين من شهر شباط/ فبراير في التقويم الشرقي الذي تعتمده روسيا).");
        var greg = Single(doc, "الثامن من شهر آذار/ مارس 1917");
        var jul = Single(doc, "للرابع والعشرين من شهر شباط/ فبراير");
        Assert.Equal(CalendarKind.Julian, jul.Calendar);
        Assert.Equal("1917-02-24", jul.Value);
        Assert.Equal(new LocalDate(1917, 3, 9), jul.Gregorian!.Value.Start);
        Assert.Equal(doc.Timexes.IndexOf(jul), greg.Equivalent);
        Assert.Equal(doc.Timexes.IndexOf(greg), jul.Equivalent);
    }

    [Theory]
    [InlineData("قامت الثورة في 25 أكتوبر 1917 حسب التقويم اليولياني.", "25 أكتوبر 1917", "1917-11-07")]
    [InlineData("ولد في 22 نيسان 1870 بالتقويم القديم.", "22 نيسان 1870", "1870-05-04")]
    [InlineData("حسب التقويم الروسي، 9 يناير 1905 كان يوم الأحد الدامي.", "9 يناير 1905", "1905-01-22")]
    public void NamedJulianCalendarConverts(string sentence, string expected, string gregorianDay)
    {
        var t = Single(Run(sentence), expected);
        Assert.Equal(CalendarKind.Julian, t.Calendar);
        Assert.Equal(gregorianDay, GregorianInterval.Format(t.Gregorian!.Value.Start));
    }

    [Fact]
    public void NarrativeRelativesAnchorOnTheNearestSuitableDate()
    {
        var doc = Run("توفي لينين في الحادي والعشرين من شهر كانون الثاني/ يناير عام 1924، بعد أن عانى من غيبوبة في اليوم ذاته، وأعلنت الحكومة وفاته في اليوم التالي.");
        var day = Single(doc, "الحادي والعشرين من شهر كانون الثاني/ يناير عام 1924");
        var same = Single(doc, "اليوم ذاته");
        var next = Single(doc, "اليوم التالي");
        Assert.Equal("1924-01-21", same.Value);
        Assert.Equal("1924-01-22", next.Value);
        Assert.Equal(doc.Timexes.IndexOf(day), same.Anchor!.Value.Timex);
    }

    [Theory]
    [InlineData("تخرج عام 1890، وفي العام التالي سافر إلى باريس.", "العام التالي", "1891")]
    [InlineData("وصل في آذار 1923، وفي ذلك الشهر أصيب بالشلل.", "ذلك الشهر", "1923-03")]
    [InlineData("تزوج عام 1898، وبعد ذلك بعامين سافر إلى أوروبا.", "بعد ذلك بعامين", "1900")]
    public void NarrativeRelativesResolve(string sentence, string expected, string value)
    {
        var t = Single(Run(sentence), expected);
        Assert.Equal(value, t.Value);
        Assert.NotNull(t.Anchor);
    }

    [Theory]
    [InlineData("وصل الوزير أمس إلى بيروت.", "أمس", "2024-03-14")]
    [InlineData("تبدأ الانتخابات الأسبوع القادم.", "الأسبوع القادم", "2024-W12")]
    [InlineData("ارتفعت الأسعار الشهر الماضي.", "الشهر الماضي", "2024-02")]
    public void NewsRelativesAnchorOnTheReferenceDate(string sentence, string expected, string value)
    {
        var t = Single(Run(sentence, new LocalDate(2024, 3, 15)), expected);
        Assert.Equal(value, t.Value);
        Assert.True(t.Anchor!.Value.IsReference);
    }

    [Fact]
    public void UnderspecifiedMonthStaysUnderspecifiedInANewParagraph()
    {
        var doc = Run("انعقد المؤتمر في كانون الأول عام 1908.\nوفي شهر آب/ أغسطس حضر مؤتمراً آخر.");
        var t = Single(doc, "شهر آب/ أغسطس");
        Assert.Equal("XXXX-08", t.Value);
        Assert.Null(t.Gregorian);
    }

    [Theory]
    [InlineData("ولد في 31 شباط 1990.", "31 شباط 1990", TimexReasons.DayOutOfRange)]
    [InlineData("صدر العدد بتاريخ 1990/13/05.", "1990/13/05", TimexReasons.MonthOutOfRange)]
    [InlineData("توفي في 31 صفر 1200 هـ.", "31 صفر 1200 هـ", TimexReasons.DayOutOfRange)]
    [InlineData("ولد في عام 0 حسب الرواية.", "عام 0", TimexReasons.YearZero)]
    public void ImpossibleDatesAreInvalidWithAReason(string sentence, string expected, string reason)
    {
        var t = Single(Run(sentence), expected);
        Assert.False(t.Valid);
        Assert.Equal(reason, t.Reason);
    }

    [Fact]
    public void CutShortYearIsMalformed()
    {
        var doc = Run("ثورة عام 1905 غيرت كل شيء. وفي المؤتمر الثالث الذي انعقد في شهر نيسان/ أبريل عام 190. قدم لينين أفكاره، ونشر كتابه في آب عام 1905.");
        var t = Single(doc, "شهر نيسان/ أبريل عام 190");
        Assert.False(t.Valid);
        Assert.Equal(TimexReasons.MalformedYear, t.Reason);
        Assert.Equal("190X-04", t.Value);
    }

    [Theory]
    [InlineData("ثم اندلعت ثورة أكتوبر وانتصر البلاشفة.")]
    [InlineData("أثارت مجزرة الأحد الدامي موجة من الاضطرابات.")]
    [InlineData("كان الفلاح يمارس الزراعة في أرضه.")]
    [InlineData("ذهب مع أب صديقه إلى السوق.")]
    public void WordsThatOnlyLookTemporalAreNotTimexes(string sentence)
    {
        Assert.Empty(Run(sentence).Timexes);
    }

    [Fact]
    public void NoiseSentencesAreSkipped()
    {
        var doc = Run("ولد عام 1870.\nفيديو ذات صلة\nThis browser does not support the video element.\nتوفي عام 1924.");
        Assert.Equal(2, doc.Timexes.Length);
    }

    [Fact]
    public void UmAlQuraIsUsedForModernHijriDates()
    {
        var t = Single(Run("بدأ شهر رمضان في 1 رمضان 1445 هـ."), "1 رمضان 1445 هـ");
        Assert.Equal("hijri-umalqura-official", t.Conversion);
        Assert.Equal(new LocalDate(2024, 3, 11), t.Gregorian!.Value.Start);
    }

    [Fact]
    public void JsonCarriesTheTimexFields()
    {
        var doc = Run("ولد في 22 نيسان 1870.");
        var json = Tarikh.Core.Output.DocumentJsonWriter.ToJson(doc);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        SpanAssert.Json(doc.Source.Text, parsed.RootElement);
        var t = parsed.RootElement.GetProperty("timexes")[0];
        Assert.Equal("1870-04-22", t.GetProperty("value").GetString());
        Assert.Equal("1870-04-22", t.GetProperty("gregorian").GetProperty("start").GetString());
        Assert.Equal("gregorian", t.GetProperty("calendar").GetString());
    }

    [Fact]
    public void LeninArticleHasItsKeyDates()
    {
        var doc = Run(File.ReadAllText(SharedData.LeninArticlePath));
        Assert.True(doc.Timexes.Length >= 80, $"only {doc.Timexes.Length} timexes");
        Assert.Contains(doc.Timexes, t => t.Value == "1870-04-10");
        Assert.Contains(doc.Timexes, t => t.Calendar == CalendarKind.Julian && t.Equivalent is not null);
        Assert.Contains(doc.Timexes, t => t.Reason == TimexReasons.MalformedYear);
        Assert.Contains(doc.Timexes, t => t.Value == "1924-01-22" && t.Anchor is not null);
    }
}
