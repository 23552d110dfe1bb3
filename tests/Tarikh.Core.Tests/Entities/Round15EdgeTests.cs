using Tarikh.Core.Entities;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Round 15 (issue #14): the edge rule of round 14 re-landed. It corrects the tagger's edges only: a span that a list, a
/// group name or the grammar of the text gave keeps its edges; a word with the article never ends the cut (it is the
/// name's attribute or genitive); and only a mention retyped as a person after it was built is built again as one. Both
/// ways, over the whole stage with the committed model, every output through <see cref="SpanAssert"/>. Sentences written
/// for these tests.
/// </summary>
public class Round15EdgeTests
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

    private static string Show(List<(string Text, int Type)> found) => string.Join(" | ", found.Select(m => $"{m.Text}/{m.Type}"));

    [Fact]
    public void ADefiniteClassicalTitleStillOpensNoPersonsName()
    {
        var found = Mentions("وفي هذه السنة قدم القاضي تقي الدين السبكي إلى دمشق.");
        Assert.True(found.Contains(("تقي الدين السبكي", 0)), Show(found));
    }

    [Fact]
    public void AGroupNameEndingInACommonDefiniteWordKeepsItsLastWord()
    {
        var found = Mentions("وانحاز بنو عبد الدار إلى قريش، وخرج آل البيت إلى العراق.");
        Assert.True(found.Contains(("آل البيت", 4)), Show(found));
    }

    [Fact]
    public void AnOrganizationEndingInACommonDefiniteWordKeepsItsLastWord()
    {
        var found = Mentions("أصدرت جمعية المعلمين بيانا في بيروت عام 1950.");
        Assert.DoesNotContain(found, m => m.Text == "جمعية");
    }

    [Fact]
    public void ANameInAppositionAfterAnUnlistedAdjectiveIsNotCut()
    {
        var found = Mentions("وكانت ابنته الوحيدة أمل البغدادية تدرس الطب في القاهرة.");
        Assert.True(found.Contains(("أمل البغدادية", 0)), Show(found));
        Assert.DoesNotContain(found, m => m.Text == "البغدادية");
    }
}
