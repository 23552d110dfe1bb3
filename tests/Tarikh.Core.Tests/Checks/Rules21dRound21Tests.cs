using System.Globalization;
using CsCheck;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes of round 21 (issue 21d), each both ways through the whole pipeline, sentences written here: the times of one repeated
/// act ("للمرة الثانية … ثم للمرة الثالثة"), a term of office told by "للمرة N" and by the office noun ("ولايته الثالثة"), an
/// ordinal whose noun is left out after the same verb repeated ("عُقد … الثالث … وعُقد الرابع"), a Hijri day restated after the
/// colon of a gloss ("وفي الترجمة الفرنسية: …"), and a lone "و" after a year in words, read by the document's own style.
/// </summary>
public class Rules21dRound21Tests
{
    // ---- ordinal-series: the times of one act ----

    [Theory]
    [InlineData("رُمّم الجامع للمرة الثانية سنة 1320 هـ، ثم للمرة الثالثة سنة 1301 هـ بأمر الوالي.", "للمرة الثالثة")]
    [InlineData("أعيد طبع الكتاب للمرة الثالثة سنة 1962، وكان قد أعيد طبع الكتاب للمرة الثانية سنة 1970.", "للمرة الثالثة")]
    [InlineData("تولى الأمير الحكم للمرة الثانية سنة 1850، وكانت ولايته الثالثة سنة 1842.", "ولايته الثالثة")]
    [InlineData("وفي سنة 1210 عاد السلطان إلى الملك للمرة الثانية، وكانت سلطنته الثالثة سنة 1203.", "سلطنته الثالثة")]
    public void TimesOfOneActOutOfOrderFire(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    // Two acts: the second time of one title is not before the first time of another.
    [InlineData("فاز الفريق بالدوري للمرة الثانية سنة 1990، ثم فاز بالكأس للمرة الأولى سنة 1985.")]
    [InlineData("تزوج الشاعر للمرة الثانية سنة 1950، وسافر للمرة الأولى سنة 1940.")]
    // In order.
    [InlineData("رُمّم الجامع للمرة الثانية سنة 1301 هـ، ثم للمرة الثالثة سنة 1320 هـ بأمر الوالي.")]
    [InlineData("تولى الأمير الحكم للمرة الثانية سنة 1850، وكانت ولايته الثالثة سنة 1855.")]
    // The king as a person, not the office.
    [InlineData("استقبل الوزير الملك للمرة الثانية سنة 1950، وكانت ولايته الثالثة سنة 1940.")]
    public void OtherActsOrTimesInOrderAreSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    [Fact]
    public void TwoTimesOfOneActFireExactlyWhenTheLaterIsEarlier()
        => Gen.Int[1300, 1400].Select(Gen.Int[1300, 1400]).Sample((a, b) =>
        {
            var text = $"جُدّد عقد الوقف للمرة الثانية سنة {a.ToString(CultureInfo.InvariantCulture)} هـ، ثم للمرة الثالثة سنة {b.ToString(CultureInfo.InvariantCulture)} هـ.";
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

    // ---- ordinal-series: a noun left out after the same verb ----

    [Fact]
    public void AnOrdinalAfterTheSameVerbRepeatedFires()
        => FiresAt("عُقد مؤتمر الأدباء العرب الثالث سنة 1957 وعُقد الرابع سنة 1954.", "ordinal-series", "الرابع");

    [Theory]
    [InlineData("عُقد مؤتمر الأدباء العرب الثالث سنة 1957 وعُقد الرابع سنة 1958.")]
    // Another verb: the ordinal may be of another noun.
    [InlineData("عُقد مؤتمر الأدباء العرب الثالث سنة 1957 وحضر الرابع سنة 1954 رئيس الجمهورية.")]
    public void AnOrdinalInOrderOrAfterAnotherVerbIsSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    // ---- calendar-equivalence: a day restated after a gloss's colon ----

    [Fact]
    public void AGlossedDayAMonthOffFires()
        => FiresAt("وُقّع العقد يوم الخامس من رجب 1380 هـ، وفي الترجمة الفرنسية: 23 يناير 1961.", "calendar-equivalence", "23 يناير 1961");

    [Theory]
    [InlineData("وُقّع العقد يوم الخامس من رجب 1380 هـ، وفي الترجمة الفرنسية: 23 ديسمبر 1960.")]
    // Two days of one calendar: a gloss is no equivalence word.
    [InlineData("وُقّع العقد يوم 23 ديسمبر 1960، وفي الترجمة الفرنسية: 24 ديسمبر 1960.")]
    public void AGlossedDayThatAgreesOrOfTheSameCalendarIsSilent(string text)
        => Assert.Empty(Flags(text, "calendar-equivalence"));

    // ---- malformed-date: a lone "و" after a year in words, by the document's style ----

    [Fact]
    public void ALoneWaBeforeAVerbInTextThatAttachesItsWaFires()
        => FiresAt("وفي سنة ثلاثمائة و خرج القائد إلى الثغر ودخل المدينة.", "malformed-date", "سنة ثلاثمائة و");

    [Theory]
    // Tokenized text: every "و" stands apart.
    [InlineData("و في سنة ثلاثمائة و خرج القائد إلى الثغر و دخل المدينة و أقام بها و بنى سورها .")]
    // A whole year in words.
    [InlineData("وفي سنة ثلاثمائة وخمس خرج القائد إلى الثغر ودخل المدينة.")]
    public void ALoneWaInTokenizedTextOrAWholeYearIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    [Fact]
    public void ALoneWaFiresOnlyWhereDetachedWaIsRare()
        => Gen.Int[0, 3].Sample(n =>
        {
            var detached = string.Concat(Enumerable.Repeat(" و رحل", n));
            var text = $"وفي سنة ثلاثمائة و خرج القائد إلى الثغر ودخل المدينة{detached}.";
            var flags = Flags(text, "malformed-date");
            if (n == 0)
            {
                Assert.NotEmpty(flags);
            }
            else
            {
                Assert.Empty(flags);
            }
        }, iter: 8);
}
