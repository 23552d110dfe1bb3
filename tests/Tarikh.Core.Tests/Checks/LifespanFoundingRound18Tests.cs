using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 18 (issue-x1): founding a body, a troupe or a school is an adult's act (<see cref="Tarikh.Core.Checks.Rules.LifespanRule.MinFoundingAge"/>).
/// Both ways, through the whole pipeline, on sentences written for these tests.
/// </summary>
public class LifespanFoundingRound18Tests
{
    // A founding six years after the birth is flagged; the same founding at twenty-six is not.
    [Theory]
    [InlineData("1956", true)]
    [InlineData("1976", false)]
    public void AFoundingNeedsAnAdult(string year, bool flagged)
    {
        var text = $"ولد المخرج سامر العطار عام 1950. وأسس فرقته المسرحية في حلب عام {year}.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // A newspaper founded at seven is flagged; at twenty-seven it is not.
    [Theory]
    [InlineData("1928", true)]
    [InlineData("1948", false)]
    public void ANewspaperNeedsAnAdultFounder(string year, bool flagged)
    {
        var text = $"ولد الصحفي رامي القاسم في حمص عام 1921. وأسس جريدة أسبوعية في دمشق عام {year}.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }
}
