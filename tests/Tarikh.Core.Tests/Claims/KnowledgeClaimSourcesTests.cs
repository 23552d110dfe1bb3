using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>The two claim sources added for knowledge-base verification: declarations of independence and untagged spouse names.</summary>
public class KnowledgeClaimSourcesTests
{
    private static List<Claim> From(string text, string source, out Text.AnalyzedDocument doc)
    {
        doc = ClaimExtractorTests.Run(text);
        return [.. doc.Claims.Where(c => c.Source == source)];
    }

    private static string SubjectName(Text.AnalyzedDocument doc, Claim c) => doc.Clusters[c.Subject].Name;

    [Fact]
    public void A_list_of_states_declaring_independence_gives_each_group_its_own_date()
    {
        var claims = From("أعلنت عدة دول استقلالها: مصر في عام 1922، والعراق في عام 1932، ثم سافر الملك إلى لندن.", IndependenceClaims.Source, out var doc);
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(ClaimProperties.Founded, c.Property));
        Assert.Equal(1922, Assert.Single(claims, c => SubjectName(doc, c) == "مصر").Value.Date!.Value.Start.Year);
        Assert.Equal(1932, Assert.Single(claims, c => SubjectName(doc, c) == "العراق").Value.Date!.Value.Start.Year);
        Assert.DoesNotContain(claims, c => SubjectName(doc, c) == "لندن"); // the list ended at the clause without a date
    }

    [Fact]
    public void The_state_separated_from_is_not_a_founder()
    {
        var claims = From("نالت الجزائر استقلالها عن فرنسا عام 1962.", IndependenceClaims.Source, out var doc);
        var c = Assert.Single(claims);
        Assert.Equal("الجزائر", SubjectName(doc, c));
        Assert.Equal(1962, c.Value.Date!.Value.Start.Year);
    }

    [Theory]
    [InlineData("شارك في حرب الاستقلال في الجزائر عام 1958.")]
    [InlineData("لم تعلن الجزائر استقلالها عام 1958.")]
    public void A_war_of_independence_or_a_denial_is_no_founding(string text)
        => Assert.Empty(From(text, IndependenceClaims.Source, out _));

    [Fact]
    public void An_untagged_spouse_name_after_a_marriage_becomes_a_text_valued_spouse_claim()
    {
        var claims = From("تزوج فلاديمير لينين من نادية إليزافيتا فاسيليفنا في العاشر من تموز 1898.", SpouseNameClaims.Source, out var doc);
        var c = Assert.Single(claims);
        Assert.Equal(ClaimProperties.Spouse, c.Property);
        Assert.Equal(ClaimValueKind.Text, c.Value.Kind);
        Assert.Equal("نادية إليزافيتا فاسيليفنا", c.Value.Text);
        Assert.Equal("فلاديمير لينين", SubjectName(doc, c));
        Assert.Equal(1898, c.Time!.Date!.Value.Start.Year);
    }

    [Fact]
    public void A_kinship_word_after_min_is_not_a_spouse_name()
        => Assert.Empty(From("وتزوج الشاعر أحمد شوقي من ابنة عمه عام 1894.", SpouseNameClaims.Source, out _));
}
