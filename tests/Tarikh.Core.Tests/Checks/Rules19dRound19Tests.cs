using System.Globalization;
using CsCheck;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes of round 19 (issue 19d), each both ways through the whole pipeline, sentences written here: a weekday told after the
/// date with "كان" and "نهار"; a spoken feast with its year, restated and equated with "كان يوم" (calendar-equivalence); the
/// indefinite "موافق" and "يعني في"; children numbered by birth order (a colon list after a birth verb, a child noun a birth verb
/// governs); spoken ordinals (التانية، التالتة); a noun with a final alif maqsura; a range's end left empty after a year in words.
/// </summary>
public class Rules19dRound19Tests
{
    // ---- weekday-mismatch: a weekday after the date, with a copula ----

    [Theory]
    [InlineData("المتصلة: يوم 3 مارس 1999 كان نهار الأحد، وخالتي وصلت من فرنسا.", "نهار الأحد")]
    [InlineData("وقعت الحادثة في 14 يونيو 2001، وكان يوم الاثنين، قرب المحطة.", "يوم الاثنين")]
    public void AWeekdayToldAfterItsDateThatDisagreesFires(string text, string evidence)
        => FiresAt(text, "weekday-mismatch", evidence);

    [Theory]
    [InlineData("المتصلة: يوم 3 مارس 1999 كان نهار الأربعاء، وخالتي وصلت من فرنسا.")]
    [InlineData("وقعت الحادثة في 14 يونيو 2001، وكان يوم الخميس، قرب المحطة.")]
    // Another day after "وكان": the weekday is not the date's when words follow it in its clause.
    [InlineData("وصلنا في 14 يونيو 2001، وكان يوم الأحد التالي موعد الرجوع.")]
    public void AWeekdayToldAfterItsDateThatAgreesIsSilent(string text)
        => Assert.Empty(Flags(text, "weekday-mismatch"));

    // ---- calendar-equivalence: spoken feasts, "كان يوم", "موافق", "يعني في" ----

    [Theory]
    [InlineData("المتصل: العيد الكبير متاع عام 1400 هـ، يعني 10 ذو الحجة، كان يوم 20 مارس 1980، نهارها سافر خويا.")]
    [InlineData("المتصل: العيد الكبير متاع عام 1400 هـ كان يوم 20 مارس 1980.")]
    [InlineData("انتقل الفقيه المتخيَّل إلى فاس سنة 1250 هـ موافق 1840 م واستقر بها.")]
    [InlineData("حكت لي أمي أن جدها حج في رجب سنة 1390، يعني في سبتمبر 1975، مع قافلة الدوار.")]
    public void AnEquatedPairThatDisagreesFires(string text)
        => Assert.NotEmpty(Flags(text, "calendar-equivalence"));

    [Theory]
    [InlineData("المتصل: العيد الكبير متاع عام 1400 هـ، يعني 10 ذو الحجة، كان يوم 19 أكتوبر 1980، نهارها سافر خويا.")]
    [InlineData("انتقل الفقيه المتخيَّل إلى فاس سنة 1250 هـ موافق 1834 م واستقر بها.")]
    [InlineData("حكت لي أمي أن جدها حج في رجب سنة 1390، يعني في سبتمبر 1970، مع قافلة الدوار.")]
    // Two Gregorian days joined by "كان" are no pair of calendars.
    [InlineData("موعد الامتحان 5 مايو 1990 كان 7 مايو 1990 في الأصل.")]
    public void AnEquatedPairThatAgreesIsSilent(string text)
        => Assert.Empty(Flags(text, "calendar-equivalence"));

    // ---- ordinal-series: birth order ----

    [Theory]
    [InlineData("المتصلة: بناتي الكل تولدو في وهران: الثانية عام 1979 والثالثة عام 1976.", "الثالثة")]
    [InlineData("وُلد ابنه الثاني سنة 1902، ثم ابنه الأول سنة 1905.", "ابنه الأول")]
    public void ChildrenBornOutOfTheirOrderFire(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    [InlineData("المتصلة: بناتي الكل تولدو في وهران: الثانية عام 1976 والثالثة عام 1979.")]
    [InlineData("وُلد ابنه الأول سنة 1902، ثم ابنه الثاني سنة 1905.")]
    // A death between: the dates are not all births.
    [InlineData("وُلد ابنها الثاني سنة 1950 وتوفي ابنها الأول سنة 1940.")]
    // No birth verb: a list after a colon that does not begin with the first is no series.
    [InlineData("المتصلة: بناتي الكل عايشين في وهران: الثانية عام 1979 والثالثة عام 1976.")]
    public void ChildrenInOrderOrNotBirthsAreSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    // ---- ordinal-series: spoken ordinals, a final alif maqsura ----

    [Theory]
    [InlineData("الضيف: الرحلة التالتة للمغرب كانت سنة 1968، والرحلة التانية كانت سنة 1972.", "الرحلة التانية")]
    [InlineData("أقيمت الذكرى الثالثة للوحدة المتخيَّلة سنة 1961، وأقيمت الذكرى الثانية سنة 1962.", "الذكرى الثانية")]
    public void SpokenOrdinalsAndMaqsuraNounsOutOfOrderFire(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    [InlineData("الضيف: الرحلة التالتة للمغرب كانت سنة 1972، والرحلة التانية كانت سنة 1968.")]
    [InlineData("أقيمت الذكرى الثالثة للوحدة المتخيَّلة سنة 1962، وأقيمت الذكرى الثانية سنة 1961.")]
    public void SpokenOrdinalsAndMaqsuraNounsInOrderAreSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    // ---- malformed-date: a range's end left empty after a year in words ----

    [Fact]
    public void AnEmptyEndAfterAYearInWordsFires()
        => FiresAt("وأقام الأمير المتخيَّل بحلب من سنة ثلاث وعشرين وسبعمائة إلى سنة ، ثم رحل إلى القاهرة.", "malformed-date", "إلى سنة");

    [Fact]
    public void AWholeRangeInWordsIsSilent()
        => Assert.Empty(Flags("وأقام الأمير المتخيَّل بحلب من سنة ثلاث وعشرين وسبعمائة إلى سنة ثلاثين وسبعمائة، ثم رحل إلى القاهرة.", "malformed-date"));

    // ---- properties ----

    private static readonly string[] Weekdays = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];

    [Fact]
    public void AWeekdayAfterKanaFiresExactlyWhenItIsNotTheDatesDay()
        => Gen.Date[new DateTime(1950, 1, 1), new DateTime(2020, 12, 31)].Select(Gen.Int[0, 6]).Sample((date, shift) =>
        {
            var real = ((int)date.DayOfWeek + 6) % 7; // Monday = 0
            var told = (real + shift) % 7;
            var day = date.Day.ToString(CultureInfo.InvariantCulture);
            var year = date.Year.ToString(CultureInfo.InvariantCulture);
            string[] months = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
            var text = $"المتصل: يوم {day} {months[date.Month - 1]} {year} كان نهار {Weekdays[told]}، وما ننساهش.";
            var flags = Flags(text, "weekday-mismatch");
            if (shift == 0)
            {
                Assert.Empty(flags);
            }
            else
            {
                var f = Assert.Single(flags);
                Assert.All(f.Spans, s => Assert.True(s.Start >= 0 && s.End <= text.Length && s.Start < s.End));
            }
        }, iter: 25);
}
