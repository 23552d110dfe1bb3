using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Entities, round 11 (lead): a name right after a verb only people do (born, died, married) is a person even when the
/// tagger reads it as an organization; bodies keep their type when no such verb governs them. Sentences written here.
/// </summary>
public class LifeVerbPersonTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    private static string? LabelOf(string text, string name)
    {
        var doc = Pipeline.Run(new SourceText(text));
        SpanAssert.Document(doc);
        return doc.Entities.FirstOrDefault(e => e.Text == name)?.Label;
    }

    [Theory]
    [InlineData("وُلد غولييلمو ماركوني في بولونيا سنة 1874.", "غولييلمو ماركوني")]
    [InlineData("توفي غولييلمو ماركوني في روما سنة 1937.", "غولييلمو ماركوني")]
    public void ANameAfterABirthOrDeathVerbIsAPerson(string text, string name)
        => Assert.Equal("PER", LabelOf(text, name));

    [Theory]
    // A body "born" or "dead" in a figure of speech keeps its type: its name opens with an organization's head noun.
    [InlineData("ولدت منظمة الأمم المتحدة من رماد الحرب سنة 1945.", "منظمة الأمم المتحدة")]
    [InlineData("ماتت جامعة الدول العربية سريريا منذ سنوات.", "جامعة الدول العربية")]
    public void ABodyWithAHeadNounKeepsItsTypeAfterSuchAVerb(string text, string name)
        => Assert.Equal("ORG", LabelOf(text, name));
}
