using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 11 (lead): a founding read from an event gives its date to the body founded, not to the body it belongs to. When
/// the founded body's head noun stands untagged before the name of its parent ("كلية الطب بجامعة …"), the parent gets no
/// inception; a body named whole after the verb still does. Sentences written here.
/// </summary>
public class SubBodyFoundingTests
{
    private static List<(string Subject, int Year)> Foundings(string text)
    {
        var doc = ClaimExtractorTests.Run(text);
        return [.. doc.Claims.Where(c => c.Property == ClaimProperties.Founded && c.Subject >= 0)
            .Select(c => (doc.Clusters[c.Subject].Name, c.Value.Date!.Value.Start.Year))];
    }

    [Theory]
    [InlineData("وأُنشئت فيها كلية الهندسة بجامعة الإسكندرية سنة 1941.", "جامعة الإسكندرية")]
    [InlineData("وافتُتح معهد البحوث التابع لجامعة دمشق عام 1960.", "جامعة دمشق")]
    public void ASchoolOfAUniversityFoundedGivesTheUniversityNoInception(string text, string parent)
        => Assert.DoesNotContain(Foundings(text), f => f.Subject == parent);

    [Theory]
    [InlineData("وأُنشئت جامعة الإسكندرية سنة 1942.", "جامعة الإسكندرية", 1942)]
    // Two bodies founded together, joined by و: both keep their inception.
    [InlineData("وفي عام 1919 أُسس حزب الوفد وجريدة البلاغ في القاهرة.", "البلاغ", 1919)]
    public void AUniversityFoundedByNameKeepsItsInception(string text, string body, int year)
        => Assert.Contains((body, year), Foundings(text));
}
