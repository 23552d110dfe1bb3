using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 17 (lead, after the sixteenth held-out scoring): the elided verb of a conjunct ("، وأختها ريم سنة 1903") is the first
/// clause's birth or death — unless that clause has both ("ولدت … وماتت سنة 1901"): then the conjunct's verb could be either, and
/// no claim is read. Sentences written for the test; both ways.
/// </summary>
public class GappedLivesGuardTests
{
    private static Claim[] DeathsOf(string text, string name)
    {
        var doc = ClaimExtractorTests.Run(text);
        var claims = ClaimExtractor.Default.Extract(DocumentIndex.Build(doc));
        return [.. claims.Where(c => c.Property == ClaimProperties.DeathDate && c.Subject >= 0 && c.Subject < doc.Clusters.Length
            && doc.Clusters[c.Subject].Name.Contains(name, StringComparison.Ordinal))];
    }

    [Fact]
    public void A_conjunct_after_a_death_takes_the_death()
        => Assert.NotEmpty(DeathsOf("توفيت الشاعرة هالة الصباغ في دمشق سنة 1901، وأختها الصغرى ريم الصباغ سنة 1903.", "ريم"));

    [Fact]
    public void A_conjunct_after_a_birth_and_a_death_on_one_date_takes_nothing()
        => Assert.Empty(DeathsOf("رزق منها هالة الصباغ التي ولدت وماتت سنة 1901، وريم الصباغ سنة 1903، وابنه سامي سنة 1906.", "ريم"));
}
