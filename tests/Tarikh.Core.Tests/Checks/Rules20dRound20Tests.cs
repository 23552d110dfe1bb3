using System.Globalization;
using CsCheck;
using Tarikh.Core.Time;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes of round 20 (issue 20d), each both ways through the whole pipeline, sentences written here: a range "من … إلى …" with
/// one side empty; an empty day slot spaced like the rest of its date after "يوم"; a year word left empty right after a birth or
/// death verb; ordinals past a hundred ("السادس عشر بعد المائة"); a series named with a ل-phrase ("معرض … للكتاب الثالث") and a
/// succession number in apposition to a regnal name; a Hijri year glossed by an AD year (calendar-equivalence).
/// </summary>
public class Rules20dRound20Tests
{
    // ---- malformed-date: a range with an empty side ----

    [Theory]
    [InlineData("تولى الشيخ إدارة المدرسة في الفترة من  إلى 1931 ثم رحل إلى دمشق.", "من  إلى")]
    [InlineData("عمل مدرسا في الفترة من إلى 1958، وانتقل بعدها إلى الجامعة.", "من إلى")]
    [InlineData("خدم الضابط في الكتيبة من 1971 إلى  ثم أحيل إلى التقاعد.", "إلى")]
    [InlineData("درّس في الأزهر من عام 1921 إلى ، ثم عاد إلى قريته.", "إلى")]
    public void ARangeWithAnEmptySideFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("تولى الشيخ إدارة المدرسة في الفترة من 1925 إلى 1931 ثم رحل إلى دمشق.")]
    // An end in words, not a date: still today, until his death, until a time.
    [InlineData("يعمل في الوزارة من 1971 إلى اليوم دون انقطاع.")]
    [InlineData("يعمل في الوزارة من 1971 إلى الآن دون انقطاع.")]
    [InlineData("بقي في منصبه من عام 1971 حتى وفاته.")]
    [InlineData("بقي في منصبه من عام 1971 إلى  حين وفاته.")]
    // The end on the next line: layout, not a gap.
    [InlineData("بقي في منصبه من عام 1971 إلى\nعام 1980 ثم استقال.")]
    // "من" before "إلى" across a line break.
    [InlineData("نقل البضائع من\nإلى 1931 كانت تسجل في الدفتر.")]
    public void AWholeRangeOrAnEndInWordsIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    [Theory]
    [InlineData("تعلم في القيروان من سنة 1905م إلى سنة، ثم رحل إلى تونس.")]
    public void ARangeEndYearWordTightToItsCommaFires(string text)
        => FiresAt(text, "malformed-date", "إلى سنة");

    [Theory]
    [InlineData("تعلم في القيروان من سنة 1905م إلى سنة 1911، ثم رحل إلى تونس.")]
    [InlineData("تراوحت مدة الدراسة من شهر إلى سنة، حسب الطالب.")]
    public void ARangeEndWithItsYearOrADurationRangeIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- malformed-date: a year in words that lost its units and tens ----

    [Theory]
    [InlineData("ولد المحدث بقرطبة سنة وثلاثمائة، وأخذ عن شيوخها.", "سنة وثلاثمائة")]
    [InlineData("وفي عام وخمسمائة خرج الأمير إلى الثغر.", "عام وخمسمائة")]
    public void AYearInWordsWithoutUnitsFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("ولد المحدث بقرطبة سنة ثلاثمائة، وأخذ عن شيوخها.")]
    [InlineData("ولد المحدث بقرطبة سنة سبع وثلاثمائة، وأخذ عن شيوخها.")]
    public void AWholeYearInWordsIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- malformed-date: an empty day slot after "يوم", spaced like the rest ----

    [Theory]
    [InlineData("وصلت البعثة إلى الميناء يوم / 9 / 1956 بعد رحلة شاقة.", "/ 9 / 1956")]
    public void AnEmptyDaySlotAfterYawmFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("وصلت البعثة إلى الميناء يوم 3 / 9 / 1956 بعد رحلة شاقة.")]
    [InlineData("قرأت في صفحة الموقع/ 9 / 1956 عن البعثة.")]
    public void AWholeSpacedDateAfterYawmIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- malformed-date: a year word after a life verb ----

    [Theory]
    [InlineData("ولد الفقيه في إشبيلية سنة ثلاثين وستمائة، وتوفي سنة ، ودفن في مقبرة باب الفتح.")]
    [InlineData("عاش الشاعر في حلب طويلا، ثم مات سنة ، ولم يعرف له عقب.")]
    public void AYearWordLeftEmptyAfterALifeVerbFires(string text)
        => FiresAt(text, "malformed-date", "سنة");

    [Theory]
    [InlineData("ولد الفقيه في إشبيلية سنة ثلاثين وستمائة، وتوفي سنة خمس وتسعين وستمائة.")]
    // A comma tight to the word is no gap; a duration after another verb is no date.
    [InlineData("أقام الفقيه بإشبيلية سنة ، ثم انتقل إلى فاس.")]
    [InlineData("توفي بعد سنة، ودفن في مقبرة باب الفتح.")]
    public void AWholeYearOrADurationIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- ordinal-series: past a hundred, a ل-phrase, a succession number after a regnal name ----

    [Theory]
    [InlineData("عقد المجمع الثالث بعد المائة سنة 1921، وعقد المجمع الثاني بعد المائة سنة 1925.", "الثاني بعد المائة")]
    [InlineData("أقيم مهرجان جرش للفنون الخامس سنة 1986، ثم أقيم المهرجان الرابع سنة 1988.", "الرابع")]
    [InlineData("رُسم الأنبا يوأنس الرابع البطريرك الحادي والعشرون بعد المائة سنة 1950، ثم رُسم الأنبا مرقس الثالث البطريرك العشرون بعد المائة سنة 1955.", "العشرون بعد المائة")]
    public void ASeriesPastAHundredOrNamedWithAPhraseOutOfOrderFires(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    [InlineData("عقد المجمع الثاني بعد المائة سنة 1921، وعقد المجمع الثالث بعد المائة سنة 1925.")]
    [InlineData("أقيم مهرجان جرش للفنون الرابع سنة 1986، ثم أقيم المهرجان الخامس سنة 1988.")]
    [InlineData("رُسم الأنبا مرقس الثالث البطريرك العشرون بعد المائة سنة 1950، ثم رُسم الأنبا يوأنس الرابع البطريرك الحادي والعشرون بعد المائة سنة 1955.")]
    // "الثاني بعد المائة" and "الثاني" are two numbers: 102 before 2 is no disorder of one noun told twice.
    [InlineData("عقد المجمع الثاني بعد المائة سنة 1921، وكان المجمع الخامس قد عقد سنة 1850.")]
    public void ASeriesInOrderIsSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    [Fact]
    public void AnOrdinalAfterAHundredCountsOnFromIt()
    {
        string[] units = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
        Gen.Int[0, 8].Select(Gen.Int[0, 8]).Sample((a, b) =>
        {
            var text = $"عقد المجمع {units[a]} بعد المائة سنة 1921، وعقد المجمع {units[b]} بعد المائة سنة 1925.";
            var flags = Flags(text, "ordinal-series");
            if (b < a)
            {
                var f = Assert.Single(flags);
                Assert.All(f.Spans, s => Assert.True(s.Start >= 0 && s.End <= text.Length && s.Start < s.End));
            }
            else
            {
                Assert.Empty(flags);
            }
        }, iter: 20);
    }

    // ---- calendar-equivalence: a Hijri year glossed by an AD year ----

    [Theory]
    [InlineData("توفي القاضي بغرناطة سنة خمسين وسبعمائة، وهي سنة 1360 للميلاد.")]
    [InlineData("بنى الأمير الخان عام 1200 أي عام 1790 م.")]
    public void AGlossedHijriYearThatDisagreesFires(string text)
        => Assert.NotEmpty(Flags(text, "calendar-equivalence"));

    [Theory]
    [InlineData("توفي القاضي بغرناطة سنة خمسين وسبعمائة، وهي سنة 1349 للميلاد.")]
    [InlineData("بنى الأمير الخان عام 1200 أي عام 1786 م.")]
    public void AGlossedHijriYearThatAgreesIsSilent(string text)
        => Assert.Empty(Flags(text, "calendar-equivalence"));

    [Fact]
    public void AGlossedHijriYearFiresExactlyWhenTheGlossIsYearsOff()
        => Gen.Int[1000, 1400].Select(Gen.Int[0, 2]).Sample((h, pick) =>
        {
            var shift = pick switch { 0 => 0, 1 => 6, _ => -6 };
            Assert.True(Tarikh.Core.Time.Calendars.TarikhCalendars.Default.TryYears(CalendarKind.Hijri, h, h, out var iv, out _));
            var g = (iv.Start.Year + shift).ToString(CultureInfo.InvariantCulture);
            var text = $"بنى الأمير الخان عام {h.ToString(CultureInfo.InvariantCulture)} أي عام {g} م، ثم رحل.";
            var flags = Flags(text, "calendar-equivalence");
            if (shift == 0)
            {
                Assert.Empty(flags);
            }
            else
            {
                Assert.NotEmpty(flags);
            }
        }, iter: 20);
}
