using Tarikh.Core.Entities;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Round 22 (22e): a known place written with a preposition (بـ، لـ، كـ, after و or ف too) ends a person's name the tagger ran
/// on into it ("النعمان بن محمد بالقيروان"); the place becomes its own mention. Both ways, with sentences written for these tests.
/// </summary>
public class Round22PlaceCliticTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(new TarikhResources());
    private static readonly EntityRecognizer Recognizer = new(EntityResources.LoadDefault());

    private static List<(string Text, int Type)> Mentions(string text)
    {
        var doc = Foundation.Run(new SourceText(text));
        SpanAssert.Document(doc);
        var mentions = Recognizer.Recognize(doc);
        SpanAssert.Spans(doc.Source, mentions.Select(m => m.Span), "entities", disjoint: true);
        return [.. mentions.Select(m => (doc.TextOf(m.Span), m.Type))];
    }

    [Theory]
    [InlineData("ولد القاضي النعمان بن محمد بالقيروان ونشأ فيها.", "النعمان بن محمد")]
    [InlineData("ونشأ محمد بن أحمد ببغداد وتفقه على علمائها.", "محمد بن أحمد")]
    public void APlaceWithAPrepositionEndsTheName(string text, string person)
    {
        var mentions = Mentions(text);
        Assert.Contains((person, 0), mentions);
        Assert.DoesNotContain(mentions, m => m.Type == 0 && m.Text.Length > person.Length && m.Text.StartsWith(person, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("توفي الشيخ أحمد بن علي بدمشق سنة 750 هـ.", "أحمد بن علي")]
    [InlineData("وقدم أبو بكر بن العربي لمصر في طريقه إلى الحج.", "أبو بكر بن العربي")]
    public void ANameBeforeAPlaceStaysWhole(string text, string person)
        => Assert.Contains((person, 0), Mentions(text));
}
