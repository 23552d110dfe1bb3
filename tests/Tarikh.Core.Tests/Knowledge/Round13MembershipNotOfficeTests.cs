using Tarikh.Core.Checks;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 13 (helper x2), both ways, on sentences written for the tests against data/kb/dev12t13b.json: election as a fellow or
/// a member of a body is a membership, never the presidency of that body the KB holds as a position (P39); election to the
/// office itself, in words that name it, is still compared. Every document passes SpanAssert (KbPipeline.Run).
/// </summary>
public sealed class Round13MembershipNotOfficeTests
{
    private static readonly KbPipeline Fixture = new("dev12t13b.json");

    private static List<Flag> KbFlags(AnalyzedDocument d, string property)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == property)];

    [Theory]
    [InlineData("انتُخب زميلاً في الجمعية الملكية سنة 1766")]
    [InlineData("وفي سنة 1766 انتُخب عضواً في الجمعية الملكية")]
    [InlineData("اختير عضواً عاملاً في الجمعية الملكية عام 1766")]
    public void Election_as_a_fellow_or_member_is_not_compared_with_the_bodys_presidency(string clause)
    {
        // Banks presided over the Royal Society from 1778; his election as a fellow in 1766 is no office.
        var d = Fixture.Run($"جوزيف بانكس عالم نبات إنجليزي وُلد سنة 1743. {clause}، ثم أبحر مع جيمس كوك.");
        Assert.Empty(KbFlags(d, "P39"));
    }

    [Fact]
    public void Election_to_the_presidency_itself_is_still_compared()
    {
        var d = Fixture.Run("جوزيف بانكس عالم نبات إنجليزي وُلد سنة 1743. انتُخب رئيساً للجمعية الملكية سنة 1781، ثم أبحر مع جيمس كوك.");
        var found = Assert.Single(KbFlags(d, "P39"));
        Assert.Contains("1778", found.MessageEn, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(found.MessageAr));
    }
}

/// <summary>
/// Round 13 (helper x2), both ways, against data/kb/dev12t13b.json: a date in a coordinated clause of its own ("، ومُنح لقب …
/// سنة 2012") is not the date of an award named in an earlier clause that carries its own date.
/// </summary>
public sealed class Round13AwardClauseDateTests
{
    private static readonly KbPipeline Fixture = new("dev12t13b.json");

    private static List<Flag> AwardFlags(AnalyzedDocument d)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == "P166")];

    [Theory]
    [InlineData("نال وسام كوبلي سنة 2006، ومُنح لقب فارس سنة 2012.")]
    [InlineData("وحصل على وسام كوبلي عام 2006، ومُنح شهادة فخرية من جامعة أكسفورد عام 2011.")]
    public void A_grant_in_its_own_dated_clause_does_not_take_the_earlier_clauses_award(string sentence)
    {
        var d = Fixture.Run($"ستيفن هوكينغ فيزيائي بريطاني وُلد سنة 1942. {sentence}");
        Assert.Empty(AwardFlags(d));
    }

    [Fact]
    public void A_grant_that_names_its_award_in_its_own_clause_is_still_compared()
    {
        // The Presidential Medal of Freedom was given in 2009.
        var d = Fixture.Run("ستيفن هوكينغ فيزيائي بريطاني وُلد سنة 1942. نال وسام كوبلي سنة 2006، ومُنح وسام الحرية الرئاسي سنة 2012.");
        var found = Assert.Single(AwardFlags(d));
        Assert.Contains("2009", found.MessageEn, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(found.MessageAr));
    }
}
