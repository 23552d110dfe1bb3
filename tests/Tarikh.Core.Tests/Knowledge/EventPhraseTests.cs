using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>Events named in a phrase the entity stage does not tag, found in the KB and verified (full pipeline, the shared article's KB).</summary>
public sealed class EventPhraseTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() =>
        KnowledgePipeline.WithKnowledge(TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()), KbFixtures.Lenin));

    private static AnalyzedDocument Run(string text)
    {
        var doc = Pipeline.Value.Run(new SourceText(text, "test"));
        SpanAssert.Document(doc);
        return doc;
    }

    private static IEnumerable<Verification> OfPhrases(AnalyzedDocument d) => d.Verifications.Where(v => v.Event is not null);

    [Fact]
    public void A_journey_to_attend_a_congress_gives_the_congress_its_place_and_date()
    {
        var d = Run("سافر فلاديمير لينين إلى سويسرا في شهر تموز/ يوليو عام 1903 للمشاركة في المؤتمر الثاني للماركسيين الروس.");
        var place = Assert.Single(OfPhrases(d), v => v.Property == ClaimProperties.Location);
        Assert.Equal(Verdicts.Contradicted, place.Verdict);
        var date = Assert.Single(OfPhrases(d), v => v.Property == ClaimProperties.PointInTime);
        Assert.Equal(Verdicts.Supported, date.Verdict); // 30 July – 23 August 1903
        var flag = Assert.Single(d.Flags, f => f.Rule == "kb-contradiction");
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Contains(flag.Spans, s => d.TextOf(s) == "سويسرا");
    }

    [Fact]
    public void A_journey_to_the_congress_s_own_city_is_supported()
    {
        var d = Run("سافر فلاديمير لينين إلى لندن في شهر تموز/ يوليو عام 1903 للمشاركة في المؤتمر الثاني للماركسيين الروس.");
        Assert.All(OfPhrases(d), v => Assert.Equal(Verdicts.Supported, v.Verdict));
        Assert.Contains(OfPhrases(d), v => v.Property == ClaimProperties.Location);
        Assert.DoesNotContain(d.Flags, f => f.Rule == "kb-contradiction");
    }

    [Fact]
    public void A_described_reform_is_found_and_its_date_compared()
    {
        var d = Run("أصدر فلاديمير لينين مراسيم كثيرة. ومنها تحويل روسيا من التقويم الشرقي إلى التقويم الغربي وذلك في شهر تموز/ يوليو عام 1917.");
        var v = Assert.Single(OfPhrases(d));
        Assert.Equal(Verdicts.Contradicted, v.Verdict);
        Assert.Equal("1918-02-14", v.Kb!.Value);
    }

    [Fact]
    public void A_congress_referred_to_by_a_demonstrative_is_not_looked_up()
    {
        var d = Run("حضر فلاديمير لينين المؤتمر الخامس في لندن، حيث تقرر في هذا المؤتمر نقل المؤتمر إلى العاصمة الفرنسية باريس في شهر أيار/ مايو عام 1907.");
        Assert.DoesNotContain(d.Flags, f => f.Rule == "kb-contradiction");
    }
}
