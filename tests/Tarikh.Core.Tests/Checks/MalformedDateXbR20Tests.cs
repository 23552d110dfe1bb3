using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>Round 20 (issue-xb): "بين عامي … و" with no second side, "العشرين من سنة" without a month; a lone "و" before a clause stays silent.</summary>
public class MalformedDateXbR20Tests
{
    [Theory]
    [InlineData("عمل المهندس في بغداد بين عامي 1961 و، ثم انتقل إلى البصرة.", true)]
    [InlineData("عمل المهندس في بغداد بين عامي 1961 و1967 ثم انتقل إلى البصرة.", false)]
    [InlineData("عمل المهندس في بغداد بين عامي 1961 و 1967 ثم انتقل إلى البصرة.", false)]
    [InlineData("وفي سنة ستمائة و قدم الوزير إلى دمشق.", true)] // round 21 (21d): a text that attaches its "و" ("وفي") reads the lone one as an empty slot
    [InlineData("و في سنة ستمائة و قدم الوزير إلى دمشق و نزل بها .", false)] // tokenized text: every "و" apart (lead, survey review)
    [InlineData("ترأس الجمعية بين 1921 1925 و لكنه عاد إليها بعد ذلك.", false)] // both years there, the dash lost
    [InlineData("وفي سنة ستمائة وقدم الوزير إلى دمشق.", false)]
    [InlineData("وفي سنة ستمائة و خمس قدم الوزير إلى دمشق.", false)]
    [InlineData("وفي الثلاثين من سنة 712 هـ خرج الركب إلى الحجاز.", true)]
    [InlineData("وفي الثلاثين من رجب سنة 712 هـ خرج الركب إلى الحجاز.", false)]
    [InlineData("وفي العشرين من عمره رحل إلى بغداد سنة 712 هـ.", false)]
    public void XbClasses(string text, bool flagged)
    {
        var flags = new CheckDoc(text).Flags("malformed-date");
        Assert.Equal(flagged, flags.Length > 0);
    }
}
