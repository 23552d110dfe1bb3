using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 17 (lead, from the real-text survey): a child born long after a parent's death is flagged (family-order); a birth more
/// than a lifetime (<c>ChecksOptions.MaxAge</c>) after that death is no posthumous child but a parent read as the wrong person
/// (a nasab's given name joined to a namesake of another century), and stays silent. Sentences written for the test.
/// </summary>
public class PosthumousLifetimeGuardTests
{
    private static bool Flagged(int fatherDeath)
    {
        var text = $"توفي التاجر سليم الخوري في بيروت سنة {fatherDeath}. وولد ابنه فؤاد بن سليم الخوري في بيروت سنة 1884، ودرس في الكلية ثم عمل في التجارة.";
        return Flags(text, "family-order", Severity.Error).Length > 0;
    }

    [Fact]
    public void A_child_born_four_years_after_the_fathers_death_is_flagged() => Assert.True(Flagged(1880));

    [Fact]
    public void A_child_born_two_centuries_after_a_namesakes_death_is_not_flagged() => Assert.False(Flagged(1650));
}
