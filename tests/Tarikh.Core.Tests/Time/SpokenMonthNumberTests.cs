using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Time;

/// <summary>
/// Dates as they are spoken: a month by its number after "شهر" with the year after it ("شهر 8 سنة 1980"), a day before it
/// ("5 شهر 8 سنة 1961"), and a day as a cardinal word before a month name ("عشرة ذي الحجة 1400"). Both ways; sentences
/// written here.
/// </summary>
public class SpokenMonthNumberTests
{
    [Theory]
    [InlineData("الضيفة: تزوجنا في شهر 8 سنة 1980 بعد التخرج.", "شهر 8 سنة 1980", "1980-08")]
    [InlineData("الضيف: تخرجت شهر 6 من عام 1975 من الثانوية.", "شهر 6 من عام 1975", "1975-06")]
    [InlineData("رجعنا من السفر شهر 3 2001 والدنيا برد.", "شهر 3 2001", "2001-03")]
    [InlineData("أنا من مواليد 5 شهر 8 سنة 1961 في الفريج.", "5 شهر 8 سنة 1961", "1961-08-05")]
    [InlineData("الضيفة: عرسي كان عشرة ذي الحجة 1400 يوم العيد.", "عشرة ذي الحجة 1400", "1400-12-10")]
    [InlineData("سافر أبوي خمسة رمضان سنة 1395 للحج.", "خمسة رمضان سنة 1395", "1395-09-05")]
    public void ASpokenDateIsOneDate(string sentence, string text, string value)
    {
        var doc = TimeStageTests.Run(sentence);
        Assert.Contains(doc.Timexes, t => t.Text == text && t.Value == value);
    }

    [Theory]
    // A count of months or years, and a cardinal before a weak month name without a year, are no dates.
    [InlineData("قضى في السجن شهرا وثلاث سنوات قبل أن يفرج عنه.")]
    [InlineData("وجمع عشرة آباء من القرية في المسجد.")]
    [InlineData("ودفع لهم خمسة آب الماضي.")]
    public void CountsAndWeakMonthsStayUnread(string sentence)
    {
        var doc = TimeStageTests.Run(sentence);
        Assert.DoesNotContain(doc.Timexes, t => t.Type == TimexType.Date && t.Value is { Length: >= 10 });
    }
}
