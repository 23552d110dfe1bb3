using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 15 (issue-x3): the place after a birth or death participle ("المولود سنة X …") is its place only when a preposition
/// opens it ("في حلب"، "بحلب"، "في مدينة حلب"); a bare place is the main verb's object, and a relative clause of residence
/// ("الذي يقيم اليوم في …") says where the person lives. Both ways, through the whole pipeline, on sentences written for these tests.
/// </summary>
public class ParticiplePlaceTests
{
    private static List<(string? Who, string? Place)> Places(string text, string property)
    {
        var doc = ClaimExtractorTests.Run(text);
        var index = DocumentIndex.Build(doc);
        return [.. doc.Claims.Where(c => c.Property == property).Select(c => (index.Cluster(c.Subject)?.Name, c.Value.Text))];
    }

    [Theory]
    [InlineData("دخل القائد سليم الكردي المولود سنة 1850 في الموصل مدينة حلب سنة 1880 بعد حصار طويل.", "الموصل")]
    [InlineData("وقد زار الرحالة نادر الخوري المولود بدمشق سنة 1820 بلاد الشام كلها.", "دمشق")]
    [InlineData("وتتلمذ على الفقيه سليم الكردي المولود سنة 1850 في مدينة الموصل.", "الموصل")]
    public void APlaceOpenedByAPrepositionIsTheBirthplace(string text, string place)
        => Assert.Contains(Places(text, ClaimProperties.BirthPlace), p => p.Place is { } v && v.Contains(place));

    [Theory]
    [InlineData("حاصر القائد سليم الكردي المولود سنة 1850 الموصل سنة 1880 ثم انسحب عنها.", "الموصل")]
    [InlineData("ودخل الفقيه سليم الكردي المولود سنة 1850 دمشق سنة 1890 فأقام فيها.", "دمشق")]
    public void ABarePlaceAfterTheParticipleIsTheVerbsObject(string text, string place)
        => Assert.DoesNotContain(Places(text, ClaimProperties.BirthPlace), p => p.Place is { } v && v.Contains(place));

    [Theory]
    [InlineData("وحضر الاجتماع الشيخ سليم الكردي المولود سنة 1850 الذي يقيم اليوم في الموصل.", "الموصل")]
    [InlineData("وكتبت إليه أخته زينب المولودة سنة 1861 التي تعيش الآن في بيروت.", "بيروت")]
    public void APlaceInARelativeClauseOfResidenceIsNoBirthplace(string text, string place)
        => Assert.DoesNotContain(Places(text, ClaimProperties.BirthPlace), p => p.Place is { } v && v.Contains(place));
}
