using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>Round 18 (issue-x2): empty date slots after "وفي"، a two-digit range start.</summary>
public class MalformedDateSlotsR18Tests
{
    [Theory]
    [InlineData("وفي / 7 / 644 هـ دخل الأمير المدينة.", true)]
    [InlineData("وفي 3 / 7 / 644 هـ دخل الأمير المدينة.", false)]
    [InlineData("وفي /  / 1290 هـ بنى الوالي المسجد.", true)]
    [InlineData("وفي 5 / 2 / 1290 هـ بنى الوالي المسجد.", false)]
    [InlineData("درّس الأستاذ في كلية الآداب (19 – 1962) ثم سافر.", true)]
    [InlineData("درّس الأستاذ في كلية الآداب (1919 – 1962) ثم سافر.", false)]
    [InlineData("وبلغ الثمن (15 – 1600) دينار.", false)]
    public void EmptySlotsAndCutStarts(string text, bool flagged)
    {
        var flags = new CheckDoc(text).Flags("malformed-date");
        Assert.Equal(flagged, flags.Length > 0);
    }
}
