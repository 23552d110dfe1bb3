using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 15 (issue-18): the verifier's windows over the mentions sorted by start (<see cref="MentionWindows"/>) answer every
/// query exactly as the walk of the whole layer they replace (first or last in layer order, cluster -1, equal starts, a
/// mention in no sentence), and visit only the mentions of the window.
/// </summary>
public class MentionWindowsTests
{
    private static readonly Tarikh.Core.Pipeline.AnalysisPipeline Foundation =
        Tarikh.Core.Pipeline.TarikhPipeline.CreateFoundation(Tarikh.Core.Pipeline.TarikhResources.LoadDefault());

    private static AnalyzedDocument Document()
    {
        const string text = "توفي الأب في قازان سنة 1870، وكان ابنه أحمد بن علي يدرس في جامعة قازان. "
            + "ثم ولد أخوه محمود في سمبيرسك، وعاش مع أبيه علي بن حسن حتى وفاته. وكتب أحمد عن أبيه كتاباً.";
        var doc = Foundation.Run(new SourceText(text, "test"));
        var found = new List<EntityMention>();
        void Add(string what, string label, int cluster, int occurrence = 1, int extend = 0)
        {
            var at = -1;
            for (var k = 0; k < occurrence; k++)
            {
                at = text.IndexOf(what, at + 1, StringComparison.Ordinal);
            }

            found.Add(new EntityMention(new TextSpan(at, at + what.Length + extend), what, label, cluster, 0.9));
        }

        Add("أحمد بن علي", EntityLabels.Person, 0);
        Add("أحمد", EntityLabels.Person, 3); // the same start as the mention above, another cluster
        Add("علي", EntityLabels.Person, 1, 1);
        Add("قازان", EntityLabels.Location, 2, 1);
        Add("جامعة قازان", EntityLabels.Organization, 4);
        Add("محمود", EntityLabels.Person, -1);
        Add("محمود", EntityLabels.Person, 5);
        Add("سمبيرسك", EntityLabels.Location, 6);
        Add("علي بن حسن", EntityLabels.Person, 1);
        Add("أحمد", EntityLabels.Person, 0, 2);
        // Layer order is not start order here: the windows must give the walk's first and last in layer order.
        return doc with { Entities = [.. found] };
    }

    [Fact]
    public void EveryQueryAnswersAsTheWalkOfTheLayer()
    {
        var doc = Document();
        var probes = 0L;
        var windows = new MentionWindows(doc, n => probes += n);
        var e = doc.Entities;
        var length = doc.Source.Text.Length;
        for (var p = -2; p <= length + 2; p++)
        {
            var first = -1;
            for (var i = 0; i < e.Length; i++)
            {
                if (e[i].Span.Start == p && e[i].Label == EntityLabels.Person && e[i].Cluster >= 0)
                {
                    first = i;
                    break;
                }
            }

            Assert.Equal(first, windows.FirstPersonStartingAt(p));
            Assert.Equal(e.Any(m => m.Label == EntityLabels.Person && m.Span.Start >= p && m.Span.Start <= p + 2), windows.AnyPersonStartingIn(p, p + 2));
            for (var c = -1; c <= 7; c++)
            {
                Assert.Equal(e.Any(m => m.Cluster == c && m.Span.Start >= p && m.Span.Start <= p + 2), windows.AnyOfClusterStartingIn(c, p, p + 2));
            }

            foreach (var s in doc.Sentences)
            {
                var last = -1;
                for (var i = 0; i < e.Length; i++)
                {
                    if (e[i].Label == EntityLabels.Person && e[i].Span.End <= p && e[i].Span.Start >= s.Span.Start)
                    {
                        last = i;
                    }
                }

                Assert.Equal(last, windows.LastPersonWithin(s.Span.Start, p));
            }
        }

        for (var c = -1; c <= 7; c++)
        {
            for (var s = -1; s <= doc.Sentences.Length; s++)
            {
                var walk = Enumerable.Range(0, e.Length).Where(i => e[i].Cluster == c && doc.SentenceAt(e[i].Span.Start) == s).ToHashSet();
                Assert.Equal(walk, windows.OfClusterInSentence(c, s).ToHashSet());
            }
        }

        Assert.True(probes > 0);
    }

    [Fact]
    public void APointQueryVisitsOnlyItsWindow()
    {
        var doc = Document();
        var probes = 0L;
        var windows = new MentionWindows(doc, n => probes += n);
        var at = doc.Entities[0].Span.Start;
        _ = windows.FirstPersonStartingAt(at);
        // One binary search and the two person mentions that start there, not the ten of the layer.
        Assert.Equal(3, probes);
    }
}
