using Tarikh.Core.Checks;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 14 (helper 13r), both ways, on sentences written for the tests against data/kb/dev12t13b.json (Hawking a member of the
/// Royal Society from 1974): an election as a member or fellow of a body is compared as that membership (P463) and its start
/// (P580) — a wrong year flags, the right one is silent. Every document passes SpanAssert (KbPipeline.Run).
/// </summary>
public sealed class Round14ElectionTests
{
    private static readonly KbPipeline Fixture = new("dev12t13b.json");

    private static List<Flag> MembershipFlags(AnalyzedDocument d)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == "P463")];

    [Theory]
    [InlineData("انتُخب زميلاً في الجمعية الملكية سنة 1979")]
    [InlineData("وانتُخب عضواً في الجمعية الملكية عام 1979")]
    public void An_election_as_a_member_in_the_wrong_year_flags_the_membership_start(string clause)
    {
        var d = Fixture.Run($"ستيفن هوكينغ فيزيائي بريطاني وُلد سنة 1942. {clause}، ثم عمل في جامعة كامبريدج.");
        var found = Assert.Single(MembershipFlags(d));
        Assert.Contains("1974", found.MessageEn, StringComparison.Ordinal);
        Assert.Contains("1979", found.MessageEn, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(found.MessageAr));
    }

    [Theory]
    [InlineData("انتُخب زميلاً في الجمعية الملكية سنة 1974")]
    [InlineData("وانتُخب عضواً في الجمعية الملكية عام 1974")]
    public void An_election_as_a_member_in_the_right_year_is_silent(string clause)
    {
        var d = Fixture.Run($"ستيفن هوكينغ فيزيائي بريطاني وُلد سنة 1942. {clause}، ثم عمل في جامعة كامبريدج.");
        Assert.Empty(KbPipeline.KbFlags(d));
    }

    [Fact]
    public void An_election_that_names_no_body_the_subject_belongs_to_is_not_compared()
    {
        // The clause names another body: Hawking's one membership does not fit it.
        var d = Fixture.Run("ستيفن هوكينغ فيزيائي بريطاني وُلد سنة 1942. انتُخب عضواً في الأكاديمية البابوية للعلوم سنة 1986.");
        Assert.Empty(MembershipFlags(d));
    }
}
