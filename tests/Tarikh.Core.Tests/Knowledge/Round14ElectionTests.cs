using Tarikh.Core.Checks;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 14 (helper 13r), both ways, on sentences written for the tests against data/kb/dev12t13b.json (Hawking a member of the
/// Royal Society from 1974): an election the membership reading (MembershipClaims) leaves as an office — a bare election in
/// the history of the body — is compared as that membership (P463) and its start (P580): a wrong year flags,
/// the right one is silent. Every document passes SpanAssert (KbPipeline.Run).
/// </summary>
public sealed class Round14ElectionTests
{
    private static readonly KbPipeline Fixture = new("dev12t13b.json");

    private static List<Flag> MembershipFlags(AnalyzedDocument d)
        => [.. KbPipeline.KbFlags(d).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == "P463")];

    // A grade of membership ("عضواً مراسلاً") is another grade than the KB's membership: never compared with its start.
    [Theory]
    [InlineData("سنة 1979")]
    [InlineData("سنة 1974")]
    public void An_election_as_a_corresponding_member_is_not_compared(string year)
    {
        var d = Fixture.Run($"ستيفن هوكينغ فيزيائي بريطاني وُلد سنة 1942. وانتُخب عضواً مراسلاً في الجمعية الملكية {year}، ثم عمل في جامعة كامبريدج.");
        Assert.Empty(MembershipFlags(d));
    }

    // In the history of a body, a bare election ("وانتُخب فلان سنة …") is the membership of that body.
    [Theory]
    [InlineData("سنة 1979", 1)]
    [InlineData("سنة 1974", 0)]
    public void A_bare_election_in_the_history_of_a_body_is_its_membership(string year, int flags)
    {
        var d = Fixture.Run($"تاريخ الجمعية الملكية\nتأسست الجمعية الملكية سنة 1660، وهي أقدم جمعية علمية في بريطانيا.\nوانتُخب ستيفن هوكينغ {year}، وهو فيزيائي من أكسفورد.");
        Assert.Equal(flags, MembershipFlags(d).Count);
    }

    [Fact]
    public void An_election_that_names_no_body_the_subject_belongs_to_is_not_compared()
    {
        // The clause names another body: Hawking's one membership does not fit it.
        var d = Fixture.Run("ستيفن هوكينغ فيزيائي بريطاني وُلد سنة 1942. انتُخب عضواً في الأكاديمية البابوية للعلوم سنة 1986.");
        Assert.Empty(MembershipFlags(d));
    }
}
